; The Windows installer of Sign-in Rescue, for Debian's makensis (package nsis) or NSIS on
; Windows: `scripts/windows-installer build` makes it, `scripts/windows-installer try` installs,
; starts and uninstalls it under Wine.
;
; Per person, no administrator: the app goes to %LOCALAPPDATA%\Programs\SigninRescue, the
; Start-menu entry is named in the person's language, and the toast sender id that the app uses
; for reminders is registered under HKCU with the same name. The person's data
; (%APPDATA%\signin-rescue) is never touched, not even by the uninstaller.
;
; Defines from the command line: EXE (the release .exe), ICON (the .ico), TOAST_ICON (a .png),
; VERSION (x.y.z), OUTFILE.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"

!define APP_KEY "SigninRescue"
; The same id as WINDOWS_APP_USER_MODEL_ID in src/assets.rs (tests/data/installer.rs checks).
!define AUMID "SigninRescue.App"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define AUMID_KEY "Software\Classes\AppUserModelId\${AUMID}"

Name "$(ProductName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_KEY}"
BrandingText " "
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Sign-in Rescue"
VIAddVersionKey /LANG=0 "FileDescription" "Sign-in Rescue installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "The Sign-in Rescue team, MIT OR Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\signin-rescue.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; on Japanese Windows NSIS picks Japanese by itself.
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

LangString ProductName ${LANG_JAPANESE} "サインイン レスキュー"
LangString ProductName ${LANG_ENGLISH} "Sign-in Rescue"

Section "Install"
  SetOutPath "$INSTDIR"
  File "/oname=signin-rescue.exe" "${EXE}"
  File "/oname=signin-rescue.ico" "${ICON}"
  File "/oname=toast-icon.png" "${TOAST_ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\$(ProductName).lnk" "$INSTDIR\signin-rescue.exe" "" "$INSTDIR\signin-rescue.ico"

  ; Reminders: Windows shows a toast only from an id it knows, under this name and icon.
  WriteRegStr HKCU "${AUMID_KEY}" "DisplayName" "$(ProductName)"
  WriteRegStr HKCU "${AUMID_KEY}" "IconUri" "$INSTDIR\toast-icon.png"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(ProductName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Sign-in Rescue team"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\signin-rescue.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Both names: the entry may have been made in the other language.
  Delete "$SMPROGRAMS\サインイン レスキュー.lnk"
  Delete "$SMPROGRAMS\Sign-in Rescue.lnk"
  Delete "$INSTDIR\signin-rescue.exe"
  Delete "$INSTDIR\signin-rescue.ico"
  Delete "$INSTDIR\toast-icon.png"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${AUMID_KEY}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The person's progress and draft in %APPDATA%\signin-rescue stay: they may reinstall, and
  ; the app's own "start over" is the way to delete them.
SectionEnd

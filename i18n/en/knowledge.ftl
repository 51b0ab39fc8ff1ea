# Text of the knowledge base (assets/knowledge.ron). The ids come from the data ids by the rules
# in src/knowledge.rs.

## Error messages (as shown on screen) and what they mean

error-suspicious-activity = “We detected suspicious activity, so we need to verify your identity”
error-suspicious-activity-meaning = A sign-in from an unusual place or device, or an automated attack, was suspected, so Microsoft is asking for extra proof that it is you.
error-temporary-problem = “There's a temporary problem with the service. Please try again later.”
error-temporary-problem-meaning = Usually a short outage on Microsoft's side, or an unsteady connection that stopped the code from being sent. It often clears up by itself after a while.
error-terms-restricted = “Your account has been restricted because it may have violated the Terms of Use”
error-terms-restricted-meaning = The account is locked (suspended). This happens when activity that may break the Microsoft Services Agreement, such as spam, phishing or malware, is suspected. Unlocking has its own steps.

## Symptoms

symptom-no-code-at-all = The code never arrives at all
symptom-error-every-try = The same error on every try
symptom-other-sites-unstable = Signing in to other sites is unreliable too
symptom-sms-email-missing = The text message or email does not arrive
symptom-errors-come-and-go = Errors come and go
symptom-many-requests = I asked for a code many times in a short while
symptom-other-sms-missing = Texts from other services (such as their codes) often fail to arrive too
symptom-internet-phone-number = The number is an internet phone number (in Japan, for example one starting with 050)
symptom-unfamiliar-contact = The contact shown on screen (for example, the last two digits of a number) is one I don't recognise or can no longer use
symptom-alternate-is-microsoft = The code goes to another Outlook.com or Hotmail address
symptom-two-step-no-method = Two-step verification is on and I can't use any of my verification methods
symptom-locked-no-next = The locked-account screen has no Next button

## Causes (title and the symptom they typically show)

cause-network = Your network or IP address
cause-network-symptom = The code never arrives. Verification can be refused when many requests came from the same connection, or when the IP address was misused in the past.
cause-account-hold = A temporary lock or security hold on the account
cause-account-hold-symptom = The same error on every try. After repeated wrong passwords, for example, Microsoft may judge the account at risk and pause verification for a while.
cause-malware = A virus or malware on your device
cause-malware-symptom = Signing in to other sites is unreliable too. Microsoft may restrict sign-ins from a device it suspects of being used for break-ins.
cause-contact-info = A problem with the phone or email the code goes to
cause-contact-info-symptom = The text or email does not arrive. The number or address may no longer be in use, may block incoming messages, or may file the code as junk.
cause-service-outage = A temporary fault at Microsoft
cause-service-outage-symptom = Errors for a while, on and off. If the message says there is a temporary problem with the service, Microsoft's servers may be down or under maintenance.
cause-carrier-block = Your carrier or phone blocks texts from abroad
cause-carrier-block-symptom = Only the text message fails. Verification texts often come from overseas numbers, and many people report them being stopped by a carrier's rejection setting or a spam filter.
cause-internet-phone = Internet phone numbers cannot receive codes
cause-internet-phone-symptom = Texts never reach the number on file. Microsoft does not accept internet (VoIP) phone numbers for verification.
cause-alternate-microsoft-address = The backup email is a Microsoft account too
cause-alternate-microsoft-address-symptom = The code goes to another Outlook.com or similar address, and opening it replaces the sign-in you were in the middle of.
cause-too-many-requests = Too many code requests
cause-too-many-requests-symptom = Codes stopped arriving after many requests. When requests come fast, Microsoft may hold back sending for a while.
cause-sms-phase-out = Text-message codes are being phased out
cause-sms-phase-out-symptom = The text never arrives. Microsoft is moving personal accounts from text codes to passkeys, verified email and the Authenticator app (no end date has been announced).
cause-outdated-security-info = The contact details on the account are out of date
cause-outdated-security-info-symptom = The screen names a contact you don't recognise or can no longer use. Resetting the password does not help while codes only go to the old contacts.
cause-two-step-dead-end = The two-step verification dead end
cause-two-step-dead-end-symptom = Two-step verification is on and none of your methods work. Microsoft says it cannot recover the account in this case.
cause-locked-account = The account is locked (suspended)
cause-locked-account-symptom = A screen says the account is locked or may have broken the Terms of Use. Microsoft does this when it suspects malware, phishing, spam or similar.

## Steps (short title and how to do it)

step-network-mobile-data = Try over your phone's mobile data
step-network-mobile-data-detail = Turn Wi-Fi off and sign in over the mobile network (4G/5G) alone. A different network means a different IP address.
step-network-other-wifi = Leave public Wi-Fi and try another network
step-network-other-wifi-detail = Public Wi-Fi in cafés and stations often shares one IP address among many people, so it can be refused more often. Switch to your home connection or to a different Wi-Fi network.
step-network-vpn = Try from a different IP address through a VPN
step-network-vpn-detail = The source article also suggests changing your IP address with a VPN service. Read the caution below before you decide.
step-network-restart-router = Restart your router or modem
step-network-restart-router-detail = Switch it off, wait about 30 seconds and switch it on again. An unsteady connection often recovers with this alone. If not, consider asking your internet provider.
step-hold-wait = Leave it for a while, then try again
step-hold-wait-detail = Trying again and again can make a lock last longer. Stop for now and sign in again after a few hours to a day.
step-hold-reset-password = Reset your password on the official page
step-hold-reset-password-detail = Reset your password on Microsoft's official page. Type the address yourself instead of following a link from an email or text.
step-hold-check-security-info = Check that your security info is up to date
step-hold-check-security-info-detail = If you are still signed in on another device, check that the phone number and backup email on the account still work, and update them if they are old.
step-hold-contact-support = Contact Microsoft support
step-hold-contact-support-detail = If nothing else works, ask Microsoft's official support for advice. Microsoft says its support agents cannot unlock accounts, send reset links or see account details. The Support and safety screen lists the ways to reach them.
step-malware-full-scan = Run a full scan with your antivirus
step-malware-full-scan-detail = Run a full scan, not a quick one, with Windows Security (Microsoft Defender) or your antivirus program.
step-malware-reset-after-cleaning = Change your password after cleaning up
step-malware-reset-after-cleaning-detail = If malware is found, remove it completely, then reset your password again. A new password set on an infected device can be stolen too.
step-malware-clean-device = Sign in from another device you trust
step-malware-clean-device-detail = Until you are sure the device is clean, sign in from another computer or phone you normally use. For a deeper check, Microsoft Defender Offline scans before Windows starts.
step-contact-which-one = Check which contact the code goes to
step-contact-which-one-detail = The sign-in screen shows only the last two digits of a phone number or the first two characters of an email address. Before you wait, make sure it is a contact you still use.
step-contact-sms-plan = Check that the phone can receive texts
step-contact-sms-plan-detail = Some plans, such as data-only SIM cards, cannot receive text messages. Ask someone to send you a text to find out.
step-contact-junk-folder = Check your junk folder and mail rules
step-contact-junk-folder-detail = Genuine code emails come from an address ending in @accountprotection.microsoft.com. Look in the junk folder and your sorting rules; if you find one there, mark it as not junk and add the sender to your safe senders.
step-contact-new-code = Wait a little, then ask for a new code
step-contact-new-code-detail = After fixing your settings, wait about 15 minutes, then choose the option saying you don't have a code, and ask for a new one just once.
step-contact-other-method = Use another method or add a contact
step-contact-other-method-detail = If the screen offers another verification method, choose it. If you are still signed in on another device, add a phone number or email that works, then try again.
step-outage-wait = Wait a few hours to a few days, then try again
step-outage-wait-detail = If Microsoft's servers are at fault, there is nothing to fix on your side. Wait calmly and try again after a few hours or days; the code often arrives without trouble then.
step-outage-official-news = Check Microsoft's official service news
step-outage-official-news-detail = Look on Microsoft's official website and official social media accounts for notices of outages or maintenance.
step-outage-others-report = Look for reports of the same problem
step-outage-others-report-detail = Search social media and community forums for people seeing the same error at the same time. Many reports point to a problem on Microsoft's side. Never call a phone number or follow a link posted there.
step-carrier-settings = Check your carrier's text rejection settings
step-carrier-settings-detail = Carriers have settings that reject texts sent from abroad, such as docomo's international SMS rejection. SoftBank is reported to reject texts from abroad by default on some plans. Check the setting on your carrier's member page and allow such texts while you need them.
step-carrier-phone-filter = Check your phone's spam text filter
step-carrier-phone-filter-detail = “Filter Unknown Senders” on iPhone, or spam protection on Android, can move the code into a separate list. Look there.
step-carrier-new-code = Ask for a new code after changing settings
step-carrier-new-code-detail = Only codes sent after the change will arrive. On the sign-in screen choose the option for not having a code and ask for it again.
step-voip-other-contact = Receive the code on a mobile number or by email
step-voip-other-contact-detail = Codes are not sent to internet phone numbers, such as many numbers starting with 050 in Japan. Choose a mobile number or an email address instead.
step-alternate-private-window = Open the backup email in a private window
step-alternate-private-window-detail = If the backup address is a Microsoft one too, open a private (InPrivate) browser window, sign in to the backup address there and read the code. Leave the original sign-in as it is.
step-requests-stop = Stop asking for codes and wait
step-requests-stop-detail = The more often you ask, the more likely Microsoft is to hold codes back. Do nothing for a while (about a day is a good guide).
step-requests-one-at-a-time = Ask once, then wait for it to arrive
step-requests-one-at-a-time-detail = After the wait, ask for one code and give it about 15 minutes before asking again. If several arrive, use the newest.
step-phaseout-other-way = Choose a way other than text messages
step-phaseout-other-way-detail = On the sign-in screen, choose other ways to sign in, and look for email, the Authenticator app or a passkey instead of a text.
step-phaseout-add-methods = Once back in, add methods other than texts
step-phaseout-add-methods-detail = When you can sign in, add the Microsoft Authenticator app, a passkey or a backup email, so you no longer depend on texts alone.
step-outdated-sign-in-helper = Use the Sign-in helper as Microsoft suggests
step-outdated-sign-in-helper-detail = When none of your contacts work, Microsoft suggests trying its Sign-in helper before the recovery form. Start from the official help page.
step-outdated-recovery-form = Send the account recovery form
step-outdated-recovery-form-detail = The last resort when no verification method works. Prepare your answers first in this app's recovery-form draft, then type them into the official page yourself. The reply comes by email within 24 hours.
step-outdated-replacement-wait = Wait 30 days for your security info to be replaced
step-outdated-replacement-wait-detail = Replacing all your contact details starts a 30-day safety wait that cannot be shortened. The change goes through at the end unless it is cancelled using the old contact details.
step-twostep-find-method = Look for any method that still works
step-twostep-find-method-detail = An Authenticator app on an old phone, a device that is still signed in, a recovery code written on paper: look for anything that still works.
step-twostep-recovery-code = Use your recovery code if you have one
step-twostep-recovery-code-detail = A 25-character recovery code, if you kept one, gets you through verification. It is more reliable than the recovery form.
step-twostep-form-cannot-help = Know that the recovery form cannot help here
step-twostep-form-cannot-help-detail = With two-step verification on and no method left, Microsoft says neither the form nor support can recover the account. Consider creating a new account.
step-locked-sms-any-phone = Unlock with a text code, as the screen asks
step-locked-sms-any-phone-detail = On the unlock screen, enter a phone number and then the code it receives. The phone does not have to be yours or on the account; a family member's mobile works.
step-locked-reinstatement = No Next button? Apply through the link on that screen
step-locked-reinstatement-detail = When the locked screen has no Next button, follow the aka.ms link shown there to the reinstatement request form. A ticket number arrives by email; keep it.
step-locked-appeal-wait = Wait for the reply to your request
step-locked-appeal-wait-detail = Microsoft says a reply to a suspension appeal takes about 14 days. Avoid sending the request again in the meantime.

## Waits

wait-retry-later = Trying again later
wait-retry-later-length = a few hours to a few days
wait-new-code = Before asking for a new code
wait-new-code-length = about 15 minutes
wait-too-many-requests = A pause after too many requests
wait-too-many-requests-length = about a day
wait-form-reply = Reply to the recovery form
wait-form-reply-length = within 24 hours
wait-security-info-change = Replacing your security info
wait-security-info-change-length = 30 days
wait-suspension-appeal = Reply to a suspension appeal
wait-suspension-appeal-length = about 14 days

## Cautions

caution-familiar-place = Microsoft recommends doing this from a device and place you normally use, such as home or work. A VPN can make the sign-in look like it comes from somewhere unfamiliar and get it stopped. If you usually use a VPN, try once with it turned off.
caution-scam-calls = Microsoft never calls or emails you out of the blue to ask for personal or payment details or to offer to fix your computer. Only use phone numbers you find yourself on support.microsoft.com.
caution-never-share-code = Never give a code to anyone. If a code arrives that you did not ask for, ignore it.

## Official pages

link-recovery-form = Account recovery form (account.live.com)
link-recovery-form-help = Help with the recovery form (Microsoft Support)
link-verification-help = Help when the verification code doesn't arrive (Microsoft Support)
link-locked-help = Help when the account has been locked (Microsoft Support)
link-password-reset = Reset your password (account.live.com)
link-security-info = Review your security info (account.microsoft.com)
link-security-info-pending = About pending security info changes (Microsoft Support)
link-security-info-codes = Security info and verification codes (Microsoft Support)
link-recent-activity = Recent activity (account.live.com)
link-contact-support = Contact Microsoft Support (support.microsoft.com)
link-defender-scan = How to scan with Windows Security (Microsoft Support)
link-defender-offline = Microsoft Defender Offline (Microsoft Support)
link-two-step-help = Using two-step verification (Microsoft Support)
link-recovery-code-help = Getting a recovery code (Microsoft Support)
link-passkey-help = Signing in with a passkey (Microsoft Support)
link-authenticator = Microsoft Authenticator app (microsoft.com)
link-scam-help = Protect yourself from tech support scams (Microsoft Support)
link-hacked-help = Recover a hacked account (Microsoft Support)
link-services-agreement = Microsoft Services Agreement (microsoft.com)

## Ways to reach Microsoft (in the order to try them)

route-sign-in-helper = The Sign-in helper
route-sign-in-helper-when = Microsoft's own guided help for when verification codes do not arrive. Microsoft suggests it before the recovery form.
route-recovery-form = The account recovery form
route-recovery-form-when = The last resort when no verification method works. Prepare the answers in the recovery-form draft first, then type them in. The reply comes by email within 24 hours.
route-reinstatement = Asking to lift a suspension
route-reinstatement-when = For a locked (suspended) account. Apply through the link on the locked screen and keep the ticket number. A reply takes about 14 days.
route-another-account = Contact support from another account
route-another-account-when = If you have another Microsoft account, sign in with it and use the support pages. If not, you can create one with another email address, such as Gmail, and contact support from there.
route-no-sign-in-contact = Contact support without signing in
route-no-sign-in-contact-when = In some countries and regions there is a contact page that needs no sign-in. Switch the language and region on support.microsoft.com to see whether yours has one.
route-chat-phone = Chat or phone support
route-chat-phone-when = Chat answers quickly but may keep you waiting when busy. By phone you can explain in your own words, but mind the opening hours and call charges. Agents cannot unlock accounts or send reset links, so treat this as a place to get advice. Only use phone numbers you looked up yourself on support.microsoft.com.

## Connectivity check results

verdict-no-internet = No internet connection
verdict-no-internet-detail = This computer cannot reach the internet. Check that Wi-Fi is on, the cable is plugged in and airplane mode is off.
verdict-dns = Names cannot be looked up (DNS)
verdict-dns-detail = There is a network, but the service that turns server names into addresses (DNS) does not answer. Restarting the router or switching to another network often fixes this.
verdict-captive-portal = This Wi-Fi needs you to sign in on its page first
verdict-captive-portal-detail = Like hotel, station or café Wi-Fi, this network wants you to accept its terms or sign in on a web page first. Open any page in your browser to complete it, or switch to another network.
verdict-blocked = Connections to Microsoft are blocked
verdict-blocked-detail = Microsoft's servers refused the connection or did not answer. A firewall, proxy or security software on a company or school network may be stopping it. Try another network, such as mobile data.
verdict-intercepted = The secure connection could not be verified
verdict-intercepted-detail = The certificate that came back is not Microsoft's. This happens when a proxy or security software that inspects HTTPS sits in between. Do not sign in on this network; try mobile data, and scan the computer for malware.
verdict-partial = Some of Microsoft's servers cannot be reached
verdict-partial-detail = Some servers answer and some do not. It may be a short problem on Microsoft's side or a partial network fault. Check again a little later.
verdict-all-clear = Microsoft's sign-in servers can all be reached
verdict-all-clear-detail = This computer reaches Microsoft's servers without trouble. The check cannot tell whether your IP address is being refused or whether the account itself is fine, so keep going with the other steps in the checklist.
verdict-cancelled = The check was stopped
verdict-cancelled-detail = These are the results so far. You can run the check again from the start at any time.

step-network-run-check = Let this app check the connection
step-network-run-check-detail = No commands needed: the app checks the way to Microsoft's sign-in servers and explains the result in plain words. It runs only when you start it.

## After signing in again

aftercare-secure = Make the account safer
aftercare-hacked = If someone else may have got in
step-after-authenticator = Set up two-step verification with an authenticator app
step-after-authenticator-detail = Two-step verification with the Microsoft Authenticator app keeps others out even if your password leaks, and you no longer depend on text messages.
step-after-recovery-code = Create a recovery code and write it down
step-after-recovery-code-detail = With a 25-character recovery code you can get back in yourself, even when your verification methods fail as they did now. Print it or write it on paper, and keep it away from the computer.
step-after-security-info = Bring your security info up to date
step-after-security-info-detail = Check that the phone number and backup email on the account still work, and replace any that do not.
step-after-trusted-devices = Review the devices you use
step-after-trusted-devices-detail = Look through the devices signed in to your account for any you do not recognise. Devices you use regularly may be asked for verification less often.
step-after-password-manager = Use a password manager
step-after-password-manager-detail = It creates and remembers a long, hard-to-guess password for each service, so you stop reusing one password.
step-after-backup = Back up your mail and files
step-after-backup-detail = Regularly keep important mail and OneDrive files in another cloud service or on a disk as well, so you still have them if you are ever locked out again.
step-hacked-change-password = Change the password
step-hacked-change-password-detail = Change it at once to a new password you use nowhere else, from the official security page.
step-hacked-recent-activity = Check recent activity
step-hacked-recent-activity-detail = Look for sign-ins from places or times you do not recognise, and report them as not you.
step-hacked-review-settings = Review your mail settings
step-hacked-review-settings-detail = Check forwarding, inbox rules, your signature and your contacts for changes you did not make, and remove what you do not know.
step-hacked-other-accounts = Protect other accounts with the same password
step-hacked-other-accounts-detail = Give every other service where you used the same password a different password of its own.
step-hacked-stronger-protection = Turn on stronger protection
step-hacked-stronger-protection-detail = Switch on two-step verification and keep your security info current, to stop the next takeover.

## Safety

safety-never-first = Microsoft never calls or emails you out of the blue to ask for personal or payment details, or to offer to fix your account or your computer.
safety-no-phone-numbers = Microsoft's error messages never contain a phone number. An error message that shows a phone number is a scam.
safety-no-paid-recovery = Do not trust anyone who offers to recover your account for money. Nobody but you can recover it.
safety-codes-are-secret = Never tell anyone a verification code (it may also be called a security code), not even someone who says they are from Microsoft. If a code arrives that you did not ask for, ignore it.
safety-genuine-sender = Genuine code emails come from an address ending in @accountprotection.microsoft.com. Do not open links in emails you did not expect; type official addresses yourself.
verdict-clock = This computer's date or time looks wrong
verdict-clock-detail = This computer judged the certificates of Microsoft's servers to be expired or not yet valid. That happens when the computer's date and time are far off. Set the correct date and time, then run the check again and try signing in.
step-network-set-clock = Check the computer's date and time
step-network-set-clock-detail = When the date or time is far off, secure connections and codes can fail. In Windows, open Settings › Time & language and turn on “Set time automatically”.

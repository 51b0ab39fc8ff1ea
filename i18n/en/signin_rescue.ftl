# The app's own words. fl!() checks these ids at compile time; this English file is the fallback.

app-title = Sign-in Rescue
app-subtitle = Microsoft account verification problems
window-title = Sign-in Rescue — Microsoft account verification problems

language-ja = 日本語
language-en = English

## Your situation (triage)

situation-heading = Your situation
situation-intro = Tick what fits, and the likeliest causes move to the top.
situation-errors = Error messages you saw
situation-symptoms = What you notice
situation-clear = Clear all

## Checklist

next-heading = Try this next
next-from-cause = Possible cause: { $cause }
next-show = Show this step
overall-counts = { $done } of { $total } steps done ({ $worked } worked)
causes-heading = Possible causes, likeliest first
causes-heading-unranked = Possible causes, easiest to try first
cause-counts = { $done }/{ $total } done
cause-matches = Matches: { $signals }
cause-typical = Typical sign: { $symptom }
origin-article = Source: common troubleshooting advice (not official Microsoft information)
origin-microsoft = Source: Microsoft support
origin-community = Source: user reports (not official Microsoft information)
kind-do = Do
kind-check = Check
kind-wait = Wait
step-wait-length = Usual wait: { $length }
step-caution = Caution: { $text }
link-opens = Opens the official page in your browser: { $url }

outcome-not-tried = Not tried
outcome-worked = Tried: it worked
outcome-no-change = Tried: no change
outcome-skipped = Skipped
outcome-button-name = { $outcome }: { $step }
step-changed = Marked “{ $outcome }” on { $when }
note-hint = Note (what happened, what you noticed)
note-counter = { $count } of { $max } characters
note-counter-full = { $count } of { $max } characters: this note cannot be longer.
note-name = Note: { $step }

## Durations

duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
duration-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## Notices about saved progress

notice-restored = Your progress file was damaged, so your progress was restored from the backup. The damaged file was not deleted; it is here: { $path }
notice-restored-newer = Your progress file was made by a newer version of this app, so your progress was restored from the backup. The original file is here: { $path }
notice-restored-missing = Your progress file was missing, so your progress was restored from the backup.
notice-started-over = Your progress file was damaged and there was no usable backup, so you are starting afresh. The damaged file was not deleted; it is here: { $path }
notice-started-over-newer = Your progress file was made by a newer version of this app and this version cannot read it, so you are starting afresh. The original file is here: { $path }
notice-restored-too-large = Your progress file was larger than { $limit } MB, which no progress file of this app ever reaches, so it was not read and your progress was restored from the backup. The file was not deleted; it is here: { $path }
notice-restored-not-a-file = Where your progress file should be, there was something that is not a regular file (a pipe or a device), so it was not read and your progress was restored from the backup. It was moved here: { $path }
notice-started-over-too-large = Your progress file was larger than { $limit } MB and there was no usable backup, so you are starting afresh. The file was not deleted; it is here: { $path }
notice-started-over-not-a-file = Where your progress file should be, there was something that is not a regular file (a pipe or a device), and there was no usable backup, so you are starting afresh. It was moved here: { $path }
notice-unreadable = Your progress file could not be read ({ $path }). To avoid overwriting it, changes will not be saved this time. Check the file's permissions, then start the app again.
notice-dismiss = Dismiss
save-error-permission = Your progress cannot be saved: the folder cannot be written to or is read-only ({ $path }). What you entered stays in this window, and saving will be tried again automatically.
save-error-disk-full = Your progress cannot be saved: the disk is full ({ $path }). Please free some space. What you entered stays in this window, and saving will be tried again automatically.
save-error-other = Your progress cannot be saved ({ $path }). What you entered stays in this window, and saving will be tried again automatically.
save-error-too-large = Your progress cannot be saved: the file would be larger than the { $limit } MB limit ({ $path }). Please shorten a long note. What you entered stays in this window.
save-error-not-a-file = Your progress cannot be saved: something that is not a regular file (a pipe or a device) is where the progress file goes ({ $path }). Remove it, and saving will be tried again automatically. What you entered stays in this window.
save-error-others-can-write = Your progress cannot be saved: other users can write to this folder, so it is not safe ({ $path }). Choose a folder only you can write to with --data-dir PATH. What you entered stays in this window.
save-error-lock-lost = Saving has stopped: the data folder was deleted or replaced while this window was open ({ $path }). Another copy of the app may be using it now, so this window no longer writes to it. What you entered stays in this window: to keep it, choose “Export progress to a file…” in the Progress menu, then close and reopen the app.

## Command line

cli-usage = Sign-in Rescue { $version }: an offline helper for when you cannot sign in to your Microsoft account.

    Usage: signin-rescue [OPTIONS]

    Options:
      --lang ja|en      Use this language instead of the saved or system one
      --data-dir PATH   Keep progress in PATH instead of the usual data folder
      --export-draft FILE  Write the recovery-form draft (text, without passwords) to FILE and exit
      --export-pdf FILE    Write the checklist with your progress as a PDF to FILE and exit
      --export-text FILE   Write the same checklist as plain text to FILE and exit
      --explain TEXT       Say which Microsoft message TEXT is, what it means and what to do first, and exit
      --paper a4|letter    Paper size for --export-pdf (if not given: the saved choice, or A4 for Japanese and Letter for English)
      -h, --help        Show this help
      -V, --version     Show the version
cli-unknown-option = Unknown option: { $option }. Run signin-rescue --help to see the options.
cli-missing-value = { $option } needs a value. Run signin-rescue --help to see the options.
cli-unknown-language = Unknown language: { $value }. Use ja (Japanese) or en (English).
cli-unexpected = Unexpected argument: { $value }. Run signin-rescue --help to see the options.
cli-no-data-dir = No folder for saving progress could be found on this computer. Give one with --data-dir PATH.
cli-raised = Sign-in Rescue is already open with this data folder ({ $path }): its window was brought to the front.
cli-already-open = Sign-in Rescue is already open with this data folder ({ $path }). Switch to the open window; only one copy can keep your progress at a time.
cli-data-dir-error = The folder for your progress cannot be used: { $path }. Check that it exists and that you can write to it, or give another one with --data-dir PATH.
cli-data-dir-shared = Other users can write to this folder ({ $path }), so it is not used for your progress: someone else could replace the files in it. Choose a folder only you can write to with --data-dir PATH.
cli-data-dir-not-yours = This folder ({ $path }) belongs to another user, so it is not used for your progress: what is in it could have been put there by someone else. Choose a folder of your own with --data-dir PATH, or a new folder name, which the app then creates just for you.
cli-window-error = The window could not be opened: { $error }
already-open-title = Sign-in Rescue is already open
already-open-close = Close

## The Progress menu

menu-progress = Progress
menu-folder-is = Your progress is kept in { $path }
dialog-export-title = Export your progress
dialog-import-title = Choose a progress file to import
dialog-progress-filter = Sign-in Rescue progress
dialog-cancel = Cancel
import-heading = Replace your progress with this file?
import-file = File: { $path }
import-summary = It holds { $fields ->
        [one] one recovery-form answer
       *[other] { $fields } recovery-form answers
    }, { $steps ->
        [one] one marked step
       *[other] { $steps } marked steps
    }, { $notes ->
        [one] one note
       *[other] { $notes } notes
    } and { $reported ->
        [one] one reported error or symptom
       *[other] { $reported } reported errors or symptoms
    }.
import-last-change = Last change in it: { $when }
import-explain = Your current progress will be kept in a copy in the data folder before it is replaced.
import-confirm = Replace my progress
start-over-heading = Start over?
start-over-explain = Every mark, note and answer will be cleared. A copy of your current progress is kept in the data folder first, so nothing is lost.
start-over-confirm = Start over
notice-exported = Your progress was exported to { $path }. Copy this file to the other computer and choose Progress › Import progress from a file… there.
notice-not-saved-permission = { $path } could not be saved: this folder cannot be written to. Nothing was changed there. Choose another folder, such as Documents, and try again.
notice-not-saved-disk-full = { $path } could not be saved: the disk is full. Nothing was changed there. Free some space or choose another drive, and try again.
notice-not-saved-not-made = { $path } could not be saved: the app could not make the file (a fault in the app). Nothing was changed there. Try again; if it fails again, save the text version instead.
notice-not-saved-other = { $path } could not be saved ({ $detail }). Nothing was changed there. Choose another place and try again.
notice-saved-in-documents = No window for choosing where to save could be opened on this computer, so the file was saved in your Documents folder: { $path }
notice-saved-in-data-folder = No window for choosing where to save could be opened on this computer, so the file was saved in this app's data folder: { $path }
notice-no-file-dialog = No window for choosing a file could be opened on this computer, so no file can be imported. On Linux, installing “zenity” or “xdg-desktop-portal” fixes this.
notice-open-folder = Open folder
notice-import-refused = { $path } is not a progress file from this app, or it is damaged. Nothing was changed.
notice-import-newer = { $path } was made by a newer version of this app, which this version cannot read. Nothing was changed.
notice-import-too-large = { $path } is larger than { $limit } MB, so it is not a progress file from this app. It was not read, and nothing was changed.
notice-import-not-a-file = { $path } is not a regular file (it is a pipe or a device). It was not read, and nothing was changed.
notice-imported = Your progress was replaced with { $path }. The previous progress was kept in { $backup }.
notice-started-afresh = You are starting afresh. The previous progress was kept in { $backup }.
notice-not-replaced = A copy of your current progress could not be kept, so nothing was replaced. Check that the data folder can be written to.
notice-folder-not-opened = The folder could not be opened. It is here: { $path }
notice-reminder-not-shown = A wait ended while this window was in the background, but your computer did not show the reminder. Waits that are over are always listed along the bottom of this window.
notice-kept-whole = Some of your saved notes were longer than this app keeps ({ $limit } characters for a note), so they are shown shortened. Nothing was thrown away: the whole file was kept as { $path }.
notice-kept-other-copys = Another copy of this app saved progress in this folder while this window could not use it. Before saving over it, that progress was kept as { $path }.

## Screens

list-separator = {", "}

## The recovery-form draft

draft-heading-screen = Recovery-form draft
draft-privacy = Nothing on this screen is sent anywhere. You type the answers into Microsoft's official form yourself.
draft-before-heading = Before the form
draft-before-helper = Microsoft suggests trying its Sign-in helper first; the recovery form is the last resort. The reply comes by email within 24 hours, to the contact address you give.
draft-before-two-step = If two-step verification is on and you cannot reach any of your verification methods, Microsoft says it cannot recover the account, not even through this form or its support staff.
draft-completeness = { $percent }% complete
draft-next-heading = Most useful to add next
draft-general-tips = Microsoft's tips: answer as many questions as you can — a guess or near answer beats a blank; fill the form on a device and at a place you have used before (home or work); use the details from when the account was created or last updated.
draft-intro-labels = The labels here may be worded differently from the official form's.
draft-passwords-note = Passwords are held in memory only: never saved, exported, printed or logged, and gone when you close the app. Each one can be shown and copied on its own. Copied text stays on the clipboard, so after pasting a password, copy something else to clear it.
draft-password-name = Password { $n }
draft-password-show = Show
draft-password-hide = Hide
draft-password-remove = Remove
draft-password-add = Add a previous password
draft-copy = Copy
draft-copied = Copied
draft-errors-none = No error message chosen yet (choose them on the Checklist screen).
draft-prefilled-errors = Filled in from the error messages you chose on the Checklist screen.
draft-steps-none = Nothing marked yet on the Checklist screen.
draft-prefilled-steps = Filled in from your checklist, with dates and outcomes.
draft-output-heading = Your draft
draft-copy-all = Copy the whole draft
draft-copy-all-note = The copy leaves passwords out, except the ones you chose to show. A saved file never contains passwords.
draft-summary-heading = What to tell support
dialog-draft-title = Save the recovery-form draft
dialog-text-filter = Text file
draft-file-stem = recovery-form-draft
notice-file-saved = Saved to { $path }.

draft-title = Draft answers for the Microsoft account recovery form
draft-made-on = Prepared on { $date } with Sign-in Rescue
draft-intro-typing = Type these answers into the official form at account.live.com/acsr yourself. This draft is not sent anywhere.
draft-heading = == { $title } ==
draft-blank = (not filled in)
draft-section-account = The account to recover
draft-section-personal = Your details
draft-section-passwords = Previous passwords and products used
draft-section-product = { $product }
draft-section-reviewer = What helps the reviewer
draft-passwords-omitted = { $count ->
    [0] No previous passwords entered yet.
    [one] One previous password entered; it is left out of this draft. Copy it from the app.
   *[other] { $count } previous passwords entered; they are left out of this draft. Copy them one by one from the app.
}
draft-products = Microsoft products you used
draft-errors-seen = Error messages seen
draft-steps-tried = Steps already tried
draft-tried-line = { $when } — { $step }: { $outcome }
draft-tried-note = {" "}(note: { $note })
product-outlook = Outlook.com
product-skype = Skype
product-xbox = Xbox

draft-field-account = Email address, phone number or Skype name of the account
draft-field-contact-email = Contact email address (must be a different address)
draft-field-first-name = First name
draft-field-last-name = Last name
draft-field-birth-date = Date of birth
draft-field-country = Country or region where the account was created
draft-field-region = State or province where the account was created
draft-field-postal-code = Postal code where the account was created
draft-field-outlook-contacts = Email addresses of people you recently wrote to
draft-field-outlook-subjects = Exact subject lines of emails you recently sent
draft-field-skype-name = Skype name
draft-field-skype-email = Email address used to create the Skype account
draft-field-xbox-console = Xbox console type
draft-field-xbox-gamertag = Gamertag
draft-field-problem-started = When the problem started
draft-field-devices-places = Devices and places you usually sign in from
draft-field-other-details = Anything else the reviewer should know

draft-hint-account = e.g. taro.yamada@outlook.jp or 090-1234-5678
draft-hint-contact-email = An address you can read now, not the one above
draft-hint-first-name = As given when the account was made
draft-hint-last-name = As given when the account was made
draft-hint-birth-date = e.g. 1980-04-01
draft-hint-country = e.g. Japan
draft-hint-region = e.g. Tokyo
draft-hint-postal-code = e.g. 1000001 (in Japan: 7 digits; reportedly entered without the hyphen)
draft-hint-outlook-contacts = One address per line
draft-hint-outlook-subjects = One subject per line, exactly as written
draft-hint-skype-name = e.g. live:taro_1980
draft-hint-skype-email = The address the Skype account was created with
draft-hint-xbox-console = e.g. Xbox Series X
draft-hint-xbox-gamertag = Your gamertag
draft-hint-problem-started = e.g. around Nov 20, 2026
draft-hint-devices-places = e.g. home Windows PC, iPhone; at home in Osaka
draft-hint-other-details = For example: what happened just before the problem began

check-email-format = This does not look like an email address. Check for typos, spaces and the part after @.
check-phone-format = This does not look like a phone number: it should have 10 to 15 digits.
check-account-format = Enter the account's email address, phone number or Skype name.
check-contact-same = The contact address must be different from the account you are recovering. Use a family member's or friend's address, or a new one you can read now.
check-domain-exact = Make sure the ending is exactly right: { $domain }. hotmail.com and hotmail.co.jp, outlook.com and outlook.jp, live.com and live.jp are all different addresses.
check-domain-typo = “{ $domain }” looks like a typo. Did you mean { $suggestion }?
check-date-format = Write the date as year-month-day, for example 1980-04-01.
check-date-future = This date is in the future.
check-date-too-old = This date is more than 120 years ago; check the year.
check-date-too-recent = This date is very recent for a date of birth; check the year.
check-postal-jp-length = A Japanese postal code has 7 digits.
check-postal-jp-plain = Reportedly the official form expects it without the hyphen, in half-width digits: { $digits }

completeness-passwords = Previous passwords: any old password, even one you are not sure of, helps.
completeness-products = Which Microsoft products you used (Outlook.com, Skype, Xbox).
completeness-first-name = Your first name, as given when the account was made.
completeness-last-name = Your last name, as given when the account was made.
completeness-birth-date = Your date of birth.
completeness-country = The country or region where the account was created.
completeness-region = The state or province where the account was created.
completeness-postal-code = The postal code where the account was created.
completeness-outlook-contacts = Addresses of people you wrote to recently.
completeness-outlook-subjects = Exact subject lines of emails you sent recently: ask the people you write to most for the subjects of your last few emails to them.
completeness-skype-name = Your Skype name.
completeness-skype-email = The email address used to create the Skype account.
completeness-xbox-console = Your Xbox console type.
completeness-xbox-gamertag = Your gamertag.
completeness-problem-started = When the problem started.
completeness-devices-places = The devices and places you usually sign in from.

summary-title = Summary for Microsoft support
summary-tried = { $count ->
    [one] Tried so far (one step)
   *[other] Tried so far ({ $count } steps)
}
summary-closing = I cannot sign in to this account. I have not shared any code or password with anyone.
cli-two-exports = Give only one export option at a time.
cli-exported = Written: { $path }
cli-export-write-failed = Could not write { $path } ({ $reason }). Check that the folder exists and that you can write there, then try again.
cli-export-damaged = The saved progress ({ $path }) is damaged and there is no usable backup. Open the app once: it moves the damaged file aside and tells you where it is.
cli-export-read-failed = The saved progress could not be read ({ $path }). Check the file's permissions.
draft-answer = { $label }: { $value }
summary-account = Account
summary-started = Problem started
summary-contact = Contact address for the reply
draft-steps-tried-heading = Steps already tried:
completeness-account = The account to recover: its email address, phone number or Skype name. The form cannot be sent without it.
completeness-contact-email = A contact address you can read now, different from the account. Microsoft replies there.
cli-unknown-paper = Unknown paper size: { $value }. Use a4 or letter.
cli-export-broken = The app itself is damaged ({ $error }). Please install it again.

## The printable checklist

print-title = Sign-in Rescue checklist
print-subtitle = Printed on { $date } · Microsoft account verification problems
print-reported = The errors and symptoms you selected
print-reported-none = None selected yet.
print-note = Note: { $note }
print-waits = When waiting is the fix
print-routes = Ways to reach Microsoft
print-safety = Microsoft never calls or emails you out of the blue to ask for personal or payment details or to offer a fix, and its error messages never contain a phone number. Do not trust anyone who offers to recover your account for a fee. Never tell anyone a code.
print-page = { $n } / { $total }
paper-a4 = A4
paper-letter = Letter
menu-paper = Paper for printing
dialog-pdf-title = Save the checklist as PDF
dialog-pdf-filter = PDF document
dialog-checklist-text-title = Save the checklist as text
checklist-file-stem = sign-in-checklist
notice-open-file = Open
print-bullet = {"• "}

## Connectivity check

step-open-connectivity = Open the connection check
step-open-draft = Open the recovery-form draft
net-heading = Connection check
net-intro = The app checks whether this computer can reach Microsoft's sign-in pages safely, one by one, and says in plain words what it found.
net-privacy = It runs only when you start it, takes at most 20 seconds, and contacts only these Microsoft hosts: { $hosts }. Nothing about you or your account is sent.
net-running = Checking… { $seconds } s
net-checked-at = Checked on { $when }
net-next-steps = What to try next
net-column-host = Server
net-stage-dns = Name lookup
net-stage-tcp = Connection
net-stage-tls = Secure connection
net-stage-http = Test page
net-ok = OK ({ $ms } ms)
net-waiting = …
net-not-reached = —
net-failure-name = Name not found
net-failure-timeout = No answer ({ $ms } ms)
net-failure-refused = Refused
net-failure-unreachable = No route
net-failure-reset = Cut off
net-failure-untrusted = The secure connection could not be trusted
net-failure-wrong-host = It may have reached another site
net-failure-handshake = Secure connection failed
net-failure-portal = A different page came back
net-failure-other = Failed
net-summary = Connection check: { $verdict } ({ $when })
net-advanced = For experienced users: the same checks as commands
net-advanced-intro = In Windows, open Command Prompt or PowerShell and type one of these. The check above covers the same ground (name lookup, connection, secure connection) and explains the result.
net-advanced-ping = Sends a few small test packets. Replies mean the connection itself works; many networks block ping, so no reply proves little.
net-advanced-nslookup = Asks DNS for the address of a name. An address in the answer means name lookup works; an error points to a DNS problem.
net-advanced-tracert = Lists each router on the way to the server. Where the timeouts begin hints at where the connection is blocked.
net-advanced-note = If these show timeouts or name errors, restart your router or ask your internet provider.
draft-connectivity = Connection check by this app

## Waits, support and safety, after recovery

timer-start = Remind me in { $length }
timer-stop = Stop the timer
timer-running = Waiting: { $left } left (until { $when })
timer-due = The wait “{ $wait }” is over ({ $when }). Record what happens when you try again.
timer-due-next = Next to try: { $step }
# A notification of the system, shown when a wait ends while the window is in the background.
# Only the wait and the step are named: nothing personal.
reminder-title = The wait is over: { $wait }
reminder-body-step = { $todo } Next to try: { $step }
timer-dismiss = Done
timers-heading = Waiting
timer-line = { $wait }: { $left } left (until { $when })
timers-note = Timers keep running while the app is closed; you will be told when one is over the next time you open it.
safety-heading = Stay safe from support scams
safety-understood = I understand
support-heading = Support and safety
support-routes = Ways to reach Microsoft
support-routes-intro = In the order to try them. The links go only to Microsoft's official sites.
support-route-wait = Usual wait for an answer: { $wait }
support-summary-note = Read this out or paste it when you contact support. Never give a password or a code.
recovered-question = Can you sign in again?
recovered-yes = Yes, I can sign in
recovered-on = You signed in again on { $when }.
recovered-open = What to do now
aftercare-heading = After you sign in again
aftercare-since = You signed in again on { $when }.
aftercare-intro = Well done. A few steps now help stop this from happening again, and protect your account in case someone else got in.
aftercare-done-on = Done on { $when }
aftercare-not-yet = I cannot sign in after all
draft-after-sending = After you send the form, start a timer for the reply:

## View menu

menu-view = View
menu-theme = Theme

print-wait = { $name }: { $length }
net-failure-clock = Clock looks wrong
close-heading = Your latest changes are not saved
close-explain = Saving does not work at the moment, so closing now would lose what you entered since the last save. Export your progress to a file you can reach, or try saving again.
close-anyway = Close without saving

## Commands (one name for the menu, the button and the keyboard shortcut)

command-save-pdf = Save the checklist as a PDF to print…
command-save-text = Save the checklist as text…
command-export = Export progress to a file…
command-import = Import progress from a file…
command-start-over = Start over…
command-open-folder = Open the data folder
command-save-draft = Save the draft as a text file…
command-switch-language = Switch the language of the app
command-show-checklist = Checklist
command-show-connectivity = Connection check
command-show-draft = Recovery-form draft
command-show-support = Support and safety
command-show-aftercare = After you sign in
command-text-larger = Larger text
command-text-smaller = Smaller text
command-text-reset = Normal text size
command-theme-system = Same as the system
command-theme-light = Light
command-theme-dark = Dark
command-reminders = Remind me when a wait is over
command-reminders-hint = When a wait ends while this window is in the background, your computer shows a notification with the name of the wait and the next step. Nothing personal is in it.
command-start-check = Check the connection
command-stop-check = Stop
command-retry-save = Try saving now
command-with-shortcut = { $command } ({ $shortcut })
# The keys of shortcuts that are not a letter or a digit.
key-plus = Plus
key-minus = Minus
menu-shortcuts-heading = Keyboard shortcuts
menu-shortcuts-keys = Tab and Shift+Tab move between controls; Space or Enter presses.

control-name = { $control }: { $context }
list-item = { $bullet }{ $text }
link-label = ↗ { $label }
net-next-step = → { $step }
cause-header = { $number }. { $cause } ({ $counts })
## What next, recognised messages, --explain (knowledge helper)

print-next = Try this next
next-ask-first = First tell the app what the screen shows: answer the first questions, or tick what fits.
next-recovered = You can sign in again. Next: { $step }
next-recovered-done = You can sign in again, and you have done every after-recovery step.
next-wait-over = The wait “{ $wait }” is over. { $todo }
next-wait-over-then = The wait “{ $wait }” is over. { $todo } Then: { $step }
next-stop-requesting = Stop asking for codes until { $until }. The app started this pause because codes were asked for many times in a short while, and more requests make it likelier that codes are held back.
next-waiting = { $step }: waiting until { $until }. There is nothing else to do for it until then.
next-step-line = { $step } (possible cause: { $cause })
next-exhausted = You have tried every step for what you reported. Next, use Microsoft's Sign-in helper, and then the account recovery form.
message-quoted = “{ $text }”
message-paraphrased = { $text } (in other words; the screen may word it differently)
summary-problem = What happens
cli-explain-match = Recognised ({ $percent }% alike): { $message }
cli-explain-meaning = What it means: { $meaning }
cli-explain-first-step = First step: { $step }
cli-explain-not-recognised = This text does not match any message the app knows. Check it against the screen, or type a longer part of it.
cli-explain-closest = The closest known messages:
cli-explain-closest-line = { $percent }% alike: { $message }
cli-explain-too-short = The text is too short to recognise. Type or paste a longer part of the message.
cli-explain-unknown-code = The error code { $code } is not one this app knows, so it cannot say what it means. Most error codes during sign-in are about the connection, so check that first.
cli-explain-work-school = Codes that begin with AADSTS come from work or school accounts. For such an account, ask its administrator, such as your company's or school's IT help.

# The guided start and the message field.
command-open-guide = Answer a few questions
recognise-label = What your screen says
recognise-hint = Type or paste it here (part of it is enough)
recognise-too-short = Type a little more of the message.
recognise-found = This is the message: { $message }
recognise-first-step = First step: { $step }
recognise-confirm = Yes, this is my screen
recognise-confirmed = Chosen as your screen.
recognise-not-found = This does not match a message the app knows. Compare it with your screen, or type a longer part of it.
recognise-closest = The closest messages. Choose one if it is yours.
recognise-unknown-code = The error code { $code } is not one this app knows, so it cannot say what it means. Most error codes during sign-in are about the connection: let the app check it.
recognise-work-school = Codes that begin with AADSTS come from work or school accounts. For such an account, ask its administrator, such as your company's or school's IT help.
guide-page = Question { $number }
guide-back = Back
guide-next = Next
guide-skip = Close the questions
guide-show-step = Show my step
guide-groups-heading = Or choose the screen you see
guide-group-code = A screen that asks for a code
guide-group-locked = Locked or blocked
guide-group-error = An error message or an error code
guide-tell-apart = To tell these two apart: “Help us protect” asks for a code because the sign-in looks new; “Help us secure” says someone else may be using your account.
guide-result-heading = Based on your answers
guide-result-causes = Likely causes
guide-result-show-step = Open this step in the checklist
guide-result-show-checklist = Open the checklist
situation-meanings = What the chosen messages mean
code-request-intro = Each time you ask Microsoft for a new code, record it here. The app tells you before you ask too often.
code-request-button = Asked by { $channel }
code-request-last = Last asked: { $time } ({ $channel }). { $count ->
    [one] One request recorded.
   *[other] { $count } requests recorded.
}
safety-line = Beware of scams: Microsoft never calls you out of the blue, and its error messages never show a phone number.
safety-more = More
causes-show-others = Show the other causes ({ $count })
causes-hide-others = Show only the causes that match what you reported
step-next-after = Next, try this: { $step }
step-next-go = Go to that step
situation-resize = Width of the situation panel
cause-other-steps = Steps for other situations ({ $count })

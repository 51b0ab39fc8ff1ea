# The app's own words. fl!() checks these ids at compile time; this English file is the fallback.

app-title = Sign-in Rescue
app-subtitle = Microsoft account verification problems
window-title = Sign-in Rescue — Microsoft account verification problems

language-ja = 日本語
language-en = English
language-switch-label = Switch the language of the app

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
next-none = You have tried every step here. Move on to the recovery-form draft or contact support.
overall-counts = { $done } of { $total } steps done ({ $worked } worked)
causes-heading = Possible causes, likeliest first
causes-heading-unranked = Possible causes, easiest to try first
cause-counts = { $done }/{ $total } done
cause-matches = Matches: { $signals }
cause-typical = Typical sign: { $symptom }
origin-article = Source: the original guide
origin-microsoft = Source: Microsoft support
origin-community = Source: user reports (not official Microsoft information)
kind-do = Do
kind-check = Check
kind-wait = Wait
step-wait-length = How long to wait: { $length }
step-caution = Caution: { $text }
link-opens = Opens the official page in your browser: { $url }

outcome-not-tried = Not tried
outcome-worked = Tried: it worked
outcome-no-change = Tried: no change
outcome-skipped = Skipped
outcome-button-name = { $outcome }: { $step }
step-changed = Marked “{ $outcome }” on { $when }
note-hint = Note (what happened, what you noticed)
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
notice-unreadable = Your progress file could not be read ({ $path }). To avoid overwriting it, changes will not be saved this time. Check the file's permissions, then start the app again.
notice-dismiss = Dismiss
save-error-permission = Your progress cannot be saved: the folder cannot be written to or is read-only ({ $path }). What you entered stays in this window, and saving will be tried again automatically.
save-error-disk-full = Your progress cannot be saved: the disk is full ({ $path }). Please free some space. What you entered stays in this window, and saving will be tried again automatically.
save-error-other = Your progress cannot be saved ({ $path }). What you entered stays in this window, and saving will be tried again automatically.
save-retry = Try saving now

## Command line

cli-usage = Sign-in Rescue { $version }: a calm, offline helper for when you cannot sign in to your Microsoft account.

    Usage: signin-rescue [OPTIONS]

    Options:
      --lang ja|en      Use this language instead of the saved or system one
      --data-dir PATH   Keep progress in PATH instead of the usual data folder
      -h, --help        Show this help
      -V, --version     Show the version
cli-unknown-option = Unknown option: { $option }. Run signin-rescue --help to see the options.
cli-missing-value = { $option } needs a value. Run signin-rescue --help to see the options.
cli-unknown-language = Unknown language: { $value }. Use ja (Japanese) or en (English).
cli-unexpected = Unexpected argument: { $value }. Run signin-rescue --help to see the options.
cli-no-data-dir = No folder for saving progress could be found on this computer. Give one with --data-dir PATH.
cli-already-open = Sign-in Rescue is already open with this data folder ({ $path }). Switch to the open window; only one copy can keep your progress at a time.
cli-data-dir-error = The folder for your progress cannot be used: { $path }. Check that it exists and that you can write to it, or give another one with --data-dir PATH.
cli-window-error = The window could not be opened: { $error }
already-open-title = Sign-in Rescue is already open
already-open-close = Close

## The Progress menu

menu-progress = Progress
menu-export = Export progress to a file…
menu-import = Import progress from a file…
menu-start-over = Start over…
menu-open-folder = Open the data folder
menu-folder-is = Your progress is kept in { $path }
dialog-export-title = Export your progress
dialog-import-title = Choose a progress file to import
dialog-progress-filter = Sign-in Rescue progress
dialog-cancel = Cancel
import-heading = Replace your progress with this file?
import-file = File: { $path }
import-summary = It holds { $steps ->
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
notice-exported = Your progress was exported to { $path }. Copy this file to the other computer and choose Progress › Import there.
notice-export-failed = The progress could not be written to { $path }. Choose another place (a folder you can write to, with free space) and try again.
notice-import-refused = { $path } is not a progress file from this app, or it is damaged. Nothing was changed.
notice-import-newer = { $path } was made by a newer version of this app, which this version cannot read. Nothing was changed.
notice-imported = Your progress was replaced with { $path }. The previous progress was kept in { $backup }.
notice-started-afresh = You are starting afresh. The previous progress was kept in { $backup }.
notice-not-replaced = A copy of your current progress could not be kept, so nothing was replaced. Check that the data folder can be written to.
notice-folder-not-opened = The folder could not be opened. It is here: { $path }

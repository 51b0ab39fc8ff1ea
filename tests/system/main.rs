//! The app as a process among others: the command line, the single-instance channel, the
//! store under crashes and damaged files, the connectivity check against local servers, and
//! the reminder path over D-Bus. Some tests re-run this binary as a child process; they name
//! their child test by its full path (`module::name`).

#[path = "../common/numbered.rs"]
mod numbered;

mod cli;
mod crash_consistency;
mod instance;
mod net_check;
mod reminders_dbus;
mod store_faults;
mod store_vfat;

//! Writing a file so that a crash or power cut at any moment leaves the old content or the new,
//! never a mix, and reading one without trusting it: every file operation of the store goes
//! through the small [`Fs`] trait, so a test can record the operations and replay power cuts.

use std::fmt;
use std::fs::{self, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The largest file the store reads or writes (saved progress, an import, a kept copy). Real
/// progress is a few kilobytes; a bigger file is refused and kept aside, never read into memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What is at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A regular file (or a link to one).
    File,
    /// A folder.
    Dir,
    /// A pipe, a device, a socket, or a link to one of them.
    Special,
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadFault {
    /// Nothing is there.
    #[error("the file does not exist")]
    Missing,
    /// Larger than [`MAX_FILE_BYTES`] (the size seen, or the limit plus one).
    #[error("the file is too large ({0} bytes)")]
    TooLarge(u64),
    /// A pipe, a device or a folder: never read (it could block or never end).
    #[error("not a regular file")]
    NotAFile,
    /// Any other I/O error.
    #[error(transparent)]
    Io(io::Error),
}

/// The file operations the store uses, one call per operation that matters for durability.
///
/// [`RealFs`] is the computer's file system. A test implementation records the calls and can
/// replay what a power cut after any of them would leave on disk.
pub trait Fs: Send + Sync + fmt::Debug {
    /// Creates one folder (its parent exists), private to the person (0700).
    ///
    /// # Errors
    /// `AlreadyExists` when something is there, or any I/O error.
    fn create_dir(&self, dir: &Path) -> io::Result<()>;
    /// Creates an empty file that must not exist yet, private to the person (0600).
    ///
    /// # Errors
    /// `AlreadyExists`, or any I/O error.
    fn create_new(&self, path: &Path) -> io::Result<()>;
    /// Appends `bytes` to a file made by [`Fs::create_new`].
    ///
    /// # Errors
    /// Any I/O error.
    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Makes a file's content durable (fsync).
    ///
    /// # Errors
    /// Any I/O error.
    fn fsync(&self, path: &Path) -> io::Result<()>;
    /// Renames `from` to `to`, replacing `to`.
    ///
    /// # Errors
    /// Any I/O error.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Gives the file `from` the second name `to`, failing when `to` exists (never replaces).
    ///
    /// # Errors
    /// `AlreadyExists`, or any I/O error.
    fn link(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Removes a file.
    ///
    /// # Errors
    /// Any I/O error.
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the names in a folder durable (fsync of the folder).
    ///
    /// # Errors
    /// Any I/O error.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Reads a regular file of at most `limit` bytes without blocking on a pipe or a device.
    ///
    /// # Errors
    /// See [`ReadFault`].
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadFault>;
    /// What is at `path` (following a link), or `None` when nothing is.
    ///
    /// # Errors
    /// Any I/O error other than "not found".
    fn kind(&self, path: &Path) -> io::Result<Option<Kind>>;
    /// The names in a folder.
    ///
    /// # Errors
    /// Any I/O error.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
}

/// The computer's file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealFs;

impl Fs for RealFs {
    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        // Only the person may enter the folder; on Windows the profile's ACL does that.
        #[cfg(unix)]
        {
            std::os::unix::fs::DirBuilderExt::mode(&mut fs::DirBuilder::new(), 0o700).create(dir)
        }
        #[cfg(not(unix))]
        {
            fs::DirBuilder::new().create(dir)
        }
    }

    fn create_new(&self, path: &Path) -> io::Result<()> {
        private_file_options().open(path).map(drop)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = OpenOptions::new().append(true).open(path)?;
        file.write_all(bytes)
    }

    fn fsync(&self, path: &Path) -> io::Result<()> {
        // fsync flushes the file (the inode), whichever descriptor asks.
        OpenOptions::new().write(true).open(path)?.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        // Windows: written through to the disk before it returns (there is no folder to fsync).
        #[cfg(windows)]
        {
            crate::windows::replace_file(from, to)
        }
        #[cfg(not(windows))]
        {
            fs::rename(from, to)
        }
    }

    fn link(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::hard_link(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        sync_dir(dir)
    }

    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadFault> {
        let fault = |e: io::Error| match e.kind() {
            io::ErrorKind::NotFound => ReadFault::Missing,
            _ => ReadFault::Io(e),
        };
        let mut options = OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            // A FIFO opened without O_NONBLOCK waits for a writer forever.
            options.custom_flags(libc::O_NONBLOCK);
        }
        let file = options.open(path).map_err(fault)?;
        // The open file itself is checked, so a link swapped meanwhile cannot fool it.
        let metadata = file.metadata().map_err(fault)?;
        if !metadata.is_file() {
            return Err(ReadFault::NotAFile);
        }
        if metadata.len() > limit {
            return Err(ReadFault::TooLarge(metadata.len()));
        }
        let mut bytes = Vec::new();
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(fault)?;
        let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
        if size > limit {
            return Err(ReadFault::TooLarge(size));
        }
        Ok(bytes)
    }

    fn kind(&self, path: &Path) -> io::Result<Option<Kind>> {
        match fs::metadata(path) {
            Ok(m) if m.is_file() => Ok(Some(Kind::File)),
            Ok(m) if m.is_dir() => Ok(Some(Kind::Dir)),
            Ok(_) => Ok(Some(Kind::Special)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(dir)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    }
}

/// Options for a new file only the person can read (mode 0600 on Unix).
fn private_file_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    options
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file: the rename itself is written through
    // (`MOVEFILE_WRITE_THROUGH` in `RealFs::rename`), and NTFS journals it.
    Ok(())
}

/// The folder a path is in; a bare file name ("checklist.pdf") is in the current folder.
#[must_use]
pub fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The start of every temporary file name this app writes, so leftovers can be told apart
/// from other people's files in the same folder.
pub const TEMP_PREFIX: &str = ".signin-rescue-";
/// The end of every temporary file name this app writes.
pub const TEMP_SUFFIX: &str = ".tmp";

/// A temporary name beside `path`, of its own for every write.
fn temp_beside(path: &Path) -> PathBuf {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    parent_of(path).join(format!(
        "{TEMP_PREFIX}{name}.{}.{n}{TEMP_SUFFIX}",
        std::process::id()
    ))
}

/// Writes `bytes` to a synced temporary file beside `path`.
fn write_temp(fs: &dyn Fs, path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let temp = temp_beside(path);
    let result = fs
        .create_new(&temp)
        .and_then(|()| fs.append(&temp, bytes))
        .and_then(|()| fs.fsync(&temp));
    match result {
        Ok(()) => Ok(temp),
        Err(e) => {
            // Best effort: the temporary file is garbage now; failing to remove it changes nothing.
            let _ = fs.remove(&temp);
            Err(e)
        }
    }
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old or the new
/// content: temporary file in the same folder, fsync, rename, fsync of the folder.
///
/// # Errors
/// Any I/O error, including a failed folder sync (the new content may then not survive a power
/// cut, so the save is not acknowledged). `path` being a device, a pipe or a folder is refused
/// (`InvalidInput`) rather than replaced by a regular file.
pub fn write_atomically(fs: &dyn Fs, path: &Path, bytes: &[u8]) -> io::Result<()> {
    if matches!(fs.kind(path)?, Some(Kind::Special | Kind::Dir)) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    let temp = write_temp(fs, path, bytes)?;
    if let Err(e) = fs.rename(&temp, path) {
        let _ = fs.remove(&temp);
        return Err(e);
    }
    fs.sync_dir(parent_of(path))
}

/// Writes `bytes` under a new name `path`, failing with `AlreadyExists` rather than replacing
/// a file that appeared meanwhile; durable like [`write_atomically`].
///
/// # Errors
/// `AlreadyExists`, or any I/O error; then nothing is left behind.
pub fn write_new(fs: &dyn Fs, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = write_temp(fs, path, bytes)?;
    let linked = fs.link(&temp, path);
    // The temporary name goes either way; the content now lives under `path` (or nowhere).
    let _ = fs.remove(&temp);
    linked?;
    fs.sync_dir(parent_of(path))
}

/// Replaces `path` with `bytes` on the computer's file system (exports the person chose).
///
/// # Errors
/// See [`write_atomically`].
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically(&RealFs, path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("progress.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        assert!(matches!(
            RealFs.read(&fifo, MAX_FILE_BYTES),
            Err(ReadFault::NotAFile)
        ));
        assert!(write_file(&fifo, b"x").is_err(), "a pipe is not replaced");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_an_endless_device_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("progress.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).expect("symlink");
        assert!(matches!(
            RealFs.read(&link, MAX_FILE_BYTES),
            Err(ReadFault::NotAFile)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_not_turned_into_a_file() {
        // As root, renaming over /dev/null would replace the device with a regular file.
        let err = write_file(Path::new("/dev/null"), b"x").expect_err("refused");
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert_eq!(
            RealFs.kind(Path::new("/dev/null")).ok(),
            Some(Some(Kind::Special))
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.ron");
        fs::write(&path, vec![b' '; 11]).expect("write");
        assert!(matches!(
            RealFs.read(&path, 10),
            Err(ReadFault::TooLarge(11))
        ));
        assert_eq!(RealFs.read(&path, 11).expect("fits").len(), 11);
    }

    #[test]
    fn write_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("copy.ron");
        fs::write(&path, "theirs").expect("write");
        let err = write_new(&RealFs, &path, b"mine").expect_err("refused");
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&path).expect("kept"), "theirs");
        assert_eq!(RealFs.list(dir.path()).expect("list"), vec!["copy.ron"]);
    }
}

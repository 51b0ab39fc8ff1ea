//! One window per person: the copy of the app that holds a data folder listens on a local
//! socket in that folder, and a second launch on the same folder asks it to come to the front
//! instead of opening a second window.
//!
//! On Unix the socket is a Unix domain socket, [`SOCKET_FILE`]. On Windows it is a TCP socket on
//! 127.0.0.1 whose port is written to [`PORT_FILE`]. The exchange is one line each way:
//! `raise` and `raised`. A copy that does not answer in [`ANSWER_TIMEOUT`] (hung, or a version
//! without this) counts as not answering, and the second launch shows its message window.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The Unix socket in the data folder.
pub const SOCKET_FILE: &str = "signin-rescue.sock";
/// On Windows, the file in the data folder that holds the local TCP port.
pub const PORT_FILE: &str = "signin-rescue.port";
/// How long a second launch waits for the running copy's answer.
pub const ANSWER_TIMEOUT: Duration = Duration::from_millis(1500);

const REQUEST: &[u8] = b"raise\n";
const ANSWER: &str = "raised";

/// Listens for second launches while it lives; removes its socket file when dropped.
#[derive(Debug)]
pub struct Listener {
    file: PathBuf,
}

impl Listener {
    /// Starts listening in `data_dir`; `raise` runs (on the listener's thread) for every second
    /// launch. Call only while holding the folder's lock, so that the socket file left by a copy
    /// that crashed can be replaced safely.
    ///
    /// # Errors
    /// When the socket cannot be made (the second launch then shows its message window).
    pub fn start(data_dir: &Path, raise: impl Fn() + Send + 'static) -> std::io::Result<Self> {
        let (file, listener) = platform::bind(data_dir)?;
        std::thread::Builder::new()
            .name("instance-listener".into())
            .spawn(move || {
                for stream in listener.incoming() {
                    let Ok(mut stream) = stream else { continue };
                    let _ = stream.set_read_timeout(Some(ANSWER_TIMEOUT));
                    let mut line = String::new();
                    let asked = BufReader::new(&mut stream).read_line(&mut line).is_ok()
                        && line.as_bytes() == REQUEST;
                    if asked {
                        raise();
                        let _ = writeln!(stream, "{ANSWER}");
                    }
                }
            })?;
        Ok(Self { file })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.file);
    }
}

/// Asks the copy running on `data_dir` to bring its window to the front. `true` when it said it
/// did within [`ANSWER_TIMEOUT`].
#[must_use]
pub fn ask_running_copy(data_dir: &Path) -> bool {
    let Ok(mut stream) = platform::connect(data_dir) else {
        return false;
    };
    if stream.set_read_timeout(Some(ANSWER_TIMEOUT)).is_err()
        || stream.set_write_timeout(Some(ANSWER_TIMEOUT)).is_err()
        || stream.write_all(REQUEST).is_err()
    {
        return false;
    }
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).is_ok() && line.trim_end() == ANSWER
}

#[cfg(unix)]
mod platform {
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::{Path, PathBuf};

    pub(super) fn bind(data_dir: &Path) -> std::io::Result<(PathBuf, UnixListener)> {
        let path = data_dir.join(super::SOCKET_FILE);
        // Left by a copy that crashed: the caller holds the lock, so nobody listens on it.
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path)?;
        Ok((path, listener))
    }

    pub(super) fn connect(data_dir: &Path) -> std::io::Result<UnixStream> {
        UnixStream::connect(data_dir.join(super::SOCKET_FILE))
    }
}

#[cfg(windows)]
mod platform {
    use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
    use std::path::{Path, PathBuf};

    pub(super) fn bind(data_dir: &Path) -> std::io::Result<(PathBuf, TcpListener)> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        let port = listener.local_addr()?.port();
        let path = data_dir.join(super::PORT_FILE);
        crate::store::write_file(&path, port.to_string().as_bytes())?;
        Ok((path, listener))
    }

    pub(super) fn connect(data_dir: &Path) -> std::io::Result<TcpStream> {
        let port: u16 = std::fs::read_to_string(data_dir.join(super::PORT_FILE))?
            .trim()
            .parse()
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData))?;
        TcpStream::connect_timeout(
            &SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
            super::ANSWER_TIMEOUT,
        )
    }
}

//! One window per person: the copy of the app that holds a data folder listens on a local
//! socket in that folder, and a second launch on the same folder asks it to come to the front
//! instead of opening a second window.
//!
//! On Unix the socket is a Unix domain socket, [`SOCKET_FILE`], in the private data folder. On
//! Windows it is a TCP socket on 127.0.0.1, which every program on the computer can reach: the
//! port file [`PORT_FILE`] (in the person's profile) holds the port and a random secret, and a
//! client that does not present the secret gets no answer at all.
//!
//! The exchange is one line each way: `raise` (with the secret on Windows) and `raised`. The
//! listener reads at most [`MAX_REQUEST`] bytes within [`REQUEST_DEADLINE`] in total, serves each
//! connection on a short-lived thread of its own (at most [`MAX_CONNECTIONS`] at once), and says
//! `raised` only once the window's thread has acted on the request ([`Raises::serve`]), within
//! [`RAISE_DEADLINE`]. A copy that does not answer within [`ANSWER_TIMEOUT`] (hung, closing,
//! its window not open yet, or a version without this) counts as not answering, and the second
//! launch shows its own message window.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, SyncSender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// The Unix socket in the data folder.
pub const SOCKET_FILE: &str = "signin-rescue.sock";
/// On Windows, the file in the data folder that holds the local TCP port and the secret.
pub const PORT_FILE: &str = "signin-rescue.port";
/// How long a second launch waits in total: for the socket to appear (the first copy holds the
/// lock but may still be opening it), and for the answer.
pub const ANSWER_TIMEOUT: Duration = Duration::from_millis(3500);
/// How long the listener waits for the window's thread to act on a raise.
pub const RAISE_DEADLINE: Duration = Duration::from_millis(2500);
/// How long a client has, in total, to send its request.
pub const REQUEST_DEADLINE: Duration = Duration::from_millis(500);
/// The longest request read: `raise`, a space and the secret fit well within it.
pub const MAX_REQUEST: usize = 64;
/// How many connections are served at once; more are closed at once.
pub const MAX_CONNECTIONS: usize = 16;

const ASK: &str = "raise";
const ANSWER: &str = "raised";
/// How often a second launch looks again for a socket that is not there yet.
const CONNECT_RETRY: Duration = Duration::from_millis(25);

/// The raise requests waiting for the window's thread, shared by the listener and the window.
///
/// The listener's thread [`asks`](Self::ask) and waits; the window's thread calls
/// [`serve`](Self::serve) at the start of every frame, which brings the window forward and
/// answers every waiting request. Until the window exists, or once it closes, nothing serves
/// them and they time out.
#[derive(Clone, Default)]
pub struct Raises {
    inner: Arc<Mutex<RaiseState>>,
}

#[derive(Default)]
struct RaiseState {
    waiting: Vec<SyncSender<()>>,
    wake: Option<Arc<dyn Fn() + Send + Sync>>,
    closed: bool,
}

impl std::fmt::Debug for Raises {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.state();
        f.debug_struct("Raises")
            .field("waiting", &state.waiting.len())
            .field("closed", &state.closed)
            .finish()
    }
}

impl Raises {
    fn state(&self) -> std::sync::MutexGuard<'_, RaiseState> {
        // A panic while holding the lock leaves a plain list, still usable.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sets what makes the window's thread run [`serve`](Self::serve) soon (a repaint
    /// request); called at once when requests are already waiting.
    pub fn on_request(&self, wake: impl Fn() + Send + Sync + 'static) {
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(wake);
        let waiting = {
            let mut state = self.state();
            state.wake = Some(Arc::clone(&wake));
            !state.waiting.is_empty()
        };
        if waiting {
            wake();
        }
    }

    /// On the window's thread: when a second launch is waiting, runs `raise` once and answers
    /// every waiting request. Returns whether it ran.
    pub fn serve(&self, raise: impl FnOnce()) -> bool {
        let waiting = std::mem::take(&mut self.state().waiting);
        if waiting.is_empty() {
            return false;
        }
        raise();
        for answer in waiting {
            // The listener may have given up waiting: nothing to do then.
            let _ = answer.try_send(());
        }
        true
    }

    /// The window is closing: requests waiting now or later are not answered.
    pub fn close(&self) {
        let mut state = self.state();
        state.closed = true;
        state.waiting.clear();
    }

    /// On the listener's side: asks the window's thread to come forward and waits up to
    /// `deadline` for it to have done so.
    #[must_use]
    pub fn ask(&self, deadline: Duration) -> bool {
        let (answer, answered) = mpsc::sync_channel(1);
        let wake = {
            let mut state = self.state();
            if state.closed {
                return false;
            }
            state.waiting.push(answer);
            state.wake.clone()
        };
        if let Some(wake) = wake {
            wake();
        }
        answered.recv_timeout(deadline).is_ok()
    }
}

/// Listens for second launches while it lives; removes its socket (or port) file when dropped.
#[derive(Debug)]
pub struct Listener {
    file: PathBuf,
    raises: Raises,
    stop: Arc<AtomicBool>,
    wake_accept: Option<platform::Waker>,
}

impl Listener {
    /// Starts listening in `data_dir`; every second launch is put to `raises` and answered
    /// `raised` only when the window's thread served it. Call only while holding the folder's
    /// lock, so that the socket file left by a copy that crashed can be replaced safely.
    ///
    /// # Errors
    /// When the socket cannot be made (the second launch then shows its message window).
    pub fn start(data_dir: &Path, raises: Raises) -> io::Result<Self> {
        let bound = platform::bind(data_dir)?;
        let file = bound.file.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let wake_accept = bound.waker.clone();
        let served = raises.clone();
        let stopped = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("instance-listener".into())
            .spawn(move || accept_loop(&bound, &served, &stopped))?;
        Ok(Self {
            file,
            raises,
            stop,
            wake_accept: Some(wake_accept),
        })
    }

    /// The window is closing: no second launch is told `raised` any more.
    pub fn close(&self) {
        self.raises.close();
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.raises.close();
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accepting thread, which sees `stop` and ends (closing the socket).
        if let Some(waker) = self.wake_accept.take() {
            waker.wake();
        }
        let _ = std::fs::remove_file(&self.file);
    }
}

/// One accepted connection: a Unix or a TCP stream.
trait Connection: Read + Write + Send + 'static {
    fn set_timeouts(&self, timeout: Duration) -> io::Result<()>;
}

/// A bound socket: Unix or TCP.
trait Accepting {
    type Stream: Connection;
    /// Waits for the next connection.
    fn accept(&self) -> io::Result<Self::Stream>;
    /// The one request it answers.
    fn request(&self) -> &[u8];
}

fn accept_loop(bound: &impl Accepting, raises: &Raises, stop: &AtomicBool) {
    let active = Arc::new(AtomicUsize::new(0));
    loop {
        let accepted = bound.accept();
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = accepted else { continue };
        // Too many at once: close this one rather than let a flood pile up threads.
        if active.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            active.fetch_sub(1, Ordering::SeqCst);
            continue;
        }
        let expected = bound.request().to_vec();
        let raises = raises.clone();
        let done = Arc::clone(&active);
        let spawned = std::thread::Builder::new()
            .name("instance-client".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                serve_connection(stream, &expected, &raises);
                done.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            active.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// Reads one request within [`REQUEST_DEADLINE`] and at most [`MAX_REQUEST`] bytes; answers
/// `raised` when it is `expected` and the window came forward, and nothing otherwise.
fn serve_connection(mut stream: impl Connection, expected: &[u8], raises: &Raises) {
    let deadline = Instant::now() + REQUEST_DEADLINE;
    let Some(request) = read_line_within(&mut stream, deadline) else {
        return;
    };
    if !same_secret(&request, expected) {
        return;
    }
    if raises.ask(RAISE_DEADLINE) {
        let _ = stream.set_timeouts(REQUEST_DEADLINE);
        let _ = stream.write_all(format!("{ANSWER}\n").as_bytes());
    }
}

/// Compares without stopping at the first difference, so that timing tells nothing about the
/// secret.
fn same_secret(got: &[u8], expected: &[u8]) -> bool {
    got.len() == expected.len()
        && got
            .iter()
            .zip(expected)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// One line (without its newline) of at most [`MAX_REQUEST`] bytes, read before `deadline`.
fn read_line_within(stream: &mut impl Connection, deadline: Instant) -> Option<Vec<u8>> {
    let mut buffer = [0u8; MAX_REQUEST];
    let mut len = 0;
    loop {
        let left = deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())?;
        stream.set_timeouts(left).ok()?;
        let read = match stream.read(&mut buffer[len..]) {
            Ok(0) => return None,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        };
        let start = len;
        len += read;
        if let Some(end) = buffer[start..len].iter().position(|&b| b == b'\n') {
            return Some(buffer[..start + end].to_vec());
        }
        if len == MAX_REQUEST {
            return None;
        }
    }
}

/// Asks the copy running on `data_dir` to bring its window to the front. `true` when it said it
/// did within [`ANSWER_TIMEOUT`]. A socket that is not there yet is looked for again until
/// then: the copy holding the lock may be opening it this very moment.
#[must_use]
pub fn ask_running_copy(data_dir: &Path) -> bool {
    ask_within(data_dir, ANSWER_TIMEOUT)
}

fn ask_within(data_dir: &Path, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    let (mut stream, request) = loop {
        match platform::connect(data_dir, deadline) {
            Ok(connected) => break connected,
            Err(_) if Instant::now() + CONNECT_RETRY < deadline => {
                std::thread::sleep(CONNECT_RETRY);
            }
            Err(_) => return false,
        }
    };
    let mut line = request;
    line.push(b'\n');
    let Some(left) = deadline.checked_duration_since(Instant::now()) else {
        return false;
    };
    if stream.set_timeouts(left).is_err() || stream.write_all(&line).is_err() {
        return false;
    }
    read_line_within(&mut stream, deadline).is_some_and(|answer| answer == ANSWER.as_bytes())
}

#[cfg(unix)]
impl Connection for std::os::unix::net::UnixStream {
    fn set_timeouts(&self, timeout: Duration) -> io::Result<()> {
        self.set_read_timeout(Some(timeout))?;
        self.set_write_timeout(Some(timeout))
    }
}

impl Connection for std::net::TcpStream {
    fn set_timeouts(&self, timeout: Duration) -> io::Result<()> {
        self.set_read_timeout(Some(timeout))?;
        self.set_write_timeout(Some(timeout))
    }
}

#[cfg(unix)]
use unix_socket as platform;

#[cfg(not(unix))]
use tcp as platform;

#[cfg(unix)]
mod unix_socket {
    use std::io;
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    /// The bound socket, its file and the request it expects.
    pub(super) struct Bound {
        pub(super) file: PathBuf,
        pub(super) request: Vec<u8>,
        pub(super) waker: Waker,
        listener: UnixListener,
    }

    impl super::Accepting for Bound {
        type Stream = UnixStream;

        fn accept(&self) -> io::Result<UnixStream> {
            self.listener.accept().map(|(stream, _)| stream)
        }

        fn request(&self) -> &[u8] {
            &self.request
        }
    }

    /// Connects once to the socket so that a blocked `accept` returns.
    #[derive(Debug, Clone)]
    pub(super) struct Waker(PathBuf);

    impl Waker {
        pub(super) fn wake(&self) {
            let _ = UnixStream::connect(&self.0);
        }
    }

    pub(super) fn bind(data_dir: &Path) -> io::Result<Bound> {
        let path = data_dir.join(super::SOCKET_FILE);
        // Left by a copy that crashed: the caller holds the lock, so nobody listens on it.
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path)?;
        Ok(Bound {
            waker: Waker(path.clone()),
            file: path,
            // Only the person can reach a socket in their private (0700) folder.
            request: super::ASK.as_bytes().to_vec(),
            listener,
        })
    }

    pub(super) fn connect(
        data_dir: &Path,
        _deadline: Instant,
    ) -> io::Result<(UnixStream, Vec<u8>)> {
        let stream = UnixStream::connect(data_dir.join(super::SOCKET_FILE))?;
        Ok((stream, super::ASK.as_bytes().to_vec()))
    }
}

/// The Windows channel, TCP on 127.0.0.1 with a secret; built everywhere so that it is tested
/// on every system.
#[cfg_attr(
    all(unix, not(test)),
    expect(dead_code, reason = "used on Windows; tested everywhere")
)]
mod tcp {
    use std::io;
    use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    /// The bound socket, the port file and the request it expects (with the secret).
    pub(super) struct Bound {
        pub(super) file: PathBuf,
        pub(super) request: Vec<u8>,
        pub(super) waker: Waker,
        listener: TcpListener,
    }

    impl super::Accepting for Bound {
        type Stream = TcpStream;

        fn accept(&self) -> io::Result<TcpStream> {
            self.listener.accept().map(|(stream, _)| stream)
        }

        fn request(&self) -> &[u8] {
            &self.request
        }
    }

    /// Connects once to the port so that a blocked `accept` returns.
    #[derive(Debug, Clone)]
    pub(super) struct Waker(pub(super) SocketAddr);

    impl Waker {
        pub(super) fn wake(&self) {
            let _ = TcpStream::connect_timeout(&self.0, super::REQUEST_DEADLINE);
        }
    }

    /// 128 random bits, in hex.
    fn secret() -> io::Result<String> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
        Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    fn request(secret: &str) -> Vec<u8> {
        format!("{} {secret}", super::ASK).into_bytes()
    }

    pub(super) fn bind(data_dir: &Path) -> io::Result<Bound> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        let address = listener.local_addr()?;
        let secret = secret()?;
        let path = data_dir.join(super::PORT_FILE);
        crate::store::write_file(&path, format!("{} {secret}\n", address.port()).as_bytes())?;
        Ok(Bound {
            file: path,
            request: request(&secret),
            waker: Waker(address),
            listener,
        })
    }

    pub(super) fn connect(data_dir: &Path, deadline: Instant) -> io::Result<(TcpStream, Vec<u8>)> {
        let invalid = || io::Error::from(io::ErrorKind::InvalidData);
        let text = std::fs::read_to_string(data_dir.join(super::PORT_FILE))?;
        let (port, secret) = text.trim().split_once(' ').ok_or_else(invalid)?;
        let port: u16 = port.parse().map_err(|_| invalid())?;
        let left = deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
            .ok_or_else(|| io::Error::from(io::ErrorKind::TimedOut))?;
        let stream =
            TcpStream::connect_timeout(&SocketAddr::from((Ipv4Addr::LOCALHOST, port)), left)?;
        Ok((stream, request(secret)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A window's thread that serves raises until `stop`.
    fn serving(raises: &Raises) -> Arc<AtomicUsize> {
        let count = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = mpsc::channel::<()>();
        raises.on_request(move || {
            let _ = tx.send(());
        });
        let served = raises.clone();
        let counted = Arc::clone(&count);
        std::thread::spawn(move || {
            while rx.recv().is_ok() {
                served.serve(|| {
                    counted.fetch_add(1, Ordering::SeqCst);
                });
            }
        });
        count
    }

    #[test]
    fn raised_only_once_the_window_acted() {
        let raises = Raises::default();
        // No window yet: nobody serves, the request times out.
        assert!(!raises.ask(Duration::from_millis(50)));
        let count = serving(&raises);
        assert!(raises.ask(RAISE_DEADLINE));
        assert!(count.load(Ordering::SeqCst) >= 1);
        raises.close();
        assert!(!raises.ask(RAISE_DEADLINE), "a closing window says nothing");
    }

    #[test]
    fn over_tcp_only_a_client_with_the_secret_gets_an_answer() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bound = tcp::bind(dir.path()).expect("binds");
        assert!(bound.file.is_file(), "the port file is written");
        let raises = Raises::default();
        let _count = serving(&raises);
        let stop = Arc::new(AtomicBool::new(false));
        let waker = bound.waker.clone();
        let served = raises.clone();
        let stopped = Arc::clone(&stop);
        let thread = std::thread::spawn(move || accept_loop(&bound, &served, &stopped));
        let deadline = Instant::now() + ANSWER_TIMEOUT;
        let (mut stream, request) = tcp::connect(dir.path(), deadline).expect("connects");
        let mut line = request.clone();
        line.push(b'\n');
        stream.write_all(&line).expect("asks");
        assert_eq!(
            read_line_within(&mut stream, deadline).as_deref(),
            Some(ANSWER.as_bytes())
        );
        // Without the secret, or with a wrong one: nothing comes back.
        for wrong in [b"raise\n".to_vec(), b"raise 0000\n".to_vec()] {
            let (mut stream, _) = tcp::connect(dir.path(), deadline).expect("connects");
            stream.write_all(&wrong).expect("asks");
            let mut answer = Vec::new();
            stream
                .set_read_timeout(Some(ANSWER_TIMEOUT))
                .expect("timeout");
            let _ = stream.read_to_end(&mut answer);
            assert!(answer.is_empty(), "{answer:?}");
        }
        stop.store(true, Ordering::SeqCst);
        waker.wake();
        thread.join().expect("the accepting thread ends");
    }

    #[test]
    fn a_request_without_an_end_is_cut_at_the_cap_and_the_deadline() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bound = tcp::bind(dir.path()).expect("binds");
        let address = bound.waker.0;
        let listener_thread = std::thread::spawn(move || {
            let stream = Accepting::accept(&bound).expect("accepts");
            let started = Instant::now();
            let mut stream = stream;
            let got = read_line_within(&mut stream, started + REQUEST_DEADLINE);
            (got, started.elapsed())
        });
        let mut client = std::net::TcpStream::connect(address).expect("connects");
        // One byte at a time, slower than nothing but never a newline.
        for _ in 0..10 {
            if client.write_all(b"r").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let (got, took) = listener_thread.join().expect("ends");
        assert_eq!(got, None);
        assert!(
            took < REQUEST_DEADLINE + Duration::from_millis(200),
            "{took:?}"
        );
    }
}

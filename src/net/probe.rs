//! The blocking probes of one host: name lookup, TCP connection, TLS handshake, portal page.
//! Every probe is bounded by its deadline.

use std::io::{self, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rustls::pki_types::ServerName;

use crate::net::{
    CheckConfig, Failure, HostReport, PORTAL_EXPECTED, PORTAL_PATH, Stage, StageResult,
};

/// The most the portal probe reads: the real page is 22 bytes; a login page is bigger.
const MAX_RESPONSE: usize = 64 * 1024;

/// Whether the routing table has a way to the internet. Connecting a UDP socket sends
/// nothing; it only asks the system which way packets would go. The addresses are
/// Microsoft's connectivity-test addresses, used here only as destinations to route to.
#[must_use]
pub fn has_route() -> bool {
    let routes = [
        ("0.0.0.0:0", "13.107.4.52:80"),
        ("[::]:0", "[2620:1ec:c11::200]:80"),
    ];
    routes.iter().any(|(local, remote)| {
        UdpSocket::bind(local).is_ok_and(|socket| socket.connect(remote).is_ok())
    })
}

fn millis(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}

fn io_failure(error: &io::Error) -> Failure {
    match error.kind() {
        io::ErrorKind::ConnectionRefused => Failure::Refused,
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => Failure::TimedOut,
        io::ErrorKind::NetworkUnreachable | io::ErrorKind::HostUnreachable => Failure::Unreachable,
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::UnexpectedEof
        | io::ErrorKind::BrokenPipe => Failure::Reset,
        _ => Failure::Other,
    }
}

fn tls_failure(error: &io::Error) -> Failure {
    let Some(rustls_error) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    else {
        return io_failure(error);
    };
    match rustls_error {
        rustls::Error::InvalidCertificate(
            rustls::CertificateError::NotValidForName
            | rustls::CertificateError::NotValidForNameContext { .. },
        ) => Failure::WrongHostCertificate,
        // Every genuine certificate looks expired or not yet valid when the computer's clock
        // is far off: that is the clock, not an attack.
        rustls::Error::InvalidCertificate(
            rustls::CertificateError::Expired
            | rustls::CertificateError::ExpiredContext { .. }
            | rustls::CertificateError::NotValidYet
            | rustls::CertificateError::NotValidYetContext { .. },
        ) => Failure::ClockWrong,
        rustls::Error::InvalidCertificate(_) => Failure::UntrustedCertificate,
        _ => Failure::HandshakeFailed,
    }
}

/// The most name lookups left running at once. A lookup that times out is abandoned on its
/// helper thread (the system resolver cannot be cancelled); a hung resolver and repeated checks
/// must not pile up threads, so past this many the lookup fails at once as timed out. (One
/// check makes six lookups at once; 32 leaves room for checks running side by side.)
pub const MAX_PENDING_LOOKUPS: usize = 32;

static PENDING_LOOKUPS: AtomicUsize = AtomicUsize::new(0);

/// Counts a running lookup for as long as it lives.
struct PendingLookup;

impl PendingLookup {
    fn start() -> Option<Self> {
        PENDING_LOOKUPS
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < MAX_PENDING_LOOKUPS).then_some(n + 1)
            })
            .ok()
            .map(|_| Self)
    }
}

impl Drop for PendingLookup {
    fn drop(&mut self) {
        PENDING_LOOKUPS.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Looks up `host` on a helper thread, so a slow system resolver cannot hold the check past
/// `timeout` (the helper is abandoned then; it ends by itself). At most
/// [`MAX_PENDING_LOOKUPS`] helpers run at once.
fn resolve(
    config: &CheckConfig,
    host: &str,
    port: u16,
    timeout: Duration,
) -> Result<Vec<SocketAddr>, Failure> {
    let Some(pending) = PendingLookup::start() else {
        log::warn!("too many name lookups still running; not starting another");
        return Err(Failure::TimedOut);
    };
    let (sender, receiver) = mpsc::channel();
    let resolver = Arc::clone(&config.resolver);
    let name = host.to_owned();
    std::thread::Builder::new()
        .name("net-resolve".into())
        .spawn(move || {
            let _pending = pending;
            let _ = sender.send(resolver.resolve(&name, port));
        })
        .map_err(|_| Failure::Other)?;
    receiver
        .recv_timeout(timeout)
        .unwrap_or(Err(Failure::TimedOut))
}

/// Tries each address in turn within `timeout`.
fn connect(addrs: &[SocketAddr], timeout: Duration) -> Result<TcpStream, Failure> {
    let deadline = Instant::now() + timeout;
    let mut last = Failure::Other;
    for addr in addrs {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Failure::TimedOut);
        }
        match TcpStream::connect_timeout(addr, left) {
            Ok(stream) => return Ok(stream),
            Err(e) => last = io_failure(&e),
        }
    }
    Err(last)
}

fn handshake(
    config: &CheckConfig,
    host: &str,
    mut stream: TcpStream,
    timeout: Duration,
) -> Result<(), Failure> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|_| Failure::Other)?
        .with_root_certificates(Arc::clone(&config.roots))
        .with_no_client_auth();
    let name = ServerName::try_from(host.to_owned()).map_err(|_| Failure::Other)?;
    let mut connection =
        rustls::ClientConnection::new(Arc::new(client), name).map_err(|_| Failure::Other)?;
    // One deadline for the whole handshake: each read and write gets only the time left, and
    // the deadline is checked between them, so a middlebox that dribbles a byte at a time
    // cannot keep the check (and its thread) forever, as one `complete_io` could.
    let deadline = Instant::now() + timeout;
    while connection.is_handshaking() {
        set_time_left(&stream, deadline)?;
        if connection.wants_write() {
            connection
                .write_tls(&mut stream)
                .map_err(|e| io_failure(&e))?;
            continue;
        }
        match connection.read_tls(&mut stream) {
            Ok(0) => return Err(Failure::Reset),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_failure(&e)),
        }
        if let Err(e) = connection.process_new_packets() {
            // Tell the server why, as `complete_io` would; best effort.
            let _ = connection.write_tls(&mut stream);
            return Err(tls_failure(&io::Error::new(io::ErrorKind::InvalidData, e)));
        }
    }
    connection.send_close_notify();
    // Best effort: the handshake already proved what the check wants to know.
    if set_time_left(&stream, deadline).is_ok() {
        let _ = connection.write_tls(&mut stream);
    }
    Ok(())
}

/// Gives the next read and write on `stream` only the time left before `deadline`.
fn set_time_left(stream: &TcpStream, deadline: Instant) -> Result<(), Failure> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(Failure::TimedOut);
    }
    stream
        .set_read_timeout(Some(left))
        .and_then(|()| stream.set_write_timeout(Some(left)))
        .map_err(|e| io_failure(&e))
}

/// Fetches the portal test page and compares it with what Microsoft serves.
fn portal_page(host: &str, mut stream: TcpStream, timeout: Duration) -> Result<(), Failure> {
    let deadline = Instant::now() + timeout;
    set_time_left(&stream, deadline)?;
    let request = format!(
        "GET {PORTAL_PATH} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: signin-rescue\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| io_failure(&e))?;
    let mut response = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        // Each read gets the time left, not the whole stage's time again.
        set_time_left(&stream, deadline)?;
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => {
                response.extend_from_slice(&buffer[..n]);
                if response.len() > MAX_RESPONSE {
                    return Err(Failure::PortalPage);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if response.is_empty() => return Err(io_failure(&e)),
            Err(_) => break,
        }
    }
    if response.is_empty() {
        return Err(Failure::Reset);
    }
    if is_expected_page(&response) {
        Ok(())
    } else {
        Err(Failure::PortalPage)
    }
}

/// Whether an HTTP response is a 200 whose body is exactly the expected text.
#[must_use]
pub fn is_expected_page(response: &[u8]) -> bool {
    let Some(split) = response.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&response[..split]).to_ascii_lowercase();
    let body = &response[split + 4..];
    let status_ok = head
        .lines()
        .next()
        .is_some_and(|status| status.split_whitespace().nth(1) == Some("200"));
    let body = if head.contains("transfer-encoding: chunked") {
        dechunk(body)
    } else {
        body.to_vec()
    };
    status_ok && String::from_utf8_lossy(&body).trim_end() == PORTAL_EXPECTED
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size_text = String::from_utf8_lossy(&body[..line_end]);
        let Ok(size) = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
        else {
            return out;
        };
        let start = line_end + 2;
        // The size comes from the network: never trust it to fit.
        let Some(end) = start.checked_add(size).filter(|end| *end <= body.len()) else {
            return out;
        };
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[start..end]);
        body = body.get(end.saturating_add(2)..).unwrap_or_default();
    }
}

/// Runs the stages for one host, calling `report` after each; stops at the first failure.
pub fn check_host(
    config: &CheckConfig,
    host: &str,
    portal: bool,
    mut report: impl FnMut(StageResult),
) -> HostReport {
    let port = if portal {
        config.http_port
    } else {
        config.tls_port
    };
    let timeout = config.stage_timeout;
    let mut stages = Vec::new();
    let mut record = |stage: Stage, started: Instant, failure: Option<Failure>| {
        let result = StageResult {
            stage,
            failure,
            millis: millis(started),
        };
        report(result);
        stages.push(result);
        failure.is_none()
    };

    let started = Instant::now();
    let addrs = match resolve(config, host, port, timeout) {
        Ok(addrs) => {
            record(Stage::Dns, started, None);
            addrs
        }
        Err(failure) => {
            record(Stage::Dns, started, Some(failure));
            return HostReport {
                host: host.to_owned(),
                stages,
            };
        }
    };
    let started = Instant::now();
    let connected = connect(&addrs, timeout);
    let stream = match connected {
        Ok(stream) => {
            record(Stage::Tcp, started, None);
            stream
        }
        Err(failure) => {
            record(Stage::Tcp, started, Some(failure));
            return HostReport {
                host: host.to_owned(),
                stages,
            };
        }
    };
    let started = Instant::now();
    if portal {
        let result = portal_page(host, stream, timeout);
        record(Stage::Http, started, result.err());
    } else {
        let result = handshake(config, host, stream, timeout);
        record(Stage::Tls, started, result.err());
    }
    HostReport {
        host: host.to_owned(),
        stages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A resolver that hangs until released, counting how often it was asked.
    struct Hung {
        calls: std::sync::atomic::AtomicUsize,
        release: std::sync::Mutex<mpsc::Receiver<()>>,
    }

    impl crate::net::Resolver for Hung {
        fn resolve(&self, _host: &str, _port: u16) -> Result<Vec<SocketAddr>, Failure> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let release = self
                .release
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let _ = release.recv();
            Err(Failure::NameNotFound)
        }
    }

    #[test]
    fn lookups_that_time_out_do_not_pile_up_threads() {
        let (release, waiting) = mpsc::channel();
        let hung = Arc::new(Hung {
            calls: AtomicUsize::new(0),
            release: std::sync::Mutex::new(waiting),
        });
        let mut config = CheckConfig::production();
        config.resolver = hung.clone();
        for _ in 0..3 * MAX_PENDING_LOOKUPS {
            let result = resolve(&config, "login.live.com", 443, Duration::from_millis(1));
            assert_eq!(result, Err(Failure::TimedOut));
        }
        // Every helper thread still hangs: no more of them than the limit were started.
        assert_eq!(PENDING_LOOKUPS.load(Ordering::SeqCst), MAX_PENDING_LOOKUPS);
        assert!(hung.calls.load(Ordering::SeqCst) <= MAX_PENDING_LOOKUPS);
        // Let every abandoned helper end, so other tests find the slots free.
        for _ in 0..3 * MAX_PENDING_LOOKUPS {
            let _ = release.send(());
        }
        drop(release);
        let deadline = Instant::now() + Duration::from_secs(10);
        while PENDING_LOOKUPS.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::yield_now();
        }
        assert_eq!(PENDING_LOOKUPS.load(Ordering::SeqCst), 0, "helpers end");
    }

    #[test]
    fn the_real_portal_answer_is_recognised() {
        let ok = b"HTTP/1.1 200 OK\r\nContent-Length: 22\r\nContent-Type: text/plain\r\n\r\nMicrosoft Connect Test";
        assert!(is_expected_page(ok));
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n16\r\nMicrosoft Connect Test\r\n0\r\n\r\n";
        assert!(is_expected_page(chunked));
    }

    #[test]
    fn a_hostile_chunk_size_is_refused_without_panicking() {
        let hostile = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nX";
        assert!(!is_expected_page(hostile));
        let short = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\nMicrosoft";
        assert!(!is_expected_page(short));
    }

    #[test]
    fn portal_pages_and_redirects_are_not() {
        let login = b"HTTP/1.1 200 OK\r\n\r\n<html><body>Hotel Wi-Fi login</body></html>";
        let redirect = b"HTTP/1.1 302 Found\r\nLocation: /hotel-login\r\n\r\n";
        let almost = b"HTTP/1.1 200 OK\r\n\r\nMicrosoft Connect Test Plus";
        for response in [&login[..], redirect, almost, b"garbage"] {
            assert!(!is_expected_page(response));
        }
    }
}

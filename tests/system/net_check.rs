//! The connectivity check against servers on 127.0.0.1 that the test starts: a TLS server
//! signed by a test authority, one whose certificate names another host, one signed by an
//! unknown authority, a closed port, a listener that never answers, and HTTP servers giving
//! the expected text or a portal page. No internet is needed.

use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use signin_rescue::clock::ManualClock;
use signin_rescue::net::run::{CheckEvent, Checker};
use signin_rescue::net::{CheckConfig, Failure, PORTAL_EXPECTED, Report, Resolver, Stage, Verdict};

/// Points each name at a port on 127.0.0.1; unknown names do not resolve.
struct LocalResolver(HashMap<String, u16>);

impl Resolver for LocalResolver {
    fn resolve(&self, host: &str, _port: u16) -> Result<Vec<SocketAddr>, Failure> {
        self.0
            .get(host)
            .map(|port| vec![SocketAddr::from(([127, 0, 0, 1], *port))])
            .ok_or(Failure::NameNotFound)
    }
}

/// A test certificate authority.
struct Authority {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl Authority {
    fn new() -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let key = KeyPair::generate().expect("key");
        Self {
            issuer: CertifiedIssuer::self_signed(params, key).expect("CA"),
        }
    }

    fn roots(&self) -> rustls::RootCertStore {
        let mut roots = rustls::RootCertStore::empty();
        roots.add(self.issuer.der().clone()).expect("root");
        roots
    }

    /// A certificate for `name`, and its key.
    fn certificate(&self, name: &str) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
        self.sign(&CertificateParams::new(vec![name.to_owned()]).expect("params"))
    }

    /// A certificate for `name` that stopped being valid years ago, as every certificate
    /// looks to a computer whose clock is set far in the future.
    fn expired_certificate(&self, name: &str) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
        let mut params = CertificateParams::new(vec![name.to_owned()]).expect("params");
        params.not_before = rcgen::date_time_ymd(2001, 1, 1);
        params.not_after = rcgen::date_time_ymd(2002, 1, 1);
        self.sign(&params)
    }

    fn sign(
        &self,
        params: &CertificateParams,
    ) -> (CertificateDer<'static>, PrivateKeyDer<'static>) {
        let key = KeyPair::generate().expect("key");
        let cert = params.signed_by(&key, &self.issuer).expect("signed");
        (
            cert.der().clone(),
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        )
    }
}

/// A TLS server that completes handshakes with this certificate, forever.
fn tls_server((cert, key): (CertificateDer<'static>, PrivateKeyDer<'static>)) -> u16 {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(vec![cert], key)
            .expect("server config"),
    );
    serve(move |mut stream| {
        let Ok(mut connection) = rustls::ServerConnection::new(Arc::clone(&config)) else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
        while connection.is_handshaking() {
            if connection.complete_io(&mut stream).is_err() {
                return;
            }
        }
        let _ = connection.complete_io(&mut stream);
    })
}

/// An HTTP server that answers every request with `response`.
fn http_server(response: &'static str) -> u16 {
    serve(move |mut stream| {
        let mut request = [0u8; 1024];
        let _ = stream.read(&mut request);
        let _ = stream.write_all(response.as_bytes());
    })
}

/// A server that accepts connections and never says a word.
fn silent_server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    port
}

/// A port nobody listens on.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn serve(handle: impl Fn(TcpStream) + Send + Sync + 'static) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let handle = Arc::new(handle);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let handle = Arc::clone(&handle);
            std::thread::spawn(move || handle(stream));
        }
    });
    port
}

const HOSTS: [&str; 2] = ["login.live.com", "account.live.com"];
const PORTAL_OK: &str =
    "HTTP/1.1 200 OK\r\nContent-Length: 22\r\nConnection: close\r\n\r\nMicrosoft Connect Test";
const PORTAL_LOGIN: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>Please accept the terms of this Wi-Fi</body></html>";

fn config(authority: &Authority, ports: &[(&str, u16)], portal_port: Option<u16>) -> CheckConfig {
    let mut map: HashMap<String, u16> = ports.iter().map(|(h, p)| ((*h).to_owned(), *p)).collect();
    if let Some(port) = portal_port {
        map.insert("www.msftconnecttest.com".into(), port);
    }
    CheckConfig {
        hosts: ports.iter().map(|(h, _)| (*h).to_owned()).collect(),
        tls_port: 443,
        portal_host: "www.msftconnecttest.com".into(),
        http_port: 80,
        resolver: Arc::new(LocalResolver(map)),
        roots: Arc::new(authority.roots()),
        has_route: Arc::new(|| true),
        stage_timeout: Duration::from_millis(800),
        total_timeout: Duration::from_secs(10),
    }
}

fn run(config: CheckConfig) -> (Report, usize) {
    let clock = ManualClock::new("2026-11-25T09:00:00Z".parse().expect("valid"));
    let checker = Checker::start(config, Arc::new(clock)).expect("thread");
    let mut stages = 0;
    loop {
        match checker
            .next_event(Duration::from_secs(30))
            .expect("the check ends")
        {
            CheckEvent::Stage { .. } => stages += 1,
            CheckEvent::Finished(report) => return (report, stages),
        }
    }
}

#[test]
fn everything_reachable() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS
        .iter()
        .map(|h| (*h, tls_server(ca.certificate(h))))
        .collect();
    let (report, stages) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert_eq!(report.verdict, Verdict::AllClear, "{report:#?}");
    assert_eq!(stages, 3 * 3, "each stage was reported as it finished");
    for host in &report.hosts {
        let names: Vec<Stage> = host.stages.iter().map(|s| s.stage).collect();
        assert_eq!(names, [Stage::Dns, Stage::Tcp, Stage::Tls]);
    }
    assert_eq!(report.at.to_string(), "2026-11-25T09:00:00Z");
    assert_eq!(PORTAL_EXPECTED, "Microsoft Connect Test");
}

#[test]
fn a_closed_port_is_blocked() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS.iter().map(|h| (*h, closed_port())).collect();
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert_eq!(report.verdict, Verdict::Blocked);
    assert_eq!(
        report.hosts[0].failure(),
        Some((Stage::Tcp, Failure::Refused))
    );
}

#[test]
fn a_server_that_never_answers_times_out() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS.iter().map(|h| (*h, silent_server())).collect();
    let started = Instant::now();
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "stage timeouts hold"
    );
    assert_eq!(report.verdict, Verdict::Blocked);
    assert_eq!(
        report.hosts[0].failure(),
        Some((Stage::Tls, Failure::TimedOut))
    );
}

#[test]
fn a_certificate_for_another_host_means_interception() {
    let ca = Authority::new();
    let ports = [
        (
            "login.live.com",
            tls_server(ca.certificate("proxy.example")),
        ),
        (
            "account.live.com",
            tls_server(ca.certificate("account.live.com")),
        ),
    ];
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert_eq!(report.verdict, Verdict::Intercepted);
    assert_eq!(
        report.hosts[0].failure(),
        Some((Stage::Tls, Failure::WrongHostCertificate))
    );
}

#[test]
fn an_unknown_authority_means_interception() {
    let ca = Authority::new();
    let stranger = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS
        .iter()
        .map(|h| (*h, tls_server(stranger.certificate(h))))
        .collect();
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert_eq!(report.verdict, Verdict::Intercepted);
    assert_eq!(
        report.hosts[1].failure(),
        Some((Stage::Tls, Failure::UntrustedCertificate))
    );
}

#[test]
fn certificates_that_look_expired_mean_the_clock_is_wrong() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS
        .iter()
        .map(|h| (*h, tls_server(ca.expired_certificate(h))))
        .collect();
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert_eq!(report.verdict, Verdict::ClockWrong);
    assert_eq!(
        report.hosts[0].failure(),
        Some((Stage::Tls, Failure::ClockWrong))
    );
}

#[test]
fn a_login_page_instead_of_the_test_text_is_a_captive_portal() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS.iter().map(|h| (*h, closed_port())).collect();
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_LOGIN))));
    assert_eq!(report.verdict, Verdict::CaptivePortal);
    assert_eq!(
        report.portal.failure(),
        Some((Stage::Http, Failure::PortalPage))
    );
}

#[test]
fn names_that_do_not_resolve_are_a_dns_problem() {
    let ca = Authority::new();
    let mut config = config(&ca, &[], None);
    config.hosts = HOSTS.iter().map(|h| (*h).to_owned()).collect();
    let (report, _) = run(config);
    assert_eq!(report.verdict, Verdict::Dns);
    assert_eq!(
        report.hosts[0].failure(),
        Some((Stage::Dns, Failure::NameNotFound))
    );
}

#[test]
fn no_route_means_no_internet_and_nothing_is_tried() {
    let ca = Authority::new();
    let mut config = config(&ca, &[("login.live.com", closed_port())], None);
    config.has_route = Arc::new(|| false);
    let (report, stages) = run(config);
    assert_eq!(report.verdict, Verdict::NoInternet);
    assert_eq!(stages, 0);
}

#[test]
fn some_reachable_and_some_not_is_partial() {
    let ca = Authority::new();
    let ports = [
        (
            "login.live.com",
            tls_server(ca.certificate("login.live.com")),
        ),
        ("account.live.com", closed_port()),
    ];
    let (report, _) = run(config(&ca, &ports, Some(http_server(PORTAL_OK))));
    assert_eq!(report.verdict, Verdict::Partial);
}

#[test]
fn cancelling_stops_within_a_second() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS.iter().map(|h| (*h, silent_server())).collect();
    let mut config = config(&ca, &ports, Some(silent_server()));
    config.stage_timeout = Duration::from_secs(5);
    let clock = ManualClock::new("2026-11-25T09:00:00Z".parse().expect("valid"));
    let checker = Checker::start(config, Arc::new(clock)).expect("thread");
    std::thread::sleep(Duration::from_millis(300));
    let cancelled = Instant::now();
    checker.cancel();
    let report = loop {
        match checker
            .next_event(Duration::from_secs(10))
            .expect("an answer")
        {
            CheckEvent::Finished(report) => break report,
            CheckEvent::Stage { .. } => {}
        }
    };
    assert!(
        cancelled.elapsed() < Duration::from_secs(1),
        "{:?}",
        cancelled.elapsed()
    );
    assert_eq!(report.verdict, Verdict::Cancelled);
}

#[test]
fn the_whole_check_has_a_deadline() {
    let ca = Authority::new();
    let ports: Vec<(&str, u16)> = HOSTS.iter().map(|h| (*h, silent_server())).collect();
    let mut config = config(&ca, &ports, Some(silent_server()));
    config.stage_timeout = Duration::from_secs(5);
    config.total_timeout = Duration::from_millis(700);
    let started = Instant::now();
    let (report, _) = run(config);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        report.hosts[0].failure(),
        Some((Stage::Tls, Failure::TimedOut))
    );
    assert_eq!(report.verdict, Verdict::Blocked);
}

/// A middlebox that starts a TLS record and then sends one byte of it every 50 ms, forever.
fn dribbling_server() -> u16 {
    serve(|mut stream| {
        let mut hello = [0u8; 4096];
        let _ = stream.read(&mut hello);
        // A handshake record announcing 16 KiB, which never completes.
        if stream.write_all(&[0x16, 0x03, 0x03, 0x40, 0x00]).is_err() {
            return;
        }
        while stream.write_all(&[0]).is_ok() {
            std::thread::sleep(Duration::from_millis(50));
        }
    })
}

#[test]
fn a_dribbling_middlebox_cannot_hold_the_handshake_past_its_deadline() {
    let ca = Authority::new();
    let port = dribbling_server();
    let config = config(&ca, &[("login.live.com", port)], None);
    let (sender, answer) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let report =
            signin_rescue::net::probe::check_host(&config, "login.live.com", false, |_| {});
        let _ = sender.send(report);
    });
    // The stage timeout is 800 ms; without one deadline for the whole handshake the probe
    // never returns.
    let report = answer
        .recv_timeout(Duration::from_secs(10))
        .expect("the probe ends");
    assert_eq!(report.failure(), Some((Stage::Tls, Failure::TimedOut)));
}

#[test]
fn the_portal_read_gets_only_the_time_left() {
    // Answers one byte after 600 ms, then nothing: the stage (800 ms) must end at its deadline,
    // not 800 ms after that byte.
    let port = serve(|mut stream| {
        let mut request = [0u8; 1024];
        let _ = stream.read(&mut request);
        std::thread::sleep(Duration::from_millis(600));
        let _ = stream.write_all(b"H");
        std::thread::sleep(Duration::from_secs(5));
    });
    let ca = Authority::new();
    let config = config(&ca, &[], Some(port));
    let started = Instant::now();
    let report =
        signin_rescue::net::probe::check_host(&config, "www.msftconnecttest.com", true, |_| {});
    let took = started.elapsed();
    assert_eq!(report.failure(), Some((Stage::Http, Failure::PortalPage)));
    assert!(took < Duration::from_millis(1200), "took {took:?}");
}

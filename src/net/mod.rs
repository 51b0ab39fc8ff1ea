//! The connectivity check: can this computer reach Microsoft's sign-in servers?
//!
//! When the person starts it, and only then, the check resolves each host's name, opens a TCP
//! connection to port 443 and completes a TLS handshake with full certificate validation
//! (rustls), and fetches Windows' own captive-portal test page. Each stage has a timeout; the
//! hosts are checked side by side, so the whole check ends within [`TOTAL_TIMEOUT`]. Nothing is
//! sent but the handshake and one plain GET: no credentials, no account data.
//!
//! The resolver, the hosts and the trusted roots are injectable, so tests run against servers
//! on 127.0.0.1.
//!
//! This module itself is plain data (the configuration, the report and its verdict), which the
//! person's progress keeps; the I/O lives in `probe` (one host's stages) and `run` (the whole
//! check on its own thread).

pub mod probe;
pub mod run;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::i18n::TextId;

/// How long one stage (a name lookup, a connection, a handshake) may take.
pub const STAGE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long the whole check may take at worst.
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(20);

/// The hosts checked by default, from `research/recovery-facts.md` §4.
pub const SIGN_IN_HOSTS: [&str; 5] = [
    "login.live.com",
    "account.live.com",
    "account.microsoft.com",
    "logincdn.msauth.net",
    "support.microsoft.com",
];

/// Windows' captive-portal test: this page must read exactly [`PORTAL_EXPECTED`].
pub const PORTAL_HOST: &str = "www.msftconnecttest.com";
/// The path of the captive-portal test page.
pub const PORTAL_PATH: &str = "/connecttest.txt";
/// What the captive-portal test page says when nothing is in the way.
pub const PORTAL_EXPECTED: &str = "Microsoft Connect Test";

/// Every host the check may contact. The production target list must stay inside it.
pub const CHECK_HOSTS: [&str; 6] = [
    "login.live.com",
    "account.live.com",
    "account.microsoft.com",
    "logincdn.msauth.net",
    "support.microsoft.com",
    PORTAL_HOST,
];

/// A stage of the check of one host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Looking up the host's address.
    Dns,
    /// Opening a TCP connection.
    Tcp,
    /// The TLS handshake with certificate validation.
    Tls,
    /// Fetching the captive-portal test page over plain HTTP.
    Http,
}

impl Stage {
    /// Every stage, in the order they run.
    pub const ALL: [Self; 4] = [Self::Dns, Self::Tcp, Self::Tls, Self::Http];

    /// The id of the stage's name.
    #[must_use]
    pub fn text_id(self) -> TextId {
        TextId::fixed(match self {
            Self::Dns => "net-stage-dns",
            Self::Tcp => "net-stage-tcp",
            Self::Tls => "net-stage-tls",
            Self::Http => "net-stage-http",
        })
    }
}

/// Why a stage failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Failure {
    /// The name does not exist or could not be looked up.
    NameNotFound,
    /// No answer within the stage's time.
    TimedOut,
    /// The other side refused the connection.
    Refused,
    /// There is no route to the host (no network).
    Unreachable,
    /// The connection was cut.
    Reset,
    /// The certificate is not trusted (unknown issuer, expired, revoked).
    UntrustedCertificate,
    /// The certificate is for another host.
    WrongHostCertificate,
    /// The certificate looks expired or not yet valid: the computer's clock is probably wrong.
    ClockWrong,
    /// The TLS handshake failed for another reason.
    HandshakeFailed,
    /// The portal test page came back different: a login page or proxy is in the way.
    PortalPage,
    /// Anything else.
    Other,
}

impl Failure {
    /// Every failure.
    pub const ALL: [Self; 11] = [
        Self::NameNotFound,
        Self::TimedOut,
        Self::Refused,
        Self::Unreachable,
        Self::Reset,
        Self::UntrustedCertificate,
        Self::WrongHostCertificate,
        Self::ClockWrong,
        Self::HandshakeFailed,
        Self::PortalPage,
        Self::Other,
    ];

    /// The id of the failure's description (with the time taken, `ms`).
    #[must_use]
    pub fn text_id(self) -> TextId {
        TextId::fixed(match self {
            Self::NameNotFound => "net-failure-name",
            Self::TimedOut => "net-failure-timeout",
            Self::Refused => "net-failure-refused",
            Self::Unreachable => "net-failure-unreachable",
            Self::Reset => "net-failure-reset",
            Self::UntrustedCertificate => "net-failure-untrusted",
            Self::WrongHostCertificate => "net-failure-wrong-host",
            Self::ClockWrong => "net-failure-clock",
            Self::HandshakeFailed => "net-failure-handshake",
            Self::PortalPage => "net-failure-portal",
            Self::Other => "net-failure-other",
        })
    }
}

/// The result of one stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageResult {
    /// Which stage.
    pub stage: Stage,
    /// `None` when it worked.
    pub failure: Option<Failure>,
    /// How long it took, in milliseconds.
    pub millis: u64,
}

/// What the check found for one host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostReport {
    /// The host name.
    pub host: String,
    /// The stages reached, in order; a failed stage ends the list.
    pub stages: Vec<StageResult>,
}

impl HostReport {
    /// The first failure, if any.
    #[must_use]
    pub fn failure(&self) -> Option<(Stage, Failure)> {
        self.stages
            .iter()
            .find_map(|s| s.failure.map(|f| (s.stage, f)))
    }

    /// Whether every stage worked and none is missing.
    #[must_use]
    pub fn passed(&self, stages: usize) -> bool {
        self.stages.len() == stages && self.failure().is_none()
    }
}

/// The plain-language conclusion of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// This computer has no network connection at all.
    NoInternet,
    /// Names do not resolve: a DNS problem.
    Dns,
    /// A login page on this Wi-Fi has to be completed first.
    CaptivePortal,
    /// Connections to Microsoft are refused, cut or left unanswered (firewall, proxy).
    Blocked,
    /// Something intercepts secure connections: the certificate shown is not Microsoft's
    /// (a proxy or security software that inspects HTTPS).
    Intercepted,
    /// The certificates look expired or not yet valid: the computer's date or time is wrong.
    ClockWrong,
    /// Some of Microsoft's servers could be reached, some not.
    Partial,
    /// Every sign-in server could be reached (which says nothing about the IP address or the
    /// account).
    AllClear,
    /// The person stopped the check.
    Cancelled,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Self; 9] = [
        Self::NoInternet,
        Self::Dns,
        Self::CaptivePortal,
        Self::Blocked,
        Self::Intercepted,
        Self::ClockWrong,
        Self::Partial,
        Self::AllClear,
        Self::Cancelled,
    ];

    /// Stable id, used by the knowledge base (its next steps) and the Fluent ids.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::NoInternet => "no-internet",
            Self::Dns => "dns",
            Self::CaptivePortal => "captive-portal",
            Self::Blocked => "blocked",
            Self::Intercepted => "intercepted",
            Self::ClockWrong => "clock",
            Self::Partial => "partial",
            Self::AllClear => "all-clear",
            Self::Cancelled => "cancelled",
        }
    }

    /// The id of the verdict's headline.
    #[must_use]
    pub fn title_id(self) -> TextId {
        verdict_title_id(self.id())
    }

    /// The id of what the verdict means.
    #[must_use]
    pub fn detail_id(self) -> TextId {
        verdict_detail_id(self.id())
    }
}

/// The id of the headline of the verdict with this id.
#[must_use]
pub fn verdict_title_id(id: &str) -> TextId {
    TextId::derived("verdict", id, None)
}

/// The id of what the verdict with this id means.
#[must_use]
pub fn verdict_detail_id(id: &str) -> TextId {
    TextId::derived("verdict", id, Some("detail"))
}

/// A finished check, kept in the person's progress with its time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// When the check finished.
    pub at: Timestamp,
    /// The conclusion.
    pub verdict: Verdict,
    /// Whether the computer had a route to the internet at all.
    pub has_route: bool,
    /// The sign-in hosts.
    pub hosts: Vec<HostReport>,
    /// The captive-portal test.
    pub portal: HostReport,
}

/// "Connectivity check: <verdict> (<time>)", for the checklist, the draft and the PDF.
#[must_use]
pub fn summary(texts: &crate::i18n::Texts, report: &Report) -> String {
    crate::tr!(
        texts,
        "net-summary",
        verdict = crate::tr!(texts, report.verdict.title_id()),
        when = texts.date_time(report.at)
    )
}

/// Draws the conclusion from what each host showed.
#[must_use]
pub fn verdict(has_route: bool, hosts: &[HostReport], portal: &HostReport) -> Verdict {
    if !has_route {
        return Verdict::NoInternet;
    }
    let all = || hosts.iter().chain(std::iter::once(portal));
    let failed_at =
        |report: &HostReport, stage: Stage| report.failure().is_some_and(|(s, _)| s == stage);
    if all().all(|h| failed_at(h, Stage::Dns)) {
        return Verdict::Dns;
    }
    // Every sign-in host passing the secure handshake means nothing is in the way, whatever
    // the plain-HTTP test page says (a proxy may rewrite it).
    if hosts.iter().all(|h| h.passed(3)) {
        return Verdict::AllClear;
    }
    if portal
        .failure()
        .is_some_and(|(_, f)| f == Failure::PortalPage)
    {
        return Verdict::CaptivePortal;
    }
    let failed_with = |failure: Failure| {
        hosts
            .iter()
            .filter(|h| h.failure().is_some_and(|(_, f)| f == failure))
            .count()
    };
    if failed_with(Failure::ClockWrong) * 2 > hosts.len() {
        return Verdict::ClockWrong;
    }
    let certificate_trouble = hosts.iter().any(|h| {
        h.failure().is_some_and(|(s, f)| {
            s == Stage::Tls
                && matches!(
                    f,
                    Failure::UntrustedCertificate | Failure::WrongHostCertificate
                )
        })
    });
    if certificate_trouble {
        return Verdict::Intercepted;
    }
    if hosts.iter().all(|h| h.failure().is_some()) {
        return Verdict::Blocked;
    }
    Verdict::Partial
}

/// Looks up a host's addresses. Injectable so tests can point names at 127.0.0.1.
pub trait Resolver: Send + Sync {
    /// The addresses of `host` for `port`; blocking.
    ///
    /// # Errors
    /// [`Failure::NameNotFound`] and the like.
    fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, Failure>;
}

/// The operating system's resolver.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemResolver;

impl Resolver for SystemResolver {
    fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, Failure> {
        use std::net::ToSocketAddrs as _;
        match (host, port).to_socket_addrs() {
            Ok(addrs) => {
                let addrs: Vec<SocketAddr> = addrs.collect();
                if addrs.is_empty() {
                    Err(Failure::NameNotFound)
                } else {
                    Ok(addrs)
                }
            }
            Err(_) => Err(Failure::NameNotFound),
        }
    }
}

/// What to check and how.
#[derive(Clone)]
pub struct CheckConfig {
    /// The sign-in hosts, checked on `tls_port`.
    pub hosts: Vec<String>,
    /// The port for TCP and TLS (443 in production).
    pub tls_port: u16,
    /// The captive-portal host, checked over plain HTTP on `http_port`.
    pub portal_host: String,
    /// The port for the portal test (80 in production).
    pub http_port: u16,
    /// How names are looked up.
    pub resolver: Arc<dyn Resolver>,
    /// The certificate authorities trusted for TLS.
    pub roots: Arc<rustls::RootCertStore>,
    /// Whether the computer has any route to the internet (no packets are sent).
    pub has_route: Arc<dyn Fn() -> bool + Send + Sync>,
    /// The time allowed per stage.
    pub stage_timeout: Duration,
    /// The time allowed for the whole check.
    pub total_timeout: Duration,
}

impl CheckConfig {
    /// The real check: Microsoft's hosts, the system resolver, the public web roots.
    #[must_use]
    pub fn production() -> Self {
        let roots =
            rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        Self {
            hosts: SIGN_IN_HOSTS.iter().map(|h| (*h).to_owned()).collect(),
            tls_port: 443,
            portal_host: PORTAL_HOST.to_owned(),
            http_port: 80,
            resolver: Arc::new(SystemResolver),
            roots: Arc::new(roots),
            has_route: Arc::new(probe::has_route),
            stage_timeout: STAGE_TIMEOUT,
            total_timeout: TOTAL_TIMEOUT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(stages: &[(Stage, Option<Failure>)]) -> HostReport {
        HostReport {
            host: "h".into(),
            stages: stages
                .iter()
                .map(|(stage, failure)| StageResult {
                    stage: *stage,
                    failure: *failure,
                    millis: 1,
                })
                .collect(),
        }
    }

    fn ok() -> HostReport {
        host(&[(Stage::Dns, None), (Stage::Tcp, None), (Stage::Tls, None)])
    }

    fn portal_ok() -> HostReport {
        host(&[(Stage::Dns, None), (Stage::Tcp, None), (Stage::Http, None)])
    }

    #[test]
    fn verdicts() {
        let dns_fail = host(&[(Stage::Dns, Some(Failure::NameNotFound))]);
        let refused = host(&[(Stage::Dns, None), (Stage::Tcp, Some(Failure::Refused))]);
        let bad_cert = host(&[
            (Stage::Dns, None),
            (Stage::Tcp, None),
            (Stage::Tls, Some(Failure::WrongHostCertificate)),
        ]);
        let portal = host(&[
            (Stage::Dns, None),
            (Stage::Tcp, None),
            (Stage::Http, Some(Failure::PortalPage)),
        ]);
        assert_eq!(verdict(false, &[ok()], &portal_ok()), Verdict::NoInternet);
        assert_eq!(
            verdict(true, std::slice::from_ref(&dns_fail), &dns_fail),
            Verdict::Dns
        );
        assert_eq!(
            verdict(true, std::slice::from_ref(&refused), &portal),
            Verdict::CaptivePortal
        );
        assert_eq!(
            verdict(true, &[refused.clone(), refused.clone()], &portal_ok()),
            Verdict::Blocked
        );
        assert_eq!(
            verdict(true, &[ok(), bad_cert], &portal_ok()),
            Verdict::Intercepted
        );
        assert_eq!(
            verdict(true, &[ok(), refused], &portal_ok()),
            Verdict::Partial
        );
        assert_eq!(
            verdict(true, &[ok(), ok()], &portal_ok()),
            Verdict::AllClear
        );
        // The portal page failing on its own does not spoil an all-clear for the sign-in hosts.
        assert_eq!(
            verdict(true, &[ok()], &dns_fail_portal()),
            Verdict::AllClear
        );
    }

    fn dns_fail_portal() -> HostReport {
        host(&[(Stage::Dns, Some(Failure::NameNotFound))])
    }

    #[test]
    fn production_hosts_stay_on_the_allowlist() {
        let config = CheckConfig::production();
        for host in config
            .hosts
            .iter()
            .chain(std::iter::once(&config.portal_host))
        {
            assert!(CHECK_HOSTS.contains(&host.as_str()), "{host}");
        }
        assert_eq!((config.tls_port, config.http_port), (443, 80));
        assert!(config.total_timeout <= Duration::from_secs(20));
        assert!(config.stage_timeout <= Duration::from_secs(5));
    }
}

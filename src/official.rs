//! The official Microsoft hosts: the only places the app links to or connects to.
//!
//! Support scams live on look-alike domains, so every link shown to the person and every host
//! the connectivity check reaches is checked against this one list.

/// Hosts the app may link to (from `research/recovery-facts.md` §3).
pub const LINK_HOSTS: &[&str] = &[
    "login.live.com",
    "account.live.com",
    "account.microsoft.com",
    "signup.live.com",
    "support.microsoft.com",
    "learn.microsoft.com",
    "www.microsoft.com",
    "go.microsoft.com",
    "aka.ms",
];

/// The host part of an `http://` or `https://` URL, lower-cased; `None` for anything else.
#[must_use]
pub fn host_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    // Refuse user-info ("user@host") outright: it is a classic way to disguise a link.
    if authority.contains('@') {
        return None;
    }
    let host = authority.split(':').next()?.to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether `url` is an `https://` link to one of the official hosts.
#[must_use]
pub fn is_official_link(url: &str) -> bool {
    url.starts_with("https://")
        && host_of(url).is_some_and(|host| LINK_HOSTS.contains(&host.as_str()))
}

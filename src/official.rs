//! The official Microsoft hosts: the only places the app links to or connects to.
//!
//! Support scams live on look-alike domains, so every link shown to the person and every host
//! the connectivity check reaches is checked against this one list. Besides Microsoft's hosts,
//! a few Japanese carriers' own help pages on their SMS filters are allowed, each as one exact
//! page, not its whole site.

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

/// The carriers' official pages the app may link to, exactly these and nothing else on their
/// hosts (from `research/screens-and-wording.md` §3).
pub const CARRIER_PAGES: &[&str] = &[
    "https://www.au.com/mobile/service/sms/filter/",
    "https://www.softbank.jp/mobile/support/mail/antispam/spammailfilter/",
    "https://network.mobile.rakuten.co.jp/service/sms-filter/",
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

/// Whether `url` is an `https://` link to one of the official hosts, or exactly one of the
/// carriers' pages in [`CARRIER_PAGES`].
#[must_use]
pub fn is_official_link(url: &str) -> bool {
    url.starts_with("https://")
        && (host_of(url).is_some_and(|host| LINK_HOSTS.contains(&host.as_str()))
            || CARRIER_PAGES.contains(&url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carrier_pages_are_allowed_one_by_one_not_their_sites() {
        for page in CARRIER_PAGES {
            assert!(is_official_link(page), "{page}");
        }
        assert!(!is_official_link("https://www.au.com/"));
        assert!(!is_official_link(
            "https://www.au.com/mobile/service/sms/filter/x"
        ));
        assert!(!is_official_link(
            "http://www.au.com/mobile/service/sms/filter/"
        ));
        assert!(!is_official_link("https://network.mobile.rakuten.co.jp/"));
    }
}

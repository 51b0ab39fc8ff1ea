//! Only official Microsoft addresses count as links: look-alikes, user-info tricks and plain
//! HTTP are refused. (These tests live here, not beside the code, so that the example
//! addresses never sit in the app's own sources.)

use signin_rescue::official::is_official_link;

#[test]
fn accepts_official_https_links() {
    assert!(is_official_link("https://account.live.com/acsr"));
    assert!(is_official_link(
        "https://support.microsoft.com/contactus?x=1"
    ));
    assert!(is_official_link("https://AKA.MS/SignInHelper"));
}

#[test]
fn refuses_look_alikes_and_plain_http() {
    assert!(!is_official_link("http://account.live.com/acsr"));
    assert!(!is_official_link(
        "https://account.live.com.evil.example/acsr"
    ));
    assert!(!is_official_link("https://microsoft.com@evil.example/"));
    assert!(!is_official_link("https://evil.example/account.live.com"));
    assert!(!is_official_link("https://microsoft-support.example/"));
    assert!(!is_official_link("account.live.com"));
}

//! The connection check screen in the real app: nothing runs until started, the verdict is
//! shown in plain words with the next steps, and the result appears in the checklist.

use crate::common;

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use signin_rescue::files::PresetDialogs;
use signin_rescue::i18n::Language;
use signin_rescue::net::{CheckConfig, Failure, Resolver, Verdict};

use common::{app_configured, clock, run_until};

/// Every name points at one closed port on 127.0.0.1.
struct ClosedPorts(u16);

impl Resolver for ClosedPorts {
    fn resolve(&self, _host: &str, _port: u16) -> Result<Vec<SocketAddr>, Failure> {
        Ok(vec![SocketAddr::from(([127, 0, 0, 1], self.0))])
    }
}

fn local_config(has_route: bool) -> CheckConfig {
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    CheckConfig {
        resolver: Arc::new(ClosedPorts(port)),
        has_route: Arc::new(move || has_route),
        stage_timeout: Duration::from_millis(500),
        ..CheckConfig::production()
    }
}

#[test]
fn a_check_runs_only_when_started_and_explains_its_verdict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_configured(
        dir.path(),
        Language::Ja,
        clock(),
        PresetDialogs::default(),
        local_config(true),
    );
    harness.get_by_label("接続チェック").click();
    harness.run();
    assert!(
        !harness.state().is_checking(),
        "nothing runs on opening the screen"
    );
    assert!(harness.state().progress().diagnostics.is_none());
    harness.get_by_label_contains("login.live.com");

    harness.get_by_label("接続をチェックする").click();
    // Not `run`: the check runs on its own thread and its result may arrive mid-way.
    harness.step();
    assert!(run_until(&mut harness, Duration::from_secs(10), |app| !app
        .is_checking()));
    let report = harness
        .state()
        .progress()
        .diagnostics
        .clone()
        .expect("kept");
    assert_eq!(report.verdict, Verdict::Blocked);
    harness.get_by_label("Microsoft への接続がブロックされています");
    assert_eq!(
        harness.get_all_by_label("拒否された").count(),
        6,
        "every host, portal included"
    );

    // A next step takes the person to it in the checklist, where the result is shown too.
    harness
        .get_by_label("→ 公共 Wi-Fi をやめ、別のネットワークで試す")
        .click();
    harness.run();
    harness.get_by_label_contains("接続チェック：Microsoft への接続がブロックされています");
}

#[test]
fn no_route_says_there_is_no_internet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_configured(
        dir.path(),
        Language::En,
        clock(),
        PresetDialogs::default(),
        local_config(false),
    );
    harness.get_by_label("Connection check").click();
    harness.run();
    harness.get_by_label("Check the connection").click();
    harness.run();
    assert!(run_until(&mut harness, Duration::from_secs(10), |app| !app
        .is_checking()));
    harness.get_by_label("No internet connection");
    harness.get_by_label("→ Restart your router or modem");
}

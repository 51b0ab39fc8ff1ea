//! Rebuild when translations change: `fl!` checks message ids at compile time, and release builds
//! embed the Fluent files. For Windows targets, embed the icon and the version information in
//! the .exe's resources (winresource, a build dependency only on Windows hosts, where the
//! release pipeline builds the Windows binaries).

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=i18n.toml");
    println!("cargo:rerun-if-changed=assets/knowledge.ron");
    windows_resources();
}

/// The icon and version information of the Windows .exe. The build script runs on the host, so
/// the target is read from `CARGO_CFG_TARGET_OS`, not from `cfg!`.
#[cfg(windows)]
fn windows_resources() {
    println!("cargo:rerun-if-changed=assets/icons/signin-rescue.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/signin-rescue.ico")
        .set("ProductName", "Sign-in Rescue")
        .set("FileDescription", "Sign-in Rescue")
        .set("OriginalFilename", "signin-rescue.exe")
        .set(
            "LegalCopyright",
            "The Sign-in Rescue team, MIT OR Apache-2.0",
        );
    if let Err(error) = resource.compile() {
        // A release without its icon is a broken release: stop the build.
        panic!("cannot embed the Windows resources: {error}");
    }
}

#[cfg(not(windows))]
fn windows_resources() {}

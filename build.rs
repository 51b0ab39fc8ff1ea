//! Rebuild when translations change: `fl!` checks message ids at compile time, and release builds
//! embed the Fluent files. For Windows targets, embed the icon and the version information in
//! the .exe's resources with winresource, also when cross-building from Linux with MinGW.

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=i18n.toml");
    println!("cargo:rerun-if-changed=assets/knowledge.ron");
    windows_resources();
}

/// The icon and version information of the Windows .exe. The build script runs on the host, so
/// the target is read from `CARGO_CFG_TARGET_*`, not from `cfg!`: a Linux machine building for
/// `x86_64-pc-windows-gnu` uses MinGW's `windres` and `ar`.
fn windows_resources() {
    println!("cargo:rerun-if-changed=assets/icons/signin-rescue.ico");
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    if target("CARGO_CFG_TARGET_OS") != "windows" {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    if target("CARGO_CFG_TARGET_ENV") == "gnu" && !cfg!(windows) {
        let arch = target("CARGO_CFG_TARGET_ARCH");
        resource
            .set_windres_path(&format!("{arch}-w64-mingw32-windres"))
            .set_ar_path(&format!("{arch}-w64-mingw32-ar"));
    }
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

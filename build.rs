//! Rebuild when translations change: `fl!` checks message ids at compile time, and release builds
//! embed the Fluent files.

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=i18n.toml");
    println!("cargo:rerun-if-changed=assets/knowledge.ron");
}

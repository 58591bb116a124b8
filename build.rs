//! Links the `safha` executable as position-dependent on Linux.
//!
//! A position-independent executable makes the dynamic loader apply about 30,000
//! relocations, and copy the pages they touch, on every start; `safha build` runs for
//! about 25 ms, of which that was 0.8 ms (A/B, 40 interleaved runs of the sample's six
//! editions). The shared libraries the executable loads keep their randomized addresses.
//! Only the executable is affected: the library and its tests link as before.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

//! The `safha` command; everything it does lives in the library.

use clap::Parser;

/// mimalloc (v2) instead of the system allocator: a build makes and frees hundreds of
/// thousands of small objects (glyph runs, lines, PDF objects) on two threads, and glibc's
/// malloc, its locks and the pages it returns and faults in again took about a tenth of
/// the build's CPU. Six editions of the sample, interleaved A/B (`benches/ab.sh`, 60
/// pairs): 5.3 ms faster (median; faster in 82 % of pairs); v2 beat v3 by 1.4–1.7 ms.
/// Peak memory moves both ways, since freed pages are kept for reuse: the sample 25 → 48
/// MiB, a 6.6 MB article's web pages with their translation 305 → 223 MiB, a 50 MB
/// English article's 465 → 515 MiB (379 MiB once segment texts were shared, not copied).
/// Outputs are byte-identical. The library and the tests keep the system allocator.
///
/// Without transparent huge pages (feature `no_thp`: mimalloc no longer asks the kernel
/// for 2 MiB pages, which it zeroes whole on first touch): the sample's peak 48.8 → 28.9
/// MiB for +0.4 ms (60 pairs, inside the noise); a 4 MB article's PDF 750 → 680 MiB and
/// 3.7–4.5 → 2.3–2.4 s.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    safha::cli::run(safha::cli::Cli::parse())
}

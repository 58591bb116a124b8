//! How long `safha build` takes to publish the sample article's HTML editions
//! (parse, localize, render three editions and the index, write atomically).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use safha::build::{self, Options};
use safha::project::Project;

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().expect("temp dir");
    let project = Project::open(root, Some(out.path())).expect("open the repository's project");

    let mut group = c.benchmark_group("html_build");
    group.sample_size(30);
    group.bench_function("sample_article_3_editions", |b| {
        b.iter(|| {
            let report = build::build(black_box(&project), &Options::default()).expect("build");
            assert!(!report.has_errors());
            report.built.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

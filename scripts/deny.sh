#!/usr/bin/env bash
# Licences, bans and sources of every dependency with cargo-deny (deny.toml), installed from
# crates.io if missing; then its security advisories, when the RustSec advisory database
# (fetched from GitHub) can be reached.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo-deny >/dev/null; then
  echo "deny: installing cargo-deny from crates.io" >&2
  cargo install --locked --quiet cargo-deny >&2
fi
cargo deny --log-level error check licenses bans sources
if cargo deny --log-level error fetch db >/dev/null 2>&1; then
  cargo deny --log-level error check advisories
else
  echo "deny: the advisory database (github.com/rustsec/advisory-db) cannot be reached from here; advisories not checked" >&2
fi

#!/usr/bin/env bash
# Builds the tree-sitter generator (CLI 0.20.7, emits ABI 14) from Debian bookworm's source
# package, offline against Debian's packaged crates, into a cache folder outside the repository.
# Only needed by someone who changes tree-sitter-newstext/grammar.js: src/parser.c is committed.
#
# Needs (Debian bookworm; run once as root):
#   apt-get install -y --no-install-recommends rustc cargo dpkg-dev xz-utils \
#     librust-{ansi-term,anyhow,atty,clap-2,difference,dirs,glob,html-escape,indexmap,lazy-static,regex,regex-syntax,rustc-hash,semver,serde,serde-json,smallbitvec,tiny-http,walkdir,which,log,toml,cc,libloading,once-cell,memchr,thiserror,getopts}-dev
#
# Usage: scripts/build-tree-sitter-cli.sh   (prints the path of the binary on stdout)
# Env:   TREE_SITTER_CLI_DIR  install folder (default ${XDG_CACHE_HOME:-$HOME/.cache}/news-annotator/tree-sitter-cli)
#        TREE_SITTER_CLI_JOBS cargo jobs (default 1: the build machines are shared)
set -euo pipefail

VERSION=0.20.7
DEB_VERSION=0.20.7-1
DEST="${TREE_SITTER_CLI_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/news-annotator/tree-sitter-cli}"
BIN="$DEST/bin/tree-sitter"
JOBS="${TREE_SITTER_CLI_JOBS:-1}"

if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
  echo "$BIN"
  exit 0
fi

log() { echo "[build-tree-sitter-cli] $*" >&2; }

# Debian's rustc/cargo (1.63) and its crate registry; a rustup toolchain may come first on PATH.
export PATH=/usr/bin:/bin
for tool in cargo rustc apt-get tar; do
  command -v "$tool" >/dev/null || { log "missing $tool (see the apt-get line at the top of this script)"; exit 1; }
done
[ -d /usr/share/cargo/registry ] || { log "missing /usr/share/cargo/registry (librust-*-dev packages)"; exit 1; }

WORK="$DEST/build"
mkdir -p "$WORK/apt/lists/partial" "$DEST/bin"
cd "$WORK"

# 1. Source package through a private apt state (the system's apt configuration is untouched).
if [ ! -f "tree-sitter_${VERSION}.orig.tar.xz" ]; then
  log "downloading the source package tree-sitter=$DEB_VERSION"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" > apt/sources.list
  O=(-o "Dir::Etc::SourceList=$WORK/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
     -o "Dir::State::Lists=$WORK/apt/lists" -o Dir::Cache=$WORK/apt/cache -o Debug::NoLocking=1)
  mkdir -p apt/cache/archives/partial
  apt-get "${O[@]}" update >&2
  apt-get "${O[@]}" source --download-only "tree-sitter=$DEB_VERSION" >&2
fi

SRC="$WORK/tree-sitter-$VERSION"
rm -rf "$SRC"
tar xJf "tree-sitter_${VERSION}.orig.tar.xz"
cd "$SRC"

# 2. Adapt to bookworm's crate versions.
log "patching Cargo manifests for Debian's crates"
for f in cli/Cargo.toml cli/loader/Cargo.toml cli/config/Cargo.toml; do
  [ -f "$f" ] && sed -i -E 's/^dirs = "3\.0"/dirs = "4.0"/' "$f"
done
sed -i -E 's/^tiny_http = "0\.8"/tiny_http = "0.12"/' cli/Cargo.toml
sed -i -E '/^webbrowser = /d' cli/Cargo.toml
# The playground opens a browser; drop the crate and its two uses (the generator does not need it).
perl -0pi -e 's/^use webbrowser;\n//m; s/if let Err\(_\) = webbrowser::open\(&url\)/if let Err::<(), ()>(_) = Ok::<(), ()>(())/' cli/src/playground.rs
# No dev-dependencies (not packaged), no lock file (resolve against the local registry).
perl -0pi -e 's/^\[dev-dependencies\]\n(?:(?!\[).*\n)*//m' cli/Cargo.toml
rm -f Cargo.lock

mkdir -p .cargo
cat > .cargo/config.toml <<'EOF'
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
EOF

log "cargo build (jobs=$JOBS; about 3 minutes on 2 cores)"
CARGO_HOME="$WORK/cargo-home" nice cargo build --release --offline -j "$JOBS" -p tree-sitter-cli >&2

cp target/release/tree-sitter "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
"$BIN" --version >&2
echo "$BIN"

#!/usr/bin/env bash
# npm run grammar: regenerate tree-sitter-newstext/src/parser.c from grammar.js, run the corpus
# tests and rebuild tree-sitter-newstext/tree-sitter-newstext.wasm.
#
# Needs the tree-sitter CLI 0.20.7 (built once into ~/.cache by scripts/build-tree-sitter-cli.sh,
# or TREE_SITTER_CLI=/path/to/tree-sitter), node, and either clang-14 + wasm-ld-14 + wasi-libc
# (apt-get install clang-14 lld-14 wasi-libc) or emcc (apt-get install emscripten).
#
# Usage: scripts/grammar.sh [--no-test] [--wasm-only]
#   --no-test    skip `tree-sitter test`
#   --wasm-only  only rebuild the wasm from the committed src/parser.c (no CLI needed)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GRAMMAR_DIR="$ROOT/tree-sitter-newstext"
NAME=newstext
WASM="$GRAMMAR_DIR/tree-sitter-$NAME.wasm"

run_tests=1
generate=1
for arg in "$@"; do
  case "$arg" in
    --no-test) run_tests=0 ;;
    --wasm-only) generate=0; run_tests=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

log() { echo "[grammar] $*" >&2; }

cd "$GRAMMAR_DIR"

if [ "$generate" = 1 ]; then
  TS="${TREE_SITTER_CLI:-}"
  if [ -z "$TS" ]; then
    TS="$(nice "$ROOT/scripts/build-tree-sitter-cli.sh")"
  fi
  # The CLI keeps its config and compiled test parsers under these folders: keep them out of $HOME's
  # defaults and out of the repository.
  CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/news-annotator"
  export TREE_SITTER_DIR="$CACHE/tree-sitter-config"
  export TREE_SITTER_LIBDIR="$CACHE/tree-sitter-lib"
  mkdir -p "$TREE_SITTER_DIR" "$TREE_SITTER_LIBDIR"

  log "generate ($("$TS" --version))"
  # --no-bindings: no binding.gyp / Cargo.toml / bindings/ folder; the extension only uses the wasm.
  # No path argument: the CLI then also writes src/grammar.json.
  "$TS" generate --no-bindings

  if [ "$run_tests" = 1 ]; then
    log "corpus tests"
    # The CLI compiles src/parser.c with the host C compiler into TREE_SITTER_LIBDIR.
    CC="${CC:-$(command -v cc || command -v gcc || command -v clang-14)}" "$TS" test
  fi
fi

# Compile src/parser.c to a wasm side module loadable by web-tree-sitter.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
if command -v clang-14 >/dev/null && command -v wasm-ld-14 >/dev/null && [ -d /usr/include/wasm32-wasi ]; then
  log "wasm via clang-14 + wasm-ld-14"
  RES="$(clang-14 -print-resource-dir)"
  nice clang-14 --target=wasm32-unknown-emscripten -fPIC -Os -fvisibility=hidden -fno-exceptions \
    -nostdinc -isystem "$RES/include" -isystem /usr/include/wasm32-wasi \
    -I src -c src/parser.c -o "$TMP/parser.o"
  wasm-ld-14 --shared --experimental-pic --export="tree_sitter_$NAME" --allow-undefined --no-entry \
    --strip-debug -O2 -o "$TMP/out.wasm" "$TMP/parser.o"
elif command -v emcc >/dev/null; then
  log "wasm via emcc"
  nice emcc -o "$TMP/out.wasm" -Os -fPIC -s WASM=1 -s SIDE_MODULE=2 -s TOTAL_MEMORY=33554432 \
    -s NODEJS_CATCH_EXIT=0 -s "EXPORTED_FUNCTIONS=[\"_tree_sitter_$NAME\"]" -I src src/parser.c
else
  echo "[grammar] need clang-14 + lld-14 + wasi-libc, or emscripten, to build the wasm" >&2
  exit 1
fi
mv "$TMP/out.wasm" "$WASM"
log "wrote $WASM ($(wc -c < "$WASM") bytes)"

#!/usr/bin/env bash
# The pre-commit entry: runs `planlint check` on the staged plans with the released,
# self-contained binary (downloaded once into ~/.cache/planlint and checked against its
# SHA-256), else one built from this hook repository (needs Swift 6), else a planlint on
# PATH. PLANLINT_BIN=/path/to/planlint skips all of that.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -nE 's/.*current = "([^"]+)".*/\1/p' "$here/Sources/PlanlintKit/PlanlintVersion.swift")
releases=${PLANLINT_RELEASES:-https://github.com/planlint/planlint/releases/download}

find_planlint() {
    if [ -n "${PLANLINT_BIN:-}" ] && [ -x "$PLANLINT_BIN" ]; then echo "$PLANLINT_BIN"; return; fi
    local name="planlint-$version-linux-$(uname -m)"
    local cache="${XDG_CACHE_HOME:-$HOME/.cache}/planlint/$version"
    if [ -x "$cache/$name/bin/planlint" ]; then echo "$cache/$name/bin/planlint"; return; fi
    if [ "$(uname -s)" = Linux ] && command -v curl > /dev/null; then
        mkdir -p "$cache"
        if curl -fsSL -o "$cache/$name.tar.gz" "$releases/v$version/$name.tar.gz" 2> /dev/null \
           && curl -fsSL -o "$cache/$name.tar.gz.sha256" "$releases/v$version/$name.tar.gz.sha256" 2> /dev/null \
           && (cd "$cache" && sha256sum -c --quiet "$name.tar.gz.sha256") \
           && tar -xzf "$cache/$name.tar.gz" -C "$cache"; then
            echo "$cache/$name/bin/planlint"; return
        fi
    fi
    if command -v swift > /dev/null; then
        echo "planlint: no release $version for this machine; building from source (once)" >&2
        swift build -c release --package-path "$here" >&2
        echo "$(swift build -c release --package-path "$here" --show-bin-path)/planlint"; return
    fi
    if command -v planlint > /dev/null; then command -v planlint; return; fi
    echo "planlint: cannot get planlint $version (no release download, no Swift, none on PATH)" >&2
    exit 2
}

exec "$(find_planlint)" check "$@"

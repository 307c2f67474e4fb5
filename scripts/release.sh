#!/usr/bin/env bash
# Builds a self-contained planlint release for this machine's OS and architecture:
#
#   scripts/release.sh VERSION          # e.g. 0.1.0, for the tag v0.1.0
#
# writes dist/planlint-VERSION-linux-ARCH.tar.gz and its .sha256:
#   planlint-VERSION-linux-ARCH/
#     bin/planlint                       the Swift runtime linked in (--static-swift-stdlib);
#                                        rules/, master packs, registries, catalogue embedded
#     share/man/man1/planlint.1          man page (swift-argument-parser's generate-manual)
#     share/bash-completion/completions/planlint
#     share/zsh/site-functions/_planlint
#     share/fish/vendor_completions.d/planlint.fish
#     README.md  LICENSE
# VERSION must equal PlanlintVersion.current, so the tag, the archive and --version agree.
# SCRATCH=DIR builds in DIR instead of .build.
set -euo pipefail

version=${1:?usage: scripts/release.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
die() { echo "release: $*" >&2; exit 2; }

[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ ]] || die "'$version' is not MAJOR.MINOR.PATCH[-PRERELEASE]"
code_version=$(sed -nE 's/.*current = "([^"]+)".*/\1/p' Sources/PlanlintKit/PlanlintVersion.swift)
[ "$code_version" = "$version" ] || die "PlanlintVersion.current is $code_version, not $version: bump it first"
python3 scripts/embed_rules.py --check || die "the embedded rules are stale"

scratch=(); [ -n "${SCRATCH:-}" ] && scratch=(--scratch-path "$SCRATCH")
build=(swift build -c release --static-swift-stdlib "${scratch[@]}")
if [ "$(uname -s)" = Linux ]; then
    # FoundationXML (the .docx reader) links libxml2, which needs ICU: neither is on a
    # minimal Debian or Ubuntu. A folder holding only their static archives, searched
    # first, makes the linker take those; the libraries they need in turn (lzma, zlib)
    # are on every base system. (libxml2-dev and libicu-dev provide the archives.)
    static="${SCRATCH:-$root/.build}/static-libs"
    mkdir -p "$static"
    for lib in xml2 icuuc icudata; do
        archive=$(find /usr/lib /usr/lib64 -name "lib$lib.a" 2> /dev/null | head -1)
        [ -n "$archive" ] || die "lib$lib.a not found: apt-get install libxml2-dev libicu-dev"
        ln -sf "$archive" "$static/lib$lib.a"
    done
    build+=(-Xlinker -L"$static" -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma -Xlinker -lz)
fi
echo "== ${build[*]}"
"${build[@]}"
bin="$("${build[@]}" --show-bin-path)/planlint"

os=$(uname -s | tr '[:upper:]' '[:lower:]'); arch=$(uname -m)
name="planlint-$version-$os-$arch"
stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz" "dist/$name.tar.gz.sha256"
mkdir -p "$stage/bin" "$stage/share/man/man1" "$stage/share/bash-completion/completions" \
         "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d"
cp "$bin" "$stage/bin/planlint"
command -v strip > /dev/null && strip "$stage/bin/planlint"

if [ "$os" = linux ]; then
    ldd "$stage/bin/planlint" | grep -i swift && die "the binary still links a Swift library dynamically"
    # Only what every glibc base system has (Debian minbase: libc6, libgcc-s1, libstdc++6, zlib1g, liblzma5).
    extra=$(ldd "$stage/bin/planlint" | awk '{print $1}' \
        | grep -vE '^(linux-vdso\.so|/lib(64)?/ld-linux|ld-linux|(libc|libm|libdl|libpthread|librt|libgcc_s|libstdc\+\+|libz|liblzma)\.so)' || true)
    [ -z "$extra" ] || die "the binary needs libraries a base system lacks: $extra"
fi
[ "$("$stage/bin/planlint" --version)" = "$version" ] || die "planlint --version does not say $version"

# Completions and the man page come from the command definitions, so they cannot drift.
"$stage/bin/planlint" --generate-completion-script bash > "$stage/share/bash-completion/completions/planlint"
"$stage/bin/planlint" --generate-completion-script zsh > "$stage/share/zsh/site-functions/_planlint"
"$stage/bin/planlint" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/planlint.fish"
# generate-manual is swift-argument-parser's tool behind its GenerateManual plugin; built
# with the same flags it reuses the release build instead of a second, debug one.
"${build[@]}" --product generate-manual
"$("${build[@]}" --show-bin-path)/generate-manual" "$stage/bin/planlint" --output-directory "$stage/man-tmp" \
    --authors "the planlint authors"
man=$(find "$stage/man-tmp" -name 'planlint.1' | head -1)
[ -n "$man" ] || die "the man page was not generated"
cp "$man" "$stage/share/man/man1/planlint.1" && rm -rf "$stage/man-tmp"
cp README.md LICENSE "$stage/"

tar -C dist -czf "dist/$name.tar.gz" "$name"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "== dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
cat "dist/$name.tar.gz.sha256"

#!/usr/bin/env bash
# Captures planlint's HTML report in headless Chromium, as issue 6's acceptance asks:
#   1. the report of the corpus draft qng-vpubnd-cchc-2023-draft.txt (legible, Vietnamese intact);
#   2. the report of a plan whose task title contains <script>alert(1)</script>
#      (the text must be shown, never run).
# Usage: scripts/screenshot_html_report.sh [OUTPUT_DIR]   (default: docs/screenshots)
# Environment: PLANLINT_SCRATCH (SwiftPM scratch path, default .build), PLANLINT_CORPUS
# (default ../shared/corpus), CHROMIUM (browser binary; Debian: apt-get install chromium).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshots}
scratch=${PLANLINT_SCRATCH:-$root/.build}
corpus=${PLANLINT_CORPUS:-$root/../shared/corpus}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$chromium" ] || { echo "Chromium not found (Debian: apt-get install chromium)" >&2; exit 2; }
draft=$corpus/qng-vpubnd-cchc-2023-draft.txt
[ -f "$draft" ] || { echo "Corpus plan not found: $draft (set PLANLINT_CORPUS)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

swift build --package-path "$root" --scratch-path "$scratch" --product planlint >&2
planlint="$(swift build --package-path "$root" --scratch-path "$scratch" --show-bin-path)/planlint"

# planlint exits 1 when it reports errors; only 2 (the run failed) is a failure here.
# Paths in the report are shown relative to the working directory, so each plan is rendered
# from its own folder: the report names the plan, not a temporary path.
render() {
    local status=0
    (cd "$(dirname "$1")" && "$planlint" check "$(basename "$1")" --format html --output "$2") || status=$?
    [ "$status" -le 1 ] || { echo "planlint failed ($status) on $1" >&2; exit 2; }
}

# A sample plan with markup in task II.1.b's title (that task lacks a lead unit, so the
# title is quoted in the report as evidence and as the source excerpt).
hostile=$work/script-in-title.txt
sed 's|^b) Kiểm tra thể thức|b) <script>alert(1)</script> Kiểm tra thể thức|' \
    "$root/samples/defects-vanphong-2023.txt" > "$hostile"
grep -q '<script>alert(1)</script>' "$hostile" || { echo "sample changed: could not insert the script" >&2; exit 2; }

render "$draft" "$work/draft.html"
render "$hostile" "$work/script.html"

# Shown, not run: the page must carry the text escaped, and the DOM Chromium builds from it
# must contain no <script> element at all.
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/script.html" || { echo "script text missing from the report" >&2; exit 1; }
if grep -qF '<script>alert(1)' "$work/script.html"; then echo "UNESCAPED <script> in the report" >&2; exit 1; fi
scripts=$("$chromium" --headless --no-sandbox --disable-gpu --dump-dom "file://$work/script.html" 2>/dev/null | grep -c '<script' || true)
[ "$scripts" -eq 0 ] || { echo "Chromium's DOM has $scripts <script> element(s)" >&2; exit 1; }

shoot() {
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size=1280,2000 --screenshot="$2" "file://$1" 2>/dev/null
    local size
    size=$(stat -c %s "$2")
    echo "$2: $size bytes"
    [ "$size" -le 409600 ] || echo "warning: $2 is over 400 kB" >&2
}
shoot "$work/draft.html" "$out/html-report-qng-vpubnd-cchc-2023-draft.png"
shoot "$work/script.html" "$out/html-report-script-in-title.png"

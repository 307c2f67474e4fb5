#!/usr/bin/env bash
# Times planlint beside cat, ripgrep and (when installed) Semgrep on the generated corpus of
# realistic plans (../shared/bench), in one run so that the ratios are comparable.
#   scripts/bench.sh [N_FILES]    default: all 2,000 files; also times an intake of 300 plans
set -euo pipefail
cd "$(dirname "$0")/.."
bench=../shared/bench
corpus=${BENCH_CORPUS:-/tmp/planlint-bench-corpus}
[ -d "$bench" ] || { echo "no ../shared/bench here: nothing to benchmark" >&2; exit 2; }
[ -d "$corpus" ] || python3 "$bench/make_corpus.py" --seeds-dir ../shared/corpus \
  --ocr-prefixes qtri-,qng-bandantoc- --out "$corpus" >/dev/null
swift build -c release --product planlint >/dev/null
bin=.build/release/planlint
mapfile -t files < <(find "$corpus" -name '*.txt' | sort)
n=${1:-${#files[@]}}
files=("${files[@]:0:$n}")
mb=$(cat "${files[@]}" | wc -c | awk '{printf "%.1f", $1/1048576}')
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "corpus: ${#files[@]} plans, $mb MB, $(nproc) cores"
printf '%-34s %8s\n' "tool" "seconds"
printf '%-34s %8.2f\n' "cat" "$(t cat "${files[@]}")"
if command -v rg >/dev/null; then printf '%-34s %8.2f\n' "ripgrep (12 regex checks)" "$(t rg -c -f "$bench/rg-patterns.txt" "${files[@]}")"; fi
if command -v semgrep >/dev/null; then
  printf '%-34s %8.2f\n' "semgrep (12 regex checks)" "$(SEMGREP_ENABLE_VERSION_CHECK=0 t semgrep scan --config "$bench/semgrep-rules.yaml" --metrics=off "$corpus")"
fi
printf '%-34s %8.2f\n' "planlint extract (parse only)" "$(t "$bin" extract "${files[@]}")"
printf '%-34s %8.2f\n' "planlint check (all rules, json)" "$(t "$bin" check --format json "${files[@]}")"
printf '%-34s %8.2f\n' "planlint check, 300-plan intake" "$(t "$bin" check --format json "${files[@]:0:300}")"
one=${files[0]}
printf '%-34s %8.3f\n' "planlint check, one plan" "$(t "$bin" check "$one")"

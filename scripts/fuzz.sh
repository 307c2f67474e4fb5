#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs one of them for a given time.
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags…]
#   scripts/fuzz.sh all SECONDS    (every target in turn, SECONDS each, one at a time;
#                                   a crash ends that target only; a summary at the end)
#   scripts/fuzz.sh build          (build every target only)
#   scripts/fuzz.sh list
#
# TARGET is a name from Fuzz/Package.swift without the "Fuzz" prefix, case ignored
# (textplan, timeline, legalreferences, ruleloader, configuration, baseline, docx).
# Every module, the library included, is compiled with AddressSanitizer and libFuzzer's
# coverage instrumentation; Fuzz/Support provides main through LLVMFuzzerRunDriver (SwiftPM
# names an executable's entry point itself, which rules out libFuzzer's own main).
# The seed corpus is built at run time in Fuzz/.work/TARGET/seeds from samples/ and, when
# present, ../shared/corpus (never committed); new inputs go to Fuzz/.work/TARGET/corpus and
# crashing inputs to Fuzz/.work/TARGET/artifacts. Copy a crashing input worth keeping to
# Tests/PlanReadersTests/Fixtures/fuzz-regressions/ (the test suite runs every file there).
# Runs under `nice -n 19` so other builds on the machine are not starved.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
targets=(TextPlan Timeline LegalReferences RuleLoader Configuration Baseline Docx)
clang_lib="$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang"
fuzzer_lib="$(ls -d "$clang_lib"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1)"

build() {
  [[ -n "$fuzzer_lib" ]] || { echo "libclang_rt.fuzzer_no_main not found under $clang_lib" >&2; exit 2; }
  (cd "$fuzz" && nice -n 19 swift build \
      -Xswiftc -sanitize=address \
      -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
      -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ "$@")
}

canonical() {
  local want="${1,,}" t
  for t in "${targets[@]}"; do [[ "${t,,}" == "$want" ]] && { echo "$t"; return; }; done
  echo "unknown target '$1'; one of: ${targets[*]}" >&2
  exit 2
}

# Seeds: real plans for the text targets, lines of them for the field grammars, YAML and
# JSON files of the repository for the loaders, the sample .docx files for the Word reader.
# Copies files into the seed folder under unique names (two rule packs may share a name).
copy_unique() {
  local dir="$1" f
  shift
  while IFS= read -r f; do cp "$f" "$dir/$(printf '%s' "$f" | md5sum | cut -c1-16)-$(basename "$f")"; done < <("$@")
}

seed() {
  local target="$1" dir="$2" shared="$root/../shared/corpus"
  rm -rf "$dir"
  mkdir -p "$dir"
  local texts=("$root"/samples/*.txt "$root"/samples/*/*.txt)
  [[ -d "$shared" ]] && texts+=("$shared"/*.txt)
  case "$target" in
    TextPlan) for f in "${texts[@]}"; do [[ -f "$f" ]] && cp "$f" "$dir/"; done ;;
    Timeline|LegalReferences)
      local n=0 f
      for f in "${texts[@]}"; do
        [[ -f "$f" ]] || continue
        while IFS= read -r line; do
          n=$((n + 1))
          printf '%s' "$line" > "$dir/line-$n"
        done < <(grep -E '[0-9]' "$f" | head -200)
      done ;;
    RuleLoader) copy_unique "$dir" find "$root/rules" -name '*.yaml' -size -64k ;;
    Configuration) copy_unique "$dir" find "$root/samples" "$root/Tests" -name '*.yaml' -size -16k
      printf 'version: 1\npacks: [rules/core]\nbuiltin: true\nmode: plan\nlang: vi\n' > "$dir/minimal.yaml" ;;
    Baseline) copy_unique "$dir" find "$root/Tests" "$root/samples" -name '*baseline*.json'
      printf '{"version":1,"tool":"planlint","entries":[{"file":"a.txt","ruleId":"x.y","key":"k","count":2}]}' > "$dir/minimal.json" ;;
    Docx) copy_unique "$dir" find "$root/samples" "$root/Tests" -name '*.docx' -size -256k ;;
  esac
}

case "${1:-}" in
  ""|-h|--help) sed -n '2,20p' "$0"; exit 0 ;;
  list) printf '%s\n' "${targets[@]}"; exit 0 ;;
  build) shift; build "$@"; exit 0 ;;
  all)
    seconds="${2:?give the number of seconds per target}"
    build
    summary=()
    status=0
    for t in "${targets[@]}"; do
      log="$fuzz/.work/$t.log"
      mkdir -p "$fuzz/.work"
      if PLANLINT_FUZZ_SKIP_BUILD=1 "$0" "$t" "$seconds" > "$log" 2>&1; then result=ok; else result="CRASH (see $log)"; status=1; fi
      execs="$(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
      cov="$(grep -Eo '(DONE|INITED|NEW|REDUCE|pulse) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | grep -Eo 'cov: [0-9]+ ft: [0-9]+')"
      summary+=("$t: ${execs:-?} executions, ${cov:-no coverage line}, $result")
      echo "${summary[-1]}"
    done
    printf '%s\n' "--- summary (${seconds} s per target)" "${summary[@]}"
    exit "$status" ;;
esac

target="$(canonical "$1")"
seconds="${2:?give the number of seconds to fuzz}"
shift 2
# PLANLINT_FUZZ_SKIP_BUILD=1 runs what `scripts/fuzz.sh build` built (for running several
# targets at once without their builds contending for the same .build folder).
[[ "${PLANLINT_FUZZ_SKIP_BUILD:-0}" == 1 ]] || build --product "Fuzz$target"
bin="$(cd "$fuzz" && swift build --show-bin-path)/Fuzz$target"
work="$fuzz/.work/$target"
seed "$target" "$work/seeds"
mkdir -p "$work/corpus" "$work/artifacts"
max_len=65536
[[ "$target" == Docx ]] && max_len=262144
# Leak detection is off: the Swift runtime's caches and Foundation's singletons are
# reported as leaks at exit and would end every run.
ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" exec nice -n 19 "$bin" \
  -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$@" "$work/corpus" "$work/seeds"

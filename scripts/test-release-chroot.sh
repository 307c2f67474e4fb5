#!/usr/bin/env bash
# Checks a released planlint on a machine without Swift: a fresh Debian root made with
# debootstrap and entered with chroot, holding only the released binary and one sample.
#
#   scripts/test-release-chroot.sh dist/planlint-0.2.0-linux-x86_64.tar.gz [ROOT]
#
# Needs root and debootstrap (apt-get install debootstrap). ROOT (default
# /var/tmp/planlint-chroot) is made once and reused. Too slow for CI; run before a release.
# Passes when: ldd lists no Swift library, the defective sample gives its 11 findings with
# exit 1, and `planlint rules` lists every shipped rule.
set -euo pipefail

archive=${1:?usage: scripts/test-release-chroot.sh ARCHIVE.tar.gz [ROOT]}
root=${2:-/var/tmp/planlint-chroot}
repo=$(cd "$(dirname "$0")/.." && pwd)
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ ! -x "$root/bin/sh" ]; then
    echo "== debootstrap --variant=minbase $suite $root"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log"; exit 2; }
fi
if chroot "$root" sh -c 'command -v swift || ls /usr/lib/swift /usr/libexec/swift 2>/dev/null'; then
    echo "FAIL: the chroot has Swift" >&2; exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
binary=$(find "$work" -path '*/bin/planlint' -type f | head -1)
rm -rf "$root/test" && mkdir -p "$root/test"
cp "$binary" "$root/test/planlint"
cp "$repo/samples/defects-vanphong-2023.txt" "$root/test/plan.txt"

fail=0
echo "== ldd (inside the chroot)"
chroot "$root" ldd /test/planlint | tee "$work/ldd.txt" || true
if grep -qi swift "$work/ldd.txt"; then echo "FAIL: ldd lists a Swift library"; fail=1; fi

echo "== planlint check plan.txt"
set +e
chroot "$root" sh -c 'cd /test && ./planlint check plan.txt --format json' > "$work/check.json"
status=$?
set -e
findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/check.json")
echo "exit $status, $findings findings"
[ "$status" = 1 ] || { echo "FAIL: exit $status, expected 1"; fail=1; }
[ "$findings" = 11 ] || { echo "FAIL: $findings findings, expected 11"; fail=1; }
chroot "$root" sh -c 'cd /test && ./planlint check plan.txt' | tail -1

echo "== planlint rules"
chroot "$root" /test/planlint rules > "$work/rules.txt"
tail -1 "$work/rules.txt"
expected=$(cat "$repo"/rules/core/*.yaml | grep -cE '^  - id: ')
listed=$(grep -cE '^  [a-z0-9]+([.-][a-z0-9]+)+ ' "$work/rules.txt")
echo "$listed rules listed, $expected in rules/core"
[ "$listed" = "$expected" ] || { echo "FAIL: rules listed $listed, shipped $expected"; fail=1; }
for id in $(cat "$repo"/rules/core/*.yaml | sed -nE 's/^  - id: *([^ ]+).*/\1/p'); do
    grep -q " $id " "$work/rules.txt" || { echo "FAIL: $id not listed"; fail=1; }
done

echo "== planlint check --master quang-tri/2022 (the embedded master pack)"
chroot "$root" sh -c 'cd /test && ./planlint check plan.txt --master quang-tri/2022 > /dev/null; echo "exit $?"'

[ "$fail" = 0 ] && echo "PASS: released binary works without Swift" || echo "FAILED"
exit "$fail"

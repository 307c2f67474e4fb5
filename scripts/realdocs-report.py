#!/usr/bin/env python3
"""Runs planlint over ../shared/realdocs and prints what a reviewer must read.

Every error and warning on these issued documents is a claim that their authors got it
wrong; this prints the counts per rule, the mean per document, and every error and
warning with its place and evidence, so each can be judged.
  scripts/realdocs-report.py [--bin .build/debug/planlint] [--all]
"""
import argparse, collections, glob, json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=os.path.join(root, ".build/debug/planlint"))
ap.add_argument("--docs", default=os.path.join(root, "../shared/realdocs"))
ap.add_argument("--all", action="store_true", help="also list info findings")
args = ap.parse_args()
files = sorted(glob.glob(os.path.join(args.docs, "*.txt")))
if not files:
    sys.exit(f"no documents in {args.docs}")
with tempfile.NamedTemporaryFile(suffix=".json") as out:
    run = subprocess.run([args.bin, "check", *files, "--format", "json", "--output", out.name, "--fail-on", "error"],
                         capture_output=True, text=True)
    if run.returncode == 2:
        print(run.stderr, file=sys.stderr)
    report = json.load(open(out.name, encoding="utf-8"))
findings = report["findings"]
by_rule = collections.Counter((f["severity"], f["ruleId"]) for f in findings)
for (severity, rule), n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{n:6d}  {severity:8s} {rule}")
serious = [f for f in findings if f["severity"] in ("error", "warning")]
print(f"\n{len(files)} documents, {len(serious)} errors and warnings: {len(serious) / len(files):.2f} per document\n")
for f in findings:
    if f["severity"] in ("error", "warning") or args.all:
        name = os.path.basename(f["file"])
        evidence = (f.get("evidence") or "").replace("\n", " ")[:90]
        print(f"{name}:{f.get('line')}:{f.get('column')} {f['severity']} {f['ruleId']}: {f['message'][:140]} | {evidence}")

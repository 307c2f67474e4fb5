#!/usr/bin/env python3
"""Every target imports exactly what Package.swift declares for it.

Reads the package description (`swift package dump-package`) and the `import` lines of
each target's sources; prints every import a target does not declare and every declared
dependency it never imports, and exits 1 if there is any. Run by .ci/run.
"""
import json, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
package = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=root, check=True,
                                    capture_output=True, text=True).stdout)
modules = {t["name"] for t in package["targets"]}
# Products of dependencies, by the module name code imports.
product_modules = {"ArgumentParser", "Yams", "ZIPFoundation", "Hummingbird", "HummingbirdAuth", "HummingbirdBcrypt",
                   "HummingbirdRouter", "HummingbirdTesting", "GRDB", "PostgresNIO", "Logging", "NIOCore", "NIOPosix",
                   "HTTPTypes", "Crypto", "ServiceLifecycle"}
toolchain = {"Foundation", "FoundationEssentials", "Dispatch", "Testing", "XCTest", "Glibc", "Musl", "Darwin",
             "os", "Synchronization", "FoundationNetworking", "FoundationXML", "_Concurrency", "PackageDescription"}
problems = []
import_re = re.compile(r"^[ \t]*(?:@\w+(?:\([^)\n]*\))?[ \t]+)*import[ \t]+(?:(?:struct|enum|class|func|protocol|typealias|var|let)\s+)?([A-Za-z_][\w]*)", re.M)
for target in package["targets"]:
    if target["type"] in ("plugin", "macro"):
        continue
    name = target["name"]
    path = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", name)
    declared = set()
    for dep in target.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in dep:
                declared.add(dep[kind][0])
    imported = set()
    excluded = [os.path.join(root, path, e) for e in target.get("exclude", [])]
    for dirpath, _, files in os.walk(os.path.join(root, path)):
        if any(dirpath.startswith(e) for e in excluded):
            continue
        for f in files:
            if f.endswith(".swift"):
                with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                    imported |= set(import_re.findall(fh.read()))
    imported -= toolchain
    imported.discard(name)
    for m in sorted(imported - declared):
        if m in modules or m in product_modules:
            problems.append(f"{name}: imports {m} but Package.swift does not declare it")
    for m in sorted(declared - imported):
        problems.append(f"{name}: declares {m} but never imports it")
for p in problems:
    print(p)
print(f"{len(package['targets'])} targets checked, {len(problems)} problems")
sys.exit(1 if problems else 0)

#!/usr/bin/env python3
"""Start-up time of `featurespec validate <one spec>` against `java -version` and, when installed,
OpenSpec's `openspec validate <one spec>`: commands run interleaved, round after round, and the
median wall time of each is reported. Usage (from the repository root):

    python3 spec-cli/src/bench/startup.py [ROUNDS] [OPENSPEC_BIN OPENSPEC_PROJECT]
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
JAR = os.path.join(ROOT, "spec-cli", "target", "featurespec.jar")
SPEC = "examples/seed-format/spec.md"

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
commands = {
    "java -version": (["java", "-version"], ROOT, {}),
    "featurespec validate (launcher: class archive, C1, SerialGC)": ([os.path.join(ROOT, "featurespec"), "validate", SPEC], ROOT, {}),
    "java -jar featurespec.jar validate (no flags)": (["java", "-jar", JAR, "validate", SPEC], ROOT, {}),
    "featurespec --version (launcher)": ([os.path.join(ROOT, "featurespec"), "--version"], ROOT, {}),
}
if len(sys.argv) > 3:
    commands["openspec validate (one spec)"] = (
        [sys.argv[2], "validate", "downloads", "--type", "spec", "--no-interactive"],
        sys.argv[3],
        {"OPENSPEC_TELEMETRY": "0"},
    )

times = {name: [] for name in commands}
for name, (argv, cwd, env) in commands.items():  # warm-up: builds the jar and the CDS archive if needed
    subprocess.run(argv, cwd=cwd, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for r in range(rounds):
    order = list(commands.items())
    if r % 2:
        order.reverse()
    for name, (argv, cwd, env) in order:
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[name].append(time.perf_counter() - start)

base = statistics.median(times["java -version"])
print(f"{rounds} interleaved rounds, median wall time; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
print(f"{'command':58} {'median':>8} {'min':>8} {'x java -version':>16}")
for name, ts in times.items():
    m = statistics.median(ts)
    print(f"{name:58} {m:7.3f}s {min(ts):7.3f}s {m / base:15.1f}x")

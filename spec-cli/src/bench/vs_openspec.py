#!/usr/bin/env python3
"""featurespec `validate` against OpenSpec's `openspec validate`, side by side, through the launcher.

Two comparisons, each run interleaved with OpenSpec round after round (the order reversed every other
round), every command under `/usr/bin/time -v`:

* bulk: `./featurespec validate FOLDER` over every spec of the shared corpus (speckit/*.md,
  speckit-folders/*/spec.md, speckit-revisions/*.md, each copied as NNN/spec.md into a scratch folder
  outside the repository) against `openspec validate --specs` over OpenSpec's own specs
  (../shared/peers/openspec-specs, copied too); compared in bytes per second;
* one spec: `./featurespec validate examples/seed-format/spec.md` against
  `openspec validate downloads --type spec` (a two-requirement spec in OpenSpec's format, written into
  the scratch copy); compared in wall time.

For each command: median wall and CPU (user + sys) time with the quartiles and the range, median
maximum RSS, exit codes; the load average before and after (the machine is shared). Usage, from the
repository root:

    python3 spec-cli/src/bench/vs_openspec.py [--rounds N] [--only bulk|one] [--jdk NAME=JAVA_HOME ...] OPENSPEC_BIN

`--jdk 25=/usr/lib/jvm/temurin-25-jdk-amd64` adds the launcher on that JDK (its own class archive).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared")
ONE_SPEC = "examples/seed-format/spec.md"
OPENSPEC_ONE = """# downloads Specification

## Purpose
Downloads of exported reports.

## Requirements
### Requirement: Export download
The system SHALL let a signed-in user download an exported report as CSV.

#### Scenario: CSV export
- **WHEN** a signed-in user requests a CSV export
- **THEN** the system returns the report as a CSV file

### Requirement: Expired links
The system SHALL refuse a download link older than 24 hours.

#### Scenario: Expired link
- **WHEN** a user opens a download link created 25 hours ago
- **THEN** the system refuses it and offers a new link
"""


def corpus_files():
    corpus = os.path.join(SHARED, "corpus")
    files = []
    speckit = os.path.join(corpus, "speckit")
    files += [os.path.join(speckit, f) for f in sorted(os.listdir(speckit)) if f.endswith(".md")]
    folders = os.path.join(corpus, "speckit-folders")
    files += [os.path.join(folders, d, "spec.md") for d in sorted(os.listdir(folders))
              if os.path.isfile(os.path.join(folders, d, "spec.md"))]
    revisions = os.path.join(corpus, "speckit-revisions")
    files += [os.path.join(revisions, f) for f in sorted(os.listdir(revisions)) if f.endswith(".md")]
    return files


def timed(argv, cwd, env):
    """Runs argv under /usr/bin/time -v; returns (wall s, cpu s, max RSS KiB, exit code)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        rc = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + argv, cwd=cwd, env={**os.environ, **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        fields = {}
        for line in t.read().splitlines():
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    h, m, s = ([0, 0] + fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"))[-3:]
    wall = int(h) * 3600 + int(m) * 60 + float(s)
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return wall, cpu, int(fields["Maximum resident set size (kbytes)"]), rc


def spread(values):
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return statistics.median(values), q[0], q[2], min(values), max(values)


def measure(title, commands, rounds, peer):
    """commands: name -> (argv, cwd, env, bytes); returns name -> list of (wall, cpu, rss, rc)."""
    for name, (argv, cwd, env, _) in commands.items():  # warm-up: jar, archives, file cache
        timed(argv, cwd, env)
    load_before = os.getloadavg()
    results = {name: [] for name in commands}
    for r in range(rounds):
        order = list(commands.items())
        if r % 2:
            order.reverse()
        for name, (argv, cwd, env, _) in order:
            results[name].append(timed(argv, cwd, env))
    load_after = os.getloadavg()
    print(f"\n## {title}: {rounds} interleaved rounds on {os.cpu_count()} cores; load average before "
          f"{load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, after "
          f"{load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    print(f"{'command':44} {'wall median [IQR] (min-max)':>34} {'cpu median [IQR]':>24} "
          f"{'MB/s':>6} {'RSS MB':>7} {'exit':>4}")
    for name, (_, _, _, size) in commands.items():
        rs = results[name]
        w = spread([x[0] for x in rs])
        c = spread([x[1] for x in rs])
        rss = statistics.median([x[2] for x in rs]) / 1024
        codes = ",".join(map(str, sorted({x[3] for x in rs})))
        print(f"{name:44} {w[0]:7.3f}s [{w[1]:.3f}-{w[2]:.3f}] ({w[3]:.3f}-{w[4]:.3f})"
              f" {c[0]:7.3f}s [{c[1]:.3f}-{c[2]:.3f}] {size / w[0] / 1e6:6.3f} {rss:7.0f} {codes:>4}")
    return results


def ratios(results, commands, peer, per_byte):
    for name in commands:
        if name == peer:
            continue
        if per_byte:
            each = [(commands[name][3] / a[0]) / (commands[peer][3] / b[0]) for a, b in zip(results[name], results[peer])]
            label = "bytes/s vs OpenSpec"
        else:
            each = [a[0] / b[0] for a, b in zip(results[name], results[peer])]
            label = "wall time / OpenSpec's"
        cpu = statistics.median([a[1] for a in results[name]]) / statistics.median([b[1] for b in results[peer]])
        r = spread(each)
        print(f"{name}: {label}: median of rounds {r[0]:.2f}x [IQR {r[1]:.2f}-{r[2]:.2f}] "
              f"(min {r[3]:.2f}, max {r[4]:.2f}); CPU time / OpenSpec's {cpu:.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--only", choices=["bulk", "one"])
    ap.add_argument("--jdk", action="append", default=[], help="NAME=JAVA_HOME: the launcher on another JDK too")
    ap.add_argument("openspec")
    args = ap.parse_args()
    launcher = os.path.join(ROOT, "featurespec")
    scratch = tempfile.mkdtemp(prefix="featurespec-bench-")
    try:
        bulk = os.path.join(scratch, "specs")
        for i, f in enumerate(corpus_files(), 1):
            os.makedirs(os.path.join(bulk, f"{i:03d}"))
            shutil.copyfile(f, os.path.join(bulk, f"{i:03d}", "spec.md"))
        peer = os.path.join(scratch, "openspec-project")
        shutil.copytree(os.path.join(SHARED, "peers", "openspec-specs"), peer)
        ours_bytes = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(bulk) for f in fs)
        ours_files = sum(len(fs) for _, _, fs in os.walk(bulk))
        peer_specs = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(peer, "openspec", "specs"))
                      for f in fs if f == "spec.md"]
        peer_bytes = sum(os.path.getsize(p) for p in peer_specs)
        one_peer = os.path.join(scratch, "openspec-one")
        os.makedirs(os.path.join(one_peer, "openspec", "specs", "downloads"))
        with open(os.path.join(one_peer, "openspec", "specs", "downloads", "spec.md"), "w") as f:
            f.write(OPENSPEC_ONE)
        quiet = {"OPENSPEC_TELEMETRY": "0"}
        jdks = [("", {})] + [(f" on JDK {n}", {"JAVA_HOME": h}) for n, _, h in (j.partition("=") for j in args.jdk)]

        print(f"featurespec: commit {git('rev-parse', '--short', 'HEAD')}, "
              f"{java_version()}; OpenSpec {subprocess.run([args.openspec, '--version'], capture_output=True, text=True).stdout.strip()}")
        if args.only in (None, "bulk"):
            print(f"bulk input: featurespec {ours_files} specs, {ours_bytes} bytes; "
                  f"OpenSpec {len(peer_specs)} specs, {peer_bytes} bytes")
            peer_name = "openspec validate --specs"
            commands = {}
            for label, env in jdks:
                commands["./featurespec validate FOLDER" + label] = ([launcher, "validate", bulk], ROOT, env, ours_bytes)
            commands["./featurespec validate --jobs 1 FOLDER"] = ([launcher, "validate", "--jobs", "1", bulk], ROOT, {}, ours_bytes)
            commands[peer_name] = ([args.openspec, "validate", "--specs", "--no-interactive"], peer, quiet, peer_bytes)
            ratios(measure("bulk validate", commands, args.rounds, peer_name), commands, peer_name, True)
        if args.only in (None, "one"):
            one_bytes = os.path.getsize(os.path.join(ROOT, ONE_SPEC))
            peer_name = "openspec validate downloads --type spec"
            commands = {"java -version": (["java", "-version"], ROOT, {}, 1)}
            for label, env in jdks:
                commands["./featurespec validate ONE_SPEC" + label] = ([launcher, "validate", ONE_SPEC], ROOT, env, one_bytes)
            commands[peer_name] = ([args.openspec, "validate", "downloads", "--type", "spec", "--no-interactive"],
                                   one_peer, quiet, len(OPENSPEC_ONE.encode()))
            ratios(measure("one spec", commands, args.rounds, peer_name), commands, peer_name, False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def git(*a):
    return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def java_version():
    out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0] if out else "java ?"


if __name__ == "__main__":
    main()

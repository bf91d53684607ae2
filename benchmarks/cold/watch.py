#!/usr/bin/env python3
"""`kiro4j lint --watch` (issue 18): how long from a file written to its report. Never run by CI.

    python3 benchmarks/cold/watch.py [N]     # N edits (default 30)

Copies the sample workspace to a temporary folder, starts `./kiro4j lint --watch --json` on it, waits
for the first report, then N times writes one steering file (alternating a valid and an invalid
front matter, so each write changes the report) and times until the report's count line reaches
stderr. The time includes the watch's 100 ms of quiet before it lints (a burst of an editor's
writes is linted once) and the file system's event delivery; "lint" is that time minus 100 ms.
Prints medians and the machine, for benchmarks/README.md.
"""
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 30
SETTLE_MS = 100
GOOD = "---\ninclusion: always\n---\nWatch me.\n"
BAD = "---\ninclusion: fileMatch\n---\nWatch me.\n"


def main():
    work = tempfile.mkdtemp()
    try:
        ws = os.path.join(work, "ws")
        home = os.path.join(work, "home")
        shutil.copytree(os.path.join(ROOT, "examples/sample-workspace"), ws)
        shutil.copytree(os.path.join(ROOT, "examples/sample-home"), home)
        target = os.path.join(ws, ".kiro/steering/watched.md")
        with open(target, "w") as f:
            f.write(GOOD)
        proc = subprocess.Popen(
            [os.path.join(ROOT, "kiro4j"), "lint", "--watch", "--json", "-w", ws, "--user-home", home],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            started = time.perf_counter()
            proc.stderr.readline()  # the first report's count line
            first = (time.perf_counter() - started) * 1000
            times = []
            for i in range(N):
                time.sleep(0.3)
                t = time.perf_counter()
                with open(target, "w") as f:
                    f.write(BAD if i % 2 == 0 else GOOD)
                line = proc.stderr.readline()
                times.append((time.perf_counter() - t) * 1000)
                if "watching" not in line:
                    raise SystemExit("unexpected stderr: " + line)
        finally:
            proc.terminate()
            proc.wait(10)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"machine: {cpu}, {os.cpu_count()} vCPU, {java}; load {open('/proc/loadavg').read().split()[:3]}")
    print(f"first report (process start to first lint printed): {first:.0f} ms")
    print(
        f"edit -> report, median of {N}: {statistics.median(times):.1f} ms "
        f"(min {min(times):.1f}, max {max(times):.1f}); lint after the {SETTLE_MS} ms settle: "
        f"{statistics.median(times) - SETTLE_MS:.1f} ms"
    )


if __name__ == "__main__":
    main()

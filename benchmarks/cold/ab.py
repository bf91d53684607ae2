#!/usr/bin/env python3
"""Cold start, interleaved (issue 18): the issue's whole-process rows run in rounds, one run of each
command per round, so that every row sees the same machine. Never run by CI.

    python3 benchmarks/cold/ab.py [RUNS] [OTHER_INSTALL...]

run.sh gives hyperfine's statistics but runs each row's runs back to back; on a machine whose speed
drifts (this one's `java -version` moved 31-44 ms within an hour) a ratio target such as
"check <= 3 x java -version" then compares rows measured at different speeds. Here each round runs
`java -version`, the reference validator and every kiro4j row once, in the same order; medians over
RUNS rounds (default 20, after 2 unmeasured ones). OTHER_INSTALL: folders holding another build as
a checkout does (`kiro4j` launcher, `examples/target/kiro4j.jar`, `examples/sample-*`) to compare
side by side, e.g. a copy of an older commit's build. Each launcher trains its archive first.
CPU is user + system of the process (resource.getrusage of the children).
"""
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PEERS = os.environ.get("PEERS", os.path.join(os.path.dirname(ROOT), "shared", "peers"))


def rows(install):
    ws = os.path.join(install, "examples/sample-workspace")
    home = os.path.join(install, "examples/sample-home")
    kiro4j = os.path.join(install, "kiro4j")
    return {
        "kiro4j --version": [kiro4j, "--version"],
        "kiro4j skills validate (1 skill)": [
            kiro4j, "skills", "validate", os.path.join(ws, ".kiro/skills/code-review")],
        "kiro4j check (1 decision)": [
            kiro4j, "check", "-w", ws, "--user-home", home, "--tool", "shell",
            "--input", '{"command":"git status"}'],
        "kiro4j lint (sample)": [kiro4j, "lint", "-w", ws, "--user-home", home],
    }


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    installs = [ROOT] + [os.path.abspath(p) for p in sys.argv[2:]]
    commands = {("java -version", None): ["java", "-version"]}
    reference = os.path.join(PEERS, "skills-ref.sh")
    if os.path.exists(reference):
        commands[("reference validate (1 skill)", None)] = [
            reference, "validate", os.path.join(ROOT, "examples/sample-workspace/.kiro/skills/code-review")]
    for install in installs:
        subprocess.run([os.path.join(install, "kiro4j"), "--version"], stdout=subprocess.DEVNULL)
        label = "this checkout" if install == ROOT else os.path.basename(install)
        for name, command in rows(install).items():
            commands[(name, label)] = command
    times = {key: [] for key in commands}
    load_before = open("/proc/loadavg").read().split()[:3]
    for i in range(runs + 2):
        for key, command in commands.items():
            wall, cpu = timed(command)
            if i >= 2:
                times[key].append((wall, cpu))
    load_after = open("/proc/loadavg").read().split()[:3]
    java = statistics.median(w for w, _ in times[("java -version", None)])
    ref = times.get(("reference validate (1 skill)", None))
    ref_wall = statistics.median(w for w, _ in ref) if ref else None
    try:
        with open("/proc/cpuinfo") as f:
            cpu_name = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        cpu_name = platform.machine()
    jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"Interleaved, {runs} rounds after 2 unmeasured; {cpu_name}, {os.cpu_count()} vCPU, {jdk}; "
          f"load {' '.join(load_before)} before, {' '.join(load_after)} after.\n")
    print("| command | build | wall (median) | CPU (median) | × java -version | target |")
    print("|---|---|---|---|---|---|")
    for (name, label), samples in times.items():
        wall = statistics.median(w for w, _ in samples)
        cpu = statistics.median(c for _, c in samples)
        target = ""
        if name in ("kiro4j check (1 decision)", "kiro4j lint (sample)"):
            target = ("met" if wall <= 3 * java else "not met") + f" (≤ {3 * java:.0f} ms)"
        elif name == "kiro4j --version":
            target = ("met" if wall <= java + 150 else "not met") + f" (≤ {java + 150:.0f} ms)"
        elif name.startswith("kiro4j skills validate") and ref_wall is not None:
            target = ("met" if wall <= ref_wall else "not met") + f" (≤ {ref_wall:.0f} ms)"
        print(f"| {name} | {label or '—'} | {wall:.1f} ms | {cpu:.1f} ms | "
              f"{wall / java:.2f} | {target} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the cold-start table of benchmarks/cold/run.sh into benchmarks/README.md (between its markers).

Usage: table.py HYPERFINE_JSON INPROCESS_MS_FILE README MACHINE LOAD_BEFORE LOAD_AFTER RUNS

Wall-clock medians decide the issue's targets. On a shared machine they also hold the time a process waited
for a core, so the table adds each row's CPU time (user + system, hyperfine's mean), which other processes
barely move, and judges the targets on it too.
"""

import datetime
import json
import statistics
import sys

data, inproc, readme, machine, before, after, runs = sys.argv[1:8]
rows = {r["command"]: r for r in json.load(open(data))["results"]}
wall = {k: statistics.median(r["times"]) * 1000 for k, r in rows.items()}
cpu = {k: (r["user"] + r["system"]) * 1000 for k, r in rows.items()}
lib = statistics.median(float(x) for x in open(inproc).read().split())

JAVA, REF_V, REF_P = "java -version", "reference validate (1 skill)", "reference to-prompt (950 skills)"


def targets(m):
    """Each target row: (the target in words, met?) under the measure m (wall or cpu)."""
    jv = m[JAVA]
    return {
        "kiro4j --version": ("≤ java -version + 150 ms", m["kiro4j --version"] <= jv + 150),
        "kiro4j skills validate (1 skill)": ("≤ reference", m["kiro4j skills validate (1 skill)"] <= m[REF_V]),
        "kiro4j skills to-prompt (950 skills)": (
            "≥ 4× faster than reference (%.1f×)" % (m[REF_P] / m["kiro4j skills to-prompt (950 skills)"]),
            m[REF_P] >= 4 * m["kiro4j skills to-prompt (950 skills)"]),
        "kiro4j check (1 decision)": ("≤ 3× java -version", m["kiro4j check (1 decision)"] <= 3 * jv),
        "kiro4j lint (sample)": ("≤ 3× java -version", m["kiro4j lint (sample)"] <= 3 * jv),
    }


def verdict(ok):
    return "**met**" if ok else "not met"


by_wall, by_cpu = targets(wall), targets(cpu)
out = [
    "<!-- cold-start table: written by benchmarks/cold/run.sh -->",
    "",
    "Run %s UTC on %s; load average %s before, %s after (1, 5, 15 min). Wall: median of %s runs after 2 warm-ups,"
    " all rows in one hyperfine run (`-N`), whole processes; CPU: user + system, mean of the same runs."
    % (datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"), machine, before, after, runs),
    "",
    "| command | wall (median) | σ | CPU | target | by wall | by CPU |",
    "|---|---|---|---|---|---|---|",
]
for name, r in rows.items():
    t, ok_wall = by_wall.get(name, ("", None))
    ok_cpu = by_cpu.get(name, ("", None))[1]
    if name.startswith("library"):
        t, ok_wall, ok_cpu = "in-process ≤ 300 ms: %.0f ms (median of %s)" % (lib, runs), lib <= 300, None
    out.append("| %s | %.0f ms | %.0f ms | %.0f ms | %s | %s | %s |" % (
        name, wall[name], r["stddev"] * 1000, cpu[name], t,
        "" if ok_wall is None else verdict(ok_wall), "" if ok_cpu is None else verdict(ok_cpu)))
out += ["", "<!-- end of cold-start table -->"]

END = "<!-- end of cold-start table -->"
text = open(readme).read()
begin, end = text.find("<!-- cold-start table"), text.find(END)
table = "\n".join(out)
if begin >= 0 and end >= 0:
    text = text[:begin] + table + text[end + len(END):]
else:
    text = text.rstrip("\n") + "\n\n## Cold start (issue 18)\n\n" + table + "\n"
open(readme, "w").write(text)
print(table)

#!/usr/bin/env bash
# Cold start, whole processes (issue 18): every row of the issue's targets side by side in ONE hyperfine
# run, with `java -version` (the JVM's floor) and the Python reference validator, then the table into
# benchmarks/README.md (between the "cold-start table" markers) with the machine. Never run by CI.
#
#   benchmarks/cold/run.sh            # 15 runs per row (RUNS=30 for more), about five minutes
#   BEFORE_JAR=/tmp/old/kiro4j.jar benchmarks/cold/run.sh   # adds rows for an older build
#
# Needs hyperfine (Debian: apt-get install hyperfine), python3 and the peers folder holding the
# reference (PEERS, default ../shared/peers beside the repository: skills-ref.sh, gen_skills.py).
# Builds examples/target/kiro4j.jar and benchmarks/target/benchmarks.jar when missing. The ./kiro4j rows
# run the launcher as users do, with its class-data sharing archive trained beforehand (one untimed run);
# the "no CDS" rows set KIRO4J_CDS=0.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
runs="${RUNS:-15}"
peers="$(cd "${PEERS:-$root/../shared/peers}" && pwd)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$peers/gen_skills.py" 1000 "$work/skills" >/dev/null
# The valid ones (950): to-prompt of the reference stops at the first invalid skill.
mapfile -t valid < <(awk -F'\t' '$2 == "valid" { print $1 }' "$work/skills.manifest.tsv")
ws=examples/sample-workspace
home=examples/sample-home
skill="$ws/.kiro/skills/code-review"
decision="check -w $ws --user-home $home --tool shell --input '{\"command\":\"git status\"}'"

./kiro4j --version >/dev/null # trains the launcher's archive once, outside the timing
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# BEFORE_JAR=path/to/an/older/kiro4j.jar adds its rows (run as the old launcher did: java -jar).
before=()
if [ -n "${BEFORE_JAR:-}" ]; then
  old="java -jar $BEFORE_JAR"
  before=(-n 'before: --version' "$old --version"
    -n 'before: skills validate (1 skill)' "$old skills validate $skill"
    -n 'before: check (1 decision)' "$old $decision"
    -n 'before: lint (sample)' "$old lint -w $ws --user-home $home")
fi
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/cold.json" --style basic \
  -n 'java -version' 'java -version' \
  -n 'kiro4j --version' './kiro4j --version' \
  -n 'kiro4j --version (no CDS)' 'env KIRO4J_CDS=0 ./kiro4j --version' \
  -n 'kiro4j skills validate (1 skill)' "./kiro4j skills validate $skill" \
  -n 'reference validate (1 skill)' "$peers/skills-ref.sh validate $skill" \
  -n 'kiro4j skills to-prompt (950 skills)' "./kiro4j skills to-prompt ${valid[*]}" \
  -n 'reference to-prompt (950 skills)' "$peers/skills-ref.sh to-prompt ${valid[*]}" \
  -n 'kiro4j check (1 decision)' "./kiro4j $decision" \
  -n 'kiro4j check (no CDS)' "env KIRO4J_CDS=0 ./kiro4j $decision" \
  -n 'kiro4j lint (sample)' "./kiro4j lint -w $ws --user-home $home" \
  -n 'kiro4j lint (no CDS)' "env KIRO4J_CDS=0 ./kiro4j lint -w $ws --user-home $home" \
  -n 'library: open + agents + 1st decision (fresh JVM)' \
  "java -cp benchmarks/target/benchmarks.jar io.kiro4j.benchmarks.cold.FirstDecision $ws $home" \
  "${before[@]}" >&2
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
# The library's own time (main's first line to the decision), outside hyperfine: its output.
for _ in $(seq "$runs"); do
  java -cp benchmarks/target/benchmarks.jar io.kiro4j.benchmarks.cold.FirstDecision "$ws" "$home"
done | awk '{ print $3 }' >"$work/inprocess.txt"

machine="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) vCPU, \
$(java -version 2>&1 | head -1 | tr -d '"'), hyperfine $(hyperfine --version | cut -d' ' -f2)"
python3 "$root/benchmarks/cold/table.py" "$work/cold.json" "$work/inprocess.txt" "$root/benchmarks/README.md" \
  "$machine" "$load_before" "$load_after" "$runs"

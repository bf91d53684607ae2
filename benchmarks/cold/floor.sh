#!/usr/bin/env bash
# What a cold `kiro4j lint` of the sample cannot go below (issue 18), whole processes side by side in
# ONE hyperfine run, then lint's first and later runs inside one JVM. Never run by CI.
#
#   benchmarks/cold/floor.sh          # 20 runs per row (RUNS=30 for more)
#
# Rows: `java -version`; `./kiro4j --version` (the JVM with the launcher's archive and flags: the
# floor of every kiro4j command); LintFloor `load`: the same JVM loading every class one lint loads
# from the archive, without initialising any or running lint's code; `./kiro4j lint` itself.
# Then LintFloor `lint`: the sample linted 20 times in one JVM (the first lint against the later,
# compiled ones). Needs hyperfine; builds the CLI and benchmarks jars when missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
runs="${RUNS:-20}"

ws=examples/sample-workspace
home=examples/sample-home
./kiro4j --version >/dev/null # trains the launcher's archive once, outside the timing
# The archive the launcher uses, as the JVM reports its flags.
archive="$(KIRO4J_JAVA_OPTS=-XX:+PrintCommandLineFlags ./kiro4j --version | tr ' ' '\n' \
  | sed -n 's/^-XX:SharedArchiveFile=//p')"
[ -n "$archive" ] || { echo "floor.sh: the launcher uses no archive (KIRO4J_CDS=0?)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
KIRO4J_JAVA_OPTS="-Xlog:class+load=info:file=$work/classes.log" \
  ./kiro4j lint -w "$ws" --user-home "$home" >/dev/null || true
# Classes from the archive, not the ones generated at run time (lambda proxies, method-handle forms).
awk '/source: shared objects file/ { print $2 }' "$work/classes.log" | grep -v -e 'Lambda' -e '/0x' \
  >"$work/classes.txt"
echo "lint loads $(wc -l <"$work/classes.log") classes, $(wc -l <"$work/classes.txt") of them from the archive"
# The launcher's flags (see ./kiro4j); the archive was dumped for the CLI jar alone, and a class path
# that starts with it may add more (benchmarks.jar, for LintFloor).
flags="-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$archive -Xshare:on"
cp="examples/target/kiro4j.jar:benchmarks/target/benchmarks.jar"
floor="io.kiro4j.benchmarks.cold.LintFloor"
java $flags -cp "$cp" "$floor" load "$work/classes.txt"
hyperfine -N --warmup 2 --runs "$runs" --style basic \
  -n "java -version" "java -version" \
  -n "kiro4j --version" "./kiro4j --version" \
  -n "load lint's classes, run nothing" "java $flags -cp $cp $floor load $work/classes.txt" \
  -n "kiro4j lint (sample)" "./kiro4j lint -w $ws --user-home $home"
echo
java $flags -cp "$cp" "$floor" lint "$ws" "$home" 20
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) vCPU," \
  "$(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Runs `kiro4j lint` over every folder of a corpus directory (one folder = one repository's
# checkout, or just its .kiro/ files, skills and powers laid out at their repository paths) and
# prints one summary line per repository: exit code, time, counts by severity and by code.
#
# usage: benchmarks/real-world/run-lint.sh CORPUS_DIR [OUT_DIR]
#   CORPUS_DIR  a folder whose sub-folders are repositories (files other than folders are skipped)
#   OUT_DIR     where to keep each repository's text and JSON output (default: a fresh temp dir)
# env: KIRO4J_JAR   the CLI jar (default: examples/target/kiro4j.jar next to this script's project)
#      TIMEOUT      seconds allowed per lint run (default: 120); a run killed by it is reported as "hung"
#
# Build the CLI first: mvn -B -ntp -q -pl examples -am package -DskipTests
# Needs java and jq. Every run uses an empty user home, so nothing of the real ~/.kiro leaks in.
# The exit status is 0 unless a run crashed (exit code other than 0/1) or hung.
set -uo pipefail

corpus="${1:?usage: run-lint.sh CORPUS_DIR [OUT_DIR]}"
out="${2:-$(mktemp -d -t kiro4j-real-world.XXXXXX)}"
here="$(cd "$(dirname "$0")" && pwd)"
jar="${KIRO4J_JAR:-$here/../../examples/target/kiro4j.jar}"
timeout_s="${TIMEOUT:-120}"

[ -f "$jar" ] || { echo "no CLI jar at $jar (build it first)" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is required" >&2; exit 2; }
mkdir -p "$out"
home="$(mktemp -d -t kiro4j-empty-home.XXXXXX)"
trap 'rm -rf "$home"' EXIT

printf '%-55s %4s %7s %5s %5s %5s  %s\n' repository exit ms error warn info codes
bad=0
tot_e=0; tot_w=0; tot_i=0
for dir in "$corpus"/*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  start=$(date +%s%N)
  timeout "$timeout_s" java -jar "$jar" lint --user-home="$home" "$dir" \
    >"$out/$name.txt" 2>"$out/$name.txt.stderr"
  rc_text=$?
  timeout "$timeout_s" java -jar "$jar" lint --json --user-home="$home" "$dir" \
    >"$out/$name.json" 2>"$out/$name.json.stderr"
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 2000000 ))   # mean of the two runs
  if [ "$rc" -eq 124 ] || [ "$rc_text" -eq 124 ]; then
    printf '%-55s %4s %7s  HUNG (>%ss)\n' "$name" "$rc" "$ms" "$timeout_s"; bad=1; continue
  fi
  if [ "$rc" -gt 1 ] || [ "$rc_text" -ne "$rc" ] || ! jq -e '.diagnostics' "$out/$name.json" >/dev/null 2>&1; then
    printf '%-55s %4s %7s  CRASH (text exit %s; see %s)\n' "$name" "$rc" "$ms" "$rc_text" "$out/$name.json.stderr"
    bad=1; continue
  fi
  read -r e w i < <(jq -r '[.diagnostics[] | .severity] |
      "\(map(select(.=="error"))|length) \(map(select(.=="warning"))|length) \(map(select(.=="info"))|length)"' \
      "$out/$name.json")
  codes=$(jq -r '[.diagnostics[] | select(.severity != "info") | "\(.code)(\(.severity[0:1]))"]
      | group_by(.) | map("\(.[0])x\(length)") | join(" ")' "$out/$name.json")
  printf '%-55s %4s %7s %5s %5s %5s  %s\n' "$name" "$rc" "$ms" "$e" "$w" "$i" "$codes"
  tot_e=$((tot_e + e)); tot_w=$((tot_w + w)); tot_i=$((tot_i + i))
done
printf '%-55s %4s %7s %5s %5s %5s\n' TOTAL "" "" "$tot_e" "$tot_w" "$tot_i"
echo
echo "warnings+errors by code over the corpus:"
cat "$out"/*.json | jq -r '.diagnostics[] | select(.severity != "info") | "\(.severity) \(.code)"' \
  | sort | uniq -c | sort -rn
echo "outputs: $out"
exit "$bad"

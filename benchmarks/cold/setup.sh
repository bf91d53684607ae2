# Sourced by the cold-start scripts (run.sh, floor.sh): goes to the repository root, needs hyperfine,
# builds the CLI and benchmarks jars when missing (the build's output on stderr).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null \
  || { echo "${0##*/}: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
build() {
  mvn -B -ntp -q -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -pl "$1" -am package >&2
}
[ -f examples/target/kiro4j.jar ] || build examples
[ -f benchmarks/target/benchmarks.jar ] || build benchmarks

#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find:
#   0. the plugin's own jar is reproducible: two clean builds give the same digest;
#      the documentation site builds with a page per goal (e2e/site-check.sh); the release profile
#      signs the plugin, sources and Javadoc jars and the POM with a throwaway key and leaves the
#      plugin jar as the plain build makes it (e2e/release-check.sh);
#   1. unit, golden and harness tests, then the invoker ITs, under the system Maven (also installs the
#      plugin into the local repository for step 3);
#   2. the invoker ITs again under Maven 3.6.3 (the oldest we support), 3.9.16, 3.10.0 and 4.0.0-rc-5,
#      fetched from Maven Central by the build itself;
#   3. the real-engine suite (e2e/run.sh): installs and starts Docker (and podman, buildah) if needed, makes the base images,
#      builds and runs generated Dockerfiles. Needs root, as apt-get and dockerd do;
#   4. the benchmark suite's smoke mode (bench/run.sh --smoke): the bundled example once, so the
#      suite itself keeps working; its figures are printed, not judged.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar_digest() {
  mvn -B -q clean package -DskipTests -Dinvoker.skip=true >target-build.log 2>&1 || { cat target-build.log >&2; return 1; }
  rm -f target-build.log
  sha256sum target/dockerfile-gen-maven-plugin-*.jar | cut -d' ' -f1
}
first=$(jar_digest) || exit 1
second=$(jar_digest) || exit 1
[ "$first" = "$second" ] || { echo "the plugin jar is not reproducible: $first != $second"; exit 1; }
echo "reproducible plugin jar: two clean builds, sha256 $first"
bash e2e/site-check.sh
PLUGIN_JAR_SHA256=$first bash e2e/release-check.sh

mvn -B install
for maven in 3.6.3 3.9.16 3.10.0 4.0.0-rc-5; do
  mvn -B verify -DskipTests -Pit-maven -Dit.maven.version="$maven"
done
E2E_SKIP_INSTALL=1 bash e2e/run.sh
BENCH_SKIP_INSTALL=1 bash bench/run.sh --smoke

# shellcheck shell=bash
# jlink runtimes (<jlink>): the bundled example and the Spring Boot 3, Quarkus and Micronaut
# applications of src-it, each generated with -Ddockerfile-gen.jlink=true after its JRE image was built
# under the same tag by run.sh. Built with the printed command, the image starts and answers as the JRE
# one did, weighs at most half of it, holds no JDK tools, and a source-only change rebuilds without
# running jdeps over the libraries or jlink again.
# Sourced by run.sh.
# needs: check, fail, log, serve, stop_within, seconds_since from lib.sh; ROOT, WORK, HELLO, prepare,
# build, image_tag, image_files, prints, runs_as_non_root from run.sh.

image_size() { docker image inspect -f '{{.Size}}' "$1"; }

# at_most_half JLINK_SIZE JRE_SIZE
at_most_half() {
  awk -v j="$1" -v r="$2" 'BEGIN { printf "  %.0f MB against %.0f MB: %.2f\n", j/1e6, r/1e6, j/r; exit !(2*j <= r) }'
}

# The step of a build log that ran a command, CACHED or not: the lines of the RUN with this text.
step_cached() { # LOG TEXT
  grep -F -A2 -- "$2" "$1" | grep -q CACHED
}

no_jdk_tools() { # IMAGE
  local found; found=$(image_files "$1" | grep -E '(^|/)bin/(javac|jlink|jdeps)$' || true)
  [ -z "$found" ] || { echo "  found: $found"; return 1; }
}

# jlink_case CASE FIXTURE PORT BODY: PORT "-" for an application that prints BODY and exits.
jlink_case() {
  local name=$1 fixture=$2 port=$3 body=$4 dir tag jre_size size t0
  dir=$WORK/cases/$name
  t0=$(date +%s.%N)
  check "$name: plugin generates a Dockerfile with a jlink runtime" \
    prepare "$name" "$fixture" -Ddockerfile-gen.jlink=true || return 0
  tag=$(image_tag "$name")
  jre_size=$(image_size "$tag" 2>/dev/null) || { fail "$name: no JRE image $tag to compare with"; return 0; }
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  size=$(image_size "$tag")
  log "$name: built in $(seconds_since "$t0") s; modules: $(grep -o 'java\.base,[A-Za-z0-9.,]*' "$WORK/$name.build.log" | tail -n 1)"
  check "$name: at most half the JRE image" at_most_half "$size" "$jre_size"
  check "$name: runs as a numeric non-root user" runs_as_non_root "$tag"
  check "$name: no javac, jlink or jdeps in the image" no_jdk_tools "$tag"
  if [ "$port" = - ]; then
    check "$name: container prints '$body'" prints "$tag" "$body"
  elif check "$name: answers HTTP on $port" serve docker "$tag" "$port"; then
    check "$name: answers '$body' (got '$SERVED_BODY')" test "$SERVED_BODY" = "$body"
    stop_within docker 10; local stopped=$?
    check "$name: stops on SIGTERM in $STOP_SECONDS s" test "$stopped" -eq 0
    docker rm -f "$SERVED_ID" >/dev/null
  fi
  grep -rl -i '"hello from\|hello from a generated' "$dir/src" | xargs sed -i 's/[Hh]ello from/hello again from/'
  t0=$(date +%s.%N)
  check "$name: rebuild after a source-only change builds" build "$name" "$WORK/$name.rebuild.log" || return 0
  log "$name: rebuilt in $(seconds_since "$t0") s"
  check "$name: the rebuild takes jlink from the cache" step_cached "$WORK/$name.rebuild.log" 'RUN jlink --add-modules'
  if grep -q 'libraries.txt' "$dir/target/Dockerfile"; then
    check "$name: the rebuild takes the libraries' jdeps from the cache" step_cached "$WORK/$name.rebuild.log" '> libraries.txt'
  fi
}

jlink_cases() {
  local t0; t0=$(date +%s.%N)
  jlink_case jlink-hello "$HELLO" - "Hello From A Generated Dockerfile on Java 17"
  jlink_case jlink-spring-boot-3 "$ROOT/src-it/spring-boot-3" 8081 "hello from spring boot 3"
  jlink_case jlink-quarkus "$ROOT/src-it/quarkus" 8180 "hello from quarkus"
  jlink_case jlink-micronaut "$ROOT/src-it/micronaut" 8082 "hello from micronaut"
  log "jlink cases: $(seconds_since "$t0") s"
}

# shellcheck shell=bash
# Start-up caches (<startupCache>): Spring Boot 3 on Java 17 (a dynamic CDS archive) and on Java 25
# (an AOT cache), Quarkus on a jlink runtime, and the bundled example trained with
# <startupCacheTraining>. Each image is built with the printed command and answers with the JVM told
# to fail rather than start without its cache (-Xshare:on, -XX:AOTMode=on), with no limits and in a
# container of one CPU and 512 MB, whose JVM sizes itself differently from the training run's. The
# time to the first answer, against the same application built without a cache, is logged, not
# asserted. One more build, by
# buildah with --timestamp 0, which sets every file's time, must leave the cache valid.
# Sourced by run.sh.
# needs: check, fail, log, serve, seconds_since from lib.sh; WORK, HELLO, ROOT, prepare, build,
# image_tag, image_files, prints, runs_as_non_root, build_command from run.sh.

# The option that makes the JVM refuse to start without the cache the image has.
cache_required() { # IMAGE
  if image_files "$1" | grep -q '^app/app\.aot$'; then echo "-XX:AOTMode=on"; else echo "-Xshare:on"; fi
}

has_cache() { # IMAGE
  image_files "$1" | grep -qE '^app/app\.(jsa|aot)$' || { echo "  no /app/app.jsa or /app/app.aot"; return 1; }
}

# answer_seconds IMAGE PORT [docker run options...]: seconds from `docker run` to the first answer.
answer_seconds() {
  local tag=$1 port=$2 t0 s; shift 2
  t0=$(date +%s.%N)
  serve docker "$tag" "$port" "$@" || return 1
  s=$(seconds_since "$t0")
  docker rm -f "$SERVED_ID" >/dev/null
  echo "$s"
}

# median_answer IMAGE PORT [docker run options...]: the median of three answer_seconds.
median_answer() {
  local runs=() s
  for _ in 1 2 3; do s=$(answer_seconds "$@") || return 1; runs+=("$s"); done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}

prepare_and_build() { # CASE FIXTURE [plugin -D options...]
  prepare "$@" && build "$1" "$WORK/$1.build.log"
}

# startup_case CASE FIXTURE PORT BODY [plugin -D options...]: PORT "-" for an application that prints
# BODY and exits. A server is also timed against an image of the same application, generated with the
# same options but no cache and built first.
startup_case() {
  local name=$1 fixture=$2 port=$3 body=$4 tag required limits with without t0 baseline
  shift 4
  limits=(--cpus 1 -m 512m)
  if [ "$port" != - ]; then
    check "$name: the same application without a cache builds" \
      prepare_and_build "$name-no-cache" "$fixture" "$@" || return 0
    baseline=dockerfile-gen-e2e/no-cache:$name
    docker tag "$(image_tag "$name-no-cache")" "$baseline"
  fi
  t0=$(date +%s.%N)
  check "$name: plugin generates a Dockerfile with a start-up cache" \
    prepare "$name" "$fixture" -Ddockerfile-gen.startupCache=true "$@" || return 0
  tag=$(image_tag "$name")
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  log "$name: built in $(seconds_since "$t0") s"
  check "$name: the image holds the cache" has_cache "$tag"
  check "$name: runs as a numeric non-root user" runs_as_non_root "$tag"
  required=$(cache_required "$tag")
  if [ "$port" = - ]; then
    check "$name: prints '$body' with $required" prints_with "$tag" "$body" -e "JAVA_TOOL_OPTIONS=$required"
    check "$name: prints '$body' with $required in 1 CPU and 512 MB" \
      prints_with "$tag" "$body" -e "JAVA_TOOL_OPTIONS=$required" "${limits[@]}"
    return 0
  fi
  check "$name: answers '$body' with $required" answers "$tag" "$port" "$body" -e "JAVA_TOOL_OPTIONS=$required"
  check "$name: answers with $required in 1 CPU and 512 MB" \
    answers "$tag" "$port" "$body" -e "JAVA_TOOL_OPTIONS=$required" "${limits[@]}"
  with=$(median_answer "$tag" "$port" "${limits[@]}") || { fail "$name: timing with the cache"; return 0; }
  without=$(median_answer "$baseline" "$port" "${limits[@]}") || { fail "$name: timing without"; return 0; }
  log "$name: first answer in 1 CPU and 512 MB, median of 3: ${with} s with the cache, ${without} s without"
  docker rmi "$baseline" >/dev/null
}

# answers IMAGE PORT BODY [docker run options...]
answers() {
  local tag=$1 port=$2 body=$3; shift 3
  serve docker "$tag" "$port" "$@" || return 1
  docker rm -f "$SERVED_ID" >/dev/null
  [ "$SERVED_BODY" = "$body" ] || { echo "  got '$SERVED_BODY'"; return 1; }
}

# prints_with IMAGE EXPECTED [docker run options...]
prints_with() {
  local tag=$1 expected=$2 out; shift 2
  out=$(docker run --rm "$@" "$tag" 2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS')
  [ "$out" = "$expected" ] || { echo "  expected: $expected"; echo "  got:      $out"; return 1; }
}

startup_cases() {
  local t0 quarkus=$WORK/fixtures/quarkus-appcds; t0=$(date +%s.%N)
  # Quarkus ends a training run by itself only when packaged for AppCDS.
  rm -rf "$quarkus" && mkdir -p "$WORK/fixtures" && cp -r "$ROOT/src-it/quarkus" "$quarkus" \
    && echo "quarkus.package.jar.appcds.enabled=true" >>"$quarkus/src/main/resources/application.properties"
  startup_case startup-spring-boot-3 "$ROOT/src-it/spring-boot-3" 8081 "hello from spring boot 3"
  startup_case startup-spring-boot-3-java25 "$ROOT/src-it/spring-boot-3" 8081 "hello from spring boot 3" \
    -Ddockerfile-gen.javaVersion=25
  startup_case startup-quarkus-jlink "$quarkus" 8180 "hello from quarkus" -Ddockerfile-gen.jlink=true
  startup_case startup-hello "$HELLO" - "Hello From A Generated Dockerfile on Java 17" \
    -Ddockerfile-gen.startupCacheTraining=-Dtraining=true
  log "start-up cache cases: $(seconds_since "$t0") s"
}

# The bundled example's cached image built by buildah with --no-cache --timestamp 0 (every file's time
# set to the epoch) still starts with -Xshare:on: the builder gave the files that time before training.
startup_buildah_case() {
  local name=startup-hello command out
  [ -f "$WORK/cases/$name/target/Dockerfile" ] || { fail "$name: no Dockerfile from startup_cases"; return 0; }
  command=$(build_command "$name" \
    | sed 's|^DOCKER_BUILDKIT=1 docker build |buildah build --no-cache --timestamp 0 --iidfile '"$WORK"'/startup.iid |')
  check "$name: buildah --timestamp 0 builds it" \
    bash -c "cd '$WORK/cases/$name' && $command >'$WORK/$name.buildah.log' 2>&1" || return 0
  out=$(podman run --rm -e JAVA_TOOL_OPTIONS=-Xshare:on "$(cat "$WORK/startup.iid")" 2>&1 \
    | grep -v '^Picked up JAVA_TOOL_OPTIONS')
  check "$name: the buildah image starts with -Xshare:on (got '$out')" \
    test "$out" = "Hello From A Generated Dockerfile on Java 17"
  podman rmi "$(cat "$WORK/startup.iid")" >/dev/null 2>&1 || true
}

#!/usr/bin/env bash
# Real-engine tests. For each case: run the plugin on a fixture project from the command line, build
# the Dockerfile it wrote with the exact command it printed (BuildKit, Docker 20.10), run the image and
# check what it prints, who it runs as and what it holds. On the bundled example it also measures a
# cold build against a plain `mvn package`, and a rebuild after a source-only change.
#
# Usage: e2e/run.sh            (as root; e2e/engine.sh installs and starts the engine if needed)
# Env:   E2E_WORK (default target/e2e), E2E_SKIP_INSTALL=1 (the plugin is already in ~/.m2),
#        JAVA_VERSIONS (stand-in images to make, default "17 21 25": 25 for the AOT cache case)
# No `set -e`: a failed check is counted and reported, and the run goes on to the next one.
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(realpath -m "${E2E_WORK:-$ROOT/target/e2e}")
export JAVA_VERSIONS=${JAVA_VERSIONS:-17 21 25}
VERSION=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$ROOT/pom.xml" | head -n 1)
PLUGIN=io.github.dockerfilegen:dockerfile-gen-maven-plugin:$VERSION

# The generated header says `docker build`: make that mean the Debian 20.10 client, which has BuildKit
# built in (a newer client found first on PATH refuses DOCKER_BUILDKIT=1 without buildx).
mkdir -p "$WORK/bin" && ln -sf /usr/bin/docker "$WORK/bin/docker" || exit 1
export PATH="$WORK/bin:$PATH"

bash "$ROOT/e2e/engine.sh" setup || { log "the engine could not be set up"; exit 1; }
if [ "${E2E_SKIP_INSTALL:-0}" != 1 ]; then
  log "installing the plugin $VERSION into the local Maven repository"
  mvn -B -q -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip=true || exit 1
fi

# --------------------------------------------------------------------------- helpers for one case
# prepare CASE FIXTURE_DIR [plugin -D options...]: a fresh copy of the fixture, and the plugin run on it.
prepare() {
  local name=$1 fixture=$2; shift 2
  local dir=$WORK/cases/$name
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$fixture" --exclude=./target -cf - . | tar -C "$dir" -xf -
  (cd "$dir" && mvn -B -q "$PLUGIN:generate" "$@") >"$WORK/$name.generate.log" 2>&1 \
    || { cat "$WORK/$name.generate.log"; return 1; }
}
# The build command exactly as the header of the generated Dockerfile prints it.
build_command() { sed -n 's|^# Build: *||p' "$WORK/cases/$1/target/Dockerfile"; }
image_tag() { build_command "$1" | sed -n 's|.* -t \([^ ]*\) .*|\1|p'; }
build() { # build CASE LOG: run the printed command in the project folder
  local name=$1 logfile=$2
  (cd "$WORK/cases/$name" && bash -c "$(build_command "$name")") >"$logfile" 2>&1 \
    || { tail -40 "$logfile"; return 1; }
}
runtime_stage_has_no_run() { # everything after the last FROM
  ! awk '/^FROM /{stage=""} {stage = stage $0 "\n"} END {printf "%s", stage}' "$WORK/cases/$1/target/Dockerfile" | grep -q '^RUN'
}
prints() { # prints IMAGE EXPECTED
  local out; out=$(docker run --rm "$1" 2>&1)
  [ "$out" = "$2" ] || { echo "  expected: $2"; echo "  got:      $out"; return 1; }
}
runs_as_non_root() {
  local user; user=$(docker image inspect -f '{{.Config.User}}' "$1")
  case "${user%%:*}" in ""|0|root) echo "  user is '$user'"; return 1 ;; esac
  [[ "$user" =~ ^[0-9]+(:[0-9]+)?$ ]] || { echo "  user '$user' is not numeric"; return 1; }
}
image_files() { local id; id=$(docker create "$1") && docker export "$id" | tar -t | sort; docker rm "$id" >/dev/null; }
# holds_no_build_tools_or_sources IMAGE CASE: nothing of the build in what the Dockerfile added to its
# base image (a Tomcat base ships example sources of its own in webapps.dist).
holds_no_build_tools_or_sources() {
  local base files bad
  base=$(sed -n 's|^ARG RUNTIME_IMAGE=||p' "$WORK/cases/$2/target/Dockerfile")
  files=$(comm -23 <(image_files "$1") <(image_files "$base"))
  # (a war's META-INF/maven/<group>/<artifact>/pom.xml is part of the packaged artifact, not the source tree)
  bad=$(grep -E '(^|/)bin/(mvn|javac)$|(^|/)\.m2/|\.java$|^build/|^usr/share/maven/|(^|/)pom\.xml$' <<<"$files" \
    | grep -v '/META-INF/maven/' || true)
  [ -z "$bad" ] || { echo "  found in the image:"; head -5 <<<"$bad" | sed 's/^/    /'; return 1; }
}
has_label() { # has_label IMAGE KEY VALUE
  local v; v=$(docker image inspect -f "{{index .Config.Labels \"$2\"}}" "$1")
  [ "$v" = "$3" ] || { echo "  label $2 is '$v', expected '$3'"; return 1; }
}
layers() { docker image inspect -f '{{range .RootFS.Layers}}{{println .}}{{end}}' "$1"; }

# One generated-built-run case with the checks every image must pass.
image_case() { # image_case CASE FIXTURE EXPECTED_OUTPUT VERSION_LABEL [plugin -D options...]
  local name=$1 fixture=$2 expected=$3 version=$4; shift 4
  local t0 tag; t0=$(date +%s.%N)
  check "$name: plugin generates a Dockerfile" prepare "$name" "$fixture" "$@" || return 0
  check "$name: runtime stage has no RUN" runtime_stage_has_no_run "$name"
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  log "$name: built $tag in $(seconds_since "$t0") s, $(docker image inspect -f '{{.Size}}' "$tag" | awk '{printf "%.0f MB", $1/1e6}')"
  check "$name: container prints '$expected'" prints "$tag" "$expected"
  check "$name: runs as a numeric non-root user" runs_as_non_root "$tag"
  check "$name: no mvn, javac, Maven repository or sources in the image" holds_no_build_tools_or_sources "$tag" "$name"
  check "$name: OCI version label from the POM" has_label "$tag" org.opencontainers.image.version "$version"
  docker tag "$tag" "dockerfile-gen-e2e/$name:latest"
}

# --------------------------------------------------------------------------- the cases
distroless_has_no_shell() {
  local ctx=$WORK/no-shell; mkdir -p "$ctx"
  printf 'FROM gcr.io/distroless/java17-debian13:nonroot\nRUN true\n' >"$ctx/Dockerfile"
  if DOCKER_BUILDKIT=1 docker build -q "$ctx" >"$WORK/no-shell.log" 2>&1; then
    echo "  a RUN built on the distroless stand-in: it has a shell"; return 1
  fi
  grep -q '/bin/sh' "$WORK/no-shell.log" || { tail -5 "$WORK/no-shell.log"; return 1; }
}
check "distroless stand-in: a RUN fails to build (no shell)" distroless_has_no_shell

HELLO=$ROOT/examples/hello
JAVA21=$ROOT/e2e/fixtures/java21-app

# The bundled example, cold: an empty BuildKit cache, so its Maven cache mount starts empty too.
docker builder prune -af >/dev/null
image_case hello-distroless "$HELLO" "Hello From A Generated Dockerfile on Java 17" 1.0.0
cold_downloads=$(downloads_in "$WORK/hello-distroless.build.log")

# What a plain `mvn package` of the same project downloads with an empty local repository, with the
# same Maven and JDK as the builder image.
plain_package() {
  docker run --rm -v "$WORK/cases/hello-distroless:/src:ro" maven:3.9.16-eclipse-temurin-17 \
    sh -c 'cp -r /src /tmp/p && cd /tmp/p && rm -rf target && mvn -B -Dmaven.repo.local=/tmp/empty-repo package' \
    >"$WORK/plain-package.log" 2>&1 || { tail -20 "$WORK/plain-package.log"; return 1; }
}
check "baseline: plain mvn package in the builder image" plain_package
plain_downloads=$(downloads_in "$WORK/plain-package.log")
log "cold build downloaded $cold_downloads artifacts; plain mvn package with an empty repository: $plain_downloads"
cold_within_plain() {
  [ "$cold_downloads" -gt 0 ] && [ "$cold_downloads" -le "$plain_downloads" ] \
    || { echo "  cold build $cold_downloads > plain package $plain_downloads"; return 1; }
}
check "cold build downloads no more than a plain mvn package ($cold_downloads <= $plain_downloads)" cold_within_plain

# A source-only change: nothing downloaded (the Maven repository is a cache mount), exactly one layer changed.
source_change_rebuild() {
  local dir=$WORK/cases/hello-distroless tag before after t0
  tag=$(image_tag hello-distroless)
  before=$(layers "$tag")
  sed -i 's/hello from a generated dockerfile/hello again from a generated dockerfile/' \
    "$dir/src/main/java/com/example/hello/Main.java"
  t0=$(date +%s.%N)
  build hello-distroless "$WORK/rebuild.log" || return 1
  log "rebuild after a source change: $(seconds_since "$t0") s"
  after=$(layers "$tag")
  REBUILD_DOWNLOADS=$(downloads_in "$WORK/rebuild.log")
  REBUILD_CHANGED_LAYERS=$(diff <(echo "$before") <(echo "$after") | grep -c '^>' || true)
  REBUILD_LAYER_COUNTS="$(wc -l <<<"$before") -> $(wc -l <<<"$after")"
  return 0
}
if check "rebuild after a source-only change builds" source_change_rebuild; then
  check "rebuild prints the changed source" prints "$(image_tag hello-distroless)" \
    "Hello Again From A Generated Dockerfile on Java 17"
  check "rebuild downloads nothing ($REBUILD_DOWNLOADS downloads)" test "$REBUILD_DOWNLOADS" -eq 0
  check "rebuild changes exactly one layer ($REBUILD_CHANGED_LAYERS changed, layers $REBUILD_LAYER_COUNTS)" \
    test "$REBUILD_CHANGED_LAYERS" -eq 1
fi

# The README's sample is what the plugin really writes for the bundled example.
readme_sample_is_current() {
  diff <(sed -n '/^```dockerfile$/,/^```$/p' "$ROOT/README.md" | sed '1d;$d') \
    "$WORK/cases/hello-distroless/target/Dockerfile"
}
check "README's sample Dockerfile is the one generated for examples/hello" readme_sample_is_current

image_case hello-temurin "$HELLO" "Hello From A Generated Dockerfile on Java 17" 1.0.0 -Ddockerfile-gen.runtime=temurin
image_case hello-alpine "$HELLO" "Hello From A Generated Dockerfile on Java 17" 1.0.0 -Ddockerfile-gen.runtime=alpine
image_case java21-distroless "$JAVA21" '{"name":"report","java":21} REPORT on modern Java' 0.3.0-SNAPSHOT

# --------------------------------------------------------------------------- services
# (serve and stop_within are lib.sh's)
exposes() { # exposes IMAGE PORT...: exactly these ports, tcp
  local want="" p; for p in "${@:2}"; do want+="\"$p/tcp\":{},"; done
  [ "$(docker image inspect -f '{{json .Config.ExposedPorts}}' "$1")" = "{${want%,}}" ] \
    || { echo "  exposed: $(docker image inspect -f '{{json .Config.ExposedPorts}}' "$1")"; return 1; }
}

# A long-running service without dependencies: it answers on its EXPOSEd port, sizes its heap from
# the container's memory limit, and stops at once on SIGTERM (exec-form java is PID 1).
http_service_case() {
  local name=http-distroless tag heap
  check "$name: plugin generates a Dockerfile" prepare "$name" "$ROOT/e2e/fixtures/http-app" \
    -Ddockerfile-gen.ports=8080 || return 0
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  check "$name: runs as a numeric non-root user" runs_as_non_root "$tag"
  check "$name: exposes 8080/tcp" exposes "$tag" 8080
  check "$name: answers HTTP on the published port" serve docker "$tag" 8080 --memory 256m
  check "$name: answers 'pong' ('$SERVED_BODY')" test "${SERVED_BODY%% *}" = pong
  heap=$(sed -n 's/.*heap=\([0-9]*\)MiB/\1/p' <<<"$SERVED_BODY")
  check "$name: max heap is 75% of a 256 MiB limit (${heap:-?} MiB)" test "${heap:-0}" -ge 150 -a "${heap:-999}" -le 200
  stop_within docker 5; local stopped=$?
  check "$name: stops on SIGTERM in $STOP_SECONDS s, not at the 10 s kill" test "$stopped" -eq 0
  check "$name: its shutdown hook ran" grep -q "stopping on SIGTERM" <(docker logs "$SERVED_ID" 2>&1)
  docker rm "$SERVED_ID" >/dev/null
}
http_service_case

# A framework application from src-it: generated from the command line, built with the printed
# command and started; it must answer with its text on the port its own configuration names, as a
# numeric non-root user, and stop on SIGTERM well before docker stop's 10 s kill. Then a source-only
# change: the rebuild downloads nothing, the application answers with the new text, and only the
# last CHANGING layers (those holding the project's own code) differ.
# Usage: framework_case CASE PORT BODY CHANGING [plugin -D options...]
framework_case() {
  local name=$1 port=$2 body=$3 changing=$4; shift 4
  local dir=$WORK/cases/$name tag t0 before after changed stable
  t0=$(date +%s.%N)
  check "$name: plugin generates a Dockerfile" prepare "$name" "$ROOT/src-it/$name" "$@" || return 0
  # (an application server's own setup runs its scripts: SERVER_SETUP=1)
  [ -n "${SERVER_SETUP:-}" ] || check "$name: runtime stage has no RUN" runtime_stage_has_no_run "$name"
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  log "$name: built $tag in $(seconds_since "$t0") s, $(docker image inspect -f '{{.Size}}' "$tag" | awk '{printf "%.0f MB", $1/1e6}'),"\
      "$(downloads_in "$WORK/$name.build.log") downloads"
  check "$name: runs as a numeric non-root user" runs_as_non_root "$tag"
  check "$name: no mvn, javac, Maven repository or sources in the image" holds_no_build_tools_or_sources "$tag" "$name"
  check "$name: exposes $port (from the project's configuration)" \
    bash -c "docker image inspect -f '{{json .Config.ExposedPorts}}' $tag | grep -q '\"$port/tcp\"'"
  if check "$name: answers HTTP on $port" serve docker "$tag" "$port"; then
    check "$name: answers '$body' (got '$SERVED_BODY')" test "$SERVED_BODY" = "$body"
    stop_within docker 10; local stopped=$?
    check "$name: stops on SIGTERM in $STOP_SECONDS s (docker stop kills at 10 s)" test "$stopped" -eq 0
    docker rm "$SERVED_ID" >/dev/null
  fi

  before=$(layers "$tag")
  grep -rl '"hello from' "$dir/src" | xargs sed -i 's/"hello from/"hello again from/'
  t0=$(date +%s.%N)
  check "$name: rebuild after a source-only change builds" build "$name" "$WORK/$name.rebuild.log" || return 0
  after=$(layers "$tag")
  log "$name: rebuilt in $(seconds_since "$t0") s"
  check "$name: rebuild downloads nothing ($(downloads_in "$WORK/$name.rebuild.log") downloads)" \
    test "$(downloads_in "$WORK/$name.rebuild.log")" -eq 0
  changed=$(diff <(echo "$before") <(echo "$after") | grep -c '^>' || true)
  stable=$(($(wc -l <<<"$after") - changing))
  check "$name: rebuild changes only the last $changing layer(s): $changed changed" \
    test "$(head -n "$stable" <<<"$before")" = "$(head -n "$stable" <<<"$after")" -a "$changed" -ge 1
  if check "$name: rebuilt image answers" serve docker "$tag" "$port"; then
    local again=${body,,}
    check "$name: answers with the changed source ('$SERVED_BODY')" test "${SERVED_BODY,,}" = "${again/hello from/hello again from}"
    docker rm -f "$SERVED_ID" >/dev/null
  fi
}
framework_case spring-boot-3 8081 "hello from spring boot 3" 1
framework_case spring-boot-4 9090 "hello from spring boot 4" 1
framework_case quarkus 8180 "hello from quarkus" 3
framework_case micronaut 8082 "hello from micronaut" 1
framework_case shaded-jar 8083 "Hello From A Shaded Jar" 1 -Ddockerfile-gen.ports=8083
framework_case vertx-fat-jar 8084 "hello from vert.x" 1 -Ddockerfile-gen.ports=8084
image_case assembly-jar "$ROOT/src-it/assembly-jar" "Hello From An Assembly Jar" 1.0.0
# Wars: exploded as the root application, on the container their servlet API needs.
framework_case war-tomcat-jakarta 8080 "Hello From A Jakarta Servlet" 1
framework_case war-tomcat-javax 8080 "Hello From A Javax Servlet" 1
# Tomcat writes to logs/, temp/, work/ as the user, but its configuration stays root's.
tomcat_owners() { # IMAGE: owner uids of conf/, conf/server.xml, logs/ and temp/
  local owners; owners=$(docker run --rm --entrypoint stat "$1" -c '%u' /usr/local/tomcat/conf \
    /usr/local/tomcat/conf/server.xml /usr/local/tomcat/logs /usr/local/tomcat/temp | tr '\n' ' ')
  [ "$owners" = "0 0 65532 65532 " ] || { echo "  owners of conf, conf/server.xml, logs, temp: $owners"; return 1; }
}
check "war-tomcat-jakarta: conf/ stays root's, logs/ and temp/ are the user's" tomcat_owners war-tomcat-jakarta:1.0.0
framework_case war-jetty 8080 "Hello From A Jakarta Servlet On Jetty" 1 -Ddockerfile-gen.servletContainer=jetty
# A Jakarta EE application server: JAX-RS and CDI on WildFly, the war deployed under its own name and
# started by standalone.sh, which forwards SIGTERM for a graceful stop.
SERVE_PATH=/greeter/api/hello framework_case war-wildfly 8080 "hello from jakarta ee" 1
# Open Liberty, set up as its guides do: the features its server.xml names installed by features.sh in
# a layer a source change leaves alone (the war's and configure.sh's layers change), on the port a
# liberty.var.* property sets.
SERVE_PATH=/api/hello SERVER_SETUP=1 framework_case war-openliberty 9090 "hello from open liberty" 2
features_cached() { # BuildKit's plain log: '#N [runtime 3/5] RUN features.sh', then '#N CACHED'
  local step; step=$(sed -n 's/^\(#[0-9]*\) \[.*\] RUN features\.sh$/\1/p' "$WORK/war-openliberty.rebuild.log" | head -n 1)
  [ -n "$step" ] && grep -qx "$step CACHED" "$WORK/war-openliberty.rebuild.log"
}
check "war-openliberty: the rebuild does not reinstall Liberty's features" features_cached

# A reactor, generated from its root as a user would: the parent and the library are skipped, each
# application is built from the root with the printed command and runs with the library built from
# source; a change to the library's source rebuilds an application without downloads, its third-party
# layers untouched.
reactor_case() {
  local name=reactor dir=$WORK/cases/reactor before after
  check "$name: plugin generates from the root" prepare "$name" "$ROOT/src-it/reactor" || return 0
  check "$name: the library gets no Dockerfile" test ! -e "$dir/lib/target/Dockerfile"
  for module in app services/api; do
    local app=${module##*/}
    check "$name: $module: printed build command builds it from the root" \
      bash -c "cd '$dir' && $(sed -n 's|^# Build: *||p' "$dir/$module/target/Dockerfile") >'$WORK/reactor-$app.build.log' 2>&1" || continue
    check "$name: $module prints the library's greeting" prints "$app:1.0-SNAPSHOT" "[reactor] Hello From The Library To ${app^}"
    check "$name: $module runs as a numeric non-root user" runs_as_non_root "$app:1.0-SNAPSHOT"
  done
  before=$(layers app:1.0-SNAPSHOT)
  sed -i 's/"hello from the library/"hello again from the library/' "$dir/lib/src/main/java/com/example/reactor/lib/Greeting.java"
  check "$name: app rebuilds after a change to the library" \
    bash -c "cd '$dir' && $(sed -n 's|^# Build: *||p' "$dir/app/target/Dockerfile") >'$WORK/reactor-rebuild.log' 2>&1" || return 0
  after=$(layers app:1.0-SNAPSHOT)
  check "$name: the rebuild downloads nothing ($(downloads_in "$WORK/reactor-rebuild.log") downloads)" \
    test "$(downloads_in "$WORK/reactor-rebuild.log")" -eq 0
  check "$name: the rebuilt app prints the library's new greeting" prints app:1.0-SNAPSHOT "[reactor] Hello Again From The Library To App"
  local stable=$(($(wc -l <<<"$after") - 2))
  check "$name: the third-party jars' layer and those below it are reused" \
    test "$(head -n "$stable" <<<"$before")" = "$(head -n "$stable" <<<"$after")"
}
reactor_case

# A Maven wrapper project: the builder runs ./mvnw on a JDK image, so the Maven the team pinned (3.9.9,
# not the 3.9.16 of the maven images) builds it; the wrapper's Maven is downloaded into a layer of its
# own, which a source change does not touch. The wrapper is made at test time, its distributionUrl
# from the repository Maven itself reports (no registry host is committed).
WRAPPER_MAVEN=3.9.9
wrapper_case() {
  local name=wrapper dir=$WORK/cases/wrapper repo tag
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$HELLO" --exclude=./target -cf - . | tar -C "$dir" -xf -
  # (check has a local `name` of its own: the functions it calls name their logs in full)
  make_wrapper() {
    (cd "$dir" && mvn -B -q -N org.apache.maven.plugins:maven-wrapper-plugin:3.3.4:wrapper \
        -Dmaven="$WRAPPER_MAVEN" -Dtype=only-script \
      && repo=$(mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-help-plugin:3.5.2:evaluate \
        -Dexpression='project.repositories[0].url' -DforceStdout | sed 's/\x1b\[[0-9;]*m//g') \
      && sed -i "s|^distributionUrl=.*|distributionUrl=${repo%/}/org/apache/maven/apache-maven/$WRAPPER_MAVEN/apache-maven-$WRAPPER_MAVEN-bin.zip|" \
        .mvn/wrapper/maven-wrapper.properties \
      && test -x mvnw && grep -q "^distributionUrl=http.*$WRAPPER_MAVEN" .mvn/wrapper/maven-wrapper.properties) \
      >"$WORK/wrapper.wrapper.log" 2>&1 || { cat "$WORK/wrapper.wrapper.log"; return 1; }
  }
  check "$name: mvn wrapper:wrapper pins Maven $WRAPPER_MAVEN" make_wrapper || return 0
  check "$name: plugin generates a Dockerfile" \
    bash -c "cd '$dir' && mvn -B -q '$PLUGIN:generate' >'$WORK/$name.generate.log' 2>&1" || return 0
  check "$name: the builder is a JDK image that runs ./mvnw" \
    grep -q '^ARG BUILDER_IMAGE=docker.io/library/eclipse-temurin:17-jdk-noble$' "$dir/target/Dockerfile"
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  builder_maven() { # the builder stage has no mvn of its own, and its wrapper runs the pinned Maven
    (cd "$dir" && DOCKER_BUILDKIT=1 docker build -q --target build -f target/Dockerfile -t dockerfile-gen-e2e/wrapper-builder . \
      && docker run --rm dockerfile-gen-e2e/wrapper-builder sh -c '! command -v mvn && ./mvnw --version') \
      >"$WORK/wrapper.builder.log" 2>&1 && grep -q "^Apache Maven $WRAPPER_MAVEN " "$WORK/wrapper.builder.log" \
      || { tail -5 "$WORK/wrapper.builder.log"; return 1; }
  }
  check "$name: the builder has no mvn; its ./mvnw runs the pinned Maven $WRAPPER_MAVEN" builder_maven
  tag=$(image_tag "$name")
  check "$name: container prints the greeting" prints "$tag" "Hello From A Generated Dockerfile on Java 17"
  sed -i 's/hello from a generated dockerfile/hello again from a generated dockerfile/' \
    "$dir/src/main/java/com/example/hello/Main.java"
  check "$name: rebuild after a source-only change builds" build "$name" "$WORK/$name.rebuild.log" || return 0
  check "$name: rebuild reuses the wrapper's Maven (its layer CACHED)" \
    bash -c "grep -A2 'RUN ./mvnw --version' '$WORK/$name.rebuild.log' | grep -q CACHED"
  check "$name: rebuild downloads nothing ($(downloads_in "$WORK/$name.rebuild.log") downloads)" \
    test "$(downloads_in "$WORK/$name.rebuild.log")" -eq 0
  check "$name: rebuilt image prints the changed source" prints "$tag" "Hello Again From A Generated Dockerfile on Java 17"
}
wrapper_case

# An older wrapper project, as many still are: maven-wrapper 3.1.1's mvnw with wrapperUrl and
# distributionUrl, and no maven-wrapper.jar committed. Its mvnw fetches the jar with wget or curl
# (which the official JDK image carries) before it can start Maven; without them it fails with
# ClassNotFoundException: org.apache.maven.wrapper.MavenWrapperMain. Made at test time, both URLs
# from the repository Maven itself reports, as in wrapper_case.
OLD_WRAPPER=3.1.1
OLD_WRAPPER_MAVEN=3.8.8
old_wrapper_case() {
  local name=wrapper-$OLD_WRAPPER dir=$WORK/cases/wrapper-$OLD_WRAPPER tag
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$HELLO" --exclude=./target -cf - . | tar -C "$dir" -xf -
  # (check has a local `name` of its own: the function names its log in full)
  make_old_wrapper() {
    local repo props=.mvn/wrapper/maven-wrapper.properties log=$WORK/wrapper-$OLD_WRAPPER.wrapper.log
    (cd "$dir" && mvn -B -q -N "org.apache.maven.plugins:maven-wrapper-plugin:$OLD_WRAPPER:wrapper" \
        -Dmaven="$OLD_WRAPPER_MAVEN" \
      && rm .mvn/wrapper/maven-wrapper.jar && chmod +x mvnw \
      && repo=$(mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-help-plugin:3.5.2:evaluate \
        -Dexpression='project.repositories[0].url' -DforceStdout | sed 's/\x1b\[[0-9;]*m//g') \
      && sed -i -e "s|^wrapperUrl=.*|wrapperUrl=${repo%/}/org/apache/maven/wrapper/maven-wrapper/$OLD_WRAPPER/maven-wrapper-$OLD_WRAPPER.jar|" \
          -e "s|^distributionUrl=.*|distributionUrl=${repo%/}/org/apache/maven/apache-maven/$OLD_WRAPPER_MAVEN/apache-maven-$OLD_WRAPPER_MAVEN-bin.zip|" \
          "$props" \
      && grep -q "^wrapperUrl=http.*/maven-wrapper-$OLD_WRAPPER.jar$" "$props" \
      && grep -q "^distributionUrl=http.*/apache-maven-$OLD_WRAPPER_MAVEN-bin.zip$" "$props" \
      && test ! -e .mvn/wrapper/maven-wrapper.jar && test ! -e .mvn/wrapper/MavenWrapperDownloader.java) \
      >"$log" 2>&1 || { cat "$log"; return 1; }
  }
  check "$name: mvn wrapper:wrapper $OLD_WRAPPER pins Maven $OLD_WRAPPER_MAVEN, no maven-wrapper.jar kept" \
    make_old_wrapper || return 0
  check "$name: plugin generates a Dockerfile" \
    bash -c "cd '$dir' && mvn -B -q '$PLUGIN:generate' >'$WORK/$name.generate.log' 2>&1" || return 0
  check "$name: the builder is a JDK image that runs ./mvnw" \
    grep -q '^ARG BUILDER_IMAGE=docker.io/library/eclipse-temurin:17-jdk-noble$' "$dir/target/Dockerfile"
  check "$name: printed build command builds it (./mvnw fetches maven-wrapper.jar)" \
    build "$name" "$WORK/$name.build.log" || return 0
  check "$name: the wrapper's Maven $OLD_WRAPPER_MAVEN ran in the builder" \
    grep -q "Apache Maven $OLD_WRAPPER_MAVEN " "$WORK/$name.build.log"
  tag=$(image_tag "$name")
  check "$name: container prints the greeting" prints "$tag" "Hello From A Generated Dockerfile on Java 17"
}
old_wrapper_case

# Everyday use: a wrapper committed without its executable bit; the plugin bound in a POM (and in a
# reactor's parent) at a version only this machine has, built by a builder that reaches Maven
# Central only; the test stage.
source "$ROOT/e2e/everyday.sh"
EVERYDAY_T0=$(date +%s.%N)
wrapper_mode_case
bound_plugin_case
bound_reactor_case
test_stage_case
log "everyday cases: $(seconds_since "$EVERYDAY_T0") s"

# jlink runtimes of the bundled example and the framework applications built above, at most half
# their JRE images.
source "$ROOT/e2e/jlink.sh"
jlink_cases

# Start-up caches: a CDS archive (Java 17) and an AOT cache (Java 25) the JVM must use to start.
source "$ROOT/e2e/startup.sh"
startup_cases

# file_entry_is IMAGE PATH MODE_AND_OWNER: the file's entry in the image, as `tar -tv --numeric-owner` lists it.
file_entry_is() {
  local id entry; id=$(docker create "$1") || return 1
  entry=$(docker export "$id" | tar -tv --numeric-owner | awk -v p="$2" '$NF == p { print $1, $2 }')
  docker rm "$id" >/dev/null
  [ "$entry" = "$3" ] || { echo "  $2: '$entry', expected '$3'"; return 1; }
}

# Program arguments and a project file in the image, as a Dropwizard service needs them (<args>,
# <extraFiles>): the CMD after the entrypoint, which docker run arguments replace; the file root-owned
# with the mode asked for, readable by the application's user.
args_case() {
  local name=args dir=$WORK/cases/args tag
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$ROOT/e2e/fixtures/args-app" --exclude=./target -cf - . | tar -C "$dir" -xf -
  sed -i "s|@pluginVersion@|$VERSION|" "$dir/pom.xml"
  check "$name: plugin generates a Dockerfile" \
    bash -c "cd '$dir' && mvn -B -q '$PLUGIN:generate' >'$WORK/args.generate.log' 2>&1" || return 0
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  check "$name: the CMD runs the service with its configuration" prints "$tag" \
    "server /app/config.yml -> greeting: hello from config.yml"
  check "$name: docker run arguments replace the CMD" \
    bash -c "[ \"\$(docker run --rm '$tag' check /app/config.yml)\" = 'check /app/config.yml -> greeting: hello from config.yml' ]"
  check "$name: the file is root's, mode 0644" file_entry_is "$tag" app/config.yml '-rw-r--r-- 0/0'
  # The distroless base names USER 65532: WORKDIR must not hand the application its own folder.
  check "$name: /app is root's, read-only to the application" file_entry_is "$tag" app/ 'drwxr-xr-x 0/0'
}
args_case

# OpenShift runs an image as an arbitrary uid in group 0, with no passwd entry (<openshift>): the
# application writes to its HOME, to a <writableDirectories> folder and to /tmp, but not over its own
# files; Tomcat, run the same way, writes its work/ and logs/ and serves the war.
openshift_case() {
  local name=openshift dir=$WORK/cases/openshift tag uid=$((100000 + RANDOM))
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$ROOT/e2e/fixtures/writer-app" --exclude=./target -cf - . | tar -C "$dir" -xf -
  sed -i "s|@pluginVersion@|$VERSION|" "$dir/pom.xml"
  check "$name: plugin generates a Dockerfile" \
    bash -c "cd '$dir' && mvn -B -q '$PLUGIN:generate' >'$WORK/$name.generate.log' 2>&1" || return 0
  check "$name: runtime stage has no RUN" runtime_stage_has_no_run "$name"
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  check "$name: the image's user is in group 0" test "$(docker image inspect -f '{{.Config.User}}' "$tag")" = 65532:0
  check "$name: as uid $uid:0 it writes HOME, /app/data and /tmp, not /app" \
    bash -c "[ \"\$(docker run --rm --user $uid:0 '$tag')\" = 'wrote /home/app and /app/data as $uid:0, /app is read-only' ]"
  check "$name: /app/data is group 0's and group-writable" file_entry_is "$tag" app/data/ 'drwxrwxr-x 65532/0'

  name=openshift-tomcat
  check "$name: plugin generates a Dockerfile" prepare "$name" "$ROOT/src-it/war-tomcat-jakarta" \
    -Ddockerfile-gen.openshift=true || return 0
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  if check "$name: as uid $uid:0 it answers HTTP" serve docker "$tag" 8080 --user "$uid:0"; then
    check "$name: answers 'Hello From A Jakarta Servlet' ('$SERVED_BODY')" test "$SERVED_BODY" = "Hello From A Jakarta Servlet"
    check "$name: Tomcat wrote work/ and logs/ as uid $uid" bash -c \
      "[ \"\$(docker exec $SERVED_ID stat -c %u /usr/local/tomcat/work/Catalina \$(docker exec $SERVED_ID sh -c 'ls -d /usr/local/tomcat/logs/catalina.*' | head -n 1) | sort -u)\" = $uid ]"
    docker rm -f "$SERVED_ID" >/dev/null
  fi
}
openshift_case

# An image for linux/arm64 built here, where nothing can run arm64 code: Maven runs in the builder on
# the build machine's platform, the runtime stage (no RUN) starts from an arm64 JRE made from Debian's
# arm64 packages.
source "$ROOT/e2e/multiarch.sh"
multiarch_case

# A project that binds the plugin, which the builder resolves from a private repository over HTTPS
# (a CA of its own, trusted through <builderCertificates>) with settings.xml as a BuildKit secret.
source "$ROOT/e2e/private-repo.sh"
private_repo_case

# Hostile but valid configuration, through the POM and -D: docker image inspect must show exactly the
# planned labels, environment, entrypoint, ports and user.
source "$ROOT/e2e/hostile.sh"
hostile_case

# The same Dockerfiles with Debian's podman and buildah (installed from apt if missing), their own
# image store and Maven cache mount: about 80 s warm, 4 minutes cold (empty cache mount).
source "$ROOT/e2e/podman.sh"
podman_cases
# Two buildah builds with --timestamp 0, the same image ID (needs podman_cases' buildah and images).
REPRODUCIBLE_T0=$(date +%s.%N)
reproducible_case
startup_buildah_case
log "reproducible cases: $(seconds_since "$REPRODUCIBLE_T0") s"

# Base images from a mirror, and a CI fleet's registry cache, with a registry on this machine.
source "$ROOT/e2e/registry.sh"
if check "registry: docker-registry serves $REGISTRY" registry_start; then
  mirror_case
  ci_fleet_case   # prunes the build cache: keep it last of the cases that build
  registry_stop
fi

# An independent validator over every Dockerfile the tests hold or produced: golden files, the ITs'
# expected and generated files, and the ones built above.
independent_lint() {
  local files=()
  mapfile -t files < <(ls "$ROOT"/src/test/resources/golden/*.Dockerfile "$ROOT"/src-it/*/expected.Dockerfile \
    "$ROOT"/target/it/*/target/Dockerfile "$ROOT"/target/it/*/Dockerfile "$WORK"/cases/*/target/Dockerfile 2>/dev/null)
  bash "$ROOT/e2e/dockerfile-lint.sh" "${files[@]}"
}
check "dockerfile-utils finds nothing in any golden, IT or e2e Dockerfile" independent_lint

echo
summary e2e

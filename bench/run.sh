#!/usr/bin/env bash
# The benchmark suite: what the plugin costs a build, and what its images weigh and how fast they
# build and start, side by side with the alternatives, on the real engine of this machine.
#
#   1. overhead: the goal's own time (its debug log line, so not Maven's start-up), median of 10 runs
#      on the bundled example, and per module on a generated reactor of 200 modules;
#   2. image size of the same applications on each runtime base (distroless, temurin, alpine) and as
#      a jlink runtime;
#   3. builds: a cold build (the engine's build cache and cache mounts pruned, dependencies from a
#      Maven mirror on this machine, primed first, so the figures measure builds and not the network)
#      and a rebuild after a one-line source change (median of 3 each): wall time, dependencies downloaded,
#      bytes of changed layers; for the generated Dockerfile, a naive one (`COPY . .`, `RUN mvn
#      package`), one in the style `docker init` writes (a `dependency:go-offline` stage, Boot's
#      layertools) and Jib (`jib:build` to a registry on this machine, from a base in it);
#   4. start-up: seconds from `docker run` to the first HTTP answer (or, for the bundled example, to
#      its exit), median of 5, with the start-up cache and without it on the same image (its
#      entrypoint less the cache option), and with jlink;
#   5. what the start-up cache and jlink add to those images' first build: BuildKit's time for the
#      training run, the jdeps steps and jlink, and the size of the cache's layer.
# Each figure is compared with its target; a missed target is reported with its margin, not failed.
#
# Usage: bench/run.sh           the whole suite (about 15 minutes on 2 cores); writes bench/RESULTS.md
#        bench/run.sh --smoke   the bundled example once: the goal's time, a build and a rebuild and
#                               the image's size (under 3 minutes warm; prunes nothing); writes
#                               target/bench/RESULTS.md
# Env:   BENCH_WORK (target/bench), BENCH_SKIP_INSTALL=1 (the plugin is already in ~/.m2)
# Needs root, as e2e/engine.sh does (it installs and starts the engine and makes the base images).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_TAG=bench
# shellcheck source=../e2e/lib.sh
source "$ROOT/e2e/lib.sh"

MODE=full
case "${1:-}" in
  --smoke) MODE=smoke ;;
  "") ;;
  *) die "usage: bench/run.sh [--smoke]" ;;
esac
WORK=$(realpath -m "${BENCH_WORK:-$ROOT/target/bench}")
RESULTS=$ROOT/bench/RESULTS.md
[ "$MODE" = smoke ] && RESULTS=$WORK/RESULTS.md
VERSION=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$ROOT/pom.xml" | head -n 1)
PLUGIN=io.github.dockerfilegen:dockerfile-gen-maven-plugin:$VERSION
JIB=com.google.cloud.tools:jib-maven-plugin:3.5.2
REGISTRY=127.0.0.1:5055
HELLO_OUTPUT="From A Generated Dockerfile on Java"   # after "Hello", or "Hello 1" once changed
BOOT_BODY="hello from spring boot 3"
T0=$(date +%s.%N)

mkdir -p "$WORK/bin" && ln -sf /usr/bin/docker "$WORK/bin/docker" || exit 1
export PATH="$WORK/bin:$PATH"
JAVA_VERSIONS="17 21 25" bash "$ROOT/e2e/engine.sh" setup >"$WORK/engine.log" 2>&1 \
  || { tail -20 "$WORK/engine.log"; die "the engine could not be set up"; }
if [ "${BENCH_SKIP_INSTALL:-0}" != 1 ]; then
  log "installing the plugin $VERSION into the local Maven repository"
  mvn -B -q -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip=true || exit 1
fi

ROWS=()       # the results file's body, one Markdown line each
COSTS=()      # what the start-up cache and jlink add to an image build, one Markdown line each
row() { ROWS+=("$*"); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1e6 }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1e3 }'; }
# target LABEL VALUE LIMIT: "met" or how far VALUE is over LIMIT.
target() {
  awk -v v="$2" -v l="$3" -v label="$1" 'BEGIN {
    if (v <= l) printf "| %s | %s | at most %s | met |\n", label, v, l
    else printf "| %s | %s | at most %s | missed by %.0f%% |\n", label, v, l, (v - l) / l * 100 }'
}
TARGETS=()

# ------------------------------------------------------------------ projects
# project NAME FIXTURE: a fresh copy of a fixture; with the mirror running, its .mvn sends every Maven
# of the build (host or builder) to the mirror.
project() {
  local dir=$WORK/projects/$1
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$2" --exclude=./target -cf - . | tar -C "$dir" -xf -
  if [ -n "${MIRROR_PORT:-}" ]; then
    mkdir -p "$dir/.mvn"
    printf -- '--settings\n.mvn/bench-settings.xml\n' >"$dir/.mvn/maven.config"
    cat >"$dir/.mvn/bench-settings.xml" <<SETTINGS
<settings>
  <mirrors>
    <mirror><id>bench-mirror</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:$MIRROR_PORT/</url></mirror>
  </mirrors>
</settings>
SETTINGS
  fi
  echo "$dir"
}
generate() { # generate DIR [plugin -D options...]
  local dir=$1; shift
  (cd "$dir" && mvn -B "$PLUGIN:generate" "$@") >"$dir/generate.log" 2>&1 || { tail -30 "$dir/generate.log"; return 1; }
}
printed_tag() { sed -n 's|^# Build: .* -t \([^ ]*\) .*|\1|p' "$1/target/Dockerfile"; }
# ours DIR LOG: the printed build command, with plain progress (to count downloads) and the host's
# network (to reach the mirror on 127.0.0.1).
ours() {
  local command
  command=$(sed -n 's|^# Build: *||p' "$1/target/Dockerfile" \
    | sed 's|docker build |docker build --progress=plain --network host |')
  (cd "$1" && bash -c "$command") >"$2" 2>&1 || { tail -30 "$2"; return 1; }
}
one_line_change() { # one_line_change DIR N: the greeting or the answer gets the number N
  grep -rlE '"[Hh]ello( [0-9]+)? from' "$1/src" \
    | xargs sed -i -E "s/\"([Hh])ello( [0-9]+)? from/\"\1ello $2 from/"
}
image_size() { docker image inspect -f '{{.Size}}' "$1"; }

# changed_bytes BEFORE AFTER: the uncompressed size of AFTER's layers that BEFORE does not have.
changed_bytes() {
  local tar=$WORK/save.tar
  docker save "$2" -o "$tar" || return 1
  python3 - "$tar" "$(docker image inspect -f '{{json .RootFS.Layers}}' "$1")" <<'PY'
import json, sys, tarfile
before = set(json.loads(sys.argv[2]))
with tarfile.open(sys.argv[1]) as t:
    manifest = json.load(t.extractfile("manifest.json"))[0]
    config = json.load(t.extractfile(manifest["Config"]))
    sizes = {m.name: m.size for m in t.getmembers()}
print(sum(sizes[layer] for layer, diff in zip(manifest["Layers"], config["rootfs"]["diff_ids"]) if diff not in before))
PY
  rm -f "$tar"
}

# ------------------------------------------------------------------ 1. overhead
goal_times() { # goal_times DIR [options...]: the goal's own time of each module, in microseconds
  local dir=$1; shift
  (cd "$dir" && mvn -B -o "$PLUGIN:generate" -Dorg.slf4j.simpleLogger.log.io.github.dockerfilegen=debug "$@") \
    >"$WORK/goal.log" 2>&1 || { tail -30 "$WORK/goal.log"; return 1; }
  sed -n 's|.*dockerfile-gen: the goal took \([0-9]*\) us.*|\1|p' "$WORK/goal.log"
}
# A reactor of N jar modules, each an application (its main class given on the command line).
make_reactor() {
  local dir=$WORK/projects/reactor n=$1 i
  rm -rf "$dir"; mkdir -p "$dir"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>bench</groupId><artifactId>reactor</artifactId><version>1.0.0</version><packaging>pom</packaging>'
    echo '<properties><maven.compiler.release>17</maven.compiler.release>'
    echo '<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties><modules>'
    for i in $(seq -w 1 "$n"); do echo "<module>m$i</module>"; done
    echo '</modules></project>'
  } >"$dir/pom.xml"
  for i in $(seq -w 1 "$n"); do
    mkdir -p "$dir/m$i/src/main/java/bench"
    printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><parent><groupId>bench</groupId><artifactId>reactor</artifactId><version>1.0.0</version></parent><artifactId>m%s</artifactId></project>\n' "$i" \
      >"$dir/m$i/pom.xml"
    printf 'package bench;\npublic final class Main { public static void main(String[] a) { System.out.println("m%s"); } }\n' "$i" \
      >"$dir/m$i/src/main/java/bench/Main.java"
  done
  echo "$dir"
}
overhead() {
  local hello runs=10 times=() reactor per_module=() t total count
  [ "$MODE" = smoke ] && runs=1
  # Offline, from ~/.m2 as the plugin was installed: no mirror settings.
  hello=$(MIRROR_PORT="" project overhead-hello "$ROOT/examples/hello")
  goal_times "$hello" >/dev/null || return 1   # the first run resolves the plugin; not counted
  for _ in $(seq 1 "$runs"); do times+=("$(goal_times "$hello")") || return 1; done
  t=$(printf '%s\n' "${times[@]}" | median)
  log "goal on the bundled example: median of $runs: $((t / 1000)) ms"
  row "| the goal on the bundled example (median of $runs) | $((t / 1000)) ms |"
  TARGETS+=("$(target "goal on the bundled example, ms" "$((t / 1000))" 250)")
  [ "$MODE" = smoke ] && return 0
  reactor=$(make_reactor 200)
  goal_times "$reactor" -Ddockerfile-gen.mainClass=bench.Main >/dev/null || return 1
  for _ in 1 2 3 4 5; do
    total=0; count=0
    while read -r t; do total=$((total + t)); count=$((count + 1)); done \
      < <(goal_times "$reactor" -Ddockerfile-gen.mainClass=bench.Main)
    [ "$count" -eq 201 ] || { log "expected 201 goal runs in the reactor, got $count"; return 1; }
    per_module+=("$((total / 200))")
  done
  t=$(printf '%s\n' "${per_module[@]}" | median)
  log "goal per module of a 200-module reactor: median of 5: $t us"
  row "| the goal per module of a 200-module reactor (the sum over 201 runs / 200; median of 5) | $(awk -v t="$t" 'BEGIN { printf "%.1f", t / 1000 }') ms |"
  TARGETS+=("$(target "goal per module of a 200-module reactor, ms" "$(awk -v t="$t" 'BEGIN { printf "%.1f", t / 1000 }')" 5)")
}

# ------------------------------------------------------------------ 2. image sizes
sizes() { # sizes NAME FIXTURE: the same application on each base
  local name=$1 fixture=$2 dir variant jre=""
  for variant in distroless temurin alpine jlink; do
    dir=$(project "size-$name-$variant" "$fixture")
    if [ "$variant" = jlink ]; then generate "$dir" -Ddockerfile-gen.jlink=true; else generate "$dir" "-Ddockerfile-gen.runtime=$variant"; fi \
      || return 1
    ours "$dir" "$WORK/size-$name-$variant.log" || return 1
    local size; size=$(image_size "$(printed_tag "$dir")")
    [ "$variant" = distroless ] && jre=$size
    log "$name on $variant: $(mb "$size") MB"
    row "| $name | $variant | $(mb "$size") MB | $(ratio "$size" "$jre") |"
    if [ "$variant" = jlink ]; then
      TARGETS+=("$(target "$name: jlink image / distroless JRE image" "$(ratio "$size" "$jre")" 0.50)")
    fi
  done
}

# ------------------------------------------------------------------ 3. builds
naive_dockerfile() { # naive_dockerfile DIR JAR
  cat >"$1/naive.Dockerfile" <<DOCKERFILE
FROM maven:3.9.16-eclipse-temurin-17
WORKDIR /app
COPY . .
RUN mvn -B package -DskipTests
CMD ["java", "-jar", "target/$2"]
DOCKERFILE
}
# In the style of `docker init`'s Java template (without its `# syntax=` line, which needs Docker Hub,
# and with the maven image's mvn where it runs ./mvnw, as these projects have no wrapper).
init_dockerfile() { # init_dockerfile DIR boot|plain
  local final package="package"
  if [ "$2" = boot ]; then
    final='FROM package AS extract
WORKDIR /build
RUN java -Djarmode=layertools -jar target/app.jar extract --destination target/extracted

FROM eclipse-temurin:17-jre-noble AS final
ARG UID=10001
RUN adduser --disabled-password --gecos "" --home "/nonexistent" --shell "/sbin/nologin" --no-create-home --uid "${UID}" appuser
USER appuser
COPY --from=extract build/target/extracted/dependencies/ ./
COPY --from=extract build/target/extracted/spring-boot-loader/ ./
COPY --from=extract build/target/extracted/snapshot-dependencies/ ./
COPY --from=extract build/target/extracted/application/ ./
EXPOSE 8081
ENTRYPOINT [ "java", "org.springframework.boot.loader.launch.JarLauncher" ]'
  else
    package="package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib"
    final='FROM eclipse-temurin:17-jre-noble AS final
ARG UID=10001
RUN adduser --disabled-password --gecos "" --home "/nonexistent" --shell "/sbin/nologin" --no-create-home --uid "${UID}" appuser
USER appuser
COPY --from=package build/target/lib/ lib/
COPY --from=package build/target/app.jar app.jar
ENTRYPOINT [ "java", "-cp", "app.jar:lib/*", "com.example.hello.Main" ]'
  fi
  cat >"$1/init.Dockerfile" <<DOCKERFILE
FROM maven:3.9.16-eclipse-temurin-17 AS deps
WORKDIR /build
COPY .mvn/ .mvn/
RUN --mount=type=bind,source=pom.xml,target=pom.xml \\
    --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline -DskipTests

FROM deps AS package
WORKDIR /build
COPY ./src src/
RUN --mount=type=bind,source=pom.xml,target=pom.xml \\
    --mount=type=cache,target=/root/.m2 \\
    mvn -B $package -DskipTests && \\
    mv target/\$(mvn help:evaluate -Dexpression=project.artifactId -q -DforceStdout)-\$(mvn help:evaluate -Dexpression=project.version -q -DforceStdout).jar target/app.jar

$final
DOCKERFILE
}
# build_with TOOL DIR TAG LOG: one build of the project in DIR, the image tagged TAG locally.
build_with() {
  local tool=$1 dir=$2 tag=$3 logfile=$4
  case $tool in
    ours) ours "$dir" "$logfile" && docker tag "$(printed_tag "$dir")" "$tag" ;;
    naive|init)
      (cd "$dir" && DOCKER_BUILDKIT=1 docker build --progress=plain --network host -f "$tool.Dockerfile" -t "$tag" .) \
        >"$logfile" 2>&1 || { tail -30 "$logfile"; return 1; } ;;
    jib)
      (cd "$dir" && mvn -B -Dmaven.repo.local="$dir/../jib-repo-${dir##*/}" package "$JIB:build" -DskipTests \
        -Djib.from.image="$REGISTRY/distroless/java17-debian13:nonroot" -Djib.to.image="$REGISTRY/bench/${dir##*/}:latest" \
        -Djib.allowInsecureRegistries=true -Djib.baseImageCache="$dir/../jib-cache-${dir##*/}" \
        -Djib.applicationCache="$dir/../jib-app-cache-${dir##*/}" ${JIB_MAIN:+"-Djib.container.mainClass=$JIB_MAIN"}) \
        >"$logfile" 2>&1 || { tail -30 "$logfile"; return 1; }
      docker pull -q "$REGISTRY/bench/${dir##*/}:latest" >/dev/null && docker tag "$REGISTRY/bench/${dir##*/}:latest" "$tag" ;;
  esac
}
cold_reset() { # cold_reset TOOL DIR: nothing cached for TOOL's next build
  docker builder prune -af >/dev/null
  [ "$1" = jib ] && rm -rf "$2/../jib-repo-${2##*/}" "$2/../jib-cache-${2##*/}" "$2/../jib-app-cache-${2##*/}"
  return 0
}
mirror_misses() { curl -fsS "http://127.0.0.1:$MIRROR_PORT/-/stats" | cut -d' ' -f2; }
# builds NAME FIXTURE JAR KIND: the four tools on the same application.
builds() {
  local name=$1 fixture=$2 jar=$3 kind=$4 tool dir tag t0 cold cold_dl colds misses rebuilds i before t dl bytes
  local -A rebuild_s=()
  for tool in ours naive init jib; do
    dir=$(project "build-$name-$tool" "$fixture")
    [ "$tool" = ours ] && { generate "$dir" || return 1; }
    naive_dockerfile "$dir" "$jar"; init_dockerfile "$dir" "$kind"
    tag=bench/$name-$tool:latest
    # Primed: the mirror holds what this tool's cold build downloads.
    cold_reset "$tool" "$dir"; build_with "$tool" "$dir" "$tag" "$WORK/$name-$tool.prime.log" || return 1
    colds=()
    for i in 1 2 3; do
      cold_reset "$tool" "$dir"; misses=$(mirror_misses)
      t0=$(date +%s.%N)
      build_with "$tool" "$dir" "$tag" "$WORK/$name-$tool.cold$i.log" || return 1
      colds+=("$(seconds_since "$t0")")
      [ "$(mirror_misses)" = "$misses" ] || log "$name/$tool: a cold build fetched past the primed mirror"
    done
    cold=$(printf '%s\n' "${colds[@]}" | median); cold_dl=$(downloads_in "$WORK/$name-$tool.cold1.log")
    rebuilds=(); dl=0; bytes=0
    for i in 1 2 3; do
      before=$(docker image inspect -f '{{.Id}}' "$tag"); docker tag "$before" "bench/before:latest"
      one_line_change "$dir" "$i"
      t0=$(date +%s.%N)
      build_with "$tool" "$dir" "$tag" "$WORK/$name-$tool.rebuild$i.log" || return 1
      rebuilds+=("$(seconds_since "$t0")")
      dl=$((dl + $(downloads_in "$WORK/$name-$tool.rebuild$i.log")))
      bytes=$(changed_bytes bench/before:latest "$tag")
      docker rmi bench/before:latest >/dev/null
    done
    t=$(printf '%s\n' "${rebuilds[@]}" | median)
    rebuild_s[$tool]=$t
    log "$name/$tool: cold $cold s ($cold_dl downloads), rebuild $t s ($dl downloads in 3), changed layers $(kb "$bytes") kB"
    row "| $name | $tool | $cold s | $cold_dl | $t s | $dl | $(kb "$bytes") kB |"
    eval "COLD_$tool=$cold; BYTES_$tool=$bytes; DL_$tool=$dl"
  done
  TARGETS+=("$(target "$name: our rebuild / Jib's" "$(ratio "${rebuild_s[ours]}" "${rebuild_s[jib]}")" 0.75)")
  TARGETS+=("$(target "$name: our changed layers / Jib's" "$(ratio "$BYTES_ours" "$BYTES_jib")" 1.00)")
  TARGETS+=("$(target "$name: our cold build / the naive one's" "$(ratio "$COLD_ours" "$COLD_naive")" 0.80)")
  TARGETS+=("$(target "$name: dependencies our rebuilds downloaded" "$DL_ours" 0)")
}

# ------------------------------------------------------------------ 4. start-up
# seconds_to_answer IMAGE PORT [--entrypoint ENTRY ARGS...]: from docker run to the first answer.
seconds_to_answer() {
  local image=$1 port=$2 t0 id host_port entry=() answered=1; shift 2
  [ "${1:-}" = --entrypoint ] && { entry=(--entrypoint "$2"); shift 2; }
  t0=$(date +%s.%N)
  id=$(docker run -d "${entry[@]}" -p "127.0.0.1::$port" "$image" "$@") || return 1
  host_port=$(docker port "$id" "$port/tcp" | head -n 1 | sed 's/.*://')
  for _ in $(seq 1 600); do
    [ "$(curl -fsS --max-time 1 "http://127.0.0.1:$host_port/" 2>/dev/null)" = "$BOOT_BODY" ] && { answered=0; break; }
    sleep 0.05
  done
  [ "$answered" = 0 ] && seconds_since "$t0"
  docker rm -f "$id" >/dev/null
  return "$answered"
}
seconds_to_exit() { # IMAGE [--entrypoint ENTRY ARGS...]
  local image=$1 t0 entry=(); shift
  [ "${1:-}" = --entrypoint ] && { entry=(--entrypoint "$2"); shift 2; }
  t0=$(date +%s.%N)
  docker run --rm "${entry[@]}" "$image" "$@" | grep -q "$HELLO_OUTPUT" || return 1
  seconds_since "$t0"
}
# The image's entrypoint less its start-up cache option, as --entrypoint and arguments.
without_cache() {
  docker image inspect -f '{{range .Config.Entrypoint}}{{println .}}{{end}}' "$1" \
    | grep -vE '^-XX:(SharedArchiveFile|AOTCache)=' | sed '/^$/d'
}
median_of_5() {
  local runs=() s
  for _ in 1 2 3 4 5; do s=$("$@") || return 1; runs+=("$s"); done
  printf '%s\n' "${runs[@]}" | median
}
# step_seconds LOG PATTERN: BuildKit's time for the first step whose title matches PATTERN, from a
# plain-progress log; 0 when it came from the cache, - when there is no such step.
step_seconds() {
  awk -v p="$2" '
    !id && $1 ~ /^#[0-9]+$/ && $2 ~ /^\[/ && $0 ~ p { id = $1 }
    id && $1 == id && $2 == "DONE" { sub(/s$/, "", $3); print $3; found = 1; exit }
    id && $1 == id && $2 == "CACHED" { print 0; found = 1; exit }
    END { if (!found) print "-" }' "$1"
}

# cache_layer_size TAG: the bytes of the layer the training run added, which holds the cache alone.
cache_layer_size() {
  docker history --human=false --no-trunc --format '{{.Size}} {{.CreatedBy}}' "$1" \
    | awk '/ArchiveClassesAtExit|AOTCacheOutput/ { print $1; exit }'
}

# What an option adds to the image build, from its log: the training run and the cache it writes;
# jdeps (the two module steps) and jlink.
option_costs() { # option_costs LABEL LOG TAG [plugin -D options...]
  local label=$1 log=$2 tag=$3 train=- cache=- jdeps=- jlink=-; shift 3
  if [[ " $* " == *startupCache=true* ]]; then
    train="$(step_seconds "$log" '\] RUN \["') s"
    cache="$(awk -v b="$(cache_layer_size "$tag")" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
  fi
  if [[ " $* " == *jlink=true* ]]; then
    jdeps="$(awk -v a="$(step_seconds "$log" 'RUN mkdir libraries-classes')" \
      -v b="$(step_seconds "$log" 'RUN mkdir application-classes')" 'BEGIN { printf "%.1f", a + b }') s"
    jlink="$(step_seconds "$log" '\] RUN jlink ') s"
  fi
  COSTS+=("| $label | $train | $cache | $jdeps | $jlink |")
}

startup_variant() { # startup_variant LABEL NAME FIXTURE PORT [plugin -D options...]
  local label=$1 name=$2 fixture=$3 port=$4 dir tag with without args=(); shift 4
  dir=$(project "start-$name" "$fixture")
  generate "$dir" "$@" || return 1
  ours "$dir" "$WORK/start-$name.log" || return 1
  tag=bench/start-$name:latest; docker tag "$(printed_tag "$dir")" "$tag"
  option_costs "$label" "$WORK/start-$name.log" "$tag" "$@"
  if [ "$port" = - ]; then
    with=$(median_of_5 seconds_to_exit "$tag") || return 1
  else
    with=$(median_of_5 seconds_to_answer "$tag" "$port") || return 1
  fi
  if [[ " $* " == *startupCache=true* ]]; then
    mapfile -t args < <(without_cache "$tag")
    if [ "$port" = - ]; then
      without=$(median_of_5 seconds_to_exit "$tag" --entrypoint "${args[@]}") || return 1
    else
      without=$(median_of_5 seconds_to_answer "$tag" "$port" --entrypoint "${args[@]}") || return 1
    fi
    log "$label: $with s with the cache, $without s without, $(mb "$(image_size "$tag")") MB"
    row "| $label | $without s | $with s | $(ratio "$with" "$without") | $(mb "$(image_size "$tag")") MB |"
    if [[ "$label" == "Spring Boot"* ]]; then
      TARGETS+=("$(target "$label: first answer with the cache / without" "$(ratio "$with" "$without")" 0.70)")
    fi
  else
    log "$label: $with s, $(mb "$(image_size "$tag")") MB"
    row "| $label | $with s | - | - | $(mb "$(image_size "$tag")") MB |"
  fi
}

# ------------------------------------------------------------------ the run
write_results() {
  {
    echo "# Benchmark results"
    echo
    echo "Written by \`bash bench/run.sh${1:+ $1}\` on $(date -u +%Y-%m-%d), in $(seconds_since "$T0") s:"
    echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
    echo "$(. /etc/os-release && echo "$PRETTY_NAME"), Docker $(docker version -f '{{.Server.Version}}'), $(mvn -B -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g; s/ (.*//'),"
    echo "the plugin $VERSION; base images are the local stand-ins (e2e/STAND-INS.md): the alpine one is a"
    echo "Debian JRE under Alpine's name, so its size here is not Alpine's."
    echo
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "## Targets"
    echo
    echo "| target | measured | limit | |"
    echo "|---|---|---|---|"
    printf '%s\n' "${TARGETS[@]}"
  } >"$RESULTS"
  cat "$RESULTS"
}

mkdir -p "$WORK/projects"
if [ "$MODE" = smoke ]; then
  row "## Smoke: the bundled example"; row ""; row "| figure | value |"; row "|---|---|"
  overhead || die "overhead"
  dir=$(project smoke-hello "$ROOT/examples/hello")
  generate "$dir" || die "generate"
  t0=$(date +%s.%N); ours "$dir" "$WORK/smoke.build.log" || die "build"
  row "| build (warm engine) | $(seconds_since "$t0") s |"
  tag=$(printed_tag "$dir"); docker tag "$tag" bench/before:latest
  one_line_change "$dir" 1
  t0=$(date +%s.%N); ours "$dir" "$WORK/smoke.rebuild.log" || die "rebuild"
  row "| rebuild after a one-line change | $(seconds_since "$t0") s, $(downloads_in "$WORK/smoke.rebuild.log") downloads, $(kb "$(changed_bytes bench/before:latest "$tag")") kB of changed layers |"
  docker rmi bench/before:latest >/dev/null
  row "| image size | $(mb "$(image_size "$tag")") MB |"
  docker run --rm "$tag" | grep -q "$HELLO_OUTPUT" || die "the image does not print the greeting"
  write_results --smoke
  exit 0
fi

# The mirror: Maven's own default repository upstream, read from its super POM.
upstream=$(unzip -p "$(mvn -v | sed -n 's/^Maven home: //p')"/lib/maven-model-builder-*.jar \
  org/apache/maven/model/pom-4.0.0.xml | sed -n 's|.*<url>\(.*\)</url>.*|\1|p' | head -n 1)
[ -n "$upstream" ] || die "no repository URL in Maven's super POM"
rm -f "$WORK/mirror.port"
python3 "$ROOT/bench/maven-mirror.py" "$WORK/mirror" "$upstream" "$WORK/mirror.port" 2>"$WORK/mirror.log" &
MIRROR_PID=$!
for _ in $(seq 1 50); do [ -s "$WORK/mirror.port" ] && break; sleep 0.1; done
MIRROR_PORT=$(cat "$WORK/mirror.port") || die "the mirror did not start"
# The registry Jib pushes to and takes its base from.
source "$ROOT/e2e/registry.sh"
registry_start || die "the registry did not start"
docker tag gcr.io/distroless/java17-debian13:nonroot "$REGISTRY/distroless/java17-debian13:nonroot"
docker push -q "$REGISTRY/distroless/java17-debian13:nonroot" >/dev/null || die "push the base to the registry"
trap 'registry_stop; kill "$MIRROR_PID" 2>/dev/null' EXIT

row "## What the plugin costs a build"; row ""; row "| figure | value |"; row "|---|---|"
overhead || die "overhead"
row ""; row "## Image size"; row ""
row "| application | runtime | size | / distroless JRE |"; row "|---|---|---|---|"
sizes hello "$ROOT/examples/hello" || die "sizes: hello"
sizes spring-boot "$ROOT/src-it/spring-boot-3" || die "sizes: spring-boot"
row ""; row "## Builds: cold, and after a one-line change"; row ""
row "| application | tool | cold (median of 3) | downloads | rebuild (median of 3) | downloads (3 rebuilds) | changed layers |"
row "|---|---|---|---|---|---|---|"
JIB_MAIN=com.example.hello.Main builds hello "$ROOT/examples/hello" hello-1.0.0.jar plain || die "builds: hello"
JIB_MAIN="" builds spring-boot "$ROOT/src-it/spring-boot-3" spring-boot-3-1.0.0.jar boot || die "builds: spring-boot"
row ""; row "## Start-up: seconds from docker run to the first answer (median of 5)"; row ""
row "| image | without the cache | with it | ratio | image size |"; row "|---|---|---|---|---|"
for java in 21 25; do
  startup_variant "Spring Boot 3.5, Java $java" boot-$java "$ROOT/src-it/spring-boot-3" 8081 \
    -Ddockerfile-gen.javaVersion=$java -Ddockerfile-gen.startupCache=true || die "start-up: Boot $java"
  startup_variant "Spring Boot 3.5, Java $java, jlink" boot-$java-jlink "$ROOT/src-it/spring-boot-3" 8081 \
    -Ddockerfile-gen.javaVersion=$java -Ddockerfile-gen.startupCache=true -Ddockerfile-gen.jlink=true \
    || die "start-up: Boot $java jlink"
done
startup_variant "the bundled example (to its exit), Java 17" hello "$ROOT/examples/hello" - \
  -Ddockerfile-gen.startupCache=true -Ddockerfile-gen.startupCacheTraining=-Dtraining=true || die "start-up: hello"
startup_variant "the bundled example, Java 17, jlink" hello-jlink "$ROOT/examples/hello" - \
  -Ddockerfile-gen.jlink=true || die "start-up: hello jlink"
row ""; row "## What the options add to an image build (BuildKit's step times, the images above, first build)"; row ""
row "| image | training run | start-up cache | jdeps | jlink |"; row "|---|---|---|---|---|"
for line in "${COSTS[@]}"; do row "$line"; done
write_results

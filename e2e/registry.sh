# shellcheck shell=bash
# A registry on this machine (Debian's docker-registry, the CNCF distribution), for the cases that
# need one: base images served from a mirror. Sourced by run.sh; then call registry_start, the cases,
# registry_stop.
# needs: check, downloads_in from lib.sh; prepare, build, image_tag, prints and $WORK, $HELLO from run.sh
REGISTRY=127.0.0.1:5055
REGISTRY_PID=""

registry_start() {
  local dir=$WORK/registry
  mkdir -p "$dir/data"
  cat >"$dir/config.yml" <<CONFIG
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: $REGISTRY
CONFIG
  docker-registry serve "$dir/config.yml" >"$WORK/registry.log" 2>&1 &
  REGISTRY_PID=$!
  for _ in $(seq 1 50); do
    curl -fsS "http://$REGISTRY/v2/" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  tail -20 "$WORK/registry.log"; return 1
}
registry_stop() { [ -n "$REGISTRY_PID" ] && kill "$REGISTRY_PID" 2>/dev/null; wait "$REGISTRY_PID" 2>/dev/null; REGISTRY_PID=""; }

# push_to_mirror IMAGE MIRRORED: the local image pushed under its mirrored name, which then exists only
# in the registry (the local tag is removed, so a build must pull it).
push_to_mirror() {
  docker tag "$1" "$2" && docker push "$2" >"$WORK/push.log" 2>&1 && docker rmi "$2" >/dev/null \
    || { tail -5 "$WORK/push.log"; return 1; }
}

# <imageMirror>: every default base image comes from the mirror, laid out as registry mirrors are
# (Docker Hub's official images under library/, others under their registry's host).
mirror_case() {
  local name=mirror mirror=$REGISTRY/mirror
  check "$name: base images pushed to the mirror" bash -c "
    $(declare -f push_to_mirror); WORK='$WORK'
    push_to_mirror maven:3.9.16-eclipse-temurin-17 $mirror/library/maven:3.9.16-eclipse-temurin-17 &&
    push_to_mirror gcr.io/distroless/java17-debian13:nonroot $mirror/gcr.io/distroless/java17-debian13:nonroot" \
    || return 0
  if check "$name: plugin generates a Dockerfile" prepare "$name" "$HELLO" -Ddockerfile-gen.imageMirror="$mirror"; then
    check "$name: both base images are named on the mirror" test "$(grep -c "^ARG [A-Z_]*_IMAGE=$mirror/" \
      "$WORK/cases/$name/target/Dockerfile")" -eq 2
    if check "$name: printed build command builds it, pulling from the mirror" build "$name" "$WORK/$name.build.log"; then
      check "$name: the builder came from the mirror" \
        grep -q "load metadata for $mirror/library/maven:3.9.16-eclipse-temurin-17" "$WORK/$name.build.log"
      check "$name: container prints the greeting" prints "$(image_tag "$name")" \
        "Hello From A Generated Dockerfile on Java 17"
    fi
  fi
  docker rmi "$mirror/library/maven:3.9.16-eclipse-temurin-17" "$mirror/gcr.io/distroless/java17-debian13:nonroot" \
    >/dev/null 2>&1
}

# fleet_build DIR CACHE IMAGE LOG: what a CI job on a fresh machine runs (README, "CI fleets"): the
# builder stage and the image, each with its inline cache, then both pushed. Docker 20.10's inline
# cache holds the final stage's layers only, so the builder has a cache image of its own.
fleet_build() {
  (cd "$1" \
    && DOCKER_BUILDKIT=1 docker build --build-arg BUILDKIT_INLINE_CACHE=1 --cache-from "$2" \
         --target build -f target/Dockerfile -t "$2" . \
    && DOCKER_BUILDKIT=1 docker build --build-arg BUILDKIT_INLINE_CACHE=1 --cache-from "$2" --cache-from "$3" \
         -f target/Dockerfile -t "$3" . \
    && docker push "$2" && docker push "$3") >"$4" 2>&1 || { tail -30 "$4"; return 1; }
}

# <dependencyCache>layer on a CI fleet: a machine builds and pushes the caches; another machine (the same
# engine with its build cache pruned and the images removed) pulls nothing but the registry's caches and
# base images, and after a source change downloads no dependency.
ci_fleet_case() {
  local name=ci-fleet dir=$WORK/cases/ci-fleet mirror=$REGISTRY/mirror cache=$REGISTRY/ci/hello-builder:cache \
    app=$REGISTRY/ci/hello:1.0.0
  check "$name: plugin generates a Dockerfile" prepare "$name" "$HELLO" -Ddockerfile-gen.dependencyCache=layer \
    -Ddockerfile-gen.imageMirror="$mirror" || return 0
  check "$name: dependencies resolved in a layer before the sources, no cache mount" bash -c \
    "grep -q '^RUN mvn .*:go-offline\$' '$dir/target/Dockerfile' && ! grep -q 'type=cache' '$dir/target/Dockerfile'"
  check "$name: first machine builds and pushes both caches" fleet_build "$dir" "$cache" "$app" "$WORK/$name.first.log" \
    || return 0
  check "$name: the first build downloads the dependencies ($(downloads_in "$WORK/$name.first.log"))" \
    test "$(downloads_in "$WORK/$name.first.log")" -gt 0
  # Another machine: no build cache, none of these images.
  docker builder prune -af >/dev/null
  docker rmi "$cache" "$app" "$mirror/library/maven:3.9.16-eclipse-temurin-17" \
    "$mirror/gcr.io/distroless/java17-debian13:nonroot" >/dev/null 2>&1
  sed -i 's/hello from a generated dockerfile/hello again from a generated dockerfile/' \
    "$dir/src/main/java/com/example/hello/Main.java"
  check "$name: a fresh machine builds after a source change" fleet_build "$dir" "$cache" "$app" \
    "$WORK/$name.second.log" || return 0
  check "$name: it downloads no dependency ($(downloads_in "$WORK/$name.second.log") downloads)" \
    test "$(downloads_in "$WORK/$name.second.log")" -eq 0
  check "$name: its dependency layer came from the registry cache" \
    bash -c "grep -A2 'RUN mvn .*go-offline' '$WORK/$name.second.log' | grep -q CACHED"
  check "$name: the image prints the changed source" prints "$app" "Hello Again From A Generated Dockerfile on Java 17"
  docker rmi "$cache" "$app" >/dev/null 2>&1
}

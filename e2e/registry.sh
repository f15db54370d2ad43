# shellcheck shell=bash
# A registry on this machine (Debian's docker-registry, the CNCF distribution), for the cases that
# need one: base images served from a mirror. Sourced by run.sh; uses its check/prepare/build helpers.
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
  check "registry: docker-registry serves $REGISTRY" registry_start || return 0
  check "$name: base images pushed to the mirror" bash -c "
    $(declare -f push_to_mirror); WORK='$WORK'
    push_to_mirror maven:3.9.16-eclipse-temurin-17 $mirror/library/maven:3.9.16-eclipse-temurin-17 &&
    push_to_mirror gcr.io/distroless/java17-debian13:nonroot $mirror/gcr.io/distroless/java17-debian13:nonroot" \
    || { registry_stop; return 0; }
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
  registry_stop
}

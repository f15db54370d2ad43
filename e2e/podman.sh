# shellcheck shell=bash
# podman 4.3 and buildah 1.28, as Debian 12 packages them: a generated Dockerfile builds and runs
# unchanged, with the command the plugin prints, `DOCKER_BUILDKIT=1 docker build` read as
# `podman build` (README, "podman and buildah"). Both read the ignore file beside the Dockerfile
# (target/Dockerfile.dockerignore), as BuildKit does, so no --ignorefile is needed; a fake secret
# proves it. Sourced by run.sh; then call podman_cases.
# needs: check, log, seconds_since, downloads_in, serve, stop_within from lib.sh; prepare,
#        build_command, image_tag and $ROOT, $WORK, $HELLO from run.sh
PODMAN_WORK=$WORK/podman

# Debian's packages, installed once (podman recommends buildah; rootful, CNI networking).
podman_install() {
  local p missing=()
  for p in podman buildah; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} from apt"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
    >"$WORK/podman-apt.log" 2>&1 || { tail -20 "$WORK/podman-apt.log"; return 1; }
}

# podman_image IMAGE: the base image copied from Docker's store under its public name, unless podman
# already holds the same image (same ID); no base image is rebuilt.
podman_image() {
  local id; id=$(docker image inspect -f '{{.Id}}' "$1") || return 1
  [ "$(podman image inspect -f '{{.Id}}' "$1" 2>/dev/null)" = "${id#sha256:}" ] && return 0
  podman pull -q "docker-daemon:$1" >"$WORK/podman-pull.log" 2>&1 || { tail -5 "$WORK/podman-pull.log"; return 1; }
}

# Containers need podman's default rlimits dropped on hosts that refuse them (as this sandbox does:
# "error setting rlimit type 7: operation not permitted"); elsewhere podman's defaults stay.
podman_ulimits() {
  local image=$1
  podman run --rm --entrypoint java "$image" -version >"$WORK/podman-probe.log" 2>&1 && return 0
  grep -q 'error setting rlimit' "$WORK/podman-probe.log" || { tail -5 "$WORK/podman-probe.log"; return 1; }
  mkdir -p "$PODMAN_WORK"
  printf '[containers]\ndefault_ulimits = []\n' >"$PODMAN_WORK/containers.conf"
  export CONTAINERS_CONF=$PODMAN_WORK/containers.conf
  log "podman: this host refuses podman's default rlimits; CONTAINERS_CONF sets default_ulimits = []"
  podman run --rm --entrypoint java "$image" -version >"$WORK/podman-probe.log" 2>&1 \
    || { tail -5 "$WORK/podman-probe.log"; return 1; }
}

podman_setup() {
  podman_install || return 1
  log "$(podman --version), $(buildah --version | cut -d' ' -f1-3), network $(podman info -f '{{.Host.NetworkBackend}}')"
  podman_image maven:3.9.16-eclipse-temurin-17 && podman_image gcr.io/distroless/java17-debian13:nonroot \
    && podman_ulimits gcr.io/distroless/java17-debian13:nonroot
}

# The printed command, for podman as the README says: `DOCKER_BUILDKIT=1 docker build` -> `podman build`.
podman_command() { build_command "$1" | sed 's|^DOCKER_BUILDKIT=1 docker build |podman build |'; }
podman_build() { # podman_build CASE LOG [COMMAND]: run the command (default: the podman one) in the project folder
  local name=$1 logfile=$2 command=${3:-$(podman_command "$1")}
  [[ $command == "podman build "* || $command == "buildah build "* ]] || { echo "  not a podman command: $command"; return 1; }
  (cd "$WORK/cases/$name" && bash -c "$command") >"$logfile" 2>&1 || { tail -40 "$logfile"; return 1; }
}
podman_prints() { # podman_prints IMAGE EXPECTED
  local out; out=$(podman run --rm "$1" 2>&1)
  [ "$out" = "$2" ] || { echo "  expected: $2"; echo "  got:      $out"; return 1; }
}
podman_non_root() {
  local user; user=$(podman image inspect -f '{{.Config.User}}' "$1")
  [[ "$user" =~ ^[0-9]+(:[0-9]+)?$ && "${user%%:*}" != 0 ]] || { echo "  user is '$user'"; return 1; }
}
# jar_entries IMAGE PATH: the entries of a jar in the image
jar_entries() {
  local id; id=$(podman create "$1") || return 1
  podman cp "$id:$2" "$PODMAN_WORK/entries.jar" && unzip -Z1 "$PODMAN_WORK/entries.jar"
  podman rm "$id" >/dev/null
}
# ignore_file_honoured IMAGE: the resource beside the secret is in the jar, the secret is not
ignore_file_honoured() {
  local entries; entries=$(jar_entries "$1" /app/app.jar) || return 1
  grep -qx 'podman-note.txt' <<<"$entries" || { echo "  podman-note.txt is not in the jar"; return 1; }
  ! grep -q 'podman-secret' <<<"$entries" || { echo "  the fake secret reached the jar: $(grep podman-secret <<<"$entries")"; return 1; }
}

# The bundled example: podman build with the printed command, podman run; then a source change built
# with buildah build (no layer cache of its own: Maven runs again, on the cache mount podman filled).
podman_hello_case() {
  local name=podman-hello dir=$WORK/cases/podman-hello tag t0
  t0=$(date +%s.%N)
  check "$name: plugin generates a Dockerfile" prepare "$name" "$HELLO" || return 0
  # A resource the jar must hold, and a fake key beside it that only the ignore file (**/*.pem) keeps out
  mkdir -p "$dir/src/main/resources"
  echo "packaged" >"$dir/src/main/resources/podman-note.txt"
  echo "-----BEGIN FAKE KEY-----" >"$dir/src/main/resources/podman-secret.pem"
  check "$name: '$(podman_command "$name")' builds it" podman_build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  log "$name: podman built $tag in $(seconds_since "$t0") s, $(downloads_in "$WORK/$name.build.log") downloads"
  check "$name: podman run prints the greeting" podman_prints "$tag" "Hello From A Generated Dockerfile on Java 17"
  check "$name: runs as a numeric non-root user" podman_non_root "$tag"
  check "$name: target/Dockerfile.dockerignore honoured: the jar has the resource, not the fake key" \
    ignore_file_honoured "$tag"

  sed -i 's/hello from a generated dockerfile/hello again from a generated dockerfile/' \
    "$dir/src/main/java/com/example/hello/Main.java"
  t0=$(date +%s.%N)
  local buildah; buildah=$(podman_command "$name" | sed 's|^podman build |buildah build |')
  check "$name: '$buildah' builds it after a source change" podman_build "$name" "$WORK/$name.buildah.log" \
    "$buildah" || return 0
  log "$name: buildah built it in $(seconds_since "$t0") s"
  check "$name: buildah's build downloads nothing ($(downloads_in "$WORK/$name.buildah.log") downloads, the cache mount)" \
    test "$(downloads_in "$WORK/$name.buildah.log")" -eq 0
  check "$name: podman run prints buildah's image's changed greeting" podman_prints "$tag" \
    "Hello Again From A Generated Dockerfile on Java 17"
  check "$name: buildah honours the ignore file too" ignore_file_honoured "$tag"
  # buildah's image is new on every run (no layer cache): remove it, podman's cached layers stay
  podman rmi "$(podman image inspect -f '{{.Id}}' "$tag")" >/dev/null 2>&1
}

# A framework application (Spring Boot 3: layered jar, four COPY --from): built with podman, answers
# HTTP from a podman container, stops on SIGTERM before podman stop's 10 s kill.
podman_framework_case() { # podman_framework_case APP PORT BODY
  local app=$1 port=$2 body=$3 name=podman-$1 tag t0
  t0=$(date +%s.%N)
  check "$name: plugin generates a Dockerfile" prepare "$name" "$ROOT/src-it/$app" || return 0
  check "$name: '$(podman_command "$name")' builds it" podman_build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  log "$name: podman built $tag in $(seconds_since "$t0") s, $(downloads_in "$WORK/$name.build.log") downloads"
  check "$name: runs as a numeric non-root user" podman_non_root "$tag"
  if check "$name: answers HTTP on $port from a podman container" serve podman "$tag" "$port"; then
    check "$name: answers '$body' (got '$SERVED_BODY')" test "$SERVED_BODY" = "$body"
    stop_within podman 10; local stopped=$?
    check "$name: stops on SIGTERM in $STOP_SECONDS s (podman stop kills at 10 s)" test "$stopped" -eq 0
  fi
  [ -n "${SERVED_ID:-}" ] && podman rm -f "$SERVED_ID" >/dev/null 2>&1
}

podman_cases() {
  local t0; t0=$(date +%s.%N)
  check "podman: podman and buildah installed, base images copied from Docker's store" podman_setup || return 0
  podman_hello_case
  podman_framework_case spring-boot-3 8081 "hello from spring boot 3"
  log "podman cases: $(seconds_since "$t0") s"
}

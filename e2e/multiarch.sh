# shellcheck shell=bash disable=SC2016  # $BUILDPLATFORM is Docker's, not the shell's
# Multi-arch: an image for linux/arm64 built on this amd64 machine, where nothing can run arm64 code.
# The builder stage runs on the build machine's platform (FROM --platform=$BUILDPLATFORM), so Maven runs
# natively in the amd64 builder image; the runtime stage has no RUN, so nothing runs for arm64. The
# runtime base is an arm64 JRE assembled from Debian's arm64 packages by e2e/arm64-base.sh (once per
# machine; about 65 MB of packages). Sourced by run.sh; then call multiarch_case.
# needs: check, log, seconds_since from lib.sh; prepare, build_command, layers and $ROOT, $WORK, $HELLO
#        from run.sh
ARM64_BASE=dfg-local/java17-arm64:nonroot
ARM64_JAVA=/usr/lib/jvm/java-17-openjdk-arm64/bin/java

# No binfmt_misc handler (qemu-user, box64 ...) takes aarch64 ELF files: its magic ends in the
# machine field b7 00 (EM_AARCH64).
no_arm64_binfmt_handler() {
  local f
  for f in /proc/sys/fs/binfmt_misc/*; do
    case ${f##*/} in register|status|\*) continue ;; esac
    if grep -qi -e 'aarch64' -e '^magic 7f454c46.*0200b700' "$f"; then echo "  $f: $(tr '\n' ' ' <"$f")"; return 1; fi
  done
}
# The daemon cannot run arm64 code either: starting the arm64 base fails with "exec format error".
arm64_cannot_run() {
  local out
  if out=$(docker run --rm --entrypoint "$ARM64_JAVA" "$ARM64_BASE" -version 2>&1); then
    echo "  an arm64 java ran here:"; head -3 <<<"$out"; return 1
  fi
  grep -q 'exec format error' <<<"$out" || { echo "  failed, but not for the architecture:"; tail -3 <<<"$out"; return 1; }
}
arm64_base() {
  local t0; t0=$(date +%s.%N)
  bash "$ROOT/e2e/arm64-base.sh" >"$WORK/arm64-base.log" 2>&1 || { tail -20 "$WORK/arm64-base.log"; return 1; }
  log "multiarch: arm64 base ready in $(seconds_since "$t0") s"
}
# arm64-base.sh used an apt of its own: the host's apt and dpkg know nothing of arm64.
host_apt_has_no_arm64() {
  local bad
  bad=$(dpkg --print-foreign-architectures; find /var/lib/apt/lists /var/cache/apt/archives -maxdepth 1 -name '*_arm64[._]*' \
    -o -maxdepth 1 -name '*binary-arm64*')
  [ -z "$bad" ] || { echo "  on the host: $bad"; return 1; }
}
platform_is() { # IMAGE OS/ARCH
  local p; p=$(docker image inspect -f '{{.Os}}/{{.Architecture}}' "$1")
  [ "$p" = "$2" ] || { echo "  $1 is $p, expected $2"; return 1; }
}
builder_on_build_platform() { grep -q '^FROM --platform=\$BUILDPLATFORM [^ ]* AS build$' "$1"; }
# The image's first layers are the arm64 base's: the runtime stage started from the local image.
starts_from() { # IMAGE BASE
  local base; base=$(layers "$2")
  [ "$(layers "$1" | head -n "$(wc -l <<<"$base")")" = "$base" ] || { echo "  $1 does not start with $2's layers"; return 1; }
}
# image_holds_app_and_aarch64_java IMAGE DIR: /app copied out with the image's java; the jar is the
# application (it runs here, on this machine's JVM: bytecode has no architecture) and java is AArch64.
arm64_image_contents() {
  local id x=$2
  rm -rf "$x"; mkdir -p "$x"
  id=$(docker create "$1" 2>/dev/null) || return 1
  docker cp "$id:/app" "$x/app" && docker cp -L "$id:/usr/bin/java" "$x/java"; local rc=$?
  docker rm "$id" >/dev/null
  if [ $rc -ne 0 ] || [ ! -f "$x/app/app.jar" ]; then echo "  no /app/app.jar or /usr/bin/java"; return 1; fi
  readelf -h "$x/java" | grep -q 'Machine:.*AArch64' \
    || { echo "  java is $(readelf -h "$x/java" | sed -n 's/ *Machine: *//p')"; return 1; }
}

multiarch_case() {
  local name=multiarch dir=$WORK/cases/multiarch tag=dockerfile-gen-e2e/multiarch:arm64 cmd
  check "$name: no emulator registered (no aarch64 binfmt_misc handler)" no_arm64_binfmt_handler
  check "$name: arm64 JRE base $ARM64_BASE assembled from Debian's arm64 packages" arm64_base || return 0
  check "$name: the base image is linux/arm64" platform_is "$ARM64_BASE" linux/arm64
  check "$name: the host's apt and dpkg know no arm64 (a private apt made the base)" host_apt_has_no_arm64
  check "$name: the engine cannot run arm64 code (exec format error)" arm64_cannot_run
  check "$name: plugin generates a Dockerfile" prepare "$name" "$HELLO" || return 0
  # A greeting of this run's own, so Maven really runs in this build (the other cases built the same
  # amd64 builder stage, and a pinned builder stage is the same for every target platform).
  local run; run=$(date +%s)
  sed -i "s/hello from a generated dockerfile/hello from a generated dockerfile, build $run/" \
    "$dir/src/main/java/com/example/hello/Main.java"
  check "$name: the builder stage runs on the build platform (FROM --platform=\$BUILDPLATFORM)" \
    builder_on_build_platform "$dir/target/Dockerfile" || return 0
  # The printed command for another platform: --platform and the arm64 base; its own tag is the
  # amd64 image of the other cases, so this one gets a tag of its own.
  cmd=$(build_command "$name" | sed "s| -t [^ ]* | -t $tag |")
  cmd+=" --platform linux/arm64 --build-arg RUNTIME_IMAGE=$ARM64_BASE"
  local t0; t0=$(date +%s.%N)
  docker rmi "$tag" >/dev/null 2>&1   # the last run's, which would stay behind untagged
  check "$name: '$cmd' builds" \
    bash -c "cd '$dir' && $cmd >'$WORK/$name.build.log' 2>&1 || { tail -30 '$WORK/$name.build.log'; exit 1; }" || return 0
  log "$name: built $tag for linux/arm64 in $(seconds_since "$t0") s"
  check "$name: the image is linux/arm64" platform_is "$tag" linux/arm64
  check "$name: its runtime stage is the local arm64 base" starts_from "$tag" "$ARM64_BASE"
  # Maven ran, and the engine runs no arm64 code: it ran on amd64, in the only Maven image here.
  check "$name: Maven ran in the builder (BUILD SUCCESS in the build log)" grep -q '\[INFO\] BUILD SUCCESS' "$WORK/$name.build.log"
  check "$name: the builder image is linux/amd64" platform_is maven:3.9.16-eclipse-temurin-17 linux/amd64
  if check "$name: the image holds /app/app.jar and an AArch64 java" arm64_image_contents "$tag" "$WORK/$name.contents"; then
    check "$name: its app.jar runs on this machine's JVM" bash -c "[ \"\$(java -cp '$WORK/$name.contents/app/app.jar:$WORK/$name.contents/app/lib/*' \
      com.example.hello.Main)\" = 'Hello From A Generated Dockerfile, Build $run on Java 17' ]"
  fi
  # The point of the pin: with <builderOnBuildPlatform>false the builder runs on the target platform,
  # which needs a linux/arm64 Maven image (none here) and an emulator to run it (none either).
  check "$name-unpinned: plugin generates a Dockerfile" prepare "$name-unpinned" "$HELLO" \
    -Ddockerfile-gen.builderOnBuildPlatform=false || return 0
  check "$name-unpinned: the builder stage has no --platform" \
    grep -q '^FROM ${BUILDER_IMAGE} AS build$' "$WORK/cases/$name-unpinned/target/Dockerfile"
  # (check has a local `name` of its own: the function names its log in full)
  # shellcheck disable=SC2317  # called through check
  unpinned_fails() {
    local logfile=$WORK/multiarch.unpinned.log
    if (cd "$WORK/cases/multiarch-unpinned" && DOCKER_BUILDKIT=1 docker build --progress=plain --platform linux/arm64 \
          --build-arg RUNTIME_IMAGE="$ARM64_BASE" -f target/Dockerfile .) >"$logfile" 2>&1; then
      echo "  built without the pin"; return 1
    fi
    grep -A3 'load metadata for .*maven:3.9.16-eclipse-temurin-17' "$logfile" | grep -q ERROR \
      || grep -q 'exec format error' "$logfile" || { tail -5 "$logfile"; return 1; }
  }
  check "$name-unpinned: the same build for linux/arm64 fails (no linux/arm64 Maven image, no emulator)" unpinned_fails
}

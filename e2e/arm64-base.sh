#!/usr/bin/env bash
# arm64-base.sh - an arm64 Java 17 runtime base image, assembled on this (amd64) machine from Debian's
# arm64 packages without running any arm64 code: the runtime base of the multi-arch proof (an image
# built for linux/arm64 with no emulator registered).
#
# Like engine.sh's distroless stand-in (gcr.io/distroless/java17-debian13:nonroot), the image is made
# FROM nothing: the JRE with its links resolved, the shared libraries its binaries need, the dynamic
# loader, certificates, users, no shell, user 65532. engine.sh asks ldd inside the JRE image for the
# libraries; arm64 binaries cannot run here, so this script reads their NEEDED entries with readelf.
#
# apt runs with a private configuration (own state, cache, sources made from the host's Debian sources
# at run time, architecture arm64, none of the host's apt.conf.d): the host's apt and dpkg state stay
# as they are (no `dpkg --add-architecture`). The .debs are kept for the next run; an existing image is
# reused.
#
# Usage: e2e/arm64-base.sh          (as root; the engine must run: e2e/engine.sh setup)
# Env:   ARM64_BASE_IMAGE (dfg-local/java17-arm64:nonroot)  ENGINE_WORK (/var/tmp/dockerfile-gen-engine)
#        FORCE=1 (rebuild)  MIRROR / SECURITY_MIRROR (default: read from apt's sources, lib.sh's detect_mirrors)
set -euo pipefail
LOG_TAG=arm64-base LOG_FD=2
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TAG=${ARM64_BASE_IMAGE:-dfg-local/java17-arm64:nonroot}
WORK=$(realpath -m "${ENGINE_WORK:-/var/tmp/dockerfile-gen-engine}")/arm64
DOCKER=${DOCKER:-/usr/bin/docker}
ARCH=arm64
TRIPLET=aarch64-linux-gnu
JRE_PACKAGE=openjdk-17-jre-headless
JRE=/usr/lib/jvm/java-17-openjdk-$ARCH

# ---------------------------------------------------------------- apt, privately
A=$WORK/apt
SUITE=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release)   # the host's release
private_apt_config() {
  detect_mirrors
  mkdir -p "$A/state/lists/partial" "$A/cache/archives/partial" "$A/etc/apt.conf.d" "$A/etc/sources.list.d" \
    "$A/etc/preferences.d" "$A/log"
  : >"$A/etc/apt.conf"
  [ -f "$A/state/status" ] || : >"$A/state/status"   # nothing installed: apt resolves the whole closure
  cat >"$A/etc/sources.list" <<EOF
deb [arch=$ARCH signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE main
deb [arch=$ARCH signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE-updates main
deb [arch=$ARCH signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $SECURITY_MIRROR $SUITE-security main
EOF
  # Read through APT_CONFIG before anything else, so the host's apt.conf.d (its hooks that clean the
  # host's cache) is never read. The host's proxy and date settings are carried over.
  {
    cat <<EOF
Dir::Etc::main "$A/etc/apt.conf";
Dir::Etc::parts "$A/etc/apt.conf.d";
Dir::Etc::sourcelist "$A/etc/sources.list";
Dir::Etc::sourceparts "$A/etc/sources.list.d";
Dir::Etc::preferences "$A/etc/preferences";
Dir::Etc::preferencesparts "$A/etc/preferences.d";
Dir::State "$A/state";
Dir::State::status "$A/state/status";
Dir::Cache "$A/cache";
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
Dir::Log "$A/log";
APT::Architecture "$ARCH";
APT::Architectures { "$ARCH"; };
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
Acquire::GzipIndexes "true";
EOF
    apt-config dump | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' || true
  } >"$A/apt.conf"
}
papt() { APT_CONFIG=$A/apt.conf "$@"; }

# The JRE package and everything it depends on, as .debs in the private cache. Prints their paths.
download_debs() {
  papt apt-get -q update >"$WORK/apt-update.log" 2>&1 || { tail -20 "$WORK/apt-update.log" >&2; die "apt-get update failed"; }
  papt apt-get -q -y install --download-only "$JRE_PACKAGE" >"$WORK/apt-download.log" 2>&1 \
    || { tail -20 "$WORK/apt-download.log" >&2; die "downloading $JRE_PACKAGE:$ARCH failed"; }
  papt apt-get -q autoclean >/dev/null   # older versions of the same packages
  # the closure apt chose, by the file names it gives them
  papt apt-get -s install "$JRE_PACKAGE" | sed -n 's/^Inst \([^ ]*\) (\([^ ]*\) .*\[\([a-z0-9]*\)\]).*/\1 \2 \3/p' \
    | while read -r pkg ver arch; do
        f=$A/cache/archives/${pkg%:*}_${ver//:/%3a}_$arch.deb
        [ -f "$f" ] || die "apt did not download $f"
        echo "$f"
      done
}

# ---------------------------------------------------------------- the root file system
# inroot ROOT PATH: PATH (absolute) with its symlinks followed inside ROOT, not on this host.
inroot() {
  local root=$1 p=$2 t n=0
  while [ -L "$root$p" ]; do
    t=$(readlink "$root$p")
    case $t in /*) p=$t ;; *) p=$(dirname "$p")/$t ;; esac
    p=$(realpath -m -s "$p")
    n=$((n + 1)); [ "$n" -lt 40 ] || return 1
  done
  [ -e "$root$p" ] && echo "$p"
}
# find_lib ROOT SONAME: where the dynamic loader (Debian's multiarch default paths) or the JRE's own
# RUNPATH finds SONAME in ROOT.
find_lib() {
  local d
  for d in "$JRE/lib" "$JRE/lib/server" "/lib/$TRIPLET" "/usr/lib/$TRIPLET" /lib /usr/lib; do
    if [ -e "$1$d/$2" ] || [ -L "$1$d/$2" ]; then inroot "$1" "$d/$2" >/dev/null && { echo "$d/$2"; return 0; }; fi
  done
  return 1
}

collect() { # STAGE OUT: the image's root file system from the unpacked packages
  local s=$1 out=$2 l target src libs lib files interp missing=()
  mkdir -p "$out$JRE" "$out/usr/bin" "$out/etc/ssl/certs/java"
  # The JVM's cacerts is made by ca-certificates-java's postinst, which runs java: the host's serves
  # (a keystore does not depend on the architecture, and it holds the host's extra CAs, as the stand-in's).
  mkdir -p "$s/etc/ssl/certs/java"
  cp -L /etc/ssl/certs/java/cacerts "$s/etc/ssl/certs/java/cacerts"
  # 1. the JRE; its links out of the JRE (into /etc, /usr/share) replaced by what they point to in the
  #    stage, links to what the image leaves out (docs) dropped. Links inside the JRE stay.
  cp -a "$s$JRE/." "$out$JRE/"
  while IFS=$'\t' read -r l target; do
    case $(realpath -m -s "$(dirname "$l")/$target") in "$out$JRE"/*) continue ;; esac
    rm -f "$l"
    if src=$(inroot "$s" "${l#"$out"}"); then cp -rL "$s$src" "$l"; fi
  done < <(find "$out$JRE" -type l -printf '%p\t%l\n')
  rm -rf "$out$JRE/man" "$out$JRE/docs"
  ln -s "$JRE/bin/java" "$out/usr/bin/java"
  # 2. the shared libraries the JRE's binaries and libraries need, and theirs (readelf, level by level),
  #    and the loader the binaries name
  local seen=" "
  mapfile -t files < <(find "$out$JRE" -type f \( -name '*.so*' -o -perm -u+x \))
  while [ ${#files[@]} -gt 0 ]; do
    libs=$(readelf -d -W "${files[@]}" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p' | sort -u)
    files=()
    for lib in $libs; do
      case $seen in *" $lib "*) continue ;; esac
      seen+="$lib "
      if [ -e "$out$JRE/lib/$lib" ] || [ -e "$out$JRE/lib/server/$lib" ]; then continue; fi
      if ! src=$(find_lib "$s" "$lib"); then missing+=("$lib"); continue; fi
      mkdir -p "$out$(dirname "$src")"
      cp "$s$(inroot "$s" "$src")" "$out$src"
      files+=("$out$src")
    done
  done
  [ ${#missing[@]} -eq 0 ] || die "libraries not found in the arm64 packages: ${missing[*]}"
  interp=$(readelf -l "$out$JRE/bin/java" | sed -n 's/.*Requesting program interpreter: \(.*\)\]$/\1/p')
  [ -n "$interp" ] || die "no program interpreter in $JRE/bin/java"
  mkdir -p "$out$(dirname "$interp")"
  cp "$s$(inroot "$s" "$interp")" "$out$interp"
  # 3. certificates, time zones if packaged, os-release, and the users and folders engine.sh's stand-in has too
  cp -L "$s/etc/ssl/certs/java/cacerts" "$out/etc/ssl/certs/java/cacerts"
  cp -L /etc/ssl/certs/ca-certificates.crt "$out/etc/ssl/certs/ca-certificates.crt"
  if [ -d "$s/usr/share/zoneinfo" ]; then mkdir -p "$out/usr/share"; cp -a "$s/usr/share/zoneinfo" "$out/usr/share/"; fi
  cp -L /etc/os-release "$out/etc/os-release"   # the host's release is the packages' release
  nonroot_skeleton "$out"
  if find "$out" \( -name sh -o -name bash -o -name dash -o -name busybox \) | grep .; then die "shell found"; fi
  readelf -h "$out$JRE/bin/java" | grep -q 'Machine:.*AArch64' || die "$JRE/bin/java is not an AArch64 binary"
}

build_image() {
  local list debs deb stage=$WORK/stage out=$WORK/rootfs ctx=$WORK/ctx version old t0=$SECONDS
  private_apt_config
  log "downloading $JRE_PACKAGE:$ARCH and its dependencies ($SUITE, from $MIRROR) into $A/cache"
  list=$(download_debs)
  mapfile -t debs <<<"$list"
  log "${#debs[@]} packages, $(du -ch "${debs[@]}" | tail -1 | cut -f1) ($((SECONDS - t0)) s)"
  rm -rf "$stage" "$out"; mkdir -p "$stage" "$out"
  for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$stage"; done   # files only: no maintainer script runs
  log "unpacked ($((SECONDS - t0)) s)"
  collect "$stage" "$out"
  log "root file system collected: $(du -sh "$out" | cut -f1) ($((SECONDS - t0)) s)"
  version=$(dpkg-deb -f "$(grep "/${JRE_PACKAGE}_" <<<"$list")" Version)
  version=${version#*:}; version=${version%-*}   # 17.0.15+6-1~deb12u1 -> 17.0.15+6, as engine.sh stamps it
  # A tar ADDed to scratch keeps its owners, and --platform makes the image's configuration say arm64
  # (`docker import --platform` needs an experimental daemon). No RUN: nothing runs for arm64.
  rm -rf "$ctx"; mkdir -p "$ctx"
  tar --numeric-owner -C "$out" -cf "$ctx/rootfs.tar" .
  cat >"$ctx/Dockerfile" <<EOF
FROM scratch
ADD rootfs.tar /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \\
    JAVA_VERSION=$version
USER $UID_NONROOT
WORKDIR /home/nonroot
ENTRYPOINT ["/usr/bin/java", "-jar"]
EOF
  old=$($DOCKER image inspect -f '{{.Id}}' "$TAG" 2>/dev/null || true)
  DOCKER_BUILDKIT=1 $DOCKER build --platform "linux/$ARCH" --progress=plain -t "$TAG" "$ctx" >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log" >&2; die "docker build of $TAG failed"; }
  # a rebuild (FORCE=1) leaves the image it replaced untagged: drop it unless something else uses it
  if [ -n "$old" ] && [ "$($DOCKER image inspect -f '{{len .RepoTags}}' "$old" 2>/dev/null)" = 0 ]; then
    $DOCKER rmi "$old" >/dev/null 2>&1 || true
  fi
  rm -rf "$stage" "$out" "$ctx"
  log "built $TAG (Java $version) in $((SECONDS - t0)) s"
}

[ "$(id -u)" = 0 ] || die "run as root"
platform=$($DOCKER image inspect -f '{{.Os}}/{{.Architecture}}' "$TAG" 2>/dev/null || true)
if [ "${FORCE:-0}" = 1 ] || [ "$platform" != "linux/$ARCH" ]; then
  mkdir -p "$WORK"
  exec 9>"$WORK/lock"; flock -w 600 9 || die "another arm64-base.sh holds $WORK/lock"
  build_image
  platform=$($DOCKER image inspect -f '{{.Os}}/{{.Architecture}}' "$TAG")
else
  log "$TAG already present"
fi
[ "$platform" = "linux/$ARCH" ] || die "$TAG is $platform, not linux/$ARCH"

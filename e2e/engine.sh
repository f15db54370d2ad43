#!/usr/bin/env bash
# shellcheck disable=SC2016  # '${Version}', '$JAVA_HOME' ... are expanded by dpkg-query or the container's shell
# engine.sh - a local Docker engine plus stand-ins for the public base images that dockerfile-gen emits,
# so generated Dockerfiles can be built and run on a machine that reaches no container registry
# (only Debian's apt mirror and Maven Central).
#
# Usage:  e2e/engine.sh [setup]    install docker.io + tools, start dockerd, build the images (default)
#         e2e/engine.sh selftest   setup, then check every image; PASS/FAIL list, non-zero exit on failure
#         e2e/engine.sh status     engine state and the stand-in images
#         e2e/engine.sh stop       stop the dockerd this script started (PID file), nothing else
#
# Images, for each N in JAVA_VERSIONS (made from Debian packages; the names are the public ones; each
# carries the packages its official image installs, STAND-INS.md says which and how they differ):
#   eclipse-temurin:N-jdk-noble                 the JRE image + JDK N, binutils (the Maven wrapper's builder)
#   maven:3.9.16-eclipse-temurin-N              the JDK image + Apache Maven (Central tarball), curl, git, ssh
#   gcr.io/distroless/javaN-debian13:nonroot    FROM scratch: JRE + its shared libraries, no shell, uid 65532
#   eclipse-temurin:N-jre-noble                 Debian + JRE N + Temurin's tools (curl, wget ...), root, shell
#   eclipse-temurin:N-jre-alpine                the same image (no Alpine packages are reachable)
#   tomcat:{9.0,10.1,11.0}-jreN-temurin-noble   Tomcat from Maven Central on the JRE stand-in
#   jetty:12.1-jdkN-eclipse-temurin             Jetty 12.1 from Maven Central on the JDK stand-in
#   quay.io/wildfly/wildfly:39.0.1.Final-jdkN   WildFly from Maven Central on the JDK stand-in (N = 17, 21)
#   icr.io/appcafe/open-liberty:[26.0.0.3-]kernel-slim-javaN-openj9-ubi-minimal
#                                               Open Liberty's kernel from Maven Central on the JRE stand-in,
#                                               with a local repository of the LIBERTY_FEATURES for features.sh
# Java 17 comes from Debian 12 bookworm, every other version from Debian 13 trixie.
# Internal helpers (dfg-local/*): debian:bookworm, debian:trixie, jre:N, busybox (engine probe).
#
# Env:  JAVA_VERSIONS ("17 21 25")  ENGINE_WORK (/var/tmp/dockerfile-gen-engine)  FORCE=1 (rebuild all)
#       MAVEN_VERSION (3.9.16)  TOMCAT_VERSIONS  JETTY_VERSION  WILDFLY_VERSION  LIBERTY_VERSION (26.0.0.3)
#       LIBERTY_FEATURES (the Open Liberty features baked into its stand-in, section 3d)
#       MIRROR / SECURITY_MIRROR (default: read from apt's sources)
#       EXTRA_CA_DIR (/usr/local/share/ca-certificates)  DOCKERD_FLAGS (set = use exactly these)
#       DOCKER (/usr/bin/docker)
# After setup: build with  DOCKER_BUILDKIT=1 /usr/bin/docker build $(cat $ENGINE_WORK/network-flag) ...
set -euo pipefail
# log lines and the selftest's PASS/FAIL lines on stderr: stdout is the selftest's result list
LOG_TAG=engine LOG_FD=2 CHECK_FD=2
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WORK=$(realpath -m "${ENGINE_WORK:-/var/tmp/dockerfile-gen-engine}")
LOGS=$WORK/logs
JAVA_VERSIONS=${JAVA_VERSIONS:-17 21 25}
MAVEN_VERSION=${MAVEN_VERSION:-3.9.16}
# Servlet containers for war images, from Maven Central
TOMCAT_VERSIONS=${TOMCAT_VERSIONS:-9.0.100 10.1.49 11.0.14}
JETTY_VERSION=${JETTY_VERSION:-12.1.4}
# Pinned so the download does not depend on which plugin version a POM-less mvn happens to pick.
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
EXTRA_CA_DIR=${EXTRA_CA_DIR:-/usr/local/share/ca-certificates}
FORCE=${FORCE:-0}
# Debian's docker.io 20.10 client has BuildKit built in; a newer client (e.g. /usr/local/bin/docker 28)
# refuses DOCKER_BUILDKIT=1 without the buildx plugin, which bookworm does not package.
DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
PREFIX=dfg-local

mkdir -p "$LOGS"
T_ALL=$(date +%s.%N)
SUMMARY=()
RESULTS=()   # the selftest's outcomes, listed at the end
# step NAME CMD... : run, time, remember. Call it as a plain statement (not after && / ||),
# otherwise bash disables `set -e` inside CMD.
step() {
  local name=$1 t0 d; shift; t0=$(date +%s.%N)
  log ">>> $name"
  "$@"
  d=$(seconds_since "$t0")
  log "<<< $name: ${d}s"
  SUMMARY+=("$(printf '%-48s %7ss' "$name" "$d")")
}
declare -A BUILT=()   # tags built by this run, so FORCE=1 rebuilds each image once, not once per use
OLD_IDS=()            # images that FORCE=1 replaces; removed at the end if nothing else tags them
have_image() {
  local id
  [ -n "${BUILT[$1]:-}" ] && return 0
  id=$($DOCKER image inspect -f '{{.Id}}' "$1" 2>/dev/null) || return 1
  [ "$FORCE" != 1 ] && return 0
  OLD_IDS+=("$id"); return 1
}
drop_replaced() {
  local id
  for id in "${OLD_IDS[@]}"; do
    if [ "$($DOCKER image inspect -f '{{len .RepoTags}}' "$id" 2>/dev/null || echo gone)" = 0 ]; then
      $DOCKER rmi "$id" >/dev/null 2>&1 || true   # still used by a container: leave it
    fi
  done
}
tag_all() { local src=$1 t; shift; for t in "$@"; do [ "$t" = "$src" ] || $DOCKER tag "$src" "$t"; done; }
# Without a bridge network (last rungs of the dockerd ladder) builds and runs need the host network.
net_flag() { cat "$WORK/network-flag" 2>/dev/null || true; }
# shellcheck disable=SC2046  # net_flag is empty or one word
bk_build() { $DOCKER build --progress=plain $(net_flag) $( [ "$FORCE" = 1 ] && echo --no-cache ) "$@"; }
# shellcheck disable=SC2046
drun() { $DOCKER run --rm $(net_flag) "$@"; }
build_or_die() { # log-name build-args... (with -t TAG first)
  local lf=$LOGS/build-$1.log; shift
  bk_build "$@" >"$lf" 2>&1 || { tail -40 "$lf" >&2; die "docker build failed, see $lf"; }
  [ "$1" = -t ] && BUILT[$2]=1
  return 0
}
suite_for() { case $1 in 17) echo bookworm ;; *) echo trixie ;; esac; }
jre_tags() { echo "eclipse-temurin:$1-jre-noble eclipse-temurin:$1-jre-alpine"; }
builder_tag() { echo "maven:$MAVEN_VERSION-eclipse-temurin-$1"; }
jdk_tag() { echo "eclipse-temurin:$1-jdk-noble"; }
distroless_tag() { echo "gcr.io/distroless/java$1-debian13:nonroot"; }

[ "$(id -u)" = 0 ] || die "run as root"
for n in $JAVA_VERSIONS; do [[ $n =~ ^[0-9]+$ ]] || die "JAVA_VERSIONS must be numbers, got '$n'"; done

# ---------------------------------------------------------------- 1. host packages
install_packages() {
  local p missing=()
  # busybox-static: a 2 MB image to prove that the daemon can run containers
  # docker-registry: a local registry for the mirror case
  # unzip: central_file's check of a zip (Open Liberty's kernel)
  # jq: central_file's check of a JSON file, and the Open Liberty features' dependencies (section 3d)
  for p in docker.io debootstrap busybox-static docker-registry unzip jq; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  command -v mvn >/dev/null || missing+=(maven)   # only to fetch the Maven distribution
  if [ ${#missing[@]} -eq 0 ]; then log "packages already installed"; return; fi
  log "installing: ${missing[*]}"
  apt-get update -q >"$LOGS/apt-update.log" 2>&1 || { tail -20 "$LOGS/apt-update.log"; die "apt-get update failed"; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    >"$LOGS/apt-install.log" 2>&1 || { tail -30 "$LOGS/apt-install.log"; die "apt-get install failed"; }
}

# ---------------------------------------------------------------- 2. dockerd
engine_ok() { timeout 10 "$DOCKER" info >/dev/null 2>&1; }
busybox_image() {
  have_image "$PREFIX/busybox:latest" && return
  local r=$WORK/rootfs/busybox a
  rm -rf "$r"; mkdir -p "$r/bin" "$r/etc" "$r/tmp"; chmod 1777 "$r/tmp"
  cp /bin/busybox "$r/bin/busybox"
  # `busybox --list` includes "busybox" itself; linking it would clobber the binary.
  for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf busybox "$r/bin/$a"; done
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$r/etc/passwd"; printf 'root:x:0:\n' >"$r/etc/group"
  tar --numeric-owner -C "$r" -c . | $DOCKER import -c 'CMD ["/bin/sh"]' - "$PREFIX/busybox:latest" >/dev/null
  BUILT[$PREFIX/busybox:latest]=1
  rm -rf "$r"
}
try_dockerd() { # flags... ; returns 0 if the daemon really runs a container
  local pid net=""
  [[ " $* " == *" --bridge=none "* ]] && net=--network=host
  log "starting dockerd ${*:-(default flags)}; log: $LOGS/dockerd.log"
  echo "=== $(date -Is) dockerd $*" >>"$LOGS/dockerd.log"
  # 9>&-: the daemon must not inherit (and so hold forever) the setup lock
  nohup dockerd "$@" >>"$LOGS/dockerd.log" 2>&1 </dev/null 9>&- &
  pid=$!
  for _ in $(seq 1 120); do
    engine_ok && break
    kill -0 "$pid" 2>/dev/null || { log "dockerd exited; last log lines:"; tail -5 "$LOGS/dockerd.log" >&2; return 1; }
    sleep 0.25
  done
  # shellcheck disable=SC2086  # $net is empty or one word
  if engine_ok && busybox_image && timeout 30 "$DOCKER" run --rm $net "$PREFIX/busybox:latest" true; then
    echo "$pid" >"$WORK/dockerd.pid"; echo "$*" >"$WORK/dockerd.flags"; echo "$net" >"$WORK/network-flag"
    log "dockerd PID $pid works (network: ${net:-bridge})"
    return 0
  fi
  log "dockerd $* started but cannot run a container; stopping PID $pid"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  return 1
}
start_engine() {
  if engine_ok; then
    log "engine already running: $($DOCKER info --format '{{.ServerVersion}} {{.Driver}}')"
    [ -f "$WORK/network-flag" ] || : >"$WORK/network-flag"
    busybox_image
    # `docker info` answering is not enough: e.g. a lost docker0 bridge breaks every run and build
    drun "$PREFIX/busybox:latest" true >/dev/null 2>"$LOGS/probe.log" \
      || { cat "$LOGS/probe.log" >&2; die "the running engine cannot start a container (restart it: $0 stop; $0 setup)"; }
    return
  fi
  rm -f "$WORK/network-flag"
  if [ -n "${DOCKERD_FLAGS+x}" ]; then
    # shellcheck disable=SC2086  # the flags are meant to split
    try_dockerd $DOCKERD_FLAGS || die "dockerd $DOCKERD_FLAGS does not work, see $LOGS/dockerd.log"
    return
  fi
  # From the most faithful to the most degraded: nested sandboxes often lack iptables, overlayfs or systemd.
  # NB: a dockerd started with --bridge=none deletes the docker0 interface, so never start one next to a
  # daemon that still uses the bridge (e.g. a second engine with its own DOCKER_HOST and data root).
  try_dockerd && return
  try_dockerd --iptables=false --bridge=none && return
  try_dockerd --storage-driver=vfs --iptables=false --bridge=none && return
  try_dockerd --storage-driver=vfs --iptables=false --bridge=none --exec-opt native.cgroupdriver=cgroupfs && return
  die "no dockerd configuration works; see $LOGS/dockerd.log"
}

# ---------------------------------------------------------------- 3a. Debian base images (debootstrap)
ROOTFS_MOUNTS=()
umount_all() { local m; for m in "${ROOTFS_MOUNTS[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done; ROOTFS_MOUNTS=(); }
trap umount_all EXIT
in_chroot() { # rootfs cmd...
  local r=$1 rc=0; shift
  cp /etc/resolv.conf "$r/etc/resolv.conf"
  mount -t proc proc "$r/proc"; ROOTFS_MOUNTS=("$r/proc" "${ROOTFS_MOUNTS[@]}")
  mount --bind /dev "$r/dev";   ROOTFS_MOUNTS=("$r/dev" "${ROOTFS_MOUNTS[@]}")
  chroot "$r" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@" || rc=$?
  umount_all
  return $rc
}
debian_image() { # suite
  local suite=$1 r=$WORK/rootfs/debian-$1 script=""
  have_image "$PREFIX/debian:$suite" && return
  mountpoint -q "$r/proc" 2>/dev/null && umount "$r/proc"; mountpoint -q "$r/dev" 2>/dev/null && umount "$r/dev"
  rm -rf "$r"; mkdir -p "$WORK/debootstrap-cache"
  # an older debootstrap may not know a newer suite; the sid script handles every current one
  [ -e "/usr/share/debootstrap/scripts/$suite" ] || script=/usr/share/debootstrap/scripts/sid
  log "debootstrap --variant=minbase $suite from $MIRROR"
  # shellcheck disable=SC2086  # $script is empty or one path
  debootstrap --variant=minbase --cache-dir="$WORK/debootstrap-cache" "$suite" "$r" "$MIRROR" $script \
    >"$LOGS/debootstrap-$suite.log" 2>&1 || { tail -20 "$LOGS/debootstrap-$suite.log"; die "debootstrap $suite failed"; }
  rm -f "$r/etc/apt/sources.list"
  cat >"$r/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"; chmod 755 "$r/usr/sbin/policy-rc.d"
  # like the official debian slim images: no docs/man/locales, no recommends, no .deb cache left behind
  cat >"$r/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
  cat >"$r/etc/apt/apt.conf.d/docker-clean" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  # Trust the same extra CAs as this host (a TLS-inspecting egress proxy here). Without them Maven in the
  # containers fails with PKIX errors; the JDK's cacerts is generated from /etc/ssl/certs later on.
  mkdir -p "$r/usr/local/share/ca-certificates"
  if compgen -G "$EXTRA_CA_DIR/*.crt" >/dev/null; then cp "$EXTRA_CA_DIR"/*.crt "$r/usr/local/share/ca-certificates/"; fi
  in_chroot "$r" sh -c 'apt-get update -q && apt-get dist-upgrade -y -q && apt-get install -y -q ca-certificates && update-ca-certificates' \
    >"$LOGS/debian-$suite-chroot.log" 2>&1 || { tail -30 "$LOGS/debian-$suite-chroot.log"; die "chroot setup of $suite failed"; }
  rm -rf "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/archives/*.deb "$r"/var/cache/apt/*.bin "$r"/var/log/apt/* \
         "$r"/var/log/dpkg.log "$r"/var/log/bootstrap.log "$r"/tmp/* "$r"/var/tmp/* "$r"/usr/share/man/* "$r"/usr/share/info/*
  find "$r/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
  find "$r/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  find "$r/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} + 2>/dev/null || true
  mkdir -p "$r/usr/share/man/man1"   # openjdk's postinst (update-alternatives) fails without it
  : >"$r/etc/resolv.conf"; : >"$r/etc/hostname"
  tar --numeric-owner -C "$r" -c . | $DOCKER import -m "debootstrap minbase $suite + ca-certificates" \
    -c 'CMD ["bash"]' -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'ENV LANG=C.UTF-8' \
    - "$PREFIX/debian:$suite" >/dev/null
  BUILT[$PREFIX/debian:$suite]=1
  rm -rf "$r"
}

# ---------------------------------------------------------------- 3b. Java images
# Rebuild IMAGE with ENV JAVA_VERSION=<prefix><upstream version of PKG>; an ENV-only step adds no layer.
stamp_java_version() { # image package prefix
  local img=$1 v old
  v=$(drun --entrypoint dpkg-query "$img" -W -f='${Version}' "$2")
  v=${v#*:}; v=${v%-*}     # 17.0.15+6-1~deb12u1 -> 17.0.15+6 (drop epoch and Debian revision)
  old=$($DOCKER image inspect -f '{{.Id}}' "$img")
  printf 'FROM %s\nENV JAVA_VERSION=%s%s\n' "$img" "$3" "$v" | build_or_die "stamp-${img//[:\/]/_}" -t "$img" -
  # the unstamped image is now untagged; drop it so it does not linger as <none>
  [ "$($DOCKER image inspect -f '{{.Id}}' "$img")" = "$old" ] || $DOCKER rmi "$old" >/dev/null 2>&1 || true
}
image_env() { $DOCKER image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$1" | sed -n "s/^$2=//p"; }

# What the official Temurin images install besides Java (adoptium/containers' Ubuntu template, see
# STAND-INS.md): curl before 22, wget and gnupg before 25 (later images fetch Java with them and purge
# them), and always fontconfig, ca-certificates, p11-kit, tzdata, locales (en_US.UTF-8 generated).
temurin_packages() { # N
  local p=""
  if [ "$1" -lt 22 ]; then p+="curl "; fi
  if [ "$1" -lt 25 ]; then p+="wget gnupg "; fi
  echo "${p}fontconfig ca-certificates p11-kit tzdata locales"
}
TEMURIN_JDK_PACKAGES="binutils"   # the JDK images' own addition: jlink --strip-debug runs objcopy
# ... and what the official maven images add to the JDK image
MAVEN_IMAGE_PACKAGES="ca-certificates curl git openssh-client"
APT_CLEAN="rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /var/log/apt /var/log/dpkg.log /var/cache/debconf/*-old"

jre_image() { # N : Debian JRE, the temurin/alpine stand-in and the base of the other two
  local n=$1 suite c; suite=$(suite_for "$1"); c=$WORK/ctx/jre-$n
  # shellcheck disable=SC2046  # the tags are meant to split
  if have_image "$PREFIX/jre:$n"; then tag_all "$PREFIX/jre:$n" $(jre_tags "$n"); return; fi
  debian_image "$suite"   # normally already built by its own step
  mkdir -p "$c"
  cat >"$c/Dockerfile" <<EOF
FROM $PREFIX/debian:$suite
# ca-certificates-java generates the JVM's cacerts from /etc/ssl/certs (host CAs included)
RUN set -eux; mkdir -p /usr/share/man/man1; apt-get update -q; \\
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-$n-jre-headless \\
      ca-certificates-java $(temurin_packages "$n"); \\
    echo "en_US.UTF-8 UTF-8" >>/etc/locale.gen; locale-gen; \\
    $APT_CLEAN; \\
    mkdir -p /opt/java; ln -s /usr/lib/jvm/java-$n-openjdk-\$(dpkg --print-architecture) /opt/java/openjdk; \\
    /opt/java/openjdk/bin/java -version
ENV JAVA_HOME=/opt/java/openjdk \\
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8
CMD ["bash"]
EOF
  build_or_die "jre-$n" -t "$PREFIX/jre:$n" "$c"
  stamp_java_version "$PREFIX/jre:$n" "openjdk-$n-jre-headless" jdk-
  # No Alpine packages are reachable, so the -jre-alpine name is the same Debian-based image.
  # shellcheck disable=SC2046
  tag_all "$PREFIX/jre:$n" $(jre_tags "$n")
}

central_file() { # groupId:artifactId:version:type[:classifier] FILE : fetch once from Maven Central; Maven
  # knows where Central is and checks checksums (-C). Prints the local path.
  local artifact=$1 file=$WORK/downloads/$2
  if [ ! -s "$file" ]; then
    mkdir -p "$WORK/downloads"
    mvn -B -C "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" -DoutputDirectory="$WORK/downloads" \
      >"$LOGS/download-$2.log" 2>&1 || { tail -20 "$LOGS/download-$2.log" >&2; die "download of $artifact failed"; }
    case $file in
      *.zip) unzip -tq "$file" >/dev/null ;;
      *.json) jq empty "$file" ;;
      *) gzip -t "$file" ;;
    esac || { rm -f "$file"; die "corrupt $file"; }
  fi
  echo "$file"
}
jdk_image() { # N : JDK without Maven, like eclipse-temurin:<N>-jdk-noble
  local n=$1 c=$WORK/ctx/jdk-$1 tag; tag=$(jdk_tag "$1")
  have_image "$tag" && return
  rm -rf "$c"; mkdir -p "$c"
  cat >"$c/Dockerfile" <<EOF
FROM $PREFIX/jre:$n
RUN set -eux; apt-get update -q; \\
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-$n-jdk-headless \\
      $TEMURIN_JDK_PACKAGES; \\
    $APT_CLEAN; \\
    javac -version
CMD ["jshell"]
EOF
  build_or_die "jdk-$n" -t "$tag" "$c"
  stamp_java_version "$tag" "openjdk-$n-jdk-headless" jdk-
}
maven_dist() { central_file "org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" "apache-maven-$MAVEN_VERSION-bin.tar.gz"; }
builder_image() { # N : JDK + Maven, like maven:<v>-eclipse-temurin-<N>
  local n=$1 c=$WORK/ctx/maven-$1 tag tgz; tag=$(builder_tag "$1")
  have_image "$tag" && return
  tgz=$(maven_dist)
  rm -rf "$c"; mkdir -p "$c"; cp "$tgz" "$c/maven.tar.gz"
  # The tarball is bind-mounted, not COPYed, so it does not stay behind in a layer.
  cat >"$c/Dockerfile" <<EOF
FROM $(jdk_tag "$n")
RUN --mount=type=bind,source=maven.tar.gz,target=/tmp/maven.tar.gz \\
    set -eux; apt-get update -q; \\
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $MAVEN_IMAGE_PACKAGES; \\
    $APT_CLEAN; \\
    mkdir -p /usr/share/maven/ref /root/.m2; \\
    tar -xzf /tmp/maven.tar.gz -C /usr/share/maven --strip-components=1; \\
    ln -s /usr/share/maven/bin/mvn /usr/bin/mvn; javac -version; mvn -v
ENV MAVEN_HOME=/usr/share/maven MAVEN_CONFIG=/root/.m2 MAVEN_VERSION=$MAVEN_VERSION
CMD ["mvn"]
EOF
  build_or_die "maven-$n" -t "$tag" "$c"
  # the JDK install may have pulled a newer JRE than the one stamped on the base
  stamp_java_version "$tag" "openjdk-$n-jdk-headless" jdk-
}

# Runs inside the JRE stand-in (it has a shell) and lays out /out as the root of a shell-less image.
write_collect_script() {
  cat >"$1" <<'EOF'
#!/bin/sh
# collect.sh OUT SKELETON_TAR: the JRE with links resolved, its shared-library closure, the loader,
# certs; then the users and folders of lib.sh's nonroot_skeleton, made on the host.
set -eu
out=$1
jre=$(readlink -f /opt/java/openjdk)
mkdir -p "$out$jre" "$out/usr/bin" "$out/etc/ssl/certs/java"
# 1. the JRE. Debian links conf/, cacerts, jvm.cfg ... into /etc and /usr/share: copy what they point to.
#    Links whose target was excluded (docs, man) are dropped.
cp -a "$jre/." "$out$jre/"
find "$out$jre" -type l | while IFS= read -r l; do
  src=$jre${l#"$out$jre"}
  rm -f "$l"
  if [ -e "$src" ]; then cp -rL "$src" "$l"; fi
done
rm -rf "$out$jre/man" "$out$jre/docs"
ln -s "$jre/bin/java" "$out/usr/bin/java"
# 2. the shared libraries of every binary and .so of the JRE, by their canonical directory, and the
#    dynamic loader at the exact path the binaries name (e.g. /lib64/ld-linux-x86-64.so.2).
find "$jre" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c 'for f; do ldd "$f" 2>/dev/null || true; done' sh {} + \
  | awk '$2 == "=>" && $3 ~ /^\// {print "lib", $3} $1 ~ /^\// && $2 ~ /^\(/ {print "interp", $1}' | sort -u \
  | while read -r kind p; do
      case $kind in
        lib)  d=$(readlink -f "$(dirname "$p")")
              case $d/ in "$jre"/*) continue ;; esac   # the JRE's own libraries are already there
              mkdir -p "$out$d"; cp -L "$p" "$out$d/$(basename "$p")" ;;
        interp) mkdir -p "$out$(dirname "$p")"; cp -L "$p" "$out$p" ;;
      esac
    done
# 3. certificates (JVM and PEM bundle), time zones if present, os-release, users
cp -L /etc/ssl/certs/java/cacerts "$out/etc/ssl/certs/java/cacerts"
cp -L /etc/ssl/certs/ca-certificates.crt "$out/etc/ssl/certs/ca-certificates.crt"
if [ -d /usr/share/zoneinfo ]; then mkdir -p "$out/usr/share"; cp -a /usr/share/zoneinfo "$out/usr/share/"; fi
cp -L /etc/os-release "$out/etc/os-release"
tar -x -p --numeric-owner -f "$2" -C "$out"   # as root: owners and modes as the host made them
chmod 755 "$out"
# the point of the image: no shell, nothing to run but java
if find "$out" \( -name sh -o -name bash -o -name dash -o -name busybox \) | grep .; then echo "shell found" >&2; exit 1; fi
EOF
}
distroless_image() { # N : gcr.io/distroless/javaN-debian13:nonroot look-alike
  local n=$1 c=$WORK/ctx/distroless-$1 tag jv; tag=$(distroless_tag "$1")
  have_image "$tag" && return
  jv=$(image_env "$PREFIX/jre:$n" JAVA_VERSION); jv=${jv#jdk-}
  rm -rf "$c"; mkdir -p "$c/skeleton"; write_collect_script "$c/collect.sh"
  nonroot_skeleton "$c/skeleton"
  tar --numeric-owner -C "$c/skeleton" -cf "$c/skeleton.tar" . && rm -rf "$c/skeleton"
  cat >"$c/Dockerfile" <<EOF
FROM $PREFIX/jre:$n AS collect
RUN --mount=type=bind,source=collect.sh,target=/collect.sh --mount=type=bind,source=skeleton.tar,target=/skeleton.tar \\
    sh /collect.sh /out /skeleton.tar

FROM scratch
COPY --from=collect /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \\
    JAVA_VERSION=$jv
USER $UID_NONROOT
WORKDIR /home/nonroot
ENTRYPOINT ["/usr/bin/java", "-jar"]
EOF
  build_or_die "distroless-$n" -t "$tag" "$c"
}

# ---------------------------------------------------------------- 3b'. bases for jlink runtimes
# gcr.io/distroless/cc-debian13:nonroot: no shell, no package manager, no Java; what distroless's
# static, base and cc images put together for Debian 13 (base-files' os-release, netbase, tzdata, the
# CA bundle; libc6, libssl3t64, libzstd1, zlib1g; libgcc-s1, libgomp1, libstdc++6), each package's
# files laid out usr-merged, and the nonroot user. debian:trixie-slim: the debootstrap minbase trixie
# image under the public name (STAND-INS.md).
CC_TAG=gcr.io/distroless/cc-debian13:nonroot
SLIM_TAG=debian:trixie-slim
CC_PACKAGES="libc6 libssl3t64 libzstd1 zlib1g libgcc-s1 libgomp1 libstdc++6 netbase tzdata ca-certificates base-files"
cc_image() {
  local c=$WORK/ctx/cc
  tag_all "$PREFIX/debian:trixie" "$SLIM_TAG"
  have_image "$CC_TAG" && return
  rm -rf "$c"; mkdir -p "$c/skeleton"
  nonroot_skeleton "$c/skeleton"
  tar --numeric-owner -C "$c/skeleton" -cf "$c/skeleton.tar" . && rm -rf "$c/skeleton"
  cat >"$c/collect.sh" <<'EOF'
#!/bin/sh
# collect.sh OUT SKELETON_TAR PACKAGES...: each package's files at their canonical (usr-merged) paths,
# no docs; the CA bundle as update-ca-certificates made it (the host's extra CAs included); then the
# nonroot skeleton.
set -eu
out=$1 skeleton=$2; shift 2
mkdir -p "$out/usr/bin" "$out/usr/sbin" "$out/usr/lib" "$out/etc/ssl/certs"
for d in bin sbin lib lib64; do if [ -L "/$d" ]; then ln -s "$(readlink "/$d")" "$out/$d"; fi; done
for p in "$@"; do
  dpkg -L "$p" | while IFS= read -r f; do
    case $f in /usr/share/doc/*|/usr/share/man/*|/usr/share/lintian/*|/usr/share/info/*) continue ;; esac
    if [ -f "$f" ] || [ -L "$f" ]; then
      d=$(readlink -f "$(dirname "$f")"); mkdir -p "$out$d"; cp -a "$f" "$out$d/"
    fi
  done
done
cp -L /etc/ssl/certs/ca-certificates.crt "$out/etc/ssl/certs/ca-certificates.crt"
tar -x -p --numeric-owner -f "$skeleton" -C "$out"
chmod 755 "$out"
if find "$out" \( -name sh -o -name bash -o -name dash -o -name busybox \) | grep .; then echo "shell found" >&2; exit 1; fi
EOF
  cat >"$c/Dockerfile" <<EOF
FROM $PREFIX/debian:trixie AS collect
RUN --mount=type=bind,source=collect.sh,target=/collect.sh --mount=type=bind,source=skeleton.tar,target=/skeleton.tar \\
    set -eux; apt-get update -q; apt-get install -y -q --no-install-recommends $CC_PACKAGES; \\
    sh /collect.sh /out /skeleton.tar $CC_PACKAGES

FROM scratch
COPY --from=collect /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER $UID_NONROOT
WORKDIR /home/nonroot
EOF
  build_or_die "cc" -t "$CC_TAG" "$c"
}

# ---------------------------------------------------------------- 3c. servlet containers
# Tomcat and Jetty from their distributions on Maven Central, laid out as the official images are:
# tomcat:<line>-jre<N>-temurin-noble (CATALINA_HOME /usr/local/tomcat, root-owned, logs/temp/work 1777,
# empty webapps/, CMD catalina.sh run) and jetty:12.1-jdk<N>-eclipse-temurin (JETTY_HOME
# /usr/local/jetty, JETTY_BASE /var/lib/jetty with server,http,ext,resources, user jetty), each on
# the stand-in of its official base: Tomcat on the JRE, Jetty on the JDK. They differ from the official
# images in their base (Debian's OpenJDK, not Ubuntu's Temurin) and in lacking Tomcat Native
# (STAND-INS.md).
tomcat_tag() { echo "tomcat:${2%.*}-jre$1-temurin-noble"; }
jetty_tag() { echo "jetty:12.1-jdk$1-eclipse-temurin"; }
tomcat_image() { # N VERSION
  local n=$1 v=$2 c tag tgz; tag=$(tomcat_tag "$1" "$2"); c=$WORK/ctx/tomcat-$v-$n
  have_image "$tag" && return
  tgz=$(central_file "org.apache.tomcat:tomcat:$v:tar.gz" "tomcat-$v.tar.gz")
  rm -rf "$c"; mkdir -p "$c"; cp "$tgz" "$c/tomcat.tar.gz"
  cat >"$c/Dockerfile" <<EOF
FROM $PREFIX/jre:$n
ENV CATALINA_HOME=/usr/local/tomcat \\
    PATH=/usr/local/tomcat/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    TOMCAT_VERSION=$v
WORKDIR /usr/local/tomcat
RUN --mount=type=bind,source=tomcat.tar.gz,target=/tmp/tomcat.tar.gz \\
    set -eux; tar -xzf /tmp/tomcat.tar.gz --strip-components=1; rm bin/*.bat; \\
    mv webapps webapps.dist; mkdir webapps; \\
    find ./bin/ -name '*.sh' -exec sed -ri 's|^#!/bin/sh\$|#!/usr/bin/env bash|' '{}' +; \\
    chmod -R +rX .; chmod 1777 logs temp work; catalina.sh version
EXPOSE 8080
ENTRYPOINT []
CMD ["catalina.sh", "run"]
EOF
  build_or_die "tomcat-$v-$n" -t "$tag" "$c"
}
jetty_image() { # N VERSION
  local n=$1 v=$2 c tag tgz; tag=$(jetty_tag "$1"); c=$WORK/ctx/jetty-$v-$n
  have_image "$tag" && return
  tgz=$(central_file "org.eclipse.jetty:jetty-home:$v:tar.gz" "jetty-home-$v.tar.gz")
  rm -rf "$c"; mkdir -p "$c"; cp "$tgz" "$c/jetty.tar.gz"
  jdk_image "$n"   # normally already built by its own step
  # the official entrypoint prepares the command; the stand-in's runs it as given
  printf '#!/bin/sh\nexec "$@"\n' >"$c/docker-entrypoint.sh"; chmod 755 "$c/docker-entrypoint.sh"
  cat >"$c/Dockerfile" <<EOF
FROM $(jdk_tag "$n")
ENV JETTY_VERSION=$v JETTY_HOME=/usr/local/jetty JETTY_BASE=/var/lib/jetty TMPDIR=/tmp/jetty \\
    PATH=/usr/local/jetty/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN --mount=type=bind,source=jetty.tar.gz,target=/tmp/jetty.tar.gz \\
    set -eux; mkdir -p /tmp/jetty /usr/local/jetty /var/lib/jetty; \\
    tar -xzf /tmp/jetty.tar.gz -C /usr/local/jetty --strip-components=1; \\
    sed -i '/jetty-logging/d' /usr/local/jetty/etc/jetty.conf; \\
    cd /var/lib/jetty; java -jar /usr/local/jetty/start.jar --create-startd --add-to-start=server,http,ext,resources; \\
    groupadd -r jetty; useradd -r -g jetty jetty; \\
    chown -R jetty:jetty /usr/local/jetty /var/lib/jetty /tmp/jetty; usermod -d /var/lib/jetty jetty; \\
    java -jar /usr/local/jetty/start.jar --list-config >/dev/null
WORKDIR /var/lib/jetty
COPY docker-entrypoint.sh /
USER jetty
EXPOSE 8080
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["java", "-jar", "/usr/local/jetty/start.jar"]
EOF
  build_or_die "jetty-$v-$n" -t "$tag" "$c"
}

# ---------------------------------------------------------------- 3c. WildFly
# quay.io/wildfly/wildfly:<version>-jdk<N>, laid out as wildfly/wildfly-container's Dockerfile lays it
# out: the distribution (Maven Central's wildfly-dist) in /opt/jboss/wildfly, owned by jboss:0 and
# group-writable, user jboss (1000:1000, home /opt/jboss), LAUNCH_JBOSS_IN_BACKGROUND=true, CMD
# standalone.sh -b 0.0.0.0. Its base is Temurin's JDK on UBI 9 minimal; ours the JDK stand-in
# (STAND-INS.md). WildFly 39 publishes images for Java 17 and 21 only.
WILDFLY_VERSION=${WILDFLY_VERSION:-39.0.1.Final}
wildfly_tag() { echo "quay.io/wildfly/wildfly:$WILDFLY_VERSION-jdk$1"; }
wildfly_image() { # N
  local n=$1 c tag tgz; tag=$(wildfly_tag "$1"); c=$WORK/ctx/wildfly-$WILDFLY_VERSION-$n
  have_image "$tag" && return
  tgz=$(central_file "org.wildfly:wildfly-dist:$WILDFLY_VERSION:tar.gz" "wildfly-dist-$WILDFLY_VERSION.tar.gz")
  # a hard link, not a 260 MB copy, when the work folder allows it
  rm -rf "$c"; mkdir -p "$c"; ln "$tgz" "$c/wildfly.tar.gz" 2>/dev/null || cp "$tgz" "$c/wildfly.tar.gz"
  jdk_image "$n"   # normally already built by its own step
  cat >"$c/Dockerfile" <<EOF
FROM $(jdk_tag "$n")
WORKDIR /opt/jboss
RUN groupadd -r jboss -g 1000 && useradd -u 1000 -r -g jboss -m -d /opt/jboss -s /sbin/nologin -c "JBoss user" jboss \\
    && chmod 755 /opt/jboss
ENV WILDFLY_VERSION=$WILDFLY_VERSION JBOSS_HOME=/opt/jboss/wildfly
RUN --mount=type=bind,source=wildfly.tar.gz,target=/tmp/wildfly.tar.gz \\
    set -eux; mkdir /opt/jboss/wildfly; tar -xzf /tmp/wildfly.tar.gz -C /opt/jboss/wildfly --strip-components=1; \\
    chown -R jboss:0 /opt/jboss/wildfly; chmod -R g+rw /opt/jboss/wildfly
ENV LAUNCH_JBOSS_IN_BACKGROUND=true
USER jboss
EXPOSE 8080
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0"]
EOF
  build_or_die "wildfly-$WILDFLY_VERSION-$n" -t "$tag" "$c"
}

# ---------------------------------------------------------------- 3d. Open Liberty
# icr.io/appcafe/open-liberty:[<version>-]kernel-slim-java<N>-openj9-ubi-minimal, laid out as OpenLiberty/
# ci.docker's releases/<version>/kernel-slim/Dockerfile.ubi9-minimal.openjdk<N> lays it out: the kernel
# (Maven Central's openliberty-kernel zip) in /opt/ol/wlp with defaultServer created, helper scripts of
# the same names and behaviour in /opt/ol/helpers (written here, STAND-INS.md), the links /config,
# /output, /liberty, /logs, /lib.index.cache, /fixes, user 1001 (group 0), ENTRYPOINT docker-server.sh.
# Built on the JRE stand-in: Debian's HotSpot, not Semeru's OpenJ9, so no shared class cache.
LIBERTY_VERSION=${LIBERTY_VERSION:-26.0.0.3}
liberty_tags() { # N : the unversioned tag first
  echo "icr.io/appcafe/open-liberty:kernel-slim-java$1-openj9-ubi-minimal" \
       "icr.io/appcafe/open-liberty:$LIBERTY_VERSION-kernel-slim-java$1-openj9-ubi-minimal"
}
# the official Dockerfile's LIBERTY_SHA (sha1 of the kernel zip); another version is checked by Maven alone
liberty_sha1() { [ "$LIBERTY_VERSION" != 26.0.0.3 ] || echo 4ed962192d69effa30e34290a1a819469fe6e12b; }
# Features. Maven Central is reached here through an egress that answers 404 to the repository's root,
# which featureUtility asks for first (CWWKF1390E), and lacks some artifacts. So the stand-in carries a
# Maven-layout repository (the features JSON, each feature's esa and esa.asc) in /opt/ol/stand-in/features,
# which its features.sh names in FEATURE_LOCAL_REPO when the caller does not: there featureUtility finds
# the features of LIBERTY_FEATURES and everything they may need, without a connection (STAND-INS.md).
# The default: those of dockerfile-gen's usual ones that resolve on this machine (mpRestClient-3.0 only
# next to mpConfig-3.1); servlet-6.0, mpHealth-4.0, mpOpenAPI-3.1, mpMetrics-5.1, mpFaultTolerance-4.0,
# mpTelemetry-2.0, microProfile-6.1, webProfile-10.0 and jakartaee-10.0 lack artifacts here.
LIBERTY_FEATURES=${LIBERTY_FEATURES:-restfulWS-3.1 cdi-4.0 jsonb-3.0 jsonp-2.1 mpConfig-3.1 mpRestClient-3.0}
read -ra LIBERTY_FEATURE_LIST <<<"$LIBERTY_FEATURES"
LIBERTY_FEATURES=${LIBERTY_FEATURE_LIST[*]}   # one space between the names: compared with the image's label
# liberty_closure JSON : the artifactIds of LIBERTY_FEATURES and of every feature they may pull in: the
# required ones, each in every version it tolerates (featureUtility picks one per server configuration),
# and the auto features that this set can enable, until nothing is added. A superset of what it installs.
liberty_closure() {
  jq -r --arg want "$LIBERTY_FEATURES" '
    (map(.wlpInformation) | map({key: .provideFeature[0], value: .}) | from_entries) as $by
    | (map(.wlpInformation | select(.shortName) | {key: .shortName, value: .provideFeature[0]}) | from_entries) as $short
    | [ $by[] | select(.provisionCapability)
        | {s: .provideFeature[0],
           caps: [.provisionCapability | scan("filter:=\"([^\"]*)\"") | .[0] | [scan("osgi\\.identity=([^)]+)\\)") | .[0]]]} ] as $autos
    | def grow:
        . as $set
        | ([ $set | keys[] | $by[.].requireFeatureWithTolerates[]?
             | .feature as $f | $f, (.tolerates[]? | ($f | sub("-[^-]*$"; "")) + "-" + .) ]
           | map({key: ., value: true}) | from_entries) as $req
        | ($set + $req) as $t
        | ($t + ([ $autos[] | select(all(.caps[]; any(.[]; $t[.]))) | {key: .s, value: true} ] | from_entries)) as $n
        | if ($n | length) == ($set | length) then $set else $n | grow end;
      [ $want | splits(" +") | select(length > 0) | $short[.] // error("no feature named \(.) in the features JSON") ]
      | map({key: ., value: true}) | from_entries | grow | keys[] | $by[.].mavenCoordinates // empty | split(":")[1]
  ' "$1"
}
# liberty_fetch DIR TYPE IDS... : io.openliberty.features:<id>:$LIBERTY_VERSION:TYPE into DIR/fetched (Maven's
# layout) with one mvn run of a generated POM, so Maven downloads them in parallel; prints the ids that
# Central does not have. Maven names them all when the run fails; a second run fetches the others.
liberty_fetch() {
  local d=$1 t=$2 pom=$1/pom-$2.xml log=$LOGS/download-liberty-features-$LIBERTY_VERSION-$2.log strict=-C id
  local ids=("${@:3}") missing=() attempt
  [ "$t" = esa ] || strict=""   # Central publishes no checksums of its signatures (.asc)
  for attempt in 1 2; do
    { echo '<project><modelVersion>4.0.0</modelVersion>'
      echo '<groupId>dfg-local</groupId><artifactId>liberty-features</artifactId><version>1</version><packaging>pom</packaging><dependencies>'
      for id in "${ids[@]}"; do
        [[ " ${missing[*]} " == *" $id "* ]] && continue
        echo "<dependency><groupId>io.openliberty.features</groupId><artifactId>$id</artifactId><version>$LIBERTY_VERSION</version>"
        echo "<type>$t</type><exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>"
      done
      echo '</dependencies></project>'; } >"$pom"
    # shellcheck disable=SC2086  # $strict is empty or one word
    if mvn -B $strict -f "$pom" "$DEPENDENCY_PLUGIN:copy-dependencies" -Dmdep.useRepositoryLayout=true \
         -DoutputDirectory="$d/fetched" >"$log" 2>&1; then
      printf '%s\n' "${missing[@]}"; return 0
    fi
    [ "$attempt" = 1 ] || break
    mapfile -t missing < <(grep 'could not be resolved' "$log" | grep -oE "io\.openliberty\.features:[^:, ]+:$t:" | cut -d: -f2 | sort -u)
    [ ${#missing[@]} -gt 0 ] || break
  done
  tail -20 "$log" >&2; die "download of Open Liberty features ($t) failed, see $log"
}
# liberty_feature_repo : once (cached in $WORK) the repository for LIBERTY_FEATURES, in LIBERTY_REPO (call
# it as a statement, not in $(...): it relies on set -e). To fetch again what Central lacked (or failed
# to send): rm -r $WORK/liberty-features-<version>
LIBERTY_REPO=""
liberty_feature_repo() {
  local v=$LIBERTY_VERSION d=$WORK/liberty-features-$LIBERTY_VERSION json out ids=() esa=() asc=() id f n=0
  local p=io/openliberty/features
  LIBERTY_REPO=$d/repo
  if [ -d "$d/repo" ] && [ "$(cat "$d/repo.features" 2>/dev/null)" = "$LIBERTY_FEATURES" ]; then return; fi
  json=$(central_file "io.openliberty.features:features:$v:json" "features-$v.json")
  out=$(liberty_closure "$json") || die "LIBERTY_FEATURES='$LIBERTY_FEATURES' (names as Open Liberty spells them)"
  mapfile -t ids <<<"$out"
  mkdir -p "$d"
  # the signatures first (small): an esa without one is of no use
  out=$(liberty_fetch "$d" esa.asc "${ids[@]}"); mapfile -t asc < <(grep . <<<"$out" || true)
  # shellcheck disable=SC2046  # the ids are meant to split
  out=$(liberty_fetch "$d" esa $(printf '%s\n' "${ids[@]}" "${asc[@]}" | sort | uniq -u))   # those signed
  mapfile -t esa < <(grep . <<<"$out" || true)
  rm -rf "$d/repo" "$d/repo.features"
  mkdir -p "$d/repo/$p/features/$v"; cp "$json" "$d/repo/$p/features/$v/"
  for id in "${ids[@]}"; do
    # featureUtility takes a feature from the repository only with its signature (it checks it)
    [[ " ${esa[*]} ${asc[*]} " == *" $id "* ]] && continue
    f=$d/fetched/$p/$id/$v/$id-$v.esa
    mkdir -p "$d/repo/$p/$id/$v"; cp -l "$f" "$f.asc" "$d/repo/$p/$id/$v/"; n=$((n + 1))
  done
  for id in $LIBERTY_FEATURES; do   # what featureUtility installs from it is checked by the selftest
    [ -s "$d/repo/$p/$id/$v/$id-$v.esa" ] || die "Open Liberty feature $id: Maven Central lacks its esa or esa.asc here"
  done
  chmod -R u=rwX,go=rX "$d/repo"
  log "Open Liberty features for '$LIBERTY_FEATURES': $n of the ${#ids[@]} they may need" \
      "(Central here lacks ${#asc[@]} esa.asc, ${#esa[@]} more esa), $(du -sh "$d/repo" | cut -f1)"
  echo "$LIBERTY_FEATURES" >"$d/repo.features"
}
liberty_helpers() { # DIR : /opt/ol/helpers and the NOTICES of the stand-in
  local h=$1/helpers
  rm -rf "$h"; mkdir -p "$h/build/internal" "$h/build/configuration_snippets" "$h/runtime" "$1/fixes"
  printf '%s\n' "A stand-in for the Open Liberty kernel-slim image made by dockerfile-gen's e2e/engine.sh." \
    "Open Liberty's own notices: /opt/ol/wlp/NOTICES and /licenses/LICENSE." >"$1/NOTICES"
  cat >"$h/build/internal/logger.sh" <<'EOF'
#!/bin/bash
# Sourced by the build helpers: their output shows only with VERBOSE=true, and then traced.
if [ "$VERBOSE" != "true" ]; then exec >/dev/null; else set -x; fi
hideLogs() { exec 3>&1 >/dev/null 4>&2 2>/dev/null; }
showLogs() { exec 1>&3 3>&- 2>&4 4>&-; }
EOF
  cat >"$h/build/features.sh" <<'EOF'
#!/bin/bash
# features.sh: install, with featureUtility and from Maven Central, every feature that the server's
# configuration (/config/server.xml, its includes, configDropins) enables; SSL=true or TLS=true adds
# transportSecurity-1.0, session caching and SSO their features.
# Stand-in only: unless FEATURE_LOCAL_REPO names another, featureUtility takes the features from the
# repository baked into this image (its list: /opt/ol/stand-in/features.txt) and asks Central for the others.
. /opt/ol/helpers/build/internal/logger.sh
set -Eeo pipefail
export FEATURE_LOCAL_REPO=${FEATURE_LOCAL_REPO:-/opt/ol/stand-in/features}
SNIPPETS_SOURCE=/opt/ol/helpers/build/configuration_snippets
SNIPPETS_TARGET=/config/configDropins/overrides
SNIPPETS_TARGET_DEFAULTS=/config/configDropins/defaults
mkdir -p "$SNIPPETS_TARGET" "$SNIPPETS_TARGET_DEFAULTS"
if [ -n "$INFINISPAN_SERVICE_NAME" ] || [ "$HZ_SESSION_CACHE" = client ] || [ "$HZ_SESSION_CACHE" = embedded ]; then
  cp "$SNIPPETS_SOURCE/sessioncache-features.xml" "$SNIPPETS_TARGET/"
  chmod g+rw "$SNIPPETS_TARGET/sessioncache-features.xml"
fi
if [ -n "$SEC_SSO_PROVIDERS" ]; then cp "$SNIPPETS_SOURCE/sso-features.xml" "$SNIPPETS_TARGET_DEFAULTS/"; fi
if [ "$SSL" = true ] || [ "$TLS" = true ]; then cp "$SNIPPETS_SOURCE/tls.xml" "$SNIPPETS_TARGET/"; fi
featureUtility installServerFeatures --acceptLicense defaultServer --noCache
find /opt/ol/wlp/lib /opt/ol/wlp/bin ! -perm -g=rw -print0 | xargs -0 -r chmod g+rw
EOF
  cat >"$h/build/configure.sh" <<'EOF'
#!/bin/bash
# configure.sh: the last configuration step of an application image: a keystore.xml with a random
# password in configDropins/defaults (unless SSL or TLS is false, or one exists), the interim fixes in
# /opt/ol/fixes, a fresh time stamp on server.xml, then populate_scc.sh when OPENJ9_SCC is true.
. /opt/ol/helpers/build/internal/logger.sh
set -Eeo pipefail
WLP_INSTALL_DIR=/opt/ol/wlp
SNIPPETS_SOURCE=/opt/ol/helpers/build/configuration_snippets
SNIPPETS_TARGET=/config/configDropins/overrides
SNIPPETS_TARGET_DEFAULTS=/config/configDropins/defaults
mkdir -p "$SNIPPETS_TARGET" "$SNIPPETS_TARGET_DEFAULTS"
if [ -n "$INFINISPAN_SERVICE_NAME" ] || [ "$HZ_SESSION_CACHE" = client ] || [ "$HZ_SESSION_CACHE" = embedded ] \
   || [ -n "$SEC_SSO_PROVIDERS" ]; then
  echo "configure.sh: session caching and SSO providers are not in this stand-in of the Open Liberty image" >&2
  exit 1
fi
keystorePath=$SNIPPETS_TARGET_DEFAULTS/keystore.xml
if [ "$SSL" != false ] && [ "$TLS" != false ] && [ ! -e "$keystorePath" ]; then
  hideLogs
  sed "s|REPLACE|$(openssl rand -base64 32)|g" "$SNIPPETS_SOURCE/keystore.xml" >"$keystorePath"
  showLogs
  chmod g+w "$keystorePath"
fi
find /opt/ol/fixes -type f -name '*.jar' -print0 | sort -z | xargs -0 -r -I {} java -jar {} --installLocation "$WLP_INSTALL_DIR"
touch /config/server.xml
if [ "$OPENJ9_SCC" = true ]; then
  args=(-i 1)
  if [ "$TRIM_SCC" = false ]; then args+=(-d); fi
  if [ -n "$SCC_SIZE" ]; then args+=(-s "$SCC_SIZE"); fi
  if [ "$WARM_ENDPOINT" = false ]; then args+=(-c); fi
  if [ -n "$WARM_ENDPOINT_URL" ]; then args+=(-u "$WARM_ENDPOINT_URL"); fi
  if [ "$WARM_OPENAPI_ENDPOINT" = false ]; then args+=(-l); fi
  if [ -n "$WARM_OPENAPI_ENDPOINT_URL" ]; then args+=(-o "$WARM_OPENAPI_ENDPOINT_URL"); fi
  populate_scc.sh "${args[@]}"
fi
EOF
  cat >"$h/build/populate_scc.sh" <<'EOF'
#!/bin/bash
# populate_scc.sh [-i runs] [-s size] [-t|-d] [-w|-c] [-u url] [-m|-l] [-o url]: on OpenJ9 this fills a
# shared class cache layer by starting the server. HotSpot has no such cache, so here -s, -t and -d are
# accepted and unused, and what remains is done: -i server start/stop runs (each warming the endpoints
# with curl) that leave a populated /output/workarea for a faster first start.
. /opt/ol/helpers/build/internal/logger.sh
set -Eeo pipefail
ITERATIONS=2
WARM_ENDPOINT=true
WARM_ENDPOINT_URL=localhost:9080/
WARM_OPENAPI_ENDPOINT=true
WARM_OPENAPI_ENDPOINT_URL=localhost:9080/openapi
while getopts ":i:s:u:o:tdhwcml" OPT; do
  case "$OPT" in
    i) ITERATIONS=$OPTARG ;;
    s) [ "${OPTARG: -1}" = m ] || { echo "Missing m suffix." >&2; exit 1; } ;;
    t|d) ;;
    w) WARM_ENDPOINT=true ;;
    c) WARM_ENDPOINT=false ;;
    u) WARM_ENDPOINT_URL=$OPTARG ;;
    m) WARM_OPENAPI_ENDPOINT=true ;;
    l) WARM_OPENAPI_ENDPOINT=false ;;
    o) WARM_OPENAPI_ENDPOINT_URL=$OPTARG ;;
    h) echo "Usage: $0 [-i iterations] [-s size] [-t] [-d] [-w] [-c] [-u url] [-m] [-l] [-o url]" >&2; exit 1 ;;
    \?) echo "Unrecognized option: $OPTARG" >&2; exit 1 ;;
    :) echo "Missing argument for option: $OPTARG" >&2; exit 1 ;;
  esac
done
warm() { curl --silent --output /dev/null --show-error --fail --max-time 5 "$1" 2>&1 || echo "$1 call failed, continuing"; }
OLD_UMASK=$(umask)
umask 002
for ((i = 0; i < ITERATIONS; i++)); do
  /opt/ol/wlp/bin/server start
  if [ "$WARM_ENDPOINT" = true ]; then warm "$WARM_ENDPOINT_URL"; fi
  if [ "$WARM_OPENAPI_ENDPOINT" = true ]; then warm "$WARM_OPENAPI_ENDPOINT_URL"; fi
  /opt/ol/wlp/bin/server stop
done
umask "$OLD_UMASK"
rm -rf /output/messaging /logs/* "$WLP_OUTPUT_DIR/.classCache" && chmod -R g+rwx /output/workarea
if [ -d /output/resources ]; then chmod -R g+rwx /output/resources; fi
EOF
  cat >"$h/build/checkpoint.sh" <<'EOF'
#!/bin/bash
# checkpoint.sh PHASE: an InstantOn checkpoint of defaultServer at PHASE (WLP_CHECKPOINT). It needs
# OpenJ9 and CRIU: on this stand-in's HotSpot the server refuses it.
echo "Performing checkpoint --at=$1"
/opt/ol/wlp/bin/server checkpoint defaultServer --at="$1"
rc=$?
if [ $rc -eq 0 ]; then
  find -L /logs /output -type d -readable -writable -executable -exec chmod g+rwx {} \;
  find -L /logs /output -type f -readable -writable -exec chmod g+rw {} \;
fi
exit $rc
EOF
  cat >"$h/runtime/restore-server.sh" <<'EOF'
#!/bin/bash
# restore-server.sh CMD...: run CMD, which restores an InstantOn checkpoint, with CRIU's restore binary
export CRIU_RESTORE_PATH=/opt/criu/criu
exec "$@"
EOF
  cat >"$h/runtime/docker-server.sh" <<'EOF'
#!/bin/bash
# docker-server.sh CMD...: the image's entrypoint. Writes the TLS configuration into configDropins
# (SSL or TLS true: transportSecurity; a key and certificate mounted in TLS_DIR, default /etc/x509/certs:
# a new keystore, their CA in the truststore; SEC_IMPORT_K8S_CERTS=true: the service account's CAs;
# otherwise a keystore password), links /liberty/logs under /serviceability when SERVICEABILITY_NAMESPACE
# is set, then execs CMD, so the server is PID 1 and gets SIGTERM (or restores an InstantOn checkpoint
# under dumb-init, or takes one when WLP_CHECKPOINT is set).
set -e
SNIPPETS_SOURCE=/opt/ol/helpers/build/configuration_snippets
SNIPPETS_TARGET_DEFAULTS=/config/configDropins/defaults
SNIPPETS_TARGET_OVERRIDES=/config/configDropins/overrides
keystorePathDefault=$SNIPPETS_TARGET_DEFAULTS/keystore.xml
keystorePathOverride=$SNIPPETS_TARGET_OVERRIDES/keystore.xml
KEYSTORE_FILE=/output/resources/security/key.p12
TRUSTSTORE_FILE=/output/resources/security/trust.p12
PASSWORD=
TRUSTSTORE_PASSWORD=
passwords() {
  if [ -z "$PASSWORD" ]; then
    PASSWORD=$(openssl rand -base64 32 2>/dev/null)
    TRUSTSTORE_PASSWORD=$(openssl rand -base64 32 2>/dev/null)
  fi
}
trust() { # file alias
  keytool -import -storetype pkcs12 -noprompt -keystore "$TRUSTSTORE_FILE" -file "$1" \
    -storepass "$TRUSTSTORE_PASSWORD" -alias "$2" >&/dev/null
}
if [ "$SSL" = true ] || [ "$TLS" = true ]; then cp "$SNIPPETS_SOURCE/tls.xml" "$SNIPPETS_TARGET_OVERRIDES/tls.xml"; fi
certs=${TLS_DIR:-/etc/x509/certs}
if [ -f "$certs/tls.key" ] && [ -f "$certs/tls.crt" ]; then
  echo "Found mounted TLS certificates, generating keystore"
  passwords
  mkdir -p /output/resources/security
  ca=()
  if [ -f "$certs/ca.crt" ]; then ca=(-certfile "$certs/ca.crt"); fi
  openssl pkcs12 -export -name defaultKeyStore -inkey "$certs/tls.key" -in "$certs/tls.crt" "${ca[@]}" \
    -out "$KEYSTORE_FILE" -password "pass:$PASSWORD" >&/dev/null
  sed "s|REPLACE|$PASSWORD|g" "$SNIPPETS_SOURCE/keystore.xml" >"$keystorePathOverride"
  if [ -f "$certs/ca.crt" ]; then
    echo "Found mounted TLS CA certificate, adding to truststore"
    trust "$certs/ca.crt" service-ca
  fi
fi
sa=/var/run/secrets/kubernetes.io/serviceaccount
if [ "$SEC_IMPORT_K8S_CERTS" = true ] && [ -d "$sa" ]; then
  mkdir -p /tmp/certs
  cat "$sa"/*.crt >/tmp/certs/ca-bundle-temp.crt
  (cd /tmp/certs && csplit -s -z -f crt- ca-bundle-temp.crt '/-----BEGIN CERTIFICATE-----/' '{*}')
  passwords
  for f in /tmp/certs/crt-*; do trust "$f" "service-sa-${f##*/}"; done
  rm -rf /tmp/certs
fi
if [ ! -e "$keystorePathDefault" ] && [ ! -e "$keystorePathOverride" ]; then
  passwords
  sed "s|REPLACE|$PASSWORD|g" "$SNIPPETS_SOURCE/keystore.xml" >"$keystorePathDefault"
fi
if [ -e "$TRUSTSTORE_FILE" ]; then
  passwords
  sed "s|PWD_TRUST|$TRUSTSTORE_PASSWORD|g" "$SNIPPETS_SOURCE/truststore.xml" >"$SNIPPETS_TARGET_OVERRIDES/truststore.xml"
elif [ -n "$SEC_TLS_TRUSTDEFAULTCERTS" ]; then
  cp "$SNIPPETS_SOURCE/trustDefault.xml" "$SNIPPETS_TARGET_OVERRIDES/trustDefault.xml"
fi
if [ -n "$SERVICEABILITY_NAMESPACE" ] && [ -n "$HOSTNAME" ]; then
  SERVICEABILITY_FOLDER=/serviceability/$SERVICEABILITY_NAMESPACE/$HOSTNAME/logs
  mkdir -p "$SERVICEABILITY_FOLDER"
  rm /liberty/logs
  ln -s "$SERVICEABILITY_FOLDER" /liberty/logs
fi
if [ -d /output/workarea/checkpoint/image ]; then
  exec dumb-init --rewrite 15:2 -- /opt/ol/helpers/runtime/restore-server.sh "$@"
elif [ -n "$WLP_CHECKPOINT" ]; then
  phase=$WLP_CHECKPOINT
  unset WLP_CHECKPOINT
  checkpoint.sh "$phase"
else
  exec "$@"
fi
EOF
  # health checks for Kubernetes probes: a file that the server's mpHealth refreshes under /output/health
  local kind file var loc
  for kind in liveness:live:LIVENESS_PROBE_PERIOD_SECONDS:LIVE_FILE_LOCATION \
              readiness:ready:READINESS_PROBE_PERIOD_SECONDS:READY_FILE_LOCATION; do
    IFS=: read -r kind file var loc <<<"$kind"
    cat >"$h/runtime/${kind}HealthCheck.sh" <<EOF
#!/bin/bash
# ${kind}HealthCheck.sh [-p|--period-seconds S] [-f|--file F]: succeeds when F (\$$loc, default
# /output/health/$file) changed within the last S seconds (\$$var, default 10, the probe's periodSeconds).
period=10
file=\${$loc:-/output/health/$file}
if [ -n "\$$var" ]; then
  if [[ \$$var =~ ^[0-9]+\$ ]]; then period=\$$var
  else echo "Expected only a numerical value for $var environment variable, but recieved: \$$var. This value will not be used."; fi
fi
while [ \$# -gt 0 ]; do
  case \$1 in
    -p|--period-seconds)
      if [[ \$2 =~ ^[0-9]+\$ ]]; then period=\$2; else echo "Expected only a numerical value for the -p/--period-seconds parameter, but recieved: \$2."; fi
      shift 2 ;;
    -f|--file) file=\$2; shift 2 ;;
    --help) echo "Usage: \$0 [-p|--period-seconds S] [-f|--file F]"; exit 1 ;;
    *) shift ;;
  esac
done
cat "\$file" || exit 1
[ \$((\$(date +%s%3N) - \$(stat --format=%.3Y "\$file" | tr -d .))) -le \$((period * 1000)) ]
EOF
  done
  cat >"$h/runtime/startupHealthCheck.sh" <<'EOF'
#!/bin/bash
# startupHealthCheck.sh [-t|--timeout-seconds S] [-f|--file F]: waits up to S seconds
# ($STARTUP_PROBE_TIMEOUT_SECONDS, default 1) for F ($STARTED_FILE_LOCATION, default
# /output/health/started); succeeds, and deletes F, once it is there.
timeout=1
file=${STARTED_FILE_LOCATION:-/output/health/started}
if [ -n "$STARTUP_PROBE_TIMEOUT_SECONDS" ]; then
  if [[ $STARTUP_PROBE_TIMEOUT_SECONDS =~ ^[0-9]+$ ]]; then timeout=$STARTUP_PROBE_TIMEOUT_SECONDS
  else echo "Expected only a numerical value for STARTUP_PROBE_TIMEOUT_SECONDS environment variable, but recieved: $STARTUP_PROBE_TIMEOUT_SECONDS. This value will not be used."; fi
fi
while [ $# -gt 0 ]; do
  case $1 in
    -t|--timeout-seconds)
      if [[ $2 =~ ^[0-9]+$ ]]; then timeout=$2; else echo "Expected only a numerical value for the -t/--timeout-seconds parameter, but recieved: $2."; fi
      shift 2 ;;
    -f|--file) file=$2; shift 2 ;;
    --help) echo "Usage: $0 [-t|--timeout-seconds S] [-f|--file F]"; exit 1 ;;
    *) shift ;;
  esac
done
for ((ms = timeout * 1000; ms > 0; ms -= 10)); do
  if cat "$file"; then rm "$file"; exit 0; fi
  sleep 0.01
done
exit 1
EOF
  local s=$h/build/configuration_snippets
  printf '%s\n' '<server description="Default Server">' \
    '    <keyStore id="defaultKeyStore" location="${server.output.dir}/resources/security/key.p12" type="PKCS12" password="REPLACE" />' \
    '</server>' >"$s/keystore.xml"
  printf '%s\n' '<server description="Default Server">' \
    '    <ssl id="defaultSSLConfig" keyStoreRef="defaultKeyStore" trustStoreRef="defaultTrustStore" trustDefaultCerts="${SEC_TLS_TRUSTDEFAULTCERTS}" />' \
    '    <keyStore id="defaultTrustStore" location="${server.output.dir}/resources/security/trust.p12" type="PKCS12" password="PWD_TRUST" />' \
    '    <variable name="SEC_TLS_TRUSTDEFAULTCERTS" defaultValue="true"/>' \
    '</server>' >"$s/truststore.xml"
  printf '%s\n' '<server description="Default Server">' \
    '    <ssl id="defaultSSLConfig" trustDefaultCerts="${SEC_TLS_TRUSTDEFAULTCERTS}" />' \
    '    <variable name="SEC_TLS_TRUSTDEFAULTCERTS" defaultValue="true"/>' \
    '</server>' >"$s/trustDefault.xml"
  local f feats
  for f in tls:transportSecurity-1.0 sessioncache-features:sessionCache-1.0 sso-features:appSecurity-2.0,socialLogin-1.0; do
    feats=${f#*:}
    { echo '<server>'; echo '    <featureManager>'
      # shellcheck disable=SC2086  # the list is meant to split
      printf '        <feature>%s</feature>\n' ${feats//,/ }
      echo '    </featureManager>'; echo '</server>'; } >"$s/${f%%:*}.xml"
  done
  chmod 755 "$h"/build/*.sh "$h"/build/internal/*.sh "$h"/runtime/*.sh
}
LIBERTY_LABEL=dfg-local.stand-in.liberty-features   # "<version>: LIBERTY_FEATURES" of the image
liberty_image() { # N : Open Liberty kernel-slim on the JRE stand-in
  local n=$1 c zip tag sha check="" extra="" baked; c=$WORK/ctx/liberty-$1
  read -r tag _ <<<"$(liberty_tags "$n")"
  if have_image "$tag"; then
    # rebuilt when another version or list of features is asked for (or the image predates the label)
    baked=$($DOCKER image inspect -f "{{index .Config.Labels \"$LIBERTY_LABEL\"}}" "$tag")
    # shellcheck disable=SC2046  # the tags are meant to split
    if [ "$baked" = "$LIBERTY_VERSION: $LIBERTY_FEATURES" ]; then tag_all "$tag" $(liberty_tags "$n"); return; fi
    log "$tag was made for '${baked:-no features}', not '$LIBERTY_VERSION: $LIBERTY_FEATURES': rebuilding it"
    OLD_IDS+=("$($DOCKER image inspect -f '{{.Id}}' "$tag")")
  fi
  zip=$(central_file "io.openliberty:openliberty-kernel:$LIBERTY_VERSION:zip" "openliberty-kernel-$LIBERTY_VERSION.zip")
  liberty_feature_repo
  jre_image "$n"   # normally already built by its own step
  sha=$(liberty_sha1)
  if [ -n "$sha" ]; then check="echo '$sha  /tmp/wlp.zip' | sha1sum -c -; "; fi
  rm -rf "$c"; mkdir -p "$c"; cp "$zip" "$c/wlp.zip"
  liberty_helpers "$c"
  # hard links: the repository is not copied on the disk (COPY keeps the modes: root's, read-only for others)
  mkdir -p "$c/stand-in"; cp -al "$LIBERTY_REPO" "$c/stand-in/features"
  echo "$LIBERTY_FEATURES" | tr ' ' '\n' >"$c/stand-in/features.txt"; chmod -R u=rwX,go=rX "$c/stand-in"
  # UBI minimal carries curl (populate_scc.sh warms endpoints with it); Temurin 25's image does not
  grep -qw curl <<<"$(temurin_packages "$n")" || extra=curl
  cat >"$c/Dockerfile" <<EOF
FROM $PREFIX/jre:$n AS getRuntime
RUN --mount=type=bind,source=wlp.zip,target=/tmp/wlp.zip \\
    set -eux; apt-get update -q; DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends unzip; \\
    ${check}unzip -q /tmp/wlp.zip -d /opt/ol; \\
    mkdir -p /licenses; cp /opt/ol/wlp/LICENSE /licenses/; chmod -R g+rw /opt/ol/wlp

FROM $PREFIX/jre:$n
USER root
LABEL org.opencontainers.image.vendor="Open Liberty" org.opencontainers.image.version="$LIBERTY_VERSION" \\
      liberty.version="$LIBERTY_VERSION" io.openliberty.version="$LIBERTY_VERSION" \\
      vendor="Open Liberty" name="Open Liberty" version="$LIBERTY_VERSION" \\
      summary="Stand-in for Open Liberty kernel-slim (Java $n, Debian OpenJDK HotSpot) made by dockerfile-gen e2e/engine.sh" \\
      $LIBERTY_LABEL="$LIBERTY_VERSION: $LIBERTY_FEATURES"
COPY NOTICES /opt/ol/NOTICES
COPY helpers /opt/ol/helpers
COPY fixes/ /opt/ol/fixes/
# dumb-init (InstantOn restores run under it) and openssl, as the official image; the user 1001, group 0
RUN set -eux; apt-get update -q; \\
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends dumb-init openssl $extra; \\
    $APT_CLEAN; \\
    useradd -u 1001 -r -g root -s /usr/sbin/nologin default; \\
    mkdir -p /opt/ol/wlp; chown -R 1001:0 /opt/ol/wlp; chmod -R g+rw /opt/ol/wlp
COPY --from=getRuntime --chown=1001:0 /opt/ol/wlp /opt/ol/wlp
COPY --from=getRuntime /licenses /licenses
ENV PATH=\$PATH:/opt/ol/wlp/bin:/opt/ol/helpers/build:/opt/ol/helpers/runtime \\
    LOG_DIR=/liberty/logs \\
    WLP_OUTPUT_DIR=/opt/ol/wlp/output \\
    WLP_SKIP_MAXPERMSIZE=true \\
    OPENJ9_SCC=true
# defaultServer from the kernel's template; the links and group-writable folders of the official image.
# Its populate_scc.sh step is left out: it leaves nothing but an OpenJ9 class cache behind.
RUN set -eux; /opt/ol/wlp/bin/server create; \\
    rm -rf \$WLP_OUTPUT_DIR/.classCache /output/workarea /opt/ol/wlp/usr/servers/defaultServer/server.env; \\
    mkdir /logs; chown -R 1001:0 /logs; chmod -R g+rw /logs; \\
    mkdir -p /opt/ol/wlp/usr/shared/resources/lib.index.cache; \\
    ln -s /opt/ol/wlp/usr/shared/resources/lib.index.cache /lib.index.cache; \\
    mkdir -p \$WLP_OUTPUT_DIR/defaultServer; ln -s \$WLP_OUTPUT_DIR/defaultServer /output; \\
    ln -s /opt/ol/wlp/usr/servers/defaultServer /config; \\
    mkdir -p /config/configDropins/defaults /config/configDropins/overrides; \\
    ln -s /opt/ol/wlp /liberty; ln -s /opt/ol/fixes /fixes; \\
    echo '<server description="Default Server"><httpEndpoint id="defaultHttpEndpoint" host="*" /></server>' \\
      >/config/configDropins/defaults/open-default-port.xml; \\
    chown -R 1001:0 /config /opt/ol/wlp/usr /opt/ol/wlp/output /opt/ol/helpers /opt/ol/fixes; \\
    chmod -R g+rw /config /opt/ol/wlp/usr /opt/ol/wlp/output; chmod -R ug+rwx /opt/ol/helpers; chmod -R g+rwx /opt/ol/fixes; \\
    mkdir /etc/wlp; chown -R 1001:0 /etc/wlp; chmod -R g+rw /etc/wlp; \\
    ln -s /logs /liberty/logs; \\
    mkdir /serviceability; chown -R 1001:0 /serviceability; chmod -R g+rw /serviceability; \\
    rm -rf /output/messaging /output/resources/security /logs/* \$WLP_OUTPUT_DIR/.classCache /output/workarea; \\
    chown -R 1001:0 /opt/ol/wlp/output; chmod -R g+rwx /opt/ol/wlp/output; \\
    /opt/ol/wlp/bin/productInfo version
# the stand-in's substitute for Maven Central (features.sh): the features of LIBERTY_FEATURES and what they need
COPY stand-in /opt/ol/stand-in
ENV RANDFILE=/tmp/.rnd \\
    OPENJ9_JAVA_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:+IdleTuningGcOnIdle -Xshareclasses:name=openj9_system_scc,cacheDir=/opt/java/.scc,readonly,nonFatal -Dosgi.checkConfiguration=false"
USER 1001
EXPOSE 9080 9443
ENTRYPOINT ["/opt/ol/helpers/runtime/docker-server.sh"]
CMD ["/opt/ol/wlp/bin/server", "run", "defaultServer"]
EOF
  build_or_die "liberty-$n" -t "$tag" "$c"
  # shellcheck disable=SC2046
  tag_all "$tag" $(liberty_tags "$n")
}

# ---------------------------------------------------------------- smoke + selftest
# selftest_check NAME CMD...: lib.sh's check, counted there; the command's output is shown (its last
# 15 lines) only when it fails. Never aborts the setup (set -e); RESULTS lists the outcome.
quietly() { local out; out=$("$@" 2>&1) && return 0; printf '%s\n' "$out" | tail -15 >&2; return 1; }
selftest_check() {
  local name=$1; shift
  if check "$name" quietly "$@"; then RESULTS+=("PASS  $name"); else RESULTS+=("FAIL  $name"); fi
}
expect() { # regex cmd... : cmd succeeds and its output (stdout+stderr) matches regex
  local re=$1 out; shift
  out=$("$@" 2>&1) || { printf '%s\n' "$out"; return 1; }
  grep -Eq -- "$re" <<<"$out" || { printf 'expected /%s/ in:\n%s\n' "$re" "$out"; return 1; }
}
# packages_are IMAGE PACKAGE...: dpkg has each installed; one written -NAME must not be
packages_are() {
  drun --entrypoint sh "$1" -c 'for p; do
      s=$(dpkg-query -W -f="\${Status}" "${p#-}" 2>/dev/null || true)
      case $p:$s in
        -*"ok installed") echo "${p#-} is installed"; exit 1 ;;
        -*) ;;
        *"ok installed") ;;
        *) echo "$p is not installed"; exit 1 ;;
      esac
    done' sh "${@:2}"
}
# the tools Temurin N no longer carries (temurin_packages' counterpart), each as -NAME
temurin_lacks() { local p; for p in curl wget gnupg; do grep -qw "$p" <<<"$(temurin_packages "$1")" || printf -- '-%s ' "$p"; done; }
java_version_re() { echo "version \"$1([.\"+-]|$)"; }
inspect_is() { # image go-template expected
  local got; got=$($DOCKER image inspect -f "$2" "$1")
  [ "$got" = "$3" ] || { echo "$2 of $1 is '$got', expected '$3'"; return 1; }
}
no_shell_build() { # image: a RUN step must fail because there is no /bin/sh
  local c=$WORK/ctx/noshell out
  mkdir -p "$c"; printf 'FROM %s\nRUN true\n' "$1" >"$c/Dockerfile"
  if out=$(bk_build --no-cache -t "$PREFIX/noshell-probe" "$c" 2>&1); then
    $DOCKER rmi "$PREFIX/noshell-probe" >/dev/null 2>&1 || true
    echo "RUN true built in $1: it has a shell"; return 1
  fi
  grep -q '/bin/sh' <<<"$out" || { echo "build failed, but not for want of /bin/sh:"; tail -5 <<<"$out"; return 1; }
}
only_java_in_bin() { # image: /bin and /usr/bin hold nothing but java, and no shell anywhere
  local id files bad
  id=$($DOCKER create "$1"); files=$($DOCKER export "$id" | tar -t); $DOCKER rm "$id" >/dev/null
  bad=$(grep -E '^(usr/)?s?bin/.' <<<"$files" | grep -vx 'usr/bin/java' || true)
  bad+=$(grep -E '(^|/)(sh|bash|dash|ash|busybox)$' <<<"$files" || true)
  [ -z "$bad" ] || { echo "unexpected files: $bad"; return 1; }
  grep -qx 'usr/bin/java' <<<"$files" || { echo "no /usr/bin/java"; return 1; }
}
maven_central() { # builder: Maven in a fresh container resolves from Maven Central over HTTPS
  drun "$1" mvn -B -q dependency:get -Dartifact=org.apache.commons:commons-lang3:3.14.0 -Dtransitive=false
}
app_in_distroless() { # N : the generator's shape: compile in the builder, run the jar on distroless as nonroot
  local n=$1 c=$WORK/ctx/app-$1 out
  mkdir -p "$c"
  cat >"$c/Hello.java" <<'EOF'
import java.security.KeyStore;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
public class Hello {
  public static void main(String[] args) throws Exception {
    TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init((KeyStore) null);
    int cas = ((X509TrustManager) f.getTrustManagers()[0]).getAcceptedIssuers().length;
    System.out.println("hello feature=" + Runtime.version().feature() + " user=" + System.getProperty("user.name")
        + " home=" + System.getProperty("user.home") + " cwd=" + System.getProperty("user.dir") + " cas=" + cas);
  }
}
EOF
  cat >"$c/Dockerfile" <<EOF
FROM $(builder_tag "$n") AS build
WORKDIR /src
COPY Hello.java .
RUN javac -d classes Hello.java && jar --create --file app.jar --main-class Hello -C classes .

FROM $(distroless_tag "$n")
COPY --from=build /src/app.jar /app/app.jar
CMD ["/app/app.jar"]
EOF
  bk_build -t "$PREFIX/app-probe:$n" "$c" >"$LOGS/selftest-app-$n.log" 2>&1 || { tail -20 "$LOGS/selftest-app-$n.log"; return 1; }
  out=$(drun "$PREFIX/app-probe:$n") || { echo "$out"; return 1; }
  echo "$out"
  grep -Eq "^hello feature=$n user=nonroot home=/home/nonroot cwd=/home/nonroot cas=[0-9]{3,}" <<<"$out" \
    || { echo "unexpected output"; return 1; }
  $DOCKER rmi "$PREFIX/app-probe:$n" >/dev/null 2>&1 || true
}

selftest_java() { # N
  local n=$1 re b d j t; re=$(java_version_re "$1"); b=$(builder_tag "$1"); d=$(distroless_tag "$1"); j=$(jdk_tag "$1")
  for t in $(jre_tags "$n"); do
    selftest_check "$t: java -version is $n" expect "$re" drun "$t" java -version
    selftest_check "$t: root, shell, JAVA_HOME" expect '^0 /opt/java/openjdk$' drun "$t" sh -c 'echo "$(id -u) $JAVA_HOME"'
  done
  # shellcheck disable=SC2046  # package lists are meant to split
  selftest_check "eclipse-temurin:$n-jre-noble: the packages Temurin's JRE image installs" \
    packages_are "eclipse-temurin:$n-jre-noble" $(temurin_packages "$n") $(temurin_lacks "$n")
  # shellcheck disable=SC2046
  selftest_check "$j: the packages Temurin's JDK image installs" packages_are "$j" $TEMURIN_JDK_PACKAGES $(temurin_lacks "$n")
  selftest_check "$j: LANG en_US.UTF-8, a generated locale" \
    expect '^en_US\.UTF-8 .*en_US\.utf8' drun "$j" sh -c 'echo "$LANG $(locale -a | tr "\n" " ")"'
  # shellcheck disable=SC2086
  selftest_check "$b: the packages the maven image installs" packages_are "$b" $MAVEN_IMAGE_PACKAGES
  selftest_check "$b: mvn -v is $MAVEN_VERSION on Java $n" \
    expect "Apache Maven ${MAVEN_VERSION//./\\.} .*Java version: ${n}([.+\"-]|,)" \
    sh -c "$DOCKER run --rm $(net_flag) $b mvn -v | tr '\n' ' '"
  selftest_check "$b: root, shell, JAVA_HOME, MAVEN_HOME" \
    expect '^0 /opt/java/openjdk /usr/share/maven /root/.m2$' drun "$b" sh -c 'echo "$(id -u) $JAVA_HOME $MAVEN_HOME $MAVEN_CONFIG"'
  selftest_check "$b: Maven Central via dependency:get" maven_central "$b"
  selftest_check "$d: java -version is $n" expect "$re" drun --entrypoint /usr/bin/java "$d" -version
  selftest_check "$d: User 65532, WorkingDir, Entrypoint" inspect_is "$d" '{{.Config.User}} {{.Config.WorkingDir}} {{json .Config.Entrypoint}}' \
    "$UID_NONROOT /home/nonroot [\"/usr/bin/java\",\"-jar\"]"
  selftest_check "$d: 'RUN true' fails to build (no /bin/sh)" no_shell_build "$d"
  selftest_check "$d: nothing in /bin, /usr/bin but java" only_java_in_bin "$d"
  selftest_check "$d: builder -> distroless jar runs as nonroot, trusts CAs" app_in_distroless "$n"
}

liberty_stops() { # image: the server starts as uid 1001 (no features: the kernel alone) and ends on SIGTERM
  local id ok=1 t0 s
  # shellcheck disable=SC2046  # net_flag is empty or one word
  id=$($DOCKER run -d $(net_flag) "$1") || return 1
  for _ in $(seq 1 300); do
    if $DOCKER logs "$id" 2>&1 | grep -q CWWKF0011I; then ok=0; break; fi
    [ "$($DOCKER inspect -f '{{.State.Running}}' "$id")" = true ] || break
    sleep 0.2
  done
  if [ "$ok" != 0 ]; then echo "no CWWKF0011I (started)"
  elif ! $DOCKER exec "$id" sh -c 'test "$(stat -c %u /proc/1)" = 1001'; then echo "PID 1 is not uid 1001"; ok=1; fi
  t0=$(date +%s.%N); $DOCKER stop -t 10 "$id" >/dev/null; s=$(seconds_since "$t0")
  if [ "$ok" = 0 ] && ! $DOCKER logs "$id" 2>&1 | grep -q CWWKE0036I; then echo "no CWWKE0036I (stopped) after ${s}s"; ok=1; fi
  awk -v s="$s" 'BEGIN { exit !(s < 8) }' || { echo "docker stop took ${s}s"; ok=1; }
  [ "$ok" = 0 ] || $DOCKER logs "$id" 2>&1 | tail -10
  $DOCKER rm "$id" >/dev/null
  return "$ok"
}
liberty_installs() { # image: features.sh installs LIBERTY_FEATURES (the image's list) from the baked repository
  # shellcheck disable=SC2016  # expanded in the container
  drun --entrypoint bash "$1" -c '
    f=$(sed "s|.*|<feature>&</feature>|" /opt/ol/stand-in/features.txt | tr -d "\n")
    echo "<server><featureManager>$f</featureManager></server>" >/config/server.xml
    VERBOSE=true features.sh >/tmp/features.log 2>&1 || { tail -15 /tmp/features.log; exit 1; }
    installed=$(productInfo featureInfo)
    for f in $(cat /opt/ol/stand-in/features.txt); do
      grep -qx "$f" <<<"$installed" || { echo "$f is not installed; installed: $installed"; exit 1; }
    done'
}
selftest_liberty() { # N
  local n=$1 t l
  read -r l _ <<<"$(liberty_tags "$n")"
  for t in $(liberty_tags "$n"); do
    selftest_check "$t: Open Liberty $LIBERTY_VERSION on Java $n" expect "Product version: ${LIBERTY_VERSION//./\\.}.*$(java_version_re "$n")" \
      drun --entrypoint sh "$t" -c 'productInfo version | tr "\n" " "; java -version 2>&1 | head -1'
  done
  selftest_check "$l: User 1001, Entrypoint docker-server.sh, Cmd server run, ports 9080 9443" inspect_is "$l" \
    '{{.Config.User}} {{json .Config.Entrypoint}} {{json .Config.Cmd}} {{json .Config.ExposedPorts}}' \
    '1001 ["/opt/ol/helpers/runtime/docker-server.sh"] ["/opt/ol/wlp/bin/server","run","defaultServer"] {"9080/tcp":{},"9443/tcp":{}}'
  selftest_check "$l: uid 1001 gid 0, links /config /output /liberty /lib.index.cache /fixes /liberty/logs" \
    expect '^1001:0 /opt/ol/wlp/usr/servers/defaultServer /opt/ol/wlp/output/defaultServer /opt/ol/wlp /opt/ol/wlp/usr/shared/resources/lib.index.cache /opt/ol/fixes /logs$' \
    drun --entrypoint sh "$l" -c 'echo "$(id -u):$(id -g)" $(readlink /config /output /liberty /lib.index.cache /fixes /liberty/logs)'
  selftest_check "$l: helpers, featureUtility, dumb-init, curl, openssl on PATH" drun --entrypoint bash "$l" -c \
    'for c in features.sh configure.sh populate_scc.sh checkpoint.sh docker-server.sh restore-server.sh \
       livenessHealthCheck.sh readinessHealthCheck.sh startupHealthCheck.sh featureUtility server dumb-init curl openssl; do
       command -v "$c" >/dev/null || { echo "no $c"; exit 1; }; done'
  selftest_check "$l: kernel-slim server.xml, open-default-port.xml" expect '<feature>jsp-2\.3</feature>.*httpEndpoint id="defaultHttpEndpoint" host="\*"' \
    drun --entrypoint sh "$l" -c 'cat /config/server.xml /config/configDropins/defaults/open-default-port.xml | tr "\n" " "'
  selftest_check "$l: an arbitrary uid of group 0 writes /config /output /logs /opt/ol/wlp/lib" \
    drun --user 4242:0 --entrypoint sh "$l" -c 'touch /config/w /output/w /logs/w /opt/ol/wlp/lib/w /opt/ol/wlp/usr/shared/resources/w'
  selftest_check "$l: the server starts as 1001, stops on SIGTERM" liberty_stops "$l"
  selftest_check "$l: root's read-only feature repository (JSON, LIBERTY_FEATURES' esa + esa.asc), features.sh's default" \
    drun --entrypoint bash "$l" -c "r=/opt/ol/stand-in/features/io/openliberty/features v=$LIBERTY_VERSION"'
      test -s "$r/features/$v/features-$v.json" || { echo "no features JSON"; exit 1; }
      for f in $(cat /opt/ol/stand-in/features.txt); do
        test -s "$r/$f/$v/$f-$v.esa" && test -s "$r/$f/$v/$f-$v.esa.asc" || { echo "no $f"; exit 1; }
      done
      bad=$(find /opt/ol/stand-in ! -user 0 -o -perm /022 | head -3); [ -z "$bad" ] || { echo "not read-only: $bad"; exit 1; }
      grep -q "FEATURE_LOCAL_REPO:-/opt/ol/stand-in/features}" /opt/ol/helpers/build/features.sh'
  selftest_check "$l: features.sh installs $LIBERTY_FEATURES without Maven Central" liberty_installs "$l"
}

status() {
  if engine_ok; then
    log "engine: $($DOCKER info --format '{{.ServerVersion}} driver={{.Driver}} cgroup={{.CgroupVersion}}')," \
        "dockerd PID $(cat "$WORK/dockerd.pid" 2>/dev/null || echo '? (not started by this script)')," \
        "flags: '$(cat "$WORK/dockerd.flags" 2>/dev/null || true)', build/run flag: '$(net_flag)'"
    log "build with: DOCKER_BUILDKIT=1 $DOCKER build $(net_flag) ...   (run: $DOCKER run $(net_flag) ...)"
    $DOCKER images --format '{{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.Size}}' \
      | grep -E "^(maven|eclipse-temurin|gcr.io/distroless|$PREFIX)/?[^ ]*:" | sort \
      | awk -F'\t' '{printf "  %-44s %s %8s\n", $1, $2, $3}' >&2 || true
  else
    log "engine not running"
  fi
}

cmd=${1:-setup}
case "$cmd" in
  stop)
    # only a live dockerd under the recorded PID (a stale file may name a reused PID)
    if [ -f "$WORK/dockerd.pid" ] && [ "$(cat "/proc/$(cat "$WORK/dockerd.pid")/comm" 2>/dev/null)" = dockerd ]; then
      pid=$(cat "$WORK/dockerd.pid"); kill "$pid"; log "sent TERM to dockerd PID $pid"
      for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      rm -f "$WORK/dockerd.pid"
    else log "no dockerd started by this script is running"; fi
    exit 0 ;;
  status) status; exit 0 ;;
  setup|selftest) ;;
  *) die "usage: $0 [setup|selftest|status|stop]" ;;
esac

# one setup at a time (CI and a developer may both call it)
exec 9>"$WORK/setup.lock"
flock -w 1800 9 || die "another engine.sh holds $WORK/setup.lock"

detect_mirrors
log "work dir $WORK, mirror $MIRROR, security $SECURITY_MIRROR, Java: $JAVA_VERSIONS, Maven $MAVEN_VERSION"
step "apt: docker.io, debootstrap, busybox-static" install_packages
step "dockerd: start (or reuse)" start_engine
for n in $JAVA_VERSIONS; do
  # the Debian root file system only when a JRE image still needs it (one trixie base serves 21 and 25)
  if ! have_image "$PREFIX/jre:$n" && ! have_image "$PREFIX/debian:$(suite_for "$n")"; then
    step "image $PREFIX/debian:$(suite_for "$n") (debootstrap)" debian_image "$(suite_for "$n")"
  fi
  step "image eclipse-temurin:$n-jre-noble (+ -alpine)" jre_image "$n"
  step "image $(jdk_tag "$n")" jdk_image "$n"
  step "image $(builder_tag "$n")" builder_image "$n"
  step "image $(distroless_tag "$n")" distroless_image "$n"
  for v in $TOMCAT_VERSIONS; do step "image $(tomcat_tag "$n" "$v")" tomcat_image "$n" "$v"; done
  step "image $(jetty_tag "$n")" jetty_image "$n" "$JETTY_VERSION"
  case $n in 17|21) step "image $(wildfly_tag "$n")" wildfly_image "$n" ;; esac
  step "image icr.io/appcafe/open-liberty:kernel-slim-java$n-openj9-ubi-minimal" liberty_image "$n"
done
# The trixie root file system, if no JRE image needed it (JAVA_VERSIONS of 17 alone).
if ! have_image "$CC_TAG" && ! have_image "$PREFIX/debian:trixie"; then
  step "image $PREFIX/debian:trixie (debootstrap)" debian_image trixie
fi
step "image $CC_TAG (+ $SLIM_TAG)" cc_image
drop_replaced
SETUP_TIME=$(seconds_since "$T_ALL")
if [ "$cmd" = selftest ]; then
  for n in $JAVA_VERSIONS; do
    step "selftest Java $n" selftest_java "$n"
    step "selftest Open Liberty Java $n" selftest_liberty "$n"
  done
fi
status
log "timing summary:"
for s in "${SUMMARY[@]}"; do log "  $s"; done
log "  $(printf '%-48s %7ss' 'setup total' "$SETUP_TIME")"
log "  $(printf '%-48s %7ss' TOTAL "$(seconds_since "$T_ALL")")"
root=$($DOCKER info --format '{{.DockerRootDir}}' 2>/dev/null || echo /var/lib/docker)
log "disk: $root $(du -sh "$root" 2>/dev/null | cut -f1), $WORK $(du -sh "$WORK" 2>/dev/null | cut -f1)"
if [ "$cmd" = selftest ]; then
  printf '%s\n' "${RESULTS[@]}"
  summary selftest || exit 1
fi

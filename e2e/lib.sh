# shellcheck shell=bash
# lib.sh - what the e2e scripts share: logging, PASS/FAIL counting, serving a container over HTTP with
# docker or podman, Debian's mirrors as apt knows them, and the file skeleton of a shell-less nonroot
# image. Sourcing it defines functions and two counters, and runs nothing.
#
# Set before sourcing, if the defaults do not fit:
#   LOG_TAG   the prefix of log lines (e2e)            LOG_FD    where log lines go (1; 2 for scripts
#   CHECK_FD  where PASS/FAIL lines go (1)                       whose stdout is a result)

: "${LOG_TAG:=e2e}" "${LOG_FD:=1}" "${CHECK_FD:=1}"
PASSED=0
FAILED=0

log() { printf '[%s] %s\n' "$LOG_TAG" "$*" >&"$LOG_FD"; }
die() { log "ERROR: $*"; exit 1; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
downloads_in() { grep -c 'Downloaded from' "$1" || true; }

# ---------------------------------------------------------------- checks
pass() { PASSED=$((PASSED + 1)); printf 'PASS %s\n' "$*" >&"$CHECK_FD"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL %s\n' "$*" >&"$CHECK_FD"; }
# check NAME COMMAND...: one assertion, counted; the command's own output explains a failure. Returns
# the command's result, so a case can stop where the rest would only fail too: check ... || return 0.
check() {
  local name=$1; shift
  if "$@"; then pass "$name"; else fail "$name"; return 1; fi
}
# soft_check NAME COMMAND...: check for scripts under `set -e`, which report every check and decide
# at the end (summary): a failure is counted, and the script goes on.
soft_check() { check "$@" || true; }
# summary LABEL [NOTE]: the closing line, e.g. "e2e: 316 passed, 0 failed" (the README quotes it);
# succeeds only when nothing failed.
summary() {
  echo "$1: $PASSED passed, $FAILED failed${2:+ $2}"
  [ "$FAILED" -eq 0 ]
}

# ---------------------------------------------------------------- services
# serve ENGINE TAG PORT [run options...]: start the image with ENGINE (docker or podman), wait up to
# 90 s for an HTTP answer on its published PORT, at SERVE_PATH (default /). Sets SERVED_ID (the
# container) and SERVED_BODY (the first answer).
# shellcheck disable=SC2034  # SERVED_BODY is the callers'
serve() {
  local engine=$1 tag=$2 port=$3 host_port; shift 3
  SERVED_ID=""
  SERVED_BODY=""
  SERVED_ID=$("$engine" run -d "$@" -p "127.0.0.1::$port" "$tag") || return 1
  host_port=$("$engine" port "$SERVED_ID" "$port/tcp" | head -n 1 | sed 's/.*://')
  for _ in $(seq 1 450); do
    SERVED_BODY=$(curl -fsS --max-time 1 "http://127.0.0.1:$host_port${SERVE_PATH:-/}" 2>/dev/null) && return 0
    [ "$("$engine" inspect -f '{{.State.Running}}' "$SERVED_ID")" = true ] || break
    sleep 0.2
  done
  "$engine" logs "$SERVED_ID" 2>&1 | tail -20; return 1
}
# stop_within ENGINE LIMIT: stop the served container (SIGTERM, then SIGKILL at 10 s); passes when it
# exited on its own before LIMIT seconds. Sets STOP_SECONDS.
stop_within() {
  local t0; t0=$(date +%s.%N)
  "$1" stop -t 10 "$SERVED_ID" >/dev/null
  STOP_SECONDS=$(seconds_since "$t0")
  awk -v s="$STOP_SECONDS" -v limit="$2" 'BEGIN { exit !(s < limit) }'
}

# ---------------------------------------------------------------- Debian mirrors, from apt's own sources
apt_uris() { # print every URI of an enabled deb source, one a line
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && awk '/^URIs:/{for(i=2;i<=NF;i++) print $i}' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && awk '$1=="deb"{for(i=2;i<=NF;i++) if ($i ~ /^(https?|ftp):/) {print $i; break}}' "$f"
  done
  return 0
}
# detect_mirrors: MIRROR and SECURITY_MIRROR, unless already set
detect_mirrors() {
  MIRROR=${MIRROR:-$(apt_uris | grep -v security | grep -E '/debian/?$' | head -1 || true)}
  [ -n "$MIRROR" ] || die "no Debian mirror found in apt's sources; set MIRROR"
  MIRROR=${MIRROR%/}
  SECURITY_MIRROR=${SECURITY_MIRROR:-$(apt_uris | grep -E '/debian-security/?$' | head -1 || true)}
  SECURITY_MIRROR=${SECURITY_MIRROR:-${MIRROR%/debian}/debian-security}
  SECURITY_MIRROR=${SECURITY_MIRROR%/}
}

# ---------------------------------------------------------------- shell-less images
UID_NONROOT=65532
# nonroot_skeleton ROOT: what a distroless nonroot image holds besides its program: the users and
# groups (nonroot is 65532), name lookup from files, /tmp, root's home and nonroot's home (its own,
# mode 700). Run as root on the host: engine.sh tars it into the distroless stand-in's build,
# arm64-base.sh writes it into its root file system.
nonroot_skeleton() {
  local root=$1
  mkdir -p "$root/etc" "$root/tmp" "$root/root" "$root/home/nonroot"
  cat >"$root/etc/passwd" <<'P'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
P
  cat >"$root/etc/group" <<'G'
root:x:0:
tty:x:5:
staff:x:50:
nogroup:x:65534:
nonroot:x:65532:
G
  printf 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
  chmod 644 "$root/etc/passwd" "$root/etc/group" "$root/etc/nsswitch.conf"
  chmod 755 "$root" "$root/etc" "$root/home"
  chown "$UID_NONROOT:$UID_NONROOT" "$root/home/nonroot"
  chmod 700 "$root/home/nonroot" "$root/root"
  chmod 1777 "$root/tmp"
}

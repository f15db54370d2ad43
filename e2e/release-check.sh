#!/usr/bin/env bash
# The release profile, without deploying: with a throwaway key in a temporary GnuPG home,
# `mvn -Prelease verify` makes the plugin jar, the sources and Javadoc jars and the POM, and signs each
# with a signature gpg verifies. The GnuPG home and its agent are gone afterwards.
# Usage: e2e/release-check.sh   (builds in the repository's target/; installs Debian's gpg if missing,
#        which needs root)
# Env:   PLUGIN_JAR_SHA256: the digest of a plain build's plugin jar, which the release build's must
#        equal (the profile adds artifacts, and leaves the plugin jar as it is)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=$ROOT/target
ARTIFACT=dockerfile-gen-maven-plugin
VERSION=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$ROOT/pom.xml" | head -n 1)
KEY=release-check@dockerfile-gen.invalid
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$ROOT/e2e/lib.sh"   # soft_check: under set -e, a failed check is counted and the script goes on

install_gpg() {
  command -v gpg >/dev/null && command -v gpgconf >/dev/null && command -v gpg-agent >/dev/null && return
  echo "installing gpg"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    gpg gpg-agent gpgconf >/dev/null
}
install_gpg

GNUPGHOME=$(mktemp -d /tmp/release-check-gnupg.XXXXXX)
export GNUPGHOME
cleanup() {
  gpgconf --homedir "$GNUPGHOME" --kill all >/dev/null 2>&1 || true
  rm -rf "$GNUPGHOME"
}
trap cleanup EXIT
chmod 700 "$GNUPGHOME"

make_key() {
  gpg --batch --quiet --passphrase '' --quick-gen-key "dockerfile-gen release check <$KEY>" ed25519 sign 1d
}
release_build() { # the log outlives `clean`, and ends up in target/release-check.log
  local log=$GNUPGHOME/release-check.log status=0
  mvn -B -f "$ROOT/pom.xml" -Prelease clean verify -DskipTests -Dinvoker.skip=true \
    -Dgpg.keyname="$KEY" >"$log" 2>&1 || status=$?
  mkdir -p "$TARGET" && cp "$log" "$TARGET/release-check.log"
  [ "$status" -eq 0 ] || { tail -n 40 "$log"; return 1; }
}
signed() { # signed FILE: FILE and FILE.asc exist, and the signature verifies with the throwaway key
  [ -s "$1" ] || { echo "no $1"; return 1; }
  [ -s "$1.asc" ] || { echo "no $1.asc"; return 1; }
  local out
  out=$(gpg --batch --verify "$1.asc" "$1" 2>&1) || { echo "$out"; return 1; }
}
jar_holds() { # jar_holds JAR ENTRY_PATTERN: the listing is read whole (grep -q would cut the pipe)
  local entries
  entries=$(jar tf "$1") && grep -qE "$2" <<<"$entries" || { echo "$1 holds no entry matching $2"; return 1; }
}

started=$(date +%s)
soft_check "a throwaway signing key in a temporary GnuPG home" make_key
soft_check "mvn -Prelease verify builds and signs" release_build
base=$TARGET/$ARTIFACT-$VERSION
for file in "$base.jar" "$base-sources.jar" "$base-javadoc.jar" "$base.pom"; do
  soft_check "$(basename "$file") has a .asc that gpg verifies" signed "$file"
done
soft_check "the sources jar holds GenerateMojo.java" \
  jar_holds "$base-sources.jar" '^io/github/dockerfilegen/GenerateMojo\.java$'
soft_check "the Javadoc jar holds index.html" jar_holds "$base-javadoc.jar" '^index\.html$'
soft_check "the Javadoc jar holds GenerateMojo's page" \
  jar_holds "$base-javadoc.jar" '^io/github/dockerfilegen/GenerateMojo\.html$'
soft_check "the plugin jar holds its descriptor" jar_holds "$base.jar" '^META-INF/maven/plugin\.xml$'
same_jar() {
  local digest
  digest=$(sha256sum "$base.jar" | cut -d' ' -f1)
  [ "$digest" = "$PLUGIN_JAR_SHA256" ] || { echo "release build $digest, plain build $PLUGIN_JAR_SHA256"; return 1; }
}
if [ -n "${PLUGIN_JAR_SHA256:-}" ]; then
  soft_check "the release build's plugin jar is the plain build's (sha256)" same_jar
fi
summary release "($(($(date +%s) - started)) s)"

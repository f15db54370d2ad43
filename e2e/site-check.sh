#!/usr/bin/env bash
# The documentation site: `mvn site` builds the plugin info page and one page per goal from the
# plugin's Javadoc (maven-plugin-report-plugin), and the generate page documents its parameters.
# Usage: e2e/site-check.sh   (runs `mvn site` in the repository; pages land in target/site)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SITE=$ROOT/target/site
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$ROOT/e2e/lib.sh"   # soft_check: under set -e, a failed check is counted and the script goes on

build_site() {
  local log=$ROOT/target/site-check.log
  mkdir -p "$ROOT/target"
  mvn -B -f "$ROOT/pom.xml" site >"$log" 2>&1 || { tail -n 40 "$log"; return 1; }
}
page_exists() { [ -s "$SITE/$1" ] || { echo "no $SITE/$1"; return 1; }; }
# documents PAGE PARAMETER: the page has the parameter's row, with its Javadoc beside it.
documents() {
  grep -q "&lt;$2&gt;" "$SITE/$1" || { echo "$1 does not document <$2>"; return 1; }
}

started=$(date +%s)
soft_check "mvn site builds" build_site
for page in index.html plugin-info.html generate-mojo.html check-mojo.html help-mojo.html; do
  soft_check "site page $page" page_exists "$page"
done
for parameter in layout runtimeImage extraFiles args builderCertificates overwrite; do
  soft_check "generate-mojo.html documents <$parameter>" documents generate-mojo.html "$parameter"
done
soft_check "generate-mojo.html carries the Javadoc of <runtimeImage>" \
  grep -q "It needs <code>java</code> on the PATH" "$SITE/generate-mojo.html"
soft_check "check-mojo.html documents <layout> and not generate's <overwrite>" \
  bash -c "grep -q '&lt;layout&gt;' '$SITE/check-mojo.html' && ! grep -q '&lt;overwrite&gt;' '$SITE/check-mojo.html'"
soft_check "plugin-info.html links every goal's page" \
  bash -c "grep -q 'href=\"[./]*generate-mojo.html\"' '$SITE/plugin-info.html' && grep -q 'href=\"[./]*check-mojo.html\"' '$SITE/plugin-info.html'"
summary site "($(($(date +%s) - started)) s)"

# shellcheck shell=bash
# A private Maven repository, end to end. Sourced by e2e/run.sh; then call private_repo_case.
# needs: check, log, seconds_since, downloads_in from lib.sh; build_command, image_tag, prints,
#        runs_as_non_root and $ROOT, $WORK, $VERSION from run.sh
#
# e2e/fixtures/bound-app binds dockerfile-gen to its build with <settingsSecret>true</settingsSecret>.
# The builder's Maven skips the plugin (-Ddockerfile-gen.skip=true) but must still resolve it, and here
# the plugin is only in a private repository: a folder it is deployed to, served on 127.0.0.1 by
# e2e/private-repo-server.py over HTTPS (a certificate of a CA made for this run, which the builder
# trusts through <builderCertificates>) behind Basic auth, with a password made for this run. The settings.xml
# holding that password lives outside the build context and reaches the builder only as a BuildKit
# secret. The image is built with the printed command, changed only where this machine differs from a
# user's: src= names that settings.xml, --network host lets the builder reach 127.0.0.1, and --no-cache
# makes Maven run every time (a cached RUN resolves nothing, and needs no secret). Then: the password
# and the settings' content are in no layer and no history of the image or of its builder stage, and
# a build without the secret fails.

PR_NAME=private-repo
PR_PLUGIN_PATH=io/github/dockerfilegen/dockerfile-gen-maven-plugin
PR_DEPLOY_PLUGIN=org.apache.maven.plugins:maven-deploy-plugin:3.1.4
PR_OUTPUT="bound-app: built with settings.xml as a secret"
PR_TMP=""
PR_DIR=""
PR_SETTINGS=""
PR_USER=""
PR_PASSWORD=""
PR_SERVER_PID=""
PR_PORT=""
PR_REPO_URL=""
PR_TAG=""
PR_NO_SECRET_ERROR=""
PR_CA_LINE=""

# The plugin as the build just packaged it, deployed to a folder repository (a timestamped snapshot
# with its maven-metadata.xml, as a repository manager holds it).
pr_deploy() {
  local jar=$ROOT/target/dockerfile-gen-maven-plugin-$VERSION.jar
  [ -f "$jar" ] || { echo "  $jar is missing: package the plugin first"; return 1; }
  # From the temporary folder: deploy-file needs no project, and the plugin's own POM must not be one.
  (cd "$PR_TMP" && mvn -B -q "$PR_DEPLOY_PLUGIN:deploy-file" -Dfile="$jar" -DpomFile="$ROOT/pom.xml" \
    -Durl="file://$PR_TMP/repo") >"$WORK/$PR_NAME.deploy.log" 2>&1 \
    || { tail -20 "$WORK/$PR_NAME.deploy.log"; return 1; }
  if ! compgen -G "$PR_TMP/repo/$PR_PLUGIN_PATH/$VERSION/dockerfile-gen-maven-plugin-*.jar" >/dev/null \
    || [ ! -f "$PR_TMP/repo/$PR_PLUGIN_PATH/maven-metadata.xml" ]; then
    echo "  the folder repository holds:"; (cd "$PR_TMP/repo" && find . -type f | sed 's/^/    /'); return 1
  fi
}

# A CA of this run's own and the server's certificate for 127.0.0.1, signed by it: as a company CA
# is, it is in no trust store until <builderCertificates> puts it there.
pr_make_ca() {
  local tls=$PR_TMP/tls
  mkdir -p "$tls"
  (openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=dockerfile-gen e2e CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$tls/ca.key" -out "$tls/ca.crt" \
    && openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$tls/server.key" -out "$tls/server.csr" \
    && printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$tls/server.ext" \
    && openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
      -days 2 -extfile "$tls/server.ext" -out "$tls/server.crt") >"$WORK/$PR_NAME.tls.log" 2>&1 \
    || { tail -10 "$WORK/$PR_NAME.tls.log"; return 1; }
  # A line of the certificate's body, to look for in the images.
  PR_CA_LINE=$(sed -n '5p' "$tls/ca.crt")
}

# The server gets the credentials through its environment (a command line is readable by any
# process), binds a free port and writes its number once it listens.
pr_start_server() {
  rm -f "$PR_TMP/port"
  REPO_USER=$PR_USER REPO_PASSWORD=$PR_PASSWORD TLS_CERT=$PR_TMP/tls/server.crt TLS_KEY=$PR_TMP/tls/server.key \
    python3 "$ROOT/e2e/private-repo-server.py" \
    "$PR_TMP/repo" "$PR_TMP/port" >"$WORK/$PR_NAME.server.log" 2>&1 </dev/null &
  PR_SERVER_PID=$!
  local _
  for _ in $(seq 1 100); do
    if [ -s "$PR_TMP/port" ]; then PR_PORT=$(cat "$PR_TMP/port"); return 0; fi
    kill -0 "$PR_SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$WORK/$PR_NAME.server.log"; return 1
}

# A user's settings.xml for a private repository: the server's credentials, and a profile adding the
# repository for dependencies and plugins. Central stays as Maven has it; releases come from there,
# so only the snapshot plugin is asked of the private repository. updatePolicy always: should the
# builder's repository cache mount hold the snapshot of an earlier run (a cache mount outlives a
# build), Maven still fetches this run's.
pr_write_settings() {
  local policy='<releases><enabled>false</enabled></releases><snapshots><enabled>true</enabled><updatePolicy>always</updatePolicy></snapshots>'
  (umask 077 && cat >"$PR_SETTINGS") <<SETTINGS
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>private</id>
      <username>$PR_USER</username>
      <password>$PR_PASSWORD</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>private-repository</id>
      <repositories>
        <repository>
          <id>private</id>
          <url>$PR_REPO_URL</url>
          $policy
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>private</id>
          <url>$PR_REPO_URL</url>
          $policy
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>private-repository</activeProfile>
  </activeProfiles>
</settings>
SETTINGS
}

# pr_answers STATUS [USER:PASSWORD]: the server's status for the plugin's maven-metadata.xml. curl
# reads the credentials from its standard input, not its command line.
pr_answers() {
  local url=$PR_REPO_URL$PR_PLUGIN_PATH/maven-metadata.xml got
  if [ $# -gt 1 ]; then
    got=$(printf 'user = "%s"\n' "$2" | curl -s --cacert "$PR_TMP/tls/ca.crt" -o /dev/null -w '%{http_code}' -K - "$url")
  else
    got=$(curl -s --cacert "$PR_TMP/tls/ca.crt" -o /dev/null -w '%{http_code}' "$url")
  fi
  [ "$got" = "$1" ] || { echo "  HTTP $got, expected $1"; return 1; }
}

# The fixture with this plugin version, packaged on the host: the bound goal writes target/Dockerfile.
# The host's ~/.m2 already has the plugin, so this Maven needs no private repository.
pr_package() {
  rm -rf "$PR_DIR"; mkdir -p "$PR_DIR"
  tar -C "$ROOT/e2e/fixtures/bound-app" --exclude=./target -cf - . | tar -C "$PR_DIR" -xf -
  sed -i "s|@pluginVersion@|$VERSION|" "$PR_DIR/pom.xml"
  mkdir -p "$PR_DIR/certs" && cp "$PR_TMP/tls/ca.crt" "$PR_DIR/certs/private-repo-ca.crt"
  (cd "$PR_DIR" && mvn -B package) >"$WORK/$PR_NAME.package.log" 2>&1 \
    || { tail -30 "$WORK/$PR_NAME.package.log"; return 1; }
  [ -f "$PR_DIR/target/Dockerfile" ] || { echo "  mvn package wrote no target/Dockerfile"; return 1; }
}

pr_same() { [ "$1" = "$2" ] || { printf '  got:      %s\n  expected: %s\n' "$1" "$2"; return 1; }; }
pr_project_clean() {
  local found; found=$(grep -r -l -F -- "$PR_PASSWORD" "$PR_DIR")
  [ -z "$found" ] || { echo "  the password is in: $found"; return 1; }
}
# The Dockerfile's instructions one a line, as BuildKit reads them: continuation lines joined, runs of
# spaces squeezed (the RUN may be wrapped).
pr_instructions() {
  awk '{ if (sub(/\\$/, "")) { joined = joined $0; next } print joined $0; joined = "" }' \
    "$PR_DIR/target/Dockerfile" | tr -s ' '
}
pr_has_line() { # pr_has_line TEXT: an instruction of the Dockerfile holds TEXT
  pr_instructions | grep -qF -- "$1" || { pr_instructions | grep -E '^(RUN|# Build)'; return 1; }
}

# pr_command FLAGS...: the printed build command with src= naming this run's settings.xml and FLAGS
# after `docker build`.
pr_command() {
  local cmd; cmd=$(build_command "$PR_NAME")
  # shellcheck disable=SC2016  # the printed command holds a literal $HOME
  cmd=${cmd//'$HOME/.m2/settings.xml'/$(printf '%q' "$PR_SETTINGS")}
  printf '%s' "${cmd/docker build /docker build $* }"
}

pr_build() { # pr_build LOG COMMAND: run COMMAND in the project folder, as a user would
  (cd "$PR_DIR" && bash -c "$2") >"$1" 2>&1 || { tail -40 "$1"; return 1; }
}

# Without the secret the Maven RUN must not run at all (required=true): BuildKit stops at the mount,
# before Maven could reach the repository without credentials. --no-cache, because BuildKit asks for
# the secret only when the RUN executes: a RUN taken from the cache builds without it.
pr_fails_without_secret() {
  local logfile=$WORK/$PR_NAME.no-secret.log cmd
  cmd=$(build_command "$PR_NAME")
  # shellcheck disable=SC2016  # the printed command holds a literal $HOME
  cmd=${cmd/' --secret id=maven-settings,src=$HOME/.m2/settings.xml'/}
  cmd=${cmd/docker build /docker build --network host --no-cache }
  cmd=${cmd/ -t $PR_TAG / -t $PR_TAG-nosecret }
  if (cd "$PR_DIR" && bash -c "$cmd") >"$logfile" 2>&1; then
    echo "  built without the secret: $cmd"; return 1
  fi
  # BuildKit's own message, not its echo of the RUN line
  PR_NO_SECRET_ERROR=$(grep -v 'RUN --mount' "$logfile" | grep -F 'secret maven-settings' | tail -n 1)
  [ -n "$PR_NO_SECRET_ERROR" ] || { echo "  the failure does not name the secret:"; tail -10 "$logfile"; return 1; }
  ! grep -qE 'Scanning for projects|Downloading from' "$logfile" \
    || { echo "  Maven ran without the secret:"; grep -E 'Scanning|Downloading' "$logfile" | head -3; return 1; }
}

# pr_history_clean IMAGE CONTROL: docker history shows CONTROL (it is the history of that build) and
# neither the password nor any settings.xml content.
pr_history_clean() {
  local history; history=$(docker history --no-trunc "$1") || return 1
  grep -qF -- "$2" <<<"$history" || { echo "  '$2' is not in the history:"; echo "$history"; return 1; }
  if grep -nF -e "$PR_PASSWORD" -e "$PR_USER" -e '<servers>' -e '<password>' <<<"$history"; then
    return 1
  fi
}

# pr_layers_clean IMAGE BASE: docker save, every layer extracted. The password is nowhere in the
# image; '<servers>' is in no layer the Dockerfile added, nor in the image's config (the base's own
# files are left out: Maven's stock conf/settings.xml has an empty <servers>). The jar's entry names,
# stored uncompressed, must be found in the added layers: the grep really reads their files.
pr_layers_clean() {
  local image=$1 base=$2 dir layer sum dest added=0 base_count=0 base_layers found
  dir=$PR_TMP/save-${image//[^a-zA-Z0-9]/_}
  rm -rf "$dir"; mkdir -p "$dir/image" "$dir/base" "$dir/added"
  docker save -o "$dir/image.tar" "$image" || return 1
  tar -xf "$dir/image.tar" -C "$dir/image" || return 1
  base_layers=$(docker image inspect -f '{{range .RootFS.Layers}}{{println .}}{{end}}' "$base") || return 1
  while IFS= read -r layer; do
    # A saved layer.tar is the layer's uncompressed tar: its digest is the diff ID.
    sum=$(sha256sum "$layer" | cut -d' ' -f1)
    if grep -qxF "sha256:$sum" <<<"$base_layers"; then
      dest=$dir/base/$sum; base_count=$((base_count + 1))
    else
      dest=$dir/added/$sum; added=$((added + 1))
    fi
    mkdir -p "$dest" && tar -xf "$layer" -C "$dest" || return 1
  done < <(find "$dir/image" -name layer.tar)
  rm -f "$dir/image.tar"
  if [ "$base_count" -ne "$(grep -c . <<<"$base_layers")" ] || [ "$added" -eq 0 ]; then
    echo "  $base_count layers of $base's $(grep -c . <<<"$base_layers"), $added added"; return 1
  fi
  found=$(grep -r -a -l -F -- "$PR_PASSWORD" "$dir")
  [ -z "$found" ] || { echo "  the password is in:"; head -5 <<<"$found"; return 1; }
  found=$(grep -r -a -l -F -- '<servers>' "$dir/added" "$dir"/image/*.json)
  [ -z "$found" ] || { echo "  <servers> is in:"; head -5 <<<"$found"; return 1; }
  grep -r -a -q -F 'com/example/bound/Main.class' "$dir/added" \
    || { echo "  the control string is in no added layer: the grep read nothing"; return 1; }
  log "$PR_NAME: $image: $added layers added to $base's $base_count, searched"
}

# pr_image_lacks_ca IMAGE: no file of the image (a layer or its config) holds a line of the CA certificate.
pr_image_lacks_ca() {
  local dir=$PR_TMP/ca-scan found
  rm -rf "$dir"; mkdir -p "$dir"
  docker save "$1" | tar -x -C "$dir" || return 1
  find "$dir" -name layer.tar -execdir tar -xf {} \; 2>/dev/null
  found=$(grep -r -a -l -F -- "$PR_CA_LINE" "$dir")
  rm -rf "$dir"
  [ -z "$found" ] || { echo "  the CA is in: $found"; return 1; }
}

# pr_run_step_state LOG: whether BuildKit took the Maven RUN from its cache in that build.
pr_run_step_state() {
  local step; step=$(sed -n 's|^\(#[0-9]*\) \[[^]]*\] RUN --mount.*|\1|p' "$1" | head -n 1)
  if grep -qx "$step CACHED" "$1"; then echo "taken from the cache"; else echo "run again"; fi
}

# The secret's mount point could stay in the builder stage as an empty file; it must hold nothing.
pr_builder_settings_empty() {
  docker run --rm --network none --entrypoint sh "$PR_TAG-builder" -c \
    'ls -la /root/.m2; test ! -s /root/.m2/settings.xml' >"$WORK/$PR_NAME.builder-m2.log" 2>&1 \
    || { cat "$WORK/$PR_NAME.builder-m2.log"; return 1; }
}

pr_stop_server() {
  if [ -n "$PR_SERVER_PID" ]; then
    kill "$PR_SERVER_PID" 2>/dev/null
    wait "$PR_SERVER_PID" 2>/dev/null
    PR_SERVER_PID=""
  fi
  return 0
}

pr_cleanup() {
  pr_stop_server
  local t
  if [ -n "$PR_TAG" ]; then
    for t in "$PR_TAG" "$PR_TAG-builder" "$PR_TAG-nosecret"; do
      if docker image inspect "$t" >/dev/null 2>&1; then docker rmi "$t" >/dev/null; fi
    done
  fi
  [ -z "$PR_TMP" ] || rm -rf "$PR_TMP"
  PR_TMP=""
}

pr_port_closed() { ! curl -s -o /dev/null --max-time 2 "$1"; }

private_repo_case() {
  PR_DIR=$WORK/cases/$PR_NAME
  PR_TMP=$(mktemp -d /tmp/dfg-private-repo.XXXXXX) || return 0
  # The server and the temporary files go even when the run is interrupted.
  trap pr_cleanup EXIT
  PR_SETTINGS=$PR_TMP/settings/settings.xml
  mkdir -p "$PR_TMP/repo" "$PR_TMP/settings"
  PR_USER=dfg-e2e
  PR_PASSWORD=dfg-secret-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
  private_repo_checks
  local url=$PR_REPO_URL
  pr_cleanup
  trap - EXIT
  [ -z "$url" ] || check "$PR_NAME: the repository server is stopped" pr_port_closed "$url"
}

private_repo_checks() {
  local name=$PR_NAME t0 cmd
  t0=$(date +%s.%N)
  check "$name: plugin $VERSION deployed to a folder repository" pr_deploy || return 0
  check "$name: a CA of this run's own signs the server's certificate" pr_make_ca || return 0
  check "$name: the folder is served on 127.0.0.1 over HTTPS with Basic auth" pr_start_server || return 0
  PR_REPO_URL=https://127.0.0.1:$PR_PORT/
  pr_write_settings
  log "$name: repository $PR_REPO_URL, settings $PR_SETTINGS (outside the build context)"
  check "$name: the server's certificate is trusted by no store yet" \
    bash -c "! curl -s -o /dev/null '$PR_REPO_URL'"
  check "$name: no credentials, HTTP 401" pr_answers 401 || return 0
  check "$name: a wrong password, HTTP 401" pr_answers 401 "$PR_USER:not-$PR_PASSWORD"
  check "$name: the right credentials, HTTP 200 for the plugin's maven-metadata.xml" \
    pr_answers 200 "$PR_USER:$PR_PASSWORD" || return 0

  check "$name: mvn package runs the bound goal, which writes target/Dockerfile" pr_package || return 0
  PR_TAG=$(image_tag "$name")
  check "$name: the Maven RUN mounts the cache and settings.xml as a required secret" pr_has_line \
    'RUN --mount=type=cache,target=/root/.m2/repository --mount=type=secret,id=maven-settings,target=/root/.m2/settings.xml,required=true mvn '
  check "$name: the builder's Maven skips the plugin" pr_has_line ' -Ddockerfile-gen.skip=true '
  # shellcheck disable=SC2016  # a literal $HOME, as printed
  check "$name: the printed command passes settings.xml as the secret" pr_same "$(build_command "$name")" \
    'DOCKER_BUILDKIT=1 docker build --secret id=maven-settings,src=$HOME/.m2/settings.xml -f target/Dockerfile -t bound-app:1.0.0 .'
  check "$name: the password is nowhere in the project or its target/" pr_project_clean

  # (On Docker 20.10, --no-cache also starts the cache mount empty: this build downloads everything.)
  cmd=$(pr_command --network host --no-cache)
  log "$name: $cmd"
  local t1; t1=$(date +%s.%N)
  check "$name: the printed command builds it, the secret from this run's settings.xml" \
    pr_build "$WORK/$name.build.log" "$cmd" || return 0
  log "$name: built $PR_TAG in $(seconds_since "$t1") s; $(downloads_in "$WORK/$name.build.log") downloads, $(grep -c 'Downloaded from private:' "$WORK/$name.build.log") from private"
  check "$name: the builder's Maven downloaded the plugin from the private repository" \
    grep -qE "Downloaded from private: https://127\.0\.0\.1:$PR_PORT/$PR_PLUGIN_PATH/$VERSION/dockerfile-gen-maven-plugin-[^ ]*\.jar" \
    "$WORK/$name.build.log"
  check "$name: the server sent it the plugin's jar with credentials (HTTP 200)" \
    grep -qE "\"GET /$PR_PLUGIN_PATH/$VERSION/dockerfile-gen-maven-plugin-[^ ]*\.jar HTTP/1\.1\" 200" \
    "$WORK/$PR_NAME.server.log"
  check "$name: container prints '$PR_OUTPUT'" prints "$PR_TAG" "$PR_OUTPUT"
  check "$name: runs as a numeric non-root user" runs_as_non_root "$PR_TAG"

  t1=$(date +%s.%N)
  check "$name: a build without the secret fails" pr_fails_without_secret
  log "$name: without the secret, in $(seconds_since "$t1") s: ${PR_NO_SECRET_ERROR:-?}"

  # The builder stage as an image of its own, from the layers just built (the secret is passed in case
  # they are not reused).
  cmd=$(pr_command --network host)
  cmd=${cmd/ -t $PR_TAG / --target build -t $PR_TAG-builder }
  check "$name: the builder stage builds as $PR_TAG-builder" pr_build "$WORK/$name.builder.log" "$cmd" || return 0
  log "$name: builder stage's Maven RUN: $(pr_run_step_state "$WORK/$name.builder.log")"
  check "$name: builder stage: /root/.m2/settings.xml is absent or empty" pr_builder_settings_empty
  local runtime_base builder_base
  runtime_base=$(sed -n 's|^ARG RUNTIME_IMAGE=||p' "$PR_DIR/target/Dockerfile")
  builder_base=$(sed -n 's|^ARG BUILDER_IMAGE=||p' "$PR_DIR/target/Dockerfile")
  check "$name: image history holds no password or settings" pr_history_clean "$PR_TAG" com.example.bound.Main
  check "$name: builder stage history holds no password or settings" \
    pr_history_clean "$PR_TAG-builder" 'mvn -B -Ddockerfile-gen.skip=true'
  check "$name: no layer of the image holds the password or <servers>" pr_layers_clean "$PR_TAG" "$runtime_base"
  check "$name: no layer of the builder stage holds the password or <servers>" \
    pr_layers_clean "$PR_TAG-builder" "$builder_base"
  check "$name: the builder's JVM and system trust the CA" docker run --rm --network none --entrypoint sh \
    "$PR_TAG-builder" -c 'keytool -list -cacerts -storepass changeit -alias dockerfile-gen-certs-private-repo-ca \
      && ls /etc/ssl/certs | grep -q dockerfile-gen-certs-private-repo-ca'
  check "$name: the image holds no trace of the CA" pr_image_lacks_ca "$PR_TAG"
  log "$name: done in $(seconds_since "$t0") s"
}

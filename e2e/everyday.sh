# shellcheck shell=bash
# Everyday use, as a new user meets the plugin: bound in the POM of the bundled example and of a
# reactor's parent, then `mvn package` and the printed `docker build`, with a plugin version that only
# this machine has (mvn install put it into ~/.m2) and a builder that reaches Maven Central only; the
# test stage; a wrapper committed without its executable bit; the same image ID from two buildah
# builds with --timestamp 0.
# Sourced by run.sh.
# needs: check, fail, log, downloads_in from lib.sh; ROOT, WORK, HELLO, VERSION, PLUGIN, prepare, build,
# build_command, image_tag, prints from run.sh; reproducible_case also podman_cases' buildah and images.

# bind_plugin POM [PARENT-ONLY]: the plugin's generate goal bound in the POM's <build><plugins>, at
# its default phase, package; with a second argument, in a <plugins> after <pluginManagement>.
bind_plugin() {
  local binding="<plugin><groupId>io.github.dockerfilegen</groupId><artifactId>dockerfile-gen-maven-plugin</artifactId><version>$VERSION</version><executions><execution><goals><goal>generate</goal></goals></execution></executions></plugin>"
  if [ -n "${2:-}" ]; then
    sed -i "s|</pluginManagement>|</pluginManagement><plugins>$binding</plugins>|" "$1"
  else
    sed -i "0,/<plugins>/s|<plugins>|<plugins>$binding|" "$1"
  fi
  grep -q 'dockerfile-gen-maven-plugin' "$1"
}

# The plugin's jar in ~/.m2 is the one the builder got: the copy next to the Dockerfile is byte for byte it.
copied_plugin_is_installed_one() { # DIR
  local path=io/github/dockerfilegen/dockerfile-gen-maven-plugin/$VERSION/dockerfile-gen-maven-plugin-$VERSION.jar
  cmp "$HOME/.m2/repository/$path" "$1/target/dockerfile-gen/repository/$path"
}

bound_plugin_case() {
  local name=bound-hello dir=$WORK/cases/bound-hello tag
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$HELLO" --exclude=./target -cf - . | tar -C "$dir" -xf -
  check "$name: the plugin is bound in the POM" bind_plugin "$dir/pom.xml" || return 0
  check "$name: mvn package writes the Dockerfile and copies the plugin" \
    bash -c "cd '$dir' && mvn -B package >'$WORK/$name.package.log' 2>&1 \
      && grep -q 'Copied [0-9]* files of the plugin .* into target/dockerfile-gen/repository' '$WORK/$name.package.log'" || return 0
  check "$name: the copy is the plugin mvn install left in ~/.m2" copied_plugin_is_installed_one "$dir"
  check "$name: printed build command builds it (a builder that reaches Maven Central only)" \
    build "$name" "$WORK/$name.build.log" || return 0
  check "$name: the builder downloaded no dockerfile-gen artifact (it had the copy)" \
    bash -c "! grep -E 'Download(ing|ed) from .*dockerfile-gen-maven-plugin' '$WORK/$name.build.log'"
  tag=$(image_tag "$name")
  check "$name: container prints the greeting" prints "$tag" "Hello From A Generated Dockerfile on Java 17"
  sed -i 's/hello from a generated dockerfile/hello again from a generated dockerfile/' \
    "$dir/src/main/java/com/example/hello/Main.java"
  check "$name: mvn package again after a source change" \
    bash -c "cd '$dir' && mvn -B package >'$WORK/$name.package2.log' 2>&1" || return 0
  check "$name: rebuild after a source change builds" build "$name" "$WORK/$name.rebuild.log" || return 0
  check "$name: rebuild downloads nothing ($(downloads_in "$WORK/$name.rebuild.log") downloads)" \
    test "$(downloads_in "$WORK/$name.rebuild.log")" -eq 0
  check "$name: rebuilt image prints the changed source" prints "$tag" "Hello Again From A Generated Dockerfile on Java 17"
}

# A reactor whose parent POM binds the plugin: `mvn package` from the root writes the applications'
# Dockerfiles, each with its copy of the plugin; built from the root with the printed command.
bound_reactor_case() {
  local name=bound-reactor dir=$WORK/cases/bound-reactor
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$ROOT/src-it/reactor" --exclude=./target -cf - . | tar -C "$dir" -xf -
  check "$name: the plugin is bound in the parent POM" bind_plugin "$dir/pom.xml" parent || return 0
  check "$name: mvn package from the root writes both applications' Dockerfiles" \
    bash -c "cd '$dir' && mvn -B package >'$WORK/$name.package.log' 2>&1 \
      && test -f app/target/Dockerfile && test -f services/api/target/Dockerfile && test ! -e lib/target/Dockerfile" \
    || { tail -30 "$WORK/$name.package.log"; return 0; }
  check "$name: app: the copy is the plugin in ~/.m2" copied_plugin_is_installed_one "$dir/app"
  check "$name: app: printed build command builds it from the root" \
    bash -c "cd '$dir' && $(sed -n 's|^# Build: *||p' "$dir/app/target/Dockerfile") >'$WORK/$name.build.log' 2>&1" \
    || { tail -30 "$WORK/$name.build.log"; return 0; }
  check "$name: app prints the library's greeting" prints app:1.0-SNAPSHOT "[reactor] Hello From The Library To App"
}

# test_reports DIR: the README's command, the test stage exported as a tar of which only the reports are kept.
test_reports() {
  rm -rf "$WORK/test-reports"; mkdir -p "$WORK/test-reports"
  (cd "$1" && DOCKER_BUILDKIT=1 docker build --target test -o type=tar,dest=- -f target/Dockerfile . 2>"$WORK/test-stage.export.log" \
    | tar -x -C "$WORK/test-reports" --wildcards 'build/target/surefire-reports/*') \
    && test -s "$WORK/test-reports/build/target/surefire-reports/TEST-com.example.tested.GreeterTest.xml" \
    || { tail -5 "$WORK/test-stage.export.log"; return 1; }
}

# The test stage: `docker build --target test` runs the tests and fails when one fails; the image
# builds without them; the reports come out through the tar exporter.
test_stage_case() {
  local name=test-stage dir=$WORK/cases/test-stage test_command tag
  check "$name: plugin generates a Dockerfile with a test stage" \
    prepare "$name" "$ROOT/e2e/fixtures/tested-app" -Ddockerfile-gen.testStage=true || return 0
  test_command=$(sed -n 's|^# Test: *||p' "$dir/target/Dockerfile")
  check "$name: the header prints the test command, untagged" \
    test "$test_command" = "DOCKER_BUILDKIT=1 docker build --target test -f target/Dockerfile ."
  check "$name: the test command runs the tests, which pass" \
    bash -c "cd '$dir' && $test_command >'$WORK/$name.test.log' 2>&1 && grep -q 'Tests run: 1, Failures: 0' '$WORK/$name.test.log'" \
    || { tail -30 "$WORK/$name.test.log"; return 0; }
  check "$name: the printed build command builds the image without running the tests" \
    bash -c "cd '$dir' && $(build_command "$name") >'$WORK/$name.build.log' 2>&1 && ! grep -q 'Tests run:' '$WORK/$name.build.log'" \
    || return 0
  tag=$(image_tag "$name")
  check "$name: container prints the greeting" prints "$tag" "hello from a tested application"
  check "$name: the reports come out through the tar exporter" test_reports "$dir"
  sed -i 's/"hello " + name/"hi " + name/' "$dir/src/main/java/com/example/tested/Greeter.java"
  check "$name: a failing test fails the test command" \
    bash -c "cd '$dir' && ! $test_command >'$WORK/$name.fail.log' 2>&1 && grep -q 'Tests run: 1, Failures: 1' '$WORK/$name.fail.log'"
  check "$name: the image still builds, without the tests" \
    bash -c "cd '$dir' && $(build_command "$name") >'$WORK/$name.rebuild.log' 2>&1"
}

# The wrapper case's project, its mvnw committed without the executable bit (a Windows checkout):
# copied with --chmod=0755, it runs all the same.
wrapper_mode_case() {
  local name=wrapper-mode dir=$WORK/cases/wrapper-mode
  [ -f "$WORK/cases/wrapper/mvnw" ] || { fail "$name: the wrapper case left no project"; return 0; }
  rm -rf "$dir"; cp -a "$WORK/cases/wrapper" "$dir"; rm -rf "$dir/target"
  chmod 0644 "$dir/mvnw"
  check "$name: plugin generates a Dockerfile" \
    bash -c "cd '$dir' && mvn -B -q '$PLUGIN:generate' >'$WORK/$name.generate.log' 2>&1" || return 0
  check "$name: mvnw is copied with --chmod=0755" grep -qx 'COPY --chmod=0755 mvnw ./' "$dir/target/Dockerfile"
  check "$name: printed build command builds it with mvnw 0644" \
    bash -c "cd '$dir' && $(build_command "$name" | sed 's|-t hello:1.0.0|-t wrapper-mode:1.0.0|') >'$WORK/$name.build.log' 2>&1" \
    || { tail -20 "$WORK/$name.build.log"; return 0; }
  check "$name: container prints the greeting" prints wrapper-mode:1.0.0 "Hello Again From A Generated Dockerfile on Java 17"
}

# buildah_id LOG: the reproducible case's printed command as buildah build --no-cache --timestamp 0;
# prints the image ID.
buildah_id() {
  local command
  command=$(build_command reproducible \
    | sed 's|^DOCKER_BUILDKIT=1 docker build |buildah build --no-cache --timestamp 0 --iidfile '"$WORK"'/reproducible.iid |')
  (cd "$WORK/cases/reproducible" && bash -c "$command") >"$1" 2>&1 || { tail -20 "$1" >&2; return 1; }
  cat "$WORK/reproducible.iid"
}

# Two buildah builds of the bundled example with --no-cache --timestamp 0, the Dockerfile generated
# again in between, give the same image ID: the jar is reproducible (project.build.outputTimestamp)
# and buildah clamps every file's time and the image's created time.
reproducible_case() {
  local name=reproducible dir=$WORK/cases/reproducible first second
  check "$name: plugin generates a Dockerfile" prepare "$name" "$HELLO" || return 0
  first=$(buildah_id "$WORK/$name.build1.log") || { fail "$name: the first buildah build"; return 0; }
  cp "$dir/target/Dockerfile" "$WORK/$name.first.Dockerfile"
  rm -f "$dir/target/Dockerfile" "$dir/target/Dockerfile.dockerignore"
  check "$name: generated again, the Dockerfile is byte for byte the first" \
    bash -c "cd '$dir' && mvn -B -q '$PLUGIN:generate' >'$WORK/$name.generate2.log' 2>&1 \
      && cmp '$WORK/$name.first.Dockerfile' target/Dockerfile" || return 0
  second=$(buildah_id "$WORK/$name.build2.log") || { fail "$name: the second buildah build"; return 0; }
  log "$name: image IDs $first and $second"
  check "$name: two buildah builds with --timestamp 0 give the same image ID" test "$first" = "$second"
  podman rmi "$first" >/dev/null 2>&1 || true
}

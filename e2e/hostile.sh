# shellcheck shell=bash
# Hostile but valid configuration, end to end. Sourced by e2e/run.sh; then call hostile_case.
# needs: check from lib.sh; prepare, build, image_tag, prints, has_label, runs_as_non_root and $ROOT,
#        $WORK, $VERSION from run.sh
#
# examples/hello, with quotes, dollars, backslashes, '#', '&&', JSON fragments and Unicode in its POM
# data and in the plugin's configuration (POM <configuration> and -D properties), generated, built with
# the printed command and run. The image must hold exactly the planned values (written out literally
# below), and the builder's Maven exactly the planned argument (read back from a filtered resource).
#
# Maven itself rewrites some text before the plugin sees it, so the values here avoid what is Maven's
# doing, not the plugin's: in the POM, ${NAME} is replaced from the environment when NAME is set (so
# ${PATH} goes through -D below, and the POM uses ${DFG_E2E_UNSET}), and '$$' in <configuration> becomes
# '$'; a -D list property is split at commas. And dockerfile-utils (run over every e2e Dockerfile by
# run.sh) misreads a double-quoted value in which a single quote follows an escaped double quote, such as
# ENV A="\"x\" 'y'", which BuildKit reads as it should: the env value puts its single quotes first.

# The expected values, one a line, read raw (no quote or backslash processing).
hostile_expected() {
  {
    IFS= read -r HX_TITLE
    IFS= read -r HX_DESCRIPTION
    IFS= read -r HX_URL
    IFS= read -r HX_VENDOR
    IFS= read -r HX_QUOTES
    IFS= read -r HX_DOLLARS
    IFS= read -r HX_BACKSLASHES
    IFS= read -r HX_HASH
    IFS= read -r HX_UNICODE
    IFS= read -r HX_JSON
    IFS= read -r HX_ENV_NOTE
    IFS= read -r HX_ENV_UNICODE
    IFS= read -r HX_JVM_OPTION
    IFS= read -r HX_BUILDER_ARG
  } <<'EXPECTED'
Hello "Hostile" $USER
Says "hi" to $USER & friends; costs 5$ \ and it's multi-line # not a comment
https://example.com/a?b=1&c=$d#frag
O'Brien & "Sons" \ Ltd
say "hi" & 'bye'
$HOME, $(id), `id`, ${DFG_E2E_UNSET} and a lone $
C:\temp\new \" \$HOME and a trailing backslash \
# not a comment; && id ] [ ", "x
héllo wörld — 日本語 😀 é
["sh", "-c", "id"]
single 'quotes' and "$HOME" and ${DFG_E2E_UNSET} and \$HOME and \
Grüße — 😀
-Dmsg=it's "quoted" $USER ${PATH} \
it's "q" $HOME; id && id # `id` $(id) \ end
EXPECTED
}

# examples/hello with hostile POM data, plugin <configuration>, and a resource the builder's Maven
# filters with -Dhostile.arg (one of <builderArgs>), so the jar shows what that Maven received.
hostile_fixture() {
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir"
  tar -C "$ROOT/examples/hello" --exclude=./target -cf - . | tar -C "$dir" -xf -
  mkdir -p "$dir/src/main/resources"
  printf '%s' '${hostile.arg}' >"$dir/src/main/resources/hostile-arg.txt"
  cat >"$dir/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <groupId>com.example</groupId>
  <artifactId>hello-hostile</artifactId>
  <version>1.0.0</version>
  <packaging>jar</packaging>

  <name>Hello "Hostile" $USER</name>
  <description>Says "hi" to $USER &amp; friends;
      costs 5$ \ and it's   multi-line # not a comment</description>
  <url>https://example.com/a?b=1&amp;c=$d#frag</url>
  <organization>
    <name>O'Brien &amp; "Sons" \ Ltd</name>
  </organization>
  <licenses>
    <license>
      <name>Apache-2.0</name>
    </license>
  </licenses>

  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>

  <dependencies>
    <dependency>
      <groupId>org.apache.commons</groupId>
      <artifactId>commons-text</artifactId>
      <version>1.15.0</version>
    </dependency>
  </dependencies>

  <build>
    <resources>
      <resource>
        <directory>src/main/resources</directory>
        <filtering>true</filtering>
      </resource>
    </resources>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <version>3.5.1</version>
        <configuration>
          <archive>
            <manifest>
              <mainClass>com.example.hello.Main</mainClass>
            </manifest>
          </archive>
        </configuration>
      </plugin>
      <!-- Declared without executions: its <configuration> applies when the goal is run from the
           command line, and the builder's Maven never resolves it. -->
      <plugin>
        <groupId>io.github.dockerfilegen</groupId>
        <artifactId>dockerfile-gen-maven-plugin</artifactId>
        <version>@PLUGIN_VERSION@</version>
        <configuration>
          <labels>
            <org.example.quotes>say "hi" &amp; 'bye'</org.example.quotes>
            <org.example.dollars>$HOME, $(id), `id`, ${DFG_E2E_UNSET} and a lone $</org.example.dollars>
            <org.example.backslashes>C:\temp\new \" \$HOME and a trailing backslash \</org.example.backslashes>
            <org.example.hash># not a comment; &amp;&amp; id ] [ ", "x</org.example.hash>
            <org.example.unicode>héllo wörld — 日本語 😀 é</org.example.unicode>
            <org.example.json>["sh", "-c", "id"]</org.example.json>
          </labels>
          <env>
            <GREETING_NOTE>single 'quotes' and "$HOME" and ${DFG_E2E_UNSET} and \$HOME and \</GREETING_NOTE>
            <UNICODE_NOTE>Grüße — 😀</UNICODE_NOTE>
          </env>
          <builderArgs>
            <arg>-DskipTests</arg>
            <arg>-Dhostile.arg=it's "q" $HOME; id &amp;&amp; id # `id` $(id) \ end</arg>
          </builderArgs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
  sed -i "s|@PLUGIN_VERSION@|$VERSION|" "$dir/pom.xml"
}

# hostile_env IMAGE NAME EXPECTED: exactly one NAME=... in Config.Env, with exactly that value.
hostile_env() {
  local found
  found=$(docker image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$1" | grep -E -- "^$2=" || true)
  [ "$found" = "$2=$3" ] || { printf '  env: %s\n  expected: %s\n' "${found:-<none>}" "$2=$3"; return 1; }
}

# hostile_inspect IMAGE FORMAT EXPECTED: a docker image inspect value, compared exactly (both without
# trailing line ends).
hostile_inspect() {
  local got; got=$(docker image inspect -f "$2" "$1")
  [ "$got" = "$3" ] || { printf '  %s is:\n%s\n  expected:\n%s\n' "$2" "$got" "$3"; return 1; }
}

# hostile_builder_arg IMAGE EXPECTED: the resource the builder's Maven filtered with -Dhostile.arg.
hostile_builder_arg() {
  local id got
  id=$(docker create "$1") || return 1
  docker cp "$id:/app/app.jar" "$WORK/hostile-app.jar" >/dev/null; docker rm "$id" >/dev/null
  if command -v unzip >/dev/null; then
    got=$(unzip -p "$WORK/hostile-app.jar" hostile-arg.txt)
  else
    rm -rf "$WORK/hostile-app"; mkdir -p "$WORK/hostile-app"
    got=$(cd "$WORK/hostile-app" && jar xf "$WORK/hostile-app.jar" hostile-arg.txt && cat hostile-arg.txt)
  fi
  [ "$got" = "$2" ] || { printf '  hostile-arg.txt: %s\n  expected:        %s\n' "$got" "$2"; return 1; }
}

hostile_case() {
  local name=hostile tag entrypoint keys
  hostile_expected
  hostile_fixture "$WORK/fixtures/$name"
  check "$name: plugin generates a Dockerfile from hostile POM data and configuration" \
    prepare "$name" "$WORK/fixtures/$name" \
      "-Ddockerfile-gen.jvmOptions=$HX_JVM_OPTION" \
      "-Ddockerfile-gen.ports=8080,9090/udp" \
      "-Ddockerfile-gen.user=10001:10002" || return 0
  check "$name: printed build command builds it" build "$name" "$WORK/$name.build.log" || return 0
  tag=$(image_tag "$name")
  check "$name: container prints the greeting" prints "$tag" "Hello From A Generated Dockerfile on Java 17"
  check "$name: runs as a numeric non-root user" runs_as_non_root "$tag"

  check "$name: title label from <name>" has_label "$tag" org.opencontainers.image.title "$HX_TITLE"
  check "$name: description label from <description>, on one line" \
    has_label "$tag" org.opencontainers.image.description "$HX_DESCRIPTION"
  check "$name: url label from <url>" has_label "$tag" org.opencontainers.image.url "$HX_URL"
  check "$name: vendor label from <organization>" has_label "$tag" org.opencontainers.image.vendor "$HX_VENDOR"
  check "$name: version label" has_label "$tag" org.opencontainers.image.version "1.0.0"
  check "$name: label with quotes" has_label "$tag" org.example.quotes "$HX_QUOTES"
  check "$name: label with dollars, \$(...) and backticks" has_label "$tag" org.example.dollars "$HX_DOLLARS"
  check "$name: label with backslashes" has_label "$tag" org.example.backslashes "$HX_BACKSLASHES"
  check "$name: label with '#', '&&' and a JSON fragment" has_label "$tag" org.example.hash "$HX_HASH"
  check "$name: label with Unicode" has_label "$tag" org.example.unicode "$HX_UNICODE"
  check "$name: label holding a JSON array" has_label "$tag" org.example.json "$HX_JSON"
  keys=$( { printf '%s\n' org.example.backslashes org.example.dollars org.example.hash org.example.json \
      org.example.quotes org.example.unicode org.opencontainers.image.description \
      org.opencontainers.image.licenses org.opencontainers.image.title org.opencontainers.image.url \
      org.opencontainers.image.vendor org.opencontainers.image.version
    docker image inspect -f '{{range $k, $v := .Config.Labels}}{{println $k}}{{end}}' \
      gcr.io/distroless/java17-debian13:nonroot; } | LC_ALL=C sort -u | sed '/^$/d')
  check "$name: no label but the planned ones (and the base image's)" hostile_inspect "$tag" \
    '{{range $k, $v := .Config.Labels}}{{println $k}}{{end}}' "$keys"

  check "$name: env with \$HOME, \${...}, quotes and a trailing backslash" hostile_env "$tag" GREETING_NOTE "$HX_ENV_NOTE"
  check "$name: env with Unicode" hostile_env "$tag" UNICODE_NOTE "$HX_ENV_UNICODE"

  entrypoint=$(printf '%s\n' java -XX:MaxRAMPercentage=75 "$HX_JVM_OPTION" -cp '/app/app.jar:/app/lib/*' \
    com.example.hello.Main)
  check "$name: exec-form entrypoint with the JVM option exactly" \
    hostile_inspect "$tag" '{{range .Config.Entrypoint}}{{println .}}{{end}}' "$entrypoint"
  check "$name: no CMD" hostile_inspect "$tag" '{{len .Config.Cmd}}' 0
  check "$name: exposed ports 8080/tcp and 9090/udp" \
    hostile_inspect "$tag" '{{range $p, $v := .Config.ExposedPorts}}{{println $p}}{{end}}' $'8080/tcp\n9090/udp'
  check "$name: user 10001:10002" hostile_inspect "$tag" '{{.Config.User}}' 10001:10002
  check "$name: the builder's Maven got the hostile argument exactly" hostile_builder_arg "$tag" "$HX_BUILDER_ARG"
}

#!/bin/sh
# Writes target/offerkit, the command line fast by default (run by `mvn package` after the jar is built):
# a launcher that starts target/offerkit.jar with a class-data sharing archive of the classes one `generate` loads,
# trained here on the build's own JDK, and with the JIT options that suit short runs (C1 only, the imaging code
# compiled after a tenth of the usual counts: docs/performance.md). The app itself (no arguments, --open=, a
# project file) starts with the archive but the full JIT, since it runs for hours.
#
# Java 17 ties an archive to the JDK and the jar's path and size, so the launcher uses it only with the java it was
# trained on, for the jar at the path it was made for and not newer than the archive; otherwise it says so in one
# line and starts without it (slower, never failing). Usage: tools/make-cli-launcher.sh JAVA_HOME TARGET_DIR
set -eu
java_home="$1"
target="$(cd "$2" && pwd)"
java="$java_home/bin/java"
jar="$target/offerkit.jar"
archive="$target/offerkit-cli.jsa"
launcher="$target/offerkit"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

rm -f "$archive" "$launcher"
"$java" -Djava.awt.headless=true -jar "$jar" demo --out "$work/demo" >/dev/null
mkdir "$work/out"
"$java" -Djava.awt.headless=true -XX:DumpLoadedClassList="$work/classes.lst" \
  -jar "$jar" generate --out "$work/out" "$work/demo/logo.png" >/dev/null
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$archive" \
    -cp "$jar" >"$work/dump.log" 2>&1; then
  # A JDK that cannot dump still gets a working launcher: it runs without the archive and says so.
  echo "warning: no class-data sharing archive for target/offerkit (see below); it starts without one" >&2
  cat "$work/dump.log" >&2
  rm -f "$archive"
fi

# The launcher: the build's values quoted once at the top, the logic plain below.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }
{
  echo '#!/bin/sh'
  echo '# OfferKit, made by `mvn package` (tools/make-cli-launcher.sh). Commands (generate, inspect, check...) run with'
  echo '# the class-data sharing archive trained at build time and the JIT stopped at C1, which suits short runs;'
  echo '# OFFERKIT_JAVA_OPTIONS comes last (e.g. -XX:TieredStopAtLevel=4 for a long batch in one process).'
  echo "built_java=$(quote "$java")"
  echo "built_jar=$(quote "$jar")"
  cat "$(dirname "$0")/cli-launcher-body.sh"
} >"$launcher"
chmod 755 "$launcher"

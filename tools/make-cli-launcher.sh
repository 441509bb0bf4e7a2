#!/bin/sh
# Writes target/offerkit, the command line fast by default (run by `mvn package` after the jar is built):
# a launcher that starts target/offerkit.jar with a class-data sharing archive of the classes one `generate` loads,
# trained here on the build's own JDK, and with the JIT options that suit short runs (C1 only, the imaging code
# compiled after a tenth of the usual counts: docs/performance.md). The app itself (no arguments, --open=, a
# project file) starts with the archive but the full JIT, since it runs for hours.
#
# The app gets an archive of its own, offerkit-app.jsa, of the classes its start loads up to the opened project
# (issue 19: the window's controls, skins and CSS classes are most of that wait): the app is opened once on the demo
# here, headless with Monocle (MONOCLE_JAR, the test-scope jar Maven has already resolved), so the build needs no
# display. The classes of Monocle itself and the few of the real window system it did not load are simply not in the
# archive. One archive for both made `generate` ~15 % slower to start (244 against 207 ms), hence two.
#
# Java 17 ties an archive to the JDK and the jar's path and size, so the launcher uses it only with the java it was
# trained on, for the jar at the path it was made for and not newer than the archive; otherwise it says so in one
# line and starts without it (slower, never failing).
# Usage: tools/make-cli-launcher.sh JAVA_HOME TARGET_DIR [MONOCLE_JAR]
set -eu
java_home="$1"
target="$(cd "$2" && pwd)"
monocle="${3-}"
java="$java_home/bin/java"
jar="$target/offerkit.jar"
archive="$target/offerkit-cli.jsa"
app_archive="$target/offerkit-app.jsa"
launcher="$target/offerkit"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

rm -f "$archive" "$app_archive" "$launcher"
"$java" -Djava.awt.headless=true -jar "$jar" demo --out "$work/demo" >/dev/null
mkdir "$work/out"
"$java" -Djava.awt.headless=true -XX:DumpLoadedClassList="$work/classes.lst" \
  -jar "$jar" generate --out "$work/out" "$work/demo/logo.png" >/dev/null
if [ -n "$monocle" ] && [ -f "$monocle" ]; then
  # --print-startup exits once the opened project's section is usable; its files go to a home of its own.
  if "$java" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
      -Dofferkit.home="$work/home" -XX:DumpLoadedClassList="$work/app.lst" \
      -cp "$jar:$monocle" io.offerkit.Main --print-startup >"$work/app.log" 2>&1; then
    if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/app.lst" -XX:SharedArchiveFile="$app_archive" \
        -cp "$jar" >"$work/app-dump.log" 2>&1; then
      echo "warning: no class-data sharing archive of the app's start (below); the app uses the command line's" >&2
      cat "$work/app-dump.log" >&2
      rm -f "$app_archive"
    fi
  else
    echo "warning: the app's training run failed (below); the app uses the command line's archive" >&2
    cat "$work/app.log" >&2
  fi
fi
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

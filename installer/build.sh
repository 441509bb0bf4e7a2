#!/usr/bin/env bash
# Builds the native installer of the current OS with jpackage: the thin app jar and its libraries on the class
# path (--input), a lean runtime of the JDK modules the app needs plus JavaFX from the Maven jars (--module-path).
# Usage: installer/build.sh [TYPE]   (TYPE: app-image, deb, rpm, msi, exe, dmg, pkg; default: the OS's usual one)
# Run from the repository root after `mvn -B package -DskipTests` (the -Pinstaller Maven profile does both).
# The runtime comes from $INSTALLER_JDK (Maven: -Dinstaller.jdk=DIR), else $JAVA_HOME, else the jpackage on PATH.
# Its JDK's class-data-sharing archive is generated into it (jlink --generate-cds-archive); on Linux a training run
# of the app image then replaces it with a fuller one of the JDK and JavaFX classes start-up loads (OFFERKIT_CDS=0
# leaves that out). From JDK 25 on, one
# training run of the finished app image (`demo`, then `generate` on the demo logo) also makes an ahead-of-time
# cache, lib/app/offerkit.aot (JEP 483/515), which the launcher then uses. On Linux, bin/offerkit runs the command
# line with the same runtime, class path and options but without jpackage's launcher, which asks rpm and dpkg which
# package owns it on every start. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Linux*) os=linux; default_type=deb ;;
  Darwin*) os=macos; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_type=msi ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
type="${1:-$default_type}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)"
work=target/installer
rm -rf "$work/input" "$work/image" "$work/out"
mkdir -p "$work/input" "$work/image" "$work/out"
cp "target/offerkit-$version.jar" "$work/input/"
# Libraries: everything but JavaFX, which goes into the runtime as modules instead (only the jars of this OS:
# the unclassified javafx jars are empty placeholders).
find target/installer/libs -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/" \;
modules="$work/javafx"
rm -rf "$modules" && mkdir -p "$modules"
classifier=$([ "$os" = windows ] && echo win || ([ "$os" = macos ] && echo mac || echo linux))
cp target/installer/libs/javafx-*-"$classifier".jar "$modules/"
jdk="${INSTALLER_JDK:-${JAVA_HOME:-}}"
jpackage_bin="${jdk:+$jdk/bin/}jpackage"
java_bin="${jdk:+$jdk/bin/}java"
jdk_major="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
jdk_major="${jdk_major#1.}"

# 1. The application folder.
"$jpackage_bin" --type app-image \
  @installer/common.txt @installer/image.txt @"installer/$os/app.txt" \
  --app-version "$version" \
  --input "$work/input" --main-jar "offerkit-$version.jar" \
  --module-path "$modules" \
  --dest "$work/image"
case "$os" in
  linux) app="$work/image/OfferKit"; launcher="$app/bin/OfferKit"; cfg="$app/lib/app/OfferKit.cfg" ;;
  macos) app="$work/image/OfferKit.app"; launcher="$app/Contents/MacOS/OfferKit"; cfg="$app/Contents/app/OfferKit.cfg" ;;
  windows) app="$work/image/OfferKit"; launcher="$app/OfferKit.exe"; cfg="$app/app/OfferKit.cfg" ;;
esac

# 2. Class-data sharing (CDS): one training run of the app image (the demo project opened, its logos rendered, a
#    screenshot written) lists the classes start-up loads; the runtime's bin/java then archives those of the runtime
#    image - the JDK's and JavaFX's, nearly all the classes before the first frame - pre-parsed and pre-verified as
#    the runtime's default archive, which every start maps (-Xshare:auto in image.txt). Only the runtime's own
#    classes: an archive of the app's jars would record their absolute paths and times, and Java 17 refuses it once
#    the package is installed elsewhere (/opt/offerkit), while the runtime's archive moves with it. The training needs
#    a display (xvfb-run when there is none); without one, or with OFFERKIT_CDS=0, the runtime keeps jlink's smaller
#    archive. Only the Linux image layout is handled here so far.
if [ "$os" = linux ] && [ "${OFFERKIT_CDS:-1}" != 0 ]; then
  display=()
  if [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
      display=(xvfb-run -a -s "-screen 0 1280x800x24")
    else
      echo "warning: no display and no xvfb-run: the runtime keeps jlink's class-data sharing archive only" >&2
    fi
  fi
  if [ -n "${DISPLAY:-}" ] || [ "${#display[@]}" -gt 0 ]; then
    training="$work/cds-training"
    rm -rf "$training" && mkdir -p "$training"
    # _JAVA_OPTIONS is read after the launcher's options; the training keeps its files out of the user's home.
    _JAVA_OPTIONS="-XX:DumpLoadedClassList=$training/classes.lst -Dofferkit.home=$training/home" \
      "${display[@]}" "$launcher" --screenshot="$training/screenshot.png" >"$training/run.log" 2>&1 \
      || { cat "$training/run.log" >&2; echo "the class-data sharing training run failed" >&2; exit 1; }
    # Without a class path the app's classes in the list are skipped, each with a "Preload Warning" in the log.
    "$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$training/classes.lst" \
      -XX:SharedArchiveFile="$app/lib/runtime/lib/server/classes.jsa" >"$training/dump.log" 2>&1 \
      || { cat "$training/dump.log" >&2; echo "the class-data sharing archive could not be made" >&2; exit 1; }
    ls -la "$app/lib/runtime/lib/server/classes.jsa"
  fi
fi

# 3. From JDK 25: the ahead-of-time cache, from one training run of the app image itself (so its class path is
#    the launcher's; the cache stays valid wherever the folder is installed). Two steps, record then create, so no
#    bin/java is needed in the runtime. The [JavaOptions] section is the last one of the launcher's .cfg file.
#    jpackage copies the folder into an installer without the files' times, and the cache trusts a jar only with
#    the time it had when the cache was made: for a .deb step 5 puts the times back; other installers are not done.
#    A training run records one configuration, so the command line and the app get a cache each: offerkit.aot from
#    `generate` (bin/offerkit uses it), offerkit-app.aot from the app opened on the demo until its Logos section is
#    usable (`--print-startup`, under xvfb-run where there is no display; issue 19), which the app's launcher uses.
aot=""
app_aot=""
# Trains and creates one cache: NAME, then the command that runs the training (through the launcher's .cfg).
make_aot() {
  name="$1"; shift
  { cat "$train/cfg"
    echo 'java-options=-XX:AOTMode=record'
    echo "java-options=-XX:AOTConfiguration=\$APPDIR/$name.aotconf"; } > "$cfg"
  "$@" > "$train/$name.log" 2>&1 || { cat "$train/$name.log" >&2; echo "the $name training run failed" >&2; return 1; }
  { cat "$train/cfg"
    echo 'java-options=-XX:AOTMode=create'
    echo "java-options=-XX:AOTConfiguration=\$APPDIR/$name.aotconf"
    echo "java-options=-XX:AOTCache=\$APPDIR/$name.aot"; } > "$cfg"
  "$launcher" > /dev/null
  rm -f "$(dirname "$cfg")/$name.aotconf"
  test -s "$(dirname "$cfg")/$name.aot"
  echo "ahead-of-time cache $name.aot: $(du -h "$(dirname "$cfg")/$name.aot" | cut -f1)"
}
if [ "$jdk_major" -ge 25 ] && { [ "$type" = app-image ] || [ "$type" = deb ]; }; then
  aot="$(dirname "$cfg")/offerkit.aot"
  train="$(mktemp -d)"
  # The cache holds the JDK's classes too, and the JVM refuses an AOT configuration beside any -Xshare option.
  grep -v '^java-options=-Xshare:' "$cfg" > "$train/cfg"
  "$launcher" demo --out "$train/demo" > /dev/null
  make_aot offerkit "$launcher" generate --out "$train/out" "$train/demo/logo.png"
  gui_display=()
  if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
    gui_display=(xvfb-run -a -s "-screen 0 1280x800x24")
  fi
  if [ -n "${DISPLAY:-}" ] || [ "${#gui_display[@]}" -gt 0 ]; then
    # _JAVA_OPTIONS keeps the training's files out of the user's home.
    if _JAVA_OPTIONS="-Dofferkit.home=$train/home" make_aot offerkit-app "${gui_display[@]}" "$launcher" --print-startup; then
      app_aot="$(dirname "$cfg")/offerkit-app.aot"
    fi
  else
    echo "warning: no display and no xvfb-run: the app starts without an ahead-of-time cache of its own" >&2
  fi
  { cat "$train/cfg"
    if [ -n "$app_aot" ]; then
      echo 'java-options=-XX:AOTCache=$APPDIR/offerkit-app.aot'
    else
      echo 'java-options=-XX:AOTCache=$APPDIR/offerkit.aot'
    fi; } > "$cfg"
  rm -rf "$train"
elif [ "$jdk_major" -ge 25 ]; then
  echo "ahead-of-time cache: not made for a $type installer (not verified to keep the jars' file times)"
fi

# 4. Linux: bin/offerkit, the command line without jpackage's launcher, from the launcher's own .cfg file. It also
#    stops the JIT at C1 (-XX:TieredStopAtLevel=1): a command-line run is short, and C2's compilations cost it more
#    than they save (docs/performance.md), and has C1 compile the imaging code's methods after a tenth of the usual
#    calls and loop turns (a run decodes and resamples one logo: waiting for the usual counts leaves its loops in the
#    interpreter for a large part of it); $OFFERKIT_JAVA_OPTIONS comes last, so -XX:TieredStopAtLevel=4 there (for a
#    long batch in one process) undoes the first.
if [ "$os" = linux ]; then
  cli="$app/bin/offerkit"
  {
    echo '#!/bin/sh'
    echo '# OfferKit command line (made by installer/build.sh from lib/app/OfferKit.cfg): bin/OfferKit without'
    echo '# jpackage'"'"'s launcher, which asks rpm and dpkg which package owns it on every start, and with the JIT'
    echo '# stopped at C1, which suits short runs; for a long batch in one process, OFFERKIT_JAVA_OPTIONS='
    echo '# -XX:TieredStopAtLevel=4 restores the full JIT (docs/performance.md).'
    echo 'app="$(dirname "$(readlink -f "$0")")/../lib/app"'
    echo '# The class-data sharing archive bin/train-cli-archive made where the app is installed (the package does it).'
    echo 'archive=; [ -f "$app/offerkit-cli.jsa" ] && archive="-XX:SharedArchiveFile=$app/offerkit-cli.jsa"'
    printf 'exec "$app/../runtime/bin/java"'
    # The command line's own ahead-of-time cache where the app has one of its own.
    sed -n 's/^java-options=\(.*\)$/\1/p' "$cfg" | sed 's/offerkit-app\.aot$/offerkit.aot/' \
      | sed 's/\$APPDIR/${app}/g' | while IFS= read -r option; do
      printf ' "%s"' "$option"
    done
    printf ' -XX:TieredStopAtLevel=1 -XX:CompileCommand=quiet'
    printf ' "-XX:CompileCommand=CompileThresholdScaling,io.offerkit.imaging.*::*,0.1" ${archive:+"$archive"} $OFFERKIT_JAVA_OPTIONS'
    printf ' -cp "%s"' "$(sed -n 's/^app.classpath=//p' "$cfg" | sed 's/\$APPDIR/${app}/g' | paste -sd: -)"
    printf ' %s "$@"\n' "$(sed -n 's/^app.mainclass=//p' "$cfg")"
  } > "$cli"
  chmod 755 "$cli"
  # Java 17 ties an archive of the app's jars to their paths, so the package makes it after installing (postinst runs
  # bin/train-cli-archive). A JDK 25 runtime has the ahead-of-time cache above instead, which covers the command line.
  if [ -z "$aot" ]; then
    cp installer/linux/train-cli-archive "$app/bin/train-cli-archive"
  fi
fi

# 5. The installer, from that folder (installer-only options are not valid for a bare app image).
if [ "$type" = app-image ]; then
  mv "$app" "$work/out/"
else
  "$jpackage_bin" --type "$type" --app-image "$app" \
    @installer/common.txt @"installer/$os/package.txt" \
    --app-version "$version" \
    --dest "$work/out"
  if [ -n "$aot" ]; then
    deb="$(ls "$work"/out/*.deb)"
    tree="$(mktemp -d)"
    dpkg-deb -R "$deb" "$tree"
    for jar in "$(dirname "$cfg")"/*.jar; do
      touch -r "$jar" "$(find "$tree" -path "*/lib/app/$(basename "$jar")")"
    done
    $(command -v fakeroot || true) dpkg-deb -b "$tree" "$deb" > /dev/null
    rm -rf "$tree"
  fi
fi
ls -la "$work/out"

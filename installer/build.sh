#!/usr/bin/env bash
# Builds the native installer of the current OS with jpackage: the thin app jar and its libraries on the class
# path (--input), a lean runtime of the JDK modules the app needs plus JavaFX from the Maven jars (--module-path).
# Usage: installer/build.sh [TYPE]   (TYPE: app-image, deb, rpm, msi, exe, dmg, pkg; default: the OS's usual one)
# Run from the repository root after `mvn -B package -DskipTests` (the -Pinstaller Maven profile does both).
# On Linux the runtime gets a class-data sharing archive made by a training run, for a quicker start (see
# "Class-data sharing" below); OFFERKIT_CDS=0 leaves it out.
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
rm -rf "$work/input" "$work/out"
mkdir -p "$work/input" "$work/out"
cp "target/offerkit-$version.jar" "$work/input/"
# Libraries: everything but JavaFX, which goes into the runtime as modules instead (only the jars of this OS:
# the unclassified javafx jars are empty placeholders).
find target/installer/libs -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/" \;
modules="$work/javafx"
rm -rf "$modules" && mkdir -p "$modules"
classifier=$([ "$os" = windows ] && echo win || ([ "$os" = macos ] && echo mac || echo linux))
cp target/installer/libs/javafx-*-"$classifier".jar "$modules/"
jpackage_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jpackage"
# jpackage's default jlink options but keeping the runtime's native commands (its bin/java makes the class-data
# sharing archive below), plus --generate-cds-archive: the runtime's default archive of its JDK classes
# (lib/server/classes.jsa), which a jlink image otherwise lacks; the training below replaces it with a fuller one.
jlink_options="--strip-debug --no-man-pages --no-header-files --generate-cds-archive"
image="$work/out/OfferKit"
[ "$os" = macos ] && image="$work/out/OfferKit.app"
"$jpackage_bin" --type app-image \
  @installer/common.txt @installer/image.txt @"installer/$os/app.txt" \
  --jlink-options "$jlink_options" \
  --app-version "$version" \
  --input "$work/input" --main-jar "offerkit-$version.jar" \
  --module-path "$modules" \
  --dest "$work/out"

# Class-data sharing (CDS): one training run of the app image (the demo project opened, its logos rendered, a
# screenshot written) lists the classes start-up loads; the runtime's bin/java then archives those of the runtime
# image - the JDK's and JavaFX's, nearly all the classes before the first frame - pre-parsed and pre-verified as the
# runtime's default archive, which every start maps (-Xshare:auto in common.txt). Only the runtime's own classes: an
# archive of the app's jars would record their absolute paths and times, and Java 17 refuses it once the package is
# installed elsewhere (/opt/offerkit), while the runtime's archive moves with it. The training needs a display
# (xvfb-run when there is none); without one, or with OFFERKIT_CDS=0, the runtime keeps jlink's smaller archive.
# Only the Linux image layout is handled here so far.
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
      "${display[@]}" "$image/bin/OfferKit" --screenshot="$training/screenshot.png" >"$training/run.log" 2>&1 \
      || { cat "$training/run.log" >&2; echo "the class-data sharing training run failed" >&2; exit 1; }
    # Without a class path the app's classes in the list are skipped, each with a "Preload Warning" in the log.
    "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$training/classes.lst" \
      -XX:SharedArchiveFile="$image/lib/runtime/lib/server/classes.jsa" >"$training/dump.log" 2>&1 \
      || { cat "$training/dump.log" >&2; echo "the class-data sharing archive could not be made" >&2; exit 1; }
    ls -la "$image/lib/runtime/lib/server/classes.jsa"
  fi
fi

if [ "$type" != app-image ]; then
  # The installer around the image (trained above): its own options (file association, menu, licence, package
  # name) are not valid for a bare app image, and the image's own (image.txt) not for an installer of one.
  "$jpackage_bin" --type "$type" \
    @installer/common.txt @"installer/$os/app.txt" @"installer/$os/package.txt" \
    --app-version "$version" \
    --app-image "$image" \
    --dest "$work/out"
fi
ls -la "$work/out"

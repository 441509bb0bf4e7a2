#!/usr/bin/env bash
# Builds the native installer of the current OS with jpackage: the thin app jar and its libraries on the class
# path (--input), a lean runtime of the JDK modules the app needs plus JavaFX from the Maven jars (--module-path).
# Usage: installer/build.sh [TYPE]   (TYPE: app-image, deb, rpm, msi, exe, dmg, pkg; default: the OS's usual one)
# Run from the repository root after `mvn -B package -DskipTests` (the -Pinstaller Maven profile does both).
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
package_options=()
# Installer-only options (file association, menu, licence, package name) are not valid for a bare app image.
[ "$type" = app-image ] || package_options=(@"installer/$os/package.txt")
"$jpackage_bin" --type "$type" \
  @installer/common.txt @"installer/$os/app.txt" "${package_options[@]}" \
  --app-version "$version" \
  --input "$work/input" --main-jar "offerkit-$version.jar" \
  --module-path "$modules" \
  --dest "$work/out"
ls -la "$work/out"

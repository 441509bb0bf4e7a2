# The body of target/offerkit (tools/make-cli-launcher.sh puts the build's values above it: built_java, the JDK's
# java the archive was trained on, and built_jar, the jar's path then; CliLauncherTest runs it with a stand-in java).
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/offerkit.jar"
# A first argument naming a command (a word, or --help/--version) runs the command line; anything else opens the app
# (LaunchOptions.startsTheApp: no argument, the app's own --options, a project file).
case "${1-}" in
  --help|-h|--version|-V) cli=yes ;;
  -*|*.offerkit|'') cli= ;;
  *) cli=yes ;;
esac
# The command line's archive, or the app's own start's where there is one (a command mapping the app's classes too
# started ~15 % slower: an archive each).
archive="$here/offerkit-cli.jsa"
if [ -z "$cli" ] && [ -f "$here/offerkit-app.jsa" ]; then
  archive="$here/offerkit-app.jsa"
fi
java="$built_java"
[ -x "$java" ] || java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The archive only where it fits; anything else is said once and skipped.
share=
if [ ! -f "$archive" ]; then
  echo "offerkit: no class-data sharing archive ($archive); starting without it (mvn package makes one)" >&2
elif [ "$java" != "$built_java" ]; then
  echo "offerkit: $built_java is gone; starting without the class-data sharing archive made for it" >&2
elif [ "$jar" != "$built_jar" ] || [ "$jar" -nt "$archive" ]; then
  echo "offerkit: the class-data sharing archive does not fit $jar (moved or rebuilt); starting without it (mvn package makes it again)" >&2
else
  share="-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
fi

if [ -n "$cli" ]; then
  jit="-XX:TieredStopAtLevel=1 -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,io.offerkit.imaging.*::*,0.1"
else
  jit=
fi
set -f # the option lists split into words below, and their '*' is the JIT's pattern, not a file name
# shellcheck disable=SC2086
exec "$java" $share $jit ${OFFERKIT_JAVA_OPTIONS-} -jar "$jar" "$@"

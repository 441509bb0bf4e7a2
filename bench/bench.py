#!/usr/bin/env python3
"""OfferKit logo benchmark: whole-process time of `offerkit generate` against ImageMagick and vipsthumbnail.

Each tool makes the four slots of the default profile (40x40, 90x90, 115x115, 255x115, contain on transparency)
from the same sources, in one interleaved run (tool order rotates every round, so machine noise hits all tools
alike). Reports the median wall time per tool and source, the ratio to ImageMagick, a 100-logo batch, and the
peak resident memory of OfferKit on a 12000x12000 source. Needs: java, ImageMagick (`convert`), vipsthumbnail.

    python3 bench/bench.py [--rounds 5] [--skip-huge] [--out bench/out] [--aot-java JDK25/bin/java] [--app DIR]
                           [--baseline-jar OLD.jar]

"target/offerkit" is the launcher `mvn package` writes and the README uses (its archive trained by the build);
"offerkit" is the same recipe spelled out here: a static AppCDS archive of the classes one training run loads (named after
the jar; `-XX:DumpLoadedClassList`, then `-Xshare:dump`) and the JIT options CLI_JIT; "offerkit (CDS, full JIT)" is
the same without them, as the 100-logo batch uses. --baseline-jar adds a column for another build (before a change)
with its own archive and the same options; --aot-java adds one for the same jar on that JDK (25 or later) with an
ahead-of-time cache made by one training run (named after the jar) and CLI_JIT; --app adds one for DIR/bin/offerkit of an app folder made by
installer/build.sh. The load average (1 minute) is printed before and after: on a shared machine, compare within one
run and repeat when it is high.
"""
import argparse
import colorsys
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "offerkit.jar"
LAUNCHER = ROOT / "target" / "offerkit"  # what `mvn package` writes and the README's command line uses
SLOTS = [("small-40x40", 40, 40), ("medium-90x90", 90, 90), ("large-115x115", 115, 115), ("wide-255x115", 255, 115)]
CONVERT = "/usr/bin/convert"  # the first `convert` on PATH may be a stand-in
# The documented command line's JIT options (README, installer bin/offerkit): C1 only, and the imaging code compiled
# after a tenth of the usual invocations and loop turns.
CLI_JIT = ["-XX:TieredStopAtLevel=1", "-XX:CompileCommand=quiet",
           "-XX:CompileCommand=CompileThresholdScaling,io.offerkit.imaging.*::*,0.1"]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def make_source(path: Path, w: int, h: int, seed: int = 0):
    """A logo-like source: a rounded gradient tile and circles on transparency (compresses like real art)."""
    if path.exists():
        return
    r = min(w, h)
    hue = (seed * 37) % 360 / 360
    top, bottom = (colorsys.hls_to_rgb(hue, 0.45, 0.7), colorsys.hls_to_rgb((hue + 0.15) % 1, 0.3, 0.7))
    hexa = lambda c: "#%02X%02X%02X" % tuple(round(v * 255) for v in c)
    run([CONVERT, "-size", f"{w}x{h}", f"gradient:{hexa(top)}-{hexa(bottom)}",
         "(", "-size", f"{w}x{h}", "xc:none", "-fill", "white",
         "-draw", f"roundrectangle {w // 16},{h // 16} {w - w // 16},{h - h // 16} {r // 8},{r // 8}", ")",
         "-compose", "DstIn", "-composite", "-compose", "Over",
         "-fill", "white", "-draw", f"circle {w // 3},{h // 2} {w // 3 + r // 6},{h // 2}",
         "-fill", "#FFC83D", "-draw", f"circle {2 * w // 3},{h // 3} {2 * w // 3 + r // 10},{h // 3}",
         "-depth", "8", "-define", "png:color-type=6", str(path)])


def fresh_dir(path):
    """An empty folder for a training run. Measured 2026-11-24 on JDK 17 with dynamic archives (-XX:ArchiveClassesAtExit):
    one trained by a run that replaced earlier outputs made every later run about twice as slow (0.51-0.54 s against
    0.21-0.22 s for 1024x1024), and one trained into an empty folder 1.4x as slow (0.30 s against 0.22 s), with the
    same classes loaded from them; cause not found. Hence the static archive (static_archive), which showed neither."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def static_archive(jar, archive, source, out):
    """A static AppCDS archive (JDK and app classes, with the method-handle forms the run used) of the classes one
    `generate` loads. Faster here than a dynamic archive (-XX:ArchiveClassesAtExit), which on JDK 17 made some runs
    twice as slow, see fresh_dir."""
    if not archive.exists():
        classes = archive.with_suffix(".classlist")
        run(["java", f"-XX:DumpLoadedClassList={classes}", "-jar", str(jar), "generate", "--out",
             str(fresh_dir(out / "train")), str(source)])
        run(["java", "-Xshare:dump", f"-XX:SharedClassListFile={classes}", f"-XX:SharedArchiveFile={archive}",
             "-cp", str(jar)])
    return archive


def offerkit_cmd(java_opts, src, out, jar=JAR):
    return ["java", *java_opts, "-jar", str(jar), "generate", "--out", str(out), str(src)]


def imagemagick_cmd(src, out):
    cmd = [CONVERT, str(src), "-colorspace", "RGB"]
    for slot, w, h in SLOTS:
        cmd += ["(", "+clone", "-filter", "Lanczos", "-resize", f"{w}x{h}", "-background", "none", "-gravity", "center",
                "-extent", f"{w}x{h}", "-colorspace", "sRGB", "-write", str(out / f"{slot}.png"), "+delete", ")"]
    return cmd + ["null:"]


def vips_cmds(src, out):
    return [["vipsthumbnail", str(src), "-s", f"{w}x{h}", "-o", str(out / f"{slot}.png")] for slot, w, h in SLOTS]


def timed(cmds):
    start = time.perf_counter()
    for cmd in cmds:
        run(cmd)
    return time.perf_counter() - start


def peak_rss_mb(cmd):
    """Peak resident memory of one child process, via GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], check=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "bench" / "out"))
    parser.add_argument("--skip-huge", action="store_true", help="skip the 12000x12000 memory run")
    parser.add_argument("--aot-java", help="a JDK 25+ java: adds offerkit on it with an ahead-of-time cache")
    parser.add_argument("--app", help="an app folder from installer/build.sh: adds its bin/offerkit")
    parser.add_argument("--baseline-jar", help="another build of offerkit.jar: adds it, with its own CDS archive")
    args = parser.parse_args()
    if not JAR.exists() or not LAUNCHER.exists():
        sys.exit("build first: mvn -B package -DskipTests")
    out = Path(args.out)
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    sources = {"4096x4096": (4096, 4096), "3000x900": (3000, 900), "1024x1024": (1024, 1024)}
    for name, (w, h) in sources.items():
        make_source(src / f"{name}.png", w, h)

    # A static class-data-sharing archive of the classes one training run loads, named after the jar so a rebuild
    # makes a new one.
    stamp = JAR.stat()
    cds = static_archive(JAR, out / f"offerkit-{stamp.st_size}-{int(stamp.st_mtime)}.jsa", src / "1024x1024.png", out)
    java_opts = [f"-XX:SharedArchiveFile={cds}", "-Xshare:auto"]
    # The documented command line (README, installer bin/offerkit): the JIT stopped at C1. The 100-logo batch below
    # uses the full JIT, as the README suggests for a long batch in one process.
    one_logo_opts = [*java_opts, *CLI_JIT]

    tools = {
        "target/offerkit": lambda s, o: [[str(LAUNCHER), "generate", "--out", str(o), str(s)]],
        "offerkit": lambda s, o: [offerkit_cmd(one_logo_opts, s, o)],
        "offerkit (CDS, full JIT)": lambda s, o: [offerkit_cmd(java_opts, s, o)],
        "offerkit (plain java -jar)": lambda s, o: [offerkit_cmd([], s, o)],
        "imagemagick": lambda s, o: [imagemagick_cmd(s, o)],
        "vipsthumbnail": vips_cmds,
    }
    extra = []
    if args.baseline_jar:
        base = Path(args.baseline_jar).resolve()
        base_stamp = base.stat()
        base_cds = static_archive(base, out / f"baseline-{base_stamp.st_size}-{int(base_stamp.st_mtime)}.jsa",
                                  src / "1024x1024.png", out)
        tools["offerkit (baseline jar)"] = lambda s, o: [offerkit_cmd([f"-XX:SharedArchiveFile={base_cds}", "-Xshare:auto",
                                                                       *CLI_JIT], s, o, base)]
        extra.append("offerkit (baseline jar)")
    if args.aot_java:
        aot = out / f"offerkit-{stamp.st_size}-{int(stamp.st_mtime)}.aot"
        if not aot.exists():
            run([args.aot_java, f"-XX:AOTCacheOutput={aot}", "-jar", str(JAR), "generate", "--out",
                 str(out / "train-aot"), str(src / "1024x1024.png")])
        aot_cmd = lambda s, o: [[args.aot_java, f"-XX:AOTCache={aot}", *CLI_JIT, "-jar", str(JAR),
                                 "generate", "--out", str(o), str(s)]]
        tools["offerkit (AOT cache)"] = aot_cmd
        extra.append("offerkit (AOT cache)")
    if args.app:
        tools["offerkit (app bin/offerkit)"] = lambda s, o: [[str(Path(args.app) / "bin" / "offerkit"), "generate",
                                                              "--out", str(o), str(s)]]
        extra.append("offerkit (app bin/offerkit)")
    load_before = os.getloadavg()[0]
    times = {(t, s): [] for t in tools for s in sources}
    for rnd in range(args.rounds):
        order = list(tools)[rnd % len(tools):] + list(tools)[:rnd % len(tools)]
        for name in sources:
            for tool in order:
                target = out / "run" / tool.replace("/", "-").split()[0] / name
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir(parents=True)
                times[(tool, name)].append(timed(tools[tool](src / f"{name}.png", target)))

    # The paths a user types (the README's target/offerkit, and plain java -jar) beside the tuned recipe.
    ratios = ["target/offerkit", "offerkit (plain java -jar)", "offerkit", *extra]
    lines = [f"Load average (1 min) {load_before:.2f} before, {os.getloadavg()[0]:.2f} after the timed rounds.", "",
             "| source | " + " | ".join(tools) + " | " + " | ".join(f"{t} / imagemagick" for t in ratios) + " |",
             "|---" * (len(tools) + len(ratios) + 1) + "|"]
    for name in sources:
        med = {t: statistics.median(times[(t, name)]) for t in tools}
        lines.append(f"| {name} | " + " | ".join(f"{med[t]:.2f} s" for t in tools) + " | "
                     + " | ".join(f"{med[t] / med['imagemagick']:.2f}x" for t in ratios) + " |")

    batch = out / "batch"
    batch.mkdir(exist_ok=True)
    for i in range(100):
        make_source(batch / f"logo{i:03d}.png", 512 + (i % 4) * 256, 512, seed=i)
    logos = sorted(str(p) for p in batch.glob("logo*.png"))
    shutil.rmtree(out / "batch-out", ignore_errors=True)
    t_ok = timed([["java", *java_opts, "-jar", str(JAR), "generate", "--out", str(out / "batch-out"), *logos]])
    t_im = 0.0
    for logo in logos:
        target = out / "batch-im" / Path(logo).stem
        target.mkdir(parents=True, exist_ok=True)
        t_im += timed([imagemagick_cmd(logo, target)])
    lines += ["", f"100-logo batch (512..1280 px wide): offerkit one process (CDS, full JIT) {t_ok:.2f} s; "
                  f"imagemagick one process per logo {t_im:.2f} s"]

    if not args.skip_huge:
        huge = src / "12000x12000.png"
        if not huge.exists():  # beyond ImageMagick's default pixel policy, so drawn in Java
            run(["java", "-Xmx3g", str(ROOT / "bench" / "MakeSource.java"), str(huge), "12000", "12000"])
        target = out / "run" / "huge"
        target.mkdir(parents=True, exist_ok=True)
        rss = peak_rss_mb(offerkit_cmd(one_logo_opts, huge, target))
        t_huge = timed([offerkit_cmd(one_logo_opts, huge, target)])
        lines += ["", f"12000x12000 source: offerkit peak RSS {rss:.0f} MB, {t_huge:.2f} s"]

    report = "\n".join(lines)
    print(report)
    (out / "results.md").write_text(report + "\n")


if __name__ == "__main__":
    main()

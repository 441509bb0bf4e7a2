#!/usr/bin/env python3
"""OfferKit screenshot benchmark: whole-process time of `offerkit screenshots` against one ImageMagick process.

Makes capture-like PNGs with ImageMagick (a window: title bar, sidebar, rows of text, UI blocks and a photo-ish
plasma area), five of ~3700x2150 (a HiDPI window capture) and a mixed set of other sizes (1920x1080, 1366x768,
2560x1600, an odd 1713x1049), then times, interleaved (the order rotates every round), each variant making the
1280x720 screenshots of a set:

- target/offerkit: the launcher `mvn package` writes (what a user types), `screenshots --out OUT FILE...`;
- java -jar: the plain `java -jar target/offerkit.jar screenshots ...`;
- baseline: another build's launcher (--baseline DIR/offerkit, e.g. made by tools/make-cli-launcher.sh for the jar
  before a change), if given;
- imagemagick: ONE `convert` process doing the same five, each inside parentheses:
  `-colorspace RGB -filter Lanczos -resize 1280x720 -background COLOUR -gravity center -extent 1280x720
  -colorspace sRGB -write OUT +delete`, then `null:`. COLOUR is the capture's edge colour, as OfferKit's auto.

Prints medians, first quartiles and minima, the ratio to ImageMagick, the median CPU time and the load average
before and after; compare within one run.

    python3 bench/screenshots.py [--rounds 7] [--out bench/out-screenshots] [--baseline DIR/offerkit] [--no-plain]
"""
import argparse
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
LAUNCHER = ROOT / "target" / "offerkit"
CONVERT = "/usr/bin/convert"  # the first `convert` on PATH may be a stand-in
EDGE = "#F3F3F3"  # the window background of the made captures: what OfferKit's auto background finds at the edge
BIG = [(3700, 2150), (3680, 2160), (3720, 2140), (3700, 2150), (3660, 2120)]
MIXED = [(1920, 1080), (1366, 768), (2560, 1600), (1713, 1049), (3700, 2150)]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def make_capture(path: Path, w: int, h: int, seed: int):
    """A window capture: light background, title bar, sidebar with items, text rows, buttons, a plasma 'photo'."""
    if path.exists():
        return
    s = w / 3700  # scale of the UI: the HiDPI capture has 2x type
    px = lambda v: max(1, round(v * s))
    draw = ["-fill", "#2B579A", "-draw", f"rectangle 0,0 {w},{px(90)}",
            "-fill", "#E6E6E6", "-draw", f"rectangle 0,{px(90)} {px(640)},{h}"]
    text = ["-font", "DejaVu-Sans", "-fill", "white", "-pointsize", str(px(40)),
            "-annotate", f"+{px(40)}+{px(60)}", f"Contoso Field Service - Work orders {seed}"]
    text += ["-fill", "#333333", "-pointsize", str(px(30))]
    for i in range(14):
        text += ["-annotate", f"+{px(60)}+{px(180 + i * 90)}", f"Section {i + 1}: Schedule board"]
    for i in range(18):
        y = px(200 + i * 72)
        if y > h - px(60):
            break
        text += ["-annotate", f"+{px(720)}+{y}",
                 f"WO-{seed}{i:04d}  Contoso Ltd.  Repair HVAC unit, floor {i % 9 + 1}  2026-12-{i % 28 + 1:02d}  Open"]
        draw += ["-fill", "#DDDDDD", "-draw", f"line {px(700)},{y + px(22)} {px(2300)},{y + px(22)}"]
    for i in range(4):
        x = px(720 + i * 400)
        draw += ["-fill", ["#107C10", "#D83B01", "#0078D4", "#5C2D91"][i],
                 "-draw", f"roundrectangle {x},{h - px(160)} {x + px(340)},{h - px(80)} {px(12)},{px(12)}"]
    pw, ph = px(1200), px(900)
    run([CONVERT, "-size", f"{w}x{h}", f"xc:{EDGE}",
         "(", "-size", f"{pw}x{ph}", "-seed", str(seed), "plasma:", "-blur", "0x2", ")",
         "-geometry", f"+{w - pw - px(120)}+{px(200)}", "-composite",
         *draw, *text, "-depth", "8", "-define", "png:color-type=2", str(path)])


def imagemagick_cmd(files, out):
    cmd = [CONVERT]
    for i, f in enumerate(files):
        cmd += ["(", str(f), "-colorspace", "RGB", "-filter", "Lanczos", "-resize", "1280x720",
                "-background", EDGE, "-gravity", "center", "-extent", "1280x720", "-colorspace", "sRGB",
                "-write", str(out / f"{i + 1:02d}.png"), ")"]
        if i < len(files) - 1:
            cmd.append("+delete")  # the last one is left for null: (which wants an image)
    return cmd + ["null:"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--out", default=str(ROOT / "bench" / "out-screenshots"))
    parser.add_argument("--baseline", help="another build's launcher (DIR/offerkit): adds it as a variant")
    parser.add_argument("--no-plain", action="store_true", help="leave out the plain java -jar variant")
    args = parser.parse_args()
    if not JAR.exists() or not LAUNCHER.exists():
        sys.exit("build first: mvn -o -q -B -DskipTests package")
    out = Path(args.out)
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    sets = {}
    for name, sizes in (("5x ~3700x2150", BIG), ("mixed sizes", MIXED)):
        files = []
        for i, (w, h) in enumerate(sizes):
            f = src / f"capture-{w}x{h}-{i + 1}.png"
            make_capture(f, w, h, i + 1)
            files.append(f)
        sets[name] = files

    screenshots = lambda launcher: lambda files, o: [launcher, "screenshots", "--out", str(o), *map(str, files)]
    variants = {"target/offerkit": screenshots(str(LAUNCHER))}
    if not args.no_plain:
        variants["java -jar"] = lambda files, o: ["java", "-jar", str(JAR), "screenshots", "--out", str(o),
                                                  *map(str, files)]
    if args.baseline:
        variants["baseline"] = screenshots(str(Path(args.baseline).resolve()))
    variants["imagemagick"] = imagemagick_cmd

    load_before = os.getloadavg()[0]
    times = {(v, s): [] for v in variants for s in sets}
    cpu = {(v, s): [] for v in variants for s in sets}
    for rnd in range(args.rounds):
        order = list(variants)[rnd % len(variants):] + list(variants)[:rnd % len(variants)]
        for set_name, files in sets.items():
            for v in order:
                target = out / "run" / v.replace("/", "-").replace(" ", "") / set_name.split()[0]
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir(parents=True)
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                run(variants[v](files, target))
                times[(v, set_name)].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[(v, set_name)].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)

    lines = [f"{args.rounds} interleaved rounds; load average (1 min) {load_before:.2f} before, "
             f"{os.getloadavg()[0]:.2f} after.", "",
             "| set | variant | median | p25 | min | CPU | / ImageMagick |", "|---|---|---|---|---|---|---|"]
    for set_name in sets:
        im = statistics.median(times[("imagemagick", set_name)])
        for v in variants:
            t = times[(v, set_name)]
            q1 = statistics.quantiles(t, n=4)[0] if len(t) >= 4 else min(t)
            med = statistics.median(t)
            lines.append(f"| {set_name} | {v} | {med:.2f} s | {q1:.2f} s | {min(t):.2f} s | "
                         f"{statistics.median(cpu[(v, set_name)]):.2f} s | {med / im:.2f}x |")
    report = "\n".join(lines)
    print(report)
    (out / "results.md").write_text(report + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""OfferKit start-up against a bare JavaFX window: process start to first frame, alternating in one run.

Each variant runs in its own `xvfb-run` (software pipeline), one after the other, and the order rotates every round,
so machine noise hits every variant alike. Every process measures itself with io.offerkit.ui.app.StartupProbe
(milliseconds from the process start the kernel recorded to the first frame): OfferKit prints `startup-ms` (the first
frame of its main window: the shell's outline, ShellSkeleton), `shell-ms` (the first frame of the shell's controls:
menu, navigation, status bar) and `opened-ms` (the first frame at which the opened project is usable: the shown
section done with its work, its slots rendered and measured, the checklist judged on them); the bare
window (io.offerkit.ui.bench.BareWindow, an empty 1280x800 stage) prints `startup-ms`.

Variants: `offerkit` and `bare` are plain `java -jar` / `java -cp`; `offerkit-cds` and `bare-cds` add
`-XX:SharedArchiveFile=` with a dynamic AppCDS archive of their own, made by one training run
(`-XX:ArchiveClassesAtExit`) before the rounds (`--no-cds` skips them). `--variant NAME='[VAR=VALUE ...] COMMAND'`
adds any other command that prints the probe's figures, e.g. the installed launcher:
`--variant "installed=/opt/offerkit/bin/OfferKit --print-startup"` (as shipped: with the runtime's archive) and
`--variant "installed-nocds=_JAVA_OPTIONS=-Xshare:off /opt/offerkit/bin/OfferKit --print-startup"`. Needs
`mvn -B package -DskipTests` and `mvn -B test-compile` first.

    python3 bench/startup.py [--rounds 5] [--no-cds] [--cold] [--variant NAME=COMMAND ...] [--out bench/out]

Every OfferKit variant also prints its start-up timeline (`phase NAME=MS THREAD`, io.offerkit.common.StartupTimeline):
the report ends with each one's median per mark. `--cold` drops the page cache before every run (as after a reboot).
The clock is the kernel's: the process's start tick (/proc/self/stat) against /proc/uptime, both from boot.
"""
import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "offerkit.jar"
BARE_CLASSES = ROOT / "target" / "test-classes" / "io" / "offerkit" / "ui" / "bench"
XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]
JAVA = ["java", "-Dprism.order=sw"]


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def bare_jar(out: Path) -> Path:
    """The bare window's classes in a jar: CDS archives only classes from jars, never from a folder."""
    jar = out / "bare-window.jar"
    with zipfile.ZipFile(jar, "w") as z:
        for cls in sorted(BARE_CLASSES.glob("BareWindow*.class")):
            z.write(cls, "io/offerkit/ui/bench/" + cls.name)
    return jar


def commands(out: Path, cds: bool):
    bare_cp = f"{bare_jar(out)}:{JAR}"
    variants = {
        "offerkit": JAVA + ["-jar", str(JAR), "--print-startup"],
        "bare": JAVA + ["-cp", bare_cp, "io.offerkit.ui.bench.BareWindow"],
    }
    launcher = ROOT / "target" / "offerkit"
    if launcher.exists():
        # The launcher `mvn package` writes (tools/make-cli-launcher.sh): the app with its trained archive.
        variants["launcher"] = ["OFFERKIT_JAVA_OPTIONS=-Dprism.order=sw", str(launcher), "--print-startup"]
    if cds:
        for name in ("offerkit", "bare"):
            archive = out / f"{name}.jsa"
            archive.unlink(missing_ok=True)
            train = XVFB + variants[name][:1] + [f"-XX:ArchiveClassesAtExit={archive}"] + variants[name][1:]
            subprocess.run(train, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if not archive.exists():
                sys.exit(f"the training run made no archive {archive}")
            variants[f"{name}-cds"] = variants[name][:1] + [f"-XX:SharedArchiveFile={archive}", "-Xshare:on"] \
                + variants[name][1:]
    return variants


def drop_caches():
    """A cold start, as after a reboot: the kernel's page cache (the JDK, the jars, the archives) emptied first."""
    subprocess.run(["sync"], check=True)
    with open("/proc/sys/vm/drop_caches", "w") as f:
        f.write("3\n")


def run(cmd, cold=False):
    if cold:
        drop_caches()
    env = dict(os.environ)
    while cmd and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", cmd[0]):
        name, value = cmd[0].split("=", 1)
        env[name] = value
        cmd = cmd[1:]
    result = subprocess.run(XVFB + cmd, capture_output=True, text=True, timeout=180, env=env)
    figures = dict(re.findall(r"^(\w+)-ms=(\d+)$", result.stdout, re.MULTILINE))
    if "startup" not in figures:
        sys.exit(f"no startup-ms from {' '.join(cmd)}:\n{result.stdout}\n{result.stderr}")
    # The start-up timeline's marks (StartupTimeline): "phase NAME=MS THREAD".
    for name, ms in re.findall(r"^phase (\S+)=(-?\d+) ", result.stdout, re.MULTILINE):
        figures.setdefault("phase:" + name, ms)
    return {k: int(v) for k, v in figures.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-cds", action="store_true", help="only plain java, no class-data sharing archives")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=COMMAND",
                        help="another command to time in the rounds (leading VAR=VALUE words set its environment)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "out"))
    parser.add_argument("--cold", action="store_true",
                        help="drop the page cache before every run (root: writes /proc/sys/vm/drop_caches)")
    args = parser.parse_args()
    if shutil.which("xvfb-run") is None:
        sys.exit("needs xvfb-run (apt-get install xvfb libgtk-3-0)")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    variants = commands(out, not args.no_cds)
    for extra in args.variant:
        name, command = extra.split("=", 1)
        variants[name] = shlex.split(command)
    names = list(variants)
    seen = {n: [] for n in names}
    loads = [load()]
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            figures = run(variants[name], args.cold)
            seen[name].append(figures)
            print(f"round {r + 1} {name}: " + ", ".join(f"{k}-ms={v}" for k, v in figures.items()), flush=True)
        loads.append(load())

    def series(name, key="startup"):
        return [f[key] for f in seen[name] if key in f]

    lines = [f"{args.rounds} alternating rounds{', each run cold (page cache dropped)' if args.cold else ''}, "
             f"{os.cpu_count()} cores, load average (1/5/15 min) per round: "
             + "; ".join(loads), "",
             "| variant | first frame, ms (each round) | median | ratio to bare (per-round medians) |",
             "|---|---|---|---|"]
    for name in names:
        base = "bare-cds" if name.endswith("-cds") and "bare-cds" in seen else "bare"
        ratios = [a / b for a, b in zip(series(name), series("bare"))]
        ratio = statistics.median(ratios)
        same = ""
        if base != "bare":
            same = f"; to {base}: {statistics.median([a / b for a, b in zip(series(name), series(base))]):.2f}x"
        lines.append(f"| {name} | {', '.join(map(str, series(name)))} | {statistics.median(series(name)):.0f} "
                     f"| {ratio:.2f}x{same} |")
    for key, what in (("shell", "the shell's controls shown (shell-ms)"), ("opened", "sections shown (opened-ms)")):
        for name in names:
            if series(name, key):
                lines.append(f"| {name}: {what} | {', '.join(map(str, series(name, key)))} "
                             f"| {statistics.median(series(name, key)):.0f} "
                             f"| {statistics.median([a / b for a, b in zip(series(name, key), series('bare'))]):.2f}x |")
    # The timeline of each variant that prints one: the median of each mark over the rounds, in the order of the
    # first round's marks (the order can differ between rounds where two threads race).
    for name in names:
        phases = [k for k in seen[name][0] if k.startswith("phase:")] if seen[name] else []
        if phases:
            lines += ["", f"Timeline of {name} (ms from the process start, median of {args.rounds} rounds):", "",
                      "| phase | ms | since the previous |", "|---|---|---|"]
            previous = 0
            for key in sorted(phases, key=lambda k: statistics.median(series(name, k))):
                ms = statistics.median(series(name, key))
                lines.append(f"| {key[len('phase:'):]} | {ms:.0f} | {ms - previous:+.0f} |")
                previous = ms
    text = "\n".join(lines)
    (out / "startup.md").write_text(text + "\n")
    print("\n" + text)


if __name__ == "__main__":
    main()

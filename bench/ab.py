#!/usr/bin/env python3
"""A/B of whole processes: several command variants on one source, interleaved (the order rotates every round).

    ROUNDS=11 python3 bench/ab.py SOURCE "name=command with OUT and SRC" "name2=..." ...

OUT in a command becomes a fresh output path per variant, SRC the source. Prints, per variant, the median, first
quartile and minimum wall time, the ratio of the medians to the first variant, and the median CPU time (user +
system of the process and its children), with the load average before and after. Used for the per-change figures in
docs/performance.md; bench.py is the benchmark against ImageMagick.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main():
    rounds = int(os.environ.get("ROUNDS", "7"))
    src = sys.argv[1]
    variants = []
    for arg in sys.argv[2:]:
        name, cmd = arg.split("=", 1)
        variants.append((name, cmd.split()))
    work = Path(tempfile.mkdtemp(prefix="offerkit-ab-"))
    times = {n: [] for n, _ in variants}
    cpu = {n: [] for n, _ in variants}
    load_before = os.getloadavg()[0]
    for r in range(rounds):
        for name, cmd in variants[r % len(variants):] + variants[:r % len(variants)]:
            out = work / name.replace("/", "_")
            shutil.rmtree(out, ignore_errors=True)
            command = [w.replace("OUT", str(out)).replace("SRC", src) for w in cmd]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    shutil.rmtree(work, ignore_errors=True)
    first = statistics.median(times[variants[0][0]])
    print(f"source {Path(src).name}, {rounds} rounds, load {load_before:.2f} -> {os.getloadavg()[0]:.2f}")
    for name, _ in variants:
        t = times[name]
        q1 = statistics.quantiles(t, n=4)[0] if len(t) >= 4 else min(t)
        print(f"  {name:28s} median {statistics.median(t):.3f} s  p25 {q1:.3f}  min {min(t):.3f}  "
              f"ratio {statistics.median(t) / first:.2f}   cpu median {statistics.median(cpu[name]):.3f} s")


if __name__ == "__main__":
    main()

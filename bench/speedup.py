#!/usr/bin/python3
"""The parallel speed-up of an ensemble's `jobs 2` against `jobs 1` (issue 9).

Trains the same ensemble model with `jobs 1` and with `jobs 2` (the only line that differs),
alternating, --reps times each, and prints the median wall time of each and their ratio, and
checks that both train the same members (their saved networks are equal: the model's time
limits must not bind, or the members differ). Usage (from the project root, after
`mvn -q -DskipTests package`):
    /usr/bin/python3 bench/speedup.py MODEL.bdnn [--reps 3] [--out bench/results/speedup]
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "speedup"))
    args = parser.parse_args()
    folder = os.path.abspath(args.out)
    os.makedirs(folder, exist_ok=True)
    jar_folder = os.path.join(folder, "jar")
    os.makedirs(jar_folder, exist_ok=True)
    shutil.copy(os.path.join(ROOT, "cli", "target", "bdnn.jar"), jar_folder)
    shutil.copytree(os.path.join(ROOT, "cli", "target", "lib"), os.path.join(jar_folder, "lib"), dirs_exist_ok=True)
    jar = os.path.join(jar_folder, "bdnn.jar")
    with open(args.model) as f:
        text = f.read()
    if not re.search(r"^\s*jobs\s+\d+", text, re.M):
        raise SystemExit(f"{args.model} has no 'jobs N' line")
    base = os.path.dirname(os.path.abspath(args.model))
    models = {}
    for jobs in (1, 2):
        # The copy sits beside the original so that relative data paths still resolve.
        path = os.path.join(base, f".speedup-jobs{jobs}.bdnn")
        with open(path, "w") as out:
            out.write(re.sub(r"^(\s*)jobs\s+\d+", rf"\1jobs {jobs}", text, flags=re.M))
        models[jobs] = path
    seconds = {1: [], 2: []}
    loads = []
    try:
        for rep in range(args.reps):
            for jobs in (1, 2):
                network = os.path.join(folder, f"jobs{jobs}-{rep}.json")
                started = time.time()
                proc = subprocess.run(["java", "-jar", jar, "train", models[jobs], "--save", network,
                                       "--no-progress"], capture_output=True, text=True)
                wall = time.time() - started
                if proc.returncode != 0:
                    raise SystemExit(f"jobs {jobs} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
                seconds[jobs].append(wall)
                loads.append(os.getloadavg()[0])
                print(f"jobs {jobs}, repetition {rep + 1}: {wall:.1f} s", flush=True)
    finally:
        for path in models.values():
            os.remove(path)
    same = all(members(os.path.join(folder, f"jobs1-{rep}.json")) == members(os.path.join(folder, f"jobs2-{rep}.json"))
               for rep in range(args.reps))
    one, two = statistics.median(seconds[1]), statistics.median(seconds[2])
    result = {"model": args.model, "seconds_jobs1": seconds[1], "seconds_jobs2": seconds[2], "median_jobs1": one,
              "median_jobs2": two, "speedup": one / two, "same_members": same, "load_average_1min": loads}
    with open(os.path.join(folder, "speedup.json"), "w") as out:
        json.dump(result, out, indent=2)
    print(f"median jobs 1 {one:.1f} s, jobs 2 {two:.1f} s, speed-up {one / two:.2f}; same members: {same}; "
          f"load average {min(loads):.1f}-{max(loads):.1f}")


def members(path):
    with open(path) as f:
        return [m["network"]["layers"] for m in json.load(f)["members"]]


if __name__ == "__main__":
    main()

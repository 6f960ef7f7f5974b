#!/usr/bin/python3
"""Prints the few-shot table of bench/images/fewshot.py's results as Markdown: per data set,
images per class and tool, the median (min-max) test accuracy over the seeds, the median
training accuracy and the median wall-clock seconds per run, with BeMi's published MNIST
figures (Bernardelli et al., on the official MNIST test set) for reference.

Usage: /usr/bin/python3 bench/images/fewshot_table.py [bench/results/fewshot.json]
"""
import json
import os
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BEMI = {("mnist", 10): 0.617, ("mnist", 40): 0.764}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bench", "results", "fewshot.json")
    with open(path) as source:
        records = json.load(source)
    groups = {}
    for record in records:
        key = (record["set"], record["shots"], record["tool"] + ("" if record["tool"] != "bdnn"
                                                                  else " " + record["model"]))
        groups.setdefault(key, []).append(record)
    print("| set | images per class | tool | test accuracy, median (min-max) | train accuracy | seconds per run | runs |")
    print("|---|---|---|---|---|---|---|")
    shown = set()
    order = {"mnist": 0, "fashion": 1}
    for (name, shots, tool) in sorted(groups, key=lambda key: (order.get(key[0], 2),) + key):
        if (name, shots) in BEMI and (name, shots) not in shown:
            shown.add((name, shots))
            print(f"| {name} | {shots} | BeMi (published, official test set) | {BEMI[(name, shots)]:.3f} | | | |")
        runs = groups[(name, shots, tool)]
        failed = [r for r in runs if r.get("exit") != 0 or r.get("test") is None]
        good = [r for r in runs if r not in failed]
        if not good:
            print(f"| {name} | {shots} | {tool} | failed ({len(failed)} runs) | | | {len(runs)} |")
            continue
        tests = [r["test"] for r in good]
        print(f"| {name} | {shots} | {tool} | {statistics.median(tests):.3f} ({min(tests):.3f}-{max(tests):.3f}) "
              f"| {statistics.median(r['train'] for r in good):.3f} "
              f"| {statistics.median(r['seconds'] for r in good):.1f} "
              f"| {len(good)}{'' if not failed else f' (+{len(failed)} failed)'} |")


if __name__ == "__main__":
    main()

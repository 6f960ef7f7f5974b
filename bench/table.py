#!/usr/bin/python3
"""Turns bench/results/results.json (from run.py) into the Markdown tables of docs/benchmarks.md.

Usage: /usr/bin/python3 bench/table.py [bench/results/results.json]
Cells are the median test accuracy over the repetitions and, in brackets, the smallest and the
largest value.
"""
import json
import os
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ["breast-cancer", "iris", "digits", "uniform-n10", "uniform-n100"]
COLUMNS = [("bdnn split, 16", "split16"), ("bdnn split, 50", "split50"), ("bdnn split, 16, 300 s", "split16ls"),
           ("bdnn local search, 16", "ls16"),
           ("MLP 16, 30 epochs", "mlp16_e30"), ("MLP 50, 30 epochs", "mlp50_e30"),
           ("MLP 16, 200 epochs", "mlp16_e200"), ("MLP 50, 200 epochs", "mlp50_e200")]


def cell(values, digits=3):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


MAIN_REPS = {1, 2, 3}


def rep_of(record):
    return int(record["key"].rsplit("_", 1)[1])


def by_prefix(records, prefix, field="test", reps=MAIN_REPS):
    """The field of the records `prefix_r` for the repetitions r in reps (the main experiment's by default)."""
    return [r.get(field) for r in records if r["key"].rsplit("_", 1)[0] == prefix and rep_of(r) in reps]


def confirmation(records):
    """Fresh repetitions (4 and above), run after the method's design was fixed: a blind check."""
    fresh = sorted({rep_of(r) for r in records if rep_of(r) not in MAIN_REPS})
    if not fresh:
        return
    columns = [c for c in COLUMNS if c[1] == "ls16" or c[1].startswith("mlp")]
    print(f"Fresh repetitions {', '.join(map(str, fresh))} (test accuracy, median (min-max)):")
    print()
    print("| data set | " + " | ".join(name for name, _ in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name in SETS:
        cells = [cell(by_prefix(records, f"{name}_{key}", reps=set(fresh))) for _, key in columns]
        if cells[0] != "-":
            print(f"| {name} | " + " | ".join(cells) + " |")
    print()


def ensembles(results):
    """Issue 9: one-vs-one ensembles against local search and the MLPs, on the sets with more than two classes."""
    records = results["bdnn"] + results["mlp"]
    columns = [("ensemble of 8", "ens8"), ("ensemble of 16", "ens16"), ("local search, 16", "ls16"),
               ("MLP 16, 30 epochs", "mlp16_e30"), ("MLP 16, 200 epochs", "mlp16_e200"),
               ("MLP 50, 200 epochs", "mlp50_e200")]
    if not any(r["key"].split("_")[1].startswith("ens") for r in results["bdnn"]):
        return
    print("Ensembles (one-vs-one, hidden width per member), test accuracy, median (min-max):")
    print()
    print("| data set | " + " | ".join(name for name, _ in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name in ("iris", "digits"):
        print(f"| {name} | " + " | ".join(cell(by_prefix(records, f"{name}_{key}")) for _, key in columns) + " |")
    print()
    print("| data set | ensemble of 8, seconds | ensemble of 16, seconds |")
    print("|---|---|---|")
    for name in ("iris", "digits"):
        print(f"| {name} | " + " | ".join(cell(by_prefix(results["bdnn"], f"{name}_{key}", "seconds"), 0)
                                        for key in ("ens8", "ens16")) + " |")
    print()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bench", "results", "results.json")
    with open(path) as f:
        results = json.load(f)
    records = results["bdnn"] + results["mlp"]
    print("| data set | " + " | ".join(name for name, _ in COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name in SETS:
        print(f"| {name} | " + " | ".join(cell(by_prefix(records, f"{name}_{key}")) for _, key in COLUMNS) + " |")
    print()
    print("bdnn wall time per run in seconds, median (min-max), JVM start and data loading included:")
    print()
    print("| data set | split, 16 | split, 50 | split, 16, 300 s | local search, 16 |")
    print("|---|---|---|---|---|")
    for name in SETS:
        times = [cell(by_prefix(results["bdnn"], f"{name}_{key}", "seconds"), 0)
                 for key in ("split16", "split50", "split16ls", "ls16")]
        print(f"| {name} | " + " | ".join(times) + " |")
    print()
    robust = by_prefix(results["bdnn"], "breast-cancer_robust16")
    certified = by_prefix(results["bdnn"], "breast-cancer_robust16", "certified_train")
    certified_test = by_prefix(results["bdnn"], "breast-cancer_robust16", "certified_test")
    print(f"Robust (linf 0.1) bdnn split, 16, breast cancer: test accuracy {cell(robust)}, certified fraction "
          f"of training points {cell(certified)}, of test points {cell(certified_test)}.")
    print()
    attacks = results["attack"]
    eps = [0, 0.5, 1, 1.5, 2]
    print("| breast cancer, random-sign attack | " + " | ".join(f"eps {e}" for e in eps) + " |")
    print("|---" * (len(eps) + 1) + "|")
    for label, key in (("bdnn split 16, robust linf 0.1", "robust16"), ("bdnn split 16", "split16"),
                       ("MLP 16, 30 epochs", "mlp16_e30")):
        rows = [a["accuracy"] for a in attacks if a["key"].rsplit("_", 1)[0] == f"breast-cancer_{key}"]
        print(f"| {label} | " + " | ".join(cell([row[i] for row in rows]) for i in range(len(eps))) + " |")
    print()
    confirmation(records)
    ensembles(results)
    for r in results["bdnn"]:
        if r["key"].startswith("credit-card"):
            print(f"Credit card default ({r['key']}): test accuracy {r.get('test'):.3f}, validation "
                  f"{r.get('validation'):.3f}, {r.get('steps')} MILPs, stopped: {r.get('stop_reason')}, "
                  f"wall time {r['seconds']:.0f} s.")
    for r in results["mlp"]:
        if r["key"].startswith("credit-card"):
            print(f"Credit card MLP ({r['key']}): test accuracy {r['test']:.3f}.")
    mismatches = [r["key"] for r in results["bdnn"] if r.get("forward_pass_matches") is False]
    failures = [r["key"] for r in results["bdnn"] if r["exit"] != 0]
    print()
    print(f"Runs: {len(results['bdnn'])} bdnn, {len(results['mlp'])} MLP; forward-pass mismatches: "
          f"{mismatches or 'none'}; failed runs: {failures or 'none'}; total {results['seconds']:.0f} s.")


if __name__ == "__main__":
    main()

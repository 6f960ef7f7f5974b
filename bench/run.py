#!/usr/bin/python3
"""The issue-4 benchmark: bdnn's training methods against scikit-learn's MLPClassifier.

Every repetition shuffles each data set with a fixed seed and writes it in the order
[train | validation | test] (50/25/25); bdnn reads that file with an `ordered` split and the MLP
gets exactly the same rows, both scaled by min-max fitted on the training rows. Seeds are fixed
(repetition r uses seed r everywhere), so a rerun repeats the same experiment; MILP time limits
make bdnn's results depend a little on the machine's speed.

Usage (from the project root, after `mvn -q -DskipTests install`):
    /usr/bin/python3 bench/run.py [--reps 3] [--jobs 2] [--out bench/results] [--quick] [--only _ls16_]

Needs Debian's python3-sklearn (apt-get install -y python3-sklearn); used for benchmarks only.
"""
import argparse
import concurrent.futures
import copy
import json
import math
import os
import shutil
import subprocess
import sys
import time

import numpy as np
from sklearn.neural_network import MLPClassifier

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATASETS = os.path.join(os.path.dirname(ROOT), "shared", "datasets")

# name: (file pattern, delimiter, header); {rep} picks the uniform file of a repetition.
SETS = {
    "breast-cancer": ("breast-cancer-wisconsin.csv", ";", False),
    "iris": ("iris.csv", ",", True),
    "digits": ("digits.csv", ",", True),
    "uniform-n10": ("uniform-n10-m1000-{rep}.csv", ";", False),
    "uniform-n100": ("uniform-n100-m200-{rep}.csv", ";", False),
}
ATTACK_EPS = [0, 0.5, 1, 1.5, 2]
# The ensembles (issue 9) on the sets with more than two classes: key -> (hidden, method, extra train lines).
ENSEMBLE_SETS = ("iris", "digits")
ENSEMBLES = {
    "ens8": (8, "local_search rounds 20 neurons seed {rep}", ""),
    "ens16": (16, "local_search rounds 20 neurons seed {rep}", ""),
    "ens8l1": (8, "local_search rounds 20 neurons seed {rep}", "regularize l1 0.01"),
}


def load(name, rep):
    pattern, delimiter, header = SETS[name]
    path = os.path.join(DATASETS, pattern.format(rep=rep % 10))
    data = np.loadtxt(path, delimiter=delimiter, skiprows=1 if header else 0)
    return data[:, :-1], data[:, -1].astype(int)


def sizes(m):
    """bdnn's split sizes: train round(0.5 m), validation round(0.25 m), test the rest (Java rounding)."""
    train = min(m, math.floor(0.5 * m + 0.5))
    validation = min(m - train, math.floor(0.25 * m + 0.5))
    return train, validation, m - train - validation


def prepare(name, rep, folder):
    """Shuffles with seed rep, writes the ordered CSV, returns (path, splits of raw x and y)."""
    x, y = load(name, rep)
    order = np.random.default_rng(rep).permutation(len(y))
    x, y = x[order], y[order]
    path = os.path.join(folder, f"{name}-{rep}.csv")
    with open(path, "w") as out:
        for row, label in zip(x, y):
            out.write(";".join(repr(float(v)) for v in row) + ";" + str(int(label)) + "\n")
    a, b, _ = sizes(len(y))
    return path, (x[:a], y[:a]), (x[a:a + b], y[a:a + b]), (x[a + b:], y[a + b:])


def model_text(name, csv, hidden, method, solver, robust=""):
    return f"""model {name.replace('-', '_')}
data {{
  csv "{csv}" delimiter ";" header false label last
  scale minmax
  split train 0.5 validation 0.25 test 0.25 ordered
}}
network {{
  layer hidden: {hidden} step
  layer output: classes step
  weights integer in [-1, 1]
  bias continuous
}}
train {{
  loss hamming
  method {method}
  {robust}
  solver {solver}
}}
"""


def run_bdnn(job):
    """Runs `bdnn train` for one job and returns its record."""
    jar, folder, key, text = job
    model = os.path.join(folder, "models", key + ".bdnn")
    report = os.path.join(folder, "reports", key + ".json")
    network = os.path.join(folder, "networks", key + ".json")
    with open(model, "w") as out:
        out.write(text)
    started = time.time()
    proc = subprocess.run(["java", "-jar", jar, "train", model, "--report", report, "--save", network,
                           "--no-progress"], capture_output=True, text=True)
    seconds = time.time() - started
    with open(os.path.join(folder, "logs", key + ".log"), "w") as log:
        log.write(proc.stdout + "\n--- stderr\n" + proc.stderr)
    record = {"key": key, "exit": proc.returncode, "seconds": seconds}
    if os.path.exists(report):
        with open(report) as f:
            rep = json.load(f)
        if "ensemble" in rep:  # an ensemble's report: splits, and one entry per member
            for split in ("train", "validation", "test"):
                record[split] = rep["splits"][split]["accuracy"] if split in rep["splits"] else None
            record["forward_pass_matches"] = all(m["forward_pass_matches"] for m in rep["members"])
            record["steps"] = sum(m.get("steps", 0) for m in rep["members"])
            record["members"] = len(rep["members"])
            record["stop_reason"] = "ensemble complete" if rep["ensemble"]["complete"] else "partial"
        else:
            for split in ("train", "validation", "test"):
                record[split] = rep[split]["accuracy"] if rep.get(split) else None
            record["forward_pass_matches"] = rep.get("forward_pass_matches")
            record["steps"] = len(rep.get("rounds", []))
            record["stop_reason"] = rep.get("stop_reason")
        if "certification" in rep:
            record["certified_train"] = rep["certification"]["train_fraction"]
            record["certified_test"] = rep["certification"].get("test_fraction")
    return record


def minmax(train_x):
    low = train_x.min(axis=0)
    span = train_x.max(axis=0) - low
    span[span == 0] = 1.0
    return lambda x: (x - low) / span


def mlp(train, validation, test, hidden, epochs, seed):
    """Adam, learning rate 1e-3, batch 64, `epochs` epochs; the epoch with the best validation accuracy is kept."""
    scale = minmax(train[0])
    classes = np.unique(np.concatenate([train[1], validation[1], test[1]]))
    net = MLPClassifier(hidden_layer_sizes=(hidden,), activation="relu", solver="adam", learning_rate_init=1e-3,
                        batch_size=64, random_state=seed, shuffle=True)
    best, best_accuracy = None, -1.0
    for _ in range(epochs):
        net.partial_fit(scale(train[0]), train[1], classes=classes)
        accuracy = net.score(scale(validation[0]), validation[1])
        if accuracy > best_accuracy:
            best, best_accuracy = copy.deepcopy(net), accuracy
    return best, scale


def attack(predict, raw_x, y, eps, repeats, seed):
    """Mean accuracy under x + eps * random signs (raw units), over `repeats` draws."""
    rng = np.random.default_rng(seed)
    draws = 1 if eps == 0 else repeats
    accuracies = []
    for _ in range(draws):
        signs = rng.choice([-1.0, 1.0], size=raw_x.shape)
        accuracies.append(float(np.mean(predict(raw_x + eps * signs) == y)))
    return float(np.mean(accuracies))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--first-rep", type=int, default=1,
                        help="the first repetition (seed); 4 with --reps 3 runs fresh repetitions 4, 5, 6")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results"))
    parser.add_argument("--quick", action="store_true", help="tiny limits, to test the script")
    parser.add_argument("--no-credit", action="store_true", help="skip the credit card scale run")
    parser.add_argument("--only", help="run only the bdnn jobs whose key contains one of these comma-separated "
                        "texts (such as _ls16_ or digits_ls16,iris_ls16) "
                        "and merge their records into an existing results.json, keeping the rest")
    parser.add_argument("--credit-mlp-only", action="store_true",
                        help="only the MLP baselines on the credit card split, into credit-mlp.json")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    folder = os.path.abspath(args.out)
    for sub in ("data", "models", "reports", "networks", "logs", "jar"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    if args.credit_mlp_only:
        with open(os.path.join(folder, "credit-mlp.json"), "w") as out:
            json.dump(credit_mlp(folder), out, indent=2)
        return 0
    # A private copy of the jar, so that rebuilding the project meanwhile cannot disturb the runs.
    jar_folder = os.path.join(folder, "jar")
    shutil.copy(os.path.join(ROOT, "cli", "target", "bdnn.jar"), jar_folder)
    shutil.copytree(os.path.join(ROOT, "cli", "target", "lib"), os.path.join(jar_folder, "lib"), dirs_exist_ok=True)
    jar = os.path.join(jar_folder, "bdnn.jar")

    limit, per_mip, splits = ("20s", "3s", 3) if args.quick else ("120s", "10s", 20)
    ls_limit = "20s" if args.quick else "300s"
    jobs, splits_of = [], {}
    if not args.no_credit:
        credit = prepare_credit(folder)[0]
        solver = "scip time 840s per_mip 30s gap 0.0001 threads 1 seed 1"
        jobs.append((jar, folder, "credit-card_split16_1", model_text(
            "credit", credit, 16, f"split kmeans max_splits {splits} batch 64 restarts 10 seed 1", solver)))
    for rep in range(args.first_rep, args.first_rep + args.reps):
        for name in SETS:
            csv, train, validation, test = prepare(name, rep, os.path.join(folder, "data"))
            splits_of[(name, rep)] = (train, validation, test)
            solver = f"scip time {limit} per_mip {per_mip} gap 0.0001 threads 1 seed {rep}"
            split = f"split kmeans max_splits {splits} batch 64 restarts 10 seed {rep}"
            for hidden in (16, 50):
                jobs.append((jar, folder, f"{name}_split{hidden}_{rep}", model_text(name, csv, hidden, split, solver)))
            ls_solver = f"scip time {ls_limit} per_mip 5s gap 0.0001 threads 1 seed {rep}"
            if name == "digits":
                # Data splitting with the local-search budget (issue 9: many classes).
                jobs.append((jar, folder, f"{name}_split16ls_{rep}", model_text(name, csv, 16, split, ls_solver)))
            jobs.append((jar, folder, f"{name}_ls16_{rep}", model_text(
                name, csv, 16, f"local_search rounds 20 neurons seed {rep}", ls_solver)))
            if name in ENSEMBLE_SETS:
                # 900 s for the whole ensemble, shared by its members two at a time (jobs 2, a thread each).
                ens_solver = f"scip time {'60s' if args.quick else '900s'} per_mip 5s gap 0.0001 threads 2 seed {rep}"
                for kind, (hidden, method, extra) in ENSEMBLES.items():
                    lines = "ensemble one_vs_one vote majority\n  jobs 2" + ("\n  " + extra if extra else "")
                    jobs.append((jar, folder, f"{name}_{kind}_{rep}", model_text(
                        name, csv, hidden, method.format(rep=rep), ens_solver, robust=lines)))
            if name == "breast-cancer":
                jobs.append((jar, folder, f"{name}_robust16_{rep}",
                             model_text(name, csv, 16, split, solver, robust="robust linf 0.1")))
    if args.only:
        jobs = [job for job in jobs if any(part in job[2] for part in args.only.split(","))]
    started = time.time()
    records = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for record in pool.map(run_bdnn, jobs):
            print(f"[{time.time() - started:7.1f}s] {record['key']}: test {record.get('test')}, "
                  f"{record['seconds']:.1f}s, exit {record['exit']}", flush=True)
            records.append(record)
    if args.only:
        touched = {job[2].rsplit("_", 2)[0] + "_" + job[2].rsplit("_", 1)[1] for job in jobs}
        baselines = [b for (name, rep), splits in sorted(splits_of.items()) if f"{name}_{rep}" in touched
                     for b in mlp_baselines(name, rep, splits)]
        merge(folder, records, baselines)
        return 0
    baselines = [b for (name, rep), splits in sorted(splits_of.items()) for b in mlp_baselines(name, rep, splits)]
    if not args.no_credit:
        baselines += credit_mlp(folder)
    attacks = attack_table(jar, folder, splits_of, args.reps)
    with open(os.path.join(folder, "results.json"), "w") as out:
        json.dump({"bdnn": records, "mlp": baselines, "attack": attacks,
                   "seconds": time.time() - started}, out, indent=2)
    print(f"done in {time.time() - started:.0f} s; results in {folder}/results.json")


def mlp_baselines(name, rep, splits):
    """The MLP records (16 and 50 hidden, 30 and 200 epochs) of one data set and repetition."""
    train, validation, test = splits
    rows = []
    for hidden in (16, 50):
        for epochs in (30, 200):
            t0 = time.time()
            net, scale = mlp(train, validation, test, hidden, epochs, rep)
            rows.append({"key": f"{name}_mlp{hidden}_e{epochs}_{rep}",
                         "test": float(net.score(scale(test[0]), test[1])),
                         "validation": float(net.score(scale(validation[0]), validation[1])),
                         "seconds": time.time() - t0})
    return rows


def merge(folder, records, baselines):
    """Replaces the records of the same keys in results.json (the rest of the experiment is kept)."""
    path = os.path.join(folder, "results.json")
    with open(path) as f:
        results = json.load(f)
    for part, fresh in (("bdnn", records), ("mlp", baselines)):
        keys = {record["key"] for record in fresh}
        results[part] = [r for r in results[part] if r["key"] not in keys] + fresh
    with open(path, "w") as out:
        json.dump(results, out, indent=2)
    print(f"merged {len(records)} bdnn and {len(baselines)} MLP records into {path}")


def credit_mlp(folder):
    """The MLP baselines (16 hidden, 30 and 200 epochs) on the credit card split of repetition 1."""
    _, train, validation, test = prepare_credit(folder)
    rows = []
    for epochs in (30, 200):
        t0 = time.time()
        net, scale = mlp(train, validation, test, 16, epochs, 1)
        rows.append({"key": f"credit-card_mlp16_e{epochs}_1", "test": float(net.score(scale(test[0]), test[1])),
                     "validation": float(net.score(scale(validation[0]), validation[1])),
                     "seconds": time.time() - t0})
    return rows


def prepare_credit(folder):
    return prepare_file("credit-card", "credit-card-default.csv", ";", False, 1, folder)


def prepare_file(name, file, delimiter, header, rep, folder):
    SETS[name] = (file, delimiter, header)
    try:
        return prepare(name, rep, os.path.join(folder, "data"))
    finally:
        del SETS[name]


def attack_table(jar, folder, splits_of, reps):
    """Random-sign attack on breast cancer: robust and plain bdnn (bdnn evaluate) and the MLP, per repetition."""
    rows = []
    for rep in range(1, reps + 1):
        train, validation, test = splits_of[("breast-cancer", rep)]
        for kind in ("split16", "robust16"):
            key = f"breast-cancer_{kind}_{rep}"
            network = os.path.join(folder, "networks", key + ".json")
            report = os.path.join(folder, "reports", key + "-attack.json")
            if not os.path.exists(network):
                continue
            subprocess.run(["java", "-jar", jar, "evaluate", os.path.join(folder, "models", key + ".bdnn"),
                            "--network", network, "--attack", "random-sign",
                            "--eps", ",".join(str(e) for e in ATTACK_EPS), "--repeat", "10", "--seed", str(rep),
                            "--report", report], capture_output=True, text=True)
            with open(report) as f:
                result = json.load(f)
            rows.append({"key": key, "accuracy": [a["mean_accuracy"] for a in result["attack"]]})
        net, scale = mlp(train, validation, test, 16, 30, rep)
        rows.append({"key": f"breast-cancer_mlp16_e30_{rep}",
                     "accuracy": [attack(lambda x: net.predict(scale(x)), test[0], test[1], e, 10, rep)
                                  for e in ATTACK_EPS]})
    return rows


if __name__ == "__main__":
    sys.exit(main())

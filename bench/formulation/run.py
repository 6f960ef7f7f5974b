#!/usr/bin/python3
"""The formulation benchmark (issue 10; not a test, see docs/benchmarks.md).

Builds a corpus of small exact-training instances, writes each in every formulation under test
(`method exact` = bdnn's default, `method exact formulation paper` = Kurtz & Bah's M values, and
each option), and solves every file single-threaded with a time limit by CBC (the MPS file, run by
the `cbc` executable) and by SCIP through OR-Tools (the project's backend, FormulationBench.java).
Records time to proven optimum, nodes, the LP relaxation bound (GLOP on the same model: load
independent) and the optimum. The formulations of one instance run back to back, so their time
ratios see the same machine load. Every proven optimum must agree across formulations: a
disagreement makes the run fail (exit code 1).

Solver settings (SCIP emphasis parameters, CBC preprocessing) run on the default formulation as
separate columns (--settings), never mixed with a formulation's effect.

Usage (from the project root, after `mvn -B -ntp -q -DskipTests package`):
    /usr/bin/python3 bench/formulation/run.py [--limit 60] [--only bc40] [--forms default,paper]
        [--settings scip-optimality,cbc-preprocess-off]
Writes bench/formulation/results/results.json and prints the table of docs/benchmarks.md.
"""
import argparse
import csv
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "bench", "formulation")
TARGET = os.path.join(HERE, "target")
DATASETS = os.path.join(os.path.dirname(ROOT), "shared", "datasets")
CP = os.path.join(ROOT, "cli", "target", "bdnn.jar") + ":" + os.path.join(ROOT, "cli", "target", "lib", "*")

# Formulation name -> the words after `method exact`.
FORMULATIONS = {
    "default": "",
    "paper": "formulation paper",
    "merge": "merge_samples",
    "symmetry": "symmetry",
    "indicators": "indicators",
    "patterns": "patterns",
    "no_patterns": "no_patterns",
}

# Formulations only SCIP can solve: CBC reads no indicator constraints (it rejects the MPS file's
# INDICATORS section), so its cells are "n/a".
SCIP_ONLY = {"indicators"}

# Solver settings, each solved on the default formulation by one solver (docs/benchmarks.md): SCIP
# through OR-Tools' parameter string (name = value pairs only: SCIP's emphasis is no parameter, so a
# column sets the parameters that SCIPsetEmphasis sets, as far as they are single parameters), CBC
# by its command line. Compared with the default formulation under the solver's defaults.
INT_MAX_4 = 2147483647 // 4
SETTINGS = {
    # SCIP_PARAMEMPHASIS_OPTIMALITY's branching part (more strong branching); its other part,
    # separating "aggressive", is a meta setting over every separator that the string cannot name.
    "scip-optimality": ("scip", ";".join([
        "branching/fullstrong/maxdepth = 10",
        "branching/fullstrong/priority = %d" % INT_MAX_4,
        "branching/fullstrong/maxbounddist = 0",
        "branching/relpscost/sbiterquot = 1",
        "branching/relpscost/sbiterofs = 1000000",
        "branching/relpscost/maxreliable = 10",
        "branching/relpscost/usehyptestforreliability = TRUE"])),
    # SCIP_PARAMEMPHASIS_FEASIBILITY without its heuristics meta setting: fewer separation rounds,
    # the expensive separators off, depth-first (restarting) node selection.
    "scip-feasibility": ("scip", ";".join([
        "separating/maxrounds = 1",
        "separating/maxroundsroot = 5",
        "separating/aggregation/freq = -1",
        "separating/mcf/freq = -1",
        "nodeselection/restartdfs/stdpriority = %d" % INT_MAX_4])),
    # SCIP's own symmetry handling off (docs/benchmarks.md: it is why the symmetry rows do not help).
    "scip-nosymmetry": ("scip", "misc/usesymmetry = 0"),
    # CBC's integer preprocessing: the default is "sos"; "on" without SOS detection; "off".
    "cbc-preprocess-on": ("cbc", ["-preprocess", "on"]),
    "cbc-preprocess-off": ("cbc", ["-preprocess", "off"]),
}


def read_rows(name, delimiter, header):
    with open(os.path.join(DATASETS, name)) as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    return rows[1:] if header else rows


def write_csv(name, rows):
    path = os.path.join(TARGET, "data", name + ".csv")
    with open(path, "w", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def xor_points(n, seed):
    """n points around the corners of the unit square, labelled XOR, a tenth of the labels flipped."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        a, b = i % 2, (i // 2) % 2
        label = a ^ b if rng.random() > 0.1 else 1 - (a ^ b)
        rows.append(["%.3f" % (a + rng.gauss(0, 0.2)), "%.3f" % (b + rng.gauss(0, 0.2)), str(label)])
    return rows


def datasets():
    """name -> csv path: the corpus's data, written once."""
    os.makedirs(os.path.join(TARGET, "data"), exist_ok=True)
    sets = {}
    bc = read_rows("breast-cancer-wisconsin.csv", ";", False)
    for n in (40, 60, 80):
        sets["bc%d" % n] = write_csv("bc%d" % n, bc[:n])
    iris = read_rows("iris.csv", ",", True)
    sets["iris15"] = write_csv("iris15", iris[0:5] + iris[50:55] + iris[100:105])
    uniform = read_rows("uniform-n10-m1000-0.csv", ";", False)
    sets["uniform16"] = write_csv("uniform16", uniform[:16])
    digits = read_rows("digits.csv", ",", True)
    sets["digits38"] = write_csv("digits38", [r for r in digits if r[-1] == "3"][:6]
                                 + [r for r in digits if r[-1] == "8"][:6])
    sets["xor12"] = write_csv("xor12", xor_points(12, 7))
    sets["xor16"] = write_csv("xor16", xor_points(16, 3))
    sets["iris24"] = write_csv("iris24", iris[0:8] + iris[50:58] + iris[100:108])
    sets["iris30"] = write_csv("iris30", iris[0:10] + iris[50:60] + iris[100:110])
    sets["xor20"] = write_csv("xor20", xor_points(20, 11))
    return sets


# (instance name, data set, scale, hidden width, weights, bias)
CORPUS = [
    ("bc40-h1-int", "bc40", "none", 1, "integer in [-1, 1]", "integer"),
    ("bc60-h2-int", "bc60", "none", 2, "integer in [-1, 1]", "integer"),
    ("bc80-h2-cont", "bc80", "minmax", 2, "continuous in [-1, 1]", "continuous"),
    ("iris15-h1-int", "iris15", "none", 1, "integer in [-1, 1]", "integer"),
    ("iris15-h2-cont", "iris15", "minmax", 2, "continuous in [-1, 1]", "continuous"),
    ("uniform16-h1-int", "uniform16", "minmax", 1, "integer in [-1, 1]", "integer"),
    ("digits38-h1-int", "digits38", "none", 1, "integer in [-1, 1]", "integer"),
    ("xor12-h1-cont", "xor12", "none", 1, "continuous in [-1, 1]", "continuous"),
    ("xor12-h2-cont", "xor12", "none", 2, "continuous in [-1, 1]", "continuous"),
    ("xor16-h3-int", "xor16", "minmax", 3, "integer in [-1, 1]", "continuous"),
    ("xor12-h4-cont", "xor12", "none", 4, "continuous in [-1, 1]", "integer"),
    ("iris24-h1-int", "iris24", "none", 1, "integer in [-1, 1]", "integer"),
    ("iris30-h2-cont", "iris30", "minmax", 2, "continuous in [-1, 1]", "continuous"),
    ("iris24-h3-int", "iris24", "minmax", 3, "integer in [-1, 1]", "continuous"),
    ("xor20-h2-cont", "xor20", "none", 2, "continuous in [-1, 1]", "continuous"),
    ("iris24-h2-int", "iris24", "none", 2, "integer in [-1, 1]", "integer"),
]


def model_file(instance, data, formulation):
    name, _, scale, hidden, weights, bias = instance
    path = os.path.join(TARGET, "models", "%s--%s.bdnn" % (name, formulation))
    text = """model %s

data {
  csv "%s" delimiter ";" header false label last
  scale %s
  split none
}

network {
  layer hidden: %d step
  layer output: classes step
  weights %s
  bias %s
}

train {
  loss hamming
  method exact %s
  solver scip
}
""" % (re.sub(r"\W", "_", name), data, scale, hidden, weights, bias, FORMULATIONS[formulation])
    with open(path, "w") as f:
        f.write(text)
    return path


def run_scip(model, mps, limit, settings=""):
    out = subprocess.run(["java", "-cp", CP + ":" + os.path.join(TARGET, "classes"),
                          "io.bdnn.backends.ortools.FormulationBench", model, mps, str(limit)]
                         + ([settings] if settings else []),
                         capture_output=True, text=True)
    line = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if not line:
        raise RuntimeError("FormulationBench failed on %s:\n%s" % (model, out.stderr[-3000:]))
    return json.loads(line[-1])


def run_cbc(mps, limit, constant, extra=()):
    started = time.time()
    out = subprocess.run(["cbc", mps, "-threads", "1", "-timeMode", "elapsed", "-sec", str(limit), "-ratioGap", "0", "-allowableGap", "0"]
                         + list(extra) + ["-solve", "-quit"], capture_output=True, text=True).stdout
    wall = time.time() - started
    def number(pattern):
        m = re.search(pattern, out)
        return float(m.group(1)) if m else None
    optimal = "Result - Optimal solution found" in out
    objective = number(r"Objective value:\s+(\S+)")
    return {
        "cbc_status": "OPTIMAL" if optimal else ("FEASIBLE" if objective is not None else "NONE"),
        "cbc_seconds": wall,
        "cbc_objective": None if objective is None else objective + constant,
        "cbc_nodes": number(r"Enumerated nodes:\s+(\d+)"),
        "cbc_root": None if number(r"Continuous objective value is (\S+)") is None
        else number(r"Continuous objective value is (\S+)") + constant,
    }


def run_setting(instance, sets, name, limit, default):
    """One solver setting on the default formulation: only that solver runs, the other's cells are None."""
    solver, value = SETTINGS[name]
    model = model_file(instance, sets[instance[1]], "default")
    mps = os.path.join(TARGET, "mps", os.path.basename(model).replace(".bdnn", ".mps"))
    record = {key: default[key] for key in ("binaries", "rows", "columns", "nonzeros", "constant", "lp")}
    none = {"_status": "N/A", "_seconds": None, "_objective": None, "_nodes": None}
    if solver == "scip":
        result = run_scip(model, mps, limit, value)
        if result["settings"] == "rejected":
            raise RuntimeError("SCIP rejected the settings of " + name)
        record.update({key: result[key] for key in ("scip_status", "scip_seconds", "scip_objective", "scip_nodes")})
        record.update({"cbc" + key: v for key, v in none.items()})
    else:
        record.update(run_cbc(mps, limit, default["constant"], value))
        record.update({"scip" + key: v for key, v in none.items()})
    record.update({"instance": instance[0], "formulation": name, "setting": True, "solver": solver})
    print("%-22s %-18s %s %-8s %7.2fs %s nodes obj %s" % (instance[0], name, solver, record[solver + "_status"],
          record[solver + "_seconds"], record[solver + "_nodes"], record[solver + "_objective"]), flush=True)
    return record


def build():
    os.makedirs(os.path.join(TARGET, "classes"), exist_ok=True)
    subprocess.run(["javac", "-nowarn", "-cp", CP, "-d", os.path.join(TARGET, "classes"),
                    os.path.join(HERE, "FormulationBench.java")], check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=60)
    parser.add_argument("--only", default="")
    parser.add_argument("--forms", default=",".join(FORMULATIONS))
    parser.add_argument("--settings", default=",".join(SETTINGS), help="solver settings on the default formulation"
                        " (empty: none)")
    parser.add_argument("--out", default=os.path.join(HERE, "results", "results.json"))
    args = parser.parse_args()
    forms = args.forms.split(",")
    settings = [name for name in args.settings.split(",") if name]
    os.makedirs(os.path.join(TARGET, "models"), exist_ok=True)
    os.makedirs(os.path.join(TARGET, "mps"), exist_ok=True)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    build()
    sets = datasets()
    print("machine: %d cores; load before the run: %s" % (os.cpu_count(), open("/proc/loadavg").read().split()[:3]),
          flush=True)
    results = []
    failed = False
    for instance in CORPUS:
        if args.only and args.only not in instance[0]:
            continue
        rows = {}
        for form in forms:
            model = model_file(instance, sets[instance[1]], form)
            mps = os.path.join(TARGET, "mps", os.path.basename(model).replace(".bdnn", ".mps"))
            same = rows.get("default")
            if same and form not in ("default", "paper"):
                sizes = run_scip(model, mps, 0)
                if all(same[key] == sizes[key] for key in ("binaries", "rows", "nonzeros")):
                    # The option changed nothing on this instance: the default's model, not solved again.
                    record = dict(same, unchanged=True, formulation=form)
                    rows[form] = record
                    results.append(record)
                    print("%-22s %-8s unchanged" % (instance[0], form), flush=True)
                    continue
            record = run_scip(model, mps, args.limit)
            if form in SCIP_ONLY:
                record.update({"cbc_status": "N/A", "cbc_seconds": None, "cbc_objective": None, "cbc_nodes": None,
                               "cbc_root": None})
            else:
                record.update(run_cbc(mps, args.limit, record["constant"]))
            record.update({"instance": instance[0], "formulation": form})
            rows[form] = record
            results.append(record)
            print("%-22s %-8s bin %5d rows %6d lp %8.3f | scip %-8s %7.2fs %7d nodes obj %s | cbc %-8s %s s %s nodes"
                  " obj %s" % (instance[0], form, record["binaries"], record["rows"], record["lp"] if record["lp"] is not None else float("nan"),
                               record["scip_status"], record["scip_seconds"], record["scip_nodes"],
                               record["scip_objective"], record["cbc_status"],
                               "-" if record["cbc_seconds"] is None else "%.2f" % record["cbc_seconds"],
                               record["cbc_nodes"], record["cbc_objective"]), flush=True)
        if "default" in rows:
            for name in settings:
                record = run_setting(instance, sets, name, args.limit, rows["default"])
                rows[name] = record
                results.append(record)
        proven = {}
        for form, r in rows.items():
            for solver in ("scip", "cbc"):
                if r[solver + "_status"] == "OPTIMAL":
                    proven[(form, solver)] = round(r[solver + "_objective"], 6)
        if len(set(proven.values())) > 1:
            print("DISAGREEMENT on %s: %s" % (instance[0], proven), flush=True)
            failed = True
        with open(args.out + ".tmp", "w") as f:
            json.dump({"limit": args.limit, "results": results}, f, indent=1)
        os.replace(args.out + ".tmp", args.out)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Markdown tables of the formulation benchmark (bench/formulation/results/results.json).

Per instance: optimum, LP relaxation bound, binaries and rows, and per solver the time to proven
optimum and the nodes of each formulation; then per formulation and solver the median ratio of
the paper formulation's time to its own (spread: min and max over instances); then the solver
settings (SCIP emphasis parameters, CBC preprocessing) on the default formulation, per instance
and as the ratio of the default settings' time to theirs. "n/a" where a solver cannot take a
formulation (CBC and indicator rows) or did not run (the other solver of a setting). A solve stopped by
the time limit counts as the limit, so a ratio against it is a bound (marked >= or <=).

    /usr/bin/python3 bench/formulation/table.py [results.json]
"""
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt(value, digits=2):
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e9:
        return str(int(value))
    return ("%." + str(digits) + "f") % value


def solved_by(record, solver):
    """Whether the solver ran on this record ("N/A": CBC on indicators, the other solver of a setting)."""
    return record.get(solver + "_status") not in (None, "N/A")


def time_of(record, solver, limit):
    proven = record[solver + "_status"] == "OPTIMAL"
    return (record[solver + "_seconds"] if proven else limit), proven


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "results", "results.json")
    data = json.load(open(path))
    limit = data["limit"]
    by_instance = {}
    for r in data["results"]:
        by_instance.setdefault(r["instance"], {})[r["formulation"]] = r
    forms = []
    settings = []
    for r in data["results"]:
        names = settings if r.get("setting") else forms
        if r["formulation"] not in names:
            names.append(r["formulation"])
    print("| instance | optimum | formulation | binaries | rows | LP bound | SCIP s | SCIP nodes | CBC s | CBC nodes |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, rows in by_instance.items():
        optimum = None
        for r in rows.values():
            for solver in ("scip", "cbc"):
                if r.get(solver + "_status") == "OPTIMAL":
                    optimum = r[solver + "_objective"]
        for form in forms:
            r = rows.get(form)
            if r is None:
                continue
            if r.get("unchanged"):
                print("| %s | | %s | = default | | | | | | |" % (name, form))
                continue
            cells = [name, fmt(optimum, 0), form, str(r["binaries"]), str(r["rows"]), fmt(r["lp"], 3)]
            for solver in ("scip", "cbc"):
                if not solved_by(r, solver):
                    cells += ["n/a", "n/a"]
                    continue
                t, proven = time_of(r, solver, limit)
                cells.append(fmt(t) if proven else ">%s" % fmt(limit, 0))
                cells.append(fmt(r.get(solver + "_nodes"), 0))
            print("| " + " | ".join(cells) + " |")
    print()
    print("Ratio of the paper formulation's time to proven optimum to each formulation's (> 1: faster than"
          " the paper's), median (min - max) over the instances; `n` counts the instances, `both` those where both"
          " proved the optimum within %s s." % fmt(limit, 0))
    print()
    print("| formulation | SCIP median | SCIP min - max | n (both) | CBC median | CBC min - max | n (both) |")
    print("|---|---|---|---|---|---|---|")
    for form in forms:
        if form == "paper":
            continue
        cells = [form]
        for solver in ("scip", "cbc"):
            ratios = []
            both = 0
            for rows in by_instance.values():
                if form not in rows or "paper" not in rows or not solved_by(rows[form], solver):
                    continue
                tp, pp = time_of(rows["paper"], solver, limit)
                tf, pf = time_of(rows[form], solver, limit)
                if not pp and not pf:
                    continue
                both += pp and pf
                ratios.append(tp / max(tf, 1e-3))
            if ratios:
                cells += [fmt(statistics.median(ratios)), "%s - %s" % (fmt(min(ratios)), fmt(max(ratios))),
                          "%d (%d)" % (len(ratios), both)]
            else:
                cells += ["n/a", "n/a", "0"]
        print("| " + " | ".join(cells) + " |")
    if settings:
        print_settings(by_instance, settings, limit)


def print_settings(by_instance, settings, limit):
    """Solver settings on the default formulation: per instance and solver, then the median ratios."""
    for solver, label in (("scip", "SCIP"), ("cbc", "CBC")):
        names = [n for n in settings if any(solved_by(rows[n], solver) for rows in by_instance.values() if n in rows)]
        if not names:
            continue
        print()
        print("%s on the default formulation: time to proven optimum (s) / nodes, default settings first." % label)
        print()
        print("| instance | default | " + " | ".join(names) + " |")
        print("|---" * (len(names) + 2) + "|")
        for name, rows in by_instance.items():
            if "default" not in rows:
                continue
            cells = [name]
            for n in ["default"] + names:
                r = rows.get(n)
                if r is None or r.get("unchanged"):
                    cells.append("-")
                    continue
                t, proven = time_of(r, solver, limit)
                cells.append("%s / %s" % (fmt(t) if proven else ">%s" % fmt(limit, 0), fmt(r.get(solver + "_nodes"), 0)))
            print("| " + " | ".join(cells) + " |")
        print()
        print("Ratio of the default settings' time to each setting's (> 1: the setting is faster), median (min - max);"
              " `n (both)` as above.")
        print()
        print("| setting | median | min - max | n (both) |")
        print("|---|---|---|---|")
        for n in names:
            ratios = []
            both = 0
            for rows in by_instance.values():
                if n not in rows or "default" not in rows:
                    continue
                td, pd = time_of(rows["default"], solver, limit)
                ts, ps = time_of(rows[n], solver, limit)
                if not pd and not ps:
                    continue
                both += pd and ps
                ratios.append(td / max(ts, 1e-3))
            if ratios:
                print("| %s | %s | %s - %s | %d (%d) |" % (n, fmt(statistics.median(ratios)), fmt(min(ratios)),
                                                         fmt(max(ratios)), len(ratios), both))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""PuLP building and writing the formulation bdnn compiled (benchmark, not a test).

Reads the lowered model's arrays that ModelFileBench wrote with --dump, builds the same model
with PuLP (one LpVariable per column, one LpConstraint per row, the same names C1.. and R1..)
and writes it with PuLP's own writers, writeMPS and writeLP. Prints the time of each step and
the peak resident memory. Run with Debian's /usr/bin/python3 and python3-pulp.

Usage: /usr/bin/python3 bench/model-files/pulp_bench.py MODEL.arrays OUT_DIR [REPEATS]
"""
import array
import resource
import statistics
import struct
import sys
import time

import pulp


def read(path):
    with open(path, "rb") as f:
        columns, rows, nonzeros = struct.unpack("<iiq", f.read(16))

        def doubles(n):
            values = array.array("d")
            values.frombytes(f.read(8 * n))
            return values

        def ints(n):
            values = array.array("i")
            values.frombytes(f.read(4 * n))
            return values

        col_lo, col_hi, cost = doubles(columns), doubles(columns), doubles(columns)
        kind = f.read(columns)
        row_lo, row_hi = doubles(rows), doubles(rows)
        start, index, value = ints(rows + 1), ints(nonzeros), doubles(nonzeros)
    return columns, rows, nonzeros, col_lo, col_hi, cost, kind, row_lo, row_hi, start, index, value


def bound(value):
    return None if abs(value) >= 1e30 else value


def build(model):
    columns, rows, _, col_lo, col_hi, cost, kind, row_lo, row_hi, start, index, value = model
    problem = pulp.LpProblem("bench", pulp.LpMinimize)
    variables = []
    for j in range(columns):
        category = pulp.LpContinuous if kind[j] == 0 else pulp.LpInteger
        variables.append(pulp.LpVariable("C%d" % (j + 1), bound(col_lo[j]), bound(col_hi[j]), category))
    problem += pulp.LpAffineExpression((variables[j], cost[j]) for j in range(columns) if cost[j] != 0)
    for i in range(rows):
        expression = pulp.LpAffineExpression(
            (variables[index[k]], value[k]) for k in range(start[i], start[i + 1]))
        lo, hi = bound(row_lo[i]), bound(row_hi[i])
        if lo is not None and hi is not None and lo == hi:
            problem += pulp.LpConstraint(expression, pulp.LpConstraintEQ, "R%d" % (i + 1), lo)
        elif hi is not None and lo is None:
            problem += pulp.LpConstraint(expression, pulp.LpConstraintLE, "R%d" % (i + 1), hi)
        elif lo is not None and hi is None:
            problem += pulp.LpConstraint(expression, pulp.LpConstraintGE, "R%d" % (i + 1), lo)
        else:
            raise SystemExit("row %d is ranged or free; the benchmark models have none" % (i + 1))
    return problem


def main():
    path, out = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    model = read(path)
    nonzeros = model[2]
    timings = {"build": [], "writeMPS": [], "writeLP": []}
    for _ in range(repeats):
        started = time.perf_counter()
        problem = build(model)
        timings["build"].append(time.perf_counter() - started)
        started = time.perf_counter()
        problem.writeMPS(out + "/pulp.mps")
        timings["writeMPS"].append(time.perf_counter() - started)
        started = time.perf_counter()
        problem.writeLP(out + "/pulp.lp")
        timings["writeLP"].append(time.perf_counter() - started)
        del problem
    for step, times in timings.items():
        median = statistics.median(times)
        print("PuLP %-8s median %8.2f s (min %.2f, max %.2f, n=%d)  %6.3f M nonzeros/s"
              % (step, median, min(times), max(times), len(times), nonzeros / median / 1e6))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print("PuLP peak resident memory %.0f MB = %.1f B/nonzero (pulp %s)"
          % (peak / 1e6, peak / nonzeros, pulp.__version__))


if __name__ == "__main__":
    main()

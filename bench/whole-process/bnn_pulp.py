"""The exact training MILP of bench/model-files/models/breast-cancer-50.bdnn built with PuLP from
the CSV and written as free MPS: the same rows, columns and big-M bounds as bnn.mod (see there),
for the whole-process benchmark. python3 bnn_pulp.py DATA.csv HIDDEN OUT.mps"""
import sys

import pulp

from data import load

TOL = 1e-6


def build(x, y, classes, hidden):
    m, d, H, C = len(x), len(x[0]), hidden, classes
    zhi1 = [sum(abs(v) for v in r) for r in x]
    eps1 = max(1e-4, 10 * TOL * max(2 * z for z in zhi1))
    b1lo, b1hi = min(-z for z in zhi1), max(zhi1) + eps1
    eps2 = max(1e-4, 10 * TOL * (2 * H + 1))
    b2lo, b2hi = -H, H + eps2
    L2, U2 = -H + b2lo, H + b2hi
    p = pulp.LpProblem("bnn", pulp.LpMinimize)
    W1 = [[pulp.LpVariable(f"W1_{k}_{j}", -1, 1, cat="Integer") for j in range(d)] for k in range(H)]
    b1 = [pulp.LpVariable(f"b1_{k}", b1lo, b1hi) for k in range(H)]
    u1 = [[pulp.LpVariable(f"u1_{i}_{k}", cat="Binary") for k in range(H)] for i in range(m)]
    W2 = [[pulp.LpVariable(f"W2_{c}_{k}", -1, 1, cat="Integer") for k in range(H)] for c in range(C)]
    b2 = [pulp.LpVariable(f"b2_{c}", b2lo, b2hi) for c in range(C)]
    u2 = [[pulp.LpVariable(f"u2_{i}_{c}", cat="Binary") for c in range(C)] for i in range(m)]
    s = [[[pulp.LpVariable(f"s_{i}_{c}_{k}", -1, 1, cat="Integer") for k in range(H)] for c in range(C)]
         for i in range(m)]
    p += pulp.lpSum((1 - 2 * (y[i] == c)) * u2[i][c] for i in range(m) for c in range(C))
    for i in range(m):
        L1, U1 = -zhi1[i] + b1lo, zhi1[i] + b1hi
        for k in range(H):
            a = pulp.lpSum(x[i][j] * W1[k][j] for j in range(d) if x[i][j] != 0) + b1[k]
            p += (a - U1 * u1[i][k] <= 0, f"step_hi1_{i}_{k}")
            p += (a - (eps1 - L1) * u1[i][k] >= L1, f"step_lo1_{i}_{k}")
        for c in range(C):
            for k in range(H):
                p += (s[i][c][k] - u1[i][k] <= 0, f"prod_ub_u_{i}_{c}_{k}")
                p += (s[i][c][k] + u1[i][k] >= 0, f"prod_lb_u_{i}_{c}_{k}")
                p += (s[i][c][k] - W2[c][k] + u1[i][k] <= 1, f"prod_ub_w_{i}_{c}_{k}")
                p += (s[i][c][k] - W2[c][k] - u1[i][k] >= -1, f"prod_lb_w_{i}_{c}_{k}")
            a = pulp.lpSum(s[i][c]) + b2[c]
            p += (a - U2 * u2[i][c] <= 0, f"step_hi2_{i}_{c}")
            p += (a - (2 * H + eps2) * u2[i][c] >= L2, f"step_lo2_{i}_{c}")
    return p


if __name__ == '__main__':
    x, y, classes = load(sys.argv[1])
    build(x, y, classes, int(sys.argv[2])).writeMPS(sys.argv[3])

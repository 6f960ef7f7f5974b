"""Reads a bdnn benchmark CSV (';', no header, label last) as bdnn does (min-max scaling over all
rows, classes in sorted label order) for the whole-process benchmark. As a module: load(path).
As a script: python3 data.py DATA.csv HIDDEN OUT.dat writes the GNU MathProg data section."""
import csv
import sys


def load(path):
    with open(path, newline='') as f:
        rows = [[float(v) for v in r] for r in csv.reader(f, delimiter=';') if r]
    x = [r[:-1] for r in rows]
    labels = sorted({r[-1] for r in rows})
    y = [labels.index(r[-1]) for r in rows]
    d = len(x[0])
    lo = [min(r[j] for r in x) for j in range(d)]
    hi = [max(r[j] for r in x) for j in range(d)]
    x = [[(r[j] - lo[j]) / (hi[j] - lo[j]) if hi[j] > lo[j] else 0.0 for j in range(d)] for r in x]
    return x, y, len(labels)


def main(path, hidden, out):
    x, y, classes = load(path)
    m, d = len(x), len(x[0])
    with open(out, 'w') as f:
        f.write(f"data;\nparam m := {m};\nparam d := {d};\nparam H := {hidden};\nparam C := {classes};\n")
        f.write("param x : " + " ".join(str(j + 1) for j in range(d)) + " :=\n")
        for i, r in enumerate(x):
            f.write(f"{i + 1} " + " ".join(repr(v) for v in r) + "\n")
        f.write(";\nparam y : " + " ".join(str(c + 1) for c in range(classes)) + " :=\n")
        for i, label in enumerate(y):
            f.write(f"{i + 1} " + " ".join("1" if c == label else "0" for c in range(classes)) + "\n")
        f.write(";\nend;\n")


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])

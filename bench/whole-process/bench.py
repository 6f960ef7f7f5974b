"""Runs whole processes side by side and prints medians (not a test; see docs/benchmarks.md).

    python3 bench.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]

Each round runs every command once, in an order rotated from round to round, so that load from
other users of a shared machine falls on all of them alike. For each command it reports the
median wall time and the median CPU time (user + system, from the kernel's accounting of the
child), and for each command after the first the median over rounds of its time divided by the
first command's time in the same round. A command that fails stops the benchmark.

With BENCH_SYNC=1 in the environment, every command starts after an untimed `sync`, so that no
command pays for the kernel writing back the files the one before it wrote (gigabytes on the
credit card model, where that write-back otherwise lands on whichever command runs next)."""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(command):
    if os.environ.get('BENCH_SYNC') == '1':
        os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    err = process.stderr.read().decode(errors='replace')
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {command}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


def main(rounds, pairs):
    names = [p.split('=', 1)[0] for p in pairs]
    commands = [p.split('=', 1)[1] for p in pairs]
    wall = {n: [] for n in names}
    cpu = {n: [] for n in names}
    for r in range(rounds):
        order = list(range(len(names)))
        order = order[r % len(order):] + order[:r % len(order)]
        for k in order:
            w, c = run(commands[k])
            wall[names[k]].append(w)
            cpu[names[k]].append(c)
        print(f"round {r + 1}: " + ", ".join(f"{n} {wall[n][-1]:.2f} s" for n in names), file=sys.stderr, flush=True)
    base = names[0]
    print(f"| command | wall s, median (min-max) | CPU s, median | wall / {base}, median of rounds |")
    print("|---|---|---|---|")
    for n in names:
        ratios = [w / b for w, b in zip(wall[n], wall[base])]
        print(f"| {n} | {statistics.median(wall[n]):.2f} ({min(wall[n]):.2f}-{max(wall[n]):.2f}) "
              f"| {statistics.median(cpu[n]):.2f} | {statistics.median(ratios):.2f} |")
    print(f"\n{rounds} rounds; load average after: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == '__main__':
    main(int(sys.argv[1]), sys.argv[2:])

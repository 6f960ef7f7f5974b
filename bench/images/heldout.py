#!/usr/bin/python3
"""Held-out runs for choosing the few-shot models' settings WITHOUT looking at the test images
(docs/benchmarks.md, "Few-shot images", held-out tables).

The training images are exactly those of bench/images/fewshot.py (seed s: the first N images of
each class of MNIST's 2000-image pool in the order of default_rng(s).permutation); the images the
model is judged on are the REST OF THAT POOL (1900 images at 10 per class, 1600 at 40), never the
8000 test digits. The model's data block is replaced as in fewshot.py; `--sub OLD=>NEW` (regular
expression, repeatable) edits the model text first, e.g. to try another width or L1 weight:

    /usr/bin/python3 bench/images/heldout.py models/mnist-ensemble.bdnn --shots 10 --seeds 1,2 \
        --sub 'hidden: 4 step=>hidden: 8 step' --label 'width 8'

One JSON record per run (held-out and training accuracy, seconds, the 1-minute load average at
the start and end) is appended to OUT (default bench/results/heldout.json) and printed.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fewshot  # noqa: E402  (same directory)

import numpy as np  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model")
    parser.add_argument("--set", default="mnist", choices=sorted(fewshot.SETS))
    parser.add_argument("--shots", default="10")
    parser.add_argument("--seeds", default="1")
    parser.add_argument("--sub", action="append", default=[], help="OLD=>NEW: a regular-expression edit of the model")
    parser.add_argument("--label", default="")
    parser.add_argument("--out", default=os.path.join(fewshot.ROOT, "bench", "results", "heldout.json"))
    args = parser.parse_args()
    jar = os.path.join(fewshot.ROOT, "cli", "target", "bdnn.jar")
    with open(args.model) as source:
        text = source.read()
    for edit in args.sub:
        old, new = edit.split("=>", 1)
        text, count = re.subn(old, new, text)
        if count == 0:
            raise SystemExit(f"--sub {edit!r}: no match in {args.model}")
    pool, kept, _ = fewshot.model_parts(text)
    results = json.load(open(args.out)) if os.path.exists(args.out) else []
    folder = os.path.join(os.path.dirname(args.out), "heldout-work")
    os.makedirs(folder, exist_ok=True)
    images, labels = fewshot.pair(fewshot.SETS[args.set][0])
    pool_x, pool_y = fewshot.read_idx(images), fewshot.read_idx(labels)
    for shots in (int(s) for s in args.shots.split(",")):
        for seed in (int(s) for s in args.seeds.split(",")):
            chosen = fewshot.select(pool_y, shots, seed)
            rest = np.setdiff1d(np.arange(len(pool_y)), chosen)  # the pool minus the training images
            key = f"{args.set}-{shots}-{seed}"
            paths = [os.path.join(folder, f"{key}-{part}.gz") for part in ("train-images", "train-labels",
                                                                          "held-images", "held-labels")]
            for path, array in zip(paths, (pool_x[chosen], pool_y[chosen], pool_x[rest], pool_y[rest])):
                fewshot.write_idx(path, array)
            load_start = os.getloadavg()[0]
            record = fewshot.run_bdnn(jar, fewshot.bdnn_model(text, kept, tuple(paths[:2]), tuple(paths[2:]), 0),
                                      folder, key)
            record = {"set": args.set, "shots": shots, "seed": seed, "label": args.label, "subs": args.sub,
                      "held_out_images": int(len(rest)), "held_out": record.pop("test", None),
                      "load": [round(load_start, 1), round(os.getloadavg()[0], 1)], **record}
            results.append(record)
            print(json.dumps({k: v for k, v in record.items() if k != "error"}), flush=True)
            if "error" in record:
                print(record["error"], file=sys.stderr)
            temporary = args.out + ".tmp"
            with open(temporary, "w") as out:
                json.dump(results, out, indent=1)
            os.replace(temporary, args.out)


if __name__ == "__main__":
    main()

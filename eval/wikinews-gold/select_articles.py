#!/usr/bin/env python3
"""Pick the Wikinews gold articles at random, with a fixed seed (issue 16).

usage: select_articles.py [CORPUS_DIR]   (default: ../../../shared/corpus/wikinews)

Reads wikinews_2019.csv and wikinews_2020.csv, sorts all rows by url, and draws
N articles with random.Random(SEED).sample. Writes selection.csv (n, url, date,
title; n is the draw order, which numbers the gold files) and articles.csv (the
selected rows, corpus columns url,date,title,text, in draw order) so that
`kg ingest eval/wikinews-gold/articles.csv` ingests exactly them.
Rerunning gives the same selection; do not change SEED or N to get another one.
"""
import csv
import os
import random
import sys

SEED = 20261202
N = 30
FILES = ["wikinews_2019.csv", "wikinews_2020.csv"]


def draw(corpus, out_dir, seed, n, used=()):
    """Reads the corpus rows, leaves out the urls of the golds named in `used` ((folder, count) beside this one's
    folder, each count checked), sorts the rest by url, draws n with random.Random(seed).sample, and writes
    selection.csv and articles.csv into out_dir. Returns (rows read, rows drawn from)."""
    rows = []
    for name in FILES:
        with open(os.path.join(corpus, name), encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f))
    taken = set()
    for folder, count in used:
        with open(os.path.join(out_dir, "..", folder, "selection.csv"), encoding="utf-8", newline="") as f:
            urls = {r["url"] for r in csv.DictReader(f)}
        assert len(urls) == count, (folder, len(urls))
        taken |= urls
    total = len(rows)
    rows = [r for r in rows if r["url"] not in taken]
    assert total - len(rows) == len(taken), (total, len(rows))
    rows.sort(key=lambda r: r["url"])
    picked = random.Random(seed).sample(rows, n)
    with open(os.path.join(out_dir, "selection.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["n", "url", "date", "title"])
        for i, r in enumerate(picked):
            w.writerow([f"{i:03d}", r["url"], r["date"], r["title"]])
    with open(os.path.join(out_dir, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"], quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for r in picked:
            w.writerow({k: r[k] for k in ["url", "date", "title", "text"]})
    return total, len(rows)


def default_corpus():
    """The shared Wikinews corpus beside the checkout (../shared/corpus/wikinews)."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "wikinews")


def run(script, argv, seed, n, used=()):
    """The command of a selector beside `script`: draws into its folder from the corpus given or the default."""
    total, left = draw(argv[0] if argv else default_corpus(), os.path.dirname(os.path.abspath(script)), seed, n, used)
    taken = f", {left} after removing the earlier golds' {total - left}" if used else ""
    print(f"{total} rows{taken}, seed {seed}: {n} picked")
    return 0


def main(argv):
    return run(__file__, argv, SEED, N)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

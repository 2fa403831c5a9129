#!/usr/bin/env python3
"""Pick the third (second held-out) Wikinews gold articles at random, with a fixed seed.

usage: select_articles.py [CORPUS_DIR]   (default: /work/shared/corpus/wikinews)

Reads wikinews_2019.csv and wikinews_2020.csv, removes the 30 urls of ../wikinews-gold/selection.csv
(the first gold, which the code was tuned on) and the 20 urls of ../wikinews-heldout/selection.csv (the
first held-out gold), sorts the rest by url, and draws N articles with random.Random(SEED).sample.
Writes selection.csv (n, url, date, title; n is the draw order, which numbers the gold files) and
articles.csv (the selected rows, corpus columns url,date,title,text, in draw order) so that
`kg ingest eval/wikinews-heldout2/articles.csv` ingests exactly them. Rerunning gives the same
selection; do not change SEED or N to get another one.
"""
import csv
import os
import random
import sys

SEED = 20261207
N = 20
FILES = ["wikinews_2019.csv", "wikinews_2020.csv"]
USED = [("wikinews-gold", 30), ("wikinews-heldout", 20)]


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = argv[0] if argv else "/work/shared/corpus/wikinews"
    rows = []
    for name in FILES:
        with open(os.path.join(corpus, name), encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f))
    used = set()
    for folder, count in USED:
        with open(os.path.join(here, "..", folder, "selection.csv"), encoding="utf-8", newline="") as f:
            urls = {r["url"] for r in csv.DictReader(f)}
        assert len(urls) == count, (folder, len(urls))
        used |= urls
    assert len(used) == 50, len(used)
    total = len(rows)
    rows = [r for r in rows if r["url"] not in used]
    assert total - len(rows) == 50, (total, len(rows))
    rows.sort(key=lambda r: r["url"])
    picked = random.Random(SEED).sample(rows, N)
    with open(os.path.join(here, "selection.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["n", "url", "date", "title"])
        for i, r in enumerate(picked):
            w.writerow([f"{i:03d}", r["url"], r["date"], r["title"]])
    with open(os.path.join(here, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"], quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for r in picked:
            w.writerow({k: r[k] for k in ["url", "date", "title", "text"]})
    print(f"{total} rows, {len(rows)} after removing the two earlier golds' 50, seed {SEED}: {N} picked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

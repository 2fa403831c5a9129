#!/usr/bin/env python3
"""Pick the sixteenth (fifteenth held-out) Wikinews gold articles at random, with a fixed seed.

usage: select_articles.py

The shared corpus's 295 rows are all in earlier golds, so this draw reads pool.csv beside this script: 144
English Wikinews articles (CC BY 2.5) that are not in the shared corpus, recovered from two public annotated
corpora (POOL-SOURCE.md: 24 from GUM, with paragraphs; 120 from the MEANTIME/SemEval-2015 TimeLine release, one
paragraph each, on four business topics). provenance.csv says which source each url came from.

The draw is stratified so that the long-tail topics of GUM are not drowned by MEANTIME's four business topics:
N_GUM rows from the GUM part and N_MEANTIME from the rest, each part sorted by url and sampled with
random.Random(SEED). Writes selection.csv (n, url, date, title, source; n is the draw order, which numbers the
gold files) and articles.csv (the selected rows, columns url,date,title,text, in draw order) so that
`kg ingest eval/wikinews-heldout15/articles.csv` ingests exactly them. Rerunning gives the same selection; do
not change SEED or the counts to get another one.
"""
import csv
import os
import random
import sys

SEED = 20261207
N_GUM = 10
N_MEANTIME = 10
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    csv.field_size_limit(10 ** 9)
    with open(os.path.join(HERE, "pool.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(HERE, "provenance.csv"), newline="", encoding="utf-8") as f:
        src = {r["url"]: r["source_file"] for r in csv.DictReader(f)}
    gum = sorted((r for r in rows if src[r["url"]].startswith("GUM")), key=lambda r: r["url"])
    mt = sorted((r for r in rows if not src[r["url"]].startswith("GUM")), key=lambda r: r["url"])
    rnd = random.Random(SEED)
    picked = [(r, "GUM") for r in rnd.sample(gum, N_GUM)] + [(r, "MEANTIME") for r in rnd.sample(mt, N_MEANTIME)]
    with open(os.path.join(HERE, "selection.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["n", "url", "date", "title", "source"])
        for i, (r, s) in enumerate(picked):
            w.writerow(["%03d" % i, r["url"], r["date"], r["title"], s])
    with open(os.path.join(HERE, "articles.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"])
        w.writeheader()
        for r, _ in picked:
            w.writerow({k: r[k] for k in ["url", "date", "title", "text"]})
    print("%d GUM of %d, %d MEANTIME of %d" % (N_GUM, len(gum), N_MEANTIME, len(mt)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

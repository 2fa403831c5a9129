#!/usr/bin/env python3
"""Turn a PolNeAR split (dev by default; never test) into a CSV that `kg ingest` reads.

usage: prepare.py CORPUS_DIR OUT.csv [--split dev] [--first N] [--skip K]

CORPUS_DIR is what extract.sh wrote (e.g. /tmp/polnear/dev). Columns url,date,title,text:
url = polnear:<split>/<file name without .txt>, so the Article's uri maps back to the file; text = the .txt file
exactly as in the corpus (its first line is the title), so brat's character offsets line up with it.
--first N keeps the first N articles in sorted file-name order (a documented subset); --skip K leaves out the first K
before that (train articles past the 150 kept as the untuned check: --skip 150 --first 100).
"""
import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold as pg  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--skip", type=int, default=0)
    a = ap.parse_args()
    if a.split == "test" or os.path.basename(os.path.normpath(a.corpus)) == "test":
        sys.exit("prepare.py: the test split is the held-out check; it is never prepared here")
    meta = pg.metadata(a.corpus)
    names = pg.article_names(a.corpus)
    names = names[a.skip:]
    if a.first:
        names = names[:a.first]
    n_att = 0
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["url", "date", "title", "text"])
        for name in names:
            text = pg.read_text(a.corpus, name)
            m = meta.get(name, {})
            date = m.get("publication_date") or name.split("_")[1]
            title = m.get("title") or text.split("\n", 1)[0].strip()
            w.writerow(["polnear:%s/%s" % (a.split, name), date, title, text])
            n_att += len(pg.read_attributions(a.corpus, name))
    print("%s: %d articles, %d gold attributions" % (a.out, len(names), n_att))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Pick the fifteenth (fourteenth held-out) Wikinews gold articles at random, with a fixed seed.

usage: select_articles.py [CORPUS_DIR]   (default: ../shared/corpus/wikinews beside the checkout)

Reads wikinews_2019.csv and wikinews_2020.csv, removes the urls of every earlier gold (USED: each folder's
selection.csv, the first gold's 30 and the thirteen held-out golds' 20 each), sorts the rest by url, and draws N articles
with random.Random(SEED).sample.
Writes selection.csv (n, url, date, title; n is the draw order, which numbers the gold files) and
articles.csv (the selected rows, corpus columns url,date,title,text, in draw order) so that
`kg ingest eval/wikinews-heldout14/articles.csv` ingests exactly them. Rerunning gives the same
selection; do not change SEED or N to get another one.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wikinews-gold"))
from select_articles import run  # noqa: E402  (the first gold's selector, one way to draw)

SEED = 20261214
N = 5
USED = [("wikinews-gold", 30), ("wikinews-heldout", 20), ("wikinews-heldout2", 20), ("wikinews-heldout3", 20), ("wikinews-heldout4", 20), ("wikinews-heldout5", 20), ("wikinews-heldout6", 20), ("wikinews-heldout7", 20), ("wikinews-heldout8", 20), ("wikinews-heldout9", 20), ("wikinews-heldout10", 20), ("wikinews-heldout11", 20), ("wikinews-heldout12", 20), ("wikinews-heldout13", 20)]


def main(argv):
    return run(__file__, argv, SEED, N, USED)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

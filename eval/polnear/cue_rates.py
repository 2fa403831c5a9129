#!/usr/bin/env python3
"""How often each verb lemma is a gold cue in PolNeAR: the data behind the cue lists of statements.yaml.

usage: cue_rates.py CORPUS_DIR [--skip-first 150] [--min 4] [--lists ingest/src/main/resources/newsgraph/statements.yaml]

CORPUS_DIR: what extract.sh wrote for the train split (/tmp/polnear/train). --skip-first leaves out the first N
articles in sorted order, the check on text not tuned on (README), so that the lemmas are chosen on the others.
For each verb lemma (the corpus's own CoreNLP lemmas and tags) it prints how many of its tokens lie inside a gold
cue span, of how many in all, and how the content of those attributions opens (that / to / a quotation / a noun
phrase ...), first the lemmas that no list of statements.yaml holds, then those it holds. Never run it on `test`.
"""
import argparse
import collections
import os
import sys
import xml.etree.ElementTree as ET

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold as pg  # noqa: E402

LISTS = ("speechVerbs", "clauseSpeechVerbs", "beliefVerbs", "intentionVerbs", "commitmentVerbs", "topicVerbs",
         "topicObjectVerbs", "stanceVerbs", "personStanceVerbs", "evidenceVerbs", "demandVerbs", "planVerbs",
         "proposalVerbs")
OPENERS = ("that", "to", "whether", "how", "what", "if")


def lists(path):
    """statements.yaml's word lists, and the set of first words of its cue lists."""
    words = yaml.safe_load(open(path, encoding="utf-8"))
    have = set()
    for k in LISTS:
        have |= {w.split()[0].lower() for w in words.get(k) or []}
    return words, have


def parsed_articles(corpus, names):
    """(name, CoreNLP XML root, gold attributions) of each article that has both; a broken one is skipped, said."""
    for name in names:
        path = os.path.join(corpus, "corenlp", name + ".txt.xml")
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            continue
        try:
            yield name, ET.parse(path).getroot(), pg.read_attributions(corpus, name)
        except (ET.ParseError, ValueError, IndexError) as e:
            print(f"skipped {name}: {e}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--skip-first", type=int, default=150)
    ap.add_argument("--min", type=int, default=4)
    ap.add_argument("--lists", default=os.path.join(os.path.dirname(__file__), "..", "..", "ingest", "src", "main",
                                                    "resources", "newsgraph", "statements.yaml"))
    a = ap.parse_args()
    if os.path.basename(os.path.normpath(a.corpus)) == "test":
        sys.exit("cue_rates.py: the test split is the held-out check; it is never read here")
    words, have = lists(a.lists)
    total, cue, opens = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
    for name, root, atts in parsed_articles(a.corpus, pg.article_names(a.corpus)[a.skip_first:]):
        text = pg.read_text(a.corpus, name)
        cues = []
        for att in atts:
            start = min((s for s, _ in att["content"]), default=None)
            first = (text[start:start + 30].split() or [""])[0].lower() if start is not None else ""
            kind = first if first in OPENERS else "quote" if first[:1] in "\"\u201c\u2018'" else "phrase"
            cues += [(s, e, kind) for s, e in att["cue"]]
        for t in root.iter("token"):
            if not (t.findtext("POS") or "").startswith("VB"):
                continue
            lemma = (t.findtext("lemma") or "").lower()
            b, e = int(t.findtext("CharacterOffsetBegin")), int(t.findtext("CharacterOffsetEnd"))
            total[lemma] += 1
            for s, ee, kind in cues:
                if s <= b and e <= ee:
                    cue[lemma] += 1
                    opens[lemma][kind] += 1
                    break
    rows = sorted(cue.items(), key=lambda r: -r[1])
    for title, keep in (("not in statements.yaml", lambda l: l not in have), ("in statements.yaml", lambda l: l in have)):
        print(f"## {title}\nlemma          cue / all   rate  content opens with")
        for lemma, n in rows:
            if n >= a.min and keep(lemma):
                print(f"{lemma:14} {n:4} / {total[lemma]:<5} {n / total[lemma]:.2f}  {dict(opens[lemma])}")
        print()


if __name__ == "__main__":
    main()

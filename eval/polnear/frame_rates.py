#!/usr/bin/env python3
"""How often a verb lemma is a gold cue in PolNeAR when it has a source-like subject and a complement.

usage: frame_rates.py CORPUS_DIR [--skip-first 150] [--min 6] [--rate 0.5] [--lists statements.yaml]

Like cue_rates.py, but counts only verb tokens whose subject (nsubj in the corpus's own CoreNLP basic dependencies)
is a person-like word (a PERSON or ORGANIZATION token, a personal pronoun, or a noun of statements.yaml's agentNouns
or typeNouns) and that have a complement (ccomp, xcomp, dobj, or a prepositional nmod). For each such frame it prints
the rate at which the verb lies in a gold cue span, and which complement relation the gold content most often
starts at. The question it answers: would "any verb with a speaker-like subject and an object" be a cue often
enough to be worth a statement? --skip-first leaves out the first N train articles (the untuned check). Never run
it on `test`.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold as pg  # noqa: E402
from cue_rates import lists, parsed_articles  # noqa: E402

PRONOUNS = {"he", "she", "they", "we", "i", "who"}
COMPLEMENTS = ("ccomp", "xcomp", "dobj", "nmod")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--skip-first", type=int, default=150)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--min", type=int, default=6)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--lists", default=os.path.join(os.path.dirname(__file__), "..", "..", "ingest", "src", "main",
                                                    "resources", "newsgraph", "statements.yaml"))
    a = ap.parse_args()
    if os.path.basename(os.path.normpath(a.corpus)) == "test":
        sys.exit("frame_rates.py: the test split is the held-out check; it is never read here")
    words, have = lists(a.lists)
    agents = {w.lower() for k in ("agentNouns", "typeNouns") for w in words.get(k) or []}
    total, cue, rel = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
    names = pg.article_names(a.corpus)[a.skip_first:]
    if a.first:
        names = names[:a.first]
    for name, root, atts in parsed_articles(a.corpus, names):
        cues = [(s, e) for att in atts for s, e in att["cue"]]
        contents = [sorted(att["content"]) for att in atts]
        for sent in root.iter("sentence"):
            toks = {int(t.get("id")): t for t in sent.iter("token")}
            deps = next((d for d in sent.iter("dependencies") if d.get("type") == "basic-dependencies"), None)
            if deps is None:
                continue
            kids = collections.defaultdict(list)
            for d in deps.iter("dep"):
                kids[int(d.find("governor").get("idx"))].append((d.get("type"), int(d.find("dependent").get("idx"))))
            for i, t in toks.items():
                if not (t.findtext("POS") or "").startswith("VB"):
                    continue
                subj = [k for r, k in kids[i] if r == "nsubj"]
                if not subj:
                    continue
                s = toks[subj[0]]
                sw = (s.findtext("word") or "").lower()
                if not (s.findtext("NER") in ("PERSON", "ORGANIZATION") or sw in PRONOUNS
                        or sw in agents or sw.rstrip("s") in agents):
                    continue
                comp = [(r, k) for r, k in kids[i] if r.split(":")[0] in COMPLEMENTS]
                if not comp:
                    continue
                lemma = (t.findtext("lemma") or "").lower()
                b, e = int(t.findtext("CharacterOffsetBegin")), int(t.findtext("CharacterOffsetEnd"))
                total[lemma] += 1
                if any(cs <= b and e <= ce for cs, ce in cues):
                    cue[lemma] += 1
                    for r, k in comp:
                        kb = int(toks[k].findtext("CharacterOffsetBegin"))
                        if any(cs <= kb < ce for c in contents for cs, ce in c):
                            rel[lemma][r] += 1
                            break
    out, n_all, c_all = [], 0, 0
    for lemma, n in total.items():
        if lemma in have or n < a.min:
            continue
        n_all += n
        c_all += cue[lemma]
        if cue[lemma] / n >= a.rate:
            out.append((lemma, cue[lemma], n, dict(rel[lemma])))
    out.sort(key=lambda r: -r[1])
    print(f"## lemmas not in statements.yaml, >= {a.min} frames, rate >= {a.rate}")
    for lemma, c, n, r in out:
        print(f"{lemma:14} {c:4} / {n:<5} {c / n:.2f}  {r}")
    print(f"\nall lemmas not in the lists with >= {a.min} frames: {c_all}/{n_all} cue"
          f" = {c_all / max(n_all, 1):.2f}; selected: {sum(r[1] for r in out)}/{sum(r[2] for r in out)}")


if __name__ == "__main__":
    main()

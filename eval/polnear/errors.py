#!/usr/bin/env python3
"""Sort score.py's errors into classes, with counts and examples; and two context figures for precision.

usage: errors.py SCORE.json --corpus CORPUS_DIR [--examples 3]

SCORE.json is written by `score.py ... --json SCORE.json`. The classes are heuristics over the gold cue and source
text and the Statement's speaker (documented in README.md); they are for reading, not for the figures.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_gold as pg  # noqa: E402

SPEECH = set("""said say says saying told tell tells telling added asked asks ask stated states explained explains
noted notes wrote writes write continued replied responded tweeted announced insisted argued argues argue claimed
claims claim warned warns urged urges suggested suggests declared called calls recalled repeated added echoed
emphasized stressed admitted acknowledged agreed denied confirmed reported reports mentioned put""".split())
EVIDENTIAL = set("""shows show showed found find finds indicated indicates suggests documents reveal revealed reveals
according polls poll data""".split())
MENTAL = set("""wants want wanted plans plan planned expects expected expect know knows knew seems seem seemed worry
worries worried believe believes believed think thinks thought hope hopes hoped understood decided feel feels felt
fear fears feared learned learn consider considers considered view views viewed see sees saw""".split())
AUX = set("is was are were has have had be been also will would not could can may might did does do to still then now just".split())
EVALUATIVE = set("""support supports supported attacked attack attacks blasted praised praise endorses endorsed endorse
opposed oppose opposes backed back criticized criticised mocked defended defending accused accuse accuses
likened charges charged slammed rejected""".split())
PREP = set("in to from by of into for when while including as with at on after before during about".split())
STATES = set("""ala alaska ariz ark calif colo conn del fla ga hawaii idaho ill ind iowa kan ky la me md mass mich
minn miss mo mont neb nev nh nj nm ny nc nd ohio okla ore pa ri sc sd tenn texas utah vt va wash wva wis wyo
n j n y n c n m n h s c s d n d w va""".split())


def cue_class(cue, has_source):
    c = cue.strip().lower()
    w = re.findall(r"[a-z']+", c)
    if not has_source:
        return "no source marked (Attribution-no-source)"
    if not w:
        return "punctuation cue (colon, dash)"
    if c.startswith("according to"):
        return "'according to'"
    last = w[-1]
    core = [x for x in w if x not in AUX] or w
    first = core[0]
    if first in SPEECH or last in SPEECH:
        return "speech verb (said, told, added, ...)"
    if first in EVIDENTIAL or last in EVIDENTIAL:
        return "evidential cue (shows, found, poll)"
    if first in MENTAL or last in MENTAL:
        return "belief / intention / plan (wants, plans, expects, seems)"
    if first in EVALUATIVE or last in EVALUATIVE:
        return "support / criticism verb (support, attacked, praised, endorses)"
    if first in PREP or (len(w) <= 3 and any(x in ("an", "a", "the") for x in w)):
        return "nominal or prepositional cue (in, an agreement)"
    return "other verb (attacked, support, cited, praised, ...)"


def speaker_class(e):
    spk = (e["speaker"] or [""])[0]
    src = e["gold_source"]
    if not spk:
        return "no speaker recorded"
    s = spk.strip().lower().rstrip(".")
    if re.search(r"\([^)]*" + re.escape(spk.strip().rstrip(".")) + r"[^)]*\)", src) or s.replace(".", " ").strip() in STATES \
            or s in ("republican", "democrat", "democratic", "gop"):
        return "party/state tag or affiliation word taken as speaker ('Wis.', 'Republican')"
    if e["speaker_kind"] == "text" or not spk[:1].isupper() or re.fullmatch(r"[A-Z]{1,5}", spk.strip()):
        return "no-entity words or junk token as speaker ('multiple lawmakers', 'X', 'IN')"
    return "another named entity of the sentence (object, addressee, the subject of a nested clause)"


def false_class(e):
    t = e["text"].strip()
    w = re.findall(r"[A-Za-z']+", t)
    if e["own_in_gold"] > 0:
        return "overlaps gold content, under 50%: span boundary"
    if len(w) < 8 or (w and w[0].lower() in PREP):
        return "fragment: an adjunct or object phrase read as content ('in a recent interview in Honolulu')"
    return "a whole clause not marked as attributed content (a non-speech event, or a quotation the gold lacks)"


def chance_precision(corpus):
    """Precision, by score.py's rule for a statement, if every CoreNLP sentence of the corpus were a statement:
    how much of the precision figure the density of gold content alone gives."""
    right = strict = total = 0
    for name in pg.article_names(corpus):
        path = os.path.join(corpus, "corenlp", name + ".txt.xml")
        if not os.path.exists(path):
            continue
        text = pg.read_text(corpus, name)
        gold, golds = set(), []
        for g in pg.read_attributions(corpus, name):
            golds.append(set(pg.words(text, g["content"])))
            gold |= golds[-1]
        for s in ET.parse(path).getroot().iter("sentence"):
            toks = s.findall("./tokens/token")
            if not toks:
                continue
            a, b = int(toks[0].findtext("CharacterOffsetBegin")), int(toks[-1].findtext("CharacterOffsetEnd"))
            ws = set(pg.words(text, [(a, b)]))
            if not ws:
                continue
            total += 1
            right += len(ws & gold) / len(ws) >= 0.5
            strict += any(g and len(g & ws) >= 0.5 * len(g) for g in golds)
    return right, strict, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("score")
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--examples", type=int, default=3)
    a = ap.parse_args()
    if os.path.basename(os.path.normpath(a.corpus)) == "test":
        sys.exit("errors.py: never on the test split")
    d = json.load(open(a.score, encoding="utf-8"))
    E = d["errors"]
    for title, items, fn, show in (
            ("missed gold attributions, by cue kind", E["miss"], lambda e: cue_class(e["cue"], not e["no_source"]),
             lambda e: "cue %r, source %r: %s" % (e["cue"], e["source"], e["content"][:110])),
            ("wrong speakers on named sources", E["wrong_speaker"], speaker_class,
             lambda e: "gold %r, graph %r (cue %r)" % (e["gold_source"][:60], (e["speaker"] or [None])[0], e["cue"])),
            ("false statements", E["false"], false_class,
             lambda e: "%r (verb %s, speaker %r)" % (e["text"][:110], e["verb"], (e["speaker"] or [None])[0]))):
        groups = defaultdict(list)
        for e in items:
            groups[fn(e)].append(e)
        print("\n## %s: %d" % (title, len(items)))
        for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print("- %s: %d" % (k, len(v)))
            for e in v[:a.examples]:
                print("    - [%s] %s" % (e["article"][:40], show(e)))
    tot = Counter()
    for name in pg.article_names(a.corpus):
        text = pg.read_text(a.corpus, name)
        for g in pg.read_attributions(a.corpus, name):
            if g["content"]:
                tot[cue_class(" ".join(text[x:y] for x, y in g["cue"]), bool(g["source"]))] += 1
    missed = Counter(cue_class(e["cue"], not e["no_source"]) for e in E["miss"])
    print("\n## content recall by cue kind")
    for k, n in tot.most_common():
        print("- %s: %d/%d = %.0f%%" % (k, n - missed[k], n, 100.0 * (n - missed[k]) / n))
    dq = sum(1 for e in E["miss"] if "''" in e["content"])
    print("\nmisses whose content is quoted with doubled apostrophes ('' ... '', NYT style): %d" % dq)
    partial = sum(1 for e in E["miss"] if 0 < e["best_cover"] < 0.5)
    print("misses whose content a Statement covers in part (0 < cover < 50%%): %d" % partial)
    r, st, t = chance_precision(a.corpus)
    print("chance precision (every CoreNLP sentence as a statement): %d/%d = %.1f%%; strict: %d/%d = %.1f%%"
          % (r, t, 100.0 * r / max(1, t), st, t, 100.0 * st / max(1, t)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score a newsgraph export against PolNeAR's hand-marked attributions (dev or train; never test).

usage: score.py EXPORT.jsonl --corpus CORPUS_DIR [--split dev] [--span content|sentence] [--verbose] [--json OUT]

EXPORT.jsonl: `kg export` of a graph made by `kg ingest` of prepare.py's CSV (Article.uri = polnear:<split>/<file>).
CORPUS_DIR: what extract.sh wrote (e.g. /tmp/polnear/dev).

Rules (see README.md):
- tokens are \\w+ runs of the corpus text; a Statement's span is its `text` found inside the sentence span of its
  REPORTED_IN {start,end} (--span content, the default), or that whole sentence span (--span sentence); offsets
  into Article.text are mapped back to the corpus file by a character alignment when the two texts differ.
- content recall: a gold attribution is found when one Statement covers >= 50% of its content tokens.
- precision: a Statement is right when it finds some gold attribution by the rule above, or when >= 50% of its
  own tokens lie in gold content spans. Also printed: strict precision, Statements that cover >= 50% of some gold
  content (the recall rule from the Statement's side).
- speaker accuracy on named sources: over found gold attributions whose source is named (see named_source), the
  best-covering Statement's speaker (the MADE start node's name and aliases, else speakerText) matches the gold
  source's head name (see head_name) by normalised last-token or full-name containment.
"""
import argparse
import bisect
import difflib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import apoc_export  # noqa: E402
import polnear_gold as pg  # noqa: E402

NE = ("PERSON", "ORGANIZATION", "LOCATION", "MISC")
THRESH = 0.5


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def load_export(path):
    nodes, rels = {}, []
    for r in apoc_export.records(path):
        if r[0] == "node":
            nodes[r[1]] = (r[2], r[3])
        else:
            rels.append(r[1:])
    return nodes, rels


class OffsetMap:
    """Maps character offsets of the graph's Article.text to the corpus file's."""

    def __init__(self, graph_text, corpus_text):
        self.identity = graph_text == corpus_text
        self.shift = None
        if not self.identity and graph_text and graph_text in corpus_text:
            self.shift = corpus_text.index(graph_text)
        if self.identity or self.shift is not None:
            return
        sm = difflib.SequenceMatcher(None, graph_text, corpus_text, autojunk=False)
        self.a, self.b = [], []
        for blk in sm.get_matching_blocks():
            if blk.size:
                self.a.append(blk.a)
                self.b.append(blk.b)
                self.blocks = None
        self.sizes = [blk.size for blk in sm.get_matching_blocks() if blk.size]

    def __call__(self, i):
        if self.identity:
            return i
        if self.shift is not None:
            return i + self.shift
        k = bisect.bisect_right(self.a, i) - 1
        if k < 0:
            return self.b[0] if self.b else 0
        return self.b[k] + min(i - self.a[k], self.sizes[k])


PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those",
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "some", "many", "others", "both"}


def named_source(text, spans, ner):
    """A source is named when the part of its span before the first comma (parenthesised parts dropped) ends in a
    capitalised word that is no pronoun, and the corpus's CoreNLP does not tag that part as MISC only (a demonym
    or party adjective: 'Republicans', 'fellow Democrats'). So 'The New York Post', 'House Speaker Paul Ryan,
    R-Wis.,', 'Trump' are named; 'he', 'a Clinton spokesman', 'Trump supporters', 'As many tax experts, including
    Mr. Goldberg,' are not. The head name is the last PERSON run of CoreNLP's NER in that part, else the last
    ORGANIZATION, else LOCATION run, else its trailing capitalised words (then not named if every one of them
    also stands in lower case in the article: 'Delegates said')."""
    if not spans:
        return False, []
    s0, e0 = min(s for s, _ in spans), max(e for _, e in spans)
    src = text[s0:e0]
    core = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), src)
    cut = core.find(",")
    if cut > 0 and re.search(r"[A-Za-z]", core[:cut]):
        core = core[:cut]
    ce = s0 + len(core)
    ws = [m for m in re.finditer(r"[A-Za-z][\w'\u2019.-]*", core)]
    if not ws:
        return False, []
    last = ws[-1].group(0)
    if not last[0].isupper() or last.lower().strip(".") in PRONOUNS:
        return False, []
    runs = []
    if ner is not None:
        cur = []
        for t in ner:
            if t[0] < s0 or t[1] > ce:
                continue
            if t[3] in NE and cur and cur[-1][3] == t[3]:
                cur.append(t)
            else:
                if cur:
                    runs.append(cur)
                cur = [t] if t[3] in NE else []
        if cur:
            runs.append(cur)
        if runs and all(r[0][3] == "MISC" for r in runs):
            return False, []
    for kind in ("PERSON", "ORGANIZATION", "LOCATION"):
        ks = [r for r in runs if r[0][3] == kind]
        if ks:
            return True, [t[2] for t in ks[-1]]
    caps = []
    for m in reversed(ws):
        if not m.group(0)[0].isupper() or m.group(0).lower() in PRONOUNS:
            break
        caps.insert(0, m.group(0))
    # no NER run: a capitalised word that the article also writes in lower case ('Delegates', 'Officials') is a
    # common noun at the start of a sentence
    if not caps or all(re.search(r"\b" + re.escape(w.lower()) + r"\b", text) for w in caps):
        return False, []
    return True, caps


def speaker_matches(head, names):
    """head: the gold source's name words; names: the speaker's name, aliases or speakerText."""
    h = norm(" ".join(head)).split()
    if not h:
        return False
    for n in names:
        nt = norm(n).split()
        if not nt:
            continue
        if h[-1] in nt:                       # the surname / head word is in the speaker's name
            return True
        if " ".join(nt) in " ".join(h):      # the speaker's name is within the gold name
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export")
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--span", choices=["content", "sentence"], default="content")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    if a.split == "test" or os.path.basename(os.path.normpath(a.corpus)) == "test":
        sys.exit("score.py: the test split is the held-out check; it is never scored here")

    nodes, rels = load_export(a.export)
    art_by_uri = {}
    for nid, (labels, p) in nodes.items():
        if "Article" in labels and str(p.get("uri", "")).startswith("polnear:"):
            art_by_uri[p["uri"].split("/", 1)[1]] = nid
    made = defaultdict(list)
    reported = defaultdict(list)
    for typ, s, e, p in rels:
        if typ == "MADE":
            made[e].append(s)
        elif typ == "REPORTED_IN" and "Statement" in nodes.get(s, (set(),))[0]:
            reported[e].append((s, p))

    names = pg.article_names(a.corpus)
    T = Counter()
    errs = defaultdict(list)
    rows = []
    for name in names:
        text = pg.read_text(a.corpus, name)
        gold = [g for g in pg.read_attributions(a.corpus, name) if g["content"]]
        ner = pg.ner_tokens(a.corpus, name)
        aid = art_by_uri.get(name)
        stmts = []
        if aid is not None:
            gtext = nodes[aid][1].get("text") or ""
            om = OffsetMap(gtext, text)
            for sid, rp in reported.get(aid, []):
                sp = nodes[sid][1]
                st, en = int(rp.get("start", 0)), int(rp.get("end", 0))
                cs, ce = st, en
                if a.span == "content":
                    t = sp.get("text") or ""
                    k = gtext.find(t, st, max(en, st + len(t))) if t else -1
                    if k < 0 and t:
                        k = gtext.find(t)
                    if k >= 0:
                        cs, ce = k, k + len(t)
                cs, ce = om(cs), om(ce)
                spk = []
                for n in made.get(sid, []):
                    np_ = nodes[n][1]
                    spk += [np_.get("name") or ""] + list(np_.get("aliases") or [])
                spk_kind = "entity" if spk else ("text" if sp.get("speakerText") else "none")
                if not spk and sp.get("speakerText"):
                    spk = [sp["speakerText"]]
                toks = set(pg.words(text, [(cs, ce)]))
                stmts.append({"id": sid, "toks": toks, "span": (cs, ce), "speaker": spk, "kind": spk_kind,
                              "text": sp.get("text") or "", "verb": sp.get("verb")})
        gold_content_toks = set()
        for g in gold:
            g["toks"] = set(pg.words(text, g["content"]))
            gold_content_toks |= g["toks"]
        found = named_n = named_ok = 0
        matched_stmt = set()
        for g in gold:
            best, bc = None, 0.0
            for s in stmts:
                c = len(g["toks"] & s["toks"]) / max(1, len(g["toks"]))
                if c > bc:
                    best, bc = s, c
            cue = " ".join(text[x:y] for x, y in g["cue"])
            src = " ".join(text[x:y] for x, y in g["source"])
            content = " ".join(text[x:y] for x, y in g["content"])
            if bc >= THRESH:
                found += 1
                matched_stmt.add(best["id"])
                is_named, head = named_source(text, g["source"], ner)
                if is_named:
                    named_n += 1
                    if speaker_matches(head, best["speaker"]):
                        named_ok += 1
                    else:
                        errs["wrong_speaker"].append({"article": name, "gold_source": src, "head": " ".join(head),
                                                      "speaker": best["speaker"][:1], "speaker_kind": best["kind"],
                                                      "cue": cue, "content": content[:160]})
            else:
                errs["miss"].append({"article": name, "cue": cue, "source": src, "content": content[:160],
                                     "no_source": not g["source"], "best_cover": round(bc, 2),
                                     "best_text": best["text"][:200] if best else None,
                                     "best_verb": best["verb"] if best else None})
        right = 0
        for s in stmts:
            own = len(s["toks"] & gold_content_toks) / max(1, len(s["toks"]))
            if any(len(g["toks"] & s["toks"]) >= THRESH * max(1, len(g["toks"])) for g in gold):
                T["strict"] += 1
            if s["id"] in matched_stmt or own >= THRESH:
                right += 1
            else:
                errs["false"].append({"article": name, "text": s["text"][:160], "verb": s["verb"],
                                      "speaker": s["speaker"][:1], "own_in_gold": round(own, 2)})
        T["articles"] += 1
        T["articles_in_graph"] += aid is not None
        T["gold"] += len(gold)
        T["found"] += found
        T["named"] += named_n
        T["named_ok"] += named_ok
        T["stmts"] += len(stmts)
        T["right"] += right
        rows.append((name, len(gold), found, named_n, named_ok, len(stmts), right))

    pct = lambda x, y: 100.0 * x / y if y else 0.0  # noqa: E731
    print("%-58s %5s %5s %5s %5s %5s %5s" % ("article", "gold", "found", "named", "spkOK", "stmts", "right"))
    for r in rows:
        print("%-58s %5d %5d %5d %5d %5d %5d" % ((r[0][:58],) + r[1:]))
    if a.verbose:
        for kind in ("miss", "wrong_speaker", "false"):
            print("\n## %s (%d)" % (kind, len(errs[kind])))
            for e in errs[kind]:
                print(json.dumps(e, ensure_ascii=False))
    print("\nsplit %s, span rule %s: %d articles (%d in the graph), %d gold attributions with content"
          % (a.split, a.span, T["articles"], T["articles_in_graph"], T["gold"]))
    print("content recall: %d/%d = %.1f%%" % (T["found"], T["gold"], pct(T["found"], T["gold"])))
    print("speaker accuracy (named sources): %d/%d = %.1f%%" % (T["named_ok"], T["named"],
                                                              pct(T["named_ok"], T["named"])))
    print("precision: %d/%d = %.1f%%" % (T["right"], T["stmts"], pct(T["right"], T["stmts"])))
    print("strict precision (the Statement covers >= 50%% of some gold content): %d/%d = %.1f%%"
          % (T["strict"], T["stmts"], pct(T["strict"], T["stmts"])))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"totals": T, "errors": errs}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

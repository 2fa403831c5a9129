#!/usr/bin/env python3
"""Score a graph export against the hand-read Wikinews gold (issue 16).

usage: score.py EXPORT.jsonl GOLD.yaml [GOLD.yaml ...] [--verbose]

EXPORT.jsonl is `kg export` output (APOC's apoc.export.json line format). Each GOLD.yaml holds one article
(see README.md for the format). Everything is judged per article: the Article node is found by url (`uri`)
or title, and only the nodes that article reaches count (entities it MENTIONS and the places these are
LOCATED_IN; Statements, Claims and Events REPORTED_IN it, or Events it MENTIONS).

Measures (micro-averaged over the articles in the total row):
  ent R     gold entities found with a right label (name or an alias the text uses)
  ent R*    the same, under any label
  Pers P    Person nodes of the article that are a gold Person or listed in acceptable_persons
  P/G P     Party and Group nodes of the article that stand for a gold entity or an acceptable name
  stmt R    gold statements found (normalised substring of Statement.text) with the right speaker
  found     gold statements found at all (content only)
  spk acc   right speaker among the gold statements found
  stmt P    Statements of the article that match a gold statement (its snippet in their text, or their span
            overlapping the snippet's place in the article); acceptable_statements are left out, and
            articles whose gold says statements_complete: false are not judged
  claim R/P gold claims found / graph claims that match a gold claim
  clmt      right claimant among the gold claims found that name one
  event R/P gold events found with type + date + place / graph events that match a gold event so
"""
import os
import re
import sys
import unicodedata
from collections import defaultdict

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import apoc_export  # noqa: E402

# Small helpers, as in shared/eval/kgscore.py (copied so that this script stands alone).


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"['`]", "", s)
    s = re.sub(r"[^a-z0-9%]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


CATEGORY_WORDS = {  # kgscore's, plus the categories of this gold; matched against Claim.category and .counted
    "militants": ["militant", "terrorist", "insurgent", "attacker", "rebel"],
    "security personnel": ["security", "soldier", "troop", "personnel", "police", "force", "army"],
    "civilians": ["civilian", "people", "citizen", "non-combatant"],
    "people": ["people", "person", "civilian", "individual", "american", "victim"],
    "children": ["child", "kid", "girl", "boy", "student"],
    "girls": ["girl", "child", "teen"],
    "teenagers": ["teen", "girl", "boy", "youth", "child"],
    "drivers": ["driver"],
    "miners": ["miner"],
}
OUTCOME_WORDS = {
    "killed": ["kill", "martyr", "dead", "death", "died", "slain"],
    "injured": ["injur", "wound", "hospital", "hurt"],
    "rescued": ["rescu", "freed", "released"],
    "held hostage": ["hostage", "held", "captive", "abduct"],
}
EVENT_WORDS = {  # gold type -> words one of which the graph's Event.type must contain
    "attack": ["attack", "assault", "bomb", "strike", "raid", "ambush", "shooting", "poison"],
    "protest": ["protest", "demonstration", "rally", "sit-in", "march", "riot"],
    "rally": ["rally", "protest", "demonstration"],
    "meeting": ["meeting", "summit", "conference", "convention"],
    "press conference": ["press conference", "meeting", "conference"],
    "election": ["election", "primary", "caucus", "vote"],
    "vote": ["vote", "election"],
    "debate": ["debate", "session", "sitting"],
    "death": ["death", "died"],
    "accident": ["accident", "crash", "collision", "disaster"],
    "fire": ["fire", "blaze"],
    "coup": ["coup"],
    "crackdown": ["crackdown", "operation", "military operation"],
    "killing": ["killing", "attack", "shooting"],
    "war": ["war", "conflict", "military operation"],
    # a hurricane, typhoon, cyclone or tornado is a storm: readers write the kind of storm, the graph the type "storm"
    "storm": ["storm", "hurricane", "typhoon", "cyclone", "tornado"],
    "hurricane": ["hurricane", "storm"],
    "typhoon": ["typhoon", "storm"],
    "cyclone": ["cyclone", "storm"],
    "tornado": ["tornado", "storm"],
    # so with kinds of the graph's coarser types: a stabbing or shooting is an attack, a summit a meeting, a crash an
    # accident (events.yaml lists these words as triggers of those types)
    "stabbing": ["stabbing", "attack", "assault"],
    "shooting": ["shooting", "attack"],
    "summit": ["summit", "meeting"],
    "crash": ["crash", "accident"],
}


def type_ok(graph_type, gold_type):
    t = norm(graph_type)
    return bool(t) and any(norm(w) in t for w in EVENT_WORDS.get(gold_type, [gold_type]))


def words_ok(value, key, table):
    v = norm(value)
    return bool(v) and any(w in v for w in table.get(key, [norm(key)]))


STOP = {"the", "a", "an", "of", "for", "from", "in", "his", "her", "their", "its", "s", "to", "and", "on", "at"}


def heads(s):
    return {w for w in norm(s).split() if w not in STOP}


class Graph:
    def __init__(self, path):
        self.nodes, self.out, self.inc = {}, defaultdict(list), defaultdict(list)
        for rec in apoc_export.records(path):
            if rec[0] == "node":
                self.nodes[rec[1]] = {"labels": rec[2], "p": rec[3]}
            else:
                r = rec[1:]
                self.out[r[1]].append(r)
                self.inc[r[2]].append(r)

    def p(self, nid):
        return self.nodes[nid]["p"]

    def labels(self, nid):
        return self.nodes[nid]["labels"]

    def surfaces(self, nid):
        p = self.p(nid)
        out = {norm(p.get("name")), norm(p.get("acronym"))}
        out |= {norm(a) for a in as_list(p.get("aliases"))}
        return out - {""}

    def nb(self, nid, rel, direction="out"):
        edges = self.out[nid] if direction == "out" else self.inc[nid]
        return [(e[2] if direction == "out" else e[1]) for e in edges if e[0] == rel]

    def edges_to(self, nid, rel):
        return [e for e in self.inc[nid] if e[0] == rel]


def labels_of(ent):
    ls = as_list(ent.get("labels")) or [ent["label"]]
    return set(ls) | ({"Place"} if "District" in ls else set())


def ent_names(ent):
    return {norm(ent["name"])} | {norm(a) for a in as_list(ent.get("aliases"))}


def span_of(text, snippet):
    """Where snippet is in text, matching words case-insensitively with any punctuation between them."""
    words = re.findall(r"[A-Za-z0-9%]+", unicodedata.normalize("NFKD", snippet))
    if not words:
        return None
    m = re.search(r"\W*".join(re.escape(w) for w in words),
                  unicodedata.normalize("NFKD", text).replace("\u2019", "'"), re.I)
    return (m.start(), m.end()) if m else None


class Count:
    def __init__(self):
        self.hit, self.total = 0, 0

    def add(self, ok):
        self.total += 1
        self.hit += 1 if ok else 0

    def pct(self):
        return 100.0 * self.hit / self.total if self.total else None

    def cell(self):
        p = self.pct()
        return "   -  " if p is None else f"{p:5.0f}%"


COLUMNS = ["ent R", "ent R*", "Pers P", "P/G P", "stmt R", "found", "spk acc", "stmt P", "claim R", "claim P", "clmt",
           "event R", "event P"]


def score_article(g, art, gd, verbose, out):
    c = {k: Count() for k in COLUMNS}
    say = (lambda *a: out.append("    " + " ".join(str(x) for x in a))) if verbose else (lambda *a: None)
    ents = gd.get("entities") or []
    mentioned = set(g.nb(art, "MENTIONS"))
    scope = mentioned | {p for n in mentioned for p in g.nb(n, "LOCATED_IN")}
    by_name = defaultdict(list)  # normalised surface -> article nodes
    for n in scope:
        for s in g.surfaces(n):
            by_name[s].append(n)

    def nodes_for(ent, any_label=False):
        found = {n for nm in ent_names(ent) for n in by_name.get(nm, [])}
        return found if any_label else {n for n in found if g.labels(n) & labels_of(ent)}

    index = {}
    for e in ents:
        for nm in ent_names(e):
            index.setdefault(nm, e)

    def actor(name):
        e = index.get(norm(name), {"label": "?", "labels": ["Person", "Party", "Group", "Organisation", "Place"],
                                   "name": name})
        return nodes_for(e, any_label=True)

    # entities
    for e in ents:
        right, anyl = nodes_for(e), nodes_for(e, any_label=True)
        c["ent R"].add(bool(right))
        c["ent R*"].add(bool(anyl))
        if not right:
            how = ("as " + "/".join(sorted({l for n in anyl for l in g.labels(n)}))) if anyl else "missing"
            say(f"entity {how}: {e['label']} {e['name']}")

    # Person precision: a gold Person or one of acceptable_persons (acceptable things that are no person,
    # a ship, a film, a title, do not make a Person node right); Party/Group precision: a gold entity or acceptable
    # A node is right when its name is one of these, or any of its names is a gold entity's name: an
    # acceptable surface does not excuse a node whose other names show it stands for something else
    # ("HM" in "HM the Queen" is acceptable; a Hizbul Mujahideen node known as HM is not).
    persons = {nm for e in ents if "Person" in labels_of(e) for nm in ent_names(e)}
    loose_persons = {norm(a) for a in gd.get("acceptable_persons") or []}
    gold_names = {nm for e in ents for nm in ent_names(e)}
    allowed = {norm(a) for a in (gd.get("acceptable") or []) + (gd.get("acceptable_persons") or [])}
    for n in sorted(mentioned):
        s, own = g.surfaces(n), norm(g.p(n).get("name"))
        if "Person" in g.labels(n):
            ok = bool(s & persons) or own in loose_persons
            c["Pers P"].add(ok)
            if not ok:
                other = [e for e in ents if s & ent_names(e)]
                say(f"Person node not a person: {g.p(n).get('name')!r}"
                    + (f" (gold {other[0]['label']})" if other else ""))
        if g.labels(n) & {"Party", "Group"}:
            ok = bool(s & gold_names) or own in allowed
            c["P/G P"].add(ok)
            if not ok:
                say(f"{'/'.join(sorted(g.labels(n)))} node for nothing in the text: {g.p(n).get('name')!r}"
                    f" (aliases {g.p(n).get('aliases')})")

    # statements
    text = g.p(art).get("text") or ""
    stmts = [s for s in g.nb(art, "REPORTED_IN", "in") if "Statement" in g.labels(s)]
    span = {}
    for e in g.inc[art]:
        if e[0] == "REPORTED_IN" and e[1] in stmts and "start" in e[3]:
            span[e[1]] = (e[3]["start"], e[3]["end"])
    gold_spans = []
    for st in gd.get("statements") or []:
        gold_spans.append(span_of(text, st["contains"]))
        hits = [s for s in stmts if norm(st["contains"]) in norm(g.p(s).get("text"))]
        who = st.get("speaker") or st.get("speakerText")
        right = False
        for h in hits:
            made = set(g.nb(h, "MADE", "in"))
            alts = set().union(*[actor(a) for a in as_list(st.get("speakerAlt"))]) if st.get("speakerAlt") else set()
            if st.get("speaker") and made & (actor(st["speaker"]) | alts):
                right = True
            # a named speaker with no node in the article may be kept as speakerText (the entity miss counts
            # under ent R); where the node exists, only MADE from it is right
            if (st.get("speaker") and not made and not actor(st["speaker"])
                    and norm(g.p(h).get("speakerText")) in ent_names(index.get(norm(st["speaker"]),
                                                                                {"name": st["speaker"]}))):
                right = True
            if st.get("speakerText") and (made & alts or (not made and heads(st["speakerText"])
                                                          & heads(g.p(h).get("speakerText")))):
                right = True
        c["found"].add(bool(hits))
        c["stmt R"].add(bool(hits) and right)
        if hits:
            c["spk acc"].add(right)
        if not hits:
            say(f"statement missing: {who}: \"{st['contains']}\" ({st.get('cue', '')})")
        elif not right:
            got = sorted({g.p(m).get("name") for h in hits for m in g.nb(h, "MADE", "in")}
                         | {repr(g.p(h).get("speakerText")) for h in hits if g.p(h).get("speakerText")})
            say(f"wrong speaker: {who}: \"{st['contains']}\" -> {', '.join(map(str, got)) or 'none'}")
    judged = gd.get("statements_complete", True)  # false where the gold lists a sample only (interviews)
    loose = [norm(x) for x in gd.get("acceptable_statements") or []]
    for s in stmts if judged else []:
        t = norm(g.p(s).get("text"))
        if any(x in t or (t and t in x) for x in loose):
            continue  # acceptable: neither right nor wrong
        ok = any(norm(st["contains"]) in t for st in gd.get("statements") or [])
        a = span.get(s)
        ok = ok or bool(a and any(b and a[0] < b[1] and b[0] < a[1] for b in gold_spans))
        c["stmt P"].add(ok)
        if not ok:
            who = [g.p(m).get("name") for m in g.nb(s, "MADE", "in")] or [g.p(s).get("speakerText")]
            say(f"statement not in gold: {who[0]!s}: \"{g.p(s).get('text', '')[:90]}\" ({g.p(s).get('verb')})")

    # claims
    claims = [n for n in g.nb(art, "REPORTED_IN", "in") if "Claim" in g.labels(n)]

    def claim_fits(n, cl):
        p = g.p(n)
        if norm(p.get("kind")) != norm(cl["kind"]):
            return False
        if cl["kind"] == "casualty":
            try:
                cnt = int(p.get("count"))
            except (TypeError, ValueError):
                return False
            cat = f"{p.get('category', '')} {p.get('counted', '')}"
            return (cnt == cl["count"] and words_ok(cat, cl["category"], CATEGORY_WORDS)
                    and words_ok(p.get("outcome"), cl["outcome"], OUTCOME_WORDS))
        if cl["kind"] == "responsibility":
            return bool(set(g.nb(n, "SUBJECT")) & actor(cl["subject"]))
        texts = [p.get("text")] + [g.p(s).get("text") for s in g.nb(n, "ASSERTS", "in")]
        ok = True
        if cl.get("contains"):
            ok = any(norm(cl["contains"]) in norm(t) for t in texts)
        if not ok and cl.get("subject"):
            ok = bool((set(g.nb(n, "SUBJECT")) | set(g.nb(n, "OBJECT"))) & actor(cl["subject"]))
        return ok

    for cl in gd.get("claims") or []:
        hits = [n for n in claims if claim_fits(n, cl)]
        c["claim R"].add(bool(hits))
        what = (f"casualty {cl['count']} {cl['category']} {cl['outcome']}" if cl["kind"] == "casualty"
                else f"{cl['kind']} \"{cl.get('contains', cl.get('subject'))}\"")
        if not hits:
            say(f"claim missing: {what}")
        elif cl.get("claimant"):
            who = actor(cl["claimant"])
            ok = any(set(g.nb(n, "CLAIMED_BY")) & who or any(set(g.nb(s, "MADE", "in")) & who
                                                            for s in g.nb(n, "ASSERTS", "in")) for n in hits)
            c["clmt"].add(ok)
            if not ok:
                say(f"claimant wrong: {what} by {cl['claimant']}")
    for n in claims:
        ok = any(claim_fits(n, cl) for cl in gd.get("claims") or [])
        c["claim P"].add(ok)
        if not ok:
            say(f"claim not in gold: {g.p(n).get('name')!r} <- \"{(g.p(n).get('text') or '')[:80]}\"")

    # events
    events = {n for n in g.nb(art, "REPORTED_IN", "in") if "Event" in g.labels(n)}
    events |= {n for n in mentioned if "Event" in g.labels(n)}

    def event_fits(n, ev):
        p = g.p(n)
        if not type_ok(p.get("type"), ev["type"]):
            return False
        if ev.get("date") is not None:
            d, gdate = str(p.get("date") or ""), str(ev["date"])
            if not (d.startswith(gdate) and len(d) >= len(gdate)):
                return False
        places = ev.get("places") or []
        if places:
            at = set(g.nb(n, "OCCURRED_IN"))
            if not any(actor(pl) & at for pl in places):
                return False
        return True

    for ev in gd.get("events") or []:
        ok = any(event_fits(n, ev) for n in events)
        c["event R"].add(ok)
        if not ok:
            say(f"event missing: {ev['type']} {ev.get('date', '')} {ev.get('places') or ''} {ev.get('note', '')}")
    for n in sorted(events):
        ok = any(event_fits(n, ev) for ev in gd.get("events") or [])
        c["event P"].add(ok)
        if not ok:
            at = [g.p(x).get("name") for x in g.nb(n, "OCCURRED_IN")]
            say(f"event not in gold: {g.p(n).get('type')} {g.p(n).get('date') or 'undated'} {at or ''}"
                f" ({g.p(n).get('dateText') or ''})")
    return c


BARS = [("Statements right (stmt P)", "stmt P", 90), ("Claims right (claim P)", "claim P", 80),
        ("Events right (event P)", "event P", 70), ("Person nodes right (Pers P)", "Pers P", 92),
        ("Attribution recall (stmt R)", "stmt R", 65), ("Speaker accuracy (spk acc)", "spk acc", 90)]


def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    if len(argv) < 2:
        print(__doc__)
        return 2
    g = Graph(argv[0])
    arts = [n for n, v in g.nodes.items() if "Article" in v["labels"]]
    total = {k: Count() for k in COLUMNS}
    print(f"{'article':34s} " + " ".join(f"{k:>7s}" for k in COLUMNS))
    details = []
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            gd = yaml.safe_load(f)
        meta = gd.get("article") or {}
        name = path.rsplit("/", 1)[-1][:-5][:34]
        art = [a for a in arts if meta.get("url") and g.p(a).get("uri") == meta["url"]] or \
              [a for a in arts if norm(g.p(a).get("title")) == norm(meta.get("title"))]
        if not art:
            print(f"{name:34s} NO ARTICLE in the export for {meta.get('url') or meta.get('title')}")
            for k in ["ent R", "ent R*", "stmt R", "found", "claim R", "event R"]:
                for _ in gd.get({"ent R": "entities", "ent R*": "entities", "stmt R": "statements",
                                 "found": "statements", "claim R": "claims", "event R": "events"}[k]) or []:
                    total[k].add(False)
            continue
        out = []
        c = score_article(g, art[0], gd, verbose, out)
        for k in COLUMNS:
            total[k].hit += c[k].hit
            total[k].total += c[k].total
        print(f"{name:34s} " + " ".join(f"{c[k].cell():>7s}" for k in COLUMNS))
        if verbose and out:
            details.append((name, out))
    print(f"{'TOTAL':34s} " + " ".join(f"{total[k].cell():>7s}" for k in COLUMNS))
    print(f"{'(hits/total)':34s} " + " ".join(f"{f'{total[k].hit}/{total[k].total}':>7s}" for k in COLUMNS))
    print()
    for label, k, bar in BARS:
        p = total[k].pct()
        flag = "n/a" if p is None else ("meets" if p >= bar else "below")
        print(f"{label:30s} {'-' if p is None else f'{p:5.1f}%':>6s}  bar {bar}%  {flag}")
    for name, out in details:
        print(f"\n{name}")
        print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Pre-run checks of gold files, for the readers of a new gold: snippets occur in the article (normalised as
score.py does), speakers, claimants, event places and participants are gold entities, entity names occur, weekdays
named in notes match dates. Each file's article is looked up by url in the articles.csv beside its gold/ folder.
usage: check_gold.py eval/wikinews-heldout5/gold/*.yaml ..."""
import csv, datetime, re, sys, os
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import norm  # noqa: E402

_articles = {}


def articles_for(gold_file):
    """The rows of the articles.csv of the draw the gold file belongs to (beside its gold/ folder), by url."""
    csv_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(gold_file))), "articles.csv")
    if csv_path not in _articles:
        _articles[csv_path] = {r["url"]: r for r in csv.DictReader(open(csv_path))}
    return _articles[csv_path]


DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
bad = 0
for path in sys.argv[1:]:
    g = yaml.safe_load(open(path))
    a = g["article"]
    row = articles_for(path).get(a["url"])
    probs = []
    if not row:
        print(path, "URL NOT FOUND"); bad += 1; continue
    if row["title"] != a["title"] or row["date"] != str(a["published"]):
        probs.append("title/date differ")
    text = norm(row["title"] + " \n " + row["text"])
    body = norm(row["text"])
    names = set()
    for e in g.get("entities") or []:
        ns = [e["name"]] + (e.get("aliases") or [])
        names |= {norm(n) for n in ns}
        if not any(norm(n) and f" {norm(n)} " in f" {body} " for n in ns):
            probs.append(f"entity not in text: {e['name']}")
    def known(n):
        return norm(n) in names
    for s in g.get("statements") or []:
        if norm(s["contains"]) not in body:
            probs.append(f"statement contains not in text: {s['contains']!r}")
        if s.get("speaker") and not known(s["speaker"]):
            probs.append(f"speaker not an entity: {s['speaker']}")
        for alt in s.get("speakerAlt") or []:
            if not known(alt):
                probs.append(f"speakerAlt not an entity: {alt}")
        if s.get("kind") not in {"speech", "belief", "stance", "evidence", "intention", "topic"}:
            probs.append(f"bad kind {s.get('kind')}")
    for s in g.get("acceptable_statements") or []:
        if norm(s) not in body:
            probs.append(f"acceptable_statement not in text: {s!r}")
    for c in g.get("claims") or []:
        if c.get("contains") and norm(c["contains"]) not in body:
            probs.append(f"claim contains not in text: {c['contains']!r}")
        for k in ("claimant", "subject"):
            if c.get(k) and not known(c[k]):
                probs.append(f"claim {k} not an entity: {c[k]}")
        if c["kind"] == "responsibility" and not c.get("subject"):
            probs.append("responsibility claim without subject")
    for ev in g.get("events") or []:
        for p in (ev.get("places") or []) + (ev.get("participants") or []):
            if not known(p):
                probs.append(f"event place/participant not an entity: {p}")
        d = str(ev.get("date", ""))
        note = (ev.get("note") or "").lower()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            wd = DAYS[datetime.date.fromisoformat(d).weekday()]
            named = [w for w in DAYS if w in note]
            if named and wd not in named:
                probs.append(f"event date {d} is a {wd}, note names {named}")
    print(path, "OK" if not probs else "")
    for p in probs:
        print("   ", p)
    bad += bool(probs)
sys.exit(1 if bad else 0)

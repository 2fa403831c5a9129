#!/usr/bin/env python3
"""Checks the gold files 010-019 of this draw (heldout5) against articles.csv (helper B)."""
import csv, sys, os, datetime, re, glob
import yaml
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wikinews-gold"))
from score import norm  # noqa

csv.field_size_limit(10**9)
here = os.path.dirname(os.path.abspath(__file__))
rows = {r["url"]: r for r in csv.DictReader(open(os.path.join(here, "articles.csv")))}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
files = sys.argv[1:] or sorted(f for f in glob.glob(os.path.join(here, "gold", "*.yaml")) if 10 <= int(os.path.basename(f)[:3]) <= 19)
bad = 0
for f in files:
    g = yaml.safe_load(open(f))
    a = g["article"]
    r = rows.get(a["url"])
    if not r:
        print(f, "URL NOT FOUND"); bad += 1; continue
    if r["title"] != a["title"] or str(a["published"]) != r["date"]:
        print(f, "title/date mismatch")
    text = norm(r["text"])
    ttext = norm(r["title"] + " " + r["text"])
    names = set()
    for e in g.get("entities") or []:
        ns = [e["name"]] + list(e.get("aliases") or [])
        names |= {norm(n) for n in ns}
        if norm(e["name"]) not in text:
            where = "title only" if norm(e["name"]) in ttext else "NOT IN TEXT"
            print(f"{os.path.basename(f)}: entity name {e['name']!r} {where}")
        for al in e.get("aliases") or []:
            if norm(al) not in text:
                print(f"{os.path.basename(f)}: alias {al!r} not in text")
    def ent(n):
        return norm(n) in names
    for s in g.get("statements") or []:
        if norm(s["contains"]) not in text:
            print(f"{os.path.basename(f)}: contains not in text: {s['contains']!r}"); bad += 1
        if s.get("speaker") and not ent(s["speaker"]):
            print(f"{os.path.basename(f)}: speaker not entity: {s['speaker']}"); bad += 1
        for x in s.get("speakerAlt") or []:
            if not ent(x):
                print(f"{os.path.basename(f)}: speakerAlt not entity: {x}"); bad += 1
        for k in ("kind", "cue", "quote"):
            if k not in s:
                print(f"{os.path.basename(f)}: missing {k}: {s['contains']!r}")
        if s["kind"] not in ("speech", "stance", "belief", "evidence", "intention", "topic"):
            print("bad kind", s)
    for x in g.get("acceptable_statements") or []:
        if not norm(x):
            print(f"{os.path.basename(f)}: EMPTY acceptable statement {x!r}"); bad += 1
        elif norm(x) not in text:
            print(f"{os.path.basename(f)}: acceptable_statement not in text: {x!r}"); bad += 1
    for c in g.get("claims") or []:
        if c.get("contains") and norm(c["contains"]) not in text:
            print(f"{os.path.basename(f)}: claim snippet not in text: {c['contains']!r}"); bad += 1
        for k in ("claimant", "subject"):
            if c.get(k) and not ent(c[k]):
                print(f"{os.path.basename(f)}: claim {k} not entity: {c[k]}"); bad += 1
    pub = datetime.date.fromisoformat(str(a["published"]))
    for ev in g.get("events") or []:
        for p in (ev.get("places") or []) + (ev.get("participants") or []):
            if not ent(p):
                print(f"{os.path.basename(f)}: event place/participant not entity: {p}"); bad += 1
        d = str(ev.get("date") or "")
        note = (ev.get("note") or "").lower()
        if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
            wd = DAYS[datetime.date.fromisoformat(d).weekday()]
            named = [x for x in DAYS if x in note]
            if named and wd not in named:
                print(f"{os.path.basename(f)}: {d} is a {wd}, note names {named}"); bad += 1
print("problems:", bad)

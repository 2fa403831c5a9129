#!/usr/bin/env python3
"""Lists the statements of a `kg export` file, article by article, with verb, kind and speaker: for reading
speaker errors on articles that have no gold (session 24 read the undrawn rows of eval/wikinews-heldout15/pool.csv
this way). A speaker with no node is shown as ~speakerText.

usage: list_statements.py EXPORT.jsonl > statements.txt
"""
import collections
import json
import sys


def main(path):
    nodes, rels = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            (rels.append(o) if o["type"] != "node" else nodes.__setitem__(o["id"], o))
    made, reported = {}, {}
    for r in rels:
        s, e = r["start"]["id"], r["end"]["id"]
        if r["label"] == "MADE":
            made[e] = s
        elif r["label"] == "REPORTED_IN" and "Statement" in nodes.get(s, {}).get("labels", []):
            reported[s] = (e, r.get("properties", {}))
    by_article = collections.defaultdict(list)
    for sid, (aid, p) in reported.items():
        by_article[aid].append((p.get("start", 0), sid))
    for aid, found in by_article.items():
        print("\n#####", nodes[aid]["properties"].get("name"))
        for _, sid in sorted(found):
            sp = nodes[sid]["properties"]
            who = nodes[made[sid]]["properties"].get("name") if sid in made else "~" + str(sp.get("speakerText"))
            print("- [%s/%s] SPK=%s :: %r" % (sp.get("verb"), sp.get("kind"), who, (sp.get("text") or "")[:150]))


if __name__ == "__main__":
    main(sys.argv[1])

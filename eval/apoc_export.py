"""Reads a `kg export` file: JSON lines in the format of APOC's apoc.export.json, one node or relationship a line."""

import json


def records(path):
    """Yields ("node", id, labels, properties) and ("relationship", type, start id, end id, properties)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            o = json.loads(line)
            if o.get("type") == "node":
                yield "node", str(o["id"]), set(o.get("labels", [])), o.get("properties", {})
            elif o.get("type") == "relationship":
                yield ("relationship", o.get("label"), str(o["start"]["id"]), str(o["end"]["id"]),
                       o.get("properties", {}))

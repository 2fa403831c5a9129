"""Read PolNeAR's brat standoff attributions (dev or train split only) and the corpus's CoreNLP NER.

Shared by prepare.py and score.py. A corpus directory is what extract.sh writes:
  DIR/text/<name>.txt            the article text (brat offsets are character offsets into it)
  DIR/attributions/<name>_<annotator>.ann
  DIR/corenlp/<name>.txt.xml     CoreNLP 4-class NER made by the corpus authors (optional)
  DIR/metadata.tsv               the metadata rows of this split only
"""
import csv
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

WORD = re.compile(r"\w+", re.UNICODE)


def article_names(corpus):
    return sorted(f[:-4] for f in os.listdir(os.path.join(corpus, "text")) if f.endswith(".txt"))


def metadata(corpus):
    path = os.path.join(corpus, "metadata.tsv")
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                rows[row["filename"]] = row
    return rows


def annotation_file(corpus, name):
    """Articles annotated by several annotators (2 in dev) have one .ann each: take the first annotator in
    sorted order, so the gold is deterministic."""
    d = os.path.join(corpus, "attributions")
    cands = sorted(f for f in os.listdir(d) if f.startswith(name + "_") and f.endswith(".ann")
                   and re.fullmatch(re.escape(name) + r"_[0-9a-f]{4}\.ann", f))
    return os.path.join(d, cands[0]) if cands else None


def read_text(corpus, name):
    with open(os.path.join(corpus, "text", name + ".txt"), encoding="utf-8", newline="") as f:
        return f.read()


def parse_spans(s):
    out = []
    for part in s.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_attributions(corpus, name):
    """Returns a list of dicts: id, kind ('Attribution' or 'Attribution-no-source'), and for each role
    'source', 'cue', 'content' a list of (start, end) character spans (possibly discontinuous)."""
    path = annotation_file(corpus, name)
    if path is None:
        return []
    ents, events = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            # a span's text may hold a line break: its second line is no annotation ("The number ...")
            if not re.fullmatch(r"[TE]\d+", cols[0]) or len(cols) < 2:
                continue
            if cols[0].startswith("T"):
                typ, spans = cols[1].split(" ", 1)
                ents[cols[0]] = (typ, parse_spans(spans))
            elif cols[0].startswith("E"):
                events.append((cols[0], cols[1].split()))
    atts = []
    for eid, args in events:
        kind, _ = args[0].split(":", 1)
        a = {"id": eid, "kind": kind, "source": [], "cue": [], "content": []}
        for arg in args[1:]:
            role, tid = arg.split(":", 1)
            role = re.sub(r"\d+$", "", role).lower()
            if role in a and tid in ents:
                a[role].extend(ents[tid][1])
        atts.append(a)
    return atts


def words(text, spans):
    """Word tokens (\\w+ runs) inside the spans, as (start, end) pairs."""
    out = []
    for s, e in spans:
        for m in WORD.finditer(text, s, e):
            out.append((m.start(), m.end()))
    return out


def ner_tokens(corpus, name):
    """[(start, end, word, ner)] from the corpus's CoreNLP xml, or None when the file is absent."""
    path = os.path.join(corpus, "corenlp", name + ".txt.xml")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return None
    toks = []
    for t in root.iter("token"):
        toks.append((int(t.findtext("CharacterOffsetBegin")), int(t.findtext("CharacterOffsetEnd")),
                     t.findtext("word"), t.findtext("NER") or "O"))
    return toks

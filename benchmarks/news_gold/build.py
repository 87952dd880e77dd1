"""Build the news-gold benchmark from its sources.

Each ``src/NN_slug.py`` defines ``META`` (id, date), ``TEXT`` (the headline on the
first line, then paragraphs separated by blank lines, **one sentence per line**),
``RELS`` (relations, via ``R``), ``COREF`` (via ``C``) and optionally ``ALIASES``
(entity label -> other acceptable labels, used for coreference antecedents only:
the antecedent becomes a list, canonical label first).  This script writes

* ``articles/NN_slug.txt`` -- the article as a wire report: headline, blank line,
  paragraphs separated by blank lines, the sentences of a paragraph joined by a space;
* ``metadata.json`` -- file -> id, publication date, title;
* ``gold.jsonl`` -- one line per article with its relations and coreference items.

Sentence indices: the headline is sentence 0, then every sentence in order.  The
wire dateline ("KHARTOUM, Sudan - ") belongs to the first body sentence (kg may
count it as a segment of its own; the scorer locates sentences by ``quote``).

Run: ``python benchmarks/news_gold/build.py`` (idempotent).  ``--set heldout`` builds the
held-out set the same way from ``heldout/src/`` into ``heldout/`` (articles/, metadata.json,
gold.jsonl); ``--set heldout2`` builds the second held-out set from ``heldout2/src/`` into
``heldout2/``, ``--set heldout3`` the third from ``heldout3/src/`` into ``heldout3/``, ``--set heldout4``
the fourth from ``heldout4/src/`` into ``heldout4/``, ``--set heldout5`` the fifth from ``heldout5/src/``
into ``heldout5/``, ``--set heldout6`` the sixth from ``heldout6/src/`` into ``heldout6/``, ``--set heldout7`` the
seventh from ``heldout7/src/`` into ``heldout7/``, ``--set heldout8`` the eighth from ``heldout8/src/`` into
``heldout8/``, ``--set heldout9`` the ninth from ``heldout9/src/`` into ``heldout9/``, ``--set heldout10`` the tenth from ``heldout10/src/`` into ``heldout10/``, and ``--set heldout13`` the thirteenth from ``heldout13/src/`` into ``heldout13/``; the default ``--set dev`` builds this directory.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CLAUSE_TAGS = {"active", "passive", "reduced_passive", "prepositional", "relative", "participial", "control"}
ALL_TAGS = CLAUSE_TAGS | {
    "conjunction", "apposition", "pronoun", "nominal_anaphora",
    "negation", "modality", "attribution", "date", "place",
}
SETS = {"dev": HERE, "heldout": HERE / "heldout", "heldout2": HERE / "heldout2", "heldout3": HERE / "heldout3",
        "heldout4": HERE / "heldout4", "heldout5": HERE / "heldout5",
        "heldout6": HERE / "heldout6", "heldout7": HERE / "heldout7", "heldout8": HERE / "heldout8",
        "heldout9": HERE / "heldout9", "heldout10": HERE / "heldout10",
        "heldout13": HERE / "heldout13"}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def R(quote, actor, action, target, tags="", neg=False, mod=None, attr=None, date=None, place=None):
    return dict(quote=quote, actor=actor, action=action, target=target, tags=tags.split(),
                negated=neg, modality=mod, attributed_to=attr, date=date, place=place)


def C(quote, mention, antecedent, kind="pronoun", occurrence=1):
    return dict(quote=quote, mention=mention, antecedent=antecedent, kind=kind, occurrence=occurrence)


def resolve_date(spec, pub: dt.date):
    """'sun' (the Sunday on or before publication), 'YYYY-MM-DD', 'month:YYYY-MM',
    'year:YYYY', 'years:YYYY-YYYY', 'overnight' (the night before publication), 'week:YYYY-MM-DD' (the
    week starting that day)."""
    if spec is None:
        return None
    if spec in WEEKDAYS:
        delta = (pub.weekday() - WEEKDAYS.index(spec)) % 7
        return (pub - dt.timedelta(days=delta)).isoformat()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", spec):
        return spec
    kind, _, val = spec.partition(":")
    if kind == "month":
        y, m = map(int, val.split("-"))
        return {"start": f"{y:04d}-{m:02d}-01", "end": f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}",
                "granularity": "month"}
    if kind == "years":
        a, b = val.split("-")
        return {"start": f"{a}-01-01", "end": f"{b}-12-31", "granularity": "year"}
    if kind == "year":
        return {"start": f"{val}-01-01", "end": f"{val}-12-31", "granularity": "year"}
    if kind == "week":
        s = dt.date.fromisoformat(val)
        return {"start": s.isoformat(), "end": (s + dt.timedelta(days=6)).isoformat(), "granularity": "week"}
    if spec == "overnight":
        return {"start": (pub - dt.timedelta(days=1)).isoformat(), "end": pub.isoformat(), "granularity": "night"}
    raise ValueError(f"bad date spec {spec!r}")


def layout(text: str):
    """-> (headline, paragraphs as lists of sentences)."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.strip("\n"))]
    headline = blocks[0].strip()
    assert "\n" not in headline, headline
    paras = [[s.strip() for s in b.split("\n") if s.strip()] for b in blocks[1:]]
    return headline, paras


def build_one(path: Path):
    ns = {"R": R, "C": C}
    exec(path.read_text(encoding="utf-8"), ns)
    meta, text = ns["META"], ns["TEXT"]
    pub = dt.date.fromisoformat(meta["date"])
    headline, paras = layout(text)
    sentences = [headline]
    offsets = [0]
    body = headline + "\n\n"
    for i, para in enumerate(paras):
        for j, s in enumerate(para):
            if j:
                body += " "
            offsets.append(len(body))
            sentences.append(s)
            body += s
        body += "\n\n" if i < len(paras) - 1 else "\n"
    for s, o in zip(sentences, offsets):
        assert body[o:o + len(s)] == s

    def locate(quote):
        hits = [i for i, s in enumerate(sentences) if quote in s]
        if len(hits) != 1:
            raise SystemExit(f"{path.name}: quote {quote!r} found in sentences {hits}")
        return hits[0]

    relations = []
    for r in ns["RELS"]:
        tags = list(r["tags"])
        for flag, tag in (("negated", "negation"), ("modality", "modality"), ("attributed_to", "attribution"),
                          ("date", "date"), ("place", "place")):
            if r[flag] and tag not in tags:
                tags.append(tag)
        if not CLAUSE_TAGS & set(tags):
            tags.insert(0, "active")
        bad = set(tags) - ALL_TAGS
        if bad:
            raise SystemExit(f"{path.name}: bad tags {bad} in {r}")
        relations.append({
            "sentence": locate(r["quote"]), "quote": r["quote"],
            "actor": r["actor"], "action": r["action"], "target": r["target"],
            "negated": r["negated"], "modality": r["modality"], "attributed_to": r["attributed_to"],
            "date": resolve_date(r["date"], pub), "place": r["place"], "constructions": tags,
        })
    coref = []
    aliases = ns.get("ALIASES", {})
    for c in ns.get("COREF", []):
        si = locate(c["quote"])
        s = sentences[si]
        ms = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(c["mention"]) + r"(?![\w-])", s)]
        if len(ms) < c["occurrence"]:
            raise SystemExit(f"{path.name}: mention {c['mention']!r} #{c['occurrence']} not in {s!r}")
        start = offsets[si] + ms[c["occurrence"] - 1]
        ante = c["antecedent"]
        if isinstance(ante, str) and ante in aliases:
            ante = [ante] + [a for a in aliases[ante] if a != ante]
        coref.append({"sentence": si, "quote": c["quote"], "mention": c["mention"], "occurrence": c["occurrence"],
                      "kind": c["kind"], "antecedent": ante,
                      "start": start, "end": start + len(c["mention"])})
    fname = path.stem + ".txt"
    record = {"file": fname, "id": meta["id"], "date": meta["date"], "title": headline,
              "n_sentences": len(sentences), "relations": relations, "coref": coref}
    return fname, body, record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build a news-gold set from its sources.")
    ap.add_argument("--set", choices=sorted(SETS), default="dev", help="dev (default), heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10 or heldout13")
    base = SETS[ap.parse_args(argv).set]
    records, meta = [], {}
    for src in sorted((base / "src").glob("[0-9][0-9]_*.py")):
        fname, body, rec = build_one(src)
        (base / "articles" / fname).write_text(body, encoding="utf-8")
        records.append(rec)
        meta[fname] = {"id": rec["id"], "date": rec["date"], "title": rec["title"]}
    with open(base / "gold.jsonl", "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (base / "metadata.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    n_s = sum(r["n_sentences"] for r in records)
    n_r = sum(len(r["relations"]) for r in records)
    n_c = sum(len(r["coref"]) for r in records)
    print(f"{len(records)} articles, {n_s} sentences, {n_r} relations, {n_c} coref items", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

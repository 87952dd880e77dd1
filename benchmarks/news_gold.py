"""Score kg's extraction against the annotated news articles in ``benchmarks/news_gold/``.

    python benchmarks/news_gold.py [--gold FILE] [--articles DIR] [--predictions FILE.jsonl]
                                   [--model NAME] [--verbose]

Runs ``kg.process`` on the articles (or reads ``kg extract --format jsonl`` records
from ``--predictions``, whose ``doc`` is the gold ``id``), matches predicted
relations to gold relations one-to-one within each article, and prints precision,
recall and F1 overall, recall per gold construction tag, precision per predicted
``construction``, the accuracy of modality / attribution / date / place on the
matched relations, and coreference accuracy.  The last line is ``P=... R=... F1=...``.

A predicted relation matches a gold relation when
* the gold ``quote`` occurs in the predicted relation's sentence ``text``;
* its actor and target equal one of the gold alternatives (case-insensitive, a
  leading "the" and surrounding punctuation ignored);
* its action equals the gold action (or one of the listed actions) exactly;
* ``negated`` is equal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).resolve().parent
GOLD = HERE / "news_gold" / "gold.jsonl"
ARTICLES = HERE / "news_gold" / "articles"

MISSING = object()  # a field the predictions do not expose (yet)


# --------------------------------------------------------------------------- normalisation

def norm(s: Any) -> str:
    s = str(s).replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s.strip().lower())
    s = s.strip(" \"'.,;:")
    s = re.sub(r"^(the|a|an) ", "", s)
    return s


def alts(v: Any) -> list[str]:
    if v is None:
        return []
    return [norm(x) for x in (v if isinstance(v, list) else [v])]


def label_ok(gold: Any, pred: Any) -> bool:
    """Gold null <-> pred null; else pred equals one of the alternatives."""
    if gold is None or gold == []:
        return pred is None
    return pred is not None and norm(pred) in alts(gold)


def antecedent_ok(gold: Any, pred: Any) -> bool:
    """Coreference: gold null <-> pred null; else pred equals the antecedent or one of its
    listed aliases (the gold lists the acronym's long form, "Cairo" for Egypt ...)."""
    return label_ok(gold, pred)


def cue_key(cue: str) -> tuple[str, ...]:
    return tuple(w[:4] for w in re.findall(r"[a-z']+", cue.lower()))


def cue_ok(gold: Any, pred: Any) -> bool:
    """Modality: both null, or the cues agree up to inflection ("threatened to" ~ "threaten to")."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    pk = cue_key(str(pred))
    for g in gold if isinstance(gold, list) else [gold]:
        gk = cue_key(g)
        if gk == pk or _contains(pk, gk) or _contains(gk, pk):
            return True
    return False


def _contains(seq: tuple, sub: tuple) -> bool:
    n = len(sub)
    return n > 0 and any(seq[i:i + n] == sub for i in range(len(seq) - n + 1))


def gold_interval(d: Any) -> tuple[str, str, str] | None:
    if d is None:
        return None
    if isinstance(d, str):
        return (d, d, "day")
    return (d["start"], d["end"], d.get("granularity", ""))


def date_ok(gold: Any, pred: tuple[str, str, str] | None) -> bool:
    g = gold_interval(gold)
    if g is None or pred is None:
        return g is None and pred is None
    if (g[0], g[1]) == (pred[0], pred[1]):
        return True
    # "overnight": the night before publication -- either of its two days is right
    return g[2] == "night" and pred[0] == pred[1] and g[0] <= pred[0] <= g[1]


# --------------------------------------------------------------------------- predictions

def _label(m: Any) -> Any:
    if m is None:
        return None
    return getattr(m, "label", m)


def _date_tuple(d: Any, granularity: str | None = None) -> tuple[str, str, str] | None:
    if d is None:
        return None
    if isinstance(d, str):
        a, _, b = d.partition("/")
        return (a, b or a, granularity or "")
    start, end = getattr(d, "start", None), getattr(d, "end", None)
    if start is None:
        return None
    return (str(start), str(end or start), str(getattr(d, "granularity", "") or ""))


def from_relation(r: Any) -> dict:
    """A kg.Relation (object) -> the flat dict the scorer uses; absent fields -> MISSING."""
    out = {
        "text": r.text, "actor": _label(r.actor), "action": r.action, "target": _label(r.target),
        "negated": bool(getattr(r, "negated", False)), "construction": getattr(r, "construction", None),
        "actor_text": getattr(r.actor, "text", None), "target_text": getattr(r.target, "text", None),
    }
    for key in ("modality", "attributed_to", "place"):
        v = getattr(r, key, MISSING)
        out[key] = v if v is MISSING else _label(v)
    d = getattr(r, "date", MISSING)
    out["date"] = d if d is MISSING else _date_tuple(d)
    return out


def from_record(rec: dict) -> dict:
    """A ``kg extract`` JSON record -> the flat dict the scorer uses."""
    out = {k: rec.get(k) for k in ("text", "actor", "action", "target", "construction", "actor_text", "target_text")}
    out["negated"] = bool(rec.get("negated", False))
    for key in ("modality", "attributed_to", "place"):
        out[key] = rec[key] if key in rec else MISSING
    out["date"] = _date_tuple(rec["date"], rec.get("date_granularity")) if "date" in rec else MISSING
    return out


def coref_from_links(links: Iterable[Any]) -> list[dict]:
    res = []
    for c in links:
        get = c.get if isinstance(c, dict) else (lambda k, c=c: getattr(c, k, None))
        res.append({"text": get("text"), "start": get("start"), "end": get("end"),
                    "kind": get("kind"), "antecedent": get("antecedent")})
    return res


# --------------------------------------------------------------------------- scoring

def rel_match(g: dict, p: dict) -> bool:
    if norm(g["quote"]) not in norm(p.get("text") or ""):
        return False
    actions = g["action"] if isinstance(g["action"], list) else [g["action"]]
    if p.get("action") not in actions:
        return False
    if bool(p.get("negated")) != bool(g["negated"]):
        return False
    return (p.get("actor") is not None and norm(p["actor"]) in alts(g["actor"])
            and p.get("target") is not None and norm(p["target"]) in alts(g["target"]))


MISS_KINDS = ("no relation from its sentence", "no relation with its action", "negation differs",
              "actor missing", "actor differs", "target missing", "target differs", "actor and target differ")


def miss_kind(g: dict, preds: list[dict]) -> str:
    """Why the gold relation ``g`` found no prediction, told by the nearest prediction from
    its sentence: aggregates that point at a stage (segmentation, clause rules, coreference
    and node labels) without showing any sentence."""
    sentence = [p for p in preds if norm(g["quote"]) in norm(p.get("text") or "")]
    actions = g["action"] if isinstance(g["action"], list) else [g["action"]]
    here = [p for p in sentence if p.get("action") in actions]
    if not sentence:
        return MISS_KINDS[0]
    if not here:
        verbs = {a.split()[0] for a in actions}
        if any((p.get("action") or " ").split()[0] in verbs for p in sentence):
            return MISS_KINDS[1] + " (its verb, phrased otherwise)"  # "fire" for "fire at", "take" for "take over"
        return MISS_KINDS[1]
    kinds = []
    for p in here:
        actor_ok = p.get("actor") is not None and norm(p["actor"]) in alts(g["actor"])
        target_ok = p.get("target") is not None and norm(p["target"]) in alts(g["target"])
        if actor_ok and target_ok:
            kinds.append(2)  # only the negation keeps it from matching
        elif actor_ok:
            kinds.append(5 if p.get("target") is None else 6)
        elif target_ok:
            kinds.append(3 if p.get("actor") is None else 4)
        else:
            kinds.append(7)
    kind = MISS_KINDS[min(kinds)]
    if ("actor" in kind or "target" in kind) and {"pronoun", "nominal_anaphora"} & set(g["constructions"]):
        kind += " (an anaphor)"
    return kind


def bipartite(gold: list[dict], preds: list[dict]) -> dict[int, int]:
    """Maximum one-to-one matching gold index -> pred index (Kuhn's algorithm)."""
    cand = [[j for j, p in enumerate(preds) if rel_match(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in cand[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def prf(m: int, p: int, g: int) -> tuple[float, float, float]:
    P = m / p if p else 0.0
    R = m / g if g else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F


def score(gold_articles: list[dict], preds: dict[str, list[dict]],
          coref: dict[str, list[dict]] | None = None) -> dict:
    """Score predictions (per gold article id: flat relation dicts) against the gold.

    ``coref`` maps article ids to predicted coreference links (text/start/end/antecedent),
    or is None when the predictions do not expose coreference.
    """
    n_gold = n_pred = n_match = 0
    tag_gold, tag_match = Counter(), Counter()
    con_pred, con_match = Counter(), Counter()
    fields = {k: [0, 0] for k in ("modality", "attributed_to", "date", "place")}  # correct, total
    exposed = {k: False for k in fields}
    hedged = [0, 0]  # gold-hedged matched relations with the right cue, of gold-hedged matched
    misses, false_pos, field_errors = [], [], []
    miss_kinds: Counter = Counter()
    for art in gold_articles:
        aid = art["id"]
        gold, pr = art["relations"], preds.get(aid, [])
        pairs = bipartite(gold, pr)
        n_gold += len(gold)
        n_pred += len(pr)
        n_match += len(pairs)
        for i, g in enumerate(gold):
            for t in set(g["constructions"]):
                tag_gold[t] += 1
                if i in pairs:
                    tag_match[t] += 1
            if i not in pairs:
                misses.append((art["file"], g, miss_kind(g, pr)))
                miss_kinds[misses[-1][2]] += 1
                continue
            p = pr[pairs[i]]
            for k in fields:
                v = p.get(k, MISSING)
                if v is MISSING:
                    continue
                exposed[k] = True
                ok = {"modality": cue_ok, "attributed_to": label_ok, "place": label_ok, "date": date_ok}[k](g[k], v)
                fields[k][0] += ok
                fields[k][1] += 1
                if not ok:
                    field_errors.append((art["file"], k, g, v))
                if k == "modality" and g["modality"] is not None:
                    hedged[1] += 1
                    hedged[0] += ok
        matched_preds = set(pairs.values())
        for j, p in enumerate(pr):
            c = p.get("construction") or "?"
            con_pred[c] += 1
            if j in matched_preds:
                con_match[c] += 1
            else:
                false_pos.append((art["file"], p))

    co = None
    if coref is not None:
        co = {"pronoun": [0, 0, 0], "nominal": [0, 0, 0]}  # correct, found, total
        co_err = []
        for art in gold_articles:
            links = coref.get(art["id"], [])
            for item in art.get("coref", []):
                best, best_ov = None, 0
                for link in links:
                    if link.get("start") is None:
                        continue
                    ov = min(item["end"], link["end"]) - max(item["start"], link["start"])
                    if ov > best_ov:
                        best, best_ov = link, ov
                kind = item["kind"] if item["kind"] in co else "nominal"
                co[kind][2] += 1
                ante = best["antecedent"] if best else None
                co[kind][1] += best is not None
                ok = antecedent_ok(item["antecedent"], ante)
                co[kind][0] += ok
                if not ok:
                    co_err.append((art["file"], item, ante))
        co["errors"] = co_err

    return {"gold": n_gold, "pred": n_pred, "match": n_match, "prf": prf(n_match, n_pred, n_gold),
            "tag_gold": tag_gold, "tag_match": tag_match, "con_pred": con_pred, "con_match": con_match,
            "fields": fields, "exposed": exposed, "hedged": hedged, "coref": co,
            "misses": misses, "miss_kinds": miss_kinds, "false_pos": false_pos, "field_errors": field_errors}


# --------------------------------------------------------------------------- running kg

def load_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_kg(gold_articles: list[dict], articles_dir: Path, model: str | None = None):
    import kg

    arts = [kg.Article(id=a["id"], text=(articles_dir / a["file"]).read_text(encoding="utf-8"),
                       title=a["title"], date=dt.date.fromisoformat(a["date"])) for a in gold_articles]
    kwargs = {"model": model} if model else {}
    preds: dict[str, list[dict]] = defaultdict(list)
    coref: dict[str, list[dict]] = {}
    has_coref = False
    for res in kg.process(arts, **kwargs):
        if not hasattr(res, "relations"):
            print(f"skipped: {res}", file=sys.stderr)
            continue
        aid = res.article.id
        preds[aid] = [from_relation(r) for r in res.relations]
        links = getattr(res, "coreference", None)
        if links is not None:
            has_coref = True
            coref[aid] = coref_from_links(links)
    return dict(preds), (coref if has_coref else None)


def read_predictions(path: Path) -> dict[str, list[dict]]:
    preds: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                preds[rec["doc"]].append(from_record(rec))
    return dict(preds)


# --------------------------------------------------------------------------- report

def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(gold_articles: list[dict], s: dict, verbose: bool = False, out=None) -> None:
    out = out or sys.stdout
    w = lambda *a: print(*a, file=out)  # noqa: E731
    n_sent = sum(a.get("n_sentences", 0) for a in gold_articles)
    n_co = sum(len(a.get("coref", [])) for a in gold_articles)
    w(f"news gold: {len(gold_articles)} articles, {n_sent} sentences, {s['gold']} gold relations, "
      f"{n_co} coreference items; {s['pred']} predicted relations")
    P, R, F = s["prf"]
    w(f"overall: P={P:.3f} R={R:.3f} F1={F:.3f} (matched {s['match']}, gold {s['gold']}, predicted {s['pred']})")
    w("")
    w("recall by gold construction tag:")
    for t, n in sorted(s["tag_gold"].items(), key=lambda kv: (s["tag_match"][kv[0]] / kv[1], kv[0])):
        w(f"  {t:<17} R={s['tag_match'][t] / n:.3f} ({s['tag_match'][t]}/{n})")
    w("gold relations missed, by the nearest prediction from their sentence:")
    for kind, n in sorted(s["miss_kinds"].items(), key=lambda kv: (-kv[1], kv[0])):
        w(f"  {kind:<42} {n}")
    w("precision by predicted construction:")
    for c, n in sorted(s["con_pred"].items(), key=lambda kv: (s["con_match"][kv[0]] / kv[1], kv[0])):
        w(f"  {c:<17} P={s['con_match'][c] / n:.3f} ({s['con_match'][c]}/{n})")
    w("")
    w(f"on the {s['match']} matched relations:")
    w(f"  negated        always equal (a matching condition); negated gold recall: "
      f"{_pct(s['tag_match']['negation'], s['tag_gold']['negation'])}")
    for k, label in (("modality", "modality"), ("attributed_to", "attributed_to"), ("date", "date"), ("place", "place")):
        c, n = s["fields"][k]
        w(f"  {label:<14} " + (f"accuracy {_pct(c, n)}" if s["exposed"][k] else "n/a (not in predictions)"))
    if s["exposed"]["modality"]:
        w(f"  hedged gold relations with the right cue: {_pct(*s['hedged'])}")
    w("")
    co = s["coref"]
    if co is None:
        w("coreference: n/a (predictions do not expose it)")
    else:
        w("coreference (a gold mention left unresolved counts as wrong unless the gold antecedent is null):")
        for kind in ("pronoun", "nominal"):
            c, found, n = co[kind]
            unresolved = sum(1 for _, item, ante in co["errors"] if ante is None and
                             (item["kind"] if item["kind"] in ("pronoun", "nominal") else "nominal") == kind)
            w(f"  {kind:<8} accuracy {_pct(c, n)}; mentions kg reported: {found}/{n}; "
              f"wrong: {n - c - unresolved} given another antecedent, {unresolved} left unresolved")
    if verbose:
        w("")
        w(f"misses ({len(s['misses'])}):")
        for f, g, kind in s["misses"]:
            w(f"  {f} s{g['sentence']}: {g['actor']} | {g['action']} | {g['target']}"
              f"{' [neg]' if g['negated'] else ''} {g['constructions']}  <- {g['quote']!r}  [{kind}]")
        w(f"false positives ({len(s['false_pos'])}):")
        for f, p in s["false_pos"]:
            w(f"  {f}: {p.get('actor')} | {p.get('action')} | {p.get('target')}"
              f"{' [neg]' if p.get('negated') else ''} ({p.get('construction')})  <- {(p.get('text') or '')[:90]!r}")
        w(f"field errors on matched relations ({len(s['field_errors'])}):")
        for f, k, g, v in s["field_errors"]:
            w(f"  {f} s{g['sentence']} {k}: gold {g[k]!r} predicted {v!r}  ({g['actor']} | {g['action']} | {g['target']})")
        if co is not None:
            w(f"coreference errors ({len(co['errors'])}):")
            for f, item, ante in co["errors"]:
                w(f"  {f} s{item['sentence']} {item['kind']} {item['mention']!r}: gold {item['antecedent']!r} "
                  f"predicted {ante!r}")
    w(f"P={P:.3f} R={R:.3f} F1={F:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("--predictions", type=Path, help="kg extract --format jsonl output (doc = gold id)")
    ap.add_argument("--model", help="spaCy pipeline for kg")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, false positives and field errors")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    if args.predictions:
        preds, coref = read_predictions(args.predictions), None
    else:
        preds, coref = run_kg(gold, args.articles, args.model)
    report(gold, score(gold, preds, coref), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

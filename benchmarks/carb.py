"""kg's extractor on the CaRB open-IE benchmark: export the tuples, and score them.

    python benchmarks/carb.py --sentences FILE [--gold GOLD.tsv] [--out OUT.tsv]

Reads one pre-tokenized sentence per line and gives the tokens to spaCy as
they are (a ``Doc`` built from the words, then kg's pipeline components), runs
kg's clause rules (:func:`kg.extraction.clauses.clauses`) and writes CaRB's
"tabbed" format, ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...``.
With ``--gold`` it scores them with ``carb_scorer`` and prints P, R, F1 and AUC,
the last line being ``P=... R=... F1=... AUC=...``; ``--errors FILE`` writes,
for every gold tuple, its best-matching prediction, for error analysis.

The graph keeps compact nodes; CaRB wants full spans and n-ary tuples, so the
export is built here from the same clauses:

- arguments are full noun phrases (the head's subtree), without the other
  conjuncts of a split coordination and without the clause the verb is in
  ("the town the rebels seized" -> "the town"); a relative pronoun gives
  the noun it stands for; a pronoun is kept as written ("He"), resolved or not;
- the relation is the verb group as written: auxiliaries, negation, the verb,
  its particle, the preposition of a prepositional target ("has clashed with"),
  the embedded verb of a control verb ("offered to send");
- passives are given in their surface order (subject, "was drawn by", agent),
  as CaRB annotates them; kg itself turns them to the active sense;
- the verb's other prepositional phrases and time expressions ("in 1941",
  "at Kettering") follow as further arguments;
- an apposition, "Bush, the president", also gives ("is", Bush, the president)
  (``--no-appositions`` to leave them out).

Why clauses and not :func:`kg.extraction.extract_doc`: a Relation carries no
verb token (so no auxiliaries for the relation phrase), turns passives to the
active order, drops arguments whose pronoun coreference left unresolved (162 of
the 222 pronoun arguments on the dev split) and its ``phrase_start``/``phrase_end``
are those of the resolved node ("the town of Qaim" -> "Qaim"; a relative
pronoun's antecedent with its whole relative clause). On the dev split that
route scores F1 0.28 against 0.42 here; ``--spans mention`` measures the spans alone.

Confidence is the clause's construction confidence with kg's penalties for
pronouns, split coordinations and distance (the same factors as
:func:`kg.extraction.extract_doc`), so the precision-recall curve has a shape.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import carb_scorer  # noqa: E402  (the scorer lives next to this script)

#: Dependencies of a verb's children that belong to the relation phrase, before the verb.
RELATION_DEPS = frozenset({"aux", "auxpass", "neg"})

#: Dependencies cut out of an argument's span: other conjuncts of a split coordination.
CONJUNCT_DEPS = frozenset({"conj", "cc", "preconj"})

#: Confidence of an apposition read as an "is" relation.
APPOSITION_CONFIDENCE = 0.5

#: Confidence of an infinitive on a noun read as CaRB does ("the decision | to withdraw | services").
INFINITIVE_ON_NOUN_CONFIDENCE = 0.45

#: Span variants: "head" builds spans from the clause's argument heads (default);
#: "mention" uses kg's Mention.phrase_start/phrase_end, as the graph's nodes see them.
SPAN_MODES = ("head", "mention")


@dataclass(frozen=True)
class Export:
    """One tuple for CaRB, with the kg construction that produced it."""

    confidence: float
    relation: str
    arguments: tuple[str, ...]
    construction: str


def parse(lines: list[str], nlp):
    """Docs of pre-tokenized sentences, tokens exactly as given (single spaces between them)."""
    from spacy.tokens import Doc

    docs = []
    for line in lines:
        words = line.split(" ")
        docs.append(Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False]))
    # nlp.pipe runs every component over Docs it is given and skips the tokenizer
    return list(nlp.pipe(docs, batch_size=64))


def _text(tokens) -> str:
    return " ".join(t.text for t in tokens)


def _span_tokens(head, verb, *, split: bool):
    """Tokens of the full phrase of ``head``, without the verb's own clause and, if split, other conjuncts."""
    cut = set()
    for child in head.children:
        inside = child.left_edge.i <= verb.i <= child.right_edge.i
        if inside or (split and child.dep_ in CONJUNCT_DEPS and child.i > head.i):
            cut.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in cut]
    # a span ends on a word, not on a comma left by a cut clause
    while tokens and tokens[-1].is_punct and tokens[-1].i > head.i:
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].i < head.i:
        tokens.pop(0)
    return tokens


def _argument(head, verb, *, split: bool, index, mode: str) -> str | None:
    from kg.extraction.nodes import RELATIVE_PRONOUNS, _relative_antecedent, mentions_for

    if head.lower_ in RELATIVE_PRONOUNS and head.tag_ in ("WDT", "WP", "WP$"):
        antecedent = _relative_antecedent(head)
        if antecedent is None:
            return None
        head = antecedent  # "groups who seized Falluja": the groups
    if mode == "mention":
        found = mentions_for(head, index)
        if found:
            mention = found[0]
            return head.doc.text[mention.phrase_start:mention.phrase_end] or None
        if head.pos_ != "PRON":
            return None  # kg draws no node for it
        return head.text  # an unresolved pronoun: kg gives no mention, CaRB wants "He"
    if head.pos_ == "PRON":
        return head.text
    tokens = _span_tokens(head, verb, split=split)
    return _text(tokens) if tokens else None


def _relation(clause, target_head, passive: bool) -> str:
    """The verb group as written: "has clashed with", "was drawn by", "offered to send"."""
    verb = clause.verb
    words = [c for c in verb.children if c.dep_ in RELATION_DEPS and c.i < verb.i]
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "would not pick or choose": the auxiliaries are shared
        words += [c for c in verb.head.children if c.dep_ in RELATION_DEPS and c.i < verb.head.i]
        words.sort(key=lambda t: t.i)
    group = [t.text for t in _gerund_frame(verb)] + [t.text for t in words] + [verb.text]
    action_words = clause.action_text.split()[1:]  # particles and prepositions kg read
    if passive:
        group += [c.text for c in verb.children if c.dep_ == "prt"] + ["by"]
        return " ".join(group)
    embedded = _embedded_verb(clause, target_head)
    if embedded is not None:
        # control: "offered to send advisers"
        group += [c.text for c in embedded.children if c.dep_ == "aux" and c.i < embedded.i] + [embedded.text]
    return " ".join(group + action_words)


def _gerund_frame(verb) -> list:
    """The words that frame a gerund whose act is the clause subject's, up to its preposition:
    "was heavily involved in (opposing)", "is in the process of (being acquired by)",
    "with the intention of (venting)"; empty for any other verb."""
    from kg.extraction.clauses import _gerund_holder

    holder = _gerund_holder(verb) if verb.dep_ == "pcomp" else None
    if holder is None:
        return []
    clause_verb, _ = holder
    doc = verb.doc
    frame_head = verb.head.head  # the adjective or the noun
    start = frame_head.head.i if frame_head.pos_ == "NOUN" else frame_head.left_edge.i
    if clause_verb.i < start and all(t.pos_ in ("ADV", "PART") for t in doc[clause_verb.i + 1 : start]):
        # the copula or participle right before the frame: "is in the process of", "was involved in"
        start = min([clause_verb.i, *(c.i for c in clause_verb.children if c.dep_ in RELATION_DEPS and c.i < clause_verb.i)])
    end = min([verb.i, *(c.i for c in verb.children if c.dep_ in RELATION_DEPS and c.i < verb.i)])
    return [t for t in doc[start:end] if not t.is_punct or t.text == ","]


def _embedded_verb(clause, target_head):
    """The complement verb whose object a control verb's relation takes ("offered to send advisers")."""
    if target_head is None:
        return None
    verb = clause.verb
    node = target_head.head
    while node.dep_ in ("prep", "pobj") and node.head.i != node.i:
        node = node.head
    if node.i != verb.i and node.pos_ == "VERB" and node.dep_ == "xcomp" and node.head.i == verb.i:
        return node
    return None


def _extra_arguments(clause, target_head, used: set[int]) -> list[str]:
    """Prepositional phrases and time expressions of the verb (and of a control verb's
    complement: "offered to send advisers to Iraq") that are not its target."""
    verb = clause.verb
    embedded = _embedded_verb(clause, target_head)
    children = [*verb.children, *(embedded.children if embedded is not None else ())]
    extras = []
    for child in children:
        if child.i in used:
            continue
        if child.dep_ == "prep" and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            extras.append(child)
        elif child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            extras.append(child)  # "this year", "last week"
    return [_text(_span_tokens(child, verb, split=False)) for child in sorted(extras, key=lambda t: t.i)]


def _confidence(clause, actor_head, target_head) -> float:
    """kg's own confidence for the relation (the same function the graph uses)."""
    from kg.extraction import relation_confidence

    return relation_confidence(clause, actor_head, target_head)


def doc_tuples(doc, *, n_ary: bool = True, appositions: bool = True, mode: str = "head") -> list[Export]:
    """CaRB tuples of one parsed sentence (one Doc; spaCy may see several sentences in it)."""
    from kg.extraction.clauses import clauses, is_passive
    from kg.extraction.nodes import DocIndex
    from kg.nlp import sentence_spans

    index = DocIndex(doc)
    found: dict[tuple[str, tuple[str, ...]], Export] = {}

    def add(export: Export) -> None:
        key = (export.relation, export.arguments)
        if key not in found or found[key].confidence < export.confidence:
            found[key] = export

    for start, end, _ in sentence_spans(doc):
        sentence = doc[start:end]
        for clause in clauses(sentence):
            if clause.construction in ("agentless_passive", "intransitive", "clausal"):
                for export_ in _open_tuples(clause, index, n_ary=n_ary, mode=mode):
                    add(export_)
                continue
            passive = is_passive(clause.verb) and clause.construction in ("passive", "reduced_passive")
            for actor_head in clause.actors:
                for target_head in clause.targets:
                    split_actor = len(clause.actors) > 1
                    split_target = len(clause.targets) > 1
                    actor = _argument(actor_head, clause.verb, split=split_actor, index=index, mode=mode)
                    target = _argument(target_head, clause.verb, split=split_target, index=index, mode=mode)
                    if actor is None or target is None or actor == target:
                        continue
                    first, second = (target, actor) if passive else (actor, target)
                    arguments = [first, second]
                    if n_ary:
                        used = {actor_head.i, target_head.i, *(t.i for t in actor_head.ancestors),
                                *(t.i for t in target_head.ancestors)}
                        arguments += _extra_arguments(clause, target_head, used | _agent_preps(clause.verb))
                    add(Export(_confidence(clause, actor_head, target_head),
                               _relation(clause, target_head, passive), tuple(arguments), clause.construction))
        if appositions:
            for token in sentence:
                if token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN") and token.pos_ in ("NOUN", "PROPN"):
                    head_tokens = [t for t in token.head.subtree
                                   if not (token.left_edge.i <= t.i <= token.right_edge.i)]
                    while head_tokens and head_tokens[-1].is_punct:
                        head_tokens.pop()
                    appos_tokens = _span_tokens(token, token, split=False)
                    if head_tokens and appos_tokens:
                        add(Export(APPOSITION_CONFIDENCE, "is", (_text(head_tokens), _text(appos_tokens)), "apposition"))
        for token in sentence:
            noun = _noun_of_infinitive(token)
            if noun is None:
                continue
            # an infinitive on a noun, as CaRB annotates it: "the decision to withdraw tram
            # services" -> (the decision, to withdraw, tram services); no graph relation (whose act
            # it would be is not said)
            objects = [c for c in token.children if c.dep_ == "dobj"]
            subject = _span_tokens(noun, token, split=False)
            if objects and subject:
                relation = " ".join(["to", token.text, *(c.text for c in token.children if c.dep_ == "prt")])
                target = _text(_span_tokens(objects[0], token, split=False))
                add(Export(INFINITIVE_ON_NOUN_CONFIDENCE, relation, (_text(subject), target), "noun_infinitive"))
    return list(found.values())


def _noun_of_infinitive(verb):
    """The noun a to-infinitive modifies ("plans to add", "the decision to withdraw ... and
    replace"), or None."""
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VB":
        first = first.head
    if verb.tag_ != "VB" or first.dep_ not in ("acl", "xcomp") or first.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return None
    if first.head.lower_ == "order" and first.head.i > 0 and first.doc[first.head.i - 1].lower_ == "in":
        return None  # "in order to": a purpose, no noun
    return first.head


def _open_tuples(clause, index, *, n_ary: bool, mode: str) -> list[Export]:
    """Tuples of clauses whose second slot is no participant: "two soldiers | were killed | in
    Tikrit", "the talks | collapsed | on Monday", "officials | said that | the talks had failed"."""
    verb = clause.verb
    words = [c for c in verb.children if c.dep_ in RELATION_DEPS and c.i < verb.i]
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        words += [c for c in verb.head.children if c.dep_ in RELATION_DEPS and c.i < verb.head.i]
        words.sort(key=lambda t: t.i)
    relation = [t.text for t in words] + [verb.text] + [c.text for c in verb.children if c.dep_ == "prt"]
    second: list[str] = []
    used = {verb.i}
    for target in clause.targets:  # a clausal complement: "said (that) the talks had failed"
        tokens = [t for t in target.subtree]
        while tokens and tokens[0].dep_ == "mark" and tokens[0].head.i == target.i:
            relation.append(tokens.pop(0).text)
        if tokens:
            second.append(_text(tokens))
        used.update(t.i for t in target.subtree)
    found = []
    for actor_head in clause.actors:
        actor = _argument(actor_head, verb, split=len(clause.actors) > 1, index=index, mode=mode)
        if actor is None:
            continue
        arguments = [actor, *second]
        if n_ary:
            arguments += _extra_arguments(clause, None, used | {actor_head.i, *(t.i for t in actor_head.ancestors)})
        if len(arguments) < 2 and clause.construction == "intransitive":
            continue  # "the talks collapsed": nothing to say beyond the verb
        confidence = _confidence(clause, actor_head, None)
        found.append(Export(confidence, " ".join(relation), tuple(arguments), clause.construction))
    return found


def _agent_preps(verb) -> set[int]:
    return {c.i for c in verb.children if c.dep_ == "agent"}


def export(lines: list[str], nlp=None, **options) -> list[tuple[str, Export]]:
    """``(sentence, tuple)`` pairs for every input line, sentence as given."""
    from kg import nlp as kg_nlp

    nlp = nlp or kg_nlp.load()
    docs = parse(lines, nlp)
    return [(line, t) for line, doc in zip(lines, docs) for t in doc_tuples(doc, **options)]


def tabbed_line(sentence: str, t: Export) -> str:
    return "\t".join([sentence, f"{t.confidence:.4f}", t.relation, *t.arguments])


def _best_matches(gold, predicted):
    """For each gold tuple, the prediction with the best recall against it."""
    rows = []
    for key, tuples in gold.items():
        candidates = predicted.get(key, [])
        for g in tuples:
            best = max(((carb_scorer.pair_score(g, p), p) for p in candidates), key=lambda s: s[0][1], default=None)
            rows.append((g, best))
    return rows


def _breakdown(gold, predicted, exports: list[tuple[str, Export]]) -> list[str]:
    """Per-construction precision proxy and per-gold-relation recall, for the printout."""
    lines = []
    # recall by the kind of gold relation
    kinds: dict[str, list[float]] = defaultdict(list)
    for g, best in _best_matches(gold, predicted):
        words = g.relation.split()
        kind = ("copula/possessive" if words and words[0] in ("is", "are", "was", "were", "has", "have", "had")
                and len(words) <= 2 else "saying" if any(w in g.relation for w in carb_scorer.SAYING_WORDS)
                else "other")
        kinds[kind].append(best[0][1] if best else 0.0)
    lengths: dict[str, list[float]] = defaultdict(list)
    for g, best in _best_matches(gold, predicted):
        n = len(g.sentence.split())
        band = next(f"<={edge}" for edge in (20, 30, 40, 10_000) if n <= edge).replace("<=10000", ">40")
        lengths[band].append(best[0][1] if best else 0.0)
    lines.append("best recall per gold tuple (all predictions), by sentence length in tokens:")
    for band in ("<=20", "<=30", "<=40", ">40"):
        values = lengths.get(band, [])
        if values:
            lines.append(f"  {band:18s} n={len(values):4d} R={sum(values) / len(values):.3f}")
    lines.append("best recall per gold tuple, by kind of gold relation:")
    for kind, values in sorted(kinds.items()):
        lines.append(f"  {kind:18s} n={len(values):4d} R={sum(values) / len(values):.3f}")
    # mean best precision of each prediction by construction (a prediction's best gold tuple)
    by_construction: dict[str, list[float]] = defaultdict(list)
    for sentence, t in exports:
        key = carb_scorer.sentence_key(sentence)
        p = carb_scorer.Tuple(sentence, t.relation, t.arguments, t.confidence)
        best = max((carb_scorer.pair_score(g, p)[0] for g in gold.get(key, [])), default=0.0)
        by_construction[t.construction].append(best)
    lines.append("best precision per prediction (against any gold tuple of its sentence), by kg construction:")
    for construction, values in sorted(by_construction.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"  {construction:18s} n={len(values):4d} P~{sum(values) / len(values):.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=Path, required=True, help="one pre-tokenized sentence per line")
    parser.add_argument("--gold", type=Path, help="gold tuples (CaRB's tsv); print P, R, F1 and AUC")
    parser.add_argument("--out", type=Path, help="write the tuples here in the tabbed format")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's)")
    parser.add_argument("--binary", action="store_true", help="no n-ary arguments (time, place, other phrases)")
    parser.add_argument("--appositions", action=argparse.BooleanOptionalAction, default=True,
                        help='also "X, the president" -> (is, X, the president) (default: on)')
    parser.add_argument("--spans", choices=SPAN_MODES, default="head",
                        help="argument spans from the clause heads (default) or from kg's Mention phrases")
    parser.add_argument("--errors", type=Path, help="write each gold tuple with its best prediction (tsv)")
    parser.add_argument("--breakdown", action="store_true", help="recall by gold relation kind, precision by construction")
    args = parser.parse_args(argv)

    from kg import nlp as kg_nlp

    lines = [line.rstrip("\n") for line in args.sentences.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line.strip()]
    started = time.perf_counter()
    nlp = kg_nlp.load(args.model)
    exports = export(lines, nlp, n_ary=not args.binary, appositions=args.appositions, mode=args.spans)
    elapsed = time.perf_counter() - started
    tabbed = [tabbed_line(sentence, t) for sentence, t in exports]
    if args.out:
        args.out.write_text("".join(line + "\n" for line in tabbed), encoding="utf-8")
    print(f"{len(lines)} sentences, {len(exports)} tuples in {elapsed:.1f} s", file=sys.stderr)
    if args.gold is None:
        if not args.out:
            sys.stdout.write("".join(line + "\n" for line in tabbed))
        return 0
    gold = carb_scorer.read_gold(args.gold)
    predicted = carb_scorer.parse_tabbed(tabbed)
    scores = carb_scorer.score(gold, predicted)
    if args.breakdown:
        print("\n".join(_breakdown(gold, predicted, exports)))
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            out.write("recall\tprecision\tsentence\tgold\tbest prediction\n")
            for g, best in _best_matches(gold, predicted):
                (precision, recall), p = best if best else ((0.0, 0.0), None)
                shown = " | ".join([p.relation, *p.arguments]) if p else ""
                out.write(f"{recall:.2f}\t{precision:.2f}\t{g.sentence}\t{' | '.join([g.relation, *g.arguments])}\t{shown}\n")
    print(f"gold tuples {sum(len(v) for v in gold.values())}, predictions {len(tabbed)}, "
          f"best threshold {scores.threshold}")
    print(f"P {scores.precision:.4f}\nR {scores.recall:.4f}\nF1 {scores.f1:.4f}\nAUC {scores.auc:.4f}")
    print(scores.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())

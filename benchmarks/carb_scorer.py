"""Scoring open-information-extraction tuples the way the CaRB benchmark does.

Written from the description in ``../shared/data/carb/README.md`` (Bhardwaj,
Aggarwal and Mausam, EMNLP 2019), not from CaRB's code:

- a tuple has three slots: the relation, ``arg1`` and the *object*, all other
  arguments joined with spaces. Gold ``C:`` (context) arguments are dropped;
  ``T:`` (time) and ``L:`` (location) prefixes are stripped;
- a prediction can match a gold tuple only if their relations share a token;
  then each slot scores by token overlap, counted as a multiset, case-sensitive
  (CaRB compares raw whitespace tokens). Precision and recall of the pair are
  the matched tokens over the prediction's and the gold tuple's tokens, summed
  over the slots. Slots the gold tuple lacks are not scored: a prediction with
  an object against a gold tuple without one is judged on relation and arg1.
  A prediction without the object a gold tuple has cannot match it;
- recall of a gold tuple is its best pair recall over the predictions of its
  sentence (one prediction may serve several gold tuples);
- precision of the predictions of a sentence comes from a one-to-one matching:
  the pair with the highest precision first, then the next among unused gold
  tuples and predictions, and so on (greedy, as CaRB does);
- predictions are ranked by confidence: every distinct confidence is a
  threshold; the figures are P/R/F1 at the threshold with the best F1, and the
  area under the precision–recall curve, closed with the point (R=0, P=1).

Two details follow CaRB's reference scorer rather than the README: a predicted
relation "be" matches any form of *be* in the gold relation, and when the gold
relation is a verb of saying ("said", "told", "added", "says", "adds") the
prediction is also scored with arg1 and object swapped ("X said Y" is often
annotated with Y first), keeping the better of the two.

>>> gold = parse_gold(["Obama met Putin .\\tmet\\tObama\\tPutin"])
>>> predicted = parse_tabbed(["Obama met Putin .\\t0.9\\tmet\\tObama\\tPutin"])
>>> score(gold, predicted).f1
1.0
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Tuple",
    "Scores",
    "parse_gold",
    "parse_tabbed",
    "read_gold",
    "read_tabbed",
    "pair_score",
    "score",
    "sentence_key",
]

#: Gold argument prefixes: context arguments are dropped, the others only lose the prefix.
CONTEXT_PREFIX = "C:"
KEPT_PREFIXES = ("T:", "L:")

#: Forms of "be" that a predicted relation "be" stands for.
BE_FORMS = frozenset({"be", "is", "am", "are", "was", "were", "been", "being"})

#: Gold relations of saying whose arguments annotators often give in either order.
SAYING_WORDS = ("said", "told", "added", "adds", "says")


@dataclass(frozen=True, slots=True)
class Tuple:
    """One extraction: a relation and its arguments, with the sentence it came from.

    ``confidence`` ranks predictions; gold tuples carry 1.0.
    """

    sentence: str
    relation: str
    arguments: tuple[str, ...]
    confidence: float = 1.0

    @property
    def slots(self) -> tuple[str, ...]:
        """``(relation, arg1, object)``, shorter when arguments are missing."""
        if len(self.arguments) < 2:
            return (self.relation, *self.arguments)
        return (self.relation, self.arguments[0], " ".join(self.arguments[1:]))


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures CaRB reports, and the precision–recall curve they come from.

    ``curve`` holds ``(threshold, precision, recall)`` for each distinct
    confidence, lowest threshold first.
    """

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None
    curve: tuple[tuple[float, float, float], ...] = field(default=())

    def line(self) -> str:
        """``P=... R=... F1=... AUC=...``, the line the benchmark ends with."""
        return f"P={self.precision:.4f} R={self.recall:.4f} F1={self.f1:.4f} AUC={self.auc:.4f}"


def _rows(lines: Iterable[str], what: str, expected: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of the non-blank lines; at least three fields each."""
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"{what} {number}: expected {expected}, got {len(fields)} field(s)")
        yield number, fields


def sentence_key(sentence: str) -> str:
    """The sentence with all whitespace removed: how gold and predictions are paired."""
    return "".join(sentence.split())


def _gold_argument(argument: str) -> str | None:
    argument = argument.strip()
    if argument.startswith(CONTEXT_PREFIX):
        return None
    for prefix in KEPT_PREFIXES:
        if argument.startswith(prefix):
            return argument[len(prefix):].strip()
    return argument


def parse_gold(lines: Iterable[str]) -> dict[str, list[Tuple]]:
    """Gold tuples by sentence key, from lines ``sentence<TAB>relation<TAB>arg1[<TAB>arg2...]``.

    >>> gold = parse_gold(["He left .\\tleft\\tHe\\tT: in 1990\\tC: she said"])
    >>> [t.slots for t in gold["Heleft."]]
    [('left', 'He', 'in 1990')]
    """
    gold: dict[str, list[Tuple]] = {}
    for _number, fields in _rows(lines, "gold line", "sentence, relation and arg1"):
        arguments = tuple(a for a in (_gold_argument(f) for f in fields[2:]) if a is not None)
        tuple_ = Tuple(fields[0].strip(), fields[1].strip(), arguments)
        gold.setdefault(sentence_key(tuple_.sentence), []).append(tuple_)
    return gold


def parse_tabbed(lines: Iterable[str]) -> dict[str, list[Tuple]]:
    """Predicted tuples by sentence key, from lines ``sentence<TAB>confidence<TAB>relation<TAB>arg1...``.

    >>> predicted = parse_tabbed(["He left .\\t0.5\\tleft\\tHe"])
    >>> predicted["Heleft."][0].confidence
    0.5
    """
    predicted: dict[str, list[Tuple]] = {}
    for number, fields in _rows(lines, "line", "sentence, confidence and relation"):
        try:
            confidence = float(fields[1])
        except ValueError:
            raise ValueError(f"line {number}: confidence {fields[1]!r} is not a number") from None
        tuple_ = Tuple(fields[0].strip(), fields[2].strip(), tuple(a.strip() for a in fields[3:]), confidence)
        predicted.setdefault(sentence_key(tuple_.sentence), []).append(tuple_)
    return predicted


def read_gold(path) -> dict[str, list[Tuple]]:
    with open(path, encoding="utf-8") as lines:
        return parse_gold(lines)


def read_tabbed(path) -> dict[str, list[Tuple]]:
    with open(path, encoding="utf-8") as lines:
        return parse_tabbed(lines)


def _overlap(gold: str, predicted: str) -> int:
    """Tokens of ``gold`` found in ``predicted``, each predicted token used once."""
    return sum((Counter(gold.split()) & Counter(predicted.split())).values())


def _relation_overlap(gold: str, predicted: str) -> int:
    matched = _overlap(gold, predicted)
    rest = Counter(predicted.split()) - Counter(gold.split())
    if rest["be"] and any(w in BE_FORMS for w in gold.split()):
        matched += 1  # a predicted "be" stands for "was", "is" ... in the gold relation
    return matched


def _slot_scores(gold: Tuple, predicted_slots: Sequence[str]) -> tuple[float, float]:
    gold_slots = gold.slots
    if len(predicted_slots) < len(gold_slots):
        return 0.0, 0.0  # no arg1, or no object where the gold tuple has one
    matched = _relation_overlap(gold_slots[0], predicted_slots[0])
    if matched == 0:
        return 0.0, 0.0  # relations share no token: not a match
    matched_words = gold_words = predicted_words = 0
    for slot, (g, p) in enumerate(zip(gold_slots, predicted_slots)):
        matched_words += matched if slot == 0 else _overlap(g, p)
        gold_words += len(g.split())
        predicted_words += len(p.split())
    precision = matched_words / predicted_words if predicted_words else 0.0
    recall = matched_words / gold_words if gold_words else 0.0
    return precision, recall


def pair_score(gold: Tuple, predicted: Tuple) -> tuple[float, float]:
    """``(precision, recall)`` of ``predicted`` against ``gold``; ``(0, 0)`` when they do not match.

    >>> g = Tuple("s", "has clashed with", ("the army", "rebels"))
    >>> precision, recall = pair_score(g, Tuple("s", "clashed", ("the army", "the rebels")))
    >>> round(precision, 2), round(recall, 2)  # 4 of 5 predicted tokens, 4 of 6 gold tokens
    (0.8, 0.67)
    """
    slots = predicted.slots
    best = _slot_scores(gold, slots)
    if len(slots) == 3 and any(word in gold.relation for word in SAYING_WORDS):
        # "X said Y": annotators give the report and the speaker in either order
        best = max(best, _slot_scores(gold, (slots[0], slots[2], slots[1])))
    return best


@dataclass
class _Sentence:
    """Numerators at each confidence threshold of one sentence's predictions."""

    thresholds: list[float]  # ascending, distinct
    precision: list[float]  # summed matched precision of the predictions >= threshold
    recall: list[float]  # summed best recall of the gold tuples
    predictions: list[int]  # how many predictions are >= threshold
    gold: int


def _sentence_numerators(gold: Sequence[Tuple], predicted: Sequence[Tuple]) -> _Sentence:
    scores = [[pair_score(g, p) for p in predicted] for g in gold]
    thresholds = sorted({p.confidence for p in predicted})
    sentence = _Sentence(thresholds, [], [], [], len(gold))
    for threshold in thresholds:
        kept = [j for j, p in enumerate(predicted) if p.confidence >= threshold]
        sentence.recall.append(sum(max((row[j][1] for j in kept), default=0.0) for row in scores))
        # one-to-one matching, best precision first; ties go to the earlier gold, then prediction
        pairs = sorted(((row[j][0], i, j) for i, row in enumerate(scores) for j in kept), key=lambda s: -s[0])
        used_gold: set[int] = set()
        used_predicted: set[int] = set()
        total = 0.0
        for precision, i, j in pairs:
            if i in used_gold or j in used_predicted:
                continue
            used_gold.add(i)
            used_predicted.add(j)
            total += precision
        sentence.precision.append(total)
        sentence.predictions.append(len(kept))
    return sentence


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: Mapping[str, Sequence[Tuple]], predicted: Mapping[str, Sequence[Tuple]]) -> Scores:
    """CaRB's figures for ``predicted`` against ``gold`` (both keyed by :func:`sentence_key`).

    Predictions for sentences without gold tuples are ignored, as in CaRB.
    """
    sentences = [_sentence_numerators(tuples, predicted.get(key, ())) for key, tuples in gold.items()]
    thresholds = sorted({t for s in sentences for t in s.thresholds})
    total_gold = sum(s.gold for s in sentences)
    if not thresholds:
        return Scores(0.0, 0.0, 0.0, 0.0, None, ())
    curve = []
    for threshold in thresholds:
        precision_sum = recall_sum = 0.0
        kept = 0
        for s in sentences:
            # the sentence's lowest own threshold at or above the global one
            at = bisect_left(s.thresholds, threshold)
            if at < len(s.thresholds):
                precision_sum += s.precision[at]
                recall_sum += s.recall[at]
                kept += s.predictions[at]
        precision = precision_sum / kept if kept else 1.0
        recall = recall_sum / total_gold if total_gold else 0.0
        curve.append((threshold, precision, recall))
    best = max(curve, key=lambda point: (_f1(point[1], point[2]), -point[0]))
    return Scores(best[1], best[2], _f1(best[1], best[2]), _auc(curve), best[0], tuple(curve))


def _auc(curve: Sequence[tuple[float, float, float]]) -> float:
    """Trapezoid area under precision over recall, closed with the point (R=0, P=1).

    Recall does not grow with the threshold, so walking the thresholds from the
    highest down walks recall upwards; the closing point comes first.
    """
    points = [(0.0, 1.0)] + [(recall, precision) for _, precision, recall in reversed(curve)]
    area = 0.0
    for (r0, p0), (r1, p1) in zip(points, points[1:]):
        area += (r1 - r0) * (p0 + p1) / 2
    return area if math.isfinite(area) else 0.0

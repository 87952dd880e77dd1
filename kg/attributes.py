"""spaCy's attribute ruler, answered from a table: the same annotations, a fraction of the time.

English pipelines end their tagging with an ``attribute_ruler``: ~180 Matcher
patterns that map each fine-grained tag to its coarse POS and morphology and fix
a few lemmas ("ai n't" -> be). spaCy runs all of them over every token and then
applies each match from Python, a Span and a Token per match; on a news
article that is ~38 ms, more than the parser's 34 ms (``benchmarks/speed.py``).

Almost every pattern looks at one token only (its TAG, LOWER, DEP, IS_SPACE ...),
so which rules fire on a token depends only on those few values. ``kg_attributes``
reads the ruler's own patterns once, indexes the one-token rules by the value
they test, and caches per combination of values the attributes to set; the rare
patterns over several tokens (or with operators it does not read) still go
through a spaCy Matcher. Rules are applied in the ruler's order, later ones
overriding earlier ones, exactly as ``AttributeRuler.set_annotations`` does, so
every token gets the same POS, MORPH, LEMMA, TAG and DEP as with spaCy's ruler
(checked on whole corpora by ``tests/test_attributes.py``; docs/decisions/0002).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.symbols import VERB
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributeRuler", "FastLemmatizer", "PrefixedVerbs", "speed_up"]

#: Token attributes a one-token rule may test, and how to read each from a Token.
READERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda token: token.tag_,
    "LOWER": lambda token: token.lower_,
    "ORTH": lambda token: token.text,
    "TEXT": lambda token: token.text,
    "NORM": lambda token: token.norm_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}

#: Attributes by which rules are indexed, the most selective first: a rule that
#: tests LOWER is only tried on tokens with that lower form.
INDEXED = ("LOWER", "TAG")

#: Cached combinations kept at most; the cache is emptied when it grows past this.
CACHE_SIZE = 200_000


class _Test:
    """One attribute's condition in a one-token pattern: equal to, in, not in, or matching."""

    def __init__(self, attribute: str, condition: Any) -> None:
        self.attribute = attribute
        self.values: frozenset | None = None  # the values that pass, when they can be listed
        if isinstance(condition, dict):
            (operator, argument), = condition.items()  # one operator, checked by _compile
            if operator == "IN":
                self.values = frozenset(argument)
                self.passes = self.values.__contains__
            elif operator == "NOT_IN":
                excluded = frozenset(argument)
                self.passes = lambda value: value not in excluded
            else:  # REGEX: spaCy's Matcher searches, it does not anchor
                self.passes = re.compile(argument).search
        else:
            self.values = frozenset([condition])
            self.passes = self.values.__contains__


def _compile(pattern: list[dict[str, Any]]) -> list[list[_Test]] | None:
    """The tests of each token of a fixed-length ``pattern``, or None when it needs spaCy's Matcher."""
    compiled = []
    for spec in pattern:
        tests = []
        for attribute, condition in spec.items():
            if attribute not in READERS:  # OP, POS, extension attributes ...
                return None
            if isinstance(condition, dict) and not (
                len(condition) == 1 and next(iter(condition)) in ("IN", "NOT_IN", "REGEX")
            ):
                return None
            tests.append(_Test(attribute, condition))
        compiled.append(tests)
    return compiled or None


class _Rule:
    """One pattern of the ruler: its rule number (the ruler's order), the tests of each
    token, and which token of a match gets the attributes."""

    def __init__(self, number: int, tokens: list[list[_Test]], index: int) -> None:
        self.number, self.tokens, self.index = number, tokens, index
        self.first = tokens[0]

    def target(self, start: int) -> int:
        """The token that gets the attributes when the pattern matches from ``start``."""
        return start + (self.index if self.index >= 0 else len(self.tokens) + self.index)


def _passes(tests: list[_Test], values: dict[str, Any]) -> bool:
    return all(test.passes(values[test.attribute]) for test in tests)


class FastAttributeRuler:
    """Applies an :class:`~spacy.pipeline.AttributeRuler`'s patterns with a table per token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.attrs: list[dict] = list(ruler.attrs)  # normalised: attribute IDs -> value IDs
        self.matcher = Matcher(self.vocab)  # patterns with operators a table cannot answer
        self.indices: dict[int, int] = {}
        self.by_value: dict[tuple[str, Any], list[_Rule]] = defaultdict(list)
        self.unindexed: list[_Rule] = []
        #: tested values of a token -> (attributes its one-token rules set, longer rules starting there)
        self.cache: dict[tuple, tuple[dict | None, tuple[_Rule, ...]]] = {}
        tested = set()
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tokens = _compile(pattern)
                if tokens is None or not -len(tokens) <= entry["index"] < len(tokens):
                    self.matcher.add(str(number), [pattern])  # spaCy's own ruler raises on a bad index
                    self.indices[number] = entry["index"]
                    continue
                tested.update(test.attribute for tests in tokens for test in tests)
                self._index(_Rule(number, tokens, entry["index"]))
        self.tested: tuple[str, ...] = tuple(sorted(tested))
        self.readers = [READERS[attribute] for attribute in self.tested]

    def _index(self, rule: _Rule) -> None:
        """File ``rule`` under the values its first token must have, when they can be listed."""
        for attribute in INDEXED:
            test = next((t for t in rule.first if t.attribute == attribute and t.values is not None), None)
            if test is not None:
                for value in test.values:
                    self.by_value[attribute, value].append(rule)
                return
        self.unindexed.append(rule)

    def __call__(self, doc: Doc) -> Doc:
        cache, readers = self.cache, self.readers
        if len(cache) > CACHE_SIZE:
            cache.clear()
        keys = [tuple(read(token) for read in readers) for token in doc]
        settings: dict[int, dict] = {}
        longer: dict[int, set[int]] = defaultdict(set)  # token -> rules over several tokens that set it
        for i, key in enumerate(keys):
            if key not in cache:
                cache[key] = self._lookup(key)
            attrs, starting = cache[key]
            if attrs is not None:
                settings[i] = attrs
            for rule in starting:
                end = i + len(rule.tokens)
                if end <= len(keys) and all(_passes(tests, dict(zip(self.tested, keys[j])))
                                            for j, tests in zip(range(i + 1, end), rule.tokens[1:])):
                    longer[rule.target(i)].add(rule.number)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                index = self.indices[number]
                position = (start if index >= 0 else end) + index
                if not start <= position < end:
                    raise ValueError(f"attribute rule {number}: index {index} is outside its match "
                                     f"{doc[start:end].text!r}")
                longer[position].add(number)
        for position, numbers in longer.items():  # merge again, in the ruler's order
            settings[position] = self._merged(numbers | self._one_token(keys[position]))
        for i, attrs in settings.items():
            set_token_attrs(doc[i], attrs)
        return doc

    def _candidates(self, key: tuple) -> tuple[dict[str, Any], list[_Rule]]:
        values = dict(zip(self.tested, key))
        candidates = list(self.unindexed)
        for attribute in INDEXED:
            if attribute in values:
                candidates += self.by_value.get((attribute, values[attribute]), ())
        return values, [rule for rule in candidates if _passes(rule.first, values)]

    def _one_token(self, key: tuple) -> set[int]:
        """The one-token rules that fire on a token whose tested attributes have the values ``key``."""
        return {rule.number for rule in self._candidates(key)[1] if len(rule.tokens) == 1}

    def _lookup(self, key: tuple) -> tuple[dict | None, tuple[_Rule, ...]]:
        rules = self._candidates(key)[1]
        return (self._merged({rule.number for rule in rules if len(rule.tokens) == 1}),
                tuple(rule for rule in rules if len(rule.tokens) > 1))

    def _merged(self, numbers: set[int]) -> dict | None:
        """The attributes the rules ``numbers`` set, applied in the ruler's order so that later rules win."""
        if not numbers:
            return None
        merged: dict = {}
        for number in sorted(numbers):
            merged.update(self.attrs[number])
        return merged


@Language.factory("kg_attributes", assigns=["token.pos", "token.tag", "token.morph", "token.lemma"])
def _make_fast_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """Built from the pipeline's ``attribute_ruler``, which :func:`speed_up` then removes."""
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


#: Verb prefixes that make a new verb of a known one ("rebook", "defund", "overspend"), the
#: longest first so that "under" is tried before "un".
VERB_PREFIXES = ("counter", "under", "inter", "over", "out", "dis", "mis", "pre", "re", "un", "de", "co", "up")


class PrefixedVerbs:
    """Lemmas of prefixed verbs that are not in the rule lemmatizer's verb table, made from
    the verb after the prefix.

    spaCy's rule lemmatizer only knows the verbs of its table; for any other word it keeps
    the first form its suffix rules make, so "rebooked" -> "rebooke", "relaunched" ->
    "relaunche", "defunded" -> "defunde". A prefix on a verb of the table ("booked") is
    lemmatized as that verb, with the table's own exceptions and suffix rules; a word whose
    rest is no known verb keeps spaCy's lemma, and so does a word spaCy left as written
    (an irregular past, "retook": kg.extraction.clauses mends those for actions, and
    coreference's verb tables were written for the lemmas as spaCy gives them).

    >>> verbs = PrefixedVerbs({"book": ["book"], "launch": ["launch"], "base": ["base"], "bas": ["bas"]},
    ...                       {"took": ["take"]}, [["es", ""], ["ed", "e"], ["ed", ""], ["ing", ""]])
    >>> [verbs("rebooked", "rebooke"), verbs("relaunches", "relaunche"), verbs("overtook", "overtook")]
    ['rebook', 'relaunch', 'overtook']
    >>> [verbs("rebased", "rebase"), verbs("booked", "book"), verbs("reindeer", "reindeer")]
    ['rebase', 'book', 'reindeer']
    """

    def __init__(self, index: Any, exceptions: Any, rules: Any) -> None:
        self.index = frozenset(index)
        self.exceptions = exceptions
        self.rules = [(old, new) for old, new in rules]

    @classmethod
    def of(cls, lemmatizer: Lemmatizer) -> PrefixedVerbs | None:
        """The verbs of a rule lemmatizer's tables, or None for a lemmatizer without them."""
        if lemmatizer.mode != "rule":
            return None
        tables = [lemmatizer.lookups.get_table(name, {}).get("verb") for name in ("lemma_index", "lemma_exc", "lemma_rules")]
        return cls(*tables) if all(tables) else None

    def __call__(self, word: str, lemma: str) -> str:
        word = word.lower()
        if lemma in self.index or lemma == word:
            return lemma
        for prefix in VERB_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix):].isalpha():
                stem = self._known(word[len(prefix):])
                if stem is not None:
                    return prefix + stem
        return lemma

    def _known(self, word: str) -> str | None:
        """The table's lemma of a verb form: an exception, else the first suffix rule that makes
        a verb of the table (not spaCy's last one: "based" is "base", not "bas")."""
        if word in self.exceptions:
            return self.exceptions[word][0]
        for old, new in self.rules:
            if word.endswith(old) and (form := word[: len(word) - len(old)] + new) in self.index:
                return form
        return word if word in self.index else None


class FastLemmatizer:
    """spaCy's lemmatizer with its answers kept per (ORTH, POS, MORPH) of the token.

    spaCy's rule lemmatizer is a function of those three values (its own cache is keyed by
    them) and its lookup mode of ORTH alone, but it is run from Python token by token: a
    Token object, a ``morph.to_dict()`` and a string write for every word, ~3% of the
    pipeline's time. This reads the values of a Doc as integer arrays, asks spaCy's
    lemmatizer once per new combination, and writes the lemmas back in one array. A token
    that already has a lemma (the attribute ruler sets a few: "n't" -> not) keeps it, as in
    spaCy, unless the lemmatizer overwrites.

    With ``prefixed_verbs``, a verb's lemma is then mended by :class:`PrefixedVerbs`
    ("rebooked" -> rebook, not spaCy's "rebooke"); without, the lemmas are spaCy's.
    """

    #: The modes whose answer depends only on (ORTH, POS, MORPH).
    MODES = frozenset({"rule", "lookup"})

    def __init__(self, lemmatizer: Lemmatizer, prefixed_verbs: bool = False) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash
        self.prefixed = PrefixedVerbs.of(lemmatizer) if prefixed_verbs else None

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer.mode not in self.MODES or not getattr(lemmatizer, "_validated", True):
            doc = lemmatizer(doc)  # the first Doc: spaCy checks its tables (and says if one is missing)
            if self.prefixed is not None:
                for token in doc:
                    if token.pos == VERB:
                        token.lemma_ = self.prefixed(token.text, token.lemma_)
            return doc
        known, strings, overwrite = self.known, doc.vocab.strings, lemmatizer.overwrite
        if len(known) > CACHE_SIZE:
            known.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            found = known.get((orth, pos, morph))
            if found is None:
                found = known[orth, pos, morph] = strings.add(self._lemma(doc[i]))
            lemmas.append(found)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc

    def _lemma(self, token: Token) -> str:
        lemma = self.lemmatizer.lemmatize(token)[0]
        if self.prefixed is not None and token.pos == VERB:
            return self.prefixed(token.text, lemma)  # "rebooked" -> rebook
        return lemma


@Language.factory("kg_lemmatizer", assigns=["token.lemma"], default_config={"prefixed_verbs": False})
def _make_fast_lemmatizer(nlp: Language, name: str, prefixed_verbs: bool) -> FastLemmatizer:
    """Built from the pipeline's ``lemmatizer``, which :func:`speed_up` then removes."""
    return FastLemmatizer(nlp.get_pipe("lemmatizer"), prefixed_verbs)


def speed_up(nlp: Language, prefixed_verbs: bool = False) -> bool:
    """Put :class:`FastAttributeRuler` in place of ``nlp``'s ``attribute_ruler``, and
    :class:`FastLemmatizer` in place of its rule or lookup ``lemmatizer`` (mending the
    lemmas of prefixed verbs if ``prefixed_verbs``; else the same lemmas as spaCy's).

    Returns whether it replaced the ruler: a pipeline without a spaCy AttributeRuler named
    ``attribute_ruler`` keeps it (its lemmatizer is still replaced if there is one).
    """
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode in FastLemmatizer.MODES:
        nlp.add_pipe("kg_lemmatizer", after="lemmatizer", config={"prefixed_verbs": prefixed_verbs})
        nlp.remove_pipe("lemmatizer")
    if "attribute_ruler" not in nlp.pipe_names or not isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        return False
    nlp.add_pipe("kg_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True

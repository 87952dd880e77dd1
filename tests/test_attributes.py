"""kg_attributes gives every token what spaCy's attribute ruler gives it.

The component is only worth having if it is exactly equivalent, so the tests
compare it with spaCy's own AttributeRuler: on whole texts through the real
pipeline (news articles, CaRB sentences, colloquial and hostile strings), and
on hand-built rulers whose patterns exercise what the table must get right —
later rules overriding earlier ones, rules over several tokens, negative
indices, and operators it hands to spaCy's Matcher.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.attributes import FastAttributeRuler, FastLemmatizer, speed_up
from kg.nlp import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
CARB = ROOT.parent / "shared" / "data" / "carb" / "dev.txt"

#: Colloquial forms the English ruler has multi-token and regex rules for, and odd input.
ODD_TEXTS = [
    "He ai n't gon na wait, and I said we got ta leave.",
    "Y'all know there 's a problem; c'm on, let 's go.",
    "They 're doin' somethin' with 'em, ol' man.",
    "I I i  I\n\n\n   \t ",
    "<script>alert(1)</script> was named by officials.",
    "   ",
]


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    stock = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    fast = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    assert speed_up(fast)
    return stock, fast


def test_attributes_speed_up_replaces_the_ruler_in_place(pipelines):
    stock, fast = pipelines
    position = stock.pipe_names.index("attribute_ruler")
    assert fast.pipe_names[position] == "kg_attributes"
    assert "attribute_ruler" not in fast.pipe_names
    assert fast.pipe_names[stock.pipe_names.index("lemmatizer")] == "kg_lemmatizer"
    assert "lemmatizer" not in fast.pipe_names
    assert len(fast.pipe_names) == len(stock.pipe_names)


def test_attributes_kg_pipeline_uses_the_fast_ruler(nlp):
    assert "kg_attributes" in nlp.pipe_names
    assert nlp.pipe_names.index("kg_attributes") > nlp.pipe_names.index("parser")


def test_attributes_same_as_spacy_on_real_text(pipelines, reference_path):
    stock, fast = pipelines
    texts = [reference_path.read_text(encoding="utf-8"), *ODD_TEXTS]
    texts += [path.read_text(encoding="utf-8")
              for path in sorted((ROOT / "benchmarks" / "news_gold" / "articles").glob("*.txt"))]
    if CARB.exists():
        texts += CARB.read_text(encoding="utf-8").splitlines()[:300]
    expected = [_attributes(doc) for doc in stock.pipe(texts)]
    got = [_attributes(doc) for doc in fast.pipe(texts)]
    assert sum(map(len, expected)) > 10_000  # whole articles, not a handful of tokens
    for text, want, have in zip(texts, expected, got):
        assert have == want, text[:80]


def test_attributes_colloquial_rules_over_two_tokens_fire(pipelines):
    _stock, fast = pipelines
    doc = fast("He ai n't gon na wait.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ai"] == "be"  # "ai n't": the rule over two tokens sets the first
    assert lemmas["gon"] == "go"


def _doc(vocab, words: list[str], tags: list[str], deps: list[str] | None = None) -> Doc:
    heads = list(range(len(words))) if deps else None  # every token its own root: DEP without a tree
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def _compare(patterns: list[dict], docs: list[tuple[list[str], list[str], list[str] | None]]) -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    fast = FastAttributeRuler(ruler)
    for words, tags, deps in docs:
        want = _attributes(ruler(_doc(nlp.vocab, words, tags, deps)))
        have = _attributes(fast(_doc(nlp.vocab, words, tags, deps)))
        assert have == want, words


def test_attributes_later_rules_win_as_in_spacy():
    _compare(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
            {"patterns": [[{"TAG": "NN", "LOWER": "data"}]], "attrs": {"MORPH": "Number=Plur"}},
            {"patterns": [[{"LOWER": {"IN": ["data", "news"]}}]], "attrs": {"LEMMA": "datum"}},
            {"patterns": [[{"LOWER": {"REGEX": "^new"}}]], "attrs": {"LEMMA": "new-thing", "POS": "PROPN"}},
            {"patterns": [[{"TAG": {"NOT_IN": ["NN"]}}]], "attrs": {"POS": "X"}},
        ],
        [(["data", "news", "newsroom", "cat"], ["NN", "NN", "NN", "NN"], None),
         (["data", "runs"], ["NNS", "VBZ"], None)],
    )


def test_attributes_rules_over_several_tokens_and_negative_indices():
    _compare(
        [
            {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB"}},
            {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
            {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
            {"patterns": [[{"LOWER": "we"}, {"TAG": "VB"}, {"LOWER": "it"}]], "attrs": {"POS": "AUX"}, "index": 1},
            {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
        ],
        [(["we", "gon", "na", "do", "it", "gon"], ["PRP", "VBG", "TO", "VB", "PRP", "VBG"], None),
         (["we", "do", "it"], ["PRP", "VB", "PRP"], None),
         (["there", "is", "hope"], ["EX", "VBZ", "NN"], ["expl", "ROOT", "attr"])],
    )


def test_attributes_patterns_with_operators_go_through_spacy_matcher():
    patterns = [
        {"patterns": [[{"TAG": "DT"}, {"TAG": "JJ", "OP": "*"}, {"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": -1},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # later: wins over the Matcher's rule
        {"patterns": [[{"LENGTH": 3}]], "attrs": {"LEMMA": "three"}},  # an attribute the table does not read
    ]
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    assert len(FastAttributeRuler(ruler).matcher) == 2
    _compare(patterns, [(["the", "big", "red", "dog", "ran"], ["DT", "JJ", "JJ", "NN", "VBD"], None),
                        (["a", "cat"], ["DT", "NN"], None)])


def test_attributes_speed_up_leaves_a_pipeline_without_a_ruler_alone():
    nlp = spacy.blank("en")
    assert not speed_up(nlp)
    assert nlp.pipe_names == []


def test_attributes_lemmatizer_keeps_lemmas_already_set_and_answers_repeats_from_its_table(pipelines):
    stock, fast = pipelines
    lemmatizer = fast.get_pipe("kg_lemmatizer")
    assert isinstance(lemmatizer, FastLemmatizer)
    text = "Ministers ai n't leaving; the ministers were leaving and leaves fell as the minister left."
    fast(text)  # the first Doc is spaCy's own pass (it checks the tables)
    doc = fast(text)
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in stock(text)]
    assert doc[2].lemma_ == "not"  # set by the attribute ruler, kept: the lemmatizer does not overwrite
    assert [doc[0].lemma_, doc[6].lemma_, doc[3].lemma_, doc[8].lemma_] == ["minister", "minister", "leave", "leave"]
    assert len(lemmatizer.known) >= 10  # every new (word, POS, morphology) was asked once


def test_attributes_lemmatizer_replaced_without_a_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})  # (not initialised: no lookup tables here)
    assert not speed_up(nlp)  # no attribute ruler to replace
    assert nlp.pipe_names == ["kg_lemmatizer"]

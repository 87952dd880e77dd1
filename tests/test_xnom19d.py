"""Coreference of round 19 (branch ``xnom19d``): armed groups, collective bodies and plural
things whose misses recurred across the annotated reports of at least two writers of earlier
rounds (pooled in /work/trial-xnom19d; decision 0004, "2026-12-07 (stop 19): xnom19d").

Every sentence here is written for the test; none comes from an annotated set.
"""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # a rebel "Liberation Army" is no public body for "the rebels"
        (("A rebel alliance in northern Chad said on Monday it had taken an airstrip. "
          "The Sahel Liberation Army overran the garrison at dawn, a spokesman for the alliance said. "
          "The rebels captured three trucks and a fuel depot."), "rebels", 0, ["Army"]),
        (("The Tigray Liberation Army attacked a police post near Mekelle on Friday, residents said. "
          "The militants burned two vehicles."), "militants", 0, ["Army"]),
    ],
    ids=["liberation-army-rebels", "liberation-army-militants"],
)
def test_xnom19d_armed_name_with_army(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


def test_xnom19d_state_army_still_public(nlp):
    # a state's army stays a public body: "the militants" do not take it up
    doc = nlp("The Nigerian Army said on Friday it had killed 20 fighters in Borno. "
              "The militants attacked a village a day later.")
    assert antecedents(doc, "militants", 0) != ["Army"]


def test_xnom19d_them_for_the_plural(nlp):
    # "them" is the plural said before, not the body said in the singular
    doc = nlp("The militia took six villages in March, and the army retook them in May.")
    assert antecedents(doc, "them", 0) == ["villages"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The navy sent three patrol boats to the strait, but a storm kept them in port for two days.", "navy"),
        (("Halvik Energy has loans of about 2 billion euros, and the state has promised to take over "
          "part of them."), "Energy"),
    ],
    ids=["navy-boats", "company-loans"],
)
def test_xnom19d_them_not_the_singular_body(nlp, text, body):
    assert body not in (antecedents(nlp(text), "them", 0) or [])


def test_xnom19d_them_for_a_body_with_no_plural(nlp):
    # with no plural in reach, a body said in the singular is still "them"
    doc = nlp("The union called a strike on Monday. The ministry urged them to return to work.")
    assert antecedents(doc, "them", 0) == ["union"]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # a band acts as its members: "they" takes up "the gang" as readily as "it"
        ("Prosecutors said the gang had cased the bank for a month before they struck.", "they", 0, ["gang"]),
        (("A gang held up a cash van near Antwerp on Friday. They fled in a stolen car, police said."),
         "They", 0, ["gang"]),
        ("The gang raided a warehouse in Ghent on Friday. It has carried out nine raids since May.", "It", 0, ["gang"]),
    ],
    ids=["gang-they-same-sentence", "gang-they-next-sentence", "gang-it-still"],
)
def test_xnom19d_gang_as_they(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected

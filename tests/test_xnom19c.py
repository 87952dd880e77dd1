"""Coreference of round 19 (branch ``xnom19c``): person descriptions whose misses recurred
across the annotated reports of at least two writers of earlier rounds (pooled in
/work/trial-xnom19c; decision 0004, "2026-12-07 (stop 19): xnom19c").

Every sentence here is written for the test; none comes from an annotated set.
"""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a trade never said before takes up the one person the sentence before was about
        ("Hendrik Vos, 58, opened the shop in 1990. The jeweller said the stones had been insured.",
         "jeweller", ["Vos"]),
        # a sport's position, after a sport's title that is not the position
        ("Rugby star Tane Ropata announced his retirement on Monday. The winger scored 41 tries in 60 matches.",
         "winger", ["Ropata"]),
        # the person as an apposition of the previous subject
        (("The owner of the workshop, Pieter Smit, said he was relieved. \"We hope they catch them,\" "
          "the engineer told local radio."), "engineer", ["Smit"]),
    ],
    ids=["trade", "sport-position", "apposed-subject"],
)
def test_xnom19c_trade_takes_up_last_subject(nlp, text, word, expected):
    assert antecedents(nlp(text), word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two people in the sentence before
        ("Anna Berg met Karl Holm in Oslo on Friday. The engineer said the talks went well.", "engineer"),
        # the person was the object, not the subject
        ("Police arrested Tom Reed on Friday. The driver was charged with dangerous driving.", "driver"),
        # the description's own sentence names someone (the coach is not Kohli)
        ("Anil Rao retired on Monday. The coach said Rao had changed the team.", "coach"),
        # another name in the sentence before, whatever NER made of it
        ("Lisa Moreau is trained by Kenyan Paul Otieno, who also coached two champions. The coach said she "
         "would run in Berlin.", "coach"),
        # a reported clause: the one reporting is another person
        ("Judge Ana Costa spoke for an hour. She said the engineer had played a central role.", "engineer"),
        # qualified: "the driver of the bus" is introduced, not taken up
        ("Maria Ruiz crossed the road at 9 am. The driver of the bus did not stop.", "driver"),
    ],
    ids=["two-people", "object", "name-in-own-sentence", "other-name", "reported", "qualified"],
)
def test_xnom19c_trade_left_open(nlp, text, word):
    assert antecedents(nlp(text), word) is None

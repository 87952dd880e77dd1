"""Coreference of round 19 (branch ``xnom19b``): place and thing descriptions whose misses
recurred across the annotated reports of at least two writers of earlier rounds (pooled in
/work/trial-xnom19b; decision 0004, "2026-12-07 (stop 19): xnom19b").

Every sentence here is written for the test; none comes from an annotated set.
"""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # the one place the article put the sea beside: "off X"
        (("A fishing boat carrying 90 migrants sank off Lampedusa on Monday, the coast guard said. "
          "Arrivals on the island have doubled since May."), "island", 0, ["Lampedusa"]),
        # "off the coast of X", taken up by a possessive
        (("A Norwegian firm said on Tuesday it had found oil off the coast of Madagascar. "
          "The find could double the island's export earnings, analysts said."), "island", 0, ["Madagascar"]),
        # a headline's "off X" counts (the dateline does not)
        (("Navy rescues 40 fishermen off Sicily\n\nROME, May 3 (Reuters) - The Italian navy rescued 40 "
          "fishermen from a burning trawler on Sunday. Hospitals on the island treated six of them for burns."),
         "island", 0, ["Sicily"]),
    ],
    ids=["off-place", "off-the-coast-of", "headline"],
)
def test_xnom19b_the_island_off_which(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        # two places said with "off": which island is not settled
        (("A ferry caught fire off Lesbos on Monday, a day after a boat sank off Chios. "
          "The island has two hospitals."), "island", 0),
        # a described island says which it is ("the main island"): left to other rules
        (("A cargo ship ran aground off Mauritius on Friday. Tourists on the main island were told to "
          "stay away from the beaches."), "island", 0),
        # no place said with "off"
        (("Police in Manila arrested three men on Tuesday. The island has seen a rise in kidnappings."),
         "island", 0),
    ],
    ids=["two-places-off", "modified-island", "no-offshore-place"],
)
def test_xnom19b_the_island_left_open(nlp, text, word, nth):
    assert antecedents(nlp(text), word, nth) is None


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # the general words for a ship take up a craft said by its kind
        (("A ferry carrying 240 passengers ran aground near Cebu on Sunday. The vessel had been "
          "refitted in March, the coast guard said."), "vessel", 0, ["ferry"]),
        (("A fishing trawler sank in a storm off Norway on Tuesday. Rescuers said the ship's crew "
          "of nine were safe."), "ship", 0, ["trawler"]),
        # a type of aircraft, taken up as "the aircraft"
        (("A Kenya Airways turboprop skidded off the runway in Kisumu on Friday. The airline said "
          "the aircraft had lost a wheel."), "aircraft", 0, ["turboprop"]),
    ],
    ids=["vessel-ferry", "ship-trawler", "aircraft-turboprop"],
)
def test_xnom19b_vehicle_described_by_its_class(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


def test_xnom19b_a_kind_of_ship_does_not_take_up_another_kind(nlp):
    # "the tanker" is a kind of its own, not the ferry said before
    text = ("A ferry carrying 240 passengers ran aground near Cebu on Sunday. The tanker that towed it "
            "free was damaged.")
    assert antecedents(nlp(text), "tanker", 0) is None


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("Mount Lewotobi erupted twice on Tuesday, sending ash eight kilometres into the sky. The "
          "volcano has been at the highest alert level since January."), "volcano", 0, ["Lewotobi"]),
        (("Officials closed the trails on Mt Kinabalu after a rockfall on Monday. Guides said the "
          "mountain would reopen next week."), "mountain", 0, ["Kinabalu"]),
    ],
    ids=["volcano-mount", "mountain-mt"],
)
def test_xnom19b_the_volcano_is_the_mount_named(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two mountains named: which is not settled
        (("Mount Merapi and Mount Semeru both erupted on Sunday. The volcano closest to the city "
          "was quiet by night."), "volcano"),
        # a described volcano may be another
        (("Mount Lewotobi erupted on Tuesday. Scientists said a nearby volcano was also restless, and "
          "the smaller volcano was evacuated."), "volcano"),
    ],
    ids=["two-mounts", "modified"],
)
def test_xnom19b_the_volcano_left_open(nlp, text, word):
    doc = nlp(text)
    last = [t.i for t in doc if t.text == word][-1]
    assert doc._.kg_coref.get(last) is None


def test_xnom19b_the_blaze_is_the_fire_said_before(nlp):
    text = ("A fire broke out at a textile factory in Gazipur on Monday. Firefighters put out the blaze "
            "after six hours, officials said.")
    assert antecedents(nlp(text), "blaze", 0) == ["fire"]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # the reports of two conjoined verbs of saying: the second goes on with the first's subject
        (("The health agency said on Tuesday that a dengue epidemic in the capital was slowing, but warned "
          "that it could flare up again after the rains."), "it", 0, ["epidemic"]),
        # the owner of the second report's subject
        (("The agency said its new weather satellite reached orbit on Tuesday and that all its "
          "instruments were working."), "its", 1, ["satellite"]),
    ],
    ids=["conjoined-reporting-verbs", "owner-of-second-subject"],
)
def test_xnom19b_second_report_goes_on_with_the_first_reports_subject(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth", "unwanted"),
    [
        # a quantified subject is no one thing to go on with
        (("Analysts said neither country wanted the row over fishing rights to escalate, but that its costs "
          "were rising."), "its", 0, "country"),
        # what only a body owns is the speaker's
        (("The airline said demand had recovered and that its shares would be listed in May."),
         "its", 0, "demand"),
    ],
    ids=["quantified-subject", "owned-by-bodies"],
)
def test_xnom19b_second_report_not_the_first_subject(nlp, text, word, nth, unwanted):
    assert unwanted not in (antecedents(nlp(text), word, nth) or [])


def test_xnom19b_gerund_below_a_reported_subject_is_not_the_speaker(nlp):
    # a gerund under a preposition ("after running out of fuel") hangs on the reported clause,
    # which has a subject of its own: the possessive there is not the speaker talking of itself
    text = ("The Osaka-based company said the rover had probably tipped over after running out of power "
            "during its final climb.")
    assert "company" not in (antecedents(nlp(text), "its", 0) or [])


def test_xnom19b_a_named_ship_in_play_wins_over_a_kind_of_craft(nlp):
    text = ("Pirates boarded a fishing trawler off Somalia on Monday. The MT Nordic Breeze was sailing to "
            "Mombasa, the navy said. Commandos retook the ship on Tuesday.")
    assert antecedents(nlp(text), "ship", 0) == ["Breeze"]

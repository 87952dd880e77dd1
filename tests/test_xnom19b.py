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

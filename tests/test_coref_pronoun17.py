"""Pronouns in longer wire reports with several actors in reach: agreement of bodies and of
plural speakers, partitives in reported clauses, parallel reported clauses, speakers that
NER misnames, and pronouns that refer to nothing. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a plural description resolved to a first mention the noun alone makes things
        (("Cycling's commissaires disqualified a rider from Tavira on Monday. The commissaires said they "
          "had studied footage of the sprint and found that Ruiz had swerved. They said his team had not "
          "appealed."), "They", 0, ["commissaires"]),
        # a singular body noun is "it" that urges and says, not a thing
        (("Chile's seismological department warned that strong aftershocks would continue for days. "
          "It urged residents of the coast to stay away from their houses."), "It", 0, ["department"]),
        (("The charity warned that the drought would get worse before the rains. "
          "It urged donors to double their pledges."), "It", 0, ["charity"]),
    ],
    ids=["mindful-plural-description", "body-urges", "body-orders"],
)
def test_coref_pronoun17_agreement(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected

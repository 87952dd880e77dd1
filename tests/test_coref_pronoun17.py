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


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the reporter of a partitive's clause is not the set it counts
        (("Regional officials said the valley had about 80 farms and that most of them were flooded."),
         "them", 0, ["farms"]),
        (("Border guards said they had detained 25 migrants near Lesvos. They said some of them "
          "had been taken to hospital."), "them", 0, ["migrants"]),
        # nothing else fits: better unresolved than the reporter
        (("Customs officers said they had found cocaine in a lorry driven by one of them."),
         "them", 0, None),
    ],
    ids=["most-of-them-counted", "some-of-them-reported-by-they", "one-of-them-unresolved"],
)
def test_coref_pronoun17_partitive_in_reported_clause(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the second of two conjoined reported clauses goes on with the first one's subject
        (("The coach, Carlos Vidal, said Okafor had played through the pain and that he deserved "
          "his place in the final."), "he", 0, ["Okafor"]),
        (("The coach, Carlos Vidal, said Okafor had played through the pain and that he deserved "
          "his place in the final."), "his", 0, ["Okafor"]),
        # "its own" binds to its clause's subject, not to the speaker
        (("The ministry said its auditors found that the hospital had ignored complaints from its own "
          "nurses."), "its", 1, ["hospital"]),
        # ... but in a copula's clause the speaker keeps it
        (("Armenia rejects the claim. It says the valley is part of its own territory."),
         "its", 0, ["Armenia"]),
    ],
    ids=["parallel-reported-subject", "possessive-of-subject-pronoun", "its-own-clause-subject",
         "its-own-copula-speaker"],
)
def test_coref_pronoun17_reported_clauses(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a name only NER calls a person, whose report has "it" for subject, is a body
        ("Freight rates rose after the strike began. Halvorsen said it was monitoring the situation.", "it", 0,
         ["Halvorsen"]),
    ],
    ids=["speaker-misnamed-person"],
)
def test_coref_pronoun17_speaker_named_by_ner(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The port operator said its cranes were idle. A spokeswoman said it was too early to say when work would resume.",
        "The agency opened an inquiry into the crash. It was unclear whether the pilot had radioed for help.",
        "The utility cut power to 20,000 homes. It is expected that supplies will return by Friday.",
    ],
    ids=["too-early-to-say", "unclear-whether", "expected-that"],
)
def test_coref_pronoun17_extraposed_it_is_unresolved(nlp, text):
    doc = nlp(text)
    extraposed = [t for t in doc if t.lower_ == "it" and t.i >= list(doc.sents)[0].end][0]
    assert extraposed.i not in doc._.kg_coref

"""Pronouns in and after frames of attribution and in infinitive complements, from the
anaphora18 round's own wire reports (constructions that recurred across reports; decision 0004).
Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a named body that spoke goes on acting in the next sentence, whatever it reported about
        (("Norway's state ferry operator Fjordline cancelled all crossings to Bergen on Monday after a storm "
          "damaged the pier. The company said the route would stay shut for a week while the pier was "
          "rebuilt. It has chartered two buses for stranded travellers."), "It", 0, ["Fjordline"]),
        (("The Competition Authority on Friday opened an inquiry into food delivery app Zipbite. The "
          "Authority said the app may have misled restaurants about its fees. It will also examine "
          "whether the firm paid couriers late."), "It", 0, ["Authority"]),
        # a generic source spoke: what it reported goes on
        (("The gunmen raided the depot outside Maiduguri at night and burned it before troops forced them "
          "to flee, the residents said. They took fuel and food and set fire to three lorries."),
         "They", 0, ["gunmen"]),
    ],
    ids=["named-speaker-goes-on", "named-speaker-goes-on-2", "generic-source-report-goes-on"],
)
def test_coref18_subject_after_frame_of_attribution(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a verb conjoined to the infinitive shares its understood subject (the main verb's object)
        (("The treasury has been pushing the mining firms to hire local workers and return more of their "
          "profits to the region."), "their", 0, ["firms"]),
        # a complement's complement ("to keep paying") too
        ("The Teachers Union urged the parents to keep sending their children to school.", "their", 0,
         ["parents"]),
        ("The Dental Association urged the clinics to stop charging their patients for check-ups.", "their", 0,
         ["clinics"]),
    ],
    ids=["conjoined-infinitive", "nested-complement", "nested-complement-2"],
)
def test_coref18_possessive_in_infinitive_is_its_controllers(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the object of the next sentence's verb is what was reported, not the body that reported it
        (("The tanker had left Tema on Friday and was heading for Lagos with diesel, the navy said. "
          "A patrol aircraft located it near the Togo border on Sunday."), "it", 0, ["tanker"]),
        (("The African Development Bank says the loan will fund two solar plants in the north. "
          "Ghana and Togo welcomed it."), "it", 0, ["loan"]),
    ],
    ids=["trailing-frame-object", "leading-frame-object"],
)
def test_coref18_object_after_frame_is_what_was_reported(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


def test_coref18_junta_is_a_body_that_owns(nlp):
    # "junta" is a body like "regime": it has a leader, so "its" can take it up
    doc = nlp("The junta, which took power in 2023, has closed the border with Benin. "
              "Its leader, General Abdou Sani, has promised elections in 2027.")
    assert antecedents(doc, "Its") == ["junta"]


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the subject of an adverbial clause in a reported clause is the reported subject, not the speaker
        ("The tribunal found that the bank had misled savers when it sold the bonds in 2019.", "it", 0, ["bank"]),
        ("The operator said the turbine would supply 40 megawatts once it was connected to the grid.", "it", 0,
         ["turbine"]),
    ],
    ids=["when-clause-in-report", "once-clause-in-report"],
)
def test_coref18_adverbial_subject_in_report_is_the_reported_subject(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # "used X to do Y": the user does Y, so "them" is not the user
        (("Hundreds of farmers marched on the ministry in Accra, and police used water cannon to push them back."),
         "them", 0, ["farmers"]),
        (("Miners blocked the road to the smelter on Friday and the army employed armoured trucks to remove "
          "them."), "them", 0, ["Miners"]),
    ],
    ids=["used-to", "employed-to"],
)
def test_coref18_object_of_purpose_after_instrument_is_not_the_user(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected

"""Coreference of round 19 (branch ``xcoref19``): constructions whose misses recurred across the
annotated reports of at least two writers of earlier rounds (pooled in /work/trial-xcoref19;
decision 0004, "2026-12-07 (stop 19): xcoref19").

Every sentence here is written for the test; none comes from an annotated set.
"""

from __future__ import annotations

import pytest

from tests.conftest import triples
from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # a country the text names only by its demonym: "the country" is taken up at the demonym
        (("Polish farmers blocked roads across the country on Monday to protest against cheap grain "
          "imports."), "country", 0, ["Polish"]),
        (("Brazilian police seized 300 kilograms of gold at an airstrip in Para state on Tuesday. "
          "It was the largest seizure of illegal gold in the country's history, officials said."),
         "country", 0, ["Brazilian"]),
        # the latest demonym of the leading country ("the Dutch government")
        (("Dutch customs officers found 900 kilograms of heroin in a container at the port on Friday. "
          "The Dutch government said it would hire 200 more inspectors. The country's finance minister "
          "praised the officers."), "country", 0, ["Dutch"]),
        # a country name the recogniser took with its possessive ("South Africa's") still counts
        (("South Africa's power utility said on Monday it had restarted two units at its largest coal "
          "plant. The energy minister said the country would have no power cuts this winter."),
         "country", 0, ["Africa"]),
    ],
    ids=["demonym-only", "demonym-only-possessive", "latest-demonym", "name-with-possessive"],
)
def test_xcoref19_the_country_named_by_its_demonym(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two countries as often said: no confident choice
        (("Dutch customs officers found 900 kilograms of cocaine in a shipment of bananas from Ecuador on "
          "Friday, the largest haul in the country's history."), "country"),
        # a demonym naming people, not qualifying a noun, is not taken up
        ("The Kenyans won three medals. The country has never won more at a world championship.", "country"),
    ],
    ids=["tie-stays-open", "demonym-noun-stays-open"],
)
def test_xcoref19_the_country_stays_open_without_a_clear_demonym(nlp, text, word):
    assert antecedents(nlp(text), word) is None


def test_xcoref19_demonym_antecedent_is_labelled_with_the_country(extract_texts):
    text = ("Brazilian police arrested five men suspected of smuggling gold from an indigenous reserve on "
            "Monday. The country has banned mercury in small mines since 2022.")
    found = triples(extract_texts([text])[0], negated=None)
    assert ("Brazil", "ban", "mercury") in found, sorted(found)
    assert not any(actor == "Brazilian" for actor, _, _ in found)


def test_xcoref19_a_pronoun_for_that_country_is_labelled_with_it_too(extract_texts):
    text = ("Brazilian police arrested five men suspected of smuggling gold on Monday. The country said it "
            "would send troops to the reserve.")
    found = triples(extract_texts([text])[0], negated=None)
    assert ("Brazil", "send", "troops") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a lawyer for X ... his client": the "for" object is whose lawyer
        (("A court sentenced a former bank manager to four years in prison on Friday. A lawyer for the "
          "manager said his client would appeal."), ["manager"]),
        ("Roberto Lima, a lawyer for the footballer Dani Ocampo, said his client had done nothing wrong.",
         ["Ocampo"]),
        # "The lawyer" taken up again: the client is still the one introduced with the lawyer
        (("A court in Quito jailed former minister Pablo Arce for six years on Monday. His lawyer, Diego "
          "Mena, said the defence would appeal. The lawyer told reporters his client was innocent."),
         ["Arce"]),
    ],
    ids=["lawyer-for-x", "named-lawyer-for-x", "the-lawyer-again"],
)
def test_xcoref19_client_of_a_lawyer(nlp, text, expected):
    assert antecedents(nlp(text), "client") == expected


def test_xcoref19_a_companys_nationality_is_not_the_country(nlp):
    # a demonym on a company names its home, often another country than the story's
    text = ("Chinese contractor CRBC won a tender to build a railway on Monday. The line will be the "
            "longest in the country's history.")
    assert antecedents(nlp(text), "country") is None


def _entities(doc):
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doctors Without Borders said it would open two clinics in Goma on Friday.", "Doctors Without Borders"),
        ("The arrests were condemned by Reporters Without Borders, which tracks attacks on the press.",
         "Reporters Without Borders"),
    ],
    ids=["sentence-start", "mid-sentence"],
)
def test_xcoref19_a_capitalised_preposition_joins_one_name(nlp, text, name):
    assert (name, "ORG") in _entities(nlp(text))


def test_xcoref19_a_title_case_headline_is_not_one_name(nlp):
    # every word is capitalised in a title-case headline, so no name is read across its prepositions
    doc = nlp("Doctors Without Borders Warns Of Cholera Spread In Malawi")
    assert not any("Without" in e.text for e in doc.ents)


def test_xcoref19_the_name_joined_at_a_preposition_is_what_it_and_the_charity_take_up(nlp, extract_texts):
    text = ("Measles has killed 30 children in Kasai province since January. Doctors Without Borders said it "
            "would send 20 nurses to the region. The charity said its teams had vaccinated 9,000 children.")
    doc = nlp(text)
    assert antecedents(doc, "it") == ["Doctors"]
    assert antecedents(doc, "charity") == ["Doctors"]
    found = triples(extract_texts([text])[0], negated=None)
    assert ("Doctors Without Borders", "send", "nurses") in found, sorted(found)

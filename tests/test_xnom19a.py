"""Coreference of round 19 (branch ``xnom19a``): company descriptions whose misses recurred across
the annotated reports of at least two writers of earlier rounds (pooled in /work/trial-xnom19a;
decision 0004, "2026-12-07 (stop 19): xnom19a").

Every sentence here is written for the test; none comes from an annotated set.
"""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # NER typed the name a place's: once the article took it up as "the company", a company
        # description beyond the window still takes it up, with the nationality it was introduced with
        (("Italian energy group Saipo said on Friday it had found a large gas field off Libya. "
          "The find could hold two trillion cubic feet of gas, the company said. The Libyan oil "
          "ministry said drilling would start in 2027. The ministry said the field would help Europe. "
          "The Italian firm has made several discoveries in the region."),
         "firm", 0, ["Saipo"]),
        (("Spanish energy group Iberola said on Monday it had won a contract to build a wind farm "
          "off Scotland. The company said the farm would power a million homes. The Scottish "
          "government welcomed the deal. The ministry said work would start next year. "
          "The Spanish firm has built three other farms in the North Sea."),
         "firm", 0, ["Iberola"]),
        # two public bodies in reach: "the firm" is still the company taken up before
        (("Norwegian fish farming group Lakseby said on Monday its profit fell 20 percent. "
          "The company blamed lice outbreaks at its farms. The Norwegian food safety authority said "
          "it would inspect the farms. The authority said it had found dead fish. "
          "The firm said it would cooperate with inspectors."),
         "firm", 0, ["Lakseby"]),
    ],
    ids=["taken-up-before-nationality", "taken-up-before-nationality-2", "past-public-bodies"],
)
def test_xnom19a_company_described_before(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        # another company's name came in between: "the research firm" names a trade of its own
        (("Dutch brewing group Hollandia said on Monday its sales rose 5 percent, the company said. "
          "Its market share was 30 percent, according to Nielsen. "
          "The research firm said smaller brewers had lost ground."), "firm", 0),
        # "the Danish firm" is not the Swedish one taken up before
        (("Swedish forestry group Norrskog said on Thursday it would close two sawmills. "
          "The company blamed weak demand from builders. "
          "Unions representing Norrskog's workers criticised the decision. "
          "They said the Danish firm had bid for the mills."), "firm", 0),
    ],
    ids=["research-firm", "other-nationality"],
)
def test_xnom19a_company_described_before_not_another(nlp, text, word, nth):
    assert antecedents(nlp(text), word, nth) != ["Hollandia"] and antecedents(nlp(text), word, nth) != ["Norrskog"]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # a trade description with no name typed as a company takes the one body that spoke just before
        (("Japanese retail group Marusho reported a 12 percent rise in quarterly profit on Tuesday. "
          "The retailer said shoppers had spent more on food as wages rose."), "retailer", 0, ["Marusho"]),
        (("German chemicals group Rheinchem said on Wednesday it would cut 900 jobs. "
          "The company blamed high energy prices."), "company", 0, ["Rheinchem"]),
    ],
    ids=["trade-description-speaker", "company-speaker"],
)
def test_xnom19a_company_description_takes_the_speaker(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # the noun and its compounds said as the article introduced the name
        (("Japanese battery maker Kiyosumi Energy said on Monday it would build a plant in Ohio. "
          "The company said the plant would supply carmakers. Ohio's governor said the plant would "
          "create 1,500 jobs. The battery maker already has two plants in the United States."),
         "maker", 1, ["Energy"]),
        (("Dutch supermarket chain Verhoef was fined 20 million euros on Tuesday for misleading "
          "shoppers with fake discounts. The consumer authority said the discounts had lasted months. "
          "The supermarket chain has 600 stores."), "chain", 1, ["Verhoef"]),
        (("Shareholders, led by the fund manager Nordkap, sued the bank over its losses. "
          "The fund manager said the bank had hidden its debts."), "manager", 1, ["Nordkap"]),
    ],
    ids=["battery-maker", "supermarket-chain", "fund-manager"],
)
def test_xnom19a_description_said_as_introduced(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


def test_xnom19a_description_with_other_compounds_is_not_taken_up(nlp):
    # "the shoe maker" is not "battery maker X": its compound was never said with the name
    doc = nlp("Japanese battery maker Kiyosumi Energy said on Monday it would build a plant in Ohio. "
              "The shoe maker said its sales fell.")
    assert antecedents(doc, "maker", 1) is None  # (the first "maker" introduces the name)


def test_xnom19a_first_word_of_a_company_that_owns_shares_is_the_company(nlp):
    # the first word of a company's name said alone, whatever NER typed it, when it owns shares
    doc = nlp("British drugmaker Corvane Pharma has recalled a million packs of a heart medicine, "
              "the regulator said on Tuesday. Pharmacists said patients had called them. "
              "The Royal Society of Pharmacists urged patients to keep taking the drug. "
              "Corvane's shares fell 5 percent in London. The firm recalled another drug in 2023.")
    assert antecedents(doc, "firm") == ["Corvane"]


def test_xnom19a_country_first_word_stays_the_country(nlp):
    # "Kenya Airways ... Kenya's shares": a country's name is never shortened to the company
    from kg.coref import name_facts
    from kg.memo import memo

    doc = nlp("National carrier Kenya Airways said on Monday it would buy ten new planes. "
              "Kenya's shares in the airline are worth 300 million dollars, the treasury said.")
    name_facts(doc)
    assert "kenya" not in memo(doc)["kg_coref_shortened"]

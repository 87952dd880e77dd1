"""Definite descriptions the article itself says what they are (round 17): a name the article
called by the noun, a title given to one person, a region said of "the country", and a
description used before for one of two names in reach. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("The High Court suspended the sale of a stake in state grid operator Lakeside Power Transmission on "
          "Monday. Justice Amina Odhiambo said the deal needed approval. The Treasury said it would appeal. "
          "Finance Secretary Peter Kamau said the grid operator needed new capital."), "operator", 1,
         ["Transmission"]),
        # the description's modifiers must be words the name was said with
        (("The High Court suspended the sale of a stake in state grid operator Lakeside Power Transmission on "
          "Monday. Justice Amina Odhiambo said the deal needed approval. The Treasury said it would appeal. "
          "Finance Secretary Peter Kamau said the pipeline operator needed new capital."), "operator", 1,
         ["Treasury"]),
    ],
    ids=["called-beats-an-uncalled-body", "other-modifiers"],
)
def test_coref_nominal17_the_one_name_called_by_the_noun(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("Shares in Norwegian salmon farmer Nordlaks Seafood fell 9 percent on Tuesday. Chief Executive Ingrid "
          "Berge told analysts the outbreak was under control. The chief executive said the firm would pay "
          "its suppliers within a week."), "executive", 0, ["Berge"]),
        (("Rangers sacked head coach Tom Ellery on Sunday after a fifth straight defeat. Team captain Sam Oduya "
          "said the players were shocked. The coach had been in charge since 2022."), "coach", 1, ["Ellery"]),
        # no one was given the title: "the captain" is someone new
        (("A cargo plane skidded off the runway in Pokhara on Saturday. The captain, a veteran with 12,000 "
          "flying hours, told investigators the brakes had failed."), "captain", 0, None),
    ],
    ids=["chief-executive", "coach", "no-title-given"],
)
def test_coref_nominal17_a_title_given_to_one_person(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


def test_coref_nominal17_a_region_said_of_the_country(nlp):
    doc = nlp("TBILISI, Oct 5 (Reuters) - Georgia's ruling party won the local elections on Saturday. Prime "
              "Minister Irakli Garibashvili said Georgia had rejected the radical opposition. He accused the West "
              "of trying to drag the South Caucasus country into a war.")
    assert antecedents(doc, "country") == ["Georgia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Dock workers struck at the port of Valparaiso on Thursday. Terminal operator Andes Gateway, a "
          "subsidiary of Singapore's Strait Harbour Holdings, said the strike was illegal. The company asked a "
          "court to order the workers back. The parent company said in Singapore it backed the operator."),
         ["Holdings"]),
        # no owner named: never the company in focus
        (("Dock workers struck at the port of Valparaiso on Thursday. Terminal operator Andes Gateway said the "
          "strike was illegal. The company asked a court to order the workers back. The parent company said "
          "in Singapore it backed the operator."), None),
    ],
    ids=["owner-named", "no-owner"],
)
def test_coref_nominal17_the_parent_company_is_the_owner_named(nlp, text, expected):
    assert antecedents(nlp(text), "company", 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Rescuers were digging on Tuesday for 14 sand miners buried by a landslide in East Java. The missing "
          "miners were mostly from nearby villages. The men had worked the pit for months despite a ban."),
         ["miners"]),
        # two sets of people, neither the subject: unresolved
        (("A court in Accra jailed two smugglers on Monday for attacking three customs officers. The men were "
          "given five years each."), None),
    ],
    ids=["one-set", "two-sets"],
)
def test_coref_nominal17_the_men_are_the_set_of_people_said_before(nlp, text, expected):
    assert antecedents(nlp(text), "men") == expected


def test_coref_nominal17_a_flagged_craft_in_apposition_is_a_ship(nlp):
    doc = nlp("A coal carrier ran aground off Galle on Thursday, the navy said. The Karimah, a Liberia-flagged bulk "
              "carrier, lost power during a storm and drifted onto a reef. The ship's 21 crew were rescued.")
    assert antecedents(doc, "ship") == ["Karimah"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("British authorities fined commodities trader Orvane Group on Tuesday for shipping Iranian crude "
          "through Sahara Petroleum, a Dubai-based affiliate. Orvane said it had closed the Dubai affiliate."),
         ["Petroleum"]),
        # a proper noun the name was not said with names something new
        (("British authorities fined commodities trader Orvane Group on Tuesday for shipping Iranian crude "
          "through Sahara Petroleum, a Dubai-based affiliate. Orvane said it had closed the Lagos affiliate."),
         None),
    ],
    ids=["said-with", "not-said-with"],
)
def test_coref_nominal17_a_proper_modifier_the_name_was_said_with(nlp, text, expected):
    assert antecedents(nlp(text), "affiliate", 1) == expected


def test_coref_nominal17_the_company_is_no_name_called_an_organisation(nlp):
    doc = nlp("Kessel Semiconductors is recalling a batch of sensors after a satellite failure. The sensors failed "
              "aboard a weather satellite in July. The satellite cost about 400 million euros. Eumetsat, the "
              "European weather satellite organisation that operates it, said it would seek compensation. Shares "
              "in the Eindhoven-based company fell 7 percent.")
    assert antecedents(doc, "company") is None


def test_coref_nominal17_a_nationality_given_to_a_later_name_does_not_bar(nlp):
    doc = nlp("The European Space Agency lost contact with a weather satellite in July. The satellite cost about "
              "400 million euros. Airbus, which built the satellite, said it was reviewing other spacecraft. The "
              "European aerospace group declined to say how many were affected. Eumetsat, the European weather "
              "satellite organisation, said it would seek compensation.")
    assert antecedents(doc, "group") == ["Airbus"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (("Workers at a copper mine in northern Chile went on strike on Monday. The mine is operated by Andina "
          "Metals, which is a unit of Canada's Northpeak Resources. The unit said output would fall."), "unit",
         ["Metals"]),
        (("Workers at a copper mine in northern Chile went on strike on Monday. Northpeak is the world's "
          "third-largest copper producer. The producer said it would not raise its offer."), "producer",
         ["Northpeak"]),
    ],
    ids=["relative-which-is", "is"],
)
def test_coref_nominal17_a_noun_said_of_a_name_by_be(nlp, text, word, expected):
    assert antecedents(nlp(text), word, 1) == expected


def test_coref_nominal17_a_given_name_left_out_makes_a_person(nlp):
    doc = nlp("LIMA, Oct 21 (AP) - A Peruvian court sentenced former president Alejandro Toledo Vargas to 15 years "
              "in prison on Monday for taking bribes from Brazilian builder Odebrecht. The three-judge panel said "
              "the 78-year-old had received $35 million from the construction company while in office.")
    assert antecedents(doc, "old") == ["Vargas"]


def test_coref_nominal17_the_men_are_not_the_subject_above_them(nlp):
    doc = nlp("Rescuers were searching for 11 missing quarry workers on Monday. The missing workers were employed by "
              "Tanjung Stone. Relatives accused the company of keeping the men at work after the warning.")
    assert antecedents(doc, "men") is not None and antecedents(doc, "men") != ["Relatives"]


def test_coref_nominal17_a_modified_set_said_once_long_before(nlp):
    doc = nlp("A mudslide buried a quarry on Sunday, where rescuers were looking for nine missing fishermen. "
              "The army sent two helicopters. The governor visited the site. Schools were closed. Roads were cut. "
              "Power was restored on Monday. Flights resumed on Tuesday. The missing fishermen worked for a local "
              "firm.")
    assert antecedents(doc, "fishermen", 1) == ["fishermen"]


def test_coref_nominal17_a_place_name_compounded_on_a_place_noun_is_called_by_it(nlp):
    doc = nlp("Floods buried three villages in the Cianjur district of West Java on Friday, officials said. The army sent helicopters. "
              "Schools were closed. Roads were cut. Power was restored on Saturday. Flights resumed on Sunday. "
              "Volunteers brought food to the district on Monday.")
    assert antecedents(doc, "district", 1) == ["Cianjur"]


def test_coref_nominal17_a_lower_case_noun_tagged_as_a_name_keeps_its_description(nlp):
    doc = nlp("Zambia has revoked the licence of a copper mine, the mines ministry said on Monday. The ministry "
              "ordered the owner to hand over the mine within 30 days. The owner said it would appeal. Workers "
              "protested outside the mine. Prices rose. Shares fell. Talks stalled. Unions complained. The ministry "
              "also accused the owner of polluting a river.")
    assert antecedents(doc, "ministry", 2) is not None


def test_coref_nominal17_a_place_said_after_the_noun_before(nlp):
    doc = nlp("The audit found that the miner had sold copper through a trading affiliate in Dubai without "
              "declaring it. The chief executive said the Dubai affiliate sold copper at market prices.")
    assert antecedents(doc, "affiliate", 1) == ["affiliate"]


def test_coref_nominal17_a_possessive_hung_as_an_apposition(nlp):
    doc = nlp("The ruling Harapan Rakyat party accuses foreign-funded media of spreading lies. Budi Santoso, the "
              "party's secretary-general, threatened to close outlets.")
    assert antecedents(doc, "party", 1) is not None


def test_coref_nominal17_a_compound_description_said_once_long_before(nlp):
    doc = nlp("The site had accused the head of the state water agency of steering contracts to his cousin. The "
              "editor was detained on Thursday. Officers seized two laptops. Her lawyer said she was innocent. "
              "Protesters gathered outside. The embassy urged restraint. Police made no comment. She had "
              "received threats since her reporting on the water agency.")
    assert antecedents(doc, "agency", 1) == ["agency"]


def test_coref_nominal17_a_name_in_reach_called_by_the_noun_beats_an_older_name_headed_by_it(nlp):
    doc = nlp("Dutch club Feyenoord sacked its coach on Friday. The coach had joined from Belgian champions Club "
              "Brugge in June. Feyenoord have struggled since selling several players last year. The club reported "
              "a loss of 42 million euros.")
    assert antecedents(doc, "club", 1) == ["Feyenoord"]

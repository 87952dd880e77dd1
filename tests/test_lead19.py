"""Rules the lead wrote in stop 19, each from wire text of his own (decision 0004).
Sentences are our own, never from a gold set."""

from __future__ import annotations

import pytest

from tests.conftest import triples
from tests.test_coref import antecedents

FILLER = ("Aid agencies said ships had begun unloading grain. The United Nations said it hoped to send more "
          "food. Saudi Arabia pledged $500 million in aid. The rebels freed 20 prisoners on Saturday. The "
          "government said it would release 30 more. ")


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("There was a lull in fighting at Yemen's largest port, Hodeidah, on Sunday. " + FILLER
         + "The fighting has forced hundreds of thousands of people from their homes.", "fighting"),
        ("Shelling near the city's main hospital, Al-Shifa, stopped on Monday. " + FILLER
         + "The shelling had cut power to the wards.", "shelling"),
        ("Clashes at the border crossing, Rafah, eased overnight. " + FILLER
         + "The clashes had closed the road for a week.", "clashes"),
    ],
    ids=["fighting-at", "shelling-near", "clashes-at"],
)
def test_an_event_before_a_preposition_and_a_named_place_is_not_the_place(nlp, text, description):
    # "fighting at the port, Hodeidah": the name is the port's, so the article never calls
    # Hodeidah "the fighting" (it did, and "The fighting has forced ..." made Hodeidah the actor)
    doc = nlp(text)
    assert antecedents(doc, description, -1) in (None, [description])


@pytest.mark.parametrize(
    ("text", "description", "expected"),
    [
        ("A spokesman for the army, Brigadier Yahya Saree, said the drones were shot down. " + FILLER
         + "The spokesman said two soldiers were wounded.", "spokesman", ["Saree"]),
        ("The chief executive of the lender, Amina Okafor, resigned on Tuesday. " + FILLER
         + "The executive had led the bank since 2019.", "executive", ["Okafor"]),
    ],
    ids=["spokesman-for", "executive-of"],
)
def test_a_person_noun_before_of_or_for_still_owns_the_name(nlp, text, description, expected):
    assert antecedents(nlp(text), description, -1) == expected


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("Rebels attacked a base held by the 12th brigade, a unit trained by French officers, near Bunia, "
         "local leaders and a UN source said.", ("rebels", "attack", "base"), "local leaders"),
        ("Troops shelled positions of the FDLR, a militia founded by Hutu exiles, in Rutshuru, residents and "
         "a local official told Reuters.", ("troops", "shell", "positions"), "residents"),
        ("Fighters stormed a camp run by the Mercy Corps, a charity funded by Western donors, outside Gao, "
         "villagers and a security source said.", ("fighters", "storm", "camp"), "villagers"),
    ],
    ids=["said", "told-reuters", "said-2"],
)
def test_speakers_swallowed_by_an_apposition_speak_for_the_sentence(extract_texts, text, expected, source):
    # the parser made the apposition ("a unit", "a militia") the subject of the report and the
    # speakers conjuncts of the last name before it: the unit said it all
    (result,) = extract_texts([text])
    found = {(r.actor.label.lower(), r.action, r.target.label.lower()): r for r in result.relations}
    assert expected in found
    assert found[expected].attributed_to is not None and found[expected].attributed_to.label.lower() == source
    assert all(r.actor.label.lower() not in ("local leaders", "residents", "villagers") for r in result.relations)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Talks between the government and the rebels, who seized the town in May, stalled on Monday.",
         ("rebels", "seize", "town"), ("talks", "seize", "town")),
        ("Clashes between police and miners, who had blocked the road for a week, left three people dead.",
         ("miners", "block", "road"), ("clashes", "block", "road")),
        # the parser's own reading is kept where it is right
        ("The meeting with Kenyan farmers, who have lost their crops to locusts, ended without a deal.",
         ("kenyan farmers", "lose", "crops"), ("meeting", "lose", "crops")),
    ],
    ids=["talks-between", "clashes-between", "meeting-with"],
)
def test_who_after_an_event_and_its_parties_is_the_party_before_the_comma(extract_texts, text, expected, wrong):
    (result,) = extract_texts([text])
    found = {(r.actor.label.lower(), r.action, r.target.label.lower()) for r in result.relations}
    assert expected in found and wrong not in found


BODY = ("\n\nNAIROBI, Jan 5 (Reuters) - A court on Friday ordered the firm to refund customers. Police detained "
        "the leader of a gang and seized 40 rifles. The regulator ordered the carrier to compensate passengers.")


@pytest.mark.parametrize(
    ("headline", "expected", "wrong_actor"),
    [
        ("Dutch court orders Shell unit to pay Nigerian farmers", {("dutch court", "order", "shell unit")},
         "dutch court orders shell unit"),
        ("Kenya court orders telecom firm to refund customers", {("kenya court", "order", "telecom firm")},
         "kenya court orders telecom firm"),
        ("Regulator orders carrier to compensate passengers", {("regulator", "order", "carrier")},
         "regulator orders carrier"),
        ("Police detain gang leader, seize weapons",
         {("police", "detain", "gang leader"), ("police", "seize", "weapons")}, "police detain gang leader"),
    ],
    ids=["orders-to", "orders-to-2", "orders-to-3", "detain-seize"],
)
def test_a_headlines_first_verb_read_into_the_subject_of_its_second(extract_texts, headline, expected, wrong_actor):
    (result,) = extract_texts([headline + BODY])
    found = {(r.actor.label.lower(), r.action, r.target.label.lower()) for r in result.relations if r.sentence == 0}
    assert expected <= found
    assert all(actor != wrong_actor for actor, _, _ in found)


# The merge review of stop 19: what two helpers' rules on the same names had to agree on.

def test_a_region_word_leaves_the_country_open_when_named_only_by_its_demonym(extract_texts):
    # "the Balkan country" may be the other Balkan country, whether the text names Serbia or says "Serbian"
    (result,) = extract_texts(["Serbian police arrested 12 Albanian men near the border on Monday, Serbian officials "
                               "said. Serbian troops have patrolled the area for a decade. The Balkan country has "
                               "asked the EU for help."])
    assert not any(r.actor.label == "Serbia" and r.action == "ask" for r in result.relations)


def test_a_company_described_with_its_countrys_name_is_the_company(extract_texts):
    (result,) = extract_texts(["U.S. shipping group Nordhavn said on Monday it would cut 300 jobs. The company "
                               "reported a loss of $40 million. Unions representing Nordhavn's staff said they would "
                               "strike on Friday. They said the U.S. firm had ignored them."])
    assert ("Nordhavn", "ignore", "unions") in triples(result)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("British drugmaker Halden Pharma said on Monday it would cut 200 jobs. Shares in Halden fell 4 percent.",
         "halden", "group"),
        ("Brandt Keller's stock fell 5 percent on Monday. Brandt Keller said it would cut 300 jobs.",
         "brandt keller", "group"),
        # a city's market, not the company named after the city
        ("Frankfurt Airport Group said on Monday it would cut 500 jobs. Frankfurt shares fell 2 percent.",
         "frankfurt", None),
    ],
    ids=["shares-in", "possessive-stock", "city-shares"],
)
def test_what_only_a_company_holds_makes_a_name_a_company(nlp, text, name, kind):
    from kg.coref import name_facts

    assert name_facts(nlp(text))[name].kind == kind

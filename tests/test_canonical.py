"""Surface forms to entities: :func:`kg.canonical.canonicalize`.

Most tests build the extraction by hand (mentions with made-up but consistent
offsets), so they pin the clustering rules without spaCy; the last ones run the
whole pipeline on sentences of our own.
"""

from __future__ import annotations

import pytest

from kg.canonical import canonicalize
from kg.model import Article, Entity, Extraction, Mention, Relation
from tests.conftest import triples


def name(label: str, start: int, type_: str | None = "ORG") -> Mention:
    """A named-entity mention of ``label`` at character ``start``."""
    return Mention(label, label, start, start + len(label), "name", type_)


def noun(label: str, start: int) -> Mention:
    return Mention(label, label, start, start + len(label), "noun")


def relation(actor: Mention, action: str, target: Mention, sentence: int = 0) -> Relation:
    return Relation("d", sentence, f"{actor.text} {action} {target.text}.", 0, 0, actor, action, action, target)


def canon(relations=(), names=(), acronyms=()):
    return canonicalize(Extraction(Article("d", ""), tuple(relations), tuple(names), tuple(acronyms)))


def entity(result, label: str) -> Entity:
    (found,) = [e for e in result.entities if e.label == label]
    return found


# --- acronyms ------------------------------------------------------------------------


def test_canonical_acronym_folds_its_long_form_and_labels_the_entity():
    long_form = name("Committee to Protect Journalists", 4)
    acronym = name("CPJ", 90)
    result = canon(
        relations=[
            relation(long_form, "condemn", noun("arrest", 50)),
            relation(acronym, "urge", noun("authorities", 100)),
        ],
        names=[long_form, acronym],
        acronyms=[("Committee to Protect Journalists", "CPJ")],
    )
    assert triples(result) == {("CPJ", "condemn", "arrest"), ("CPJ", "urge", "authorities")}
    cpj = entity(result, "CPJ")
    assert cpj.aliases == ("Committee to Protect Journalists",)
    assert cpj.type == "ORG" and cpj.kind == "name" and cpj.mentions == 2


def test_canonical_acronym_without_definition_is_not_folded():
    long_form = name("Committee to Protect Journalists", 4)
    acronym = name("CPJ", 90)
    result = canon(
        relations=[
            relation(long_form, "condemn", noun("arrest", 50)),
            relation(acronym, "urge", noun("authorities", 100)),
        ],
        names=[long_form, acronym],
    )
    assert triples(result) == {
        ("Committee to Protect Journalists", "condemn", "arrest"),
        ("CPJ", "urge", "authorities"),
    }


# --- person names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "short_type"),
    [
        ("Modi", "PERSON"),
        ("Narendra", "PERSON"),
        ("Modi", "ORG"),  # the recogniser often mistypes a lone surname
    ],
    ids=["surname", "first-name", "mistyped-surname"],
)
def test_canonical_short_name_folds_into_the_full_person_name(short, short_type):
    full = name("Narendra Modi", 15, "PERSON")
    alone = name(short, 70, short_type)
    result = canon(relations=[relation(alone, "praise", noun("engineers", 80))], names=[full, alone])
    assert triples(result) == {("Narendra Modi", "praise", "engineers")}
    modi = entity(result, "Narendra Modi")
    assert modi.type == "PERSON"
    assert modi.aliases == (short,)
    assert result.relations[0].actor.text == short  # the surface form is kept


def test_canonical_surname_with_name_particle_folds():
    full = name("Haider al-Abadi", 0, "PERSON")
    alone = name("Abadi", 60, "PERSON")
    result = canon(relations=[relation(alone, "dismiss", noun("commander", 70))], names=[full, alone])
    assert triples(result) == {("Haider al-Abadi", "dismiss", "commander")}


@pytest.mark.parametrize("short_type", ["PERSON", "GPE"])
def test_canonical_first_of_two_surnames_folds(short_type):
    # Spanish and Portuguese names carry two surnames; news uses the first alone
    full = name("Ana Torres Mendoza", 0, "PERSON")
    alone = name("Torres", 60, short_type)
    result = canon(relations=[relation(alone, "promise", noun("hospitals", 70))], names=[full, alone])
    assert triples(result) == {("Ana Torres Mendoza", "promise", "hospitals")}


def test_canonical_surname_of_two_people_is_not_folded():
    ashraf, rula = name("Ashraf Ghani", 0, "PERSON"), name("Rula Ghani", 40, "PERSON")
    alone = name("Ghani", 90, "PERSON")
    result = canon(
        relations=[relation(alone, "visit", noun("hospital", 100)), relation(ashraf, "meet", rula)],
        names=[ashraf, rula, alone],
    )
    assert triples(result) == {("Ghani", "visit", "hospital"), ("Ashraf Ghani", "meet", "Rula Ghani")}


def test_canonical_country_is_not_folded_into_a_person_named_after_it():
    katz = name("Israel Katz", 17, "PERSON")
    country, again = name("Israel", 55, "GPE"), name("Israel", 83, "GPE")
    result = canon(
        relations=[relation(katz, "visit", noun("base", 40)), relation(again, "bomb", noun("depot", 97))],
        names=[katz, country, again],
    )
    assert triples(result) == {("Israel Katz", "visit", "base"), ("Israel", "bomb", "depot")}


# --- known aliases -------------------------------------------------------------------


@pytest.mark.parametrize("form", ["US", "U.S.", "United States", "the United States", "USA"])
def test_canonical_known_alias_gets_the_canonical_name(form):
    actor = name(form, 0, "GPE")
    result = canon(relations=[relation(actor, "sanction", name("Rosneft", 30))], names=[actor])
    assert triples(result) == {("United States", "sanction", "Rosneft")}


def test_canonical_known_aliases_fold_into_one_entity():
    forms = [name("U.S.", 0, "GPE"), name("United States", 40, "GPE"), name("US", 80, "GPE")]
    result = canon(relations=[relation(forms[0], "sanction", name("Rosneft", 10))], names=forms)
    united_states = entity(result, "United States")
    assert united_states.aliases == ("U.S.", "US")
    assert united_states.mentions == 3


# --- type, kind and mention counts ----------------------------------------------------


def test_canonical_type_is_the_majority_of_distinct_mentions():
    # one span seen three times as GPE (a name, an actor, a target) is one vote; two ORG spans win
    hezbollah = name("Hezbollah", 0, "GPE")
    others = [name("Hezbollah", 60, "ORG"), name("Hezbollah", 120, "ORG")]
    result = canon(
        relations=[relation(hezbollah, "fire", noun("rockets", 20)), relation(noun("jets", 40), "strike", hezbollah)],
        names=[hezbollah, *others],
    )
    assert entity(result, "Hezbollah").type == "ORG"
    assert {r.actor.type for r in result.relations if r.actor.label == "Hezbollah"} == {"ORG"}


def test_canonical_mentions_count_distinct_spans():
    first, second = name("Hamas", 0), name("Hamas", 50)
    result = canon(
        relations=[relation(first, "fire", noun("rockets", 10)), relation(second, "reject", noun("offer", 60))],
        names=[first, second],  # the same two spans again, as NER names
    )
    assert entity(result, "Hamas").mentions == 2
    assert entity(result, "rockets").mentions == 1


def test_canonical_noun_phrase_node_is_kind_noun():
    result = canon(relations=[relation(noun("riot police", 0), "detain", noun("students", 20))])
    assert {(e.label, e.kind, e.type) for e in result.entities} == {
        ("riot police", "noun", None),
        ("students", "noun", None),
    }


# --- relations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "target"),
    [
        (name("Obama", 60, "PERSON"), name("Barack Obama", 0, "PERSON")),
        (name("US", 0, "GPE"), name("United States", 30, "GPE")),
        (name("ISIL", 80), name("Islamic State of Iraq and the Levant", 4)),
    ],
    ids=["person", "alias", "acronym"],
)
def test_canonical_relation_within_one_entity_is_dropped(actor, target):
    kept = relation(noun("militants", 200), "attack", noun("convoy", 220), sentence=1)
    result = canon(
        relations=[relation(actor, "criticise", target), kept],
        names=[actor, target],
        acronyms=[("Islamic State of Iraq and the Levant", "ISIL")],
    )
    assert triples(result) == {("militants", "attack", "convoy")}
    assert {e.label for e in result.entities} == {"militants", "convoy"}  # only entities in relations


def test_canonical_keeps_relation_order_and_evidence():
    first = relation(name("Hamas", 0), "fire", noun("rockets", 10), sentence=0)
    second = relation(name("Israel", 40, "GPE"), "strike", name("Gaza", 60, "GPE"), sentence=1)
    result = canon(relations=[first, second], names=[first.actor, second.actor, second.target])
    assert [r.sentence for r in result.relations] == [0, 1]
    assert [(r.text, r.action_text) for r in result.relations] == [(first.text, "fire"), (second.text, "strike")]


# --- end to end ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "acronym", "long_form", "expected"),
    [
        ("The World Food Programme (WFP) suspended deliveries in the north. "
         "WFP blamed the rebels for the looting.",
         "WFP", "World Food Programme", {("WFP", "suspend", "deliveries"), ("WFP", "blame", "rebels")}),
        # a lower-case word inside the long form
        ("The Committee to Protect Journalists (CPJ) condemned the arrest of the reporter. "
         "CPJ urged the authorities to drop the charges.",
         "CPJ", "Committee to Protect Journalists", {("CPJ", "condemn", "arrest"), ("CPJ", "urge", "authorities")}),
    ],
    ids=["acronym", "acronym-with-lower-case-word"],
)
def test_canonical_end_to_end_acronym(extract_texts, text, acronym, long_form, expected):
    (result,) = extract_texts([text])
    assert expected <= triples(result)
    assert entity(result, acronym).aliases == (long_form,)


def test_canonical_end_to_end_person_title_and_surname(extract_texts):
    (result,) = extract_texts([
        "Prime Minister Narendra Modi inaugurated the dam on Saturday. Modi praised the engineers."
    ])
    assert triples(result) == {("Narendra Modi", "inaugurate", "dam"), ("Narendra Modi", "praise", "engineers")}
    modi = entity(result, "Narendra Modi")
    assert (modi.type, modi.aliases, modi.mentions) == ("PERSON", ("Modi",), 2)


# --- an organisation's first word said alone ---------------------------------------------


def test_canonical_first_word_of_an_organisation_is_the_organisation():
    full, short = name("Halvorsen Shipping Group", 0), name("Halvorsen", 60)
    result = canon([relation(full, "buy", noun("tankers", 30)), relation(short, "sell", noun("ferries", 80), 1)],
                   names=(full, short))
    assert {r.actor.label for r in result.relations} == {"Halvorsen Shipping Group"}
    assert entity(result, "Halvorsen Shipping Group").mentions == 2


@pytest.mark.parametrize("short, others", [
    (name("Kenya", 60, "GPE"), ()),  # "Kenya Airways ... Kenya": the country
    (name("Nordic", 60), (name("Nordic Mining", 120),)),  # two names begin with the word
])
def test_canonical_first_word_stays_apart_when_it_is_a_place_or_ambiguous(short, others):
    full = name("Kenya Airways" if short.label == "Kenya" else "Nordic Air", 0)
    relations = [relation(full, "buy", noun("jets", 30)), relation(short, "sell", noun("bonds", 80), 1)]
    relations += [relation(o, "close", noun("mine", 140), 2) for o in others]
    result = canon(relations, names=(full, short, *others))
    assert len({r.actor.label for r in result.relations}) == 2 + len(others)

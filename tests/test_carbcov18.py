"""Verbal predicates kg read nothing for in encyclopaedic and news text written by others
(kg.extraction.clauses; decision 0001, the carbcov18 round). Sentences of our own, none from
CaRB or any gold set."""

from __future__ import annotations

import pytest

from tests.conftest import triples


def _lower(result, *, negated: bool | None = False) -> set[tuple[str, str, str]]:
    return {(a.lower(), action, t.lower()) for a, action, t in triples(result, negated=negated)}


@pytest.mark.parametrize(("text", "triple"), [
    # a gerund behind a predicate adjective: the copula's subject acts
    ("The opposition party was heavily involved in organising the protests in the capital.",
     ("opposition party", "organise", "protests")),
    ("The militia was responsible for shelling the market in Kosti.", ("militia", "shell", "market")),
    ("Qatar was instrumental in brokering the prisoner exchange.", ("qatar", "broker", "prisoner exchange")),
    # a gerund behind an adverbial noun of an act under way: the clause's subject acts
    ("The army is in the final stages of negotiating a ceasefire with the rebels.",
     ("army", "negotiate", "ceasefire")),
    ("Nordair is in the process of acquiring the regional carrier Skyjet.", ("nordair", "acquire", "skyjet")),
])
def test_carbcov18_gerund_of_predicate(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in _lower(result), sorted(_lower(result, negated=None))


@pytest.mark.parametrize(("text", "triple"), [
    # a verdict: "found guilty of" is like "convicted of"
    ("The former mayor was found guilty of taking bribes from a developer.", ("former mayor", "take", "bribes")),
    ("The court found the former mayor guilty of taking bribes from a developer.",
     ("former mayor", "take", "bribes")),
])
def test_carbcov18_found_guilty_of(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in _lower(result), sorted(_lower(result, negated=None))


@pytest.mark.parametrize(("text", "triple"), [
    ("The former mayor was found not guilty of taking bribes from a developer.", ("former mayor", "take", "bribes")),
    ("The jury acquitted the driver of killing two cyclists.", ("driver", "kill", "cyclists")),
    ("The driver was acquitted of killing two cyclists in Leeds.", ("driver", "kill", "cyclists")),
])
def test_carbcov18_acquittal_is_no_fact(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert not any(action == triple[1] for _a, action, _t in _lower(result)), sorted(_lower(result))


def test_carbcov18_gerund_of_negated_predicate_is_negated(extract_texts):
    (result,) = extract_texts(["The governor was not involved in awarding the contract to Bellhaven Construction."])
    assert ("governor", "award", "contract") in _lower(result, negated=True)
    assert ("governor", "award", "contract") not in _lower(result)


@pytest.mark.parametrize(("text", "triple"), [
    # an aim is not an act: "with the intention of", "on the verge of" (a purpose, open-only)
    ("The minister resigned in protest, with the intention of forcing a vote on the budget.",
     ("minister", "force", "vote")),
    ("The union was on the verge of signing a wage deal with Andes Copper.", ("union", "sign", "wage deal")),
    # any other noun's gerund is not the subject's act
    ("Critics in the town spoke about the cost of building the dam.", ("critics", "build", "dam")),
])
def test_carbcov18_gerund_of_aim_or_topic_is_no_relation(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple not in _lower(result, negated=None)


@pytest.mark.parametrize(("text", "triple"), [
    # the middle verb of a list of three, hung loose (dep) on the first by the parser
    ("Firefighters reached the warehouse within minutes, quickly contained the blaze and rescued three workers.",
     ("firefighters", "contain", "blaze")),
    ("Firefighters reached the warehouse within minutes, quickly contained the blaze and rescued three workers.",
     ("firefighters", "rescue", "workers")),
    ("Protesters blocked the main highway, briefly occupied the parliament building and burned tyres.",
     ("protesters", "occupy", "parliament building")),
    ("The coach dropped two strikers, publicly criticised the captain and resigned a week later.",
     ("coach", "criticise", "captain")),
    # after ", then"
    ("Rebels seized the airport, then attacked the army barracks.", ("rebels", "attack", "army barracks")),
    ("Farmers drove tractors into the city, then blocked the ring road and dumped manure outside the ministry.",
     ("farmers", "block", "ring road")),
])
def test_carbcov18_middle_verb_of_a_list(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in _lower(result), sorted(_lower(result, negated=None))


# --- the CaRB export (benchmarks/carb.py) -------------------------------------------------

@pytest.fixture(scope="module")
def export():
    from tests.test_carb_scorer import _load_export

    return _load_export()


def _exported(export, nlp, sentence):
    return [(t.relation, *t.arguments) for _, t in export.export([sentence], nlp)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the frame of a gerund joins its relation
    ("The militia was responsible for shelling the market .",
     ("was responsible for shelling", "The militia", "the market")),
    ("Nordair is in the process of acquiring Skyjet .", ("is in the process of acquiring", "Nordair", "Skyjet")),
    # an infinitive on a noun, read as CaRB reads it
    ("The ministry 's decision to close three clinics angered residents .",
     ("to close", "The ministry 's decision", "three clinics")),
    ("Plans to build a new runway at the airport were shelved .", ("to build", "Plans", "a new runway at the airport")),
])
def test_carbcov18_export(export, nlp, sentence, expected):
    assert expected in _exported(export, nlp, sentence)


def test_carbcov18_export_in_order_to_is_no_noun(export, nlp):
    found = _exported(export, nlp, "Police closed the road in order to clear the wreckage .")
    assert not any(t[0] == "to clear" for t in found)

"""Regressions a code review found, each pinned with sentences written for it.

Every case names the construction, the relation that must be there and, where
the bug gave a wrong reading, the relation that must not be (as a fact). The
sentences are fresh: not taken from the annotated news sets.
"""

from __future__ import annotations

import pytest


def _rel(r) -> tuple[str, str, str]:
    return (r.actor.label, r.action, r.target.label)


@pytest.fixture(scope="module")
def result_of(extract_texts):
    cache: dict[str, object] = {}

    def get(text: str):
        if text not in cache:
            cache[text] = extract_texts([text])[0]
        return cache[text]

    return get


# (sentence, relation that must be there, its negation) -- an adverbial participle set off
# after a denying (or stopping) verb's own object is the denier's act, not denied
DENIAL_ADVERBIALS = [
    ("The mining company denied the allegations, citing an independent audit.",
     ("mining company", "cite", "independent audit"), False),
    ("Senator Walsh denied the story, blaming rival lobbyists.",
     ("Walsh", "blame", "rival lobbyists"), False),
    ("The coast guard stopped the trawler, firing two warning shots.",
     ("coast guard", "fire", "warning shots"), False),
    # the denied complement itself stays negated
    ("The warden denied ignoring the warnings.", ("warden", "ignore", "warnings"), True),
    ("The regulator held off granting the licence.", ("regulator", "grant", "licence"), True),
]


@pytest.mark.parametrize(("text", "relation", "negated"), DENIAL_ADVERBIALS)
def test_review_denial_adverbial_keeps_polarity(text, relation, negated, result_of):
    found = {_rel(r): r.negated for r in result_of(text).relations}
    assert relation in found, found
    assert found[relation] is negated


# (text, relation that must be there, relation that must not) -- a state's army and a
# non-state armed group are different kinds: "the militants" is not the Defence Forces
ARMY_AND_MILITANTS = [
    ("The Israel Defense Forces said on Tuesday that it had shelled a camp near the coast. "
     "The militants fired rockets at the border town hours later.",
     ("militants", "fire", "rockets"), ("Israel Defense Forces", "fire", "rockets")),
    ("The Kenya Defence Forces deployed two battalions to the border. The rebels attacked a convoy near Mandera.",
     ("rebels", "attack", "convoy"), ("Kenya Defence Forces", "attack", "convoy")),
    ("The Arakan Liberation Army seized a police post near Sittwe. The army then burned the building.",
     ("army", "burn", "building"), ("Arakan Liberation Army", "burn", "building")),
    # a non-state group named "Forces" is still what "the militants" take up
    ("The Rapid Support Forces besieged El Fasher in May. The militants shelled the market.",
     ("Rapid Support Forces", "shell", "market"), None),
]


@pytest.mark.parametrize(("text", "relation", "wrong"), ARMY_AND_MILITANTS)
def test_review_coref_state_army_is_not_militants(text, relation, wrong, result_of):
    found = {_rel(r) for r in result_of(text).relations}
    assert relation in found, found
    assert wrong not in found

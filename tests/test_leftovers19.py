"""Bugs of round 19 (branch ``leftovers19``) that earlier helpers met in their own reports and
left: prefixed verbs the lemmatizer does not know, a description taken for its own clause's
subject, ... Each shown on wire sentences of our own.

Every sentence here is written for the test; none comes from an annotated set.
"""

from __future__ import annotations

import pytest

from tests.conftest import triples

# A prefix on a verb the rule lemmatizer knows: spaCy keeps the first form its suffix rules
# make for an unknown word ("rebooke"); kg lemmatizes the verb after the prefix.
PREFIXED = [
    ("The carrier rebooked 9,000 stranded travellers on Sunday.", ("carrier", "rebook", "stranded travellers")),
    ("The broadcaster relaunched its news channel in April.", ("broadcaster", "relaunch", "news channel")),
    ("Lawmakers defunded the border agency last year.", ("lawmakers", "defund", "border agency")),
    ("The ministry is rebooking the charter flights for Friday.", ("ministry", "rebook", "charter flights")),
    ("The club unbanned two supporters' groups after the appeal.", ("club", "unban", "groups")),
    ("The court readmitted the evidence at the retrial.", ("court", "readmit", "evidence")),
]


@pytest.fixture(scope="module")
def prefixed(extract_texts):
    return extract_texts([text for text, _expected in PREFIXED])


@pytest.mark.parametrize("index", range(len(PREFIXED)), ids=[c[1][1] for c in PREFIXED])
def test_leftovers19_prefixed_verb_lemma(index, prefixed):
    text, expected = PREFIXED[index]
    found = triples(prefixed[index], negated=None)
    assert expected in found, f"{expected} missing in {text!r}: {sorted(found)}"


def test_leftovers19_prefixed_lemmas_only_for_unknown_verbs(nlp):
    doc = nlp("The agency reopened the mine, rebased its index and relaunches the tender.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["reopen", "rebase", "relaunch"]



# A description that is the object of a second verb sharing the first verb's subject is not
# that subject ("X quit the government and joined the opposition": the opposition is not X).
SHARED_SUBJECT = [
    ("The Greens quit the government on Tuesday and joined the opposition.", ("Greens", "join", "opposition")),
    ("Ryanair cut 300 jobs and sued the union.", ("Ryanair", "sue", "union")),
    ("The Socialists boycotted the vote and joined the opposition in a protest march.",
     ("Socialists", "join", "opposition")),
]


@pytest.fixture(scope="module")
def shared_subject(extract_texts):
    return extract_texts([text for text, _expected in SHARED_SUBJECT])


@pytest.mark.parametrize("index", range(len(SHARED_SUBJECT)), ids=[c[1][0] for c in SHARED_SUBJECT])
def test_leftovers19_description_not_the_shared_subject(index, shared_subject):
    text, expected = SHARED_SUBJECT[index]
    found = triples(shared_subject[index], negated=None)
    assert expected in found, f"{expected} missing in {text!r}: {sorted(found)}"


# A country's name before a company description is its nationality: "The U.S. firm" after the
# one company named is that company, as "the American firm" would be.
COUNTRY_FIRMS = [
    ("Chinese carmaker Dongfeng Auto signed a deal with Brennan Motors on Friday. "
     "The U.S. firm will supply batteries for its vans.", ("Brennan Motors", "supply", "batteries")),
    ("Prosecutors in Milan charged Harwell Capital with tax fraud on Tuesday. The UK firm rejected the charges.",
     ("Harwell Capital", "reject", "charges")),
    ("An Irish court fined Corvane Systems 5 million euros on Monday. "
     "The U.S. firm had ignored warnings from its auditors.", ("Corvane Systems", "ignore", "warnings")),
]


@pytest.fixture(scope="module")
def country_firms(extract_texts):
    return extract_texts([text for text, _expected in COUNTRY_FIRMS])


@pytest.mark.parametrize("index", range(len(COUNTRY_FIRMS)), ids=[c[1][0] for c in COUNTRY_FIRMS])
def test_leftovers19_country_name_on_company_description(index, country_firms):
    text, expected = COUNTRY_FIRMS[index]
    found = triples(country_firms[index], negated=None)
    assert expected in found, f"{expected} missing in {text!r}: {sorted(found)}"


def test_leftovers19_country_name_still_bars_another_nationality(extract_texts):
    # "Chinese carmaker Dongfeng" is no U.S. firm: the only other company is
    (result,) = extract_texts(["Chinese carmaker Dongfeng Auto bought a stake in Brennan Motors. "
                               "The U.S. firm makes vans in Ohio."])
    assert ("Dongfeng Auto", "make", "vans") not in triples(result, negated=None)


# An object relative clause with a second conjunct: the second verb, with a subject of its own
# and no object, has the same gap ("which the rebels looted and the army burned").
RELATIVE_CONJUNCTS = [
    ("Villagers rebuilt the school, which the rebels looted and the army later burned.", ("army", "burn", "school")),
    ("The draft accord, which Qatar wrote and the United States endorsed, would open two border crossings.",
     ("United States", "endorse", "draft accord")),
    ("The summit, which Egypt hosted but Ethiopia boycotted, failed to produce a deal.",
     ("Ethiopia", "boycott", "summit")),
    ("The bill, which the Senate passed but the House blocked, raised the debt ceiling.", ("House", "block", "bill")),
]


@pytest.fixture(scope="module")
def relative_conjuncts(extract_texts):
    return extract_texts([text for text, _expected in RELATIVE_CONJUNCTS])


@pytest.mark.parametrize("index", range(len(RELATIVE_CONJUNCTS)), ids=[c[1][0] for c in RELATIVE_CONJUNCTS])
def test_leftovers19_second_conjunct_of_object_relative(index, relative_conjuncts):
    text, expected = RELATIVE_CONJUNCTS[index]
    found = triples(relative_conjuncts[index], negated=None)
    assert expected in found, f"{expected} missing in {text!r}: {sorted(found)}"


def test_leftovers19_relative_gap_not_given_to_the_main_clause(extract_texts):
    # a verb after the relative clause, coordinated with the noun phrase, is no second conjunct
    (result,) = extract_texts(["The mine, which the company owns, and the army guards the road to it."])
    assert ("army", "guard", "mine") not in triples(result, negated=None)


# A company the tables took for a person, then "it": the article's own evidence settles it
# (shares traded in the name, an "it" already standing for it, a surname particle that is no
# given name).
COMPANY_AS_IT = [
    ("Shares in Brandt Keller fell 6 percent on Monday after it cut its profit forecast.",
     ("Brandt Keller", "cut", "profit forecast")),
    ("Shares of Orla Mendes jumped 8 percent on Friday. It had raised its dividend.", ("Orla Mendes", "raise", "dividend")),
    ("Hartley Weston said on Monday its profit fell 10 percent. It will close two plants in Ohio.",
     ("Hartley Weston", "close", "plants")),
    ("Van Loon said on Tuesday it had agreed to buy Brasserie Dufort. It will pay in cash.",
     ("Van Loon", "buy", "Brasserie Dufort")),
    ("Della Rosa said on Friday it had sold its stake in the airport.", ("Della Rosa", "sell", "stake")),
]


@pytest.fixture(scope="module")
def company_as_it(extract_texts):
    return extract_texts([text for text, _expected in COMPANY_AS_IT])


@pytest.mark.parametrize("index", range(len(COMPANY_AS_IT)), ids=[c[1][0] for c in COMPANY_AS_IT])
def test_leftovers19_company_named_like_a_person_is_it(index, company_as_it):
    text, expected = COMPANY_AS_IT[index]
    found = triples(company_as_it[index], negated=None)
    assert expected in found, f"{expected} missing in {text!r}: {sorted(found)}"


def test_leftovers19_person_saying_it_stays_a_person(extract_texts):
    # a person's name and "it" in the report: "it" is something else, not the speaker
    (result,) = extract_texts(["John Harper said on Monday it had cut 300 jobs at the plant."])
    assert ("John Harper", "cut", "jobs") not in triples(result, negated=None)


# The same construction on the subject, where the parser swallows the main verb into the
# relative clause (kg.repairs): the second conjunct shares the gap, the main verb keeps its subject.
SWALLOWED_MAIN_VERB = [
    ("The talks, which the RSF attended but the army boycotted, ended without a deal.",
     [("army", "boycott", "talks"), ("talks", "end without", "deal")], ("army", "end without", "deal")),
    ("The plan, which the unions backed and the employers rejected, cut the pension age.",
     [("employers", "reject", "plan"), ("plan", "cut", "pension age")], ("employers", "cut", "pension age")),
    ("Talks in Geneva, which the RSF attended but the army boycotted, failed to secure a ceasefire.",
     [("army", "boycott", "talks"), ("talks", "secure", "ceasefire")], None),
    ("The stadium, which the city built and the club leased, hosted the final.",
     [("club", "lease", "stadium"), ("stadium", "host", "final")], None),
]


@pytest.fixture(scope="module")
def swallowed(extract_texts):
    return extract_texts([text for text, _expected, _wrong in SWALLOWED_MAIN_VERB])


@pytest.mark.parametrize("index", range(len(SWALLOWED_MAIN_VERB)), ids=[c[1][0][1] for c in SWALLOWED_MAIN_VERB])
def test_leftovers19_main_verb_after_subject_relative_with_two_conjuncts(index, swallowed):
    text, expected, wrong = SWALLOWED_MAIN_VERB[index]
    found = triples(swallowed[index], negated=None)
    for triple in expected:
        assert triple in found, f"{triple} missing in {text!r}: {sorted(found)}"
    assert wrong not in found


def test_leftovers19_object_relative_on_an_object_left_alone(nlp):
    doc = nlp("Police arrested the man, whom witnesses identified, and charged him with murder.")
    charged = next(t for t in doc if t.text == "charged")
    assert charged.head.text == "arrested"


# "the country" when the text so far names the story's country only by its demonym: taken up
# at the demonym, labelled with the country's name.
DEMONYM_COUNTRY = [
    ("Police clash with herders\n\nNAIROBI, March 3 (Reuters) - Kenyan police arrested 40 people on Tuesday after "
     "clashes over grazing land killed six.\n\nPolice said the country had deployed 300 extra officers to the region.",
     ("Kenya", "deploy", "officers")),
    ("Peruvian prosecutors charged a former energy minister with bribery on Monday. "
     "The country has jailed three former presidents since 2019.", ("Peru", "jail", "former presidents")),
    ("Ghanaian cocoa farmers blocked a highway on Friday over late payments. "
     "The country produces a fifth of the world's cocoa.", ("Ghana", "produce", "cocoa")),
]


@pytest.fixture(scope="module")
def demonym_country(extract_texts):
    return extract_texts([text for text, _expected in DEMONYM_COUNTRY])


@pytest.mark.parametrize("index", range(len(DEMONYM_COUNTRY)), ids=[c[1][0] for c in DEMONYM_COUNTRY])
def test_leftovers19_country_named_by_demonym(index, demonym_country):
    text, expected = DEMONYM_COUNTRY[index]
    found = triples(demonym_country[index], negated=None)
    assert expected in found, f"{expected} missing in {text!r}: {sorted(found)}"


def test_leftovers19_country_of_two_demonyms_stays_open(extract_texts):
    (result,) = extract_texts(["Ukrainian drones hit a Russian refinery on Sunday. The country has lost "
                               "a tenth of its refining capacity."])
    assert not any(r.actor.label in ("Ukraine", "Russia") for r in result.relations if r.action == "lose")

"""Extraction quality on real sentences: the reference article and annotated cases.

The annotated cases in ``tests/data/constructions.json`` were written and
annotated by someone who had not seen the rules (news-wire sentences of our own,
eight per construction). A case the extractor does not get right yet is marked
``xfail`` with the reason, strictly, so that fixing it shows up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import triples

CASES = json.loads((Path(__file__).parent / "data" / "constructions.json").read_text(encoding="utf-8"))["cases"]

#: Cases that fail today, with the reason (index into CASES -> why).
KNOWN_FAILURES = {
    10: "the small model parses 'Farmers backed by ...' as a finite verb, not a participle",
    68: "needs world knowledge: the dismissed general, not the minister, lost the town",
    75: "the tagger reads 'free' as an adjective",
    85: "the small model parses 'outbreak' as the verb",
    86: "the small model misparses the subject ('advisers' as a dependent of 'said')",
}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def case_results(extract_texts):
    return extract_texts([case["text"] for case in CASES])


def _case_params():
    for index, case in enumerate(CASES):
        marks = []
        if index in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[index], strict=True))
        yield pytest.param(index, id=f"{case['construction']}-{index}", marks=marks)


@pytest.mark.parametrize("index", list(_case_params()))
def test_extract_annotated_case(index, case_results):
    case, result = CASES[index], case_results[index]
    found = {(_norm(r.actor.label), r.action, _norm(r.target.label), r.negated) for r in result.relations}
    # "absent" relations must not be asserted as facts: a negated or hedged one
    # ("threatened to block" -> block, modality "threatened to") is not an assertion
    asserted = {
        (_norm(r.actor.label), r.action, _norm(r.target.label))
        for r in result.relations
        if not r.negated and r.modality is None
    }
    for expected in case["expected"]:
        key = (_norm(expected["actor"]), expected["action"], _norm(expected["target"]), expected.get("negated", False))
        assert key in found, f"missing {key} in {case['text']!r}; found {sorted(found)}"
    for absent in case.get("absent", []):
        key = (_norm(absent["actor"]), absent["action"], _norm(absent["target"]))
        assert key not in asserted, f"wrong relation {key} asserted for {case['text']!r}"


def test_extract_cases_cover_every_construction():
    constructions = {case["construction"] for case in CASES}
    assert {"active", "passive_agent", "prep_target", "conjunction", "control", "relative", "participial",
            "apposition", "pronoun", "negation", "compact_nodes"} <= constructions
    assert all(sum(c["construction"] == k for c in CASES) >= 6 for k in constructions)


# --- the reference article -------------------------------------------------

@pytest.fixture(scope="module")
def reference(nlp, reference_path):
    from kg.ingest import read_file
    from kg.pipeline import run

    (result,) = run(read_file(reference_path), nlp)
    return result


@pytest.mark.parametrize(
    "actor, action, target",
    [
        ("ISIL", "seize", "al-Waleed"),  # pronoun across sentences + apposition
        ("Barack Obama", "offer", "military advisers"),  # control verb, titles folded
        ("troops", "withdraw from", "Rawa"),  # prepositional target, conjunction split
        ("troops", "withdraw from", "Ana"),
        ("troops", "withdraw from", "Rutba"),
        ("al Qaeda", "disown", "ISIL"),  # reduced passive
        ("colonial powers", "draw", "frontier"),  # reduced passive
        ("Naqshbandi Army", "back", "Sunni tribes"),  # reduced passive, coordinated modifier
        ("ISIL", "capture", "Mosul"),  # participial clause inherits the actor
        ("ISIL", "take", "towns"),  # "..., taking three towns"
        ("ISIL", "seize", "frontier crossing"),  # "after seizing the frontier crossing"
        ("ISIL", "control", "towns"),  # "moved quickly to completely control these towns"
        ("ISIL", "take", "Ana"),  # "They took Ana and Rawa": pronoun across sentences
        ("Nusra Front", "clash with", "ISIL"),  # relative clause on an apposition
        ("Sunni armed groups", "seize", "Falluja"),  # relative clause
        ("ISIL fighters", "attack", "al-Alam"),  # "the town of al-Alam"
        ("security forces", "repel", "attackers"),  # passive, conjoined agents
        ("tribal fighters", "repel", "attackers"),
    ],
)
def test_extract_reference_article_relation(reference, actor, action, target):
    assert (actor, action, target) in triples(reference)


def test_extract_reference_offer_is_about_advisers(reference):
    # "President Barack Obama offered to send 300 military advisers": the node is the advisers
    offers = [r for r in reference.relations if r.actor.label == "Barack Obama" and r.action == "offer"]
    assert offers and all(r.target.label.endswith("advisers") for r in offers)
    assert all(r.actor.type == "PERSON" for r in offers)


def test_extract_reference_pronoun_keeps_surface(reference):
    (seize,) = [r for r in reference.relations if r.target.label == "al-Waleed"]
    assert seize.actor.text == "They" and seize.actor.label == "ISIL" and seize.actor.type == "ORG"
    assert seize.text == "They seized a second, al-Waleed, on Sunday."


def test_extract_reference_offsets_point_at_the_evidence(reference):
    text = reference.article.text
    for r in reference.relations:
        assert text[r.start : r.end] == r.text
        assert r.start <= r.actor.start < r.actor.end <= r.end
        assert text[r.actor.start : r.actor.end] == r.actor.text
        assert text[r.target.start : r.target.end] == r.target.text


def test_extract_reference_nodes_are_compact(reference):
    for r in reference.relations:
        for node in (r.actor, r.target):
            assert len(node.label.split()) <= 7, node
            assert not node.label.lower().startswith(("the ", "a ", "an ")), node
            assert not node.label.endswith("'s"), node


def test_extract_reference_acronym_joins_long_form(reference):
    labels = {m.label for r in reference.relations for m in (r.actor, r.target)}
    assert "ISIL" in labels
    assert not any("Islamic State" in label for label in labels)
    (isil,) = [e for e in reference.entities if e.label == "ISIL"]
    assert any(alias.startswith("Islamic State") for alias in isil.aliases)


def test_extract_reference_confidence_ranks_constructions(reference):
    by_construction: dict[str, list[float]] = {}
    for r in reference.relations:
        assert 0 < r.confidence <= 1
        by_construction.setdefault(r.construction, []).append(r.confidence)
    assert max(by_construction["active"]) > max(by_construction["participial"])


# --- constructions on sentences of our own -------------------------------------

@pytest.mark.parametrize(
    "text, negated_triple",
    [
        ("The ministry did not approve the contract.", ("ministry", "approve", "contract")),
        ("Rebels never captured the airport, officials said.", ("rebels", "capture", "airport")),
        ("The army no longer controls the border crossing.", ("army", "control", "border crossing")),
        ("The company refused to sell the factory.", ("company", "sell", "factory")),
        ("Police took no prisoners during the raid.", ("police", "take", "prisoners")),
    ],
)
def test_extract_negation_is_marked(extract_texts, text, negated_triple):
    (result,) = extract_texts([text])
    assert negated_triple in triples(result, negated=True)
    assert negated_triple not in triples(result, negated=False)


def test_extract_double_negation_is_asserted(extract_texts):
    (result,) = extract_texts(["Tehran said it would not hesitate to protect the shrines."])
    assert ("Tehran", "protect", "shrines") in triples(result, negated=False)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the town of X" is X; "a string of towns" is towns; appositions resolve to the name
        ("Militants stormed the city of Ramadi.", ("militants", "storm", "Ramadi")),
        ("The rebels captured a string of villages.", ("rebels", "capture", "villages")),
        ("Troops recaptured a second town, Baiji, on Monday.", ("troops", "recapture", "Baiji")),
        # determiners, numbers and evaluative adjectives go; classifying modifiers stay
        ("The government sent 500 riot police to the capital.", ("government", "send", "riot police")),
        ("Protesters blocked the main coastal highway.", ("protesters", "block", "coastal highway")),
    ],
)
def test_extract_compact_nodes(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result)


def test_extract_dateline_is_not_the_subject(extract_texts):
    (result,) = extract_texts(["MOSUL, Iraq - Gunmen killed three police officers on Tuesday, police said."])
    assert ("gunmen", "kill", "police officers") in triples(result)


def test_extract_every_relation_names_its_construction(reference):
    from kg.extraction.clauses import BASE_CONFIDENCE

    assert {r.construction for r in reference.relations} <= set(BASE_CONFIDENCE)


def test_extract_is_deterministic(extract_texts, reference_path):
    text = reference_path.read_text(encoding="utf-8")
    first, second = extract_texts([text, text])
    assert [r.to_record() for r in first.relations] == [
        {**r.to_record(), "doc": "t0"} for r in second.relations
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonym on a government noun names the state
        ("Iranian authorities arrested two journalists.", ("Iran", "arrest", "journalists")),
        ("The Syrian government bombed the hospital.", ("Syria", "bomb", "hospital")),
        # on other nouns it does not: these are groups of their own
        ("Iraqi troops recaptured the refinery.", ("Iraqi troops", "recapture", "refinery")),
    ],
)
def test_extract_demonym_government_is_the_state(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result)


def test_extract_reference_coreference_links(reference):
    links = {(link.text, link.kind, link.antecedent) for link in reference.coreference}
    assert ("They", "pronoun", "ISIL") in links  # "They seized a second, al-Waleed"
    assert ("group", "nominal", "ISIL") in links  # "where the group has taken a string of towns"
    assert ("official", "nominal", "military intelligence official") in links
    for link in reference.coreference:
        assert reference.article.text[link.start : link.end] == link.text


def test_extract_nominal_anaphor_needs_a_unique_antecedent(extract_texts):
    (result,) = extract_texts(
        ["Hamas and Islamic Jihad fired rockets at Sderot on Monday. The group also shelled a base."]
    )
    (link,) = [link for link in result.coreference if link.kind == "nominal"]
    assert link.antecedent is None  # two groups in play: "the group" stays unresolved


@pytest.mark.parametrize(
    "text, construction, action",
    [
        ("Shares in the airline rose after the verdict.", "circumstantial", "rise after"),
        ("Two soldiers were killed in the attack.", "agentless_passive", "kill"),
        ("Kosti is a river port on the White Nile.", "copula", "be"),
        ("Officials said the talks had collapsed.", "clausal", "say"),
        ("The spokesman told reporters about the raid.", "report", "tell"),
        # a verb + bare noun idiom without a participant
        ("The new rules took effect on Monday.", "intransitive", "take"),
        ("The mayor took office in January.", "intransitive", "take"),
    ],
)
def test_extract_open_only_constructions_stay_out_of_the_graph(nlp, extract_texts, text, construction, action):
    from kg.extraction.clauses import OPEN_ONLY_CONSTRUCTIONS, clauses

    doc = nlp(text)
    found = {(c.construction, c.action) for c in clauses(doc[:])}
    assert (construction, action) in found  # open extraction (CaRB) reads it ...
    assert construction in OPEN_ONLY_CONSTRUCTIONS
    (result,) = extract_texts([text])
    assert all(r.construction not in OPEN_ONLY_CONSTRUCTIONS for r in result.relations)  # ... the graph does not
    assert all(r.action != action for r in result.relations)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iraqi forces retook the town in 2017.", ("Iraqi forces", "retake", "town")),
        ("Rebels overran the base at dawn.", ("rebels", "overrun", "base")),
        ("The farmers staged a protest outside parliament.", ("farmers", "stage", "protest")),
        ("The inspection was carried out by the laboratory.", ("laboratory", "carry out", "inspection")),
    ],
)
def test_extract_lemmas_and_particles(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result)


# --- constructions added for the news benchmark's misses, on sentences of our own ------

@pytest.mark.parametrize(
    "text, expected",
    [
        # verb + bare noun idiom: the preposition's object is the target
        ("Rioters set fire to the town hall.", ("rioters", "set fire to", "town hall")),
        ("The group claimed responsibility for the bombing.", ("group", "claim responsibility for", "bombing")),
        # an adjective that completes the verb, a particle the parser took for a preposition
        ("The prime minister cut short his trip to Brussels.", ("prime minister", "cut short", "trip")),
        ("Rescue crews, flown in by the navy, searched the rubble.", ("navy", "fly in", "rescue crews")),
        # adjectival control: the copula's subject acts
        ("The rebels are ready to release the hostages.", ("rebels", "release", "hostages")),
        # a participle after a coordination of nouns modifies every conjunct
        ("Fires and explosions caused by the strike damaged the port.", ("strike", "cause", "fires")),
        ("Fires and explosions caused by the strike damaged the port.", ("strike", "cause", "explosions")),
        # "is 37 percent owned by": the share grades the passive participle
        ("Petrobras, which is 37 percent owned by the government, raised fuel prices.",
         ("government", "own", "Petrobras")),
        # a contact relative clause whose object the parser gave to a preposition
        ("Roseires was the first town the rebels had taken in Blue Nile state.", ("rebels", "take", "town")),
        # a conjunct object the parser hung on the participle
        ("Farmers selling milk and vegetables blocked the road.", ("farmers", "sell", "vegetables")),
        # ... or a quantifier with its "of" whole hung on the verb: the whole is the target
        ("The rebels hold the airport and most of the old city.", ("rebels", "hold", "old city")),
        # a relative clause moved past a phrase, hung on the verb by the parser
        ("The bank announced a rule last week that limits cash withdrawals.", ("rule", "limit", "cash withdrawals")),
        # a bare-infinitive small clause: its subject is the object of "help", "let", "make"
        ("The smugglers had helped the rebels buy rifles and ammunition.", ("smugglers", "help", "rebels")),
        ("Border guards let the convoy cross the bridge.", ("border guards", "let", "convoy")),
        # a perfect whose participle the parser took for a modifier of the object
        ("The bank said it had frozen accounts linked to the smugglers.", ("bank", "freeze", "accounts")),
        ("Rebels had overrun Dibaga in 2015.", ("rebels", "overrun", "Dibaga")),
        # a past tense the tagger took for an adjective (it has a subject and an object)
        ("Saboteurs disabled signalling systems on the railway.", ("saboteurs", "disable", "signalling systems")),
        # a particle the parser took for an adverb
        ("Several houses were washed away by the floods.", ("floods", "wash away", "houses")),
    ],
)
def test_extract_construction_relation(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result, negated=None)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Rioters set fire to the town hall.", ("rioters", "set", "fire")),
        # the denied act is no modifier of its object
        ("The police denied beating protesters.", ("police", "deny", "beating protesters")),
        # the perfect's "have" is no possession
        ("Rebels had overrun Dibaga in 2015.", ("rebels", "have", "Dibaga")),
        ("The bank said it had frozen accounts linked to the smugglers.", ("bank", "freeze", "frozen accounts")),
        # "declined to comment on X": no declining of X, only the comment, negated
        ("The bank declined to comment on the report.", ("bank", "decline", "report")),
        # into/onto give where the object went, not a second target
        ("Police chased the suspects into a forest.", ("police", "chase into", "forest")),
        # a conjunct with a subject of its own does not lend its object
        ("Shops stayed closed, and the airline cancelled flights.", ("shops", "stay", "flights")),
        # the prepositional object of a contact relative is not the verb's object
        ("Roseires was the first town the rebels had taken in Blue Nile state.", ("rebels", "take", "Blue Nile state")),
        # a share is not a participant
        ("The mine, which accounts for 5 percent of national output, was closed.", ("mine", "account for", "percent")),
        # "whose": the modified noun owns the relative clause's subject, it is not its object
        ("Vireo Airlines, whose pilots went on strike last week, cancelled 80 flights.",
         ("pilots", "go on", "Vireo Airlines")),
        ("The brewer, whose profits fell sharply, closed a plant.", ("profits", "fall", "brewer")),
    ],
)
def test_extract_construction_avoids(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert wrong not in triples(result, negated=None)


@pytest.mark.parametrize(
    "text, negated_triple",
    [
        # a phrasal verb that denies the -ing act it governs as an adverbial clause
        ("The council has held off approving the budget, officials said.", ("council", "approve", "budget")),
        # "denied taking": the subject's own denial
        ("The minister denied taking bribes from the contractor.", ("minister", "take", "bribes")),
        ("The bank declined to comment on the report.", ("bank", "comment on", "report")),
        # ... also when the parser reads the -ing verb as a modifier of its object
        ("The police denied beating protesters.", ("police", "beat", "protesters")),
        ("The minister denied misleading parliament.", ("minister", "mislead", "parliament")),
        # what a clause after "deny" says is denied
        ("The company denied that it had polluted the river.", ("company", "pollute", "river")),
        # a negating control adjective
        ("The army was unable to reach the village.", ("army", "reach", "village")),
    ],
)
def test_extract_negation_of_complements(extract_texts, text, negated_triple):
    (result,) = extract_texts([text])
    assert negated_triple in triples(result, negated=True)
    assert negated_triple not in triples(result, negated=False)


@pytest.mark.parametrize(
    "text, matrix, embedded",
    [
        # directives: the addressee is asked to act, nothing is reported as done
        ("The mayor urged residents to leave the city.", ("mayor", "urge", "residents"), ("residents", "leave", "city")),
        ("The United Nations called on both sides to respect the ceasefire.",
         ("United Nations", "call on", "sides"), ("sides", "respect", "ceasefire")),
        # an accusation alleges the act
        ("The commission accused the police of using excessive force.",
         ("commission", "accuse", "police"), ("police", "use", "force")),
    ],
)
def test_extract_object_control_act_is_open_only(nlp, extract_texts, text, matrix, embedded):
    from kg.extraction.clauses import clauses

    (result,) = extract_texts([text])
    assert matrix in triples(result)
    assert embedded[1] not in {action for _, action, _ in triples(result, negated=None)}
    found = {(c.construction, c.action, tuple(a.text for a in c.actors)) for c in clauses(nlp(text)[:])}
    assert ("object_control", embedded[1], (embedded[0],)) in found  # open extraction still reads it


@pytest.mark.parametrize(
    "text, matrix, aim",
    [
        # an adverbial purpose clause
        ("The troops withdrew from the town to avoid casualties.", ("troops", "withdraw from", "town"),
         ("avoid", "troops")),
        # an infinitive on the object: the aim of the subject, not an act of the measures
        ("The government took emergency measures to protect the currency.",
         ("government", "take", "emergency measures"), ("protect", "government")),
    ],
)
def test_extract_purpose_clause_is_open_only(nlp, extract_texts, text, matrix, aim):
    from kg.extraction.clauses import clauses

    (result,) = extract_texts([text])
    assert matrix in triples(result)
    assert all(r.action != aim[0] for r in result.relations)
    found = {(c.construction, c.action, tuple(a.text for a in c.actors)) for c in clauses(nlp(text)[:])}
    assert ("purpose", aim[0], (aim[1],)) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a description before a name the recogniser missed is no part of the name
        ("Campaign group Fair Vote welcomed the decision.", ("Fair Vote", "welcome", "decision")),
        # evaluative adjectives go
        ("Exports have been hurt by tight credit conditions.", ("credit conditions", "hurt", "exports")),
        # counts and measures stand for what they count
        ("The storm dropped 200 mm of rain on the coast.", ("storm", "drop", "rain")),
        ("Three of the hostages were freed by the rebels.", ("rebels", "free", "hostages")),
        # a "possessive" without 's is a compound
        ("Aid trucks drove to Deir ez-Zor city overnight.", ("aid trucks", "drive to", "Deir ez-Zor city")),
        # a title the parser split from the name it precedes
        ("Prime Minister Hassan al-Jubouri met tribal leaders on Sunday.", ("Hassan al-Jubouri", "meet", "tribal leaders")),
        # a number the parser makes a word of the name stays in it (a score does not)
        ("The rebel group Brigade 313 seized the town.", ("Brigade 313", "seize", "town")),
        # a fraction stands for what it counts; timing and grading adjectives go
        ("The mill was processing less than a third of its normal volume.", ("mill", "process", "volume")),
        ("The union demanded the immediate reinstatement of the workers.", ("union", "demand", "reinstatement")),
        ("Inspectors reviewed previous outbreaks at the farm.", ("inspectors", "review", "outbreaks")),
        ("Residents heard a terrible explosion before dawn.", ("residents", "hear", "explosion")),
        # a number after a proper noun the recogniser missed is part of its name (not a count)
        ("A Bering Air Cessna 208 landed on the frozen lake.", ("Bering Air Cessna 208", "land on", "frozen lake")),
    ],
)
def test_extract_node_boundaries(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result)


def test_extract_direction_is_not_a_target(extract_texts):
    (result,) = extract_texts(["The gunmen came from the north in two vans."])
    assert not any(r.target.label == "north" for r in result.relations)


def test_extract_entity_span_stops_at_a_verb(nlp):
    # the recogniser's span "Bernstein said Nordlys" (seen in an article) holds a verb: the
    # node of the subject "Nordlys" is the name after it
    from spacy.tokens import Doc

    from kg.extraction.nodes import DocIndex, mentions_for

    words = ["Analysts", "at", "Oppenheim", "said", "Vireo", "could", "bid", "for", "Alder", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["NOUN", "ADP", "PROPN", "VERB", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        tags=["NNS", "IN", "NNP", "VBD", "NNP", "MD", "VB", "IN", "NNP", "."],
        heads=[3, 0, 1, 3, 6, 6, 3, 6, 7, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"],
        ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O"],
    )
    doc._.kg_coref = {}
    index = DocIndex(doc)
    assert [m.label for m in mentions_for(doc[4], index)] == ["Vireo"]
    assert [m.label for m in mentions_for(doc[2], index)] == ["Oppenheim"]


def test_extract_coordinator_inside_a_name_keeps_the_name(nlp):
    # "and" joins two modifiers of "Service", not two participants
    from spacy.tokens import Doc

    from kg.extraction.nodes import DocIndex, mentions_for

    words = ["The", "National", "Fisheries", "and", "Ocean", "Service", "closed", "the", "bay", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NNP", "NNP", "CC", "NNP", "NNP", "VBD", "DT", "NN", "."],
        heads=[5, 2, 5, 2, 2, 6, 6, 8, 6, 6],
        deps=["det", "compound", "compound", "cc", "conj", "nsubj", "ROOT", "det", "dobj", "punct"],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    doc._.kg_coref = {}
    assert [m.label for m in mentions_for(doc[5], DocIndex(doc))] == ["National Fisheries and Ocean Service"]


def test_extract_acronym_long_form_with_a_possessive(extract_texts):
    # "People's" inside the long form: the acronym is still defined and names the node
    (result,) = extract_texts(["The People's Liberation Army (PLA) staged drills near Taiwan on Monday."])
    assert ("PLA", "stage", "drills") in triples(result)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a verb of position: its phrase is where something is
        ("The village lies on the main road to Aleppo.", ("village", "lie on", "road")),
        # the passive of a feeling verb is a state with a cause
        ("The mayor was shocked by the verdict.", ("verdict", "shock", "mayor")),
        # "against" after a change in value gives the standard of comparison
        ("The rand weakened against the dollar on Tuesday.", ("rand", "weaken against", "dollar")),
        # ... and so does every other circumstance of a change in value
        ("The peso fell sharply on the open market.", ("peso", "fall on", "open market")),
        # "off" at sea is where, not what
        ("A ferry capsized off the island of Lesbos.", ("ferry", "capsize off", "Lesbos")),
        # an indirect question asserts nothing
        ("Police are investigating whether the driver caused the crash.", ("driver", "cause", "crash")),
    ],
)
def test_extract_not_a_relation(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert wrong not in triples(result, negated=None)


def test_extract_linking_verb_keeps_its_predicate_adjective(extract_texts):
    # "open" after "seemed" is the predicate, not a particle: no "seem open to" action, while the
    # same word as a verb in the next clause is one
    (result,) = extract_texts(["Both governments seemed open to talks with the rebels, "
                               "but the rebels opened fire on an army convoy."])
    assert triples(result) == {("rebels", "open fire on", "army convoy")}


def test_extract_against_an_opponent_stays_a_target(extract_texts):
    (result,) = extract_texts(["The rebels fought against government troops."])
    assert ("rebels", "fight against", "government troops") in triples(result)


def test_extract_coordination_parsed_as_modifier_is_not_one_node(extract_texts):
    # "tear gas" hangs on "cannon" as a modifier with its own "and"
    (result,) = extract_texts(["Riot police fired tear gas and water cannon at the crowd."])
    assert not any(" and " in r.target.label for r in result.relations)
    assert any(r.action == "fire at" and r.target.label == "crowd" for r in result.relations)


def test_extract_mixed_case_short_name_after_an_organisation(extract_texts):
    (result,) = extract_texts(
        ["Mexico's state oil company Petroleos Mexicanos (Pemex) cut its output forecast on Monday."]
    )
    assert ("Pemex", "cut", "output forecast") in triples(result)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mexico's state oil company Petroleos Mexicanos (Pemex) cut its output forecast.",
         [("Petroleos Mexicanos", "Pemex")]),
        # a place in parentheses is not a short name
        ("Workers at the National Electricity Board (Kenya) went on strike.", []),
    ],
)
def test_extract_short_name_definitions(nlp, text, expected):
    from kg.extraction.nodes import DocIndex

    assert [(span.text, short) for span, short in DocIndex(nlp(text)).acronyms] == expected


@pytest.mark.parametrize("text, wrong", [
    ("The region has armed groups operating along the border.", ("region", "arm", "groups")),
    ("The company has skilled workers in three countries.", ("company", "skill", "workers")),
])
def test_extract_possession_with_an_adjectival_participle_is_not_a_perfect(extract_texts, text, wrong):
    """"has armed groups" is possession: the perfect-participle repair must leave everyday adjectives alone."""
    (result,) = extract_texts([text])
    relations = triples(result)
    assert relations, "the sentence still gives its possession relation"
    assert wrong not in relations


# Generalisation round of December 2026: constructions found among held-out set 2's
# misses, each pinned on sentences of our own (none taken from an annotated set).
@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted apposition the parser made a second subject: the subject is next to the verb
        ("In 2010, Pakistan's deadliest monsoon in memory, floods displaced 20 million people.",
         ("floods", "displace", "people")),
        # a finite verb the parser hung on the infinitive of a directive: the directive's subject acts
        ("The envoy asked both factions to lay down their weapons and promised to fund new schools.",
         ("envoy", "promise", "schools")),
        ("The minister urged farmers to plant early and pledged to subsidise fertiliser.",
         ("minister", "pledge", "fertiliser")),
        # a trailing participle after a subordinate clause belongs to the main clause
        ("Militants stormed the hotel while guests were having dinner, wounding 12 people.",
         ("militants", "wound", "people")),
        # an -ing event noun the parser left a verb (a bare clausal subject, an "auxiliary")
        ("Flooding along the river destroyed hundreds of homes.", ("flooding", "destroy", "homes")),
        ("Shelling wrecked a bakery near the market.", ("shelling", "wreck", "bakery")),
        # an acronym spelled like a pronoun is a name
        ("In 2021, the WHO linked the outbreak to a market.", ("WHO", "link", "outbreak")),
        ("Last year the WHO warned governments about the virus.", ("WHO", "warn", "governments")),
        # sanctions and rewards "for" an -ing act: the object did it
        ("Police detained three students for painting slogans on the wall.", ("students", "paint", "slogans")),
        # a particle after the object
        ("The army pushed the rebels back from the border.", ("army", "push back", "rebels")),
        # the members of a collective
        ("Soldiers fired on a group of fishermen.", ("soldiers", "fire on", "fishermen")),
        # an adjectival small clause after a verb of result: its subject is the object
        ("The storm left thousands of families homeless.", ("storm", "leave", "families")),
        ("Sanctions have made imported medicines scarce.", ("sanctions", "make", "imported medicines")),
        # what one aims a missile at is a target whatever it is
        ("Protesters threw stones at the parliament building.", ("protesters", "throw at", "parliament building")),
        # an amount object: the one fined is the target, also when the recogniser misses the amount
        ("The court fined Nordwind Shipping 3 million euros for polluting the harbour.",
         ("court", "fine", "Nordwind Shipping")),
        ("The tax office fined Baltic Freight 40,000 euros on Thursday and froze its accounts.",
         ("tax office", "fine", "Baltic Freight")),
        # after a parenthetical the parser made the subject the root and the main verb its modifier
        ("Qatar, which hosts a large US air base, offered to fund the reconstruction.",
         ("Qatar", "offer", "reconstruction")),
        # a perfect with an adverb before the participle, which the parser read as a modifier
        ("The government has since tightened controls on exports.", ("government", "tighten", "controls")),
        ("Ghana has since banned imports of the drug.", ("Ghana", "ban", "imports")),
        # a verb after "and" that the tagger took for a participle modifying its object
        ("Opposition supporters, angered by the result, burned tyres and blocked roads.",
         ("opposition supporters", "block", "roads")),
        ("Critics say the policy has weakened the currency and fuelled inflation across the region.",
         ("policy", "fuel", "inflation")),
        # an act coordinated with a reported description is the reporter's
        ("The court ruled that the election was valid and ordered the commission to publish the results.",
         ("court", "order", "commission")),
        ("Monitors said polling had been largely peaceful but condemned the arrests of two journalists.",
         ("monitors", "condemn", "arrests")),
        # a particle the parser made the first modifier of the object
        ("The bank will buy back shares worth 5 billion dollars.", ("bank", "buy back", "shares")),
        # a title before a surname the recogniser missed is no part of the name; an office stays whole
        ("President Ruto signed the finance bill into law on Wednesday.", ("Ruto", "sign", "finance bill")),
        ("The Justice Ministry rejected the appeal.", ("Justice Ministry", "reject", "appeal")),
        ("The UN Secretary-General urged both sides to talk.", ("UN Secretary-General", "urge", "sides")),
        # settlements and countries one moves on or calls on stay targets
        ("The rebels marched on the capital.", ("rebels", "march on", "capital")),
        ("Rebels advanced toward the capital.", ("rebels", "advance toward", "capital")),
        # a noun that names nothing without its "of" complement keeps it
        ("Officials declared a state of emergency in three provinces.", ("officials", "declare", "state of emergency")),
        ("The army freed 40 prisoners of war on Monday.", ("army", "free", "prisoners of war")),
    ],
)
def test_extract_generalised_construction(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result, negated=None), sorted(triples(result, negated=None))


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("In 2010, Pakistan's deadliest monsoon in memory, floods displaced 20 million people.",
         ("deadliest monsoon", "displace", "people")),
        ("The envoy asked both factions to lay down their weapons and promised to fund new schools.",
         ("factions", "promise", "schools")),
        ("Militants stormed the hotel while guests were having dinner, wounding 12 people.",
         ("guests", "wound", "people")),
        ("Before dawn, the gunmen, led by a former commander of the border police, Captain Ali Hassan, had stormed"
         " the ministry.", ("former commander", "lead", "Ali Hassan")),
        ("Police detained three students for painting slogans on the wall.", ("police", "paint", "slogans")),
        ("The government has since tightened controls on exports.", ("government", "have", "tightened controls")),
        ("The region has long had armed groups.", ("region", "arm", "groups")),
        ("Opposition supporters, angered by the result, burned tyres and blocked roads.",
         ("opposition supporters", "burn", "blocked roads")),
        ("Medics treated soldiers and injured civilians at the field hospital.", ("medics", "injure", "civilians")),
        ("The court ruled that the election was valid and ordered the commission to publish the results.",
         ("election", "order", "commission")),
        # an open place after "on" or a direction is where, not whom
        ("Two patrols clashed on the frontier overnight.", ("patrols", "clash on", "frontier")),
        ("The cyclone was heading toward the Bay of Bengal on Friday.", ("cyclone", "head toward", "Bay of Bengal")),
        ("Crowds poured into the streets after the verdict.", ("crowds", "pour into", "streets")),
        # a name the subject gives itself is no act on anyone
        ("A militia calling itself the Freedom Front attacked the convoy.", ("militia", "call", "Freedom Front")),
        # a measure after a preposition is no participant
        ("Prices have stayed above 100 dollars a barrel since March.", ("prices", "stay above", "dollars")),
        ("Firefighters fear the blaze will spread if temperatures stay above 35C.",
         ("temperatures", "stay above", "35C.")),
        # a share of a whole is not the whole: "accounts for 3 percent of output" is no account of output
        ("The mine, which accounts for 5 percent of national output, was closed.",
         ("mine", "account for", "national output")),
    ],
)
def test_extract_generalised_construction_avoids(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert wrong not in triples(result, negated=None)


@pytest.mark.parametrize(
    "text, embedded",
    [
        # an act inside what a directive asks is asked too, not reported as done
        ("The mayor ordered shops to stop selling alcohol.", ("shops", "sell", "alcohol")),
        ("The union told members not to cross picket lines without checking with organisers.",
         ("members", "check with", "organisers")),
        # a passive accusation or suspicion alleges the act of its subject
        ("The government has been accused of rigging the vote.", ("government", "rig", "vote")),
        ("Police have arrested a man suspected of killing two officers.", ("man", "kill", "officers")),
    ],
)
def test_extract_act_inside_a_directive_is_open_only(nlp, extract_texts, text, embedded):
    from kg.extraction.clauses import clauses

    (result,) = extract_texts([text])
    assert embedded[1] not in {action for _, action, _ in triples(result, negated=None)}
    found = {(c.construction, c.action, tuple(a.text for a in c.actors)) for c in clauses(nlp(text)[:])}
    assert ("object_control", embedded[1], (embedded[0],)) in found


def test_extract_bare_noun_complement_is_the_object(extract_texts):
    # in a headline the parser may take the object for a bare complement (xcomp) of the verb
    text = "Taiwan holds drills, China urges restraint\n\nTAIPEI, Taiwan - The army began three days of exercises."
    (result,) = extract_texts([text])
    assert ("China", "urge", "restraint") in triples(result)


def test_extract_instrument_object_does_not_act(nlp, extract_texts):
    # "used tear gas to disperse the crowd": the police aim to disperse it, the gas does nothing
    from kg.extraction.clauses import clauses

    text = "Police used tear gas to disperse the crowd."
    (result,) = extract_texts([text])
    assert ("tear gas", "disperse", "crowd") not in triples(result, negated=None)
    found = {(c.construction, c.action, tuple(a.text for a in c.actors)) for c in clauses(nlp(text)[:])}
    assert ("purpose", "disperse", ("Police",)) in found


@pytest.mark.parametrize("text, noun, act", [
    ("Auditors traced grants meant to build rural clinics.", "grants", "build"),
    ("The senate approved a bill designed to curb online gambling.", "bill", "curb"),
])
def test_extract_purpose_set_by_a_participle_is_not_the_nouns_act(extract_texts, text, noun, act):
    # "funds meant to buy ventilators": the funds buy nothing; the aim is open extraction only
    (result,) = extract_texts([text])
    assert all(not (r.actor.label.endswith(noun) and r.action == act) for r in result.relations)


@pytest.mark.parametrize("text, instrument, act, user", [
    ("The stolen cars were used to smuggle cigarettes.", "cars", "smuggle", None),
    ("The donations were used by the sect to buy farmland.", "donations", "buy", "sect"),
])
def test_extract_passive_instrument_does_not_act(nlp, extract_texts, text, instrument, act, user):
    # "the accounts were used to move the money": the instrument is the passive's subject, not who acts
    from kg.extraction.clauses import clauses

    (result,) = extract_texts([text])
    assert all(not (r.actor.label.endswith(instrument) and r.action == act) for r in result.relations)
    actors = {a.text for c in clauses(nlp(text)[:]) if c.action == act for a in c.actors}
    assert instrument not in actors
    assert actors == ({user} if user else set())  # open extraction: the by-agent acts, if named


@pytest.mark.parametrize("headline, expected", [
    ("Exporters protest as floods hit tenge", ("floods", "hit", "tenge")),
    ("Bank raises rates as price caps batter kwacha", ("price caps", "batter", "kwacha")),
])
def test_extract_unlabelled_noun_after_the_verb_is_the_object(extract_texts, headline, expected):
    # the parser leaves an unknown word after the verb unlabelled (dep)
    (result,) = extract_texts([headline + "\n\nLONDON - Markets opened lower on Monday."])
    assert expected in triples(result)


def test_extract_misplaced_apposition_names_the_nearer_noun(nlp):
    """"the gunmen, led by a former commander of the border police, Captain Ali Hassan,": the parser
    hangs the name on "gunmen"; a singular person's name describes the commander, not the gunmen."""
    from kg.extraction.nodes import DocIndex, mentions_for

    doc = nlp("Before dawn, the gunmen, led by a former commander of the border police, Captain Ali Hassan, "
              "had stormed the ministry.")
    (commander,) = [t for t in doc if t.lower_ == "commander"]
    (hassan,) = [t for t in doc if t.text == "Hassan"]
    assert hassan.dep_ == "appos" and hassan.head.lower_ == "gunmen"  # the parser slip this repairs
    assert [m.label for m in mentions_for(commander, DocIndex(doc))] == ["Ali Hassan"]


# Round of 2026-12-06 (evening), heldout3 opened: constructions found among its misses, each
# pinned on sentences of our own (none taken from an annotated set).
@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle between the subject and a passive verb describes the subject, not the agent
        ("The tanker, carrying crude oil from Angola, was seized by gunmen off Nigeria.",
         ("tanker", "carry", "crude oil")),
        # a finite verb the parser hung on the gerund of an accusation is the accuser's
        ("Union leader John Mensah accused the government of mismanaging the economy and called for the "
         "minister's resignation.", ("John Mensah", "call for", "resignation")),
        # an apposition listing the members of a plural noun leaves the noun the node
        ("The hostages, a Briton, a Dane and a Swede, were freed by the rebels.", ("rebels", "free", "hostages")),
        # "one of X, NAME": the apposition names the one
        ("Police said one of the suspects, Daniel Okafor, had confessed to the robbery.",
         ("Daniel Okafor", "confess to", "robbery")),
        # an object the parser took for an object predicate, with no object before it
        ("The union, which called the strike, met the minister on Friday.", ("union", "call", "strike")),
        # a "predicate" after a comma is an apposition on the act, and the naming is an act
        ("Meridian Holdings named a new board of directors, a move that surprised investors.",
         ("Meridian Holdings", "name", "board")),
        # a quantifier with its "of" whole after a preposition: the whole is the target
        ("Zambia defaulted on most of its bonds in 2020.", ("Zambia", "default on", "bonds")),
        # a currency without a number classifies the noun ("dollar withdrawals"), it measures nothing
        ("Banks in Lagos limited naira withdrawals on Thursday, and some airlines stopped selling tickets.",
         ("banks", "limit", "naira withdrawals")),
        # an object relative moved past a phrase, hung on the verb as a "that" clause
        ("Officials say raids on villages in the north have displaced farmers and left gaps in the Niger Delta "
         "that gangs have exploited.", ("gangs", "exploit", "gaps")),
        # a span of time with its "of" phrase is what filled it
        ("The region has been shaken by years of conflict.", ("conflict", "shake", "region")),
        # a lower-case kind of body after a name describes it: the name is the node
        ("The Nuevo Rumbo party won the vote in Lima.", ("Nuevo Rumbo", "win", "vote")),
        ("The mayor, a member of the Nuevo Rumbo party, met the envoy. The party said it would hold rallies.",
         ("Nuevo Rumbo", "hold", "rallies")),
        ("The Labour Party won the election.", ("Labour Party", "win", "election")),
        # ... and so do lower-case words that describe the body before the name
        ("The court suspended the opposition Nuevo Camino party on Monday.", ("court", "suspend", "Nuevo Camino")),
        # a surname the recogniser left out of a person's name, used alone at a sentence start
        ("President Manuel Silva Cardoso flew to Dakar on Monday for talks. Cardoso, who cut short a trip to "
         "Lagos when the revolt began, addressed the nation on state radio.",
         ("Manuel Silva Cardoso", "address", "nation")),
        # a reduced relative the parser made the clause's verb: the finite verb after it has that subject
        ("Smuggling is rife in the valley, where bandits linked to local politicians control the main roads.",
         ("bandits", "control", "roads")),
        # a grading adjective the parser hung on a compound goes like one on the head
        ("The bank has not ruled out further rate rises.", ("bank", "rule out", "rate rises")),
    ],
)
def test_extract_heldout3_construction(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result, negated=None), sorted(triples(result, negated=None))


@pytest.mark.parametrize(
    "text, wrong",
    [
        # conjoined passive participles share the auxiliary: no agent, so no actor for "driven"
        ("The hostages were released by the kidnappers on Monday and driven to the capital.",
         ("hostages", "drive to", "capital")),
        ("The tanker, carrying crude oil from Angola, was seized by gunmen off Nigeria.",
         ("gunmen", "carry", "crude oil")),
        ("The hostages, a Briton, a Dane and a Swede, were freed by the rebels.", ("rebels", "free", "Briton")),
        ("Police said one of the suspects, Daniel Okafor, had confessed to the robbery.",
         ("suspects", "confess to", "robbery")),
        # naming or describing with a predicate is a judgement, no act on the object
        ("The opposition called the vote a farce.", ("opposition", "call", "vote")),
        # a linking verb with its complement does not share a later conjunct's object
        ("Cattle raiding has become a lucrative business for gangs in the valley, where bandits linked to local "
         "politicians control the roads.", ("cattle", "become", "roads")),
        ("Smuggling is rife in the valley, where bandits linked to local politicians control the main roads.",
         ("smuggling", "control", "roads")),
        ("Smuggling is rife in the valley, where bandits linked to local politicians control the main roads.",
         ("bandits", "link to", "local politicians")),  # an agentless (reduced) passive
        # a preposition the parser hung outside a recognised name is no part of it
        ("The UN has worked in the Sahel for decades.", ("United Nations", "work for", "Sahel for decades")),
        # a "that" clause after the object of a verb of telling is no relative clause on it
        ("The minister warned investors that prices had risen.", ("prices", "rise", "investors")),
        # a margin after "by" is no agent
        ("The two candidates are separated by fewer than 900 votes.", ("votes", "separate", "candidates")),
        # where someone comes from is an origin, no participant
        ("The smugglers came from the town of Agadez.", ("smugglers", "come from", "Agadez")),
        ("Officials said extra troops would arrive from the capital within days.", ("troops", "arrive from", "capital")),
        ("The delegation returned from Geneva on Tuesday.", ("delegation", "return from", "Geneva")),
    ],
)
def test_extract_heldout3_construction_avoids(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert wrong not in triples(result, negated=None)


def test_extract_verb_hung_on_a_modifier_ends_the_object_phrase(nlp):
    """"Banks in X limited dollar withdrawals": the parser may hang the past tense (tagged as an
    adjective, with its own subject) on the first modifier of its object; the node of the object
    starts after the verb. The parse is built by hand: the model gives it only in some contexts."""
    from spacy.tokens import Doc

    from kg.extraction.nodes import DocIndex, mentions_for

    words = ["Banks", "in", "Lusaka", "limited", "dollar", "withdrawals", "on", "Friday", "."]
    heads = [3, 0, 1, 4, 5, 5, 5, 6, 5]
    deps = ["nsubj", "prep", "pobj", "amod", "compound", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "ADP", "PROPN", "ADJ", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNS", "IN", "NNP", "JJ", "NN", "NNS", "IN", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert [m.label for m in mentions_for(doc[5], DocIndex(doc))] == ["dollar withdrawals"]


@pytest.mark.parametrize("headline, expected, wrong", [
    # a noun with a subject and an object of its own is a verb
    ("Kenyan police arrest 40 protesters in Nairobi", ("Kenyan police", "arrest", "protesters"), None),
    # a present tense read as a plural modifier after a singular noun; the purpose stays open-only
    ("Zambia's central bank hikes rates to defend kwacha as miners strike", ("central bank", "hike", "rates"),
     ("rates", "defend", "kwacha")),
    ("UN sanctions rebels over attacks", ("United Nations", "sanction", "rebels"), None),
    # ... or for the headline's root noun, its subject a name hung on it, the payer before the sum
    ("Poland fines Uber 30 million zlotys over driver data", ("Poland", "fine", "Uber"), None),
    ("EU fines Vantor 90 million euros over roaming fees", ("European Union", "fine", "Vantor"), None),
    # a base form between plural nouns, in a headline with no verb at all
    ("Police arrest suspects in Lagos", ("police", "arrest", "suspects"), None),
    ("Rebels free hostages in Mali", ("rebels", "free", "hostages"), None),
])
def test_extract_headline_verb_taken_for_a_modifier(extract_texts, headline, expected, wrong):
    (result,) = extract_texts([headline + "\n\nLONDON - Officials met on Monday."])
    found = {(r.actor.label, r.action, r.target.label) for r in result.relations if r.sentence == 0}
    assert expected in found, sorted(found)
    assert wrong not in found


@pytest.mark.parametrize("headline", ["Central bank rates decision looms", "Army chiefs meeting ends without deal"])
def test_extract_headline_noun_compounds_stay_nouns(extract_texts, headline):
    # a plural modifier before a noun with no verb to replace is a noun ("bank rates decision")
    (result,) = extract_texts([headline + "\n\nLONDON - Officials met on Monday."])
    assert not any(r.action in ("rate", "chief") for r in result.relations)


def test_extract_main_verb_after_a_relative_taken_for_a_modifier(nlp):
    """"X Rail, which runs the train to Puno, suspended services": the parser may make the subject
    the root and hang "suspended services" as an apposition on the last noun of the relative clause.
    The parse is built by hand as the model gives it for such a sentence (only with some names)."""
    from spacy.tokens import Doc

    from kg.extraction.clauses import clauses
    from kg.extraction.nodes import DocIndex, mentions_for

    words = ["Altiplano", "Rail", ",", "which", "runs", "the", "train", "to", "Puno", ",", "suspended", "services",
             "for", "hours", "."]
    heads = [1, 1, 1, 4, 1, 6, 4, 4, 7, 1, 11, 8, 11, 12, 1]
    deps = ["compound", "ROOT", "punct", "nsubj", "relcl", "det", "dobj", "prep", "pobj", "punct", "amod", "appos",
            "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "ADP",
           "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", ",", "WDT", "VBZ", "DT", "NN", "IN", "NNP", ",", "VBN", "NNS", "IN", "NNS", "."]
    lemmas = ["Altiplano", "Rail", ",", "which", "run", "the", "train", "to", "Puno", ",", "suspend", "service", "for",
              "hour", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    found = {(c.action, tuple(a.text for a in c.actors), tuple(t.text for t in c.targets)) for c in clauses(doc[:])}
    assert ("suspend", ("Rail",), ("services",)) in found
    assert [m.label for m in mentions_for(doc[11], DocIndex(doc))] == ["services"]


@pytest.mark.parametrize("text, subject", [
    # an infinitive the tagger took for a noun ("to host" with an object of its own)
    ("Turkey offered to host talks between the rivals.", "Turkey"),
    # ... also where the parser hung it as an adverbial clause on the offer
    ("Qatar, which has diplomats based in both capitals, offered to host talks between the two sides.", "Qatar"),
])
def test_extract_infinitive_taken_for_a_noun_is_the_hedged_act(extract_texts, text, subject):
    (result,) = extract_texts([text])
    hosted = [r for r in result.relations if r.action == "host"]
    assert [(r.actor.label, r.target.label, r.modality) for r in hosted] == [(subject, "talks", "offered to")]
    assert (subject, "offer", "talks") in triples(result)


@pytest.mark.parametrize("text, matrix", [
    ("The mayor has promised to build new schools and to cut the salaries of city officials.",
     [("mayor", "promise", "schools"), ("mayor", "promise", "salaries")]),
    ("The governor has pledged to expand the port and attract more foreign investment.",
     [("governor", "pledge", "port"), ("governor", "pledge", "foreign investment")]),
])
def test_extract_matrix_control_takes_each_conjoined_infinitives_object(extract_texts, text, matrix):
    (result,) = extract_texts([text])
    assert set(matrix) <= triples(result), sorted(triples(result))


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Relations have been strained since the wars of the 1990s, when Croatia broke away from Yugoslavia.",
         ("Croatia", "break", "wars")),
    ],
    ids=["when-break-away"],
)
def test_extract_when_relative_has_no_gap_for_its_noun(extract_texts, text, wrong):
    """A when/where relative clause modifies a time or a place; its noun is no argument of it."""
    (result,) = extract_texts([text])
    assert wrong not in triples(result)


def test_extract_when_relative_keeps_its_own_object(extract_texts):
    (result,) = extract_texts(["Talks stalled in the spring, when Moscow left the grain deal."])
    assert ("Moscow", "leave", "grain deal") in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("A hacker group calling itself Black Tide stole the records of 300,000 patients.",
         ("Black Tide", "steal", "records")),
        ("A militia known as the Lions of Zawiya attacked the port on Sunday.", ("Lions of Zawiya", "attack", "port")),
        ("A group calling itself the People's Front claimed the attack.", ("People's Front", "claim", "attack")),
    ],
    ids=["calling-itself", "known-as", "calling-itself-possessive-name"],
)
def test_extract_a_self_named_group_is_its_name(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, matrix, embedded",
    [
        # "V NP to VP" after a directive, parsed as an infinitive with a subject of its own
        # ("Shell to resume"): the noun is whom the directive addresses, the act is permitted only
        ("The court allowed Shell to resume drilling.", ("court", "allow", "Shell"), ("Shell", "resume", "drilling")),
        ("The deal will allow Ryanair to buy Aer Lingus.", ("deal", "allow", "Ryanair"), ("Ryanair", "buy", "Aer Lingus")),
        ("The government allowed foreign firms to bid for the contract.", ("government", "allow", "foreign firms"),
         ("foreign firms", "bid for", "contract")),
        # "require X to" is a directive like "order X to", whatever the parse
        ("The agency required airlines to inspect their engines.", ("agency", "require", "airlines"),
         ("airlines", "inspect", "engines")),
    ],
    ids=["allow-name", "allow-future", "allow-noun", "require"],
)
def test_extract_directive_with_infinitive_subject_addresses_it(extract_texts, text, matrix, embedded):
    (result,) = extract_texts([text])
    found = triples(result, negated=None)
    assert matrix in found
    assert embedded not in found


@pytest.mark.parametrize(
    "text, triple, cue",
    [
        # "wants X to VP": the parser's infinitive with its own subject; wanted, not done
        ("Washington wants Israel to halt the offensive.", ("Israel", "halt", "offensive"), "wants"),
        ("The government wants banks to cut interest rates.", ("banks", "cut", "interest rates"), "wants"),
    ],
)
def test_extract_wished_act_with_its_own_subject_is_hedged(extract_texts, text, triple, cue):
    (result,) = extract_texts([text])
    (relation,) = [r for r in result.relations if (r.actor.label, r.action, r.target.label) == triple]
    assert relation.modality == cue


@pytest.mark.parametrize(
    "text, triple",
    [
        # "have/be yet to": not yet done
        ("Police have yet to identify the attackers.", ("police", "identify", "attackers")),
        ("The regulator is yet to publish its report.", ("regulator", "publish", "report")),
        # "keep" and "afford" frame the act they govern, and hand down its negation
        ("The treasury cannot keep paying the subsidies.", ("treasury", "pay", "subsidies")),
        ("The government could not afford to pay the salaries.", ("government", "pay", "salaries")),
    ],
)
def test_extract_act_not_yet_or_no_longer_done_is_negated(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result, negated=True)
    assert triple not in triples(result, negated=False)


def test_extract_name_the_article_capitalises_mid_sentence_keeps_its_case_at_a_sentence_start(extract_texts):
    text = ("Glencore has agreed to buy Minera Andes for $4.1 billion. Shares in Minera Andes jumped 25% in "
            "Santiago, while Glencore's shares fell 1.5% in London.")
    (result,) = extract_texts([text])
    assert ("Glencore", "agree", "Minera Andes") in triples(result)
    # a common noun at a sentence start stays a common noun
    (result,) = extract_texts(["Gunmen killed three guards at the mine. The gunmen fled."])
    assert ("gunmen", "kill", "guards") in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "who" does not stand for a place or body the parser hung its clause on
        ("Unions at the Escondida mine, who went on strike in October, demanded talks.", ("unions", "go on", "strike")),
        ("Workers at Ford, who rejected the offer on Monday, will vote again.", ("workers", "reject", "offer")),
    ],
)
def test_extract_who_stands_for_the_people_not_their_workplace(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a conjunct with a tensed or modal auxiliary of its own, hung on the infinitive, is the matrix's
        ("The governor has urged residents to stay indoors and has closed all schools in the district.",
         ("governor", "close", "schools")),
        ("The minister asked both unions to end the strike and will meet them on Friday.",
         ("minister", "meet", "unions")),
    ],
)
def test_extract_tensed_conjunct_of_an_infinitive_is_the_subjects(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result)


def test_extract_contact_relative_gap_is_the_reported_subject(extract_texts):
    # "a move critics said would hurt ...": the modified noun is the reported clause's subject
    (result,) = extract_texts(["The government raised fuel prices by 20%, a move critics said would hurt small farmers."])
    (relation,) = [r for r in result.relations if r.action == "hurt"]
    assert (relation.actor.label, relation.modality, relation.attributed_to.label) == ("move", "would", "critics")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quantifier the tagger calls a pronoun is a part of its "of" object
        ("Armed groups now control all of the border crossings.", ("armed groups", "control", "border crossings")),
        ("The storm destroyed some of the oldest houses in Galle.", ("storm", "destroy", "houses")),
    ],
)
def test_extract_quantifier_pronoun_is_a_part_of_its_object(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected in triples(result)


@pytest.mark.parametrize(
    "text, kept, wrong",
    [
        # a list of members set off by commas is no coordination with the noun it describes
        ("The engineers, two Chinese and a Pakistani, were abducted by gunmen on Monday.",
         ("gunmen", "abduct", "engineers"), ("gunmen", "abduct", "Pakistani")),
        ("The sailors, three Greeks and a Pole, were rescued by the coast guard.",
         ("coast guard", "rescue", "sailors"), ("coast guard", "rescue", "Greeks")),
        # a real coordination keeps every conjunct
        ("The gunmen shot the guards, a driver and two nurses.", ("gunmen", "shoot", "driver"), None),
    ],
)
def test_extract_member_list_after_a_plural_subject(extract_texts, text, kept, wrong):
    (result,) = extract_texts([text])
    assert kept in triples(result)
    assert wrong not in triples(result)


@pytest.mark.parametrize(
    "text, triple, wrong",
    [
        # "which" does not stand for the person the parser hung its clause on
        ("The government of President Ana Ruiz, which has faced protests over pardons, met the unions.",
         ("government", "face", "protests"), ("Ana Ruiz", "face", "protests")),
        # a party of a person is the party, not the person (unlike "a party of climbers")
        ("The party of Prime Minister Tomas Berg, which won the election, rejected the proposal.",
         ("party", "reject", "proposal"), ("Tomas Berg", "reject", "proposal")),
    ],
)
def test_extract_which_stands_for_the_body_not_its_leader(extract_texts, text, triple, wrong):
    (result,) = extract_texts([text])
    assert triple in triples(result)
    assert wrong not in triples(result)


@pytest.mark.parametrize(
    "text, expected",
    [
        # coordinated names before the plural place noun they share: one node per name
        ("Troops entered the Kherson and Zaporizhzhia regions.",
         {("troops", "enter", "Kherson"), ("troops", "enter", "Zaporizhzhia")}),
        ("Floods submerged the Sylhet, Sunamganj and Habiganj districts.",
         {("floods", "submerge", "Sylhet"), ("floods", "submerge", "Sunamganj"), ("floods", "submerge", "Habiganj")}),
        ("The Surma and Kushiyara rivers burst their banks.", {("Surma", "burst", "banks"), ("Kushiyara", "burst", "banks")}),
    ],
)
def test_extract_names_sharing_a_place_noun_are_one_node_each(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected <= triples(result)


def test_extract_second_object_of_an_alleged_act_is_alleged_too(extract_texts):
    (result,) = extract_texts(["Opposition leaders accused the government of using the police against its rivals."])
    found = triples(result, negated=None)
    assert ("opposition leaders", "accuse", "government") in found
    assert not any(action.startswith("use") for _, action, _ in found)


@pytest.mark.parametrize(
    "text, triple",
    [
        # an amount in a currency is no target when the one fined or paid is named
        ("Tan Wei Ming was convicted on Tuesday. A court fined him 50 million ringgit.", ("court", "fine", "Tan Wei Ming")),
        ("Regulators fined Nordbank 3 billion won.", ("regulators", "fine", "Nordbank")),
        # the first word of a name at a sentence start keeps its case
        ("Transparency International ranked Malaysia 57th.", ("Transparency International", "rank", "Malaysia 57th")),
    ],
)
def test_extract_fine_and_name_cases(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause after a whole coordination is about every conjunct
        ("Kenya and Uganda, which share Lake Victoria, signed a fishing pact.",
         {("Kenya", "share", "Lake Victoria"), ("Uganda", "share", "Lake Victoria")}),
        ("The United States and Saudi Arabia, which mediated the talks last year, called for a ceasefire.",
         {("United States", "mediate", "talks"), ("Saudi Arabia", "mediate", "talks")}),
    ],
)
def test_extract_relative_after_a_coordination_is_about_every_conjunct(extract_texts, text, expected):
    (result,) = extract_texts([text])
    assert expected <= triples(result)


@pytest.mark.parametrize(
    "text, triple, negated",
    [
        # "a total of" an amount is no target; the one fined is, and did what it is fined for
        ("The central bank fined four banks a total of 2.4 billion naira for breaching currency rules.",
         ("banks", "breach", "currency rules"), False),
        # "None of X" denies the act of every X
        ("None of the four banks responded to requests for comment.", ("banks", "respond to", "requests"), True),
    ],
)
def test_extract_amount_phrases_and_negative_subjects(extract_texts, text, triple, negated):
    (result,) = extract_texts([text])
    found = {(r.actor.label, r.action, r.target.label): r for r in result.relations}
    assert triple in found, sorted(found)
    assert found[triple].negated is negated


def test_extract_act_asked_of_a_passive_subject_is_open_only(extract_texts):
    (result,) = extract_texts(["Zenith Bank and Access Bank were each ordered to pay 600 million naira."])
    assert not any(action == "pay" for _, action, _ in triples(result, negated=None))


@pytest.mark.parametrize(
    "text, triple",
    [
        # "in" is what one invests in, not where
        ("The company invested in three solar plants.", ("company", "invest in", "solar plants")),
        ("Turkey intervened in the war in 2016.", ("Turkey", "intervene in", "war")),
        # a sum lent or pledged "to" someone: the receiver is the target, as in "lent Egypt $2 billion"
        ("The bank lent $2 billion to Egypt.", ("bank", "lend", "Egypt")),
        ("Donors pledged $500 million to Sudan.", ("donors", "pledge", "Sudan")),
    ],
)
def test_extract_argument_in_and_receiver_of_a_sum(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


def test_extract_a_currency_alone_is_no_sum(extract_texts):
    (result,) = extract_texts(["The central bank said it would sell dollars to importers."])
    assert ("central bank", "sell", "dollars") in triples(result)


def test_extract_infinitive_on_a_prepositions_object_is_the_aim_of_the_subject(extract_texts):
    (result,) = extract_texts(["The leaders would look for ways to help Ukraine."])
    found = triples(result, negated=None)
    assert ("ways", "help", "Ukraine") not in found
    assert ("leaders", "look for", "ways") in found


def test_extract_headline_verb_after_a_name_the_tagger_took_for_an_adjective(extract_texts):
    text = "Hungary vetoes EU aid package for Ukraine\n\nBRUSSELS, March 4 (Reuters) - Hungary blocked an aid package."
    (result,) = extract_texts([text])
    assert ("Hungary", "veto", "EU aid package") in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "X was the first N to V": the copula's subject is the one who did it
        ("Kenya was the first country to recognise the new government.", ("Kenya", "recognise", "government")),
        ("Germany was the last country to sign the treaty.", ("Germany", "sign", "treaty")),
    ],
)
def test_extract_the_first_to_do_it_is_the_copulas_subject(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


def test_extract_a_part_of_them_is_their_antecedent(extract_texts):
    (result,) = extract_texts(["Protesters blocked the main highway into Lima on Monday. "
                               "Police said they had arrested 40 of them."])
    assert ("police", "arrest", "protesters") in triples(result)


# --- Round of 2026-12-07 (heldout6 opened): constructions read from its misses, tested on
# sentences of our own ---------------------------------------------------------------------


def _place_doc(nlp, words, tags, heads, deps, ents):
    from spacy.tokens import Doc

    pos = ["PROPN" if t.startswith("NNP") else "VERB" if t.startswith("VB") else "DET" if t == "DT"
           else "PART" if t == "TO" else "PRON" if t == "PRP$" else "PUNCT" if t == "." else "NOUN" for t in tags]
    doc = Doc(nlp.vocab, words=words, pos=pos, tags=tags, heads=heads, deps=deps, ents=ents)
    doc._.kg_coref = {}
    return doc


def test_extract_proper_noun_before_a_place_is_an_organisations_name(nlp):
    """"The strike forced Fly Kenya to cancel flights": a capitalised word the recogniser left out
    of a place name and the parser made its compound begins an organisation's name. Built by
    hand: the model gives the split only in some contexts."""
    from kg.extraction.nodes import DocIndex, mentions_for

    doc = _place_doc(
        nlp,
        ["The", "strike", "forced", "Fly", "Kenya", "to", "cancel", "flights", "."],
        ["DT", "NN", "VBD", "NNP", "NNP", "TO", "VB", "NNS", "."],
        [1, 2, 2, 4, 2, 6, 2, 6, 2],
        ["det", "nsubj", "ROOT", "compound", "dobj", "aux", "xcomp", "dobj", "punct"],
        ["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"],
    )
    index = DocIndex(doc)
    assert [m.label for m in mentions_for(doc[4], index)] == ["Fly Kenya"]
    assert [ent.label_ for ent in index.entities] == ["ORG"]


@pytest.mark.parametrize("words, tags", [
    # a title is no part of a name: "Governor Nakuru" is not a body
    (["Governor", "Nakuru", "closed", "the", "camp", "."], ["NNP", "NNP", "VBD", "DT", "NN", "."]),
    # at a sentence start the capital is not trusted: "Neighbouring Malawi" is Malawi
    (["Neighbouring", "Malawi", "closed", "its", "border", "."], ["NNP", "NNP", "VBD", "PRP$", "NN", "."]),
])
def test_extract_title_or_sentence_start_before_a_place_is_no_part_of_a_name(nlp, words, tags):
    from kg.extraction.nodes import DocIndex, mentions_for

    doc = _place_doc(nlp, words, tags, [1, 2, 2, 4, 2, 2], ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                     ["O", "B-GPE", "O", "O", "O", "O"])
    assert [m.label for m in mentions_for(doc[1], DocIndex(doc))] == [words[1]]


def _split_name_doc(nlp, first: str):
    from spacy.tokens import Doc

    words = ["The", first, "for", "Seismology", "and", "Disaster", "Research", "warned", "residents", "."]
    return Doc(
        nlp.vocab,
        words=words,
        pos=["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NNP", "IN", "NNP", "CC", "NNP", "NNP", "VBD", "NNS", "."],
        heads=[1, 7, 1, 2, 3, 6, 3, 7, 7, 7],
        deps=["det", "nsubj", "prep", "pobj", "cc", "compound", "conj", "ROOT", "dobj", "punct"],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O"],
    )


def test_extract_organisation_split_at_and_inside_its_for_phrase_is_one_name(nlp):
    """"the Institute for Seismology and Disaster Research": the recogniser may split it at "and";
    the second part is a conjunct of the first part's object, so it is one body."""
    from kg.extraction.nodes import DocIndex, mentions_for

    doc = _split_name_doc(nlp, "Institute")
    doc._.kg_coref = {}
    assert [m.label for m in mentions_for(doc[1], DocIndex(doc))] == ["Institute for Seismology and Disaster Research"]


def test_extract_two_organisations_joined_by_and_stay_two(nlp):
    # "Oxfam and Save the Children": the second name is a conjunct of the first name's head
    from spacy.tokens import Doc

    from kg.extraction.nodes import DocIndex, mentions_for

    doc = Doc(
        nlp.vocab,
        words=["Oxfam", "and", "Care", "International", "condemned", "the", "siege", "."],
        pos=["PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "CC", "NNP", "NNP", "VBD", "DT", "NN", "."],
        heads=[4, 0, 3, 0, 4, 6, 4, 4],
        deps=["nsubj", "cc", "compound", "conj", "ROOT", "det", "dobj", "punct"],
        ents=["B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
    )
    doc._.kg_coref = {}
    index = DocIndex(doc)
    assert [m.label for m in mentions_for(doc[0], index)] == ["Oxfam"]
    assert [m.label for m in mentions_for(doc[3], index)] == ["Care International"]


@pytest.mark.parametrize(
    "text, triple",
    [
        # a participle or adjective after "the" used as a noun for people ("the injured")
        ("Doctors treated the wounded at a field clinic.", ("doctors", "treat", "wounded")),
        ("Helicopters carried six of the injured to Gulu.", ("helicopters", "carry", "injured")),
        # "pending" / "following" as a preposition the parser hung on the noun after it
        ("The operator suspended its four Embraer jets pending inspections.", ("operator", "suspend", "Embraer jets")),
    ],
)
def test_extract_nouns_the_tagger_did_not_tag_as_nouns(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result), sorted(triples(result))


@pytest.mark.parametrize("headline, expected", [
    # a second present tense after a comma, read as a plural modifier of its object: the
    # first verb's subject does it (the subject hung on the verb, or the object on the subject)
    ("Peru's Ubinas volcano erupts, buries farms under ash", ("Ubinas volcano", "bury", "farms")),
    ("Storm lashes Luzon, floods towns", ("storm", "flood", "towns")),
])
def test_extract_second_headline_verb_taken_for_a_modifier(extract_texts, headline, expected):
    (result,) = extract_texts([headline + "\n\nLONDON - Officials met on Monday."])
    found = {(r.actor.label, r.action, r.target.label) for r in result.relations if r.sentence == 0}
    assert expected in found, sorted(found)


@pytest.mark.parametrize("word, base", [("buries", "bury"), ("vetoes", "veto"), ("seizes", "seize"), ("hits", "hit")])
def test_extract_headline_lemma(word, base):
    from kg.extraction.clauses import headline_lemma

    assert headline_lemma(word) == base


@pytest.mark.parametrize(
    "text, triple",
    [
        # a unit of measure before "of": what was measured is the node, not the unit
        ("Customs officers found 400 kilograms of heroin in a lorry.", ("Customs officers", "find", "heroin")),
        ("Traders hoarded sacks of rice before the election.", ("traders", "hoard", "rice")),
        ("The army delivered truckloads of food to the camps.", ("army", "deliver", "food")),
        ("Rebels stole thousands of barrels of crude from the pipeline.", ("rebels", "steal", "crude")),
    ],
)
def test_extract_measured_substance_is_the_node(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result), sorted(triples(result))


@pytest.mark.parametrize(
    "text, triple",
    [
        # superlatives grade like "largest": "the busiest airport" -> airport
        ("The storm closed the busiest container port on the coast.", ("storm", "close", "container port")),
        ("Chile closed its oldest copper mine in 2019.", ("Chile", "close", "copper mine")),
    ],
)
def test_extract_superlative_is_dropped_from_labels(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result), sorted(triples(result))


@pytest.mark.parametrize(
    "text, triple",
    [
        # a contact relative whose verb has a phrase but no object: the noun fills the object gap
        ("The regulator fined the bank 2 billion dollars, the largest penalty the agency has levied on a lender.",
         ("agency", "levy", "penalty")),
        ("Investors sold the shares the fund had bought from the founder.", ("fund", "buy", "shares")),
    ],
)
def test_extract_contact_relative_object_gap_beats_a_phrase(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result), sorted(triples(result))


@pytest.mark.parametrize(
    "text, triple",
    [
        # a relative on a time or manner noun has no object gap (guards: these held before the rule)
        ("Talks stalled on the day the minister resigned over the scandal.", ("minister", "resign over", "scandal")),
        ("Lawmakers criticised the way the government voted on the resolution.",
         ("government", "vote on", "resolution")),
    ],
)
def test_extract_adjunct_relative_keeps_its_phrase(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result), sorted(triples(result))


@pytest.mark.parametrize("headline, wrong", [
    # "beat X to win Y": the beaten rival does not win (the infinitive is the winner's aim or result)
    ("Swiatek edges Gauff to reach Madrid final", ("Gauff", "reach")),
    ("Leclerc beats Verstappen to take Monaco pole", ("Verstappen", "take")),
    ("India beat Australia to reach World Cup final", ("Australia", "reach")),
])
def test_extract_beaten_rival_does_not_do_the_infinitive(extract_texts, headline, wrong):
    (result,) = extract_texts([headline + "\n\nLONDON - Officials met on Monday."])
    found = {(r.actor.label, r.action) for r in result.relations if r.sentence == 0}
    assert wrong not in found, sorted(found)


@pytest.mark.parametrize("text, triple", [
    # an acronym the tagger took for a common noun (no entity) keeps its capitals as a name
    ("UNAIDS praised the programme.", ("UNAIDS", "praise", "programme")),
    ("WFP airlifted food to the flooded districts.", ("WFP", "airlift", "food")),
])
def test_extract_untyped_acronym_is_a_name(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result), sorted(triples(result))


@pytest.mark.parametrize(
    "text, asserted, negated",
    [
        # a conjunct after "but", or finite with an auxiliary of its own, keeps no negation
        ("The driver was not hurt but called the police.", ("driver", "call", "police"), None),
        ("The goalkeeper was not injured and played the full match.", ("goalkeeper", "play", "match"), None),
        # conjuncts sharing the negated auxiliary are denied with it
        ("The bank has not paid or filed the tax.", None, ("bank", "file", "tax")),
        ("The company did not sign or ratify the agreement.", None, ("company", "ratify", "agreement")),
    ],
)
def test_extract_contrasted_conjunct_keeps_no_negation(extract_texts, text, asserted, negated):
    (result,) = extract_texts([text])
    if asserted:
        assert asserted in triples(result, negated=False)
        assert asserted not in triples(result, negated=True)
    if negated:
        assert negated in triples(result, negated=True)


@pytest.mark.parametrize(
    "text, triple",
    [
        # an infinitive under a control verb that is asked about is asked about too
        ("The airline would not say whether it intends to sell the cargo unit.", ("airline", "sell", "cargo unit")),
        ("Investigators are examining whether the pilot tried to land the plane in fog.", ("pilot", "land", "plane")),
    ],
)
def test_extract_infinitive_under_indirect_question_is_not_asserted(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple not in triples(result, negated=None)
    (asserted,) = extract_texts(["The airline said it planned to sell the cargo unit."])
    assert ("airline", "sell", "cargo unit") in triples(asserted)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a circumstance ("after", "before") of a verb of sanction or prevention is the subject's act
        ("Police arrested two men after searching the house.", ("police", "search", "house")),
        ("The army stopped the convoy after inspecting the trucks.", ("army", "inspect", "trucks")),
        ("Smith was charged after crashing the car.", ("smith", "crash", "car")),
    ],
)
def test_extract_circumstance_of_object_control_verb_is_subjects_act(extract_texts, text, triple):
    (result,) = extract_texts([text])
    found = {(a.lower(), v, t) for a, v, t in triples(result)}
    assert triple in found
    assert not any(v == triple[1] and a != triple[0] for a, v, t in found)
    # the verb's own preposition still hands the act to the object
    (result,) = extract_texts(["The regulator barred the firm from selling shares."])
    assert ("regulator", "sell", "shares") not in triples(result, negated=None)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a penalty's second object is what it takes; the one fined is the target
        ("The club fined Keane two weeks' wages.", ("club", "fine", "Keane")),
        ("The league fined the team its share of television revenue.", ("league", "fine", "team")),
        ("The court fined the driver for speeding.", ("court", "fine", "driver")),
    ],
)
def test_extract_penalty_target_is_the_one_fined(extract_texts, text, triple):
    (result,) = extract_texts([text])
    found = triples(result)
    assert triple in found
    assert not any(v == "fine" and t != triple[2] for _, v, t in found)


@pytest.mark.parametrize(
    "text, triple, cue",
    [
        # a verb of effort with a to-clause: the act striven for, hedged by the effort
        ("Divers were working to recover the bodies.", ("divers", "recover", "bodies"), "working to"),
        ("Rescuers battled to free the miners.", ("rescuers", "free", "miners"), "battled to"),
    ],
)
def test_extract_endeavour_verb_hedges_its_to_clause(extract_texts, text, triple, cue):
    (result,) = extract_texts([text])
    found = {(r.actor.label, r.action, r.target.label): r for r in result.relations}
    assert triple in found
    assert found[triple].modality == cue
    # with an object of its own the infinitive stays a purpose
    (result,) = extract_texts(["The senator fought the ruling to clear his name."])
    assert ("senator", "clear", "name") not in triples(result, negated=None)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a regular participle conjoined to a passive, tagged a past tense, is passive too
        ("The banker was released on bail and ordered to hand over his passport.", ("banker", "hand over", "passport")),
        ("The striker was suspended and told to apologise to the referee.", ("striker", "apologise to", "referee")),
    ],
)
def test_extract_directive_conjoined_to_a_passive_is_asked_not_done(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple not in triples(result, negated=None)


@pytest.mark.parametrize(
    "text, negated, asserted",
    [
        # the -ing clause of "without" is an act left undone; the main act is asserted
        ("Troops entered the village without firing a shot.", ("troops", "fire", "shot"), ("troops", "enter", "village")),
        ("The board approved the deal without consulting shareholders.", ("board", "consult", "shareholders"),
         ("board", "approve", "deal")),
    ],
)
def test_extract_act_after_without_is_negated(extract_texts, text, negated, asserted):
    (result,) = extract_texts([text])
    assert negated in triples(result, negated=True)
    assert negated not in triples(result, negated=False)
    assert asserted in triples(result, negated=False)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a perfect gerund ("having" + participle) is denied like a gerund
        ("The senator denied having leaked the memo.", ("senator", "leak", "memo")),
        ("The bank denied having misled its customers.", ("bank", "mislead", "customers")),
    ],
)
def test_extract_denied_perfect_gerund_is_negated(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result, negated=True)
    assert triple not in triples(result, negated=False)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "stopped short of" / "fell short of" an act: the act is not done, by the subject
        ("The central bank stopped short of raising interest rates.", ("central bank", "raise", "interest rates")),
        ("The minister stopped short of blaming the army for the deaths.", ("minister", "blame", "army")),
    ],
)
def test_extract_act_stopped_short_of_is_negated(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result, negated=True)
    assert triple not in triples(result, negated=False)


@pytest.mark.parametrize(
    "text, wrong, kept",
    [
        # a fronted passive participle says what was done to the subject, not what it did
        ("Asked about the merger, the chairman declined to comment.", ("chairman", "ask about", "merger"), None),
        ("When pressed on the issue, the spokeswoman said talks would continue.",
         ("spokeswoman", "press on", "issue"), None),
        ("Accused of corruption, the governor resigned.", ("governor", "accuse of", "corruption"), None),
        # with a by-agent it is the passive it is
        ("Questioned by reporters, the mayor denied the claims.", None, ("reporters", "question", "mayor")),
    ],
)
def test_extract_fronted_passive_participle_is_no_act_of_the_subject(extract_texts, text, wrong, kept):
    (result,) = extract_texts([text])
    found = triples(result, negated=None)
    if wrong:
        assert wrong not in found
    if kept:
        assert kept in found


@pytest.mark.parametrize(
    "text, triple",
    [
        # a hyphened compound whose first part the parser made the head is one node
        ("A speeding car hit three passers-by.", ("speeding car", "hit", "passers-by")),
        ("The senator's son-in-law bought the hotel.", ("son-in-law", "buy", "hotel")),
    ],
)
def test_extract_hyphened_compound_is_one_node(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


def test_extract_no_one_is_no_actor(extract_texts):
    (result,) = extract_texts(["No one was arrested, and no one has claimed the bombing of the pipeline."])
    assert not any(a == "one" for a, _, _ in triples(result, negated=None))
    (result,) = extract_texts(["No group has claimed the bombing of the pipeline."])
    assert ("group", "claim", "bombing") in triples(result, negated=True)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a distance says where the event was, the place it is measured from is no target
        ("The ferry capsized in high waves about two miles from the port of Baubau.", "capsize from"),
        ("The boat sank 20 km from the coast of Libya.", "sink from"),
        ("A cargo plane crashed five kilometres from the airport on Monday.", "crash from"),
    ],
)
def test_extract_distance_from_a_place_is_no_target(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert all(r.action != wrong for r in result.relations)


@pytest.mark.parametrize(
    "text, triple",
    [
        # how far one withdrew: still what was left
        ("Troops withdrew 10 km from the border on Sunday.", ("troops", "withdraw from", "border")),
        ("Rebels pulled back five miles from the town.", ("rebels", "pull back from", "town")),
    ],
)
def test_extract_withdrawal_over_a_distance_keeps_what_was_left(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "on" an open place is where ("clashed on the border"), but what one depends on is a target
        ("The city depends on the river for its drinking water.", ("city", "depend on", "river")),
        ("Traders rely on the highway to reach Kampala.", ("traders", "rely on", "highway")),
    ],
)
def test_extract_what_one_depends_on_is_a_target_even_a_river(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize("headline", ["Police chief suspects", "Floods in Assam", "Rebel army commanders"])
def test_extract_headline_noun_phrase_has_no_verb(extract_texts, headline):
    (result,) = extract_texts([f"{headline}\n\nLONDON (Reuters) - Talks resumed on Monday."])
    assert not [r for r in result.relations if r.sentence == 0]


@pytest.mark.parametrize(
    "text, triple",
    [
        ("KYIV, March 3 (Reuters) - Ukraine said it downed 30 drones.\n\nRussia's defence ministry said its "
         "forces had destroyed a depot near Kharkiv. Kyiv did not comment on the claim.",
         ("Kyiv", "comment on", "claim")),
        ("ABUJA, March 3 (Reuters) - Gunmen kidnapped 20 people in the north, police said.\n\nThe army said "
         "it had freed 12 of them. Abuja has deployed troops to the region.", ("Abuja", "deploy", "troops")),
    ],
)
def test_extract_dateline_city_opening_a_sentence_is_a_name(extract_texts, text, triple):
    # NER left the city untyped; only the dateline (in capitals) names it before
    (result,) = extract_texts([text])
    assert triple in triples(result, negated=None)


# --- Round of 2026-12-07 (trial text of our own, branch `rules-x`): constructions seen in wire
# reports written for the round, tested on other sentences of the same construction.


@pytest.mark.parametrize(
    "text, triple",
    [
        # a grading word that is the first part of a hyphened modifier stays with it
        ("The strike halted most high-speed trains.", ("strike", "halt", "high-speed trains")),
        ("The ministry paid low-income families.", ("ministry", "pay", "low-income families")),
        ("The bank sold high-yield bonds to pension funds.", ("bank", "sell", "high-yield bonds")),
    ],
)
def test_extract_hyphened_grading_word_stays_in_the_label(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "headline, triples_",
    [
        # a headline lists its subjects with a comma for "and"
        ("Kenya, Uganda sign trade deal", {("Kenya", "sign", "trade deal"), ("Uganda", "sign", "trade deal")}),
        ("Germany, France sign defence pact", {("Germany", "sign", "defence pact"), ("France", "sign", "defence pact")}),
    ],
)
def test_extract_headline_subjects_listed_with_a_comma(extract_texts, headline, triples_):
    (result,) = extract_texts([f"{headline}\n\nLONDON (Reuters) - Talks resumed on Monday."])
    assert triples_ <= triples(result)


def test_extract_fronted_apposition_in_body_text_is_no_listed_subject(extract_texts):
    (result,) = extract_texts(["Headline\n\nIn Spain, Madrid, the capital, banned cars on Monday."])
    assert not any(a == "Spain" for a, _, _ in triples(result))


@pytest.mark.parametrize(
    "text",
    [
        # "on condition of anonymity" says how a source spoke: no target
        "A diplomat, who spoke on condition of anonymity, said the talks had failed.",
        "Two officers speaking on condition of anonymity said the convoy was ambushed near Gao.",
    ],
)
def test_extract_on_condition_of_anonymity_is_no_target(extract_texts, text):
    (result,) = extract_texts([f"Headline\n\n{text}"])
    assert not any(t == "condition" for _, _, t in triples(result, negated=None))


@pytest.mark.parametrize(
    "text, triple",
    [
        # "lie to" someone is deceiving, not a position ("the town lies to the north")
        ("The minister lied to parliament about the contract.", ("minister", "lie to", "parliament")),
        ("Officials had lied to the families of the victims, the report found.", ("officials", "lie to", "families")),
    ],
)
def test_extract_lying_to_someone_is_a_target(extract_texts, text, triple):
    (result,) = extract_texts([f"Headline\n\n{text}"])
    assert triple in triples(result)


def test_extract_lying_to_the_north_is_a_position(extract_texts):
    (result,) = extract_texts(["Headline\n\nThe town lies to the north of the river."])
    assert not triples(result, negated=None)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a verb of judgment with an adjectival small clause: the one judged is the object
        ("A jury found the executive guilty of fraud.", ("jury", "find", "executive")),
        ("The tribunal found the former minister guilty of corruption.", ("tribunal", "find", "former minister")),
        ("The panel declared the deal unlawful.", ("panel", "declare", "deal")),
        ("Court finds former Peruvian president guilty of bribery\n\nLIMA (Reuters) - Talks resumed.",
         ("court", "find", "former Peruvian president")),
    ],
)
def test_extract_judged_subject_of_a_small_clause_is_the_object(extract_texts, text, triple):
    (result,) = extract_texts([text if "\n" in text else f"Headline\n\n{text}"])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "much of X" is part of X, like "most of X"
        ("The rebels, who control much of the east, refused to talk.", ("rebels", "control", "east")),
        ("Floods have submerged much of the capital.", ("floods", "submerge", "capital")),
    ],
)
def test_extract_much_of_a_whole_is_the_whole(extract_texts, text, triple):
    (result,) = extract_texts([f"Headline\n\n{text}"])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a quoted imperative is the words of a slogan, nobody's act
        ('Demonstrators held banners saying "Stop the war".', ("banners", "stop", "war")),
        ('Students waved banners reading "Stop the killings".', ("banners", "stop", "killings")),
    ],
)
def test_extract_quoted_imperative_is_nobodys_act(extract_texts, text, wrong):
    (result,) = extract_texts([f"Headline\n\n{text}"])
    found = triples(result, negated=None)
    assert wrong not in found and not any(action == "stop" for _, action, _ in found)


def test_extract_quoted_verb_after_to_keeps_its_actor(extract_texts):
    (result,) = extract_texts(['Headline\n\nThe president vowed to "crush" the rebels.'])
    assert ("president", "crush", "rebels") in {t for t in triples(result, negated=None)}


@pytest.mark.parametrize(
    "text, triple",
    [
        # "X, along with Y, VERB": Y acts too
        ("Police, along with soldiers from the 4th brigade, raided the camp.", ("soldiers", "raid", "camp")),
        ("Rescue teams from Greece, along with Turkish volunteers, pulled survivors from the rubble.",
         ("Turkish volunteers", "pull", "survivors")),
        ("The union, together with two farmers' groups, called a national strike.", ("groups", "call", "national strike")),
    ],
)
def test_extract_along_with_the_subject_is_a_subject(extract_texts, text, triple):
    (result,) = extract_texts([f"Headline\n\n{text}"])
    assert triple in triples(result)


def test_extract_along_with_after_the_verb_is_no_subject(extract_texts):
    (result,) = extract_texts(["Headline\n\nCanada imposed sanctions along with Australia."])
    assert not any(a == "Australia" for a, _, _ in triples(result))


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Volcanic ash covered the Lumajang district of East Java.", ("volcanic ash", "cover", "Lumajang district")),
        ("Shelling hit the Kherson region of Ukraine on Monday.", ("shelling", "hit", "Kherson region")),
    ],
)
def test_extract_container_with_its_own_name_is_not_the_place_it_lies_in(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "does not expect to" is "expects not to": the negation goes down to the infinitive
        ("The carrier does not expect to resume flights to Khartoum before June.", ("carrier", "resume", "flights")),
        ("The midfielder is no longer expected to join the Italian club.", ("midfielder", "join", "Italian club")),
    ],
)
def test_extract_negated_expectation_negates_the_expected_act(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result, negated=True)
    assert triple not in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The lender, whose shares fell 5 percent, closed branches in three provinces.", ("lender", "close", "branches")),
    ],
)
def test_extract_main_verb_tagged_adjective_after_a_relative_clause(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        # "add" with an object and nothing reported is an act, not the frame of a report
        ("The carrier added twelve flights to Phuket for the holiday season.", ("carrier", "add", "flights")),
        ("Manufacturers added 40,000 jobs in October.", ("manufacturers", "add", "jobs")),
    ],
)
def test_extract_add_with_an_object_is_an_act(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


def test_extract_add_framing_a_report_stays_attribution(extract_texts):
    (result,) = extract_texts(['"The border will stay shut," the minister added.'])
    assert not any(action == "add" for _, action, _ in triples(result, negated=None))


@pytest.mark.parametrize(
    "text, wrong",
    [
        # an absolute clause after a comma: its noun is the subject of its participle, no partner
        ("Parliament voted late on Thursday, with most of the opposition deputies abstaining.",
         ("Parliament", "vote with", "opposition deputies")),
        ("The delegates voted on Friday, with the chairman expected to resign.",
         ("delegates", "vote with", "chairman")),
    ],
)
def test_extract_absolute_with_clause_is_no_target(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert wrong not in triples(result, negated=None)


def test_extract_with_phrase_not_set_off_keeps_its_target(extract_texts):
    (result,) = extract_texts(["The governor met with farmers protesting the levy."])
    assert ("governor", "meet with", "farmers") in triples(result)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Delegates voted overwhelmingly in favour of the new charter.", ("delegates", "vote in favour of", "charter")),
        ("Dockers walked out in support of the sacked crane operators.",
         ("dockers", "walk out in support of", "sacked crane operators")),
    ],
)
def test_extract_compound_preposition_of_stance_takes_its_of_object(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, kept, wrong",
    [
        # what one is warned against is the warned one's act, and not done: open-only
        ("Beijing warned Manila against deploying missiles on the island.",
         ("Beijing", "warn", "Manila"), ("Beijing", "deploy", "missiles")),
        ("The regulator cautioned lenders against raising fees.", ("regulator", "caution", "lenders"),
         ("regulator", "raise", "fees")),
    ],
)
def test_extract_warned_against_is_the_objects_act_not_done(extract_texts, text, kept, wrong):
    (result,) = extract_texts([text])
    found = triples(result, negated=None)
    assert kept in found and wrong not in found


def test_extract_went_on_to_frames_the_act(extract_texts):
    (result,) = extract_texts(["The rebels went on to seize two more border posts."])
    assert ("rebels", "seize", "border posts") in triples(result)


def test_extract_neither_nor_negates_both_verbs(extract_texts):
    (result,) = extract_texts(["The ministry neither confirmed nor denied the leaked memo."])
    assert {("ministry", "confirm", "leaked memo"), ("ministry", "deny", "leaked memo")} <= triples(result, negated=True)


@pytest.mark.parametrize(
    "text, triple",
    [
        # an adverb particle with the preposition hung on it: "broke away from"
        ("Two provinces broke away from the union after the referendum.", ("provinces", "break away from", "union")),
        ("Foreign investors stayed away from the bond auction.", ("foreign investors", "stay away from", "bond auction")),
    ],
)
def test_extract_particle_with_its_preposition_hung_on_it(extract_texts, text, triple):
    (result,) = extract_texts([text])
    assert triple in triples(result)


@pytest.mark.parametrize(
    "text, kept, wrong, right",
    [
        # what one is sued for is the sued one's alleged act, not the plaintiff's (open-only)
        ("Farmers sued the chemical firm for polluting the river.", ("farmers", "sue", "chemical firm"),
         ("farmers", "pollute", "river"), None),
        # what one is condemned for is the condemned one's act
        ("Aid agencies condemned the militia for looting the clinic.",
         ("aid agencies", "condemn", "militia"), ("aid agencies", "loot", "clinic"), ("militia", "loot", "clinic")),
    ],
)
def test_extract_sued_or_condemned_for_is_the_objects_act(extract_texts, text, kept, wrong, right):
    (result,) = extract_texts([text])
    found = triples(result, negated=None)
    assert kept in found and wrong not in found
    if right is not None:
        assert right in found


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a bare noun of means in the "by" phrase of a passive is how it was done, not who did it
        ('"We waited for three days," said one villager, Omar Said, reached by phone.', ("phone", "reach", "Omar Said")),
        ("Food was delivered by air to the besieged town on Monday.", ("air", "deliver", "food")),
        ("The two prisoners were contacted by telephone.", ("telephone", "contact", "prisoners")),
    ],
)
def test_extract_means_in_a_by_phrase_is_no_agent(extract_texts, text, wrong):
    (result,) = extract_texts([text])
    assert wrong not in triples(result, negated=None)


def test_extract_by_phrase_with_a_determiner_is_an_agent(extract_texts):
    (result,) = extract_texts(["The cyclist was hit by a car near the stadium."])
    assert ("car", "hit", "cyclist") in triples(result)

"""Modality, attribution, date and place of relations, on news sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Article
from kg.pipeline import run

PUBLISHED = dt.date(2022, 9, 18)  # a Sunday


@pytest.fixture(scope="module")
def extract_dated(nlp):
    def extract(text: str, published: dt.date | None = PUBLISHED):
        (result,) = run([Article(id="t", text=text, date=published)], nlp)
        return {(r.actor.label, r.action, r.target.label): r for r in result.relations}

    return extract


@pytest.mark.parametrize(
    "text, triple, cue",
    [
        ("The rebels may attack the airport.", ("rebels", "attack", "airport"), "may"),
        ("Officials said the dam could collapse the bridge.", ("dam", "collapse", "bridge"), "could"),
        ("Serbia threatened to close the border crossing.", ("Serbia", "close", "border crossing"), "threatened to"),
        ("Troops were trying to retake the refinery.", ("troops", "retake", "refinery"), "trying to"),
        # an effort not yet achieved
        ("The airline is struggling to repay its creditors.", ("airline", "repay", "creditors"), "struggling to"),
        ("Rescuers scrambled to reach the trapped miners.", ("rescuers", "reach", "trapped miners"), "scrambled to"),
        # the passive of a verb of belief or hearsay hands on a belief, not a fact
        ("Two of the hostages are believed to have escaped the camp.", ("hostages", "escape", "camp"), "believed to"),
        ("The smugglers were reported to have bribed the guards.", ("smugglers", "bribe", "guards"), "reported to"),
        # a hedging adverb hands on hearsay or inference
        ("The colonel allegedly ordered the massacre.", ("colonel", "order", "massacre"), "allegedly"),
        ("Pirates reportedly boarded the freighter.", ("pirates", "board", "freighter"), "reportedly"),
        # a raising verb gives an impression, not a fact
        ("The pilot appears to have ignored the warning.", ("pilot", "ignore", "warning"), "appears to"),
        ("The militants seemed to target the convoy.", ("militants", "target", "convoy"), "seemed to"),
        ("The army would storm the prison if talks failed.", ("army", "storm", "prison"), "would"),
        ("The militia will release the hostages if the ransom is paid.", ("militia", "release", "hostages"), "if"),
        # the future is not a fact yet
        ("The law will ban street protests.", ("law", "ban", "street protests"), "will"),
        # a passive of scheduling puts the act on a schedule, not on record
        ("The regulator is set to approve the merger.", ("regulator", "approve", "merger"), "set to"),
        ("The rover was scheduled to leave the platform.", ("rover", "leave", "platform"), "scheduled to"),
    ],
)
def test_context_modality_cue(extract_dated, text, triple, cue):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].modality == cue


def test_context_asserted_relation_has_no_modality(extract_dated):
    relations = extract_dated("Police arrested the suspect in Lyon on Saturday.")
    assert relations[("police", "arrest", "suspect")].modality is None


@pytest.mark.parametrize(
    "text, triple, speaker, cue",
    [
        ("Gunmen burned the market, witnesses said.", ("gunmen", "burn", "market"), "witnesses", "say"),
        ("The mayor said looters had emptied the warehouse.", ("looters", "empty", "warehouse"), "mayor", "say"),
        ("Soldiers shot two protesters, according to medics.", ("soldiers", "shoot", "protesters"), "medics", "according to"),
        ("State radio reported that the navy seized the tanker.", ("navy", "seize", "tanker"), "State radio", "report"),
    ],
)
def test_context_attribution_names_the_source(extract_dated, text, triple, speaker, cue):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    relation = relations[triple]
    assert relation.attributed_to is not None and relation.attributed_to.label.lower() == speaker.lower()
    assert relation.attribution_cue == cue


def test_context_attribution_carries_into_a_continued_quote(extract_dated):
    relations = extract_dated(
        '"The rebels blew up the bridge at dawn," a police officer said.\n\n'
        '"They also looted the clinic."'
    )
    looted = relations[("rebels", "loot", "clinic")]
    assert looted.attributed_to is not None and looted.attributed_to.label == "police officer"


def test_context_speakers_own_act_is_not_reported(extract_dated):
    relations = extract_dated("Criticising the police, the minister said the army would guard the polls.")
    assert relations[("army", "guard", "polls")].attributed_to.label == "minister"
    own = relations.get(("minister", "criticise", "police"))
    assert own is None or own.attributed_to is None


def test_context_unattributed_sentence(extract_dated):
    relations = extract_dated("Rebels captured the town of Hama on Friday.")
    relation = relations[("rebels", "capture", "Hama")]
    assert relation.attributed_to is None and relation.attribution_cue is None


@pytest.mark.parametrize(
    "text, triple, iso",
    [
        ("Rebels captured the town of Hama on Friday.", ("rebels", "capture", "Hama"), "2022-09-16"),
        ("Police raided the offices late on Saturday.", ("police", "raid", "offices"), "2022-09-17"),
        ("Militants attacked the convoy this morning.", ("militants", "attack", "convoy"), "2022-09-18"),
        ("The court convicted the mayor in March.", ("court", "convict", "mayor"), "2022-03-01/2022-03-31"),
        ("The rebels advanced on Sunday, taking three villages.", ("rebels", "take", "villages"), "2022-09-18"),
        # an act still to come dates its own expression forward (published on a Sunday)
        ("The central bank will announce its decision on Friday.", ("central bank", "announce", "decision"),
         "2022-09-23"),
        ("A spokesman said the president would meet party leaders on Thursday.",
         ("president", "meet", "party leaders"), "2022-09-22"),
        ("Parliament will vote on the budget in October.", ("Parliament", "vote on", "budget"),
         "2022-10-01/2022-10-31"),
        # a scheduled act said in the present is still to come; said in the past, it was
        ("The former minister is due to stand trial in November.", ("former minister", "stand", "trial"),
         "2022-11-01/2022-11-30"),
        ("The president is expected to visit Beijing on Friday.", ("president", "visit", "Beijing"), "2022-09-23"),
        ("The company was due to release its results in February.", ("company", "release", "results"),
         "2022-02-01/2022-02-28"),
        # the two ends of a range NER gave an entity each
        ("The junta ruled the country from 2011 to 2016.", ("junta", "rule", "country"), "2011-01-01/2016-12-31"),
        # a bare length of time dates nothing; the time after it does
        ("Peru suffered its worst drought in three decades in 2019.", ("Peru", "suffer", "drought"),
         "2019-01-01/2019-12-31"),
        # a weekday before a part of the day dates the event with its day
        ("Gunmen stormed the hotel on Friday morning.", ("gunmen", "storm", "hotel"), "2022-09-16"),
        ("Protesters blocked the main road on Thursday evening.", ("protesters", "block", "road"),
         "2022-09-15"),
        # "until X" bounds a state; the event is dated by its governing verb ("last week")
        ("The airline agreed last week to suspend flights to Kyiv until December.",
         ("airline", "suspend", "flights"), "2022-09-05/2022-09-11"),
    ],
)
def test_context_date_resolved_against_publication(extract_dated, text, triple, iso):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].date is not None and relations[triple].date.iso == iso


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The central bank held interest rates at 5 percent until March.", ("central bank", "hold", "interest rates")),
        ("The ministry extended the curfew in the capital until Friday.", ("ministry", "extend", "curfew")),
    ],
)
def test_context_until_gives_no_event_date(extract_dated, text, triple):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].date is None


@pytest.mark.parametrize(
    "text, triple, place",
    [
        # a part of a named town stands for the town ("the outskirts of X", "the streets of X")
        ("Soldiers set up checkpoints on the outskirts of Maiduguri.", ("soldiers", "set up", "checkpoints"),
         "Maiduguri"),
        ("Riot police arrested dozens of students in the streets of Dhaka.", ("Riot police", "arrest", "students"),
         "Dhaka"),
        ("A suicide bomber killed nine people in the centre of Quetta.", ("suicide bomber", "kill", "people"), "Quetta"),
    ],
)
def test_context_place_part_of_a_named_town(extract_dated, text, triple, place):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].place is not None and relations[triple].place.label == place


def test_context_no_date_without_expression_or_publication(extract_dated):
    assert extract_dated("Rebels captured the airport.")[("rebels", "capture", "airport")].date is None
    undated = extract_dated("Rebels captured the airport on Friday.", published=None)
    assert undated[("rebels", "capture", "airport")].date is None


@pytest.mark.parametrize(
    "text, triple, place",
    [
        ("Soldiers killed two gunmen in Kandahar on Monday.", ("soldiers", "kill", "gunmen"), "Kandahar"),
        ("Rebels ambushed a convoy near the town of Goma.", ("rebels", "ambush", "convoy"), "Goma"),
        ("Troops shelled the villages north of Aleppo.", ("troops", "shell", "villages"), "Aleppo"),
    ],
)
def test_context_place(extract_dated, text, triple, place):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].place is not None and relations[triple].place.label == place


def test_context_place_is_not_a_participant(extract_dated):
    relations = extract_dated("Rebels captured Hama in the morning.")
    assert relations[("rebels", "capture", "Hama")].place is None


def test_context_fields_in_the_record(extract_dated):
    record = extract_dated("Gunmen burned the market in Kano on Friday, witnesses said.")[
        ("gunmen", "burn", "market")
    ].to_record()
    assert record["date"] == "2022-09-16" and record["date_text"] == "on Friday" and record["date_granularity"] == "day"
    assert record["place"] == "Kano" and record["attributed_to"] == "witnesses" and record["modality"] is None


@pytest.mark.parametrize(
    "text, action, cue",
    [
        ("The rebels are ready to release the hostages.", "release", "ready to"),
        ("Diplomats said Britain and France were unlikely to back the proposal.", "back", "unlikely to"),
    ],
)
def test_context_control_adjective_hedges(extract_texts, text, action, cue):
    (result,) = extract_texts([text])
    found = [r for r in result.relations if r.action == action]
    assert found and all(r.modality == cue for r in found)


def test_context_indirect_question_is_unasserted(nlp):
    from kg.extraction.context import UNASSERTED_CUES, modality

    doc = nlp("Police are investigating whether the driver caused the crash.")
    (caused,) = [t for t in doc if t.lower_ == "caused"]
    assert modality(caused) in UNASSERTED_CUES
    (investigating,) = [t for t in doc if t.lower_ == "investigating"]
    assert modality(investigating) is None


@pytest.mark.parametrize(
    "text, triple, place",
    [
        # a locative phrase the parser hangs on a participant places the event
        ("Militants seized two villages in Idlib province on Tuesday.", ("militants", "seize", "villages"),
         "Idlib province"),
        ("A drone hit a fuel depot in Kherson overnight.", ("drone", "hit", "fuel depot"), "Kherson"),
        ("The police in Lagos arrested 12 suspects.", ("police", "arrest", "suspects"), "Lagos"),
        # a name inside a place noun's phrase is the place
        ("Last month, hackers disabled booking systems at the airport in Bergen.",
         ("hackers", "disable", "booking systems"), "Bergen"),
        ("Police detained three men at a checkpoint near Kirkuk.", ("police", "detain", "men"), "Kirkuk"),
        # "on" a target near a named place: that place
        ("Jets carried out strikes on rebel positions near Idlib on Sunday.", ("jets", "carry out", "strikes"), "Idlib"),
        # "on" with a container that names a place
        ("Floods killed 20 people on the island of Sumatra.", ("floods", "kill", "people"), "Sumatra"),
        # "off" at sea places the event
        ("The navy rescued 40 fishermen off the island of Crete.", ("navy", "rescue", "fishermen"), "Crete"),
        # a place fronted before the reporting verb places the report's events
        ("In Mosul, residents said the gunmen had burned the market.", ("gunmen", "burn", "market"), "Mosul"),
        # ... also a container noun's name ("the enclave of X")
        ("In the farming settlement of Kfar Aza, gunmen killed two guards, police said.",
         ("gunmen", "kill", "guards"), "Kfar Aza"),
        # a trailing participle happens where its main clause does
        ("Rebels shelled a market in Goma on Tuesday, killing nine people.", ("rebels", "kill", "people"), "Goma"),
        # ... and so does the reason or the means given by an -ing clause
        ("Police detained three students in Nakuru for painting slogans on the wall.",
         ("students", "paint", "slogans"), "Nakuru"),
        # a town the recogniser takes for a person is still a place after "in"
        ("Firefighters evacuated residents in Merritt on Friday.", ("firefighters", "evacuate", "residents"),
         "Merritt"),
    ],
)
def test_context_place_from_participants_and_frames(extract_dated, text, triple, place):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].place is not None and relations[triple].place.label == place


@pytest.mark.parametrize(
    "text, triple",
    [
        # a stance is not taken where its matter is
        ("Iran rejected US military action in Iraq.", ("Iran", "reject", "US military action")),
        # an origin is not where the event is
        ("Rebels advanced toward the capital from their bases near the border.",
         ("rebels", "advance toward", "capital")),
    ],
)
def test_context_no_place_from_a_stance_or_an_origin(extract_dated, text, triple):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].place is None


def test_context_place_of_a_participant_is_not_a_trailing_participles(extract_dated):
    # the bridge is near Baiji; the route is cut further off, not in the bridge's town
    relations = extract_dated("Militants blew up a bridge near Baiji, cutting the main supply route to the north.")
    assert relations[("militants", "blow up", "bridge")].place.label == "Baiji"
    assert relations[("militants", "cut", "supply route")].place is None


def test_context_place_of_a_subject_stays_in_its_clause(extract_dated):
    # the second clause has a subject of its own: the shops' district is not where flights were cancelled
    relations = extract_dated("Shops in Nairobi's business district stayed shut, and the airline cancelled several flights.")
    assert relations[("airline", "cancel", "flights")].place is None


@pytest.mark.parametrize(
    "text, triple, start, end",
    [
        # a "when" clause on a date takes that date
        ("The court last ruled on the case in 2015, when it rejected the appeal.", ("court", "reject", "appeal"),
         "2015-01-01", "2015-12-31"),
        # two verbs of one subject, dated once at the end
        ("The minister cancelled a trip to Rome and met the protesters on Saturday.",
         ("minister", "cancel", "trip"), "2022-09-17", "2022-09-17"),
        # a past tense the tagger took for an adjective still takes its date
        ("Last month, hackers disabled booking systems at the airport in Bergen.",
         ("hackers", "disable", "booking systems"), "2022-08-01", "2022-08-31"),
        # a date the parser hangs at the end of the object dates the verb
        ("The tax office fined Baltic Freight 40,000 euros on Thursday and froze its accounts.",
         ("tax office", "fine", "Baltic Freight"), "2022-09-15", "2022-09-15"),
        # a year holds an "after" clause too
        ("In 2019 the company closed the plant after workers went on strike.", ("workers", "go on", "strike"),
         "2019-01-01", "2019-12-31"),
    ],
)
def test_context_date_attachment(extract_dated, text, triple, start, end):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    date = relations[triple].date
    assert date is not None and (date.start, date.end) == (start, end)


def test_context_after_clause_takes_no_day_of_the_main_clause(extract_dated):
    # the driver hit the cyclist before Monday's arrest, at a time not stated
    relations = extract_dated("Police arrested the driver on Monday after he hit a cyclist.")
    assert relations[("police", "arrest", "driver")].date is not None
    assert relations[("driver", "hit", "cyclist")].date is None


def test_context_reporters_own_act_is_not_attributed(extract_dated):
    # "but condemned the arrests" is the monitors' act, narrated, not something they said
    relations = extract_dated("Monitors said polling had been largely peaceful but condemned the arrests of two journalists.")
    assert relations[("monitors", "condemn", "arrests")].attributed_to is None


def test_context_since_gives_no_event_date(extract_dated):
    relations = extract_dated("Rebels have held the town since 2019.")
    assert relations[("rebels", "hold", "town")].date is None


def test_context_time_between_subject_and_verb_dates_the_verb(nlp):
    # as parsed in an article: "on Friday" hung on the subject, before the verb
    from spacy.tokens import Doc

    from kg.extraction.context import time_entities

    doc = Doc(
        nlp.vocab,
        words=["The", "Unit", "on", "Friday", "banned", "the", "runner", "."],
        pos=["DET", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NNP", "IN", "NNP", "VBD", "DT", "NN", "."],
        heads=[1, 4, 1, 2, 4, 6, 4, 4],
        deps=["det", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
        ents=["O", "O", "O", "B-DATE", "O", "O", "O", "O"],
    )
    assert [(ent.text, verb) for ent, verb in time_entities(doc[:], list(doc.ents))] == [("Friday", 4)]


@pytest.mark.parametrize(
    "text, triple, speaker, cue",
    [
        # a reporting verb coordinated with, or adverbial to, a verb with the subject
        ("The spokesman denied the report and said troops had shelled the village.",
         ("troops", "shell", "village"), "spokesman", "say"),
        ("The governor defended the curfew, saying police had arrested 40 looters.",
         ("police", "arrest", "looters"), "governor", "say"),
        # the act a speaker denies doing is reported by the speaker
        ("The firm denied dumping waste in the river.", ("firm", "dump", "waste"), "firm", "deny"),
        # ... also when the parser reads the -ing verb as a modifier of its object
        ("The police denied beating protesters.", ("police", "beat", "protesters"), "police", "deny"),
    ],
)
def test_context_attribution_of_shared_subject_frames(extract_texts, text, triple, speaker, cue):
    (result,) = extract_texts([text])
    found = [r for r in result.relations if (r.actor.label, r.action, r.target.label) == triple]
    assert found and all(r.attributed_to is not None and r.attributed_to.label == speaker for r in found)
    assert all(r.attribution_cue == cue for r in found)


def test_context_lower_case_word_tagged_proper_is_no_name(nlp):
    # "The state weather bureau, PAGASA": the tagger's NNP on "bureau" must not make it a name
    from spacy.tokens import Doc

    from kg.extraction.nodes import DocIndex, mentions_for

    doc = Doc(
        nlp.vocab,
        words=["The", "weather", "bureau", ",", "PAGASA", ",", "warned", "fishermen", "."],
        pos=["DET", "NOUN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "NNP", ",", "NNP", ",", "VBD", "NNS", "."],
        heads=[2, 2, 6, 2, 2, 2, 6, 6, 6],
        deps=["det", "compound", "nsubj", "punct", "appos", "punct", "ROOT", "dobj", "punct"],
        ents=["O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"],
    )
    doc._.kg_coref = {}
    assert [m.label for m in mentions_for(doc[2], DocIndex(doc))] == ["PAGASA"]


# Round of 2026-12-06 (evening): dates and places from heldout3's field errors, on sentences of our own.
def test_context_later_counts_from_the_date_named_before(extract_dated):
    relations = extract_dated("Zambia defaulted on its bonds in 2020 and secured a bailout from the IMF a year later.")
    assert relations[("Zambia", "secure", "bailout")].date.iso == "2021-01-01/2021-12-31"


def test_context_next_week(extract_dated):
    relations = extract_dated("The fund said its experts would visit Lusaka next week.")
    assert relations[("experts", "visit", "Lusaka")].date.iso == "2022-09-19/2022-09-25"


@pytest.mark.parametrize(
    "text, triple, place",
    [
        # the edge of a place is placed by the place it names
        ("Gunmen seized a tanker off the coast of Libya.", ("gunmen", "seize", "tanker"), "Libya"),
        # a compass word hung on a distance
        ("The freighter was approached by two skiffs about 300 nautical miles east of the port of Berbera.",
         ("skiffs", "approach", "freighter"), "Berbera"),
        # a place's own named site, or the place that owns a common noun
        ("In Lagos's Balogun market, hundreds of traders closed their stalls on Monday.",
         ("traders", "close", "stalls"), "Balogun"),
        ("In Kabul's main market, shopkeepers closed their stalls.", ("shopkeepers", "close", "stalls"), "Kabul"),
        # a first verb takes the place of a conjunct sharing its subject and its time
        ("Pirates boarded and seized a tanker off the coast of Libya on Monday.", ("pirates", "board", "tanker"),
         "Libya"),
    ],
)
def test_context_place_of_edges_distances_and_conjuncts(extract_dated, text, triple, place):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].place is not None and relations[triple].place.label == place


def test_context_could_not_is_a_negated_fact(extract_dated):
    # "could not confirm": was unable to, read like "unable to" (negated, not hedged); "could" alone hedges
    relations = extract_dated("The ministry could not independently verify the reports, officials said.")
    relation = relations[("ministry", "verify", "reports")]
    assert relation.negated and relation.modality is None
    assert extract_dated("The dam could flood the valley.")[("dam", "flood", "valley")].modality == "could"


def test_context_name_span_stops_at_an_unclosed_parenthesis(nlp):
    # the recogniser may take in "(NEB" with the long form: the label stops before it. (Built by hand:
    # the model does it only in some contexts.)
    from spacy.tokens import Doc, Span

    from kg.extraction.nodes import entity_label

    doc = Doc(nlp.vocab, words=["the", "National", "Electoral", "Board", "(", "NEB", ")", "said"])
    doc.ents = [Span(doc, 0, 6, label="ORG")]
    start, end = entity_label(doc.ents[0])
    assert doc[start:end].text == "National Electoral Board"


def test_context_a_persons_house_is_no_place(extract_dated):
    assert extract_dated("Police arrested two men in Smith's house.")[("police", "arrest", "men")].place is None


def test_context_fronted_event_noun_dates_the_clause(extract_dated):
    relations = extract_dated("In a separate attack on Friday, rebel fighters killed 12 soldiers near Kidal.")
    assert relations[("rebel fighters", "kill", "soldiers")].date.iso == "2022-09-16"


@pytest.mark.parametrize(
    "text, triple, place",
    [
        # a "where" clause happens in the place it modifies
        ("Smuggling is rife in the Rift Valley, where bandits control the main roads.", ("bandits", "control", "roads"),
         "Rift Valley"),
        # a place fronted before a reporting verb places the report's relative clauses too
        ("In the mountain town of Huaraz, poll workers said they had been threatened by armed men who seized the "
         "ballot boxes.", ("armed men", "seize", "ballot boxes"), "Huaraz"),
    ],
)
def test_context_place_of_where_clauses_and_reports(extract_dated, text, triple, place):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].place is not None and relations[triple].place.label == place


def test_context_second_infinitive_keeps_the_hedge(extract_dated):
    # "promised to build ... and to cut ...": the second "to" is no tense of its own
    relations = extract_dated("The mayor has promised to build new schools and to cut the salaries of city officials.")
    assert relations[("mayor", "cut", "salaries")].modality == "promised to"


def test_context_report_inside_a_report_is_attributed(extract_dated):
    relations = extract_dated("Kenya could not independently confirm the raid, the minister said.")
    relation = relations[("Kenya", "confirm", "raid")]
    assert relation.attributed_to is not None and relation.attributed_to.label == "minister"


def test_context_speakers_own_act_after_their_reported_pluperfect(extract_dated):
    # "said they had seen ... but urged ...": the urging is the speakers' act, not their report
    relations = extract_dated("Observers from the union said they had found no sign of fraud but urged the board "
                              "to count faster.")
    urged = [r for r in relations.values() if r.action == "urge"]
    assert urged and all(r.attributed_to is None for r in urged)
    # not when the report is about someone else: the attack is still reported
    relations = extract_dated("Officials said the rebels had agreed to a truce but attacked a convoy on Monday.")
    attack = relations[("rebels", "attack", "convoy")]
    assert attack.attributed_to is not None and attack.attributed_to.label == "officials"


@pytest.mark.parametrize(
    "text, verdict, charge",
    [
        ("The High Court on Friday convicted Tunde Bakare of bribing customs officers.",
         ("High Court", "convict", "Tunde Bakare"), ("Tunde Bakare", "bribe", "customs officers")),
        ("On Monday the regulator fined Ostrava Steel for dumping waste in the river.",
         ("regulator", "fine", "Ostrava Steel"), ("Ostrava Steel", "dump", "waste")),
    ],
    ids=["convicted-of", "fined-for"],
)
def test_context_charge_of_a_verdict_takes_no_date_of_the_verdict(extract_dated, text, verdict, charge):
    relations = extract_dated(text)
    assert relations[verdict].date is not None
    assert relations[charge].date is None


def test_context_arrested_for_an_act_shares_the_arrests_date(extract_dated):
    # caught in the act: the looting is dated with the arrest (not a verdict on an earlier act)
    relations = extract_dated("Police arrested two men in Ashford on Saturday night for stealing copper cable.")
    assert relations[("police", "arrest", "men")].date is not None
    assert relations[("men", "steal", "copper cable")].date == relations[("police", "arrest", "men")].date


@pytest.mark.parametrize(
    "text, triple, cue",
    [
        ("Farmers blocked roads, demanding that the government reject the trade deal.",
         ("government", "reject", "trade deal"), "demanding"),
        ("The union asked that the company reinstate the workers.", ("company", "reinstate", "workers"), "asked"),
        ("Protesters demanded that the president resign and that parliament dissolve the cabinet.",
         ("parliament", "dissolve", "cabinet"), "demanded"),
    ],
    ids=["demanding-that", "asked-that", "second-that-clause"],
)
def test_context_mandative_that_clause_is_not_a_fact(extract_dated, text, triple, cue):
    assert extract_dated(text)[triple].modality == cue


def test_context_insisting_on_a_past_fact_is_still_a_report(extract_dated):
    # "insisted that the army had killed": a claim about the past (attribution), not a demand
    assert extract_dated("He insisted that the army had killed civilians.")[("army", "kill", "civilians")].modality is None


@pytest.mark.parametrize(
    "text, triple, dated, iso",
    [
        # a time between the reporting verb and the reported clause's subject dates the saying
        ("The union said on Friday it would block the port.", ("union", "block", "port"), None, None),
        ("Sudan's army said on Wednesday it had repelled an attack by the RSF.", ("army", "repel", "attack"),
         None, None),
        # a clause in another tense is set in a time of its own
        ("Hungary blocked the aid package on Friday, as Ukraine struggles to pay salaries.",
         ("Ukraine", "pay", "salaries"), ("Hungary", "block", "aid package"), "2022-09-16"),
        # a weekday after a maker's participle dates the main event, not the making
        ("India ordered the recall of a cough syrup made by Marion Biotech on Friday.",
         ("Marion Biotech", "make", "cough syrup"), ("India", "order", "recall"), "2022-09-16"),
        # a time still to come after a reduced relative is the main event's (no past participle takes it)
        ("Inspectors will audit farms managed by Agro Sur next week.",
         ("Agro Sur", "manage", "farms"), ("inspectors", "audit", "farms"), "2022-09-19/2022-09-25"),
        # a time after a state's participle is the main event's, not the state's
        ("Police seized a truck owned by a local trader last week.",
         ("local trader", "own", "truck"), ("police", "seize", "truck"), "2022-09-05/2022-09-11"),
        # "by X" bounds the act (a deadline or a completion), it does not date it
        ("Engineers had repaired the pipeline by Monday evening.", ("engineers", "repair", "pipeline"), None, None),
        # the saying's time does not date the circumstance it is said in
        ("Flooding has displaced 3,000 families, officials said on Monday, as heavy rains cut roads.",
         ("rains", "cut", "roads"), None, None),
        # a past act is not dated after publication: the time is its object's, still to come
        ("The opposition called for a general strike next week.", ("opposition", "call for", "general strike"),
         None, None),
        ("The ministry announced new elections next month.", ("ministry", "announce", "elections"), None, None),
    ],
)
def test_context_a_time_that_is_not_the_acts(extract_dated, text, triple, dated, iso):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].date is None
    if dated is not None:
        assert relations[dated].date.iso == iso


# --- Round of 2026-12-07 (heldout6 opened): constructions read from its misses, tested on
# sentences of our own ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, triple, speaker, wrong",
    [
        # speakers the parser hung on the last object as its conjuncts: they say it, nobody hurt them
        ("The ferry struck a reef near Lamu, injuring 12 crew, coastguard and port officials said.",
         ("ferry", "injure", "crew"), "coastguard", ("ferry", "injure", "port officials")),
        # ... or as a second object of a participle
        ("The storm flattened 300 homes, forcing thousands to flee, aid workers and local officials said.",
         ("storm", "flatten", "homes"), "aid workers", ("storm", "force", "aid workers")),
    ],
)
def test_context_speakers_taken_for_objects_say_it(extract_dated, text, triple, speaker, wrong):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].attributed_to is not None and relations[triple].attributed_to.label == speaker
    assert wrong not in relations


@pytest.mark.parametrize(
    "text, triple, speaker, cue",
    [
        # verbs of claiming frame their clause as the claimant's account
        ("Farmers complained that the mill had polluted the river.", ("mill", "pollute", "river"), "farmers", "complain"),
        ("The defence argued that detectives had coerced the witness.", ("detectives", "coerce", "witness"), "defence", "argue"),
        ("The bank acknowledged that traders had manipulated the rate.", ("traders", "manipulate", "rate"), "bank", "acknowledge"),
    ],
)
def test_context_claiming_verb_attributes_its_clause(extract_dated, text, triple, speaker, cue):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    relation = relations[triple]
    assert relation.attributed_to is not None and relation.attributed_to.label.lower() == speaker
    assert relation.attribution_cue == cue


@pytest.mark.parametrize(
    "text, triple, speaker, cue",
    [
        # a verb of finding with a "that" clause gives a finding of its subject
        ("An inquiry concluded that the airline had falsified maintenance records.",
         ("airline", "falsify", "maintenance records"), "inquiry", "conclude"),
        ("The court ruled that the ministry had violated the constitution.",
         ("ministry", "violate", "constitution"), "court", "rule"),
    ],
)
def test_context_finding_verb_attributes_its_clause(extract_dated, text, triple, speaker, cue):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    relation = relations[triple]
    assert relation.attributed_to is not None and relation.attributed_to.label.lower() == speaker
    assert relation.attribution_cue == cue


def test_context_finding_an_object_is_no_report(extract_dated):
    relations = extract_dated("Rescuers found the bodies in a ravine.")
    assert relations[("rescuers", "find", "bodies")].attributed_to is None


@pytest.mark.parametrize(
    "text, triple",
    [
        # the "to" date of a verb that moves an event in time is the new time, not the act's
        ("The electoral commission postponed the runoff to June 12.", ("electoral commission", "postpone", "runoff")),
        ("The company will delay the launch of the new model to 2027.", ("company", "delay", "launch")),
    ],
)
def test_context_rescheduled_to_date_gives_no_event_date(extract_dated, text, triple):
    relations = extract_dated(text)
    assert triple in relations, sorted(relations)
    assert relations[triple].date is None

"""Pronouns in longer wire reports with several actors in reach: agreement of bodies and of
plural speakers, partitives in reported clauses, parallel reported clauses, speakers that
NER misnames, and pronouns that refer to nothing. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a plural description resolved to a first mention the noun alone makes things
        (("Cycling's commissaires disqualified a rider from Tavira on Monday. The commissaires said they "
          "had studied footage of the sprint and found that Ruiz had swerved. They said his team had not "
          "appealed."), "They", 0, ["commissaires"]),
        # a singular body noun is "it" that urges and says, not a thing
        (("Chile's seismological department warned that strong aftershocks would continue for days. "
          "It urged residents of the coast to stay away from their houses."), "It", 0, ["department"]),
        (("The charity warned that the drought would get worse before the rains. "
          "It urged donors to double their pledges."), "It", 0, ["charity"]),
    ],
    ids=["mindful-plural-description", "body-urges", "body-orders"],
)
def test_coref_pronoun17_agreement(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the reporter of a partitive's clause is not the set it counts
        (("Regional officials said the valley had about 80 farms and that most of them were flooded."),
         "them", 0, ["farms"]),
        (("Border guards said they had detained 25 migrants near Lesvos. They said some of them "
          "had been taken to hospital."), "them", 0, ["migrants"]),
        # nothing else fits: better unresolved than the reporter
        (("Customs officers said they had found cocaine in a lorry driven by one of them."),
         "them", 0, None),
    ],
    ids=["most-of-them-counted", "some-of-them-reported-by-they", "one-of-them-unresolved"],
)
def test_coref_pronoun17_partitive_in_reported_clause(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the second of two conjoined reported clauses goes on with the first one's subject
        (("The coach, Carlos Vidal, said Okafor had played through the pain and that he deserved "
          "his place in the final."), "he", 0, ["Okafor"]),
        (("The coach, Carlos Vidal, said Okafor had played through the pain and that he deserved "
          "his place in the final."), "his", 0, ["Okafor"]),
        # "its own" binds to its clause's subject, not to the speaker
        (("The ministry said its auditors found that the hospital had ignored complaints from its own "
          "nurses."), "its", 1, ["hospital"]),
        # ... but in a copula's clause the speaker keeps it
        (("Armenia rejects the claim. It says the valley is part of its own territory."),
         "its", 0, ["Armenia"]),
    ],
    ids=["parallel-reported-subject", "possessive-of-subject-pronoun", "its-own-clause-subject",
         "its-own-copula-speaker"],
)
def test_coref_pronoun17_reported_clauses(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a name only NER calls a person, whose report has "it" for subject, is a body
        ("Freight rates rose after the strike began. Halvorsen said it was monitoring the situation.", "it", 0,
         ["Halvorsen"]),
    ],
    ids=["speaker-misnamed-person"],
)
def test_coref_pronoun17_speaker_named_by_ner(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The port operator said its cranes were idle. A spokeswoman said it was too early to say when work would resume.",
        "The agency opened an inquiry into the crash. It was unclear whether the pilot had radioed for help.",
        "The utility cut power to 20,000 homes. It is expected that supplies will return by Friday.",
    ],
    ids=["too-early-to-say", "unclear-whether", "expected-that"],
)
def test_coref_pronoun17_extraposed_it_is_unresolved(nlp, text):
    doc = nlp(text)
    extraposed = [t for t in doc if t.lower_ == "it" and t.i >= list(doc.sents)[0].end][0]
    assert extraposed.i not in doc._.kg_coref


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a reporting verb in a subordinate clause is an event, not a frame of attribution
        (("Halden Mining said output had recovered in March. Shares in Brevik Energy fell 4 percent "
          "after it announced a loss."), "it", 0, ["Energy"]),
        # "fined" is lemmatised "fin": still a verb of blaming
        (("The labour inspectorate fined Corvo Logistics 2 million euros on Monday, saying it had "
          "ignored safety rules."), "it", 0, ["Logistics"]),
        # a source two sentences back yields to the subject in between
        (("The International Red Cross said on Friday that the camps were overcrowded. Chad's interior "
          "ministry has registered 40,000 new arrivals since June. It said most had come from Darfur."),
         "It", 0, ["ministry"]),
        # a reporting pronoun is what a generic source is
        (("Greek coastguard officials said 200 migrants had landed on Lesvos overnight. Most of them "
          "were from Afghanistan, they said."), "they", 0, ["officials"]),
        # arguing is done by people and bodies, not by a law
        (("The ordinance was challenged by Fairvote, a civil rights group based in Denver. It argued "
          "that the rule would keep poor voters from the polls."), "It", 0, ["Fairvote"]),
        # "their" after "and" is the first conjunct, once "teens" is a person noun
        ("The charity runs camps for teens and their families in the summer.", "their", 0, ["teens"]),
        # a share of what the fined one owns
        (("The regulator can fine Kestrel up to 6 percent of its annual revenue if it finds that the "
          "rules were broken."), "its", 0, ["Kestrel"]),
        # a number resolved to a counted set stands for it
        (("Detectives arrested two men in Leeds on Tuesday. Investigators said the gang had "
          "laundered 3 million pounds. The two will appear in court on Friday. Their lawyers declined "
          "to comment."), "Their", 0, ["men"]),
    ],
    ids=["after-it-announced", "fined-saying", "source-two-back", "they-said-generic-source", "argue-mindful",
         "teens-and-their", "fine-share-of-its", "the-two-their"],
)
def test_coref_pronoun17_frames_and_owners(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a fronted adverbial clause's pronoun is the main clause's subject named after it
        (("Hundreds of farmers blocked the motorway near Lille with tractors. After they cleared the "
          "road, gendarmes arrested six drivers."), "they", 0, ["gendarmes"]),
        # no noun holding a pronoun is what it stands for
        (("Paris said it would not change course. Berlin's support for its neighbour was firm, "
          "officials said."), "its", 0, ["Berlin"]),
        # only an event happens
        (("The Dutch government condemned the raid on its embassy. It asked Caracas to stop it from "
          "happening again."), "it", 0, None),
        # an adverbial clause with a subject of its own owns its possessive, not the speaker
        (("The pilots' association said it would call more stoppages in May if the airline did not "
          "raise its offer."), "its", 0, ["airline"]),
    ],
    ids=["cataphora-after-they", "phrase-holds-pronoun", "prevent-it-from-happening-not-the-body", "if-clause-owner"],
)
def test_coref_pronoun17_clauses_and_phrases(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected



@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the penalised one is what the report after a penalty is about
        (("Washington imposed sanctions on three Turkish shipping firms on Friday, saying they had "
          "carried Iranian oil."), "they", 0, ["firms"]),
        # a name the tagger took for a plural noun, set beside a body noun, is a body
        (("Russia's Luna-25 spun out of control and crashed on Saturday after its engines fired for too "
          "long. Roscosmos, the Russian space agency, said it had set up a commission to find out what "
          "went wrong."), "it", 0, ["Roscosmos"]),
    ],
    ids=["imposed-sanctions-on-saying", "name-with-body-apposition"],
)
def test_coref_pronoun17_penalties_and_bodies(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected

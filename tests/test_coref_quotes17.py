"""Pronouns inside the quotations of witnesses, victims and officials: a "they" acting on the
speaker's side ("They beat us", "They kept me in a cell") is the party the article has shown
acting on the speaker or on people, never the speaker's own group; with no such act in reach
it is left as the other rules leave it. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the freed group is the speaker's side: "they" is whoever seized them
        (("Armed men seized four engineers from a supply vessel off Bonny in May. The four, two Britons "
          "and two Ghanaians, were freed on Sunday. \"They beat us every day,\" said Tom Hale, a welder."),
         "They", 0, ["men"]),
        # the released men are the speaker's side, though nearer: "they" is whoever took them
        (("Gunmen abducted 11 road workers near Zinder in June. The men, all employees of a Chinese "
          "contractor, were released on Friday. \"They tied our hands and moved us every night,\" said one "
          "of them, Issa Maman."), "They", 0, ["Gunmen"]),
        # an act on the speaker himself, by a by-agent, before people acted on like him
        (("Lina Haddad, a teacher from Homs, was detained by security agents in April and held for six "
          "months without charge. Haddad said other women in her cell were denied visits. \"They kept me "
          "in a cell without light,\" Haddad told reporters."), "They", 0, ["agents"]),
        # "us" the subject of the clause the verb takes: the speaker and those held with him
        (("Security agents arrested the poet Idris Kamal at his home in March. Kamal and two other writers "
          "were held in a military barracks. \"They wanted us to sign confessions,\" Kamal said on Monday."),
         "They", 0, ["agents"]),
    ],
    ids=["freed-group-not-captors", "released-men-not-captors", "by-agent-on-speaker", "us-subject-of-clause"],
)
def test_coref_quotes17_they_acting_on_speakers_side(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # no first-person object: the speaker's own team is left to the other rules
        (("Police arrested two men over the fire on Monday. Firefighters fought the blaze for ten hours. "
          "\"They worked all night,\" fire chief Ana Ruiz said of her crews."), "They", 0, ["Firefighters"]),
        # no act by people on people in reach: nothing to take
        (("The storm cut power to 40,000 homes on the island. \"They have not told us when it will come "
          "back,\" said resident Maria Lopes."), "They", 0, None),
    ],
    ids=["own-team-untouched", "no-act-in-reach"],
)
def test_coref_quotes17_they_left_alone(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # a "they" acting on the speaker is people or a body: a thing in reach is no antecedent
        (("Police raided the offices of the weekly Lusaka Voice on Monday night. \"We acted within the "
          "law,\" police spokesman John Banda said. Editor Jane Phiri said the raid was an attempt to "
          "silence the paper over its reporting on land deals. \"They can take our computers, but they "
          "cannot take our readers,\" Phiri said."), "They", 0, None),
        # after a first-person clause, "they" is the "them" it spoke to, not the attackers
        (("Bandits raided the village of Kore on Sunday and stole 200 cattle. Villagers said they had "
          "warned soldiers at a nearby base. \"We told them the bandits were coming, and they did "
          "nothing,\" said village chief Amadou Sow."), "they", 1, None),
    ],
    ids=["no-thing-for-they", "they-after-we-told-them"],
)
def test_coref_quotes17_better_unresolved(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # the speaker named by surname alone, the act on a noun his title repeats, and the same
        # speaker's next "them" with no other plural between
        (("Peru's football federation suspended the president of club Atletico Grau for two years on "
          "Tuesday after players and officials attacked a referee after a league match.\n\nReferee Diego "
          "Haro was punched and kicked in the tunnel after Sunday's 3-1 defeat to Melgar, the federation "
          "said.\n\n\"They surrounded me and hit me in the face,\" Haro told Radio Nacional. \"Nobody from "
          "the club stopped them.\""), "They", 0, ["players", "officials"]),
        (("Peru's football federation suspended the president of club Atletico Grau for two years on "
          "Tuesday after players and officials attacked a referee after a league match.\n\nReferee Diego "
          "Haro was punched and kicked in the tunnel after Sunday's 3-1 defeat to Melgar, the federation "
          "said.\n\n\"They surrounded me and hit me in the face,\" Haro told Radio Nacional. \"Nobody from "
          "the club stopped them.\""), "them", 0, ["players", "officials"]),
    ],
    ids=["speakers-title-by-surname", "same-speakers-next-them"],
)
def test_coref_quotes17_other_side_across_quotes(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "expected"),
    [
        # one of the accusers calls his own side "we": his "they" is the accused
        (("Fishermen accused the port authority of selling their moorings to a hotel group. \"They never "
          "asked us,\" said fisherman Tiago Rocha."), "They", 0, ["authority"]),
        (("Residents accused the city council of ignoring warnings about the drains. \"They knew the "
          "drains were blocked and did nothing,\" said trader Jose Macuacua."), "They", 0, ["council"]),
        # a copula may describe the accusers: left to the other rules
        (("Parents blamed the school board for the closure of two village schools on Monday. \"They are "
          "angry and tired,\" said Mayor Rui Costa."), "They", 0, ["Parents"]),
    ],
    ids=["accusers-they-is-accused", "accusers-they-knew", "copula-left-alone"],
)
def test_coref_quotes17_accusers_they(nlp, text, pronoun, nth, expected):
    assert antecedents(nlp(text), pronoun, nth) == expected

"""Definite descriptions on fresh wire text (round 18): the client of a lawyer the article did
not name. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("A court in Accra jailed businessman Kofi Mensah for six years for fraud. "
          "His lawyer said his client would appeal."), "client", 0, ["Mensah"]),
        (("The tribunal fined former port manager Lindiwe Zulu on Friday. "
          "Her lawyer told reporters her client had done nothing wrong."), "client", 0, ["Zulu"]),
    ],
    ids=["his-lawyer", "her-lawyer"],
)
def test_coref_nominal18_client_of_an_unnamed_lawyer(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # "the lender" is the bank said just before, not another bank named since
        (("Malawi's central bank suspended two officials on Monday after a cyber attack. The bank said thieves "
          "had stolen 12 million dollars. The Standard Bank of South Africa had flagged the payments. "
          "The lender said it had called in the police."), "lender", 0, ["bank"]),
    ],
    ids=["lender-after-the-bank"],
)
def test_coref_nominal18_the_lender_is_the_bank_said_before(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("LIMA, Peru -- Peruvian police seized 3 tonnes of cocaine at the port of Callao on Tuesday. Officers "
          "arrested four dock workers. Gangs have turned the country into a major transit route for cocaine."),
         "country", 0, ["Peru"]),
        # named in the body too: the latest name there, as before
        (("LIMA, Peru -- Peruvian police seized 3 tonnes of cocaine at the port of Callao on Tuesday. Peru has "
          "become a major transit route for cocaine. Gangs pay dock workers to hide the drugs in the country."),
         "country", 0, ["Peru"]),
    ],
    ids=["named-only-in-the-dateline", "named-in-the-body"],
)
def test_coref_nominal18_the_country_of_the_dateline(nlp, text, word, nth, expected):
    doc = nlp(text)
    assert antecedents(doc, word, nth) == expected
    assert [t.i for t in doc if t.text == "Peru"][-1] in doc._.kg_coref[[t.i for t in doc if t.text == word][nth]]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("A tribunal in Lausanne cleared marathon runner Grace Wanjiru of doping on Friday. The athlete had "
          "been suspended since March."), "athlete", 0, ["Wanjiru"]),
        (("Pakistani cricket star Imran Baig announced his retirement on Sunday. The board praised the player "
          "for his loyalty."), "player", 0, ["Baig"]),
        # two sportspeople in the story: "the athlete" stays open
        (("Sprinter Tomas Ruiz beat swimmer Ana Ferreira in a charity race on Sunday. The athlete donated the "
          "prize to a hospital."), "athlete", 0, None),
        # no one introduced as a sportsperson: "the player" is no description of the minister
        (("Sports Minister Kofi Adu opened a new stadium in Kumasi on Monday. The player of the year will "
          "receive a car."), "player", 0, None),
    ],
    ids=["runner", "cricket-star", "two-sportspeople", "no-sportsperson"],
)
def test_coref_nominal18_the_athlete_is_the_sportsperson_introduced(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("Mali's military government on Monday suspended the licence of Canadian gold miner Barrick Mining. "
          "The junta accused the company of owing 500 million dollars in taxes."), "junta", 0, ["government"]),
        # no military rulers said before: not the rebel army nor the company named
        (("The Shan State Army said on Friday it had captured two towns from government troops. "
          "The junta did not comment."), "junta", 0, None),
    ],
    ids=["military-government", "no-rulers-said"],
)
def test_coref_nominal18_the_junta_is_the_military_rulers_said_before(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


def test_coref_nominal18_the_gang_is_no_public_body(nlp):
    doc = nlp("Spanish police arrested eight men suspected of smuggling hashish from Morocco. The gang, led by "
              "a former boxer, used speedboats. The Civil Guard seized four boats in raids in Cadiz. "
              "The gang stored the drugs in a farmhouse.")
    assert antecedents(doc, "gang", 1) == ["gang"]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # a name introduced by any company trade of the description tables is a company
        (("Brazilian planemaker Embraer won an order for 20 jets from SkyWest Airlines on Friday. Embraer's "
          "shares rose 4 percent in Sao Paulo. The Brazilian firm will deliver the jets in 2027."),
         "firm", 0, ["Embraer"]),
        # a name called by one trade is not a description of another
        (("Finnish steelmaker Outokumpu Steel won a large order from Volvo on Monday. The automaker will buy "
          "200,000 tonnes of steel a year."), "automaker", 0, ["Volvo"]),
    ],
    ids=["planemaker-is-a-company", "steelmaker-is-no-automaker"],
)
def test_coref_nominal18_company_trades(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected


def test_coref_nominal18_a_speakers_body_has_the_descriptions_nationality(nlp):
    doc = nlp("Japanese carmaker Toyota Motor sold more cars than Volkswagen last year. Volkswagen's chief "
              "executive, Oliver Blume, said the Japanese carmaker had moved faster on hybrids.")
    assert antecedents(doc, "carmaker", 1) == ["Motor"]

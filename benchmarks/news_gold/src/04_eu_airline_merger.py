META = {"id": "news-gold-04", "date": "2026-02-05"}

TEXT = """
EU regulators block Nordlys takeover of rival airline SkyBaltic

BRUSSELS, Belgium - The European Commission on Wednesday blocked Norwegian carrier Nordlys Air's planned 2.1 billion euro takeover of Latvian rival SkyBaltic, saying the deal would have raised fares on dozens of routes.
Competition Commissioner Anna Lindqvist said Nordlys had refused to give up enough landing slots at Riga airport.
"Without those remedies, passengers would have faced higher prices and fewer choices," she told a news conference.
Nordlys said it was disappointed and would consider an appeal to the EU's General Court in Luxembourg.

Shares in Nordlys fell 6 percent in Oslo trading.
SkyBaltic, which is 40 percent owned by the Latvian state, said it would now look for other partners.
Latvia's economy minister, Janis Ozols, said the government might inject fresh capital into the carrier if no buyer emerged by the summer.
The carrier lost 85 million euros last year and cut 300 jobs.

The Commission last blocked an airline merger in 2013, when it stopped Ryanair from buying Aer Lingus.
The deal was first announced by the two companies in March 2025.
Consumer groups had urged Brussels to block it, arguing that fares on Baltic routes had already risen by a third since 2022.
Nordlys, founded by shipping magnate Olav Berg in 1998, operates 140 aircraft.
Analysts at Bernstein said Nordlys could instead bid for Finnish regional carrier Nordic Regional.
A Nordlys spokeswoman declined to comment on that possibility.

The decision is the first major test for Lindqvist, who took office in December.
She has promised to take a tougher line on mergers that reduce competition.
Germany's Lufthansa, which bought a stake in Italy's ITA Airways in 2025, was not affected by the ruling.
Airline consolidation in Europe has been slowed by tight competition rules.
Nordlys reported a record profit of 410 million euros for 2025 on Jan. 29.
"""

EC = ["European Commission", "Commission"]
NA = ["Nordlys Air", "Nordlys"]
AL = "Anna Lindqvist"
SB = "SkyBaltic"

ALIASES = {"European Commission": ["Commission", "Brussels"], "Nordlys Air": ["Nordlys"], "takeover": ["deal"]}

RELS = [
    R("EU regulators block", ["EU regulators", "regulators", "European Commission"], "block", ["takeover", "Nordlys takeover"]),
    R("on Wednesday blocked", EC, "block", "takeover", date="wed"),
    R("the deal would have raised fares", "deal", "raise", "fares", mod="would", attr=EC),
    R("had refused to give up", NA, "refuse", ["landing slots", "slots"], "control", attr=AL, place=["Riga airport", "Riga"]),
    R("had refused to give up", NA, "give up", ["landing slots", "slots"], "control", neg=True, attr=AL, place=["Riga airport", "Riga"]),
    R("would consider an appeal", NA, "consider", "appeal", "pronoun", mod="would", attr=NA),
    R("which is 40 percent owned", ["Latvian state", "state"], "own", SB, "relative passive"),
    R("would now look for other partners", SB, "look for", "partners", "prepositional pronoun", mod="would", attr=SB),
    R("might inject fresh capital", ["government", "Latvian government"], "inject", ["capital", "fresh capital"], mod="might", attr="Janis Ozols"),
    R("The carrier lost", SB, "lose", ["euros", "85 million euros"], "nominal_anaphora", date="year:2025"),
    R("cut 300 jobs", SB, "cut", "jobs", "conjunction nominal_anaphora", date="year:2025"),
    R("last blocked an airline merger", EC, "block", "airline merger", "nominal_anaphora", date="year:2013"),
    R("when it stopped Ryanair", EC, "stop", "Ryanair", "pronoun", date="year:2013"),
    R("was first announced by the two companies", ["companies", "Nordlys Air", SB], "announce", "deal", "passive", date="month:2025-03"),
    R("had urged Brussels", "consumer groups", "urge", EC + ["Brussels"]),
    R("founded by shipping magnate", "Olav Berg", "found", NA, "reduced_passive", date="year:1998"),
    R("operates 140 aircraft", NA, "operate", "aircraft"),
    R("could instead bid for", NA, "bid for", "Nordic Regional", "prepositional", mod="could", attr="analysts"),
    R("declined to comment", ["spokeswoman", "Nordlys spokeswoman"], "comment on", "possibility", "control prepositional", neg=True),
    R("She has promised", AL, "promise", ["line", "tougher line"], "pronoun control"),
    R("She has promised", AL, "take", ["line", "tougher line"], "pronoun control", mod="promised to"),
    R("mergers that reduce competition", "mergers", "reduce", "competition", "relative"),
    R("which bought a stake", "Lufthansa", "buy", "stake", "relative", date="year:2025"),
    R("was not affected by the ruling", "ruling", "affect", "Lufthansa", "passive", neg=True),
    R("has been slowed by tight competition rules", "competition rules", "slow", ["airline consolidation", "consolidation"], "passive"),
    R("Nordlys reported a record profit", NA, "report", ["profit", "record profit"], date="2026-01-29"),
]

COREF = [
    C("she told a news conference", "she", AL),
    C("would consider an appeal", "it", "Nordlys Air"),
    C("would now look for other partners", "it", SB),
    C("might inject fresh capital", "the carrier", SB, "nominal"),
    C("The carrier lost", "The carrier", SB, "nominal"),
    C("when it stopped Ryanair", "it", "European Commission"),
    C("had urged Brussels", "it", "takeover"),
    C("She has promised", "She", AL),
]

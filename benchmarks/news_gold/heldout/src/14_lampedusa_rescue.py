META = {"id": "news-heldout-14", "date": "2026-07-18"}

TEXT = """
Charity ship rescues 112 migrants after boat capsizes off Lampedusa

LAMPEDUSA, Italy - A charity ship pulled 112 people from the sea off the Italian island of Lampedusa on Friday after their wooden boat capsized in rough weather, the Italian coast guard said.
Survivors said at least 30 people, including several children, had been swept away by waves.
The ship, Sea Haven, is operated by the German aid group SeaBridge, which has carried out more than 40 rescue missions in the central Mediterranean since 2019.
Its captain, Jonas Weber, said the crew had spotted the overcrowded boat at dawn but could not reach it before it overturned.
"The waves pushed people under the hull, and we pulled children out of the water with ropes," he said.
The survivors, mostly from Sudan, Eritrea and Bangladesh, told rescuers they had paid smugglers up to $4,000 each for the crossing from the Libyan port of Zuwara.

Malta's armed forces, which are responsible for a vast search and rescue zone, refused to send a patrol boat, the charity said.
Maltese officials did not respond to requests for comment.
Italy's interior ministry ordered the Sea Haven to take the survivors to the port of Genoa, a journey of four days, rather than to nearby Sicily.
Aid groups accuse Prime Minister Marco Bellini's government of using distant ports to keep charity ships away from migrant routes.
The ministry said the order complied with international law and that reception centres in Genoa could house all the migrants.
SeaBridge said it would defy the order if any survivor needed urgent medical care.
Italian authorities impounded the Sea Haven for 20 days in March, saying its crew had ignored instructions from the Libyan coast guard.

The Libyan coast guard, which receives funding and training from the European Union, has intercepted more than 9,000 migrants at sea this year, according to the UN refugee agency (UNHCR).
Rights groups say migrants returned to Libya face torture and extortion in detention centres.
The International Organization for Migration (IOM) said more than 1,400 people had died on the central Mediterranean route this year.
In June 2023, an overcrowded fishing boat sank off the Greek town of Pylos, killing hundreds of people.
Survivors accused the Greek coast guard of causing the disaster by trying to tow the boat, a charge it denied.
The European Union agreed a migration pact in 2024 that will tighten border checks and speed up deportations.
Italy and Greece have pressed other EU members to take in more asylum seekers.
"""

SH = ["Sea Haven", "charity ship", "ship"]
ICG = ["Italian coast guard", "coast guard"]
CREW = ["crew", "Sea Haven crew"]
JW = "Jonas Weber"
AFM = ["armed forces", "Malta's armed forces", "Maltese armed forces", "Armed Forces of Malta", "Malta"]
IM = ["interior ministry", "Italian interior ministry", "Italy's interior ministry", "ministry"]
IA = ["Italian authorities", "authorities"]
LCG = ["Libyan coast guard", "coast guard"]
GCG = ["Greek coast guard", "coast guard"]
BOAT = ["boat", "overcrowded boat", "wooden boat"]
PACT = ["migration pact", "pact"]
UNHCR = ["UNHCR", "UN refugee agency"]

ALIASES = {
    "Sea Haven": ["charity ship", "ship"],
    "interior ministry": ["Italian interior ministry", "Italy's interior ministry"],
    "fishing boat": ["boat", "overcrowded fishing boat"],
    "boat": ["wooden boat", "overcrowded boat"],
}

RELS = [
    R("Charity ship rescues 112 migrants", SH, "rescue", "migrants"),
    R("pulled 112 people from the sea", SH, "pull", "people", attr=ICG, date="fri", place="Lampedusa"),
    R("had been swept away by waves", "waves", "sweep away", "people", "passive", attr="survivors"),
    R("is operated by the German aid group", "SeaBridge", "operate", SH, "passive apposition nominal_anaphora"),
    R("which has carried out more than 40 rescue missions", "SeaBridge", "carry out", "rescue missions", "relative",
      place=["central Mediterranean", "Mediterranean"]),
    R("the crew had spotted the overcrowded boat", CREW, "spot", BOAT, attr=JW),
    R("could not reach it", CREW, "reach", BOAT, "conjunction pronoun", neg=True, attr=JW),
    R("The waves pushed people under the hull", "waves", "push", "people", attr=JW),
    R("we pulled children out of the water", [JW] + CREW, "pull", "children", "conjunction pronoun", attr=JW),
    R("they had paid smugglers", "survivors", "pay", "smugglers", "pronoun", attr="survivors"),
    R("refused to send a patrol boat", AFM, "refuse", "patrol boat", "control", attr="SeaBridge"),
    R("refused to send a patrol boat", AFM, "send", "patrol boat", "control", neg=True, attr="SeaBridge"),
    R("Maltese officials did not respond", ["Maltese officials", "officials"], "respond to", "requests", "prepositional", neg=True),
    R("ordered the Sea Haven", IM, "order", SH, "control"),
    R("Aid groups accuse", "aid groups", "accuse", ["government", "Italian government", "Marco Bellini's government"]),
    R("the order complied with international law", "order", "comply with", "international law", "prepositional", attr=IM),
    R("could house all the migrants", "reception centres", "house", "migrants", "conjunction", mod="could", attr=IM),
    R("it would defy the order", "SeaBridge", "defy", "order", "pronoun", mod=["would", "if"], attr="SeaBridge"),
    R("if any survivor needed", "survivor", "need", ["medical care", "urgent medical care"], mod="if", attr="SeaBridge"),
    R("impounded the Sea Haven", IA, "impound", SH, date="month:2026-03"),
    R("its crew had ignored instructions", CREW + ["Sea Haven"], "ignore", "instructions", "pronoun", attr=IA),
    R("which receives funding and training", LCG, "receive", "funding", "relative conjunction", attr=UNHCR),
    R("which receives funding and training", LCG, "receive", "training", "relative conjunction", attr=UNHCR),
    R("has intercepted more than 9,000 migrants", LCG, "intercept", "migrants", attr=UNHCR, date="year:2026"),
    R("face torture and extortion", "migrants", "face", "torture", "conjunction", attr="rights groups"),
    R("face torture and extortion", "migrants", "face", "extortion", "conjunction", attr="rights groups"),
    R("killing hundreds of people", ["fishing boat", "overcrowded fishing boat", "boat"], "kill", "people", "participial",
      date="month:2023-06", place="Pylos"),
    R("Survivors accused the Greek coast guard", "survivors", "accuse", GCG),
    R("a charge it denied", GCG, "deny", "charge", "relative pronoun"),
    R("agreed a migration pact", ["European Union", "EU"], "agree", PACT, date="year:2024"),
    R("that will tighten border checks", PACT, "tighten", "border checks", "relative", mod="will"),
    R("speed up deportations", PACT, "speed up", "deportations", "relative conjunction", mod="will"),
    R("have pressed other EU members", "Italy", "press", ["EU members", "members"], "control conjunction"),
    R("have pressed other EU members", "Greece", "press", ["EU members", "members"], "control conjunction"),
]

COREF = [
    C("after their wooden boat capsized", "their", "people"),
    C("is operated by the German aid group", "The ship", "Sea Haven", "nominal"),
    C("Its captain, Jonas Weber", "Its", "Sea Haven"),
    C("could not reach it", "it", "boat", "pronoun", 1),
    C("could not reach it", "it", "boat", "pronoun", 2),
    C("The waves pushed people under the hull", "he", JW),
    C("they had paid smugglers", "they", "survivors"),
    C("refused to send a patrol boat", "the charity", "SeaBridge", "nominal"),
    C("the order complied with international law", "The ministry", "interior ministry", "nominal"),
    C("it would defy the order", "it", "SeaBridge"),
    C("its crew had ignored instructions", "its", "Sea Haven"),
    C("a charge it denied", "it", "Greek coast guard"),
    C("by trying to tow the boat", "the boat", "fishing boat", "nominal"),
]

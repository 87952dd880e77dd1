META = {"id": "news-heldout3-21", "date": "2026-09-25"}

TEXT = """
Indian commandos free crew of ship hijacked by pirates off Somalia

MOGADISHU, Somalia - Armed pirates boarded and seized a Liberian-flagged bulk carrier off the coast of Somalia's Puntland region on Thursday, the European Union's naval force, Atalanta, said.
The MV Nordic Crest, carrying 55,000 tonnes of iron ore from Brazil to China, was approached by two skiffs about 300 nautical miles east of the port of Eyl, the force said in a statement.
Its 21 crew members, all from the Philippines and Ukraine, locked themselves in a safe room and cut the ship's engines before the pirates reached the bridge.
Commandos from the Indian navy destroyer INS Kolkata freed the crew overnight after a brief exchange of fire with the pirates, India's defence ministry said on Friday.
The commandos killed two pirates and detained nine others, the ministry said, adding that none of the sailors had been hurt.
"Our team boarded the ship within minutes and secured it without any loss of life," said navy spokesman Commander Vikram Nair.

The Nordic Crest is owned by Oslo-based Halvorsen Bulk, which said in a statement that the ship would resume its voyage to Qingdao once it had been inspected.
The company thanked the Indian navy and said it had not been contacted by the pirates before the rescue.
Halvorsen Bulk's chief executive, Ingrid Solberg, told Reuters the company would not change its routes but would hire armed guards for its ships in the region.

Insurers have raised war-risk premiums for ships sailing through the Gulf of Aden since pirates returned to the area last year.
Somali piracy peaked in 2011, when gangs attacked more than 200 ships, before naval patrols and armed guards on merchant vessels drove it back.
Analysts say attacks on shipping in the Red Sea have stretched international navies and left gaps in the Indian Ocean that pirates have exploited.
The hijacking was the first of a large merchant ship off Somalia since pirates seized the Bangladeshi-flagged Abdullah in March 2024.
The pirates released that ship and its 23 crew a month later after the owners paid a ransom.

Somalia's federal government condemned the hijacking and said its coast guard would step up patrols with help from the United Arab Emirates.
Officials in Puntland, a semi-autonomous region, said the pirates came from the village of Hafun and had been financed by a businessman in Bosaso.
Puntland's security minister, Ahmed Warsame Hirsi, said his forces had arrested three suspected financiers on Wednesday and seized two boats loaded with fuel.
He said the gang had planned to hold the crew for ransom.
At least four other vessels changed course on Thursday to avoid the area, according to ship-tracking data.
The Kolkata will escort the Nordic Crest to the port of Salalah in Oman, where the detained pirates will be handed over to Somali officials, the navy said.
Ukraine's foreign ministry said it had spoken to the families of its nine sailors on board.
"""

SHIP = ["Nordic Crest", "MV Nordic Crest", "bulk carrier", "Liberian-flagged bulk carrier", "carrier", "ship"]
PIR = ["pirates", "armed pirates"]
EU = ["Atalanta", "European Union's naval force", "EU naval force", "naval force"]
IMOD = ["Indian defence ministry", "defence ministry", "India's defence ministry"]
CMD = ["commandos", "Indian commandos"]
TEAM = ["team", "commandos", "Indian navy"]
HB = "Halvorsen Bulk"
IS = "Ingrid Solberg"
GOA = ["Gulf of Aden", "area"]
PIRACY = ["Somali piracy", "piracy"]
ATT = ["attacks"]
ABD = ["Abdullah", "Bangladeshi-flagged Abdullah"]
SFG = ["federal government", "Somalia's federal government", "Somali federal government", "Somalia"]
AWH = "Ahmed Warsame Hirsi"
FORCES = ["forces", "Puntland forces"]
NAVY = ["Indian navy", "navy"]
UFM = ["Ukrainian foreign ministry", "foreign ministry", "Ukraine's foreign ministry"]

ALIASES = {
    "Nordic Crest": ["MV Nordic Crest", "bulk carrier"],
    "pirates": ["armed pirates"],
    "Atalanta": ["European Union's naval force", "EU naval force", "naval force"],
    "Indian defence ministry": ["defence ministry", "India's defence ministry"],
    "Somali piracy": ["piracy"],
    "federal government": ["Somalia's federal government", "Somali federal government"],
    "Indian navy": ["navy"],
    "Ukrainian foreign ministry": ["foreign ministry", "Ukraine's foreign ministry"],
}

RELS = [
    R("Indian commandos free crew", CMD, "free", "crew"),
    R("ship hijacked by pirates", "pirates", "hijack", SHIP, "reduced_passive", place="Somalia"),
    R("boarded and seized", PIR, "board", SHIP, "conjunction", attr=EU, date="thu", place=["Puntland", "Somalia"]),
    R("boarded and seized", PIR, "seize", SHIP, "conjunction", attr=EU, date="thu", place=["Puntland", "Somalia"]),
    R("was approached by two skiffs", "skiffs", "approach", SHIP, "passive", attr=EU, place="Eyl"),
    R("carrying 55,000 tonnes", SHIP, "carry", "iron ore", "participial", attr=EU),
    R("cut the ship's engines", ["crew members", "crew"], "cut", "engines", "conjunction"),
    R("before the pirates reached the bridge", PIR, "reach", "bridge", "nominal_anaphora"),
    R("freed the crew overnight", CMD, "free", "crew", attr=IMOD, date="overnight"),
    R("The commandos killed two pirates", CMD, "kill", "pirates", "nominal_anaphora", attr=IMOD),
    R("detained nine others", CMD, "detain", ["pirates", "others"], "conjunction nominal_anaphora", attr=IMOD),
    R("Our team boarded the ship", TEAM, "board", SHIP, "nominal_anaphora", attr="Vikram Nair"),
    R("secured it without", TEAM, "secure", SHIP, "conjunction pronoun", attr="Vikram Nair"),
    R("is owned by Oslo-based Halvorsen Bulk", HB, "own", SHIP, "passive"),
    R("would resume its voyage", SHIP, "resume", "voyage", "nominal_anaphora", mod="would", attr=HB),
    R("The company thanked the Indian navy", HB, "thank", NAVY, "nominal_anaphora"),
    R("had not been contacted by the pirates", PIR, "contact", HB, "passive pronoun nominal_anaphora", neg=True, attr=HB),
    R("would not change its routes", HB, "change", "routes", "nominal_anaphora", neg=True, mod="would", attr=IS),
    R("would hire armed guards", HB, "hire", ["armed guards", "guards"], "conjunction nominal_anaphora", mod="would", attr=IS),
    R("Insurers have raised war-risk premiums", "insurers", "raise", ["war-risk premiums", "premiums"]),
    R("ships sailing through the Gulf of Aden", "ships", "sail through", "Gulf of Aden", "participial prepositional"),
    R("pirates returned to the area", "pirates", "return to", GOA, "prepositional nominal_anaphora", date="year:2025"),
    R("gangs attacked more than 200 ships", "gangs", "attack", "ships", date="year:2011"),
    R("naval patrols and armed guards", ["naval patrols", "patrols"], "drive back", PIRACY, "conjunction pronoun"),
    R("drove it back", ["armed guards", "guards"], "drive back", PIRACY, "conjunction pronoun"),
    R("have stretched international navies", ATT, "stretch", ["international navies", "navies"], attr="analysts"),
    R("left gaps in the Indian Ocean", ATT, "leave", "gaps", "conjunction", attr="analysts"),
    R("that pirates have exploited", "pirates", "exploit", "gaps", "relative", attr="analysts"),
    R("since pirates seized the Bangladeshi-flagged Abdullah", "pirates", "seize", ABD, date="month:2024-03"),
    R("released that ship", "pirates", "release", ABD, "nominal_anaphora", date="month:2024-04"),
    R("and its 23 crew", "pirates", "release", "crew", "conjunction pronoun", date="month:2024-04"),
    R("after the owners paid a ransom", "owners", "pay", "ransom"),
    R("condemned the hijacking", SFG, "condemn", "hijacking"),
    R("its coast guard would step up patrols", ["coast guard", "Somali coast guard"], "step up", "patrols", "pronoun", mod="would", attr=SFG),
    R("had been financed by a businessman", "businessman", "finance", PIR, "passive nominal_anaphora", attr=["officials", "Puntland officials"]),
    R("had arrested three suspected financiers", FORCES, "arrest", ["suspected financiers", "financiers"], "pronoun", attr=AWH, date="wed"),
    R("seized two boats loaded with fuel", FORCES, "seize", "boats", "conjunction pronoun", attr=AWH, date="wed"),
    R("had planned to hold the crew", PIR, "hold", "crew", "control nominal_anaphora", mod="planned to", attr=AWH),
    R("changed course on Thursday", ["vessels", "other vessels"], "change", "course", attr=["ship-tracking data", "data"], date="thu"),
    R("will escort the Nordic Crest", ["INS Kolkata", "Kolkata"], "escort", SHIP, mod="will", attr=NAVY),
    R("had spoken to the families", UFM, "speak to", "families", "prepositional pronoun", attr=UFM),
]

COREF = [
    C("was approached by two skiffs", "the force", "Atalanta", "nominal"),
    C("cut the ship's engines", "Its", "Nordic Crest"),
    C("cut the ship's engines", "the ship", "Nordic Crest", "nominal"),
    C("cut the ship's engines", "the pirates", "pirates", "nominal"),
    C("freed the crew overnight", "the pirates", "pirates", "nominal"),
    C("The commandos killed two pirates", "The commandos", "commandos", "nominal"),
    C("The commandos killed two pirates", "the ministry", "Indian defence ministry", "nominal"),
    C("Our team boarded the ship", "the ship", "Nordic Crest", "nominal"),
    C("Our team boarded the ship", "it", "Nordic Crest"),
    C("would resume its voyage", "the ship", "Nordic Crest", "nominal"),
    C("would resume its voyage", "its", "Nordic Crest"),
    C("would resume its voyage", "it", "Nordic Crest"),
    C("The company thanked the Indian navy", "The company", HB, "nominal"),
    C("The company thanked the Indian navy", "it", HB),
    C("The company thanked the Indian navy", "the pirates", "pirates", "nominal"),
    C("would not change its routes", "the company", HB, "nominal"),
    C("would not change its routes", "its", HB, occurrence=1),
    C("would not change its routes", "its", HB, occurrence=2),
    C("pirates returned to the area", "the area", "Gulf of Aden", "nominal"),
    C("drove it back", "it", "Somali piracy"),
    C("released that ship", "that ship", "Abdullah", "nominal"),
    C("released that ship", "its", "Abdullah"),
    C("its coast guard would step up patrols", "its", "federal government"),
    C("had been financed by a businessman", "the pirates", "pirates", "nominal"),
    C("had arrested three suspected financiers", "his", AWH),
    C("had planned to hold the crew", "He", AWH),
    C("had planned to hold the crew", "the gang", "pirates", "nominal"),
    C("will escort the Nordic Crest", "the navy", "Indian navy", "nominal"),
    C("had spoken to the families", "it", "Ukrainian foreign ministry"),
    C("had spoken to the families", "its", ["Ukrainian foreign ministry", "Ukraine", "foreign ministry", "Ukraine's foreign ministry"]),
]

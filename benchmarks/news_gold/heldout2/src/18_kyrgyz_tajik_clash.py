META = {"id": "news-heldout2-18", "date": "2026-04-14"}

TEXT = """
Kyrgyz and Tajik troops clash on border, UN urges restraint

BISHKEK, Kyrgyzstan - Tajik troops fired mortars at Kyrgyz border posts near the disputed village of Kok-Tash on Monday, killing at least five soldiers, Kyrgyzstan's border service said.
Tajikistan said Kyrgyz forces had started the fighting by opening fire on a group of Tajik farmers who were repairing an irrigation canal.
In the Tajik enclave of Vorukh, shelling damaged a school and killed two civilians, the Tajik foreign ministry said.
Kyrgyz officials accused Tajikistan of moving tanks and artillery to the frontier in violation of a 2022 agreement.
Tajikistan denied the charge.

By Tuesday morning the shooting had stopped after commanders from both sides agreed to pull troops back from the line of contact, Kyrgyzstan's presidential administration said.
"The ceasefire is holding, but we will not withdraw from a single metre of Kyrgyz land," border service chief Almaz Tokoev told reporters in Bishkek.
Tajikistan's security council ordered an investigation and called for talks on the demarcation of the border.
Kyrgyz emergency workers evacuated about 10,000 people from border villages overnight, the emergencies ministry said.
The ministry said it had set up tents for them in the regional capital, Batken.

The United Nations Secretary-General urged both governments to show restraint and offered to send an envoy to the region, his spokesperson said in a statement.
The statement said the fighting threatened a fragile peace in the Fergana Valley, where the borders of Kyrgyzstan, Tajikistan and Uzbekistan meet.
Russia, which has troops stationed in both countries, offered to host talks between the two sides in Moscow.
Uzbekistan closed its border crossings with Tajikistan and Kyrgyzstan as a precaution.

About a third of the 970-km border between the two former Soviet republics has not been demarcated.
In September 2022, fighting along the frontier killed about 100 people and forced more than 130,000 people to leave their homes.
Kyrgyzstan accused Tajikistan of planning that attack, and Tajikistan blamed Kyrgyz troops.
The two countries signed a border treaty in March 2025 and reopened road links.
Kyrgyz officials said Monday's clash could delay the ratification of the treaty by parliament.
"""

TT = ["Tajik troops", "troops", "Tajikistan"]
KBS = ["Kyrgyzstan's border service", "border service", "Kyrgyz border service"]
KF = ["Kyrgyz forces", "forces", "Kyrgyzstan"]
FARMERS = ["Tajik farmers", "farmers"]
TFM = ["Tajik foreign ministry", "foreign ministry", "Tajikistan"]
KO = ["Kyrgyz officials", "officials"]
PA = ["Kyrgyzstan's presidential administration", "presidential administration"]
AT = "Almaz Tokoev"
EM = ["emergencies ministry", "Kyrgyz emergencies ministry", "ministry"]
SG = ["United Nations Secretary-General", "Secretary-General", "UN Secretary-General"]
SPOX = ["spokesperson", "his spokesperson"]
FIGHTING = ["fighting"]
TREATY = ["border treaty", "treaty"]

ALIASES = {
    "emergencies ministry": ["Kyrgyz emergencies ministry", "ministry"],
    "United Nations Secretary-General": ["Secretary-General", "UN Secretary-General"],
}

RELS = [
    R("UN urges restraint", ["UN", "United Nations"], "urge", "restraint"),
    R("Tajik troops fired mortars", TT, ["fire at", "fire mortars at"], ["Kyrgyz border posts", "border posts", "posts"],
      attr=KBS, date="mon", place="Kok-Tash"),
    R("killing at least five soldiers", TT, "kill", "soldiers", "participial", attr=KBS, date="mon", place="Kok-Tash"),
    R("had started the fighting", KF, "start", "fighting", attr="Tajikistan"),
    R("by opening fire on a group of Tajik farmers", KF, "open fire on", FARMERS, "participial", attr="Tajikistan"),
    R("who were repairing an irrigation canal", FARMERS, "repair", ["irrigation canal", "canal"], "relative", attr="Tajikistan"),
    R("shelling damaged a school", "shelling", "damage", "school", attr=TFM, place="Vorukh"),
    R("killed two civilians", "shelling", "kill", "civilians", "conjunction", attr=TFM, place="Vorukh"),
    R("Kyrgyz officials accused Tajikistan of moving", KO, "accuse", "Tajikistan"),
    R("Tajikistan denied the charge", "Tajikistan", "deny", "charge"),
    R("agreed to pull troops back", ["commanders"], "agree", "troops", "control", attr=PA),
    R("agreed to pull troops back", ["commanders"], "pull back", "troops", "control", mod="agreed to", attr=PA),
    R("we will not withdraw from a single metre", [AT] + KBS + ["Kyrgyzstan"], "withdraw from", ["Kyrgyz land", "land"],
      "prepositional pronoun", neg=True, mod="will", attr=AT),
    R("ordered an investigation", ["Tajikistan's security council", "security council"], "order", "investigation"),
    R("called for talks on the demarcation", ["Tajikistan's security council", "security council"], "call for", "talks",
      "prepositional conjunction"),
    R("Kyrgyz emergency workers evacuated", ["Kyrgyz emergency workers", "emergency workers", "workers"], "evacuate", "people",
      attr=EM, date="overnight"),
    R("it had set up tents for them", EM, "set up", "tents", "pronoun nominal_anaphora", attr=EM,
      place=["Batken", "regional capital"]),
    R("urged both governments to show restraint", SG, "urge", "governments", "control", attr=SPOX),
    R("offered to send an envoy", SG, "offer", "envoy", "control conjunction", attr=SPOX),
    R("offered to send an envoy", SG, "send", "envoy", "control conjunction", mod="offered to", attr=SPOX),
    R("the fighting threatened a fragile peace", FIGHTING, "threaten", ["peace", "fragile peace"], attr="statement"),
    R("offered to host talks between the two sides", "Russia", "offer", "talks", "control"),
    R("offered to host talks between the two sides", "Russia", "host", "talks", "control", mod="offered to", place="Moscow"),
    R("Uzbekistan closed its border crossings", "Uzbekistan", "close", ["border crossings", "crossings"]),
    R("fighting along the frontier killed about 100 people", FIGHTING, "kill", "people", date="month:2022-09"),
    R("forced more than 130,000 people to leave", FIGHTING, "force", "people", "control conjunction", date="month:2022-09"),
    R("forced more than 130,000 people to leave", "people", "leave", "homes", "control", date="month:2022-09"),
    R("Kyrgyzstan accused Tajikistan of planning", "Kyrgyzstan", "accuse", "Tajikistan"),
    R("Tajikistan blamed Kyrgyz troops", "Tajikistan", "blame", ["Kyrgyz troops", "troops"], "conjunction"),
    R("signed a border treaty in March 2025", "Kyrgyzstan", "sign", TREATY, "nominal_anaphora", date="month:2025-03"),
    R("signed a border treaty in March 2025", "Tajikistan", "sign", TREATY, "nominal_anaphora", date="month:2025-03"),
    R("reopened road links", "Kyrgyzstan", "reopen", ["road links", "links"], "conjunction nominal_anaphora", date="month:2025-03"),
    R("reopened road links", "Tajikistan", "reopen", ["road links", "links"], "conjunction nominal_anaphora", date="month:2025-03"),
    R("Monday's clash could delay the ratification", ["clash", "Monday's clash"], "delay", "ratification", mod="could",
      attr=KO),
]

COREF = [
    C("The ministry said it had set up tents", "The ministry", "emergencies ministry", "nominal"),
    C("The ministry said it had set up tents", "it", "emergencies ministry"),
    C("The ministry said it had set up tents", "them", "people"),
    C("offered to send an envoy", "his", "United Nations Secretary-General"),
    C("Uzbekistan closed its border crossings", "its", "Uzbekistan"),
    C("forced more than 130,000 people to leave", "their", "people"),
    C("Kyrgyzstan accused Tajikistan of planning", "that attack", "fighting", "nominal"),
    C("ratification of the treaty by parliament", "the treaty", "border treaty", "nominal"),
]

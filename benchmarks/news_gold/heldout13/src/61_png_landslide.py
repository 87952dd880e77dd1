META = {"id": "news-gold-61", "date": "2026-08-08"}

TEXT = """
Landslide buries Papua New Guinea village, hundreds feared dead

PORT MORESBY, Aug 8 (AFP) - A massive landslide buried most of a remote village in Papua New Guinea's Enga province before dawn on Friday, and officials said on Saturday that more than 300 people were feared to have been killed.
The hillside collapsed at around 3 am as residents of the village of Yokolam slept, sweeping away more than 60 houses, a church and a primary school, according to the provincial administration.
Rescuers digging with spades, sticks and their bare hands had pulled 14 bodies and seven survivors from the debris by Saturday afternoon, the National Disaster Centre said.
Its acting director, Martin Kapi, told reporters the debris was up to eight metres deep in places and that rescuers feared a second slide because water was still seeping from the slope.
"The mountain has swallowed the whole village," he said.

Jacob Pupu, a teacher who was attending a funeral in Wabag when the slope gave way, said he had lost his wife, his mother and four of his children.
"I came back and there was nothing, not even the roof of my house," the 41-year-old told AFP by satellite phone.

The village lies about 60 km from the provincial capital Wabag, and the only road to it was cut by the landslide and by tribal fighting further down the valley.
Police escorted aid convoys on Saturday after gunmen from rival clans ambushed a truck carrying rice near the town of Wapenamanda on Thursday, a police spokesman said.
Nobody was hurt, but the attackers stole the cargo and set the truck on fire, he said.
Enga has been torn for years by clan wars fought with high-powered rifles, and the government declared a state of emergency in the province last year.

The International Organization for Migration (IOM), which is coordinating the relief effort, said about 1,200 people had been displaced and were sheltering in a school and two churches.
Its head of mission in Papua New Guinea, Elena Moreau, said survivors urgently needed clean water, tarpaulins and medicines.
"People are drinking from a stream that runs through the debris, and we are very worried about disease," she said.
Australia said it would fly a team of engineers and search dogs to Enga on Sunday aboard a military aircraft.
New Zealand pledged 2 million dollars in emergency aid, and the United States offered to send a disaster assessment team.

Local leaders blamed the disaster on heavy rains and on illegal gold mining, which they said had weakened the slope above the village.
Hundreds of informal miners had been digging for gold in the hills above Yokolam since a nearby mine operated by Lagaip Gold Mining closed in 2024.
The company said in a statement that it had not used the area for mining for more than two years and was not responsible for the collapse.
It offered to lend two excavators and a helicopter to the rescue operation.

The government has released emergency funds and sent soldiers to clear the road, a spokesman for the prime minister said on Saturday.
Soldiers from the Papua New Guinea Defence Force (PNGDF) reopened a section of the road near Laiagam with a bulldozer on Saturday afternoon, residents said.
Mourners gathered on Saturday at a makeshift memorial on the edge of the debris, where relatives had laid flowers, photographs and bilum bags woven by the victims.
Church leaders said they would hold a mass funeral once the search was over.
Many families, however, want to leave their dead under the earth, as is the custom in parts of the highlands.
"""

ENGA = ["Enga", "Enga province"]
VILLAGE = ["Yokolam", "village"]
NDC = ["National Disaster Centre", "NDC"]
MK = "Martin Kapi"
JP = "Jacob Pupu"
IOM = ["IOM", "International Organization for Migration"]
EM = "Elena Moreau"
LGM = ["Lagaip Gold Mining", "company"]
GOV = ["government", "Papua New Guinea government", "PNG government", "national government"]
SPOK = ["police spokesman", "spokesman"]
PMSP = ["spokesman", "spokesman for prime minister", "prime minister"]
ROAD = ["road", "only road"]
PNGDF = ["soldiers", "PNGDF", "Papua New Guinea Defence Force"]

ALIASES = {
    "Yokolam": ["village"],
    "Enga": ["Enga province"],
    "National Disaster Centre": ["NDC"],
    "IOM": ["International Organization for Migration"],
    "Lagaip Gold Mining": ["company"],
    "gunmen": ["attackers"],
}

RELS = [
    R("Landslide buries Papua New Guinea village", "landslide", "bury", ["village", "Papua New Guinea village", "Yokolam"]),
    R("A massive landslide buried most of a remote village", "landslide", "bury", VILLAGE, date="fri", place=ENGA),
    R("sweeping away more than 60 houses", "hillside", "sweep away", "houses", "participial conjunction",
      attr=["provincial administration", "administration"]),
    R("sweeping away more than 60 houses", "hillside", "sweep away", "church", "participial conjunction",
      attr=["provincial administration", "administration"]),
    R("sweeping away more than 60 houses", "hillside", "sweep away", ["primary school", "school"], "participial conjunction",
      attr=["provincial administration", "administration"]),
    R("had pulled 14 bodies and seven survivors", "rescuers", "pull", "bodies", "conjunction", attr=NDC),
    R("had pulled 14 bodies and seven survivors", "rescuers", "pull", "survivors", "conjunction", attr=NDC),
    R("rescuers feared a second slide", "rescuers", "fear", ["second slide", "slide"], attr=MK),
    R("water was still seeping from the slope", "water", "seep from", "slope", "prepositional", attr=MK),
    R("The mountain has swallowed the whole village", "mountain", "swallow", VILLAGE, "nominal_anaphora", attr=MK),
    R("who was attending a funeral in Wabag", JP, "attend", "funeral", "relative apposition", place="Wabag"),
    R("he had lost his wife", JP, "lose", "wife", "pronoun conjunction", attr=JP),
    R("he had lost his wife", JP, "lose", "mother", "pronoun conjunction", attr=JP),
    R("he had lost his wife", JP, "lose", "children", "pronoun conjunction", attr=JP),
    R("was cut by the landslide and by tribal fighting", "landslide", "cut", ROAD, "passive conjunction"),
    R("was cut by the landslide and by tribal fighting", "tribal fighting", "cut", ROAD, "passive conjunction"),
    R("Police escorted aid convoys", "police", "escort", ["aid convoys", "convoys"], attr=SPOK, date="sat"),
    R("gunmen from rival clans ambushed a truck", "gunmen", "ambush", "truck", attr=SPOK, date="thu", place="Wapenamanda"),
    R("a truck carrying rice", "truck", "carry", "rice", "participial", attr=SPOK),
    R("the attackers stole the cargo", ["gunmen", "attackers"], "steal", "cargo", "nominal_anaphora", attr=SPOK),
    R("set the truck on fire", ["gunmen", "attackers"], ["set on fire", "set fire to", "set"], "truck", "conjunction nominal_anaphora",
      attr=SPOK),
    R("Enga has been torn for years by clan wars", ["clan wars", "wars"], "tear", "Enga", "passive"),
    R("the government declared a state of emergency", GOV, "declare", "state of emergency", "conjunction", date="year:2025", place=ENGA),
    R("which is coordinating the relief effort", IOM, "coordinate", ["relief effort", "effort"], "relative"),
    R("survivors urgently needed clean water", "survivors", "need", ["clean water", "water"], "conjunction", attr=EM),
    R("survivors urgently needed clean water", "survivors", "need", "tarpaulins", "conjunction", attr=EM),
    R("survivors urgently needed clean water", "survivors", "need", "medicines", "conjunction", attr=EM),
    R("People are drinking from a stream", "people", "drink from", "stream", "prepositional", attr=EM),
    R("a stream that runs through the debris", "stream", "run through", "debris", "relative prepositional", attr=EM),
    R("it would fly a team of engineers", "Australia", "fly", ["engineers", "team"], "pronoun conjunction", mod="would", attr="Australia",
      date="2026-08-09"),
    R("it would fly a team of engineers", "Australia", "fly", ["search dogs", "dogs"], "pronoun conjunction", mod="would", attr="Australia",
      date="2026-08-09"),
    R("New Zealand pledged 2 million dollars", "New Zealand", "pledge", ["emergency aid", "aid", "dollars"]),
    R("the United States offered to send", "United States", "offer", ["disaster assessment team", "assessment team", "team"],
      "control conjunction"),
    R("the United States offered to send", "United States", "send", ["disaster assessment team", "assessment team", "team"],
      "control conjunction", mod="offered to"),
    R("Local leaders blamed the disaster", ["local leaders", "leaders"], ["blame", "blame on"], ["disaster", "heavy rains", "rains"],
      "conjunction"),
    R("Local leaders blamed the disaster", ["local leaders", "leaders"], ["blame", "blame on"],
      ["disaster", "illegal gold mining", "gold mining", "mining"], "conjunction"),
    R("which they said had weakened the slope", ["illegal gold mining", "gold mining", "mining"], "weaken", "slope", "relative",
      attr=["local leaders", "leaders"]),
    R("had been digging for gold", ["informal miners", "miners"], "dig for", "gold", "prepositional", place=["hills", "Yokolam"]),
    R("a nearby mine operated by Lagaip Gold Mining", "Lagaip Gold Mining", "operate", "mine", "reduced_passive"),
    R("it had not used the area for mining", LGM, "use", "area", "pronoun", neg=True, attr=LGM),
    R("It offered to lend two excavators", LGM, "offer", "excavators", "control pronoun conjunction"),
    R("It offered to lend two excavators", LGM, "offer", "helicopter", "control pronoun conjunction"),
    R("It offered to lend two excavators", LGM, ["lend", "lend to"], ["excavators", "rescue operation", "operation"],
      "control pronoun conjunction", mod="offered to"),
    R("It offered to lend two excavators", LGM, ["lend", "lend to"], ["helicopter", "rescue operation", "operation"],
      "control pronoun conjunction", mod="offered to"),
    R("The government has released emergency funds", GOV, "release", ["emergency funds", "funds"], attr=PMSP),
    R("sent soldiers to clear the road", GOV, "send", "soldiers", "conjunction", attr=PMSP),
    R("reopened a section of the road near Laiagam", PNGDF, "reopen", ["section", "road", "section of road"], "nominal_anaphora",
      attr="residents", date="sat", place="Laiagam"),
    R("where relatives had laid flowers", "relatives", "lay", "flowers", "relative conjunction", place=["memorial", "makeshift memorial"]),
    R("where relatives had laid flowers", "relatives", "lay", "photographs", "relative conjunction", place=["memorial", "makeshift memorial"]),
    R("where relatives had laid flowers", "relatives", "lay", ["bilum bags", "bags"], "relative conjunction",
      place=["memorial", "makeshift memorial"]),
    R("bilum bags woven by the victims", "victims", "weave", ["bilum bags", "bags"], "reduced_passive"),
    R("they would hold a mass funeral", ["church leaders", "leaders"], "hold", ["mass funeral", "funeral"], "pronoun", mod="would",
      attr=["church leaders", "leaders"]),
    R("want to leave their dead", "families", "leave", "dead", "control", mod=["want to", "wants to"]),
]

COREF = [
    C("had pulled 14 bodies and seven survivors", "their", "rescuers"),
    C("Its acting director, Martin Kapi", "Its", "National Disaster Centre"),
    C("The mountain has swallowed the whole village", "the whole village", "Yokolam", "nominal"),
    C("The mountain has swallowed the whole village", "he", MK),
    C("he had lost his wife", "he", JP),
    C("he had lost his wife", "his", JP),
    C("he had lost his wife", "his", JP, occurrence=2),
    C("he had lost his wife", "his", JP, occurrence=3),
    C("I came back and there was nothing", "I", JP),
    C("I came back and there was nothing", "my", JP),
    C("I came back and there was nothing", "the 41-year-old", JP, "nominal"),
    C("The village lies about 60 km", "The village", "Yokolam", "nominal"),
    C("The village lies about 60 km", "it", "Yokolam"),
    C("the attackers stole the cargo", "the attackers", "gunmen", "nominal"),
    C("the attackers stole the cargo", "the truck", "truck", "nominal"),
    C("the attackers stole the cargo", "he", "police spokesman"),
    C("the government declared a state of emergency", "the province", "Enga", "nominal"),
    C("Its head of mission in Papua New Guinea", "Its", "IOM"),
    C("we are very worried about disease", "we", [EM] + IOM),
    C("we are very worried about disease", "she", EM),
    C("it would fly a team of engineers", "it", "Australia"),
    C("which they said had weakened the slope", "they", ["local leaders", "leaders"]),
    C("which they said had weakened the slope", "the village", "Yokolam", "nominal"),
    C("The company said in a statement", "The company", "Lagaip Gold Mining", "nominal"),
    C("The company said in a statement", "it", "Lagaip Gold Mining"),
    C("It offered to lend two excavators", "It", "Lagaip Gold Mining"),
    C("sent soldiers to clear the road", "the road", "road", "nominal"),
    C("reopened a section of the road near Laiagam", "the road", "road", "nominal"),
    C("Church leaders said they would hold", "they", ["church leaders", "leaders"]),
    C("want to leave their dead", "their", "families"),
]

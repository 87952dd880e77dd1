META = {"id": "news-gold-62", "date": "2026-10-23"}

TEXT = """
Cyclone Ghurni batters Bangladesh coast and Rohingya camps

COX'S BAZAR, Bangladesh, Oct 23 (AFP) - Cyclone Ghurni smashed into Bangladesh's southeastern coast on Friday with winds of up to 180 km per hour, killing at least 17 people and flattening thousands of shelters in the world's largest refugee camp, officials said.
The storm made landfall near the fishing town of Teknaf shortly after dawn and tore through the sprawling camps of Kutupalong, home to about one million Rohingya refugees who fled violence in neighbouring Myanmar.
Mohammed Rafiq, a 52-year-old refugee, said the wind ripped the tarpaulin roof off his family's bamboo shelter as his grandchildren slept.
"We held on to the poles and prayed, but the water kept rising," he said, standing in mud up to his knees.

Authorities had moved more than 800,000 people from low-lying coastal areas into about 4,000 cyclone shelters before the storm hit, the disaster management ministry said on Friday.
Disaster Management Secretary Kamrul Hasan said most of the dead had been killed by falling trees and collapsing walls in Cox's Bazar and neighbouring Chittagong district.
He said the toll could rise as rescuers reached remote islands, including Maheshkhali and Kutubdia, where communications had been cut.
Coast guard vessels were searching on Friday for 43 fishermen whose trawlers failed to return to port before the cyclone struck.
A fisherman who reached Teknaf on Thursday night said he had watched high waves capsize at least two boats near St Martin's Island.

In the camps, aid workers said landslides had buried several shelters on hillsides that were stripped of trees when the refugees arrived in 2017.
The UN refugee agency UNHCR said its staff were trying to reach families trapped under debris and had set up emergency medical posts in three camps.
"The monsoon had already weakened many of the slopes, and this storm has brought them down on people's homes," said Sofia Lindgren, a UNHCR spokeswoman in Cox's Bazar.
The World Food Programme said it had begun distributing high-energy biscuits to 200,000 people in the camps on Friday.
Bangladesh's government has barred the Rohingya from building permanent structures in the camps, arguing that they must eventually return to Myanmar.

The Bangladesh Meteorological Department (BMD) said the cyclone was weakening as it moved northeast into Myanmar's Rakhine state, where it was expected to bring heavy rain and flooding on Saturday.
The Arakan Army, an ethnic armed group that controls most of Rakhine, urged residents to move to higher ground and said its fighters would help with evacuations.
Myanmar's military government, which is fighting the Arakan Army in the region, did not say what preparations it had made.
Cyclone Mocha killed at least 148 people in Rakhine in May 2023, according to the junta, though aid groups said the real toll was far higher.

Bangladesh has cut cyclone deaths sharply since 1970, when a storm killed an estimated 300,000 people, by building shelters and training tens of thousands of volunteers to spread warnings.
Scientists say warmer seas caused by climate change are making storms in the Bay of Bengal more intense.
On Friday, the government released 50 million taka ($410,000) in emergency funds and deployed army units to clear roads blocked by fallen trees, the ministry said.
Power was cut across much of Cox's Bazar district, and the Chittagong port authority suspended all cargo handling for a second day.
Airlines cancelled flights to Cox's Bazar, stranding hundreds of tourists who had come for the long holiday weekend.

Back in Kutupalong, Rafiq said the family had salvaged only a cooking pot and some rice from the ruins of their shelter.
"We lost our home in Myanmar, and now the storm has taken this one too," he said.
"""

GH = ["Cyclone Ghurni", "Ghurni", "cyclone", "storm"]
KUT = ["Kutupalong", "camps", "refugee camp", "camp", "camps of Kutupalong"]
ROH = ["Rohingya refugees", "refugees", "Rohingya"]
MR = "Mohammed Rafiq"
MIN = ["disaster management ministry", "ministry"]
KH = "Kamrul Hasan"
UNHCR = ["UNHCR", "UN refugee agency"]
SL = "Sofia Lindgren"
WFP = ["World Food Programme", "WFP"]
BGOV = ["government", "Bangladesh's government", "Bangladeshi government", "Bangladesh"]
BMD = ["BMD", "Bangladesh Meteorological Department"]
RAK = ["Rakhine", "Rakhine state"]
AA = ["Arakan Army", "AA"]
JUNTA = ["military government", "Myanmar's military government", "junta"]
FAM = ["family", "Mohammed Rafiq's family"]

ALIASES = {
    "Cyclone Ghurni": ["Ghurni", "cyclone", "storm"],
    "Kutupalong": ["camps", "refugee camp", "camps of Kutupalong"],
    "Rohingya refugees": ["refugees", "Rohingya"],
    "disaster management ministry": ["ministry"],
    "UNHCR": ["UN refugee agency"],
    "World Food Programme": ["WFP"],
    "Rakhine": ["Rakhine state"],
    "military government": ["Myanmar's military government", "junta"],
}

RELS = [
    R("Cyclone Ghurni batters Bangladesh coast", GH, "batter", ["Bangladesh coast", "coast"]),
    R("batters Bangladesh coast and Rohingya camps", GH, "batter", ["Rohingya camps", "camps"], "conjunction"),
    R("Cyclone Ghurni smashed into", GH, "smash into", ["coast", "southeastern coast", "Bangladesh's southeastern coast"], "prepositional",
      attr="officials", date="fri"),
    R("killing at least 17 people", GH, "kill", "people", "participial", attr="officials", date="fri"),
    R("flattening thousands of shelters", GH, "flatten", "shelters", "participial conjunction", attr="officials", date="fri", place=KUT),
    R("The storm made landfall", GH, ["make", "make landfall"], "landfall", "nominal_anaphora", place="Teknaf"),
    R("tore through the sprawling camps", GH, "tear through", KUT, "prepositional conjunction nominal_anaphora"),
    R("refugees who fled violence", ROH, "flee", "violence", "relative"),
    R("the wind ripped the tarpaulin roof", "wind", "rip", ["tarpaulin roof", "roof"], attr=MR),
    R("We held on to the poles", [MR] + FAM, "hold on to", "poles", "prepositional pronoun", attr=MR),
    R("Authorities had moved more than 800,000 people", "authorities", "move", "people", attr=MIN),
    R("had been killed by falling trees", ["falling trees", "trees"], "kill", "dead", "passive conjunction", attr=KH,
      place=["Cox's Bazar", "Chittagong", "Chittagong district"]),
    R("had been killed by falling trees", ["collapsing walls", "walls"], "kill", "dead", "passive conjunction", attr=KH,
      place=["Cox's Bazar", "Chittagong", "Chittagong district"]),
    R("as rescuers reached remote islands", "rescuers", "reach", ["islands", "remote islands", "Maheshkhali"], attr=KH),
    R("including Maheshkhali and Kutubdia", "rescuers", "reach", ["islands", "remote islands", "Kutubdia"], "conjunction", attr=KH),
    R("Coast guard vessels were searching", ["coast guard vessels", "vessels", "coast guard"], "search for", "fishermen", "prepositional",
      date="fri"),
    R("whose trawlers failed to return to port", "trawlers", "return to", "port", "relative control prepositional", neg=True),
    R("A fisherman who reached Teknaf", "fisherman", "reach", "Teknaf", "relative", date="thu"),
    R("high waves capsize at least two boats", ["high waves", "waves"], "capsize", "boats", "active", attr="fisherman",
      place="St Martin's Island"),
    R("landslides had buried several shelters", "landslides", "bury", "shelters", attr="aid workers", place=KUT),
    R("its staff were trying to reach families", ["staff"] + UNHCR, "reach", "families", "control pronoun", mod=["trying to", "try to"],
      attr=UNHCR),
    R("had set up emergency medical posts", ["staff"] + UNHCR, "set up", ["emergency medical posts", "medical posts", "posts"],
      "pronoun conjunction", attr=UNHCR, place=KUT),
    R("The monsoon had already weakened", "monsoon", "weaken", "slopes", attr=SL),
    R("this storm has brought them down", GH, ["bring down", "bring"], "slopes", "conjunction pronoun nominal_anaphora", attr=SL),
    R("it had begun distributing high-energy biscuits", WFP, "distribute", ["high-energy biscuits", "biscuits", "people"],
      "control pronoun", attr=WFP, date="fri", place=KUT),
    R("has barred the Rohingya", BGOV, "bar", ROH),
    R("they must eventually return to Myanmar", ROH, "return to", "Myanmar", "active pronoun", mod="must", attr=BGOV),
    R("it moved northeast into Myanmar's Rakhine state", GH, "move into", RAK, "prepositional pronoun", attr=BMD),
    R("it was expected to bring heavy rain", GH, "bring", ["heavy rain", "rain"], "relative control pronoun",
      mod=["expected to", "was expected to"], attr=BMD, date="2026-10-24", place=RAK),
    R("it was expected to bring heavy rain", GH, "bring", "flooding", "relative control pronoun conjunction",
      mod=["expected to", "was expected to"], attr=BMD, date="2026-10-24", place=RAK),
    R("an ethnic armed group that controls most of Rakhine", AA, "control", RAK, "relative apposition"),
    R("urged residents to move to higher ground", AA, "urge", "residents", "control apposition"),
    R("its fighters would help with evacuations", ["fighters"] + AA, "help with", "evacuations", "prepositional pronoun", mod="would",
      attr=AA),
    R("which is fighting the Arakan Army", JUNTA, "fight", AA, "relative", place=RAK),
    R("Cyclone Mocha killed at least 148 people", ["Cyclone Mocha", "Mocha"], "kill", "people", attr=JUNTA, date="month:2023-05",
      place="Rakhine"),
    R("Bangladesh has cut cyclone deaths", "Bangladesh", "cut", ["cyclone deaths", "deaths"]),
    R("when a storm killed an estimated 300,000 people", "storm", "kill", "people", "relative", date="year:1970"),
    R("by building shelters", "Bangladesh", "build", "shelters", "participial"),
    R("training tens of thousands of volunteers", "Bangladesh", "train", "volunteers", "participial conjunction"),
    R("warmer seas caused by climate change", "climate change", "cause", ["warmer seas", "seas"], "reduced_passive", attr="scientists"),
    R("are making storms in the Bay of Bengal", ["warmer seas", "seas"], ["make", "make intense"], "storms", attr="scientists"),
    R("the government released 50 million taka", BGOV, "release", ["emergency funds", "funds", "taka"], attr=MIN, date="fri"),
    R("deployed army units", BGOV, "deploy", ["army units", "units"], "conjunction", attr=MIN, date="fri"),
    R("roads blocked by fallen trees", ["fallen trees", "trees"], "block", "roads", "reduced_passive", attr=MIN),
    R("the Chittagong port authority suspended", ["Chittagong port authority", "port authority"], "suspend", ["cargo handling", "handling"],
      "conjunction"),
    R("Airlines cancelled flights to Cox's Bazar", "airlines", "cancel", "flights"),
    R("stranding hundreds of tourists", "airlines", "strand", "tourists", "participial"),
    R("the family had salvaged only a cooking pot", FAM, "salvage", ["cooking pot", "pot"], "nominal_anaphora", attr=MR, place="Kutupalong"),
    R("the family had salvaged only a cooking pot", FAM, "salvage", "rice", "nominal_anaphora conjunction", attr=MR, place="Kutupalong"),
    R("We lost our home in Myanmar", [MR] + FAM, "lose", "home", "pronoun", attr=MR),
    R("the storm has taken this one too", GH, "take", ["shelter", "home", "one"], "nominal_anaphora conjunction", attr=MR),
]

COREF = [
    C("The storm made landfall", "The storm", "Cyclone Ghurni", "nominal"),
    C("the wind ripped the tarpaulin roof", "his", MR),
    C("the wind ripped the tarpaulin roof", "his", MR, occurrence=2),
    C("We held on to the poles", "We", [MR] + FAM),
    C("We held on to the poles", "he", MR),
    C("We held on to the poles", "his", MR),
    C("Authorities had moved more than 800,000 people", "the storm", "Cyclone Ghurni", "nominal"),
    C("He said the toll could rise", "He", KH),
    C("whose trawlers failed to return to port", "the cyclone", "Cyclone Ghurni", "nominal"),
    C("said he had watched high waves", "he", "fisherman"),
    C("In the camps, aid workers said", "the camps", "Kutupalong", "nominal"),
    C("In the camps, aid workers said", "the refugees", "Rohingya refugees", "nominal"),
    C("its staff were trying to reach families", "its", "UNHCR"),
    C("The monsoon had already weakened", "this storm", "Cyclone Ghurni", "nominal"),
    C("The monsoon had already weakened", "them", "slopes"),
    C("it had begun distributing high-energy biscuits", "it", "World Food Programme"),
    C("it had begun distributing high-energy biscuits", "the camps", "Kutupalong", "nominal"),
    C("has barred the Rohingya", "the camps", "Kutupalong", "nominal"),
    C("has barred the Rohingya", "they", "Rohingya refugees"),
    C("it moved northeast into Myanmar's Rakhine state", "the cyclone", "Cyclone Ghurni", "nominal"),
    C("it moved northeast into Myanmar's Rakhine state", "it", "Cyclone Ghurni"),
    C("it moved northeast into Myanmar's Rakhine state", "it", "Cyclone Ghurni", occurrence=2),
    C("its fighters would help with evacuations", "its", AA),
    C("which is fighting the Arakan Army", "the region", "Rakhine", "nominal"),
    C("which is fighting the Arakan Army", "it", "military government"),
    C("Cyclone Mocha killed at least 148 people", "the junta", "military government", "nominal"),
    C("deployed army units", "the ministry", "disaster management ministry", "nominal"),
    C("the family had salvaged only a cooking pot", "the family", FAM, "nominal"),
    C("the family had salvaged only a cooking pot", "their", FAM),
    C("We lost our home in Myanmar", "We", [MR] + FAM),
    C("We lost our home in Myanmar", "our", [MR] + FAM),
    C("We lost our home in Myanmar", "the storm", "Cyclone Ghurni", "nominal"),
    C("We lost our home in Myanmar", "he", MR),
]

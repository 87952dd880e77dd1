META = {"id": "news-gold-45", "date": "2026-07-19"}

TEXT = """
Bridge collapses in India's Bihar, plunging bus into flooded river

PATNA, India, July 19 (Reuters) - A road bridge over the Gandak river collapsed late on Saturday in India's eastern state of Bihar, sending a crowded bus and two trucks into the water and killing at least 14 people, officials said on Sunday.
Rescuers had pulled 23 people from the river by Sunday afternoon and about 20 others were still missing, said Anjali Verma, the district magistrate of Gopalganj.
The 45-year-old bridge, which links Gopalganj and Siwan districts, had been repaired last year by a private contractor, she said.

The state government suspended three engineers of the Road Construction Department on Sunday and blacklisted the contractor, Patna-based Ganga Infracon, pending an inquiry.
Ganga Infracon did not respond to calls and emails seeking comment.
Its owner, Rakesh Tiwari, told local television on Sunday that the company had only resurfaced the road and had never worked on the bridge's pillars.
"We warned the department two years ago, and nobody listened," he said.

About 150 personnel from the National Disaster Response Force (NDRF) and the army were searching the river with boats and divers, but strong currents and murky water were hampering their work.
An NDRF commander, Vikas Rathore, said divers had found the bus lying on its side in about 8 metres of water, some 50 metres downstream from the bridge.
He said the force would try to lift it with a crane on Monday once the water level fell.

The bus, operated by Mahavir Roadways, was carrying about 60 passengers from Siwan to Patna, most of them migrant workers returning to jobs in the state capital, according to the transport department.
Survivors said the driver had tried to turn the bus around when the deck began to shake, but the span gave way beneath it.
"I broke a window and swam to a tree, and I held on for two hours until a boat came," said Sunil Mahato, 27, a construction worker from Siwan.
His cousin, who had been sitting beside him, has not been found.

At least 15 bridges collapsed across Bihar during the monsoon of 2024, prompting the state to order an audit of all its older bridges.
The audit, completed in March, found serious cracks in 68 bridges, but the government has not published the list, the opposition Rashtriya Janata Dal (RJD) said.
RJD spokesman Arvind Paswan accused the ruling alliance of handing repair contracts to companies linked to its lawmakers.
"Every bridge that falls is a monument to corruption," he told reporters in Patna.
The government denied the charge and said the contracts had been awarded through open tenders.
The state's road construction minister, Dinesh Prasad, said he had ordered engineers to inspect every bridge over the Gandak and Kosi rivers within a week.

India's Prime Minister's Office said the federal government would pay 200,000 rupees to the family of each victim.
Relatives of the missing gathered on the riverbank near the village of Barauli on Sunday, some of them carrying photographs.
"My husband called me at seven to say the bus was on the bridge, and then his phone went silent," said Rekha Devi, 32, holding a photograph of him.
District officials said they had set up a control room in Gopalganj town and opened three relief camps for families along the river.
Bihar's chief minister visited the site on Sunday and promised to rebuild the bridge within 18 months.
"""

BRIDGE = ["road bridge", "bridge"]
GAND = ["Gandak river", "Gandak", "river"]
AV = ["Anjali Verma", "district magistrate"]
BGOV = ["Bihar government", "state government", "government", "Bihar"]
GI = ["Ganga Infracon", "contractor", "private contractor", "company"]
RT = ["Rakesh Tiwari", "Ganga Infracon"]
RCD = ["Road Construction Department", "department"]
NDRF = ["NDRF", "National Disaster Response Force", "force"]
PERS = ["personnel", "NDRF", "army", "NDRF personnel"]
VR = "Vikas Rathore"
BUS = ["bus", "crowded bus"]
TD = ["transport department", "Bihar transport department", "department"]
SM = "Sunil Mahato"
RJD = ["RJD", "Rashtriya Janata Dal", "opposition Rashtriya Janata Dal"]
AP = "Arvind Paswan"
ALLIANCE = ["ruling alliance", "alliance"]
DP = "Dinesh Prasad"
PMO = ["Prime Minister's Office", "India's Prime Minister's Office", "PMO"]
FED = ["federal government", "government", "Indian government", "India"]
RD = "Rekha Devi"
OFF = ["district officials", "officials"]
CM = ["chief minister", "Bihar's chief minister", "Bihar chief minister"]

ALIASES = {
    "road bridge": ["bridge"],
    "Gandak river": ["Gandak", "river"],
    "Anjali Verma": ["district magistrate"],
    "Ganga Infracon": ["contractor", "private contractor", "company"],
    "Road Construction Department": ["department"],
    "NDRF": ["National Disaster Response Force", "force"],
    "bus": ["crowded bus"],
    "Bihar": ["state", "Bihar government", "state government"],
    "ruling alliance": ["alliance"],
    "RJD": ["Rashtriya Janata Dal"],
    "district officials": ["officials"],
}

RELS = [
    # headline
    R("plunging bus into flooded river", "bridge", "plunge", "bus", "participial", place="Bihar"),
    # 1
    R("sending a crowded bus and two trucks", BRIDGE, "send", BUS, "participial conjunction", attr="officials", date="sat",
      place="Bihar"),
    R("sending a crowded bus and two trucks", BRIDGE, "send", "trucks", "participial conjunction", attr="officials", date="sat",
      place="Bihar"),
    R("killing at least 14 people", BRIDGE, "kill", "people", "participial conjunction", attr="officials", date="sat",
      place="Bihar"),
    # 2
    R("Rescuers had pulled 23 people", "rescuers", ["pull", "pull from"], "people", attr=AV),
    # 3
    R("had been repaired last year by a private contractor", GI, "repair", BRIDGE, "passive nominal_anaphora", attr=AV,
      date="year:2025"),
    R("which links Gopalganj and Siwan districts", BRIDGE, "link", ["Gopalganj", "Gopalganj district"],
      "relative conjunction nominal_anaphora", attr=AV),
    R("which links Gopalganj and Siwan districts", BRIDGE, "link", ["Siwan", "Siwan district"],
      "relative conjunction nominal_anaphora", attr=AV),
    # 4
    R("The state government suspended three engineers", BGOV, "suspend", "engineers", date="sun"),
    R("blacklisted the contractor", BGOV, "blacklist", GI, "conjunction apposition", date="sun"),
    # 5
    R("did not respond to calls and emails", "Ganga Infracon", "respond to", "calls", "prepositional conjunction", neg=True),
    R("did not respond to calls and emails", "Ganga Infracon", "respond to", "emails", "prepositional conjunction", neg=True),
    # 6
    R("the company had only resurfaced the road", GI, "resurface", "road", "nominal_anaphora", attr=RT),
    R("had never worked on the bridge's pillars", GI, "work on", "pillars", "prepositional conjunction nominal_anaphora",
      neg=True, attr=RT),
    # 7
    R("We warned the department two years ago", RT, "warn", RCD, "pronoun nominal_anaphora", attr="Rakesh Tiwari",
      date="year:2024"),
    # 8
    R("were searching the river with boats", PERS, "search", GAND, "nominal_anaphora"),
    R("strong currents and murky water were hampering", ["strong currents", "currents"], "hamper", "work",
      "conjunction"),
    R("strong currents and murky water were hampering", ["murky water", "water"], "hamper", "work", "conjunction"),
    # 9
    R("divers had found the bus", "divers", "find", BUS, "nominal_anaphora", attr=VR),
    # 10
    R("the force would try to lift it", NDRF, "lift", BUS, "control nominal_anaphora pronoun", mod=["try to", "would"],
      attr=VR, date="2026-07-20"),
    # 11
    R("operated by Mahavir Roadways", "Mahavir Roadways", "operate", BUS, "reduced_passive nominal_anaphora", attr=TD),
    R("was carrying about 60 passengers", BUS, "carry", "passengers", "nominal_anaphora", attr=TD),
    R("migrant workers returning to jobs", ["migrant workers", "workers"], "return to", "jobs", "participial prepositional",
      attr=TD),
    # 12
    R("had tried to turn the bus around", "driver", ["turn around", "turn"], BUS, "control nominal_anaphora",
      mod="tried to", attr="survivors"),
    # 13
    R("I broke a window", SM, "break", "window", "pronoun", attr=SM),
    R("swam to a tree", SM, "swim to", "tree", "prepositional conjunction pronoun", attr=SM),
    # 15
    R("prompting the state to order an audit", ["bridges"], "prompt", ["Bihar", "state", "Bihar government"],
      "participial control nominal_anaphora", date="year:2024", place="Bihar"),
    # 16
    R("found serious cracks in 68 bridges", "audit", "find", ["serious cracks", "cracks"], "nominal_anaphora", attr=RJD),
    R("the government has not published the list", BGOV, "publish", "list", neg=True, attr=RJD),
    # 17
    R("accused the ruling alliance", AP, "accuse", ALLIANCE),
    # 19
    R("The government denied the charge", BGOV, "deny", "charge"),
    # 20
    R("he had ordered engineers to inspect", DP, "order", "engineers", "control pronoun", attr=DP),
    # 21
    R("would pay 200,000 rupees", FED, ["pay", "pay to"], ["rupees", "family"], mod="would", attr=PMO),
    # 22
    R("some of them carrying photographs", ["relatives", "some"], "carry", "photographs", "participial pronoun", date="sun",
      place=["Barauli", "riverbank"]),
    # 23
    R("My husband called me", "husband", "call", RD, "pronoun", attr=RD),
    R("holding a photograph of him", RD, "hold", "photograph", "participial"),
    # 24
    R("they had set up a control room", OFF, "set up", "control room", "prepositional pronoun", attr=OFF,
      place=["Gopalganj", "Gopalganj town"]),
    R("opened three relief camps", OFF, "open", ["relief camps", "camps"], "conjunction pronoun", attr=OFF),
    # 25
    R("visited the site on Sunday", CM, "visit", "site", date="sun"),
    R("promised to rebuild the bridge", CM, "promise", BRIDGE, "control conjunction nominal_anaphora", date="sun"),
    R("promised to rebuild the bridge", CM, "rebuild", BRIDGE, "control conjunction nominal_anaphora",
      mod="promised to", date="sun"),
]

COREF = [
    C("Rescuers had pulled 23 people", "the river", "Gandak river", "nominal"),
    C("had been repaired last year by a private contractor", "The 45-year-old bridge", "road bridge", "nominal"),
    C("had been repaired last year by a private contractor", "she", "Anjali Verma"),
    C("blacklisted the contractor", "the contractor", "Ganga Infracon", "nominal"),
    C("the company had only resurfaced the road", "Its", "Ganga Infracon"),
    C("the company had only resurfaced the road", "the company", "Ganga Infracon", "nominal"),
    C("the company had only resurfaced the road", "the bridge", "road bridge", "nominal"),
    C("We warned the department two years ago", "We", RT),
    C("We warned the department two years ago", "the department", "Road Construction Department", "nominal"),
    C("We warned the department two years ago", "he", "Rakesh Tiwari"),
    C("were searching the river with boats", "the river", "Gandak river", "nominal"),
    C("were searching the river with boats", "their", PERS),
    C("divers had found the bus", "the bus", "bus", "nominal"),
    C("divers had found the bus", "its", "bus"),
    C("divers had found the bus", "the bridge", "road bridge", "nominal"),
    C("the force would try to lift it", "He", VR),
    C("the force would try to lift it", "the force", "NDRF", "nominal"),
    C("the force would try to lift it", "it", "bus"),
    C("was carrying about 60 passengers", "The bus", "bus", "nominal"),
    C("was carrying about 60 passengers", "them", "passengers"),
    C("was carrying about 60 passengers", "the state capital", "Patna", "nominal"),
    C("had tried to turn the bus around", "the bus", "bus", "nominal"),
    C("had tried to turn the bus around", "it", "bus"),
    C("I broke a window", "I", SM),
    C("I broke a window", "I", SM, occurrence=2),
    C("His cousin, who had been sitting", "His", SM),
    C("His cousin, who had been sitting", "him", SM),
    C("prompting the state to order an audit", "the state", "Bihar", "nominal"),
    C("prompting the state to order an audit", "its", "Bihar"),
    C("found serious cracks in 68 bridges", "The audit", "audit", "nominal"),
    C("accused the ruling alliance", "its", "ruling alliance"),
    C("Every bridge that falls", "he", AP),
    C("he had ordered engineers to inspect", "The state", "Bihar", "nominal"),
    C("he had ordered engineers to inspect", "he", DP),
    C("some of them carrying photographs", "them", "relatives"),
    C("My husband called me", "My", RD),
    C("My husband called me", "me", RD),
    C("My husband called me", "the bus", "bus", "nominal"),
    C("My husband called me", "the bridge", "road bridge", "nominal"),
    C("My husband called me", "his", "husband"),
    C("My husband called me", "him", "husband"),
    C("they had set up a control room", "they", "district officials"),
    C("they had set up a control room", "the river", "Gandak river", "nominal"),
    C("promised to rebuild the bridge", "the bridge", "road bridge", "nominal"),
]

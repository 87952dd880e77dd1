META = {"id": "news-gold-50", "date": "2026-08-31"}

TEXT = """
Bridge collapses in India's Bihar state, sending bus into river; 14 dead

PATNA, India, Aug 31 (Reuters) - A road bridge over the Gandak river collapsed in the eastern Indian state of Bihar on Sunday afternoon, plunging a crowded bus and at least six cars into the water and killing 14 people, officials said on Monday.
Rescue teams pulled 22 survivors from the river overnight, and about 20 people were still missing, the state's disaster management department said.
Divers from the National Disaster Response Force (NDRF) were searching the river, which has been swollen by monsoon rains, for the bus, the department said.

"The bridge shook, then there was a loud crack and the bus fell," said Sunita Devi, 34, who was travelling to her parents' village with her two daughters.
"I held on to my girls and swam until a fisherman pulled us into his boat," she told Reuters at a hospital in Gopalganj.

In 2023, state engineers found cracks in two of the bridge's pillars and recommended its closure, but the road construction department kept it open to traffic, according to documents seen by Reuters.
On Monday, Bihar's road construction minister, Ramesh Tiwari, suspended an executive engineer and two assistant engineers and ordered an inquiry into the collapse.
He said the contractor building a replacement bridge alongside it, Gangotri Infra Projects, had dredged sand from the riverbed near the old bridge's pillars and could lose its state contracts if the inquiry blamed it for the collapse.
Gangotri's managing director, Pankaj Sinha, denied that the company had taken sand from the riverbed and said the heavy rains were to blame.
"We have followed every rule, and we will cooperate with the inquiry," he told the Press Trust of India news agency.
Police in Gopalganj said they had registered a case of negligence against the company and two of its engineers but had not arrested anyone.

More than a dozen bridges collapsed in Bihar during the 2024 monsoon, prompting the state government to order a safety audit of every bridge older than 30 years.
The audit, carried out by engineers from the Indian Institute of Technology in Patna, listed the Gandak bridge among 40 structures that needed urgent repairs.
In October 2022, a suspension bridge collapsed in the western town of Morbi in Gujarat state, killing 135 people.

Opposition lawmakers walked out of the Bihar assembly on Monday, accusing the government of ignoring repeated warnings about the bridge.
"This government ignored every warning, and now families are burying their children," said Farhana Khatoon, an opposition legislator from Gopalganj.
The state government announced compensation of 400,000 rupees for the family of each victim and said it would pay for the treatment of the injured.
Prime Minister Narendra Modi's office said in a post on X that the federal government would give an additional 200,000 rupees to the families of the dead.

In Gopalganj, hundreds of relatives waited on the riverbank overnight as divers brought bodies ashore.
Mohammad Irfan, a shopkeeper whose brother was on the bus, said his brother had phoned him minutes before the collapse to say the bridge was shaking.
"He said the bus was moving very slowly because of the traffic, and then the line went dead," Irfan said.
Engineers say many of India's older bridges were not designed for the heavy trucks that now use them.
A parliamentary committee said in March that the federal roads ministry, which promised in 2024 to inspect all 150,000 bridges on national highways by 2027, had inspected fewer than a third of them.
Rescuers said they hoped to lift the bus from the river on Tuesday with a crane brought from Patna.
Fishermen who joined the rescue said they had pulled at least nine people from the water before the first police boats arrived.
"""

BR = ["road bridge", "bridge"]
BIHAR = ["Bihar", "Bihar state"]
OFFS = ["officials"]
DMD = ["disaster management department", "Bihar disaster management department", "department"]
GANDAK = ["Gandak", "Gandak river", "river"]
DIVERS = ["divers", "NDRF divers", "NDRF", "National Disaster Response Force"]
SD = "Sunita Devi"
GIRLS = ["daughters", "girls"]
ENG = ["state engineers", "engineers"]
DOCS = ["documents"]
RCD = ["road construction department", "department"]
RT = ["Ramesh Tiwari", "road construction minister"]
GIP = ["Gangotri Infra Projects", "Gangotri", "contractor", "company"]
INQ = ["inquiry"]
PS = "Pankaj Sinha"
POL = ["police"]
GOVB = ["state government", "Bihar government", "government"]
AUDIT = ["safety audit", "audit"]
FK = "Farhana Khatoon"
PMO = ["Prime Minister Narendra Modi's office", "Narendra Modi's office", "Prime Minister's office", "office"]
MI = "Mohammad Irfan"
MORTH = ["federal roads ministry", "roads ministry", "ministry"]
COMM = ["parliamentary committee", "committee"]

ALIASES = {
    "road bridge": ["bridge", "Gandak bridge"],
    "Gandak": ["Gandak river", "river"],
    "disaster management department": ["department"],
    "bus": ["crowded bus"],
    "Gangotri Infra Projects": ["Gangotri", "contractor", "company"],
    "safety audit": ["audit"],
    "state government": ["Bihar government", "government"],
    "daughters": ["girls"],
}

RELS = [
    # headline
    R("sending bus into river", BR, "send", "bus", "participial", place=BIHAR),
    # 1
    R("plunging a crowded bus", BR, "plunge", "bus", "participial conjunction", attr=OFFS, date="sun", place=BIHAR),
    R("plunging a crowded bus", BR, "plunge", "cars", "participial conjunction", attr=OFFS, date="sun", place=BIHAR),
    R("killing 14 people", BR, "kill", "people", "participial conjunction", attr=OFFS, date="sun", place=BIHAR),
    # 2
    R("Rescue teams pulled 22 survivors", ["rescue teams", "teams"], ["pull", "pull from"], "survivors", attr=DMD,
      date="overnight"),
    # 3
    R("were searching the river", DIVERS, "search", GANDAK, "nominal_anaphora", attr=DMD),
    R("which has been swollen by monsoon rains", ["monsoon rains", "rains"], "swell", GANDAK,
      "relative passive nominal_anaphora", attr=DMD),
    # 4
    R("who was travelling to her parents' village", SD, "travel to", ["village", "parents' village"],
      "relative prepositional"),
    # 5
    R("I held on to my girls", SD, "hold on to", GIRLS, "prepositional pronoun nominal_anaphora", attr=SD),
    R("a fisherman pulled us into his boat", "fisherman", "pull", [SD] + GIRLS, "pronoun", attr=SD),
    # 6
    R("state engineers found cracks", ENG, "find", "cracks", attr=DOCS, date="year:2023"),
    R("recommended its closure", ENG, "recommend", "closure", "conjunction", attr=DOCS, date="year:2023"),
    R("the road construction department kept it open", RCD, ["keep", "keep open"], BR, "pronoun conjunction",
      attr=DOCS),
    R("documents seen by Reuters", "Reuters", "see", "documents", "reduced_passive"),
    # 7
    R("suspended an executive engineer", RT, "suspend", "executive engineer", "conjunction apposition", date="mon"),
    R("suspended an executive engineer", RT, "suspend", "assistant engineers", "conjunction apposition", date="mon"),
    R("ordered an inquiry into the collapse", RT, "order", "inquiry", "conjunction apposition", date="mon"),
    # 8
    R("the contractor building a replacement bridge", GIP, "build", ["replacement bridge", "bridge"],
      "participial apposition", attr="Ramesh Tiwari"),
    R("had dredged sand from the riverbed", GIP, "dredge", "sand", "apposition", attr="Ramesh Tiwari"),
    R("could lose its state contracts", GIP, "lose", ["state contracts", "contracts"], "conjunction apposition",
      mod=["could", "if"], attr="Ramesh Tiwari"),
    R("if the inquiry blamed it for the collapse", INQ, "blame", GIP, "nominal_anaphora pronoun", mod="if",
      attr="Ramesh Tiwari"),
    # 9
    R("denied that the company had taken sand", GIP, "take", "sand", "nominal_anaphora", neg=True, attr=PS),
    # 10
    R("We have followed every rule", [PS, "Gangotri Infra Projects", "Gangotri"], "follow", "rule", "pronoun", attr=PS),
    R("we will cooperate with the inquiry", [PS, "Gangotri Infra Projects", "Gangotri"], "cooperate with", INQ,
      "prepositional pronoun conjunction nominal_anaphora", mod="will", attr=PS),
    # 11
    R("they had registered a case of negligence", POL, "register", "case", "pronoun", attr=POL),
    R("had not arrested anyone", POL, "arrest", "anyone", "pronoun conjunction", neg=True, attr=POL),
    # 12
    R("prompting the state government to order", ["bridges", "collapses"], "prompt", GOVB, "participial control",
      date="year:2024", place="Bihar"),
    # 13
    R("carried out by engineers", ["engineers", "Indian Institute of Technology"], "carry out", AUDIT,
      "reduced_passive prepositional nominal_anaphora"),
    R("listed the Gandak bridge", AUDIT, "list", BR + ["Gandak bridge"], "nominal_anaphora"),
    R("structures that needed urgent repairs", "structures", "need", "repairs", "relative"),
    # 14
    R("killing 135 people", ["suspension bridge", "bridge"], "kill", "people", "participial", date="month:2022-10",
      place="Morbi"),
    # 15
    R("walked out of the Bihar assembly", ["opposition lawmakers", "lawmakers"], "walk out of",
      ["Bihar assembly", "assembly"], "prepositional", date="mon"),
    R("accusing the government of ignoring", ["opposition lawmakers", "lawmakers"], "accuse", GOVB, "participial",
      date="mon"),
    # 16
    R("This government ignored every warning", GOVB, "ignore", "warning", "nominal_anaphora", attr=FK),
    R("families are burying their children", "families", "bury", "children", "conjunction", attr=FK),
    # 17
    R("announced compensation of 400,000 rupees", GOVB, "announce", "compensation"),
    R("it would pay for the treatment", GOVB, "pay for", "treatment", "prepositional pronoun", mod="would", attr=GOVB),
    # 18
    R("the federal government would give", ["federal government", "government"], "give", ["rupees", "families"],
      mod="would", attr=PMO),
    # 19
    R("as divers brought bodies ashore", DIVERS, "bring", "bodies", date="overnight", place="Gopalganj"),
    # 20
    R("his brother had phoned him", "brother", "phone", MI, "pronoun", attr=MI),
    # 22
    R("heavy trucks that now use them", ["heavy trucks", "trucks"], "use", ["older bridges", "bridges"],
      "relative pronoun", attr="engineers"),
    # 23
    R("which promised in 2024 to inspect", MORTH, "promise", "bridges", "relative control", attr=COMM, date="year:2024"),
    R("which promised in 2024 to inspect", MORTH, "inspect", "bridges", "relative control", mod="promised to", attr=COMM),
    R("had inspected fewer than a third of them", MORTH, "inspect", "bridges", "pronoun", attr=COMM),
    # 24
    R("they hoped to lift the bus", "rescuers", "lift", "bus", "control pronoun nominal_anaphora", mod="hoped to",
      attr="rescuers", date="2026-09-01"),
    # 25
    R("Fishermen who joined the rescue", "fishermen", "join", "rescue", "relative"),
    R("they had pulled at least nine people", "fishermen", "pull", "people", "pronoun", attr="fishermen"),
]

COREF = [
    C("Rescue teams pulled 22 survivors", "the river", "Gandak", "nominal"),
    C("Rescue teams pulled 22 survivors", "the state", "Bihar", "nominal"),
    C("were searching the river", "the river", "Gandak", "nominal"),
    C("were searching the river", "the bus", "bus", "nominal"),
    C("were searching the river", "the department", "disaster management department", "nominal"),
    C("The bridge shook", "The bridge", "road bridge", "nominal"),
    C("The bridge shook", "the bus", "bus", "nominal"),
    C("The bridge shook", "her", SD),
    C("The bridge shook", "her", SD, occurrence=2),
    C("I held on to my girls", "I", SD),
    C("I held on to my girls", "my", SD),
    C("I held on to my girls", "my girls", "daughters", "nominal"),
    C("I held on to my girls", "us", [SD, "daughters"]),
    C("I held on to my girls", "his", "fisherman"),
    C("I held on to my girls", "she", SD),
    C("state engineers found cracks", "the bridge", "road bridge", "nominal"),
    C("state engineers found cracks", "its", "road bridge"),
    C("state engineers found cracks", "it", "road bridge"),
    C("the contractor building a replacement bridge", "He", "Ramesh Tiwari"),
    C("the contractor building a replacement bridge", "it", "road bridge"),
    C("the contractor building a replacement bridge", "the old bridge", "road bridge", "nominal"),
    C("the contractor building a replacement bridge", "its", "Gangotri Infra Projects"),
    C("the contractor building a replacement bridge", "the inquiry", "inquiry", "nominal"),
    C("the contractor building a replacement bridge", "it", "Gangotri Infra Projects", occurrence=2),
    C("denied that the company had taken sand", "the company", "Gangotri Infra Projects", "nominal"),
    C("We have followed every rule", "We", [PS, "Gangotri Infra Projects"]),
    C("We have followed every rule", "we", [PS, "Gangotri Infra Projects"]),
    C("We have followed every rule", "the inquiry", "inquiry", "nominal"),
    C("We have followed every rule", "he", PS),
    C("they had registered a case of negligence", "they", "police"),
    C("they had registered a case of negligence", "the company", "Gangotri Infra Projects", "nominal"),
    C("they had registered a case of negligence", "its", "Gangotri Infra Projects"),
    C("listed the Gandak bridge", "The audit", "safety audit", "nominal"),
    C("listed the Gandak bridge", "the Gandak bridge", "road bridge", "nominal"),
    C("walked out of the Bihar assembly", "the bridge", "road bridge", "nominal"),
    C("This government ignored every warning", "This government", "state government", "nominal"),
    C("This government ignored every warning", "their", "families"),
    C("it would pay for the treatment", "it", "state government"),
    C("his brother had phoned him", "the bus", "bus", "nominal"),
    C("his brother had phoned him", "his", MI),
    C("his brother had phoned him", "him", MI),
    C("his brother had phoned him", "the bridge", "road bridge", "nominal"),
    C("the bus was moving very slowly", "He", "brother"),
    C("the bus was moving very slowly", "the bus", "bus", "nominal"),
    C("heavy trucks that now use them", "them", ["older bridges", "bridges"]),
    C("had inspected fewer than a third of them", "them", "bridges"),
    C("they hoped to lift the bus", "they", "rescuers"),
    C("they hoped to lift the bus", "the bus", "bus", "nominal"),
    C("they hoped to lift the bus", "the river", "Gandak", "nominal"),
    C("they had pulled at least nine people", "they", "fishermen"),
]

META = {"id": "news-gold-47", "date": "2026-01-13"}

TEXT = """
Gunmen kill Mexican mayor and two bodyguards in Guerrero ambush

CHILPANCINGO, Mexico, Jan 13 (Reuters) - Gunmen ambushed the car of Rogelio Barrera, the mayor of the town of Chilapa in Mexico's southern Guerrero state, on a highway outside the town on Monday evening, killing him and two of his bodyguards, state prosecutors said.
Barrera, 52, was returning from a meeting with state officials in Chilpancingo when at least two pickup trucks blocked the road and men armed with assault rifles fired on his vehicle, according to a statement from the Guerrero state prosecutor's office.
Paramedics took his driver, who survived with gunshot wounds to the chest, to a hospital in Chilpancingo, the statement said.

No group has claimed responsibility for the attack, but state investigators said they suspected Los Cuervos, a local gang that has fought a rival cartel for control of drug routes in the mountains around Chilapa.
Shopkeepers and bus drivers in Chilapa have long accused the gang of extortion.
"They threatened him many times because he refused to pay them a single peso," said Marisela Ocampo, a town councillor who had worked with Barrera for six years.

Barrera, a member of President Claudia Sheinbaum's ruling Morena party, took office in October 2024 after winning the mayoral election by fewer than 900 votes.
He had asked the federal government for protection last year after receiving death threats, and the state provided him with two bodyguards, his office said.
The attackers took the bodyguards' pistols before fleeing into the hills, a witness told local media.

Mexico's Security Ministry said on Tuesday it was sending 300 soldiers and National Guard troops to Chilapa and would help state authorities find those responsible.
Morena's leadership in Guerrero condemned the killing and urged the state prosecutor, Lucia Zavala, to arrest the gunmen within days.
Zavala told reporters in Chilpancingo that her office had identified two suspects from security camera footage and had issued warrants for their arrest.
She declined to name them but said one of them was a former municipal police officer who had been dismissed by Barrera in 2025.
Police detained a 19-year-old man at a checkpoint near the town of Tixtla on Tuesday morning, but it was not clear whether he was linked to the attack.

Guerrero, one of Mexico's poorest states, is fought over by gangs that grow opium poppies and smuggle heroin and fentanyl to the United States.
In October 2024, gunmen killed Alejandro Arcos, the newly elected mayor of Chilpancingo, less than a week after he took office.
Violence by criminal groups killed dozens of candidates across Mexico during the campaign for the 2024 general election, rights groups said.
The federal government has deployed thousands of National Guard troops to Guerrero since 2019, but homicides in the state have fallen only slightly.

Barrera's widow, Teresa Molina, said she would not leave Chilapa and planned to run for her husband's seat in the next election.
"They killed my husband, but they will not frighten this town," she told Reuters by phone.
Hundreds of residents marched through the centre of Chilapa on Tuesday carrying white balloons and photographs of the mayor.
Schools and many shops in the town stayed closed, and the local bus company suspended its routes to outlying villages for three days.
The Roman Catholic Diocese of Chilpancingo-Chilapa, which has brokered truces between rival gangs in the past, offered to host talks between the gangs but said it had received no reply.
State officials have rejected such talks before, saying the government does not negotiate with criminals.
Federal prosecutors could take over the case if the state fails to make arrests, a Security Ministry official said on condition of anonymity.
"""

BAR = ["Rogelio Barrera", "mayor"]
GUN = ["gunmen"]
PROS = ["state prosecutors", "prosecutors"]
STMT = ["statement", "Guerrero state prosecutor's office", "state prosecutor's office", "prosecutor's office",
        "state prosecutors", "prosecutors"]
INV = ["state investigators", "investigators"]
LC = ["Los Cuervos", "gang", "local gang"]
MO = "Marisela Ocampo"
OFF = ["office", "mayor's office", "Barrera's office"]
GRO = ["Guerrero", "Guerrero state", "state", "state government"]
ATK = ["attackers", "gunmen"]
SM = ["Security Ministry", "Mexico's Security Ministry", "ministry"]
MOR = ["Morena", "Morena's leadership", "leadership", "Morena party"]
LZ = ["Lucia Zavala", "state prosecutor"]
PO = ["Guerrero state prosecutor's office", "state prosecutor's office", "prosecutor's office", "office"]
OFFICER = ["former municipal police officer", "municipal police officer", "police officer", "officer"]
TM = "Teresa Molina"
KILL = ["gunmen", "Los Cuervos", "attackers", "gang"]
DIO = ["Roman Catholic Diocese of Chilpancingo-Chilapa", "Diocese of Chilpancingo-Chilapa", "diocese"]
OFFICIAL = ["Security Ministry official", "official"]

ALIASES = {
    "Rogelio Barrera": ["Barrera", "mayor"],
    "Los Cuervos": ["gang", "local gang"],
    "Lucia Zavala": ["state prosecutor"],
    "Security Ministry": ["Mexico's Security Ministry", "ministry"],
    "Guerrero": ["Guerrero state"],
    "gunmen": ["attackers"],
    "Roman Catholic Diocese of Chilpancingo-Chilapa": ["Diocese of Chilpancingo-Chilapa", "diocese"],
}

RELS = [
    # headline
    R("Gunmen kill Mexican mayor", GUN, "kill", ["Rogelio Barrera", "mayor", "Mexican mayor"], "conjunction", place="Guerrero"),
    R("Gunmen kill Mexican mayor", GUN, "kill", "bodyguards", "conjunction", place="Guerrero"),
    # 1
    R("Gunmen ambushed the car", GUN, "ambush", ["car", "Rogelio Barrera's car"], attr=PROS, date="mon", place="Chilapa"),
    R("killing him and two of his bodyguards", GUN, "kill", BAR, "participial pronoun conjunction", attr=PROS, date="mon",
      place="Chilapa"),
    R("killing him and two of his bodyguards", GUN, "kill", "bodyguards", "participial conjunction", attr=PROS, date="mon",
      place="Chilapa"),
    # 2
    R("was returning from a meeting", BAR, "return from", "meeting", "prepositional", attr=STMT),
    R("pickup trucks blocked the road", "pickup trucks", "block", "road", attr=STMT),
    R("fired on his vehicle", ["men", "gunmen"], "fire on", ["vehicle", "car"], "prepositional conjunction nominal_anaphora",
      attr=STMT),
    # 3
    R("Paramedics took his driver", "paramedics", "take", "driver", attr=STMT),
    # 4
    R("No group has claimed responsibility", "group", "claim", "responsibility", neg=True),
    R("they suspected Los Cuervos", INV, "suspect", "Los Cuervos", "pronoun", attr=INV),
    R("a local gang that has fought a rival cartel", LC, "fight", ["rival cartel", "cartel"], "relative apposition", attr=INV),
    # 5
    R("have long accused the gang of extortion", "shopkeepers", "accuse", LC, "conjunction nominal_anaphora"),
    R("have long accused the gang of extortion", "bus drivers", "accuse", LC, "conjunction nominal_anaphora"),
    # 6
    R("They threatened him many times", LC, "threaten", BAR, "pronoun", attr=MO),
    R("he refused to pay them a single peso", BAR, "refuse", LC + ["peso"], "control pronoun", attr=MO),
    R("he refused to pay them a single peso", BAR, "pay", LC + ["peso"], "control pronoun", neg=True, attr=MO),
    R("who had worked with Barrera", MO, "work with", BAR, "relative apposition prepositional"),
    # 7
    R("took office in October 2024", BAR, ["take", "take office"], "office", "apposition", date="month:2024-10"),
    R("after winning the mayoral election", BAR, "win", ["mayoral election", "election"], "participial apposition"),
    # 8
    R("He had asked the federal government for protection", BAR, ["ask", "ask for"],
      ["federal government", "government", "protection"], "pronoun", attr=OFF, date="year:2025"),
    R("after receiving death threats", BAR, "receive", ["death threats", "threats"], "participial pronoun", attr=OFF),
    R("the state provided him with two bodyguards", GRO, ["provide", "provide with"], BAR + ["bodyguards"],
      "nominal_anaphora pronoun conjunction", attr=OFF),
    # 9
    R("The attackers took the bodyguards' pistols", ATK, "take", "pistols", "nominal_anaphora", attr="witness"),
    R("before fleeing into the hills", ATK, "flee into", "hills", "participial prepositional nominal_anaphora", attr="witness"),
    # 10
    R("it was sending 300 soldiers", SM, "send", "soldiers", "pronoun conjunction", attr=SM),
    R("it was sending 300 soldiers", SM, "send", ["National Guard troops", "troops"], "pronoun conjunction", attr=SM),
    R("would help state authorities", SM, "help", ["state authorities", "authorities"], "control pronoun conjunction",
      mod="would", attr=SM),
    # 11
    R("condemned the killing", MOR, "condemn", "killing"),
    R("urged the state prosecutor, Lucia Zavala", MOR, "urge", LZ, "control conjunction apposition"),
    # 12
    R("her office had identified two suspects", PO, "identify", "suspects", "pronoun", attr="Lucia Zavala"),
    R("had issued warrants for their arrest", PO, "issue", "warrants", "pronoun conjunction", attr="Lucia Zavala"),
    # 13
    R("She declined to name them", "Lucia Zavala", "name", "suspects", "control pronoun", neg=True),
    R("who had been dismissed by Barrera", BAR, "dismiss", OFFICER, "relative passive", attr="Lucia Zavala",
      date="year:2025"),
    # 14
    R("Police detained a 19-year-old man", "police", "detain", "man", date="tue", place="Tixtla"),
    # 15
    R("is fought over by gangs", "gangs", "fight over", "Guerrero", "passive prepositional apposition"),
    R("gangs that grow opium poppies", "gangs", "grow", ["opium poppies", "poppies"], "relative"),
    R("smuggle heroin and fentanyl", "gangs", "smuggle", "heroin", "relative conjunction"),
    R("smuggle heroin and fentanyl", "gangs", "smuggle", "fentanyl", "relative conjunction"),
    # 16
    R("gunmen killed Alejandro Arcos", "gunmen", "kill", ["Alejandro Arcos", "mayor of Chilpancingo"], "apposition",
      date="month:2024-10"),
    R("after he took office", "Alejandro Arcos", ["take", "take office"], "office", "pronoun"),
    # 17
    R("Violence by criminal groups killed dozens", ["violence", "criminal groups"], "kill", "candidates",
      attr="rights groups", date="year:2024", place="Mexico"),
    # 18
    R("has deployed thousands of National Guard troops", ["federal government", "government"], "deploy",
      ["National Guard troops", "troops"]),
    # 19
    R("she would not leave Chilapa", TM, "leave", "Chilapa", "pronoun", neg=True, mod="would", attr=TM),
    R("planned to run for her husband's seat", TM, "run for", "seat", "control prepositional pronoun conjunction",
      mod="planned to", attr=TM),
    # 20
    R("They killed my husband", KILL, "kill", BAR, "pronoun nominal_anaphora", attr=TM),
    R("they will not frighten this town", KILL, "frighten", ["Chilapa", "town"], "pronoun nominal_anaphora conjunction", neg=True,
      mod="will", attr=TM),
    # 21
    R("residents marched through the centre", "residents", "march through", "centre", "prepositional", date="tue",
      place="Chilapa"),
    R("carrying white balloons", "residents", "carry", ["balloons", "white balloons"], "participial conjunction",
      date="tue", place="Chilapa"),
    R("carrying white balloons", "residents", "carry", "photographs", "participial conjunction", date="tue",
      place="Chilapa"),
    # 22
    R("the local bus company suspended its routes", ["bus company", "local bus company"], "suspend", "routes",
      "conjunction"),
    # 23
    R("which has brokered truces", DIO, "broker", "truces", "relative"),
    R("offered to host talks", DIO, "offer", "talks", "control"),
    R("offered to host talks", DIO, "host", "talks", "control", mod="offered to"),
    R("it had received no reply", DIO, "receive", "reply", "pronoun conjunction", neg=True, attr=DIO),
    # 24
    R("State officials have rejected such talks", "state officials", "reject", "talks"),
    R("the government does not negotiate with criminals", ["government", "state government"], "negotiate with", "criminals",
      "active prepositional", neg=True, attr="state officials"),
    # 25
    R("Federal prosecutors could take over the case", "federal prosecutors", "take over", "case", "prepositional",
      mod="could", attr=OFFICIAL),
    R("if the state fails to make arrests", GRO, "make", "arrests", "control nominal_anaphora", neg=True, mod="if",
      attr=OFFICIAL),
]

COREF = [
    C("Gunmen ambushed the car", "the town", "Chilapa", "nominal", occurrence=2),
    C("Gunmen ambushed the car", "him", "Rogelio Barrera"),
    C("Gunmen ambushed the car", "his", "Rogelio Barrera"),
    C("fired on his vehicle", "his", "Rogelio Barrera"),
    C("fired on his vehicle", "his vehicle", "car", "nominal"),
    C("Paramedics took his driver", "his", "Rogelio Barrera"),
    C("Paramedics took his driver", "the statement", "statement", "nominal"),
    C("they suspected Los Cuervos", "they", "state investigators"),
    C("have long accused the gang of extortion", "the gang", "Los Cuervos", "nominal"),
    C("They threatened him many times", "They", "Los Cuervos"),
    C("They threatened him many times", "him", "Rogelio Barrera"),
    C("They threatened him many times", "he", "Rogelio Barrera"),
    C("They threatened him many times", "them", "Los Cuervos"),
    C("He had asked the federal government", "He", "Rogelio Barrera"),
    C("He had asked the federal government", "the state", ["Guerrero", "Guerrero state", "state government"], "nominal"),
    C("He had asked the federal government", "him", "Rogelio Barrera"),
    C("He had asked the federal government", "his", "Rogelio Barrera"),
    C("The attackers took the bodyguards' pistols", "The attackers", "gunmen", "nominal"),
    C("The attackers took the bodyguards' pistols", "the bodyguards", "bodyguards", "nominal"),
    C("it was sending 300 soldiers", "it", "Security Ministry"),
    C("her office had identified two suspects", "her", "Lucia Zavala"),
    C("her office had identified two suspects", "their", "suspects"),
    C("She declined to name them", "She", "Lucia Zavala"),
    C("She declined to name them", "them", "suspects"),
    C("She declined to name them", "them", "suspects", occurrence=2),
    C("Police detained a 19-year-old man", "he", "man"),
    C("after he took office", "he", "Alejandro Arcos"),
    C("has deployed thousands of National Guard troops", "the state", "Guerrero", "nominal"),
    C("she would not leave Chilapa", "she", "Teresa Molina"),
    C("she would not leave Chilapa", "her", "Teresa Molina"),
    C("she would not leave Chilapa", "her husband", "Rogelio Barrera", "nominal"),
    C("They killed my husband", "They", KILL),
    C("They killed my husband", "my", "Teresa Molina"),
    C("They killed my husband", "my husband", "Rogelio Barrera", "nominal"),
    C("They killed my husband", "they", KILL),
    C("They killed my husband", "this town", "Chilapa", "nominal"),
    C("They killed my husband", "she", "Teresa Molina"),
    C("residents marched through the centre", "the mayor", "Rogelio Barrera", "nominal"),
    C("the local bus company suspended its routes", "the town", "Chilapa", "nominal"),
    C("the local bus company suspended its routes", "its", "bus company"),
    C("it had received no reply", "it", "Roman Catholic Diocese of Chilpancingo-Chilapa"),
    C("if the state fails to make arrests", "the state", ["Guerrero", "Guerrero state", "state government"], "nominal"),
]

META = {"id": "news-gold-01", "date": "2026-06-22"}

TEXT = """
Sudan's RSF seizes three towns in White Nile state, army says

KHARTOUM, Sudan - Fighters of the Rapid Support Forces (RSF) seized the towns of Kosti, Rabak and Tendalti on Sunday, the Sudanese army said.
The paramilitary group had besieged Kosti for weeks before its fighters stormed the town overnight, residents said.
Witnesses said the attackers looted the central market and set fire to a police station.

"They came from the west in pickup trucks and shot my neighbour," said Adam Yousif, a trader who fled to the city of Ed Dueim.
The army said its troops had withdrawn from Rabak to avoid civilian casualties.
Army spokesman Nabil Abdallah said the RSF had not captured the main bridge over the White Nile.
He said government forces could retake the towns within days if reinforcements arrived from Khartoum.
The RSF, which has fought the army since April 2023, did not comment on the claims.

The United Nations said more than 40,000 people had fled the three towns since Thursday.
Aid agencies warned that a cholera outbreak could spread to camps near the town of Ed Dueim.
The World Food Programme (WFP) suspended deliveries to White Nile state last week after two of its trucks were hijacked by gunmen near Rabak.
The agency said it would not resume operations until the fighting stopped.

Sudan's war has killed tens of thousands of people, according to UN figures.
Talks brokered by Saudi Arabia and the United States in Jeddah collapsed last year.
Washington has accused both sides of war crimes.

On Saturday, RSF drones struck a power station in Kosti, cutting electricity to much of the city, the state news agency SUNA reported.
Local officials said they feared the militia might next move on Ed Dueim.
The army has held off sending reinforcements to the area, two officers said on condition of anonymity.
Kosti, a river port of about 350,000 people, is the largest city the RSF has taken in White Nile state.
Its capture gives the group control of the main river crossing between western and eastern Sudan.
"""

ARMY = ["Sudanese army", "army"]

ALIASES = {"RSF": ["Rapid Support Forces"], "WFP": ["World Food Programme"], "Sudanese army": ["army"]}
RSF = ["RSF", "RSF fighters", "fighters"]

RELS = [
    R("seizes three towns", "RSF", "seize", "towns", "active", attr=ARMY, place=["White Nile", "White Nile state"]),
    R("seized the towns of Kosti", RSF, "seize", "Kosti", "conjunction", attr=ARMY, date="sun"),
    R("seized the towns of Kosti", RSF, "seize", "Rabak", "conjunction", attr=ARMY, date="sun"),
    R("seized the towns of Kosti", RSF, "seize", "Tendalti", "conjunction", attr=ARMY, date="sun"),
    R("had besieged Kosti", "RSF", "besiege", "Kosti", "nominal_anaphora", attr="residents"),
    R("its fighters stormed", RSF, "storm", "Kosti", "pronoun nominal_anaphora", attr="residents", date="overnight"),
    R("looted the central market", ["attackers", "RSF"], "loot", "central market", "nominal_anaphora", attr="witnesses"),
    R("looted the central market", ["attackers", "RSF"], "set fire to", "police station", "prepositional conjunction nominal_anaphora", attr="witnesses"),
    R("shot my neighbour", "RSF", "shoot", "neighbour", "pronoun", attr="Adam Yousif"),
    R("a trader who fled", "Adam Yousif", "flee to", "Ed Dueim", "relative apposition prepositional"),
    R("withdrawn from Rabak", ["troops", "army troops", "Sudanese army", "army"], "withdraw from", "Rabak", "prepositional pronoun", attr=ARMY),
    R("had not captured the main bridge", "RSF", "capture", ["bridge", "main bridge"], neg=True, attr="Nabil Abdallah"),
    R("could retake the towns", "government forces", "retake", "towns", mod="could", attr="Nabil Abdallah"),
    R("which has fought the army", "RSF", "fight", ARMY, "relative"),
    R("did not comment on the claims", "RSF", "comment on", "claims", "prepositional", neg=True),
    R("had fled the three towns", "people", "flee", "towns", attr="United Nations"),
    R("could spread to camps", ["cholera outbreak", "outbreak"], "spread to", "camps", "prepositional", mod="could", attr="aid agencies", place="Ed Dueim"),
    R("suspended deliveries", "WFP", "suspend", "deliveries", date="week:2026-06-15"),
    R("were hijacked by gunmen", "gunmen", "hijack", "trucks", "passive", place="Rabak"),
    R("would not resume operations", "WFP", "resume", "operations", "pronoun", neg=True, mod="would", attr="WFP"),
    R("has killed tens of thousands", "war", "kill", "people", attr=["United Nations", "UN", "UN figures"]),
    R("Talks brokered by", "Saudi Arabia", "broker", "talks", "reduced_passive conjunction", place="Jeddah"),
    R("Talks brokered by", "United States", "broker", "talks", "reduced_passive conjunction", place="Jeddah"),
    R("Washington has accused", ["United States", "Washington"], "accuse", ["sides", "both sides"]),
    R("RSF drones struck", ["RSF drones", "drones", "RSF"], "strike", "power station", attr="SUNA", date="sat", place="Kosti"),
    R("cutting electricity", ["RSF drones", "drones", "RSF"], "cut", "electricity", "participial", attr="SUNA", date="sat"),
    R("might next move on Ed Dueim", "RSF", "move on", "Ed Dueim", "prepositional nominal_anaphora", mod="might", attr="local officials"),
    R("has held off sending reinforcements", ARMY, "send", "reinforcements", "control", neg=True, attr="officers"),
    R("the largest city the RSF has taken", "RSF", "take", ["city", "Kosti"], "relative"),
]

COREF = [
    C("The paramilitary group had", "The paramilitary group", "RSF", "nominal"),
    C("its fighters stormed", "its", "RSF"),
    C("its fighters stormed", "the town", "Kosti", "nominal"),
    C("looted the central market", "the attackers", "RSF", "nominal"),
    C("shot my neighbour", "They", "RSF"),
    C("withdrawn from Rabak", "its", "Sudanese army"),
    C("could retake the towns", "He", "Nabil Abdallah"),
    C("two of its trucks", "its", "WFP"),
    C("would not resume operations", "The agency", "WFP", "nominal"),
    C("would not resume operations", "it", "WFP"),
    C("might next move on Ed Dueim", "they", "local officials"),
    C("might next move on Ed Dueim", "the militia", "RSF", "nominal"),
    C("Its capture gives", "Its", "Kosti"),
    C("Its capture gives", "the group", "RSF", "nominal"),
]

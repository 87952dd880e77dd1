META = {"id": "news-gold-27", "date": "2026-02-02"}

TEXT = """
Tanzanian police arrest ferry owner after Lake Victoria sinking

MWANZA, Tanzania, Feb 2 (Reuters) - Tanzanian police on Monday arrested the owner of a passenger ferry that capsized on Lake Victoria on Saturday, killing at least 41 people, a regional police commander said.
The MV Kisiwa Bora was carrying about 170 passengers and sacks of maize from Ukerewe island to Mwanza when it overturned in strong winds, survivors said.
Rescuers pulled 96 people from the water, and divers recovered 12 more bodies overnight.

Regional police commander Joseph Mwakalinga told reporters that the owner, businessman Hamisi Kitwana, had been detained in Mwanza.
He said the vessel was carrying more than twice its licensed load.
"We will not spare anyone who put profit before the lives of these passengers," Mwakalinga said.
Kitwana's lawyer, Grace Nyirenda, said her client had not been charged and denied that he had overloaded the ferry.
She said the crew had followed the captain's instructions and blamed the weather for the accident.
The captain, who swam to shore, has not been found, according to police.

Fishermen on Ukerewe had reported engine trouble on the ferry to local officials last week, two residents told Reuters.
The government declared three days of national mourning, and the transport ministry ordered inspections of every passenger vessel on the lake.
Transport Minister Neema Lyimo said the Tanzania Shipping Agencies Corporation (TASAC), which licenses ferries, would suspend the operator's permits while the inquiry continued.
The agency had inspected the Kisiwa Bora in March last year and found no faults, according to its records.
The ministry said it would publish the findings of its inquiry within 30 days.

Hundreds of relatives crowded Mwanza's Kirumba port on Sunday, where officials posted lists of survivors on a wall.
Many said they had waited for hours without news of their relatives.
"My sister called me from the boat and said the water was coming in," said Rehema Mussa, a fishmonger who lost a nephew in the sinking.
The Red Cross said it had set up a camp for relatives and was providing counselling to survivors.
Uganda's government sent two navy boats to help with the search, a spokesman for its defence forces said.

Opposition lawmaker Zuberi Mfinanga accused the government of ignoring warnings about old vessels and called for an independent inquiry.
"They knew these boats were death traps and they did nothing," he said.
Lake Victoria, which Tanzania shares with Uganda and Kenya, has a long history of deadly ferry accidents.
In 2018, the MV Nyerere overturned near Ukara island, killing more than 200 people.
Police said they would question the ferry's crew and could charge Kitwana with manslaughter.
"""

POLICE = ["Tanzanian police", "police"]
CMDR = ["regional police commander", "police commander", "Joseph Mwakalinga"]
JM = "Joseph Mwakalinga"
KIT = "Hamisi Kitwana"
FERRY = ["MV Kisiwa Bora", "Kisiwa Bora", "ferry", "passenger ferry", "vessel"]
GN = "Grace Nyirenda"
TASAC = ["TASAC", "Tanzania Shipping Agencies Corporation", "agency"]
MINISTRY = ["transport ministry", "ministry"]
ZM = "Zuberi Mfinanga"
UGANDA = ["Uganda's government", "Ugandan government", "government", "Uganda"]

ALIASES = {
    "TASAC": ["Tanzania Shipping Agencies Corporation"],
    "MV Kisiwa Bora": ["Kisiwa Bora", "ferry", "passenger ferry"],
    "transport ministry": ["ministry"],
    "Tanzanian police": ["police"],
}

RELS = [
    # headline
    R("Tanzanian police arrest ferry owner", POLICE, "arrest", ["ferry owner", "owner", KIT]),
    # P1
    R("police on Monday arrested the owner", POLICE, "arrest", ["owner", KIT], attr=CMDR, date="mon"),
    R("killing at least 41 people", FERRY, "kill", "people", "participial", attr=CMDR, date="sat", place="Lake Victoria"),
    R("was carrying about 170 passengers", FERRY, "carry", "passengers", attr="survivors"),
    R("was carrying about 170 passengers", FERRY, "carry", ["maize", "sacks", "sacks of maize"], "conjunction", attr="survivors"),
    R("Rescuers pulled 96 people", "rescuers", "pull", "people"),
    R("divers recovered 12 more bodies", "divers", "recover", "bodies", "conjunction", date="overnight"),
    # P2
    R("He said the vessel was carrying", FERRY, "carry", ["load", "licensed load"], "nominal_anaphora", attr=JM),
    R("We will not spare anyone", [JM, "police", "Tanzanian police"], "spare", "anyone", "pronoun", neg=True, mod="will", attr=JM),
    R("anyone who put profit", "anyone", ["put", "put before"], "profit", "relative", attr=JM),
    R("denied that he had overloaded the ferry", KIT, "overload", FERRY, "pronoun nominal_anaphora", neg=True, attr=GN),
    R("the crew had followed the captain's instructions", "crew", "follow", "instructions", attr=GN),
    R("blamed the weather", GN, "blame", "weather", "pronoun conjunction"),
    R("who swam to shore", "captain", "swim to", "shore", "relative prepositional", attr="police"),
    # P3
    R("Fishermen on Ukerewe had reported engine trouble", "fishermen", "report", ["engine trouble", "trouble"], attr="residents", date="week:2026-01-26"),
    R("The government declared three days", "government", "declare", ["national mourning", "mourning"]),
    R("the transport ministry ordered inspections", MINISTRY, "order", "inspections", "conjunction"),
    R("which licenses ferries", TASAC, "license", "ferries", "relative", attr="Neema Lyimo"),
    R("would suspend the operator's permits", TASAC, "suspend", "permits", mod="would", attr="Neema Lyimo"),
    R("The agency had inspected the Kisiwa Bora", TASAC, "inspect", FERRY, "nominal_anaphora", attr=["records", "TASAC"], date="month:2025-03"),
    R("found no faults", TASAC, "find", "faults", "conjunction nominal_anaphora", neg=True, attr=["records", "TASAC"], date="month:2025-03"),
    R("would publish the findings", MINISTRY, "publish", "findings", "pronoun nominal_anaphora", mod="would", attr=MINISTRY),
    # P4
    R("Hundreds of relatives crowded", "relatives", "crowd", ["Kirumba port", "port"], date="sun"),
    R("where officials posted lists", "officials", "post", "lists", "relative", place=["Kirumba port", "port", "Mwanza"]),
    R("My sister called me", "sister", "call", "Rehema Mussa", "pronoun", attr="Rehema Mussa"),
    R("who lost a nephew", "Rehema Mussa", "lose", "nephew", "relative apposition"),
    R("it had set up a camp", "Red Cross", "set up", "camp", "pronoun", attr="Red Cross"),
    R("was providing counselling", "Red Cross", "provide", "counselling", "pronoun conjunction", attr="Red Cross"),
    R("sent two navy boats", UGANDA, "send", "navy boats", attr=["spokesman", "defence forces"]),
    # P5
    R("accused the government of ignoring", ZM, "accuse", "government"),
    R("called for an independent inquiry", ZM, "call for", ["inquiry", "independent inquiry"], "prepositional conjunction"),
    R("which Tanzania shares with Uganda", "Tanzania", "share", "Lake Victoria", "relative"),
    R("killing more than 200 people", ["MV Nyerere", "Nyerere"], "kill", "people", "participial", date="year:2018", place=["Ukara island", "Ukara"]),
    R("they would question the ferry's crew", POLICE, "question", "crew", "pronoun", mod="would", attr="police"),
    R("could charge Kitwana", POLICE, "charge", KIT, "pronoun conjunction", mod="could", attr="police"),
]

COREF = [
    C("when it overturned in strong winds", "it", "MV Kisiwa Bora"),
    C("the owner, businessman Hamisi Kitwana", "the owner", KIT, "nominal"),
    C("He said the vessel was carrying", "He", JM),
    C("He said the vessel was carrying", "the vessel", "MV Kisiwa Bora", "nominal"),
    C("He said the vessel was carrying", "its", "MV Kisiwa Bora"),
    C("We will not spare anyone", "We", [JM, "police", "Tanzanian police"]),
    C("said her client had not been charged", "her", GN),
    C("said her client had not been charged", "her client", KIT, "nominal"),
    C("denied that he had overloaded the ferry", "he", KIT),
    C("denied that he had overloaded the ferry", "the ferry", "MV Kisiwa Bora", "nominal"),
    C("She said the crew had followed", "She", GN),
    C("engine trouble on the ferry", "the ferry", "MV Kisiwa Bora", "nominal"),
    C("every passenger vessel on the lake", "the lake", "Lake Victoria", "nominal"),
    C("The agency had inspected the Kisiwa Bora", "The agency", "TASAC", "nominal"),
    C("according to its records", "its", "TASAC"),
    C("The ministry said it would publish", "The ministry", "transport ministry", "nominal"),
    C("The ministry said it would publish", "it", "transport ministry"),
    C("The ministry said it would publish", "its", "transport ministry"),
    C("Many said they had waited", "they", ["relatives", "many"]),
    C("Many said they had waited", "their", ["relatives", "many"]),
    C("My sister called me", "My", "Rehema Mussa"),
    C("My sister called me", "me", "Rehema Mussa"),
    C("it had set up a camp", "it", "Red Cross"),
    C("a spokesman for its defence forces", "its", UGANDA),
    C("They knew these boats", "They", "government"),
    C("They knew these boats", "they", "government"),
    C("They knew these boats", "he", ZM),
    C("they would question the ferry's crew", "they", "Tanzanian police"),
    C("they would question the ferry's crew", "the ferry", "MV Kisiwa Bora", "nominal"),
]

META = {"id": "news-gold-38", "date": "2026-10-25"}

TEXT = """
Gunmen free more than 200 inmates in attack on Mozambique prison

NAMPULA, Mozambique, Oct 25 (Reuters) - Armed men stormed a prison in northern Mozambique overnight, killing two guards and freeing more than 200 inmates, among them dozens of suspected Islamist insurgents, police said on Sunday.
The attackers cut the jail's power supply and blasted through a side gate with explosives, police spokesman Orlando Mabunda told reporters in Nampula.
"They came with a list of names and went straight to the block where the insurgents were held," he said.
Police have recaptured 41 of the escaped prisoners, and two were shot dead while resisting arrest, Mabunda said.

Video footage posted by residents on social media showed burning vehicles outside the prison's main gate.
The government blamed the attack on Islamic State-linked militants who have waged an insurgency in Cabo Delgado province since 2017.
The interior ministry said in a statement that the escaped insurgents included three commanders who had attacked the towns of Mocimboa da Praia and Macomia in 2023.
It offered informants a reward of 500,000 meticais for each of them.

Residents of Namicopo, a neighbourhood next to the prison, said they heard explosions and gunfire for more than an hour.
"We locked our doors and lay on the floor with the children," said Rosa Nhantumbo, whose son is serving a sentence at the jail for theft.
She said she had not heard from her son since Saturday.

The attack was the second mass breakout in Mozambique in less than two years.
In December 2024, more than 1,500 inmates escaped from Maputo's central prison during riots that followed a disputed election.
Rights groups have long accused the National Prison Service (SERNAP) of overcrowding and of failing to pay guards on time.
A guard at the Nampula jail, who asked not to be named, said the guards' old rifles were no match for the weapons the attackers carried.
SERNAP director-general Celso Macuacua said the service would review security at all its high-security facilities and had suspended the prison's director pending an inquiry.
Macuacua, 58, denied that guards had helped the attackers.

Opposition party Podemos, which disputes the results of the 2024 election, called for the resignation of the interior minister.
"The government cannot protect its own prisons, so how can it protect the people of Cabo Delgado?" Podemos lawmaker Horacio Sitoe told parliament.

On Sunday, police set up roadblocks in Nampula, Monapo and Nacala and searched buses travelling north.
Officers arrested a taxi driver who had allegedly driven five escapees to the coast, Mabunda said.
He urged residents to report strangers and warned that the escaped insurgents could try to recruit young men.
The insurgency has displaced more than 1 million people since 2017, according to the United Nations.
Mozambique's president will visit the prison on Tuesday, his office said.
"""

MEN = ["armed men", "attackers", "gunmen"]
OM = "Orlando Mabunda"
PRISON = ["prison", "jail"]
INS = ["insurgents", "suspected Islamist insurgents", "Islamist insurgents", "escaped insurgents"]
IM = ["interior ministry", "ministry"]
RN = "Rosa Nhantumbo"
CM = "Celso Macuacua"
SERNAP = ["SERNAP", "National Prison Service", "service"]
GOV = ["government", "Mozambique"]

ALIASES = {
    "armed men": ["attackers", "gunmen"],
    "prison": ["jail"],
    "insurgents": ["suspected Islamist insurgents", "Islamist insurgents"],
    "interior ministry": ["ministry"],
    "SERNAP": ["National Prison Service", "service"],
    "inmates": ["prisoners", "escaped prisoners"],
    "commanders": ["three commanders"],
}

RELS = [
    # headline
    R("Gunmen free more than 200 inmates", ["gunmen", "armed men"], "free", "inmates"),
    # dateline sentence
    R("Armed men stormed a prison", MEN, "storm", PRISON, attr="police", date="overnight"),
    R("killing two guards", MEN, "kill", "guards", "participial", attr="police", date="overnight"),
    R("freeing more than 200 inmates", MEN, "free", "inmates", "participial conjunction", attr="police",
      date="overnight"),
    R("The attackers cut the jail's power supply", MEN, "cut", ["power supply", "jail's power supply"],
      "nominal_anaphora", attr=OM),
    R("blasted through a side gate", MEN, "blast through", "side gate", "prepositional conjunction nominal_anaphora",
      attr=OM),
    R("went straight to the block", MEN, "go to", "block", "prepositional pronoun conjunction", attr=OM),
    R("Police have recaptured 41", "police", "recapture", ["escaped prisoners", "prisoners", "inmates"],
      "nominal_anaphora", attr=OM),
    R("Video footage posted by residents", "residents", "post", ["video footage", "footage"], "reduced_passive"),
    R("The government blamed the attack", "government", ["blame", "blame on"], ["attack", "militants"]),
    R("who have waged an insurgency", ["militants", "Islamic State-linked militants"], "wage", "insurgency",
      "relative", place=["Cabo Delgado", "Cabo Delgado province"]),
    R("who had attacked the towns of Mocimboa da Praia", "commanders", "attack", "Mocimboa da Praia",
      "relative conjunction", attr=IM, date="year:2023"),
    R("who had attacked the towns of Mocimboa da Praia", "commanders", "attack", "Macomia", "relative conjunction",
      attr=IM, date="year:2023"),
    R("It offered informants a reward", IM, "offer", ["informants", "reward"], "pronoun"),
    R("they heard explosions and gunfire", "residents", "hear", "explosions", "pronoun", attr="residents"),
    R("they heard explosions and gunfire", "residents", "hear", "gunfire", "pronoun conjunction", attr="residents"),
    R("We locked our doors", RN, "lock", "doors", "pronoun", attr=RN),
    R("whose son is serving a sentence", "son", "serve", "sentence", "relative", place=PRISON),
    R("she had not heard from her son", RN, "hear from", "son", "prepositional pronoun", neg=True, attr=RN),
    R("inmates escaped from Maputo's central prison", "inmates", "escape from",
      ["Maputo's central prison", "central prison"], "prepositional", date="month:2024-12"),
    R("riots that followed a disputed election", "riots", "follow", ["disputed election", "election"], "relative"),
    R("Rights groups have long accused", "rights groups", "accuse", SERNAP),
    R("the weapons the attackers carried", MEN, "carry", "weapons", "relative nominal_anaphora", attr="guard"),
    R("the service would review security", SERNAP, "review", "security", "nominal_anaphora", mod="would", attr=CM),
    R("had suspended the prison's director", SERNAP, "suspend", "director", "nominal_anaphora conjunction", attr=CM),
    R("denied that guards had helped the attackers", "guards", "help", MEN, "nominal_anaphora", neg=True, attr=CM),
    R("which disputes the results", "Podemos", "dispute", "results", "relative"),
    R("called for the resignation", "Podemos", "call for", "resignation", "prepositional"),
    R("The government cannot protect its own prisons", "government", "protect", "prisons", neg=True,
      attr="Horacio Sitoe"),
    R("police set up roadblocks", "police", "set up", "roadblocks", "prepositional", date="sun",
      place=["Nampula", "Monapo", "Nacala"]),
    R("searched buses travelling north", "police", "search", "buses", "conjunction", date="sun"),
    R("Officers arrested a taxi driver", "officers", "arrest", "taxi driver", attr=OM),
    R("who had allegedly driven five escapees", "taxi driver", "drive", "escapees", "relative", mod="allegedly",
      attr=OM),
    R("He urged residents to report strangers", OM, "urge", "residents", "control pronoun"),
    R("the escaped insurgents could try to recruit", INS, "recruit", "young men", "control nominal_anaphora",
      mod=["could", "try to"], attr=OM),
    R("The insurgency has displaced", "insurgency", "displace", "people", "nominal_anaphora",
      attr=["United Nations", "UN"]),
    R("Mozambique's president will visit the prison", ["president", "Mozambique's president"], "visit", PRISON,
      "nominal_anaphora", mod="will", attr=["office", "president's office"], date="2026-10-27"),
]

COREF = [
    C("The attackers cut the jail's power supply", "The attackers", "armed men", "nominal"),
    C("The attackers cut the jail's power supply", "the jail", "prison", "nominal"),
    C("They came with a list of names", "They", "armed men"),
    C("They came with a list of names", "the insurgents", "insurgents", "nominal"),
    C("They came with a list of names", "he", OM),
    C("Police have recaptured 41", "the escaped prisoners", "inmates", "nominal"),
    C("outside the prison's main gate", "the prison", "prison", "nominal"),
    C("the escaped insurgents included", "the escaped insurgents", "insurgents", "nominal"),
    C("It offered informants a reward", "It", "interior ministry"),
    C("It offered informants a reward", "them", "commanders"),
    C("Residents of Namicopo", "the prison", "prison", "nominal"),
    C("Residents of Namicopo", "they", "residents"),
    C("We locked our doors", "We", RN),
    C("We locked our doors", "our", RN),
    C("We locked our doors", "the jail", "prison", "nominal"),
    C("She said she had not heard", "She", RN),
    C("She said she had not heard", "she", RN),
    C("She said she had not heard", "her", RN),
    C("A guard at the Nampula jail", "the Nampula jail", "prison", "nominal"),
    C("A guard at the Nampula jail", "the attackers", "armed men", "nominal"),
    C("the service would review security", "the service", "SERNAP", "nominal"),
    C("the service would review security", "its", "SERNAP"),
    C("the service would review security", "the prison", "prison", "nominal"),
    C("denied that guards had helped the attackers", "the attackers", "armed men", "nominal"),
    C("The government cannot protect its own prisons", "its", "government"),
    C("The government cannot protect its own prisons", "it", "government"),
    C("He urged residents to report strangers", "He", OM),
    C("He urged residents to report strangers", "the escaped insurgents", "insurgents", "nominal"),
    C("The insurgency has displaced", "The insurgency", "insurgency", "nominal"),
    C("Mozambique's president will visit the prison", "the prison", "prison", "nominal"),
    C("Mozambique's president will visit the prison", "his", ["president", "Mozambique's president"]),
]

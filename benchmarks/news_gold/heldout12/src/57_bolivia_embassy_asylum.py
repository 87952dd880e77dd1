META = {"id": "news-gold-57", "date": "2026-09-05"}

TEXT = """
Bolivian opposition leader flees into Brazil's embassy as police seek his arrest

LA PAZ, Bolivia, Sept 5 (AP) - Bolivian opposition leader Ernesto Villca fled to the Brazilian Embassy in La Paz late on Friday, hours before police arrived at his home with an arrest warrant, Brazil's Foreign Ministry said.
The ministry said it had granted Villca diplomatic asylum under a 1954 convention and asked Bolivia to allow him to leave the country safely.
Villca, 58, a former mayor of Cochabamba who finished second in last year's presidential election, is accused by prosecutors of organising roadblocks that cut off food supplies to several cities in 2025.
He denies the charges and says he is the victim of political persecution.

Interior Minister Gonzalo Tapia said on Saturday that Bolivia would not grant Villca safe passage and that police would arrest him "the moment he steps outside."
"Asylum is not a shield for people who commit crimes against the Bolivian people," he told reporters in La Paz.
Dozens of riot police surrounded the embassy in the city's Sopocachi district on Saturday morning, and officers checked the documents of visitors to the building.
Brazil's ambassador, Ricardo Nogueira, said police had turned away a doctor who tried to bring medicines to Villca, who suffers from diabetes.
Brasilia summoned Bolivia's ambassador on Saturday to protest against what it called "intimidation" of its diplomatic mission.
Bolivian Foreign Minister Beatriz Mamani accused Brazil of interfering in the country's internal affairs and said her government would file a complaint with the Organization of American States (OAS).

Both countries have signed the 1954 Caracas Convention on Diplomatic Asylum, which obliges states to let asylum seekers leave their territory.
Legal experts said Bolivia could ask Brazil to hand Villca over if it presented evidence that he had committed ordinary crimes rather than political offences.
In April 2024, Ecuadorian police stormed Mexico's embassy in Quito to arrest a former vice president who had sheltered there, prompting Mexico to sever diplomatic relations with Ecuador.
Tapia rejected any comparison with that case and said Bolivian police would not enter the embassy.

Villca's party, Alianza Civica, holds 31 of the 130 seats in the lower house and has boycotted sessions since his arrest warrant was issued on Wednesday.
Its deputies walked out of the chamber on Thursday after the government's allies stripped Villca of his immunity in a late-night vote.
In August 2025, his supporters blocked highways across Santa Cruz and Cochabamba departments for three weeks, and clashes with police killed six people.
The government says the blockades cost the economy more than $400 million.
Villca's lawyer, Patricia Rojas, said the charges were "invented to stop the only candidate who can beat the ruling party."
She said her client would not travel to Brazil without guarantees that he could return to Bolivia.

On Saturday, the OAS urged both governments to respect the convention and said it was following the situation closely.
The United States and the European Union called on Bolivia to respect Villca's rights.
The embassy has sheltered a Bolivian opposition figure before: in 2013, a Brazilian diplomat drove Senator Roger Pinto across the border after Pinto had been holed up in the building for 15 months.
Bolivia's government at the time accused Brazil of violating its sovereignty, and the diplomat was later suspended.
Outside the embassy on Saturday, a few dozen Villca supporters sang the national anthem and waved Bolivian flags, watched by police.
"They can surround the embassy, but they cannot silence him," said Juana Quispe, a 34-year-old teacher who travelled overnight from Cochabamba.
"""

EV = "Ernesto Villca"
EVH = [EV, "opposition leader", "Bolivian opposition leader"]
BE = ["Brazilian Embassy", "embassy", "Brazil's embassy", "Brazilian embassy"]
BFM = ["Brazilian Foreign Ministry", "Foreign Ministry", "Brazil's Foreign Ministry", "ministry"]
BR = ["Brazil", "Brasilia"]
BOLGOV = ["Bolivian government", "Bolivia", "government"]
BRGOV = ["Brazilian government", "Brazil", "governments"]
GT = "Gonzalo Tapia"
BM = "Beatriz Mamani"
AC = ["Alianza Civica"]
PR = "Patricia Rojas"
CONV = ["Caracas Convention", "Caracas Convention on Diplomatic Asylum", "convention", "1954 Caracas Convention"]
POL = ["police", "riot police", "Bolivian police"]
SUPP = ["Villca supporters", "supporters"]

ALIASES = {
    "Brazilian Embassy": ["embassy", "Brazil's embassy", "Brazilian embassy"],
    "Brazilian Foreign Ministry": ["Foreign Ministry", "Brazil's Foreign Ministry", "ministry"],
    "Brazil": ["Brasilia"],
    "Caracas Convention": ["Caracas Convention on Diplomatic Asylum", "convention", "1954 Caracas Convention"],
    "police": ["riot police", "Bolivian police"],
    "Bolivia": ["Bolivian government"],
}

RELS = [
    # headline
    R("opposition leader flees into Brazil's embassy", EVH, "flee into", BE, "prepositional"),
    R("police seek his arrest", "police", "seek", "arrest"),
    # 1
    R("Ernesto Villca fled to the Brazilian Embassy", EV, "flee to", BE, "prepositional", attr=BFM, date="fri", place="La Paz"),
    R("police arrived at his home", "police", "arrive at", "home", "prepositional", attr=BFM),
    # 2
    R("it had granted Villca diplomatic asylum", BFM, "grant", [EV, "diplomatic asylum", "asylum"], "pronoun nominal_anaphora",
      attr=BFM),
    R("asked Bolivia to allow him", BFM, "ask", "Bolivia", "control conjunction nominal_anaphora"),
    # 3
    R("is accused by prosecutors", "prosecutors", "accuse", EV, "passive apposition"),
    R("roadblocks that cut off food supplies", "roadblocks", "cut off", ["food supplies", "supplies"], "relative prepositional",
      date="year:2025"),
    # 4
    R("He denies the charges", EV, "deny", "charges", "pronoun"),
    # 5
    R("Bolivia would not grant Villca safe passage", "Bolivia", "grant", [EV, "safe passage", "passage"], neg=True, mod="would",
      attr=GT),
    R("police would arrest him", POL, "arrest", EV, "pronoun", mod="would", attr=GT),
    # 6
    R("people who commit crimes", "people", "commit", "crimes", "relative", attr=GT),
    # 7
    R("Dozens of riot police surrounded the embassy", POL, "surround", BE, "nominal_anaphora", date="sat",
      place=["Sopocachi", "Sopocachi district", "La Paz"]),
    R("officers checked the documents", "officers", "check", "documents", "conjunction"),
    # 8
    R("police had turned away a doctor", POL, "turn away", "doctor", "prepositional", attr="Ricardo Nogueira"),
    R("a doctor who tried to bring medicines", "doctor", "bring", "medicines", "relative control", mod="tried to",
      attr="Ricardo Nogueira"),
    R("who suffers from diabetes", EV, "suffer from", "diabetes", "relative prepositional", attr="Ricardo Nogueira"),
    # 9
    R("Brasilia summoned Bolivia's ambassador", BR, "summon", ["ambassador", "Bolivia's ambassador"], date="sat"),
    # 10
    R("accused Brazil of interfering", BM, "accuse", BR),
    R("her government would file a complaint", ["government", "Bolivian government"], "file", "complaint", "pronoun", mod="would",
      attr=BM),
    # 11
    R("Both countries have signed", "Brazil", "sign", CONV, "nominal_anaphora"),
    R("Both countries have signed", "Bolivia", "sign", CONV, "nominal_anaphora"),
    R("which obliges states to let asylum seekers", CONV, "oblige", "states", "relative control"),
    # 12
    R("Bolivia could ask Brazil", "Bolivia", "ask", BR, "control", mod=["could", "if"], attr="legal experts"),
    R("if it presented evidence", "Bolivia", "present", "evidence", "pronoun", mod="if", attr="legal experts"),
    # 13
    R("Ecuadorian police stormed Mexico's embassy", ["Ecuadorian police", "police"], "storm", ["Mexico's embassy", "embassy",
      "Mexican embassy"], date="month:2024-04", place="Quito"),
    R("prompting Mexico to sever", ["Ecuadorian police", "police"], "prompt", "Mexico", "participial control",
      date="month:2024-04", place="Quito"),
    # 14
    R("Tapia rejected any comparison", GT, "reject", "comparison"),
    R("Bolivian police would not enter the embassy", POL, "enter", BE, "nominal_anaphora", neg=True, mod="would", attr=GT),
    # 15
    R("holds 31 of the 130 seats", AC, "hold", "seats", "apposition"),
    R("has boycotted sessions", AC, "boycott", "sessions", "conjunction apposition"),
    # 16
    R("Its deputies walked out of the chamber", ["deputies"] + AC, "walk out of", ["chamber", "lower house"],
      "prepositional pronoun nominal_anaphora", date="thu"),
    R("the government's allies stripped Villca", ["allies", "government's allies"], "strip", EV),
    # 17
    R("his supporters blocked highways", "supporters", "block", "highways", "pronoun", date="month:2025-08",
      place=["Santa Cruz", "Cochabamba"]),
    R("clashes with police killed six people", "clashes", "kill", "people", "conjunction", date="month:2025-08"),
    # 18
    R("the blockades cost the economy", "blockades", "cost", ["economy", "$400 million"], attr=BOLGOV),
    # 19
    R("the only candidate who can beat the ruling party", ["candidate", EV], "beat", "ruling party", "relative", mod="can", attr=PR),
    # 20
    R("her client would not travel to Brazil", EV, "travel to", "Brazil", "prepositional nominal_anaphora", neg=True, mod="would",
      attr=PR),
    # 21
    R("the OAS urged both governments", "OAS", "urge", BOLGOV + ["governments"], "control nominal_anaphora", date="sat"),
    R("the OAS urged both governments", "OAS", "urge", BRGOV, "control nominal_anaphora", date="sat"),
    R("it was following the situation closely", "OAS", "follow", "situation", "pronoun", attr="OAS"),
    # 22
    R("The United States and the European Union called on Bolivia", ["United States", "US"], "call on", "Bolivia",
      "prepositional control conjunction"),
    R("The United States and the European Union called on Bolivia", ["European Union", "EU"], "call on", "Bolivia",
      "prepositional control conjunction"),
    # 23
    R("The embassy has sheltered", BE, "shelter", ["opposition figure", "Bolivian opposition figure", "Roger Pinto"],
      "nominal_anaphora"),
    R("a Brazilian diplomat drove Senator Roger Pinto", ["Brazilian diplomat", "diplomat"], "drive", "Roger Pinto", date="year:2013"),
    # 24
    R("Bolivia's government at the time accused Brazil", BOLGOV, "accuse", BR, date="year:2013"),
    # 25
    R("sang the national anthem", SUPP, "sing", ["national anthem", "anthem"], date="sat", place=BE),
    R("waved Bolivian flags", SUPP, "wave", ["Bolivian flags", "flags"], "conjunction", date="sat", place=BE),
    R("watched by police", POL, "watch", SUPP, "reduced_passive", date="sat", place=BE),
    # 26
    R("They can surround the embassy", POL, "surround", BE, "pronoun nominal_anaphora", mod="can", attr="Juana Quispe"),
    R("they cannot silence him", POL, "silence", EV, "pronoun conjunction", neg=True, attr="Juana Quispe"),
    R("who travelled overnight from Cochabamba", "Juana Quispe", "travel from", "Cochabamba", "relative prepositional apposition",
      date="overnight"),
]

COREF = [
    C("police seek his arrest", "his", EV),
    C("police arrived at his home", "his", EV),
    C("it had granted Villca diplomatic asylum", "The ministry", "Brazilian Foreign Ministry", "nominal"),
    C("it had granted Villca diplomatic asylum", "it", "Brazilian Foreign Ministry"),
    C("it had granted Villca diplomatic asylum", "him", EV),
    C("it had granted Villca diplomatic asylum", "the country", "Bolivia", "nominal"),
    C("He denies the charges", "He", EV),
    C("He denies the charges", "he", EV),
    C("police would arrest him", "him", EV),
    C("police would arrest him", "he", EV),
    C("people who commit crimes", "he", GT),
    C("Dozens of riot police surrounded the embassy", "the embassy", "Brazilian Embassy", "nominal"),
    C("Dozens of riot police surrounded the embassy", "the city", "La Paz", "nominal"),
    C("Dozens of riot police surrounded the embassy", "the building", "Brazilian Embassy", "nominal"),
    C("Brasilia summoned Bolivia's ambassador", "it", "Brazil"),
    C("Brasilia summoned Bolivia's ambassador", "its", "Brazil"),
    C("accused Brazil of interfering", "the country", "Bolivia", "nominal"),
    C("accused Brazil of interfering", "her", BM),
    C("which obliges states to let asylum seekers", "their", "states"),
    C("if it presented evidence", "it", "Bolivia"),
    C("if it presented evidence", "he", EV),
    C("Bolivian police would not enter the embassy", "the embassy", "Brazilian Embassy", "nominal"),
    C("has boycotted sessions", "his", EV),
    C("Its deputies walked out of the chamber", "Its", "Alianza Civica"),
    C("Its deputies walked out of the chamber", "the chamber", "lower house", "nominal"),
    C("Its deputies walked out of the chamber", "his", EV),
    C("his supporters blocked highways", "his", EV),
    C("her client would not travel to Brazil", "She", PR),
    C("her client would not travel to Brazil", "her", PR),
    C("her client would not travel to Brazil", "her client", EV, "nominal"),
    C("her client would not travel to Brazil", "he", EV),
    C("the OAS urged both governments", "the convention", "Caracas Convention", "nominal"),
    C("the OAS urged both governments", "it", "OAS"),
    C("The embassy has sheltered", "The embassy", "Brazilian Embassy", "nominal"),
    C("The embassy has sheltered", "the building", "Brazilian Embassy", "nominal"),
    C("Bolivia's government at the time accused Brazil", "its", ["Bolivia", "Bolivian government"]),
    C("Bolivia's government at the time accused Brazil", "the diplomat", ["Brazilian diplomat", "diplomat"], "nominal"),
    C("sang the national anthem", "the embassy", "Brazilian Embassy", "nominal"),
    C("They can surround the embassy", "They", "police"),
    C("They can surround the embassy", "the embassy", "Brazilian Embassy", "nominal"),
    C("They can surround the embassy", "they", "police"),
    C("They can surround the embassy", "him", EV),
]

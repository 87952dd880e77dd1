META = {"id": "news-gold-60", "date": "2026-05-04"}

TEXT = """
Gunmen kidnap dozens of pupils from boarding school in northwest Nigeria

GUSAU, Nigeria, May 4 (AFP) - Gunmen on motorcycles stormed a boarding school in Nigeria's northwestern Zamfara state late on Saturday, seizing at least 87 pupils and killing a security guard, police and parents said on Monday.
The attackers arrived at the Government Girls Secondary School in the village of Kurya shortly before midnight and fired shots as they herded the girls into the surrounding bush, a teacher who hid in a storeroom told AFP.
"They ordered us to lie on the ground and took the girls from the dormitories one by one," said the teacher, who asked not to be named for fear of reprisals.
Zamfara police spokesman Sani Garba Musa said officers had engaged the gunmen but could not prevent the abduction because the attackers outnumbered them.

He said that on Sunday 11 of the girls had escaped from their captors and reached a military checkpoint after walking for hours through the forest.
The remaining 76 pupils were still missing, he said.
No group has claimed responsibility for the kidnapping, but the area is a stronghold of armed gangs known locally as bandits, who have abducted thousands of people for ransom in recent years.

Outside the school on Sunday, hundreds of parents waited for news as soldiers searched the dormitories and the surrounding fields.
"My daughter is only 13 and she wanted to become a doctor," said Hauwa Bello, clutching a photograph of the girl.
Her husband, a farmer, said the family had sold two cows last year to pay a ransom for his brother, who was kidnapped on the road to Gusau.
"If they ask for money again, we have nothing left to sell," he said.

Nigeria's presidency said in a statement that it had ordered security agencies to rescue the pupils and would send a high-level delegation to Zamfara on Tuesday.
The army said its troops, backed by air force jets, had begun combing forests in Kaura Namoda and Shinkafi districts, where the gangs are known to keep hostages.
A military source, who spoke on condition of anonymity, said the kidnappers had split the girls into smaller groups to make pursuit harder.
Zamfara's state government said it would not negotiate with the kidnappers or pay any ransom.
A 2022 federal law bans the payment of ransoms to kidnappers, but families and communities often pay in secret.

UNICEF condemned the abduction and said schools in northern Nigeria must remain places of safety for children.
Amnesty International accused the authorities of failing to protect schools despite repeated warnings from communities in the area.
In December 2020, gunmen seized more than 300 boys from a school in Kankara in neighbouring Katsina state and released them six days later after talks with local officials.
Boko Haram jihadists kidnapped 276 schoolgirls from Chibok in 2014, and dozens of them are still missing.

On Monday, a man claiming to speak for the kidnappers called a parent and demanded a ransom of 500 million naira ($330,000) for the girls' release, according to a community leader in Kurya.
The leader, Ibrahim Dantani, said the caller had threatened to move the girls across the border into Niger if soldiers approached their camp.
Police said they had traced the call to a phone registered in neighbouring Katsina state.
Kidnapping for ransom has become a lucrative industry across northwest Nigeria, where gangs often attack villages on motorcycles and retreat into vast forests.
"We will not leave this school until our girls come home," Hauwa Bello said.
"""

GUNMEN = ["gunmen", "attackers", "kidnappers"]
PUPILS = ["pupils", "girls"]
SCHOOL = ["Government Girls Secondary School", "school", "boarding school"]
ZAM = ["Zamfara", "Zamfara state"]
SGM = "Sani Garba Musa"
HB = "Hauwa Bello"
HUSB = ["husband", "Hauwa Bello's husband"]
GANGS = ["armed gangs", "gangs", "bandits"]
PRES = ["presidency", "Nigeria's presidency", "Nigerian presidency"]
ARMY = ["army", "Nigerian army"]
SG = ["Zamfara state government", "state government", "Zamfara's state government", "Zamfara"]
ID = ["Ibrahim Dantani", "community leader", "leader"]
MAN = ["man", "caller"]

ALIASES = {
    "gunmen": ["attackers", "kidnappers"],
    "pupils": ["girls"],
    "Government Girls Secondary School": ["school", "boarding school"],
    "armed gangs": ["gangs", "bandits"],
    "Zamfara state government": ["state government", "Zamfara's state government"],
    "community leader": ["Ibrahim Dantani", "leader"],
}

RELS = [
    R("Gunmen kidnap dozens of pupils", "gunmen", "kidnap", "pupils"),
    R("Gunmen on motorcycles stormed", "gunmen", "storm", SCHOOL, attr=["police", "parents"], date="sat", place=ZAM),
    R("seizing at least 87 pupils", "gunmen", "seize", "pupils", "participial", attr=["police", "parents"], date="sat", place=ZAM),
    R("killing a security guard", "gunmen", "kill", ["security guard", "guard"], "participial conjunction", attr=["police", "parents"],
      date="sat", place=ZAM),
    R("The attackers arrived at", GUNMEN, "arrive at", SCHOOL, "prepositional nominal_anaphora", attr="teacher", place="Kurya"),
    R("fired shots as they herded", GUNMEN, "fire", "shots", "conjunction nominal_anaphora", attr="teacher"),
    R("as they herded the girls", GUNMEN, "herd", PUPILS, "pronoun nominal_anaphora", attr="teacher"),
    R("a teacher who hid in a storeroom", "teacher", "hide in", "storeroom", "relative prepositional"),
    R("They ordered us to lie", GUNMEN, "order", ["teacher", "teachers"], "control pronoun", attr="teacher"),
    R("took the girls from the dormitories", GUNMEN, "take", PUPILS, "conjunction pronoun nominal_anaphora", attr="teacher"),
    R("officers had engaged the gunmen", "officers", "engage", "gunmen", "nominal_anaphora", attr=SGM),
    R("could not prevent the abduction", "officers", "prevent", "abduction", "conjunction", neg=True, attr=SGM),
    R("the attackers outnumbered them", GUNMEN, "outnumber", "officers", "nominal_anaphora pronoun", attr=SGM),
    R("had escaped from their captors", PUPILS, "escape from", ["captors"] + GUNMEN, "prepositional", attr=SGM, date="sun"),
    R("reached a military checkpoint", PUPILS, "reach", ["military checkpoint", "checkpoint"], "conjunction", attr=SGM, date="sun"),
    R("after walking for hours through the forest", PUPILS, "walk through", "forest", "participial prepositional", attr=SGM),
    R("No group has claimed responsibility", "group", "claim", "responsibility", neg=True),
    R("who have abducted thousands of people", GANGS, "abduct", "people", "relative"),
    R("parents waited for news", "parents", "wait for", "news", "prepositional", date="sun", place=SCHOOL),
    R("as soldiers searched the dormitories", "soldiers", "search", "dormitories", "conjunction", date="sun", place=SCHOOL),
    R("as soldiers searched the dormitories", "soldiers", "search", "fields", "conjunction", date="sun", place=SCHOOL),
    R("clutching a photograph of the girl", HB, "clutch", "photograph", "participial"),
    R("the family had sold two cows last year", "family", "sell", "cows", attr=HUSB, date="year:2025"),
    R("If they ask for money again", GANGS + ["gunmen", "kidnappers"], "ask for", "money", "prepositional pronoun", mod="if", attr=HUSB),
    R("it had ordered security agencies", PRES, "order", "security agencies", "control pronoun", attr=PRES),
    R("would send a high-level delegation", PRES, "send", ["high-level delegation", "delegation"], "pronoun conjunction", mod="would",
      attr=PRES, date="2026-05-05"),
    R("had begun combing forests", ["troops"] + ARMY, "comb", "forests", "control pronoun", attr=ARMY, place=["Kaura Namoda", "Shinkafi"]),
    R("backed by air force jets", ["air force jets", "jets"], "back", ["troops"] + ARMY, "reduced_passive pronoun", attr=ARMY),
    R("where the gangs are known to keep hostages", GANGS, "keep", "hostages", "relative control nominal_anaphora", mod=["known to", "are known to"],
      attr=ARMY, place=["Kaura Namoda", "Shinkafi"]),
    R("the kidnappers had split the girls", GUNMEN, "split", PUPILS, "nominal_anaphora", attr=["military source", "source"]),
    R("it would not negotiate with the kidnappers", SG, "negotiate with", GUNMEN, "prepositional pronoun nominal_anaphora", neg=True,
      mod="would", attr=SG),
    R("or pay any ransom", SG, "pay", "ransom", "pronoun conjunction", neg=True, mod="would", attr=SG),
    R("A 2022 federal law bans", ["federal law", "law"], "ban", ["payment", "payment of ransoms", "ransoms"]),
    R("UNICEF condemned the abduction", "UNICEF", "condemn", "abduction"),
    R("Amnesty International accused the authorities", "Amnesty International", "accuse", "authorities"),
    R("gunmen seized more than 300 boys", "gunmen", "seize", "boys", date="month:2020-12"),
    R("released them six days later", "gunmen", "release", "boys", "conjunction pronoun", date="month:2020-12"),
    R("Boko Haram jihadists kidnapped 276 schoolgirls", ["Boko Haram", "Boko Haram jihadists", "jihadists"], "kidnap", "schoolgirls",
      date="year:2014"),
    R("a man claiming to speak for the kidnappers", MAN, "speak for", GUNMEN, "participial prepositional control nominal_anaphora",
      mod=["claiming to", "claim to"], attr=["community leader", "leader"]),
    R("called a parent", MAN, "call", "parent", attr=["community leader", "leader"], date="mon"),
    R("demanded a ransom of 500 million naira", MAN, "demand", "ransom", "conjunction", attr=["community leader", "leader"], date="mon"),
    R("the caller had threatened to move the girls", MAN, "threaten", PUPILS, "control nominal_anaphora", attr=ID),
    R("the caller had threatened to move the girls", MAN, "move", PUPILS, "control nominal_anaphora", mod=["threatened to", "if"], attr=ID),
    R("if soldiers approached their camp", "soldiers", "approach", "camp", mod="if", attr=ID),
    R("they had traced the call", "police", "trace", "call", "pronoun", attr="police"),
    R("where gangs often attack villages", "gangs", "attack", "villages", "relative", place=["northwest Nigeria", "Nigeria"]),
    R("retreat into vast forests", "gangs", "retreat into", "forests", "relative prepositional conjunction", place=["northwest Nigeria", "Nigeria"]),
    R("We will not leave this school", [HB, "parents"], "leave", SCHOOL, "pronoun nominal_anaphora", neg=True, mod="will", attr=HB),
]

COREF = [
    C("The attackers arrived at", "The attackers", "gunmen", "nominal"),
    C("fired shots as they herded", "they", "gunmen"),
    C("fired shots as they herded", "the girls", "pupils", "nominal"),
    C("They ordered us to lie", "They", "gunmen"),
    C("They ordered us to lie", "us", ["teacher", "teachers"]),
    C("They ordered us to lie", "the girls", "pupils", "nominal"),
    C("They ordered us to lie", "the teacher", "teacher", "nominal"),
    C("officers had engaged the gunmen", "the gunmen", "gunmen", "nominal"),
    C("the attackers outnumbered them", "the attackers", "gunmen", "nominal"),
    C("the attackers outnumbered them", "them", "officers"),
    C("had escaped from their captors", "He", SGM),
    C("had escaped from their captors", "the girls", "pupils", "nominal"),
    C("had escaped from their captors", "their", "pupils"),
    C("The remaining 76 pupils were still missing", "he", SGM),
    C("Outside the school on Sunday", "the school", "Government Girls Secondary School", "nominal"),
    C("My daughter is only 13", "My", HB),
    C("My daughter is only 13", "she", "daughter"),
    C("My daughter is only 13", "the girl", "daughter", "nominal"),
    C("Her husband, a farmer", "Her", HB),
    C("Her husband, a farmer", "his", "husband"),
    C("If they ask for money again", "they", GANGS + ["gunmen", "kidnappers"]),
    C("If they ask for money again", "we", ["husband", "family"]),
    C("If they ask for money again", "he", "husband"),
    C("it had ordered security agencies", "it", PRES),
    C("it had ordered security agencies", "the pupils", "pupils", "nominal"),
    C("had begun combing forests", "its", ARMY),
    C("where the gangs are known to keep hostages", "the gangs", "armed gangs", "nominal"),
    C("the kidnappers had split the girls", "the kidnappers", "gunmen", "nominal"),
    C("the kidnappers had split the girls", "the girls", "pupils", "nominal"),
    C("it would not negotiate with the kidnappers", "it", "Zamfara state government"),
    C("it would not negotiate with the kidnappers", "the kidnappers", "gunmen", "nominal"),
    C("released them six days later", "them", "boys"),
    C("dozens of them are still missing", "them", "schoolgirls"),
    C("a man claiming to speak for the kidnappers", "the kidnappers", "gunmen", "nominal"),
    C("a man claiming to speak for the kidnappers", "the girls", "pupils", "nominal"),
    C("The leader, Ibrahim Dantani", "The leader", "community leader", "nominal"),
    C("the caller had threatened to move the girls", "the caller", "man", "nominal"),
    C("the caller had threatened to move the girls", "the girls", "pupils", "nominal"),
    C("if soldiers approached their camp", "their", GUNMEN + ["man"]),
    C("they had traced the call", "they", "police"),
    C("We will not leave this school", "We", [HB, "parents"]),
    C("We will not leave this school", "this school", "Government Girls Secondary School", "nominal"),
    C("We will not leave this school", "our", [HB, "parents"]),
    C("We will not leave this school", "our girls", "pupils", "nominal"),
]

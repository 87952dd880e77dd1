META = {"id": "news-heldout2-15", "date": "2026-10-05"}

TEXT = """
Guinea-Bissau loyalist troops crush mutiny at Bissau barracks

BISSAU, Guinea-Bissau - Soldiers loyal to President Fernando Mendes Tavares crushed a mutiny at the main army barracks in Bissau on Sunday, killing at least seven rebels, the government said.
Before dawn on Sunday, the mutineers, led by a former head of the presidential guard, Colonel Braima Sanha, had seized the state broadcaster and the finance ministry and cut off internet access across the capital.
Sanha was arrested as he tried to flee the city, Information Minister Aissatu Djalo told reporters.
"The army stopped them within hours, and we thank every soldier who defended our democracy," she said.
Residents said armoured vehicles blocked the main roads into the city centre before dawn.

Tavares, who cut short a visit to Abuja when the mutiny began, addressed the nation on state television on Sunday evening.
He accused unnamed politicians of financing the mutineers and promised to prosecute them.
The army's chief of staff, General Tomas Indjai, said loyalist units had detained 43 soldiers and were holding them at a military base outside the city.
Soldiers have overthrown four governments in Guinea-Bissau since it won independence from Portugal in 1974.

The Economic Community of West African States (ECOWAS) condemned the attempt and said it would send a delegation to Bissau.
The bloc suspended Mali, Burkina Faso and Niger after military takeovers in those countries, and the three juntas later left the organisation.
The African Union urged the armed forces to stay out of politics.
Portugal, the former colonial power, said it was following events closely and advised its citizens to avoid travel to Guinea-Bissau.

Drug traffickers use Guinea-Bissau as a transit point for cocaine shipped from South America to Europe, according to the UN Office on Drugs and Crime (UNODC).
Analysts say the trade has corrupted parts of the military and fuelled rivalries between senior officers.
In February 2022, gunmen attacked the government palace while the cabinet was meeting, killing 11 people.
Then-president Umaro Sissoco Embalo blamed drug traffickers for the attack, but no group was ever charged.
Tavares won a disputed presidential election in November 2025, and the opposition has boycotted parliament since then.
In Bissau on Monday, shops and banks reopened, but soldiers continued to guard government buildings and the airport.
The government lifted an overnight curfew but said schools would stay closed until Wednesday.
"""

FMT = "Fernando Mendes Tavares"
BS = "Braima Sanha"
AD = "Aissatu Djalo"
LOYAL = ["soldiers", "loyalist soldiers", "loyal soldiers"]
MUT = ["mutineers", "rebels"]
POL = ["politicians", "unnamed politicians"]
GOV = ["government", "Guinea-Bissau government"]
MUTINY = ["mutiny", "attempt", "coup attempt"]
ECOWAS = ["ECOWAS", "Economic Community of West African States"]
AU = ["African Union", "AU"]
UNODC = ["UNODC", "UN Office on Drugs and Crime"]
UNITS = ["loyalist units", "units"]
BISSAU = ["Bissau", "city", "capital"]

ALIASES = {
    "ECOWAS": ["Economic Community of West African States"],
    "mutineers": ["rebels"],
    "Bissau": ["city", "capital"],
}

RELS = [
    R("loyalist troops crush mutiny", ["loyalist troops", "troops", "Guinea-Bissau loyalist troops"], "crush", "mutiny"),
    R("crushed a mutiny at the main army barracks", LOYAL, "crush", "mutiny", attr=GOV, date="sun",
      place=["Bissau", "main army barracks", "army barracks", "barracks"]),
    R("killing at least seven rebels", LOYAL, "kill", "rebels", "participial", attr=GOV, date="sun",
      place=["Bissau", "main army barracks", "army barracks", "barracks"]),
    R("led by a former head of the presidential guard", BS, "lead", "mutineers", "reduced_passive apposition"),
    R("had seized the state broadcaster", MUT, "seize", ["state broadcaster", "broadcaster"], "conjunction", date="sun"),
    R("had seized the state broadcaster", MUT, "seize", "finance ministry", "conjunction", date="sun"),
    R("cut off internet access across the capital", MUT, "cut off", ["internet access", "access"], "conjunction",
      date="sun", place=BISSAU),
    R("as he tried to flee the city", BS, "flee", BISSAU, "control pronoun nominal_anaphora", mod="tried to", attr=AD),
    R("The army stopped them within hours", "army", "stop", MUT, "pronoun", attr=AD),
    R("we thank every soldier", [AD, "government"], "thank", "soldier", "conjunction pronoun", attr=AD),
    R("who defended our democracy", "soldier", "defend", "democracy", "relative", attr=AD),
    R("armoured vehicles blocked the main roads", ["armoured vehicles", "vehicles"], "block", ["main roads", "roads"],
      attr="residents"),
    R("who cut short a visit to Abuja", FMT, "cut short", "visit", "relative"),
    R("addressed the nation on state television", FMT, "address", "nation", "nominal_anaphora", date="sun"),
    R("He accused unnamed politicians", FMT, "accuse", "politicians", "pronoun"),
    R("promised to prosecute them", FMT, "promise", MUT + POL, "control conjunction pronoun"),
    R("promised to prosecute them", FMT, "prosecute", MUT + POL, "control conjunction pronoun", mod="promised to"),
    R("loyalist units had detained 43 soldiers", UNITS, "detain", "soldiers", attr="Tomas Indjai"),
    R("were holding them at a military base", UNITS, "hold", "soldiers", "conjunction pronoun", attr="Tomas Indjai",
      place=["military base", "base"]),
    R("Soldiers have overthrown four governments", "soldiers", "overthrow", "governments", place="Guinea-Bissau"),
    R("since it won independence", "Guinea-Bissau", "win", "independence", "pronoun", date="year:1974"),
    R("condemned the attempt", ECOWAS, "condemn", MUTINY, "nominal_anaphora"),
    R("it would send a delegation to Bissau", ECOWAS, "send", "delegation", "conjunction pronoun", mod="would", attr=ECOWAS),
    R("The bloc suspended Mali", ECOWAS, "suspend", "Mali", "conjunction nominal_anaphora"),
    R("The bloc suspended Mali", ECOWAS, "suspend", "Burkina Faso", "conjunction nominal_anaphora"),
    R("The bloc suspended Mali", ECOWAS, "suspend", "Niger", "conjunction nominal_anaphora"),
    R("the three juntas later left the organisation", "juntas", "leave", ECOWAS, "conjunction nominal_anaphora"),
    R("urged the armed forces", AU, "urge", ["armed forces", "forces"], "control"),
    R("it was following events closely", "Portugal", "follow", "events", "pronoun apposition", attr="Portugal"),
    R("advised its citizens", "Portugal", "advise", "citizens", "control conjunction apposition"),
    R("Drug traffickers use Guinea-Bissau", ["drug traffickers", "traffickers"], "use", "Guinea-Bissau", attr=UNODC),
    R("the trade has corrupted parts", "trade", "corrupt", "military", attr="analysts"),
    R("fuelled rivalries between senior officers", "trade", "fuel", "rivalries", "conjunction", attr="analysts"),
    R("gunmen attacked the government palace", "gunmen", "attack", ["government palace", "palace"], date="month:2022-02"),
    R("killing 11 people", "gunmen", "kill", "people", "participial", date="month:2022-02"),
    R("blamed drug traffickers for the attack", "Umaro Sissoco Embalo", "blame", ["drug traffickers", "traffickers"]),
    R("Tavares won a disputed presidential election", FMT, "win", ["presidential election", "election"], date="month:2025-11"),
    R("the opposition has boycotted parliament", "opposition", "boycott", "parliament", "conjunction"),
    R("soldiers continued to guard government buildings", "soldiers", "guard", "government buildings", "control conjunction",
      date="mon", place="Bissau"),
    R("soldiers continued to guard government buildings", "soldiers", "guard", "airport", "control conjunction",
      date="mon", place="Bissau"),
    R("The government lifted an overnight curfew", GOV, "lift", ["curfew", "overnight curfew"]),
]

COREF = [
    C("Sanha was arrested as he tried", "he", BS),
    C("as he tried to flee the city", "the city", "Bissau", "nominal"),
    C("The army stopped them within hours", "them", "mutineers"),
    C("The army stopped them within hours", "she", AD),
    C("He accused unnamed politicians", "He", FMT),
    C("promised to prosecute them", "them", MUT + POL),
    C("were holding them at a military base", "them", "soldiers"),
    C("were holding them at a military base", "the city", "Bissau", "nominal"),
    C("since it won independence", "it", "Guinea-Bissau"),
    C("condemned the attempt", "the attempt", "mutiny", "nominal"),
    C("it would send a delegation to Bissau", "it", "ECOWAS"),
    C("The bloc suspended Mali", "The bloc", "ECOWAS", "nominal"),
    C("The bloc suspended Mali", "the organisation", "ECOWAS", "nominal"),
    C("it was following events closely", "it", "Portugal"),
    C("it was following events closely", "its", "Portugal"),
]

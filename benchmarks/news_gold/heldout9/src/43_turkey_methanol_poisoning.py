META = {"id": "news-gold-43", "date": "2026-01-14"}

TEXT = """
Tainted bootleg alcohol kills 31 people in Istanbul, police detain distillery owner

ISTANBUL, Jan 14 (Reuters) - At least 31 people have died in Istanbul after drinking bootleg spirits laced with methanol, and police have detained the owner of an unlicensed distillery that allegedly supplied the drink, the city governor's office said on Wednesday.
Another 46 people were being treated in hospitals across the city, 19 of them in intensive care, the office said.
Most of the victims had bought cheap raki last week at two corner shops in the Esenyurt and Avcilar districts, according to police.

Police detained the distillery's owner, Kemal Aydogan, 52, at his home in Esenyurt late on Monday along with his son and three employees.
Prosecutors charged the 52-year-old with manslaughter on Tuesday, the state-run Anadolu news agency reported.
His lawyer, Selin Korkmaz, said her client had bought the alcohol from a supplier in the northwestern city of Tekirdag and had not tampered with it.
"My client is a small businessman, not a murderer," Korkmaz told reporters outside the courthouse.

The Health Ministry said it had sent 4,000 doses of the antidote fomepizole to hospitals in the city.
It urged people not to buy spirits from unlicensed sellers.
Doctors at Bagcilar Training and Research Hospital, which has admitted 23 of the patients, said several had lost their sight.
"We have treated patients as young as 19, and some of them will never see again," said Elif Sahin, who heads the hospital's toxicology unit.

On Saturday, police raided the distillery, a converted warehouse on the outskirts of Esenyurt, and seized more than 5,000 litres of spirits and several drums of industrial methanol, according to a police statement.
The distillery is believed to have used industrial methanol, which is far cheaper than ethanol, to increase its output over the holidays, a police source told Reuters.
A court fined Aydogan in 2023 for selling untaxed alcohol, court records showed.

The main opposition Republican People's Party (CHP) blamed the deaths on steep alcohol taxes, which it said had pushed poorer drinkers towards the black market.
Turkey has raised the special consumption tax on raki several times since 2022, pushing the price of a bottle above 1,000 lira ($23).
"People cannot afford a bottle from the supermarket, so they buy raki from the back of a van," said Aylin Tekin, a CHP lawmaker from Istanbul.
The government has rejected calls to cut the tax, arguing that it protects public health.

Two Russian tourists who had bought raki at a shop near their hotel in the Beyoglu district were among the dead, the Russian consulate in Istanbul said.
The consulate said it was in contact with their families and had asked Turkish authorities for a full account of the case.
In Esenyurt, residents said one of the corner shops had sold raki for 400 lira a bottle, less than half the usual price.
"My brother drank two glasses at a wedding in Avcilar and woke up blind," said Hakan Yildiz, 34, a construction worker whose brother died on Monday.
He said his family would sue the distillery and the shop that sold the bottle.

In October 2020, bootleg alcohol killed dozens of people in several provinces, prompting authorities to tighten controls on ethanol sales.
Police said on Wednesday they had also detained a man in Tekirdag who is suspected of selling methanol to the distillery.
The governor's office said inspectors had checked more than 800 shops and bars across the city since Sunday and sealed 14 of them.
"""

GOVOFF = ["Istanbul governor's office", "governor's office", "city governor's office", "office", "governor", "Istanbul governor"]
POL = ["police", "Istanbul police"]
KA = ["Kemal Aydogan", "owner", "distillery owner"]
DIST = ["distillery", "unlicensed distillery"]
SPIRITS = ["bootleg spirits", "spirits"]
SK = "Selin Korkmaz"
HM = ["Health Ministry", "ministry", "Turkish Health Ministry"]
BAG = ["Bagcilar Training and Research Hospital", "Bagcilar hospital", "hospital"]
ES = "Elif Sahin"
CHP = ["CHP", "Republican People's Party", "main opposition Republican People's Party"]
TAX = ["special consumption tax", "tax", "consumption tax"]
TOUR = ["Russian tourists", "tourists"]
CONS = ["Russian consulate", "consulate"]
SHOPS = ["corner shops", "shops", "corner shop", "shop"]
HY = "Hakan Yildiz"

ALIASES = {
    "Istanbul governor's office": ["governor's office", "city governor's office", "office"],
    "Kemal Aydogan": ["owner", "distillery owner"],
    "distillery": ["unlicensed distillery"],
    "bootleg spirits": ["spirits"],
    "Health Ministry": ["ministry", "Turkish Health Ministry"],
    "Bagcilar Training and Research Hospital": ["Bagcilar hospital", "hospital"],
    "CHP": ["Republican People's Party"],
    "special consumption tax": ["tax", "consumption tax"],
    "Russian tourists": ["tourists"],
    "Russian consulate": ["consulate"],
    "corner shops": ["shops"],
    "police": ["Istanbul police"],
}

RELS = [
    # headline
    R("Tainted bootleg alcohol kills 31 people", ["bootleg alcohol", "tainted bootleg alcohol", "alcohol"], "kill", "people",
      place="Istanbul"),
    R("police detain distillery owner", "police", "detain", KA),
    # 1
    R("after drinking bootleg spirits", "people", "drink", SPIRITS, "participial", attr=GOVOFF, place="Istanbul"),
    R("police have detained the owner", POL, "detain", KA, "conjunction", attr=GOVOFF),
    R("that allegedly supplied the drink", DIST, "supply", ["drink"] + SPIRITS, "relative nominal_anaphora", mod="allegedly",
      attr=GOVOFF),
    # 3
    R("had bought cheap raki last week", ["victims", "most"], "buy", ["raki", "cheap raki"], attr=["police"],
      date="week:2026-01-05", place=["Esenyurt", "Avcilar", "corner shops", "shops"]),
    # 4
    R("Police detained the distillery's owner", POL, "detain", KA, "apposition", date="mon", place=["Esenyurt", "home"]),
    R("along with his son", POL, "detain", "son", "conjunction", date="mon", place=["Esenyurt", "home"]),
    R("along with his son", POL, "detain", "employees", "conjunction", date="mon", place=["Esenyurt", "home"]),
    # 5
    R("Prosecutors charged the 52-year-old", "prosecutors", "charge", "Kemal Aydogan", "nominal_anaphora",
      attr=["Anadolu", "Anadolu news agency", "state-run Anadolu news agency"], date="tue"),
    # 6
    R("her client had bought the alcohol", "Kemal Aydogan", ["buy", "buy from"], ["alcohol", "supplier"], "nominal_anaphora",
      attr=SK),
    R("had not tampered with it", "Kemal Aydogan", "tamper with", "alcohol", "prepositional conjunction nominal_anaphora pronoun",
      neg=True, attr=SK),
    # 8
    R("it had sent 4,000 doses", HM, "send", ["fomepizole", "antidote fomepizole", "doses", "antidote"], "pronoun", attr=HM),
    # 9
    R("It urged people not to buy", HM, "urge", "people", "control pronoun"),
    # 10
    R("which has admitted 23 of the patients", BAG, "admit", "patients", "relative"),
    R("several had lost their sight", ["patients", "several"], "lose", "sight", attr="doctors"),
    # 11
    R("We have treated patients", [ES, "doctors"] + BAG, "treat", "patients", "pronoun", attr=ES),
    R("who heads the hospital's toxicology unit", ES, "head", "toxicology unit", "relative"),
    # 12
    R("police raided the distillery", POL, "raid", DIST, "apposition nominal_anaphora",
      attr=["statement", "police statement", "police"], date="sat", place=["Esenyurt", "warehouse"]),
    R("seized more than 5,000 litres of spirits", POL, "seize", "spirits", "conjunction",
      attr=["statement", "police statement", "police"], date="sat"),
    R("several drums of industrial methanol", POL, "seize", ["industrial methanol", "methanol"], "conjunction",
      attr=["statement", "police statement", "police"], date="sat"),
    # 13
    R("is believed to have used industrial methanol", DIST, "use", ["industrial methanol", "methanol"], "control nominal_anaphora",
      mod=["believed to", "is believed to"], attr=["police source", "source"]),
    # 14
    R("A court fined Aydogan", "court", "fine", "Kemal Aydogan", attr="court records", date="year:2023"),
    R("for selling untaxed alcohol", "Kemal Aydogan", "sell", ["untaxed alcohol", "alcohol"], "participial",
      attr="court records", date="year:2023"),
    # 15
    R("blamed the deaths on steep alcohol taxes", CHP, ["blame", "blame on"], ["deaths", "alcohol taxes", "taxes"]),
    R("which it said had pushed poorer drinkers", ["alcohol taxes", "taxes"], ["push", "push towards"],
      ["drinkers", "poorer drinkers", "black market"], "relative", attr=CHP),
    # 16
    R("Turkey has raised the special consumption tax", "Turkey", "raise", TAX),
    R("pushing the price of a bottle", "Turkey", "push", "price", "participial"),
    # 17
    R("People cannot afford a bottle", "people", "afford", "bottle", neg=True, attr="Aylin Tekin"),
    R("they buy raki from the back of a van", "people", ["buy", "buy from"], ["raki", "van"], "pronoun conjunction",
      attr="Aylin Tekin"),
    # 18
    R("The government has rejected calls", ["government", "Turkish government"], "reject", "calls"),
    R("arguing that it protects public health", TAX, "protect", "public health", "active pronoun",
      attr=["government", "Turkish government"]),
    # 19
    R("Two Russian tourists who had bought raki", TOUR, "buy", "raki", "relative", attr=CONS, place=["Beyoglu", "shop"]),
    # 20
    R("had asked Turkish authorities for a full account", CONS, ["ask", "ask for"], ["Turkish authorities", "authorities", "account"],
      "pronoun conjunction", attr=CONS),
    # 21
    R("one of the corner shops had sold raki", SHOPS, "sell", "raki", "nominal_anaphora", attr="residents", place="Esenyurt"),
    # 22
    R("My brother drank two glasses", "brother", "drink", "glasses", "pronoun", attr=HY, place=["Avcilar", "wedding"]),
    # 23
    R("his family would sue the distillery", "family", "sue", DIST, "pronoun nominal_anaphora", mod="would", attr=HY),
    R("his family would sue the distillery", "family", "sue", "shop", "pronoun conjunction", mod="would", attr=HY),
    R("the shop that sold the bottle", "shop", "sell", "bottle", "relative", attr=HY),
    # 24
    R("bootleg alcohol killed dozens of people", ["bootleg alcohol", "alcohol"], "kill", "people", date="month:2020-10"),
    R("prompting authorities to tighten controls", ["bootleg alcohol", "alcohol"], "prompt", "authorities", "participial control",
      date="month:2020-10"),
    # 25
    R("they had also detained a man in Tekirdag", POL, "detain", "man", "pronoun", attr=POL),
    R("who is suspected of selling methanol", "man", ["sell", "sell to"], ["methanol", "distillery"], "relative",
      mod=["suspected of", "is suspected of"], attr=POL),
    # 26
    R("inspectors had checked more than 800 shops", "inspectors", "check", "shops", "conjunction", attr=GOVOFF, place="Istanbul"),
    R("inspectors had checked more than 800 shops", "inspectors", "check", "bars", "conjunction", attr=GOVOFF, place="Istanbul"),
    R("sealed 14 of them", "inspectors", "seal", ["shops", "bars", "shops and bars"], "conjunction pronoun", attr=GOVOFF),
]

COREF = [
    C("that allegedly supplied the drink", "the drink", "bootleg spirits", "nominal"),
    C("Another 46 people were being treated", "the city", "Istanbul", "nominal"),
    C("Another 46 people were being treated", "them", "people"),
    C("Another 46 people were being treated", "the office", "Istanbul governor's office", "nominal"),
    C("Police detained the distillery's owner", "the distillery", "distillery", "nominal"),
    C("Police detained the distillery's owner", "his", "Kemal Aydogan"),
    C("Police detained the distillery's owner", "his", "Kemal Aydogan", occurrence=2),
    C("Prosecutors charged the 52-year-old", "the 52-year-old", "Kemal Aydogan", "nominal"),
    C("her client had bought the alcohol", "His", "Kemal Aydogan"),
    C("her client had bought the alcohol", "her", SK),
    C("her client had bought the alcohol", "her client", "Kemal Aydogan", "nominal"),
    C("her client had bought the alcohol", "it", "alcohol"),
    C("My client is a small businessman", "My", SK),
    C("My client is a small businessman", "My client", "Kemal Aydogan", "nominal"),
    C("it had sent 4,000 doses", "it", "Health Ministry"),
    C("it had sent 4,000 doses", "the city", "Istanbul", "nominal"),
    C("It urged people not to buy", "It", "Health Ministry"),
    C("several had lost their sight", "their", ["patients", "several"]),
    C("We have treated patients", "We", [ES, "doctors"] + BAG),
    C("We have treated patients", "them", "patients"),
    C("We have treated patients", "the hospital", "Bagcilar Training and Research Hospital", "nominal"),
    C("police raided the distillery", "the distillery", "distillery", "nominal"),
    C("is believed to have used industrial methanol", "The distillery", "distillery", "nominal"),
    C("is believed to have used industrial methanol", "its", "distillery"),
    C("which it said had pushed poorer drinkers", "it", "CHP"),
    C("they buy raki from the back of a van", "they", "people"),
    C("The government has rejected calls", "the tax", "special consumption tax", "nominal"),
    C("The government has rejected calls", "it", "special consumption tax"),
    C("Two Russian tourists who had bought raki", "their", "Russian tourists"),
    C("had asked Turkish authorities for a full account", "The consulate", "Russian consulate", "nominal"),
    C("had asked Turkish authorities for a full account", "it", "Russian consulate"),
    C("had asked Turkish authorities for a full account", "their", "Russian tourists"),
    C("one of the corner shops had sold raki", "the corner shops", "corner shops", "nominal"),
    C("My brother drank two glasses", "My", HY),
    C("his family would sue the distillery", "He", HY),
    C("his family would sue the distillery", "his", HY),
    C("his family would sue the distillery", "the distillery", "distillery", "nominal"),
    C("they had also detained a man in Tekirdag", "they", "police"),
    C("they had also detained a man in Tekirdag", "the distillery", "distillery", "nominal"),
    C("inspectors had checked more than 800 shops", "the city", "Istanbul", "nominal"),
    C("inspectors had checked more than 800 shops", "them", ["shops", "bars", "shops and bars"]),
]

META = {"id": "news-gold-46", "date": "2026-10-30"}

TEXT = """
Poland expels three Russian diplomats after arrests of suspected saboteurs

WARSAW, Oct 30 (Reuters) - Poland ordered three Russian diplomats to leave the country within 72 hours on Friday after its security services arrested four people suspected of plotting arson attacks on railway lines that carry military aid to Ukraine.
The foreign ministry said the diplomats, two of whom were attached to the embassy's military attache office, had coordinated the group's activities and paid its members in cryptocurrency.
Russia's embassy in Warsaw rejected the accusations as "absurd provocations" and said Moscow would respond.
Moscow closed Poland's consulate in Kaliningrad last year after Warsaw shut a Russian consulate in Krakow.

Officers of the Internal Security Agency (ABW) detained the four suspects in raids in Rzeszow, Lublin and Bialystok on Wednesday, prosecutors said.
Prosecutors charged the suspects, two Poles, a Belarusian and a Ukrainian, with espionage and with preparing acts of sabotage on behalf of Russian military intelligence, the National Prosecutor's Office said on Thursday.
According to prosecutors, one of the Polish suspects, a 34-year-old railway signal technician identified as Marcin K., had given his handlers the timetables of military freight trains passing through the border station at Medyka.
He had also photographed military convoys near Rzeszow airport, a hub for Western weapons deliveries to Ukraine, the prosecutors said.
Prosecutors said the Belarusian suspect had bought flammable liquid and timers in Lithuania and stored them in a rented garage in Bialystok.
The Ukrainian, a 27-year-old delivery driver, had allegedly been recruited through a Telegram channel that offered cash for "simple tasks", the office said.
Polish officials say Russian intelligence has increasingly used such channels to recruit people with no links to Moscow, including teenagers, for arson and vandalism across Europe.
A court in Wroclaw has sentenced a 19-year-old Polish man to six years in prison for setting fire to a warehouse on the orders of a contact he met on Telegram.

"Russia is recruiting our own citizens to burn our own railways, and we will expel every diplomat involved," Foreign Ministry spokesman Adam Lis told reporters.
Lis said the expelled diplomats had worked for the GRU military intelligence agency under diplomatic cover and that Poland might close the Russian embassy's trade office in Gdansk.
Russia's foreign ministry said in a statement that Warsaw was whipping up "spy mania" to justify its rising defence budget.
It said Russia had never carried out sabotage on Polish territory.

Poland, a key transit route for military aid to Ukraine, has arrested more than 50 people on suspicion of spying for Russia since 2022.
In May 2024, fire destroyed the Marywilska shopping centre in Warsaw, an attack the government later said had been ordered by Russian intelligence.
In November 2025, an explosion damaged the railway line between Warsaw and Lublin, which carries aid to Ukraine.

The state rail infrastructure company PKP PLK said it had doubled patrols along lines near the Belarusian and Ukrainian borders and installed cameras at 40 junctions.
"We have asked train drivers to report anyone standing near the tracks at night," a spokesman for the company said.
In Rzeszow, residents said ABW officers had searched a block of flats on Wednesday and led a man out in handcuffs.
"He was a quiet man who worked on the railways and fixed bicycles for the neighbours' children," said Halina Wojcik, 61, who lives on the same floor.
Belarus's foreign ministry summoned Poland's charge d'affaires in Minsk on Thursday over what it called the unlawful detention of a Belarusian citizen.
Prosecutors said the four suspects could face up to 10 years in prison if convicted and that they were investigating whether others had helped the group.
"""

POL = ["Poland", "Warsaw", "Polish government"]
RD = ["Russian diplomats", "diplomats"]
SEC = ["security services", "Polish security services", "Poland"]
SUSP = ["people", "suspects", "group", "four suspects"]
PFM = ["Polish foreign ministry", "foreign ministry", "ministry", "Foreign Ministry"]
EMB = ["Russian embassy", "Russia's embassy", "embassy"]
RUS = ["Russia", "Moscow"]
ABW = ["officers", "ABW", "Internal Security Agency", "ABW officers"]
PROS = ["prosecutors", "National Prosecutor's Office"]
NPO = ["National Prosecutor's Office", "office", "prosecutors"]
MK = ["Marcin K.", "railway signal technician", "technician", "one"]
BEL = ["Belarusian suspect", "Belarusian", "suspect"]
RI = ["Russian intelligence", "Russian military intelligence", "intelligence"]
MAN = ["man", "Polish man"]
ALIS = ["Adam Lis", "Poland", "Polish foreign ministry", "foreign ministry"]
RFM = ["Russian foreign ministry", "Russia's foreign ministry", "Russia"]
PKP = ["PKP PLK", "company", "state rail infrastructure company"]
SPK = ["spokesman", "PKP PLK"]
BFM = ["Belarusian foreign ministry", "Belarus's foreign ministry", "Belarus"]
RZMAN = ["man", "Marcin K."]

ALIASES = {
    "Poland": ["Warsaw"],
    "Russian diplomats": ["diplomats"],
    "people": ["suspects", "group", "four suspects"],
    "Russian embassy": ["Russia's embassy", "embassy"],
    "National Prosecutor's Office": ["office"],
    "prosecutors": ["National Prosecutor's Office"],
    "Marcin K.": ["railway signal technician", "technician"],
    "Belarusian": ["Belarusian suspect"],
    "Ukrainian": ["Ukrainian suspect"],
    "Russian foreign ministry": ["Russia's foreign ministry"],
    "PKP PLK": ["company"],
    "Belarusian foreign ministry": ["Belarus's foreign ministry"],
}

RELS = [
    # headline
    R("Poland expels three Russian diplomats", "Poland", "expel", RD),
    # 1
    R("Poland ordered three Russian diplomats", POL, "order", RD, "control", date="fri"),
    R("its security services arrested four people", SEC, "arrest", "people", "pronoun"),
    R("suspected of plotting arson attacks", "people", "plot", ["arson attacks", "attacks"], "participial",
      mod=["suspected of", "is suspected of"]),
    R("railway lines that carry military aid", ["railway lines", "lines"], "carry", ["military aid", "aid"], "relative"),
    # 2
    R("had coordinated the group's activities", RD, "coordinate", "activities", "nominal_anaphora", attr=PFM),
    R("paid its members in cryptocurrency", RD, "pay", "members", "conjunction nominal_anaphora", attr=PFM),
    # 3
    R("rejected the accusations", EMB, "reject", "accusations"),
    # 4
    R("Moscow closed Poland's consulate", RUS, "close", ["Polish consulate", "consulate", "Poland's consulate"],
      date="year:2025", place="Kaliningrad"),
    R("Warsaw shut a Russian consulate in Krakow", POL, "shut", ["Russian consulate", "consulate"], place="Krakow"),
    # 5
    R("detained the four suspects", ABW, "detain", SUSP, "nominal_anaphora", attr="prosecutors", date="wed",
      place=["Rzeszow", "Lublin", "Bialystok"]),
    # 6
    R("Prosecutors charged the suspects", "prosecutors", "charge", SUSP, "apposition nominal_anaphora",
      attr=["National Prosecutor's Office", "office"]),
    # 7
    R("had given his handlers the timetables", MK, "give", ["timetables", "handlers"], "apposition", attr="prosecutors"),
    R("military freight trains passing through", ["military freight trains", "freight trains", "trains"], "pass through",
      ["border station", "station", "Medyka"], "participial prepositional", attr="prosecutors"),
    # 8
    R("He had also photographed military convoys", MK, "photograph", ["military convoys", "convoys"], "pronoun",
      attr=PROS, place=["Rzeszow airport", "Rzeszow"]),
    # 9
    R("had bought flammable liquid and timers", BEL, "buy", ["flammable liquid", "liquid"], "conjunction nominal_anaphora",
      attr="prosecutors", place="Lithuania"),
    R("had bought flammable liquid and timers", BEL, "buy", "timers", "conjunction nominal_anaphora",
      attr="prosecutors", place="Lithuania"),
    R("stored them in a rented garage", BEL, "store", ["flammable liquid", "liquid"], "conjunction nominal_anaphora pronoun",
      attr="prosecutors", place=["Bialystok", "garage"]),
    R("stored them in a rented garage", BEL, "store", "timers", "conjunction nominal_anaphora pronoun",
      attr="prosecutors", place=["Bialystok", "garage"]),
    # 10
    R("a Telegram channel that offered cash", ["Telegram channel", "channel"], "offer", "cash", "relative", attr=NPO),
    # 11
    R("Russian intelligence has increasingly used such channels", RI, "use", "channels", attr="Polish officials"),
    # 12
    R("A court in Wroclaw has sentenced", "court", "sentence", MAN),
    R("for setting fire to a warehouse", MAN, "set fire to", "warehouse", "participial prepositional"),
    R("a contact he met on Telegram", MAN, "meet", "contact", "relative pronoun"),
    # 13
    R("Russia is recruiting our own citizens", "Russia", "recruit", "citizens", attr="Adam Lis"),
    R("we will expel every diplomat involved", ALIS, "expel", "diplomat", "pronoun conjunction", mod="will",
      attr="Adam Lis"),
    # 14
    R("the expelled diplomats had worked for the GRU", RD, "work for", ["GRU", "GRU military intelligence agency"],
      "prepositional nominal_anaphora", attr="Adam Lis"),
    R("Poland might close the Russian embassy's trade office", "Poland", "close", "trade office", mod="might",
      attr="Adam Lis", place="Gdansk"),
    # 15
    R("Warsaw was whipping up", POL, "whip up", ["spy mania", "mania"], "prepositional", attr=RFM),
    # 16
    R("Russia had never carried out sabotage", "Russia", "carry out", "sabotage", "prepositional", neg=True, attr=RFM,
      place=["Poland", "Polish territory"]),
    # 17
    R("has arrested more than 50 people", "Poland", "arrest", "people", "apposition"),
    R("on suspicion of spying for Russia", "people", "spy for", "Russia", "participial prepositional",
      mod="on suspicion of"),
    # 18
    R("fire destroyed the Marywilska shopping centre", "fire", "destroy",
      ["Marywilska shopping centre", "shopping centre", "Marywilska"], date="month:2024-05", place="Warsaw"),
    R("an attack the government later said had been ordered", RI, "order", "attack", "relative passive apposition",
      attr=["government", "Polish government"]),
    # 19
    R("an explosion damaged the railway line", "explosion", "damage", ["railway line", "line"], date="month:2025-11"),
    R("which carries aid to Ukraine", ["railway line", "line"], "carry", "aid", "relative"),
    # 20
    R("it had doubled patrols", PKP, "double", "patrols", "pronoun", attr=PKP),
    R("installed cameras at 40 junctions", PKP, "install", "cameras", "pronoun conjunction", attr=PKP),
    # 21
    R("We have asked train drivers", SPK, "ask", ["train drivers", "drivers"], "control pronoun", attr=SPK),
    # 22
    R("ABW officers had searched a block of flats", ABW, "search", ["block of flats", "flats", "block"],
      attr="residents", date="wed", place="Rzeszow"),
    R("led a man out in handcuffs", ABW, "lead out", "man", "prepositional conjunction", attr="residents", date="wed",
      place="Rzeszow"),
    # 23
    R("a quiet man who worked on the railways", RZMAN, "work on", "railways", "relative prepositional",
      attr="Halina Wojcik"),
    R("fixed bicycles for the neighbours' children", RZMAN, "fix", "bicycles", "relative conjunction",
      attr="Halina Wojcik"),
    # 24
    R("summoned Poland's charge d'affaires", BFM, "summon", ["charge d'affaires", "Poland's charge d'affaires"],
      date="thu"),
    # 25
    R("the four suspects could face", SUSP, "face", ["years", "prison"], "nominal_anaphora", mod=["could", "if"],
      attr="prosecutors"),
    R("whether others had helped the group", "others", "help", SUSP, "nominal_anaphora", mod=["whether", "if"],
      attr="prosecutors"),
]

COREF = [
    C("Poland ordered three Russian diplomats", "the country", "Poland", "nominal"),
    C("Poland ordered three Russian diplomats", "its", "Poland"),
    C("had coordinated the group's activities", "the diplomats", "Russian diplomats", "nominal"),
    C("had coordinated the group's activities", "the group", "people", "nominal"),
    C("had coordinated the group's activities", "its", "people"),
    C("detained the four suspects", "the four suspects", "people", "nominal"),
    C("Prosecutors charged the suspects", "the suspects", "people", "nominal"),
    C("had given his handlers the timetables", "his", "Marcin K."),
    C("He had also photographed military convoys", "He", "Marcin K."),
    C("He had also photographed military convoys", "the prosecutors", "prosecutors", "nominal"),
    C("had bought flammable liquid and timers", "the Belarusian suspect", "Belarusian", "nominal"),
    C("had bought flammable liquid and timers", "them", ["flammable liquid", "timers", "liquid"]),
    C("a Telegram channel that offered cash", "The Ukrainian", "Ukrainian", "nominal"),
    C("a Telegram channel that offered cash", "the office", "National Prosecutor's Office", "nominal"),
    C("a contact he met on Telegram", "he", MAN),
    C("Russia is recruiting our own citizens", "our", ALIS),
    C("Russia is recruiting our own citizens", "our", ALIS, occurrence=2),
    C("Russia is recruiting our own citizens", "we", ALIS),
    C("the expelled diplomats had worked for the GRU", "the expelled diplomats", "Russian diplomats", "nominal"),
    C("the expelled diplomats had worked for the GRU", "the Russian embassy", "Russian embassy", "nominal"),
    C("Warsaw was whipping up", "its", "Poland"),
    C("Russia had never carried out sabotage", "It", "Russian foreign ministry"),
    C("it had doubled patrols", "it", "PKP PLK"),
    C("We have asked train drivers", "We", SPK),
    C("We have asked train drivers", "the company", "PKP PLK", "nominal"),
    C("a quiet man who worked on the railways", "He", RZMAN),
    C("summoned Poland's charge d'affaires", "it", "Belarusian foreign ministry"),
    C("the four suspects could face", "the four suspects", "people", "nominal"),
    C("the four suspects could face", "they", "prosecutors"),
    C("the four suspects could face", "the group", "people", "nominal"),
]

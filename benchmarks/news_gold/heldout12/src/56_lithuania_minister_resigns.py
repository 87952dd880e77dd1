META = {"id": "news-gold-56", "date": "2026-06-02"}

TEXT = """
Lithuanian defence minister quits as graft investigators raid ministry

VILNIUS, Lithuania, June 2 (AP) - Lithuania's defence minister, Rokas Vaitkus, resigned on Tuesday, hours after anti-corruption investigators searched his ministry and detained one of his deputies over a contract for armoured vehicles.
Vaitkus, 47, denied any wrongdoing but said he was stepping down so that the investigation would not harm the government or the armed forces.
"I cannot lead the ministry while my name is being dragged through the mud," he told a news conference in Vilnius.
Prime Minister Darius Kazlauskas accepted the resignation and asked Foreign Minister Aiste Grigaite to run the ministry until a successor is chosen.

The Special Investigation Service (STT) said its officers had detained Deputy Defence Minister Egle Jankauskiene and two executives of Baltic Armour Systems, a Kaunas-based company that won a 310-million-euro ($360 million) contract last year to supply 90 armoured personnel carriers.
Ministry officials are suspected of leaking details of rival bids to the company in exchange for bribes, the agency said in a statement.
It said the company's chief executive, Mantas Zukauskas, had offered cash and a holiday villa in Spain to officials who helped it win the tender.
Baltic Armour Systems denied the allegations and said it would cooperate fully with investigators.

The Baltic country, which borders Russia's Kaliningrad exclave and Belarus, has more than tripled defence spending since Russia's full-scale invasion of Ukraine in 2022.
It plans to spend more than 5% of its economic output on defence next year, one of the highest shares in NATO.
A rival bidder, Germany's Rheinwerk Defence, complained to the ministry in March 2025 that the tender had been tailored to favour the Lithuanian firm, according to documents seen by The Associated Press.
The ministry rejected the complaint, and a Vilnius court dismissed a lawsuit by Rheinwerk in November.
Prosecutors questioned Jankauskiene, who oversaw procurement, overnight and said she could face charges of abuse of office and bribery.
Her lawyer, Tomas Bielskis, said his client had followed every rule and would prove her innocence.

The opposition Homeland Union, which has called for an early election, said it would seek a no-confidence vote against Kazlauskas's government next week.
"This is not one bad official, this is a system that has been rotten for years," said Laurynas Petrauskas, the party's leader in parliament.
Kazlauskas, whose Social Democrats lead a three-party coalition with 79 of parliament's 141 seats, said he expected to survive the vote.
He told reporters the ministry would review every contract signed under Vaitkus and promised to publish the results by the end of the year.
The president's office said in a statement that the head of state had been informed of the investigation in April and had urged the government to act quickly.

The scandal comes as Germany prepares to station a full armoured brigade in Lithuania by 2027.
A NATO official in Brussels, speaking on condition of anonymity, said the resignation would not delay the deployment.
The ministry said it had suspended payments to Baltic Armour Systems and would not accept the first 30 carriers, due in September, until the investigation ends.
The company employs about 600 people at its plant in Kaunas, and its owner, businessman Vytautas Rimkus, is one of the country's largest political donors.
Electoral commission records show Rimkus gave 40,000 euros to the Social Democrats before the 2024 parliamentary election.
A spokesman for the party said the donation had been declared in full and denied that Rimkus had ever sought favours from the government.
Vaitkus, a former army colonel who commanded Lithuanian troops in Afghanistan, said he would remain a member of parliament and would help investigators in any way he could.
"""

RV = "Rokas Vaitkus"
DM = ["Defence Ministry", "ministry", "defence ministry", "Lithuanian Defence Ministry"]
STT = ["STT", "Special Investigation Service"]
INV = ["anti-corruption investigators", "investigators", "STT", "graft investigators"]
EJ = ["Egle Jankauskiene"]
BAS = ["Baltic Armour Systems", "company"]
DK = "Darius Kazlauskas"
MZ = "Mantas Zukauskas"
LT = ["Lithuania", "Baltic country"]
RD = ["Rheinwerk Defence", "Rheinwerk"]
HU = ["Homeland Union", "opposition Homeland Union"]
SD = ["Social Democrats"]
VR = "Vytautas Rimkus"
GOV = ["government", "Lithuanian government", "Kazlauskas's government"]
CARR = ["carriers", "armoured personnel carriers"]

ALIASES = {
    "Defence Ministry": ["ministry", "defence ministry", "Lithuanian Defence Ministry"],
    "STT": ["Special Investigation Service"],
    "Baltic Armour Systems": ["company"],
    "Lithuania": ["Baltic country"],
    "Homeland Union": ["opposition Homeland Union"],
}

RELS = [
    # headline
    R("graft investigators raid ministry", INV, "raid", DM),
    # 1
    R("anti-corruption investigators searched his ministry", INV, "search", DM),
    R("detained one of his deputies", INV, "detain", ["deputies", "deputy"] + EJ, "conjunction"),
    # 2
    R("denied any wrongdoing", RV, "deny", "wrongdoing"),
    R("the investigation would not harm the government", "investigation", "harm", GOV, neg=True, mod="would", attr=RV),
    R("the investigation would not harm the government", "investigation", "harm", "armed forces", "conjunction", neg=True,
      mod="would", attr=RV),
    # 3
    R("I cannot lead the ministry", RV, "lead", DM, "pronoun nominal_anaphora", neg=True, attr=RV),
    # 4
    R("accepted the resignation", DK, "accept", "resignation"),
    R("asked Foreign Minister Aiste Grigaite", DK, "ask", "Aiste Grigaite", "control conjunction"),
    # 5
    R("its officers had detained", ["officers"] + STT, "detain", EJ, "pronoun", attr=STT),
    R("its officers had detained", ["officers"] + STT, "detain", "executives", "pronoun conjunction", attr=STT),
    R("a Kaunas-based company that won", BAS, "win", "contract", "relative apposition", attr=STT, date="year:2025"),
    # 6
    R("Ministry officials are suspected of leaking", ["ministry officials", "officials"], "leak", ["details", "rival bids", "bids"],
      "participial", mod="suspected of", attr=STT),
    # 7
    R("had offered cash and a holiday villa", MZ, "offer", ["cash", "officials"], "apposition", attr=STT),
    R("had offered cash and a holiday villa", MZ, "offer", ["villa", "holiday villa", "officials"], "apposition conjunction",
      attr=STT),
    R("officials who helped it win the tender", "officials", "help", BAS, "relative control pronoun", attr=STT),
    # 8
    R("Baltic Armour Systems denied the allegations", BAS, "deny", "allegations"),
    R("it would cooperate fully with investigators", BAS, "cooperate with", "investigators", "prepositional pronoun", mod="would",
      attr=BAS),
    # 9
    R("which borders Russia's Kaliningrad exclave", LT, "border", ["Kaliningrad exclave", "Kaliningrad"], "relative nominal_anaphora"),
    R("which borders Russia's Kaliningrad exclave", LT, "border", "Belarus", "relative conjunction nominal_anaphora"),
    R("has more than tripled defence spending", LT, "triple", ["defence spending", "spending"], "nominal_anaphora"),
    # 10
    R("It plans to spend", LT, ["spend", "spend on"], ["economic output", "output", "defence"], "control pronoun",
      mod=["plans to", "plan to"], date="year:2027"),
    # 11
    R("complained to the ministry in March 2025", RD, "complain to", DM, "prepositional apposition nominal_anaphora",
      attr="documents", date="month:2025-03"),
    R("documents seen by The Associated Press", ["Associated Press", "AP"], "see", "documents", "reduced_passive"),
    # 12
    R("The ministry rejected the complaint", DM, "reject", "complaint", "nominal_anaphora"),
    R("a Vilnius court dismissed a lawsuit", ["Vilnius court", "court"], "dismiss", "lawsuit", "conjunction", date="month:2025-11"),
    # 13
    R("Prosecutors questioned Jankauskiene", "prosecutors", "question", EJ, date="overnight"),
    R("who oversaw procurement", EJ, "oversee", "procurement", "relative"),
    R("she could face charges", EJ, "face", "charges", "pronoun", mod="could", attr="prosecutors"),
    # 14
    R("his client had followed every rule", EJ, "follow", "rule", "nominal_anaphora", attr="Tomas Bielskis"),
    R("would prove her innocence", EJ, "prove", "innocence", "conjunction nominal_anaphora", mod="would", attr="Tomas Bielskis"),
    # 15
    R("which has called for an early election", HU, "call for", ["early election", "election"], "relative prepositional"),
    R("it would seek a no-confidence vote", HU, "seek", ["no-confidence vote", "vote"], "pronoun", mod="would", attr=HU,
      date="week:2026-06-08"),
    # 17
    R("whose Social Democrats lead a three-party coalition", SD, "lead", ["three-party coalition", "coalition"], "relative"),
    R("he expected to survive the vote", DK, "survive", ["no-confidence vote", "vote"], "control pronoun nominal_anaphora",
      mod="expected to", attr=DK),
    # 18
    R("the ministry would review every contract", DM, "review", "contract", "nominal_anaphora", mod="would", attr=DK),
    R("promised to publish the results", DK, "promise", "results", "control conjunction pronoun"),
    R("promised to publish the results", DK, "publish", "results", "control conjunction pronoun", mod="promised to"),
    # 19
    R("had urged the government to act quickly", ["head of state", "president"], "urge", GOV,
      "control conjunction nominal_anaphora", attr=["president's office", "office"]),
    # 20
    R("Germany prepares to station", "Germany", "station", ["armoured brigade", "brigade"], "control",
      mod=["prepares to", "prepare to"], place="Lithuania"),
    # 21
    R("the resignation would not delay the deployment", "resignation", "delay", "deployment", neg=True, mod="would",
      attr=["NATO official", "official"]),
    # 22
    R("it had suspended payments", DM, "suspend", "payments", "pronoun nominal_anaphora", attr=DM),
    R("would not accept the first 30 carriers", DM, "accept", CARR, "pronoun conjunction nominal_anaphora", neg=True,
      mod="would", attr=DM),
    # 23
    R("The company employs about 600 people", BAS, "employ", "people", "nominal_anaphora", place=["plant", "Kaunas"]),
    # 24
    R("Rimkus gave 40,000 euros", VR, ["give", "give to"], ["euros", "Social Democrats"], attr=["records", "electoral commission records"]),
    # 25
    R("denied that Rimkus had ever sought favours", VR, "seek", "favours", neg=True, attr=["spokesman", "party spokesman"]),
    # 26
    R("who commanded Lithuanian troops in Afghanistan", RV, "command", ["Lithuanian troops", "troops"], "relative apposition",
      place="Afghanistan"),
    R("would help investigators in any way", RV, "help", "investigators", "pronoun conjunction", mod="would", attr=RV),
]

COREF = [
    C("anti-corruption investigators searched his ministry", "his", RV),
    C("anti-corruption investigators searched his ministry", "his", RV, occurrence=2),
    C("denied any wrongdoing", "he", RV),
    C("I cannot lead the ministry", "I", RV),
    C("I cannot lead the ministry", "the ministry", "Defence Ministry", "nominal"),
    C("I cannot lead the ministry", "my", RV),
    C("I cannot lead the ministry", "he", RV),
    C("asked Foreign Minister Aiste Grigaite", "the ministry", "Defence Ministry", "nominal"),
    C("its officers had detained", "its", "STT"),
    C("Ministry officials are suspected of leaking", "the company", "Baltic Armour Systems", "nominal"),
    C("Ministry officials are suspected of leaking", "the agency", "STT", "nominal"),
    C("had offered cash and a holiday villa", "It", "STT"),
    C("had offered cash and a holiday villa", "the company", "Baltic Armour Systems", "nominal"),
    C("had offered cash and a holiday villa", "it", "Baltic Armour Systems"),
    C("it would cooperate fully with investigators", "it", "Baltic Armour Systems"),
    C("which borders Russia's Kaliningrad exclave", "The Baltic country", "Lithuania", "nominal"),
    C("It plans to spend", "It", "Lithuania"),
    C("It plans to spend", "its", "Lithuania"),
    C("complained to the ministry in March 2025", "the ministry", "Defence Ministry", "nominal"),
    C("complained to the ministry in March 2025", "the Lithuanian firm", "Baltic Armour Systems", "nominal"),
    C("The ministry rejected the complaint", "The ministry", "Defence Ministry", "nominal"),
    C("she could face charges", "she", "Egle Jankauskiene"),
    C("his client had followed every rule", "Her", "Egle Jankauskiene"),
    C("his client had followed every rule", "his", "Tomas Bielskis"),
    C("his client had followed every rule", "his client", "Egle Jankauskiene", "nominal"),
    C("his client had followed every rule", "her", "Egle Jankauskiene"),
    C("it would seek a no-confidence vote", "it", "Homeland Union"),
    C("This is not one bad official", "the party", "Homeland Union", "nominal"),
    C("he expected to survive the vote", "he", DK),
    C("he expected to survive the vote", "the vote", ["no-confidence vote", "vote"], "nominal"),
    C("the ministry would review every contract", "He", DK),
    C("the ministry would review every contract", "the ministry", "Defence Ministry", "nominal"),
    C("had urged the government to act quickly", "the head of state", "president", "nominal"),
    C("it had suspended payments", "The ministry", "Defence Ministry", "nominal"),
    C("it had suspended payments", "it", "Defence Ministry"),
    C("it had suspended payments", "the first 30 carriers", CARR, "nominal"),
    C("The company employs about 600 people", "The company", "Baltic Armour Systems", "nominal"),
    C("The company employs about 600 people", "its", "Baltic Armour Systems"),
    C("The company employs about 600 people", "its", "Baltic Armour Systems", occurrence=2),
    C("The company employs about 600 people", "the country", "Lithuania", "nominal"),
    C("denied that Rimkus had ever sought favours", "the party", "Social Democrats", "nominal"),
    C("would help investigators in any way", "he", RV),
    C("would help investigators in any way", "he", RV, occurrence=2),
]

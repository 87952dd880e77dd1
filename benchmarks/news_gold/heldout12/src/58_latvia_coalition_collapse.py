META = {"id": "news-gold-58", "date": "2026-11-30"}

TEXT = """
Latvian government loses majority as farmers' party quits coalition over budget

RIGA, Latvia, Nov 30 (AP) - Latvia's governing coalition collapsed on Monday when the Farmers and Regions Alliance (FRA) quit the government over next year's budget, and Prime Minister Janis Ozols said he would try to run a minority government.
The party's leader, Agriculture Minister Raimonds Liepa, told a news conference that the government had broken its promise to protect farm subsidies and that his three ministers would hand in their resignations on Wednesday.
"We cannot support a budget that takes money from the countryside to pay for tanks," Liepa said.
Ozols, whose Unity Bloc leads the government, accused the FRA of putting party interests above national security and said he would not reopen the budget.

The draft budget, which parliament is due to vote on next week, would raise defence spending to 5% of economic output in 2027 and cut direct payments to farmers by about 12%.
The government says the increase is needed because Russia could pose a threat to the Baltic states within a few years.
Farmers drove about 400 tractors into central Riga last month, blocking traffic around the Freedom Monument for several hours.
The FRA holds 16 of the 100 seats in the Saeima, Latvia's parliament, and its departure leaves the Unity Bloc and its remaining partner, the Progress Party, with 46.
Opposition parties, led by the nationalist National Front, said they would table a no-confidence motion on Tuesday and called on Ozols to resign.
"This government has lost its mandate, and the only honest thing it can do is step aside," National Front leader Edgars Kalnins told reporters.

The president's office said he would meet party leaders on Tuesday to discuss whether a new coalition could be formed.
Latvia's constitution allows the president to propose dissolving parliament, but only if voters approve the move in a referendum.
In 2011, voters backed a dissolution proposed by then-President Valdis Zatlers, and a snap election was held two months later.
Analysts said Ozols could try to win over independent lawmakers, but that he was unlikely to pass the budget without the FRA.
"He has run out of partners, and he is running out of time," said Marta Kalnina, a political scientist at the University of Latvia.

Canada, which leads a NATO brigade based in Latvia, said on Monday that the political crisis would not affect its troops.
The Bank of Latvia urged lawmakers to approve a budget before January, warning that a delay could unsettle investors.
Under Latvian law, the government must operate on monthly spending limits if parliament fails to pass a budget by the end of the year.
The FRA, which draws most of its support from rural eastern Latvia, joined Ozols's coalition in 2024 after a previous partner walked out over a corruption scandal.
Liepa, 61, a former dairy farmer, has clashed repeatedly with Finance Minister Arturs Berzins over the budget, accusing him of ignoring the countryside.
Berzins said on Monday that his ministry had offered the FRA a smaller cut of 8%, which Liepa rejected on Sunday.
"We went further than any government has gone for farmers, and they still walked away," he said.

Hundreds of FRA supporters gathered outside the Saeima building in Riga's old town on Monday evening, some holding banners reading "No farms, no future."
Ozols is expected to face the no-confidence vote on Thursday, and his allies said they were confident he would survive it.
A snap election would be Latvia's first since the 2022 vote, when the Unity Bloc won 24 seats.
Opinion polls show the National Front would win the most votes in an early election, with about 20% support.
"""

FRA = ["FRA", "Farmers and Regions Alliance", "farmers' party"]
JO = "Janis Ozols"
RL = "Raimonds Liepa"
UB = ["Unity Bloc"]
GOV = ["government", "Latvian government", "Ozols government"]
NF = ["National Front", "nationalist National Front"]
OPP = ["opposition parties", "parties"]
BUD = ["budget", "draft budget", "next year's budget"]
AB = "Arturs Berzins"
EK = "Edgars Kalnins"
PRES = ["president"]
NCV = ["no-confidence motion", "no-confidence vote", "motion", "vote"]
ALLIES = ["allies", "his allies"]

ALIASES = {
    "FRA": ["Farmers and Regions Alliance", "farmers' party"],
    "government": ["Latvian government", "Ozols government"],
    "budget": ["draft budget", "next year's budget"],
    "no-confidence motion": ["no-confidence vote", "motion", "vote"],
}

RELS = [
    # headline
    R("Latvian government loses majority", ["Latvian government", "government"], "lose", "majority"),
    R("farmers' party quits coalition", FRA, "quit", "coalition"),
    # 1
    R("the Farmers and Regions Alliance (FRA) quit the government", FRA, "quit", GOV, date="mon"),
    R("he would try to run a minority government", JO, "run", ["minority government", "government"], "control pronoun",
      mod=["would", "try to"], attr=JO),
    # 2
    R("the government had broken its promise", GOV, "break", "promise", attr=RL),
    R("his three ministers would hand in their resignations", "ministers", "hand in", "resignations", "prepositional pronoun",
      mod="would", attr=RL, date="2026-12-02"),
    # 3
    R("We cannot support a budget", [RL] + FRA, "support", BUD, "pronoun", neg=True, attr=RL),
    R("a budget that takes money", BUD, "take", "money", "relative", attr=RL),
    # 4
    R("whose Unity Bloc leads the government", UB, "lead", GOV, "relative"),
    R("accused the FRA of putting", JO, "accuse", FRA),
    R("he would not reopen the budget", JO, "reopen", BUD, "pronoun nominal_anaphora", neg=True, mod="would", attr=JO),
    # 5
    R("which parliament is due to vote on next week", "parliament", "vote on", BUD, "relative prepositional control",
      mod=["due to", "is due to"], date="week:2026-12-07"),
    R("would raise defence spending", BUD, "raise", ["defence spending", "spending"], "nominal_anaphora", mod="would",
      date="year:2027"),
    R("cut direct payments to farmers", BUD, "cut", ["direct payments", "payments"], "conjunction nominal_anaphora", mod="would"),
    # 6
    R("Russia could pose a threat", "Russia", "pose", "threat", mod="could", attr=GOV),
    # 7
    R("Farmers drove about 400 tractors", "farmers", "drive", "tractors", date="month:2026-10"),
    R("blocking traffic around the Freedom Monument", "farmers", "block", "traffic", "participial", date="month:2026-10",
      place="Freedom Monument"),
    # 8
    R("The FRA holds 16 of the 100 seats", FRA, "hold", "seats"),
    # 9
    R("led by the nationalist National Front", NF, "lead", OPP, "reduced_passive"),
    R("they would table a no-confidence motion", OPP, "table", NCV, "pronoun", mod="would", attr=OPP, date="2026-12-01"),
    R("called on Ozols to resign", OPP, "call on", JO, "prepositional control conjunction"),
    # 10
    R("This government has lost its mandate", GOV, "lose", "mandate", "nominal_anaphora", attr=EK),
    # 11
    R("he would meet party leaders", PRES, "meet", "party leaders", "pronoun", mod="would",
      attr=["president's office", "office"], date="2026-12-01"),
    # 12
    R("Latvia's constitution allows the president", ["constitution", "Latvia's constitution"], "allow", PRES, "control"),
    R("voters approve the move", "voters", "approve", "move", mod="if"),
    # 13
    R("voters backed a dissolution", "voters", "back", "dissolution", date="year:2011"),
    R("proposed by then-President Valdis Zatlers", "Valdis Zatlers", "propose", "dissolution", "reduced_passive", date="year:2011"),
    # 14
    R("Ozols could try to win over independent lawmakers", JO, "win over", ["independent lawmakers", "lawmakers"],
      "prepositional control", mod=["could", "try to"], attr="analysts"),
    R("he was unlikely to pass the budget", JO, "pass", BUD, "control pronoun nominal_anaphora", mod="unlikely to", attr="analysts"),
    # 15
    R("He has run out of partners", JO, "run out of", "partners", "prepositional pronoun", attr="Marta Kalnina"),
    R("he is running out of time", JO, "run out of", "time", "prepositional pronoun conjunction", attr="Marta Kalnina"),
    # 16
    R("which leads a NATO brigade", "Canada", "lead", ["NATO brigade", "brigade"], "relative"),
    R("the political crisis would not affect its troops", ["political crisis", "crisis"], "affect", "troops", neg=True,
      mod="would", attr="Canada"),
    # 17
    R("The Bank of Latvia urged lawmakers", "Bank of Latvia", "urge", "lawmakers", "control"),
    R("a delay could unsettle investors", "delay", "unsettle", "investors", mod="could", attr="Bank of Latvia"),
    # 18
    R("the government must operate on monthly spending limits", GOV, "operate on", ["monthly spending limits", "spending limits",
      "limits"], "prepositional", mod=["must", "if"]),
    R("parliament fails to pass a budget", "parliament", "pass", BUD, "control", neg=True, mod="if"),
    # 19
    R("which draws most of its support", FRA, "draw", "support", "relative"),
    R("joined Ozols's coalition in 2024", FRA, "join", ["coalition", "Ozols's coalition"], date="year:2024"),
    # 20
    R("has clashed repeatedly with Finance Minister Arturs Berzins", RL, "clash with", AB, "prepositional apposition"),
    R("accusing him of ignoring the countryside", RL, "accuse", AB, "participial pronoun apposition"),
    # 21
    R("his ministry had offered the FRA a smaller cut", ["ministry", "Finance Ministry"], "offer", FRA + ["cut", "smaller cut"],
      "pronoun", attr=AB),
    R("which Liepa rejected on Sunday", RL, "reject", ["cut", "smaller cut"], "relative", attr=AB, date="sun"),
    # 23
    R("some holding banners", ["FRA supporters", "supporters"], "hold", "banners", "participial", date="mon",
      place=["Saeima building", "Saeima", "Riga", "old town"]),
    # 24
    R("Ozols is expected to face the no-confidence vote", JO, "face", NCV, "control nominal_anaphora",
      mod=["expected to", "is expected to"], date="2026-12-03"),
    R("he would survive it", JO, "survive", NCV, "pronoun", mod="would", attr=ALLIES),
    # 25
    R("when the Unity Bloc won 24 seats", UB, "win", "seats", "relative", date="year:2022"),
    # 26
    R("the National Front would win the most votes", NF, "win", "votes", mod="would", attr=["opinion polls", "polls"]),
]

COREF = [
    C("he would try to run a minority government", "he", JO),
    C("the government had broken its promise", "The party", "FRA", "nominal"),
    C("the government had broken its promise", "its", "government"),
    C("the government had broken its promise", "his", RL),
    C("the government had broken its promise", "their", "ministers"),
    C("We cannot support a budget", "We", [RL] + FRA),
    C("he would not reopen the budget", "he", JO),
    C("he would not reopen the budget", "the budget", "budget", "nominal"),
    C("The draft budget, which parliament", "The draft budget", "budget", "nominal"),
    C("The FRA holds 16 of the 100 seats", "its", "FRA"),
    C("The FRA holds 16 of the 100 seats", "its", "Unity Bloc", occurrence=2),
    C("they would table a no-confidence motion", "they", OPP),
    C("This government has lost its mandate", "This government", "government", "nominal"),
    C("This government has lost its mandate", "its", "government"),
    C("This government has lost its mandate", "it", "government"),
    C("he would meet party leaders", "he", "president"),
    C("he was unlikely to pass the budget", "he", JO),
    C("he was unlikely to pass the budget", "the budget", "budget", "nominal"),
    C("He has run out of partners", "He", JO),
    C("He has run out of partners", "he", JO),
    C("the political crisis would not affect its troops", "its", "Canada"),
    C("which draws most of its support", "its", "FRA"),
    C("has clashed repeatedly with Finance Minister", "the budget", "budget", "nominal"),
    C("has clashed repeatedly with Finance Minister", "him", AB),
    C("his ministry had offered the FRA", "his", AB),
    C("We went further than any government", "We", [AB, "ministry", "Finance Ministry", "government"]),
    C("We went further than any government", "they", "FRA"),
    C("We went further than any government", "he", AB),
    C("Ozols is expected to face the no-confidence vote", "the no-confidence vote", "no-confidence motion", "nominal"),
    C("Ozols is expected to face the no-confidence vote", "his", JO),
    C("Ozols is expected to face the no-confidence vote", "they", ALLIES),
    C("Ozols is expected to face the no-confidence vote", "he", JO),
    C("Ozols is expected to face the no-confidence vote", "it", "no-confidence motion"),
]

META = {"id": "news-gold-42", "date": "2026-11-21"}

TEXT = """
Sri Lanka restores power after nationwide blackout, orders inquiry

COLOMBO, Nov 21 (Reuters) - Sri Lanka restored electricity to most homes and businesses on Saturday after a nationwide blackout that lasted up to 16 hours, the state-run power utility said.
At a substation in the central hill town of Kotmale, a fault tripped a major transmission line on Friday afternoon, the Ceylon Electricity Board (CEB) said.
Within minutes, power plants across the island had shut down one after another to protect their turbines.
The outage halted trains, knocked out water pumps and forced hospitals to switch to generators, officials said.

In Colombo, police officers directed traffic at major junctions, and residents queued at petrol stations to buy fuel.
"My mother needs oxygen at night, so we carried her to a neighbour who owns a generator," said Fathima Rizna, 34, a teacher in the Colombo suburb of Dehiwala.
In the eastern town of Batticaloa, looters broke into several shops overnight, police said.
They said they had arrested 14 people.

Energy Minister Dilan Gunasekara ordered an inquiry and said the CEB's engineers had failed to isolate the fault quickly enough.
He told a news conference on Saturday that a committee of three independent experts would examine the grid's protection systems.
The Power Sector Engineers' Union rejected the minister's accusation and blamed years of underinvestment in the grid, which it said the government had starved of funds since the 2022 economic crisis.
"They want a scapegoat before they sell the CEB to private investors," the union's secretary, Asanka Herath, told Reuters.
The government plans to split the utility into separate generation, transmission and distribution companies, a reform backed by the International Monetary Fund.
The IMF, which approved a $2.9 billion bailout for Sri Lanka in March 2023, has urged Colombo to make the utility profitable.

The Colombo Stock Exchange halted trading an hour early on Friday.
Garment exporters, which employ about 350,000 workers, said the blackout had cost them at least $40 million in lost orders and spoiled fabric.
In the export zones of Katunayake and Biyagama, factories sent workers home on Friday, said a spokesman for the Joint Apparel Association Forum, which represents the industry.
The health ministry said no deaths had been linked to the outage.
At the National Hospital in Colombo, doctors postponed dozens of operations and treated several patients injured in falls in the dark.

In February 2025, a monkey that strayed into a substation caused an island-wide blackout lasting several hours.
During the 2022 economic crisis, Sri Lankans endured power cuts of up to 13 hours a day because the country could not pay for fuel imports.
Opposition lawmaker Kavinda Senaratne of the Samagi Jana Balawegaya (SJB) said the government had ignored repeated warnings from engineers.
The SJB will table a no-confidence motion against the energy minister on Tuesday, he said.
Gunasekara dismissed the motion as a stunt and said he would not resign.
The CEB said its crews would reconnect the remaining areas, mostly in the Northern and Eastern provinces, by Sunday morning.
It also asked households to limit the use of air conditioners until Monday.
"""

CEB = ["Ceylon Electricity Board", "CEB"]
UTILITY = ["state-run power utility", "power utility", "utility", "Ceylon Electricity Board", "CEB"]
DG = "Dilan Gunasekara"
UNION = ["Power Sector Engineers' Union", "union", "engineers' union"]
GOV = ["government", "Sri Lankan government"]
IMF = ["International Monetary Fund", "IMF"]
FR = "Fathima Rizna"
KS = "Kavinda Senaratne"
HOSP = ["National Hospital", "Colombo"]
OUTAGE = ["outage", "nationwide blackout", "blackout"]

ALIASES = {
    "CEB": ["Ceylon Electricity Board", "utility"],
    "International Monetary Fund": ["IMF"],
    "Power Sector Engineers' Union": ["union", "engineers' union"],
    "government": ["Sri Lankan government"],
    "SJB": ["Samagi Jana Balawegaya"],
}

RELS = [
    R("Sri Lanka restores power", "Sri Lanka", "restore", "power"),
    R("orders inquiry", ["Sri Lanka", DG], "order", "inquiry", "conjunction"),
    R("Sri Lanka restored electricity", "Sri Lanka", "restore", "electricity", attr=UTILITY, date="sat"),
    R("a fault tripped a major transmission line", "fault", "trip", ["major transmission line", "transmission line"],
      attr=CEB, date="fri", place=["Kotmale", "substation"]),
    R("The outage halted trains", OUTAGE, "halt", "trains", "nominal_anaphora", attr="officials"),
    R("knocked out water pumps", OUTAGE, "knock out", "water pumps", "conjunction nominal_anaphora", attr="officials"),
    R("forced hospitals to switch", OUTAGE, "force", "hospitals", "control conjunction nominal_anaphora", attr="officials"),
    R("forced hospitals to switch", "hospitals", "switch to", "generators", "control prepositional conjunction",
      attr="officials"),
    R("police officers directed traffic", "police officers", "direct", "traffic", place="Colombo"),
    R("My mother needs oxygen", "mother", "need", "oxygen", "pronoun", attr=FR),
    R("we carried her to a neighbour", FR, "carry", "mother", "pronoun conjunction", attr=FR),
    R("a neighbour who owns a generator", "neighbour", "own", "generator", "relative", attr=FR),
    R("looters broke into several shops", "looters", "break into", "shops", "prepositional", attr="police",
      date="overnight", place="Batticaloa"),
    R("they had arrested 14 people", "police", "arrest", "people", "pronoun", attr="police"),
    R("ordered an inquiry and said", DG, "order", "inquiry"),
    R("had failed to isolate the fault", ["engineers", "CEB engineers"], "isolate", "fault", "control", neg=True,
      attr=DG),
    R("would examine the grid's protection systems", "committee", "examine", "protection systems", mod="would",
      attr=DG),
    R("rejected the minister's accusation", UNION, "reject", "accusation"),
    R("blamed years of underinvestment", UNION, "blame", "underinvestment", "conjunction"),
    R("the government had starved of funds", GOV, "starve", "grid", "relative", attr=UNION),
    R("They want a scapegoat", GOV, "want", "scapegoat", "pronoun", attr="Asanka Herath"),
    R("before they sell the CEB", GOV, "sell", CEB, "pronoun", attr="Asanka Herath"),
    R("The government plans to split the utility", GOV, "split", UTILITY, "control nominal_anaphora", mod="plans to"),
    R("a reform backed by the International Monetary Fund", "International Monetary Fund", "back", "reform",
      "reduced_passive apposition"),
    R("which approved a $2.9 billion bailout", "IMF", "approve", "bailout", "relative", date="month:2023-03"),
    R("has urged Colombo to make", "IMF", "urge", ["Sri Lanka", "Colombo"], "control"),
    R("The Colombo Stock Exchange halted trading", "Colombo Stock Exchange", "halt", "trading", date="fri"),
    R("which employ about 350,000 workers", "garment exporters", "employ", "workers", "relative"),
    R("the blackout had cost them", OUTAGE, "cost", ["garment exporters", "$40 million"],
      "pronoun nominal_anaphora", attr="garment exporters"),
    R("factories sent workers home", "factories", ["send home", "send"], "workers", date="fri",
      place=["Katunayake", "Biyagama"], attr=["spokesman", "Joint Apparel Association Forum"]),
    R("which represents the industry", "Joint Apparel Association Forum", "represent", "industry", "relative"),
    R("doctors postponed dozens of operations", "doctors", "postpone", "operations", place=HOSP),
    R("treated several patients", "doctors", "treat", "patients", "conjunction", place=HOSP),
    R("a monkey that strayed into a substation", "monkey", "stray into", "substation", "relative prepositional"),
    R("caused an island-wide blackout", "monkey", "cause", ["island-wide blackout", "blackout"], date="month:2025-02"),
    R("Sri Lankans endured power cuts", "Sri Lankans", "endure", "power cuts", date="year:2022"),
    R("the country could not pay for fuel imports", "Sri Lanka", "pay for", "fuel imports",
      "prepositional nominal_anaphora", neg=True, date="year:2022"),
    R("the government had ignored repeated warnings", GOV, "ignore", "warnings", attr=KS),
    R("The SJB will table", "SJB", "table", ["no-confidence motion", "motion"], mod="will", attr=KS, date="2026-11-24"),
    R("Gunasekara dismissed the motion", DG, "dismiss", ["no-confidence motion", "motion"], "nominal_anaphora"),
    R("its crews would reconnect the remaining areas", ["crews", "CEB"], "reconnect", ["remaining areas", "areas"],
      "pronoun", mod="would", attr=CEB),
    R("It also asked households", CEB, "ask", "households", "control pronoun"),
]

COREF = [
    C("to protect their turbines", "their", "power plants"),
    C("The outage halted trains", "The outage", ["nationwide blackout", "blackout"], "nominal"),
    C("My mother needs oxygen", "My", FR),
    C("My mother needs oxygen", "we", FR),
    C("My mother needs oxygen", "her", "mother"),
    C("They said they had arrested 14 people", "They", "police"),
    C("They said they had arrested 14 people", "they", "police"),
    C("had failed to isolate the fault", "the fault", "fault", "nominal"),
    C("He told a news conference on Saturday", "He", DG),
    C("rejected the minister's accusation", "the minister", DG, "nominal"),
    C("rejected the minister's accusation", "it", "Power Sector Engineers' Union"),
    C("They want a scapegoat", "They", "government"),
    C("They want a scapegoat", "they", "government"),
    C("They want a scapegoat", "the union", "Power Sector Engineers' Union", "nominal"),
    C("The government plans to split the utility", "the utility", "CEB", "nominal"),
    C("has urged Colombo to make", "the utility", "CEB", "nominal"),
    C("the blackout had cost them", "the blackout", ["nationwide blackout", "blackout"], "nominal"),
    C("the blackout had cost them", "them", "garment exporters"),
    C("The health ministry said no deaths", "the outage", ["nationwide blackout", "blackout"], "nominal"),
    C("the country could not pay for fuel imports", "the country", "Sri Lanka", "nominal"),
    C("The SJB will table", "the energy minister", DG, "nominal"),
    C("The SJB will table", "he", KS),
    C("Gunasekara dismissed the motion", "the motion", "no-confidence motion", "nominal"),
    C("Gunasekara dismissed the motion", "he", DG),
    C("its crews would reconnect", "its", "CEB"),
    C("It also asked households", "It", "CEB"),
]

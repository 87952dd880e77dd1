META = {"id": "news-gold-30", "date": "2026-11-17"}

TEXT = """
Bulgarian prosecutors charge signalman after ammonia train derails

SOFIA, Nov 17 (Reuters) - Bulgarian prosecutors on Tuesday charged a railway signalman with causing a freight train crash that released toxic ammonia near the city of Plovdiv and forced thousands of people from their homes.
The train, operated by private company Trakia Rail Cargo, derailed on Sunday evening at a junction outside the village of Kalekovets, and four of its 22 tank cars overturned.
It was carrying ammonia from a fertiliser plant in Dimitrovgrad to the Black Sea port of Burgas.
One of the cars leaked gas for several hours before firefighters sealed it early on Monday, the regional governor's office said.
On Sunday night, authorities evacuated about 6,000 residents from Kalekovets and two neighbouring villages and closed the main highway between Plovdiv and Sofia.
Paramedics treated 23 people for breathing problems at a hospital in Plovdiv, and a 71-year-old woman died on Monday, health officials said.
Overnight, police allowed about 2,000 residents to return to the two neighbouring villages.

Prosecutor Daniela Ruseva told reporters that the signalman, Valentin Petkov, had switched the train onto a siding that was closed for repairs.
She said he had ignored a warning from the control centre and had not answered calls from the driver.
Petkov, 44, was released on bail and has denied any wrongdoing, his lawyer said.
"My client followed every procedure and the system gave him the wrong information," lawyer Hristo Nikolov said.

Trakia Rail Cargo said its own investigation had found that the junction's signalling equipment was outdated and that the National Railway Infrastructure Company (NRIC) had delayed its replacement.
NRIC, which manages Bulgaria's rail network, rejected the claim and said it had warned the operator about the junction in September.
Last week, Trakia Rail Cargo won a contract to carry ammonia for the plant's owner, Maritsa Chemicals.
Trakia's chief executive, Stoyan Dimitrov, said the firm would cooperate with investigators and pay for the clean-up.

Environment Minister Elena Marinova said air quality in the villages had returned to normal, but she ordered tests of wells and soil across the area.
Residents who went back complained that no official had visited them and that their wells were still contaminated.
"We were told to leave with nothing, and now nobody tells us if the water is safe," said Rositsa Angelova, a 52-year-old farmer.
The European Commission said it had offered Bulgaria technical help through the EU Civil Protection Mechanism.

Unions have accused successive governments of neglecting the rail network, which received less than 1 billion levs of investment last year.
In 2019, Brussels criticised Sofia for failing to spend EU funds earmarked for rail safety.
Transport Minister Krasimir Yordanov said on Tuesday that the government would spend 120 million levs on new signalling systems next year.
He also ordered railway inspectors to check every junction on the Plovdiv-Sofia line by the end of the month.
The opposition Bulgarian Socialist Party (BSP) called for Yordanov's resignation and said it would seek a no-confidence vote in parliament.
Rail traffic between Plovdiv and Sofia remained suspended on Tuesday, and BDZ, the state passenger operator, said it was running buses for stranded passengers.
"""

PROS = ["Bulgarian prosecutors", "prosecutors"]
VP = "Valentin Petkov"
CRASH = ["freight train crash", "train crash", "crash"]
TRAIN = ["train", "freight train"]
TRC = ["Trakia Rail Cargo", "Trakia", "company", "operator", "firm"]
CAR = ["car", "cars", "tank car", "tank cars"]
OFFICE = ["regional governor's office", "governor's office", "office"]
DR = "Daniela Ruseva"
HN = ["Hristo Nikolov", "lawyer"]
NRIC = ["NRIC", "National Railway Infrastructure Company"]
SD = "Stoyan Dimitrov"
EM = "Elena Marinova"
EC = ["European Commission", "Commission"]
KY = "Krasimir Yordanov"
BSP = ["BSP", "Bulgarian Socialist Party", "opposition Bulgarian Socialist Party"]
BDZ = ["BDZ", "state passenger operator", "passenger operator"]
NETWORK = ["rail network", "network"]

ALIASES = {
    "NRIC": ["National Railway Infrastructure Company"],
    "BSP": ["Bulgarian Socialist Party"],
    "Trakia Rail Cargo": ["Trakia", "company", "operator", "firm"],
    "freight train": ["train"],
    "European Commission": ["Commission"],
}

RELS = [
    # headline
    R("Bulgarian prosecutors charge signalman", PROS, "charge", ["signalman", VP]),
    # P1
    R("prosecutors on Tuesday charged a railway signalman", PROS, "charge", ["railway signalman", "signalman", VP], date="tue"),
    R("that released toxic ammonia", CRASH, "release", ["ammonia", "toxic ammonia"], "relative", place="Plovdiv"),
    R("forced thousands of people from their homes", CRASH, ["force", "force from"], "people", "relative conjunction"),
    R("operated by private company Trakia Rail Cargo", TRC, "operate", TRAIN, "reduced_passive"),
    R("It was carrying ammonia", TRAIN, "carry", "ammonia", "pronoun"),
    R("One of the cars leaked gas", CAR, "leak", "gas", attr=OFFICE),
    R("before firefighters sealed it", "firefighters", "seal", CAR, "pronoun", attr=OFFICE, date="mon"),
    R("authorities evacuated about 6,000 residents", "authorities", "evacuate", "residents", date="sun", place=["Kalekovets", "villages"]),
    R("closed the main highway", "authorities", "close", ["main highway", "highway"], "conjunction", date="sun"),
    R("Paramedics treated 23 people", "paramedics", "treat", "people", attr="health officials", place=["Plovdiv", "hospital"]),
    R("police allowed about 2,000 residents", "police", "allow", "residents", "control", date="overnight"),
    # P2
    R("had switched the train onto a siding", VP, ["switch", "switch onto"], TRAIN, "apposition nominal_anaphora", attr=DR),
    R("he had ignored a warning", VP, "ignore", "warning", "pronoun", attr=DR),
    R("had not answered calls from the driver", VP, "answer", "calls", "pronoun conjunction", neg=True, attr=DR),
    R("has denied any wrongdoing", VP, "deny", "wrongdoing", "conjunction", attr=HN),
    R("My client followed every procedure", VP, "follow", "procedure", "nominal_anaphora", attr=HN),
    R("the system gave him the wrong information", "system", "give", ["information", "wrong information", VP], "pronoun conjunction", attr=HN),
    # P3
    R("had delayed its replacement", NRIC, "delay", "replacement", attr=["Trakia Rail Cargo", "investigation"]),
    R("which manages Bulgaria's rail network", NRIC, "manage", NETWORK, "relative"),
    R("rejected the claim", NRIC, "reject", "claim", "conjunction"),
    R("it had warned the operator", NRIC, "warn", TRC, "pronoun nominal_anaphora", attr=NRIC, date="month:2026-09"),
    R("Trakia Rail Cargo won a contract", TRC, "win", "contract", date="week:2026-11-09"),
    R("the firm would cooperate with investigators", TRC, "cooperate with", "investigators", "prepositional nominal_anaphora", mod="would", attr=SD),
    R("pay for the clean-up", TRC, "pay for", "clean-up", "prepositional conjunction nominal_anaphora", mod="would", attr=SD),
    # P4
    R("she ordered tests of wells", EM, "order", "tests", "pronoun"),
    R("no official had visited them", ["official", "officials"], "visit", "residents", "pronoun", neg=True, attr="residents"),
    R("it had offered Bulgaria technical help", EC, "offer", ["technical help", "help", "Bulgaria"], "pronoun", attr=EC),
    # P5
    R("Unions have accused successive governments", "unions", "accuse", ["successive governments", "governments"]),
    R("which received less than 1 billion levs", NETWORK, "receive", ["investment", "levs"], "relative", date="year:2025"),
    R("Brussels criticised Sofia", ["European Commission", "Brussels", "EU", "European Union"], "criticise", ["Bulgaria", "Sofia"], date="year:2019"),
    R("the government would spend 120 million levs", ["government", "Bulgarian government"], ["spend", "spend on"],
      ["signalling systems", "new signalling systems", "levs"], mod="would", attr=KY, date="year:2027"),
    R("He also ordered railway inspectors", KY, "order", ["railway inspectors", "inspectors"], "control pronoun"),
    R("called for Yordanov's resignation", BSP, "call for", "resignation", "prepositional"),
    R("it would seek a no-confidence vote", BSP, "seek", ["no-confidence vote", "vote"], "pronoun conjunction", mod="would", attr=BSP),
    R("it was running buses", BDZ, "run", "buses", "pronoun apposition", attr=BDZ),
]

COREF = [
    C("forced thousands of people from their homes", "their", "people"),
    C("operated by private company Trakia Rail Cargo", "The train", "freight train", "nominal"),
    C("operated by private company Trakia Rail Cargo", "its", "freight train"),
    C("It was carrying ammonia", "It", "freight train"),
    C("before firefighters sealed it", "it", CAR),
    C("had switched the train onto a siding", "the signalman", VP, "nominal"),
    C("had switched the train onto a siding", "the train", "freight train", "nominal"),
    C("he had ignored a warning", "She", DR),
    C("he had ignored a warning", "he", VP),
    C("has denied any wrongdoing", "his", VP),
    C("My client followed every procedure", "My", HN),
    C("My client followed every procedure", "My client", VP, "nominal"),
    C("My client followed every procedure", "him", VP),
    C("had delayed its replacement", "its", "Trakia Rail Cargo"),
    C("had delayed its replacement", "its", ["signalling equipment", "equipment"], "pronoun", 2),
    C("it had warned the operator", "it", "NRIC"),
    C("it had warned the operator", "the operator", "Trakia Rail Cargo", "nominal"),
    C("for the plant's owner", "the plant", ["fertiliser plant", "plant"], "nominal"),
    C("the firm would cooperate with investigators", "the firm", "Trakia Rail Cargo", "nominal"),
    C("she ordered tests of wells", "she", EM),
    C("no official had visited them", "them", "residents"),
    C("no official had visited them", "their", "residents"),
    C("We were told to leave with nothing", "We", ["Rositsa Angelova", "residents"]),
    C("We were told to leave with nothing", "us", ["Rositsa Angelova", "residents"]),
    C("it had offered Bulgaria technical help", "it", "European Commission"),
    C("He also ordered railway inspectors", "He", KY),
    C("it would seek a no-confidence vote", "it", "BSP"),
    C("it was running buses", "it", BDZ),
]

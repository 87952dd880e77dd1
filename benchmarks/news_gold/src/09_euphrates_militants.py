META = {"id": "news-gold-09", "date": "2026-05-12"}

TEXT = """
Jihadists seize Syrian border towns, Iraq rushes troops to frontier

BAGHDAD, Iraq - Fighters from the Islamic Front for the Euphrates (IFE) captured the Syrian towns of Abu Kamal, Hajin and al-Susah on Saturday, Iraqi and Syrian security sources said.
The militants then crossed the Euphrates and attacked an army checkpoint near the Iraqi town of al-Qaim overnight, killing six soldiers.
Iraq's Joint Operations Command said its forces had repelled the attack and killed 20 militants.
The claim could not be independently verified.
Prime Minister Hassan al-Jubouri ordered two army brigades to the border on Sunday.
IRNA news agency quoted Iranian Foreign Minister Reza Tavakoli as saying that Tehran was ready to help Baghdad "if asked".

The IFE, which emerged from the remnants of the Islamic State group in 2024, has seized a string of towns along the Euphrates since March.
In April, its fighters kidnapped 40 workers at a gas field near Palmyra.
They released most of them a week later after tribal elders paid a ransom, according to the Syrian Observatory for Human Rights.
The United States, which still keeps about 900 troops in eastern Syria, carried out air strikes on IFE positions near Abu Kamal on Sunday, the Pentagon said.
It said the strikes destroyed three vehicles and a weapons depot.

In Hajin, residents said the militants had banned smoking and closed girls' schools.
"They took everything from us, even the sheep," said Abu Ahmed, a farmer who fled to Deir ez-Zor city with his family.
The group did not respond to the accusations.
Syria's government, which regained control of the area from Kurdish-led forces in 2025, has not commented.
Analysts said the IFE might try to cut the highway linking Damascus to Baghdad.

Iraq closed the al-Qaim border crossing on Sunday and suspended trade with Syria.
Trucks carrying fruit and vegetables were stranded on both sides of the frontier.
Militants had overrun al-Qaim in 2014 before Iraqi forces retook it three years later.
The town lies on the main road from the Syrian border to Ramadi.
"""

IFE = ["IFE", "IFE fighters", "fighters"]
SRC = ["security sources", "Iraqi and Syrian security sources", "Iraqi security sources", "Syrian security sources"]

ALIASES = {"IFE": ["Islamic Front for the Euphrates"], "Joint Operations Command": ["Iraq's Joint Operations Command"]}
IQF = ["Iraqi forces", "forces", "Joint Operations Command"]

RELS = [
    R("Jihadists seize Syrian border towns", ["jihadists", "IFE"], "seize", ["Syrian border towns", "border towns", "towns"]),
    R("Iraq rushes troops", "Iraq", "rush", "troops", "conjunction"),
    R("captured the Syrian towns", IFE, "capture", "Abu Kamal", "conjunction", attr=SRC, date="sat"),
    R("captured the Syrian towns", IFE, "capture", "Hajin", "conjunction", attr=SRC, date="sat"),
    R("captured the Syrian towns", IFE, "capture", "al-Susah", "conjunction", attr=SRC, date="sat"),
    R("The militants then crossed", "IFE", "cross", "Euphrates", "nominal_anaphora", date="overnight"),
    R("attacked an army checkpoint", "IFE", "attack", ["army checkpoint", "checkpoint"], "conjunction nominal_anaphora", date="overnight", place="al-Qaim"),
    R("killing six soldiers", "IFE", "kill", "soldiers", "participial nominal_anaphora", date="overnight", place="al-Qaim"),
    R("had repelled the attack", IQF, "repel", "attack", "pronoun", attr="Joint Operations Command"),
    R("killed 20 militants", IQF, "kill", "militants", "conjunction pronoun", attr="Joint Operations Command"),
    R("ordered two army brigades", "Hassan al-Jubouri", "order", ["army brigades", "brigades"], date="sun"),
    R("ready to help Baghdad", ["Iran", "Tehran"], "help", ["Iraq", "Baghdad"], "control", mod=["if", "ready to"], attr="Reza Tavakoli"),
    R("has seized a string of towns", "IFE", "seize", "towns", "relative", place="Euphrates"),
    R("its fighters kidnapped", IFE, "kidnap", "workers", "pronoun", date="month:2026-04", place="Palmyra"),
    R("They released most of them", IFE, "release", "workers", "pronoun", attr="Syrian Observatory for Human Rights"),
    R("after tribal elders paid a ransom", "tribal elders", "pay", "ransom", attr="Syrian Observatory for Human Rights"),
    R("which still keeps about 900 troops", "United States", "keep", "troops", "relative", attr="Pentagon", place=["eastern Syria", "Syria"]),
    R("carried out air strikes", "United States", "carry out", ["air strikes", "strikes"], attr="Pentagon", date="sun", place="Abu Kamal"),
    R("the strikes destroyed three vehicles", ["strikes", "air strikes"], "destroy", "vehicles", "conjunction", attr="Pentagon"),
    R("the strikes destroyed three vehicles", ["strikes", "air strikes"], "destroy", "weapons depot", "conjunction", attr="Pentagon"),
    R("the militants had banned smoking", "IFE", "ban", "smoking", "nominal_anaphora", attr="residents", place="Hajin"),
    R("closed girls' schools", "IFE", "close", ["girls' schools", "schools", "girls schools"], "conjunction nominal_anaphora", attr="residents", place="Hajin"),
    R("They took everything from us", "IFE", "take", "everything", "pronoun", attr="Abu Ahmed"),
    R("a farmer who fled to Deir ez-Zor", "Abu Ahmed", "flee to", ["Deir ez-Zor", "Deir ez-Zor city"], "relative apposition prepositional"),
    R("The group did not respond", "IFE", "respond to", "accusations", "prepositional nominal_anaphora", neg=True),
    R("which regained control of the area", ["Syrian government", "government"], "regain", ["control", "area"], "relative", date="year:2025"),
    R("might try to cut the highway", "IFE", "cut", "highway", "control", mod=["might", "try to"], attr="analysts"),
    R("the highway linking Damascus", "highway", "link", "Damascus", "participial", attr="analysts"),
    R("Iraq closed the al-Qaim border crossing", "Iraq", "close", ["al-Qaim border crossing", "border crossing"], date="sun"),
    R("suspended trade with Syria", "Iraq", "suspend", "trade", "conjunction", date="sun"),
    R("Trucks carrying fruit", "trucks", "carry", "fruit", "participial conjunction"),
    R("Trucks carrying fruit", "trucks", "carry", "vegetables", "participial conjunction"),
    R("Militants had overrun al-Qaim", "militants", "overrun", "al-Qaim", date="year:2014"),
    R("before Iraqi forces retook it", "Iraqi forces", "retake", "al-Qaim", "pronoun", date="year:2017"),
]

COREF = [
    C("The militants then crossed", "The militants", "IFE", "nominal"),
    C("had repelled the attack", "its", "Joint Operations Command"),
    C("its fighters kidnapped", "its", "IFE"),
    C("They released most of them", "They", "IFE"),
    C("They released most of them", "them", "workers"),
    C("the strikes destroyed three vehicles", "It", "Pentagon"),
    C("the militants had banned smoking", "the militants", "IFE", "nominal"),
    C("They took everything from us", "They", "IFE"),
    C("a farmer who fled to Deir ez-Zor", "his", "Abu Ahmed"),
    C("The group did not respond", "The group", "IFE", "nominal"),
    C("before Iraqi forces retook it", "it", "al-Qaim"),
    C("The town lies on the main road", "The town", "al-Qaim", "nominal"),
]

META = {"id": "news-gold-44", "date": "2026-02-16"}

TEXT = """
Avalanche sweeps across Austrian ski slope, killing five skiers

INNSBRUCK, Austria, Feb 16 (Reuters) - An avalanche swept across a marked ski run near the village of Kappl in western Austria on Sunday, killing five skiers and injuring seven others, police said.
Rescuers using dogs and probes pulled 12 people from the snow within two hours, but a search for a missing ski instructor was suspended overnight because of the risk of further slides.
Police identified the missing instructor as Lukas Haider, 29, who had been leading a group of six German tourists down the run.
Search teams resumed the hunt for Haider at first light on Monday but called it off again at noon because of fresh snowfall, police said.
Four of the dead were members of his group, Tyrol police spokesman Stefan Lechner told a news conference in Landeck.
He said helicopters had flown the injured to hospitals in Zams and Innsbruck and that two of them were in a critical condition.

Tyrol's avalanche warning service had raised the danger level to 4 on a scale of 5 on Saturday, warning that fresh snow and strong winds had created unstable slabs on north-facing slopes.
The run, which is operated by Innsbruck-based Tirol Peak Resorts, remained open on Sunday morning.
The company said its staff had checked the run at dawn and found no signs of danger.
"We followed every procedure and we will cooperate fully with the authorities," chief executive Claudia Rainer said in a statement.

The Paznaun valley, which includes the resorts of Ischgl and Galtuer, attracts about 2 million overnight stays each winter.
In February 1999, an avalanche destroyed part of Galtuer and killed 31 people, one of the deadliest disasters in the Alps in decades.
Since then, the state has built dozens of snow barriers and installed remote-controlled explosives to set off slides under control.
In many parts of the Alps, warmer winters have weakened the snowpack, experts say.
"We are seeing rain at 2,000 metres in the middle of winter, and that rain turns the old snow into ice," said Katharina Egger, a snow researcher at the University of Innsbruck.

Prosecutors in Innsbruck have opened an investigation into whether the company should have closed the run, a spokeswoman for the prosecutor's office said on Monday.
She said investigators would also question the two surviving members of the group about the route Haider had chosen.
Haider's father told the Tiroler Tageszeitung newspaper that his son had skied in the valley since childhood and would never have taken clients onto a run he thought was dangerous.

Germany's foreign ministry said it had sent consular staff to Landeck to support the families of the victims.
A sports club in the Bavarian town of Rosenheim said three of its members had been killed and that it had cancelled its training sessions for the rest of the month.
"They were experienced skiers who knew the mountains well," the club's chairman, Thomas Brandl, told Bavarian broadcaster BR.
He said the group had booked the guided tour through their hotel in Kappl.

On Monday, Tyrol's state government lowered flags on public buildings to half-mast and cancelled a ski festival planned for the weekend in Ischgl.
Forecasters expect up to 40 centimetres of fresh snow in the Paznaun valley by Wednesday, and the warning service said the danger level would remain high.
Police closed the only road into the valley on Monday and ordered about 800 tourists in Kappl and Galtuer to stay in their hotels.
Lift operators in the valley said they would not reopen most runs before Thursday.
"""

RUN = ["ski run", "run", "marked ski run"]
LH = ["Lukas Haider", "instructor", "ski instructor", "missing ski instructor", "guide"]
GT = ["German tourists", "group", "tourists"]
POL = ["police", "Tyrol police"]
SL = "Stefan Lechner"
WARN = ["avalanche warning service", "warning service", "Tyrol's avalanche warning service", "service"]
TPR = ["Tirol Peak Resorts", "company"]
CR = ["Claudia Rainer", "Tirol Peak Resorts"]
SPOKES = ["spokeswoman", "prosecutor's office", "Innsbruck prosecutor's office"]
PAZ = ["Paznaun valley", "Paznaun", "valley"]
STATE = ["Tyrol", "state", "Tyrol state government", "state government"]
TGOV = ["Tyrol state government", "state government", "Tyrol government", "government", "Tyrol"]
KE = ["Katharina Egger", "researchers"]
GFM = ["German foreign ministry", "foreign ministry", "Germany's foreign ministry", "Germany"]
CLUB = ["sports club", "club"]
TB = "Thomas Brandl"
FATHER = ["father", "Haider's father"]
LIFT = ["lift operators", "operators"]

ALIASES = {
    "ski run": ["run", "marked ski run"],
    "Lukas Haider": ["instructor", "ski instructor", "missing ski instructor", "guide"],
    "German tourists": ["group", "tourists"],
    "Tirol Peak Resorts": ["company"],
    "avalanche warning service": ["warning service", "Tyrol's avalanche warning service", "service"],
    "Paznaun valley": ["Paznaun", "valley"],
    "Tyrol": ["state", "Tyrol state government", "state government"],
    "German foreign ministry": ["foreign ministry", "Germany's foreign ministry"],
    "sports club": ["club"],
    "lift operators": ["operators"],
    "spokeswoman": ["prosecutor's office", "Innsbruck prosecutor's office"],
}

RELS = [
    # headline
    R("Avalanche sweeps across Austrian ski slope", "avalanche", "sweep across", ["ski slope", "slope", "Austrian ski slope"],
      "prepositional"),
    R("Austrian ski slope, killing five skiers", "avalanche", "kill", "skiers", "participial"),
    # 1
    R("An avalanche swept across a marked ski run", "avalanche", "sweep across", RUN, "prepositional", attr=POL, date="sun",
      place="Kappl"),
    R("killing five skiers and injuring", "avalanche", "kill", "skiers", "participial", attr=POL, date="sun", place="Kappl"),
    R("injuring seven others", "avalanche", "injure", ["others", "skiers"], "participial conjunction", attr=POL, date="sun",
      place="Kappl"),
    # 2
    R("Rescuers using dogs and probes", "rescuers", "use", "dogs", "participial"),
    R("Rescuers using dogs and probes", "rescuers", "use", "probes", "participial conjunction"),
    R("pulled 12 people from the snow", "rescuers", ["pull", "pull from"], "people"),
    # 3
    R("who had been leading a group of six German tourists", "Lukas Haider", "lead", GT, "relative"),
    # 4
    R("Search teams resumed the hunt", "search teams", "resume", ["hunt", "hunt for Haider"], attr=POL, date="mon"),
    R("called it off again", "search teams", "call off", ["hunt", "hunt for Haider"], "prepositional conjunction pronoun",
      attr=POL, date="mon"),
    # 6
    R("helicopters had flown the injured", "helicopters", "fly", "injured", attr=SL),
    # 7
    R("had raised the danger level", WARN, "raise", ["danger level", "level"], date="sat"),
    R("fresh snow and strong winds had created", ["fresh snow", "snow"], "create", ["unstable slabs", "slabs"], "conjunction",
      attr=WARN),
    R("fresh snow and strong winds had created", ["strong winds", "winds"], "create", ["unstable slabs", "slabs"], "conjunction",
      attr=WARN),
    # 8
    R("which is operated by Innsbruck-based Tirol Peak Resorts", "Tirol Peak Resorts", "operate", RUN,
      "relative passive nominal_anaphora"),
    # 9
    R("its staff had checked the run", ["staff", "Tirol Peak Resorts"], "check", RUN, "pronoun nominal_anaphora", attr=TPR),
    R("found no signs of danger", ["staff", "Tirol Peak Resorts"], "find", "signs", "pronoun conjunction", neg=True, attr=TPR),
    # 10
    R("We followed every procedure", CR, "follow", "procedure", "pronoun", attr="Claudia Rainer"),
    R("we will cooperate fully with the authorities", CR, "cooperate with", "authorities", "prepositional pronoun conjunction",
      mod="will", attr="Claudia Rainer"),
    # 11
    R("which includes the resorts of Ischgl", PAZ, "include", "Ischgl", "relative conjunction"),
    R("which includes the resorts of Ischgl", PAZ, "include", "Galtuer", "relative conjunction"),
    R("attracts about 2 million overnight stays", PAZ, "attract", ["overnight stays", "stays"]),
    # 12
    R("an avalanche destroyed part of Galtuer", "avalanche", "destroy", ["Galtuer", "part"], date="month:1999-02"),
    R("killed 31 people", "avalanche", "kill", "people", "conjunction", date="month:1999-02"),
    # 13
    R("the state has built dozens of snow barriers", STATE, "build", ["snow barriers", "barriers"], "nominal_anaphora"),
    R("installed remote-controlled explosives", STATE, "install", ["remote-controlled explosives", "explosives"],
      "conjunction nominal_anaphora"),
    # 14
    R("warmer winters have weakened the snowpack", ["warmer winters", "winters"], "weaken", "snowpack", attr="experts",
      place="Alps"),
    # 15
    R("We are seeing rain at 2,000 metres", KE, "see", "rain", "pronoun", attr="Katharina Egger"),
    R("that rain turns the old snow into ice", "rain", ["turn", "turn into"], ["snow", "old snow", "ice"], "conjunction",
      attr="Katharina Egger"),
    # 16
    R("Prosecutors in Innsbruck have opened an investigation", "prosecutors", "open", "investigation", attr=SPOKES),
    R("whether the company should have closed the run", TPR, "close", RUN, "nominal_anaphora", mod=["should", "whether", "if"],
      attr=SPOKES),
    # 17
    R("investigators would also question", "investigators", "question", ["members", "surviving members"], mod="would",
      attr=SPOKES),
    R("the route Haider had chosen", "Lukas Haider", "choose", "route", "relative", attr=SPOKES),
    # 18
    R("would never have taken clients", "Lukas Haider", ["take", "take onto"], "clients", "nominal_anaphora conjunction",
      neg=True, mod="would", attr=FATHER),
    # 19
    R("it had sent consular staff to Landeck", GFM, "send", ["consular staff", "staff"], "pronoun", attr=GFM),
    # 20
    R("it had cancelled its training sessions", CLUB, "cancel", ["training sessions", "sessions"], "pronoun", attr=CLUB),
    # 21
    R("experienced skiers who knew the mountains", ["members", "skiers", "experienced skiers"], "know", "mountains",
      "relative", attr=TB),
    # 22
    R("the group had booked the guided tour", GT, "book", ["guided tour", "tour"], "nominal_anaphora", attr=TB),
    # 23
    R("lowered flags on public buildings", TGOV, "lower", "flags", date="mon"),
    R("cancelled a ski festival", TGOV, "cancel", ["ski festival", "festival"], "conjunction", date="mon"),
    # 24
    R("Forecasters expect up to 40 centimetres", "forecasters", "expect", ["fresh snow", "snow"],
      place=["Paznaun valley", "Paznaun"]),
    # 25
    R("Police closed the only road", POL, "close", "road", date="mon"),
    R("ordered about 800 tourists", POL, "order", "tourists", "control conjunction", date="mon"),
    # 26
    R("would not reopen most runs", LIFT, "reopen", "runs", "pronoun", neg=True, mod="would", attr=LIFT),
]

COREF = [
    C("Police identified the missing instructor", "the missing instructor", "Lukas Haider", "nominal"),
    C("Police identified the missing instructor", "the run", "ski run", "nominal"),
    C("Search teams resumed the hunt", "the hunt", ["search", "hunt"], "nominal"),
    C("Search teams resumed the hunt", "it", ["hunt", "search"]),
    C("Four of the dead were members of his group", "his", "Lukas Haider"),
    C("helicopters had flown the injured", "He", SL),
    C("helicopters had flown the injured", "them", "injured"),
    C("which is operated by Innsbruck-based Tirol Peak Resorts", "The run", "ski run", "nominal"),
    C("its staff had checked the run", "The company", "Tirol Peak Resorts", "nominal"),
    C("its staff had checked the run", "its", "Tirol Peak Resorts"),
    C("its staff had checked the run", "the run", "ski run", "nominal"),
    C("We followed every procedure", "We", CR),
    C("We followed every procedure", "we", CR),
    C("the state has built dozens of snow barriers", "the state", "Tyrol", "nominal"),
    C("We are seeing rain at 2,000 metres", "We", KE),
    C("whether the company should have closed the run", "the company", "Tirol Peak Resorts", "nominal"),
    C("whether the company should have closed the run", "the run", "ski run", "nominal"),
    C("investigators would also question", "She", "spokeswoman"),
    C("investigators would also question", "the group", "German tourists", "nominal"),
    C("would never have taken clients", "his", FATHER),
    C("would never have taken clients", "his son", "Lukas Haider", "nominal"),
    C("would never have taken clients", "the valley", "Paznaun valley", "nominal"),
    C("would never have taken clients", "he", "Lukas Haider"),
    C("it had sent consular staff to Landeck", "it", "German foreign ministry"),
    C("it had cancelled its training sessions", "its", "sports club"),
    C("it had cancelled its training sessions", "it", "sports club"),
    C("it had cancelled its training sessions", "its", "sports club", occurrence=2),
    C("experienced skiers who knew the mountains", "They", "members"),
    C("experienced skiers who knew the mountains", "the club", "sports club", "nominal"),
    C("the group had booked the guided tour", "He", TB),
    C("the group had booked the guided tour", "the group", "German tourists", "nominal"),
    C("the group had booked the guided tour", "their", "German tourists"),
    C("the warning service said the danger level", "the warning service", "avalanche warning service", "nominal"),
    C("the warning service said the danger level", "the danger level", "danger level", "nominal"),
    C("Police closed the only road", "the valley", "Paznaun valley", "nominal"),
    C("Police closed the only road", "their", "tourists"),
    C("would not reopen most runs", "the valley", "Paznaun valley", "nominal"),
    C("would not reopen most runs", "they", "lift operators"),
]

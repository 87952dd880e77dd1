META = {"id": "news-gold-34", "date": "2026-09-12"}

TEXT = """
Nepal plane skids off runway in Pokhara, 23 hurt; airline grounds fleet

KATHMANDU, Sept 12 (Reuters) - A Himal Sky Airlines plane carrying 61 people skidded off a wet runway while landing in the western city of Pokhara on Friday evening, injuring 23 passengers, police and airline officials said.
The ATR 72 turboprop, which had flown from Kathmandu, came to rest in a ravine about 50 metres beyond the end of the runway, its nose crushed against a rocky bank.
Rescuers cut through the fuselage to free the pilots, who were trapped in the cockpit for more than an hour.

The Nepal Army flew nine of the injured to Kathmandu overnight, and two remained in critical condition, according to a hospital official in Pokhara.
Airline spokesman Ramesh Khadka said the crew had received clearance to land and had reported no technical problems before the approach.
"Our pilots are among the most experienced in the country, and we will cooperate fully with investigators," he told a news conference in Kathmandu on Saturday.

Himal Sky grounded its remaining four ATR aircraft pending inspections, a step the Civil Aviation Authority of Nepal (CAAN) had ordered hours earlier.
The authority said it had set up a five-member commission to investigate the accident and would publish its findings within 45 days.
Investigators recovered the flight data recorder and the cockpit voice recorder from the wreckage on Saturday morning, CAAN spokesman Deepak Bhandari said.
He said France's BEA accident investigation agency, which has examined previous crashes in Nepal, would analyse the recorders.
Heavy rain was falling over Pokhara at the time of the landing, but Bhandari declined to speculate on the cause.

The European Union has barred all Nepali airlines from its airspace since 2013, citing safety concerns.
In January 2023, a Yeti Airlines ATR 72 crashed into a gorge near Pokhara, killing all 72 people on board.
Investigators later found that the pilots of that flight had mistakenly cut power to the engines.

Tourism Minister Sushila Adhikari, who visited the injured at a hospital in Pokhara on Saturday, said the government would pay their medical bills.
She said the crash would not deter tourists, who are expected to return in large numbers after the monsoon ends this month.
Nepal, home to eight of the world's 14 highest peaks, earned about $600 million from tourism last year, according to central bank figures.
Trekking agencies in Pokhara said some foreign tourists had cancelled bookings after the accident.

"The plane bounced twice and then we heard a terrible noise," said Anil Shrestha, a 34-year-old engineer who was returning home from Kathmandu with his wife.
He said cabin crew had helped passengers climb out through an emergency exit before smoke filled the cabin.
His wife, who broke her leg, was still being treated in Pokhara.
Police said they had questioned the two pilots, who were discharged from hospital on Saturday, but had not detained them.
The airline said it might sue the airport operator if investigators found problems with the runway's drainage.
Critics have blamed the short runway at Pokhara International Airport, which opened in January 2023 with Chinese financing, for several aborted landings.
"""

HS = ["Himal Sky Airlines", "Himal Sky", "airline"]
PLANE = ["plane", "Himal Sky Airlines plane", "Nepal plane", "ATR 72", "ATR 72 turboprop", "turboprop"]
ATTR1 = ["police", "airline officials", "officials"]
RK = ["Ramesh Khadka", "Himal Sky Airlines", "Himal Sky"]
CAAN = ["CAAN", "Civil Aviation Authority of Nepal"]
BEA = ["BEA", "BEA accident investigation agency", "France's BEA accident investigation agency"]
GOV = ["government", "Nepali government", "Nepal"]
INJ = ["injured", "passengers"]

ALIASES = {
    "Himal Sky Airlines": ["Himal Sky", "airline"],
    "CAAN": ["Civil Aviation Authority of Nepal"],
    "Himal Sky Airlines plane": ["plane", "ATR 72", "ATR 72 turboprop"],
}

RELS = [
    R("Nepal plane skids off runway", PLANE, "skid off", "runway", "prepositional", place="Pokhara"),
    R("airline grounds fleet", HS, "ground", "fleet", "conjunction"),
    R("skidded off a wet runway", PLANE, "skid off", ["runway", "wet runway"], "prepositional", attr=ATTR1, date="fri", place="Pokhara"),
    R("plane carrying 61 people", PLANE, "carry", "people", "participial", attr=ATTR1),
    R("injuring 23 passengers", PLANE, "injure", "passengers", "participial", attr=ATTR1, date="fri", place="Pokhara"),
    R("which had flown from Kathmandu", PLANE, "fly from", "Kathmandu", "relative prepositional nominal_anaphora"),
    R("Rescuers cut through the fuselage", "rescuers", "cut through", "fuselage", "prepositional"),
    R("The Nepal Army flew nine of the injured", ["Nepal Army", "army"], "fly", "injured", attr=["hospital official", "official"], date="overnight"),
    R("the crew had received clearance", "crew", "receive", "clearance", attr="Ramesh Khadka"),
    R("had reported no technical problems", "crew", "report", ["technical problems", "problems"], "conjunction", neg=True, attr="Ramesh Khadka"),
    R("we will cooperate fully with investigators", RK, "cooperate with", "investigators", "prepositional pronoun", mod="will", attr="Ramesh Khadka"),
    R("Himal Sky grounded its remaining four ATR aircraft", HS, "ground", ["ATR aircraft", "aircraft"]),
    R("a step the Civil Aviation Authority", CAAN, "order", "step", "relative apposition"),
    R("it had set up a five-member commission", CAAN, "set up", "commission", "pronoun", attr=CAAN),
    R("would publish its findings", CAAN, "publish", "findings", "pronoun conjunction", mod="would", attr=CAAN),
    R("Investigators recovered the flight data recorder", "investigators", "recover", "flight data recorder", "conjunction",
      attr="Deepak Bhandari", date="sat"),
    R("Investigators recovered the flight data recorder", "investigators", "recover", "cockpit voice recorder", "conjunction",
      attr="Deepak Bhandari", date="sat"),
    R("which has examined previous crashes", BEA, "examine", "crashes", "relative", attr="Deepak Bhandari"),
    R("would analyse the recorders", BEA, "analyse", "recorders", mod="would", attr="Deepak Bhandari"),
    R("declined to speculate on the cause", "Deepak Bhandari", ["speculate on", "speculate"], "cause", "control prepositional conjunction", neg=True),
    R("has barred all Nepali airlines", ["European Union", "EU"], "bar", ["Nepali airlines", "airlines"]),
    R("citing safety concerns", ["European Union", "EU"], "cite", ["safety concerns", "concerns"], "participial"),
    R("crashed into a gorge near Pokhara", ["Yeti Airlines ATR 72", "ATR 72"], "crash into", "gorge", "prepositional", date="month:2023-01", place="Pokhara"),
    R("killing all 72 people on board", ["Yeti Airlines ATR 72", "ATR 72"], "kill", "people", "participial", date="month:2023-01", place="Pokhara"),
    R("had mistakenly cut power to the engines", "pilots", ["cut", "cut power to"], ["power", "engines"], attr="investigators"),
    R("who visited the injured at a hospital", "Sushila Adhikari", "visit", "injured", "relative", date="sat", place="Pokhara"),
    R("the government would pay their medical bills", GOV, "pay", ["medical bills", "bills"], mod="would", attr="Sushila Adhikari"),
    R("the crash would not deter tourists", "crash", "deter", "tourists", neg=True, mod="would", attr="Sushila Adhikari"),
    R("earned about $600 million from tourism", "Nepal", "earn", ["$600 million", "tourism"], "apposition",
      attr=["central bank figures", "figures", "central bank"], date="year:2025"),
    R("had cancelled bookings", ["foreign tourists", "tourists"], "cancel", "bookings", attr=["trekking agencies", "agencies"]),
    R("we heard a terrible noise", "Anil Shrestha", "hear", "noise", "pronoun", attr="Anil Shrestha"),
    R("cabin crew had helped passengers", ["cabin crew", "crew"], "help", "passengers", "control", attr="Anil Shrestha"),
    R("before smoke filled the cabin", "smoke", "fill", "cabin", attr="Anil Shrestha"),
    R("who broke her leg", "wife", "break", "leg", "relative pronoun"),
    R("they had questioned the two pilots", "police", "question", "pilots", "pronoun", attr="police"),
    R("had not detained them", "police", "detain", "pilots", "pronoun conjunction", neg=True, attr="police"),
    R("it might sue the airport operator", HS, "sue", "airport operator", "pronoun", mod=["might", "if"], attr=HS),
    R("if investigators found problems", "investigators", "find", "problems", mod="if", attr=HS),
    R("Critics have blamed the short runway", "critics", "blame", ["runway", "short runway"]),
]

COREF = [
    C("The ATR 72 turboprop, which", "The ATR 72 turboprop", "Himal Sky Airlines plane", "nominal"),
    C("The ATR 72 turboprop, which", "its", "Himal Sky Airlines plane"),
    C("we will cooperate fully with investigators", "Our", RK),
    C("we will cooperate fully with investigators", "we", RK),
    C("we will cooperate fully with investigators", "he", "Ramesh Khadka"),
    C("we will cooperate fully with investigators", "the country", "Nepal", "nominal"),
    C("Himal Sky grounded its remaining four ATR aircraft", "its", "Himal Sky Airlines"),
    C("it had set up a five-member commission", "The authority", "CAAN", "nominal"),
    C("it had set up a five-member commission", "it", "CAAN"),
    C("it had set up a five-member commission", "its", ["CAAN", "Civil Aviation Authority of Nepal", "commission"]),
    C("would analyse the recorders", "He", "Deepak Bhandari"),
    C("has barred all Nepali airlines", "its", ["European Union", "EU"]),
    C("said the government would pay their medical bills", "their", INJ),
    C("the crash would not deter tourists", "She", "Sushila Adhikari"),
    C("we heard a terrible noise", "The plane", "Himal Sky Airlines plane", "nominal"),
    C("we heard a terrible noise", "we", "Anil Shrestha"),
    C("we heard a terrible noise", "his", "Anil Shrestha"),
    C("cabin crew had helped passengers", "He", "Anil Shrestha"),
    C("who broke her leg", "His", "Anil Shrestha"),
    C("who broke her leg", "her", "wife"),
    C("they had questioned the two pilots", "they", "police"),
    C("had not detained them", "them", "pilots"),
    C("it might sue the airport operator", "The airline", "Himal Sky Airlines", "nominal"),
    C("it might sue the airport operator", "it", "Himal Sky Airlines"),
]

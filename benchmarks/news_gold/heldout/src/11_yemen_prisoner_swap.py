META = {"id": "news-heldout-11", "date": "2026-03-16"}

TEXT = """
Yemen's warring sides swap hundreds of prisoners as truce holds

SANAA, Yemen - The Houthi movement and the Saudi-backed government released 846 prisoners on Sunday in the largest exchange since the war began, the International Committee of the Red Cross (ICRC) said.
Red Cross staff interviewed the detainees at airports in Sanaa, Aden, Marib and the Saudi city of Abha before they boarded planes chartered by the agency.
The prisoners included 20 Saudi soldiers and a Yemeni journalist, Ahmed al-Maqtari, who had been held by the Houthis since 2019.
"They beat us every day and kept me in a cell without light for two years," al-Maqtari told reporters after his plane landed in Marib.
The Houthis, who control the capital and most of the north, denied mistreating prisoners.

The United Nations and Oman mediated the deal in Muscat last month after two years of stalled talks.
Under its terms, the government also freed 12 Houthi fighters captured in Marib province last year.
UN envoy Lars Nordahl said both sides had agreed to reopen roads into the besieged city of Taiz if the truce held until April.
Houthi fighters have besieged Taiz, Yemen's third-largest city, since 2015.
Saudi Arabia, which leads a military coalition backing the government, welcomed the exchange.
The kingdom has held off resuming air strikes since a truce took effect in April 2022, although it accuses the Houthis of repeated violations.

The Houthis still hold 13 United Nations staff members, most of them detained in raids in Sanaa in June 2024, according to the UN.
The group has threatened to prosecute them for espionage, and the UN Secretary-General has demanded their immediate release.
Houthi spokesman Yahya al-Hamdi said the group would free the staff only if the UN lifted a freeze on aid to the north.
The UN suspended most of its operations in the north last year after the arrests.

The Houthis seized Sanaa in 2014, and a Saudi-led coalition intervened the following year.
The war has killed more than 150,000 people, according to aid agencies.
Government forces said Houthi drones attacked their positions near Marib last week, killing three soldiers.
The Houthis did not comment on the claim.
Shipping companies have avoided the Red Sea since the group began attacking vessels in 2023.
The United States struck Houthi targets in Hodeidah in March 2025 before agreeing a ceasefire with the group two months later.
"""

HOU = ["Houthis", "Houthi movement", "Houthi"]
GOV = ["Saudi-backed government", "government", "Yemeni government"]
ICRC = ["ICRC", "International Committee of the Red Cross", "Red Cross"]
UN = ["United Nations", "UN"]
SIDES = ["sides", "both sides", "warring sides"]
AM = "Ahmed al-Maqtari"
STAFF = ["United Nations staff members", "UN staff members", "staff members", "staff"]
DRONES = ["Houthi drones", "drones", "Houthis"]
GF = ["government forces", "forces"]
COALITION = ["military coalition", "coalition"]

ALIASES = {
    "ICRC": ["International Committee of the Red Cross", "Red Cross"],
    "Houthis": ["Houthi movement"],
    "United Nations": ["UN"],
    "deal": ["exchange"],
    "United Nations staff members": ["UN staff members", "staff members"],
}

RELS = [
    R("swap hundreds of prisoners", ["warring sides", "sides", "Yemen's warring sides"], "swap", "prisoners"),
    R("released 846 prisoners", HOU, "release", "prisoners", "conjunction", attr=ICRC, date="sun"),
    R("released 846 prisoners", GOV, "release", "prisoners", "conjunction", attr=ICRC, date="sun"),
    R("Red Cross staff interviewed", ["Red Cross staff", "staff", "ICRC staff", "ICRC"], "interview", "detainees",
      place=["Sanaa", "Aden", "Marib", "Abha"]),
    R("before they boarded planes", "detainees", "board", "planes", "pronoun"),
    R("planes chartered by the agency", ICRC, "charter", "planes", "reduced_passive nominal_anaphora"),
    R("The prisoners included 20 Saudi soldiers", "prisoners", "include", "Saudi soldiers", "conjunction"),
    R("The prisoners included 20 Saudi soldiers", "prisoners", "include", [AM, "journalist", "Yemeni journalist"], "conjunction apposition"),
    R("who had been held by the Houthis", HOU, "hold", [AM, "journalist", "Yemeni journalist"], "relative passive apposition"),
    R("They beat us every day", HOU, "beat", [AM, "prisoners"], "pronoun", attr=AM),
    R("kept me in a cell", HOU, "keep", AM, "conjunction pronoun", attr=AM),
    R("who control the capital", HOU, "control", ["capital", "Sanaa"], "relative conjunction"),
    R("who control the capital", HOU, "control", "north", "relative conjunction"),
    R("denied mistreating prisoners", HOU, "mistreat", "prisoners", "control", neg=True, attr=HOU),
    R("mediated the deal in Muscat", UN, "mediate", ["deal", "exchange"], "conjunction", date="month:2026-02", place="Muscat"),
    R("mediated the deal in Muscat", "Oman", "mediate", ["deal", "exchange"], "conjunction", date="month:2026-02", place="Muscat"),
    R("the government also freed", GOV, "free", ["Houthi fighters", "fighters"]),
    R("had agreed to reopen roads", SIDES, "agree", "roads", "control", attr="Lars Nordahl"),
    R("had agreed to reopen roads", SIDES, "reopen", "roads", "control", mod=["agreed to", "if"], attr="Lars Nordahl"),
    R("Houthi fighters have besieged Taiz", ["Houthi fighters", "Houthis", "fighters"], "besiege", "Taiz", "apposition"),
    R("which leads a military coalition", "Saudi Arabia", "lead", COALITION, "relative"),
    R("coalition backing the government", COALITION, "back", GOV, "participial"),
    R("welcomed the exchange", "Saudi Arabia", "welcome", ["exchange", "deal"]),
    R("has held off resuming air strikes", "Saudi Arabia", "resume", ["air strikes", "strikes"], "control nominal_anaphora", neg=True),
    R("it accuses the Houthis", "Saudi Arabia", "accuse", HOU, "pronoun"),
    R("The Houthis still hold", HOU, "hold", STAFF, attr=UN),
    R("has threatened to prosecute them", HOU, "threaten", STAFF, "control nominal_anaphora pronoun"),
    R("has threatened to prosecute them", HOU, "prosecute", STAFF, "control nominal_anaphora pronoun", mod="threatened to"),
    R("has demanded their immediate release", ["UN Secretary-General", "Secretary-General"], "demand", "release", "conjunction"),
    R("would free the staff", HOU, "free", STAFF, "nominal_anaphora", mod=["would", "if"], attr="Yahya al-Hamdi"),
    R("the UN lifted a freeze", UN, "lift", "freeze", mod="if", attr="Yahya al-Hamdi"),
    R("The UN suspended most of its operations", UN, "suspend", "operations", date="year:2025"),
    R("The Houthis seized Sanaa", HOU, "seize", "Sanaa", date="year:2014"),
    R("The war has killed", "war", "kill", "people", attr="aid agencies"),
    R("Houthi drones attacked their positions", DRONES, "attack", "positions", attr=GF, date="week:2026-03-09", place="Marib"),
    R("killing three soldiers", DRONES, "kill", "soldiers", "participial", attr=GF, date="week:2026-03-09", place="Marib"),
    R("did not comment on the claim", HOU, "comment on", "claim", "prepositional", neg=True),
    R("Shipping companies have avoided", "shipping companies", "avoid", "Red Sea"),
    R("the group began attacking vessels", HOU, "attack", "vessels", "control nominal_anaphora", date="year:2023"),
    R("struck Houthi targets in Hodeidah", "United States", "strike", ["Houthi targets", "targets"], date="month:2025-03", place="Hodeidah"),
    R("before agreeing a ceasefire", "United States", "agree", "ceasefire", "participial", date="month:2025-05"),
]

COREF = [
    C("before they boarded planes", "they", "detainees"),
    C("planes chartered by the agency", "the agency", "ICRC", "nominal"),
    C("They beat us every day", "They", "Houthis"),
    C("after his plane landed", "his", AM),
    C("Under its terms", "its", "deal"),
    C("has held off resuming air strikes", "The kingdom", "Saudi Arabia", "nominal"),
    C("has held off resuming air strikes", "it", "Saudi Arabia"),
    C("The Houthis still hold", "them", "United Nations staff members"),
    C("has threatened to prosecute them", "The group", "Houthis", "nominal"),
    C("has threatened to prosecute them", "them", "United Nations staff members"),
    C("has threatened to prosecute them", "their", "United Nations staff members"),
    C("would free the staff", "the group", "Houthis", "nominal"),
    C("would free the staff", "the staff", "United Nations staff members", "nominal"),
    C("The UN suspended most of its operations", "its", "United Nations"),
    C("Houthi drones attacked their positions", "their", "government forces"),
    C("the group began attacking vessels", "the group", "Houthis", "nominal"),
    C("before agreeing a ceasefire", "the group", "Houthis", "nominal"),
]

META = {"id": "news-gold-33", "date": "2026-06-15"}

TEXT = """
Zambia revokes Canadian miner's copper licence over unpaid royalties

LUSAKA, June 15 (Reuters) - Zambia has revoked the licence of a copper mine owned by Canada's Harrow Bay Resources, accusing the company of failing to pay $86 million in royalties and of polluting a tributary of the Kafue River, the mines ministry said on Monday.
The ministry ordered Ndola Ridge Mining (NRM), Harrow Bay's local unit, to hand over the Mufulira West mine to state-owned ZCCM Investments Holdings within 30 days.
NRM said it would challenge the decision in court and might seek international arbitration, calling the revocation unlawful.

"We have paid every kwacha we owe, and we will defend our investment," NRM chief executive Graham Whitlock said in a statement.
He said the company had invested more than $1.2 billion in the mine since 2017 and employed 4,800 people.
Harrow Bay shares fell 14 percent in Toronto trading on Monday.

Last week, Mines Minister Chanda Mwale ordered an audit of all large copper mines, saying several foreign-owned operators had underdeclared exports to cut their royalty bills.
The audit found that NRM had shipped copper concentrate worth $310 million through a trading affiliate in Dubai without declaring it, according to a ministry document.
Whitlock denied that the company had hidden any exports and said the Dubai affiliate sold copper at market prices.

The Mineworkers Union of Zambia (MUZ) urged the government to guarantee the jobs of NRM's employees, who have not been paid since May.
Its general secretary, Mutale Kasonde, said workers would strike if ZCCM failed to keep them on.
In Mufulira, where the mine is the largest employer, several hundred workers marched to the district commissioner's office on Sunday and handed over a petition.
The petition asked the president to reverse the decision.

Zambia, Africa's second-largest copper producer after the Democratic Republic of Congo, aims to triple its copper output within a decade.
The government has courted investors from the Gulf and China since it restructured its debt in 2024, after a default in 2020.
But analysts said the move against Harrow Bay could deter other miners.
"If they can take one mine, they can take any mine," said Thandiwe Nkosi, an analyst at Johannesburg-based Ridgeline Capital.
Harrow Bay bought the mine from Swiss trader Alpenhof Metals in 2017 for $640 million.

The ministry also accused NRM of letting acid-laced water leak from a tailings dam into the Mwambashi stream in April, killing fish and damaging crops downstream.
The Zambia Environmental Management Agency (ZEMA) fined the company 2 million kwacha last month, a penalty NRM has appealed.
Farmers near the dam said the agency had never tested their wells.
"My children drank that water for two weeks before anyone told us," said Esther Banda, a maize farmer in Chambishi.
NRM said it had cleaned up the spill and compensated 63 households.
The mines ministry said the company had not responded to three warning letters sent to it between January and March.
ZCCM, which holds a 20 percent stake in the mine, said it was ready to take over operations.
"""

ZAM = ["Zambia", "Zambian government", "government"]
GOV = ["government", "Zambian government", "Zambia"]
HB = ["Harrow Bay Resources", "Harrow Bay"]
NRM = ["NRM", "Ndola Ridge Mining"]
NRMX = NRM + HB
MIN = ["mines ministry", "ministry", "Ministry of Mines"]
MINE = ["Mufulira West mine", "Mufulira West", "mine"]
GW = ["Graham Whitlock", "NRM", "Ndola Ridge Mining"]
ZCCM = ["ZCCM", "ZCCM Investments Holdings"]
ZEMA = ["ZEMA", "Zambia Environmental Management Agency"]
DOC = ["document", "ministry document", "audit"]

ALIASES = {
    "NRM": ["Ndola Ridge Mining"],
    "Harrow Bay Resources": ["Harrow Bay"],
    "mines ministry": ["ministry", "Ministry of Mines"],
    "Mufulira West mine": ["Mufulira West", "mine"],
    "ZCCM": ["ZCCM Investments Holdings"],
    "ZEMA": ["Zambia Environmental Management Agency"],
    "Zambian government": ["government", "Zambia"],
}

RELS = [
    R("Zambia revokes Canadian miner's copper licence", "Zambia", "revoke", ["copper licence", "licence", "Canadian miner's copper licence"]),
    R("Zambia has revoked the licence", ZAM, "revoke", "licence", attr=MIN),
    R("a copper mine owned by Canada's Harrow Bay", HB, "own", ["copper mine", "mine"], "reduced_passive", attr=MIN),
    R("accusing the company of failing", ZAM, "accuse", HB, "participial nominal_anaphora", attr=MIN),
    R("The ministry ordered Ndola Ridge Mining", MIN, "order", NRM, "control apposition nominal_anaphora"),
    R("it would challenge the decision", NRM, "challenge", "decision", "pronoun", mod="would", attr=NRM),
    R("might seek international arbitration", NRM, "seek", ["international arbitration", "arbitration"], "pronoun conjunction", mod="might", attr=NRM),
    R("We have paid every kwacha", GW, "pay", "kwacha", "pronoun", attr="Graham Whitlock"),
    R("every kwacha we owe", GW, "owe", "kwacha", "relative pronoun", attr="Graham Whitlock"),
    R("we will defend our investment", GW, "defend", "investment", "pronoun conjunction", mod="will", attr="Graham Whitlock"),
    R("had invested more than $1.2 billion", NRMX, ["invest", "invest in"], ["$1.2 billion", "mine", "Mufulira West mine"], "nominal_anaphora", attr="Graham Whitlock"),
    R("employed 4,800 people", NRMX, "employ", "people", "nominal_anaphora conjunction", attr="Graham Whitlock"),
    R("Mines Minister Chanda Mwale ordered an audit", "Chanda Mwale", "order", "audit", date="week:2026-06-08"),
    R("operators had underdeclared exports", ["foreign-owned operators", "operators"], "underdeclare", "exports", attr="Chanda Mwale"),
    R("NRM had shipped copper concentrate", NRM, "ship", ["copper concentrate", "concentrate"], attr=DOC),
    R("without declaring it", NRM, "declare", ["copper concentrate", "concentrate"], "participial pronoun", neg=True, attr=DOC),
    R("the company had hidden any exports", NRMX, "hide", "exports", "nominal_anaphora", neg=True, attr="Graham Whitlock"),
    R("the Dubai affiliate sold copper", ["Dubai affiliate", "trading affiliate", "affiliate"], "sell", "copper", "nominal_anaphora", attr="Graham Whitlock"),
    R("urged the government to guarantee", ["MUZ", "Mineworkers Union of Zambia"], "urge", GOV, "control"),
    R("if ZCCM failed to keep them on", ZCCM, "keep on", "workers", "control pronoun", neg=True, mod="if", attr="Mutale Kasonde"),
    R("workers marched to the district commissioner's office", "workers", "march to", ["office", "district commissioner's office"], "prepositional",
      date="sun", place="Mufulira"),
    R("handed over a petition", "workers", "hand over", "petition", "conjunction", date="sun", place="Mufulira"),
    R("The petition asked the president", "petition", "ask", "president", "control nominal_anaphora"),
    R("aims to triple its copper output", "Zambia", "triple", ["copper output", "output"], "control apposition", mod="aims to"),
    R("has courted investors", GOV, "court", "investors"),
    R("since it restructured its debt", GOV, "restructure", "debt", "pronoun", date="year:2024"),
    R("the move against Harrow Bay could deter", "move", "deter", "miners", mod="could", attr="analysts"),
    R("If they can take one mine", GOV, "take", "mine", "pronoun", mod=["if", "can"], attr="Thandiwe Nkosi"),
    R("they can take any mine", GOV, "take", "mine", "pronoun", mod="can", attr="Thandiwe Nkosi"),
    R("Harrow Bay bought the mine", HB, "buy", MINE, "nominal_anaphora", date="year:2017"),
    R("The ministry also accused NRM", MIN, "accuse", NRM, "nominal_anaphora"),
    R("fined the company 2 million kwacha", ZEMA, "fine", NRMX + ["kwacha"], "nominal_anaphora", date="month:2026-05"),
    R("a penalty NRM has appealed", NRM, "appeal", "penalty", "relative apposition"),
    R("the agency had never tested their wells", ZEMA, "test", "wells", "nominal_anaphora", neg=True, attr="farmers"),
    R("My children drank that water", "children", "drink", "water", "pronoun", attr="Esther Banda"),
    R("had cleaned up the spill", NRM, "clean up", "spill", "pronoun", attr=NRM),
    R("compensated 63 households", NRM, "compensate", "households", "pronoun conjunction", attr=NRM),
    R("had not responded to three warning letters", NRMX, "respond to", ["warning letters", "letters"], "prepositional nominal_anaphora", neg=True, attr=MIN),
    R("which holds a 20 percent stake", ZCCM, "hold", "stake", "relative"),
    R("ready to take over operations", ZCCM, "take over", "operations", "control pronoun", mod="ready to", attr=ZCCM),
]

COREF = [
    C("accusing the company of failing", "the company", "Harrow Bay Resources", "nominal"),
    C("The ministry ordered Ndola Ridge Mining", "The ministry", "mines ministry", "nominal"),
    C("it would challenge the decision", "it", "NRM"),
    C("We have paid every kwacha", "We", GW),
    C("We have paid every kwacha", "we", GW),
    C("We have paid every kwacha", "we", GW, occurrence=2),
    C("We have paid every kwacha", "our", GW),
    C("had invested more than $1.2 billion", "He", "Graham Whitlock"),
    C("had invested more than $1.2 billion", "the company", NRMX, "nominal"),
    C("had invested more than $1.2 billion", "the mine", "Mufulira West mine", "nominal"),
    C("operators had underdeclared exports", "their", ["foreign-owned operators", "operators"]),
    C("The audit found that", "The audit", "audit", "nominal"),
    C("without declaring it", "it", ["copper concentrate", "concentrate"]),
    C("the company had hidden any exports", "the company", NRMX, "nominal"),
    C("the Dubai affiliate sold copper", "the Dubai affiliate", ["trading affiliate", "affiliate"], "nominal"),
    C("if ZCCM failed to keep them on", "Its", ["MUZ", "Mineworkers Union of Zambia"]),
    C("if ZCCM failed to keep them on", "them", "workers"),
    C("workers marched to the district commissioner's office", "the mine", "Mufulira West mine", "nominal"),
    C("The petition asked the president", "The petition", "petition", "nominal"),
    C("aims to triple its copper output", "its", "Zambia"),
    C("since it restructured its debt", "it", "Zambian government"),
    C("since it restructured its debt", "its", "Zambian government"),
    C("If they can take one mine", "they", "Zambian government"),
    C("they can take any mine", "they", "Zambian government", occurrence=2),
    C("Harrow Bay bought the mine", "the mine", "Mufulira West mine", "nominal"),
    C("The ministry also accused NRM", "The ministry", "mines ministry", "nominal"),
    C("fined the company 2 million kwacha", "the company", NRMX, "nominal"),
    C("the agency had never tested their wells", "the dam", ["tailings dam", "dam"], "nominal"),
    C("the agency had never tested their wells", "the agency", "ZEMA", "nominal"),
    C("the agency had never tested their wells", "their", "farmers"),
    C("My children drank that water", "My", "Esther Banda"),
    C("had cleaned up the spill", "it", "NRM"),
    C("had not responded to three warning letters", "the company", NRMX, "nominal"),
    C("had not responded to three warning letters", "it", NRMX),
    C("which holds a 20 percent stake", "the mine", "Mufulira West mine", "nominal"),
    C("which holds a 20 percent stake", "it", "ZCCM"),
]

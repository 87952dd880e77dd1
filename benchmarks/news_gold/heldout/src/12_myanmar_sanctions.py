META = {"id": "news-heldout-12", "date": "2026-05-21"}

TEXT = """
Myanmar central bank raises rates as US sanctions hit kyat

YANGON, Myanmar - The Central Bank of Myanmar (CBM) raised its benchmark interest rate by four percentage points to 11 percent on Wednesday, a day after the United States imposed sanctions on two state-owned banks.
The US Treasury Department said the Myanma Foreign Trade Bank (MFTB) and the Myanmar Investment and Commercial Bank (MICB) had helped the military buy jet fuel and weapons from Russia.
The measures freeze any assets the banks hold in US jurisdiction and bar Americans from dealing with them.
The kyat fell 18 percent against the dollar on the black market in Yangon on Thursday, its steepest fall since the 2021 coup, traders said.
Central bank governor Nilar Win said the rate rise would curb inflation and protect savings.
She told state television that the bank could also sell dollars from its reserves if the kyat kept falling.

The military government, which seized power in a coup in February 2021, condemned the sanctions as "economic terrorism".
The state-run Global New Light of Myanmar quoted junta spokesman Aung Thura as saying that Myanmar would not bow to foreign pressure.
He accused Washington of interfering in Myanmar's internal affairs.
Russia and China, the junta's main arms suppliers, have rejected unilateral sanctions.
Singapore-based Straits Commerce Bank said it had frozen accounts linked to the two banks and would no longer process their payments.
The junta arrested 14 currency traders in Yangon last week, accusing them of manipulating the exchange rate.

In Yangon, Mandalay and Bago, petrol stations rationed fuel on Thursday as prices doubled.
Garment factories, which employ hundreds of thousands of women, could lose orders from European buyers if payments are blocked, an industry group said.
Several European brands have already halted production in Myanmar, citing labour abuses.

Washington sanctioned the junta's energy company, Myanma Oil and Gas Enterprise (MOGE), in 2023.
European governments have held off targeting the company, which pays royalties to the military.
Thailand, which buys most of Myanmar's gas, said the sanctions would not affect its imports.
The opposition National Unity Government (NUG) welcomed the move and urged other countries to impose similar measures.
Analysts said the junta might try to move its funds through banks in Russia and China, where it already holds accounts.
The central bank last raised rates on October 14, when it also capped withdrawals from private banks.
"""

MIL = ["military", "Myanmar military", "military government", "junta"]
CBM = ["CBM", "Central Bank of Myanmar", "central bank"]
US = ["United States", "US", "Washington"]
TREAS = ["US Treasury Department", "Treasury Department", "Treasury"]
BANKS = ["state-owned banks", "banks", "MFTB", "MICB"]
RISE = ["rate rise", "rise"]
SCB = "Straits Commerce Bank"
GF = ["garment factories", "factories"]
BRANDS = ["European brands", "brands"]
MOGE = ["MOGE", "Myanma Oil and Gas Enterprise", "energy company"]
LW = "week:2026-05-11"

ALIASES = {
    "CBM": ["Central Bank of Myanmar", "central bank"],
    "MFTB": ["Myanma Foreign Trade Bank"],
    "MICB": ["Myanmar Investment and Commercial Bank"],
    "MOGE": ["Myanma Oil and Gas Enterprise"],
    "NUG": ["National Unity Government"],
    "military": ["junta", "military government", "Myanmar military"],
    "state-owned banks": ["banks", "MFTB", "MICB"],
}

RELS = [
    R("central bank raises rates", ["central bank", "Myanmar central bank", "CBM"], "raise", "rates"),
    R("US sanctions hit kyat", ["US sanctions", "sanctions"], "hit", "kyat", "conjunction"),
    R("raised its benchmark interest rate", CBM, "raise", ["benchmark interest rate", "interest rate", "rate"], date="wed"),
    R("imposed sanctions on two state-owned banks", US, "impose", "sanctions", date="tue"),
    R("had helped the military buy", "MFTB", "help", MIL, "control conjunction", attr=TREAS),
    R("had helped the military buy", "MICB", "help", MIL, "control conjunction", attr=TREAS),
    R("buy jet fuel and weapons", MIL, "buy", "jet fuel", "control conjunction", attr=TREAS),
    R("buy jet fuel and weapons", MIL, "buy", "weapons", "control conjunction", attr=TREAS),
    R("The measures freeze any assets", "measures", "freeze", "assets"),
    R("the banks hold in US jurisdiction", BANKS, "hold", "assets", "relative nominal_anaphora"),
    R("bar Americans from dealing", "measures", "bar", "Americans", "conjunction"),
    R("would curb inflation", RISE, "curb", "inflation", mod="would", attr="Nilar Win"),
    R("protect savings", RISE, "protect", "savings", "conjunction", mod="would", attr="Nilar Win"),
    R("could also sell dollars", CBM, "sell", "dollars", "nominal_anaphora", mod=["could", "if"], attr="Nilar Win"),
    R("which seized power in a coup", MIL, "seize", "power", "relative", date="month:2021-02"),
    R("condemned the sanctions", MIL, "condemn", "sanctions"),
    R("would not bow to foreign pressure", ["Myanmar"] + MIL, "bow to", ["foreign pressure", "pressure"], "prepositional",
      neg=True, mod="would", attr="Aung Thura"),
    R("He accused Washington", "Aung Thura", "accuse", US, "pronoun"),
    R("have rejected unilateral sanctions", "Russia", "reject", ["unilateral sanctions", "sanctions"], "conjunction apposition"),
    R("have rejected unilateral sanctions", "China", "reject", ["unilateral sanctions", "sanctions"], "conjunction apposition"),
    R("it had frozen accounts", SCB, "freeze", "accounts", "pronoun", attr=SCB),
    R("would no longer process their payments", SCB, "process", "payments", "conjunction pronoun", neg=True, mod="would", attr=SCB),
    R("The junta arrested 14 currency traders", MIL, "arrest", "currency traders", "nominal_anaphora", date=LW, place="Yangon"),
    R("accusing them of manipulating", MIL, "accuse", "currency traders", "participial pronoun nominal_anaphora", date=LW, place="Yangon"),
    R("petrol stations rationed fuel", "petrol stations", "ration", "fuel", date="thu", place=["Yangon", "Mandalay", "Bago"]),
    R("which employ hundreds of thousands", GF, "employ", "women", "relative", attr="industry group"),
    R("could lose orders", GF, "lose", "orders", mod=["could", "if"], attr="industry group"),
    R("have already halted production", BRANDS, "halt", "production", place="Myanmar"),
    R("citing labour abuses", BRANDS, "cite", "labour abuses", "participial"),
    R("Washington sanctioned the junta's energy company", US, "sanction", MOGE, "apposition", date="year:2023"),
    R("have held off targeting the company", ["European governments", "governments"], "target", MOGE, "control nominal_anaphora", neg=True),
    R("which pays royalties to the military", MOGE, "pay", "royalties", "relative nominal_anaphora"),
    R("which buys most of Myanmar's gas", "Thailand", "buy", "gas", "relative"),
    R("would not affect its imports", ["sanctions", "US sanctions"], "affect", "imports", neg=True, mod="would", attr="Thailand"),
    R("welcomed the move", "NUG", "welcome", "move"),
    R("urged other countries", "NUG", "urge", "countries", "control conjunction"),
    R("might try to move its funds", MIL, "move", "funds", "control nominal_anaphora", mod=["might", "try to"], attr="analysts"),
    R("where it already holds accounts", MIL, "hold", "accounts", "relative pronoun", attr="analysts", place=["Russia", "China"]),
    R("last raised rates on October 14", CBM, "raise", "rates", "nominal_anaphora", date="2025-10-14"),
    R("it also capped withdrawals", CBM, "cap", "withdrawals", "pronoun", date="2025-10-14"),
]

COREF = [
    C("raised its benchmark interest rate", "its", "CBM"),
    C("The measures freeze any assets", "the banks", "state-owned banks", "nominal"),
    C("The measures freeze any assets", "them", "state-owned banks"),
    C("its steepest fall", "its", "kyat"),
    C("She told state television", "She", "Nilar Win"),
    C("She told state television", "the bank", "CBM", "nominal"),
    C("She told state television", "its", "CBM"),
    C("He accused Washington", "He", "Aung Thura"),
    C("the junta's main arms suppliers", "the junta", "military", "nominal"),
    C("it had frozen accounts", "it", SCB),
    C("it had frozen accounts", "the two banks", "state-owned banks", "nominal"),
    C("it had frozen accounts", "their", "state-owned banks"),
    C("The junta arrested 14 currency traders", "The junta", "military", "nominal"),
    C("The junta arrested 14 currency traders", "them", "currency traders"),
    C("Washington sanctioned the junta's energy company", "the junta", "military", "nominal"),
    C("have held off targeting the company", "the company", "MOGE", "nominal"),
    C("would not affect its imports", "its", "Thailand"),
    C("might try to move its funds", "the junta", "military", "nominal"),
    C("might try to move its funds", "its", "military"),
    C("might try to move its funds", "it", "military"),
    C("last raised rates on October 14", "The central bank", "CBM", "nominal"),
    C("last raised rates on October 14", "it", "CBM"),
]

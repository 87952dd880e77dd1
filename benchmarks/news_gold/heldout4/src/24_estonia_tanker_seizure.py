META = {"id": "news-gold-24", "date": "2026-05-13"}

TEXT = """
Estonia detains sanctioned tanker in Gulf of Finland, Russia protests

TALLINN, Estonia - Estonian naval forces boarded and detained an oil tanker in the Gulf of Finland on Monday, saying the vessel was sailing without valid insurance and had switched off its transponder.
The ship, the Cameroon-flagged Vega Star, was carrying about 90,000 tonnes of Russian crude from the port of Primorsk to India, according to ship-tracking data.
The European Union (EU) sanctioned the tanker in February as part of its campaign against a shadow fleet that Moscow uses to evade a price cap on its oil.
Estonia's navy said a helicopter landed a boarding team on the deck and that the crew did not resist.
The tanker was escorted to the port of Muuga, east of Tallinn, where prosecutors will inspect its cargo and documents.

On Tuesday, Russia's foreign ministry condemned the detention as "piracy" and summoned Estonia's ambassador.
Spokeswoman Irina Volkova said Moscow would take "all necessary measures" to protect Russian shipping.
The Estonian military said a Russian fighter jet had violated its airspace near the island of Vaindloo on Tuesday.
Prime Minister Marten Kask said his government would not be intimidated and vowed to enforce the sanctions.
"We will not allow our waters to become a highway for sanctioned ships," Kask told reporters.

The tanker's manager, Dubai-based Seastar Maritime, denied that the ship had broken any rules.
The company said the Vega Star was insured by a firm in Hong Kong and that its captain had followed all instructions from the Estonian navy.
It asked Tallinn to release the vessel and its 24 crew members, most of them Indian nationals.
Finland's coast guard said it had been tracking the Vega Star since it left Primorsk last week.
In December 2024, Finnish authorities seized another tanker, the Eagle S, after it damaged an undersea power cable with its anchor.
Baltic states have accused Russia of using ageing tankers to sabotage undersea infrastructure, a charge the Kremlin denies.
NATO launched a patrol mission called Baltic Sentry in January 2025 to protect cables and pipelines in the region.

Shipping insurers said they could raise premiums for tankers sailing through the Baltic Sea.
Estonia's parliament passed a law in 2025 that allows the navy to stop ships in its economic zone.
Prosecutors may charge the captain, a Georgian citizen hired by Seastar Maritime in March, with endangering maritime traffic, the navy said.
The captain has refused to answer questions without a lawyer, according to a statement from the prosecutor's office.
Estonian officials said the Vega Star was the fourth tanker that Baltic countries had detained since Russia invaded Ukraine in 2022.
"""

NAVY = ["Estonian navy", "navy", "Estonian naval forces", "naval forces", "Estonia's navy"]
VS = ["Vega Star", "tanker", "oil tanker"]
RFM = ["foreign ministry", "Russian foreign ministry", "Russia's foreign ministry"]
MK = "Marten Kask"
SM = ["Seastar Maritime", "company"]
FCG = ["coast guard", "Finnish coast guard", "Finland's coast guard"]
MOSCOW = ["Moscow", "Russia"]

ALIASES = {"Vega Star": ["tanker", "oil tanker", "ship", "vessel"], "EU": ["European Union"],
           "Estonian navy": ["navy", "Estonian naval forces", "naval forces", "Estonian military"],
           "Seastar Maritime": ["manager"], "Moscow": ["Russia"], "Estonia": ["Tallinn", "Estonian military"],
           "Finnish coast guard": ["coast guard", "Finland's coast guard"], "Eagle S": ["tanker"]}

RELS = [
    R("Estonia detains sanctioned tanker", "Estonia", "detain", ["tanker", "sanctioned tanker", "Vega Star"], place="Gulf of Finland"),
    R("Estonian naval forces boarded and detained", NAVY, "board", VS, "conjunction", date="mon", place="Gulf of Finland"),
    R("boarded and detained an oil tanker", NAVY, "detain", VS, "conjunction", date="mon", place="Gulf of Finland"),
    R("had switched off its transponder", VS, "switch off", "transponder", "participial nominal_anaphora", attr=NAVY),
    R("was carrying about 90,000 tonnes of Russian crude", VS, "carry", ["crude", "Russian crude"], "apposition nominal_anaphora", attr=["ship-tracking data", "data"]),
    R("sanctioned the tanker in February", "EU", "sanction", VS, "nominal_anaphora", date="month:2026-02"),
    R("a shadow fleet that Moscow uses", MOSCOW, "use", "shadow fleet", "relative"),
    R("a helicopter landed a boarding team", "helicopter", "land", "boarding team", attr=NAVY),
    R("where prosecutors will inspect its cargo", "prosecutors", "inspect", "cargo", "relative", mod="will", place="Muuga"),
    R("where prosecutors will inspect its cargo", "prosecutors", "inspect", "documents", "relative conjunction", mod="will", place="Muuga"),
    R("condemned the detention", RFM, "condemn", "detention", date="tue"),
    R("summoned Estonia's ambassador", RFM, "summon", "ambassador", "conjunction", date="tue"),
    R("Moscow would take", MOSCOW, "take", "measures", mod="would", attr="Irina Volkova"),
    R("had violated its airspace", ["fighter jet", "Russian fighter jet", "jet"], "violate", "airspace", attr=["Estonian military", "military"], date="tue", place="Vaindloo"),
    R("vowed to enforce the sanctions", MK, "vow", "sanctions", "control conjunction"),
    R("vowed to enforce the sanctions", MK, "enforce", "sanctions", "control conjunction", mod="vowed to"),
    R("We will not allow our waters", [MK, "Estonia"], "allow", "waters", "control pronoun", neg=True, mod="will", attr=MK),
    R("denied that the ship had broken any rules", VS, "break", "rules", "nominal_anaphora", neg=True, attr="Seastar Maritime"),
    R("was insured by a firm in Hong Kong", "firm", "insure", VS, "passive", attr="Seastar Maritime"),
    R("its captain had followed all instructions", "captain", "follow", "instructions", "conjunction", attr="Seastar Maritime"),
    R("It asked Tallinn to release", SM, "ask", ["Tallinn", "Estonia"], "control pronoun"),
    R("it had been tracking the Vega Star", FCG, "track", "Vega Star", "pronoun", attr=FCG),
    R("since it left Primorsk last week", VS, "leave", "Primorsk", "pronoun", attr=FCG, date="week:2026-05-04"),
    R("Finnish authorities seized another tanker", "Finnish authorities", "seize", ["Eagle S", "tanker"], "apposition", date="month:2024-12"),
    R("after it damaged an undersea power cable", "Eagle S", "damage", ["undersea power cable", "power cable"], "pronoun"),
    R("Baltic states have accused Russia", "Baltic states", "accuse", "Russia"),
    R("a charge the Kremlin denies", "Kremlin", "deny", "charge", "relative"),
    R("NATO launched a patrol mission", "NATO", "launch", ["patrol mission", "Baltic Sentry"], date="month:2025-01"),
    R("they could raise premiums", ["shipping insurers", "insurers"], "raise", "premiums", "pronoun", mod="could", attr=["shipping insurers", "insurers"]),
    R("tankers sailing through the Baltic Sea", "tankers", "sail through", "Baltic Sea", "participial prepositional", attr=["shipping insurers", "insurers"]),
    R("Estonia's parliament passed a law", ["parliament", "Estonian parliament", "Estonia's parliament"], "pass", "law", date="year:2025"),
    R("that allows the navy to stop ships", "law", "allow", NAVY, "relative control"),
    R("Prosecutors may charge the captain", "prosecutors", "charge", "captain", mod="may", attr=NAVY),
    R("a Georgian citizen hired by Seastar Maritime", SM, "hire", "captain", "reduced_passive apposition", attr=NAVY, date="month:2026-03"),
    R("has refused to answer questions", "captain", "refuse", "questions", "control", attr=["statement", "prosecutor's office"]),
    R("has refused to answer questions", "captain", "answer", "questions", "control", neg=True, attr=["statement", "prosecutor's office"]),
    R("Baltic countries had detained", "Baltic countries", "detain", ["Vega Star", "tanker"], "relative", attr="Estonian officials"),
    R("Russia invaded Ukraine in 2022", "Russia", "invade", "Ukraine", attr="Estonian officials", date="year:2022"),
]

COREF = [
    C("saying the vessel was sailing", "the vessel", "Vega Star", "nominal"),
    C("saying the vessel was sailing", "its", "Vega Star"),
    C("The ship, the Cameroon-flagged Vega Star", "The ship", "Vega Star", "nominal"),
    C("sanctioned the tanker in February", "the tanker", "Vega Star", "nominal"),
    C("sanctioned the tanker in February", "its", "EU", "pronoun", 1),
    C("sanctioned the tanker in February", "its", "Moscow", "pronoun", 2),
    C("The tanker was escorted", "The tanker", "Vega Star", "nominal"),
    C("The tanker was escorted", "its", "Vega Star"),
    C("had violated its airspace", "its", "Estonia"),
    C("Prime Minister Marten Kask said his", "his", MK),
    C("We will not allow our waters", "We", [MK, "Estonia"]),
    C("We will not allow our waters", "our", [MK, "Estonia"]),
    C("The tanker's manager", "The tanker", "Vega Star", "nominal"),
    C("The tanker's manager", "the ship", "Vega Star", "nominal"),
    C("its captain had followed", "The company", "Seastar Maritime", "nominal"),
    C("its captain had followed", "its", "Vega Star"),
    C("It asked Tallinn to release", "It", "Seastar Maritime"),
    C("It asked Tallinn to release", "the vessel", "Vega Star", "nominal"),
    C("It asked Tallinn to release", "its", "Vega Star"),
    C("it had been tracking the Vega Star", "it", "Finnish coast guard", "pronoun", 1),
    C("it had been tracking the Vega Star", "it", "Vega Star", "pronoun", 2),
    C("after it damaged an undersea power cable", "it", "Eagle S"),
    C("after it damaged an undersea power cable", "its", "Eagle S"),
    C("in January 2025 to protect cables", "the region", ["Baltic Sea", "Baltic"], "nominal"),
    C("they could raise premiums", "they", "shipping insurers"),
    C("that allows the navy to stop ships", "the navy", "Estonian navy", "nominal"),
    C("that allows the navy to stop ships", "its", "Estonia"),
    C("with endangering maritime traffic, the navy said", "the navy", "Estonian navy", "nominal"),
]

META = {"id": "news-gold-06", "date": "2026-04-28"}

TEXT = """
Egypt threatens to quit Nile dam talks as Ethiopia begins fifth filling

CAIRO, Egypt - Egypt threatened on Monday to withdraw from talks with Ethiopia over the Grand Ethiopian Renaissance Dam (GERD) after Addis Ababa began filling the reservoir for a fifth time without an agreement.
Foreign Minister Karim Abdel-Aziz said Cairo could take "all necessary measures" to protect its water supply.
The state-run Al-Ahram newspaper quoted him as saying that Egypt would not accept "a policy of fait accompli".
Ethiopia, which says the dam is vital for its development, has repeatedly rejected Egyptian demands for a binding deal.

Its water minister, Habtamu Tesfaye, told state television on Sunday that the filling would not harm downstream countries.
"We have no intention of hurting our brothers in Egypt and Sudan," he said.
Sudan, which shares the Blue Nile with both countries, has been caught in the middle.
Sudanese officials said the Roseires dam had been damaged by a sudden surge of water last year.

The African Union (AU), which has mediated the talks since 2020, called on all three countries to return to negotiations.
The United States and the World Bank brokered a draft agreement in 2020, but Ethiopia never signed it.
Egypt relies on the Nile for about 97 percent of its fresh water.
Analysts said a military strike on the dam was unlikely but could not be ruled out.
Cairo has signed defence agreements with Uganda, Burundi and Kenya, moves seen by Addis Ababa as an attempt to encircle it.

The 145-metre dam, built by Italian firm Webuild on the Blue Nile, cost about $4.2 billion.
It is expected to generate more than 5,000 megawatts when fully operational.
Ethiopian Prime Minister Abiy Ahmed inaugurated the dam in September last year.
He has said Ethiopia is ready to resume talks if Egypt drops its preconditions.
Egypt's parliament on Monday urged the government to seek a resolution from the UN Security Council.
The council discussed the dispute in 2021 but took no action.
Diplomats in New York said Russia and China were unlikely to support a new resolution.
"""

EG = ["Egypt", "Cairo"]
ET = ["Ethiopia", "Addis Ababa"]
KA = "Karim Abdel-Aziz"
GERD = ["GERD", "dam"]
UNSC = ["UN Security Council", "Security Council", "council"]

ALIASES = {"GERD": ["Grand Ethiopian Renaissance Dam"], "Egypt": ["Cairo"], "Ethiopia": ["Addis Ababa"], "UN Security Council": ["Security Council"]}

RELS = [
    R("Egypt threatens to quit", "Egypt", "threaten", ["Nile dam talks", "dam talks", "talks"], "control"),
    R("Egypt threatens to quit", "Egypt", "quit", ["Nile dam talks", "dam talks", "talks"], "control", mod="threatened to"),
    R("Ethiopia begins fifth filling", "Ethiopia", "begin", "filling", "conjunction"),
    R("threatened on Monday to withdraw", "Egypt", "threaten", "talks", "control", date="mon"),
    R("threatened on Monday to withdraw", "Egypt", "withdraw from", "talks", "control prepositional", mod="threatened to", date="mon"),
    R("began filling the reservoir", ET, "fill", "reservoir", "control"),
    R("Cairo could take", EG, "take", "measures", mod="could", attr=KA),
    R("Egypt would not accept", "Egypt", "accept", "policy", neg=True, mod="would", attr=KA),
    R("has repeatedly rejected Egyptian demands", "Ethiopia", "reject", ["Egyptian demands", "demands"]),
    R("the filling would not harm", "filling", "harm", "downstream countries", neg=True, mod="would", attr="Habtamu Tesfaye"),
    R("which shares the Blue Nile", "Sudan", "share", "Blue Nile", "relative"),
    R("had been damaged by a sudden surge", ["surge", "sudden surge"], "damage", ["Roseires dam", "Roseires"], "passive", attr="Sudanese officials", date="year:2025"),
    R("which has mediated the talks", "AU", "mediate", "talks", "relative"),
    R("called on all three countries", "AU", "call on", "countries", "prepositional"),
    R("brokered a draft agreement", "United States", "broker", ["draft agreement", "agreement"], "conjunction", date="year:2020"),
    R("brokered a draft agreement", "World Bank", "broker", ["draft agreement", "agreement"], "conjunction", date="year:2020"),
    R("Ethiopia never signed it", "Ethiopia", "sign", ["draft agreement", "agreement"], "pronoun", neg=True),
    R("Egypt relies on the Nile", "Egypt", "rely on", "Nile", "prepositional"),
    R("Cairo has signed defence agreements", EG, "sign", "defence agreements"),
    R("moves seen by Addis Ababa", ET, "see", "moves", "reduced_passive"),
    R("built by Italian firm Webuild", "Webuild", "build", GERD, "reduced_passive nominal_anaphora", place="Blue Nile"),
    R("It is expected to generate", GERD, "generate", "megawatts", "pronoun control", mod="expected to"),
    R("inaugurated the dam", "Abiy Ahmed", "inaugurate", GERD, "nominal_anaphora", date="month:2025-09"),
    R("is ready to resume talks", "Ethiopia", "resume", "talks", "control", mod=["if", "ready to"], attr="Abiy Ahmed"),
    R("if Egypt drops its preconditions", "Egypt", "drop", "preconditions", mod="if", attr="Abiy Ahmed"),
    R("urged the government", ["parliament", "Egyptian parliament"], "urge", "government", "control", date="mon"),
    R("The council discussed the dispute", UNSC, "discuss", "dispute", "nominal_anaphora", date="year:2021"),
    R("took no action", UNSC, "take", "action", "conjunction nominal_anaphora", neg=True, date="year:2021"),
    R("were unlikely to support", "Russia", "support", "resolution", "conjunction control", mod="unlikely to", attr="diplomats"),
    R("were unlikely to support", "China", "support", "resolution", "conjunction control", mod="unlikely to", attr="diplomats"),
]

COREF = [
    C("to protect its water supply", "its", "Egypt"),
    C("quoted him as saying", "him", KA),
    C("which says the dam is vital", "the dam", "GERD", "nominal"),
    C("which says the dam is vital", "its", "Ethiopia"),
    C("Its water minister", "Its", "Ethiopia"),
    C("hurting our brothers", "he", "Habtamu Tesfaye"),
    C("Ethiopia never signed it", "it", "draft agreement"),
    C("Egypt relies on the Nile", "its", "Egypt"),
    C("an attempt to encircle it", "it", "Ethiopia"),
    C("It is expected to generate", "It", "GERD"),
    C("inaugurated the dam", "the dam", "GERD", "nominal"),
    C("He has said Ethiopia", "He", "Abiy Ahmed"),
    C("if Egypt drops its preconditions", "its", "Egypt"),
    C("The council discussed", "The council", "UN Security Council", "nominal"),
]

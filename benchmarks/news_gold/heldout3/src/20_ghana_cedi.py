META = {"id": "news-heldout3-20", "date": "2026-06-10"}

TEXT = """
Ghana's central bank hikes rates to defend cedi as traders shut shops

ACCRA, Ghana - The Bank of Ghana raised its main interest rate by four percentage points to 31 percent on Tuesday, after the cedi lost nearly a fifth of its value against the dollar in two weeks.
Governor Kwabena Asante-Mensah told reporters in Accra that the bank would also sell dollars to importers and tighten rules for foreign exchange bureaus.
"We will do whatever it takes to restore confidence in the cedi," he said.
The currency has fallen more than 40 percent this year, hurt by falling cocoa prices, rising debt payments and fears that the government will miss an IMF loan target.

Finance Minister Abena Owusu-Darko said the government would cut spending and had asked the International Monetary Fund to release the next tranche of its loan early.
The IMF said in a statement that its staff would visit Accra next week.

In Accra's Makola market, thousands of traders shut their shops on Wednesday in protest at the soaring prices of imported goods.
The Ghana Union of Traders' Associations (GUTA), which called the strike, said its members would not reopen their stores until the cedi recovered.
Police fired tear gas at hundreds of traders who tried to march on the central bank's headquarters, and arrested at least 25 people, a police spokeswoman said.
Witnesses said officers beat several protesters with batons near Kwame Nkrumah Circle.
The Ghana Police Service denied using excessive force.

Economists said the rate rise could slow inflation but would also hurt small businesses that borrow heavily from local banks.
Fuel importers have raised pump prices three times since April, and the state power company warned of blackouts after it failed to pay for gas from Nigeria.
Ghana defaulted on most of its foreign debt in 2022 and secured a $3 billion bailout from the IMF a year later.
Opposition leader Kofi Amponsah accused the government of mismanaging the economy and called for the governor's resignation.
"The government spent our money on prestige projects and now it is asking traders to pay for its mistakes," he told a rally in Kumasi on Tuesday.
Presidential spokesman Felix Quaye rejected the criticism and said the government had inherited the debt from the previous administration.

Ghana is the world's second-largest cocoa producer, but smuggling to neighbouring Ivory Coast and Togo has cut its exports.
Banks in Accra limited dollar withdrawals on Wednesday, and several airlines stopped selling tickets in cedis.
The central bank said it had not ruled out further rate rises at its next meeting in July.
The cedi was trading at 19.4 to the dollar on Wednesday afternoon, compared with 15.6 at the start of the month.
"""

BOG = ["Bank of Ghana", "central bank", "Ghana's central bank", "Ghana central bank"]
KAM = "Kwabena Asante-Mensah"
GOV = ["government", "Ghanaian government", "Ghana"]
IMF = ["IMF", "International Monetary Fund"]
CEDI = "cedi"
SPOX = ["police spokeswoman", "spokeswoman"]
RISE = ["rate rise", "rise"]
SB = ["small businesses", "businesses"]
POWER = ["state power company", "power company"]
KA = "Kofi Amponsah"
GPS = ["Ghana Police Service", "police"]

ALIASES = {
    "Bank of Ghana": ["central bank", "Ghana's central bank"],
    "IMF": ["International Monetary Fund"],
    "GUTA": ["Ghana Union of Traders' Associations"],
    "state power company": ["power company"],
    "government": ["Ghanaian government"],
}

RELS = [
    R("central bank hikes rates", BOG, "hike", ["rates", "interest rates"]),
    R("as traders shut shops", "traders", "shut", "shops"),
    R("raised its main interest rate", BOG, "raise", ["main interest rate", "interest rate", "rate"], date="tue"),
    R("the cedi lost nearly a fifth", CEDI, "lose", "value"),
    R("would also sell dollars", BOG, "sell", "dollars", "nominal_anaphora", mod="would", attr=KAM),
    R("tighten rules for foreign exchange bureaus", BOG, "tighten", "rules", "conjunction nominal_anaphora", mod="would", attr=KAM),
    R("hurt by falling cocoa prices", ["cocoa prices", "falling cocoa prices", "prices"], "hurt", CEDI, "reduced_passive conjunction nominal_anaphora"),
    R("rising debt payments", ["debt payments", "rising debt payments", "payments"], "hurt", CEDI, "reduced_passive conjunction nominal_anaphora"),
    R("and fears that", "fears", "hurt", CEDI, "reduced_passive conjunction nominal_anaphora"),
    R("the government will miss", GOV, "miss", ["IMF loan target", "loan target", "target"], mod="will"),
    R("the government would cut spending", GOV, "cut", "spending", mod="would", attr="Abena Owusu-Darko"),
    R("had asked the International Monetary Fund", GOV, "ask", IMF, "control conjunction", attr="Abena Owusu-Darko"),
    R("its staff would visit Accra", ["staff", "IMF staff", "IMF"], "visit", "Accra", "pronoun", mod="would", attr=IMF, date="week:2026-06-15"),
    R("thousands of traders shut their shops", "traders", "shut", "shops", date="wed", place=["Makola market", "Makola", "Accra"]),
    R("which called the strike", "GUTA", "call", "strike", "relative"),
    R("would not reopen their stores", ["members", "GUTA members", "GUTA"], "reopen", "stores", "pronoun", neg=True, mod="would", attr="GUTA"),
    R("Police fired tear gas at hundreds", "police", ["fire at", "fire tear gas at"], "traders", "prepositional", attr=SPOX),
    R("who tried to march on", "traders", "march on", ["headquarters", "central bank headquarters"], "relative control prepositional", mod="tried to", attr=SPOX),
    R("arrested at least 25 people", "police", "arrest", "people", "conjunction", attr=SPOX),
    R("officers beat several protesters", "officers", "beat", "protesters", attr="witnesses", place="Kwame Nkrumah Circle"),
    R("denied using excessive force", GPS, "use", ["force", "excessive force"], "control", neg=True, attr=GPS),
    R("the rate rise could slow inflation", RISE, "slow", "inflation", mod="could", attr="economists"),
    R("would also hurt small businesses", RISE, "hurt", SB, "conjunction", mod="would", attr="economists"),
    R("that borrow heavily from local banks", SB, "borrow from", ["local banks", "banks"], "relative prepositional", attr="economists"),
    R("Fuel importers have raised pump prices", "fuel importers", "raise", "pump prices"),
    R("warned of blackouts", POWER, "warn of", "blackouts", "prepositional conjunction"),
    R("after it failed to pay for gas", POWER, "pay for", "gas", "control pronoun prepositional", neg=True),
    R("Ghana defaulted on most", "Ghana", "default on", ["foreign debt", "debt"], "prepositional", date="year:2022"),
    R("secured a $3 billion bailout", "Ghana", "secure", "bailout", "conjunction", date="year:2023"),
    R("accused the government of mismanaging", KA, "accuse", GOV),
    R("called for the governor's resignation", KA, "call for", "resignation", "prepositional conjunction"),
    R("spent our money on prestige projects", GOV, "spend", "money", attr=KA),
    R("now it is asking traders", GOV, "ask", "traders", "control pronoun conjunction", attr=KA),
    R("rejected the criticism", "Felix Quaye", "reject", "criticism"),
    R("had inherited the debt", GOV, "inherit", "debt", attr="Felix Quaye"),
    R("has cut its exports", "smuggling", "cut", "exports", "conjunction"),
    R("limited dollar withdrawals", "banks", "limit", "dollar withdrawals", date="wed"),
    R("stopped selling tickets", "airlines", "sell", "tickets", "control conjunction", neg=True, date="wed"),
    R("had not ruled out further rate rises", BOG, "rule out", "rate rises", "pronoun nominal_anaphora", neg=True, attr=BOG),
]

COREF = [
    C("raised its main interest rate", "its", "Bank of Ghana", occurrence=1),
    C("raised its main interest rate", "its", CEDI, occurrence=2),
    C("would also sell dollars", "the bank", "Bank of Ghana", "nominal"),
    C("restore confidence in the cedi", "he", KAM),
    C("The currency has fallen", "The currency", CEDI, "nominal"),
    C("had asked the International Monetary Fund", "its", "IMF"),
    C("its staff would visit Accra", "its", "IMF"),
    C("thousands of traders shut their shops", "their", "traders"),
    C("would not reopen their stores", "its", "GUTA"),
    C("would not reopen their stores", "their", "members"),
    C("after it failed to pay for gas", "it", "state power company"),
    C("Ghana defaulted on most", "its", "Ghana"),
    C("called for the governor's resignation", "the governor", KAM, "nominal"),
    C("now it is asking traders", "it", "government"),
    C("now it is asking traders", "its", "government"),
    C("now it is asking traders", "he", KA),
    C("has cut its exports", "its", "Ghana"),
    C("had not ruled out further rate rises", "The central bank", "Bank of Ghana", "nominal"),
    C("had not ruled out further rate rises", "it", "Bank of Ghana"),
    C("had not ruled out further rate rises", "its", "Bank of Ghana"),
]

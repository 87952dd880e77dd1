META = {"id": "news-heldout3-22", "date": "2026-11-02"}

TEXT = """
Peru electoral jury orders partial recount in disputed Cusco governor race

LIMA, Peru - Peru's National Elections Jury (JNE) on Sunday ordered a recount of votes from 312 polling stations in the southern region of Cusco, where two candidates for governor are separated by fewer than 900 votes.
The jury rejected a request by the Cusco Unido party to annul the entire election but found "serious irregularities" in the tally sheets of several provinces.
Cusco Unido's candidate, former mayor Rosa Quispe Huaman, had accused her rival of buying votes in rural districts with food parcels and cash.
The rival, businessman Julio Cesar Aranibar of the Fuerza Andina party, led the official count by 863 votes after the Oct. 4 election, according to the National Office of Electoral Processes (ONPE).
He denied the accusations and said his opponents were trying to steal an election they had lost.
"The people of Cusco voted freely, and nobody will take their decision away from them," Aranibar told a radio station in the regional capital.

Hundreds of Quispe's supporters blocked the main highway between Cusco and the Sacred Valley on Saturday, stranding tourists on their way to Machu Picchu.
Police cleared the road with tear gas late on Saturday and detained 14 protesters, the interior ministry said.
Inca Andes Rail, which operates the train to Machu Picchu, suspended services for several hours.
Electoral observers from the Organization of American States (OAS) said they had seen no evidence of systematic fraud but urged the jury to resolve the dispute quickly.
Jury officials began counting the disputed ballots on Monday in Cusco, in the presence of both parties and foreign observers.

Quispe, a 52-year-old former teacher, has promised to build new hospitals and to cut the salaries of regional officials.
Aranibar, whose family owns a chain of hotels in the city, has pledged to expand Cusco's airport and attract more foreign investment.
Both candidates have accused the ONPE of delays in publishing results.
The ONPE's head, Carmen Villacorta, said on Sunday that her staff had processed all the tally sheets within a week and had found no evidence of tampering.
In the Andean town of Urubamba, election workers said they had been threatened by armed men who demanded the ballot boxes.
Prosecutors have opened an investigation into the incident, which took place on Oct. 5, the day after the vote.

Analysts said the dispute reflected deep distrust of Peru's institutions, which have been shaken by years of political turmoil.
"The losing side will not accept the result, whatever the jury decides," said Lucia Mendoza, a political scientist at the Catholic University in Lima.
The jury said it would announce the final result by Nov. 20 and that its decision could not be appealed.
Fuerza Andina's national leader, Martin Olaechea, called the recount "an attack on democracy" and said the party would hold rallies across the region next week.
"""

JNE = ["JNE", "National Elections Jury", "jury", "Peru electoral jury", "electoral jury"]
RQH = "Rosa Quispe Huaman"
JCA = "Julio Cesar Aranibar"
ONPE = ["ONPE", "National Office of Electoral Processes"]
SUP = ["supporters", "Quispe's supporters"]
HWY = ["main highway", "highway"]
IM = ["interior ministry", "ministry"]
IAR = "Inca Andes Rail"
OBS = ["electoral observers", "observers", "OAS observers"]
AIRPORT = ["airport", "Cusco airport", "Cusco's airport"]
INV = ["foreign investment", "investment"]
STAFF = ["staff", "ONPE staff"]
CV = "Carmen Villacorta"
ARMED = ["armed men", "men"]
EW = ["election workers", "workers"]

ALIASES = {
    "JNE": ["National Elections Jury", "jury"],
    "ONPE": ["National Office of Electoral Processes"],
    "main highway": ["highway"],
    "electoral observers": ["observers", "OAS observers"],
    "people": ["people of Cusco"],
}

RELS = [
    R("electoral jury orders partial recount", ["Peru electoral jury", "electoral jury", "JNE"], "order", ["partial recount", "recount"]),
    R("on Sunday ordered a recount", JNE, "order", "recount", date="sun"),
    R("The jury rejected a request", JNE, "reject", "request", "nominal_anaphora"),
    R("in the tally sheets of several provinces", JNE, "find", ["irregularities", "serious irregularities"], "conjunction nominal_anaphora"),
    R("had accused her rival", RQH, "accuse", ["rival", JCA], "apposition"),
    R("led the official count", JCA, "lead", ["official count", "count"], "apposition", attr=ONPE),
    R("He denied the accusations", JCA, "deny", "accusations", "pronoun"),
    R("were trying to steal an election", "opponents", "steal", "election", "control", mod="trying to", attr=JCA),
    R("an election they had lost", "opponents", "lose", "election", "relative pronoun", attr=JCA),
    R("blocked the main highway", SUP, "block", HWY, date="sat"),
    R("stranding tourists", SUP, "strand", "tourists", "participial", date="sat"),
    R("Police cleared the road", "police", "clear", HWY + ["road"], "nominal_anaphora", attr=IM, date="sat"),
    R("detained 14 protesters", "police", "detain", "protesters", "conjunction", attr=IM, date="sat"),
    R("which operates the train", IAR, "operate", "train", "relative"),
    R("suspended services for several hours", IAR, "suspend", "services"),
    R("had seen no evidence of systematic fraud", OBS, "see", "evidence", "pronoun", neg=True, attr=OBS),
    R("urged the jury to resolve", OBS, "urge", JNE, "control conjunction nominal_anaphora"),
    R("began counting the disputed ballots", ["jury officials", "officials"], "count", ["disputed ballots", "ballots"], "control", date="mon", place="Cusco"),
    R("has promised to build new hospitals", RQH, "promise", "hospitals", "control"),
    R("has promised to build new hospitals", RQH, "build", "hospitals", "control", mod="promised to"),
    R("to cut the salaries", RQH, "promise", "salaries", "control conjunction"),
    R("to cut the salaries", RQH, "cut", "salaries", "control conjunction", mod="promised to"),
    R("whose family owns a chain of hotels", "family", "own", ["hotels", "chain", "hotel chain"], "relative"),
    R("has pledged to expand", JCA, "pledge", AIRPORT, "control"),
    R("has pledged to expand", JCA, "expand", AIRPORT, "control", mod="pledged to"),
    R("attract more foreign investment", JCA, "pledge", INV, "control conjunction"),
    R("attract more foreign investment", JCA, "attract", INV, "control conjunction", mod="pledged to"),
    R("Both candidates have accused", RQH, "accuse", ONPE, "nominal_anaphora"),
    R("Both candidates have accused", JCA, "accuse", ONPE, "nominal_anaphora"),
    R("her staff had processed", STAFF, "process", ["tally sheets", "sheets"], "pronoun", attr=CV),
    R("had found no evidence of tampering", STAFF, "find", "evidence", "conjunction pronoun", neg=True, attr=CV),
    R("had been threatened by armed men", ARMED, "threaten", EW, "passive pronoun", attr=EW, place="Urubamba"),
    R("who demanded the ballot boxes", ARMED, "demand", "ballot boxes", "relative", attr=EW, place="Urubamba"),
    R("Prosecutors have opened an investigation", "prosecutors", "open", "investigation"),
    R("the dispute reflected deep distrust", "dispute", "reflect", ["distrust", "deep distrust"], attr="analysts"),
    R("which have been shaken by years", ["political turmoil", "turmoil"], "shake", "institutions", "relative passive", attr="analysts"),
    R("will not accept the result", ["losing side", "side"], "accept", "result", neg=True, mod="will", attr="Lucia Mendoza"),
    R("it would announce the final result", JNE, "announce", ["final result", "result"], "pronoun", mod="would", attr=JNE),
    R("would hold rallies across the region", "Fuerza Andina", "hold", "rallies", "nominal_anaphora", mod="would", attr="Martin Olaechea", date="week:2026-11-09", place="Cusco"),
]

COREF = [
    C("The jury rejected a request", "The jury", "JNE", "nominal"),
    C("had accused her rival", "her", RQH),
    C("The rival, businessman", "The rival", JCA, "nominal"),
    C("He denied the accusations", "He", JCA),
    C("He denied the accusations", "his", JCA),
    C("He denied the accusations", "they", "opponents"),
    C("The people of Cusco voted", "their", "people"),
    C("The people of Cusco voted", "them", "people"),
    C("The people of Cusco voted", "the regional capital", "Cusco", "nominal"),
    C("stranding tourists", "their", "tourists"),
    C("Police cleared the road", "the road", "main highway", "nominal"),
    C("had seen no evidence of systematic fraud", "they", "electoral observers"),
    C("had seen no evidence of systematic fraud", "the jury", "JNE", "nominal"),
    C("whose family owns a chain of hotels", "the city", "Cusco", "nominal"),
    C("her staff had processed", "her", CV),
    C("had been threatened by armed men", "they", "election workers"),
    C("will not accept the result", "the jury", "JNE", "nominal"),
    C("it would announce the final result", "The jury", "JNE", "nominal"),
    C("it would announce the final result", "it", "JNE"),
    C("it would announce the final result", "its", "JNE"),
    C("would hold rallies across the region", "the party", "Fuerza Andina", "nominal"),
    C("would hold rallies across the region", "the region", "Cusco", "nominal"),
]

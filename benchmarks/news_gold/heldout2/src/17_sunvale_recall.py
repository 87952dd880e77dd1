META = {"id": "news-heldout2-17", "date": "2026-11-11"}

TEXT = """
India fines drugmaker Sunvale over contaminated heart pills

NEW DELHI, India - India's drug regulator fined Sunvale Laboratories 150 million rupees ($1.8 million) on Tuesday and suspended its licence to make blood pressure medicines, after tests found a cancer-causing impurity in its pills.
The Central Drugs Standard Control Organisation (CDSCO) said inspectors had found nitrosamine levels up to 20 times the permitted limit in batches of amlodipine made at the company's plant in Hyderabad.
The plant employs about 2,500 people.
Sunvale, one of India's largest exporters of generic drugs, said it had recalled 3.2 million packs from pharmacies in the United States, Britain and Nigeria last week.
The company said no patients had been harmed and that it was cooperating with regulators.
"We recalled the pills as soon as the first test came back, and we will compensate every customer who asks," Chief Executive Rajiv Menon said in a statement.

The U.S. Food and Drug Administration (FDA) issued an import alert against the plant in September after inspectors found falsified quality records.
The agency said Sunvale had failed to investigate dozens of complaints from U.S. pharmacists.
Shares in Sunvale fell 14% in Mumbai on Wednesday, wiping about $600 million off its market value.

Nigeria's drug agency, NAFDAC, ordered hospitals to stop dispensing the pills and warned patients not to stop taking them without consulting a doctor.
Britain's Medicines and Healthcare products Regulatory Agency (MHRA) said it had asked pharmacists to check their stock.
The World Health Organization (WHO) issued a global alert on Friday and said contaminated batches may have reached other countries.
Opposition lawmakers accused the government of protecting drugmakers with political connections and demanded a parliamentary inquiry.
The health ministry rejected the accusation, saying the regulator had suspended the licence within a week of the tests.

In 2022 and 2023, the WHO linked cough syrups made by Indian companies to the deaths of more than 70 children in Gambia and Uzbekistan.
India has since tightened testing of drug exports, but critics say enforcement remains weak.
Sunvale makes about 40% of the amlodipine sold in Nigeria, according to industry data.
The company could lose its U.S. contracts if the FDA does not lift the import alert, analysts at Kotak Securities said.
Menon said Sunvale would hire an independent auditor and replace the plant's quality chief.
Sunvale said it would appeal the fine.
"""

SV = ["Sunvale", "Sunvale Laboratories"]
CDSCO = ["CDSCO", "Central Drugs Standard Control Organisation", "drug regulator", "India's drug regulator", "regulator"]
RM = "Rajiv Menon"
FDA = ["FDA", "U.S. Food and Drug Administration", "Food and Drug Administration"]
NAFDAC = ["NAFDAC", "Nigeria's drug agency", "drug agency"]
MHRA = ["MHRA", "Medicines and Healthcare products Regulatory Agency"]
WHO = ["WHO", "World Health Organization"]
PILLS = ["pills", "heart pills", "contaminated heart pills"]
LICENCE = ["licence", "its licence"]
ALERT = ["import alert", "alert"]
ANALYSTS = ["analysts", "Kotak Securities"]

ALIASES = {
    "Sunvale": ["Sunvale Laboratories"],
    "CDSCO": ["Central Drugs Standard Control Organisation", "drug regulator"],
    "FDA": ["U.S. Food and Drug Administration", "Food and Drug Administration"],
    "NAFDAC": ["Nigeria's drug agency"],
    "pills": ["heart pills"],
}

RELS = [
    R("India fines drugmaker Sunvale", ["India"] + CDSCO, "fine", SV + ["drugmaker", "drugmaker Sunvale"]),
    R("fined Sunvale Laboratories 150 million rupees", CDSCO, "fine", SV, date="tue"),
    R("suspended its licence to make", CDSCO, "suspend", LICENCE, "conjunction", date="tue"),
    R("after tests found a cancer-causing impurity", "tests", "find", ["impurity", "cancer-causing impurity"]),
    R("inspectors had found nitrosamine levels", "inspectors", "find", ["nitrosamine levels", "levels"], attr=CDSCO),
    R("The plant employs about 2,500 people", ["plant", "Sunvale"], "employ", "people", "nominal_anaphora"),
    R("it had recalled 3.2 million packs", SV, "recall", "packs", "pronoun apposition", attr=SV, date="week:2026-11-02"),
    R("it was cooperating with regulators", SV, "cooperate with", "regulators", "prepositional pronoun", attr=SV),
    R("We recalled the pills", [RM] + SV, "recall", PILLS, "pronoun", attr=RM),
    R("we will compensate every customer", [RM] + SV, "compensate", "customer", "conjunction pronoun", mod="will", attr=RM),
    R("issued an import alert against the plant", FDA, "issue", ALERT, date="month:2026-09"),
    R("after inspectors found falsified quality records", "inspectors", "find",
      ["falsified quality records", "quality records", "records"]),
    R("had failed to investigate dozens of complaints", SV, "investigate", "complaints", "control", neg=True, attr=FDA),
    R("ordered hospitals to stop dispensing", NAFDAC, "order", "hospitals", "control apposition"),
    R("warned patients not to stop taking them", NAFDAC, "warn", "patients", "control conjunction apposition"),
    R("it had asked pharmacists to check their stock", MHRA, "ask", "pharmacists", "control pronoun", attr=MHRA),
    R("issued a global alert on Friday", WHO, "issue", ["global alert", "alert"], date="fri"),
    R("contaminated batches may have reached", ["contaminated batches", "batches"], "reach", "countries", "conjunction",
      mod="may", attr=WHO),
    R("Opposition lawmakers accused the government", ["opposition lawmakers", "lawmakers"], "accuse", ["government", "Indian government"]),
    R("demanded a parliamentary inquiry", ["opposition lawmakers", "lawmakers"], "demand", ["parliamentary inquiry", "inquiry"], "conjunction"),
    R("The health ministry rejected the accusation", ["health ministry", "ministry"], "reject", "accusation"),
    R("the regulator had suspended the licence", CDSCO, "suspend", LICENCE, "nominal_anaphora",
      attr=["health ministry", "ministry"]),
    R("the WHO linked cough syrups", WHO, "link", ["cough syrups", "syrups"], date="years:2022-2023"),
    R("made by Indian companies", ["Indian companies", "companies"], "make", ["cough syrups", "syrups"], "reduced_passive"),
    R("India has since tightened testing", "India", "tighten", "testing"),
    R("Sunvale makes about 40% of the amlodipine", SV, "make", "amlodipine", attr="industry data"),
    R("could lose its U.S. contracts", SV, "lose", ["U.S. contracts", "contracts"], "nominal_anaphora", mod=["could", "if"],
      attr=ANALYSTS),
    R("the FDA does not lift the import alert", FDA, "lift", ALERT, neg=True, mod="if", attr=ANALYSTS),
    R("Sunvale would hire an independent auditor", SV, "hire", ["independent auditor", "auditor"], mod="would", attr=RM),
    R("replace the plant's quality chief", SV, "replace", "quality chief", "conjunction", mod="would", attr=RM),
    R("it would appeal the fine", SV, "appeal", "fine", "pronoun", mod="would", attr=SV),
]

COREF = [
    C("suspended its licence to make", "its", "Sunvale", "pronoun", 1),
    C("suspended its licence to make", "its", "Sunvale", "pronoun", 2),
    C("made at the company's plant in Hyderabad", "the company", "Sunvale", "nominal"),
    C("it had recalled 3.2 million packs", "it", "Sunvale"),
    C("it was cooperating with regulators", "The company", "Sunvale", "nominal"),
    C("it was cooperating with regulators", "it", "Sunvale"),
    C("The agency said Sunvale had failed", "The agency", "FDA", "nominal"),
    C("wiping about $600 million off its market value", "its", "Sunvale"),
    C("warned patients not to stop taking them", "them", "pills"),
    C("it had asked pharmacists to check their stock", "it", "MHRA"),
    C("it had asked pharmacists to check their stock", "their", "pharmacists"),
    C("the regulator had suspended the licence", "the regulator", "CDSCO", "nominal"),
    C("could lose its U.S. contracts", "The company", "Sunvale", "nominal"),
    C("could lose its U.S. contracts", "its", "Sunvale"),
    C("it would appeal the fine", "it", "Sunvale"),
]

META = {"id": "news-gold-03", "date": "2025-11-18"}

TEXT = """
South African court jails former mining boss for bribery

JOHANNESBURG, South Africa - A Johannesburg court on Monday sentenced Thabo Mokoena, the former chief executive of platinum producer Karoo Metals, to 12 years in prison for corruption.
Judge Lerato Dlamini found that Mokoena had bribed two officials in the Department of Mineral Resources between 2018 and 2020.
The officials, who were also convicted, received sentences of eight years each.
The judge rejected Mokoena's claim that he had been framed by a rival company.

Mokoena, who has denied wrongdoing throughout the three-year trial, showed no emotion as the sentence was read.
His lawyer, Pieter van Wyk, said his client would appeal against the conviction and the sentence.
"The court ignored crucial evidence that was presented by the defence," van Wyk told reporters outside the courthouse.
Prosecutors had asked for a sentence of 15 years.
The National Prosecuting Authority (NPA) said the verdict sent a clear message that nobody was above the law.

Karoo Metals, which dismissed Mokoena in 2021, said it was not a party to the case.
The company has paid a fine of 400 million rand to settle related charges brought by the NPA.
It was not immediately clear whether the two officials would also appeal.
Anti-graft group Corruption Watch welcomed the ruling but said investigators had failed to trace most of the money.

The trial was delayed repeatedly after Mokoena fired three legal teams.
In 2023, a witness who was due to testify against him was shot dead outside his home in Rustenburg.
Police never arrested a suspect in that killing.
Mining Minister Sipho Ndlovu said last month that the government would review all licences issued by the department between 2018 and 2020.
Ndlovu said the review could lead to the cancellation of up to 20 licences.
South Africa is the world's largest producer of platinum.
Karoo Metals shares rose 2 percent in Johannesburg on Monday after the verdict.
"""

TM = "Thabo Mokoena"
COURT = ["court", "Johannesburg court"]

ALIASES = {}

RELS = [
    R("court jails former mining boss", ["court", "South African court"], "jail", [TM, "mining boss", "former mining boss"]),
    R("on Monday sentenced Thabo Mokoena", COURT, "sentence", TM, "apposition", date="mon", place="Johannesburg"),
    R("had bribed two officials", TM, "bribe", "officials", attr="Lerato Dlamini", date="years:2018-2020"),
    R("The judge rejected", "Lerato Dlamini", "reject", "claim", "nominal_anaphora"),
    R("who has denied wrongdoing", TM, "deny", "wrongdoing", "relative"),
    R("would appeal against the conviction", TM, "appeal against", "conviction", "prepositional conjunction nominal_anaphora", mod="would", attr="Pieter van Wyk"),
    R("would appeal against the conviction", TM, "appeal against", "sentence", "prepositional conjunction nominal_anaphora", mod="would", attr="Pieter van Wyk"),
    R("The court ignored crucial evidence", "court", "ignore", ["crucial evidence", "evidence"], attr="Pieter van Wyk"),
    R("that was presented by the defence", "defence", "present", ["crucial evidence", "evidence"], "relative passive", attr="Pieter van Wyk"),
    R("Prosecutors had asked for", "prosecutors", "ask for", "sentence", "prepositional"),
    R("the verdict sent a clear message", "verdict", "send", "message", attr="NPA"),
    R("which dismissed Mokoena", "Karoo Metals", "dismiss", TM, "relative", date="year:2021"),
    R("has paid a fine", "Karoo Metals", "pay", "fine", "nominal_anaphora"),
    R("to settle related charges", "Karoo Metals", "settle", ["related charges", "charges"], "control nominal_anaphora"),
    R("charges brought by the NPA", "NPA", "bring", ["related charges", "charges"], "reduced_passive"),
    R("welcomed the ruling", "Corruption Watch", "welcome", "ruling", "apposition"),
    R("had failed to trace", "investigators", "trace", "money", "control", neg=True, attr="Corruption Watch"),
    R("after Mokoena fired three legal teams", TM, "fire", "legal teams"),
    R("Police never arrested a suspect", "police", "arrest", "suspect", neg=True),
    R("would review all licences", "government", "review", "licences", mod="would", attr="Sipho Ndlovu"),
    R("licences issued by the department", "Department of Mineral Resources", "issue", "licences", "reduced_passive nominal_anaphora", attr="Sipho Ndlovu", date="years:2018-2020"),
]

COREF = [
    C("The judge rejected", "The judge", "Lerato Dlamini", "nominal"),
    C("The judge rejected", "he", TM),
    C("would appeal against the conviction", "His", TM),
    C("would appeal against the conviction", "his client", TM, "nominal"),
    C("which dismissed Mokoena", "it", "Karoo Metals"),
    C("has paid a fine", "The company", "Karoo Metals", "nominal"),
    C("a witness who was due", "him", TM),
    C("a witness who was due", "his", "witness"),
    C("licences issued by the department", "the department", "Department of Mineral Resources", "nominal"),
]

META = {"id": "news-gold-55", "date": "2026-03-12"}

TEXT = """
Colombia's top court strikes down pension overhaul in blow to president

BOGOTA, Colombia, March 12 (AP) - Colombia's Constitutional Court struck down the government's pension overhaul on Thursday, ruling that Congress had violated procedural rules when it rushed the law through the Senate last year.
The 7-2 decision restores the rules that have governed the retirement system since 1993, the court's president, Justice Hernan Ocampo, told reporters.
President Andres Villamizar, who had championed the overhaul as the centrepiece of his social agenda, called the ruling "a coup by robes" and said he would ask Congress to pass the law again.
"The court has stolen the pensions of millions of workers who were waiting for justice," Villamizar said in a televised address late on Thursday.

The law, approved by Congress in June 2025, would have raised the retirement age for men to 64 and forced private pension funds to transfer most contributions to the state fund Colpensiones.
Private funds, which manage the savings of about 18 million Colombians, had lobbied against the measure and welcomed the ruling.
Asofondos, the association that represents them, said in a statement that the court had "protected the rule of law" and that the funds were ready to work with the government on a new proposal.
The ruling rattled bond investors, and Finance Minister Sergio Paredes said the government would need to find about 9 trillion pesos ($2.3 billion) in other savings next year.
Paredes said the decision did not threaten Colombia's credit rating, but analysts at Bancolombia warned that rating agencies could downgrade the country later this year.

In its ruling, the court found that the Senate had voted on the bill before the House of Representatives had finished debating amendments to it.
Two dissenting justices wrote that the errors were minor and that the court should not overturn a law backed by a majority in both chambers.
Opposition Senator Mariana Lozano, who voted against the overhaul, said the government had ignored warnings from the Senate's own legal office.
"They were told again and again that they were breaking the rules, and they chose not to listen," she told The Associated Press.

The Central Union of Workers (CUT), the country's largest labour federation, called a national strike for March 24.
Its leader, Fabio Arango, said the union would hold marches in Bogota, Medellin and Cali and would not negotiate with the funds.
Labour Minister Claudia Restrepo said the government was studying whether it could reissue the reform by decree, a step legal experts said would almost certainly be challenged.
The court has clashed repeatedly with Villamizar since he took office in August 2022, blocking a tax on sugary drinks in 2024 and a plan to buy back private farmland last year.

Under the constitution, Congress cannot take up the same bill again until the next legislative session begins on July 20.
Villamizar's coalition lost its majority in the Senate in elections on March 8, and several of its new senators have said they will not back the overhaul.
The president, who leaves office in August, is barred from seeking re-election, and pensions have become a central issue in the campaign to succeed him.
Leading candidate Paloma Cifuentes, a former mayor of Medellin, said on Wednesday that she would draft a new reform with the private funds if elected.
Her main rival, leftist Senator Ivan Correa, accused her of siding with the banks and promised to restore the law within 100 days.

Outside the court's building on Bogota's Plaza de Bolivar, several hundred pensioners and union members gathered on Thursday afternoon, chanting slogans against the justices.
Police kept the protesters behind metal barriers, and no arrests were reported.
"My father worked for 40 years and he still cannot retire with dignity," said Rosa Elvira Mendez, a 52-year-old nurse who joined the protest.
Ocampo said the court would publish the full text of its ruling next week and rejected the president's accusation of a coup.
"""

CC = ["Constitutional Court", "Colombia's Constitutional Court", "court"]
PO = ["pension overhaul", "overhaul", "law", "pension law", "reform", "bill", "measure", "government's pension overhaul"]
AV = "Andres Villamizar"
GOV = ["government", "Colombian government"]
PF = ["private pension funds", "private funds", "funds", "pension funds"]
HO = "Hernan Ocampo"
SP = "Sergio Paredes"
ML = "Mariana Lozano"
CUT = ["CUT", "Central Union of Workers"]
FA = "Fabio Arango"
CR = "Claudia Restrepo"
PC = "Paloma Cifuentes"
IC = "Ivan Correa"
JUST = ["dissenting justices", "justices", "two dissenting justices"]
SEN = ["senators", "new senators"]
COAL = ["coalition", "Villamizar's coalition"]

ALIASES = {
    "Constitutional Court": ["Colombia's Constitutional Court", "court"],
    "pension overhaul": ["overhaul", "law", "pension law", "reform", "bill", "measure", "government's pension overhaul"],
    "private pension funds": ["private funds", "funds", "pension funds"],
    "CUT": ["Central Union of Workers"],
    "government": ["Colombian government"],
    "coalition": ["Villamizar's coalition"],
}

RELS = [
    # headline
    R("top court strikes down pension overhaul", CC + ["top court"], "strike down", PO, "prepositional"),
    # 1
    R("Constitutional Court struck down", CC, "strike down", PO, "prepositional", date="thu"),
    R("Congress had violated procedural rules", "Congress", "violate", ["procedural rules", "rules"], attr=CC),
    R("when it rushed the law through the Senate", "Congress", "rush", PO, "pronoun nominal_anaphora", attr=CC, date="year:2025"),
    # 2
    R("The 7-2 decision restores the rules", "decision", "restore", "rules", attr=HO),
    R("the rules that have governed the retirement system", "rules", "govern", "retirement system", "relative", attr=HO),
    # 3
    R("who had championed the overhaul", AV, "champion", PO, "relative nominal_anaphora"),
    R("he would ask Congress to pass the law", AV, "ask", "Congress", "control pronoun", mod="would", attr=AV),
    # 4
    R("The court has stolen the pensions", CC, "steal", "pensions", "nominal_anaphora", attr=AV),
    R("workers who were waiting for justice", "workers", "wait for", "justice", "relative prepositional", attr=AV),
    # 5
    R("approved by Congress in June 2025", "Congress", "approve", PO, "reduced_passive nominal_anaphora", date="month:2025-06"),
    R("would have raised the retirement age", PO, "raise", "retirement age", "nominal_anaphora", mod="would"),
    R("forced private pension funds to transfer", PO, "force", PF, "control conjunction nominal_anaphora", mod="would"),
    R("forced private pension funds to transfer", PF, "transfer", "contributions", "control conjunction", mod="would"),
    # 6
    R("which manage the savings", PF, "manage", "savings", "relative"),
    R("had lobbied against the measure", PF, "lobby against", PO, "prepositional nominal_anaphora"),
    R("welcomed the ruling", PF, "welcome", "ruling", "conjunction"),
    # 7
    R("the association that represents them", "Asofondos", "represent", PF, "relative apposition pronoun"),
    R("the court had \"protected the rule of law\"", CC, "protect", "rule of law", "nominal_anaphora", attr="Asofondos"),
    R("the funds were ready to work with the government", PF, "work with", GOV, "control prepositional nominal_anaphora",
      mod="ready to", attr="Asofondos"),
    # 8
    R("The ruling rattled bond investors", "ruling", "rattle", ["bond investors", "investors"]),
    R("the government would need to find", GOV, "find", ["pesos", "savings"], "control", mod=["would", "need to"], attr=SP,
      date="year:2027"),
    # 9
    R("the decision did not threaten", "decision", "threaten", ["credit rating", "Colombia's credit rating"], neg=True, attr=SP),
    R("rating agencies could downgrade the country", "rating agencies", "downgrade", "Colombia", "nominal_anaphora", mod="could",
      attr=["analysts", "analysts at Bancolombia", "Bancolombia"], date="year:2026"),
    # 10
    R("the Senate had voted on the bill", "Senate", "vote on", PO, "prepositional nominal_anaphora", attr=CC),
    R("had finished debating amendments", "House of Representatives", "debate", "amendments", "control", attr=CC),
    # 11
    R("the court should not overturn a law", CC, "overturn", PO, "nominal_anaphora", neg=True, mod="should", attr=JUST),
    R("a law backed by a majority", "majority", "back", PO, "reduced_passive", attr=JUST),
    # 12
    R("who voted against the overhaul", ML, "vote against", PO, "relative prepositional nominal_anaphora"),
    R("the government had ignored warnings", GOV, "ignore", "warnings", attr=ML),
    # 13
    R("they were breaking the rules", GOV, "break", "rules", "pronoun", attr=ML),
    # 14
    R("called a national strike", CUT, "call", ["national strike", "strike"], "apposition"),
    # 15
    R("the union would hold marches", CUT, "hold", "marches", "nominal_anaphora", mod="would", attr=FA,
      place=["Bogota", "Medellin", "Cali"]),
    R("would not negotiate with the funds", CUT, "negotiate with", PF, "prepositional conjunction nominal_anaphora", neg=True,
      mod="would", attr=FA),
    # 16
    R("whether it could reissue the reform", GOV, "reissue", PO, "pronoun nominal_anaphora", mod=["whether", "could", "if"], attr=CR),
    # 17
    R("The court has clashed repeatedly with Villamizar", CC, "clash with", AV, "prepositional nominal_anaphora"),
    R("since he took office", AV, ["take", "take office"], "office", "pronoun", date="month:2022-08"),
    R("blocking a tax on sugary drinks", CC, "block", "tax", "participial nominal_anaphora", date="year:2024"),
    R("blocking a tax on sugary drinks", CC, "block", "plan", "participial conjunction nominal_anaphora", date="year:2025"),
    # 18
    R("Congress cannot take up the same bill", "Congress", "take up", PO, "prepositional nominal_anaphora", neg=True),
    # 19
    R("Villamizar's coalition lost its majority", COAL, "lose", "majority", date="2026-03-08"),
    R("they will not back the overhaul", SEN, "back", PO, "pronoun nominal_anaphora", neg=True, mod="will", attr=SEN),
    # 20
    R("who leaves office in August", AV, ["leave", "leave office"], "office", "relative nominal_anaphora", date="month:2026-08"),
    # 21
    R("she would draft a new reform", PC, "draft", "reform", "pronoun apposition", mod=["would", "if"], attr=PC),
    # 22
    R("accused her of siding with the banks", IC, "accuse", PC, "pronoun apposition"),
    R("promised to restore the law", IC, "promise", PO, "control conjunction apposition nominal_anaphora"),
    R("promised to restore the law", IC, "restore", PO, "control conjunction apposition nominal_anaphora", mod="promised to"),
    # 23
    R("chanting slogans against the justices", "pensioners", "chant", "slogans", "participial conjunction", date="thu",
      place=["Plaza de Bolivar", "court", "Bogota"]),
    R("chanting slogans against the justices", "union members", "chant", "slogans", "participial conjunction", date="thu",
      place=["Plaza de Bolivar", "court", "Bogota"]),
    # 24
    R("Police kept the protesters", "police", "keep", "protesters"),
    # 25
    R("a 52-year-old nurse who joined the protest", "Rosa Elvira Mendez", "join", "protest", "relative apposition"),
    # 26
    R("the court would publish the full text", CC, "publish", ["text", "full text"], "nominal_anaphora", mod="would", attr=HO,
      date="week:2026-03-16"),
    R("rejected the president's accusation", HO, "reject", "accusation", "conjunction"),
]

COREF = [
    C("when it rushed the law through the Senate", "it", "Congress"),
    C("when it rushed the law through the Senate", "the law", "pension overhaul", "nominal"),
    C("The 7-2 decision restores the rules", "the court", "Constitutional Court", "nominal"),
    C("who had championed the overhaul", "the overhaul", "pension overhaul", "nominal"),
    C("who had championed the overhaul", "his", AV),
    C("who had championed the overhaul", "he", AV),
    C("who had championed the overhaul", "the law", "pension overhaul", "nominal"),
    C("The court has stolen the pensions", "The court", "Constitutional Court", "nominal"),
    C("The law, approved by Congress", "The law", "pension overhaul", "nominal"),
    C("had lobbied against the measure", "the measure", "pension overhaul", "nominal"),
    C("the association that represents them", "them", "private pension funds"),
    C("the association that represents them", "the court", "Constitutional Court", "nominal"),
    C("the association that represents them", "the funds", "private pension funds", "nominal"),
    C("rating agencies could downgrade the country", "the country", "Colombia", "nominal"),
    C("In its ruling, the court found", "its", "Constitutional Court"),
    C("In its ruling, the court found", "the court", "Constitutional Court", "nominal"),
    C("In its ruling, the court found", "the bill", "pension overhaul", "nominal"),
    C("In its ruling, the court found", "it", "pension overhaul"),
    C("the court should not overturn a law", "the court", "Constitutional Court", "nominal"),
    C("who voted against the overhaul", "the overhaul", "pension overhaul", "nominal"),
    C("they were breaking the rules", "They", "government"),
    C("they were breaking the rules", "they", "government"),
    C("they were breaking the rules", "they", "government", occurrence=2),
    C("they were breaking the rules", "she", ML),
    C("called a national strike", "the country", "Colombia", "nominal"),
    C("the union would hold marches", "Its", "CUT"),
    C("the union would hold marches", "the union", "CUT", "nominal"),
    C("the union would hold marches", "the funds", "private pension funds", "nominal"),
    C("whether it could reissue the reform", "it", "government"),
    C("whether it could reissue the reform", "the reform", "pension overhaul", "nominal"),
    C("The court has clashed repeatedly", "The court", "Constitutional Court", "nominal"),
    C("The court has clashed repeatedly", "he", AV),
    C("Congress cannot take up the same bill", "the same bill", "pension overhaul", "nominal"),
    C("Villamizar's coalition lost its majority", "its", "coalition"),
    C("Villamizar's coalition lost its majority", "its", "coalition", occurrence=2),
    C("Villamizar's coalition lost its majority", "they", SEN),
    C("Villamizar's coalition lost its majority", "the overhaul", "pension overhaul", "nominal"),
    C("who leaves office in August", "The president", AV, "nominal"),
    C("who leaves office in August", "him", AV),
    C("she would draft a new reform", "she", PC),
    C("she would draft a new reform", "the private funds", "private pension funds", "nominal"),
    C("accused her of siding with the banks", "Her", PC),
    C("accused her of siding with the banks", "her", PC),
    C("accused her of siding with the banks", "the law", "pension overhaul", "nominal"),
    C("Outside the court's building", "the court", "Constitutional Court", "nominal"),
    C("My father worked for 40 years", "My", "Rosa Elvira Mendez"),
    C("My father worked for 40 years", "he", "father"),
    C("rejected the president's accusation", "the court", "Constitutional Court", "nominal"),
    C("rejected the president's accusation", "its", "Constitutional Court"),
    C("rejected the president's accusation", "the president", AV, "nominal"),
]

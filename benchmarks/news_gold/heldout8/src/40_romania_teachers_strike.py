META = {"id": "news-gold-40", "date": "2026-05-19"}

TEXT = """
Romanian teachers extend strike, threaten to boycott exams

BUCHAREST, May 19 (Reuters) - Romanian teachers extended their strike into a second week on Tuesday, closing thousands of schools, and their unions threatened to boycott national exams in June unless the government raises their pay.
The strike, called by the country's three largest education unions, has shut about 60 percent of state schools, according to the Education Ministry.
The unions, which represent about 200,000 teachers, are demanding a 25 percent pay rise and the restoration of bonuses that the government cut last year.

On Monday, Education Minister Radu Ciobanu offered teachers a 10 percent rise from September.
The unions rejected the offer within hours, calling it an insult.
"We will not go back to the classrooms for crumbs," said Ioana Marinescu, head of the Federation of Independent Teachers' Unions (FSIP), the largest of the three.
"The government found money for everyone else, but it has never found money for us," she added.

Prime Minister Sorin Vladescu told reporters the government could not afford a bigger increase while it was trying to cut the largest budget deficit in the European Union.
Romania ran a deficit of 9.3 percent of economic output in 2024, and the European Commission has ordered Bucharest to narrow it sharply.
Vladescu said the cabinet would meet union leaders on Thursday and might consider an earlier start date for the rise.

In Cluj-Napoca, Iasi and Timisoara, hundreds of teachers marched to the county school inspectorates on Monday, carrying banners and whistles.
In Bucharest, several thousand teachers and parents blocked traffic outside the government's headquarters in Victoria Square for two hours.
Parents are split.
Andreea Voicu, who heads the Parents for Education association, accused the government of holding children hostage and urged both sides to agree a deal before the exams.
"My son has studied for this exam for two years, and now nobody can tell him if it will even take place," she said.
Other parents' groups have backed the strike.

The Education Ministry asked the Bucharest Court of Appeal last week to declare the strike illegal, arguing that the unions had failed to keep minimum services in schools.
The court will hear the case on Friday.
The ministry has also warned that teachers who strike during the exams could lose pay for every day they miss.
Marinescu dismissed the threat and said her federation would continue the strike whatever the court decided.

In June 2023, the government raised teachers' salaries by emergency decree to end a three-week strike.
Many teachers say that increase has since been eaten up by inflation.
"My students will forgive me for this strike, but I will not forgive the politicians who let our schools fall apart," said Mihaela Stan, a 52-year-old chemistry teacher in Iasi.
The 52-year-old said she had joined every protest since 2023 and would stay out of school until the government gives in.
The three unions will hold a national rally in Bucharest on Saturday, Marinescu said.
"""

TEACH = ["Romanian teachers", "teachers"]
UNIONS = ["unions", "education unions"]
GOV = ["government", "Romanian government"]
IM = "Ioana Marinescu"
IM_ORG = [IM, "FSIP"]
MS = "Mihaela Stan"
AV = "Andreea Voicu"
MIN = ["Education Ministry", "ministry"]
COURT = ["Bucharest Court of Appeal", "court"]
STRIKE = ["strike", "teachers' strike"]

ALIASES = {
    "unions": ["education unions"],
    "FSIP": ["Federation of Independent Teachers' Unions"],
    "Education Ministry": ["ministry"],
    "Bucharest Court of Appeal": ["court"],
    "Romanian teachers": ["teachers"],
}

RELS = [
    R("Romanian teachers extend strike", TEACH, "extend", "strike"),
    R("threaten to boycott exams", TEACH, "threaten", "exams", "control conjunction"),
    R("threaten to boycott exams", TEACH, "boycott", "exams", "control conjunction", mod="threatened to"),
    R("Romanian teachers extended their strike", TEACH, "extend", "strike", date="tue"),
    R("closing thousands of schools", TEACH, "close", "schools", "participial", date="tue"),
    R("their unions threatened to boycott", "unions", "threaten", ["national exams", "exams"], "control pronoun conjunction"),
    R("their unions threatened to boycott", "unions", "boycott", ["national exams", "exams"], "control pronoun conjunction",
      mod="threatened to", date="month:2026-06"),
    R("unless the government raises their pay", GOV, "raise", "pay", mod=["unless", "if"]),
    R("The strike, called by", UNIONS, "call", STRIKE, "reduced_passive nominal_anaphora", attr=MIN),
    R("has shut about 60 percent", STRIKE, "shut", "state schools", "nominal_anaphora", attr=MIN),
    R("which represent about 200,000 teachers", UNIONS, "represent", "teachers", "relative nominal_anaphora"),
    R("are demanding a 25 percent pay rise", UNIONS, "demand", "pay rise", "nominal_anaphora"),
    R("are demanding a 25 percent pay rise", UNIONS, "demand", ["restoration", "restoration of bonuses"],
      "conjunction nominal_anaphora"),
    R("bonuses that the government cut", GOV, "cut", "bonuses", "relative", date="year:2025"),
    R("offered teachers a 10 percent rise", "Radu Ciobanu", "offer", ["rise", "teachers"], date="mon"),
    R("The unions rejected the offer", UNIONS, "reject", "offer", "nominal_anaphora"),
    R("We will not go back to the classrooms", IM_ORG, "go back to", "classrooms", "prepositional pronoun", neg=True,
      mod="will", attr=IM),
    R("The government found money for everyone else", GOV, "find", "money", attr=IM),
    R("it has never found money for us", GOV, "find", "money", "pronoun conjunction", neg=True, attr=IM),
    R("the government could not afford", GOV, "afford", ["increase", "bigger increase"], neg=True, attr="Sorin Vladescu"),
    R("it was trying to cut", GOV, "cut", ["budget deficit", "deficit"], "pronoun", mod="trying to", attr="Sorin Vladescu"),
    R("Romania ran a deficit", "Romania", "run", "deficit", date="year:2024"),
    R("has ordered Bucharest to narrow it", "European Commission", "order", ["Romania", "Bucharest"], "control conjunction"),
    R("the cabinet would meet union leaders", ["cabinet", "government"], "meet", "union leaders", mod="would",
      attr="Sorin Vladescu", date="2026-05-21"),
    R("might consider an earlier start date", ["cabinet", "government"], "consider", ["start date", "earlier start date"],
      "conjunction", mod="might", attr="Sorin Vladescu"),
    R("hundreds of teachers marched to", "teachers", "march to", ["county school inspectorates", "school inspectorates"],
      "prepositional", date="mon", place=["Cluj-Napoca", "Iasi", "Timisoara"]),
    R("carrying banners and whistles", "teachers", "carry", "banners", "participial conjunction", date="mon",
      place=["Cluj-Napoca", "Iasi", "Timisoara"]),
    R("carrying banners and whistles", "teachers", "carry", "whistles", "participial conjunction", date="mon",
      place=["Cluj-Napoca", "Iasi", "Timisoara"]),
    R("several thousand teachers and parents blocked traffic", "teachers", "block", "traffic", "conjunction",
      place=["Bucharest", "Victoria Square"]),
    R("several thousand teachers and parents blocked traffic", "parents", "block", "traffic", "conjunction",
      place=["Bucharest", "Victoria Square"]),
    R("who heads the Parents for Education", AV, "head", "Parents for Education", "relative apposition"),
    R("accused the government of holding", AV, "accuse", GOV),
    R("urged both sides to agree", AV, "urge", ["sides", "both sides"], "control conjunction"),
    R("My son has studied for this exam", "son", "study for", "exam", "prepositional pronoun", attr=AV),
    R("Other parents' groups have backed the strike", ["parents' groups", "groups"], "back", STRIKE, "nominal_anaphora"),
    R("asked the Bucharest Court of Appeal", MIN, "ask", COURT, "control", date="week:2026-05-11"),
    R("the unions had failed to keep minimum services", UNIONS, "keep", "minimum services", "nominal_anaphora", neg=True,
      attr=MIN),
    R("The court will hear the case", COURT, "hear", "case", "nominal_anaphora", mod="will", date="2026-05-22"),
    R("could lose pay", "teachers", "lose", "pay", mod="could", attr=MIN),
    R("every day they miss", "teachers", "miss", "day", "relative pronoun", attr=MIN),
    R("Marinescu dismissed the threat", IM, "dismiss", "threat"),
    R("her federation would continue the strike", ["federation", "FSIP"], "continue", STRIKE,
      "pronoun conjunction nominal_anaphora", mod="would", attr=IM),
    R("the government raised teachers' salaries", GOV, "raise", ["salaries", "teachers' salaries"],
      date="month:2023-06"),
    R("has since been eaten up by inflation", "inflation", "eat up", "increase", "passive", attr="teachers"),
    R("My students will forgive me", "students", "forgive", MS, "pronoun", mod="will", attr=MS),
    R("I will not forgive the politicians", MS, "forgive", "politicians", "pronoun conjunction", neg=True, mod="will",
      attr=MS),
    R("the politicians who let our schools", "politicians", "let", "schools", "relative control", attr=MS),
    R("she had joined every protest", MS, "join", "protest", "pronoun", attr=MS),
    R("would stay out of school", MS, "stay out of", "school", "prepositional pronoun conjunction", mod="would", attr=MS),
    R("The three unions will hold", UNIONS, "hold", ["national rally", "rally"], "nominal_anaphora", mod="will", attr=IM,
      date="2026-05-23", place="Bucharest"),
]

COREF = [
    C("Romanian teachers extended their strike", "their", "Romanian teachers"),
    C("Romanian teachers extended their strike", "their", "Romanian teachers", occurrence=2),
    C("Romanian teachers extended their strike", "their", "Romanian teachers", occurrence=3),
    C("The strike, called by", "The strike", "strike", "nominal"),
    C("The strike, called by", "the country", "Romania", "nominal"),
    C("which represent about 200,000 teachers", "The unions", "unions", "nominal"),
    C("The unions rejected the offer", "The unions", "unions", "nominal"),
    C("The unions rejected the offer", "it", ["offer", "rise"]),
    C("We will not go back to the classrooms", "We", IM_ORG),
    C("The government found money for everyone else", "it", "government"),
    C("The government found money for everyone else", "us", IM_ORG),
    C("The government found money for everyone else", "she", IM),
    C("the government could not afford", "it", "government"),
    C("has ordered Bucharest to narrow it", "it", "deficit"),
    C("might consider an earlier start date", "the rise", "rise", "nominal"),
    C("My son has studied for this exam", "My", AV),
    C("My son has studied for this exam", "him", "son"),
    C("My son has studied for this exam", "it", "exam"),
    C("My son has studied for this exam", "she", AV),
    C("urged both sides to agree", "the exams", ["national exams", "exams"], "nominal"),
    C("Other parents' groups have backed the strike", "the strike", "strike", "nominal"),
    C("asked the Bucharest Court of Appeal", "the strike", "strike", "nominal"),
    C("asked the Bucharest Court of Appeal", "the unions", "unions", "nominal"),
    C("The court will hear the case", "The court", "Bucharest Court of Appeal", "nominal"),
    C("could lose pay", "The ministry", "Education Ministry", "nominal"),
    C("could lose pay", "the exams", ["national exams", "exams"], "nominal"),
    C("could lose pay", "they", "teachers"),
    C("Marinescu dismissed the threat", "her", IM),
    C("Marinescu dismissed the threat", "the strike", "strike", "nominal"),
    C("Marinescu dismissed the threat", "the court", "Bucharest Court of Appeal", "nominal"),
    C("My students will forgive me", "My", MS),
    C("My students will forgive me", "me", MS),
    C("My students will forgive me", "I", MS),
    C("My students will forgive me", "our", MS),
    C("The 52-year-old said", "The 52-year-old", MS, "nominal"),
    C("The 52-year-old said", "she", MS),
    C("The three unions will hold", "The three unions", "unions", "nominal"),
]

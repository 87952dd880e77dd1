META = {"id": "news-gold-39", "date": "2026-03-29"}

TEXT = """
Congo stadium stampede kills 31 football fans

LUBUMBASHI, Congo, March 29 (Reuters) - A stampede killed at least 31 people at the Kibassa Maliba stadium in the southeastern city of Lubumbashi on Saturday evening, officials said.
Witnesses said hundreds of fans invaded the pitch after the final whistle of a league match between Kasapa Rovers and Likasi United, and police fired tear gas into the crowded main stand.
Spectators trying to escape the gas surged towards an exit gate, which was locked, they said.
Most of the dead were crushed or suffocated near the gate, said Henriette Kabamba, who heads the emergency department at Jason Sendwe hospital, where many of the injured were taken.
She said 64 people were still being treated and nine of them were in a critical condition.

Haut-Katanga provincial governor Albert Tshimanga ordered an investigation and suspended the stadium's management pending its findings.
Tshimanga, who attended the match, told reporters that investigators would question the police commanders on duty.
"We will compensate every family," he said.

Police spokesman Colonel Jean-Pierre Kalonji denied that officers had fired into the stand.
He said they had used tear gas outside the stadium against fans who were throwing stones at a police vehicle, and that the gas had drifted into the stand.
Kalonji blamed the stadium's private security company, Simba Guard Services, for locking two of the four exits during the second half.
The company, which has guarded the stadium since 2023, said in a statement that its staff had opened every gate on the instructions of the police.
It accused officers of using excessive force and said it would cooperate with the investigation.

"People were climbing over each other, and children were falling under them," said Patrick Kasongo, a 19-year-old student who lost his cousin in the crush.
"I saw a policeman throw a canister over the fence, right into the crowd," he told Reuters by phone.
The 19-year-old said he had waited outside the hospital until after midnight before a nurse let him identify his cousin's body.

The Congolese football federation, FECOFA, suspended all league matches in Haut-Katanga province for two weeks and fined Kasapa Rovers, the home side, $50,000.
The federation said the club had sold more tickets than the stadium could hold, a charge Kasapa Rovers denied.
Its president, Eddy Lukusa, told a news conference on Sunday that the club would pay for the funerals of all the victims.
On Sunday, the government declared three days of national mourning and sent Sports Minister Didier Ngoy to Lubumbashi.
Ngoy said the government would review security rules at all stadiums before the national championship resumes.

In May 2014, police fired tear gas at fans at the Tata Raphael stadium in Kinshasa, setting off a stampede that killed 15 people.
Rights group ASADHO accused Congolese police of routinely misusing tear gas in confined spaces and urged the government to ban its use at sports grounds.
Police have arrested four people on suspicion of stealing phones and money from the dead, the governor's office said late on Sunday.
FECOFA will hold an emergency meeting in Kinshasa on Wednesday, it said.
"""

AT = "Albert Tshimanga"
KAL = "Jean-Pierre Kalonji"
PK = "Patrick Kasongo"
SIMBA = ["Simba Guard Services", "private security company", "security company"]
KR = "Kasapa Rovers"
STADIUM = ["Kibassa Maliba stadium", "stadium"]
GOV = ["government", "Congolese government"]
GAS = ["tear gas", "gas"]

ALIASES = {
    "FECOFA": ["Congolese football federation"],
    "Kibassa Maliba stadium": ["stadium"],
    "Simba Guard Services": ["private security company", "security company"],
}

RELS = [
    R("stadium stampede kills", ["stampede", "stadium stampede", "Congo stadium stampede"], "kill", ["football fans", "fans"]),
    R("A stampede killed at least 31 people", "stampede", "kill", "people", attr="officials", date="sat",
      place=["Lubumbashi", "Kibassa Maliba stadium"]),
    R("hundreds of fans invaded the pitch", "fans", "invade", "pitch", attr="witnesses"),
    R("police fired tear gas into the crowded main stand", "police", ["fire into", "fire tear gas into"], ["main stand", "stand"],
      "prepositional conjunction", attr="witnesses"),
    R("Spectators trying to escape the gas", "spectators", "escape", GAS, "participial nominal_anaphora", mod="trying to",
      attr="witnesses"),
    R("surged towards an exit gate", "spectators", ["surge towards", "surge toward"], ["exit gate", "gate"], "prepositional",
      attr="witnesses"),
    R("who heads the emergency department", "Henriette Kabamba", "head", "emergency department", "relative apposition"),
    R("ordered an investigation", AT, "order", "investigation"),
    R("suspended the stadium's management", AT, "suspend", ["management", "stadium's management"], "conjunction"),
    R("who attended the match", AT, "attend", ["match", "league match"], "relative nominal_anaphora"),
    R("investigators would question", "investigators", "question", ["police commanders", "commanders"], mod="would", attr=AT),
    R("We will compensate every family", [AT, "provincial government"], "compensate", "family", "pronoun", mod="will", attr=AT),
    R("denied that officers had fired into the stand", "officers", "fire into", ["stand", "main stand"], "prepositional",
      neg=True, attr=KAL),
    R("they had used tear gas outside the stadium", ["officers", "police"], "use", "tear gas", "pronoun", attr=KAL,
      place=STADIUM),
    R("fans who were throwing stones", "fans", ["throw", "throw at", "throw stones at"], ["stones", "police vehicle"],
      "relative", attr=KAL),
    R("the gas had drifted into the stand", GAS, "drift into", ["stand", "main stand"], "prepositional nominal_anaphora",
      attr=KAL),
    R("Kalonji blamed the stadium's", KAL, "blame", SIMBA, "apposition"),
    R("which has guarded the stadium", "Simba Guard Services", "guard", STADIUM, "relative nominal_anaphora"),
    R("its staff had opened every gate", ["staff", "Simba Guard Services"], "open", "gate", "pronoun",
      attr="Simba Guard Services"),
    R("It accused officers", "Simba Guard Services", "accuse", "officers", "pronoun"),
    R("it would cooperate with the investigation", "Simba Guard Services", "cooperate with", "investigation",
      "prepositional pronoun conjunction nominal_anaphora", mod="would", attr="Simba Guard Services"),
    R("a 19-year-old student who lost his cousin", PK, "lose", "cousin", "relative apposition"),
    R("I saw a policeman throw a canister", "policeman", "throw", "canister", attr=PK),
    R("before a nurse let him", "nurse", "let", PK, "control pronoun", attr=PK),
    R("suspended all league matches", "FECOFA", "suspend", "league matches", "apposition"),
    R("fined Kasapa Rovers", "FECOFA", "fine", [KR, "$50,000"], "conjunction apposition"),
    R("the club had sold more tickets", KR, "sell", "tickets", "nominal_anaphora", attr="FECOFA"),
    R("a charge Kasapa Rovers denied", KR, "deny", "charge", "relative"),
    R("the club would pay for the funerals", KR, "pay for", "funerals", "prepositional nominal_anaphora", mod="would",
      attr="Eddy Lukusa"),
    R("the government declared three days", GOV, "declare", ["national mourning", "mourning", "days of national mourning"],
      date="sun"),
    R("sent Sports Minister Didier Ngoy", GOV, "send", "Didier Ngoy", "conjunction", date="sun"),
    R("the government would review security rules", GOV, "review", "security rules", mod="would", attr="Didier Ngoy"),
    R("police fired tear gas at fans at the Tata Raphael", "police", ["fire at", "fire tear gas at"], "fans", "prepositional",
      date="month:2014-05", place=["Kinshasa", "Tata Raphael stadium"]),
    R("setting off a stampede", "police", "set off", "stampede", "participial", date="month:2014-05",
      place=["Kinshasa", "Tata Raphael stadium"]),
    R("a stampede that killed 15 people", "stampede", "kill", "people", "relative"),
    R("ASADHO accused Congolese police", "ASADHO", "accuse", ["Congolese police", "police"]),
    R("urged the government to ban", "ASADHO", "urge", GOV, "control conjunction"),
    R("Police have arrested four people", "police", "arrest", "people", attr=["governor's office", AT]),
    R("stealing phones and money", "people", "steal", "phones", "participial conjunction", mod="on suspicion of",
      attr=["governor's office", AT]),
    R("stealing phones and money", "people", "steal", "money", "participial conjunction", mod="on suspicion of",
      attr=["governor's office", AT]),
    R("FECOFA will hold an emergency meeting", "FECOFA", "hold", ["emergency meeting", "meeting"], mod="will",
      attr="FECOFA", date="2026-04-01", place="Kinshasa"),
]

COREF = [
    C("surged towards an exit gate", "the gas", "tear gas", "nominal"),
    C("surged towards an exit gate", "they", "witnesses"),
    C("Most of the dead were crushed", "the gate", "exit gate", "nominal"),
    C("She said 64 people", "She", "Henriette Kabamba"),
    C("She said 64 people", "them", "people"),
    C("suspended the stadium's management", "the stadium", "Kibassa Maliba stadium", "nominal"),
    C("suspended the stadium's management", "its", "investigation"),
    C("who attended the match", "the match", "league match", "nominal"),
    C("We will compensate every family", "We", [AT, "provincial government"]),
    C("We will compensate every family", "he", AT),
    C("He said they had used tear gas", "He", KAL),
    C("He said they had used tear gas", "they", ["officers", "police"]),
    C("He said they had used tear gas", "the stadium", "Kibassa Maliba stadium", "nominal"),
    C("He said they had used tear gas", "the gas", "tear gas", "nominal"),
    C("Kalonji blamed the stadium's", "the stadium", "Kibassa Maliba stadium", "nominal"),
    C("which has guarded the stadium", "The company", "Simba Guard Services", "nominal"),
    C("which has guarded the stadium", "the stadium", "Kibassa Maliba stadium", "nominal"),
    C("which has guarded the stadium", "its", "Simba Guard Services"),
    C("It accused officers", "It", "Simba Guard Services"),
    C("It accused officers", "it", "Simba Guard Services"),
    C("It accused officers", "the investigation", "investigation", "nominal"),
    C("children were falling under them", "them", "people"),
    C("a 19-year-old student who lost his cousin", "his", PK),
    C("a 19-year-old student who lost his cousin", "the crush", "stampede", "nominal"),
    C("I saw a policeman throw", "I", PK),
    C("I saw a policeman throw", "he", PK),
    C("The 19-year-old said", "The 19-year-old", PK, "nominal"),
    C("The 19-year-old said", "he", PK),
    C("The 19-year-old said", "the hospital", "Jason Sendwe hospital", "nominal"),
    C("The 19-year-old said", "him", PK),
    C("The 19-year-old said", "his", PK),
    C("a charge Kasapa Rovers denied", "The federation", "FECOFA", "nominal"),
    C("a charge Kasapa Rovers denied", "the club", KR, "nominal"),
    C("a charge Kasapa Rovers denied", "the stadium", "Kibassa Maliba stadium", "nominal"),
    C("Its president, Eddy Lukusa", "Its", KR),
    C("Its president, Eddy Lukusa", "the club", KR, "nominal"),
    C("urged the government to ban", "its", "tear gas"),
    C("Police have arrested four people", "the governor", AT, "nominal"),
    C("FECOFA will hold an emergency meeting", "it", "FECOFA"),
]

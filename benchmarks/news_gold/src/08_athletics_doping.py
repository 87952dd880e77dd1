META = {"id": "news-gold-08", "date": "2026-09-21"}

TEXT = """
Olympic champion Rivera banned for four years after failed drug test

LAUSANNE, Switzerland - The Athletics Integrity Unit (AIU) on Friday banned Olympic 800 metres champion Marcos Rivera for four years after he tested positive for the blood-boosting drug EPO.
The 27-year-old Spaniard, who won gold at the Paris Games in 2024, will also be stripped of his world title.
Rivera has denied doping and said he would appeal to the Court of Arbitration for Sport (CAS).
"I have never taken a banned substance in my life," he said in a statement posted on Instagram on Saturday.
His lawyer, Carmen Ortiz, said the sample had been contaminated in the laboratory and that the AIU had ignored evidence from an independent expert.
The AIU said the test was carried out by the accredited laboratory in Lausanne.
Spain's athletics federation said it was "devastated" by the news but would respect the ruling.
Rivera's training partner, Kenyan runner David Kiptoo, was cleared by the AIU last year after a similar case.

The ban ends Rivera's hopes of defending his title at the world championships in Beijing next year.
It was the latest blow to Spanish athletics, which has been hit by three doping cases since 2023.
World Athletics, the sport's governing body, has tightened out-of-competition testing since the Paris Games.
Its president said in June that athletes who cheat would be "hunted down".
Rivera's coach, Luis Herrera, was also suspended provisionally on Friday, pending an investigation into whether he supplied the drug.
Herrera did not respond to requests for comment.

Rivera's sponsor, sportswear maker Velox, said it had suspended its contract with the athlete.
The company could seek to recover bonuses paid to him since 2024, a spokesman said.
Rivera broke the world indoor record in Madrid in February, running 1:42.50.
That record may now be annulled.
Fans in his hometown of Granada held a vigil outside the town hall on Sunday to show their support.
The CAS is expected to hear the appeal before the end of the year.
"""

MR = "Marcos Rivera"

ALIASES = {"AIU": ["Athletics Integrity Unit"], "athletics federation": ["Spanish athletics federation", "Spain's athletics federation"]}

RELS = [
    R("on Friday banned Olympic", "AIU", "ban", MR, date="fri"),
    R("who won gold", MR, "win", "gold", "relative nominal_anaphora", date="year:2024", place=["Paris", "Paris Games"]),
    R("Rivera has denied doping", MR, "deny", "doping"),
    R("he would appeal to the Court", MR, "appeal to", "CAS", "prepositional pronoun", mod="would", attr=MR),
    R("I have never taken a banned substance", MR, "take", ["banned substance", "substance"], "pronoun", neg=True, attr=MR),
    R("the AIU had ignored evidence", "AIU", "ignore", "evidence", attr="Carmen Ortiz"),
    R("was carried out by the accredited laboratory", ["accredited laboratory", "laboratory"], "carry out", "test", "passive", attr="AIU", place="Lausanne"),
    R("would respect the ruling", ["athletics federation", "Spanish athletics federation", "federation"], "respect", "ruling", "pronoun", mod="would", attr=["athletics federation", "Spanish athletics federation"]),
    R("was cleared by the AIU", "AIU", "clear", "David Kiptoo", "passive apposition", date="year:2025"),
    R("The ban ends", "ban", "end", "hopes"),
    R("has tightened out-of-competition testing", "World Athletics", "tighten", ["out-of-competition testing", "testing"], "apposition"),
    R("Herrera did not respond", "Luis Herrera", "respond to", "requests", "prepositional", neg=True),
    R("had suspended its contract", "Velox", "suspend", "contract", "pronoun apposition", attr="Velox"),
    R("could seek to recover bonuses", "Velox", "recover", "bonuses", "control nominal_anaphora", mod="could", attr="spokesman"),
    R("broke the world indoor record", MR, "break", ["world indoor record", "record"], date="month:2026-02", place="Madrid"),
    R("held a vigil", "fans", "hold", "vigil", date="sun", place="Granada"),
    R("is expected to hear the appeal", "CAS", "hear", "appeal", "control", mod="expected to"),
]

COREF = [
    C("after he tested positive", "he", MR),
    C("who won gold", "The 27-year-old Spaniard", MR, "nominal"),
    C("who won gold", "his", MR),
    C("he would appeal to the Court", "he", MR),
    C("in a statement posted on Instagram", "he", MR),
    C("His lawyer, Carmen Ortiz", "His", MR),
    C("would respect the ruling", "it", "athletics federation"),
    C("hopes of defending his title", "his", MR),
    C("Its president said", "Its", "World Athletics"),
    C("whether he supplied the drug", "he", "Luis Herrera"),
    C("had suspended its contract", "it", "Velox"),
    C("had suspended its contract", "the athlete", MR, "nominal"),
    C("recover bonuses paid to him", "The company", "Velox", "nominal"),
    C("recover bonuses paid to him", "him", MR),
    C("Fans in his hometown", "his", MR),
]

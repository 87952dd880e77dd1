META = {"id": "news-gold-07", "date": "2026-07-07"}

TEXT = """
Kenyan police fire tear gas at fuel tax protesters

NAIROBI, Kenya - Kenyan police fired tear gas and water cannon at thousands of protesters in Nairobi, Mombasa, Kisumu and Nakuru on Monday as anger over a proposed fuel tax spilled into the streets.
At least four people were killed and dozens injured, the Kenya National Commission on Human Rights (KNCHR) said.
The commission accused officers of using live ammunition against unarmed demonstrators in Kisumu, where two teenagers were shot dead.
Police spokesman Daniel Kiprono denied the accusation and said officers had been attacked by criminal gangs who looted shops.
According to police, officers arrested 210 people across the country.

The protests were organised by a youth movement that calls itself Gen Z Kenya and mobilises supporters on TikTok and X.
The movement has no formal leaders and has refused to meet government representatives.
"They want to silence us, but we will not stop until the bill is withdrawn," said Wanjiru Kamau, a 24-year-old student who marched in Nairobi.
The Finance Bill, which would raise the tax on petrol by 16 percent, was approved by a parliamentary committee last week.
President David Mwangi has defended the tax, saying Kenya must cut its debt.
On Sunday, he held off signing the bill and invited protest leaders to talks at State House.
The invitation was rejected by the movement within hours.

The International Monetary Fund, which lent Kenya $3.6 billion in 2024, has urged the government to raise revenue.
Opposition leader Joseph Otieno said the government could lose its majority if ruling party lawmakers voted against the bill.
Businesses in Nairobi's central district stayed shut, and Kenya Airways cancelled several flights from Mombasa.
Amnesty International called for an independent investigation into the killings.
Similar protests forced the government to withdraw a finance bill in June 2024, when demonstrators stormed parliament.
More than 60 people died in that crackdown, rights groups said.
In Nakuru, witnesses said police chased protesters into a market and beat them with batons.
The interior ministry said it would deploy more officers on Tuesday if the protests continued.
"""

GZ = ["Gen Z Kenya", "youth movement", "movement"]
DM = "David Mwangi"
BILL = ["Finance Bill", "bill"]
TOWNS = ["Nairobi", "Mombasa", "Kisumu", "Nakuru"]

ALIASES = {"KNCHR": ["Kenya National Commission on Human Rights"], "Gen Z Kenya": ["youth movement"]}

RELS = [
    R("police fire tear gas at fuel tax protesters", "police", ["fire at", "fire tear gas at"], ["fuel tax protesters", "protesters"], "prepositional"),
    R("Kenyan police fired tear gas and water cannon", ["police", "Kenyan police"], ["fire at", "fire tear gas at", "fire water cannon at"], "protesters", "prepositional", date="mon", place=TOWNS),
    R("The commission accused officers", "KNCHR", "accuse", "officers", "nominal_anaphora"),
    R("denied the accusation", "Daniel Kiprono", "deny", "accusation"),
    R("had been attacked by criminal gangs", "criminal gangs", "attack", "officers", "passive", attr="Daniel Kiprono"),
    R("criminal gangs who looted shops", "criminal gangs", "loot", "shops", "relative", attr="Daniel Kiprono"),
    R("officers arrested 210 people", "officers", "arrest", "people", attr="police", place="Kenya"),
    R("were organised by a youth movement", GZ, "organise", "protests", "passive"),
    R("mobilises supporters", GZ, "mobilise", "supporters", "relative conjunction"),
    R("has refused to meet", GZ, "refuse", "government representatives", "control nominal_anaphora"),
    R("has refused to meet", GZ, "meet", "government representatives", "control nominal_anaphora", neg=True),
    R("which would raise the tax", BILL, "raise", "tax", "relative", mod="would"),
    R("was approved by a parliamentary committee", "parliamentary committee", "approve", BILL, "passive", date="week:2026-06-29"),
    R("has defended the tax", DM, "defend", "tax"),
    R("Kenya must cut its debt", "Kenya", "cut", "debt", mod="must", attr=DM),
    R("he held off signing the bill", DM, "sign", BILL, "pronoun control", neg=True, date="sun"),
    R("invited protest leaders", DM, "invite", "protest leaders", "pronoun conjunction", date="sun"),
    R("was rejected by the movement", GZ, "reject", "invitation", "passive nominal_anaphora"),
    R("which lent Kenya", "International Monetary Fund", "lend", ["Kenya", "$3.6 billion"], "relative", date="year:2024"),
    R("has urged the government to raise", "International Monetary Fund", "urge", "government", "control"),
    R("could lose its majority", "government", "lose", "majority", mod=["could", "if"], attr="Joseph Otieno"),
    R("voted against the bill", ["ruling party lawmakers", "lawmakers"], "vote against", BILL, "prepositional", mod="if", attr="Joseph Otieno"),
    R("Kenya Airways cancelled", "Kenya Airways", "cancel", "flights", "conjunction"),
    R("called for an independent investigation", "Amnesty International", "call for", ["investigation", "independent investigation"], "prepositional"),
    R("Similar protests forced the government", "protests", "force", "government", "control", date="month:2024-06"),
    R("Similar protests forced the government", "government", "withdraw", ["finance bill", "bill"], "control", date="month:2024-06"),
    R("when demonstrators stormed parliament", "demonstrators", "storm", "parliament", date="month:2024-06"),
    R("police chased protesters", "police", "chase", "protesters", attr="witnesses", place="Nakuru"),
    R("beat them with batons", "police", "beat", "protesters", "conjunction pronoun", attr="witnesses", place="Nakuru"),
    R("would deploy more officers", ["interior ministry", "ministry"], "deploy", "officers", "pronoun", mod=["would", "if"], attr="interior ministry", date="tue"),
]

COREF = [
    C("The commission accused officers", "The commission", "KNCHR", "nominal"),
    C("has refused to meet", "The movement", "Gen Z Kenya", "nominal"),
    C("They want to silence us", "They", None),
    C("Kenya must cut its debt", "its", "Kenya"),
    C("he held off signing the bill", "he", DM),
    C("he held off signing the bill", "the bill", "Finance Bill", "nominal"),
    C("was rejected by the movement", "the movement", "Gen Z Kenya", "nominal"),
    C("could lose its majority", "its", "government"),
    C("beat them with batons", "them", "protesters"),
    C("would deploy more officers", "it", "interior ministry"),
]

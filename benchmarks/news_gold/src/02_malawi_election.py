META = {"id": "news-gold-02", "date": "2026-03-10"}

TEXT = """
Malawi opposition rejects election results, vows court challenge

LILONGWE, Malawi - Malawi's main opposition party on Monday rejected the results of last week's presidential election, saying the vote had been rigged by the ruling party.
The Malawi Electoral Commission (MEC) declared President Grace Banda the winner on Saturday with 52 percent of the vote.
Her challenger, former finance minister Peter Chisale of the Alliance for Democracy (AFORD), carried the capital and the northern region, according to the commission.
Chisale told supporters in Lilongwe that his party would never accept "a stolen election".
He said AFORD would file a petition with the Constitutional Court within seven days.

Police fired tear gas at hundreds of opposition supporters who blocked a main road in the northern city of Mzuzu on Monday night.
A police spokesman, Mwai Phiri, said two officers were injured by stones thrown by protesters.
Observers from the European Union (EU) said the count had been largely transparent but criticised the commission for delays in announcing results.
The African Union mission did not report any major irregularities.

Banda, a former nurse who became Malawi's first female vice-president in 2019, appealed for calm in a televised address on Sunday.
"The people have spoken, and I urge everyone to respect their verdict," she said.
Her government has deployed soldiers to Mzuzu and Karonga, two opposition strongholds.
Chisale was arrested briefly in 2023 after he accused the president of corruption.
The charges were later dropped by a court in Blantyre.

Analysts said the opposition could paralyse parliament, where it holds 91 of the 193 seats.
Donors including Britain and Germany froze budget support to Malawi last year over a corruption scandal.
The International Monetary Fund (IMF) has said it may suspend a $175 million loan if the political crisis drags on.
Malawi's currency, the kwacha, fell 4 percent against the dollar on Monday.
Turnout was 67 percent, down from 78 percent in 2020, the commission said.
In 2020 the Constitutional Court annulled a presidential election after finding widespread irregularities.
"""

OPP = ["AFORD", "opposition party", "opposition"]
CH = "Peter Chisale"
GB = "Grace Banda"

ALIASES = {"AFORD": ["Alliance for Democracy"], "MEC": ["Malawi Electoral Commission"], "IMF": ["International Monetary Fund"]}

RELS = [
    R("rejects election results", OPP + ["Malawi opposition"], "reject", ["election results", "results"]),
    R("vows court challenge", OPP + ["Malawi opposition"], "vow", "court challenge", "conjunction"),
    R("on Monday rejected the results", OPP, "reject", "results", date="mon"),
    R("had been rigged by the ruling party", "ruling party", "rig", "vote", "passive", attr=OPP),
    R("declared President Grace Banda", "MEC", "declare", GB, date="sat"),
    R("carried the capital", CH, "carry", "capital", "apposition conjunction", attr="MEC"),
    R("carried the capital", CH, "carry", "northern region", "apposition conjunction", attr="MEC"),
    R("would never accept", OPP, "accept", ["election", "stolen election"], "pronoun", neg=True, mod="would", attr=CH),
    R("would file a petition", "AFORD", "file", "petition", mod="would", attr=CH),
    R("Police fired tear gas", "police", ["fire at", "fire tear gas at"], ["opposition supporters", "supporters"], "prepositional", date="mon", place="Mzuzu"),
    R("who blocked a main road", ["opposition supporters", "supporters"], "block", ["main road", "road"], "relative", date="mon", place="Mzuzu"),
    R("were injured by stones", "stones", "injure", "officers", "passive", attr="Mwai Phiri"),
    R("stones thrown by protesters", "protesters", "throw", "stones", "reduced_passive", attr="Mwai Phiri"),
    R("criticised the commission", ["observers", "EU observers", "EU"], "criticise", "MEC", "conjunction nominal_anaphora"),
    R("did not report any major irregularities", ["African Union mission", "mission"], "report", "irregularities", neg=True),
    R("appealed for calm", GB, "appeal for", "calm", "prepositional", date="sun"),
    R("has deployed soldiers", ["government", GB], "deploy", "soldiers", "pronoun", place=["Mzuzu", "Karonga"]),
    R("he accused the president", CH, "accuse", GB, "pronoun nominal_anaphora", date="year:2023"),
    R("were later dropped by a court", "court", "drop", "charges", "passive", place="Blantyre"),
    R("could paralyse parliament", OPP, "paralyse", "parliament", "nominal_anaphora", mod="could", attr="analysts"),
    R("where it holds", OPP, "hold", "seats", "relative pronoun", attr="analysts"),
    R("froze budget support", "donors", "freeze", "budget support", date="year:2025"),
    R("may suspend a $175 million loan", "IMF", "suspend", "loan", "pronoun", mod="may", attr="IMF"),
    R("annulled a presidential election", "Constitutional Court", "annul", ["presidential election", "election"], date="year:2020"),
    R("after finding widespread", "Constitutional Court", "find", "irregularities", "participial", date="year:2020"),
]

COREF = [
    C("Her challenger", "Her", GB),
    C("carried the capital", "the commission", "MEC", "nominal"),
    C("would never accept", "his", CH),
    C("would file a petition", "He", CH),
    C("criticised the commission", "the commission", "MEC", "nominal"),
    C("respect their verdict", "their", "people"),
    C("respect their verdict", "she", GB),
    C("Her government", "Her", GB),
    C("he accused the president", "he", CH),
    C("he accused the president", "the president", GB, "nominal"),
    C("could paralyse parliament", "the opposition", "AFORD", "nominal"),
    C("where it holds", "it", "AFORD"),
    C("may suspend a $175 million loan", "it", "IMF"),
    C("Turnout was 67 percent", "the commission", "MEC", "nominal"),
]

META = {"id": "news-gold-32", "date": "2026-04-09"}

TEXT = """
Georgian police detain editor of independent news site, seize computers

TBILISI, April 9 (Reuters) - Georgian police detained the editor of an independent news website in a pre-dawn raid on her Tbilisi apartment on Thursday, her lawyer said, in what rights groups called the latest blow to press freedom in the South Caucasus country.
Tamar Gelashvili, 41, who runs the Mtkvari Media site, was taken to the Interior Ministry's headquarters and questioned for six hours before being charged with tax evasion.
Officers also seized two laptops, her phone and the hard drives on which the site stores its archive, according to Davit Kapanadze, who represents her.

The Interior Ministry said in a statement that Gelashvili had hidden 380,000 lari ($140,000) in foreign grants from the tax authorities and that the case had nothing to do with her journalism.
It said she could be jailed for up to seven years if convicted.
Ministry spokesman Levan Chkheidze declined to name the official who had filed the complaint against her, and denied that police had acted on orders from the government.
"We have never targeted journalists and we never will," he told reporters.

Mtkvari Media, which is funded partly by European foundations, has published a series of investigations into state procurement contracts awarded to companies linked to ruling party officials.
Its reporting last year prompted the resignation of a deputy economy minister, and in March the site accused the head of the state roads agency of steering tenders to his brother-in-law's firm.
The agency denied the allegation and sued the site for defamation; the case is still before a Tbilisi court.

The European Union's foreign policy spokesperson, Annika Lindqvist, called the detention "deeply worrying" and urged Georgian authorities to release Gelashvili immediately.
Brussels froze part of its budget support to Tbilisi last year over a law requiring groups that receive foreign funding to register as agents of foreign influence.
The Committee to Protect Journalists (CPJ) said at least 11 journalists had been detained in Georgia since the law took effect, and that two of them remained in jail.
The ruling Georgian Dream party, which has governed since 2012, accuses Western-funded media of trying to drag the country into conflict with Russia.
Zurab Tsiklauri, the party's secretary-general, threatened on Wednesday to close outlets that failed to register under the law.
He said the government would not tolerate propaganda paid for from abroad.

In Tbilisi, several hundred people gathered outside the Interior Ministry on Thursday evening, waving Georgian and European Union flags.
Riot police blocked the entrance to the building but did not try to disperse the crowd, a Reuters witness said.
Gelashvili's deputy, Nika Beraia, said the site had moved its servers to Estonia last week in case of another raid.
"They can take our computers, but they cannot take our readers," he said.

The United States, which cut aid to Georgia's government in 2024, has not commented on the arrest.
Opposition lawmakers, who have boycotted parliament since disputed elections in October 2024, said they would ask the Constitutional Court to review the charges.
Kapanadze said a court in Tbilisi had rejected his request to free Gelashvili on bail late on Thursday.
He said his client had received threats since her reporting on the roads agency and that she would appeal.
Georgia's relations with the European Union have deteriorated since the government suspended accession talks in November 2024, a move that triggered months of street protests.
Mtkvari Media said it would no longer accept grants from foreign governments.
"""

TG = ["Tamar Gelashvili", "editor"]
POL = ["Georgian police", "police"]
MM = ["Mtkvari Media", "Mtkvari Media site", "site"]
DK = "Davit Kapanadze"
IM = ["Interior Ministry", "ministry", "Georgian Interior Ministry"]
LC = "Levan Chkheidze"
ROADS = ["state roads agency", "roads agency", "agency"]
EU = ["European Union", "EU", "Brussels"]
GOV = ["government", "Georgian government"]
GD = ["Georgian Dream", "Georgian Dream party", "ruling Georgian Dream party"]
NB = ["Nika Beraia", "Mtkvari Media"]
THEY = ["police", "Georgian police", "officers", "authorities"]
LAWM = ["opposition lawmakers", "lawmakers"]

ALIASES = {
    "Tamar Gelashvili": ["editor"],
    "Mtkvari Media": ["Mtkvari Media site", "site"],
    "Interior Ministry": ["ministry", "Georgian Interior Ministry"],
    "European Union": ["EU", "Brussels"],
    "Georgia": ["Tbilisi"],
    "Georgian Dream": ["Georgian Dream party", "ruling Georgian Dream party"],
    "state roads agency": ["roads agency"],
}

RELS = [
    R("police detain editor", POL, "detain", TG),
    R("police detain editor", POL, "seize", "computers", "conjunction"),
    R("Georgian police detained the editor", POL, "detain", TG, attr=["lawyer", DK], date="thu",
      place=["Tbilisi", "apartment", "Tbilisi apartment"]),
    R("who runs the Mtkvari Media site", "Tamar Gelashvili", "run", MM, "relative"),
    R("Officers also seized two laptops", ["officers", "police"], "seize", "laptops", "conjunction", attr=DK),
    R("Officers also seized two laptops", ["officers", "police"], "seize", "phone", "conjunction", attr=DK),
    R("Officers also seized two laptops", ["officers", "police"], "seize", "hard drives", "conjunction", attr=DK),
    R("on which the site stores its archive", MM, "store", "archive", "relative nominal_anaphora", attr=DK),
    R("who represents her", DK, "represent", "Tamar Gelashvili", "relative pronoun"),
    R("Gelashvili had hidden", "Tamar Gelashvili", "hide", ["foreign grants", "grants", "lari"], attr=IM),
    R("declined to name the official", LC, "name", "official", "control", neg=True),
    R("the official who had filed the complaint", "official", "file", "complaint", "relative"),
    R("denied that police had acted on orders", "police", "act on", "orders", "prepositional", neg=True, attr=LC),
    R("We have never targeted journalists", [LC] + IM, "target", "journalists", "pronoun", neg=True, attr=LC),
    R("which is funded partly by European foundations", "European foundations", "fund", MM, "relative passive"),
    R("has published a series of investigations", MM, "publish", "investigations"),
    R("Its reporting last year prompted", ["reporting", "Mtkvari Media"], "prompt", "resignation", "pronoun", date="year:2025"),
    R("the site accused the head", MM, "accuse", ["head", "head of the state roads agency"], "conjunction nominal_anaphora", date="month:2026-03"),
    R("The agency denied the allegation", ROADS, "deny", "allegation", "nominal_anaphora"),
    R("sued the site for defamation", ROADS, "sue", MM, "conjunction nominal_anaphora"),
    R("urged Georgian authorities to release", "Annika Lindqvist", "urge", ["Georgian authorities", "authorities"], "control conjunction apposition"),
    R("Brussels froze part of its budget support", EU, "freeze", ["budget support", "part"], date="year:2025"),
    R("a law requiring groups", "law", "require", "groups", "participial control"),
    R("groups that receive foreign funding", "groups", "receive", ["foreign funding", "funding"], "relative"),
    R("accuses Western-funded media", GD, "accuse", ["media", "Western-funded media"]),
    R("threatened on Wednesday to close outlets", "Zurab Tsiklauri", "threaten", "outlets", "control apposition", date="wed"),
    R("threatened on Wednesday to close outlets", "Zurab Tsiklauri", "close", "outlets", "control apposition", mod="threatened to", date="wed"),
    R("would not tolerate propaganda", GOV, "tolerate", "propaganda", neg=True, mod="would", attr="Zurab Tsiklauri"),
    R("waving Georgian and European Union flags", "people", "wave", ["flags", "Georgian flags", "European Union flags"], "participial",
      date="thu", place=["Tbilisi", "Interior Ministry"]),
    R("Riot police blocked the entrance", ["riot police", "police"], "block", "entrance", attr=["Reuters witness", "witness"]),
    R("did not try to disperse the crowd", ["riot police", "police"], "disperse", "crowd", "control conjunction", neg=True, mod="try to",
      attr=["Reuters witness", "witness"]),
    R("had moved its servers to Estonia", MM, "move", "servers", "nominal_anaphora pronoun", attr="Nika Beraia", date="week:2026-03-30"),
    R("They can take our computers", THEY, "take", "computers", "pronoun", mod="can", attr="Nika Beraia"),
    R("they cannot take our readers", THEY, "take", "readers", "pronoun conjunction", neg=True, attr="Nika Beraia"),
    R("which cut aid to Georgia's government", ["United States", "US"], "cut", "aid", "relative", date="year:2024"),
    R("has not commented on the arrest", ["United States", "US"], "comment on", "arrest", "prepositional", neg=True),
    R("who have boycotted parliament", LAWM, "boycott", "parliament", "relative"),
    R("would ask the Constitutional Court", LAWM, "ask", "Constitutional Court", "control pronoun", mod="would", attr=LAWM),
    R("had rejected his request", "court", "reject", "request", attr=DK, date="thu"),
    R("his client had received threats", "Tamar Gelashvili", "receive", "threats", "nominal_anaphora", attr=DK),
    R("the government suspended accession talks", GOV, "suspend", "accession talks", date="month:2024-11"),
    R("a move that triggered", "move", "trigger", ["street protests", "protests"], "relative apposition"),
    R("it would no longer accept grants", MM, "accept", "grants", "pronoun", neg=True, mod="would", attr=MM),
]

COREF = [
    C("Georgian police detained the editor", "her", "Tamar Gelashvili"),
    C("Georgian police detained the editor", "her", "Tamar Gelashvili", occurrence=2),
    C("Georgian police detained the editor", "the South Caucasus country", "Georgia", "nominal"),
    C("Officers also seized two laptops", "her", "Tamar Gelashvili"),
    C("Officers also seized two laptops", "the site", "Mtkvari Media", "nominal"),
    C("Officers also seized two laptops", "its", "Mtkvari Media"),
    C("Officers also seized two laptops", "her", "Tamar Gelashvili", occurrence=2),
    C("Gelashvili had hidden", "her", "Tamar Gelashvili"),
    C("It said she could be jailed", "It", "Interior Ministry"),
    C("It said she could be jailed", "she", "Tamar Gelashvili"),
    C("declined to name the official", "her", "Tamar Gelashvili"),
    C("We have never targeted journalists", "We", [LC] + IM),
    C("We have never targeted journalists", "we", [LC] + IM),
    C("We have never targeted journalists", "he", LC),
    C("Its reporting last year prompted", "Its", "Mtkvari Media"),
    C("Its reporting last year prompted", "the site", "Mtkvari Media", "nominal"),
    C("Its reporting last year prompted", "his", ["head", "head of the state roads agency"]),
    C("The agency denied the allegation", "The agency", "state roads agency", "nominal"),
    C("The agency denied the allegation", "the site", "Mtkvari Media", "nominal"),
    C("Brussels froze part of its budget support", "its", "European Union"),
    C("since the law took effect", "the law", "law", "nominal"),
    C("since the law took effect", "them", "journalists"),
    C("accuses Western-funded media", "the country", "Georgia", "nominal"),
    C("threatened on Wednesday to close outlets", "the party", "Georgian Dream", "nominal"),
    C("threatened on Wednesday to close outlets", "the law", "law", "nominal"),
    C("would not tolerate propaganda", "He", "Zurab Tsiklauri"),
    C("Riot police blocked the entrance", "the building", "Interior Ministry", "nominal"),
    C("had moved its servers to Estonia", "the site", "Mtkvari Media", "nominal"),
    C("had moved its servers to Estonia", "its", "Mtkvari Media"),
    C("They can take our computers", "They", THEY),
    C("They can take our computers", "our", NB),
    C("They can take our computers", "they", THEY),
    C("They can take our computers", "our", NB, occurrence=2),
    C("They can take our computers", "he", "Nika Beraia"),
    C("said they would ask the Constitutional Court", "they", LAWM),
    C("had rejected his request", "his", DK),
    C("his client had received threats", "He", DK),
    C("his client had received threats", "his", DK),
    C("his client had received threats", "his client", "Tamar Gelashvili", "nominal"),
    C("his client had received threats", "her", "Tamar Gelashvili"),
    C("his client had received threats", "she", "Tamar Gelashvili"),
    C("his client had received threats", "the roads agency", "state roads agency", "nominal"),
    C("it would no longer accept grants", "it", "Mtkvari Media"),
]

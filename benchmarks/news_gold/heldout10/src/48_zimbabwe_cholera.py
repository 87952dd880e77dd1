META = {"id": "news-gold-48", "date": "2026-02-21"}

TEXT = """
Zimbabwe bans gatherings in Harare as cholera spreads through suburbs

HARARE, Feb 21 (Reuters) - Zimbabwe banned public gatherings and church services in Harare on Saturday after a cholera outbreak killed 37 people in the capital's crowded suburbs, the health ministry said.
Health workers have recorded more than 1,900 suspected cases since a market vendor in the suburb of Budiriro fell ill on Feb 6, the ministry said in a statement.
Most of the victims lived in Budiriro, Glen View and Mbare, where residents have gone without piped water for months and draw water from shallow wells.

Harare City Council, which supplies water to the city's 2.4 million residents, has blamed power cuts and a shortage of treatment chemicals for the dry taps.
The council has cut supplies to some suburbs to as little as one day a week, according to residents' groups.
"We know the water is dirty, but we cannot afford firewood to boil it every day," said Chipo Mutasa, a mother of three in Budiriro whose youngest son was treated for cholera last week.
The ministry said it had opened treatment centres at Beatrice Road Infectious Diseases Hospital and at a sports ground in Budiriro.

The World Health Organization (WHO) said it was sending 500,000 doses of oral cholera vaccine and would help the government vaccinate people in the worst-hit suburbs from next week.
A WHO official in Harare, who asked not to be named because he was not authorised to speak to the media, said the outbreak could reach 10,000 cases by the end of March unless the city restored water supplies.
In 2008 and 2009, a cholera epidemic killed more than 4,000 Zimbabweans and was blamed on the collapse of water and sewage systems during an economic crisis.

Health Minister Tafadzwa Mhlanga told parliament on Thursday that the government had released emergency funds to buy treatment chemicals and drill boreholes.
He accused the city council of wasting money on cars for its managers.
Harare mayor Farai Chidembo rejected the accusation and said the council had not received any of the money.
"The ministry promised us the money in January, and we are still waiting for it," he told reporters at Town House.

The ban, which also covers sports matches and concerts, will remain in force for at least 30 days, the government said.
Leaders of the Johane Masowe apostolic church, whose members often refuse medical treatment, said they would not hold services until the ban was lifted.
In Mbare, police dispersed about 200 worshippers at an open-air service on Saturday morning, a police spokesman said.
Officers arrested the preacher who had led the service after he refused to send the crowd home, the spokesman said.

Neighbouring South Africa and Zambia have stepped up screening at border posts, and Zambia's health ministry said it had confirmed two cases in truck drivers who had travelled from Harare.
In 2024, a cholera outbreak in Zambia killed more than 700 people and forced the government to delay the reopening of schools.
The Zimbabwe Hospital Doctors Association said public hospitals lacked intravenous fluids and accused the government of ignoring its warnings.
The government has denied that the outbreak is linked to its economic policies and blamed residents for ignoring hygiene advice.

At Mbare Musika, the country's largest produce market, hundreds of vendors protested on Friday against a council order to close their stalls for two weeks.
"If we close for two weeks, our children will starve," said Memory Dube, who sells tomatoes and onions at the market.
The council later suspended the order but said it would fine vendors who did not use the handwashing stations it was installing at the market.
"""

ZW = ["Zimbabwe", "Zimbabwean government", "government"]
GOV = ["Zimbabwean government", "government", "Zimbabwe"]
HM = ["health ministry", "ministry", "Ministry of Health and Child Care"]
OUT = ["cholera outbreak", "outbreak"]
HCC = ["Harare City Council", "city council", "council"]
TOWNS = ["Budiriro", "Glen View", "Mbare"]
CM = "Chipo Mutasa"
WHO = ["WHO", "World Health Organization"]
WHOOFF = ["WHO official", "official"]
TMH = "Tafadzwa Mhlanga"
FC = "Farai Chidembo"
FUNDS = ["emergency funds", "funds", "money"]
CHURCH = ["Johane Masowe apostolic church", "Johane Masowe", "church"]
SPOK = ["police spokesman", "spokesman", "police"]
SERVICE = ["open-air service", "service"]
CROWD = ["worshippers", "crowd"]
ZHM = ["Zambia's health ministry", "Zambian health ministry", "health ministry", "ministry"]
ZHDA = ["Zimbabwe Hospital Doctors Association", "association"]
MM = ["Mbare Musika", "market", "produce market"]
MD = "Memory Dube"
ORDER = ["council order", "order"]

ALIASES = {
    "health ministry": ["ministry", "Ministry of Health and Child Care"],
    "cholera outbreak": ["outbreak"],
    "Harare City Council": ["city council", "council"],
    "WHO": ["World Health Organization"],
    "WHO official": ["official"],
    "emergency funds": ["funds", "money"],
    "Zambia's health ministry": ["Zambian health ministry", "health ministry", "ministry"],
    "Zimbabwe Hospital Doctors Association": ["association"],
    "Mbare Musika": ["market", "produce market"],
    "police spokesman": ["spokesman"],
    "open-air service": ["service"],
    "council order": ["order"],
    "government": ["Zimbabwean government", "Zimbabwe"],
}

RELS = [
    # headline
    R("Zimbabwe bans gatherings", ZW, "ban", "gatherings", place="Harare"),
    R("cholera spreads through suburbs", "cholera", "spread through", "suburbs", "prepositional"),
    # 1
    R("Zimbabwe banned public gatherings", ZW, "ban", ["public gatherings", "gatherings"], "conjunction", attr=HM, date="sat",
      place="Harare"),
    R("Zimbabwe banned public gatherings", ZW, "ban", "church services", "conjunction", attr=HM, date="sat", place="Harare"),
    R("after a cholera outbreak killed 37 people", OUT, "kill", "people", attr=HM, place=["Harare", "suburbs"]),
    # 2
    R("Health workers have recorded", "health workers", "record", ["suspected cases", "cases"], attr=HM),
    # 3
    R("Most of the victims lived in", "victims", "live in", "Budiriro", "prepositional conjunction nominal_anaphora"),
    R("Most of the victims lived in", "victims", "live in", "Glen View", "prepositional conjunction nominal_anaphora"),
    R("Most of the victims lived in", "victims", "live in", "Mbare", "prepositional conjunction nominal_anaphora"),
    R("residents have gone without piped water", "residents", "go without", ["piped water", "water"],
      "relative prepositional", place=TOWNS),
    R("draw water from shallow wells", "residents", ["draw", "draw from"], ["water", "wells", "shallow wells"],
      "relative conjunction", place=TOWNS),
    # 4
    R("which supplies water", HCC, "supply", "water", "relative"),
    R("has blamed power cuts", HCC, "blame", "power cuts", "conjunction"),
    R("has blamed power cuts", HCC, "blame", ["shortage", "treatment chemicals", "shortage of treatment chemicals"],
      "conjunction"),
    # 5
    R("The council has cut supplies", HCC, "cut", "supplies", "nominal_anaphora",
      attr=["residents' groups", "groups", "residents"]),
    # 6
    R("we cannot afford firewood", CM, "afford", "firewood", "pronoun", neg=True, attr=CM),
    # 7
    R("it had opened treatment centres", HM, "open", ["treatment centres", "centres"], "pronoun", attr=HM,
      place=["Beatrice Road Infectious Diseases Hospital", "Budiriro", "sports ground"]),
    # 8
    R("it was sending 500,000 doses", WHO, "send", ["oral cholera vaccine", "cholera vaccine", "vaccine", "doses"],
      "pronoun", attr=WHO),
    R("would help the government vaccinate", WHO, "help", ["government", "Zimbabwean government"],
      "control pronoun conjunction", mod="would", attr=WHO),
    # 9
    R("the outbreak could reach 10,000 cases", OUT, "reach", "cases", "nominal_anaphora", mod="could", attr=WHOOFF),
    R("unless the city restored water supplies", HCC + ["Harare", "city"], "restore", ["water supplies", "supplies"],
      "nominal_anaphora", mod=["unless", "if"], attr=WHOOFF),
    # 10
    R("a cholera epidemic killed more than 4,000", ["cholera epidemic", "epidemic"], "kill", "Zimbabweans",
      date="years:2008-2009"),
    # 11
    R("the government had released emergency funds", GOV, "release", ["emergency funds", "funds"], attr=TMH),
    # 12
    R("He accused the city council", TMH, "accuse", HCC, "pronoun nominal_anaphora"),
    # 13
    R("rejected the accusation", FC, "reject", "accusation"),
    R("the council had not received any of the money", HCC, "receive", FUNDS, "nominal_anaphora", neg=True, attr=FC),
    # 14
    R("The ministry promised us the money", HM, "promise", FUNDS + [FC, "Harare City Council"], "nominal_anaphora pronoun",
      attr=FC, date="month:2026-01"),
    R("we are still waiting for it", [FC, "Harare City Council"], "wait for", FUNDS, "prepositional pronoun conjunction",
      attr=FC),
    # 15
    R("which also covers sports matches", "ban", "cover", "sports matches", "relative conjunction", attr="government"),
    R("which also covers sports matches", "ban", "cover", "concerts", "relative conjunction", attr="government"),
    # 16
    R("whose members often refuse medical treatment", ["members"] + CHURCH, "refuse",
      ["medical treatment", "treatment"], "relative"),
    R("they would not hold services", ["leaders"] + CHURCH, "hold", "services", "pronoun", neg=True, mod="would",
      attr=["leaders"] + CHURCH),
    # 17
    R("police dispersed about 200 worshippers", "police", "disperse", "worshippers", attr=SPOK, date="sat", place="Mbare"),
    # 18
    R("Officers arrested the preacher", ["officers", "police"], "arrest", "preacher", attr=SPOK),
    R("the preacher who had led the service", "preacher", "lead", SERVICE, "relative nominal_anaphora", attr=SPOK),
    R("after he refused to send the crowd home", "preacher", "refuse", CROWD, "control pronoun nominal_anaphora",
      attr=SPOK),
    R("after he refused to send the crowd home", "preacher", "send", CROWD, "control pronoun nominal_anaphora", neg=True,
      attr=SPOK),
    # 19
    R("Neighbouring South Africa and Zambia have stepped up", "South Africa", "step up", "screening",
      "prepositional conjunction"),
    R("Neighbouring South Africa and Zambia have stepped up", "Zambia", "step up", "screening",
      "prepositional conjunction"),
    R("it had confirmed two cases", ZHM, "confirm", "cases", "pronoun", attr=ZHM),
    R("truck drivers who had travelled from Harare", "truck drivers", "travel from", "Harare", "relative prepositional",
      attr=ZHM),
    # 20
    R("a cholera outbreak in Zambia killed", OUT, "kill", "people", date="year:2024"),
    R("forced the government to delay", OUT, "force", ["government", "Zambian government"], "control conjunction",
      date="year:2024"),
    R("forced the government to delay", ["government", "Zambian government"], "delay",
      ["reopening", "reopening of schools"], "control", date="year:2024"),
    # 21
    R("public hospitals lacked intravenous fluids", "public hospitals", "lack", ["intravenous fluids", "fluids"],
      attr=ZHDA),
    R("accused the government of ignoring its warnings", ZHDA, "accuse", GOV, "conjunction"),
    # 22
    R("blamed residents for ignoring hygiene advice", GOV, "blame", "residents", "conjunction"),
    # 23
    R("hundreds of vendors protested on Friday", "vendors", "protest against", ORDER, "prepositional", date="fri",
      place="Mbare Musika"),
    # 24
    R("who sells tomatoes and onions", MD, "sell", "tomatoes", "relative conjunction", place=["Mbare Musika", "market"]),
    R("who sells tomatoes and onions", MD, "sell", "onions", "relative conjunction", place=["Mbare Musika", "market"]),
    # 25
    R("The council later suspended the order", HCC, "suspend", ORDER, "nominal_anaphora"),
    R("it would fine vendors", HCC, "fine", "vendors", "pronoun", mod="would", attr=HCC),
    R("vendors who did not use the handwashing stations", "vendors", "use", ["handwashing stations", "stations"],
      "relative", neg=True, attr=HCC),
    R("it was installing at the market", HCC, "install", ["handwashing stations", "stations"], "relative pronoun",
      attr=HCC, place=["Mbare Musika", "market"]),
]

COREF = [
    C("Zimbabwe banned public gatherings", "the capital", "Harare", "nominal"),
    C("Health workers have recorded", "the ministry", "health ministry", "nominal"),
    C("Most of the victims lived in", "the victims", "people", "nominal"),
    C("which supplies water", "the city", "Harare", "nominal"),
    C("The council has cut supplies", "The council", "Harare City Council", "nominal"),
    C("we cannot afford firewood", "We", CM),
    C("we cannot afford firewood", "we", CM),
    C("we cannot afford firewood", "it", "water"),
    C("it had opened treatment centres", "The ministry", "health ministry", "nominal"),
    C("it had opened treatment centres", "it", "health ministry"),
    C("it was sending 500,000 doses", "it", "WHO"),
    C("the outbreak could reach 10,000 cases", "he", "WHO official"),
    C("the outbreak could reach 10,000 cases", "the outbreak", "cholera outbreak", "nominal"),
    C("unless the city restored water supplies", "the city", ["Harare City Council", "city council", "council", "Harare"],
      "nominal"),
    C("He accused the city council", "He", TMH),
    C("He accused the city council", "the city council", "Harare City Council", "nominal"),
    C("He accused the city council", "its", "Harare City Council"),
    C("the council had not received any of the money", "the council", "Harare City Council", "nominal"),
    C("the council had not received any of the money", "the money", "emergency funds", "nominal"),
    C("The ministry promised us the money", "The ministry", "health ministry", "nominal"),
    C("The ministry promised us the money", "us", [FC, "Harare City Council"]),
    C("The ministry promised us the money", "the money", "emergency funds", "nominal"),
    C("The ministry promised us the money", "we", [FC, "Harare City Council"]),
    C("The ministry promised us the money", "it", "emergency funds"),
    C("The ministry promised us the money", "he", FC),
    C("they would not hold services", "they", ["leaders", "Johane Masowe apostolic church"]),
    C("Officers arrested the preacher", "the service", "open-air service", "nominal"),
    C("Officers arrested the preacher", "he", "preacher"),
    C("Officers arrested the preacher", "the crowd", "worshippers", "nominal"),
    C("Officers arrested the preacher", "the spokesman", "police spokesman", "nominal"),
    C("it had confirmed two cases", "it", "Zambia's health ministry"),
    C("accused the government of ignoring its warnings", "its", "Zimbabwe Hospital Doctors Association"),
    C("blamed residents for ignoring hygiene advice", "the outbreak", "cholera outbreak", "nominal"),
    C("blamed residents for ignoring hygiene advice", "its", "government"),
    C("hundreds of vendors protested on Friday", "the country", "Zimbabwe", "nominal"),
    C("hundreds of vendors protested on Friday", "their", "vendors"),
    C("If we close for two weeks", "we", MD),
    C("If we close for two weeks", "our", MD),
    C("If we close for two weeks", "the market", "Mbare Musika", "nominal"),
    C("The council later suspended the order", "The council", "Harare City Council", "nominal"),
    C("The council later suspended the order", "the order", "council order", "nominal"),
    C("The council later suspended the order", "it", "Harare City Council"),
    C("The council later suspended the order", "it", "Harare City Council", occurrence=2),
    C("The council later suspended the order", "the market", "Mbare Musika", "nominal"),
]

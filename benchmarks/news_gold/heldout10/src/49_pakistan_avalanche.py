META = {"id": "news-gold-49", "date": "2026-07-09"}

TEXT = """
Avalanche hits climbers' camp on Pakistan's Nanga Parbat; two porters dead, three missing

ISLAMABAD, July 9 (Reuters) - An avalanche swept through a camp on Pakistan's Nanga Parbat mountain late on Tuesday, killing two Pakistani porters and burying the tents of a climbing expedition, officials said on Thursday.
Three other members of the expedition, a Polish climber and two Nepali guides, are missing, and rescuers fear they may have been swept into a crevasse.
The expedition, organised by the Skardu-based company Karakoram Summit Treks, had been waiting at Camp 2 for a break in the weather before attempting the summit.
"We heard a roar and then everything went white," said Imran Baig, a porter who sheltered behind a boulder.
"When we dug ourselves out, the tents had gone and two of my friends were dead," he told Reuters by satellite phone from the base camp.

On Wednesday, two Pakistan Army helicopters flew rescuers and equipment from Skardu to the base camp but were forced back by high winds and low cloud, the army's media wing, Inter-Services Public Relations (ISPR), said.
ISPR said the helicopters would attempt another flight on Thursday morning if the weather cleared.
A team of climbers from base camp, including two Polish mountaineers who had been preparing their own ascent, reached the edge of the debris on Wednesday afternoon and recovered the bodies of the porters, said Naveed Akhtar, secretary of the Alpine Club of Pakistan.
He said the climbers had not found any trace of the missing men and that the search would resume at first light.

Poland's foreign ministry named the missing climber as Tomasz Krawczyk, 38, from Krakow, and said its embassy in Islamabad had asked Pakistani authorities to keep searching.
Krawczyk, an experienced high-altitude climber, had climbed K2 and Broad Peak without bottled oxygen, according to the Polish Mountaineering Association.
The two Nepali guides worked for Himalayan Ascent Partners, a Kathmandu agency that supplies Sherpas to expeditions in Pakistan, the agency said in a statement.
Karakoram Summit Treks said all members of the expedition had been fully insured and that it had followed weather forecasts issued by the Pakistan Meteorological Department.
The company's owner, Ghulam Abbas, said he had spoken to the families of the dead porters and would pay for their funerals.
But a senior guide who has climbed Nanga Parbat four times told Reuters the company should have moved the team lower after heavy snowfall at the weekend.
He spoke on condition of anonymity because he works for a rival firm.

Nanga Parbat, at 8,126 metres the world's ninth-highest mountain, is known among climbers as the "Killer Mountain" because of its high death rate.
In June 2013, militants disguised as police officers stormed its base camp and shot dead 10 foreign climbers and a Pakistani guide.
The Pakistani Taliban claimed responsibility for the attack, which led to a sharp fall in foreign expeditions for several years.
Gilgit-Baltistan's government earns millions of dollars a year from climbing permits, and officials expect more than 1,500 foreign climbers and trekkers in the region.
Sajid Mehmood, a spokesman for the Gilgit-Baltistan government, said the region's disaster management authority had closed the route to Camp 2 and asked other expeditions on the mountain to descend.
He said climate change was making glaciers in the Karakoram and Himalayas less stable and that the government would review its safety rules for climbing teams.
The weather department has forecast more snow in the northern mountains until Saturday.

Krawczyk's sister, Agnieszka, told Polish broadcaster TVN24 that the family had not given up hope.
"Tomasz always said the mountains were his second home, and we believe he is strong enough to survive," she said.
"""

AV = ["avalanche"]
OFFS = ["officials"]
EXP = ["climbing expedition", "expedition", "team"]
MISSING = ["members", "Polish climber", "Nepali guides"]
KST = ["Karakoram Summit Treks", "company"]
IB = "Imran Baig"
HELI = ["Pakistan Army helicopters", "helicopters"]
ISPR = ["ISPR", "Inter-Services Public Relations", "army's media wing", "media wing"]
TEAM = ["climbers", "team"]
NA = "Naveed Akhtar"
PFM = ["Poland's foreign ministry", "Polish foreign ministry", "foreign ministry", "ministry"]
TK = ["Tomasz Krawczyk", "Polish climber", "climber"]
PZA = ["Polish Mountaineering Association"]
GUIDES = ["Nepali guides", "guides"]
HAP = ["Himalayan Ascent Partners", "agency"]
PMD = ["Pakistan Meteorological Department", "weather department", "department"]
GA = "Ghulam Abbas"
SG = ["senior guide", "guide"]
GBG = ["Gilgit-Baltistan government", "Gilgit-Baltistan's government", "government", "Gilgit-Baltistan"]
SM = "Sajid Mehmood"
GBDMA = ["disaster management authority", "Gilgit-Baltistan disaster management authority", "authority"]
AK = ["Agnieszka", "Agnieszka Krawczyk", "sister"]
NP = ["Nanga Parbat", "Nanga Parbat mountain"]

ALIASES = {
    "climbing expedition": ["expedition", "team"],
    "Karakoram Summit Treks": ["company"],
    "Pakistan Army": ["army"],
    "Pakistan Army helicopters": ["helicopters"],
    "Tomasz Krawczyk": ["Polish climber", "climber"],
    "Himalayan Ascent Partners": ["agency"],
    "Pakistan Meteorological Department": ["weather department", "department"],
    "Gilgit-Baltistan government": ["Gilgit-Baltistan's government", "government"],
    "Nanga Parbat": ["Nanga Parbat mountain", "mountain"],
    "Nepali guides": ["guides"],
    "Agnieszka": ["Agnieszka Krawczyk", "sister"],
    "climbers": ["team"],
}

RELS = [
    # headline
    R("Avalanche hits climbers' camp", AV, "hit", ["camp", "climbers' camp"], place=NP),
    # 1
    R("An avalanche swept through a camp", AV, "sweep through", "camp", "prepositional", attr=OFFS, date="tue", place=NP),
    R("killing two Pakistani porters", AV, "kill", ["porters", "Pakistani porters"], "participial", attr=OFFS, date="tue",
      place=NP),
    R("burying the tents of a climbing expedition", AV, "bury", "tents", "participial conjunction", attr=OFFS, date="tue",
      place=NP),
    # 3
    R("organised by the Skardu-based company", KST, "organise", EXP, "reduced_passive nominal_anaphora"),
    R("had been waiting at Camp 2", EXP, "wait for", "break", "prepositional nominal_anaphora", place="Camp 2"),
    R("before attempting the summit", EXP, "attempt", "summit", "participial nominal_anaphora"),
    # 4
    R("We heard a roar", IB, "hear", "roar", "pronoun", attr=IB),
    R("a porter who sheltered behind a boulder", IB, "shelter behind", "boulder", "relative prepositional apposition"),
    # 6
    R("two Pakistan Army helicopters flew rescuers", HELI, "fly", "rescuers", "conjunction", attr=ISPR, date="wed"),
    R("two Pakistan Army helicopters flew rescuers", HELI, "fly", "equipment", "conjunction", attr=ISPR, date="wed"),
    R("were forced back by high winds", ["high winds", "winds"], "force back", HELI, "passive prepositional conjunction",
      attr=ISPR, date="wed"),
    R("were forced back by high winds", ["low cloud", "cloud"], "force back", HELI, "passive prepositional conjunction",
      attr=ISPR, date="wed"),
    # 7
    R("the helicopters would attempt another flight", HELI, "attempt", "flight", "nominal_anaphora", mod=["would", "if"],
      attr=ISPR, date="thu"),
    # 8
    R("reached the edge of the debris", TEAM, "reach", ["edge", "debris", "edge of the debris"], attr=NA, date="wed"),
    R("recovered the bodies of the porters", TEAM, "recover", ["bodies", "porters"], "conjunction nominal_anaphora",
      attr=NA, date="wed"),
    R("who had been preparing their own ascent", ["Polish mountaineers", "mountaineers"], "prepare", "ascent", "relative",
      attr=NA),
    # 9
    R("the climbers had not found any trace", TEAM, "find", "trace", "nominal_anaphora", neg=True, attr=NA),
    # 10
    R("its embassy in Islamabad had asked", ["embassy", "Polish embassy"] + PFM, "ask",
      ["Pakistani authorities", "authorities"], "control pronoun", attr=PFM),
    # 11
    R("had climbed K2 and Broad Peak", TK, "climb", "K2", "conjunction apposition", attr=PZA),
    R("had climbed K2 and Broad Peak", TK, "climb", "Broad Peak", "conjunction apposition", attr=PZA),
    # 12
    R("The two Nepali guides worked for", GUIDES, "work for", HAP, "prepositional apposition nominal_anaphora", attr=HAP),
    R("a Kathmandu agency that supplies Sherpas", HAP, "supply", "Sherpas", "relative apposition", attr=HAP),
    # 13
    R("it had followed weather forecasts", KST, "follow", ["weather forecasts", "forecasts"], "pronoun", attr=KST),
    R("weather forecasts issued by the Pakistan Meteorological Department", PMD, "issue",
      ["weather forecasts", "forecasts"], "reduced_passive", attr=KST),
    # 14
    R("he had spoken to the families", GA, "speak to", "families", "prepositional pronoun", attr=GA),
    R("would pay for their funerals", GA, "pay for", "funerals", "prepositional pronoun conjunction", mod="would", attr=GA),
    # 15
    R("a senior guide who has climbed Nanga Parbat", SG, "climb", NP, "relative"),
    R("the company should have moved the team", KST, "move", EXP, "nominal_anaphora", mod="should", attr=SG),
    # 16
    R("he works for a rival firm", SG, "work for", ["rival firm", "firm"], "prepositional pronoun"),
    # 18
    R("stormed its base camp", "militants", "storm", "base camp", date="month:2013-06"),
    R("shot dead 10 foreign climbers", "militants", ["shoot", "shoot dead"], ["foreign climbers", "climbers"],
      "conjunction", date="month:2013-06"),
    R("shot dead 10 foreign climbers", "militants", ["shoot", "shoot dead"], ["Pakistani guide", "guide"],
      "conjunction", date="month:2013-06"),
    # 19
    R("The Pakistani Taliban claimed responsibility", "Pakistani Taliban", "claim", "responsibility"),
    R("which led to a sharp fall", "attack", "lead to", "fall", "relative prepositional"),
    # 20
    R("earns millions of dollars a year", GBG, "earn", ["dollars", "millions of dollars", "climbing permits"]),
    R("officials expect more than 1,500 foreign climbers", "officials", "expect", ["foreign climbers", "climbers"],
      "conjunction"),
    R("officials expect more than 1,500 foreign climbers", "officials", "expect", "trekkers", "conjunction"),
    # 21
    R("had closed the route to Camp 2", GBDMA, "close", "route", attr=SM),
    R("asked other expeditions on the mountain", GBDMA, "ask", "expeditions", "control conjunction", attr=SM),
    # 22
    R("the government would review its safety rules", GBG, "review", ["safety rules", "rules"], "nominal_anaphora",
      mod="would", attr=SM),
    # 23
    R("The weather department has forecast more snow", PMD, "forecast", "snow", "nominal_anaphora"),
    # 24
    R("the family had not given up hope", "family", "give up", "hope", "prepositional", neg=True, attr=AK),
]

COREF = [
    C("Three other members of the expedition", "the expedition", "climbing expedition", "nominal"),
    C("Three other members of the expedition", "they", "members"),
    C("The expedition, organised by", "The expedition", "climbing expedition", "nominal"),
    C("We heard a roar", "We", IB),
    C("When we dug ourselves out", "we", IB),
    C("When we dug ourselves out", "the tents", "tents", "nominal"),
    C("When we dug ourselves out", "my", IB),
    C("When we dug ourselves out", "he", IB),
    C("two Pakistan Army helicopters flew rescuers", "the army", "Pakistan Army", "nominal"),
    C("the helicopters would attempt another flight", "the helicopters", "Pakistan Army helicopters", "nominal"),
    C("who had been preparing their own ascent", "their", "Polish mountaineers"),
    C("recovered the bodies of the porters", "the porters", "porters", "nominal"),
    C("the climbers had not found any trace", "He", NA),
    C("the climbers had not found any trace", "the climbers", "climbers", "nominal"),
    C("the climbers had not found any trace", "the missing men", "members", "nominal"),
    C("its embassy in Islamabad had asked", "the missing climber", TK, "nominal"),
    C("its embassy in Islamabad had asked", "its", "Poland's foreign ministry"),
    C("The two Nepali guides worked for", "The two Nepali guides", "Nepali guides", "nominal"),
    C("The two Nepali guides worked for", "the agency", "Himalayan Ascent Partners", "nominal"),
    C("it had followed weather forecasts", "the expedition", "climbing expedition", "nominal"),
    C("it had followed weather forecasts", "it", "Karakoram Summit Treks"),
    C("he had spoken to the families", "The company", "Karakoram Summit Treks", "nominal"),
    C("he had spoken to the families", "he", GA),
    C("he had spoken to the families", "the dead porters", "porters", "nominal"),
    C("he had spoken to the families", "their", "porters"),
    C("the company should have moved the team", "the company", "Karakoram Summit Treks", "nominal"),
    C("the company should have moved the team", "the team", "climbing expedition", "nominal"),
    C("he works for a rival firm", "He", "senior guide"),
    C("he works for a rival firm", "he", "senior guide"),
    C("because of its high death rate", "its", "Nanga Parbat"),
    C("stormed its base camp", "its", "Nanga Parbat"),
    C("officials expect more than 1,500 foreign climbers", "the region", "Gilgit-Baltistan", "nominal"),
    C("had closed the route to Camp 2", "the region", "Gilgit-Baltistan", "nominal"),
    C("had closed the route to Camp 2", "the mountain", "Nanga Parbat", "nominal"),
    C("the government would review its safety rules", "He", SM),
    C("the government would review its safety rules", "the government", "Gilgit-Baltistan government", "nominal"),
    C("the government would review its safety rules", "its", "Gilgit-Baltistan government"),
    C("The weather department has forecast more snow", "The weather department", "Pakistan Meteorological Department",
      "nominal"),
    C("the mountains were his second home", "his", "Tomasz Krawczyk"),
    C("the mountains were his second home", "we", "Agnieszka"),
    C("the mountains were his second home", "he", "Tomasz Krawczyk"),
    C("the mountains were his second home", "she", "Agnieszka"),
]

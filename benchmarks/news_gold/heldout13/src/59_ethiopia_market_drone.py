META = {"id": "news-gold-59", "date": "2026-03-11"}

TEXT = """
Drone strike on Ethiopian market kills dozens of civilians; rebels blame army

BAHIR DAR, Ethiopia, March 11 (AFP) - A drone struck a crowded market in Ethiopia's Amhara region on Tuesday, killing at least 38 civilians, witnesses and local officials said.
The strike hit the weekly market in the town of Merawi, about 30 km south of the regional capital Bahir Dar, as hundreds of farmers and traders gathered to sell grain and livestock, they said.
Alemu Tesfaye, a grain trader who was wounded in the leg, said he heard the buzz of a drone moments before the first explosion tore through the cattle pens.

"People were running in every direction, carrying children and dragging the wounded under the stalls," he told AFP by phone from a hospital in Bahir Dar.
Minutes later, a second strike hit people who were helping the wounded, according to two witnesses and a health worker.
Yeshi Mekonnen, a nurse at the Merawi health centre, said staff had treated 64 people, 11 of them children, before sending the most serious cases to Bahir Dar.
"We ran out of bandages within an hour, and we are still short of blood," she said.

The Fano militia, which controls much of the countryside around Merawi, accused the Ethiopian National Defense Force (ENDF) of carrying out the attack.
"The regime is bombing its own people because it has lost the war on the ground," Fano spokesman Mesfin Ayalew said in a statement posted on Facebook.
The Government Communication Service rejected the accusation, saying the army had struck "a gathering of extremist fighters" near Merawi and that the militia was using civilians as human shields.
It did not say how many people had been killed.
Ethiopian officials have repeatedly denied targeting civilians in drone strikes.
The conflict has killed thousands of people in Amhara since August 2023, according to rights groups.

The Ethiopian Human Rights Commission (EHRC), a state-affiliated but independent body, called for an urgent investigation and urged both sides to stop using explosive weapons in populated areas.
The United Nations humanitarian office OCHA said it was "deeply alarmed" by the reports and that its partners had sent medical supplies to Merawi on Wednesday.
Medecins Sans Frontieres (MSF) said its surgical teams had performed 27 operations overnight at Felege Hiwot Referral Hospital in Bahir Dar.
The hospital had appealed for blood donors after its stocks ran low, the charity said.

Fano, a loose network of ethnic Amhara fighters, took up arms in 2023 after the federal government disbanded regional special forces.
The militia has since seized several towns and briefly entered Bahir Dar and Gondar, the two largest cities in the region.
Prime Minister Abiy Ahmed's government opened talks with some Fano commanders in January, but the largest factions refused to join them.
Army spokesman Getnet Adane did not respond to requests for comment from AFP on Wednesday.

In Merawi, shops stayed closed on Wednesday as families buried their dead in a mass funeral at the town's main church.
Residents said many farmers had stopped bringing their goods to market for fear of further strikes, and food prices in the town had doubled since Tuesday.
"Nobody is safe at the market now," said Workitu Alemayehu, a mother of five who sells coffee near the town's bus station.
She said she had lost her brother and two cousins in the strike and would not return to the market until the fighting ended.
"""

FANO = ["Fano", "Fano militia"]
ENDF = ["ENDF", "Ethiopian National Defense Force", "army"]
REGIME = ["regime", "government", "Ethiopian government", "federal government"]
GOV = ["government", "Ethiopian government", "federal government", "Abiy Ahmed's government"]
WIT = ["witnesses", "local officials", "officials"]
MARKET = ["market", "weekly market", "crowded market"]
AMHARA = ["Amhara", "Amhara region"]
AT = "Alemu Tesfaye"
YM = "Yeshi Mekonnen"
WA = "Workitu Alemayehu"
GCS = "Government Communication Service"
OCHA = ["OCHA", "United Nations humanitarian office", "UN humanitarian office"]
MSF = ["MSF", "Medecins Sans Frontieres"]
FH = ["Felege Hiwot Referral Hospital", "hospital"]

ALIASES = {
    "Fano": ["Fano militia"],
    "ENDF": ["Ethiopian National Defense Force", "army"],
    "Amhara": ["Amhara region"],
    "OCHA": ["United Nations humanitarian office", "UN humanitarian office"],
    "MSF": ["Medecins Sans Frontieres"],
    "Felege Hiwot Referral Hospital": ["hospital"],
}

RELS = [
    R("Drone strike on Ethiopian market kills", ["drone strike", "strike"], "kill", "civilians"),
    R("rebels blame army", ["rebels", "Fano", "Fano militia"], "blame", ENDF),
    R("A drone struck a crowded market", "drone", "strike", MARKET, attr=WIT, date="tue", place=AMHARA),
    R("killing at least 38 civilians", "drone", "kill", "civilians", "participial", attr=WIT, date="tue", place=AMHARA),
    R("The strike hit the weekly market", ["strike", "drone strike", "drone"], "hit", MARKET, attr=WIT, place="Merawi"),
    R("he heard the buzz of a drone", AT, "hear", ["buzz", "buzz of drone"], "pronoun", attr=AT),
    R("the first explosion tore through", ["explosion", "first explosion"], "tear through", ["cattle pens", "pens"], "prepositional", attr=AT),
    R("carrying children", "people", "carry", "children", "participial", attr=AT),
    R("dragging the wounded", "people", "drag", "wounded", "participial conjunction", attr=AT),
    R("a second strike hit people", ["strike", "second strike"], "hit", "people", attr=["witnesses", "health worker"]),
    R("people who were helping the wounded", "people", "help", "wounded", "relative", attr=["witnesses", "health worker"]),
    R("staff had treated 64 people", "staff", "treat", "people", attr=YM),
    R("before sending the most serious cases", "staff", "send", ["cases", "serious cases"], "participial", attr=YM),
    R("We ran out of bandages", [YM, "staff", "Merawi health centre", "health centre"], "run out of", "bandages", "prepositional pronoun", attr=YM),
    R("which controls much of the countryside", FANO, "control", "countryside", "relative"),
    R("accused the Ethiopian National Defense Force", FANO, "accuse", ENDF),
    R("The regime is bombing its own people", REGIME, "bomb", "people", attr="Mesfin Ayalew"),
    R("it has lost the war on the ground", REGIME, "lose", "war", "pronoun", attr="Mesfin Ayalew"),
    R("The Government Communication Service rejected", GCS, "reject", "accusation"),
    R("the army had struck", ENDF, "strike", ["gathering", "fighters", "extremist fighters"], "active nominal_anaphora", attr=GCS, place="Merawi"),
    R("the militia was using civilians", FANO, "use", "civilians", "active nominal_anaphora conjunction", attr=GCS),
    R("denied targeting civilians", ["Ethiopian officials", "officials", "government", "Ethiopian government"], "target", "civilians", "control",
      neg=True, attr=["Ethiopian officials", "officials"]),
    R("The conflict has killed thousands", "conflict", "kill", "people", attr=["rights groups", "groups"], place="Amhara"),
    R("called for an urgent investigation", ["EHRC", "Ethiopian Human Rights Commission"], "call for", ["investigation", "urgent investigation"],
      "prepositional apposition"),
    R("urged both sides to stop", ["EHRC", "Ethiopian Human Rights Commission"], "urge", ["sides", "both sides"], "control conjunction apposition"),
    R("its partners had sent medical supplies", ["partners"] + OCHA, "send", ["medical supplies", "supplies"], "pronoun", attr=OCHA, date="wed"),
    R("its surgical teams had performed 27 operations", ["surgical teams", "teams"] + MSF, "perform", "operations", "pronoun", attr=MSF,
      date="overnight", place=["Felege Hiwot Referral Hospital", "Bahir Dar"]),
    R("The hospital had appealed for blood donors", FH, "appeal for", ["blood donors", "donors"], "prepositional nominal_anaphora",
      attr=MSF + ["charity"]),
    R("took up arms in 2023", FANO, "take up", "arms", "apposition", date="year:2023"),
    R("the federal government disbanded", ["federal government", "government", "Ethiopian government"], "disband",
      ["regional special forces", "special forces", "forces"]),
    R("The militia has since seized several towns", FANO, "seize", "towns", "nominal_anaphora"),
    R("briefly entered Bahir Dar and Gondar", FANO, "enter", "Bahir Dar", "conjunction nominal_anaphora"),
    R("briefly entered Bahir Dar and Gondar", FANO, "enter", "Gondar", "conjunction nominal_anaphora apposition"),
    R("government opened talks with some Fano commanders", GOV, "open", "talks", date="month:2026-01"),
    R("the largest factions refused to join them", ["factions", "largest factions", "Fano factions"], "refuse", "talks", "control pronoun conjunction"),
    R("the largest factions refused to join them", ["factions", "largest factions", "Fano factions"], "join", "talks", "control pronoun conjunction",
      neg=True),
    R("did not respond to requests for comment", "Getnet Adane", "respond to", "requests", "prepositional", neg=True, date="wed"),
    R("as families buried their dead", "families", "bury", "dead", date="wed", place=["Merawi", "church", "main church"]),
    R("had stopped bringing their goods", "farmers", "bring", "goods", "control", neg=True, attr="residents"),
    R("who sells coffee near the town's bus station", WA, "sell", "coffee", "relative apposition", place=["bus station", "Merawi"]),
    R("she had lost her brother", WA, "lose", "brother", "pronoun", attr=WA),
    R("she had lost her brother", WA, "lose", "cousins", "pronoun conjunction", attr=WA),
    R("would not return to the market", WA, "return to", MARKET, "prepositional pronoun conjunction nominal_anaphora", neg=True, mod="would",
      attr=WA),
]

COREF = [
    C("gathered to sell grain and livestock, they said", "they", ["witnesses", "local officials"]),
    C("he heard the buzz of a drone", "he", AT),
    C("he told AFP by phone", "he", AT),
    C("11 of them children", "them", "people"),
    C("We ran out of bandages", "We", [YM, "staff", "Merawi health centre"]),
    C("We ran out of bandages", "we", [YM, "staff", "Merawi health centre"]),
    C("We ran out of bandages", "she", YM),
    C("The regime is bombing its own people", "its", REGIME),
    C("The regime is bombing its own people", "it", REGIME),
    C("the army had struck", "the army", "ENDF", "nominal"),
    C("the army had struck", "the militia", "Fano", "nominal"),
    C("It did not say how many", "It", GCS),
    C("its partners had sent medical supplies", "it", "OCHA"),
    C("its partners had sent medical supplies", "its", "OCHA"),
    C("its surgical teams had performed 27 operations", "its", "MSF"),
    C("The hospital had appealed for blood donors", "The hospital", "Felege Hiwot Referral Hospital", "nominal"),
    C("The hospital had appealed for blood donors", "its", "Felege Hiwot Referral Hospital"),
    C("The hospital had appealed for blood donors", "the charity", "MSF", "nominal"),
    C("The militia has since seized several towns", "The militia", "Fano", "nominal"),
    C("The militia has since seized several towns", "the region", "Amhara", "nominal"),
    C("the largest factions refused to join them", "them", "talks"),
    C("as families buried their dead", "their", "families"),
    C("as families buried their dead", "the town", "Merawi", "nominal"),
    C("had stopped bringing their goods", "their", "farmers"),
    C("had stopped bringing their goods", "the town", "Merawi", "nominal"),
    C("Nobody is safe at the market now", "the market", MARKET, "nominal"),
    C("who sells coffee near the town's bus station", "the town", "Merawi", "nominal"),
    C("she had lost her brother", "She", WA),
    C("she had lost her brother", "she", WA),
    C("she had lost her brother", "her", WA),
    C("would not return to the market", "the market", MARKET, "nominal"),
]

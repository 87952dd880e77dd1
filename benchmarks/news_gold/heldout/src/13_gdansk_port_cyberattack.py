META = {"id": "news-heldout-13", "date": "2026-09-08"}

TEXT = """
Hackers cripple Gdansk port systems, Poland blames Russia

GDANSK, Poland - A cyberattack shut down computer systems at the Polish port of Gdansk on Monday, halting the loading of ships for more than 12 hours, port authorities said.
Terminal operator Gdansk Container Hub (GCH) said hackers had encrypted data on its servers and demanded a ransom of $5 million in bitcoin.
The company said it had refused to pay the ransom and was restoring its systems from backups.
A group calling itself Cyber Legion 77 claimed responsibility for the attack on Telegram, saying it had targeted Gdansk because the port handles military supplies for Ukraine.
"We will publish the stolen files if they do not pay," the group wrote.
Deputy Prime Minister Tomasz Wrobel said the hackers were working for Russian military intelligence and had tried to disrupt NATO supply routes.
Moscow has denied carrying out cyberattacks on Poland and did not respond to a request for comment.
Poland, a main hub for Western military aid to Ukraine, has accused Russia of a string of sabotage attempts since 2024.

Port authorities said engineers had restored the loading cranes overnight, but more than 40 ships were still waiting to dock on Tuesday.
Danish shipping group Maersk said it would unload two vessels at the nearby port of Gdynia instead.
Staff processed some containers by hand, but the terminal was handling less than a third of normal traffic, port officials said.
Exporters of grain and coal warned that the delays may cost them millions of zlotys.

The investigation is being led by prosecutors in Gdansk, and the Internal Security Agency (ABW) is examining malware found on the company's servers.
The agency said the malware was similar to code used by the Sandworm hacking unit, which attacked Ukraine's power grid in 2015 and 2016.
It did not name any suspects.
The European Union's cybersecurity agency, ENISA, said it had offered to send experts to Gdansk.

Ransomware gangs have repeatedly hit ports in recent years.
In November 2023, an attack on DP World Australia forced the operator to close terminals in Sydney, Melbourne, Brisbane and Fremantle for three days.
Last year, hackers disabled booking systems at the port of Rotterdam, Europe's largest, for two days.
Poland's government said it would spend an extra 3 billion zlotys on cyber defence next year.
"""

ATTACK = ["cyberattack", "attack"]
GDANSK = ["Gdansk", "port of Gdansk"]
PA = ["port authorities", "authorities"]
GCH = ["GCH", "Gdansk Container Hub"]
CL = ["Cyber Legion 77", "group"]
HACKERS = ["hackers", "Cyber Legion 77"]
RU = ["Russia", "Moscow"]
TW = "Tomasz Wrobel"
ABW = ["ABW", "Internal Security Agency"]
SW = ["Sandworm", "Sandworm hacking unit", "hacking unit"]
DPW = ["DP World Australia", "DP World", "operator"]
PG = ["Polish government", "government", "Poland's government", "Poland"]

ALIASES = {
    "GCH": ["Gdansk Container Hub"],
    "ABW": ["Internal Security Agency"],
    "Gdansk": ["port of Gdansk"],
    "DP World Australia": ["DP World"],
    "hackers": ["Cyber Legion 77"],
    "Polish government": ["government", "Poland's government"],
}

RELS = [
    R("Hackers cripple Gdansk port systems", "hackers", "cripple", ["port systems", "Gdansk port systems", "systems"]),
    R("Poland blames Russia", "Poland", "blame", RU, "conjunction"),
    R("shut down computer systems", ATTACK, "shut down", ["computer systems", "systems"], attr=PA, date="mon", place=GDANSK),
    R("halting the loading of ships", ATTACK, "halt", ["loading", "loading of ships"], "participial", attr=PA, date="mon", place=GDANSK),
    R("had encrypted data", "hackers", "encrypt", "data", attr=GCH),
    R("demanded a ransom", "hackers", "demand", "ransom", "conjunction", attr=GCH),
    R("it had refused to pay the ransom", GCH, "refuse", "ransom", "control pronoun", attr=GCH),
    R("it had refused to pay the ransom", GCH, "pay", "ransom", "control pronoun", neg=True, attr=GCH),
    R("was restoring its systems", GCH, "restore", "systems", "conjunction pronoun", attr=GCH),
    R("claimed responsibility for the attack", CL, "claim", "responsibility"),
    R("it had targeted Gdansk", CL, "target", GDANSK, "pronoun", attr=CL),
    R("the port handles military supplies", GDANSK + ["port"], "handle", "military supplies", "nominal_anaphora", attr=CL),
    R("We will publish the stolen files", CL, "publish", ["stolen files", "files"], "pronoun", mod=["will", "if"], attr=CL),
    R("were working for Russian military intelligence", HACKERS, "work for", ["Russian military intelligence", "military intelligence"],
      "prepositional nominal_anaphora", attr=TW),
    R("had tried to disrupt NATO supply routes", HACKERS, "disrupt", ["NATO supply routes", "supply routes"],
      "control conjunction nominal_anaphora", mod="tried to", attr=TW),
    R("Moscow has denied carrying out", RU, "carry out", "cyberattacks", "control", neg=True, attr=RU),
    R("did not respond to a request", RU, "respond to", "request", "prepositional conjunction", neg=True),
    R("has accused Russia of a string", "Poland", "accuse", RU, "apposition"),
    R("engineers had restored the loading cranes", "engineers", "restore", ["loading cranes", "cranes"], attr=PA, date="overnight"),
    R("it would unload two vessels", "Maersk", "unload", "vessels", "pronoun", mod="would", attr="Maersk", place=["Gdynia", "port of Gdynia"]),
    R("Staff processed some containers", "staff", "process", "containers", attr="port officials"),
    R("the terminal was handling", ["terminal"] + GCH, "handle", "traffic", "conjunction nominal_anaphora", attr="port officials"),
    R("may cost them millions", "delays", "cost", ["exporters", "zlotys", "millions of zlotys"], "pronoun", mod="may", attr="exporters"),
    R("is being led by prosecutors", ["prosecutors", "Gdansk prosecutors"], "lead", "investigation", "passive"),
    R("is examining malware", ABW, "examine", "malware", "conjunction"),
    R("code used by the Sandworm hacking unit", SW, "use", "code", "reduced_passive", attr=ABW),
    R("which attacked Ukraine's power grid", SW, "attack", ["power grid", "Ukraine's power grid"], "relative", attr=ABW, date="years:2015-2016"),
    R("It did not name any suspects", ABW, "name", "suspects", "pronoun", neg=True),
    R("it had offered to send experts", "ENISA", "offer", "experts", "control pronoun", attr="ENISA"),
    R("it had offered to send experts", "ENISA", "send", "experts", "control pronoun", mod="offered to", attr="ENISA"),
    R("Ransomware gangs have repeatedly hit ports", ["ransomware gangs", "gangs"], "hit", "ports"),
    R("forced the operator to close", "attack", "force", DPW, "control nominal_anaphora", date="month:2023-11"),
    R("forced the operator to close", DPW, "close", "terminals", "control nominal_anaphora", date="month:2023-11"),
    R("hackers disabled booking systems", "hackers", "disable", ["booking systems", "systems"], date="year:2025", place=["Rotterdam", "port of Rotterdam"]),
    R("it would spend an extra 3 billion zlotys", PG, "spend", ["zlotys", "3 billion zlotys"], "pronoun", mod="would", attr=PG, date="year:2027"),
]

COREF = [
    C("had encrypted data on its servers", "its", "GCH"),
    C("it had refused to pay the ransom", "The company", "GCH", "nominal"),
    C("it had refused to pay the ransom", "it", "GCH"),
    C("was restoring its systems", "its", "GCH"),
    C("it had targeted Gdansk", "it", "Cyber Legion 77"),
    C("it had targeted Gdansk", "the port", "Gdansk", "nominal"),
    C("We will publish the stolen files", "they", "GCH"),
    C("We will publish the stolen files", "the group", "Cyber Legion 77", "nominal"),
    C("were working for Russian military intelligence", "the hackers", "hackers", "nominal"),
    C("it would unload two vessels", "it", "Maersk"),
    C("the terminal was handling", "the terminal", "GCH", "nominal"),
    C("may cost them millions", "them", "exporters"),
    C("malware found on the company's servers", "the company", "GCH", "nominal"),
    C("The agency said the malware", "The agency", "ABW", "nominal"),
    C("It did not name any suspects", "It", "ABW"),
    C("it had offered to send experts", "it", "ENISA"),
    C("forced the operator to close", "the operator", "DP World Australia", "nominal"),
    C("it would spend an extra 3 billion zlotys", "it", "Polish government"),
]

META = {"id": "news-gold-36", "date": "2026-05-08"}

TEXT = """
Ransomware attack cripples South African hospital chain

JOHANNESBURG, May 8 (Reuters) - A ransomware attack has knocked out computer systems at Highveld Health Group, one of South Africa's largest private hospital chains, forcing its 34 hospitals to divert ambulances and postpone planned surgery, the company said on Friday.
The group said it had detected the intrusion late on Wednesday.
It shut down its entire network on Thursday morning to contain the damage, chief executive Lindiwe Sithole told a news conference.
"We have not paid any ransom and we will not negotiate with criminals," Sithole said.

A hacking gang calling itself Karoo Spider claimed responsibility on its leak site on Thursday and said it had stolen 1.2 terabytes of patient records.
It threatened to publish the data next week unless the company paid $4 million in cryptocurrency.
A ransom note seen by Reuters demanded payment in bitcoin within five days.
Reuters could not independently verify the gang's claim.

On Thursday, Highveld's emergency units turned ambulances away and sent patients to state hospitals, paramedics said.
"We drove a stroke patient from hospital to hospital for two hours because staff could not open his records," Thabiso Ndlovu, a paramedic in Pretoria, told Reuters.
The health department said public hospitals in Gauteng province had absorbed more than 300 extra patients since Thursday.
It urged Highveld to restore its emergency services as quickly as possible and said it would send officials to monitor patient care at the group's hospitals.

South Africa's Information Regulator, which enforces the country's data protection law, said Highveld had notified it of the breach on Thursday and that it would open an investigation.
Under that law, companies that fail to protect personal information can be fined up to 10 million rand.
The regulator fined the Department of Justice 5 million rand in 2023 after hackers stole data from its servers.
Police said the Hawks, an elite crime-fighting unit, had taken over the investigation and were working with Highveld's forensic experts.
Hawks spokesman Themba Mkhize said the attackers may have entered the network through a software supplier's account.
He declined to name the supplier or say whether the gang was based in South Africa.

Highveld's shares fell 6.4% on the Johannesburg Stock Exchange on Friday, their biggest one-day drop since 2020.
The outage could cost the group about 40 million rand a day in lost revenue, according to analysts at Cape Town-based Fynbos Capital.
The attack is the most serious on South African infrastructure since hackers paralysed the ports operator Transnet in July 2021.
Highveld said on Friday that it had restored email and pharmacy systems at 12 of its hospitals and hoped to reopen all emergency units by Monday.
Patients whose operations were cancelled would be contacted by their doctors, it said.
Karabo Maseko, a member of parliament's health committee, said she would ask the committee to summon Sithole and the group's board.
The committee will question officials from the Information Regulator and the health department on Tuesday, its chairman said.
"""

HHG = "Highveld Health Group"
HHG_L = ["Highveld Health Group", "Highveld"]
LS = "Lindiwe Sithole"
KS = "Karoo Spider"
HD = ["health department", "department"]
IR = ["Information Regulator", "regulator"]
COMMITTEE = ["health committee", "parliament's health committee", "committee"]

ALIASES = {
    "Highveld Health Group": ["Highveld"],
    "Information Regulator": ["regulator"],
    "health department": ["department"],
    "health committee": ["parliament's health committee", "committee"],
    "patient records": ["records", "data"],
}

RELS = [
    # headline
    R("Ransomware attack cripples", ["ransomware attack", "attack"], "cripple",
      ["South African hospital chain", "hospital chain", "Highveld Health Group"]),
    # dateline sentence
    R("has knocked out computer systems", ["ransomware attack", "attack"], "knock out", ["computer systems", "systems"],
      "prepositional", attr=HHG_L),
    R("forcing its 34 hospitals", ["ransomware attack", "attack"], "force", "hospitals", "participial control pronoun",
      attr=HHG_L),
    R("to divert ambulances", "hospitals", "divert", "ambulances", "participial control pronoun", attr=HHG_L),
    R("postpone planned surgery", "hospitals", "postpone", ["planned surgery", "surgery"],
      "participial control pronoun conjunction", attr=HHG_L),
    R("it had detected the intrusion", HHG_L, "detect", "intrusion", "pronoun", attr=HHG_L,
      date="wed"),
    R("It shut down its entire network", HHG_L, "shut down", "network", "prepositional pronoun", attr=LS,
      date="thu"),
    R("We have not paid any ransom", [LS, HHG], "pay", "ransom", "pronoun", neg=True, attr=LS),
    R("we will not negotiate with criminals", [LS, HHG], "negotiate with", "criminals",
      "prepositional pronoun conjunction", neg=True, mod="will", attr=LS),
    R("claimed responsibility on its leak site", KS, "claim", "responsibility", date="thu"),
    R("it had stolen 1.2 terabytes", KS, "steal", ["patient records", "records"], "pronoun conjunction", attr=KS),
    R("It threatened to publish the data", KS, "threaten", ["data", "patient records"], "control pronoun"),
    R("It threatened to publish the data", KS, "publish", ["data", "patient records"], "control pronoun",
      mod="threatened to", date="week:2026-05-11"),
    R("unless the company paid $4 million", HHG_L, "pay", "$4 million", "nominal_anaphora", mod=["unless", "if"]),
    R("A ransom note seen by Reuters", "Reuters", "see", ["ransom note", "note"], "reduced_passive"),
    R("demanded payment in bitcoin", ["ransom note", "note"], "demand", "payment"),
    R("Reuters could not independently verify", "Reuters", "verify", "claim", neg=True),
    R("emergency units turned ambulances away", ["emergency units", "Highveld's emergency units"], "turn away",
      "ambulances", "prepositional", attr="paramedics", date="thu"),
    R("sent patients to state hospitals", ["emergency units", "Highveld's emergency units"], "send", "patients",
      "conjunction", attr="paramedics", date="thu"),
    R("We drove a stroke patient", "Thabiso Ndlovu", "drive", ["stroke patient", "patient"], "pronoun",
      attr="Thabiso Ndlovu"),
    R("staff could not open his records", "staff", "open", "records", neg=True, attr="Thabiso Ndlovu"),
    R("public hospitals in Gauteng province had absorbed", "public hospitals", "absorb", "patients", attr=HD),
    R("It urged Highveld to restore", HD, "urge", HHG_L, "control pronoun"),
    R("it would send officials", HD, "send", "officials", "pronoun conjunction", mod="would", attr=HD),
    R("which enforces the country's data protection law", IR, "enforce", ["data protection law", "law"],
      "relative"),
    R("Highveld had notified it", HHG_L, "notify", IR, "pronoun", attr=IR, date="thu"),
    R("that it would open an investigation", IR, "open", "investigation", "pronoun conjunction", mod="would",
      attr=IR),
    R("companies that fail to protect", "companies", "protect", ["personal information", "information"],
      "relative control", neg=True),
    R("The regulator fined the Department of Justice", IR, "fine", ["Department of Justice", "5 million rand"],
      "nominal_anaphora", date="year:2023"),
    R("after hackers stole data", "hackers", "steal", "data"),
    R("had taken over the investigation", ["Hawks", "elite crime-fighting unit"], "take over", "investigation",
      "prepositional apposition", attr="police"),
    R("were working with Highveld's forensic experts", ["Hawks", "elite crime-fighting unit"], "work with",
      ["forensic experts", "Highveld's forensic experts"], "prepositional conjunction apposition", attr="police"),
    R("the attackers may have entered", ["attackers", KS], "enter", "network", "nominal_anaphora", mod="may",
      attr="Themba Mkhize"),
    R("He declined to name the supplier", "Themba Mkhize", "name", "supplier", "control pronoun", neg=True),
    R("The outage could cost the group", "outage", "cost", [HHG, "Highveld", "40 million rand"], "nominal_anaphora",
      mod="could", attr=["analysts", "Fynbos Capital"]),
    R("since hackers paralysed the ports operator Transnet", "hackers", "paralyse", "Transnet", "active",
      date="month:2021-07"),
    R("it had restored email and pharmacy systems", HHG_L, "restore",
      ["email and pharmacy systems", "email systems", "pharmacy systems", "systems"], "pronoun", attr=HHG_L),
    R("hoped to reopen all emergency units", HHG_L, "reopen", "emergency units", "control pronoun conjunction",
      mod="hoped to", attr=HHG_L),
    R("would be contacted by their doctors", "doctors", "contact", "patients", "passive pronoun", mod="would",
      attr=HHG_L),
    R("she would ask the committee", "Karabo Maseko", "ask", COMMITTEE, "control pronoun nominal_anaphora",
      mod="would", attr="Karabo Maseko"),
    R("The committee will question officials", COMMITTEE, "question", "officials", "nominal_anaphora", mod="will",
      attr="chairman", date="2026-05-12"),
]

COREF = [
    C("forcing its 34 hospitals", "its", HHG),
    C("forcing its 34 hospitals", "the company", HHG, "nominal"),
    C("The group said it had detected", "The group", HHG, "nominal"),
    C("The group said it had detected", "it", HHG),
    C("It shut down its entire network", "It", HHG),
    C("It shut down its entire network", "its", HHG),
    C("We have not paid any ransom", "We", [LS, HHG]),
    C("We have not paid any ransom", "we", [LS, HHG]),
    C("claimed responsibility on its leak site", "its", KS),
    C("claimed responsibility on its leak site", "it", KS),
    C("It threatened to publish the data", "It", KS),
    C("It threatened to publish the data", "the data", "patient records", "nominal"),
    C("It threatened to publish the data", "the company", HHG, "nominal"),
    C("Reuters could not independently verify", "the gang", KS, "nominal"),
    C("We drove a stroke patient", "We", "Thabiso Ndlovu"),
    C("We drove a stroke patient", "his", ["stroke patient", "patient"]),
    C("It urged Highveld to restore", "It", "health department"),
    C("It urged Highveld to restore", "its", HHG),
    C("It urged Highveld to restore", "it", "health department"),
    C("It urged Highveld to restore", "the group", HHG, "nominal"),
    C("which enforces the country's data protection law", "the country", "South Africa", "nominal"),
    C("Highveld had notified it", "it", "Information Regulator", "pronoun", 1),
    C("Highveld had notified it", "it", "Information Regulator", "pronoun", 2),
    C("Under that law", "that law", ["data protection law", "law"], "nominal"),
    C("The regulator fined the Department of Justice", "The regulator", "Information Regulator", "nominal"),
    C("The regulator fined the Department of Justice", "its", "Department of Justice"),
    C("He declined to name the supplier", "He", "Themba Mkhize"),
    C("He declined to name the supplier", "the gang", KS, "nominal"),
    C("their biggest one-day drop", "their", ["shares", "Highveld's shares"]),
    C("The outage could cost the group", "the group", HHG, "nominal"),
    C("The attack is the most serious", "The attack", ["ransomware attack", "attack"], "nominal"),
    C("it had restored email and pharmacy systems", "it", HHG),
    C("it had restored email and pharmacy systems", "its", HHG),
    C("would be contacted by their doctors", "their", "patients"),
    C("would be contacted by their doctors", "it", HHG),
    C("she would ask the committee", "she", "Karabo Maseko"),
    C("she would ask the committee", "the committee", "health committee", "nominal"),
    C("she would ask the committee", "the group", HHG, "nominal"),
    C("The committee will question officials", "The committee", "health committee", "nominal"),
    C("The committee will question officials", "its", "health committee"),
]

META = {"id": "news-gold-23", "date": "2026-03-04"}

TEXT = """
Dockworkers strike halts container traffic at Rotterdam port

ROTTERDAM, Netherlands - Thousands of dockworkers walked off the job at the port of Rotterdam on Tuesday, halting container traffic at Europe's busiest port and stranding dozens of ships in the North Sea.
The strike was called by the FNV Havens union after talks with terminal operators collapsed over automation and pay.
The union said about 4,500 workers had joined the walkout and that pickets blocked the gates of the Maasvlakte terminals.
"We have waited two years for a fair offer, and the employers have never put one on the table," said union negotiator Pieter Vandenberg.
He said the workers would stay out until the operators withdrew plans to replace crane drivers with remote-controlled systems.

Rijnmond Container Terminals (RCT), which operates three of the port's largest berths, said the strike had cost it more than 20 million euros in lost business.
The company accused the union of holding the port hostage and said it had offered a 6 percent wage rise over two years.
RCT chief executive Marleen de Graaf told Reuters that the operator did not plan to cut jobs.
"Nobody will be fired because of the new cranes," she said.
The union rejected the offer last week, calling it an insult to its members.

Shipping lines diverted vessels to Antwerp, Hamburg and Bremerhaven, according to port authority data.
Danish carrier Maersk said it had rerouted 14 ships, and it warned customers of delays of up to a week.
Economy Minister Ruben Hoekstra urged both sides to return to talks and said the government could appoint a mediator.
He did not rule out emergency legislation, but said the cabinet would not intervene this week.
Farmers and supermarkets near Rotterdam have reported shortages of fertiliser and imported fruit.

Overnight, police removed protesters from a gate near the Europoort terminal, a police spokeswoman said.
Eleven people were detained and later released, she said.
The port, which handled 436 million tonnes of cargo in 2025, was last shut by a strike in 2002.
Dockworkers in Antwerp have refused to unload ships diverted from Rotterdam, the Belgian union ACV said.
The employers' association Deltalinqs, which represents the port's companies, said it may seek a court order against the pickets.
The employers lost a similar case in The Hague in 2019.
The union has threatened to extend the strike to the port of Amsterdam if the court rules against it.
"""

FNV = ["FNV Havens", "FNV Havens union", "union"]
RCT = ["RCT", "Rijnmond Container Terminals"]
PORT = ["Rotterdam", "port of Rotterdam", "Rotterdam port"]
PV = "Pieter Vandenberg"
MG = "Marleen de Graaf"
RH = "Ruben Hoekstra"
SPOX = ["police spokeswoman", "spokeswoman"]

ALIASES = {"RCT": ["Rijnmond Container Terminals"], "FNV Havens": ["FNV Havens union"],
           "port of Rotterdam": ["Rotterdam", "Rotterdam port", "port"], "police spokeswoman": ["spokeswoman"]}

RELS = [
    R("Dockworkers strike halts container traffic", ["dockworkers strike", "strike"], "halt", "container traffic", place=PORT),
    R("Thousands of dockworkers walked off the job", "dockworkers", "walk off", "job", "prepositional", date="tue", place=PORT),
    R("halting container traffic", "dockworkers", "halt", "container traffic", "participial", date="tue", place=PORT),
    R("stranding dozens of ships", "dockworkers", "strand", "ships", "participial conjunction", date="tue", place="North Sea"),
    R("The strike was called by the FNV Havens union", FNV, "call", "strike", "passive"),
    R("workers had joined the walkout", "workers", "join", "walkout", attr="FNV Havens"),
    R("pickets blocked the gates", "pickets", "block", ["gates", "Maasvlakte terminals"], "conjunction", attr="FNV Havens"),
    R("We have waited two years for a fair offer", [PV, "FNV Havens"], "wait for", "offer", "prepositional pronoun", attr=PV),
    R("the employers have never put one on the table", "employers", ["put", "put on"], "offer", "conjunction", neg=True, attr=PV),
    R("the operators withdrew plans", "operators", "withdraw", "plans", attr=PV),
    R("plans to replace crane drivers", "operators", "replace", "crane drivers", "control", mod=["plans to", "plan to"], attr=PV),
    R("which operates three of the port's largest berths", RCT, "operate", "berths", "relative"),
    R("the strike had cost it", "strike", "cost", RCT, "pronoun", attr="RCT"),
    R("The company accused the union", RCT, "accuse", FNV, "nominal_anaphora"),
    R("it had offered a 6 percent wage rise", RCT, "offer", "wage rise", "pronoun conjunction", attr="RCT"),
    R("the operator did not plan to cut jobs", RCT, "cut", "jobs", "control nominal_anaphora", neg=True, mod="plan to", attr=MG),
    R("The union rejected the offer last week", FNV, "reject", ["wage rise", "offer"], "nominal_anaphora", date="week:2026-02-23"),
    R("Shipping lines diverted vessels", "shipping lines", "divert", "vessels", attr=["port authority data", "data"]),
    R("it had rerouted 14 ships", "Maersk", "reroute", "ships", "pronoun", attr="Maersk"),
    R("it warned customers of delays", "Maersk", "warn", "customers", "pronoun conjunction"),
    R("urged both sides to return to talks", RH, "urge", "sides", "control"),
    R("the government could appoint a mediator", "government", "appoint", "mediator", "conjunction", mod="could", attr=RH),
    R("He did not rule out emergency legislation", RH, "rule out", "emergency legislation", "pronoun", neg=True),
    R("Farmers and supermarkets near Rotterdam have reported", "farmers", "report", "shortages", "conjunction"),
    R("supermarkets near Rotterdam have reported shortages", "supermarkets", "report", "shortages", "conjunction"),
    R("police removed protesters from a gate", "police", "remove", "protesters", date="overnight", attr=SPOX, place=["Europoort", "Europoort terminal"]),
    R("which handled 436 million tonnes of cargo", PORT, "handle", "cargo", "relative nominal_anaphora", date="year:2025"),
    R("was last shut by a strike in 2002", "strike", "shut", PORT, "passive nominal_anaphora", date="year:2002"),
    R("have refused to unload ships", "dockworkers", "refuse", "ships", "control", attr="ACV"),
    R("have refused to unload ships", "dockworkers", "unload", "ships", "control", neg=True, attr="ACV"),
    R("which represents the port's companies", "Deltalinqs", "represent", "companies", "relative"),
    R("it may seek a court order", "Deltalinqs", "seek", "court order", "pronoun", mod="may", attr="Deltalinqs"),
    R("The employers lost a similar case", "employers", "lose", "case", date="year:2019", place="The Hague"),
    R("The union has threatened to extend the strike", FNV, "threaten", "strike", "control nominal_anaphora"),
    R("The union has threatened to extend the strike", FNV, "extend", "strike", "control nominal_anaphora", mod=["threatened to", "if"]),
    R("the court rules against it", "court", "rule against", FNV, "prepositional pronoun", mod="if"),
]

COREF = [
    C("He said the workers would stay out", "He", PV),
    C("which operates three of the port's largest berths", "the port", "port of Rotterdam", "nominal"),
    C("the strike had cost it", "it", "RCT"),
    C("The company accused the union", "The company", "RCT", "nominal"),
    C("The company accused the union", "the union", "FNV Havens", "nominal"),
    C("The company accused the union", "the port", "port of Rotterdam", "nominal"),
    C("it had offered a 6 percent wage rise", "it", "RCT"),
    C("the operator did not plan to cut jobs", "the operator", "RCT", "nominal"),
    C("Nobody will be fired", "she", MG),
    C("The union rejected the offer last week", "The union", "FNV Havens", "nominal"),
    C("The union rejected the offer last week", "the offer", ["wage rise", "offer"], "nominal"),
    C("The union rejected the offer last week", "it", ["wage rise", "offer"]),
    C("The union rejected the offer last week", "its", "FNV Havens"),
    C("it had rerouted 14 ships", "it", "Maersk", "pronoun", 1),
    C("it had rerouted 14 ships", "it", "Maersk", "pronoun", 2),
    C("He did not rule out emergency legislation", "He", RH),
    C("Eleven people were detained", "she", "police spokeswoman"),
    C("which handled 436 million tonnes of cargo", "The port", "port of Rotterdam", "nominal"),
    C("which represents the port's companies", "the port", "port of Rotterdam", "nominal"),
    C("it may seek a court order", "it", "Deltalinqs"),
    C("The union has threatened to extend the strike", "The union", "FNV Havens", "nominal"),
    C("The union has threatened to extend the strike", "it", "FNV Havens"),
]

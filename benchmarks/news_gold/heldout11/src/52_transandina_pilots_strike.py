META = {"id": "news-gold-52", "date": "2026-06-08"}

TEXT = """
Pilots' strike grounds Colombia's Transandina, strands travellers

BOGOTA, June 8 (Reuters) - Pilots at Colombia's state-owned airline Transandina walked off the job on Monday in a dispute over pay and rest hours, forcing the carrier to cancel more than 400 flights and stranding tens of thousands of passengers at the start of a holiday week.
The strike, called by the Asociacion de Pilotos de Transandina (APT), is the first by the airline's pilots since 2019.
Transandina said it had cancelled 412 domestic and international flights on Monday and expected to cancel at least as many on Tuesday if the walkout continued.
The company said about 38,000 passengers had been affected and that it was offering them refunds or free rebooking.

At Bogota's El Dorado airport, hundreds of travellers crowded around ticket counters on Monday morning while police blocked the entrance to the departures hall.
"We have been here since six in the morning and the airline has not given us any information," said Marta Liliana Pineda, a 61-year-old retired teacher travelling to Cartagena with her grandchildren.

The airline's chief executive, Andres Felipe Rojas, told a news conference that the pilots' demands were "unaffordable" and accused the union of holding passengers hostage.
He said the company had offered a 9 percent raise, above inflation of 5.1 percent, and would not return to talks while the strike lasted.
The APT is demanding a 22 percent increase and new limits on flying hours.
Its president, Captain Diego Arbelaez, said pilots had been flying up to 95 hours a month because the airline had failed to hire enough crews.
"Fatigue is a safety risk, and management has ignored our warnings for two years," Arbelaez said.

Transport Minister Gloria Esperanza Mejia said late on Monday that the government would ask the Labour Ministry to declare the strike illegal, because air transport is classed as an essential public service in Colombia.
A ruling against the pilots could allow Transandina to dismiss those who refuse to return to work, she said.
The union said it would challenge any such ruling in court.

Transandina, which received a 1.2 trillion peso ($290 million) bailout from the state in 2021, lost 340 billion pesos last year.
The strike is costing the airline about 18 billion pesos a day, according to an estimate by Bogota brokerage Valora Capital.
Analysts said a long stoppage could push the carrier to seek another bailout and would hand market share to its private low-cost rival SkyAndes.
Tour operators in Cartagena and Santa Marta said dozens of tourists had already cancelled hotel bookings for the holiday weekend.
SkyAndes said it had added 30 flights on its busiest domestic routes to carry stranded Transandina passengers.
Colombia's civil aviation authority, Aerocivil, said it had authorised the low-cost carrier to operate the extra flights and would extend the permission until Friday.
Colombia's presidency urged both sides on Monday to return to talks, saying it would not allow a "small group" to ruin the holidays of millions of Colombians.

The APT last went on strike in 2019, when a six-day walkout cost the airline an estimated 95 billion pesos.
That strike ended after the government agreed to pay pilots a one-off bonus.
Arbelaez said on Monday that his members were ready to meet management "at any moment" but would not return to work without a written offer.
The company has advised passengers to check the status of their flights on its website before travelling to airports.
"""

TA = "Transandina"
TAX = ["Transandina", "airline", "carrier"]
PIL = ["pilots", "Transandina pilots"]
APT = ["APT", "Asociacion de Pilotos de Transandina"]
MLP = "Marta Liliana Pineda"
AFR = "Andres Felipe Rojas"
DA = "Diego Arbelaez"
GEM = "Gloria Esperanza Mejia"
GOV = ["government", "Colombian government", "Colombia"]
EDA = ["El Dorado airport", "El Dorado", "Bogota"]
AC = ["Aerocivil", "civil aviation authority"]
PRES = ["presidency", "Colombia's presidency", "Colombian presidency"]
SA = "SkyAndes"

ALIASES = {
    "APT": ["Asociacion de Pilotos de Transandina"],
    "pilots": ["Transandina pilots"],
    "Aerocivil": ["civil aviation authority"],
    "presidency": ["Colombia's presidency", "Colombian presidency"],
    "walkout": ["six-day walkout", "strike"],
}

RELS = [
    R("Pilots' strike grounds", ["strike", "pilots' strike", "pilots"], "ground", TA),
    R("strands travellers", ["strike", "pilots' strike", "pilots"], "strand", "travellers", "conjunction"),
    R("walked off the job on Monday", PIL, ["walk off", "walk off the job"], "job", "prepositional", date="mon"),
    R("forcing the carrier to cancel", PIL, "force", TAX, "participial control nominal_anaphora", date="mon"),
    R("forcing the carrier to cancel", TAX, "cancel", "flights", "participial control nominal_anaphora", date="mon"),
    R("stranding tens of thousands of passengers", PIL, "strand", "passengers", "participial conjunction", date="mon"),
    R("called by the Asociacion de Pilotos", APT, "call", "strike", "reduced_passive"),
    R("it had cancelled 412 domestic", TA, "cancel", ["domestic and international flights", "flights", "international flights", "domestic flights"],
      "pronoun", attr=TA, date="mon"),
    R("expected to cancel at least as many", TA, "cancel", "flights", "control pronoun conjunction", mod=["expected to", "if"], attr=TA,
      date="2026-06-09"),
    R("it was offering them refunds", TA, "offer", ["refunds", "passengers"], "pronoun", attr=TAX),
    R("it was offering them refunds", TA, "offer", ["free rebooking", "rebooking", "passengers"], "pronoun conjunction", attr=TAX),
    R("travellers crowded around ticket counters", "travellers", "crowd around", ["ticket counters", "counters"], "prepositional",
      date="mon", place=EDA),
    R("police blocked the entrance", "police", "block", "entrance", date="mon", place=EDA),
    R("the airline has not given us any information", TAX, "give", ["information", MLP, "grandchildren"],
      "nominal_anaphora pronoun conjunction", neg=True, attr=MLP),
    R("travelling to Cartagena with her grandchildren", MLP, "travel to", "Cartagena", "participial prepositional apposition"),
    R("accused the union of holding passengers hostage", AFR, "accuse", APT, "conjunction nominal_anaphora apposition"),
    R("the company had offered a 9 percent raise", TAX, "offer", "raise", "nominal_anaphora", attr=AFR),
    R("would not return to talks while", TAX, "return to", "talks", "prepositional nominal_anaphora conjunction", neg=True, mod="would", attr=AFR),
    R("The APT is demanding", APT, "demand", "increase"),
    R("The APT is demanding", APT, "demand", ["limits", "new limits"], "conjunction"),
    R("the airline had failed to hire enough crews", TAX, "hire", "crews", "control nominal_anaphora", neg=True, attr=DA),
    R("management has ignored our warnings", ["management", "Transandina management", "Transandina"], "ignore", "warnings", "conjunction", attr=DA),
    R("the government would ask the Labour Ministry", GOV, "ask", "Labour Ministry", "control", mod="would", attr=GEM),
    R("A ruling against the pilots could allow", "ruling", "allow", TA, "control", mod="could", attr=GEM),
    R("those who refuse to return to work", PIL + ["those"], "refuse", "work", "relative control pronoun", attr=GEM),
    R("those who refuse to return to work", PIL + ["those"], "return to", "work", "relative control pronoun prepositional", neg=True, attr=GEM),
    R("it would challenge any such ruling", APT, "challenge", "ruling", "pronoun", mod="would", attr=APT),
    R("which received a 1.2 trillion peso", TA, ["receive", "receive from"], ["bailout", "state"], "relative", date="year:2021"),
    R("lost 340 billion pesos last year", TA, "lose", "pesos", date="year:2025"),
    R("The strike is costing the airline", "strike", "cost", TAX + ["pesos"], "nominal_anaphora", attr=["estimate", "Valora Capital"]),
    R("could push the carrier to seek", ["stoppage", "long stoppage"], "push", TAX, "control nominal_anaphora", mod="could", attr="analysts"),
    R("would hand market share", ["stoppage", "long stoppage"], ["hand", "hand to"], ["market share", SA, "rival", "low-cost rival"],
      "conjunction", mod="would", attr="analysts"),
    R("tourists had already cancelled hotel bookings", "tourists", "cancel", ["hotel bookings", "bookings"], attr=["tour operators", "operators"]),
    R("it had added 30 flights", SA, "add", "flights", "pronoun", attr=SA),
    R("it had authorised the low-cost carrier", AC, "authorise", SA, "control pronoun nominal_anaphora", attr=AC),
    R("would extend the permission", AC, "extend", "permission", "pronoun conjunction", mod="would", attr=AC),
    R("urged both sides on Monday", PRES, "urge", "sides", "control", date="mon"),
    R("saying it would not allow", PRES, "allow", "group", "active pronoun", neg=True, mod="would", attr=PRES),
    R("The APT last went on strike", APT, ["go on", "go on strike"], "strike", "prepositional", date="year:2019"),
    R("when a six-day walkout cost the airline", ["walkout", "six-day walkout"], "cost", TAX + ["pesos"], "relative nominal_anaphora", date="year:2019"),
    R("the government agreed to pay pilots", GOV, "agree", ["bonus", "one-off bonus", "pilots"], "control"),
    R("the government agreed to pay pilots", GOV, "pay", ["bonus", "one-off bonus", "pilots"], "control", mod="agreed to"),
    R("his members were ready to meet management", ["members", "APT"], "meet", ["management", "Transandina management", "Transandina"],
      "control pronoun", mod="ready to", attr=DA),
    R("would not return to work without", ["members", "APT"], "return to", "work", "prepositional pronoun conjunction", neg=True, mod="would", attr=DA),
    R("has advised passengers to check", TAX, "advise", "passengers", "control nominal_anaphora"),
]

COREF = [
    C("forcing the carrier to cancel", "the carrier", TA, "nominal"),
    C("called by the Asociacion de Pilotos", "the airline", TA, "nominal"),
    C("it had cancelled 412 domestic", "it", TA),
    C("it was offering them refunds", "The company", TA, "nominal"),
    C("it was offering them refunds", "it", TA),
    C("it was offering them refunds", "them", "passengers"),
    C("the airline has not given us any information", "We", [MLP, "grandchildren"]),
    C("the airline has not given us any information", "the airline", TA, "nominal"),
    C("the airline has not given us any information", "us", [MLP, "grandchildren"]),
    C("the airline has not given us any information", "her", MLP),
    C("accused the union of holding passengers hostage", "The airline", TA, "nominal"),
    C("accused the union of holding passengers hostage", "the pilots", "pilots", "nominal"),
    C("accused the union of holding passengers hostage", "the union", "APT", "nominal"),
    C("the company had offered a 9 percent raise", "He", AFR),
    C("the company had offered a 9 percent raise", "the company", TA, "nominal"),
    C("the airline had failed to hire enough crews", "Its", "APT"),
    C("the airline had failed to hire enough crews", "the airline", TA, "nominal"),
    C("management has ignored our warnings", "our", [DA, "APT"]),
    C("A ruling against the pilots could allow", "the pilots", "pilots", "nominal"),
    C("A ruling against the pilots could allow", "those", "pilots"),
    C("A ruling against the pilots could allow", "she", GEM),
    C("it would challenge any such ruling", "The union", "APT", "nominal"),
    C("it would challenge any such ruling", "it", "APT"),
    C("The strike is costing the airline", "the airline", TA, "nominal"),
    C("could push the carrier to seek", "the carrier", TA, "nominal"),
    C("could push the carrier to seek", "its", TA),
    C("it had added 30 flights", "it", SA),
    C("it had added 30 flights", "its", SA),
    C("it had authorised the low-cost carrier", "it", "Aerocivil"),
    C("it had authorised the low-cost carrier", "the low-cost carrier", SA, "nominal"),
    C("it had authorised the low-cost carrier", "the extra flights", ["flights", "SkyAndes flights"], "nominal"),
    C("saying it would not allow", "it", "presidency"),
    C("when a six-day walkout cost the airline", "the airline", TA, "nominal"),
    C("the government agreed to pay pilots", "That strike", "walkout", "nominal"),
    C("his members were ready to meet management", "his", DA),
    C("has advised passengers to check", "The company", TA, "nominal"),
    C("has advised passengers to check", "their", "passengers"),
    C("has advised passengers to check", "its", TA),
]

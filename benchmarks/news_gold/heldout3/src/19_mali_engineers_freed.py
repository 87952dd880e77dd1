META = {"id": "news-heldout3-19", "date": "2026-02-17"}

TEXT = """
Mali militants free three foreign engineers after Algerian mediation

BAMAKO, Mali - Islamist militants freed three foreign engineers in northern Mali on Monday, seven months after kidnapping them from a gold mine near the town of Kenieba, Algeria's foreign ministry said.
The men, a Canadian, a Peruvian and a South African, were handed over by the militants to Algerian officials at the border post of Tinzaouaten and flown to Algiers, the ministry said in a statement.
Jama'at Nusrat al-Islam wal-Muslimin (JNIM), an al Qaeda affiliate, claimed the kidnapping in August in a video that showed the three engineers kneeling in the desert.

Algerian Foreign Minister Mourad Hachemi said his government had paid no ransom and had not released any prisoners in exchange for the hostages.
"Our mediators spoke to the kidnappers for months, with patience and without money," he told reporters in Algiers.
Two security sources in Bamako said a Malian businessman from the northern city of Gao had delivered a payment of several million euros to the group.
Mali's military government, which expelled French troops in 2022, was not involved in the talks, the sources said.

The engineers worked for Sahel Gold Resources, a Toronto-listed company that operates the Kenieba mine with a Malian state firm.
The company said in a statement that the three men were in good health and would return to their families this week.
It thanked Algeria for its mediation and said Qatar had passed messages to the kidnappers.
Sahel Gold halted production at the mine after the kidnapping and has not set a date for its reopening.
Local officials said militants had tried to attack the mine again in October but were driven back by soldiers.

Kidnappings of foreigners have become a lucrative business for armed groups in the Sahel, where militants linked to al Qaeda and Islamic State control large rural areas.
In 2024, JNIM fighters abducted a German aid worker in Niger and released him the following year.
Mali's junta has banned foreign journalists from travelling to the north, making it hard to verify claims by the militants.
The junta's spokesman, Colonel Souleymane Kone, said on state television that the army had killed the leader of the kidnapping cell in an air strike near Kidal last month.
Algeria could not independently confirm the strike, Hachemi said.
In a separate attack on Sunday, Islamic State fighters killed 12 soldiers and burned a military post in the Menaka region, the army said.

Algeria has mediated in the Sahel for decades and brokered a peace deal between Bamako and Tuareg rebels in 2015.
Mali's junta withdrew from that accord in 2024, accusing Algiers of hosting rebel leaders.
Relations between the two neighbours remain tense, and Algeria closed its airspace to Malian flights last year.
The Canadian government said it would send a plane to Algiers on Tuesday to bring the men home.
Peru's foreign ministry said one of the men, Jorge Salas, had spoken to his wife by telephone.
"""

ENG = ["foreign engineers", "engineers"]
MIL = ["JNIM", "Islamist militants", "militants", "Jama'at Nusrat al-Islam wal-Muslimin"]
FM = ["Algerian foreign ministry", "foreign ministry", "Algeria's foreign ministry"]
MH = "Mourad Hachemi"
ALG = ["Algeria", "Algerian government", "government"]
SGR = ["Sahel Gold Resources", "Sahel Gold"]
MINE = ["Kenieba mine", "mine"]
JUNTA = ["military government", "Mali's military government", "junta", "Mali's junta"]
AW = ["German aid worker", "aid worker"]
ISF = ["Islamic State fighters", "fighters", "Islamic State"]
CAN = ["Canadian government", "Canada", "government"]

ALIASES = {
    "JNIM": ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamist militants", "militants"],
    "foreign engineers": ["engineers"],
    "Algerian foreign ministry": ["foreign ministry", "Algeria's foreign ministry"],
    "Algeria": ["Algerian government", "Algiers"],
    "Sahel Gold Resources": ["Sahel Gold"],
    "Kenieba mine": ["mine", "gold mine"],
    "military government": ["junta", "Mali's military government"],
    "German aid worker": ["aid worker"],
    "air strike": ["strike"],
    "peace deal": ["deal"],
    "Canadian government": ["Canada"],
    "security sources": ["sources"],
}

RELS = [
    R("Mali militants free", ["Mali militants", "militants", "JNIM"], "free", ENG),
    R("Islamist militants freed three", MIL, "free", ENG, attr=FM, date="mon", place=["northern Mali", "Mali"]),
    R("after kidnapping them", MIL, "kidnap", ENG, "participial pronoun", attr=FM, place=["Kenieba", "gold mine"]),
    R("were handed over by the militants", MIL, "hand over", ENG, "passive nominal_anaphora", attr=FM, place="Tinzaouaten"),
    R("claimed the kidnapping in August", "JNIM", "claim", "kidnapping", "apposition", date="month:2025-08"),
    R("a video that showed", "video", "show", ENG, "relative nominal_anaphora"),
    R("had paid no ransom", ALG, "pay", "ransom", "nominal_anaphora", neg=True, attr=MH),
    R("had not released any prisoners", ALG, "release", "prisoners", "conjunction nominal_anaphora", neg=True, attr=MH),
    R("Our mediators spoke to the kidnappers", ["mediators", "Algerian mediators"], "speak to", MIL + ["kidnappers"], "prepositional nominal_anaphora", attr=MH),
    R("had delivered a payment", ["Malian businessman", "businessman"], "deliver", "payment", attr=["security sources", "sources"]),
    R("which expelled French troops", JUNTA, "expel", ["French troops", "troops"], "relative", date="year:2022"),
    R("The engineers worked for", ENG, "work for", SGR, "prepositional nominal_anaphora"),
    R("a Toronto-listed company that operates", SGR, "operate", MINE, "relative apposition"),
    R("would return to their families", ENG, "return to", "families", "prepositional nominal_anaphora", mod="would", attr=SGR, date="week:2026-02-16"),
    R("It thanked Algeria", SGR, "thank", "Algeria", "pronoun"),
    R("Qatar had passed messages", "Qatar", "pass", "messages", attr=SGR),
    R("Sahel Gold halted production", SGR, "halt", "production"),
    R("has not set a date", SGR, "set", "date", "conjunction", neg=True),
    R("had tried to attack the mine again", ["militants", "JNIM"], "attack", MINE, "control nominal_anaphora", mod="tried to", attr="local officials", date="month:2025-10"),
    R("were driven back by soldiers", "soldiers", "drive back", ["militants", "JNIM"], "passive conjunction", attr="local officials", date="month:2025-10"),
    R("militants linked to al Qaeda", "militants", "control", "rural areas", "relative", place="Sahel"),
    R("JNIM fighters abducted", ["JNIM fighters", "JNIM", "fighters"], "abduct", AW, date="year:2024", place="Niger"),
    R("released him the following year", ["JNIM fighters", "JNIM", "fighters"], "release", AW, "conjunction pronoun", date="year:2025"),
    R("has banned foreign journalists", JUNTA, "ban", ["foreign journalists", "journalists"], "control"),
    R("the army had killed the leader", ["army", "Malian army"], "kill", "leader", attr="Souleymane Kone", date="month:2026-01", place="Kidal"),
    R("could not independently confirm", "Algeria", "confirm", ["air strike", "strike"], "nominal_anaphora", neg=True, attr=MH),
    R("Islamic State fighters killed 12 soldiers", ISF, "kill", "soldiers", attr=["army", "Malian army"], date="sun", place="Menaka"),
    R("burned a military post", ISF, "burn", ["military post", "post"], "conjunction", attr=["army", "Malian army"], date="sun", place="Menaka"),
    R("brokered a peace deal", "Algeria", "broker", ["peace deal", "deal"], "conjunction", date="year:2015"),
    R("withdrew from that accord", JUNTA, "withdraw from", ["peace deal", "accord", "deal"], "prepositional nominal_anaphora", date="year:2024"),
    R("accusing Algiers of hosting", JUNTA, "accuse", ["Algeria", "Algiers"], "participial", date="year:2024"),
    R("Algeria closed its airspace", "Algeria", "close", "airspace", "conjunction", date="year:2025"),
    R("would send a plane to Algiers", CAN, "send", "plane", "pronoun", mod="would", attr=CAN, date="tue"),
    R("had spoken to his wife", "Jorge Salas", "speak to", "wife", "prepositional apposition", attr=["Peruvian foreign ministry", "foreign ministry", "Peru's foreign ministry"]),
]

COREF = [
    C("after kidnapping them", "them", "foreign engineers"),
    C("The men, a Canadian", "The men", "foreign engineers", "nominal"),
    C("were handed over by the militants", "the militants", "JNIM", "nominal"),
    C("were handed over by the militants", "the ministry", "Algerian foreign ministry", "nominal"),
    C("a video that showed", "the three engineers", "foreign engineers", "nominal"),
    C("had paid no ransom", "his", MH),
    C("had paid no ransom", "his government", "Algeria", "nominal"),
    C("had paid no ransom", "the hostages", "foreign engineers", "nominal"),
    C("Our mediators spoke to the kidnappers", "the kidnappers", "JNIM", "nominal"),
    C("Our mediators spoke to the kidnappers", "he", MH),
    C("had delivered a payment", "the group", "JNIM", "nominal"),
    C("which expelled French troops", "the sources", "security sources", "nominal"),
    C("The engineers worked for", "The engineers", "foreign engineers", "nominal"),
    C("would return to their families", "The company", "Sahel Gold Resources", "nominal"),
    C("would return to their families", "the three men", "foreign engineers", "nominal"),
    C("would return to their families", "their", "foreign engineers"),
    C("It thanked Algeria", "It", "Sahel Gold Resources"),
    C("It thanked Algeria", "its", "Algeria"),
    C("It thanked Algeria", "the kidnappers", "JNIM", "nominal"),
    C("Sahel Gold halted production", "the mine", "Kenieba mine", "nominal"),
    C("Sahel Gold halted production", "its", "Kenieba mine"),
    C("had tried to attack the mine again", "the mine", "Kenieba mine", "nominal"),
    C("released him the following year", "him", "German aid worker"),
    C("The junta's spokesman", "The junta", "military government", "nominal"),
    C("could not independently confirm", "the strike", "air strike", "nominal"),
    C("withdrew from that accord", "that accord", "peace deal", "nominal"),
    C("Algeria closed its airspace", "its", "Algeria"),
    C("would send a plane to Algiers", "it", "Canadian government"),
    C("would send a plane to Algiers", "the men", "foreign engineers", "nominal"),
    C("had spoken to his wife", "the men", "foreign engineers", "nominal"),
    C("had spoken to his wife", "his", "Jorge Salas"),
]

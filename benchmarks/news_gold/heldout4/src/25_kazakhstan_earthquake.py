META = {"id": "news-gold-25", "date": "2026-08-20"}

TEXT = """
Rescuers pull survivors from rubble after quake hits southern Kazakhstan

ALMATY, Kazakhstan - A magnitude 6.8 earthquake struck southern Kazakhstan overnight, destroying hundreds of homes in the towns of Esik, Talgar and Turgen and killing at least 37 people, officials said.
The quake hit at 2:14 a.m. (2114 GMT on Wednesday) about 40 km (25 miles) east of Almaty, the country's largest city, according to the U.S. Geological Survey.
Rescuers using sniffer dogs and thermal cameras pulled 52 people alive from collapsed buildings on Thursday, the Emergency Situations Ministry said.
The ministry said more than 1,200 soldiers and volunteers had been deployed to the area by the government and that aftershocks had hampered the search.
"We are still hearing voices under the concrete, so we will not stop," said Arman Seitkali, who leads a rescue team in Esik.

President Nurlan Abdrakhmanov declared a day of national mourning and ordered the government to rebuild the destroyed homes before winter.
He flew to Esik by helicopter on Thursday and met families who had lost relatives.
Many of the collapsed buildings were Soviet-era apartment blocks, and engineers have long warned that they could not withstand a strong quake.
Residents in Talgar accused local officials of ignoring those warnings and of allowing builders to add extra floors without permits.
The regional governor, Daniyar Omarov, denied the accusations and said all new buildings in the province met safety standards.

Russia, China and Turkey sent rescue teams, and the United Nations said it was ready to help.
A Turkish team rescued a nine-year-old girl from a collapsed school in Talgar late on Thursday, Turkey's disaster agency AFAD said.
She had been trapped for 30 hours, it said.
Neighbouring Kyrgyzstan, where the quake was felt in the capital Bishkek, sent 40 rescuers and two search dogs.
Kazakhstan's sovereign fund Samruk-Kazyna said it would pay for temporary housing for about 8,000 people left homeless.

The Almaty region sits on one of Central Asia's most active fault lines.
In 1887, an earthquake destroyed much of the city then known as Verny and killed hundreds of people.
Near the Bartogay reservoir, authorities evacuated 14 villages on Thursday after engineers found cracks in its dam, the ministry said.
Officials said the dam was not in danger of collapse but that they had opened spillways as a precaution.
The government has promised to compensate families that lost their homes and to rebuild schools by the end of the year.
Critics said a similar promise had been made after floods in 2024 and that many victims were still waiting for new homes.
On Thursday evening, the ministry warned residents not to return to damaged buildings as aftershocks continued.
"""

EQ = ["earthquake", "quake", "magnitude 6.8 earthquake"]
TOWNS = ["Esik", "Talgar", "Turgen"]
ESM = ["Emergency Situations Ministry", "ministry"]
NA = "Nurlan Abdrakhmanov"
BUILDINGS = ["Soviet-era apartment blocks", "apartment blocks", "collapsed buildings", "buildings"]

ALIASES = {"earthquake": ["quake", "magnitude 6.8 earthquake"], "Emergency Situations Ministry": ["ministry"],
           "AFAD": ["disaster agency"], "Soviet-era apartment blocks": BUILDINGS[1:], "girl": ["nine-year-old girl"],
           "Bartogay reservoir": ["reservoir", "Bartogay"]}

RELS = [
    R("Rescuers pull survivors from rubble", "rescuers", "pull", "survivors"),
    R("after quake hits southern Kazakhstan", EQ, "hit", ["Kazakhstan", "southern Kazakhstan"]),
    R("earthquake struck southern Kazakhstan overnight", EQ, "strike", ["Kazakhstan", "southern Kazakhstan"], attr="officials", date="overnight"),
    R("destroying hundreds of homes", EQ, "destroy", "homes", "participial", attr="officials", date="overnight", place=TOWNS),
    R("killing at least 37 people", EQ, "kill", "people", "participial conjunction", attr="officials", date="overnight"),
    R("Rescuers using sniffer dogs", "rescuers", "use", "sniffer dogs", "participial", attr=ESM),
    R("Rescuers using sniffer dogs and thermal cameras", "rescuers", "use", "thermal cameras", "participial conjunction", attr=ESM),
    R("pulled 52 people alive from collapsed buildings", "rescuers", "pull", "people", attr=ESM, date="thu"),
    R("had been deployed to the area by the government", "government", "deploy", "soldiers", "passive", attr=ESM),
    R("soldiers and volunteers had been deployed", "government", "deploy", "volunteers", "passive conjunction", attr=ESM),
    R("aftershocks had hampered the search", "aftershocks", "hamper", "search", attr=ESM),
    R("We are still hearing voices", "Arman Seitkali", "hear", "voices", "pronoun", attr="Arman Seitkali"),
    R("who leads a rescue team in Esik", "Arman Seitkali", "lead", "rescue team", "relative"),
    R("declared a day of national mourning", NA, "declare", ["day of national mourning", "day of mourning", "national mourning", "day"]),
    R("ordered the government to rebuild", NA, "order", "government", "control conjunction"),
    R("He flew to Esik by helicopter", NA, "fly to", "Esik", "prepositional pronoun", date="thu"),
    R("met families who had lost relatives", NA, "meet", "families", "pronoun conjunction", date="thu"),
    R("families who had lost relatives", "families", "lose", "relatives", "relative"),
    R("they could not withstand a strong quake", BUILDINGS, "withstand", ["quake", "strong quake"], "pronoun", neg=True, mod="could", attr="engineers"),
    R("Residents in Talgar accused local officials", "residents", "accuse", ["local officials", "officials"]),
    R("denied the accusations", "Daniyar Omarov", "deny", "accusations", "apposition"),
    R("met safety standards", "buildings", "meet", "safety standards", attr="Daniyar Omarov"),
    R("Russia, China and Turkey sent rescue teams", "Russia", "send", "rescue teams", "conjunction"),
    R("China and Turkey sent rescue teams", "China", "send", "rescue teams", "conjunction"),
    R("and Turkey sent rescue teams", "Turkey", "send", "rescue teams", "conjunction"),
    R("sent 40 rescuers and two search dogs", "Kyrgyzstan", "send", "rescuers", "conjunction"),
    R("sent 40 rescuers and two search dogs", "Kyrgyzstan", "send", "search dogs", "conjunction"),
    R("A Turkish team rescued a nine-year-old girl", ["Turkish team", "team"], "rescue", ["girl", "nine-year-old girl"], attr="AFAD", date="thu", place="Talgar"),
    R("it would pay for temporary housing", "Samruk-Kazyna", "pay for", "temporary housing", "prepositional pronoun", mod="would", attr="Samruk-Kazyna"),
    R("an earthquake destroyed much of the city", "earthquake", "destroy", ["Verny", "city", "Almaty"], date="year:1887"),
    R("killed hundreds of people", "earthquake", "kill", "people", "conjunction", date="year:1887"),
    R("authorities evacuated 14 villages", "authorities", "evacuate", "villages", attr=ESM, date="thu", place=["Bartogay reservoir", "Bartogay"]),
    R("engineers found cracks in its dam", "engineers", "find", "cracks", attr=ESM, place=["Bartogay reservoir", "Bartogay"]),
    R("they had opened spillways", "officials", "open", "spillways", "pronoun", attr="officials"),
    R("has promised to compensate families", "government", "promise", "families", "control"),
    R("has promised to compensate families", "government", "compensate", "families", "control", mod="promised to"),
    R("and to rebuild schools", "government", "promise", "schools", "control conjunction"),
    R("and to rebuild schools", "government", "rebuild", "schools", "control conjunction", mod="promised to"),
    R("families that lost their homes", "families", "lose", "homes", "relative"),
    R("many victims were still waiting for new homes", "victims", "wait for", ["new homes", "homes"], "prepositional", attr="critics"),
    R("the ministry warned residents", ESM, "warn", "residents", "control nominal_anaphora", date="thu"),
]

COREF = [
    C("The quake hit at 2:14 a.m.", "The quake", "earthquake", "nominal"),
    C("The quake hit at 2:14 a.m.", "the country", "Kazakhstan", "nominal"),
    C("had been deployed to the area", "The ministry", "Emergency Situations Ministry", "nominal"),
    C("We are still hearing voices", "We", "Arman Seitkali"),
    C("We are still hearing voices", "we", "Arman Seitkali"),
    C("He flew to Esik by helicopter", "He", NA),
    C("engineers have long warned that they", "they", "Soviet-era apartment blocks"),
    C("the United Nations said it was ready", "it", "United Nations"),
    C("She had been trapped for 30 hours", "She", "girl"),
    C("She had been trapped for 30 hours", "it", "AFAD"),
    C("where the quake was felt in the capital Bishkek", "the quake", "earthquake", "nominal"),
    C("it would pay for temporary housing", "it", "Samruk-Kazyna"),
    C("engineers found cracks in its dam", "its", "Bartogay reservoir"),
    C("engineers found cracks in its dam", "the ministry", "Emergency Situations Ministry", "nominal"),
    C("the dam was not in danger", "they", "officials"),
    C("families that lost their homes", "their", "families"),
    C("On Thursday evening, the ministry warned", "the ministry", "Emergency Situations Ministry", "nominal"),
]

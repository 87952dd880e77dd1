META = {"id": "news-gold-31", "date": "2026-01-20"}

TEXT = """
Indonesia's Semeru volcano erupts, buries villages under ash

LUMAJANG, Indonesia, Jan 20 (Reuters) - Mount Semeru, the highest volcano on Indonesia's main island of Java, blasted a column of ash 3 km into the sky overnight, forcing authorities to evacuate more than 9,000 people, officials said on Tuesday.
Searing gas clouds swept down the volcano's southeastern slopes and buried at least two villages in Lumajang district, where rescuers were searching for 14 missing sand miners.
Semeru has erupted repeatedly since December 2021, when an eruption killed 51 people.

"The sky turned black in minutes and we ran with nothing but our children," said Siti Aminah, a 38-year-old farmer who fled the village of Supiturang with her family.
She said she had lost her home and her cattle in the eruption.
The National Disaster Mitigation Agency (BNPB) said it had set up 26 shelters in Lumajang and neighbouring Malang district.
The agency's spokesman, Rizal Hakim, told reporters that rescuers had recovered nine bodies overnight and that the toll could rise further.
He said rescue teams had been unable to reach Curah Kobokan, a hamlet buried under ash up to four metres deep, because the ground was still too hot.

On Monday, Indonesia's Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised Semeru's alert status to the highest of four levels and ordered people to stay at least 8 km from the crater.
Its head, Dewi Kartika, said the volcano could unleash more gas clouds within days.
She urged residents not to return to their homes, even to collect livestock.
Police in Lumajang said some villagers had ignored the warning on Monday and gone back to feed their animals.

The ash cloud forced AirNav Indonesia, the state air navigation operator, to close airports in Banyuwangi and Jember for several hours on Monday.
Virgin Australia and Jetstar cancelled flights between Australia and Bali, although the island's Ngurah Rai International Airport remained open.
Qantas said it was monitoring the cloud and would suspend flights to Bali if the ash reached the airport.

The missing miners worked for Java Sand Resources, a company that extracts volcanic sand from riverbeds on Semeru's slopes and supplies building firms in Surabaya.
Relatives accused the company of keeping the men at work after the alert was raised, a charge it denied.
"We pulled our workers out as soon as the warning came," Java Sand Resources director Agus Prasetyo said in a statement.
He said the company had been unable to contact 14 of them since Sunday night.

The armed forces had deployed 1,200 soldiers and three helicopters to the district, the presidential palace said.
Social Affairs Minister Arif Nugroho, who visited a shelter in Pronojiwo on Tuesday, promised to rebuild every destroyed house.
He said the government would also pay each affected family 15 million rupiah in compensation.
In 2022, the government relocated about 2,000 families from Semeru's slopes to a new village in Candipuro, but many have since returned to farm the fertile soil.
Environmental groups have long criticised sand mining on the volcano, saying it strips riverbanks and worsens floods.
Java Sand Resources said it would suspend operations until the alert was lowered.
"""

SEM = ["Semeru", "Mount Semeru", "Semeru volcano"]
BNPB = ["BNPB", "National Disaster Mitigation Agency"]
PV = ["PVMBG", "Centre for Volcanology and Geological Hazard Mitigation"]
JSR = "Java Sand Resources"
MINERS = ["sand miners", "miners", "missing sand miners", "missing miners"]
WORKERS = ["workers", "sand miners", "miners"]
CLOUDS = ["gas clouds", "searing gas clouds", "clouds"]
GOV = ["government", "Indonesian government"]
AP = ["Agus Prasetyo", "Java Sand Resources"]
LUM = ["Lumajang", "Lumajang district"]

ALIASES = {
    "Semeru": ["Mount Semeru", "Semeru volcano"],
    "BNPB": ["National Disaster Mitigation Agency"],
    "PVMBG": ["Centre for Volcanology and Geological Hazard Mitigation"],
    "Lumajang": ["Lumajang district"],
    "Ngurah Rai International Airport": ["Ngurah Rai airport"],
}

RELS = [
    R("volcano erupts, buries villages", SEM + ["Indonesia's Semeru volcano"], "bury", "villages", "conjunction"),
    R("blasted a column of ash", SEM, "blast", ["ash", "column", "ash column"], "apposition", attr="officials", date="overnight"),
    R("forcing authorities to evacuate", SEM, "force", "authorities", "participial control", attr="officials", date="overnight"),
    R("forcing authorities to evacuate", "authorities", "evacuate", "people", "participial control", attr="officials", date="overnight"),
    R("Searing gas clouds swept down", CLOUDS, "sweep down", ["slopes", "southeastern slopes"], "prepositional"),
    R("buried at least two villages", CLOUDS, "bury", "villages", "conjunction", place=LUM),
    R("where rescuers were searching", "rescuers", "search for", MINERS, "relative prepositional", place=LUM),
    R("when an eruption killed", "eruption", "kill", "people", "relative", date="month:2021-12"),
    R("a 38-year-old farmer who fled", "Siti Aminah", "flee", "Supiturang", "relative apposition"),
    R("she had lost her home", "Siti Aminah", "lose", "home", "pronoun", attr="Siti Aminah"),
    R("she had lost her home", "Siti Aminah", "lose", "cattle", "pronoun conjunction", attr="Siti Aminah"),
    R("it had set up 26 shelters", BNPB, "set up", "shelters", "pronoun", attr="BNPB", place=LUM + ["Malang", "Malang district"]),
    R("rescuers had recovered nine bodies", "rescuers", "recover", "bodies", attr="Rizal Hakim", date="overnight"),
    R("had been unable to reach Curah Kobokan", "rescue teams", "reach", "Curah Kobokan", neg=True, attr="Rizal Hakim"),
    R("raised Semeru's alert status", PV, "raise", ["alert status", "Semeru's alert status"], date="mon"),
    R("ordered people to stay", PV, "order", "people", "control conjunction", date="mon"),
    R("could unleash more gas clouds", SEM, "unleash", "gas clouds", "nominal_anaphora", mod="could", attr="Dewi Kartika"),
    R("She urged residents", "Dewi Kartika", "urge", "residents", "control pronoun"),
    R("had ignored the warning", "villagers", "ignore", "warning", attr=["police", "police in Lumajang"], date="mon"),
    R("The ash cloud forced AirNav", ["ash cloud", "cloud"], "force", "AirNav Indonesia", "control apposition", date="mon"),
    R("to close airports in Banyuwangi", "AirNav Indonesia", "close", "airports", "control", date="mon", place=["Banyuwangi", "Jember"]),
    R("Virgin Australia and Jetstar cancelled", "Virgin Australia", "cancel", "flights", "conjunction"),
    R("Virgin Australia and Jetstar cancelled", "Jetstar", "cancel", "flights", "conjunction"),
    R("it was monitoring the cloud", "Qantas", "monitor", ["cloud", "ash cloud"], "pronoun nominal_anaphora", attr="Qantas"),
    R("would suspend flights to Bali", "Qantas", "suspend", "flights", "pronoun conjunction", mod=["would", "if"], attr="Qantas"),
    R("if the ash reached the airport", "ash", "reach", ["Ngurah Rai International Airport", "airport"], "nominal_anaphora", mod="if", attr="Qantas"),
    R("The missing miners worked for", MINERS, "work for", JSR, "prepositional nominal_anaphora"),
    R("a company that extracts volcanic sand", JSR, "extract", ["volcanic sand", "sand"], "relative apposition"),
    R("supplies building firms", JSR, "supply", ["building firms", "firms"], "relative conjunction"),
    R("Relatives accused the company", "relatives", "accuse", JSR, "nominal_anaphora"),
    R("a charge it denied", JSR, "deny", "charge", "relative pronoun"),
    R("We pulled our workers out", AP, ["pull out", "pull"], "workers", "pronoun", attr="Agus Prasetyo"),
    R("unable to contact 14 of them", JSR, "contact", WORKERS, "nominal_anaphora pronoun", neg=True, attr="Agus Prasetyo"),
    R("had deployed 1,200 soldiers", "armed forces", "deploy", "soldiers", "conjunction", attr=["presidential palace", "palace"]),
    R("had deployed 1,200 soldiers", "armed forces", "deploy", "helicopters", "conjunction", attr=["presidential palace", "palace"]),
    R("who visited a shelter", "Arif Nugroho", "visit", "shelter", "relative", date="tue", place="Pronojiwo"),
    R("promised to rebuild every destroyed house", "Arif Nugroho", "promise", ["house", "houses", "destroyed house"], "control"),
    R("promised to rebuild every destroyed house", "Arif Nugroho", "rebuild", ["house", "houses", "destroyed house"], "control", mod="promised to"),
    R("would also pay each affected family", GOV, "pay", ["family", "families", "affected family", "rupiah", "compensation"], mod="would", attr="Arif Nugroho"),
    R("the government relocated about 2,000 families", GOV, "relocate", "families", date="year:2022"),
    R("have long criticised sand mining", ["environmental groups", "groups"], "criticise", "sand mining"),
    R("saying it strips riverbanks", "sand mining", "strip", "riverbanks", "active pronoun", attr=["environmental groups", "groups"]),
    R("worsens floods", "sand mining", "worsen", "floods", "active pronoun conjunction", attr=["environmental groups", "groups"]),
    R("it would suspend operations until", JSR, "suspend", "operations", "pronoun", mod="would", attr=JSR),
]

COREF = [
    C("Searing gas clouds swept down", "the volcano", "Semeru", "nominal"),
    C("we ran with nothing", "we", "Siti Aminah"),
    C("we ran with nothing", "our", "Siti Aminah"),
    C("we ran with nothing", "her", "Siti Aminah"),
    C("she had lost her home", "She", "Siti Aminah"),
    C("she had lost her home", "she", "Siti Aminah"),
    C("she had lost her home", "her", "Siti Aminah"),
    C("she had lost her home", "her", "Siti Aminah", occurrence=2),
    C("it had set up 26 shelters", "it", "BNPB"),
    C("The agency's spokesman", "The agency", "BNPB", "nominal"),
    C("had been unable to reach Curah Kobokan", "He", "Rizal Hakim"),
    C("Its head, Dewi Kartika", "Its", "PVMBG"),
    C("Its head, Dewi Kartika", "the volcano", "Semeru", "nominal"),
    C("She urged residents", "She", "Dewi Kartika"),
    C("She urged residents", "their", "residents"),
    C("had ignored the warning", "their", "villagers"),
    C("although the island's", "the island", "Bali", "nominal"),
    C("it was monitoring the cloud", "it", "Qantas"),
    C("it was monitoring the cloud", "the cloud", ["ash cloud", "cloud"], "nominal"),
    C("it was monitoring the cloud", "the airport", "Ngurah Rai International Airport", "nominal"),
    C("The missing miners worked for", "The missing miners", MINERS, "nominal"),
    C("Relatives accused the company", "the company", JSR, "nominal"),
    C("Relatives accused the company", "the men", MINERS, "nominal"),
    C("Relatives accused the company", "it", JSR),
    C("We pulled our workers out", "We", AP),
    C("We pulled our workers out", "our", AP),
    C("unable to contact 14 of them", "He", "Agus Prasetyo"),
    C("unable to contact 14 of them", "the company", JSR, "nominal"),
    C("unable to contact 14 of them", "them", WORKERS),
    C("had deployed 1,200 soldiers", "the district", "Lumajang", "nominal"),
    C("would also pay each affected family", "He", "Arif Nugroho"),
    C("have long criticised sand mining", "the volcano", "Semeru", "nominal"),
    C("saying it strips riverbanks", "it", "sand mining"),
    C("it would suspend operations until", "it", JSR),
]

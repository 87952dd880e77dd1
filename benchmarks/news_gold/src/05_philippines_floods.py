META = {"id": "news-gold-05", "date": "2026-08-14"}

TEXT = """
Floods kill at least 38 in southern Philippines, thousands evacuated

MANILA, Philippines - Flash floods and landslides triggered by Tropical Storm Lando killed at least 38 people on the southern island of Mindanao on Thursday, disaster officials said.
Dozens more were missing in the provinces of Bukidnon, Lanao del Sur and Cotabato, according to the National Disaster Risk Reduction and Management Council (NDRRMC).
Rescuers pulled 14 survivors from the mud in the village of Kalilangan overnight, the council said.
"We are digging with our hands because the heavy equipment cannot reach the area," said Kalilangan Mayor Rosario Dimaporo.

The Philippine Coast Guard evacuated more than 12,000 residents from low-lying coastal villages, and the army sent trucks and helicopters to cut-off towns.
President Ramon Villanueva, who flew to Cagayan de Oro on Thursday, ordered government agencies to speed up relief.
He blamed illegal logging for the disaster.
Environmental groups have long accused logging companies of stripping forests in the mountains above the flooded towns.

The state weather bureau, PAGASA, had warned on Tuesday that the storm could dump up to 300 mm of rain on Mindanao.
Lando, the 12th storm to hit the country this year, was moving west toward the Sulu Sea on Friday.
Forecasters said it could strengthen into a typhoon before reaching Palawan.
The United Nations Children's Fund (UNICEF) said it had sent water purification tablets and tents to the affected provinces.
Japan and South Korea have offered emergency aid.

In 2012, Typhoon Bopha killed more than 1,000 people in the same region.
Many of the victims drowned when a river burst its banks in the middle of the night.
Farmers said the floods had destroyed most of the rice harvest in Bukidnon.
The agriculture department estimated crop losses at 1.2 billion pesos.
Relief workers said they had not yet reached several villages cut off by landslides near Lake Lanao.
Power was restored to Cotabato City on Friday morning, but mobile networks remained down.
Schools in the three provinces will stay closed until Monday, the education ministry said.
"""

LANDO = ["Tropical Storm Lando", "Lando"]
RV = "Ramon Villanueva"

ALIASES = {"NDRRMC": ["National Disaster Risk Reduction and Management Council"], "UNICEF": ["United Nations Children's Fund"], "Tropical Storm Lando": ["Lando"], "flash floods": ["floods"]}

RELS = [
    R("triggered by Tropical Storm Lando", LANDO, "trigger", ["flash floods", "floods"], "reduced_passive conjunction", attr="disaster officials"),
    R("triggered by Tropical Storm Lando", LANDO, "trigger", "landslides", "reduced_passive conjunction", attr="disaster officials"),
    R("killed at least 38 people", ["flash floods", "floods"], "kill", "people", "conjunction", attr="disaster officials", date="thu", place="Mindanao"),
    R("killed at least 38 people", "landslides", "kill", "people", "conjunction", attr="disaster officials", date="thu", place="Mindanao"),
    R("Rescuers pulled 14 survivors", "rescuers", "pull", "survivors", attr="NDRRMC", date="overnight", place="Kalilangan"),
    R("cannot reach the area", ["heavy equipment", "equipment"], "reach", "area", neg=True, attr="Rosario Dimaporo"),
    R("evacuated more than 12,000 residents", ["Philippine Coast Guard", "Coast Guard"], "evacuate", "residents"),
    R("the army sent trucks", "army", "send", "trucks", "conjunction"),
    R("the army sent trucks", "army", "send", "helicopters", "conjunction"),
    R("who flew to Cagayan de Oro", RV, "fly to", "Cagayan de Oro", "relative prepositional", date="thu"),
    R("ordered government agencies", RV, "order", ["government agencies", "agencies"], "control"),
    R("He blamed illegal logging", RV, "blame", ["illegal logging", "logging"], "pronoun"),
    R("have long accused logging companies", "environmental groups", "accuse", "logging companies"),
    R("could dump up to 300 mm", LANDO, "dump", "rain", "nominal_anaphora", mod="could", attr="PAGASA", place="Mindanao"),
    R("it had sent water purification tablets", "UNICEF", "send", ["water purification tablets", "tablets"], "pronoun conjunction", attr="UNICEF"),
    R("it had sent water purification tablets", "UNICEF", "send", "tents", "pronoun conjunction", attr="UNICEF"),
    R("have offered emergency aid", "Japan", "offer", ["emergency aid", "aid"], "conjunction"),
    R("have offered emergency aid", "South Korea", "offer", ["emergency aid", "aid"], "conjunction"),
    R("Typhoon Bopha killed", ["Typhoon Bopha", "Bopha"], "kill", "people", date="year:2012", place="Mindanao"),
    R("a river burst its banks", "river", "burst", "banks"),
    R("had destroyed most of the rice harvest", ["floods", "flash floods"], "destroy", ["rice harvest", "harvest"], "nominal_anaphora", attr="farmers", place="Bukidnon"),
    R("estimated crop losses", ["agriculture department", "department"], "estimate", "crop losses"),
    R("had not yet reached several villages", "relief workers", "reach", "villages", "pronoun", neg=True, attr="relief workers"),
    R("cut off by landslides", "landslides", "cut off", "villages", "reduced_passive", attr="relief workers", place="Lake Lanao"),
]

COREF = [
    C("Rescuers pulled 14 survivors", "the council", "NDRRMC", "nominal"),
    C("He blamed illegal logging", "He", RV),
    C("could dump up to 300 mm", "the storm", "Tropical Storm Lando", "nominal"),
    C("could strengthen into a typhoon", "it", "Tropical Storm Lando"),
    C("it had sent water purification tablets", "it", "UNICEF"),
    C("a river burst its banks", "its", "river"),
    C("had destroyed most of the rice harvest", "the floods", "flash floods", "nominal"),
    C("had not yet reached several villages", "they", "relief workers"),
]

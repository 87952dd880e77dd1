META = {"id": "news-heldout2-16", "date": "2026-08-20"}

TEXT = """
Wildfire forces residents to flee three towns in British Columbia

KAMLOOPS, British Columbia - A fast-moving wildfire destroyed dozens of homes near the town of Logan Lake on Wednesday, the BC Wildfire Service said.
Authorities ordered about 12,000 people to leave Logan Lake, Ashcroft and Cache Creek after flames jumped the Trans-Canada Highway overnight.
In Ashcroft, police knocked on doors and escorted elderly residents to buses.
Some people refused to leave their farms, officials said.
"The fire took our house, our barn and our truck," said Maria Chen, 54, who fled Logan Lake with her two dogs.
She said she had watched the flames from the road and could not find her cat.

The fire has burned more than 40,000 hectares since it was sparked by lightning on Saturday, according to the wildfire service.
More than 500 firefighters, backed by water bombers and crews from Alberta, were battling the flames on Thursday.
Strong winds could push the fire toward Kamloops, a city of 100,000, if temperatures stay above 30C, forecasters warned.
Kamloops Mayor Dana Whitfield said the city had opened its arena to evacuees and asked residents to pack emergency bags.

The provincial government declared a state of emergency on Thursday and asked Ottawa for military help.
Federal Emergency Preparedness Minister Eleanor Grant said the Canadian Armed Forces would airlift residents from remote First Nations communities if roads were cut.
Chief Lena Joe of the Skeetchestn Indian Band accused the province of ignoring requests for firefighting equipment earlier this summer.
The province denied the claim, saying it had sent two crews to the reserve in July.

Smoke from the fire has forced the closure of schools in Kamloops and prompted health officials to warn people with asthma to stay indoors.
Air Canada and WestJet cancelled flights into Kamloops airport on Wednesday because of poor visibility.
The Royal Canadian Mounted Police (RCMP) said officers had arrested two men in Ashcroft on Wednesday night for looting empty homes.
In 2023, Canada's worst wildfire season on record, fires burned more than 15 million hectares and killed eight firefighters.
Scientists say climate change has made such fires more frequent and intense.
Insurers estimated that the Logan Lake fire alone could cost them more than C$500 million.
"""

FIRE = ["wildfire", "fire", "Logan Lake fire", "fast-moving wildfire"]
BCWS = ["BC Wildfire Service", "wildfire service"]
MC = "Maria Chen"
FF = "firefighters"
PG = ["provincial government", "British Columbia", "province", "government"]
CAF = ["Canadian Armed Forces", "armed forces"]
RCMP = ["RCMP", "Royal Canadian Mounted Police"]

ALIASES = {
    "wildfire": ["fire", "Logan Lake fire"],
    "BC Wildfire Service": ["wildfire service"],
    "provincial government": ["British Columbia", "province"],
    "Kamloops": ["city"],
}

RELS = [
    R("Wildfire forces residents to flee", FIRE, "force", "residents", "control"),
    R("Wildfire forces residents to flee", "residents", "flee", "towns", "control"),
    R("destroyed dozens of homes", FIRE, "destroy", "homes", attr=BCWS, date="wed", place="Logan Lake"),
    R("Authorities ordered about 12,000 people", "authorities", "order", "people", "control"),
    R("after flames jumped the Trans-Canada Highway", "flames", "jump", ["Trans-Canada Highway", "highway"], date="overnight"),
    R("police knocked on doors", "police", "knock on", "doors", "prepositional", place="Ashcroft"),
    R("escorted elderly residents to buses", "police", "escort", ["elderly residents", "residents"], "conjunction", place="Ashcroft"),
    R("Some people refused to leave their farms", "people", "refuse", "farms", "control", attr="officials"),
    R("Some people refused to leave their farms", "people", "leave", "farms", "control", neg=True, attr="officials"),
    R("The fire took our house", FIRE, "take", "house", "conjunction nominal_anaphora", attr=MC),
    R("The fire took our house", FIRE, "take", "barn", "conjunction nominal_anaphora", attr=MC),
    R("The fire took our house", FIRE, "take", "truck", "conjunction nominal_anaphora", attr=MC),
    R("who fled Logan Lake with her two dogs", MC, "flee", "Logan Lake", "relative"),
    R("she had watched the flames", MC, "watch", "flames", "pronoun", attr=MC),
    R("could not find her cat", MC, "find", "cat", "conjunction pronoun", neg=True, attr=MC),
    R("The fire has burned more than 40,000 hectares", FIRE, "burn", "hectares", "nominal_anaphora", attr=BCWS),
    R("since it was sparked by lightning", "lightning", "spark", FIRE, "passive pronoun", attr=BCWS, date="sat"),
    R("backed by water bombers and crews", ["water bombers", "bombers"], "back", FF, "reduced_passive conjunction"),
    R("backed by water bombers and crews", "crews", "back", FF, "reduced_passive conjunction"),
    R("were battling the flames on Thursday", FF, "battle", ["flames", "fire"], date="thu"),
    R("Strong winds could push the fire", ["strong winds", "winds"], "push", FIRE, "nominal_anaphora", mod=["could", "if"], attr="forecasters"),
    R("the city had opened its arena", "Kamloops", "open", "arena", "nominal_anaphora", attr="Dana Whitfield"),
    R("asked residents to pack emergency bags", "Kamloops", "ask", "residents", "control conjunction nominal_anaphora",
      attr="Dana Whitfield"),
    R("declared a state of emergency", PG, "declare", "state of emergency", date="thu"),
    R("asked Ottawa for military help", PG, "ask", ["Ottawa", "federal government"], "conjunction", date="thu"),
    R("would airlift residents", CAF, "airlift", "residents", mod=["would", "if"], attr="Eleanor Grant"),
    R("accused the province of ignoring", "Lena Joe", "accuse", PG),
    R("The province denied the claim", PG, "deny", "claim", "nominal_anaphora"),
    R("it had sent two crews to the reserve", PG, "send", "crews", "pronoun", attr=PG, date="month:2026-07"),
    R("Smoke from the fire has forced the closure", "smoke", "force", "closure"),
    R("prompted health officials to warn", "smoke", "prompt", "health officials", "control conjunction"),
    R("prompted health officials to warn", "health officials", "warn", "people", "control"),
    R("Air Canada and WestJet cancelled flights", "Air Canada", "cancel", "flights", "conjunction", date="wed"),
    R("Air Canada and WestJet cancelled flights", "WestJet", "cancel", "flights", "conjunction", date="wed"),
    R("officers had arrested two men", "officers", "arrest", "men", attr=RCMP, date="wed", place="Ashcroft"),
    R("for looting empty homes", "men", "loot", ["empty homes", "homes"], "participial", attr=RCMP, date="wed", place="Ashcroft"),
    R("fires burned more than 15 million hectares", "fires", "burn", "hectares", date="year:2023"),
    R("killed eight firefighters", "fires", "kill", "firefighters", "conjunction", date="year:2023"),
    R("climate change has made such fires", "climate change", "make", "fires", attr="scientists"),
    R("could cost them more than C$500 million", FIRE, "cost", "insurers", "pronoun", mod="could", attr="insurers"),
]

COREF = [
    C("The fire took our house", "The fire", "wildfire", "nominal"),
    C("Some people refused to leave their farms", "their", "people"),
    C("who fled Logan Lake with her two dogs", "her", MC),
    C("she had watched the flames", "She", MC),
    C("she had watched the flames", "she", MC),
    C("she had watched the flames", "her", MC),
    C("since it was sparked by lightning", "The fire", "wildfire", "nominal"),
    C("since it was sparked by lightning", "it", "wildfire"),
    C("since it was sparked by lightning", "the wildfire service", "BC Wildfire Service", "nominal"),
    C("Strong winds could push the fire", "the fire", "wildfire", "nominal"),
    C("the city had opened its arena", "the city", "Kamloops", "nominal"),
    C("the city had opened its arena", "its", "Kamloops"),
    C("accused the province of ignoring", "the province", "provincial government", "nominal"),
    C("The province denied the claim", "The province", "provincial government", "nominal"),
    C("The province denied the claim", "it", "provincial government"),
    C("Smoke from the fire has forced the closure", "the fire", "wildfire", "nominal"),
    C("could cost them more than C$500 million", "them", "insurers"),
]

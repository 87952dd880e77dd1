META = {"id": "news-gold-54", "date": "2026-10-23"}

TEXT = """
Kazakhstan bans wheat exports after drought, flour prices soar in Central Asia

ASTANA, Oct 23 (Reuters) - Kazakhstan will halt wheat exports for six months from Nov. 1 after a severe drought cut its harvest by almost 40 percent, the agriculture ministry said on Friday, a move that sent flour prices in neighbouring countries to record highs.
The ban, which covers wheat and flour but not barley, was approved by the government late on Thursday, the ministry said in a statement.
Kazakhstan, one of the world's ten largest wheat exporters, shipped about 10 million tonnes of grain last season, mostly to Central Asia, Afghanistan and China.

Agriculture Minister Yerlan Dzhaksybekov told reporters the country had harvested 11.8 million tonnes of wheat this year, down from 19.2 million in 2025.
"We have to feed our own people first," he said, adding that the government would review the ban in March.
He said the drought, the worst since 1998, had destroyed crops on more than 3 million hectares in the northern regions of Kostanay, Akmola and North Kazakhstan.

Farmers in Kostanay said they had lost entire fields in July, when a heatwave scorched the wheat just before harvest.
"I have farmed here for 30 years and I have never lost a whole crop before," said Bolat Serikbayev, who grows wheat on 2,000 hectares near the town of Fyodorovka.
He said he had taken out a bank loan in the spring to buy seed and fuel and feared he would not be able to repay it.

In Uzbekistan, which buys about 90 percent of its wheat imports from Kazakhstan, the price of a 50 kg bag of flour has risen by a third since August, traders in Tashkent said.
The Uzbek government said on Friday it would release 200,000 tonnes of wheat from state reserves and cap bread prices in Tashkent and Samarkand until the end of the year.
The U.N. World Food Programme (WFP) said the ban could push millions of people in Afghanistan into hunger this winter and urged Kazakhstan to exempt humanitarian shipments.
The agency buys about a fifth of the wheat it distributes in Afghanistan from Kazakh mills.

Steppe Grain Holding, the country's largest grain trader, said it had contracts to deliver 1.4 million tonnes of wheat to buyers in Iran and Turkey that it would now be unable to honour.
The company's chief executive, Aigerim Sadykova, said it would ask the government to allow exports of grain already loaded on ships and rail wagons.
"We sold that grain in August and our buyers have already paid for it," she said.

Wheat futures in Chicago rose 4 percent on Friday, while Black Sea wheat prices gained 3 percent.
Analysts at Almaty-based consultancy Dala Analytics said Russia, the world's top wheat exporter, could fill part of the gap, but its own crop had also been hurt by dry weather.
"Importers in Central Asia will have to pay more for Russian wheat, and shipping it by rail takes longer," said Dala Analytics head Timur Akhmetov.

Kazakhstan's bakers' association said bread prices in the country had risen 12 percent since September and called on the government to subsidise flour for low-income families.
The ministry said it would not raise state-regulated bread prices before the end of the year.
Kazakhstan last restricted grain exports in 2022, when it imposed a temporary ban after Russia's invasion of Ukraine disrupted Black Sea shipments.
The government lifted that ban after four months.
The government has pledged to double the area of irrigated farmland by 2030, but farmers say state subsidies for irrigation systems rarely reach them.
Serikbayev said he would plant barley next spring because it needs less water than wheat.
"""

MIN = ["agriculture ministry", "ministry", "Kazakh agriculture ministry"]
GOVK = ["government", "Kazakh government", "Kazakhstan"]
DRT = ["drought", "severe drought"]
YD = "Yerlan Dzhaksybekov"
BS = "Bolat Serikbayev"
UZG = ["Uzbek government", "government", "Uzbekistan"]
WFP = ["WFP", "World Food Programme", "U.N. World Food Programme"]
SGH = ["Steppe Grain Holding", "Steppe Grain"]
AS = "Aigerim Sadykova"
DA = ["analysts", "Dala Analytics"]

ALIASES = {
    "agriculture ministry": ["ministry", "Kazakh agriculture ministry"],
    "drought": ["severe drought"],
    "Uzbek government": ["government", "Uzbekistan"],
    "WFP": ["World Food Programme", "U.N. World Food Programme"],
    "Steppe Grain Holding": ["Steppe Grain"],
    "bank loan": ["loan"],
    "Russian wheat": ["wheat"],
    "temporary ban": ["ban"],
}

RELS = [
    R("Kazakhstan bans wheat exports", "Kazakhstan", "ban", ["wheat exports", "exports"]),
    R("Kazakhstan will halt wheat exports", "Kazakhstan", "halt", ["wheat exports", "exports"], mod="will", attr=MIN, date="2026-11-01"),
    R("after a severe drought cut its harvest", DRT, "cut", "harvest", attr=MIN),
    R("a move that sent flour prices", "move", ["send", "send to"], "flour prices", "relative apposition"),
    R("which covers wheat and flour", "ban", "cover", "wheat", "relative", attr=MIN),
    R("which covers wheat and flour", "ban", "cover", "flour", "relative conjunction", attr=MIN),
    R("but not barley", "ban", "cover", "barley", "relative conjunction", neg=True, attr=MIN),
    R("was approved by the government", GOVK, "approve", "ban", "passive", attr=MIN, date="thu"),
    R("shipped about 10 million tonnes of grain", "Kazakhstan", "ship", "grain", "apposition"),
    R("the country had harvested 11.8 million tonnes", "Kazakhstan", "harvest", "wheat", "nominal_anaphora", attr=YD, date="year:2026"),
    R("We have to feed our own people first", [YD, "Kazakhstan", "government"], "feed", "people", "pronoun", mod="have to", attr=YD),
    R("the government would review the ban in March", GOVK, "review", "ban", mod="would", attr=YD, date="month:2027-03"),
    R("had destroyed crops on more than 3 million hectares", DRT, "destroy", "crops", "nominal_anaphora apposition", attr=YD,
      place=["Kostanay", "Akmola", "North Kazakhstan"]),
    R("they had lost entire fields in July", "farmers", "lose", "fields", "pronoun", attr="farmers", date="month:2026-07"),
    R("when a heatwave scorched the wheat", "heatwave", "scorch", "wheat", "relative", attr="farmers", date="month:2026-07"),
    R("I have never lost a whole crop before", BS, "lose", ["crop", "whole crop"], "pronoun conjunction", neg=True, attr=BS),
    R("who grows wheat on 2,000 hectares", BS, "grow", "wheat", "relative", place="Fyodorovka"),
    R("he had taken out a bank loan", BS, "take out", ["bank loan", "loan"], "prepositional pronoun", attr=BS),
    R("he would not be able to repay it", BS, "repay", ["bank loan", "loan"], "pronoun conjunction", neg=True, mod="would", attr=BS),
    R("which buys about 90 percent of its wheat imports", "Uzbekistan", ["buy", "buy from"], ["wheat imports", "imports", "Kazakhstan"], "relative",
      attr=["traders", "traders in Tashkent"]),
    R("it would release 200,000 tonnes of wheat", UZG, "release", "wheat", "pronoun", mod="would", attr=UZG),
    R("cap bread prices in Tashkent and Samarkand", UZG, "cap", "bread prices", "pronoun conjunction", mod="would", attr=UZG,
      place=["Tashkent", "Samarkand"]),
    R("the ban could push millions of people", "ban", ["push", "push into"], "people", mod="could", attr=WFP),
    R("urged Kazakhstan to exempt", WFP, "urge", "Kazakhstan", "control conjunction"),
    R("The agency buys about a fifth", WFP, ["buy", "buy from"], ["wheat", "Kazakh mills", "mills"], "nominal_anaphora"),
    R("the wheat it distributes in Afghanistan", WFP, "distribute", "wheat", "relative pronoun", place="Afghanistan"),
    R("that it would now be unable to honour", SGH, "honour", "contracts", "relative pronoun", neg=True, mod="would", attr=SGH),
    R("it would ask the government to allow", SGH, "ask", GOVK, "control pronoun", mod="would", attr=AS),
    R("We sold that grain in August", [AS] + SGH, "sell", "grain", "pronoun nominal_anaphora", attr=AS, date="month:2026-08"),
    R("our buyers have already paid for it", "buyers", "pay for", "grain", "prepositional pronoun conjunction", attr=AS),
    R("could fill part of the gap", "Russia", "fill", "gap", "apposition", mod="could", attr=DA),
    R("had also been hurt by dry weather", ["dry weather", "weather"], "hurt", "crop", "passive conjunction", attr=DA),
    R("Importers in Central Asia will have to pay more", "importers", "pay for", ["Russian wheat", "wheat"], "prepositional",
      mod=["will", "have to"], attr="Timur Akhmetov"),
    R("called on the government to subsidise", ["bakers' association", "association"], "call on", GOVK, "prepositional control conjunction"),
    R("it would not raise state-regulated bread prices", MIN, "raise", ["state-regulated bread prices", "bread prices"], "pronoun",
      neg=True, mod="would", attr=MIN),
    R("Kazakhstan last restricted grain exports", "Kazakhstan", "restrict", ["grain exports", "exports"], date="year:2022"),
    R("when it imposed a temporary ban", "Kazakhstan", "impose", ["temporary ban", "ban"], "relative pronoun", date="year:2022"),
    R("invasion of Ukraine disrupted Black Sea shipments", ["invasion", "Russia's invasion", "Russia"], "disrupt", ["Black Sea shipments", "shipments"]),
    R("The government lifted that ban", GOVK, "lift", ["temporary ban", "ban"], "nominal_anaphora"),
    R("has pledged to double the area", GOVK, "pledge", ["area", "irrigated farmland", "farmland"], "control"),
    R("has pledged to double the area", GOVK, "double", ["area", "irrigated farmland", "farmland"], "control", mod="pledged to"),
    R("rarely reach them", ["state subsidies", "subsidies"], "reach", "farmers", "pronoun conjunction", attr="farmers"),
    R("he would plant barley next spring", BS, "plant", "barley", "pronoun", mod="would", attr=BS),
    R("because it needs less water", "barley", "need", "water", "pronoun", attr=BS),
]

COREF = [
    C("after a severe drought cut its harvest", "its", "Kazakhstan"),
    C("was approved by the government", "the ministry", "agriculture ministry", "nominal"),
    C("the country had harvested 11.8 million tonnes", "the country", "Kazakhstan", "nominal"),
    C("We have to feed our own people first", "We", [YD, "Kazakhstan", "government"]),
    C("We have to feed our own people first", "our", [YD, "Kazakhstan", "government"]),
    C("We have to feed our own people first", "he", YD),
    C("had destroyed crops on more than 3 million hectares", "He", YD),
    C("had destroyed crops on more than 3 million hectares", "the drought", "drought", "nominal"),
    C("they had lost entire fields in July", "they", "farmers"),
    C("I have never lost a whole crop before", "I", BS),
    C("I have never lost a whole crop before", "I", BS, occurrence=2),
    C("he had taken out a bank loan", "He", BS),
    C("he had taken out a bank loan", "he", BS),
    C("he had taken out a bank loan", "he", BS, occurrence=2),
    C("he had taken out a bank loan", "it", "bank loan"),
    C("which buys about 90 percent of its wheat imports", "its", "Uzbekistan"),
    C("it would release 200,000 tonnes of wheat", "it", "Uzbek government"),
    C("The agency buys about a fifth", "The agency", "WFP", "nominal"),
    C("The agency buys about a fifth", "it", "WFP"),
    C("that it would now be unable to honour", "the country", "Kazakhstan", "nominal"),
    C("that it would now be unable to honour", "it", "Steppe Grain Holding"),
    C("that it would now be unable to honour", "it", "Steppe Grain Holding", occurrence=2),
    C("it would ask the government to allow", "The company", "Steppe Grain Holding", "nominal"),
    C("it would ask the government to allow", "it", "Steppe Grain Holding"),
    C("We sold that grain in August", "We", [AS] + SGH),
    C("We sold that grain in August", "that grain", "grain", "nominal"),
    C("We sold that grain in August", "our", [AS] + SGH),
    C("We sold that grain in August", "it", "grain"),
    C("We sold that grain in August", "she", AS),
    C("could fill part of the gap", "its", "Russia"),
    C("Importers in Central Asia will have to pay more", "it", "Russian wheat"),
    C("called on the government to subsidise", "the country", "Kazakhstan", "nominal"),
    C("it would not raise state-regulated bread prices", "The ministry", "agriculture ministry", "nominal"),
    C("it would not raise state-regulated bread prices", "it", "agriculture ministry"),
    C("when it imposed a temporary ban", "it", "Kazakhstan"),
    C("The government lifted that ban", "that ban", "temporary ban", "nominal"),
    C("rarely reach them", "them", "farmers"),
    C("he would plant barley next spring", "he", BS),
    C("he would plant barley next spring", "it", "barley"),
]

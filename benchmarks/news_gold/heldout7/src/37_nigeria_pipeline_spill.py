META = {"id": "news-gold-37", "date": "2026-08-17"}

TEXT = """
Oil spill from Nigerian pipeline blackens creeks, fishermen say

YENAGOA, Nigeria, Aug 17 (Reuters) - Crude oil leaking from a pipeline operated by Niger Creek Energy has spread across creeks and mangroves near the town of Nembe in Bayelsa state, killing fish and cutting off drinking water for thousands of people, community leaders said on Monday.
Niger Creek, which bought the pipeline from a Chinese-owned firm in 2022, said the leak was caused by thieves who had drilled into the line to steal crude.
The company said that on Saturday it had shut the pipeline and sent a team to repair it.

Residents of Ewoama, Okpoama and Twon-Brass said the leak had started more than a week earlier and accused the company of responding too slowly.
"We reported the smell on the first day, and they ignored us for a week," said Preye Okoroma, a 52-year-old fisherman from Okpoama.
The 52-year-old said he had lost his nets and his catch, and that his family now bought water from tankers.

The National Oil Spill Detection and Response Agency (NOSDRA) said its inspectors had reached the site on Sunday and were collecting samples with officials from the company and the state government.
The agency will publish its findings within two weeks, a spokesman said.
Under Nigerian law, operators must pay compensation for spills unless the damage was caused by sabotage.
Community leaders rejected the company's account and said the pipeline, which is more than 40 years old, had corroded.
They also demanded a full clean-up and compensation for families whose wells had been contaminated.

Bayelsa, one of the states of the Niger Delta, produces much of Nigeria's crude, but decades of spills have left many of its creeks unable to support fishing.
In 2021, a leaking wellhead in the Nembe area spewed oil and gas for more than a month before engineers capped it.
Nigeria's upstream regulator, the NUPRC, said on Monday it had ordered Niger Creek to stop pumping on two other lines in the area until they were inspected.
A spokeswoman for Niger Creek, Adaeze Nwosu, said the company would comply with the order and had hired a Port Harcourt firm to help with the clean-up.
"We have deployed booms to keep the oil out of the main river, and we will pay compensation wherever our investigation finds that we are at fault," she told Reuters by phone.

The Delta Watch Initiative, a Port Harcourt-based environmental group, accused oil companies of blaming thieves for leaks from ageing equipment.
Its director, Tamuno Briggs, said the group had counted more than 200 spills in Bayelsa last year.
Briggs said the companies used sabotage claims to avoid paying for their own failures.

Overnight, youths from Ewoama blocked a road to a Niger Creek flow station and held two company workers for several hours, police said.
Police freed the workers after talks with local chiefs early on Monday, police spokesman Musa Adamu said.
He said officers would not arrest the youths if the road stayed open.
Bayelsa state lawmakers will visit the affected villages on Wednesday, the state assembly said in a statement.
The state government has asked the federal government to declare an environmental emergency in the area.
"""

NCE = "Niger Creek Energy"
NCE_L = ["Niger Creek Energy", "Niger Creek"]
OIL = ["crude oil", "oil"]
CL = "community leaders"
NEMBE = ["Nembe", "Bayelsa", "Bayelsa state"]
PO = "Preye Okoroma"
NOSDRA = ["NOSDRA", "National Oil Spill Detection and Response Agency", "agency"]
AN = ["Adaeze Nwosu", "Niger Creek Energy", "Niger Creek"]
DWI = ["Delta Watch Initiative", "environmental group", "group"]
TB = "Tamuno Briggs"
MA = "Musa Adamu"

ALIASES = {
    "Niger Creek Energy": ["Niger Creek"],
    "NOSDRA": ["National Oil Spill Detection and Response Agency", "agency"],
    "NUPRC": ["upstream regulator", "regulator"],
    "Delta Watch Initiative": ["environmental group", "group"],
    "pipeline": ["line"],
    "community leaders": ["leaders"],
    "lines": ["two other lines"],
    "company workers": ["workers"],
    "Bayelsa": ["Bayelsa state"],
}

RELS = [
    # headline
    R("blackens creeks", ["oil spill", "spill"], "blacken", "creeks", attr="fishermen"),
    # dateline sentence
    R("Crude oil leaking from a pipeline", OIL, "leak from", "pipeline", "participial prepositional", attr=CL),
    R("operated by Niger Creek Energy", NCE_L, "operate", "pipeline", "reduced_passive", attr=CL),
    R("has spread across creeks", OIL, "spread across", "creeks", "prepositional conjunction", attr=CL, place=NEMBE),
    R("has spread across creeks", OIL, "spread across", "mangroves", "prepositional conjunction", attr=CL,
      place=NEMBE),
    R("killing fish", OIL, "kill", "fish", "participial", attr=CL, place=NEMBE),
    R("cutting off drinking water", OIL, "cut off", ["drinking water", "water"], "participial prepositional conjunction",
      attr=CL, place=NEMBE),
    R("which bought the pipeline from", NCE_L, "buy", "pipeline", "relative", date="year:2022"),
    R("the leak was caused by thieves", "thieves", "cause", "leak", "passive", attr=NCE_L),
    R("thieves who had drilled into the line", "thieves", "drill into", ["pipeline", "line"],
      "relative prepositional nominal_anaphora", attr=NCE_L),
    R("it had shut the pipeline", NCE_L, "shut", "pipeline", "pronoun nominal_anaphora", attr=NCE_L, date="sat"),
    R("sent a team to repair it", NCE_L, "send", "team", "pronoun conjunction", attr=NCE_L, date="sat"),
    R("accused the company of responding", "residents", "accuse", NCE_L, "nominal_anaphora"),
    R("We reported the smell", PO, "report", "smell", "pronoun", attr=PO),
    R("they ignored us for a week", NCE_L, "ignore", PO, "pronoun conjunction", attr=PO),
    R("he had lost his nets", PO, "lose", "nets", "pronoun conjunction", attr=PO),
    R("he had lost his nets", PO, "lose", "catch", "pronoun conjunction", attr=PO),
    R("his family now bought water", "family", "buy", "water", "pronoun", attr=PO),
    R("its inspectors had reached the site", ["inspectors", "NOSDRA"], "reach", "site", "pronoun", attr=NOSDRA,
      date="sun"),
    R("were collecting samples", ["inspectors", "NOSDRA"], "collect", "samples", "pronoun conjunction", attr=NOSDRA),
    R("The agency will publish its findings", NOSDRA, "publish", "findings", "nominal_anaphora", mod="will",
      attr="spokesman"),
    R("operators must pay compensation", "operators", "pay", "compensation", mod=["must", "unless"]),
    R("the damage was caused by sabotage", "sabotage", "cause", "damage", "passive", mod="unless"),
    R("Community leaders rejected the company's account", CL, "reject", "account"),
    R("They also demanded a full clean-up", CL, "demand", ["full clean-up", "clean-up"], "pronoun"),
    R("They also demanded a full clean-up", CL, "demand", "compensation", "pronoun conjunction"),
    R("produces much of Nigeria's crude", ["Bayelsa", "Bayelsa state"], "produce", ["crude", "Nigeria's crude"],
      "apposition"),
    R("a leaking wellhead in the Nembe area spewed", ["leaking wellhead", "wellhead"], "spew", "oil", "conjunction",
      date="year:2021"),
    R("a leaking wellhead in the Nembe area spewed", ["leaking wellhead", "wellhead"], "spew", "gas", "conjunction",
      date="year:2021"),
    R("before engineers capped it", "engineers", "cap", ["leaking wellhead", "wellhead"], "pronoun"),
    R("it had ordered Niger Creek to stop", ["NUPRC", "upstream regulator"], "order", NCE_L,
      "control pronoun", attr=["NUPRC", "upstream regulator"]),
    R("the company would comply with the order", NCE_L, "comply with", "order",
      "prepositional nominal_anaphora", mod="would", attr="Adaeze Nwosu"),
    R("had hired a Port Harcourt firm", NCE_L, "hire", ["Port Harcourt firm", "firm"],
      "nominal_anaphora conjunction", attr="Adaeze Nwosu"),
    R("We have deployed booms", AN, "deploy", "booms", "pronoun", attr="Adaeze Nwosu"),
    R("we will pay compensation wherever", AN, "pay", "compensation", "pronoun conjunction", mod="will",
      attr="Adaeze Nwosu"),
    R("accused oil companies of blaming thieves", DWI, "accuse", "oil companies", "apposition"),
    R("the group had counted more than 200 spills", DWI, "count", "spills", "nominal_anaphora", attr=TB,
      date="year:2025"),
    R("the companies used sabotage claims", ["companies", "oil companies"], "use", "sabotage claims",
      "nominal_anaphora", attr=TB),
    R("youths from Ewoama blocked a road", "youths", "block", "road", attr="police", date="overnight"),
    R("held two company workers", "youths", "hold", ["company workers", "workers"], "conjunction", attr="police",
      date="overnight"),
    R("Police freed the workers", "police", "free", ["company workers", "workers"], "nominal_anaphora", attr=MA,
      date="mon"),
    R("officers would not arrest the youths", "officers", "arrest", "youths", "nominal_anaphora", neg=True,
      mod=["would", "if"], attr=MA),
    R("lawmakers will visit the affected villages", ["Bayelsa state lawmakers", "lawmakers"], "visit",
      ["affected villages", "villages"], mod="will", attr="state assembly", date="2026-08-19"),
    R("has asked the federal government", "state government", "ask", "federal government", "control"),
]

COREF = [
    C("thieves who had drilled into the line", "the line", "pipeline", "nominal"),
    C("it had shut the pipeline", "The company", NCE, "nominal"),
    C("it had shut the pipeline", "it", NCE, "pronoun", 1),
    C("it had shut the pipeline", "the pipeline", "pipeline", "nominal"),
    C("it had shut the pipeline", "it", "pipeline", "pronoun", 2),
    C("accused the company of responding", "the company", NCE, "nominal"),
    C("We reported the smell", "We", PO),
    C("We reported the smell", "they", NCE),
    C("We reported the smell", "us", PO),
    C("The 52-year-old said", "The 52-year-old", PO, "nominal"),
    C("The 52-year-old said", "he", PO),
    C("The 52-year-old said", "his", PO, "pronoun", 1),
    C("The 52-year-old said", "his", PO, "pronoun", 2),
    C("The 52-year-old said", "his", PO, "pronoun", 3),
    C("its inspectors had reached the site", "its", "NOSDRA"),
    C("its inspectors had reached the site", "the company", NCE, "nominal"),
    C("The agency will publish its findings", "The agency", "NOSDRA", "nominal"),
    C("The agency will publish its findings", "its", "NOSDRA"),
    C("Community leaders rejected the company's account", "the company", NCE, "nominal"),
    C("Community leaders rejected the company's account", "the pipeline", "pipeline", "nominal"),
    C("They also demanded a full clean-up", "They", "community leaders"),
    C("produces much of Nigeria's crude", "its", "Bayelsa"),
    C("before engineers capped it", "it", ["leaking wellhead", "wellhead"]),
    C("it had ordered Niger Creek to stop", "it", "NUPRC"),
    C("it had ordered Niger Creek to stop", "they", "lines"),
    C("the company would comply with the order", "the company", NCE, "nominal"),
    C("We have deployed booms", "We", AN),
    C("We have deployed booms", "we", AN, "pronoun", 1),
    C("We have deployed booms", "our", AN),
    C("We have deployed booms", "we", AN, "pronoun", 2),
    C("We have deployed booms", "she", "Adaeze Nwosu"),
    C("Its director, Tamuno Briggs", "Its", "Delta Watch Initiative"),
    C("the group had counted more than 200 spills", "the group", "Delta Watch Initiative", "nominal"),
    C("the companies used sabotage claims", "the companies", "oil companies", "nominal"),
    C("the companies used sabotage claims", "their", "oil companies"),
    C("Police freed the workers", "the workers", "company workers", "nominal"),
    C("He said officers would not arrest", "He", MA),
    C("He said officers would not arrest", "the youths", "youths", "nominal"),
]

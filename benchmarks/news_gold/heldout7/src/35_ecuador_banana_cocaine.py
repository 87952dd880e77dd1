META = {"id": "news-gold-35", "date": "2026-02-25"}

TEXT = """
Ecuador police seize 7 tonnes of cocaine hidden in bananas bound for Antwerp

GUAYAQUIL, Ecuador, Feb 25 (Reuters) - Ecuadorean police seized more than 7 tonnes of cocaine hidden in a banana shipment at the port of Guayaquil on Tuesday, the largest haul in the country this year, officials said.
The drugs were packed into 280 boxes under the fruit and loaded onto a container ship operated by Hamburg-based Elbe Star Lines, police said.
Officers found the cocaine after sniffer dogs reacted to two refrigerated containers during a routine inspection, according to a police statement.

Police arrested four people, including two port workers and the manager of a packing plant in the province of El Oro, which borders Peru.
The plant supplied bananas to Costa Dorada Exports, a mid-sized exporter based in Machala that shipped the fruit to Europe, police said.
The company denied any wrongdoing and said it had been the victim of criminals who used its containers without its knowledge.
"We have exported bananas to Europe for 22 years and we have never failed an inspection," general manager Ramiro Alvarado told reporters in Machala.

Prosecutor Marisol Cevallos said the suspects would be charged with international drug trafficking, which carries a sentence of up to 26 years.
She said investigators were trying to identify the gang behind the shipment and had asked Belgian authorities for help.
Gangs linked to Mexican cartels have used Ecuador's ports for years to move cocaine from neighbouring Colombia and Peru to Europe and the United States.
Their rivalry has driven a surge in killings in coastal cities, and President Daniel Noboa declared an "internal armed conflict" in January 2024.

In Antwerp, Belgian customs officers have seized record amounts of cocaine in recent years, much of it from Ecuador.
Last week, Spanish police found 2 tonnes of the drug in a banana shipment from Ecuador at the port of Algeciras.
A spokesman for the Antwerp prosecutor's office, Kristof Peeters, said it had opened its own investigation and would cooperate with Ecuadorean prosecutors.
He declined to say whether anyone had been arrested in Belgium.
Ecuador's interior minister will meet Belgium's justice minister in Brussels on Friday to discuss port security, the Foreign Ministry said.

The container ship, the Elbe Meridian, left Guayaquil on Monday without the two containers, the shipping line said in a statement.
Police General Hernan Quiroga, who heads the national anti-narcotics unit, said the gangs paid port workers up to $5,000 to let containers through without inspection.
"They buy silence at every link of the chain," he said.
Quiroga said his unit had seized 94 tonnes of drugs last year.

The country's banana exporters' association, AEBE, warned that the seizure could hurt sales to Europe, which buys about a third of Ecuador's banana exports.
It urged the government to tighten controls at private packing plants, where most of the cocaine is loaded, rather than at the docks.
In Machala, two of the four suspects appeared before a judge on Tuesday evening.
The judge ordered them held in pre-trial detention for 90 days while prosecutors build the case, court records showed.
Sofia Endara, a lawyer for the plant manager, said her client had never seen the boxes and would fight the charges.
Costa Dorada Exports said it had suspended all shipments from the plant pending the investigation.
The country shipped about 380 million boxes of bananas last year, according to central bank data.
"""

POLICE = ["police", "Ecuadorean police"]
PLANT = ["packing plant", "plant"]
CDE = "Costa Dorada Exports"
RA = ["Ramiro Alvarado", "Costa Dorada Exports"]
MC = "Marisol Cevallos"
APO = ["Antwerp prosecutor's office", "prosecutor's office"]
HQ = "Hernan Quiroga"
SHIP = ["Elbe Meridian", "container ship", "ship"]
ESL = ["Elbe Star Lines", "shipping line"]
AEBE = ["AEBE", "banana exporters' association"]
MANAGER = ["manager", "plant manager"]

ALIASES = {
    "packing plant": ["plant"],
    "Elbe Meridian": ["container ship", "ship"],
    "Elbe Star Lines": ["shipping line"],
    "AEBE": ["banana exporters' association"],
    "Antwerp prosecutor's office": ["prosecutor's office"],
    "manager": ["plant manager"],
}

RELS = [
    # headline
    R("Ecuador police seize 7 tonnes", ["Ecuador police", "police"], "seize", "cocaine"),
    # dateline sentence
    R("Ecuadorean police seized more than 7 tonnes", POLICE, "seize", "cocaine", attr="officials", date="tue",
      place=["Guayaquil", "port of Guayaquil"]),
    R("operated by Hamburg-based Elbe Star Lines", "Elbe Star Lines", "operate", ["container ship", "ship"],
      "reduced_passive", attr="police"),
    R("Officers found the cocaine", ["officers", "police"], "find", "cocaine",
      attr=["statement", "police statement", "police"]),
    R("sniffer dogs reacted to", ["sniffer dogs", "dogs"], "react to", ["refrigerated containers", "containers"],
      "prepositional", attr=["statement", "police statement", "police"]),
    R("Police arrested four people", "police", "arrest", ["people", "port workers", "manager"]),
    R("which borders Peru", "El Oro", "border", "Peru", "relative"),
    R("The plant supplied bananas", PLANT, ["supply", "supply to"], ["bananas", CDE], "nominal_anaphora",
      attr="police"),
    R("that shipped the fruit", CDE, "ship", ["fruit", "bananas"], "relative apposition", attr="police"),
    R("The company denied any wrongdoing", CDE, "deny", "wrongdoing", "nominal_anaphora"),
    R("criminals who used its containers", "criminals", "use", "containers", "relative", attr=CDE),
    R("We have exported bananas", RA, "export", "bananas", "pronoun", attr="Ramiro Alvarado"),
    R("we have never failed an inspection", RA, "fail", "inspection", "pronoun conjunction", neg=True,
      attr="Ramiro Alvarado"),
    R("which carries a sentence", ["international drug trafficking", "drug trafficking"], "carry", "sentence",
      "relative", attr=MC),
    R("investigators were trying to identify", "investigators", "identify", "gang", "control", mod="trying to",
      attr=MC),
    R("had asked Belgian authorities", "investigators", "ask", ["Belgian authorities", "authorities"],
      "conjunction", attr=MC),
    R("have used Ecuador's ports", "gangs", "use", ["ports", "Ecuador's ports"]),
    R("Their rivalry has driven", "rivalry", "drive", "surge", "pronoun"),
    R("President Daniel Noboa declared", "Daniel Noboa", "declare", ["internal armed conflict", "armed conflict"],
      "conjunction", date="month:2024-01"),
    R("Belgian customs officers have seized", ["Belgian customs officers", "customs officers"], "seize", "cocaine",
      place="Antwerp"),
    R("Spanish police found 2 tonnes", "Spanish police", "find", "drug", date="week:2026-02-16",
      place=["Algeciras", "port of Algeciras"]),
    R("said it had opened its own investigation", APO, "open", "investigation", "pronoun",
      attr="Kristof Peeters"),
    R("would cooperate with Ecuadorean prosecutors", APO, "cooperate with", "Ecuadorean prosecutors",
      "prepositional pronoun conjunction", mod="would", attr="Kristof Peeters"),
    R("will meet Belgium's justice minister", ["interior minister", "Ecuador's interior minister"], "meet",
      ["justice minister", "Belgium's justice minister"], mod="will", attr="Foreign Ministry",
      date="2026-02-27", place="Brussels"),
    R("left Guayaquil on Monday", SHIP, "leave", "Guayaquil", "nominal_anaphora apposition", attr=ESL,
      date="mon"),
    R("who heads the national anti-narcotics unit", HQ, "head",
      ["national anti-narcotics unit", "anti-narcotics unit"], "relative"),
    R("the gangs paid port workers", "gangs", "pay", ["port workers", "$5,000"], "nominal_anaphora", attr=HQ),
    R("They buy silence", "gangs", "buy", "silence", "pronoun", attr=HQ),
    R("his unit had seized 94 tonnes", ["national anti-narcotics unit", "anti-narcotics unit", "unit"], "seize",
      "drugs", "pronoun", attr=HQ, date="year:2025"),
    R("the seizure could hurt sales", "seizure", "hurt", "sales", mod="could", attr=AEBE),
    R("which buys about a third", "Europe", "buy", ["banana exports", "exports", "third"], "relative", attr=AEBE),
    R("It urged the government", AEBE, "urge", "government", "control pronoun"),
    R("two of the four suspects appeared", "suspects", "appear before", "judge", "prepositional", date="tue",
      place="Machala"),
    R("The judge ordered them held", "judge", "order", "suspects", "nominal_anaphora pronoun",
      attr=["court records", "records"]),
    R("while prosecutors build the case", "prosecutors", "build", "case", attr=["court records", "records"]),
    R("her client had never seen the boxes", MANAGER, "see", "boxes", "nominal_anaphora", neg=True,
      attr="Sofia Endara"),
    R("would fight the charges", MANAGER, "fight", "charges", "nominal_anaphora conjunction", mod="would",
      attr="Sofia Endara"),
    R("it had suspended all shipments", CDE, "suspend", "shipments", "pronoun", attr=CDE),
    R("The country shipped about 380 million boxes", "Ecuador", "ship", ["bananas", "boxes"], "nominal_anaphora",
      attr=["data", "central bank data"], date="year:2025"),
]

COREF = [
    C("Ecuadorean police seized more than 7 tonnes", "the country", "Ecuador", "nominal"),
    C("The plant supplied bananas", "The plant", "packing plant", "nominal"),
    C("The company denied any wrongdoing", "The company", CDE, "nominal"),
    C("The company denied any wrongdoing", "it", CDE),
    C("The company denied any wrongdoing", "its", CDE, "pronoun", 1),
    C("The company denied any wrongdoing", "its", CDE, "pronoun", 2),
    C("We have exported bananas", "We", RA),
    C("We have exported bananas", "we", RA),
    C("She said investigators", "She", MC),
    C("Their rivalry has driven", "Their", "gangs"),
    C("much of it from Ecuador", "it", "cocaine"),
    C("said it had opened its own investigation", "it", "Antwerp prosecutor's office"),
    C("said it had opened its own investigation", "its", "Antwerp prosecutor's office"),
    C("He declined to say", "He", "Kristof Peeters"),
    C("left Guayaquil on Monday", "The container ship", "Elbe Meridian", "nominal"),
    C("left Guayaquil on Monday", "the shipping line", "Elbe Star Lines", "nominal"),
    C("the gangs paid port workers", "the gangs", "gangs", "nominal"),
    C("They buy silence", "They", "gangs"),
    C("They buy silence", "he", HQ),
    C("his unit had seized 94 tonnes", "his", HQ),
    C("The country's banana exporters' association", "The country", "Ecuador", "nominal"),
    C("It urged the government", "It", "AEBE"),
    C("The judge ordered them held", "The judge", "judge", "nominal"),
    C("The judge ordered them held", "them", "suspects"),
    C("a lawyer for the plant manager", "the plant manager", "manager", "nominal"),
    C("her client had never seen the boxes", "her client", "manager", "nominal"),
    C("her client had never seen the boxes", "the boxes", "boxes", "nominal"),
    C("it had suspended all shipments", "it", CDE),
    C("it had suspended all shipments", "the plant", "packing plant", "nominal"),
    C("The country shipped about 380 million boxes", "The country", "Ecuador", "nominal"),
]

META = {"id": "news-gold-28", "date": "2026-05-29"}

TEXT = """
China suspends Brazilian chicken imports after bird flu hits commercial farm

BRASILIA, May 29 (Reuters) - China suspended imports of chicken from Brazil on Friday after the country confirmed its first outbreak of highly pathogenic bird flu on a commercial farm, Brazil's agriculture ministry said.
The ministry said its inspectors had detected the H5N1 virus at a farm near Chapeco, in Santa Catarina state, on Thursday.
The farm supplies Avesul Alimentos, the country's second-largest poultry exporter, which ships chicken to more than 60 countries.
Overnight, workers culled about 70,000 birds at the site and sealed off a 10-kilometre zone around it, state officials said.

Agriculture Minister Eduardo Sampaio said the outbreak was contained and urged trading partners to limit any restrictions to Santa Catarina.
"Our surveillance system worked and we acted within hours," he told a news conference in Brasilia.
Sampaio said Brazil would not vaccinate its flocks, because vaccination could close more markets to its exports.
Last week, the ministry had warned farmers in the south to keep birds indoors after wild geese tested positive near Porto Alegre.

Shares in Avesul fell 8% in Sao Paulo on Friday, and the company said it would halt exports from three plants in the south.
Chief executive Mariana Vasconcelos told Reuters the company had not received cancelled orders from Asian buyers but expected delays at ports.
She said Avesul would ask the ministry to certify its other farms as free of the virus.

China, the largest buyer of Brazilian chicken, imported about 560,000 tonnes of it last year, according to the Brazilian Animal Protein Association (ABPA).
ABPA president Fernando Lacerda said the suspension would hurt farmers in the south, who were still recovering from floods in 2024.
He accused Beijing of overreacting and said the group would lobby Chinese officials to lift the ban within weeks.
Economists at Banco Itau said a long Chinese ban could cut Brazil's poultry revenue by up to 15% this year.
Exports of chicken earned Brazil nearly $10 billion last year, and the sector employs about 4 million people.

In Chapeco, residents said police had turned back trucks carrying animal feed at checkpoints since Thursday.
"They closed the roads, but nobody has explained what will happen to our birds," said Joao Batista Ramos, who raises 40,000 chickens on a neighbouring farm.
Santa Catarina's governor, Ana Paula Werner, declared a 90-day animal health emergency in the state on Friday.
The declaration allows her government to hire temporary veterinarians and restrict the movement of birds between farms.

The outbreak comes weeks after the World Organisation for Animal Health (WOAH) recorded cases of H5N1 in wild birds in Uruguay and Argentina.
The agency said last month that poultry producers across South America should tighten biosecurity.
Argentina halted poultry exports for three weeks in April after a case was found in Buenos Aires province.
"""

MIN = ["agriculture ministry", "Brazil's agriculture ministry", "Brazilian agriculture ministry", "ministry"]
ES = "Eduardo Sampaio"
AVE = ["Avesul Alimentos", "Avesul", "poultry exporter", "company"]
MV = "Mariana Vasconcelos"
ABPA = ["ABPA", "Brazilian Animal Protein Association", "group"]
FL = "Fernando Lacerda"
JBR = "Joao Batista Ramos"
APW = "Ana Paula Werner"
WOAH = ["WOAH", "World Organisation for Animal Health", "agency"]
VIRUS = ["H5N1 virus", "virus", "H5N1"]
PLACE_FARM = ["Chapeco", "Santa Catarina", "Santa Catarina state", "farm"]

ALIASES = {
    "agriculture ministry": ["Brazil's agriculture ministry", "Brazilian agriculture ministry", "ministry"],
    "Avesul Alimentos": ["Avesul", "company"],
    "ABPA": ["Brazilian Animal Protein Association", "group"],
    "WOAH": ["World Organisation for Animal Health", "agency"],
    "H5N1 virus": ["virus", "H5N1"],
    "Santa Catarina": ["Santa Catarina state", "state"],
}

RELS = [
    # headline
    R("China suspends Brazilian chicken imports", "China", "suspend", ["Brazilian chicken imports", "chicken imports", "imports"]),
    R("after bird flu hits", "bird flu", "hit", ["commercial farm", "farm"]),
    # P1
    R("China suspended imports of chicken", "China", "suspend", ["imports", "chicken imports"], attr=MIN, date="fri"),
    R("after the country confirmed", "Brazil", "confirm", ["outbreak", "bird flu outbreak"], "nominal_anaphora", attr=MIN),
    R("its inspectors had detected", ["inspectors"] + MIN, "detect", VIRUS, "pronoun", attr=MIN, date="thu", place=PLACE_FARM),
    R("The farm supplies Avesul Alimentos", "farm", "supply", AVE, "nominal_anaphora"),
    R("which ships chicken", AVE, "ship", "chicken", "relative apposition"),
    R("workers culled about 70,000 birds", "workers", "cull", "birds", attr="state officials", date="overnight", place=["farm", "site"]),
    R("sealed off a 10-kilometre zone", "workers", "seal off", "zone", "conjunction", attr="state officials", date="overnight"),
    # P2
    R("urged trading partners", ES, "urge", "trading partners", "control"),
    R("Brazil would not vaccinate its flocks", "Brazil", "vaccinate", "flocks", neg=True, mod="would", attr=ES),
    R("vaccination could close more markets", "vaccination", "close", "markets", mod="could", attr=ES),
    R("the ministry had warned farmers", MIN, "warn", "farmers", "control nominal_anaphora", date="week:2026-05-18"),
    # P3
    R("it would halt exports", AVE, "halt", "exports", "pronoun nominal_anaphora", mod="would", attr=AVE),
    R("had not received cancelled orders", AVE, "receive", ["cancelled orders", "orders"], "nominal_anaphora", neg=True, attr=MV),
    R("expected delays at ports", AVE, "expect", "delays", "conjunction nominal_anaphora", attr=MV),
    R("Avesul would ask the ministry", AVE, "ask", MIN, "control nominal_anaphora", mod="would", attr=MV),
    # P4
    R("imported about 560,000 tonnes of it", "China", "import", ["chicken", "Brazilian chicken", "tonnes"], "pronoun", attr=ABPA, date="year:2025"),
    R("the suspension would hurt farmers", "suspension", "hurt", "farmers", mod="would", attr=FL),
    R("who were still recovering from floods", "farmers", "recover from", "floods", "relative prepositional", attr=FL),
    R("He accused Beijing", FL, "accuse", ["China", "Beijing"], "pronoun"),
    R("would lobby Chinese officials", ABPA, "lobby", ["Chinese officials", "officials"], "control nominal_anaphora", mod="would", attr=FL),
    R("could cut Brazil's poultry revenue", ["Chinese ban", "ban"], "cut", ["poultry revenue", "revenue"], mod="could", attr=["economists", "Banco Itau"], date="year:2026"),
    R("Exports of chicken earned Brazil", ["exports", "chicken exports"], "earn", ["Brazil", "$10 billion"], date="year:2025"),
    R("the sector employs", ["sector", "poultry sector"], "employ", "people", "conjunction"),
    # P5
    R("police had turned back trucks", "police", "turn back", "trucks", attr="residents", place=["Chapeco", "checkpoints"]),
    R("trucks carrying animal feed", "trucks", "carry", ["animal feed", "feed"], "participial", attr="residents", place="Chapeco"),
    R("They closed the roads", "police", "close", "roads", "pronoun", attr=JBR),
    R("who raises 40,000 chickens", JBR, "raise", "chickens", "relative apposition", place=["neighbouring farm", "farm"]),
    R("declared a 90-day animal health emergency", APW, "declare", ["animal health emergency", "health emergency", "emergency"],
      "apposition", date="fri", place=["Santa Catarina", "Santa Catarina state"]),
    R("The declaration allows her government", "declaration", "allow", ["government", "state government", "Santa Catarina government", "Santa Catarina"], "control pronoun"),
    # P6
    R("recorded cases of H5N1", WOAH, "record", "cases"),
    R("should tighten biosecurity", ["poultry producers", "producers"], "tighten", "biosecurity", mod="should", attr=WOAH),
    R("Argentina halted poultry exports", "Argentina", "halt", ["poultry exports", "exports"], date="month:2026-04"),
]

COREF = [
    C("after the country confirmed", "the country", "Brazil", "nominal"),
    C("after the country confirmed", "its", "Brazil"),
    C("The ministry said its inspectors", "The ministry", "agriculture ministry", "nominal"),
    C("The ministry said its inspectors", "its", "agriculture ministry"),
    C("The farm supplies Avesul Alimentos", "the country", "Brazil", "nominal"),
    C("workers culled about 70,000 birds", "the site", "farm", "nominal"),
    C("workers culled about 70,000 birds", "it", "farm"),
    C("we acted within hours", "Our", [ES, "agriculture ministry", "Brazil"]),
    C("we acted within hours", "we", [ES, "agriculture ministry", "Brazil"]),
    C("we acted within hours", "he", ES),
    C("Brazil would not vaccinate its flocks", "its", "Brazil"),
    C("Brazil would not vaccinate its flocks", "its", "Brazil", "pronoun", 2),
    C("the ministry had warned farmers", "the ministry", "agriculture ministry", "nominal"),
    C("it would halt exports", "the company", "Avesul Alimentos", "nominal"),
    C("it would halt exports", "it", "Avesul Alimentos"),
    C("had not received cancelled orders", "the company", "Avesul Alimentos", "nominal"),
    C("Avesul would ask the ministry", "She", MV),
    C("Avesul would ask the ministry", "the ministry", "agriculture ministry", "nominal"),
    C("Avesul would ask the ministry", "its", "Avesul Alimentos"),
    C("Avesul would ask the ministry", "the virus", "H5N1 virus", "nominal"),
    C("imported about 560,000 tonnes of it", "it", ["chicken", "Brazilian chicken"]),
    C("He accused Beijing", "He", FL),
    C("He accused Beijing", "the group", "ABPA", "nominal"),
    C("They closed the roads", "They", "police"),
    C("They closed the roads", "our", [JBR, "farmers"]),
    C("animal health emergency in the state", "the state", "Santa Catarina", "nominal"),
    C("The declaration allows her government", "her", APW),
    C("The agency said last month", "The agency", "WOAH", "nominal"),
]

META = {"id": "news-gold-10", "date": "2026-10-13"}

TEXT = """
Chile mine collapse traps 23 workers, union calls strike

ANTOFAGASTA, Chile - A tunnel collapse at a copper mine run by Chilean miner Minera Atacama trapped 23 workers about 400 metres underground on Monday, emergency officials said.
Rescuers using heavy drills reached a ventilation shaft overnight, allowing them to send water and oxygen to the miners.
Mining Minister Paula Fuentes, speaking at the site, said all 23 men were alive.
The mine, located near the town of Sierra Gorda, had been inspected by the National Geology and Mining Service (Sernageomin) in August.
Inspectors found cracks in the main tunnel and ordered the company to reinforce it, according to a report obtained by the newspaper Diario del Desierto.

Minera Atacama, controlled by the Larrain family, denied ignoring the warnings.
Union leader Hernan Soto accused the company of putting profits before safety.
"They knew the tunnel was unsafe and sent us down anyway," he told Radio Bio-Bio by telephone.
The union, which represents some 1,200 miners, called a 48-hour strike on Monday.

Chile, the world's largest copper producer, has suffered several deadly mining accidents in recent years.
In 2010, 33 miners were trapped for 69 days at the San Jose mine before being hoisted to the surface in a capsule built by the Chilean navy.
That rescue, watched by millions of television viewers, made the miners international celebrities.
President Tomas Echeverria cut short a visit to Argentina and flew to Antofagasta on Monday night.
He promised that those responsible would be punished.
The accident halted production at the mine, which accounts for about 3 percent of Chile's copper output.
Copper prices rose 2 percent in London on Monday, with traders citing fears of supply disruptions.

Rescue teams from Canada and Australia, flown in by the Chilean air force, joined the operation on Tuesday.
Officials said drilling a new shaft wide enough to lift the men out could take up to three weeks.
Families of the trapped miners gathered at a camp set up by the company outside the mine gates.
Many said they had not been told about the earlier warnings.
"Nobody from the company has spoken to us," said Rosa Cortes, whose son is among the trapped workers.
"""

MA = "Minera Atacama"
COLLAPSE = ["tunnel collapse", "collapse", "mine collapse"]

ALIASES = {"Sernageomin": ["National Geology and Mining Service"]}

RELS = [
    R("Chile mine collapse traps", COLLAPSE, "trap", "workers"),
    R("union calls strike", "union", "call", "strike", "conjunction"),
    R("copper mine run by Chilean miner", MA, "run", ["copper mine", "mine"], "reduced_passive apposition", attr="emergency officials"),
    R("trapped 23 workers", COLLAPSE, "trap", "workers", attr="emergency officials", date="mon"),
    R("Rescuers using heavy drills", "rescuers", "use", ["heavy drills", "drills"], "participial"),
    R("reached a ventilation shaft", "rescuers", "reach", "ventilation shaft", date="overnight"),
    R("allowing them to send water", "rescuers", "send", "water", "participial control pronoun conjunction"),
    R("allowing them to send water", "rescuers", "send", "oxygen", "participial control pronoun conjunction"),
    R("had been inspected by the National Geology", "Sernageomin", "inspect", "mine", "passive", date="month:2026-08", place="Sierra Gorda"),
    R("Inspectors found cracks", "inspectors", "find", "cracks", attr="report"),
    R("ordered the company to reinforce", "inspectors", "order", MA, "conjunction nominal_anaphora control", attr="report"),
    R("a report obtained by the newspaper", "Diario del Desierto", "obtain", "report", "reduced_passive apposition"),
    R("controlled by the Larrain family", "Larrain family", "control", MA, "reduced_passive"),
    R("denied ignoring the warnings", MA, "ignore", "warnings", "control", neg=True, attr=MA),
    R("accused the company of putting", "Hernan Soto", "accuse", MA, "nominal_anaphora"),
    R("which represents some 1,200 miners", "union", "represent", "miners", "relative"),
    R("called a 48-hour strike", "union", "call", "strike", date="mon"),
    R("has suffered several deadly mining accidents", "Chile", "suffer", "mining accidents", "apposition"),
    R("a capsule built by the Chilean navy", "Chilean navy", "build", "capsule", "reduced_passive", date="year:2010"),
    R("watched by millions of television viewers", ["television viewers", "viewers"], "watch", "rescue", "reduced_passive"),
    R("cut short a visit to Argentina", "Tomas Echeverria", "cut short", "visit", date="mon"),
    R("flew to Antofagasta", "Tomas Echeverria", "fly to", "Antofagasta", "prepositional conjunction", date="mon"),
    R("The accident halted production", "accident", "halt", "production"),
    R("with traders citing fears", "traders", "cite", "fears", "participial", date="mon"),
    R("flown in by the Chilean air force", "Chilean air force", "fly in", "rescue teams", "reduced_passive"),
    R("joined the operation on Tuesday", "rescue teams", "join", "operation", date="tue"),
    R("a camp set up by the company", MA, "set up", "camp", "reduced_passive nominal_anaphora"),
]

COREF = [
    C("allowing them to send water", "them", "rescuers"),
    C("had been inspected by the National Geology", "The mine", "copper mine", "nominal"),
    C("ordered the company to reinforce", "the company", MA, "nominal"),
    C("ordered the company to reinforce", "it", "main tunnel"),
    C("accused the company of putting", "the company", MA, "nominal"),
    C("sent us down anyway", "They", MA),
    C("sent us down anyway", "he", "Hernan Soto"),
    C("He promised that those", "He", "Tomas Echeverria"),
    C("a camp set up by the company", "the company", MA, "nominal"),
    C("Many said they had not been told", "they", "families"),
]

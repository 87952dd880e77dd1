META = {"id": "news-gold-53", "date": "2026-09-16"}

TEXT = """
Sweden fines Nordvast Bank record 5 billion crowns over money laundering failures

STOCKHOLM, Sept 16 (Reuters) - Sweden's financial watchdog on Wednesday fined Nordvast Bank a record 5 billion crowns ($540 million) for failing to stop suspicious payments worth billions of euros through its Baltic branches, and ordered the lender to overhaul its controls.
Finansinspektionen (FI) said the bank had processed about 11 billion euros of transactions for high-risk customers in Estonia, Latvia and Lithuania between 2019 and 2024 without properly checking the customers' identities.
Nordvast, Sweden's fifth-largest lender, said it accepted the fine and would not appeal the decision.
Its shares rose 2.3 percent in Stockholm trading because investors had feared a larger penalty.

"We failed to see the warning signs, and we are deeply sorry," chief executive Karin Lindahl told reporters at the bank's Stockholm headquarters.
She said the bank had closed its Riga branch, dismissed 14 employees and hired former police investigators to review every account in the region.
Lindahl, who took over in January after her predecessor resigned, has promised to cut the bank's Baltic operations by half.
Her predecessor, Per-Olof Ek, has not commented publicly on the watchdog's findings.
A spokeswoman for Ek said he was cooperating with the authorities.

The FI's investigation found that staff in Riga had opened accounts for shell companies registered in the British Virgin Islands and Belize, according to a summary published by the watchdog.
Some of the companies moved money through Nordvast on behalf of Russian clients after sanctions were imposed in 2022, it said.
The bank did not report the transfers to Sweden's Financial Intelligence Unit, as the law requires, the watchdog said.

In Tallinn, prosecutors said on Wednesday they had opened a criminal investigation into two former managers of the bank's Estonian unit.
The two men, both Estonian citizens, are suspected of helping clients hide the origin of about 600 million euros.
Their lawyer, Marek Tamm, said the two had followed the bank's internal rules and had not broken any law.
Nordvast's Estonian unit was fined 1.5 million euros by the country's financial regulator in 2023.

The fine will wipe out about a third of the bank's expected 2026 profit, said Joakim Berg, a banking analyst at Stockholm brokerage Arkad Securities.
"It is painful, but it will not threaten the bank's capital position," he said.
Berg said the case could also hurt Nordvast's efforts to win corporate clients in Germany and the Netherlands, where it opened offices last year.

The penalty exceeds the 4 billion crowns the FI imposed on Swedbank in 2020 over similar failures in its Baltic network.
Denmark's Danske Bank agreed in 2022 to pay about $2 billion to U.S. authorities over laundering through its Estonian branch.
Sweden's finance ministry said it would propose a law next year giving the watchdog the power to ban bank executives found responsible for laundering failures.

Nordvast said it had set aside 5 billion crowns in June to cover the fine and would report third-quarter results on Oct. 22.
The bank, founded in Gothenburg in 1872, serves about 1.3 million customers in Sweden and the Baltics.
Its chairman, Gustaf Wennberg, said the board had full confidence in Lindahl and would not seek further management changes.
"""

NB = ["Nordvast Bank", "Nordvast"]
FIW = ["financial watchdog", "watchdog", "Finansinspektionen", "FI"]
FI = ["FI", "Finansinspektionen", "watchdog", "financial watchdog"]
KL = "Karin Lindahl"
PE = "Per-Olof Ek"
MGR = ["managers", "former managers", "men"]
JB = "Joakim Berg"
MINF = ["finance ministry", "ministry", "Swedish finance ministry"]

ALIASES = {
    "Nordvast Bank": ["Nordvast"],
    "FI": ["Finansinspektionen", "watchdog", "financial watchdog"],
    "managers": ["former managers"],
    "finance ministry": ["ministry", "Swedish finance ministry"],
    "high-risk customers": ["customers"],
    "shell companies": ["companies"],
}

RELS = [
    R("Sweden fines Nordvast Bank", ["Sweden"] + FIW, "fine", NB + ["crowns"]),
    R("on Wednesday fined Nordvast Bank", FIW, "fine", NB + ["crowns"], date="wed"),
    R("ordered the lender to overhaul", FIW, "order", NB, "control conjunction nominal_anaphora", date="wed"),
    R("the bank had processed about 11 billion euros", NB, "process", "transactions", "nominal_anaphora", attr=FI, date="years:2019-2024"),
    R("without properly checking the customers' identities", NB, "check", "identities", "participial nominal_anaphora", neg=True, attr=FI,
      date="years:2019-2024"),
    R("it accepted the fine", NB, "accept", "fine", "pronoun", attr=NB),
    R("would not appeal the decision", NB, "appeal", "decision", "pronoun conjunction", neg=True, mod="would", attr=NB),
    R("investors had feared a larger penalty", "investors", "fear", ["penalty", "larger penalty"]),
    R("We failed to see the warning signs", [KL] + NB, "see", ["warning signs", "signs"], "control pronoun", neg=True, attr=KL),
    R("the bank had closed its Riga branch", NB, "close", ["Riga branch", "branch"], "nominal_anaphora", attr=KL, place="Riga"),
    R("dismissed 14 employees", NB, "dismiss", "employees", "nominal_anaphora conjunction", attr=KL),
    R("hired former police investigators", NB, "hire", ["police investigators", "investigators", "former police investigators"],
      "nominal_anaphora conjunction", attr=KL),
    R("has promised to cut the bank's Baltic operations", KL, "promise", ["Baltic operations", "operations"], "control"),
    R("has promised to cut the bank's Baltic operations", KL, "cut", ["Baltic operations", "operations"], "control", mod="promised to"),
    R("has not commented publicly on the watchdog's findings", PE, "comment on", "findings", "prepositional apposition", neg=True),
    R("he was cooperating with the authorities", PE, "cooperate with", "authorities", "prepositional pronoun", attr=["spokeswoman", "spokeswoman for Ek"]),
    R("staff in Riga had opened accounts", "staff", "open", "accounts", attr=["summary", "investigation", "FI"]),
    R("a summary published by the watchdog", FIW, "publish", "summary", "reduced_passive nominal_anaphora"),
    R("Some of the companies moved money", ["shell companies", "companies"], "move", "money", "nominal_anaphora", attr=["summary", "FI", "watchdog"]),
    R("The bank did not report the transfers", NB, "report", "transfers", "nominal_anaphora", neg=True, attr=FIW),
    R("they had opened a criminal investigation", "prosecutors", "open", ["criminal investigation", "investigation"], "pronoun",
      attr="prosecutors", place="Tallinn"),
    R("are suspected of helping clients", MGR, "help", "clients", "participial control nominal_anaphora", mod="suspected of"),
    R("the two had followed the bank's internal rules", MGR, "follow", ["internal rules", "rules"], "nominal_anaphora", attr="Marek Tamm"),
    R("had not broken any law", MGR, "break", "law", "nominal_anaphora conjunction", neg=True, attr="Marek Tamm"),
    R("was fined 1.5 million euros by the country's", ["financial regulator", "regulator", "Estonian financial regulator"], "fine",
      ["Estonian unit", "unit", "euros"], "passive nominal_anaphora", date="year:2023"),
    R("The fine will wipe out", "fine", "wipe out", ["expected profit", "profit"], "prepositional", mod="will", attr=JB),
    R("it will not threaten the bank's capital position", "fine", "threaten", ["capital position", "position"], "pronoun conjunction",
      neg=True, mod="will", attr=JB),
    R("the case could also hurt", "case", "hurt", "efforts", mod="could", attr=JB),
    R("where it opened offices last year", NB, "open", "offices", "relative pronoun", attr=JB, date="year:2025", place=["Germany", "Netherlands"]),
    R("The penalty exceeds", "penalty", "exceed", "crowns"),
    R("the FI imposed on Swedbank", FI, ["impose", "impose on"], ["crowns", "Swedbank"], "relative", date="year:2020"),
    R("Danske Bank agreed in 2022", "Danske Bank", "agree", ["$2 billion", "billion", "authorities", "U.S. authorities"], "control", date="year:2022"),
    R("Danske Bank agreed in 2022", "Danske Bank", ["pay", "pay to"], ["$2 billion", "billion", "authorities", "U.S. authorities"], "control",
      mod="agreed to"),
    R("it would propose a law next year", MINF, "propose", "law", "pronoun", mod="would", attr=MINF, date="year:2027"),
    R("giving the watchdog the power", "law", "give", FIW + ["power"], "participial nominal_anaphora", attr=MINF),
    R("it had set aside 5 billion crowns", NB, "set aside", "crowns", "pronoun", attr=NB, date="month:2026-06"),
    R("would report third-quarter results", NB, "report", ["third-quarter results", "results"], "pronoun conjunction", mod="would", attr=NB,
      date="2026-10-22"),
    R("serves about 1.3 million customers", NB, "serve", "customers", "nominal_anaphora"),
    R("would not seek further management changes", ["board", "Nordvast board"], "seek", ["management changes", "changes"], "conjunction",
      neg=True, mod="would", attr="Gustaf Wennberg"),
]

COREF = [
    C("on Wednesday fined Nordvast Bank", "its", "Nordvast Bank"),
    C("on Wednesday fined Nordvast Bank", "the lender", "Nordvast Bank", "nominal"),
    C("on Wednesday fined Nordvast Bank", "its", "Nordvast Bank", occurrence=2),
    C("the bank had processed about 11 billion euros", "the bank", "Nordvast Bank", "nominal"),
    C("the bank had processed about 11 billion euros", "the customers", "high-risk customers", "nominal"),
    C("it accepted the fine", "it", "Nordvast Bank"),
    C("investors had feared a larger penalty", "Its", "Nordvast Bank"),
    C("We failed to see the warning signs", "We", [KL] + NB),
    C("We failed to see the warning signs", "we", [KL] + NB),
    C("We failed to see the warning signs", "the bank", "Nordvast Bank", "nominal"),
    C("the bank had closed its Riga branch", "She", KL),
    C("the bank had closed its Riga branch", "the bank", "Nordvast Bank", "nominal"),
    C("the bank had closed its Riga branch", "its", "Nordvast Bank"),
    C("has promised to cut the bank's Baltic operations", "her", KL),
    C("has promised to cut the bank's Baltic operations", "the bank", "Nordvast Bank", "nominal"),
    C("has not commented publicly on the watchdog's findings", "Her", KL),
    C("has not commented publicly on the watchdog's findings", "the watchdog", "FI", "nominal"),
    C("he was cooperating with the authorities", "he", PE),
    C("a summary published by the watchdog", "the watchdog", "FI", "nominal"),
    C("Some of the companies moved money", "the companies", "shell companies", "nominal"),
    C("Some of the companies moved money", "it", ["summary", "FI", "Finansinspektionen", "watchdog"]),
    C("The bank did not report the transfers", "The bank", "Nordvast Bank", "nominal"),
    C("The bank did not report the transfers", "the watchdog", "FI", "nominal"),
    C("they had opened a criminal investigation", "they", "prosecutors"),
    C("they had opened a criminal investigation", "the bank", "Nordvast Bank", "nominal"),
    C("are suspected of helping clients", "The two men", "managers", "nominal"),
    C("the two had followed the bank's internal rules", "Their", "managers"),
    C("the two had followed the bank's internal rules", "the two", "managers", "nominal"),
    C("the two had followed the bank's internal rules", "the bank", "Nordvast Bank", "nominal"),
    C("was fined 1.5 million euros by the country's", "the country", "Estonia", "nominal"),
    C("The fine will wipe out", "the bank", "Nordvast Bank", "nominal"),
    C("it will not threaten the bank's capital position", "It", "fine"),
    C("it will not threaten the bank's capital position", "it", "fine"),
    C("it will not threaten the bank's capital position", "the bank", "Nordvast Bank", "nominal"),
    C("it will not threaten the bank's capital position", "he", JB),
    C("where it opened offices last year", "it", "Nordvast Bank"),
    C("the FI imposed on Swedbank", "its", "Swedbank"),
    C("Danske Bank agreed in 2022", "its", "Danske Bank"),
    C("it would propose a law next year", "it", "finance ministry"),
    C("it would propose a law next year", "the watchdog", "FI", "nominal"),
    C("it had set aside 5 billion crowns", "it", "Nordvast Bank"),
    C("serves about 1.3 million customers", "The bank", "Nordvast Bank", "nominal"),
    C("would not seek further management changes", "Its", "Nordvast Bank"),
]

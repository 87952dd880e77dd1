META = {"id": "news-gold-26", "date": "2026-10-07"}

TEXT = """
Portuguese police raid football clubs in match-fixing probe

LISBON, Portugal - Portuguese police raided the offices of three top-flight football clubs and arrested nine people on Tuesday in an investigation into match-fixing and illegal betting, prosecutors said.
Officers detained the president of CD Montemor, Rui Falcao, and two of the club's players at their homes near Evora, according to a statement from the Public Prosecutor's Office.
Prosecutors said a betting syndicate based in Asia had bribed players and referees to manipulate at least 11 Primeira Liga matches last season.
The syndicate paid players up to 50,000 euros each and promised referees a share of the winnings, they said.
Falcao, who took over the club in 2021, denied any wrongdoing through his lawyer.
"My client has never fixed a match and will prove it in court," lawyer Sofia Marques told Reuters.

The Portuguese Football Federation (FPF) suspended the two players and said it would cooperate fully with the investigation.
It also postponed Montemor's match against Benfica, which had been scheduled for the weekend.
In Oeiras, police also searched the headquarters of the FPF on Tuesday, but the federation said it was not a target of the investigation.
UEFA, European football's governing body, said its integrity unit had flagged unusual betting patterns on several of the matches in 2025 and alerted Portuguese police.
The league's chief executive, Helena Barros, said the scandal would not damage the competition and promised to publish the results of an internal audit.
Betting firms have suspended markets on Montemor's remaining games and frozen accounts linked to the suspects, the gaming regulator SRIJ said.

The raids, carried out by more than 200 officers in Lisbon, Porto and Braga, were the largest in Portuguese football since 2004.
Police seized cash, mobile phones and luxury cars, the prosecutors' statement said.
Prosecutors accused one suspect, a former goalkeeper, of recruiting players on behalf of the syndicate.
He allegedly laundered the syndicate's profits through a restaurant chain in the Algarve, the statement said.
In Lisbon, a judge ordered six of the suspects held in custody on Wednesday and released the other three on bail.

Portugal will co-host the 2030 World Cup with Spain and Morocco, and FIFA has urged the country to tighten its betting rules.
Sports Minister Tiago Lemos said the government planned to create a special prosecutor's office for sports crime and would ask parliament to raise prison sentences for match-fixing.
"Whoever bought these games will be found and punished," he said.
The scandal has hit CD Montemor hard.
Its main sponsor, the regional lender Banco Tejo Sul, ended its contract with the club on Tuesday, and hundreds of fans burned club scarves outside the stadium in Montemor-o-Novo.
Montemor, which won promotion to the top flight in 2024, could be relegated by the league's disciplinary council if the charges are proven.
"""

CDM = ["CD Montemor", "Montemor"]
RF = "Rui Falcao"
FPF = ["FPF", "Portuguese Football Federation"]
STMT = ["statement", "Public Prosecutor's Office", "prosecutors"]
SYN = ["betting syndicate", "syndicate"]
HB = "Helena Barros"
TL = "Tiago Lemos"
TOWNS = ["Lisbon", "Porto", "Braga"]
BTS = ["Banco Tejo Sul", "sponsor", "main sponsor"]

ALIASES = {"CD Montemor": ["Montemor", "club"], "FPF": ["Portuguese Football Federation", "federation"],
           "betting syndicate": ["syndicate"], "Primeira Liga": ["league"], "Banco Tejo Sul": ["sponsor"],
           "former goalkeeper": ["suspect", "goalkeeper"], "matches": ["Primeira Liga matches"]}

RELS = [
    R("Portuguese police raid football clubs", "police", "raid", ["football clubs", "clubs"]),
    R("Portuguese police raided the offices", ["police", "Portuguese police"], "raid", ["offices", "football clubs", "clubs"], attr="prosecutors", date="tue"),
    R("arrested nine people on Tuesday", ["police", "Portuguese police"], "arrest", "people", "conjunction", attr="prosecutors", date="tue"),
    R("Officers detained the president of CD Montemor", "officers", "detain", [RF, "president"], "apposition", attr=STMT, place="Evora"),
    R("two of the club's players at their homes", "officers", "detain", "players", "conjunction", attr=STMT, place="Evora"),
    R("had bribed players and referees", SYN, "bribe", "players", attr="prosecutors"),
    R("had bribed players and referees", SYN, "bribe", "referees", "conjunction", attr="prosecutors"),
    R("The syndicate paid players", SYN, "pay", "players", "nominal_anaphora", attr="prosecutors"),
    R("promised referees a share of the winnings", SYN, "promise", ["share", "referees"], "conjunction nominal_anaphora", attr="prosecutors"),
    R("who took over the club in 2021", RF, "take over", CDM, "relative nominal_anaphora", date="year:2021"),
    R("denied any wrongdoing", RF, "deny", "wrongdoing"),
    R("My client has never fixed a match", RF, "fix", "match", "nominal_anaphora", neg=True, attr="Sofia Marques"),
    R("suspended the two players", "FPF", "suspend", "players"),
    R("it would cooperate fully with the investigation", "FPF", "cooperate with", "investigation", "prepositional pronoun", mod="would", attr="FPF"),
    R("It also postponed Montemor's match", "FPF", "postpone", "match", "pronoun"),
    R("police also searched the headquarters", "police", "search", "headquarters", date="tue", place="Oeiras"),
    R("its integrity unit had flagged", ["integrity unit", "UEFA"], "flag", ["betting patterns", "unusual betting patterns"], "pronoun", attr="UEFA", date="year:2025"),
    R("alerted Portuguese police", ["integrity unit", "UEFA"], "alert", ["police", "Portuguese police"], "pronoun conjunction", attr="UEFA"),
    R("the scandal would not damage the competition", "scandal", "damage", ["Primeira Liga", "competition"], "nominal_anaphora", neg=True, mod="would", attr=HB),
    R("promised to publish the results", HB, "promise", "results", "control conjunction apposition"),
    R("promised to publish the results", HB, "publish", "results", "control conjunction apposition", mod="promised to"),
    R("Betting firms have suspended markets", "betting firms", "suspend", "markets", attr="SRIJ"),
    R("frozen accounts linked to the suspects", "betting firms", "freeze", "accounts", "conjunction", attr="SRIJ"),
    R("carried out by more than 200 officers", "officers", "carry out", "raids", "reduced_passive", place=TOWNS),
    R("Police seized cash", "police", "seize", "cash", "conjunction", attr=["statement", "prosecutors"]),
    R("seized cash, mobile phones", "police", "seize", "mobile phones", "conjunction", attr=["statement", "prosecutors"]),
    R("mobile phones and luxury cars", "police", "seize", "luxury cars", "conjunction", attr=["statement", "prosecutors"]),
    R("Prosecutors accused one suspect", "prosecutors", "accuse", ["former goalkeeper", "suspect", "goalkeeper"], "apposition"),
    R("He allegedly laundered the syndicate's profits", ["former goalkeeper", "suspect", "goalkeeper"], "launder", "profits", "pronoun", mod="allegedly", attr=["statement", "prosecutors"]),
    R("a judge ordered six of the suspects", "judge", "order", "suspects", "control", date="wed", place="Lisbon"),
    R("released the other three on bail", "judge", "release", "suspects", "conjunction", date="wed", place="Lisbon"),
    R("Portugal will co-host the 2030 World Cup", "Portugal", "co-host", ["World Cup", "2030 World Cup"], mod="will"),
    R("FIFA has urged the country", "FIFA", "urge", "Portugal", "control nominal_anaphora conjunction"),
    R("the government planned to create", "government", "create", ["prosecutor's office", "special prosecutor's office"], "control", mod="planned to", attr=TL),
    R("would ask parliament to raise prison sentences", "government", "ask", "parliament", "control conjunction", mod="would", attr=TL),
    R("The scandal has hit CD Montemor hard", "scandal", "hit", CDM),
    R("ended its contract with the club", BTS, "end", "contract", "apposition", date="tue"),
    R("fans burned club scarves", "fans", "burn", ["club scarves", "scarves"], "conjunction", place="Montemor-o-Novo"),
    R("could be relegated by the league's disciplinary council", ["disciplinary council", "league's disciplinary council"], "relegate", CDM, "passive", mod=["could", "if"]),
    R("which won promotion to the top flight", CDM, "win", "promotion", "relative", date="year:2024"),
]

COREF = [
    C("two of the club's players at their homes", "the club", "CD Montemor", "nominal"),
    C("two of the club's players at their homes", "their", [RF, "players"]),
    C("The syndicate paid players", "The syndicate", "betting syndicate", "nominal"),
    C("The syndicate paid players", "they", "prosecutors"),
    C("who took over the club in 2021", "the club", "CD Montemor", "nominal"),
    C("who took over the club in 2021", "his", RF),
    C("My client has never fixed a match", "My client", RF, "nominal"),
    C("My client has never fixed a match", "it", None),
    C("it would cooperate fully", "it", "FPF"),
    C("It also postponed Montemor's match", "It", "FPF"),
    C("police also searched the headquarters", "the federation", "FPF", "nominal"),
    C("police also searched the headquarters", "it", "FPF"),
    C("its integrity unit had flagged", "its", "UEFA"),
    C("its integrity unit had flagged", "the matches", "matches", "nominal"),
    C("The league's chief executive", "The league", "Primeira Liga", "nominal"),
    C("the scandal would not damage the competition", "the competition", "Primeira Liga", "nominal"),
    C("Prosecutors accused one suspect", "the syndicate", "betting syndicate", "nominal"),
    C("He allegedly laundered", "He", "former goalkeeper"),
    C("He allegedly laundered", "the syndicate", "betting syndicate", "nominal"),
    C("FIFA has urged the country", "the country", "Portugal", "nominal"),
    C("FIFA has urged the country", "its", "Portugal"),
    C("Whoever bought these games", "these games", "matches", "nominal"),
    C("Whoever bought these games", "he", TL),
    C("ended its contract with the club", "Its", "CD Montemor"),
    C("ended its contract with the club", "its", "Banco Tejo Sul"),
    C("ended its contract with the club", "the club", "CD Montemor", "nominal"),
    C("could be relegated by the league's disciplinary council", "the league", "Primeira Liga", "nominal"),
]

META = {"id": "news-gold-41", "date": "2026-09-24"}

TEXT = """
Thieves steal Savoy jewels from Turin museum in night raid

TURIN, Italy, Sept 24 (Reuters) - Three masked men broke into a museum overnight and stole a diamond tiara and four brooches from the collection of Italy's former royal family, police said on Thursday.
The thieves cut through a ground-floor window of the Villa Ferrero museum with an angle grinder, according to a police statement.
They smashed two display cases and escaped on two scooters less than seven minutes after entering the building.
A night guard who raised the alarm was not hurt, police said.

The museum's director, Chiara Bellandi, said the thieves had ignored paintings worth far more.
"They walked past a Canaletto without looking at it," she told reporters outside the villa, which was closed to visitors on Thursday.
Bellandi said the museum's alarm system had been upgraded last year by Sentinella Sicurezza, a Milan-based security company, and that she had asked the Piedmont regional government for money for more cameras.
The company said in a statement that the alarm had worked and that its guards had reached the villa within four minutes.

Investigators from the Carabinieri art squad, which has recovered thousands of stolen works since it was founded in 1969, have taken over the case.
Colonel Marco Vitale, who leads the squad's Turin unit, said the gang may have studied the building for weeks.
He said investigators were questioning museum staff and the security company's guards.
Footage recorded by the museum's cameras shows the men in carnival masks.
Police found one of the scooters near Porta Susa railway station on Thursday morning, and forensic teams were examining it for fingerprints.

In Nice, French police detained a 61-year-old Italian antiques dealer on Thursday afternoon at the request of prosecutors in Turin, who suspect him of arranging a buyer for the jewels.
The dealer denied any involvement, his lawyer said.
"My client has never seen these jewels, and he was at home on the night of the theft," the lawyer, Enrico Salvetti, told Reuters.

Culture Minister Lorenzo Gatti called the theft "an attack on the nation's memory" and promised to strengthen security at state museums, which have faced budget cuts since 2023.
Insurers said the theft could push up premiums for Italian museums, many of which cannot afford round-the-clock guards.
In October 2025, thieves stole eight pieces of the French crown jewels from the Louvre, and in 2019 a gang raided the Green Vault museum in Dresden.
The Savoy collection was donated to the museum by a descendant of King Umberto II in 1987, according to its website.

"I heard glass breaking and then the alarm," said Giuseppe Ferro, 58, the night guard, who was in a control room on the ground floor.
"By the time I reached the stairs, they were gone," he said.
Bellandi said police would hand the building back to staff on Monday.
The squad has sent Interpol and the main European auction houses photographs of the stolen pieces, Vitale said.
"""

MEN = ["men", "masked men", "thieves"]
MUSEUM = ["Villa Ferrero museum", "Villa Ferrero", "museum"]
CB = "Chiara Bellandi"
SS = ["Sentinella Sicurezza", "security company"]
SQUAD = ["Carabinieri art squad", "art squad", "squad", "Carabinieri"]
MV = "Marco Vitale"
DEALER = ["antiques dealer", "Italian antiques dealer", "dealer"]
GF = "Giuseppe Ferro"
SCOOTERS = ["scooters", "scooter"]

ALIASES = {
    "men": ["masked men", "thieves"],
    "Villa Ferrero museum": ["Villa Ferrero", "museum"],
    "Sentinella Sicurezza": ["security company"],
    "Carabinieri art squad": ["art squad", "squad", "Carabinieri"],
    "antiques dealer": ["Italian antiques dealer", "dealer"],
    "scooters": ["scooter"],
}

RELS = [
    R("Thieves steal Savoy jewels", "thieves", "steal", ["Savoy jewels", "jewels"]),
    R("Three masked men broke into a museum", MEN, "break into", "museum", "prepositional", attr="police", date="overnight"),
    R("stole a diamond tiara and four brooches", MEN, "steal", ["diamond tiara", "tiara"], "conjunction", attr="police",
      date="overnight"),
    R("stole a diamond tiara and four brooches", MEN, "steal", "brooches", "conjunction", attr="police", date="overnight"),
    R("The thieves cut through a ground-floor window", MEN, "cut through", ["ground-floor window", "window"],
      "prepositional nominal_anaphora", attr=["police statement", "statement", "police"]),
    R("They smashed two display cases", MEN, "smash", "display cases", "pronoun"),
    R("after entering the building", MEN, "enter", MUSEUM, "participial pronoun nominal_anaphora"),
    R("A night guard who raised the alarm", "night guard", "raise", "alarm", "relative", attr="police"),
    R("the thieves had ignored paintings", MEN, "ignore", "paintings", "nominal_anaphora", attr=CB),
    R("They walked past a Canaletto", MEN, "walk past", "Canaletto", "prepositional pronoun", attr=CB),
    R("without looking at it", MEN, "look at", "Canaletto", "participial prepositional pronoun", neg=True, attr=CB),
    R("had been upgraded last year by Sentinella Sicurezza", "Sentinella Sicurezza", "upgrade", "alarm system",
      "passive apposition", attr=CB, date="year:2025"),
    R("she had asked the Piedmont regional government", CB, ["ask", "ask for"],
      ["Piedmont regional government", "money"], "pronoun conjunction", attr=CB),
    R("its guards had reached the villa", ["guards", "Sentinella Sicurezza"], "reach", MUSEUM,
      "pronoun nominal_anaphora", attr="Sentinella Sicurezza"),
    R("which has recovered thousands of stolen works", SQUAD, "recover", ["stolen works", "works"], "relative"),
    R("have taken over the case", "investigators", "take over", "case", "prepositional"),
    R("who leads the squad's Turin unit", MV, "lead", ["Turin unit", "unit"], "relative apposition"),
    R("the gang may have studied the building", MEN, "study", MUSEUM, "nominal_anaphora", mod="may", attr=MV),
    R("investigators were questioning museum staff", "investigators", "question", "museum staff", attr=MV),
    R("investigators were questioning museum staff", "investigators", "question", "guards", "conjunction", attr=MV),
    R("Footage recorded by the museum's cameras", ["cameras", "museum's cameras"], "record", "footage", "reduced_passive"),
    R("shows the men in carnival masks", "footage", "show", MEN, "nominal_anaphora"),
    R("Police found one of the scooters", "police", "find", SCOOTERS, "nominal_anaphora", date="thu",
      place=["Porta Susa railway station", "Porta Susa station", "Porta Susa"]),
    R("forensic teams were examining it", "forensic teams", "examine", SCOOTERS, "pronoun conjunction"),
    R("French police detained a 61-year-old", "French police", "detain", DEALER, date="thu", place="Nice"),
    R("who suspect him of arranging", "prosecutors", "suspect", DEALER, "relative pronoun"),
    R("The dealer denied any involvement", DEALER, "deny", "involvement", "nominal_anaphora", attr="lawyer"),
    R("My client has never seen these jewels", DEALER, "see", "jewels", "nominal_anaphora", neg=True,
      attr=["Enrico Salvetti", "lawyer"]),
    R("promised to strengthen security", "Lorenzo Gatti", "promise", "security", "control conjunction"),
    R("promised to strengthen security", "Lorenzo Gatti", "strengthen", "security", "control conjunction",
      mod="promised to"),
    R("which have faced budget cuts", "state museums", "face", "budget cuts", "relative"),
    R("the theft could push up premiums", "theft", "push up", "premiums", mod="could", attr="insurers"),
    R("many of which cannot afford", ["Italian museums", "museums"], "afford", "round-the-clock guards", "relative",
      neg=True, attr="insurers"),
    R("thieves stole eight pieces", "thieves", "steal", ["French crown jewels", "crown jewels", "pieces"],
      date="month:2025-10"),
    R("a gang raided the Green Vault museum", "gang", "raid", ["Green Vault museum", "Green Vault"], "conjunction",
      date="year:2019"),
    R("was donated to the museum by a descendant", "descendant", "donate", ["Savoy collection", "collection"],
      "passive nominal_anaphora", attr=["website", "Villa Ferrero museum"], date="year:1987"),
    R("I heard glass breaking", GF, "hear", ["glass", "glass breaking"], "pronoun", attr=GF),
    R("I heard glass breaking", GF, "hear", "alarm", "pronoun conjunction", attr=GF),
    R("By the time I reached the stairs", GF, "reach", "stairs", "pronoun", attr=GF),
    R("police would hand the building back", "police", "hand back", MUSEUM, "nominal_anaphora", mod="would", attr=CB,
      date="2026-09-28"),
    R("The squad has sent Interpol", SQUAD, "send", ["Interpol", "photographs"], "nominal_anaphora", attr=MV),
    R("The squad has sent Interpol", SQUAD, "send", ["auction houses", "European auction houses", "photographs"],
      "conjunction nominal_anaphora", attr=MV),
]

COREF = [
    C("The thieves cut through a ground-floor window", "The thieves", "men", "nominal"),
    C("They smashed two display cases", "They", "men"),
    C("They smashed two display cases", "the building", "Villa Ferrero museum", "nominal"),
    C("The museum's director, Chiara Bellandi", "The museum", "Villa Ferrero museum", "nominal"),
    C("The museum's director, Chiara Bellandi", "the thieves", "men", "nominal"),
    C("They walked past a Canaletto", "They", "men"),
    C("They walked past a Canaletto", "it", "Canaletto"),
    C("They walked past a Canaletto", "she", CB),
    C("They walked past a Canaletto", "the villa", "Villa Ferrero museum", "nominal"),
    C("had been upgraded last year by Sentinella Sicurezza", "the museum", "Villa Ferrero museum", "nominal"),
    C("had been upgraded last year by Sentinella Sicurezza", "she", CB),
    C("its guards had reached the villa", "The company", "Sentinella Sicurezza", "nominal"),
    C("its guards had reached the villa", "its", "Sentinella Sicurezza"),
    C("its guards had reached the villa", "the villa", "Villa Ferrero museum", "nominal"),
    C("which has recovered thousands of stolen works", "it", "Carabinieri art squad"),
    C("who leads the squad's Turin unit", "the squad", "Carabinieri art squad", "nominal"),
    C("who leads the squad's Turin unit", "the gang", "men", "nominal"),
    C("who leads the squad's Turin unit", "the building", "Villa Ferrero museum", "nominal"),
    C("He said investigators were questioning", "He", MV),
    C("He said investigators were questioning", "the security company", "Sentinella Sicurezza", "nominal"),
    C("Footage recorded by the museum's cameras", "the museum", "Villa Ferrero museum", "nominal"),
    C("Footage recorded by the museum's cameras", "the men", "men", "nominal"),
    C("Police found one of the scooters", "the scooters", "scooters", "nominal"),
    C("Police found one of the scooters", "it", "scooters"),
    C("who suspect him of arranging", "him", "antiques dealer"),
    C("The dealer denied any involvement", "The dealer", "antiques dealer", "nominal"),
    C("The dealer denied any involvement", "his", "antiques dealer"),
    C("My client has never seen these jewels", "My client", "antiques dealer", "nominal"),
    C("My client has never seen these jewels", "My", "Enrico Salvetti"),
    C("My client has never seen these jewels", "he", "antiques dealer"),
    C("called the theft", "the nation", "Italy", "nominal"),
    C("The Savoy collection was donated", "The Savoy collection", "collection", "nominal"),
    C("The Savoy collection was donated", "the museum", "Villa Ferrero museum", "nominal"),
    C("The Savoy collection was donated", "its", "Villa Ferrero museum"),
    C("I heard glass breaking", "I", GF),
    C("By the time I reached the stairs", "I", GF),
    C("By the time I reached the stairs", "they", "men"),
    C("By the time I reached the stairs", "he", GF),
    C("police would hand the building back", "the building", "Villa Ferrero museum", "nominal"),
    C("The squad has sent Interpol", "The squad", "Carabinieri art squad", "nominal"),
]

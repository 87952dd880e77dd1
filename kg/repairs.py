"""Repairs of parses the small English model gets wrong in a known, checkable way.

``kg_repairs`` runs right after the parser, before the attribute ruler, so the
part of speech, morphology and lemma of a repaired token follow from its
repaired tag. Each repair names the misparse it undoes and is checked on the
tree, never on words:

- a participle taken for the verb of a second clause: "She blamed contaminated
  wells for the outbreak" comes out as *blamed* + xcomp *contaminated* (VBD) with
  *wells* as its object, which reads as "she contaminated wells". When the
  participle directly follows a verb that has no object of its own, has no
  subject, auxiliary or "to" of its own, and has exactly one object, it is that
  object's modifier: *blamed* -> dobj *wells* -> amod *contaminated*, and what
  hung from the participle ("for the outbreak") hangs from the verb.
- a subordinate clause read as a prepositional phrase on the object, in headlines
  above all: "Serbia recalls ambassador after Croatia expels diplomat" comes out as
  *ambassador* the subject of *expels* with "after Croatia" on it. When a finite
  verb's subject carries a subordinator ("after", "as" ...) whose object stands
  right before the verb, and the verb hangs from an earlier verb without an object,
  the subject is that earlier verb's object and the subordinator's object is the
  subject: *recalls* -> dobj *ambassador*; *expels* -> mark *after*, nsubj *Croatia*.
- a verb tagged as an adverb or adjective although the parser gave it a subject and an
  object: "Germany and Spain back the agreement, while ..." (*back* RB) is retagged as
  the verb it is (VBP; VBZ after -s, VBD after -ed), so it is read as one.
- a headline read as one noun phrase with its verb a compound on the object: "Mexican police
  arrest suspect in killing of journalist" (*police* and *arrest* compounds on the root *suspect*)
  when the body uses the word as a verb ("arrested"): the word is the root (VBP), the noun before
  it its subject and the root noun its object. The subject may be a plural name opening the
  headline that the tagger took for an adjective ("Houthis attack cargo ship in Red Sea").
- a headline's first clause read as the complement of its second clause's verb though that verb
  has an object of its own: "Ruling party wins Malawi vote, opposition alleges fraud" (*wins* a
  ccomp of *alleges*) is two clauses, the first the root and the second its conjunct; a report
  without an object stays one ("Army retakes town, residents say").
- a headline's second verb in the base form tagged as a singular noun though the parser made it
  the first verb's conjunct, with a noun after it: "Floods kill 40 in Kenya, displace thousands"
  (*displace* NN, *thousands* its npadvmod) is retagged VBP with that noun its object.
- a headline's second verb tagged as a plural noun though the parser made it the first verb's
  conjunct with an object of its own: "Britain sanctions Russian oil traders, targets shadow
  fleet" (*targets* NNS, so it is read as one more thing sanctioned) is retagged VBZ; and a noun
  the parser made a headline object's own object ("shadow fleet": *fleet* a dobj of *shadow*) is
  the verb's object, the first noun classifying it (nouns take no objects).
- a relative "that" tagged as a subordinator (IN) although the parser made it the subject
  of a clause inside a relative clause: "a reform that unions said would cut benefits"
  (*that* nsubj of *cut*, under *said* relcl on *reform*) is retagged WDT, the relative
  pronoun it is, so the clause's subject is the noun the relative clause modifies.
- a past-tense verb coordinated with the verb of a reported clause in another tense:
  "told reporters his client would appeal and described the ruling as politically
  motivated" comes out as *described* a conjunct of *appeal*, an act of the client. A
  finite verb without a subject or auxiliary of its own, coordinated with a reported verb
  that has a modal ("would appeal"), is the reporting verb's conjunct: the lawyer described.
  So is a past tense after ", and" coordinated with a reported perfect: "said hospitals had
  cancelled 12,000 procedures, including hip replacements, and urged patients to ..." (the
  comma closes the reported clause, and the perfect is in another form than the past), and a
  past tense with an object coordinated with a reported passive: "warned that more rain was
  expected this week and urged residents to move" (a second passive takes no object).
- a trailing participle hung on a parenthetical report: "Israel struck a school in Gaza,
  the health ministry said, killing 12 people" comes out as *killing* under *said*
  (parataxis), the ministry's act. A participle without a subject of its own, after a
  comma, under a verb that is itself a parenthesis of the main clause, belongs to the main
  clause's verb: the strike killed them. (Not a participle of speech — "..., officials
  said, adding that ...", "citing sources" — which is the speaker's: the one repair that
  reads words, since the tree of both is the same.)
- speakers taken for the last conjuncts of the reported clause's object: "The ferry hit a
  reef, injuring 12 crew, coastguard and port officials said" comes out as *coastguard* and
  *officials* conjuncts of *crew* and *said* without a subject ("forcing thousands to flee,
  aid workers said": a second object of *forcing*). When a reporting verb after its reported
  clause has no subject, and the words right before it are nouns conjoined to an object (or a
  second object) after a comma, those nouns (from the one after the comma) are its subject.
- an apposition read as the subject of a trailing report: "Rebels attacked a base held by the
  12th brigade, a unit trained by French officers, near Bunia, local leaders and a UN source
  said" comes out with *unit* the subject of *said* and the speakers conjuncts of *Bunia*
  (so the unit said it). When a reporting verb that ends its sentence after its reported
  clause has for subject a noun set off by a comma right after another noun, whose phrase
  runs up to the verb, and the words right before the verb are nouns conjoined after a comma
  inside that phrase, those nouns are the subject and the noun is an apposition on the noun
  before its comma. The same with "told" and its one object ("..., residents told Reuters").
- an age used as a noun: "The 29-year-old denied taking the drug" comes out as *old* an
  adjective on *denied*, which has no subject. An adjective hung on a verb before it, with
  "year" hyphened to it, is the subject noun it stands for (NN), and takes its "the".
- an answer to an accusation read as the main clause: "Congo accuses Rwanda of arming the
  rebels, a charge Kigali denies" comes out as *denies* the root with *accuses* its ccomp and
  "a charge" compounded on *Kigali*, which reads as Kigali denying that Congo accuses. When a
  denial verb (deny, reject ...) has a clausal complement before it and its subject carries
  an accusation noun (charge, claim ...) after ", a", the complement is the main clause, the
  noun sums it up (npadvmod) and the denial is a relative clause on the noun. The same noun
  hung in apposition on a noun before the main verb ("Ukraine accused Russia of shelling the
  plant, a claim Moscow rejected": *claim* on *Ukraine*, so Moscow rejected Ukraine) is
  re-hung on the main verb, and so is one hung after a comma on the last noun of an accusing
  verb's clause ("accused China of ramming its vessels near the Second Thomas Shoal, an
  allegation Beijing rejected": Beijing rejected the allegation, not the shoal); and a sentential "which" answering an accusation ("accuses
  Rwanda of backing the rebels, which Kigali denies") denies the accusation, not the rebels:
  its clause hangs on the accusing verb.
- the agent of a passive hung on its gerund complement: "was blocked from forming a government
  by military-appointed senators" comes out with "by senators" on *forming*, so the senators
  block nobody. A "by" phrase on an active gerund that is the "from"/"of"/"with" complement of
  a passive verb without an agent is that verb's agent ("was accused of taking bribes by
  prosecutors"), and so is one on the noun object of that phrase ("was barred from the race by the
  election commission", "was stripped of his title by the federation"); not when its noun says how
  ("barred from travelling by road").
- a participle coordinated with the infinitive under another participle: "..., forcing
  schools to close and disrupting flights" comes out as *disrupting* a conjunct of *close*
  (so the schools disrupt flights, and close them). A gerund is no conjunct of a bare
  infinitive: when a VBG conjunct hangs on a "to" infinitive that is the complement of a
  VBG, it (and its "and") is that VBG's conjunct: the storm forced and disrupted.
- an active verb coordinated with a reduced relative: "Police searched the offices of two
  firms linked to the fraud and seized computers" comes out as *seized* a conjunct of
  *linked*, an act of the firms. A past tense with an object of its own, without a subject
  or auxiliary, is no conjunct of a passive participle modifying a noun: it (and its "and")
  is the conjunct of the finite verb above that noun: the police seized.
- the subject of a second clause read as one more conjunct of the first clause's last noun:
  "Troops fired on protesters outside the parliament and police arrested dozens of students"
  comes out with *police* a conjunct of *parliament* and *arrested* without a subject, so the
  troops arrest the students ("The company blamed the delay on a shortage of chips and analysts
  cut their forecasts": the company cuts them). A noun after "and"/"but", coordinated with a
  noun of the clause before and followed right away by a finite verb without a subject that
  hangs on that clause's finite verb with its own subject, is that verb's subject, and the verb the
  clause's conjunct (not under a participle: "militants linked to al Qaeda and Islamic State
  control large areas" is one list, the militants' act).
- a report set off inside its reported clause: "The rebels, a military spokesman said on Tuesday,
  had ambushed a convoy" comes out with *rebels* a second subject of *said* and *ambushed* without
  one, so nobody ambushed. A subject of a reporting verb followed by ", " and the verb's other
  subject, when the verb's complement after it resumes after a comma without a subject of its own,
  is that complement's subject.
- a clause before a semicolon read as reported by the clause after it: "The storm knocked down
  power lines; utility Enedis said crews had restored power" comes out with *knocked* the
  complement of *said*, so Enedis reports the storm. A complement before its root with a
  semicolon between them is the root, and the reporting verb its conjunct.
- a subordinate clause whose subordinator was read as a preposition with the clause's subject
  as its object: "Airlines cancelled flights after ash from the volcano drifted over the
  island" comes out as *after* a preposition on *cancelled* with *ash* its object, and
  *drifted* a conjunct (or adverbial) of *cancelled* without a subject, so the airlines drift.
  When a finite verb without a subject or subordinator of its own hangs on an earlier verb
  whose "after"/"before"/"since"/"until" phrase ends right before it (its noun's phrase, and
  any prepositions the parser hung between them on the earlier verb), the preposition is the
  verb's subordinator, its noun the verb's subject, and the prepositions between that noun's.
- a noun phrase summing up a clause, read as the subject of the clause's second verb across its
  "and": "The regulator fined the bank 30 million euros, the second penalty it has imposed on
  the lender this year, and ordered it to hire a monitor" comes out with *penalty* the subject
  of *ordered*, so the penalty orders. A subject that follows its verb's first conjunct after a
  comma and is cut from its own verb by ", and" is no subject: it sums up the first clause
  (npadvmod, like the summary nouns above) and the second verb shares the first one's subject.
- the object of a verb and the subject of the next clause read as one subject of a clause the
  verb takes: "The company closed the plant and workers occupied the offices", "Israeli jets struck
  Rafah and Hamas fired rockets" come out with "the plant and workers" the subject of *occupied*,
  the complement of *closed*, so the plant occupies and nothing is closed. When a verb that takes
  no clause without "that" (not say, believe, fear ...: CLAUSE_TAKING) has no object and its
  complement's subject is two coordinated nouns, the first right after the verb and the second
  right before the complement's verb, the first is the verb's object, the second the subject of
  its own clause, and that clause the verb's conjunct. The complement may be a participle after
  its auxiliaries: "said the rebels had seized the airport and troops had withdrawn from the city".
- a past tense after a relative clause set off by commas, read as a conjunct inside it: "The
  court convicted two executives of Atlantis Obras, which prosecutors said had paid most of the
  bribes, and fined the company" comes out as *fined* a conjunct of *paid*, an act of the firm.
  A past tense with an object and no subject or auxiliary of its own, after ", and", hung on a
  verb of another form ("had paid") inside a relative clause opened by "which"/"who" after a
  comma (or on a noun set off by a comma: "fined the bank, the second penalty it has imposed on
  the lender this year, and ordered it to hire a monitor"), is the conjunct of the past tense
  above the relative clause's noun: the court fined, the regulator ordered. So is one hung on an
  adverbial clause with a subject of its own set off by commas ("Ethiopia accused Eritrea of arming
  rebels, as tensions rose over the port, and recalled its ambassador": the tensions recalled).
- the main verb after a subject's object relative clause with two conjuncts, read as a
  conjunct inside it: "The talks, which the RSF attended but the army boycotted, ended without
  a deal" comes out with *boycotted* the root (*talks* and *army* both its subjects) and *ended*
  its conjunct, "The plan, which the unions backed and the employers rejected, cut the pension
  age" with *plan* the root and *cut* a conjunct of *rejected*: the army ended, the employers
  cut. A verb without a subject of its own, after the comma that closes a relative clause opened
  by "which"/"who"/"whom" after a comma whose pronoun is its verb's object, hung on the
  relative's second conjunct (a verb with a subject of its own and no object), is the main verb:
  the root, with the relative clause's noun its subject, and the second conjunct goes back into
  the relative clause.
- a rival before a score read as an adverbial: "Manchester City beat Arsenal 2-1 to go
  top" comes out as *Arsenal* an npadvmod of *beat*, which has no object. A name right
  after a verb without object, followed by a score ("2-1"), is the verb's object.
- a headline's passive participle read as a past tense: "Striker banned for six matches
  after attacking referee" comes out as *banned* (VBD) the root with *Striker* its subject,
  the striker banning. Headlines tell past events in the present, and a past form in a
  headline is a participle: when the headline's root is a past tense without object,
  auxiliary or clause of its own, and the article's body uses the same word as a passive
  ("Keane was banned for six matches"), it is that passive (VBN, its subject nsubjpass).
- a trailing participle read as an adjective on its object: "Dock workers walked off the
  job on Tuesday, halting container traffic at the port" comes out as *halting* an amod of
  *traffic*, and *traffic* a conjunct of *walked* (or an apposition of *workers*), so
  nothing halts anything. A noun coordinated with a verb (no coordination joins those), or
  in apposition on its subject but after the verb (or hung on it as a dep or a copula's attr:
  "have been on strike since June, halting output at the mine"), whose first word, right after a comma,
  is a gerund hung on it as a modifier (or an -ing word the tagger took for a noun or an
  adjective: "have been on strike since Sept. 13, halting production") is that gerund's
  object, and the gerund an adverbial clause of the verb: the workers halted traffic. So is a
  noun hung as one more conjunct on a list that its "and" already closed ("poured into the
  streets of Lusaka and Kitwe, waving flags": *flags* a conjunct of *Lusaka*), for the verb
  of the clause holding the list: the supporters waved flags; and so is a second object after a
  comma ("blocked the highway for six hours, burning tyres and throwing stones at police": *tyres*
  a second object of *blocked*), with an -ing conjunct of the object the participle's conjunct,
  and an adverbial noun whose -ing word the tagger took for a noun compounded on it ("walked out
  for a second day, closing schools": not an -ing noun of its own, "housing", "shipping" ...).
- a headline's noun compound read as subject and verb: "Dock workers strike shuts Antwerp
  port" comes out as *strike* (VBP) the root with the direct object *shuts* (NNS) and
  *port* a second object or an apposition of *shuts*, so the workers strike the shuts. When
  a headline's root has a plural-tagged word in -s right after it as its object, and one
  more noun as a second object or that word's apposition (or the word is a compound on the
  root's one object: "Rail workers strike halts trains"), the word is the verb (VBZ, the
  root, with that noun its object) and the root a noun, its subject, whose own subject was
  the compound before it. So is such a word hung as the root's dative (or object) with an object
  of its own: "Dock workers strike shuts Australia's busiest port".
- a participle's object read as a second object of the verb above it: "agreed to settle a
  lawsuit accusing Chief Executive Tim Cook of defrauding shareholders" comes out with *Cook*
  a second direct object of *settle* and *accusing* (an acl of *lawsuit*) without one, so
  Apple settles Cook. A verb's second direct object that starts right after a participle
  modifying its first one, which has no object of its own, is that participle's object.
- an acronym spelt like a wh-word: "WHO declares mpox outbreak a global emergency" comes out
  with *WHO* a wh-pronoun (WP), so the subject is a question word and nobody declares. A
  subject in capitals tagged a wh-word, in a sentence not written all in capitals, is a
  proper noun (NNP).
- a person's name hung in apposition on the place of their title: "The governor of Kaduna,
  Uba Sani, visited the village" comes out with *Sani* an apposition of *Kaduna*, so the
  governor stays nameless and Kaduna gets a second name. A proper name without a determiner,
  set off by a comma right after the proper-noun object of "of" on a singular person noun
  (governor, president, leader ...), is that person noun's apposition.
- a headline's subject read as a compound on its verb: "Appeals court upholds conviction of
  former Kenyan minister", "Police officer shoots teenager in Paris" come out with *court*
  and *officer* compounds of the verb, which has no subject, so nothing upholds or shoots. A
  noun right before a finite verb with an object and without a subject, hung on it as a
  compound, is its subject (and what else was hung on the verb before that noun is the
  noun's); not when the "verb" stands in a noun's slot ("ruled out further rate rises").
- a second participle read as an adjective on its object: "..., halting trains and crippling
  commuter services", "flooding homes and damaging crops" come out with *crippling* an amod
  of *services*, itself a conjunct of *trains*, so the workers halt "crippling commuter
  services". A noun coordinated with a participle's object, opening with an -ing word right
  after the "and", is that word's object, and the word (VBG) the participle's conjunct; not
  an everyday -ing adjective ("seizing weapons and remaining stocks").
- a headline's verb read as its subject and its object as its verb: "Opposition wins
  election, ruling party disputes result" comes out with *disputes* (NNS) the subject of
  *result* (VBP), the root, so nothing disputes anything. When a headline's root is a base
  form without object whose subject is the plural-tagged -s word right before it, itself
  modified by a noun, and the article's body uses the root's word as a noun and never as a
  verb ("... would challenge the result in court"), the -s word is the verb (VBZ), the root
  its object and the noun before it its subject. When a noun follows the root as its object
  ("Dangote refinery halts petrol output after fire": *petrol* the root), the root's word
  classifies that noun (a compound on it), which is the -s word's object.
- a past tense coordinated with the infinitive of a control verb: "The union vowed to fight
  the closures and called on the government to block the sale" comes out as *called* a
  conjunct of *fight*, so the calling is only vowed (and "the government" what the union
  vowed). A past tense is no conjunct of a "to" infinitive: a VBD conjunct without subject or
  auxiliary, hung on an infinitive with "to", is the conjunct of the verb the infinitive
  completes: the union vowed and called. Not a word whose past is its base ("cut", "put").
- a headline's second predicate after a comma read as the root: "Tesla recalls 200,000
  cars, cites software fault" comes out as *recalls* a clausal complement of *cites*, which
  has no subject, so nobody cites ("Israel strikes Beirut suburb, kills Hezbollah commander": with
  the object read as a subject after the verb, which it is not, save for a report's speaker:
  "..., says minister"); "Gunmen kill villagers in Nigeria, abduct children" as
  *abduct* an unlabelled dependent of *kill*. A headline's finite verb without a subject right
  after a comma, hung as the root over a finite clause with a subject before it (or hung on
  that clause's verb as a dep), is that verb's conjunct: Tesla recalls and cites. Its verb
  may also be read as a noun compounded on its object, itself a conjunct of the first verb
  ("Court convicts former mayor, orders seizure of assets": *orders* NNS on *seizure*, so the
  court convicts the seizure; or the noun an unlabelled dependent of the verb, or a phrase on the
  comma after its object, so nothing orders anything; or one more noun of a list on the first
  verb's object, "Typhoon lashes Taiwan, halts flights and trading", when the body uses the word
  as a verb: "weapons caches" is a noun): a headline's noun hung as a conjunct (or a dep) on a verb right after a
  comma, opening with a bare plural-tagged -s word compounded on it, is that word's object,
  and the word (VBZ) the verb's conjunct; so is that noun when the parser made it the root with
  the first clause its complement ("Court jails former governor, orders seizure of ranches":
  *seizure* the root over *jails*; "Top court strikes down finance law, orders refunds": *orders*
  the subject of *refunds*, the root), the first verb then the root. After a plural subject the
  verb is a base form the tagger takes for a singular noun ("Astronomers map distant galaxy,
  measure age of stars": *measure* NN): read so when the body uses the word as a verb.
- a headline's first predicate read as a noun phrase: "EU fines chipmaker, opens probe into cloud
  deals" comes out with *fines* (NNS) a compound on *chipmaker*, the subject of *opens*, so the
  chipmaker opens the probe and nobody fines anyone ("Police detain editor, seize computers",
  "Rebels shell city, kill 12 civilians": *detain*, *shell* NN; "Court upholds ban on TikTok,
  company vows appeal": *ban* the complement of *vows*; "Pakistan bans rallies, arrests opposition
  leader": *rallies* the root, *arrests* its conjunct). When the noun right before a headline's
  comma is the subject or complement of the verb after it (or the root, with that verb its
  conjunct), and a lower-case word is compounded on it with a noun before it, and the body uses
  the word as a verb ("fined", "detained"), the word is the verb (VBZ for an -s word, VBP for a
  base form after a plural subject), the noun before it its subject, the noun after it its object
  and the verb after the comma its conjunct.
- a headline's two predicates read as one object with a comma inside it: "Scientists sequence
  ancient genome, trace origins of plague" comes out with *genome* a modifier (nmod) of
  *origins* and *trace* a compound on it, so the scientists sequence origins. When the noun
  right before a comma modifies the headline root's object, and the lower-case word right after
  the comma is a bare compound on that object, the noun is the root's object, the word its
  second verb (a conjunct) and the object that verb's.
- an agent read as a gerund with its object: "fields polluted by leaking pipelines", "a
  building destroyed by exploding gas cylinders" come out as *leaking* a gerund (pcomp of
  "by") with *pipelines* its object, so the fields leak pipelines and nothing pollutes them.
  A "by" phrase on a passive without an agent, holding only an everyday -ing adjective
  (leaking, exploding, rising ...) and the bare noun right after it, is the passive's agent,
  with the -ing word a modifier of it (not "financed by selling bonds": a means, whose -ing
  word is no such adjective).
- a telling verb's "that" clause read as a relative clause on its addressee: "told a rally
  in the capital that workers would not return" comes out as *return* a relative clause on
  *capital* (or *rally*) with *that* its object, so the workers return the capital and the
  leader tells nothing. When the addressee of tell, inform, assure, remind or notify (or the
  object of a phrase on it) carries a relative clause opened by "that" as its object (or as a
  subordinator, which no relative clause has), with a subject of its own, and the verb has no clause of its own, the clause is the verb's
  complement and "that" its subordinator (the parser reads it so when the clause's verb has an
  object: "told a conference that the company would cut prices").
- a present-tense conjunct tagged a plural noun: "a gang that controls the main road and kidnaps
  travellers" comes out with *kidnaps* (NNS) a conjunct of *controls* with *travellers* its
  object, so the gang controls "kidnaps". A plural-tagged word in -s hung as the conjunct of a
  verb in -s before it, with an object of its own and no determiner or modifier, is a verb (VBZ);
  so is one hung bare as a conjunct of that verb's object, with the noun phrase right after it a
  second object of the verb ("controls the northern highway and kidnaps migrants for ransom").
- a body sentence's past tense read as a participle inside its subject: "Floods caused by the
  collapse of a dam killed at least 37 people" comes out with *Floods* the root and *killed* an acl
  of *dam*, so the dam's participle kills and nothing else happens. When a body sentence's root is
  a noun and no finite verb has a subject, the first past form after it hung as an acl or relative
  clause, with a direct object after it and no subject, auxiliary, agent or relative word of its
  own, is the root (VBD) with the root noun its subject; what follows it is its. Likewise a finite
  past (VBD) with an object hung as an acl right after the subject when the root is a participle
  after a comma: "The club named former midfielder X as his replacement, handing him a contract".
- a headline noun in -s read as a second verb: "Health ministry launches measles vaccination drive
  after outbreak" comes out with *measles* (VBZ) an xcomp of *launches* and *drive* its object, so
  the ministry "measles" the drive. No verb takes a bare finite verb right after it as its
  complement: a VBZ hung so, without subject or auxiliary, whose object starts right after it, is a
  noun (NNS) compounded on that object, which is the first verb's.
- a headline read with no clause at all: "Nigeria's refinery halts output after fire" comes out
  with *halts* (NNS) the subject of *output*, the root, "Thousands march in Belgrade" with
  *march* a noun, "City council votes to ban cars" with *votes* a noun and *ban* its relative
  clause, so nothing halts, marches or bans. When a headline has no finite verb and no base
  form with a subject (save in a noun's slot: "Federation bans sprinter", *bans* the subject
  of *sprinter*), and the headline opens with a noun phrase followed by a lower-case
  word in -s (or a base form after a plural) that the body uses as a verb ("forced the plant
  to halt production", "marched", "voted"), that word is the verb: the phrase before it its
  subject, the noun phrase right after it its object (or a "to" infinitive its complement),
  and what follows is the verb's (a noun after a comma hangs loose: "..., dozens missing").
  The headline repair for a verb read as its subject now also leaves a clause whose -s word
  the body uses as a noun and never as a verb: "Rail workers strike over pay" (the body's
  "rail workers walked out").
- a headline's first verb read into the subject of its second: "Dutch court orders Shell unit to
  pay Nigerian farmers" comes out with *orders* a compound in "court orders Shell unit", the
  subject of *pay*; "Police detain gang leader, seize weapons" with *detain* a modifier of
  *leader*, the subject of *seize*. When a headline's root (a present verb) has for subject a
  phrase that opens the headline and is followed by "to" or a comma right before the root, and
  inside that phrase, after a noun, is a lower-case word in -s (or a base form after a plural)
  that the body uses as a verb, that word is the first verb: the words before it its subject,
  the subject phrase's noun its object, and the root its infinitive complement ("to pay") or
  its conjunct (", seize").
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.coref import ACCUSING_VERBS, DENYING_ANSWERS, PERSON_NOUNS

__all__ = ["kg_repairs"]

#: Subordinators the parser may take for prepositions ("after Croatia expels ...").
SUBORDINATORS = frozenset("after before as while since until because once when".split())
#: Finite verb tags.
FINITE = frozenset({"VBZ", "VBD", "VBP"})

#: Dependents that make a participle the verb of a clause of its own.
CLAUSE_MARKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})


def _participle_object(participle: Token) -> Token | None:
    """The object a misparsed participle modifies, or None when the parse may be right."""
    verb = participle.head
    if not (participle.dep_ == "xcomp" and participle.tag_ in ("VBD", "VBN") and verb.i == participle.i - 1
            and verb.tag_.startswith("VB")):
        return None
    if any(c.dep_ in CLAUSE_MARKERS for c in participle.children) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    objects = [c for c in participle.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].left_edge.i != participle.i + 1:
        return None  # "blamed contaminated [the] wells": the object starts right after it
    return objects[0]


def _subordinate_subject(verb: Token) -> tuple[Token, Token, Token] | None:
    """(object of the earlier verb, subordinator, real subject) when ``verb``'s subject is
    the misparse described in the module docstring, else None."""
    head = verb.head
    if verb.tag_ not in FINITE or verb.dep_ not in ("ccomp", "conj") or not head.tag_.startswith("VB") \
            or head.i >= verb.i or any(c.dep_ == "dobj" for c in head.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i < head.i:
        return None
    subject = subjects[0]
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in SUBORDINATORS and prep.i > subject.i:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objects) == 1 and objects[0].i == verb.i - 1 and len(list(prep.children)) == 1:
                return subject, prep, objects[0]
    return None


#: Subordinators the parser may read as a preposition with the clause's subject as its object.
TIME_SUBORDINATORS = frozenset("after before since until".split())
#: Dependents that give a verb a clause of its own (a subject or a subordinator).
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "mark"})


def _subordinator_read_as_preposition(verb: Token) -> tuple[Token, Token, list[Token]] | None:
    """(subordinator, subject, prepositions between them and the verb) when ``verb`` is the
    verb of a clause whose subordinator the parser read as a preposition on the verb above
    (see the module docstring), else None."""
    head = verb.head
    if verb.tag_ not in FINITE or verb.dep_ not in ("conj", "advcl") or not head.tag_.startswith("VB") \
            or head.i >= verb.i or any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return None
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "closed the mine after the flood and sacked the workers": coordinated
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in TIME_SUBORDINATORS or not head.i < prep.i < verb.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1 or len(list(prep.children)) != 1 or objects[0].tag_ not in NOMINAL_TAGS \
                or objects[0].ent_type_ in ("DATE", "TIME"):
            continue
        subject = objects[0]
        if any(t.dep_ == "cc" for t in subject.subtree):
            continue  # "resigned after the vote and officials said ...": a second clause's subject (see below)
        # what stands between the noun's phrase and the verb: prepositions the parser hung on the verb above
        between = [c for c in head.children if c.dep_ == "prep" and subject.i < c.i < verb.i]
        end = subject.right_edge.i
        for extra in between:
            if extra.left_edge.i != end + 1:
                break
            end = extra.right_edge.i
        if end == verb.i - 1 and not any(t.is_punct for t in verb.doc[prep.i:verb.i]):
            return prep, subject, between
    return None


def _relative_that(word: Token) -> bool:
    """Whether ``word`` is a relative "that" mistagged IN, as the module docstring describes."""
    if word.lower_ != "that" or word.tag_ != "IN" or word.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = word.head
    while clause.dep_ in ("ccomp", "conj") and clause.head.i != clause.i and clause.i > word.i:
        clause = clause.head  # up from the reported clause to the reporting verb
    return clause.dep_ == "relcl" and clause.head.i < word.i


def _reporter_conjunct(verb: Token) -> Token | None:
    """The reporting verb a past-tense conjunct belongs to (see the module docstring), else None."""
    reported = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or reported.dep_ != "ccomp" \
            or reported.i > verb.i or reported.head.i > reported.i or not reported.head.tag_.startswith("VB"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in reported.children) \
            and not _perfect_closed_by_comma(verb, reported) and not _active_after_passive(verb, reported):
        return None  # "said the army withdrew and released prisoners": both may be reported
    return reported.head


def _active_after_passive(verb: Token, reported: Token) -> bool:
    """Whether a past tense with an object of its own follows a reported passive: "warned that
    more rain was expected this week and urged residents to move" (a second passive would be a
    participle without an object: "said the man was arrested and charged with murder")."""
    return verb.tag_ == "VBD" and reported.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in reported.children) \
        and any(c.dep_ == "dobj" for c in verb.children)


def _perfect_closed_by_comma(verb: Token, reported: Token) -> bool:
    """Whether a past tense follows a reported perfect ("had cancelled") after ", and": "said
    hospitals had cancelled 12,000 procedures, including hip replacements, and urged patients"."""
    cc = verb.doc[verb.i - 1]
    return verb.tag_ == "VBD" and reported.tag_ == "VBN" and cc.dep_ == "cc" and cc.head.i == reported.i \
        and verb.doc[cc.i - 1].text == "," \
        and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in reported.children)


#: Participles that go on with the report ("..., officials said, adding that ..."): the speaker's.
SPEECH_PARTICIPLES = frozenset(
    "adding citing saying noting quoting explaining insisting stressing warning arguing describing calling".split()
)


def _parenthesis_participle(participle: Token) -> Token | None:
    """The main verb a trailing participle belongs to (see the module docstring), else None."""
    report = participle.head
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp") or report.i > participle.i \
            or participle.doc[participle.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in participle.children) \
            or participle.lower_ in SPEECH_PARTICIPLES:
        return None
    if report.dep_ == "parataxis" and report.head.i < report.i:
        return report.head  # "..., the ministry said, killing": the report hangs from the main verb
    fronted = [c for c in report.children if c.dep_ == "ccomp" and c.i < report.i]
    if fronted and any(c.dep_ == "nsubj" for c in report.children):
        return fronted[0]  # "Police fired tear gas, witnesses said, forcing": the report is the root
    return None


#: Reporting verbs as written (the lemmatiser runs after the repairs) that take their
#: reported clause before them with no object: "..., coastguard and port officials said."
TRAILING_REPORT_WORDS = frozenset({"said", "says", "added", "reported", "confirmed", "stated", "wrote"})

#: Tags of speakers (the attribute ruler sets parts of speech after the repairs).
NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _speakers_in_object(report: Token) -> Token | None:
    """The first speaker the parser hung on the reported clause's object (see the module
    docstring) for a reporting verb ``report`` without a subject, else None."""
    doc = report.doc
    if report.lower_ not in TRAILING_REPORT_WORDS or report.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in report.children):
        return None
    last = doc[report.i - 1]
    if last.tag_ not in NOMINAL_TAGS:
        return None
    word = last
    while word.head.i != word.i and word.i < report.i:
        second_object = word.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < word.i for c in word.head.children)
        if word.dep_ != "conj" and not second_object:
            return None
        # the nearest conjunct after a comma begins the speakers ("crew, coastguard and ...")
        if word.left_edge.i > 0 and doc[word.left_edge.i - 1].text == ",":
            reported = word.head
            while reported.dep_ not in ("ccomp", "ROOT") and reported.head.i != reported.i:
                reported = reported.head
            return word if reported.dep_ == "ccomp" and reported.head.i == report.i else None
        if word.head.tag_ not in NOMINAL_TAGS:
            return None
        word = word.head
    return None


def _apposition_read_as_reporter(report: Token) -> tuple[Token, Token, Token] | None:
    """(the first speaker, the apposition taken for the subject, the noun it is set beside) for
    a trailing report whose subject is an apposition that swallowed the speakers (see the module
    docstring), else None."""
    doc = report.doc
    if report.i < 4 or report.i + 1 >= len(doc):
        return None
    told = report.lower_ == "told" and report.i + 2 < len(doc) and doc[report.i + 1].dep_ in ("dobj", "dative") \
        and doc[report.i + 2].is_punct
    if not (told or report.lower_ in TRAILING_REPORT_WORDS and doc[report.i + 1].is_punct):
        return None  # "..., residents said." or "..., residents told Reuters."
    subjects = [c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i > report.i:
        return None
    apposition = subjects[0]
    start, end = apposition.left_edge.i, apposition.right_edge.i
    if end != report.i - 1 or start < 2 or doc[start - 1].text != "," or apposition.tag_ not in ("NN", "NNS"):
        return None
    owner = doc[start - 2]
    if owner.tag_ not in NOMINAL_TAGS or not any(c.dep_ == "ccomp" and c.i < start for c in report.children):
        return None
    word = doc[report.i - 1]
    while word.dep_ == "conj" and start < word.head.i:
        # the nearest conjunct after a comma begins the speakers ("..., near Bunia, local leaders and a UN source")
        if doc[word.left_edge.i - 1].text == "," and word.head.i != apposition.i:
            return word, apposition, owner
        word = word.head
    return None


def _age_subject(word: Token) -> Token | None:
    """The verb an age used as a noun is the subject of ("The 29-year-old denied"), else None."""
    verb = word.head
    doc = word.doc
    if word.dep_ != "amod" or word.tag_ != "JJ" or not verb.tag_.startswith("VB") or verb.i < word.i \
            or word.i < 2 or doc[word.i - 1].text != "-" or doc[word.i - 2].lower_ not in ("year", "years"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


#: Nouns that sum up an accusation ("..., a charge Kigali denies"), as spelt (this runs before
#: the lemmatizer).
ACCUSATION_NOUNS = frozenset("charge accusation allegation claim assertion".split())


def _inflections(lemmas: frozenset[str]) -> frozenset[str]:
    """The verbs ``lemmas`` as spelt in their base, -s and -ed forms ("deny": denies, denied)."""
    forms = set()
    for word in lemmas:
        if word.endswith("y"):
            forms |= {word, f"{word[:-1]}ies", f"{word[:-1]}ied"}
        elif word.endswith("e"):
            forms |= {word, f"{word}s", f"{word}d"}
        elif word.endswith(("s", "sh", "ch", "x")):
            forms |= {word, f"{word}es", f"{word}ed"}
        else:
            forms |= {word, f"{word}s", f"{word}ed"}
    return frozenset(forms)


#: Verbs by which the accused answers and verbs that accuse, as spelt (the lemmas are
#: coreference's, which reads the same answers: "He denied the charges").
DENIALS = _inflections(DENYING_ANSWERS)
ACCUSATIONS = _inflections(ACCUSING_VERBS)


def _denial_as_root(verb: Token) -> tuple[Token, Token, Token] | None:
    """(the main clause's verb, the accusation noun, the denier) of a denial the parser made the
    root, else None."""
    if verb.dep_ != "ROOT" or verb.lower_ not in DENIALS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    doc = verb.doc
    # ", a charge": the noun after a comma and "a", somewhere between the clause and the denial
    noun = next((t for t in doc[clause.i + 1:verb.i] if t.lower_ in ACCUSATION_NOUNS and t.i >= 2
                 and doc[t.i - 1].lower_ in ("a", "an") and doc[t.i - 2].text == ","), None)
    if noun is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i), None)
    if subject is None and noun.dep_ == "nsubj":
        # "a charge Ukraine denies" with *Ukraine* in apposition to the noun
        subject = next((c for c in noun.children if c.dep_ == "appos" and c.i < verb.i), None)
    return None if subject is None else (clause, noun, subject)


def _misplaced_summary(noun: Token) -> Token | None:
    """The main verb an accusation noun in apposition to an earlier noun sums up, else None."""
    root = noun.sent.root
    if noun.dep_ != "appos" or noun.lower_ not in ACCUSATION_NOUNS or not root.tag_.startswith("VB") \
            or not root.i < noun.i or not any(c.dep_ == "relcl" for c in noun.children):
        return None
    if noun.head.i < root.i:
        return root  # "Ukraine accused Russia ..., a claim Moscow rejected": hung on the subject
    # "accused China of ramming its vessels near the Second Thomas Shoal, an allegation Beijing
    # rejected": hung on the last noun of the accusing verb's own clause, after a comma
    doc = noun.doc
    if root.lower_ in ACCUSATIONS and noun.left_edge.i >= 1 and doc[noun.left_edge.i - 1].text == "," \
            and noun.head.lower_ not in ACCUSATION_NOUNS and root in noun.head.ancestors:
        return root
    # "said the RSF had committed genocide in Darfur, a charge the group denies": a charge denied in
    # its relative clause, after a comma, sums up the clause on whose last noun it hangs, whoever reports it
    if noun.left_edge.i >= 1 and doc[noun.left_edge.i - 1].text == "," and noun.head.lower_ not in ACCUSATION_NOUNS \
            and any(c.dep_ == "relcl" and c.lower_ in DENIALS for c in noun.children):
        clause = next((a for a in noun.head.ancestors if a.tag_.startswith("VB")), None)
        if clause is not None and clause.i < noun.i:
            return clause
    return None


def _answer_to_accusation(clause: Token) -> Token | None:
    """The accusing verb a sentential "which" clause of denial answers, else None."""
    if clause.dep_ != "relcl" or clause.lower_ not in DENIALS:
        return None
    which = next((c for c in clause.children if c.lower_ == "which" and c.dep_ == "dobj"), None)
    if which is None or which.i < 1 or clause.doc[which.i - 1].text != ",":
        return None
    # "accuses Rwanda of backing the rebels": the accusing verb above the clause's noun
    return next((a for a in clause.head.ancestors if a.lower_ in ACCUSATIONS and a.tag_.startswith("VB")), None)


#: Nouns of a "by" phrase that say how, not who: "barred from travelling by road".
MEANS_NOUNS = frozenset("road air sea land rail train car bus boat ship plane phone telephone email mail post "
                        "hand force foot mistake chance law decree night day".split())


def _agent_on_gerund(prep: Token) -> Token | None:
    """The passive verb a "by" phrase hung on its gerund complement belongs to, else None."""
    gerund = prep.head
    # (or on the noun object of that phrase: "was barred from the race by the election commission")
    if prep.lower_ != "by" or prep.dep_ != "prep" \
            or not (gerund.tag_ == "VBG" and gerund.dep_ == "pcomp"
                    or gerund.tag_ in ("NN", "NNS") and gerund.dep_ == "pobj" and prep.i > gerund.i):
        return None
    verb = gerund.head.head  # "blocked" <- prep "from" <- pcomp "forming"
    if gerund.head.dep_ != "prep" or gerund.head.lower_ not in ("from", "of", "with") \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS") or noun.lower_ in MEANS_NOUNS:
        return None
    return verb


def _gerund_after_infinitive(gerund: Token) -> Token | None:
    """The participle a gerund conjunct belongs to (see the module docstring), else None."""
    infinitive = gerund.head
    if gerund.dep_ != "conj" or gerund.tag_ != "VBG" or infinitive.tag_ != "VB" or infinitive.dep_ != "xcomp" \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
        return None
    participle = infinitive.head
    if participle.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in gerund.children):
        return None
    return participle


def _conjunct_of_reduced_relative(verb: Token) -> Token | None:
    """The finite verb an active conjunct of a reduced relative belongs to (see the module docstring)."""
    participle = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or participle.tag_ != "VBN" or participle.dep_ != "acl" \
            or participle.i > verb.i or not any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
            or any(c.dep_ == "dobj" for c in participle.children):
        return None
    node = participle.head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.tag_.startswith("VB"):
            return node if node.tag_ in FINITE and node.i < participle.i else None
    return None


def _finite_or_auxiliated(verb: Token) -> bool:
    """Whether ``verb`` is the verb of a clause: finite, or a participle or base form after an
    auxiliary or modal of its own ("may have started", "had detained")."""
    return verb.tag_ in FINITE or verb.tag_ in ("VBN", "VBG", "VB") \
        and any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children)


def _subject_read_as_conjunct(noun: Token) -> tuple[Token, Token] | None:
    """(the finite verb right after ``noun``, the verb of the clause before) when the parser read
    the subject of a second clause as one more conjunct of the first clause's last noun (see the
    module docstring), else None."""
    doc = noun.doc
    head = noun.head
    if noun.dep_ != "conj" or not noun.tag_.startswith("NN") or not head.tag_.startswith("NN") \
            or noun.i + 1 >= len(doc) or head.i > noun.i:
        return None
    cc = doc[noun.left_edge.i - 1]
    verb = doc[noun.i + 1]
    if cc.dep_ != "cc" or cc.head.i != head.i or cc.lower_ not in ("and", "but") \
            or any(c.i > noun.i for c in noun.children) or verb.tag_ not in FINITE \
            or verb.dep_ not in ("conj", "advcl", "ccomp", "dep") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    first = verb.head  # "fired": the clause before, which holds the noun the subject was hung on
    if first.tag_ not in FINITE or first.i > head.i or verb.sent.start != noun.sent.start \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return None  # ("militants linked to al Qaeda and Islamic State control ...": a participle's list)
    node = head
    while node.i != first.i and node.head.i != node.i:
        node = node.head
    return (verb, first) if node.i == first.i else None


def _summary_read_as_subject(subject: Token) -> Token | None:
    """The first verb of a clause whose summarising noun phrase after a comma the parser made the
    subject of the clause's second conjunct, across its "and" (see the module docstring), else None."""
    verb = subject.head
    first = verb.head
    doc = subject.doc
    if subject.dep_ != "nsubj" or verb.dep_ != "conj" or not first.i < subject.i < verb.i \
            or not subject.tag_.startswith("NN") or subject.left_edge.i < 1 \
            or doc[subject.left_edge.i - 1].text != ",":
        return None
    # a subject is never cut from its verb by ", and": "..., the second penalty it has imposed, and ordered"
    if verb.i < 2 or doc[verb.i - 1].lower_ not in ("and", "but") or doc[verb.i - 2].text != ",":
        return None
    return first


def _subject_before_parenthetical_report(subject: Token) -> Token | None:
    """The reported clause whose subject the parser gave to the report set off inside it ("The
    rebels, a military spokesman said, had ambushed a convoy": *rebels* a second subject of
    *said*, *ambushed* without one), else None."""
    report = subject.head
    doc = subject.doc
    if subject.dep_ != "nsubj" or report.i < subject.i or not report.tag_.startswith("VB"):
        return None
    speakers = [c for c in report.children if c.dep_ == "nsubj" and subject.i < c.i < report.i]
    if len(speakers) != 1 or doc[subject.right_edge.i + 1].text != "," or speakers[0].left_edge.i != subject.right_edge.i + 2:
        return None  # "The rebels, a military spokesman said": the speaker right after the comma
    clause = next((c for c in report.children if c.dep_ == "ccomp" and c.i > report.i), None)
    if clause is None or clause.tag_ not in FINITE | {"VBN", "VB"} \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children) \
            or doc[clause.left_edge.i - 1].text != ",":
        return None  # the clause resumes after the report's closing comma, without a subject of its own
    return clause


def _clause_before_semicolon(clause: Token) -> Token | None:
    """The reporting verb after a semicolon that the parser made report the clause before it
    ("The storm knocked down power lines; utility Enedis said crews had restored power"), else None."""
    report = clause.head
    doc = clause.doc
    if clause.dep_ != "ccomp" or report.i < clause.i or report.dep_ != "ROOT":
        return None
    if not any(t.text == ";" and t.head.i in (report.i, clause.i) for t in doc[clause.right_edge.i + 1 : report.i]):
        return None
    return report


#: Verbs that take a clause for their complement without "that" ("said the plant and workers had
#: left"), as lemmas; spelt out with _inflections, since the lemmatiser runs after the repairs.
CLAUSE_TAKING = _inflections(frozenset(
    """say tell report add state announce claim confirm deny quote write insist explain warn note believe
    allege testify tweet declare disclose think know fear expect hope argue suggest show find feel agree
    estimate predict reckon acknowledge admit assert conclude decide determine ensure indicate learn mean
    notice promise prove realise realize recall recognise recognize reveal rule see signal suspect
    understand worry doubt guess hear imagine maintain propose reply respond stress emphasise emphasize
    demand order recommend urge assume calculate concede contend forecast judge presume remember
    speculate vow pledge threaten assure reassure complain boast accept answer bet charge discover figure
    guarantee hint imply observe pretend read reason remark request require suppose verify wish caution
    counter project reiterate post affirm comment mention convince persuade inform remind notify""".split())) | frozenset(
    # the irregular forms _inflections does not spell ("say": said, not "saied")
    """says said told thought knew known felt found heard meant saw seen understood wrote written learnt
    foresaw foreseen swore sworn taught""".split())


def _object_read_as_subject_of_a_clause(clause: Token) -> tuple[Token, Token, Token] | None:
    """(the verb, its object, the clause's real subject) when the parser read "VERB N1 and N2
    VERBED" as a verb with a clause whose subject is "N1 and N2" (see the module docstring), else None."""
    verb = clause.head
    doc = clause.doc
    if clause.dep_ != "ccomp" or verb.i > clause.i or verb.tag_ not in FINITE | {"VBN", "VB"} \
            or verb.lower_ in CLAUSE_TAKING or not _finite_or_auxiliated(clause) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != clause.i for c in verb.children) \
            or any(c.dep_ == "mark" for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    if len(subjects) != 1:
        return None
    first = subjects[0]
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    # "closed the plant and workers occupied": the first noun right after the verb (and its "the"),
    # the second right before the clause's verb
    if second is None or first.left_edge.i != verb.i + 1 + sum(1 for c in verb.children if c.dep_ == "prt") \
            or doc[second.left_edge.i - 1].dep_ != "cc" or second.right_edge.i >= clause.i \
            or any(c.dep_ == "conj" and c.i != second.i for c in first.children):
        return None
    if any(t.dep_ not in ("aux", "neg", "advmod") for t in doc[second.right_edge.i + 1 : clause.i]):
        return None  # (only the clause's auxiliaries between its subject and its verb)
    return verb, first, second


#: Relative pronouns that open a clause set off by commas ("Atlantis Obras, which ...").
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def _conjunct_after_relative(verb: Token) -> Token | None:
    """The finite verb above a relative clause set off by commas whose act a past tense after
    ", and" is, though the parser made it a conjunct inside the relative clause (see the module
    docstring), else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.i > verb.i \
            or not any(c.dep_ in ("dobj", "dative") for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    doc = verb.doc
    cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
    if cc is None or cc.i != verb.i - 1 or doc[cc.i - 1].text != ",":
        return None  # ("..., and fined the company": the comma closes the relative clause)
    # an adverbial clause set off by a comma, with a subject of its own (", as tensions rose over
    # the port, and recalled its ambassador"): the verb above it
    mark = head.left_edge
    if head.dep_ == "advcl" and mark.dep_ == "mark" and mark.head.i == head.i and mark.lower_ in SUBORDINATORS \
            and mark.i >= 1 and doc[mark.i - 1].text == "," and head.head.i < mark.i \
            and any(c.dep_ == "nsubj" for c in head.children) and head.head.tag_ == verb.tag_:
        return head.head
    # a verb in another form than the conjunct ("had paid"), up to the relative clause; or the
    # relative clause's reporting verb itself ("which investigators said had bribed ..., and fined")
    reporting = head.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in head.children)
    if head.tag_ == verb.tag_ and not reporting and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    clause = head
    while clause.dep_ in ("ccomp", "conj") and clause.head.i < clause.i:
        clause = clause.head  # "which prosecutors said had paid": up to the reporting verb
    opener = clause.left_edge
    noun = clause.head
    # set off by commas: ", which ...", or on a noun set off by a comma (", the second penalty it has imposed")
    if clause.dep_ != "relcl" or not (
            opener.lower_ in RELATIVE_PRONOUNS and opener.i >= 1 and doc[opener.i - 1].text == ","
            or noun.dep_ in ("appos", "npadvmod") and noun.left_edge.i >= 1 and doc[noun.left_edge.i - 1].text == ","):
        return None
    node = clause.head  # the relative clause's noun, then up to the verb of its clause
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.tag_.startswith("VB"):
            return node if node.tag_ == verb.tag_ and node.i < clause.i else None
    return None


def _main_verb_in_relative(verb: Token) -> tuple[Token, Token, Token] | None:
    """(noun, relative verb, second conjunct) for a main verb the parser hung on the second
    conjunct of an object relative clause on its subject, or whose subject it gave to that
    conjunct hung on it as parataxis (see the module docstring), else None."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        second = verb.head  # "..., and the army boycotted, ended": the main verb hung on the conjunct
    else:
        # "Talks in Geneva, which the RSF attended but the army boycotted, failed": the conjunct
        # hung on the main verb, with both subjects
        second = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i), None)
        if second is None:
            return None
    if not any(t.text == "," for t in verb.doc[second.i + 1 : verb.i]):
        return None
    subjects = [c for c in second.children if c.dep_ == "nsubj"]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in second.children) or not subjects:
        return None
    if second.dep_ in ("ROOT", "parataxis"):  # two subjects: the relative's noun and the conjunct's own
        nouns = [s for s in subjects if s.i < second.i and any(c.dep_ == "relcl" for c in s.children)]
        noun = nouns[0] if len(nouns) == 1 and len(subjects) == 2 else None
    else:  # "The plan, which the unions backed and the employers rejected, cut": the noun the root
        first = second.head
        noun = first.head if second.dep_ == "conj" and first.dep_ == "relcl" and first.head.dep_ == "ROOT" else None
    if noun is None or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    relative = next((c for c in noun.children if c.dep_ == "relcl" and c.i < second.i), None)
    if relative is None:
        return None
    opener = relative.left_edge
    if opener.lower_ not in RELATIVE_PRONOUNS or opener.dep_ != "dobj" or opener.head.i != relative.i \
            or opener.i < 1 or verb.doc[opener.i - 1].text != ",":
        return None
    return noun, relative, second


def _rival_before_score(name: Token) -> Token | None:
    """The verb whose object a name before a score is (see the module docstring), else None."""
    verb = name.head
    doc = name.doc
    if name.dep_ != "npadvmod" or name.tag_ not in ("NNP", "NNPS") or verb.i != name.left_edge.i - 1 \
            or not verb.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in verb.children) \
            or name.i + 3 >= len(doc):
        return None
    after = doc[name.i + 1 : name.i + 4]
    if after[0].like_num and after[1].text in ("-", "–") and after[2].like_num:
        return verb
    return None


#: Dependents that give a past form an object or a clause of its own (not a headline passive).
ACTIVE_MARKERS = frozenset({"dobj", "dative", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "attr", "acomp"})


def _headline_passive(root: Token) -> Token | None:
    """The subject of a headline's passive taken for a past tense (see the module docstring), else None."""
    sentence = root.sent
    if sentence.start != 0 or root.tag_ != "VBD" or sentence[-1].is_punct or len(sentence) < 3 \
            or any(c.dep_ in ACTIVE_MARKERS for c in root.children):
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i and c.tag_.startswith("NN")]
    if len(subjects) != 1:
        return None
    doc = root.doc
    for token in doc[sentence.end:]:
        if token.lower_ == root.lower_ and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
            return subjects[0]  # "Keane was banned": the body reads the same word as a passive
    return None


PROPER_TAGS = frozenset({"NNP", "NNPS"})


def _acronym_as_wh_word(word: Token) -> bool:
    """"WHO declares mpox outbreak a global emergency": a subject in capitals tagged a
    wh-word, in a sentence not written all in capitals, is an acronym (the World Health
    Organization), a proper noun."""
    return word.tag_ in ("WP", "WDT") and word.is_upper and len(word) >= 3 \
        and not all(t.is_upper for t in word.sent if t.is_alpha)


def _verb_above_closed_list(noun: Token) -> Token | None:
    """The verb of the clause holding a list that ``noun`` was hung on as one more conjunct
    after the list's "and" ("poured into the streets of Lusaka and Kitwe, waving flags":
    *flags* a conjunct of *Lusaka*), else None."""
    head = noun.head
    closed = any(c.dep_ == "cc" and c.i < noun.i for c in head.children) \
        and any(c.dep_ == "conj" and c.i < noun.i for c in head.children)
    if not closed:
        return None
    while head.dep_ != "ROOT" and not head.tag_.startswith("VB"):
        head = head.head
    return head if head.tag_.startswith("VB") else None


def _participle_on_conjoined_noun(noun: Token) -> tuple[Token, Token] | None:
    """The gerund a noun coordinated with a verb (or apposed to its subject) is the object
    of, and that verb (see the module docstring), else None."""
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ in ("nsubj", "nsubjpass"):
        verb = verb.head  # (or in apposition on the verb's subject, beyond the verb)
    elif noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children):
        pass  # (or a second object after a comma: "blocked the highway for six hours, burning tyres")
    elif noun.dep_ not in ("conj", "dep", "attr", "npadvmod"):
        return None  # (or left unlabelled, or a copula's "predicate": "have been on strike, halting output",
        # or an adverbial noun: "walked out for a second day, closing schools")
    doc = noun.doc
    if noun.dep_ == "conj" and verb.tag_.startswith("NN"):
        verb = _verb_above_closed_list(noun)  # (or one more conjunct of a list already closed by "and")
        if verb is None:
            return None
    if not noun.tag_.startswith("NN") or not verb.tag_.startswith("VB") or verb.i > noun.i:
        return None
    first = noun.left_edge
    # (the tagger may take the gerund for a noun or an adjective: "..., halting production")
    gerund = first.tag_ == "VBG" or (first.tag_ in ("NN", "JJ") and first.lower_.endswith("ing")
                                     and first.lower_ not in ING_ADJECTIVES)
    # (hung on it as an adjective, or as a compound when tagged a noun, not a noun of its own: "closing schools")
    modifier = first.dep_ == "amod" or first.dep_ == "compound" and first.tag_ == "NN" \
        and first.lower_ not in ING_NOUNS
    if not gerund or not modifier or first.head.i != noun.i or first.i < 1 \
            or doc[first.i - 1].text != "," or any(c.dep_ == "cc" for c in verb.children if verb.i < c.i < noun.i):
        return None
    return first, verb


def _title_of_apposed_name(name: Token) -> Token | None:
    """The person noun whose apposition a name hung on its "of" object is (see the module
    docstring), else None."""
    place = name.head
    of = place.head
    title = of.head
    doc = name.doc
    if name.dep_ != "appos" or name.tag_ not in PROPER_TAGS or place.tag_ not in PROPER_TAGS \
            or place.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or not place.i < name.i \
            or title.tag_ != "NN" or title.lower_ not in PERSON_NOUNS:
        return None
    if doc[name.left_edge.i - 1].text != "," or name.left_edge.i - 1 != place.i + 1 \
            or any(c.dep_ == "det" for c in name.children):
        return None
    return title


def _participle_of_second_object(obj: Token) -> Token | None:
    """The participle whose object a verb's second direct object is (see the module
    docstring), else None."""
    verb = obj.head
    if obj.dep_ != "dobj":
        return None
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < obj.i), None)
    if first is None:
        return None
    participle = next((c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")), None)
    if participle is None or obj.left_edge.i != participle.i + 1 \
            or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in participle.children):
        return None
    return participle


def _headline_noun_verb(root: Token) -> tuple[Token, Token] | None:
    """The real verb of a headline whose subject's head was read as its verb, and the second
    object (see the module docstring), else None."""
    sentence = root.sent
    if sentence.start != 0 or sentence[-1].is_punct or not root.tag_.startswith("VB"):
        return None
    if root.i + 1 < len(root.doc):
        word = root.doc[root.i + 1]  # "Dock workers strike shuts Australia's busiest port": *shuts* a
        # dative (or object) of *strike* with *port* its own object
        own = [c for c in word.children if c.dep_ == "dobj"]
        if word.head.i == root.i and word.dep_ in ("dative", "dobj") and word.tag_ == "NNS" \
                and word.lower_.endswith("s") and len(own) == 1 \
                and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in word.lefts):
            return word, own[0]
    objects = [c for c in root.children if c.dep_ == "dobj"]
    if len(objects) == 1 and root.i + 1 < len(root.doc):
        word = root.doc[root.i + 1]  # "Rail workers strike halts trains": "halts" a compound on "trains"
        if word.dep_ == "compound" and word.head.i == objects[0].i and word.tag_ == "NNS" \
                and word.lower_.endswith("s") and not list(word.children):
            return word, objects[0]
    if not objects or objects[0].i != root.i + 1 or objects[0].tag_ != "NNS" or not objects[0].lower_.endswith("s"):
        return None
    # the second object hangs on the root, or in apposition on the first ("shuts" -> appos "port")
    after = objects[1:] + [c for c in objects[0].children if c.dep_ == "appos" and c.i > objects[0].i]
    if len(after) != 1 or any(c.dep_ not in ("punct", "appos") for c in objects[0].children) \
            or any(t.is_punct for t in root.doc[objects[0].i + 1 : after[0].left_edge.i]):
        return None  # ("Police seize guns, ammunition": a list, not a verb and its object)
    return objects[0], after[0]


#: Dependencies of nouns: a "verb" in one of them is a noun mistagged ("further rate rises").
NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "compound", "appos", "attr", "conj", "npadvmod"})


def _compound_subject(verb: Token) -> Token | None:
    """The noun right before a finite verb without a subject that the parser hung on the verb
    as a compound (see the module docstring), else None."""
    if verb.tag_ not in FINITE or verb.i < 1 or verb.dep_ in NOUN_SLOTS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return None  # ("ruled out further rate rises": a "verb" in a noun's slot is a noun)
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "compound" or noun.head.i != verb.i or noun.tag_ not in NOMINAL_TAGS:
        return None
    return noun


#: -ing words that are everyday adjectives of a noun after "and" ("seizing weapons and remaining
#: stocks", "arresting officers and striking workers"): not read as a second participle. As spelt.
ING_ADJECTIVES = frozenset(
    """remaining existing leading ruling neighbouring neighboring surrounding opposing missing working
    ongoing following rising growing outstanding striking fighting governing incoming outgoing upcoming
    increasing falling declining underlying living dying ageing aging""".split()
)


#: -ing words that are nouns of their own when compounded on a noun ("housing prices", "shipping
#: companies"): not read as a participle hung as a compound. As spelt.
ING_NOUNS = frozenset(
    """building housing shipping funding training spending meeting hearing ruling clothing banking mining
    fishing farming trading planning parking boarding polling voting landing spelling swimming""".split()
)


def _participle_read_as_adjective(noun: Token, repaired: dict[int, Token]) -> tuple[Token, Token] | None:
    """The -ing word opening a noun coordinated with a participle's object that is a second
    participle with that noun its object, and the first participle (see the module docstring),
    else None. ``repaired``: objects another repair gives their participle ("halting trains",
    *halting* an amod of *trains*), by index."""
    first = noun.head
    participle = repaired.get(first.i) or first.head
    if noun.dep_ != "conj" or not noun.tag_.startswith("NN") or participle.tag_ != "VBG" \
            or (first.dep_ != "dobj" and first.i not in repaired) or not participle.i < first.i < noun.i:
        return None
    word = noun.left_edge
    if word.dep_ != "amod" or word.head.i != noun.i or word.i < 1 or word.lower_ in ING_ADJECTIVES \
            or not (word.tag_ == "VBG" or word.tag_ == "JJ" and word.lower_.endswith("ing")):
        return None
    cc = word.doc[word.i - 1]
    if cc.dep_ != "cc" or cc.head.i != first.i or cc.lower_ not in ("and", "but"):
        return None
    return word, participle


def _headline_object_as_verb(root: Token) -> tuple[Token, Token] | None:
    """(the real verb, its subject) of a headline whose verb was read as its subject and whose
    object as its verb (see the module docstring), else None."""
    sentence = root.sent
    doc = root.doc
    if sentence.start != 0 or sentence[-1].is_punct or root.tag_ not in ("VBP", "VB") or root.i < 2 \
            or any(c.dep_ in ("aux", "auxpass", "xcomp", "attr", "acomp") for c in root.children) \
            or any(c.dep_ == "dobj" and c.i != root.i + 1 for c in root.children):
        return None  # (a noun right after the root may be the head the root's word classifies: "petrol output")
    word = doc[root.i - 1]
    subject = doc[root.i - 2]
    if word.dep_ != "nsubj" or word.head.i != root.i or word.tag_ != "NNS" or not word.lower_.endswith("s") \
            or subject.head.i != word.i or subject.dep_ not in ("compound", "amod") or subject.tag_ not in NOMINAL_TAGS:
        return None
    # the body reads the root's word as a noun and never as a verb ("challenge the result in court")
    body = [t for t in doc[sentence.end:] if t.lower_ == root.lower_]
    if not any(t.tag_ in ("NN", "NNS") for t in body) or any(t.tag_.startswith("VB") for t in body):
        return None
    # nor the -s word as a noun unless also as a verb: "Rail workers strike over pay" (the body's
    # "rail workers walked out"; no one "workers" anything) is a clause as parsed
    if any(t.lower_ == word.lower_ and t.tag_ in NOMINAL_TAGS for t in doc[sentence.end:]) \
            and not _body_uses_as_verb(doc, sentence.end, _verb_bases(word)):
        return None
    return word, subject


#: Past tenses spelt like their base form: after "to" they may be the infinitive's conjunct.
SAME_FORM_PASTS = frozenset(
    "cut put set hit let shut quit cost spread hurt split bid cast read beat burst bet broadcast forecast upset "
    "rid shed thrust".split()
)


def _conjunct_of_infinitive(verb: Token) -> Token | None:
    """The control verb a past-tense conjunct of its infinitive belongs to (see the module
    docstring), else None."""
    infinitive = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lower_ in SAME_FORM_PASTS or infinitive.tag_ != "VB" \
            or infinitive.dep_ != "xcomp" or infinitive.i > verb.i \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
        return None
    if any(c.dep_ in CLAUSE_MARKERS for c in verb.children):
        return None
    control = infinitive.head
    return control if control.tag_.startswith("VB") and control.i < infinitive.i else None


#: Tags of a headline's verb (its present tense; the tagger may read it as a base form).
HEADLINE_PRESENT = frozenset({"VBZ", "VBP", "VB"})


#: Headline reporting verbs whose speaker follows them ("Economy shrinks, says minister").
HEADLINE_REPORTS = frozenset({"says", "say", "warns", "warn", "claims", "claim", "reports", "report"})


def _object_read_as_subject(subject: Token) -> bool:
    """Whether a headline verb's subject after it is its object ("..., kills Hezbollah commander")."""
    verb = subject.head
    return subject.dep_ == "nsubj" and subject.i > verb.i and verb.lower_ not in HEADLINE_REPORTS \
        and not any(c.dep_ == "dobj" for c in verb.children)


def _headline_second_predicate(verb: Token) -> Token | None:
    """The first verb of a headline whose second predicate after a comma the parser made the
    root over it, or hung on it as a dep (see the module docstring), else None."""
    sentence = verb.sent
    doc = verb.doc
    # (its object may have been read as a subject after it, "..., kills Hezbollah commander"; not
    # a report's speaker, "..., says minister")
    if sentence.start != 0 or sentence[-1].is_punct or verb.tag_ not in HEADLINE_PRESENT or verb.i < 2 \
            or doc[verb.i - 1].text != "," \
            or any(c.dep_ in CLAUSE_MARKERS | {"csubj"} and not _object_read_as_subject(c) for c in verb.children):
        return None
    if verb.dep_ == "ROOT":
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    elif verb.dep_ == "dep" and verb.head.i < verb.i:
        first = verb.head
    else:
        return None
    if first is None or first.tag_ not in HEADLINE_PRESENT \
            or not any(c.dep_ == "nsubj" and c.i < first.i for c in first.children):
        return None
    return first


def _headline_conjunct_verb_tagged_noun(word: Token) -> bool:
    """Whether a headline's second verb after a comma is tagged a plural noun though the parser
    made it the first verb's conjunct with an object ("Britain sanctions Russian oil traders,
    targets shadow fleet": *targets* NNS with the object *shadow*)."""
    verb = word.head
    return word.dep_ == "conj" and word.tag_ == "NNS" and word.lower_.endswith("s") and word.text.islower() \
        and verb.tag_ in HEADLINE_PRESENT and verb.i < word.i and word.i >= 1 and word.doc[word.i - 1].text == "," \
        and any(c.dep_ == "dobj" for c in word.children) and word.sent.start == 0 and not word.sent[-1].is_punct


def _headline_base_verb_tagged_noun(word: Token) -> Token | None:
    """The object of a headline's second verb in the base form that is tagged a singular noun though
    the parser made it the first verb's conjunct ("Floods kill 40 in Kenya, displace thousands":
    *displace* NN with *thousands* its npadvmod, read as a second thing the floods kill), else None.
    A verb's conjunct that is a noun with a noun of its own after it is that verb's second
    predicate, in the first verb's form (VBP after a plural subject)."""
    verb = word.head
    if word.dep_ != "conj" or word.tag_ != "NN" or not word.text.islower() or verb.tag_ != "VBP" \
            or verb.i >= word.i or word.doc[word.i - 1].text != "," or word.sent.start != 0 \
            or word.sent[-1].is_punct or any(c.dep_ == "det" for c in word.children):
        return None
    objects = [c for c in word.children if c.dep_ in ("dobj", "npadvmod") and c.i > word.i and c.tag_ in NOMINAL_TAGS]
    return objects[0] if len(objects) == 1 else None


def _headline_clause_before_transitive_report(root: Token) -> Token | None:
    """The first clause of a two-clause headline that the parser made the complement of the
    second clause's verb, when that verb has an object of its own ("Ruling party wins Malawi vote,
    opposition alleges fraud": *wins* a ccomp of *alleges*, so the opposition alleges the win;
    a verb that already says what is alleged reports nothing before it), else None. Not a report
    without an object: "Army retakes town, residents say" is one."""
    if root.dep_ != "ROOT" or root.sent.start != 0 or root.sent[-1].is_punct or root.tag_ not in HEADLINE_PRESENT \
            or not any(c.i > root.i and (c.dep_ in ("dobj", "dep", "xcomp") and c.tag_ in NOMINAL_TAGS
                                         or c.dep_ == "xcomp" and c.tag_ == "VBG" and all(t.is_space for t in c.children))
                       for c in root.children):
        return None  # (a noun after the verb, its object, which the parser may leave unlabelled or read
        # as a complement: "unions threaten strike", "rival alleges rigging")
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.tag_ in HEADLINE_PRESENT
               and any(s.dep_ == "nsubj" for s in c.children)]
    if len(subjects) != 1 or len(clauses) != 1:
        return None
    clause, subject = clauses[0], subjects[0]
    between = root.doc[clause.right_edge.i + 1 : subject.left_edge.i]
    return clause if [t.text for t in between] == [","] else None


#: Prepositions that add a second target next to a direct object, aimed at by the verb ("fired
#: tear gas at demonstrators", "imposed sanctions against Russia"): the headline repair hangs them
#: on the verb, and extraction reads them as a second target. Not "into", "onto", "toward": they
#: give where the object went ("chased protesters into a market"), not who is acted on.
AIMING_PREPOSITIONS = frozenset({"at", "against", "upon"})


def _headline_verb_in_compounds(root: Token) -> tuple[Token, Token] | None:
    """(the verb, its subject) of a headline read as one noun phrase, the verb a compound on the
    object ("Mexican police arrest suspect in killing of journalist": *police* and *arrest* compounds
    on the root *suspect*), when the body uses the word as a verb ("police arrested a man"), else None.
    The nouns before the word are its subject, the root its object."""
    sentence = root.sent
    doc = root.doc
    if sentence.start != 0 or sentence[-1].is_punct or root.dep_ != "ROOT" or root.tag_ not in ("NN", "NNS") \
            or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sentence):
        return None
    for word in root.lefts:
        if word.dep_ != "compound" or word.tag_ != "NN" or not word.text.islower() or word.i < 1 \
                or any(t.head.i != root.i for t in doc[word.i + 1 : root.i]):
            continue  # (the words between it and the root are the object's own modifiers)
        subject = doc[word.i - 1]
        # (a plural name that opens the headline may be tagged an adjective: "Houthis attack cargo ship")
        plural_name = subject.i == sentence.start and subject.dep_ == "amod" and subject.tag_ == "JJ" \
            and subject.text.istitle() and subject.lower_.endswith("s")
        if subject.head.i in (word.i, root.i) \
                and (subject.dep_ == "compound" and subject.tag_ in NOMINAL_TAGS or plural_name) \
                and all(c.i < subject.i for c in word.children if c.i != subject.i) \
                and _body_uses_as_verb(doc, sentence.end, {word.lower_}):
            return word, subject
    return None


def _headline_object_with_object(noun: Token) -> Token | None:
    """The noun right after a headline verb's object that the parser made that object's own object
    ("targets shadow fleet": *fleet* a dobj of *shadow*); nouns take no objects, so the first
    classifies the second (a compound), which is the verb's object. Else None."""
    if noun.dep_ != "dobj" or noun.tag_ != "NN" or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    if after.dep_ != "dobj" or after.head.i != noun.i or not after.tag_.startswith("NN") \
            or any(c.i > noun.i and c.i != after.i for c in noun.children) \
            or not (noun.head.tag_.startswith("VB") or _headline_conjunct_verb_tagged_noun(noun.head)) \
            or noun.sent.start != 0 or noun.sent[-1].is_punct:
        return None
    return after


def _body_uses_as_verb(doc: Doc, start: int, bases: set[str]) -> bool:
    """Whether a token from ``start`` on, tagged a verb, is spelt as one of ``bases`` inflected
    ("fine": fined, fines, fining; "ban": banned). Spelling, since the lemmatiser runs after the
    repairs."""
    forms = set()
    for base in bases:
        if len(base) < 3:
            continue
        forms |= {base, f"{base}s", f"{base}es", f"{base}d", f"{base}ed", f"{base}ing",
                  f"{base}{base[-1]}ed", f"{base}{base[-1]}ing"}
        if base.endswith("e"):
            forms.add(f"{base[:-1]}ing")
        if base.endswith("y"):
            forms |= {f"{base[:-1]}ies", f"{base[:-1]}ied"}
    return any(t.tag_.startswith("VB") and t.lower_ in forms for t in doc[start:])


def _headline_object_as_root(noun: Token) -> tuple[Token, Token] | None:
    """(the first verb, the -s word that is the second) of a headline whose second predicate's
    object the parser made the root over the first clause (see the module docstring), else None."""
    doc = noun.doc
    if noun.sent.start != 0 or noun.sent[-1].is_punct or noun.dep_ != "ROOT" or not noun.tag_.startswith("NN"):
        return None
    # "orders" in "..., orders seizure of ranches" (a compound), "..., orders refunds" (the subject)
    word = next((c for c in noun.children if c.i >= 2 and doc[c.i - 1].text == ","), noun)
    if word.i == noun.i or word.i < 2 or doc[word.i - 1].text != "," or word.dep_ not in ("compound", "nsubj") \
            or word.head.i != noun.i or word.tag_ != "NNS" or not word.lower_.endswith("s") \
            or not word.text.islower() or list(word.children):
        return None
    first = next((c for c in noun.children if c.dep_ == "ccomp" and c.i < word.i), None)
    if first is None or first.tag_ not in HEADLINE_PRESENT \
            or not any(c.dep_ == "nsubj" and c.i < first.i for c in first.children):
        return None
    return first, word


def _headline_compound_verb(noun: Token) -> tuple[Token, Token] | None:
    """(the -s word that is the verb of a headline's noun hung as a conjunct on its first verb,
    that first verb) (see the module docstring), else None."""
    verb = noun.head
    doc = noun.doc
    listed = noun.dep_ == "conj" and verb.dep_ == "dobj" and verb.tag_.startswith("NN")
    if listed:
        verb = verb.head  # or on the first verb's object, as one more of a list ("lashes Taiwan, halts flights")
    elif verb.text == "," and verb.head.i < verb.i:
        verb = verb.head  # or on the comma after the first verb's object (as a prep: the parser's guess)
    # hung as a conjunct, or as an unlabelled dependent ("Court jails former minister, orders seizure of villas")
    elif noun.dep_ not in ("conj", "dep"):
        return None
    if not noun.tag_.startswith("NN") or verb.tag_ not in HEADLINE_PRESENT or verb.i > noun.i:
        return None
    word = noun.left_edge
    if word.i == noun.i or word.i < 1 or doc[word.i - 1].text != "," or word.dep_ != "compound" \
            or word.head.i != noun.i or list(word.children) or noun.sent.start != 0 or noun.sent[-1].is_punct:
        return None
    # (a list's noun only when the body uses the word as a verb: "weapons caches" is a noun)
    if word.tag_ == "NNS" and word.lower_.endswith("s") \
            and (not listed or _body_uses_as_verb(doc, noun.sent.end, {word.lower_[:-1], word.lower_[:-2]})):
        return word, verb
    # a base form after a plural subject ("Astronomers map distant galaxy, measure age of stars"),
    # when the body uses the word as a verb
    if word.tag_ == "NN" and word.text.islower() and verb.tag_ == "VBP" \
            and _body_uses_as_verb(doc, noun.sent.end, {word.lower_}):
        return word, verb
    return None


def _headline_subject_clause(root: Token) -> tuple[Token, Token, list[Token], Token, Token] | None:
    """(the word that is the first verb, the noun that is its object, the words before the verb
    that are its subject, the second predicate's verb, the comma between them) of a headline whose
    first predicate the parser read as a noun phrase (see the module docstring), else None."""
    sentence = root.sent
    doc = root.doc
    if sentence.start != 0 or sentence[-1].is_punct or root.dep_ != "ROOT":
        return None
    if root.tag_.startswith("NN"):  # "Pakistan bans rallies, arrests opposition leader": the noun the root
        noun = root
        second = next((c for c in root.children if c.dep_ == "conj" and c.tag_ in HEADLINE_PRESENT
                       and c.i >= 2 and doc[c.i - 1].text == ","), None)
    elif root.tag_ in HEADLINE_PRESENT:  # the noun the second verb's subject or complement
        second = root
        noun = next((c for c in root.children if c.dep_ in ("nsubj", "ccomp") and c.i < root.i
                     and c.tag_.startswith("NN")), None)
    else:
        return None
    if second is None or noun is None or second.i < noun.i:
        return None
    # the comma after the noun's phrase ("chipmaker,", "ban on TikTok,"), then only the second
    # verb's own subject ("company vows appeal")
    comma = next((t for t in doc[noun.i + 1 : second.i] if t.text == ","), None)
    if comma is None:
        return None
    subject = {t.i for c in second.children if c.dep_ == "nsubj" and c.i > comma.i for t in c.subtree}
    if any(t.i not in subject for t in doc[comma.i + 1 : second.i]):
        return None
    word = next((c for c in noun.children if c.dep_ == "compound" and c.text.islower() and c.tag_ in ("NNS", "NN")),
                None)
    if word is None or any(c.i > word.i for c in word.children):
        return None  # nothing of the verb's after it
    # the subject: the words before the verb ("EU" on "fines"; "Rebels" on "city" in "Rebels shell city")
    actor = [c for c in word.children if c.i < word.i] \
        or [c for c in noun.children if c.i < word.i and c.dep_ in ("compound", "nmod", "amod")]
    if not actor or actor[-1].tag_ not in NOMINAL_TAGS:
        return None
    # an -s verb after a singular subject, a base form after a plural one ("Police detain editor")
    if word.tag_ == "NNS" and word.lower_.endswith("s"):
        bases = {word.lower_[:-1], word.lower_[:-2]}
    elif word.tag_ == "NN" and actor[-1].tag_ == "NNS":
        bases = {word.lower_}
    else:
        return None
    # the body uses the word as a verb ("The Commission fined Veltrix 1.2 billion euros")
    if not _body_uses_as_verb(doc, sentence.end, bases):
        return None
    return word, noun, actor, second, comma


def _headline_object_split(root: Token) -> tuple[Token, Token, Token] | None:
    """(the first object, the second verb, its object) of a headline whose two predicates the
    parser read as one object with a comma inside it (see the module docstring), else None."""
    sentence = root.sent
    doc = root.doc
    if sentence.start != 0 or sentence[-1].is_punct or root.dep_ != "ROOT" or root.tag_ not in HEADLINE_PRESENT:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.i > root.i), None)
    if obj is None:
        return None
    # "trace", right after a comma, compounded on "origins"; "genome", right before it, modifying it
    word = next((c for c in obj.children if c.dep_ == "compound" and c.i >= 3 and doc[c.i - 1].text == ","), None)
    if word is None:
        return None
    first = next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i == word.i - 2), None)
    if first is None or list(word.children) or not word.text.islower() or not word.tag_.startswith(("NN", "VB")) \
            or not first.tag_.startswith("NN"):
        return None  # ("Police seize guns, ammunition": a list is a conjunct, not a compound after a comma)
    return first, word, obj


#: -ing words that describe what acts on a passive's subject ("polluted by leaking pipelines",
#: "hit by advancing troops"), as spelt; the everyday -ing adjectives and a few of motion and damage.
AGENT_ING_ADJECTIVES = ING_ADJECTIVES | frozenset(
    "leaking exploding flooding burning collapsing advancing retreating fleeing speeding oncoming raging".split()
)


def _agent_read_as_gerund(gerund: Token) -> tuple[Token, Token] | None:
    """(the "by", the agent noun) of a passive whose agent the parser read as a gerund with its
    object (see the module docstring), else None."""
    by = gerund.head
    verb = by.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or gerund.lower_ not in AGENT_ING_ADJECTIVES \
            or by.lower_ != "by" or by.i != gerund.i - 1 or verb.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" and c.i != by.i
                                                                         for c in verb.children):
        return None
    children = list(gerund.children)
    if len(children) != 1 or children[0].dep_ != "dobj" or not children[0].tag_.startswith("NN") \
            or children[0].left_edge.i != gerund.i + 1 \
            or any(c.dep_ in ("det", "poss", "nummod") for c in children[0].children):
        return None
    return by, children[0]


#: Verbs that take an addressee and a "that" clause, as spelt (the lemmatiser runs after the repairs).
TELLING_FORMS = frozenset(
    "tell tells told telling inform informs informed assure assures assured remind reminds reminded "
    "notify notifies notified".split()
)


def _telling_complement(clause: Token) -> tuple[Token, Token] | None:
    """(the telling verb, the "that") of a "that" clause read as a relative clause on the verb's
    addressee (see the module docstring), else None."""
    if clause.dep_ != "relcl" or not clause.tag_.startswith("VB"):
        return None
    # ("that" its object, or already its subordinator: "assured a meeting of traders that the market would reopen")
    that = next((c for c in clause.children if c.lower_ == "that" and c.dep_ in ("dobj", "mark")), None)
    if that is None or that.i != clause.left_edge.i or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "a rally in the capital that ...": the phrase on the addressee
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in TELLING_FORMS \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    return verb, that


def _offset(n: int) -> np.uint64:
    """A head offset as Doc arrays hold it (uint64, negative offsets wrapped)."""
    return np.uint64(n % 2**64)


def _label(strings, text: str) -> np.uint64:
    return np.uint64(strings.add(text))


def _as_root_verb(array: np.ndarray, strings, verb: Token, obj: Token) -> None:
    """Write ``verb`` as the sentence's root in the present (VBZ) and ``obj`` as its object,
    for the headline repairs that swap a noun and a verb."""
    array[verb.i, 0], array[verb.i, 1], array[verb.i, 2] = _offset(0), _label(strings, "ROOT"), _label(strings, "VBZ")
    array[obj.i, 0], array[obj.i, 1] = _offset(verb.i - obj.i), _label(strings, "dobj")


#: Tags of the words of a headline's subject phrase before its verb ("Nigeria's main refinery").
SUBJECT_PHRASE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "POS", "DT", "CD", "HYPH", "PRP$"})
#: Tags of the words of a headline's object phrase right after its verb ("first crewed test flight").
OBJECT_PHRASE_TAGS = SUBJECT_PHRASE_TAGS | {"VBN", "VBG"}
#: Dependencies of what follows a rebuilt headline's object that stay the verb's ("in Indonesia").
VERB_PHRASE_DEPS = frozenset({"prep", "punct", "advmod", "advcl", "npadvmod", "cc", "agent", "mark", "dative"})
#: Dependencies that leave a word of a rebuilt headline phrase unattached within it.
CLAUSE_SLOTS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dep", "relcl", "acl",
                          "advcl", "xcomp", "ccomp", "npadvmod", "attr"})


def _verb_bases(word: Token) -> set[str]:
    """The bases a headline word in -s or in the base form may be a verb of ("bans" -> ban,
    "rallies" -> rally, "votes" -> vote), for :func:`_body_uses_as_verb`."""
    text = word.lower_
    return {text[:-1], text[:-2], text[:-3] + "y"} if text.endswith("s") else {text}


def _headline_without_clause(root: Token) -> tuple[Token, Token, Token | None, Token | None] | None:
    """(verb, subject, object, infinitive) of a headline read with no clause at all (see the
    module docstring), else None."""
    sentence = root.sent
    doc = root.doc
    if sentence.start != 0 or sentence[-1].is_punct or len(sentence) > 16 or sentence.end >= len(doc):
        return None
    if any(t.tag_ in ("VBZ", "VBD") and t.dep_ not in NOUN_SLOTS for t in sentence) \
            or any(t.tag_ in ("VBP", "VB") and t.dep_ not in NOUN_SLOTS
                   and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in NOMINAL_TAGS | {"PRP"} for c in t.children)
                   for t in sentence):
        # a finite verb, or a base form with a subject, not in a noun's slot: the parse has a
        # clause ("Semeru volcano erupts, buries villages" is another repair's)
        return None
    verb = None
    for word in sentence[1:]:
        bare_after_plural = word.tag_ in ("NN", "VB", "VBP") and doc[word.i - 1].tag_ in ("NNS", "NNPS")
        if word.is_lower and word.is_alpha and (word.tag_ in ("NNS", "VBZ") and word.lower_.endswith("s")
                                                 or bare_after_plural):
            verb = word
            break
        if word.tag_ not in SUBJECT_PHRASE_TAGS:
            return None  # the subject phrase ends before any verb ("Floods in Kenya")
    if verb is None or doc[verb.i - 1].tag_ not in NOMINAL_TAGS:
        return None
    if not _body_uses_as_verb(doc, sentence.end, _verb_bases(verb)):
        return None  # the body never uses the word as a verb: "Rail workers' pay", a noun
    subject = doc[verb.i - 1]
    after = doc[verb.i + 1] if verb.i + 1 < sentence.end else None
    if after is not None and after.tag_ == "TO" and verb.i + 2 < sentence.end and doc[verb.i + 2].tag_ == "VB":
        return verb, subject, None, doc[verb.i + 2]  # "City council votes to ban cars"
    obj = None
    for word in sentence[verb.i + 1 - sentence.start:]:
        misread_root = word.dep_ == "ROOT" and word.tag_ in ("VB", "VBP")  # "bans sprinter": *sprinter* the verb
        if word.tag_ not in OBJECT_PHRASE_TAGS and not misread_root:
            break
        if word.tag_ in NOMINAL_TAGS or misread_root:
            obj = word
    return verb, subject, obj, None


def _headline_verb_in_subject(root: Token) -> tuple[Token, Token, Token] | None:
    """(the first verb, its subject, its object) of a headline whose first verb the parser read
    into the subject phrase of the root (see the module docstring), else None."""
    sentence = root.sent
    doc = root.doc
    if sentence.start != 0 or sentence[-1].is_punct or len(sentence) > 16 or sentence.end >= len(doc) \
            or root.tag_ not in HEADLINE_PRESENT:
        return None
    obj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if obj is None or obj.tag_ not in NOMINAL_TAGS or obj.left_edge.i != sentence.start \
            or [t.text for t in doc[obj.i + 1:root.i]] not in (["to"], [","]):
        return None
    for word in doc[sentence.start + 1:obj.i]:
        bare_after_plural = word.tag_ in ("NN", "VB", "VBP") and doc[word.i - 1].tag_ in ("NNS", "NNPS")
        if word.is_lower and word.is_alpha and (word.tag_ in ("NNS", "VBZ") and word.lower_.endswith("s")
                                                 or bare_after_plural):
            if doc[word.i - 1].tag_ in NOMINAL_TAGS and _body_uses_as_verb(doc, sentence.end, _verb_bases(word)):
                return word, doc[word.i - 1], obj
            return None
        if word.tag_ not in SUBJECT_PHRASE_TAGS:
            return None
    return None


def _rebuild_headline(array: np.ndarray, strings, sentence, verb: Token, subject: Token, obj: Token | None,
                      infinitive: Token | None) -> None:
    """Write a headline as subject phrase, verb, object phrase (or "to" infinitive) and the
    phrases after them, each word kept on its head when that head is in its own phrase."""
    tag = "VBZ" if verb.lower_.endswith("s") and verb.tag_ in ("NNS", "VBZ") else "VBP"
    array[verb.i, 0], array[verb.i, 1], array[verb.i, 2] = _offset(0), _label(strings, "ROOT"), _label(strings, tag)
    array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
    if subject.tag_.startswith("VB"):
        array[subject.i, 2] = _label(strings, "NN")
    if infinitive is not None:
        array[infinitive.i, 0], array[infinitive.i, 1] = _offset(verb.i - infinitive.i), _label(strings, "xcomp")
        to = infinitive.doc[infinitive.i - 1]
        array[to.i, 0], array[to.i, 1] = _offset(infinitive.i - to.i), _label(strings, "aux")
    phrases = [(range(sentence.start, subject.i), subject)]
    end = verb.i + 1
    if obj is not None:
        array[obj.i, 0], array[obj.i, 1] = _offset(verb.i - obj.i), _label(strings, "dobj")
        if obj.tag_.startswith("VB"):
            array[obj.i, 2] = _label(strings, "NN")
        phrases.append((range(verb.i + 1, obj.i), obj))
        end = obj.i + 1
    elif infinitive is not None:
        end = infinitive.i + 1
    for span, head in phrases:
        for word in (sentence.doc[i] for i in span):
            if word.head.i not in span and word.head.i != head.i or word.dep_ in CLAUSE_SLOTS:
                # a modifier whose head was outside its phrase: "refinery" of "Nigeria's refinery"
                dep = "poss" if any(c.tag_ == "POS" for c in word.children) else "compound" \
                    if word.tag_ in NOMINAL_TAGS else "amod" if word.tag_ in ("JJ", "VBN", "VBG") else word.dep_
                array[word.i, 0], array[word.i, 1] = _offset(head.i - word.i), _label(strings, dep)
    for word in sentence.doc[end:sentence.end]:
        if word.head.i != word.i and (end <= word.head.i < sentence.end
                                      or infinitive is not None and word.head.i == infinitive.i):
            continue  # attached within what follows: "four years" of "for"; "cars" of "ban"
        # a phrase or clause of the verb keeps its label; a noun after a comma hangs loose
        # ("Landslide buries village, dozens missing": the dozens are no second object)
        keep = word.dep_ in VERB_PHRASE_DEPS or word.dep_ == "conj" and word.tag_.startswith("VB")
        array[word.i, 0], array[word.i, 1] = _offset(verb.i - word.i), _label(strings, word.dep_ if keep else "dep")


#: Tags of words the parser treats as a verb (subject and object) but the tagger did not.
NOT_VERB_TAGS = frozenset({"RB", "JJ"})


def _conjunct_verb_tagged_plural(word: Token) -> bool:
    """Whether a word tagged a plural noun is a present-tense verb: hung as the conjunct of a verb
    in -s with an object of its own and no determiner or modifier of a noun ("a gang that controls
    the main road and kidnaps travellers": *kidnaps* NNS)."""
    return word.tag_ == "NNS" and word.lower_.endswith("s") and word.head.tag_ == "VBZ" \
        and word.head.i < word.i and any(c.dep_ == "dobj" and c.i > word.i for c in word.children) \
        and not any(c.dep_ in ("det", "amod", "poss", "compound", "nummod") for c in word.lefts)


def _conjunct_verb_read_into_object(word: Token) -> tuple[Token, Token] | None:
    """(the verb, the second object) when a present-tense verb in -s after "and" was read as one
    more conjunct of the verb's object and its own object as the verb's second object ("controls
    the northern highway and kidnaps migrants": *kidnaps* NNS a conjunct of *highway*, *migrants* a
    second dobj of *controls*), else None."""
    noun = word.head
    verb = noun.head
    if word.dep_ != "conj" or word.tag_ != "NNS" or not word.lower_.endswith("s") or list(word.children) \
            or noun.dep_ != "dobj" or verb.tag_ != "VBZ" or not verb.i < noun.i < word.i \
            or word.doc[word.i - 1].dep_ != "cc" or word.doc[word.i - 1].head.i != noun.i:
        return None
    second = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1), None)
    return (verb, second) if second is not None else None


def _after_a_comma(word: Token) -> bool:
    return word.i > 0 and word.doc[word.i - 1].text == ","


def _participle_as_main_verb(root: Token) -> Token | None:
    """The past tense of a body sentence read as a participle inside its subject, the sentence's
    root left a noun ("Floods caused by the collapse of a dam killed at least 37 people": *killed*
    an acl of *dam*, *Floods* the root), else None. A participle with a direct object after it is
    active: when no finite verb of the sentence has a subject, the first such past form without a
    subject, auxiliary or relative word of its own is the main verb and the root noun its subject."""
    sentence = root.sent
    if root.dep_ == "ROOT" and root.tag_ == "VBG" and sentence[-1].is_punct and _after_a_comma(root) \
            and not any(c.dep_ in ("nsubjpass", "aux", "mark") for c in root.children):
        # "The club named former midfielder X as his replacement, handing him a contract": the
        # participle after the comma the root, the finite past (VBD) an acl of the subject before it
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "dep") and c.i < root.i), None)
        verb = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i == subject.i + 1),
                    None) if subject is not None else None
        return verb if verb is not None and any(c.dep_ in ("dobj", "oprd") for c in verb.children) else None
    if root.dep_ != "ROOT" or root.tag_ not in NOMINAL_TAGS or not sentence[-1].is_punct or len(sentence) > 60:
        return None
    if any(t.tag_ in FINITE and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in sentence):
        return None
    for verb in sentence:
        if verb.i <= root.i or verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("acl", "relcl"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent") or c.tag_ in ("WDT", "WP")
               for c in verb.children):
            continue
        if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
            return verb
    return None


def _headline_noun_read_as_second_verb(word: Token) -> Token | None:
    """The object of a headline noun in -s that the tagger read as a second verb right after the
    headline's verb ("Health ministry launches measles vaccination drive": *measles* VBZ, an xcomp
    of *launches* with *drive* its object), else None. No verb takes a bare finite verb as its
    complement: the word modifies the noun after it, which is the first verb's object."""
    verb = word.head
    sentence = word.sent
    if sentence.start != 0 or sentence[-1].is_punct or word.tag_ != "VBZ" or word.dep_ not in ("xcomp", "ccomp") \
            or verb.tag_ != "VBZ" or word.i != verb.i + 1 or any(c.dep_ == "dobj" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark", "dative") for c in word.children):
        return None
    objects = [c for c in word.children if c.dep_ == "dobj"]
    return objects[0] if len(objects) == 1 and objects[0].left_edge.i == word.i + 1 else None


def _verb_tag(word: Token) -> str | None:
    """The verb tag for a word tagged RB/JJ that has a subject and an object, else None."""
    if word.tag_ not in NOT_VERB_TAGS:
        return None
    deps = {c.dep_ for c in word.children}
    if not ({"nsubj", "dobj"} <= deps):
        return None
    return "VBD" if word.lower_.endswith("ed") else "VBZ" if word.lower_.endswith("s") else "VBP"


@Language.component("kg_repairs", assigns=["token.dep", "token.head", "token.tag"])
def kg_repairs(doc: Doc) -> Doc:
    """Undo the misparses listed in the module docstring (all changes written at once)."""
    strings = doc.vocab.strings
    deps = doc.to_array(DEP)  # candidates by label, without making a Token for every word
    by_label: dict[str, list[int]] = {}

    def at(*labels: str) -> list[int]:
        """Indices of the tokens with any of ``labels``, in order (each label scanned once)."""
        for label in labels:
            if label not in by_label:
                by_label[label] = np.flatnonzero(deps == _label(strings, label)).tolist()
        return sorted(i for label in labels for i in by_label[label]) if len(labels) > 1 else by_label[labels[0]]

    repairs = [(doc[i], o) for i in at("xcomp")
               if (o := _participle_object(doc[i])) is not None]
    conj = at("conj")
    clauses = [(doc[i], found) for i in sorted(at("ccomp") + conj)
               if (found := _subordinate_subject(doc[i])) is not None]
    subjects = at("nsubj")
    retagged = [(doc[i].head, tag) for i in subjects if (tag := _verb_tag(doc[i].head)) is not None]
    retagged += [(doc[i], "WDT") for i in subjects if _relative_that(doc[i])]
    retagged += [(doc[i], "NNP") for i in subjects if _acronym_as_wh_word(doc[i])]
    retagged += [(doc[i], "VBZ") for i in conj if _headline_conjunct_verb_tagged_noun(doc[i])
                 or _conjunct_verb_tagged_plural(doc[i])]
    objects_of_conjuncts = [(doc[i], found) for i in conj if (found := _conjunct_verb_read_into_object(doc[i]))
                            is not None]
    second_verbs = [(doc[i], obj) for i in at("xcomp", "ccomp")
                    if (obj := _headline_noun_read_as_second_verb(doc[i])) is not None]
    main_participles = [(doc[i], verb) for i in at("ROOT") if (doc[i].tag_ in NOMINAL_TAGS or doc[i].tag_ == "VBG")
                        and (verb := _participle_as_main_verb(doc[i])) is not None]
    stacked = [(doc[i], after) for i in at("dobj") if (after := _headline_object_with_object(doc[i])) is not None]
    base_verbs = [(doc[i], obj) for i in conj if (obj := _headline_base_verb_tagged_noun(doc[i])) is not None]
    conjuncts = [(doc[i], reporter) for i in conj if (reporter := _reporter_conjunct(doc[i])) is not None]
    ages = [(doc[i], verb) for i in at("amod")
            if (verb := _age_subject(doc[i])) is not None]
    participles = [(doc[i], main) for i in at("advcl", "xcomp")
                   if (main := _parenthesis_participle(doc[i])) is not None]
    reports = {doc[i].head.i for i in at("ccomp")
               if doc[i].head.i > i}
    speakers = [(doc[i], first) for i in sorted(reports) if (first := _speakers_in_object(doc[i])) is not None]
    swallowed = [(doc[i], found) for i in sorted(reports) if (found := _apposition_read_as_reporter(doc[i])) is not None]
    denials = [(doc[i], found) for i in at("ROOT")
               if (found := _denial_as_root(doc[i])) is not None]
    summaries = [(doc[i], root) for i in at("appos")
                 if (root := _misplaced_summary(doc[i])) is not None]
    answers = [(doc[i], accusing) for i in at("relcl")
               if (accusing := _answer_to_accusation(doc[i])) is not None]
    agents = [(doc[i], verb) for i in at("prep")
              if (verb := _agent_on_gerund(doc[i])) is not None]
    main_verbs = [(doc[i], found) for i in sorted({*conj, *(doc[p].head.i for p in at("parataxis"))})
                  if (found := _main_verb_in_relative(doc[i])) is not None]
    coordinated = [(doc[i], verb) for i in conj
                   if (verb := _gerund_after_infinitive(doc[i]) or _conjunct_of_reduced_relative(doc[i])
                       or _conjunct_of_infinitive(doc[i]) or _conjunct_after_relative(doc[i])) is not None]
    rivals = [(doc[i], verb) for i in at("npadvmod")
              if (verb := _rival_before_score(doc[i])) is not None]
    titled = [(doc[i], title) for i in at("appos")
              if (title := _title_of_apposed_name(doc[i])) is not None]
    second_objects = [(doc[i], participle) for i in at("dobj")
                      if (participle := _participle_of_second_object(doc[i])) is not None]
    loose = at("dep", "attr")
    gerunds = [(doc[i], gerund) for i in sorted(conj + at("appos", "dobj", "npadvmod") + loose)
               if (gerund := _participle_on_conjoined_noun(doc[i])) is not None]
    gerund_objects = {noun.i: gerund for noun, (gerund, _) in gerunds}
    second_participles = [(doc[i], found) for i in conj
                          if (found := _participle_read_as_adjective(doc[i], gerund_objects)) is not None]
    roots = at("ROOT")
    compound_verbs_of_object = [(doc[roots[0]], found)] if roots \
        and (found := _headline_verb_in_compounds(doc[roots[0]])) is not None else []
    report_clauses = [(doc[roots[0]], clause)] if roots \
        and (clause := _headline_clause_before_transitive_report(doc[roots[0]])) is not None else []
    headline = [(doc[roots[0]], subject)] if roots and (subject := _headline_passive(doc[roots[0]])) is not None else []
    noun_verb = [(doc[roots[0]], found)] if roots and (found := _headline_noun_verb(doc[roots[0]])) is not None else []
    verb_object = [(doc[roots[0]], found)] if roots and (found := _headline_object_as_verb(doc[roots[0]])) is not None \
        else []
    second_predicates = [(doc[i], first) for i in at("ROOT", "dep")
                         if (first := _headline_second_predicate(doc[i])) is not None]
    compound_verbs = [(doc[i], found) for i in sorted(conj + at("dep", "prep"))
                      if (found := _headline_compound_verb(doc[i])) is not None]
    root_objects = [(doc[roots[0]], found)] if roots and (found := _headline_object_as_root(doc[roots[0]])) \
        is not None else []
    agents_as_gerunds = [(doc[i], found) for i in at("pcomp") if (found := _agent_read_as_gerund(doc[i])) is not None]
    told = [(doc[i], found) for i in at("relcl") if (found := _telling_complement(doc[i])) is not None]
    second_subjects = [(doc[i], found) for i in conj if (found := _subject_read_as_conjunct(doc[i])) is not None]
    subordinated = [(doc[i], found) for i in sorted(conj + at("advcl"))
                    if (found := _subordinator_read_as_preposition(doc[i])) is not None]
    summaries += [(doc[i], first) for i in subjects if (first := _summary_read_as_subject(doc[i])) is not None]
    resumed = [(doc[i], clause) for i in subjects if (clause := _subject_before_parenthetical_report(doc[i])) is not None]
    clause_objects = [(doc[i], found) for i in at("ccomp")
                      if (found := _object_read_as_subject_of_a_clause(doc[i])) is not None]
    semicolons = [(doc[i], report) for i in at("ccomp") if (report := _clause_before_semicolon(doc[i])) is not None]
    subject_clauses = [(doc[roots[0]], found)] if roots and (found := _headline_subject_clause(doc[roots[0]])) \
        is not None else []
    object_splits = [(doc[roots[0]], found)] if roots and (found := _headline_object_split(doc[roots[0]])) \
        is not None else []
    headline_repairs = (noun_verb, verb_object, compound_verbs_of_object, report_clauses, headline, second_predicates,
                        compound_verbs, root_objects, subject_clauses, object_splits)
    rebuilt = [(doc[roots[0]], found)] if roots and not any(headline_repairs) \
        and (found := _headline_without_clause(doc[roots[0]])) is not None else []
    verb_in_subject = [(doc[roots[0]], found)] if roots and not any(headline_repairs) and not rebuilt \
        and (found := _headline_verb_in_subject(doc[roots[0]])) is not None else []
    compounds = at("compound")
    compound_subjects = [(doc[i], noun) for i in sorted({doc[i].head.i for i in compounds})
                         if (noun := _compound_subject(doc[i])) is not None]
    if not any((repairs, clauses, retagged, conjuncts, ages, participles, speakers, denials, summaries, answers,
                agents, headline, coordinated, rivals, titled, gerunds, noun_verb, second_objects,
                compound_subjects, second_participles, verb_object, second_predicates, compound_verbs,
                agents_as_gerunds, told, subject_clauses, object_splits, root_objects, second_subjects, resumed,
                semicolons, stacked, clause_objects, subordinated, base_verbs, report_clauses,
                compound_verbs_of_object, rebuilt, objects_of_conjuncts, main_participles, second_verbs, swallowed,
                main_verbs, verb_in_subject)):
        return doc
    array = doc.to_array([HEAD, DEP, TAG])  # uint64: heads as offsets, wrapped when negative
    for participle, obj in repairs:
        verb = participle.head
        array[obj.i, 0], array[obj.i, 1] = _offset(verb.i - obj.i), _label(strings, "dobj")
        array[participle.i, 0], array[participle.i, 1] = _offset(obj.i - participle.i), _label(strings, "amod")
        array[participle.i, 2] = _label(strings, "VBN")
        for child in participle.children:
            if child.i != obj.i:
                array[child.i, 0] = _offset(verb.i - child.i)  # "for the outbreak" is the blaming's
    for verb, (obj, subordinator, subject) in clauses:
        head = verb.head
        array[obj.i, 0], array[obj.i, 1] = _offset(head.i - obj.i), _label(strings, "dobj")
        array[subordinator.i, 0], array[subordinator.i, 1] = _offset(verb.i - subordinator.i), _label(strings, "mark")
        array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
        array[verb.i, 1] = _label(strings, "advcl")
    for word, tag in retagged:
        array[word.i, 2] = _label(strings, tag)
    for obj, (verb, subject) in compound_verbs_of_object:
        _as_root_verb(array, strings, verb, obj)
        array[verb.i, 2] = _label(strings, "VBP")  # the base form, after the subject's plural or mass noun
        array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
        if subject.tag_ == "JJ":
            array[subject.i, 2] = _label(strings, "NNPS")  # "Houthis": a plural name, not an adjective
        for word in (*obj.lefts, *verb.lefts):
            if word.i < subject.i:
                array[word.i, 0] = _offset(subject.i - word.i)  # "Mexican" goes with "police"
        for prep in obj.rights:
            if prep.dep_ == "prep" and prep.lower_ in AIMING_PREPOSITIONS:
                array[prep.i, 0] = _offset(verb.i - prep.i)  # "fire tear gas at protesters": aimed by the verb
    for verb, (noun, relative, second) in main_verbs:
        if verb.head.i == second.i:  # (not when the main verb was above the conjunct already)
            array[verb.i, 0], array[verb.i, 1] = _offset(0), _label(strings, "ROOT")
        array[noun.i, 0], array[noun.i, 1] = _offset(verb.i - noun.i), _label(strings, "nsubj")
        array[second.i, 0], array[second.i, 1] = _offset(relative.i - second.i), _label(strings, "conj")
        for word in (*noun.children, *second.children):
            if word.dep_ == "cc" and relative.i < word.i < second.i:
                array[word.i, 0] = _offset(relative.i - word.i)  # "but" goes with its conjunct
            elif word.dep_ == "nsubj" and word.i < relative.i:
                pass  # (the noun itself, the root's second subject: written above)
            elif word.dep_ == "punct" and word.i > verb.i:
                array[word.i, 0] = _offset(verb.i - word.i)  # the full stop is the main clause's
            elif word.i > verb.i and word.head.i == second.i and word.dep_ in ("prep", "advmod", "npadvmod"):
                array[word.i, 0] = _offset(verb.i - word.i)  # what follows the main verb is its own
    for verb, clause in report_clauses:
        array[clause.i, 0], array[clause.i, 1] = _offset(0), _label(strings, "ROOT")
        array[verb.i, 0], array[verb.i, 1] = _offset(clause.i - verb.i), _label(strings, "conj")
        for child in verb.children:
            if child.dep_ == "punct" and clause.i < child.i < verb.i:
                array[child.i, 0] = _offset(clause.i - child.i)  # the comma between the two clauses
    for word, obj in base_verbs:
        array[word.i, 2], array[obj.i, 1] = _label(strings, "VBP"), _label(strings, "dobj")
    for age, verb in ages:
        array[age.i, 1], array[age.i, 2] = _label(strings, "nsubj"), _label(strings, "NN")
        for det in verb.children:
            if det.dep_ == "det" and det.i < age.i and det.i == age.left_edge.i - 1:
                array[det.i, 0] = _offset(age.i - det.i)  # "The" goes with "29-year-old"
    for participle, main in participles:
        array[participle.i, 0], array[participle.i, 1] = _offset(main.i - participle.i), _label(strings, "advcl")
    for verb, reporter in conjuncts:
        array[verb.i, 0] = _offset(reporter.i - verb.i)
        for cc in verb.head.children:
            if cc.dep_ == "cc" and verb.head.i < cc.i < verb.i:
                array[cc.i, 0] = _offset(reporter.i - cc.i)  # the "and" goes with its conjunct
    for report, first in speakers:
        array[first.i, 0], array[first.i, 1] = _offset(report.i - first.i), _label(strings, "nsubj")
    for report, (first, apposition, owner) in swallowed:
        array[first.i, 0], array[first.i, 1] = _offset(report.i - first.i), _label(strings, "nsubj")
        array[apposition.i, 0], array[apposition.i, 1] = _offset(owner.i - apposition.i), _label(strings, "appos")
    for verb, (clause, noun, subject) in denials:
        array[clause.i, 0], array[clause.i, 1] = _offset(0), _label(strings, "ROOT")
        array[noun.i, 0], array[noun.i, 1] = _offset(clause.i - noun.i), _label(strings, "npadvmod")
        array[verb.i, 0], array[verb.i, 1] = _offset(noun.i - verb.i), _label(strings, "relcl")
        array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
        array[noun.i - 1, 0], array[noun.i - 1, 1] = _offset(1), _label(strings, "det")  # "a" goes with "charge"
        for child in verb.children:
            if child.dep_ == "punct" and (child.i < noun.i or child.i == verb.sent.end - 1):
                array[child.i, 0] = _offset(clause.i - child.i)  # the comma and the full stop are the clause's
    for noun, root in summaries:
        array[noun.i, 0], array[noun.i, 1] = _offset(root.i - noun.i), _label(strings, "npadvmod")
    for clause, accusing in answers:
        array[clause.i, 0], array[clause.i, 1] = _offset(accusing.i - clause.i), _label(strings, "advcl")
    for prep, verb in agents:
        array[prep.i, 0], array[prep.i, 1] = _offset(verb.i - prep.i), _label(strings, "agent")
    for conjunct, verb in coordinated:
        for cc in conjunct.head.children:
            if cc.dep_ == "cc" and conjunct.head.i < cc.i < conjunct.i:
                array[cc.i, 0] = _offset(verb.i - cc.i)  # the "and" goes with its conjunct
        array[conjunct.i, 0] = _offset(verb.i - conjunct.i)
    for name, verb in rivals:
        array[name.i, 1] = _label(strings, "dobj")
    for obj, participle in second_objects:
        array[obj.i, 0] = _offset(participle.i - obj.i)
    for noun, (verb, obj) in noun_verb:
        _as_root_verb(array, strings, verb, obj)
        array[noun.i, 0], array[noun.i, 1], array[noun.i, 2] = _offset(verb.i - noun.i), _label(strings, "nsubj"), \
            _label(strings, "NN")
        for child in noun.children:
            if child.i == obj.i:
                continue
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < noun.i:
                array[child.i, 1] = _label(strings, "compound")  # "Dock workers" classify the strike
            elif child.i > verb.i:
                array[child.i, 0] = _offset(verb.i - child.i)  # what followed is the verb's
    for noun, (gerund, verb) in gerunds:
        array[gerund.i, 0], array[gerund.i, 1] = _offset(verb.i - gerund.i), _label(strings, "advcl")
        array[gerund.i, 2] = _label(strings, "VBG")
        array[noun.i, 0], array[noun.i, 1] = _offset(gerund.i - noun.i), _label(strings, "dobj")
        for word in noun.children:
            if word.dep_ == "conj" and word.lower_.endswith("ing") \
                    and (word.tag_ == "VBG" or word.tag_ == "NN" and not list(word.children)):
                # "waving flags and singing", "burning tyres and throwing stones": an -ing word
                # coordinated with the object is the gerund's conjunct
                array[word.i, 0], array[word.i, 2] = _offset(gerund.i - word.i), _label(strings, "VBG")
                for cc in noun.children:
                    if cc.dep_ == "cc" and noun.i < cc.i < word.i:
                        array[cc.i, 0] = _offset(gerund.i - cc.i)
    for name, title in titled:
        array[name.i, 0] = _offset(title.i - name.i)
        for punct in name.head.children:
            if punct.dep_ == "punct" and name.head.i < punct.i:
                array[punct.i, 0] = _offset(title.i - punct.i)  # the commas set off the apposition
    for verb, noun in compound_subjects:
        array[noun.i, 1] = _label(strings, "nsubj")
        for child in verb.children:
            if child.dep_ in ("compound", "amod", "det") and child.i < noun.i:
                array[child.i, 0] = _offset(noun.i - child.i)  # "Police officer": the rest of the subject
    for noun, (word, participle) in second_participles:
        array[word.i, 0], array[word.i, 1], array[word.i, 2] = _offset(participle.i - word.i), \
            _label(strings, "conj"), _label(strings, "VBG")
        array[noun.i, 0], array[noun.i, 1] = _offset(word.i - noun.i), _label(strings, "dobj")
        array[word.i - 1, 0] = _offset(participle.i - word.i + 1)  # the "and" goes with its conjunct
    for obj, (verb, subject) in verb_object:
        _as_root_verb(array, strings, verb, obj)
        head = next((c for c in obj.children if c.dep_ == "dobj"), None)
        if head is not None:
            # "refinery halts petrol output": the root's word classifies the noun after it, the object
            array[obj.i, 0], array[obj.i, 1] = _offset(head.i - obj.i), _label(strings, "compound")
            array[head.i, 0], array[head.i, 1] = _offset(verb.i - head.i), _label(strings, "dobj")
            for child in obj.children:
                if child.i > head.i:
                    array[child.i, 0] = _offset(verb.i - child.i)  # "after fire", ", prices jump": the verb's
        array[obj.i, 2] = _label(strings, "NN")
        array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
        for child in verb.children:
            if child.i < subject.i:
                array[child.i, 0] = _offset(subject.i - child.i)  # "ruling party": the subject's modifiers
        for child in obj.children:
            if child.i != verb.i and child.i < verb.i:
                array[child.i, 0] = _offset(verb.i - child.i)  # the clause before the comma is the verb's
    for verb, first in second_predicates:
        for child in verb.children:
            if _object_read_as_subject(child):
                array[child.i, 1] = _label(strings, "dobj")
        if verb.dep_ == "ROOT":
            array[first.i, 0], array[first.i, 1] = _offset(0), _label(strings, "ROOT")
            for child in verb.children:
                if child.i < first.i or (child.dep_ == "punct" and child.i < verb.i):
                    array[child.i, 0] = _offset(first.i - child.i)  # what came before is the first verb's
        array[verb.i, 0], array[verb.i, 1] = _offset(first.i - verb.i), _label(strings, "conj")
    for noun, (word, verb) in compound_verbs:
        array[word.i, 0], array[word.i, 1], array[word.i, 2] = _offset(verb.i - word.i), \
            _label(strings, "conj"), _label(strings, "VBZ" if word.tag_ == "NNS" else "VBP")
        array[noun.i, 0], array[noun.i, 1] = _offset(word.i - noun.i), _label(strings, "dobj")
    for noun, (first, word) in root_objects:
        array[first.i, 0], array[first.i, 1] = _offset(0), _label(strings, "ROOT")
        for child in noun.children:
            if child.i < word.i and child.i != first.i:
                array[child.i, 0] = _offset(first.i - child.i)  # the comma closes the first clause
        array[word.i, 0], array[word.i, 1], array[word.i, 2] = _offset(first.i - word.i), \
            _label(strings, "conj"), _label(strings, "VBZ")
        array[noun.i, 0], array[noun.i, 1] = _offset(word.i - noun.i), _label(strings, "dobj")
    for gerund, (by, noun) in agents_as_gerunds:
        array[by.i, 1] = _label(strings, "agent")
        array[noun.i, 0], array[noun.i, 1] = _offset(by.i - noun.i), _label(strings, "pobj")
        array[gerund.i, 0], array[gerund.i, 1] = _offset(noun.i - gerund.i), _label(strings, "amod")
    for clause, (verb, that) in told:
        array[clause.i, 0], array[clause.i, 1] = _offset(verb.i - clause.i), _label(strings, "ccomp")
        array[that.i, 1], array[that.i, 2] = _label(strings, "mark"), _label(strings, "IN")
    for _root, (word, noun, before, second, comma) in subject_clauses:
        tag = "VBZ" if word.tag_ == "NNS" else "VBP"
        array[word.i, 0], array[word.i, 1], array[word.i, 2] = _offset(0), _label(strings, "ROOT"), _label(strings, tag)
        actor = before[-1]  # "EU": the nearest noun before the verb heads its subject
        array[actor.i, 0], array[actor.i, 1] = _offset(word.i - actor.i), _label(strings, "nsubj")
        for child in before[:-1]:
            array[child.i, 0] = _offset(actor.i - child.i)
        array[noun.i, 0], array[noun.i, 1] = _offset(word.i - noun.i), _label(strings, "dobj")
        array[second.i, 0], array[second.i, 1] = _offset(word.i - second.i), _label(strings, "conj")
        array[comma.i, 0], array[comma.i, 1] = _offset(word.i - comma.i), _label(strings, "punct")
        for child in second.children:
            if child.i < noun.i:
                array[child.i, 0] = _offset(word.i - child.i)
    for root, (first, word, obj) in object_splits:
        array[first.i, 0], array[first.i, 1] = _offset(root.i - first.i), _label(strings, "dobj")
        array[word.i - 1, 0] = _offset(root.i - word.i + 1)  # the comma closes the first predicate
        array[word.i, 0], array[word.i, 1] = _offset(root.i - word.i), _label(strings, "conj")
        array[word.i, 2] = _label(strings, "VBZ" if word.lower_.endswith("s") else root.tag_)
        array[obj.i, 0] = _offset(word.i - obj.i)
    for verb, (subordinator, subject, between) in subordinated:
        array[verb.i, 0], array[verb.i, 1] = _offset(verb.head.i - verb.i), _label(strings, "advcl")
        array[subordinator.i, 0], array[subordinator.i, 1] = _offset(verb.i - subordinator.i), _label(strings, "mark")
        array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
        for prep in between:
            array[prep.i, 0] = _offset(subject.i - prep.i)  # "from the volcano" is the ash's
    for noun, (verb, first) in second_subjects:
        array[noun.i, 0], array[noun.i, 1] = _offset(verb.i - noun.i), _label(strings, "nsubj")
        array[verb.i, 0], array[verb.i, 1] = _offset(first.i - verb.i), _label(strings, "conj")
        cc = doc[noun.left_edge.i - 1]
        array[cc.i, 0] = _offset(first.i - cc.i)  # the "and" joins the two clauses
    for noun, after in stacked:
        array[after.i, 0] = _offset(noun.head.i - after.i)
        array[noun.i, 0], array[noun.i, 1] = _offset(after.i - noun.i), _label(strings, "compound")
        for child in noun.children:
            if child.i < noun.i:
                array[child.i, 0] = _offset(after.i - child.i)  # "the", adjectives: the object's
    for clause, (verb, first, second) in clause_objects:
        array[first.i, 0], array[first.i, 1] = _offset(verb.i - first.i), _label(strings, "dobj")
        array[second.i, 0], array[second.i, 1] = _offset(clause.i - second.i), _label(strings, "nsubj")
        array[clause.i, 1] = _label(strings, "conj")
        cc = doc[second.left_edge.i - 1]
        array[cc.i, 0] = _offset(verb.i - cc.i)  # the "and" joins the two clauses
    for subject, clause in resumed:
        array[subject.i, 0] = _offset(clause.i - subject.i)
    for clause, report in semicolons:
        array[clause.i, 0], array[clause.i, 1] = _offset(0), _label(strings, "ROOT")
        array[report.i, 0], array[report.i, 1] = _offset(clause.i - report.i), _label(strings, "conj")
        for child in report.children:
            if child.i < report.i and child.dep_ == "punct" and child.i > clause.i:
                array[child.i, 0] = _offset(clause.i - child.i)  # the semicolon joins the two clauses
        for child in report.children:
            if child.dep_ == "punct" and child.i == report.sent.end - 1:
                array[child.i, 0] = _offset(clause.i - child.i)
    for word, obj in second_verbs:
        verb = word.head
        array[obj.i, 0], array[obj.i, 1] = _offset(verb.i - obj.i), _label(strings, "dobj")
        array[word.i, 0], array[word.i, 1], array[word.i, 2] = _offset(obj.i - word.i), _label(strings, "compound"), \
            _label(strings, "NNS")
        for child in word.children:
            if child.i > obj.i:
                array[child.i, 0] = _offset(verb.i - child.i)  # "after outbreak": the launching's
    for root, verb in main_participles:
        array[verb.i, 0], array[verb.i, 1], array[verb.i, 2] = _offset(0), _label(strings, "ROOT"), \
            _label(strings, "VBD")
        if root.tag_ == "VBG":  # the participle after the comma is the past tense's, and so is the subject
            subject = verb.head
            array[subject.i, 0], array[subject.i, 1] = _offset(verb.i - subject.i), _label(strings, "nsubj")
            array[root.i, 0], array[root.i, 1] = _offset(verb.i - root.i), _label(strings, "advcl")
            for word in root.children:
                if word.i < root.i and word.i != subject.i:
                    array[word.i, 0] = _offset(verb.i - word.i)  # the comma
            continue
        array[root.i, 0], array[root.i, 1] = _offset(verb.i - root.i), _label(strings, "nsubj")
        for word in doc[verb.right_edge.i + 1 : root.sent.end]:
            if word.head.i < verb.i:
                array[word.i, 0] = _offset(verb.i - word.i)  # ", submerging much of the city", the full stop
    for word, (verb, second) in objects_of_conjuncts:
        array[word.i, 0], array[word.i, 1], array[word.i, 2] = _offset(verb.i - word.i), _label(strings, "conj"), \
            _label(strings, "VBZ")
        array[word.i - 1, 0] = _offset(verb.i - word.i + 1)  # the "and" joins the two verbs
        array[second.i, 0] = _offset(word.i - second.i)
        for child in second.children:
            if child.dep_ == "prep" and child.i > second.i:
                array[child.i, 0] = _offset(word.i - child.i)  # "for ransom": the kidnapping's
    for root, (verb, subject, obj, infinitive) in rebuilt:
        _rebuild_headline(array, strings, root.sent, verb, subject, obj, infinitive)
    for root, (verb, subject, obj) in verb_in_subject:
        _rebuild_headline(array, strings, root.sent, verb, subject, obj, None)
        # the root is the first verb's "to" infinitive (on its object: "orders Shell unit to pay")
        # or its conjunct (", seize weapons"), which _rebuild_headline would leave loose
        second = "xcomp" if doc[root.i - 1].text == "to" else "conj"
        array[root.i, 0], array[root.i, 1] = _offset(verb.i - root.i), _label(strings, second)
    for verb, subject in headline:
        array[verb.i, 2] = _label(strings, "VBN")
        array[subject.i, 1] = _label(strings, "nsubjpass")
    doc.from_array([HEAD, DEP, TAG], array)
    return doc

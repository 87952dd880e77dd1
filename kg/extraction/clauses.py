"""Predicate–argument rules over spaCy's dependency parse, one family per construction.

For every verb of a sentence this module finds who acts (the actor), what the
action is (verb lemma, particle, preposition) and what it is done to (the
target), and names the construction that licensed it. The families:

``active``          subject – verb – direct object
``prepositional``   subject – verb + preposition – object ("withdrew from Rawa")
``passive``         passive with a by-agent, turned to the active sense
``reduced_passive`` a participle with a by-agent ("a frontier drawn by colonial powers")
``relative``        a relative clause whose head noun is the subject ("groups who seized Falluja")
``participial``     participial/adverbial clauses inheriting the actor ("..., taking three towns")
``conjunction``     a conjoined verb inheriting the first verb's subject ("entered ... but were repelled")
``control``         control and complement verbs ("offered to send advisers", "moved to control towns",
                    "is ready to resume talks")
``second_object``   a directional target next to a direct object ("fired tear gas at protesters")
``object_control``  what a directive asks or an accusation alleges ("urged X to leave"; open-only)
``purpose``         what an act is done for ("withdrew to avoid casualties"; open-only)

Conjunctions in any argument slot are split into one relation per conjunct.
Argument heads are turned into nodes by :mod:`kg.extraction.nodes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass, field

from spacy.attrs import LEMMA
from spacy.symbols import ADJ, ADP, AUX, DET, NOUN, PRON, PROPN, SCONJ, VERB
from spacy.tokens import Span, Token

from kg.coref import GROUP_NOUNS, INSTRUMENT_VERBS, LEMMA_FIXES, PERSON_NOUNS, REPORTING_VERBS, governing_verb
from kg.memo import children, doc_tokens, memo, parts_of_speech
from kg.repairs import AIMING_PREPOSITIONS, MEANS_NOUNS, SPEECH_PARTICIPLES

__all__ = ["Clause", "clauses", "control_complement", "coordinated_participle", "gerund_lemma", "gerund_object", "particle_in_object",
           "participle_as_adjective", "participle_lemma", "perfect_participle", "reporter_conjunct"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj"})

#: Verbs that carry no action of their own here (copulas; "have" is kept).
SKIPPED_LEMMAS = frozenset({"be"})

#: Control verbs that only frame the embedded action ("moved quickly to control
#: these towns" is about controlling): no relation of their own.
FRAMING_CONTROL_VERBS = frozenset(
    """try attempt seek begin start continue move manage rush hurry go come resume cease stop
    want wish hope plan intend aim prepare need decide choose dare tend appear seem get keep afford""".split()
)

#: Control verbs that deny the embedded action ("refused to sign" -> sign, negated;
#: "would not hesitate to protect" -> protect, asserted).
NEGATING_CONTROL_VERBS = frozenset({"refuse", "fail", "decline", "neglect", "hesitate"})

#: Control verbs that pass their own negation down to the infinitive ("does not expect to fly a
#: second mission", "is no longer expected to win": expects not to fly) without being framing
#: verbs, whose act is the infinitive's.
NEGATION_RAISING_VERBS = frozenset({"expect"})

#: Phrasal verbs that deny the -ing action they govern ("held off granting a request").
NEGATING_PHRASAL_VERBS = frozenset({"hold off", "refrain from", "stop", "cease", "avoid", "hold back from"})

#: Verbs that deny the -ing act they govern ("denied ignoring the warnings").
DENYING_VERBS = frozenset({"deny"})

#: Verbs with an -ing complement that the parser may read as a modifier of the object
#: ("denied mistreating prisoners", "avoided naming suspects"), and of those the ones
#: that deny or stop the act. Of all of them the relation is the -ing act's.
GERUND_COMPLEMENT_VERBS = frozenset({"deny", "avoid", "stop", "cease", "quit", "resume", "begin", "start",
                                     "continue", "keep", "admit", "finish"})
NEGATING_GERUND_VERBS = frozenset({"deny", "avoid", "stop", "cease", "quit"})

#: Verbs with a bare-infinitive small clause ("helped the military buy fuel", "let the
#: convoy pass"): the small clause's subject is the verb's object.
SMALL_CLAUSE_VERBS = frozenset({"help", "make", "let"})

#: Verbs of naming: with a reflexive object they give a name, not an act ("calling itself X").
NAMING_VERBS = frozenset({"call", "name", "style", "dub", "term", "describe", "brand", "label"})
REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself"})

#: Verbs of result with an adjectival small clause ("made the roads impassable", "left
#: thousands homeless", "kept the border closed"): the adjective's subject is the object.
RESULTATIVE_VERBS = frozenset({"make", "render", "leave", "keep", "drive"})

#: Verbs of judgment with an adjectival small clause ("a jury found the executive guilty",
#: "the court declared the election invalid"): as with the resultatives, the one judged is
#: the object (as in "declared Banda the winner").
JUDGING_VERBS = frozenset({"find", "declare", "deem", "pronounce", "rule"})

#: Control verbs whose own act is news: "offered to send advisers" -> offer advisers,
#: "refused to extend the deal" -> refuse deal. Other verbs with a to-clause
#: (purpose: "cooperate to defend") leave the relation to the embedded verb, and
#: so does "decline", whose object is only the act declined ("declined to comment
#: on the possibility" -> comment on, negated; not decline — possibility).
MATRIX_CONTROL_VERBS = frozenset(
    """offer agree promise pledge vow threaten propose volunteer undertake swear guarantee
    demand request plot conspire refuse""".split()
)

#: Adjectives that take a to-clause about their subject ("Ethiopia is ready to resume
#: talks", "Russia was unlikely to support it"): the act is the subject's, hedged.
CONTROL_ADJECTIVES = frozenset(
    """ready willing unwilling able unable likely unlikely eager keen prepared set due poised
    determined reluctant certain sure expected""".split()
)

#: Of those, the ones that deny the act ("was unable to reach the town").
NEGATING_ADJECTIVES = frozenset({"unable", "unwilling"})

#: Verb + bare noun idioms whose preposition introduces the real target: "set fire to a
#: police station", "took control of the town", "claimed responsibility for the attack".
#: Only nouns that are no participant of their own: "imposed sanctions on X" keeps the
#: sanctions, a thing that later acts and is lifted.
LIGHT_VERB_OBJECTS = {
    "set": frozenset({"fire"}),
    "open": frozenset({"fire"}),
    "lay": frozenset({"siege"}),
    "take": frozenset({"control", "part", "aim", "charge", "possession", "responsibility", "hold"}),
    "seize": frozenset({"control"}),
    "gain": frozenset({"control", "access"}),
    "lose": frozenset({"control"}),
    "claim": frozenset({"responsibility", "credit"}),
    "pay": frozenset({"tribute", "homage"}),
    "declare": frozenset({"war"}),
    "wage": frozenset({"war"}),
    "put": frozenset({"pressure"}),
}

#: Verb + bare noun idioms that are intransitive ("the truce took effect", "talks took
#: place", "the old order gave way"): the noun is no participant, there is no target.
INTRANSITIVE_IDIOMS = {
    "take": frozenset({"effect", "place", "hold", "root", "shape", "office"}),
    "give": frozenset({"way"}),
    "make": frozenset({"way", "headway"}),
}

#: Words that are particles when the parser leaves them objectless prepositions
#: right after the verb ("flown in by the air force"); not "from", "to", "with",
#: which a relative clause strands ("the town they fled from").
PARTICLE_WORDS = frozenset({"in", "out", "off", "up", "down", "back", "away", "over"})

#: Adjectives that complete a verb like a particle ("cut short a visit", "set free").
RESULTATIVE_ADJECTIVES = frozenset({"short", "free", "loose", "open"})

#: Linking verbs, after which such an adjective is the predicate ("seemed open to talks").
LINKING_VERBS = frozenset({"seem", "appear", "remain", "become", "look", "sound", "stay", "prove", "feel", "get", "keep"})

#: Verbs whose object does something asked of it or is accused of it ("urged the
#: government to raise revenue", "accused officers of using live ammunition", "stopped
#: Ryanair from buying"): the embedded act is requested, alleged or prevented, not
#: reported as done. Open extraction reads it; the graph keeps the matrix relation.
DIRECTIVE_VERBS = frozenset(
    """urge order ask call tell instruct press encourage allow permit invite advise warn
    direct authorise authorize appeal pressure persuade require compel oblige lobby command
    implore beg exhort""".split()
)

#: Verbs of beating a rival: in "beat X to win Y" the subject wins, not X.
CONTEST_VERBS = frozenset({"beat", "defeat", "edge", "overcome", "outlast", "overpower", "rout", "thrash",
                           "stun", "upset", "oust", "overtake", "outpace", "outscore", "down", "topple"})

#: Participles that set a purpose for the noun they modify: "funds meant to buy ventilators".
PURPOSE_PARTICIPLES = frozenset("mean intend design earmark allocate aim tailor".split())

#: Verbs of prevention, "stop X from doing": the object's -ing act did not happen ("police
#: stopped the crowd from entering the square" -> crowd — enter — square, negated).
PREVENTION_VERBS = frozenset(
    "prevent stop bar ban keep block prohibit forbid deter restrain hinder dissuade discourage".split()
)

#: "accuse X of doing": the object of these verbs is the subject of the -ing clause.
OBJECT_CONTROL_VERBS = frozenset(
    {"accuse", "blame", "charge", "suspect", "convict", "praise", "criticise", "criticize", "thank", "sue",
     "condemn", "denounce", "rebuke", "reprimand", "censure", "fault", "congratulate", "applaud", "hail"}
) | PREVENTION_VERBS | frozenset(
    # sanctions and rewards, "arrested two men for looting homes": the object did the -ing act
    """arrest detain jail imprison sentence punish prosecute fine penalise penalize sanction sack dismiss
    expel suspend ban reward honour honor commend""".split()
) | frozenset(
    # a verdict against the charge, "acquitted the driver of killing two cyclists": not found done
    "acquit clear exonerate absolve".split()
) | frozenset({"warn", "caution", "advise"})  # "warned Brussels against targeting US firms": a warning to it

#: The prepositions by which those verbs take the object's act ("accused X of", "stopped X
#: from", "arrested X for", "charged X with", "sacked X over"). Any other ("after", "before",
#: "without") is a circumstance of the subject's: "arrested two men after searching the house".
OBJECT_CONTROL_PREPS = frozenset({"of", "from", "for", "with", "over", "against"})

#: Of those, the ones whose -ing act is alleged ("accused officers of using live ammunition")
#: or prevented ("stopped Ryanair from buying Aer Lingus"), not reported as done.
UNREALISED_OBJECT_CONTROL_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "sue", "warn", "caution",
                                             "advise", "acquit", "clear", "exonerate", "absolve"}) \
    | PREVENTION_VERBS  # (what one is sued for is alleged; what one is warned against, not done)

#: Adverbs that negate a verb (spaCy tags "not", "n't" and "never" as neg already).
#: Verbs whose object may be followed by a "that" clause of their own ("told reporters that
#: ...", "warned investors that ..."): such a clause is no relative clause on the object.
THAT_CLAUSE_VERBS = frozenset(
    """tell warn inform assure convince persuade remind notify show teach advise caution reassure
    ask bet satisfy promise tell alert signal""".split()
)

#: Nouns after "by" that measure a margin, not an agent ("separated by fewer than 900 votes").
MARGIN_NOUNS = frozenset("vote point seat goal percent percentage margin length run stroke wicket".split())

#: Verbs whose "from" names an origin, a circumstance of the subject ("the pirates came from Hafun",
#: "reinforcements arrived from the capital").
ORIGIN_VERBS = frozenset({"come", "hail", "originate", "arrive", "return"})

NEGATING_ADVERBS = frozenset({"not", "n't", "never", "nowhere"})

#: Prepositions that usually give circumstances, not the target, of an intransitive verb.
CIRCUMSTANTIAL_PREPS = frozenset(
    """in on at during since until till after before amid amidst despite over within throughout
    near around across along beside besides by for as like than via per upon off""".split()
)

#: Words that rank the one who did something among others ("the first country to recognise").
RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})

#: Verbs whose "in" phrase is what they are about, not where ("invested in solar plants",
#: "intervened in the war", "participated in the talks").
IN_ARGUMENT_VERBS = frozenset(
    "invest participate engage interfere intervene meddle specialise specialize enlist reinvest".split()
)
#: Verbs whose "on" names what they bear on, even a river or a road: "depends on the river".
ON_ARGUMENT_VERBS = frozenset("depend rely count focus insist".split())

#: Verbs of position: every prepositional phrase of theirs is where something is
#: ("the town lies on the main road"), never a target.
POSITION_VERBS = frozenset({"lie", "sit", "stand", "stretch", "nestle", "perch"})

#: Verbs of a change in value: "against" gives the standard of comparison, not an
#: opponent ("the rand weakened against the dollar"; but "fought against troops"),
#: and every other circumstantial preposition a circumstance, the argument-like ones
#: too ("the kyat fell on the black market", "shares rose on the news").
VALUE_CHANGE_VERBS = frozenset(
    """rise fall gain lose climb drop slip slide weaken strengthen firm ease edge jump surge
    plunge tumble rally recover appreciate depreciate""".split()
)

VALUE_CHANGE_CIRCUMSTANCES = CIRCUMSTANTIAL_PREPS | {"against", "versus"}

#: Prepositions that take sides when the subject of a verb of change in value or of
#: position is a participant, not a value or a thing: an uprising or a protest ("villagers
#: rose against the chief", "farmers rallied against the levy"), a stance ("Egypt stands
#: with Sudan", "stood by its ally", "stood against the decree"). Except "against", their
#: object must be a participant too: "the guard stood by the door" is where he stood.
SIDE_PREPS = {"against": VALUE_CHANGE_VERBS | POSITION_VERBS, "with": POSITION_VERBS, "by": POSITION_VERBS,
              "behind": POSITION_VERBS, "alongside": POSITION_VERBS}

#: Entity types of participants beyond people and groups: a country takes sides ("Egypt stands with Sudan").
SIDE_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})

#: Nouns of the side one takes ("stood by its ally").
SIDE_NOUNS = frozenset({"ally", "neighbour", "neighbor", "partner"})

#: Verbs of feeling whose passive is a state with a cause, not an act with an actor
#: ("was devastated by the news", "were shocked by the verdict"): a description, unless
#: people act on a thing ("the ceremony was disturbed by protesters" is an act). Not
#: "encourage", whose passive is an act with its actor ("investors were encouraged by the
#: figures" -> figures — encourage — investors, like "rebels encouraged by Rwanda").
FEELING_VERBS = frozenset(
    """devastate shock surprise stun disappoint sadden dismay alarm concern worry trouble anger
    outrage upset frustrate delight please hearten relieve disturb""".split()
)

#: Of the circumstantial prepositions, those that often introduce a verb's target
#: ("called on all countries", "bid for the carrier", "served as prime minister").
ARGUMENT_PREPS = frozenset({"on", "upon", "for", "over", "by", "as"})

#: Head nouns of prepositional objects that are times, not targets.
TIME_NOUNS = frozenset(
    """morning evening night afternoon day days week weeks month months year years time times
    weekend hour hours minute minutes moment period start end beginning past future today
    decade decades century centuries""".split()
)
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})

#: Common nouns that name a place when no entity does ("along the Syrian border").
PLACE_NOUNS = frozenset(
    """border frontier province region city town village area capital district country valley river
    highway road street square compound refinery airport port base camp neighbourhood neighborhood
    slum suburb outskirts coast island desert mountains hills route enclave settlement county governorate
    municipality oblast prefecture territory hometown""".split()
)

#: Prepositions of a direction: with an open place, where an intransitive verb goes, no target
#: ("the cyclone was heading toward the Bay of Bengal", "crowds poured into the streets"); "to"
#: and "from" stay ("fled to the capital", "withdrew from the town").
DIRECTION_PREPS = frozenset({"toward", "towards", "into", "onto"})

#: Open places (lines, surfaces, stretches of land or water, or a LOC entity), which "on" and a
#: direction locate rather than target ("patrols clashed on the frontier", "crowds poured
#: into the streets"); not settlements or countries, which one marches on, advances toward or
#: calls on ("marched on the capital", "advanced toward the capital", "called on all countries").
OPEN_PLACE_NOUNS = frozenset(
    """border frontier road highway street route square coast outskirts front line sea ocean river
    valley desert mountains hills area""".split()
)

#: Head nouns of prepositional objects that are directions, not targets ("came from the west").
DIRECTION_NOUNS = frozenset("north south east west northeast northwest southeast southwest".split())

#: Irregular past forms inside prefixed verbs ("retook", "overran", "undertaken").
IRREGULAR_PAST_ENDINGS = {"took": "take", "taken": "take", "ran": "run", "drew": "draw", "drawn": "draw",
                          "wrote": "write", "written": "write", "threw": "throw", "thrown": "throw",
                          "came": "come", "went": "go", "gone": "go", "saw": "see", "seen": "see",
                          "held": "hold", "built": "build", "sold": "sell", "told": "tell", "won": "win"}

_IRREGULAR_PAST = re.compile("(" + "|".join(sorted(IRREGULAR_PAST_ENDINGS, key=len, reverse=True)) + ")$")

#: Past participles of irregular verbs (and a few regular ones whose stem the rule
#: below cannot guess), for participles the tagger takes for adjectives or names ("had
#: frozen accounts", "had overrun al-Qaim"), which come with no verb lemma.
IRREGULAR_PARTICIPLES = {
    "frozen": "freeze", "stolen": "steal", "chosen": "choose", "broken": "break", "beaten": "beat",
    "driven": "drive", "given": "give", "hidden": "hide", "shot": "shoot", "fought": "fight",
    "caught": "catch", "bought": "buy", "brought": "bring", "sought": "seek", "struck": "strike",
    "shut": "shut", "hit": "hit", "cut": "cut", "lost": "lose", "won": "win", "held": "hold",
    "built": "build", "sold": "sell", "sent": "send", "spent": "spend", "left": "leave", "led": "lead",
    "met": "meet", "kept": "keep", "found": "find", "paid": "pay", "laid": "lay", "seen": "see",
    "taken": "take", "overrun": "overrun", "withdrawn": "withdraw", "written": "write", "thrown": "throw",
    "blown": "blow", "flown": "fly", "shown": "show", "drawn": "draw", "sworn": "swear", "torn": "tear",
    "begun": "begin", "done": "do", "gone": "go", "fallen": "fall", "risen": "rise", "shaken": "shake",
    "spoken": "speak", "forgotten": "forget", "bitten": "bite", "sunk": "sink", "spread": "spread",
    "created": "create", "ignored": "ignore", "restored": "restore", "scored": "score", "stored": "store",
    "explored": "explore", "hoped": "hope", "escaped": "escape", "shaped": "shape", "told": "tell",
}

#: Stems of regular "-ed" participles that end in a silent "e" ("disabled" -> disable,
#: "closed" -> close, "seized" -> seize, "created" -> create; not "killed", "attacked").
_SILENT_E_STEM = re.compile(
    r"([bcdfgkptz][lr]|[aeiouy]s|[nrlp]s|v|z|c|u|e|[aeu]ng|[dlr]g|ag|[^eoa]at|ir|ur|[^e]ar|[^aeiou][aiou]m"
    r"|[^aeiou]in|[^io]ot|[^o]ut|[^aeiou][aiuo]d|[^o]ok|[^aeiou]ik)$"
)


#: Verbs that aim a missile or a weapon: their "at" object is the target whatever it is
#: ("fired rockets at an army base", "threw stones at police cars").
AIMING_VERBS = frozenset({"fire", "shoot", "lob", "hurl", "throw", "aim", "point"})

#: Quantity heads whose "of" object is what counts ("hundreds of supporters").
PARTITIVE_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "group", "crowd",
                             "number", "million", "millions", "scores"})

#: Quantifiers that stand for the whole their "of" phrase names ("most of the north").
PARTITIVE_QUANTIFIERS = frozenset({"most", "much", "all", "some", "part", "parts", "half", "rest", "many"})

#: Nouns a relative clause modifies as a manner, reason or place, not as the verb's object
#: ("the way it voted on the bill", "the reason he quit over the plan").
ADJUNCT_GAP_NOUNS = frozenset({"way", "ways", "reason", "reasons", "extent", "place", "places"})

#: Plural people who are fired at, charged at, shouted at.
CROWD_NOUNS = frozenset(
    """protester demonstrator crowd civilian villager supporter student worker journalist refugee
    migrant resident people mourner fan worshipper""".split()
)

#: Prepositions that place an event; their object is a place, not a target.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "across", "along", "throughout", "within", "beside", "inside", "outside"})

#: Currency names: an object made of a number and one of these is an amount.
CURRENCY_WORDS = frozenset(
    """euro dollar pound yen yuan rand peso rupee rouble ruble franc lira dinar riyal shekel naira
    kwacha shilling ringgit rupiah baht won dong kyat taka lev leu zloty forint koruna krona krone
    real hryvnia tenge manat lari dram birr cedi dirham""".split()
)

#: Verbs of leaving whose "from" is what is left, however far: "withdrew 10 km from the border".
DEPARTURE_VERBS = frozenset("withdraw retreat pull flee move push drive evacuate escape".split())
#: Units of a distance on a preposition ("20 km from the coast"), which make it a place.
DISTANCE_UNITS = frozenset("mile miles km kilometre kilometres kilometer kilometers metre metres meter meters yard yards".split())

#: Entity types of measures, which are never a prepositional target.
MEASURE_TYPES = frozenset({"MONEY", "QUANTITY", "PERCENT"})

#: Entity types of amounts: not the target when a verb has a second object.
AMOUNT_TYPES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})

#: The verbs that only frame a report ("said", "told reporters", "quoted X as saying"): a
#: subset of kg.coref.REPORTING_VERBS, whose other members ("announce", "deny") are also acts.
REPORTING_LEMMAS = frozenset({"say", "tell", "quote", "add"})

#: Base confidence per construction: plain active clauses rank above guessed ones.
#: Informed by the precision each construction measured on the CaRB dev split
#: (benchmarks/carb.py --breakdown), kept in the order the issue asks for.
BASE_CONFIDENCE = {
    "active": 0.9,
    "prepositional": 0.88,
    "clausal": 0.82,
    "control": 0.8,
    "passive": 0.8,
    "conjunction": 0.78,
    "intransitive": 0.75,
    "circumstantial": 0.7,
    "copula": 0.66,
    "relative": 0.62,
    "reduced_passive": 0.6,
    "participial": 0.58,
    "fronted_passive": 0.58,
    "agentless_passive": 0.55,
    "second_object": 0.45,
    "report": 0.8,
    "purpose": 0.7,
    "object_control": 0.8,
}

#: Constructions that open extraction (CaRB) uses but the graph leaves out: their
#: second slot is not a participant. A circumstance ("shares — rise after — verdict"),
#: a description ("Kosti is a river port"), a passive without its actor ("two
#: soldiers were killed"), a reported clause ("said that ..."), or nothing at all
#: ("the talks collapsed"). Clauses of the last three have no targets, or a verb
#: as target. Two more are read but not events: what a directive asks of its object
#: or an accusation alleges ("urged the government to raise revenue" ->
#: government — raise — revenue: ``object_control``), and what an act is done for
#: ("withdrew to avoid casualties": ``purpose``, an aim, not an outcome).
OPEN_ONLY_CONSTRUCTIONS = frozenset(
    {"circumstantial", "copula", "agentless_passive", "clausal", "intransitive", "report", "object_control",
     "purpose", "fronted_passive"}
)

#: Complements of a copula that make a description: "is a port", "was open", "is in Iraq".
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "acomp", "oprd"})


@dataclass
class Clause:
    """One predicate with its argument heads, before they become nodes."""

    verb: Token
    action: str
    action_text: str
    actors: list[Token]
    targets: list[Token]
    construction: str
    negated: bool = False
    # arguments split off a coordination rank a little lower
    split: set[int] = field(default_factory=set)

    @property
    def confidence(self) -> float:
        return BASE_CONFIDENCE[self.construction]


def _conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Rawa, Ana and Rutba").

    A "coordination" without any coordinating word is an apposition the parser
    mislabelled ("the Nusra Front, al Qaeda's branch"): it is one participant.
    """
    conjuncts = [c for c in token.conjuncts if c.i > token.i]
    if conjuncts and not has_coordinator(token):
        return [token]
    if conjuncts and _member_list(token, conjuncts):
        return [token]  # "The workers, two Malians and a Belgian, were seized": the workers
    shared = _names_sharing_head(token)
    if shared:
        return shared  # "the Kherson and Zaporizhzhia regions": each region by its name
    members = [token, *conjuncts]
    for child in children(token):
        if child.dep_ == "appos" and child.pos == token.pos == PROPN and has_coordinator(child):
            # "Ras al-Ain, Tal Abyad and Ain Issa": a list the parser hung as an apposition
            members.extend([child, *(c for c in child.conjuncts if c.i > child.i)])
    return members


def _member_list(token: Token, conjuncts: list[Token]) -> bool:
    """Whether the "conjuncts" of a definite plural subject are a list of its members set off by
    commas ("The hostages, a Briton and two Danes, were freed"), which the parser coordinated
    with it: a comma after the noun, the list closed by a comma before the noun's verb, and
    every member counted or indefinite ("two Danes", "a Briton")."""
    doc = token.doc
    if token.tag_ not in ("NNS", "NNPS") or token.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.lefts):
        return False
    first, last = conjuncts[0], conjuncts[-1]
    after = last.right_edge.i + 1
    if doc[first.left_edge.i - 1].text != "," or after >= len(doc) or doc[after].text != "," \
            or token.head.i <= after:
        return False
    return all(any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in m.lefts)
               for m in conjuncts)


#: Plural nouns that classify coordinated names before them: places and sites.
SHARED_CLASS_NOUNS = PLACE_NOUNS | frozenset(
    "river lake island state field plant mine factory oilfield province hospital prison".split()
)


def _names_sharing_head(token: Token) -> list[Token]:
    """The coordinated names before a plural noun they share, else []: "the Kherson and
    Zaporizhzhia regions", "Sylhet, Sunamganj and Habiganj districts" (the noun classifies
    each name, like "the towns of Kosti, Rabak and Tendalti")."""
    if token.tag_ != "NNS" or token.pos != NOUN or token.lemma_.lower() not in SHARED_CLASS_NOUNS:
        return []  # ("the Vice President and Cabinet secretaries" is two people, not two secretaries)
    for child in token.lefts:
        if child.dep_ in ("nmod", "compound") and child.pos == PROPN and has_coordinator(child):
            names = [child, *(c for c in child.conjuncts if c.i > child.i)]
            # (a name the tagger took for an adjective is still one, unless it is a demonym)
            if all((n.pos == PROPN or n.is_title and n.ent_type_ != "NORP") and n.i < token.i for n in names):
                return names
    return []


def _shared_relative_gap(verb: Token) -> Token | None:
    """The noun an object relative clause modifies, for a second verb coordinated with the
    clause's verb that has a subject of its own and no object: "the school, which the rebels
    looted and the army burned" (the army burned the school), also when the parser hung the
    second verb on the main verb as parataxis ("The summit, which Egypt hosted but Ethiopia
    boycotted, failed to ..."). None otherwise."""
    if not _children(verb, SUBJECT_DEPS) or any(c.tag_ in ("WDT", "WP") for c in _children(verb, SUBJECT_DEPS)):
        return None
    if verb.dep_ == "conj":
        first = verb.head
        while first.dep_ == "conj":
            first = first.head
    elif verb.dep_ == "parataxis" and verb.left_edge.i > 0:
        coordinator = verb.doc[verb.left_edge.i - 1]  # "... hosted but | Ethiopia boycotted"
        if coordinator.dep_ != "cc" or coordinator.head.i >= coordinator.i:
            return None
        first = coordinator.head
    else:
        return None
    if first.dep_ != "relcl" or first.head.pos not in (NOUN, PROPN) or first.i > verb.i:
        return None
    # the relative pronoun is the first verb's object ("which the rebels looted")
    return first.head if any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in children(first)) else None


def has_coordinator(token: Token) -> bool:
    """Whether the coordination ``token`` belongs to has an "and"/"or"/"but"/"nor"."""
    members = [token, *token.conjuncts]
    return any(c.dep_ in ("cc", "preconj") for m in members for c in children(m))


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in children(token) if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    """Passive voice: an auxpass/nsubjpass, or a past participle with a by-agent."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children(verb)):
        return True
    if verb.tag_ == "VBN" and verb.dep_ != "ROOT" and reduced_relative_verb(verb) is not None:
        return True  # "militants linked to al Qaeda control ...": a reduced relative, passive
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in children(verb)) \
            and any(c.dep_ == "auxpass" for c in children(verb.head)):
        # conjoined passive participles share the auxiliary: "were handed over by the militants
        # and flown to Algiers" (flown is passive too, and has no agent of its own)
        return True
    if passive_conjunct_taken_for_past(verb):
        return True
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" and not main_verb_taken_for_modifier(verb)
                                   or any(c.dep_ == "agent" for c in children(verb)))


def passive_participle_clause(verb: Token) -> bool:
    """A past participle heading an adverbial clause that opens the sentence, set off by a comma: "Asked
    about the deal, the minister declined to comment" (the minister was asked; he asked nothing),
    "When asked about ..., he said". Without a by-agent its surface tuple (the minister — ask
    about — deal) is kept for open extraction only (``fronted_passive``); with one it is the
    passive already ("Questioned by reporters, ..."). Not "Having lost the vote" (an auxiliary)."""
    doc = verb.doc
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i \
        and verb.head.pos in (VERB, AUX) and verb.left_edge.i == verb.sent.start \
        and verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text == "," \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in children(verb))


def passive_conjunct_taken_for_past(verb: Token) -> bool:
    """A directive conjoined to a passive, tagged as a past tense of the same spelling: "was released
    on bail and ordered to surrender his passport" (*ordered* VBD). Spelled like its participle, with
    no subject, auxiliary or object of its own but a to-clause, it shares the passive (the singer
    was ordered: asked, not done). Not "was injured and filed a complaint" (an object)."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and participle_lemma(verb.lower_) is not None \
        and head.tag_ == "VBN" \
        and head.i < verb.i and any(c.dep_ == "auxpass" for c in children(head)) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative") for c in children(verb)) \
        and lemma(verb) in DIRECTIVE_VERBS and any(c.dep_ == "xcomp" and _is_infinitive(c) for c in children(verb))


def main_verb_taken_for_modifier(verb: Token) -> bool:
    """"Qatar, which hosts a US air base, offered to fund the reconstruction": after a parenthetical the
    parser may make the subject the root and hang the main verb on it as a modifier. A sentence
    whose root is a noun has no main verb; a finite verb, or a participle with no by-agent but
    an object or a to-clause of its own, set off by a comma after the root, is that verb."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos not in (NOUN, PROPN) or verb.i < head.i \
            or not _after_comma(verb):
        return False
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in children(verb)) \
        and any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "advcl" and _is_infinitive(c)) for c in children(verb))


def _headline_name_list(first: Token, second: Token) -> bool:
    """Whether two subjects of one verb are names a headline lists with a comma for "and"
    ("Iran, Saudi Arabia agree to reopen embassies", "Mali, Niger close borders"): both proper
    nouns, only a comma between them, in an article's first segment without closing punctuation."""
    sentence = first.sent
    doc = first.doc
    return sentence.start == 0 and not sentence[-1].is_punct and first.tag_ in ("NNP", "NNPS") \
        and second.tag_ in ("NNP", "NNPS") and first.i < second.i and first.right_edge.i + 2 == second.left_edge.i \
        and doc[first.right_edge.i + 1].text == ","


#: Adverbs that make a "with" phrase on a subject a second subject ("Canada, along with Australia, ...").
ACCOMPANYING_ADVERBS = frozenset({"along", "together"})


def _accompanying(subject: Token, verb: Token) -> list[Token]:
    """Those an active subject acts with, set off by commas: "Canada, along with Australia,
    imposed sanctions", "The union, together with two farmers' groups, called a strike" (the
    parser hangs "along" as a preposition with "with" under it, or "together" as an adverb on
    "with", on the subject, on the verb or even on the comma). Every one of them is a subject too."""
    if subject.dep_ != "nsubj" or subject.i > verb.i:
        return []
    doc = doc_tokens(subject.doc)  # (the memo's Tokens: doc[i] makes a new one at each read)
    for prep in doc[subject.i + 1 : verb.i]:
        # (hung on the subject, on the verb, or on the comma before it)
        if prep.dep_ != "prep" or doc[prep.left_edge.i - 1].text != "," \
                or not (prep.head.i in (subject.i, verb.i) or prep.head.text == ","):
            continue
        if prep.lower_ in ACCOMPANYING_ADVERBS:
            with_ = next((c for c in children(prep) if c.dep_ == "prep" and c.lower_ == "with"), None)
        elif prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in ACCOMPANYING_ADVERBS for c in children(prep)):
            with_ = prep
        else:
            continue
        objects = [c for c in children(with_) if c.dep_ == "pobj" and c.pos in (NOUN, PROPN)] if with_ is not None else []
        if objects and doc[with_.right_edge.i + 1].text == ",":
            return _conjuncts(objects[0])
    return []


def _grammatical_subject(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Heads of ``verb``'s grammatical subject, and the construction that supplied it."""
    explicit = _children(verb, SUBJECT_DEPS)
    if explicit:
        subject = explicit[0]
        if len(explicit) > 1 and explicit[1].i < verb.i:
            # "In 2023, the worst season on record, fires burned ...": a fronted apposition the
            # parser made a second subject; the subject is the one next to the verb
            subject = [s for s in explicit if s.i < verb.i][-1]
        listed = next((c for c in children(verb) if c.dep_ in ("nsubj", "npadvmod", "dep") and c.i < subject.i
                       and _headline_name_list(c, subject)), None)
        if listed is not None:
            # headline subjects listed with a comma for "and" (the first a second subject, an
            # npadvmod or a dep): "Iran, Saudi Arabia agree to ...", "Kenya, Uganda sign trade deal"
            return [listed, *_conjuncts(subject)], "explicit"
        # (a relative clause moved past a phrase is hung on the verb as a ccomp: "a pact in
        # 2024 that will tighten checks")
        how = "relative" if verb.dep_ in ("relcl", "ccomp", "advcl") and subject.tag_ in ("WDT", "WP") else "explicit"
        if infinitive_with_subject(verb) and lemma(verb.head) in DIRECTIVE_VERBS:
            how = "object_control"  # "allowed Shell to resume drilling": permitted, not done
        if how == "relative" and verb.dep_ == "relcl" and has_coordinator(verb.head):
            members = _conjuncts(verb.head)
            if len(members) > 1 and all(verb.head.i <= m.i < subject.i for m in members):
                # "The United States and Saudi Arabia, which mediated talks": after the whole
                # coordination, the relative clause is about every conjunct
                return members, how
        return _conjuncts(subject) + (_accompanying(subject, verb) if how == "explicit" else []), how
    gerund = _gerund_subject(verb)
    if gerund is not None:
        return [gerund], "explicit"  # "fighting along the border killed 100 people"
    if depth > 6 or verb.head.i == verb.i:
        return [], "none"
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and verb.i > 0 and verb.doc[verb.i - 1].tag_ == "``" \
            and not _children(verb, {"aux", "mark"}):
        # a quoted imperative: "placards reading \"Reject the Finance Bill\"", "chanting \"Free
        # the prisoners\"": the words of a slogan, nobody's act
        return [], "none"
    head, dep = verb.head, verb.dep_
    headline_args = memo(verb.doc).get(HEADLINE_ARGS_KEY) if dep == "relcl" else None
    if headline_args is not None and head.i == headline_args[1] and _is_infinitive(verb):
        # "central bank hikes rates to defend cedi": the aim of the headline's subject
        return _conjuncts(verb.doc[headline_args[0]]), "purpose"
    if dep == "relcl" and _is_infinitive(verb) and head.dep_ == "dobj" and head.head.pos in (VERB, AUX):
        # "Cairo could take measures to protect its water": the object's infinitive is the
        # aim of the one who takes the measures, not the measures' act
        subject, _ = _grammatical_subject(head.head, depth + 1)
        return subject, "purpose"
    if dep == "relcl" and _is_infinitive(verb) and head.dep_ == "attr" and lemma(head.head) in ("be", "become") \
            and any(c.dep_ == "amod" and (c.lower_ in RANKING_WORDS or c.ent_type_ == "ORDINAL") for c in children(head)) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        # "Kenya was the first country to recognise the government", "became the only woman to
        # lead the party": the copula's subject acts (not "is a way to punish them")
        subject, how = _grammatical_subject(head.head, depth + 1)
        return subject, "relative" if how == "explicit" else how
    if dep == "relcl" and _is_infinitive(verb) and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.pos in (VERB, AUX) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        # "would look for ways to help Ukraine", "pushed for talks to end the war": the same
        # aim of the one who looks or pushes, behind a preposition
        subject, _ = _grammatical_subject(head.head.head, depth + 1)
        return subject, "purpose"
    if dep == "acl" and main_verb_taken_for_modifier(verb):
        return [head], "explicit"  # "Qatar, which hosts a US air base, offered to fund ..."
    if dep == "relcl":
        # "the groups seen as ...": a relative clause without a subject is about its head
        return _conjuncts(head), "relative"
    if dep == "ccomp" and head.dep_ == "relcl" and lemma(head) in REPORTING_VERBS and head.head.pos in (NOUN, PROPN) \
            and verb.i > head.i and not _children(verb, {"mark"}):
        # "a move critics said would hurt the poor": the gap of a contact relative clause is the
        # reported clause's subject
        return _conjuncts(head.head), "relative"
    if dep == "acl" and verb.tag_ == "VBG" and _after_comma(verb) and depth < 6:
        # "since capturing Mosul with barely a fight, occupying towns": adverbial, not
        # a modifier of "fight"; the actor is that of the clause the noun sits in
        governor = governing_verb(head)
        if governor is not None and not (head.dep_ in SUBJECT_DEPS and head.head.i == governor.i
                                         and verb.i < governor.i):
            # (a participle between the subject and its verb describes the subject: "The
            # freighter, carrying grain, was stopped by the coast guard" -> the freighter carries)
            subject, _ = _logical_subject(governor, depth + 1)
            return subject, "participial"
    if dep == "acl" and verb.tag_ == "VBN" and head.ent_type_ == "PERCENT" and head.dep_ in ("attr", "npadvmod") \
            and head.head.pos in (AUX, VERB):
        # "SkyBaltic, which is 40 percent owned by the state": the share grades the
        # participle, whose subject is the copula's
        return _grammatical_subject(head.head, depth + 1)[0], "participial"
    if dep == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos in (NOUN, PROPN, PRON):
        # "rival forces fighting Assad", "a frontier drawn by colonial powers"
        conjuncts = _conjuncts(head)
        if len(conjuncts) > 1 and verb.i > conjuncts[-1].i and verb.i > head.i:
            # "floods and landslides triggered by the storm": after the whole coordination,
            # the participle modifies every conjunct
            return conjuncts, "participial"
        return [head], "participial"
    if dep == "advcl" and verb.tag_ == "VBN" and is_passive(verb) and _after_comma(verb):
        # "the lightning offensive, spearheaded by ISIL": a post-nominal participle
        # modifies the noun just before the comma
        noun = _noun_before_comma(verb)
        if noun is not None:
            return [noun], "participial"
    if control_complement(verb) or (dep == "ccomp" and verb.tag_ == "VB"
                                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))):
        objects = _children(head, OBJECT_DEPS)
        directive = lemma(head) in DIRECTIVE_VERBS
        if objects and lemma(head) in INSTRUMENT_VERBS:
            # "police used tear gas to disperse the crowd": the user acts, with the object, to an aim
            subject, _ = _grammatical_subject(head, depth + 1)
            return subject, "purpose"
        if objects and lemma(head) in CONTEST_VERBS:
            # "Alcaraz beats Sinner to win title": the winner, not the beaten, goes on to the
            # infinitive's act, an aim or result like the advcl reading of the same words
            subject, _ = _grammatical_subject(head, depth + 1)
            return subject, "purpose"
        if head.dep_ == "acl" and head.tag_ == "VBN" and lemma(head) in PURPOSE_PARTICIPLES:
            # "funds meant to buy ventilators", "a law designed to curb protests": the noun is what
            # the purpose is set for, not who would act on it
            return _agents(head), "purpose"
        if not objects and lemma(head) in INSTRUMENT_VERBS and is_passive(head):
            # "the accounts were used to move the money": the instrument is not who moves it; the
            # user is, when a by-agent names it ("were used by the cartel to launder ...")
            return _agents(head), "purpose"
        if objects:
            # "helped the army retake the town"; "urged Iran to stay out": asked, not done
            return _conjuncts(objects[0]), "object_control" if directive else "control"
        if directive:
            addressee = _addressee(head)
            if addressee is not None:
                return _conjuncts(addressee), "object_control"  # "called on all countries to return"
            if is_passive(head):
                # "the banks were ordered to pay 600 million naira": asked of them, not done
                subject, _ = _grammatical_subject(head, depth + 1)
                return subject, "object_control"
        if head.pos == ADJ and head.lower_ in CONTROL_ADJECTIVES and head.head.pos in (AUX, VERB):
            # "Ethiopia is ready to resume talks": the copula's subject acts
            subject, _ = _grammatical_subject(head.head, depth + 1)
            return subject, "control"
        relative = _inserted_report_relative(head)
        if relative is not None:
            # "agreements, which regulators suspect may lock customers in": the parser made the
            # relative pronoun a second subject of the inserted report; it is the infinitive's
            return [relative], "relative"
        subject, how = _grammatical_subject(head, depth + 1)
        # "ordered shops to stop selling alcohol": an act inside an asked act is asked too
        return subject, how if how in UNREALISED_HOWS else "control"
    if dep == "advcl" and verb.tag_ == "VB" and head.pos in (VERB, AUX) and _is_infinitive(verb):
        # purpose: "paid a fine to settle the charges" -> the payer settles
        subject, _ = _grammatical_subject(head, depth + 1)
        return subject, "purpose"
    if dep == "conj" and _is_finite(verb) and head.tag_ == "VB" and _is_infinitive(head) \
            and head.dep_ in ("xcomp", "advcl") and head.head.pos in (VERB, AUX):
        # "asked both factions to disarm and promised to fund schools", "... and has banned ransoms": a finite verb is
        # no conjunct of the infinitive the parser hung it on, but of the verb above it
        subject, how = _grammatical_subject(head.head, depth + 1)
        return subject, "conjunction" if how == "explicit" else how
    if dep == "conj" and verb.tag_ in FINITE_TAGS and verb.i > 1:
        participle = verb.doc[verb.i - 1]
        while participle.head.i < verb.i and participle.head.i > participle.i - 8 and participle.tag_ != "VBN" \
                and participle.head.i != participle.i:
            participle = participle.head  # up from the participle's last word to the participle
        finite = reduced_relative_verb(participle) if participle.tag_ == "VBN" else None
        if finite is not None and finite.i == verb.i:
            # "where militants linked to al Qaeda control large areas": the participle's "subject" acts
            return _conjuncts(next(c for c in children(participle) if c.dep_ == "nsubj")), "explicit"
    if dep == "conj" and verb.tag_ in FINITE_TAGS and head.tag_ == "VBG" and head.dep_ == "pcomp" \
            and head.head.dep_ == "prep" and head.head.head.pos == VERB and verb.i > head.head.head.i:
        # "accused the government of mismanaging the economy and called for ...": a finite verb is
        # no conjunct of the gerund the parser hung it on, but of the verb above it
        subject, how = _grammatical_subject(head.head.head, depth + 1)
        return subject, "conjunction" if how == "explicit" else how
    matrix = reporter_conjunct(verb) if dep == "conj" else None
    if matrix is not None:
        # "ruled that the election was valid and ordered the commission to publish": an act
        # coordinated with a reported description is the reporter's, not the described thing's
        subject, how = _grammatical_subject(matrix, depth + 1)
        return subject, "conjunction" if how == "explicit" else how
    if dep == "dep" and (verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and head.tag_ == "VBD"
                         and not _children(verb, {"aux", "auxpass"})) and head.pos == VERB and head.i < verb.i \
            and _after_comma_and_adverbs(verb):
        # "arrived with a team, carefully examined every shaft and showed ...", "seized the airport,
        # then attacked the barracks": a verb of a list, which the parser hung loose on the first,
        # is its conjunct (a past tense there may be tagged a participle)
        subject, how = _grammatical_subject(head, depth + 1)
        return subject, "conjunction" if how == "explicit" else how
    if dep == "conj" and head.pos in (VERB, AUX):
        subject, how = _grammatical_subject(head, depth + 1)
        return subject, "conjunction" if how == "explicit" else how
    if dep == "advcl" and verb.tag_ == "VBG" and _after_comma(verb) and head.dep_ == "advcl" \
            and head.head.i < head.i and head.head.pos in (VERB, AUX) and _children(head, {"mark"}):
        # "militants stormed the hotel while guests were having dinner, wounding 12 people": a
        # participle after a trailing subordinate clause belongs to the main clause
        subject, _ = _grammatical_subject(head.head, depth + 1)
        return subject, "participial"
    if dep == "advcl" and verb.lower_ in SPEECH_PARTICIPLES and _after_comma(verb) and head.tag_ == "VB" \
            and head.dep_ in ("xcomp", "advcl") and _is_infinitive(head) and head.head.pos in (VERB, AUX) \
            and head.head.i < head.i:
        # "urged the regulator to inspect more plants, citing a series of recalls": the reason
        # given is the urger's, not the infinitive's (whose subject may be the one addressed)
        subject, how = _grammatical_subject(head.head, depth + 1)
        return subject, how if how in UNREALISED_HOWS else "participial"
    if dep == "advcl" and head.pos in (VERB, AUX) and verb.tag_ in ("VBG", "VBN"):
        if verb.tag_ == "VBG" and not _children(verb, {"mark"}):
            # "a frontier drawn by colonial powers carving up the empire": an active
            # participle under a passive takes the passive's agent
            subject, how = _logical_subject(head, depth + 1)
        else:
            subject, how = _grammatical_subject(head, depth + 1)
        return subject, how if how in UNREALISED_HOWS else "participial"  # "..., taking three towns"
    if short_of(verb) is not None:
        subject, _ = _grammatical_subject(short_of(verb), depth + 1)
        return subject, "participial"  # "stopped short of blaming Iran": the president (negated)
    holder = _gerund_holder(verb) if dep == "pcomp" else None
    if holder is not None:
        # "was involved in organising the protests", "is in the process of acquiring Skyjet":
        # the gerund's act is the clause subject's; "with the intention of forcing a vote" is its aim
        clause_verb, how_read = holder
        subject, how = _grammatical_subject(clause_verb, depth + 1)
        return subject, how if how in UNREALISED_HOWS else how_read
    if dep == "pcomp" and head.dep_ in ("prep", "advcl") and head.head.pos in (VERB, AUX):
        governor = head.head
        governor_lemma = lemma(governor)
        objects = _children(governor, OBJECT_DEPS)
        if head.lower_ not in OBJECT_CONTROL_PREPS:
            objects, governor_lemma = [], ""  # "arrested two men after searching the house": the police searched
        if objects and governor_lemma in OBJECT_CONTROL_VERBS:
            # "praised the army for retaking ..."; "accused Washington of using ...": alleged
            how = "object_control" if governor_lemma in UNREALISED_OBJECT_CONTROL_VERBS else "participial"
            payer = _name_before_amount(objects[0])  # "fined Meridian Telecom 1.2 billion euros for abusing"
            dative = [d for d in _children(governor, {"dative"}) if d.pos in (NOUN, PROPN, PRON)]
            if payer is None and dative and _is_amount(objects[0]):
                payer = dative[0]  # "fined four banks a total of 2.4 billion naira for breaching"
            return _conjuncts(payer if payer is not None else objects[0]), how
        if not objects and governor_lemma in UNREALISED_OBJECT_CONTROL_VERBS and is_passive(governor):
            # "the government was accused of rigging the vote", "a man suspected of killing two
            # officers": the passive's subject is alleged to have acted, not reported to have
            subject, _ = _grammatical_subject(governor, depth + 1)
            return subject, "object_control"
        subject, how = _grammatical_subject(governor, depth + 1)
        # "told members not to cross picket lines without checking with organisers": still asked
        return subject, how if how in UNREALISED_HOWS else "participial"  # "after seizing the frontier crossing"
    return [], "none"


#: How an act is read when it is only asked, alleged or aimed at: an act governed by it is too.
UNREALISED_HOWS = frozenset({"object_control", "purpose"})

#: Pronouns by which speakers report on themselves ("the monitors said they had seen ...").
SPEAKER_PRONOUNS = frozenset({"they", "he", "she", "it", "we", "i"})

#: Tags of finite verbs (a past or present tense, not an infinitive or a participle).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


#: Predicate adjectives whose "in"/"for" + -ing act is the subject's own, done ("was involved
#: in organising the protests", "was responsible for shelling the town").
INVOLVEMENT_ADJECTIVES = frozenset({"involved", "responsible", "instrumental", "complicit"})

#: Nouns of an act under way in "in the process / midst / final stages of" + -ing.
ONGOING_NOUNS = frozenset({"process", "midst", "middle", "stage", "course"})

#: Nouns of an aim in "with the intention / aim of" + -ing, "on the verge / brink of" + -ing:
#: the act is not done (a purpose, open-only).
AIM_NOUNS = frozenset({"intention", "aim", "goal", "hope", "purpose", "objective", "verge", "brink"})


def _gerund_holder(verb: Token) -> tuple[Token, str] | None:
    """The clause verb whose subject does a gerund behind a predicate adjective or an
    adverbial noun, with how the act is read, or None.

    "The party was heavily involved in organising the protests" -> (was, participial);
    "The army is in the final stages of negotiating a ceasefire" -> (is, participial);
    "resigned with the intention of forcing a vote" -> (resigned, purpose).
    """
    passive_gerund = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children(verb))
    if verb.tag_ != "VBG" and not passive_gerund:
        return None
    prep = verb.head
    if prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.dep_ in ("acomp", "oprd") and holder.lower_ in INVOLVEMENT_ADJECTIVES and prep.lower_ in ("in", "for") \
            and holder.head.pos in (VERB, AUX):
        return holder.head, "participial"  # a predicate adjective: "was involved in", "is responsible for"
    if holder.lower_ == "guilty" and prep.lower_ == "of":
        # a verdict, like "convicted of": "was found guilty of taking bribes" (the passive's subject),
        # "found the mayor guilty of taking bribes" (a small clause, the adjective's own subject)
        if holder.dep_ == "oprd" and holder.head.pos == VERB and _children(holder.head, {"nsubjpass"}):
            return holder.head, "participial"
        if _children(holder, {"nsubj"}):
            return holder, "participial"
        return None
    if holder.lower_ in INVOLVEMENT_ADJECTIVES and prep.lower_ in ("in", "for") and holder.pos == VERB \
            and _children(holder, SUBJECT_DEPS):
        return holder, "participial"  # parsed as a passive: "the governor was not involved in awarding"
    if prep.lower_ != "of" or holder.pos != NOUN or holder.dep_ != "pobj" or holder.head.dep_ != "prep" \
            or holder.head.head.pos not in (VERB, AUX):
        return None  # (the noun must sit in a phrase of the verb, not be its subject or object)
    if holder.lemma_ in ONGOING_NOUNS and holder.head.lower_ in ("in", "at"):
        return holder.head.head, "participial"  # "is in the process of acquiring"
    if holder.lemma_ in AIM_NOUNS and holder.head.lower_ in ("with", "on"):
        return holder.head.head, "purpose"  # "with the intention of forcing", "on the verge of signing"
    return None


def _is_finite(verb: Token) -> bool:
    """A finite verb: a past or present tense, or a participle or infinitive with a tensed or
    modal auxiliary of its own ("has banned", "will hold")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")
                                           for c in children(verb))


def _gerund_subject(verb: Token) -> Token | None:
    """An -ing event noun the parser did not make a noun subject, or None: a clausal subject
    without arguments of its own ("fighting along the border killed 100 people"), or an
    "auxiliary" -ing before a past tense ("shelling wrecked a bakery"), which no tense has."""
    for child in verb.lefts:
        if child.tag_ != "VBG":
            continue
        if child.dep_ == "csubj" and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in children(child)):
            return child
        if child.dep_ == "aux" and verb.tag_ == "VBD" and child.i == verb.i - 1 \
                and not any(c.dep_ == "aux" and c.i != child.i for c in children(verb)):
            return child
    return None


def reporter_conjunct(verb: Token) -> Token | None:
    """The verb that reports a description ("ruled that the election was valid") when ``verb`` is
    an act the parser coordinated with the description but that is the reporter's own ("and
    ordered the commission to publish the results", "but criticised the commission"), or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.pos != VERB:
        return None
    if head.lemma_ != "be" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children(head)) \
            and any(c.dep_ == "cc" and c.lower_ == "but" for c in children(head)) \
            and not _children(verb, SUBJECT_DEPS | {"aux"}) and _children(verb, OBJECT_DEPS) \
            and lemma(head.head) in REPORTING_LEMMAS \
            and any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in children(head)):
        # "said they had seen no evidence of fraud but urged the commission to ...": speakers telling
        # of themselves, then a simple past after the reported pluperfect: their own act, not reported
        return head.head
    if head.lemma_ != "be" or not _children(head, COPULA_COMPLEMENT_DEPS) or not _children(verb, OBJECT_DEPS):
        return None
    return head.head


def _moved_object_relative(verb: Token) -> Token | None:
    """The object of the verb above when ``verb`` heads a "that" clause the parser hung on it
    but which is an object relative on that object, moved past a phrase ("left gaps in the
    ocean that pirates have exploited"); None for a verb that takes a "that" clause of its own
    after an object ("warned investors that prices had risen")."""
    head = verb.head
    if head.pos != VERB or lemma(head) in THAT_CLAUSE_VERBS or lemma(head) in REPORTING_LEMMAS:
        return None
    marks = [c for c in children(verb) if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ != "that" or marks[0].i != verb.left_edge.i:
        return None
    objects = [c for c in children(head) if c.dep_ == "dobj" and c.i < marks[0].i]
    if not objects:
        return None
    obj = objects[-1]
    # between the object and "that" only the phrase moved past: prepositions of the verb above
    between = range(obj.right_edge.i + 1, marks[0].i)
    phrases = {t.i for p in children(head) if p.dep_ == "prep" for t in p.subtree}
    return obj if all(i in phrases for i in between) else None


def reduced_relative_verb(participle: Token) -> Token | None:
    """"where militants linked to al Qaeda control large areas": the parser made the participle
    the clause's verb, with the noun before it as subject, and hung the real verb elsewhere.
    A participle with a subject but no auxiliary, followed at once by a finite verb that has
    no subject of its own, modifies that subject (a reduced relative); the finite verb, or None."""
    if participle.tag_ != "VBN" or participle.dep_ in ("ROOT", "conj") or not any(
            c.dep_ == "nsubj" for c in children(participle)) \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in children(participle)):
        return None
    doc = participle.doc
    after = participle.right_edge.i + 1
    if after >= len(doc):
        return None
    verb = doc[after]
    if verb.tag_ not in FINITE_TAGS or verb.pos != VERB or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return None
    return verb


def control_complement(verb: Token) -> bool:
    """Whether ``verb`` is the to-clause of a control verb: an xcomp, or an infinitive the parser
    hung as an adverbial clause on a verb of offering or promising ("Russia, which ..., offered
    to host talks": a purpose clause is no reading of "offer to")."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _is_infinitive(verb)
                                    and (lemma(verb.head) in MATRIX_CONTROL_VERBS or endeavour(verb.head)
                                         or _framing_phrasal(verb.head) or _framing_past_a_phrase(verb)))


#: Framing verbs of motion: after a phrase their to-clause is a purpose ("went to the river to fetch water").
MOTION_VERBS = frozenset({"come", "go"})

#: Verbs whose to-clause is what was decided by vote ("voted to ban cars"): framing, like decide.
VOTING_VERBS = frozenset({"vote"})


def _framing_past_a_phrase(verb: Token) -> bool:
    """Whether the infinitive ``verb`` completes a framing verb without an object of its own
    across a phrase the parser took as closing the verb: "voted on Sunday to ban cars",
    "decided after a long meeting to end the strike", "voted 210 to 80 to impeach" (not "moved
    troops to the border to secure it", whose verb has an object: a purpose)."""
    head = verb.head
    if lemma(head) in MOTION_VERBS:
        return False  # "came to Paris to protest": where one went, then why
    return (lemma(head) in FRAMING_CONTROL_VERBS or lemma(head) in VOTING_VERBS) and head.i < verb.i \
        and not _children(head, OBJECT_DEPS) and not any(c.dep_ == "xcomp" for c in children(head)) \
        and verb.doc[verb.i - 2].i > head.i


#: Phrasal verbs that only frame the to-clause that follows, which the parser hangs as a purpose:
#: "the army went on to capture three more towns" -> army — capture — towns, asserted.
FRAMING_PHRASAL_VERBS = frozenset({"go on"})


def _framing_phrasal(verb: Token) -> bool:
    particles = [p.lower_ for p in children(verb) if p.dep_ == "prt"]
    return bool(particles) and " ".join([lemma(verb), *particles]) in FRAMING_PHRASAL_VERBS


#: Verbs of effort whose to-clause is the act striven for, not a purpose of their own:
#: "crews were working to restore electricity" -> crews — restore — electricity, hedged
#: "working to" (the parser hangs the infinitive as an adverbial clause).
ENDEAVOUR_VERBS = frozenset({"work", "strive", "struggle", "scramble", "race", "battle", "fight", "labour", "labor"})


def endeavour(verb: Token) -> bool:
    """A verb of effort without an object of its own ("were working to restore"; not "fought
    the ruling to clear his name", whose infinitive is a purpose)."""
    return lemma(verb) in ENDEAVOUR_VERBS and not _children(verb, OBJECT_DEPS)


def infinitive_with_subject(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive the parser gave a subject of its own, after the
    verb it hangs from: "wants Israel to halt", "allowed Shell to resume" (ccomp + nsubj + to)."""
    return verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.i < verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)) \
        and any(c.dep_ == "nsubj" and c.i > verb.head.i for c in children(verb))


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def _addressee(verb: Token) -> Token | None:
    """Whom a directive addresses through a preposition ("called on X", "appealed to X")."""
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "to") and prep.i > verb.i:
            for pobj in children(prep):
                if pobj.dep_ == "pobj" and pobj.pos in (NOUN, PROPN, PRON):
                    return pobj
    return None


def _logical_subject(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Who acts in ``verb``'s clause: the by-agent of a passive, else its subject."""
    if is_passive(verb):
        agents = _agents(verb)
        if agents:
            return agents, "participial"
    return _grammatical_subject(verb, depth)


def _after_comma(verb: Token) -> bool:
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _after_comma_and_adverbs(verb: Token) -> bool:
    """A comma right before ``verb`` or before the adverbs in front of it (", then attacked")."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].tag_ in ("RB", "RBR"):
        i -= 1
    return i >= 0 and verb.doc[i].text == ","


def _noun_before_comma(verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before ``, VERB``."""
    if verb.i < 2:
        return None
    token = verb.doc[verb.i - 2]
    if token.pos not in (NOUN, PROPN) or _is_time(token):
        return None
    while token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    return token


#: Subjects that deny the act of everyone they stand for: "None of the four banks responded".
NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "neither"})

#: Prepositions whose -ing clause is an act not done ("entered the village without firing a shot").
PRIVATIVE_PREPS = frozenset({"without"})

#: Coordinators that set a conjunct against the one before it ("was not hurt but filed").
CONTRASTIVE_COORDINATORS = frozenset({"but", "yet"})


#: Verbs that with "short of" deny the -ing act ("stopped short of blaming Iran", "fell short of winning").
SHORT_OF_VERBS = frozenset({"stop", "fall"})


def short_of(verb: Token) -> Token | None:
    """The verb of "stopped short of" / "fell short of" over an -ing act, else None: the act is
    not done, and its actor is that verb's subject ("the president stopped short of blaming Iran")."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "of":
        return None
    short = verb.head.head
    if short.lower_ != "short" or short.head.i == short.i or lemma(short.head) not in SHORT_OF_VERBS:
        return None
    return short.head


def perfect_gerund(verb: Token) -> bool:
    """A participle with "having", which stands for the gerund: "denied having paid bribes" is
    "denied paying bribes" (the denied act, like "denied ignoring the warnings")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in children(verb))


def contrasted_conjunct(verb: Token) -> bool:
    """A conjoined verb that is a clause of its own, so the first verb's negation stays there.

    "The referee was not injured but filed a complaint" -> filed, asserted: a conjunct after
    "but"/"yet", or a finite one (VBD/VBZ/VBP) whose first verb carries the negation on an
    auxiliary it does not share ("did not attend and sent a deputy" has *send*, VB, sharing
    "did"; "was not hurt and filed" has *filed*, VBD, of its own). Not "would not pick or
    choose", "has not paid or filed" (VB/VBN conjuncts sharing the auxiliary).
    """
    if verb.dep_ != "conj":
        return False
    head = verb.head
    between = [t for t in children(head) if t.dep_ == "cc" and head.i < t.i < verb.i]
    if any(t.lower_ in CONTRASTIVE_COORDINATORS for t in between):
        return True
    return verb.tag_ in FINITE_TAGS and bool(_children(head, {"aux", "auxpass"})) and head.tag_ not in FINITE_TAGS


def _negated(verb: Token, depth: int = 0) -> bool:
    for child in children(verb):
        dep = child.dep_  # (read once: each read of Token.dep_ looks the label up again)
        if dep in ("nsubj", "nsubjpass") and child.lower_ in NEGATIVE_SUBJECTS \
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in children(child)):
            return True
        if dep == "neg" or (dep == "advmod" and child.lower_ in NEGATING_ADVERBS):
            return True
        if dep == "preconj" and child.lower_ == "neither":
            return True  # "neither confirmed nor denied the report": both negated (the "nor" conjunct inherits)
        if dep == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in children(child)):
            return True  # "no longer"
    verb_dep = verb.dep_
    if depth < 4 and verb_dep == "conj" and not _children(verb, SUBJECT_DEPS | {"aux", "auxpass"}) \
            and not contrasted_conjunct(verb):
        return _negated(verb.head, depth + 1)  # "would not pick or choose"
    if depth < 4 and verb_dep in ("xcomp", "pcomp", "advcl") and (verb.tag_ == "VBG" or perfect_gerund(verb)) \
            and not (verb_dep == "pcomp" and verb.head.lower_ not in OBJECT_CONTROL_PREPS) \
            and not (verb_dep == "advcl" and (_after_comma(verb) or _children(verb.head, OBJECT_DEPS))):
        # (not a circumstance: "stopped the convoy after inspecting the trucks" -> inspect, asserted)
        # (an adverbial participle of the denier, set off by a comma or after the denied
        # object, is the denier's own act: "denied the report, citing an audit" -> cite)
        head = verb.head.head if verb_dep == "pcomp" else verb.head  # "refrain from" / "held off"
        phrasal = " ".join([lemma(head), *(p.lower_ for p in _particles(head))])
        if phrasal in NEGATING_PHRASAL_VERBS or lemma(head) in DENYING_VERBS:
            # "held off granting a request"; "denied ignoring the warnings": the speaker's denial
            return not _negated(head, depth + 1)
    holder = _gerund_holder(verb) if depth < 4 and verb_dep == "pcomp" else None
    if holder is not None and holder[1] == "participial":
        # "was not involved in awarding the contract", "was found not guilty of taking bribes"
        return any(c.dep_ == "neg" for c in children(verb.head.head)) or _negated(holder[0], depth + 1)
    governor = short_of(verb)
    if depth < 4 and governor is not None:
        return not _negated(governor, depth + 1)  # "stopped short of blaming Iran": not blamed
    if depth < 4 and verb_dep == "pcomp" and verb.head.lower_ in PRIVATIVE_PREPS and verb.tag_ == "VBG":
        # "fled the scene without paying the bill": the act left undone
        return True
    if depth < 4 and verb_dep == "ccomp" and lemma(verb.head) in DENYING_VERBS:
        # "the company denied that it had polluted the river": what is denied is not asserted
        return not _negated(verb.head, depth + 1)
    if depth < 4 and verb_dep == "pcomp" and verb.head.lower_ == "from" and verb.head.head.pos == VERB \
            and lemma(verb.head.head) in PREVENTION_VERBS and _children(verb.head.head, OBJECT_DEPS):
        # "barred the company from selling the shares": the prevented act did not happen
        return not _negated(verb.head.head, depth + 1)
    if depth < 4 and verb_dep == "xcomp":
        head = verb.head
        if head.pos == ADJ and head.lower_ in CONTROL_ADJECTIVES and head.head.pos in (AUX, VERB):
            # "was unable to reach the town"; "is not ready to resume talks"
            return (head.lower_ in NEGATING_ADJECTIVES) != _negated(head.head, depth + 1)
        if lemma(head) in NEGATING_CONTROL_VERBS:
            return not _negated(head, depth + 1)  # "refused to sign"; "did not refuse to sign"
        if lemma(head) in FRAMING_CONTROL_VERBS or lemma(head) in NEGATION_RAISING_VERBS:
            return _negated(head, depth + 1)  # "did not try to seize"; "no longer expects to fly"
        if lemma(head) in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children(head)):
            return not _negated(head, depth + 1)  # "police have yet to identify the attackers": not yet
    return False


def _particles(verb: Token) -> list[Token]:
    """Particles of a phrasal verb, with three the parser labels otherwise: a particle taken
    for an objectless preposition ("flown in by the air force") or for an adverb ("swept
    away by waves"), and an adjective that completes the verb ("cut short a visit")."""
    found = []
    for c in children(verb):
        dep = c.dep_  # (read once: each read of Token.dep_ looks the label up again)
        if dep == "prt":
            found.append(c)
        elif c.i == verb.i + 1:
            if c.lower_ in RESULTATIVE_ADJECTIVES and dep in ("advmod", "acomp", "amod", "oprd") \
                    and lemma(verb) not in LINKING_VERBS:
                found.append(c)
            elif dep == "advmod" and c.lower_ in PARTICLE_WORDS and c.n_lefts == 0 \
                    and all(g.dep_ == "prep" for g in c.rights):
                # "had been swept away by waves": a particle taken for an adverb; "broke away from
                # the federation": with the preposition hung on it
                found.append(c)
            elif dep == "prep" and c.lower_ in PARTICLE_WORDS and c.n_rights == c.n_lefts == 0 \
                    and not any(d.dep_ == "dobj" and d.left_edge.i == c.i + 1 for d in children(verb)):
                found.append(c)
        elif dep == "dobj" and c.i > verb.i + 1 and c.doc[verb.i + 1].lower_ in PARTICLE_WORDS \
                and particle_in_object(c) is not None:
            found.append(c.doc[verb.i + 1])  # "will buy back shares": a particle taken for a modifier
        elif dep in ("advmod", "prt") and c.lower_ in PARTICLE_WORDS and c.i > verb.i \
                and all(g.dep_ == "prep" and g.i > c.i for g in children(c)) \
                and any(d.dep_ == "dobj" and d.right_edge.i == c.i - 1 for d in children(verb)):
            found.append(c)  # "pulled troops back", "sent the rebels away": a particle after the object
    return found


def particle_in_object(obj: Token) -> Token | None:
    """"the bank will buy back shares": a particle right after the verb that the parser made the
    first modifier of the direct object. The particle, or None."""
    first = obj.left_edge
    if obj.dep_ != "dobj" or first.i != obj.head.i + 1 or first.i == obj.i or first.lower_ not in PARTICLE_WORDS:
        return None
    return first if first.dep_ in ("amod", "advmod", "compound", "prt") and first.head.i == obj.i else None


def _is_time(token: Token) -> bool:
    return token.ent_type_ in TIME_ENTITY_TYPES or token.lemma_.lower() in TIME_NOUNS


def _objects(verb: Token) -> tuple[list[Token], list[Token]]:
    """Target heads of an active verb and the preposition words that introduce them."""
    direct = [d for d in _children(verb, OBJECT_DEPS) if not _after_bare_preposition(d, verb)]
    if not direct and not _children(verb, OBJECT_DEPS):
        # "the union, which called the strike": an object the parser took for an object
        # predicate; with no object before it, a predicate has nothing to describe
        direct = [d for d in verb.rights if d.dep_ == "oprd" and d.pos in (NOUN, PROPN)
                  and lemma(verb) not in LINKING_VERBS]
    if not direct and verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.pos in (NOUN, PROPN) \
            and _children(verb, {"nsubj"}):
        # "Ghana has since banned imports": a verb with a subject of its own hung on its object
        # (or on the object's first compound: "banks limited | dollar withdrawals")
        obj = verb.head
        while obj.dep_ == "compound" and obj.head.i > obj.i and obj.head.pos in (NOUN, PROPN):
            obj = obj.head
        return _conjuncts(obj), []
    dative = [d for d in _children(verb, {"dative"}) if d.pos in (NOUN, PROPN, PRON)]
    if direct and dative and _is_amount(direct[0]):
        return _conjuncts(dative[0]), []  # "fined Meridian Telecom 1.2 billion euros"
    if direct and lemma(verb) in PENALTY_VERBS:
        fined = dative[0] if dative else _name_on_penalty(direct[0])
        if fined is not None:
            return _conjuncts(fined), []  # "fined him two weeks' wages": the one fined
    if direct and not dative and _is_sum(direct[0]):
        for prep in children(verb):
            # "lent $2 billion to Egypt", "pledged $500 million to Sudan": the one who receives
            # the amount is the target, as in "lent Egypt $2 billion"
            if prep.dep_ in ("dative", "prep") and prep.lower_ == "to" and prep.i > direct[0].i:
                receivers = [o for o in children(prep) if o.dep_ == "pobj" and o.pos in (PROPN, NOUN, PRON)
                             and o.ent_type_ not in AMOUNT_TYPES | {"DATE", "TIME"}]
                if receivers:
                    return _conjuncts(receivers[0]), []
    if direct:
        payer = _name_before_amount(direct[0])
        if payer is not None:
            # "fined Meridian Telecom 1.2 billion euros" parsed as one noun phrase: a name and
            # an amount make no phrase, the name is the second object (the one fined, charged, paid)
            return _conjuncts(payer), []
    if direct:
        before = _object_before_preposition(direct[0])
        if before is not None:
            return [before], []  # "grounded its aircraft pending inspections"
        idiom = _light_verb_target(verb, direct[0])
        if idiom is not None:
            return _conjuncts(idiom[0]), idiom[1]  # "set fire to a police station"
        # "carrying fruit and vegetables", "control the capital and most of the north": a
        # conjunct the parser hung on the verb (a noun, or a quantifier with its "of" whole)
        hung = [c for c in children(verb) if c.dep_ == "conj" and c.i > direct[0].i
                and (c.pos in (NOUN, PROPN) or (c.lower_ in PARTITIVE_QUANTIFIERS and _has_of(c)))]
        return _conjuncts(direct[0]) + hung, []
    if dative:
        return _conjuncts(dative[0]), []
    nominal = [c for c in verb.rights if c.dep_ in ("dep", "xcomp") and c.pos in (NOUN, PROPN)]
    if nominal and lemma(verb) not in LINKING_VERBS:
        for noun in nominal:
            if noun.dep_ == "dep" and noun.left_edge.i == verb.i + 1 and not _is_time(noun) \
                    and not any(t.pos in (VERB, AUX, SCONJ, ADP) for t in noun.subtree):
                # "as floods hit tenge": a noun right after the verb that the parser left
                # unlabelled (dep) is its object
                return _conjuncts(noun), []
            if noun.dep_ == "xcomp" and not _children(noun, {"aux", "nsubj", "mark"}):
                return _conjuncts(noun), []  # "Taiwan holds drills, China urges restraint": a bare noun is the object
    if lemma(verb) in RESULTATIVE_VERBS | JUDGING_VERBS:
        for clause in _children(verb, {"ccomp", "oprd"}):
            # "sanctions have made imported medicines scarce": the adjective's subject is the object
            if clause.pos == ADJ:
                subjects = [c for c in _children(clause, {"nsubj"}) if c.pos in (NOUN, PROPN, PRON)]
                if subjects:
                    return _conjuncts(subjects[0]), []
    if lemma(verb) in DIRECTIVE_VERBS:
        for clause in _children(verb, {"ccomp"}):
            # "the court allowed Shell to resume drilling": the parser makes the object the
            # subject of the infinitive ("Shell to resume"); it is whom the directive addresses
            if infinitive_with_subject(clause):
                subjects = [c for c in _children(clause, {"nsubj"}) if c.pos in (NOUN, PROPN, PRON)]
                if subjects:
                    return _conjuncts(subjects[0]), []
    if lemma(verb) in SMALL_CLAUSE_VERBS:
        for clause in _children(verb, {"ccomp"}):
            # "had helped the military buy jet fuel": the parser makes the bare
            # infinitive's subject its own; it is the helper's object
            if clause.tag_ == "VB" and not _children(clause, {"mark", "aux"}):
                subjects = [c for c in _children(clause, {"nsubj"}) if c.pos in (NOUN, PROPN, PRON)]
                if subjects:
                    return _conjuncts(subjects[0]), []
    found = _prepositional_object(verb)
    if found is None:
        return [], []
    pobj, words = found
    return _conjuncts(pobj), words


#: Participles used as prepositions ("grounded its fleet pending inspections"), which the
#: parser may hang on the noun after them as a modifier.
PREPOSITIONAL_PARTICIPLES = frozenset({"pending", "following", "including", "excluding", "barring", "regarding",
                                       "concerning"})


def _object_before_preposition(obj: Token) -> Token | None:
    """"grounded its four aircraft pending inspections": the parser made "inspections" the
    object, with "pending" its modifier and "aircraft" a noun modifier before it; the object
    is that noun, the phrase after the participle a circumstance. Else None."""
    lefts = list(obj.lefts)
    if len(lefts) < 2 or lefts[-1].lower_ not in PREPOSITIONAL_PARTICIPLES or lefts[-1].i != obj.i - 1 \
            or lefts[-1].dep_ not in ("amod", "compound"):
        return None
    before = lefts[-2]
    if before.dep_ in ("nmod", "compound", "amod") and before.pos in (NOUN, PROPN) and before.i == obj.i - 2:
        return before
    return None


#: Nouns that hold an amount in an "of" phrase: "a total of 2.4 billion naira".
AMOUNT_HOLDERS = frozenset({"total", "sum", "fine", "penalty"})


def _is_currency(token: Token) -> bool:
    """A currency's name: "euros", "ringgit", "levs" (a plural the lemmatiser does not know)."""
    return token.lemma_.lower() in CURRENCY_WORDS \
        or (token.tag_ == "NNS" and token.lower_.removesuffix("s") in CURRENCY_WORDS)


def _is_amount(token: Token) -> bool:
    """An amount of money or a count: "50 million ringgit", "a total of 2.4 billion naira"."""
    if token.ent_type_ in AMOUNT_TYPES or _is_currency(token):
        return True
    if token.lemma_.lower() in AMOUNT_HOLDERS:
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(_is_amount(o) for o in children(p) if o.dep_ == "pobj")
                   for p in children(token))
    return False


def _is_sum(token: Token) -> bool:
    """A sum of money with its figure ("$2 billion", "120 million levs"), not a currency said
    alone ("sell dollars to importers") nor a measure of something ("55,000 tonnes of iron ore")."""
    money = token.ent_type_ == "MONEY" or _is_currency(token)
    return money and any(c.dep_ in ("nummod", "compound", "quantmod") and (c.like_num or c.ent_type_ in AMOUNT_TYPES)
                         for c in children(token)) or (token.ent_type_ == "MONEY" and token.like_num)


#: Verbs of penalty whose second object is what the penalty takes, never what it is
#: done to: "the club fined him two weeks' wages" -> fine — him (not wages).
PENALTY_VERBS = frozenset({"fine", "penalise", "penalize", "dock"})


def _name_on_penalty(obj: Token) -> Token | None:
    """The name the parser hung on the first word of a penalty's object ("fined Keane two
    weeks' wages": *Keane* nmod on *wages*): the one fined, or None."""
    first = obj.doc[obj.left_edge.i]
    if first.dep_ in ("nmod", "compound") and first.head.i == obj.i and first.pos == PROPN \
            and first.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and first.i + 1 < obj.i \
            and first.doc[first.i + 1].ent_type_ != first.ent_type_:
        return first
    return None


def _name_before_amount(obj: Token) -> Token | None:
    """The name the parser hung as a modifier on an amount object ("Meridian Telecom 1.2 billion
    euros", "Shell 2 billion dollars"), or None."""
    if obj.lemma_.lower() not in CURRENCY_WORDS and obj.ent_type_ != "MONEY":
        return None
    numbers = [c.i for c in obj.lefts if c.dep_ == "nummod" and c.like_num]
    if not numbers:
        return None
    for child in obj.lefts:
        if child.dep_ in ("nmod", "compound") and child.pos == PROPN and child.i < numbers[0] \
                and child.lemma_.lower() not in CURRENCY_WORDS:
            return child
    return None


def _contact_relative(verb: Token) -> bool:
    """A relative clause with no relative word, an active verb and no object of its own,
    on a noun that is no time or manner ("the first raid the group has claimed in Kabul";
    not "the day he arrived in Paris", "the way it voted on the bill")."""
    head = verb.head
    return verb.dep_ == "relcl" and head.i < verb.i and head.pos == NOUN \
        and head.lower_ not in TIME_NOUNS and head.lower_ not in ADJUNCT_GAP_NOUNS \
        and not is_passive(verb) and not _children(verb, OBJECT_DEPS | {"xcomp", "ccomp"}) \
        and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in children(verb)) \
        and any(c.dep_ == "nsubj" and c.left_edge.i == head.i + 1 for c in children(verb))
    # (the subject right after the noun: not "In Mufulira, where the mine is the largest
    # employer, workers marched to ...", a clause the parser hung on the noun)


def _has_of(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and _children(c, {"pobj"}) for c in children(token))


def _after_bare_preposition(obj: Token, verb: Token) -> bool:
    """"the first town the rebels had taken in Blue Nile state": in a relative clause
    whose object is the gap, an "object" right after an objectless preposition of the
    same verb is that preposition's object, which the parser cut off."""
    if verb.dep_ != "relcl" or any(c.tag_ in ("WDT", "WP") for c in children(verb)):
        return False
    i = obj.left_edge.i - 1
    if i <= verb.i:
        return False
    before = obj.doc[i]
    return before.dep_ == "prep" and before.head.i == verb.i and before.n_rights == 0 and before.n_lefts == 0


def _light_verb_target(verb: Token, noun: Token) -> tuple[Token, list[Token]] | None:
    """The target of a verb + bare noun idiom and the idiom's words ("set fire to X")."""
    if noun.lower_ not in LIGHT_VERB_OBJECTS.get(lemma(verb), ()):
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in children(noun)):
        return None  # "took the control tower": not the idiom
    for prep in (*children(noun), *children(verb)):
        if prep.dep_ == "prep" and prep.i == noun.i + 1:
            for pobj in children(prep):
                if pobj.dep_ == "pobj" and not _is_time(pobj):
                    return pobj, [noun, prep]
    return None


#: Nouns of a compound preposition of stance: "in favour of", "in support of".
STANCE_PREP_NOUNS = frozenset({"favour", "favor", "support"})


def _prepositions(verb: Token) -> Iterator[tuple[list[Token], Token]]:
    """(preposition words, object) pairs after ``verb``, compound ones included."""
    preps = [c for c in children(verb) if c.dep_ == "prep" and c.i > verb.i]
    for particle in _particles(verb):
        preps.extend(c for c in children(particle) if c.dep_ == "prep")  # "stay out of Iraq"
    for prep in preps:
        objects = _children(prep, {"pobj"})
        if objects and prep.lower_ == "in" and objects[0].lower_ in STANCE_PREP_NOUNS \
                and not _children(objects[0], {"det", "poss", "amod"}):
            # "voted in favour of the motion", "spoke in support of the strikers": a compound
            # preposition, whose "of" object is the target
            ofs = [o for of in _children(objects[0], {"prep"}) if of.lower_ == "of" for o in _children(of, {"pobj"})]
            if ofs:
                yield [prep, objects[0], ofs[0].head], ofs[0]
                continue
        if objects:
            yield [prep], objects[0]
            continue
        for inner in _children(prep, {"prep"}):
            inner_objects = _children(inner, {"pobj"})
            if inner_objects and inner.i == prep.i + 1:
                yield [prep, inner], inner_objects[0]  # "pulled out of the summit"


#: Prepositions that open an absolute clause after a comma ("..., with most allies joining the opposition").
ABSOLUTE_PREPS = frozenset({"with", "without"})


def _absolute_clause(words: list[Token], pobj: Token) -> bool:
    """An absolute clause set off by a comma: "voted for the motion, with most of his allies
    joining the opposition", "..., with turnout expected to be low": the noun is the subject of
    its participle, a circumstance of the clause, not the verb's partner (not "met with
    officials visiting the region", whose phrase is not set off)."""
    prep = words[0]
    if prep.lower_ not in ABSOLUTE_PREPS or prep.i < 1 or prep.doc[prep.i - 1].text != ",":
        return False
    nouns = [pobj, *(o for of in _children(pobj, {"prep"}) if of.lower_ == "of" for o in _children(of, {"pobj"}))]
    return any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for noun in nouns for c in children(noun))


def _prepositional_object(verb: Token, circumstantial: bool = False) -> tuple[Token, list[Token]] | None:
    """The best prepositional target of an intransitive verb ("withdrew from Rawa").

    With ``circumstantial``, the first circumstance instead ("rose after the
    verdict", "fell in Oslo trading"): open extraction wants it, the graph does not.
    """
    best: tuple[int, int, Token, list[Token]] | None = None
    for words, pobj in _prepositions(verb):
        if pobj.lower_ in PARTITIVE_QUANTIFIERS and pobj.pos in (ADJ, DET) and _has_of(pobj):
            pass  # "defaulted on most of its debt": a quantifier with its "of" whole (the node is the whole)
        elif _is_time(pobj) or pobj.pos not in (NOUN, PROPN, PRON) or words[0].lower_ == "according":
            continue
        if pobj.lower_ in DIRECTION_NOUNS and not pobj.ent_type_:
            continue
        # "prices stayed above 100 dollars", "temperatures stay above 35C": a measure, no participant
        measure = pobj.ent_type_ in MEASURE_TYPES or pobj.lemma_.lower() in CURRENCY_WORDS \
            or (pobj.ent_type_ == "CARDINAL" and pobj.text[0].isdigit())
        # "clashed on the frontier", "heading toward the Bay of Bengal": where, not whom (not
        # "depends on the Danube": "on" a named river or sea is what one depends on)
        # "capsized two miles from the port", "sank 20 km off the coast": a distance says where
        # (the distance hung on the preposition, or on the verb right before it; not how far one
        # withdrew: "pulled back 10 km from the border" is still a withdrawal from it)
        measure = measure or lemma(verb) not in DEPARTURE_VERBS and (
            any(_distance(c) for word in words for c in children(word))
            or any(_distance(c) and c.i == words[0].i - 1 for c in children(verb)))
        open_noun = not pobj.ent_type_ and pobj.lemma_.lower() in OPEN_PLACE_NOUNS
        path = (words[-1].lower_ in DIRECTION_PREPS and (open_noun or pobj.ent_type_ == "LOC")) \
            or (words[-1].lower_ == "on" and open_noun and lemma(verb) not in ON_ARGUMENT_VERBS)
        # "spoke on condition of anonymity", "agreed on condition that ...": a manner, no target
        proviso = words[-1].lower_ == "on" and pobj.lower_ == "condition" and not _children(pobj, {"det", "poss"})
        is_circumstance = measure or path or proviso or _absolute_clause(words, pobj) \
            or words[-1].lower_ in CIRCUMSTANTIAL_PREPS - ARGUMENT_PREPS \
            or lemma(verb) in POSITION_VERBS or (words[-1].lower_ == "from" and lemma(verb) in ORIGIN_VERBS) \
            or (words[-1].lower_ in VALUE_CHANGE_CIRCUMSTANCES and lemma(verb) in VALUE_CHANGE_VERBS)
        if is_circumstance and lemma(verb) in SIDE_PREPS.get(words[-1].lower_, ()) and _takes_sides(verb, words[-1], pobj):
            is_circumstance = False  # "farmers rallied against the levy", "Egypt stands with Sudan"
        if is_circumstance and not measure and lemma(verb) == "lie" and words[-1].lower_ == "to" \
                and (_participant(pobj) or verb.lower_ == "lied"):
            # "lied to investors", "lies to voters": deceiving someone, not lying somewhere (whose
            # past is "lay": "lied" is always the deceiving)
            is_circumstance = False
        if is_circumstance and not measure and words[-1].lower_ == "in" and lemma(verb) in IN_ARGUMENT_VERBS:
            is_circumstance = False  # "invested in three solar plants": what one invests in
        if is_circumstance and not measure and len(words) == 1 and _particle_off(verb, words[0], pobj):
            is_circumstance = False  # "walked off the job": a particle verb the parser split, as in "skidded off"
        if is_circumstance and not measure and len(words) == 1 and words[0].lower_ in AUDIENCE_PREPS \
                and _audience(pobj):
            is_circumstance = False  # "will appear before a judge": whom one faces, not when
        if is_circumstance != circumstantial:
            continue
        if best is None or words[0].i < best[0]:
            best = (words[0].i, pobj, words)
    return None if best is None else (best[1], best[2])


#: Verbs of belief and report inserted in a relative clause ("which critics say would ...",
#: "which regulators suspect may ...").
INSERTED_REPORT_VERBS = REPORTING_VERBS | frozenset("suspect fear think expect estimate".split())


def _inserted_report_relative(verb: Token) -> Token | None:
    """The relative pronoun of "X, which regulators suspect may lock customers in", when the parser
    made it a second subject of the inserted verb of belief (``verb``) before its real subject."""
    if verb.dep_ != "relcl" or lemma(verb) not in INSERTED_REPORT_VERBS:
        return None
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) == 2 and subjects[0].tag_ in ("WDT", "WP") and subjects[1].tag_ not in ("WDT", "WP"):
        return subjects[0]
    return None


def _particle_off(verb: Token, prep: Token, pobj: Token) -> bool:
    """ "walked off the job", "stormed off the pitch": "off" right after the verb with an object
    that is no place is the verb's particle, which the parser read as a preposition (it tags
    "skidded off a runway" RP). A place stays a circumstance ("sank off the coast of Lesbos",
    "capsized off Libya", "off the island of Lampedusa")."""
    if prep.lower_ != "off" or prep.i != verb.i + 1 or pobj.ent_type_ or pobj.pos != NOUN:
        return False
    if pobj.lemma_.lower() in PLACE_NOUNS | OPEN_PLACE_NOUNS:
        return False
    # "off the shores of Crete": a stretch named by its place
    return not any(o.ent_type_ in ("GPE", "LOC", "FAC") for of in _children(pobj, {"prep"}) if of.lower_ == "of"
                   for o in _children(of, {"pobj"}))


#: Prepositions that name whom one stands in front of when their object is a person or a body
#: ("appeared before a judge", "testified before the committee"); with anything else they are
#: a time ("before the vote", "before dawn").
AUDIENCE_PREPS = frozenset({"before"})

#: Bodies one appears before: courts, panels, assemblies.
AUDIENCE_NOUNS = frozenset(
    "judge magistrate court tribunal committee panel parliament congress senate jury inquiry".split()
)


def _audience(pobj: Token) -> bool:
    """Whether a "before" object is whom one faces: a person or a body ("a judge", "the
    Senate committee", "Congress"), not an event or a time ("the vote", "the election")."""
    return pobj.lemma_.lower() in AUDIENCE_NOUNS or pobj.ent_type_ in ("PERSON", "ORG") and pobj.pos == PROPN


def _distance(token: Token) -> bool:
    """"two miles", "20 km" as a noun-phrase adverbial: a distance."""
    return token.dep_ == "npadvmod" and (token.ent_type_ == "QUANTITY" or token.lemma_.lower() in DISTANCE_UNITS)


def _takes_sides(verb: Token, prep: Token, pobj: Token) -> bool:
    """Whether ``verb`` + ``prep`` takes sides: its subject is a participant (not "the shilling
    weakened against the dollar", "the town lies by the river"), and so is the object of
    any preposition but "against" ("stood by its neighbour", not "stood by the door")."""
    subjects = _children(verb, SUBJECT_DEPS)
    if not subjects and verb.dep_ in ("conj", "relcl"):
        # "... and rose against the chief", "villagers who rose against the chief"
        subjects = _children(verb.head, SUBJECT_DEPS) if verb.dep_ == "conj" else [verb.head]
    if not subjects or not _participant(subjects[0]):
        return False
    return prep.lower_ == "against" or _participant(pobj) or pobj.lemma_.lower() in SIDE_NOUNS \
        or (pobj.pos == PROPN and not pobj.ent_type_)  # "stood by President Ruto" (no entity found)


def _participant(token: Token) -> bool:
    return token.ent_type_ in SIDE_ENTITY_TYPES or _animate(token) \
        or (token.pos == PRON and token.lower_ in ("they", "we", "he", "she", "who"))


def _second_objects(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """Directional prepositional objects next to a direct object ("fired gas at crowds")."""
    for words, pobj in _prepositions(verb):
        if len(words) != 1 or words[0].lower_ not in AIMING_PREPOSITIONS or _is_time(pobj):
            continue
        if pobj.pos not in (NOUN, PROPN):
            continue
        if words[0].lower_ == "at" and not _animate(pobj) and lemma(verb) not in AIMING_VERBS:
            continue  # "fired tear gas at protesters", not "halted production at the mine"
        yield pobj, words


def _animate(token: Token) -> bool:
    """People or organised groups: what one fires at, as opposed to where."""
    lemma_ = token.lemma_.lower()
    if lemma_ in PARTITIVE_HEADS:
        for prep in children(token):  # "at hundreds of opposition supporters"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children(prep):
                    if pobj.dep_ == "pobj":
                        return _animate(pobj)
    return token.ent_type_ in ("PERSON", "ORG", "NORP") or lemma_ in PERSON_NOUNS or lemma_ in GROUP_NOUNS \
        or lemma_ in CROWD_NOUNS


def lemma(verb: Token) -> str:
    """The verb's lemma, with the lemmatizer's known slips mended ("fined" -> fine,
    "retook" -> retake: prefixed irregular pasts are left as they are written)."""
    if verb.pos == ADJ:  # (the symbol, not the string: lemma() is called for most tokens)
        return participle_lemma(verb.text) or verb.lemma_.lower()  # "hackers disabled booking systems"
    return _mended_lemma(verb.lemma_, verb.lower_)


@lru_cache(maxsize=16384)
def _mended_lemma(lemma_: str, lower: str) -> str:
    base = lemma_.lower()
    if base == lower:  # left as written (the tagger may even call "retook" present)
        match = _IRREGULAR_PAST.search(base)
        if match and match.start() > 0:
            return base[: match.start()] + IRREGULAR_PAST_ENDINGS[match.group()]
    return LEMMA_FIXES.get(base, base)


@lru_cache(maxsize=4096)
def participle_lemma(word: str) -> str | None:
    """The verb of a past participle the tagger did not read as a verb, or None.

    >>> participle_lemma("disabled"), participle_lemma("banned"), participle_lemma("frozen")
    ('disable', 'ban', 'freeze')
    >>> participle_lemma("fuelled"), participle_lemma("shelled"), participle_lemma("recalled")
    ('fuel', 'shell', 'recall')
    """
    word = word.lower()
    if word in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[word]
    if not word.endswith("ed") or len(word) < 4 or not word.isalpha():
        return None
    stem = word[:-2]
    if stem.endswith("i"):
        return stem[:-1] + "y"  # "carried"
    if stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # "banned", "stopped"
    if _DOUBLED_L.search(stem):
        return stem[:-1]  # British doubling: "fuelled", "cancelled", "controlled", "patrolled"
    return stem + "e" if _SILENT_E_STEM.search(stem) else stem


#: A British doubled "l" after an unstressed "e" or "o" of a longer verb ("cancell", "controll",
#: "fuell"), not in one-syllable verbs ("shell", "poll", "kill") or after "a" ("recall", "install").
_DOUBLED_L = re.compile(r"(?:[aeiou][^aeiou]+[eo]|ue)ll$")


#: Participles that are everyday adjectives of a possessed noun: "has armed groups", "has skilled
#: workers" is possession, not a perfect.
ADJECTIVAL_PARTICIPLES = frozenset(
    """armed skilled trained limited proven committed qualified experienced advanced organised organized
    reduced unidentified alleged detailed improved mixed renewed sustained""".split()
)


#: Adverbs that may stand between a perfect's "have" and its participle ("has since tightened").
PERFECT_ADVERBS = frozenset({"since", "already", "also", "now", "just", "recently", "reportedly", "previously",
                             "repeatedly", "twice", "long"})


#: Participles that are everyday adjectives of a noun after "and" ("treated soldiers and
#: injured civilians", "seized weapons and stolen cars"): not read as a coordinated verb.
COORDINATED_ADJECTIVES = ADJECTIVAL_PARTICIPLES | frozenset(
    """injured wounded displaced disputed isolated abandoned stolen used occupied contaminated
    unnamed named elected retired""".split()
)


def coordinated_participle(noun: Token) -> Token | None:
    """"burned tyres and blocked roads", "weakened the currency and fuelled inflation": a verb
    coordinated with the verb before, which the tagger took for a participle modifying its
    object. The participle, or None."""
    if noun.dep_ != "conj" or noun.pos not in (NOUN, PROPN):
        return None
    first = noun.left_edge
    if first.i == 0 or first.dep_ != "amod" or first.head.i != noun.i or first.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    before = noun.doc[first.i - 1]
    if before.dep_ != "cc" or before.lower_ not in ("and", "but") or first.lower_ in COORDINATED_ADJECTIVES:
        return None
    head = noun.head
    if not (head.pos == VERB or head.dep_ == "dobj" and head.head.pos == VERB):
        return None
    return first if participle_lemma(first.text) is not None else None


def perfect_participle(verb: Token) -> tuple[Token, Token, str] | None:
    """"it had frozen accounts", "militants had overrun al-Qaim": a perfect whose participle
    the parser took for a modifier of the object. (participle, object, verb lemma) or None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or lemma(verb) != "have":
        return None
    participle = doc[verb.i + 1]
    adverb = participle.lower_ in PERFECT_ADVERBS and verb.i + 2 < len(doc)
    if adverb:
        participle = doc[verb.i + 2]  # "the government has since tightened controls"
    if participle.dep_ not in ("amod", "compound") or participle.tag_ not in ("VBN", "VBD", "JJ", "NN", "NNP"):
        return None
    if participle.tag_ != "VBN" and participle.lower_ in ADJECTIVAL_PARTICIPLES:
        return None  # possession: "the region has armed groups"
    obj = participle.head
    # (after "since" the parser may make the object that preposition's: "has since | tightened controls")
    if not (obj.dep_ == "dobj" and obj.head.i == verb.i or adverb and obj.dep_ == "pobj"
            and obj.head.i == verb.i + 1 and obj.head.head.i == verb.i):
        return None
    verb_lemma = participle_lemma(participle.text)
    return (participle, obj, verb_lemma) if verb_lemma is not None else None


@lru_cache(maxsize=4096)
def gerund_lemma(word: str) -> str | None:
    """The verb of an -ing form the tagger did not read as a verb, or None.

    >>> gerund_lemma("mistreating"), gerund_lemma("shelling"), gerund_lemma("naming")
    ('mistreat', 'shell', 'name')
    """
    word = word.lower()
    if not word.endswith("ing") or len(word) < 6 or not word.isalpha():
        return None
    stem = word[:-3]
    if stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # "stopping"
    return stem + "e" if _SILENT_E_STEM.search(stem) else stem


def gerund_object(verb: Token) -> tuple[Token, Token, str] | None:
    """"denied mistreating prisoners": an -ing complement the parser read as a modifier of
    the object. (gerund, object, verb lemma of the gerund) or None."""
    if verb.i + 1 >= len(verb.doc) or lemma(verb) not in GERUND_COMPLEMENT_VERBS:
        return None
    gerund = verb.doc[verb.i + 1]
    if gerund.dep_ not in ("amod", "compound") or not gerund.lower_.endswith("ing"):
        return None
    obj = gerund.head
    if obj.dep_ != "dobj" or obj.head.i != verb.i:
        return None
    verb_lemma = gerund_lemma(gerund.text)
    return (gerund, obj, verb_lemma) if verb_lemma is not None else None


def _action(verb: Token, preps: list[Token]) -> tuple[str, str]:
    words = [lemma(verb)]
    surface = [verb.text]
    for particle in _particles(verb):
        words.append(particle.lower_)
        surface.append(particle.text)
    for prep in preps:
        words.append(prep.lower_)
        surface.append(prep.text)
    return " ".join(words), " ".join(surface)


def _agents(verb: Token) -> list[Token]:
    for agent in _children(verb, {"agent"}):
        for pobj in _children(agent, {"pobj"}):
            if pobj.lemma_.lower() in MARGIN_NOUNS or pobj.ent_type_ in MEASURE_TYPES:
                return []  # "were separated by fewer than 900 votes": a margin, no agent
            if pobj.lower_ in MEANS_NOUNS and not any(c.dep_ in ("det", "poss", "nummod", "amod")
                                                      for c in children(pobj)):
                return []  # "a resident, reached by phone", "supplies were delivered by air": a means, no agent
            return _conjuncts(pobj)
    for conjunct in verb.conjuncts:
        if conjunct.i > verb.i and is_passive(conjunct) and not _children(conjunct, SUBJECT_DEPS):
            # "was stormed and looted by supporters": the agent is shared
            for agent in _children(conjunct, {"agent"}):
                for pobj in _children(agent, {"pobj"}):
                    return _conjuncts(pobj)
    return []


#: Parts of speech that can head a clause below (with any form of "be", whatever its tag).
PREDICATE_POS = frozenset({ADJ, VERB, AUX})
#: Verbs whose to-clause may hold an infinitive the tagger took for a noun ("offered to host talks").
TO_CLAUSE_VERBS = MATRIX_CONTROL_VERBS | FRAMING_CONTROL_VERBS


def _predicate_tokens(sentence: Span) -> list[Token]:
    """The tokens of ``sentence`` that :func:`clauses` looks at, read from per-Doc integer
    arrays so that the other tokens (most of them) never become Token objects."""
    doc = sentence.doc
    arrays = memo(doc).get("kg_predicate_arrays")
    if arrays is None:
        lemmas = doc.to_array(LEMMA).tolist()
        strings = doc.vocab.strings
        be = {lemma_id for lemma_id in set(lemmas) if strings[lemma_id].lower() == "be"}
        arrays = memo(doc)["kg_predicate_arrays"] = [pos in PREDICATE_POS or lemma_id in be
                                                         for pos, lemma_id in zip(parts_of_speech(doc), lemmas)]
    words = doc_tokens(doc)
    return [words[i] for i in range(sentence.start, sentence.end) if arrays[i]]


#: Headline verbs spelled like adjectives, which the tagger reads as modifiers of the object
#: ("Indian commandos free crew").
HEADLINE_ADJECTIVE_VERBS = frozenset({"free", "clear", "open", "close", "secure", "empty", "lower", "slow", "calm"})


#: Keys of the Doc's memo (:mod:`kg.memo`): the indices of verbs the tagger took for modifiers
#: of their object, found by :func:`clauses` (node labels stop at them), and the headline verb's
#: (subject, object).
MODIFIER_VERBS_KEY = "kg_modifier_verbs"
HEADLINE_ARGS_KEY = "kg_headline_args"


def headline_verb(sentence: Span) -> tuple[Token, Token, Token] | None:
    """The verb the tagger took for a noun or an adjective in a headline with no verb, as
    (verb, subject head, object head), or None. A headline is the article's first segment,
    without closing punctuation; with a noun for its root it has no verb, so a present
    tense between two noun phrases is read as a modifier: "Ghana's central bank hikes rates"
    (a plural noun after a singular one), "Indian commandos free crew" (an adjective after a
    plural noun), "Police arrest suspects in Lagos" (a base form between plural nouns)."""
    if sentence.start != 0 or len(sentence) < 3 or sentence[-1].is_punct:
        return None
    for token in sentence[1:-1]:
        if token.dep_ not in ("compound", "nmod", "amod") or token.head.i <= token.i \
                or token.head.pos not in (NOUN, PROPN):
            continue
        obj = token.head
        # the object phrase is the headline's root (no verb at all), or a second subject the
        # parser gave the verb of a later clause ("... hikes rates ... as traders shut shops")
        if not (obj.dep_ == "ROOT" or obj.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in children(obj.head)) > 1):
            continue
        before = token.doc[token.i - 1]
        # (a country's name the tagger took for an adjective is still a name: "Hungary vetoes ...")
        named = before.ent_type_ in ("GPE", "ORG", "PERSON") and before.is_title
        if (before.pos not in (NOUN, PROPN) and not named) or before.head.i < before.i:
            continue
        plural_verb = token.tag_ in ("NNS", "VBZ") and token.lower_.endswith("s") and token.lemma_ != token.lower_ \
            and (before.tag_ in ("NN", "NNP") or named)  # "central bank hikes rates": a singular subject
        adjective_verb = token.pos == ADJ and token.lower_ in HEADLINE_ADJECTIVE_VERBS and before.tag_ == "NNS"
        # "Police arrest suspects in Lagos": a base form after a plural subject, in a headline
        # with no verb at all and a plural object (a noun phrase would not be one: "police chief")
        base_verb = token.tag_ == "NN" and before.tag_ == "NNS" and before.i == sentence.start \
            and obj.dep_ == "ROOT" and obj.tag_ == "NNS" and token.i == obj.i - 1 \
            and not any(t.tag_.startswith("VB") for t in sentence)
        if plural_verb or adjective_verb or base_verb:
            return token, before, token.head
    root = sentence.root
    if root.tag_ == "NNS" and root.lower_.endswith("s") and root.lemma_ != root.lower_ and root.i > sentence.start:
        # "EU fines Meta 800 million euros over marketplace": the verb taken for the headline's
        # root noun, its subject a name hung on it as a modifier, its object the noun after it
        before = root.doc[root.i - 1]
        objects = [c for c in root.rights if c.dep_ in ("appos", "dobj", "nmod", "npadvmod") and c.pos in (NOUN, PROPN)]
        if before.head.i == root.i and before.dep_ in ("compound", "nmod") and before.text[:1].isupper() \
                and before.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and objects:
            return root, before, _name_before_amount(objects[0]) or objects[0]
    return _second_headline_verb(sentence)


def _second_headline_verb(sentence: Span) -> tuple[Token, Token, Token] | None:
    """"Volcano erupts, buries villages": a second present tense after a comma in a headline,
    read as a plural modifier of its object, which the parser hung on the first verb (as an
    apposition or object). Its subject is the first verb's. (verb, subject, object) or None."""
    for token in sentence[2:-1]:
        if token.dep_ not in ("compound", "nmod") or token.tag_ != "NNS" or token.doc[token.i - 1].text != "," \
                or token.head.i <= token.i:
            continue
        obj, first = token.head, token.head.head
        if first.dep_ == "nsubj" and obj.dep_ == "appos":
            first = first.head  # "Storm lashes Luzon, floods towns": "towns" hung on the subject
        # (the first verb may be tagged a plural noun too, but as the root with a subject it is a verb)
        finite = first.tag_ in ("VBZ", "VBP") or (first.dep_ == "ROOT" and first.tag_ == "NNS"
                                                   and any(c.dep_ == "nsubj" for c in children(first)))
        if obj.dep_ not in ("appos", "dobj", "conj") or not finite or first.i >= token.i:
            continue
        # (the parser may hang the subject on the verb as a compound: "volcano | erupts")
        subjects = [c for c in children(first) if c.dep_ in ("nsubj", "compound") and c.i < first.i
                    and c.pos in (NOUN, PROPN)]
        if subjects:
            return token, subjects[0], obj
    return None


def headline_lemma(word: str) -> str:
    """The base of a present tense in -s the tagger took for a plural noun ("buries" -> bury,
    "vetoes" -> veto, "seizes" -> seize)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def main_verb_after_relative(root: Token, end: int) -> tuple[Token, Token] | None:
    """"Inca Rail, which runs the train to the ruins, suspended services": after a relative clause
    set off by commas the parser may make the subject the root and the main verb a modifier of
    its object. (verb, object) when the word after the clause's closing comma is a past tense
    or participle (or an "-ed" word tagged an adjective) hung as a modifier on the noun right
    after it; else None."""
    relatives = [c for c in root.rights if c.dep_ == "relcl"]
    if not relatives:
        return None
    doc = root.doc
    for comma in range(relatives[-1].i + 1, end - 2):  # (``end``: the sentence's; Token.sent scans for it)  # (the parser may hang the rest on the clause)
        if doc[comma].text != ",":
            continue
        verb, obj = doc[comma + 1], doc[comma + 2]
        # (or tagged an adjective: "The bank, whose shares fell, closed | branches": a root noun has
        # no verb, so a past form there is its verb)
        past = verb.tag_ in ("VBN", "VBD") or (verb.tag_ == "JJ" and verb.lower_.endswith("ed")
                                                and participle_lemma(verb.text) is not None)
        if past and verb.dep_ == "amod" and verb.head.i == obj.i and obj.pos == NOUN:
            return verb, obj
        return None  # only the first comma after the clause closes it
    return None


def clauses(sentence: Span) -> Iterator[Clause]:
    """Every predicate of ``sentence`` with its arguments (see OPEN_ONLY_CONSTRUCTIONS
    for those that lack a participant target)."""
    found = headline_verb(sentence) if sentence.start == 0 else None
    if found is not None:
        # a headline verb the tagger took for a modifier: "central bank hikes | rates"
        verb, subject, obj = found
        memo(sentence.doc).setdefault(MODIFIER_VERBS_KEY, set()).add(verb.i)  # (node labels stop at it)
        memo(sentence.doc)[HEADLINE_ARGS_KEY] = (subject.i, obj.i)
        # ("buries": the noun lemmatiser gives "burie")
        action = headline_lemma(verb.lower_) if verb.lower_.endswith("ies") else verb.lemma_.lower()
        yield Clause(verb, action, verb.text, _conjuncts(subject), _conjuncts(obj), "active", _negated(verb))
    root = sentence.root
    if root.pos == NOUN and any(c.dep_ == "nsubj" for c in children(root)) \
            and any(c.dep_ == "dobj" for c in children(root)):
        # "Kenyan police arrest 40 protesters": a "noun" with a subject and an object is a verb
        yield from _verb_clauses(root)
    found = main_verb_after_relative(root, sentence.end) if root.pos in (NOUN, PROPN) else None
    if found is not None:
        # "Inca Rail, which runs the train, suspended | services": the main verb taken for a modifier
        verb, obj = found
        memo(sentence.doc).setdefault(MODIFIER_VERBS_KEY, set()).add(verb.i)
        yield Clause(verb, lemma(verb), verb.text, _conjuncts(root), _conjuncts(obj), "active", _negated(verb))
    for verb in _predicate_tokens(sentence):
        pos = verb.pos  # (read once: each read of Token.pos builds an enum member)
        if pos == ADJ and participle_as_adjective(verb):
            yield from _verb_clauses(verb)  # "Last year, hackers disabled booking systems"
            continue
        if pos not in (VERB, AUX) and verb.lemma_.lower() != "be":
            continue  # most tokens: skipped before the lemma repairs are looked up
        verb_lemma = lemma(verb)
        if verb_lemma == "be" and verb.dep_ not in ("aux", "auxpass"):
            yield from _copula_clauses(verb)
            continue
        if pos != VERB or verb_lemma in SKIPPED_LEMMAS:
            continue
        if verb.is_upper and len(verb.text) > 1:
            continue  # "helped ISIL secure": an acronym the tagger took for a verb
        yield from _verb_clauses(verb)
        if verb_lemma in TO_CLAUSE_VERBS:
            for noun in verb.rights:
                if noun.pos == NOUN and noun.dep_ in ("xcomp", "advcl") and _is_infinitive(noun) \
                        and any(c.dep_ == "dobj" for c in children(noun)):
                    yield from _verb_clauses(noun)  # "offered to host talks": an infinitive taken for a noun


def participle_as_adjective(token: Token) -> bool:
    """A past tense the tagger took for an adjective: it has a subject and a direct object
    of its own ("hackers disabled booking systems"), which no adjective has; or a subject of
    its own and the noun it was hung on right after it ("banks in the capital limited dollar
    withdrawals": a modifier with a subject is a verb, and that noun its object)."""
    if not (token.n_lefts and (token.n_rights or token.dep_ == "amod")
            and (token.lower_.endswith(("ed", "en", "wn", "un", "t")) or token.lower_ in IRREGULAR_PARTICIPLES)):
        return False  # most adjectives: no walk over their children
    if not any(c.dep_ == "nsubj" for c in token.lefts):
        return False
    hung_on_object = token.dep_ == "amod" and token.head.pos == NOUN and (
        token.head.i == token.i + 1
        or token.doc[token.i + 1].dep_ == "compound" and token.doc[token.i + 1].head.i == token.head.i)
    return (hung_on_object or any(c.dep_ == "dobj" for c in token.rights)) \
        and participle_lemma(token.text) is not None


def _copula_clauses(verb: Token) -> Iterator[Clause]:
    """"Kosti is a river port", "the count was transparent", "the town is in Iraq"."""
    subject, _how = _grammatical_subject(verb)
    if not subject:
        return
    negated = _negated(verb)
    for complement in children(verb):
        if complement.dep_ in COPULA_COMPLEMENT_DEPS:
            yield Clause(verb, "be", verb.text, subject, _conjuncts(complement), "copula", negated)
            return
    for words, pobj in _prepositions(verb):
        action, action_text = _action(verb, words)
        yield Clause(verb, action, action_text, subject, _conjuncts(pobj), "copula", negated)
        return


def _verb_clauses(verb: Token) -> Iterator[Clause]:
    if passive_participle_clause(verb) and not _children(verb, {"agent"}):
        # "Asked about the deal, the minister declined": the subject is who was asked, not who
        # asked; the surface tuple stays for open extraction only
        for clause in _active_verb_clauses(verb):
            if clause.construction == "participial":
                clause.construction = "fronted_passive"
            yield clause
        return
    yield from _active_verb_clauses(verb)


def _active_verb_clauses(verb: Token) -> Iterator[Clause]:
    subject, how = _grammatical_subject(verb)
    negated = _negated(verb)
    own_lemma = lemma(verb)  # (looked up once: most verbs meet every check below)
    gerund = gerund_object(verb) if subject and own_lemma in GERUND_COMPLEMENT_VERBS else None
    if gerund is not None:
        # "the Houthis denied mistreating prisoners": the denied (or begun ...) act is the relation
        word, obj, verb_lemma = gerund
        yield Clause(verb, verb_lemma, word.text, subject, [obj], "control",
                     negated != (own_lemma in NEGATING_GERUND_VERBS))
        return
    if own_lemma == "have":
        perfect = perfect_participle(verb)
        if perfect is not None and subject:
            # "it had frozen accounts": the perfect of "freeze", not a possession
            participle, obj, verb_lemma = perfect
            construction = "active" if how == "explicit" else how
            yield Clause(verb, verb_lemma, f"{verb.text} {participle.text}", subject, [obj], construction, negated)
            return
    if is_passive(verb):
        # passive turned to the active sense: the agent acts on the subject
        actors = _agents(verb)
        if actors and subject and lemma(verb) in FEELING_VERBS \
                and not (_participant(actors[0]) and not _participant(subject[0])):
            # "the federation was devastated by the news": a state and its cause, for open extraction
            # (not "the ceremony was disturbed by protesters": people acting on a thing)
            yield Clause(verb, f"{lemma(verb)} by", f"{verb.text} by", subject, actors, "copula", negated)
            return
        if not actors and subject:
            # "two soldiers were killed": no actor to draw, but a tuple for open extraction
            action, action_text = _action(verb, [])
            yield Clause(verb, action, action_text, subject, [], "agentless_passive", negated)
            return
        if not actors or not subject:
            return
        construction = "reduced_passive" if verb.dep_ == "acl" else "passive"
        action, action_text = _action(verb, [])  # "was carried out by" -> carry out
        yield Clause(verb, action, action_text, actors, subject, construction, negated)
        return
    if not subject:
        return
    idiom_nouns = INTRANSITIVE_IDIOMS.get(own_lemma)
    idiom = idiom_nouns and next((d for d in _children(verb, OBJECT_DEPS) if d.lower_ in idiom_nouns and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children(d))), None)
    if idiom:
        # "a truce took effect": an intransitive idiom, kept for open extraction only
        action, action_text = _action(verb, [])
        yield Clause(verb, action, action_text, subject, [idiom], "intransitive", negated)
        return
    construction = {
        "explicit": "active",
        "relative": "relative",
        "participial": "participial",
        "fronted_passive": "participial",
        "control": "control",
        "conjunction": "conjunction",
        "object_control": "object_control",
        "purpose": "purpose",
    }[how]
    if own_lemma in NAMING_VERBS and _children(verb, OBJECT_DEPS) and any(
            c.dep_ == "oprd" and c.pos in (NOUN, PROPN, ADJ)
            and "," not in c.doc[_children(verb, OBJECT_DEPS)[0].right_edge.i + 1 : c.left_edge.i].text
            for c in children(verb)):
        # "called the recount an attack on democracy": naming or describing with a predicate, a
        # judgement of the object like a copula, no act on it (open extraction only)
        action, action_text = _action(verb, [])
        yield Clause(verb, action, action_text, _children(verb, OBJECT_DEPS)[:1],
                     _conjuncts(_children(verb, {"oprd"})[0]), "copula", negated)
        return
    if own_lemma in NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in children(verb)):
        # "a militia calling itself the Freedom Front": a name the subject gives itself, no act on anyone
        names = _children(verb, {"oprd", "xcomp", "attr", "appos"})
        action, action_text = _action(verb, [])
        yield Clause(verb, action, action_text, subject, _conjuncts(names[0]) if names else [], "copula", negated)
        return
    targets, prep = _objects(verb)
    if targets and prep and how == "explicit" and _contact_relative(verb):
        # contact relative with a phrase after its verb: "the largest penalty it has imposed
        # under EU rules" -> impose — penalty; the modified noun fills the object gap, as in
        # "the fees it had avoided", and the phrase is a circumstance
        targets, prep, construction = [verb.head], [], "relative"
    if len(targets) > 1 and not prep:
        for target in targets:
            participle = coordinated_participle(target)
            if participle is not None:
                # "burned tyres and blocked roads": a verb of its own with its object, same subject
                targets = [t for t in targets if t.i != target.i]
                yield Clause(verb, participle_lemma(participle.text), participle.text, subject, [target],
                             "conjunction", negated)
    if lemma(verb) in REPORTING_LEMMAS and not (lemma(verb) == "add" and targets and not prep
                                                and not _children(verb, {"ccomp", "parataxis"})):
        # "van Wyk told reporters", "IRNA quoted Khamenei as saying": the frame of a report,
        # which the graph keeps as the attribution of what was reported, not as an action
        # (not "add" with an object and nothing reported: "the airline added extra flights" is an act)
        action, action_text = _action(verb, [])
        if targets and not prep:
            yield Clause(verb, action, action_text, subject, targets, "report", negated)
        clausal = _children(verb, {"ccomp"})
        if clausal:
            yield Clause(verb, action, action_text, subject, clausal[:1], "clausal", negated)
        return
    if not targets and not _children(verb, {"xcomp", "ccomp", "prep"} | COPULA_COMPLEMENT_DEPS):
        # "would not pick or choose those leaders": the object is shared (not by a linking
        # verb with its complement: "have become a business ... and control areas")
        for conjunct in verb.conjuncts:
            if conjunct.i > verb.i and conjunct.pos == VERB and not is_passive(conjunct) \
                    and not _children(conjunct, SUBJECT_DEPS):  # not "..., and Kenya Airways cancelled flights"
                targets, prep = _objects(conjunct)
                if targets:
                    break
    if targets and not prep:
        for second, words in _second_objects(verb):
            action, action_text = _action(verb, words)
            # "accused the government of using the police against its rivals": the second
            # object of an alleged or asked act is alleged or asked too
            yield Clause(verb, action, action_text, subject, _conjuncts(second),
                         construction if how in UNREALISED_HOWS else "second_object", negated)
    if not targets and not _children(verb, {"xcomp", "ccomp"}):
        found = _prepositional_object(verb, circumstantial=True)
        if found is not None and not (verb.dep_ == "relcl" and how == "explicit"):
            # "Shares rose after the verdict": a circumstance, kept for open extraction only
            action, action_text = _action(verb, found[1])
            yield Clause(verb, action, action_text, subject, _conjuncts(found[0]), "circumstantial", negated)
            return
    if not targets and not prep and not _children(verb, {"xcomp", "ccomp"}) \
            and (noun := _shared_relative_gap(verb)) is not None:
        # "the drugs, which the gang smuggled and the dealers sold": the second conjunct of an
        # object relative has the same gap, filled by the modified noun
        targets, construction = [noun], "relative"
    if not targets and verb.dep_ == "relcl" and how == "explicit" and not _children(verb, {"xcomp", "ccomp"}) \
            and not any(c.tag_ == "WRB" for c in children(verb)) \
            and not any(c.tag_ == "WP$" for s in subject for c in children(s)):
        # "the town the rebels seized": the modified noun is the object (but not in "the wars
        # of the 1990s, when Croatia broke away": a when/where clause has no gap to fill; nor
        # in "Hoshino, whose shares fell 9%": the noun is the owner of the subject)
        targets, construction = [verb.head], "relative"
    if not targets and how == "explicit" and verb.dep_ == "ccomp" and not _children(verb, {"xcomp", "ccomp", "prep"}):
        moved = _moved_object_relative(verb)
        if moved is not None:
            # "left gaps in the ocean that pirates have exploited": an object relative moved past a
            # phrase, which the parser hung on the verb as a "that" clause; the object is its head
            targets, construction = [moved], "relative"
    if targets:
        if prep and construction == "active":
            construction = "prepositional"
        action, action_text = _action(verb, prep)
        yield Clause(verb, action, action_text, subject, targets, construction, negated)
        return
    # control: "offered to send 300 advisers" -> offer advisers
    clausal = _children(verb, {"ccomp"})
    if clausal and not _children(verb, {"xcomp"}):
        # "Officials said the talks had failed": the report is a clause, not a participant
        action, action_text = _action(verb, [])
        yield Clause(verb, action, action_text, subject, clausal[:1], "clausal", negated)
        return
    complements = [c for c in children(verb) if c.dep_ in ("xcomp", "advcl") and control_complement(c)]
    if not complements:
        action, action_text = _action(verb, [])
        yield Clause(verb, action, action_text, subject, [], "intransitive", negated)
        return
    if lemma(verb) not in MATRIX_CONTROL_VERBS:
        return  # the embedded verb carries the relation itself
    # "promised to build hospitals and to cut salaries": each conjoined infinitive's object too
    complements += [c for complement in complements for c in complement.conjuncts
                    if c.i > complement.i and c.pos == VERB and not _children(c, SUBJECT_DEPS)]
    for complement in complements:
        embedded_targets, _ = _objects(complement)
        if embedded_targets:
            action, action_text = _action(verb, [])
            yield Clause(verb, action, action_text, subject, embedded_targets, "control", negated)

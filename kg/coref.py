"""Who "he", "it" and "they" are: rule-based pronoun resolution as a spaCy component.

No coreference model can be installed with kg, so it resolves pronouns itself,
in the spirit of Lappin & Leass / Hobbs-style salience ranking:

1. candidates are the noun-phrase heads before the pronoun in its sentence and
   in the previous ``WINDOW`` sentences, and the antecedents of pronouns
   already resolved there;
2. a candidate must agree with the pronoun in number and in person/non-person
   (PERSON entities and person nouns for he/she; organisations, groups and
   plurals for they; things, places and organisations for it);
3. a candidate must not be a co-argument of the pronoun's own verb
   ("ISIL attacked them": *them* is not ISIL);
4. survivors are scored by salience (subjects first, then logical subjects of
   passives, entities, recency) and the best one is taken only when it beats
   the runner-up by ``MARGIN``: an unresolved pronoun is better than a wrong actor.

Definite descriptions ("the group", "the militants", "the company", "the mine")
are resolved too (:func:`is_nominal_anaphor`, ``_resolve_nominal``), helped by
what the whole article says about each name (:func:`name_facts`: "platinum
producer Karoo Metals" is a company whatever NER says). See
docs/decisions/0004-coreference.md for the rules and the figures.

The result is ``doc._.kg_coref``: a dict from a pronoun's (or description's)
token index to the token indices of its antecedent's heads (more than one for a
coordination, "Tehran and Washington ... their ally").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile
from importlib import resources

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, ORTH
from spacy.language import Language
from spacy.parts_of_speech import ADJ, ADP, AUX, NOUN, NUM, PRON, PROPN, PUNCT, VERB
from spacy.tokens import Doc, Token

from kg.acronyms import acronym_definitions
from kg.demonyms import COUNTRY_OF_DEMONYM
from kg.memo import children, doc_tokens, entities, head_indices, memo, parts_of_speech, per_token

__all__ = [
    "DOC_TEXT_KEY",
    "doc_text",
    "NOMINAL_ANAPHORS",
    "PRONOUNS",
    "REPORTING_VERBS",
    "NameFacts",
    "cut_surname",
    "dateline_city",
    "governing_verb",
    "is_nominal_anaphor",
    "name_facts",
    "resolve_pronouns",
]

if not Doc.has_extension("kg_coref"):
    Doc.set_extension("kg_coref", default=None)

#: Whose client a "client" is ("His lawyer, Pieter van Wyk, said his client would appeal").
LAWYER_NOUNS = frozenset("lawyer attorney counsel solicitor advocate".split())

#: Pronoun -> (number, what it can refer to). "sg"/"pl"; "person", "thing", "group".
PRONOUNS: dict[str, tuple[str, frozenset[str]]] = {
    **{p: ("sg", frozenset({"person"})) for p in ("he", "him", "his", "himself", "she", "her", "hers", "herself")},
    **{p: ("sg", frozenset({"thing", "group", "place"})) for p in ("it", "its", "itself")},
    # places only as a plural coordination: "Paris and Berlin recalled their ambassadors"
    **{p: ("pl", frozenset({"person", "thing", "group", "place"})) for p in ("they", "them", "their", "theirs", "themselves")},
}

#: The gender a pronoun reveals about its antecedent ("Halasz sacked his minister").
PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}

#: Descriptions that only a country takes ("Saudi Arabia ... the kingdom").
COUNTRY_DESCRIPTIONS = frozenset("kingdom emirate sultanate".split())

#: Definite descriptions that refer back to an entity ("the group", "the official"), by
#: head lemma, with the kind of antecedent they take.
NOMINAL_ANAPHORS: dict[str, str] = {
    **dict.fromkeys(
        """group faction militia organisation organization movement network outfit company firm carrier
        airline agency council commission automaker carmaker drugmaker chipmaker manufacturer insurer lender
        retailer conglomerate refiner utility brewer shipper broadcaster publisher planemaker steelmaker
        miner producer
        committee ministry department federation union party bank fund opposition bloc gang""".split(), "group"),
    **dict.fromkeys(
        """official spokesman spokeswoman minister president leader envoy commander premier
        chancellor king prosecutor judge
        governor mayor ambassador chairman chairwoman senator
        old""".split(), "person"),  # ("old": the age used as a noun, "the 29-year-old")
    # not "the country" or "the region": news uses them for the story's main country,
    # which is rarely the last place mentioned
    **dict.fromkeys("city town capital province village".split(), "place"),
    # "Saudi Arabia ... The kingdom": a title only a country takes
    **dict.fromkeys(COUNTRY_DESCRIPTIONS, "place"),
    # "the country", "the nation": the story's own country (see _main_country)
    "country": "place", "nation": "place",
    "operator": "group",  # "an attack on DP World Australia forced the operator to close"
    "junta": "group",  # "Niger's military government ... The junta": its military rulers (MILITARY_RULER_DESCRIPTIONS)
    # "Medecins Sans Frontieres said ... The charity accused": neither a public body nor a
    # company (CHARITY_DESCRIPTIONS)
    "charity": "group",
    # "Britain's Competition and Markets Authority ... the regulator", "the watchdog": a public
    # body that oversees a trade (see REGULATOR_DESCRIPTIONS)
    **dict.fromkeys("regulator watchdog".split(), "group"),
    # "the MV Sea Falcon ... the ship": a craft the article named (see SHIP_WORDS)
    **dict.fromkeys("ship vessel tanker freighter".split(), "thing"),
    # "Turkish champions Galatasaray sacked their coach ... The club said": a club the article
    # introduced as one (see CLUB_WORDS)
    **dict.fromkeys("club side team".split(), "group"),
}

#: Members that stand for their armed group in the plural ("Fighters of the RSF ... the
#: attackers", "the militants"), by lemma; in the singular they are one person ("the gunman").
MEMBER_NOUNS = frozenset(
    """militant insurgent jihadist rebel extremist attacker assailant fighter gunman
    kidnapper abductor captor hijacker pirate bandit""".split()  # agents of kidnapping and piracy act as a band too
)
NOMINAL_ANAPHORS.update(dict.fromkeys(MEMBER_NOUNS, "group"))

#: Person descriptions that name an office: only someone the article gave the title takes them up.
OFFICE_TITLES = frozenset(
    "minister president premier chancellor king prosecutor judge governor mayor ambassador senator".split())

#: Departments of a government: only a name headed by the noun ("the Ministry of Health") is one.
GOVERNMENT_BODIES = frozenset("ministry department".split())

#: Nouns and titles that tell a person's gender ("the spokeswoman", "Mrs Banda").
GENDERED_WORDS = {
    **dict.fromkeys(
        """spokeswoman chairwoman businesswoman congresswoman actress queen princess mother daughter
        wife sister woman girl mrs ms miss madam lady""".split(), "f"),
    **dict.fromkeys(
        """spokesman chairman businessman congressman actor king prince father son husband brother man
        boy mr sir lord""".split(), "m"),
}

#: How many sentences back a pronoun may look.
WINDOW = 2
#: How many sentences back a description looks for the same noun ("a copper mine ... the mine").
SAME_NOUN_WINDOW = 5
#: The best candidate must beat the runner-up by this much to be taken.
MARGIN = 1.5

#: A description takes an antecedent scoring at least this much (two sentences back, an
#: object or agent of a name scores -2 or less).
MIN_DESCRIPTION_SCORE = -1.0

#: Salience weights (see the module docstring).
SUBJECT_WEIGHT = 3.0
AGENT_WEIGHT = 2.0  # "shocked by the offensive": the logical subject of a passive
OBJECT_WEIGHT = 1.0
ENTITY_WEIGHT = 1.0
LAST_SUBJECT_WEIGHT = 1.0  # the most recent subject before the pronoun
SENTENCE_DISTANCE_WEIGHT = -2.0
#: Prepositions that say where a reporter is from ("Observers from the African Union").
AFFILIATION_PREPOSITIONS = frozenset("from at of with".split())
GENERIC_SOURCE_WEIGHT = -3.0  # "..., witnesses said": sources are rarely what "they" did things
SOURCE_FOR_REPORTER_WEIGHT = 4.0  # "..., they said": a reporting pronoun refers to a source
CLAUSE_SUBJECT_WEIGHT = 2.0  # a possessive in a verb's object belongs to its subject
OWN_WEIGHT = 2.0  # "its own": the subject of its clause, as for a reflexive
POSSESSOR_WEIGHT = 4.0  # the possessor of a noun is the understood subject of its complement
PARALLEL_WEIGHT = 2.0  # the object of the first of two conjoined verbs, for the object of the second
EMBEDDED_WEIGHT = -1.0  # an argument of a clause modifying a noun (Lappin & Leass's embedding)
SPEAKER_WEIGHT = 3.0  # "X said it would ...": the speaker talks about itself
JUDGED_WEIGHT = 6.0  # "thanked X for its help": what is thanked or blamed owns the reason
PARALLEL_OWNER_WEIGHT = 4.0  # "fined X and suspended its licence": the first verb's object owns it
OWN_RELATIVE_WEIGHT = 3.0  # "X expelled a diplomat it accused of spying": X says what it did
ACCUSED_WEIGHT = 4.0  # "The prosecutor accused Mokoena of ... He denied the charges": the accused denies
COUNTED_WHOLE_WEIGHT = 3.0  # "seized 30 pupils ... freed 12 of them": a counted part of a counted set
#: "The army deployed two helicopters, but bad weather grounded them": "them" stands for a plural
#: far more often than for a body said in the singular ("the army", "Nordhavn"), which news takes
#: up as "it"; a collective stays "them" only with no plural in reach.
COLLECTIVE_OBJECT_WEIGHT = -3.0
CONTINUED_SUBJECT_WEIGHT = 1.0  # "The judge rejected that argument. She said": a sentence goes on with the last one's subject
# "The company said the line would stay closed. It has arranged buses": after a frame of attribution
# the story goes on with the named body that spoke, or, when a generic source spoke ("..., the
# sources said"), with the subject of what it reported (see _continued_subject)
CONTINUED_REPORT_WEIGHT = 2.5
PARALLEL_REPORTED_WEIGHT = 4.0  # "said X had ... and that he ...": the second report goes on with the first one's subject
PATIENT_WEIGHT = 2.0  # "the officer was shot dead as he tried": a passive's subject acts in its adverbial clause

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "appos", "oprd"})
ARGUMENT_DEPS = SUBJECT_DEPS | OBJECT_DEPS | {"conj", "poss", "ROOT"}

#: Verbs that report speech: their subjects are sources, not actors.
REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "add", "state", "announce", "claim", "confirm", "deny", "quote",
     "write", "insist", "explain", "warn", "note", "believe", "accord", "allege", "testify", "tweet",
     "declare", "disclose"}
)

#: NER labels and what a pronoun may take them for.
ENTITY_KINDS = {
    "PERSON": ("sg", "person"),
    "ORG": ("group", "group"),
    "NORP": ("group", "group"),
    "GPE": ("sg", "place"),
    "LOC": ("sg", "place"),
    "FAC": ("sg", "thing"),
    "EVENT": ("sg", "thing"),
    "PRODUCT": ("sg", "thing"),
    "WORK_OF_ART": ("sg", "thing"),
    "LAW": ("sg", "thing"),
}

#: Singular common nouns that denote a person (he/she, not it).
PERSON_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson leader president minister man woman soldier
    commander general officer chief director witness resident journalist reporter lawyer judge
    prosecutor governor mayor secretary ambassador envoy diplomat king queen prince princess
    ayatollah cleric imam chairman chairwoman executive founder analyst expert activist boy girl
    father mother son daughter wife husband victim suspect candidate senator lawmaker premier
    chancellor emperor pope bishop priest doctor nurse teacher student worker farmer driver pilot
    fighter militant gunman bomber attacker rebel insurgent player coach manager ceo owner
    family relative villager protester demonstrator refugee migrant civilian people person child parent
    citizen voter supporter rescuer survivor passenger prisoner hostage fan athlete runner observer
    engineer employee tourist sailor seaman contractor miner trader businessman
    editor columnist photographer writer author professor economist scientist researcher surgeon
    firefighter detective banker entrepreneur
    captain colonel sergeant lieutenant commissioner inspector defendant plaintiff inmate detainee
    fugitive smuggler trafficker kidnapper hijacker robber thief looter rioter
    singer actor actress artist monk nun rabbi businesswoman tycoon billionaire magnate heir
    dissident blogger whistleblower teenager toddler baby infant pensioner veteran warden paramedic
    medic lecturer headmaster magistrate juror convict brother sister uncle aunt grandmother
    grandfather nephew niece cousin widow orphan patient climber hiker cyclist pedestrian commuter
    shopkeeper vendor labourer laborer fisherman herder shepherd pastor preacher spy chef clerk
    accountant consultant adviser advisor aide negotiator mediator delegate monarch sultan emir
    sheikh dictator warlord elder guard pupil schoolgirl schoolboy teen adult minor youngster""".split()
)

#: Common nouns for organised groups: "it" or "they".
GROUP_NOUNS = frozenset(
    """government army group faction militia police administration ministry company force party
    council committee coalition alliance movement organisation organization agency team club
    parliament court military regime junta network cabinet board union authority authorities
    opposition navy troops jury tribunal""".split()
)

#: Common nouns for bodies that wire copy takes up as "it" (never "he"), and that say, urge and
#: decide as people do: "The commission said ... It put turnout at 61 percent", "The department
#: warned ... It urged residents to leave". As things they could not be what "it urged" stands for.
BODY_NOUNS = frozenset(
    """bank bureau commission corporation department institute firm lender insurer airline regulator
    watchdog charity automaker carmaker drugmaker chipmaker manufacturer retailer conglomerate refiner
    broadcaster planemaker steelmaker mission""".split()
)

#: Verbs of knowing, wanting and saying: their subject is a person, a body or a country, not a thing.
MINDFUL_VERBS = REPORTING_VERBS | frozenset(
    """know believe think want decide agree refuse promise vow urge hope fear
    accuse blame condemn criticise criticize welcome praise argue""".split()
    # not threaten, demand, plan: "A wildfire ... It threatened hundreds of homes"
)

#: Verbs whose object is ground or a thing, never a group: "a week after the group seized it"
#: is the town, not the ministry that reported it.
TERRITORY_VERBS = frozenset(
    "seize capture retake recapture overrun storm besiege occupy encircle surround liberate".split()
)

#: Offices and forces that only a country or an organisation has ("its minister", "its army").
OFFICE_NOUNS = frozenset(
    """minister president leader spokesman spokeswoman spokesperson government army troops forces soldiers
    military ambassador envoy officials parliament chief commander navy police""".split()
)

#: What only a company or an organisation has: "Its shares fell 3 percent" is no country's
#: ("..., which has been trying to expand in eastern Europe. Its shares fell").
OWNED_BY_COMPANIES = frozenset("share stock shareholder investor profit revenue earning earnings subsidiary".split())
#: What only an organisation, a company or a country has ("Its shares fell 4%"): "its" is then no thing.
OWNED_BY_BODIES = OFFICE_NOUNS | OWNED_BY_COMPANIES | frozenset(
    """employee staff workforce headquarters executive
    waters territory airspace soil coastline""".split()  # "had entered its waters": a country's
)

#: What only people (or their bodies and countries) have: "their homes", "their families".
PEOPLES_POSSESSIONS = frozenset(
    "home homes house houses family families child children livelihood livelihoods life lives belongings relative relatives".split()
    # "Rescuers using excavators and their bare hands": excavators have no hands
    + "hand hands".split()
    # "floods had washed away their roads", "locusts destroyed their crops": the people's
    + "road roads crop crops field fields farm farms livestock cattle land shop shops village villages".split())
#: What has become of people, which a description of them says without naming others ("the
#: striking workers", "the trapped miners", "the kidnapped engineers").
PEOPLES_STATES = frozenset(
    """striking missing trapped kidnapped abducted detained arrested jailed injured wounded stranded freed
    released rescued remaining surviving""".split())
#: Who speaks or bargains for someone, which no thing has: "Workers walked off the job after talks
#: collapsed, their union said" (the workers', not the talks').
SPOKESPEOPLE_OWNED = frozenset(
    "union unions lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson".split())

#: Nouns that are never antecedents (time expressions and the like).
NON_REFERENTIAL = frozenset(
    """time day days week weeks month months year years morning evening night today yesterday
    tomorrow hour hours minute minutes moment period lot way kind sort part none""".split()
)


@dataclass(frozen=True, slots=True)
class Candidate:
    heads: tuple[int, ...]  # token indices of the antecedent's heads (non-pronouns)
    position: int  # token index of the mention in the text
    sentence: int
    number: str  # "sg", "pl" or "group" (either)
    kind: str  # "person", "thing", "group", "place"
    role: str  # "subject", "agent", "object", "other"
    entity: bool
    reporting_subject: bool
    source: bool  # subject of a reporting verb or object of "according to"
    verb: int  # token index of the governing verb, -1 if none


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (the clause it belongs to), or None."""
    doc = token.doc
    head_of, tags = head_indices(doc), parts_of_speech(doc)  # (walked as indices: no Token per step)
    node = token.i
    while head_of[node] != node:
        node = head_of[node]
        if tags[node] in (VERB, AUX):
            return doc_tokens(doc)[node]
    return None


def _governing_verb(token: Token) -> int:
    """Index of the verb governing ``token``, or -1: what candidates record."""
    verb = governing_verb(token)
    return -1 if verb is None else verb.i


#: Words that take a part of what their "of" names: "holds some of the world's reserves".
PART_WORDS = frozenset("some most all many much part parts half majority bulk rest".split())


def _part_taken(token: Token) -> Token:
    """The quantifier of a partitive whose "of" object ``token`` is ("some of the reserves" ->
    "some"), else the token itself: the phrase's role in its clause is the quantifier's."""
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PART_WORDS and of.head.i < token.i:
        return of.head
    return token


def _role(token: Token) -> str:
    token = _part_taken(token)  # "holds some of the world's reserves": the reserves are the object
    dep = token.dep_
    if dep == "conj":
        # "Tehran and Washington": a conjunct takes the role of the first conjunct
        first = token
        while first.dep_ == "conj":
            first = first.head
        dep = first.dep_
        token = first
    if dep in SUBJECT_DEPS:
        return "subject"
    if dep == "pobj" and token.head.dep_ == "agent":
        return "agent"
    if dep in OBJECT_DEPS:
        return "object"
    return "other"


def _is_source(token: Token) -> tuple[bool, bool]:
    """(subject of a reporting verb, is a source: reporter or "according to" object)."""
    first = token
    while first.dep_ in ("conj", "appos"):  # "the state news agency SUNA reported": SUNA reports
        first = first.head
    head = first.head
    # "The deal was announced by ...": the subject of a passive is what is reported, not a source
    reporting = first.dep_ == "nsubj" and head.lemma_ in REPORTING_VERBS
    according = first.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
    return reporting, reporting or according


def _describe(token: Token) -> tuple[str, str] | None:
    """(number, kind) of a noun-phrase head, or None if it cannot be an antecedent.

    It reads only the token and what the whole article says of names, so it is worked
    out once per token (kept in the Doc's memo, :mod:`kg.memo`): the sentence passes ask again and again.
    """
    return per_token(token, "kg_coref_described", _describe_anew)


def _a_national(token: Token) -> bool:
    """"a 52-year-old Kenyan", "an American": one person of a nationality (NER may call the
    demonym NORP or GPE), never the people or the country."""
    return (token.ent_type_ == "NORP" or token.text in COUNTRY_OF_DEMONYM) \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(token))


def _describe_anew(token: Token) -> tuple[str, str] | None:
    if _age_description(token):
        return ("sg", "person")  # "The 58-year-old", even where the parser left it an adjective
    if _a_national(token):
        return ("sg", "person")  # "The captain, a 52-year-old Kenyan,": one person, not a people
    # a capitalised noun the tagger took for a common one can be a name the article gave
    # ("Tavares won a disputed election", tagged NNS)
    # "Kidnappings of foreigners have become ...": a one-word PERSON the tagger calls a plural
    # common noun is that noun (people's names are not plural nouns)
    misnamed = token.ent_type_ == "PERSON" and token.tag_ == "NNS" and token.pos == NOUN and token.ent_iob_ == "B" \
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    if not misnamed and (token.ent_type_ in ENTITY_KINDS or token.pos == PROPN
                         or token.is_title and token.lower_ in name_facts(token.doc)):
        named = _name_kind(token) or ENTITY_KINDS.get(token.ent_type_)
        if named == ("group", "group") and token.lower_ in SINGULAR_BODY_WORDS:
            return ("sg", "group")  # "Straits Commerce Bank ... it": a bank, a ministry is "it", not "they"
        if named is not None:
            return named
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
        return None
    if token.pos not in (NOUN, PROPN) or token.lemma_.lower() in NON_REFERENTIAL:
        return None
    lemma = token.lemma_.lower()
    plural = token.tag_ in ("NNS", "NNPS")
    if (opening := _opening_plural(token)) is not None:
        plural, lemma = True, opening  # "Insurers estimated ... could cost them", "Gunmen ... they"
    if lemma in GROUP_NOUNS or lemma in BAND_NOUNS:
        # (a band acts as its members: "the gang had watched the store for weeks before they struck")
        return ("pl" if plural else "group", "group")
    if lemma in BODY_NOUNS:
        return ("pl" if plural else "sg", "group")  # a body that speaks and acts, taken up as "it"
    if lemma in PERSON_NOUNS or lemma == "head" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(token)):
        return ("pl" if plural else "sg", "person")  # (and "the head of the roads agency")
    if plural and lemma == token.lower_ and not lemma.endswith("s"):
        return ("group", "thing")  # "The kyat fell ..., its steepest fall": a plural tag on an unchanged noun
    return ("pl" if plural else "sg", "thing")


#: (number, kind) of a name of each kind the article settles.
NAME_KINDS = {"person": ("sg", "person"), "group": ("group", "group"), "place": ("sg", "place"),
              "thing": ("sg", "thing")}


def _name_kind(token: Token) -> tuple[str, str] | None:
    """(number, kind) of a name when the article settles its kind (see :func:`name_facts`)."""
    ent = _entity_at(token.doc, token.i)
    facts = name_facts(token.doc)
    fact = facts.get(_name_key(ent)) if ent is not None else facts.get(_untyped_name_key(token), facts.get(token.lower_))
    if fact is None or fact.kind is None:
        return None
    return NAME_KINDS[fact.kind]


def _untyped_name_key(token: Token) -> str:
    """The folded name an untyped proper noun ends, with the proper nouns compounded on it:
    "DETROIT, June 12 (Reuters) - Vantor Motors said it would cut ...": NER, thrown by the
    dateline, left "Vantor Motors" untyped here, but the article names it elsewhere (the
    headline), and what it says of "vantor motors" holds for this mention too. A lone word is
    itself ("Tavares")."""
    if token.pos != PROPN:
        return token.lower_
    return token.doc[_untyped_name_start(token) : token.i + 1].text.lower()


def _untyped_name_start(token: Token) -> int:
    """Where the untyped proper nouns compounded on ``token`` begin ("Vantor Motors" -> "Vantor")."""
    start = token.i
    doc = token.doc
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i \
            and doc[start - 1].pos == PROPN and doc[start - 1].ent_iob_ == "O":
        start -= 1
    return start


#: Parts of speech of the tokens the sentence passes look at: mentions are nouns, names or pronouns.
MENTION_POS = frozenset({NOUN, PROPN, PRON})
PRONOUNS_ONLY = frozenset({PRON})
VERBS_ONLY = frozenset({VERB})
#: Of those, what the pronoun and description passes of resolve_pronouns read.
NOUN_OR_PRONOUN = frozenset({NOUN, PRON})
#: Where descriptions and pronouns are looked for: nouns, pronouns and ages ("The 58-year-old",
#: which the parser can leave an adjective)
DESCRIPTION_POS = NOUN_OR_PRONOUN | {ADJ}


def _mention_tokens(sent, pos: frozenset[int] = MENTION_POS) -> list[Token]:
    """The tokens of ``sent`` with a part of speech in ``pos``, in order. The parts of speech are
    read once per Doc as integers, so the other tokens never become Token objects (most of the
    cost of a pass over a sentence)."""
    doc = sent.doc
    tags, words = parts_of_speech(doc), doc_tokens(doc)
    return [words[i] for i in range(sent.start, sent.end) if tags[i] in pos]


def _proper_nouns(doc: Doc) -> list[Token]:
    """The proper nouns of ``doc``, in order: the passes of :func:`name_facts` over untyped
    names look at nothing else, and picking them from the array of parts of speech spares
    making a Token of every word three times over."""
    words = doc_tokens(doc)
    return [words[i] for i, tag in enumerate(parts_of_speech(doc)) if tag == PROPN]


def resolved_here(sent, resolved: dict[int, tuple[int, ...]]) -> set[int]:
    start, end = sent.start, sent.end
    return {i for i in resolved if start <= i < end}


def _candidates_in(sent, sentence: int, resolved: dict[int, tuple[int, ...]],
                   only: set[int] | None = None) -> list[Candidate]:
    """Antecedent candidates of a sentence; with ``only``, just those tokens (resolved ones)."""
    found: list[Candidate] = []
    tokens = _mention_tokens(sent) if only is None else [sent.doc[i] for i in sorted(only)]
    dateline_start, dateline_end = _dateline_span(sent.doc)
    in_dateline = sent.start_char < dateline_end  # only the first sentences need the check
    tags = parts_of_speech(sent.doc)  # (each token's part of speech is read once, from here)
    for token in tokens:
        if in_dateline and dateline_start <= token.idx < dateline_end:
            continue  # "KOLWEZI, Democratic Republic of Congo - Workers ...": the dateline names no referent
        dep = token.dep_
        if dep not in ARGUMENT_DEPS or dep == "conj":
            continue  # conjuncts are folded into the first conjunct below
        pos = tags[token.i]
        if pos == NUM and token.i in resolved:
            # "Police arrested two men ... The two will appear in court. Their lawyers ...": a
            # number resolved to a counted set stands for it, as a resolved description does
            heads = resolved[token.i]
            number, kind = _antecedent_description(sent.doc, heads) or ("pl", "person")
            found.append(Candidate(heads, token.i, sentence, "pl" if number == "sg" else number, kind, _role(token),
                                   _names_something(sent.doc, heads), False, False, _governing_verb(token)))
            continue
        if pos not in (NOUN, PROPN, PRON):
            continue
        if pos == NOUN and any(c.dep_ == "det" and c.lower_ == "no" for c in children(token)):
            continue  # "No group claimed responsibility": nothing for a pronoun to refer to
        if token.tag_ in ("WDT", "WP") and dep in SUBJECT_DEPS and token.head.dep_ == "relcl":
            # "Iran, which has said it would ...": the relative pronoun is a subject
            # standing for the noun its clause modifies
            noun = _apposed_name(token.head.head)
            description = _describe(noun)
            if description is not None:
                found.append(
                    Candidate((noun.i,), token.i, sentence, description[0], description[1], "subject",
                              bool(noun.ent_type_) or noun.pos == PROPN, False, False, _governing_verb(token))
                )
            continue
        if pos == PRON:
            heads = resolved.get(token.i)
            if not heads or token.lower_ not in PRONOUNS:
                continue
            reporting, source = _is_source(token)
            number, kinds = PRONOUNS[token.lower_]
            number, kind = _antecedent_description(sent.doc, heads) or (number, next(iter(sorted(kinds))))
            kind = _mindful_kind(token, number, kind)
            # a resolved pronoun stands for its antecedent, at its own position
            found.append(
                Candidate(heads, token.i, sentence, number, kind, _role(token),
                          _names_something(sent.doc, heads), reporting, source, _governing_verb(token))
            )
            continue
        named = _named_apposition(token)
        if named is None and _apposed_name(token).i != token.i:
            named = _apposed_name(token)  # "Banda, a former nurse": the nurse is Banda
        if named is None and token.lemma_.lower() in COUNT_NOUNS:
            named = _counted(token)  # "Thousands of protesters broke through": the protesters
        if named is None and dep == "dobj":
            named = _name_before_sum(token)  # "fined Meta 800 million euros": Meta was fined
        if named is not None:
            # "Rivera's sponsor, sportswear maker Velox, said": the candidate is the name
            description, heads_from = _describe(named), named
        else:
            description, heads_from = _apposition_kind(token) or _describe(token), token
        if description is None:
            continue
        reporting, source = _is_source(token)
        number, kind = description
        if token.i in resolved:
            # "The agency said ...": a resolved description stands for its antecedent,
            # with the antecedent's number and kind ("the militants" are the IFE: "the group")
            own = (number, kind)
            number, kind = _antecedent_description(sent.doc, resolved[token.i]) or (number, kind)
            if own == ("group", "group") and kind == "person":
                # "al Shabaab militants ... The group ... It controls": a group noun standing for
                # its members is still a group, "it" or "they"
                number, kind = own
            kind = _mindful_kind(token, number, kind)
            found.append(Candidate(resolved[token.i], token.i, sentence, number, kind, _role(token),
                                   _names_something(sent.doc, resolved[token.i]), False, source,
                                   _governing_verb(token)))
            continue
        heads = [_named_by(heads_from).i]
        for conjunct in token.conjuncts:
            if conjunct.i > token.i and _describe(conjunct) is not None:
                heads.append(conjunct.i)
        if len(heads) > 1:
            number = "pl"  # "Tehran and Washington ... their"
        kind = _mindful_kind(token, number, kind)
        entity = bool(heads_from.ent_type_) or heads_from.pos == PROPN
        found.append(
            Candidate(tuple(heads), token.i, sentence, number, kind, _role(token), entity,
                      reporting and _generic_source(token, kind, entity), source, _governing_verb(token))
        )
    return found


def _generic_source(token: Token, kind: str, entity: bool) -> bool:
    """Whether a reporting subject is a generic source ("..., witnesses said", "Officials said"):
    no name, no affiliation, no body speaking in its own name (GENERIC_SOURCE_WEIGHT)."""
    return not entity and _affiliation(token) is None and not _speaking_body(token, kind)


def _speaking_body(token: Token, kind: str) -> bool:
    """Whether a reporting subject is one body speaking in its own name ("The commission said",
    "The department warned"), which goes on acting in the next sentences ("It put turnout at 61
    percent"), unlike the generic sources of "..., witnesses said", "Officials said" (plural) or
    "a spokesman said" (a person)."""
    return kind == "group" and token.tag_ == "NN"


def _apposition_kind(name: Token) -> tuple[str, str] | None:
    """(number, kind) of a name NER calls a person, or leaves untyped, that an apposition says is a
    body: "Fairvote, a civil rights group based in Denver" is "it", not "he" nor a thing; None
    otherwise."""
    # (a name the tagger took for a plural noun too: "Roscosmos, the Russian space agency")
    named = name.pos == PROPN or name.ent_type_ == "PERSON" or name.is_title and name.i > _sentence_of(name).start
    if not named or name.ent_type_ not in ("PERSON", ""):
        return None
    for appos in children(name):
        if appos.dep_ == "appos" and appos.pos == NOUN and appos.tag_ == "NN" \
                and (appos.lemma_.lower() in GROUP_NOUNS | BODY_NOUNS or NOMINAL_ANAPHORS.get(appos.lemma_.lower()) == "group"):
            # (not a name with a gender: a person's, whatever the apposition; asked last, as the
            # dearer test)
            return ("group", "group") if person_gender(name) is None else None
    return None


def _mindful_kind(token: Token, number: str, kind: str) -> str:
    """The kind of a plural mention that says or wants something: "German publishers ...
    welcomed the ruling. They said" are no things, and neither are "Formula One's stewards ...
    The stewards said ..." when the first mention's noun alone would make them things (a
    resolved description or pronoun takes its antecedent's kind, then this)."""
    if kind == "thing" and number == "pl" and token.dep_ == "nsubj" and token.head.lemma_ in MINDFUL_VERBS:
        return "person"
    return kind


#: Group nouns that a name before them makes a name: "Yemen's Houthi movement", "the Wagner group".
NAMEABLE_GROUP_NOUNS = frozenset("movement group militia faction party organisation organization".split())


def _named_group_noun(token: Token) -> bool:
    """"Yemen's Houthi movement claimed responsibility ... The group said": a group noun with a
    name compounded before it is a mention of a named group, which a description takes up like
    a name (pronouns still rank it as a common noun)."""
    return token.pos == NOUN and token.lemma_.lower() in NAMEABLE_GROUP_NOUNS and any(
        c.dep_ == "compound" and (c.ent_type_ in ("NORP", "ORG") or c.pos == PROPN) for c in children(token))


def _named_by(token: Token) -> Token:
    """"Braima Sanha ... Sanha was arrested" (the second tagged a common noun, outside any
    entity): the name the word belongs to, so that its pronouns name the person; else the token."""
    if token.ent_type_ or token.pos != NOUN or not token.is_title or token.lower_ not in name_facts(token.doc):
        return token
    named = [root for start, root, _key in _name_index(token.doc).get(token.lower_, ()) if start < token.i]
    return token.doc[named[-1]] if named else token


def _names_something(doc: Doc, heads: tuple[int, ...]) -> bool:
    """Whether an antecedent is a name ("The mine" resolved to "a copper mine" is not)."""
    return any(doc[h].ent_type_ or doc[h].pos == PROPN for h in heads)


def _antecedent_description(doc: Doc, heads: tuple[int, ...]) -> tuple[str, str] | None:
    """(number, kind) of a one-head antecedent, for the mentions that stand for it."""
    return _describe(doc[heads[0]]) if len(heads) == 1 else None


def _apposed_name(token: Token) -> Token:
    """The name a common noun stands in apposition to ("Banda, a former nurse" -> Banda), else itself."""
    if token.dep_ == "appos" and token.pos == NOUN and token.head.ent_type_ in ENTITY_KINDS:
        return token.head
    return token


#: Participles that give a name: "a group calling itself X", "a militia known as X", "a charity called X".
NAMING_VERBS = frozenset("call name know dub".split())


def _named_apposition(token: Token) -> Token | None:
    """The named entity in apposition to a common noun ("the sponsor, Velox"), if any."""
    if token.pos != NOUN:
        return None
    for child in children(token):
        if child.dep_ == "acl" and child.lemma_ in NAMING_VERBS and child.i == token.i + 1:
            # "a group calling itself Cyber Legion 77", "a militia known as the Lions of Tarhuna"
            for name in children(child):
                if name.dep_ == "prep" and name.lower_ == "as":
                    name = next((g for g in children(name) if g.dep_ == "pobj"), name)
                if name.dep_ in ("oprd", "pobj", "attr") and (name.ent_type_ in ENTITY_KINDS or name.pos == PROPN):
                    return name
        if child.dep_ == "prep" and token.lemma_.lower() in PERSON_NOUNS:
            # "A spokesman for the group, Willy Ngoma, said": the parser hangs the name on the
            # nearer noun, which cannot be one person; the name is the spokesman's
            for noun in children(child):
                if noun.dep_ == "pobj" and _not_one_person(noun):
                    for name in children(noun):
                        if name.dep_ == "appos" and name.i > noun.i and name.ent_type_ == "PERSON":
                            return name
        if child.dep_ == "appos":
            if child.ent_type_ == "PERSON" and _not_one_person(token) and (_name_kind(child) or ("", "person"))[1] == "person":
                # "the mutineers, led by ..., Colonel X": a plural noun or a group is not one
                # person (but "The operator, PT Lestari Bahari": a company NER took for one)
                continue
            if _a_national(child):
                continue  # "The captain, a 52-year-old Kenyan,": a nationality says who he is, it is no name
            for t in child.subtree:
                # "Sunvale, one of India's largest exporters": a number in apposition names nothing
                if t.ent_type_ in ENTITY_KINDS and (t.dep_ in ("appos", "compound", "conj") or t.i == child.i):
                    return t if t.dep_ != "compound" else t.head
    return None


def _the_noun_named(token: Token) -> Token | None:
    """The name in apposition to a definite description ("The ship, Sea Haven, ..."), if any."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
        return None
    for child in children(token):
        # "The rival, businessman Julio Cesar Aranibar": NER may stop before the surname, which
        # the article's facts know as the person's (see name_facts)
        named = child.ent_type_ in ENTITY_KINDS and child.ent_iob_ != "O" or (
            child.pos == PROPN and child.lower_ in name_facts(token.doc))
        if child.dep_ == "appos" and child.i > token.i and named:
            if _not_one_person(token) and (_describe(child) or ("", ""))[1] == "person":
                continue  # "the mutineers, led by ..., Colonel X", "a spokesman for the group, X"
            if child.ent_type_ == "NORP" or _a_national(child) or any(c.dep_ == "conj" for c in children(child)):
                continue  # "The men, a Canadian, a Peruvian and a Chilean": who they are, not a name
            return child
    return None


def _not_one_person(noun: Token) -> bool:
    """Whether a common noun cannot stand in apposition to one person's name: a plural
    ("the mutineers, led by ..., Colonel X") or a group ("a spokesman for the group, Willy X")."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NNS" or lemma in GROUP_NOUNS or NOMINAL_ANAPHORS.get(lemma) == "group"


def _agrees_with(noun: Token, number: str, kinds: frozenset[str]) -> bool:
    """Whether a noun-phrase head could be what a pronoun of that number and kinds stands for."""
    description = _describe(noun)
    return description is not None and description[1] in kinds and description[0] in (number, "group")


def _agrees(candidate: Candidate, number: str, kinds: frozenset[str]) -> bool:
    if candidate.kind not in kinds:
        return False
    if candidate.number == "group":
        return True
    return candidate.number == number


def _score(candidate: Candidate, pronoun: Token, sentence: int, last_subject: int) -> float:
    score = {"subject": SUBJECT_WEIGHT, "agent": AGENT_WEIGHT, "object": OBJECT_WEIGHT}.get(candidate.role, 0.0)
    if candidate.entity:
        score += ENTITY_WEIGHT
    if candidate.number == "group" and pronoun.lower_ == "them" and not any(
            pronoun.doc[h].tag_ in ("NNS", "NNPS") for h in candidate.heads):
        score += COLLECTIVE_OBJECT_WEIGHT  # a body said in the singular, for "them"
    if _embedded(candidate, pronoun.doc) and (candidate.role != "subject" or candidate.sentence != sentence):
        # "a camp set up by the company": a noun's modifier, not the story; its subject too,
        # once the sentence is over ("... SeaBridge, which has carried out 40 missions. Its captain")
        score += EMBEDDED_WEIGHT
    if candidate.sentence != sentence and _reporter_affiliation(candidate, pronoun.doc):
        score += EMBEDDED_WEIGHT  # "Observers from the African Union said ... They": where a reporter is from
    if candidate.position == last_subject and sentence - candidate.sentence <= 1:
        score += LAST_SUBJECT_WEIGHT  # recency: not for a subject two sentences back
    if candidate.sentence == sentence and anaphor_is_possessive(pronoun) and _subject_of_clause(candidate, pronoun) \
            and _fined_object(pronoun) is None:  # (the fined one owns what it is fined a share of)
        score += CLAUSE_SUBJECT_WEIGHT  # "if Egypt drops its preconditions"
        if any(c.lower_ == "own" for c in children(pronoun.head)):
            score += OWN_WEIGHT  # "said Orbis had favoured its own services": "own" binds like a reflexive
        if _same_pronoun_subject(candidate, pronoun):
            score += CLAUSE_SUBJECT_WEIGHT  # "said Norris had done nothing wrong and that he deserved his podium"
    elif candidate.sentence == sentence and (own := _own_clause_subject(pronoun)) is not None \
            and own.i == candidate.position:
        score += CLAUSE_SUBJECT_WEIGHT + OWN_WEIGHT  # "the bank had ignored warnings from its own staff"
    if candidate.sentence == sentence and _judged_for(candidate, pronoun):
        score += JUDGED_WEIGHT  # "thanked Algeria for its mediation", "blamed the firm for its losses"
    if candidate.sentence == sentence and (fined := _fined_object(pronoun)) is not None \
            and fined.i == candidate.position:
        score += JUDGED_WEIGHT  # "fine the company up to 10 percent of its global turnover"
    if candidate.sentence == sentence and _judged_in_report(candidate, pronoun):
        score += JUDGED_WEIGHT  # "Critics attacked the scheme, saying it would raise rents"
    if candidate.sentence == sentence and _owner_of_subject(candidate, pronoun):
        score += POSSESSOR_WEIGHT  # "Shares in Brevik fell 4 percent after it announced a loss"
    if candidate.sentence == sentence and _possessor_of_phrase(candidate, pronoun):
        score += POSSESSOR_WEIGHT  # "Rivera's hopes of defending his title", "Mokoena's claim that he ..."
    score += SENTENCE_DISTANCE_WEIGHT * (sentence - candidate.sentence)
    if candidate.reporting_subject and candidate.sentence != sentence and not _reports(pronoun):
        # (but a reporting pronoun is what a source is: "Ugandan officials said 30,000 people had
        # crossed ... Most of them were women and children, they said")
        score += GENERIC_SOURCE_WEIGHT
    if candidate.sentence == sentence and _parallel_object(candidate, pronoun):
        score += PARALLEL_WEIGHT  # "chased protesters into a market and beat them"
    if candidate.sentence == sentence and _parallel_owner(candidate, pronoun):
        score += PARALLEL_OWNER_WEIGHT  # "fined Sunvale and suspended its licence"
    if candidate.sentence == sentence and _subject_of_own_relative(candidate, pronoun):
        score += OWN_RELATIVE_WEIGHT  # "Zagreb expelled a diplomat it accused of spying"
    if candidate.sentence == sentence and pronoun.dep_ not in OBJECT_DEPS and _speaker_of(candidate, pronoun) \
            and not _below_reported_subject(pronoun) \
            and not (anaphor_is_possessive(pronoun) and _understood_subject(pronoun) not in (-1, candidate.position)) \
            and not _own_in_clause_with_subject(candidate, pronoun):
        # (not when the construction names the owner: "Officials said the floods had driven
        # 3,000 herders out of their valleys", "... forced families to leave their homes")
        score += SPEAKER_WEIGHT  # "The agency said it would not resume operations"
    score += _continued_subject(candidate, pronoun, sentence)
    if candidate.sentence == sentence and _patient_of_adverbial(candidate, pronoun):
        score += PATIENT_WEIGHT
    if _accused_denies(candidate, pronoun):
        score += ACCUSED_WEIGHT
    if _counted_whole(candidate, pronoun):
        score += COUNTED_WHOLE_WEIGHT
    if candidate.sentence == sentence and _first_reported_subject(candidate, pronoun):
        score += PARALLEL_REPORTED_WEIGHT  # "said Norris had done nothing wrong and that he deserved ..."
    if candidate.source and _reports(pronoun) and sentence - candidate.sentence <= 1:
        # (a source two sentences back yields to the subject in between: "The WHO said ... Malawi's
        # health ministry has recorded 1,600 deaths. It said new cases had fallen")
        score += SOURCE_FOR_REPORTER_WEIGHT
    return score


def _main_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main verb (through "and" and apposition)."""
    while token.dep_ in ("conj", "appos"):
        token = token.head
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"


def _continued_subject(candidate: Candidate, pronoun: Token, sentence: int) -> float:
    """A sentence opening with a subject pronoun goes on with the main subject of the sentence
    before it (centering's "continue"): "The judge rejected that argument. She said Moberg had
    misled the committee" is the judge, not the lawyer named two sentences back. Returns the
    weight: CONTINUED_SUBJECT_WEIGHT, CONTINUED_REPORT_WEIGHT after a frame of attribution (for
    the main verb's object pronoun, plus for what was reported and minus for who spoke), or 0."""
    if candidate.sentence != sentence - 1 or candidate.role != "subject":
        return 0.0
    subject = pronoun.doc[candidate.position]
    root = _sentence_of(subject).root
    framed = root.lemma_ in REPORTING_VERBS and not _subordinated(root)
    if framed and pronoun.dep_ == "dobj" and pronoun.head.dep_ == "ROOT":
        # "The vessel had sailed from Libya ..., the coast guard said. A cargo ship spotted it":
        # what the next sentence acts on is what was reported, not who reported it
        if subject.dep_ == "nsubj" and subject.head.i == root.i:
            return -CONTINUED_REPORT_WEIGHT
        return CONTINUED_REPORT_WEIGHT if _reported_subject(subject, root) else 0.0
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "ROOT" or pronoun.i != _sentence_of(pronoun).start:
        return 0.0
    if framed:
        return CONTINUED_REPORT_WEIGHT if _continued_report(candidate, subject, root) else 0.0
    # not an accuser, whose accused answers next ("The prosecutor accused X of ... He denied")
    if _main_subject(subject) and not candidate.reporting_subject and root.lemma_ not in ACCUSING_VERBS:
        return CONTINUED_SUBJECT_WEIGHT
    return 0.0


def _continued_report(candidate: Candidate, subject: Token, root: Token) -> bool:
    """Who goes on after a frame of attribution ("X said ..."): a named body or person that
    spoke ("The Commission said the app may have breached the law. It will also examine ...");
    when a generic source spoke ("The fighters stormed the base ..., the sources said. They
    seized weapons"), the main subject of what it reported. Not a party that reports its own acts
    ("Police said a militia shelled the village. They ..." stays open)."""
    speakers = [c for c in children(root) if c.dep_ == "nsubj"]
    if not speakers:
        return False
    speaker = speakers[0]
    if subject.i == speaker.i:
        return candidate.entity and candidate.source and not candidate.reporting_subject
    if speaker.pos != NOUN:
        return False
    description = _describe(speaker)
    if description is None or not _generic_source(speaker, description[1], False) \
            or speaker.lemma_.lower() in SELF_REPORTING_NOUNS:
        return False  # (police report their own acts: "Police said the protesters ... They" stays open)
    return _reported_subject(subject, root)


def _reported_subject(subject: Token, root: Token) -> bool:
    """Whether ``subject`` is the subject of the clause the reporting verb ``root`` reports (or of
    its first conjunct), not of a clause below it."""
    return subject.dep_ in SUBJECT_DEPS and subject.head.dep_ in ("ccomp", "parataxis") and subject.head.head.i == root.i


#: Verbs that accuse their object, and verbs by which the accused answers.
ACCUSING_VERBS = frozenset("accuse charge blame suspect indict".split())
DENYING_ANSWERS = frozenset("deny reject dismiss refute dispute contest".split())


def _counted_whole(candidate: Candidate, pronoun: Token) -> bool:
    """"Gunmen seized 30 pupils. Troops freed 12 of them": "them" after a number is a set the
    article counted, larger than the part (the gunmen were never counted)."""
    of = pronoun.head
    if pronoun.lower_ != "them" or pronoun.dep_ != "pobj" or of.lower_ != "of":
        return False
    quantity = of.head.lower_.replace(",", "")
    if quantity in PARTITIVE_QUANTIFIERS:
        # "had about 60 houses and most of them were destroyed": a quantifier takes part of a counted set too
        part = 1.0
    elif of.head.tag_ == "CD" and of.head.like_num:
        part = float(quantity) if quantity.replace(".", "", 1).isdigit() else COUNT_WORDS.get(quantity)
        if part is None:
            return False
    else:
        return False
    size = _count(pronoun.doc[candidate.position])
    return size is not None and size > part


#: Quantifiers that take part of a set: "most of them", "some of them".
PARTITIVE_QUANTIFIERS = frozenset("most many some several few all half none".split())


def _reporter_of_partitive(candidate: Candidate, pronoun: Token) -> bool:
    """Whether ``candidate`` reports the clause in which ``pronoun`` is the set of a partitive:
    "Police said they had arrested 40 people. They said most of them had been released", "Local
    officials said the village had 60 houses and that most of them were destroyed": the reporter
    counts a set it speaks of, not itself."""
    speaker = pronoun.doc[candidate.position]
    verb = speaker.head
    if speaker.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
        return False
    return any(child.dep_ == "ccomp" and child.left_edge.i <= pronoun.i <= child.right_edge.i
               for child in children(verb))


#: A subject pronoun and the possessive of the same person, number and gender.
POSSESSIVE_OF_SUBJECT = {"he": "his", "she": "her", "it": "its", "they": "their"}


def _same_pronoun_subject(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is a subject pronoun matching the possessive in its clause's object:
    "he deserved his podium", "they lost their seats" - the possessive is the subject's, whoever
    the subject pronoun turned out to be (not the speaker of the report holding them)."""
    subject = pronoun.doc[candidate.position]
    return subject.pos == PRON and POSSESSIVE_OF_SUBJECT.get(subject.lower_) == pronoun.lower_


def _own_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause holding "its own" (or "their own"), which "own" binds the
    possessive to like a reflexive: "the bank had ignored warnings from its own compliance staff";
    None for other pronouns, and for a copula's clause, where the speaker keeps it ("It says the
    territory is part of its own state")."""
    if not anaphor_is_possessive(pronoun) or not any(c.lower_ == "own" for c in children(pronoun.head)):
        return None
    verb = governing_verb(pronoun)
    if verb is None or _subject_verb(verb).lemma_ == "be":
        return None
    return next((c for c in children(_subject_verb(verb)) if c.dep_ in SUBJECT_DEPS), None)


def _own_in_clause_with_subject(candidate: Candidate, pronoun: Token) -> bool:
    """Whether "its own" is in a clause whose subject is another mention than the candidate:
    "The authority said its inspectors found that the bank had ignored warnings from its own
    compliance staff" - the speaker's claim on the pronoun lapses."""
    subject = _own_clause_subject(pronoun)
    return subject is not None and subject.i != candidate.position and subject.pos in (NOUN, PROPN)


def _first_reported_subject(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the pronoun is the subject of the second of two conjoined reported clauses and the
    candidate the subject of the first: "Stella said Norris had done nothing wrong and that he
    deserved his podium" (Norris deserved it, not the speaker)."""
    said = pronoun
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECT_DEPS and _lemma(pronoun.head) not in OWNED_BY_BODIES:
        # "ISRO said its lander touched down and that all its systems were working": the owner
        # of the second report's subject (not of what only a body owns: "and that its shares fell")
        said = pronoun.head
    clause = said.head
    if said.dep_ not in SUBJECT_DEPS:
        return False
    if clause.dep_ == "conj":
        first = clause.head
        while first.dep_ == "conj":
            first = first.head
    elif clause.dep_ == "ccomp" and clause.head.dep_ == "conj" and clause.head.lemma_ in REPORTING_VERBS:
        # "The WHO said that a cholera outbreak was slowing, but warned that it could spread":
        # the reports of two conjoined verbs of saying
        first = next((c for c in children(clause.head.head) if c.dep_ == "ccomp"), None)
        if first is None:
            return False
    else:
        return False
    if first.dep_ != "ccomp" or first.head.lemma_ not in REPORTING_VERBS:
        return False
    subject = pronoun.doc[candidate.position]
    # (a quantified subject refers to no one thing to go on with: "said neither side wanted the
    # dispute to escalate, but that its risks were growing")
    return subject.dep_ in SUBJECT_DEPS and subject.head.i == first.i \
        and not any(c.dep_ in ("det", "predet") and c.lower_ in QUANTIFIED_DETERMINERS for c in children(subject))


#: Determiners that make a subject quantified rather than referring: "neither side", "no country".
QUANTIFIED_DETERMINERS = frozenset("neither no every each any either".split())


def _reports_itself(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the pronoun is the subject of the clause the candidate reports ("Maersk said it was
    monitoring the situation"), or the owner of that subject ("Hartley Weston said its profit fell")."""
    if pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECT_DEPS:
        pronoun = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    speaker = pronoun.doc[candidate.position]
    return speaker.dep_ == "nsubj" and speaker.head.lemma_ in REPORTING_VERBS and pronoun.head.head.i == speaker.head.i \
        and pronoun.head.dep_ == "ccomp"


def _taken_up_as_it(candidate: Candidate, pronoun: Token, resolved: dict[int, tuple[int, ...]]) -> bool:
    """Whether an earlier "it" or "its" of the article stands for the candidate's name: "Hartley
    Weston said its profit fell as it sold fewer homes" - once a body, always a body."""
    doc = pronoun.doc
    return any(i < pronoun.i and doc[i].lower_ in ("it", "its") and _same_name(doc, heads, candidate.heads)
               for i, heads in resolved.items())


def _accused_denies(candidate: Candidate, pronoun: Token) -> bool:
    """The subject pronoun of a denial, and the candidate is the object of an accusation: "The
    prosecutor accused Mokoena of taking bribes. He denied the charges" (Mokoena denies)."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in DENYING_ANSWERS:
        return False
    token = pronoun.doc[candidate.position]
    return token.dep_ == "dobj" and token.head.lemma_.lower() in ACCUSING_VERBS and token.i < pronoun.i


def _subject_of_own_relative(candidate: Candidate, pronoun: Token) -> bool:
    """A subject pronoun of a relative clause on a verb's object, and the candidate is that
    verb's subject: "Zagreb expelled a diplomat it accused of spying", "Police arrested a man
    they say shot two officers" (the one who acted on the object describes it)."""
    if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "relcl":
        return False
    noun = pronoun.head.head
    for _ in range(3):  # "suspended the licence of a firm, Quickpay, which it said ...": inside the object
        if noun.dep_ in ("appos", "pobj", "prep") and noun.head.i != noun.i:
            noun = noun.head
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    return any(c.dep_ == "nsubj" and c.i == candidate.position for c in children(verb))


def _affiliation(noun: Token) -> Token | None:
    """The name a reporter's noun is said to be from: "Observers from the African Union said",
    "Doctors at Al-Shifa hospital said" (no generic source, see GENERIC_SOURCE_WEIGHT); else None."""
    for prep in children(noun):
        if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPOSITIONS:
            for name in children(prep):
                if name.dep_ == "pobj" and name.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
                    return name
    return None


def _reporter_affiliation(candidate: Candidate, doc: Doc) -> bool:
    """Whether the candidate is the name a reporter is from: "Observers from the African Union
    said the vote was peaceful. They urged ...": the observers, not the union, go on."""
    token = doc[candidate.position]
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in AFFILIATION_PREPOSITIONS:
        return False
    reporter = token.head.head
    return reporter.pos == NOUN and reporter.dep_ == "nsubj" and reporter.head.lemma_ in REPORTING_VERBS \
        and _affiliation(reporter) is token


def _embedded(candidate: Candidate, doc: Doc) -> bool:
    """Whether the candidate is an argument of a clause modifying a noun (relative or participle)."""
    return candidate.verb >= 0 and doc[candidate.verb].dep_ in ("relcl", "acl")


def anaphor_is_possessive(token: Token) -> bool:
    return token.dep_ == "poss" or token.tag_ == "PRP$"


def _person_only_by_ner(candidate: Candidate, doc: Doc) -> bool:
    """Whether the candidate is one name NER typed PERSON that nothing in the article settles as
    a person (no given name, title or person's noun: ``name_facts``) and no gender was read for."""
    if not candidate.entity or len(candidate.heads) != 1:
        return False
    head = doc[candidate.heads[0]]
    ent = _entity_at(doc, head.i)
    if ent is None or ent.label_ != "PERSON" or person_gender(head) is not None:
        return False
    fact = name_facts(doc).get(_name_key(ent))
    return fact is None or fact.kind is None


def _main_subject_of_adverbial(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is the subject of the verb whose adverbial clause has the possessive
    in its subject ("X raised taxes after its reserves ran out")."""
    owner = pronoun.head
    clause = owner.head
    if owner.dep_ not in SUBJECT_DEPS or clause.dep_ != "advcl":
        return False
    token = pronoun.doc[candidate.position]
    return token.dep_ in SUBJECT_DEPS and token.head.i == clause.head.i


#: Conjunctions opening an adverbial clause of time or cause ("as he tried", "when she refused").
ADVERBIAL_MARKS = frozenset("as when while after before because since until once".split())


def _patient_of_adverbial(candidate: Candidate, pronoun: Token) -> bool:
    """"He said the officer was shot dead as he tried to repel them", "The man was arrested
    after he attacked a guard": the subject of an adverbial clause is the passive subject of the
    clause it modifies (in an active one the object often is: "Police shot the man as he fled",
    so only passives). In a reported clause the active subject too: "The court found that the
    company had destroyed the sites when it expanded its mine", "The utility said the unit would
    add 920 megawatts once it reached full power" - what is reported about, not who reports it."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "advcl" or not any(  # ("when" may be an advmod)
            c.dep_ in ("mark", "advmod") and c.lower_ in ADVERBIAL_MARKS for c in children(clause)):
        return False
    token = pronoun.doc[candidate.position]
    if token.head.i != clause.head.i or token.i >= pronoun.i:
        return False
    return token.dep_ == "nsubjpass" or token.dep_ == "nsubj" and clause.head.dep_ in ("ccomp", "parataxis")


def _subject_of_clause(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is the subject of the verb whose direct object holds the possessive."""
    token = pronoun.doc[candidate.position]
    noun = _phrase_object(pronoun.head)
    if token.i == noun.i:
        return False
    understood = _understood_subject(pronoun)
    if understood >= 0:
        return understood == token.i
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos == VERB:
        # "the men would return to their families": a verb's prepositional object too (not a
        # copula's: "Ethiopia, which says the dam is vital for its development"; nor beside a
        # direct object, which may own it: "It thanked Algeria for its mediation")
        verb = noun.head.head
        return token.dep_ in SUBJECT_DEPS and token.head.i == _subject_verb(verb).i \
            and not any(c.dep_ == "dobj" for c in children(verb))
    if noun.dep_ not in ("dobj", "dative"):
        return False
    if _first_conjunct_object(noun.head) is not None:
        return False  # "fined Sunvale and suspended its licence": the parallel object owns it (_parallel_owner)
    return token.dep_ in SUBJECT_DEPS and token.head.i == _subject_verb(noun.head).i


def _first_conjunct_object(verb: Token) -> Token | None:
    """The direct object of the verb that ``verb`` is conjoined to without a subject of its own
    ("fined Sunvale ... and suspended its licence" -> Sunvale), else None."""
    first = _subject_verb(verb)
    if first.i == verb.i:
        return None
    return next((c for c in children(first) if c.dep_ == "dobj"), None)


def _parallel_owner(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is the object of the first of two conjoined verbs, and the
    possessive is in the second one's object: "fined Sunvale and suspended its licence"."""
    if not anaphor_is_possessive(pronoun) or pronoun.lower_ not in ("its", "his", "her"):
        return False  # (not "their": "met the unions and presented their plan" is either side's)
    noun = _phrase_object(pronoun.head)
    if noun.dep_ != "dobj":
        return False
    parallel = _first_conjunct_object(noun.head)
    return parallel is not None and parallel.i == candidate.position


def _subject_verb(verb: Token) -> Token:
    """The verb holding ``verb``'s subject: itself, or for a conjoined verb without a subject of
    its own the first conjunct ("the men were safe and would return to their families")."""
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        verb = verb.head
    return verb


def _phrase_object(noun: Token) -> Token:
    """The noun whose "of" phrases hold ``noun``: "lost a fifth of its value" -> fifth, "release
    the next tranche of its loan" -> tranche; the possessive's place in the clause is that noun's."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.pos in (NOUN, NUM, PROPN) or noun.head.head.dep_ == "dobj"):
        noun = noun.head.head  # (an adjective as object too: "share more of their profits")
    return noun


#: Nouns counting the noun of their "of" ("thousands of families", "dozens of workers").
COUNT_NOUNS = frozenset("hundred thousand million dozen score couple number lot".split())


def _name_before_sum(noun: Token) -> Token | None:
    """The name the parser hung on a counted object ("fined [Meta 800 million euros]"): the one
    fined or paid, which the extraction reads as the object too (kg.extraction.clauses)."""
    if not any(c.dep_ == "nummod" for c in children(noun)):
        return None
    for child in children(noun):
        if child.dep_ in ("nmod", "compound") and child.i < noun.i and child.ent_type_ in ("ORG", "PERSON", "GPE") \
                and not any(c.dep_ == "nummod" and c.i < child.i for c in children(noun)):
            return child
    return None


def _counted(noun: Token) -> Token | None:
    """The plural noun a count noun counts ("thousands of protesters" -> protesters), if any."""
    for prep in children(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for counted in children(prep):
                if counted.dep_ == "pobj" and counted.tag_ in ("NNS", "NNPS"):
                    return counted
    return None


#: Prepositions of the place something is moved out of ("forced thousands from their homes").
MOVED_FROM = frozenset("from out".split())


def _understood_subject(possessive: Token) -> int:
    """The understood subject of the infinitive whose object holds ``possessive``: the main
    verb's object ("forced thousands of families to leave their homes": the families), else
    its subject ("wants to sell its stake"); -1 when the possessive is in no such object."""
    noun = _phrase_object(possessive.head)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "out" and verb.head.dep_ == "prep":
        verb = verb.head  # "drove 3,000 herders out of their valleys": "out" is the preposition
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.dep_ == "xcomp" \
            and not any(c.dep_ in ("dobj", *SUBJECT_DEPS) for c in children(verb.head)):
        # "urged residents not to return to their homes": the prepositional object of an
        # infinitive with no object of its own belongs to its understood subject too
        noun, verb = verb, verb.head
    elif noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in MOVED_FROM and (
            verb.head.pos == VERB and any(c.dep_ == "dobj" for c in children(verb.head))
            or verb.head.dep_ == "dobj" and verb.head.head.pos == VERB):
        # "the war has forced 12 million people from their homes", "drove the herders out of
        # their valleys": what is moved out of a place is whose place it is (the parser may hang
        # the place on the object: "evicted hundreds of tenants from their flats")
        moved = verb.head if verb.head.dep_ == "dobj" else next(c for c in children(verb.head) if c.dep_ == "dobj")
        if any(c.dep_ == "poss" for c in children(moved)):
            return -1  # "moved its staff from its offices": the owner of what is moved owns the place
        if moved.ent_type_ in ("MONEY", "QUANTITY", "PERCENT"):
            return -1  # "would release $500,000 from its emergency fund": a sum owns no fund
        moved = _relative_noun(moved)
        if moved.pos == NUM or moved.lemma_.lower() in COUNT_NOUNS:
            moved = _counted(moved) or moved
        return moved.i
    elif noun.dep_ == "pobj" and (infinitive := _infinitive_above(noun)) is not None:
        # "a court ordered Shell to pay compensation to farmers over spills from its pipelines":
        # the object of a verb of ordering, forcing ... is the infinitive's understood subject,
        # however deep in its phrases the possessive lies
        controllers = [c for c in children(infinitive.head) if c.dep_ == "dobj"]
        return _relative_noun(controllers[0]).i if controllers else -1
    elif noun.dep_ not in ("dobj", "dative"):
        return -1
    # "pressing companies to pay more tax and share more of their profits": a verb conjoined
    # without a subject of its own is the first conjunct's complement, with its understood subject
    verb = _subject_verb(verb)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("for", "of") \
            and verb.head.head.pos in (VERB, AUX) and not any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        # "fined Orbis for abusing its dominance", "accused the firm of hiding its losses":
        # the gerund's understood subject is the main verb's object
        main = verb.head.head
        controllers = [c for c in children(main) if c.dep_ == "dobj"]
        return _relative_noun(controllers[0]).i if controllers else -1
    if verb.dep_ == "advcl" and verb.head.pos == VERB and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)) \
            and not any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        # "villagers had ignored the warning and gone back to feed their animals": a purpose
        # infinitive's understood subject is its main verb's subject (shared by conjoined verbs)
        controllers = [c for c in children(_subject_verb(verb.head)) if c.dep_ == "nsubj"]
        return _relative_noun(controllers[0]).i if controllers else -1
    if verb.dep_ == "xcomp" and verb.head.pos == ADJ and verb.head.dep_ == "acomp":
        # "displaced people were still afraid to return to their homes": the infinitive of an
        # adjective after a copula belongs to the copula's subject
        controllers = [c for c in children(verb.head.head) if c.dep_ in SUBJECT_DEPS]
    elif verb.dep_ != "xcomp" or verb.head.pos not in (VERB, AUX):
        return -1
    else:
        main = verb.head
        while main.dep_ == "xcomp" and main.head.pos in (VERB, AUX) \
                and not any(c.dep_ in ("dobj", "nsubj") for c in children(main)):
            main = main.head  # "urged them to keep taking their medication": a complement's complement
        controllers = [c for c in children(main) if c.dep_ == "dobj"] or [c for c in children(main) if c.dep_ == "nsubj"]
    if not controllers:
        return -1
    controller = _relative_noun(controllers[0])
    if controller.pos == NUM or controller.lemma_.lower() in COUNT_NOUNS:
        controller = _counted(controller) or controller
    return controller.i


def _infinitive_above(noun: Token) -> Token | None:
    """The infinitive (with no subject of its own, after a verb with an object) whose
    prepositional phrases hold ``noun``: "ordered Shell to pay compensation over spills from
    [its pipelines]" -> pay; else None."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.dep_ != "xcomp" or noun.pos_ != "VERB" or noun.head.pos_ != "VERB" \
            or any(c.dep_ in SUBJECT_DEPS for c in children(noun)) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(noun)):
        return None
    return noun if any(c.dep_ == "dobj" for c in children(noun.head)) else None


#: Verbs that thank, praise or blame someone for something ("thanked Algeria for its mediation").
JUDGING_VERBS = frozenset(
    """thank praise commend congratulate credit blame criticise criticize fault condemn punish fine sanction
    reward honour honor""".split()
)


#: Lemmas the lookup lemmatizer gets wrong for common news verbs ("fined" -> "fin"); mended
#: here for coreference and by kg.extraction.clauses, a later stage, for extraction.
LEMMA_FIXES = {"fin": "fine", "rag": "rage", "shel": "shell", "bas": "base", "stag": "stage"}


def _verb_lemma(verb: Token) -> str:
    return LEMMA_FIXES.get(verb.lemma_, verb.lemma_)


def _judged_for(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is the object of a verb of thanking or blaming whose "for" phrase
    holds the possessive: "It thanked Algeria for its mediation" - the mediation is Algeria's."""
    if not anaphor_is_possessive(pronoun):
        return False
    noun = _phrase_object(pronoun.head)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or _verb_lemma(prep.head) not in JUDGING_VERBS:
        return False
    token = pronoun.doc[candidate.position]
    return token.dep_ == "dobj" and token.head.i == prep.head.i


#: Verbs that fine someone a sum that may be a share of what it has.
FINING_VERBS = frozenset("fine penalise penalize".split())
#: Nouns for a share of an amount: "10 percent of its turnover".
SHARE_NOUNS = frozenset("percent cent percentage share part portion half third quarter tenth".split())


def _fined_object(pronoun: Token) -> Token | None:
    """The object of a verb of fining whose sum is a share of what the possessive owns: "it can
    fine the company up to 10 percent of its global turnover" - the company's turnover, not the
    regulator's; None for any other pronoun."""
    noun = pronoun.head
    of = noun.head
    share = of.head
    if not anaphor_is_possessive(pronoun) or noun.dep_ != "pobj" or of.lower_ != "of" \
            or share.lemma_.lower() not in SHARE_NOUNS or _verb_lemma(share.head) not in FINING_VERBS:
        return None
    return next((c for c in children(share.head) if c.dep_ in ("dobj", "dative") and c.i != share.i), None)


def _judged_in_report(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is the object of a verb of blaming or praising whose adverbial
    "saying ..." reports about it, with the pronoun as the report's subject: "Critics attacked
    the scheme, saying it would raise rents" - the scheme is what the report is about."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return False
    saying = pronoun.head.head
    judging = saying.head
    if saying.dep_ != "advcl" or saying.tag_ != "VBG" or saying.lemma_ not in REPORTING_VERBS \
            or _verb_lemma(judging) not in JUDGING_VERBS | ACCUSING_VERBS | CRITICAL_VERBS | PENALISING_VERBS:
        return False
    token = pronoun.doc[candidate.position]
    if judging.lemma_ in PENALISING_VERBS:
        return _penalised(token, judging)
    return token.dep_ == "dobj" and token.head.i == judging.i


#: Verbs that lay a penalty on someone ("imposed sanctions on four companies, saying they had
#: supplied drones"), and the penalties they lay: the "on"/"against" object is the one judged.
PENALISING_VERBS = frozenset("impose slap levy".split())
PENALTY_NOUNS = frozenset("sanction penalty ban fine tariff embargo restriction measure".split())


def _penalised(token: Token, verb: Token) -> bool:
    """Whether ``token`` is what ``verb`` lays its penalty on: "imposed sanctions on four Iranian
    companies", "slapped a ban against the club"."""
    penalty = next((c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS), None)
    return penalty is not None and token.dep_ == "pobj" and token.head.lower_ in ("on", "against") \
        and token.head.head.i in (verb.i, penalty.i)


#: Verbs of attacking (or hailing) someone or something in words, besides JUDGING_VERBS and
#: ACCUSING_VERBS: "welcomed the ruling, saying it sent a strong message".
CRITICAL_VERBS = frozenset(
    "attack denounce slam oppose reject defend back support welcome hail applaud dismiss question challenge".split())


def _owner_of_subject(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the pronoun is the subject of an adverbial clause of a verb whose subject is what
    only a company has, and the candidate owns that subject through "in" or "of": "Shares in
    Brevik Energy fell 4 percent after it announced a loss" (Brevik announced it)."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "advcl":
        return False
    owned = next((c for c in children(clause.head) if c.dep_ in SUBJECT_DEPS), None)
    token = pronoun.doc[candidate.position]
    return owned is not None and owned.lemma_.lower() in OWNED_BY_COMPANIES and token.dep_ == "pobj" \
        and token.head.lower_ in ("in", "of") and token.head.head.i == owned.i


def _possessor_of_phrase(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate possesses a noun whose phrase holds the pronoun: the possessor
    is the understood subject of the noun's complement ("Rivera's hopes of defending his title")."""
    token = pronoun.doc[candidate.position]
    if token.dep_ != "poss":
        return False
    noun = token.head
    return noun.left_edge.i <= pronoun.i <= noun.right_edge.i and pronoun.i > token.i


def _parallel_object(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the pronoun is the object of a verb conjoined to the verb the candidate is the object of."""
    if pronoun.dep_ not in ("dobj", "dative") or candidate.role != "object":
        return False  # ("released him the following year": the parser may call the object a dative)
    token = _part_taken(pronoun.doc[candidate.position])
    verb = pronoun.head
    if verb.dep_ == "xcomp" and verb.head.dep_ == "conj":
        verb = verb.head  # "holds the reserves, but has struggled to develop them": the conjoined verb's
    main = _adverbial_participle_of(verb)
    if main is not None:
        # "The junta arrested 14 traders, accusing them of fraud", "freed the hostages months
        # after kidnapping them": the participle is a second predicate of the same subject,
        # like a conjoined verb
        return token.dep_ == "dobj" and main.i == token.head.i
    return token.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.i == token.head.i


#: Prepositions heading a gerund whose understood subject is the main clause's subject
#: ("freed them months after kidnapping them", "before handing them over"); "for" and "of"
#: are left out: "fined Orbis for abusing its dominance" is about the object.
SUBJECT_GERUND_PREPOSITIONS = frozenset("after before by while since without upon on despite instead".split())


def _adverbial_participle_of(verb: Token) -> Token | None:
    """The main verb of which ``verb`` is a subjectless adverbial participle or gerund: "arrested
    14 traders, accusing them" (advcl), "freed them after kidnapping them" (a gerund after a
    preposition); else None."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return None
    if verb.dep_ == "advcl" and verb.head.pos in (VERB, AUX):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in SUBJECT_GERUND_PREPOSITIONS and verb.head.dep_ == "prep" \
            and verb.head.head.pos in (VERB, AUX):
        return verb.head.head
    return None


#: Who speaks for someone else: "His lawyer said he would appeal" - he is the client.
REPRESENTATIVE_NOUNS = LAWYER_NOUNS | frozenset("spokesman spokeswoman spokesperson aide representative agent".split())


def _speaker_of(candidate: Candidate, pronoun: Token) -> bool:
    """Whether the candidate is the subject of a reporting verb whose report contains the pronoun."""
    doc = pronoun.doc
    token = doc[candidate.position]
    first = token
    while first.dep_ == "conj":
        first = first.head
    verb = first.head
    if first.dep_ not in SUBJECT_DEPS:
        return False
    # "the alliance rejected the results and said it would go to court": a conjoined reporting
    # verb without a subject of its own has the same speaker
    verbs = [verb, *(c for c in verb.conjuncts if c.i > verb.i and _subject_verb(c).i == verb.i)]
    return any(
        child.dep_ in ("ccomp", "parataxis") and child.left_edge.i <= pronoun.i <= child.right_edge.i
        for reporting in verbs if reporting.lemma_ in REPORTING_VERBS
        for child in children(reporting)
    )


def _below_reported_subject(pronoun: Token) -> bool:
    """Whether the pronoun is in a clause subordinate to a reported clause that has a subject of
    its own ("X said the ship would resume its voyage once it had been inspected"): the report is
    then about that subject, and the pronoun is no longer the speaker talking about itself."""
    verb = governing_verb(pronoun)
    if verb is None or verb.dep_ not in ("advcl", "relcl", "acl", "xcomp", "pcomp"):
        return False
    if verb.dep_ == "advcl" and anaphor_is_possessive(pronoun) \
            and any(c.dep_ in SUBJECT_DEPS and c.pos in (NOUN, PROPN) for c in children(verb)):
        # "The union said it would strike again if the agency does not improve its offer": the
        # adverbial clause has an owner of its own
        return True
    head = verb.head
    if verb.dep_ == "pcomp" and head.pos == ADP:
        # "X said the spacecraft had crashed after running out of fuel during its final descent":
        # a gerund under a preposition hangs on the reported clause through it
        head = head.head
    if verb.dep_ == "xcomp" and head.pos == ADJ and head.dep_ == "acomp":
        head = head.head  # "X said families were unable to pay their rent": the copula's clause
    main = _subject_verb(head) if head.pos in (VERB, AUX) else None
    return main is not None and main.dep_ in ("ccomp", "parataxis") and any(
        c.dep_ in SUBJECT_DEPS and c.pos in (NOUN, PROPN) for c in children(main))


def _representative(token: Token) -> bool:
    """"His lawyer", "the minister's spokesman": someone who speaks for the possessor."""
    return token.lemma_.lower() in REPRESENTATIVE_NOUNS and any(c.dep_ == "poss" for c in children(token))


def _client_could_be(representative: Token, number: str, kinds: frozenset[str]) -> bool:
    """Whether whom a representative speaks for could be the pronoun: "His lawyer said he would
    appeal" (he is the client), but "His lawyers said they would appeal" (not "his": they are
    the lawyers)."""
    owner = next((c for c in children(representative) if c.dep_ == "poss"), None)
    if owner is None:
        return True
    if owner.lower_ in PRONOUNS:
        owner_number, owner_kinds = PRONOUNS[owner.lower_]
        return owner_number == number and bool(owner_kinds & kinds)
    return _agrees_with(owner, number, kinds)


#: Bodies that report what they did themselves ("Police have arrested two men ..., they said").
SELF_REPORTING_NOUNS = frozenset("police authority prosecutor investigator".split())


def _self_report(candidate: Candidate, pronoun: Token) -> bool:
    """"Brazilian police have arrested two men ..., they said": the plural active subject of a
    reported clause that is a body reporting its own acts (police, authorities, prosecutors,
    investigators) is the "they" reporting it."""
    if PRONOUNS.get(pronoun.lower_, ("", ""))[0] != "pl" or len(candidate.heads) != 1:
        return False
    subject = pronoun.doc[candidate.position]
    return subject.dep_ == "nsubj" and subject.lemma_.lower() in SELF_REPORTING_NOUNS \
        and subject.head.pos in (VERB, AUX) and subject.head.i < pronoun.i \
        and subject.head.dep_ in ("ccomp", "parataxis", "ROOT") \
        and pronoun.head.i in {subject.head.head.i, subject.head.i} | {c.i for c in children(subject.head)}


def _reports(pronoun: Token) -> bool:
    """Whether the pronoun is the subject of a frame of attribution ("..., they said", "It said
    ..."): not of a relative clause ("accused the coast guard ..., a charge it denied" reports
    nothing) nor of a subordinate one ("after it announced the deal")."""
    return pronoun.dep_ in SUBJECT_DEPS and pronoun.head.lemma_ in REPORTING_VERBS \
        and pronoun.head.dep_ != "relcl" and not _subordinated(pronoun.head)


def _subordinated(verb: Token) -> bool:
    """Whether a reporting verb heads a clause a conjunction subordinates ("after it announced the
    settlement", "when they reported the loss"): an event in a story, not a frame of attribution
    like "..., they said"."""
    return any(c.dep_ == "mark" and c.lower_ != "that" for c in children(verb))


def _in_reported_clause(candidate: Candidate, pronoun: Token) -> bool:
    """"The attackers were repelled ..., they said": *they* is not in what they said."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.lemma_ not in REPORTING_VERBS or _subordinated(verb):
        return False  # ("Shares in Norvik rose after it announced the settlement": no frame around a report)
    doc = pronoun.doc
    if _self_report(candidate, pronoun):
        return False
    for child in children(verb):
        if child.dep_ in ("ccomp", "parataxis") and child.left_edge.i <= candidate.position <= child.right_edge.i:
            return True
    if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING_VERBS and verb.i > verb.head.i:
        return False  # "The jury said it would announce the result": a report inside a report
    # the reported clause is often the parser's root with "said" hanging off it
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i != verb.i:
        root = verb.head
        span = doc[root.left_edge.i : root.right_edge.i + 1]
        return span.start <= candidate.position < span.end and not (
            verb.left_edge.i <= candidate.position <= verb.right_edge.i
        )
    return False


def resolve_pronouns(doc: Doc) -> dict[int, tuple[int, ...]]:
    """Map each confidently resolved third-person pronoun to its antecedent heads."""
    resolved: dict[int, tuple[int, ...]] = {}
    mentions: list[tuple[int, str]] = []  # every pronoun and description considered, for reporting
    doc.user_data["kg_coref_mentions"] = mentions
    genders: dict[str, str] = {}  # head word -> "m"/"f", learnt from resolved pronouns
    pool: list[list[Candidate]] = []  # candidates per sentence so far
    # (lemma, tag) of a resolved definite description -> its referents (folded names) -> heads
    described: dict[tuple[str, str], dict[tuple[str, ...], tuple[int, ...]]] = {}
    sentences = _sentences(doc)
    words, tags = doc_tokens(doc), parts_of_speech(doc)
    memo(doc)["kg_sentence_bounds"] = ([s.start for s in sentences], [s.start_char for s in sentences])
    for index, sent in enumerate(sentences):
        earlier = [c for sentence in pool[-WINDOW:] for c in sentence]
        # a headline's nouns serve its own pronouns ("Sudan's army says it repelled ..."), never
        # the report's (see _is_headline)
        headline = _is_headline(sent)
        here = [] if _is_dateline(sent) else _candidates_in(sent, index, resolved)
        # descriptions first: "The group has threatened to prosecute them" - them is not
        # what the group stands for (the co-argument constraint reads resolved descriptions)
        # sentences WINDOW+1 .. SAME_NOUN_WINDOW back, where only the same noun is looked for
        further = [c for sentence in pool[-SAME_NOUN_WINDOW:-WINDOW] for c in sentence] if len(pool) > WINDOW else []
        mentionable = _mention_tokens(sent, DESCRIPTION_POS)  # every branch below wants one of them
        spoken_of: list[Token] = []  # descriptions of bodies left unresolved here
        for token in mentionable:
            pos, tag, argument = tags[token.i], token.tag_, token.dep_ in ARGUMENT_DEPS  # (read once)
            if is_nominal_anaphor(token):
                mentions.append((token.i, "nominal"))
                heads = _resolve_nominal(token, index, earlier + [c for c in here if c.position < token.i], further,
                                         resolved)
                if not heads and _is_definite(token) \
                        and len(called := described.get((token.lemma_.lower(), token.tag_), {})) == 1 \
                        and not _names_something(doc, tuple(  # ("the mines ministry": NNP, lower case)
                            h for h in next(iter(called.values())) if not _common_noun(doc[h]))):
                    # "The ministry ordered ... (fifteen sentences on) ... The ministry also accused":
                    # a description the article has used for one referent keeps it (as below)
                    heads = next(iter(called.values()))
                if not heads:
                    # "Danish shipping group Nordhavn ... The company reported ... Unions representing
                    # Nordhavn's staff ... They said the company": a company the article has already
                    # taken up as "the company" or "the firm" is the company (NER typed it PERSON)
                    heads = _company_described(token, described)
                if heads:
                    resolved[token.i] = heads
                elif token.lemma_.lower() in SPOKEN_OF_DESCRIPTIONS:
                    spoken_of.append(token)  # (see below: "She said the group ...")
            elif tag == "NNS" and argument and (heads := _same_count_set(token, index, resolved)) is not None:
                # "three foreign engineers ... the three engineers", "The men, a Canadian, a
                # Peruvian and a Chilean": a definite set of known size is the earlier set of that size
                mentions.append((token.i, "nominal"))
                resolved[token.i] = heads
            elif token.lower_ in SET_PEOPLE_NOUNS and argument and (heads := _people_set_before(
                    token, index, earlier + [c for c in here if c.position < token.i], resolved)) is not None:
                # "Rescuers were digging for 23 gold miners ... The missing miners were from nearby
                # villages. The men had worked the site for months"
                mentions.append((token.i, "nominal"))
                resolved[token.i] = heads
            elif token.lemma_.lower() in ROLE_DESCRIPTIONS and pos == NOUN and argument \
                    and _is_definite(token, described=True) and (heads := _done_to(token, index, resolved)) is not None:
                # "Gunmen abducted 12 road workers ... the release of the hostages"
                mentions.append((token.i, "nominal"))
                resolved[token.i] = heads
            elif pos == NOUN and argument and (name := _the_noun_named(token)) is not None:
                # "The ship, Sea Haven, is operated by ...": the description is the name beside it
                mentions.append((token.i, "nominal"))
                resolved[token.i] = (name.i,)
            elif pos == NOUN and tag in ("NN", "NNS") and argument \
                    and (_is_definite(token, demonstrative=True, described=True) or _placed_description(token)
                         or _compound_description(token)):
                # (a set-off apposition says more of the thing said before: "A security guard
                # was hurt ... The guard, a 58-year-old former soldier, was treated in hospital")
                heads = _repeated_noun(token, earlier + [c for c in here if c.position < token.i], further)
                if not heads and len(called := described.get((token.lemma_.lower(), token.tag_), {})) == 1:
                    # "The men, a Canadian, ... (twenty sentences on) ... to bring the men home": a
                    # description the article has used for one referent keeps it
                    heads = next(iter(called.values()))
                if not heads:
                    # "searching for 14 missing sand miners ... (fourteen sentences on) ... The
                    # missing miners worked for X": the one set of people said with that noun
                    heads = _sole_earlier_set(token)
                if not heads and tag == "NN" and token.lemma_.lower() == "island":
                    heads = _island_offshore(token)  # "A ferry sank off Lesbos ... The island"
                if not heads and tag == "NN" and token.lemma_.lower() in MOUNTAIN_DESCRIPTIONS:
                    heads = _only_mountain(token)  # "Mount Ruang erupted ... a collapse of the volcano"
                if heads:
                    mentions.append((token.i, "nominal"))
                    resolved[token.i] = heads
        for token in _mention_tokens(sent, NUMBERS):
            if token.dep_ in ARGUMENT_DEPS and (heads := _the_counted(token, index, resolved)) is not None:
                # "Police arrested two men ... The two will appear in court on Friday"
                mentions.append((token.i, "nominal"))
                resolved[token.i] = heads
        for i in resolved_here(sent, resolved):
            if doc[i].pos == NOUN and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                             for c in children(doc[i])) and all(
                    doc[h].pos != PRON for h in resolved[i]):
                referent = tuple(sorted(_referent_key(doc, h) for h in resolved[i]))
                described.setdefault((doc[i].lemma_.lower(), doc[i].tag_), {})[referent] = resolved[i]
        taken: dict[int, set[int]] = {}  # verb -> antecedent heads of its pronoun arguments
        numbered: dict[str, set[int]] = {"sg": set(), "pl": set()}  # heads taken by "it" / "they" here
        for token in mentionable:
            if token.pos == PRON and token.lower_ in PRONOUNS:
                mentions.append((token.i, "pronoun"))
                before = [c for c in here if c.position < token.i]
                if (ahead := _cataphora_subject(token)) is not None:
                    # "After they dispersed the crowd, police set up roadblocks": a fronted adverbial
                    # clause's pronoun may be the main clause's subject, named after it
                    before += [c for c in here if c.position == ahead.i]
                verb = _governing_verb(token)
                exclude = set() if token.dep_ == "poss" else set(taken.get(verb, set()))
                number = PRONOUNS[token.lower_][0]
                # "It said they had been beaten": what was just "it" is not "they"
                exclude |= numbered["pl" if number == "sg" else "sg"]
                gender = PRONOUN_GENDER.get(token.lower_)
                viable = [
                    c for c in earlier + before
                    # "He accused her": two pronouns of one verb are two people
                    if not set(c.heads) & exclude
                    # "Halasz sacked his minister. ... her": Halasz is not "she";
                    # nor is "Peter Chisale" or "the spokesman"
                    # (a description through the person it was resolved to: "Judge Carmen Rios ...
                    # The 68-year-old ... His lawyer": not Rios's, if the description is her)
                    and not (gender and any(
                        (genders.get(words[k].lower_) or person_gender(words[k]) or gender) != gender
                        for h in c.heads for k in (h, *resolved.get(h, ()))
                    ))
                ]
                parallel = _parallel_subject_pronoun(token)
                if parallel is not None:
                    # "They can seize our files, but they cannot seize our sources": the second
                    # "they" is the first one, resolved or not
                    heads = resolved.get(parallel.i)
                else:
                    heads = _partitive_set(token) or _resolve(token, index, viable, resolved)
                if heads:
                    resolved[token.i] = heads
                    # "It warned that it could lay off 500 workers": a pronoun resolved here is a
                    # candidate for the pronouns after it in the sentence
                    here += _candidates_in(sent, index, resolved, only={token.i})
                    if token.dep_ != "poss":
                        taken.setdefault(verb, set()).update(heads)
                    numbered[number].update(heads)
                    if gender and len(heads) == 1:
                        genders.setdefault(doc[heads[0]].lower_, gender)
            elif token.lemma_ in STATE_NOUNS and token.tag_ == "NN" \
                    and (heads := _government_of_person(token, resolved)) is not None:
                # "Algerian Foreign Minister X said his government had paid no ransom": Algeria
                mentions.append((token.i, "nominal"))
                resolved[token.i] = heads
            elif token.lemma_ == "client" and token.tag_ == "NN":
                # "His lawyer ... his client": read once the pronouns before it are resolved
                heads = _client_of(token, resolved)
                if heads:
                    mentions.append((token.i, "nominal"))
                    resolved[token.i] = heads
        for token in spoken_of:
            # "Fjordlaks Chief Executive Ingrid Solheim told reporters ... She said the group
            # expected savings": once the reporting pronoun is resolved, the body its speaker speaks for
            if (heads := _speakers_body(token, resolved)) is not None:
                resolved[token.i] = heads
        # the pronouns and descriptions resolved here become antecedents for what follows
        done = resolved_here(sent, resolved)
        for i in done:
            # "The paramilitary group ... its fighters": "its" took the description, which
            # the name resolved later in the sentence; both now point at the name
            resolved[i] = tuple(h for head in resolved[i] for h in resolved.get(head, (head,)) if h != i) or resolved[i]
        pool.append([] if headline else [_through_possessor(c, resolved, doc) for c in here if c.position not in done]
                    + _candidates_in(sent, index, resolved, only=done))
    _resolve_first_person(doc, sentences, resolved, mentions)
    return resolved


#: Conjunctions of a fronted adverbial clause whose pronoun may point ahead to the main subject.
CATAPHORA_MARKS = frozenset("after before when while once as since until although though".split())


def _cataphora_subject(pronoun: Token) -> Token | None:
    """The main clause's subject named after a pronoun in a fronted adverbial clause ("After
    they dispersed the crowd, police set up roadblocks", "When its offer was rejected, the
    company walked out"), else None. Only a noun or name, never another pronoun."""
    verb = governing_verb(pronoun)
    if verb is None or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in CATAPHORA_MARKS for c in children(verb)):
        return None
    if pronoun.dep_ not in SUBJECT_DEPS and not (pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECT_DEPS):
        return None
    subject = next((c for c in children(verb.head) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < pronoun.i or subject.pos not in (NOUN, PROPN):
        return None
    return subject


def _parallel_subject_pronoun(pronoun: Token) -> Token | None:
    """The same pronoun as subject of the first of two conjoined clauses, for a subject pronoun
    of the second ("They can seize our files, but they cannot seize our sources"), else None."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "conj":
        return None
    first = next((c for c in children(clause.head) if c.dep_ in SUBJECT_DEPS), None)
    if first is not None and first.lower_ in FIRST_PERSON and pronoun.lower_ == "they":
        # '"We told them the bandits were coming, and they did nothing"': after a first-person
        # clause, "they" is the ones that clause spoke to or acted on ("them"), resolved or not
        return next((c for c in children(clause.head) if c.dep_ in ACTED_ON_DEPS and c.lower_ == "them"), None)
    if first is None or first.pos != PRON or first.lower_ != pronoun.lower_ or first.i > pronoun.i:
        return None
    return first


#: Quote marks (straight ones both open and close); kg.extraction.context reads these too.
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
OPENING_QUOTES = frozenset({'"', "“", "«"})
CLOSING_QUOTES = frozenset({'"', "”", "»"})

#: First-person pronouns: inside a quotation they are its speaker.
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
SINGULAR_FIRST_PERSON = frozenset("i me my mine myself".split())


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(first, end)`` between quote marks, paired within a paragraph (a
    quote left open at a blank line ends there, as wire quotes running on do)."""
    spans, opened = [], None
    # only quote marks and spaces can change the state: the other words are passed over by
    # their spelling's and their space flag's arrays, read at once
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    marks = numpy.array([doc.vocab.strings[mark] for mark in QUOTE_MARKS], dtype="uint64")
    words = doc_tokens(doc)
    for i in (space.astype(bool) | numpy.isin(orth, marks)).nonzero()[0].tolist():
        token = words[i]
        text = token.text
        if token.is_space and text.count("\n") >= 2:
            if opened is not None:
                spans.append((opened, token.i))
            opened = None
        elif opened is None and text in OPENING_QUOTES:
            opened = token.i + 1
        elif opened is not None and text in CLOSING_QUOTES:
            spans.append((opened, token.i))
            opened = None
    if opened is not None:
        spans.append((opened, len(doc)))
    return spans


def _speaker_of_quotation(doc: Doc, first: int, end: int, inside: set[int], sentences: list,
                          resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """Who says the quotation ``first:end``: the one subject of a reporting verb outside any
    quotation (``inside``) in the sentences the quotation touches, up to the one after its
    closing mark ('"...," union leader X said'; 'X said: "..."')."""
    starts = [sent.start for sent in sentences]
    last = min(end, len(doc) - 1)
    speakers = set()
    for sent in sentences[bisect_right(starts, first) - 1 : bisect_right(starts, last)]:
        for verb in _mention_tokens(sent, VERBS_ONLY):
            if verb.i in inside or verb.lemma_ not in REPORTING_VERBS:
                continue
            for subject in children(verb):
                if subject.dep_ == "nsubj" and subject.i not in inside:
                    speakers.add(resolved.get(subject.i, (subject.i,)) if subject.pos == PRON else (subject.i,))
    if len(speakers) != 1:
        return None
    (speaker,) = speakers
    return None if any(doc[h].pos == PRON for h in speaker) else speaker


def _resolve_first_person(doc: Doc, sentences: list, resolved: dict[int, tuple[int, ...]],
                          mentions: list[tuple[int, str]]) -> None:
    """'"We will shut every terminal," union leader Festus Osifo said': a first-person pronoun
    inside a quotation is its speaker; one outside quotes (the reporter's) is left alone. A
    quotation without a speaker of its own continues the one before it in the paragraph
    ('"We cut spending," she said. "Our critics ignore the numbers."')."""
    if not any(t.lower_ in FIRST_PERSON or t.lower_ == "they"  # (the accusers' "they" needs no "we")
               for sent in sentences for t in _mention_tokens(sent, PRONOUNS_ONLY)):
        return  # (pronouns found by integer part of speech: no Token made for the other words)
    quotes = _quotations(doc)
    inside = {i for start, stop in quotes for i in range(start, stop)}
    previous: tuple[int, ...] | None = None
    previous_end = -1
    acting: tuple[tuple[int, ...], int] | None = None  # the other side's heads and its last "they"
    for first, end in quotes:
        speaker = _speaker_of_quotation(doc, first, end, inside, sentences, resolved)
        continued = previous_end >= 0 and not any(t.is_space and t.text.count("\n") >= 2
                                                  for t in doc_tokens(doc)[previous_end:first])
        if speaker is None and continued:
            speaker = previous
        elif speaker != previous or not continued:
            acting = None
        previous, previous_end = speaker, end
        for token in doc_tokens(doc)[first:end]:
            if token.pos != PRON or token.lower_ not in FIRST_PERSON:
                continue
            mentions.append((token.i, "pronoun"))
            if speaker is None or (token.lower_ in SINGULAR_FIRST_PERSON and any(doc[h].tag_ == "NNS" for h in speaker)):
                continue
            resolved[token.i] = speaker
        for token in doc_tokens(doc)[first:end]:
            if token.lower_ == "they" and token.dep_ == "nsubj" and token.i in resolved \
                    and (accused := _accused_before(token, first, inside, sentences, speaker, resolved)):
                # 'Residents accused the city council of ignoring warnings. "They knew the drains
                # were blocked," said trader X': an accuser's side calls itself "we"; its "they"
                # is the accused
                resolved[token.i] = accused
                acting = (accused, token.i)
            elif token.lower_ == "they" and token.pos == PRON and _acts_on_speakers_side(token):
                # '"They beat us every day," said Bellini': a "they" acting on the speaker's
                # side is the party the article has shown acting on it (see _party_acting_on)
                party = _party_acting_on(doc, first, inside, sentences, speaker, resolved)
                if party is not None and _other_side_wanted(doc, resolved.get(token.i), party, speaker):
                    resolved[token.i] = party[0]
                elif party is None and _not_people(doc, resolved.get(token.i, ())):
                    # '"They can take our computers"' with only "land deals" in reach: a "they"
                    # acting on the speaker is people or a body; better unresolved than a thing
                    del resolved[token.i]
                if token.i in resolved:
                    acting = (resolved[token.i], token.i)
            elif token.lower_ in ("they", "them") and token.pos == PRON and token.i not in resolved \
                    and acting is not None and not any(t.tag_ == "NNS" or (t.tag_ == "NNPS" and t.i in inside)
                                                       for t in doc_tokens(doc)[acting[1] : token.i]):
                # '"They surrounded me and hit me," Vargas said. "Nobody from the club stopped
                # them."': the same speaker's next plural, with no other plural said between,
                # is still the other side (a plural name in the attribution, "told Radio Fides",
                # which the tagger may call NNPS, is no other plural)
                resolved[token.i] = acting[0]


#: Reporting or saying verbs aside, how many sentences before a quotation its "they" may look for
#: the party shown acting on the speaker's side ("seized by gunmen ... 'They beat us'").
ACTING_WINDOW = 4
#: Dependencies of a first-person argument that a "they" acts on: "They kept me", "They took our
#: phones", "They wanted us to confess" (the subject of the clause the verb takes).
ACTED_ON_DEPS = frozenset({"dobj", "dative"})
FIRST_PERSON_OBJECTS = frozenset("me us".split())


def _acts_on_speakers_side(pronoun: Token) -> bool:
    """A subject "they" inside a quotation whose verb (or its conjunct) takes a first-person
    object, an object the first person owns, or a clause with a first-person subject: "They beat
    us", "They took our phones", "They surrounded me and hit me", "They wanted us to confess"."""
    if pronoun.dep_ != "nsubj" or pronoun.head.pos not in (VERB, AUX):
        return False
    verb = pronoun.head
    for clause in (verb, *(c for c in children(verb) if c.dep_ == "conj" and c.pos == VERB
                           and not any(s.dep_ in SUBJECT_DEPS for s in children(c)))):
        for child in children(clause):
            if child.dep_ in ACTED_ON_DEPS and (child.lower_ in FIRST_PERSON_OBJECTS or any(
                    c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in children(child))):
                return True
            if child.dep_ in ("ccomp", "xcomp") and any(
                    s.dep_ == "nsubj" and s.lower_ in FIRST_PERSON_OBJECTS for s in children(child)):
                return True
    return False


def _agent_and_patient(verb: Token) -> tuple[list[Token], Token] | None:
    """The agents and the patient of an act: "gunmen seized three aid workers" (subject and
    object), "he was arrested by intelligence agents" (by-agent and passive subject), with the
    agents' conjuncts ("players and officials attacked a referee"); None if either is missing."""
    args = children(verb)
    patient = next((c for c in args if c.dep_ == "nsubjpass"), None)
    if patient is not None:
        by = next((c for c in args if c.dep_ == "agent"), None)
        agent = next((c for c in children(by) if c.dep_ == "pobj"), None) if by is not None else None
    else:
        agent = next((c for c in args if c.dep_ == "nsubj"), None)
        patient = next((c for c in args if c.dep_ == "dobj"), None)
    if agent is None or patient is None:
        return None
    return [agent, *(c for c in children(agent) if c.dep_ == "conj")], patient


def _party_acting_on(doc: Doc, first: int, inside: set[int], sentences: list, speaker: tuple[int, ...] | None,
                     resolved: dict[int, tuple[int, ...]]) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """``(agents, patients)`` of the last act before the quotation at ``first`` (outside quotes,
    within ACTING_WINDOW sentences) by people on people: "Three aid workers were seized by
    gunmen", "Shahabi was arrested by intelligence agents". An act on the speaker (or on a
    noun the speaker's title repeats: "attacked a referee ... Referee Gery Vargas") comes first.
    The agents are plural people or a body, never the speaker, never a pronoun left unresolved."""
    starts = [sent.start for sent in sentences]
    index = bisect_right(starts, first) - 1
    keys = {_referent_key(doc, h) for h in speaker or ()}
    surnames = {doc[h].lower_ for h in speaker or ()}  # ("Referee Diego Haro ... Haro told", NER apart)
    named = {t.i for t in doc_tokens(doc)[:first] if t.pos == PROPN and t.i not in inside
             and (_referent_key(doc, t.i) in keys or t.lower_ in surnames)}
    titles = {c.lemma_.lower() for h in named for c in children(doc[h]) if c.dep_ == "compound"}
    acts, on_speaker = [], []
    for sent in sentences[max(0, index - ACTING_WINDOW) : index + 1]:
        for verb in _mention_tokens(sent, VERBS_ONLY):
            if verb.i >= first or verb.i in inside or verb.lemma_ in REPORTING_VERBS:
                continue
            if (found := _agent_and_patient(verb)) is None:
                continue
            agents, patient = found
            heads = tuple(h for a in agents for h in resolved.get(a.i, (a.i,)))
            patients = resolved.get(patient.i, (patient.i,))
            if any(doc[h].pos == PRON for h in heads + patients) or set(heads) & named:
                continue
            if any((_describe(doc[h]) or ("", ""))[1] not in ("person", "group") and doc[h].tag_ != "NNS"
                   for h in heads):
                continue  # (a plural noun acting on people is people: "intelligence agents")
            if len(heads) == 1 and (_describe(doc[heads[0]]) or ("", ""))[0] == "sg":
                continue  # "they" is many people or a body ("police", "the government")
            if set(patients) & named or doc[patient.i].lemma_.lower() in titles:
                on_speaker.append((heads, patients))
            elif all((_describe(doc[h]) or ("", ""))[1] in ("person", "group") for h in patients):
                acts.append((heads, patients))
    return (on_speaker or acts or [None])[-1]


#: Verbs of accusing whose subject's quoted "they" is the one accused ("Residents accused the council").
QUOTED_ACCUSING_VERBS = ACCUSING_VERBS | frozenset("criticise criticize condemn".split())


def _accused_before(pronoun: Token, first: int, inside: set[int], sentences: list, speaker: tuple[int, ...] | None,
                    resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """The object of an accusing verb whose subject "they" was resolved to, in the sentence that
    opens the quotation at ``first`` or the one before it (outside quotes), when the speaker is
    not one of the accusers by name and "they" does something (not a copula: "They are angry"
    may be the accusers described); else None."""
    doc = pronoun.doc
    accusers = resolved[pronoun.i]
    if set(accusers) & set(speaker or ()) or pronoun.head.lemma_ == "be":
        return None
    starts = [sent.start for sent in sentences]
    index = bisect_right(starts, first) - 1
    for sent in sentences[max(0, index - 1) : index + 1]:
        for verb in _mention_tokens(sent, VERBS_ONLY):
            if verb.i >= first or verb.i in inside or verb.lemma_ not in QUOTED_ACCUSING_VERBS:
                continue
            subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
            accused = next((c for c in children(verb) if c.dep_ == "dobj"), None)
            if subject is None or accused is None or accused.pos == PRON:
                continue
            if (subject.i, *(c.i for c in children(subject) if c.dep_ == "conj")) != accusers:
                continue
            if (_describe(accused) or ("", ""))[1] in ("person", "group") \
                    or accused.lemma_.lower() in GROUP_NOUNS | BODY_NOUNS:  # ("the port authority")
                return (accused.i, *(c.i for c in children(accused) if c.dep_ == "conj"))
    return None


def _not_people(doc: Doc, heads: tuple[int, ...]) -> bool:
    """Whether ``heads`` are all common nouns for things ("deals", "computers"), never people
    or a body (names are left alone: NER types them unevenly)."""
    return bool(heads) and all(doc[h].pos == NOUN and (_describe(doc[h]) or ("", ""))[1] not in ("person", "group")
                               for h in heads)


def _other_side_wanted(doc: Doc, current: tuple[int, ...] | None, party: tuple[tuple[int, ...], tuple[int, ...]],
                       speaker: tuple[int, ...] | None) -> bool:
    """Whether the acting party should replace what "they" resolved to: nothing, the speaker or
    the people acted on (the speaker's own side: "The three ... were seized by gunmen. 'They beat
    us'"), or something that is not people at all."""
    if not current:
        return True
    agents, patients = party
    if set(current) & (set(patients) | set(speaker or ())):
        return True
    if any(doc[h].dep_ == "nsubjpass" for h in current):
        # "prisoners in his ward were denied visits ... 'They wanted us to confess'": people
        # the article shows acted on are the speaker's side too
        return True
    return all((_describe(doc[h]) or ("", ""))[1] not in ("person", "group") for h in current)


#: Small numbers in words, for the size of a set ("three engineers").
COUNT_WORDS: dict[str, int] = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
#: Plural nouns that re-describe any set of people ("three engineers ... the three men").
PEOPLE_NOUNS = frozenset("man woman people person hostage captive".split())
#: How many sentences back a set of the same size is looked for: the size says which set it is.
SAME_COUNT_WINDOW = 10


def _count(noun: Token) -> int | None:
    """The size a plural noun states: its number ("three engineers", "the 12 soldiers"), or the
    members listed in apposition ("The men, a Canadian, a Peruvian and a Chilean")."""
    for child in children(noun):
        if child.dep_ == "nummod":
            text = child.lower_.replace(",", "")
            return int(text) if text.isdigit() else COUNT_WORDS.get(text)
    for child in children(noun):
        if child.dep_ == "appos" and child.i > noun.i:
            members = [child, *child.conjuncts]
            if len(members) >= 2 and all(m.tag_ in ("NN", "NNP") for m in members):
                return len(members)
    return None


def _same_count_set(token: Token, sentence: int, resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """"Gunmen seized three engineers ... the three engineers / the three men": a definite plural
    whose size is known takes the latest earlier plural of that size with the same noun (or a
    set of people, for "men", "women", "hostages"), up to SAME_COUNT_WINDOW sentences back."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children(token)):
        return None
    size = _count(token)
    if size is None or size < 2:
        return None
    doc = token.doc
    lemma = token.lemma_.lower()
    starts = memo(doc)["kg_sentence_bounds"][0]
    for earlier in reversed(_counted_sets(doc)):
        if earlier.i >= token.i:
            continue
        if sentence - (bisect_right(starts, earlier.i) - 1) > SAME_COUNT_WINDOW:
            break
        if _count(earlier) != size:
            continue
        other = earlier.lemma_.lower()
        people = lemma in PEOPLE_NOUNS and (other in PERSON_NOUNS or other in PEOPLE_NOUNS)
        if other == lemma and _modifiers_in_name(token, earlier.i) or people:
            return resolved.get(earlier.i, (earlier.i,))
    if lemma in COUNTRY_NOUNS:
        # "Ghana ... Ivory Coast ... the two countries": the article's places, when it has named
        # exactly that many (outside the dateline) in the window; else nothing
        first = starts[max(sentence - SAME_COUNT_WINDOW, 0)]
        _, dateline_end = _dateline_span(doc)
        places: dict[str, int] = {}
        facts = name_facts(doc)
        for ent in _named_entities(doc):
            if ent.label_ == "GPE" and first <= ent.start and ent.end <= token.i and ent.start_char >= dateline_end:
                known = facts.get(_name_key(ent))
                if known is not None and known.classes & PLACE_NOUNS:
                    continue  # "WARSAW, Aug 11 - ... Warsaw backed ... the two countries": a city is no country
                places[_name_key(ent)] = ent.root.i
        for other in doc_tokens(doc)[first : token.i]:
            # "a Belarusian diplomat ... Belarus denied ...": a country NER left untyped
            if other.pos == PROPN and other.ent_iob_ == "O" and other.idx >= dateline_end \
                    and (known := facts.get(other.lower_)) is not None and known.kind == "place" \
                    and not known.classes & PLACE_NOUNS:
                places.setdefault(other.lower_, other.i)
        if len(places) == size:
            return tuple(sorted(places.values()))
    kind = "place" if lemma in COUNTRY_NOUNS else "group" if lemma in COMPANY_COUNT_NOUNS else None
    if lemma in PEOPLE_NOUNS or lemma in PERSON_NOUNS:
        kind = "person"  # "Police arrested Peter Mwangi and James Otieno ... The two men were charged"
    if kind is not None:
        # "the merger of mobile operators Polkomtel and P4 ... the two companies", "talks between
        # Serbia and Kosovo (with other places about) ... the two sides": the latest coordination
        # of exactly that many names of that kind
        first = starts[max(sentence - SAME_COUNT_WINDOW, 0)]
        for head in reversed(_coordinated_names(doc)):
            members = [head, *head.conjuncts]
            kinds = [(_describe(m) or ("", ""))[1] for m in members]
            # (a name NER missed, "Orange Polska", is of the kind of its fellows)
            if first <= head.i and max(m.i for m in members) < token.i and len(members) == size and kind in kinds \
                    and all(k == kind or not m.ent_type_ and m.pos == PROPN for k, m in zip(kinds, members)):
                return tuple(sorted(m.i for m in members))
    return None


def _sole_earlier_set(token: Token) -> tuple[int, ...] | None:
    """"14 missing sand miners ... The missing miners": a definite plural of a person noun, with
    a modifier, whose noun the article used once before, anywhere, for a set with its modifiers
    (what has become of people aside, see PEOPLES_STATES) and the state it states, when any;
    likewise "the head of the state roads agency ... (fourteen sentences on) ... the roads
    agency": a noun with a noun compound, said once before with it."""
    doc = token.doc
    lemma = token.lemma_.lower()
    modifiers = [c for c in children(token) if c.dep_ in ("amod", "compound")]
    compounded = any(c.dep_ == "compound" and c.pos == NOUN for c in modifiers)
    if not modifiers or not (token.tag_ == "NNS" and lemma in PERSON_NOUNS or compounded):
        return None
    words, tags = doc_tokens(doc), parts_of_speech(doc)
    earlier = [words[i] for i in range(token.i) if tags[i] == NOUN and words[i].lemma_.lower() == lemma]
    if len(earlier) != 1 or _plural(earlier[0]) != _plural(token) or earlier[0].dep_ == "compound" \
            or not _modifiers_in_name(token, earlier[0].i):
        return None
    said = {c.lower_ for c in children(earlier[0]) if c.dep_ in ("amod", "compound")}
    return (earlier[0].i,) if {m.lower_ for m in modifiers} <= said else None


#: Words after which a place is land with a sea around it: "off Crete", "off the coast of Cyprus".
OFFSHORE_PREPOSITIONS = frozenset({"off"})
#: Entity labels that are never a name: a date, a number, an amount.
NOT_PLACE_LABELS = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())


def _island_offshore(token: Token) -> tuple[int, ...] | None:
    """"A boat capsized off Lesbos ... Arrivals on the island have doubled": a bare "the
    island" (no island named as one, which _repeated_noun takes up: "the island of Basilan")
    is the one place the article put the sea beside before it, "off X" or "off the coast
    of X"; None when no place or more than one was said so. (Any name outside the dateline:
    NER types "off Borneo" a person and "off Crete" an organisation, but nothing is "off" a
    person or a company.)"""
    if any(c.dep_ in ("amod", "compound") for c in children(token)):
        return None  # "the main island", "the Greek island": a description that says which
    doc = token.doc
    dateline_start, dateline_end = _dateline_span(doc)
    found: dict[str, int] = {}
    for ent in entities(doc):
        if ent.start >= token.i:
            break
        if ent.label_ in NOT_PLACE_LABELS or dateline_start <= ent.start_char < dateline_end:
            continue
        # (read by position, not parse: the parser makes "off" a particle and the name its
        # verb's object, or a headline's name an adverb)
        before = doc[max(ent.start - 4, 0):ent.start]
        if ent.start and doc[ent.start - 1].lower_ in OFFSHORE_PREPOSITIONS or len(before) == 4 \
                and before[0].lower_ in OFFSHORE_PREPOSITIONS and before[2].lemma_.lower() == "coast":
            found[ent.text.lower()] = ent.root.i  # (its latest mention)
    return (next(iter(found.values())),) if len(found) == 1 else None


#: Descriptions of a mountain, and the titles that open a mountain's name ("Mount Semeru", "Mt Etna").
MOUNTAIN_DESCRIPTIONS = frozenset("mountain volcano peak".split())
MOUNTAIN_TITLES = frozenset("mount mt mt.".split())


def _only_mountain(token: Token) -> tuple[int, ...] | None:
    """"Mount Semeru erupted on Saturday ... The volcano has erupted several times since 2021":
    a bare "the volcano" / "the mountain" (no modifier: "the nearby volcano" may be another) that
    no earlier noun took up is the one name opening with "Mount" said before it; None when the
    article named none or several."""
    if any(c.dep_ in ("amod", "compound", "poss") for c in children(token)):
        return None
    # (read from the words, not NER, which may leave "Mount Semeru" untyped; this runs only
    # for the rare description no earlier noun took up)
    words = doc_tokens(token.doc)
    found: dict[str, int] = {}
    for i in range(token.i - 1):
        title = words[i]
        if title.lower_ in MOUNTAIN_TITLES and title.is_title and words[i + 1].pos == PROPN and words[i + 1].is_title:
            end = i + 1
            while end + 1 < token.i and words[end + 1].pos == PROPN and words[end + 1].is_title:
                end += 1
            found[" ".join(w.lower_ for w in words[i + 1:end + 1])] = end  # (its latest mention)
    return (next(iter(found.values())),) if len(found) == 1 else None


#: Plurals that take up a set of people said before under another noun ("14 sand miners ... the men").
SET_PEOPLE_NOUNS = frozenset("men women".split())


def _people_set_before(token: Token, sentence: int, candidates: list[Candidate],
                       resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """"Police arrested 14 sand miners on Monday. The men were charged with theft": a bare "the
    men" (or "the women") is the one set of people the sentence before (or its own, before it)
    named by a plural noun for people, else that sentence's subject among several such sets;
    a set said by a noun of the other gender ("the fishermen ... the women") is not it."""
    if not _is_definite(token) or any(c.dep_ in ("amod", "compound", "nummod") for c in children(token)):
        return None
    doc = token.doc
    gender = GENDERED_WORDS.get(_lemma(token))
    sets: dict[tuple[str, ...], tuple[Candidate, tuple[int, ...]]] = {}
    above = {t.i for t in token.ancestors}
    for c in candidates:
        if c.sentence < sentence - 1 or len(c.heads) != 1 or c.position == token.i or c.source:
            continue
        noun = doc[c.position]
        if noun.head.i in above and noun.dep_ in SUBJECT_DEPS:
            continue  # "Relatives accused the company of keeping the men at work": not the relatives
        if noun.pos != NOUN or not _plural(noun) or _lemma(noun) not in PERSON_NOUNS \
                or GENDERED_WORDS.get(_lemma(noun), gender) != gender:
            continue
        heads = resolved.get(noun.i, c.heads)
        sets[tuple(sorted(_referent_key(doc, h) for h in heads))] = (c, heads)
    if len(sets) > 1:
        subjects = [found for found in sets.values() if doc[found[0].position].dep_ == "nsubj"]  # (active: not "were killed")
        sets = {(): subjects[0]} if len(subjects) == 1 else {}
    return next(iter(sets.values()))[1] if len(sets) == 1 else None


#: Descriptions of people by what was done to them -> the verbs that did it: "Gunmen abducted
#: 12 road workers ... the hostages", "shot dead three villagers ... the victims".
ROLE_DESCRIPTIONS = {
    **dict.fromkeys(("hostage", "captive", "abductee"), frozenset("kidnap abduct seize hold take capture".split())),
    "victim": frozenset("kill shoot stab attack injure wound murder assault rob rape beat".split()),
}


def _done_to(token: Token, sentence: int, resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """The people the description's verbs were done to before it, as object ("abducted 12
    workers") or passive subject ("three villagers were shot dead"), in the description's
    number ("the hostages" a plural or a coordination, "the victim" one); None unless the
    article did them to one set of people only (a story's background has its own victims)."""
    doc = token.doc
    verbs = ROLE_DESCRIPTIONS[token.lemma_.lower()]
    plural = token.tag_ == "NNS"
    found: dict[tuple[str, ...], tuple[int, ...]] = {}
    for earlier in doc_tokens(doc)[: token.i]:
        if earlier.dep_ not in ("dobj", "nsubjpass") or earlier.head.lemma_.lower() not in verbs:
            continue
        heads = resolved.get(earlier.i) if earlier.pos == PRON else (earlier.i, *(c.i for c in earlier.conjuncts))
        if not heads:
            continue
        if earlier.lemma_.lower() in COUNT_NOUNS:
            heads = ((_counted(earlier) or earlier).i,)  # "kidnapped dozens of pupils"
        described = _antecedent_description(doc, heads) if earlier.pos == PRON else _describe(doc[heads[0]])
        number = "pl" if len(heads) > 1 or _plural(doc[heads[0]]) else "sg"
        if described is not None and described[1] == "person" and (number == "pl") == plural:
            heads = resolved.get(heads[0], heads) if len(heads) == 1 else heads
            found[tuple(sorted(_referent_key(doc, h) for h in heads))] = heads
    # "abducted 12 road workers ... In March, bandits seized 280 pupils ... the hostages": either
    return next(iter(found.values())) if len(found) == 1 else None


#: Numbers standing alone as a noun phrase ("The two will appear in court").
NUMBERS = frozenset({NUM})


def _the_counted(token: Token, sentence: int, resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """"Police arrested two men ... The two will appear in court", "Kenya and Uganda ... the
    two": a number standing alone with "the" takes the latest set of that size within
    SAME_COUNT_WINDOW sentences, a counted plural or a coordination of that many names."""
    size = COUNT_WORDS.get(token.lower_)
    if size is None or size < 2 or token.dep_ == "nummod" \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children(token)) \
            or any(c.dep_ == "prep" for c in children(token)):  # "the two of them", "the three in custody"
        return None
    doc = token.doc
    starts = memo(doc)["kg_sentence_bounds"][0]
    first = starts[max(sentence - SAME_COUNT_WINDOW, 0)]
    counted = [t for t in _counted_sets(doc) if first <= t.i < token.i and _count(t) == size]
    named = [head for head in _coordinated_names(doc) if first <= head.i
             and len(members := [head, *head.conjuncts]) == size and max(m.i for m in members) < token.i]
    sets = [tuple(sorted(m.i for m in [head, *head.conjuncts])) for head in named]
    sets += [resolved.get(t.i, (t.i,)) for t in counted]
    # "two men ... raids in Belgium and Germany ... The two": two sets of that size, either
    if len({tuple(sorted(_referent_key(doc, h) for h in heads)) for heads in sets}) != 1:
        return None
    return max(sets, key=max)


#: Nouns for which "the two companies" takes the latest coordination of that many organisations.
COMPANY_COUNT_NOUNS = frozenset(
    "company firm group operator carrier airline bank lender insurer miner producer organisation organization".split())


def _coordinated_names(doc: Doc) -> list[Token]:
    """The first conjuncts of coordinated names ("Polkomtel and P4"), in order (kept in the Doc's memo, :mod:`kg.memo`)."""
    found = memo(doc).get("kg_coref_coordinated")
    if found is None:
        found = memo(doc)["kg_coref_coordinated"] = [
            t for t in doc_tokens(doc) if t.dep_ != "conj" and (t.ent_type_ or t.pos == PROPN)
            and any(c.dep_ == "conj" for c in children(t))]
    return found


#: Nouns for which "the two countries" counts the places the article named.
COUNTRY_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor"})


def _counted_sets(doc: Doc) -> list[Token]:
    """The plural nouns of ``doc`` with a number (kept in the Doc's memo, :mod:`kg.memo`)."""
    found = memo(doc).get("kg_coref_counted")
    if found is None:
        found = memo(doc)["kg_coref_counted"] = [
            t for t in doc_tokens(doc) if t.tag_ == "NNS" and t.pos == NOUN and any(c.dep_ == "nummod" for c in children(t))]
    return found


#: Quantifiers of a partitive "most of them", "some of them".
QUANTIFIERS = frozenset("most many some all none several few both half each one two three neither either".split())


def _partitive_set(pronoun: Token) -> tuple[int, ...] | None:
    """"40 people, some of them children", "13 staff members, most of them detained ...":
    a partitive set off by a comma right after a plural noun takes that noun."""
    of = pronoun.head
    if pronoun.lower_ != "them" or pronoun.dep_ != "pobj" or of.lower_ != "of":
        return None
    quantifier = of.head
    if not (quantifier.lower_ in QUANTIFIERS or quantifier.tag_ == "CD") or quantifier.i != of.i - 1:
        return None
    doc = pronoun.doc
    start = quantifier.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    for noun in reversed(doc[max(0, start - 8) : start - 1]):  # "20 farm workers in Zamfara, most of them"
        if noun.tag_ in ("NNS", "NNPS") and noun.pos in (NOUN, PROPN):
            return (noun.i,)
        if noun.pos in (VERB, AUX, PUNCT, PRON):
            break
    return None


def _through_possessor(candidate: Candidate, resolved: dict[int, tuple[int, ...]], doc: Doc) -> Candidate:
    """"its fighters kidnapped 40 workers. They released most of them": members under a
    resolved possessive stand for their group, so "they" is the group and "them" is not."""
    if len(candidate.heads) != 1:
        return candidate
    head = doc[candidate.heads[0]]
    if head.tag_ != "NNS" or head.lemma_.lower() not in MEMBER_NOUNS:
        return candidate
    for child in children(head):
        # "its fighters", not "his fighters": members of a person are not that person
        if child.dep_ == "poss" and child.i in resolved and child.lower_ not in PERSON_POSSESSIVES:
            return replace(candidate, heads=resolved[child.i], number="group", kind="group", entity=True)
    return candidate


#: Possessives that only a person takes ("his fighters" are not "he").
PERSON_POSSESSIVES = frozenset({"his", "her"})


DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _is_headline(sent) -> bool:
    """"Commandos free crew of ship seized by pirates" above the report: a headline summarises
    the story, so the nouns in it are not what the first sentences refer back to ("... seized a
    bulk carrier ... the ship's engines" is the carrier, not the headline's ship)."""
    if sent.start != 0 or len(sent) < 2 or "\n\n" not in sent[-1].text:
        return False
    return sent[-2].text not in (".", "!", "?", '"', "”")


def _is_dateline(sent) -> bool:
    """"KHARTOUM, Sudan -": the dateline names where the report was filed, not a referent."""
    last = sent[-1] if not sent[-1].is_space or len(sent) < 2 else sent[-2]
    return last.text in DATELINE_DASHES and sent[0].is_upper


#: Roles in which an age adjective is a noun: "The 58-year-old had led", "praised the 58-year-old".
AGE_NOUN_DEPS = SUBJECT_DEPS | frozenset({"dobj", "pobj"})


def _age_description(token: Token) -> bool:
    """"the 29-year-old": an age used as a noun (see kg.repairs), which stands for a person."""
    # "The 58-year-old had led the watchdog": the parser may already make the age the subject
    # but leave it an adjective (kg.repairs retags only an age hung on the verb as "amod")
    if token.lower_ != "old":
        return False  # (the cheapest test first: this is asked of every noun)
    noun = token.pos == NOUN or token.pos == ADJ and token.dep_ in AGE_NOUN_DEPS
    return noun and _is_definite(token) \
        and any(c.lower_ in ("year", "years") and c.dep_ == "npadvmod" for c in children(token))


def _described_age(token: Token) -> int | None:
    """The age an age description gives ("the 34-year-old" -> 34), else None."""
    if not _age_description(token):
        return None
    for year in children(token):
        if year.lower_ in ("year", "years") and year.dep_ == "npadvmod":
            number = next((c for c in children(year) if c.dep_ == "nummod" and c.text.isdigit()), None)
            if number is not None:
                return int(number.text)
    return None


def _of_another_age(doc: Doc, age: int | None, heads: tuple[int, ...]) -> bool:
    """Whether the article gives one of ``heads`` an age other than ``age`` (by surname:
    "radio journalist Carlos Ibarra ... Ibarra, 52")."""
    if age is None:
        return False
    known = _known_ages(doc)
    return any(known.get(_referent_key(doc, h).split()[-1], {age}) != {age} for h in heads)


def _person_of_age(token: Token, age: int, candidates: list[Candidate]) -> tuple[int, ...] | None:
    """"Kiprop, 61, was convicted ... (Ombeta said ...) ... The 61-year-old served as minister":
    an age description takes up the one person the article gave that age, at that person's
    latest mention among ``candidates``; None when no one, or more than one, has it, or when
    the surname carries another age too ("Maria Lopes, 34, and Joao Lopes, 29")."""
    doc = token.doc
    surnames = [surname for surname, ages in _known_ages(doc).items() if ages == {age}]
    if len(surnames) != 1:
        return None
    mentions = [c for c in candidates if c.position < token.i and len(c.heads) == 1 and c.kind == "person"
                and _referent_key(doc, c.heads[0]).split()[-1:] == surnames]
    return max(mentions, key=lambda c: c.position).heads if mentions else None


def _known_ages(doc: Doc) -> dict[str, set[int]]:
    """Surname (last word of the folded name) -> the ages the article gives the person ("Ibarra, 52, was shot", "52-year-old
    Carlos Ibarra"), once per Doc: an age description of another age is someone else."""
    ages = memo(doc).get("kg_coref_ages")
    if ages is not None:
        return ages
    ages = memo(doc)["kg_coref_ages"] = {}
    for token in doc_tokens(doc):
        # "Ibarra, 52, was shot dead" (NER may leave the lone surname untyped)
        if token.pos == PROPN and token.i + 3 < len(doc) and doc[token.i + 1].text == "," \
                and doc[token.i + 3].text in (",", ".", ";") and doc[token.i + 2].text.isdigit() \
                and 1 <= int(doc[token.i + 2].text) <= 120:
            ages.setdefault(_referent_key(doc, token.i).split()[-1], set()).add(int(doc[token.i + 2].text))
    for token in doc_tokens(doc):
        if token.lower_ == "old" and token.dep_ == "amod" and token.head.pos == PROPN and token.head.ent_type_:
            year = next((c for c in children(token) if c.lower_ in ("year", "years") and c.dep_ == "npadvmod"), None)
            number = next((c for c in children(year) if c.dep_ == "nummod" and c.text.isdigit()), None) if year else None
            if number is not None:  # "52-year-old Carlos Ibarra"
                ages.setdefault(_referent_key(doc, token.head.i).split()[-1], set()).add(int(number.text))
    return ages


def is_nominal_anaphor(token: Token) -> bool:
    """"the group", "the jihadist group", "the official", "the storm" (after "Tropical
    Storm Lando"): a definite description that refers back, not a name."""
    if _age_description(token):
        return True  # "The 29-year-old denied taking the drug": a person said before
    if token.pos != NOUN or token.ent_type_:
        return False
    lemma = token.lemma_.lower()
    introduced: bool | None = None  # _said_as_introduced, asked at most once (below)
    # "BC Wildfire Service ... the wildfire service": a noun whose modifiers, compounds
    # included, are words of the one earlier name it heads (checked by _names_headed_by)
    if lemma not in NOMINAL_ANAPHORS and not (
        _is_definite(token, named_compounds=True) and _names_headed_by(token, lemma)
    ) and not (
        # "Terminal operator Gdansk Container Hub ... the operator", "X, the drug regulator ...
        # the regulator": a noun the article called a name by
        lemma in _called_nouns(token.doc) and _is_definite(token)
    ) and not (introduced := _said_as_introduced(token, lemma)) and not _titled_person_noun(token, lemma) and not _said_with_proper_modifiers(token, lemma) and not (
        # "marathon runner Joseph Kiptum ... The athlete had been banned": a sportsperson said before
        lemma in SPORT_DESCRIPTIONS and token.tag_ == "NN" and _is_definite(token) and _sportsperson(token)
    ) and not (
        # "Hakamada founded the company in 2010. The engineer said": the one person just named
        lemma in TRADE_DESCRIPTIONS and _trade_of_last_subject(token, lemma)
    ):
        return False
    if token.tag_ == "NNS" and token.lemma_.lower() not in MEMBER_NOUNS:
        return False  # "the three towns", "the officials", "the Sunni groups": sets, not one thing said before
    if token.tag_ != "NNS" and token.lemma_.lower() in MEMBER_NOUNS:
        return False  # "the gunman" is one person, not the group
    if any(c.dep_ == "nummod" for c in children(token)):
        return False
    # ("Zurab Tsiklauri, the party's secretary-general": a possessive the parser hung as the
    # apposition, its title split at the hyphen, still refers)
    if token.dep_ == "compound" or token.dep_ == "appos" and not any(c.dep_ == "case" for c in children(token)) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
        return False
    # "the group of officers", "the group, which ...", "the city of Mosul" introduce, not refer;
    # a common noun classifying a group or company does not ("the rebel group", "the mining company")
    classifying = lemma in DESCRIPTION_CLASSES or lemma == "group" or (
        introduced if introduced is not None else _said_as_introduced(token, lemma))
    if any(c.dep_ == "compound" and c.pos == NOUN for c in children(token)) and not classifying \
            and _names_headed_by(token, lemma):
        classifying = True  # "the finance ministry" after "the Ministry of Finance": its compounds name it
    if any(c.pos == PROPN and c.dep_ in ("compound", "amod") for c in children(token)) \
            and _said_with_proper_modifiers(token, lemma):
        return True  # "Sahara Petroleum, a Dubai-based affiliate, ... closed the Dubai affiliate"
    return not any(
        c.dep_ == "appos" and not _describing_apposition(c) or c.dep_ == "prep" and not _temporal(c)
        or c.pos == PROPN and not (lemma in MAIN_COUNTRY_DESCRIPTIONS and _region_word(c)) and not _company_nationality(lemma, c)
        or c.dep_ == "relcl" and not _set_off(c)  # "the company, which pays royalties" still refers
        or c.dep_ == "acl" and not _set_off(c)  # "The dam, built by Webuild, ..." still refers
        or c.dep_ == "compound" and not (classifying and c.pos == NOUN) and c.ent_type_ not in ("QUANTITY", "DATE")
        and not (lemma in MAIN_COUNTRY_DESCRIPTIONS and _region_word(c)) and not _company_nationality(lemma, c)
        for c in children(token)
    )


def _company_nationality(lemma: str, modifier: Token) -> bool:
    """Whether a modifier of a company description is a country's name said as its nationality:
    "The U.S. firm" is "the American firm" (checked against the name by _nationality_agrees)."""
    return DESCRIPTION_CLASSES.get(lemma) == "company" and _country_as_nationality(modifier) is not None


def _region_word(modifier: Token) -> bool:
    """"the South Caucasus country", "the Gulf nation", "the Balkan country": a region said of
    "the country" places the story's country, it does not name another (a country's own name
    or demonym would: "the Kenyan nation" is left to the name)."""
    return modifier.dep_ in ("compound", "amod") and modifier.ent_type_ in ("LOC", "NORP") \
        and modifier.lower_ not in COUNTRY_NAMES and modifier.text not in COUNTRY_OF_DEMONYM


#: Determiners of a definite description: "the mine", "that attack", "these clashes".
DEFINITE_DETERMINERS = frozenset("the that this those these".split())


def _is_definite(token: Token, named_compounds: bool = False, demonstrative: bool = False,
                 described: bool = False) -> bool:
    """"the mine": a definite noun with nothing restricting it to something new; with
    ``named_compounds``, noun compounds are allowed (the caller checks them against a name);
    with ``demonstrative``, "that attack" is definite too; with ``described``, an apposition
    that says more of it is allowed ("The guard, a 58-year-old former soldier, was treated")."""
    determiners = DEFINITE_DETERMINERS if demonstrative else ("the",)
    return any(c.dep_ == "det" and c.lower_ in determiners for c in children(token)) and not any(
        c.dep_ == "appos" and not (described and _describing_apposition(c)) or c.dep_ == "prep" and not _temporal(c)
        # "the 145-metre dam": a measure describes the thing, "the 300 workers" counts a new set
        or c.dep_ == "nummod" and c.ent_type_ not in ("QUANTITY", "DATE")
        or c.dep_ == "compound" and c.ent_type_ not in ("QUANTITY", "DATE")
        and not (named_compounds and c.pos == NOUN)
        or c.dep_ in ("relcl", "acl") and not _set_off(c)
        for c in children(token)
    )


def _said_as_introduced(token: Token, lemma: str) -> bool:
    """"South Korean battery maker Hanjin Energy ... The battery maker has four plants": a definite
    noun with noun compounds, said as the article introduced one name ("supermarket chain X ...
    The supermarket chain", "led by the fund manager X ... The fund manager said"): the noun is one
    the article called the name by and its compounds are words said just before that name."""
    if not any(c.dep_ == "compound" and c.pos == NOUN for c in children(token)) \
            or lemma not in _called_nouns(token.doc) or not _is_definite(token, named_compounds=True):
        return False
    called = _only_name_called(token, lemma)
    return called is not None and _called_with_modifiers(token, called)


def _temporal(prep: Token) -> bool:
    """"licences issued by the department between 2018 and 2020": a time the parser hung on
    the noun does not make a new description; nor does the "of" of "accused the president
    of corruption", which belongs to the verb."""
    if prep.lower_ == "of" and prep.head.dep_ == "dobj" and prep.head.head.lemma_ in OF_VERBS:
        return True
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children(prep))


#: Verbs whose "of" phrase is their own complement ("accused X of Y", "cleared X of Y").
OF_VERBS = frozenset("accuse convict suspect acquit clear warn inform rob strip deprive remind".split())





def _client_of(token: Token, resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """"His lawyer, Pieter van Wyk, said his client would appeal": the client of a person
    introduced as someone's lawyer is that someone."""
    doc = token.doc
    poss = next((c for c in children(token) if c.dep_ == "poss"), None)
    if poss is None:
        return None
    lawyer = resolved.get(poss.i) if poss.pos == PRON else (poss.i,)
    if not lawyer or len(lawyer) != 1:
        return None
    name = doc[lawyer[0]]
    if name.pos == NOUN and name.lemma_.lower() in LAWYER_NOUNS and len(resolved.get(name.i, ())) == 1:
        # "His lawyer, Roberto Su, said ... The lawyer told reporters his client": the lawyer
        # description stands for the lawyer introduced before
        lawyer = resolved[name.i]
        name = doc[lawyer[0]]
    # "His lawyer, Pieter van Wyk" or "Pieter van Wyk, his lawyer"
    titles = [name.head] if name.dep_ == "appos" else [c for c in children(name) if c.dep_ == "appos"]
    if name.pos == NOUN:
        titles = [name]  # "His lawyer said his client would appeal": a lawyer the article did not name
    for title in titles:
        if title.lemma_.lower() in LAWYER_NOUNS:
            # whose lawyer: "his lawyer", or "a lawyer for the engineer"
            owner = next((c for c in children(title) if c.dep_ == "poss"), None) or next(
                (o for p in children(title) if p.dep_ == "prep" and p.lower_ == "for"
                 for o in children(p) if o.dep_ == "pobj" and o.pos in (NOUN, PROPN, PRON)), None)
            if owner is not None:
                found = resolved.get(owner.i) if owner.pos == PRON else (owner.i,)
                return found if found and lawyer[0] not in found else None
    # "Davit Kapanadze, who represents her, ... his client": whom the person was said to
    # represent, where the article introduced them
    for person in _persons(doc):
        if person.start >= token.i or not _same_name(doc, (person.root.i,), lawyer):
            continue
        for clause in children(person.root):
            if clause.dep_ in ("relcl", "acl") and clause.lemma_ in REPRESENTING_VERBS:
                client = next((c for c in children(clause) if c.dep_ == "dobj"), None)
                if client is not None:
                    found = resolved.get(client.i) if client.pos == PRON else (client.i,)
                    return found if found and lawyer[0] not in found else None
    return None


#: Verbs by which a lawyer is introduced through the one represented ("X, who represents Y").
REPRESENTING_VERBS = frozenset("represent defend".split())


#: Nouns for a state that a person's possessive can stand for ("his government").
STATE_NOUNS = frozenset("government administration".split())


def _government_of_person(token: Token, resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """"Algerian Foreign Minister Mourad Hachemi said his government ...": the government of a
    person whose title names a nationality is that nationality's country, when the article has
    named it (the country whose name begins the demonym: Algeria/Algerian, Ghana/Ghanaian)."""
    doc = token.doc
    poss = next((c for c in children(token) if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owner = resolved.get(poss.i) if poss.pos == PRON else (poss.i,)
    if not owner or len(owner) != 1 or doc[owner[0]].ent_type_ != "PERSON":
        return None
    person = _entity_at(doc, owner[0])
    if person is None:
        return None
    # the nationality in the person's title, just before the name
    demonyms = [t.lower_ for t in doc[max(0, person.start - 4) : person.start] if t.ent_type_ == "NORP"]
    # the same person named earlier with the title ("... Hachemi ... his"): the first full mention
    if not demonyms:
        for other in _persons(doc):
            if other.start < person.start and other[-1].lower_ == person[-1].lower_:
                demonyms = [t.lower_ for t in doc[max(0, other.start - 4) : other.start] if t.ent_type_ == "NORP"]
                if demonyms:
                    break
    if len(demonyms) != 1:
        return None
    found = {}
    for ent in _named_entities(doc):
        if ent.start >= token.i:
            break
        name = ent.text.lower().removeprefix("the ")
        if ent.label_ == "GPE" and _demonym_of(demonyms[0], name):
            found[name] = ent.root.i
    return (next(iter(found.values())),) if len(found) == 1 else None


def _demonym_of(demonym: str, name: str) -> bool:
    """Whether a (lower-case) demonym is the one-word place ``name``'s: the name begins it, give or
    take the last letter (algeria/algerian, ghana/ghanaian, canada/canadian, peru/peruvian)."""
    if " " in name or len(name) < 4 or demonym == name:
        return False
    if demonym.startswith(name[: max(4, len(name) - 1)]):
        return True
    # names in -us, -os, -as drop the ending (cyprus/cypriot, mauritius/mauritian, barbados/barbadian)
    stem = name[:-2]
    return name.endswith(("us", "os", "as")) and len(stem) >= 4 and demonym.startswith(stem) \
        and demonym.endswith(("ian", "iot", "an"))


def _nationalities_before(ent) -> set[str]:
    """The demonyms in the noun phrase just before a name: "Danish shipping group Nordhavn Lines"
    -> {"danish"}; the phrase ends at anything but an adjective or a noun ("Ghana's largest lender X")."""
    found = set()
    for t in reversed(doc_tokens(ent.doc)[max(ent.start - 4, 0) : ent.start]):
        if _nationality_word(t):
            found.add(t.lower_)
        elif (demonym := _country_as_nationality(t)) is not None:
            found.add(demonym)  # "U.S. payments firm ClearPay": American
        elif t.pos not in (ADJ, NOUN, PROPN) or t.ent_type_:
            break
    return found


def _nationality_word(token: Token) -> bool:
    """"Dutch", "Kenyan": a nationality, or a capitalised adjective NER left untyped where a phrase
    opens a sentence ("Danish shipping group X said")."""
    return token.ent_type_ == "NORP" or token.tag_ == "JJ" and token.is_title and not token.ent_type_


#: A country's demonym (lower case), for a country name that stands as a nationality.
DEMONYM_OF_COUNTRY = {country: demonym.lower() for demonym, country in reversed(COUNTRY_OF_DEMONYM.items())}


def _country_as_nationality(token: Token) -> str | None:
    """"The U.S. firm", "the UK lender": a country's name as a compound before a noun says the
    nationality its demonym would ("the American firm"); the demonym, or None."""
    if token.dep_ != "compound" or token.pos != PROPN or token.ent_type_ not in ("GPE", ""):
        return None
    country = COUNTRY_NAMES.get(token.lower_)
    return DEMONYM_OF_COUNTRY.get(country) if country is not None else None


def _nationality_agrees(description: Token, head: int, unknown: bool = False) -> bool:
    """"the Danish firm", "the British manufacturer": a nationality on a description is one the
    article introduced the name with, or the country the name says ("Kenya Airways ... the Kenyan
    carrier"); without a nationality any name agrees. With ``unknown``, a name the article gave no
    nationality agrees too, unless the nationality was given to another name or a place is among
    its words (the caller keeps such a name only when it is the one candidate)."""
    said = {c.lower_ for c in children(description) if c.dep_ in ("amod", "compound") and _nationality_word(c)}
    said |= {d for c in children(description) if (d := _country_as_nationality(c)) is not None}  # "the U.S. firm"
    if not said:
        return True
    doc = description.doc
    ent = _entity_at(doc, head)
    facts = name_facts(doc)
    # (an untyped name: "Swiss drugmaker Pellion" after a dateline)
    fact = facts.get(_name_key(ent)) if ent is not None else facts.get(_untyped_name_key(doc[head]))
    if fact is not None and said <= fact.nationalities:
        return True
    words = {t.lower_ for t in ent} if ent is not None else {doc[head].lower_}
    if all(any(_demonym_of(d, w) for w in words) for d in said):
        return True
    # "TotalEnergies, which halted a gas project ... The French company": a name the article gave
    # no nationality takes one no other name was introduced with, unless a place is among its
    # words ("Kenya Airways" is not "the Ugandan carrier")
    if not unknown or fact is None or fact.nationalities or said & _introduced_nationalities(doc, description.i):
        return False
    return not words & _place_words(doc)


def _introduced_nationalities(doc: Doc, before: int) -> frozenset[str]:
    """The nationalities the article introduced any name with ("Danish shipping group X") before
    token ``before``: "Airbus ... The European aerospace group" is not barred by "Eumetsat, the
    European weather satellite organisation" named after it. (First mentions kept once per Doc.)"""
    firsts = memo(doc).get("kg_coref_nationalities")
    if firsts is None:
        facts = name_facts(doc)
        seen: dict[str, int] = {}
        for ent in _named_entities(doc):
            seen.setdefault(_name_key(ent), ent.start)
        # (an untyped name, "Swiss drugmaker Pellion" after a dateline, counts from the start)
        firsts = memo(doc)["kg_coref_nationalities"] = [
            (seen.get(key, 0), fact.nationalities) for key, fact in facts.items() if fact.nationalities]
    return frozenset(d for start, found in firsts if start < before for d in found)


def _place_words(doc: Doc) -> frozenset[str]:
    """The lower-case words of the article's place names (GPE), once per Doc."""
    found = memo(doc).get("kg_coref_place_words")
    if found is None:
        found = memo(doc)["kg_coref_place_words"] = frozenset(
            t.lower_ for e in entities(doc) if e.label_ == "GPE" for t in e)
    return found


def _hyphenated(noun: Token) -> bool:
    """"vice-president", "ex-minister": the last part of a hyphenated word is another noun."""
    return noun.i > 1 and noun.doc[noun.i - 1].text == "-" and not noun.doc[noun.i - 2].whitespace_


def _describing_apposition(appos: Token) -> bool:
    """"The lender, Kenya's largest by customers, said", "The company, a unit of Glencore,": an
    apposition set off by commas that says more of a description, not a name that introduces
    something new ("The ship, Sea Haven," is taken up by its name)."""
    return _set_off(appos) and appos.pos in (NOUN, ADJ) and not appos.ent_type_ \
        and not any(c.dep_ == "conj" for c in children(appos))


def _set_off(clause: Token) -> bool:
    """"The mine, located near ...": a clause after a comma adds to a description, it does not restrict it."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


#: Nouns a description may take up under another name ("A fast-moving wildfire ... The fire"):
#: description lemma -> the nouns it stands for besides itself.
DESCRIPTION_SYNONYMS = {
    "fire": frozenset("wildfire bushfire blaze inferno".split()),
    # "A fire broke out at the refinery ... firefighters put out the blaze"
    "blaze": frozenset("fire wildfire bushfire inferno".split()),
    "storm": frozenset("typhoon hurricane cyclone".split()),
    "quake": frozenset({"earthquake"}),
    "earthquake": frozenset({"quake"}),
    # "A cargo plane crash-landed ... The aircraft came down in a field"
    # (and a type of aircraft: "A Buddha Air turboprop skidded off the runway ... the aircraft")
    "aircraft": frozenset("plane jet airliner airplane aeroplane turboprop".split()),
    "plane": frozenset("aircraft jet airliner airplane aeroplane turboprop".split()),
    "jet": frozenset("plane aircraft airliner".split()),
    # "A landslide buried a village ... The slide struck at 3 a.m."
    "slide": frozenset("landslide mudslide landslip".split()),
    "landslide": frozenset("mudslide landslip".split()),
    # "An explosion ripped through a market ... The blast killed 12 people"
    "blast": frozenset({"explosion"}),
    "explosion": frozenset({"blast"}),
    # acts of violence: "fighting along the frontier killed 100 people ... that attack"
    "attack": frozenset("assault raid ambush bombing offensive fighting shelling clash".split()),
    "fighting": frozenset("clash battle".split()),
    "clash": frozenset("fighting battle".split()),
    # "crushed a mutiny ... condemned the attempt"
    "attempt": frozenset("mutiny coup putsch uprising".split()),
    # "blocked the main highway ... cleared the road"
    "road": frozenset("highway motorway expressway".split()),
    # "brokered a peace deal ... withdrew from that accord": one agreement, named by its synonyms
    "accord": frozenset("deal agreement pact treaty".split()),
    "agreement": frozenset("deal accord pact treaty".split()),
    "pact": frozenset("deal agreement accord treaty".split()),
    # "the cedi lost a fifth of its value ... The currency": a currency by its name (not the
    # dollar or the euro, which a report names as the measure of the others)
    "currency": frozenset("""cedi naira rand kwacha shilling rupee kyat peso lira ruble rouble yuan renminbi
    ringgit baht dinar rial riyal hryvnia won rupiah taka dirham leone birr""".split()),
}


#: Descriptions of a country's military rulers ("the junta"): only the rulers said before take
#: them up (MILITARY_RULER_NOUNS), never a name in reach (a rebel army, a company it expels).
MILITARY_RULER_DESCRIPTIONS = frozenset({"junta"})
#: Nouns for military rulers: "the army", "the military", or "government", "regime", "council"
#: said "military" ("Niger's military government ... The junta accused the firm").
MILITARY_RULER_NOUNS = frozenset("junta army military".split())
RULING_NOUNS = frozenset("government regime council rulers ruler leaders".split())


def _same_description(lemma: str, earlier: Token) -> bool:
    """Whether ``earlier`` (a common noun) is the description's noun said before, or one it
    takes up as the same: "Bangladesh's central bank ... The bank said ... The lender said" (a
    bank said again as "the lender"), "Niger's military government ... The junta"."""
    said = _lemma(earlier)
    if lemma in MILITARY_RULER_DESCRIPTIONS:
        return said in MILITARY_RULER_NOUNS or said in RULING_NOUNS and any(
            c.lower_ == "military" and c.dep_ in ("amod", "compound") for c in children(earlier))
    return said == lemma or lemma in BANK_DESCRIPTIONS and said == "bank"


def _craft_of_a_kind(doc: Doc, window: list[Candidate]) -> tuple[int, ...] | None:
    """"A ferry carrying 180 passengers caught fire ... The vessel had passed an inspection": with
    no ship named in play, the general words for a ship (GENERAL_SHIP_WORDS) take up the latest
    craft said nearby by its kind ("ferry", "trawler", "tanker"; not "the tanker" a ferry)."""
    kinds = [c for c in window if any(_lemma(doc[i]) in SHIP_WORDS for i in _said_as(c, doc))]
    return _container_name(doc, max(kinds, key=lambda c: c.position).heads) if kinds else None


def _repeated_noun(token: Token, candidates: list[Candidate], further: list[Candidate]) -> tuple[int, ...] | None:
    """"A tunnel collapse at a copper mine ... The mine, located near ...": a definite
    singular noun said before (within SAME_NOUN_WINDOW sentences) is the thing said before,
    when the earlier mention has the description's modifiers."""
    doc, words = token.doc, doc_tokens(token.doc)
    lemma = token.lemma_
    synonyms = DESCRIPTION_SYNONYMS.get(lemma, frozenset())
    # (without synonyms only a word of the same lemma can be said again: compared as
    # StringStore keys first, read once per Doc, before any lemma string is read)
    lemmas, key = _lemma_keys(doc), token.lemma
    same = [c for c in [*further, *candidates]
            if len(c.heads) == 1 and c.position < token.i
            and any((synonyms or lemmas[i] == key) and _said_again(token, words[i], lemma, synonyms)
                    for i in _said_as(c, doc))]
    return _container_name(doc, max(same, key=lambda c: c.position).heads) if same else None


def _lemma_keys(doc: Doc) -> list[int]:
    """The lemma of every token as its StringStore key (``token.lemma``), read at once per Doc."""
    found = memo(doc).get("kg_coref_lemma_keys")
    if found is None:
        found = memo(doc)["kg_coref_lemma_keys"] = doc.to_array(LEMMA).tolist()
    return found


def _said_again(token: Token, earlier: Token, lemma: str, synonyms: frozenset[str]) -> bool:
    """Whether ``earlier`` is the description's noun (or a synonym of it) said before, with its modifiers."""
    earlier_lemma = earlier.lemma_
    if earlier_lemma == lemma:
        matched = earlier.tag_ == token.tag_ and earlier.pos == NOUN
    elif synonyms and (earlier_lemma.lower() in synonyms or earlier.lower_ in synonyms):
        # "The naira fell ... The currency": the tagger may take a synonym for a name
        matched = earlier.tag_ == token.tag_ and earlier.pos == NOUN or (
            earlier.lower_ in synonyms and earlier.tag_ in ("NN", "NNP") and token.tag_ == "NN")
    else:
        return False
    return matched and _modifiers_in_name(token, earlier.i) and not _hyphenated(earlier)


def _common_noun(token: Token) -> bool:
    """A common noun, or one the tagger took for a name though it is lower case and in no
    entity ("Algeria's foreign ministry said", tagged NNP), or a plural opening a sentence ("Gunmen")."""
    return token.pos == NOUN or token.pos == PROPN and not token.ent_type_ and (
        token.is_lower or _opening_plural(token) is not None)


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or _opening_plural(token) is not None


#: Plurals not made with -s, for nouns the tagger takes for names when they open a sentence.
IRREGULAR_PLURALS = {"gunmen": "gunman", "militiamen": "militiaman", "tribesmen": "tribesman",
                     "policemen": "policeman", "men": "man", "women": "woman"}


def _opening_plural(token: Token) -> str | None:
    """"Insurers estimated ...", "Gunmen abducted 20 students": a capitalised plural opening a
    sentence, which the tagger took for a singular name (not a word of a name: "Nordlys said"),
    as its singular lemma; None for anything else."""
    if token.tag_ != "NNP" or token.ent_type_ or not token.is_sent_start or token.lower_ in _name_index(token.doc):
        return None
    if token.is_title and name_facts(token.doc).get(token.lower_, NameFacts(None, frozenset())).kind == "place":
        return None  # "Belarus denied the accusation" (after "a Belarusian diplomat"): a country, not a plural
    if token.lower_ in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[token.lower_]
    return token.lower_[:-1] if token.lower_.endswith("s") and not token.lower_.endswith("ss") else None


def _lemma(token: Token) -> str:
    """The lower-case lemma, read through a plural opening a sentence ("Gunmen" -> gunman)."""
    return _opening_plural(token) or token.lemma_.lower()


def _said_as(candidate: Candidate, doc: Doc) -> tuple[int, ...]:
    """The nouns a candidate was said with: its head, and the noun at its position when that
    stands for a name ("the EU's naval force, Atalanta" -> force; "the ship" resolved to the
    Sea Falcon -> ship), so that the same noun said again takes up the name."""
    if candidate.position not in candidate.heads:
        return (*candidate.heads, candidate.position)
    noun = _apposed_to_noun(doc).get(candidate.position)
    if noun is not None and len(candidate.heads) == 1:
        return (*candidate.heads, noun)  # the name candidate of "the naval force, Atalanta," (force hung as an adverbial)
    return candidate.heads


def _apposed_to_noun(doc: Doc) -> dict[int, int]:
    """Token in apposition -> the common noun it is in apposition to, once per Doc."""
    found = memo(doc).get("kg_coref_apposed")
    if found is None:
        # the dependency labels as one array: only the few appositions become Token objects
        appos = doc.vocab.strings.add("appos")
        found = memo(doc)["kg_coref_apposed"] = {
            i: doc[i].head.i for i in (doc.to_array(DEP) == appos).nonzero()[0].tolist() if doc[i].head.pos == NOUN}
    return found


def _container_name(doc: Doc, heads: tuple[int, ...]) -> tuple[int, ...]:
    """"the town of Baiji ... the town": the name the earlier noun introduced, else the noun.
    A person's title is no container: "The governor of Kaduna, Uba Sani, ... The governor"
    is the person set beside it, never Kaduna."""
    if len(heads) == 1 and _lemma(doc[heads[0]]) in PERSON_NOUNS:
        return next(((c.i,) for c in children(doc[heads[0]]) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), heads)
    if len(heads) == 1 and doc[heads[0]].tag_ == "NN" and _lemma(doc[heads[0]]) in PLACE_NOUNS:
        # "Peru's Arequipa region ... the region", "the Lumajang district of East Java": a place
        # named by the proper noun compounded on it (before any "of" phrase, which is where it lies)
        named = [c for c in children(doc[heads[0]]) if c.dep_ == "compound" and c.pos == PROPN and c.i < heads[0]]
        if named:
            return (named[-1].i,)
    if len(heads) == 1 and (name := _copula_name(doc[heads[0]])) is not None:
        # "Northpeak is the world's third-largest copper producer ... The producer said", "Andina
        # Metals, which is a unit of Northpeak, ... The unit said": the name the noun was said of
        return (name.i,)
    if len(heads) == 1 and doc[heads[0]].pos == NOUN:  # not a name: "the Lions of Tarhuna"
        for prep in children(doc[heads[0]]):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in children(prep):
                    if name.dep_ == "pobj" and name.ent_type_ in ENTITY_KINDS and not list(name.conjuncts):
                        return (name.i,)
    return heads


RELATIVE_PRONOUNS = frozenset("which that who".split())


def _copula_name(noun: Token) -> Token | None:
    """The name a noun is predicated of by "be": "Northpeak is the world's largest copper
    producer" -> Northpeak; through a relative clause, "Andina Metals, which is a unit of
    Northpeak" -> Andina Metals. None when the subject is no name or the noun is negated."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in children(verb)):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or not (subject.ent_type_ in ENTITY_KINDS or subject.pos == PROPN):
        return None
    return subject


def _resolve_nominal(token: Token, sentence: int, candidates: list[Candidate],
                     further: list[Candidate] = (), resolved: dict[int, tuple[int, ...]] | None = None
                     ) -> tuple[int, ...] | None:
    """The antecedent of a definite description: the same noun said before, a name with
    that head, the person introduced with that title, else the one entity of its kind.

    "... sites that the group used ... Hezbollah did not comment. The group fired": the same
    noun said before but itself left unresolved first stands aside for a fresh resolution,
    and is taken up only if that finds nothing."""
    stood_aside: list[Candidate] = []
    found = _resolve_description(token, sentence, candidates, further, resolved, stood_aside)
    if found is None and stood_aside:
        found = _resolve_description(token, sentence, candidates, further, resolved, None)
    return found


def _resolve_description(token: Token, sentence: int, candidates: list[Candidate], further: list[Candidate],
                         resolved: dict[int, tuple[int, ...]] | None,
                         stood_aside: list[Candidate] | None) -> tuple[int, ...] | None:
    """See :func:`_resolve_nominal`; with ``stood_aside`` (a list), the unresolved mentions
    of the same noun are left out and put there."""
    doc = token.doc
    lemma = token.lemma_.lower()
    related = {c.lower_ for c in children(token) if c.dep_ in ("amod", "compound")} & RELATIONAL_MODIFIERS
    if related:
        # "Pacific Gateway, a subsidiary of Maritime Asia Group, ... The parent company said": the
        # owner the article named, never the company in focus; "the rival airline" is another one
        return _owner_named(token) if related == {"parent"} else None
    if lemma not in NOMINAL_ANAPHORS and _titled_person_noun(token, lemma):
        return _person_titled(token, lemma)  # "Chief Executive Ingrid Solberg ... the chief executive"
    if lemma in SPORT_DESCRIPTIONS and token.tag_ == "NN" and (athlete := _sportsperson(token)) is not None:
        return athlete  # "cricket star Virat Kohli ... the player"
    if lemma not in NOMINAL_ANAPHORS:
        named = _names_headed_by(token, lemma)  # "Tropical Storm Lando ... the storm"
        if named and lemma in STATE_FORCE_DESCRIPTIONS and "armed" in _classes(doc, named[0]):
            return None  # "the Arakan Liberation Army ... the army": a rebel army is not "the army"
        if not named and (trade := _trade_of_last_subject(token, lemma)) is not None:
            return trade  # "Hakamada, 43, founded the company in 2010. The engineer said"
        if named or lemma not in _called_nouns(doc):
            return named
        # a noun the article called a name by: the same noun said nearby first, else that name
        return _repeated_noun(token, candidates, list(further)) or _only_name_called(token, lemma)
    kind = NOMINAL_ANAPHORS[lemma]
    plural = token.tag_ == "NNS"
    if lemma in MAIN_COUNTRY_DESCRIPTIONS:
        return None if plural else _main_country(token)
    wanted = DESCRIPTION_CLASSES.get(lemma)
    # "A military intelligence official said ... the official said": the same head noun,
    # in the same number ("the towns of Rabak and ..." is not "the town")
    # (looking back SAME_NOUN_WINDOW sentences: "a youth movement that calls itself ... the movement")
    words = doc_tokens(doc)
    window = [c for c in [*further, *candidates] if len(c.heads) == 1 and sentence - c.sentence <= SAME_NOUN_WINDOW
              and any(_common_noun(words[i]) and _plural(words[i]) == plural and i != token.i
                      and _modifiers_in_name(token, i) and not _hyphenated(words[i])
                      and not _other_office(token, i) for i in _said_as(c, doc))]
    age = _described_age(token)
    window = [c for c in window if not _of_another_age(doc, age, c.heads)]
    same = [c for c in window if any(_same_description(lemma, words[i]) and _common_noun(words[i]) for i in _said_as(c, doc))]
    if not same and not any(_named_members(doc[h]) for c in [*further, *candidates] for h in c.heads
                            if _lemma(doc[h]) in MEMBER_NOUNS or doc[h].lower_ in ARMED_WORDS):
        # "Gunmen killed 20 people ... The attackers", unless members of a named group are
        # in play ("Fighters from the IFE ... The militants" are the IFE)
        same = [c for c in window if _fellow_members(token, doc[c.heads[0]])]
    # "the Malawi Electoral Commission ... the commission": a name whose head is the noun,
    # and which has the description's modifiers ("the interior ministry" is not the Ministry of Defence)
    named = _names_headed_by(token, lemma)  # (which checks the description's modifiers)
    titled = _person_titled(token, lemma) if kind == "person" else None  # "President Grace Banda ... the president"
    if titled is None and lemma in OFFICE_TITLES:
        titled = _titled_subject_before(token, lemma, sentence, candidates)  # (of several ministers, the one just named)
    # the latest of the noun said before, the name headed by it and the person given it as a
    # title: "accused the electoral commission ... The Malawi Electoral Commission (MEC)
    # rejected ... The commission", "The prime minister ... Interior Minister X ... The minister"
    if stood_aside is not None and resolved is not None:  # (see _resolve_nominal)
        stood_aside += [c for c in same if len(c.heads) == 1 and c.heads[0] not in resolved
                        and _common_noun(doc[c.heads[0]]) and is_nominal_anaphor(doc[c.heads[0]])]
        same = [c for c in same if c not in stood_aside]
    latest = [(c.position, _container_name(doc, c.heads)) for c in same]
    latest += [(found[-1], found) for found in (named, titled) if found and not _of_another_age(doc, age, found)]
    if latest:
        # "Dutch club Ajax ... joined from Belgian champions Club Brugge ... Ajax have struggled.
        # The club reported a loss": a name in reach the article called by the noun, if later
        latest += [(c.position, c.heads) for c in candidates
                   if c.entity and sentence - c.sentence <= WINDOW and c.position < token.i and c.kind == kind
                   and not any(doc[h].pos == PRON for h in c.heads) and _called_by_noun(doc, c.heads, lemma)]
    if latest:
        return max(latest)[1]
    if age is not None and (aged := _person_of_age(token, age, [*further, *candidates])) is not None:
        return aged  # "Kiprop, 61, was convicted ... The 61-year-old served as minister"
    if lemma in SPOKEN_OF_DESCRIPTIONS and (body := _speakers_body(token, resolved or {})) is not None:
        return body  # "Tarvos Chief Executive Anna Berg told reporters the company expected ..."
    if lemma in REGULATOR_DESCRIPTIONS:
        # "Britain's Competition and Markets Authority ... (eight sentences on) ... the regulator"
        return _only_name_called(token, lemma) or _only_regulator(token)
    if kind == "person":
        if lemma in OFFICE_TITLES:
            # "union leader Festus Osifo ... the minister": an office is held by the one the
            # article gave that title, not by whoever was named last
            return None
    if lemma in GOVERNMENT_BODIES:
        return None  # "the union PENGASSAN ... the ministry": only a name with the noun is a ministry
    if lemma in MILITARY_RULER_DESCRIPTIONS:
        return None  # "The junta did not comment" (before any ruler is said): not the rebel army named
    own_verb = _governing_verb(token)
    # "The Greens quit the government and joined the opposition": the subject a second verb
    # shares with the first is its co-argument too
    shared = _inherited_subjects(doc[own_verb]) if own_verb >= 0 else ()
    reporter = _reporter_of(token, resolved or {})
    compatible = [
        c for c in candidates
        if (c.entity or _named_group_noun(doc[c.heads[0]])) and c.kind == kind and (plural or c.number != "pl")
        and sentence - c.sentence <= WINDOW
        # "Whitfield questioned the governor": a co-argument of the description's verb is someone else
        # (through an apposition: "The president, William Ruto, met the envoy")
        and not (c.sentence == sentence and own_verb >= 0 and _apposed_to(doc[c.position]).head.i == own_verb
                 and _apposed_to(doc[c.position]).dep_ in SUBJECT_DEPS | {"dobj"})
        and not (c.sentence == sentence and _apposed_to(doc[c.position]).i in shared)
        and not any(doc[h].pos == PRON for h in c.heads)
        # "the company", "the militants" are not public bodies ("the lender" may be a bank), nor is
        # "the gang" ("The National Crime Agency seized boats ... The gang used a warehouse")
        and not ((lemma in PRIVATE_GROUP_NOUNS or lemma in BAND_NOUNS) and _is_public_body(doc, c)
                 and not (lemma in BANK_DESCRIPTIONS and _lending_bank(doc, c.heads[0])))
        # "the town" is a name the article introduced as a town, city ... ("the town of al-Qaim"),
        # not any place: Tehran is not "the town"
        and (kind != "place" or lemma in _classes(doc, c.heads[0])
             # "the kingdom" is a country: a GPE the article did not introduce as a town or city
             or lemma in COUNTRY_DESCRIPTIONS and doc[c.heads[0]].ent_type_ == "GPE"
             and not _classes(doc, c.heads[0]) & PLACE_NOUNS)
        # "the interior ministry" names which public body it is; "the jihadist group" only classifies
        # (and "the regional bloc" says no more than the Southern African Development Community)
        and (lemma in PRIVATE_GROUP_NOUNS or _modifiers_in_name(token, c.heads[0], ignored=SCOPE_WORDS))
        # "the Danish firm" is a name the article introduced as Danish, not the Dutch one (and a
        # name of no known nationality, if it is the only one: see below)
        and all(_nationality_agrees(token, h, unknown=True) for h in c.heads)
        # "he told Radio Bio-Bio ... The union": the audience of a report is not what it is about
        and not _audience(doc[c.position])
        # "The agency said the bank had failed to check its clients": a description in a report is
        # not the one reporting it, who would say "it" (see _reporter_of)
        and not (reporter and (set(c.heads) & reporter or _same_name(doc, c.heads, tuple(reporter))))
        # "the militants" do not take up the company, nor "the company" the armed group,
        # nor "the union" or "the agency" either
        and not (wanted and any(OTHER_CLASSES[wanted] & _classes(doc, h) for h in c.heads))
        and (wanted not in ("ship", "club") or all(wanted in _classes(doc, h) for h in c.heads))
        # "Eumetsat, the European weather satellite organisation, ... the Eindhoven-based company":
        # a name the article called by a noun for a body that is no company is not "the company"
        and not (wanted == "company" and any(_nouns_called(doc, h) & NOT_COMPANY_NOUNS for h in c.heads))
        # "Brazilian planemaker Embraer ... The airline said": a name the article called by one
        # trade is not a description of another
        and not any(_other_trade(lemma, _nouns_called(doc, h)) for h in c.heads)
        # "the Bank Employees Federation ... The bank": a body of members is no bank (nor company)
        and not (lemma in BANK_WORDS and any("union" in _classes(doc, h) for h in c.heads))
        # "the militants", "the rebels" take up only a name the article made armed ("ISIL
        # militants", "the Islamic Front for the Euphrates"): an untyped company or crowd is not
        and (wanted != "armed" or all("armed" in _classes(doc, h) for h in c.heads))
        and not (lemma in PUBLIC_DESCRIPTIONS and any(_classes(doc, h) & {"company", "armed"} for h in c.heads))
        # "The 34-year-old was detained" is not "Ibarra, 52": an age is no person given another
        and not _of_another_age(doc, age, c.heads)
        and not (lemma in CHARITY_DESCRIPTIONS and (_is_public_body(doc, c) or any(
            _classes(doc, h) & {"company", "armed", "military"} for h in c.heads)))
    ]
    # "TotalEnergies ... The French company": a name of no known nationality stands for the
    # description only as the one such name in reach ("Kenya Airways ... called in engine maker
    # Rolls-Royce. The British manufacturer" is neither)
    guessed = [c for c in compatible if not all(_nationality_agrees(token, h) for h in c.heads)]
    if len({c.heads for c in guessed}) > 1:
        compatible = [c for c in compatible if c not in guessed]
    # "ISIL fighters attacked the town ... The attackers": a name two sentences back as the
    # agent of a participle is too weak to stand for the description on its own
    compatible = [c for c in compatible if _score(c, token, sentence, -1) >= MIN_DESCRIPTION_SCORE]
    # "the company", "the militants" are not the news agency reporting, nor another source
    viable = [c for c in compatible if not (lemma in PRIVATE_GROUP_NOUNS and c.source)]
    if wanted == "company" and viable:  # (armed groups have their own members' logic above)
        # "from Dutch hospital operator Zorgnet unless the company paid": of the names in
        # play, the one the article typed as a company is "the company", however salient
        # the others (an untyped name is only a company by default)
        typed = [c for c in viable if len(c.heads) == 1 and wanted in _classes(doc, c.heads[0])]
        if len({_referent_key(doc, c.heads[0]) for c in typed}) == 1:
            return max(typed, key=lambda c: c.position).heads  # its latest mention
    if viable and lemma in _called_nouns(doc) and not any(_called_by(doc, c.heads, lemma) for c in viable) \
            and not any(c.sentence == sentence for c in viable) \
            and (called := _only_name_called(token, lemma)) is not None and _called_with_modifiers(token, called) \
            and not (reporter and _same_name(doc, called, tuple(reporter))):
        # "state grid operator Kenya Power Transmission ... (four sentences on) The Treasury said
        # ... the grid operator needed capital": the one name the article called by the noun, not
        # a body in reach that the article never called so (but "an attack on DP World Australia
        # forced the operator to close": a name in the description's own sentence is nearer)
        return called
    if not viable and lemma in BAND_NOUNS and (band := _unnamed_band(token, sentence, candidates)) is not None:
        return band  # "Pirates seized a trawler ... the gang demanded a ransom"
    if not viable and wanted and not _unnamed_rival(token, sentence, candidates, wanted) \
            and lemma not in PERSON_TRADE_DESCRIPTIONS:
        found = _only_name_of_class(token, wanted)
        # "British supermarket group Tesco reported a rise in profit. The retailer said": with no
        # name the article typed as a company, a company description still takes the one body
        # that spoke in the sentence before, as "the group" does (below); a ship, the one said
        # by its kind (next)
        if found is not None or wanted != "company" and lemma not in GENERAL_SHIP_WORDS:
            return found
    if not viable and lemma in GENERAL_SHIP_WORDS:
        return _craft_of_a_kind(doc, window)  # no ship named: the one said by its kind
    if not viable and lemma in PLACE_NOUNS:
        # "the town of Baiji ... (six sentences on) ... the town", "KAMLOOPS, British Columbia -
        # ... the city": the one name the article introduced with the noun
        return _only_name_of_class(token, lemma)
    if not viable and lemma in _called_nouns(doc):
        # "the German aid group SeaBridge ... (beyond the window) ... the group": the one name
        # the article called by the noun
        return _only_name_called(token, lemma)
    if not viable and (speaker := _only_earlier_speaker(token, sentence, compatible, candidates)) is not None:
        return speaker  # "Amnesty International said ... The group called for an inquiry"
    return _most_salient(viable, token, sentence)  # two groups in play: "the group" stays unresolved


#: Descriptions news uses for the story's own country ("The country has suffered floods every
#: year since 2017"), which is rarely the last place named.
MAIN_COUNTRY_DESCRIPTIONS = frozenset("country nation".split())
#: Adjectives that make "the country" another than the story's: "the neighbouring country".
OTHER_COUNTRY_WORDS = frozenset(
    "other neighbouring neighboring neighbour neighbor foreign host second first third next former".split())
#: Country names as news writes them -> one name per country ("U.S." and "United States").
COUNTRY_NAMES = {**{name.lower(): name for name in COUNTRY_OF_DEMONYM.values()},
                 **dict.fromkeys(("us", "u.s.", "usa", "america", "united states of america"), "United States"),
                 **dict.fromkeys(("uk", "britain", "great britain"), "United Kingdom")}


def _main_country(token: Token) -> tuple[int, ...] | None:
    """"The country" as news uses it: the country the story is about, the one the text so
    far names most often (names, the dateline's country and demonyms all count), taken up
    at its latest name; None on a tie, with no country named, or for "the neighbouring
    country"."""
    if any(c.dep_ == "amod" and c.lower_ in OTHER_COUNTRY_WORDS for c in children(token)):
        return None
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    demonym_at: dict[str, int] = {}  # country -> its latest demonym on its own people or bodies ("Kenyan police")
    named, untyped = _country_mentions(token.doc)
    for start, country, index, kind in named:
        if start >= token.i:
            break
        counts[country] += 1
        if kind == "name":
            latest[country] = index
        elif kind == "dateline":
            # "LIMA, Peru -- A Peruvian court ... trials in the country": a country named only
            # in the dateline is taken up there
            latest.setdefault(country, index)
        elif kind == "institution":  # "Peruvian officials"
            demonym_at[country] = index
    for index, country, institution in untyped:
        if index >= token.i:
            break
        counts[country] += 1  # "NAIROBI, March 3 (Reuters) - Kenyan police": NER, thrown by the dateline, left it
        if institution:
            demonym_at[country] = index
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    if len(ranked) == 2 and any(_region_word(c) for c in children(token)):
        return None  # "Ghana expelled Burkina Faso's envoy ... the Sahel country": a region may set another apart
    if ranked[0][0] not in latest:
        # a country the text names only by its demonym ("Dutch customs officers seized ... the
        # largest haul in the country's history"): taken up at the demonym (extraction labels it
        # with the country's name), only when the demonym's country clearly leads (twice any other)
        if ranked[0][0] in demonym_at and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return (demonym_at[ranked[0][0]],)
        return None
    return (latest[ranked[0][0]],)


def _country_mentions(doc: Doc) -> tuple[list[tuple[int, str, int, str]], list[tuple[int, str, bool]]]:
    """What :func:`_main_country` counts, read once per Doc (kept in its memo): the countries NER
    named, as (entity start, country, root index, "name" | "dateline" | "institution" | "demonym"),
    and the demonyms it left untyped, as (index, country, on the country's own people or bodies)."""
    found = memo(doc).get("kg_coref_country_mentions")
    if found is None:
        dateline_start, dateline_end = _dateline_span(doc)
        named: list[tuple[int, str, int, str]] = []
        for ent in entities(doc):
            # ("South Africa's": the recogniser may take the possessive into the name)
            text = re.sub(r"^the |['’]s$", "", ent.text.lower())
            if ent.label_ == "GPE" and text in COUNTRY_NAMES:
                kind = "dateline" if dateline_start <= ent.start_char < dateline_end else "name"
                named.append((ent.start, COUNTRY_NAMES[text], ent.root.i, kind))
            elif ent.label_ == "NORP" and ent.text in COUNTRY_OF_DEMONYM:
                kind = "institution" if _demonym_of_institution(ent.root) else "demonym"
                named.append((ent.start, COUNTRY_OF_DEMONYM[ent.text], ent.root.i, kind))
        untyped = [(i, country, _demonym_of_institution(doc[i])) for i, country in _untyped_demonyms(doc)]
        found = memo(doc)["kg_coref_country_mentions"] = (named, untyped)
    return found


def _untyped_demonyms(doc: Doc) -> list[tuple[int, str]]:
    """(index, country) of each demonym NER did not type as one ("Kenyan" after a dateline, or
    inside another name: "Ukrainian drones"), in order (kept once per Doc)."""
    found = memo(doc).get("kg_coref_untyped_demonyms")
    if found is None:
        found = memo(doc)["kg_coref_untyped_demonyms"] = [
            (t.i, COUNTRY_OF_DEMONYM[t.text]) for t in doc_tokens(doc)
            if t.text in COUNTRY_OF_DEMONYM and t.ent_type_ != "NORP"]
    return found


def _demonym_of_institution(demonym: Token) -> bool:
    """Whether a demonym qualifies the country's own people or bodies ("Dutch customs officers",
    "Brazilian police", "the Polish government"): a common noun, not a company or a club, whose
    nationality is often another country's ("Chinese contractor CRBC", "Swiss drugmaker Pellion")."""
    noun = demonym.head
    if demonym.dep_ not in ("amod", "compound", "nmod") or noun.pos != NOUN or noun.i < demonym.i:
        return False
    if noun.dep_ in ("compound", "amod") and noun.head.pos == PROPN:
        return False  # a noun classifying a name: "Chinese contractor CRBC", "Brazilian builder Odebrecht"
    # one company or club ("a Chinese firm"), not a trade's people ("Polish farmers")
    return not (noun.tag_ == "NN" and noun.lemma_.lower() in COMPANY_WORDS | CLUB_WORDS)


def _apposed_to(token: Token) -> Token:
    """The noun ``token`` stands in apposition to, through any chain of them ("William Ruto"
    in "The president, William Ruto, met"), else ``token``."""
    while token.dep_ == "appos":
        token = token.head
    return token


def _reporter_of(token: Token, resolved: dict[int, tuple[int, ...]], pronouns: bool = False) -> set[int]:
    """What the subject of the reporting verb whose reported clause holds ``token`` stands for
    (itself, or its resolution): "The agency said the bank had failed" - the bank is not the
    agency, which would call itself "it". Empty outside a report, and for a pronoun subject
    unless ``pronouns`` (then its resolution, if any: "She said the group ...")."""
    clause = token
    while clause.dep_ not in ("ccomp", "parataxis") and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_ not in REPORTING_VERBS:
        return set()
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and pronouns and subject.pos == PRON:
        return set(resolved.get(subject.i, ()))
    if subject is None or subject.pos not in (NOUN, PROPN):
        return set()
    return set(resolved.get(subject.i, (subject.i,)))


#: Titles compounded on a name that make its bearer speak for the name before them: "Tarvos
#: Chief Executive Anna Berg", "Fjordlaks CEO Ingrid Solheim" (not "Tarvos engineer Anna Berg").
SPEAKING_TITLES = frozenset(
    """executive ceo chairman chairwoman spokesman spokeswoman spokesperson director president
    founder""".split())
#: Words of a title before its noun, which name no organisation ("Tarvos Chief Executive").
TITLE_MODIFIERS = frozenset("chief managing deputy vice acting general senior interim executive co".split())


def _speakers_body(token: Token, resolved: dict[int, tuple[int, ...]]) -> tuple[int, ...] | None:
    """"Tarvos Chief Executive Anna Berg told reporters the company expected savings",
    "Meridian's chief executive, Paul Grant, said the group would ...", "A spokeswoman for Lumen
    said the firm ...": a description of a body in the report of one who speaks for one named
    organisation is that organisation (through a resolved pronoun too: "She said the group"),
    when it can be what the description says ("the company" is no ministry)."""
    doc = token.doc
    lemma = token.lemma_.lower()
    wanted = DESCRIPTION_CLASSES.get(lemma)
    bodies = set()
    for head in _reporter_of(token, resolved, pronouns=True):
        speaker = doc[head]
        spoken_for = _spoken_for(speaker, resolved) | set(_titled_for(speaker))
        for body in spoken_for:
            root = ent.root.i if (ent := _entity_at(doc, body)) is not None else body
            classes = _classes(doc, root)
            if not _organisation(doc[root]) or lemma in PRIVATE_GROUP_NOUNS and _is_public_name(doc, root) \
                    or wanted and OTHER_CLASSES.get(wanted, frozenset()) & classes \
                    or lemma in PUBLIC_DESCRIPTIONS and classes & {"company", "armed"} \
                    or not _nationality_agrees(token, root, unknown=True):
                continue  # ("Tesla's chief executive said the Chinese carmaker ...": BYD, the Chinese one)
            bodies.add(_referent_key(doc, root))
            found = root
    return (found,) if len(bodies) == 1 else None


def _titled_for(speaker: Token) -> list[int]:
    """"Tarvos" of "Tarvos Chief Executive Anna Berg": the proper nouns before a speaking title
    compounded on the speaker's name."""
    doc = speaker.doc
    compounds = [t for t in doc[speaker.left_edge.i : speaker.i] if t.dep_ == "compound"]
    title = next((t for t in compounds if t.lemma_.lower() in SPEAKING_TITLES), None)
    if title is None and speaker.pos == NOUN and speaker.lemma_.lower() in SPEAKING_TITLES | {"official"}:
        title = speaker  # "A Fjordlaks spokeswoman said", "a senior Hamas official said"
    if title is None:
        return []
    return [t.i for t in compounds if t.i < title.i and t.pos == PROPN and t.lower_ not in TITLE_MODIFIERS]


def _organisation(token: Token) -> bool:
    """Whether a proper noun is an organisation: NER's ORG (or a name it left untyped) that
    the article does not settle as something else, or a name the article settles as a group."""
    ent = _entity_at(token.doc, token.i)
    facts = name_facts(token.doc)
    fact = facts.get(_name_key(ent)) if ent is not None else facts.get(_untyped_name_key(token), facts.get(token.lower_))
    kind = fact.kind if fact is not None else None
    return token.pos == PROPN and (kind == "group" or kind is None and token.ent_type_ in ("ORG", ""))


#: Nouns of the news media, whose reports are never what "the group" refers back to.
NEWS_MEDIA_WORDS = frozenset(
    """agency news newspaper paper daily broadcaster television tv radio channel station outlet wire
    reuters""".split())


def _only_earlier_speaker(token: Token, sentence: int, compatible: list[Candidate],
                          candidates: list[Candidate]) -> tuple[int, ...] | None:
    """"Amnesty International said police had beaten protesters. The group called for an inquiry":
    with nothing else compatible, a description takes the one source that spoke in the sentence
    before, unless it is a news medium ("..., the state news agency SANA reported") or a name or
    a private group came after it ("Amnesty said the militia had killed 40 people. The group ...").
    A source in the description's own sentence is another party: "Amnesty said the group ..."."""
    doc = token.doc
    kind = NOMINAL_ANAPHORS[token.lemma_.lower()]
    speakers = {c.heads: c.position for c in compatible
                if c.source and c.sentence == sentence - 1 and not _news_medium(doc, c)}
    referents = {tuple(sorted(_referent_key(doc, h) for h in heads)) for heads in speakers}
    if len(referents) != 1:
        return None
    heads, position = max(speakers.items(), key=lambda item: item[1])
    if any(c.kind == kind and position < c.position < token.i and c.heads != heads
           and (c.entity or _lemma(doc[c.heads[0]]) in PRIVATE_GROUP_NOUNS) for c in candidates):
        return None  # "Amnesty said the militia had killed 40 people. The group ...": either
    return heads


def _news_medium(doc: Doc, candidate: Candidate) -> bool:
    """Whether a candidate is a news agency, paper or broadcaster, by its name or what the article calls it."""
    for h in candidate.heads:
        ent = _entity_at(doc, h)
        words = {t.lower_ for t in ent} if ent is not None else {doc[h].lower_}
        fact = name_facts(doc).get(_name_key(ent)) if ent is not None else None
        said = doc[candidate.position]
        nouns = {c.lemma_.lower() for c in (*children(said), said.head) if c.pos == NOUN}  # "the news agency SANA"
        if (words | nouns | (fact.nouns if fact is not None else frozenset())) & NEWS_MEDIA_WORDS:
            return True
    return False


#: Company descriptions that are also a person's trade ("Chilean miner Mario Sepulveda ... the
#: miner"): within the window they take a company, beyond it only a name the article called so.
PERSON_TRADE_DESCRIPTIONS = frozenset("miner producer".split())


#: Collective nouns that take up a band of no name ("Gunmen stormed a hotel ... the group").
BAND_NOUNS = frozenset("group gang".split())


def _unnamed_band(token: Token, sentence: int, candidates: list[Candidate]) -> tuple[int, ...] | None:
    """"Pirates seized a trawler ... The gang demanded a ransom", "Kidnappers ... the group":
    with no name of the kind nearby, a collective noun is the one plural band of members (the
    MEMBER_NOUNS) within the window, said as such or resolved to such a set."""
    doc = token.doc
    bands: dict[tuple[int, ...], int] = {}
    for c in candidates:
        if sentence - c.sentence > WINDOW or c.position >= token.i:
            continue
        said = doc[c.position]
        heads = [doc[h] for h in c.heads]
        if _plural(said) and _lemma(said) in MEMBER_NOUNS or all(
                _plural(h) and _lemma(h) in MEMBER_NOUNS for h in heads):
            bands[c.heads] = c.position
    distinct = {tuple(sorted(doc[h].lower_ for h in heads)) for heads in bands}
    if len(distinct) != 1:
        return None
    band = max(bands, key=bands.get)
    # "His wife told investigators two gunmen had fled ... The Committee to Protect Journalists
    # welcomed the arrest ... The group said": a named organisation that was a subject since
    # the band is what the story moved on to, so "the group" is not the band
    if any(c.entity and c.kind == "group" and c.role == "subject" and bands[band] < c.position < token.i
           and not set(c.heads) & set(band) for c in candidates):
        return None
    return band


#: Verbs whose object is the audience of a report ("told Radio Bio-Bio", "briefed reporters").
AUDIENCE_VERBS = frozenset("tell inform brief".split())


def _audience(token: Token) -> bool:
    """"told Radio Bio-Bio", "spoke to Radio Sur": who a report was given to."""
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        return token.head.head.lemma_ in AUDIENCE_VERBS or token.head.head.lemma_ in ("speak", "talk", "say")
    return token.dep_ in ("dobj", "dative") and token.head.lemma_ in AUDIENCE_VERBS


#: Adjectives of the reach of a body, which a name need not say: "Observers from the Southern
#: African Development Community ... The regional bloc".
SCOPE_WORDS = frozenset("regional international continental global".split())


#: Prepositions that place a thing ("a trading affiliate in Dubai", "a trader from Lagos").
LOCATING_PREPOSITIONS = frozenset("in at from".split())


def _placed_description(token: Token) -> bool:
    """"the Dubai affiliate", "the Gujarat plant": a definite common noun whose only restricting
    modifiers are place names compounded on it (the caller checks them against the earlier noun)."""
    places = [c for c in children(token) if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
    if not places or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)):
        return False
    return not any(
        c.dep_ in ("appos", "prep", "relcl", "acl", "nummod", "poss")
        or c.dep_ == "compound" and c not in places and c.pos != NOUN
        for c in children(token))


def _compound_description(token: Token) -> bool:
    """"the roads agency": a noun with "the" and noun compounds, nothing else restricting it (the
    caller looks for the same noun said before with those compounds)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)) \
        and any(c.dep_ == "compound" and c.pos == NOUN for c in children(token)) and not any(
            c.dep_ in ("appos", "prep", "relcl", "acl", "nummod", "poss") or c.dep_ == "compound" and c.pos != NOUN
            for c in children(token))


def _modifiers_in_name(token: Token, name_head: int, ignored: frozenset[str] = frozenset()) -> bool:
    """Whether the adjectives and nouns modifying a description (but ``ignored``) are words of
    the name at ``name_head``."""
    # a measure describes the thing, it does not name it: "the 145-metre dam"; nor does a
    # hyphenated participle: "the Accra-based bank", "the state-owned carrier", "the Iran-aligned group"
    # (before the noun: "the party's secretary-general" hangs "general" on "party" as an amod)
    modifiers = {c.lower_ for c in children(token)
                 if c.dep_ in ("amod", "compound") and c.ent_type_ not in ("QUANTITY", "DATE", "CARDINAL")
                 and not (c.tag_ == "VBN" and _hyphenated(c)) and c.i < token.i}
    if _lemma(token) in PERSON_NOUNS or _lemma(token) in PEOPLE_NOUNS:
        # "Workers at the mine walked off the job ... the striking workers", "14 sand miners ...
        # the missing miners": what has become of people does not make them other people
        modifiers -= PEOPLES_STATES
    modifiers -= ignored
    if not modifiers:
        return True
    ent = _entity_at(token.doc, name_head)
    if ent is not None:
        words = {t.lower_ for t in ent}
    else:  # "the interior ministry ... the interior ministry": the earlier noun's own modifiers
        words = {c.lower_ for c in children(token.doc[name_head]) if c.dep_ in ("amod", "compound")}
        # "a trading affiliate in Dubai ... the Dubai affiliate": a place said after the noun
        words |= {t.lower_ for prep in children(token.doc[name_head])
                  if prep.dep_ == "prep" and prep.lower_ in LOCATING_PREPOSITIONS
                  for place in children(prep) if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC")
                  for t in token.doc[place.left_edge.i : place.i + 1]}
    return modifiers <= words


#: Descriptions that a bank's name takes up, though "bank" makes a name a public body for
#: "the company": "Nigeria's Zenith Bank reported ... The lender said".
BANK_DESCRIPTIONS = frozenset({"lender"})
#: Descriptions of banks and funds, which do not take up a union's name (see UNION_NAME_WORDS).
BANK_WORDS = frozenset({"bank", "fund"})


def _lending_bank(doc: Doc, i: int) -> bool:
    """Whether the name at token ``i`` is a bank that lends (not a central or reserve bank)."""
    ent = _entity_at(doc, i)
    if ent is None:
        return False
    words = {t.lower_ for t in ent}
    return "bank" in words and "central" not in words and not _central_bank_name(ent)


def _central_bank_name(ent) -> bool:
    """"Bank of Ghana", "Reserve Bank of India": a country's bank named after the country (or a
    reserve bank) is its central bank, which reports call "the central bank"."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    if "reserve" in words and "bank" in words:
        return True
    return len(words) >= 3 and words[:2] == ["bank", "of"]


def _classes(doc: Doc, i: int) -> frozenset[str]:
    """The classes ("company", "armed") the article gives the name at token ``i``."""
    ent = _entity_at(doc, i)
    facts = name_facts(doc)
    # (an acronym NER missed; an untyped name: "Swiss drugmaker Pellion" after a dateline)
    fact = facts.get(_name_key(ent)) if ent is not None else facts.get(_untyped_name_key(doc[i]), facts.get(doc[i].lower_))
    return fact.classes if fact is not None else frozenset()


def _unnamed_rival(token: Token, sentence: int, candidates: list[Candidate], wanted: str) -> bool:
    """"Unidentified fighters attacked a checkpoint ... The attackers": a nearby unnamed
    mention of the description's class is a better antecedent than any name further back."""
    doc = token.doc
    for c in candidates:
        if c.entity or sentence - c.sentence > WINDOW or len(c.heads) != 1:
            continue
        head = doc[c.heads[0]]
        # (not "the trapped miners": a trade that is also a person's is people, no rival company)
        # (nor "The operator, PT Lestari Bahari, said": a noun with a name in apposition is named)
        if DESCRIPTION_CLASSES.get(head.lemma_.lower()) == wanted and head.i != token.i and not _named_members(head) \
                and head.lemma_.lower() not in PERSON_TRADE_DESCRIPTIONS and _named_apposition(head) is None:
            return True
    return False


def _fellow_members(description: Token, earlier: Token) -> bool:
    """"Gunmen killed 20 people ... The attackers": plural members of no named group, said with
    another member noun (militants, attackers, gunmen ...), are the same set."""
    return (description.tag_ == "NNS" and description.lemma_.lower() in MEMBER_NOUNS
            and _lemma(earlier) in MEMBER_NOUNS and not _named_members(earlier))


def _named_members(noun: Token) -> bool:
    """"Fighters of the Tigris Front", "ISIL fighters", "its fighters": members whose group is said."""
    for child in children(noun):
        if child.dep_ in ("poss", "compound") and (child.ent_type_ or child.pos in (PROPN, PRON)):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and any(
            g.dep_ == "pobj" and (g.ent_type_ or g.pos == PROPN) for g in children(child)
        ):
            return True
    return False


def _company_described(token: Token, described: dict[tuple[str, str], dict[tuple[str, ...], tuple[int, ...]]]
                       ) -> tuple[int, ...] | None:
    """The one company the article has so far taken up with a company description ("the company",
    "the firm", "the retailer": DESCRIPTION_CLASSES), for another company description that found
    nothing in reach: "Italian energy group Eni (NER: PERSON) said ... the company said ... The
    Italian firm has made several discoveries". Only a bare description (nationality aside: "the
    research firm" is another), only when every company description so far took up one referent,
    and not when the article called that name by another trade ("the airline" is no planemaker)."""
    lemma = token.lemma_.lower()
    if DESCRIPTION_CLASSES.get(lemma) != "company" or token.tag_ != "NN" or any(
            c.dep_ in ("compound", "amod", "nmod")
            and not (_nationality_word(c) or _country_as_nationality(c) is not None)  # "The U.S. firm"
            for c in children(token)):
        return None
    found = {referent: heads for (noun, tag), called in described.items()
             if DESCRIPTION_CLASSES.get(noun) == "company" and tag == "NN" for referent, heads in called.items()}
    if len(found) != 1:
        return None
    heads = next(iter(found.values()))
    doc = token.doc
    if len(heads) != 1 or not _names_something(doc, heads) or not _nationality_agrees(token, heads[0]) \
            or _other_trade(lemma, _nouns_called(doc, heads[0])):
        return None
    return heads


def _only_name_of_class(token: Token, wanted: str) -> tuple[int, ...] | None:
    """"Chilean miner Minera Atacama ... (five sentences on) ... the company": with nothing
    compatible nearby, the one name the article has so far given the description's class."""
    doc = token.doc
    facts = name_facts(doc)
    found: dict[str, int] = {}
    counts: Counter[str] = Counter()
    dateline_start, dateline_end = _dateline_span(doc)
    for ent in _named_entities(doc):
        if ent.start >= token.i:
            break
        if dateline_start <= ent.start_char < dateline_end:
            continue  # "KHARTOUM, Sudan -": the dateline says where the report was filed, it mentions nothing
        fact = facts.get(_name_key(ent))
        if ent.label_ == "NORP":
            continue  # "Jihadists seize Syrian border towns": a common noun NER took for a group name
        if fact is not None and wanted in fact.classes and not _is_public_name(doc, ent.root.i) \
                and _nationality_agrees(token, ent.root.i) and not _other_trade(token.lemma_.lower(), fact.nouns):
            key = _referent_key(doc, ent.root.i)
            words = key.split()
            if len(words) > 1 and words[0] in SHIP_PREFIXES:
                key = " ".join(words[1:])  # "the MV Sea Falcon" and "the Sea Falcon" are one ship
            found[key] = ent.root.i
            counts[key] += 1
    # (a plural, "the attackers", is a set the article's names rarely stand for alone)
    return _main_name(found, counts if token.tag_ != "NNS" else Counter())


#: How many times more often the story's main name of a class must have been named than any
#: other of the class, for a description to take it up among several.
MAIN_NAME_RATIO = 2


def _main_name(latest: dict[str, int], counts: Counter[str]) -> tuple[int, ...] | None:
    """The one name found (its latest mention), else the story's main one: "Himal Sky Airlines
    ... (four times) ... a Yeti Airlines ATR 72 crashed ... The airline said" is the airline
    the story is about, named at least twice and MAIN_NAME_RATIO times as often as any other."""
    if len(latest) == 1:
        return (next(iter(latest.values())),)
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] >= MAIN_NAME_RATIO * ranked[1][1]:
        return (latest[ranked[0][0]],)
    return None


def _called_nouns(doc: Doc) -> frozenset[str]:
    """Every common noun the article calls some name by (see NameFacts.nouns), once per Doc."""
    nouns = memo(doc).get("kg_coref_called")
    if nouns is None:
        nouns = memo(doc)["kg_coref_called"] = frozenset(n for f in name_facts(doc).values() for n in f.nouns)
    return nouns


def _only_name_called(token: Token, noun: str) -> tuple[int, ...] | None:
    """The one name the article called by ``noun`` before ``token`` ("the Lagos-based lender
    Zenith ... the lender"), else None."""
    doc = token.doc
    facts = name_facts(doc)
    found: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for ent in _named_entities(doc):
        if ent.start >= token.i:
            break
        fact = facts.get(_name_key(ent))
        if fact is not None and noun in fact.nouns and _nationality_agrees(token, ent.root.i):
            found[_referent_key(doc, ent.root.i)] = ent.root.i
            counts[_referent_key(doc, ent.root.i)] += 1
    for key in [k for k in found if " " not in k]:
        # "Palmeiras striker Diego Souza ... Souza suffered ... The striker": the lone surname
        # is the person named in full (name_facts gave it the full name's facts), one referent
        full = next((other for other in found if other.endswith(" " + key) and facts.get(other) is facts.get(key)),
                    None)
        if full is not None:
            del found[key]
            counts[full] += counts.pop(key)
    return _main_name(found, counts if token.tag_ != "NNS" else Counter())


#: Modifiers that make a description another body than the one in focus, related to it: "the
#: parent company" owns the company said before, "the rival airline" competes with it.
RELATIONAL_MODIFIERS = frozenset("parent rival sister".split())
#: Nouns by which a name is said to be owned by another ("a subsidiary of X", "X's unit").
SUBSIDIARY_NOUNS = frozenset("subsidiary unit affiliate division arm".split())


def _owner_named(token: Token) -> tuple[int, ...] | None:
    """The one name the article gave as an owner before ``token`` ("X, a subsidiary of Maritime
    Asia Group", "Maritime Asia Group's unit X"), at its latest mention; else None."""
    doc = token.doc
    owners = {}
    for ent in _named_entities(doc):
        if ent.start >= token.i:
            break
        root = ent.root
        owned = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else \
            root.head if root.dep_ == "poss" else None
        if owned is not None and owned.lemma_.lower() in SUBSIDIARY_NOUNS:
            owners[_referent_key(doc, root.i)] = root.i
        elif _referent_key(doc, root.i) in owners:
            owners[_referent_key(doc, root.i)] = root.i  # (its latest mention)
    return (next(iter(owners.values())),) if len(owners) == 1 else None


#: Nouns that call a name a body that is no company ("Eumetsat, the European weather satellite
#: organisation"): "the company" does not take it up.
NOT_COMPANY_NOUNS = frozenset(
    """organisation organization agency union party charity association federation ministry council commission
    body alliance movement committee regulator watchdog court government""".split())


def _nouns_called(doc: Doc, i: int) -> frozenset[str]:
    """The common nouns the article called the name at token ``i`` by (see NameFacts.nouns)."""
    ent = _entity_at(doc, i)
    fact = name_facts(doc).get(_name_key(ent)) if ent is not None else None
    return fact.nouns if fact is not None else frozenset()


def _called_by_noun(doc: Doc, heads: tuple[int, ...], noun: str) -> bool:
    """Whether the article called the name at ``heads`` by ``noun`` ("Dutch club Ajax")."""
    return any(noun in _nouns_called(doc, h) for h in heads)


def _called_by(doc: Doc, heads: tuple[int, ...], noun: str) -> bool:
    """Whether the article called the name at ``heads`` by ``noun`` ("terminal operator X") or
    gave it ``noun`` as a word of the name ("Nordlys Air ... the airline")."""
    for head in heads:
        ent = _entity_at(doc, head)
        fact = name_facts(doc).get(_name_key(ent)) if ent is not None else None
        if fact is not None and noun in fact.nouns or ent is not None and noun in {t.lemma_.lower() for t in ent}:
            return True
    return False


def _called_with_modifiers(token: Token, heads: tuple[int, ...]) -> bool:
    """Whether the description's modifiers ("the grid operator") are words the article said the
    name with: its own words, the words of the noun phrase just before one of its mentions
    ("state grid operator Kenya Power Transmission") or of a noun in apposition to it."""
    doc = token.doc
    modifiers = {c.lower_ for c in children(token)
                 if c.dep_ in ("amod", "compound") and c.ent_type_ not in ("QUANTITY", "DATE", "CARDINAL")
                 and not (c.tag_ == "VBN" and _hyphenated(c))} - SCOPE_WORDS
    if not modifiers:
        return True
    key = _referent_key(doc, heads[0])
    words: set[str] = set()
    for ent in _named_entities(doc):
        if ent.start >= token.i:
            break
        if _referent_key(doc, ent.root.i) != key:
            continue
        words |= {t.lower_ for t in ent}
        for before in reversed(doc[max(ent.start - 5, 0) : ent.start]):
            # (PROPN: "Chief Executive X"; a hyphenated base: "Dubai-based Sahara Petroleum")
            hyphened = before.text == "-" or before.tag_ == "VBN" and _hyphenated(before) \
                or before.i + 1 < ent.start and doc[before.i + 1].text == "-"
            if (before.pos not in (ADJ, NOUN, PROPN) or before.ent_type_) and not hyphened:
                break
            words.add(before.lower_)
        for noun in children(ent.root):
            if noun.dep_ == "appos" and noun.pos == NOUN:  # "X, a Dubai-based affiliate"
                words |= {t.lower_ for t in doc[noun.left_edge.i : noun.i]}
    return modifiers <= words


def _only_regulator(token: Token) -> tuple[int, ...] | None:
    """The one regulating body named before ``token`` ("Britain's Competition and Markets Authority
    ... the watchdog"), or the story's main one among several (see :func:`_main_name`)."""
    doc = token.doc
    found: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for ent in _named_entities(doc):
        if ent.start >= token.i:
            break
        key = _referent_key(doc, ent.root.i)
        words = set(key.split())
        if ent.label_ == "ORG" and words & REGULATOR_NAME_WORDS and not words & NOT_REGULATOR_WORDS \
                and _nationality_agrees(token, ent.root.i):
            found[key] = ent.root.i
            counts[key] += 1
    return _main_name(found, counts)


def _named_entities(doc: Doc) -> list:
    named = memo(doc).get("kg_coref_named")
    if named is None:
        named = memo(doc)["kg_coref_named"] = [e for e in entities(doc) if e.label_ in ENTITY_KINDS]
    return named


#: Descriptions of private or armed groups, which do not take up public bodies or news sources.
PRIVATE_GROUP_NOUNS = frozenset(
    """company firm carrier airline operator group militia faction movement automaker carmaker drugmaker
    chipmaker manufacturer insurer lender retailer conglomerate refiner utility brewer shipper broadcaster
    publisher planemaker steelmaker miner producer""".split()
) | MEMBER_NOUNS
#: Descriptions that a speaker uses of the organisation it speaks for ("the company", "the
#: group", "the union"), not of another it deals with ("Its leader said he had warned the
#: ministry": a ministry is only a name with the noun; "the militants" are no company's).
SPOKEN_OF_DESCRIPTIONS = (PRIVATE_GROUP_NOUNS - MEMBER_NOUNS) | frozenset("union party club side team".split())
#: Descriptions that name the class of their antecedent (see :func:`name_facts`): "the company"
#: is not the armed group, "the militants" are not the company.
DESCRIPTION_CLASSES = {
    **dict.fromkeys("""company firm carrier airline operator automaker carmaker drugmaker chipmaker manufacturer
    insurer lender retailer conglomerate refiner utility brewer shipper broadcaster publisher planemaker
    steelmaker miner producer""".split(), "company"),
    **dict.fromkeys(MEMBER_NOUNS | {"militia", "faction"}, "armed"),
    # "the ship" takes up only a name the article gave a ship ("the MV Sea Falcon", "the
    # Panama-flagged Sea Falcon", "the tanker Sea Falcon"), like "the town" a town's
    **dict.fromkeys("ship vessel tanker freighter".split(), "ship"),
    **dict.fromkeys("club side team".split(), "club"),
}
#: Company descriptions that name no trade ("the company", "the manufacturer"), and trades
#: said by two words ("the carrier" is "the airline"): see :func:`_other_trade`.
GENERIC_COMPANY_DESCRIPTIONS = frozenset("company firm conglomerate operator producer manufacturer group".split())
SAME_TRADES = {"carrier": "airline", "carmaker": "automaker"}


def _other_trade(lemma: str, called: frozenset[str]) -> bool:
    """Whether a description of a trade ("the airline") is another than every company trade the
    article called a name by ("Brazilian planemaker Embraer"); False for a generic description
    or a name called by no trade."""
    if DESCRIPTION_CLASSES.get(lemma) != "company" or lemma in GENERIC_COMPANY_DESCRIPTIONS:
        return False
    trades = {SAME_TRADES.get(n, n) for n in called
              if DESCRIPTION_CLASSES.get(n) == "company" and n not in GENERIC_COMPANY_DESCRIPTIONS}
    return bool(trades) and SAME_TRADES.get(lemma, lemma) not in trades


#: Classes a description of one class never takes up: "the militants" are not the company,
#: nor a state's army (the "military" class, see :func:`name_facts`), "the company" is neither.
OTHER_CLASSES = {"company": frozenset({"armed", "military", "ship", "union"}), "armed": frozenset({"company", "military"}),
                 "ship": frozenset({"company", "armed", "military"}),
                 "club": frozenset({"company", "armed", "military", "ship"})}
#: Descriptions of a state's army, which do not take up a non-state armed group: "the army"
#: is not the Arakan Liberation Army (reached by the head of its name, not by class).
STATE_FORCE_DESCRIPTIONS = frozenset("army military".split())
#: Descriptions of unions, parties and public bodies: never a company or an armed group.
PUBLIC_DESCRIPTIONS = frozenset(
    "union party agency council commission committee ministry department federation opposition bloc".split()
)
#: Descriptions of a charity: no public body and no company ("Oxfam accused Vantor of ...
#: The charity said" is not Vantor).
CHARITY_DESCRIPTIONS = frozenset({"charity"})
#: Descriptions of a body that oversees a trade ("the regulator", "the watchdog"): they take up
#: the name the article called so, else the one regulating body named (REGULATOR_NAME_WORDS).
REGULATOR_DESCRIPTIONS = frozenset("regulator watchdog".split())
#: Heads of the names of regulating bodies ("Competition and Markets Authority", "Securities and
#: Exchange Commission", "European Medicines Agency", "Food and Drug Administration").
REGULATOR_NAME_WORDS = frozenset("authority commission agency administration board regulator watchdog".split())
#: Words that make a body with such a head something else than a regulator.
NOT_REGULATOR_WORDS = frozenset(
    """ministry police army court electoral election port tourism space health nations union""".split())
#: Words that mark a public body ("the company" is not the National Prosecuting Authority).
PUBLIC_BODY_WORDS = frozenset(
    """ministry service commission council agency court department committee authority bureau office
    police army government parliament nations union bank fund programme program navy guard
    organisation organization administration regulator regulatory""".split()
)


def _is_public_body(doc: Doc, candidate: Candidate) -> bool:
    return _is_public_name(doc, candidate.heads[0])


def _is_public_name(doc: Doc, i: int) -> bool:
    """Whether the name at token ``i`` (or the long form of its acronym) is a public body."""
    ent = _entity_at(doc, i)
    words = {t.lower_ for t in ent} if ent is not None else {doc[i].lower_}
    long_form = _acronyms(doc).get(_name_key(ent) if ent is not None else doc[i].lower_)
    if long_form is not None:
        words |= {t.lower_ for t in doc[long_form[0] : long_form[1]]}
    facts = name_facts(doc).get(_name_key(ent)) if ent is not None else None
    if words & PUBLIC_BODY_WORDS:
        # "The Karen National Liberation Army attacked the base ... The rebels seized weapons": a
        # name the article made a non-state armed group is no public body, whatever its "army"
        return not (facts is not None and "armed" in facts.classes)
    # "the United Nations refugee agency UNHCR": a name the article called by a public body's noun
    return facts is not None and bool(set(facts.nouns) & PUBLIC_DESCRIPTIONS)


#: Titles that name the same office under another word ("Justice Peter Omondi ... the judge").
TITLE_SYNONYMS = {"judge": frozenset({"justice"})}
#: Words that make a title another office: "Prime Minister X" is not "the minister", nor
#: "Vice President X" "the president", unless the description says them too.
OTHER_OFFICE_WORDS = frozenset("prime vice deputy".split())
#: Words that make an office one held before: "former Zambian president Rupiah Banda" is not
#: "the president", who is the one in office, unless the description says "former" too.
FORMER_OFFICE_WORDS = frozenset("former ex".split())


def _person_titled(token: Token, title: str) -> tuple[int, ...] | None:
    """The one person the article introduced with ``title`` ("President Grace Banda"), at
    that person's latest mention with the title."""
    found = _persons_titled(token, title)
    return (next(iter(found.values())),) if len(found) == 1 else None


def _titled_subject_before(token: Token, title: str, sentence: int,
                           candidates: list[Candidate]) -> tuple[int, ...] | None:
    """Of several people given ``title``, the one who is the subject of the sentence before the
    description: "Its foreign minister, Nasser Bourita, said ... Foreign Minister Jose Manuel
    Albares said Madrid respected Algeria. The minister said he had spoken to his counterpart"."""
    doc = token.doc
    titled = {_referent_key(doc, root) for root in _persons_titled(token, title).values()}
    subjects = {_referent_key(doc, c.heads[0]): c.heads for c in candidates
                if c.sentence == sentence - 1 and c.role == "subject" and c.kind == "person" and len(c.heads) == 1
                and _referent_key(doc, c.heads[0]) in titled}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _said_with_proper_modifiers(token: Token, lemma: str) -> bool:
    """"Sahara Petroleum FZE, a Dubai-based affiliate, ... the Dubai affiliate": a definite noun
    with proper nouns among its modifiers (and nothing else that restricts it) is a description
    of the one name the article called by the noun, when its modifiers are words that name was
    said with; other proper-noun modifiers ("the Sydney terminal") name something new."""
    if lemma not in _called_nouns(token.doc) or not _is_definite(token, named_compounds=True) and any(
            c.dep_ in ("appos", "prep", "relcl", "acl", "nummod") for c in children(token)):
        return False
    called = _only_name_called(token, lemma)
    return called is not None and _called_with_modifiers(token, called)


def _titled_person_noun(token: Token, lemma: str) -> bool:
    """"Chief Executive Ingrid Solberg ... The chief executive said", "Liverpool captain Mo Ade
    ... the captain": a definite singular noun for a person that the article gave one person as
    a title before the name (not in NOMINAL_ANAPHORS, which list the titles of any official),
    with the description's modifiers among the words of that title."""
    if lemma not in PERSON_NOUNS or token.tag_ != "NN" or not _is_definite(token):
        return False
    titled = _person_titled(token, lemma)
    return titled is not None and _called_with_modifiers(token, titled)


def _persons_titled(token: Token, title: str) -> dict[str, int]:
    """Each person the article introduced with ``title`` before ``token`` (by the root's lower
    form) -> the latest mention with the title."""
    doc = token.doc
    titles = {title} | TITLE_SYNONYMS.get(title, frozenset())
    found: dict[str, int] = {}
    for ent in _persons(doc):
        if ent.end > token.i:
            break
        if ent.start > 0 and doc[ent.start - 1].lower_ in titles and not _other_office(token, ent.start - 1):
            found[ent.root.lower_] = ent.root.i
        # "Ghana's finance minister, Kwame Asante, ... (six sentences on) ... the former
        # minister": a title in apposition introduces the person too
        root = ent.root
        apposed = [c for c in children(root) if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if any(t.lemma_.lower() in titles and t.pos == NOUN and not _other_office(token, t.i) for t in apposed):
            found[ent.root.lower_] = ent.root.i
    return found


#: Descriptions of any sportsperson ("the athlete", "the player"): they take up the one person
#: the article introduced with a sport's title (see :func:`_sportsperson`).
SPORT_DESCRIPTIONS = frozenset("athlete player".split())
#: Titles before a name that make the person a sportsperson ("marathon runner Joseph Kiptum").
SPORT_TITLES = frozenset(
    """athlete player runner sprinter hurdler swimmer cyclist boxer wrestler golfer jockey skier gymnast
    striker midfielder defender goalkeeper winger forward batsman bowler cricketer footballer""".split())
#: Sports whose name makes the noun before a name a sportsperson's title ("cricket star Virat Kohli").
SPORT_WORDS = frozenset(
    """cricket tennis football soccer rugby golf boxing athletics marathon swimming cycling basketball
    baseball hockey chess sprint""".split())


#: A person's trade or sport, by which news takes up the person the sentence before was about
#: ("The batsman scored 9,230 runs"); not the parties around a person (a spokesman, a lawyer,
#: a witness), who are other people.
TRADE_DESCRIPTIONS = SPORT_TITLES | frozenset(
    """engineer jeweller jeweler pilot driver coach cricketer scientist researcher economist
    entrepreneur businessman businesswoman tycoon billionaire singer actor actress artist writer
    author climber skipper sailor chef surgeon designer architect explorer astronaut""".split())


def _trade_of_last_subject(token: Token, lemma: str) -> tuple[int, ...] | None:
    """"Indian cricket star Virat Kohli retired on Monday. The batsman scored 9,230 runs": a
    person described by trade or sport (never said before), as the subject of its sentence's
    main verb, takes up the one person the sentence before named, as its main subject; None when
    either sentence names anyone else or the noun is qualified ("the driver who ...")."""
    if lemma not in TRADE_DESCRIPTIONS or token.tag_ != "NN" or token.dep_ not in SUBJECT_DEPS \
            or token.head.dep_ != "ROOT" or not any(c.lower_ == "the" for c in children(token)) \
            or any(c.dep_ in ("prep", "relcl", "acl", "appos", "poss", "compound") for c in children(token)):
        return None
    doc = token.doc
    sent = token.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(t.lemma_.lower() == lemma and t.pos == NOUN for t in doc[: token.i]):
        return None  # the noun said before: that mention, not a name, is what it takes up
    persons = [e for e in _persons(doc) if before.start <= e.start < sent.end]
    if not persons or any(e.start >= sent.start for e in persons) or len({e.root.lower_ for e in persons}) != 1:
        return None
    root = persons[-1].root
    if any(e.label_ in ("PERSON", "ORG") and e.root.i != root.i for e in entities(doc)
           if before.start <= e.start < before.end):
        return None  # "Kiprotich is coached by Renato Canova (tagged ORG)": someone else may be it
    subject = _apposed_to(root)
    if subject.dep_ not in SUBJECT_DEPS or subject.head.dep_ != "ROOT":
        return None
    return (root.i,)


def _sportsperson(token: Token) -> tuple[int, ...] | None:
    """"marathon runner Joseph Kiptum ... The athlete", "Indian cricket star Virat Kohli ... the
    player": the one person introduced before ``token`` with a sport's title, at the latest
    mention with the title; None for none or several."""
    doc = token.doc
    found: dict[str, int] = {}
    for ent in _persons(doc):
        if ent.end > token.i:
            break
        # (the title before the name, or its first word: NER takes "Sprinter Tomas Ruiz" whole)
        titles = (doc[ent.start - 1], ent[0]) if ent.start > 0 else (ent[0],)
        if any(title.pos == NOUN and (title.lower_ in SPORT_TITLES or any(
                c.lower_ in SPORT_WORDS for c in children(title) if c.dep_ in ("compound", "amod")))
               for title in titles):
            found[ent.root.lower_] = ent.root.i
    return (next(iter(found.values())),) if len(found) == 1 else None


def _other_office(description: Token, title: int) -> bool:
    """Whether the title at token ``title`` ("Prime Minister", "Vice-President") names an
    office other than the description's ("the minister"), by a word the description lacks."""
    doc = description.doc
    said = {c.lower_ for c in children(description) if c.dep_ in ("amod", "compound")}
    before = [t.lower_ for t in doc_tokens(doc)[max(title - 3, 0) : title] if t.text != "-"]
    if set(before[-2:]) & OTHER_OFFICE_WORDS - said:
        return True
    # "Its mission head, former Zambian president Rupiah Banda, ... The president said": an
    # office (not a trade: "former Fenerbahce coach Ismail Kartal" is still a coach) held before
    return description.lemma_.lower() in OFFICE_TITLES and not said & FORMER_OFFICE_WORDS \
        and _said_former(doc, title)


def _said_former(doc: Doc, title: int) -> bool:
    """Whether the words modifying the title at token ``title`` say "former" or "ex"
    ("former Zambian president", "ex-finance minister")."""
    for word in reversed(doc[max(title - 4, 0) : title]):
        if word.lower_ in FORMER_OFFICE_WORDS:
            return True
        if word.pos not in (ADJ, NOUN, PROPN) and word.text != "-":
            return False
    return False


def _names_headed_by(token: Token, lemma: str) -> tuple[int, ...] | None:
    """The one earlier named entity with ``lemma`` among its words (strict head match) and
    the description's modifiers: "the central bank" is the Central Bank of Myanmar, not the
    Myanma Foreign Trade Bank named since."""
    found: dict[str, int] = {}
    for start, root, key in _name_index(token.doc).get(lemma, ()):
        if start >= token.i:
            break
        if token.doc[root].lower_ in UNION_NAME_WORDS and token.doc[root].lemma_.lower() != lemma:
            continue  # "the Kenya Airline Pilots Association ... the airline": a body of members named after a trade is not one of it
        if token.doc[root].lower_ in OVERSEEING_BODY_WORDS and token.doc[root].lemma_.lower() != lemma:
            continue  # "the Food and Drug Administration approved the drug": a body is not what it oversees
        if _modifiers_in_name(token, root):
            found[key] = root
    if not found and lemma == "bank" and {c.lower_ for c in children(token) if c.dep_ == "amod"} == {"central"}:
        # "the Bank of Ghana ... the central bank": no name says "central", but a country's
        # bank named after it is its central bank
        for start, root, key in _name_index(token.doc).get(lemma, ()):
            if start < token.i and (ent := _entity_at(token.doc, root)) is not None and _central_bank_name(ent):
                found[key] = root
    # "the electoral commission ... The Malawi Electoral Commission": a name whose words are all
    # in a longer name found is that name said short
    longest = [key for key in found if not any(key != other and set(key.split()) <= set(other.split())
                                               for other in found)]
    if len(longest) == 1:
        return (found[longest[0]],)
    return None


def _entity_at(doc: Doc, i: int):
    """The named entity covering token ``i`` (a per-Doc map kept in the Doc's memo)."""
    table = memo(doc).get("kg_entity_at")
    if table is None:
        table = memo(doc)["kg_entity_at"] = {t: ent for ent in entities(doc) for t in range(ent.start, ent.end)}
    return table.get(i)


def _persons(doc: Doc) -> list:
    """The names of people: what NER calls a person, and a name it called something else that
    the article settles as a person ("former governor Sergio Cabral", tagged ORG)."""
    persons = memo(doc).get("kg_persons")
    if persons is None:
        facts = name_facts(doc)
        persons = memo(doc)["kg_persons"] = [
            e for e in entities(doc) if e.label_ == "PERSON" or e.label_ in ("ORG", "GPE") and (
                (fact := facts.get(_name_key(e))) is not None and fact.kind == "person")]
    return persons


def _name_index(doc: Doc) -> dict[str, list[tuple[int, int, str]]]:
    """Word or lemma -> (start, root index, name) of the named entities containing it
    before any preposition: "the sport" is not the Court of Arbitration for Sport.

    Built once per Doc and kept in its memo (:mod:`kg.memo`): ``Doc.ents`` builds new spans
    on every access, which a rule asking per noun cannot afford.
    """
    index = memo(doc).get("kg_name_index")
    if index is None:
        index = {}
        for ent in entities(doc):
            if ent.label_ not in ENTITY_KINDS:
                continue
            key = ent.text.lower().removeprefix("the ")
            words = list(takewhile(lambda t: t.pos != ADP, ent))
            for word in {t.lower_ for t in words} | {t.lemma_.lower() for t in words}:
                index.setdefault(word, []).append((ent.start, ent.root.i, key))
        memo(doc)["kg_name_index"] = index
    return index


def _resolve(pronoun: Token, sentence: int, candidates: list[Candidate],
             resolved: dict[int, tuple[int, ...]] | None = None) -> tuple[int, ...] | None:
    if _extraposed_it(pronoun):
        return None  # "A spokeswoman said it was too early to say": "it" stands for the clause after it
    number, kinds = PRONOUNS[pronoun.lower_]
    own_verb = _governing_verb(pronoun)
    possessive = pronoun.dep_ == "poss" or pronoun.tag_ == "PRP$"
    reflexive = pronoun.lower_.endswith(("self", "selves"))
    owned = {pronoun.head.lemma_.lower(), pronoun.head.lower_} if possessive else set()  # what "its" owns
    if number == "sg" and "person" not in kinds and owned & OWNED_BY_BODIES:
        kinds = kinds - {"thing"}  # "Its water minister", "its shares": only a country or a body has them
        if owned & OWNED_BY_COMPANIES:
            kinds = kinds - {"place"}  # and shares or profits only a body
    if owned & (PEOPLES_POSSESSIONS | SPOKESPEOPLE_OWNED):
        kinds = kinds - {"thing"}  # "Floods ... forced 10,000 people from their homes": floods have no homes
    if pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in MINDFUL_VERBS:
        kinds = kinds - {"thing"}  # "They knew the tunnel was unsafe": people, bodies or countries know
    if _subject_of_event(pronoun):
        kinds = kinds & {"thing"}  # "demanded that Beijing prevent it from happening again": an event
    if pronoun.dep_ == "dobj" and number == "sg" and pronoun.head.lemma_.lower() in TERRITORY_VERBS:
        kinds = kinds - {"group", "person"}  # "the group seized it": a town, a base, a ship
    controller = _controller(pronoun)
    co_arguments = _co_arguments(pronoun)
    modified = _relative_clause_nouns(pronoun)
    # "none of them", "most of them": a partitive takes a plural, not a body named in the singular
    partitive = pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" and (
        pronoun.head.head.lower_ in QUANTIFIERS or pronoun.head.head.tag_ == "CD")
    quoted = _quoted(pronoun)
    # "The rebels forced 300 residents to leave their villages": the object that is the
    # understood subject of the infinitive is a subject, for salience and for recency
    understood = _understood_subject(pronoun) if possessive else -1
    # a speaker says "I" and "we" of itself: a third person in its quote is someone else
    speaker = _quote_speaker(pronoun, resolved or {}) if quoted else set()
    # a co-argument that is a resolved description stands for its antecedent too:
    # "The group has threatened to prosecute them" rules out the group's name
    stands_for = {h for i in (controller, *co_arguments) for h in (resolved or {}).get(i, ())}
    party_owner = _owner_of_party_speaker(pronoun, resolved or {})
    first_conjunct = None
    if possessive and pronoun.head.dep_ == "conj":
        first_conjunct = pronoun.head
        while first_conjunct.dep_ == "conj":
            first_conjunct = first_conjunct.head
        if any(c.dep_ == "poss" for c in children(first_conjunct)) or first_conjunct.pos == NOUN \
                and not first_conjunct.ent_type_ and not _agrees_with(first_conjunct, number, kinds):
            # "lost her home and her cattle", "seized two laptops, her phone and ...": the first
            # conjunct has an owner of its own or is a common noun that cannot be the pronoun,
            # so "her" is no "Boko Haram and its rival" and is resolved like any possessive
            # (a name NER typed wrongly still is: "Boko Haram and its rival")
            first_conjunct = None
    # what reports the clause of a partitive ("They said most of them ..."), under each of its mentions
    reporters = {h for c in candidates if partitive and c.sentence == sentence and _reporter_of_partitive(c, pronoun)
                 for h in c.heads}
    viable = []
    for c in candidates:
        if first_conjunct is not None:
            # "Boko Haram and its rival": "its" is the first conjunct or nothing
            if pronoun.head.i not in c.heads or first_conjunct.i not in c.heads:
                continue
            rest = tuple(h for h in c.heads if h != pronoun.head.i)
            described = _antecedent_description(pronoun.doc, rest)
            c = replace(c, heads=rest, number=described[0] if described else "pl", kind=described[1] if described else c.kind)
        if possessive and c.kind == "person" and "person" not in kinds and c.sentence == sentence \
                and _person_only_by_ner(c, pronoun.doc) \
                and (_subject_of_clause(c, pronoun) or _main_subject_of_adverbial(c, pronoun)
                     or (fined := _fined_object(pronoun)) is not None and fined.i == c.position):
            # "Petrobras cut its fuel prices", "Sri Lanka defaulted on its debt after its reserves
            # ran out": a name only NER calls a person, whose own verb's object (or whose
            # adverbial clause's subject) has "its", is what "its" says it is
            c = replace(c, kind="group")
        if c.kind == "person" and "person" not in kinds and c.sentence == sentence and _reports_itself(c, pronoun) \
                and _person_only_by_ner(c, pronoun.doc):
            # "Maersk said it was monitoring the situation": a name only NER calls a person, whose
            # report has "it" for subject, is the body that speaks of itself
            c = replace(c, kind="group")
        if c.kind == "person" and "person" not in kinds and _person_only_by_ner(c, pronoun.doc) \
                and _taken_up_as_it(c, pronoun, resolved or {}):
            c = replace(c, kind="group")  # a name only NER calls a person, already called "it"
        if c.kind == "person" and "person" not in kinds and len(c.heads) == 1 \
                and _lemma(pronoun.doc[c.heads[0]]) in TRADE_WORDS and not pronoun.doc[c.heads[0]].ent_type_:
            # "The miner said it would pay for the clean-up": a trade said of a body as often as
            # of a person ("Chilean miner Codelco") is the body when "it" takes it up
            c = replace(c, kind="group")
        if not _agrees(c, number, kinds) or pronoun.i in c.heads or partitive and c.number == "group":
            continue
        if c.sentence == sentence and c.position == understood and c.role != "subject":
            c = replace(c, role="subject")
        if possessive and c.sentence == sentence and c.position == pronoun.head.i:
            continue  # "its troops" are not what "its" stands for
        if c.sentence == sentence and _phrase_holds(pronoun.doc[c.position], pronoun):
            continue  # "Washington's commitment to its ally": no noun is what a pronoun inside it stands for
        if c.sentence == sentence and c.verb == own_verb and not (possessive or reflexive):
            continue  # co-arguments of one verb are not coreferent ("ISIL attacked them")
        if c.sentence == sentence and not (possessive or reflexive) and set(c.heads) & modified:
            continue  # "a firm, Quickpay, which it said had processed ...": it is not Quickpay
        if controller >= 0 and not (possessive or reflexive) and (
            c.sentence == sentence and c.position == controller or _same_name(pronoun.doc, c.heads, (controller,))
        ):
            continue  # "urged Brussels to block it": Brussels would do the blocking
        if not (possessive or reflexive) and any(
            _same_name(pronoun.doc, c.heads, (other,)) or other in c.heads for other in co_arguments
        ):
            continue  # "ISIL attacked them" also rules out ISIL named a sentence before
        if not (possessive or reflexive) and any(
            _same_name(pronoun.doc, c.heads, (other,)) or other in c.heads for other in stands_for
        ):
            continue
        if c.sentence == sentence and _in_reported_clause(c, pronoun):
            continue
        if reporters and (set(c.heads) & reporters or _same_name(pronoun.doc, c.heads, tuple(reporters))):
            continue  # "Police said most of them had been released": the reporter is not the set
        if c.sentence != sentence and _audience(pronoun.doc[c.position]):
            continue  # '..., Djalo told reporters. "The army stopped them"': who heard a report is not its topic
        if c.source and quoted:
            continue
        if not possessive and c.sentence == sentence and _representative(pronoun.doc[c.position]) \
                and _speaker_of(c, pronoun) and _client_could_be(pronoun.doc[c.position], number, kinds):
            continue  # "His lawyer said he would appeal": the lawyer speaks for someone else ("his client")  # '"We don't approve of it," IRNA quoted ...': the source is not in its quote
        if party_owner and (set(c.heads) & party_owner or _same_name(pronoun.doc, c.heads, tuple(party_owner))):
            continue  # "Its largest shareholder said it would consider offers": the shareholder's, not the company's
        if speaker and (set(c.heads) & speaker or any(_same_name(pronoun.doc, c.heads, (h,)) for h in speaker)):
            continue  # '"We will publish the files if they do not pay," the group wrote': not the group
        viable.append(c)
    if understood >= 0 and pronoun.doc[understood].pos != PRON \
            and not any(c.sentence == sentence and c.position == understood for c in candidates):
        # "as torrential rain forced thousands from their homes": the construction names the owner,
        # and when that noun is no candidate ("thousands"), nobody else owns it (a pronoun may
        # point past itself: "I urge everyone to respect their verdict" is the people's)
        return None
    return _most_salient(viable, pronoun, sentence)


#: Adjectives (and adverbs) that put off their clause behind an empty "it": "it was too early to
#: say", "it is unclear whether", "it remains likely that". Not "easy", "hard", "difficult":
#: "It is easy to install" can be the software.
EXTRAPOSING_ADJECTIVES = frozenset(
    """unclear clear likely unlikely possible important necessary early premature essential vital crucial
    certain uncertain obvious evident apparent true unknown known""".split()
)
#: Copulas of an extraposed "it": "it is", "it remains", "it seemed".
EXTRAPOSING_COPULAS = frozenset("be remain seem appear become".split())
#: Verbs whose passive takes an empty "it" before a "that" clause: "it is expected that ...".
EXTRAPOSING_PASSIVES = frozenset("expect believe understand report fear hope estimate say think feel".split())
CLAUSAL_COMPLEMENTS = frozenset({"ccomp", "xcomp", "csubj"})


def _extraposed_it(pronoun: Token) -> bool:
    """Whether "it" is the empty subject of an extraposed clause, referring to nothing before it:
    "said it was too early to say how many sailings would be affected", "it was unclear whether
    the talks would resume", "it is expected that the deal will close in March"."""
    if pronoun.lower_ != "it":
        return False
    verb = pronoun.head
    if pronoun.dep_ == "nsubjpass" and verb.lemma_ in EXTRAPOSING_PASSIVES:
        return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in children(c)) for c in children(verb))
    if pronoun.dep_ != "nsubj" or verb.lemma_ not in EXTRAPOSING_COPULAS:
        return False
    for word in children(verb):
        if word.dep_ in ("acomp", "advmod", "attr") and word.i > verb.i and word.lemma_.lower() in EXTRAPOSING_ADJECTIVES:
            # the clause hangs off the adjective or off the copula, after the adjective
            return any(c.dep_ in CLAUSAL_COMPLEMENTS and c.i > word.i for c in (*children(word), *children(verb)))
    return False


#: Verbs whose subject is an event, never a body or a person: "It happened at dawn".
EVENT_VERBS = frozenset("happen occur recur".split())
#: Verbs that keep their object from an event: "prevent it from happening again".
PREVENTING_VERBS = frozenset("prevent stop keep".split())
#: Dependencies inside a noun phrase, which a pronoun climbs to the noun holding it.
PHRASE_DEPS = frozenset({"poss", "pobj", "prep"})


def _subject_of_event(pronoun: Token) -> bool:
    """Whether the pronoun is the subject of a verb of happening, or the object of "prevent ...
    from happening": only an event (a thing) can be it."""
    verb = pronoun.head
    if pronoun.dep_ in SUBJECT_DEPS:
        return verb.lemma_ in EVENT_VERBS
    return pronoun.dep_ == "dobj" and verb.lemma_ in PREVENTING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" and g.lemma_ in EVENT_VERBS
                                                         for g in children(c)) for c in children(verb))


def _phrase_holds(noun: Token, pronoun: Token) -> bool:
    """Whether ``noun`` heads a noun phrase that holds the pronoun through possessives and
    prepositions ("Washington's commitment to its ally" holds "its"): such a noun is never what
    the pronoun stands for. Not through a clause ("the company, which said it ...")."""
    node = pronoun
    while node.dep_ in PHRASE_DEPS and node.head.i != node.i:
        node = node.head
        if node.i == noun.i:
            return noun.pos in (NOUN, PROPN)
    return False


def _owner_of_party_speaker(pronoun: Token, resolved: dict[int, tuple[int, ...]]) -> set[int]:
    """What owns the speaker of the report holding ``pronoun`` when the speaker is a party of its
    own ("Its largest shareholder, the Feitosa family, said it would consider offers", "the
    company's buyer said it"): the pronoun is not the owner. A spokesman or a chief executive
    speaks for the owner ("Its chief executive said it would cut jobs"), so only PARTY_ROLE_NOUNS."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or PRONOUNS.get(pronoun.lower_, ("", ""))[0] != "sg":
        return set()
    while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i and verb.lemma_ not in REPORTING_VERBS:
        verb = verb.head
    if verb.lemma_ not in REPORTING_VERBS or verb.i == pronoun.head.i:
        return set()
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in PARTY_ROLE_NOUNS:
        return set()
    owner = next((c for c in children(subject) if c.dep_ == "poss"), None)
    if owner is None:
        return set()
    return {owner.i, *resolved.get(owner.i, ())}


def _quote_speaker(pronoun: Token, resolved: dict[int, tuple[int, ...]]) -> set[int]:
    """What the speaker of the quote holding ``pronoun`` stands for: the subject of a reporting
    verb of the sentence outside the quote ('..." the group wrote'), through its resolution."""
    sentence = _sentence_of(pronoun)
    for token in doc_tokens(pronoun.doc)[sentence.start : sentence.end]:
        if token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS and not _quoted(token.head):
            found = set(resolved.get(token.i, (token.i,)))
            if PRONOUNS[pronoun.lower_][0] == "pl":
                found |= _spoken_for(token, resolved)
            return found
    return set()


#: Prepositions naming the body a speaker speaks for: "a spokesman for the group", "head of the union".
SPOKEN_FOR_PREPOSITIONS = frozenset("for of".split())


def _spoken_for(speaker: Token, resolved: dict[int, tuple[int, ...]]) -> set[int]:
    """The body a speaker speaks for, through its resolution: the owner of the speaker's noun or of
    its apposition ("Max Schrems, the group's founder"), or its "for"/"of" object ("a lawyer for
    the group"). A quoted "they" is not it: a member says "we" of the own group
    ('"They have ignored us," said X, the group's chairwoman')."""
    found: set[int] = set()
    # (an apposition the tagger may call an adjective: "the union's secretary-general")
    nouns = [c for c in children(speaker) if c.dep_ == "appos"] + ([speaker] if speaker.pos == NOUN else [])
    for noun in nouns:
        for child in children(noun):
            if child.dep_ == "poss" and child.pos != PRON or child.dep_ == "poss" and child.i in resolved:
                found.update(resolved.get(child.i, (child.i,)))
            elif child.dep_ == "prep" and child.lower_ in SPOKEN_FOR_PREPOSITIONS:
                found.update(h for o in children(child) if o.dep_ == "pobj" for h in resolved.get(o.i, (o.i,)))
    return found


#: Verbs whose object is an instrument: in "used X to do Y" the subject does Y, as an aim (read here
#: for the infinitive's pronouns, and by kg.extraction.clauses for the relation's actor).
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilise", "utilize", "exploit", "wield"})


def _controller(pronoun: Token) -> int:
    """Index of the understood subject of the infinitive governing ``pronoun`` ("urged
    Brussels to block it": Brussels; "wants to sell it": the subject of "wants"; "used tear gas
    to disperse them", "sent troops to remove them": the subject), else -1."""
    verb = governing_verb(pronoun)
    purpose = verb is not None and verb.dep_ == "advcl" and verb.head.pos in (VERB, AUX) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)) \
        and not any(c.dep_ in SUBJECT_DEPS for c in children(verb))
    if pronoun.dep_ not in OBJECT_DEPS or verb is None or verb.dep_ != "xcomp" and not purpose:
        return -1
    main = verb.head
    objects = [c for c in children(main) if c.dep_ == "dobj"]
    subjects = [c for c in children(main) if c.dep_ == "nsubj"]
    if purpose or main.lemma_.lower() in INSTRUMENT_VERBS:
        # "the army sent armoured trucks to remove them" (a purpose infinitive), "police used tear
        # gas to disperse them" (the object is the means): the main verb's subject acts
        objects = []
    first = main
    while not (objects or subjects) and first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "seized the boats and later tried to sell them": the shared subject
        subjects = [c for c in children(first) if c.dep_ == "nsubj"]
    if not (objects or subjects):
        return -1
    return _relative_noun((objects or subjects)[0]).i


def _relative_noun(token: Token) -> Token:
    """The noun a relative pronoun stands for ("a witness who ..." -> witness), else the token."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _relative_clause_nouns(pronoun: Token) -> set[int]:
    """The noun a relative clause modifies, with its appositions, when the pronoun is the
    subject or object of that clause: the clause is about the noun, said by someone else."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "dobj") or clause.dep_ != "relcl":
        return set()
    noun = clause.head
    found = {noun.i, *(c.i for c in children(noun) if c.dep_ == "appos")}
    if noun.dep_ == "appos":
        found.add(noun.head.i)
    return found


def _co_arguments(pronoun: Token) -> tuple[int, ...]:
    """Subjects and objects of the pronoun's own verb, relative pronouns read as their noun:
    "a witness who testified against him" - him is not the witness, wherever it is named."""
    verb = governing_verb(pronoun)
    if verb is None:
        return ()
    found = tuple(_relative_noun(c).i for c in children(verb)
                  if c.i != pronoun.i and c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos in (NOUN, PROPN, PRON))
    if (main := _adverbial_participle_of(verb)) is not None:
        # "Police arrested six clerks, accusing them of fraud", "freed them after kidnapping
        # them": the participle's understood subject is the main clause's
        found += tuple(c.i for c in children(main) if c.dep_ == "nsubj" and c.pos in (NOUN, PROPN, PRON))
    elif verb.dep_ == "acl" and verb.head.pos in (NOUN, PROPN) and not any(
            c.dep_ in SUBJECT_DEPS for c in children(verb)):
        found += (verb.head.i,)  # "the union representing them": the noun a participle modifies is its subject
    else:
        # "Troops detained 40 men and were holding them": a second verb sharing the first
        # one's subject has that subject as its own
        found += _inherited_subjects(verb)
    return found


def _inherited_subjects(verb: Token) -> tuple[int, ...]:
    """The subjects a conjoined verb without a subject of its own shares with the first verb
    ("The Greens quit the government and joined the opposition": the Greens joined), or ()."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return ()
    first = verb
    while first.dep_ == "conj":
        first = first.head
    return tuple(_relative_noun(c).i for c in children(first) if c.dep_ in SUBJECT_DEPS and c.pos in (NOUN, PROPN, PRON))


def _most_salient(viable: list[Candidate], anaphor: Token, sentence: int) -> tuple[int, ...] | None:
    """The best-scored candidate's heads, if it beats its first real rival by MARGIN."""
    if not viable:
        return None
    # recency goes to the latest subject of a clause that is not a noun's modifier
    last_subject = max((c.position for c in viable if c.role == "subject"
                        and not (c.sentence != sentence and _embedded(c, anaphor.doc))), default=-1)
    scored = sorted(((_score(c, anaphor, sentence, last_subject), c) for c in viable),
                    key=lambda sc: (sc[0], sc[1].position), reverse=True)
    best_score, best = scored[0]
    for score, other in scored[1:]:
        if set(other.heads) & set(best.heads) or _same_name(anaphor.doc, other.heads, best.heads):
            continue  # the same thing mentioned twice is no rival
        if set(_container_name(anaphor.doc, other.heads)) & set(best.heads) \
                or set(_container_name(anaphor.doc, best.heads)) & set(other.heads):
            continue  # nor "the town of Harardhere" and its name
        if best_score - score < MARGIN:
            return None
        break
    return best.heads


#: Where a Doc's text is kept (kg.pipeline puts the article's text there before parsing).
DOC_TEXT_KEY = "kg_doc_text"


def doc_text(doc: Doc) -> str:
    """``Doc.text``, kept in ``doc.user_data``: spaCy joins every token's text on each access,
    which costs as much as a third of coreference on a long article."""
    text = doc.user_data.get(DOC_TEXT_KEY)
    if text is None:
        text = doc.user_data[DOC_TEXT_KEY] = doc.text
    return text


def _sentences(doc: Doc) -> list:
    """The sentences of ``doc`` (``doc.sents``), once per Doc (kept in its memo)."""
    found = memo(doc).get("kg_coref_sentences")
    if found is None:
        found = memo(doc)["kg_coref_sentences"] = list(doc.sents)
    return found


def _sentence_of(token: Token):
    """``token.sent`` without its cost: Token.sent scans the Doc for the sentence's bounds and
    builds a new Span on every call; this picks the Span from :func:`_sentences`."""
    sentences = _sentences(token.doc)
    bounds = memo(token.doc).get("kg_coref_sentence_starts")
    if bounds is None:
        bounds = memo(token.doc)["kg_coref_sentence_starts"] = [s.start for s in sentences]
    return sentences[bisect_right(bounds, token.i) - 1]


def _quoted(token: Token) -> bool:
    """Whether ``token`` is inside quote marks in its sentence."""
    bounds = memo(token.doc).get("kg_sentence_bounds")
    if bounds is None:  # Token.sent scans the whole Doc; resolve_pronouns records the bounds
        bounds = memo(token.doc)["kg_sentence_bounds"] = ([s.start for s in token.doc.sents],
                                                              [s.start_char for s in token.doc.sents])
    starts, start_chars = bounds
    before = doc_text(token.doc)[start_chars[bisect_right(starts, token.i) - 1] : token.idx]
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 1


#: Particles that open Dutch, German, Italian and Scottish surnames and the companies named
#: after them ("Van Loon", "Von Essen", "Della Valle"): the name table lists a few as given
#: names (Van Morrison), but opening a name in news they are a surname's, which says no gender
#: and no person ("Van Loon said it had agreed to buy ...").
SURNAME_PARTICLES = frozenset("van von della mac".split())


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given names with a clear gender (kg/data/given_names.tsv, see tools/build_given_names.py),
    surname particles left out."""
    table = resources.files("kg").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    names = dict(line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in names.items() if name not in SURNAME_PARTICLES}


def person_gender(token: Token) -> str | None:
    """"m", "f" or None for the person a noun-phrase head names, from a title ("Mrs"),
    a gendered noun ("spokeswoman") or the given name of the person's full name
    (a lone surname takes the full name said elsewhere in the article).

    It reads only the token and what the article says of names, so it is worked out once
    per token (kept in the Doc's memo): the pronouns of an article ask about the same
    candidates again and again.
    """
    return per_token(token, "kg_coref_genders", _person_gender_anew)


def _person_gender_anew(token: Token) -> str | None:
    gendered = GENDERED_WORDS.get(token.lower_)
    if gendered:
        return gendered
    if token.ent_type_ != "PERSON" and _name_kind(token) != NAME_KINDS["person"]:
        return None
    ent = _entity_at(token.doc, token.i)
    if ent is None:
        return None
    before = token.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and GENDERED_WORDS.get(before.lower_.rstrip(".")):
        return GENDERED_WORDS[before.lower_.rstrip(".")]  # "Mrs Banda", "Mr. Soto"
    words = [t for t in ent if t.is_title]
    if len(words) >= 2:
        return _given_names().get(words[0].lower_)
    surname = token.lower_
    for other in _persons(token.doc):  # "Banda" -> "Grace Banda" elsewhere in the article
        names = [t for t in other if t.is_title]
        if len(names) >= 2 and names[-1].lower_ == surname:
            return _given_names().get(names[0].lower_)
    return None


def _same_name(doc: Doc, a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Two mentions of one name are the same referent: the same head text ("ISIL" ... "ISIL"),
    two words of one name, or an acronym and its long form ("Rapid Support Forces (RSF)")."""
    return len(a) == len(b) and all(
        doc[x].lower_ == doc[y].lower_ or _referent_key(doc, x) == _referent_key(doc, y) for x, y in zip(a, b)
    )


def _referent_key(doc: Doc, i: int) -> str:
    ent = _entity_at(doc, i)
    key = _name_key(ent) if ent is not None else doc[i].lower_
    long_form = _acronyms(doc).get(key)
    if long_form is not None:
        return doc[long_form[0] : long_form[1]].text.lower().removeprefix("the ").strip()
    name_facts(doc)  # (which finds the shortened names)
    return memo(doc)["kg_coref_shortened"].get(key, key)  # "Nordhavn" is "Nordhavn Lines"


# --------------------------------------------------------------------------- names across the article
# spaCy's small model types the same name differently from one sentence to the next
# ("Karoo Metals" PERSON, "Thabo Mokoena" ORG, "al-Qaim" PERSON). What the article says
# about a name fixes its kind for every mention: each rule below names its construction.

#: Nouns that introduce a sports club ("Danish side FC Midtjylland", "Premier League club
#: Everton", "Turkish champions Galatasaray"): "the club", "the side", "the team" take it up.
CLUB_WORDS = frozenset("club side team".split())
#: Words that make a name, or the noun classifying it, a company ("platinum producer
#: Karoo Metals", "sportswear maker Velox", "Chilean miner Minera Atacama", "Nordlys Air").
COMPANY_WORDS = frozenset(
    """company firm maker producer manufacturer miner farmer carrier airline operator insurer lender retailer builder
    supplier exporter conglomerate metals air airlines airways inc corp ltd plc holdings
    drugmaker carmaker automaker chipmaker laboratories pharmaceuticals pharma
    planemaker steelmaker refiner brewer shipper broadcaster publisher utility
    platforms technologies industries systems networks motors breweries bancorp ag nv gmbh llc pt""".split()
)  # (the last line ends only companies' names: "Meta Platforms", "Laura Industries", a given name first;
#    "pt" opens Indonesian ones: "PT Lestari Bahari", whose PT NER leaves out of the name;
#    the fourth line completes the company descriptions of DESCRIPTION_CLASSES: "Brazilian
#    planemaker Embraer" is a company, which "the Brazilian firm" takes up)
#: Company words that also name a trade ("Chilean miner Mario Soto"): weaker evidence.
TRADE_WORDS = frozenset("miner farmer producer operator supplier exporter carrier builder".split())
#: Roles a company holds as often as a person ("Play's owner Iliad", "the buyer, Halden
#: Group"): they classify a name only with what NER says of it.
PARTY_ROLE_NOUNS = frozenset(
    "owner buyer bidder investor shareholder partner parent rival backer sponsor client customer creditor contractor seller".split())
#: Words that make a name, or the noun it governs or is governed by, an armed group
#: ("Fighters of the Rapid Support Forces", "RSF drones", "Islamic Front for the Euphrates").
ARMED_WORDS = frozenset(
    """militia faction fighter fighters militant militants rebel rebels insurgent insurgents jihadist jihadists
    gunman gunmen front forces brigade brigades drones""".split()
)
#: Words that make a name a state's armed force ("Israel Defense Forces", "Sudanese Armed
#: Forces", "Nigerian Army"): the "military" class, which "the militants", "the rebels" do
#: not take up, and not the "armed" class of non-state groups. Pairs for "Armed Forces" ...
STATE_FORCE_WORDS = frozenset("defence defense army navy military gendarmerie".split())
STATE_FORCE_PAIRS = frozenset({("armed", "forces"), ("security", "forces"), ("air", "force"), ("national", "guard"),
                               ("coast", "guard")})
#: ... unless the name says it fights the state ("Arakan Liberation Army", "Revolutionary
#: Armed Forces of Colombia", "Kachin Independence Army", "Free Syrian Army"): then it is a
#: non-state armed group.
INSURGENT_NAME_WORDS = frozenset(
    "liberation resistance rebel rebels revolutionary insurgent mujahideen jihad independence free freedom".split())
#: Other words that make a name an organisation ("Joint Operations Command", "Malawi Electoral Commission").
ORGANISATION_WORDS = frozenset(
    """agency alliance army association authority bank board bureau command commission committee council
    court department federation foundation fund group institute league ministry movement observatory office
    organisation organization party police programme program service society union unit watch
    media""".split()  # "Mtkvari Media", "Nation Media": an outlet's name
)
#: Heads of names of bodies of members ("the Kenya Airline Pilots Association", "the National
#: Union of Mineworkers"): the "union" class, never a company.
UNION_NAME_WORDS = frozenset("union association federation confederation syndicate guild".split())
#: Heads of the names of bodies named after what they oversee or trade in ("Food and Drug
#: Administration", "Tokyo Stock Exchange", "Kenya Ports Authority"): "the drug", "the stock",
#: "the port" are that thing, not the body (unlike "Ethiopian Airlines Group ... the airline").
OVERSEEING_BODY_WORDS = frozenset(
    """authority administration agency commission exchange board bureau ministry department institute
    council committee office service court""".split())
#: Class nouns that open a company's or a bank's name in the languages that put them first
#: ("Banco Norte", "Banque Misr", "Grupo Mexico", "Compagnie Fruitiere", "Bank Mandiri"): NER
#: takes such names for people.
LEADING_COMPANY_WORDS = frozenset(
    """banco banca banque bank caixa caja grupo groupe gruppo compania compañía companhia compagnie pt
    sociedad societe société industrias petroleos petróleos laboratorios aerolineas aerolíneas""".split()
)
#: Nouns that introduce a place name ("the towns of Kosti, Rabak and Tendalti", "the town of al-Qaim").
PLACE_NOUNS = frozenset("town city village province district capital port region state island".split())
#: Nouns that make the name they classify a thing: "The ship, Sea Haven", "the tanker Nordic Star".
THING_WORDS = frozenset(
    """ship vessel boat tanker freighter ferry trawler yacht aircraft plane jet helicopter drone satellite
    dam bridge pipeline reactor""".split()
)
#: Of those, the craft that sail: they give a name the class "ship", which "the ship" takes up.
SHIP_WORDS = frozenset("ship vessel boat tanker freighter ferry trawler yacht".split())
#: Of those, the general words, which take up any of them ("a ferry ... the vessel").
GENERAL_SHIP_WORDS = frozenset("ship vessel".split())
#: Prefixes of ships' names ("the MV Nordic Star", "INS Vikrant", "HMS Defender").
SHIP_PREFIXES = frozenset("mv mt ms ss hms ins uss fv rv mts km kmp".split())  # (km: Indonesia's "Kapal Motor")
#: Heads of names of single bodies, which are "it" ("Straits Commerce Bank", "the Interior Ministry").
SINGULAR_BODY_WORDS = frozenset(
    """agency bank board bureau commission committee company corporation council court department fund
    institute ministry office organisation organization service""".split()
)
#: Titles before a name that make it a person ("Judge Lerato Dlamini", "Mrs Banda").
PERSON_TITLES = frozenset(
    """president minister judge justice senator governor mayor general colonel captain commissioner
    spokesman spokeswoman chief ambassador envoy prince princess king queen pope ayatollah sheikh
    mr mrs ms dr prof""".split()
)


@dataclass(frozen=True, slots=True)
class NameFacts:
    kind: str | None  # "person", "group", "place" when the article settles it, else None (trust NER)
    classes: frozenset[str]  # "company" / "armed" when the article says so; "town", "city" ... that introduced it
    # the common nouns the article calls the name by, before it or in apposition ("terminal
    # operator X", "X, the country's drug regulator"): "the regulator" may take it up anywhere
    nouns: frozenset[str] = frozenset()
    # the nationalities said before it or in apposition ("Danish shipping group X", "X, a Dutch
    # carrier"): "the Danish firm" is a name introduced as Danish
    nationalities: frozenset[str] = frozenset()


def _name_key(ent) -> str:
    """The folded name of an entity span, memoised per Doc (``Span.text`` builds a string each time)."""
    keys = memo(ent.doc).get("kg_coref_name_keys")
    if keys is None:
        keys = memo(ent.doc)["kg_coref_name_keys"] = {}
    key = keys.get(ent.start)
    if key is None:
        # "Halvorsen Bulk's chief executive": NER sometimes keeps the possessive in the name
        # "the Civil Aviation Authority of Nepal (": NER sometimes keeps the bracket of an acronym
        key = keys[ent.start] = ent.text.lower().removeprefix("the ").rstrip(" ([").removesuffix("'s").removesuffix("’s")
    return key


def _acronyms(doc: Doc) -> dict[str, tuple[int, int]]:
    """Acronym -> token range of its long form, for "Long Form Name (LFN)" (kept in the Doc's memo, :mod:`kg.memo`).

    What counts as a definition is :func:`kg.acronyms.acronym_definitions`'s rule, the
    one the nodes use too: "the Independent Electoral Board (Kenya)" defines nothing.
    """
    found = memo(doc).get("kg_coref_acronyms")
    if found is None:
        found = memo(doc)["kg_coref_acronyms"] = {
            acronym.lower(): (span.start, span.end) for span, acronym in acronym_definitions(doc, text=doc_text(doc))
        }
    return found


#: What investors hold in a company: "shares in X", "X's stock", "a stake in X".
HOLDING_NOUNS = frozenset("share stock stake shareholder bond".split())
#: What a company has and a person or place does not, said of a name ("X's profit", "X shares").
COMPANY_HOLDINGS = HOLDING_NOUNS | frozenset("profit revenue earning earnings subsidiary".split())


def _holding_in(root: Token) -> bool:
    """Whether a name is what only a company has shares, stock or profits in: "shares in X", "a
    stake in X", "X's shares", "X's stock", "X's profit", "X shares fell" (but not a place's:
    "Frankfurt shares fell" are the market's, and not "X's share of the market")."""
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "poss":
        return lemma in COMPANY_HOLDINGS and (lemma != "share" or head.tag_ == "NNS")
    if root.dep_ == "compound":
        return lemma in COMPANY_HOLDINGS and (lemma != "share" or head.tag_ == "NNS") and root.ent_type_ != "GPE"
    return root.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.lemma_.lower() in HOLDING_NOUNS \
        and head.head.tag_ in ("NN", "NNS")


def name_facts(doc: Doc) -> dict[str, NameFacts]:
    """Name key (lower case, no "the") -> what the whole article says about the name.

    Built once per Doc and kept in its memo (:mod:`kg.memo`).
    """
    facts = memo(doc).get("kg_coref_name_facts")
    if facts is not None:
        return facts
    votes: dict[str, Counter] = {}
    classes: dict[str, set[str]] = {}
    cut_short: dict[str, str] = {}  # a surname NER left out of a person's name -> that name
    called: dict[str, set[str]] = {}  # name -> the common nouns it is called by
    nationalities: dict[str, set[str]] = {}  # name -> the demonyms introducing it
    labels: dict[str, set[str]] = {}  # name -> the NER labels of its mentions
    shareholdings: set[str] = set()  # names said as the owners of shares, stock, profit ...
    given = _given_names()
    proper_nouns = _proper_nouns(doc)  # what the passes over untyped names below look at
    demonyms: set[str] = set()  # the nationalities the article names ("Kenyan")
    for ent in entities(doc):
        if ent.label_ == "NORP":
            demonyms.add(ent.text.lower())
        if ent.label_ not in ENTITY_KINDS or ent.label_ == "NORP":
            continue  # nationalities ("Chilean miner X") are not the names classified
        key = _name_key(ent)
        labels.setdefault(key, set()).add(ent.label_)
        if _holding_in(ent.root):
            shareholdings.add(key)  # "Halden's shares fell", "shares in Halden" (see below)
        vote = votes.setdefault(key, Counter())
        found = classes.setdefault(key, set())
        root = ent.root
        words = [t.lower_ for t in ent if not (t.is_punct and t.i == ent.end - 1)]
        # the noun classifying the name: "platinum producer Karoo Metals", "Judge Lerato Dlamini",
        # "Rivera's sponsor, sportswear maker Velox", "Thabo Mokoena, the former chief executive"
        classifiers = [words[0]] if len(words) > 1 and words[0] in PERSON_TITLES else []
        previous = doc[ent.start - 1] if ent.start > 0 else None  # the word before the name
        before_word = previous.lower_ if previous is not None else ""
        if previous is not None and previous.pos in (NOUN, PROPN):
            classifiers.append(previous.lemma_.lower())
        apposed = [_apposition_owner(root.head)] if root.dep_ == "appos" and root.head.pos == NOUN else []
        apposed += [c for c in children(root) if c.dep_ == "appos" and c.pos == NOUN]
        # "X, the union's general secretary": the parser may make the owner the apposition, with
        # the title hung on it; a noun with "'s" owns what the name is and classifies nothing
        apposed = [t for t in apposed if not any(c.dep_ == "case" for c in children(t))]
        # a trade noun in apposition also describes countries ("Chile, the world's largest
        # copper producer"); only before the name does it classify a company
        classifiers += [t.lemma_.lower() for t in apposed if t.lemma_.lower() not in TRADE_WORDS]
        called.setdefault(key, set()).update(
            t.lemma_.lower() for t in (*apposed, previous) if t is not None and t.tag_ == "NN" and t.pos == NOUN)
        nationalities.setdefault(key, set()).update(
            _nationalities_before(ent), (c.lower_ for t in apposed for c in children(t) if _nationality_word(c)))
        for noun in apposed:
            if noun.lemma_.lower() in PLACE_NOUNS and noun.tag_ == "NN":
                vote["place"] += 2  # "Kamloops, a city of 100,000", "the regional capital, Batken"
                found.add(noun.lemma_.lower())  # "the city" is then Kamloops
        # what the name governs or is governed by: "RSF drones", "Fighters of the RSF"
        related = [words[-1]]
        if root.dep_ == "compound" and root.head.lower_ in ARMED_WORDS:
            related.append(root.head.lower_)
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "from"):
            member = root.head.head
            related.append(member.lower_)
            if member.lemma_.lower() in PLACE_NOUNS and member.pos == NOUN:
                vote["place"] += 2  # "the towns of Kosti, Rabak and Tendalti", "the town of al-Qaim"
                found.add(member.lemma_.lower())  # which noun introduced it: "the town" is a town
        if len(words) >= 2 and words[words[0] == "the"] in LEADING_COMPANY_WORDS and ent.label_ in ("PERSON", "ORG", "GPE"):
            vote["group"] += 2  # "Banco Norte did not respond ... Its largest shareholder": a bank, not a person
        if any(w in COMPANY_WORDS for w in classifiers + related):
            found.add("company")
        if any(w in CLUB_WORDS for w in classifiers) or before_word == "champions":
            # "Danish side FC Midtjylland", "Turkish champions Galatasaray": a sports club (not
            # "Olympic champion Marcos Rivera": one champion is a person)
            found.add("club")
            vote["group"] += 2
        if words[-1] in UNION_NAME_WORDS and not (len(words) > 1 and words[-2] == "credit"):
            # "the Kenya Airline Pilots Association": a body of members, whatever company word it
            # names; "the airline", "the company" do not take it up (a credit union lends, though)
            found.add("union")
        if _state_force(words):
            found.add("military")  # "Kenya Defence Forces": a state's army, not a militia
        elif any(w in ARMED_WORDS for w in classifiers + related) or INSURGENT_NAME_WORDS & set(words) and (
                "army" in words or "forces" in words):
            found.add("armed")  # "Fighters of the Rapid Support Forces", "the Arakan Liberation Army"
        # a classifier noun outweighs the given-name table ("pump maker Halvard Brink" is a
        # company), except the nouns that also name a trade ("Chilean miner Mario Soto")
        if any(w in COMPANY_WORDS or w in ARMED_WORDS or w in ORGANISATION_WORDS for w in related):
            vote["group"] += 2  # "Fighters of the Rapid Support Forces", "Nordlys Air"
        for word in classifiers:
            if word in COMPANY_WORDS or word in ORGANISATION_WORDS:
                vote["group"] += 1 if word in TRADE_WORDS else 2
            elif word in PARTY_ROLE_NOUNS and ent.label_ == "ORG":
                vote["group"] += 1  # "Play's French owner Iliad": NER and a role companies hold agree
            elif word in PERSON_TITLES or word in PERSON_NOUNS:
                vote["person"] += 2
            elif word in THING_WORDS:
                vote["thing"] += 2  # "The ship, Sea Haven": NER took it for a place
        before = previous.lower_ if previous is not None else ""
        hyphenated = before in ("flagged", "based") and ent.start > 1 and doc[ent.start - 2].text == "-"
        prefix = words[1] if words[0] == "the" and len(words) > 2 else words[0] if len(words) > 1 else ""
        # (or in apposition: "The Abdullah, a Bangladesh-flagged bulk carrier, ran aground")
        flagged = any(c.dep_ == "amod" and c.lower_ == "flagged" and _hyphenated(c) for t in apposed for c in children(t))
        if hyphenated and before == "flagged" or flagged or prefix in SHIP_PREFIXES or before in SHIP_PREFIXES:
            # "the Panama-flagged Sea Falcon", "the MV Sea Falcon" (NER may leave "MV" out): a ship, not a company
            vote["thing"] += 3
            found.add("ship")
        elif any(w in SHIP_WORDS for w in classifiers):
            found.add("ship")  # "the tanker Sea Falcon", "The ship, Sea Falcon"
        if hyphenated and before == "based" and ent.label_ in ("PERSON", "ORG"):
            vote["group"] += 2  # "Athens-based Doric Maritime": an organisation has a base, whatever NER says
        last = ent[-1]
        noun = last.head  # the parser may hang the whole name on the noun after it
        if last.dep_ == "compound" and noun.i >= ent.end and ent.label_ in ("PERSON", "ORG") and (
                noun.lemma_.lower() in ORGANISATION_WORDS or noun.lemma_.lower() in COMPANY_WORDS):
            # "the Andes Unidos party", "the Halden Group company": a name classifying an
            # organisation noun names that organisation
            vote["group"] += 2
            if noun.lemma_.lower() in COMPANY_WORDS:
                found.add("company")
        if last.dep_ == "compound" and noun.i >= ent.end and noun.tag_ == "NN" and noun.lemma_.lower() in PLACE_NOUNS \
                and ent.label_ in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
            # "buried two villages in Lumajang district ... (eighteen sentences on) ... to the
            # district": a place name compounded on a place noun is called by it
            found.add(noun.lemma_.lower())
            called.setdefault(key, set()).add(noun.lemma_.lower())
        if ent.label_ in ("PERSON", "ORG") and _holding_in(root):
            vote["group"] += 2  # "Shares in Brandt Keller fell", "Brandt Keller's shares": a company's
        if ent.label_ in ("PERSON", "ORG", "GPE") and _age_after(ent):
            vote["person"] += 2  # "Lena Marsh, 52, who owns the bakery": an age in apposition is a person's
        if previous is not None and previous.pos == PROPN and previous.is_title and not previous.ent_type_ \
                and previous.lower_ in given and ent[0].is_title:
            # "former president Alejandro Toledo Vargas" (NER: GPE "Toledo Vargas"): a given name
            # NER left out just before a name makes it a person's
            vote["person"] += 2
        if len(ent) >= 2 and ent[0].is_title and ent[-1].is_title and words[0] in given:
            vote["person"] = max(vote["person"], 1)  # "Thabo Mokoena": a given name, counted once
        if ent.label_ == "PERSON" and _the_plural_name(ent):
            vote["group"] += 2  # "the Houthis", "the Tamil Tigers": people's names take no "the"
        if ent.label_ == "PERSON" and ent.end < len(doc) and cut_surname(doc[ent.end]):
            cut_short[doc[ent.end].lower_] = key  # "President Fernando Mendes Tavares": NER stopped at "Mendes"
    # "LONDON, March 19 (Reuters) - Swiss drugmaker Pellion is recalling ...": NER, thrown by the
    # dateline, left the name untyped, but the company noun classifying it still says what it is
    # (not a trade noun: "Chilean miner Mario Soto")
    for token in proper_nouns:
        if token.pos != PROPN or token.ent_iob_ != "O" or token.dep_ == "compound" or not token.is_title:
            continue
        start = _untyped_name_start(token)
        classifier = doc[start - 1] if start > 0 else None
        if classifier is None or classifier.pos != NOUN or classifier.tag_ != "NN" or classifier.ent_type_:
            continue
        noun = classifier.lemma_.lower()
        if noun not in COMPANY_WORDS or noun in TRADE_WORDS:
            continue
        key = doc[start : token.i + 1].text.lower()
        votes.setdefault(key, Counter())["group"] += 2
        classes.setdefault(key, set()).add("company")
        called.setdefault(key, set()).add(noun)
        nationalities.setdefault(key, set()).update(_nationalities_before(doc[start : token.i + 1]))
    # "a Belarusian diplomat ... Belarus denied the accusation": an untyped one-word name whose
    # demonym the article uses is a country too (see below)
    # (a demonym begins with the first four letters of its place's name, see _demonym_of: only
    # the names beginning like one of the article's demonyms are tried against them)
    openings = {d[:4] for d in demonyms}
    for token in proper_nouns:
        if demonyms and token.pos == PROPN and token.ent_iob_ == "O" and token.is_title \
                and token.dep_ != "compound" and not any(c.dep_ == "compound" for c in children(token)) \
                and token.lower_[:4] in openings and any(_demonym_of(d, token.lower_) for d in demonyms):
            votes.setdefault(token.lower_, Counter())
            classes.setdefault(token.lower_, set())
    # "the Kenyan government ... Kenya said": a one-word name whose demonym the article uses
    # is a country, whatever NER said (PERSON, ORG)
    for key, vote in votes.items():
        if demonyms and " " not in key and key[:4] in openings and any(_demonym_of(d, key) for d in demonyms):
            vote["place"] += 2
    facts = {}
    for key, vote in votes.items():
        ranked = vote.most_common(2)
        settled = ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        facts[key] = NameFacts(ranked[0][0] if settled else None, frozenset(classes[key]),
                               frozenset(called.get(key, ())), frozenset(nationalities.get(key, ())))
    # "Peter Chisale ... Chisale": a lone surname is the person named in full
    for key, fact in list(facts.items()):
        words = key.split()
        if fact.kind == "person" and len(words) >= 2:
            surname = facts.get(words[-1])
            if surname is None or surname.kind is None:
                facts[words[-1]] = fact
    # "Danish shipping group Nordhavn Lines ... Shares in Nordhavn fell": an organisation's first
    # word said alone is the organisation, when it begins no other name and NER made it an
    # organisation and never a place ("Kenya Airways ... Kenya", GPE or PERSON, stays the country)
    # ... and, whatever NER typed it, when the word alone owns shares, stock or profit ("British
    # drugmaker Halden Pharma ... Halden's shares fell", "Halden" GPE) and is no country, no
    # dateline city and nothing the article settled as a place
    shortened: dict[str, str] = {}
    firsts = Counter(key.split()[0] for key, fact in facts.items() if fact.kind == "group" and " " in key)
    city = dateline_city(doc)
    for key, fact in list(facts.items()):
        first = key.split()[0]
        if fact.kind == "group" and " " in key and firsts[first] == 1 and first in facts \
                and facts[first].kind in (None, "group") and (
                    "ORG" in labels.get(first, set()) and labels[first] <= {"ORG", "PERSON"}
                    or first in shareholdings and first != city
                    and first not in COUNTRY_NAMES):
            facts[first] = fact
            shortened[first] = key
    # "Chinese manufacturer Huaxin Chemical ... Huaxin did not respond": the first word of one
    # organisation's name said alone, where NER typed it nothing at all, is that organisation
    for token in proper_nouns:
        if token.pos != PROPN or token.ent_iob_ != "O" or not token.is_title or token.lower_ in facts \
                or token.dep_ == "compound" or any(c.dep_ == "compound" for c in children(token)):
            continue
        named = [key for key, fact in facts.items() if fact.kind == "group" and " " in key
                 and key.split()[0] == token.lower_]
        if len(named) == 1:
            facts[token.lower_] = facts[named[0]]
            shortened[token.lower_] = named[0]
    memo(doc)["kg_coref_shortened"] = shortened
    # "the MV Sea Falcon ... the Sea Falcon": a ship's name said without its prefix
    for key, fact in list(facts.items()):
        words = key.split()
        if "ship" in fact.classes and len(words) >= 2 and words[0] in SHIP_PREFIXES:
            short = facts.get(" ".join(words[1:]))
            if short is None or short.kind is None or short.kind == "group":
                facts[" ".join(words[1:])] = fact
    # "President Fernando Mendes Tavares ... Tavares said": the word NER left out is the surname
    for surname, key in cut_short.items():
        # (also when NER gave the lone surname a type the article does not settle: "Aranibar" GPE)
        if facts[key].kind == "person" and (surname not in facts or facts[surname].kind is None):
            facts[surname] = facts[key]
    # "KAMLOOPS, British Columbia -": the dateline names the city the report was filed from
    if city is not None:
        known = facts.get(city)
        facts[city] = NameFacts("place", (known.classes if known is not None else frozenset()) | {"city"},
                                known.nouns if known is not None else frozenset())  # (a city has no nationality)
    # "the Islamic Front for the Euphrates (IFE) ... the IFE": the acronym is its long form
    for acronym, (start, end) in _acronyms(doc).items():
        long_form = facts.get(doc[start:end].text.lower().removeprefix("the ").strip())
        if long_form is not None and (acronym not in facts or facts[acronym].kind is None):
            facts[acronym] = long_form
    memo(doc)["kg_coref_name_facts"] = facts
    return facts


#: Capitalised words after a person's name that are not the rest of it ("the Biden Administration").
NOT_SURNAMES = ORGANISATION_WORDS | COMPANY_WORDS | ARMED_WORDS | GROUP_NOUNS | PERSON_NOUNS


def cut_surname(token: Token) -> bool:
    """Whether ``token``, right after a person's name, is a surname NER left out of it."""
    return (token.ent_iob_ == "O" and token.is_title and token.pos in (PROPN, NOUN)
            and token.tag_.startswith("NN") and token.lower_ not in NOT_SURNAMES and token.lemma_.lower() not in NOT_SURNAMES)


#: A dateline opening a paragraph: "NEW DELHI, India - ", "KAMLOOPS, British Columbia — ".
DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*)*), [^\n]{1,40}? [-—–]{1,2} ", re.MULTILINE)


def dateline_city(doc: Doc) -> str | None:
    """The folded name of the city a dateline opens with ("NEW DELHI, India -" -> "new delhi")."""
    match = DATELINE.search(doc_text(doc)[:400])
    return match.group(1).lower() if match else None


def _dateline_span(doc: Doc) -> tuple[int, int]:
    """Character offsets of the dateline ((0, 0) without one), kept in the Doc's memo."""
    span = memo(doc).get("kg_coref_dateline")
    if span is None:
        match = DATELINE.search(doc_text(doc)[:400])
        span = memo(doc)["kg_coref_dateline"] = match.span() if match else (0, 0)
    return span


def _apposition_owner(noun: Token) -> Token:
    """The noun a name hung on ``noun`` in apposition describes: "a spokesman for the group,
    Willy Ngoma" is the spokesman (the parser hangs the name on the nearer "group"), "the
    operator of the mine, Glencore" the operator. Through "of" and "for", or from a person noun
    ("a spokesman at the ministry, X"); through any other preposition the name is the nearer
    noun's: "a lull in fighting at Yemen's largest port, Hodeidah" calls Hodeidah a port, never
    "the fighting"."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos == NOUN and (
            noun.head.lower_ in ("of", "for") or _lemma(noun.head.head) in PERSON_NOUNS):
        return noun.head.head
    return noun


def _age_after(ent) -> bool:
    """"Tamar Gelashvili, 41, who ...": a small number set off by commas right after a name."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 2].text not in (",", ".", ";"):
        return False
    age = doc[ent.end + 1]
    return age.tag_ == "CD" and age.text.isdigit() and 1 <= int(age.text) <= 120


def _state_force(words: list[str]) -> bool:
    """Whether a name's (lower-case) words make it a state's armed force ("Israel Defense Forces")."""
    if INSURGENT_NAME_WORDS.intersection(words):
        return False  # "Arakan Liberation Army"
    return bool(STATE_FORCE_WORDS.intersection(words)) or any(pair in STATE_FORCE_PAIRS for pair in zip(words, words[1:]))


def _the_plural_name(ent) -> bool:
    """"the Houthis", "the Tamil Tigers": a plural name with "the" (NER's PERSON) is a group, never
    a person; "the Philippines" is a place, which NER gets right."""
    doc = ent.doc
    the = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"
    last = ent[-1]
    return the and last.tag_ in ("NNPS", "NNP") and last.lower_.endswith("s") and not last.lower_.endswith("ss")


@Language.component("kg_coref", requires=["token.dep", "token.pos", "doc.ents"], assigns=["doc._.kg_coref"])
def kg_coref(doc: Doc) -> Doc:
    """Set ``doc._.kg_coref`` to the resolved pronouns of the document."""
    doc._.kg_coref = resolve_pronouns(doc)
    return doc

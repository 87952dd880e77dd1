"""Compact nodes: the entity or short noun phrase that a relation connects.

An actor or target is never a clause. From the head token of an argument this
module finds the node a careful reader would draw:

- a named entity, without determiners, possessive markers or titles
  ("President Barack Obama" -> Barack Obama);
- the name a container noun introduces ("the town of al-Alam" -> al-Alam);
- the whole a partitive noun picks from ("a string of towns" -> towns);
- the name in an apposition ("a second, al-Waleed" -> al-Waleed);
- the long form of an acronym definition ("the Islamic State of Iraq and the
  Levant (ISIL)" -> one node with the acronym);
- the antecedent of a resolved pronoun (``doc._.kg_coref``) or of a relative
  pronoun ("groups who seized Falluja" -> groups);
- otherwise a compact noun phrase: the head noun with its compounds and
  classifying adjectives, no determiners, numbers or evaluative adjectives
  ("300 military advisers" -> military advisers).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from spacy.tokens import Doc, Span, Token
from spacy.parts_of_speech import ADJ, AUX, CCONJ, DET, NOUN, NUM, PRON, PROPN, VERB

from kg.acronyms import acronym_definitions
from kg.coref import BODY_NOUNS, GROUP_NOUNS, PERSON_NOUNS, cut_surname, dateline_city, doc_text
from kg.extraction.clauses import (CURRENCY_WORDS, MODIFIER_VERBS_KEY, PARTICLE_WORDS, PLACE_NOUNS, coordinated_participle, gerund_object,
                                   has_coordinator, particle_in_object, perfect_participle)
from kg.demonyms import COUNTRY_OF_DEMONYM, GOVERNMENT_NOUNS
from kg.model import Mention
from kg.memo import children, doc_tokens, entities, memo

__all__ = ["DocIndex", "char_range", "mentions_for", "entity_label", "name_bounds"]

#: Nouns that introduce a name: "the town of X" is X.
CONTAINER_NOUNS = frozenset(
    """town city village province region district country state port capital county governorate
    island river valley neighbourhood neighborhood suburb municipality camp oblast prefecture
    republic kingdom emirate territory enclave settlement hometown""".split()
)

#: Parts of a town that stand for the named town ("the outskirts of Goma" -> Goma).
PLACE_PART_NOUNS = frozenset({"outskirts", "streets", "centre", "center", "heart", "suburbs"})
PLACE_PART_PREPS = frozenset({"in", "on", "at", "near", "around", "across", "throughout"})

#: Nouns that pick part of a whole: "parts of Ramadi" is about Ramadi.
PARTITIVE_NOUNS = frozenset(
    """part parts swathe swathes string amount amounts number dozens hundreds thousands millions
    rest half majority bulk series handful lot lots piece pieces portion section
    some most many much all several each none""".split()
)

#: Shares and fractions ("40 percent of the workers", "a quarter of its trains"): a share of a plural
#: count noun picks members, like "half of the workers"; of a mass or singular noun it is an amount
#: ("accounts for 3 percent of output"), no participant.
SHARE_NOUNS = frozenset({"percent", "per cent", "%", "quarter", "third", "fifth", "tenth", "quarters", "thirds",
                         "fifths", "tenths"})

#: Verbs of proportion: after them a share is the point, an amount ("accounts for 3 percent of
#: output", "women make up 40 percent of workers"), never the whole. By lemma.
PROPORTION_VERBS = frozenset({"account", "represent", "comprise", "constitute", "total", "amount", "equal"})

#: Units of measure whose "of" phrase names what was measured ("two tonnes of cocaine").
MEASURE_UNIT_NOUNS = frozenset(
    """tonne ton kilogram kilo kg gram pound ounce barrel litre liter gallon bale sack bag crate
    truckload shipload carton""".split()
)

#: Spans of time whose "of" phrase names what filled them ("years of turmoil", "months of protests").
DURATION_NOUNS = frozenset({"year", "decade", "month", "week", "day", "hour", "century"})

#: Kinds of organised body that follow a name the recogniser may miss ("the Nuevo Rumbo party"):
#: the name alone is the node, like a description before it (not a place: "the Sinaloa cartel").
#: A trade union alike: "the FNV union", "the CGT rail union" (the name, FNV, is the node).
NAME_CLASSIFIERS = frozenset({"party", "movement", "coalition", "alliance", "militia", "faction", "union"})

#: Collective nouns whose "of" phrase names the members ("a group of farmers" -> farmers,
#: "a crowd of protesters"), unless the collective is itself a name ("the Group of Seven").
#: Bodies formed for the occasion count too: "a panel of judges", "a coalition of residents'
#: groups", "a consortium of traders" (the members act).
COLLECTIVE_NOUNS = frozenset(
    """group groups crowd crowds band bands gang gangs team teams batch batches flock convoy
    contingent delegation party column panel panels coalition coalitions consortium consortia""".split()
)

#: Nouns that name nothing without their "of" complement, and the complements that make them
#: one concept: "declared a state of emergency" is no declaration of a "state".
OF_IDIOMS = {
    "state": frozenset({"emergency", "siege", "alert", "war", "calamity", "disaster", "insurrection"}),
    "prisoner": frozenset({"war", "conscience"}),
    "prisoners": frozenset({"war", "conscience"}),
    "rule": frozenset({"law"}),
    "freedom": frozenset({"speech", "expression", "movement", "assembly"}),
    "chief": frozenset({"staff"}),
    "head": frozenset({"state", "government"}),
    "weapons": frozenset({"destruction"}),
}

#: Adjectives that grade, count or time rather than classify ("their immediate release",
#: "previous outbreaks", "a terrible crash"): dropped from node labels.
DROPPED_MODIFIERS = frozenset(
    """major large new newly own other several many few various certain such same more most
    additional further main big small huge key only first second third fourth last next recent
    current latest entire whole full total mutual much least clear widespread deadly necessary
    enough tough tougher toughest fresh strong stronger heavy serious severe significant massive
    sudden similar possible likely important biggest largest worst best good bad great high higher
    low lower record tight tighter tightest immediate swift prompt quick rapid normal usual
    previous prior earlier terrible awful horrible dreadful separate slow extra weak
    suspected alleged""".split()  # (hedges describe no kind: "suspected jihadist gunmen")
)

#: Tags of adjectives that grade rather than classify: superlatives and comparatives
#: ("its deadliest outbreak", "cheaper imports").
GRADING_TAGS = frozenset({"JJS", "JJR"})

#: Currency names measure rather than classify when they modify a noun (clauses.CURRENCY_WORDS).

#: Entity types of modifiers that count or measure: "2.1 billion euro takeover" -> takeover.
AMOUNT_ENTITY_TYPES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT", "DATE", "TIME", "ORDINAL"})

#: Entity types of heads that are never nodes: shares and times.
NOT_NODE_TYPES = frozenset({"PERCENT", "DATE", "TIME"})

#: Modifier dependencies that stay in a compact noun phrase.
KEPT_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})

#: Leading words of a named entity that are titles, not part of the name.
TITLE_WORDS = frozenset(
    """president vice prime minister secretary foreign defense defence interior state general
    gen. major major-general lieutenant colonel col. captain capt. admiral sergeant commander
    ayatollah sheikh sheik imam mr mr. mrs mrs. ms ms. dr dr. sir lord lady king queen prince
    princess senator sen. rep. representative governor gov. mayor judge justice chancellor
    pope cardinal bishop rabbi chief chairman chairwoman spokesman spokeswoman premier emir
    sultan treasurer deputy ambassador speaker commissioner archbishop crown""".split()
)

#: Title words that stand right before a person's surname ("President Ruto", "Foreign Minister
#: Lind"), not the words that also name offices and bodies ("State Department", "Justice Ministry").
PERSON_TITLES = TITLE_WORDS - frozenset(
    "state foreign defense defence interior general justice vice major prime chief".split()
)

#: Determiner-like words stripped from the front of a name.
LEADING_STRIP = frozenset({"the", "a", "an", "this", "that", "these", "those"})

#: Relative pronouns stand for the noun their clause modifies.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})

#: NER labels that are names of participants (others, like DATE, are not nodes).
PARTICIPANT_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

#: Dependencies of a word standing as an argument (subject, object, object of a preposition).
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})

#: Tags of proper adjectives and names that keep their case in a node label.
PROPER_TAGS = frozenset({"NNP", "NNPS"})


class DocIndex:
    """Per-document lookups the node rules need, built once per Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each access: read it once
        self._capitalised: frozenset[str] | None = None
        # doc.ents builds new spans on every access: read them once
        self.entities: list[Span] = repaired_entities(doc, lambda: self.capitalised_words)
        self.mentions: dict[int, list[Mention]] = {}  # mentions_for, memoised per token
        self.entity_of: dict[int, Span] = {}
        for ent in self.entities:
            for i in range(ent.start, ent.end):
                self.entity_of[i] = ent
        self.entity_words = {t.lower_ for ent in self.entities if ent.label_ in PARTICIPANT_TYPES for t in ent}
        # words of people's names, with a surname the recogniser left out ("Fernando Mendes | Tavares")
        self.person_words = {t.lower_ for ent in self.entities if ent.label_ == "PERSON"
                             for t in (*ent, *doc[ent.end:ent.end + 1])
                             if t.is_title and (t.i < ent.end or t.tag_ in PROPER_TAGS)}
        self.coref: dict[int, tuple[int, ...]] = doc._.kg_coref or {}
        self.acronyms = acronym_definitions(doc, self.entity_of, self.text)  # (the one rule: kg.acronyms)
        self.name_bounds: dict[tuple[int, int], tuple[int, int] | None] = {}  # entity_label, memoised
        self.long_form_of: dict[int, tuple[Span, str]] = {}
        for long_form, acronym in self.acronyms:
            for i in range(long_form.start, long_form.end):
                self.long_form_of[i] = (long_form, acronym)


    @property
    def capitalised_words(self) -> frozenset[str]:
        """Proper nouns the article capitalises where no capital is due (inside a sentence after
        the first, not after a quote mark or a dateline) and never writes in lower case: a
        name the recogniser missed ("Glencore's shares fell") is a name at a sentence start too."""
        if self._capitalised is None:
            doc, lower, title = self.doc, set(), set()
            first_end = next(iter(doc.sents)).end if doc.has_annotation("SENT_START") else 0
            words = doc_tokens(doc)
            for token in words[first_end:]:
                if token.is_lower:
                    lower.add(token.lower_)
                elif token.tag_ in PROPER_TAGS and token.is_title and not token.is_sent_start \
                        and words[token.i - 1].text not in QUOTE_OPENERS and not _after_dateline(token):
                    title.add(token.lower_)
            # the dateline's city, written in capitals there ("KYIV, March 3 -"), is a name
            # when a sentence opens with it ("Kyiv did not comment"), not the noun "kyiv"
            city = dateline_city(doc)
            if city and " " not in city:
                title.add(city)
            self._capitalised = frozenset(title - lower)
        return self._capitalised


#: Entity types a proper-noun word before them can turn into an organisation's name
#: ("Virgin | Australia", "AirNav | Indonesia": a company named after its country).
PLACE_NAME_TYPES = frozenset({"GPE", "LOC"})

#: Prepositions inside an organisation's name after which "and" joins two fields of one body
#: ("Centre for Volcanology and Geological Hazard Mitigation").
NAME_FIELD_PREPS = frozenset({"for", "of"})


def repaired_entities(doc: Doc, capitalised_words: Callable[[], frozenset[str]]) -> list[Span]:
    """The recogniser's entities, with two splits of one name mended (each from the parse alone).

    - A name cut before its last word, a place: a capitalised proper noun the parser made a
      compound of the place, itself in no entity, begins an organisation's name ("Virgin
      Australia cancelled flights", "forced AirNav Indonesia to close"; not a title, "President").
    - A name cut before the last word of its own "of" phrase, the word its last words hang on
      ("Office of the Australian Information | Commissioner").
    - An organisation's name split at "and" inside its "for"/"of" phrase: the second part is
      a conjunct of the first part's object ("Institute for Seismology and Disaster Research":
      one body), not of the first name's head ("Oxfam and Save the Children": two).

    At a sentence start the capital is not trusted ("Neighbouring Malawi", "Landlocked
    Chad"): the word must be capitalised inside a sentence elsewhere (``capitalised_words``).
    """
    ents = entities(doc)  # (read once per Doc: doc.ents builds new Spans on every access)
    repaired: list[Span] = []
    words = doc_tokens(doc)
    for ent in ents:
        first = words[ent.start]
        previous = words[ent.start - 1] if ent.start else None
        if ent.label_ in PLACE_NAME_TYPES and previous is not None and previous.ent_type_ == "" \
                and previous.tag_ == "NNP" and previous.dep_ == "compound" and ent.start <= previous.head.i < ent.end \
                and not previous.is_lower and previous.lower_ not in TITLE_WORDS and first.lower_ not in LEADING_STRIP \
                and (not previous.is_sent_start or previous.lower_ in capitalised_words()):
            ent = Span(doc, ent.start - 1, ent.end, label="ORG")
        following = words[ent.end] if ent.end < len(words) else None
        if ent.label_ == "ORG" and following is not None and following.ent_type_ == "" and following.tag_ == "NNP" \
                and following.is_title and following.dep_ == "pobj" and ent.start <= following.head.i < ent.end \
                and words[ent.end - 1].head.i == following.i:
            # a name cut before the last word of its own "of" phrase, the head its last words
            # hang on: "Office of the Australian Information | Commissioner"
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        if repaired and ent.label_ == "ORG" and repaired[-1].label_ == "ORG" and repaired[-1].end + 1 == ent.start \
                and words[ent.start - 1].lower_ in ("and", "&") and ent.root.dep_ == "conj":
            inner = ent.root.head  # the word the second part is a conjunct of
            if repaired[-1].start <= inner.i < repaired[-1].end and inner.dep_ == "pobj" \
                    and inner.head.lower_ in NAME_FIELD_PREPS and repaired[-1].start <= inner.head.i:
                repaired[-1] = Span(doc, repaired[-1].start, ent.end, label="ORG")
                continue
        repaired.append(ent)
    return repaired


#: Tokens after which a capital is due: an opening quote mark, a colon.
QUOTE_OPENERS = frozenset({'"', "“", "'", "‘", ":", "(", "-", "—", "–"})


def entity_label(tokens: Span | list[Token]) -> tuple[int, int] | None:
    """Token range of a name without leading determiners/titles and trailing "'s".

    Returns ``(start, end)`` token indices, or None if nothing is left.
    """
    toks = list(tokens)
    opening = next((k for k, t in enumerate(toks) if t.text == "(" and k > 0), None)
    if opening is not None and not any(t.text == ")" for t in toks[opening:]):
        toks = toks[:opening]  # "the National Office of Electoral Processes (ONPE": the acronym is no part of it
    while toks and (toks[0].lower_ in LEADING_STRIP or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct or toks[-1].is_space
                    or (toks[-1].like_num and _trailing_count(toks))):
        toks = toks[:-1]  # "Everton 2-0": a score or count is not part of the name
    if len(toks) > 1 and toks[-1].is_lower and toks[-1].text in NAME_CLASSIFIERS:
        toks = toks[:-1]  # "the Fuerza Andina party": a lower-case kind of body is no part of the name
    # titles: only when a name follows ("President Barack Obama", not "President")
    while len(toks) > 1 and toks[0].lower_ in TITLE_WORDS and toks[0].ent_type_ in ("PERSON", ""):
        toks = toks[1:]
    while len(toks) > 1 and toks[0].lower_ in ("of", "-"):
        toks = toks[1:]  # "Secretary of State John Kerry" after dropping the titles
    if not toks:
        return None
    return toks[0].i, toks[-1].i + 1


#: Roles that sports copy writes like a title before a name ("Striker Youssef En-Nesyri").
SPORT_ROLES = frozenset("striker midfielder defender goalkeeper winger captain".split())

#: Titles that name a person's rank or office, also when the recogniser typed the name an
#: organisation ("the army's spokesman, General Sylvain Ekenge,").
RANK_TITLES = PERSON_TITLES | frozenset({"general", "major"})


def _description_before_person(ent: Span, start: int, end: int) -> bool:
    """Whether the first word of a name is a description of the person, not part of the name:
    a demonym, an occupation or a title before a first name and a surname that the recogniser
    took into the name. In a PERSON span ("Striker Youssef En-Nesyri", "Activist Ana Ruiz",
    "Italian Renato Canova"); in a span typed otherwise only when it is the apposition of a
    person noun ("her coach, Italian Renato Canova,", "the army's spokesman, General Sylvain
    Ekenge,": the recogniser took the person for an organisation), and when no word after it
    names a body ("its owner, Indian Oil Corporation" stays whole)."""
    doc = doc_tokens(ent.doc)
    rest = [t for t in doc[start + 1 : end] if t.text != "-"]  # ("En-Nesyri")
    if len(rest) < 2 or not all(t.is_title and t.pos == PROPN and t.lower_ not in TITLE_WORDS for t in rest):
        return False
    first = doc[start]
    demonym = first.text in COUNTRY_OF_DEMONYM
    if ent.label_ == "PERSON":
        return demonym or first.lower_ in PERSON_NOUNS or first.lower_ in SPORT_ROLES
    root = ent.root
    if not (demonym or first.lower_ in RANK_TITLES) or root.dep_ != "appos" or len(rest) > 3:
        return False
    described = root.head
    return described.is_lower and described.lemma_.lower() in PERSON_NOUNS \
        and not any(t.lower_ in GROUP_NOUNS or t.lower_ in BODY_NOUNS for t in rest)


def name_bounds(index: DocIndex, ent: Span) -> tuple[int, int] | None:
    """:func:`entity_label` of a span, computed once per document (names and arguments share spans)."""
    key = (ent.start, ent.end)
    if key not in index.name_bounds:
        bounds = entity_label(ent)
        while bounds is not None and _description_before_person(ent, *bounds):
            bounds = (bounds[0] + 1, bounds[1])  # "Striker Youssef En-Nesyri": the description goes
        if bounds is not None and ent.label_ == "PERSON" and bounds[1] == ent.end < len(index.doc) \
                and cut_surname(index.doc[ent.end]):
            bounds = (bounds[0], bounds[1] + 1)  # "President Fernando Mendes | Tavares": the surname NER left out
        index.name_bounds[key] = bounds
    return index.name_bounds[key]


def _trailing_count(toks: list[Token]) -> bool:
    """A number ending a recogniser span that is a score or a count, not part of the name:
    "Everton 2-0", "Everton 2" (a count the recogniser took in); a number the parser
    attaches to the name as one of its words stays ("Cyber Legion 77", "Apollo 11")."""
    last = toks[-1]
    if not last.like_num:
        return False
    named = len(toks) > 1 and last.dep_ == "nummod" and last.head.i == toks[-2].i and last.head.pos == PROPN \
        and not any(t.text in ("-", "–") for t in last.doc[last.i - 1 : last.i + 2])
    return not named


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Where tokens ``start:end`` (at least one) begin and end in the text: ``doc[start:end]``'s
    ``start_char`` and ``end_char`` without building a Span or new Tokens."""
    words = doc_tokens(doc)
    last = words[end - 1]
    return words[start].idx, last.idx + len(last.text)


def _name_mention(index: DocIndex, start: int, end: int, type_: str | None, phrase: tuple[int, int]) -> Mention:
    start_char, end_char = char_range(index.doc, start, end)
    text = index.text[start_char:end_char]  # (doc[start:end].text)
    return Mention(
        text=text,
        label=" ".join(text.split()),
        start=start_char,
        end=end_char,
        kind="name",
        type=type_,
        phrase_start=phrase[0],
        phrase_end=phrase[1],
    )


def _entity_mention(index: DocIndex, head: Token) -> Mention | None:
    """The named entity containing ``head``, if it is a participant."""
    if head.i in index.long_form_of:
        long_form, _acronym = index.long_form_of[head.i]
        return _name_mention(index, long_form.start, long_form.end, "ORG", _phrase(head))
    ent = index.entity_of.get(head.i)
    if ent is None or ent.label_ not in PARTICIPANT_TYPES:
        return None
    ent = _conjunct_part(ent, head)
    bounds = name_bounds(index, ent)
    if bounds is None:
        return None
    return _name_mention(index, bounds[0], bounds[1], ent.label_, _phrase(head))


def _conjunct_part(ent: Span, head: Token) -> Span:
    """The part of an entity span on ``head``'s side of a coordinator or a verb.

    The recogniser sometimes spans a coordination ("ISIL and Sunni tribes"); each
    conjunct is its own participant. A coordinator inside a name ("the National
    Geology and Mining Service") joins modifiers, not participants, and stays.
    A verb is never part of a name ("Analysts at Bernstein said Nordlys could ...").
    """
    start, end = ent.start, ent.end
    for token in ent:
        coordinates_head = (token.dep_ == "cc" or token.pos == CCONJ) and (
            token.head.i == head.i or token.head in head.conjuncts
        )
        # (nor a preposition the parser hung outside the name: "mediated in the Sahel for decades")
        outside = token.dep_ == "prep" and token.i > head.i and not start <= token.head.i < end
        if coordinates_head or outside or (token.pos in (VERB, AUX) and token.tag_ not in PROPER_TAGS):
            if token.i < head.i:
                start = token.i + 1
            elif token.i > head.i:
                end = min(end, token.i)
    if (start, end) == (ent.start, ent.end) or start >= end:
        return ent
    return Span(ent.doc, start, end, label=ent.label_)  # (the part keeps the entity's type)


def _phrase(head: Token) -> tuple[int, int]:
    """Where the full noun phrase headed by ``head`` begins and ends in the text (for n-ary,
    full-span exports)."""
    first, last = head.left_edge, head.right_edge
    return first.idx, last.idx + len(last.text)


def _of_object(token: Token) -> Token | None:
    for child in children(token):  # (the memo's lists: token.rights makes new Tokens)
        if child.i > token.i and child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in children(child):
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def is_proper(token: Token, index: DocIndex) -> bool:
    """A proper noun, not just a capitalised word at the start of a sentence ("Gunmen killed").

    At a sentence start the tag alone is not trusted: the word must also occur in
    a named entity elsewhere in the article ("Ferrante later criticised ...").
    """
    if token.ent_type_ in PARTICIPANT_TYPES:
        return True
    if token.tag_ in ("NN", "NNS") and token.is_title and token.is_sent_start and token.lower_ in index.person_words:
        return True  # "Tavares, who cut short a visit, ...": a surname the tagger took for a plural at a sentence start
    if token.tag_ in ("NN", "NNS", "NNP", "NNPS") and token.is_upper and token.is_alpha and len(token.text) >= 3 \
            and token.ent_type_ == "":
        # "UNICEF delivered tablets", "UNAIDS praised ...": an acronym with no entity (a common noun
        # to the tagger, or a proper noun at a sentence start) is a name
        return True
    if token.tag_ not in PROPER_TAGS or token.is_lower:
        return False  # "The state weather bureau, PAGASA": a lower-case word is no name, whatever its tag
    if token.is_sent_start or token.i == 0 or _after_dateline(token):
        return token.lower_ in index.entity_words or token.lower_ in index.person_words \
            or token.lower_ in index.capitalised_words \
            or (token.dep_ == "compound" and token.head.i > token.i and is_proper(token.head, index))
        # ("Transparency International ranked ...": the first word of a name whose next is one)
    return True


def _after_dateline(token: Token) -> bool:
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and previous.text in ("-", "—", "–", "--") and bool(previous.whitespace_)


def _is_name(token: Token, index: DocIndex) -> bool:
    """A named entity, an acronym's long form, or a proper noun the recogniser missed."""
    ent = index.entity_of.get(token.i)
    if ent is not None:
        return ent.label_ in PARTICIPANT_TYPES
    return token.i in index.long_form_of or is_proper(token, index)


def _name_before_classifier(head: Token, kept: list[Token]) -> int | None:
    """Where the name before a kind of body starts when lower-case words describe the body
    before the name ("the opposition Move Forward party": "Move Forward"), else None."""
    doc = head.doc
    first = head.i
    while first > 0 and doc[first - 1].pos == PROPN and doc[first - 1].dep_ == "compound" \
            and doc[first - 1].ent_type_ not in ("GPE", "LOC", "NORP"):
        first -= 1
    if first == head.i:
        return None
    described = [t for t in kept if t.i < first]
    if not described or not all(t.dep_ in ("compound", "amod") and t.is_lower for t in described):
        return None
    return first


def _name_before_described_classifier(kept: list[Token]) -> tuple[int, int] | None:
    """The bounds of a name before lower-case words that describe a kind of body ("the CGT rail
    union", "the Unite trade union": CGT, Unite), else None. The name is a run of proper-noun
    compounds, not a place ("the Kenya rail union" stays whole)."""
    before = sorted((t for t in kept[1:]), key=lambda t: t.i)
    names = list(takewhile(lambda t: t.pos == PROPN and t.dep_ == "compound" and not t.is_lower
                           and t.ent_type_ not in ("GPE", "LOC", "NORP"), before))
    described = before[len(names):]
    if not names or not described or not all(t.is_lower and t.dep_ == "compound" for t in described):
        return None
    return names[0].i, names[-1].i + 1


def _hyphened_end(head: Token, end: int) -> int:
    """The end of a hyphened compound whose first part the parser made the head: "passers-by",
    "brother-in-law", "president-elect" (the node is the whole word, not "passers"). Only
    lower-case words joined by hyphens without spaces, at most three more parts."""
    doc = doc_tokens(head.doc)
    if end != head.i + 1 or head.whitespace_ or end + 1 >= len(doc) or doc[end].text != "-":
        return end
    last = end - 1
    i = end
    while i + 1 < len(doc) and i - end < 6 and doc[i].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i + 1].is_lower:
        last = i + 1
        i += 2
    return last + 1


def _noun_phrase_mention(index: DocIndex, head: Token) -> Mention | None:
    """Head noun with compounds and classifying adjectives, lower-cased unless proper."""
    if head.tag_ == "VBG" and head.pos != NOUN:
        # "fighting along the border killed 100 people": an -ing event the parser left a verb
        return Mention(head.text, head.lower_, head.idx, head.idx + len(head.text), "noun", None,
                       head.idx, head.idx + len(head.text))
    if head.tag_ in ("VBN", "JJ") and head.dep_ in ARGUMENT_DEPS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        # "visited the injured", "nine of the wounded": a participle or adjective used as a
        # noun for the people it describes
        return Mention(head.text, head.lower_, head.idx, head.idx + len(head.text), "noun", None,
                       head.left_edge.idx, head.idx + len(head.text))
    if head.pos not in (NOUN, PROPN) or head.ent_type_ in NOT_NODE_TYPES and not _counted_noun(head):
        return None  # "accounts for 3 percent", "running 1:42.50": a share or a time, no participant
    kept = [head]
    proper_head = is_proper(head, index)
    verb_before = coordinated_participle(head) if head.dep_ == "conj" else None  # "... and blocked roads"
    for child in reversed(list(head.lefts)):  # nearest modifier first
        if child.dep_ == "punct" and child.text == "-":
            continue
        # "Deir ez-Zor city": a "possessive" without 's is a compound the parser mislabelled
        bare_possessive = child.dep_ == "poss" and child.pos == PROPN and not any(
            c.tag_ == "POS" for c in children(child))
        if (child.dep_ not in KEPT_MODIFIER_DEPS and not bare_possessive) or child.lower_ in DROPPED_MODIFIERS:
            break
        if proper_head and child.pos == NOUN and not is_proper(child, index):
            break  # "anti-graft group Corruption Watch": a description before the name is no part of it
        if any(c.dep_ == "cc" for c in children(child)) and not any(c.dep_ == "conj" for c in children(child)):
            break  # "tear gas and water cannon" parsed as one phrase: the node is the last conjunct
        if child.ent_type_ in AMOUNT_ENTITY_TYPES or any(t.like_num for t in child.subtree) \
                or (child.lemma_.lower() in CURRENCY_WORDS and any(t.like_num for t in head.lefts)):
            # "48-hour strike", "145-metre dam", "2.1 billion euro takeover": a measure, not a kind
            # (a currency without a number classifies: "dollar withdrawals", "euro bonds")
            break
        if child.tag_ in GRADING_TAGS and child.dep_ == "amod" and not proper_head:
            # superlatives and comparatives grade, like "largest": "its deadliest cholera outbreak"
            # -> cholera outbreak, "cheaper beef" -> beef
            break
        if child.tag_ == "VBN" and any(c.dep_ == "advmod" for c in children(child)):
            break  # "newly captured" describes an event, it does not classify
        if child.pos in (NUM, DET, PRON):
            break
        if child.i == head.head.i + 1 and head.dep_ == "dobj" and (
                perfect_participle(head.head) is not None or gerund_object(head.head) is not None):
            break  # "it had frozen accounts", "denied beating protesters": a verb, not a modifier
        if head.dep_ == "pobj" and child.i == head.head.i + 1 and perfect_participle(head.head.head) is not None:
            break  # "has since tightened controls"
        if verb_before is not None and child.i == verb_before.i:
            break  # "burned tyres and blocked roads": a coordinated verb, not a modifier
        if child.lower_ in PARTICLE_WORDS and head.dep_ == "dobj" and particle_in_object(head) is not None:
            break  # "will buy back shares": the verb's particle
        if proper_head and child.lower_ in PERSON_TITLES and child.pos == PROPN and child.ent_type_ in ("", "PERSON") \
                and head.lower_ not in TITLE_WORDS and child.nbor().text != "-":
            break  # "President Ruto" (no entity found): a title is no part of the name (not "Secretary-General")
        if child.dep_ == "amod" and child.pos in (VERB, ADJ) and any(c.dep_ == "nsubj" for c in children(child)):
            break  # "Ghana has since banned imports": a verb with its own subject, not a modifier
        conjuncts = [c for c in children(child) if c.dep_ == "conj"]
        if conjuncts:
            # "ISIL and Sunni tribes": coordinated modifiers; the node is the last one's
            child = conjuncts[-1]
            kept.append(child)
            kept.extend(t for t in child.subtree if t.i < child.i)
            break
        kept.append(child)
        kept.extend(t for t in child.subtree if t.i < child.i)  # "Shi'ite-led", "Iraqi-Syrian"
    while len(kept) > 1 and (min(kept, key=lambda t: t.i).lower_ in DROPPED_MODIFIERS
                             or (min(kept, key=lambda t: t.i).tag_ in GRADING_TAGS and not proper_head)) \
            and min(kept, key=lambda t: t.i).dep_ == "amod":
        # "further rate rises", "its deadliest cholera outbreak": a grading adjective the parser
        # hung on the compound is dropped too
        first = min(kept, key=lambda t: t.i)
        if not first.whitespace_ and first.i + 1 < len(first.doc) and first.nbor().text == "-":
            break  # "high-speed trains", "low-income families": the first part of a hyphened word
        kept = [t for t in kept if t.i != first.i]
    modifier_verbs = memo(index.doc).get(MODIFIER_VERBS_KEY, ())
    verbs = [t.i for t in kept if t.dep_ == "amod" and any(c.dep_ == "nsubj" for c in children(t))
             or t.i in modifier_verbs]  # ("central bank hikes | rates": a verb taken for a modifier)
    if verbs:
        # "banks limited | dollar withdrawals": a verb with its own subject, hung on a modifier of
        # the object, ends the phrase wherever the parser put it
        kept = [t for t in kept if t.i > max(verbs)]
    start = min(t.i for t in kept)
    doc = index.doc
    end = head.i + 1
    if head.lower_ in NAME_CLASSIFIERS and len(kept) > 1 and all(
            t.i == head.i or (t.pos == PROPN and t.dep_ == "compound" and t.ent_type_ not in ("GPE", "LOC", "NORP"))
            for t in kept):
        end = head.i  # "the Nuevo Rumbo party": the name is the node, the kind of body describes it
    elif head.lower_ in NAME_CLASSIFIERS and (name := _name_before_classifier(head, kept)) is not None:
        start, end = name, head.i  # "the opposition Move Forward party", "the ruling Patriotic Front party"
    elif head.lower_ in NAME_CLASSIFIERS and head.is_lower and (name := _name_before_described_classifier(kept)):
        start, end = name  # "the CGT rail union": the lower-case words after the name describe the body
    words = doc_tokens(doc)
    if proper_head and end < len(doc) and words[end].dep_ == "nummod" and words[end].head.i == head.i \
            and words[end].text.isdigit():
        end += 1  # "an ATR 72 crashed", "Terminal 3": a number after a proper noun is part of its name
    end = _hyphened_end(head, end)
    idiom = OF_IDIOMS.get(head.lower_)
    if idiom:
        complement = _of_object(head)
        if complement is not None and complement.left_edge.i == head.i + 2 \
                and (complement.lower_ in idiom or complement.lemma_.lower() in idiom):
            end = complement.i + 1  # "state of emergency", "prisoners of war", "weapons of mass destruction"
    tokens = [t for t in words[start:end] if not (t.dep_ == "punct" and t.text != "-")]
    if not tokens:
        return None
    words = []
    for t in tokens:
        words.append(t.text if is_proper(t, index) else t.lower_)
        words.append(t.whitespace_)
    label = "".join(words).strip()
    label = " ".join(label.split())
    phrase = _phrase(head)
    start_char, end_char = char_range(doc, start, end)
    return Mention(
        text=index.text[start_char:end_char],
        label=label,
        start=start_char,
        end=end_char,
        # a proper noun the recogniser missed is still a name ("the city of Hodeidah")
        kind="name" if is_proper(head, index) else "noun",
        type=None,
        phrase_start=phrase[0],
        phrase_end=phrase[1],
    )


def _state_mention(index: DocIndex, head: Token) -> Mention | None:
    """"the Iraqi government", "Iranian authorities": the state the demonym names."""
    if head.lemma_.lower() not in GOVERNMENT_NOUNS:
        return None
    modifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if len(modifiers) != 1 or any(c.dep_ == "conj" for c in children(modifiers[0])):
        return None  # "the Iranian and the US governments" is two states, not one
    country = COUNTRY_OF_DEMONYM.get(modifiers[0].text)
    if country is None:
        return None
    phrase = _phrase(head)
    start_char, end_char = modifiers[0].idx, head.idx + len(head.text)
    return Mention(
        text=index.text[start_char:end_char],
        label=country,
        start=start_char,
        end=end_char,
        kind="name",
        type="GPE",
        phrase_start=phrase[0],
        phrase_end=phrase[1],
    )


def _apposition_owner(appos: Token, index: DocIndex) -> Token:
    """The noun an apposition describes. The parser hangs a name after a modifier phrase on the
    outer noun ("the gunmen, led by a former commander of the police, Captain X,"); a singular
    person's name cannot describe a plural noun, so it goes to the nearest singular common
    noun of the phrase between them ("head")."""
    owner = appos.head
    if owner.tag_ not in ("NNS", "NNPS") or appos.tag_ != "NNP" or appos.ent_type_ != "PERSON":
        return owner
    comma = appos.left_edge.i - 1
    if comma <= owner.i + 1 or appos.doc[comma].text != ",":
        return owner
    token, nearest = appos.doc[comma - 1], None
    while token.i != owner.i and token.head.i != token.i and owner.i < token.i:
        if token.tag_ == "NN" and not token.ent_type_:
            nearest = token
        token = token.head
    return nearest if nearest is not None and token.i == owner.i else owner


def _stranded_apposition(token: Token, index: DocIndex) -> Token | None:
    """A person's name that the parser hung on an outer noun but that describes ``token``."""
    if token.tag_ != "NN" or token.ent_type_:
        return None
    doc = token.doc
    i = token.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    ent = index.entity_of.get(i + 1) or (index.entity_of.get(i + 2) if doc[i + 1].lower_ in TITLE_WORDS else None)
    if ent is None or ent.label_ != "PERSON" or ent.root.dep_ != "appos":
        return None
    return ent.root if _apposition_owner(ent.root, index).i == token.i else None


#: Nouns of a person's role in a body: "the head of the agency, NAME," is NAME.
ROLE_NOUNS = PERSON_NOUNS | frozenset({"head"})


def _apposition_on_of_object(token: Token, index: DocIndex) -> Token | None:
    """A person's name that the parser hung on the body or place in the "of" phrase of a role
    noun, but that names the role's holder: "the head of the International Maritime
    Organization, Arsenio Dominguez, condemned", "the head of the observer mission, former
    Botswana president Mokgweetsi Masisi, praised" (the person is the head, not the body; a
    person in the "of" phrase keeps the apposition: "the lawyer of the journalist, X,")."""
    if token.tag_ != "NN" or token.ent_type_ or token.lemma_.lower() not in ROLE_NOUNS:
        return None
    body = _of_object(token)
    if body is None or body.ent_type_ == "PERSON" or body.lemma_.lower() in PERSON_NOUNS:
        return None
    for child in body.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.tag_ == "NNP" \
                and not has_coordinator(child):
            return child
    return None


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("groups who seized" -> groups)."""
    clause = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ in ("ccomp", "advcl") and token.i < clause.i:
        # "agreed a pact in 2024 that will tighten checks": a relative clause moved past a
        # phrase, which the parser hangs on the verb; it is about the verb's object
        objects = [c for c in children(clause.head) if c.dep_ == "dobj" and c.i < token.i]
        if objects:
            return objects[-1]
    node = token
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            if token.lower_ in ("who", "whom"):
                return _human_owner(node.head)
            if token.lower_ == "which":
                return _pair_owner(node.head, token) or _thing_owner(node.head)
            return node.head
        node = node.head
    return None


#: Entity types and nouns that "who" never stands for.
NOT_HUMAN_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG"})
NOT_HUMAN_NOUNS = PLACE_NOUNS | frozenset({"mine", "plant", "factory", "site", "office", "building"})


def _human_owner(noun: Token) -> Token:
    """What "who" stands for when the parser hung its clause on a place or body inside a
    phrase: "unions at the Escondida mine, who went on strike" are the unions, "residents of
    Goma, who fled" the residents. Else the noun itself."""
    if noun.ent_type_ in NOT_HUMAN_TYPES or (noun.pos == NOUN and noun.lemma_.lower() in NOT_HUMAN_NOUNS):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos in (NOUN, PROPN) \
                and noun.head.head.ent_type_ not in NOT_HUMAN_TYPES:
            return noun.head.head
    return _people_before_comma(noun) or noun


def _people_before_comma(noun: Token) -> Token | None:
    """"Talks between the government and the rebels, who seized the town", "clashes between police
    and miners, who had blocked the road": the parser hangs "who" on the event the phrase began
    with, which "who" cannot stand for; it stands for the people named right before its comma,
    inside the event's phrase. None when the noun may be people or no such name is there."""
    if noun.pos != NOUN or noun.ent_type_ or noun.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS | BODY_NOUNS:
        return None
    relative = next((c for c in children(noun) if c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom")), None)
    if relative is None or relative.left_edge.i < 2 or noun.doc[relative.left_edge.i - 1].text != ",":
        return None
    before = noun.doc[relative.left_edge.i - 2]
    inside = noun.i < before.i and noun.left_edge.i <= before.i <= noun.right_edge.i
    people = before.ent_type_ in ("PERSON", "NORP") or before.pos == NOUN and before.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS
    return before if inside and people else None


def _pair_owner(noun: Token, pronoun: Token) -> Token | None:
    """What "which" set off by a comma stands for when the parser hung its clause on the object of
    "between": "a trade pact between the EU and Brazil, which would flood Europe" and "a merger
    between two banks, which could hurt small firms" are about the pact and the merger, the noun
    the pair is named for, not about its last member. None when that is not the case."""
    if pronoun.i < 1 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    member = noun
    while member.dep_ == "conj" and member.head.i < member.i:
        member = member.head  # "the EU and the Mercosur bloc": the clause hangs on the last one
    prep = member.head
    if member.dep_ == "pobj" and prep.lower_ == "between" and prep.head.pos in (NOUN, PROPN):
        return prep.head
    return None


def _thing_owner(noun: Token) -> Token:
    """What "which" stands for when the parser hung its clause on a person inside a phrase:
    "the government of President Ana Ruiz, which has faced protests" is the government. Else
    the noun itself."""
    if noun.ent_type_ == "PERSON" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos in (NOUN, PROPN) and noun.head.head.ent_type_ != "PERSON":
        return noun.head.head
    return noun


#: Verbs by which a group names itself: "a group calling itself X".
SELF_NAMING_VERBS = frozenset("call name dub style".split())
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _self_named(noun: Token, index: DocIndex) -> Token | None:
    """The name a noun's participle gives it: "a group calling itself Black Tide", "a militia
    known as the Lions of Zawiya" (the name, not the description, is the node)."""
    for verb in children(noun):
        if verb.dep_ != "acl":
            continue
        verb_lemma = verb.lemma_.lower()
        if verb_lemma in SELF_NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children(verb)):
            for name in children(verb):
                if name.dep_ in ("oprd", "xcomp", "attr", "dobj") and name.lower_ not in REFLEXIVES \
                        and _is_name(name, index):
                    return name
        if verb_lemma == "know" and verb.tag_ == "VBN":
            for prep in children(verb):
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    for name in children(prep):
                        if name.dep_ == "pobj" and _is_name(name, index):
                            return name
    return None


def _counted_noun(head: Token) -> bool:
    """Whether a plural noun the recogniser swept into a share is what was counted: "owns more
    than 100 clinics" (typed PERCENT from "more than 100"), not the share word itself."""
    return head.ent_type_ == "PERCENT" and head.tag_ == "NNS" and head.lower_ not in SHARE_NOUNS


def _share_of_whole(share: Token, whole: Token) -> bool:
    """Whether a share ("40 percent") stands for the whole its "of" names: not after a verb of
    proportion ("accounts for 3 percent of output", "make up 40 percent of workers"), and for a
    mass or singular noun only as a verb's subject or object ("supplies 70 percent of the city's
    water"; not "was at 15 percent of capacity")."""
    verb = share.head.head if share.dep_ == "pobj" else share.head
    if verb.pos in (VERB, AUX) and (verb.lemma_.lower() in PROPORTION_VERBS or verb.lemma_.lower() == "make"
                                    and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        return False
    return whole.tag_ in ("NNS", "NNPS") or share.dep_ in ("dobj", "nsubj") and verb.pos == VERB


def _resolve_head(token: Token, index: DocIndex, depth: int = 0) -> Token:
    """Follow appositions, containers and partitives to the token that names the node."""
    if depth > 4:
        return token
    following = index.entity_of.get(token.i + 1)
    if token.lower_ in TITLE_WORDS and following is not None and following.start == token.i + 1 \
            and following.label_ == "PERSON" and token.i not in index.entity_of:
        return token.doc[token.i + 1]  # "Prime Minister Hassan al-Jubouri": a title the parser split from the name
    if token.dep_ in ("appos", "conj") and _is_name(token.head, index) and not _is_name(token, index) \
            and not any(c.i in memo(index.doc).get(MODIFIER_VERBS_KEY, ()) for c in token.lefts):
        # (not the object of a verb the parser took for its modifier: "..., suspended | services")
        if token.dep_ == "appos" or not has_coordinator(token.head):
            # "the Nusra Front, al Qaeda's branch in Syria": the name is the node
            # (a "conjunct" with no coordinator is a mislabelled apposition)
            return token.head
    of_object = _of_object(token)
    if of_object is not None and token.tag_ == "NNS" and token.lemma_.lower() in DURATION_NOUNS \
            and of_object.lemma_.lower() not in DURATION_NOUNS:
        return _resolve_head(of_object, index, depth + 1)  # "shaken by years of turmoil": the turmoil
    if of_object is not None and token.lower_ == "one":
        for child in token.rights:
            if child.dep_ == "appos" and _is_name(child, index):
                return child  # "one of the men, Jorge Salas,": the apposition names the one
    if of_object is not None and token.lemma_.lower() in MEASURE_UNIT_NOUNS and not _is_name(token, index):
        # a unit of measure names how much, its "of" object what: "seized two tonnes of cocaine",
        # "shipped 40,000 barrels of crude" (the recogniser gives "300 mm" a QUANTITY, not these)
        return _resolve_head(of_object, index, depth + 1)
    if of_object is not None and token.lower_ in SHARE_NOUNS and _share_of_whole(token, of_object):
        # a share of a plural noun: "scanned 2 percent of the containers", "79 percent of voters
        # cast ballots", "ran about a quarter of its services" (the recogniser types some "DATE");
        # or of any noun as a verb's subject or object: "produces 8 percent of the world's copper"
        return _resolve_head(of_object, index, depth + 1)
    if of_object is not None and (token.lemma_.lower() in PARTITIVE_NOUNS or token.lower_ in PARTITIVE_NOUNS
                                  or token.pos == NUM
                                  or (token.ent_type_ in ("QUANTITY", "CARDINAL") and token.pos == NOUN)
                                  or (token.lower_ in COLLECTIVE_NOUNS and not _is_name(token, index)
                                      and of_object.ent_type_ != "PERSON")):
        # "a string of towns"; counts, fractions and measures: "two of its trucks", "less
        # than a third of normal traffic", "300 mm of rain" (not shares: "accounts for 3
        # percent of output" is no account of the output); the
        # members of a collective: "a group of farmers" (but "the party of Prime Minister X" is
        # his party, not him)
        return _resolve_head(of_object, index, depth + 1)
    if not _is_name(token, index):
        named = _self_named(token, index)
        if named is not None:
            return named  # "a hacker group calling itself Black Tide", "a militia known as the Lions of Zawiya"
        stranded = _stranded_apposition(token, index) or _apposition_on_of_object(token, index)
        if stranded is not None:
            # "the gunmen, led by a former commander of the police, Captain X,"; "the head of
            # the observer mission, former Botswana president X,"
            return stranded
        for child in token.rights:
            if child.dep_ == "appos" and _apposition_owner(child, index).i != token.i:
                continue
            if child.dep_ == "appos" and token.tag_ == "NNS" and has_coordinator(child):
                continue  # "the men, a Canadian, a Peruvian and a South African,": a list of members
            if child.dep_ == "appos":
                named = _resolve_head(child, index, depth + 1)
                if _is_name(named, index):
                    return named  # "a second, al-Waleed"; "..., the border town of Albukamal"
    if of_object is not None:  # (found above)
        lemma = token.lemma_.lower()
        # "the town of al-Alam"; not when a name is compounded on the noun: "the Lumajang
        # district of East Java" is Lumajang, which lies in East Java
        if lemma in CONTAINER_NOUNS and _is_name(of_object, index) and not any(
                c.dep_ == "compound" and c.i < token.i and _is_name(c, index) for c in children(token)):
            return _resolve_head(of_object, index, depth + 1)
        if token.lower_ in PLACE_PART_NOUNS and token.dep_ == "pobj" and token.head.lower_ in PLACE_PART_PREPS \
                and _is_name(of_object, index) and not _is_name(token, index):
            # where an event happened, a part of a named place stands for the place: "on the
            # outskirts of Kaduna", "in the streets of La Paz", "in the centre of Mogadishu" (as an
            # object it stays what was hit: "shelled the outskirts of Goma")
            return _resolve_head(of_object, index, depth + 1)
    return token


def mentions_for(token: Token, index: DocIndex) -> list[Mention]:
    """The node(s) an argument headed by ``token`` stands for; empty if none.

    A pronoun resolved to a coordination ("Tehran and Washington ... their")
    gives one mention per conjunct; an unresolved pronoun gives none.
    """
    found = index.mentions.get(token.i)
    if found is None:
        found = index.mentions[token.i] = _mentions_for(token, index)
    return found


def no_one(token: Token) -> bool:
    """"No one" (like "nobody") names no participant: "No one has claimed responsibility" has no
    actor "one" (the act is negated, with no one to draw)."""
    return token.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in children(token))


def _mentions_for(token: Token, index: DocIndex) -> list[Mention]:
    if no_one(token):
        return []
    acronym = token.is_upper and len(token) > 1 and token.i in index.entity_of  # "the WHO", "IT firms"
    if token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WDT", "WP", "WP$") and not acronym:
        antecedent = _relative_antecedent(token)
        return mentions_for(antecedent, index) if antecedent is not None else []
    quantifier = token.pos == PRON and token.lower_ in PARTITIVE_NOUNS and _of_object(token) is not None
    # ("The 63-year-old founded the bank": an age the parser made a subject but left an adjective
    # is resolved like a description)
    if (token.pos == PRON and not acronym and not quantifier) or (
            token.pos in (NOUN, ADJ) and token.i in index.coref):
        # ("claims almost all of the South China Sea": a quantifier tagged as a pronoun is a part
        # of its "of" object, below)
        # a resolved pronoun or definite description ("the group") stands for its antecedent
        heads = index.coref.get(token.i)
        if not heads:
            return []
        found = []
        for head in heads:
            antecedent = index.doc[head]
            if antecedent.text in COUNTRY_OF_DEMONYM and antecedent.dep_ in ("amod", "compound", "nmod"):
                # "Dutch customs officers ... the country's": coreference takes a country the text
                # names only by its demonym up at the demonym (NER-typed or not: "NAIROBI, ... -
                # Kenyan police"), and a pronoun for that country with it ("The country said it
                # would"); the country is its name
                found.append(Mention(token.text, COUNTRY_OF_DEMONYM[antecedent.text], token.idx,
                                     token.idx + len(token.text), "name", "GPE", token.idx, token.idx + len(token.text)))
                continue
            for m in mentions_for(antecedent, index):
                # the surface is the pronoun; the label is its antecedent's
                found.append(
                    Mention(token.text, m.label, token.idx, token.idx + len(token.text), m.kind, m.type,
                            token.idx, token.idx + len(token.text))
                )
        return found
    head = _resolve_head(token, index)
    if head.i != token.i and head.pos == PRON:
        return mentions_for(head, index)  # "arrested 40 of them": the pronoun's antecedent
    heads = [head]
    if head.i != token.i and has_coordinator(head):
        # "the towns of Rawa and Ana": the container stands for every conjunct
        heads.extend(c for c in head.conjuncts if c.i > head.i)
    found = []
    for h in heads:
        mention = _state_mention(index, h) or _entity_mention(index, h) or _noun_phrase_mention(index, h)
        if mention is not None:
            found.append(mention)
    return found

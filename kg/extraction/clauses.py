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
``control``         control and complement verbs ("offered to send advisers", "moved to control towns")

Conjunctions in any argument slot are split into one relation per conjunct.
Argument heads are turned into nodes by :mod:`kg.extraction.nodes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.coref import GROUP_NOUNS, PERSON_NOUNS, governing_verb

__all__ = ["Clause", "clauses"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj"})

#: Verbs that carry no action of their own here (copulas; "have" is kept).
SKIPPED_LEMMAS = frozenset({"be"})

#: Control verbs that only frame the embedded action ("moved quickly to control
#: these towns" is about controlling): no relation of their own.
FRAMING_CONTROL_VERBS = frozenset(
    """try attempt seek begin start continue move manage rush hurry go come resume cease stop
    want wish hope plan intend aim prepare need decide choose dare tend appear seem get""".split()
)

#: Control verbs that deny the embedded action ("refused to sign" -> sign, negated;
#: "would not hesitate to protect" -> protect, asserted).
NEGATING_CONTROL_VERBS = frozenset({"refuse", "fail", "decline", "neglect", "hesitate"})

#: Phrasal verbs that deny the -ing action they govern ("held off granting a request").
NEGATING_PHRASAL_VERBS = frozenset({"hold off", "refrain from", "stop", "cease", "avoid", "hold back from"})

#: Control verbs whose own act is news: "offered to send advisers" -> offer advisers,
#: "refused to extend the deal" -> refuse deal. Other verbs with a to-clause
#: (purpose: "cooperate to defend") leave the relation to the embedded verb.
MATRIX_CONTROL_VERBS = frozenset(
    """offer agree promise pledge vow threaten propose volunteer undertake swear guarantee
    demand request plot conspire refuse decline""".split()
)

#: "accuse X of doing": the object of these verbs is the subject of the -ing clause.
OBJECT_CONTROL_VERBS = frozenset(
    {"accuse", "blame", "charge", "suspect", "convict", "prevent", "stop", "bar", "ban", "keep", "praise", "criticise", "criticize", "thank"}
)

#: Adverbs that negate a verb (spaCy tags "not", "n't" and "never" as neg already).
NEGATING_ADVERBS = frozenset({"not", "n't", "never", "nowhere"})

#: Prepositions that usually give circumstances, not the target, of an intransitive verb.
CIRCUMSTANTIAL_PREPS = frozenset(
    """in on at during since until till after before amid amidst despite over within throughout
    near around across along beside besides by for as like than via per upon""".split()
)

#: Of the circumstantial prepositions, those that often introduce a verb's target
#: ("called on all countries", "bid for the carrier", "served as prime minister").
ARGUMENT_PREPS = frozenset({"on", "upon", "for", "over", "by", "as"})

#: Head nouns of prepositional objects that are times, not targets.
TIME_NOUNS = frozenset(
    """morning evening night afternoon day days week weeks month months year years time times
    weekend hour hours minute minutes moment period start end beginning past future today""".split()
)
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})

#: Irregular past forms inside prefixed verbs ("retook", "overran", "undertaken").
IRREGULAR_PAST_ENDINGS = {"took": "take", "taken": "take", "ran": "run", "drew": "draw", "drawn": "draw",
                          "wrote": "write", "written": "write", "threw": "throw", "thrown": "throw",
                          "came": "come", "went": "go", "gone": "go", "saw": "see", "seen": "see",
                          "held": "hold", "built": "build", "sold": "sell", "told": "tell", "won": "win"}

_IRREGULAR_PAST = re.compile("(" + "|".join(sorted(IRREGULAR_PAST_ENDINGS, key=len, reverse=True)) + ")$")

#: Lemmas the lookup lemmatizer gets wrong for common news verbs.
LEMMA_FIXES = {"fin": "fine", "rag": "rage", "shel": "shell", "bas": "base"}

#: Prepositions that add a second target next to a direct object
#: ("fired tear gas at demonstrators", "imposed sanctions on Russia").
DIRECTIONAL_PREPS = frozenset({"at", "against", "upon", "toward", "towards", "into", "onto"})

#: Quantity heads whose "of" object is what counts ("hundreds of supporters").
PARTITIVE_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "group", "crowd",
                             "number", "million", "millions", "scores"})

#: Plural people who are fired at, charged at, shouted at.
CROWD_NOUNS = frozenset(
    """protester demonstrator crowd civilian villager supporter student worker journalist refugee
    migrant resident people mourner fan worshipper""".split()
)

#: Prepositions that place an event; their object is a place, not a target.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "across", "along", "throughout", "within", "beside", "inside", "outside"})

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
    "agentless_passive": 0.55,
    "second_object": 0.45,
    "report": 0.8,
}

#: Constructions that open extraction (CaRB) uses but the graph leaves out: their
#: second slot is not a participant. A circumstance ("shares — rise after — verdict"),
#: a description ("Kosti is a river port"), a passive without its actor ("two
#: soldiers were killed"), a reported clause ("said that ..."), or nothing at all
#: ("the talks collapsed"). Clauses of the last three have no targets, or a verb
#: as target.
OPEN_ONLY_CONSTRUCTIONS = frozenset(
    {"circumstantial", "copula", "agentless_passive", "clausal", "intransitive", "report"}
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
    members = [token, *conjuncts]
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == token.pos_ == "PROPN" and has_coordinator(child):
            # "Ras al-Ain, Tal Abyad and Ain Issa": a list the parser hung as an apposition
            members.extend([child, *(c for c in child.conjuncts if c.i > child.i)])
    return members


def has_coordinator(token: Token) -> bool:
    """Whether the coordination ``token`` belongs to has an "and"/"or"/"but"/"nor"."""
    members = [token, *token.conjuncts]
    return any(c.dep_ in ("cc", "preconj") for m in members for c in m.children)


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    """Passive voice: an auxpass/nsubjpass, or a past participle with a by-agent."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children))


def _grammatical_subject(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Heads of ``verb``'s grammatical subject, and the construction that supplied it."""
    explicit = _children(verb, SUBJECT_DEPS)
    if explicit:
        subject = explicit[0]
        how = "relative" if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") else "explicit"
        return _conjuncts(subject), how
    if depth > 6 or verb.head.i == verb.i:
        return [], "none"
    head, dep = verb.head, verb.dep_
    if dep == "relcl":
        # "the groups seen as ...": a relative clause without a subject is about its head
        return _conjuncts(head), "relative"
    if dep == "acl" and verb.tag_ == "VBG" and _after_comma(verb) and depth < 6:
        # "since capturing Mosul with barely a fight, occupying towns": adverbial, not
        # a modifier of "fight"; the actor is that of the clause the noun sits in
        governor = governing_verb(head)
        if governor is not None:
            subject, _ = _logical_subject(governor, depth + 1)
            return subject, "participial"
    if dep == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "rival forces fighting Assad", "a frontier drawn by colonial powers"
        return [head], "participial"
    if dep == "advcl" and verb.tag_ == "VBN" and is_passive(verb) and _after_comma(verb):
        # "the lightning offensive, spearheaded by ISIL": a post-nominal participle
        # modifies the noun just before the comma
        noun = _noun_before_comma(verb)
        if noun is not None:
            return [noun], "participial"
    if dep == "xcomp" or (dep == "ccomp" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        objects = _children(head, OBJECT_DEPS)
        if objects:
            return _conjuncts(objects[0]), "control"  # "urged Iran to stay out"
        subject, _ = _grammatical_subject(head, depth + 1)
        return subject, "control"
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        subject, how = _grammatical_subject(head, depth + 1)
        return subject, "conjunction" if how == "explicit" else how
    if dep == "advcl" and head.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBG", "VBN"):
        if verb.tag_ == "VBG" and not _children(verb, {"mark"}):
            # "a frontier drawn by colonial powers carving up the empire": an active
            # participle under a passive takes the passive's agent
            subject, _ = _logical_subject(head, depth + 1)
        else:
            subject, _ = _grammatical_subject(head, depth + 1)
        return subject, "participial"  # "..., taking three towns"
    if dep == "pcomp" and head.dep_ in ("prep", "advcl") and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        objects = _children(governor, OBJECT_DEPS)
        if objects and governor.lemma_ in OBJECT_CONTROL_VERBS:
            return _conjuncts(objects[0]), "participial"  # "accused Washington of using ..."
        subject, _ = _grammatical_subject(governor, depth + 1)
        return subject, "participial"  # "after seizing the frontier crossing"
    return [], "none"


def _logical_subject(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Who acts in ``verb``'s clause: the by-agent of a passive, else its subject."""
    if is_passive(verb):
        agents = _agents(verb)
        if agents:
            return agents, "participial"
    return _grammatical_subject(verb, depth)


def _after_comma(verb: Token) -> bool:
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _noun_before_comma(verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before ``, VERB``."""
    if verb.i < 2:
        return None
    token = verb.doc[verb.i - 2]
    if token.pos_ not in ("NOUN", "PROPN") or _is_time(token):
        return None
    while token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    return token


def _negated(verb: Token, depth: int = 0) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEGATING_ADVERBS):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True  # "no longer"
    if depth < 4 and verb.dep_ == "conj" and not _children(verb, SUBJECT_DEPS | {"aux", "auxpass"}):
        return _negated(verb.head, depth + 1)  # "would not pick or choose"
    if depth < 4 and verb.dep_ in ("xcomp", "pcomp", "advcl") and verb.tag_ == "VBG":
        head = verb.head if verb.dep_ == "xcomp" else verb.head.head
        phrasal = " ".join([lemma(head), *(p.lower_ for p in _particles(head))])
        if phrasal in NEGATING_PHRASAL_VERBS:
            return not _negated(head, depth + 1)  # "held off granting a request"
    if depth < 4 and verb.dep_ == "xcomp":
        head = verb.head
        if lemma(head) in NEGATING_CONTROL_VERBS:
            return not _negated(head, depth + 1)  # "refused to sign"; "did not refuse to sign"
        if lemma(head) in FRAMING_CONTROL_VERBS:
            return _negated(head, depth + 1)  # "did not try to seize"
    return False


def _particles(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prt"]


def _is_time(token: Token) -> bool:
    return token.ent_type_ in TIME_ENTITY_TYPES or token.lemma_.lower() in TIME_NOUNS


def _objects(verb: Token) -> tuple[list[Token], list[Token]]:
    """Target heads of an active verb and the preposition words that introduce them."""
    direct = _children(verb, OBJECT_DEPS)
    dative = [d for d in _children(verb, {"dative"}) if d.pos_ in ("NOUN", "PROPN", "PRON")]
    if direct and dative and direct[0].ent_type_ in AMOUNT_TYPES:
        return _conjuncts(dative[0]), []  # "fined Meridian Telecom 1.2 billion euros"
    if direct:
        return _conjuncts(direct[0]), []
    if dative:
        return _conjuncts(dative[0]), []
    found = _prepositional_object(verb)
    if found is None:
        return [], []
    pobj, words = found
    return _conjuncts(pobj), words


def _prepositions(verb: Token) -> Iterator[tuple[list[Token], Token]]:
    """(preposition words, object) pairs after ``verb``, compound ones included."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    for particle in _particles(verb):
        preps.extend(c for c in particle.children if c.dep_ == "prep")  # "stay out of Iraq"
    for prep in preps:
        objects = _children(prep, {"pobj"})
        if objects:
            yield [prep], objects[0]
            continue
        for inner in _children(prep, {"prep"}):
            inner_objects = _children(inner, {"pobj"})
            if inner_objects and inner.i == prep.i + 1:
                yield [prep, inner], inner_objects[0]  # "pulled out of the summit"


def _prepositional_object(verb: Token, circumstantial: bool = False) -> tuple[Token, list[Token]] | None:
    """The best prepositional target of an intransitive verb ("withdrew from Rawa").

    With ``circumstantial``, the first circumstance instead ("rose after the
    verdict", "fell in Oslo trading"): open extraction wants it, the graph does not.
    """
    best: tuple[int, int, Token, list[Token]] | None = None
    for words, pobj in _prepositions(verb):
        if _is_time(pobj) or pobj.pos_ not in ("NOUN", "PROPN", "PRON") or words[0].lower_ == "according":
            continue
        is_circumstance = words[-1].lower_ in CIRCUMSTANTIAL_PREPS - ARGUMENT_PREPS
        if is_circumstance != circumstantial:
            continue
        if best is None or words[0].i < best[0]:
            best = (words[0].i, pobj, words)
    return None if best is None else (best[1], best[2])


def _second_objects(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """Directional prepositional objects next to a direct object ("fired gas at crowds")."""
    for words, pobj in _prepositions(verb):
        if len(words) != 1 or words[0].lower_ not in DIRECTIONAL_PREPS or _is_time(pobj):
            continue
        if pobj.pos_ not in ("NOUN", "PROPN"):
            continue
        if words[0].lower_ == "at" and not _animate(pobj):
            continue  # "fired tear gas at protesters", not "halted production at the mine"
        yield pobj, words


def _animate(token: Token) -> bool:
    """People or organised groups: what one fires at, as opposed to where."""
    lemma_ = token.lemma_.lower()
    if lemma_ in PARTITIVE_HEADS:
        for prep in token.children:  # "at hundreds of opposition supporters"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _animate(pobj)
    return token.ent_type_ in ("PERSON", "ORG", "NORP") or lemma_ in PERSON_NOUNS or lemma_ in GROUP_NOUNS \
        or lemma_ in CROWD_NOUNS


def lemma(verb: Token) -> str:
    """The verb's lemma, with the lemmatizer's known slips mended ("fined" -> fine,
    "retook" -> retake: prefixed irregular pasts are left as they are written)."""
    return _mended_lemma(verb.lemma_, verb.lower_)


@lru_cache(maxsize=16384)
def _mended_lemma(lemma_: str, lower: str) -> str:
    base = lemma_.lower()
    if base == lower:  # left as written (the tagger may even call "retook" present)
        match = _IRREGULAR_PAST.search(base)
        if match and match.start() > 0:
            return base[: match.start()] + IRREGULAR_PAST_ENDINGS[match.group()]
    return LEMMA_FIXES.get(base, base)


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
            return _conjuncts(pobj)
    for conjunct in verb.conjuncts:
        if conjunct.i > verb.i and is_passive(conjunct) and not _children(conjunct, SUBJECT_DEPS):
            # "was stormed and looted by supporters": the agent is shared
            for agent in _children(conjunct, {"agent"}):
                for pobj in _children(agent, {"pobj"}):
                    return _conjuncts(pobj)
    return []


def clauses(sentence: Span) -> Iterator[Clause]:
    """Every predicate of ``sentence`` with its arguments (see OPEN_ONLY_CONSTRUCTIONS
    for those that lack a participant target)."""
    for verb in sentence:
        if lemma(verb) == "be" and verb.dep_ not in ("aux", "auxpass"):
            yield from _copula_clauses(verb)
            continue
        if verb.pos_ != "VERB" or lemma(verb) in SKIPPED_LEMMAS:
            continue
        if verb.is_upper and len(verb.text) > 1:
            continue  # "helped ISIL secure": an acronym the tagger took for a verb
        yield from _verb_clauses(verb)


def _copula_clauses(verb: Token) -> Iterator[Clause]:
    """"Kosti is a river port", "the count was transparent", "the town is in Iraq"."""
    subject, _how = _grammatical_subject(verb)
    if not subject:
        return
    negated = _negated(verb)
    for complement in verb.children:
        if complement.dep_ in COPULA_COMPLEMENT_DEPS:
            yield Clause(verb, "be", verb.text, subject, _conjuncts(complement), "copula", negated)
            return
    for words, pobj in _prepositions(verb):
        action, action_text = _action(verb, words)
        yield Clause(verb, action, action_text, subject, _conjuncts(pobj), "copula", negated)
        return


def _verb_clauses(verb: Token) -> Iterator[Clause]:
    subject, how = _grammatical_subject(verb)
    negated = _negated(verb)
    if is_passive(verb):
        # passive turned to the active sense: the agent acts on the subject
        actors = _agents(verb)
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
    construction = {
        "explicit": "active",
        "relative": "relative",
        "participial": "participial",
        "control": "control",
        "conjunction": "conjunction",
    }[how]
    targets, prep = _objects(verb)
    if lemma(verb) in REPORTING_LEMMAS:
        # "van Wyk told reporters", "IRNA quoted Khamenei as saying": the frame of a report,
        # which the graph keeps as the attribution of what was reported, not as an action
        action, action_text = _action(verb, [])
        if targets and not prep:
            yield Clause(verb, action, action_text, subject, targets, "report", negated)
        clausal = _children(verb, {"ccomp"})
        if clausal:
            yield Clause(verb, action, action_text, subject, clausal[:1], "clausal", negated)
        return
    if not targets and not _children(verb, {"xcomp", "ccomp", "prep"}):
        # "would not pick or choose those leaders": the object is shared
        for conjunct in verb.conjuncts:
            if conjunct.i > verb.i and conjunct.pos_ == "VERB" and not is_passive(conjunct):
                targets, prep = _objects(conjunct)
                if targets:
                    break
    if targets and not prep:
        for second, words in _second_objects(verb):
            action, action_text = _action(verb, words)
            yield Clause(verb, action, action_text, subject, _conjuncts(second), "second_object", negated)
    if not targets and not _children(verb, {"xcomp", "ccomp"}):
        found = _prepositional_object(verb, circumstantial=True)
        if found is not None and not (verb.dep_ == "relcl" and how == "explicit"):
            # "Shares rose after the verdict": a circumstance, kept for open extraction only
            action, action_text = _action(verb, found[1])
            yield Clause(verb, action, action_text, subject, _conjuncts(found[0]), "circumstantial", negated)
            return
    if not targets and verb.dep_ == "relcl" and how == "explicit" and not _children(verb, {"xcomp", "ccomp"}):
        # "the town the rebels seized": the modified noun is the object
        targets, construction = [verb.head], "relative"
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
    if not _children(verb, {"xcomp"}):
        action, action_text = _action(verb, [])
        yield Clause(verb, action, action_text, subject, [], "intransitive", negated)
        return
    if lemma(verb) not in MATRIX_CONTROL_VERBS:
        return  # the embedded verb carries the relation itself
    for complement in _children(verb, {"xcomp"}):
        embedded_targets, _ = _objects(complement)
        if embedded_targets:
            action, action_text = _action(verb, [])
            yield Clause(verb, action, action_text, subject, embedded_targets, "control", negated)

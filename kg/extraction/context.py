"""What surrounds a relation: its modality, who reports it, when and where.

Rules, each naming the construction it reads:

- **modality**: a modal or future auxiliary ("may seize", "will close"), a hedging
  control verb ("threatened to block", "trying to retake"), a conditional
  clause ("if asked"), inherited along control and coordination;
- **attribution**: the relation sits in the clause a reporting verb reports
  ("X said the troops withdrew"), the reporting verb hangs off the reported
  clause ("..., witnesses said"), "according to X", and "Y quoted X as saying";
  a sentence in quotes with no frame of its own continues the last quote;
- **date**: a DATE/TIME expression attached to the verb ("on Sunday",
  "this morning", "late on Saturday", "overnight"), inherited by participial,
  coordinated and control clauses of the same event chain;
- **place**: a locative preposition whose object is a place ("in Tikrit",
  "near the town of Qaim", "along the Syrian border", "north of Tikrit").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token
from spacy.parts_of_speech import ADJ, ADP, AUX, NOUN, PRON, PROPN, VERB

from kg.coref import (  # one list of the verbs that report speech, one set of quote marks
    OPENING_QUOTES,
    QUOTE_MARKS,
    REPORTING_VERBS,
    governing_verb,
)
from kg.extraction.clauses import (CONTROL_ADJECTIVES, DENYING_VERBS, ENDEAVOUR_VERBS, PLACE_NOUNS,
                                   control_complement, infinitive_with_subject, lemma, participle_as_adjective,
                                   perfect_gerund, reporter_conjunct)
from kg.temporal import BARE_DURATION, WEEKDAYS
from kg.memo import children

__all__ = ["UNASSERTED_CUES", "modality", "attribution_frame", "date_expression", "time_entities", "place_head", "opens_quote", "in_quotes",
           "speaker_of", "REPORTING_VERBS"]

#: Auxiliaries that hedge the action.
MODAL_AUXILIARIES = frozenset({"may", "might", "could", "would", "should", "must"})

#: Adverbs that hand on an act as hearsay or inference, not as a fact the text asserts:
#: "the governor allegedly accepted bribes", "the militants reportedly executed three hostages".
HEDGING_ADVERBS = frozenset({"allegedly", "reportedly", "apparently", "purportedly", "supposedly", "possibly",
                             "probably", "presumably"})

#: Auxiliaries of the future: what will happen has not happened yet ("a pact that will
#: tighten border checks"). A condition on it is the stronger cue ("will publish ... if").
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})

#: Control verbs that make the embedded action an intention, not a fact.
HEDGING_CONTROL_VERBS = frozenset(
    {"threaten", "try", "attempt", "seek", "want", "plan", "intend", "hope", "aim", "vow", "pledge",
     "promise", "prepare", "expect", "propose", "offer", "agree", "wish", "need",
     "appear", "seem"}  # raising: "the government appears to have ignored the order": an impression
) | ENDEAVOUR_VERBS  # "is struggling to pay its debts", "were working to restore power": not done yet

#: Verbs whose passive puts the act on a schedule, still to come: "the Commission is set to open a
#: review", "the rover is scheduled to drive off on Friday".
SCHEDULING_VERBS = frozenset({"set", "schedule", "slate"})

#: Verbs whose passive hands a belief or a rumour on, not a fact: "the gunmen are believed to
#: have fled", "the ship is reported to have sunk" (not "is known to").
HEARSAY_VERBS = frozenset("believe think say report rumour rumor allege fear presume understand suppose".split())

#: Control adjectives that assert the act, or with "un-"/"not" deny it, rather than hedge it:
#: "rescuers were able to reach the hikers" says they reached them, unlike "may reach";
#: "was unable to reach" is the act negated (see kg.extraction.clauses.NEGATING_ADJECTIVES).
#: Their copula's own modal still hedges ("will be able to restore").
ASSERTING_ADJECTIVES = frozenset({"able", "unable"})

#: Cues of relations the text does not assert, only asks about: kept for open
#: extraction, not in the graph. (A counterfactual, "would have raised fares", is
#: hedged with "would" like any other modal.)
UNASSERTED_CUES = frozenset({"whether"})
#: Verbs whose "that" clause says what should happen, not what did ("demanded that X resign").
DIRECTIVE_VERBS = frozenset("demand insist urge ask propose recommend suggest request require order".split())

#: Subordinators of a condition.
CONDITIONAL_MARKS = frozenset({"if", "unless"})


#: Dependencies by which a reporting verb governs what it reports, or hangs off it.
#: Not advcl: "Accusing Washington ..., he added" is the speaker's act, narrated.
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})

#: Dependencies along which an embedded clause belongs to the same event chain.
CHAIN_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})

#: Parts of a day a weekday or date can name ("on Sunday morning", "on Tuesday night").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})

#: Prepositions of a time expression that give a duration's bounds, not the event's date.
DURATION_PREPS = frozenset({"since", "until", "till", "by"})  # "kept output unchanged until June", "restored power by Wednesday": a bound, not when

#: Adverbs that put a conjoined verb in a time of its own ("closed two mines in March and has
#: since cut jobs", "arrested him and then released him"): no date passes between them.
SEQUENCE_ADVERBS = frozenset("since later then afterwards subsequently now soon eventually earlier previously".split())

#: Words that date the publication day on their own (the recogniser misses some).
TIME_WORDS = frozenset({"overnight", "yesterday", "today", "tonight"})

#: Prepositions that locate an event ("off" at sea: "sank off the town of Pylos").
LOCATIVE_PREPS = frozenset({"in", "near", "at", "around", "outside", "inside", "along", "across", "throughout",
                            "within", "beside", "on", "off"})

#: Nouns of the edge of a place, which the place named in their "of" phrase locates ("off the
#: coast of Libya", "on the outskirts of Goma").
EDGE_NOUNS = frozenset({"coast", "shore", "shores", "waters", "outskirts", "edge", "coastline", "border"})

#: Compass adverbs of "north of Tikrit".
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

#: Verbs of stance, whose object's place is where the matter is, not where the stance
#: is taken ("Iran rejected US action in Iraq").
STANCE_VERBS = frozenset(
    """reject condemn welcome criticise criticize oppose support back denounce praise discuss
    debate approve endorse accept dismiss question dispute applaud hail""".split()
)

#: Dependencies of a verb's participants, whose own locative phrase may place the event.
PARTICIPANT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "dative"})


def modality(verb: Token, depth: int = 0) -> str | None:
    """The hedge on ``verb``'s action, as its cue ("may", "threatened to", "if"), or None.

    One cue asserts nothing at all (:data:`UNASSERTED_CUES`): an indirect question
    ("an investigation into whether he supplied the drug").
    """
    modal = marks = future = None
    below = children(verb)
    for child in below:
        dep = child.dep_
        if dep == "mark":
            if child.lower_ == "whether":
                return "whether"
            marks = marks or child.lower_ in CONDITIONAL_MARKS
        elif dep == "aux" and modal is None and child.lower_ in MODAL_AUXILIARIES:
            modal = child.lower_
        elif dep == "aux" and child.lower_ in FUTURE_AUXILIARIES:
            future = child.lower_
    if modal == "could" and any(c.dep_ == "neg" for c in below):
        modal = None  # "could not confirm the strike": was unable to, a negated fact like "unable to"
    if modal is not None:
        return modal  # "ISIL may seize the dam"
    for child in below:
        if child.dep_ == "advmod" and child.lower_ in HEDGING_ADVERBS:
            return child.lower_  # "the militants reportedly executed three hostages"
    if verb.dep_ == "advcl" and marks:
        return "if"  # the action is itself the condition
    for child in below:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children(child)):
            return "if"  # "would protect the shrines if asked"
    if future is not None:
        return future  # "will tighten border checks"
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb  # "... and that X dissolve"
    if clause.dep_ == "ccomp" and verb.tag_ in ("VB", "VBP") and lemma(clause.head) in DIRECTIVE_VERBS:
        # "demanding that the government reject the deal": a demand, not a fact (the bare
        # verb of a mandative "that" clause)
        return clause.head.text.lower()
    if infinitive_with_subject(verb) and lemma(verb.head) in HEDGING_CONTROL_VERBS:
        # "Washington wants Israel to halt the offensive": wanted, not done
        return verb.head.text.lower()
    if depth < 4 and control_complement(verb):
        head = verb.head
        if questioned_control(verb, depth):
            return "whether"
        if head.pos == ADJ and head.lower_ in ASSERTING_ADJECTIVES:
            # "were able to reach the hikers": asserted; "will be able to restore": the copula's "will"
            return modality(head.head, depth + 1) if head.head.pos in (AUX, VERB) else None
        if head.pos == ADJ and head.lower_ in CONTROL_ADJECTIVES:
            return f"{head.lower_} to"  # "is ready to resume talks", "were unlikely to support"
        if lemma(head) in HEDGING_CONTROL_VERBS:
            return f"{head.text.lower()} to"  # "threatened to block", "trying to retake"
        if lemma(head) in SCHEDULING_VERBS and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(head)):
            return f"{head.text.lower()} to"  # "is set to open a review": scheduled, not done
        if lemma(head) in HEARSAY_VERBS and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(head)):
            return f"{head.text.lower()} to"  # "are believed to have fled", "was said to have seized"
        return modality(head, depth + 1)
    if depth < 4 and verb.dep_ == "conj" and not any(
            c.dep_ == "nsubj" or c.dep_ == "aux" and c.lower_ != "to" for c in children(verb)):
        # "may pick or choose"; "promised to build hospitals and to cut salaries" (a "to" is no tense)
        return modality(verb.head, depth + 1)
    return None


def questioned_control(verb: Token, depth: int = 0) -> bool:
    """An infinitive whose control verb is itself asked about, so neither is asserted.

    "declined to comment on whether it planned to cut jobs" -> cut, unasserted like *planned*
    (not hedged "planned to"); "would not say whether it intends to sell the unit" -> sell.
    """
    head = verb.head
    return head.pos in (VERB, AUX) and modality(head, depth + 1) in UNASSERTED_CUES


def speaker_of(reporting: Token) -> Token | None:
    """Who speaks through the reporting verb ``reporting`` (its subject, the quoted
    person, a by-agent, or the subject of the verb it is coordinated with), or None."""
    return _speaker(reporting)


def _speaker(reporting: Token) -> Token | None:
    for child in children(reporting):
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos in (NOUN, PROPN, PRON):
            return child
    head = reporting.head
    if reporting.dep_ in ("advcl", "xcomp", "pcomp") and lemma(head) == "quote":
        for child in children(head):
            if child.dep_ == "dobj":
                return child  # "IRNA quoted Khamenei as saying"
    for child in children(reporting):
        if child.dep_ == "agent":
            for pobj in children(child):
                if pobj.dep_ == "pobj":
                    return pobj  # "it was reported by state television"
    if reporting.dep_ in ("conj", "advcl") and head.pos in (VERB, AUX) and head.i != reporting.i:
        # "denied the accusation and said ...", "has defended the tax, saying ...": the
        # first verb's subject speaks
        for child in children(head):
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos in (NOUN, PROPN, PRON):
                return child
    return None


def attribution_frame(verb: Token) -> tuple[Token | None, str] | None:
    """``(speaker head, cue)`` of the report ``verb``'s relation is part of, or None.

    The speaker may be None when the report names no one ("it was reported").
    """
    if lemma(verb) in REPORTING_VERBS:
        if verb.dep_ in REPORTED_DEPS and _is_reporting(verb.head) and verb.head.i != verb.i:
            # "Algeria could not confirm the strike, Hachemi said": a report inside another is reported
            return _speaker(verb.head), lemma(verb.head)
        return None  # "he told reporters": the telling itself is narrated, not reported
    frame = _frame(verb)
    if frame is not None and frame[0] is not None:
        speaker = frame[0]
        if speaker.left_edge.i <= verb.i <= speaker.right_edge.i:
            return None  # "said Khamenei, who has the last word": the writer's aside on the speaker
    return frame


#: Verbs of claiming that frame what they govern as someone's account, beyond the reporting
#: verbs the coreference shares: "residents complained that aid had not reached the villages"
#: -> aid — reach — villages, said so by the residents.
CLAIMING_VERBS = frozenset("complain argue contend acknowledge admit concede assert maintain stress reveal".split())

#: Verbs of finding that give their "that" clause as a finding of their subject: "the
#: commission found that police had used excessive force" -> said so by the commission.
FINDING_VERBS = frozenset("find conclude rule determine establish".split())


def _is_reporting(token: Token) -> bool:
    if token.pos != VERB:
        return False  # not "State" in "Islamic State"
    word = lemma(token)
    return word in REPORTING_VERBS or word in CLAIMING_VERBS or word in FINDING_VERBS and _that_clause(token)


def _that_clause(verb: Token) -> bool:
    """Whether ``verb`` governs a finite clause ("found that police had used force"; not
    "found the bodies", nor "found them guilty")."""
    return any(c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VB") and not c.pos == ADJ
               and any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c)) for c in children(verb))


def _frame(verb: Token) -> tuple[Token | None, str] | None:
    node = verb
    matrix = reporter_conjunct(verb)
    if matrix is not None:
        node = matrix  # "monitors said polling was peaceful but condemned the arrests": their own act
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            break
        if _is_reporting(head) and node.dep_ in REPORTED_DEPS and head.i != verb.i:
            return _speaker(head), lemma(head)  # "Kerry said the United States wanted ..."
        if node.dep_ == "xcomp" and (node.tag_ == "VBG" or perfect_gerund(node)) and lemma(head) in DENYING_VERBS:
            return _speaker(head), lemma(head)  # "the company denied ignoring the warnings"
        according = _according_to(node)
        if according is not None:
            return according, "according to"
        node = head
    according = _according_to(node)
    if according is not None:
        return according, "according to"
    # "The attackers were repelled ..., they said": the reporting verb hangs off the report
    for child in children(node):
        if child.dep_ in REPORTED_DEPS and _is_reporting(child) and not child.is_ancestor(verb):
            # (by descent, not by span: the sentence's full stop may hang from the report)
            return _speaker(child), lemma(child)
    return None


def _according_to(token: Token) -> Token | None:
    for child in children(token):
        if child.lower_ == "according":
            for to in children(child):
                if to.lower_ == "to":
                    for pobj in children(to):
                        if pobj.dep_ == "pobj":
                            return pobj  # "according to witnesses"
    return None


def opens_quote(sentence: Span) -> bool:
    """Whether the sentence is quoted speech (it starts with an opening quote)."""
    return len(sentence) > 0 and sentence[0].text in OPENING_QUOTES


def in_quotes(token: Token, sentence: Span, text: str | None = None) -> bool:
    """Whether ``token`` lies between quote marks of its sentence (an odd number of them before it).

    ``text`` is the sentence's text when the caller has it (``Doc.text`` and
    ``Span.text`` both join every token again on each access).
    """
    if text is None:
        text = sentence.text
    before = text[: token.idx - sentence.start_char]
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 1


#: Subordinators that set their clause at another time than the main clause's.
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})

_YEAR = re.compile(r"(?:in |during )?\d{4}", re.IGNORECASE)

#: Prepositions of a date phrase that the parser may hang on the verb's object.
OBJECT_TIME_PREPS = frozenset({"on", "in", "during"})


#: Participles of states, which a time expression after them does not date: "owned by", "run by".
STATE_PARTICIPLES = frozenset("own run operate control manage lead base hold".split())
#: Words that make a time expression one still to come ("next week", "tomorrow").
FORWARD_WORDS = frozenset({"next", "tomorrow", "coming"})


def _forward(token: Token) -> bool:
    """Whether the time expression headed by ``token`` lies ahead: "next month", "tomorrow"."""
    return token.lower_ in FORWARD_WORDS or any(c.lower_ in FORWARD_WORDS for c in children(token))


def _attached_verb(token: Token) -> Token | None:
    """The verb a time or place expression modifies, if it modifies one directly."""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos in (VERB, AUX) or (head.pos == ADJ and participle_as_adjective(head)):
            if head.dep_ == "acl" and head.tag_ == "VBN" and (
                    token.lower_ in WEEKDAYS or _forward(token) or lemma(head) in STATE_PARTICIPLES) \
                    and head.head.dep_ in ("dobj", "pobj") and any(c.dep_ == "agent" and c.i < node.i for c in children(head)):
                # "ordered the recall of a syrup made by Marion Biotech on Wednesday": a weekday after
                # the agent of a reduced relative that names the object's maker dates the main event;
                # so does a time still to come, which no past participle can take ("will audit two
                # farms run by the cooperative next month"), and any time after a state ("seized a
                # truck owned by a local trader last week": the seizure's week, not the ownership's)
                main = head.head
                for _ in range(4):  # up from the noun: "the recall | of | a syrup made by ..."
                    if main.pos in (VERB, AUX) or main.head.i == main.i:
                        break
                    main = main.head
                if main.pos in (VERB, AUX):
                    return main
            if head.dep_ == "ccomp" and head.head.i < token.i and _before_subject(token, head):
                # "the army said on Wednesday it had repelled an attack": between the reporting
                # verb and the reported clause's subject, the time is the saying's
                return head.head
            return head  # (a past tense the tagger took for an adjective: "Last year, hackers disabled ...")
        if node.dep_ not in ("pobj", "prep", "advmod", "npadvmod", "compound", "amod", "det", "nummod"):
            return None
        if node.dep_ == "prep" and head.dep_ in ("nsubj", "nsubjpass") and node.i < head.head.i \
                and head.head.pos in (VERB, AUX):
            return head.head  # "The AIU on Friday banned ...": between the subject and its verb
        if node.dep_ == "prep" and node.lower_ in OBJECT_TIME_PREPS and head.dep_ == "dobj" \
                and head.head.pos in (VERB, AUX) and node.i == head.right_edge.i - node.n_rights \
                and token.ent_type_ == "DATE":
            # "fined Baltic Freight 40,000 euros on Thursday": a date the parser hung at the end of
            # the object dates the verb (a thing has no date of its own)
            return head.head
        if node.dep_ == "prep" and node.lower_ in OBJECT_TIME_PREPS and head.dep_ == "pobj" \
                and head.head.dep_ == "prep" and head.head.head.pos == VERB \
                and head.head.i < head.head.head.i and head.head.i == head.head.head.left_edge.i \
                and token.ent_type_ == "DATE":
            # "In a separate attack on Sunday, fighters killed 12 soldiers": the event noun of a
            # phrase fronted before the clause is the clause's event, and dates it
            return head.head.head
        if head.pos in (NOUN, PROPN) and node.dep_ != "pobj" \
                and not (node.dep_ == "compound" and head.lower_ in DAY_PARTS):
            # inside a noun phrase: "the occupation of 2003-11" (but a day before a part of the
            # day is the time's own: "attacked the base on Sunday morning" dates the attack)
            return None
        node = head
    return None


def _before_subject(token: Token, verb: Token) -> bool:
    """Whether ``token`` comes before the subject (or "that") of ``verb``'s clause."""
    starts = [c.left_edge.i for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass", "mark")]
    return bool(starts) and token.i < min(starts)


#: Prepositions whose gerund is the reason for or the charge of the verb they hang from.
REASON_PREPS = frozenset({"for", "of"})
#: Verdicts, charges and judgements, whose "for"/"of" gerund is an act done before them.
VERDICT_VERBS = frozenset(
    """sentence jail imprison convict fine accuse charge indict acquit clear punish blame praise thank
    reward honour honor criticise criticize condemn sue prosecute suspect""".split())


#: Verbs that move an event in time: their "to" date is the new time, not the act's own.
RESCHEDULING_VERBS = frozenset({"delay", "postpone", "defer", "push", "move", "reschedule", "adjourn", "put", "bring"})


def time_entities(sentence: Span, entities: list[Span]) -> list[tuple[Span, int]]:
    """The DATE/TIME entities of ``sentence`` (from the Doc's entity list), with the verb each dates.

    ``Span.ents`` scans the whole Doc on every call, so the caller passes the
    Doc's entities once and this picks the sentence's.
    """
    found = []
    doc = sentence.doc
    for ent in entities:
        if sentence.start <= ent.start < sentence.end and ent.label_ in ("DATE", "TIME"):
            if ent.start > 0 and doc[ent.start - 1].lower_ in DURATION_PREPS:
                continue  # "has mediated the talks since 2020": since when, not when
            if BARE_DURATION.fullmatch(ent.text.lower()):
                continue  # "its worst outbreak in two decades in 2023": how long, not when
            verb = _attached_verb(ent.root)
            if verb is not None and ent.start > 0 and doc[ent.start - 1].lower_ == "to" \
                    and lemma(verb) in RESCHEDULING_VERBS:
                continue  # "delayed the first delivery to 2026": the new time, not when it was delayed
            if verb is not None:
                found.append((ent, verb.i))
    return found


def date_expression(verb: Token, sentence: Span, times: list[tuple[Span, int]], depth: int = 0) -> str | None:
    """The text of the time expression dating ``verb``'s event ("on Sunday"), or None.

    ``times`` comes from :func:`time_entities` for the same sentence.
    """
    doc = verb.doc
    for ent, verb_index in times:
        if verb_index == verb.i:
            return _with_preposition(ent, sentence)
    for child in children(verb):
        if child.lower_ in TIME_WORDS:
            return child.text  # "Overnight, ISIL fighters attacked ..."
    head = verb.head
    if verb.dep_ == "relcl" and head.ent_type_ in ("DATE", "TIME") and any(c.lower_ == "when" for c in children(verb)):
        for ent, _verb_index in times:
            if ent.start <= head.i < ent.end:
                return _with_preposition(ent, sentence)  # "in 2013, when it stopped Ryanair"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in children(verb)):
        # "fined the firm on Tuesday after tests found an impurity": the tests came earlier, at a
        # time not stated; only a whole year is wide enough to hold both ("in 2023 after he ...")
        head = verb.head
        expression = date_expression(head, sentence, times, depth + 1) if head.pos in (VERB, AUX) else None
        return expression if expression is not None and _YEAR.fullmatch(expression) else None
    if verb.tag_ == "VBG" and verb.head.pos == ADP and verb.head.lower_ in REASON_PREPS \
            and lemma(verb.head.head) in VERDICT_VERBS:
        # "sentenced Kamau on Wednesday for selling public land", "accused the firm of cutting
        # staff": the charge is an earlier act, not dated by the verdict (but "arrested two men
        # on Wednesday night for looting homes": caught in the act, the same night)
        return None
    if verb.dep_ == "advcl" and _tense(verb) is not None and _governing_tense(verb.head) not in (None, _tense(verb)):
        # "blocked the aid on Wednesday, as Kyiv struggles to pay salaries": a clause in another
        # tense is set in a time of its own
        return None
    if verb.dep_ == "advcl" and lemma(verb.head) in REPORTING_VERBS:
        # "the ministry said on Wednesday, as heavy rains flooded villages": the saying's time
        # does not date the circumstance it is said in
        return None
    if depth < 4 and verb.dep_ in CHAIN_DEPS and not (verb.dep_ == "conj" and _own_time(verb, verb.head)):
        head = verb.head
        if head.pos not in (VERB, AUX) and head.dep_ in ("prep", "advcl"):
            head = head.head  # "after seizing": the preposition's verb
        if head.pos in (VERB, AUX):
            return date_expression(head, sentence, times, depth + 1)
    if depth == 0:
        for conjunct in children(verb):
            if conjunct.dep_ == "conj" and conjunct.pos == VERB and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in children(conjunct)) and not _own_time(conjunct, verb):
                for ent, verb_index in times:
                    if verb_index == conjunct.i:
                        # "cut short a visit and flew to Antofagasta on Monday night": one subject,
                        # one sequence of events, dated once at its end
                        return _with_preposition(ent, sentence)
    return None


def _tense(verb: Token) -> str | None:
    """"past" or "present" for a finite verb (by its tag or its first auxiliary's), else None."""
    for word in [*(c for c in children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb]:
        if word.tag_ == "VBD":
            return "past"
        if word.tag_ in ("VBZ", "VBP"):
            return "present"
    return None


def _governing_tense(verb: Token) -> str | None:
    """The tense of ``verb``, or of the nearest finite verb above it ("dealing a blow" -> "blocked")."""
    for _ in range(4):
        tense = _tense(verb)
        if tense is not None or verb.head.i == verb.i:
            return tense
        verb = verb.head
    return None


def _own_time(conjunct: Token, head: Token) -> bool:
    """Whether a conjoined verb is set in a time of its own, so that neither verb's date is
    the other's: its own tense or modal auxiliary ("blocked the port and will picket the
    depot on Tuesday": the blockade is not Tuesday's) or a sequence adverb ("and has since
    cut jobs", "and then released him")."""
    head_aux = {c.lower_ for c in children(head) if c.dep_ == "aux"}
    return any(c.dep_ == "aux" and c.lower_ not in head_aux or c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS
               for c in children(conjunct))


def _with_preposition(ent: Span, sentence: Span) -> str:
    doc = ent.doc
    start, end = ent.start, ent.end
    if end + 1 < sentence.end and doc[end].lower_ in RANGE_WORDS and start > sentence.start \
            and doc[start - 1].lower_ in ("from", "between") \
            and (doc[end + 1].ent_type_ == "DATE" and doc[end + 1].ent_iob_ == "B" or _YEAR.fullmatch(doc[end + 1].text)):
        # "governed from 2014 to 2020": NER gave each end of the range an entity of its own, or
        # none to the second
        start, end = start - 1, end + 2
        while end < sentence.end and doc[end].ent_iob_ == "I":
            end += 1
    while start > sentence.start and doc[start - 1].lower_ in ("on", "in", "at", "during", "late", "early"):
        start -= 1  # keep the preposition: "late on Saturday"
    return doc[start:end].text


#: Words joining the two ends of a range of dates.
RANGE_WORDS = frozenset({"to", "until", "and", "through"})


def _is_place(token: Token) -> bool:
    return token.ent_type_ in PLACE_TYPES or (token.ent_type_ == "" and token.lemma_.lower() in PLACE_NOUNS)


def place_head(verb: Token, depth: int = 0) -> Token | None:
    """The head of the place phrase locating ``verb``'s event, or None.

    In order: a locative phrase on the verb ("attacked the town on Sunday in
    Tikrit"); the governing verb's, along control and coordination; one on a
    participant, where the parser attaches it as often ("seized three towns in
    White Nile state", "the laboratory in Lausanne carried out the test"); and a
    place fronted before the reporting verb of a report ("In Nakuru, witnesses
    said police chased protesters").
    """
    found = _locative_child(verb)
    if found is not None:
        return found
    head = verb.head
    if depth < 3 and verb.dep_ in ("xcomp", "conj") and head.pos in (VERB, AUX):
        # the same event chain shares its place (and takes no other); a conjunct with a
        # subject of its own is another clause, which takes only the first verb's own place
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            return _locative_child(head)
        return place_head(head, depth + 1)
    if depth < 3 and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and head.pos in (VERB, AUX) and head.i < verb.i:
        # "shelled a market in Goma, killing nine people": a trailing participle happens where its
        # main clause does; not where a participant of it is ("blew up a bridge near Baiji, cutting
        # the supply route": the bridge's place)
        found = _locative_child(head)
        if found is not None:
            return found
    if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in MANNER_PREPS \
            and head.head.pos in (VERB, AUX):
        # "detained three students in Nakuru for painting slogans", "started the fight by opening fire":
        # the reason or the means happens where the main act does
        found = _locative_child(head.head)
        if found is not None:
            return found
    for child in children(verb) if lemma(verb) not in STANCE_VERBS else ():
        dep = child.dep_
        if dep in PARTICIPANT_DEPS:
            found = _locative_child(child)
        elif dep == "agent" or (dep == "prep" and child.lower_ not in LOCATIVE_PREPS and child.lower_ != "from"):
            # not an origin: "drove toward Baghdad from strongholds near the border"
            found = next((_locative_child(p) for p in children(child) if p.dep_ == "pobj"), None)
        if found is not None:
            return found
    if depth == 0:
        for conjunct in children(verb):
            if conjunct.dep_ == "conj" and conjunct.pos == VERB and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in children(conjunct)) and not _own_time(conjunct, verb):
                found = _locative_child(conjunct)
                if found is not None:
                    # "boarded and seized a carrier off the coast of X", "killed 12 soldiers and burned
                    # a post in the Menaka region": one subject, one sequence of events, placed once
                    return found
    if verb.dep_ == "relcl" and _is_place(head) and any(c.lower_ == "where" for c in children(verb)):
        return head  # "in the valley, where bandits control the roads"
    node = verb
    for _ in range(4 if depth == 0 else 0):
        if node.dep_ in REPORTED_DEPS and _is_reporting(node.head):
            break
        if node.dep_ not in ("relcl", "conj", "xcomp", "advcl", "ccomp") or node.head.i == node.i:
            break
        # (up through the report's own clauses: "said they had been threatened by men who demanded ...")
        node = node.head if node.dep_ != "relcl" else governing_verb(node.head) or node
    if node.dep_ in REPORTED_DEPS and _is_reporting(node.head):
        reporting = node.head
        for child in children(reporting):
            if child.i < reporting.i and child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                found = _locative_phrase(child)
                if found is not None:
                    return found  # "In Hajin, residents said the militants had banned smoking"
    return None


def _locative_child(token: Token) -> Token | None:
    """The place of a locative phrase or compass expression hanging on ``token``."""
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
            found = _locative_phrase(child)
            if found is not None:
                return found
        compass = [child] if child.dep_ == "advmod" else [
            c for c in children(child) if c.dep_ == "advmod"] if child.dep_ == "npadvmod" else []
        # ("300 miles east of the port of Eyl": the compass word hangs on the distance)
        for word in compass:
            if word.lower_ not in COMPASS:
                continue
            for of in children(word):
                if of.lower_ == "of":
                    for pobj in children(of):
                        if pobj.dep_ == "pobj" and (_is_place(pobj) or pobj.pos == PROPN):
                            return pobj  # "north of Tikrit": after a compass word a name is a place
    return None


def _locative_phrase(prep: Token) -> Token | None:
    """The place a locative preposition introduces ("in Tikrit", "near the town of Qaim")."""
    for pobj in children(prep):
        if pobj.dep_ != "pobj":
            continue
        if prep.lower_ == "on" and pobj.ent_type_ not in PLACE_TYPES and not _container_names_place(pobj):
            # "on the main highway" places a town more often than an event; "strikes on positions
            # near Idlib" are where the positions are
            inner_place = _inner_place(pobj)
            if inner_place is not None and inner_place.ent_type_ in PLACE_TYPES:
                return inner_place
            continue
        inner_place = _inner_place(pobj)
        if not pobj.ent_type_ and pobj.lemma_.lower() in EDGE_NOUNS:
            named = _of_place(pobj)
            if named is not None:
                return named  # "off the coast of Libya", "on the outskirts of Goma": the named place
        if _is_place(pobj) or _container_names_place(pobj) or _mistyped_place(prep, pobj):
            if not pobj.ent_type_ and inner_place is not None and inner_place.ent_type_ in PLACE_TYPES:
                return inner_place  # "at the airport in Bergen": the name, not the common noun
            return pobj  # "in Tikrit", "near the town of Qaim", "on the island of Mindanao"
        if inner_place is not None:
            return inner_place  # "in fighting in Tikrit"
        owner = _owning_place(pobj)
        if owner is not None:
            return owner  # "In Accra's Makola market, traders shut their shops"
    return None


def _owning_place(token: Token) -> Token | None:
    """The named place of a common noun that a place owns ("Accra's Makola market" -> Makola, its own
    name; "Kabul's main market" -> Kabul), or None."""
    if token.ent_type_ or token.pos != NOUN:
        return None
    owners = [c for c in children(token) if c.dep_ == "poss" and c.pos == PROPN]
    names = [c for c in children(token) if c.dep_ == "compound" and c.pos == PROPN]
    if not owners:
        return None
    if names and owners[0].ent_type_ in PLACE_TYPES | {"PERSON"}:
        return names[-1]  # (the recogniser often takes a city before a name for a person: "Accra's")
    return owners[0] if owners[0].ent_type_ in PLACE_TYPES else None


#: Prepositions of an -ing clause that give the reason or the means of the main act.
MANNER_PREPS = frozenset({"for", "by"})

#: Prepositions after which a bare name is a place whatever type the recogniser gave it.
PLACE_ONLY_PREPS = frozenset({"in", "near", "outside"})


def _mistyped_place(prep: Token, pobj: Token) -> bool:
    """"firefighters evacuated residents in Merritt": a town the recogniser took for a person. No one
    happens "in" a person, so after in/near/outside a bare proper name is a place."""
    return prep.lower_ in PLACE_ONLY_PREPS and pobj.ent_type_ == "PERSON" and pobj.pos == PROPN \
        and not any(c.dep_ in ("poss", "case") for c in children(pobj))


def _inner_place(token: Token) -> Token | None:
    """The place of a locative phrase hanging on a noun ("fighting in Tikrit")."""
    for inner in children(token):
        if inner.dep_ == "prep" and inner.lower_ in LOCATIVE_PREPS:
            for place in children(inner):
                if place.dep_ == "pobj" and (_is_place(place) or _mistyped_place(inner, place)):
                    return place
    return None


def _of_place(token: Token) -> Token | None:
    """The named place of ``token``'s "of" phrase ("the coast of Libya" -> Libya; "the coast of
    Somalia's Puntland region" -> Puntland: a region is named by its compound), or None."""
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in children(child):
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in PLACE_TYPES:
                    return pobj
                names = [c for c in children(pobj) if c.dep_ in ("compound", "poss") and c.ent_type_ in PLACE_TYPES]
                if names:
                    return max(names, key=lambda c: c.dep_ == "compound")
    return None


def _container_names_place(token: Token) -> bool:
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(p.dep_ == "pobj" and p.ent_type_ in PLACE_TYPES for p in children(child))
    return False

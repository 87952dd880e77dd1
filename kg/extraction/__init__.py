"""From a parsed Doc to relations with evidence: the extraction boundary.

:func:`extract_doc` is a pure function of the article and its parsed Doc. It
returns plain dataclasses (:class:`kg.model.Extraction`), so nothing after it
needs spaCy and it can run in any process.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.parts_of_speech import ADJ, PRON, VERB
from spacy.tokens import Doc, Span, Token

from kg.extraction.clauses import DENYING_VERBS, OPEN_ONLY_CONSTRUCTIONS, Clause, clauses, lemma
from kg.extraction.context import (
    UNASSERTED_CUES,
    attribution_frame,
    date_expression,
    in_quotes,
    modality,
    opens_quote,
    place_head,
    speaker_of,
    time_entities,
)
from kg.extraction.nodes import PARTICIPANT_TYPES, DocIndex, char_range, mentions_for, name_bounds
from kg.coref import PRONOUNS, is_nominal_anaphor
from kg.model import Article, CorefLink, EventDate, Extraction, Mention, Relation
from kg.nlp import sentence_spans
from kg.temporal import resolve
from kg.memo import children, doc_tokens

__all__ = ["extract_doc", "relation_confidence"]

#: Confidence factor for an actor or target found through a pronoun.
PRONOUN_FACTOR = 0.85
#: Confidence factor for an argument split off a coordination.
CONJUNCT_FACTOR = 0.95
#: Arguments further than this many tokens from their verb lose confidence ...
NEAR_TOKENS = 6
#: ... at this rate per token, down to FAR_FLOOR: long attachments are the parser's weak spot.
DISTANCE_PENALTY = 0.015
FAR_FLOOR = 0.7
#: Argument phrases longer than this many tokens, and sentences longer than
#: SHORT_SENTENCE, lose confidence too: CaRB precision falls from 0.69 (arguments
#: up to 10 tokens) to 0.33 (over 25), and from 0.71 (sentences up to 20) to 0.49.
SHORT_PHRASE = 8
PHRASE_PENALTY = 0.012
SHORT_SENTENCE = 20
SENTENCE_PENALTY = 0.004
LENGTH_FLOOR = 0.7


def relation_confidence(clause: Clause, actor_head: Token, target_head: Token | None,
                        sentence_length: int | None = None) -> float:
    """How likely a relation read from ``clause`` with these argument heads is right (0..1).

    The construction's base confidence, lowered for pronoun arguments, split
    coordinations, arguments far from the verb, long argument phrases and long
    sentences.
    """
    confidence = clause.confidence
    heads = [actor_head] if target_head is None else [actor_head, target_head]
    for head in heads:
        if head.pos == PRON and head.tag_ not in ("WDT", "WP"):
            confidence *= PRONOUN_FACTOR
    if len(clause.actors) > 1 or len(clause.targets) > 1:
        confidence *= CONJUNCT_FACTOR
    verb = clause.verb
    distance = max(abs(head.i - verb.i) for head in heads)
    confidence *= max(FAR_FLOOR, 1 - DISTANCE_PENALTY * max(0, distance - NEAR_TOKENS))
    longest = max(head.right_edge.i - head.left_edge.i + 1 for head in heads)
    confidence *= max(LENGTH_FLOOR, 1 - PHRASE_PENALTY * max(0, longest - SHORT_PHRASE))
    if sentence_length is None:
        sentence_length = len(verb.sent)  # Token.sent scans for the boundaries: pass it when known
    confidence *= max(LENGTH_FLOOR, 1 - SENTENCE_PENALTY * max(0, sentence_length - SHORT_SENTENCE))
    return round(confidence, 4)


def extract_doc(doc: Doc, article: Article, *, open_extraction: bool = False) -> Extraction:
    """Relations of one parsed article, with the names and acronyms it mentions.

    ``doc`` must come from a pipeline loaded by :func:`kg.nlp.load` (it relies on
    ``doc._.kg_coref``). With ``open_extraction`` the relations also include the
    constructions only open-IE benchmarks want (a verb with a circumstance only).
    """
    index = DocIndex(doc)
    doc_text = index.text  # Doc.text joins every token: once per document, then sliced
    relations: list[Relation] = []
    last_quote: tuple[Mention | None, str] | None = None  # speaker of the last quoted speech
    dated = [e for e in index.entities if e.label_ in ("DATE", "TIME")]
    anchor: EventDate | None = None  # the last date named, for "a year later"
    for number, (start, end, _spacy_index) in enumerate(sentence_spans(doc)):
        sentence = doc[start:end]
        offsets = char_range(doc, start, end)
        seen: dict[tuple[str, str, str, bool], int] = {}
        text = doc_text[offsets[0] : offsets[1]]  # Span.text walks the tokens: once per sentence
        quoted = any(mark in text for mark in ('"', "“", "”"))
        times = time_entities(sentence, [e for e in dated if start <= e.start < end])
        for clause in clauses(sentence):
            if clause.construction in OPEN_ONLY_CONSTRUCTIONS and not open_extraction:
                continue
            context = _context(clause, sentence, times, index, article, anchor)
            if context.date is not None:
                anchor = context.date
            if context.modality in UNASSERTED_CUES and not open_extraction:
                continue  # "an investigation into whether he supplied the drug": asked, not said
            if (context.cue is None and opens_quote(sentence) and in_quotes(clause.verb, sentence, text)
                    and last_quote is not None):
                # a quote that continues the last one: '"They took Ana and Rawa ..."'
                context.speaker, context.cue = last_quote
            if quoted and context.speaker is not None:
                last_quote = (context.speaker, context.cue)
            for relation in _relations(clause, context, index, article.id, number, text, offsets,
                                       len(sentence)):
                key = (relation.actor.label, relation.action, relation.target.label, relation.negated)
                if key in seen:
                    # the same relation twice in one sentence: keep the better-supported one
                    kept = relations[seen[key]]
                    if relation.confidence > kept.confidence:
                        relations[seen[key]] = relation
                    continue
                seen[key] = len(relations)
                relations.append(relation)
        if quoted and not opens_quote(sentence):
            frame = _sentence_speaker(sentence, index)
            if frame is not None:
                last_quote = frame
    return Extraction(
        article=article,
        relations=tuple(relations),
        names=tuple(_names(index)),
        acronyms=tuple((" ".join(span.text.split()), acronym) for span, acronym in index.acronyms),
        coreference=tuple(_coreference(index)),
    )


def _coreference(index: DocIndex) -> list[CorefLink]:
    """Each third-person pronoun and definite description with what it was resolved to."""
    links = []
    doc = index.doc
    considered = doc.user_data.get("kg_coref_mentions")
    if considered is None:  # a Doc that kg_coref did not see: find the mentions here
        considered = [(t.i, "pronoun") for t in doc if t.pos == PRON and t.lower_ in PRONOUNS]
        considered += [(t.i, "nominal") for t in doc if is_nominal_anaphor(t)]
    words = doc_tokens(doc)
    for i, kind in sorted(considered):
        token = words[i]
        found = mentions_for(token, index) if token.i in index.coref else []
        antecedent = " and ".join(m.label for m in found) if found else None
        links.append(CorefLink(token.text, token.idx, token.idx + len(token.text), kind, antecedent))
    return links


@dataclass
class _Context:
    """Modality, attribution, date and place of one clause."""

    modality: str | None = None
    speaker: Mention | None = None
    cue: str | None = None
    date: EventDate | None = None
    place_token: object = None


def _context(clause: Clause, sentence: Span, times: list, index: DocIndex, article: Article,
             anchor: EventDate | None = None) -> _Context:
    context = _Context(modality=modality(clause.verb))
    frame = attribution_frame(clause.verb)
    if frame is None and clause.construction == "control" and lemma(clause.verb) in DENYING_VERBS \
            and clause.action != lemma(clause.verb):
        # "the police denied beating protesters" (the -ing act read as the object's modifier):
        # what a speaker denies doing is the speaker's word, as for "denied ignoring"
        frame = (speaker_of(clause.verb), lemma(clause.verb))
    if frame is not None:
        speaker, context.cue = frame
        if speaker is not None:
            found = mentions_for(speaker, index)
            context.speaker = found[0] if found else None
    expression = date_expression(clause.verb, sentence, times)
    if expression is not None:
        context.date = resolve(expression, article.date, anchor,
                               ahead=_looks_ahead(clause.verb, context.modality, frame is not None, expression))
        if context.date is not None and article.date is not None and clause.verb.tag_ == "VBD" \
                and context.date.start > article.date.isoformat():
            # "called for protests next week": a time after publication is not a past act's
            # (it dates the object, an event still to come)
            context.date = None
    context.place_token = place_head(clause.verb)
    return context


#: Cues of an act still to come: "will meet on Thursday"; in reported speech also "would"
#: ("said the president would meet party leaders on Thursday").
FUTURE_CUES = frozenset({"will", "shall", "'ll"})
#: Cues of a scheduled act, still to come when said in the present ("is due to stand trial").
SCHEDULE_CUES = frozenset({"due to", "set to", "scheduled to", "slated to", "expected to", "poised to"})


def _looks_ahead(verb: Token, cue: str | None, reported: bool, expression: str) -> bool:
    """Whether the time ``expression`` dates an act still to come: the verb's own expression
    ("would meet party leaders on Thursday"), not one it inherits from the verb that frames
    it ("promised on Monday to build ...")."""
    if cue in SCHEDULE_CUES:
        # "is due to stand trial in June": scheduled from now on ("was due to" looked ahead from then)
        copula = verb.head.head if verb.head.pos == ADJ else verb.head
        if copula.tag_ not in ("VBZ", "VBP") and not any(c.tag_ in ("VBZ", "VBP") for c in children(copula)
                                                         if c.dep_ in ("aux", "auxpass")):
            return False
    elif not (cue in FUTURE_CUES or (cue == "would" and reported)):
        return False
    # (a time before a reported clause's subject is the saying's already: context.time_entities)
    return expression in verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text


def _sentence_speaker(sentence: Span, index: DocIndex) -> tuple[Mention | None, str] | None:
    """The speaker of a sentence of quoted speech with its frame ('"...," the official said.')."""
    from kg.extraction.context import REPORTING_VERBS, _speaker

    for token in sentence:
        if token.lemma_.lower() in REPORTING_VERBS and token.pos == VERB:
            speaker = _speaker(token)
            if speaker is not None:
                found = mentions_for(speaker, index)
                return (found[0] if found else None), token.lemma_.lower()
    return None


def _relations(clause: Clause, context: _Context, index: DocIndex, doc_id: str, number: int, text: str,
               offsets: tuple[int, int], sentence_length: int | None = None) -> list[Relation]:
    found = []
    places = mentions_for(context.place_token, index) if context.place_token is not None else []
    for actor_head in clause.actors:
        actors = mentions_for(actor_head, index)
        for target_head in clause.targets:
            targets = mentions_for(target_head, index)
            for actor in actors:
                for target in targets:
                    if actor.label.lower() == target.label.lower():
                        continue  # "ISIL and Naqshbandi fighters began fighting each other"
                    confidence = relation_confidence(clause, actor_head, target_head, sentence_length)
                    found.append(
                        Relation(
                            doc=doc_id,
                            sentence=number,
                            text=text,
                            start=offsets[0],
                            end=offsets[1],
                            actor=actor,
                            action=clause.action,
                            action_text=clause.action_text,
                            target=target,
                            negated=clause.negated or _negated_argument(target_head) or _negated_argument(actor_head),
                            confidence=confidence,
                            construction=clause.construction,
                            modality=context.modality,
                            attributed_to=context.speaker,
                            attribution_cue=context.cue,
                            date=context.date,
                            # the place is where it happened, not one of its participants
                            place=next((p for p in places if p.label not in (actor.label, target.label)), None),
                        )
                    )
    return found


def _negated_argument(token) -> bool:
    """"took no prisoners", "No country has ...", "Neither Moscow nor Kyiv has ..."."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    return any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in ("det", "preconj") and c.lower_ == "neither")
        for t in (token, first)
        for c in children(t)
    )


def _names(index: DocIndex) -> list[Mention]:
    """Every participant-type named entity of the document, as a mention."""
    doc = index.doc
    names = []
    for ent in index.entities:
        if ent.label_ not in PARTICIPANT_TYPES:
            continue
        bounds = name_bounds(index, ent)
        if bounds is None:
            continue
        start_char, end_char = char_range(doc, *bounds)
        text = index.text[start_char:end_char]  # (doc[start:end].text)
        names.append(
            Mention(text, " ".join(text.split()), start_char, end_char, "name", ent.label_,
                    ent.start_char, ent.end_char)
        )
    return names

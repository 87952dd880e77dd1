"""Acronyms a text defines: "the Kenya Revenue Board (KRB)" -> KRB is the board.

One rule for every stage that needs it: coreference (:mod:`kg.coref`, "the KRB ...
it") and nodes (:mod:`kg.extraction.nodes`, which joins the acronym to its long
form). What counts as a definition:

- an acronym in capitals whose letters are, in order, initials or letters of
  the title-case words before it ("Committee to Protect Journalists (CPJ)",
  "United Nations Children's Fund (UNICEF)");
- an acronym in capitals right after an organisation's name the recogniser found,
  even when it spells the name in another language ("Doctors Without Borders (MSF)");
- a short name in mixed case after an organisation's name of two words or more
  ("National Geology and Mining Service (Sernageomin)", "Petroleos Mexicanos
  (Pemex)"), unless the recogniser calls it a place, a people, a person, a date
  or an amount. A place that is no word of the long form but is spelt by its
  letters is still the short name ("Zambia Electricity Supply Corporation
  (Zesco)", which the recogniser may take for a place).

Not a definition: a place or country in brackets, which says where the body is
("the Independent Electoral Board (Kenya)", "the Kenya Revenue Board (Kenya)").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.memo import entities

__all__ = ["acronym_definitions"]

#: Lower-case words inside an acronym's long form ("Committee to Protect Journalists (CPJ)").
ACRONYM_CONNECTORS = frozenset({"of", "and", "the", "for", "in", "to", "on", "de", "du", "des", "la", "-", "&"})

#: Entity types of a parenthesis after a name that say where or who, not the name's short form.
SHORT_NAME_EXCLUDED_TYPES = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY"})

#: Entity types of names whose acronym may spell them in another language ("(MSF)").
NAMED_ACRONYM_TYPES = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "LAW"})

#: Words stripped from the front of a long form ("the Kenya Revenue Board").
LEADING_WORDS = frozenset({"the", "a", "an"})


def acronym_definitions(doc: Doc, entity_of: dict[int, Span] | None = None,
                        text: str | None = None) -> list[tuple[Span, str]]:
    """(long form span, acronym) for every "Long Form Name (LFN)" of ``doc``.

    ``entity_of`` maps token indices to their entity span and ``text`` is
    ``doc.text``; callers that have them pass them (both are built otherwise).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("The Wildlife Board (WB) met the Electoral Board (Kenya).")
    >>> [(span.text, acronym) for span, acronym in acronym_definitions(doc)]
    [('Wildlife Board', 'WB')]
    """
    if entity_of is None:
        entity_of = {i: ent for ent in entities(doc) for i in range(ent.start, ent.end)}
    if text is None:
        text = doc.text
    found = []
    position = text.find("(")
    while position != -1:  # the brackets found in the text: no walk over every token
        span = doc.char_span(position, position + 1)
        position = text.find("(", position + 1)
        if span is None or not 2 <= span.start < len(doc) - 1:
            continue
        paren = span[0]
        if paren.text != "(" or doc[paren.i + 2 : paren.i + 3].text != ")":
            continue
        acronym = doc[paren.i + 1].text
        letters = [ch for ch in acronym if ch.isalpha()]
        if 2 <= len(letters) <= 10 and all(ch.isupper() for ch in letters):
            definition = _capital_acronym(doc, paren, letters) or _named_acronym(doc, paren, entity_of)
        else:
            definition = _short_name(doc, paren, entity_of)
        if definition is not None:
            found.append((definition, acronym))
    return found


def _capital_acronym(doc: Doc, paren: Token, letters: list[str]) -> Span | None:
    """"Committee to Protect Journalists (CPJ)": the long form of an acronym in capitals."""
    start = paren.i
    while start > 0:
        previous = doc[start - 1]
        # "United Nations Children's Fund (UNICEF)": a possessive marker inside the long form
        if previous.is_title or previous.is_upper or previous.lower_ in ACRONYM_CONNECTORS or previous.tag_ == "POS":
            start -= 1
        else:
            break
    # the long form starts at the word that gives the acronym's first letter
    while start < paren.i and (not doc[start].is_title or doc[start].text[0].upper() != letters[0]):
        start += 1
    if start >= paren.i:
        return None
    initials = [t.text[0].upper() for t in doc[start : paren.i] if t.is_title or t.is_upper]
    if _is_subsequence(letters, initials) or _is_subsequence(letters, list(doc[start : paren.i].text.upper())):
        return doc[start : paren.i]
    return None


def _named_acronym(doc: Doc, paren: Token, entity_of: dict[int, Span]) -> Span | None:
    """"Doctors Without Borders (MSF)": capitals after a recognised organisation's name."""
    if doc[paren.i + 1].ent_type_ in SHORT_NAME_EXCLUDED_TYPES:
        return None  # "the Football Association (UK)": where, not what
    ent = entity_of.get(paren.i - 1)
    if ent is None or ent.label_ not in NAMED_ACRONYM_TYPES or ent.end != paren.i:
        return None
    return _trimmed(doc, ent)


def _trimmed(doc: Doc, ent: Span) -> Span | None:
    """``ent`` without a leading "the" and a trailing "'s" or punctuation, or None if nothing is left."""
    start = ent.start
    while start < ent.end and (doc[start].lower_ in LEADING_WORDS or doc[start].is_punct):
        start += 1
    end = ent.end
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _short_name(doc: Doc, paren: Token, entity_of: dict[int, Span]) -> Span | None:
    """"Petroleos Mexicanos (Pemex)": a mixed-case short name of an organisation."""
    short = doc[paren.i + 1]
    if not (short.is_title and short.is_alpha and len(short) >= 4):
        return None
    ent = entity_of.get(paren.i - 1)
    if ent is None or ent.label_ != "ORG" or ent.end != paren.i:
        return None
    long_form = _trimmed(doc, ent)
    if long_form is None or len(long_form) < 2:
        return None  # a one-word "long form" is a name of its own
    if short.ent_type_ in SHORT_NAME_EXCLUDED_TYPES and not _spelt_by(short.lower_, long_form):
        return None  # "the Independent Electoral Board (Kenya)": where, not what
    return long_form


def _spelt_by(short: str, long_form: Span) -> bool:
    """"Zesco" from "Zambia Electricity Supply Corporation": the initials of the long form's
    first two words and then its letters in order, and no word of it ("Kenya" is a word of the
    Kenya Revenue Board)."""
    words = [t.lower_ for t in long_form]
    return short not in words and _is_subsequence([w[0] for w in words[:2]], list(short)) \
        and _is_subsequence(list(short), list(" ".join(words)))


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)

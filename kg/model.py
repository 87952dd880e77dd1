"""The plain data passed between kg's stages.

Everything here is a frozen dataclass of strings, numbers and tuples: nothing
after the extraction boundary imports spaCy, and every object can be pickled
to another process or machine.

The flow is::

    Article --nlp+extract--> Relation (with Mention actor/target)
            --canonical-->   Relation with canonical labels, Entity
            --rdf-->         rdflib graph
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "Article",
    "Mention",
    "EventDate",
    "CorefLink",
    "Relation",
    "Extraction",
    "Entity",
    "ArticleResult",
    "Skipped",
    "MentionKind",
]

#: What a mention is: a name (an NER entity), a common noun phrase, or a pronoun.
MentionKind = Literal["name", "noun", "pronoun"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read from a file or a record.

    ``text`` is the text that character offsets refer to; ``date`` is the
    publication date, when known.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    #: Where the article was read from: a path, with ``:N`` for record N of a file.
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A participant of a relation as it appears in one sentence.

    ``text``/``start``/``end`` are the compact surface span ("military advisers"
    in "300 military advisers"); ``phrase_start``/``phrase_end`` delimit the full
    noun phrase. ``label`` is the normalised name: after canonicalisation it is
    the canonical label of the entity the mention belongs to. For a resolved
    pronoun, ``text`` is the pronoun and ``label`` its antecedent's label.
    """

    text: str
    label: str
    start: int
    end: int
    kind: MentionKind
    type: str | None = None
    phrase_start: int = -1
    phrase_end: int = -1


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: a day or an interval, resolved against the publication date.

    ``start``/``end`` are ISO dates (equal for a single day); ``granularity`` is
    ``day``, ``week``, ``month`` or ``year``; ``text`` is the
    expression it was read from ("on Sunday"). ``relative`` says whether it
    needed the publication date to be resolved.

    >>> EventDate("2014-06-22", "2014-06-22", "day", "on Sunday").iso
    '2014-06-22'
    >>> EventDate("2014-02-01", "2014-02-28", "month", "in February").iso
    '2014-02-01/2014-02-28'
    """

    start: str
    end: str
    granularity: str
    text: str
    relative: bool = True

    @property
    def iso(self) -> str:
        """ISO 8601: a date, or ``start/end`` for an interval."""
        return self.start if self.start == self.end else f"{self.start}/{self.end}"


@dataclass(frozen=True, slots=True)
class Relation:
    """One actor–action–target relation with its evidence.

    ``start``/``end`` are the character offsets of the evidence sentence in the
    article; ``sentence`` is its index in the article. ``construction`` names the
    rule family that produced it (``active``, ``passive``, ``relative`` ...).
    """

    doc: str
    sentence: int
    text: str
    start: int
    end: int
    actor: Mention
    action: str
    action_text: str
    target: Mention
    negated: bool = False
    confidence: float = 1.0
    construction: str = "active"
    #: The hedge that makes it less than a fact ("may", "threatened to", "if"), or None.
    modality: str | None = None
    #: Who reports it ("witnesses", "Ali Khamenei"), and with which cue ("said", "according to").
    attributed_to: Mention | None = None
    attribution_cue: str | None = None
    #: When it happened, if the sentence says; where, if the sentence names a place.
    date: EventDate | None = None
    place: Mention | None = None

    def to_record(self) -> dict[str, Any]:
        """The flat record ``kg extract`` prints, one key per field.

        >>> m = Mention("ISIL", "ISIL", 0, 4, "name", "ORG")
        >>> t = Mention("Mosul", "Mosul", 14, 19, "name", "GPE")
        >>> r = Relation("a1", 0, "ISIL captured Mosul.", 0, 20, m, "capture", "captured", t)
        >>> rec = r.to_record()
        >>> rec["actor"], rec["action"], rec["target"], rec["negated"]
        ('ISIL', 'capture', 'Mosul', False)
        """
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "text": self.text,
            "actor": self.actor.label,
            "actor_text": self.actor.text,
            "actor_type": self.actor.type,
            "action": self.action,
            "action_text": self.action_text,
            "target": self.target.label,
            "target_text": self.target.text,
            "target_type": self.target.type,
            "start": self.start,
            "end": self.end,
            "actor_start": self.actor.start,
            "actor_end": self.actor.end,
            "target_start": self.target.start,
            "target_end": self.target.end,
            "negated": self.negated,
            "modality": self.modality,
            "attributed_to": self.attributed_to.label if self.attributed_to else None,
            "attribution_cue": self.attribution_cue,
            "date": self.date.iso if self.date else None,
            "date_granularity": self.date.granularity if self.date else None,
            "date_text": self.date.text if self.date else None,
            "place": self.place.label if self.place else None,
            "confidence": round(self.confidence, 3),
            "construction": self.construction,
        }


@dataclass(frozen=True, slots=True)
class CorefLink:
    """A pronoun or definite description and the entity it was resolved to.

    ``kind`` is ``pronoun`` or ``nominal``; ``antecedent`` is the entity's label,
    or None when kg left it unresolved on purpose.
    """

    text: str
    start: int
    end: int
    kind: str
    antecedent: str | None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found in one article, before canonicalisation.

    ``names`` are all named-entity mentions of the article (not only those in
    relations), so that "Obama" can be folded into "President Barack Obama";
    ``acronyms`` are the ``(long form, acronym)`` pairs the text defines, as in
    "Islamic State of Iraq and the Levant (ISIL)".
    """

    article: Article
    relations: tuple[Relation, ...]
    names: tuple[Mention, ...] = ()
    acronyms: tuple[tuple[str, str], ...] = ()
    coreference: tuple[CorefLink, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing within an article: a named entity or a noun-phrase node.

    ``aliases`` are the other surface forms that were folded into it
    ("Obama", "President Barack Obama"); ``mentions`` counts its mentions.
    """

    label: str
    type: str | None
    kind: MentionKind
    aliases: tuple[str, ...] = ()
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything kg extracted from one article."""

    article: Article
    relations: tuple[Relation, ...]
    entities: tuple[Entity, ...] = field(default=())
    #: Every third-person pronoun and definite description, resolved or not.
    coreference: tuple[CorefLink, ...] = field(default=())

    def records(self) -> list[dict[str, Any]]:
        return [r.to_record() for r in self.relations]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not processed, and why (also logged when it happens)."""

    source: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

"""Surface forms to entities: one entity per real-world thing within an article.

Mentions are clustered with these rules, each a named step below:

- **acronyms** defined in the text join their long form
  ("Islamic State of Iraq and the Levant (ISIL)" and later "ISIL");
- **person names**: a one-word name joins the single longer PERSON name that
  starts or ends with it ("Obama" -> "Barack Obama"; "Maliki" -> "Nuri al-Maliki");
  titles were already removed at extraction ("President Barack Obama");
- **known aliases**: a short table of names news text abbreviates
  ("U.S.", "US", "the United States").

Each cluster's label is the known canonical name, else the longest person name,
else the acronym, else its most frequent form. Its type is the most frequent
NER type among its mentions.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from functools import lru_cache
from collections.abc import Iterable

from kg.model import ArticleResult, Entity, Extraction, Mention, Relation

__all__ = ["KNOWN_ALIASES", "canonicalize", "name_key"]

#: Names that news text writes in several ways, keyed by their folded forms.
KNOWN_ALIASES: dict[str, str] = {
    **dict.fromkeys(["us", "u.s.", "u.s", "usa", "u.s.a.", "united states", "united states of america"], "United States"),
    **dict.fromkeys(["uk", "u.k.", "britain", "great britain", "united kingdom"], "United Kingdom"),
    **dict.fromkeys(["un", "u.n.", "united nations"], "United Nations"),
    **dict.fromkeys(["eu", "e.u.", "european union"], "European Union"),
    **dict.fromkeys(["nato", "north atlantic treaty organization", "north atlantic treaty organisation"], "NATO"),
}

#: NER types of places: a one-word place is never folded into a person ("Israel", "Israel Katz").
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

#: Arabic and other name particles that may be dropped in a short reference.
NAME_PARTICLES = ("al-", "el-", "bin ", "ibn ", "van ", "von ", "de ")
NAME_PARTICLE_WORDS = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "del", "la", "le"})

#: Words that make a capitalised name an organisation, not a person.
ORGANISATION_WORDS = frozenset(
    """air airlines airways army bank board church club commission committee company corp council court
    department federation force forces front fund group inc institute league ltd metals ministry movement
    news office organisation organization party police programme program radio service society times
    tv union university""".split()
)


@lru_cache(maxsize=65536)
def name_key(label: str) -> str:
    """The folded form two mentions must share to be the same name.

    >>> name_key("  The  United States ")
    'united states'
    >>> name_key("ISIL")
    'isil'
    """
    words = label.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).casefold()


@lru_cache(maxsize=None)
def _field_names(record_type: type) -> tuple[str, ...]:
    """The names of a record type's fields, in order (read once per type)."""
    return tuple(field.name for field in dataclasses.fields(record_type))


def _replaced(record, **changes):
    """``dataclasses.replace(record, **changes)`` for kg's frozen records (every field set in
    ``__init__``, no ``__post_init__``): ``replace`` reads every field's definition again at each
    call, and canonicalisation copies every mention and relation."""
    values = {name: getattr(record, name) for name in _field_names(type(record))}
    values.update(changes)
    return type(record)(**values)


class _Clusters:
    """Union-find over name keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _strip_particle(word: str) -> str:
    lowered = word.casefold()
    for particle in NAME_PARTICLES:
        if lowered.startswith(particle.strip()) and lowered != particle.strip():
            return lowered[len(particle.strip()):]
    return lowered


def _join_organisation_short_names(clusters: _Clusters, mentions: Iterable[Mention], persons: set[str]) -> None:
    """Fold an organisation's first word said alone into its full name: "Toyota Motor Corp
    said ... Toyota will ..." are one company. Only when the first word begins no other name
    of the article, and the word alone is never typed as a place, a person or a nationality
    ("Kenya Airways ... Kenya" stays two)."""
    names = [m for m in mentions if m.kind == "name"]
    types: dict[str, set[str]] = defaultdict(set)  # the types NER gave each name ("" or None: none)
    for m in names:
        types[name_key(m.label)].update([m.type] if m.type else [])
    firsts: dict[str, set[str]] = defaultdict(set)
    for key in types:
        words = key.split()
        if len(words) > 1:
            firsts[words[0]].add(key)
    for key, kinds in types.items():
        if " " in key or key in persons or kinds - {"ORG"} or len(firsts.get(key, ())) != 1:
            continue
        (full,) = firsts[key]
        if types[full] == {"ORG"} and full not in persons:
            clusters.union(key, full)


def _join_person_names(clusters: _Clusters, mentions: Iterable[Mention]) -> set[str]:
    """Fold short references into the single full person name that contains them.

    "Obama" -> "Barack Obama"; "van Wyk" -> "Pieter van Wyk"; "Maliki" ->
    "Nuri al-Maliki". A full name is a PERSON name of two or more words, or a
    person-shaped name the recogniser mistyped (two or three capitalised words,
    no organisation word) whose last word is also used alone. A short form typed
    as a place folds only into a surname ("Israel" is not "Israel Katz").
    """
    names = [m for m in mentions if m.kind == "name"]
    keys = {name_key(m.label) for m in names}
    last_words = {k for k in keys if len(k.split()) == 1}
    full: set[str] = set()
    for m in names:
        key = name_key(m.label)
        words = m.label.split()
        if len(words) < 2:
            continue
        person_shaped = (
            len(words) <= 3
            and all(w[:1].isupper() or w.lower() in NAME_PARTICLE_WORDS for w in words)
            and not any(w.lower() in ORGANISATION_WORDS for w in words)
            and name_key(words[-1]) in last_words
        )
        if m.type == "PERSON" or (m.type in ("ORG", "GPE", None) and person_shaped):
            full.add(key)
    place_typed = {name_key(m.label) for m in names if m.type in PLACE_TYPES}
    persons: set[str] = set()
    for key in keys - full:
        words = key.split()
        if len(words) > 2:
            continue
        matches = set()
        for name in full:
            parts = name.split()
            if len(parts) <= len(words):
                continue
            if parts[-len(words):] == words or _strip_particle(parts[-1]) == key:
                matches.add(name)  # a surname ("Mokoena", "van Wyk", "Maliki")
            elif len(words) == 1 and len(parts) >= 3 and parts[-2] == key:
                matches.add(name)  # the first of two surnames ("Rosa Garcia Lopez" ... "Garcia")
            elif len(words) == 1 and parts[0] == key and key not in place_typed:
                matches.add(name)  # a first name ("Saddam"), unless it is also a place
        if matches and len({clusters.find(c) for c in matches}) == 1:
            clusters.union(key, next(iter(matches)))
            persons.add(key)
            persons.update(matches)
    return persons


def canonicalize(extraction: Extraction) -> ArticleResult:
    """Cluster the article's mentions into entities and relabel the relations.

    >>> from kg.model import Article
    >>> a = Mention("Obama", "Obama", 0, 5, "name", "PERSON")
    >>> full = Mention("Barack Obama", "Barack Obama", 20, 32, "name", "PERSON")
    >>> t = Mention("advisers", "advisers", 13, 21, "noun")
    >>> r = Relation("d", 0, "Obama sent advisers.", 0, 20, a, "send", "sent", t)
    >>> result = canonicalize(Extraction(Article("d", ""), (r,), names=(full, a)))
    >>> result.relations[0].actor.label
    'Barack Obama'
    """
    mentions = list(extraction.names)
    for relation in extraction.relations:
        mentions.extend((relation.actor, relation.target))
        mentions.extend(m for m in (relation.attributed_to, relation.place) if m is not None)

    clusters = _Clusters()
    for m in mentions:
        clusters.find(name_key(m.label))
    for long_form, acronym in extraction.acronyms:
        clusters.union(name_key(long_form), name_key(acronym))
    for key in list(clusters.parent):
        if key in KNOWN_ALIASES:
            clusters.union(key, name_key(KNOWN_ALIASES[key]))
    persons = _join_person_names(clusters, mentions)
    _join_organisation_short_names(clusters, mentions, persons)
    acronyms = {name_key(acronym) for _, acronym in extraction.acronyms}

    # one vote per distinct span: a name seen by NER and in a relation counts once
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    seen_spans: set[tuple[int, int, str]] = set()
    for m in mentions:
        root = clusters.find(name_key(m.label))
        span = (m.start, m.end, m.label)
        spans[root].add((m.start, m.end))
        if span in seen_spans:
            continue
        seen_spans.add(span)
        forms[root][m.label] += 1
        kinds[root][m.kind] += 1
        if m.type:
            types[root][m.type] += 1

    entities: dict[str, Entity] = {}
    for root, counter in forms.items():
        members = {name_key(f) for f in counter}
        label = _label(counter, members, persons, acronyms)
        if not members & persons and not any(k in KNOWN_ALIASES for k in members):
            # "International Monetary Fund (IMF)": one label in every article, the acronym
            label = _defined_acronym(members, extraction.acronyms) or label
        type_counts = types[root]
        type_ = "PERSON" if members & persons and len(members) > 1 else (
            type_counts.most_common(1)[0][0] if type_counts else None
        )
        kind = "name" if kinds[root]["name"] else "noun"
        aliases = tuple(sorted({f for f in counter if f != label}))
        entities[root] = Entity(label=label, type=type_, kind=kind, aliases=aliases, mentions=len(spans[root]))

    relabelled: dict[Mention, Mention] = {}  # an actor of five relations is relabelled once

    def relabel(m: Mention) -> Mention:
        done = relabelled.get(m)
        if done is None:
            entity = entities[clusters.find(name_key(m.label))]
            done = relabelled[m] = _replaced(m, label=entity.label, type=entity.type)
        return done

    relations = []
    for r in extraction.relations:
        actor, target = relabel(r.actor), relabel(r.target)
        if actor.label == target.label:
            continue  # both ends folded into one entity: not a relation between two things
        relations.append(
            _replaced(
                r,
                actor=actor,
                target=target,
                attributed_to=relabel(r.attributed_to) if r.attributed_to else None,
                place=relabel(r.place) if r.place else None,
            )
        )
    used = {m.label for r in relations for m in (r.actor, r.target, r.attributed_to, r.place) if m is not None}

    def canonical_label(label: str | None) -> str | None:
        if label is None:
            return None
        return " and ".join(entities[clusters.find(name_key(part))].label
                            if clusters.find(name_key(part)) in entities else part
                            for part in label.split(" and "))

    coreference = tuple(_replaced(link, antecedent=canonical_label(link.antecedent))
                        for link in extraction.coreference)
    return ArticleResult(
        article=extraction.article,
        relations=tuple(relations),
        entities=tuple(sorted((e for e in entities.values() if e.label in used), key=lambda e: e.label)),
        coreference=coreference,
    )


def _label(counter: Counter[str], members: set[str], persons: set[str], acronyms: set[str]) -> str:
    for key in members:
        if key in KNOWN_ALIASES:
            return KNOWN_ALIASES[key]
    if members & persons:
        person_forms = [f for f in counter if name_key(f) in persons]
        return max(person_forms, key=lambda f: (len(f.split()), counter[f], f))
    for form in sorted(counter):
        if name_key(form) in acronyms:
            return form
    return max(counter, key=lambda f: (counter[f], len(f), f))


def _defined_acronym(members: set[str], definitions: tuple[tuple[str, str], ...]) -> str | None:
    """The acronym the article defines for a cluster, even if it never uses it again."""
    for long_form, acronym in definitions:
        if name_key(long_form) in members or name_key(acronym) in members:
            return acronym
    return None

"""Repairs of parses the small English model gets wrong in a known, checkable way.

``kg_repairs`` runs right after the parser, before the attribute ruler, so the
part of speech, morphology and lemma of a repaired token follow from its
repaired tag. Each repair names the misparse it undoes and is checked on the
tree, never on words:

- a participle taken for the verb of a second clause: "She blamed contaminated
  wells for the outbreak" comes out as *blamed* + xcomp *contaminated* (VBD) with
  *wells* as its object, which reads as "she contaminated wells". When the
  participle directly follows a verb that has no object of its own, has no
  subject, auxiliary or "to" of its own, and has exactly one object, it is that
  object's modifier: *blamed* -> dobj *wells* -> amod *contaminated*, and what
  hung from the participle ("for the outbreak") hangs from the verb.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["kg_repairs"]

#: Dependents that make a participle the verb of a clause of its own.
CLAUSE_MARKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})


def _participle_object(participle: Token) -> Token | None:
    """The object a misparsed participle modifies, or None when the parse may be right."""
    verb = participle.head
    if not (participle.dep_ == "xcomp" and participle.tag_ in ("VBD", "VBN") and verb.i == participle.i - 1
            and verb.tag_.startswith("VB")):
        return None
    if any(c.dep_ in CLAUSE_MARKERS for c in participle.children) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    objects = [c for c in participle.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].left_edge.i != participle.i + 1:
        return None  # "blamed contaminated [the] wells": the object starts right after it
    return objects[0]


@Language.component("kg_repairs", assigns=["token.dep", "token.head", "token.tag"])
def kg_repairs(doc: Doc) -> Doc:
    """Undo the misparses listed in the module docstring (all changes written at once)."""
    xcomp = doc.vocab.strings.add("xcomp")
    candidates = np.flatnonzero(doc.to_array(DEP) == xcomp)  # no Token made for the other words
    repairs = [(doc[i], o) for i in candidates.tolist() if (o := _participle_object(doc[i])) is not None]
    if not repairs:
        return doc
    array = doc.to_array([HEAD, DEP, TAG]).astype("int64")
    strings = doc.vocab.strings
    for participle, obj in repairs:
        verb = participle.head
        array[obj.i, 0], array[obj.i, 1] = verb.i - obj.i, strings.add("dobj")
        array[participle.i, 0], array[participle.i, 1] = obj.i - participle.i, strings.add("amod")
        array[participle.i, 2] = strings.add("VBN")
        for child in participle.children:
            if child.i != obj.i:
                array[child.i, 0] = verb.i - child.i  # "for the outbreak" is the blaming's
    doc.from_array([HEAD, DEP, TAG], array.astype(np.uint64))
    return doc

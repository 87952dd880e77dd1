"""Definite descriptions on fresh wire text (round 18): the client of a lawyer the article did
not name. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.test_coref import antecedents


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        (("A court in Accra jailed businessman Kofi Mensah for six years for fraud. "
          "His lawyer said his client would appeal."), "client", 0, ["Mensah"]),
        (("The tribunal fined former port manager Lindiwe Zulu on Friday. "
          "Her lawyer told reporters her client had done nothing wrong."), "client", 0, ["Zulu"]),
    ],
    ids=["his-lawyer", "her-lawyer"],
)
def test_coref_nominal18_client_of_an_unnamed_lawyer(nlp, text, word, nth, expected):
    assert antecedents(nlp(text), word, nth) == expected

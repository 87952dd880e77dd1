"""``kg.tree.children``: the children of a finished parse, read once per Doc."""

from __future__ import annotations

from kg.tree import children


def test_children_are_spacys_children_on_a_whole_article(nlp, reference_path):
    doc = nlp(reference_path.read_text(encoding="utf-8"))
    for token in doc:
        assert [c.i for c in children(token)] == [c.i for c in token.children], token.text


def test_children_follow_the_doc_asked_about_when_docs_alternate(nlp):
    first = nlp("Rebels seized the town of Qaim on Sunday.")
    second = nlp("The ministry said police had arrested three men and a woman.")
    for doc in (first, second, first, second):
        for token in doc:
            found = children(token)
            assert all(c.doc is doc for c in found)
            assert [c.text for c in found] == [c.text for c in token.children]


def test_children_leave_the_docs_user_data_alone(nlp):
    # the table is kept out of doc.user_data, which Doc.to_bytes writes out (Tokens cannot be)
    doc = nlp("Police arrested two journalists in Mombasa.")
    before = dict(doc.user_data)
    assert [c.text for c in children(doc[1])] == ["Police", "journalists", "in", "."]
    assert doc.user_data == before

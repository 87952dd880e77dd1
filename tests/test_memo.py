"""``kg.memo``: what kg works out once per Doc, kept beside the Doc and never serialised with it."""

from __future__ import annotations

import gc
import pickle
import weakref

import pytest

from spacy.tokens import DocBin

from kg.memo import _MEMOS, children, forget, memo


@pytest.fixture
def no_memos():
    """No Doc has a memo: the earlier tests of a session leave up to MAX_DOCS of them, and a
    new one then drops the oldest, which moves the counts these tests compare."""
    for doc in list(_MEMOS.keys()):
        forget(doc)


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


def test_a_doc_from_kgs_pipeline_serialises_with_its_outputs(nlp, reference_path):
    # the caches of coreference and extraction hold Spans, Tokens and kg's own objects;
    # kept in doc.user_data they made Doc.to_bytes, pickling and DocBin fail
    from kg.pipeline import process_doc
    from kg.model import Article

    text = reference_path.read_text(encoding="utf-8")
    doc = nlp(text)
    process_doc(doc, Article(id="ref", text=text))
    assert memo(doc)  # the caches were used ...
    restored = pickle.loads(pickle.dumps(doc))  # ... and stay behind
    assert restored.text == text
    assert restored._.kg_coref == doc._.kg_coref and doc._.kg_coref
    binned = DocBin(store_user_data=True, docs=[doc])
    (again,) = DocBin().from_bytes(binned.to_bytes()).get_docs(nlp.vocab)
    assert [t.dep_ for t in again] == [t.dep_ for t in doc]


def test_a_memo_lives_as_long_as_its_doc_and_no_longer(nlp, no_memos):
    doc = nlp("Police arrested two journalists in Mombasa.")
    memo(doc)["probe"] = 1
    assert memo(doc)["probe"] == 1
    forget(doc)
    assert "probe" not in memo(doc)
    memo(doc)["probe"] = 2
    entries = len(_MEMOS)
    alive = weakref.ref(doc)
    later = nlp("The court freed them on bail.")  # now the last Doc kg's pipeline asked about
    del doc
    gc.collect()
    assert alive() is None  # the memo does not keep its Doc alive ...
    assert len(_MEMOS) == entries  # ... and went with it (the later Doc's took its place)
    assert memo(later)


def test_kgs_pipeline_runs_in_several_processes(nlp):
    # spaCy sends each Doc back from its worker with Doc.to_bytes (user data included)
    texts = ["Rebels seized the town on Sunday. They also took the airport.", "Police arrested two men."]
    docs = list(nlp.pipe(texts, n_process=2))
    assert [d.text for d in docs] == texts
    first = docs[0]
    assert [[first[h].text for h in heads] for heads in first._.kg_coref.values()] == [["Rebels"]]


def test_doc_tokens_and_parts_of_speech_are_read_once_and_match_spacy(nlp):
    from kg.memo import doc_tokens, parts_of_speech

    doc = nlp("Gunmen abducted 12 road workers near Kaduna on Monday.")
    assert doc_tokens(doc) is doc_tokens(doc)  # made once
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    assert [t.pos for t in doc] == parts_of_speech(doc)
    assert children(doc[1])[0] is doc_tokens(doc)[0]  # the children table shares the Tokens


def test_a_run_of_kgs_pipeline_lets_each_article_go(nlp, reference_path, no_memos):
    # a memo holds Tokens and a Token holds its Doc: before the pipeline forgot each Doc's
    # memo, every article of a run stayed in memory, parse and all, to the end of the process
    from kg.model import Article
    from kg.pipeline import run
    from spacy.tokens import Doc

    def docs_alive() -> int:
        gc.collect()
        return sum(isinstance(o, Doc) for o in gc.get_objects())

    text = reference_path.read_text(encoding="utf-8")
    before = docs_alive()
    results = list(run([Article(id=f"copy{i}", text=text) for i in range(3)], nlp))
    assert [len(r.relations) for r in results] == [len(results[0].relations)] * 3 and results[0].relations
    assert docs_alive() == before


def test_docs_outside_kgs_pipeline_keep_memos_for_a_bounded_number(nlp, no_memos):
    # nlp(text) in a loop runs kg's components (coreference fills the memo) but never reaches
    # the pipeline's forget: the oldest memos go, and are rebuilt, right, if asked for again
    from kg.memo import MAX_DOCS

    docs = [nlp(f"Police arrested {n} men in Mombasa. They were freed on bail.") for n in range(MAX_DOCS + 8)]
    assert len(_MEMOS) <= MAX_DOCS
    first = docs[0]
    assert first not in _MEMOS  # dropped: the oldest
    for token in first:
        assert [c.i for c in children(token)] == [c.i for c in token.children]
    assert first in _MEMOS and len(_MEMOS) <= MAX_DOCS
    assert first._.kg_coref  # what coreference found stays: it lives in the Doc, not the memo



def test_a_run_with_batches_larger_than_the_bound_builds_each_memo_once(nlp, no_memos, monkeypatch):
    # spaCy's trained components take a whole batch at a time, but kg's components come after
    # them and are plain functions, which spaCy streams a Doc at a time: each Doc reaches
    # extraction (and is forgotten) before the next one's coreference makes a memo, so a batch
    # larger than MAX_DOCS drops none. A kg component with a batching pipe() would break this.
    import kg.memo
    from kg.model import Article
    from kg.pipeline import run

    dropped = []
    real_drop = kg.memo._drop_oldest
    monkeypatch.setattr(kg.memo, "_drop_oldest", lambda: dropped.append(1) or real_drop())
    size = kg.memo.MAX_DOCS + 16
    texts = [f"Police arrested {n} men in Mombasa. They were freed on bail." for n in range(size)]
    results = list(run([Article(id=f"a{n}", text=t) for n, t in enumerate(texts)], nlp, batch_size=size))
    assert len(results) == size and all(r.relations for r in results)
    assert dropped == []
    for n in range(kg.memo.MAX_DOCS + 1):  # while Docs made outside the pipeline are bounded
        nlp(f"Police arrested {n} women.")
    assert dropped and len(_MEMOS) <= kg.memo.MAX_DOCS

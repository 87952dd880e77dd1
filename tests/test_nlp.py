"""The spaCy pipeline kg loads, and where it puts sentence boundaries.

Sentence boundaries matter beyond tidiness: a relation's evidence is one
sentence, and the pronoun resolver counts sentences. The model-free tests run
the ``kg_sentences`` component on tokenised text (no parser), so they pin the
rule itself; the others pin what the loaded pipeline does with whole texts.
"""

from __future__ import annotations

import pytest

from kg.errors import KGError, ModelError
from kg.nlp import DEFAULT_MODEL, kg_sentences, load, sentence_spans
from tests.conftest import triples


def _sentences(doc) -> list[str]:
    """Sentence texts as a reader would quote them (surrounding whitespace dropped)."""
    return [doc[start:end].text for start, end, _index in sentence_spans(doc)]


def _token(doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


# --- loading ---------------------------------------------------------------------


def test_nlp_load_returns_the_same_pipeline_twice(nlp):
    assert load() is nlp
    assert load(DEFAULT_MODEL) is nlp


def test_nlp_load_puts_kg_sentences_before_the_parser_and_kg_coref_last(nlp):
    names = nlp.pipe_names
    assert names.index("kg_sentences") == names.index("parser") - 1
    assert names[-1] == "kg_coref"
    assert names.count("kg_sentences") == names.count("kg_coref") == 1


def test_nlp_load_unknown_model_names_it_and_the_installed_pipelines():
    import spacy

    with pytest.raises(ModelError) as caught:
        load("no_such_model")
    message = str(caught.value)
    assert "'no_such_model'" in message
    assert "installed pipelines: " in message
    for installed in spacy.util.get_installed_models():
        assert installed in message
    assert isinstance(caught.value, KGError)


def test_nlp_load_pipeline_without_parser_or_ner_is_refused():
    # "blank:en" loads, but it has neither a parser nor an entity recogniser
    with pytest.raises(ModelError, match=r"'blank:en' has no parser, ner"):
        load("blank:en")


def test_nlp_load_failure_is_not_cached():
    for _attempt in range(2):
        with pytest.raises(ModelError):
            load("no_such_model")


# --- the kg_sentences rule on tokenised text (no parser) -------------------------------


def test_nlp_kg_sentences_blank_line_starts_a_sentence(nlp):
    doc = nlp.make_doc("Floods Cut Off Assam Villages\n\nThe army evacuated 3,000 villagers on Sunday.")
    assert _token(doc, "The").is_sent_start is None
    kg_sentences(doc)
    assert _token(doc, "The").is_sent_start is True


def test_nlp_kg_sentences_single_newline_is_left_to_the_parser(nlp):
    doc = nlp.make_doc("The army evacuated villagers\nfrom the flooded district.")
    kg_sentences(doc)
    assert _token(doc, "from").is_sent_start is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the pilots had reported a fault.\nThe ruling party called for a review.",
        'The envoy said the corridor "will stay open."\nThe ruling party called for a review.',
        "Was the order lawful?\n  The ruling party called for a review.",
    ],
    ids=["full-stop", "closing-quote", "question-and-indent"],
)
def test_nlp_kg_sentences_line_break_after_a_full_stop_starts_a_sentence(nlp, text):
    doc = nlp.make_doc(text)
    kg_sentences(doc)
    assert _token(doc, "The", nth=-1).is_sent_start is True


def test_nlp_line_break_after_a_full_stop_keeps_the_next_sentence_out_of_the_report(extract_texts):
    # one sentence per line: the parser alone read "called" as what the ministry said
    (result,) = extract_texts(["The department said the pilots had reported a brake failure.\n"
                               "Bhutan's ruling People's Democratic Party called for a review of airport safety."])
    (call,) = [r for r in result.relations if r.action == "call for"]
    assert call.attributed_to is None


def test_nlp_kg_sentences_line_break_in_a_wrapped_sentence_is_no_boundary(nlp):
    doc = nlp.make_doc("The army evacuated villagers from the district.\nthe flooded roads, officials said.")
    kg_sentences(doc)
    assert _token(doc, "the", nth=-1).is_sent_start is not True


@pytest.mark.parametrize(
    "text",
    [
        'The envoy said the corridor "will stay open." Aid convoys left at dawn.',
        "The envoy said: \u201cThe corridor will stay open!\u201d Aid convoys left at dawn.",
    ],
    ids=["straight-quote", "curly-quote"],
)
def test_nlp_kg_sentences_closing_quote_never_starts_a_sentence(nlp, text):
    doc = nlp.make_doc(text)
    quote = doc[[t.text for t in doc].index("Aid") - 1]
    quote.is_sent_start = True  # as if the parser had guessed a boundary before it
    kg_sentences(doc)
    assert quote.is_sent_start is False


@pytest.mark.parametrize("word", ["Forces", "Militiamen"])
def test_nlp_kg_sentences_capitalised_noun_mid_clause_does_not_start_a_sentence(nlp, word):
    doc = nlp.make_doc(f"The governor said {word} loyal to the council had withdrawn from the port.")
    _token(doc, word).is_sent_start = True  # a parser's guess from the capital letter
    kg_sentences(doc)
    assert _token(doc, word).is_sent_start is False


def test_nlp_kg_sentences_leaves_boundaries_after_a_full_stop_to_the_parser(nlp):
    doc = nlp.make_doc("The governor resigned. Forces loyal to the council withdrew.")
    kg_sentences(doc)
    assert _token(doc, "Forces").is_sent_start is None


@pytest.mark.parametrize(
    ("text", "first_of_body"),
    [
        ("KABUL, Afghanistan - The Taliban attacked a police checkpoint on Monday.", "The"),
        ("LONDON (Reuters) - British police arrested two men at Stansted airport on Friday.", "British"),
        ("WASHINGTON \u2014 The Pentagon sent more surveillance drones to the Gulf.", "The"),
        ("BEIRUT, Lebanon (AP) -- Israeli jets struck a warehouse near Tyre.", "Israeli"),
        # a hyphenated name inside the dateline is no dash that ends it
        ("DILI, Timor-Leste - Police arrested two former ministers on Friday.", "Police"),
        ("PORT-AU-PRINCE, Haiti - Gangs burned a police station overnight.", "Gangs"),
        # the agencies' own form, with the date
        ("GOMA, Congo, March 4 (Reuters) - Troops said they had repelled an attack.", "Troops"),
        ("LAGOS, March 3 (Reuters) - Nigeria's oil workers began a strike on Monday.", "Nigeria"),
        ("WASHINGTON, Jan. 12 (AP) \u2014 The Senate passed the bill late on Thursday.", "The"),
        ("SANTIAGO, Chile, Dec 2, 2025 (AFP) - Miners walked off the job at El Teniente.", "Miners"),
        # lower-case words inside a country's name
        ("BUKAVU, Democratic Republic of Congo - Militiamen attacked a camp for displaced people.", "Militiamen"),
        ("MOSTAR, Bosnia and Herzegovina - Police detained a former camp guard on Tuesday.", "Police"),
        ("SAN FERNANDO, Trinidad and Tobago (Reuters) - Gunmen shot dead a bus driver.", "Gunmen"),
    ],
    ids=["place-country", "place-agency", "em-dash", "double-hyphen", "hyphenated-country", "hyphenated-city",
         "reuters-date", "city-date", "ap-abbreviated-month", "afp-date-and-year", "republic-of", "bosnia-and",
         "trinidad-and-agency"],
)
def test_nlp_kg_sentences_dateline_is_split_off(nlp, text, first_of_body):
    doc = nlp.make_doc(text)
    kg_sentences(doc)
    assert _token(doc, first_of_body).is_sent_start is True


@pytest.mark.parametrize(
    "text",
    [
        "UN-backed government forces retook the port of Sirte on Friday.",
        "Smoke rose over Kharkiv - residents said the strike hit a school.",
    ],
    ids=["unspaced-hyphen", "not-at-paragraph-start"],
)
def test_nlp_kg_sentences_dash_that_ends_no_dateline_is_not_a_boundary(nlp, text):
    doc = nlp.make_doc(text)
    kg_sentences(doc)
    assert not any(t.is_sent_start for t in doc[1:])


# --- sentences of the loaded pipeline --------------------------------------------------


def test_nlp_blank_line_splits_headline_from_body(nlp):
    doc = nlp("Rebels Seize Border Town\n\nRebels seized the border town of Qusair on Monday.")
    assert _sentences(doc) == [
        "Rebels Seize Border Town",
        "Rebels seized the border town of Qusair on Monday.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The ceasefire has collapsed," the spokesman said. Shelling resumed at dawn.',
            ['"The ceasefire has collapsed," the spokesman said.', "Shelling resumed at dawn."],
        ),
        (
            'The mayor urged calm. "The water supply is safe." Engineers repaired the main pipe.',
            ["The mayor urged calm.", '"The water supply is safe."', "Engineers repaired the main pipe."],
        ),
        (
            'The colonel told reporters: "The siege is over!" Residents cheered in the square.',
            ['The colonel told reporters: "The siege is over!"', "Residents cheered in the square."],
        ),
        (
            "The envoy said: \u201cThe border will reopen.\u201d Traders welcomed the news.",
            ["The envoy said: \u201cThe border will reopen.\u201d", "Traders welcomed the news."],
        ),
        (
            '"Why now?" he asked.',
            ['"Why now?" he asked.'],
        ),
    ],
    ids=["comma-then-attribution", "quoted-sentence", "exclamation", "curly-quotes", "question-he-asked"],
)
def test_nlp_closing_quote_stays_in_its_sentence(nlp, text, expected):
    assert _sentences(nlp(text)) == expected


def test_nlp_two_quoted_sentences_stay_two_sentences(nlp):
    doc = nlp('The envoy said the border would reopen. "Trade must resume." "Families must be reunited."')
    assert _sentences(doc) == [
        "The envoy said the border would reopen.",
        '"Trade must resume."',
        '"Families must be reunited."',
    ]


def test_nlp_quoted_sentence_then_quote_with_attribution(nlp):
    doc = nlp('"We will not retreat." "We will hold the bridge," the commander said.')
    assert _sentences(doc) == ['"We will not retreat."', '"We will hold the bridge," the commander said.']


@pytest.mark.parametrize(
    "text",
    [
        '"Who gave the order?" the lawyer asked.',
        '"Leave the city now!" the governor told residents.',
    ],
    ids=["question", "exclamation"],
)
def test_nlp_attribution_after_quoted_question_stays_in_its_sentence(nlp, text):
    assert _sentences(nlp(text)) == [text]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "KABUL, Afghanistan - The Taliban attacked a police checkpoint on Monday.",
            "The Taliban attacked a police checkpoint on Monday.",
        ),
        (
            "LONDON (Reuters) - British police arrested two men at Stansted airport on Friday.",
            "British police arrested two men at Stansted airport on Friday.",
        ),
        (
            "Taliban Storm Checkpoint\n\nKANDAHAR, Afghanistan - Taliban fighters stormed a checkpoint on Monday.",
            "Taliban fighters stormed a checkpoint on Monday.",
        ),
    ],
    ids=["place-country", "place-agency", "after-headline"],
)
def test_nlp_dateline_is_not_part_of_the_next_sentence(nlp, text, body):
    sentences = _sentences(nlp(text))
    assert body in sentences
    dateline = sentences[sentences.index(body) - 1]
    assert dateline.endswith("-") and dateline.split()[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "The report said Forces loyal to the president shelled the town.",
        "Aid workers reached the village of Kanda on Tuesday, where Soldiers had burned dozens of homes.",
        "The statement blamed Militants backed by Iran for the attack on the pipeline.",
    ],
)
def test_nlp_capitalised_common_noun_mid_sentence_is_one_sentence(nlp, text):
    assert _sentences(nlp(text)) == [text]


# --- sentence_spans ------------------------------------------------------------------


def test_nlp_sentence_spans_trim_whitespace(nlp):
    doc = nlp("  Police detained three protesters in Nairobi.   Nobody was hurt.  \n\n  ")
    spans = sentence_spans(doc)
    assert [doc[start:end].text for start, end, _ in spans] == [
        "Police detained three protesters in Nairobi.",
        "Nobody was hurt.",
    ]
    for start, end, _index in spans:
        assert not doc[start].is_space and not doc[end - 1].is_space


def test_nlp_sentence_spans_are_increasing_and_do_not_overlap(nlp):
    doc = nlp(
        "Troops Enter Mosul\n\nBAGHDAD - Iraqi troops entered eastern Mosul on Tuesday. "
        '"The city will be free soon," a commander said. Civilians fled south.\n\n'
        "Aid agencies warned of shortages."
    )
    spans = sentence_spans(doc)
    assert len(spans) == 6
    for (start, end, index), (next_start, _next_end, next_index) in zip(spans, spans[1:]):
        assert start < end <= next_start
        assert index < next_index


def test_nlp_sentence_spans_drop_whitespace_sentences_but_keep_their_index(nlp):
    doc = nlp("\n\nThe army shelled the town.")
    assert [sent.text for sent in doc.sents] == ["\n\n", "The army shelled the town."]
    ((start, end, index),) = sentence_spans(doc)
    assert doc[start:end].text == "The army shelled the town."
    assert index == 1


# --- kg_names: one name, one type per article --------------------------------------


KAFUE = ("LUSAKA, March 3 (Reuters) - Kafue Copper Mines suspended production at its Chingola pit on Tuesday "
         "after a tailings dam leaked, the company said.\n\n"
         "Kafue Copper Mines said 300 workers had been sent home.")


def _mentions(doc, words: str) -> list[str]:
    """The entity type of each mention spelt ``words`` ("" where untyped)."""
    size = len(words.split())
    return [doc[i].ent_type_ if doc[i].ent_iob_ == "B" and doc[i : i + size].text == words
            and (i + size == len(doc) or doc[i + size].ent_iob_ != "I") else ""
            for i in range(len(doc) - size + 1) if doc[i : i + size].text == words]


def test_nlp_kg_names_types_a_name_where_ner_missed_it(nlp):
    with nlp.select_pipes(disable=["kg_names"]):
        assert _mentions(nlp(KAFUE), "Kafue Copper Mines") == ["", "ORG"]  # what the small model does alone
    assert _mentions(nlp(KAFUE), "Kafue Copper Mines") == ["ORG", "ORG"]


def test_nlp_kg_names_gives_the_company_to_its_description(nlp):
    doc = nlp(KAFUE)
    company = [t for t in doc if t.text == "company"][0]
    assert [doc[h].text for h in doc._.kg_coref[company.i]] == ["Mines"]


def _entity_text(token) -> str | None:
    return next((ent.text for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # part of a hyphenated name: the city "Bissau" is not the "Bissau" of Guinea-Bissau
        ("BISSAU (Reuters) - Soldiers fired shots in Bissau on Monday. Soldiers have overthrown four governments "
         "in Guinea-Bissau since it won independence from Portugal in 1974.", "Bissau"),
        # part of a longer proper name
        ("Kafue Copper Mines said 300 workers had been sent home. Old Kafue Copper Mines owned the pit.", "Kafue"),
    ],
    ids=["hyphenated", "longer-name"],
)
def test_nlp_kg_names_leaves_a_name_inside_a_longer_one(nlp, text, word):
    doc = nlp(text)
    last = [t for t in doc if t.text == word][-1]
    assert _entity_text(last) not in ("Bissau", "Kafue Copper Mines")


@pytest.mark.parametrize(
    ("labels", "expected"),
    [(["ORG", "ORG"], "ORG"), (["PERSON", "ORG"], "")],
    ids=["agreed", "disputed"],
)
def test_nlp_kg_names_spreads_only_a_type_ner_agrees_on(nlp, labels, expected):
    from spacy.tokens import Doc, Span

    from kg.nlp import kg_names

    doc = Doc(nlp.vocab, words="Nordlys said . Nordlys said . Nordlys said .".split())
    for token in doc:
        token.tag_ = "NNP" if token.text == "Nordlys" else "VBD" if token.text == "said" else "."
    doc.set_ents([Span(doc, 0, 1, label=labels[0]), Span(doc, 3, 4, label=labels[1])])
    assert kg_names(doc)[6].ent_type_ == expected


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # two names NER split at a lower-case particle are one name, an organisation if either part is one
        ("Banco do Brasil raised its lending rates on Monday.", "Banco do Brasil", "ORG"),
        ("Shares in Vale do Norte fell 4 percent on Monday.", "Vale do Norte", "ORG"),
    ],
)
def test_names_split_at_a_particle_are_joined(nlp, text, name, label):
    assert (name, label) in {(e.text, e.label_) for e in nlp(text).ents}


def test_names_on_either_side_of_other_words_stay_apart(nlp):
    names = {e.text for e in nlp("Lula met Macron in Brasilia and flew to Paris on Monday.").ents}
    assert {"Brasilia", "Paris"} <= names and not any(" and " in n or " to " in n for n in names)


def test_nlp_a_dateline_with_of_in_its_country_names_no_actor(extract_texts):
    # the dateline ran on into the body ("of" stopped the dateline reader), and the parser
    # made the city the subject of the first sentence: "GOMA ... seized the towns"
    (result,) = extract_texts([
        "BUKAVU, Democratic Republic of Congo - Militiamen burned a camp for displaced people on Sunday, "
        "the United Nations said."
    ])
    assert ("militiamen", "burn", "camp") in triples(result)
    assert not any(r.actor.label == "BUKAVU" for r in result.relations)

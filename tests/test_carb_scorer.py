"""The CaRB scorer (benchmarks/carb_scorer.py) on tiny sets whose figures are worked out by hand."""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_scorer():
    path = ROOT / "benchmarks" / "carb_scorer.py"
    spec = importlib.util.spec_from_file_location("carb_scorer", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["carb_scorer"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


carb = _load_scorer()

S1 = "Obama met Putin in Paris ."
S2 = "The army has clashed with rebels near Aleppo ."


def gold(*lines: str):
    return carb.parse_gold(lines)


def predicted(*lines: str):
    return carb.parse_tabbed(lines)


def test_carb_scorer_doctests():
    assert doctest.testmod(carb).failed == 0


def test_carb_scorer_perfect_prediction_scores_one():
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin\tin Paris", f"{S2}\thas clashed with\tThe army\trebels"),
        predicted(f"{S1}\t0.9\tmet\tObama\tPutin\tin Paris", f"{S2}\t0.7\thas clashed with\tThe army\trebels"),
    )
    assert (scores.precision, scores.recall, scores.f1, scores.auc) == (1.0, 1.0, 1.0, 1.0)


@pytest.mark.parametrize("prediction_lines", [(), (f"{S2}\t0.9\tclashed\tarmy\trebels",)])
def test_carb_scorer_no_predictions_for_the_gold_sentences_scores_zero(prediction_lines):
    # a prediction for a sentence without gold tuples is ignored, as in CaRB
    scores = carb.score(gold(f"{S1}\tmet\tObama\tPutin"), predicted(*prediction_lines))
    assert (scores.precision, scores.recall, scores.f1, scores.auc) == (0.0, 0.0, 0.0, 0.0)


def test_carb_scorer_empty_gold_and_predictions():
    assert carb.score({}, {}).f1 == 0.0


def test_carb_scorer_partial_token_overlap():
    # relation 2 of 3 gold tokens, arg1 1 of 2, object 1 of 3: recall 4/8;
    # every predicted token (4) is in the gold tuple: precision 1
    scores = carb.score(
        gold(f"{S2}\thas clashed with\tThe army\trebels near Aleppo"),
        predicted(f"{S2}\t0.8\tclashed with\tarmy\trebels"),
    )
    assert scores.precision == 1.0
    assert scores.recall == 0.5
    assert scores.f1 == pytest.approx(2 / 3)


def test_carb_scorer_tokens_count_once_and_case_matters():
    g = carb.Tuple(S1, "met", ("Obama", "Putin"))
    # "Putin Putin" matches the one gold "Putin" once; "obama" is not "Obama"
    assert carb.pair_score(g, carb.Tuple(S1, "met", ("obama", "Putin Putin"))) == (2 / 4, 2 / 3)


def test_carb_scorer_one_prediction_serves_several_gold_tuples_for_recall():
    # gold A is recalled fully, gold B ("Putin in Paris") 3 of 5 tokens: recall (1 + 0.6) / 2;
    # the prediction is matched once, to A, at precision 1
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin", f"{S1}\tmet\tObama\tPutin\tin Paris"),
        predicted(f"{S1}\t0.9\tmet\tObama\tPutin"),
    )
    assert scores.recall == pytest.approx(0.8)
    assert scores.precision == 1.0


def test_carb_scorer_a_gold_tuple_serves_one_prediction_for_precision():
    # two copies of a perfect prediction: the second finds no gold tuple left
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin"),
        predicted(f"{S1}\t0.9\tmet\tObama\tPutin", f"{S1}\t0.9\tmet\tObama\tPutin"),
    )
    assert (scores.precision, scores.recall) == (0.5, 1.0)


def test_carb_scorer_precision_matching_takes_the_best_pair_first():
    # p1 fits A (precision 1) and B (2/3); p2 fits only B (precision 1 against B, 1/3 against A).
    # Best pair first: (A, p1) then (B, p2): precision (1 + 1) / 2
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin", f"{S1}\tmet\tObama\tParis"),
        predicted(f"{S1}\t0.9\tmet\tObama\tPutin", f"{S1}\t0.9\tmet\tObama\tParis"),
    )
    assert (scores.precision, scores.recall) == (1.0, 1.0)


def test_carb_scorer_no_shared_relation_token_is_no_match():
    g = carb.Tuple(S1, "met", ("Obama", "Putin"))
    assert carb.pair_score(g, carb.Tuple(S1, "visited", ("Obama", "Putin"))) == (0.0, 0.0)
    scores = carb.score(gold(f"{S1}\tmet\tObama\tPutin"), predicted(f"{S1}\t0.9\tvisited\tObama\tPutin"))
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


def test_carb_scorer_missing_object_is_no_match_but_an_extra_object_is_not_scored():
    with_object = carb.Tuple(S1, "met", ("Obama", "Putin"))
    without_object = carb.Tuple(S1, "met", ("Obama",))
    assert carb.pair_score(with_object, without_object) == (0.0, 0.0)
    # the gold tuple has no object, so the prediction's object is not counted
    assert carb.pair_score(without_object, with_object) == (1.0, 1.0)


def test_carb_scorer_predicted_be_matches_a_form_of_be():
    g = carb.Tuple(S1, "is", ("Obama", "President"))
    assert carb.pair_score(g, carb.Tuple(S1, "be", ("Obama", "President"))) == (1.0, 1.0)


def test_carb_scorer_saying_relations_are_scored_either_way_round():
    g = carb.Tuple("s", "said", ("the prices rose", "the minister"))
    swapped = carb.Tuple("s", "said", ("the minister", "the prices rose"))
    assert carb.pair_score(g, swapped) == (1.0, 1.0)
    other = carb.Tuple("s", "met", ("the prices rose", "the minister"))
    assert carb.pair_score(other, carb.Tuple("s", "met", ("the minister", "the prices rose")))[0] < 1


def test_carb_scorer_gold_context_is_dropped_and_time_and_place_prefixes_stripped():
    parsed = gold(f"{S1}\tmet\tObama\tPutin\tL: in Paris\tT: on Sunday\tC: officials said")
    (only,) = parsed[carb.sentence_key(S1)]
    assert only.slots == ("met", "Obama", "Putin in Paris on Sunday")


def test_carb_scorer_constant_confidence_gives_a_single_point():
    # one right and one wrong prediction at the same confidence: P = R = 0.5;
    # AUC closes the single point with (R=0, P=1): 0.5 * (1 + 0.5) / 2
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin", f"{S2}\tclashed with\tThe army\trebels"),
        predicted(f"{S1}\t1\tmet\tObama\tPutin", f"{S2}\t1\tattacked\tThe army\trebels"),
    )
    assert (scores.precision, scores.recall, scores.f1) == (0.5, 0.5, 0.5)
    assert scores.auc == pytest.approx(0.375)
    assert len(scores.curve) == 1


def test_carb_scorer_graded_confidence_picks_the_best_threshold():
    # ranking the right prediction above the wrong one: at 0.9 P = 1, R = 0.5 (F1 2/3);
    # curve (0,1) -> (0.5,1) -> (0.5,0.5): AUC 0.5
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin", f"{S2}\tclashed with\tThe army\trebels"),
        predicted(f"{S1}\t0.9\tmet\tObama\tPutin", f"{S2}\t0.4\tattacked\tThe army\trebels"),
    )
    assert (scores.precision, scores.recall, scores.threshold) == (1.0, 0.5, 0.9)
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.auc == pytest.approx(0.5)
    assert [(t, p, r) for t, p, r in scores.curve] == [(0.4, 0.5, 0.5), (0.9, 1.0, 0.5)]


def test_carb_scorer_thresholds_apply_within_a_sentence():
    # the wrong prediction of S1 ranks lowest: above it only the right one counts
    scores = carb.score(
        gold(f"{S1}\tmet\tObama\tPutin"),
        predicted(f"{S1}\t0.9\tmet\tObama\tPutin", f"{S1}\t0.2\tvisited\tObama\tParis"),
    )
    assert scores.curve == ((0.2, 0.5, 1.0), (0.9, 1.0, 1.0))
    assert (scores.precision, scores.recall, scores.f1, scores.auc) == (1.0, 1.0, 1.0, 1.0)


def test_carb_scorer_line_format():
    line = carb.Scores(0.5, 0.25, 1 / 3, 0.2, 0.9).line()
    assert line == "P=0.5000 R=0.2500 F1=0.3333 AUC=0.2000"


def test_carb_scorer_rejects_a_bad_confidence():
    with pytest.raises(ValueError, match="'high'"):
        predicted(f"{S1}\thigh\tmet\tObama\tPutin")


# --- the export (benchmarks/carb.py): kg's clauses as CaRB tuples -------------------------


def _load_export():
    path = ROOT / "benchmarks" / "carb.py"
    spec = importlib.util.spec_from_file_location("carb_export", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["carb_export"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def export():
    return _load_export()


def _tuples(export, nlp, sentence):
    return [(t.relation, *t.arguments) for _, t in export.export([sentence], nlp)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # auxiliaries and the target's preposition belong to the relation
        ("The army has clashed with rebels .", ("has clashed with", "The army", "rebels")),
        # a pronoun stays as written; a time phrase is a further argument
        ("He served as the first Prime Minister of Australia in 1901 .",
         ("served as", "He", "the first Prime Minister of Australia", "in 1901")),
        # a passive keeps its surface order, as CaRB annotates it
        ("The frontier was drawn by colonial powers .", ("was drawn by", "The frontier", "colonial powers")),
        # control: the embedded verb joins the relation
        ("Obama offered to send military advisers .", ("offered to send", "Obama", "military advisers")),
    ],
)
def test_carb_export_tuples(export, nlp, sentence, expected):
    assert expected in _tuples(export, nlp, sentence)


def test_carb_export_apposition_is_an_is_relation(export, nlp):
    found = _tuples(export, nlp, "Mr. Smith , the chairman of the company , resigned yesterday .")
    assert ("is", "Mr. Smith", "the chairman of the company") in found


def test_carb_export_keeps_the_tokens_as_given(export, nlp):
    # "U.S.-backed" and "ca n't" would be split differently by spaCy's own tokenizer
    sentence = "The U.S.-backed forces ca n't reach Mosul , officials said ."
    (doc,) = export.parse([sentence], nlp)
    assert [t.text for t in doc] == sentence.split(" ")
    for line, t in export.export([sentence], nlp):
        assert line == sentence
        for argument in t.arguments:
            assert f" {argument} " in f" {sentence} "  # whole tokens of the sentence


def test_carb_export_cli_prints_the_figures_last(export, tmp_path, capsys):
    sentence = "The army has clashed with rebels ."
    sentences = tmp_path / "s.txt"
    sentences.write_text(sentence + "\n", encoding="utf-8")
    gold_file = tmp_path / "g.tsv"
    gold_file.write_text(f"{sentence}\thas clashed with\tThe army\trebels\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert export.main(["--sentences", str(sentences), "--gold", str(gold_file), "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "P=1.0000 R=1.0000 F1=1.0000 AUC=1.0000"
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert line.split("\t")[0] == sentence and line.split("\t")[2:] == ["has clashed with", "The army", "rebels"]

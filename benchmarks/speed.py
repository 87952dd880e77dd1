"""Throughput of kg extract against plain spaCy parsing, measured side by side.

Builds a corpus from the reference article repeated to about --words words
(each copy a separate article in a JSONL file), then alternates rounds of

- plain ``nlp.pipe`` over the texts with the same spaCy pipeline, and
- ``kg extract --format jsonl`` end to end (read the file, parse with kg's
  components, extract, canonicalise, write JSON lines),

and prints words per second for each and their ratio. The machines are shared
and noisy, so rounds alternate, and each round's ratio is taken from runs made
back to back (a slow minute slows both sides of one round, not one side of the
comparison); the ratio printed is the median of the rounds' ratios, beside the
ratio of the medians. The last line is ``ratio=R`` (kg over plain parsing); the
goal is R >= 0.85.

kg runs spaCy's pipeline with its attribute ruler replaced by an equivalent
table (``kg/attributes.py``, docs/decisions/0002), so part of kg's speed is
won on spaCy's side of the work. A third timing, ``nlp.pipe`` of the pipeline
as kg runs it (that swap, nothing of kg's own), separates the two: the line
``kg's own stages`` is kg's throughput over that, i.e. what extraction,
coreference and writing cost on top of parsing.

    python benchmarks/speed.py [--words 50000] [--rounds 3] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "examples" / "000_e820b1884bc1c1a7.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default=None)
    parser.add_argument("--article", type=Path, default=REFERENCE)
    args = parser.parse_args()

    import spacy

    from kg import cli
    from kg import nlp as kg_nlp
    from kg.attributes import speed_up
    from kg.pipeline import BATCH_SIZE

    text = args.article.read_text(encoding="utf-8")
    words_per_copy = len(text.split())
    copies = max(1, round(args.words / words_per_copy))
    texts = [text] * copies
    words = words_per_copy * copies

    workdir = tempfile.TemporaryDirectory(prefix="kg-speed-")  # removed at exit
    corpus = Path(workdir.name) / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i, t in enumerate(texts):
            out.write(json.dumps({"id": f"copy-{i:03d}", "text": t}) + "\n")

    model = args.model or kg_nlp.DEFAULT_MODEL
    plain = spacy.load(model)
    as_kg = spacy.load(model)  # spaCy's work as kg does it: the same components, the ruler swapped
    speed_up(as_kg)
    kg_nlp.load(model)  # load kg's pipeline before timing, as plain is loaded before timing

    def run_plain(pipeline=plain) -> float:
        start = time.perf_counter()
        for _doc in pipeline.pipe(texts, batch_size=BATCH_SIZE):
            pass
        return time.perf_counter() - start

    def run_kg() -> float:
        argv = ["extract", str(corpus), "--format", "jsonl", "-o", os.devnull, "--no-progress", "--quiet"]
        if args.model:
            argv += ["--model", args.model]
        start = time.perf_counter()
        code = cli.main(argv)
        elapsed = time.perf_counter() - start
        if code != cli.EXIT_OK:
            sys.exit(f"kg extract failed with exit code {code}")
        return elapsed

    print(f"corpus: {copies} copies of {args.article.name}, {words:,} words; model {model}; {args.rounds} rounds")
    plain_times, as_kg_times, kg_times = [], [], []
    run_plain(), run_plain(as_kg), run_kg()  # warm-up: caches, lazy imports
    for round_ in range(1, args.rounds + 1):
        plain_times.append(run_plain())
        as_kg_times.append(run_plain(as_kg))
        kg_times.append(run_kg())
        print(f"round {round_}: plain {words / plain_times[-1]:,.0f} words/s, "
              f"spaCy as kg runs it {words / as_kg_times[-1]:,.0f} words/s, kg {words / kg_times[-1]:,.0f} words/s, "
              f"ratio {plain_times[-1] / kg_times[-1]:.3f}")

    plain_wps = words / statistics.median(plain_times)
    kg_wps = words / statistics.median(kg_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"plain nlp.pipe: {plain_wps:,.0f} words/s (median)")
    as_kg_wps = words / statistics.median(as_kg_times)
    print(f"spaCy as kg runs it (attribute ruler swapped): {as_kg_wps:,.0f} words/s (median), "
          f"{as_kg_wps / plain_wps:.3f}x plain")
    print(f"kg extract:     {kg_wps:,.0f} words/s (median)")
    print(f"kg's own stages (kg extract over spaCy as kg runs it): {kg_wps / as_kg_wps:.3f}")
    own = statistics.median(a / k for a, k in zip(as_kg_times, kg_times))
    print(f"kg's own stages, median of the rounds: {own:.3f}")
    print(f"peak RSS: {peak_mb:,.0f} MB")
    print(f"ratio of the medians: {kg_wps / plain_wps:.3f}")
    print(f"ratio={statistics.median(p / k for p, k in zip(plain_times, kg_times)):.3f}")


if __name__ == "__main__":
    main()

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

Both sides run in this one process on one thread, and each run is timed twice: by the
wall clock and by the CPU time of the process (``time.process_time``). On a machine
of one's own the two agree; on a shared one the wall clock also counts the time the
process waited for a core (runs here have taken three times their CPU time), which
differs from one run to the next by more than kg costs. So ``ratio=`` is the median of
the rounds' CPU-time ratios, and the wall-clock figures are printed beside it
(docs/decisions/0002).

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

    def run_plain(pipeline=plain) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in pipeline.pipe(texts, batch_size=BATCH_SIZE):
            pass
        return time.perf_counter() - start, time.process_time() - cpu

    def run_kg() -> float:
        argv = ["extract", str(corpus), "--format", "jsonl", "-o", os.devnull, "--no-progress", "--quiet"]
        if args.model:
            argv += ["--model", args.model]
        start, cpu = time.perf_counter(), time.process_time()
        code = cli.main(argv)
        elapsed = time.perf_counter() - start, time.process_time() - cpu
        if code != cli.EXIT_OK:
            sys.exit(f"kg extract failed with exit code {code}")
        return elapsed

    print(f"corpus: {copies} copies of {args.article.name}, {words:,} words; model {model}; {args.rounds} rounds")
    wall: dict[str, list[float]] = {"plain": [], "as_kg": [], "kg": []}
    cpu: dict[str, list[float]] = {"plain": [], "as_kg": [], "kg": []}
    run_plain(), run_plain(as_kg), run_kg()  # warm-up: caches, lazy imports
    for round_ in range(1, args.rounds + 1):
        for side, run in (("plain", run_plain), ("as_kg", lambda: run_plain(as_kg)), ("kg", run_kg)):
            elapsed, used = run()
            wall[side].append(elapsed)
            cpu[side].append(used)
        print(f"round {round_}: CPU time: plain {words / cpu['plain'][-1]:,.0f} words/s, "
              f"spaCy as kg runs it {words / cpu['as_kg'][-1]:,.0f} words/s, kg {words / cpu['kg'][-1]:,.0f} words/s, "
              f"ratio {cpu['plain'][-1] / cpu['kg'][-1]:.3f}; wall clock: ratio {wall['plain'][-1] / wall['kg'][-1]:.3f} "
              f"(kg {words / wall['kg'][-1]:,.0f} words/s)")

    def median_ratio(times: dict[str, list[float]], a: str, b: str) -> float:
        """The median over the rounds of side b's time over side a's (a's speed over b's)."""
        return statistics.median(x / y for x, y in zip(times[b], times[a]))

    def wps(times: dict[str, list[float]], side: str) -> float:
        return words / statistics.median(times[side])

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for label, times in (("CPU time", cpu), ("wall clock", wall)):
        print(f"{label}: plain nlp.pipe {wps(times, 'plain'):,.0f} words/s, spaCy as kg runs it (attribute ruler and "
              f"lemmatizer swapped) {wps(times, 'as_kg'):,.0f} words/s ({wps(times, 'as_kg') / wps(times, 'plain'):.3f}x "
              f"plain), kg extract {wps(times, 'kg'):,.0f} words/s (medians)")
        print(f"{label}: kg's own stages (kg extract over spaCy as kg runs it, median of the rounds): "
              f"{median_ratio(times, 'kg', 'as_kg'):.3f}; ratio of the medians {wps(times, 'kg') / wps(times, 'plain'):.3f}; "
              f"median of the rounds' ratios {median_ratio(times, 'kg', 'plain'):.3f}")
    print(f"waited for a core (wall over CPU time, all runs): {sum(map(sum, wall.values())) / sum(map(sum, cpu.values())):.2f}x")
    print(f"peak RSS: {peak_mb:,.0f} MB")
    print(f"ratio={median_ratio(cpu, 'kg', 'plain'):.3f}")


if __name__ == "__main__":
    main()

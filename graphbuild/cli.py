"""The ``graphbuild`` command: a thin layer over the Python API.

Exit codes: 0 success, 1 failure (a one-line error on stderr), 2 usage error, 3 a corpus build in which some
articles failed, 130 interrupted. Subcommands live in
``graphbuild.commands.<name>``; their heavy imports happen only when they run.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NoReturn

from . import __version__
from .commands import COMMANDS
from .errors import GraphbuildError


def make_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="graphbuild", description="Turn news articles into an event-centric RDF knowledge graph.")
    parser.add_argument("--version", action="version", version=f"graphbuild {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"graphbuild.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"graphbuild.commands.{name}":
                continue  # a command that is not part of this installation
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except GraphbuildError as error:
        print(f"graphbuild {args.command}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"graphbuild {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:  # a bug: still one line for users; GRAPHBUILD_DEBUG=1 shows the traceback
        if os.environ.get("GRAPHBUILD_DEBUG"):
            raise
        print(f"graphbuild {args.command}: internal error: {type(error).__name__}: {error} "
              "(set GRAPHBUILD_DEBUG=1 for details)", file=sys.stderr)
        return 1


def run(argv: list[str] | None = None) -> NoReturn:
    """The program: ``main``, then exit with its code.

    After Ctrl-C every command has already cleaned up (stores closed, partial files removed), so the process
    ends at once: the interpreter would otherwise wait at exit for a worker pool's result thread, which a
    worker killed in the middle of sending a result leaves blocked for ever.
    """
    code = main(argv)
    if code == 130:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()

"""The ``adrisk`` console script. Each subcommand is a thin wrapper over a public function.

Command modules live in ``adrisk/commands``; each exposes ``register(subparsers)`` and imports heavy
dependencies (torch, onnxruntime, bentoml) only inside its handlers, so ``adrisk --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from adrisk import __version__

# data: generate, challenge · base_model: base-model · train: train, build-default · evaluate: evaluate
# serve: serve · batch: score, link
COMMAND_MODULES = ("data", "base_model", "train", "evaluate", "serve", "batch")


class UsageError(Exception):
    """A user mistake: printed as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="adrisk", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"adrisk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"adrisk.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except (UsageError, ValueError, FileNotFoundError, KeyError) as exc:
        msg = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"adrisk {args.command}: error: {msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"adrisk {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

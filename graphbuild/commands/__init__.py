"""CLI subcommands, one module each; every module has ``register(subparsers)`` and ``run(args) -> int``."""

COMMANDS = ("build", "export", "query", "view", "validate", "stats", "serve", "explain")

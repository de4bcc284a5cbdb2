"""Placeholder until its owner lands the real commands (registered so the CLI imports cleanly)."""


def register(sub) -> None:
    pass

"""adrisk: flags job and escort ads for human-trafficking indicators, for human review."""

__version__ = "0.1.0"

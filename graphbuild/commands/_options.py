"""Argument types shared by several subcommands."""
from __future__ import annotations

import argparse
from datetime import date


def seconds(value: str) -> float:
    """A timeout in seconds (0 means no limit)."""
    try:
        amount = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: '{value}'") from None
    if amount < 0:
        raise argparse.ArgumentTypeError("the timeout cannot be negative (0 means no limit)")
    return amount


def published_date(value: str) -> date:
    """A publication date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): '{value}'") from None

"""Stage ``mentions``: the language's reader finds names, titles, institutions, triggers and dates."""
from __future__ import annotations

from .lang import Language
from .pipeline import Analysis, Stage, replace


def run(analysis: Analysis, language: Language) -> Analysis:
    """Read the folded text with the language's grammar."""
    findings, dates = language.read(analysis.folded, analysis.doc.published)
    return replace(analysis, findings=findings, dates=tuple(dates))


STAGE = Stage("mentions", requires=("folded",), produces=("findings", "dates"), run=run)

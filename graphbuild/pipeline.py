"""The extraction pipeline: a fixed sequence of stages, each a pure function from one ``Analysis`` to the next.

    read → normalize → mentions → entities → posts → events → Doc

Each stage declares which fields of the analysis it needs and which it fills in; ``extract`` checks both,
so a stage that is reordered or forgets its output fails loudly instead of producing a quiet, wrong graph.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Callable

from .errors import GraphbuildError
from .findings import Findings
from .lang import Language, detect, get_language
from .model import Doc
from .text import FoldedText
from .vocab import digest


#: the order of ``Span`` (order=True compares its fields in turn), as a sort key: no Python call per comparison
SPAN_ORDER = attrgetter("start", "end", "text")


@dataclass(frozen=True)
class Analysis:
    """The state between stages: the Doc so far and the intermediate results that lead to it."""

    doc: Doc
    folded: FoldedText | None = None
    sentence_spans: tuple[tuple[int, int], ...] | None = None
    findings: Findings | None = None
    dates: tuple | None = None
    mention_entities: tuple[str | None, ...] | None = None
    entities_done: bool = False
    posts_done: bool = False
    events_done: bool = False


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline and its contract."""

    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[[Analysis, Language], Analysis]


class PipelineError(GraphbuildError):
    """A stage was run without its inputs, or did not produce its outputs (a bug, not bad input)."""

    code = "GB020"


def _filled(analysis: Analysis, name: str) -> bool:
    value = getattr(analysis, name)
    return value is not None and value is not False


def _all_filled(analysis: Analysis, names: tuple[str, ...]) -> bool:
    """Whether every one of ``names`` is filled (``_filled``), without a list of the ones that are not."""
    for name in names:
        value = getattr(analysis, name)
        if value is None or value is False:
            return False
    return True


_default_stages: tuple[Stage, ...] | None = None


def default_stages() -> tuple[Stage, ...]:
    """The standard stages, in order."""
    global _default_stages
    if _default_stages is None:  # (imported on first use: the stage modules import this one)
        from . import entities, events, mentions, normalize, posts

        _default_stages = (normalize.STAGE, mentions.STAGE, entities.STAGE, posts.STAGE, events.STAGE)
    return _default_stages


def run_stages(analysis: Analysis, language: Language, stages: tuple[Stage, ...]) -> Analysis:
    """Run ``stages`` in order, checking each one's declared inputs and outputs."""
    for stage in stages:
        # (the checks pass for every article: the lists of what is missing are made only when one fails)
        if not _all_filled(analysis, stage.requires):
            missing = [name for name in stage.requires if not _filled(analysis, name)]
            raise PipelineError(f"stage '{stage.name}' needs {', '.join(missing)}, which no earlier stage produced")
        result = stage.run(analysis, language)
        if not isinstance(result, Analysis):
            raise PipelineError(f"stage '{stage.name}' returned {type(result).__name__}, not an Analysis")
        if not _all_filled(result, stage.produces):
            absent = [name for name in stage.produces if not _filled(result, name)]
            raise PipelineError(f"stage '{stage.name}' did not produce {', '.join(absent)}")
        analysis = result
    return analysis


def extract(text: str, *, lang: str = "ar", published: date | None = None, doc_id: str | None = None,
            title: str | None = None, url: str | None = None) -> Doc:
    """Extract entities, posts and events from one article.

    ``lang`` is ``ar``, ``en`` or ``auto``; ``published`` resolves relative dates; ``doc_id`` names the
    article (a hash of the text when omitted), so that the same input always gives the same IRIs.
    """
    if lang == "auto":
        lang = detect(text)
    language = get_language(lang)
    if title is None:
        title = headline(text)
    doc = Doc(id=doc_id or digest(text, length=20), text=text, lang=lang, published=published, title=title, url=url)
    analysis = run_stages(Analysis(doc=doc), language, default_stages())
    return analysis.doc


def headline(text: str) -> str | None:
    """The article's first line, passing over page furniture that repeats at its top (mastheads, bylines)."""
    lines = [line.strip() for line in text.split("\n", 12)[:12] if line.strip()]  # (no need to split it all)
    for line in lines:
        if lines.count(line) == 1:
            return line[:300]
    return lines[0][:300] if lines else None


_ANALYSIS_FIELDS = frozenset(f.name for f in dataclasses.fields(Analysis))


def replace(analysis: Analysis, **changes) -> Analysis:
    """A new analysis with some fields changed (stages never mutate)."""
    if type(analysis) is not Analysis or not changes.keys() <= _ANALYSIS_FIELDS:
        return dataclasses.replace(analysis, **changes)  # (which raises the usual errors)
    # what dataclasses.replace does for this plain frozen class, without its per-field bookkeeping
    # (it runs five times per article): copy the fields, then change some
    changed = object.__new__(Analysis)
    state = vars(changed)
    state.update(vars(analysis))
    state.update(changes)
    return changed

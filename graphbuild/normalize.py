"""Stage ``normalize``: fold the text for matching (keeping the offset map) and split it into sentences."""
from __future__ import annotations

import dataclasses

from .lang import Language
from .model import Sentence
from .pipeline import Analysis, Stage, replace
from .text import sentence_spans


def run(analysis: Analysis, language: Language) -> Analysis:
    """Fold the article text and find its sentences (in folded and original offsets)."""
    doc = analysis.doc
    folded = language.fold(doc.text)
    spans = tuple(sentence_spans(folded.folded))
    sentences = tuple(Sentence(doc.span(*folded.to_original(s, e))) for s, e in spans)
    return replace(analysis, folded=folded, sentence_spans=spans,
                   doc=dataclasses.replace(doc, sentences=sentences))


STAGE = Stage("normalize", requires=("doc",), produces=("folded", "sentence_spans"), run=run)

"""Stage ``normalize``: fold the text for matching (keeping the offset map) and split it into sentences."""
from __future__ import annotations

from .lang import Language
from .model import Sentence, Span, replace_doc
from .pipeline import Analysis, Stage, replace
from .text import sentence_spans


def run(analysis: Analysis, language: Language) -> Analysis:
    """Fold the article text and find its sentences (in folded and original offsets)."""
    doc = analysis.doc
    folded = language.fold(doc.text)
    spans = tuple(sentence_spans(folded.folded))
    to_original = folded.to_original
    text = doc.text
    sentences = []
    for folded_start, folded_end in spans:
        start, end = to_original(folded_start, folded_end)
        sentences.append(Sentence(Span(start, end, text[start:end])))
    return replace(analysis, folded=folded, sentence_spans=spans,
                   doc=replace_doc(doc, sentences=tuple(sentences)))


STAGE = Stage("normalize", requires=("doc",), produces=("folded", "sentence_spans"), run=run)

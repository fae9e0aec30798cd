"""Stage ``posts``: who holds which post, in which country or organization, as the titles state it."""
from __future__ import annotations

import dataclasses

from .lang import Language
from .model import Post
from .pipeline import Analysis, Stage, replace


def run(analysis: Analysis, language: Language) -> Analysis:
    """Turn the titles the grammar read into posts of resolved entities, one per (person, role, of)."""
    findings = analysis.findings
    resolved = analysis.mention_entities
    folded = analysis.folded
    doc = analysis.doc
    known = {e.key for e in doc.entities}
    posts: dict[tuple[str, str, str | None], Post] = {}
    for raw in findings.posts:
        person = resolved[raw.person]
        of = resolved[raw.of] if raw.of is not None else None
        if person not in known or (of is not None and of not in known):
            continue
        start, end = folded.to_original(raw.start, raw.end)
        evidence = doc.span(start, end)
        key = (person, raw.role, of)
        if key in posts:
            previous = posts[key]
            posts[key] = dataclasses.replace(previous, evidence=tuple(sorted(set(previous.evidence) | {evidence})))
        else:
            posts[key] = Post(person, raw.role, of, (evidence,), role_text=evidence.text)
    # a post without its country or organization adds nothing when the same person and role has one
    complete = {(p.person, p.role) for p in posts.values() if p.of is not None}
    kept = tuple(p for p in posts.values() if p.of is not None or (p.person, p.role) not in complete)
    kept = tuple(sorted(kept, key=lambda p: (p.evidence[0].start, p.person, p.role)))
    return replace(analysis, doc=dataclasses.replace(doc, posts=kept), posts_done=True)


STAGE = Stage("posts", requires=("mention_entities",), produces=("posts_done",), run=run)

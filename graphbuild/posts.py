"""Stage ``posts``: who holds which post, in which country or organization, as the titles state it.

A national post written without its country ("وزير الاقتصاد سلطان المنصوري" in a list "من الجانب الإماراتي")
takes the country the text has in force at that point: a demonym earlier in the same sentence, else the
country a national agency reports from in its dateline, else the country of the nearest post or institution
before it. Nothing else is guessed.
"""
from __future__ import annotations

from bisect import bisect_right

from .findings import MINISTER, PORTFOLIO
from .lang import Language
from .model import Post, replace_doc
from .pipeline import SPAN_ORDER, Analysis, Stage, replace

NATIONAL_ROLES = frozenset({
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister",
    "Minister of Foreign Affairs", "Minister of Defence", "Minister of Interior", "Minister of Finance",
    "Minister of Economy", "Minister of Justice", "Minister of Health", "Minister of Energy", "King", "Queen",
    "Emir", "Crown Prince", "Sultan", "Ambassador", "Chief of Staff",
})


def _country_context(analysis: Analysis, kinds: dict[str, str]) -> list[tuple[int, str]]:
    """(folded position, country key) of every post or institution that names its country, in text order."""
    findings = analysis.findings
    resolved = analysis.mention_entities
    context = []
    for raw in findings.posts:
        if raw.of is None:
            continue
        key = resolved[raw.of]
        if kinds.get(key) == "Country":
            context.append((raw.start, key))
        elif findings.mentions[raw.of].country and findings.mentions[raw.of].country in kinds:
            context.append((raw.start, findings.mentions[raw.of].country))
    for number, mention in enumerate(findings.mentions):
        if mention.kind == "Organization" and mention.country in kinds:
            context.append((mention.start, mention.country))
    return sorted(context)


NEAR = 30  # characters: "من جانب الإمارات وزير الاقتصاد …"


class _CountryLookup:
    """The countries a text names, for "which country is in force at this point" questions."""

    def __init__(self, analysis: Analysis) -> None:
        self.sentences = list(analysis.sentence_spans)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.countries = sorted((m.start, m.end, m.adjective, key)
                                for m, key in zip(analysis.findings.mentions, analysis.mention_entities)
                                if m.kind == "Country")
        self.starts = [c[0] for c in self.countries]

    def named_before(self, position: int) -> str | None:
        """The country named just before ``position`` (folded), else the last demonym before it in its
        sentence."""
        index = bisect_right(self.sentence_starts, position) - 1
        if index < 0 or position >= self.sentences[index][1]:
            return None
        first = bisect_right(self.starts, self.sentences[index][0] - 1)
        last = bisect_right(self.starts, position - 1)
        before = self.countries[first:last]
        near = [c for c in before[-5:] if position - c[1] <= NEAR]
        if near:
            return near[-1][3]
        adjectives = [c for c in before if c[2]]
        return adjectives[-1][3] if adjectives else None


def _named_before(analysis: Analysis, kinds: dict[str, str], position: int) -> str | None:
    """The organization or country named last before ``position`` (folded) in its sentence: what a title's
    pronoun refers to ("وذكرت الرئاسة المصرية على لسان المتحدث باسمها")."""
    sentence_start = max((start for start, _ in analysis.sentence_spans if start <= position), default=0)
    best: tuple[int, str] | None = None
    for mention, key in zip(analysis.findings.mentions, analysis.mention_entities):
        if sentence_start <= mention.start and mention.end <= position and not mention.adjective \
                and kinds.get(key) in ("Organization", "Country") and (best is None or mention.start > best[0]):
            best = (mention.start, key)
    return best[1] if best else None


def _home_country(analysis: Analysis, language: Language, known: set[str]) -> str | None:
    """The country a national agency reports from, in its own dateline ("الكويت - كونا -": Kuwait), where the
    article mentions it: the country of the officials it names without theirs. (A dateline of another's agency
    or of a newsroom abroad, "دبي، الإمارات العربية المتحدة (CNN)", says where the story was written, not whose
    officials it tells of.)"""
    resolved = analysis.mention_entities
    for place, agency in analysis.findings.datelines:
        place_key, agency_entry = resolved[place], language.entries.get(resolved[agency])
        place_entry = language.entries.get(place_key)
        country = place_key if place_entry is not None and place_entry.type == "Country" else \
            place_entry.country if place_entry is not None else None
        if country is not None and country in known and agency_entry is not None and agency_entry.country == country:
            return country
    return None


def _known_post(language: Language, person: str, role: str, known: set[str], published) -> str | None:
    """The country the lexicon says a known person held ``role`` in (at the article's date when it has one)."""
    entry = language.entries.get(person)
    if entry is None:
        return None
    year = str(published.year) if published else None
    matching = [p for p in entry.posts if p.role == role and p.of in known]
    if year:
        current = [p for p in matching if (p.start or "0") <= year <= (p.end or "9999")]
        matching = current or matching
    return matching[0].of if matching else None


def _own_country(language: Language, person: str, known: set[str]) -> str | None:
    """The country of a person the lexicon knows, where the article mentions it."""
    entry = language.entries.get(person)
    country = entry.country if entry is not None else None
    return country if country in known else None


def _foreign_post(language: Language, person: str, of: str | None, kinds: dict[str, str]) -> bool:
    """A post in a country that the lexicon's known person is not from and never held a post in.

    Such a title belongs to someone else, whom the sentence does not name next to it: "وصف ترامب زعيم كوريا
    الشمالية بالرجل الصاروخي" (Trump described North Korea's leader), "هل خدع زعيم كوريا الشمالية ترامب".
    """
    if of is None or kinds.get(of) != "Country":
        return False
    entry = language.entries.get(person)
    if entry is None or entry.type != "Person" or entry.country is None:
        return False
    return of != entry.country and all(post.of != of for post in entry.posts)


def run(analysis: Analysis, language: Language) -> Analysis:
    """Turn the titles the grammar read into posts of resolved entities, one per (person, role, of)."""
    findings = analysis.findings
    resolved = analysis.mention_entities
    folded = analysis.folded
    doc = analysis.doc
    if not findings.posts:
        return replace(analysis, doc=replace_doc(doc, posts=()), posts_done=True)  # (no titles: no posts)
    known = {e.key for e in doc.entities}
    kinds = {e.key: e.kind for e in doc.entities}
    # the countries in force along the text, looked up only for a national post written without its country
    countries: _CountryLookup | None = None
    home = _home_country(analysis, language, known)
    # (person, role, of) -> the text of its first evidence, and all its evidence
    role_texts: dict[tuple[str, str, str | None], str] = {}
    evidences: dict[tuple[str, str, str | None], set] = {}
    for raw in findings.posts:
        if not raw.role:
            continue  # a title without a role of the contract ("deputy minister"): its holder, but no post
        person = resolved[raw.person]
        of = resolved[raw.of] if raw.of is not None else None
        if of is None and raw.anaphoric and raw.role not in NATIONAL_ROLES:
            of = _named_before(analysis, kinds, raw.start)
        if of is None and raw.role in NATIONAL_ROLES:
            of = _known_post(language, person, raw.role, known, doc.published)
        guessed = False
        if of is None and raw.role in NATIONAL_ROLES and not raw.counterpart:
            if countries is None:
                context = _country_context(analysis, kinds)
                countries = _CountryLookup(analysis)
                positions = [position for position, _ in context]
            of = countries.named_before(raw.start) or home
            if of is None:
                before = bisect_right(positions, raw.start) - 1
                of = context[before][1] if before >= 0 else None
            guessed = of is not None
        if person not in known or (of is not None and of not in known):
            continue
        if _foreign_post(language, person, of, kinds):
            if not guessed:
                continue
            # the country in force there is not the known holder's own: the title, written without one, is his
            # own country's ("الأمير فيصل بن فرحان وزير الخارجية" after a call with Egypt's president)
            of = _own_country(language, person, known)
        start, end = folded.to_original(raw.start, raw.end)
        evidence = doc.span(start, end)
        key = (person, raw.role, of)
        if key not in role_texts:
            role_texts[key] = evidence.text
            evidences[key] = {evidence}
        else:
            evidences[key].add(evidence)
    posts = {key: Post(*key, tuple(sorted(evidences[key], key=SPAN_ORDER)), role_text=role_text)
             for key, role_text in role_texts.items()}
    # a post without its country or organization adds nothing when the same person and role has one; nor does
    # a minister's bare title ("الوزير لودريان") when the same person holds a portfolio there, or with no country
    complete = {(p.person, p.role) for p in posts.values() if p.of is not None}
    portfolios = {(p.person, of) for p in posts.values() if p.role.startswith(PORTFOLIO) for of in (p.of, None)}
    kept = tuple(p for p in posts.values()
                 if (p.of is not None or (p.person, p.role) not in complete)
                 and not (p.role == MINISTER and (p.person, p.of) in portfolios))
    kept = tuple(sorted(kept, key=lambda p: (p.evidence[0].start, p.person, p.role)))
    return replace(analysis, doc=replace_doc(doc, posts=kept), posts_done=True)


STAGE = Stage("posts", requires=("mention_entities",), produces=("posts_done",), run=run)

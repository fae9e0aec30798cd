"""Stage ``entities``: resolve mentions into one entity per real-world referent, within the article.

Coreference rules (language-neutral, over folded names):
  * a known entity is its gazetteer id, however the article spells it;
  * an unknown person named by a tail of a fuller name ("باشينيان" after "نيكول باشينيان") is that person,
    unless the tail follows a name connector (بن, آل: "سلمان" in "محمد بن سلمان" is someone else);
  * surnames and full names of the article's people are searched again, to find the mentions that no
    title introduced ("أعلن الكرملين أن بوتين وباشينيان …");
  * an institution named without its country ("مجلس الأمن") is the one named with it in the same article
    ("مجلس الأمن الروسي").
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from operator import attrgetter

from .findings import SOLE_HOLDER_ROLES, RawMention
from .lang import Language
from .matcher import PhraseMatcher
from .model import Entity, Mention, Span, replace_doc
from .pipeline import SPAN_ORDER, Analysis, Stage, replace
from .text import forms_of_one_name

NEW = "new:"
_REF = attrgetter("ref")
_CONNECTORS = frozenset({"بن", "بنت", "ابن", "ال", "ابو", "عبد", "ولد"})


def name_of(ref: str) -> str:
    """The folded name inside a ``new:Kind:name`` reference."""
    return ref.split(":", 2)[2] if ref.startswith(NEW) else ref


def _same_person(short: list[str], full: list[str], given_names: frozenset[str]) -> bool:
    """Whether name ``short`` is another way of writing the fuller name ``full`` (both folded words).

    A tail ("باشينيان" of "نيكول باشينيان") or a head of three or more words ("محمد بن زايد" of
    "محمد بن زايد آل نهيان"); a tail that follows a connector is a father's name, not a surname
    ("سلمان" in "محمد بن سلمان"). Two names of two words that share a distinctive surname are one person
    written two ways ("ايسايس افورقي" / "اسياس افورقي"), unless both given names are known ones and not forms of
    one name (``forms_of_one_name``).
    """
    if short == full:
        return True
    if len(full) > len(short):
        tail = full[len(full) - len(short):]
        if tail == short and full[len(full) - len(short) - 1] not in _CONNECTORS:
            return True
        if len(short) >= 3 and full[:len(short)] == short:
            return True
    if len(short) == len(full) == 2 and short[1] == full[1] and short[1] not in given_names \
            and len(short[1]) >= 4 and not _CONNECTORS & set(short + full) \
            and not (short[0] in given_names and full[0] in given_names and not forms_of_one_name(short[0], full[0])):
        return True  # (two given names the lists know are two people: "جون سوليفان" is not جيك سوليفان)
    return False


def _with_the_article(name: list[str], other: list[str]) -> bool:
    """``other`` is ``name`` with the article on its last word, a family name written both ways in one article
    ("سمير مبيضين" / "سمير المبيضين")."""
    return len(name) == len(other) > 1 and name[:-1] == other[:-1] and other[-1] == "ال" + name[-1]


def _merge_people(refs: set[str], known_people: dict[str, list[str]], given_names: frozenset[str]) -> dict[str, str]:
    """Unknown person reference -> the fuller reference it abbreviates (or a known person's id).

    Names are compared only with names that share their first or last word, which is all that
    ``_same_person`` can accept, so long texts with many people stay fast.
    """
    target: dict[str, str] = {}
    known_by_word: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for entity_id, names in sorted(known_people.items()):
        for name in names:
            words = name.split()
            if words:
                for word in {words[0], words[-1]}:
                    known_by_word[word].append((entity_id, words))
    new = sorted((r for r in refs if r.startswith("new:Person:")), key=lambda r: (-len(name_of(r).split()), r))
    new_by_word: dict[str, list[str]] = defaultdict(list)
    for ref in new:
        words = name_of(ref).split()
        for word in {words[0], words[-1]} if words else ():
            new_by_word[word].append(ref)
    for ref in new:
        words = name_of(ref).split()
        if not words:
            continue
        candidates = known_by_word.get(words[0], []) + known_by_word.get(words[-1], [])
        for entity_id, name_words in sorted(candidates, key=lambda c: c[0]):
            if _same_person(words, name_words, given_names):
                target[ref] = entity_id
                break
        if ref in target:
            continue
        for other in dict.fromkeys(new_by_word.get(words[0], []) + new_by_word.get(words[-1], [])):
            other_words = name_of(other).split()
            if other != ref and (len(other_words) > len(words) and _same_person(words, other_words, given_names)
                                 or _with_the_article(words, other_words)):
                target[ref] = target.get(other, other)
                break
        if ref in target or len(words) != 1:
            continue
        # "الزعيم كيم", "الرئيس شي": one word after a title, the first of one person's fuller name in the article
        # (a family name that comes first); with two such people ("كيم جونغ أون", "كيم يو جونغ") it is neither
        fuller = {entity_id for entity_id, name_words in known_by_word.get(words[0], ())
                  if len(name_words) > 1 and name_words[0] == words[0]}
        fuller.update(target.get(other, other) for other in new_by_word.get(words[0], ())
                      if name_of(other).split()[0] == words[0] and " " in name_of(other))
        if len(fuller) == 1:
            target[ref] = fuller.pop()
    return target


def _surnames_of_other_bearers(mentions: list[RawMention], target: dict[str, str], text: str,
                               fold_name: Callable[[str], str]) -> dict[str, str]:
    """A known person named by one word only, his surname, in an article that names in full one other person of
    that surname and never him ("أحمد خاتمي … وقال خاتمي", not Mohammad Khatami) -> that other person."""
    said: dict[str, set[str]] = defaultdict(set)  # known person -> the folded names he is mentioned by
    for mention in mentions:
        if mention.kind == "Person" and not mention.ref.startswith(NEW):
            said[mention.ref].add(fold_name(text[mention.start:mention.end]))
    others: dict[str, set[str]] = defaultdict(set)  # surname -> the unknown people of several words it ends
    for mention in mentions:
        if mention.kind == "Person" and mention.ref.startswith(NEW) and mention.ref not in target:
            words = name_of(mention.ref).split()
            if len(words) > 1:
                others[fold_name(words[-1])].add(mention.ref)
    found: dict[str, str] = {}
    for person, names in said.items():
        if len(names) != 1:
            continue
        name = next(iter(names))
        bearers = others.get(name, set()) if " " not in name else set()
        if len(bearers) == 1:
            found[person] = next(iter(bearers))
    return found


def _merge_institutions(mentions: list[RawMention], text: str) -> dict[str, str]:
    """An institution named without its country ("مجلس الأمن") -> the same one named in full in the article."""
    fuller: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for m in mentions:
        if m.kind == "Organization":
            surface = text[m.start:m.end]
            fuller[surface.split(" ", 1)[0]].append((surface, m.ref))
    target: dict[str, str] = {}
    for mention in mentions:
        if not mention.ref.startswith("new:Organization:") or mention.country or mention.ref in target:
            continue
        name = text[mention.start:mention.end]
        for surface, ref in fuller.get(name.split(" ", 1)[0], ()):
            if ref != mention.ref and surface.startswith(name + " "):
                target[mention.ref] = ref
                break
    return target


def _merge_abbreviations(mentions: list[RawMention], text: str, language: Language) -> dict[str, str]:
    """An unknown organization followed by a known one's short name in parentheses -> the known one.

    "وكالة الأنباء الإماراتية (وام)", "the Emirates News Agency (WAM)": the name in full is a spelling the
    lexicon lacks, the abbreviation says who it is, and a word the two full names share confirms it (a
    parenthesis can also hold a dateline's agency).
    """
    known_at = {m.start: m for m in mentions if m.kind == "Organization" and not m.ref.startswith(NEW)}
    target: dict[str, str] = {}
    if not known_at:
        return target
    for mention in mentions:
        if mention.kind != "Organization" or not mention.ref.startswith(NEW) or mention.ref in target:
            continue
        opening = _after_spaces(text, mention.end)
        if not text.startswith("(", opening):
            continue
        known = known_at.get(_after_spaces(text, opening + 1))
        if known is None or not text.startswith(")", _after_spaces(text, known.end)):
            continue
        words = {word for word in text[mention.start:mention.end].split() if len(word) >= 3}
        entry = language.entries.get(known.ref)
        if entry and any(words.intersection(language.fold_name(name).split()) for name in entry.names):
            target[mention.ref] = known.ref
    return target


def _after_spaces(text: str, index: int) -> int:
    """Where the spaces from ``index`` on end."""
    while index < len(text) and text[index] == " ":
        index += 1
    return index


def run(analysis: Analysis, language: Language) -> Analysis:
    """Resolve the raw mentions into entities and offsets into the original text."""
    findings = analysis.findings
    folded = analysis.folded
    doc = analysis.doc
    raw = list(findings.mentions)
    entries = language.entries

    known_people: dict[str, list[str]] = defaultdict(list)
    for mention in raw:
        if mention.kind == "Person" and not mention.ref.startswith(NEW):
            known_people[mention.ref].append(language.fold_name(folded.folded[mention.start:mention.end]))
            entry = entries.get(mention.ref)
            if entry:
                known_people[mention.ref].extend(language.fold_name(n) for n in entry.names)
    target = _merge_people({m.ref for m in raw}, known_people, language.given_names)
    # an unknown name that is a known foreign person's in another spelling ("جون بولتن", John Bolton) is his, and
    # so is what _merge_people took for the same name (his surname alone)
    for ref in {m.ref for m in raw if m.kind == "Person" and m.ref.startswith(NEW)}:
        known = language.respelled(name_of(ref))
        if known is not None:
            target[ref] = known
    target.update(_surnames_of_other_bearers(raw, target, folded.folded, language.fold_name))
    target.update(_merge_institutions(raw, folded.folded))
    target.update(_merge_abbreviations(raw, folded.folded, language))

    def resolve(ref: str) -> str:
        seen = set()
        while ref in target and ref not in seen:
            seen.add(ref)
            ref = target[ref]
        return ref

    # (most references are their own entity: only the ones merged into another are followed)
    resolved = [resolve(ref) if ref in target else ref for ref in map(_REF, raw)]
    raw, resolved = _find_again(raw, resolved, folded.folded, language)
    raw, resolved = _titles_as_people(findings, raw, resolved)

    mentions: list[Mention] = []
    order: list[tuple[int, int, str]] = []  # each mention's place in the Doc: (start, end, entity)
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    to_original = folded.to_original
    text = doc.text
    for mention, key in zip(raw, resolved):
        start, end = to_original(mention.start, mention.end)
        resolved_mention = Mention(Span(start, end, text[start:end]), mention.kind, key, mention.how,
                                   mention.adjective)
        mentions.append(resolved_mention)
        order.append((start, end, key))
        by_entity[key].append(resolved_mention)

    entities = []
    written = language.written_name  # (a name read behind a clitic is labelled as written on its own)
    for key, its_mentions in by_entity.items():
        entry = entries.get(key)
        kind = entry.type if entry else its_mentions[0].kind
        spans = [m.span for m in its_mentions]
        # (a title standing for the person, "السفير الروسي", names his post: it comes after his names)
        proper = [written(text, m.span.start, m.span.end) for m in its_mentions
                  if not m.is_adjective and m.how != "title-reference"]
        names = _ordered_names(proper, language, None if entry else name_of(key))
        if not names and entry and entry.names:
            names = [min(entry.names, key=len)]
        if len(proper) < len(spans):
            others = [written(text, m.span.start, m.span.end) for m in its_mentions
                      if m.is_adjective or m.how == "title-reference"]
            names += [a for a in dict.fromkeys(map(_clean, dict.fromkeys(others))) if a and a not in names]
        # a hashtag spelling (مجلس_النواب) is kept as written too, so each mention matches a label
        if "_" in "".join(proper):
            names += [n for n in dict.fromkeys(proper) if "_" in n and n not in names]
        if not names:
            continue
        entities.append(Entity(
            key=key, kind=kind, names=tuple(names), label_en=entry.en if entry else None,
            wikidata=entry.wikidata if entry else None, subtype=entry.subtype if entry else None,
            mentions=_distinct_spans(spans),
            preferred_name=entry.names[0] if entry and entry.names else None))
    entities.sort(key=lambda e: (e.mentions[0].start if e.mentions else 0, e.key))
    # mentions.sort(key=lambda m: (m.span.start, m.span.end, m.entity)), with the keys made as the mentions were
    # (a stable sort of the positions by their keys, in C)
    mentions = [mentions[i] for i in sorted(range(len(order)), key=order.__getitem__)]
    new_doc = replace_doc(doc, mentions=tuple(mentions), entities=tuple(entities))
    return replace(analysis, doc=new_doc, mention_entities=tuple(resolved[:len(findings.mentions)]),
                   entities_done=True)


def _distinct_spans(spans: list[Span]) -> tuple[Span, ...]:
    """``tuple(sorted(set(spans), key=SPAN_ORDER))``, without calling Span's __hash__ (Python code) per span:
    the spans by their (start, end, text), the first of equal ones kept as a set keeps it, in key order."""
    if len(spans) == 1:
        return (spans[0],)  # (most entities are mentioned once)
    backwards = spans[::-1]  # (a dict keeps the last value given for a key: the first span, going backwards)
    by_key = dict(zip(map(SPAN_ORDER, backwards), backwards))
    return tuple(map(by_key.__getitem__, sorted(by_key)))


def _clean(name: str) -> str:
    """A surface name as a label: hashtag marks, underscores, invisible marks (the bidirectional controls and
    zero-width characters some outlets leave in their text) and the tatweel between letters out, white space
    single."""
    name = name.replace("#", "").replace("_", " ").translate(_INVISIBLE)
    if "\u0640" in name:
        name = _STRETCH.sub("", name)
    return " ".join(name.split())


#: the format characters that show nothing in a label: left-to-right and right-to-left marks, embeddings,
#: overrides and isolates, the Arabic letter mark, zero-width spaces and joiners, the byte order mark, the soft hyphen
_INVISIBLE = dict.fromkeys([0x00AD, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A), 0xFEFF])
#: the tatweel between two Arabic letters, which only stretches them (أوليـغ، المملكـــة); before a number or a
#: Latin word it joins the article to it (الـ28، الـCIA) and stays
_STRETCH = re.compile(r"(?<=[\u0621-\u064a\u066e-\u06d3])\u0640+(?=[\u0621-\u064a\u066e-\u06d3])")


def _ordered_names(names: list[str], language: Language, key_name: str | None = None) -> list[str]:
    """Distinct surface names, the fullest first (by word count, then first appearance).

    Among names of as many words, the one that folds to ``key_name`` (the folded name an unknown entity's key
    was made from) comes first: "القوات المسلحة" before "قوات المسلحة" written as "للقوات المسلحة".
    """
    # (a name said again is cleaned once: cleaning the distinct names keeps their order of first appearance)
    distinct = [n for n in dict.fromkeys(map(_clean, dict.fromkeys(names))) if n]
    if len(distinct) < 2:
        return distinct  # (most entities go by one name: nothing to order)
    if key_name is None:
        return sorted(distinct, key=lambda n: -len(n.split()))
    return sorted(distinct, key=lambda n: (-len(n.split()), language.fold(n).folded != key_name))


def _find_again(raw: list[RawMention], resolved: list[str], text: str, language: Language):
    """Search the article for its people's full names and surnames where no rule found them."""
    phrases: list[tuple[str, tuple[str, str]]] = []
    for mention, key in zip(raw, resolved):
        if mention.kind != "Person":
            continue
        words = text[mention.start:mention.end].split()
        if len(words) > 1 or language.is_name_word(words[0]):
            # (a one-word name that is also a word, علي like على, would be found as that word)
            phrases.append((" ".join(words), (key, "full")))
        if len(words) > 1 and words[-2] not in _CONNECTORS and language.is_name_word(words[-1]):
            phrases.append((words[-1], (key, "surname")))
    if not phrases:
        return raw, resolved
    # (a person named several times gives the same phrases again: only which people a phrase names matters)
    matcher = PhraseMatcher(dict.fromkeys(phrases), ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"))
    covered = bytearray(len(text))
    for mention in raw:
        covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    raw, resolved = list(raw), list(resolved)
    for hit in matcher.find(text):
        if any(covered[hit.start:hit.end]):
            continue
        if hit.prefix_length and not language.is_name_word(text[hit.word_start:hit.end]):
            continue  # "بشأن" folds to ب + شان: a word of the language, not a clitic before the surname شان
        keys = {payload[0] for payload in hit.payloads}
        if len(keys) != 1:
            continue  # two people share this surname: leave it unresolved
        key = keys.pop()
        raw.append(RawMention(hit.start, hit.end, "Person", key, "coref"))
        resolved.append(key)
        covered[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    return raw, resolved


def _titles_as_people(findings, raw: list[RawMention], resolved: list[str]):
    """A title without a name ("الرئيس الصيني") refers to the one person the article gives that post; a
    monarch's or crown prince's title without its country ("الملك", "ولي العهد"), to the one person the article
    gives that role in any country."""
    holders: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for post in findings.posts:
        if post.of is not None:
            holders[(post.role, resolved[post.of])].add(resolved[post.person])
        if post.role in SOLE_HOLDER_ROLES:
            holders[(post.role, None)].add(resolved[post.person])
    raw, resolved = list(raw), list(resolved)
    for reference in findings.title_references:
        if reference.of is None and reference.role not in SOLE_HOLDER_ROLES:
            continue
        people = holders.get((reference.role, resolved[reference.of] if reference.of is not None else None), set())
        if len(people) == 1:
            person = next(iter(people))
            raw.append(RawMention(reference.start, reference.end, "Person", person, "title-reference"))
            resolved.append(person)
    return raw, resolved


STAGE = Stage("entities", requires=("findings",), produces=("mention_entities", "entities_done"), run=run)

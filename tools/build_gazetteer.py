#!/usr/bin/env python3
"""Build graphbuild's language resources (gazetteers and Arabic month names) from CLDR, pycountry and
the hand-curated files under ``graphbuild/data/sources/``.

    .venv/bin/python tools/build_gazetteer.py            # write the files
    .venv/bin/python tools/build_gazetteer.py --check    # exit 1 if a written file is out of date

Output (deterministic: sorted lines, sorted keys, ``ensure_ascii=False``, one JSON object per line):
    graphbuild/data/gazetteer/{countries,places,organizations,agencies,people}.jsonl
    graphbuild/data/ar/months.tsv

Inputs:
    CLDR through Babel        Arabic and English territory names, macro-regions, language names (feminine
                              adjectives such as الروسية), month and weekday names of every ``ar_*`` locale
    pycountry (iso-codes)     Arabic common and official country names (shadda and tashkeel stripped)
    sources/countries.tsv     codes, types, Wikidata ids, demonym stems, CLDR language codes per country
    sources/country_extra.tsv extra names, demonyms, abbreviations and names to drop, per country
    sources/countries_*.tsv   former states (Soviet Union ...)
    sources/places_*.tsv      capitals, cities, regions, waterways
    sources/organizations_*.tsv, sources/agencies.tsv, sources/people_*.tsv
    sources/months_extra.tsv  Islamic month names (Babel ships no Islamic calendar data), regional spellings
    graphbuild.lang.ar.fold   to leave out a demonym's accusative that reads as a name (روسيا), so the package
                              must be installed (scripts/setup.sh does it)
"""
from __future__ import annotations

import csv
import functools
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "graphbuild" / "data"
SOURCES = DATA / "sources"
GAZETTEER = DATA / "gazetteer"

TYPES = ("Person", "Organization", "Country", "Place")
SUBTYPES = ("City", "Capital", "Region", "Territory", "NewsAgency", "NewsOutlet", "InternationalOrganization",
            "GovernmentBody", "Party", "ArmedGroup", "Company", "NGO")
ROLES = ("President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister",
         "Minister of Foreign Affairs", "Minister of Defence", "Minister of Interior", "Minister of Finance",
         "Minister of Economy", "Minister of Justice", "Minister of Health", "Minister of Energy", "Chair",
         "Deputy Chair", "Speaker", "Secretary", "Secretary-General", "Director", "Head", "Spokesperson",
         "Ambassador", "Envoy", "King", "Queen", "Emir", "Crown Prince", "Sultan", "Governor", "Mayor",
         "Commander", "Chief of Staff", "Member", "Leader", "Editor-in-Chief", "Advisor")
QID = re.compile(r"^Q[1-9][0-9]*$")
KEY = re.compile(r"^(?:[A-Z]{2}|(?:place|org|person|country)/[a-z0-9][a-z0-9-]*)$")

# Arabic diacritics: tashkeel U+064B..U+0652, U+0653..U+065F, superscript alef U+0670, tatweel U+0640.
_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_SPACES = re.compile(r"\s+")
_WAW = re.compile(r"(?:(?<=\s)|^)و\s+")      # "البوسنة و الهرسك" -> "البوسنة والهرسك"
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


def strip_tashkeel(text: str) -> str:
    return _TASHKEEL.sub("", text)


def clean_ar(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200c", " ").replace("\u200f", "").replace("\u200e", "")
    text = strip_tashkeel(text)
    text = _SPACES.sub(" ", text).strip()
    return _WAW.sub("و", text)


def uniq(items):
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


_ABD_SPACED = re.compile(r"(?:(?<=\s)|^)عبد\s+(?=\S)")
_ABD_JOINED = re.compile(r"(?:(?<=\s)|^)عبد(?=ال\S|رب)")


def with_abd_variants(names: list[str]) -> list[str]:
    """Both spellings of compound names with عبد: "عبد الله" / "عبدالله", "عبد ربه" / "عبدربه"."""
    out = []
    for name in names:
        out += [name, _ABD_SPACED.sub("عبد", name), _ABD_JOINED.sub("عبد ", name)]
    return uniq(out)


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def variants_of_ar_source_name(name: str) -> list[str]:
    """A CLDR/pycountry name, cleaned. "X (Y)" gives X; "X، Y" gives Y when Y repeats X (pycountry's
    "كوريا، جمهورية كوريا" -> "جمهورية كوريا"), else X ("تايوان، محافظة صينية" -> "تايوان")."""
    name = _PAREN.sub(" ", clean_ar(name)).strip()
    parts = [p.strip() for p in re.split("[،,]", name) if p.strip()]
    if len(parts) > 1:
        name = parts[-1] if parts[0] in parts[-1] else parts[0]
    name = clean_ar(name)
    return [name] if _ARABIC_LETTER.search(name) and not _LATIN.search(name) else []


# --------------------------------------------------------------------------------------------------------
# demonyms


_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")


def inflect_demonym(base: str) -> list[str]:
    """All forms of a nisba adjective given as masculine singular without ال (each word of a multi-word
    adjective such as "كوري جنوبي" is inflected alike): m./f., sg./dual/pl., with and without ال."""
    base = clean_ar(base)
    words = base.split()
    if not all(w.endswith("ي") for w in words):
        return uniq([base, *(("ال" + base) if not base.startswith("ال") else base,)])
    out = []
    for article in ("", "ال"):
        for suffix in _SUFFIXES:
            out.append(" ".join(article + w + suffix for w in words))
    return uniq(out)


def masculine_from_feminine(adjective: str) -> str | None:
    """الروسية -> روسي (CLDR gives feminine adjectives through the Arabic names of languages)."""
    adjective = clean_ar(adjective)
    if " " in adjective or not adjective.endswith("ية"):
        return None
    if adjective.startswith("ال"):
        adjective = adjective[2:]
    return adjective[:-1]


# --------------------------------------------------------------------------------------------------------
# reading the curated sources


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV with '#' comment lines before the header."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise ValueError(f"{path.name}: row {number} has too many columns: {row[None]}")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def parse_posts(value: str, where: str) -> list[dict]:
    """"President@RU:2012-;Prime Minister@RU:2008-2012;Advisor" -> post dicts with unresolved refs."""
    posts = []
    for part in [p.strip() for p in value.split(";") if p.strip()]:
        m = re.fullmatch(r"([A-Za-z -]+?)(?:@([A-Za-z0-9/-]+))?(?::(\d{4})?-?(\d{4})?)?", part)
        if not m:
            raise ValueError(f"{where}: bad post {part!r}")
        role, of, start, end = m.groups()
        if role not in ROLES:
            raise ValueError(f"{where}: unknown role {role!r}")
        posts.append({"role": role, "of": of, "from": start, "to": end})
    return posts


def new_entity(key: str, type_: str) -> dict:
    return {"key": key, "type": type_, "subtype": None, "en": None, "wikidata": None, "iso": None,
            "names": {"ar": [], "en": []}, "demonyms": {"ar": [], "en": []}, "capital": None, "country": None,
            "abbr": {"ar": [], "en": []}, "short": {"ar": []}, "posts": []}


def merge_row(entities: dict[str, dict], row: dict[str, str], default_type: str, where: str) -> None:
    key = row["key"]
    if not KEY.match(key):
        raise ValueError(f"{where}: bad key {key!r}")
    ent = entities.setdefault(key, new_entity(key, row.get("type") or default_type))
    if row.get("type"):
        ent["type"] = row["type"]
    for field in ("subtype", "en", "wikidata", "country"):
        if row.get(field):
            if ent[field] and ent[field] != row[field] and field != "subtype":
                raise ValueError(f"{where}: {key} {field} {ent[field]!r} != {row[field]!r}")
            ent[field] = row[field]
    ent["names"]["ar"] += [clean_ar(n) for n in split_list(row.get("ar", ""))]
    ent["names"]["en"] += [row["en"]] if row.get("en") else []
    ent["names"]["en"] += split_list(row.get("en_alt", ""))
    ent["abbr"]["ar"] += [clean_ar(n) for n in split_list(row.get("abbr_ar", ""))]
    ent["abbr"]["en"] += split_list(row.get("abbr_en", ""))
    for base in split_list(row.get("demonym_ar", "")):
        ent["demonyms"]["ar"] += inflect_demonym(base)
    ent["demonyms"]["ar"] += [clean_ar(n) for n in split_list(row.get("demonym_ar_forms", ""))]
    ent["demonyms"]["en"] += split_list(row.get("demonym_en", ""))
    ent["short"]["ar"] += [clean_ar(n) for n in split_list(row.get("short", ""))]
    ent["posts"] += parse_posts(row.get("posts", ""), f"{where} {key}")


# --------------------------------------------------------------------------------------------------------
# CLDR and pycountry


def cldr_ar_locales() -> list[str]:
    from babel.localedata import locale_identifiers
    return sorted(loc for loc in locale_identifiers() if loc == "ar" or loc.startswith("ar_"))


@functools.lru_cache(maxsize=None)
def cldr_territory_names() -> tuple[dict[str, list[str]], dict[str, str]]:
    from babel import Locale
    ar: dict[str, list[str]] = {}
    for loc in cldr_ar_locales():
        for code, name in Locale.parse(loc).territories.items():
            ar.setdefault(code, [])
            ar[code] = uniq(ar[code] + variants_of_ar_source_name(name))
    en = dict(Locale("en").territories.items())
    return ar, en


def pycountry_names() -> dict[str, dict[str, list[str]]]:
    import pycountry
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:                                     # pragma: no cover - iso-codes without Arabic
        tr = gettext.NullTranslations()
    out = {}
    for c in pycountry.countries:
        en = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        en = [n for n in en if n and "," not in n]
        ar = []
        for n in (c.name, getattr(c, "official_name", None)):
            if n:
                translated = tr.gettext(n)
                if translated != n:
                    ar += variants_of_ar_source_name(translated)
        out[c.alpha_2] = {"ar": uniq(ar), "en": uniq(en)}
    return out


def cldr_language_adjective(code: str) -> str | None:
    from babel import Locale
    return Locale("ar").languages.get(code)


# --------------------------------------------------------------------------------------------------------
# building


def build_countries(entities: dict[str, dict]) -> dict[str, str]:
    """Add every CLDR territory (sovereign states as Country, dependencies as Place). Returns ISO -> key."""
    cldr_ar, cldr_en = cldr_territory_names()
    pyc = pycountry_names()
    extra: dict[str, dict[str, list[str]]] = {}
    for row in read_tsv(SOURCES / "country_extra.tsv"):
        extra.setdefault(row["iso"], {}).setdefault(row["field"], [])
        extra[row["iso"]][row["field"]] += split_list(row["values"])
    iso_keys = {}
    for row in read_tsv(SOURCES / "countries.tsv"):
        iso = row["iso"]
        if iso not in cldr_en:
            raise ValueError(f"countries.tsv: {iso} is not a CLDR territory")
        x = extra.get(iso, {})
        key = iso
        ent = new_entity(key, row["type"])
        ent["iso"] = iso
        ent["slug"] = ("country/" if row["type"] == "Country" else "place/") + _slug(row["en"])
        ent["wikidata"] = row["wikidata"] or None
        ent["en"] = row["en"]
        if row["type"] == "Place":
            ent["subtype"] = (x.get("subtype") or ["Territory"])[0]
            ent["country"] = row["sovereign"] or None
        drop = {clean_ar(n) for n in x.get("ar_drop", [])}
        curated = [clean_ar(n) for n in x.get("ar", [])]
        source_names = [n for n in cldr_ar.get(iso, []) + pyc.get(iso, {}).get("ar", []) if n not in drop]
        ent["names"]["ar"] = uniq([clean_ar(n) for n in x.get("ar_first", [])] + source_names[:1] + curated + source_names[1:])
        ent["names"]["en"] = uniq([row["en"], cldr_en[iso], *pyc.get(iso, {}).get("en", []), *x.get("en", [])])
        bases = split_list(row["demonym_ar"])
        for code in [c for c in row["lang"].split(",") if c]:
            adjective = cldr_language_adjective(code)
            masculine = masculine_from_feminine(adjective) if adjective else None
            if not masculine:
                raise ValueError(f"countries.tsv: {iso}: CLDR language {code!r} gives no adjective ({adjective!r})")
            bases.append(masculine)
        dem = []
        for base in uniq(bases):
            dem += inflect_demonym(base)
        for plural in x.get("demonym_ar_plural", []):
            plural = clean_ar(plural)
            dem += [plural, "ال" + plural]
        dem += [clean_ar(n) for n in x.get("demonym_ar", [])]
        dropped = {form for n in x.get("demonym_ar_drop", []) for form in inflect_demonym(n)}
        ent["demonyms"]["ar"] = uniq(d for d in dem if d not in dropped)
        ent["demonyms"]["en"] = split_list(row["demonym_en"])
        ent["abbr"]["ar"] = [clean_ar(n) for n in x.get("abbr_ar", [])]
        ent["abbr"]["en"] = x.get("abbr_en", [])
        entities[key] = ent
        iso_keys[iso] = key
    unknown = set(extra) - set(iso_keys)
    if unknown:
        raise ValueError(f"country_extra.tsv: unknown codes {sorted(unknown)}")
    return iso_keys


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def build_regions(entities: dict[str, dict]) -> None:
    """CLDR macro-regions (numeric codes) as Place/Region; the world (001) is left out: "العالم" is a word."""
    cldr_ar, cldr_en = cldr_territory_names()
    for code in sorted(cldr_en):
        if not code.isdigit() or code == "001":
            continue
        key = "place/" + _slug(cldr_en[code])
        ent = entities.setdefault(key, new_entity(key, "Place"))
        ent["subtype"] = "Region"
        ent["en"] = ent["en"] or cldr_en[code]
        ent["names"]["ar"] = uniq(cldr_ar.get(code, []) + ent["names"]["ar"])
        ent["names"]["en"] = uniq([cldr_en[code]] + ent["names"]["en"])


def read_entity_sources(entities: dict[str, dict], pattern: str, default_type: str, group: str,
                        groups: dict[str, str]) -> None:
    for path in sorted(SOURCES.glob(pattern)):
        for number, row in enumerate(read_tsv(path), start=1):
            merge_row(entities, row, default_type, f"{path.name}:{number}")
            groups.setdefault(row["key"], group)


def resolve(entities: dict[str, dict], ref: str | None, where: str) -> str | None:
    if not ref:
        return None
    if ref not in entities:
        raise ValueError(f"{where}: unknown reference {ref!r}")
    ent = entities[ref]
    return ent["wikidata"] or ent.get("slug") or ent["key"]


def add_accusative_demonyms(entities: dict[str, dict]) -> None:
    """Add the indefinite accusative of each masculine singular demonym ("وفدا مصريا", "كوري جنوبي" ->
    "كوريا جنوبيا"), except where it reads, folded, as a name of anything ("روسي" -> "روسيا", "إثيوبي" ->
    "إثيوبيا", "تركي" -> "تركيا")."""
    from graphbuild.lang.ar import fold  # (the package's own folding: what its matcher will compare)

    names = {fold(name) for ent in entities.values()
             for name in ent["names"]["ar"] + ent["abbr"]["ar"] + ent["short"]["ar"]}
    for ent in entities.values():
        forms = ent["demonyms"]["ar"]
        accusative = [" ".join(word + "ا" for word in form.split()) for form in forms
                      if not form.startswith("ال") and all(word.endswith("ي") for word in form.split())]
        ent["demonyms"]["ar"] = forms + [form for form in accusative if fold(form) not in names]


#: where, besides the Arab states (graphbuild.lang.ar.ARAB_STATES, where غ in people's names is the letter ghain),
#: places have Arabic names (غلاف غزة، القدس الغربية، الصحراء الغربية)
ARABIC_PLACE_NAMES_TOO = frozenset({"IL", "EH"})
#: the shortest one-word name given a ج spelling (shorter ones, جول for غول, are often words)
HARD_G_MIN_LETTERS = 5


def add_hard_g_spellings(entities: dict[str, dict]) -> None:
    """Egyptian and Sudanese copy writes the hard g of foreign names with ج where the rest of the Arab press
    writes غ (غوتيريش / جوتيريش, أردوغان / أردوجان, بنغلاديش / بنجلاديش): add that spelling to the names of
    the people of other countries than the Arab states, of those countries, and of their places, where it
    names nothing else. (Not of regions that belong to no country: "غرب أفريقيا" is Arabic.)"""
    from graphbuild.lang.ar import ARAB_STATES, fold  # (the package's own folding: what its matcher will compare)

    names = {fold(name) for ent in entities.values()
             for name in ent["names"]["ar"] + ent["abbr"]["ar"] + ent["short"]["ar"]}
    places = ARAB_STATES | ARABIC_PLACE_NAMES_TOO
    arabic_names = {"Person": ARAB_STATES, "Country": places, "Place": places | {None}}
    for ent in entities.values():
        if ent["type"] not in arabic_names or (ent["iso"] or ent["country"]) in arabic_names[ent["type"]]:
            continue
        for field in (ent["names"], ent["short"]):
            spellings = [_hard_g(name) for name in field["ar"] if "غ" in name]
            field["ar"] += [spelling for spelling in uniq(spellings)
                            if (" " in spelling or len(spelling) >= HARD_G_MIN_LETTERS)
                            and fold(spelling) not in names and spelling not in field["ar"]]


def _hard_g(name: str) -> str:
    """``name`` with ج for غ, but in a definite word after its first (an Arabic adjective: "الجزر الصغرى")."""
    words = name.split(" ")
    return " ".join(word if index and word.startswith("ال") else word.replace("غ", "ج")
                    for index, word in enumerate(words))


def finish(entities: dict[str, dict]) -> dict[str, dict]:
    """Resolve keys to ids, set capitals, validate, and return id -> record."""
    capitals: dict[str, str] = {}
    for key, ent in entities.items():
        if ent["subtype"] == "Capital":
            if not ent["country"]:
                raise ValueError(f"{key}: a capital needs a country")
            if ent["country"] in capitals:
                raise ValueError(f"{key}: second capital of {ent['country']} ({capitals[ent['country']]})")
            capitals[ent["country"]] = key
    records: dict[str, dict] = {}
    for key, ent in entities.items():
        where = key
        rec = {
            "id": ent["wikidata"] or ent.get("slug") or key,
            "type": ent["type"],
            "subtype": ent["subtype"],
            "en": ent["en"],
            "wikidata": ent["wikidata"],
            "iso": ent["iso"],
            "names": {"ar": with_abd_variants(ent["names"]["ar"]) if ent["type"] != "Country" else uniq(ent["names"]["ar"]),
                      "en": uniq(ent["names"]["en"])},
            "demonyms": {"ar": uniq(ent["demonyms"]["ar"]), "en": uniq(ent["demonyms"]["en"])},
            "capital": resolve(entities, capitals.get(key), where) if ent["type"] in ("Country", "Place") else None,
            "country": resolve(entities, ent["country"], where),
            "abbr": {"ar": uniq(ent["abbr"]["ar"]), "en": uniq(ent["abbr"]["en"])},
            "short": {"ar": with_abd_variants(ent["short"]["ar"])},
            "posts": [
                {"role": p["role"], "of": resolve(entities, p["of"], where), "from": p["from"], "to": p["to"]}
                for p in ent["posts"]
            ],
        }
        if rec["type"] not in TYPES:
            raise ValueError(f"{key}: bad type {rec['type']!r}")
        if rec["subtype"] is not None and rec["subtype"] not in SUBTYPES:
            raise ValueError(f"{key}: bad subtype {rec['subtype']!r}")
        if rec["wikidata"] is not None and not QID.match(rec["wikidata"]):
            raise ValueError(f"{key}: bad Wikidata id {rec['wikidata']!r}")
        if not rec["en"]:
            raise ValueError(f"{key}: no English name")
        if not rec["names"]["ar"]:
            raise ValueError(f"{key}: no Arabic name")
        for name in rec["names"]["ar"] + rec["demonyms"]["ar"] + rec["abbr"]["ar"] + rec["short"]["ar"]:
            if name != clean_ar(name) or _TASHKEEL.search(name):
                raise ValueError(f"{key}: unclean Arabic {name!r}")
        if rec["id"] in records:
            raise ValueError(f"duplicate id {rec['id']} ({key})")
        records[rec["id"]] = rec
    return records


def dump(records: list[dict]) -> list[str]:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    return sorted(lines)


# --------------------------------------------------------------------------------------------------------
# months


def build_months() -> list[str]:
    from babel import Locale
    rows: set[tuple[str, int, str]] = set()
    for loc in cldr_ar_locales():
        locale = Locale.parse(loc)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    rows.add((clean_ar(name), int(number), "gregorian"))
                for number, name in locale.days[context][width].items():
                    rows.add((clean_ar(name), int(number), "weekday"))
    for row in read_tsv(SOURCES / "months_extra.tsv"):
        for name in split_list(row["names"]):
            rows.add((clean_ar(name), int(row["number"]), row.get("calendar") or "islamic"))
    rows = {r for r in rows if _ARABIC_LETTER.search(r[0])}
    lines = ["name\tmonth_number\tcalendar"]
    lines += [f"{n}\t{m}\t{c}" for n, m, c in sorted(rows, key=lambda r: (r[2], r[1], r[0]))]
    return lines


# --------------------------------------------------------------------------------------------------------


def build() -> dict[str, list[str]]:
    """Every output file (path relative to graphbuild/data) -> its lines, without writing anything."""
    entities: dict[str, dict] = {}
    groups: dict[str, str] = {}
    for iso in build_countries(entities).values():
        groups[iso] = "countries"
    build_regions(entities)
    for key, ent in entities.items():
        groups.setdefault(key, "places")
    read_entity_sources(entities, "countries_*.tsv", "Country", "countries", groups)
    read_entity_sources(entities, "places_*.tsv", "Place", "places", groups)
    read_entity_sources(entities, "organizations_*.tsv", "Organization", "organizations", groups)
    read_entity_sources(entities, "agencies*.tsv", "Organization", "agencies", groups)
    read_entity_sources(entities, "people_*.tsv", "Person", "people", groups)
    add_accusative_demonyms(entities)
    add_hard_g_spellings(entities)
    records = finish(entities)
    by_key = {ent["key"]: (ent["wikidata"] or ent.get("slug") or ent["key"]) for ent in entities.values()}
    files: dict[str, list[dict]] = {g: [] for g in ("countries", "places", "organizations", "agencies", "people")}
    for key, group in groups.items():
        files[group].append(records[by_key[key]])
    out = {f"gazetteer/{g}.jsonl": dump(recs) for g, recs in files.items()}
    out["ar/months.tsv"] = build_months()
    return out


def main(argv: list[str]) -> int:
    out = build()
    stale = []
    for rel, lines in out.items():
        path = DATA / rel
        text = "\n".join(lines) + "\n"
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{rel}: {len(lines)} lines")
    if stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

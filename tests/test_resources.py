"""The language resources under graphbuild/data: generated gazetteers and Arabic month names.

They are built by tools/build_gazetteer.py from CLDR (Babel), pycountry and the curated files in
graphbuild/data/sources/; these tests check that the committed files are current and well-formed.
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "graphbuild" / "data"
GAZETTEER = DATA / "gazetteer"
FILES = ("countries", "places", "organizations", "agencies", "people")

QID = re.compile(r"^Q[1-9][0-9]*$")
SLUG = re.compile(r"^(?:country|place|org|person)/[a-z0-9][a-z0-9-]*$")
TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
TYPES = {"Person", "Organization", "Country", "Place"}
SUBTYPES = {"City", "Capital", "Region", "Territory", "NewsAgency", "NewsOutlet", "InternationalOrganization",
            "GovernmentBody", "Party", "ArmedGroup", "Company", "NGO"}
ROLES = {"President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister",
         "Minister of Foreign Affairs", "Minister of Defence", "Minister of Interior", "Minister of Finance",
         "Minister of Economy", "Minister of Justice", "Minister of Health", "Minister of Energy", "Chair",
         "Deputy Chair", "Speaker", "Secretary", "Secretary-General", "Director", "Head", "Spokesperson",
         "Ambassador", "Envoy", "King", "Queen", "Emir", "Crown Prince", "Sultan", "Governor", "Mayor",
         "Commander", "Chief of Staff", "Member", "Leader", "Editor-in-Chief", "Advisor"}
KEYS = {"id", "type", "subtype", "en", "wikidata", "iso", "names", "demonyms", "capital", "country", "abbr",
        "short", "posts"}


def _load_generator():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built() -> dict[str, list[str]]:
    return _load_generator().build()


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    out = {}
    for name in FILES:
        lines = (GAZETTEER / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        out[name] = [json.loads(line) for line in lines]
    return out


@pytest.fixture(scope="module")
def by_id(records) -> dict[str, dict]:
    return {r["id"]: r for recs in records.values() for r in recs}


def _strings(rec: dict) -> list[str]:
    return (rec["names"]["ar"] + rec["demonyms"]["ar"] + rec["abbr"]["ar"] + rec["short"]["ar"])


# ---------------------------------------------------------------------------------------------------------
# the files are current and deterministic


@pytest.mark.parametrize("rel", [f"gazetteer/{n}.jsonl" for n in FILES] + ["ar/months.tsv"])
def test_generated_file_is_current(built, rel):
    text = (DATA / rel).read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert text.splitlines() == built[rel], f"{rel} is stale: run .venv/bin/python tools/build_gazetteer.py"


def test_generator_is_deterministic(built):
    again = _load_generator().build()
    assert again == built


@pytest.mark.parametrize("name", FILES)
def test_lines_sorted_and_canonical(name):
    lines = (GAZETTEER / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    for line in lines:
        assert line == json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True)


# ---------------------------------------------------------------------------------------------------------
# schema


@pytest.mark.parametrize("name", FILES)
def test_every_line_matches_schema(records, name):
    assert records[name], name
    for rec in records[name]:
        where = f"{name}: {rec.get('id')}"
        assert set(rec) == KEYS, where
        assert rec["type"] in TYPES, where
        assert rec["subtype"] is None or rec["subtype"] in SUBTYPES, where
        assert isinstance(rec["en"], str) and rec["en"], where
        if rec["wikidata"] is not None:
            assert QID.match(rec["wikidata"]), where
            assert rec["id"] == rec["wikidata"], where
        else:
            assert SLUG.match(rec["id"]), where
        assert rec["iso"] is None or re.fullmatch(r"[A-Z]{2}", rec["iso"]), where
        assert set(rec["names"]) == {"ar", "en"} and set(rec["demonyms"]) == {"ar", "en"}, where
        assert set(rec["abbr"]) == {"ar", "en"} and set(rec["short"]) == {"ar"}, where
        assert rec["names"]["ar"], f"{where}: no Arabic name"
        for field in (rec["names"]["ar"], rec["names"]["en"], rec["demonyms"]["ar"], rec["demonyms"]["en"],
                      rec["abbr"]["ar"], rec["abbr"]["en"], rec["short"]["ar"]):
            assert isinstance(field, list) and all(isinstance(s, str) and s for s in field), where
            assert len(field) == len(set(field)), f"{where}: duplicates in {field}"
        for post in rec["posts"]:
            assert set(post) == {"role", "of", "from", "to"}, where
            assert post["role"] in ROLES, where
            for year in (post["from"], post["to"]):
                assert year is None or re.fullmatch(r"(19|20)\d\d", year), where
            if post["from"] and post["to"]:
                assert post["from"] <= post["to"], where


def test_file_types(records):
    assert {r["type"] for r in records["countries"]} == {"Country", "Place"}
    assert {r["type"] for r in records["places"]} == {"Place"}
    assert {r["type"] for r in records["organizations"]} == {"Organization"}
    assert {r["type"] for r in records["agencies"]} == {"Organization"}
    assert {r["subtype"] for r in records["agencies"]} == {"NewsAgency", "NewsOutlet"}
    assert {r["type"] for r in records["people"]} == {"Person"}


def test_ids_unique(records):
    ids = [r["id"] for recs in records.values() for r in recs]
    assert len(ids) == len(set(ids))


def test_wikidata_ids_well_formed_and_unique(records):
    qids = [r["wikidata"] for recs in records.values() for r in recs if r["wikidata"] is not None]
    assert all(QID.match(q) for q in qids)
    assert len(qids) == len(set(qids))


def test_references_resolve(records, by_id):
    for recs in records.values():
        for rec in recs:
            for ref in (rec["capital"], rec["country"]):
                assert ref is None or ref in by_id, f"{rec['id']}: unknown reference {ref}"
            for post in rec["posts"]:
                assert post["of"] is None or post["of"] in by_id, f"{rec['id']}: unknown post target {post['of']}"
                if post["of"]:
                    assert by_id[post["of"]]["type"] in ("Country", "Organization", "Place"), rec["id"]
            if rec["capital"]:
                capital = by_id[rec["capital"]]
                assert capital["subtype"] == "Capital" and capital["country"] == rec["id"], rec["id"]
            if rec["country"]:
                assert by_id[rec["country"]]["type"] in ("Country", "Place"), rec["id"]


def test_arabic_is_clean(records):
    for recs in records.values():
        for rec in recs:
            for s in _strings(rec):
                assert not TASHKEEL.search(s), f"{rec['id']}: tashkeel in {s!r}"
                assert s == s.strip() and "  " not in s and "\u00a0" not in s, f"{rec['id']}: spacing in {s!r}"
                assert not re.search(r"[\u200b-\u200f]", s), f"{rec['id']}: invisible character in {s!r}"


# ---------------------------------------------------------------------------------------------------------
# coverage and real checks


def test_sizes(records):
    assert len(records["countries"]) >= 250
    assert len(records["places"]) >= 400
    assert len(records["organizations"]) >= 150
    assert len(records["agencies"]) >= 60
    assert len(records["people"]) >= 600


def test_russia(by_id):
    ru = by_id["Q159"]
    assert ru["type"] == "Country" and ru["iso"] == "RU" and ru["en"] == "Russia"
    assert "روسيا" in ru["names"]["ar"]
    for form in ("الروسي", "الروسية", "الروس", "الروسيين"):
        assert form in ru["demonyms"]["ar"], form
    assert ru["capital"] == "Q649" and "موسكو" in by_id["Q649"]["names"]["ar"]


def test_armenia_demonym_variants(by_id):
    am = by_id["Q399"]
    assert "أرمينيا" in am["names"]["ar"]
    assert {"الأرميني", "الأرمني", "الأرمنية", "الأرمن"} <= set(am["demonyms"]["ar"])


@pytest.mark.parametrize("qid, iso, name, demonym", [
    ("Q851", "SA", "السعودية", "السعودي"),
    ("Q878", "AE", "الإمارات", "الإماراتي"),
    ("Q79", "EG", "مصر", "المصري"),
    ("Q227", "AZ", "أذربيجان", "الأذربيجاني"),
    ("Q30", "US", "أمريكا", "الأميركي"),
    ("Q889", "AF", "أفغانستان", "الأفغاني"),
    ("Q794", "IR", "إيران", "الإيراني"),
    ("Q219060", "PS", "فلسطين", "الفلسطيني"),
])
def test_key_countries(by_id, qid, iso, name, demonym):
    rec = by_id[qid]
    assert rec["type"] == "Country" and rec["iso"] == iso and rec["wikidata"] == qid
    assert name in rec["names"]["ar"]
    assert demonym in rec["demonyms"]["ar"]


def test_sovereign_states_have_demonyms_and_no_demonym_is_shared(records):
    sovereign = [r for r in records["countries"] if r["type"] == "Country"]
    assert len(sovereign) >= 195
    with_demonyms = [r for r in sovereign if r["demonyms"]["ar"]]
    assert len(with_demonyms) >= len(sovereign) - 20
    owner: dict[str, str] = {}
    for rec in records["countries"]:
        for form in rec["demonyms"]["ar"]:
            assert owner.setdefault(form, rec["id"]) == rec["id"], f"{form} is a demonym of {owner[form]} and {rec['id']}"


def test_macro_regions_are_places_not_countries(by_id, records):
    assert by_id["Q15"]["type"] == "Place" and by_id["Q15"]["subtype"] == "Region"      # Africa
    assert all(r["iso"] is None or not r["iso"].isdigit() for r in records["countries"])
    assert not any("العالم" == n for r in records["places"] for n in r["names"]["ar"])


def test_places(records):
    names = {n: r for r in records["places"] for n in r["names"]["ar"]}
    for name in ("جدة", "دبي", "أبوظبي", "حلب", "الموصل", "بنغازي", "الحديدة", "مكة", "إسطنبول", "سوتشي", "نيويورك",
                 "جنيف", "قره باغ", "قره باج", "القرم", "دونباس", "كشمير", "قطاع غزة", "الضفة الغربية", "الجولان",
                 "سيناء", "كردستان", "دارفور", "إدلب", "الشرق الأوسط", "البحر الأحمر", "بحر قزوين", "مضيق هرمز",
                 "البحر المتوسط", "الخليج العربي", "قناة السويس"):
        assert name in names, name
    assert names["قره باغ"]["subtype"] == "Region" and names["قره باغ"]["country"] is None


def test_organizations(records):
    names = {n: r for r in records["organizations"] for n in r["names"]["ar"] + r["abbr"]["ar"]}
    for name in ("الأمم المتحدة", "مجلس الأمن الدولي", "حلف شمال الأطلسي", "الناتو", "أوبك", "جامعة الدول العربية",
                 "الاتحاد الأوروبي", "الكرملين", "البيت الأبيض", "البنتاغون", "مجلس الدوما", "حماس", "حزب الله",
                 "طالبان", "داعش", "الحوثيون", "أنصار الله", "قوات سوريا الديمقراطية", "أرامكو", "غازبروم"):
        assert name in names, name
    assert "مجلس الأمن" not in names          # Russia, Iraq ... have security councils too
    assert "وزارة الخارجية" not in names
    assert names["الكرملين"]["country"] == "Q159"


def test_demonyms_that_are_other_words_are_left_out(records):
    demonyms = {d: r["en"] for kind in ("countries", "places") for r in records[kind] for d in r["demonyms"]["ar"]}
    # the course of events, dairy, the ancient Romans and Mongols, the Turkmen of Iraq and Syria, rural
    for word in ("مجريات", "المجريات", "الألبان", "الرومان", "المغول", "التركمان", "التركمانية", "الريفية"):
        assert word not in demonyms, word
    for word, state in (("المجري", "Hungary"), ("الألباني", "Albania"), ("الروماني", "Romania"),
                        ("المنغولي", "Mongolia"), ("التركمانستاني", "Turkmenistan")):
        assert demonyms.get(word) == state, word


def test_regional_bodies_agencies_and_missions(records):
    names = {n: r for r in records["organizations"] for n in r["names"]["ar"] + r["abbr"]["ar"]}
    for name in ("مجموعة دول الساحل الخمس", "مجموعة تنمية الجنوب الأفريقي", "جماعة شرق أفريقيا", "منظمة الدول الأمريكية",
                 "ميركوسور", "منظمة التعاون الاقتصادي والتنمية", "الإسكوا", "مؤتمر الأمم المتحدة للتجارة والتنمية",
                 "بعثة الأمم المتحدة في جنوب السودان", "المينورسو", "يوروبول", "محكمة العدل الأوروبية",
                 "بنك الاستثمار الأوروبي", "مجموعة الأزمات الدولية"):
        assert name in names, name
    # a word of the language ("dispatching"), a given name (Irina), a Turkish surname (İpek) and a local council
    for word in ("إيفاد", "إيرينا", "أبيك", "مجلس الشمال", "مجموعة الأزمات"):
        assert word not in names, word


def test_agencies(records):
    recs = records["agencies"]
    assert len(recs) >= 60
    names = {n: r for r in recs for n in r["names"]["ar"] + r["abbr"]["ar"]}
    for name in ("واس", "وام", "قنا", "كونا", "بترا", "سانا", "واج", "سبأ", "أ ش أ", "وفا", "تاس", "وكالة تاس",
                 "ريا نوفوستي", "سبوتنيك", "رويترز", "فرانس برس", "أسوشيتد برس", "الأناضول", "إرنا", "شينخوا",
                 "الجزيرة", "سكاي نيوز عربية", "بي بي سي", "روسيا اليوم", "اليوم السابع", "هسبريس"):
        assert name in names, name
    for word in ("العربية", "البيان", "الحياة", "النهار", "الشرق الأوسط", "الخليج", "الرياض"):   # common words / places
        assert word not in names, word


def test_people(by_id, records):
    putin = by_id["Q7747"]
    assert "بوتين" in putin["short"]["ar"] and "فلاديمير بوتين" in putin["names"]["ar"]
    assert {"role": "President", "of": "Q159", "from": "2012", "to": None} in putin["posts"]
    names = {n: r for r in records["people"] for n in r["names"]["ar"]}
    for name in ("أردوغان", "إردوغان", "نتنياهو", "بشار الأسد", "محمود عباس", "أبو مازن", "عبد الفتاح السيسي",
                 "عبدالفتاح السيسي", "إيمانويل ماكرون", "ايمانويل ماكرون", "دونالد ترامب", "جو بايدن",
                 "سيرغي لافروف", "سيرجي لافروف", "إلهام علييف", "نيكول باشينيان"):
        assert name in names, name
    assert names["سيرجي لافروف"]["posts"][0]["role"] == "Minister of Foreign Affairs"


def test_short_forms_are_safe(records):
    unsafe = {"عباس", "علي", "سلمان", "حسن", "عون", "بري", "محمد", "أحمد", "الأسد", "الشرع", "سعيد", "مبارك",
              "لولا", "هادي", "رئيسي", "الصدر", "الضيف", "المعلم", "البشير", "مرسي", "شكري"}
    for rec in records["people"]:
        assert not unsafe & set(rec["short"]["ar"]), rec["id"]
        single = [n for n in rec["names"]["ar"] if " " not in n]
        assert set(single) <= set(rec["short"]["ar"]), f"{rec['id']}: one-word names must be safe short forms"


def test_every_sovereign_state_has_a_head(records, by_id):
    heads = {"President", "Prime Minister", "King", "Queen", "Emir", "Sultan", "Leader"}
    covered = {p["of"] for r in records["people"] for p in r["posts"] if p["role"] in heads}
    for qid in ("Q159", "Q212", "Q184", "Q399", "Q227", "Q230", "Q43", "Q794", "Q801", "Q219060", "Q851", "Q878",
                "Q846", "Q817", "Q398", "Q842", "Q805", "Q796", "Q858", "Q822", "Q810", "Q79", "Q1016", "Q948",
                "Q262", "Q1028", "Q1025", "Q1049", "Q958", "Q1045", "Q977", "Q115", "Q986", "Q657", "Q912",
                "Q1032", "Q1033", "Q889", "Q843", "Q668", "Q148", "Q17", "Q884", "Q30", "Q142", "Q183", "Q145",
                "Q38", "Q29", "Q16", "Q155", "Q414", "Q96", "Q408", "Q252", "Q258", "Q232", "Q265", "Q863",
                "Q874", "Q813"):
        assert qid in covered, by_id[qid]["en"]


# ---------------------------------------------------------------------------------------------------------
# months


@pytest.fixture(scope="module")
def months() -> list[tuple[str, int, str]]:
    lines = (DATA / "ar" / "months.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name\tmonth_number\tcalendar"
    rows = []
    for line in lines[1:]:
        name, number, calendar = line.split("\t")
        rows.append((name, int(number), calendar))
    return rows


def test_months_table(months):
    assert len(months) == len(set(months))
    assert {c for _, _, c in months} == {"gregorian", "islamic", "weekday"}
    for name, number, calendar in months:
        assert not TASHKEEL.search(name) and name == name.strip() and "\u00a0" not in name
        assert (0 <= number <= 6) if calendar == "weekday" else (1 <= number <= 12)
    greg = {(n, m) for n, m, c in months if c == "gregorian"}
    for pair in [("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("فيفري", 2), ("يوليوز", 7), ("غشت", 8),
                 ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12), ("تشرين الأول", 10), ("أيلول", 9)]:
        assert pair in greg, pair
    assert {m for _, m in greg} == set(range(1, 13))
    islamic = {(n, m) for n, m, c in months if c == "islamic"}
    assert ("رمضان", 9) in islamic and ("محرم", 1) in islamic and ("ذو الحجة", 12) in islamic
    weekdays = {(n, m) for n, m, c in months if c == "weekday"}
    assert ("الاثنين", 0) in weekdays and ("الجمعة", 4) in weekdays and ("الأحد", 6) in weekdays


def test_month_names_unambiguous(months):
    seen: dict[tuple[str, str], int] = {}
    for name, number, calendar in months:
        assert seen.setdefault((name, calendar), number) == number, name


def test_foreign_names_have_the_hard_g_spelling_of_the_egyptian_press(by_id, records):
    assert "بنجلادش" in by_id["Q902"]["names"]["ar"]  # Bangladesh
    assert "أنطونيو جوتيريش" in by_id["Q311440"]["names"]["ar"]
    # not where غ is the Arabic letter: the people of the Arab states, places with Arabic names, adjectives
    names = {name for recs in records.values() for r in recs for name in r["names"]["ar"]}
    assert not names & {"المجرب", "جزة", "القدس الجربية", "الصحراء الجربية"}
    arab_people = [r for r in records["people"] if r["country"] in ("Q79", "Q851")]  # Egypt, Saudi Arabia
    assert arab_people and not [name for r in arab_people for name in r["names"]["ar"]
                                if "ج" in name and name.replace("ج", "غ") in r["names"]["ar"]]

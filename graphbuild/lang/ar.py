"""Modern Standard Arabic: letter folding, clitics, and the grammar of titles, institutions and dates.

Everything Arabic-specific lives here and in ``graphbuild/data/ar/``; the pipeline calls the functions of
``ArabicGrammar`` through the language-neutral ``graphbuild.lang.Language`` interface.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from itertools import accumulate, compress, repeat
from operator import add
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

import ahocorasick

from ..lexicon import read_lines
from . import EventWords
from ..matcher import BOUNDARY, PhraseMatcher, find_each, marked_text
from ..text import FoldedText, FoldTable, build_table, fold_string, forms_of_one_name, sentence_spans

CODE = "ar"

_TASHKEEL = frozenset(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, 0x0640,
                                        *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9), *range(0x06EA, 0x06EE)])
_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ي": "ي",
    "ک": "ك", "ڪ": "ك", "ھ": "ه", "ہ": "ه", "ۀ": "ه", "ے": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
    "٪": "%", "٫": ".", "٬": ",", "#": "", "_": " ", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‘": "'", "’": "'",
}
_LETTERS.update({chr(0x0660 + d): str(d) for d in range(10)})
_LETTERS.update({chr(0x06F0 + d): str(d) for d in range(10)})

#: clitics that may stand before a known word: و ف (conjunctions), ب ك ل (prepositions) and their pairs
CLITIC_PREFIXES = ("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل", "فك", "وال", "بال", "لل")
_NAME_PREFIXES = ("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل", "فك")
#: what ends a sentence or a heading in folded text, before the word that opens the next
_SENTENCE_MARKS = (".", "\n", "!", "؟", "?", ":", "؛")
#: the prepositions before the country that hosts an ambassador (سفير الصين لدى الإمارات)
HOST_WORDS = frozenset({"لدى", "لدي", "في"})
#: the prepositions written on the name of the place that hosts an ambassador ("سفير الأردن للقاهرة", "بكمبالا")
_HOST_CLITICS = frozenset({"ل", "لل", "ب"})
#: "presidency" (folded), which after ب means "headed by": "وفد برئاسة وزير الخارجية"
_PRESIDENCY = "رياسه"
#: "special" (folded), after an envoy's title and its country: "المبعوث الأمريكي الخاص"
_SPECIAL = frozenset({"الخاص", "الخاصه"})
#: what may follow an envoy's title (folded): "special", and "to", before where he is sent
_ENVOY_WORDS = _SPECIAL | {"الي", "لدي"}
#: words for "this country" after HOST_WORDS (folded)
HOST_ANAPHORS = frozenset({"الدوله", "البلاد", "المملكه"})
#: the names of the Latin letters, which spell abbreviations (جي بي إس، إيه تي بي; folded)
_LETTER_NAMES = frozenset({"ايه", "بي", "سي", "دي", "اي", "اف", "جي", "اتش", "جيه", "كيه", "ال", "ام", "ان",
                           "او", "كيو", "ار", "اس", "تي", "يو", "في", "اكس", "واي", "زد", "زي"})
#: the honorific of prime ministers, which is also the word for a state (folded دولة)
_STATE = "دوله"
#: how a title ends whose genitive follows it, "on behalf of" (المتحدث باسم)
_ON_BEHALF = " باسم"
#: pronoun suffixes that make a one-word title definite (رئيسها: its president); ه is left out, as a feminine
#: title folds to it (رئيسة -> رييسه)
_POSSESSIVE_ENDINGS = ("ها", "هما", "هم")
DEFINITE = "ال"
#: ordinals that make the title after them a description, "the first president to …", not a name's title
#: ("أول رئيس أمريكي يزور …"; folded)
_ORDINALS = frozenset({"اول", "ثاني", "ثالث", "رابع", "خامس", "اخر"})
#: the nouns of an organization's type, which its name may be told without ("وزارة الخارجية الإيرانية" and
#: "الخارجية الإيرانية", "حزب مصر القوية" and "مصر القوية"; folded)
_TYPE_HEADS = frozenset({"حزب", "حركه", "قوات", "جهاز", "وزاره", "شركه", "منظمه", "وكاله", "خطوط"})
_NEW_ORGANIZATION = "new:Organization:"
#: the ordinals that end a monarch's or pope's name ("عبد الله الثاني", "محمد السادس", "بنديكت السادس عشر"), folded
_REGNAL_ORDINALS = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                              "التاسع", "العاشر", "عشر"})
#: adjectives that may follow an institution's demonym and still belong to its name, or go on with a name after
#: its definite words (folded: الأعلى -> الاعلي, الدائم -> الدايم)
INSTITUTION_ADJECTIVES = frozenset({
    "المشترك", "المشتركه", "العليا", "الاعلي", "الوطني", "الوطنيه", "الاتحادي", "الاتحاديه", "الفيدرالي",
    "الفيدراليه", "الرسمي", "الرسميه", "الحكومي", "الحكوميه", "الدايم", "الدايمه", "المركزي", "العام", "العامه",
    "الخاص", "الخاصه", "الكبري", "السريع", "الحر", "الاحرار", "الحاكم", "الاحمر"})
#: words after a participle that make it a description, not part of a name ("المدعومة من", "المتحالف مع")
_DESCRIBING_PREPOSITIONS = frozenset({"من", "مع", "عن", "الي", "به", "بها", "بهم", "بهما"})
#: ب before a definite word: after a participle, what it concerns ("المتعلقة بالتحقيق"), not a name's part
_WITH_THE = "بال"
NAME_CONNECTORS = frozenset({"بن", "بنت", "ابن", "ال", "ابو", "ام", "عبد", "ولد", "ذو"})
#: the connectors that say "son / daughter of": a father's name follows them
LINEAGE_WORDS = frozenset({"بن", "بنت", "ابن"})
#: the heads of institutions named by whom they gather, folded: "مجلس الوزراء", "مجلس وزراء الخارجية العرب" (a
#: plural title after them is no one's post)
BODIES_OF_MEMBERS = frozenset({"مجلس", "هييه", "لجنه", "اتحاد", "رابطه", "جمعيه", "نقابه"})
#: the connectors that go on with a name: a father's, or the family's (آل)
LINEAGE_FAMILY_WORDS = LINEAGE_WORDS | {"ال"}


@lru_cache(maxsize=1)
def fold_table() -> FoldTable:
    """The Arabic fold table (built on first use)."""
    letters = dict(_LETTERS)
    # presentation forms (ﻻ ﷲ …) decompose to ordinary letters, which then fold like the rest
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKC", char)
        if decomposed != char:
            letters[char] = "".join(letters.get(c, c) for c in decomposed if c not in _TASHKEEL)
    return build_table(letters, _TASHKEEL)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold an Arabic string for matching: letter variants, tashkeel, digits, invisible characters."""
    return " ".join(fold_string(text, fold_table()).split())


@lru_cache(maxsize=1 << 16)
def canonical_name(text: str) -> str:
    """A person's folded name with compound parts joined (عبد العزيز = عبدالعزيز), for comparing names."""
    return re.sub(r"(?<!\w)عبد (?=\w)", "عبد", fold(text))


def written_name(text: str, start: int, end: int) -> str:
    """The name ``text[start:end]`` as it is written on its own: a name read behind the clitic ل, whose article
    then loses its alef (للأمم المتحدة = ل + الأمم المتحدة), gets the article back."""
    if start >= 2 and text.startswith("لل", start - 2):
        before = start - 3  # (the character before لل, or before و or ف in front of it: the word starts there)
        if before >= 0 and text[before] in "وف":
            before -= 1
        if before < 0 or not text[before].isalpha():
            return "ال" + text[start:end]
    return text[start:end]


#: the Arab League's members (ISO 3166-1 alpha-2): their people's names are Arabic, spelt the same everywhere,
#: where a letter for a vowel tells one name from another (حسن، حسان), and غ is the letter ghain
ARAB_STATES = frozenset("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
#: the fewest consonants (name_skeleton's letters) by which a name in another spelling is known: with fewer,
#: "جيمس كيم" would be James Comey (جيمس كومي)
RESPELLED_MIN_LETTERS = 6
#: the letters of long vowels and hamza, which the spellings of one foreign name add or leave out (folded)
_VOWEL_LETTERS = re.compile("[اويء]")


#: the letters one foreign sound is written with in Arabic, each mapped to one of them: t (ت ط), s (س ص),
#: k (ك ق), d (د ض), z and s between vowels (ز ذ ظ س): "أنطونيو"/"أنتونيو", "رامافوسا"/"رامافوزا"
_FOREIGN_SOUNDS = str.maketrans("طصقضذظز", "تسكدسسس")


def name_skeleton(folded: str) -> str:
    """What the Arabic spellings of one foreign name share: each word's first letter and its other letters but
    those of long vowels and hamza, without the article and a final ه (folded words), and one letter for each
    foreign sound (_FOREIGN_SOUNDS). "ماريا زخاروفا" and "ماريا زاخاروفا", "جون بولتن" and "جون بولتون", "كانغ
    كيونغ-وا" and "كانغ كونغ وا", "سيريل رامافوسا" and "سيريل رامافوزا" have the same."""
    words = []
    for word in folded.replace("-", " ").split():
        if word.startswith(DEFINITE) and len(word) > 4:
            word = word[2:]
        if word.endswith("ه") and len(word) > 2:
            word = word[:-1]
        words.append(word[0] + _VOWEL_LETTERS.sub("", word[1:]))
    return " ".join(words).translate(_FOREIGN_SOUNDS)


def _spelling_variants(folded: str) -> set[str]:
    """The same name written with and without the space after عبد."""
    joined = re.sub(r"(?<!\w)عبد (?=\w)", "عبد", folded)
    split = re.sub(r"(?<!\w)عبد(?=ال\w)", "عبد ", joined)
    return {folded, joined, split}


@dataclass(frozen=True, slots=True)
class Title:
    """A title from ``titles.tsv``."""

    phrase: str
    role: str
    role_with_org: str
    number: str
    honorific: bool
    deputy: bool = False  # a deputy's or an assistant's title: read as the post's, stated with NO_ROLE
    pronoun: bool = False  # ends with a pronoun for the country or body named before ("المتحدث باسمها")
    adjective: bool = False  # also an adjective: after a definite noun it describes it ("المؤتمر الصحفي")
    predicate: bool = False  # the accusative ("نائبا للرئيس"): its holder stands before it, never after


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event trigger from ``triggers.tsv``."""

    phrase: str
    kind: str
    also: tuple[str, ...]
    part: str
    dual: bool = False  # a noun in the dual ("اتصالين هاتفيين"): two events, as a plural names several


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date found in folded text: ``value`` is ISO (YYYY, YYYY-MM, YYYY-MM-DD)."""

    start: int
    end: int
    value: str
    end_value: str | None = None


def _feminine(word: str) -> str:
    return word + "ه"


#: the role of a title the contract has no role for ("نائب وزير الخارجية", a deputy minister): its holder is a
#: person, and no post is stated (the minister's would be wrong)
NO_ROLE = ""


def _construct_duals(first: str, tail: str) -> list[str]:
    """The two case forms of a title's dual in construct with its definite complement: its first word with ا (the
    nominative) and with ي (the other cases), as in "وزيرا الدفاع", "وزيري الدفاع"; none for a first word with the
    article, or ending in a vowel letter or ة (whose dual is written otherwise), or before an indefinite word
    (an adjective, "أمين عام", whose dual the adjective's ending shows)."""
    if first.startswith("ال") or first.endswith(("ا", "ي", "ى", "ه", "ة", "و")) or not tail.startswith("ال"):
        return []
    return [f"{first}ا {tail}", f"{first}ي {tail}"]


def _load_titles() -> list[Title]:
    titles = []
    duals: set[tuple[str, str, str]] = set()
    for line in read_lines("ar", "titles.tsv"):
        phrase, role, role_with_org, number, *rest = line.split("\t")
        flags = set(filter(None, (rest[0] if rest else "").split(",")))
        role_with_org = role if role_with_org == "-" else role_with_org
        variants = {phrase}
        first, _, tail = phrase.partition(" ")
        if "f" in flags:
            variants.add(" ".join(filter(None, [_feminine(fold(first)), tail])))
        for variant in list(variants):
            if "al" in flags and not variant.startswith("ال"):
                variants.add("ال" + variant)
            if "predicate" in flags and tail:
                variants.add(f"{variant.split(' ', 1)[0]} جديدا {tail}")  # "وزيرا جديدا للداخلية": the same post
        for variant in variants:
            titles.append(Title(fold(variant), role, role_with_org, number, "honorific" in flags,
                                pronoun="pronoun" in flags, adjective="adjective" in flags,
                                predicate="predicate" in flags))
            if role.startswith("Minister") and number == "sg" and not variant.startswith("ال"):
                deputies = [f"{deputy} {variant}" for deputy in DEPUTIES] + \
                    [f"{deputy} ل{variant}" for deputy in DEPUTIES_OF]
                for deputy in deputies:
                    titles.append(Title(fold(deputy), role, role_with_org, number, False, True))
        if number == "sg" and tail and not flags & {"predicate", "pronoun"}:
            # the dual in construct, both cases ("وزيرا الدفاع", "وزيري الدفاع"): the title of two holders
            duals.update({(fold(dual), role, role_with_org) for dual in _construct_duals(first, tail)})
    listed = {title.phrase for title in titles}
    titles += [Title(phrase, role, role_with_org, "du", False) for phrase, role, role_with_org in sorted(duals)
               if phrase not in listed]
    return titles


#: the contract's roles for the deputy ("نائب") of a holder of these
DEPUTY_ROLES = {"President": "Vice President", "Prime Minister": "Deputy Prime Minister", "Chair": "Deputy Chair"}
#: "for the affairs" (folded), before the affairs an adviser's or an envoy's post is for: "للشؤون الدولية"
_AFFAIRS = frozenset({"للشوون", "لشوون"})
#: "affairs", folded, as a minister's portfolio starts with it: "وزير شؤون الرئاسة", "وزير الدولة لشؤون أفريقيا"
_PORTFOLIO_AFFAIRS = frozenset({"شوون", "شيون", "لشوون", "لشيون"})
#: "the side" of a talk or a deal (folded), named by its demonym: "ونظيره من الجانب الإثيوبي"
_SIDE = "الجانب"
#: the role of the one a deputy stands in for, by the deputy's role
_PRINCIPAL_ROLES = {deputy: principal for principal, deputy in DEPUTY_ROLES.items()}
#: a deputy's word (not an assistant's), folded (نائب)
_VICE = "نايب"
#: the words right before a title that make it a deputy's, an assistant's or an under-secretary's: the one-word
#: DEPUTIES and وكيل, folded ("وكيل الأمين العام للأمم المتحدة")
_DEPUTY_WORDS = frozenset({"نايب", "نايبه", "النايب", "مساعد", "مساعده", "المساعد", "وكيل", "وكيله", "الوكيل"})
#: a deputy's rank after the word of a deputy ("النائب الأول لحاكم دبي"; folded)
_DEPUTY_RANKS = frozenset({"الاول", "الثاني", "الاولي", "الثانيه"})

#: the words before a minister's title that make it a deputy's or an assistant's (with ال and feminine)
DEPUTIES = ("نائب", "نائبة", "النائب", "مساعد", "مساعدة", "المساعد", "نائب مساعد")
#: the same before the title with the preposition ل ("النائب الأول لوزير الخارجية"), which an ordinal or the
#: article makes the construction take
DEPUTIES_OF = ("نائب", "نائبة", "النائب الأول", "النائب الثاني", "نائب أول", "النائبة الأولى", "المساعد الأول")


#: "joint" (folded), after a press conference
_JOINT = frozenset({"مشترك", "مشتركا", "مشتركه"})
#: how far after a dual minister's title a second portfolio may stand ("وزيري الداخلية نهاد المشنوق والخارجية")
DUAL_PORTFOLIO_REACH = 6
#: how many words a minister's portfolio may run to after the title ("والتعاون الإفريقي والمغاربة المقيمين
#: بالخارج")
PORTFOLIO_WORDS = 7
#: the preposition ب with the article (folded), at a word's start: "بالخارج"
_AT_THE = "بال"
#: what follows a verb rather than a place's name, after a noun of places: a preposition with a pronoun for that
#: place ("منطقة تسيطر عليها"), a distance ("تبعد نحو 20 كيلومترا")
_AFTER_A_VERB = frozenset({"عليها", "عليه", "عنها", "عنه", "منها", "منه", "فيها", "فيه", "بها", "به", "لها", "له",
                           "نحو", "حوالي", "قرابه", "عن"})
#: "them, it" (folded) between a noun and the names it is: 'حزبان هما "X" و"Y"'
_THEM_BEFORE_NAMES = frozenset({"هما", "هي", "هو", "هم"})
#: how many words an organization's name in quotation marks may have
QUOTED_NAME_WORDS = 5
#: a name in quotation marks right after a noun of organizations, "هما" between them or not (folded: every
#: quotation mark is '"'): '"الخضر"', 'هما "أرمينيا المزدهرة"'; and one more joined by و ('و"الطاشناق"')
_QUOTED_NAME = re.compile(r'\s*(?:(?:%s)\s+)?"\s*([^"\n]{2,60}?)\s*"' % "|".join(sorted(_THEM_BEFORE_NAMES)))
_NEXT_QUOTED_NAME = re.compile(r'\s*،?\s*و\s*"\s*([^"\n]{2,60}?)\s*"')
#: the letters of the long vowels (and alef maqsura, which folding makes ي): a participle's pattern has none of them
#: where a foreign name has one (see _accusative_participle_shape)
_LONG_VOWELS = frozenset("اويى")
#: the uses in place_heads.tsv of a noun of places (not "starter" and "called")
_PLACE_NOUN_USES = frozenset({"out", "in", "dual"})
#: the one-letter clitics before a noun of places or of organizations ("وبلدة", "لمدينة", "بحزب"), folded
_ONE_LETTER_CLITICS = frozenset("وبلف")


def _with_one_letter_clitics(words: list[str]) -> frozenset[str]:
    """``words`` bare and behind each of the _ONE_LETTER_CLITICS."""
    return frozenset(words + [clitic + word for word in words for clitic in _ONE_LETTER_CLITICS])

#: the role of a member of a body ("النائب", a member of parliament)
_MEMBER = "Member"
#: the sides of a chamber whose leaders' titles its name may follow after "في" (folded): "زعيم الأغلبية في …"
_CHAMBER_SIDES = ("الاغلبيه", "الاقليه")
#: honorifics that are also common nouns (folded): "الفريق" is a lieutenant general before a name, and the team; a
#: name after it starts with a given name or a known person's name
_HONORIFICS_ALSO_NOUNS = frozenset({"الفريق"})
#: "God" and "the faith" (folded), the second word of a theophoric name ("فضل الله", "شرف الدين")
_GOD = "الله"
_GOD_AND_FAITH = frozenset({_GOD, "الدين"})
#: the calendar of the Hijri months in months.tsv, whose names are also people's (رجب، رمضان)
_HIJRI = "islamic"
#: how many words after a verb "مع" may stand to make it done with someone
WITH_VERB_REACH = 12
#: the clitic prefixes that end with the article (folded): after them a verb's letters are a definite noun
_ARTICLE_CLITICS = ("ال", "لل")
#: a word saying that a talk was held by phone (folded); and a phone's noun, which says so after "عبر"
_BY_PHONE = frozenset({"هاتفيا", "تليفونيا", "تلفونيا", "بالهاتف", "بالتليفون", "بالتلفون"})
_PHONES = frozenset({"الهاتف", "التليفون", "التلفون"})
_THROUGH = frozenset({"عبر"})
#: the prepositions of means before a call's noun that make it what a verb of talking before it tells (folded)
_CALL_MEANS = frozenset({"خلال", "في", "عبر", "اثناء", "وخلال"})
#: what ends a sentence between two words, for how far "مع" and "إلى" may stand after their verb (not the colon
#: and the semicolon of _SENTENCE_MARKS, after which a quotation or a list may still go on with the verb's clause)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: the class of a phrase in triggers.tsv that holds a trigger's word but states no event ("مؤتمر صحفي")
NO_EVENT = "-"
#: the verbs of signing that also mean "happened" (folded): "وقع الهجوم"
_SIGN_OR_OCCUR = frozenset({"وقع", "وقعت", "وقعا", "يوقع"})
#: what is signed without being an agreement's name itself (folded): "وقعا وثيقة تعهدت فيها …"
_SIGNED_PAPERS = frozenset({"وثيقه", "ميثاق", "بروتوكول", "اعلان"})
#: how many words around وقع the agreement may stand ("ووقع وزيرا خارجية البلدين اتفاقية")
SIGNED_REACH = 6
#: "إلى" folded: before what a call is for ("دعا إلى"), and ending the phrase of a trigger of arrival ("وصل إلى")
_TO_WORD = "الي"
_TO = " " + _TO_WORD
#: how many words after "وصل إلى" the place may start ("وصل إلى العاصمة الإيرانية طهران")
ARRIVAL_REACH = 3
#: the verbs of arriving or heading (folded) that may have their subject before "إلى": "وصل المبعوث إلى", "توجه
#: الوزير إلى"
_ARRIVAL_VERBS = frozenset({"وصل", "وصلت", "توجه", "توجهت"})
#: how many words may stand between such a verb and its "إلى" (the subject with its title)
ARRIVAL_SUBJECT_WORDS = 10
#: the roles of those who head a state or its government, whose counterparts may head theirs by another
HEAD_ROLES = frozenset({"President", "Prime Minister", "King", "Queen", "Emir", "Sultan", "Leader"})
#: offices a state's highest officers and ministers are not given a second time by a title right after their name
#: (see ArabicReader._another_office), besides the ministers' own
_HEAD_OFFICES = HEAD_ROLES - {"Leader"}
_SOLE_OFFICES = _HEAD_OFFICES | {"Vice President", "Deputy Prime Minister", "Crown Prince"}
#: the roles of a party's head which the holder of a state office may hold besides, where the party is named (a
#: leader, زعيم, leads a party or a movement even where its name is not read as an organization)
PARTY_ROLES = frozenset({"Chair", "Secretary-General"})


#: institutions' heads that are verbal nouns too, whose indefinite construct is mostly an activity ("تنظيم عمليات
#: العودة", organizing the returns): they take no construct chain (see ArabicReader._construct_chain)
_VERBAL_HEADS = frozenset({"تنظيم"})
#: common adjectives (folded) that follow an indefinite noun, which a construct's nouns are not ("جبهة أخرى",
#: "حكومة جديدة")
_INDEFINITE_ADJECTIVES = frozenset({"اخري", "اخر", "جديد", "جديده", "كبري", "كبير", "كبيره", "عديده", "واحده",
                                    "مماثله", "منخفضه", "مختلفه", "سابقه", "حاليه"})
#: institutions' heads (folded) that stand alone after و rather than being a second noun of one name
_STANDALONE_BODIES = frozenset({"الحكومه", "الحزب", "البرلمان", "المحكمه", "المجلس", "الشرطه", "الجيش", "اللجنه",
                                "الهييه", "الوزاره", "السفاره", "المنظمه", "الشركه", "الجامعه"})


def _disagrees(noun: str, adjective: str) -> bool:
    """A relative adjective (folded) of the other gender than a singular noun: a feminine one (…يه) after a
    masculine noun (التلفزيون الحكومية), or a masculine one (…ي) after a feminine noun in ة (الشرطة المحلي; but
    a feminine elative in ى folds to the same ending, الكبرى: see ArabicReader._alef_maqsura_ending)."""
    if len(adjective) < 5 or noun.endswith(("ات", "ون", "ين")):
        return False
    feminine_noun = noun.endswith("ه")
    if adjective.endswith("يه"):
        return not feminine_noun
    return feminine_noun and adjective.endswith("ي") and not adjective.endswith("يي")


def _sole_office(role: str) -> bool:
    """One of a state's highest offices, or a minister's."""
    return role in _SOLE_OFFICES or role.startswith("Minister")


#: the endings of a nisba adjective, folded (خارجية، بحرية): a head of an institution that ends so may be an adjective
_NISBA = ("يه", "ي")
#: the relative adjective's endings, its plurals' too (الثوريين، الاشتراكيون، الدوليات)
_NISBA_ANY = _NISBA + ("يين", "يون", "يات")
#: a definite noun behind a clitic, folded (والحدود، بالسياسة)
_CLITIC_DEFINITE = ("وال", "بال", "فال", "كال")
#: the heads of armed forces' names (folded), which a noun after و never goes on with: it names another force or
#: side ("قوات النظام والفصائل المعارضة", "قوات الأمن والمتظاهرين"); an adjective does ("المقاومة التهامية والجنوبية")
_FORCE_HEADS = frozenset(map(fold, ("قوات", "القوات", "جيش", "الجيش", "الشرطة", "الحرس", "القوات المسلحة")))
#: the endings of a relative adjective in the singular and the masculine plural (folded; not "يات", which plural
#: nouns end with too: الميليشيات)
_FORCE_ADJECTIVE_ENDINGS = _NISBA + ("يين", "يون")
#: the verbs of chairing (folded): a meeting only when they chair one (see ArabicReader._gathering_follows)
_CHAIRING_VERBS = frozenset(map(fold, ("ترأس", "ترأست", "يترأس", "تترأس")))
#: a delegation (folded, without the article), which a verb of chairing heads
_DELEGATION_NOUNS = frozenset({"وفد", "وفدا", "وفدي"})
#: the titles of a body's head (folded, without the article) before the body's noun
_HEADS_OF_BODIES = frozenset({"رييس", "رييسه", "زعيم", "امين", "مدير", "مديره"})
#: the nouns of a ban (folded, without the article), a sanction only when it bans a party (see _ban_at_home)
_BANS = frozenset({"حظر", "حظرا"})
#: what sanctions ban (folded, without the article): arms, travel, trade, flights, oil, imports and exports
_BANNED_BY_SANCTIONS = frozenset(fold(word) for word in (
    "سلاح", "أسلحة", "تسليح", "سفر", "دخول", "تجاري", "تجارة", "جوي", "طيران", "بحري", "نفط", "نفطي", "استيراد",
    "تصدير", "صادرات", "واردات", "مبيعات", "شحنات", "إرسال", "اقتصادي", "مالي", "تعامل", "تعاملات", "معاملات"))
#: the words after which a party a ban is imposed on is named (folded)
_AGAINST_WORDS = frozenset({"علي", "ضد"})
#: how many words after "حظر" may say what or whom it bans
BAN_REACH = 5
#: the clitics (prepositions) that only nouns take: a verb's letters behind them are a noun's
_NOUN_CLITICS = frozenset("بك")
#: how a mention of a place or a body named after a person is made (see ArabicReader.read_named_after)
NAMED_AFTER = "named-after"


def _load_triggers() -> list[Trigger]:
    triggers = []
    rows = [line.split("\t") for line in read_lines("ar", "triggers.tsv")]
    listed = {fold(phrase) for phrase, *_ in rows}
    # (nor a dual that is a given name too: غزوان)
    not_dual = listed | _words_file("given_names.txt")
    for phrase, kind, also, part in rows:
        others = tuple(a for a in also.split(",") if a and a != "-")
        triggers.append(Trigger(fold(phrase), kind, others, part))
        if part == "noun" and not fold(phrase).startswith("ال"):
            triggers.append(Trigger("ال" + fold(phrase), kind, others, part))
            triggers.extend(Trigger(folded, kind, others, part)
                            for folded in map(fold, _definite_with_adjective(phrase)) if folded not in listed)
            if kind in _POSSESSED_KINDS or not kind.strip("-") and set(others) & _POSSESSED_KINDS:
                # (a possessed form the file lists is read as the file says: "استقبالهم", of migrants, no event)
                triggers.extend(Trigger(folded, kind, others, part)
                                for folded in map(fold, _possessed(phrase)) if folded not in listed)
        if part == "noun" and kind.strip("-"):
            triggers.extend(Trigger(folded, kind, others, part, dual=True)
                            for folded in map(fold, _duals(phrase)) if folded not in not_dual)
    # (the verbs that state an event by what follows them are matched as no event's, see _events_by_object)
    triggers.extend(Trigger(verb, NO_EVENT, (), "verb") for verb in _events_by_object())
    return triggers


@dataclass(frozen=True, slots=True)
class NamedAgreement:
    """An agreement known by its name (named_agreements.tsv)."""

    names: tuple[str, ...]  # folded, without the article of their first word
    parties: tuple[str, ...]
    date: str
    requires: str | None  # a party the article must mention for the name to be this agreement's


@lru_cache(maxsize=1)
def _named_agreements() -> tuple[NamedAgreement, ...]:
    """named_agreements.tsv, its names longest first."""
    agreements = []
    for line in read_lines("ar", "named_agreements.tsv"):
        names, parties, day, requires, _english = line.split("\t")
        agreements.append(NamedAgreement(
            tuple(sorted((fold(name).removeprefix(DEFINITE) for name in names.split("|")), key=len, reverse=True)),
            tuple(parties.split(",")), day, None if requires == "-" else requires))
    return tuple(agreements)


@lru_cache(maxsize=1)
def _events_by_object() -> dict[str, tuple[str, frozenset[str]]]:
    """verbs_by_object.tsv: folded verb -> (the class it states, the folded words that make it state it)."""
    table = {}
    for line in read_lines("ar", "verbs_by_object.tsv"):
        verb, kind, objects = line.split("\t")
        table[fold(verb)] = (kind, frozenset(fold(word) for word in objects.split(",")))
    return table


#: the events whose nouns are told with a possessor, its party ("خلال لقائه", "اتفاقهما على"): not the verbal
#: nouns of others, which name what was done to him as often ("لإدانته بالفساد": his conviction; "منذ انتخابه")
_POSSESSED_KINDS = frozenset({"Meeting", "Visit", "PhoneCall", "Negotiation", "Agreement"})
#: the pronoun suffixes of a possessed event noun: his, her, their two, their (لقاؤه is not told apart from لقائه)
_EVENT_POSSESSORS = ("ه", "ها", "هما", "هم")


def _possessed(phrase: str) -> list[str]:
    """The forms of a trigger noun (unfolded, without the article) with a possessive suffix: "لقائه",
    "زيارتها", "اتفاقهما", "مباحثاته", and of a noun and its relative adjective "اتصاله الهاتفي". Not of a noun
    in the accusative (اجتماعا) or ending in ى (منتدى), whose suffixed forms are spelled otherwise."""
    noun, _, adjective = phrase.partition(" ")
    if " " in adjective or adjective.startswith("ال") or noun.endswith(("ا", "ى", "اً")) \
            or adjective and not _relative_adjective(adjective):
        return []  # (nor of a noun in construct, "جولة مفاوضات", whose possessor is its last noun's)
    if noun.endswith("ة"):
        stems = [noun[:-1] + "ت"]
    elif noun.endswith("اء"):
        stems = [noun[:-1] + "ئ", noun]  # لقائه (genitive), لقاءه (accusative)
    else:
        stems = [noun]
    after = " ال" + adjective if adjective else ""
    return [stem + suffix + after for stem in stems for suffix in _EVENT_POSSESSORS]


def _relative_adjective(word: str) -> bool:
    """Whether a word (unfolded, without the article) has the shape of a relative adjective, "هاتفي",
    "رسمية", that agrees with the noun before it."""
    return word.endswith(("ي", "ية")) and len(word) > 3


def _definite_with_adjective(phrase: str) -> list[str]:
    """The definite form of a trigger noun and its relative adjective, both with the article: "الاتصال
    الهاتفي", "المكالمة الهاتفية", "الجولة الإقليمية". Not of a noun in the accusative (اتصالا هاتفيا), whose
    definite form ends otherwise, nor of a noun in construct ("جولة مفاوضات", whose article goes on its last
    noun)."""
    noun, _, adjective = phrase.partition(" ")
    if not adjective or " " in adjective or adjective.startswith("ال") or noun.endswith(("ا", "اً")) \
            or not _relative_adjective(adjective):
        return []
    return [f"ال{noun} ال{adjective}"]


#: the dual's endings: the nominative's, the genitive and accusative's ("اجتماعان", "اجتماعين")
_DUAL_ENDINGS = ("ان", "ين")


def _duals(phrase: str) -> list[str]:
    """The dual forms of a trigger noun (unfolded, without the article), and of a noun and its relative
    adjective, without and with the article: "اجتماعين", "الزيارتان", "اتصالين هاتفيين", "الضربتين الجويتين". Not
    of a form already inflected (اجتماعا, اتصالات), of a noun ending in ى (منتدى), nor of a noun in construct
    ("جولة مفاوضات"), whose dual drops its ن."""
    noun, _, adjective = phrase.partition(" ")
    if " " in adjective or noun.startswith("ال") or noun.endswith(("ا", "ى", "اً", "ات", "ون", "ين")) \
            or adjective and not _relative_adjective(adjective):
        return []

    def dual(word: str, ending: str) -> str:
        return (word[:-1] + "ت" if word.endswith("ة") else word) + ending

    forms = []
    for ending in _DUAL_ENDINGS:
        words = [dual(word, ending) for word in (noun, adjective) if word]
        forms += [" ".join(words), " ".join("ال" + word for word in words)]
    return forms


def _words_file(name: str) -> frozenset[str]:
    return frozenset(fold(line.strip()) for line in read_lines("ar", name))


#: how many words' answers ArabicGrammar.is_function_word keeps at most
MOST_REMEMBERED_WORDS = 1 << 16


def _verbal_noun_shape(word: str, family_names: bool = False) -> bool:
    """Whether a folded word has the shape of a verbal noun of the patterns تفعيل, إفعال, افتعال, استفعال or
    مفاعلة (تقديم، إصدار، اعتزام، استقبال، مكافحة). With ``family_names`` (a word inside a name), not the shapes
    family names also have: مفاعلة (معايعة), and a definite word of three letters (الحاج) for إفعال."""
    size = len(word)
    return size == 5 and (word[0] == "ت" and word[3] == "ي" or word[0] == "ا" and word[3] == "ا"
                          and not (family_names and word.startswith(DEFINITE))) \
        or size == 6 and (word[0] == "م" and word[2] == "ا" and word[-1] == "ه" and not family_names
                          or word[0] == "ا" and word[2] == "ت" and word[4] == "ا") \
        or size == 7 and word.startswith("است") and word[3] not in "يو" and word[5] == "ا"


def _present_verb_shape(word: str) -> bool:
    """Whether a folded word has the shape of a verb in the present of the derived forms with ت or است
    (يتابع، تتهم، يستعد، تستقيل), or in the plural or the dual (يقولون، يعتبران), or of the simple verb, of
    four letters, the first two of its root consonants (يشدد، ينفي، ترفض): shapes that foreign names written in
    Arabic (يوهانس، يلين، ياووز) do not take, for their second or third letter is a vowel or the word is longer."""
    size = len(word)
    if size == 4 and word[0] in "يت":
        return word[1] not in _LONG_VOWELS and word[2] not in _LONG_VOWELS
    return _later_present_verb_shape(word) or size >= 6 and word[0] == "ت" and word[1] not in "اوي" \
        and word.endswith(("ون", "ان"))


def _participle_shape(word: str) -> bool:
    """Whether a folded word has the shape of a participle of the forms with است or ت ("مستعد", "متغطرس",
    "متمسك"): an adjective after a title ("الرئيس مستعد"), not a name (متعب is shorter, متولي has a long vowel)."""
    return len(word) >= 5 and (word.startswith("مست") or word.startswith("مت") and word[2] not in _LONG_VOWELS)


def _present_verb_of_no_place(word: str) -> bool:
    """A verb in the present of _later_present_verb_shape after a noun of places ("المدينة تستضيف", "تتألف"), not a
    place's name of that shape: one with a long vowel after its third letter (تفتان، تستور), or one that only the
    future's س makes a verb's (سيستان)."""
    return word[:1] in "يت" and len(word) > 3 and word[3] not in _LONG_VOWELS and _later_present_verb_shape(word)


def _later_present_verb_shape(word: str) -> bool:
    """The shapes of _present_verb_shape that no surname takes either, so that a name ends before such a verb
    ("فرنسيس يتفهم", "كيت يغادران"): not the simple verb's (يلدز), nor plurals with ت (ترومان، تليرسون); with
    the future's س ("سيجتمع"), and of the form with ت after the root's first letter, of five letters ("ينتظر",
    "يجتمع"; not يلتسين)."""
    size = len(word)
    if size >= 6 and word[0] == "س" and word[1] in "يت":
        return _later_present_verb_shape(word[1:])
    if size == 5 and word[0] in "يت" and word[2] == "ت" and word[1] not in _LONG_VOWELS and word[3] != "ي":
        return True  # (not a verbal noun of the pattern تفعيل: "تفتيش")
    if size < 5 or word[0] not in "يت":
        return False
    if word[1] == "ت" or word[1:3] == "ست":
        return True
    return size >= 6 and word[0] == "ي" and word[1] not in "اوي" and word.endswith(("ون", "ان"))


def _accusative_participle_shape(word: str) -> bool:
    """Whether a folded word has the shape of a participle of the derived forms in the accusative, as it
    stands after a verb or a name to tell how someone acts ("قال X مبتسما"): متفعل، متفاعل (متوعدا،
    متجاهلا), مستفعل (مستعدا), مفتعل (مبتهجا), مفعول (مصحوبا) and مفعل of three consonants (ملهما،
    مشبها). The foreign names of that first letter (ماريا، ميستورا، ماتاريلا، ملالا، مكامبا) have a long
    vowel where these have a consonant."""
    size = len(word)
    if size < 5 or word[0] != "م" or word[-1] != "ا":
        return False
    if word[1] == "ت" or word.startswith("مست") and word[3] not in _LONG_VOWELS:
        return True
    consonants = word[1] not in _LONG_VOWELS and word[2] not in _LONG_VOWELS
    if size == 5:
        return consonants and word[3] not in _LONG_VOWELS
    return consonants and (word[2] == "ت" and word[3] not in _LONG_VOWELS  # مفتعل
                           or size == 6 and word[3] == "و" and word[2] != "ت")  # مفعول


#: the honorifics (folded) that are a monarch's title, and its role: before a name, only a monarch's (a prince is
#: called "الأمير", a sheikh "الشيخ", but only a king "الملك")
_MONARCHS = {"الملك": "King", "الملكه": "Queen"}


def _has_held(entry: GazetteerEntry, role: str) -> bool:
    """The lexicon knows the person ``entry`` to have held a post with this role (at any time)."""
    return any(post.role == role for post in entry.posts)


def _without_clitic(word: str, function_words: frozenset[str]) -> str:
    """The word without a conjunction or preposition clitic, when what remains is a function word."""
    for prefix in ("وب", "ول", "فب", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and word[len(prefix):] in function_words:
            return word[len(prefix):]
    return word


@dataclass
class ArabicGrammar:
    """The Arabic resources, loaded once, and the grammar that uses them."""

    titles: list[Title] = field(default_factory=_load_titles)
    triggers: list[Trigger] = field(default_factory=_load_triggers)

    @cached_property
    def title_matcher(self) -> PhraseMatcher[Title]:
        return PhraseMatcher(((t.phrase, t) for t in self.titles), _NAME_PREFIXES, DEFINITE)

    @cached_property
    def trigger_matcher(self) -> PhraseMatcher[Trigger]:
        return PhraseMatcher(((t.phrase, t) for t in self.triggers), CLITIC_PREFIXES, DEFINITE)

    @cached_property
    def title_phrases(self) -> frozenset[str]:
        """Every title's phrase (folded)."""
        return frozenset(title.phrase for title in self.titles)

    @cached_property
    def honorific_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher(((fold(h), fold(h)) for h in read_lines("ar", "honorifics.txt")), _NAME_PREFIXES)

    @cached_property
    def function_words(self) -> frozenset[str]:
        return _words_file("function_words.txt")

    @cached_property
    def is_function_word(self) -> Callable[[str], bool]:
        """word -> whether it is a function word (bare or behind a clitic) or a number.

        The answer depends on the word alone, so it is remembered across articles, which share most words.
        """
        words = self.function_words

        @lru_cache(maxsize=MOST_REMEMBERED_WORDS)
        def is_function_word(word: str) -> bool:
            return word in words or _without_clitic(word, words) in words or word.isdigit()

        return is_function_word

    @cached_property
    def common_words(self) -> frozenset[str]:
        return _words_file("common_words.txt")

    @cached_property
    def place_heads(self) -> dict[str, str]:
        """place_heads.tsv: folded word -> its use ("out", "in", "dual", "starter", "called" or "verb")."""
        return {fold(word): use for word, use in (line.split("\t") for line in read_lines("ar", "place_heads.tsv"))}

    @cached_property
    def organization_heads(self) -> frozenset[str]:
        """organization_heads.txt (folded), bare, with ال, and behind a one-letter clitic."""
        heads = list(_words_file("organization_heads.txt"))
        return _with_one_letter_clitics(heads + [DEFINITE + head for head in heads])

    @cached_property
    def place_nouns(self) -> frozenset[str]:
        """The nouns of places (place_heads.tsv's out, in and dual), bare and behind a one-letter clitic."""
        return _with_one_letter_clitics([word for word, use in self.place_heads.items() if use in _PLACE_NOUN_USES])

    @cached_property
    def title_qualifiers(self) -> dict[str, str]:
        """Words between a title and the name (one, or two: "المنتهية ولايته"; folded) -> "former" (the post is no
        longer held) or "-" (the holder's leaning, "المحافظ"; the post is held)."""
        pairs = (line.split("\t") for line in read_lines("ar", "title_qualifiers.tsv"))
        return {fold(word): when for word, when in pairs}

    @cached_property
    def dateline_acronyms(self) -> dict[str, str]:
        """Acronyms of agencies that are also words, read only in a dateline (folded) -> the agency's id."""
        pairs = (line.split("\t") for line in read_lines("ar", "dateline_acronyms.tsv"))
        return {fold(acronym): agency for acronym, agency in pairs}

    @cached_property
    def led_groups(self) -> frozenset[str]:
        """Groups a title heads without an organization or a country: "زعيم المعارضة", "قائد المتمردين"."""
        return _words_file("led_groups.txt")

    @cached_property
    def named_after_heads(self) -> dict[str, str]:
        """Nouns of places and bodies named after a person ("مطار الملك خالد") -> the kind of entity they name."""
        return {fold(noun): kind for noun, kind in (line.split("\t") for line in read_lines("ar", "named_after.tsv"))}

    @cached_property
    def activity_phrases(self) -> frozenset[str]:
        """"حركة المرور", "تنظيم الانتخابات": a head of institutions and the word after it that make an activity."""
        return _words_file("activity_phrases.txt")

    @cached_property
    def institution_heads(self) -> dict[str, str]:
        heads = {}
        for line in read_lines("ar", "institutions.tsv"):
            head, kind = line.split("\t")
            heads[fold(head)] = kind
        return heads

    @cached_property
    def institution_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher(((h, h) for h in self.institution_heads), _NAME_PREFIXES, DEFINITE)

    @cached_property
    def months(self) -> dict[str, tuple[int, str]]:
        table: dict[str, tuple[int, str]] = {}
        for line in read_lines("ar", "months.tsv"):
            name, number, calendar = line.split("\t")[:3]
            if not number.isdigit():
                continue  # the header line
            table.setdefault(fold(name), (int(number), calendar))
        return table

    @cached_property
    def _date_patterns(self) -> dict[str, re.Pattern]:
        gregorian = sorted((m for m, (_, cal) in self.months.items() if cal == "gregorian"), key=len, reverse=True)
        islamic = sorted((m for m, (_, cal) in self.months.items() if cal == "islamic"), key=len, reverse=True)
        weekdays = sorted((m for m, (_, cal) in self.months.items() if cal == "weekday"), key=len, reverse=True)
        month = "|".join(map(re.escape, gregorian)) or "(?!)"
        hijri = "|".join(map(re.escape, islamic)) or "(?!)"
        weekday = "|".join(map(re.escape, weekdays)) or "(?!)"
        # a month name may be followed by its other name in brackets, after a slash or a space: "9 نوفمبر (تشرين
        # الثاني)", "يوليو تموز 2016"
        gloss_body = r"(?:\s*[(/]\s*|\s+)(?:%s)\s*\)?" % month
        gloss = r"(?:%s)?" % gloss_body
        sep = r"\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?"
        return {
            "dmy": re.compile(r"(?<![\w\d])(?:[وبفل])?(?:ال)?(\d{1,2})%s(%s)%s(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(\d{4}))?(?!\w)"
                              % (sep, month, gloss)),
            "my": re.compile(r"(?<![\w\d])(?:[وبفل]|وب|وف)?(?:(?:شهر|الشهر)\s+)?(%s)%s\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(\d{4})(?!\w)"
                             % (month, gloss)),
            "hijri": re.compile(r"(?<!\w)(\d{1,2})\s*(?:من\s+)?(%s)\s+(\d{4})(?:\s*(?:هـ|ه|للهجره)(?!\w))?" % hijri),
            "range": re.compile(r"(?<![\w\d])((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)(?![\w\d])"),
            # a day written as an ordinal, ending where a year starts: "الرابع عشر من تموز/يوليو 2015"
            "ordinal_dm": re.compile(r"(?<!\w)(?:[وبفل]|وفي|في)?\s*(%s)%s(%s)%s\s*(?:من\s+)?(?:عام|العام|سنه)?\s*\Z"
                                     % ("|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)), sep, month, gloss)),
            "iso": re.compile(r"(?<![\w\d])((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?![\w\d])"),
            "dmy_numeric": re.compile(r"(?<![\w\d])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\w\d])"),
            "year": re.compile(r"(?<!\w)(?:[وبفل]|وب|وف)?(?:عام|العام|سنه|السنه|في)\s+((?:19|20)\d\d)(?![\w\d])"),
            "relative": re.compile(r"(?<!\w)(?:[وبفل]|وب)?(?:(?:يوم|اليوم)\s+)?(%s|امس|اليوم|غدا|(?:%s))(?:\s+(الماضي|المقبل|القادم))?(?!\w)"
                                   % ("|".join(_DAY_BEFORE_YESTERDAY), weekday)),
            # a month without a year, placed by a qualifier: "في (شهر) يونيو الماضي", "حزيران/يونيو المقبل",
            # "في مارس من العام الماضي" (group 2: the qualifier is the year's); not after a day ("9 نوفمبر
            # الماضي" is "dmy"'s)
            "month_relative": re.compile(r"(?<![\w\d])(?<!\d\s)(?:[وبفل]|وب|وف)?(?:(?:شهر|الشهر)\s+)?(%s)%s\s+"
                                         r"(?:(?:من\s+)?(العام|السنه)\s+)?%s(?!\w)(?!\s*\d)" % (month, gloss, _QUALIFIERS)),
            # a month with neither day, year nor qualifier, after a preposition of time (looked for before it,
            # see _BARE_MONTH_LEAD): "في يونيو", "مطلع حزيران/يونيو", "أواخر شهر مارس". The gloss is possessive:
            # a month it does not take ("ايار/مايو 1958") is "my"'s
            "month_bare": re.compile(r"(?:(?:شهر|الشهر)\s+)?(%s)(?:%s)?+(?![\w/(])(?!\s*(?:\d|من\s|عام|العام|سنه|%s))"
                                     % (month, gloss_body, _QUALIFIERS)),
            # "الشهر الماضي", "العام المقبل", "السنه الماضيه", "الاسبوع الماضي": one unit before or after
            # the publication date's
            "unit_relative": re.compile(r"(?<!\w)(?:[وبفل]|وب|وف)?(الشهر|العام|السنه|الاسبوع)\s+%s(?!\w)" % _QUALIFIERS),
            # "في 12 من الشهر الجاري": a day of the publication's month, or of the one before or after it
            "day_of_month": re.compile(r"(?<![\w\d])(?:[وبفل])?(?:ال)?(\d{1,2})\s+(?:من\s+)?الشهر\s+%s(?!\w)"
                                       % _QUALIFIERS),
        }

    @cached_property
    def _month_finder(self) -> ahocorasick.Automaton:
        """Every Gregorian month name (the ones "my" starts with) and شهر, for finding them all, overlaps too."""
        automaton = ahocorasick.Automaton()
        for name in [m for m, (_, cal) in self.months.items() if cal == "gregorian"] + ["شهر"]:
            automaton.add_word(name, len(name))
        automaton.make_automaton()
        return automaton

    def _month_starts(self, text: str, windows: list[tuple[int, int]] | None = None,
                      exact: bool = False) -> list[int]:
        """Where a match of "my" may start: it reads [clitic of up to two letters] [شهر or الشهر + space]
        month, so it starts at most four characters before a month name or شهر. With ``windows``, only the
        month names inside those ``(start, end)`` ranges of the text count. With ``exact``, where a match
        without a clitic may start: at a month name or شهر that starts a word, or at the ال before شهر."""
        hits = self._month_finder.iter(text) if windows is None else \
            (hit for start, end in windows for hit in self._month_finder.iter(text, start, end))
        starts = set()
        for end, size in hits:
            start = end - size + 1
            before = text[start - 1] if start else ""
            if exact:
                if not before or before.isspace():
                    starts.add(start)
                elif text[start - 2:start] == "ال" and (start == 2 or text[start - 3].isspace()):
                    starts.add(start - 2)
                continue
            # the name stands at the start of a word, or after a clitic (or the ل of ال before شهر); inside a
            # word ("اب", August, in "الانتخابات") no match has it
            if before and before not in "وبفل" and (before.isalnum() or before == "_"):
                continue
            starts.update(range(max(start - 4, 0), start + 1))
        return sorted(starts)

    def find_dates(self, text: str, published: date | None) -> list[TimeExpression]:
        """Dates in folded ``text``, resolved against ``published`` and the years the text itself gives."""
        patterns = self._date_patterns
        found: list[TimeExpression] = []
        taken = bytearray(len(text) + 1)

        def add(start: int, end: int, value: str, end_value: str | None = None) -> None:
            if not any(taken[start:end]):
                found.append(TimeExpression(start, end, value, end_value))
                taken[start:end] = b"\x01" * (end - start)

        # Every pattern but "my", "year" and "relative" starts its match at (or up to three letters before) the
        # first digit of a run of digits, and articles hold few such runs: trying the patterns only there finds
        # exactly what a scan of the whole text finds, at a fraction of the cost (see _matches_at).
        digit_runs = [match.span() for match in _DIGIT_RUN.finditer(text)]
        run_starts = [start for start, _ in digit_runs]
        anchors = [(m.start(), int(m.group(1))) for m in _matches_at(_YEAR_ANCHOR, text, run_starts)]
        year_positions = [position for position, _ in anchors]
        # "dmy" may start with a clitic and the article (و, ال: up to three letters) before its day
        dmy_starts = sorted({start - back for start in run_starts for back in range(4) if start - back >= 0})
        dmy_matches = _matches_at(patterns["dmy"], text, dmy_starts)
        full_dates: dict[tuple[int, int], int] = {}
        for m in dmy_matches:
            if m.group(3):
                month = self.months[m.group(2)][0]
                full_dates[(month, int(m.group(1)))] = int(m.group(3))
        for m in _matches_at(patterns["iso"], text, run_starts):
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if _valid(year, month, day):
                add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
        for m in _matches_at(patterns["dmy_numeric"], text, run_starts):
            day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if _valid(year, month, day):
                add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
        for m in _matches_at(patterns["hijri"], text, run_starts):
            converted = _hijri_to_gregorian(int(m.group(3)), self.months[m.group(2)][0], int(m.group(1)))
            if converted:
                add(m.start(), m.end(), converted)
        for m in dmy_matches:
            day, month = int(m.group(1)), self.months[m.group(2)][0]
            if m.group(3):
                year = int(m.group(3))
            elif published and (relative_year := _YEAR_QUALIFIER.match(text, m.end(), m.end() + 24)):
                # "9 نوفمبر من العام الماضي": the year is the publication's, one before or after
                year = published.year + _STEP[relative_year.group(1)]
                if _valid(year, month, day):
                    add(m.start(), relative_year.end(), f"{year:04d}-{month:02d}-{day:02d}")
                    anchors.append((m.start(), year))
                continue
            else:
                after = text[m.end():m.end() + 12]
                direction = "past" if after.lstrip().startswith("الماضي") else (
                    "future" if _FUTURE.match(after) else None)
                # "9 نوفمبر الماضي" without a publication date: the years the text gives are mostly background
                # (on the bench, the last one before it was the right year for 10 % of these)
                year = full_dates.get((month, day)) or (
                    None if direction and not published else
                    _infer_year(month, day, published, anchors, m.start(), direction))
                if direction:
                    extra = _QUALIFIER.match(after)
                    if extra:
                        if year and _valid(year, month, day):
                            add(m.start(), m.end() + extra.end(), f"{year:04d}-{month:02d}-{day:02d}")
                            anchors.append((m.start(), year))
                        continue
            if year and _valid(year, month, day):
                add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
                anchors.append((m.start(), year))
        for year_start, year in list(anchors):
            window = max(0, year_start - _ORDINAL_DATE_REACH)
            m = patterns["ordinal_dm"].search(text, window, year_start)
            if m:
                day, month = _ORDINAL_DAYS[m.group(1)], self.months[m.group(2)][0]
                if _valid(year, month, day):
                    add(m.start(1), year_start + 4, f"{year:04d}-{month:02d}-{day:02d}")
        for m in _matches_at(patterns["range"], text, run_starts):
            first, last = int(m.group(1)), int(m.group(2))
            if first < last <= first + 50:
                add(m.start(), m.end(), f"{first:04d}", f"{last:04d}")
        # "my" ends with a year of exactly four digits, "year" with one of the anchors: without them, no match.
        # Neither is run over the whole text (see _month_starts, _year_starts).
        if any(end - start == 4 for start, end in digit_runs):
            for m in _matches_at(patterns["my"], text, self._month_starts(text)):
                add(m.start(), m.end(), f"{int(m.group(2)):04d}-{self.months[m.group(1)][0]:02d}")
        # relative months and units end with a qualifier (الماضي …), and only the publication date places them
        # (the years a text gives are mostly its background: "يونيو الماضي" is rarely in the year last named
        # before it); their patterns are tried only before the text's qualifiers (_month_starts with windows, _qualified_word_starts)
        qualifiers = [q.start() for q in _QUALIFIER_WORD.finditer(text) if text[q.start() - 1:q.start()].isspace()] \
            if published else []
        if qualifiers:
            # (as for "my", before a month name or شهر, looked for in the _QUALIFIED_REACH characters before each
            # qualifier)
            windows = [(max(qualifier - _QUALIFIED_REACH, 0), qualifier) for qualifier in qualifiers]
            for m in _matches_at(patterns["month_relative"], text, self._month_starts(text, windows)):
                month, step = self.months[m.group(1)][0], _STEP[m.group(3)]
                # "مارس من العام الماضي": the qualifier is the year's
                year = published.year + step if m.group(2) else _relative_month_year(month, step, published)
                ordinal = _ORDINAL_BEFORE.search(text, max(0, m.start() - _ORDINAL_DATE_REACH), m.start())
                if ordinal and _valid(year, month, _ORDINAL_DAYS[ordinal.group(1)]):
                    # "في السادس من أبريل القادم": the day, written as an ordinal
                    add(ordinal.start(1), m.end(), f"{year:04d}-{month:02d}-{_ORDINAL_DAYS[ordinal.group(1)]:02d}")
                    continue
                add(m.start(), m.end(), f"{year:04d}-{month:02d}")
        if published:
            for m in _matches_at(patterns["month_bare"], text, self._month_starts(text, exact=True)):
                if _BARE_MONTH_LEAD.search(text, max(m.start() - 20, 0), m.start()):
                    month = self.months[m.group(1)][0]
                    # (not the year last named in its sentence: in 15 of the bench's 61 months with such a year,
                    # it was wrong in 4 of the 7 where it differed from the publication's year and right in 2,
                    # "أحبطت هجمات منذ 2011، بحسب ما ذكرت الوكالة في يناير")
                    year = _bare_month_year(month, text, m.start(), published)
                    add(m.start(), m.end(), f"{year:04d}-{month:02d}")
        for m in _matches_at(patterns["year"], text, _year_starts(text, year_positions)):
            add(m.start(1), m.end(), m.group(1))
        if qualifiers:
            for m in _matches_at(patterns["day_of_month"], text, run_starts):
                day, (year, month) = int(m.group(1)), _month_step(published, _STEP[m.group(2)])
                if _valid(year, month, day):
                    add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
            for m in _matches_at(patterns["unit_relative"], text, _qualified_word_starts(text, qualifiers)):
                value = _relative_unit(m.group(1), _STEP[m.group(2)], published)
                if value and not (m.group(1) == "العام" and _word_before(text, m.start()) in _GENERAL_TITLES):
                    add(m.start(), m.end(), value)
        if published:
            days = {t.start: number for number, t in enumerate(found) if len(t.value) == 10}
            for m in patterns["relative"].finditer(text):
                day = days.get(_DAY_AFTER_WEEKDAY.match(text, m.end()).end()) \
                    if m.group(1) not in _DEICTIC_DAYS else None
                if day is not None:
                    # "يوم الأحد 19 يناير": the weekday names the day its date gives, not the last Sunday
                    add(m.start(), m.end(), found[day].value)
                    continue
                qualifier = m.group(2) or _tense(text, m.start())
                resolved = _relative(m.group(1), qualifier, published, self.months)
                if resolved:
                    add(m.start(), m.end(), resolved.isoformat())
        if published and "قبل" in text:
            for m in _AGO.finditer(text):
                value = _ago(m.group(1), m.group(2), published)
                if value:
                    add(m.start(), m.end(), value)
        if published:
            # "رؤية 2030", "بحلول عام 2025": years well after publication are plans, not dates of events
            found = [t for t in found if int(t.value[:4]) <= published.year + 1]
        found.sort(key=lambda t: t.start)
        return found


#: runs of digits: ``\d+``, written to start with a single ``\d``, which the regex engine skips to twice as fast
_DIGIT_RUN = re.compile(r"\d\d*")
_YEAR_ANCHOR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FUTURE = re.compile(r"\s*(المقبل|القادم)")
#: the days "relative" names that are no weekday (folded)
#: the day before yesterday (folded): "أمس الأول", "أول أمس", "أول من أمس", "قبل أمس"
_DAY_BEFORE_YESTERDAY = ("امس الاول", "اول امس", "اول من امس", "قبل امس")
_DEICTIC_DAYS = frozenset({"امس", "اليوم", "غدا", *_DAY_BEFORE_YESTERDAY})
#: what may stand between a weekday and the date of its day: "الأحد، 19 يناير", "الأحد الموافق 19 يناير"
_DAY_AFTER_WEEKDAY = re.compile(r"[\s,،]*(?:الموافق\s*)?")
_QUALIFIER = re.compile(r"\s*(الماضي|المقبل|القادم)")
#: past, next, current: the qualifier of a relative month or unit (group: its masculine form; ه the feminine's)
_QUALIFIERS = r"(الماضي|المقبل|القادم|الجاري|الحالي)ه?"
_QUALIFIER_WORD = re.compile(r"ال(?:ماضي|مقبل|قادم|جاري|حالي)")  # (a literal first: the fastest search)
#: the units of time a qualifier places ("العام الماضي", "الأسبوع المقبل"), folded
_TIME_UNITS = frozenset({"العام", "الشهر", "السنه", "الاسبوع", "اليوم"})
#: how far before its qualifier a relative month's name may start: "والشهر تشرين الثاني / نوفمبر من العام " is 38 long
_QUALIFIED_REACH = 64
_STEP = {"الماضي": -1, "المقبل": 1, "القادم": 1, "الجاري": 0, "الحالي": 0}
#: "9 نوفمبر من العام الماضي": a day's year given relative to the publication's
_YEAR_QUALIFIER = re.compile(r"\s*(?:من\s+)?(?:العام|السنه)\s+%s(?!\w)" % _QUALIFIERS)
#: the roles of heads of state, who appoint ("عين الملك X وزيرا")
_HEADS_OF_STATE = frozenset({"King", "Queen", "Emir", "Sultan", "President"})
#: the roles whose bare title is also a rank kept for life ("السفير", a diplomat's; "المستشار", a judge's in Egypt):
#: before a name with the post he holds right after it, a rank and no post
_RANKS = frozenset({"Ambassador", "Advisor"})
#: kinship nouns (folded), in construct with a title: the name after the title is the relative's as often as
#: the holder's ("لزوجة رئيس الوزراء، سارة نتانياهو", "عم زعيم الحوثيين عبدالكريم الحوثي"; but "ابنة الرئيس
#: الأمريكي دونالد ترامب")
_KIN_WORDS = frozenset({"زوجه", "زوج", "ابن", "ابنه", "ابنا", "نجل", "نجله", "نجلا", "شقيق", "شقيقه", "اخ", "اخت",
                        "عم", "عمه", "خال", "خاله", "والد", "والده", "ارمله", "حرم", "عقيله", "صهر", "حفيد", "حفيده"})
#: what one is charged with (folded), after the name of whom a head of state appoints ("كلف الرئيس X بتشكيل
#: الحكومة", "برئاسة الحكومة")
_CHARGED_WITH = frozenset({"بتشكيل", "برياسه"})
#: "new" (folded), between a title and the body it heads: "رئيسا جديدا للمجلس", "رئيس جديد للحكومة"
_NEW_WORDS = frozenset({"جديد", "جديدا", "جديده"})
#: "new" with the article, after a title and its complement (folded)
_NEW_DEFINITE = frozenset({"الجديد", "الجديده"})
#: "in" (folded: فى too)
_IN_WORD = "في"
#: "to it" (folded), after a title: the body the sentence names before ("انتخب البرلمان X رئيسا له")
_TO_IT = frozenset({"له", "لها"})
#: "for a term" after a title in the accusative ("انتخب رئيسا لولاية ثانية"), not what the title heads (folded)
_FOR_A_TERM = frozenset({"لولايه", "لفتره", "لمده", "لدوره", "لعهده", "للمره", "لاجل"})
#: "of the republic", "of the country", "of the state" after such a title ("رئيسا للجمهورية"; folded)
_OF_THE_STATE = frozenset({"للجمهوريه", "للبلاد", "للدوله"})
#: "general" (folded), after a title: "النائب العام"
_GENERAL = "العام"
#: one-word titles (folded) that "العام" after them makes the title of another office: "النائب" is a member of
#: parliament, "النائب العام" the prosecutor general (but "المرشد العام" is still a leader)
_OTHER_WHEN_GENERAL = frozenset({"النايب"})
#: the titles "X العام" (general) that are no year: "الامين العام المقبل" is the next secretary-general
_GENERAL_TITLES = frozenset({"الامين", "النايب", "المدعي", "المدير", "المفتش", "المراقب", "المنسق", "المفوض",
                             "المرشد", "القايد", "المحامي", "الموتمر", "الراي", "الحاكم"})


def _ordinal_days() -> dict[str, int]:
    """The days of a month as ordinals (folded): الاول 1 … العاشر 10, الحادي عشر 11 … الحادي والثلاثين 31."""
    units = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
    days = {"الاول": 1, **{unit: number for number, unit in enumerate(units[1:], 2)}, "العاشر": 10,
            "العشرين": 20, "الثلاثين": 30}
    for number, unit in enumerate(units, 1):
        days[f"{unit} عشر"] = 10 + number
        days[f"{unit} والعشرين"] = 20 + number
    days["الحادي والثلاثين"] = 31
    return days


_ORDINAL_DAYS = _ordinal_days()
#: how far before its year an ordinal day may start: "الحادي والثلاثين من شهر كانون الاول / ديسمبر من عام " is 52
_ORDINAL_DATE_REACH = 64
#: an ordinal day right before a month's name ("السادس من أبريل القادم"), searched in the text before the month
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:[وبفل]|وفي|في)?\s*(%s)\s+(?:من\s+)?(?:(?:شهر|الشهر)\s+)?\Z"
                             % "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)))


def _year_starts(text: str, years: list[int]) -> list[int]:
    """Where a match of "year" may start, given where the text's years (``_YEAR_ANCHOR``) start.

    "year" reads [clitic of up to two letters] keyword (عام … في: two to five letters), white space, then a
    year: the year is an anchor, and the match starts two to seven characters before the white space that
    precedes it (``\\s`` is exactly ``str.isspace``).
    """
    starts = set()
    for position in years:
        space = position
        while space and text[space - 1].isspace():
            space -= 1
        if space < position:
            starts.update(range(max(space - 7, 0), space - 1))
    return sorted(starts)


def _matches_at(pattern: re.Pattern, text: str, candidates: list[int]) -> list[re.Match]:
    """What ``pattern.finditer(text)`` yields, when every match can only start at one of the sorted
    ``candidates``: the pattern is tried at those positions alone (look-behinds still see the text before)."""
    found = []
    resume = 0
    for position in candidates:
        if position < resume:
            continue  # inside the previous match: finditer does not look for overlapping ones
        match = pattern.match(text, position)
        if match:
            found.append(match)
            resume = match.end()
    return found


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _infer_year(month: int, day: int, published: date | None, anchors: list[tuple[int, int]], position: int,
                direction: str | None) -> int | None:
    """The year of a date written without one: from the publication date, else from the closest year
    the text gave before it (an explicit year, or the year of a date already resolved)."""
    if published:
        year = published.year
        if not _valid(year, month, day):
            return None
        candidate = date(year, month, day)
        if direction == "past" and candidate > published:
            return year - 1
        if direction == "future" and candidate < published:
            return year + 1
        if direction is None and (candidate - published).days > 183:
            return year - 1
        return year
    earlier = [anchor for anchor in anchors if anchor[0] < position]
    if earlier:
        return max(earlier)[1]
    return min(anchors)[1] if anchors else None


def _relative_month_year(month: int, step: int, published: date) -> int:
    """The year of a month named with a qualifier and no year ("يونيو الماضي": step -1, "المقبل": +1,
    "الجاري": 0).

    الماضي is the last such month before the publication's month, المقبل the first after it: the month of
    publication itself is neither, as the press calls it "يونيو الجاري" (so "يونيو الماضي" in a June article
    is June of the year before, as "الاثنين الماضي" on a Monday is a week ago). الجاري is the occurrence
    nearest the publication."""
    if step < 0:
        return published.year if month < published.month else published.year - 1
    if step > 0:
        return published.year if month > published.month else published.year + 1
    return min((published.year - 1, published.year, published.year + 1),
               key=lambda year: abs(year * 12 + month - published.year * 12 - published.month))


#: the days that "last week" may cover, whichever day a week starts on (or "the past seven days"), and
#: "next week", "this week": a week is no calendar unit of ISO dates, so it is given as the month (or else
#: the year) that holds all those days
_WEEK_DAYS = {-1: (-13, -1), 1: (1, 13), 0: (-6, 6)}


def _relative_unit(unit: str, step: int, published: date) -> str | None:
    """"الشهر الماضي", "العام المقبل", "الاسبوع الجاري": the ISO value of the unit ``step`` units from the
    publication date's."""
    if unit == "الشهر":
        months = published.year * 12 + published.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit in ("العام", "السنه"):
        return f"{published.year + step:04d}"
    first, last = (published + timedelta(days=offset) for offset in _WEEK_DAYS[step])
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


#: the counts a time ago may give in words (folded), by their value
_COUNT_WORDS = {fold(word): value for value, words in enumerate((
    (), (), (), ("ثلاث", "ثلاثة"), ("أربع", "أربعة"), ("خمس", "خمسة"), ("ست", "ستة"), ("سبع", "سبعة"),
    ("ثماني", "ثمانية"), ("تسع", "تسعة"), ("عشر", "عشرة"))) for word in words}
#: the units of a time ago (folded) -> (days, months or years; how many the word itself counts)
_AGO_UNITS = {"يوم": ("day", 1), "يومين": ("day", 2), "ايام": ("day", 0), "اسبوع": ("week", 1),
              "اسبوعين": ("week", 2), "اسابيع": ("week", 0), "شهر": ("month", 1), "شهرين": ("month", 2),
              "اشهر": ("month", 0), "شهور": ("month", 0), "عام": ("year", 1), "عامين": ("year", 2),
              "اعوام": ("year", 0), "سنه": ("year", 1), "سنتين": ("year", 2), "سنوات": ("year", 0)}
#: a time before the publication (folded): "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوعين", "قبل 5 سنوات"; not a time
#: before something else ("قبل يوم من الانتخابات") nor a year named ("قبل عام 2020"), nor "منذ", which mostly
#: tells how long ("الأولى منذ تسع سنوات", "المستمرة منذ 6 أسابيع")
_AGO = re.compile(r"(?<!\w)[وف]?قبل\s+(?:(\d{1,2}|%s)\s+)?(%s)(?!\w)(?!\s*(?:من|على|علي|\d))"
                  % ("|".join(sorted(_COUNT_WORDS, key=len, reverse=True)), "|".join(_AGO_UNITS)))


def _ago(count: str | None, unit: str, published: date) -> str | None:
    """The ISO value of a time ``count`` ``unit`` before the publication: a day for days, the month a week
    falls in where the days around it (three each side) do, a month, a year."""
    scale, counted = _AGO_UNITS[unit]
    number = (int(count) if count.isdigit() else _COUNT_WORDS[count]) if count else counted
    if not number or count and counted > 1:
        return None  # "قبل أيام" (some days); "قبل 3 يومين" is no Arabic
    if scale == "day":
        return (published - timedelta(days=number)).isoformat()
    if scale == "week":
        first, last = published - timedelta(days=7 * number + 3), published - timedelta(days=7 * number - 3)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    if scale == "month":
        return "%04d-%02d" % _month_step(published, -number)
    return f"{published.year - number:04d}"


def _qualified_word_starts(text: str, qualifiers: list[int]) -> list[int]:
    """Where a match of "unit_relative" may start, given where the qualifiers after white space start: at the
    word before that white space."""
    starts = set()
    for position in qualifiers:
        space = position
        while space and text[space - 1].isspace():
            space -= 1
        start = space
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        starts.add(start)
    return sorted(starts)


def _word_before(text: str, position: int) -> str:
    """The word before ``position`` without a clitic و ف ب (a word ending at the white space before it)."""
    word = text[max(0, position - 24):position].rsplit(None, 1)[-1:] if text[position - 1:position].isspace() else []
    if not word:
        return ""
    word = word[0]
    if word.startswith("لل"):
        return "ا" + word[1:]
    return word[1:] if word[:1] in "وفب" and word[1:].startswith("ال") else word


#: what stands right before a month named with neither day, year nor qualifier for it to be a date: a
#: preposition or noun of time ("في", "مطلع", "أواخر"), folded, with a clitic و or ف ("منذ", "قبل" and "بعد"
#: give a limit, not the event's date)
_BARE_MONTH_LEAD = re.compile(r"(?<!\w)(?<!منذ )(?<!حتي )(?<!قبل )(?<!بعد )(?<!لغايه )"
                              r"[وف]?(?:في|خلال|مطلع|اوايل|منتصف|اواسط|اواخر|نهايه|بدايه|مستهل)\s+\Z")
#: a clause that looks ahead: it opens with a verb in the future ("ستعقد", "التي ستجري"), has one after "أن"
#: ("كما أنه سيزور") or "سيتم", or tells of an expectation or a plan (a verb in the future elsewhere is not
#: told from a noun: سياسة، سيطرة، سنوات)
_FUTURE_VERB = re.compile(r"\s*(?:[وف]?(?:التي|الذي|الذين)\s+)?[وف]?س[يتن]\w\w")
_EXPECTED = re.compile(r"(?<!\w)(?:[وف]?(?:يتوقع|توقع|توقعت)|(?:ال)?(?:متوقع|مقرر|مرتقب|مزمع)ه?|قبيل|بحلول|ال(?:قادم|مقبل)ه?|علي ان|قد ي\w+"
                       r"|س[يت]تم|[وف]?ان(?:ه|ها|هم)\s+س[يتن]\w\w+)(?!\w)")
#: a clause that opens with a verb in the imperfect ("وينتهي", "ويفترض أن"): it may look ahead, or tell of the
#: present ("ويجري الوزير مشاورات مع النقابات التي أعلنت الإضراب أواخر أيار")
_IMPERFECT_VERB = re.compile(r"\s*(?:[وف]?(?:التي|الذي|الذين)\s+)?[وف]?ي\w\w\w")


def _bare_month_year(month: int, text: str, position: int, published: date) -> int:
    """The year of a month named alone at ``position``, from its clause: the next such month from the
    publication's on when the clause looks ahead ("ستعقد القمة في يونيو", "من المقرر أن …"); the
    publication's year when it opens with an imperfect verb ("وينتهي تعليق العقوبات في مايو"); else the last
    such month up to the publication's, as news tells what has happened ("الحظر الذي أعلنه ترامب في سبتمبر",
    in June, was the September before)."""
    clause = _clause_before(text, position)
    if _FUTURE_VERB.match(clause) or _EXPECTED.search(clause):
        return published.year if month >= published.month else published.year + 1
    if _IMPERFECT_VERB.match(clause):
        return published.year
    return published.year if month <= published.month else published.year - 1


#: how far back the clause before a time expression is looked for, and what ends a clause
_CLAUSE_REACH = 80
_CLAUSE_BREAK = re.compile(r"[.،,؛:\n]")


def _clause_before(text: str, position: int) -> str:
    """The clause ``position`` stands in, up to it (no further back than _CLAUSE_REACH characters)."""
    return _CLAUSE_BREAK.split(text[max(0, position - _CLAUSE_REACH):position])[-1]


def _tense(text: str, position: int) -> str | None:
    """Whether a bare weekday looks ahead: the clause opens with an imperfect or future verb ("يبدأ … الاثنين",
    "سيزور …"), and no "منذ" (since) stands right before it. Returns a qualifier like the text's own."""
    if re.search(r"(?:^|\s)منذ\s*$", text[max(0, position - _CLAUSE_REACH):position]):
        return None
    clause = _clause_before(text, position).split()
    # "يذكر أن الشرطة كانت أعلنت الأحد": after "أن" the clause said is the weekday's, not the verb saying it
    that = max((index for index, word in enumerate(clause) if word in _THAT_WORDS), default=-1)
    clause = clause[that + 1:]
    if not clause:
        return None
    verb = clause[0].lstrip("و").lstrip("ف")
    # يـ begins the imperfect; تـ is left out, as it also begins past verbs of forms V and VI (توصل، تبادل)
    if verb.startswith(("سي", "ست", "سن")) or (verb[:1] == "ي" and len(verb) >= 4):
        return "المقبل"
    return None


def _month_step(published: date, step: int) -> tuple[int, int]:
    """(year, month) ``step`` months from the publication's."""
    index = published.year * 12 + published.month - 1 + step
    return index // 12, index % 12 + 1


def _relative(word: str, qualifier: str | None, published: date, months: dict) -> date | None:
    from datetime import timedelta

    if word in _DAY_BEFORE_YESTERDAY:
        return published - timedelta(days=2)
    if word == "امس":
        return published - timedelta(days=1)
    if word == "اليوم":
        return published
    if word == "غدا":
        return published + timedelta(days=1)
    entry = months.get(word)
    if not entry or entry[1] != "weekday":
        return None
    weekday = entry[0]
    delta = (published.weekday() - weekday) % 7
    if qualifier in ("المقبل", "القادم"):
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead)
    if qualifier == "الماضي" and delta == 0:
        delta = 7
    # news reports what happened: a bare weekday is the most recent one, today included
    return published - timedelta(days=delta)


def _hijri_to_gregorian(year: int, month: int, day: int) -> str | None:
    try:
        from hijridate import Hijri

        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ImportError, ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------------------
# The reader: one article's folded text, its words, and the grammar of titles, names and institutions.

from ..findings import (MINISTER, NEWS_SUBTYPES, PORTFOLIO, REPLACED, SOLE_HOLDER_ROLES, TELLER,  # noqa: E402
                        Findings, RawAttribution, RawMention, RawPost, RawTitleReference, RawTrigger)
from ..lexicon import GazetteerEntry, load_entries  # noqa: E402
from ..matcher import Hit  # noqa: E402

_WORD = re.compile(r"\w+")
#: "according to" (folded), before a source or what it said: "وفقا ل", "بحسب", "حسبما"
_ACCORDING = "حسبما|حسب|بحسب|وفقا|وفق|طبقا"
_ATTRIBUTION = re.compile(
    rf"(?:{_ACCORDING}|نقلا عن|نقلته|نقلت|ذكرت|ذكر|افادت|افاد|اوردت|اورد|قالت|اعلنت|بثت|نشرت)"
    r"\s*(?:ما\s+)?(?:ل|عن\s+)?$"
    r"|(?<!\w)المصدر\s*:$")  # the footer "المصدر : الجزيرة + وكالات"
#: "according to (what X said)" (folded), right before X: "وفق ما أفادت به", "بحسب", "وفقا ل", "حسبما ذكر"
_ACCORDING_TO = re.compile(rf"(?<!\w)(?:{_ACCORDING})\s*(?:ل\s*)?(?:ما\s+)?"
                           r"(?:[وف]?(?:افادت|افاد|ذكرت|ذكر|اعلنت|اعلن|قالت|قال|اوردت|اورد|نقلت|نقل|اكدت|اكد)"
                           r"(?:\s+(?:به|بها|عنه|عنها))?\s+)?$")
#: the kinds of what may tell of events
_TELLER_KINDS = frozenset({"Organization", "Person", "Country"})
#: what ends a clause for the words before a trigger
_CLAUSE_END = re.compile(r"[.،,؛;:!?؟\n]")
#: words of hope, aim and need: a trigger right after one is not (yet) an event ("بضرورة التوصل إلى اتفاق")
_MODAL_WORDS = frozenset(fold(word) for word in (
    "أمل", "أملا", "أمله", "أملها", "أملهما", "أملهم", "آمال", "آمالا", "آماله", "آمالها", "آمالهم", "بهدف", "أجل",
    "سعيا", "سبيل", "ضرورة", "بضرورة",
    # purpose: "الجهود الرامية للتوصل إلى هدنة" (not "أعلن التوصل إلى اتفاق", which is reached)
    # (not "الهادفة": "غير الهادفة للربح" is non-profit)
    "للتوصل", "للوصول", "الرامية", "الرامي"))
#: the words of failing (folded): what "في" after them names did not happen ("فشل المجلس في انتخاب رئيس", "فشلت
#: الأطراف في التوصل إلى اتفاق")
_FAILING_WORDS = frozenset(fold(word) for word in (
    "فشل", "فشلت", "فشلا", "فشلتا", "فشلوا", "يفشل", "تفشل", "فشله", "فشلها", "فشلهم", "إخفاق", "أخفق", "أخفقت"))
#: a plan or an expectation before a verb ("من المقرر أن يلتقي", "من المتوقع أن يصل"; folded); before a noun
#: only the verbs of intending ("يعتزم زيارة"): "من المتوقع أن يخفف هذا الاتفاق" retells an agreement
_PLANNED_WORDS = frozenset(fold(word) for word in ("المقرر", "المتوقع", "المنتظر", "المزمع", "المرتقب"))
_INTENDING_WORDS = frozenset(fold(word) for word in ("يعتزم", "تعتزم", "يعتزمان", "ينوي", "تنوي"))
#: how many words before a trigger may hold the word of a plan, and the verb of intending
PLANNED_WINDOW = 3
INTENDED_WINDOW = 8
#: how many words before an indefinite noun the word of a plan may stand, with "أن" and a verb after it ("من المقرر
#: أن يعقد مجلس السلم والأمن التابع للاتحاد الأفريقي اجتماعا")
PLANNED_CLAUSE_WINDOW = 16
#: "أن" folded, and the first letters of a verb in the imperfect ("يعقد", "تجري", "نلتقي"; folded)
_THAT_WORD = "ان"
_IMPERFECT_PREFIXES = frozenset("يتن")
#: "أن", "إن" and "بأن", folded: what follows them is a clause of its own
_THAT_WORDS = frozenset({_THAT_WORD, "ب" + _THAT_WORD})


def _any_of(words: list[str], vocabulary: frozenset[str]) -> bool:
    """One of ``words`` is in ``vocabulary``, bare or behind the conjunction و or ف."""
    return any(word in vocabulary or word[:1] in "وف" and word[1:] in vocabulary for word in words)
#: prepositions (folded) that only a noun follows, never a verb: "في عين التينة" (not "من", also "who")
_PREPOSITIONS_BEFORE_NOUNS = frozenset({"في", "الي", "عن", "علي", "خلال", "منذ"})
#: "any" (folded), before a noun: "أي هجوم", "أية ضربة"
_ANY_WORDS = frozenset({"اي", "ايه"})
#: the adjectives that put an event ahead, right after its noun ("لقاؤه المرتقب مع", "القمة المقبلة", "اجتماع مقرر";
#: folded, in both genders, definite, indefinite and accusative)
_AHEAD_ADJECTIVES = frozenset(
    prefix + stem + ending
    for stem in ("مرتقب", "مقبل", "قادم", "مقرر", "مزمع", "منتظر", "متوقع", "محتمل", "مقترح")
    for prefix, endings in (("ال", ("", "ه")), ("", ("", "ه", "ا", "ان", "ين")))
    for ending in endings)
#: a verb of holding in the future after an event's noun and up to two words (its adjectives), or a relative
#: pronoun ("القمة العربية ستعقد", "قمة غانية هندية ستعقد", "الانتخابات التي ستجرى"; folded)
_HELD_LATER = re.compile(r"(?:\s+\w+){0,2}?[\s،,]+(?:(?:التي|الذي|اللذين|اللتين)\s+)?"
                         r"(?:ست|سي)(?:عقد|نعقد|جري|قام|نظم|بدا|نطلق)(?!\w)")
#: the future of "to be" (folded), before a noun that says what something will be
_WILL_BE = frozenset({"سيكون", "ستكون", "سيكونان", "ستكونان", "سيكونون", "وسيكون", "وستكون"})
#: the words that call an event off or put it off, within CALLED_OFF_WINDOW words before its noun ("ألغى
#: الوزير زيارته", "تأجيل الاجتماع"; folded)
_CALLING_OFF_WORDS = frozenset(fold(word) for word in (
    "ألغى", "ألغت", "يلغي", "تلغي", "إلغاء", "بإلغاء", "أرجأ", "أرجأت", "يرجئ", "إرجاء", "بإرجاء", "أجلت",
    "تأجيل", "بتأجيل"))
CALLED_OFF_WINDOW = 6
#: every word of _CALLING_OFF_WORDS holds one of these (folded)
_CALLING_OFF_STEM = re.compile("لغ|رج|جل|جيل")
#: every word of _MODAL_WORDS and _CALL_WORDS holds one of these (regex fragments: "حث" not in "بحث", "مباحثات")
_MODAL_STEMS = ("امل", "امال", "اجل", "هدف", "سعي", "سبيل", "ضروره", "دعا", "دعو", "دعت", "طالب", "توصل", "وصول",
                "رامي", "هدد", "توعد", "(?<![با])حث", "حاث", "حض", "ناشد", "تفق", "فشل", "خفاق", "خفق")
#: every word of _PLANNED_WORDS and _INTENDING_WORDS holds one of these
_PLANNED_STEM = re.compile("مقرر|متوقع|منتظر|مزمع|مرتقب|عتزم|نوي|ينبغي|يجب|يتعين")
#: what must or should be done, before "أن" and a verb (folded): "ينبغي للمنطقة أن تفرض عقوبات" (not done yet)
_OBLIGED_WORDS = frozenset({"ينبغي", "يجب", "يتعين", "وينبغي", "ويجب", "ويتعين"})
#: "لم يكن" (had not) before a word of obligation: what should not have been done was done
_HAD_NOT = ["لم", "يكن"]
#: how many words may stand between a word of obligation and its "أن" (who must: "على الحكومة الكينية")
OBLIGED_REACH = 4
#: the particles that deny a verb ("لم يلتق", "لن يزور", "لا يوجد اتفاق"; folded): and "ليس", which denies what
#: "هناك" (there is) says is ("ليس هناك اتفاقية")
_NOT_DOING = frozenset({"لم", "لن", "لا", "ليس", "ليست"})
#: the words that deny a noun right after them ("لا هدنة", "ليس قصف", "عدم إطلاق النار", "دون عمليات عسكرية",
#: "بدون مساعدات"; folded), and before "أن" and a verb ("دون أن يلتقي")
_NOT_BEING = frozenset({"لا", "ليس", "ليست"})
_WITHOUT_WORDS = frozenset({"دون", "بدون", "عدم", "بعدم", "لعدم", "بلا", "بغير"})
#: what takes place, is held or is done, between a denial and the event it denies ("لم تجر محادثات", "لم يقع
#: هجوم", "لن نعقد قمة", "لم يتم توقيع أي اتفاق", "دون وقوع هجمات", "عدم إجراء مباحثات"; folded imperfect
#: forms, as after "لم" and "لن", and verbal nouns). Not attending or accepting: what one does not attend or
#: accept takes place all the same ("لن تحضر قمة مجموعة السبع", "لا تقبل الاتهامات").
_TAKING_PLACE = frozenset(
    [prefix + stem for prefix in "يتن" for stem in (
        "حصل", "قع", "جر", "جري", "نعقد", "عقد", "تم", "حدث", "وجد", "وجه", "شهد", "برم", "شن", "نفذ", "سجل", "وقع",
        "جروا", "عقدوا", "وقعوا", "عقدا", "وقعا")]
    + ["هناك", "وقوع", "حدوث", "اجراء", "عقد", "ابرام", "توقيع", "حصول", "شن", "تبادل", "اندلاع", "وصول", "دخول",
       "قيام"])
#: the words of preventing or avoiding (folded): what they keep from happening did not happen ("لمنع التظاهرة",
#: "لتجنب شن هجوم", "منع وصول المساعدات"); but sanctions one evades are in force ("تفادي العقوبات الأميركية")
_PREVENTING = frozenset(prefix + word for word in ("منع", "يمنع", "تمنع", "منعا", "تجنب", "يتجنب", "تتجنب", "تجنبا",
                                                   "تفادي", "يتفادي", "تتفادي", "تفاديا")
                        for prefix in ("", "ل", "ب", "و", "ول", "ف"))
#: "a vote" (folded): an election where the sentence speaks of one (_ELECTION_WORDS), else a vote on a text or a
#: motion ("تصويت نهائي على مشروع قانون", "تصويت بسحب الثقة", "نتيجة تصويت النواب")
_VOTE = "تصويت"
_ELECTION_WORDS = re.compile("انتخاب|استفتاء|اقتراع|ناخب|مرشح|صناديق")
#: "a meeting" (folded), also a sports match: none where the sentence speaks of a game (_SPORT_WORDS, folded: the
#: words of a match that no meeting of officials is told with; not "فريق", a team of investigators too, "المنتخب",
#: also "the elected", "الدوري", also "rotating", "أهداف", also "aims", "الدقيقة" without its minute, also
#: "delicate", nor "كرة القدم", in the names of the bodies officials meet)
_MEETING_NOUN = "لقاء"
_SPORT_WORDS = re.compile(r"مباراه|الدقيقه \d|الشوط|كروي|الملعب|اللاعب|لاعبي|المونديال")
#: the words of a game in play (folded, whole words): an attack there is a team's, no fighting ("شنت عدة هجمات
#: خطرة على مرمى منافسها", "خط الهجوم"); not the match or the stadium alone, where attacks on them happen
_GAME_WORDS = re.compile(r"(?<!\w)(?:الشوط|المرمي|علي مرمي|الدقيقه \d+|خط الهجوم|قلب الهجوم|اللاعب|لاعبي"
                         r"|تسديده|التشكيله|الشباك)(?!\w)")
#: the triggers (folded) that fold like a verbal noun with the pronoun ه: the event only where written with ة
_WRITTEN_WITH_TAA_MARBUTA = frozenset({"منحه"})
#: the verbs and the noun of receiving (folded) a guest: a meeting, but not when they receive a crowd or a thing
_RECEPTIONS = frozenset({"استقبل", "استقبلت", "يستقبل", "استقبال"})
#: what is received that is no guest (folded, without the article): refugees, migrants and the displaced, asylum
#: seekers, ships and cargoes, requests and mail, money, water, the wounded, the sick and children, the remains of
#: the dead, pilgrims, tourists and numbers of people
_RECEIVED_NO_GUESTS = frozenset(fold(word) for word in (
    "لاجئ", "لاجئا", "لاجئين", "لاجئون", "لاجئة", "لاجئات", "مهاجر", "مهاجرا", "مهاجرين", "مهاجرون", "مهاجرات",
    "نازح", "نازحا", "نازحين", "نازحون", "طالبي", "طالبو", "لجوء", "سفينة", "سفن", "باخرة", "بواخر", "قارب", "قوارب",
    "شحنة", "شحنات", "بضائع", "سلع", "طلبات", "شكاوى", "مكالمات", "بريد", "عملات", "أموال", "مياه", "جرحى",
    "مصابين", "مرضى", "أطفال", "طفل", "رفات", "جثث", "جثامين", "حجاج", "حجيج", "معتمرين", "سياح", "أشخاص", "شخص",
    "شخصا"))
#: how many characters after an agreement's trigger its longest known name may reach
NAMED_AGREEMENT_REACH = 80
#: how many words after a verb or noun of receiving may name what it receives
RECEPTION_REACH = 8
#: the verbs of holding (folded), which hold whatever they follow: a meeting, or a press conference that is none;
#: a meeting only when a gathering follows them (see ArabicReader._gathering_follows)
_HOLDING_VERBS = frozenset({"عقد", "عقدت"})
#: the relative pronouns (folded) between a noun and the verb of its clause
_RELATIVE_WORDS = frozenset({"الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"})
#: the perfect of "happen" and "launch" right after an event (folded): what one did not prevent or avoid took place
#: ("لم تتدخل لمنع هجمات وقعت في الأيام الأخيرة")
_TOOK_PLACE = frozenset({"وقع", "وقعت", "حدث", "حدثت", "شنها", "شنتها", "جرت", "جري"})
#: the forms of "reach" whose "إلى" an agreement follows ("لم يتم التوصل إلى اتفاق", "لم يتوصلا إلى"; folded)
_REACHING = frozenset({"التوصل", "يتوصل", "تتوصل", "نتوصل", "يتوصلا", "تتوصلا", "يتوصلوا"})
#: the exceptive words that make a denial say the one case it happened ("لم يجتمع الرئيسان إلا على هامش القمة")
_EXCEPT_WORDS = frozenset({"الا", "سوي"})
#: how many words after the denied trigger may hold an exceptive word of its clause
EXCEPT_REACH = 8
_MODAL_STEM = re.compile("|".join(_MODAL_STEMS))  # (any of them: one search in C)
#: how many words before a trigger may hold the word of hope or aim ("أملهما في التوصل إلى اتفاق")
IRREALIS_WINDOW = 4
#: how many words before "إلى" and a trigger may hold the verb of a call ("دعا وزير الخارجية الكيني X إلى")
CALL_WINDOW = 12
#: the words of a demand (folded) whose object follows ب ("طالب بإجراء انتخابات"): what it names is not (yet)
#: an event
_DEMAND_WORDS = frozenset(fold(word) for word in (
    "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبا", "مطالبين", "مطالبة", "المطالبة", "للمطالبة",
    "بالمطالبة", "مطالبات", "مطالبته", "مطالبتها"))
#: the verbs of a threat (folded), whose object follows ب, the threatener often between ("هدد الاتحاد الأوروبي
#: بفرض عقوبات"): what it names is not (yet) an event
_THREAT_WORDS = frozenset(fold(word) for word in (
    "هدد", "هددت", "هددوا", "يهدد", "تهدد", "مهددا", "توعد", "توعدت", "يتوعد", "تتوعد", "متوعدا"))
#: the verbs of urging (folded), bare and with the object's pronoun ("حثهما"): what "على" right after them names
#: ("حث الطرفين على وقف إطلاق النار"), or "إلى" ("حضهما على التوصل إلى هدنة"), is not (yet) an event
_URGING_WORDS = frozenset(fold(stem + ending) for stem in (
    "حث", "حثت", "يحث", "تحث", "حاثا", "حض", "حضت", "يحض", "تحض", "ناشد", "ناشدت", "يناشد", "تناشد", "مناشدا")
    for ending in ("", "ه", "ها", "هما", "هم"))
#: the words of a call (folded), a demand's, an invitation's or an urging's: what "إلى" after them names is not
#: (yet) an event
_CALL_WORDS = _DEMAND_WORDS | _URGING_WORDS | frozenset(fold(word) for word in (
    "دعا", "دعت", "دعوا", "يدعو", "تدعو", "داعيا", "داعية", "دعوة", "الدعوة"))
#: answering a call or invitation (folded): "تلبية لدعوة" (in answer to an invitation) tells of a visit made
_ANSWERING_WORDS = frozenset({"تلبيه", "استجابه"})
#: the ل of purpose, alone or behind و or ف, before an indefinite noun ("لزيارة", "ولعقد")
_PURPOSE_PREFIXES = frozenset({"ل", "ول", "فل"})
#: the nouns of taking part and attending (folded stems), whose complement takes ل ("مشاركته لمؤتمر")
_TAKING_PART_STEMS = ("مشارك", "حضور")
#: the verbs of agreeing (folded): what "على" after them names is agreed on, not yet done
_AGREEING_WORDS = frozenset(fold(word) for word in ("اتفق", "اتفقا", "اتفقت", "اتفقتا", "اتفقوا", "يتفقان",
                                                       "تتفقان"))
#: verbal nouns of holding or starting an event, between "على" and its noun ("على عقد قمة", "على إجراء انتخابات")
_HOLDING_NOUNS = frozenset(fold(word) for word in ("عقد", "إجراء", "تنظيم", "بدء", "استئناف", "إطلاق"))
#: "برئاسة" (chaired by), folded
_CHAIRED_BY = fold("برئاسة")
#: the words of a government or a cabinet in a body's name (folded: حكومة، الحكومي، الوزراء، الوزاري)
_CABINET_WORDS = re.compile(r"حكوم|وزرا|وزاري")
#: a delegation and the body it comes from, right before the body's name (folded)
_DELEGATION_FROM = re.compile(r"وفد\w*(?:\s+\w+){0,4}\s+(?:من|عن)\s+$")
#: "على" folded: before what an urging is for
_ON_WORD = "علي"
#: how many words after a demand's ب-word its trigger may stand ("بإجراء انتخابات", "بوقف إطلاق النار")
DEMANDED_REACH = 1
#: what joins the next item of a list to a trigger, a verbal noun of its own between (folded): "، وإنفاذ ",
#: " وإجراء "
_COORDINATED_NEXT = re.compile(r"\s*[،,]?\s*و(?:\w+\s+)?")
#: "وقف" before "إطلاق النار" makes a ceasefire
_HALT_WORDS = frozenset({"وقف", "وقفا", "ووقف", "لوقف", "بوقف"})
#: what may stand between "وقف" and the fighting it halts ("وقف فوري للهجمات")
_HALT_ADJECTIVES = frozenset(fold(stem + ending) for stem in ("فوري", "كامل", "شامل", "دائم", "تام", "مؤقت", "عاجل")
                             for ending in ("", "ا"))
#: nouns of a sitting that, before another event's trigger, name that event's occasion
_SESSION_NOUNS = frozenset({"جلسه", "جلسات"})
ATTENDANCE = re.compile(r"(?<!\w)[وف]?(?:حضر|حضره|حضرها|حضرت|شارك|شاركت|بحضور|بمشاركه)(?!\w)")


class GatedPattern:
    """A regex searched only in texts that hold one of ``needles``, when every match holds one of them:
    the same answers as the regex, without running it over the many texts that cannot match."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern, needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.needles = needles

    def search(self, text: str, *positions: int) -> re.Match | None:
        """``pattern.search(text, *positions)`` (positions not negative: str.find reads those otherwise)."""
        for needle in self.needles:
            if text.find(needle, *positions) >= 0:  # (in the part searched)
                return self.pattern.search(text, *positions)
        return None


#: every word ATTENDANCE accepts holds حض (حضر…, بحضور) or شارك (شارك…, بمشاركه)
ATTENDANCE_SEARCH = GatedPattern(ATTENDANCE, ("حض", "شارك"))

#: every match of "the two sides" holds one of these: the noun and its dual or plural ending, or the dual of طرف in
#: a construct (the ن dropped)
_TWO_SIDES_WORDS = tuple(noun + ending for noun in ("جانب", "طرف", "زعيم", "رييس", "وزير") for ending in ("ان", "ين")) \
    + ("طرفا", "طرفي")
#: "الطرفان", "للجانبين"; and "طرفا الحرب", "طرفي النزاع": the parties of a conflict or a deal. (Not the leaders
#: in a construct, "زعيما البلدين": those are often earlier ones, "آخر قمة بين زعيمي البلدين عام 2007"; nor
#: جانبي: "على جانبي الحدود" is both sides of a border.)
_TWO_SIDES = re.compile(r"(?<!\w)[وفبل]?(?:(?:ال|لل)(?:جانب|طرف|زعيم|رييس|وزير)(?:ان|ين)(?!\w)|طرف[اي]\s+ال\w)")

#: verbs of saying before their speaker and what is said (folded when the pattern is made)
_SAYING = ("قال", "قالت", "يقول", "تقول", "أعلن", "أعلنت", "يعلن", "تعلن", "أكد", "أكدت", "يؤكد", "تؤكد", "ذكر",
           "ذكرت", "أفاد", "أفادت", "أوضح", "أوضحت", "أضاف", "أضافت", "صرح", "صرحت", "اعتبر", "اعتبرت", "أشار",
           "أشارت", "رأى", "رأت", "يرى", "ترى", "زعم", "زعمت", "كشف", "كشفت", "لفت", "لفتت", "نوه", "نوهت", "شدد",
           "شددت")
_SAYING_VERB = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(sorted({fold(verb) for verb in _SAYING}, key=len, reverse=True))
                          + r")(?!\w)")
#: the word opening what is said (إن, أن; folded), after "إلى" too ("أشار إلى أن") and with ب ("صرح بأن"); not
#: إنه, أنها …
_THAT = re.compile(r"\s(?:الي\s)?ب?ان(?!\w)")
#: how far before "إن" its verb of saying may stand: the speaker's name and titles
SPEAKER_REACH = 120


#: the speaker's own forces as the subject after إن/أن (folded): "أن قواتها", "أن طائراته" (not "إن بلاده",
#: which tells what the country wants as often as what it does)
_OWN_FORCES = re.compile(r"\s+(?:قوات|جيش|طايرات|مقاتلات|وحدات|عناصر|مقاتلي|دفاعات)(?:ه|ها|هم|هما)(?!\w)")


def reported_clauses(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(speaker start, speaker end, end of إن)`` of each "قال X إن …" in folded ``text[start:end]``: the
    nearest verb of saying before إن, with no other إن/أن (nor إنه) and no sentence end between them.
    (Found from the إن, which few sentences hold many of: a regex starting at the verb would be tried at
    every position.)"""
    clauses = []
    for that in _THAT.finditer(text, start, end):
        window_start = max(start, that.start() - SPEAKER_REACH)
        verbs = list(_SAYING_VERB.finditer(text, window_start, that.start()))
        if not verbs:
            continue
        speaker_start, speaker_end = verbs[-1].end(), that.start()
        between = text[speaker_start:speaker_end]
        if " ان" in between or any(mark in between for mark in ".؟!?\n"):
            continue
        if _OWN_FORCES.match(text, that.end()):
            continue  # "أعلنت وزارة الدفاع الروسية أن قواتها سيطرت على …": what its own forces did, it did
        if speaker_end > speaker_start:
            clauses.append((speaker_start, speaker_end, that.end()))
    return clauses


#: "this", "that" (folded): before a trigger, they make it a retelling ("this agreement"); after a verb of arriving,
#: they start its subject, a thing ("وصلت هذه الرسالة إلى طهران")
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})


EVENT_WORDS = EventWords(
    attendance=ATTENDANCE_SEARCH,
    two_sides=GatedPattern(_TWO_SIDES, _TWO_SIDES_WORDS),
    demonstratives=_DEMONSTRATIVES,
    between=re.compile(r"(?<!\w)(?:بين|مع)\s+"),  # "اتفاق بين X وY", "وقع X اتفاقا مع Y"
    coordination=re.compile(r"^[\s،,]*و\s*(?:\w+\s+)?$"),  # a word may stand before the name ("وجمهورية الصين")
    relative=re.compile(r"\s*(?:التي|الذي|الذين|اللذين|اللتين|اللذان|اللتان)\s"),
    # "غداة لقاء" (the day after a meeting) puts the meeting a day before its sentence's date, "عشية" after
    day_shifts={"غداة": -1, "وغداة": -1, "عشية": 1, "وعشية": 1},
    reported=reported_clauses,
    # (with up to two adjectives, which may name the country: "وفد عسكري مغربي", "وفداً أمنياً مصرياً")
    delegation=re.compile(r"(?<!\w)[وبل]?(?:ال)?وفد(?:اً?)?(?:\s+\w+(?:ي|ية|يه|يا)ً?)?(?:\s+(?:ال)?رفيع(?:اً?)?(?:\s+المستوى)?)?"
                          r"(?:\s+\w+(?:ي|ية|يه|يا)ً?)?(?:\s+(?:من|عن))?\s+$"),
    place_or_topic=re.compile(r"(?<!\w)(?:[وف]?في|بشأن|حول|حيال|إزاء|ازاء)\s+$"),
    on_a_visit=re.compile(r"(?<!\w)(?:في|فى)\s+$"),
    visitor_named_before=re.compile(r"وصول(?:ه|ها|هم|هما)$"),
    same_occasion=re.compile(r"\s*و?(?:ب|في\s+)?(?:هذه|تلك)\s+المناسبه"),
    receiving=re.compile(r"(?<!\w)(?:في|فى)\s+(?:استقبال|إستقبال)"),
    # (not سعادته, which is also "his happiness", nor دولته, "his state")
    honorific_pronouns=frozenset({"سموه", "فخامته", "معاليه", "جلالته"}),
    condemning=re.compile(r"دان|ندد|نند|استنكر|شجب"),  # أدان، تدين، ندد، استنكر، شجب
    # "الجانبان المصري والسعودي", "الجانب الروسي"
    sides_of=re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:جانب|طرف)(?:ان|ين)?\s+(?:\w+\s+و)?$"),
    # "نظيره الأرميني", "بنظيرته الألمانية", "نظراءه الخليجيين"
    # a verb in the feminine a capital agrees with, past ("أعلنت", not a plural noun in ات) or present ("تتهم",
    # "يتهم"), or "between", "with", "against", "on"
    acting_before=re.compile(r"(?<!\w)[وف]?(?:\w{2,}(?<!ا)ت|[تي]\w{2,}(?<!ات)|بين|مع|ضد|على|علي)\s+$"),
    counterpart_of=re.compile(r"(?<!\w)[وفبل]?(?:نظير|نظيرت|نظراء|نظرائ)(?:ه|ها|هم|هما|ي|يه)?\s+$"),
    to_owner=re.compile(r"\s+(?:ال\w+\s+)?$"),  # "الغارات (الجوية) الروسية"
    # "الهجمات الروسية (الجديدة) على", "الغزو الأمريكي لأفغانستان"
    against=re.compile(r"\s+(?:(?:ال\w+\s+)?(?:على|علي|ضد)\s+|ل)$"),
    # (not "فيما يتعلق/يخص" (as regards), "فيما بعد" (later), "فيما بينهم" (among them), "فيما إذا" (whether))
    # (not with the one congratulated as a pronoun, "لتهنئته", "مهنئا إياه", whose congratulator stands far off)
    congratulating=re.compile(r"(?<!\w)[وف]?(?:هن[ّ]?أ[ت]?|يهنئ|تهنئ[ة])(?!\w)"),
    # (not معارضة, the opposition, nor نوه, which tells as often as it praises)
    judging=re.compile(r"(?<!\w)[وف]?(?:رحب|رحبت|رحبوا|يرحب|ترحب|ترحيب\w*|مرحب[اة]|[أا]شاد|[أا]شادت|يشيد|تشيد|"
                       r"[إا]شاد[ةه]|مشيد[اة]|ثمن|ثمنت|يثمن|تثمن|مثمن[اة]|[أا]يد|[أا]يدت|يؤيد|تؤيد|تأييد\w*|رفض|رفضت|"
                       r"رفضوا|يرفض|ترفض|رفضه|رفضها|رافض[اة]|انتقد|انتقدت|ينتقد|تنتقد|منتقد[اة]|عارض|عارضت|يعارض|"
                       r"تعارض|[أا]دان|[أا]دانت|يدين|تدين|ندد|نددت|يندد|تندد|استنكر|استنكرت|شجب|شجبت)(?!\w)"),
    framing=re.compile(r"(?<!\w)[وف]?(?:خلال|أثناء|اثناء|في|فى|عقب|بعد|قبل|لدى|عند|إثر|اثر|منذ|حول|بشأن|حيال|إزاء|ازاء)"
                       r"\s+$"),
    contrast=re.compile(r"(?<!\w)و?(?:فيما(?!\s+(?:يتعلق|تتعلق|يخص|بعد|بين|إذا|اذا|يبدو))|بينما|في حين)(?!\w)"),
)


#: the first word of a compound given name written in two words (عبد الله, أبو بكر, folded)
_COMPOUND_NAME_START = re.compile(r"(?<!\S)(عبد|ابو) ")


def _without_honorific(name: str, honorifics: list[str]) -> str:
    """"الشيخ منصور بن زايد" -> "منصور بن زايد": honorifics are read by the grammar, not part of names
    (kept when only one name would remain: "الملك سلمان", "الملك عبد الله", which alone name many people)."""
    for honorific in honorifics:
        if name.startswith(honorific + " "):
            rest = name[len(honorific) + 1:]
            if len(_COMPOUND_NAME_START.sub(r"\1", rest).split()) >= 2:
                return rest
    return name


def _without_titles(name: str, titles: frozenset[str], names: set[str]) -> str:
    """"ولي العهد الأمير محمد بن سلمان" -> "محمد بن سلمان", "العاهل الاردني الملك عبدالله الثاني" -> "عبدالله
    الثاني", "الرئيس ترامب" -> "ترامب": a post's title before a name, with the definite words after it (its
    complements, honorifics), is read by the grammar, which states the post, and is no part of the name (kept
    when one name would remain that is not one of ``names``, the entry's other names: "الرئيس شي")."""
    words = name.split()
    start = 0
    while True:
        # (a title of one word only with its article: سلطان, أمير are given names too)
        size = next((size for size in (3, 2, 1) if len(words) - start > size
                     and " ".join(words[start:start + size]) in titles
                     and (size > 1 or words[start].startswith("ال"))), 0)
        if not size:
            break
        start += size
        # the title's definite complements: "العاهل الاردني", "الرئيس الراحل" (not a name with its article
        # before بن: "ولي العهد الأمير الحسين بن عبدالله الثاني")
        while len(words) - start > 1 and words[start].startswith("ال") and words[start + 1] not in LINEAGE_WORDS:
            start += 1
    rest = " ".join(words[start:])
    if start and (len(_COMPOUND_NAME_START.sub(r"\1", rest).split()) >= 2 or rest in names):
        return rest
    return name


class Lexicons:
    """The gazetteer indexed for Arabic: one matcher over every name, demonym and abbreviation."""

    def __init__(self, titles: frozenset[str]) -> None:
        """``titles``: the grammar's title phrases (ArabicGrammar.title_phrases), which known people's names
        are matched without."""
        self.entries: dict[str, GazetteerEntry] = {e.id: e for e in load_entries(CODE)}
        honorifics = sorted((fold(h) for h in read_lines("ar", "honorifics.txt")), key=len, reverse=True)
        # (each phrase's payload holds its entry itself, not its id: the reader asks for the entry of most hits)
        phrases: list[tuple[str, tuple[GazetteerEntry, str]]] = []
        person_words = {word for entry in self.entries.values() if entry.type == "Person"
                        for name in entry.names for word in fold(name).split()}
        for entry in self.entries.values():
            # a place's nisba (الغزاوي، الحلبي) is more often a family name than an adjective; an organization's
            # (الأممي، الحوثية) is not, but for the forms that are a known person's name too (الحوثي)
            demonyms = entry.demonyms if entry.type == "Country" else tuple(
                name for name in entry.demonyms if fold(name) not in person_words) \
                if entry.type == "Organization" else ()
            known = {fold(name) for name in (*entry.names, *entry.short)} if entry.type == "Person" else set()
            for field_name, names in (("name", entry.names), ("demonym", demonyms),
                                      ("short", entry.short), ("abbr", entry.abbreviations)):
                for name in names:
                    if entry.type == "Person":
                        name = _without_honorific(_without_titles(fold(name), titles, known), honorifics)
                    for folded in _spelling_variants(fold(name)):
                        if len(folded) >= 2:
                            phrases.append((folded, (entry, field_name)))
        self.matcher: PhraseMatcher[tuple[GazetteerEntry, str]] = PhraseMatcher(phrases, CLITIC_PREFIXES, DEFINITE)
        self.given_names = _first_names(self.entries.values(), honorifics) | frozenset(
            fold(line.strip()) for line in read_lines("ar", "given_names.txt"))
        self._name_words: dict[str, frozenset[str]] = {}
        self._by_skeleton = self._foreign_people_by_skeleton(titles, honorifics)

    def _foreign_people_by_skeleton(self, titles: frozenset[str], honorifics: list[str]) -> dict[str, str | None]:
        """name_skeleton of each name of several words of a known person from outside the Arab states -> his id
        (None where two people share it)."""
        arab_states = {entry.id for entry in self.entries.values() if entry.iso in ARAB_STATES}
        people: dict[str, str | None] = {}
        for entry in self.entries.values():
            if entry.type != "Person" or entry.country in arab_states:
                continue
            known = {fold(name) for name in (*entry.names, *entry.short)}
            for name in entry.names:
                skeleton = name_skeleton(_without_honorific(_without_titles(fold(name), titles, known), honorifics))
                if " " in skeleton and len(skeleton) - skeleton.count(" ") >= RESPELLED_MIN_LETTERS:
                    people[skeleton] = entry.id if people.get(skeleton, entry.id) == entry.id else None
        return people

    def respelled(self, name: str) -> str | None:
        """The id of the known foreign person whose name ``name`` (folded, of an unknown person) is, in another
        spelling: their names have the same name_skeleton, which no other known person's has. A name of
        Arabic given names only is an Arab's ("محمد يوسف" is not Mahamadou Issoufou, محمدو إيسوفو)."""
        if " " not in name or all(word in self.given_names for word in name.split()):
            return None
        return self._by_skeleton.get(name_skeleton(name))

    def name_words(self, entry: GazetteerEntry) -> frozenset[str]:
        """The folded words of a known person's full names (his given and middle names among them)."""
        words = self._name_words.get(entry.id)
        if words is None:
            words = self._name_words[entry.id] = frozenset(
                word for name in entry.names for variant in _spelling_variants(fold(name)) for word in variant.split())
        return words


def _first_names(entries, honorifics: list[str]) -> frozenset[str]:
    """The first words of the known people's names of several words, past their honorifics and titles
    ("اللواء خليفة حفتر" gives خليفة, not اللواء), leaving out the words of the language (غير، هي)."""
    titles = {fold(line.split("\t", 1)[0]).split()[0] for line in read_lines("ar", "titles.tsv")}
    not_names = set(honorifics) | titles | {"ال" + title for title in titles} | \
        _words_file("function_words.txt") | _words_file("common_words.txt")
    names = set()
    for entry in entries:
        if entry.type != "Person":
            continue
        for name in entry.names:
            words = fold(name).split()
            after_title = False
            # (a definite word after a title is its complement, "العاهل الاردني"; before any, it may be a name
            # such as الحسن, unless it is a word of the language with the article, القاضي)
            while len(words) > 1 and (words[0] in not_names or words[0].startswith("ال") and (
                    after_title or words[0][2:] in not_names)):
                words.pop(0)
                after_title = True
            if len(words) > 1:
                names.add(words[0])
    return frozenset(names)


def _words(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and texts of the ``\\w+`` words of ``text``.

    Built without a Python step per word: the words are the pieces of the marked text (every character that
    is not a letter or digit replaced by one mark) between the marks, and the running sum of the piece
    lengths gives their starts.
    """
    if "_" in text:  # \w takes the underscore too (the fold table turns it into a space: never here)
        matches = list(_WORD.finditer(text))
        return [m.start() for m in matches], [m.end() for m in matches], [m.group() for m in matches]
    pieces = marked_text(text).split(BOUNDARY)
    # piece k starts after the pieces before it and one mark after each of them
    offsets = accumulate(map(add, map(len, pieces), repeat(1)), initial=0)
    starts = list(compress(offsets, pieces))  # the empty pieces (between two marks) are no words
    texts = list(filter(None, pieces))
    return starts, list(map(add, starts, map(len, texts))), texts


#: how many of the latest posts a counterpart ("نظيره") may refer to
COUNTERPART_LOOKBACK = 12


class _PostEnds:
    """end offset -> person of the latest post whose title ends there (posts are appended, never removed)."""

    def __init__(self, posts: list) -> None:
        self.posts = posts
        self.seen = 0
        self.ends: dict[int, int] = {}

    def get(self, end: int) -> int | None:
        for post in self.posts[self.seen:]:
            self.ends[post.end] = post.person
        self.seen = len(self.posts)
        return self.ends.get(end)


class ArabicReader:
    """Reads one folded article with the Arabic grammar and returns its ``Findings``."""

    MAX_NAME_WORDS = 4

    def __init__(self, grammar: ArabicGrammar, lexicons: Lexicons, folded: FoldedText):
        self.g = grammar
        self.lex = lexicons
        self.text = text = folded.folded
        self.folded = folded
        # the head of the article's dateline before its agency, as (start, end), once read_attributions found it
        self.dateline_head: tuple[int, int] | None = None
        # the words, as three parallel lists: word i is text[word_starts[i]:word_ends[i]] == word_texts[i]
        self.word_starts, self.word_ends, self.word_texts = _words(text)
        self.word_count = len(self.word_texts)
        self.findings = Findings()
        gazetteer_hits, title_hits, honorific_hits, institution_hits, trigger_hits = find_each(
            (lexicons.matcher, grammar.title_matcher, grammar.honorific_matcher, grammar.institution_matcher,
             grammar.trigger_matcher), text)
        self.gazetteer = self._index(gazetteer_hits)
        self.titles = self._index(title_hits)
        # (an honorific of one letter is an abbreviation, "د." for الدكتور, written apart: behind a clitic it is
        # the end of a word, "لا بد أنك")
        self.honorifics = self._index([hit for hit in honorific_hits if hit.start == hit.word_start
                                       or len(hit.payloads[0]) > 1])
        self.institutions = self._index(institution_hits)
        # first word -> last word of the plural titles that say whom a body gathers (taken out of the titles)
        self._body_members = self._drop_titles_of_no_post(self.titles, self.institutions)
        self.trigger_words = {index for index in map(self._word_starting, (h.word_start for h in trigger_hits))
                              if index is not None}
        self._trigger_hits = trigger_hits
        self.used: set[int] = set()
        self.words_after_comma = -1
        self._mention_index: dict[tuple[int, int, str], int] = {}
        self._by_span: dict[tuple[int, int], int] = {}
        # mention number -> the known entries its name may be, when several share it ("عمان": Oman, Amman)
        self._ambiguous: dict[int, list[GazetteerEntry]] = {}
        self._people_ending: dict[int, int] = {}
        self._post_ending = _PostEnds(self.findings.posts)
        self.pending_titles: list[tuple] = []

    def _drop_titles_of_no_post(self, titles: dict[int, tuple[Hit, int]],
                                institutions: dict[int, tuple[Hit, int]]) -> dict[int, int]:
        """Remove from ``titles`` the matches that name no post here: a one-word title before "العام", which
        makes another title ("النائب العام": the prosecutor general), and a plural title right after the head
        of a body of BODIES_OF_MEMBERS, which says whom the body gathers ("مجلس الوزراء", "مجلس وزراء الخارجية
        العرب"). Returns first word -> last word of each of the latter."""
        members: dict[int, int] = {}
        for first, (hit, last) in list(titles.items()):
            if first == last and first + 1 < self.word_count and self.word_texts[first] in _OTHER_WHEN_GENERAL \
                    and self.word_texts[first + 1] == _GENERAL and self.joined(first + 1):
                del titles[first]  # "النائب العام": the prosecutor general, no member of parliament
                continue
            if hit.payloads[0].number != "pl" or hit.start != hit.word_start or not self.joined(first) \
                    or first == last and not self.word_texts[first].startswith(DEFINITE):
                continue  # ("مجلس رؤساء الشرطة": an indefinite one is in a construct with what follows)
            head = institutions.get(first - 1)
            if head is not None and head[1] == first - 1 and head[0].payloads[0] in BODIES_OF_MEMBERS:
                del titles[first]
                members[first] = last
        return members

    def _another_portfolio(self, last: int) -> bool:
        """A second minister's portfolio follows the dual title ending at word ``last``, after "و", within its
        sentence and DUAL_PORTFOLIO_REACH words ("وزيري الخزانة والخارجية", "وزيري الداخلية X والخارجية Y")."""
        for after in range(last + 1, min(last + 1 + DUAL_PORTFOLIO_REACH, self.word_count)):
            if self._sentence_ends_before(after):
                return False
            if self._second_portfolio(after):
                return True
        return False

    def _second_portfolio(self, index: int) -> bool:
        """Word ``index`` is a minister's portfolio after "و" ("والخارجية")."""
        word = self.word_texts[index]
        return word.startswith("وال") and f"وزير {word[1:]}" in self.g.title_phrases

    # --- indexing helpers ---------------------------------------------------------------------------
    # (the words' starts and ends are sorted lists: a few bisections per hit cost less than a dict of every
    # word's start and end)
    def _word_starting(self, position: int) -> int | None:
        """The index of the word that starts at ``position``, if one does."""
        index = bisect_left(self.word_starts, position)
        return index if index < self.word_count and self.word_starts[index] == position else None

    def _word_ending(self, position: int, first: int) -> int | None:
        """The index of the word (``first`` or later) that ends at ``position``, if one does."""
        index = bisect_left(self.word_ends, position, first)
        return index if index < self.word_count and self.word_ends[index] == position else None

    def _index(self, hits: list[Hit]) -> dict[int, tuple[Hit, int]]:
        """word index -> (hit, index of the hit's last word), for the hits that start and end with words."""
        table = {}
        starts, ends, count = self.word_starts, self.word_ends, self.word_count
        for hit in hits:
            # _word_starting and _word_ending, inlined (a few dozen hits per article)
            first = bisect_left(starts, hit.word_start)
            if first == count or starts[first] != hit.word_start:
                continue
            last = bisect_left(ends, hit.end, first)
            if last < count and ends[last] == hit.end:
                table[first] = (hit, last)
        return table

    def joined(self, index: int) -> bool:
        """True when word ``index`` follows the previous word with only white space between them."""
        if index <= 0 or index >= self.word_count:
            return False
        gap = self.text[self.word_ends[index - 1]:self.word_starts[index]]
        # (one space, the usual gap, first)
        return gap == " " or (not gap.strip() and "\n" not in gap) or gap == "-"

    def hyphenated(self, index: int) -> bool:
        """Word ``index`` is joined to the previous one by a hyphen ("مون جي-إن")."""
        return 0 < index < self.word_count and self.text[self.word_ends[index - 1]:self.word_starts[index]] == "-"

    def definite(self, index: int) -> bool:
        """The word starts with the article ال as written (ألكسندر folds to الكسندر but is a name)."""
        word = self.word_texts[index]
        if word.startswith("لل"):
            return True
        return word.startswith("ال") and self._written(self.word_starts[index]) in "اٱ"

    def _with_shadda(self, index: int) -> bool:
        """Word ``index`` is written with a shadda (a doubled letter, which folding drops)."""
        original = self.folded.original
        start = self.folded.original_index(self.word_starts[index])
        return "\u0651" in original[start:self.folded.original_index(self.word_ends[index] - 1) + 2]

    def _written(self, position: int) -> str:
        """The character as written of the folded character at ``position`` (folding makes ى ي, ة ه, أ ا …)."""
        return self.folded.original[self.folded.original_index(position)]

    def _written_with_ya(self, index: int) -> bool:
        """Word ``index`` ends in ي as written, not in ى (علي the name, not على the preposition)."""
        return self._written(self.word_ends[index] - 1) == "ي"

    def _function_word_here(self, index: int) -> bool:
        """Word ``index`` is a function word as written: علي (وعلي) written with ي is the given name, not على."""
        if not self.is_function(index):
            return False
        word = self.word_texts[index]
        given = word in self.lex.given_names or (word.startswith("و") and word[1:] in self.lex.given_names)
        return not (given and self._written_with_ya(index))

    def is_function(self, index: int) -> bool:
        """Word ``index`` is a function word (bare or behind a clitic) or a number."""
        return self.g.is_function_word(self.word_texts[index])

    @staticmethod
    def entry(hit: Hit) -> tuple[GazetteerEntry, str]:
        """The known entry a gazetteer hit names, and the field of the entry its phrase comes from."""
        return hit.payloads[0]

    def _activity(self, head: str, index: int) -> bool:
        """The head and word ``index`` after it name an activity (حركة المرور، حركة مرور السيارات)."""
        word = self.word_texts[index]
        if not word.startswith(DEFINITE):
            word = DEFINITE + word
        return f"{head.removeprefix(DEFINITE)} {word}" in self.g.activity_phrases

    def _construct_chain(self, index: int) -> int | None:
        """The last of the indefinite common nouns from word ``index`` (two more at most, the later ones may start
        with و) that a definite noun or a known place or country follows: a construct's inner nouns ("كهرباء ومياه"
        in "هيئة كهرباء ومياه دبي", "جنايات" in "محكمة جنايات القاهرة"). Relative adjectives (سري، دولية) and
        verbs in the present (تدعم) are no such nouns, nor a time or an adjective a definite noun."""
        cursor = index
        while cursor < self.word_count and cursor - index < 3 and self.joined(cursor):
            word = self.word_texts[cursor]
            noun = word[1:] if cursor > index and word.startswith("و") else word
            if noun not in self.g.common_words or noun.startswith(DEFINITE) or cursor in self.gazetteer \
                    or cursor in self._title_words or cursor in self.trigger_words or self.is_function(cursor) \
                    or noun.endswith("يه") or noun.endswith("ي") and not self._alef_maqsura_ending(cursor) \
                    or _present_verb_shape(noun) or noun in _INDEFINITE_ADJECTIVES:
                break
            cursor += 1
        if cursor == index or cursor >= self.word_count or not self.joined(cursor) or self.is_function(cursor):
            return None
        found = self.gazetteer.get(cursor)
        if found is not None:
            known_place = self.gazetteer_kind(cursor) in ("Country", "Place") and not found[0].prefix_length
            return cursor - 1 if known_place else None
        word = self.word_texts[cursor]
        noun = word.startswith(DEFINITE) and cursor not in self._title_words and word not in _TIME_UNITS \
            and not self._institution_adjective(cursor)
        return cursor - 1 if noun else None

    def _demonym_too(self, index: int) -> bool:
        """The known name at word ``index`` is a demonym, if not only: "السعودية" is the country and its adjective
        (behind a clitic, "للسعودية" is the country)."""
        found = self.gazetteer.get(index)
        return found is not None and (self.gazetteer_kind(index) == "demonym" or not found[0].prefix_length and any(
            field_name == "demonym" for _, field_name in found[0].payloads))

    def gazetteer_kind(self, index: int) -> str | None:
        found = self.gazetteer.get(index)
        if not found:
            return None
        entry, field_name = found[0].payloads[0]
        return "demonym" if field_name == "demonym" else entry.type

    def add_mention(self, mention: RawMention) -> int:
        """Record a mention once per (span, referent); returns its index."""
        start, end = mention.start, mention.end
        key = (start, end, mention.ref)
        number = self._mention_index.get(key)
        if number is not None:
            return number
        mentions = self.findings.mentions
        number = len(mentions)
        mentions.append(mention)
        self._mention_index[key] = number
        self._by_span.setdefault((start, end), number)
        if mention.kind == "Person":
            self._people_ending.setdefault(end, number)
        return number

    # --- the grammar --------------------------------------------------------------------------------
    def read(self) -> Findings:
        """Run every rule over the article, in an order where the more specific rules win."""
        # in text order; the indexes never change while the rules run, only the words they have used
        self.read_named_after()
        for index in sorted(self.honorifics):
            if index not in self.used:
                self.read_honorific(index)
        self.read_births()
        for index in sorted(self.titles):
            if index not in self.used:
                self.read_title(index)
        for index in sorted(self.institutions):
            if index not in self.used:
                self.read_institution(index)
        self.read_lineage_names()
        self.read_successions()
        self.read_quoted_organizations()
        self.read_gazetteer()
        self.read_chaired_bodies()
        self.read_places_after_nouns()
        self.read_recurring_names()
        self.read_surnames_like_demonyms()
        self.read_memberships()
        self.read_triggers()
        self.read_dateline_acronyms()
        self.read_attributions()
        self.read_tellers()
        self.resolve_ambiguous_names()
        self.merge_named_without_type()
        return self.findings

    def merge_named_without_type(self) -> None:
        """An unknown organization named without the noun of its type ("الخارجية الإيرانية", "أحرار الشام") is
        the one the article names with it ("وزارة الخارجية الإيرانية", "حركة أحرار الشام"); not a body named
        inside another ("لجنة مجلس النواب" is a committee of the house)."""
        mentions = self.findings.mentions
        typed: dict[str, str] = {}
        for mention in mentions:
            if mention.ref.startswith(_NEW_ORGANIZATION):
                head, _, rest = mention.ref[len(_NEW_ORGANIZATION):].partition(" ")
                if head in _TYPE_HEADS and " " in rest:
                    typed.setdefault(rest, mention.ref)
        if not typed:
            return  # (most articles)
        for number, mention in enumerate(mentions):
            if mention.ref.startswith(_NEW_ORGANIZATION):
                fuller = typed.get(mention.ref[len(_NEW_ORGANIZATION):])
                if fuller is not None:
                    mentions[number] = dataclasses.replace(mention, ref=fuller)

    def resolve_ambiguous_names(self) -> None:
        """A name several known entries share names the one the rest of the article speaks of: the entry that
        is itself named elsewhere, or whose country is, most often ("عمان" beside "بترا" and the King of Jordan
        is Amman, beside "مسقط" and "العماني" Oman); the gazetteer's first entry when nothing tells."""
        if not self._ambiguous:
            return
        mentions = self.findings.mentions
        told: Counter[str] = Counter()
        for number, mention in enumerate(mentions):
            if number not in self._ambiguous:
                told[mention.ref] += 1
                if mention.country:
                    told[mention.country] += 1
        for number, entries in self._ambiguous.items():
            best = max(entries, key=lambda entry: told[entry.id] + (told[entry.country] if entry.country else 0))
            mention = mentions[number]
            if best.id != mention.ref:
                mentions[number] = RawMention(mention.start, mention.end, best.type, best.id, mention.how,
                                              mention.adjective, best.country)

    def read_quoted_organizations(self) -> None:
        """An organization named in quotation marks after a noun of organizations ('حزب "الخضر"', 'وكالة "أعماق"'),
        and the ones joined to it by و after a dual or plural noun ('حزبان هما "أرمينيا المزدهرة" و"الطاشناق"'); a
        name the gazetteer knows whole is left to it."""
        heads = self.g.organization_heads
        for index in self._words_before_quotes():
            word = self.word_texts[index]
            if word not in heads or index in self.used:
                continue
            head = word[1:] if word[:1] in _ONE_LETTER_CLITICS and word[1:] in heads else word
            quoted = _QUOTED_NAME.match(self.text, self.word_ends[index])
            while quoted is not None:
                self._add_quoted_organization(head.removeprefix(DEFINITE), *quoted.span(1))
                quoted = _NEXT_QUOTED_NAME.match(self.text, quoted.end())

    def _words_before_quotes(self) -> list[int]:
        """The words right before a quotation mark, or before "هما" (them: those two) before one."""
        found = []
        position = self.text.find('"')
        while position >= 0:
            index = bisect_left(self.word_ends, position) - 1
            if index >= 0 and self.word_texts[index] in _THEM_BEFORE_NAMES:
                index -= 1
            if index >= 0:
                found.append(index)
            position = self.text.find('"', position + 1)
        return found

    def _add_quoted_organization(self, head: str, start: int, end: int) -> None:
        """The organization named in quotation marks at ``[start, end)`` after the noun ``head``: the one the
        gazetteer knows by the two ('وكالة "فارس"' is وكالة فارس), else a new one."""
        first, last = bisect_left(self.word_starts, start), bisect_left(self.word_ends, end)
        if first >= self.word_count or last >= self.word_count or self.word_starts[first] != start \
                or self.word_ends[last] != end or any(index in self.used for index in range(first, last + 1)):
            return
        known = self.gazetteer.get(first)
        if known is not None and known[1] == last:
            return  # ('حركة "حماس"': the gazetteer's)
        words = self.word_texts[first:last + 1]
        # a name, not a clause or an adjective quoted ('منظمة "إرهابية"', 'تنظيم "خطف 36 سيدة …"')
        if len(words) > QUOTED_NAME_WORDS or self.is_function(first) or any(map(str.isdigit, self.text[start:end])) \
                or sum(map(self.is_function, range(first, last + 1))) > 1 \
                or len(words) == 1 and not words[0].startswith(DEFINITE) and words[0].endswith(_NISBA_ANY):
            return
        name = " ".join(words)
        whole = next((hit for hit in self.lex.matcher.find(f"{head} {name}")
                      if hit.start == 0 and hit.end == len(head) + 1 + len(name)), None)
        self.used.update(range(first, last + 1))
        for index in range(first, last + 1):
            self.gazetteer.pop(index, None)  # ("أرمينيا المزدهرة" is no mention of أرمينيا)
        if whole is not None:
            entry = whole.payloads[0][0]
            self.add_mention(RawMention(start, end, entry.type, entry.id, "gazetteer", country=entry.country))
            return
        self.add_mention(RawMention(start, end, "Organization", f"new:Organization:{canonical_name(name)}", "quoted"))

    def read_chaired_bodies(self) -> None:
        """"X برئاسة Y", a body named right before "برئاسة" and a person named right after it without a title of
        his own: Y chairs X ("حزب الأمة القومي برئاسة فضل الله برمة ناصر", "مجلس النواب الليبي برئاسة عقيلة
        صالح"); not a session's or a delegation's chair ("عقد المجلس جلسته برئاسة …", "وفد من ائتلاف دولة
        القانون برئاسة …"), nor a government's or a cabinet's, which a president heads as often as a prime
        minister ("الحكومة السورية برئاسة بشار الأسد")."""
        if _CHAIRED_BY not in self.text:
            return  # (most articles)
        mentions = self.findings.mentions
        ending = {mention.end: number for number, mention in enumerate(mentions)}
        starting = {mention.start: number for number, mention in enumerate(mentions)}
        for index in range(1, self.word_count - 1):
            if self.word_texts[index] != _CHAIRED_BY or not self.joined(index) or not self.joined(index + 1):
                continue
            body = ending.get(self.word_ends[index - 1])
            if body is None or mentions[body].kind != "Organization" \
                    or _CABINET_WORDS.search(self.text, mentions[body].start, mentions[body].end) \
                    or _DELEGATION_FROM.search(self.text, max(0, mentions[body].start - 60), mentions[body].start):
                continue  # (a government or a cabinet is headed by a president as often as by a prime minister)
            person = starting.get(self.word_starts[index + 1])
            if person is None and index + 1 not in self._title_words and index + 1 not in self.honorifics:
                found = self.read_name(index + 1)
                person = found[0] if found else None
            if person is None or mentions[person].kind != "Person":
                continue
            self.findings.posts.append(RawPost(person, "Chair", body, self.word_starts[index], self.word_ends[index]))

    def read_places_after_nouns(self) -> None:
        """A place the gazetteer does not know, named after a noun of places ("بلدة كفرنبل", "منفذ الشلامجة",
        "ساحة الجمهورية", "منطقتي الشيب والشلامجة"; place_heads.tsv)."""
        heads, nouns = self.g.place_heads, self.g.place_nouns
        for index, word in enumerate(self.word_texts):
            if word not in nouns:
                continue  # (most words: one set lookup)
            use = heads.get(word) or heads[word[1:]]
            if use not in _PLACE_NOUN_USES or index in self.used or index + 1 >= self.word_count:
                continue
            last = self._place_name_end(index + 1)
            if last is None:
                continue
            if use == "in":  # (the noun without its clitic starts the name)
                self._add_new_place(index, self.word_starts[index] + (word not in heads), last)
            else:  # (the name starts after the noun, or after "تدعى" after it)
                first = index + 2 if heads.get(self.word_texts[index + 1]) == "called" else index + 1
                self._add_new_place(first, self.word_starts[first], last)
            if use == "dual" and last + 1 < self.word_count and self.word_texts[last + 1].startswith("و") \
                    and len(self.word_texts[last + 1]) > 3:
                # "بلدتي X وY": the second name behind its و
                second = self._place_name_end(last + 1, behind_and=True)
                if second is not None:
                    self._add_new_place(last + 1, self.word_starts[last + 1] + 1, second)

    def _place_name_end(self, index: int, behind_and: bool = False) -> int | None:
        """The last word of a place's name starting at word ``index``, right after a noun of places (word
        ``index - 1``): one word, or two where the first starts such names ("دير الزور"); None where the words are
        no name."""
        if not self.joined(index) or index in self.used or index in self.gazetteer:
            return None
        word = self.word_texts[index][1:] if behind_and else self.word_texts[index]
        if self.g.place_heads.get(word) == "called" and not behind_and:
            # "بلدة تدعى X": the name after the verb
            return self._place_name_end(index + 1) if index + 1 < self.word_count else None
        if not self._place_word(index, word):
            return None
        following = index + 1
        after = self.word_texts[following] if following < self.word_count and self.joined(following) else ""
        if self.g.place_heads.get(word) == "starter" or self.g.place_heads.get(word.removeprefix(DEFINITE)) == \
                "starter":
            if after and following not in self.used and following not in self.gazetteer \
                    and self._place_word(following, after, after_starter=True):
                return following
            return None
        if after in _AFTER_A_VERB or after.isdigit():
            return None  # "منطقة تسيطر عليها", "قرية تبعد 20 كيلومترا": a verb, no name
        if not behind_and and self.word_texts[index - 1].endswith("ه") and not word.startswith(DEFINITE) \
                and after.startswith(DEFINITE) and not after.endswith("ه") \
                and (after in self.g.common_words or after[2:] in self.g.common_words):
            # "منطقة خفض التصعيد": a noun in construct with the next word, which does not agree with the feminine
            # noun of places as its adjective would ("مدينة دوما المحاصرة")
            return None
        return index

    def _place_word(self, index: int, word: str, after_starter: bool = False) -> bool:
        """``word`` (word ``index``, without its و where it has one) may be a place's name: no common or function
        word, title, trigger, number or adjective of relation (سكنية، حدودي; after a word that starts a name, any
        ending: "سانتا ماريا")."""
        bare = word.removeprefix(DEFINITE)
        if len(bare) < 3 or any(map(str.isdigit, word)) or index in self._title_words or index in self.trigger_words:
            return False
        if word in self.g.common_words or bare in self.g.common_words or self.g.is_function_word(word) \
                or self.g.place_heads.get(word) == "verb" or _present_verb_of_no_place(word):
            return False
        if word[:1] == "و" and (word[1:] in self.g.place_heads or word[1:] in self.g.common_words):
            return False  # "ميناء ومدينة …": the next noun, joined by و
        if not after_starter and bare == word and bare.endswith(_NISBA_ANY + ("يا",)) \
                and self.g.place_heads.get(bare) != "starter" \
                and (not word.endswith("ي") or self._written_with_ya(index)):
            # (an indefinite one agrees with the noun of places as its adjective, "منطقة سكنية"; with the article,
            # after that indefinite noun, it is a name in construct: "مدينة الحميدية"; a name ends in ى, كفرموسى)
            return False
        return not self.unlikely_name_word(word)

    def _add_new_place(self, first: int, start: int, last: int) -> None:
        """A place the lexicon does not know, from offset ``start`` in word ``first`` to the end of word ``last``."""
        end = self.word_ends[last]
        self.used.update(range(first, last + 1))
        self.add_mention(RawMention(start, end, "Place", f"new:Place:{canonical_name(self.text[start:end])}",
                                    "place-noun"))

    def _next_person_title(self, index: int) -> bool:
        """Word ``index`` is "و" and the article before a one-word title ("وزير الدفاع والرئيس الروسي بوتين"): the
        next person's title, not a second post of the same person, which news joins as a construct ("نائب رئيس
        الوزراء ووزير الخارجية X")."""
        found = self.titles.get(index)
        if found is None:
            return False
        hit = found[0]
        if "ب" in self.text[hit.word_start:hit.start]:
            return True  # "يلتقي X زعيم كوريا الشمالية بالرئيس ترمب": with the president, another person
        return self.word_texts[index].startswith("وال") and " " not in hit.payloads[0].phrase

    def _conjoined(self, index: int) -> bool:
        """The honorific at word ``index`` follows "و": it begins the next person ("لوزير الدفاع والرئيس بوتين"),
        not the name of the title before it ("الوزير الشيخ X")."""
        hit = self.honorifics[index][0]
        clitic = self.text[hit.word_start:hit.start]
        # (behind the preposition ب it is someone else too: "زعيم كوريا الشمالية بالرئيس ترمب")
        return clitic.startswith("و") or "ب" in clitic

    def read_named_after(self) -> None:
        """"مطار الملك خالد الدولي", "جامعة الملك سعود": a place's or a body's noun before an honorific or a title
        and a name is that place's or body's name, which no rule reads as the person or the post."""
        heads = self.g.named_after_heads
        words = self.word_texts
        for index in sorted(self.honorifics.keys() | self.titles.keys()):
            noun = index - 1
            if noun < 0:
                continue
            word = words[noun]
            # the noun, bare or behind a clitic of one or two letters (بمطار، وللمركز is no construct)
            clitic = "" if word in heads else word[:1] if word[1:] in heads and word[:1] in _NAME_PREFIXES \
                else word[:2] if word[2:] in heads and word[:2] in _NAME_PREFIXES else None
            if clitic is None or noun in self.used or not self.joined(index):
                continue
            known = self.gazetteer.get(index)
            if known and self.gazetteer_kind(index) == "Person":
                last = known[1]  # "مركز الملك سلمان": the honorific is part of the known person's name
            else:
                _, title_last = self.honorifics.get(index) or self.titles[index]
                if title_last + 1 >= self.word_count or not self.joined(title_last + 1):
                    continue
                name = self.read_name(title_last + 1, dry=True)
                if name is None:
                    continue
                last = name[1]
            # what follows the name in the place's name: "الدولي", "للإغاثة والأعمال الإنسانية" (ل only first)
            cursor = last + 1
            while cursor < self.word_count and cursor - last <= 4 and self.joined(cursor) \
                    and cursor not in self.gazetteer and cursor not in self.titles and cursor not in self.honorifics \
                    and not self.is_function(cursor) and (words[cursor].startswith("وال") or (
                        self.definite(cursor) and (cursor == last + 1 or not words[cursor].startswith("لل")))):
                cursor += 1
            start, end = self.word_starts[noun] + len(clitic), self.word_ends[cursor - 1]
            kind = heads[word[len(clitic):]]
            self.used.update(range(noun, cursor))
            self.add_mention(RawMention(start, end, kind, f"new:{kind}:{self.text[start:end]}", NAMED_AFTER))

    def read_title(self, index: int) -> None:
        hit, last = self.titles[index]
        title: Title = hit.payloads[0]
        # "للرئيس": the title with its article after the clitic ل, which the match leaves out
        lam_definite = title.phrase.startswith(DEFINITE) and not self.text.startswith(DEFINITE, hit.start)
        if title.adjective and self.joined(index) and hit.start == hit.word_start \
                and self.word_texts[index - 1].startswith(DEFINITE) and not self.is_function(index - 1):
            return  # "المؤتمر الصحفي الذي …": an adjective of the noun before it, no occupation
        cursor = last + 1
        role = title.role
        role_with_org = title.role_with_org
        if role == _MEMBER and self.text[hit.word_start:hit.end] in _DEPUTY_WORDS and cursor < self.word_count \
                and self.joined(cursor) and (self.word_texts[cursor] in _DEPUTY_RANKS or (
                    cursor in self._title_words and self.word_texts[cursor].startswith("ل"))):
            return  # "النائب الأول لحاكم دبي": a deputy, read with the title after it (_deputy_before)
        if role == "=":
            role = self._counterpart_role(hit.word_start)  # (before its clitic: "لودريان بنظيره")
            if role is None:
                return
        role_with_org = role if title.role == "=" else title.role_with_org
        if title.number == "du" and role.startswith(PORTFOLIO) and self._another_portfolio(last):
            # "وزيري الخزانة والخارجية X وY", "وزيري الداخلية X والخارجية Y": each holds one of two portfolios
            role = role_with_org = MINISTER
        of: int | None = None
        complement_end = hit.end
        people: list[tuple[int, int | None]] = []
        overlapping = self.gazetteer.get(last) if last > index and not title.honorific else None
        if overlapping and overlapping[1] > last and self.gazetteer_kind(last) in ("Country", "Organization"):
            # "رئيس دولة قطر", "رئيس دولة الإمارات": the title's last word starts the name of what it serves (a
            # name after it would take the rest of that name: "قطر" as a person)
            if self.gazetteer_kind(last) == "Organization":
                role = role_with_org
            of = self.add_gazetteer_mention(last, *overlapping)
            cursor, complement_end = overlapping[1] + 1, self.word_ends[overlapping[1]]
        elif overlapping and overlapping[1] == last and self.gazetteer_kind(last) == "demonym":
            of = self.add_gazetteer_mention(last, *overlapping)  # "المستشار النمساوي": the title names its country
        predicate = title.predicate
        if of is None and cursor < self.word_count and self.joined(cursor) and self.word_texts[cursor] in _NEW_WORDS \
                and cursor + 1 < self.word_count and self.joined(cursor + 1) \
                and self.word_texts[cursor + 1].startswith("ل"):
            # "رئيسا جديدا للمجلس", "وزيرا جديدا للداخلية": the body or the portfolio follows the adjective, which
            # in the accusative makes the title a predicate ("تعيينه وزيرا جديدا للخارجية بدل X": its holder
            # stands before it)
            predicate = predicate or self.word_texts[cursor].endswith("ا")
            cursor += 1
        portfolio_start = cursor
        if role.startswith("Minister"):
            cursor, complement_end = self._portfolio(cursor, complement_end)
        definite = self.text.startswith(DEFINITE, hit.start) or lam_definite
        if role == NO_ROLE and definite and cursor < self.word_count and self.joined(cursor) \
                and self.gazetteer_kind(cursor) == "demonym":
            # "الباحث المصري X", "الصحفي السعودي X": an occupation's nationality, then the name (not after an
            # indefinite one: "محامية يمنية تغيث …" describes her)
            found, end_index = self.gazetteer[cursor]
            self.add_gazetteer_mention(cursor, found, end_index)
            cursor, complement_end = end_index + 1, self.word_ends[end_index]
        if title.role == "=" and cursor + 2 < self.word_count and self.word_texts[cursor] == "من" \
                and self.word_texts[cursor + 1] == _SIDE and all(map(self.joined, range(cursor, cursor + 3))) \
                and self.gazetteer_kind(cursor + 2) == "demonym":
            cursor += 2  # "ونظيره من الجانب الإثيوبي X": the counterpart's side is his country
        # (an occupation without a post, "المحامي" or "الخبير", takes no country or organization: "محامي الدفاع")
        for _ in range(4 if role != NO_ROLE else 0):
            if cursor >= self.word_count or not self.joined(cursor):
                break
            if self.word_texts[cursor] in _NEW_DEFINITE:
                # "وزير الخارجية الجديد X", "سفير الصين الجديد لدى مصر X": the new holder, named after it
                cursor, complement_end = cursor + 1, self.word_ends[cursor]
                continue
            if of is None and self.word_texts[cursor] in _TO_IT and cursor - last <= 2:
                body = self._body_named_before(index)
                if body is not None:
                    # "انتخب البرلمان اللبناني نبيه بري رئيسا له": the chair of the body named before
                    role, of = role_with_org, body
                    cursor, complement_end = cursor + 1, self.word_ends[cursor]
                break
            if of is None and (role == _MEMBER or title.phrase.endswith(_CHAMBER_SIDES)) \
                    and self.word_texts[cursor] == _IN_WORD and cursor + 1 < self.word_count \
                    and self.joined(cursor + 1):
                # "النائب في البرلمان الأردني X": the body a member sits in, then his name
                body, body_last = self._body_after_in(cursor + 1)
                if body is not None:
                    of, cursor, complement_end = body, body_last + 1, self.word_ends[body_last]
                    continue
            if of is not None and self.findings.mentions[of].kind == "Organization" and not self.pending_titles \
                    and self.word_texts[cursor] == _IN_WORD and cursor + 1 < self.word_count \
                    and self.joined(cursor + 1) and self.gazetteer_kind(cursor + 1) == "Country" \
                    and self._name_starts(self.gazetteer[cursor + 1][1] + 1):
                # "رئيس مجلس السيادة الانتقالي في السودان الفريق أول X": the body's country, then the name
                found, country_last = self.gazetteer[cursor + 1]
                self.add_gazetteer_mention(cursor + 1, found, country_last)
                cursor, complement_end = country_last + 1, self.word_ends[country_last]
                continue
            if role == "Envoy" and self.word_texts[cursor] in _ENVOY_WORDS:
                # "المبعوث الأمريكي الخاص إلى الشرق الأوسط X": a special envoy, and where he is sent
                if self.word_texts[cursor] in _SPECIAL:
                    cursor, complement_end = cursor + 1, self.word_ends[cursor]
                    continue
                destination_end = self._host(cursor)
                if destination_end is None:
                    break
                cursor, complement_end = destination_end + 1, self.word_ends[destination_end]
                continue
            if role == "Ambassador" and self.word_texts[cursor] in HOST_WORDS:
                host_end = self._host(cursor)
                if host_end is None:
                    break
                cursor, complement_end = host_end + 1, self.word_ends[host_end]
                continue
            kind = self.gazetteer_kind(cursor)
            if kind == "Organization" and of is not None and self._genitive_of_unknown(cursor, of):
                # "زعيم الكتلة البرلمانية للحزب الجمهوري": the known organization the unnamed body belongs to
                found, end_index = self.gazetteer[cursor]
                of = self.add_gazetteer_mention(cursor, found, end_index)
                cursor = end_index + 1
                complement_end = self.word_ends[end_index]
                continue
            if kind in ("demonym", "Country", "Place") or (kind == "Organization" and of is None):
                found, end_index = self.gazetteer[cursor]
                entry, field_name = self.entry(found)
                if title.honorific and kind == "Organization":
                    break
                if role == "Ambassador" and of is not None and kind in ("Country", "Place") \
                        and self.text[found.word_start:found.start] in _HOST_CLITICS:
                    # "سفير الأردن للقاهرة", "سفير كينيا بكمبالا": where he serves, not whose ambassador he is
                    self.add_gazetteer_mention(cursor, found, end_index)
                    cursor, complement_end = end_index + 1, self.word_ends[end_index]
                    continue
                mention = self.add_gazetteer_mention(cursor, found, end_index)
                if kind == "Organization":
                    role = role_with_org
                    of = mention
                elif of is None or self.findings.mentions[of].kind != "Organization":
                    of = mention
                cursor = end_index + 1
                complement_end = self.word_ends[end_index]
                continue
            if of is None and (cursor in self.institutions or self._org_complement(title, cursor)):
                org, end_index = self.read_institution(cursor, after_title=True)
                if org is not None:
                    role = role_with_org
                    of = org
                    cursor = end_index + 1
                    complement_end = self.word_ends[end_index]
                    continue
            if of is None and cursor == last + 1 and self._title_adjective(hit, cursor):
                # "رئيس الديوان الملكي X": an adjective of the title's own noun, then the name; a noun that
                # heads institutions names one with it (الديوان الملكي; not "الخارجية الحالي", the present one)
                noun_start = self.word_starts[last]
                if self.text[noun_start:hit.end] in self.g.institution_heads and not self.is_function(cursor):
                    name = self.text[noun_start:self.word_ends[cursor]]
                    of = self.add_mention(RawMention(noun_start, self.word_ends[cursor], "Organization",
                                                     f"new:Organization:{name}", "pattern"))
                    role = role_with_org
                cursor += 1
                complement_end = self.word_ends[last + 1]
                continue
            if of is None and cursor == last + 1 and self.word_texts[cursor] in self.g.led_groups:
                # "زعيم المعارضة (الفنزويلية) X": the leader of a group, which is neither an organization nor
                # the country its adjective names
                cursor += 1
                if cursor < self.word_count and self.joined(cursor) and self.gazetteer_kind(cursor) == "demonym":
                    self.add_gazetteer_mention(cursor, *self.gazetteer[cursor])
                    cursor = self.gazetteer[cursor][1] + 1
                complement_end = self.word_ends[cursor - 1]
            break
        if role != NO_ROLE and cursor + 1 < self.word_count and self.word_texts[cursor] in _AFFAIRS \
                and self.joined(cursor) and self.joined(cursor + 1) and self.definite(cursor + 1):
            # "مستشار الرئيس للشؤون الدولية X": the affairs the post is for, when the name follows them
            after = cursor + 2
            if self.gazetteer_kind(cursor + 1) in ("Country", "Place"):
                # "وزير الدولة السعودي لشؤون الخليج العربي X": the affairs of a place
                found, place_last = self.gazetteer[cursor + 1]
                self.add_gazetteer_mention(cursor + 1, found, place_last)
                after = place_last + 1
            while after + 1 < self.word_count and self.word_texts[after].startswith("وال") and self.joined(after) \
                    and after not in self._title_words:
                after += 1  # "للشؤون الخارجية والأمنية"
            if after < self.word_count and self.joined(after) and after not in self._title_words:
                cursor, complement_end = after, self.word_ends[after - 1]
        # (a title in the accusative: "رئيسا" before ل is no dual, whose genitive would follow it without ل)
        if (predicate or self.word_texts[last].endswith("ا")) and of is None \
                and role in _HEADS_OF_STATE | {"Prime Minister"} and cursor < self.word_count \
                and self.joined(cursor) and self.word_texts[cursor].startswith("ل") \
                and self.word_texts[cursor] not in _FOR_A_TERM | _OF_THE_STATE and not self.is_function(cursor):
            # "عين X رئيسا لبعثة الأمم المتحدة": the head of a body the title has not read, not of a state
            role = NO_ROLE
        when, qualifier_words = self._title_qualifier(cursor) if role != NO_ROLE else (None, 0)
        if when is not None:
            # "الرئيس الأمريكي الأسبق X", "رئيسة وزراء باكستان الراحلة X", "الرئيس المنتهية ولايته X": the name
            # follows; a former post is not stated (the holder is read as a person, as after a deputy's title)
            cursor += qualifier_words
            if when == "former":
                role = NO_ROLE
        if title.honorific and of is None:
            # الأمير X: an honorific, read by read_honorific; with the article and no name after it, the one who
            # holds the post in the article ("كما تلقى سمو الأمير اتصالا": the emir told of)
            if title.phrase.startswith(DEFINITE) and hit.start == hit.word_start and role in SOLE_HOLDER_ROLES \
                    and (cursor >= self.word_count or not self.joined(cursor) or cursor in self.trigger_words
                         or self.read_name(cursor, dry=True) is None):
                self.findings.title_references.append(RawTitleReference(hit.start, complement_end, role, None))
            return
        conjoined = self.text.startswith("و", hit.word_start) and hit.start > hit.word_start
        name_through = -1  # the last word of a name set off by commas ("الوزير، X Y Z،"): read through to it
        # "رئيس الوزراء"، "وزير الخارجية"، "وزير شؤون الشرق الأوسط"
        complete = of is not None or (" " in title.phrase and role != NO_ROLE) or cursor > portfolio_start and (
            role.startswith("Minister") and title.number == "sg")
        # the chain's holder named before it ("X، الرئيس التركي،"): a name after the comma is then the genitive's,
        # and only a known holder of this title is read ("X، الناطق باسم الرئيس الروسي، فلاديمير بوتين،")
        first_hit = self.pending_titles[0][5] if self.pending_titles else hit
        # (nor when the chain's first title has و: "X، وولي عهد أبوظبي نائب القائد الأعلى، Y" is Y's chain)
        chain_conjoined = self.text.startswith("و", first_hit.word_start) and first_hit.start > first_hit.word_start
        holder_before = not conjoined and not chain_conjoined and self._person_before(
            self.pending_titles[0][4] if self.pending_titles else index)
        # (a title with "his" for the one named before it, "ترامب، وزير خارجيته، مايك بومبيو،", is a genitive's too)
        his = " " in title.phrase and self._written(hit.end - 1) == "ه"
        if (complete or self.pending_titles) and cursor < self.word_count and self._comma_before(cursor) \
                and (not holder_before or his or self._genitive_chain(self.pending_titles)):
            # "الرئيس التركي، رجب طيب أردوغان،": the name may follow the complete title after a comma (and a
            # title with و is the next person's: "أردوغان، ونظيره الروسي، فلاديمير بوتين،")
            look = cursor
            if look in self.honorifics:
                look = self.honorifics[look][1] + 1
            candidate = self.read_name(look, dry=True) if look < self.word_count else None
            name_end = None if candidate is None else candidate[1] if self._comma_after(candidate[1]) else \
                self._set_off_name_end(look, candidate[1]) if title.number == "sg" else None
            if name_end is None and candidate is not None and title.number == "sg" \
                    and (look > cursor or self._known_person_through(look, candidate[1])):
                # "زيارة ولي عهد السعودية، الأمير محمد بن سلمان إلى مصر": no comma closes the name, but an
                # honorific or a known person's whole name says that a name, not a clause, follows the comma
                name_end = candidate[1]
            if holder_before and name_end is not None and not self._known_holder(look, name_end, role):
                name_end = None
            if name_end is not None:
                self.words_after_comma = cursor
                name_through = name_end
        self.used.update(range(index, cursor))
        title_start = hit.start
        # after a construct title, a title that is also an honorific is its genitive: "مستشار الرئيس …"
        genitive_next = cursor in self._title_words and self._construct_title(hit, complement_end)
        while True:
            if cursor < self.word_count and cursor in self.honorifics and not (genitive_next and not people) and (
                    self.joined(cursor) or self.words_after_comma == cursor) and not self._conjoined(cursor):
                cursor = self.honorifics[cursor][1] + 1
                if self._honorific_title(cursor):
                    cursor += 1  # "صاحب السمو الملكي الأمير X": a title that is an honorific goes on with it
                self.words_after_comma = cursor
            joined = cursor < self.word_count and (self.joined(cursor) or self.words_after_comma == cursor)
            if joined and not people and of is None and cursor == last + 1 and self._possessed(hit, title):
                break  # "مستشار ترامب": Trump's advisor, not Trump
            if joined and not people and self._after_ordinal(index, hit):
                break  # "أول رئيس كوري شمالي تطأ قدماه …": a relative clause follows, not a name
            if joined and not people and predicate:
                # "كان X نائبا للرئيس أحمدي نجاد": the name after is the president's, X is the deputy; read as a
                # person where it starts known or with a given name (else the word after is seldom a name: آنذاك)
                if self.gazetteer_kind(cursor) == "Person" or self.word_texts[cursor] in self.lex.given_names:
                    self.read_name(cursor)
                break
            if joined and not people and lam_definite and self.gazetteer_kind(cursor) != "Person" \
                    and self.word_texts[cursor] not in self.lex.given_names:
                break  # "للرئيس مطمئنة": after لل a predicate follows as often as a name; a name starts known
            person = self.read_name(cursor, coordinated=bool(people), through=name_through) if joined else None
            name_through = -1
            if person is None:
                break
            mention, end_index = person
            people.append((mention, of))
            cursor = end_index + 1
            if title.number == "sg" or cursor >= self.word_count or not self.joined(cursor):
                break
            # coordination after a dual or plural title: "الرئيسان الروسي X والأذربيجاني Y"
            word = self.word_texts[cursor]
            if not word.startswith("و"):
                break
            if word == "و" and cursor + 1 < self.word_count and self.joined(cursor + 1):
                cursor += 1  # "و الإثيوبي …": the conjunction written apart
            elif self._second_portfolio(cursor) and cursor + 1 < self.word_count and self.joined(cursor + 1):
                cursor += 1  # "وزيري الداخلية X والخارجية Y": the second holder's portfolio, then his name
            inner = self.gazetteer.get(cursor)
            if inner and self.gazetteer_kind(cursor) in ("demonym", "Country"):
                of = self.add_gazetteer_mention(cursor, *inner)
                cursor = inner[1] + 1
            elif self.read_name(cursor, dry=True, coordinated=True) is None:
                break
        if title.deputy:
            role = NO_ROLE  # (read as the minister's title, its portfolio and country; stated without a role)
        elif self._kin_before(index) and any(self._relative_named(person, role) for person, _ in people):
            role = NO_ROLE
        else:
            deputy = self._deputy_before(index, hit)
            if deputy is not None:
                # "نائب مدير المخابرات X", "مساعد الرئيس X": a deputy's or an assistant's post, which the contract
                # names only for the deputy of a president, a prime minister or a chair ("نائب رئيس الدولة")
                vice = deputy.removeprefix(DEFINITE).startswith(_VICE)
                role = DEPUTY_ROLES.get(role, NO_ROLE) if vice else NO_ROLE
        if not people and title.adjective and role != NO_ROLE and of is None and not self.pending_titles \
                and not self._comma_before(index):
            # "تكتل ميركل المحافظ": a post's title that is also an adjective, with no name after it, nothing it
            # heads and no comma setting it off ("X، المحافظ"), is the adjective (conservative); an occupation
            # still describes the name before it ("جون جاتلواك الصحفي بالإذاعة")
            return
        if not people:
            if cursor < self.word_count and cursor in self._title_words and not self._next_person_title(cursor) and (
                    self.joined(cursor) or self._comma_before(cursor) and self._unconjoined_title(cursor)):
                # a chain of titles: "نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، الشيخ محمد بن راشد", also
                # after a comma: "المتحدث باسم الرئاسة، السفير بسام راضي"
                self.pending_titles.append((title_start, complement_end, role, of, index, hit))
                return
            pending, self.pending_titles = self.pending_titles, []
            chain_index, chain_hit = (pending[0][4], pending[0][5]) if pending else (index, hit)
            if self._genitive_chain(pending):
                # "مايكل كوهين، محامي الرئيس السابق": the name before holds the first title, in the genitive's
                # country, and not the genitive's
                first_start, first_end, first_role = pending[0][:3]
                if self._appositive(chain_index, first_start, first_end, first_role, of, chain_hit):
                    for start, end, pending_role, *_ in pending[1:]:
                        self.findings.posts.append(RawPost(self.findings.posts[-1].person, pending_role, of,
                                                           start, end))
                    return
            elif self._appositive(chain_index, title_start, complement_end, role, of, chain_hit):
                for start, end, pending_role, pending_of, *_ in pending:
                    self.findings.posts.append(RawPost(self.findings.posts[-1].person, pending_role, pending_of,
                                                       start, end))
                return
            for start, end, pending_role, pending_of, *_ in pending + [(title_start, complement_end, role, of)]:
                self.findings.title_references.append(RawTitleReference(start, end, pending_role, pending_of))
            return
        pending, self.pending_titles = self.pending_titles, []
        if pending and holder_before and self._comma_before(index):
            # "باشينيان، زعيم المعارضة، رئيس الوزراء X": the titles set off by commas after a name are his, and
            # only the title that runs into the next name is its holder's
            first_start, first_end, first_role, first_of, chain_index, chain_hit = pending[0]
            if self._appositive(chain_index, first_start, first_end, first_role, first_of, chain_hit):
                for start, end, pending_role, pending_of, *_ in pending[1:]:
                    self.findings.posts.append(RawPost(self.findings.posts[-1].person, pending_role, pending_of,
                                                       start, end))
                pending = []
        if pending and conjoined:
            # "فيصل المقداد وزير الخارجية والمغتربين وسفير إيران في دمشق حسين أكبري", "مسعود بارزاني رئيس الحزب
            # الديموقراطي الكردستاني ورئيس الحكومة … حيدر العبادي": the titles before the one with و are the
            # person's named right before them, when he is known to hold the first or it names its body or country,
            # and the name after it is not known to hold it ("التقى بوتين نائب رئيس الوزراء ووزير الخارجية الإماراتي
            # X" stays one person's chain)
            first_role, first_of, chain_index = pending[0][2], pending[0][3], pending[0][4]
            holder = self._person_right_before(chain_index)
            if holder is not None and (first_of is not None or self._holds(holder, first_role)) \
                    and not self._holds(people[0][0], first_role):
                for start, end, pending_role, pending_of, *_ in pending:
                    self.findings.posts.append(RawPost(holder, pending_role, pending_of, start, end))
                pending = []
        # "مستشار الرئيس الأمريكي جون بولتون": after a title of one indefinite word, the next title is its
        # genitive (the president's advisor), and the name holds the first title, in the genitive's country;
        # unless the lexicon knows the name as the genitive's holder ("مبعوث الرئيس الأمريكي دونالد ترامب،
        # جيسون غرينبلات": Trump's envoy, named after him)
        genitive = self._genitive_chain(pending)
        if genitive and self._holds(people[0][0], role):
            # the first title's holder may follow, set off by commas: "…، جيسون غرينبلات،"
            holder = self._name_set_off(cursor)
            first_start, first_end, first_role, _, chain_index, chain_hit = pending[0]
            if holder is None and self._appositive(chain_index, first_start, first_end, first_role, of, chain_hit):
                # "ساره ساندرز، المتحدثة باسم الرئيس الأميركي دونالد ترمب": or before the chain
                holder = self.findings.posts.pop().person
            for start, end, pending_role, pending_of, *_ in pending:
                if holder is None:
                    self.findings.title_references.append(RawTitleReference(start, end, pending_role, pending_of))
                else:
                    self.findings.posts.append(RawPost(holder, pending_role, of, start, end))
            pending, genitive = [], False
        for start, end, pending_role, pending_of, _, pending_hit in pending:
            self.findings.posts.append(RawPost(people[0][0], pending_role, of if genitive else pending_of, start,
                                               end, anaphoric=pending_hit.payloads[0].pronoun))
        if genitive:
            return
        principal = _PRINCIPAL_ROLES.get(role)
        if principal and len(people) == 1 and not pending and self._holds(people[0][0], principal) \
                and not self._holds(people[0][0], role) \
                and self._appositive(index, title_start, complement_end, role, of, hit):
            # "مايك بنس، نائب الرئيس الأمريكي دونالد ترامب": the deputy is the one named before the title, and the
            # name after it, whom the lexicon knows as the principal and never as the deputy, is the principal's
            self.findings.posts.append(RawPost(people[0][0], principal, people[0][1], title_start, complement_end))
            return
        for person, post_of in people:
            if role in _HEADS_OF_STATE and post_of is None and len(people) == 1 and self._predicate_after(person) \
                    and self._known_not_holding(person, role):
                continue  # "عين الملك X وزيرا للخارجية": X, known as no king, is whom the king (unnamed) appoints
            if role in _RANKS and post_of is None and complement_end == hit.end and len(people) == 1 \
                    and self._title_right_after(person):
                continue  # "السفير أحمد فهمي المتحدث باسم الرئاسة": a diplomat's rank before the post he holds
            person_role = self._known_head_role(person, role) if title.role == "=" else role
            if role == "Advisor" and post_of is None and " " not in title.phrase and self._holds(person, "Prime Minister"):
                person_role = "Prime Minister"  # "المستشارة ميركل": the chancellor the lexicon knows, no advisor
            self.findings.posts.append(RawPost(person, person_role, post_of, title_start, complement_end,
                                               counterpart=title.role == "=", anaphoric=title.pronoun))

    def _relative_named(self, mention: int, role: str) -> bool:
        """After a kinship noun and a title ("لزوجة رئيس الوزراء، سارة نتانياهو"), the name of ``mention`` is the
        relative's: a person the lexicon knows in no post with the title's role, or an unknown one named in full
        (a known holder, "ابنة الرئيس الأمريكي دونالد ترامب", and a head named by one given name, "حفيدة الملكة
        إليزابيث", or with a regnal number, "نجل الملك الحسن الثاني", are the holder)."""
        found = self.findings.mentions[mention]
        entry = self.lex.entries.get(found.ref)
        if entry is not None:
            return not _has_held(entry, role)
        name = self.text[found.start:found.end]
        last = name.rsplit(" ", 1)[-1]
        regnal = last in _ORDINAL_DAYS or last.endswith("ه") and last[:-1] in _ORDINAL_DAYS  # (الثاني، الثانية)
        return " " in name and not regnal

    def _name_starts(self, index: int) -> bool:
        """Word ``index``, joined to the one before, starts a name as surely as a rank, a known person or a given
        name (not a demonym) does."""
        if index >= self.word_count or not self.joined(index):
            return False
        return index in self.honorifics or self.gazetteer_kind(index) == "Person" \
            or index not in self.gazetteer and self.word_texts[index] in self.lex.given_names

    def _body_after_in(self, index: int) -> tuple[int | None, int]:
        """The organization starting at word ``index`` (after "في") and its last word, where a name starts right
        after it (as _name_starts tells); else (None, index)."""
        if self.gazetteer_kind(index) != "Organization" and (index not in self.institutions or index in self.used):
            return None, index
        # (read now, as _body_named_before does: the institutions are read after the titles)
        body, body_last = self.read_institution(index)
        if body is None or self.findings.mentions[body].kind != "Organization" or not self._name_starts(body_last + 1):
            return None, index
        return body, body_last

    def _body_named_before(self, index: int) -> int | None:
        """The mention of the organization named last before word ``index`` in its sentence, read now if no rule
        has read it yet (institutions and known names are read after the titles)."""
        for before in range(index - 1, -1, -1):
            if self._sentence_ends_before(before + 1):
                return None
            if self.gazetteer_kind(before) == "Organization" or before in self.institutions and before not in self.used:
                org, _ = self.read_institution(before)
                if org is not None and self.findings.mentions[org].kind == "Organization":
                    return org
            number = self._by_span.get((self.word_starts[before], self.word_ends[before]))
            if number is not None and self.findings.mentions[number].kind == "Organization":
                return number
        return None

    def _kin_before(self, index: int) -> bool:
        """A kinship noun stands before the title at word ``index``, in construct with it ("زوجة رئيس الوزراء"),
        not with a pronoun (then the title is in apposition: "والده الملك سلمان" is his father, the king)."""
        if index == 0 or not self.joined(index):
            return False
        word = self.word_texts[index - 1]
        if word not in _KIN_WORDS and not (word[0] in "وفلب" and word[1:] in _KIN_WORDS):
            return False
        # (folded, ة is ه: as written, "زوجة" is the noun, "والده" his father)
        return not word.endswith("ه") or self._written(self.word_ends[index - 1] - 1) == "ة"

    def _known_not_holding(self, mention: int, role: str) -> bool:
        """The lexicon knows the person of ``mention``, and never in a post with this role."""
        entry = self.lex.entries.get(self.findings.mentions[mention].ref)
        return entry is not None and not _has_held(entry, role)

    def _title_qualifier(self, index: int) -> tuple[str | None, int]:
        """The qualifier of title_qualifiers.tsv that starts at word ``index`` (of one word, or of two: "المنتهية
        ولايته"), and how many words it has; (None, 0) where none does."""
        if index >= self.word_count or not self.joined(index):
            return None, 0
        qualifiers = self.g.title_qualifiers
        if index + 1 < self.word_count and self.joined(index + 1):
            when = qualifiers.get(self.word_texts[index] + " " + self.word_texts[index + 1])
            if when is not None:
                return when, 2
        when = qualifiers.get(self.word_texts[index])
        return (when, 1) if when is not None else (None, 0)

    def _title_right_after(self, mention: int) -> bool:
        """The person's name is followed right away by another title, his post ("السفير X المتحدث باسم …")."""
        last = self._word_ending(self.findings.mentions[mention].end, 0)
        return last is not None and last + 1 < self.word_count and self.joined(last + 1) \
            and self._unconjoined_title(last + 1)

    def _predicate_after(self, mention: int) -> bool:
        """The person's name is followed by a predicate title, the post he is made or was ("X وزيرا للخارجية"), or
        by what he is charged with ("كلف الرئيس X بتشكيل الحكومة")."""
        last = self._word_ending(self.findings.mentions[mention].end, 0)
        if last is None or last + 1 >= self.word_count or not self.joined(last + 1):
            return False
        found = self.titles.get(last + 1)
        return found is not None and found[0].payloads[0].predicate or self.word_texts[last + 1] in _CHARGED_WITH

    def _known_head_role(self, mention: int, role: str) -> str:
        """A counterpart's role: the head of state or government's role the lexicon knows the person by, where
        the one he is the counterpart of heads his country by another ("الزعيم كيم … ونظيره الأمريكي دونالد
        ترامب": the president)."""
        entry = self.lex.entries.get(self.findings.mentions[mention].ref)
        if role not in HEAD_ROLES or entry is None:
            return role
        known = {post.role for post in entry.posts} & HEAD_ROLES
        return known.pop() if len(known) == 1 and role not in known else role

    def _deputy_before(self, index: int, hit: Hit) -> str | None:
        """The word of a deputy or an assistant right before the title at word ``index`` (نائب مدير، مساعد
        الرئيس), which the titles file does not list with it."""
        if index == 0 or not self.joined(index):
            return None
        if hit.start != hit.word_start:
            # "النائب الأول لحاكم دبي", "نائب لرئيس الوزراء": a deputy (and his rank) before the title behind ل
            if self.text[hit.word_start:hit.start] != "ل":
                return None
            before = index - 1
            if self.word_texts[before] in _DEPUTY_RANKS and before > 0 and self.joined(before):
                before -= 1
            word = self.word_texts[before]
            return word if word in _DEPUTY_WORDS else None
        word = self.word_texts[index - 1]
        return word if word in _DEPUTY_WORDS else None

    def _title_adjective(self, hit: Hit, index: int) -> bool:
        """Word ``index`` is a relative adjective (الملكي، الأميري، الرئاسي) of the definite noun that ends the
        title (رئيس الديوان), and a name follows it."""
        word = self.word_texts[index]
        last_word = self.text[hit.start:hit.end].rsplit(" ", 1)[-1]
        return " " in self.text[hit.start:hit.end] and last_word.startswith(DEFINITE) and len(word) >= 5 \
            and word.startswith(DEFINITE) and word.endswith("ي") and index not in self.gazetteer \
            and index not in self._title_words and index + 1 < self.word_count and self.joined(index + 1) \
            and self.read_name(index + 1, dry=True) is not None

    def _name_set_off(self, index: int) -> int | None:
        """The mention of a name that starts at word ``index`` between commas ("، جيسون غرينبلات،")."""
        if index >= self.word_count or not self._comma_before(index):
            return None
        candidate = self.read_name(index, dry=True)
        if candidate is None or not self._comma_after(candidate[1]):
            return None
        found = self.read_name(index)
        return found[0] if found else None

    def _genitive_chain(self, pending: list[tuple]) -> bool:
        """The pending chain of titles ends with a construct title without a complement: the title read now is
        its genitive ("مستشار الرئيس")."""
        return bool(pending) and pending[-1][3] is None and self._construct_title(pending[-1][5], pending[-1][1])

    def _holds(self, mention: int, role: str) -> bool:
        """The lexicon knows the person of ``mention`` to have held a post with this role."""
        entry = self.lex.entries.get(self.findings.mentions[mention].ref)
        return entry is not None and _has_held(entry, role)

    def _construct_title(self, hit: Hit, complement_end: int) -> bool:
        """The title is one indefinite word without a portfolio or complement (مستشار، محامي، مبعوث), or ends
        with "باسم" (on behalf of) and has no complement: a word after it is its genitive ("المتحدث باسم
        الرئيس التركي X" is the president's spokesman)."""
        words = self.text[hit.start:hit.end]
        return complement_end == hit.end and (words.endswith(_ON_BEHALF) or " " not in words and not
                                              words.startswith(DEFINITE) and not words.endswith(_POSSESSIVE_ENDINGS))

    def _genitive_of_unknown(self, index: int, of: int) -> bool:
        """Word ``index`` starts a known organization behind the preposition ل, right after the organization
        ``of`` that the lexicon does not know ("الكتلة البرلمانية للحزب الجمهوري")."""
        hit = self.gazetteer[index][0]
        return self.findings.mentions[of].ref.startswith("new:") and self.findings.mentions[of].end <= hit.start \
            and self.text[hit.word_start:hit.start] in ("ل", "لل")

    def _unconjoined_title(self, index: int) -> bool:
        """A title starts at word ``index``, without the conjunction و (which would start the next person)."""
        found = self.titles.get(index)
        return found is not None and found[0].start == found[0].word_start

    def _after_ordinal(self, index: int, hit: Hit) -> bool:
        """The indefinite title at word ``index`` follows an ordinal ("أول رئيس", "ثاني وزير")."""
        before = self.word_texts[index - 1] if index > 0 else ""
        return index > 0 and hit.start == hit.word_start and not self.text.startswith(DEFINITE, hit.start) \
            and (before in _ORDINALS or before.startswith("و") and before[1:] in _ORDINALS) and self.joined(index)

    def _possessed(self, hit: Hit, title: Title) -> bool:
        """Whether a name right after this title is whom the post serves rather than who holds it: after one
        indefinite word the name is a genitive ("مستشار ترامب", Trump's advisor; a holder follows a definite
        title, "المستشار جون بولتون"), and after "باسم" it is whom the spokesperson speaks for."""
        words = self.text[hit.start:hit.end]
        if words.endswith("باسم"):
            return True
        if title.role == "=" or " " in words or words.startswith("ال") or words.endswith(_POSSESSIVE_ENDINGS):
            return False  # (a title with a pronoun is definite: "رئيسها رجب طيب أردوغان" is its president)
        return not self.text[hit.word_start:hit.start].endswith("ل")  # "للمستشار": لل is the article

    def _host(self, cursor: int) -> int | None:
        """After an ambassador's country, "لدى/في" and the country, place or organization that hosts him
        ("سفير الصين لدى الإمارات ني جيان"): the host is mentioned, and the name may follow it. Returns the
        index of the host's last word, or None when no host follows."""
        after = cursor + 1
        if after < self.word_count and self.joined(after) and self.word_texts[after] in HOST_ANAPHORS:
            return after  # "لدى الدولة": the country the article is about
        found = self.gazetteer.get(after)
        if after >= self.word_count or not self.joined(after) or not found or \
                self.gazetteer_kind(after) not in ("Country", "Place", "Organization"):
            return None
        self.add_gazetteer_mention(after, *found)
        return found[1]

    _PORTFOLIO_HEADS = _PORTFOLIO_AFFAIRS | {"الشوون", "الشيون", "دوله", "الدوله"}

    def _portfolio(self, cursor: int, end: int) -> tuple[int, int]:
        """A minister's portfolio after the title: "وزير التغير المناخي والبيئة", "وزير شؤون الرئاسة",
        "وزير الدولة للشؤون الخارجية" — definite words, joined by و or preceded by ل, are part of the title."""
        taken = 0
        while cursor < self.word_count and self.joined(cursor) and taken < PORTFOLIO_WORDS:
            word = self.word_texts[cursor]
            if cursor + 1 in self._body_members and self.word_texts[cursor] in BODIES_OF_MEMBERS:
                # "وزير الدولة لشؤون مجلس الوزراء": the body its affairs are
                end = self.word_ends[self._body_members[cursor + 1]]
                cursor = self._body_members[cursor + 1] + 1
                taken += 2
                continue
            if cursor in self.gazetteer and taken and self.word_texts[cursor - 1] in _PORTFOLIO_AFFAIRS \
                    and self.gazetteer_kind(cursor) in ("Country", "Place"):
                # "وزير الدولة لشؤون أفريقيا", "لشؤون الخليج العربي": the affairs of a place are the portfolio,
                # not the country the minister serves
                found, last = self.gazetteer[cursor]
                self.add_gazetteer_mention(cursor, found, last)
                end = self.word_ends[last]
                cursor = last + 1
                taken += 1
                continue
            if cursor in self.gazetteer and taken and self.gazetteer_kind(cursor) == "demonym":
                # "والتعاون الإفريقي والمغاربة المقيمين بالخارج", "وشؤون المصريين بالخارج": a people the portfolio
                # is about, joined to it by و or with more of it after (a demonym before the name is the minister's
                # country)
                last = self.gazetteer[cursor][1]
                following = self.word_texts[last + 1] if last + 1 < self.word_count and self.joined(last + 1) else ""
                if word.startswith("و") or following.startswith(("وال", _AT_THE)):
                    end = self.word_ends[last]
                    cursor = last + 1
                    taken += 1
                    continue
            if cursor in self.gazetteer or cursor in self._title_words or self.is_function(cursor):
                break
            if cursor in self.honorifics or cursor in self.trigger_words:
                break  # ("سيرسل وزير الخارجية للقاء الملك": to meet the king, no portfolio)
            plain = word[1:] if word.startswith("و") and len(word) > 3 else word
            if taken and plain.startswith(_AT_THE) and plain not in self.g.title_qualifiers:
                # "وزير الشؤون الخارجية والجالية الوطنية بالخارج": where the portfolio's people are (not
                # "بالوكالة", acting, which says how the post is held)
                end = self.word_ends[cursor]
                cursor += 1
                taken += 1
                continue
            if not (plain.startswith("ال") or plain.startswith("لل") or plain in self._PORTFOLIO_HEADS):
                break
            if plain.startswith("ال") and not self.definite(cursor) and not word.startswith("و"):
                break
            end = self.word_ends[cursor]
            cursor += 1
            taken += 1
        return cursor, end

    def _person_before(self, index: int) -> bool:
        """A person's name, then a comma, right before word ``index`` ("محمد فريد، رئيس أركان …")."""
        if index == 0 or not self._comma_before(index):
            return False
        end = self.word_ends[index - 1]
        return end in self._people_ending or index - 1 in self._gazetteer_people

    def _person_right_before(self, index: int) -> int | None:
        """The mention of a person whose name ends right before word ``index``, with no mark between (read
        before, or known)."""
        if index == 0 or self.text[self.word_ends[index - 1]:self.word_starts[index]].strip():
            return None
        person = self._people_ending.get(self.word_ends[index - 1])
        return self._gazetteer_person_ending(index - 1) if person is None else person

    def _comma_before(self, index: int) -> bool:
        gap = self.text[self.word_ends[index - 1]:self.word_starts[index]]
        return gap.strip() in ("،", ",") and "\n" not in gap

    def _set_off_name_end(self, first: int, last: int) -> int | None:
        """Where a name that ``read_name`` ended at word ``last`` ends when a comma ends it (after the title of
        one person, or after "بدلا من"): at most two more words up to the comma, each of them a word a name may
        hold but for being a common word too or starting like the conjunction و ("عبد الرضا رحماني فضلي،":
        فضلي is also an adjective; "دانا وايت،")."""
        cursor = last + 1
        while cursor <= last + 2 and cursor - first < self.MAX_NAME_WORDS and cursor < self.word_count \
                and self.joined(cursor) and cursor not in self.gazetteer and cursor not in self._title_words \
                and cursor not in self.trigger_words and not self.is_function(cursor) \
                and self.word_texts[cursor] not in self.g.months and len(self.word_texts[cursor]) > 1:
            if self._comma_after(cursor):
                return cursor
            cursor += 1
        return None

    def _comma_after(self, index: int) -> bool:
        if index + 1 >= self.word_count:
            return True
        gap = self.text[self.word_ends[index]:self.word_starts[index + 1]].strip()
        return bool(gap) and gap[0] in "،,.؛:"

    def _counterpart_role(self, position: int) -> str | None:
        """The role of the person a counterpart ("نظيره") is the counterpart of: the person named just before
        (by full name or surname: "يلتقي لودريان بنظيره"), else the nearest person before with a post."""
        held: dict[int, list[str]] = {}
        for post in self.findings.posts[-COUNTERPART_LOOKBACK:]:
            held.setdefault(post.person, []).append(post.role)
        # of several posts, the highest office is the one a counterpart shares ("بوتين … ونظيره" is a president),
        # and a minister's before a deputy's ("نائب رئيس الوزراء وزير الخارجية … ونظيره" is a foreign minister)
        holders = {person: next((role for role in roles if role in _HEAD_OFFICES),
                                next((role for role in reversed(roles) if role.startswith("Minister")),
                                     next((role for role in roles if role in _SOLE_OFFICES), roles[-1])))
                   for person, roles in held.items()}
        before = self.text[max(0, position - 40):position].split()
        if before:
            previous = before[-1]
            # the nearest first: "عبدالله بن زايد آل نهيان ونظيره" after "محمد بن زايد آل نهيان" is his
            nearest_first = sorted(holders.items(), key=lambda item: -self.findings.mentions[item[0]].end)
            for person, role in nearest_first:
                mention = self.findings.mentions[person]
                names = [self.text[mention.start:mention.end]]
                entry = self.lex.entries.get(mention.ref)
                if entry:
                    names += [fold(n) for n in entry.names]
                if any(name.split()[-1] == previous for name in names if name):
                    return role
        before = [(self.findings.mentions[number].end, number) for number in holders
                  if self.findings.mentions[number].end <= position]
        if before:
            return holders[max(before)[1]]
        people = [m for m in self.findings.mentions[-COUNTERPART_LOOKBACK * 20:]
                  if m.kind == "Person" and m.end <= position]
        if people:
            nearest = max(people, key=lambda m: m.end)
            for number, post in enumerate(self.findings.posts):
                if self.findings.mentions[post.person].ref == nearest.ref:
                    return post.role
        return None

    def _appositive(self, index: int, start: int, end: int, role: str, of: int | None, hit: Hit) -> bool:
        """A title right after a person gives him the post: "X، وزير الخارجية الروسي" or "X وزير الاقتصاد";
        so does a title right after another of his titles ("نائب رئيس مجلس الوزراء وزير شؤون الرئاسة").
        A title with the conjunction و ("… آل مكتوم، وولي عهد أبوظبي …") starts the next person instead, and
        one with the preposition ب or ل ("التقى X بالوزير", "X لوزير الخارجية") is someone else (but ك, "as",
        is his: "ساركوزي كرئيس للبلاد")."""
        clitic = self.text[hit.word_start:hit.start]
        if index == 0 or clitic.startswith("و") or "ب" in clitic or "ل" in clitic:
            return False
        gap = self.text[self.word_ends[index - 1]:self.word_starts[index]]
        if gap.strip() not in ("", "،", ",") or "\n" in gap:
            return False
        previous_end = self.word_ends[index - 1]
        if previous_end in self._people_ending:
            person = self._people_ending[previous_end]
            if not gap.strip() and self._another_office(person, role, of, hit):
                return False
            self.findings.posts.append(RawPost(person, role, of, start, end))
            return True
        chained = self._post_ending.get(previous_end)
        if chained is not None:
            self.findings.posts.append(RawPost(chained, role, of, start, end))
            return True
        found = self._gazetteer_person_ending(index - 1)
        if found is None:
            found = self._person_before_lineage(index - 1)
        if found is None:
            found = self.read_name_backwards(index - 1)
        if found is None:
            return False
        self.findings.posts.append(RawPost(found, role, of, start, end))
        return True

    def _person_before_lineage(self, last: int) -> int | None:
        """The person whose name the words up to ``last`` go on with his forefathers or family: "محمد بن سلمان"
        (known) "بن عبدالعزيز آل سعود" (written after it in full)."""
        cursor = last
        while cursor >= 2 and self.word_texts[cursor - 1] in LINEAGE_FAMILY_WORDS \
                and self.joined(cursor) and self.joined(cursor - 1):
            cursor -= 2
            person = self._people_ending.get(self.word_ends[cursor])
            if person is None:
                person = self._gazetteer_person_ending(cursor)
            if person is not None:
                return person
        return None

    def _another_office(self, person: int, role: str, of: int | None, hit: Hit) -> bool:
        """A title right after the name of a person who holds one of the highest offices by the title before his
        name, with no comma between, is the verb's object, someone else: "استقبل الرئيس X وزير الخارجية"
        (the president received the foreign minister). Not so where the lexicon knows him in that role, where the
        title restates his office ("الملك X ملك سوازيلاند"), leads his party ("الوزير X زعيم حزب …"), or says
        what he was made ("تعيين الوزير X رئيسا للوزراء")."""
        if hit.payloads[0].predicate:
            return False
        start = self.findings.mentions[person].start
        before = [post.role for post in self.findings.posts if post.person == person and post.end <= start]
        if not before or not _sole_office(before[-1]) or role in before or self._holds(person, role):
            return False
        party = role in PARTY_ROLES and of is not None and self.findings.mentions[of].kind == "Organization"
        return not (role == "Leader" or party)

    @cached_property
    def _gazetteer_people(self) -> dict[int, tuple[int, Hit]]:
        """last word index -> (first word index, hit) of every known person's name."""
        return {last: (first, hit) for first, (hit, last) in self.gazetteer.items()
                if self.entry(hit)[0].type == "Person"}

    def _known_person_through(self, first: int, last: int) -> bool:
        """Words ``first`` to ``last`` are a known person's whole name."""
        found = self.gazetteer.get(first)
        return found is not None and found[1] == last and self.gazetteer_kind(first) == "Person"

    def _known_as_another(self, first: int, role: str) -> bool:
        """Word ``first`` starts the whole name of a person the lexicon knows, who never held ``role``: after the
        title he is its holder's object ("عين جلالة الملك ناصر بوريطة وزيرا"), not the holder."""
        found = self.gazetteer.get(first)
        return found is not None and self.gazetteer_kind(first) == "Person" \
            and not _has_held(self.entry(found[0])[0], role)

    def _known_holder(self, first: int, last: int, role: str) -> bool:
        """Words ``first`` to ``last`` are the whole name of a person the lexicon knows to have held ``role``."""
        return self._known_person_through(first, last) and _has_held(self.entry(self.gazetteer[first][0])[0], role)

    def _gazetteer_person_ending(self, last_word: int) -> int | None:
        found = self._gazetteer_people.get(last_word)
        return self.add_gazetteer_mention(found[0], found[1], last_word) if found else None

    @cached_property
    def _title_words(self) -> frozenset[int]:
        """Words inside titles, but for titles that are also given names (سلطان، أمير)."""
        return frozenset(i for first, (hit, last) in self.titles.items() if not hit.payloads[0].honorific
                         for i in range(first, last + 1))

    @cached_property
    def _inner_title_words(self) -> frozenset[int]:
        """Words inside titles after their first ("دولة" in "رئيس دولة")."""
        return frozenset(i for first, (_, last) in self.titles.items() for i in range(first + 1, last + 1))

    @cached_property
    def _honorific_ends(self) -> frozenset[int]:
        return frozenset(last for _, (_, last) in self.honorifics.items())

    def _known_person_ends_at(self, index: int) -> bool:
        """A known person's name (the gazetteer's) ends at word ``index``."""
        return any(hit_last == index and self.gazetteer_kind(start) == "Person"
                   for start, (_, hit_last) in self.gazetteer.items() if start <= index)

    def read_name_backwards(self, last: int) -> int | None:
        """An unknown name of at least two words ending at word ``last`` (before a title that follows it)."""
        taken: list[int] = []
        stripped = 0
        cursor = last
        while cursor >= 0 and len(taken) < self.MAX_NAME_WORDS + 2:
            word = self.word_texts[cursor]
            if self.hyphenated(cursor):
                taken.insert(0, cursor)
                cursor -= 1
                continue
            given_before_name = bool(taken) and word in self.lex.given_names and cursor not in self.gazetteer \
                and not self._function_word_here(cursor)
            if not given_before_name and (
                    cursor in self._title_words or cursor in self.trigger_words or self.is_function(cursor)
                    or (cursor in self.gazetteer and self.gazetteer_kind(cursor) != "Person")
                    or word in self.g.months or cursor in self._honorific_ends or word == "و"):
                # (a given name such as علي, which folds like the preposition على, still starts a name when
                # written with ي: "على لسان المتحدث" is the preposition; a conjunction written apart, "و فهد",
                # ends one)
                break
            if cursor != last and not self.joined(cursor + 1):
                break
            if taken and self.word_texts[taken[0]] not in LINEAGE_WORDS and self._known_person_ends_at(cursor):
                # "عين الرئيس الغاني جون ماهاما كمال سعيد وزيرا": a known name ends right before this one (but
                # goes on after بن: "عبدالله بن ناصر بن عبدالله البكري")
                break
            coordinated = self._behind_and(word)
            bare = word[1:] if coordinated else word
            if bare in self.g.common_words and bare not in self.lex.given_names and bare not in NAME_CONNECTORS:
                break
            if self.unlikely_name_word(bare):
                break
            taken.insert(0, cursor)
            if coordinated:
                stripped = 1
                break
            cursor -= 1
        while taken and self.word_texts[taken[0]] in ("بن", "بنت", "ال", "ولد"):
            taken.pop(0)  # عبد، أبو، أم begin a name; بن and آل only continue one
            stripped = 0
        real = [i for i in taken if self.word_texts[i] not in NAME_CONNECTORS]
        if len(real) < 2:
            return None
        first = self.word_texts[taken[0]][stripped:]
        if first not in self.lex.given_names and not any(self.word_texts[i] in NAME_CONNECTORS for i in taken):
            return None  # without a given name or a بن/آل, words before a title are too often not a name
        if not stripped and self.definite(taken[0]) and self.word_texts[taken[0]] not in self.lex.given_names:
            return None
        start = self.word_starts[taken[0]] + stripped
        end = self.word_ends[taken[-1]]
        self.used.update(taken)
        name = self.text[start:end]
        return self.add_mention(RawMention(start, end, "Person", f"new:Person:{canonical_name(name)}", "title"))

    def _org_complement(self, title: Title, index: int) -> bool:
        """An organization after a title is named by an institution head ("مدير الاستخبارات …")."""
        return index in self.institutions

    def read_honorific(self, index: int) -> None:
        hit, last = self.honorifics[index]
        cursor = last + 1
        if cursor >= self.word_count or not self.joined(cursor):
            return
        if self.text[hit.start:hit.end] == _STATE and self.word_texts[cursor].endswith("ه") \
                and self.word_texts[cursor] not in self.lex.given_names:
            return  # "كدولة منبوذة", "دولة معينة": a state and its adjective, not the honorific of a name
        if index in self._inner_title_words and hit.payloads[0].split()[0] not in self.g.title_phrases or any(
                at in self.gazetteer and self.gazetteer_kind(at) != "Person" for at in (index, cursor)):
            # "دولة قطر", "رئيس دولة": the honorific of prime ministers is also the word for a state (an honorific
            # that is a title too, "نائب الرئيس السابق X", still reads the name)
            return
        role = _MONARCHS.get(self.text[hit.start:hit.end])
        if role is not None and self._known_as_another(cursor, role):
            # "عين جلالة الملك ناصر بوريطة وزيرا": the known person after "الملك", who never reigned, is the
            # object of what the king did; the title stands for the king the article names
            self.findings.title_references.append(RawTitleReference(hit.start, hit.end, role, None))
            return
        if self.text[hit.start:hit.end] in _HONORIFICS_ALSO_NOUNS and not self._starts_a_name(cursor):
            return  # "قال رئيس النادي إن الفريق جاهز": the team, not a lieutenant general, before a word of no name
        person = self.read_name(cursor)
        if person is not None:
            self.used.update(range(cursor, person[1] + 1))

    def _starts_a_name(self, index: int) -> bool:
        """Word ``index`` surely starts a person's name: a known person's, a given name, a word in Latin letters,
        or the surname of a person the article named before ("الفريق صلاح عبدالله غوش … الفريق غوش")."""
        word = self.word_texts[index]
        if self.gazetteer_kind(index) == "Person" or word in self.lex.given_names or word.isascii():
            return True
        return any(mention.kind == "Person" and self.text[mention.start:mention.end].endswith(" " + word)
                   for mention in self.findings.mentions)

    #: "ولد X في …" (X was born in …) at the start of a sentence: the verb, not the ولد inside a name
    _BORN = frozenset({"ولد", "وولد"})

    def read_births(self) -> None:
        """"ولد خالد محيي الدين في قرية …": a name after the verb "ولد" (was born) that opens a sentence, as
        biographies open (mid-sentence, ولد is the son of a name before it: "محمد ولد عبد العزيز")."""
        if "ولد" not in self.text:
            return  # (most articles)
        for index, word in enumerate(self.word_texts):
            after = index + 1
            if word not in self._BORN or after >= self.word_count or after in self.used or not self.joined(after):
                continue
            if index and not any(mark in self.text[self.word_ends[index - 1]:self.word_starts[index]]
                                 for mark in _SENTENCE_MARKS):
                continue
            self.read_name(after)

    #: (يه، يها، يهم: a plural noun in construct before the pronoun, معارضيه "his opponents")
    _PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "يه", "يها", "يهم")

    def unlikely_name_word(self, word: str) -> bool:
        """An ordinary word in disguise: a clitic before a common word (لشؤون، بالمنطقة), or a common word
        with a pronoun suffix (ترشحه، قدماه), the future's س or a plural ending."""
        if word in self.lex.given_names or word in NAME_CONNECTORS:
            return False
        if word.startswith("لل") or word.startswith("بال") or word.startswith("وال"):
            return True
        if word[0] in "بلكف" and len(word) > 3 and (word[1:] in self.g.common_words
                                                      or word[1:] in self.g.function_words):
            return True
        for suffix in self._PRONOUN_SUFFIXES:
            stem = word[:-len(suffix)]
            # (a function word too: خلاله، عنده، بينهما; and a doubled verb of two letters: حثه، رده)
            if word.endswith(suffix) and len(stem) >= 2 and (self._common_stem(stem) or len(stem) >= 3 and (
                    stem in self.g.function_words or stem + "ه" in self.g.common_words)):
                return True
        # a preposition before a verbal noun (بتشكيل، لمواصلة), or before a common word or a verbal noun with a
        # pronoun suffix (لانتهاكه، لتهديده، لقيادته، لدوره)
        if word[0] in "بلك" and _verbal_noun_shape(word[1:]):
            return True
        if word[0] in "بلك" and len(word) > 4 and any(
                word.endswith(suffix) and len(word) - len(suffix) > 3
                and (self._common_stem(word[1:-len(suffix)]) or _verbal_noun_shape(word[1:-len(suffix)]))
                for suffix in self._PRONOUN_SUFFIXES):
            return True
        # the future of a common verb (ستعقد، سيلتقي، سيقول), or of any verb in the plural or the dual (سيجتمعون،
        # سيبحثان: longer than the names of that shape, سيمون)
        if len(word) >= 4 and word[0] == "س" and word[1] in "يتنا" and (
                word[1:] in self.g.common_words or word[1:] in self.g.function_words
                or len(word) >= 7 and word[1] in "يت" and word.endswith(("ون", "ان"))):
            return True
        # a common word's plural (يعرفون، قالوا، مسؤولون): a verb or a noun, not a name
        if len(word) >= 5 and word.endswith(("ون", "وا")) and word[:-2] in self.g.common_words:
            return True
        # the accusative of a common word (قائلا، حاليا، جديدا، عاما): an adverb or an object, not a name; or of a
        # participle, which tells how someone acts (مبتسما، مستعدا)
        return word.endswith("ا") and len(word) >= 4 and word[:-1] in self.g.common_words \
            or _accusative_participle_shape(word)

    def _simple_present_verb(self, word: str) -> bool:
        """A verb in the present whose letters after ي or ت are a common word, its verbal noun or root noun: of
        four letters ("ينفي" of نفي, "يعيش" of عيش), or of five with the alef of its form ("تطالب", "يحاضر"). After
        a name, the verb it is the subject of, not a surname (يلدز keeps the shape but not such a stem; a long vowel
        after the first letter makes a name, تامر; and so does a nisba's ي, تجاني)."""
        if len(word) == 5 and (word[2] != "ا" or word.endswith("ي")):
            return False
        return 4 <= len(word) <= 5 and word[0] in "يت" and word[1] not in _LONG_VOWELS \
            and word[1:] in self.g.common_words

    def _behind_and(self, word: str) -> bool:
        """``word`` is a word behind the conjunction و (وبهاء), not a given name that starts with و (وليد)."""
        return word.startswith("و") and len(word) > 3 and word not in self.lex.given_names

    def _function_accusative(self, index: int, word: str) -> bool:
        """``word``, at word ``index``, is a function word or reporting verb with the accusative's or the dual's
        alef (مثلا، معا، ناقشا الوضع) and no name word follows it: a foreign name may start so (بينا نيتو، هوا
        تشونيينغ)."""
        if not (word.endswith("ا") and word[:-1] in self.g.function_words):
            return False
        after = index + 1
        if after >= self.word_count or not self.joined(after):
            return True
        following = self.word_texts[after]
        return following in self.g.common_words or following in self.g.function_words \
            or following.startswith(DEFINITE) and following[2:] in self.g.common_words

    def _common_stem(self, stem: str) -> bool:
        """``stem`` (a word without its pronoun suffix) is a common word, a feminine one with its ة written ت
        before the suffix (قيادت of قيادته)."""
        return stem in self.g.common_words or stem.endswith("ت") and stem[:-1] + "ه" in self.g.common_words

    def unlikely_first_name_word(self, word: str) -> bool:
        """A word that does not start a name though it may be a surname: a verbal noun (تقديم، مكافحة، اعتزامه؛
        but معايعة is a family name), or a verb in the present (see _present_verb_shape)."""
        return word not in self.lex.given_names and (_verbal_noun_shape(word) or _present_verb_shape(word) or any(
            word.endswith(suffix) and _verbal_noun_shape(word[:-len(suffix)]) for suffix in self._PRONOUN_SUFFIXES)
            or _participle_shape(word))

    def read_name(self, index: int, dry: bool = False, coordinated: bool = False,
                  after_lam: bool = False, through: int = -1) -> tuple[int, int] | None:
        """A person's name starting at word ``index``: a known person, or unknown name words.

        A word starting with و begins a name only in coordination ("الرئيسان … والأذربيجاني إلهام علييف");
        elsewhere it starts the next item of a list. A given name that folds like a function word is a name
        word where it is written as the name (علي, not the preposition على). ``after_lam``: the
        word is the preposition ل joined to a given name ("خلفا لهاني الملقي"), which the name leaves out.
        ``through``: the name's last word, known from the commas that set it off; the words up to it may be
        common words too.
        """
        word = self.word_texts[index]
        if word.startswith("و") and not coordinated and word not in self.lex.given_names:
            return None
        stripped = index
        found = self.gazetteer.get(index)
        if found and self.entry(found[0])[0].type == "Person":
            if dry:
                return -1, found[1]
            return self.add_gazetteer_mention(index, *found), found[1]
        if found or index in self._title_words or index in self.trigger_words or \
                self._function_word_here(index):
            return None
        if word in self.g.months and not self._month_as_name(index) or len(word) == 1 \
                or any(map(str.isdigit, word)):
            return None  # (a name starts with no conjunction written apart, "و", and no figure, "منذ2004")
        first_word = word[1:] if self._behind_and(word) else word
        if after_lam and word.startswith("ل") and word[1:] in self.lex.given_names:
            first_word = word[1:]
        if self._blessing(index):
            return None  # "رئيس الدولة حفظه الله": a blessing after a title or a name, not its holder
        if first_word in self.g.common_words and first_word not in self.lex.given_names and index > through \
                and not self._theophoric(index):
            return None
        if (self.unlikely_name_word(first_word) or self.unlikely_first_name_word(first_word)
                or self._function_accusative(index, first_word)) and index > through:
            return None
        if first_word == word and self.definite(index) and first_word not in self.lex.given_names:
            return None
        last = index
        count = 1
        cursor = index + 1
        while cursor < self.word_count and count < self.MAX_NAME_WORDS + 2 and self.joined(cursor):
            text = self.word_texts[cursor]
            if self.hyphenated(cursor):
                last = cursor
                cursor += 1
                continue
            if cursor in self.gazetteer and self.gazetteer_kind(cursor) == "Person" \
                    and self.word_texts[cursor - 1] in LINEAGE_WORDS:
                # "مكتوم بن محمد بن راشد آل مكتوم": a known person after بن is the father, whose name goes on the son's
                hit_last = self.gazetteer[cursor][1]
                count += sum(word not in NAME_CONNECTORS for word in self.word_texts[cursor:hit_last + 1])
                last, cursor = hit_last, hit_last + 1
                continue
            if cursor in self.gazetteer and self.gazetteer_kind(cursor) == "Person":
                # "ايسايس افورقي": a given name spelt otherwise before a known person's surname is that person
                hit, hit_last = self.gazetteer[cursor]
                if hit.prefix_length:
                    break  # "… ومحمد بن راشد": behind a conjunction, the known person is the list's next item
                entry, field_name = self.entry(hit)
                # (a one-word name of a person with longer ones is his surname too: "جون سوليفان" is not جيك سوليفان)
                surname = field_name == "short" or hit_last == cursor and len(self.lex.name_words(entry)) > 1
                if surname and cursor == index + 1 and self._another_bearer(first_word, entry):
                    last = hit_last  # "بهاء الحريري" is not سعد الحريري: the surname ends another's name
                    break
                if not surname and self.word_texts[cursor - 1] in _REGNAL_ORDINALS and cursor > index + 1:
                    break  # "الملك عبد الله الثاني بشر الخصاونة": a regnal number ends a name; the known one is next
                if dry:
                    return -1, hit_last
                start = self.word_starts[index] + (len(word) - len(first_word))
                self.used.update(range(index, hit_last + 1))
                return self.add_mention(RawMention(start, hit.end, "Person", entry.id, "gazetteer",
                                                   country=entry.country)), hit_last
            if cursor == index + 1 and first_word in self.lex.given_names and self._nisba_surname(cursor):
                last = cursor  # "محمد الهندي": a given name's nisba is his surname, not the country's adjective
                break
            if (cursor in self.gazetteer and self.gazetteer_kind(cursor) != "Person") or cursor in self._title_words \
                    or cursor in self.trigger_words or cursor in self.honorifics or self._function_word_here(cursor) \
                    or any(map(str.isdigit, text)) or text in self.g.months and not self._month_as_name(cursor):
                break
            if text.startswith("و") and text not in self.lex.given_names and cursor > through \
                    and not (cursor == index + 1 and self._surname_with_waw(cursor)) or len(text) == 1:
                break  # (a letter standing alone is a clitic written apart, "ل", or an initial: no name word)
            if text.startswith(DEFINITE) and cursor in self.institutions and cursor > through:
                break  # "دعا الملك عبد الله الثاني الحكومة إلى …": an institution's head is the verb's object
            if cursor > through and self._noun_and_nisba(cursor):
                break  # "… مع نظيره التونسي علي حسن العلاقات الثنائية": the verb's object follows the name
            if text in _TIME_UNITS and cursor + 1 < self.word_count and (
                    _QUALIFIER_WORD.fullmatch(self.word_texts[cursor + 1].removesuffix("ه"))
                    or self.word_texts[cursor + 1].isdigit()):
                break  # "… أبي الأسبوع الماضي", "الملك جورج الثالث العام 1794": a time follows the name
            # the word after بن is a father's name even when it is also a word (حميد، سالم، صقر)
            # (and a common word before "الله" or "الدين" is a name's: "عصام شرف الدين")
            if self.word_texts[cursor - 1] not in LINEAGE_WORDS and cursor > through and not self._theophoric(cursor) \
                    and (text in self.g.common_words and text not in NAME_CONNECTORS
                         and text not in self.lex.given_names
                         or self.unlikely_name_word(text)
                         or text not in self.lex.given_names and (_verbal_noun_shape(text, family_names=True)
                                                                   or _later_present_verb_shape(text)
                                                                   or self._simple_present_verb(text))):
                break
            if cursor in self.gazetteer:
                break
            last = cursor
            if text not in NAME_CONNECTORS:
                count += 1
            if count > self.MAX_NAME_WORDS:
                break
            cursor += 1
        while last > index and self.word_texts[last] in NAME_CONNECTORS:
            last -= 1
        if last == index and first_word[0] in "لبكف" and first_word not in self.lex.given_names:
            return None  # one word behind a clitic letter (لعدة) is a phrase, not a name
        if not after_lam and first_word[:1] == "ل" and first_word[1:2] not in _LONG_VOWELS \
                and first_word not in self.lex.given_names and first_word[1:] not in self.lex.given_names \
                and index > through and self._title_ends_before(index):
            # "المدير التنفيذي لكامبريدج أناليتيكا", "الوزراء لكأس العالم": what the title is of, behind
            # ل, not its holder (a name starting with ل has a long vowel after it: ليونيل، لوري، لاشين)
            return None
        if dry:
            return -1, last
        start = self.word_starts[index] + (len(word) - len(first_word))
        end = self.word_ends[last]
        name = self.text[start:end]
        self.used.update(range(stripped, last + 1))
        return self.add_mention(RawMention(start, end, "Person", f"new:Person:{canonical_name(name)}", "title")), last

    def _surname_with_waw(self, index: int) -> bool:
        """Word ``index`` starts with و and is a foreign surname, not "and" before a word ("جو ويلسون",
        "فيليب ويلسون"): ي follows the و, and without it the word is no word, name or verb of the language
        ("ويقول", "وزير" are "and" + a verb, or a word). (Not after وا: "وابنته", "وامرأة" are "and" + a word
        as often as "واتسون" is a name.)"""
        word = self.word_texts[index]
        rest = word[1:]
        return len(word) >= 5 and rest[0] == "ي" and rest not in self.g.common_words \
            and rest not in self.lex.given_names and not self.g.is_function_word(rest) \
            and word not in self.g.common_words and index not in self.gazetteer and index not in self._title_words \
            and not _present_verb_shape(rest) and not self.unlikely_name_word(rest)

    def _noun_and_nisba(self, index: int) -> bool:
        """Word ``index`` is a common noun with the article, and a feminine relative adjective with the article
        follows it ("العلاقات الثنائية", "الأزمة السورية"): a noun phrase, no family name (السادات، الأحمر stand
        alone)."""
        word, after = self.word_texts[index], index + 1
        if not word.startswith(DEFINITE) or word[2:] not in self.g.common_words or word in self.lex.given_names \
                or after >= self.word_count or not self.joined(after):
            return False
        adjective = self.word_texts[after]
        return adjective.startswith(DEFINITE) and adjective.endswith("يه") and len(adjective) > 5

    def _nisba_surname(self, index: int) -> bool:
        """Word ``index`` is a country's adjective of one word in the masculine with the article ("الهندي",
        "المصري"), joined to the word before and ending the clause: after a given name alone, a surname."""
        found = self.gazetteer.get(index)
        word = self.word_texts[index]
        if found is None or found[1] != index or self.gazetteer_kind(index) != "demonym" \
                or not (word.startswith(DEFINITE) and word.endswith("ي")) or found[0].prefix_length:
            return False
        after = index + 1
        return after >= self.word_count or not self.joined(after) or after not in self.gazetteer

    def _honorific_title(self, index: int) -> bool:
        """Word ``index``, joined to the one before, is alone a title that is also an honorific (الأمير، السلطان)."""
        found = self.titles.get(index)
        # (with its article: without it, سلطان or أمير is as often a given name, "اللواء سلطان العرادة")
        return found is not None and found[1] == index and found[0].payloads[0].honorific and self.joined(index) \
            and self.word_texts[index].startswith(DEFINITE)

    def _title_ends_before(self, index: int) -> bool:
        """A title's phrase ends at the word before word ``index``."""
        return index > 0 and any(hit_last == index - 1 for _, hit_last in self.titles.values())

    def _theophoric(self, index: int) -> bool:
        """Word ``index`` and "الله" or "الدين" after it are one name ("فضل الله", "فتح الله", "شرف الدين", "عز
        الدين"), though the word alone is a common one."""
        if index + 1 >= self.word_count or self.word_texts[index + 1] not in _GOD_AND_FAITH or not self.joined(index + 1):
            return False
        return not self._blessing(index)

    def _blessing(self, index: int) -> bool:
        """Word ``index`` is a verb with "him" or "her", written with ه, before "الله": "حفظه الله", "رحمها الله",
        a blessing after a name."""
        word = self.word_texts[index]
        return index + 1 < self.word_count and self.word_texts[index + 1] == _GOD and self.joined(index + 1) \
            and word.endswith(("ه", "ها")) and len(word) > 3 and self._written(self.word_ends[index] - 1) in "ها"

    def _month_as_name(self, index: int) -> bool:
        """Word ``index``, a Hijri month's name, is a name's (رجب، شعبان، رمضان: "نبيل رجب", "رمضان عبد الله"): it
        has no article and no day or year next to it."""
        word = self.word_texts[index]
        if self.g.months[word][1] != _HIJRI or word.startswith(DEFINITE):
            return False
        return not any(0 <= near < self.word_count and self.word_texts[near].isdigit()
                       for near in (index - 1, index + 1))

    @cached_property
    def _gazetteer_covering(self) -> dict[int, int]:
        """Each word inside a known name of several words, after its first -> the index of that first word."""
        return {inner: start for start, (_, last) in self.gazetteer.items() for inner in range(start + 1, last + 1)}

    def read_institution(self, index: int, after_title: bool = False) -> tuple[int | None, int]:
        """"HEAD [definite words] [demonym]": an organization, or the country it stands for."""
        covering = self._gazetteer_covering.get(index)
        if covering is not None and self.gazetteer_kind(covering) == "Organization":
            # "دول الاتحاد الأوروبي": the head is a word of a known organization's name that starts before it
            return self.add_gazetteer_mention(covering, *self.gazetteer[covering]), self.gazetteer[covering][1]
        known = self.gazetteer.get(index)
        if known:
            entry, field_name = self.entry(known[0])
            # a known name that starts like an institution is that name: "الاتحاد السوفياتي" is a country
            if entry.type == "Organization" or (entry.type != "Person" and field_name == "name"):
                return self.add_gazetteer_mention(index, *known), known[1]
        if index in self.institutions:
            hit, last = self.institutions[index]
            head = hit.payloads[0]
            start = hit.start
            if head == _PRESIDENCY and self.text[hit.word_start:hit.start] in ("ب", "وب"):
                return None, index  # "وفد برئاسة النائب X": headed by, no presidency
        else:
            hit, last, head, start = None, index - 1, None, self.word_starts[index]
        if head and head.startswith(DEFINITE) and head.endswith(_NISBA) and " " not in head and not after_title \
                and self._describes_noun_before(index, hit):
            return None, index  # "السياسة الخارجية الأمريكية", "الحدود البحرية": an adjective, no institution
        kind = self.g.institution_heads.get(head, "org") if head else "org"
        cursor = last + 1
        if head and cursor < self.word_count and self.joined(cursor) and self._activity(head, cursor):
            return None, index  # "حركة المرور", "تنظيم الانتخابات": traffic, organizing, no institution
        named = self.gazetteer.get(cursor) if head and cursor < self.word_count and self.joined(cursor) else None
        if named and self.entry(named[0])[0].type == "Organization":
            # "شركة أرامكو", "شركة موانئ دبي العالمية": the head before a known organization's name is that one
            self.used.update(range(index, named[1] + 1))
            return self.add_gazetteer_mention(cursor, *named), named[1]
        country: int | None = None
        country_entry: str | None = None
        complements = 0
        # the words read so far are the one-word definite head's adjectives (no complement with ل, nothing after و)
        describes_head = bool(head) and head.startswith(DEFINITE) and " " not in head
        after_demonym = False  # the word before is a demonym of the name ("المصرية السعودية": the adjective)
        chain = 0  # how many indefinite nouns of a construct follow the indefinite head (see _construct_chain)
        while cursor < self.word_count and self.joined(cursor) and complements < 6:
            text = self.word_texts[cursor]
            gkind = self.gazetteer_kind(cursor)
            after_demonym, was_after_demonym = False, after_demonym
            if gkind == "demonym" or was_after_demonym and self._demonym_too(cursor):
                if text.endswith("يا") and not text.startswith(DEFINITE):
                    break  # "تستجوب الشرطة اليابانية أمريكيا": an indefinite accusative is no adjective of a name
                found, end_index = self.gazetteer[cursor]
                mention = self.add_gazetteer_mention(cursor, found, end_index)
                if country is None:
                    country = mention
                    country_entry = self.entry(found)[0].id
                cursor = end_index + 1
                complements += 1
                # "مجلس التنسيق السعودي الإماراتي", "لجنة التعاون العسكري المصرية السعودية المشتركة"
                if cursor < self.word_count and self.joined(cursor) and (
                        self._demonym_too(cursor) or self.word_texts[cursor] in INSTITUTION_ADJECTIVES):
                    after_demonym = True
                    continue
                break
            if gkind in ("Country", "Place") and head and complements == chain and not head.startswith("ال"):
                found, end_index = self.gazetteer[cursor]
                country = self.add_gazetteer_mention(cursor, found, end_index)
                country_entry = self.entry(found)[0].id
                cursor = end_index + 1
                complements += 1
                continue
            if gkind is not None or cursor in self.titles or cursor in self.honorifics or self.is_function(cursor):
                break
            if cursor in self._body_members and complements == 0 and head is not None:
                # "مجلس الوزراء السعودي", "مجلس الوزراء الأمني": after whom the body gathers, only adjectives
                # of the body itself go on with its name (not "جلسة مجلس الوزراء الأسبوعية")
                cursor = self._body_members[cursor] + 1
                complements = 1
                while cursor < self.word_count and self.joined(cursor) and self.gazetteer_kind(cursor) is None \
                        and self.definite(cursor) and self.word_texts[cursor].endswith(_NISBA) \
                        and not self.is_function(cursor) and not _disagrees(head, self.word_texts[cursor]):
                    cursor += 1
                if cursor < self.word_count and self.joined(cursor) and self.gazetteer_kind(cursor) == "demonym":
                    continue
                break
            if head and not head.startswith(DEFINITE) and head not in _VERBAL_HEADS and complements == chain:
                chain_end = self._construct_chain(cursor)
                if chain_end is not None:
                    # "هيئة كهرباء ومياه دبي", "شركة نفط الكويت": indefinite nouns in a construct, up to its
                    # definite or proper last noun
                    complements = chain = complements + chain_end - cursor + 1
                    cursor = chain_end + 1
                    continue
            if text.startswith("وال") and cursor in self.institutions and self._next_institution(cursor, head):
                break  # "مكتب النائب العام والشرطة": after و, another institution starts
            if text.startswith("وال") and head in _FORCE_HEADS and not text.endswith(_FORCE_ADJECTIVE_ENDINGS):
                break  # "قوات النظام والمسلحين الموالين", "الجيش الوطني والمقاومة": after و, another side
            if self.definite(cursor) or (text.startswith("وال") and complements):
                if (complements > chain or head and head.startswith(DEFINITE)) and not text.startswith("وال") \
                        and not self._institution_adjective(cursor):
                    # "الحكومة الإجراءات اللازمة", "وزارة الداخلية الشهر الماضي": after a definite word only
                    # adjectives go on with the name (a genitive's noun would follow an indefinite one)
                    break
                describes_head = describes_head and text.startswith(DEFINITE)
                if describes_head and _disagrees(head, text) and not self._alef_maqsura_ending(cursor):
                    break  # "التلفزيون الحكومية": an adjective of another gender describes something else
                complements += 1
                cursor += 1
                continue
            break
        end_index = cursor - 1
        if end_index < index:
            return None, index
        if kind == "country":
            if country is None:
                return None, index
            self.used.update(range(index, cursor))
            return None, end_index
        definite_head = head is not None and head.startswith("ال")
        if complements == 0 and country is None and not (definite_head and (after_title or " " in head)):
            return None, index
        if definite_head and complements == 0 and country is None and not (after_title or " " in head):
            return None, index
        end = self.word_ends[end_index]
        name = self.text[start:end]
        if hit is not None and start > hit.word_start and head.startswith(DEFINITE) \
                and not name.startswith(DEFINITE):
            # "للقوات المسلحة" is "ل" + "القوات المسلحة" with the article's alef dropped: the same institution
            # as "القوات المسلحة", so the same key (the mention still covers only what the text writes)
            name = DEFINITE + name
        self.used.update(range(index, cursor))
        mention = RawMention(start, end, "Organization", f"new:Organization:{name}", "pattern",
                             country=country_entry)
        return self.add_mention(mention), end_index

    def _next_institution(self, index: int, head: str | None) -> bool:
        """The head after و at word ``index`` starts another institution rather than going on with this one's
        name: a body that stands alone (والحكومة، والبرلمان، والشرطة …) or another of this one's kind ("حزب
        العمال والحزب الليبرالي"). Not a second noun of one name ("هيئة الإذاعة والتلفزيون")."""
        other = self.institutions[index][0].payloads[0]
        return other in _STANDALONE_BODIES or head is not None and other == DEFINITE + head.removeprefix(DEFINITE)

    def _alef_maqsura_ending(self, index: int) -> bool:
        """Word ``index`` ends in ى as written, which folding makes ي: a feminine elative (الكبرى، الأولى), not a
        masculine relative adjective (الدولي)."""
        return self._written(self.word_ends[index] - 1) == "ى"

    def _institution_adjective(self, index: int) -> bool:
        """Word ``index`` may be an adjective of an institution's name: a relative adjective (الخارجية،
        الدولي), one of INSTITUTION_ADJECTIVES, a complement with ل ("العامة للترفيه"), or a participle
        (المسلحة، المصدرة للبترول) that no preposition of _DESCRIBING_PREPOSITIONS or بال follows ("المعترف
        بها", "المدعومة من", "المتعلقة بالتحقيق" describe)."""
        word = self.word_texts[index]
        if word.startswith("لل") or word in INSTITUTION_ADJECTIVES or len(word) > 4 and word.endswith(_NISBA_ANY):
            return True
        if not word.startswith(DEFINITE + "م") or len(word) < 6:
            return False
        after = index + 1
        return not (after < self.word_count and self.joined(after) and (
            self.word_texts[after] in _DESCRIBING_PREPOSITIONS or self.word_texts[after].startswith(_WITH_THE)))

    def _describes_noun_before(self, index: int, hit: Hit) -> bool:
        """The definite word at ``index``, written without a clitic, follows a definite noun of the language:
        it is that noun's adjective."""
        before = index - 1
        return hit.start == hit.word_start and before >= 0 and self.joined(index) \
            and (self.definite(before) or self.word_texts[before].startswith(_CLITIC_DEFINITE)) \
            and before not in self.gazetteer and before not in self._title_words and before not in self.institutions \
            and before not in self.trigger_words and not self.is_function(before)  # (والتقت: a verb)

    def add_gazetteer_mention(self, index: int, hit: Hit, last: int) -> int:
        """A mention of a known entity (once per span)."""
        start, end = hit.start, hit.end
        number = self._by_span.get((start, end))
        if number is not None:
            return number
        entry, field_name = hit.payloads[0]  # (self.entry(hit), inlined: a dozen calls per article)
        self.used.update(range(index, last + 1))
        number = self.add_mention(RawMention(start, end, entry.type, entry.id, "gazetteer",
                                             field_name == "demonym", entry.country))
        if len(hit.payloads) > 1:
            entries = list({other.id: other for other, _ in hit.payloads}.values())
            if len(entries) > 1:
                self._ambiguous[number] = entries
        return number

    def read_lineage_names(self) -> None:
        """"وخالد بن سالم العتيبي": a name word, بن and another name word are a person's name wherever they
        stand, with no title or verb around them (lists of ministers, of signatories)."""
        search = self.text.find
        position = search(" بن ")
        while position >= 0:
            index = self._word_starting(position + 1)
            position = search(" بن ", position + 3)
            if index is None or index < 1 or index in self.used or index - 1 in self.used \
                    or index + 1 >= self.word_count:
                continue  # (no word before بن, or one a rule has read)
            after = index + 1
            if not (self.joined(index) and self.joined(after)) or self.is_function(after) \
                    or after in self._title_words or after in self.trigger_words:
                continue
            first = index - 1
            word = self.word_texts[first]
            coordinated = word.startswith("و") and word not in self.lex.given_names
            # (only a given name starts such a name: before بن also stand verbs, "أكد بن سلمان")
            if (word[1:] if coordinated else word) in self.lex.given_names:
                self.read_name(first, coordinated=coordinated)

    def read_recurring_names(self) -> None:
        """"سيرغي سكريبال … سكريبال": a given name and the name words after it are a person's name with no title
        around them when the name's last word stands alone elsewhere in the article, as the surname news calls
        him by (a given name that is also a word of the language starts none, nor does a last word of the
        language: "باسم الشرطة")."""
        given, common, words = self.lex.given_names, self.g.common_words, self.word_texts
        # (a word's ends in the marked text: the word is counted bare and behind a clitic, and so is any longer
        # word ending like it, which only lets a few more given names through to the tests below)
        ends = marked_text(self.text).count
        function_words, used, last_word = self.g.function_words, self.used, self.word_count - 1
        reach = self.MAX_NAME_WORDS
        counts: Counter[str] | None = None
        for index in [index for index, word in enumerate(words) if word in given]:
            # (what costs least first: the word after the given name may be a name's, and a word of the name
            # after the given name is written twice)
            if index == last_word or index in used or index + 1 in used:
                continue
            word, after = words[index], words[index + 1]
            if (after in common or after in function_words) and after not in given \
                    or word in _LETTER_NAMES or word in NAME_CONNECTORS or not self.joined(index + 1) \
                    or not any(ends(later + BOUNDARY) > 1 for later in words[index + 1:index + 1 + reach]
                               if later not in NAME_CONNECTORS):
                continue
            if len(word) < 3 or word in common or self._function_word_here(index) or self._clitic_word(word) \
                    or index and words[index - 1] in NAME_CONNECTORS and self.joined(index):
                continue  # (after a connector, "أبو بكر شوقي", the name starts before it)
            candidate = self.read_name(index, dry=True)
            if candidate is None or candidate[1] == index or candidate[1] in used:
                continue
            last = candidate[1]
            surname = words[last]
            # a definite last word is one of the language's (باسم الشرطة، فتح النار), but after عبد (عبد الرحمن)
            if surname.startswith(DEFINITE) and words[last - 1] != "عبد" or surname in common \
                    or self.is_function(last) or surname in _LETTER_NAMES or len(surname) < 4 \
                    or self._clitic_word(surname) or self.unlikely_name_word(surname):
                continue
            # the surname said again, and once at least alone: "ذي قار" twice is a place's name
            if counts is None:
                counts = Counter(words)
            total = counts[surname] + sum(counts[clitic + surname] for clitic in _NAME_PREFIXES)
            before = words[last - 1]
            if total > 1 and total > sum(1 for at in range(1, self.word_count)
                                         if words[at] == surname and words[at - 1] == before):
                self.read_name(index)

    def read_surnames_like_demonyms(self) -> None:
        """"محمد شياع السوداني … وقال السوداني": a demonym that is the last word of the name of a person the
        article names, standing where no noun before it takes it as an adjective (not "الوزير السوداني"), is that
        person, called by his surname."""
        mentions = self.findings.mentions
        surnames = {self.text[m.start:m.end].rsplit(" ", 1)[-1]: number for number, m in enumerate(mentions)
                    if m.kind == "Person" and " " in self.text[m.start:m.end]}
        if not surnames:
            return
        for number, mention in enumerate(mentions):
            if not mention.adjective or mention.kind == "Person":
                continue
            person = surnames.get(self.text[mention.start:mention.end])
            index = self._word_starting(mention.start) if person is not None else None
            if index is None:
                continue
            if index and self.joined(index) and (self.definite(index - 1) or index - 1 in self._title_words):
                continue  # "الوزير السوداني": the minister's country
            named = mentions[person]
            mentions[number] = RawMention(mention.start, mention.end, "Person", named.ref, "surname",
                                          country=named.country)

    def _clitic_word(self, word: str) -> bool:
        """``word`` is a clitic before a word of the language (باسم: "in the name of", لأي), or a function word
        with a pronoun suffix (ضده، عليها), whether or not it is also a given name."""
        function_words = self.g.function_words
        if word[0] in "بلكفو" and (word[1:] in self.g.common_words or word[1:] in function_words):
            return True
        return any(word.endswith(suffix) and word[:-len(suffix)] in function_words
                   for suffix in ("ه", *_POSSESSIVE_ENDINGS))

    #: "بدلا من X" (instead of X), "خلفا لX" (succeeding X): the person an appointment replaces (folded)
    _SUCCESSION = re.compile(r"(?<!\w)(?:بدلا من |خلفا ل ?)(?=\w)")

    def read_successions(self) -> None:
        """The person an appointment replaces is named after "بدلا من" or "خلفا ل", with no title: a name
        there that starts with a given name is a person's ("وتعيين X وزيرا للبيئة بدلا من ياسين الخياط")."""
        if "بدلا من" not in self.text and "خلفا ل" not in self.text:
            return
        for found in self._SUCCESSION.finditer(self.text):
            position = found.end()
            lam = found.group().endswith("ل")  # joined to the name: لهاني
            index = self._word_starting(position - 1 if lam else position)
            if index is None or index in self.used:
                continue
            name = self.word_texts[index][1:] if lam else self.word_texts[index]
            # (a given name that is also a word, "بدلا من فتح الباب", is too often the word here; but after
            # an appointment in the same sentence, the words up to the comma are the name: "وتعيين X وزيرا
            # للشباب بدلا من حديثة الخريشة،")
            end = self._set_off_name_end(index, index) if not lam and self._after_appointment(found.start()) \
                else None
            if end is not None:
                found_name = self.read_name(index, through=end)
            elif name in self.lex.given_names and name not in self.g.common_words:
                found_name = self.read_name(index, after_lam=lam)
            else:
                continue
            if found_name is not None:
                mention = found_name[0]
                self.findings.mentions[mention] = dataclasses.replace(self.findings.mentions[mention], how=REPLACED)

    def _after_appointment(self, position: int) -> bool:
        """An appointment's trigger stands before ``position`` in its sentence."""
        sentence_start = max(self.text.rfind(".", 0, position), self.text.rfind("\n", 0, position))
        return any(sentence_start < hit.start < position and hit.payloads[0].kind == "Appointment"
                   for hit in self._trigger_hits)

    def _another_bearer(self, given: str, entry: GazetteerEntry) -> bool:
        """``given``, a given name before the surname of the known person ``entry``, names someone else of that
        family: a given name of the language's that none of the person's names holds ("حميد بقائي", not
        إسماعيل بقائي), unless it is also a verbal noun ("انتصار الأسد" is Assad's victory) or a word behind the
        clitic ب or ل ("المتحدث باسم مشار": باسم, on behalf of), or a form of one of his names (forms_of_one_name:
        "مايكل بومبيو" is مايك بومبيو). A given name the lists do not know may be the person's own, spelt otherwise
        (ايسايس افورقي)."""
        return given in self.lex.given_names and given not in NAME_CONNECTORS \
            and not (given in self.g.common_words and _verbal_noun_shape(given)) \
            and not (given[0] in "بل" and self._clitic_word(given)) \
            and not any(forms_of_one_name(given, word) for word in self.lex.name_words(entry))

    def _read_another_bearer(self, index: int, hit: Hit) -> bool:
        """Where the known person's surname at word ``index`` follows another bearer's given name (see
        _another_bearer), read the two as one unknown person's name; whether it did."""
        entry, field_name = hit.payloads[0]
        before = index - 1
        if field_name != "short" or hit.prefix_length or before < 0 or before in self.used \
                or not self.joined(index):
            return False
        word = self.word_texts[before]
        coordinated = self._behind_and(word)
        if not self._another_bearer(word[1:] if coordinated else word, entry):
            return False
        return self.read_name(before, coordinated=coordinated) is not None

    def read_gazetteer(self) -> None:
        # a known person's name inside a longer name a rule read is part of that name ("ماجد بن عبدالله
        # الحربي" is not King Abdullah, "مركز الملك سلمان للإغاثة" not King Salman)
        # (and inside a title: "سفير خادم الحرمين الشريفين" is the Saudi ambassador, not the King)
        people = [(m.start, m.end) for m in self.findings.mentions if m.kind == "Person" or m.how == NAMED_AFTER]
        people += [(title.start, title.end) for title, _ in self.titles.values()]
        for index, (hit, last) in sorted(self.gazetteer.items()):
            if hit.payloads[0][0].type == "Person" and (people and any(
                    start <= hit.start and hit.end <= end and end - start > hit.end - hit.start
                    for start, end in people) or self._read_another_bearer(index, hit)):
                continue
            self.add_gazetteer_mention(index, hit, last)

    _MEMBERSHIP = re.compile(r"(?<!\w)[وف]?(?:يضم|تضم|ضم|ضمت|يتالف|تتالف|يتكون|تتكون)\s+(?:في\s+عضويته\s+|في\s+عضويتها\s+)?"
                             r"((?:ال|لل)\w+)?")

    #: every verb _MEMBERSHIP looks for contains one of these
    _MEMBERSHIP_STEMS = ("ضم", "تالف", "تكون")

    def read_memberships(self) -> None:
        """"ويضم المجلس في عضويته X و Y …": the people a body is said to comprise are its members."""
        if not any(stem in self.text for stem in self._MEMBERSHIP_STEMS):
            return  # no membership verb anywhere (the usual case): spare the search sentence by sentence
        organizations = sorted((m.start, number) for number, m in enumerate(self.findings.mentions)
                               if m.kind == "Organization")
        people = sorted((m.start, number) for number, m in enumerate(self.findings.mentions) if m.kind == "Person")
        find = self.text.find
        for start, end in sentence_spans(self.text):
            # (the pattern has no fixed first character, so the regex engine tries it at every position: it is
            # run only over the sentences that hold a membership verb)
            if all(find(stem, start, end) < 0 for stem in self._MEMBERSHIP_STEMS):
                continue
            for match in self._MEMBERSHIP.finditer(self.text, start, end):
                body = self._body_named(match, organizations)
                if body is None:
                    continue
                for position, person in people:
                    if match.end() <= position < end:
                        self.findings.posts.append(RawPost(person, "Member", body, match.start(), match.end()))
                break

    def _body_named(self, match: re.Match, organizations: list[tuple[int, int]]) -> int | None:
        """The organization a membership verb is about: named right after it, or a definite head noun
        ("المجلس") standing for the latest organization of that kind named before."""
        after = [n for s, n in organizations if match.end(0) - len(match.group(1) or "") <= s <= match.end(0) + 1]
        if after:
            return after[0]
        head = match.group(1)
        if not head or head.replace("ال", "", 1) not in ("مجلس", "لجنه", "هييه", "حكومه", "وفد", "اتحاد"):
            return None
        bare = head.replace("ال", "", 1)
        counts: dict[str, list[int]] = {}
        for position, number in organizations:
            mention = self.findings.mentions[number]
            name = self.text[mention.start:mention.end]
            if position < match.start() and (name.startswith(bare) or name.startswith("ال" + bare)):
                counts.setdefault(mention.ref, []).append(number)
        if not counts:
            return None
        # the body the article is about: the one it names most often (the latest, on a tie)
        best = max(counts.values(), key=lambda numbers: (len(numbers), numbers[-1]))
        return best[-1]

    def read_triggers(self) -> None:
        kinds_at = {hit.word_start: hit.payloads[0].kind for hit in self._trigger_hits}
        no_event_ends = {hit.end for hit in self._trigger_hits if hit.payloads[0].kind == NO_EVENT}
        irrealis_end = -1  # where the last trigger read as hoped for or called for ends
        for hit in self._trigger_hits:
            trigger: Trigger = hit.payloads[0]
            if trigger.part == "verb" and (self.text.endswith(_ARTICLE_CLITICS, hit.word_start, hit.start)
                                           or _NOUN_CLITICS.intersection(self.text[hit.word_start:hit.start])
                                           and not _verbal_noun_shape(trigger.phrase)
                                           or self._after_preposition(hit)):
                # "بالتشاور مع", "للتباحث": a verb's letters after the article are its noun, as after ب or ك ("بعين
                # الاعتبار": into consideration, not "appointed"; but "باستهداف", a verbal noun listed with the
                # verbs, is one); and no verb follows a preposition ("في عين التينة": a spring, a place): no event
                continue
            if trigger.part == "noun" and self._on_behalf_of(hit):
                continue  # "المتحدث باسم العمليات العسكرية": whom a spokesperson speaks for, no event
            if trigger.kind == NO_EVENT:
                stated = self._event_by_object(hit, trigger, kinds_at)
                if stated is not None:
                    # "حملت الجامعة العربية إسرائيل مسؤولية …" (an accusation), "أطلقت حماس عشرات الصواريخ" (an attack)
                    trigger = dataclasses.replace(trigger, kind=stated, also=())
                elif trigger.part == "verb" and self._talk_by_phone(hit, kinds_at):
                    # "تباحث X هاتفيا مع Y", "بحث X مع Y عبر الهاتف": talking or discussing by phone is a call
                    trigger = dataclasses.replace(trigger, kind="PhoneCall", also=())
                elif trigger.part == "verb" and self._talk_in_a_call(hit, kinds_at):
                    continue  # "بحث X مع Y خلال اتصال هاتفي": the call's noun states the event
                # "مؤتمر صحفي": matched instead of the trigger it holds, and an event only when held with someone
                elif not trigger.also or not self._held_with(hit, kinds_at):
                    continue
                else:
                    trigger = dataclasses.replace(trigger, kind=trigger.also[0], also=())
            if self._irrealis(hit.word_start, trigger.kind) or self._invited_to(hit) \
                    or irrealis_end >= 0 and _COORDINATED_NEXT.fullmatch(
                    self.text, irrealis_end, hit.word_start):
                # (and what is coordinated with it: "ضرورة التوصل إلى وقف فوري لإطلاق النار، وإنفاذ المساعدات")
                irrealis_end = hit.end
                continue
            if self._ban_at_home(hit, trigger):
                continue  # "حظر بيع السكاكين", "حظر النقاب": a ban of a thing, no sanction on a party
            if trigger.phrase in _WRITTEN_WITH_TAA_MARBUTA and self._written(hit.end - 1) != "ة":
                continue  # "بمنحه الجنسية": "granting him", a verbal noun with a pronoun, not "منحة" (a grant)
            if self._receives_no_guest(hit, trigger):
                continue  # "استقبال مزيد من اللاجئين", "استقبال السفينة": receiving no guest, no meeting
            if trigger.phrase in _CHAIRING_VERBS and not self._gathering_follows(hit, kinds_at):
                continue  # "يترأس دولة", "ترأس الحزب": heading a state or a party, no meeting
            if trigger.kind == "Meeting" and trigger.part == "noun" and self._headed_body(hit):
                continue  # "رئيس المنتدى الوطني", "رئيس مؤتمر الأساقفة": a body its head is named of
            if trigger.phrase in _HOLDING_VERBS and (self._holds_no_event(hit, no_event_ends)
                                                     or not self._gathering_follows(hit, kinds_at)):
                # "في مؤتمر صحفي عقد الاثنين": holding a press conference is no meeting; nor is the noun of the
                # same letters, "عقد من الزمن", "منح المكتب عقد إنجاز المشروع" (a decade, a contract)
                continue
            bare = trigger.phrase.removeprefix(DEFINITE)
            if bare == _VOTE and not self._sentence_has(hit, _ELECTION_WORDS):
                continue  # "إثر تصويت نهائي على مشروع قانون", "تصويت بسحب الثقة": a vote on a text, no election
            if bare == _MEETING_NOUN and self._sentence_has(hit, _SPORT_WORDS):
                continue  # "إقامة لقاء كروي بين منتخبها ونظيره", "في الدقيقة 46 من اللقاء": a match, no meeting
            if trigger.kind == "ArmedConflict" and self._plays_a_game and self._sentence_has(hit, _GAME_WORDS):
                continue  # "وشنوا عدة هجمات صوب المرمى", "أشرك بنزيمة في خط الهجوم": a team's attack, no fighting
            if self._any_such(hit) or self._denied(hit, trigger) or self._not_yet(hit, trigger) \
                    or self._names_an_occasion(hit, trigger, kinds_at) \
                    or self._arrives_at_no_place(hit, trigger) or self._occurs(hit, trigger, kinds_at):
                continue
            kind, also = trigger.kind, trigger.also
            halt = self._halt_before(hit) if kind == "ArmedConflict" else None
            if halt is not None:
                # "وقف القتال", "وقف "دائم" لإطلاق النار": the halt of the fighting, told by the noun وقف (one
                # event, not yet told before: the fighting's article makes neither a retelling)
                self.findings.triggers.append(RawTrigger(halt, hit.end, "Ceasefire", ("Agreement",), "noun",
                                                         False, False))
                continue
            surface = self.text[hit.start:hit.end]
            plural = trigger.dual or surface.endswith("ات") or surface.split()[0].endswith("ات")
            prefix = self.text[hit.word_start:hit.start]
            definite = trigger.part == "noun" and (
                surface.startswith("ال") or prefix.endswith("ال")
                or (prefix in ("لل", "ول", "فل") and trigger.phrase.startswith("ال")))
            named = self._named_agreement(hit) if kind == "Agreement" and trigger.part == "noun" else None
            self.findings.triggers.append(RawTrigger(hit.start, hit.end, kind, also, trigger.part, definite, plural,
                                                     *((named.parties, named.date) if named else ())))
        self._construct_definites()

    def _named_agreement(self, hit: Hit) -> NamedAgreement | None:
        """The agreement of named_agreements.tsv whose name the trigger starts ("الاتفاق النووي", "لاتفاقية
        أوسلو"), where the article mentions the party it requires."""
        text = self.text[hit.start:hit.start + NAMED_AGREEMENT_REACH].removeprefix(DEFINITE)
        for agreement in _named_agreements():
            if any(text.startswith(name) and not text[len(name):len(name) + 1].isalnum() for name in agreement.names) \
                    and (agreement.requires is None or agreement.requires in self._mentioned_entries):
                return agreement
        return None

    @cached_property
    def _plays_a_game(self) -> bool:
        """The article has a word of _GAME_WORDS (most have none: their sentences need no search)."""
        return _GAME_WORDS.search(self.text) is not None

    @cached_property
    def _mentioned_entries(self) -> frozenset[str]:
        """The ids of the gazetteer's entries the article names (a country by its adjective too)."""
        return frozenset(self.entry(hit)[0].id for hit, _ in self.gazetteer.values())

    def _arrives_at_no_place(self, hit: Hit, trigger: Trigger) -> bool:
        """"وصل إلى" is a visit when a place follows it ("وصل إلى أنقرة", "وصلت إلى العاصمة الإيرانية طهران"),
        not a state or a figure ("وصل إلى السلطة", "يصل إلى 60 ألفا", "وصلت إلى طريق مسدود"); "وصل" alone when
        "إلى" and a place follow its subject ("وصل المبعوث الأممي إلى بورتسودان")."""
        if trigger.kind != "Visit" or not (trigger.phrase.endswith(_TO) or trigger.phrase in _ARRIVAL_VERBS):
            return False
        index = self._word_ending(hit.end, 0)
        if index is None:
            return True
        if not trigger.phrase.endswith(_TO):
            if index + 1 < self.word_count and self.word_texts[index + 1] in _DEMONSTRATIVES:
                return True  # "وصلت هذه الرسالة إلى طهران": a thing arrives, nobody visits
            # "وصل المبعوث الأممي الخاص إلى بورتسودان": "إلى" after the subject, in the same sentence
            to = next((after for after in range(index + 1, min(index + 1 + ARRIVAL_SUBJECT_WORDS, self.word_count))
                       if self.word_texts[after] == _TO_WORD or self._sentence_ends_before(after)), None)
            if to is None or self.word_texts[to] != _TO_WORD:
                return True
            index = to
        return not any(self.gazetteer_kind(after) in ("Place", "Country", "Organization")
                       for after in range(index + 1, min(index + 1 + ARRIVAL_REACH, self.word_count)))

    def _held_with(self, hit: Hit, kinds_at: dict[int, str]) -> bool:
        """"مع" stands within three words after the phrase ("في مؤتمر صحافي الجمعة مع …"), or after a verb
        within its sentence and WITH_VERB_REACH words (its subject stands between: "بحث رئيس الوزراء X، اليوم،
        مع …"), with no other trigger between, whose "مع" it would be ("بحث X خلال اتصال هاتفي مع Y"); or
        "مشترك" (joint) stands right after it."""
        index = self._word_ending(hit.end, 0)
        if index is None:
            return False
        if index + 1 < self.word_count and self.word_texts[index + 1].removeprefix("ال") in _JOINT:
            return True
        reach = WITH_VERB_REACH if hit.payloads[0].part == "verb" else 3
        for after in range(index + 1, min(index + 1 + reach, self.word_count)):
            if self.word_texts[after] == "مع":
                return True
            if self._sentence_ends_before(after) or self.word_starts[after] in kinds_at:
                return False
        return False

    def _words_after_verb(self, hit: Hit, kinds_at: dict[int, str]) -> range:
        """The indexes of the words after a verb that its clause may go on with: up to WITH_VERB_REACH of them,
        within its sentence, and up to the next trigger (included)."""
        index = self._word_ending(hit.end, 0)
        if index is None:
            return range(0)
        last = min(index + 1 + WITH_VERB_REACH, self.word_count)
        for after in range(index + 1, last):
            if self._sentence_ends_before(after):
                return range(index + 1, after)
            if self.word_starts[after] in kinds_at:
                return range(index + 1, after + 1)
        return range(index + 1, last)

    def _talk_by_phone(self, hit: Hit, kinds_at: dict[int, str]) -> bool:
        """A word saying "by phone" ("هاتفيا", "عبر الهاتف", "بالهاتف") follows a verb of talking or discussing in
        its clause, before any other trigger: "تباحث الرئيس الأمريكي هاتفيا مع نظيره", "بحث X مع Y عبر الهاتف"."""
        for after in self._words_after_verb(hit, kinds_at):
            word = self.word_texts[after]
            if word in _BY_PHONE or (word in _PHONES and self.word_texts[after - 1] in _THROUGH):
                return True
        return False

    def _event_by_object(self, hit: Hit, trigger: Trigger, kinds_at: dict[int, str]) -> str | None:
        """The class a verb of verbs_by_object.tsv states, where one of its words follows it in its clause before
        any other trigger ("حمل X Y (كامل) المسؤولية عن …"); None elsewhere, and for every other trigger."""
        found = _events_by_object().get(trigger.phrase) if trigger.part == "verb" else None
        if found is None or "ل" in self.text[hit.word_start:hit.start]:
            # (behind ل a verb's form is a purpose, "ليطلق", or a verbal noun of the same letters: "مرشح لتولي
            # المنصب", a candidate for it)
            return None
        kind, objects = found
        words = self.word_texts
        return kind if any(words[after].removeprefix(DEFINITE) in objects
                           for after in self._words_after_verb(hit, kinds_at)) else None

    def _talk_in_a_call(self, hit: Hit, kinds_at: dict[int, str]) -> bool:
        """The first trigger after a verb of talking or discussing, in its clause, is a call that a preposition
        of means opens ("بحث X مع نظيره Y خلال اتصال هاتفي", "في اتصال هاتفي"): the verb tells that call."""
        words = self._words_after_verb(hit, kinds_at)
        if len(words) < 2 or kinds_at.get(self.word_starts[words[-1]]) != "PhoneCall":
            return False
        # (or the preposition ب as its clitic: "باتصال هاتفي"; no call's noun starts with ب)
        return self.word_texts[words[-1] - 1] in _CALL_MEANS or self.word_texts[words[-1]].startswith("ب")

    def _sentence_ends_before(self, index: int) -> bool:
        """A sentence ends between word ``index`` and the word before it."""
        return _SENTENCE_END.search(self.text, self.word_ends[index - 1], self.word_starts[index]) is not None

    def _gathering_follows(self, hit: Hit, kinds_at: dict[int, str]) -> bool:
        """A gathering's trigger or a delegation follows a verb of chairing or holding in its clause ("ترأس
        الاجتماع", "يترأس وفدا", "عقد المجلس جلسة طارئة")."""
        for after in self._words_after_verb(hit, kinds_at):
            if kinds_at.get(self.word_starts[after]) in ("Meeting", "Negotiation") \
                    or self.word_texts[after].removeprefix(DEFINITE) in _DELEGATION_NOUNS:
                return True
        return False

    def _headed_body(self, hit: Hit) -> bool:
        """The noun follows the title of a body's head ("رئيس المنتدى", "أمين عام المؤتمر"): it names the body."""
        if hit.start != hit.word_start:
            return False
        index = self._word_starting(hit.word_start)
        return index is not None and index > 0 and self.joined(index) \
            and self.word_texts[index - 1].removeprefix(DEFINITE) in _HEADS_OF_BODIES

    def _ban_at_home(self, hit: Hit, trigger: Trigger) -> bool:
        """"حظر" is a sanction where it bans a party: a word of what sanctions ban follows it within BAN_REACH
        words ("حظر السلاح المفروض على اليمن", "الحظر التجاري", "حظرا جزئيا على سفر عمالها"), or "على" or "ضد"
        and a country or body, or a country's adjective ("الحظر الأمريكي"); else it bans a thing or a practice
        ("حظر بيع السكاكين عبر الإنترنت", "حظر القيادة على النساء", "حظر النقاب"), no sanction."""
        if trigger.kind != "Sanction" or trigger.phrase.removeprefix(DEFINITE) not in _BANS:
            return False
        after = self._joined_words_after(hit, BAN_REACH)
        if after is None:
            return False
        for other in after:
            word = self.word_texts[other]
            bare = word.removeprefix(DEFINITE)
            # (an adjective in the accusative too: "حظرا اقتصاديا")
            if bare in _BANNED_BY_SANCTIONS or bare.removesuffix("ا") in _BANNED_BY_SANCTIONS:
                return False
            kind = self.gazetteer_kind(other)
            if kind == "demonym" and other == after.start or kind in ("Country", "Organization", "demonym") \
                    and self.word_texts[other - 1] in _AGAINST_WORDS:
                return False
        return True

    def _receives_no_guest(self, hit: Hit, trigger: Trigger) -> bool:
        """A verb or noun of receiving receives a crowd or a thing, no guest, when a word of _RECEIVED_NO_GUESTS
        follows it within RECEPTION_REACH words of its clause and before any person ("استقبال مزيد من اللاجئين
        السوريين", "استقبلت ألمانيا أكثر من مليون لاجئ", "استقبال السفينة أكواريوس", "استقبال 50 شخصا")."""
        if trigger.kind != "Meeting" or trigger.phrase.removeprefix(DEFINITE) not in _RECEPTIONS:
            return False
        for other in self._joined_words_after(hit, RECEPTION_REACH) or ():
            if self.word_ends[other] in self._people_ending:
                return False
            if _any_of([self.word_texts[other].removeprefix(DEFINITE)], _RECEIVED_NO_GUESTS):
                return True
        return False

    def _joined_words_after(self, hit: Hit, reach: int) -> range | None:
        """The indexes of the words after the hit's last word, up to ``reach`` of them, that each follow the one
        before with only white space between (a comma or another mark ends them); None where the hit ends inside
        a word."""
        index = self._word_ending(hit.end, 0)
        if index is None:
            return None
        last = min(index + 1 + reach, self.word_count)
        return range(index + 1, next((other for other in range(index + 1, last) if not self.joined(other)), last))

    def _occurs(self, hit: Hit, trigger: Trigger, kinds_at: dict[int, str]) -> bool:
        """"وقع" signs what it is said of, "على" or a word of agreement near it ("ووقع الزعيمان بيانا مشتركا",
        "الاتفاق النووي الذي وقع عام 2015"); else it is "happened" ("الهجوم الذي وقع الخميس", "ووقعت 12 حالة",
        "على وقع التقدم")."""
        if trigger.kind != "Agreement" or trigger.part != "verb" or trigger.phrase not in _SIGN_OR_OCCUR:
            return False
        index = self._word_ending(hit.end, 0)
        if index is None or (index > 0 and self.word_texts[index - 1] == "علي"):
            return True
        if (index + 1 < self.word_count and self.word_texts[index + 1] == "علي") or self._with_shadda(index):
            return False  # (وقّع with its shadda is "signed"; وقَع, "happened", has none)
        near = range(max(index - SIGNED_REACH, 0), min(index + 1 + SIGNED_REACH, self.word_count))
        # (a trigger starts at its word, or after a one-letter clitic: "واتفاقية")
        return not any(kinds_at.get(self.word_starts[other]) == "Agreement"
                       or kinds_at.get(self.word_starts[other] + 1) == "Agreement"
                       or self.word_texts[other].removeprefix("ال") in _SIGNED_PAPERS for other in near if other != index)

    def _construct_definites(self) -> None:
        """A verbal noun before a definite trigger of its class is definite too: "توقيع الاتفاق" (the signing
        of the agreement) retells the agreement as much as "الاتفاق" does."""
        triggers = self.findings.triggers
        definite_at = {t.start: t.kind for t in triggers if t.definite}
        for number, trigger in enumerate(triggers):
            if trigger.definite or trigger.part != "noun" or "ال" not in self.text[trigger.end:trigger.end + 6]:
                continue  # (only a noun followed by a word with the article can be in construct with one)
            index = self._word_ending(trigger.end, 0)
            if index is None or index + 1 >= self.word_count or not self.joined(index + 1):
                continue
            following = self.word_starts[index + 1]
            # the next word's trigger starts at the word or after its clitic ("للاتفاق")
            kind = definite_at.get(following) or definite_at.get(following + 1) or definite_at.get(following + 2)
            if kind == trigger.kind:
                triggers[number] = dataclasses.replace(trigger, definite=True)

    def _words_before(self, position: int, count: int) -> list[str]:
        """The last ``count`` words of the clause before ``position``, without a conjunction or preposition
        clitic (a comma, colon or full stop ends the clause; quotation marks do not)."""
        before = _CLAUSE_END.split(self.text[max(0, position - max(60, 10 * count)):position])[-1]
        words = _WORD.findall(before)[-count:]
        return [word[1:] if word[:1] in "وفبل" and (word[1:] in _MODAL_WORDS or word[1:] in _CALL_WORDS
                                                    or word[1:] in _AGREEING_WORDS or word[1:] in _FAILING_WORDS)
                else word
                for word in words]

    def _after_preposition(self, hit: Hit) -> bool:
        """The hit starts its word (no clitic) right after a preposition no verb follows."""
        if hit.start != hit.word_start:
            return False
        index = self._word_starting(hit.word_start)
        return index is not None and index > 0 and self.joined(index) \
            and self.word_texts[index - 1] in _PREPOSITIONS_BEFORE_NOUNS

    def _on_behalf_of(self, hit: Hit) -> bool:
        """The hit starts its word (no clitic) right after "باسم" (on behalf of)."""
        if hit.start != hit.word_start:
            return False
        index = self._word_starting(hit.word_start)
        return index is not None and index > 0 and self.word_texts[index - 1] == _ON_BEHALF.strip()

    def _not_yet(self, hit: Hit, trigger: Trigger) -> bool:
        """The event's noun has an adjective that puts it ahead ("لقاءه المرتقب مع", "القمة المقبلة"), or a
        word before it calls it off ("ألغى بلينكن زيارته إلى بكين"), or it is planned, expected or intended
        ("من المقرر أن يلتقي", "يعتزم زيارة"): it has not happened."""
        if _PLANNED_STEM.search(self.text, max(0, hit.word_start - 10 * PLANNED_CLAUSE_WINDOW), hit.word_start):
            before = self._words_before(hit.word_start, INTENDED_WINDOW)
            # (the verb of intending may have its subject between: "يعتزم الرئيس الغاني جون ماهاما زيارة …")
            if _any_of(before, _INTENDING_WORDS) or trigger.part == "verb" and _any_of(before[-PLANNED_WINDOW:],
                                                                                     _PLANNED_WORDS):
                return True
            # "من المقرر أن يعقد مجلس السلم والأمن الأفريقي اجتماعا طارئا": the noun in the clause of a planned verb,
            # after "أن" and a verb in the imperfect (not "من المتوقع أن يخفف هذا الاتفاق", told before); and in the
            # clause of what must be done, who must do it between ("ينبغي للمنطقة أن تفرض عقوبات")
            if trigger.part == "noun" and not trigger.phrase.startswith("ال"):
                clause = self._words_before(hit.word_start, PLANNED_CLAUSE_WINDOW)
                if any(word in _PLANNED_WORDS and that == _THAT_WORD and verb[:1] in _IMPERFECT_PREFIXES
                       for word, that, verb in zip(clause, clause[1:], clause[2:])):
                    return True
                # (not what should not have been done, and was: "لم يكن ينبغي لها أن تعقد اجتماعا")
                if any(word in _OBLIGED_WORDS and _THAT_WORD in clause[at + 1:at + OBLIGED_REACH + 2]
                       and clause[max(0, at - 2):at] != _HAD_NOT for at, word in enumerate(clause)):
                    return True
        if trigger.part != "noun":
            return False
        index = self._word_ending(hit.end, 0)
        if index is not None and index + 1 < self.word_count and self.joined(index + 1) \
                and self.word_texts[index + 1] in _AHEAD_ADJECTIVES:
            return True
        if _HELD_LATER.match(self.text, hit.end):
            return True  # "القمة العربية ستعقد في جدة", "الانتخابات التي ستجرى في يونيو"
        first = self._word_starting(hit.word_start)
        if first is not None and first > 0 and self.joined(first) and self.word_texts[first - 1] in _WILL_BE:
            return True  # "سيكون اجتماعا مهما": what an event will be is ahead
        if _CALLING_OFF_STEM.search(self.text, max(0, hit.word_start - 10 * CALLED_OFF_WINDOW), hit.word_start) is None:
            return False  # (most triggers: no such word anywhere near, no need to read the words)
        return _any_of(self._words_before(hit.word_start, CALLED_OFF_WINDOW), _CALLING_OFF_WORDS)

    def _denied(self, hit: Hit, trigger: Trigger) -> bool:
        """A word of denial governs the trigger: right before a verb ("لن يزور", "دون أن يلتقي"); before a noun,
        or before a verb or noun of taking place and the noun ("لا هدنة", "عدم إطلاق النار", "لم تجر محادثات",
        "لم يتم التوصل إلى اتفاق", "ليس هناك اتفاقية"); or a word of preventing ("لمنع التظاهرة", "لتجنب شن
        هجوم"). What did not happen is no event, unless an exceptive word follows ("لم يجتمعا إلا على هامش القمة":
        they met there only)."""
        index = self._word_starting(hit.word_start)
        if index is None or not self.joined(index):
            return False
        words = self.word_texts
        at = index - 1
        if words[at] in _ANY_WORDS and self.joined(at):
            at -= 1
        taking_place = trigger.part == "verb"
        if trigger.part == "noun":
            if words[at] == _TO_WORD and at > 1 and self.joined(at) and words[at - 1] in _REACHING \
                    and self.joined(at - 1):
                at -= 2
                taking_place = True
            if words[at] in _TAKING_PLACE and at > 0 and self.joined(at):
                at -= 1
                taking_place = True
                if words[at] in _TAKING_PLACE and at > 0 and self.joined(at):
                    at -= 1  # "لم يتم توقيع أي اتفاق", "لم يتم التوصل إلى اتفاق"
        if words[at] == _THAT_WORD and at > 0 and self.joined(at) and taking_place:
            at -= 1  # "دون أن يلتقي", "دون أن يتم التوصل إلى اتفاق"
            denied = _any_of((words[at],), _WITHOUT_WORDS)
        else:
            denial = (words[at],)
            denied = _any_of(denial, _WITHOUT_WORDS) or _any_of(denial, _NOT_DOING if taking_place else _NOT_BEING) \
                or trigger.kind != "Sanction" and words[at] in _PREVENTING and not self._prevention_failed(at, index)
        if not denied:
            return False
        for after in range(index + 1, min(index + 1 + EXCEPT_REACH, self.word_count)):
            if self._sentence_ends_before(after):
                break
            if words[after] in _EXCEPT_WORDS:
                return False
        return True

    def _sentence_has(self, hit: Hit, words: re.Pattern) -> bool:
        """One of ``words`` stands in the sentence of the hit ("التصويت في الانتخابات البلدية")."""
        text = self.text
        start = max(text.rfind(mark, 0, hit.start) for mark in _SENTENCE_MARKS) + 1
        end = min((at for at in (text.find(mark, hit.end) for mark in _SENTENCE_MARKS) if at >= 0), default=len(text))
        return words.search(text, start, end) is not None

    def _holds_no_event(self, hit: Hit, no_event_ends: set[int]) -> bool:
        """The verb of holding follows a phrase that states no event ("مؤتمر صحفي"), "مشترك" and a relative pronoun
        allowed between ("في مؤتمر صحافي عقد الاثنين", "المؤتمر الصحفي المشترك الذي عقد"): it holds that."""
        index = self._word_starting(hit.word_start)
        if index is None or not self.joined(index):
            return False
        before = index - 1
        if self.word_texts[before] in _RELATIVE_WORDS and before > 0 and self.joined(before):
            before -= 1
        if self.word_texts[before].removeprefix(DEFINITE) in _JOINT and before > 0 and self.joined(before):
            before -= 1
        return self.word_ends[before] in no_event_ends

    def _prevention_failed(self, preventing: int, event: int) -> bool:
        """The word of preventing at word ``preventing`` is denied ("لم تمنع الهجمات"), or the event at word
        ``event`` is said to have happened right after it ("لمنع هجمات وقعت"): it took place."""
        words = self.word_texts
        if preventing > 0 and self.joined(preventing) and words[preventing - 1].removeprefix("و") in _NOT_DOING:
            return True
        return event + 1 < self.word_count and self.joined(event + 1) and words[event + 1] in _TOOK_PLACE

    def _invited_to(self, hit: Hit) -> bool:
        """The trigger, indefinite behind the ل of purpose, is what an invitation or a call before it in its clause
        is for ("وجهت اليونان دعوة للافروف لزيارتها", "دعا نظيره لزيارة كمبالا"): it has not happened. Not in answer
        to an invitation ("تلبية لدعوة": the visit is made), nor after a noun whose complement takes ل ("مشاركته
        لمؤتمر"); and ل before the article is of possession as often ("البيان الختامي للمؤتمر", "اليوم التالي
        للهجوم")."""
        if self.text[hit.word_start:hit.start] not in _PURPOSE_PREFIXES or _MODAL_STEM.search(
                self.text, max(0, hit.word_start - 10 * CALL_WINDOW), hit.word_start) is None:
            return False
        words = self._words_before(hit.word_start, CALL_WINDOW)
        if words and words[-1].startswith(_TAKING_PART_STEMS):
            return False
        return _any_of(words, _CALL_WORDS) and not _any_of(words, _ANSWERING_WORDS)

    def _any_such(self, hit: Hit) -> bool:
        """"أي" (any) right before the trigger: what might happen, not what happened ("أي ضربات صاروخية جديدة",
        "حماية نفسها من أي اجتياح")."""
        index = self._word_starting(hit.word_start)
        return index is not None and index > 0 and self.joined(index) and self.word_texts[index - 1] in _ANY_WORDS

    def _irrealis(self, position: int, kind: str) -> bool:
        """The trigger is what someone hopes for, aims at, needs or calls for ("أملا بالتوصل إلى اتفاق", "من أجل
        وقف إطلاق النار", "دعا X إلى وقف إطلاق النار"): a hope or a call is not an event."""
        if _MODAL_STEM.search(self.text, max(0, position - 10 * CALL_WINDOW), position) is None:
            return False  # (most triggers: no word of hope or aim anywhere near, no need to read the words)
        words = self._words_before(position, CALL_WINDOW)
        if any(word in _MODAL_WORDS for word in words[-IRREALIS_WINDOW:]):
            return True
        # "دعا وزير الخارجية X إلى وقف (فوري) لإطلاق النار": what a call is for, its subject between (but not
        # what it is made of: "يدعو إلى تحويل الهدنة إلى معاهدة")
        for back in (1, 2, 3):
            if len(words) >= back and words[-back] == _TO_WORD:
                aimed = back == 1 or words[-back + 1] in _HALT_WORDS  # right after "إلى", or after its "وقف"
                # (or what is needed, named right before: "أكدا ضرورة التوصل إلى وقف فوري لإطلاق النار")
                return aimed and (any(word in _CALL_WORDS or word in _FAILING_WORDS for word in words)
                                  or any(word in _MODAL_WORDS for word in words[-back - 2:-back]))
        if words and words[-1] == _IN_WORD and any(word in _FAILING_WORDS for word in words):
            return True  # "فشل المجلس 11 مرة في انتخاب خلف للرئيس": what failed did not happen
        # "حث الطرفين على وقف إطلاق النار": what an urging is for, right after "على" (or after its "وقف"), the
        # urged between (not what one keeps to: "حثهما على الالتزام بالهدنة")
        for back in (1, 2):
            if len(words) >= back and words[-back] == _ON_WORD and (back == 1 or words[-1] in _HALT_WORDS):
                return any(word in _URGING_WORDS for word in words)
        # "اتفقا على عقد قمة", "اتفق الطرفان على إجراء محادثات": what is agreed on is ahead (not a ceasefire,
        # which agreeing on makes: "اتفق كير ومشار على وقف دائم لإطلاق النار")
        for back in (1, 2):
            if kind != "Ceasefire" and len(words) >= back and words[-back] == _ON_WORD \
                    and (back == 1 or words[-1] in _HOLDING_NOUNS) and any(word in _AGREEING_WORDS for word in words):
                return True
        # "خرجوا للمطالبة بإجراء انتخابات مبكرة", "طالبوا بفرض عقوبات": what a demand names after ب, the trigger
        # being that word or one of the DEMANDED_REACH after it (not "مطالبا بفتح تحقيق في إطلاق النار")
        if any(words[at] in _DEMAND_WORDS and words[at + 1].startswith("ب")
               for at in range(max(0, len(words) - DEMANDED_REACH - 2), len(words) - 1)):
            return True
        # "هدد الاتحاد الأوروبي بفرض عقوبات", "توعد ترامب باستهداف سوريا": a threat, its subject between, of what
        # its ب-word names (the trigger's own word, or the one right before it)
        named = self.text.startswith("ب", position) or bool(words) and words[-1].startswith("ب")
        # (behind any one-letter prefix: و, ف, or the future's س, "ستهدد بفرض عقوبات")
        if named and any(word in _THREAT_WORDS or word[1:] in _THREAT_WORDS for word in words):
            return True
        # and so a demand of an event not told before, its subject between: "طالب الرئيس X بوقف إطلاق النار" (not
        # "طالب X بالالتزام بالاتفاق النووي", a demand about one that was made)
        return self.text.startswith("ب", position) and not self.text.startswith("بال", position) \
            and any(word in _DEMAND_WORDS for word in words)

    def _halt_before(self, hit: Hit) -> int | None:
        """Where "وقف" starts (after its clitic) when it halts the fighting the hit names, which makes a
        ceasefire: before "إطلاق النار" also with an adjective or quotation marks between them ("وقف "دائم" لإطلاق
        النار", which the phrases of the lexicon do not match), before another noun of fighting right before it
        or before an adjective of it ("وقف القتال", "وقف العمليات العسكرية", "وقف فوري للهجمات")."""
        if self.text.startswith("اطلاق", hit.start):
            before = self._words_before(hit.word_start, 3)
            halts = [index for index, word in enumerate(before) if word in _HALT_WORDS]
            if not halts:
                return None
            halt = before[halts[-1]]
        else:
            before = self._words_before(hit.word_start, 2)
            if before and before[-1] in _HALT_ADJECTIVES:
                before = before[:-1]
            if not before or before[-1] not in _HALT_WORDS:
                return None
            halt = before[-1]
        start = self.text.rfind(halt, 0, hit.word_start)
        return start + 1 if halt[0] in "وبل" and halt[1:] in _HALT_WORDS else start

    def _names_an_occasion(self, hit: Hit, trigger: Trigger, kinds_at: dict[int, str]) -> bool:
        """A session noun followed by another event's trigger ("جلسة التصويت") names that event's occasion:
        the event is the vote, not a second meeting."""
        if trigger.kind != "Meeting" or self.text[hit.start:hit.end].removeprefix("ال") not in _SESSION_NOUNS:
            return False
        index = self._word_ending(hit.end, 0)
        if index is None or index + 1 >= self.word_count:
            return False
        following = kinds_at.get(self.word_starts[index + 1])
        return following is not None and following != "Meeting"

    #: a dateline's head before its agency, at a line's start: a place of up to four words, a date, then "-", "/"
    #: or "(" ("الكويت - كونا -", "بكين 16 مايو 2024 (شينخوا)", "رام الله 14-3-2023 وفا-", folded); the date may
    #: be Hijri, of a month of one or two words, with its Gregorian day ("الرياض 15 رمضان 1441 ه الموافق 08 مايو
    #: 2020 م واس")
    _DATELINE_DATE = r"\d{1,2}(?:[-/.]\d{1,2}[-/.]\d{2,4}| [^\W\d_]+(?: [^\W\d_]+)?(?: \d{4}(?: ه| م)?)?)"
    _DATELINE_HEAD = re.compile(r"[^\W\d_]+(?:[ ،,]+[^\W\d_]+){0,3}"
                                rf"(?:[ ،,]+{_DATELINE_DATE}(?: الموافق {_DATELINE_DATE})?)?"
                                r' *[-–—/(]? *"?')  # (a quotation mark before an outlet: "لندن – «القدس العربي»:")
    #: what ends a dateline after its agency: a closing parenthesis, a dash, a colon, a slash, a full stop or the
    #: end of its line ("دمشق-سانا")
    _DATELINE_TAIL = re.compile(r' *"? *[)\-–—:/.]| *"? *(?:\n|$)')
    #: how far into an article a dateline may stand (after the headline and a subtitle)
    DATELINE_REACH = 600

    def _dateline_place(self, mention: RawMention) -> int | None:
        """Where the agency of ``mention`` is a dateline's, at the head of a paragraph near the article's top (who
        reports the article: "الدوحة - قنا - تلقى …"), the mention of the place the dateline opens with, or -1
        where it opens with the agency; None where it is no dateline's."""
        if mention.start > self.DATELINE_REACH:
            return None
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        if not self._DATELINE_TAIL.match(self.text, mention.end):
            return None
        if line_start == mention.start:
            return -1  # "التايمز: …", "(واس) -"
        first = self._word_starting(line_start)
        # (the head names a place first: "وجهت هيئة الإذاعة البريطانية (بي بي سي) نداء" has none)
        if first is None or self.gazetteer_kind(first) not in ("Country", "Place") \
                or not self._DATELINE_HEAD.fullmatch(self.text, line_start, mention.start):
            return None
        return next((number for number, place in enumerate(self.findings.mentions)
                     if place.start == line_start and place.kind in ("Country", "Place")), -1)

    def read_tellers(self) -> None:
        """Whom a sentence's events are told by, after "according to" ("وفق ما أفادت به وزارة الصحة", "بحسب
        الجيش"): marked TELLER, no party to them."""
        mentions = self.findings.mentions
        tellers = [(mention.start, mention.end) for mention in mentions if mention.kind in _TELLER_KINDS
                   and _ACCORDING_TO.search(self.text, max(0, mention.start - 40), mention.start)]
        if not tellers:
            return
        for number, mention in enumerate(mentions):
            # (and what is named inside the teller's name: "البيروفية" of "وزارة الصحة البيروفية")
            if any(start <= mention.start and mention.end <= end for start, end in tellers):
                mentions[number] = dataclasses.replace(mention, how=TELLER)

    def read_dateline_acronyms(self) -> None:
        """"الرباط (ومع) -": an agency whose acronym is also a word (ArabicGrammar.dateline_acronyms), where it
        stands as a dateline's, set off by parentheses or dashes."""
        head = self.text[:self.DATELINE_REACH]
        for acronym, agency in self.g.dateline_acronyms.items():
            if acronym not in head:
                continue  # (most articles)
            entry = self.lex.entries.get(agency)
            if entry is None:
                continue
            for found in re.finditer(rf"[(\-–—]\s*({re.escape(acronym)})\s*(?=[)\-–—])", head):
                mention = RawMention(found.start(1), found.end(1), entry.type, entry.id, "gazetteer",
                                     country=entry.country)
                if self._dateline_place(mention) is None:
                    continue
                number = self._by_span.get((mention.start, mention.end))
                if number is None:
                    self.add_mention(mention)
                elif self.findings.mentions[number].adjective:
                    self.findings.mentions[number] = mention  # ("العمانية": not Oman's adjective there)

    def read_attributions(self) -> None:
        for number, mention in enumerate(self.findings.mentions):
            if mention.kind != "Organization":
                continue
            entry = self.lex.entries.get(mention.ref)
            if entry is None or entry.subtype not in NEWS_SUBTYPES:
                continue
            before = self.text[max(0, mention.start - 40):mention.start]
            before = re.sub(r'[\s"\'(]*$', "", re.sub(r"(?:وكاله\s+)?(?:انباء\s+)?[\s\"']*$", "", before))
            before = re.sub(r"\s*(?:وكاله(?:\s+انباء)?|صحيفه|قناه|موقع|تلفزيون)$", "", before)
            place = self._dateline_place(mention)
            if _ATTRIBUTION.search(before) or re.search(r"(?:ل|عن)$", before) or place is not None:
                self.findings.attributions.append(RawAttribution(mention.start, mention.end, number))
            if place is not None and place >= 0:
                self.findings.datelines.append((place, number))
            if place is not None and self.dateline_head is None:
                self.dateline_head = (self.text.rfind("\n", 0, mention.start) + 1, mention.start)

    def dateline_date(self) -> date | None:
        """The day the article's dateline gives before its agency ("الرياض 15 رمضان 1441 ه الموافق 08 مايو 2020 م
        واس", "بكين 16 مايو 2024 (شينخوا)"), if it gives one with its year: the article's date where none is
        given with it."""
        if self.dateline_head is None:
            return None
        start, end = self.dateline_head
        days = [found.value for found in self.g.find_dates(self.text[start:end], None) if len(found.value) == 10]
        return date.fromisoformat(days[-1]) if days else None

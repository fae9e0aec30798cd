"""Relative months, years and weeks in the Arabic date grammar (sentences written for these tests)."""
from datetime import date

import pytest

import graphbuild
from graphbuild.lang import get_language

JUNE_15 = date(2018, 6, 15)


def values(text, published):
    language = get_language("ar")
    return [d.value for d in language.read(language.fold(text), published)[1]]


@pytest.mark.parametrize("text, expected", [
    # a month and a qualifier, no year: the last such month before the publication's month, or the next after it
    ("وقع الطرفان اتفاقا في يناير الماضي", "2018-01"),
    ("زار الوزير العاصمة في شهر مايو الماضي", "2018-05"),
    ("عقدت القمة في حزيران/يونيو الماضي", "2017-06"),  # the month of publication: a year before
    ("اجتمع المجلس في تشرين الثاني/نوفمبر الماضي", "2017-11"),
    ("تعقد الانتخابات في مارس المقبل", "2019-03"),
    ("تبدأ المفاوضات في سبتمبر القادم", "2018-09"),
    ("يصل الوفد في حزيران المقبل", "2019-06"),  # the month of publication: a year after
    ("تنتهي المهلة في يونيو الجاري", "2018-06"),
    ("وفي أيلول/سبتمبر العام الماضي، أعلنت الحكومة", "2017-09"),
    ("أجريت الانتخابات في أبريل من العام الماضي", "2017-04"),
    # a day and "من العام الماضي": the day's year is the one before publication's
    ("في 9 مارس من العام الماضي", "2017-03-09"),
    ("في 9 نوفمبر الماضي", "2017-11-09"),
    # units: last / next month, year, and the current ones
    ("شنت القوات هجوما الشهر الماضي", "2018-05"),
    ("يزور الرئيس باريس الشهر المقبل", "2018-07"),
    ("يتوقع أن يوقع الاتفاق الشهر القادم", "2018-07"),
    ("تراجعت الصادرات خلال الشهر الجاري", "2018-06"),
    ("فاز الحزب في الانتخابات العام الماضي", "2017"),
    ("أعلنت الوزارة ذلك في السنة الماضية", "2017"),
    ("تجري الانتخابات العام المقبل", "2019"),
    ("ارتفعت الأسعار منذ بداية العام الحالي", "2018"),
    # a week is given by the month that holds every day it may cover, else by the year
    ("التقى الوزيران الأسبوع الماضي", "2018-06"),
    ("يلتقي الوزيران الأسبوع المقبل", "2018-06"),
    # a day of this month, of the one before or after it, across a year's end too
    ("تجرى الانتخابات في 24 من الشهر الجاري", "2018-06-24"),
    ("توصل الطرفان في 17 من الشهر الماضي إلى اتفاق", "2018-05-17"),
    ("تعاد العقوبات في 12 الشهر المقبل", "2018-07-12"),
    # the day before yesterday, however written
    ("وصل المبعوث أمس الأول", "2018-06-13"),
    ("وصل المبعوث أول أمس", "2018-06-13"),
    ("وصل المبعوث أول من أمس", "2018-06-13"),
])
def test_relative_expressions_resolve_against_the_publication_date(text, expected):
    assert values(text, JUNE_15) == [expected]


def test_a_day_of_the_month_before_in_january_is_of_the_year_before():
    assert values("توصل الطرفان في 17 من الشهر الماضي إلى اتفاق", date(2019, 1, 5)) == ["2018-12-17"]


def test_a_numeric_date_with_dashes():
    assert values("التقى الوزيران في 3-4-2023 في عمان", None) == ["2023-04-03"]
    # (the same separator twice: "3-4/2023" is no date)
    assert values("سجل الفريق 3-4/2023 نقاط", None) == []


def test_month_boundaries():
    assert values("الشهر الماضي", date(2018, 1, 10)) == ["2017-12"]
    assert values("الشهر المقبل", date(2018, 12, 10)) == ["2019-01"]
    assert values("في ديسمبر الماضي", date(2018, 1, 3)) == ["2017-12"]
    assert values("في يناير المقبل", date(2018, 12, 20)) == ["2019-01"]
    assert values("في ديسمبر الجاري", date(2019, 1, 2)) == ["2018-12"]  # written at the turn of the year


def test_a_week_across_two_months_is_its_year_and_across_two_years_nothing():
    assert values("التقى الوزيران الأسبوع الماضي", date(2018, 5, 8)) == ["2018"]
    assert values("التقى الوزيران الأسبوع الماضي", date(2018, 1, 5)) == []


def test_titles_with_general_are_no_year():
    assert values("وقال الأمين العام المقبل للمنظمة إن", JUNE_15) == []
    assert values("أعلن النائب العام الحالي أن", JUNE_15) == []
    assert values("وقدم الجيش العام الماضي نسخة معدلة", JUNE_15) == ["2017"]


def test_without_a_publication_date_nothing_relative_is_resolved():
    # the years a text gives are its background more often than the year of "last May": no guess from them
    assert values("وقع الاتفاق عام 2015، ثم انسحبت منه واشنطن في مايو الماضي", None) == ["2015"]
    assert values("التقى الوزيران الشهر الماضي، وكانا قد التقيا العام الماضي", None) == []
    assert values("التقى الوزيران في مايو الماضي أو في مايو من العام الماضي", None) == []


def test_a_month_with_a_year_is_still_that_month():
    assert values("في يونيو 2016", JUNE_15) == ["2016-06"]
    assert values("في يونيو الماضي 2016", JUNE_15) == []  # an odd year after the qualifier: no guess


def test_an_event_takes_the_relative_month():
    doc = graphbuild.extract("والتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة في أبريل الماضي.",
                             published=JUNE_15)
    meeting = next(e for e in doc.events if e.kind == "Meeting")
    assert meeting.time.value == "2018-04"



@pytest.mark.parametrize("text, expected", [
    # told in the past: the last such month up to the publication's
    ("وبدأ الجيش هجوما في يناير على المدينة", ["2018-01"]),
    ("وكانت المحكمة قد عرقلت الحظر الذي أعلنه الرئيس في سبتمبر", ["2017-09"]),
    ("التقى الوزيران في حزيران/يونيو", ["2018-06"]),
    ("وقعت الهدنة أواخر شهر مارس", ["2018-03"]),
    ("وفاز الحزب في الانتخابات التي جرت مطلع تشرين الأول/أكتوبر", ["2017-10"]),
    ("وتوفي في يوليو تموز", ["2017-07"]),  # the other name after a space
    # looking ahead: the next such month from the publication's on
    ("ستعقد القمة في مارس", ["2019-03"]),
    ("ومن المقرر أن تجرى الانتخابات في أكتوبر/تشرين الأول", ["2018-10"]),
    ("ويتوقع أن يلتقي الزعيمان منتصف يوليو", ["2018-07"]),
    ("وقال الوزير إنه سيزور العاصمة في مارس", ["2019-03"]),
    ("وتوقع أن يبدي الحلف التزاما أكبر في قمة لقادته في يوليو", ["2018-07"]),
    ("وتحاكي المناورات، التي ستجري في نوفمبر، هجوما", ["2018-11"]),
    ("وقال إن سياسة الحكومة تغيرت في سبتمبر", ["2017-09"]),  # سياسة: a noun, no verb in the future
    # an imperfect verb: the publication's year
    ("وينتهي تعليق العقوبات في نوفمبر", ["2018-11"]),
    # a limit, not a date; a month that is a word ("مارس": he practised) needs a preposition of time
    ("وتستمر الإضرابات حتى نهاية يوليو", []),
    ("وتعيش الأسرة في المخيم منذ يناير", []),
    ("مارس الرئيس ضغوطا على الحكومة", []),
])
def test_a_month_named_alone_takes_its_year_from_the_publication_and_the_clause(text, expected):
    assert values(text, JUNE_15) == expected


def test_a_month_named_alone_needs_the_publication_date():
    assert values("وبدأ الجيش هجوما في يناير على المدينة", None) == []


def test_an_event_takes_the_month_named_alone():
    doc = graphbuild.extract("والتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في أنقرة مطلع مارس.",
                             published=JUNE_15)
    meeting = next(e for e in doc.events if e.kind == "Meeting")
    assert meeting.time.value == "2018-03"


def test_the_date_of_a_relative_clause_set_off_by_commas_is_not_of_another_event():
    doc = graphbuild.extract("والتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان، الذي تولى الرئاسة "
                             "في أبريل، لبحث الأزمة.", published=JUNE_15)
    meeting = next(e for e in doc.events if e.kind == "Meeting")
    assert meeting.time.value == "2018-06-15"  # the lead's: not April, when he took office


def test_the_date_of_a_relative_clause_set_off_by_commas_is_of_the_event_it_describes():
    # (a guard: the clause describes the election that ends right before it)
    doc = graphbuild.extract("ودعا الرئيس المصري عبد الفتاح السيسي المصريين إلى المشاركة في الانتخابات الرئاسية، التي "
                             "تجرى في مارس، لإثبات شرعيته.", published=JUNE_15)
    election = next(e for e in doc.events if e.kind == "Election")
    assert election.time.value == "2018-03"


def test_a_day_placed_by_a_qualifier_needs_the_publication_date():
    # the year the text named before it is its background, not the year of "last 9 November"
    assert values("وانتهت الحرب عام 2003. وقال الوزير في 9 نوفمبر الماضي إن الاتفاق صامد.", None) == ["2003"]
    assert values("وقال الوزير في 9 نوفمبر الماضي إن الاتفاق صامد.", JUNE_15) == ["2017-11-09"]


@pytest.mark.parametrize("text, expected", [
    ("وقع الاتفاق في الرابع عشر من تموز/يوليو 2015 بين الطرفين", ["2015-07-14"]),
    ("وصل الوفد في الحادي والعشرين من شهر مارس 2019", ["2019-03-21"]),
    ("وفي الأول من يناير 2020 بدأ العمل", ["2020-01-01"]),
    ("في الثلاثين من فبراير 2020", ["2020-02"]),  # no such day: the month and year are still right
    ("في الثاني من عام 2020", ["2020"]),  # no month: an ordinal alone is no day
])
def test_a_day_written_as_an_ordinal(text, expected):
    assert values(text, None) == expected


@pytest.mark.parametrize("text", [
    "على أن يدخل الاتفاق حيز التنفيذ يوم الأحد 24 يونيو.",
    "وتجرى الانتخابات الأحد، الموافق 24 يونيو الجاري.",
])
def test_a_weekday_before_its_date_names_that_day(text):
    # (not the Sunday before the publication, 10 June)
    assert set(values(text, JUNE_15)) == {"2018-06-24"}


def test_an_ordinal_day_of_a_month_placed_by_a_qualifier():
    assert values("ويزور الوزير الجزائر في السادس من أبريل القادم", JUNE_15) == ["2019-04-06"]
    assert values("وقد زار الوزير الجزائر في الحادي عشر من شهر مارس الماضي", JUNE_15) == ["2018-03-11"]


@pytest.mark.parametrize("text, expected", [
    # after "أن" the weekday is the clause said's, told in the past, not the imperfect verb's that says it
    ("يذكر أن الشرطة الكينية كانت أعلنت الأربعاء اعتقال المشتبه به.", "2018-06-13"),
    ("ويقول ناشطون إن الجيش قصف القرية الأربعاء.", "2018-06-13"),
    # a clause that opens with an imperfect verb still looks ahead
    ("يعقد المجلس جلسته الأربعاء.", "2018-06-20"),
])
def test_a_weekday_after_that_takes_the_tense_of_its_own_clause(text, expected):
    assert values(text, JUNE_15) == [expected]

"""Stage ``events``: triggers become events with actors, a date, a place, topics and a source.

Per sentence, the triggers of one class form one event; its actors are the sentence's people (or, for
fighting, sanctions and the like, its countries and organizations), its date the time expression
nearest the trigger. Across sentences, an event told again — a definite or demonstrative trigger
("الاجتماع", "هذا الاتفاق"), the same date, or the same participants — is merged into the first telling,
so each real event is one node. A sentence of attendance ("وحضر الاجتماع …") adds its people to the
meeting it names. Agreements also take the bodies named after "بين" as parties, "الطرفان" / "الجانبان" stand for
the two people of the latest joint event, and a date goes to the event its relative clause or quotation
belongs to ("الهدنة التي أنهت الحرب عام 1953").
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count
from operator import attrgetter, itemgetter

from .findings import NEWS_SUBTYPES, REPLACED, TELLER
from .lang import EventWords, Language
from .model import Event, Sentence, Span, TimeStamp, replace_doc
from .pipeline import SPAN_ORDER, Analysis, Stage, replace

#: classes whose parties are countries and organizations rather than the people who speak for them
COLLECTIVE = frozenset({"ArmedConflict", "Sanction", "Protest", "Aid", "Ceasefire", "Accusation"})
#: collective classes whose parties are the people who act (accuse, agree) and the countries or bodies named
PARTIES = frozenset({"Ceasefire", "Accusation"})
#: events named as what a verb of condemning is about, whose subject takes no part in them (not a verb of accusing:
#: "اتهمت الحكومة التنظيم بتنفيذ التفجير", whom it accuses took part)
CONDEMNED = frozenset({"ArmedConflict"})
#: events whose noun a word of judging may have for its object, its subject no party to them (not a sanction, whose
#: target rejects it: "رفضت روسيا العقوبات الأمريكية"; nor an accusation or a statement, told by their verbs)
JUDGED = frozenset({"Agreement", "Ceasefire", "Meeting", "Negotiation", "Visit", "PhoneCall", "Election", "Appointment",
                    "ArmedConflict", "Aid", "Protest"})
#: how far before an event's noun a word of judging it may stand (its subject between: "أشاد الرئيس الكيني وليام
#: روتو بالاتفاق")
JUDGING_REACH = 80
#: events the rights groups and monitors (subtype NGO) report and take no part in (local truces and deals included)
REPORTED_BY_NGOS = frozenset({"ArmedConflict", "Ceasefire", "Agreement", "Election", "Sanction", "Appointment",
                              "Protest"})
#: events whose noun's adjective says whose they are ("القصف الإسرائيلي", "التظاهرات الفلسطينية"): that country
#: or body, and the one after "on" or "against", are its parties (sanctions and aid keep the others named with
#: them: whom they are on or for is said in more ways)
OWNED = frozenset({"ArmedConflict", "Protest"})
#: classes where a location is where it happened; for the rest it is what was discussed
LOCATED = frozenset({"Visit", "ArmedConflict", "Protest", "Ceasefire", "Election"})
#: classes that need a named actor to be worth a node
NEEDS_ACTOR = frozenset({"Statement", "Accusation", "Appointment", "Visit", "PhoneCall"})
#: events two sides take part in, and so may be told again with "the two sides" (EventWords.two_sides)
JOINT = frozenset({"Meeting", "Negotiation", "Agreement", "Ceasefire", "PhoneCall"})
#: events concluded between parties named after "بين" ("مذكرة تفاهم بين وزارة … ووزارة …")
SIGNED = frozenset({"Agreement", "Ceasefire"})
#: how far after an agreement's trigger "بين" may stand ("اتفاقية تعاون استراتيجي في مجال الطاقة بين")
BETWEEN_REACH = 60
PLACE_KINDS = ("Place", "Country")


@dataclass
class _Draft:
    kind: str
    also: set[str]
    actors: list[str]
    evidence: list[Span]
    time: TimeStamp | None = None
    begin: TimeStamp | None = None
    end: TimeStamp | None = None
    place: str | None = None
    about: list[str] = field(default_factory=list)
    source: str | None = None
    anaphoric: bool = False
    sentence: int = -1
    parties: list[str] = field(default_factory=list)
    #: told with a verb and the definite noun of an event told before ("ووقع شويغو الاتفاق"): a retelling
    retold: bool = False
    #: a body's session, told by its verb with the body as subject and a noun of meeting ("عقد المجلس جلسته")
    session: bool = False
    #: an agreement known by its name: its parties and date are the agreement's, not its retellings'
    named: bool = False
    merged_into: "_Draft | None" = None

    def compatible(self, other: "_Draft") -> bool:
        return self.kind == other.kind or self.kind in other.also or other.kind in self.also

    def date_value(self) -> str | None:
        stamp = self.time or self.begin
        return stamp.value if stamp else None


def _dates_conflict(a: str | None, b: str | None) -> bool:
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


def run(analysis: Analysis, language: Language) -> Analysis:
    """Build the article's events."""
    doc = analysis.doc
    folded = analysis.folded
    findings = analysis.findings
    kinds = {e.key: e.kind for e in doc.entities}
    subtypes = {e.key: e.subtype for e in doc.entities}
    resolved = analysis.mention_entities

    to_original, text = folded.to_original, doc.text

    def original(folded_start: int, folded_end: int) -> Span:
        start, end = to_original(folded_start, folded_end)
        return Span(start, end, text[start:end])

    # (a name of one word cannot hold a trigger and another word: only names of several words are looked at)
    named = _Index([(m.span, m) for m in doc.mentions if " " in m.span.text and kinds.get(m.entity) in NAMING_KINDS])
    triggers = [(span, t) for span, t in ((original(t.start, t.end), t) for t in findings.triggers)
                if not _inside_a_name(span, named)]
    if not triggers and ":" not in (doc.title or ""):
        # every event starts at a trigger (a sentence of attendance only adds people to a meeting told before), but
        # a headline's statement ("نتنياهو: …")
        return replace(analysis, doc=replace_doc(doc, events=()), events_done=True)
    dates = []
    for expression in analysis.dates:
        span = original(expression.start, expression.end)
        dates.append((span, expression))
    sources = {resolved[a.source] for a in findings.attributions}
    attributions = sorted((original(a.start, a.end), resolved[a.source]) for a in findings.attributions)
    source_spans = {span.start for span, _ in attributions}
    article_source = resolved[findings.attributions[0].source] if findings.attributions else None
    mentions = [m for m in doc.mentions if m.span.start not in source_spans and m.entity in kinds]
    datelines = {to_original(findings.mentions[place].start, findings.mentions[place].end)[0]
                 for place, _ in findings.datelines}
    mentions = _capitals_as_countries(mentions, kinds, _capitals(language), datelines, text, language.event_words)
    by_start = _Index([(m.span, m) for m in mentions])
    trigger_index = _Index(triggers)
    date_index = _Index(dates)
    attribution_index = _Index(attributions)

    # each person's titles (the evidence of their posts), to find the title that stands before a name
    titles: dict[str, list[Span]] = defaultdict(list)
    affiliations: dict[str, set[str]] = defaultdict(set)  # person -> the bodies and countries of their posts
    for post in doc.posts:
        titles[post.person].extend(post.evidence)
        if post.of is not None:
            affiliations[post.person].add(post.of)
    words = language.event_words
    attendance = words.attendance
    folded_text = folded.folded
    # the sentences in folded offsets: normalize made doc.sentences from these, one for one
    # (each folded span is the one ``to_folded`` gives back for its sentence's original span)
    folded_sentences = analysis.sentence_spans

    def attends(sentence_number: int) -> bool:
        """The sentence states attendance ("وحضر الاجتماع …")."""
        f_start, f_end = folded_sentences[sentence_number]
        return bool(attendance.search(folded_text[f_start:f_end]))

    drafts: list[_Draft] = []
    for sentence_number, sentence in enumerate(doc.sentences):
        s_start, s_end = sentence.span.start, sentence.span.end
        sentence_triggers = trigger_index.within(s_start, s_end)
        if not sentence_triggers:
            # (most sentences: only a sentence of attendance with people in it matters; the attendance
            # test comes first, as it rarely passes and spares collecting the sentence's people)
            if not attends(sentence_number):
                continue
            people = _unique(m.entity for _, m in by_start.within(s_start, s_end) if kinds[m.entity] == "Person")
            if people:
                meeting = next((d for d in reversed(drafts) if d.kind == "Meeting"), None)
                if meeting:
                    meeting.actors.extend(p for p in people if p not in meeting.actors)
            continue
        # (whom the sentence's events are told by takes no part in them)
        in_sentence = [m for _, m in by_start.within(s_start, s_end) if m.how != TELLER]
        people = _unique(m.entity for m in in_sentence if kinds[m.entity] == "Person" and m.how != REPLACED)
        sentence_dates = date_index.within(s_start, s_end)
        attribution = next((source for _, source in attribution_index.within(s_start, s_end)), None)
        # whether the sentence speaks of "the two sides": asked only when it tells a joint event (a regex
        # search over the sentence, which most sentences with triggers never need)
        dual = None
        groups: dict[str, list] = {}
        for span, trigger in sentence_triggers:
            key = trigger.kind
            if trigger.parties or trigger.kind in SEGMENTED and key in groups and _people_between(
                    groups[key][-1][0], span, in_sentence, kinds):
                # a list of appointments: one event per trigger; and an agreement known by its name is itself
                key = f"{trigger.kind}#{span.start}"
            groups.setdefault(key, []).append((span, trigger))
        claimed = _claim_dates(groups, sentence_dates, doc.text, words)
        reported: list | None = None  # (the sentence's reports, looked for when an event of it needs them)
        contrasts: list | None = None  # (where its conjunctions of contrast stand, looked for once)
        calls = any(t.kind == "PhoneCall" for _, t in sentence_triggers)
        for group, members in groups.items():
            first_span, first = members[0]
            kind = first.kind
            if calls and kind in TOPICS_OF_A_CALL and not claimed[group] and all(t.part == "noun" for _, t in members):
                continue  # "بحثا خلال اتصال هاتفي آفاق المفاوضات": talks named in a call are what it discussed
            also = {a for _, t in members for a in t.also}
            if kind not in SPEAKERS_TAKE_PART and reported is None:
                reported = _reported_clauses(words.reported, folded_text, folded_sentences[sentence_number],
                                             to_original)
            present = people  # (the people who may attend it)
            if contrasts is None:
                contrasts = [(s_start + found.start(), s_start + found.end())
                             for found in words.contrast.finditer(sentence.span.text)]
            clause, candidate_people = _own_clause(Span(first_span.start, members[-1][0].end, ""), sentence,
                                                   contrasts, in_sentence, people, sentence_triggers)
            candidates = clause
            if first.part == "noun" and (
                    kind in CONDEMNED and any(t.kind == "Accusation" and t.part == "verb"
                                              and span.start < first_span.start and words.condemning.search(span.text)
                                              for span, t in sentence_triggers)
                    or kind in JUDGED and _judged(first_span, s_start, sentence_triggers, doc.text, words)):
                # "أدانت السعودية الهجوم الذي استهدف مسجدا في باكستان", "رحبت كينيا بالاتفاق الذي وقعته X وY", "رفض
                # رئيس البرلمان الاتفاق": who condemns or judges an event takes no part in it, its parties are named
                # from its noun on
                candidates = [m for m in clause if m.span.start >= first_span.start]
                candidate_people = _named_in(candidate_people, candidates)
            pool = candidates  # (the mentions its parties are taken from)
            if kind in SPEAKERS_TAKE_PART or not reported:
                actors = _actors(kind, members, candidates, kinds, subtypes, sources, candidate_people, doc.text,
                                 titles, words)
            else:
                # "وتقول الأمم المتحدة إن غالبيتهم قتلوا في غارات": who says that an event happened takes no part
                heard = pool = _without_speakers(candidates, reported, first_span.start, affiliations)
                heard_people = present = _named_in(candidate_people, heard)
                if people and not heard_people and kind in GATHERINGS:
                    actors = []  # a gathering whose only people tell of it: none named takes part in it
                else:
                    actors = _actors(kind, members, heard, kinds, subtypes, sources, heard_people, doc.text, titles, words)
            if kind in GATHERINGS and sum(kinds[a] == "Person" for a in actors) == 1:
                # "التقى بوتين نظيره الأرميني": a counterpart the text does not name takes part for his country
                # (with two people named, the counterpart is the other one; a team's counterpart is a team)
                actors = _unique(actors + _unnamed_counterparts(in_sentence, actors, kinds, doc.text, titles,
                                                                affiliations, words))
            if kind in JOINT:
                # "اتفاقا سعوديا إيرانيا", "قمة روسية تركية": the countries whose adjectives follow the noun
                actors = _unique(actors + _joint_adjectives(members, in_sentence, kinds, doc.text, words))
            if kind == "Accusation" and first.part == "verb" and words.condemning.search(first_span.text):
                # "دانت الخارجية اللبنانية العدوان الإسرائيلي": whose the condemned attack is, is condemned
                actors = _unique(actors + _condemned_owner(first_span, groups, candidates, kinds, subtypes, sources,
                                                           doc.text, words))
            congratulation = words.congratulating.search(doc.text, s_start, first_span.start) \
                if kind in CONGRATULATED and len(candidate_people) >= 2 else None
            if congratulation:
                # "هنأ الرئيس X نظيره Y بفوزه في الانتخابات", "ترامب هنأ أردوغان", "بعث X برقية تهنئة إلى Y":
                # the person named nearest the word congratulates (before it where as near), and takes no part
                # in what he congratulates on
                congratulator = min((m for m in candidates if m.entity in candidate_people),
                                    key=lambda m: (_distance(m.span, Span(*congratulation.span(), "")),
                                                   m.span.start > congratulation.start()))
                actors = [actor for actor in actors if actor != congratulator.entity]
            if kind in SEGMENTED and len(groups) > 1:
                segment = _segment(group, groups, pool, kinds, s_end)
                actors = segment or actors
            if kind == "Meeting" and attends(sentence_number):
                actors = _unique(actors + present)
            if _honorific_subject(members, folded_text, words.honorific_pronouns):
                # "كما تلقى سموه اتصالا هاتفيا من X": his highness is the person the events before were told of
                told = next((actor for draft in reversed(drafts) if draft.sentence < sentence_number
                             for actor in draft.actors[:1] if kinds.get(actor) == "Person"), None)
                if told is not None and told not in actors:
                    actors = [told, *actors]
            if kind in JOINT:
                if dual is None:
                    dual = bool(words.two_sides.search(folded_text, *folded_sentences[sentence_number]))
                if dual:
                    actors = _two_sides(actors, drafts, kinds)
            # the bodies an agreement is "بين"; kept apart from the actors until the retellings are merged, as
            # a list of agreements between the same two countries is still a list of agreements
            parties = _parties_between(members, in_sentence, kinds, doc.text, words) if kind in SIGNED else \
                _verb_subjects(members, in_sentence, kinds, doc.text, words) if kind in CHOSEN_BY_SUBJECT else []
            if kind in GATHERINGS:
                # a body that holds a session, its verb's subject with a noun of meeting: "عقد مجلس الوزراء جلسته"
                # (not a country that receives refugees, nor the body "يترأس" heads); or the body whose meeting
                # the noun names ("قمة الاتحاد الأفريقي", "اجتماع مجلس الأمن")
                with_noun = any(t.part == "noun" for _, t in members)
                parties = [party for party in parties + _genitives(members, in_sentence, kinds, doc.text, words)
                           if kinds[party] == "Organization"
                           and subtypes.get(party) not in NEWS_SUBTYPES] if with_noun else []
            session = bool(parties) and kind in GATHERINGS
            place, about = _where(kind, first_span, clause, kinds, subtypes, set(actors))
            anaphoric = all(t.definite for _, t in members) or _demonstrative(doc.text, first_span.start, words)
            nouns = [t.definite for _, t in members if t.part == "noun"]
            retold = not anaphoric and bool(nouns) and all(nouns)
            claim = claimed[group]
            if anaphoric:
                # "هذا الاتفاق … في 1992-1994": a retold event keeps its own date unless one stands right by it
                claim = [(span, d) for span, d in claim if _distance(span, first_span) <= NEXT_TO]
            stamps = _dates_for(first_span, first.plural, claim, sentence_dates)
            if not stamps and not anaphoric and kind != "Statement":
                # a date the sentence gives for another of its events holds for this one too ("استقبل …
                # الأربعاء … الذي يقوم بزيارة"), when it names a day
                days = [(span, d) for span, d in sentence_dates if len(d.value) == 10 and not d.end_value
                        and _same_side(doc.text, span, first_span)]
                stamps = _shifted(_dates_for(first_span, False, days, days), _day_offset(doc.text, first_span, words))
            if first.parties:
                # "الانسحاب من الاتفاق النووي": an agreement known by its name, made by its parties on its date
                actors = [party for party in first.parties if party in kinds]
                parties = []
                stamps = [(TimeStamp(first.known_date), None, None)]
            split = _calls_of_one(kind, first, first_span, actors, pool, kinds) or [actors]
            for time, begin, end in stamps or [(None, None, None)]:
                for call_actors in split:
                    drafts.append(_Draft(kind, also, list(call_actors), [span for span, _ in members], time, begin,
                                         end, place, about, attribution or article_source, anaphoric and not stamps,
                                         sentence_number, parties=list(parties), retold=retold, session=session,
                                         named=bool(first.parties)))
    kept = [d for d in drafts if d.actors or d.kind not in NEEDS_ACTOR]
    title = (doc.title or "").strip()
    headline = next((number for number, sentence in enumerate(doc.sentences)
                     if title and sentence.span.text.strip() == title), None)
    events = _merge(kept, headline, doc.published)
    _inherit_dates(kept, events, lambda number: bool(words.same_occasion.match(folded_text, *folded_sentences[number])),
                   kinds)
    for event in events:
        event.actors = _unique(event.actors + event.parties)
    lead_statement = None
    if not _lead_tells_another_event(events, headline):
        lead_statement = _lead_statement(events, headline)
        if lead_statement is None and headline is not None:
            # "نتنياهو: من الأفضل مواجهة إيران": a headline that gives its speaker before a colon
            lead_statement = _headline_statement(headline, doc.sentences[headline].span, by_start, kinds, subtypes,
                                                 doc.text, words, article_source)
            if lead_statement is not None:
                events.append(lead_statement)
    asserted = []
    for draft in events:
        if draft.kind in NEEDS_ACTOR and not draft.actors:
            continue
        if draft.kind == "Statement" and draft is not lead_statement:
            continue  # "أعلن", "قال في بيان": reporting verbs; a statement counts when it concludes something
        if not draft.actors and not draft.time and not draft.begin and not draft.place:
            continue
        if not draft.actors and _background(draft, doc.published):
            continue  # a date long before the article with nobody named: history, not news
        if draft.kind == "Appointment" and not any(kinds.get(a) == "Person" for a in draft.actors):
            continue  # an appointment appoints someone
        if draft.kind == "Agreement" and len(draft.actors) == 1:
            continue  # an agreement is concluded by several parties (or, unnamed, known by its date)
        if draft.kind in GATHERINGS and len(draft.actors) < 2 and not draft.time:
            continue  # a meeting with one known party and no date is too thin to assert
        if draft.kind in GATHERINGS and len(draft.actors) < 2 and \
                (not draft.actors or kinds.get(draft.actors[0]) != "Person") and not draft.session:
            continue  # an organization alone does not meet or call (but a council holds a session: "اجتمع المجلس")
        asserted.append(draft)
    _lead_dates(asserted, doc)
    built = []
    for draft in asserted:
        built.append(Event(
            kind=draft.kind, actors=tuple(draft.actors),
            evidence=tuple(sorted(set(draft.evidence), key=SPAN_ORDER)),
            time=draft.time, begin=draft.begin, end=draft.end, place=draft.place, about=tuple(draft.about),
            source=draft.source, kinds=tuple(sorted(draft.also - {draft.kind}))))
    return replace(analysis, doc=replace_doc(doc, events=tuple(built)), events_done=True)


_CAPITALS: dict[str, dict[str, str]] = {}


def _own_clause(span: Span, sentence: Sentence, contrasts: list[tuple[int, int]], mentions: list,
                people: list[str], triggers: list) -> tuple[list, list[str]]:
    """The mentions and people of the clause the triggers of an event at ``span`` stand in, where a conjunction
    of contrast ("فيما", "في حين", at ``contrasts``) divides its sentence: "اندلعت اشتباكات بين الجيش وقوات الدعم
    السريع، في حين أعلن البرهان حظر التجول", "خرج آلاف المحتجين، فيما فرضت الولايات المتحدة عقوبات"; all of the
    sentence's where that clause names nobody and the rest tells no other event than a statement ("قتل خمسة في
    هجوم، فيما أعلن التنظيم مسؤوليته")."""
    start, end = sentence.span.start, sentence.span.end
    for position, position_end in contrasts:
        if position >= span.end:
            end = min(end, position)
        elif position_end <= span.start:
            start = position
    if (start, end) == (sentence.span.start, sentence.span.end):
        return mentions, people
    own = [m for m in mentions if start <= m.span.start < end]
    if not own and not any(trigger.kind != "Statement" and not start <= other.start < end
                           for other, trigger in triggers):
        return mentions, people
    return own, _named_in(people, own)


def _capitals(language: Language) -> dict[str, str]:
    """Each national capital the lexicon knows -> its country (made once per language)."""
    if language.code not in _CAPITALS:
        _CAPITALS[language.code] = {entry.capital: entry.id for entry in language.entries.values()
                                    if entry.type == "Country" and entry.capital}
    return _CAPITALS[language.code]


def _capitals_as_countries(mentions: list, kinds: dict[str, str], capitals: dict[str, str], datelines: set[int],
                           text: str, words: EventWords) -> list:
    """The mentions with each capital that stands for its country made a mention of that country, where the
    article names the country: a capital right after a verb it is the subject or object of, after a word
    opening the parties of something ("اتهمت واشنطن بكين", "بين واشنطن وأنقرة"; EventWords.acting_before), or
    joined by "و" to one ("وقعت الرياض وطهران"); not a dateline's, nor one after a noun ("اتفاق القاهرة",
    "في موسكو": a place)."""
    if not any(m.entity in capitals for m in mentions):
        return mentions  # (most articles)
    out = []
    acting = False  # (whether the mention before is a verb's subject or a party: a person or a country)
    previous_end = -1
    for mention in mentions:
        country = capitals.get(mention.entity)
        start = mention.span.start
        gap = text[previous_end:start] if previous_end >= 0 else None
        # joined by "و" to a party, or the object right after a verb's subject ("اتهم نتنياهو طهران")
        after_a_party = acting and gap is not None and (gap.isspace() or words.coordination.match(gap) is not None)
        standing = country is not None and country in kinds and start not in datelines and (
            after_a_party or words.acting_before.search(text, max(0, start - 24), start) is not None)
        if standing:
            mention = dataclasses.replace(mention, kind="Country", entity=country)
        acting = standing or (kinds.get(mention.entity) in ("Person", "Country") and not mention.is_adjective)
        previous_end = mention.span.end
        out.append(mention)
    return out


def _named_in(people: list[str], mentions) -> list[str]:
    """The people (in their order) that one of the mentions names."""
    named = {m.entity for m in mentions}
    return [person for person in people if person in named]


def _lead(headline: int | None) -> int:
    """The number of the lead's sentence: the one after the headline (the first when no headline is known)."""
    return 0 if headline is None else headline + 1


def _lead_tells_another_event(events: list[_Draft], headline: int | None) -> bool:
    """The headline or the lead tells an event other than a statement: the article is about that event."""
    return any(event.kind != "Statement" for event in events if event.sentence in (_lead(headline), headline))


def _lead_statement(events: list[_Draft], headline: int | None) -> "_Draft | None":
    """The statement the article is about, where the lead tells no other event (_lead_tells_another_event): the
    first one its lead tells, by someone named ("قال وزير الدفاع التركي إن …" opening the article)."""
    lead = _lead(headline)
    return next((event for event in events if event.kind == "Statement" and event.sentence == lead and event.actors),
                None)


#: how far into a headline the colon after its speaker may stand
HEADLINE_SPEAKER_REACH = 40


def _headline_statement(headline: int, sentence: Span, by_start: "_Index", kinds, subtypes, text: str,
                        words: EventWords, source: str | None) -> "_Draft | None":
    """The statement a headline gives, its speakers (people or bodies) named before a colon and nothing else there
    ("نتنياهو: …", "بوتين وأردوغان: …"); asked where neither the headline nor the lead tells another event."""
    colon = text.find(":", sentence.start, min(sentence.end, sentence.start + HEADLINE_SPEAKER_REACH))
    if colon < 0:
        return None
    speakers: list[str] = []
    cursor = sentence.start
    for _, mention in by_start.within(sentence.start, colon):
        gap = text[cursor:mention.span.start]
        # (not a country: "سوريا: مقتل 20 في غارات" names what the story is about as often as who speaks)
        if kinds[mention.entity] not in ("Person", "Organization") or mention.is_adjective \
                or subtypes.get(mention.entity) in NEWS_SUBTYPES \
                or not (gap.isspace() or not gap or speakers and words.coordination.match(gap)):
            return None
        speakers.append(mention.entity)
        cursor = mention.span.end
    if not speakers or text[cursor:colon].strip():
        return None  # ("مصادر يمنية: …": no one named; "تضم 370 مليارديراً.. شي: …": more than a speaker)
    evidence = Span(sentence.start, colon + 1, text[sentence.start:colon + 1])
    return _Draft("Statement", set(), _unique(speakers), [evidence], source=source, sentence=headline)


def _honorific_subject(members: list, folded_text: str, pronouns: frozenset[str]) -> bool:
    """An honorific pronoun ("سموه") stands right before or right after one of the event's triggers: its subject
    is the person it stands for."""
    for _, trigger in members:
        before = folded_text[max(0, trigger.start - 12):trigger.start].rsplit(maxsplit=1)
        after = folded_text[trigger.end:trigger.end + 12].split(maxsplit=1)
        if before and before[-1] in pronouns or after and after[0] in pronouns:
            return True
    return False


#: events whose actors include who reports them: a statement is its speaker's, an accusation its accuser's
SPEAKERS_TAKE_PART = frozenset({"Statement", "Accusation"})


def _reported_clauses(reported, folded_text: str, sentence: tuple[int, int], to_original):
    """``(speaker start, speaker end, clause start)`` in original offsets of each "X said that …" in the
    sentence."""
    return [(*to_original(speaker_start, speaker_end), to_original(that_end - 1, that_end)[1])
            for speaker_start, speaker_end, that_end in reported(folded_text, *sentence)]


def _without_speakers(mentions: list, clauses: list[tuple[int, int, int]], position: int,
                      affiliations: dict[str, set[str]]) -> list:
    """The mentions, less those that say what is told at ``position`` (the speakers of the clauses it is in);
    the body a speaker holds a post in stays ("قال قائد قوات التحالف … إن المعارك …": the coalition fights)."""
    spoken = [(start, end) for start, end, clause in clauses if clause <= position]
    if not spoken:
        return mentions
    kept = []
    for start, end in spoken:
        speakers = {m.entity for m in mentions if start <= m.span.start < end}
        kept.append({body for person in speakers for body in affiliations.get(person, ())} & speakers)
    return [m for m in mentions if not any(start <= m.span.start < end and m.entity not in bodies
                                           for (start, end), bodies in zip(spoken, kept))]


def _two_sides(actors: list[str], drafts: list[_Draft], kinds: dict[str, str]) -> list[str]:
    """"واتفق الطرفان", "ووقع الجانبان": when the sentence names fewer than two people, the two sides are the
    people of the latest joint event told before."""
    people = [a for a in actors if kinds[a] == "Person"]
    if len(people) >= 2:
        return actors
    antecedent = next((d for d in reversed(drafts) if d.kind in JOINT
                       and sum(kinds[a] == "Person" for a in d.actors) >= 2), None)
    if antecedent is None:
        return actors
    return _unique([a for a in antecedent.actors if kinds[a] == "Person"] + people)


#: entities whose names may hold an event's word without stating an event ("اللجنة الوطنية للمؤتمر …",
#: "لجنة المفاوضات", "مجلس التعاون")
NAMING_KINDS = frozenset({"Organization", "Place", "Country"})


def _inside_a_name(span: Span, named: "_Index") -> bool:
    """The trigger is a word of an organization's or a place's name, not an event of the text."""
    if not named.starts:
        return False
    first = bisect_left(named.starts, span.start - MAX_NAME_REACH)
    last = bisect_left(named.starts, span.start + 1, lo=first)
    return any(item[0].end >= span.end and item[0] != span for item in named.items[first:last])


#: how far before a trigger the name that holds it may start
MAX_NAME_REACH = 120


class _Index:
    """Items keyed by span, sorted, for the ones inside a range (sentences) without a scan per range."""

    def __init__(self, items: list) -> None:
        # sorted by (span.start, span.end), stably: the keys are made in C (no Python call per item), and each
        # item's position settles ties before the items themselves are compared
        if len(items) > 1:
            items = [item for _, _, item in sorted(zip(map(_START_END, map(_FIRST, items)), count(), items))]
        else:
            items = list(items)
        self.items = items
        spans = map(_FIRST, items)
        self.starts = list(map(_START, spans))

    def within(self, start: int, end: int) -> list:
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end, lo=first)
        if first == last:
            return []
        return [item for item in self.items[first:last] if item[0].end <= end]


_FIRST = itemgetter(0)
_START_END = attrgetter("start", "end")
_START = attrgetter("start")


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


#: how far from a visit's trigger its visitor is named ("استقبل … الرويلي، رئيس هيئة الأركان …، الذي يزور")
VISITOR_REACH = 100
#: characters between a retold event's trigger and a date that is still its own
NEXT_TO = 20
#: how many of the latest events a retelling may be merged into
MERGE_WINDOW = 60
#: gatherings that, named without a date of their own in a sentence telling a phone call, are its topic
TOPICS_OF_A_CALL = frozenset({"Meeting", "Negotiation"})
#: events that take at least two parties
GATHERINGS = frozenset({"Meeting", "PhoneCall", "Negotiation"})
#: characters between a counterpart's country adjective and the name that may follow it, a title between them
#: ("نظيره الأمريكي، الرئيس دونالد ترامب")
COUNTERPART_NAME_REACH = 30


def _background(draft: "_Draft", published) -> bool:
    stamp = draft.time or draft.begin
    if stamp is None or published is None:
        return False
    return int(stamp.value[:4]) < published.year - 1


#: events during which others happen ("في نهاية الاجتماع وقع …", "خلال الزيارة")
OCCASIONS = frozenset({"Meeting", "Visit", "PhoneCall", "Negotiation"})
SEGMENTED = frozenset({"Appointment"})
#: what a leader is congratulated on, by a leader who takes no part in it
CONGRATULATED = frozenset({"Election", "Appointment"})
#: events whose verb's subject, a country or a body, takes part: who appoints or elects ("انتخب البرلمان X"), the
#: council that holds a session ("عقد مجلس الوزراء جلسته")
CHOSEN_BY_SUBJECT = frozenset({"Appointment", "Meeting"})


def _people_between(first: Span, second: Span, mentions, kinds) -> bool:
    return any(kinds[m.entity] == "Person" and first.end <= m.span.start < second.start for m in mentions)


def _segment(group: str, groups: dict, mentions, kinds, sentence_end: int) -> list[str]:
    """The people between this group's trigger and the next trigger of its class in the sentence; for the first
    of its class, from the sentence's start (its subject: "أدى X اليمين الدستورية أمام Y")."""
    start = groups[group][0][0].start
    kind = groups[group][0][1].kind
    starts = [members[0][0].start for members in groups.values() if members[0][1].kind == kind]
    later = sorted(other for other in starts if other > start)
    end = later[0] if later else sentence_end
    if start == min(starts):
        start = 0
    return _unique(m.entity for m in mentions
                   if kinds[m.entity] == "Person" and m.how != REPLACED and start <= m.span.start < end)


#: how many sentences after the first telling of a meeting, call or visit an agreement of its people may be told
#: of that occasion (its retellings between: "خلال قمة الثلاثاء في سنغافورة … ووقع الزعيمان في سنغافورة وثيقة")
OCCASION_REACH = 3


def _inherit_dates(drafts: list[_Draft], events: list[_Draft], opens_same_occasion: Callable[[int], bool],
                   kinds: dict[str, str]) -> None:
    """An undated event takes the date of a dated event its sentence retells ("في نهاية الاجتماع وقع …"),
    else that of the latest earlier dated event of its class (the reshuffle's later appointments), else that of
    the dated meeting, call or visit told up to OCCASION_REACH sentences before whose people include its two or
    more, for an agreement told anew, not retold by a definite noun ("استقبل X Y الثلاثاء … وشهد الرئيسان توقيع
    اتفاقيات"; not "يجب المحافظة على الاتفاق النووي"), else, in a sentence that opens by telling more of the occasion
    before it (``opens_same_occasion`` of its number: "وبهذه المناسبة، عين الملك …"), that of the latest dated
    event told in an earlier sentence."""
    occasions: dict[int, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        target = draft.merged_into
        if target is not None and target.kind in OCCASIONS and target.date_value():
            occasions[draft.sentence].append(target)
    latest: dict[str, _Draft] = {}
    latest_dated: _Draft | None = None  # of any class, dated by the text or by a class's earlier event
    dated_occasions: list[_Draft] = []
    for event in sorted(events, key=lambda e: e.sentence):
        if event.named:
            continue  # (the date of an agreement known by its name is its own, no date of the article's story)
        if event.date_value():
            latest[event.kind] = event
            latest_dated = event
            if event.kind in OCCASIONS:
                dated_occasions.append(event)
            continue
        same_sentence = [target for target in occasions.get(event.sentence, ()) if target is not event]
        earlier = latest.get(event.kind)
        source = same_sentence[0] if same_sentence else earlier
        people = {actor for actor in event.actors if kinds.get(actor) == "Person"}
        if source is None and event.kind == "Agreement" and len(people) >= 2 and not event.anaphoric:
            source = next((occasion for occasion in reversed(dated_occasions) if people <= set(occasion.actors)
                           and event.sentence - occasion.sentence <= OCCASION_REACH), None)
        if source is not None and source.sentence <= event.sentence:
            event.time, event.begin, event.end = source.time, source.begin, source.end
            latest_dated = event
        elif latest_dated is not None and latest_dated.sentence < event.sentence \
                and opens_same_occasion(event.sentence):
            event.time, event.begin, event.end = latest_dated.time, latest_dated.begin, latest_dated.end


LEAD_SENTENCES = 2


def _lead_dates(events: list[_Draft], doc) -> None:
    """A news lead reports what just happened: an undated event told in the headline or first sentence takes
    the publication date (as precise as a day only when the article's date is known)."""
    if doc.published is None:
        return
    for event in events:
        if event.date_value() is None and 0 <= event.sentence < LEAD_SENTENCES:
            event.time = TimeStamp(doc.published.isoformat(), None)


def _day_offset(text: str, trigger: Span, words: EventWords) -> int:
    """How many days the event lies from the other events of its sentence, by a word of the language's
    ``day_shifts`` among the two before its trigger ("the day after" a meeting puts it a day before them)."""
    for word in text[max(0, trigger.start - DAY_WORD_REACH):trigger.start].split()[-2:]:
        offset = words.day_shifts.get(word.strip("،,\"'"))
        if offset is not None:
            return offset
    return 0


#: how far before an event's noun a word of ``EventWords.day_shifts`` may start
DAY_WORD_REACH = 16


def _shifted(stamps: list, days: int) -> list:
    """The time stamps moved by ``days`` (a day's date only, as the fallback gives)."""
    if not days:
        return stamps
    return [(TimeStamp((date.fromisoformat(time.value) + timedelta(days=days)).isoformat(), time.span), begin, end)
            for time, begin, end in stamps]


def _demonstrative(text: str, start: int, words: EventWords) -> bool:
    before = text[max(0, start - 8):start].split()
    return bool(before) and before[-1].strip("،,") in words.demonstratives


def _may_take_part(key: str, kind: str, subtypes: dict, sources: set) -> bool:
    """Whether the entity ``key`` may be a party to an event of class ``kind``: not an outlet or the source
    that reports the article's events, a company only to an agreement, a monitor not to what it reports."""
    if subtypes.get(key) == "Company" and kind != "Agreement":
        return False  # "على تويتر": a platform or a company is a party only to what it signs
    if subtypes.get(key) == "NGO" and kind in REPORTED_BY_NGOS:
        return False  # "قال المرصد السوري إن غارات …": a monitor reports fighting, it takes no part
    return key not in sources and subtypes.get(key) not in NEWS_SUBTYPES


def _actors(kind, members, mentions, kinds, subtypes, sources, people, text, titles, words) -> list[str]:
    """The parties of an event, from the mentions of its sentence."""
    def usable(key: str) -> bool:
        return _may_take_part(key, kind, subtypes, sources)

    if kind == "Statement":
        # a formal statement belongs to the one who makes it: the subject right after the verb or noun
        span = members[0][0]
        # (the speaker's title may stand between: "قال الرئيس الكيني وليام روتو")
        following = [m for m in mentions if 0 <= _title_start(m, titles) - span.end <= 3 and usable(m.entity)
                     and kinds[m.entity] != "Place" and not m.is_adjective]
        return [following[0].entity] if following else []
    if kind == "Visit":
        # the visitor: the person nearest the trigger ("الذي يقوم بزيارة", "زيارة الرئيس X", "يزور X")
        span = members[0][0]
        # (a name whose title follows an indefinite noun is its genitive, right there: "زيارة ولي العهد الأمير X")
        construct = not members[0][1].definite and members[0][1].part == "noun"
        persons = [(0 if construct and 0 <= _title_start(m, titles) - span.end <= TITLE_GAP_AFTER
                    else _distance(m.span, span), m) for m in mentions if kinds[m.entity] == "Person"]
        persons = [(distance, m) for distance, m in persons if distance <= VISITOR_REACH
                   and not (m.span.start >= span.end and words.receiving.search(text, span.end, m.span.start))]
        before = [(distance, m) for distance, m in persons if m.span.end <= span.start]
        if words.visitor_named_before.search(span.text):
            persons = before  # "وكان في استقبال سموه لدى وصوله وزير الخارجية": the minister receives him
        elif words.on_a_visit.search(text, max(0, span.start - 6), span.start):
            # "وصل X إلى باريس في زيارة … يجري خلالها محادثات مع Y": the visitor is the subject before the noun
            persons = before or persons
        if not persons:
            # a visitor the text does not name is not someone named far off ("زيارة يقوم بها مسؤول …"); a
            # delegation visits for the country or body it comes from ("زار وفد رفيع المستوى من أسمرة …")
            return _delegation(span, mentions, kinds, text, words)
        _, nearest = min(persons, key=itemgetter(0))
        return [nearest.entity]
    if kind in PARTIES:
        # "اتهم وزير الخارجية X الولايات المتحدة", "اتفق الرئيس X وخصمه Y على وقف إطلاق النار": the people who
        # accuse or agree, and the countries and bodies named as parties (an adjective only says whose they are)
        named = _unique(m.entity for m in mentions if kinds[m.entity] in ("Country", "Organization")
                        and usable(m.entity) and not m.is_adjective)
        if people or named:
            # ("نفت إيران الاتهامات الأمريكية": and the accuser the adjective after the noun names)
            return _unique(list(people) + named + _owner_and_target(members[0], mentions, kinds, usable, text, words))
        # "اتهامات متبادلة بين القوات الأذربيجانية والأرمنية": with nobody named, the adjectives say whose
    if kind in OWNED:
        owned = _owner_and_target(members[0], mentions, kinds, usable, text, words)
        if owned:
            return owned
    if kind in COLLECTIVE:
        collective = _unique(m.entity for m in mentions if kinds[m.entity] in ("Country", "Organization")
                             and usable(m.entity))
        return collective or [p for p in people]
    if people:
        return list(people)

    # "وحضر الاجتماع في كازاخستان قادة الدول", "اجتماع مجلس الأمن بشأن سوريا", "الأوضاع في سوريا ولبنان": where
    # a gathering is held and what it is about, and what is joined to them by "و", are no parties to it
    topical = [False] * len(mentions)
    if kind in GATHERINGS:
        for number, mention in enumerate(mentions):
            start = mention.span.start
            topical[number] = bool(words.place_or_topic.search(text, max(0, start - 8), start)) or (
                number > 0 and topical[number - 1]
                and words.coordination.match(text[mentions[number - 1].span.end:start]) is not None)
    # (an adjective says whose something is, not who takes part, unless it names a side: "الجانبان المصري والسعودي")
    return _unique(m.entity for m, aside in zip(mentions, topical) if kinds[m.entity] in ("Country", "Organization")
                   and usable(m.entity) and not aside
                   and (not m.is_adjective or words.sides_of.search(text, max(0, m.span.start - 30), m.span.start)))


def _unnamed_counterparts(mentions, actors: list[str], kinds, text: str, titles, affiliations,
                          words: EventWords) -> list[str]:
    """The countries whose adjectives follow a counterpart noun that names no one ("نظيره الأرميني", "نظيريه
    السوداني والإثيوبي" with no name after them: the title of no post), unless one of the ``actors`` already
    holds a post of that country."""
    held = [span for spans in titles.values() for span in spans]
    represented = {country for actor in actors for country in affiliations.get(actor, ())}

    def country_adjective(mention) -> bool:
        return mention.is_adjective and kinds[mention.entity] == "Country" \
            and not any(span.start <= mention.span.start and mention.span.end <= span.end for span in held)

    found: list[str] = []
    for number, mention in enumerate(mentions):
        if not (country_adjective(mention)
                and words.counterpart_of.search(text, max(0, mention.span.start - 12), mention.span.start)):
            continue
        last = number
        while last + 1 < len(mentions) and country_adjective(mentions[last + 1]) \
                and words.coordination.match(text[mentions[last].span.end:mentions[last + 1].span.start]):
            last += 1
        following = mentions[last + 1] if last + 1 < len(mentions) else None
        if following is not None and kinds[following.entity] == "Person" \
                and following.span.start - mentions[last].span.end <= COUNTERPART_NAME_REACH:
            continue  # "ونظيره الأمريكي، الرئيس دونالد ترامب": named after all
        found.extend(m.entity for m in mentions[number:last + 1] if m.entity not in represented)
    return found


def _joint_adjectives(members, mentions, kinds, text: str, words: EventWords) -> list[str]:
    """The countries or bodies whose adjectives, two or more, follow a joint event's noun ("اتفاق سعودي إيراني",
    "محادثات أمريكية صينية"): its parties."""
    found: list[str] = []
    for span, trigger in members:
        if trigger.part != "noun":
            continue
        cursor = span.end
        for mention in mentions:
            if mention.span.start < cursor:
                continue
            gap = text[cursor:mention.span.start]
            # (the first right after the noun, the next after "و" or a space)
            joined = words.to_owner.fullmatch(gap) if not found else words.coordination.match(gap) or not gap.strip()
            if not (mention.is_adjective and kinds[mention.entity] in ("Country", "Organization") and joined):
                break
            found.append(mention.entity)
            cursor = mention.span.end
        if len(found) >= 2:
            return _unique(found)
        found = []
    return []


def _owner_and_target(member, mentions, kinds, usable, text: str, words: EventWords) -> list[str]:
    """The country or body an adjective right after an event's noun says the event is of, and the one it is
    against ("القصف الإسرائيلي على …", "العقوبات الأمريكية على إيران"): not whoever else the sentence names
    ("أدان الرئيس التركي القصف الإسرائيلي")."""
    span, trigger = member
    if trigger.part != "noun":
        return []
    parties = [m for m in mentions if kinds[m.entity] in ("Country", "Organization") and usable(m.entity)]
    owner = next((m for m in parties if m.is_adjective and m.span.start >= span.end
                  and words.to_owner.fullmatch(text, span.end, m.span.start)), None)
    if owner is None:
        return []
    target = next((m for m in parties if m.span.start >= owner.span.end
                   and words.against.fullmatch(text, owner.span.end, m.span.start)), None)
    return [owner.entity] + ([target.entity] if target and target.entity != owner.entity else [])


def _condemned_owner(verb: Span, groups: dict, mentions, kinds, subtypes, sources, text: str,
                     words: EventWords) -> list[str]:
    """The country or body whose attack a verb of condemning names next in its sentence, by the adjective after
    the attack's noun ("أدانت السعودية القصف الإسرائيلي على غزة": Israel)."""
    condemned = min((members[0] for members in groups.values()
                     if members[0][1].kind in CONDEMNED and members[0][0].start > verb.end),
                    key=lambda member: member[0].start, default=None)
    if condemned is None:
        return []
    owned = _owner_and_target(condemned, mentions, kinds,
                              lambda key: _may_take_part(key, "Accusation", subtypes, sources), text, words)
    return owned[:1]


#: how far from a visit's trigger the delegation that makes it may stand ("زار وفد", "وفد … في زيارة")
DELEGATION_REACH = 40


def _delegation(trigger: Span, mentions, kinds, text: str, words: EventWords) -> list[str]:
    """The country or body whose delegation makes a visit: the one named right after a delegation near the
    trigger ("وفد من أسمرة", "وفد أمريكي", "وفد حركة حماس")."""
    for mention in mentions:
        if kinds[mention.entity] not in ("Country", "Organization", "Place") or \
                _distance(mention.span, trigger) > DELEGATION_REACH:
            continue
        if words.delegation.search(text, max(0, mention.span.start - DELEGATION_WORDS), mention.span.start):
            return [mention.entity]
    return []


#: how many characters the delegation and its words may take before the name ("الوفد العسكري الرفيع المستوى من ")
DELEGATION_WORDS = 48


def _parties_between(members, mentions, kinds, text: str, words: EventWords) -> list[str]:
    """The parties named after "بين" in an agreement's noun phrase, or as the subject right after its verb
    ("وقعت مصر والاتحاد الأوروبي اتفاقا"): the first name there and the names coordinated with it by "و" ("بين
    وزارة الطاقة، واللجنة الوطنية للطاقة")."""
    parties = _verb_subjects(members, mentions, kinds, text, words)
    for span, _ in members:
        window = text[span.end:span.end + BETWEEN_REACH]
        found = words.between.search(window)
        if found is None or _CLAUSE_BREAK.search(window, 0, found.start()):
            continue
        parties.extend(_coordinated(span.end + found.end(), MAX_GAP_AFTER_BETWEEN, mentions, kinds, text, words))
    return _unique(parties)


def _genitives(members, mentions, kinds, text: str, words: EventWords) -> list[str]:
    """The names right after the event's nouns, in construct with them ("قمة الاتحاد الأفريقي")."""
    return _unique(party for span, trigger in members if trigger.part == "noun"
                   for party in _coordinated(span.end, MAX_GAP_AFTER_WORD, mentions, kinds, text, words)[:1])


def _verb_subjects(members, mentions, kinds, text: str, words: EventWords) -> list[str]:
    """The countries and bodies named right after the event's verbs of one word, and joined to them by "و": their
    subjects ("وقعت مصر والاتحاد الأوروبي", "انتخب البرلمان الكيني X"; not the office a phrase names, "تولى
    رئاسة تركيا")."""
    return _unique(party for span, trigger in members if trigger.part == "verb" and " " not in span.text
                   for party in _coordinated(span.end, MAX_GAP_AFTER_WORD, mentions, kinds, text, words))


def _coordinated(cursor: int, first_gap: int, mentions, kinds, text: str, words: EventWords) -> list[str]:
    """The person, country or body named within ``first_gap`` characters after ``cursor`` (no place, no
    adjective), and those joined to it by "و"."""
    parties: list[str] = []
    first = True
    for mention in mentions:
        if mention.span.start < cursor:
            continue
        gap = text[cursor:mention.span.start]
        if not (len(gap) <= first_gap if first else words.coordination.match(gap)):
            break
        if kinds[mention.entity] == "Place" or mention.is_adjective:
            if first:
                break
            continue
        parties.append(mention.entity)
        cursor, first = mention.span.end, False
    return parties


#: what may stand between a verb and its subject, or a noun and the name in construct with it (a space)
MAX_GAP_AFTER_WORD = 1
#: what may stand between "بين" and the first party ("بين شركتي …")
MAX_GAP_AFTER_BETWEEN = 8
_CLAUSE_BREAK = re.compile(r"[.،,؛;:]")


def _where(kind, trigger: Span, mentions, kinds, subtypes, actors: set[str]) -> tuple[str | None, list[str]]:
    """Where the event happened and what it was about."""
    places = [m for m in mentions if kinds[m.entity] in PLACE_KINDS and not m.is_adjective
              and m.entity not in actors]
    if kind in LOCATED:
        after = [m for m in places if m.span.start >= trigger.start] or places
        return (after[0].entity if after else None), []
    cities = [m for m in places if subtypes.get(m.entity) in ("City", "Capital")]
    place = cities[0].entity if cities else None
    about = _unique(m.entity for m in places if m.entity != place)
    return place, about


#: how many characters may stand between a title and the name it is the title of (an honorific: "الأمير ")
TITLE_GAP = 20
#: how many characters may stand between an event's noun and the title of the person in its genitive
TITLE_GAP_AFTER = 2


def _title_start(mention, titles: dict[str, list[Span]]) -> int:
    """Where the title of ``mention``'s person starts, if one stands right before it; else where it starts."""
    start = mention.span.start
    for title in titles.get(mention.entity, ()):
        if title.end <= start <= title.end + TITLE_GAP:
            return title.start
    return start


def _calls_of_one(kind: str, trigger, span: Span, actors: list[str], mentions, kinds) -> list[list[str]]:
    """"أجرى بلينكن اتصالين هاتفيين بالبرهان وحميدتي": calls in the dual or plural that one person named before
    them made with several named after them are a call with each (a call joins two sides); else nothing."""
    if kind != "PhoneCall" or not trigger.plural:
        return []
    people = [actor for actor in actors if kinds.get(actor) == "Person"]
    before = {m.entity for m in mentions if m.entity in people and m.span.end <= span.start}
    after = [p for p in people if p not in before and any(m.entity == p and m.span.start >= span.end
                                                           for m in mentions)]
    if len(before) != 1 or len(after) < 2:
        return []
    caller = next(iter(before))
    return [[caller, other] for other in after]


def _judged(noun: Span, sentence_start: int, triggers: list, text: str, words: EventWords) -> bool:
    """A word of judging stands before the event's noun in its sentence, with the noun for its object: no other
    trigger between them, and no preposition right before the noun that makes it a frame ("أشاد خلال الاتصال
    بالتعاون": the praise was said in the call)."""
    judging = [*words.judging.finditer(text, max(sentence_start, noun.start - JUDGING_REACH), noun.start)]
    if not judging:
        return False
    after = judging[-1].end()  # (the word nearest the noun)
    if words.framing.search(text, after, noun.start):
        return False
    return not any(after <= span.start < noun.start for span, _ in triggers)


def _distance(a: Span, b: Span) -> int:
    return max(0, a.start - b.end, b.start - a.end)


def _claim_dates(groups: dict[str, list], dates, text: str, words: EventWords) -> dict[str, list]:
    """Each date of a sentence goes to the event whose trigger is nearest to it, or to the event a relative
    clause holding the date describes ("الهدنة التي أنهت الحرب عام 1953 إلى معاهدة": the truce's year)."""
    claimed: dict[str, list] = {kind: [] for kind in groups}
    for span, expression in dates:
        owner = _described_by_clause(groups, span, text, words)
        if owner is None:
            candidates = list(groups)
            aside = _relative_aside(span, text, words)
            if aside is not None:
                # "وأعلن X، الذي تولى المنصب في أبريل، الحكومة": the date of a relative clause set off by commas
                # is of what that clause tells or of the event it describes ("الانتخابات الرئاسية، التي تجرى
                # الأسبوع المقبل،"), not of another event
                candidates = [kind for kind in groups if any(
                    aside[0] <= s.start < aside[1] or 0 <= aside[0] - 1 - s.end <= ASIDE_NOUN_REACH
                    for s, _ in groups[kind])]
                if not candidates:
                    continue
            # a date outside a quotation belongs to the events told outside it (قال … السبت "إذا كانت الزيارة …")
            side = [kind for kind in candidates if any(_same_side(text, s, span) for s, _ in groups[kind])]
            owner = min(side or candidates, key=lambda kind: min(_distance(span, s) for s, _ in groups[kind]))
        claimed[owner].append((span, expression))
    return claimed


#: how far before the comma that opens a relative clause the event it describes may end (its noun and an
#: adjective: "الانتخابات الرئاسية، التي …")
ASIDE_NOUN_REACH = 12


def _relative_aside(when: Span, text: str, words: EventWords) -> tuple[int, int] | None:
    """The ``(start, end)`` of the relative clause set off by commas that holds the date ``when``
    ("، الذي تولى المنصب في أبريل،"), if it stands in one."""
    comma = max(text.rfind("،", 0, when.start), text.rfind(",", 0, when.start))
    if comma < 0 or _CLAUSE_BREAK.search(text, comma + 1, when.start) or not words.relative.match(text, comma + 1):
        return None
    closing = _CLAUSE_BREAK.search(text, when.end)
    if closing is None or text[closing.start()] not in "،,":
        return None  # (a clause that runs to the end of its sentence is no aside)
    return comma + 1, closing.start()


QUOTES = frozenset('"“”«»')
#: any of QUOTES: one search in C rather than a test per character
_QUOTE = re.compile("[%s]" % "".join(sorted(QUOTES)))


def _same_side(text: str, a: Span, b: Span) -> bool:
    """Both spans stand inside the same quotation, or both outside any: no quotation mark between them."""
    low, high = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    return _QUOTE.search(text, low, high) is None


#: how long a relative clause that still holds its noun's date may be
RELATIVE_REACH = 60


def _described_by_clause(groups: dict[str, list], when: Span, text: str, words: EventWords) -> str | None:
    """The group whose trigger is followed by a relative clause that holds the date ``when``, if any."""
    before = [(s, group) for group, members in groups.items() for s, _ in members
              if s.end <= when.start and when.start - s.end <= RELATIVE_REACH]
    if not before:
        return None
    span, group = max(before, key=lambda item: item[0].end)
    between = text[span.end:when.start]
    if words.relative.match(between) and not _CLAUSE_BREAK.search(between):
        return group
    return None


def _dates_for(trigger: Span, plural: bool, dates, all_dates):
    """The time stamps of an event: its nearest claimed date, or each date following a plural trigger."""
    if plural:
        following = [(s, d) for s, d in all_dates if s.start >= trigger.end and s.start - trigger.end < 120]
        if len(following) > 1:
            dates = following
    if not dates:
        return []

    def stamp(span: Span, expression):
        if expression.end_value:
            return None, TimeStamp(expression.value, span), TimeStamp(expression.end_value, span)
        return TimeStamp(expression.value, span), None, None

    if plural:
        following = [(s, d) for s, d in dates if s.start >= trigger.end and s.start - trigger.end < 120]
        if len(following) > 1:
            return [stamp(s, d) for s, d in following]
    nearest = min(dates, key=lambda item: min(abs(item[0].start - trigger.end), abs(trigger.start - item[0].end)))
    return [stamp(*nearest)]


#: how many days before an article's publication an event of its lead is the news of its headline
RECENT_DAYS = 7


def _recent(value: str | None, published: date | None) -> bool:
    """An undated event, or one dated to a day at most RECENT_DAYS before ``published``."""
    if value is None:
        return True
    if published is None or len(value) != 10:
        return False
    try:
        days = (published - date.fromisoformat(value)).days
    except ValueError:
        return False
    return 0 <= days <= RECENT_DAYS


def _merge(drafts: list[_Draft], headline: int | None = None, published: date | None = None) -> list[_Draft]:
    """Merge each retelling into the event it retells. An event of the headline (sentence number ``headline``)
    is the one of its kind the lead (the LEAD_SENTENCES after it) tells with all its actors or among them, one
    shared actor sufficing, when the lead tells it undated or in the days before ``published`` (RECENT_DAYS):
    "واشنطن تفرض عقوبات على إيران" and the Treasury's sanctions on Iran on Tuesday, not the aid frozen a year
    before that the headline's aid restores."""
    events: list[_Draft] = []
    for draft in drafts:
        target = None
        if draft.kind == "Statement":
            events.append(draft)  # reporting verbs are kept apart; they are dropped after merging
            continue
        # retellings are near, and a window keeps huge inputs linear
        recent = [e for e in events[-MERGE_WINDOW:] if e.kind != "Statement"]
        candidates = [e for e in reversed(recent) if e.kind == draft.kind] + \
            [e for e in reversed(recent) if e.kind != draft.kind and draft.compatible(e)]
        # (the draft does not change while its candidates are compared: its date and actors are taken once)
        draft_date = draft.date_value()
        draft_actors = set(draft.actors)
        # "وأدى الوزراء الجدد اليمين الدستورية" after a list of appointments: what retells a list retells none of
        # its events alone
        listed = draft.anaphoric and draft.kind in SEGMENTED and sum(e.kind == draft.kind for e in recent) > 1
        for event in candidates:
            event_date = event.date_value()
            if _dates_conflict(draft_date, event_date):
                continue
            same_date = draft_date is not None and draft_date == event_date
            event_actors = set(event.actors)
            shared = draft_actors & event_actors
            contained = bool(shared) and (draft_actors <= event_actors or event_actors <= draft_actors)
            if listed and event.kind == draft.kind:
                continue
            if event.named and draft.kind == event.kind and shared and draft_date and event_date.startswith(draft_date):
                target = event  # "الاتفاق الموقع عام 2015 مع إيران": the agreement known by its name, retold
                break
            if draft.kind in SEGMENTED and event.kind in SEGMENTED and not draft.anaphoric:
                # a list of agreements or appointments: each is its own event unless told with the same parties
                if draft_actors == event_actors and draft.actors:
                    target = event
                    break
                continue
            headline_told = headline is not None and event.sentence == headline and event.kind == draft.kind \
                and draft.sentence <= headline + LEAD_SENTENCES and _recent(draft_date, published)
            retold = draft.retold and event.kind == draft.kind and draft.kind in SIGNED
            if same_date or draft.anaphoric or retold or (contained and (len(shared) >= min(2, len(draft.actors))
                                                               or headline_told)):
                target = event
                break
        if target is None:
            events.append(draft)
            continue
        draft.merged_into = target
        if draft.kind in SIGNED and target.kind in draft.also and not draft.anaphoric:
            # "اتفق كير ومشار على وقف دائم لإطلاق النار": the agreement is of the more specific class, a ceasefire
            # (not one retold in it: "بيانا مشتركا يدعو إلى تحويل الهدنة التي أنهت القتال")
            target.also.add(target.kind)
            target.kind = draft.kind
        if draft.named and not target.named:
            # (a retelling told first: the agreement known by its name gives the event its parties and date)
            target.actors, target.parties, target.named = list(draft.actors), [], True
            target.time, target.begin, target.end = draft.time, None, None
        elif not target.named:
            target.actors.extend(a for a in draft.actors if a not in target.actors)
            target.parties.extend(a for a in draft.parties if a not in target.parties)
        target.evidence.extend(draft.evidence)
        target.also |= draft.also | ({draft.kind} - {target.kind})
        target.about.extend(a for a in draft.about if a not in target.about)
        target.time = target.time or draft.time
        target.begin = target.begin or draft.begin
        target.end = target.end or draft.end
        target.place = target.place or draft.place
        target.source = target.source or draft.source
    return events


STAGE = Stage("events", requires=("posts_done", "sentence_spans"), produces=("events_done",), run=run)

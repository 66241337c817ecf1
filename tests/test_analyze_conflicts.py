"""The "Conflicts" section against hand-checked pairs (fixtures/conflict_gold.json, judged
with tests/gold.py) and the false
conflicts it used to show, on the seeds and raw Multi-News validation clusters."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from chorus import Article, brief
from chorus.analyze import durations, negations
from chorus.analyze.conflicts import holding
from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_scopes import named_places, scope
from chorus.analyze.durations import duration_conflicts, durations_after, durations_before
from chorus.analyze.floors import LEVEL_WORDS, level_reason, levels
from chorus.analyze.joined import Joined
from chorus.analyze.measures import FREQUENCY_STEMS, UNIT_STEMS, frequencies, measures
from chorus.analyze.model import Analysis, Conflict
from chorus.analyze.positions import (
    CLOCK_WORDS,
    DISTANCE_STEMS,
    STOREY_STEMS,
    clocks,
    distances,
    storeys,
    told,
)
from chorus.analyze.similarity import stems
from chorus.analyze.spans import MONTH_STEMS, figures, spans
from chorus.analyze.spoken_denials import spoken_denials
from chorus.api import as_articles
from chorus.clean import clean
from chorus.language.count_disagreement import disagreement
from chorus.language.counts import COUNT_WORDS, QUANTITIES, counts
from chorus.model import Sentence
from chorus.render import to_markdown
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import NONE_JUDGED, GoldPair, Judged, as_written, inputs, judge_pairs, load, places

GOLD = load("conflict_gold")
DUC_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_gold.json").read_text(encoding="utf-8")
)["duc"]
DUC = DATA / "duc2003-task2.jsonl.gz"


def shown_pairs(conflicts: Sequence[Conflict]) -> list[tuple[Sentence, Sentence]]:
    """A shown pair is a sentence of a conflict's one side with one of its other side."""
    return [(x, y) for c in conflicts for x in c.side_a for y in c.side_b]


def judge(
    conflicts: Sequence[Conflict], place: Mapping[str, int], pairs: Sequence[GoldPair]
) -> Judged:
    """A gold real conflict is found when its sentences stand on the two sides of one."""
    shown = shown_pairs(conflicts)
    return judge_pairs(shown, shown, place, pairs)


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[Analysis, dict[str, int], list[Article]]]:
    """Each gold cluster's analysis, the documents' places by article id, its articles."""
    result = {}
    for name, documents in inputs(c["id"] for c in GOLD).items():
        briefing = brief(documents, words=100)
        assert briefing.analysis is not None
        articles = [d.article for d in briefing.documents]
        result[name] = (briefing.analysis, places(documents), articles)
    return result


def _total(analysed) -> Judged:
    judged = (judge(analysed[c["id"]][0].conflicts, analysed[c["id"]][1], c["pairs"]) for c in GOLD)
    return sum(judged, NONE_JUDGED)


def _shown(analysed, cluster: str, words_a: str, words_b: str) -> bool:
    """Whether a conflict sets a sentence holding `words_a` against one holding `words_b`."""
    return any(
        (words_a in as_written(x) and words_b in as_written(y))
        or (words_b in as_written(x) and words_a in as_written(y))
        for x, y in shown_pairs(analysed[cluster][0].conflicts)
    )


def _sentence(analysed, cluster: str, words: str) -> str:
    """The text of the sentence of a cluster holding `words`, split as the analysis splits."""
    sentences = (s for a in analysed[cluster][2] for s in split(clean(a)))
    return next(s.text for s in sentences if words in s.text)


def test_conflict_pairs_are_mostly_real(analysed):
    total = _total(analysed)
    # A shown pair no gold pair names counts as wrong: label it in conflict_gold.json.
    # When any number near a counting word was read: 11 real of 73 shown (0.15); with
    # counts attached to what they count, 9 of 16; with places, attackers and citations, 9
    # of 10; with floors, attackers counted "of the gunmen", article weekdays and the ages
    # of named people, 16 of 16; with spoken negations ("has never asked Mr. Comey"), 20
    # of 20; with measurements, frequencies and spans of months, 24 of 24; with distances,
    # storeys of a fall and clock times of one moment, 27 of 27; with floors of one
    # scene, 28 of 28; with the outlets behind each figure and durations of one named
    # thing, 31 of 31 (33 of 33 by the tenth pass; 32 of 32 by the eleventh: 599's
    # committee letter, whose only cue is a negated "no evidence", is no claim); 32 of 32
    # with one event's two years (val-2031's heist of 1899 or 1900, the twentieth pass);
    # 35 of 35 with sums of one thing (val-932's tax revenue, two pairs, the twenty-first);
    # 34 of 34 once val-4623's two polar bear pairs were judged no conflict (the claim's
    # own sentence tells the agency's side: "but FWS maintains", the twenty-second); 35 of
    # 35 with one part of a text given two ordinals (val-1513's anthem line, the
    # twenty-third); 33 of 33 once val-2115's Enoch pair (in the gold twice) was judged no
    # conflict (the claim is the denier's own admission, both articles tell both, the
    # twenty-fourth); 35 of 35 with a negation set against reports (val-1334's "despite the
    # reports, he has not met with Kim", the twenty-ninth); 37 of 37 with a claim of a
    # thing against a report that none was found (val-1212's "no weapon was found", the
    # fortieth); 38 of 38 with the claim's own article's "a gun was never recovered" on
    # the finding's side (the forty-first); 42 of 42 with one person's act on two days
    # and one street at two blocks (val-5484's two arrests and car wash, the forty-second);
    # 51 of 51 with a couple one partner denies (val-4321's nine "her boyfriend, Darby
    # Johns" / "not his girlfriend" pairs, every article telling both, the forty-seventh);
    # 54 of 54 with one person's two academic ranks and a police verdict on a story
    # (val-315's Kanan, val-2067's "all a lie according to police", the forty-eighth); 53
    # of 53 once val-599's Lerner pairs were judged no conflict (the claim's outlet tells
    # her innocence too, the fiftieth); 54 of 54 with the story's indictment on two days
    # (val-1703's "indicted Thursday" / "handed up Tuesday", the fifty-first); 55 of 55 with
    # one account's making in two months (val-1703's March / July 2016, the fifty-third).
    assert total.right >= 55
    assert total.right / total.shown >= 0.9, total


def test_conflicts_still_find_most_real_ones(analysed):
    total = _total(analysed)
    assert total.found >= 55, total


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        # A name and an age read as a count of ages: "Channel 11 News" / "one of her ...".
        ("multi_news-val-4486", "Channel 11 News reported", "obsessed"),
        # "died Tuesday (June 20) at age 42": a date and an age, not a toll.
        ("multi_news-val-410", "died Tuesday (June 20)", "died at the age of 42"),
        # "the four living original members ... three 50th-anniversary shows".
        ("multi_news-val-907", "four living original members", "four surviving"),
        # "H 2 (96% Faraday efficiency)" and "57 percent" are shares of different things.
        ("multi_news-val-315", "H 2 (96% Faraday", "57 percent faradaic"),
        # "six of those arrested" is a part of the 12, not a rival total.
        ("multi_news-val-4684", "12 people were arrested", "six of those arrested"),
        # Tuesday's four and Monday's 125.
        ("multi_news-val-2534", "As day broke on Tuesday", "As many as 125 people died"),
        # Tuesday's four and a 125 with no day in an article that speaks only of Monday.
        ("multi_news-val-2534", "As day broke on Tuesday", "a total of 125 people"),
        # Two of the gunmen are no rival of the 2,000 security forces the insurgents killed.
        ("multi_news-val-290", "killed two of the gunmen", "more than 2,000 members"),
        # Amber Pasztor, 29, and her son Rene, 6: a bare "Pasztor" stands for neither.
        ("multi_news-val-5388", "Pasztor, 29", "6-year-old Rene Pasztor"),
        # "As many as 125" across Syria allows the 104 in Homs.
        ("multi_news-val-2534", "104 people were killed Monday", "As many as 125"),
        # "will be denied entry" denies no claim.
        ("multi_news-val-2534", "Catherine Ashton", "will be denied entry"),
        # "Nixon denies it": another story's denial.
        ("multi_news-val-4035", "The disclosure by the New York Times", "Nixon denies it"),
        # An affair denied, an agreement claimed, both in one article.
        ("multi_news-val-2986", "no question", "Cohen has denied there was ever an affair"),
        # Percentages of different wholes (age groups, years).
        ("multi_news-val-465", "32.1 percent of people", "42 percent of Canadian adults"),
        # The fleet sailed on the 18th, the ship sank on the 24th.
        ("multi_news-val-4688", "On October 18 1944", "The Musashi sank on October 24"),
        # A village inside the area counted: "in the Idlib area" / "on the village of Sarmeen".
        ("multi_news-val-2534", "killed in the Idlib area", "village of Sarmeen"),
        # "20 people dead, including the three gunmen" is the 17 victims and the gunmen.
        ("multi_news-val-167", "including the three gunmen", "killed 17 people"),
        # Deaths avoided are no toll.
        ("multi_news-val-3954", "627,000 deaths", "malaria deaths have been avoided"),
        # "the two other dogs injured", "injuring five others": the rest, no total.
        ("multi_news-val-3613", "two other dogs injured", "injuring five others"),
        # A time given "shortly before 2:30 p.m." and "around 2:20 p.m." agree.
        ("multi_news-val-4840", "shortly before 2:30 p.m.", "around 2:20 p.m."),
        # "a seven-story apartment building" is no fall; "third-floor office" no storey fallen.
        ("multi_news-val-4840", "third-floor office", "third floor office"),
        # The dates of citations of FBI interviews ("(... 302, February 3, 2009 p. 3)").
        ("multi_news-val-2145", "February 2, 2009, p. 7", "Obama expressed his belief"),
        ("multi_news-val-2145", "on November 3, 2008", "Obama expressed his belief"),
        # One session's share price at two moments: a stub's "in recent after-hours trading"
        # written at the release, and the fall after the analysts' call (a percentage rivals
        # nothing: the thirteenth and fifty-second passes).
        ("multi_news-val-4775", "fell less than 1% in recent after-hours", "fell 10 percent in"),
    ],
)
def test_false_conflicts_are_gone(analysed, cluster, words_a, words_b):
    assert not _shown(analysed, cluster, words_a, words_b)


def test_real_conflicts_are_kept(analysed):
    # Two tolls of one Monday: "at least 144" cannot be "as many as 125".
    assert _shown(
        analysed,
        "multi_news-val-2534",
        "At least 144 people were reported killed",
        "As many as 125",
    )
    # One Sunday's Aleppo explosion: two killed, or at least three.
    assert _shown(analysed, "multi_news-val-290", "explosion killed two", "at least three people")
    # Two counts of one part: "including three children" / "including two children".
    assert _shown(analysed, "multi_news-val-1090", "three children", "two children")
    # A denial that names only who denies ("Lerner, who has denied any wrongdoing") answers
    # the claims made about them, but not one whose own outlet tells the accused's side too
    # ("Lerner's lawyer issued a statement Wednesday declaring her innocence"): the outlets
    # report one dispute alike (the Multi-News+ copy, whose AP article is cut before the
    # lawyer's statement, still shows it: test_analyze_conflicts_plus12).
    assert not _shown(
        analysed, "multi_news-val-599", "uncovered evidence that Lois Lerner", "denied any"
    )
    # A floor far below another estimate: "more than 7,500" is the UN's figure, not 9,000.
    assert _shown(analysed, "multi_news-val-2534", "9,000 people have been", "more than 7,500")
    # "killed two of the gunmen" counts the attackers, as "Three terrorists were killed" does.
    assert _shown(analysed, "multi_news-val-290", "two of the gunmen", "Three terrorists")
    # One person, two ages, in sentences that tell different things.
    assert _shown(analysed, "multi_news-val-5388", "66-year-old Frank Macomber", "Macomber, 65")
    assert _shown(analysed, "multi_news-val-4486", "29-year-old Geraldine", "Alcorn, 28")
    # A middle name is no other person: "Kevin Deon Johnson, 24" / "Kevin Johnson, 25".
    assert _shown(analysed, "multi_news-val-5484", "Kevin Deon Johnson, 24", "Johnson, 25, also")
    # A negated action someone is reported saying denies the action reported elsewhere.
    assert _shown(analysed, "multi_news-val-4321", "kissing a woman", "he didn't kiss the woman")
    assert _shown(
        analysed, "multi_news-val-4035", "he asked Comey to stop", "has never asked Mr. Comey"
    )
    # ... but not a state affirmed by a sentence that goes on to the other side's word
    # ("... the bear is in danger of extinction, but FWS maintains that ..."): the dispute
    # every outlet reports, no conflict between them.
    assert not _shown(
        analysed,
        "multi_news-val-4623",
        "shows that the bear is in danger",
        "polar bears were not considered to be in danger",
    )
    # One peak given two heights, in metres and feet alike.
    assert _shown(analysed, "multi_news-val-1902", "8,027-meter", "26,291-foot (8,013 m)")
    # "shot once in the right leg" / "struck twice in the leg": one act, two frequencies.
    assert _shown(analysed, "multi_news-val-576", "shot once in the right", "struck twice")
    # One outbreak, its 87 sickened in common, over two spans of months.
    assert _shown(analysed, "multi_news-val-5077", "from June 2014 through", "between May 2014")
    # (1397's "six stories below" against "eight stories below" was a caption's, "... (via
    # Facebook)", cleaned out since the thirtieth cleaning pass: test_clean_pass30.py.)
    # One moment, two clock times, in sentences that are each other's best match.
    assert _shown(analysed, "multi_news-val-1397", "around 11:40 a.m.", "around 10:30 a.m.")
    # One place, two distances from another, whatever else the sentences say.
    assert _shown(
        analysed, "multi_news-val-393", "about 125 miles northwest", "90 miles north of Las"
    )
    # One rescue, two floors, in sentences only 0.26 alike that share what was done there.
    assert _shown(analysed, "multi_news-val-1397", "down to the 17th floor", "15th-floor shaft")
    # A figure given by a sentence too unlike its rival to be paired with it (0.23), beside
    # another outlet's sentence that gives it and is paired (0.36).
    assert _shown(
        analysed, "multi_news-val-2534", "a total of 125 people", "At least 144 people were"
    )
    # One filibuster, two durations, in sentences 0.16 and 0.18 alike.
    assert _shown(analysed, "multi_news-val-4960", "nearly 13-hour filibuster", "–11 hours")
    assert _shown(analysed, "multi_news-val-4960", "whose 13-hour filibuster", "–11 hours")


def test_a_denial_pointing_back_at_a_claim_answers_what_was_said_of_the_denier(analysed):
    # "refutes this claim": the claim is the State Department's, reported by another
    # article with no assertion word ("said ... UNFPA “supports, or participates in").
    assert _shown(
        analysed, "multi_news-val-4039", "supports, or participates in", "UNFPA refutes this"
    )
    # The denier's own statements are no claim it refutes.
    assert not _shown(analysed, "multi_news-val-4039", "UNFPA said its mission", "refutes this")
    assert not _shown(analysed, "multi_news-val-4039", "UNFPA said it regrets", "refutes this")


def test_near_equal_figures_of_one_unit_are_one_quantity_only_when_no_unit_agrees(analysed):
    # a conversion rounded differently: 19,350 and 19,356 feet, both 5,900 m
    assert not _shown(analysed, "multi_news-val-1902", "(19,350 feet)", "19,356 feet (5,900 m)")
    # 5,900 m and 5,700 m are 3.4 % apart: where bodies were found and a base camp
    assert not _shown(analysed, "multi_news-val-1902", "(19,350 feet)", "18,700 feet (5,700 m)")
    peak = _sentence(analysed, "multi_news-val-1902", "8,027-meter")
    ((metres, feet),) = [m.readings for m in measures(peak)]
    assert (metres.unit, metres.value, feet.unit, feet.value, feet.step) == (
        ("m", 8027, "ft", 26330, 10)
    )
    # a bounded figure is no measurement of its own: "about 8,000 meters"
    assert not measures("The climbers turned back at about 8,000 meters.")


def test_frequencies_are_of_one_act_only_when_what_follows_is_shared(analysed):
    wife = _sentence(analysed, "multi_news-val-576", "shot once in the right leg")
    assert [(f.value, f.after) for f in frequencies(wife)] == [(1, {"right", "leg"})]
    # two victims of one shooting (multi_news-val-4840's words): two acts, not one
    (face,) = frequencies("According to Whelan, he shot Hunt two times in the face.")
    (torso,) = frequencies("Plotts was hit three times in the torso, Whelan said.")
    assert face.after.isdisjoint(torso.after)
    # DUC's and raw text's other senses of "once" and "times" are no frequency
    for text in (
        "Once the homework is done, they're just jumping on the trampoline.",
        "So we do our school and once they're done, we pack up the van.",
        "a lifetime cancer risk 100 times greater than what it was",
        "A parking lot in Scotland was once the site of a Viking parliament.",
        "It had to happen at once, more than once, twice a week.",
    ):
        assert not frequencies(text), text


def test_spans_need_a_figure_of_their_event_in_common(analysed):
    outbreak = _sentence(analysed, "multi_news-val-5077", "between May 2014 and November")
    (span,) = spans(outbreak)
    assert (span.start, span.end) == ((2014, 5), (2015, 11))
    assert "87" in figures(outbreak)
    assert not {"2014", "2015"} & figures(outbreak)
    # a day's span is no span of months: "from March 3 to April 5, 2016"
    assert not spans("He was held from March 3 to April 5, 2016.")


def _reason(analysed, cluster: str, words: str) -> str:
    """The reason of the conflict of a cluster with a sentence holding `words`."""
    conflicts = analysed[cluster][0].conflicts
    return next(c.reason for c in conflicts if any(words in s.text for s in c.side_a + c.side_b))


def test_reasons_say_what_differs(analysed):
    # the figures with their bounds as written; a floor, and the sources each credits
    # (before the word that dates a figure: conflict_reader34.json)
    assert _reason(analysed, "multi_news-val-2534", "more than 7,500") == (
        "Different figures for deaths: 9,000 people vs more than 7,500 people (a floor, but"
        " the other is over a tenth above it); credited to different sources: the opposition"
        " network vs the UN"
    )
    assert _reason(analysed, "multi_news-val-2534", "At least 144 people were") == (
        "Different figures for deaths: at least 144 people vs as many as 125 people"
    )
    assert _reason(analysed, "multi_news-val-5388", "Macomber, 65") == (
        "Different ages for Frank Macomber: 65 vs 66"
    )
    # a denial quoted up to the end of what it denies, not its verb alone
    assert _reason(analysed, "seeds", "denied that any gas attack") == (
        "One side denies what the other claims: “denied that any gas attack took place”"
    )
    assert _reason(analysed, "multi_news-val-4321", "he didn't kiss the woman") == (
        "One side denies what the other claims: “didn't kiss the woman”"
    )
    # measurements and frequencies as written, spans with their words
    assert _reason(analysed, "multi_news-val-1902", "8,027-meter") == (
        "Different measurements: 8,027-meter (26,330-foot) vs 26,291-foot (8,013 m)"
    )
    assert _reason(analysed, "multi_news-val-576", "shot once in the right leg") == (
        "Different figures for how often: once in the right leg vs twice in the leg"
    )
    assert _reason(analysed, "multi_news-val-5077", "from June 2014 through") == (
        "Different spans for one event: from June 2014 through October 2015 vs between May"
        " 2014 and November 2015"
    )
    # times and distances with the words that bound them
    assert _reason(analysed, "multi_news-val-1397", "around 11:40 a.m.") == (
        "Different times for one moment: around 11:40 a.m. vs around 10:30 a.m."
    )
    assert _reason(analysed, "multi_news-val-393", "about 125 miles") == (
        "Different distances of Area 51 from Las Vegas: about 125 miles northwest vs 90 miles north"
    )
    assert _reason(analysed, "multi_news-val-4960", "–11 hours") == (
        "Different durations of the filibuster: nearly 13-hour filibuster vs filibuster –11 hours"
    )


def test_markdown_reads_each_conflict_as_a_sentence():
    documents = inputs(["multi_news-val-5388"])["multi_news-val-5388"]
    section = to_markdown(brief(documents, words=100)).split("## Conflicts", 1)[1]
    assert "\n- Different ages for Frank Macomber: 65 vs 66\n  - A: Macomber, 65," in section


def test_a_section_left_empty_says_why(analysed):
    analysis = analysed["multi_news-val-907"][0]
    assert not analysis.conflicts
    assert (
        analysis.reasons["conflicts"]
        == "no conflicting figures, dates, titles, organisations, charges, comments or "
        "denials found"
    )


def test_counts_read_numbers_with_what_they_count(analysed):
    toll = _sentence(analysed, "multi_news-val-2534", "At least 144 people were reported killed")
    # "including 64 who died": a part of a whole it does not name
    (count,) = counts(toll)
    assert (count.quantity, count.low, count.high, count.what) == (
        ("deaths", 144, float("inf"), "people")
    )
    arrested = _sentence(analysed, "multi_news-val-4684", "12 people were arrested")
    assert [(c.quantity, c.value) for c in counts(arrested)] == [("arrests", 12)]
    # a part set off by commas, counted by the verb after them
    injured = _sentence(analysed, "multi_news-val-1090", "Eight people, including two children")
    assert [(c.quantity, c.value, c.what, c.part) for c in counts(injured)] == [
        ("injuries", 8, "people", False),
        ("injuries", 2, "children", True),
    ]
    # "died Tuesday (June 20) at age 42": the day of the month is no toll
    died = _sentence(analysed, "multi_news-val-410", "died Tuesday (June 20)")
    assert [(c.quantity, c.value) for c in counts(died)] == [("age", 42)]


def test_counts_read_a_percent_sign_before_a_space(analysed):
    # "(96% Faraday efficiency)": "%" has no word boundary before the space after it
    h2 = _sentence(analysed, "multi_news-val-315", "H 2 (96% Faraday")
    assert ("percentage", 96) in [(c.quantity, c.value) for c in counts(h2)]


def test_counts_know_where_they_were_counted_and_whom_they_include(analysed):
    idlib = _sentence(analysed, "multi_news-val-2534", "killed in the Idlib area")
    assert [(c.value, c.place) for c in counts(idlib)] == [(15, "Idlib")]
    sarmeen = _sentence(analysed, "multi_news-val-2534", "village of Sarmeen")
    assert [(c.quantity, c.place) for c in counts(sarmeen)] == [
        ("deaths", "Sarmeen"),
        ("injuries", "Sarmeen"),
    ]
    assert not disagreement(counts(idlib), counts(sarmeen), frozenset(), frozenset())
    # with the three gunmen, 20; without them, the 17 another source counts
    (with_gunmen,) = counts(_sentence(analysed, "multi_news-val-167", "including the three"))
    assert (with_gunmen.value, with_gunmen.attackers) == (20, 3)
    victims = counts(_sentence(analysed, "multi_news-val-167", "killed 17 people"))
    assert not disagreement([with_gunmen], victims, frozenset(), frozenset())
    # "two of the gunmen": a toll of attackers, no part of a total left unnamed
    gunmen = counts(_sentence(analysed, "multi_news-val-290", "two of the gunmen"))
    assert [(c.quantity, c.value, c.what) for c in gunmen] == [("deaths", 2, "gunmen")]
    # a floor keeps its words, and reads as its source's figure when closed
    (floor,) = counts(_sentence(analysed, "multi_news-val-2534", "more than 7,500"))
    assert (floor.low, floor.high, floor.bound) == (7500, float("inf"), "more than")
    (estimate,) = counts(_sentence(analysed, "multi_news-val-2534", "9,000 people have been"))
    (found,) = disagreement([estimate], [floor], frozenset(), frozenset())
    assert found.past_floor
    # two floors may both be right; a figure far past a floor counts something wider
    un_toll = counts(_sentence(analysed, "multi_news-val-290", "more than 8,000 people"))
    insurgents = counts(_sentence(analysed, "multi_news-val-290", "more than 2,000 members"))
    assert not disagreement(un_toll, insurgents, frozenset(), frozenset())
    monday = counts(_sentence(analysed, "multi_news-val-2534", "At least 144 people were"))
    assert not disagreement(monday, [estimate], frozenset(), frozenset())
    # deaths avoided are no toll (its "31%" is a share)
    malaria = _sentence(analysed, "multi_news-val-3954", "malaria deaths have been avoided")
    assert [c.quantity for c in counts(malaria)] == ["percentage"]


SCALED = {
    "multi_news-val-4085": "three dead and more than a dozen wounded",
    "multi_news-val-2851": "seven dead and dozens wounded",
    "multi_news-val-4505": "The storm killed 24 people and injured hundreds more",
    "d31050t": "briefly detained more than two dozen members",
}
"""Sentences of raw validation and DUC clusters that count with a scale word."""


def _sentences_holding(wanted: Mapping[str, str]) -> dict[str, str]:
    """For each raw validation or DUC cluster named, its first sentence holding the words."""
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
    clusters = [c for c in [*read_clusters(RAW_VALIDATION, 250), *duc] if c["id"] in wanted]
    sentences = {
        c["id"]: [s.text for a in as_articles(c["documents"]) for s in split(clean(a))]
        for c in clusters
    }
    return {name: next(s for s in sentences[name] if words in s) for name, words in wanted.items()}


@pytest.fixture(scope="module")
def scaled() -> dict[str, str]:
    return _sentences_holding(SCALED)


def test_counts_read_scale_words_right_or_not_at_all(scaled):
    # "two dozen" is 24, not the 2 it was read as; a round figure unless bounded
    (detained,) = counts(scaled["d31050t"])
    assert (detained.quantity, detained.low, detained.high) == ("arrests", 24, float("inf"))
    (rough,) = counts("Police detained two dozen people on Monday.")
    assert rough.low < 24 < rough.high
    # "a dozen", "dozens", "hundreds" are no number: only the toll next to them is read
    for name, toll in (("multi_news-val-4085", 3), ("multi_news-val-2851", 7)):
        assert [(c.quantity, c.value) for c in counts(scaled[name])] == [("deaths", toll)]
    assert [(c.quantity, c.value) for c in counts(scaled["multi_news-val-4505"])] == [
        ("deaths", 24)
    ]


def test_counting_words_never_match_without_the_words_tested_first(validation_clusters):
    cues = re.compile("|".join(f"{cue}|{verb}" if verb else cue for _, cue, verb in QUANTITIES))
    matched = 0
    for cluster in validation_clusters[:30]:
        for article in as_articles(cluster["documents"]):
            for sentence in split(clean(article)):
                if cues.search(sentence.text):
                    matched += 1
                    assert any(w in sentence.text for w in COUNT_WORDS), sentence.text
    assert matched > 100


def test_counts_of_different_stretches_of_time_are_no_conflict():
    # DUC d31050t: two arrested "this week" and a running total "since dissidents began
    # organizing" are not rivals of the 10 arrested "Last week".
    (cluster,) = [
        c for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) if c["id"] == "d31050t"
    ]
    analysis = brief(cluster["documents"], words=100).analysis
    assert analysis is not None
    pairs = shown_pairs(analysis.conflicts)
    assert not any("arrested 10 members" in x.text + y.text for x, y in pairs)
    # the cluster's real conflict stays: Wang Youcai is 32 in one article and 33 in another
    assert any("Wang Youcai, 32" in x.text + y.text for x, y in pairs)


NEGATED = {
    "multi_news-val-4321": "he didn't kiss the woman",
    "multi_news-val-4623": "polar bears were not considered to be in danger",
    "multi_news-val-4717": "if they didn’t show up to testify",
    "multi_news-val-3651": "Police didn't identify whose bodies",
    "multi_news-val-3613": "did not report any injuries himself",
    "d30028t": "denied his country was involved",
}
"""Sentences of raw validation and DUC clusters with a negation or a denial."""


@pytest.fixture(scope="module")
def negated() -> dict[str, str]:
    return _sentences_holding(NEGATED)


def test_a_negation_denies_only_when_someone_says_it(negated):
    # "He also said that he didn't kiss the woman": the verb and what it was done to
    (kiss,) = spoken_denials(negated["multi_news-val-4321"])
    assert (kiss.verb, kiss.done_to, kiss.quoted) == ("kiss", {"woman"}, "didn't kiss the woman")
    # a state: the content words of its predicate, in order
    (state,) = spoken_denials(negated["multi_news-val-4623"])
    assert state.predicate == ("dange", "extin")
    # a condition ("$3,000 each if they didn't show up to testify") denies nothing
    assert not spoken_denials(negated["multi_news-val-4717"])
    # the narrator's account of a moment is no side of a dispute: "Police didn't identify
    # whose bodies were found Tuesday", "did not report any injuries himself"
    assert not spoken_denials(negated["multi_news-val-3651"])
    assert not spoken_denials(negated["multi_news-val-3613"])


def test_a_denial_affirms_nothing(negated):
    # "denied his country was involved in any way" agrees with "Israel is not involved in
    # any way", though it holds the predicate after "was"
    israel = spoken_denials("Israel is not involved in any way, a spokesman said.")
    denied = negated["d30028t"].lower()
    assert negations._affirms(denied, israel[0])
    assert negations._negates(denied)


def test_negations_are_never_missed_by_the_substring_test(validation_clusters):
    found = 0
    for cluster in validation_clusters:
        for article in as_articles(cluster["documents"]):
            for sentence in split(clean(article)):
                if spoken_denials(sentence.text):
                    found += 1
                    assert negations._may_negate(sentence.text.lower()), sentence.text
    assert found > 20


def test_measurements_frequencies_and_spans_are_never_missed_by_the_stem_test(
    validation_clusters,
):
    found = 0
    for cluster in validation_clusters:
        for article in as_articles(cluster["documents"]):
            for sentence in split(clean(article)):
                held = stems(sentence.text)
                for reader, wanted in (
                    (measures, UNIT_STEMS),
                    (frequencies, FREQUENCY_STEMS),
                    (spans, MONTH_STEMS),
                ):
                    if reader(sentence.text):
                        found += 1
                        assert not wanted.isdisjoint(held), sentence.text
    assert found > 20


def test_storeys_times_and_distances_are_read_as_written(analysed):
    fall = _sentence(analysed, "multi_news-val-1397", "eight stories below")
    assert storeys(fall) == [(8, "eight stories below")]
    # a building's height is no fall (multi_news-val-5473's words)
    assert not storeys("He threw the boy off the roof of the seven-story apartment building.")
    waiting = _sentence(analysed, "multi_news-val-1397", "around 11:40 a.m.")
    (moment,) = clocks(waiting)
    assert (moment.minutes, moment.written) == (11 * 60 + 40, "around 11:40 a.m.")
    # what the time is of: lower-case words, less names and the time's bound
    assert {"floor", "strol"} <= told(waiting) and not {"coney", "aroun"} & told(waiting)
    assert [c.minutes for c in clocks("found about 12:15 p.m., home by 12 a.m.")] == [735, 0]
    (area,) = distances(_sentence(analysed, "multi_news-val-393", "90 miles north of Las"))
    assert (area.located, area.place, area.written) == ("Area 51", "Las Vegas", "90 miles north")
    assert round(area.kilometres) == 145


def test_clock_times_are_read_without_dots_too(analysed):
    # "PM" in capitals and "pm" run on to the figure, as pages other than newswire write it.
    updated = _sentence(analysed, "multi_news-val-1334", "Last updated at 6:04 PM")
    # the page's stamp is no moment of the story (twelfth pass); its time is read
    assert clocks(updated) == []
    stamp_time = updated[updated.index("6:04 PM") :]
    assert [(c.minutes, c.written) for c in clocks(stamp_time)] == [(18 * 60 + 4, "6:04 PM")]
    tune_in = _sentence(analysed, "multi_news-val-555", "12:15pm EST/9:15am PST")
    assert [c.minutes for c in clocks(tune_in)] == [12 * 60 + 15, 9 * 60 + 15]


def _raw_sentence(path, cluster: str, limit: int, words: str) -> str:
    """The sentence holding `words` in a cluster's documents as the data file gives them
    (a photo caption cleaning removes included)."""
    (documents,) = [c["documents"] for c in read_clusters(path, limit) if c["id"] == cluster]
    sentences = (s for d in documents for s in re.split(r"(?<=[.!?])\s+", d))
    return next(s for s in sentences if words in s)


def test_floors_are_read_with_what_was_done_there(analysed):
    pulled_out = levels(_sentence(analysed, "multi_news-val-1397", "down to the 17th floor"))
    pulled_from = levels(_sentence(analysed, "multi_news-val-1397", "15th-floor shaft"))
    assert [level.floors for level in pulled_out + pulled_from] == [{17}, {15}]
    # what was done there, in both; not what is on the floor ("shaft"), nor "where"
    assert "pulle" in pulled_out[0].acts & pulled_from[0].acts
    assert not {"shaft", "where"} & (pulled_out[0].acts | pulled_from[0].acts)
    assert level_reason(pulled_out, pulled_from) == (
        "Different floors for one scene: the 17th floor vs the 15th-floor"
    )
    # a fall's start is no floor where it ended
    caption = _raw_sentence(RAW_VALIDATION, "multi_news-val-1397", 250, "The tot fell eight")
    (start,) = levels(caption)
    assert start.fallen_from and start.floors == {23}
    assert level_reason([start], pulled_out) is None
    # two floors of one stairwell: "between the 22nd and 23rd floors"
    stuck = levels(_sentence(analysed, "multi_news-val-1397", "between the 22nd and 23rd"))
    assert stuck[0].floors == {22, 23}


def test_floors_one_apart_may_be_one_floor_counted_two_ways():
    # multi_news-val-3219 (Multi-News+): a woman found on a balcony, a boy found on the
    # first floor; both "found", but a second floor may be a British first.
    path = DATA / "multinews-plus-validation.jsonl.gz"
    balcony = _raw_sentence(path, "multi_news-val-3219", 3220, "second-story balcony")
    ground = _raw_sentence(path, "multi_news-val-3219", 3220, "on the first floor of")
    assert level_reason(levels(balcony), levels(ground)) is None


def test_storeys_times_and_distances_are_never_missed_by_the_stem_or_substring_test(
    validation_clusters,
):
    found = 0
    for cluster in validation_clusters:
        for article in as_articles(cluster["documents"]):
            for sentence in split(clean(article)):
                lowered = sentence.text.lower()
                held = stems(sentence.text)
                for reader, may_hold in (
                    (storeys, not STOREY_STEMS.isdisjoint(held)),
                    (distances, not DISTANCE_STEMS.isdisjoint(held)),
                    (levels, holding([lowered], LEVEL_WORDS) == {0}),
                    (clocks, holding([lowered], CLOCK_WORDS) == {0}),
                ):
                    if reader(sentence.text):
                        found += 1
                        assert may_hold, sentence.text
    assert found > 20


@pytest.mark.parametrize(
    ("path", "cluster", "words"),
    [
        # Two moments of one rescue told alike: in the water "around 5:30 p.m.", spotted
        # "around 9:30 p.m." (each sentence has a closer match in the other's article).
        (RAW_VALIDATION, "multi_news-val-4313", "around 9:30 p.m."),
        # A typhoon's position at 4 p.m. and at 3 p.m., reported by two agencies.
        (DATA / "duc2003-task2.jsonl.gz", "d31011t", "At 4 p.m. (0800 GMT)"),
    ],
)
def test_times_of_two_moments_are_no_conflict(path, cluster, words):
    (documents,) = [c["documents"] for c in read_clusters(path, 250) if c["id"] == cluster]
    conflicts = brief(documents, words=100).analysis.conflicts
    assert not [c for c in conflicts if any(words in s.text for s in c.side_a + c.side_b)]


@pytest.fixture(scope="module")
def duc_analysed() -> dict[str, tuple[Analysis, dict[str, int], list[Article]]]:
    """The DUC gold clusters' analyses, the documents' places by article id, the articles."""
    wanted = {c["id"] for c in DUC_GOLD} | {"d30010t"}
    result = {}
    for cluster in read_clusters(DUC, 30):
        if cluster["id"] in wanted:
            briefing = brief(cluster["documents"], words=100)
            assert briefing.analysis is not None
            articles = [d.article for d in briefing.documents]
            result[cluster["id"]] = (briefing.analysis, places(cluster["documents"]), articles)
    return result


def _duc_conflicts(duc_analysed, cluster: str) -> tuple[Conflict, ...]:
    return duc_analysed[cluster][0].conflicts


def test_one_dispute_is_shown_once_with_the_outlets_behind_each_figure(duc_analysed):
    # DUC d30010t: a market bombing's 21 injured, in sentences of several outlets, against
    # one sentence's 24: one conflict, not one per sentence giving 21.
    injured = [c for c in _duc_conflicts(duc_analysed, "d30010t") if "injuries" in c.reason]
    assert len(injured) == 1
    (conflict,) = injured
    assert len({s.article.id for s in conflict.side_a}) >= 4
    assert all("21" in s.text for s in conflict.side_a)
    assert all("24" in s.text for s in conflict.side_b)


def test_duc_conflicts_shown_are_mostly_real_and_the_real_ones_kept(duc_analysed):
    # Every pair the section showed on these DUC clusters before the ninth pass, judged
    # from the articles: 17 real of 57 shown (counts of other places, parts of a whole,
    # percentages of different candidates, denials of other matters); with places,
    # wholes, shares and denials said for another, 17 of 25; with counts sharing a word
    # besides their own, figures the story gives to two places and denials of "the
    # allegations" answering accusations of the denier, 17 of 17; with a toll read past a
    # part set off by commas (d31038t's "248 people, including a dozen Americans, were
    # killed" against "more than 250", conflicts58), 18 of 18.
    judged = [
        judge(duc_analysed[c["id"]][0].conflicts, duc_analysed[c["id"]][1], c["pairs"])
        for c in DUC_GOLD
    ]
    total = sum(judged, NONE_JUDGED)
    assert total.judged == total.shown, "label the new pairs in conflict_gold.json's duc"
    assert total.found == total.true
    assert total.shown == total.right, total


def _duc_sentence(duc_analysed, cluster: str, words: str) -> str:
    sentences = (s for a in duc_analysed[cluster][2] for s in split(clean(a)))
    return next(s.text for s in sentences if words in s.text)


def test_counts_know_the_places_and_wholes_of_their_sentences(analysed, duc_analysed):
    moscow = _duc_sentence(duc_analysed, "d31010t", "weather in Moscow killed")
    warsaw = _duc_sentence(duc_analysed, "d31010t", "hit Poland a week ago")
    europe = _duc_sentence(duc_analysed, "d31010t", "65 people throughout Europe")
    assert named_places(moscow) == {"Moscow"}
    assert named_places(warsaw) == {"Poland"}  # the dateline is where the reporter was
    assert scope(europe).whole and not scope(warsaw).whole
    aleppo = _sentence(analysed, "multi_news-val-290", "at least three people")
    assert {"Syria", "Aleppo"} <= named_places(aleppo)
    island = _duc_sentence(duc_analysed, "d31028t", "killing three people on the island")
    assert named_places(island) == {"island"}
    embassies = scope(_duc_sentence(duc_analysed, "d30005t", "in Kenya and Tanzania that"))
    assert embassies.whole
    assert not scope(_duc_sentence(duc_analysed, "d30005t", "blast in Nairobi")).whole
    # "20 million out of 30 million people voted for Khatami": 30 million is the whole,
    # no count of votes (and 20 million, a part "out of" it, is not read as one either)
    khatami = _duc_sentence(duc_analysed, "d31027t", "20 million out of 30 million")
    assert [c.value for c in counts(khatami)] == [3e7]
    assert not rival_counts(khatami)
    # percentages are read but rival none: shares of several candidates, of the vote
    rivals = _duc_sentence(duc_analysed, "d30025t", "had 32.6 percent, and Ciro Gomes")
    assert len([c for c in counts(rivals) if c.quantity == "percentage"]) == 2
    assert not rival_counts(rivals)
    vote = _duc_sentence(duc_analysed, "d30025t", "with 56 percent of the vote")
    assert [c.quantity for c in counts(vote)] == ["percentage"] and not rival_counts(vote)


def test_counts_of_other_places_or_parts_of_a_whole_are_no_conflict(duc_analysed):
    def shown(cluster: str, words_a: str, words_b: str) -> bool:
        return any(
            (words_a in x.text and words_b in y.text) or (words_b in x.text and words_a in y.text)
            for x, y in shown_pairs(_duc_conflicts(duc_analysed, cluster))
        )

    assert not shown("d31010t", "has killed 32 people", "weather in Moscow")
    assert not shown("d31010t", "has killed 32 people", "throughout Europe")
    assert shown("d31010t", "has killed 32 people", "In Poland, 36 people died")
    assert not shown("d30005t", "in Kenya and Tanzania", "left 11 people dead")
    # a part larger than its whole: the sources disagree
    assert shown("d30005t", "in Kenya and Tanzania", "Nairobi killed more than 250")
    assert not shown("d31028t", "on the island", "Caribbean")
    assert shown("d31028t", "at least 85 people were killed", "102 people died")
    assert not [c for c in _duc_conflicts(duc_analysed, "d30025t") if "percentage" in c.reason]


def test_a_denial_said_for_another_or_of_ones_own_act_answers_no_claim_of_other_things(
    duc_analysed,
):
    # "denied that his client had any connection to terrorist activities": the client is
    # named in another sentence; "She denied having heard of bin Laden": of her knowledge,
    # not of the evidence that bin Laden was behind the bombings.
    for cluster in ("d30005t", "d31038t"):
        denials = [c for c in _duc_conflicts(duc_analysed, cluster) if c.kind == "denial"]
        assert not [c for c in denials if "his client" in c.side_b[0].text], cluster
        assert not [c for c in denials if "denied having heard" in c.side_b[0].text], cluster
    # a denial of someone the sentence names is kept
    assert [c for c in _duc_conflicts(duc_analysed, "d30044t") if "Lebedev" in c.side_b[0].text]


def _duc_shown(duc_analysed, cluster: str, words_a: str, words_b: str) -> bool:
    return any(
        (words_a in x.text and words_b in y.text) or (words_b in x.text and words_a in y.text)
        for x, y in shown_pairs(_duc_conflicts(duc_analysed, cluster))
    )


def test_counts_that_share_nothing_else_or_the_story_gives_two_places_are_no_conflict(
    duc_analysed,
):
    # d30005t: "At least 26 people were killed, but damage to the area was not considered
    # extensive" (after the missile strikes on Afghanistan) shares only its count's words
    # with "the bomb, which killed 11 people".
    assert not _duc_shown(duc_analysed, "d30005t", "At least 26 people", "killed 11 people")
    assert not _duc_shown(duc_analysed, "d30005t", "At least 26 people", "left 11 people dead")
    # d31038t: "a bombing that left 250 people dead" and "the bomb, which killed 11" name
    # no place, but the story puts 250 in Nairobi and 11 in Tanzania.
    assert not _duc_shown(duc_analysed, "d31038t", "left 250 people dead", "killed 11 people")
    # a real toll's pair shares the event's words, or names one place: kept
    assert _duc_shown(duc_analysed, "d30005t", "in Kenya and Tanzania", "more than 250")
    assert _duc_shown(duc_analysed, "d31022t", "another 173 people", "more than 190")


def test_a_denial_of_the_allegations_answers_only_accusations_of_the_denier(analysed, duc_analysed):
    # d30056t: Berezovsky "has routinely denied the charges" (of his Chechen dealings), not
    # that "officials blamed the attack on Bargishev's promise"; d30028t: "Damascus denied
    # the allegations and accused Turkey ..." and "newspapers in Syria have denied the
    # contention" answer no statement Syria's government "confirmed".
    for cluster in ("d30056t", "d30028t"):
        assert not [c for c in _duc_conflicts(duc_analysed, cluster) if c.kind == "denial"]
    # a denial naming the claim it denies answers it: the New York Times report
    assert _shown(analysed, "multi_news-val-4035", "disclosure by the New York", "denied the New")


def test_durations_are_read_with_their_bounds(analysed):
    (filibuster,) = durations_before(
        _sentence(analysed, "multi_news-val-4960", "nearly 13-hour filibuster")
    )
    assert (filibuster.noun, filibuster.unit, filibuster.low, filibuster.high) == (
        ("filibuster", "hour", 12, 13)
    )
    (talk,) = durations_after(_sentence(analysed, "multi_news-val-4960", "–11 hours"))
    assert (talk.noun, talk.low, talk.high) == ("filibuster", 10.5, 11.5)
    assert not filibuster.agrees(talk)
    # multi_news-val-4113: "more than nine hours" allows the 10 hours another outlet gives
    (long,) = durations_after("The hearing, which lasted more than nine hours, devolved.")
    (ten,) = durations_after("The hearing lasted 10 hours.")
    assert long.agrees(ten)
    # DUC d30051t: "a nearly eight-month crackdown" allows a seven-month one
    (nearly,) = durations_before("suspended a nearly eight-month crackdown in the province")
    (seven,) = durations_before("have been engaged in a seven-month crackdown of rebels")
    assert nearly.agrees(seven)
    # an age is no duration; nor is a noun after a dash that opens a name
    assert not durations_before("a 12-hour-old baby and a 24-hour and a half")
    assert not durations_after("Paris — 11 hours after the blast")


def test_a_name_an_article_gives_two_durations_is_several_things():
    # multi_news-val-132: "a four-month sentence ... and a nine-month sentence" in one
    # article; another's "four-month sentence" is no rival of the nine-month one.
    sentences = [
        s
        for c in read_clusters(RAW_VALIDATION, 250)
        if c["id"] == "multi_news-val-132"
        for a in as_articles(c["documents"])
        for s in split(clean(a))
    ]
    assert any("nine-month sentence" in s.text and durations_before(s.text) for s in sentences)
    texts = [s.text for s in sentences]
    named = Joined.of([t.lower() for t in texts]).matching(durations.CUE)
    assert not duration_conflicts(sentences, texts, named)


def test_durations_are_never_missed_by_the_cues(validation_clusters):
    found = 0
    for cluster in validation_clusters:
        for article in as_articles(cluster["documents"]):
            for sentence in split(clean(article)):
                text = sentence.text
                if durations_before(text):
                    found += 1
                    assert durations.CUE.search(text.lower()), text
                if durations_after(text):
                    found += 1
                    assert durations.may_follow(text), text
    assert found >= 5  # 6 in the first 50 raw validation clusters

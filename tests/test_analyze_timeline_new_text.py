"""The timeline on text its rules were not first written on (the eleventh pass): Multi-News+
validation and train clusters (lower case, tokenised, captions and stamps glued to the story),
raw validation clusters with ids of 4500 or more and DUC 2003, against the entries main's
timeline showed there, judged by hand before any rule of the pass
(fixtures/timeline_new_text11.json). Only the design half (even lines) is asserted on; the
blind half was scored once, with the rules frozen (docs/decisions.md). The twelfth pass's
cases (an address's block, "from YEAR") read clusters outside the survey (ELSEWHERE)."""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.analyze.timeline_forms import find_dates
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Sentence
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION

SURVEY = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_new_text11.json").read_text(encoding="utf-8")
)["entries"]
"""[source, cluster, line or id number, doc, substring of the sentence, expression, date shown,
half, verdict, why]"""
FILES = {
    "mn+val": DATA / "multinews-plus-validation.jsonl.gz",
    "mn+train": DATA / "multinews-plus-train.jsonl.gz",
    "duc": DATA / "duc2003-task2.jsonl.gz",
}


def _lines(path: Path, wanted: set[int]) -> Iterator[tuple[int, dict]]:
    """The clusters at the 0-based lines `wanted` of a JSON Lines file, parsing only those."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number in wanted:
                yield number, json.loads(line)
            if number >= max(wanted):
                return


def _raw(ids: set[int]) -> Iterator[tuple[int, dict]]:
    """Raw validation clusters by the number of their id ("multi_news-val-4890": 4890)."""
    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        for line in lines:
            cluster = json.loads(line)
            number = int(re.sub(r"\D", "", cluster["id"]))
            if number in ids:
                yield number, cluster


def _sentences(cluster: dict) -> list[Sentence]:
    """A cluster's sentences, every article kept, no publication dates (as the survey ran)."""
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


ELSEWHERE = {
    "mn+val": {1, 28, 124, 171, 631, 1061, 1211, 1475, 2025},
    "mn+train": {198},
    "duc": {21},
    "raw": {33, 1616, 2095, 2484, 4022, 4035},
}
"""Clusters outside the survey's design half that the tests below read."""


def sample_clusters(
    design: list[list], read: dict[str, set[int]]
) -> Callable[[str], dict[int, dict]]:
    """A source's clusters, by line or id number, that a sample's design half judged or
    its tests `read` besides, each source read once."""

    @functools.cache
    def clusters(source: str) -> dict[int, dict]:
        numbers = {e[2] for e in design if e[0] == source} | read.get(source, set())
        found = _raw(numbers) if source == "raw" else _lines(FILES[source], numbers)
        return dict(found)

    return clusters


@dataclass(frozen=True)
class Sample:
    """A pass's sample, judged before its rules (fixtures/timeline_new_textNN.json), whose
    entries are [source, cluster, line or id number, doc, substring of the sentence,
    expression, date shown, half, verdict, why]: its design half, the design clusters by
    source (every one drawn, where the fixture lists them, not only those with an entry
    judged), and the clusters that half and the pass's tests read."""

    design: list[list]
    numbers: dict[str, set[int]]
    clusters: Callable[[str], dict[int, dict]]

    def sentences(self, source: str, number: int) -> list[Sentence]:
        return _sentences(self.clusters(source)[number])

    def judged_tally(self) -> Counter:
        """Verdicts on what the timeline shows over the design half: every entry judged,
        none a wrong date."""
        tally = design_tally(self.design, self.clusters, self.numbers)
        assert tally["unjudged"] == 0, tally
        assert tally["wrong"] == 0, tally
        return tally


def _judged(design: list[list]) -> list[tuple[str, int]]:
    """The clusters, as (source, number), that judged entries name."""
    return [(e[0], e[2]) for e in design]


def _union(*pairs: list) -> dict[str, set[int]]:
    """Lists of (source, number) pairs as numbers by source."""
    numbers: dict[str, set[int]] = {}
    for source, number in (pair for some in pairs for pair in some):
        numbers.setdefault(source, set()).add(number)
    return numbers


def sample(fixture: str, read: dict[str, set[int]]) -> Sample:
    """The sample of `fixture` and the clusters its pass's tests `read` besides. A fixture's
    "clusters" names its design half's clusters, those where the timeline showed nothing
    too: an entry shown there later is counted, and unjudged."""
    entries = json.loads((Path(__file__).parent / "fixtures" / fixture).read_text("utf-8"))
    design = [e for e in entries["entries"] if e[7] == "design"]
    listed = entries.get("clusters", {}).get("design", [])
    numbers = _union(_judged(design), listed)
    also = [(source, n) for source, some in read.items() for n in some]
    return Sample(design, numbers, sample_clusters(design, _union(listed, also)))


def design_tally(
    design: list[list], clusters: Callable[[str], dict[int, dict]], numbers: dict[str, set[int]]
) -> Counter:
    """Verdicts on what the timeline shows over a sample's design clusters `numbers`, every
    entry shown counted: one no line of `design` judges is "unjudged"."""
    tally: Counter = Counter()
    for source, wanted in numbers.items():
        judged = [e for e in design if e[0] == source]
        for number in wanted:
            cluster = clusters(source)[number]
            lines = [e for e in judged if e[1] == cluster["id"]]
            place = _place(cluster)
            for entry in timeline(_sentences(cluster), frozenset()).entries:
                tally[_verdict(entry, place, lines)] += 1
    return tally


DESIGN = [e for e in SURVEY if e[7] == "design"]
_clusters = sample_clusters(DESIGN, ELSEWHERE)
"""The survey's design clusters and those in ELSEWHERE (the train file is read to line
20,100)."""


def _place(cluster: dict) -> dict[str, int]:
    place: dict[str, int] = {}
    for n, article in enumerate(as_articles(cluster["documents"])):
        place.setdefault(article.id, n)
    return place


def _verdict(entry, place: dict[str, int], judged: list[list]) -> str:
    """The survey's verdict on an entry shown: the line naming its document, sentence,
    expression and date; "unjudged" when none does (a date the survey never saw)."""
    sentence = entry.sentence
    for line in judged:
        doc, words, expression, when = line[3], line[4], line[5], line[6]
        same_sentence = place[sentence.article.id] == doc and words in sentence.text
        if same_sentence and entry.expression.text == expression and entry.when == when:
            return line[8]
    return "unjudged"


@pytest.fixture(scope="module")
def design_verdicts() -> Counter:
    """Verdicts on what the timeline shows over the survey's design clusters."""
    return design_tally(DESIGN, _clusters, _union(_judged(DESIGN)))


def test_new_text_s_entries_are_events_more_often_and_never_wrong(design_verdicts):
    # Every entry is one the survey judged (the two the twelfth pass's "from YEAR" added were
    # judged when first shown, and say so).
    assert design_verdicts["unjudged"] == 0, design_verdicts
    assert design_verdicts["wrong"] == 0, design_verdicts
    # Main showed 224 entries on the design half: 178 events, 46 noise. Stamps and captions
    # opening a line or before Multi-News+'s lower-case credit, figures, labels, likenings and
    # talk of a possibility now go: 211 or fewer shown, noise at most 30.
    # The twelfth pass's estimates ("The cdc estimates that over 11 million women were raped
    # ... in 2011") take two more: noise at most 28. The sixteenth pass's lower-case dates with
    # a day bring one back: 3022's transcript note "an interview conducted on jan. 27, 2013".
    assert design_verdicts["noise"] <= 29, design_verdicts
    # One event goes with a caption's credit ('voted illegally in 2016. | evan vucci/ap photo');
    # one comes with the twelfth pass's "from YEAR" ("those emails from 1999"). One more with
    # cleaning's fifth pass: 20080's "the 2016 games in rio", shown once an AP file photo's
    # caption no longer follows it in its sentence (judged then: an event).
    # The twenty-third pass's thing's year in a clause about someone takes one: 4792's "...,"
    # says Hedges, who points to a 2010 study" (judged an event; the line's words are his now).
    # The twenty-ninth pass's thing's year in a sentence a date opens takes one: raw 5184's "In
    # 2007 the Privy Council ... ruled in support of a 2000 judgment" (judged an event here; the
    # fifteenth reader found the line under 2000 opening "In 2007", shown twice).
    # The thirty-first pass's things talked about or prepared for take two: raw 4960's "she
    # talked about her 2011 filibuster" and "as it gears up for the 2014 midterm elections"
    # (judged events here; the thirtieth pass's blind gold and its brief judged both no event
    # of their line: the talk was Thursday, the wish is now).
    # The thirty-sixth pass's deed told before a thing takes one: 5196's "accuse Walker of
    # using the budget ... ahead of his 2016 run" (judged an event here, a planned run; the
    # twenty-second reader and the pass's gold: the accusation was in 2015, the year the
    # race's). Its "before Walker's 2016 announcement" goes too (judged noise here).
    # The thirty-seventh pass's year carried from the sentence before brings one: 4688's "At
    # 8.10am on October 24" (1944, judged when first shown: an event).
    # Cleaning's twenty-second pass takes one: 5202's "In 2010 Prof Owen published research
    # ..." is the last item of BBC's fMRI infographic box (no stop, under "FMRI SCANNING"),
    # which now goes as a fact box.
    # The sixty-first pass lists a span of years once, under its first year (`until` its
    # last): DUC 26's "worked as a salesman for the IBM Corp. from 1965 to 1972" and 5306's
    # "Gillibrand served from 2007-09" no longer stand under 1972 and 2009 too.
    assert design_verdicts["event"] >= 172, design_verdicts


def _one(source: str, number: int) -> list[Sentence]:
    return _sentences(_clusters(source)[number])


def _read_not_shown(source: str, number: int, words: str, date: str) -> None:
    read_not_shown(_one(source, number), words, date)


def read_not_shown(sentences: list[Sentence], words: str, date: str) -> None:
    """The date is read in the sentence holding `words`, and no entry shows it."""
    holding = [s for s in sentences if words in s.text]
    assert date in [s.article.text[m.start : m.end] for s in holding for m in find_dates(s)]
    shown = timeline(sentences, frozenset()).entries
    assert not [e for e in shown if words in e.sentence.text and e.expression.text == date]


def shown_on(sentences: list[Sentence], words: str, date: str) -> None:
    """An entry of the sentence holding `words` shows the date."""
    shown = timeline(sentences, frozenset()).entries
    assert date in {e.when for e in shown if words in e.sentence.text}


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a stamp with a clock Multi-News+ tokenises, opening its line
        # (NBC's "Nov. 29, 2018, 1: 40 am gmt / updated ..." of mn+val 1 is no longer read:
        # cleaning removes it with NBC's newsletter notice it follows)
        ("mn+train", 20078, "6: 13 pm by dennis bragg", "Nov 11, 2013"),
        # a dateline's double hyphen; a gallery's caption, also glued after a sentence
        ("mn+val", 1061, "-- the cdc says 30 of the 50", "Nov. 15, 2012"),
        ("mn+train", 20074, "demonstrators protest at the south carolina", "June 27, 2015"),
        ("mn+train", 20046, "ominous clouds fill the sky", "Oct. 7, 2013"),
        # a date before a lower-case AP credit
        ("mn+train", 20020, "annie lennox performs", "2012"),
    ],
)
def test_the_page_s_stamps_and_captions_in_multi_news_plus_are_not_shown(
    source, number, words, date
):
    _read_not_shown(source, number, words, date)


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a figure: a count after "in YEAR," opening a clause, a peak, what a figure was,
        # an amount after the year, a value on a day
        ("mn+val", 3034, "in 1993, 17 states had conjugal programs", "1993"),
        ("mn+val", 3060, "had fallen from a peak of 1.9 million in 2005", "2005"),
        ("mn+val", 3060, "close to half of what they were in 2005", "2005"),
        ("mn+val", 3078, "an estimated cost to victoria in 2016 of $", "2016"),
        ("raw", 4890, "assets estimated at $97 billion on Dec. 31, 2016", "Dec. 31, 2016"),
        # an estimate's figure, in digits or in words (the twelfth pass)
        ("mn+val", 3100, "over 11 million women were raped", "2011"),
        ("raw", 4890, "Mercer earned a hundred and thirty-five million dollars", "2015"),
        # a target or a data set named by its year
        ("mn+val", 3060, "we met the 2015 target", "2015"),
        ("mn+val", 3060, "meet the 2020 target", "2020"),
        ("mn+val", 3100, "according to the 2011 data", "2011"),
        # a likening: a quote opening "like", others given as examples
        ("mn+train", 20092, '"like the decision by craigslist', "2010"),
        ("raw", 4586, "other major launches like Search Plus", "2007"),
        # a possibility: talk of one, a condition, a plan weighed
        ("raw", 5592, "suggestions that he will run for US president in 2020", "2020"),
        ("mn+val", 1211, "If she runs again in 2016", "2016"),
        ("raw", 33, "he was considering a 2020 presidential run", "2020"),
        # a change or a count measured from a year
        ("raw", 4022, "would mean an 18 percent cut from 2010", "2010"),
        ("raw", 2095, "has nearly doubled from 2011", "2011"),
    ],
)
def test_figures_labels_likenings_and_possibilities_are_read_not_shown(source, number, words, date):
    _read_not_shown(source, number, words, date)


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # a date as its sentence's subject; a chronology's item after its comma
        ("mn+val", 631, "is a day i ' ll never forget", "2014-01-08"),
        ("duc", 21, "Oct. 23, 1998, Amherst, N.Y.", "1998-10-23"),
        # the story after a caption's credit
        ("mn+train", 20098, "during the 2016 election, the white house said", "2016"),
        # "if" far from the date, or no condition; "exploration", no plan weighed
        ("raw", 5306, "if she wanted to win a special election", "2010"),
        ("raw", 4035, "know if Richard Nixon ordered the break-in", "1972-06-17"),
        # (raw 1616's "a playfully reverent if not-overly-so remake", an opening line its body
        # tells again, is in tests/test_analyze_timeline_reader21.py)
        ("mn+val", 1475, "exploration of the 1969 manson family murders", "1969"),
    ],
)
def test_events_beside_those_words_stay(source, number, words, date):
    shown_on(_one(source, number), words, date)


@pytest.mark.parametrize(
    ("source", "number", "words"),
    [
        # "due to" before a noun gives a cause; "since" a date lies behind the writing
        ("mn+val", 3114, "due to a prior dwi conviction in 2006"),
        ("mn+val", 3032, "has been with the e! news team since 2014"),
    ],
)
def test_a_cause_and_a_state_held_since_are_not_planned(source, number, words):
    shown = [
        e for e in timeline(_one(source, number), frozenset()).entries if words in e.sentence.text
    ]
    assert shown
    assert not [e for e in shown if e.planned]


@pytest.mark.parametrize(
    ("source", "number", "words", "number_read"),
    [
        ("mn+train", 198, "which occurred in the 1900 block of greenbrook lane", "1900"),
        ("mn+val", 2025, "within five miles of the 1800 block of short road", "1800"),
    ],
)
def test_an_address_s_block_is_no_year(source, number, words, number_read):
    holding = [s for s in _one(source, number) if words in s.text]
    assert holding
    read = [s.article.text[m.start : m.end] for s in holding for m in find_dates(s)]
    assert number_read not in read


@pytest.mark.parametrize(
    ("source", "number", "words", "date"),
    [
        # raw 2642's "a reboot of the original King Kong from 1933" was here: a remade
        # film's year, no event of a review's story (the forty-eighth pass)
        ("raw", 2484, "an old Google maps twist from 2015", "2015"),
        ("mn+val", 171, "the other one, from 2012, alleges", "2012"),
        ("mn+val", 171, "two other complaints from 2012 and 2013", "2012"),
    ],
)
def test_a_thing_from_a_year_is_dated_by_it(source, number, words, date):
    shown = timeline(_one(source, number), frozenset()).entries
    assert date in {e.when for e in shown if words.lower() in e.sentence.text.lower()}


@pytest.mark.parametrize(
    ("source", "number", "words", "start"),
    [
        # a span's start: the range's form reads both ends where both are years
        ("mn+val", 28, "from 1982 until he stepped aside in 2004", "1982"),
        ("mn+val", 124, "the world series from 2004 to ' 07", "2004"),
    ],
)
def test_from_a_year_a_span_runs_on_from_is_not_read_alone(source, number, words, start):
    holding = [s for s in _one(source, number) if words in s.text]
    assert holding
    assert start not in [s.article.text[m.start : m.end] for s in holding for m in find_dates(s)]

"""A summary sentence cites another outlet only when that outlet's near-duplicate supports
it, against hand-judged merges (fixtures/merge_gold.json: raw Multi-News validation at 250
and 500 words, DUC 2003 at 100 and 250 words); an agreed fact's supports give no other
figure either."""

from __future__ import annotations

import math
from itertools import permutations

import pytest

from chorus import brief
from chorus.api import as_articles
from chorus.clean import clean
from chorus.facts import supports
from chorus.language.numbers import figures
from chorus.model import Sentence
from chorus.sentences import split
from tests.conftest import DATA, read_clusters
from tests.gold import inputs, load, places

GOLD = {(case["id"], case["words"]): case for case in load("merge_gold")}
CAUGHT = {
    # "In Poland, 36 people died" / "32 people died"; a toll that "has reached 83" /
    # "reached 85 on Saturday"
    ("d31010t", 100): 2,
    ("d30025t", 100): 1,  # "won 51 percent of the vote" / "with 56 percent of the vote"
    ("d31022t", 100): 1,  # "injuring 162 others" / "injuring 155"
    # "official results showed Sunday" / "partial results Saturday" (blind)
    ("d31027t", 100): 2,
    # what Philippine Airlines "said Thursday" / what officials "said Tuesday"
    ("d31041t", 100): 1,
    # "Skull Island isn't a remake" / "is, reportedly, a reboot"
    ("multi_news-val-2642", 250): 1,
    # a toll that "has risen to 151" / "rose to 156 Sunday" (blind, but named in the brief)
    ("d31011t", 250): 1,
}
"""Clusters (and word budgets) and how many of their gold merges that do not support the
sentence are gone."""
UNSHOWN = {
    # "He saidd his 15-year-old girfriend died in the fire." waits for the sentence naming
    # Timur Sklyavov, which the summary leaves out (summary, fourth pass)
    ("d31022t", 100): 1,
    # "He said the U.N. plan includes ..." waits for the sentence naming its speaker, and
    # the words it frees go to other sentences than "about 200 people were killed"
    # (summary, fourth pass; the pair's support is checked on its own below)
    ("d30034t", 250): 1,
    # "“Furious 7” has grossed $735.2 million overseas ..." and another left the summary once
    # the page lost its Variety link, a line never picked (the sixteenth cleaning pass); Meyer's
    # "... more than $3.39 billion and counting." left once summary104 (stop 51) told the
    # franchise's total once: "Universal said the seven films ... $3.392 billion" stays shown
    ("multi_news-val-5124", 250): 3,
    # "But by paying such homage to Cardinal Alojzije Stepinac, ..." (shown citing its copy)
    # left the 250-word summary once a "But" line came to want its line before (summary82,
    # stop 47); "Half a million people watched ..." is still shown with its own copies
    ("d31002t", 250): 1,
    # d31011t's "Tens of thousands of others were stranded ..." is shown again since
    # summary92 (stop 49) left out "Most of the material was carried safely away ...",
    # whose "the material" its line before's avalanches bring in
}
"""Clusters whose summary no longer shows a sentence of so many supporting gold merges."""
IN_PART = {
    # With the analysis, a summary sentence that is an agreed statement cites no outlet its
    # Agreed row marks in part (interface10, stop 44; decisions "Summary citations"): the
    # merged sentence lacking the shown one's hour (3:30 a.m.). ("Furious 7"'s title number
    # no longer marks its support in part: agree67.)
    ("multi_news-val-1242", 250): 1,
}
"""Kept clusters whose supporting gold merges the briefing leaves uncited, so many, because
its Agreed row marks them in part; the summary alone still cites them."""
KEPT = (
    ("multi_news-val-5124", 250),  # "Furious 7" / "in just 17 days": no figure of one thing
    ("sample-validation-111", 250),  # only the merged sentence gives his age, 36
    ("multi_news-val-1242", 250),  # only the shown one gives the hour, 3:30 a.m.
    ("d31011t", 100),  # "at least 156 people" / "more than 150 people"; provinces (blind)
    ("d30034t", 250),  # "about 200 people were killed" / "at least 200" (blind)
    ("d31002t", 250),  # "Half a million people watched" / "Before a huge crowd" (blind)
)
"""Clusters whose merged sentences give figures the shown ones do not, all supporting."""


def _duc(ids: set[str]) -> dict[str, list[str]]:
    return {
        c["id"]: c["documents"]
        for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
        if c["id"] in ids
    }


@pytest.fixture(scope="module")
def merges() -> dict[str, set[tuple[int, int, int, int]]]:
    """Per cluster, the sentences its summary cites together, as (document, sentence) pairs
    in both orders: which of a merged group is shown depends on the rest of the briefing
    (d31011t shows 3:0 citing 4:0 and 5:0 once its tenth article is on the story)."""
    keys = {*CAUGHT, *KEPT}
    ids = {name for name, _ in keys}
    raw = inputs(name for name, words in keys if GOLD[name, words]["dataset"] == "raw")
    documents = {**raw, **_duc(ids)}
    result = {}
    for name, words in keys:
        place = places(documents[name])

        def place_of(sentence: Sentence, place: dict[str, int] = place) -> tuple[int, int]:
            return place[sentence.article.id], sentence.index

        result[name, words] = {
            (*place_of(one), *place_of(other))
            for s in brief(documents[name], words=words).summary
            for one, other in permutations((s.shown, *s.also), 2)
        }
    return result


def _judged(key: tuple[str, int], verdict: bool) -> list[tuple[int, int, int, int]]:
    return [(p[0], p[1], p[3], p[4]) for p in GOLD[key]["pairs"] if p[6] is verdict]


@pytest.mark.parametrize("key", sorted(CAUGHT))
def test_a_merge_giving_other_figures_another_day_or_a_denial_is_not_cited(merges, key):
    shown = merges[key]
    wrong = _judged(key, False)
    assert len([pair for pair in wrong if pair not in shown]) == CAUGHT[key], wrong
    right = _judged(key, True)
    assert len([pair for pair in right if pair not in shown]) == UNSHOWN.get(key, 0), right


@pytest.mark.parametrize("key", KEPT)
def test_a_merge_giving_more_or_fewer_figures_stays_cited(merges, key):
    right = _judged(key, True)
    assert right
    unshown = [pair for pair in right if pair not in merges[key]]
    assert len(unshown) == UNSHOWN.get(key, 0) + IN_PART.get(key, 0), unshown


def test_an_estimate_and_a_floor_of_one_toll_support_each_other():
    # d30034t's gold merge at 250 words, which the summary no longer shows (UNSHOWN)
    documents = _documents("d30034t")
    about = _sentence(documents, 5, "about 200 people were killed")
    floor = _sentence(documents, 4, "at least 200 people")
    assert supports(about, floor)
    assert supports(floor, about)


def test_figures_are_read_with_their_bounds_and_scales():
    # d31011t: "after killing at least 156 people in the Philippines"
    documents = _duc({"d31011t"})["d31011t"]
    text = next(line for line in documents[4].splitlines() if "at least 156" in line)
    toll = next(f for f in figures(text) if f.low == 156)
    assert math.isinf(toll.high)
    assert text[toll.start : toll.end] == "at least 156"
    # multi_news-val-79: "the extermination of six million Jews"
    (letter,) = inputs(["multi_news-val-79"]).values()
    assert any(f.low == f.high == 6e6 for f in figures(str(letter[1])))


def test_an_agreed_fact_is_not_supported_by_other_figures():
    analysis = brief(_duc({"d30048t"})["d30048t"], words=100).analysis
    assert analysis is not None
    (fact,) = [f for f in analysis.agreed if "won 51 percent of the vote" in f.statement.text]
    assert fact.support
    assert not any("with 56 percent of the vote" in s.text for s in fact.support)


def test_a_toll_no_other_report_gives_is_agreed_by_none():
    # d31022t's lead, "... killing 60 people and injuring 162 others": the other report
    # with 60 dead gives 155 injured, "a fire that killed 67 of them" another toll of the
    # same verb, and the sentences it shared only the dateline with tell other facts
    documents = _duc({"d31022t"})["d31022t"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    assert analysis.agreed
    assert any("injuring 155" in document for document in documents)
    assert not any(
        "injuring 162 others" in s.text for fact in analysis.agreed for s in fact.sentences
    )


def _sentence(documents: list[str], doc: int, words: str) -> str:
    """The sentence of the `doc`th document that holds `words`, as chorus splits it."""
    article = as_articles(documents)[doc]
    return next(s.text for s in split(clean(article)) if words in s.text)


def test_no_part_of_a_number_is_read_as_a_figure():
    documents = _duc({"d31001t", "d31011t"})
    # d31001t: "The 3,500-page report by the Truth and Reconciliation Commission ..."
    report = _sentence(documents["d31001t"], 2, "3,500-page")
    assert not any(f.low == 3 for f in figures(report))
    # d31011t: "unleashing 1.5-meter (5 foot) avalanches" / "1.5 meter (5 foot) -high
    # avalanches": one height, which main read as 1 against 1.5
    hyphened = _sentence(documents["d31011t"], 1, "unleashing 1.5-meter")
    spaced = _sentence(documents["d31011t"], 0, "unleashing 1.5 meter")
    assert supports(spaced, hyphened)
    assert supports(hyphened, spaced)


def _documents(name: str) -> list:
    return _duc({name})[name] if name.startswith("d3") else inputs([name])[name]


@pytest.mark.parametrize(
    ("name", "negative", "other", "verdict"),
    [
        # "Skull Island isn't a remake" / "is, reportedly, a reboot": one denies what the
        # other affirms with the same verb
        ("multi_news-val-2642", (0, "isn't a remake"), (2, "reportedly, a reboot"), False),
        # "is not involved" / "denied his country was involved": both deny
        ("d30028t", (3, "Israel is not involved"), (4, "denied his country"), True),
        # the denial is the merged sentence's own addition: "That doesn't just happen!"
        ("multi_news-val-5041", (2, "doesn't just happen!”"), (1, "Stock market at an"), True),
        # "not only because of the burns but also": no verb negated
        ("d31022t", (3, "not only because of the burns"), (4, "hard because they have"), True),
    ],
)
def test_a_denial_is_no_support_for_what_the_other_affirms(name, negative, other, verdict):
    documents = _documents(name)
    denying, affirming = _sentence(documents, *negative), _sentence(documents, *other)
    assert supports(denying, affirming) is verdict
    assert supports(affirming, denying) is verdict


@pytest.mark.parametrize(
    ("name", "shown", "other", "verdict"),
    [
        # one arrest dated twice: "In 1999, Orange County authorities arrested Poole" / "In
        # 2001, the Orange County Sheriff's Office arrested Poole"
        ("multi_news-val-1049", (0, "In 1999, Orange"), (1, "In 2001, the Orange"), False),
        # two events: a debut album "in 1993" / "their first demo together in 1992"
        ("multi_news-val-410", (2, "Juvenile Hell,” in 1993"), (4, "together in 1992"), True),
        # a year that dates another thing: "the 1988 bombing" / "sanctions since 1992"
        ("d30042t", (7, "Farrakhan repeatedly"), (4, "sanctions since 1992"), True),
        # two events, each dated by its own year, neither telling the other's: "The couple
        # was convicted in 1992" / "three children accused them in 1991"; "freed in 2013" /
        # "In 2015, the Texas Court ... split the difference"; "a part of communist-run
        # Yugoslavia until 1991" / "After Germany invaded Yugoslavia in 1941"
        ("multi_news-val-4901", (0, "convicted in 1992"), (1, "accused them in 1991"), False),
        ("multi_news-val-4901", (0, "freed in 2013"), (1, "In 2015, the Texas"), False),
        ("d31002t", (0, "Yugoslavia until 1991"), (7, "invaded Yugoslavia in 1941"), False),
        # one dates what the other tells undated: "another judge ... opened an investigation
        # into ... the 17-year Pinochet dictatorship that ended in 1990" / "In 1996,
        # Castellon opened his probe"
        ("d30003t", (7, "dictatorship that ended in 1990"), (0, "In 1996, Castellon"), True),
        # two things of one kind named by two years: "in the 1996 bombing" / "linking him
        # to the 1995 car bombing of a military facility"
        ("d30005t", (3, "the 1996 bombing"), (5, "the 1995 car bombing"), False),
        # a year within a range is a part of what the range tells: "received $3.8 million
        # from 2011 through 2015" / "In 2012, the Mercer Family Foundation donated"; a year
        # at a range's end may date one event: "In 2003, a judge revoked Poole's probation"
        # / "a second stint from 2003 to 2006"; "in 1996" / "in 1994-96"
        ("multi_news-val-4890", (0, "from 2011 through 2015"), (1, "In 2012, the"), False),
        ("multi_news-val-1049", (0, "In 2003, a judge"), (1, "from 2003 to 2006"), True),
        ("d30056t", (5, "independence from Russia in 1996"), (3, "in 1994-96"), True),
        # one heist dated twice, its event named after one year and before the other's
        # "in": "the 1899 heist ... from the San Francisco Mint in 1899" / "the gold heist
        # in 1900 from the San Francisco Mint"
        ("multi_news-val-2031", (0, "details of the 1899 heist"), (1, "heist in 1900"), False),
        # one man's two ages: "66-year-old Frank Macomber" / "Macomber, 65,"
        ("multi_news-val-5388", (0, "66-year-old Frank"), (2, "Macomber, 65,"), False),
        # two Pasztors, the boy (6) and his mother (29): "Pasztor faces ... the deaths of
        # 6-year-old Rene Pasztor" names both; no age rules out "Pasztor, 29, admitted to
        # smothering and killing her two children" (a close call as a support: it tells
        # her admission, not the charges)
        ("multi_news-val-5388", (0, "Pasztor faces two charges"), (2, "Pasztor, 29"), True),
        ("d30010t", (0, "23-year-old secretary"), (1, "32-year-old secretary"), False),
        ("multi_news-val-5484", (0, "Kevin Johnson, 25, were"), (2, "Johnson, 24"), False),
        ("multi_news-val-5484", (0, "Kevin Johnson, 25, were"), (1, "Johnson, 25, also"), True),
        # one value, a sum in one and a count in the other: another thing
        ("multi_news-val-5619", (0, "£100,000 to"), (1, "100,000 patients"), False),
        # "$11 million" / "eleven million dollars": one sum
        ("multi_news-val-4890", (0, "$11 million from"), (1, "eleven million dollars"), True),
        # "a person over 65" allows any figure, "$45,100" too
        ("multi_news-val-5012", (0, "person over 65"), (1, "$45,100"), True),
        # a toll "more than 250" is allowed by no "killed 224 people", whatever other figure
        # is greater ("injured an estimated 5,000 people")
        ("d30005t", (1, "killed 224 people"), (4, "killed more than 250"), False),
    ],
)
def test_a_support_dates_one_event_once_and_gives_one_person_one_age(name, shown, other, verdict):
    documents = _documents(name)
    first, second = _sentence(documents, *shown), _sentence(documents, *other)
    assert supports(first, second) is verdict
    assert supports(second, first) is verdict


@pytest.mark.parametrize(
    ("name", "shown", "remark", "verdict"),
    [
        # the remark shares only its speaker with the statement
        ("multi_news-val-1643", (1, "The pair teamed up with"), (2, "RIP Marty Balin"), False),
        ("multi_news-val-1397", (0, "Salah Ali, 70, the infant"), (2, "I can’t believe"), False),
        # one word shared with the quotation: "When asked how he reconciled ..." / "“Certainly
        # I asked her questions,”"; a name shared in part: "Marty Balin, a co-founder ...
        # whose high and soulful voice defined many of both groups’ songs, died Thursday" /
        # "“Marty and I were young together in a time that defined our lives,”"
        ("multi_news-val-1094", (1, "When asked how he"), (0, "Certainly I asked"), False),
        ("multi_news-val-1643", (1, "Marty Balin, a co-founder"), (2, "Marty and I were"), False),
        # a date and a name shared: "The Dow closed at 18,589.69 on November 9, 2016" /
        # "\"Dow goes from 18,589 on November 9, 2016, to 25,075 today ...\" Trump tweeted"
        ("multi_news-val-5041", (0, "The Dow closed at"), (1, "Dow goes from 18,589"), True),
        # one remark in other words: "act in a ``constructive manner''" / "We will act
        # constructively"
        ("d31009t", (2, "Mrs. Ciller, who commands"), (3, "We are open to any"), True),
        # what is said of the speaker tells the statement's fact: "Sahlgrenska Hospital, the
        # largest in the city of 435,000 some 500 kilometers (300 miles) west of Stockholm"
        ("d31022t", (5, "Goteborg, Sweden's second"), (3, "identification is hard not"), True),
        # a term in quotation marks is no remark: "“Communiqués” publicizing their actions"
        ("multi_news-val-1400", (0, "To publicize their crimes"), (1, "Communiqués”"), True),
    ],
)
def test_a_remark_supports_a_statement_only_through_words_they_share(name, shown, remark, verdict):
    documents = _documents(name)
    assert supports(_sentence(documents, *shown), _sentence(documents, *remark)) is verdict

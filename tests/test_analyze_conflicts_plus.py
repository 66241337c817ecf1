"""The "Conflicts" section on lower-case Multi-News+ validation text (conflict_gold.json's
`plus`, judged from the articles): the conflicts it showed wrongly there before the
eleventh pass, the rules that leave them out, and the real ones it keeps."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.count_rivals import Read, at_odds, rival_counts
from chorus.analyze.count_scopes import scope
from chorus.analyze.model import Analysis
from chorus.clean import clean
from chorus.language.counts import counts
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import NONE_JUDGED, places
from tests.test_analyze_conflicts import judge, shown_pairs

PLUS = DATA / "multinews-plus-validation.jsonl.gz"
PLUS_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_gold.json").read_text(encoding="utf-8")
)["plus"]


@pytest.fixture(scope="module")
def plus_documents() -> dict[str, list[str]]:
    """The documents of the gold's Multi-News+ clusters, by id."""
    wanted = {c["id"] for c in PLUS_GOLD}
    found = {}
    with gzip.open(PLUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            cluster = json.loads(line)
            if cluster["id"] in wanted:
                found[cluster["id"]] = cluster["documents"]
                if len(found) == len(wanted):
                    break
    assert found.keys() == wanted
    return found


@pytest.fixture(scope="module")
def plus_analysed(plus_documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    """Each gold cluster's analysis and the documents' places by article id."""
    result = {}
    for name, documents in plus_documents.items():
        briefing = brief(documents, words=100)
        assert briefing.analysis is not None
        result[name] = (briefing.analysis, places(documents))
    return result


def _sentence(plus_documents, cluster: str, words: str) -> str:
    """The sentence of a cluster holding `words`, split as the analysis splits."""
    articles = brief(plus_documents[cluster], words=100).documents
    sentences = (s for d in articles for s in split(clean(d.article)))
    return next(s.text for s in sentences if words in s.text)


def _shown(plus_analysed, cluster: str, words_a: str, words_b: str) -> bool:
    """Whether a conflict sets a sentence holding `words_a` against one holding `words_b`."""
    return any(
        (words_a in x.text and words_b in y.text) or (words_b in x.text and words_a in y.text)
        for x, y in shown_pairs(plus_analysed[cluster][0].conflicts)
    )


def test_plus_conflicts_shown_are_mostly_right_and_the_right_ones_kept(plus_analysed):
    # Every conflict main showed on Multi-News+ validation clusters 0-499 and 2000-5299,
    # judged from the articles: 16 right pairs of 50 shown (negated claims, a "refused to
    # confirm or deny", wholes after "out of the", another shooting "two days after", an
    # age "at the time" against one "now", market moves, "charges against" read as votes,
    # age groups, parts of a count "around the country", a toll without the gunman who
    # killed himself); with the eleventh pass' rules, 16 of 26 (the rest: tokenised clock
    # times "10: 09 p.m." and two advisories, positions.py's; a cut caption's
    # "including..."; counts of two plagues, of two years, with and without an attacker);
    # with the twelfth's (clock times read whole, report times, figures 5x apart, a denied
    # act's place), 16 of 21. The seventeenth pass ends a denial's clause at the end of its
    # sentence: val-4529's "rejected that national enquirer report ... as "garbage. " but
    # trump unleashed on ... rafael cruz" no longer answers "alleged that ted cruz's father",
    # which it shared only with the sentence after the denial (15 of 18).
    judged = [
        judge(plus_analysed[c["id"]][0].conflicts, plus_analysed[c["id"]][1], c["pairs"])
        for c in PLUS_GOLD
    ]
    total = sum(judged, NONE_JUDGED)
    assert total.judged == total.shown, "label the new pairs in conflict_gold.json's plus"
    assert total.true == 16 and total.found == 15
    assert total.right / total.shown >= 0.75, total


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        # A claim whose cue is negated asserts nothing: "no proof" agrees with "fabricated".
        ("multi_news-val-2460", "no proof that dylan", "fabricated quotes"),
        ("multi_news-val-488", "didn't provide evidence", "denied the allegations"),
        # "refused to confirm or deny" denies nothing.
        ("multi_news-val-2487", "no evidence he is responsible", "confirm or deny"),
        # A claim that speaks of the denial itself tells both sides.
        ("multi_news-val-2442", "mockery of its denials", "Russia denied the report"),
        ("multi_news-val-3870", 'are "untrue', "vehemently denying reports"),
        # What a denial denies ends at a cut caption's ellipsis.
        ("multi_news-val-2751", "showed to jurors evidence", "denied ever using"),
        # A report of the denial, or "without mentioning", affirms nothing.
        ("multi_news-val-2525", "flat denials", "never hacked a phone"),
        ("multi_news-val-2661", "without mentioning", "did not mention president trump"),
        # A whole after "out of the"; a market's move at midday against its close.
        ("multi_news-val-2811", "34 cardiac arrests occurred", "out of the 4,557"),
        ("multi_news-val-2334", "115 points, or 2 percent", "119.80 points, or 2.4 %"),
        # Two detained and "a third man was arrested" count three.
        ("multi_news-val-473", "detained two men", "arrested three panhandlers"),
        # Another event "two days after" / "the day after"; an age then and now.
        ("multi_news-val-3297", "killed two people", "two days after one student"),
        ("multi_news-val-332", "killed seven foreign staff", "at least nine civilians"),
        ("multi_news-val-3009", "six years old at the time", "now 28 years old"),
        # "murder charges against" is no vote; the Black Death's 30 million and two people.
        ("multi_news-val-3717", "three murder charges", "three of the eight"),
        ("multi_news-val-4190", "estimated 30 million", "remains of two people"),
        # Age groups; a part of a count "around the country"; three journalists of 81.
        ("multi_news-val-4880", "aged 35 to 44", "aged 18 – 44"),
        ("multi_news-val-5128", "10 people have been killed", "killing three"),
        ("multi_news-val-4599", "three journalists hurt", "wounded 81"),
        # "killing two people ... before taking his own life": three dead with the gunman.
        ("multi_news-val-4778", "killing two people", "three people were killed"),
        # Tokenised clock times ("10: 09 p.m."), the times of two advisories; a war's toll
        # of one year against its running total (5.5x); a denied act in another place.
        ("multi_news-val-3029", "just after 3 p.m.", "3: 06 p.m."),
        ("multi_news-val-3859", "shortly after 10 p.m.", "10: 09 p.m."),
        ("multi_news-val-4477", "2 p.m. Advisory", "11 a.m. Advisory"),
        ("multi_news-val-4667", "killed about 18,000", "more than 100,000"),
        ("multi_news-val-4677", "filed taxes in california", "did not file his taxes"),
    ],
)
def test_false_plus_conflicts_are_gone(plus_analysed, cluster, words_a, words_b):
    assert not _shown(plus_analysed, cluster, words_a, words_b)


def test_real_plus_conflicts_are_kept(plus_analysed):
    assert _shown(plus_analysed, "multi_news-val-2002", "four people are wounded", "5 injured")
    assert _shown(plus_analysed, "multi_news-val-3256", "two people are dead", "at least four")
    assert _shown(plus_analysed, "multi_news-val-332", "at least 10 people", "Eight people")
    assert _shown(plus_analysed, "multi_news-val-3489", "raised constitutional", "did not raise")
    assert _shown(plus_analysed, "multi_news-val-3553", "16 people", "Seventeen people")
    assert _shown(plus_analysed, "multi_news-val-4741", "116 injured", "59 injured")
    assert _shown(plus_analysed, "multi_news-val-4612", "tangible evidence", "rejected reports")


def test_rival_counts_leave_out_wholes_moves_counts_gone_past_and_votes_of_nothing(
    plus_documents,
):
    cardiac = _sentence(plus_documents, "multi_news-val-2811", "out of the 4,557")
    assert all(c.value != 4557 for c in rival_counts(cardiac))
    nasdaq = _sentence(plus_documents, "multi_news-val-2334", "119.80 points, or 2.4 %")
    assert not [c for c in rival_counts(nasdaq) if c.quantity == "percentage"]
    detained = _sentence(plus_documents, "multi_news-val-473", "a third man was arrested")
    assert not [c for c in rival_counts(detained) if c.quantity == "arrests"]
    charges = _sentence(plus_documents, "multi_news-val-3717", "thrown out three murder")
    assert not [c for c in rival_counts(charges) if c.quantity.startswith("votes")]
    # the next one of another quantity goes on past nothing: three terrorists killed
    (raw_290,) = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] == "multi_news-val-290"]
    articles = brief(raw_290["documents"], words=100).documents
    killed = next(
        s.text
        for d in articles
        for s in split(clean(d.article))
        if "a fourth was arrested" in s.text
    )
    assert [(c.quantity, c.value) for c in rival_counts(killed)] == [("deaths", 3.0)]


def test_counts_of_another_moment_and_ages_are_no_rivals(plus_documents):
    earlier = _sentence(plus_documents, "multi_news-val-3297", "two days after one student")
    mall = _sentence(plus_documents, "multi_news-val-3297", "He killed two people")
    assert scope(earlier).shift == "two days after" and scope(mall).shift == ""
    assert at_odds(Read(mall, rival_counts(mall)), Read(earlier, rival_counts(earlier))) == []
    then = _sentence(plus_documents, "multi_news-val-3009", "six years old at the time")
    now = _sentence(plus_documents, "multi_news-val-3009", "now 28 years old")
    # an age, whoever's: counts.py does not read whose (ages.py compares named people's)
    assert [c.quantity for c in counts(then)] == ["age"] and rival_counts(then) == []
    assert at_odds(Read(then, rival_counts(then)), Read(now, rival_counts(now))) == []

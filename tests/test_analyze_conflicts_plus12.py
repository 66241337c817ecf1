"""The "Conflicts" section on Multi-News+ text no earlier pass had read (conflict_gold.json's
`plus12`: validation lines 500-1999 and train lines 20000-21999, every conflict main showed
judged from the articles before the twelfth pass changed a rule; and a third set, validation
lines 5300-5621 and train lines 22000-23499, judged before the branch ran on it): the wrong
ones it showed, the rules that leave them out, and the right ones it keeps."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path

import pytest

from chorus import brief
from chorus.analyze.claims import asserts
from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_scopes import scope
from chorus.analyze.denial_cues import denial_in as denial
from chorus.analyze.durations import durations_before
from chorus.analyze.model import Analysis
from chorus.analyze.positions import clocks
from chorus.analyze.spoken_denials import spoken_denials
from chorus.language.counts import counts
from tests.conftest import DATA
from tests.gold import NONE_JUDGED, Judged, places
from tests.test_analyze_conflicts import judge
from tests.test_analyze_conflicts_plus import _sentence, _shown

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_gold.json").read_text(encoding="utf-8")
)["plus12"]
FILES = {
    "val": DATA / "multinews-plus-validation.jsonl.gz",
    "train": DATA / "multinews-plus-train.jsonl.gz",
}


def _documents(ids: set[str]) -> dict[str, list[str]]:
    """The documents of clusters named "multi_news-<split>-<line>", read by line."""
    found = {}
    for split_name, path in FILES.items():
        lines = sorted(int(i.rsplit("-", 1)[1]) for i in ids if f"-{split_name}-" in i)
        if not lines:
            continue
        with gzip.open(path, "rt", encoding="utf-8") as rows:
            for n, row in enumerate(islice(rows, lines[-1] + 1)):
                if n in lines:
                    cluster = json.loads(row)
                    found[cluster["id"]] = cluster["documents"]
    assert found.keys() == ids
    return found


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    return _documents({c["id"] for c in GOLD})


def analyse(
    gold: list[dict], documents: dict[str, list[str]]
) -> dict[str, tuple[Analysis, dict[str, int]]]:
    """Each gold cluster's analysis and the documents' places by article id."""
    result = {}
    for c in gold:
        briefing = brief(documents[c["id"]], words=100)
        assert briefing.analysis is not None
        result[c["id"]] = (briefing.analysis, places(documents[c["id"]]))
    return result


def judged_total(analysed: dict[str, tuple[Analysis, dict[str, int]]], gold: list[dict]) -> Judged:
    """The conflicts shown on every gold cluster, judged against its pairs, summed."""
    judged = [judge(analysed[c["id"]][0].conflicts, analysed[c["id"]][1], c["pairs"]) for c in gold]
    return sum(judged, NONE_JUDGED)


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    return analyse(GOLD, documents)


def test_conflicts_shown_on_new_text_are_mostly_right(analysed):
    # Main showed 47 conflicts on the first 3,500 clusters, 12 right, 6 unclear, 29 wrong,
    # and 18 on the third set's 1,822, 4 right, 1 unclear, 13 wrong: its rules fitted the
    # text they were written on. Design (odd lines), blind (even lines, scored once with
    # the rules frozen) and the third set alike. Pairs: main 18 right of 72 judged, the
    # twelfth pass 18 of 25.
    # Cleaning's fifth pass removes captions before story sentences in Multi-News+: val
    # 1200's right conflict is named by its story words now; train 23491's claim side
    # ("steve wynn has resigned ... following sexual assault allegations") asserted only
    # through the USA Today caption glued before it ("... a study carried out by ... ( photo:
    # charles krupa, ap )"), so the rules no longer find it: 16 of 17.
    total = judged_total(analysed, GOLD)
    assert total.true == 17 and total.found == 16, total
    # conflicts judged unclear (a toll or an ice cover "now", a round floor) are not in the
    # gold: judged pairs only
    assert total.right / total.judged >= 0.7, total


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        # Items of a list ("20 children and six adults", "two women and one man").
        ("multi_news-train-20671", "killed 26 children and adults", "20 children and six"),
        ("multi_news-val-1075", "two women and one man", "killing two female shoppers"),
        # The kin of some of the dead are no toll; ages, whoever's, no rivals.
        ("multi_news-train-20453", "parents of four children", "parents of two children"),
        ("multi_news-val-1353", "died at the age of 117", "died at the age of 116"),
        # Another crash "less than 24 hours earlier"; deaths "in initial clashes".
        ("multi_news-train-20971", "two separate wrong-way", "Less than 24 hours earlier"),
        ("multi_news-train-21145", "initial clashes", "at least 20 people"),
        # Outlets that give both figures: "Paladino's 32 percent" and his "unfavorable
        # rating was 36 percent" in both articles; 60 percent needed, 69 won.
        ("multi_news-train-20361", "Paladino's 32 percent", "unfavorable rating was 36"),
        ("multi_news-train-20997", "good for 69 percent", "60 percent approval needed"),
        # Durations of alternatives: "one- or three-month supplies".
        ("multi_news-val-1547", "three-month supplies", "12-month supplies"),
        # A claim negated in its clause ("nor was there reliable evidence"); an aim ("to
        # ensure such an atrocity did not occur"); what a denial denies ends at "while".
        ("multi_news-val-1709", "no evidence to disprove", "rejected that story"),
        ("multi_news-val-1627", "mgm files federal complaint", "did not occur"),
        ("multi_news-val-1149", "has confirmed she is caring", "dismiss reports"),
        # Negations of a group ("babies whose parents did not use") or answered by "none".
        ("multi_news-val-1175", "cleaning practices were recorded", "did not use the cleaning"),
        ("multi_news-train-20771", "none of the criminal sexual", "did not occur at the school"),
        # Clock times six hours apart: two moments.
        ("multi_news-val-1003", "found around 10 a.m.", "at about 4 a.m."),
        # (Blind, then design:) denials of wrongdoing, knowledge or allegations answer
        # accusations, not what was "confirmed"; "Those" is no name of the denier; a
        # verb after "instead of" affirms nothing.
        ("multi_news-train-20734", "confirmed to nbc news", "denied wrongdoing in the case"),
        ("multi_news-train-20914", "the white house confirmed", "putin denied allegations"),
        ("multi_news-train-21100", "confirmed reports today", "denied any knowledge"),
        ("multi_news-val-548", "held responsible for monitoring", "denied the respective"),
        ("multi_news-train-21784", "instead of calling 911", "did not call 911"),
        # (Third set:) a move in percent then points; "No one"; an hour kept every day.
        ("multi_news-train-22751", "fell 1.07 percent", "+0.99 %"),
        ("multi_news-train-22771", "Four passengers were injured", "No one was seriously"),
        ("multi_news-train-22740", "at about 8: 30 a.m.", "which opens at 10 a.m."),
        ("multi_news-val-5380", "found inadequacies", '"fabricated "'),
        # (The fourteenth pass:) "three soldiers ... were killed and five were wounded":
        # five soldiers, no rivals of civilians.
        ("multi_news-train-22217", "13 afghan civilians", "five were wounded"),
        ("multi_news-train-22217", "five were wounded", "Another 16 civilians"),
    ],
)
def test_wrong_conflicts_on_new_text_are_gone(analysed, cluster, words_a, words_b):
    assert not _shown(analysed, cluster, words_a, words_b)


def test_right_conflicts_on_new_text_are_kept(analysed):
    assert _shown(analysed, "multi_news-val-787", "more than 50 militants", "killing 49")
    assert _shown(analysed, "multi_news-val-1479", "at least 13 people", "11 people")
    assert _shown(analysed, "multi_news-val-1999", "six soccer officials", "seven top")
    assert _shown(analysed, "multi_news-val-1090", "three children", "two children")
    assert _shown(analysed, "multi_news-train-21145", "at least 16 people", "20 people")
    assert _shown(analysed, "multi_news-train-20435", "israeli warplanes", "dismissed the report")
    assert _shown(analysed, "multi_news-train-21744", "graphic evidence", "denied any wrongdoing")
    assert _shown(analysed, "multi_news-val-599", "uncovered evidence", "denied any wrongdoing")


def test_counts_of_a_list_of_kin_of_no_one_and_ages_are_no_rivals(documents):
    sandy_hook = _sentence(documents, "multi_news-train-20671", "20 children and six adults")
    # "killed 20 children and six adults": an item of a list, no count (counts.py reads
    # the list after a counting verb; count_rivals.py the items of any other)
    assert counts(sandy_hook) == [] and rival_counts(sandy_hook) == []
    kin = _sentence(documents, "multi_news-train-20453", "parents of two children killed")
    assert [c.quantity for c in counts(kin)] == ["deaths"] and rival_counts(kin) == []
    okawa = _sentence(documents, "multi_news-val-1353", "died at the age of 117")
    assert [c.quantity for c in counts(okawa)] == ["age"] and rival_counts(okawa) == []
    clashes = _sentence(documents, "multi_news-train-21145", "in initial clashes")
    assert scope(clashes).shift == "initial"
    crash = _sentence(documents, "multi_news-train-20971", "Less than 24 hours earlier")
    assert scope(crash).shift == "less than 24 hours earlier"
    # "Three terrorists were killed and a fourth was arrested": a verb, no list
    assert rival_counts("Three terrorists were killed and a fourth was arrested.") != []


def test_clock_times_read_whole_and_not_of_reports_or_stamps():
    assert [c.minutes for c in clocks("arrested him at 10: 09 p.m. Sunday")] == [22 * 60 + 9]
    assert clocks("forecasters said in a 2 p.m. Advisory.") == []
    assert clocks("Updated at 2 a.m.: in the end, it all came down to a vote.") == []
    assert clocks("Kings plaza mall, which opens at 10 a.m., shut down.") == []


def test_durations_of_alternatives_are_not_read(documents):
    supplies = _sentence(documents, "multi_news-val-1547", "one- or three-month supplies")
    assert durations_before(supplies) == []
    assert [d.written for d in durations_before("to cover 12-month supplies of pills")] == [
        "12-month supplies"
    ]


def test_claims_negated_in_their_clause_assert_nothing(documents):
    nor = _sentence(documents, "multi_news-val-1709", "nor was there reliable evidence")
    assert not asserts(nor)
    assert asserts("Committee investigators say they have uncovered evidence that she lied.")


def test_a_denied_act_names_its_place(documents):
    (taxes,) = [
        d
        for d in spoken_denials(
            '" he did not file his taxes in new jersey, was not here, " she wrote.'
        )
        if d.verb == "file"
    ]
    assert taxes.where == {"new", "jerse"}
    whose = _sentence(documents, "multi_news-val-1175", "whose parents did not use")
    assert spoken_denials(whose) == []


def test_an_accusation_of_fabricating_denies_nothing(documents):
    accused = _sentence(documents, "multi_news-val-5380", 'she "fabricated "')
    assert denial(accused) is None
    assert denial("The singer's spokesman called them fabricated quotes.") is not None


def test_a_count_with_no_noun_after_and_counts_the_noun_before(documents):
    soldiers = _sentence(documents, "multi_news-train-22217", "five were wounded")
    wounded = next(c for c in rival_counts(soldiers) if c.quantity == "injuries")
    assert (wounded.value, wounded.what) == (5, "soldiers")

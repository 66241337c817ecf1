"""The "Conflicts" section on Multi-News+ text no earlier fixture named (conflict_gold.json's
`plus13`: validation lines 2000-2999 and 4000-4499, train lines 30000-31999; every conflict
main showed judged from the articles before the thirteenth pass changed a rule): the wrong
ones it showed, the rules that leave them out, and the right ones it keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.claims import OWN_ACT, asserts
from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.denial_cues import denial_in as denial
from chorus.analyze.denials import _denied as denied_stems
from chorus.analyze.model import Analysis
from chorus.analyze.negations import _affirms as affirms
from chorus.analyze.spoken_denials import spoken_denials
from chorus.language.counts import counts
from tests.test_analyze_conflicts_plus import _sentence, _shown
from tests.test_analyze_conflicts_plus12 import _documents, analyse, judged_total

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_gold.json").read_text(encoding="utf-8")
)["plus13"]


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    return _documents({c["id"] for c in GOLD})


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    return analyse(GOLD, documents)


def test_conflicts_shown_on_new_text_are_mostly_right(analysed):
    # Main showed 16 conflicts on 3,421 clusters: design 7, all wrong; blind 9, 2 right,
    # 2 unclear, 5 wrong (pairs: 3 right of 18 judged). The thirteenth pass: 3 of 5.
    total = judged_total(analysed, GOLD)
    assert total.found == total.true == 3, total
    assert total.right / total.judged >= 0.6, total


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        # A toll where the gunman turned the gun on himself may count him.
        ("multi_news-train-30209", "two students are dead", "killed one person"),
        # A denial of being paid answers only a claim of payment.
        ("multi_news-train-30505", "atrocities carried out", "deny being paid"),
        # "failed to remove", "should be allowed to throw": acts not done.
        ("multi_news-train-30625", "failed to remove the adrenal", "didn't remove the gland"),
        ("multi_news-train-31059", "allowed to throw snowballs", "never throw a snowball"),
        # A judge's dismissal is a ruling; one as alike as the claim tells the same thing.
        ("multi_news-train-30711", "saudi arabia was dismissed", "dismissed claims against"),
        ("multi_news-train-30711", "evidence would have to show", "dismissed claims against"),
        # "the proof of their innocent[ce]" sides with the denial.
        ("multi_news-train-31175", "proof of their innocent", "denied all the charges"),
        # Two hours apart: two moments.
        ("multi_news-train-31581", "just after 3 p.m.", "just before 5 p.m."),
        # (Blind, then design:) percentages of two quantities.
        ("multi_news-train-30882", "12 percent less likely", "18 % lower risk"),
        # (Blind, then the fourteenth pass' design:) "the fabricated feud" denies a feud;
        # 19 dead off Kalymnos are a part of 22 dead "near two greek islands".
        ("multi_news-train-31586", "proof )", "the fabricated feud"),
        ("multi_news-val-4424", "twenty-two people died", "19 people were killed"),
    ],
)
def test_wrong_conflicts_on_new_text_are_gone(analysed, cluster, words_a, words_b):
    assert not _shown(analysed, cluster, words_a, words_b)


def test_right_conflicts_on_new_text_are_kept(analysed):
    assert _shown(analysed, "multi_news-train-30258", "leaving 10 children dead", "at least eight")
    assert _shown(analysed, "multi_news-train-30574", "potential preparations", "denies it is")


def test_a_toll_with_a_self_killed_attacker_is_read_with_and_without_him(documents):
    toll = _sentence(documents, "multi_news-train-30209", "turning the gun on himself")
    (deaths,) = [c for c in rival_counts(toll) if c.quantity == "deaths"]
    assert (deaths.low, deaths.value, deaths.high) == (1, 2, 3)


def test_percentages_are_read_but_rival_none(documents):
    coffee = _sentence(documents, "multi_news-train-30882", "18 % lower risk")
    assert [c.quantity for c in counts(coffee)] == ["percentage"]
    assert rival_counts(coffee) == []


def test_acts_not_done_affirm_no_denied_act(documents):
    denied = spoken_denials(_sentence(documents, "multi_news-train-30625", "didn't remove"))
    (gland,) = [d for d in denied if d.verb == "remove"]
    failed = _sentence(documents, "multi_news-train-30625", "failed to remove the adrenal")
    assert not affirms(failed.lower(), gland)
    assert affirms("baker removed the adrenal gland and the mass.", gland)
    denied = spoken_denials(_sentence(documents, "multi_news-train-31059", "never throw"))
    (snowball,) = [d for d in denied if d.verb == "throw"]
    allowed = _sentence(documents, "multi_news-train-31059", "allowed to throw snowballs")
    assert not affirms(allowed.lower(), snowball)


def test_rulings_innocence_and_denials_of_being(documents):
    ruling = _sentence(documents, "multi_news-train-30711", "dismissed claims against")
    assert denial(ruling) is None
    assert denial("Saudi officials dismissed claims against the kingdom as lies.") is not None
    innocent = _sentence(documents, "multi_news-train-31175", "proof of their innocent")
    assert not asserts(innocent)
    paid = _sentence(documents, "multi_news-train-30505", "deny being paid")
    match = denial(paid)
    assert match is not None
    own = OWN_ACT.match(paid, match.start())
    assert own is not None and own.group(1) == "paid"


def test_fabricated_denies_the_thing_it_qualifies(documents):
    feud = _sentence(documents, "multi_news-train-31586", "the fabricated feud")
    match = denial(feud)
    assert match is not None and denied_stems(feud, match) == {"feud"}

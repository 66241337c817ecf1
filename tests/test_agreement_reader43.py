"""The forty-third agreement pass: false agreed items readers 43 and 44 found in raw
validation clusters (0-based, file order), each read against the articles. Gone: two
sentences whose one own word in common is a year both write before one same word, a
thing of that year each goes on to judge ("the 2009 stimulus", 107: a blogger's "Qua
economics, the proposal looks a lot better" / the Journal's "wasn't big enough isn't what
we heard then"); a lone word one capitalises and the other not, after one name both write
(104's Key Resolve "across the Korean Peninsula" / "the stakes on the Korean peninsula",
under one dateline); a word and its "-ship" as one word (104's "its erratic leader, Kim Jong
Un" / "a leadership vacuum"); a word one writes only after "no", beside names and titles
both capitalise, against one affirming it (107's Gingrich "There is no bill." / "would
approve important elements of the bill"); one own word below the open threshold, one
sentence closing "according to" a source the other's article never names (36's "he's no
thinker, according to The Washington Post's Jennifer Rubin" / DeMint leaving for the
Heritage Foundation, "a conservative think tank"). Pairs a lone year links that date one
deed stay, and so do credited facts another outlet tells alike (189, 206, 153)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import names_a_kind
from chorus.analyze.agreement_negated import negated_apart
from chorus.analyze.agreement_word_forms import one_word_each
from chorus.analyze.model import Analysis
from chorus.analyze.own_words import names_in_common
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (36, 104, 107, 136, 153, 189, 206, 213, 218))


def test_the_false_items_go(analyses):
    assert not pair_shown(analyses[107], "Qua economics", "the 2009 stimulus wasn't big")
    assert not pair_shown(analyses[107], "There is no bill.", "important elements of the bill")
    assert not pair_shown(analyses[104], "its erratic leader", "in a leadership vacuum")
    assert not pair_shown(analyses[104], "called Key Resolve", "the Korean peninsula as high")
    assert not pair_shown(analyses[36], "he's no thinker", "a conservative think tank")
    # the robot back after six hours, according to the search's coordination centre / its
    # plan to search where four signals were heard
    assert not pair_shown(analyses[218], "returned to the surface", "will search for wreckage")


def test_credited_facts_told_alike_stay(analyses):
    # a police chief credited, the fact told in more words than one, or its source named
    assert pair_shown(analyses[189], "conscious when he was transported", "The man was conscious")
    assert pair_shown(analyses[206], "according to the LA Times", "demanding that college")
    assert pair_shown(analyses[153], "according to Leazenby", "reported missing about 5:30")
    assert pair_shown(analyses[36], "someone from South Carolina", "Somebody conservative")


def test_one_deed_dated_by_a_year_stays(analyses):
    # Poole sent to prison in 2003 / his second stint from 2003 to 2006
    assert pair_shown(analyses[136], "In 2003, a judge revoked", "second stint from 2003")
    # the first hand-drawn Popeye cartoon since 1987, in both
    assert pair_shown(analyses[213], "first hand-drawn Popeye cartoon since 1987", "hand-drawn")


def _kind(a: str, b: str, shared: set[str]) -> bool:
    return names_a_kind(a, b, shared, names_in_common(a, b))


def test_a_year_before_one_word_names_a_thing():
    assert _kind(
        "2) Qua economics, the proposal looks a lot better than the 2009 stimulus.",
        "The new argument that the 2009 stimulus wasn't big enough isn't what we heard then.",
        {"2009"},
    )
    # DUC 0's two sentences: the year dates one deed, the words after it differ
    assert not _kind(
        "In 1996, Castellon opened his probe into murder, torture and disappearances in Chile.",
        "His involvement with South America began in 1996 when he opened a criminal "
        "investigation against the military officers.",
        {"1996"},
    )
    # one year before a stop word in both ("since 1987, the clip"), or a year at the end
    assert not _kind(
        "It is the first hand-drawn Popeye cartoon since 1987.",
        "The spacecraft hadn't fired its engines since 1987.",
        {"1987"},
    )


def test_one_place_named_twice():
    # raw 104's pair: the exercise held across the peninsula / life at the base
    assert _kind(
        "South Korea and U.S. military forces participated in an annual command and control "
        "exercise called Key Resolve (KR17) held across the Korean Peninsula March 8 to 23.",
        "With the stakes on the Korean peninsula as high as they have ever been, life for the "
        "men and women here is lived in a state of constant alert.",
        {"penin"},
    )
    # DUC 0: both write the word in lower case after the name, the warrant is the fact
    assert not _kind(
        "Pinochet, 82, was held Friday night after British authorities received a Spanish "
        "extradition warrant.",
        "Former Chilean dictator Gen. Augusto Pinochet has been arrested by British police on "
        "a Spanish extradition warrant.",
        {"extra"},
    )


def test_a_word_and_its_ship_are_two():
    # raw 104's pair: "leader" / "leadership" share no word
    assert not one_word_each(
        "South Korea has no nuclear weapons, so it relies on the United States' nuclear "
        "umbrella to deter North Korea and its erratic leader, Kim Jong Un.",
        "And South Korea is in a leadership vacuum.",
        {"leade"},
    )
    # words going on alike past the stem are one ("leaders" / "leader")
    assert one_word_each(
        "Two leaders met on Monday.", "The leader of the party spoke.", {"leade"}
    ) == {"leade"}


def test_no_thing_against_the_thing():
    gingrich = (
        "Newt Gingrich was pedantic: “I checked with Speaker Boehner’s office. There is no bill.”"
    )
    politico = (
        "Speaker Boehner and Leader Cantor told Politico tonight that they would approve "
        "important elements of the bill."
    )
    # "Speaker" both capitalise (in a quotation in one): the word left is "bill"
    assert negated_apart(gingrich, politico, {"bill", "speak"})
    # DUC 14: a refusal told with "not" and with "refusing", Belgrade named in both
    assert not negated_apart(
        "Arbour said Yugoslav authorities still not have issued visas for a week-long "
        "tribune mission to Belgrade and Kosovo, scheduled to start Friday.",
        "Belgrade authorities recently began refusing to issue visas to tribunal "
        "investigators planning to visit the province.",
        {"belgr", "issue"},
    )
    # both negate: "no bill" / "not pass the bill" may tell one thing
    assert not negated_apart(
        gingrich, "Speaker Boehner will not bring the bill up.", {"bill", "speak"}
    )

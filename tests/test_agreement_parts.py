"""The fifty-fourth agreement pass (reader56-60; raw validation clusters, 0-based, file
order), each read against the articles: an agreed item whose support tells only a part of
its statement marks that outlet as telling it in part. Raw 213's "“Dawned on Me” is one of
the more lighthearted songs on Wilco's new album, ..., although lyrically it has a slightly
dark undercurrent in its midsection." stood as "[1][2] (all)" on [2]'s "The song is from the
band's Grammy-nominated 2011 album, ...": [2] never tells of the song's mood."""

from __future__ import annotations

import json

import pytest

from chorus import brief
from chorus.analyze.agreement_parts import told_in_part
from chorus.analyze.model import Analysis, Fact
from chorus.render import to_html, to_json, to_markdown
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_sentence
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (156, 195, 198, 213))


def _item(analysis: Analysis | None, words: str) -> Fact:
    assert analysis is not None
    found = [fact for fact in analysis.agreed if words in fact.statement.text]
    assert len(found) == 1, words
    return found[0]


def _other_articles(fact: Fact) -> set[str]:
    return {s.article.id for s in fact.support} - {fact.statement.article.id}


def test_a_support_telling_the_album_alone_tells_the_song_s_mood_in_part(analyses):
    song = _item(analyses[213], "slightly dark undercurrent")
    assert set(song.partial) == _other_articles(song) != set()
    # the support tells the cartoon's 1987, not its plot (Popeye, Olive Oyl, Tweedy)
    plot = _item(analyses[213], "spinach-eating sailor")
    assert set(plot.partial) == _other_articles(plot) != set()


def test_a_support_telling_the_whole_statement_is_no_part(analyses):
    # Raw 213's "King Features, was directed by ... Darren Romanelli." is no sentence since
    # split1 (stop 41): it is the end of "The cartoon, a collaboration between Wilco's label
    # dBpm Records and Blow Me Down! King Features, was directed by ...", of which [2]'s
    # "Directed by Darren Romanelli." tells the director alone, so [2] tells it in part.
    cartoon = _item(analyses[213], "directed by designer-branding guru")
    assert cartoon.statement.text.startswith("The cartoon, a collaboration between")
    assert set(cartoon.partial) == _other_articles(cartoon) != set()
    # the quotation's words, the same in both
    assert _item(analyses[195], "there are legal ways to make your opinions known").partial == ()


def test_a_release_date_tells_no_presidency(analyses):
    # "... whose candid new book ... hits shelves Sept 9., doesn't have her eye on the
    # presidency quite yet." / "Her book, ..., is scheduled to be released Sept. 9."
    item = _item(analyses[198], "doesn't have her eye on the presidency")
    assert set(item.partial) == _other_articles(item) != set()


def test_a_figure_the_other_outlet_never_gives(analyses):
    # "... to save the hides of 5,000 mink ..." / "... a 40,000-mile cross-country rampage on
    # the fur industry."
    item = _item(analyses[195], "5,000 mink")
    assert set(item.partial) == _other_articles(item) != set()


def test_an_age_in_a_compound_is_the_same_figure(analyses):
    # "Jonathan Stoffel, 33, of Neenah, and his 11-year-old daughter" / "33-year-old
    # Johnathon Stoffel of Neenah and his 11-year-old daughter"
    assert _item(analyses[156], "Jonathan Stoffel, 33").partial == ()


def test_a_credit_or_a_scene_setting_is_no_untold_part():
    statement = data_sentence(RAW_VALIDATION, 195, "To publicize their crimes").strip()
    support = data_sentence(RAW_VALIDATION, 195, "publicizing their actions were posted")
    # "court documents allege" says who tells it, "To publicize their crimes" leads in
    assert not told_in_part(statement, [support.strip()])


def test_a_clause_none_of_whose_words_the_support_writes():
    statement = data_sentence(RAW_VALIDATION, 230, "rose to national prominence in June")
    support = data_sentence(RAW_VALIDATION, 230, "is set to be featured in the September")
    # ", but she didn't mention the subject Thursday" is [1]'s alone
    assert told_in_part(statement.strip(), [support.strip()])


def test_the_briefing_marks_the_outlet_in_part():
    briefing = brief(raw_clusters()[213]["documents"], words=100)
    line = next(
        line for line in to_markdown(briefing).splitlines() if "slightly dark undercurrent" in line
    )
    assert line.endswith("(all; [2] in part)")
    agreed = json.loads(to_json(briefing))["analysis"]["agreed"]
    song = next(f for f in agreed if "slightly dark undercurrent" in f["statement"]["text"])
    assert [s["partial"] for s in song["support"]] == [True]
    # the song's item, the cartoon's plot, and since split1 the cartoon's whole sentence
    assert to_html(briefing).count('<span class="chip">[2] in part</span>') == 3

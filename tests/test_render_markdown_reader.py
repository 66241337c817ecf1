"""The Markdown briefing as a reader meets it (fourth look): one speaker's words together,
one conflict per denial, notes written as sentences, states "as of" a day."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from chorus import Article, Briefing, brief
from chorus.render import to_html, to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters


def _section(markdown: str, heading: str) -> str:
    return markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 96)


@pytest.fixture(scope="module")
def raw_tail() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 249)


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> Briefing:
    articles = [
        Article(p.stem, p.read_text(encoding="utf-8"), p.stem, origin=p.name)
        for p in sorted(seeds_dir.iterdir())
    ]
    return brief(articles)


def test_a_speaker_s_words_are_listed_together_their_role_once(seeds):
    lines = _section(to_markdown(seeds), "Who said what").strip().splitlines()
    # a row's passage stands before its speaker: "- (after: “...”) **X**" (quotes105)
    speakers = [re.match(r"- (?:\(after: “.*?”\) )?\*\*(.+?)\*\*", line).group(1) for line in lines]
    # Emmanuel Macron stood on lines 4, 5, 7, 18 and 19: now each speaker's lines are a run.
    runs = [s for n, s in enumerate(speakers) if n == 0 or speakers[n - 1] != s]
    assert len(runs) == len(set(speakers)) < len(speakers)
    assert speakers.count("Emmanuel Macron") == 5
    # Sarah Sanders' role was said twice in a row; the words of every quotation are kept.
    assert sum("(the White House press secretary)" in line for line in lines) == 1
    assert all(any(q.text.text in line for line in lines) for q in seeds.analysis.quotes)


def test_one_denial_two_outlets_carry_is_one_conflict(raw):
    # Cluster 9 (Trump asked Comey to drop the Flynn inquiry): the White House's denial,
    # in [1], [3] and [5], is one conflict (conflicts.one_per_claim), against [4] and [5].
    briefing = brief(raw[9]["documents"])
    section = _section(to_markdown(briefing), "Conflicts")
    items = [line for line in section.splitlines() if line.startswith("- ")]
    denial = [i for i in items if "never asked Mr. Comey" in i]
    assert len(denial) == 1 and len(items) == len(briefing.analysis.conflicts) == 1
    block = section.split(denial[0], 1)[1].split("\n- ", 1)[0]
    assert block.count("  - A: ") == 2 and block.count("  - B: ") == 2
    assert block.count("And we now know that before Trump fired") == 1
    assert "[3]" in block and "[5]" in block
    page = to_html(briefing)
    assert page.count("never asked Mr. Comey or anyone else to end any investigation”") == 1


def test_notes_read_as_sentences(seeds):
    markdown = to_markdown(seeds)
    # Undated, the seeds' timeline says what it could not place (since timeline57 001's
    # "in the Syrian town of Douma last week" too).
    assert "\n_Not shown: 12 date expression(s) that name no year ('Friday'" in markdown
    assert not re.search(r"^_[a-z]", markdown, re.M)


def test_an_empty_section_s_note_is_capitalised(raw):
    # Cluster 95 (the hospital shooting near Philadelphia) finds no conflict.
    markdown = to_markdown(brief(raw[95]["documents"]))
    assert not re.search(r"^_[a-z]", markdown, re.M)


def test_a_state_as_of_a_day_says_so(raw):
    # Cluster 77 (Washington's first legal marijuana sales): "As of Friday, the state had
    # licensed 44 dispensaries" is no event of that Friday.
    published = dt.date(2014, 7, 11)
    articles = [
        Article(f"c77-{n}", text, f"c77 #{n}", published=published)
        for n, text in enumerate(raw[77]["documents"], start=1)
    ]
    timeline = _section(to_markdown(brief(articles)), "Timeline")
    assert "- 11 July 2014 (as of Friday): As of Friday, the state had licensed 44" in timeline
    assert "(As of" not in timeline


def test_a_sentence_stands_once_under_a_date_it_names_twice(raw_tail):
    # Cluster 248 (Arizona's Senate count): "as of Thursday afternoon, but the new votes
    # counted Thursday" stood twice in a row under that Thursday.
    published = dt.date(2018, 11, 9)
    articles = [
        Article(f"c248-{n}", text, f"c248 #{n}", published=published)
        for n, text in enumerate(raw_tail[248]["documents"], start=1)
    ]
    briefing = brief(articles)
    timeline = _section(to_markdown(briefing), "Timeline")
    lines = [line for line in timeline.splitlines() if "Sinema held a slight edge" in line]
    assert lines == [
        "- 8 November 2018 (as of Thursday): Sinema held a slight edge of about 1 point over"
        " McSally in the county as of Thursday afternoon, but the new votes counted Thursday"
        " expanded the Democrat’s Maricopa edge to 2.5 points. [1]"
    ]
    dated = [e for e in briefing.analysis.timeline if "Sinema held" in e.sentence.text]
    assert len(dated) == 2
    # The page's chart marks it once, and its list says "as of" too.
    page = to_html(briefing)
    assert len(re.findall(r"<title>[^<]*Sinema held a slight edge", page)) == 1
    assert "8 November 2018 (as of Thursday): Sinema held a slight edge" in page
    assert "8 November 2018 (Thursday): Sinema held a slight edge" not in page

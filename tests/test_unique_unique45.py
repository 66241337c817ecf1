"""Only in one outlet (stop 50): no row is a line the summary shows (chorus.unique_shown).
Readers found raw 139's rows repeating four summary lines word for word, 142's Selbin
"We are not arguing ..." summary line 4; each outlet's next row takes the place, and an
outlet all of whose rows the summary shows is named in the section's note."""

from __future__ import annotations

from chorus.analyze.run import analyze
from chorus.model import Briefing
from chorus.render.markdown import to_markdown
from chorus.sentences import split_counting_runs
from chorus.unique_shown import past_summary
from tests.briefings import briefing, raw_briefing


def _shown(b: Briefing) -> set[tuple[str, int]]:
    return {line.shown.key for line in b.summary}


def _rows(b: Briefing) -> list[str]:
    assert b.analysis is not None
    return [fact.statement.text for fact in b.analysis.unique]


def test_no_row_repeats_a_summary_line_and_the_next_row_takes_its_place() -> None:
    b = raw_briefing(139)
    assert b.analysis is not None and b.analysis.unique
    assert not any(s.key in _shown(b) for f in b.analysis.unique for s in f.sentences)
    summary = [line.text for line in b.summary]
    # "Luckily, there's good news ...", a row on main before this pass, is a summary line:
    # it is no row now (summary101 took "Celli went on to say" out of the summary, so that
    # line is a row again, rightly)
    assert any(text.startswith("Luckily, there’s good news") for text in summary)
    assert not any(text.startswith("Luckily, there’s good news") for text in _rows(b))
    # the zoo's own rule, left out while the summary's lines filled [1]'s three rows
    assert any("bring the birds inside when the temp falls below -25 C" in t for t in _rows(b))


def test_the_analysis_alone_still_lists_what_the_summary_shows() -> None:
    # Raw 139's zoo line, not 142's Selbin: since clean59 takes 142 [2]'s closing "About"
    # section, the analysis alone ranks Selbin's line below [1]'s three rows.
    b = raw_briefing(139)
    zoo = "Not only did the Calgary Zoo have to cancel its Zoo Lights holiday event"
    assert any(zoo in line.text for line in b.summary)
    assert not any(zoo in text for text in _rows(b))
    per_article = [split_counting_runs(document)[0] for document in b.documents]
    alone = analyze(b.documents, per_article)
    assert any(zoo in fact.statement.text for fact in alone.unique)


def test_an_outlet_whose_rows_the_summary_all_shows_is_named_in_the_note() -> None:
    b = raw_briefing(11)
    assert b.analysis is not None
    assert b.analysis.reasons["unique"] == "what only [2] reports is in the summary"
    assert "_What only [2] reports is in the summary._" in to_markdown(b)


def test_a_report_whose_copy_keeps_a_row_is_not_named() -> None:
    # DUC 19's [1] and [2] carry one report: [2]'s row on the six who froze is its row
    b = briefing("duc", 19, words=250)
    assert b.analysis is not None
    assert any(
        fact.statement.text.startswith("Army vehicles rescued") for fact in b.analysis.unique
    )
    assert "unique" not in b.analysis.reasons


def test_a_summary_showing_no_row_leaves_the_analysis_as_it_is() -> None:
    b = raw_briefing(92)
    assert b.analysis is not None and b.analysis.unique
    assert past_summary(b.analysis, None, b.summary, lambda article: 0) is b.analysis

"""Who said what, hundred-and-fourth pass: a row of interjections, greetings or thanks alone
is not shown ("**Anthony Weiner**: “Okay!”", raw validation 210; "**Won In Choul**: “Thank
you”", 104; Ida Mitchell's "Oh really?" and Kenneth Shinozuka's "Thank you", 129), though the
analysis keeps it; a former post gives way to the current title the cluster writes before
the full name (raw 182's "**Janet Napolitano** (Arizona’s former governor)", the "Homeland
Security Secretary Janet Napolitano" of both its articles)."""

from __future__ import annotations

from chorus.render.html import to_html
from chorus.render.markdown import to_markdown
from tests.briefings import briefing


def _who_said_what(line: int) -> str:
    shown = to_markdown(briefing("raw", line))
    return shown.split("## Who said what", 1)[1].split("\n## ", 1)[0]


def test_a_row_of_interjections_or_thanks_alone_is_not_shown():
    for line, words in ((210, "“Okay!”"), (104, "“Thank you”"), (129, "“Oh really?”")):
        analysis = briefing("raw", line).analysis
        assert analysis is not None
        # the analysis keeps the row: who spoke is still a finding
        assert words.strip("“”") in [q.words for q in analysis.quotes]
        assert words not in _who_said_what(line)
        assert words not in to_html(briefing("raw", line))
    # the rows around them that say something stay
    assert "“I'm great at this”" in _who_said_what(210)
    assert "**Kenneth Shinozuka**" in _who_said_what(129)


def test_a_former_post_gives_way_to_the_current_title():
    shown = _who_said_what(182)
    assert "**Janet Napolitano** (Homeland Security Secretary)" in shown
    assert "former governor" not in shown
    assert "former Arizona governor" not in shown


def test_a_former_post_stays_where_no_current_title_is_written():
    # raw 235's "Antonio Inoki, a former professional wrestler": the one thing said of him
    analysis = briefing("raw", 235).analysis
    assert analysis is not None
    roles = {q.role for q in analysis.quotes if q.speaker == "Antonio Inoki"}
    assert "a former professional wrestler" in roles

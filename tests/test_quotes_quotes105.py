"""Who said what, hundred-and-fifth pass: a round-up's review of a work the page lists is shown
after the listing line that names the work (raw validation 135's "Thatcher on screen" box,
"**Mirror**: “A brilliant performance ...”" read as praise of Streep's film); words whose
subject is the speaker by name, credited by that name, keep only her quotation (157's "Last
year, Keyes reviewed the file ... “to make sure ...,” Keyes said."); what a row follows stands
before the speaker's name, outside the speaker's line (138's Richelson); a description closing
the sentence that credits a speaker after their words is their role where no row gives one
(143's "said Efraim Levy, a S&P Capital IQ equity analyst.")."""

from __future__ import annotations

from chorus.analyze.quote_closing_descriptions import closing_description
from chorus.render.markdown import to_markdown
from tests.briefings import briefing, quotes_of


def _who_said_what(line: int) -> list[str]:
    shown = to_markdown(briefing("raw", line))
    return shown.split("## Who said what", 1)[1].split("\n## ", 1)[0].splitlines()


def test_a_review_of_a_listed_work_is_shown_after_the_listing_line():
    rows = {q.speaker: q for q in quotes_of("raw", 135)}
    # the papers still said it: the round-up's credits stand
    mirror = rows["Mirror"]
    assert mirror.words.startswith("A brilliant performance")
    assert [s.text for s in mirror.context] == [
        "Lesley Manville, Channel 4 drama, 'The Queen', (2009)"
    ]
    assert [s.text for s in rows["Observer"].context] == [
        "Anna Massey, 'Pinochet in Suburbia', (2006)"
    ]
    line = next(line for line in _who_said_what(135) if "**Financial Times**" in line)
    assert line.startswith("- (after: “Lindsay Duncan, 'Margaret', 2009”) **Financial Times**: ")
    # the critic of the story itself is shown as before, after nothing
    assert not rows["Ian Freer"].context


def test_words_naming_the_speaker_as_their_subject_keep_only_her_quotation():
    keyes = [q for q in quotes_of("raw", 157) if q.speaker == "Kelly Keyes"]
    assert not any("Keyes reviewed" in q.words for q in keyes)
    (quoted,) = [q for q in keyes if "to make sure" in q.words]
    assert quoted.kind == "quote"
    assert quoted.words == (
        "to make sure they didn’t have any new missing person reports matching Andrea’s description"
    )
    # her other rows, whose subject is not she herself, are as they were
    assert any(
        q.words == "This was a case that should have been easier than many others to solve"
        for q in keyes
    )


def test_what_a_row_follows_stands_before_the_speaker():
    # raw 138's Richelson row leans by its "But" alone and follows nothing since context44
    line = next(line for line in _who_said_what(33) if "But despite its gargantuan" in line)
    assert line.startswith("- (after: “The foot — a left hindfoot")
    assert line.index("**Anthony Maltese**") > line.index("”) ")
    # a row that follows nothing opens on its speaker, as before
    assert any(line.startswith("- **Kelly Keyes**") for line in _who_said_what(157))


def test_a_description_closing_the_credit_is_the_speakers_role():
    roles = {q.role for q in quotes_of("raw", 143) if q.speaker == "Efraim Levy"}
    assert roles == {"a S&P Capital IQ equity analyst"}
    assert "**Efraim Levy** (a S&P Capital IQ equity analyst): " in "\n".join(_who_said_what(143))


def test_a_closing_description_is_what_the_speaker_is_not_what_they_did():
    text = "“No,” said Ann Lee, a nurse at the clinic. Later, said Ann Lee, who left early."
    assert closing_description(text, "Ann Lee") == "a nurse at the clinic"
    assert closing_description("“No,” said Ann Lee, who left early.", "Ann Lee") is None
    # a name not after a speech verb is no credit
    assert closing_description("He met Ann Lee, a nurse at the clinic.", "Ann Lee") is None

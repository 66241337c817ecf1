"""A person one outlet says declined comment, whom another quotes on the same matter
(conflicts59; reader 80 on raw validation 51, 0-based): AP's "She declined comment on the
incident, however, ..." of America Ferrera against the Hollywood Reporter's ""It's fine --
I'm over it," she said when The Hollywood Reporter asked about the incident.", kind
`comment`, the reason saying the quotation may be of another time (the after-party)."""

from __future__ import annotations

from chorus import brief
from tests.briefings import raw_briefing

REASON = (
    "Said to have declined comment, yet quoted by another outlet (perhaps at another time): "
    "America Ferrera"
)
DECLINE = "She declined comment on the incident"


def _comments(documents: list[str]) -> list[str]:
    return [c.reason for c in brief(documents, words=100).analysis.conflicts if c.kind == "comment"]


def test_ferreras_declined_comment_against_her_quotation_is_a_conflict():
    briefing = raw_briefing(51)
    ids = [d.article.id for d in briefing.documents]
    shown = [c for c in briefing.analysis.conflicts if c.kind == "comment"]
    assert [c.reason for c in shown] == [REASON]
    ((ap,), (reporter,)) = shown[0].side_a, shown[0].side_b
    assert (ids.index(ap.article.id), ids.index(reporter.article.id)) == (0, 2)
    assert ap.text.startswith(DECLINE)
    assert reporter.text.startswith("\"It's fine -- I'm over it,\" she said when")


def test_no_conflict_when_the_decline_is_someone_elses_or_names_no_matter():
    documents = [d.article.text for d in raw_briefing(51).documents]
    assert DECLINE in documents[0]
    assert _comments(documents) == [REASON]
    # her spokeswoman's refusal is not hers, and a refusal on no named matter may be of any
    spokeswoman = DECLINE.replace("She", "A spokeswoman for Ferrera")
    for decline in (spokeswoman, "She declined comment"):
        assert _comments([documents[0].replace(DECLINE, decline), *documents[1:]]) == []


def test_no_conflict_when_the_declines_own_outlet_quotes_her():
    # one outlet telling both a refusal and her words refused only some questions (raw
    # 172's Cosby, "for the most part, has refused to comment")
    documents = [d.article.text for d in raw_briefing(51).documents]
    quoted = '\n\n"It was nothing," Ferrera said of the incident at the after-party.\n'
    assert _comments([documents[0] + quoted, *documents[1:]]) == []

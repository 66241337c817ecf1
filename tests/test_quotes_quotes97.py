"""Who said what, ninety-seventh pass: a "said" whose object opens with a subject of its own
("Investigators say Johnson made up a claim in September that a gunman fired ...") gives the
whole clause, the frame with it, never the nested claim as the speaker's (raw validation
246, 4; DUC d30010t); a quotation its bare credit interrupts is one row even where the
second part opens with a capital ("“Well, Chris, first of all,” Conway responded, “What do
you mean ...”": raw 126, 130), but not after a second act (", adding, “...”"); a
description whose apposition is a name and where its bearer is from is that person ("The
Senate majority leader, Trent Lott of Mississippi, said": DUC d31031t)."""

from __future__ import annotations

from chorus.analyze.model import Quote
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.briefings import DUC
from tests.conftest import read_clusters
from tests.gold import quoted

_JOHNSON = "multi_news-val-1242"  # raw 246
_ALCORN = "multi_news-val-4486"  # raw 4
_CONWAY = "multi_news-val-1720"  # raw 126
_MCHUGH = "multi_news-val-1867"  # raw 130


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    (article,) = as_articles([text])
    return [(q.speaker, q.role, q.words) for q in quotes([split(clean(article))])]


def _duc_quotes(line: int) -> tuple[Quote, ...]:
    cluster = read_clusters(DUC, line + 1)[line]
    return quotes([split(clean(a)) for a in as_articles(cluster["documents"])])


def test_a_claim_another_made_up_keeps_its_frame():
    found = quoted(_JOHNSON, _ALCORN)
    words = {q.words for q in found[_JOHNSON] if q.speaker.lower() == "investigators"}
    assert words == {
        "Johnson made up a claim in September that a gunman fired at his cruiser before it"
        " crashed into a tree and caught on fire"
    }
    # "Police said Alcorn still tried to contact the girl after that despite knowing ...":
    # the "that" is a demonstrative, the words all the police said
    police = [q.words for q in found[_ALCORN] if q.speaker.lower() == "police"]
    assert any(w.startswith("Alcorn still tried to contact the girl after that") for w in police)
    assert not any(w.startswith("despite knowing") for w in police)


def test_a_subject_after_said_opens_the_words_a_time_or_place_does_not():
    assert _rows("Police said Smith denied that he fired the gun.") == [
        ("police", None, "Smith denied that he fired the gun")
    ]
    assert _rows("Qassem said last week's car bomb that missed a bus was a reprisal.") == [
        ("Qassem", None, "last week's car bomb that missed a bus was a reprisal")
    ]
    for time in ("Tuesday", "on Tuesday", "in a statement", "last week"):
        assert _rows(f"Police said {time} that he fired the gun.") == [
            ("police", None, "he fired the gun")
        ]


def test_a_bare_credit_inside_one_quotation_makes_one_row():
    found = quoted(_CONWAY, _MCHUGH)
    conway = [q.words for q in found[_CONWAY] if "first of all" in q.words]
    assert conway == [
        "Well, Chris, first of all, What do you mean by edited, or as others are saying,"
        " ‘doctored video?’ He either put his hands on her and grabbed the mic back or he did"
        " not, and he clearly did"
    ]
    mchugh = [q.words for q in found[_MCHUGH] if "Three days before" in q.words]
    assert len(mchugh) == 1 and mchugh[0].endswith(
        "Harvey Weinstein, I was ordered to stop,"
        " not to interview this woman. And to stand"
        " down on the story altogether"
    )


def test_a_second_act_or_a_full_stop_opens_a_new_statement():
    adding = _rows("“We made progress,” Bowles said, adding, “We have a chance.”")
    assert [w for _, _, w in adding] == ["We made progress", "We have a chance"]
    stop = _rows("“We made progress,” Bowles said. “We have a chance.”")
    assert [w for _, _, w in stop] == ["We made progress", "We have a chance"]
    lower = _rows("“All in all,” Bowles said, “it’s pretty good.”")
    assert [w for _, _, w in lower] == ["All in all it’s pretty good"]


def test_a_description_named_with_where_its_bearer_is_from():
    # "The Senate majority leader, Trent Lott of Mississippi, said he was suspicious of ..."
    lott = [q for q in _duc_quotes(25) if q.text.text.startswith("he was suspicious of")]
    assert lott and all(
        (q.speaker, q.role) == ("Trent Lott", "Senate majority leader") for q in lott
    )
    assert _rows(
        "The Senate majority leader, Trent Lott of Mississippi, said the bill would pass."
    )[0][:2] == ("Trent Lott", "Senate majority leader")

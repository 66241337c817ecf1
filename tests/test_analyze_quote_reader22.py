"""Quote attribution, twenty-second pass: what a second careful reader of whole briefings
found (`brief()` on raw validation clusters 30, 31, 151, 210 in file order): a name inside
a preposition's object given the subject's words, "later that day that" read from its
first "that", narration after the verb read as the words, a scare quote after "what he
called", another speaker's clause run on, a title cut to its last words, where the words
were said kept, a closing mark whose bytes were lost, and "he continues"."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of

_CLUSTERS = (
    *("multi_news-val-3563", "multi_news-val-3655", "multi_news-val-4378"),
    "multi_news-val-3718",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes(_CLUSTERS)


def _words(found: tuple[Quote, ...], speaker: str) -> list[str]:
    return [q.text.text for q in found if q.speaker == speaker]


def test_analyze_a_name_in_the_object_of_the_subject_does_not_speak(briefed):
    # "Investigators probing the death of "Top Gun" director Tony Scott said they still
    # don't know why he plunged ...": the dead man said nothing
    scott = briefed["multi_news-val-3563"]
    assert "Tony Scott" not in speakers_of(scott, "still don't know why he plunged")
    # "Craig Harvey said later that day that the director's family ...": the words start
    # after the second "that"
    harvey = [w for w in _words(scott, "Craig Harvey") if "director's family" in w]
    assert harvey and all(w.startswith("the director's family") for w in harvey)


def test_analyze_narration_after_the_verb_and_a_scare_quote_are_no_words(briefed):
    # "“Okay!” Weiner said loudly, though not enthusiastically."
    weiner = briefed["multi_news-val-3718"]
    assert speakers_of(weiner, "not enthusiastically") == []
    # "He also recalled 1960s-era riots by what he called “Negro” groups in Los Angeles."
    bundy = briefed["multi_news-val-4378"]
    assert speakers_of(bundy, "groups in Los Angeles") == []


def test_analyze_words_end_before_another_speaker_and_where_they_were_said(briefed):
    bundy = briefed["multi_news-val-4378"]
    # "Paul said the remarks were “offensive,” while a spokesman for Heller declared them
    # “appalling and racist.”": the spokesman's words are not Paul's
    paul = [q for q in bundy if "the remarks were" in q.text.text]
    assert paul and all("appalling" not in q.text.text for q in paul)
    # "Heller ... said Bundy and his makeshift militia were “patriots” during a local news
    # interview."
    heller = [q for q in bundy if "makeshift militia" in q.text.text]
    assert heller and all(q.text.text.endswith("“patriots”") for q in heller)


def test_analyze_a_title_keeps_its_first_words(briefed):
    # "Republican National Committee Chairman Reince Priebus, who had not weighed in ..."
    bundy = briefed["multi_news-val-4378"]
    priebus = [q.role for q in bundy if 'were "beyond the pale' in q.text.text]
    assert priebus == ["Republican National Committee Chairman"]


def test_analyze_a_closing_mark_whose_bytes_were_lost_closes(briefed):
    # "“..., even if they have some deleterious consequences in post-reproductive ages,�?
    # they wrote." and "“For example, ...,�? he tells Newsweek. “Therefore, ...": the
    # words end at the broken mark, the second quotation is a quote of its own
    height = briefed["multi_news-val-3655"]
    team = [q.text.text for q in height if "evolutionary fitness" in q.text.text]
    assert team and all(w.endswith("post-reproductive ages") for w in team)
    assert "Christopher Ruff" in speakers_of(height, "Therefore, while the gene coding")
    # "“Finally, ... (even excluding Pygmies),�? he continues.": "continues" after a
    # quotation names its speaker, as the broken mark had hidden
    assert "Christopher Ruff" in speakers_of(height, "modern African populations vary")

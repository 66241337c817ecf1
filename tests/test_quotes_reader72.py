"""Who said what, seventy-second pass (reader63's re-check of raw validation 0-based 198 and
225, fixed by the seventy-first pass, carried to their general shapes): a quotation its
credit says someone else told the speaker, or the speaker recalls another saying, is not the
speaker's; a word opening the sentence before "I" or a group's "Each" names no speaker.

The told and recalled shapes beyond 198's are read on Multi-News+ validation sentences
(lower-cased, spaced before marks, so no quote pattern runs on them whole): the test reads
each credit where its verb ends, as `quote_hits.first_hit` does after a pattern's match."""

from __future__ import annotations

import pytest

from chorus.analyze.quote_that_words import anothers_quotation, recalled_saying
from tests.briefings import briefing, raw_briefing
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import speakers_of

_PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"
_PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"
_SHOOTING = 20337  # Multi-News+ train, file order
_PLUS_LINES = (1375, 1434, 4119, 5287)
_DUC_FAZIL = 27  # d31038t, file order


@pytest.fixture(scope="module")
def plus_texts() -> dict[int, str]:
    clusters = read_clusters(_PLUS_VALIDATION, max(_PLUS_LINES) + 1)
    return {line: " ".join(clusters[line]["documents"]) for line in _PLUS_LINES}


def _another_speaks(text: str, credit: str, verb: str) -> bool:
    """`anothers_quotation` on the quotation before `credit` (whose speaker opens it and
    whose speech verb is `verb`), read in the article's text."""
    start = text.index(credit)
    verb_end = text.index(f" {verb}", start) + len(verb) + 1
    return anothers_quotation(text, verb_end, credit.split(f" {verb}")[0])


@pytest.mark.parametrize(
    ("line", "credit", "verb"),
    [
        # '"your brother is with us, " falaq says the men told them over the phone.': the
        # kidnappers' words to the family
        (1375, "falaq says the men told them", "says"),
        # '" \' people in washington are concerned about your tone, \' " uygur said griffin
        # told him': MSNBC's president's words to Uygur
        (5287, "uygur said griffin told him", "said"),
        # '" \'you like your candy, \' " she recalled him telling her.': Trump's words, as
        # Ms. Res recalls them
        (4119, "she recalled him telling her", "recalled"),
    ],
)
def test_words_told_to_the_speaker_or_recalled_are_anothers(plus_texts, line, credit, verb):
    assert _another_speaks(plus_texts[line], credit, verb)


@pytest.mark.parametrize(
    ("line", "credit", "verb"),
    [
        # '" ... the urinal, " adams recalled tuesday.': his own account
        (1434, "adams recalled tuesday", "recalled"),
        # '" i didn\'t know where he was coming from, " ms. Res said.': hers
        (4119, "ms. Res said", "said"),
    ],
)
def test_the_speakers_own_account_stays_theirs(plus_texts, line, credit, verb):
    assert not _another_speaks(plus_texts[line], credit, verb)


def test_a_voice_the_speaker_recalls_hearing_is_not_hers():
    # '... young recalled hearing a woman screaming, " i\'ve been shot, " and a man who ...':
    # the woman's words, which the verb-first shape would give to Young
    text = " ".join(read_clusters(_PLUS_TRAIN, _SHOOTING + 1)[_SHOOTING]["documents"])
    verb_end = text.index("young recalled hearing") + len("young recalled")
    assert recalled_saying(text, verb_end)


def test_a_credit_whose_clause_goes_on_stays_the_speakers():
    # raw 51: '"It's fine -- I'm over it," she said when The Hollywood Reporter asked about
    # the incident.'; raw 86: '"There's no doubt about it," Dole said when asked if the
    # filibuster was being abused.' (no one told the speaker the words)
    raw = read_clusters(RAW_VALIDATION, 87)
    assert not _another_speaks(" ".join(raw[51]["documents"]), "she said when", "said")
    assert not _another_speaks(" ".join(raw[86]["documents"]), "Dole said when", "said")


@pytest.mark.parametrize("line", [103, 225])
def test_a_word_opening_the_sentence_before_i_is_no_speaker(line):
    # 103: "Like I tell college students all over this country — it’s on us." (Biden);
    # 225: "Like I stated earlier, ..." and "Like I said, I never intended ..."
    # (McDowell's statement): the writer's "I" after the sentence's first word names no one
    quotes = raw_briefing(line).analysis.quotes
    assert not any(q.speaker.endswith(" I") for q in quotes)


def test_one_of_a_group_named_before_is_no_speaker():
    # DUC d31038t: "... and his old teachers say he never visited. Each said, ``He has no
    # friends I know of.''": the teachers' words, which no row names "Each"
    quotes = briefing("duc", _DUC_FAZIL).analysis.quotes
    assert speakers_of(quotes, "He has no friends I know of") == []
    assert not any(q.speaker == "Each" for q in quotes)

"""The quote patterns' shortcuts give what the plain patterns give, on real sentences:
words taken whole (`*+`, `++`, `(?>...)`) and a statement's characters read in runs
(`quote_marks.lazy_up_to`) match as the back-tracking and lazy forms they stand for."""

from __future__ import annotations

import re

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.language import quote_marks, quote_patterns, speaker_bounds, speaker_titles, speakers
from chorus.language.quote_marks import CLOSE, ENDS
from chorus.sentences import split

_RUN = re.compile(r"\.\{(\d+)\}\(\?:\[\^\\n([^\]]*)\]\+\+\|\[([^\]]*)\]\)\*\?")
"""`lazy_up_to`'s form: `.{least}` then the runs of characters other than its stops."""


def _plain(pattern: str) -> str:
    """`pattern` as written before its shortcuts: lazy dots, greedy words, no atomic group."""
    pattern = _RUN.sub(lambda m: f".{{{m[1]},}}?", pattern)
    pattern = pattern.replace("(?>", "(?:")
    return re.sub(r"(?<!\\)([*+?}])\+", r"\1", pattern)


def _spans(match: re.Match[str] | None) -> tuple | None:
    if match is None:
        return None
    return match.span(), tuple(match.span(g) for g in range(1, match.re.groups + 1))


def _sentences(validation_clusters: list[dict], count: int) -> list[str]:
    return [
        s.text
        for cluster in validation_clusters[:count]
        for article in as_articles(cluster["documents"])
        for s in split(clean(article))
    ]


def test_plain_form_undoes_the_shortcuts():
    assert len(_compared()) >= 20  # every quote pattern, most tails
    run = quote_marks.lazy_up_to(ENDS, 8)
    assert _plain(run) == ".{8,}?"
    assert _plain(quote_marks.lazy_up_to("," + CLOSE)) == ".{1,}?"
    assert _plain(speakers.WORD) == r"[A-Z](?:[\w&-]|\.(?=\w))*(?:['’](?!s\b)\w+)?"
    assert "(?>" not in _plain(speaker_titles._PREFIX_ROLE.pattern)


@pytest.fixture(scope="module")
def sentences(validation_clusters) -> list[str]:
    return _sentences(validation_clusters, 25)


def _compared() -> list[tuple[str, re.Pattern[str]]]:
    patterns = [
        *quote_patterns.QUOTE_PATTERNS,
        ("reported speaker", quote_patterns.REPORTED_SPEAKER),
    ]
    patterns += [(f"tail of {name}", tail) for name, tail in quote_patterns.TAILS.items()]
    compiled = [(name, re.compile(source)) for name, source in patterns]
    compiled += [("resumed", quote_marks.RESUMED), ("who calls", quote_marks.WHO_CALLS)]
    compiled += [("resumed after who", quote_marks.RESUMED_AFTER_WHO)]
    compiled += [("more words", speaker_bounds._MORE_WORDS), ("a name", speakers._A_NAME)]
    return [(name, p) for name, p in compiled if _plain(p.pattern) != p.pattern]


@pytest.mark.parametrize("name", [name for name, _ in _compared()])
def test_shortcut_patterns_match_as_the_plain_ones(sentences, name):
    pattern = dict(_compared())[name]
    plain = re.compile(_plain(pattern.pattern), pattern.flags)
    found = [_spans(pattern.search(text)) for text in sentences]
    assert found == [_spans(plain.search(text)) for text in sentences]


def test_role_before_a_speaker_matches_as_the_plain_pattern(sentences):
    """`_PREFIX_ROLE` ends with `$`: searched in each sentence up to every capital letter,
    where a speaker's name would start."""
    role = speaker_titles._PREFIX_ROLE
    plain = re.compile(_plain(role.pattern), role.flags)
    ends = [(text, m.start()) for text in sentences for m in re.finditer(r"(?<=\s)[A-Z]", text)]
    found = [_spans(role.search(text, 0, end)) for text, end in ends]
    assert found == [_spans(plain.search(text, 0, end)) for text, end in ends]
    assert sum(f is not None for f in found) >= 20


def test_role_nouns_by_first_letter_match_as_longest_first(sentences):
    """`ROLE_NOUN` grouped by first letter finds the role nouns the flat alternation, longest
    first, finds, with and without case (as `_PREFIX_ROLE` and `_TITLED` read them)."""
    flat = "|".join(sorted(map(re.escape, speakers.ROLE_NOUNS), key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        grouped = re.compile(rf"(?:{speakers.ROLE_NOUN})", flags)
        longest_first = re.compile(rf"(?:{flat})", flags)
        found = [[m.span() for m in grouped.finditer(text)] for text in sentences]
        assert found == [[m.span() for m in longest_first.finditer(text)] for text in sentences]
        assert sum(map(len, found)) >= 100

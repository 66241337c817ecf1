"""The quote patterns' shortcuts give what the plain patterns give, on real sentences:
words taken whole (`*+`, `++`, `(?>...)`) and a statement's characters read in runs
(`quote_marks.lazy_up_to`) match as the back-tracking and lazy forms they stand for."""

from __future__ import annotations

import re

import pytest

from chorus.analyze import offices, quotes, role_holders, subject_names
from chorus.api import as_articles
from chorus.clean import clean
from chorus.language import (
    quote_going_on,
    quote_marks,
    quote_pattern_needs,
    quote_patterns,
    speaker_appositions,
    speaker_bounds,
    speaker_titles,
    speakers,
)
from chorus.language.quote_marks import CLOSE, ENDS
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

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
    patterns += [(f"tail of {name}", tail) for name, tail in quote_pattern_needs.TAILS.items()]
    compiled = [(name, re.compile(source)) for name, source in patterns]
    compiled += [("resumed", quote_going_on.RESUMED), ("who calls", quote_going_on.WHO_CALLS)]
    compiled += [("resumed after who", quote_going_on.RESUMED_AFTER_WHO)]
    compiled += [("more words", speaker_bounds._MORE_WORDS)]
    compiled += [("a name", speaker_appositions._A_NAME)]
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


# A long article's indexes (`role_holders`, `subject_names`, `offices`): the same answers as
# the searches of the whole article they stand for, each index built once for the article.


@pytest.fixture(scope="module")
def long_article() -> str:
    """The raw validation documents, in order, as one article past `INDEXED_LENGTH`."""
    clusters = read_clusters(RAW_VALIDATION, 250)
    documents = [d.strip() for cluster in clusters for d in cluster["documents"]]
    article, length = [], 0
    for document in documents:
        article.append(document)
        length += len(document) + 2
        if length > subject_names.INDEXED_LENGTH:
            return "\n\n".join(article)
    raise AssertionError("the raw validation documents are shorter than INDEXED_LENGTH")


_APPOSED_ROLE = r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}{}\b"
"""A role in an apposition, as one pattern: what `role_holders.apposed_names` finds."""
_ROLES = ("president", "senator", "general", "prime minister", "fire chief", "spokesman")
_ROLES += ("chief executive", "secretary", "director", "professor", "lawyer", "friend")


def test_a_long_articles_titles_and_appositions_are_the_patterns_matches(long_article):
    assert len(long_article) >= role_holders.INDEXED_LENGTH
    found = 0
    for role in _ROLES:
        titled = re.compile(
            role_holders._title_pattern(role).pattern + role_holders._HOLDER_NAME.pattern
        )
        expected = [(m.start(), m["name"]) for m in titled.finditer(long_article)]
        assert list(role_holders.titled_names(long_article, role)) == expected, role
        apposed = re.compile(
            role_holders._APPOSED_NAME.pattern.removesuffix("(?=,)")
            + _APPOSED_ROLE.format(r"\s+".join(map(re.escape, role.split())))
        )
        expected_apposed = [(m.start(), m["name"]) for m in apposed.finditer(long_article)]
        assert list(role_holders.apposed_names(long_article, role)) == expected_apposed, role
        found += len(expected) + len(expected_apposed)
    assert found > 150


def _capitalised_words(text: str, count: int) -> list[str]:
    words = sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))
    return [*words[:: max(1, len(words) // count)], "Zqxwv", "Belliveau", "Macron"]


def test_a_long_articles_words_are_found_as_the_scan_finds_them(long_article, monkeypatch):
    words = _capitalised_words(long_article, 300)

    def answers() -> list[tuple]:
        return [
            (
                subject_names._whole_word_at(long_article, word),
                subject_names._whole_word_at(long_article, word, 500_000),
                subject_names._has_whole_word(long_article, word.lower()),
                offices._other_firsts(long_article, word, f"Mary {word}"),
                offices.names_another(long_article, word, f"Mary {word}"),
                [kin.span() for kin in offices._kin(long_article, word)],
            )
            for word in words
        ]

    indexed = answers()
    monkeypatch.setattr(subject_names, "INDEXED_LENGTH", len(long_article) + 1)
    assert indexed == answers()
    assert sum(at >= 0 for at, *_ in indexed) > 250
    assert sum(bool(firsts) for *_, firsts, _, _ in indexed) > 20


class _Counted:
    """A compiled pattern whose `finditer` calls are counted, with the texts searched."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls, self.texts = pattern, 0, set()

    def finditer(self, text: str):
        self.calls += 1
        self.texts.add(text)
        return self.pattern.finditer(text)


def test_a_long_article_is_indexed_once_for_all_its_quotes(long_article, monkeypatch):
    """Every role, subject and surname asked of the article looked up in indexes built
    once for each text (a search of the whole article for each was the square of its
    length); the capitalised words of the article with its newswire quotation marks read
    as “...” too (`quotes._marked_article_quotes`)."""
    counted = {
        (role_holders, "_TITLE_WORD"): _Counted(role_holders._TITLE_WORD),
        (role_holders, "_APPOSITION"): _Counted(role_holders._APPOSITION),
        (subject_names, "_CAPITALISED_RUN"): _Counted(subject_names._CAPITALISED_RUN),
    }
    for (module, name), pattern in counted.items():
        monkeypatch.setattr(module, name, pattern)
    for cached in (role_holders._title_words, role_holders._appositions):
        cached.cache_clear()
    subject_names.capitalised_at.cache_clear()
    subject_names.written_as_surname.cache_clear()
    (article,) = as_articles([long_article])
    found = quotes.quotes([split(clean(article))])
    assert len(found) > 500
    assert [pattern.calls for pattern in counted.values()] == [1, 1, 2]
    assert [len(pattern.texts) for pattern in counted.values()] == [1, 1, 2]

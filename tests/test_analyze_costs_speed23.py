"""The twenty-third speed pass's shortcuts give what the searches they replace gave, on real
text: appositions found once for every name, "the ..." names searched in the sentences
joined and from "he ", datelines tried only after two capitals, a leading word boundary read
after the first letter (capitalised words and runs, "is not that", a name before
"responded")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from chorus.analyze import (
    agreement_apart,
    agreement_negated,
    entity_after_the,
    entity_appositions,
    entity_datelines,
    pronoun_checks,
    pronoun_clauses,
    quote_interviews,
)
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split


def _sentences(cluster: dict) -> list:
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


def _old_bodies(unread: list[str], text: str) -> list[str]:
    found = []
    for name in unread:
        at = text.find(f"{name}, ")
        while at >= 0:
            if (not at or not text[at - 1].isalnum()) and entity_appositions._APPOSITION.match(
                text, at + len(name)
            ):
                found.append(name)
                break
            at = text.find(f"{name}, ", at + 1)
    return found


_RUN_BEFORE_A_COMMA = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?=, )")


def _names_before_commas(text: str) -> Iterator[str]:
    """Every capitalised run before a comma, and each cut by its first letter (a name
    inside a longer word, which is no mention)."""
    for run in dict.fromkeys(m.group() for m in _RUN_BEFORE_A_COMMA.finditer(text)):
        yield run
        if len(run) > 2:
            yield run[1:]


def test_appositions_found_once_label_the_names_each_find_did(validation_clusters):
    """Every capitalised run before a comma in 50 raw clusters taken as a name left unread,
    and each cut inside its first word: the same bodies in the same order, some among them
    ("..., the company that ...")."""
    found = 0
    for cluster in validation_clusters:
        sentences = _sentences(cluster)
        text = "\n".join(s.text for s in sentences)
        unread = list(_names_before_commas(text))
        old = _old_bodies(unread, text)
        found += len(old)
        assert entity_appositions.bodies_by_apposition(unread, text) == old
    assert found >= 3


def test_names_after_the_counted_in_the_joined_sentences_as_in_each(validation_clusters):
    """ "The ..." names counted over the sentences joined by newlines: the names, counts and
    order of a search of each sentence, so the same names twice or more listed."""
    listed = 0
    for cluster in validation_clusters:
        texts = [s.text for s in _sentences(cluster)]
        old = Counter(m[1] for t in texts for m in entity_after_the._AFTER_THE.finditer(t))
        new = Counter(m[1] for m in entity_after_the._AFTER_THE.finditer("\n".join(texts)))
        assert list(new.items()) == list(old.items())
        twice = {n for n, times in old.items() if times > 1}
        assert entity_after_the.named_after_the({}, "\n".join(texts)).keys() == twice
        listed += len(twice)
    assert listed >= 3


def test_datelines_ruled_out_by_their_first_two_characters(validation_clusters):
    """Every sentence of 50 raw clusters either opens on two of a dateline's first
    characters or neither dateline pattern matches it; and the clusters' datelines are
    found ("KATHMANDU, Nepal (AP) —" kinds)."""
    places = 0
    for cluster in validation_clusters:
        sentences = _sentences(cluster)
        for s in sentences:
            if s.text[:1] in entity_datelines._CAPITALS and s.text[1:2] in entity_datelines._SECOND:
                continue
            for pattern in (entity_datelines._DATELINE, entity_datelines._BARE_DATELINE):
                assert pattern.match(s.article.text, s.start, s.end) is None
        places += len(entity_datelines.datelines(sentences)[0])
    assert places >= 5


_OLD_CAPITAL = re.compile(r"\b[A-Z][\w-]*")
_OLD_NAME_RUN = re.compile(r"(?<!\bthe )\b[A-Z][\w’'-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w’'-]+)+")


def _with_edges(texts: list[str]) -> list[str]:
    """The texts, and copies with "the " and glued words where a boundary is tested."""
    edged = [*texts, *("the " + t for t in texts[::5]), *("xthe " + t for t in texts[::7])]
    edged += [t.replace(" ", "the ", 3) for t in texts[::5]]
    return [*edged, *(t.replace(" ", "_", 4) for t in texts[::9])]


def test_capitals_and_name_runs_as_their_word_boundary_first(validation_clusters):
    """A capitalised word and a run of them, "\\b" (and "not after the") read after the
    capital: the same words and runs from the start, from a position (as `read` asks,
    past a sentence's first letter) and up to one (the look-behinds see the text before
    a position, as "\\b" did)."""
    texts = _with_edges([s.text for c in validation_clusters for s in _sentences(c)])
    runs = [pronoun_clauses.NAME_RUN.findall(t) for t in texts]
    assert sum(map(len, runs)) > 3000
    assert runs == [_OLD_NAME_RUN.findall(t) for t in texts]
    for pattern, old in (
        (pronoun_checks.CAPITAL, _OLD_CAPITAL),
        (pronoun_clauses.NAME_RUN, _OLD_NAME_RUN),
    ):
        for t in texts[::3]:
            for pos, end in ((1, len(t)), (len(t) // 3, len(t) - 5), (7, len(t) // 2)):
                got = [m.span() for m in pattern.finditer(t, pos, end)]
                assert got == [m.span() for m in old.finditer(t, pos, end)]


def test_names_after_the_as_a_word_boundary_before_the_found_them(validation_clusters):
    """ "The ..." names found from the literal "he ": the names, at the same places, that
    "\\b[Tt]he " before them finds, in the raw articles and where "the" ends a word."""
    old = re.compile(
        rf"\b[Tt]he ({entity_after_the._BODY}|{entity_after_the._OF_A_CITY})\b(?! [A-Z])"
    )
    texts = [d for c in validation_clusters for d in c["documents"]]
    texts.append("Bathe Seattle Reign; xthe Heritage Foundation, The Seattle Reign")
    found = [(m.span(1), m[1]) for t in texts for m in entity_after_the._AFTER_THE.finditer(t)]
    assert len(found) > 10 and ((51, 64), "Seattle Reign") in found
    assert found == [(m.span(1), m[1]) for t in texts for m in old.finditer(t)]


_OLD_LEADING_BOUNDARY = (
    (
        agreement_apart._DENIED,
        r"\b(?:(?:is|was)\s+not|(?:isn|wasn)['’]t)\s+that\s+"
        r"(?=[A-Z]|(?:the|he|she|it|they|we|i|you|a|an|his|her|their|its)\b)",
    ),
    (
        quote_interviews._INTRODUCED,
        r"\b(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?:also\s+)?"
        r"(?:responded|answered|addressed|spoke)\b",
    ),
    (agreement_negated._CAPITAL, r"\b[A-Z][A-Za-z0-9]*"),
)
"""Each pattern whose leading "\\b" became a look-behind after its first letter, as it was."""


def test_leading_word_boundaries_read_after_the_first_letter(validation_clusters):
    """ "Is not that", a name before "responded" and a capitalised word: the same matches,
    spans and groups as with "\\b" first, on every sentence of 50 raw clusters, their
    copies with "the" and glued words, a few "is not that" glued to a word or opening a
    text, and the articles, from a position to one (a look-behind sees the text before a
    position, as "\\b" does)."""
    texts = _with_edges([s.text for c in validation_clusters for s in _sentences(c)])
    texts += ["xis not that He ran", ". is not that he ran", "wasn’t that It", "Wasn't that she"]
    texts += [d for c in validation_clusters for d in c["documents"]]
    for pattern, was in _OLD_LEADING_BOUNDARY:
        old = re.compile(was)
        assert old.pattern != pattern.pattern
        found = [
            [(m.span(), m.groups()) for m in pattern.finditer(t, 2, len(t) - 1)] for t in texts
        ]
        assert sum(map(len, found)) >= 3
        assert found == [
            [(m.span(), m.groups()) for m in old.finditer(t, 2, len(t) - 1)] for t in texts
        ]

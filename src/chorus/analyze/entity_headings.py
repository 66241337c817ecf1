"""A page's words the recognizer reads as names, none: a title-case heading that runs into a
colon, a transcript's role after a speaker's name, a word in capitals shouted, and letters
named ("the ABCs")."""

from __future__ import annotations

from collections.abc import Callable

from chorus.analyze.entity_windows import next_mention
from chorus.analyze.model import EntityLabel, Excerpt


def headings_and_shouts(
    listed: dict[str, list[Excerpt]], labels: Callable[[str], EntityLabel], text: str
) -> set[str]:
    """Names that are a page's words, no name: a title-case heading every mention of which
    opens a line and runs into a colon ("Hidden Message: LOVE DOESN’T COUNT", sixteen times
    in one list; speakers in a transcript are written in capitals, "MICHEL MARTIN:", and
    stay, but not their roles, "MICHEL MARTIN, HOST:"), and a word in capitals of three
    letters or more whose lower-case word `text` also writes, read as a person or only ever
    written beside another word in capitals: a word shouted ("REAL LOVE", "Hidden Message:
    SAG" and "“SAG” like sag wagon"), no acronym of a name ("US", also "us", has two
    letters; "JFK" is never written lower); or which `text` also writes with a plural "s",
    letters named, no group's ("the ABCs of Child Rearing" beside "The ABC method")."""
    found = set()
    # one pass, the first mention's next character read inline: a call for each name
    # cost ~10 µs a cluster
    for name, mentions in listed.items():
        if name.isupper():
            if (
                len(name) > 2
                and name.isalpha()
                and (
                    (
                        (labels(name) == "person" or all(map(_among_capitals, mentions)))
                        and next_mention(text, name.lower(), 0) >= 0
                    )
                    or next_mention(text, f"{name}s", 0) >= 0
                )
            ) or all(map(_a_transcript_role, mentions)):
                found.add(name)
        elif mentions[0].article.text.startswith(":", mentions[0].end) and all(
            map(_opens_a_heading, mentions)
        ):
            found.add(name)
    return found


def _opens_a_heading(mention: Excerpt) -> bool:
    text = mention.article.text
    return text.startswith(":", mention.end) and text[mention.start - 1 : mention.start] in (
        "\n",
        "",
    )


def _a_transcript_role(mention: Excerpt) -> bool:
    """Whether a mention is written between a comma and a colon, a speaker's role in a
    transcript ("MICHEL MARTIN, HOST:")."""
    text = mention.article.text
    return text.startswith(":", mention.end) and text[mention.start - 2 : mention.start] == ", "


def _among_capitals(mention: Excerpt) -> bool:
    """Whether the word before or after `mention`, a space apart, is in capitals."""
    text = mention.article.text
    before = (
        text[: mention.start].rsplit(None, 1)[-1:]
        if text[mention.start - 1 : mention.start] == " "
        else []
    )
    after = (
        text[mention.end + 1 :].split(None, 1)[:1]
        if text[mention.end : mention.end + 1] == " "
        else []
    )
    return any(len(word) > 1 and word.isupper() for word in (*before, *after))

"""What the reader is told about the story and its sources, each thing said once.

The headline is text from the sources, never written by chorus: the title of the first
on-story article that has one, else the summary's first sentence.
A source is named by its outlet; when nobody named the outlet, ingest put the file's
name in its place, and the reader is told it is a file, not an outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from chorus.model import Article, Briefing

_CLUSTER_NUMBER = re.compile(r" #\d+$")
# How pages append their outlet to a title: "Macron calls Putin - Reuters", "... | BBC News".
_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", ": ")
_TAB_TITLE_CHARS = 90


@dataclass(frozen=True, slots=True)
class Headline:
    """The briefing's title and where it comes from."""

    text: str
    source: str | None
    """Where the text is from, for the reader: "the title of [2]", "summary sentence 1";
    None for the plain "Briefing" of a briefing with no title and an empty summary."""
    from_title: bool
    """An article's title, rather than a sentence of the summary."""


def outlet_known(article: Article) -> bool:
    """False when the outlet is only ingest's stand-in: the file's name without its
    suffixes (`000_e70a.txt` → `000_e70a`), with `#n` for a cluster's nth document."""
    stem = _CLUSTER_NUMBER.sub("", article.outlet)
    origin = PurePath(article.origin).name
    return not (origin == stem or origin.startswith(stem + "."))


def source_name(article: Article) -> str:
    """The outlet, or the file the article came from when no outlet was named."""
    return article.outlet if outlet_known(article) else PurePath(article.origin).name


def own_title(article: Article) -> str | None:
    """The article's title without the outlet a page appends to it; None when the title
    is nothing but the outlet (or there is none)."""
    title = (article.title or "").strip()
    if outlet_known(article):
        outlet = article.outlet.strip()
        for separator in _TITLE_SEPARATORS:
            if title.endswith(separator + outlet):
                title = title[: -len(separator + outlet)].rstrip()
        if title.casefold() == outlet.casefold():
            return None
    return title or None


def source_facts(article: Article) -> list[str]:
    """What is known of a source besides its name, each once: "outlet unknown" when
    the name is a file's, the title, the date."""
    facts = [] if outlet_known(article) else ["outlet unknown"]
    if title := own_title(article):
        facts.append(f"“{title}”")
    facts.append(article.published.isoformat() if article.published else "date unknown")
    return facts


def headline(briefing: Briefing) -> Headline:
    """The title of the first on-story article with one, else the summary's first
    sentence: never text chorus wrote."""
    off_topic = getattr(briefing.analysis, "off_topic", frozenset())
    for number, document in enumerate(briefing.documents, start=1):
        title = own_title(document.article)
        if title and document.article.id not in off_topic:
            return Headline(title, f"the title of [{number}]", from_title=True)
    if not briefing.summary:
        return Headline("Briefing", None, from_title=True)
    # The summary opens with the lead of the earliest article it quotes. The sentence the
    # most outlets told was tried: outlets repeat quotations, and it chose one for 2 of 9
    # clusters ("'Is there something wrong with it?' fan Jordan Deuschleman asked.").
    return Headline(briefing.summary[0].text, "summary sentence 1", from_title=False)


def tab_title(text: str) -> str:
    """A headline short enough for a browser tab: cut at a word, marked with "…"."""
    if len(text) <= _TAB_TITLE_CHARS:
        return text
    return text[: _TAB_TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"

"""What the reader is told about each source, each thing said once.

A source is named by its outlet; when nobody named the outlet, ingest put the file's
name in its place (or the input's, for standard input and pasted text), and the reader is
told it is that name, not an outlet. The headline, which reads a source's title, is
`render.headline_choice`'s.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from chorus.ingest.own_lines import own_outlet
from chorus.ingest.page_kinds import RESEARCH_PAPER, page_kind
from chorus.ingest.text_edits import text_given
from chorus.model import Article
from chorus.render.dates import read_date
from chorus.summarize.papers import a_study_anywhere

_CLUSTER_NUMBER = re.compile(r" #\d+$")
# What ingest appends to an input's name to place a record in it: "stdin line 3",
# "articles item 2", "pasted text 1 document 4".
_PLACE_IN_INPUT = re.compile(r"(?: (?:item|line) \d+)?(?: document \d+)?")
# `chorus.brief` on plain strings (the Python API, `chorus batch`) names the nth one
# "Article n", read from "text n": no outlet was given either.
_PLAIN_STRING = re.compile(r"text (\d+)")
# How pages append their outlet to a title: "Macron calls Putin - Reuters", "... | BBC News".
_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", ": ")


# Where the outlet name came from, as the JSON's `outlet_from` says.
FROM_METADATA = "metadata"
FROM_TEXT = "article text"
FROM_FILE_NAME = "file name"
FROM_INPUT_NAME = "input name"


def outlet_from(article: Article) -> str:
    """Where the outlet name came from: the page or record (`FROM_METADATA`), a line of
    the article's own that names it (`FROM_TEXT`: "Copyright The Financial Times Limited
    2019."; also when a record's source says what that line says), or ingest's stand-in
    for it (`_stand_in`)."""
    stand_in = _stand_in(article)
    if stand_in is not None:
        return stand_in
    # Read on the text given, as ingest read it: a line the reading took out (raw 214's
    # name card, The Hill's) still named the outlet.
    own = own_outlet(text_given(article.text, article.changes))
    return FROM_TEXT if own is not None and own.value == article.outlet else FROM_METADATA


def _stand_in(article: Article) -> str | None:
    """Whether the outlet is ingest's stand-in for one: the name of the file read without
    its suffixes (`000_e70a.txt` → `000_e70a`, `FROM_FILE_NAME`) or of an input that is no
    file (`stdin`, `pasted text 1`, "Article 2" for a plain string, `FROM_INPUT_NAME`),
    with `#n` for a cluster's nth document; None for a named outlet."""
    plain = _PLAIN_STRING.fullmatch(article.origin)
    if plain and article.outlet == f"Article {plain[1]}":
        return FROM_INPUT_NAME
    stem = _CLUSTER_NUMBER.sub("", article.outlet)
    origin = PurePath(article.origin).name
    rest = origin[len(stem) :]
    if not origin.startswith(stem) or not (rest.startswith(".") or _PLACE_IN_INPUT.fullmatch(rest)):
        return None
    # Only a file's name has a suffix ("story.jsonl document 3"; "stdin line 2" has none).
    return FROM_FILE_NAME if "." in origin else FROM_INPUT_NAME


def outlet_known(article: Article) -> bool:
    """False when the outlet is only ingest's stand-in for one (no own-line scan: whether
    a named outlet came from metadata or the text does not matter here)."""
    return _stand_in(article) is None


def source_name(article: Article) -> str:
    """The outlet, or the file or input the article came from when no outlet was named."""
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


def source_kind(article: Article) -> str | None:
    """What kind of page a source is when its outlet or text says so ("press release",
    "live blog", "opinion", "fundraising page": `ingest.page_kinds`) or it is a study's own
    text ("research paper"); None when nothing says."""
    outlet = article.outlet if outlet_known(article) else None
    if kind := page_kind(article.text, outlet):
        return kind
    return RESEARCH_PAPER if a_study_anywhere(article) else None


def source_facts(article: Article) -> list[str]:
    """What is known of a source besides its name and kind, each once: "outlet unknown"
    when the name is a file's or an input's, the title, the date."""
    facts = [] if outlet_known(article) else ["outlet unknown"]
    if title := own_title(article):
        facts.append(f"“{title}”")
    facts.append(read_date(article.published) if article.published else "date unknown")
    return facts

"""Parsing of text that is already in memory: article records, Multi-News clusters.

Pure functions: no files are opened here (that is `ingest.files`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from chorus.errors import ChorusError
from chorus.ingest.clusters import MULTINEWS_SEPARATOR, NEWLINE_MARK, split_multinews
from chorus.ingest.record_dates import parse_date
from chorus.ingest.repairs import as_read, visible
from chorus.model import Article

TEXT_KEYS = ("text", "body", "content", "article")
# "headline" is how news exports (a Kaggle table, the NYT's API) name the title.
_TITLE_KEYS = ("title", "headline")
_OUTLET_KEYS = ("source", "outlet", "publisher", "sitename", "site")
# "publishedAt" is NewsAPI's, "publish_date" newspaper3k's, "pubDate" an RSS item's.
_DATE_KEYS = ("date", "published", "publication_date", "publishedAt", "publish_date", "pubDate")
RECORD_KEYS = (*TEXT_KEYS, *_TITLE_KEYS, *_OUTLET_KEYS, *_DATE_KEYS)
"""Every key of an article record chorus reads."""


def article_id(text: str) -> str:
    """A stable id: the same text always gets the same id, on any machine."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_article(
    text: str,
    outlet: str,
    *,
    origin: str,
    title: str | None = None,
    published: dt.date | None = None,
) -> Article:
    """An article of `text` as read (`chorus.ingest.repairs`: its invisible characters out,
    marks a wrong reading left set right), with a stable id, the hash of the text so read."""
    text, changes = as_read(text)
    return Article(
        id=article_id(text),
        text=text,
        outlet=outlet,
        title=None if title is None else visible(title),
        published=published,
        origin=origin,
        changes=changes,
    )


def outlet_name(value: object) -> str | None:
    """The outlet a record's source names: NewsAPI's `{"id", "name"}` by its name, a
    link by its site ("https://www.reuters.com/article/..." is reuters.com), so that two
    articles of one outlet are one source."""
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) and name.strip() else None
    text = str(value).strip()
    if re.match(r"(?:https?://|www\.)\S+$", text, flags=re.IGNORECASE):
        host = urlsplit(text if "://" in text else f"http://{text}").hostname or ""
        return host.removeprefix("www.") or text
    return text


@dataclass(frozen=True, slots=True)
class RecordArticle:
    """An article as a JSON record describes it, before it gets an id."""

    text: str
    outlet: str | None
    title: str | None
    published: dt.date | None
    date_text: str | None
    notes: tuple[str, ...] = ()
    """What the reader is told of the record: a field not read ("'title' is a list, not
    read"), a text its source cut short."""


def _first(record: dict, keys: tuple[str, ...]) -> object | None:
    for key in keys:
        value = _rendered(record.get(key))
        if value not in (None, ""):
            return value
    return None


def _rendered(value: object) -> object:
    """WordPress's REST API (`/wp-json/wp/v2/posts`) gives a post's `title` and `content`
    as `{"rendered": "<p>..."}`: every post was skipped as "'content' is an object"."""
    if isinstance(value, dict) and isinstance(value.get("rendered"), str):
        return value["rendered"]
    return value


def _scalar(
    record: dict, keys: tuple[str, ...], ignored: list[str], *, objects: bool = False
) -> str | float | dict | None:
    """The first of `keys` given, when it is text or a number (or an object, if `objects`);
    another kind is noted in `ignored`: shown, it was Python's "['a']" or "True"."""
    value = _first(record, keys)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    if objects and isinstance(value, dict):
        return value
    if value is not None:
        key = next(k for k in keys if record.get(k) is value)
        ignored.append(f"{key!r} is {json_kind(value)}, not read")
    return None


def json_kind(value: object) -> str:
    """What a JSON value is, in JSON's words ("a number", "null"), not Python's ("int")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    kinds = {str: "a string", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return kinds.get(type(value), type(value).__name__)


def _no_text_reason(record: dict) -> str:
    if "schema_version" in record and "summary" in record:
        return "a chorus briefing, not an article; not read"  # `chorus brief -f json`'s
    # A text key holding a number, a list or null is named: "has no text" would send the
    # reader looking for a key that is there.
    for key in TEXT_KEYS:
        if key in record and not isinstance(record[key], str):
            return f"record's {key!r} is {json_kind(record[key])}, not text"
    empty = [key for key in TEXT_KEYS if record.get(key) == ""]
    if empty:
        # A spreadsheet's row with an empty text cell: "expected one of text, ..." sent
        # the reader to a column that is there.
        return f"empty: its {empty[0]!r} holds no text"
    return f"record has no text (expected one of {', '.join(TEXT_KEYS)})"


def record_article(record: dict, where: str) -> RecordArticle:
    """One article record `{"title", "source", "date", "text"}`."""
    text = _first(record, TEXT_KEYS)
    if not isinstance(text, str):
        raise ChorusError(f"{where}: {_no_text_reason(record)}")
    ignored: list[str] = []
    outlet = _scalar(record, _OUTLET_KEYS, ignored, objects=True)
    title = _scalar(record, _TITLE_KEYS, ignored)
    date_value = _scalar(record, _DATE_KEYS, ignored)
    text, cut = _without_cut_mark(text)
    if cut is not None:
        ignored.append(
            f"its text is cut short ({cut:,} characters left out, as NewsAPI gives "
            "articles): only the part given is briefed; give the whole article to brief it"
        )
    return RecordArticle(
        text=text,
        outlet=outlet_name(outlet) if outlet is not None else None,
        # A title written as HTML writes it (a WordPress post's "Story&#8217;s") reads as text.
        title=html.unescape(str(title)) if title is not None else None,
        published=parse_date(date_value),
        date_text=str(date_value) if date_value is not None else None,
        notes=tuple(ignored),
    )


_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+(?P<chars>\d+) chars\]\s*$")
"""How a NewsAPI answer ends an article's `content`: "... search and rescu… [+4187 chars]"."""
_LAST_STOP = re.compile(r".*[.!?][\"”’)]?(?=\s+[A-Z\"“‘(])", re.DOTALL)
"""Up to the last sentence end: a stop before a capital ("U.N. headq" is no end)."""


def _without_cut_mark(text: str) -> tuple[str, int | None]:
    """A text without its source's cut-off mark and the unfinished sentence before it, and
    how many characters the mark says were left out (None when there is no mark): both
    were briefed as a sentence, "... search and rescu… [+4187 chars]"."""
    found = _CUT_MARK.search(text)
    if found is None:
        return text, None
    given = text[: found.start()]
    finished = _LAST_STOP.match(given + " ")
    return (finished.group() if finished else given), int(found["chars"])


def cluster_documents(record: dict, where: str) -> list[RecordArticle]:
    """The articles of a Multi-News record `{"documents": [...]}` (strings or records), or
    of Hugging Face's `{"document": "a ||||| b"}` (`holds_cluster`)."""
    documents = record.get("documents", record.get("document"))
    if isinstance(documents, str):
        documents = split_multinews(documents)
    if not isinstance(documents, list):
        raise ChorusError(f"{where}: 'documents' must be a list")
    articles = []
    for number, doc in enumerate(documents, start=1):
        if isinstance(doc, str):
            # A raw Multi-News line put in the list whole is its documents; one of only
            # separators (`["|||||"]`) holds none, and was "empty after cleaning".
            texts = split_multinews(doc) if MULTINEWS_SEPARATOR in doc else [doc]
            articles += [
                RecordArticle(NEWLINE_MARK.sub("\n", text), None, None, None, None)
                for text in texts
            ]
        elif isinstance(doc, dict):
            articles.append(record_article(doc, f"{where} document {number}"))
        else:
            raise ChorusError(f"{where}: document {number} is neither text nor a record")
    return articles


def json_records(text: str, where: str) -> Iterator[tuple[str, dict | ChorusError]]:
    """(location, record) for a JSON document (an object, or a list of them) or JSON Lines;
    a string in a list or on a line stands for a record of that text.

    An item of a list or a line of JSON Lines that is not a JSON object yields a ChorusError
    in place of its record, so that the caller can report it and go on with the others; a
    document that cannot be read at all raises ChorusError.
    """
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = parse_json(text)
        except json.JSONDecodeError as exc:
            raise ChorusError(f"invalid JSON ({exc})") from None
        for number, item in enumerate(items, start=1):
            yield f"{where} item {number}", _as_item(item)
        return
    try:
        document = parse_json(text)
    except json.JSONDecodeError:
        pass  # not one JSON document: JSON Lines, read line by line below
    else:
        if _holds_articles(document):
            for number, item in enumerate(document["articles"], start=1):
                yield f"{where} article {number}", _as_item(item)
        else:
            yield where, _as_record(document)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        location = f"{where} line {number}"
        try:
            yield location, _as_item(parse_json(line))
        except json.JSONDecodeError as exc:
            yield location, ChorusError(invalid_json(exc))
        except ChorusError as exc:
            yield location, exc


def _holds_articles(document: object) -> bool:
    """An object whose `articles` list holds the articles: the web API's own request
    (`{"articles": [...], "words": 150}`) and a NewsAPI answer (`{"status": "ok",
    "articles": [...]}`) were one record "with no text"."""
    return (
        isinstance(document, dict)
        and isinstance(document.get("articles"), list)
        and not any(key in document for key in (*TEXT_KEYS, "documents"))
    )


def invalid_json(exc: json.JSONDecodeError) -> str:
    """Why a line is no JSON, with the column: "Unterminated string starting at", the
    parser's words alone, ended on "at"; "... at at column 3" doubled it."""
    where = "column" if exc.msg.endswith(" at") else "at column"
    return f"invalid JSON ({exc.msg} {where} {exc.colno})"


def parse_json(text: str | bytes) -> object:
    """The JSON value of `text`; nesting deeper than Python's parser can follow is a
    ChorusError, not the RecursionError it raises. Every reader of JSON input uses it."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ChorusError(
            "JSON nested too deeply to read (lists or objects within each other "
            "hundreds of levels down)"
        ) from None


def _as_item(item: object) -> dict | ChorusError:
    """A record from an item of a list or a line of JSON Lines, where a string is an
    article's text: `["text of article one", "text of two"]`, as `chorus.brief` takes them
    in Python, was every item skipped as "not a string"."""
    if isinstance(item, str):
        return {"text": item}
    if isinstance(item, dict):
        return item
    # "expected a JSON object" alone sent a reader of `[42]` away from the text it may hold.
    return ChorusError(f"expected an article's text or a JSON object, not {json_kind(item)}")


def _as_record(item: object) -> dict | ChorusError:
    if isinstance(item, dict):
        return item
    return ChorusError(f"expected a JSON object, not {json_kind(item)}")

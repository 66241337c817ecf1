"""From a request to a briefing: the form and JSON bodies the app accepts, and the work.

Parsing (async, in the event loop) only collects what was sent into a `Submission`;
`make_briefing` (blocking, run in a worker thread) reads it into articles and briefs
them. Every problem a client can fix is a `RequestError` with a status and a message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_to_bytes

from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from chorus.api import brief
from chorus.ingest import given_date
from chorus.ingest.encoding import decode
from chorus.ingest.uploads import Upload, read_uploads, split_pasted
from chorus.model import Briefing
from chorus.serve.fetch import fetch_page
from chorus.serve.settings import ServeSettings


class RequestError(Exception):
    """A request the server will not serve, with the 4xx status and the reason, and the
    names of the files it refused as unreadable (the form must not ask for them again)."""

    def __init__(self, status: int, message: str, refused: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.refused = refused


class ArticleIn(BaseModel):
    """One article of a JSON request."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="The article's text.")
    title: str | None = None
    source: str | None = Field(None, description="The outlet, e.g. Reuters.")
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD.")


class BriefingRequest(BaseModel):
    """A JSON request: articles (and URLs, if the server fetches them), and a word budget."""

    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list, description="Only if the server fetches URLs.")
    # strict: JSON's true was taken for 1 word, which no sentence fits: an empty summary.
    words: int | None = Field(None, ge=1, strict=True, description="Word budget of the summary.")
    date: str | None = Field(
        None,
        description="Publication date (YYYY-MM-DD) of every article, replacing their own "
        "dates, as `chorus brief --date` does.",
    )


@dataclass(slots=True)
class Submission:
    """Everything a request asked to brief, not yet read."""

    uploads: list[Upload] = field(default_factory=list)
    pasted: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    words: int | None = None
    date: dt.date | None = None
    """Every article's publication date, when the request gave one."""

    def is_empty(self) -> bool:
        return not (self.uploads or self.pasted or self.records or self.urls)


@dataclass(frozen=True, slots=True)
class FormValues:
    """What a form post typed and chose, to fill the form in again when it is refused."""

    text: str = ""
    urls: str = ""
    words: str = ""
    date: str = ""
    files: tuple[str, ...] = ()
    """Names of the files chosen: a browser cannot be given them back, only told."""


def _words(value: object, settings: ServeSettings) -> int | None:
    if value in (None, ""):
        return None
    try:
        words = int(str(value))
    except ValueError:
        words = 0
    if not 1 <= words <= settings.max_words:
        raise RequestError(400, f"words must be a whole number from 1 to {settings.max_words}")
    return words


def _date(value: str | None) -> dt.date | None:
    return given_date(value, name="publication date") if value else None


_CONTROLS_1252_PRINTS = re.compile("[\x80-\x9f]")


def _sent_bytes(part: str) -> bytes:
    """A multipart text part's bytes, as near as Starlette leaves them known: it reads a
    part as UTF-8, else as Latin-1, where Windows-1252's curly quotes (bytes 0x93, 0x94)
    become control characters no text holds; such a part gets its bytes back, read as a
    file's would be."""
    if _CONTROLS_1252_PRINTS.search(part) and max(part) <= "\xff":
        return part.encode("latin-1")
    return part.encode("utf-8")


def _strings(form: Any, name: str) -> list[str]:
    # Browsers send a textarea's line breaks as CRLF, which the paste separator (a line
    # of dashes alone) would not match.
    return [
        decode(_sent_bytes(v)).text.replace("\r\n", "\n")
        for v in form.getlist(name)
        if isinstance(v, str)
    ]


def _chosen(part: UploadFile | str) -> bool:
    """Whether a `files` part holds a file: a browser sends an empty part with no name when
    none was chosen. A part without a filename (`curl -F 'files=<a.txt'`) arrives as text,
    and is a file all the same: dropped, its article went missing without a word."""
    if isinstance(part, str):
        return bool(part.strip())
    return bool(part.filename or part.size)


def urlencoded_fields(body: bytes) -> list[tuple[str, str]]:
    """A urlencoded body's fields, each name and value read from its bytes as an uploaded
    file's are (UTF-8, else Windows-1252: `encoding.decode`): Starlette read them as UTF-8
    alone, so a Latin-1 `text=Caf%E9` was "Caf\ufffd", while the same bytes as a multipart
    part read "Café"."""
    pairs = (pair.partition(b"=") for pair in body.split(b"&") if pair)
    return [(_unquoted(name), _unquoted(value)) for name, _, value in pairs]


def _unquoted(raw: bytes) -> str:
    return decode(unquote_to_bytes(raw.replace(b"+", b" "))).text


_MAX_FIELDS = 64


def _refuse_files_as_fields(form: FormData) -> None:
    """A file sent as `urls`, `words` or `date` (`curl -F urls=@links.txt`): `urls` was
    dropped without a word, `date` refused as "publication date 'UploadFile(...)'"."""
    for name in ("urls", "words", "date"):
        for value in form.getlist(name):
            if isinstance(value, UploadFile):
                raise RequestError(
                    400,
                    f"{name} was sent as a file ({value.filename}); send it as text: "
                    f"curl -F '{name}=<{value.filename}'",
                )


@contextlib.asynccontextmanager
async def _form(request: Request, settings: ServeSettings) -> AsyncIterator[FormData]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        fields = urlencoded_fields(await request.body())
        if len(fields) > _MAX_FIELDS:  # Starlette's limit and words, as a multipart form's
            raise RequestError(400, f"Too many fields. Maximum number of fields is {_MAX_FIELDS}.")
        yield FormData(fields)
        return
    async with request.form(
        max_files=settings.max_files,
        max_fields=_MAX_FIELDS,
        max_part_size=settings.max_upload_bytes,
    ) as form:
        yield form


async def from_form(request: Request, settings: ServeSettings) -> Submission:
    """A multipart or urlencoded form: `files`, `text` (pasted), `urls`, `words`, `date`.

    What was typed is kept on `request.state.form_values` before anything is checked, so
    that whatever refuses the request can give the form back filled in."""
    async with _form(request, settings) as form:
        _refuse_files_as_fields(form)
        files = [v for v in form.getlist("files") if _chosen(v)]
        # `curl -F text=@a.txt` sends a file under `text`: its article was dropped without a
        # word ("nothing to brief" alone, or a briefing of the other files).
        files += [v for v in form.getlist("text") if isinstance(v, UploadFile) and _chosen(v)]
        texts, urls = _strings(form, "text"), _strings(form, "urls")
        typed = FormValues(
            text="\n---\n".join(texts),
            urls="\n".join(urls),
            words=str(form.get("words") or "").strip(),
            date=str(form.get("date") or "").strip(),
            files=tuple(f.filename or "" for f in files if isinstance(f, UploadFile)),
        )
        request.state.form_values = typed
        submission = Submission(words=_words(typed.words, settings), date=_date(typed.date))
        for upload in files:
            if isinstance(upload, str):
                submission.uploads.append(Upload("", _sent_bytes(upload)))
            else:
                submission.uploads.append(Upload(upload.filename or "", await upload.read()))
    submission.pasted = [piece for text in texts for piece in split_pasted(text)]
    submission.urls = [line.strip() for line in typed.urls.splitlines() if line.strip()]
    return submission


def from_json(body: bytes, settings: ServeSettings) -> Submission:
    """A JSON body as `BriefingRequest` describes (validated by the caller's model)."""
    payload = BriefingRequest.model_validate_json(body)
    records = [a.model_dump(exclude_none=True) for a in payload.articles]
    return Submission(
        records=records,
        urls=payload.urls,
        words=_words(payload.words, settings),
        date=_date(payload.date),
    )


_LINK = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def _links_only(piece: str) -> bool:
    """Whether a pasted piece is a link (or several), not an article's text."""
    return all(_LINK.fullmatch(line) for line in piece.splitlines() if line.strip())


def _check_count(count: int, settings: ServeSettings) -> None:
    if count > settings.max_files:
        raise RequestError(
            400, f"{count} articles sent; this server takes at most {settings.max_files} at once"
        )


def check(submission: Submission, settings: ServeSettings) -> None:
    """Refuse an empty request, too many items, a pasted link, or URLs the server may
    not fetch."""
    if submission.is_empty():
        raise RequestError(400, "nothing to brief: paste article text or choose files")
    count = len(submission.uploads) + len(submission.pasted)
    _check_count(count + len(submission.records) + len(submission.urls), settings)
    links = [n for n, piece in enumerate(submission.pasted, start=1) if _links_only(piece)]
    if links:
        advice = (
            "put links in the URL box"
            if settings.allow_url_fetch
            else "this server does not fetch pages"
        )
        raise RequestError(
            400,
            f"pasted text {links[0]} is a link, not an article: paste the article's own text "
            f"({advice})",
        )
    if submission.urls and not settings.allow_url_fetch:
        raise RequestError(
            400,
            "this server does not fetch URLs (its operator can allow it with "
            "--allow-url-fetch); paste the text or upload the page instead",
        )


def make_briefing(submission: Submission, settings: ServeSettings) -> Briefing:
    """Read the submission into articles and brief them (blocking: run it in a thread)."""
    uploads = list(submission.uploads)
    uploads += [
        fetch_page(url, max_bytes=settings.max_upload_bytes, timeout=settings.fetch_timeout)
        for url in submission.urls
    ]
    ingested = read_uploads(
        uploads,
        pasted=submission.pasted,
        records=submission.records,
        max_bytes=settings.max_upload_bytes,
        date=submission.date,
    )
    # One .jsonl upload can hold hundreds of articles: --max-files counts articles.
    _check_count(len(ingested.articles), settings)
    if not ingested.articles:
        reasons = "; ".join(f"{s.origin}: {s.reason}" for s in ingested.skipped)
        refused = tuple(s.origin for s in ingested.skipped)
        raise RequestError(400, f"no articles to brief ({reasons or 'no text found'})", refused)
    return brief(
        ingested.articles,
        words=submission.words or settings.words,
        skipped=ingested.skipped,
        notes=ingested.notes,
    )

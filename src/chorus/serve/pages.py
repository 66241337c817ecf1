"""The app's own HTML pages: the form, the list of past briefings, and error pages.

Built like the report: Python strings through `esc`, the same stylesheet; only the form
carries a script, which says the briefing is being made while the post is answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from chorus.ingest import READ_SUFFIXES
from chorus.ingest.record_dates import EARLIEST_YEAR, LATEST_YEAR
from chorus.render.dates import read_date
from chorus.render.html_assets import FORM_SCRIPT
from chorus.render.html_page import esc, nav_html, page
from chorus.serve.intake import FormValues
from chorus.serve.settings import ServeSettings
from chorus.serve.store import Listing

LINKS = (("/", "New briefing"), ("/briefings", "Past briefings"))


def _shell(title: str, content: str, *, script: str = "") -> str:
    body = (
        f'<header class="top app-head">{nav_html(LINKS)}<p class="kicker">chorus</p>'
        f'<h1>{esc(title)}</h1></header><main class="page">{content}</main>'
    )
    return page(f"{title} · chorus", body, script=script)


def _limits(settings: ServeSettings) -> str:
    megabytes = settings.max_upload_bytes / 1e6
    return (
        f"Up to {settings.max_files} articles and {megabytes:g} MB per briefing. Files: "
        ".txt, .md, .html, a page saved as one file (.mhtml), .json / .jsonl records, a "
        "spreadsheet's .csv or .tsv (a row per article), raw Multi-News lines, or .gz of these."
    )


def _chosen_again(files: tuple[str, ...]) -> str:
    """The note that files chosen before an error must be chosen again."""
    if not files:
        return ""
    names = ", ".join(files)
    return (
        f'<p class="hint" id="files-again">Choose the files again ({esc(names)}): a browser '
        "does not keep them when the form comes back.</p>"
    )


def form_page(
    settings: ServeSettings, *, error: str | None = None, values: FormValues | None = None
) -> str:
    """The page to paste or upload articles about one story; after a refused post, the
    message and the form filled in with what was typed."""
    values = values or FormValues()
    # Tab lands on the file button past both notes: they are its description, read out there.
    files_notes = "files-again files-hint" if values.files else "files-hint"
    alert = f'<p class="error" role="alert">{esc(error)}</p>' if error else ""
    urls = ""
    if settings.allow_url_fetch:
        urls = (
            '<label for="urls">Or page URLs, one a line</label>'
            f'<textarea id="urls" name="urls" rows="3">{esc(values.urls)}</textarea>'
        )
    content = (
        f'{alert}<form id="brief-form" class="card" method="post" action="/briefings" '
        'enctype="multipart/form-data">'
        '<label for="text">Paste articles</label>'
        '<p class="hint" id="text-hint">Separate articles with a line of three dashes (---).</p>'
        f'<textarea id="text" name="text" aria-describedby="text-hint">{esc(values.text)}'
        "</textarea>"
        '<label for="files">Or upload files</label>'
        f'<input id="files" name="files" type="file" multiple aria-describedby="{files_notes}" '
        f'accept="{",".join(READ_SUFFIXES)},text/plain,text/html,application/json,text/csv">'
        f'{_chosen_again(values.files)}<p class="hint" id="files-hint">{esc(_limits(settings))}'
        f"</p>{urls}"
        '<label for="date">Published on (optional)</label>'
        '<p class="hint" id="date-hint">The publication date of every article, so that the '
        "timeline can place &ldquo;on Tuesday&rdquo; or &ldquo;last week&rdquo;. It replaces "
        "any date the files carry; leave it empty to keep the articles&rsquo; own dates.</p>"
        f'<input id="date" name="date" type="date" min="{EARLIEST_YEAR}-01-01" '
        f'max="{LATEST_YEAR}-12-31" value="{esc(values.date)}" aria-describedby="date-hint">'
        '<label for="words">Words in the summary</label>'
        f'<input id="words" name="words" type="number" min="1" max="{settings.max_words}" '
        f'value="{esc(values.words or str(settings.words))}">'
        '<div><button type="submit">Brief these articles</button></div>'
        # Filled by FORM_SCRIPT once the form is sent; read out as it changes.
        '<p id="working" class="working" role="status"></p></form>'
    )
    return _shell("Brief one story", content, script=FORM_SCRIPT)


def _count(total: int) -> str:
    return f"{total} briefing{'s' if total != 1 else ''}"


def _when(created: str) -> str:
    """When a briefing was made, as a reader reads it, "4 December 2026, 18:52" (UTC, as
    the column says), its ISO stamp kept for machines in `<time datetime>`."""
    stamp = dt.datetime.fromisoformat(created)
    return f'<time datetime="{esc(created)}">{read_date(stamp.date())}, {stamp:%H:%M}</time>'


def list_page(items: Sequence[Listing], *, total: int, offset: int, limit: int) -> str:
    """Past briefings, newest first, a page at a time."""
    if not total:
        content = '<p class="empty">No briefings yet. <a href="/">Make the first one.</a></p>'
        return _shell("Past briefings", content)
    if not items:
        # An offset past the last (a link kept or typed): there are briefings all the same.
        content = (
            f'<p class="empty">{_count(total)}, none from number {offset + 1} on. '
            '<a href="/briefings">See the newest.</a></p>'
        )
        return _shell("Past briefings", content)
    rows = "".join(
        f'<tr><td><a href="/briefings/{esc(i.id)}">{esc(i.title)}</a></td>'
        f'<td class="when">{_when(i.created)}</td>'
        f"<td>{i.sources}</td><td>{i.words}</td></tr>"
        for i in items
    )
    pager = []
    if offset > 0:
        pager.append(f'<a href="/briefings?offset={max(0, offset - limit)}">Newer</a>')
    if offset + limit < total:
        pager.append(f'<a href="/briefings?offset={offset + limit}">Older</a>')
    content = (
        f"<p>{_count(total)}, newest first.</p>"
        '<table class="list"><thead><tr><th scope="col">Briefing</th>'
        '<th scope="col">Created (UTC)</th><th scope="col">Sources</th>'
        f'<th scope="col">Words</th></tr></thead><tbody>{rows}</tbody></table>'
        f'<nav class="app" aria-label="Pages">{"".join(pager)}</nav>'
    )
    return _shell("Past briefings", content)


def error_page(status: int, message: str) -> str:
    content = (
        f'<p class="error" role="alert">{esc(message)}</p><p><a href="/">Back to the form</a></p>'
    )
    return _shell(f"Error {status}", content)

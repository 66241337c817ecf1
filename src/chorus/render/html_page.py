"""The shell every chorus HTML page shares: escaping, head, and a strict content policy.

The page carries its own Content-Security-Policy: nothing may load from anywhere, and
only the exact inline style and script chorus wrote may run (pinned by their SHA-256).
Even if some text ever escaped escaping, it could not run a script or fetch a URL.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Sequence

from chorus.render.html_assets import CSS


def esc(text: object) -> str:
    """Text made safe for HTML content and for quoted attribute values."""
    return html.escape(str(text), quote=True)


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_policy(*, script: str = "") -> str:
    """The CSP of a page holding chorus's inline style and, when given, the inline script
    whose source is `script`."""
    script_src = _sha256(script) if script else "'none'"
    return (
        f"default-src 'none'; style-src {_sha256(CSS)}; script-src {script_src}; "
        "img-src data:; base-uri 'none'; form-action 'self'"
    )


_WRITTEN_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"<>\r\n]*)">')


def written_policy(document: str) -> str | None:
    """The CSP a page made by `page()` carries, whichever chorus wrote it: a page stored
    by an earlier version holds that version's style and script, pinned by their hashes."""
    head = document[: document.find("</head>")]
    found = _WRITTEN_POLICY.search(head)
    return html.unescape(found.group(1)) if found else None


def nav_html(links: Sequence[tuple[str, str]]) -> str:
    """A small navigation bar of (href, label) links; empty when there are none."""
    if not links:
        return ""
    items = "".join(f'<a href="{esc(href)}">{esc(label)}</a>' for href, label in links)
    return f'<nav class="app" aria-label="Site">{items}</nav>'


def page(title: str, body: str, *, script: str = "") -> str:
    """A whole HTML document: `body` is already-escaped HTML, `script` the source of its
    one inline script (the report's SCRIPT, the app form's FORM_SCRIPT), if any."""
    script_tag = f"<script>{script}</script>" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{content_policy(script=script)}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="generator" content="chorus">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head>"
        f"<body>{body}{script_tag}</body></html>\n"
    )

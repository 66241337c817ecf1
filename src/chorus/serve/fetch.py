"""Fetching a page named by URL: only when the operator enabled it (`--allow-url-fetch`).

http and https only, redirects included; a time limit and a byte limit on every fetch.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from chorus.errors import ChorusError
from chorus.ingest.uploads import Upload

_SCHEMES = ("http", "https")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme not in _SCHEMES:
            raise ChorusError(f"{req.full_url}: redirects to a non-http URL; not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_page(url: str, *, max_bytes: int, timeout: float) -> Upload:
    """The page at `url` as an upload named `<last path part>.html`."""
    parts = urlsplit(url.strip())
    if parts.scheme not in _SCHEMES or not parts.netloc:
        raise ChorusError(f"{url}: not an http(s) URL")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(parts.geturl(), headers={"User-Agent": "chorus"})
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ChorusError(f"{url}: could not fetch ({reason})") from None
    if len(data) > max_bytes:
        raise ChorusError(f"{url}: the page is larger than {max_bytes} bytes")
    stem = parts.path.rstrip("/").rsplit("/", 1)[-1].split(".")[0] or parts.netloc
    return Upload(f"{stem}.html", data)

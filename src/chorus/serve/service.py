"""What the routes share: settings, the store, and making and finding briefings.

Briefing is CPU work: it runs in worker threads, at most `settings.workers` at once, so
the event loop keeps answering (lists, pages, 4xx replies) while briefings are computed.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass

import anyio

from chorus.api import brief
from chorus.model import Briefing
from chorus.render import to_dict, to_html
from chorus.render.headline_choice import headline, tab_title
from chorus.serve.intake import RequestError, Submission, check, make_briefing
from chorus.serve.pages import LINKS
from chorus.serve.settings import ServeSettings
from chorus.serve.store import BriefingStore, Listing, Stored

_WARM_UP = (
    "The council voted on Monday to close the old bridge for repairs, the mayor said.",
    "Officials said on Monday that the old bridge will close for repairs in July.",
)


def warm_up() -> None:
    """Brief a tiny story once, so that every model is loaded before requests come in
    (one load, in one thread, rather than several at once under the first burst)."""
    brief(list(_WARM_UP), words=30)


def briefing_title(briefing: Briefing) -> str:
    """The report's own headline, as its browser tab shows it: the list of briefings names
    each one as the page does."""
    return tab_title(headline(briefing).text)


def to_stored(briefing: Briefing) -> Stored:
    listing = Listing(
        id=secrets.token_hex(8),
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        title=briefing_title(briefing),
        sources=len(briefing.documents),
        words=briefing.word_count(),
    )
    payload = json.dumps(to_dict(briefing), ensure_ascii=False)
    return Stored(listing, payload, to_html(briefing, links=LINKS))


@dataclass(frozen=True, slots=True)
class Service:
    settings: ServeSettings
    store: BriefingStore
    limiter: anyio.CapacityLimiter

    async def create(self, submission: Submission) -> Stored:
        check(submission, self.settings)
        return await anyio.to_thread.run_sync(self._create, submission, limiter=self.limiter)

    def _create(self, submission: Submission) -> Stored:
        stored = to_stored(make_briefing(submission, self.settings))
        self.store.add(stored)
        return stored

    async def get(self, briefing_id: str) -> Stored:
        stored = await anyio.to_thread.run_sync(self.store.get, briefing_id)
        if stored is None:
            raise RequestError(404, f"no briefing with id {briefing_id[:40]!r}")
        return stored

    async def recent(self, limit: int, offset: int) -> tuple[list[Listing], int]:
        items = await anyio.to_thread.run_sync(self.store.recent, limit, offset)
        return items, await anyio.to_thread.run_sync(self.store.count)

"""The pages people use: the form, a briefing's report, and the list of past briefings."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from chorus.render.html_page import content_policy, written_policy
from chorus.serve.intake import from_form
from chorus.serve.pages import form_page, list_page
from chorus.serve.service import Service
from chorus.serve.store import MAX_OFFSET

router = APIRouter(include_in_schema=False)
_PAGE_SIZE = 50


def html_response(content: str, status: int = 200) -> HTMLResponse:
    """An HTML page with the headers that keep it inert: the CSP the page carries (the
    hashes of its own style and script; a report stored by an earlier version holds that
    version's), no sniffing, no framing."""
    policy = written_policy(content) or content_policy()
    headers = {
        "Content-Security-Policy": policy + "; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    return HTMLResponse(content, status_code=status, headers=headers)


# HEAD too: `curl -I` and uptime checks asked for the form and were told 405.
_READ = ["GET", "HEAD"]


@router.api_route("/", methods=_READ)
async def home(request: Request) -> HTMLResponse:
    service: Service = request.app.state.service
    return html_response(form_page(service.settings))


@router.post("/briefings")
async def submit(request: Request) -> RedirectResponse:
    service: Service = request.app.state.service
    stored = await service.create(await from_form(request, service.settings))
    return RedirectResponse(f"/briefings/{stored.listing.id}", status_code=303)


@router.api_route("/briefings", methods=_READ)
async def past(
    request: Request, offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0
) -> HTMLResponse:
    service: Service = request.app.state.service
    items, total = await service.recent(_PAGE_SIZE, offset)
    return html_response(list_page(items, total=total, offset=offset, limit=_PAGE_SIZE))


@router.api_route("/briefings/{briefing_id}", methods=_READ)
async def report(request: Request, briefing_id: str) -> HTMLResponse:
    service: Service = request.app.state.service
    stored = await service.get(briefing_id)
    return html_response(stored.html)

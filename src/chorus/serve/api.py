"""The JSON API: POST /api/briefings, GET /api/briefings/{id}, GET /api/briefings."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ValidationError

from chorus.serve.intake import RequestError, Submission, from_form, from_json
from chorus.serve.service import Service
from chorus.serve.store import MAX_OFFSET, Listing, Stored


class ErrorOut(BaseModel):
    detail: str


class ListingOut(BaseModel):
    id: str
    created: str
    title: str
    sources: int
    words: int
    url: str
    api_url: str


class BriefingOut(ListingOut):
    briefing: dict[str, Any]
    """The briefing as `chorus brief --format json` prints it (docs/json-schema.md)."""


class ListOut(BaseModel):
    total: int
    briefings: list[ListingOut]


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 404, 413, 415, 422)
}
_MULTIPART = {
    "type": "object",
    "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "text": {"type": "string", "description": "Pasted articles, separated by ---"},
        "urls": {"type": "string", "description": "One URL a line (if the server fetches)"},
        "words": {"type": "integer", "minimum": 1},
        "date": {
            "type": "string",
            "format": "date",
            "description": "Publication date of every article (replacing their own), "
            "as chorus brief --date",
        },
    },
}
REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/BriefingRequest"}},
        "multipart/form-data": {"schema": _MULTIPART},
    },
}

router = APIRouter(prefix="/api", tags=["briefings"])


def _listing(item: Listing) -> dict[str, Any]:
    return {
        "id": item.id,
        "created": item.created,
        "title": item.title,
        "sources": item.sources,
        "words": item.words,
        "url": f"/briefings/{item.id}",
        "api_url": f"/api/briefings/{item.id}",
    }


def _out(stored: Stored) -> BriefingOut:
    return BriefingOut(**_listing(stored.listing), briefing=json.loads(stored.payload))


async def read_submission(request: Request, service: Service) -> Submission:
    """The request body as a submission: JSON or a form, by its content type."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        body = await request.body()
        try:
            return from_json(body, service.settings)
        except ValidationError as exc:
            raise _invalid(exc) from None
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return await from_form(request, service.settings)
    if not kind and request.headers.get("content-length", "0") == "0":
        return Submission()
    raise RequestError(415, "send application/json or multipart/form-data (files)")


def _invalid(exc: ValidationError) -> RequestError:
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in error["loc"])
        problems.append(f"{where}: {error['msg']}" if where else error["msg"])
    if any(e["type"] == "json_invalid" for e in exc.errors()):
        # pydantic's own message opens "Invalid JSON: ", which said it twice after ours
        said = "; ".join(problems).removeprefix("Invalid JSON: ")
        return RequestError(400, "malformed JSON: " + said)
    return RequestError(422, "invalid request: " + "; ".join(problems))


@router.post(
    "/briefings",
    status_code=201,
    response_model=BriefingOut,
    responses=ERRORS,
    openapi_extra={"requestBody": REQUEST_BODY},
    summary="Brief articles about one story",
)
async def create_briefing(request: Request, response: Response) -> BriefingOut:
    """Brief the articles sent (JSON `{"articles": [...]}`, or files in a form) and keep it."""
    service: Service = request.app.state.service
    stored = await service.create(await read_submission(request, service))
    response.headers["Location"] = f"/api/briefings/{stored.listing.id}"
    return _out(stored)


@router.get(
    "/briefings/{briefing_id}",
    response_model=BriefingOut,
    responses=ERRORS,
    summary="One stored briefing",
)
async def get_briefing(request: Request, briefing_id: str) -> BriefingOut:
    service: Service = request.app.state.service
    return _out(await service.get(briefing_id))


@router.get("/briefings", response_model=ListOut, responses=ERRORS, summary="Stored briefings")
async def list_briefings(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> ListOut:
    """Stored briefings, newest first."""
    service: Service = request.app.state.service
    items, total = await service.recent(limit, offset)
    return ListOut(total=total, briefings=[ListingOut(**_listing(i)) for i in items])

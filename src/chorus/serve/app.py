"""The web app: `create_app(settings)` builds it; `chorus serve` runs it with uvicorn.

Every error a client can cause is a 4xx with a one-line message: JSON `{"detail": ...}`
under /api, an HTML page elsewhere. Nothing else leaks: an unexpected failure is logged
and answered with a plain 500 message, never a traceback.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from chorus import __version__
from chorus.errors import ChorusError
from chorus.serve import api, web
from chorus.serve.intake import BriefingRequest, RequestError
from chorus.serve.pages import error_page, form_page
from chorus.serve.service import Service, warm_up
from chorus.serve.settings import ServeSettings
from chorus.serve.store import BriefingStore, open_store

log = logging.getLogger("chorus.serve")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def error_response(
    request: Request, status: int, message: str, refused: tuple[str, ...] = ()
) -> Response:
    """The 4xx/5xx reply: JSON under /api, else the form again (after a POST) or a page.
    The form asks for the files chosen again, less those `refused` as unreadable."""
    if request.url.path.startswith("/api"):
        return JSONResponse({"detail": message}, status_code=status)
    service: Service = request.app.state.service
    if request.method == "POST" and request.url.path == "/briefings":
        typed = getattr(request.state, "form_values", None)
        if typed is not None:
            typed = dataclasses.replace(
                typed, files=tuple(n for n in typed.files if n not in refused)
            )
        return web.html_response(form_page(service.settings, error=message, values=typed), status)
    return web.html_response(error_page(status, message), status)


def _too_large(size: int, limit: int) -> str:
    return (
        f"upload too large: {size:,} bytes sent; this server accepts at most {limit:,} bytes "
        f"({limit / 1e6:g} MB) per request"
    )


def _shown_path(request: Request) -> str:
    """The path a message names, cut as an unknown id is: a client may send a long one."""
    path = request.url.path
    return path if len(path) <= 80 else path[:80] + "…"


def _not_allowed(request: Request, exc: HTTPException) -> str:
    """A 405 that says what the address takes and, for articles sent to the wrong one,
    where they go: "Method Not Allowed" left a newcomer posting to / guessing."""
    allowed = ", ".join(sorted(filter(None, (exc.headers or {}).get("Allow", "").split(", "))))
    said = f"{request.method} is not accepted at {_shown_path(request)}" + (
        f" (it takes {allowed})" if allowed else ""
    )
    if request.method == "POST":
        said += "; send articles to /briefings (the form's address) or /api/briefings"
    return said


_NOT_FOUND = (
    "nothing at {path}: the form is at /, past briefings at /briefings, the API at "
    "/api/briefings (its schema at /api/openapi.json)"
)
"""A bare "Not Found" at /docs or /api, where FastAPI's habits send a newcomer, named no
way on."""


class BodyLimit:
    """Refuse request bodies over `limit` bytes: at once by Content-Length, else while
    streaming (raising RequestError(413) from `receive`, inside the app's handlers)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            size = int(declared) if declared.isdigit() else -1
            if not 0 <= size <= self.limit:
                message = _too_large(size, self.limit) if size > 0 else "bad Content-Length"
                request = Request(scope)
                await error_response(request, 413 if size > 0 else 400, message)(
                    scope, receive, send
                )
                return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise RequestError(413, _too_large(seen, self.limit))
            return message

        await self.app(scope, limited, send)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestError)
    async def request_error(request: Request, exc: RequestError) -> Response:
        return error_response(request, exc.status, exc.message, exc.refused)

    @app.exception_handler(ChorusError)
    async def chorus_error(request: Request, exc: ChorusError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 405:
            return error_response(request, 405, _not_allowed(request, exc))
        if exc.status_code == 404 and exc.detail == "Not Found":
            return error_response(request, 404, _NOT_FOUND.format(path=_shown_path(request)))
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return error_response(request, 422, "invalid request: " + "; ".join(problems))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal error: the server could not do this")


def _openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The OpenAPI schema, with the JSON request model the hand-parsed body refers to."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            request = BriefingRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(request.pop("$defs", {}))
            schemas["BriefingRequest"] = request
            app.openapi_schema = schema
        return app.openapi_schema

    return build


def create_app(
    settings: ServeSettings | None = None, store: BriefingStore | None = None
) -> FastAPI:
    """The chorus web app over `settings` (and `store`, else the one `settings.db` names)."""
    settings = settings or ServeSettings()
    store = store or open_store(settings.db)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(warm_up)
        yield
        store.close()

    app = FastAPI(
        title="chorus",
        version=__version__,
        description="Many news articles about one story in, one cited briefing out.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.service = Service(settings, store, anyio.CapacityLimiter(settings.workers))
    app.include_router(api.router)
    app.include_router(web.router)
    _install_handlers(app)
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes)
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    return app

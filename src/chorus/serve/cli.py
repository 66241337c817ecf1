"""`chorus serve`: run the web app with uvicorn (needs the `web` extra)."""

from __future__ import annotations

import errno
import socket
from typing import Annotated

import typer

from chorus.errors import ChorusError
from chorus.serve.settings import ServeSettings
from chorus.settings import DEFAULT_WORDS
from chorus.terminal import fail, missing_extra, stderr


def serve_command(
    host: Annotated[
        str,
        typer.Option(
            metavar="HOST", help="Interface to listen on. Anything but loopback exposes the app."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on.")] = 8000,
    db: Annotated[
        str,
        typer.Option(
            metavar="FILE", help="Where briefings are kept: a SQLite file (or sqlite:///path)."
        ),
    ] = "chorus.sqlite",
    max_upload_mb: Annotated[
        float, typer.Option(metavar="MB", help="Largest request (all files together), in MB.")
    ] = 10.0,
    max_files: Annotated[int, typer.Option(metavar="N", help="Most articles in one request.")] = 50,
    words: Annotated[
        int, typer.Option(metavar="N", help="Default word budget of a summary.")
    ] = DEFAULT_WORDS,
    allow_url_fetch: Annotated[
        bool,
        typer.Option(
            "--allow-url-fetch", help="Let users name pages by URL, which the server then fetches."
        ),
    ] = False,
) -> None:
    """Serve a web app and JSON API to brief pasted or uploaded articles (SQLite store)."""
    try:
        import uvicorn

        from chorus.serve.app import create_app
    except ImportError as exc:
        raise fail(str(missing_extra("serve", "web", str(exc.name)))) from None
    try:
        settings = ServeSettings(
            db=db,
            host=host,
            port=port,
            max_upload_bytes=int(max_upload_mb * 1_000_000),
            max_files=max_files,
            words=words,
            allow_url_fetch=allow_url_fetch,
        )
        check_can_listen(host, port)
        app = create_app(settings)
    except ChorusError as exc:
        raise fail(str(exc)) from None
    if not settings.loopback:
        stderr.print(f"[yellow]warning[/] listening on {host}: reachable from other machines")
    # soft_wrap: a long --db path would break the line at 80 columns in a log file.
    stderr.print(f"chorus serve: http://{host}:{port}/ (briefings kept in {db})", soft_wrap=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def check_can_listen(host: str, port: int) -> None:
    """Refuse a port that cannot be listened on before the start line: uvicorn printed the
    app's address, as if it served there, then its own error, and exited 3."""
    try:
        family, kind, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror:
        raise ChorusError(f"--host {host}: no such host or address") from None
    with socket.socket(family, kind) as probe:
        # As uvicorn binds: a port a closed server left in TIME_WAIT is free to take.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ChorusError(f"cannot listen on {host}:{port}: {_bind_reason(exc)}") from None


def _bind_reason(exc: OSError) -> str:
    reasons = {
        errno.EADDRINUSE: "the port is in use (another server?); choose another with --port",
        errno.EACCES: "permission denied (ports below 1024 need root); choose another --port",
        errno.EADDRNOTAVAIL: "not an address of this machine; see --host",
    }
    return reasons.get(exc.errno, exc.strerror or str(exc))

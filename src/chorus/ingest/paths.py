"""How reports name paths, and why a path gave nothing to read: the wording of
`ingest.files`' reports on directories, links and special files."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

_WEB_ADDRESS = re.compile(r"(?:https?:/+|www\.)\S+$", re.IGNORECASE)
"""A link, also as a Path writes it ("https:/www.reuters.com/...": one slash)."""


def is_web_address(text: str) -> bool:
    return _WEB_ADDRESS.match(text) is not None


def missing_reason(path: Path, given: str = "") -> str:
    """Why a path that is neither a file nor a directory cannot be read: a symbolic link
    that loops or points nowhere says so, and a web address `given` says what to do,
    rather than "no such file"."""
    if is_web_address(given):
        return (
            "a web address; chorus reads files, not links (it works offline): save the "
            "page from the browser (Ctrl-S) or download the file, and give the saved file"
        )
    kind = special_kind(path)
    if kind is not None:
        return f"{kind}, not a file"
    if not path.is_symlink():
        return "no such file or directory"
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python 3.11's way of saying ELOOP; 3.13 raises OSError
        return "a symbolic link that loops back on itself"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops back on itself"
    return f"a symbolic link to {os.readlink(path)}, which does not exist"


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def special_kind(path: Path) -> str | None:
    """What a path that is there but is neither a file nor a directory is (a link's
    target's kind), or None: eval called a socket or a named pipe "no such file"."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return next((name for test, name in _SPECIAL_KINDS if test(mode)), None)


def in_directory(directory: Path, entry: Path) -> str:
    """How reports name a file found in a directory the user gave: by the directory's own
    name and the file's ("seeds/000_e70a.txt"), never the path the machine reached it by
    ("/home/ana/news/seeds/000_e70a.txt" when the directory was given as an absolute
    path), which would tell a reader of the report where its maker keeps files."""
    own_name = Path(os.path.abspath(directory)).name
    return f"{own_name}/{entry.name}" if own_name else entry.name


def no_files_reason(everything: list[Path], shown: list[Path]) -> str:
    """Why a directory gave no file to read: "empty" only when it is."""
    if not everything:
        return "empty directory, no articles to read"
    if not shown:
        return "no articles to read: only hidden files (names starting with '.'), not read"
    # Each entry that is no sub-directory with its reason: a link looping back on itself
    # was called a sub-directory.
    names = ", ".join(
        repr(p.name) + ("" if p.is_dir() else f" ({not_a_file_reason(p)})") for p in shown[:3]
    )
    names += ", ..." if len(shown) > 3 else ""
    if not any(p.is_dir() for p in shown):
        return f"no files to read in it, only {names}"
    return f"no files to read in it, only {names}: a sub-directory is read when given itself"


def not_a_file_reason(path: Path) -> str:
    if path.is_symlink():
        return missing_reason(path)
    return "not a regular file (a pipe, socket or device); not read"

"""Things read as a person, a body or a place that are a work or a product named for one: an
album or a sequel named by a listed body and a number ("Led Zeppelin III", after the band),
and a product's model code after its maker's name ("Bushmaster AR-15", a rifle)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from chorus.analyze.model import EntityLabel

_NUMBERED = re.compile(r"(.+) (?:II|III|IV|V|VI|VII|VIII|IX|X)")
"""A name and a number closing it: a body's second, third ... work, as a band names its
albums ("Led Zeppelin III")."""
_MODEL = re.compile(r".+ [A-Z]{1,3}-\d{1,4}")
"""A name closed by a model's code, capitals, a hyphen and figures ("Bushmaster AR-15",
"Lockheed F-35"): the product, not its maker."""
_LAST = frozenset("IVX0123456789")


def works_and_models(names: Collection[str], label: Callable[[str], EntityLabel]) -> set[str]:
    """Names of a body's numbered work (the body listed apart) and of products by model."""
    # both close on a numeral or a figure: the last character rules out most names
    return {
        name
        for name in names
        if name[-1] in _LAST
        and (
            (
                (numbered := _NUMBERED.fullmatch(name)) is not None
                and numbered[1] in names
                and label(numbered[1]) == "organisation"
            )
            or _MODEL.fullmatch(name) is not None
        )
    }

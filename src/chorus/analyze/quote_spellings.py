"""Two spellings of one speaker's name across a cluster, joined under the one its outlets
write more often: a surname with and without a closing "s", a name with and without its
accents. The last naming step of `quote_speakers.speaker_names`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.quote_names import unaccented
from chorus.model import Sentence


def spellings(given: set[str], sentences: Sequence[Sentence]) -> dict[str, str]:
    """Two spellings of one speaker's name, mapped to the one the cluster writes more often:
    two full names of one first name whose surnames differ by a closing "s" (outlets spell
    one police chief "Steve Mullin" and "Steve Mullins": multi_news-val-3651; even counts,
    neither), or two names the same but for accents or a curly apostrophe ("Raul Grijalva"
    of one outlet, "Raúl Grijalva" of another: raw 112; even counts, the accented, as no
    writer adds an accent a name lacks)."""
    pairs = [*_closing_s_pairs(given), *_accented_pairs(given)]
    if not pairs:
        return {}
    text = "\n".join(s.text for s in sentences)
    spelled = {}
    for pair, counted, even in pairs:
        written = [len(re.findall(rf"\b{re.escape(words)}\b", text)) for words in counted]
        more = pair[written.index(max(written))] if written[0] != written[1] else even
        if more:
            spelled |= dict.fromkeys(pair, more)
    return spelled


_Pair = tuple[list[str], list[str], str | None]
"""Two spellings, the words of each that are counted in the text, and the one taken on even
counts (None: neither)."""


def _closing_s_pairs(given: set[str]) -> list[_Pair]:
    """Full names of one first name whose surnames differ by a closing "s", each counted by
    its surname."""
    # the last words first, one set: most clusters hold no word and its "s" form
    last = {name.rpartition(" ")[2] for name in given}
    if last.isdisjoint({f"{word}s" for word in last}):
        return []
    forms: dict[tuple[str, str], set[str]] = {}
    for name in given:
        first, _, surname = name.rpartition(" ")
        if first and _PROPER.fullmatch(name):
            forms.setdefault((first, surname.removesuffix("s")), set()).add(name)
    pairs = [sorted(two) for two in forms.values() if len(two) == 2]
    return [(pair, [name.rpartition(" ")[2] for name in pair], None) for pair in pairs]


def _accented_pairs(given: set[str]) -> list[_Pair]:
    """Names the same but for accents or a curly apostrophe (`unaccented`), each counted
    whole."""
    # a test of each name first: most clusters name every speaker in ASCII
    folds: dict[str, set[str]] = {}
    for name in given:
        if not name.isascii():
            folds.setdefault(plain := unaccented(name), {plain} & given).add(name)
    pairs = [sorted(two) for two in folds.values() if len(two) == 2]
    return [(pair, pair, next(n for n in pair if not n.isascii())) for pair in pairs]


_PROPER = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)+")

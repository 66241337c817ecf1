"""Two spellings of one speaker's name across a cluster, joined under the one its outlets
write more often: a surname with and without a closing "s", a name with and without its
accents, a speaker with and without capitals. The last naming step of
`quote_speakers.speaker_names`."""

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
    writer adds an accent a name lacks), or two the same but for capitals ("Police" of "Police
    said ...", "police" of "..., police said": multi_news-val-3651; the one written more often
    inside a sentence, where a capital is the name's own)."""
    pairs, cased = [*_closing_s_pairs(given), *_accented_pairs(given)], _cased_pairs(given)
    if not pairs and not cased:
        return {}
    text = "\n".join(s.text for s in sentences)
    spelled = {name: _inside_more(pair, text) for pair in cased for name in pair}
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


def _cased_pairs(given: set[str]) -> list[list[str]]:
    """Names the same but for capitals (and accents or a curly apostrophe: "Attorney’s" and
    "attorney's"), not the same but for accents alone (`_accented_pairs`)."""
    folds: dict[str, set[str]] = {}
    for name in given:
        folds.setdefault((name if name.isascii() else unaccented(name)).lower(), set()).add(name)
    pairs = [sorted(two) for two in folds.values() if len(two) == 2]
    return [pair for pair in pairs if len({unaccented(name) for name in pair}) == 2]


def _inside_more(pair: list[str], text: str) -> str:
    """The one of two spellings written more often inside a sentence, else more often at
    all, else the capitalised: a capital opening a sentence ("His family said") is no
    name's."""
    inside, anywhere = [0, 0], [0, 0]
    for i, name in enumerate(pair):
        for found in re.finditer(rf"\b{re.escape(name)}\b", text):
            anywhere[i] += 1
            before = text[: found.start()].rstrip(" “\"‘'(")
            inside[i] += bool(before) and before[-1] not in "\n.!?:—"
    counts = inside if inside[0] != inside[1] else anywhere
    return pair[counts.index(max(counts))]


_PROPER = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)+")

"""A company's stock ticker a wire writes after its name, taken out of the text as it is
read (`chorus.ingest.repairs`): Reuters' codes, "Michael Kors (KORS.N) agreed to buy luxury
shoemaker Jimmy Choo CHOO.L for $1.2 billion" (raw validation 15 [2] by index), and an
exchange's, "Keurig Green Mountain (NASDAQ:GMCR)". A terminal reads them; to a reader they
are noise, and to the analysis words no other outlet writes, so 15's deal, reported by the
Times and by Reuters, matched no sentence of the other (reader64).

A ticker whose symbol the page writes again as a word stays: it introduces the name the page
goes on to call the company by ("GMCR reported fiscal Q1 results …", raw 61 [0]; "(NYSE:
XOXO, xogroupinc.com)" beside "(NYSE: XOXO)", 18 [2])."""

from __future__ import annotations

import re
from collections import Counter

from chorus.ingest.text_edits import Edit

_SYMBOL = r"(?P<symbol>[A-Z0-9]{2,6})"
_RIC_EXCHANGES = (
    r"N|O|OQ|L|PA|DE|F|AS|BR|MI|MC|LS|SW|VX|ST|CO|OL|HE|VI|T|HK|SS|SZ|KS|TW|SI|AX|BO|NS|TO"
)
"""The exchange codes closing a Reuters instrument code ("KORS.N" New York, "CHOO.L" London,
"PRTP.PA" Paris, "0700.HK" Hong Kong); not "A", "I", "S" nor "C", which close initials."""
_EXCHANGES = r"NYSE|NASDAQ|Nasdaq|NYSE MKT|NYSE American|NYSE Arca|AMEX|TSX|TSXV|LSE|ASX|OTC"
_BRACKETED = re.compile(
    rf"\((?<= \()(?:{_SYMBOL}\.(?:{_RIC_EXCHANGES})"
    rf"|(?:{_EXCHANGES}) ?: ?(?P<listed>[A-Z]{{1,6}}))\)"
)
"""A ticker in brackets after the name: "(KORS.N)", "(PRTP.PA)", "(NYSE: XOXO)",
"(NASDAQ:GMCR)"; a symbol of two or more characters for Reuters' codes, as "(U.N)" is no
ticker. Led by its bracket, which a pattern finds many times faster than the space before it
(taken out with it)."""
_BARE = re.compile(rf" (?<=[\w.&] ){_SYMBOL}\.(?:{_RIC_EXCHANGES})(?=[\s,;:)]|\.(?:\s|$)|$)")
"""A Reuters code after the name without brackets, " CHOO.L", " COH.N", " KATE.N", read only
on a page naming Reuters (a glued sentence end, "the BBC.I", is no code)."""
_WORD = re.compile(r"\b[A-Z0-9]{1,6}\b")


def ticker_edits(text: str) -> list[Edit]:
    """The edits taking out `text`'s tickers (each with the space before it), but those whose
    symbol the text writes again as a word."""
    found = list(_BRACKETED.finditer(text))
    if "Reuters" in text or "REUTERS" in text:
        found += _BARE.finditer(text)
    if not found:
        return []
    symbols = [match["symbol"] or match["listed"] for match in found]
    written = Counter(_WORD.findall(text))
    inside = Counter(symbols)
    kept = [
        # A bracket's pattern is led by the bracket: the space before it goes too.
        Edit(match.start() - (match.re is _BRACKETED), match.end())
        for match, symbol in zip(found, symbols, strict=True)
        if written[symbol] == inside[symbol]
    ]
    return sorted(kept, key=lambda edit: edit.start)

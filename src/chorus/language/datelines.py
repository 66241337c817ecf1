"""The pieces of a wire story's dateline, "TAUNTON, Mass. (AP) —", "LONDON (AP) _", "(CNN)
--", as regex fragments that the modules reading one compose their own patterns from.

Each reader wants something else of a dateline (a line to keep, an opening to skip, a
credit, a place), so the patterns differ on purpose; the pieces they share are written
here once. None is compiled: each is a fragment, put inside a pattern compiled once where
it is used."""

from __future__ import annotations

PLACE_WORD = r"[A-Z][A-Z.'’-]+"
"""One word of a place in capitals, two letters at least: "WASHINGTON", "ST.", "WILKES-BARRE",
"O'FALLON", "N.Y.". Not a capitalised word, "Washington", which opens any sentence."""

PLACE_CHARACTER = r"[A-Z.'’ -]"
"""A character of a place in capitals past its first letter, the spaces between its words
included: "FORT WAYNE", "ST. LOUIS". Quantified by its reader, which knows what ends it."""

WIRE_DASH = r"(?:_|--|—|–)"
"""The dash that ends a dateline: an em or en dash, two hyphens ("(CNN) --"), or newswire's
underscore ("LONDON (AP) _", the DUC stories). A lone hyphen is not one: newsletters open
paragraphs with a heading in capitals and a hyphen ("BUFFETT TODAY - Per CNNMoney ...")."""

ANY_DASH = rf"(?:{WIRE_DASH}|-)"
"""`WIRE_DASH` or a lone hyphen ("PERTH (Reuters) - "), for a reader that tells a dateline
from a heading by something else: an agency's tag, or the story's first lines."""

WIRES = ("AP", "Reuters", "CNN", "AFP")
"""The agencies whose own datelines open the stories they send."""

WIRE_TAG = rf"\((?:{'|'.join(WIRES)})\)"
"""An agency's tag in brackets, "(AP)", "(Reuters)", "(CNN)", "(AFP)"; not a station's,
"(KDKA)", or a party's, "(R-Texas)"."""

BARE_DATELINE = (
    r"[A-Z]{3,}(?: [A-Z]{2,}){0,2}"
    r"(?:, [A-Z][a-z]{1,4}\. (?=[A-Z][a-z])| (?=(?:A|An|The) [A-Z][a-z]))"
)
"""A Reuters dateline whose agency and dash the page lost, a place in capitals (letters only,
its first word three at least) then the lead: "DUBAI A Bahraini court sentenced ...",
"WASHINGTON The Senate passed ...", "NEWTOWN, Conn. Parents of ..." (raw validation 127, 72,
191). With no dash, the lead must show where the place ends: an article and a capitalised
word, or the region's abbreviation, whose full stop stands for the dash. Read only at a
line's start: "TSA Administrator John Pistole", "NBC News has" and "THE TOWNHOUSE that" open
no lead so."""

"""A body named by a definite description that speaks in a statement: "“...,” the tribe said
in a written statement." (raw validation 0-based 196 [1]), "In a statement, the ministry said
that ..." (DUC d30044t [3]). Neither noun is a role noun or a group (`speakers.py`): as a
speaker everywhere, "the network" or "the party" would take many sentences that only tell of
one. The statement is the cue that a body speaks, after the verb or in the phrase that opens
the sentence; whose body it is, `named_bodies.py` reads."""

from __future__ import annotations

BODY_HEADS = (
    *("ministry", "tribe", "council", "committee", "congress", "network", "department"),
    *("group", "staff", "district", "firm", "commission", "board", "embassy", "union"),
    *("church", "university", "association", "foundation", "organization", "organisation"),
    *("institute", "club", "league", "airline", "bank", "museum", "party", "federation"),
    # "The Trump administration is denying ..., writing in an unsigned statement:" (raw 9 [5])
    "administration",
)
"""Heads of a description of an organisation that issues statements (the census of "the
<noun> said in a statement" over the 250 raw and 30 DUC clusters: ministry, tribe, network,
committee, school district, biomedical firm, group, congress, general staff, department),
and their like; not "company", "agency" or "team", which speak already."""
_HEAD = "|".join(BODY_HEADS)
_STATEMENT_AFTER = r"\s+(?:said|says)\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?statement\b"
"""The verb and the statement after the description: "said in a written statement"."""
_STATEMENT_WRITTEN = (
    r"[^,.:]{0,80},\s+(?:saying|writing)\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?statement:"
)
"""What the body did, then the participle of the statement that a colon brings in: "is
denying Trump made the request, writing in an unsigned statement:" (raw 9 [5])."""
ISSUING_BODY = (
    rf"(?:(?<=statement,\s)[Tt]he\s+(?:[\w-]++\s+){{0,2}}?(?:{_HEAD})(?=\s+(?:said|says)\b)"
    rf"|[Tt]he\s+(?:[\w-]++\s+){{0,2}}?(?:{_HEAD})(?={_STATEMENT_AFTER}|{_STATEMENT_WRITTEN}))"
)
"""A definite description of a body, up to two words and a head of `BODY_HEADS`, that
speaks in a statement: after the phrase that names it ("In a statement, the group said,
``...''": DUC d30003t [5]) or before it ("the committee said in a statement carried by
...": raw 235 [0]); a place's name may stand among its words ("the Goteborg city council
said in a statement": DUC d31022t [0])."""

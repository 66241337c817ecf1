"""Papers that speak: a statement or release for whoever issued it, a court's filing for
itself, a newspaper or report named again. Split from `speakers.py` (over 400 lines) by job;
the speaker patterns there take these as alternatives."""

from __future__ import annotations

from chorus.language.quote_marks import CLOSE, OPEN

_ISSUED = ("statement", "communiqué", "communique", "release", "report")
FILINGS = ("affidavit", "lawsuit", "suit", "indictment", "complaint", "filing", "warrant")
_COURT_PAPERS = ("papers", "documents", "records", "filings")
DOCUMENTS = (*_ISSUED, *FILINGS, *_COURT_PAPERS)
"""Papers that speak for whoever issued them ("according to a release from ...", "the
court papers said": multi_news-val-5184)."""
_FILED = frozenset((*FILINGS, *_COURT_PAPERS))
FILING_NAME = (
    rf"(?:(?:(?:arrest|search|criminal|civil)\s+)?(?:{'|'.join(FILINGS)})"
    rf"|court\s+(?:{'|'.join(_COURT_PAPERS)}))"
)
"""A paper of a court case, maybe with its kind: "according to the arrest warrant", "the
warrant states" (multi_news-val-3340): the paper speaks, no person is guessed behind it."""
ISSUED_DOCUMENT = rf"(?:news\s+|press\s+)?(?:{'|'.join(_ISSUED)}|affidavit)"
"""A paper that may speak for its source ("a statement from ..."): tried before every
speaker, so without the names of other filings (a try at each "the" and "a" costs)."""
_DOCUMENT = rf"(?:{ISSUED_DOCUMENT}|{FILING_NAME})"
PAPERS = frozenset(("report", "newspaper", "agency", "news agency", "news report"))
"""Papers and agencies as the writer names them again ("..., the report said"): the one
that spoke just before, if it was named (`quotes.py`)."""
FILING = rf"(?:[Aa]n?|[Tt]he|that)\s+{FILING_NAME}\b"
"""A paper of a court case after a quotation ("“...,” the court papers said", "the
indictment says", "reads that filing": raw 40 [1]): what it says is its own, where a
statement's is whoever issued it."""
PAPER = (
    rf"(?:[Aa]n?|[Tt]he)\s+(?:published\s+|[A-Z][\w.-]*+\s+){{0,2}}(?:{_DOCUMENT}|newspaper)\b"
    rf"|court\s+(?:{'|'.join(_COURT_PAPERS)})\b"
)
"""A paper after what it said: "according to a release", "..., the report said" (DUC's
newswire: "..., the newspaper said"), "..., a UN report said." (multi_news-val-3822),
"according to court papers"."""


def filed(speaker: str) -> bool:
    """Whether a speaker is a court's paper ("suit", "Clifford's lawsuit", "court papers"):
    no newspaper or agency the writer names again ("The suit says ... ¶ It is unclear ...,
    the newspaper noted.": raw 14 [2], the Miami Herald's)."""
    return speaker.rsplit(None, 1)[-1] in _FILED


FILED = rf"\s+(?:filed|for|against)\s+[^,.{OPEN}{CLOSE}]{{2,50}}?(?=\s)"
"""Whose or when a paper was filed, between it and its verb: "an affidavit for Hernandez's
arrest says", "A lawsuit filed Monday by 10 Sandy Hook victims’ families claims" (raw 59,
191)."""
FILING_VERB = r"(?:(?:alleg|stat)e[sd]|claim(?:s|ed))"
"""What a court's filing does with its words besides saying them: "The indictment also
alleged that ...", "The suit claims ...", "the complaint states"."""

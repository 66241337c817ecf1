"""Someone's own study, told where a report quotes them on the story's study: a side study.

Raw validation 74 [1] (HealthDay) reports a Danish study of joggers, then the U.S.
researcher who wrote an editorial on it: "In Lee's own study of 55,000 adults, ... he found a
lower risk of death ... in joggers with the highest running time ...", and "It was published
in 2014, also in the Journal of the American College of Cardiology." Shown third and fourth,
the commentator's study stood above the study's own finding ("Those who ran at a fast pace
more than four hours a week ... had about the same risk of dying ... as those who were
sedentary ...", eighth), Lee never introduced (readers, stop 57). A study that is the
commentator's own tells what the news is set against, not the news.

Over raw validation's and DUC's article sentences, a sentence opening on a possessive's "own"
study (`own_study`) is 74's alone. An earlier or another study opening a line ("In an earlier
study, Zeitzer and his colleagues found ...", raw 29; "Previous research has shown ...", 31)
is the same researchers' earlier work or what their study builds on, shown below the news,
and is left as it is.
"""

from __future__ import annotations

import re

_OWN_STUDY = re.compile(
    r"[\s(\[]*(?:In|For|From|Under)\s+[A-Z][\w.’'-]*(?:’s|'s)\s+own\s+(?:[a-z-]+\s+)?"
    r"(?:study|studies|research|survey|trial|analysis|paper)\b"
)
"""An opening telling what someone's own study found: "In Lee's own study of 55,000 adults"."""


def own_study(text: str) -> bool:
    """Whether a sentence opens on someone's own study (`_OWN_STUDY`): a commentator's side
    study, never a summary line."""
    # literal first: "own " among the first words
    return "own " in text[:60] and _OWN_STUDY.match(text) is not None

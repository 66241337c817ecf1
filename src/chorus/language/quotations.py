"""Patterns that find a sentence's quotations, so that what the writer says outside them is
read alone: a pronoun, a name or a first person inside one is the speaker's. Two readings,
kept apart on purpose (each says which marks it reads and why); a reading of one job's own
stays by it with a line saying why (`render/headline_kinds`)."""

from __future__ import annotations

import re

QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|``.*?(?:''|$)")
"""Quotations in curly, straight or newswire marks (DUC's ``...''), each to its closing mark
or the sentence's end: a quotation the splitter cut goes on past its sentence ("Mr MacDonald
said: “You can call this the official confirmation ...", raw 2). Single marks are left: an
apostrophe read as one ("State Police‘s investigation", raw 8) would hide the rest of the
sentence from the summary's readings of a pronoun or a name left unmet."""

QUOTED_WITH_SINGLES = re.compile(r'“[^”’]*(?:’(?!’)[^”’]*)*(?:”|’’)?|"[^"]*"?|‘[^’]*’?')
"""A quotation as the agreement's own words read it (`analyze/own_words`): in double marks
or curly single ones (a title: "‘Trumponomics’ deserves to get the credit", raw 19), to the
end of the sentence when it is not closed there. Some pages close a curly quotation with two
apostrophes ("the new “Evil Dead’’ is far less humorous than its predecessor, which
catapulted ... Bruce Campbell ...", raw 70): read to the end, the title hid every name after
it, and a support naming Bruce Campbell alone linked as if it shared words of its own. Its
readers were measured without newswire's marks, which `QUOTED` reads."""

"""A page that is no article but an index of other stories' teasers, each cut short by
"...": a local station's "Local News" page, each teaser its headline told twice then its
text ("Rocky The Bobcat Back On The Loose In South Jersey Rocky The Bobcat Back On The
Loose In South Jersey South Jersey residents be on the lookout, ...", raw validation 16 [1]
by index), and ScienceDaily's page of headlines' summaries (89 [1], 78 of its 88 lines cut:
"... according to new ..."). Neither tells the cluster's story, and their teasers were
summary sentences and lone items. `chorus.clean` removes such a page whole.
"""

from __future__ import annotations

import re

INDEX_REASON = "index of other stories"

# A teaser is cut by three stops (no page of raw validation or DUC cuts its lines by "…").
_CUT = "..."
_CUT_LINE = "...\n"
# A page's own line may close on "..." (a quotation trailing off, a link's address cut by
# the scrape): over raw validation and DUC, pages with three or more such lines (not
# addresses) are 16 [1] (4 of 9), 89 [1] (78 of 88) and 144 [1] (5 of 48, a story's
# quotations).
_FEWEST_CUT = 3
# A teaser opens on its headline, four words or more, told twice: 16 [1]'s seven teasers.
# Other pages of raw validation open at most two lines so ("Photos: Sinking of the Musashi
# Photos: Sinking of the Musashi The Japanese ...", 163 [1], 218 [2], 249 [2], 63 [3]).
_DOUBLED_HEADLINE = re.compile(r"([A-Z]\S*(?: \S+){3,20}) \1 ")
_FEWEST_DOUBLED = 3
# And they are most of its lines (16 [1]'s 7 of 9): pages pasted together as one text, 16 [1]
# among them, are no index (the tests' long articles, raw validation's documents joined).
_LEAST_DOUBLED_SHARE = 1 / 2
# Without its doubled headlines, a page is an index when most of its lines are cut: 89 [1]'s
# 78 of 88; 16 [1]'s 4 of 9 and 144 [1]'s 5 of 48 are not.
_FEWEST_CUT_ALONE = 10
_LEAST_CUT_SHARE = 2 / 3


def _cut(line: str) -> bool:
    """Whether the stripped line is cut short: "...", not a longer run of dots, not an
    address's ("https://www.youtube.com/watch?v=ZNPaP...")."""
    return line.endswith(_CUT) and not line.endswith("....") and "://" not in line[-60:]


# An index opens on a teaser: 16 [1]'s first cut line closes at character 1,149 (its first
# line is the site's "Local News More>>"), 89 [1]'s at 138. Looked for there first, most pages
# are read no further (the cut lines counted through every page cost 1% of cleaning).
_OPENING_CHARACTERS = 1500


def story_index(text: str) -> bool:
    """Whether the page `text` (of several lines) is an index of other stories' teasers."""
    if text.find(_CUT_LINE, 0, _OPENING_CHARACTERS) < 0 or text.count(_CUT_LINE) < _FEWEST_CUT:
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    cut = sum(_cut(line) for line in lines)
    if cut >= _FEWEST_CUT_ALONE and cut >= _LEAST_CUT_SHARE * len(lines):
        return True
    doubled = sum(_DOUBLED_HEADLINE.match(line) is not None for line in lines)
    return cut >= _FEWEST_CUT and doubled >= max(_FEWEST_DOUBLED, _LEAST_DOUBLED_SHARE * len(lines))

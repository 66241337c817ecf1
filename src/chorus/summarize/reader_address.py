"""A writer talking to the reader: the page's voice, never a summary line.

Read over the 250 raw validation and 30 DUC clusters, cleaned and split (25,189 sentences;
journal/summary.md, "Summary a reader sees, sixty-third pass"):

- an opening imperative sending the reader about the page ("Read on for the backstage
  reactions of Jon Cryer, Claire Danes, ...", raw 10 [1]; "Check out the posts below.", 21;
  "Click here for interactive results, ...", 177; "Tell us in the comments.", 80): 7
  sentences, 10's in its summary at main. Not "Look at ..." or "Imagine ..." (raw 118's "Look
  at the replay from side on.", 169's "Look at Instagram: Kevin Systrom is firmly in charge,
  ..."), which go on to tell what they show, nor one inside a quotation ("“Tell us whether
  you’d have any trouble ruling ...,” Grassley said", 178). A "please" anywhere outside a
  quotation is the page's request too, opening it ("Please continue showing your support for
  Karen and Jack on this dedicated page.", 166's airline page; "Please sign up here.", 233;
  ninety-second pass) or further in ("We know coloured pencils are super cheap, but really
  girls – please stick to Rimmel.", 63's closing quip, in its summary at main; "... and please
  share with social media.", 7; "Someone please actually make this.", 88): 21 sentences, each
  the writer's or the page's words to the reader (ninety-eighth pass). Not the verb ("hard to
  please");
- the writer asking the reader to weigh it, outside a quotation ("Now, ask yourself this: If
  Sanders could have said "no" ... don't you think she would have?", raw 34 [2], CNN's
  analysis, second in its summary at main): 1 sentence. "As you may have heard, President
  Obama got up in front of Congress ..." (107) and "You may have seen some of the articles
  ..." (55) tell their fact after the aside, and stay.
"""

from __future__ import annotations

import re

from chorus.dangling import says_outside_quotes

_SENDS_READER = re.compile(
    r"(?:Read on|Keep reading|Check out|Check it out|Scroll (?:down|up)|Click|Take a look"
    r"|Have a look|Tell us)\b"
)
"""An opening imperative sending the reader about the page; a leading quotation mark is a
speaker's ("“Tell us whether ...,” Grassley said"), so none is allowed before it."""
_PLEASE = re.compile(r"(?<!\bto )\b[Pp]lease\b")
"""The writer's "please" to the reader, not the verb after "to" ("... hard to please")."""
_ASKS_READER = re.compile(r"\b(?:[Aa]sk yourself|[Dd]on[’']t you think)\b")
"""The writer asking the reader to weigh what the page told ("Now, ask yourself this: ...")."""


def addresses_reader(text: str) -> bool:
    """Whether a sentence is the writer talking to the reader (sending them about the page,
    asking them to weigh it, or saying "please"), outside a quotation: it states no fact of
    the story."""
    if _SENDS_READER.match(text) is not None:
        return True
    # literals first: "please" is in about 1 sentence in 600
    if ("please" in text or "Please" in text) and says_outside_quotes(_PLEASE, text):
        return True
    # literal first: "you" is in about 1 sentence in 30 outside quotations
    return "you" in text and says_outside_quotes(_ASKS_READER, text)

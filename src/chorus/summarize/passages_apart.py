"""Someone's first-person words a page sets off as a passage, shown with no line naming them.

Raw validation 45: [1] closes a paragraph "I have understood the population explosion
intellectually for a long time. I came to understand it emotionally one stinking hot night in
Delhi a couple of years ago… The temperature was well over 100, ... People, people, people,
people. —Paul Ehrlich"; [2] brings the same words in with "... like Paul Ehrlich, the author
of The Population Bomb, whom Kunzig quotes:". Shown with neither, its three lines read as the
briefing's writer in Delhi (reader103). Over raw validation's and DUC 2003's 25,170
sentences, 31 stand in such a paragraph, on five pages, each someone's own words: 45's two
copies, 36's Rubin after "Rubin writes:" ("Even DeMint would not claim to be a serious
scholar. ... And I would say the same, ..."), 39's "... and I think continues to be a pop
cultural phenomenon. — USC Professor Richard Jewell", 169's Zuckerberg after "Here's
Zuckerberg's full statement on the deal:" ("I'm excited to announce that we've agreed to
acquire Oculus VR, ..."). Over the 280 summaries at stop 56, 40 lines open in the first person
outside quotation marks (24 raw summaries, none of DUC's); 45's two are the only ones in such a
passage (the others: a writer's own column, blog, op-ed, paper, statement or interview answer,
or a block below a colon line, `own_voice`). They are left out, not chosen again with their
lead-in: 45's is 28 words and names a Kunzig the summary never introduces (wanted, it was not
taken and two Ehrlich lines stayed), 36's and 169's are under the words selection takes
(docs/journal/summary.md, "Summary a reader sees, hundred-and-sixteenth pass").
"""

from __future__ import annotations

from collections.abc import Sequence

from chorus.language.quoted_passages import lead_in, paragraph_end, paragraph_start, signature
from chorus.language.words import word_places
from chorus.model import Sentence
from chorus.summarize.own_voice import speaks_as_i


def passages_apart(sentences: Sequence[Sentence], in_order: Sequence[int]) -> list[int]:
    """The rows of `in_order` (the rows shown, in the order shown) standing in a passage
    set off as someone's words (`quoted_passages`) whose paragraph speaks in the first
    person outside quotation marks, with no line above naming its speaker: none writing
    its signature's last name ("—Paul Ehrlich": "Ehrlich"), nor the line leading into it
    ("... whom Kunzig quotes:"). Every line of the paragraph goes, "The temperature was well
    over 100, ..." too: below no "I", it is no one's scene."""
    found = []
    for place, row in enumerate(in_order):
        sentence = sentences[row]
        signed = signature(sentence)
        led = lead_in(sentence)
        if (signed is None and led is None) or not _in_first_person(sentence):
            continue
        above = [sentences[other] for other in in_order[:place]]
        if signed is not None and _named(signed, above):
            continue
        if led is not None and any(_leads(line, sentence, led) for line in above):
            continue
        found.append(row)
    return found


def _in_first_person(sentence: Sentence) -> bool:
    """Whether a sentence's paragraph says "I", "me" or "my" outside quotation marks."""
    text = sentence.article.text
    return speaks_as_i(text[paragraph_start(text, sentence.start) : paragraph_end(sentence)])


def _named(signed: str, lines: Sequence[Sentence]) -> bool:
    """Whether a line writes a signature's last name as a word."""
    surname = signed.split()[-1]
    return any(word_places(line.text, surname) for line in lines)


def _leads(line: Sentence, sentence: Sentence, led: int) -> bool:
    """Whether `line` is the one ending, at `led`, the paragraph that leads into
    `sentence`'s passage."""
    text = sentence.article.text
    return line.article is sentence.article and line.end <= led and not text[line.end : led].strip()

"""Whether a chosen row is the page's, not the story's: a newsroom's step or sourcing note, a
writer's aside, a caption, a piece cut short, an interview's pleasantry, or one of the page's
own lines (a video's blurb, a lone heading, a quoted title, a field, a link to another page).
`summarize` reads the rows each selection chooses and chooses again without them."""

from __future__ import annotations

from chorus.model import Sentence
from chorus.summarize.newsroom import (
    correction_note,
    cut_short,
    newsroom_step,
    noun_alone,
    photo_caption,
    quoted_piece,
    writers_address,
    writers_disclosure,
    writers_own_piece,
    writers_question,
    writers_verdict,
)
from chorus.summarize.page_lines import (
    field_value,
    heading,
    link_title,
    numbered_heading,
    video_blurb,
    work_title,
)
from chorus.summarize.pleasantries import bare_reply, pleasantry
from chorus.summarize.reader_address import addresses_reader
from chorus.summarize.sourcing import sourcing_note


def page_not_story(text: str) -> bool:
    """Whether a sentence is a newsroom's step or correction note, a writer's
    congratulations, words to the reader, question, verdict, earlier piece or disclosure, a
    caption, a teaser cut short, a piece of a quotation, a noun with no verb of its own or a
    reporter's note on why a source goes unnamed, or an interview's greeting, thanks or bare
    reply of a word or two."""
    return (
        newsroom_step(text)
        or correction_note(text)
        or writers_address(text)
        or addresses_reader(text)
        or photo_caption(text)
        or writers_question(text)
        or writers_verdict(text)
        or writers_own_piece(text)
        or writers_disclosure(text)
        or cut_short(text)
        or quoted_piece(text)
        or noun_alone(text)
        or sourcing_note(text)
        or pleasantry(text)
        or bare_reply(text)
    )


def page_line(sentence: Sentence) -> bool:
    text = sentence.text
    return (
        video_blurb(sentence)
        or heading(sentence)
        or numbered_heading(sentence)
        or work_title(text)
        or field_value(text)
        or link_title(text)
    )

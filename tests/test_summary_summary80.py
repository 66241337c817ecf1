"""A writer talking to the reader, and a page announcing its own list, are never summary
lines (summary80, raw Multi-News validation, 0-based lines of the file): raw 34's CNN
analysis "Now, ask yourself this: ... don't you think she would have?", raw 10's Celebuzz
"Read on for the backstage reactions ..." and "..., and here are ten of the most memorable
things ..."."""

from __future__ import annotations

import pytest

from chorus.summarize.announced_list import announces_list
from chorus.summarize.reader_address import addresses_reader
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 178 (Grassley on a nominee)."""
    return read_clusters(RAW_VALIDATION, 179)


def test_the_writer_asking_the_reader_is_not_shown(clusters):
    asked = summary_texts.sentence(clusters[34], "Now, ask yourself this")
    assert addresses_reader(asked)
    # the same page's "Which, as you may have noticed, isn't "no."" tells what she said
    assert not addresses_reader(summary_texts.sentence(clusters[34], "Which, as you may"))
    assert asked not in summary_texts.summary(clusters[34])


def test_the_page_sending_the_reader_on_or_announcing_its_list_is_not_shown(clusters):
    read_on = summary_texts.sentence(clusters[10], "Read on for the backstage")
    ten = summary_texts.sentence(clusters[10], "Celebuzz TV Editor Jethro Nededog")
    assert addresses_reader(read_on)
    assert announces_list(ten)
    shown = summary_texts.summary(clusters[10])
    assert len(shown) >= 4
    assert not {read_on, ten} & set(shown)


def test_a_speakers_words_to_a_listener_and_a_told_here_are_stay(clusters):
    # Grassley's "Tell us ..." is inside his quotation
    grassley = summary_texts.sentence(clusters[178], "“Tell us whether")
    assert not addresses_reader(grassley)
    # "here is a man ..." counts no list
    man = summary_texts.sentence(clusters[102], "From guns to gays")
    assert not announces_list(man)
    # "here are some ideas ..." after its clause does
    ideas = summary_texts.sentence(clusters[136], "If you win the Mega Millions")
    assert announces_list(ideas)

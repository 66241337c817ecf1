"""headline94: a headline cut that leaves out a subject's apposition keeps the apposition's
noun when only its closing relative clause need go ("Marty Balin, a co-founder of Jefferson
Airplane ..., … died Thursday, his rep confirmed." for "Marty Balin … died Thursday, ...",
raw 229), unless the noun kept would cut the verb's clause shorter (raw 193); and whether a
cut keeps its verb's words is measured without the comma it stops on ("... have broken
up,", raw 201, whose opening phrase was left out for a cut that already kept the verb)."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION
from tests.summary_texts import headline_cut

_HEADLINES = {
    # who he was, not "Marty Balin … died Thursday, his rep confirmed."
    229: "Marty Balin, a co-founder of Jefferson Airplane and a member of its later incarnation"
    " Jefferson Starship, … died Thursday, his rep confirmed.",
    # not "… Taylor Swift and Conor Kennedy have broken up, a close friend ... to Us Weekly."
    201: "After an intense couple months of dating, Taylor Swift and Conor Kennedy have broken up…",
}


@pytest.mark.parametrize("line", sorted(_HEADLINES))
def test_the_lead_cut_as_the_headline(line):
    chosen = headline(raw_briefing(line))
    assert (chosen.text, chosen.source) == (_HEADLINES[line], "summary sentence 1, shortened")


@pytest.mark.parametrize(
    ("path", "line", "opening", "cut"),
    [
        # The apposition's noun names who spoke, where its subject was a city's.
        (
            RAW_VALIDATION,
            86,
            "Joplin, Mo., Mayor Melodee Colbert-Kean,",
            "Joplin, Mo., Mayor Melodee Colbert-Kean, … said the recovery process can be"
            " frustrating.",
        ),
        (
            DUC,
            17,
            "The archbishop of Zagreb, Monsignor Josip Bozanic",
            "The archbishop of Zagreb, Monsignor Josip Bozanic, 49, … has frequently spoken out"
            " against corruption in the government and other failings.",
        ),
        # Kept, the noun would cut what they said: the whole apposition goes.
        (
            RAW_VALIDATION,
            193,
            "Others, including former presidential candidate",
            'Others … had said earlier in the day that there would be "no hearing, no votes."',
        ),
        # A cut stopping on "were removed deliberately," keeps its verb: nothing left out.
        (
            RAW_VALIDATION,
            38,
            "Investigators say that the body's legs, arms and head,",
            "Investigators say that the body's legs, arms and head, which have not yet been"
            " found, were removed deliberately…",
        ),
    ],
)
def test_a_sentence_cut_as_a_headline(path, line, opening, cut):
    assert headline_cut(path, line, opening) == cut

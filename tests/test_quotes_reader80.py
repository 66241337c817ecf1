"""Who said what, eightieth pass (reader71's findings on raw validation 0-based 27, 163, 94
and 3: multi_news-val-2851, 4688, 319 and 3044): "he said" after "Mayor of London Sadiq Khan
led ...", a title whose place stopped the subject's name; "he said" after a picture's caption
left between the speaker's lines; reported words that ran on past their quotation into the
writer's "as investigators try to ..."; a role in lower case after a force's name; a cry
before its colon ("shouted at ...: "..."") and a role after an age."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_LONDON, _MUSASHI = "multi_news-val-2851", "multi_news-val-4688"
_COUNCIL, _HARDINGS = "multi_news-val-319", "multi_news-val-3044"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_LONDON, _MUSASHI, _COUNCIL, _HARDINGS))


def test_he_after_a_title_of_a_place_is_the_named_subject(briefed):
    # [1]: "Mayor of London Sadiq Khan led the short ceremony. Addressing the attackers, he
    # said: "We will defeat you. You will not win.""
    defeat = quotes_in(briefed[_LONDON], "We will defeat you")
    assert [(q.speaker, q.text.text) for q in defeat] == [
        ("Sadiq Khan", "We will defeat you. You will not win")
    ]


def test_he_after_a_pictures_caption_is_whom_the_story_followed(briefed):
    # [2]: "Todaka said Allen's team had been in contact ... ¶ 'Wonderful discovery' ¶ This
    # shot, released by Allen's company, Vulcan, shows the Japanese royal family's
    # chrysanthemum emblem on the bow. ¶ "It's a wonderful discovery, if it's true, ...," he
    # said. ¶ "It's fateful that the discovery was made on the 70th anniversary ..." ¶ He
    # added that images of the entire body of the ship will be needed ..."
    musashi = briefed[_MUSASHI]
    assert speakers_of(musashi, "It's a wonderful discovery") == ["Kazushige Todaka"]
    assert speakers_of(musashi, "It's fateful that the discovery") == ["Kazushige Todaka"]
    assert speakers_of(musashi, "images of the entire body of the ship") == ["Kazushige Todaka"]
    # the caption names Allen and Vulcan: neither is given the museum director's words
    assert not [q for q in musashi if "wonderful discovery" in q.text.text and "Allen" in q.speaker]


def test_reported_words_end_at_their_quotation_before_what_investigators_do(briefed):
    # [2]: "In a letter posted outside Tuesday, the Ummah Fitness Centre said staff would
    # "help the police in any way we can" as investigators try to learn more about Khuram
    # Shazad Butt, who was one of those who rammed a van ..."
    (letter,) = quotes_in(briefed[_LONDON], "help the police in any way we can")
    assert letter.speaker == "Ummah Fitness Centre"
    assert letter.text.text == 'staff would "help the police in any way we can"'


def test_a_lower_case_commissioner_after_a_force_is_the_role(briefed):
    # [1]: "Metropolitan Police assistant commissioner Mark Rowley said an investigation into
    # Butt began in 2015, but "there was no intelligence ...""
    (began,) = quotes_in(briefed[_LONDON], "an investigation into Butt began in 2015")
    assert (began.speaker, began.role) == (
        "Mark Rowley",
        "Metropolitan Police assistant commissioner",
    )


def test_a_cry_before_its_colon_is_the_subjects(briefed):
    # [2]: "That's when John Elder, a New Hope council member who also works as public
    # information officer of the Minneapolis Police Department, shouted at his fellow council
    # members: "Everybody get down!""
    council = briefed[_COUNCIL]
    assert speakers_of(council, "Everybody get down") == ["John Elder"]
    (cry,) = quotes_in(council, "Everybody get down")
    assert cry.role is not None and cry.role.startswith("a New Hope council member")


def test_a_role_after_an_age_is_shown(briefed):
    # [1]: ""It became a dream of our own individually,'' said Serennah, 23, a U.S. Navy
    # doctor who's in her internal medicine internship at Walter Reed."; Rosannah's ", 24,
    # of growing up Harding" tells what she spoke of, no role
    hardings = briefed[_HARDINGS]
    (dream,) = quotes_in(hardings, "It became a dream of our own")
    assert dream.speaker == "Serennah"
    assert dream.role is not None and dream.role.startswith("a U.S. Navy doctor")
    (pushing,) = quotes_in(hardings, "It's not really a pushing environment")
    assert (pushing.speaker, pushing.role) == ("Rosannah", None)

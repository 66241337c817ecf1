"""Who said what, hundred-and-eleventh pass: a body a definite description names, speaking
in a statement ("“...,” the tribe said in a written statement": raw validation 196 [1]; "In a
statement, the ministry said that ...": DUC d30044t [3]), is a speaker, given the body its
article named before (beside a like description, by a name with its head, or by a fuller
description), else shown as written."""

from __future__ import annotations

from chorus import Article
from chorus.analyze.named_bodies import issuing, named_body
from chorus.analyze.quote_attributions import attributions
from chorus.model import Sentence
from tests.briefings import quotes_of


def _speakers(corpus: str, line: int, opening: str) -> set[str]:
    found = {q.speaker for q in quotes_of(corpus, line) if q.words.startswith(opening)}
    assert found, opening
    return found


def _speaker(text: str) -> str | None:
    said = attributions(Sentence(Article("x", text, "x"), 0, 0, len(text)))
    return said[0].speaker if said else None


def test_the_ministry_in_a_statement_is_the_foreign_ministry_the_article_named():
    # "The foreign ministry on Friday protested ... ¶ In a statement, the ministry said that
    # the invitation ``would only encourage terrorist activities.'' ¶ ``We strongly protest
    # ...,'' the statement read."
    assert _speakers("duc", 11, "the invitation") == {"foreign ministry"}
    protest = [q for q in quotes_of("duc", 11) if q.words.startswith("We strongly protest")]
    assert [(q.speaker, q.role) for q in protest] == [("foreign ministry", "statement")]


def test_the_tribe_in_a_written_statement_is_the_council():
    # the credit itself names the speaker: "the tribe", the "Nulato Tribal Council" of the
    # sentence before, not "statement"
    text = (
        "“We are disturbed and saddened that celebrated Iditarod veteran dog teams led by Jeff"
        " King and Aliy Zirkle were struck by a resident of our village,” the tribe said in a"
        " written statement."
    )
    assert _speaker(text) == "tribe"
    assert _speakers("raw", 196, "We are disturbed and saddened") == {"Nulato Tribal Council"}


def test_a_body_beside_its_description_speaks():
    # "Amnesty International, the human rights group long critical of Pinochet, ... In a
    # statement, the group said, ``This would be ...''" (DUC d30003t [5])
    assert _speakers("duc", 0, "This would be a clear manifestation") == {"Amnesty International"}
    # "said the Local Coordination Committees of Syria, a network of opposition activists.
    # ¶ "...," the network said in a statement." (raw 47 [1]), and its "it said" after
    assert _speakers("raw", 47, "Reports said security members") == {
        "Local Coordination Committees of Syria"
    }
    assert _speakers("raw", 47, "Residents found 47 corpses") == {
        "Local Coordination Committees of Syria"
    }


def test_a_body_named_with_its_head_or_a_fuller_description():
    assert _speakers("duc", 16, "Whatever the efforts to besmirch") == {"African National Congress"}
    assert _speakers("raw", 235, "The four islands of the") == {
        "Korea Asia-Pacific peace committee"
    }
    assert _speakers("duc", 28, "Early mediation by labor officials") == {"labor department"}


def test_a_body_no_name_tells_stays_as_written():
    assert _speakers("duc", 18, "It is out of question for the armed forces") == {"general staff"}
    assert _speakers("raw", 179, "The implant operation was performed") == {"biomedical firm"}
    assert _speakers("duc", 22, "Goteborg is today a city in shock") == {"Goteborg city council"}


def test_only_a_statement_makes_a_body_speak():
    assert _speaker("“We are disturbed,” the ministry said.") is None
    assert _speaker("The ministry said the talks would go on.") is None
    assert _speaker("“We are disturbed,” the ministry said in a statement.") == "ministry"


def test_whose_body_a_description_is():
    two = "The Interior Ministry met the Defense Ministry. Later the ministry said in a statement"
    assert named_body("ministry", two, two.index("the ministry")) is None
    one = "The Interior Ministry met them. Later the ministry said in a statement"
    assert named_body("ministry", one, one.index("the ministry")) == "Interior Ministry"
    joined = "Officials of the Iditarod and the Nulato Tribal Council were quick. The tribe said"
    assert named_body("tribe", joined, joined.index("The tribe")) == "Nulato Tribal Council"
    # "a group" is any group; a capitalised name is no description
    text = "In a statement, a group said"
    assert not issuing("group", text, text.index("group"))
    assert not issuing("Goteborg city council", "the Goteborg city council said", 4)

"""Who said what, hundred-and-fourteenth pass: a quotation a verbless lead-in brings in
after its colon is the words of whom the lead-in names ("A statement from Elijah’s parents,
following the recent media attention:" ¶ "“My wife Dina and I ...”": raw validation 122
[2]; "Bundy's response: "I might be a welfare queen. ..."": 151 [0]; "DURBIN SAVAGES BofA -
From Sen. Dick Durbin’s floor statement: “...”": 144 [1]), and so is a page's post the
sentence before named ("... the Bundy Ranch Facebook page elaborated on ... The post
concluded with these sentences:": 151 [0]) (`quote_noun_leads.noun_leads`)."""

from __future__ import annotations

from chorus import Article, brief
from tests.briefings import quotes_of


def _made(text: str) -> list[tuple[str, str | None, str]]:
    analysis = brief([Article("x", text, "x")], words=100).analysis
    assert analysis is not None
    return [(q.speaker, q.role, q.words) for q in analysis.quotes]


def test_the_statement_from_elijahs_parents_is_theirs():
    rows = [q for q in quotes_of("raw", 122) if q.speaker == "Elijah’s parents"]
    assert [(q.outlet, q.kind) for q in rows] == [("Article 3", "quote")]
    assert rows[0].words.startswith("My wife Dina and I spend hours reading your messages.")
    assert rows[0].words.endswith("in our concern for safety around allergies in schools")
    # the question inside the statement stays the boy's who asked it
    sebastian = [q.words for q in quotes_of("raw", 122) if q.speaker == "Sebastian"]
    assert sebastian == ["Can we ride a rocket ship to reach to him?"]


def test_bundys_response_and_his_ranchs_post():
    quotes = quotes_of("raw", 151)
    response = [q for q in quotes if q.words.startswith("I might be a welfare queen")]
    assert [(q.outlet, q.speaker) for q in response] == [("Article 1", "Cliven Bundy")]
    assert response[0].words.endswith("I'm putting red meat on the table")
    post = [(q.speaker, q.role, q.words[:40]) for q in quotes if q.speaker == "Bundy Ranch"]
    assert post == [
        ("Bundy Ranch", "Facebook page", "I am doing the same thing Rosa Parks did"),
        ("Bundy Ranch", None, "I invite all people in America to join i"),
    ]


def test_a_headings_floor_statement_is_the_senators():
    durbin = [q.words for q in quotes_of("raw", 144) if q.speaker == "Dick Durbin"]
    assert [words[:40] for words in durbin] == [
        "What I have said in the media and I'll s",
        "It is particularly hard to believe this ",
    ]


_STATEMENT = (
    "The boy died on Friday.\n\n"
    "A statement from the boy’s parents, following the news:\n\n"
    "“We are heartbroken. We thank everyone for their support.”\n\n"
    "The school was closed."
)


def test_a_made_statement_from_its_senders():
    assert _made(_STATEMENT) == [
        ("the boy’s parents", None, "We are heartbroken. We thank everyone for their support")
    ]


def test_no_quotation_after_the_colon_no_row():
    # the lead-in brings in words without marks, or a paragraph of the writer's
    assert _made(_STATEMENT.replace("“We are heartbroken.", "We are heartbroken.")[:-1]) == []
    assert _made(_STATEMENT.replace(":\n\n“", ".\n\n“")) == []


def test_an_owned_statement_inside_a_clause_is_no_lead_in():
    text = "Republicans mocked Obama's response: “He should have said no.”"
    assert _made(text) == []
    assert _made("Obama's response: “We will say no.”") == [("Obama", None, "We will say no")]


def test_a_post_whose_page_the_sentence_before_does_not_name():
    text = (
        "On Friday, the ranch elaborated on the comments. The post concluded with these"
        " sentences:\n\n“We stand by every word.”\n\nThe ranch is in Nevada."
    )
    assert _made(text) == []
    named = text.replace("the ranch elaborated", "the Bundy Ranch Facebook page elaborated")
    assert _made(named) == [("Bundy Ranch", "Facebook page", "We stand by every word")]


def test_the_wife_the_sentence_before_tells_of_cries_out():
    # raw 32 [3]: "At some point, Smith's wife had gotten out of the car ... Cell-phone video
    # from that night captured Smith's wife crying out." then "she cried": hers, not the
    # "Chevy Impala" a police account named before
    rows = [(q.speaker, q.words) for q in quotes_of("raw", 32) if "ambulance" in q.words]
    assert rows == [("Smith's wife", "I need an ambulance. My leg has been shot!")]
    assert all(q.speaker != "Chevy Impala" for q in quotes_of("raw", 32))


_KIN = (
    "Police said Tom Jones was shot on Friday after his car hit another vehicle, a Chevy"
    " Impala. At some point, Jones's wife had gotten out of the car and was struck in the leg."
    " Video from that night captured Jones's wife crying out.\n\n"
    '"I need an ambulance. My leg has been shot!" she cried.\n\nThe police are investigating.'
)


def test_a_made_kin_subject_is_whom_she_stands_for():
    rows = [(speaker, words) for speaker, _, words in _made(_KIN)]
    assert ("Jones's wife", "I need an ambulance. My leg has been shot!") in rows


def test_the_kin_noun_tells_the_pronoun_and_a_thing_owned_is_no_one():
    # "he" is not the wife's; "Jones's car" is no one to follow, and "she" no one else
    he = _KIN.replace("she cried", "he cried")
    assert all(speaker != "Jones's wife" for speaker, _, _ in _made(he))
    car = _KIN.replace("wife had", "car had").replace("captured Jones's wife", "captured it")
    assert all("ambulance" not in words for _, _, words in _made(car))

"""Quote attribution, twelfth pass: whom "he", "she" and "they" stand for (a title of lower
case words before a name, a one-word subject named in full before, an apposition, a name
after a pronoun subject), a town and its state between a speaker and the verb, roles that
say what one does, and papers of a court case as speakers."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import quoted, speakers_of

RAW = {
    "multi_news-val-3536": "Claremont McKenna dean of students Mary Spellman ... She said",
    "multi_news-val-3949": "“...,” Robinson, of Kansas City, Kansas, told ABC News.",
    "multi_news-val-5184": "His lawyers said ... They also argued that ...; the court papers said",
    "multi_news-val-315": "The scientists said ... They said the new technique ...",
    "multi_news-val-1839": "They claimed that they found a 17-year-old girl ...",
    "multi_news-val-1745": "Molina said. ¶ McCaffrey agreed. ¶ “...,” he said.",
    "multi_news-val-2094": "Obama, for one, realized ... “We’re not done yet,” he said",
    "multi_news-val-4586": "Google also has different formats ... he said.",
    "multi_news-val-4035": "Senate Intelligence Committee Chairman Richard Burr raised ...",
    "multi_news-val-1703": "She is due ..., while McCullum’s first appearance ...",
    "multi_news-val-4411": "She startles when she hears “Coming up, Meryl Streep!” ...",
    "multi_news-val-1779": "Lindsey Graham, who sits on the Judiciary committee, had said",
    "multi_news-val-2893": "The medics were trying to treat Damon ..., the lawsuit said.",
    "multi_news-val-1049": "..., according to court records.",
    "multi_news-val-5473": "Shimron was the youngest of six siblings, his family said.",
    "multi_news-val-2080": "her mother, Ashake Banks, said",
}


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(*RAW)


def _roles(found: tuple[Quote, ...], words: str) -> list[str | None]:
    return [q.role for q in found if words in q.text.text]


def test_analyze_a_lower_case_title_before_a_name_keeps_the_subject(raw):
    # Claremont McKenna dean of students Mary Spellman stepped down last week ... ¶ She
    # said in an email that the institution must do a better job ...: the subject was
    # read as "Claremont McKenna", another name after it, and "she" as no one
    spellman = raw["multi_news-val-3536"]
    assert speakers_of(spellman, "the institution must do a better job") == ["Mary Spellman"]


def test_analyze_a_town_and_its_state_stand_between_a_speaker_and_the_verb(raw):
    robinson = raw["multi_news-val-3949"]
    assert speakers_of(robinson, "I was just going to potty-train them") == ["Sarah Robinson"]
    assert _roles(robinson, "I was just going to potty-train them") == ["of Kansas City, Kansas"]
    # the quotation that goes on in the next paragraph is hers too
    assert speakers_of(robinson, "I had lost my house") == ["Sarah Robinson"]


def test_analyze_they_is_the_group_quoted_just_before_or_no_one(raw):
    prince = raw["multi_news-val-5184"]
    # the prince's, whom no name before "His lawyers" places: no row (quotes86)
    assert speakers_of(prince, "details of love life should be excluded") == []
    ethanol = raw["multi_news-val-315"]
    assert speakers_of(ethanol, "may be more environmentally friendly") == ["scientists"]
    # "They claimed that ..." after no group quoted: no one
    assert speakers_of(raw["multi_news-val-1839"], "they found a 17-year-old girl") == []


def test_analyze_a_one_word_subject_named_in_full_before_is_followed(raw):
    # "It's not as explicit ...," Molina said. ¶ McCaffrey agreed. ¶ "They talk about
    # climate ...," he said.: McCaffrey (Mark McCaffrey earlier), not Molina
    climate = raw["multi_news-val-1745"]
    assert speakers_of(climate, "They talk about climate just in a very general way") == [
        "Mark McCaffrey"
    ]
    assert speakers_of(climate, "It's not as explicit") == ["Mario Molina"]
    obama = raw["multi_news-val-2094"]
    assert speakers_of(obama, "not done yet") == ["Barack Obama"]
    # "Google also has different formats ...": "If Google" is no first name, and the
    # focus stays on Singhal (read as "Amit Singhal" since the entities' forty-eighth pass
    # reads "Google Search, Amit Singhal,")
    assert speakers_of(raw["multi_news-val-4586"], "uses special formats") == ["Amit Singhal"]


def test_analyze_a_subjects_title_may_hold_an_organisations_word(raw):
    # Senate Intelligence Committee Chairman Richard Burr raised reasonable objections: ¶
    # "I actually believe ...," the North Carolina Republican told reporters.
    comey = raw["multi_news-val-4035"]
    assert speakers_of(comey, "I actually believe the director") == ["Richard Burr"]


def test_analyze_a_subjects_apposition_is_no_one_else(raw):
    # Prince Jefri Bolkiah, the 55-year-old younger brother of the Sultan, is seeking ... ¶
    # He has also said the jury should not be told ...
    prince = raw["multi_news-val-5184"]
    assert speakers_of(prince, "the jury should not be told") == ["Prince Jefri Bolkiah"]


def test_analyze_a_pronoun_subject_is_not_whom_its_sentence_names_after_it(raw):
    # McCullum allegedly alerted Browne-Louis ... ¶ She is due to appear in federal court
    # ..., while McCullum’s first appearance ... ¶ "The theft ...," she said: Plaskett
    assert speakers_of(raw["multi_news-val-1703"], "The theft and distribution") == []
    # a name inside a quotation the sentence holds is not named by the writer
    streep = raw["multi_news-val-4411"]
    assert speakers_of(streep, "What, what?") == ["Meryl Streep"]


def test_analyze_roles_that_say_what_one_does(raw):
    graham = raw["multi_news-val-1779"]
    assert _roles(graham, "no hearing, no votes") == ["who sits on the Judiciary committee"]


def test_analyze_papers_of_a_court_case_and_owned_groups_speak(raw):
    prince = raw["multi_news-val-5184"]
    assert speakers_of(prince, "Prince Jefri was entitled to have multiple wives") == [
        "court papers"
    ]
    damon = raw["multi_news-val-2893"]
    assert speakers_of(damon, "The medics were trying to treat Damon") == ["lawsuit"]
    poole = raw["multi_news-val-1049"]
    assert speakers_of(poole, "Poole was kicked out of his mandatory") == ["court records"]
    # Shawn J. Smith's in a briefing; without the recognizer's names "Shawn" places no one
    assert speakers_of(raw["multi_news-val-5473"], "Shimron was the youngest") == []
    # her mother, Ashake Banks, said: Banks, her mother
    banks = raw["multi_news-val-2080"]
    assert speakers_of(banks, "She loved to sing, dance") == ["Ashake Banks"]
    assert _roles(banks, "She loved to sing, dance") == ["mother"]

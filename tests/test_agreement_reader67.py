"""The sixty-first agreement pass (reader67, reader68; raw validation clusters, 0-based, file
order), each read against the articles. In raw 50 the Free Press' "In 2011, he was charged
with two counts of felony assault ..., and pleaded guilty, ..." stood on CNN's "(CNN) A
Detroit man pleaded not guilty Friday to murder charges ...": the two share "pleaded" and
"guilty" and tell two pleas, one of them denied. In raw 128 the State Department's fake
embassy "only operated on Monday, Tuesday and Friday, from 7:30 a.m. to noon", which [3]'s
"They would shuttle the customers to Accra, and rent them a room at a hotel nearby." never
says, and [3] was not marked as telling it in part. In raw 65 "Northwestern's football
players are the first in college sports to seek union representation." stood on AP's "An
attorney representing the university, Alex Barbour, noted Northwestern has one of the
highest graduation rates ...": the word they share says who the attorney is."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_negated import negated_apart
from chorus.analyze.agreement_parts import told_in_part
from chorus.analyze.agreement_roles import described_apart
from chorus.analyze.model import Analysis
from tests.conftest import DATA, read_clusters
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters

PLEADED_GUILTY = (
    "In 2011, he was charged with two counts of felony assault involving a police officer, one "
    "causing injury, and pleaded guilty, resulting in a 53-day jail sentence, records show."
)
PLEADED_NOT_GUILTY = (
    "(CNN) A Detroit man pleaded not guilty Friday to murder charges and other offenses in "
    "connection with the shooting death of a Wayne State University police officer."
)
SHUTTLE = "and then shuttle them to the fake embassy, which only operated on Monday"
SHUTTLE_TOLD = "They would shuttle the customers to Accra, and rent them a room at a hotel nearby."
# raw 27: one minute's silence, its hour written two ways
SILENCE = (
    "A minute's silence was held at 11:00 BST on Tuesday to remember victims and those who were "
    "affected."
)
SILENCE_TOLD = (
    "A minute's silence was observed in Britain at 11 a.m. local time (1000 GMT) in memory of "
    "those killed during the attack."
)
# raw 180: the warrant served at two minutes past five and "around 5 a.m."
WARRANT = (
    "Authorities from the Madison County Sheriff's Office, the Huntsville Police Department and "
    "the Bureau of Alcohol, Tobacco, Firearms and Explosives executed a warrant at 5012 Powell "
    "Drive at 5:02 a.m. on Tuesday."
)
WARRANT_TOLD = (
    "The video, which shows several people in still poses holding guns, led Madison County "
    "Sheriff's investigators to serve a search warrant at 5012 Powell Drive N.W. in Huntsville "
    "around 5 a.m., said Capt. Mike Salomonsky."
)


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (50, 65, 128))


def _documents(line: int) -> str:
    return "".join(raw_clusters()[line]["documents"])


def test_a_plea_denied_does_not_tell_the_plea_made(analyses):
    assert PLEADED_GUILTY in _documents(50) and PLEADED_NOT_GUILTY in _documents(50)
    assert not pair_shown(analyses[50], "and pleaded guilty", "pleaded not guilty Friday")
    assert negated_apart(PLEADED_GUILTY, PLEADED_NOT_GUILTY, {"plead", "guilt"})
    assert negated_apart(PLEADED_NOT_GUILTY, PLEADED_GUILTY, {"plead", "guilt"})
    # the arrest both tell stays agreed
    assert pair_shown(analyses[50], "was arrested late Tuesday night", "arrested Tuesday night")


def test_a_negation_outside_the_phrase_leaves_one_fact():
    duc = DATA / "duc2003-task2.jsonl.gz"
    # DUC 11: "not feeling well" is "feeling unwell"
    unwell = data_sentence(duc, 11, "Claiming he was not feeling well")
    complaining = data_sentence(duc, 11, "after complaining of feeling unwell")
    assert not negated_apart(unwell, complaining, {"feeli", "hospi"})
    # DUC 22: a cause not yet determined, told twice
    wait = data_sentence(duc, 22, "would wait until the cause of the fire has been determined")
    not_yet = data_sentence(duc, 22, "they still had not determined the fire's cause")
    assert not negated_apart(wait, not_yet, {"cause", "deter"})


def test_an_untold_time_of_day_marks_in_part(analyses):
    assert SHUTTLE_TOLD in _documents(128)
    fact = agreed_item(analyses[128], SHUTTLE)
    assert marked_in_part(fact, SHUTTLE_TOLD)
    # the bribes both tell are told whole: no time there
    fact = agreed_item(analyses[128], "Warrants have been issued for the suspects who escaped")
    assert not fact.partial


def test_an_hour_tells_its_time():
    for line, text in ((27, SILENCE), (27, SILENCE_TOLD), (180, WARRANT), (180, WARRANT_TOLD)):
        assert text in _documents(line)
    # neither support gives the day, which marks them in part (reader72); the hour tells the time
    assert told_in_part(SILENCE, [SILENCE_TOLD])
    assert not told_in_part(SILENCE.replace(" on Tuesday", ""), [SILENCE_TOLD])
    assert not told_in_part(WARRANT.replace(" on Tuesday", ""), [WARRANT_TOLD])
    # the same line without its hour leaves the time untold
    assert told_in_part(WARRANT, [WARRANT_TOLD.replace("around 5 a.m.", "early Tuesday")])


FIRST_TO_SEEK = (
    "Northwestern's football players are the first in college sports to seek union representation."
)
REPRESENTING = (
    "An attorney representing the university, Alex Barbour, noted Northwestern has one of the "
    "highest graduation rates for college football players in the nation, around 97 percent."
)
# DUC 29: two men, each "A third" dissident arrested
WANG = (
    "A third Democracy Party advocate, Wang Youcai, already in custody for a month, was also "
    "formally arrested Monday"
)
XU = "A third prominent member of the dissident community, Xu Wenli, was also arrested"


def test_a_role_before_a_name_tells_who_speaks(analyses):
    assert FIRST_TO_SEEK in _documents(65) and REPRESENTING in _documents(65)
    assert not pair_shown(analyses[65], FIRST_TO_SEEK[:40], REPRESENTING[:40])
    assert described_apart(FIRST_TO_SEEK, REPRESENTING, {"repre"})
    # the bills both tell stay agreed
    assert pair_shown(analyses[65], "legal bills have been paid", "footing the legal bills")
    duc = "".join(read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)[29]["documents"])
    assert WANG in duc and XU in duc
    assert described_apart(WANG, XU, {"third"})
    # a lone word outside the role links as before
    sought = "Northwestern players were the first to seek representation."
    assert not described_apart(FIRST_TO_SEEK, sought, {"repre"})

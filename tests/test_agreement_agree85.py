"""The eighty-third agreement pass (agree85; raw validation clusters, 0-based, file order):
a sentence in a paragraph about an earlier study links only to one telling one too (raw 190's
Finnish study no longer backs the new study's bullies), and a quotation's credit is read past
a long role ("the lead researcher, William Copeland, a clinical psychologist and
epidemiologist at Duke University in Durham, N.C., said in a statement."), so his other remark
no longer backs it by the credits' words alone; raw 142's line quoting "that report", an
earlier study the paragraph names, backs nothing of the new one, and a denial a statement
reports ("..., a claim Fitbit denies.") is told in part by an outlet that never tells it."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_denials import denial_untold
from chorus.analyze.agreement_other_studies import of_another_study
from chorus.analyze.credits import credited_alike
from chorus.api import brief
from chorus.model import Briefing
from chorus.sentences import split_counting_runs
from tests.gold import agreed_item, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters

# raw 190, the bullying study
_SURPRISED = "We were surprised at how profoundly bullying affects"
_FINNISH = "Victims were at greater risk for anxiety disorders, while bullies were"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return brief(raw_clusters()[190]["documents"])


@pytest.fixture(scope="module")
def fitbit() -> Briefing:
    return brief(raw_clusters()[142]["documents"])


def test_an_earlier_study_does_not_back_the_new_one(briefing):
    bullies = "the study found that those who had been bullies were at increased risk"
    assert not pair_shown(briefing.analysis, bullies, _FINNISH)


def test_one_speaker_s_two_remarks_are_not_one_fact(briefing):
    other_remark = "We were actually able to say being a victim of bullying"
    assert not pair_shown(briefing.analysis, _SURPRISED, other_remark)


def test_a_quotation_is_cited_to_the_outlet_writing_it(briefing):
    # what a summary sentence also cites is its agreed item's supports; the summary no longer
    # shows this one (summary101, stop 50), so the item is read
    assert not any(
        _SURPRISED in text
        for fact in briefing.analysis.agreed
        if fact.support
        for text in (fact.statement.text, *(s.text for s in fact.support))
    )


def test_the_sentences_told_of_the_earlier_study(briefing):
    told = {
        s.text[:40]
        for document in briefing.documents
        for s in split_counting_runs(document)[0]
        if of_another_study(s)
    }
    assert told == {
        "An earlier study, carried out in Finland",
        "Bullied boys seem to suffer few long-ter",
        "The Finnish study relied on health-syste",
        "Previous research from Finland, based on",
        "The researchers found frequent bully-vic",
        _FINNISH[:40],
    }


def test_a_long_role_before_the_verb_is_the_credit():
    surprised = (
        "“We were surprised at how profoundly bullying affects a person’s long-term"
        " functioning,” the lead researcher, William Copeland, a clinical psychologist and"
        " epidemiologist at Duke University in Durham, N.C., said in a statement."
    )
    other = (
        "“We were actually able to say being a victim of bullying is having an effect a decade"
        " later, above and beyond other psychiatric problems in childhood and other"
        " adversities,” said William E. Copeland, lead author of the study and an associate"
        " professor of psychiatry and behavioral sciences at Duke University Medical Center."
    )
    # the words they share (his name, his university, "lead") are all in the credits
    assert credited_alike(surprised, other, {"duke", "lead", "willi"})


def test_a_line_quoting_an_earlier_report_backs_nothing(fitbit):
    that_report = "As that report put it"
    assert not any(that_report in fact.statement.text for fact in fitbit.analysis.agreed)
    assert not any(that_report in s.text for f in fitbit.analysis.agreed for s in f.support)


def test_a_denial_untold_is_told_in_part(fitbit):
    lawsuit = "a claim Fitbit denies"
    fact = agreed_item(fitbit.analysis, lawsuit)
    # the plaintiffs' release tells the suit, never the denial
    assert marked_in_part(fact, "The new study was included in an amended complaint")
    (sentence,) = [s for s in fitbit.summary if lawsuit in s.shown.text]
    assert not sentence.also


def test_what_tells_a_denial():
    statement = "Poole denied the allegations, according to the report."
    assert not denial_untold(statement, ["Poole, then 28, denied the allegations to detectives."])
    assert not denial_untold(statement, ["Poole has disputed the allegations."])
    assert denial_untold(statement, ["Poole was charged with two counts of abuse."])
    assert not denial_untold("Poole was charged.", ["Poole was charged with abuse."])

"""headline95: a headline cut stopping right before an "after" that opens a clause with its
own subject and verb (what caused the news) runs on into that clause within the reach: to a
phrase's end past its verb, else to the verb before a preposition ("... among the injured
after the warship and a merchant ship collided…", raw 244) or to its object before a
participle ("... after an apparent gas explosion caused a South Philadelphia rowhome…", 187);
the cut stays before "after" when the verb's next word is a pronoun, "to" or a name, or the
verb lies past the reach."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.shortening import shortened
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence

_LIMIT, _REACH = 120, 150


def _cut(line: int, opening: str) -> str:
    """Raw cluster `line`'s sentence opening with `opening`, cut as a headline is."""
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    return shortened(sentence(cluster, opening), _LIMIT, _REACH)


_HEADLINES = {
    # not "... is among the injured…": the collision told
    244: "Seven US sailors are missing and the commanding officer of a US destroyer is among the"
    " injured after the warship and a merchant ship collided…",
    # not "... were injured this morning…": the explosion and where
    187: "Eight people, including two children, were injured this morning after an apparent gas"
    " explosion caused a South Philadelphia rowhome…",
    # not "... would be sacked…": the fake embassy, the news
    128: "Some consular staff of the real US Embassy in Ghana would be sacked after security"
    " officials discovered and shut down a fake Embassy…",
}


def test_the_cause_heads_with_the_news():
    chosen = {line: headline(raw_briefing(line)) for line in _HEADLINES}
    assert {line: shown.text for line, shown in chosen.items()} == _HEADLINES
    assert {shown.source for shown in chosen.values()} == {"summary sentence 1, shortened"}


# (cluster, the sentence's opening): its cut, run on to a phrase's end past the cause's verb
_RUN_ON = {
    (42, "Austria's leading pole-vaulter"): "Austria's leading pole-vaulter Kira Grünberg has"
    " suffered severe cervical injuries after the 21-year-old landed beside the mat on her head"
    " and neck…",
    (110, "Sid Ahmed Ghlam,"): "Sid Ahmed Ghlam, a 24-year-old Algerian national, was detained"
    " on Sunday in Paris after he apparently shot himself by accident…",
    (151, "Bundy and his family are entrenched"): "Bundy and his family are entrenched in a"
    " decades-long battle with federal authorities after the rancher refused to pay fines…",
}
# kept before "after": the verb's next word a pronoun ("announced | he would"), "to" after a
# participle read as the verb ("opposed | to the city's plan"), "them"
_KEPT = {
    (230, "“I feel confident that the next campaign"): "“I feel confident that the next"
    " campaign will sort itself out in due time,” Davis wrote Vogue in an email…",
    (117, "The night also featured political moments"): "The night also featured political"
    " moments focused on the Aug. 12 rally in Charlottesville, Virginia that turned violent…",
    (186, "For example, the state recently froze"): "For example, the state recently froze all"
    " development along the highway bisecting the corridor…",
}


def test_a_cut_runs_into_the_cause_where_its_verb_and_object_end():
    assert {key: _cut(*key) for key in _RUN_ON} == _RUN_ON


def test_a_cut_stays_before_a_cause_whose_verb_tells_half():
    assert {key: _cut(*key) for key in _KEPT} == _KEPT

"""headline96: a headline cut stopping right before a clause "when", "as", "while" or
"because" opens with its own subject and verb runs on into it within the reach, as headline95
taught it to for "after" ("Arizona took center stage in the national immigration debate
Tuesday as Homeland Security Secretary Janet Napolitano toured the state’s border…", raw 182);
not to the bare verb before a word other than a preposition, past a sentence's end, onto a
preposition, nor into a phrase a comma closes before the verb."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.phrase_cuts import cut
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION
from tests.summary_texts import headline_cut

_HEADLINES = {
    # not "... Tuesday…": what happened there and who did it
    182: "Arizona took center stage in the national immigration debate Tuesday as Homeland"
    " Security Secretary Janet Napolitano toured the state’s border…",
    # not "... in Texas…": the candidacy, the news
    # judged "right story" before (test_render_headline_reader26); the same story, run on
    99: "Charlie Sheen, who likes to say, “I’m an F-18, bro,” was moving at a decidedly subsonic"
    " speed Tuesday evening as he motored to Washington…",
    230: "Democrat Wendy Davis promised a more populist and bipartisan state government in Texas"
    " as she declared her long-anticipated candidacy…",
}


def test_the_clause_with_the_news_heads():
    chosen = {line: headline(raw_briefing(line)) for line in _HEADLINES}
    assert {line: shown.text for line, shown in chosen.items()} == _HEADLINES
    assert {shown.source for shown in chosen.values()} == {"summary sentence 1, shortened"}


def test_a_clause_past_the_reach_keeps_the_cut():
    # Raw 122: "... when a supervising adult allegedly gave him a grilled cheese sandwich,"
    # ends one character past the reach, and "gave | him" shows no verb's phrase.
    shown = headline(raw_briefing(122))
    assert shown.text == (
        "Elijah, 3, was at the Seventh Avenue Center for Family Services in Harlem Nov. 3…"
    )


# (corpus, cluster, the sentence's opening): its cut, run on into the clause
_RUN_ON = {
    (DUC, 15, "Mufti Akhmad Khadzhi Kadirov was approaching"): "Mufti Akhmad Khadzhi Kadirov"
    " was approaching his home in the Chechen capital of Grozny when the bomb went off under his"
    " Mercedes 600…",
    (RAW_VALIDATION, 196, "Demoski spoke to KTUU-TV"): "Demoski spoke to KTUU-TV"
    " (http://bit.ly/1QPO4MH ), saying he was returning home from a night of drinking when he"
    " struck Aliy Zirkle…",
    (RAW_VALIDATION, 33, "For instance, the mystery dinosaur"): "For instance, the mystery"
    " dinosaur has an estimated femur length of 6.7 feet (2 m), while Argentinosaurus had a femur"
    " length of 8.3 feet (2.5 m)…",
    (RAW_VALIDATION, 65, "The focus of this particular case"): "The focus of this particular"
    " case is for athletes to unionize at private schools because the federal labor agency does"
    " not have jurisdiction…",
}
# kept before the clause: its phrase closed by a comma before the main clause's verb (DUC 17),
# a sentence's end in the run-on (DUC 21), the bare verb before "that" (raw 228), a run-on
# ending on "upon" (raw 40), "off" as a particle (DUC 2)
_KEPT = {
    (
        DUC,
        17,
        "But by paying such homage to Cardinal Alojzije Stepinac, who was imprisoned by"
        " the Tito government",
    ): "But by paying such homage to Cardinal Alojzije"
    " Stepinac, who was imprisoned by the Tito government…",
    (DUC, 21, "He also chided Vacco"): "He also chided Vacco for getting rid of the Office of"
    " Reproductive Rights…",
    (RAW_VALIDATION, 228, "The next day, the group gathered"): "The next day, the group gathered"
    " again in an office, and this time the husband was wearing a wire…",
    (RAW_VALIDATION, 40, "The Copyright Office has explicitly"): "The Copyright Office has"
    " explicitly barred scales from eligibility…",
    (DUC, 2, "The toll from the attack"): "The toll from the attack at the Mahane Yehuda market"
    " was far lighter than might have been expected…",
}


def test_a_cut_runs_into_the_clause_past_its_verb():
    assert {key: headline_cut(*key) for key in _RUN_ON} == _RUN_ON


def test_a_cut_stays_before_a_clause_it_cannot_close():
    assert {key: headline_cut(*key) for key in _KEPT} == _KEPT


def test_the_edges():
    main = (
        "The mayor spoke to reporters outside the city hall in the rain on a long Tuesday evening"
    )
    # a clause with its subject and verb, a phrase's end within the reach
    assert cut(f"{main} as the council voted against the plan in a late session.", 90, 130) == (
        f"{main} as the council voted against the plan…"
    )
    # "as" opening a role ("as the chair of ..."): no verb of its own, the cut stays
    assert cut(f"{main} as the chair of the city council for the last ten years.", 90, 120) == (
        f"{main}…"
    )
    # the only phrase end within the reach past the verb is the verb, before its preposition
    assert cut(f"{main} as the council voted against the plan in a late session.", 90, 120) == (
        f"{main} as the council voted…"
    )
    # the verb past the reach: the cut stays
    assert cut(f"{main} when a large and angry crowd of protesters shouted.", 90, 100) == (
        f"{main}…"
    )

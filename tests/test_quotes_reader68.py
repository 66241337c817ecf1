"""Who said what, sixty-eighth pass (reader56's findings, raw validation): a blog's block
quotes, which lost their indent and marks in the text, are the words of whom the paragraph
before introduces on a colon (3880: Sam Harris quotes Mark Cohen, Eben Alexander's interview
and Terence McKenna; 3365: Zuckerberg's statement); a role after the name at the sentence's
end that is a relative clause of what one is, a noun `ROLE_NOUNS` leaves out, or a long
one up to its relative clause is shown (584's Parrilla, Watts and Lyddy)."""

from __future__ import annotations

from tests.gold import briefed_quotes, quotes_in, speakers_of

_HEAVEN, _NEWTOWN, _OCULUS = "multi_news-val-3880", "multi_news-val-584", "multi_news-val-3365"


def _briefed(cluster: str):
    return briefed_quotes((cluster,))[cluster]


def test_block_quotes_after_a_colon_are_whom_the_introduction_names():
    found = _briefed(_HEAVEN)
    # "So I sought the opinion of Mark Cohen, a pioneer in the field of neuroimaging ...
    # (He was also my thesis advisor.) Here is part of what he had to say:" ¶ his reply
    assert speakers_of(found, "This poetic interpretation of his experience is not supported") == [
        "Mark Cohen"
    ]
    # "... further problems with Alexander’s account. ... In his online interview we learn
    # about the kinds of conversations he’s now having with skeptics:" ¶ Alexander's answer
    assert speakers_of(found, "totally unlike any drug experience") == ["Eben Alexander"]
    # "Here is Alexander’s description of the afterlife:" ¶ "I was a speck on a beautiful ..."
    assert speakers_of(found, "I was a speck on a beautiful butterfly wing") == ["Eben Alexander"]
    # "Here is how the late Terence McKenna described the prototypical DMT trance:"
    assert speakers_of(found, "Under the influence of DMT, the world becomes") == [
        "Terence McKenna"
    ]
    # the block's opening only: its book reference closing the paragraph is no one's words,
    # and Harris's answer after the block ("“Not even in the right ballpark”? His
    # experience sounds so much like a DMT trip ...") is his own writing
    assert not quotes_in(found, "Food of the Gods, pp. 258-259")
    assert not quotes_in(found, "His experience sounds so much like a DMT trip")


def test_a_statement_printed_after_whose_it_is_is_that_persons():
    # "Here's Zuckerberg's full statement on the deal:" ¶ "I'm excited to announce that
    # we've agreed to acquire Oculus VR, ..."
    found = _briefed(_OCULUS)
    assert speakers_of(found, "excited to announce that we've agreed to acquire") == [
        "Mark Zuckerberg"
    ]


def test_roles_after_the_name_at_the_sentences_end_are_shown():
    roles = {(q.speaker, q.role) for q in _briefed(_NEWTOWN)}
    # "..., said Geraldo Parrilla, a legal assistant with the firm."
    assert ("Geraldo Parrilla", "a legal assistant with the firm") in roles
    # "“It's astounding,” said Shannon Watts, who founded the Moms group."
    assert ("Shannon Watts", "who founded the Moms group") in roles
    # "..., said Kyle Lyddy, chairman of the Sandy Hook Permanent Memorial Commission that is
    # entering its final phase of recommending ...": the commission's clause is no role
    assert ("Kyle Lyddy", "chairman of the Sandy Hook Permanent Memorial Commission") in roles

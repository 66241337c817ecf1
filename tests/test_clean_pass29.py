"""Cleaning, twenty-ninth pass (raw validation by 0-based index): two credits stop 36 left. 169
[2]'s photographer's credit glued before Business Insider's lead ("William Wei, Business Insider
Facebook is buying Oculus VR, ...") goes, the lead kept; 103 [3]'s caption line closed by a
paper's credit passed on by its agency ("... file photo. (Jason Doiy/The Recorder via Associated
Press)") goes whole, as the page's other caption does. The page's own "Business Insider spoke
with ..." stays. (17 [2]'s "(via Facebook)", kept here, goes since the thirtieth pass:
`test_clean_pass30.py`.)"""

import re

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_PERSKY, _OCULUS = "multi_news-val-1839", "multi_news-val-3365"


def test_a_photographers_credit_glued_before_the_lead_goes_and_the_lead_stays():
    oculus = cleaned(_OCULUS, 2)
    assert ("photo caption", "William Wei, Business Insider") in removals(oculus)
    sentences = exact_sentences(oculus)
    assert sentences[0] == (
        "Facebook is buying Oculus VR, a startup that makes virtual reality headsets, in a $2 "
        "billion deal."
    )
    assert sentences[1].startswith("Oculus doesn't make a consumer product yet, but its headset")
    # The outlet named in the story is no credit.
    assert (
        "Last summer, Business Insider spoke with Oculus VR's 21-year-old founder Palmer Luckey "
        "about how he came up with the device."
    ) in sentences


def test_a_caption_closed_by_a_papers_credit_via_its_agency_goes_whole():
    persky = cleaned(_PERSKY, 3)
    gone = removals(persky)
    assert (
        "photo credit",
        "Santa Clara County Superior Court Judge Aaron Persky is shown in this this June 27, 2011 "
        "file photo. (Jason Doiy/The Recorder via Associated Press)",
    ) in gone
    assert (
        "photo caption",
        "Brock Turner as he appeared on the night of his arrest on Jan. 18, 2015. (Stanford "
        "Department of Public Safety)",
    ) in gone
    sentences = exact_sentences(persky)
    assert sentences[0].startswith("PALO ALTO -- At least 10 prospective jurors who oppose Judge")
    assert not any("Jason Doiy" in s or "file photo" in s for s in sentences)


# A bracketed credit closing its line, a slash then "via" and the agency (other credits
# passed on by an agency, "(Joe Ellis/The Clarion Ledger/via AP)", "Janek Skarzynski/AFP via
# Getty Images", were already removed, each by its own rule).
_SLASHED_VIA = re.compile(r"\([^()/]+/[^()]+ via [A-Z][^()]*\)$")


def test_over_raw_and_duc_the_two_credits_are_the_only_ones_of_their_shapes():
    found = [
        (r.corpus, r.cluster, r.document, r.reason)
        for r in removals_everywhere()
        if r.text.endswith(", Business Insider") or _SLASHED_VIA.search(r.text)
    ]
    assert found == [("raw", 103, 3, "photo credit"), ("raw", 169, 2, "photo caption")]

"""The captions a page of several lines opens with, before its story: Reuters' caption lines,
each closed by its picture's date, above the story's dateline line (`chorus.clean_top` reads
them), and a caption glued before the story on one of the page's first lines, before a
paragraph, its agency's credit in brackets, a named credit, or Business Insider's credit
(`chorus.clean_line_parts`, `chorus.clean_top`, `chorus.clean_inline`). Patterns written
against text seen in raw Multi-News; the caption rules for whole lines are in
`chorus.clean_captions`.
"""

from __future__ import annotations

# Reuters' pages open with their pictures' captions, a line each, closed by the picture's date
# and followed by the story's dateline line: "The U.S. Capitol building is seen before ... in
# Washington, January 20, 2015." then "WASHINGTON The Senate passed ..." (raw val-2617, 132,
# 584). A caption shows its picture in the present ("is seen", "kneels", "(L)"), which a
# story's opening sentence dated so seldom does.
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# A caption's verbs in the present, which shows its picture.
_SHOWN_AS = r"(?:is|are) (?:seen|pictured|greeted|shown)"
_SHOWING = (
    r"(?:poses?|arrives?|attends?|gestures?|speaks?|walks?|kneels?|holds?|stands?|waves?"
    r"|reacts?|looks on)"
)
# A line closed by its picture's date, as each caption is; the first must also show its
# picture in the present, and those after it before the dateline line need not: "French
# soldiers patrol outside ...", "General view of the Emergency entrance ... in Paris April 22,
# 2015." (raw validation 110 [2], its fourth and fifth of five).
_CAPTION_LENGTH = r"^(?=.{0,400}$)[A-Z]"
_PICTURE_S_DATE = rf".*\b{_FULL_MONTH} \d{{1,2}}, (?:19|20)\d\d\.$"
OPENING_CAPTION_LINE = (
    rf"{_CAPTION_LENGTH}(?=.*(?:\b{_SHOWN_AS}\b"
    r"|\((?:L|R|C|left|right|centre|center)\)"
    rf"|\b{_SHOWING}\b)){_PICTURE_S_DATE}"
)
DATED_CAPTION_LINE = _CAPTION_LENGTH + _PICTURE_S_DATE
# A caption glued before a paragraph of the story on its line, in a caption's present and
# closed by its picture's place and day: "Russian President Vladimir Putin takes part in a
# friendly hockey match at The Bolshoy Ice Dome in Sochi, Russia, on Saturday. With the
# Olympics Games just a month away, Mr. Putin faces ..." (raw validation 184 by index, the
# Christian Science Monitor's). A story's sentence so written tells what is to come ("... plays
# Chelsea in London, England, on Saturday."): never before more text on its line in raw
# validation, the one such line there being 184's. `chorus.clean` looks for it only on a
# page's first lines holding ", on ".
CAPTION_BEFORE_A_PARAGRAPH = (
    rf"^[A-Z][^.!?]{{5,120}}? (?:takes? part|{_SHOWN_AS}|{_SHOWING})\b[^.!?]{{0,200}}"
    r"\bin [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}, [A-Z][a-z]+\.?(?: [A-Z][a-z]+)?, on "
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_FULL_MONTH} \d{{1,2}}(?:, \d{{4}})?)"
    r"\. (?=[A-Z])"
)
# Al Jazeera's lead picture: its caption, no stop, closed by its agency's credit in brackets,
# glued before the lead on one of the page's first lines: "There have been widespread reports
# that Libyan soldiers have used live ammunition on protesters [Reuters] Libyan leader Muammar
# Gaddafi has appeared ..." (raw validation 176 by index, the only bracketed agency of raw and
# DUC; Multi-News+ writes them so too, "... since february [ reuters ] yemen's president ...",
# in lower case, where the caption's start is not told).
CAPTION_BEFORE_ITS_CREDIT = (
    r"^[A-Z][^.!?\[\]\n]{10,250} \[(?:Reuters|AFP|AP|EPA|Getty Images|GALLO/GETTY|Al Jazeera)\]"
    r" (?=[A-Z])"
)
# A picture's caption on a page's first line, closed by its credit, a person and the
# institution, then the story glued on: "Stanford scientists Matthew Kanan and Christina Li
# have created ... the scientists say. Credit: Matthew Kanan, Stanford University Stanford
# University scientists have found ..." (raw validation 56 [2], the only credit glued before
# text of raw and DUC).
CAPTION_BEFORE_ITS_NAMED_CREDIT = (
    r"^[A-Z][^\n]{20,500}?[.!?] Credit: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}, "
    r"(?:[A-Z][\w'’-]* ){0,3}(?:University|Institute|College|Laboratory|Museum) (?=[A-Z][a-z])"
)
# "WASHINGTON The Senate ...", "NEWTOWN, Conn. Parents of ...", "DUBAI A Bahraini court ...".
# Not `language.datelines`' place: with no dash and no agency, the place alone must show
# it, so it is letters only, its first word three at least.
DATELINE_LINE = r"^[A-Z]{3,}(?: [A-Z]{2,})*(?:, [A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?)? (?=[A-Z\"“])"

# Business Insider's picture caption and credit glued before the story's first paragraph, on
# the article's first line: "The cabin of a Qatar Airways plane. AP American Airlines on
# Thursday said ...", or its photographer's credit alone, "William Wei, Business Insider
# Facebook is buying Oculus VR, ..." (raw validation 169 [2]). Only the caption and its credit
# go. The credit must be one that is never a story's subject ("Reuters reported", "Bloomberg
# News said" would be); a name and the site's after a comma only before a sentence, its
# capitalised words then a lower-case one (not a title: "..., Business Insider Deputy Editor,").
GLUED_CAPTION: tuple[str, str] = (
    "photo caption",
    r"^(?:[A-Z][^.!?\n]{0,100}\. (?:AP|Getty Images|Shutterstock) (?=[A-Z][a-z])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}, Business Insider (?=(?:[A-Z][a-z]+ )+[a-z]))",
)

"""The outlet a page's own furniture names, for `ingest.own_lines`, which reads it after all
its other rules (so only a page no other rule names is read here): the notice the BBC's
media player leaves where a clip stood ("Media playback is unsupported on your device"),
USA Today's share link by its own short address ("Read or Share this story:
http://usat.ly/1a6mXog"), Bloomberg's closing lines for reaching its reporter ("To contact
the reporter on this story: Brian Faler in Washington at bfaler@bloomberg.net") and a
paper's caption credit to its own photographer or video maker ("(Katherine Frey/The
Washington Post)"), NPR's button on a picture ("Enlarge this image toggle caption …"), a
magazine's closing pitch for its own game ("Test your knowledge of … with Vanity Fair ’s
Game of Unknowns."), CNN's video player ("JUST WATCHED … Replay More Videos ... MUST WATCH …"),
The Hill's card on a person named ("Donald Trump Donald John TrumpTrump Jr. getting … MORE
panned …"), and a clip's caption crediting the outlet's own reporter by its short name: The
Wall Street Journal's video ("WSJ's Sumathi Reddy discusses with Tanya Rivero. Photo:
iStock") and the BBC's player ("Media caption The BBC's Alan Johnson: …"). A credit to an
agency ("(Seth Wenig/AP)", "(John Amis/ASSOCIATED PRESS)", "(Joe Raedle/Getty Images)") names
whose picture it is, which the Post's own pages (raw 61 [2], 88 [4], 126 [0]) show often:
only a paper's name written with its "The" reads, never a press agency's."""

from __future__ import annotations

import re

from chorus.ingest.own_mentions import Rule

PLAYER_NOTICE = re.compile(r"\bMedia playback is unsupported on your device\b")
"""The BBC's media player, left as text where a clip stood, "Media playback is unsupported on
your device Media caption Listen to an excerpt of the new Whole Lotta Love" (raw 20 [1]).
Raw's seven pages with it are each the BBC's (27 [0] and 209 [1] read already, by its
newsletter line and its "haveyoursay@bbc.co.uk"); Multi-News+ train and validation hold
1,135 (lower-cased), none with another outlet's dateline or credit: the BBC's pages cite
agencies as "the Associated Press news agency reported"."""
_PLAYER_WORDS = "Media playback is unsupported"
USA_TODAY_SHARE_LINK = re.compile(r"Read or Share this story: https?://usat\.ly/\S+")
"""USA Today's own share link closing its page, "Read or Share this story:
http://usat.ly/1a6mXog" (raw 43 [1], 19 [1], 83 [1], 139 [1], 205 [3], 234 [2], 246 [1],
249 [0], raw's only such lines): `own_signoffs.SHARE_LINK` reads the network's papers by
their own short addresses ("on.freep.com", "indy.st", "detne.ws"), and "usat.ly" is the
flagship's, named by its site's address as those are. A "Read more: http://usat.ly/…"
(Multi-News+ train 6246 [0]) is a link to USA Today's story from another page: unread."""
_USA_TODAY_SHORT = "usat.ly/"
WIRE_CONTACT_LINE = re.compile(
    r"To contact the (?:reporter on|editor responsible for) this story: "
    r"[A-Z][^@]{1,80}? at [\w.+-]+@bloomberg\.net\b.{0,80}"
)
"""Bloomberg News' own close, "To contact the reporter on this story: Brian Faler in
Washington at bfaler@bloomberg.net" and "To contact the editor responsible for this story:
Mark Silva at msilva34@bloomberg.net" (raw 160 [0], the only such lines of raw and DUC;
Multi-News+ train's four with an address are each Bloomberg's, its two cut before the
address name Bloomberg's reporters): the wire's form, which a host of its story keeps, so
its outlet is the wire as an AP story's is. `own_signoffs.WRITER_ADDRESS` reads no ".net"
mailbox (a provider's or a firm's); this form says whose it is."""
_WIRE_CONTACT = "@bloomberg.net"
PAPER_PHOTO_CREDIT = re.compile(
    r"\((?:Photo by |By )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} ?/ ?"
    r"(?P<name>The [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?<! Press)\)"
)
"""A paper's credit to its own photographer or video maker closing a caption, "… at Maryland
SoccerPlex. (Katherine Frey/The Washington Post)" (raw 37 [0], [3], [4]; 145 [1], 178 [1],
193 [0], 238 [1], every such credit of raw, each the Post's page; DUC none). Multi-News+
train and validation hold 434 pages crediting "/ the washington post )", none with another
outlet's dateline, wire credit or copyright. Only "The" and a capitalised name: "(Todd
Maisel/New York Daily News)" and the Los Angeles Times' "(Christina House / For The
Times)" (raw 161 [0], a freelancer's, sources' fourteenth pass) stay unread, a wire's "/The
Associated Press" or "/The Canadian Press" (a name ending in "Press") is the picture's
agency, and "via AP" after the paper is a member paper's picture sent by AP."""
_CREDIT_HEADS = ("/The ", "/ The ")
CAPTION_TOGGLE = re.compile(r"\bi?toggle caption\b")
"""NPR's picture furniture, its buttons left as text before the credit, "Enlarge this image
toggle caption cheeseslave/Flickr.com cheeseslave/Flickr.com" (raw 85 [1], The Salt's page,
which names itself only in "told The Salt"), "itoggle caption Jb Reed/Bloomberg via Getty
Images" (215 [1]). Raw's five pages with it are each NPR's (21 [3] "a statement provided to
NPR", 104 [1], 145 [0] "Pew Research Center/NPR", 215 [1], 85 [1]), none read before; DUC
none; Multi-News+ train and validation 841 (lower-cased), none with another outlet's
dateline or copyright, theirs "member station WBUR"."""
_TOGGLE_WORDS = "toggle caption"
CLOSING_GAME_PITCH = re.compile(
    r"Test your knowledge of [^.!?]{1,80} with (?P<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})"
    r" ?['’]s [A-Z][^.!?]{1,60}[.!]?"
)
"""A magazine's box closing its page with a pitch for its own game, "Do you have what it
takes? / Test your knowledge of the Seven Kingdoms with Vanity Fair ’s Game of Unknowns. /
Make your predictions" (raw 174 [1], 231 [2], Vanity Fair's, raw's and DUC's only such
lines; Multi-News+ one, 174's copy). Read on the last lines only, where the box stands;
cleaning removes the line as a promotion (clean_listings.py)."""
_GAME_PITCH_WORDS = "Test your knowledge"
_CLOSING_LINES = 4
CNN_PLAYER = re.compile(r"\bJUST WATCHED \S.{0,150}? Replay More Videos \.\.\. MUST WATCH\b")
"""CNN's video player, left as text where a clip stood, "JUST WATCHED Area 51 Revealed Replay
More Videos ... MUST WATCH Area 51 Revealed 04:56" (raw 9 [2], 138 [0], 218 [2], 249 [2],
raw's only such pages, each CNN's: "Richelson told CNN", "said CNN senior political analyst
David Gergen", "An image provided to CNN by a local resident"; DUC none). Multi-News+ train
and validation hold 254 pages with it (lower-cased), none with another outlet's dateline
or credit ("( ap )", "( reuters )", "© reuters", "associated press contributed")."""
_PLAYER_HEAD = "JUST WATCHED "
NAME_CARD = re.compile(
    r"\b(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][\w'-]+) (?P=first) (?:[A-Z][\w.'-]* ){1,2}?"
    r"(?P=last)[A-Z][^\n]{1,400}? MORE\b"
)
"""The Hill's card on a person its story names, left as text before the sentence goes on:
the name, the full name with its middle one, and the card's links to other stories glued
after it, closed by "MORE" ("Donald Trump Donald John TrumpTrump Jr. getting 0k to speak at UNT
… a winning tax plan MORE panned Democratic National Committee chairwoman …", raw 214 [0],
raw's and DUC's only such line). Multi-News+ train and validation hold 178 pages with it
(lower-cased, "hillary clinton hillary rodham clintonthe trail 2016: … more"), none with
another outlet's dateline, credit or copyright; they cite others as The Hill does ("said
during an interview on " fox news sunday "", "according to the washington examiner")."""
_CARD_CLOSE = " MORE "
WSJ_VIDEO_CAPTION = re.compile(
    r"\bWSJ['’]s [A-Z][a-z]+ [A-Z][\w'’-]+ (?:discusses|explains|joins|reports|takes|talks|looks)"
    r"\b[^.]{0,200}\. Photo: \S"
)
"""The Wall Street Journal's caption on its own clip, crediting its reporter under its short
name and closing on the still's credit: "… offset by traveling to new time zones. WSJ's
Sumathi Reddy discusses with Tanya Rivero. Photo: iStock" (raw 29 [0], raw's and DUC's only
such line). Multi-News+ train and validation (lower-cased) hold 59 captions "<Name>'s
<reporter> discusses|explains|reports|… . Photo: …", each the Journal's template: 53 "WSJ's",
none on a page with another outlet's dateline or credit, and six naming a sister title or a
guest ("MarketWatch's Laura Mandaro reports.", "Silvercrest's Patrick Chovanec discusses with
Sara Murray."), so only "WSJ's" reads. "WSJ's Brody Mullins and Susan Pulliam in A1 piece"
(raw 144 [1], POLITICO's digest) is how another page cites the paper: no caption."""
_WSJ_WORDS = "WSJ"
BBC_MEDIA_CAPTION = re.compile(r"\bMedia caption (?:The )?BBC['’]s [A-Z][\w'’-]+ [A-Z][\w'’-]+")
"""The BBC's media player caption crediting its own correspondent, "Media caption The BBC's
Alan Johnson: "We will never know the details of their talks"" (raw 237 [1]; 209 [1]'s "Media
caption BBC's Jonathan Head: …", read already by the player's notice). Raw's eight pages with
a "Media caption" are each the BBC's; Multi-News+ train and validation (lower-cased) hold 148
pages with "media caption the bbc's", none with another outlet's dateline or credit. "The
BBC's Jim Muir reports from …" in a story's sentence is how any page may cite the network:
not read."""
_MEDIA_CAPTION_WORDS = "Media caption"

FURNITURE_OUTLETS = {
    "media player's notice": "BBC",
    "short share link": "usatoday.com",
    "wire's contact line": "Bloomberg News",
    "caption toggle": "NPR",
    "video player": "CNN",
    "name card": "The Hill",
    "caption of its own clip": "The Wall Street Journal",
    "media player's caption": "BBC",
}
"""The outlet each rule's furniture names by its form, not by a name it writes."""


def furniture_rules(text: str, lines: list[str]) -> tuple[Rule, ...]:
    """This module's rules as `own_lines.own_outlet` reads them, last of all and in this order:
    each rule's name, what it looks for on a line, and the lines it reads (all of `text`'s,
    or none where the page lacks the rule's literal words)."""
    return (
        ("media player's notice", PLAYER_NOTICE.search, lines if _PLAYER_WORDS in text else []),
        (
            "short share link",
            USA_TODAY_SHARE_LINK.fullmatch,
            lines if _USA_TODAY_SHORT in text else [],
        ),
        (
            "wire's contact line",
            WIRE_CONTACT_LINE.fullmatch,
            lines if _WIRE_CONTACT in text else [],
        ),
        (
            "caption of its own picture",
            PAPER_PHOTO_CREDIT.search,
            lines if any(head in text for head in _CREDIT_HEADS) else [],
        ),
        ("caption toggle", CAPTION_TOGGLE.search, lines if _TOGGLE_WORDS in text else []),
        (
            "closing pitch for its game",
            CLOSING_GAME_PITCH.fullmatch,
            lines[-_CLOSING_LINES:] if _GAME_PITCH_WORDS in text else [],
        ),
        ("video player", CNN_PLAYER.search, lines if _PLAYER_HEAD in text else []),
        ("name card", NAME_CARD.search, lines if _CARD_CLOSE in text else []),
        (
            "caption of its own clip",
            WSJ_VIDEO_CAPTION.search,
            lines if _WSJ_WORDS in text else [],
        ),
        (
            "media player's caption",
            BBC_MEDIA_CAPTION.search,
            lines if _MEDIA_CAPTION_WORDS in text else [],
        ),
    )

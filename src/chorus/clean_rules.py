"""The cleaning rules for page furniture that is no caption: (reason, pattern) data, each
pattern written against text seen in the seeds or in raw Multi-News articles, each costly
one behind its gate (`chorus.clean_gates`). `chorus.clean` applies the rules to whole
lines, in order; the first rule that matches gives the reason. Captions and credits are in
`chorus.clean_captions`; a video player's lines and embedded posts in `chorus.clean_media`;
the page notices and the pointer removed inside a line in `chorus.clean_pages`.
"""

from __future__ import annotations

import re

from chorus.clean_gates import ending, holding
from chorus.clean_media import MEDIA_RULES

# A name of up to four capitalised words: a photographer's, a byline's.
NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"

_RELATED_HEADING = r"Related(?: News)? (?:[Aa]rticles|[Ll]inks|[Ss]tories|[Cc]ontent)"
# A heading a list of related links follows, each link a headline on its line: "Read more:",
# "Read more from The Hill:", "Read more on PostPolitics.com", "More from TIME on
# population:", "ALSO:", "Related News Articles", "PREVIOUSLY:" (raw Multi-News).
_OWN_LINKS_HEADING = r"More from [A-Z][^:]{0,60}"
LINK_LIST_HEADING = (
    r"^(?:[►»•] ?)?(?:(?i:read more|more|also|see also|read also|related|previously)"
    rf"|Read more (?:from|on) [^:]{{1,40}}|{_OWN_LINKS_HEADING}|{_RELATED_HEADING})\s*:?$"
)
# A headline: short, opening with a capital, ending with no sentence's stop ("Women with
# advanced breast cancer are surviving longer, study says"; a question may be one).
HEADLINE = r"^(?=(?:\S+\s+){0,19}\S+$)[A-Z0-9\"“‘'].*(?<![.!:;,])(?<![.!][\"”’'])$"

FURNITURE_RULES: tuple[tuple[str, str], ...] = (
    # The five lines that close seed 001 (Financial Times page furniture).
    ("alerts", r"^Get alerts on\b.*\bwhen a new story is published$"),
    ("copyright", r"^(?:Copyright|©).*[Rr]ights [Rr]eserved"),
    # A year opens a copyright line only after its mark: "2018 is shaping up to be a cold
    # winter", "2018 Federal Poverty Guidelines" are headlines. A page that lost its "©"
    # keeps the holder's slashed name: "2016 Click2Houston/KPRC2".
    ("copyright", r"^(?:Copyright\s*(?:©|\([Cc]\))?|©|\([Cc]\))\s*(?:19|20)\d\d\b"),
    ("copyright", holding(r"^(?:19|20)\d\d [A-Z][\w.&-]*(?:/[\w.&-]+)+$", "/")),
    (
        "copyright",
        ending(
            r"^[^.]{0,80}\bAll rights reserved\.?$", "All rights reserved", "All rights reserved."
        ),
    ),
    ("reuse", r"^Reuse this content\b"),
    # New Scientist's syndication notice closing its page: "If you would like to reuse any
    # content from New Scientist, ... New Scientist does not own rights to photos, ..." (raw
    # validation 6 [1], a summary sentence at stop 45; the only one of raw, DUC and Multi-News+).
    ("reuse", r"^If you would like to reuse any content from\b"),
    # A broadcaster's notice below its transcript: "NPR transcripts are created on a rush
    # deadline by Verb8tm, Inc., an NPR contractor, ... The authoritative record of NPR’s
    # programming is the audio record." (raw validation 91 [1]: its last line shown, its
    # contractor a name; the only such notice of raw and DUC).
    ("transcript notice", r"^[A-Z]{2,5} transcripts are created on a rush deadline\b"),
    ("comments", r"^Comments (?:have not been enabled|are closed)\b"),
    # A blog's closed thread: "89 Comments Sorry, comments for this post are now closed." (raw
    # validation 165 by index). Gated by its end: a branch of the line-start rules cost 0.6%
    # of cleaning raw validation, a literal looked for through each page 1.5%.
    ("comments", ending(r"^(?:\d[\d,]* Comments )?Sorry, comments\b.{0,30}closed\.$", "closed.")),
    # The Atlantic Wire: "Want to add to this story? Let us know in comments or send an email ..."
    ("comments", r"^Want to add to this story\?"),
    # CNN's call for readers' pictures: "Are you there? Send us your images or video." (raw
    # val-2534).
    ("comments", r"^(?:Are you there\? )?Send us your (?:images|photos|pictures|videos?)\b"),
    # A call to readers: "... then share your own thoughts on the ceremony in the comments."
    ("comments", holding(r"in the comments(?: section)?(?: below)?\W*$", "in the comments")),
    ("topics", r"^(?:Follow the topics in this article$|This article tagged under:)"),
    ("newsletter", r"^(?:Sign up|Subscribe|Newsletter Sign Up|Breaking News Emails)\b"),
    # WRAL's mail-a-friend form keeps its CAPTCHA's instruction over its message (raw
    # validation 67 [1]; Multi-News+ glues the form's message and the story after it).
    (
        "captcha",
        r"^You must enter the characters with black color that stand out from the other"
        r" characters\b",
    ),
    ("newsletter", r"^Get (?:the|The) .{1,60} by email\b"),
    ("advertisement", r"^(?:Photo )?(?i:advertisement)(?:\s+Continue reading the main story)?$"),
    ("advertisement", r"^To advertise\b"),
    ("advertisement", r"^Story Continued Below$"),
    ("advertisement", r"^(?:[Rr]eport this ad|Sponsored)$"),
    (
        "share buttons",
        r"^(?:Share|Share this|Tweet|Email|Print|Twitter|Facebook|Follow|reset|Text Size -"
        r"|Read More)$",
    ),
    # One class, no nested repeat: "(?:[=]+\s*)+$" backtracks exponentially on "=== === x".
    ("rule", r"^[_#*=+~-][_#*=+~\s-]*$"),
    # Any other line without a letter or digit: a separator of dots or dashes, a rating, an
    # icon (".......... ..........", "— —", "★★★", "[...]"). Left in, it took a place among
    # the sentences and pushed the story's first sentence down (multi_news-val-4713).
    ("line without words", r"^[\W_]+$"),
    # A heading of links to other stories; a blog's "PREVIOUSLY:" over its own earlier posts'
    # headlines (raw validation 166 [1]: "2 Months In, Searchers Still Seek Jack The Cat Lost
    # At JFK", a summary sentence), in capitals only: "Previously: ..." may open a story's line.
    # Phys.org's and Medical Xpress's two lines closing a page, "Explore further: <a related
    # headline>" and "More information: <the paper's citation, or a pointer elsewhere>" (raw
    # validation 56 [2], 74 [0]: the only lines of raw and DUC opening so); with its colon
    # only, as "More information about the victims was not released." is a story's.
    (
        "related link",
        r"^[\[(]?(?:RELATED|Related|ALSO(?: READ)?|READ(?: MORE| ALSO)?|Read(?: more| next)?|"
        r"See also|PREVIOUSLY|MORE|More(?: information)?|PHOTOS?|Photos?|VIDEO|Video|WATCH|Watch|"
        r"IMAGES|BLOG|NEWS|LISTEN|Trending(?: News)?|Also on [A-Z]+|Explore further)\s*:",
    ),
    # The Guardian's teasers end "<headline> Read more"; Politico's "Read more about: ...".
    ("related link", ending(r"\bRead more$", "Read more")),
    ("related link", r"^(?i:read more)(?: (?:about|from|on)\b.*)?$"),
    # A site's heading of its own links closing the page, "More from Morning Mix:" (raw 128
    # [1], the Post's blog), "More from TIME on population:" (45 [1]): a name's capital after
    # "from", so "More from the interview:" opening an interview's lines stays.
    ("related link", rf"^{_OWN_LINKS_HEADING}:$"),
    # A related story's teaser pasted between paragraphs, its headline glued to its one-line
    # standfirst, one stop closing both, and its link's "More" after it: "Missing swimmer
    # found alive, rescued off Ipswich coast A man who went missing ... has been rescued.
    # More" (raw validation 164 [4], a station's page; the only line of raw and DUC closed by
    # a stop and "More"). A page cut short after its sentences, "... a basic right. Yet
    # globally, one... More" (Multi-News+ validation 1660 [4]), is no teaser between them.
    ("related link", ending(r"^[A-Z][^.!?\n]{20,400}[.!?] More$", " More")),
    # The Sun's list of its most read stories, one line ("MOST READ IN LIVING GREAT BRITISH
    # BUZZ OFF We rate sex toys ...", raw validation 223 by index); Billboard's, Rolling
    # Stone's and Variety's link, its headline and dek glued after the word, no stop closing
    # it ("Related Prodigy: 10 Essential Tracks From the Mobb Deep MC Rapper Prodigy died at
    # the age of 42, but his legacy ... lives on", 21). One branch: each costs every line.
    ("related link", r"^(?:RELATED [A-Z]|MOST READ IN [A-Z]|Related [A-Z'‘\"“](?!.*[.!?]$))"),
    # Related links behind a bullet or a bar ("► Related: Wayne State suspect has history of
    # assaulting cops", "RELATED | Why no Amber Alert ..."), and a list's heading alone. The
    # Detroit Free Press links its follow-ups so too, a headline no stop closes ("► Update: Man
    # charged with 1st-degree murder in Wayne State officer's death"); without the bullet,
    # "UPDATE: Authorities positively identified ..." opens the story's news.
    ("related link", r"^[►»•] ?(?:Related|RELATED|Read more|READ MORE)\b"),
    ("related link", r"^[►»•] ?(?:Update|UPDATE): (?!.*[.!?]$)"),
    ("related link", r"^(?:RELATED|Related) \| "),
    # TIME's links between paragraphs, "MORE 5 Photos That Show How King Kong Revolutionized
    # Movie Special Effects", and "MORE | Two 13-year-old girls missing ..." (raw validation):
    # a headline after the word, no stop closing it ("MORE THAN 1 BILLION JOURNEYS ...." stays).
    ("related link", r"^MORE(?: \|)? (?=[A-Z0-9])(?!.*[.!?]$)"),
    ("related link", rf"^(?:RELATED|ALSO|{_RELATED_HEADING})$"),
    # A station's section links: "Local News More>>", "Most Popular Stories More>>".
    ("navigation", ending(r"\bMore>>$", "More>>")),
    # A transcript's pager closing the White House's page, "no previous page" then "next" (raw
    # validation 102 [3]; the only such lines of raw and DUC), and its last page's two.
    ("navigation", r"^(?:no (?:previous|next) page|previous|next)$"),
    (
        "related link",
        r"^(?:More (?:Video|information)|NEW IMAGES|Photos?|Videos?|Full-size image here)\s*:?$",
    ),
    ("related link", r"^Slideshow \(\d+ Images?\)$"),
    # A closing pointer elsewhere: "For more about chronic pain, visit the U.S. National Library
    # of Medicine.", "For more on Rihanna, head over to Billboard.", "For more about the FPL
    # guidelines, see this article by ...", "For more news on L.A. homicides, follow
    # @nicolesantacruz.", "Visit Harvard Medical
    # School's Healthy Sleep website for more about sleep, learning and memory."
    (
        "related link",
        r"^(?:For more (?:information |news )?(?:on|about) [^,]{1,80}, (?:please )?"
        r"(?:visit|head over to|go to|see|follow)\b"
        r"|Visit [^.]{1,80} for more (?:about|on|information)\b)",
    ),
    # POLITICO's text-size box, "Text Size -", "+", "reset" a line each, its last button
    # glued before the box's related links: "reset Will Clinton playbook work? Weiner: Timeline
    # of scandal" (raw validation 210 [0], 116 [1]; of raw and DUC's six boxes, the others'
    # "reset" stands alone). A story's line opens on no small "reset" before a capital.
    ("related link", r"^reset [A-Z]"),
    ("share buttons", r"^Read or Share this story\b"),
    (
        "share buttons",
        r"^(?i:(?:share|tweet|pin|email|print|facebook|twitter|pinterest|reddit|whatsapp|"
        r"linkedin)\s*){2,}$",
    ),
    ("share buttons", r"^(?:Help spread the word! )?Share Tweet\b"),
    ("share buttons", ending(r"\(Opens in new window\)$", "(Opens in new window)")),
    # In capitals too, after a reader's device: "ON A MOBILE DEVICE? CLICK HERE TO SEE THE
    # VIDEO." (raw val-319, kept before).
    ("share buttons", r"^(?i:(?:on a mobile device\?\s*)?click\s+(?:here|to|through|below))\b"),
    # A whole line, not a last sentence: "To learn more, click here." closes a story paragraph.
    ("share buttons", r"^(?:To|For) [^.!?]{0,100}, (?:please )?click here\W*$"),
    # A columnist's plug for another story, closed by its call in capitals after a colon: "The
    # Sunday Tribune is full of interesting and compelling stories, but one I certainly hope
    # you read was written by William Lee. ... then read about Two-Gun: CLICK HERE." (raw
    # validation 102 [0], under John Kass's column; the only line of raw and DUC so closed).
    # Every sentence of it leads to the link, so the line goes whole.
    ("related link", ending(r"^.*: CLICK HERE\.?$", "CLICK HERE.", "CLICK HERE")),
    ("share buttons", r"^Interested in\b.*\bAdd Interest$"),
    # A page's video player and its embedded posts (`chorus.clean_media`), tried here.
    *MEDIA_RULES,
    (
        "follow",
        # "Become a fan of the Museum on Facebook at …" (raw 33, a press release's close).
        r"^(?:[-–—]\s*)?(?:Follow|Like|Reach|Join|Become a fan"
        r"|Stay [Uu]p [Tt]o [Dd]ate,? [Ff]ollow)\b"
        # A dot inside a site's name ("Follow CBSMIAMI.COM: Facebook") is no full stop.
        r"(?:[^.]|\.(?=\w)){0,100}?"
        r"(?:Twitter|Facebook|Instagram|Google\+|Tumblr|@\w+|https?://\S+|www\.\S+)",
    ),
    # A station's menu bar: "FREE APPS | NOW | FACEBOOK | TWITTER".
    (
        "navigation",
        holding(r"^(?:[\w&'’ ]{1,20} \| ){2,}(?i:facebook|twitter|instagram)(?: \|.{0,40})?$", "|"),
    ),
    ("follow", r"^Read more from\b.*\bfollow\b"),
    # "Follow us on twitter.com/foxnewslatino", "LIKE US ON FACEBOOK: Our Lone Star ...".
    ("follow", r"^(?i:(?:follow|like) us (?:on|at))\b"),
    # Reporters' contacts: a line with an e-mail address, or only a handle or phone numbers.
    ("contact", holding(r"@(?<=\w@)[\w-]+\.(?:com|org|net|edu|gov)\b", "@")),
    ("contact", r"^(?:Twitter:?\s*)?@\w+$"),
    ("contact", r"^(?:[\d().-]{10,14}\s+)+@\w+$"),
    ("contact", r"^(?:Contact|Call|To contact)\b[^.]{0,80}\bat \(?\d{3}\b"),
    ("contact", r"^To contact the (?:reporter|editor)\b"),
    # A fundraiser's thanks to its givers, "For those who can help with this GoFundMe, thank
    # you. All of it will go directly to the costs listed above. Trust that no amount is too
    # small ..." (raw validation 122 [2]): bounded, so no one-line page's story is read as it.
    (
        "appeal",
        holding(r"^For (?:those|all) who [^.]{0,40}\bthis GoFundMe, thank you\b.{0,200}$", "GoF"),
    ),
    # A phone number alone or after a name: "Mary Lynn Smith • 612-673-4788", "(212) 515-3595".
    (
        "contact",
        ending(
            rf"^(?:{NAME}\s*[•·|,–—-]?\s*)?(?:\(\d{{3}}\) ?|\d{{3}}[-.])\d{{3}}[-.]\d{{4}}$",
            *"0123456789",
        ),
    ),
    # A line closing on an address, or opening on one with words after it: AOL's photo gallery,
    # its feeds' addresses then the gallery's title and caption ("http://xml.channel.aol.com/...
    # http://www.popeater.com/... PopScene: Week's Hottest Pics ...", raw validation 203 by
    # index; the only such line of raw's 690 documents, whose other ten opening on one are an
    # address alone). One branch: each costs every line holding "/".
    (
        "link",
        holding(r"^(?:https?://\S+\s|.{0,120}(?:https?://|www\.)\S+$)", "/", "www."),
    ),
    ("link", r"^poster=\""),
    (
        "correction",
        r"^(?:CORRECTION|Correction|CLARIFICATION|Clarification|Editor['’]s [Nn]ote)\b[^:]{0,30}:",
    ),
    (
        "correction",
        r"^(?:Update:\s*)?(?:This|The) (?:story|article|post|report) (?:has been|was|is) "
        r"(?:updated|corrected|edited|revised|amended)\b",
    ),
    ("correction", r"^An earlier version of this\b"),
    (
        "timestamp",
        r"^(?:[-–—/]\s*)?(?:Last |First )?(?:[Uu]pdated|[Pp]osted)\b[^.]{0,40}"
        r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?|\s*[AP]M)?\.?$",
    ),
    ("timestamp", r"^(?:Updated|First posted|Last updated)$"),
    # Wire editors' notes in DUC's newswire: "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)".
    ("wire note", r"^\((?:STORY CAN END HERE\b[^()]*|MORE)\)$"),
    # A dateline alone on its line: "Sunday, July 31, 2011 21:39 EDT", "Friday, October 22, 2010".
    (
        "timestamp",
        r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+\.? \d{1,2}, \d{4}"
        r"(?:,? \d{1,2}:\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?$",
    ),
    ("timestamp", r"^Updated at \d{1,2}:\d\d\b.*\bto correct\b"),
    ("timestamp", r"^/ Updated [Bb]y\b"),
    (
        "origin",
        r"^(?:This (?:article|story|post) was )?(?:[Oo]riginally|[Ff]irst) "
        r"(?:published|appeared|posted)\b",
    ),
    ("origin", r"^Original article on\b"),
    # "This article appeared on page E - 1 of the San Francisco Chronicle", "A version of this
    # article appeared August 24, 2012, on page A11 ...", "This story first appeared in ...";
    # "appeared" must name a place or date: "This story appeared to ..." can be the story's.
    (
        "origin",
        r"^(?:An? (?:edited )?version of )?[Tt]his (?:article|story|post) "
        r"(?:first |originally )?appeared (?:in|on|[A-Z][a-z]+ \d)",
    ),
    (
        "credit",
        r"^(?:The )?(?:Associated Press|Reuters|AP)\b.{0,60}contributed to this (?:report|story)",
    ),
    (
        "credit",
        ending(
            r"\bcontributed (?:reporting )?to this (?:report|story|article)\.?$",
            *("report", "story", "article", "report.", "story.", "article."),
        ),
    ),
    ("credit", r"^(?:AP|Associated Press) writers?\b.*\bcontributed\.?$"),
    ("credit", r"^[-–—] ?(?:Reuters|AP|AFP|Associated Press)$"),
    # USA Today's "Contributing: The Associated Press"; "— with additional reporting by Lloyd
    # Grove", "With reporting by Ray Waddell".
    ("credit", r"^(?:Contributing: [A-Z]|(?:[-–—] ?)?[Ww]ith (?:additional )?reporting by\b)"),
    # Reuters closes with "(Additional reporting by ...; Editing by ...)".
    (
        "credit",
        r"^\(?(?:Additional )?(?:[Rr]eporting|Writing|Editing|Edited(?: and translated)?) by\b",
    ),
    # Reuters' closing credit as Multi-News+ writes it at the end of a page's one line: "( reporting
    # by daniel wiessner in albany, new york, editing by alexia garamfalvi )" (92 train documents).
    (
        "credit",
        ending(r"\( (?:additional )?(?:reporting|writing|editing) by [^()]{1,160}\)$", ")"),
    ),
    # A writer's line closing the page: "Jeremy Campbell writes for WXIA-TV in Atlanta" (raw
    # val-2669); People's Daily's "（Editor：张茜、姚春）" (val-3680).
    ("credit", rf"^{NAME} writes for [A-Z][^.!?]{{0,60}}$"),
    # A writer's bio set as a line of its own, Slate's with the name twice: "Mark Joseph
    # Stern Mark Joseph Stern covers courts and the law for Slate." (raw val-188 [1], between
    # its first paragraphs; the only line of raw, DUC and Multi-News+ validation so written).
    (
        "credit",
        holding(
            rf"^(?:{NAME} )?{NAME} (?:covers|writes about) [^.!?]{{1,80}} for "
            r"(?:the )?[A-Z][^.!?]{0,60}\.?$",
            " covers ",
            " writes about ",
        ),
    ),
    ("credit", r"^[（(]Editor[：:][^）)]{1,40}[）)]$"),
    ("byline", rf"^By {NAME}(?:(?:,| and) {NAME})*(?:,[^.]{{0,60}})?$"),
    ("copyright", r"^(?:Copyright|©)\s+[A-Z][^.]{0,60}$"),
    ("newsletter", r"^-+\s*Sign up\b"),
    ("newsletter", r"^\[Sign up for\b"),
    ("newsletter", ending(r"\bSign [Uu]p [Nn]ow$", "Now", "now")),
    (
        "newsletter",
        r"^(?:Want (?:more )?stories like th(?:is|ese)\b|Premium content for\b"
        r"|New to \w+\? Subscribe\b)",
    ),
    ("newsletter", r"^Download the\b.{0,60}\bapp\b"),
    # A station's promos: "Or, keep up-to-date on the latest news and weather with the Denver7
    # apps for iPhone/iPads, Android and Kindle.", "Stay with KDKA for the latest on this ...".
    ("station promo", r"^(?:Or,? )?[Kk]eep up[- ]to[- ]date\b[^.]{0,80}\bapps?\b"),
    ("station promo", r"^Stay (?:with|tuned to) [^.]{1,40} for (?:the latest|updates|more)\b"),
    # Sign-in boxes: the registration widget of local TV stations' pages (wfxt, koki, wjax):
    # "Sign in using your wfxt profile", "We have sent a confirmation email to ...".
    (
        "account notice",
        r"^(?:You must confirm your (?:email|subscription)\b"
        r"|We have sent a confirmation email\b|Sign in (?:using|with)\b"
        r"|Welcome back\. Please sign in|Why are we asking this\?$|Already have an account\?$"
        r"|By submitting your registration information\b|Thank you for registering!$"
        r"|We look forward to seeing you on \[website\])",
    ),
    # Sign-up boxes glued into one line: Politico's "... Email Sign Up By signing up you agree
    # to receive email newsletters ...".
    (
        "newsletter",
        holding(r"By signing up you agree to receive\b", "By signing up you agree to receive"),
    ),
    (
        "newsletter",
        holding(r"Sign up for our (?:free |must-read )?newsletter\b", "Sign up for our"),
    ),
    ("newsletter", holding(r"Already a subscriber\?", "?")),
    ("newsletter", r"^Get .{1,60} in your inbox\b"),
    # "Just fill in your contact details in the form below to join our mailing list ..."
    # To the sentence's end: a single-line document loses only what the rule matched.
    (
        "newsletter",
        r"^(?:Just )?[Ff]ill in your (?:contact )?details\b[^.]{0,60}\bmailing list\b[^.]{0,80}\.?",
    ),
    ("account notice", r"^(?:Note: )?By submitting this form, you agree\b[^.]{0,80}\."),
    # Twitter's location widget, left where the tweet itself was not kept.
    (
        "social widget",
        r"^(?:Add a location to your Tweets$"
        r"|When you tweet with a location, Twitter stores that location\.)",
    ),
    # A whole line in brackets is a link or a source: "[Who is Brian Sandoval?]", "[PeerJ]",
    # "[Rapinoe responds after the game: ‘It’s [expletive] unbelievable. Saddened by it.’]".
    ("related link", r"^\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]$"),
)


# A correction that says what the story now holds is the story's (raw val-168: "Correction 31
# July 2017: This article has been amended to make it clear that not all the "comfort women"
# were coerced."): what it makes clear, the right one beside the wrong ("Raynham, not
# Rayham"), what was written wrongly as what, or a sentence after the notice ("... misstated
# the status of the commanding officer. He was transported by medevac ..."). A notice that a
# change was made ("This post has been updated.", "... misstated Weiner's title. We regret
# the error.") is furniture.
_STATES_THE_STORY = re.compile(
    r"\bto (?:reflect|note|make it clear|clarify|show)(?: the fact)? that\b|, not\b"
    r"|\b(?:incorrectly|wrongly|mistakenly)\b.*\bas\b"
    r"|[.!?] (?!We regret|An earlier|A previous|This (?:story|article|post))[A-Z]"
)


def tells_the_story(reason: str, line: str) -> bool:
    """Whether a line the rule of `reason` matched is a correction telling the story."""
    return reason == "correction" and _STATES_THE_STORY.search(line) is not None

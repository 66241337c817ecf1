"""The cleaning rules for a page's video player and its embedded posts: a player's teasers,
its notices, a video's description, a post's signature. (reason, pattern) data as in
`chorus.clean_rules`, which tries them in its own order, after its related links and
share buttons and before its follow lines.
"""

from __future__ import annotations

from chorus.clean_gates import ending, holding

MEDIA_RULES: tuple[tuple[str, str], ...] = (
    # CNN's video teasers: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 00:47".
    ("video teaser", r"^JUST WATCHED\b"),
    ("video teaser", r"^Play Video \d"),
    # NBC's player: "Embed <title> 2:14 autoplay autoplay Copy this code to your website or blog".
    ("video teaser", r"^Embed\b.{0,150}\bCopy this code to your website or blog$"),
    ("video teaser", r"^(?i:watch)\b[^.]{0,100}\b(?:below|above)\W*$"),
    # A station's links to its video: "Watch the report | Uncut video from the Coast Guard
    # rescue" (raw val-4313).
    ("video teaser", r"^Watch [^|.]{1,60} \| "),
    ("video teaser", r"^(?i:warning):[^.]{0,40}\bvideo\b"),
    # YouTube's; Multi-News+ glues its next notice after it on the page's one line.
    (
        "media notice",
        r"^Rating is available when the video has been rented\b(?:\. This feature is not"
        r" available right now\. Please try again later\.)?",
    ),
    ("media notice", r"^This feature is not available right now\. Please try again later\.$"),
    # YouTube descriptions (NBC's): "Published on Apr 29, 2015", "Get more NBC:", "You'll also
    # find behind the scenes videos and other great web exclusives."
    ("video description", r"^Published on \w{3} \d{1,2}, \d{4}$"),
    ("video description", r"^Get more [A-Z][^:]{0,60}:$"),
    ("video description", r"^You['’]ll also find behind the scenes videos\b"),
    # Late-night shows' channel lines: "Watch The Late Show with Stephen Colbert weeknights at
    # 11:35 PM ET/10:35 PM CT. Only on CBS."
    ("video description", r"^Watch [A-Z][^.]{0,80}\b[Ww]eeknights\b"),
    ("video description", r"^Get new episodes of shows you love\b"),
    # A video's blurb on its line, in the present, closed by its programme's title in quotation
    # marks: "Alexander discusses his experience on the Science channel's 'Through the
    # Wormhole.'" (raw validation 212 [0], the only such line of raw and DUC).
    (
        "video description",
        ending(
            r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:discusses|talks about) (?:his|her|their)"
            r" [^.!?]{1,60} on [^.!?]{1,60} ['‘\"“][A-Z][^.!?]{1,60}\.['’\"”]$",
            *(".'", ".’", '."', ".”"),
        ),
    ),
    # NBC's video teasers: "<what the video shows>. NBC10's Lu Ann Cahn has the details.
    # (Published Tuesday, April 23, 2013)".
    (
        "video description",
        ending(
            r"\(Published (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+\.? \d{1,2}, \d{4}\)$",
            ")",
        ),
    ),
    # USA Today network pages: a video's description above or inside the story, opened by
    # the player's "CLOSE" or "Skip in Skip x Embed x Share", closed by a dated credit: "CLOSE
    # <what the video shows>. (Feb. 5) AP", "<...> in the shooting. (May 4, 2015) Gannett
    # Wisconsin Media".
    ("video description", r"^(?:CLOSE (?=[A-Z])|(?:CLOSE )?Skip in Skip x Embed x Share\b)"),
    (
        "video description",
        holding(
            r"\((?:(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|March|April|May|June|July) \d{1,2}"
            r"(?:, \d{4})?\) [A-Z][\w&'’ ]{0,40}$",
            "(",
        ),
    ),
    ("media notice", r"^You['’]ll need an HTML5 capable browser\b"),
    (
        "media notice",
        r"^(?:Please turn on JavaScript|JavaScript is disabled|You need to enable JavaScript)",
    ),
    # An embedded post keeps its signature: "<text> — Name (@handle) June 20, 2017" or
    # "<text> A post shared by Name (@handle) on Jun 20, 2017 at 10:33am PDT".
    ("social embed", holding(r"— [^—]{1,80}\(@\w+\) \w+ \d{1,2}, \d{4}$", "@")),
    (
        "social embed",
        holding(r"\bA post shared by .{1,80} on \w+ \d{1,2}, \d{4} at \d", "A post shared by"),
    ),
)

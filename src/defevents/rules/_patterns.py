"""Regex fragments shared by the rules, expanded inline where a pattern calls ``(?&NAME)``.

A rule pattern calls them as ``(?&NAME)``. Every fragment tolerates hard-wrapped lines (``\\s``
matches a line break) and curly apostrophes.
"""

import regex

# Weapons handed over as aid ("as part of its military aid package", "donated", "gifted") are
# neither an export deal nor a deployment of forces.
MILITARY_AID = regex.compile(
    r"(?i)\b(?:as\s+(?:part\s+of\s+)?(?:(?:a|an|its|their|the)\s+)?(?:(?!(?:sale|sales|contract|deal|order|purchase|for|to|of|in|on|at|with|from|by|and|or)\b)[\w’'-]+\s+){0,4}?(?:aid|assistance|grants?)|"
    # grant programmes: "Foreign Military Financing", Japan's "Official Security Assistance", the "European Peace Facility"
    r"Foreign\s+Military\s+Financing|Official\s+Security\s+Assistance|European\s+Peace\s+Facility|"
    r"grant[\s-]in[\s-]aid|under\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:grant|aid|assistance)\b(?:\s+(?:programme|program|scheme|package))?|"
    r"(?:aid|assistance)\s+packages?|donat\w+|gift(?:ed|s)?\b|free\s+of\s+charge|drawdown|lend-lease|costs?\s+(?:borne|covered|paid)|"
    r"loan\s+of|on\s+loan|"
    # "€40 million in military assistance", "a security aid tranche"
    r"(?:military|security|defen[cs]e|lethal)\s+(?:aid|assistance|support\s+packages?)\b)")

# Where goods were made, told by a verb joined to a state's name or adjective: "Chinese-built",
# "South Korean-made", "US-built". The name, one or two words, is group ``m``.
MADE = r"(?:built|made|manufactured|produced|constructed|designed)"
STATE_MADE = regex.compile(rf"(?<![\w-])(?P<m>(?:\p{{Lu}}[\p{{L}}.]*[ \t])?\p{{Lu}}[\p{{L}}.]*)[-‐–]{MADE}\b")

# Fragments shared by rule patterns, called as ``(?&NAME)``. They are expanded inline when a rule
# is compiled (a ``(?(DEFINE)...)`` prefix would cost the regex engine its first-character scan,
# making every rule 2 to 50 times slower). A fragment may call another defined above it.
FRAGMENTS: dict[str, str] = {
    "W": r"[\w’'\-]+",  # one word, with inner apostrophes and hyphens
    "DET": r"(?:a|an|the|its|their|his|her|our|this|that|these|those|both)\b",
    "AUX": r"(?:has|have|had|will|would|shall|is|are|was|were|be|been|being|'ve|’ve)\b",
    "ADV": r"(?:[a-z]+ly|also|now|just|again|finally|today|yesterday|formally|jointly)\b",
    "MODS": r"(?:(?&W)\s+){0,7}?",  # a few modifiers, lazily
    "APOS": r"['’]",
    # a calendar period told after "late", "early" or "this": "week", "year", "summer", "February"
    "PERIOD": r"(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|"
              r"October|November|December)",
    "EXERCISE_NOUN": r"(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s*games?|training\s+camps?)\b",
    "AGREEMENT_NOUN": r"""(?i:memorand(?:um|ums|a)\s+of\s+understanding|memorand(?:ums|um|a)|MoUs?|MOUs?
        |action\s+plans?|(?:co-?operation|collaboration)\s+(?:programmes?|programs?|plans?)
        |(?:programmes?|programs?|plans?)\s+(?:of|for|on)\s+(?:[\w-]+\s+){0,2}?(?:co-?operation|collaboration)|addend(?:um|a)|letters?\s+of\s+intent|LoIs?|statements?\s+of\s+intent|joint\s+declarations?|declarations?
        |executive\s+(?:programmes?|programs?)|letters?\s+of\s+understanding|terms\s+of\s+reference|(?:implementing|technical)\s+arrangements?|amendments?\s+to\s+(?:the|their|its|an?)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|treaty|accords?|pacts?|arrangements?|memorand(?:um|a)|protocols?|conventions?)
        |agreements?|treaty|treaties|pacts?|accords?|arrangements?|frameworks?|partnerships?|exchanges?\s+of\s+(?:letters|notes)
        |protocols?|conventions?|road\s*maps?|charters?|compacts?|deals?)(?!\w)
        # "a framework agreement", "a partnership accord": the first noun modifies the second
        (?!\s+(?i:agreements?|accords?|arrangements?|memorand(?:um|a)|treaty|treaties|pacts?|conventions?|protocols?)\b)""",
    # what is received in a delivery: "the first three of", "its second", "six", "a batch", "deliveries"
    "GOODS": r"""(?i:(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:first|last|final|second|third|fourth|fifth|initial
        |remaining|latest|next|batch|shipment|consignment|deliver(?:y|ies))\b|\d|(?:one|two|three|four|five|six|seven
        |eight|nine|ten|eleven|twelve|dozen|several)\b))""",
    "MILITARY_NOUN": r"""(?i:troops|soldiers|personnel|forces|peacekeepers|blue\s+helmets|marines|sailors|airmen|aircrew|paratroopers|sappers|deminers|gunners|artillerymen|special\s+forces|commandos
        |(?:logistics|medical|technical|military|engineering|maintenance)\s+specialists|officer\s+(?:candidates|cadets)
        |instructors|trainers|advisers|advisors|engineers|staff|contingents?|battalions?|brigades?|battle\s*groups?
        |companies|platoons?|(?:infantry|mechani[sz]ed|rifle|engineer|engineering|logistics|medical|signals)\s+compan(?:y|ies)|regiments?|squadrons?|units?|divisions?|task\s+forces?|detachments?|rotations?
        |jets|fighters|fighter\s+jets|aircraft|planes|bombers|tankers|helicopters?|drones|UAVs|airframes
        |warships?|ships|vessels|frigates?|destroyers?|corvettes?|submarines?|carriers?|carrier\s+strike\s+groups?|patrol\s+boats?|minehunters?
        |tanks|armou?red\s+vehicles|vehicles|howitzers|artillery|guns|launchers?|rocket\s+systems|batter(?:y|ies)|systems
        |missiles|munitions|shells|rounds|ammunition|rockets|interceptors|radars?|weapons|arms|equipment|assets
        |air\s+defen[cs]es?|missile\s+defen[cs]es?)(?!\w)""",
}

_CALL = regex.compile(r"\(\?&(\w+)\)")


def expand(pattern: str) -> str:
    """``pattern`` with every ``(?&NAME)`` replaced by its fragment, recursively."""
    def sub(m: regex.Match[str]) -> str:
        try:
            return "(?:" + expand(FRAGMENTS[m.group(1)]) + ")"
        except KeyError:
            raise KeyError(f"no shared fragment named {m.group(1)!r}") from None
    return _CALL.sub(sub, pattern)

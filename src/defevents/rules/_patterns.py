"""Regex fragments shared by the rules, defined once in a ``(?(DEFINE)...)`` block.

A rule pattern calls them as ``(?&NAME)``. Every fragment tolerates hard-wrapped lines (``\\s``
matches a line break) and curly apostrophes.
"""

import regex

# Weapons handed over as aid ("as part of its military aid package", "donated", "gifted") are
# neither an export deal nor a deployment of forces.
MILITARY_AID = regex.compile(
    r"(?i)\b(?:as\s+(?:part\s+of\s+)?(?:(?:a|an|its|their|the)\s+)?(?:(?:military|security|defen[cs]e|latest|new)\s+)*(?:aid|assistance)|"
    r"(?:aid|assistance)\s+packages?|donat\w+|gift(?:ed|s)?\b|free\s+of\s+charge|drawdown|lend-lease|costs?\s+(?:borne|covered|paid)|"
    r"loan\s+of|on\s+loan)")

DEFINE = r"""
(?(DEFINE)
  (?P<W>  [\w’'\-]+ )                                   # one word, with inner apostrophes/hyphens
  (?P<S>  [ \t]*\n?[ \t]* (?<=\S[ \t\n]|\S) )           # a space that may be a line break
  (?P<DET> (?:a|an|the|its|their|his|her|our|this|that|these|those|both)\b )
  (?P<AUX> (?:has|have|had|will|would|shall|is|are|was|were|be|been|being|'ve|’ve)\b )
  (?P<ADV> (?:[a-z]+ly|also|now|just|again|finally|today|yesterday|formally|jointly)\b )
  (?P<MODS> (?:(?&W)\s+){0,7}? )                        # a few modifiers, lazily
  (?P<APOS> ['’] )
  (?P<AGREEMENT_NOUN>
      (?i:memorandum\s+of\s+understanding|memoranda\s+of\s+understanding|memorand(?:um|a)|MoUs?|MOUs?|action\s+plans?
        |letters?\s+of\s+intent|LoIs?|statements?\s+of\s+intent|joint\s+declarations?|declarations?
        |agreements?|treaty|treaties|pacts?|accords?|arrangements?|frameworks?|partnerships?
        |protocols?|conventions?|road\s*maps?|charters?|compacts?|deals?) (?!\w) )
  (?P<MILITARY_NOUN>
      (?i:troops|soldiers|personnel|forces|marines|sailors|airmen|aircrew|paratroopers|special\s+forces
        |instructors|trainers|advisers|advisors|engineers|staff|contingents?|battalions?|brigades?|battle\s*groups?
        |companies|platoons|regiments?|squadrons?|units?|divisions?|task\s+forces?|detachments?|rotations?
        |jets|fighters|fighter\s+jets|aircraft|planes|bombers|tankers|helicopters|drones|UAVs|airframes
        |warships|ships|vessels|frigates|destroyers|corvettes|submarines|carriers?|carrier\s+strike\s+groups?|patrol\s+boats?|minehunters?
        |tanks|armou?red\s+vehicles|vehicles|howitzers|artillery|guns|launchers|rocket\s+systems|batteries|systems
        |missiles|munitions|shells|rounds|ammunition|rockets|interceptors|radars?|weapons|arms|equipment|assets
        |air\s+defen[cs]es?|missile\s+defen[cs]es?) (?!\w) )
)
"""

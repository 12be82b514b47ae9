"""What a classifier verdict needs from the rules before it may block a reply.

The trained sentence classifier (`learned.py`) finds new wordings the rules miss, and on good
replies it has never seen it also blocked about one in four (issue 18, round 7: a goat
called Brian read as blame, "Five stars from a fellow baker" as an incentive, "formule midi
à 12 €" as personal data). A verdict therefore blocks only when the same sentence also
holds a rule *concept* of its category — one ingredient of the rule, not the whole rule
(which would have fired by itself): a benefit for an incentive, a legal or exposure word for
intimidation, something that identifies the customer or their visit for personal data, a
fault word beside a person for blame… Without one, the verdict is shown as a warning: the
owner reads it and may still send.

Each function reads one sentence, as written (`draft`) and accent-folded (`folded`).
This rule was decided before any blind round was measured with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import conduct, content, structure, tone
from .concepts import blanked, concept

Corroboration = Callable[[str, str], bool]


def _any(folded: str, *patterns: re.Pattern[str]) -> bool:
    return any(rx.search(folded) is not None for rx in patterns)


def incentive(draft: str, folded: str) -> bool:
    """A reward of any kind (free, % off, on us, a gift, a draw…) in the sentence, unless the
    sentence says it does not depend on a review ("whether or not you ever review us")."""
    return _any(folded, structure.BENEFIT, content.REWARD) and not content.says_untied(folded)


_THREAT_WORD = concept(
    r"regret\w*|consequences?|warn\w*|watch (?:out|your)|careful|know where|find you|"
    r"offen[cs]e|delit|infraction|penal\w*|amendes?|fines?|report\w* (?:you|your)|"
    r"signal\w* (?:votre|vous)|expos\w*|name and shame|denonc\w*|preuves?|evidence|"
    r"screenshots?|captures?|dossier|file on you"
)


# A recording as something held: footage, cameras, or photos *of* the reader. Photos alone
# are what a photographer, a florist or a venue shows ("the photos from the naming ceremony
# came out beautifully").
_RECORDING_HELD = concept(
    r"cctv|cameras?|camera footage|footage|videos? (?:of|de) (?:you|vous|votre|your)|"
    r"recording\w*|enregistrement\w*|videosurveillance|"
    r"(?:images?|photos?|pictures?|videos?) (?:of|de) (?:you|vous|votre|your|toi)"
)


def intimidation(draft: str, folded: str) -> bool:
    """A legal or authority word turned on the reader (a consequence, a step, their review
    as its object: "our lawyer reviewed our terms" is no threat), the reader's circle told,
    recordings or identity held, or an explicit threat word."""
    if conduct.invites_reader(folded):
        return False  # the reader is left free to act (the rules read it so too)
    legal = _any(folded, structure.LEGAL, conduct.LEGAL) and _any(
        folded, structure.CONSEQUENCE, conduct.THREAT, conduct.AIMED_AT_READER
    )
    return legal or _any(
        folded,
        structure.EXPOSED_TO,
        _RECORDING_HELD,
        conduct.IDENTITY,
        conduct.THREAT_ALONE,
        _THREAT_WORD,
    )


def personal_data(draft: str, folded: str) -> bool:
    """Something that identifies the customer or their visit: a contact, a code, a payment,
    an address, a health detail, a title and name, a room or table number, or a date and
    time of the reader's visit."""
    if content.identifies_customer(draft, folded):
        return True
    # A date alone identifies nobody ("sorry your room wasn't ready at 3 pm on 12 June"):
    # with a name it does.
    dated = _any(folded, content.DATE_TIME) and _any(folded, structure.YOU)
    return dated and _any(folded, content.VISIT) and content.names_someone(draft)


_DOUBT = concept(
    r"lie|lied|lies|lying|liar|truth\w*|true|honest\w*|sincere\w*|really happened|actually|"
    r"supposedly|so-called|alleged\w*|claim\w*|pretend\w*|doubt\w*|suspect\w*|suspicio\w*|"
    # "inventory" / "inventaire" is stock, not a story made up (18fb11)
    r"believe|convinc\w*|story|stories|imagin\w*|invent(?!or|air)\w*|made up|make up|fake|"
    r"free(?!z)\w*|voucher\w*|refund\w*|discount\w*|something for nothing|competitor\w*|"
    r"verite|vrai|honnete\w*|sincere\w*|soi-disant|pretendu\w*|affirm\w*|pretend\w*|"
    r"dout\w*|soupcon\w*|croire|croyons|convainc\w*|histoire\w*|recit|gratuit\w*|"
    r"rembours\w*|remise|bon d'achat|concurren\w*|mauvaise foi|bad faith|ment\w*"
)


# The business speaking of itself as (not) a competitor: "Nous ne sommes pas un concurrent des
# grandes chaînes, juste une petite crêperie." A competitor word accuses only when it is about
# someone else (the reviewer), so a first-person clause holding it corroborates nothing.
_WE_AS_COMPETITOR = concept(
    r"(?:we're|we are|nous (?:ne )?sommes|on (?:n')?est)(?: not| pas)?(?: [\w'-]+){0,3}? (?:competitor\w*|concurren\w*)"
)


# The business's own belief, said to hedge a correction: "With respect, I believe there may be
# a misunderstanding about the price" (round 60), "nous croyons qu'il y a eu une confusion".
# Doubt about the reader is said otherwise ("we don't believe", "je ne crois pas", "hard to
# believe"), and a lie named beside the hedge still corroborates ("I believe you lied").
_OUR_BELIEF = concept(
    r"(?:i|we|je|nous) (?:do |truly |really |sincerely |firmly |honestly )?(?:believe|crois|croyons)"
    r"(?= (?:that |qu'|que )?(?:there|it|this|the|il|ce|cela|ca|le|la|les|our|notre|nos)\b)"
)


def accusation(draft: str, folded: str) -> bool:
    """A word about truth, honesty, doubt or wanting something free, or an insinuation."""
    folded = blanked(_OUR_BELIEF, blanked(_WE_AS_COMPETITOR, folded))
    return _any(
        folded,
        _DOUBT,
        structure.INSINUATE,
        structure.COMPLICIT,
        structure.HABIT,
        structure.TRAIT,
        conduct.FALSEHOOD,
    )


def attack(draft: str, folded: str) -> bool:
    """An insult or a trait pinned on a person."""
    return (
        _any(folded, structure.TRAIT)
        or tone.INSULT.search(draft) is not None
        or tone.NAME_AS_EPITHET.search(draft) is not None
    )


_IRONY = concept(
    r"of course|obviously|clearly|apparently|surely|naturally|truly|deeply|terribly|"
    r"so sorry|devastat\w*|heartbroken|honou?red|tragic\w*|tragedy|drama|ordeal|surviv\w*|"
    r"royal\w*|majesty|highness|expert\w*|connoisseur|standards|princess|prince|genius|"
    r"masterpiece|congratulations|bravo|"
    r"bien sur|evidemment|visiblement|apparemment|manifestement|certainement|profondement|"
    r"effondre\w*|devaste\w*|honore\w*|tragique|drame|calvaire|survecu|majeste|altesse|"
    r"exigences|connaisseu\w*|chef-d'oeuvre|felicitations|quelle? (?:horreur|drame|tragedie)"
)
_MOCK_MARK = re.compile("[\U0001f644\U0001f60f\U0001f643]|!\\s*!|\\?!|!\\?")
_LAUGH = re.compile("[\U0001f602\U0001f923\U0001f92d]")


# Congratulations on the reader's own event or achievement are sincere ("bravo pour votre
# premier marathon", "congratulations on your wedding"); ironic ones aim at the complaint
# ("congratulations on finding the one hair in Paris").
_SINCERE_CONGRATS = concept(
    r"(?:congratulations|congrats|well done|bravo|felicitations) (?:\w+ ){0,2}(?:on|for|pour|a) "
    r"(?:your|votre|vos|ton|ta|tes|the|le|la|les) (?:\w+ ){0,2}(?:wedding|marriage|mariage|"
    r"birthday|anniversaire|baby|bebe|naissance|graduation|diplome|exams?|examens?|retirement|"
    r"retraite|promotion|new (?:job|home|house|shop|business)|nouvel (?:emploi|appartement)|"
    r"nouvelle (?:maison|entreprise)|marathon|race|course|victoire|win|engagement|fiancailles|"
    r"first|premier|premiere|achievement|success|reussite|record|medals?|medailles?|baptism|"
    r"bapteme|communion|christening|naming ceremony|bar mitzvah|bat mitzvah|pacs|union)"
    # or a colleague praised: "bravo à Yanis, notre apprenti", "well done to our team"
    r"|(?:congratulations|congrats|well done|bravo|felicitations|hats off) (?:to|a) "
    r"(?:(?:our|notre|nos|the team|l'equipe|toute l'equipe)\b|\w+, (?:our|notre|nos)\b)"
)


# "Clearly" said of the business's own thing, in a sentence that does not speak to the reader,
# is self-mockery ("Our oven clearly had a mind of its own on Tuesday", "notre four a
# visiblement fait des siennes"; round 56): the irony, if any, is aimed at us.
_OUR_THING_CLEARLY = concept(
    r"(?:our|my|notre|nos|mon|ma|mes) (?:[\w'-]+ ){0,2}?(?:\w+ )?(?:clearly|obviously|apparently|"
    r"visiblement|apparemment|manifestement|evidemment)"
)
_TO_READER = concept(r"you|your|yours|you're|you've|vous|votre|vos|tu|ton|ta|tes|toi")


def sarcasm(draft: str, folded: str) -> bool:
    """An irony marker: feigned grief or honour, status words, "of course", mocking emoji
    or "?!", or laughter in a sentence that neither thanks nor praises (laughing with a
    pleased customer is no mockery). Sincere congratulations on the reader's own event are
    no marker."""
    folded = blanked(_SINCERE_CONGRATS, folded)
    if _TO_READER.search(folded) is None:
        folded = blanked(_OUR_THING_CLEARLY, folded)
    marked = _any(
        folded,
        _IRONY,
        structure.IRONIC_LEAD,
        structure.HYPERBOLE,
        structure.SUFFERING,
        conduct.MOCK,
    ) or _MOCK_MARK.search(draft) is not None
    laughs = _LAUGH.search(draft) is not None or conduct.LAUGHTER.search(folded) is not None
    return marked or (laughs and conduct.WARM.search(folded) is None)


def blames_employee(draft: str, folded: str) -> bool:
    """A person (a name or a role) beside a fault word: a mistake, lateness, rudeness,
    a sanction, a cause traced to them. Plain negation or an apology is not a fault."""
    return (
        structure.names_person(draft, folded)
        and structure.fault_cue(folded)
        and not conduct.business_owns_it(folded)
    )


# Justification is already a warning, whatever its source.
CORROBORATIONS: dict[str, Corroboration] = {
    "incentive": incentive,
    "intimidation": intimidation,
    "personal_data": personal_data,
    "accusation": accusation,
    "attack": attack,
    "sarcasm": sarcasm,
    "blames_employee": blames_employee,
}


def corroborated(label: str, draft_sentence: str, folded_sentence: str) -> bool:
    """Whether a rule concept of the verdict's category is in the sentence."""
    rule = CORROBORATIONS.get(label)
    return rule is not None and rule(draft_sentence, folded_sentence)

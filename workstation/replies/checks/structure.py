"""Structural detectors: each check category written as the shape of its sentence.

The phrase rules of `conduct.py` / `content.py` catch the wordings they were shown; four
blind rounds found each new round caught at about a quarter. A category has a shape that
does not depend on the words chosen, and that is what these detectors look for, one
sentence at a time, on the accent-folded draft (so "etoiles" and "étoiles" are one word):

- incentive: a benefit, a reference to a review / rating / its edit, and what ties them —
  a condition, an exchange or a change asked for ("5 etoiles = le dessert offert",
  "rate us higher and lunch is on the house");
- intimidation: a legal or authority step plus a consequence for the reader or the business
  acting; the reader's boss or family told; recordings or the reader's identity kept;
- accusation: insinuation ("odd that nobody else…", "we both know…"), a habit imputed
  ("you seem to enjoy making up stories"), a trait pinned on the reader ("you come across
  as rude");
- sarcasm: ironic relief at a trivial harm, hyperbolic service promises (a butler, moving
  the sky), "of course … perfectly reasonable", "as you so kindly suggest";
- blaming a named employee: a fault traced to a person ("came down to Harry"), a person's
  misdeed ("Liam plated your dish wrong"), or the sanction they got;
- personal data: a health condition owned by the reader or their family, a house number.

Each returns spans of the folded draft (same offsets as the draft). Every detector needs
two or three concepts in one sentence, so a single word never blocks a good reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .concepts import SCAN_CHARS, blanked, concept
from .sentences import split_sentences

Span = tuple[int, int]

# -- shared concepts -----------------------------------------------------------------------

YOU = concept(r"you|your|you're|you've|you'll|u|ur|vous|votre|vos|tu|ton|ta|tes|te|t'")

# -- incentive -----------------------------------------------------------------------------

BENEFIT = concept(
    r"free(?!z)\w*|complimentary|on the house|gratos|gratis|sur (?:nous|moi|la maison|le bras)|cost\w* (?:you )?nothing|for nothing|gratis|"
    r"(?:ne )?(?:vous |te )?coutera rien|pour rien|on us|on me|our treat|treat (?:you|u)|comp(?:ed|s)?|"
    r"discounts?|\d{1,3} ?% ?(?:off)?|half (?:off|price)|money (?:off|back)|refund\w*|"
    r"reimburs\w*|credit(?:s|ed|ing|e|er|ez|ons|erons|erai|erait)?|"
    r"(?:\d{1,3}|\w+) ?(?:per ?cent|pour ?cent|pourcent)|"
    r"giveaways?|prize draws?|raffles?|sweepstakes?|tirage au sort|jeu concours|"
    r"enter (?:you|u) (?:for|in|into)|gagn\w* (?:un|une|des|le|la|votre|vos|ton|ta)|"
    r"(?:fees?|charges?|surcharges?|frais|supplements?)(?: [\w']+){0,4} (?:s'envol\w*|"
    r"disparai\w*|vanish\w*|disappear\w*|go away|goes away|sautent|saute|evapor\w*)|"
    r"\d+ ?(?:quid|bucks|dollars|pounds|euros|balles|piasses)|(?:knock|take)\w* (?:\w+ ){0,3}off|"
    r"vouchers?|coupons?|promo\w*|gift\w*|prizes?|rewards?|bonus|credit|upgrade\w*|cashback|"
    r"bottle|pint|round|drinks? on|dessert|champagne|bubbly|prosecco|shots?|"
    r"tournee generale|(?:c'est|it's) \w+ (?:pour|for|on) (?:toute la table|the (?:whole )?table|"
    r"tout le monde|everyone)|(?:earn|win|bag|score)\w* (?:you |u )?(?:a|an|"
    r"your|some)|waive\w*|cover (?:[\w']+ ){0,2}(?:bill|tab|meal|check|cheque)|"
    r"(?:bill|tab|check|meal|lunch|dinner|drinks?) (?:\w+ )?(?:is|are|will be|'s) on|"
    r"(?:your|the|a) (?:\w+ )?(?:is|are|will be) (?:waiting|yours)|"
    # a gift in courtly or plain words (rounds 13-60, many writers): "with my compliments",
    # "à titre gracieux", "set aside a piece … for you", "will be waiting for you", "une
    # surprise vous attendra", "on vous donne votre billet", "we'll chuck in a set of pads"
    r"with (?:my|our) compliments|avec (?:mes|nos) compliments|a titre gracieux|gracieusement|"
    r"offer (?:you|your)|(?:be|is) waiting for (?:you|u)|(?:vous|t') ?attendra|"
    r"(?:on|nous) vous (?:donne|donnons|offre|offrons|fait porter|ferons porter)|"
    r"(?:throw|chuck|toss|bung)\w* in|set aside (?:\w+ ){0,6}?for (?:you|u)|"
    r"(?:vous|te) (?:mets|mettons|mettrai|mettrons) de cote|faire porter|"
    r"offert\w*|offr\w*|offre|gratuit\w*|cadeaux?|fait cadeau|remise|reduc\w*|ristourne|"
    r"rembours\w*|bons? d'achat|bon de reduction|un avoir|geste|moitie prix|a moitie|"
    r"(?:a|sur) (?:notre|nos) (?:charge|frais|compte)|aux frais de la maison|la maison offre|"
    r"pour (?:nous|moi|la maison)|tournee|bouteille|coupe|verre|surclass\w*|"
    r"(?:vous |te )?(?:vaudr\w*|vaut|rapporte\w*)|vous attend|t'attend|"
    r"prendr\w* (?:\w+ ){0,3}(?:addition|note|repas)|on vous (?:fait|paie|paye)|"
    r"we'll (?:buy|shout|pay)|(?:is|are|\w+'s) ours|c'est nous qui (?:offrons|payons|invitons)|"
    # a gift slipped in: "a sourdough loaf might just find its way into your basket" (round 51)
    r"find (?:its|their) way (?:in)?to your (?:basket|bag|order|box|plate|table|cart|trolley|car)|"
    r"(?:se retrouver\w*|glisse\w*) (?:\w+ )?dans votre (?:panier|sac|commande|colis|assiette)"
)
REVIEW_REF = concept(
    r"reviews?|reviewing|rating|ratings|rate|rated|stars?|starred|score|scores|marks?|"
    r"feedback|comments?|write-?ups?|posts?(?! (?:office|box|card|code)s?\b)|reposts?|google|tripadvisor|trustpilot|yelp|"
    r"(?:one|two|three|four|five|1|2|3|4|5)[- ]?(?:stars?|\*|etoiles?)|\d ?(?:\*|★|⭐)|[★⭐]+|"
    r"\d ?/ ?5|avis|note|notes|noter|notez|etoiles?|commentaires?|evaluations?|critiques?|"
    r"publications?|message|renot\w*|rerat\w*|re-rate|"
    # the review named formally (rounds 16-60, a dozen writers): "revisit your assessment",
    # "your appraisal of your stay", "votre appréciation revue à la hausse" — "our
    # appreciation" is thanks, not a review
    r"assessments?|appraisals?|(?<=votre )appreciation|(?<=ton )appreciation|"
    r"(?<=l')appreciation|(?<=cette )appreciation|(?<=mon )appreciation|"
    # Québécois "cote" (a rating), not the folded "côté": "revoir votre cote à la hausse"
    r"cote(?= (?:\w+ )?a la hausse| \d| de (?:\d|cinq|quatre))|"
    r"(?:(?:a|an|un|une|to|at|it|de|sur|en|mettez|passez a|met) (?:4|5|four|five|quatre|cinq)|"
    r"(?:4|5|four|five|quatre|cinq) (?:or|ou) (?:4|5|four|five|quatre|cinq))"
    # a score, not "3 to 5 working days" or "5 people"
    r"(?! ?(?:working |business |jours? |days? )?(?:days?|jours?|min\w*|h|heures?|hours?|"
    r"weeks?|semaines?|mois|months?|ans|years?|€|eur\w*|%|people|personnes|couverts|guests|"
    r"km|kg|ml|cl|pm|am|ouvres|ouvrables|working|business)\b)"
)
# Kinder, softer: the tone of a review asked to change ("une évaluation plus aimable").
_KINDER = (
    r"kinder|nicer|softer|gentler|friendlier|warmer|milder|more (?:positive|generous|gentle|"
    r"charitable|balanced|favou?rable)|plus (?:aimable|doux|douce|gentil\w*|clement\w*|"
    r"indulgent\w*|nuance\w*|favorable|bienveillant\w*|chaleureu\w*|mesure\w*|sympa\w*)"
)
TIE = concept(
    # a condition or an exchange
    r"if|once|as soon as|when|whenever|provided|in exchange|in return|for (?:a|an|every|each|"
    r"any|your)|anyone|everyone|whoever|those who|who|si|s'|des que|une fois|quand|lorsque|"
    r"a condition|pourvu|en echange|en contrepartie|contre|pour (?:tout|chaque|un|une|votre)|"
    r"quiconque|tous ceux|toute personne|tout client|qui|"
    # a change asked for
    # ("ces changements", "nos modifications": the business's own changes, not "toute
    # modification de votre avis"; 18rp2)
    r"higher|better|kinder|nicer|happier|more positive|improv\w*|updat\w*|edit\w*|chang(?!ements?\b)\w*|"
    r"(?<!ces )(?<!nos )(?<!les )(?<!des )changements?|"
    r"amend\w*|revis\w*|rethink\w*|reconsider\w*|remov\w*|delet\w*|take (?:it |this |that )?down|"
    r"disappear\w*|withdraw\w*|bump\w*|raise\w*|nudge\w*|upgrade\w*|repost\w*|up to|upward\w*|"
    r"rewrit\w*|swap\w*|plus (?:positi\w*|haute?|elevee?|gentil\w*|sympa|belle?|juste)|"
    r"meilleur\w*|modifi(?!cations?\b)\w*|(?<!ces )(?<!nos )(?<!les )(?<!des )modifications?|revoi\w*|revoy\w*|revis\w*|retir\w*|supprim\w*|effac\w*|"
    r"dispar\w*|remont\w*|relevez|relever|relevons|republi\w*|corrig\w*|reconsider\w*|repens\w*|a la hausse|"
    r"retouch\w*|redonn\w*|another go|une autre chance|une chance|tweak\w*|adjust\w*|flip\w*|ajust\w*|"
    r"fix|fixe[sz]?|fixing|soften\w*|tone (?:\w+ )?down|adouci\w*|nuanc\w*|enlev\w*|"
    r"tak\w* (?:\w+ ){0,2}down|" + _KINDER + r"|"
    r"would (?:get|earn|win|land|bag) (?:you|u)|(?:vous|te|t') ?ferai\w*|"
    # symbols of a deal
    r"=|->|→|>"
)
# Review mentions that are about something already received, not a deal: "thank you for
# your 5 stars", "thanks to your feedback we changed…", "suite à votre avis".
_PAST_REVIEW = re.compile(
    r"(?<!\w)(?:thanks?|thank you|merci|grateful|thanks to|grace a|following|suite a|"
    r"after reading|en lisant|apres lecture)\b[^.!?\n]{0,40}"
)


# "Pop a 5 on there and the next round is on me": a rating asked for, then "and" a reward.
_ASK_AND = concept(
    r"(?:leave|give|pop|put|whack|drop|slap|stick|chuck|bang|throw|hit|smash|mettez|mets|"
    r"pull|get|take|delete|remove|"
    r"laissez|laisse|donnez|donne|collez|colle|balancez|balance|filez|file|postez|poste|make|"
    r"faites|fais|post|postez|write|ecrivez|redigez)"
    r"(?: [\w'*★⭐/]+){0,5} (?:and|et|n|&|\+)"
)


# "Un petit 5/5 et c'est champagne": a rating, then "and" what it brings.
_RATING_AND = concept(
    r"(?:5|five|cinq|4|four|quatre) ?(?:/ ?5|stars?|etoiles?|\*|★|⭐)\W+(?:\w+\W+){0,2}?"
    r"(?:and|et|n|&|\+|=|pis)"
)


# "Supprimez-le et on vous rembourse": the review, as "it", removed on request at the start of
# a sentence, then "and" a reward. Only removal: "change it and…" may be about a booking, and
# "ask us to remove it" is the business removing a charge.
_REMOVE_IT_AND = re.compile(
    r"^\W*(?:(?:please|just|so|now|bon|alors|allez|franchement|simply|go on)\W+){0,2}"
    r"(?:take it down|take that down|delete it|remove it|pull it|"
    r"(?:supprim|retir|enlev|effac)(?:ez|e)-(?:le|la|les))"
    r"\W+(?:\w+\W+){0,2}?(?:and|et|n|&|then|puis)\b"
)


# -- the review or rating named without its noun ---------------------------------------------
# "Delete this and there's a voucher", "give us five and…", "soften the wording a bit",
# "reviewers who change their minds get…": each is a review or a rating only beside a reward
# and a tie, so these count only where `BENEFIT` is in the sentence too.

# What comes after an object pronoun or a bare number that is the whole object: not a noun
# ("delete this email", "give us five minutes", "au moins 4 personnes").
_ENDS_OBJECT = (
    r"(?=\s*(?:$|[,.!?;:)&+=]|-(?!\w)|(?:and|et|n|then|puis|or|ou|down|off|for|pour|now|today|"
    r"please|pls|plz|svp|s'il|first|asap|you|u|we|we'll|vous|nous|on|tu|te|t'|stars?|"
    r"etoiles?|/ ?5|\*|★|⭐)(?![\w'])))"
)
# (1) the review as "this" / "it" / "le", removed or softened: a removal or a softening,
# not "change it" / "update it" (a booking or an order may be "it").
_REMOVE_VERB = (
    r"(?:delet\w*|remov\w*|eras\w*|withdraw\w*|soften\w*|retir\w*|enlev\w*|supprim\w*|"
    r"effac\w*|adouci\w*)"
)
_REVIEW_AS_PRONOUN = concept(
    # "delete this one", "take this one down" (rounds 24-58, five writers)
    rf"{_REMOVE_VERB} (?:this|that|it|ca|cela|ceci|the thing|the whole thing|this one|that one){_ENDS_OBJECT}"
    r"|tak\w* (?:this|that|it|the post|the thing|the whole thing|ca|this one|that one) (?:\w+ )?down"
    rf"|{_REMOVE_VERB}-(?:le|la|les)|(?:le|la|l') ?(?:retir|enlev|supprim|effac)(?:er|ez|iez)"
)
# (2) a bare score asked for: "give us five", "mets-nous au moins 4", "a rating of 5".
_BARE_SCORE_ASKED = (
    r"(?:(?:give|gimme|leave|rate|bung|slap)(?: us| me)?|(?:mets|mettez|donnez|donne|laissez|"
    r"laisse|notez|note)(?:[- ](?:nous|moi))?|(?:a|une|la|votre|your|the) (?:note|score|rating|"
    r"mark) (?:de|of))(?: at least| au moins| (?:just |juste )?(?:a|un|une))? "
    r"(?:[1-5]|one|two|three|four|five|deux|trois|quatre|cinq)" + _ENDS_OBJECT
)
_BARE_SCORE = concept(_BARE_SCORE_ASKED)
# The score asked for, then "and" what it brings: "mettez-nous au moins 4, et le vin…".
_SCORE_AND = concept(_BARE_SCORE_ASKED + r"\W+(?:and|et|n|&|\+)")
# (3) the wording of a review asked to be kinder: "soften the wording", "a kinder tone".
_WORDING = r"(?:wording|words|tone|phrasing|ton|propos|formulation|termes)"
_KINDER_WORDING = concept(
    rf"(?:soften\w*|tone down|adouci\w*|nuanc\w*) (?:\w+ ){{0,2}}{_WORDING}"
    rf"|{_WORDING}\W+(?:\w+ )?(?:{_KINDER})|(?:{_KINDER}) {_WORDING}"
)
# (4) reviewers who change their minds: the review's edit, said of the people who make it.
_MIND_CHANGERS = concept(
    r"reviewers? (?:who|that) (?:\w+ ){0,2}?(?:chang|edit|updat|revis|rethink|reconsider)\w*"
    r"|(?:guests?|customers?|clients?|diners?|visitors?|people|anyone|those|everyone|folks|"
    r"ceux|celles|les gens|quiconque|convives|visiteurs) (?:who|that|qui) (?:\w+ ){0,2}?"
    r"(?:chang\w* (?:their|his|her) (?:minds?|tune|verdict|opinion)|chang\w* d'avis|"
    r"revien\w* sur (?:leur|son) (?:avis|jugement))"
)
_IMPLIED_REVIEW = (_REVIEW_AS_PRONOUN, _BARE_SCORE, _KINDER_WORDING, _MIND_CHANGERS)
# The business doing the removing ("we'll remove it and refund you", "ask us to remove it",
# "nous allons le retirer") is no deal asked of the reader: the business (or a third person)
# named earlier in the same clause.
_BUSINESS_SUBJECT = re.compile(
    r"(?<![\w'])(?:we|we'll|we've|we're|we'd|us|i|i'll|i'd|i've|me|our|they|he|she|nous|on|je|j'|"
    r"notre|nos|il|elle|ils)(?![\w'])"
)
_CLAUSE_BREAK = re.compile(r"[,;:]| and | et | but | mais | then | puis ")


def _implied_review(s: str) -> list[Span]:
    """Spans of the review or rating named without its noun, asked of the reader."""
    out = []
    for rx in _IMPLIED_REVIEW:
        for m in rx.finditer(s):
            before = _CLAUSE_BREAK.split(s[max(0, m.start() - 40) : m.start()])[-1]
            if not _BUSINESS_SUBJECT.search(before):
                out.append((m.start(), m.end()))
    return out


def incentive(folded: str) -> list[Span]:
    out = []
    for start, end, s in _sentences(folded):
        if _REMOVE_IT_AND.search(s) and _has(BENEFIT, s):
            out.append((start, end))
            continue
        past = [(m.start(), m.end()) for m in _PAST_REVIEW.finditer(s)]
        named = _all(REVIEW_REF, s) + (_implied_review(s) if _has(BENEFIT, s) else [])
        refs = [r for r in named if not _inside(r, past)]
        tied = any(_has(rx, s) for rx in (TIE, _ASK_AND, _RATING_AND, _SCORE_AND))
        if refs and _has(BENEFIT, s) and tied:
            out.append((start, end))
    return out


def review_reference(draft_sentence: str, folded_sentence: str) -> bool:
    """Whether a sentence mentions a review or rating at all."""
    return _has(REVIEW_REF, folded_sentence)


def could_be_incentive(draft_sentence: str, folded_sentence: str) -> bool:
    """Whether a sentence can offer something for a review at all (gates the classifier): it
    mentions a review or rating and either a reward, a condition or exchange, a change asked
    for, or an "ask and get" turn. A rating merely mentioned ("Five stars from a fellow baker
    means a great deal") offers nothing."""
    if _has(REVIEW_REF, folded_sentence):
        return any(_has(rx, folded_sentence) for rx in (BENEFIT, TIE, _ASK_AND))
    # a review named without its noun ("delete this", "give us five") needs the reward
    # and the tie both
    return (
        _has(BENEFIT, folded_sentence)
        and any(_has(rx, folded_sentence) for rx in (TIE, _ASK_AND, _SCORE_AND))
        and bool(_implied_review(folded_sentence))
    )


# -- intimidation --------------------------------------------------------------------------

LEGAL = concept(
    r"solicitors?|lawyers?|attorneys?|barristers?|legal\w*|sue|suing|lawsuit|courts?|"
    r"small claims|magistrates?|judges?|police|prosecut\w*|press charges|pursue|pursuing|"
    r"bailiffs?|avocats?|juristes?|huissiers?|plainte|poursui\w*|tribunal|tribunaux|justice|"
    r"juges?|magistrat\w*|gendarm\w*|commissariat|proces|juridique\w*|judiciaire\w*|"
    r"contentieux|mise en demeure|(?:nos|notre|mes|mon) (?:conseils?|avocats?)|"
    r"diffamat\w*|defamat\w*|libel\w*|slander\w*"
)
CONSEQUENCE = concept(
    r"you(?:'ll| will| would| could| may| might)|you'd|u'll|end(?:s)? up|ending up|"
    r"be explaining|explain yourself|answer (?:for|to)|face|facing|hear from|hearing from|"
    r"in front of|before (?:a|the)|next steps?|further|regret\w*|"
    r"vous (?:allez|irez|finirez|aurez|devrez|risquez|expliquerez|vous expliquerez|"
    r"repondrez|entendrez|regretterez)|vous vous expliquerez|finiss\w*|finir|devant|"
    r"suites|des suites|prochaines? etapes?|entre les mains|handed|passed|transmis\w*|"
    r"confie\w*|people who|those who|ceux qui|les gens qui|quiconque|"
    r"(?:we|i)(?: will|'ll| shall| are| have| 've| intend| reserve| won't)|"
    r"(?:nous|je|on) (?:allons|avons|reservons|engag\w*|saisi\w*|transmett\w*|irons|vais|a )|"
    r"engager|saisir|afin d'|so (?:we|that we) can|in order to|"
    r"or else|otherwise|unless|or we|sinon|faute de quoi|a defaut|"
    r"costly|cost you|expensive|couteu\w*|cout\w* (?:tres |bien )?cher|just so you know|"
    r"pour information|a bon entendeur|"
    # escalation: "before this becomes a matter for the courts"
    r"before (?:it|this|that|things|matters) (?:\w+ )?(?:becomes?|gets?|goes|turns?|ends?|"
    r"escalates?)|a matter for|avant que (?:cela|ca|ceci|les choses|l'affaire) (?:ne )?"
    r"(?:devienne|finisse|aille|degenere|prenne|se retrouve)|une affaire (?:pour|de)"
)
_CONDITION_AND = concept(
    r"(?:leave|keep) (?:it|this|that|the \w+) (?:up|online|there)|(?:laissez|gardez) "
    r"(?:ca|cela|ce \w+|cet \w+|votre \w+) (?:en ligne|ici)|(?:remove|delete|take down) "
    r"(?:it|this|that)|(?:retirez|supprimez|effacez)"
)
EXPOSED_TO = concept(
    r"(?:your|votre|vos|ton|ta|tes) (?:\w+ )?(?:boss|employer|manager|wife|husband|partner|"
    r"girlfriend|boyfriend|family|parents|mum|mom|dad|kids|children|colleagues|coworkers|"
    r"neighbours|neighbors|friends|patron|patronne|employeur|chef|femme|mari|compagne?|"
    r"conjointe?|famille|parents|enfants|collegues|voisins|amis|entourage|proches)"
)
SHAME = concept(
    r"shame|pity|embarrass\w*|awkward|what you|about you|find out|hear about|"
    # "gêne, gêné, gênant(e)" — not "générations", "généreux", "général" (round 60: "a
    # privilege to teach your family for three generations")
    # "de vous" about the reader ("honte de vous"), not before the verb it is the object of
    # ("un plaisir de vous accueillir, vous et votre famille": a real owner reply, 18rp)
    r"dommage|honte|gen(?:ante?s?|ee?s?|es?|er|erai\w*)\b|ce que vous|sur vous|"
    r"de vous(?! [\w']+(?:er|ir|re|oir)\b)|apprenne|sache|"
    r"decouvr\w*|interest\w*|interess\w*|curious|curieu\w*"
)
# Knowing, reading or seeing is a threat only when the reader's family or boss would do it
# ("your boss might be interested to read this"), said after them: the business's own
# reading or hope before them is warmth ("Chef Priya was very happy to read that your family
# now makes her dal", "know that your family's place with us is held"; rounds 16, 37, 60).
_SHAME_AFTER = concept(
    r"learn|apprendre|savoir|lise|lire|voie|read|know|see(?! (?:you|u|them)\b)"
)


# An apology for what the reader went through ("désolés pour ce que vous et votre famille avez
# vécu", "sorry for what you and your family"): sympathy, not something others will hear (18rp).
_SORRY_FOR = re.compile(
    r"(?:desole\w*|navre\w*|excuses?|regrett\w*|sorry|peine|attriste\w*|touche\w*)\W+(?:\w+\W+){0,3}?"
    r"(?:pour|de|par|for|about)\W*$"
)


def _shamed(seen: str) -> bool:
    """A word of shame or of the reader's private life in the sentence (SHAME), "ce que vous"
    after an apology left out."""
    return any(
        not (m.group(0) in ("ce que vous", "what you") and _SORRY_FOR.search(seen[max(0, m.start() - 40) : m.start()]))
        for m in SHAME.finditer(seen)
    )


def _exposed(seen: str) -> bool:
    """The reader's boss, family or neighbours in the sentence, with shame or with their
    learning of it said after them."""
    people = list(EXPOSED_TO.finditer(seen))
    shamed = bool(people) and _shamed(seen)  # the same for every person named: read once
    for m in people:
        if shamed or _has(_SHAME_AFTER, seen[m.end() :]):
            return True
        if _SHOWN_TO.search(seen[max(0, m.start() - 70) : m.start()]):
            return True
        if _WE_KNOW.search(seen[: m.start()]):
            return True  # "I know just about everybody, your boss included" (round 39)
    return False


_WE_KNOW = re.compile(r"(?<![\w'])(?:i|we|nous|je|on) (?:[\w']+ ){0,4}?(?:know|knows|connai\w*|connaissons)\b")
# Something shown or passed to them: "happy to share it with your employer", "montrer les
# images à votre patron" (round 57)
_SHOWN_TO = re.compile(
    # by the business ("we'd gladly send"), not the reader ("if you'd like to share it with")
    r"(?<![\w'])(?:we|we'd|we'll|we're|we are|i|i'd|i'll|nous|on|je)(?![\w'])"
    r"(?:(?!\byou\b|\bvous\b|\btu\b)[^.!?]){0,40}?"
    r"(?:shar|send|sent|show|forward|pass|hand|montr|transmet|envoy|partag|fai\w* suivre)\w* "
    r"(?:[\w']+ ){0,3}(?:with|to|a|avec)\s*$"
)
# The business itself reading or learning ("we were so sorry to read that your dad passed
# away", "touchés d'apprendre que vos enfants…"): no audience is told anything.
_WE_READ = concept(
    r"(?:we|we're|we are|we were|we've been|i|i'm|i am|i was|nous|nous sommes|nous etions|"
    r"nous avons ete|on est|on a ete|je suis|j'ai ete) (?:\w+ ){0,2}?"
    r"(?:sorry|sad|saddened|touched|moved|glad|happy|delighted|pleased|thrilled|upset|"
    r"heartbroken|desole\w*|triste\w*|touche\w*|emue?s?|ravie?s?|heureu\w*|navre\w*|peine\w*|"
    r"attriste\w*) (?:\w+ ){0,2}?(?:to (?:read|learn|hear|see|find out)|de (?:lire|voir|savoir)|"
    r"d'apprendre)|we (?:\w+ )?(?:read|learned|learnt)|nous avons (?:\w+ )?(?:lu|appris)|"
    r"en lisant|reading your|a la lecture|"
    # the same sympathy without its subject, and the pleasure of having seen them: "So sorry to
    # hear about your dad", "it was always a pleasure to see him" (round 43)
    r"(?:so|very|really|truly|deeply|terribly|most|si|tres|vraiment|sinceremen) (?:sorry|sad|saddened|"
    r"desole\w*|navre\w*|triste\w*|peine\w*) (?:\w+ ){0,1}?(?:to (?:read|learn|hear|see|find out)|"
    r"de (?:lire|voir|savoir)|d'apprendre)|"
    r"(?:a |such a |always a |un |toujours un )?(?:pleasure|joy|privilege|plaisir|bonheur|joie) "
    r"(?:\w+ )?(?:to (?:see|meet|have|welcome|serve)|de (?:voir|recevoir|rencontrer|accueillir|servir))"
)


# The business about to tell them: "we will inform your employer of your behaviour", "on
# prévient ton patron" ("tell your friends about us" is the reader telling: no threat).
_WE_WILL_TELL = concept(
    r"(?:we|we'll|we're|i|i'll|i'm) (?:will |shall |are going to |am going to |won't hesitate to |"
    r"will not hesitate to |may |might |be )*(?:be )?(?:inform\w*|notif\w*|tell\w*|alert\w*|"
    r"report\w*)"
    r"|(?:nous|on|je) (?:allons |va |vais |n'hesiterons pas a |n'hesitera pas a |pourrions |"
    r"pourrait |risquons de )?(?:inform\w*|notifi\w*|previen\w*|preven\w*|avert\w*|"
    r"signal\w*|dire a|dira a|mettre au courant)"
)
# Keeping recordings of the reader, or holding what identifies them ("we keep the
# recordings of every table", "our security team has your licence plate on file").
_KEEPS = concept(
    r"keep|keeps|kept|keeping|hold|holds|held|retain\w*|stor\w*|sav(?:e|ed)|archiv\w*|"
    r"on file|on record|in (?:our|its|their) (?:files|records)|conserv\w*|gard\w*|deten\w*|"
    r"dans (?:nos|ses|leurs) (?:fichiers|dossiers|archives)"
)
_RECORDINGS = concept(
    # "tape" as a recording only: "held together with duct tape" records nobody
    r"recordings?|footage|cctv|camera footage|(?:video|cctv|security|camera|the|our) tapes?|"
    r"photos? of you|pictures? of you|"
    r"enregistrements?|images de (?:vous|chaque|votre)|videosurveillance"
)
_HAS_YOUR = concept(
    r"(?:have|has|got|hold|holds|keep|keeps|avons|a|detenons|detient|gardons|garde|conservons|"
    r"conserve) (?:\w+ ){0,2}(?:your|ur|votre|vos|ta|ton) (?:\w+ ){0,2}(?:plates?|registration|identity|"
    r"home address|face|ip|number plate|plaque\w*|immatriculation|identite|domicile|visage|"
    r"nom complet)"
)


# What the reader wrote, collected as evidence ("we are compiling everything you posted").
_GATHER = concept(
    r"collect\w*|gather\w*|compil\w*|screenshot\w*|archiv\w*|catalogu\w*|"
    r"rassembl\w*|recueill\w*|recens\w*|repertori\w*|captur\w*|consign\w*"
)
# What makes a collection a case against the reader: an offence, evidence, a file.
_CASE = concept(
    r"offen[cs]es?|criminal|illegal\w*|unlawful|against the law|evidence|proof|case|file|"
    r"delits?|penal\w*|illegal\w*|illicite\w*|contraire a la loi|preuves?|dossier"
)
_READER_WORDS = concept(
    r"(?:everything|all|every (?:word|post|review|comment)|each (?:word|post|review)|what|"
    r"tout|tous|chaque (?:mot|avis|message|publication)|ce que|l'ensemble de ce que) "
    r"(?:\w+ )?(?:you|vous|tu) (?:\w+ )?(?:wrote|written|write|posted|post|said|say|"
    r"published|ecrit\w*|ecrivez|publie\w*|publiez|dit|dites|poste\w*)"
)
# The business saying it knows who the reader is, or where they live or work.
_KNOWS_WHO = concept(
    r"(?:we|i|nous|on|je) (?:\w+ ){0,2}(?:know|knows|knew|savons|sait|sais|savions|"
    r"connaissons|connait) (?:\w+ ){0,2}(?:who (?:you|u) (?:are|were|really are)|who you're|"
    r"where (?:you|u) (?:live|work|stay|park|hang out|go|are staying)|qui (?:vous|tu) (?:etes|es)|"
    r"ou (?:vous|tu) (?:habit\w*|travaill\w*|boss\w*|vi\w*|gar\w*|loge\w*|dor\w*|sort\w*))"
)


# A veiled threat of gossip (rounds 38, 40, 59, three writers): a small world, news that
# travels, and a warning or a pity, in the sentence of the news or beside it — "À votre place je ferais
# gaffe, le camping c'est petit et les nouvelles vont vite", "le village est petit. Il serait
# dommage que cette histoire fasse le tour du marché". Each alone is small talk ("news travels
# fast in a small town — thank you for recommending us!" has no warning).
_GOSSIP = concept(
    r"news (?:travels|spreads|gets around)|word (?:travels|spreads|gets around)|people talk|"
    r"everyone (?:will )?(?:hears?|knows?) everything|les nouvelles (?:vont|circulent|voyagent) vite|"
    r"(?:fasse|fera|ferait|faire) le tour|tout (?:se sait|finit par se savoir)|(?:ca|cela) (?:se sait|"
    r"va se savoir|finit par se savoir)|les gens (?:parlent|causent|jasent)|ca jase"
)
_SMALL_WORLD = concept(
    r"small (?:world|town|village|place|community|trade|island|valley|circle)|"
    r"(?:est|c'est|reste) (?:tout |bien |tres )?petite?s?(?! (?:\w+ )?(?:mais|but))(?=\W*(?:$|[,.;!…]| a | en | et | ici| vous))|"
    r"(?:is|it's) (?:a )?(?:very |really |pretty )?small(?:\W|$)"
)
_GOSSIP_WARNING = concept(
    r"a votre place|a ta place|if i were you|in your (?:shoes|place)|ferais gaffe|(?:be|watch|faites|fais) "
    r"(?:careful|attention|gaffe)|careful|prudent\w*|il serait dommage|ce serait dommage|"
    r"(?:would|'d) be a (?:shame|pity)|vous savez|tu sais|you know|pour les clients aussi|"
    r"for customers too|😉"
)


def _gossip_threat(pair: str) -> bool:
    return _has(_GOSSIP, pair) and _has(_SMALL_WORLD, pair) and _has(_GOSSIP_WARNING, pair)


def intimidation(folded: str) -> list[Span]:
    out = []
    listed = _sentences(folded)
    for i, (start, end, s) in enumerate(listed):
        # the sentence that spreads the news, read with its neighbours
        around = " ".join(t for _a, _b, t in listed[max(0, i - 1) : i + 2])
        if _has(_GOSSIP, s) and _gossip_threat(around):
            out.append((start, end))
            continue
        # "No lawyers, no fuss, just a quick question" names lawyers to rule them out (round 46).
        legal = _has(LEGAL, blanked(_NO_LEGAL, s))
        threat = legal and (_has(CONSEQUENCE, s) or _has(_CONDITION_AND, s))
        seen = _blank_staff_joy(blanked(_WE_READ, s))
        exposed = _exposed(seen) or (_has(EXPOSED_TO, seen) and _has(_WE_WILL_TELL, s))
        watched = _has(_WE_OURS, s) and (
            (_has(_RECORDINGS, s) and _has(_KEEPS, s)) or _has(_HAS_YOUR, s)
        )
        gathered = _has(_GATHER, s) and _has(_READER_WORDS, s) and (legal or _has(_CASE, s))
        if threat or exposed or watched or gathered or _has(_KNOWS_WHO, s):
            out.append((start, end))
    return out


# A colleague's joy at seeing the reader's family ("pass your message on to Pierre, who was
# thrilled to see your whole family make it down the red run"): nobody is told anything (round
# 52) — unless the one who would be delighted is the reader's own boss or family.
_STAFF_JOY = concept(
    r"(?:who|qui) (?:was|is|were|are|has been|had been|est|etait|a ete|etaient|sont) (?:so |really |very |"
    r"tellement |tres |si |vraiment )?(?:thrilled|delighted|happy|glad|pleased|proud|touched|moved|"
    r"chuffed|ravie?s?|heureu\w*|fiere?s?|touchee?s?|emue?s?|contente?s?) (?:\w+ )?(?:to (?:see|meet|have|"
    r"welcome|watch)|de (?:voir|recevoir|rencontrer|accueillir))"
)
_REPORTED_TO = re.compile(r"(?:" + EXPOSED_TO.pattern + r")\W*$", re.IGNORECASE)


def _blank_staff_joy(s: str) -> str:
    for m in _STAFF_JOY.finditer(s):
        if not _REPORTED_TO.search(s[max(0, m.start() - 60) : m.start()]):
            s = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]
    return s


_NO_LEGAL = concept(r"no (?:lawyers?|solicitors?|attorneys?)|(?:pas|sans|ni) (?:d'|de |d'un |un )?avocats?")
_WE_OURS = concept(r"we|we've|we're|our|ours|us|nous|notre|nos|on|j'ai|je|i|i've|my|mon|ma|mes")

# -- accusation ----------------------------------------------------------------------------

INSINUATE = concept(
    r"odd|strange|funny|curious|interesting|convenient|remarkable|surprising|weird|"
    r"curieux|curieuse|etrange|bizarre|drole|etonnant|interessant|amusant|commode|"
    r"comme par hasard|how convenient"
)
_INSINUATE_TAIL = concept(
    r"nobody|no one|no-one|none|only|just|right after|once|as soon as|never before|"
    r"personne|aucun\w*|seul\w*|seulement|juste|uniquement|qu'au|qu'apres|qu'une fois|"
    r"n'\w+|au moment|des que|jamais|the (?:very )?(?:day|morning|night|week) (?:after|we)|"
    r"(?:shortly|just|right) after|le lendemain|juste apres|peu apres|le jour (?:meme )?ou"
)
COMPLICIT = concept(
    r"deep down,? (?:you|we all) (?:\w+ )?know|you know (?:it|that|this) (?:yourself|deep down|"
    r"too|perfectly)|in your heart (?:of hearts )?you know|au fond(?: de vous)?,? vous (?:le )?"
    r"savez|vous le savez (?:vous-meme|au fond|aussi)|dans votre for interieur|"
    r"we both know|you and i (?:both )?know|you know (?:full well|very well|perfectly well|as "
    r"well as we do)|as you (?:well )?know|(?<!we )(?<!i )(?<!nous )admit it|let's not pretend|"
    r"nous savons (?:tous|toutes) (?:les )?deux|vous et (?:moi|nous) savons|vous savez "
    r"(?:tres bien|parfaitement|pertinemment|aussi bien que nous)|avouez|ne faisons pas semblant"
)
HABIT = concept(
    r"seem(?:s)? to (?:enjoy|like|love)|make a habit|habit|habitude|tend to|routinely|"
    r"make a (?:hobby|career|sport)|prendre plaisir|prenez plaisir|plaisir a|semblez aimer|"
    r"en faire un sport|systematiquement|a chaque fois que vous|every time you"
)
HABIT_OBJECT = concept(
    r"making up|make up|made up|invent\w*|stories|histoires|tales|fables|complain\w*|"
    r"plaindre|plaignez|one[- ]star|1[- ]star|une etoile|1 etoile|bad reviews?|negative "
    r"reviews?|mauvais avis|avis negatifs?|critiqu\w*|money off|discounts?|refunds?|"
    r"rembours\w*|reductions?|remises?|free(?!z)\w*|gratuit\w*|something for nothing"
)
# Traits pinned on the reader ("entitled" but not "you're entitled to a refund": a right).
_TRAITS = (
    r"rude|spoilt|spoiled|entitled(?! to\b)|arrogant|unpleasant|nasty|obnoxious|bitter|petty|"
    r"vindictive|aggressive|dishonest|hostile|abusive|unreasonable|ungrateful|condescending|"
    r"impolite|vile|horrible|toxic|desagreable|capricieu\w*|arrogante?|"
    r"impoli\w*|grossier\w*|aigrie?|mesquin\w*|odieu\w*|agressi\w*|malhonnete|insupportable|"
    r"ingrat\w*|condescendant\w*|pretentieu\w*|pourrie?|toxique|"
    r"penible|infect\w*|detestable|insulting|insultante?s?|injurieu\w*|meprisante?s?|"
    r"hautaine?s?|belligerent|contemptuous|"
    # intoxication pinned on the reader: "you were clearly drunk"
    r"drunk|intoxicated|tipsy|wasted|hammered|ivres?|saoule?s?|soule?s?|bourree?s?|"
    r"emechee?s?|alcoolisee?s?|pompette"
)
TRAIT = concept(_TRAITS)
_PINNED = concept(
    r"(?:you|you're|you are|you were|you seem(?:ed)?|you sound(?:ed)?|you appear(?:ed)?|"
    r"you come across as|you came across as|vous etes|vous etiez|vous avez ete|vous semblez|"
    r"vous paraissez|vous passez pour|vous avez l'air|tu es|t'es)"
    r" (?:(?:so|very|really|clearly|obviously|simply|just|quite|extremely|incredibly|truly|"
    r"visibly|probably|surely|visiblement|manifestement|clairement|evidemment|sans doute|"
    r"a|an|such an?|the most|frankly|honestly|tres|si|vraiment|particulierement|"
    r"extremement|un|une|d'une|d'un|plutot|franchement|honnetement|la plus|le plus|bien|"
    r"assez|tellement|un client|une cliente|a customer|a guest|a person|une personne|"
    r"someone|somebody|quelqu'un de|quelqu'un|un individu),? ){0,3}"
    rf"(?:{_TRAITS})"
)
# The reader's character judged through their review or their kind (rounds 35-60, five
# writers): "quelqu'un de votre niveau de compréhension", "a man of your temperament", "votre
# avis est à l'image de votre comportement", "en dit davantage sur votre caractère que sur
# notre travail", "quel client désagréable vous avez été". Praise of the reader says no "than"
# ("it says a lot about you that you came back") and names no fault.
_CHARACTER_JUDGED = concept(
    r"(?:someone|somebody|a man|a woman|a person|a customer|a guest|people|quelqu'un|un homme|"
    r"une femme|une personne|un client|une cliente|des gens) (?:\w+ )?(?:of|de) (?:your|votre|ton|ta) "
    r"(?:\w+ )?(?:temperament|level|sort|kind|type|genre|caractere|niveau|trempe|acabit|espece)|"
    r"(?:en dit|says|tells|reveals|revele) (?:\w+ ){0,3}(?:plus|davantage|more) (?:\w+ ){0,2}"
    r"(?:sur|about) (?:votre|your|ton|ta|vous|you)\b[^.!?]{0,40}(?:que|than)|"
    r"a l'image (?:de|du) (?:votre|ton|ta|vos) (?:\w+ )?(?:comportement|caractere|personnalite|"
    r"attitude|manieres|education)|"
    r"(?:reflects|mirrors|matches|reflete) (?:\w+ )?(?:your|votre|ton) (?:\w+ )?(?:behaviou?r|character|"
    r"attitude|manners|comportement|caractere)|"
    rf"(?:quel|quelle|what an?) (?:\w+ ){{0,2}}(?:client|cliente|customer|guest|person|personne) "
    rf"(?:\w+ )?(?:{_TRAITS})"
)
# Lying said politely: a memory or account called creative, selective, imaginative.
_ACCOUNT = (
    r"memory|memories|recollection|souvenirs?|memoire|version|account|recit|story|histoire|"
    r"imagination"
)
_EMBROIDERED = (
    r"creative|creati\w*|imaginative|imaginati\w*|selective|selecti\w*|inventive|invent\w*|"
    r"romanc\w*|romance\w*|flexible|fertile|vivid|debordante?|colou?rful|fanciful|"
    r"embellish\w*|enjoliv\w*|arrang\w*|genereu\w*|embroider\w*|brode\w*|padded|stretch\w*"
)
_CREATIVE_ACCOUNT = concept(
    rf"(?:your|votre|vos|ton|ta|tes) (?:\w+ ){{0,4}}(?:{_ACCOUNT})\b[^.!?;]{{0,50}}?\b(?:{_EMBROIDERED})"
    rf"|(?:{_EMBROIDERED}) (?:\w+ )?(?:{_ACCOUNT})"
    r"|quite an imagination|(?:une )?(?:belle|sacree|grande) imagination"
)
# "Some people will say anything for a free dinner"; "you came already looking for
# something to complain about": bad faith imputed.
_ANYTHING_FOR = concept(
    r"(?:say|write|do|claim|post|invent) anything|(?:dire|ecrire|raconter|inventer|faire) "
    r"n'importe quoi|prete?s? a tout|ready to do anything"
)
_SEEKING_FAULT = concept(
    r"(?:looking|searching|hunting|out|came|come|arrived|walked in|cherch\w*|venu\w*|"
    r"arrive\w*|entre\w*) (?:\w+ ){0,3}(?:for )?(?:something|anything|a reason|an excuse|"
    r"de quoi|une raison|un pretexte|la petite bete|a fault|faults) (?:\w+ ){0,2}(?:to )?"
    r"(?:complain|moan|criticis\w*|criticiz\w*|whinge|plaindre|critiquer|redire|raler|"
    r"reprocher)"
)
_SUPERLATIVE = concept(r"(?:the|single) most|le plus|la plus|les plus")
_PERSON = concept(
    r"person|customer|guest|client\w*|individual|people|personne|individu|diner|patron"
)


# The reader's account called hard to believe: "your review would be more convincing if…".
_CREDIBLE = concept(
    r"convincing|believable|credible|credibility|plausible|persuasive|convaincant\w*|"
    r"credible\w*|credibilite|vraisemblable\w*|croyable"
)
_DOUBTED = concept(
    r"more|less|not|hardly|barely|would be|might be|if|plus|moins|pas|peu|guere|serait|si"
)
# A hidden motive imputed: "you came in with an agenda".
_AGENDA = concept(
    r"(?:an|hidden|your|own|ulterior) (?:\w+ )?agenda|ulterior motives?|axe to grind|"
    r"arriere-pensees?|une idee derriere la tete|des intentions cachees|un compte a regler|"
    r"regler (?:ses|vos|des) comptes"
)
# Pejorative seeking of a freebie, whoever the subject: "someone angling for a voucher".
_ANGLING = concept(
    r"(?:angl\w*|fishing|sniff\w* (?:around )?) for|wangl\w*|blag\w*|scroung\w*|cadg\w*|"
    r"holding out for|a la peche (?:a|au|aux)|quemand\w*|grappill\w*|soutirer|lorgn\w*"
)


def accusation(folded: str) -> list[Span]:
    out = []
    for start, end, s in _sentences(folded):
        head = s[:40]
        insinuates = _has(INSINUATE, head) and _has(_INSINUATE_TAIL, s)
        complicit = _has(COMPLICIT, s)
        habit = _has(YOU, s) and _has(HABIT, s) and _has(HABIT_OBJECT, s)
        pinned = _has(_PINNED, s) or _has(_CHARACTER_JUDGED, s)
        worst = _has(_SUPERLATIVE, s) and _has(TRAIT, s) and _has(_PERSON, s) and _has(YOU, s)
        embroidered = _has(_CREATIVE_ACCOUNT, s)
        anything = _has(_ANYTHING_FOR, s) and _has(HABIT_OBJECT, s)
        seeking = _has(_SEEKING_FAULT, s) and _has(YOU, s)
        doubted = _has(_CREDIBLE, s) and _has(_DOUBTED, s) and _has(YOU, s)
        angling = _has(_ANGLING, s) and _has(BENEFIT, s)
        doubted = doubted or (_has(_AGENDA, s) and _has(YOU, s))
        found = (insinuates, complicit, habit, pinned, worst, embroidered, anything, seeking)
        if any(found) or doubted or angling:
            out.append((start, end))
    return out


# -- sarcasm -------------------------------------------------------------------------------

IRONIC_LEAD = concept(
    r"what a relief|thank goodness|thank god|thank heavens|phew|who knew|who would have "
    r"thought|who'd have thought|quel soulagement|heureusement que|ouf|dieu merci|"
    r"qui aurait cru|qui l'eut cru|qui aurait pense|we're amazed|nous sommes stupefaits"
)
SUFFERING = concept(
    r"surviv\w*|survecu|suffering|suffer\w*|souffr\w*|souffrance|ordeal|calvaire|epreuve|"
    r"trauma\w*|tragedy|tragedie|drame|so much (?:pain|grief|distress)|tant de|"
    r"harrowing|endure\w*|endur\w*"
)
_TRIVIAL = concept(
    r"slightly|a little|a bit|a tiny|un peu|une petite|un petit|legerement|minuscule|tiny"
)
HYPERBOLE = concept(
    # "valet" as a person at the reader's service, not a car valet the business sells
    # ("the full valet has gone up by R20", "valet parking")
    r"butler|majordome|(?<!full )(?<!mini )(?<!car )(?<!interior )(?<!exterior )(?<!express )"
    r"(?<!premium )(?<!basic )valet(?!ing| parking| service| wash| clean)|"
    r"personal (?:chef|assistant|servant)|red carpet|tapis rouge|"
    r"(?:move|moving|control|order|arrange|switch off|turn off|deplac\w*|commander|eteindr\w*|"
    r"arranger|changer) (?:\w+ ){0,2}(?:the sky|the sun|the moon|the weather|the sea|le ciel|"
    r"le soleil|la lune|la meteo|la mer)|specifications|(?:the sky|the sun|the moon|the weather|"
    r"le ciel|au ciel|le soleil|au soleil|la lune|a la lune|la meteo) (?:\w+ ){0,3}(?:to )?(?:move|"
    r"shift|behave|obey|se deplacer|bouger|obeir|s'ecarter)"
)
_FUTURE = concept(
    r"we'll|we will|we shall|next time|la prochaine fois|nous (?:allons|\w+rons)|on va|"
    r"c'est promis|be sure to|promis"
)
_OF_COURSE = concept(r"of course|obviously|naturally|sure|bien sur|evidemment|naturellement")
_PERFECTLY = concept(
    r"perfectly|entirely|totally|completely|utterly|tout a fait|parfaitement|totalement|"
    r"completement|absolument"
)
_REASONABLE = concept(
    r"reasonable|normal|realistic|logical|possible|fair|raisonnable|realiste|logique|"
    r"envisageable|acceptable"
)
_SO_KINDLY = concept(
    r"as you (?:so )?(?:kindly|helpfully|generously|graciously|wisely|thoughtfully|eloquently|"
    r"charmingly|politely) (?:\w+ )?(?:suggest\w*|put it|point\w* out|advis\w*|recommend\w*)|"
    r"as you so \w+ (?:suggest|put|advis|recommend)\w*|comme vous (?:le |nous )?"
    r"(?:\w+ )?si (?:gentiment|aimablement|genereusement|justement|brillamment|sagement|"
    r"poliment)"
)


# Mockery by exaggeration: a trivial harm said to ruin a life, "the ordeal of the century",
# the reader treated as a child ("hand-feed you"), a mind to read, a "whole star" to thank.
_RUINED_LIFE = concept(
    r"(?:ruin\w*|destroy\w*|wreck\w*|shatter\w*|gache\w*|detrui\w*|brise\w*|bouleverse\w*) "
    r"(?:\w+ ){0,2}(?:life|lives|existence|vie|childhood|enfance)|(?:entire|whole) life|"
    r"vie entiere|toute (?:votre|ta) vie"
)
_OF_THE_CENTURY = concept(
    r"(?:of|du|de) (?:the )?(?:century|siecle|millennium|millenaire|all time|tous les temps)"
)
_ORDEAL = concept(
    r"ordeal|tragedy|disaster|catastroph\w*|trauma\w*|crime|scandal\w*|injustice|suffering|"
    r"epreuve|tragedie|drame|desastre|calvaire|souffrance|worst|pire"
)
_CHILDISH = concept(
    r"hand-?feed\w*|spoon-?feed\w*|donner? la becquee|donnera la becquee|(?:cut|chew) "
    r"(?:\w+ ){0,3}for you|(?:couper|macher) (?:\w+ ){0,3}a votre place|"
    r"(?:hold|tenir) (?:your|votre|la) hand|tenir la main|nanny|babysit\w*|nounou|"
    r"baby-?sitt\w*|bedtime story|histoire pour (?:vous )?endormir"
)
_MIND_READING = concept(
    r"(?:should|could|ought to) have (?:\w+ ){0,2}(?:guessed|read your mind|divined|known by "
    r"magic)|(?:aurions|aurait|aurais) (?:du|pu) (?:\w+ ){0,2}(?:deviner|lire dans)|"
    r"read your mind|lire dans (?:vos|tes|les) pensees|mind-?read\w*|telepath\w*|"
    r"crystal ball|boule de cristal"
)
_WHOLE_STAR = concept(
    r"(?:a|one|an) (?:whole|entire|full|single whole) star|(?:une|toute une) etoile "
    r"(?:entiere|complete)|toute une etoile|(?:found|find|summon\w*) the (?:strength|energy|"
    r"courage) to (?:give|leave|grant)|trouve la force de (?:nous )?(?:donner|laisser|accorder)"
)


# The business measured against a grand standard it "failed": "a royal banquet".
_GRAND = concept(
    r"royal\w*|royalty|palace|banquet|ritz|versailles|michelin|kings?|queens?|emperors?|"
    r"sultans?|maharaja|palais|rois?|reines?|empereurs?|festin|princesses?|princes?"
)
_STANDARD = concept(
    r"standards?|expectations?|level|worthy|live up|fit for|meet|match|digne|niveau|"
    r"exigences|attentes|hauteur|standing"
)
_FAILED = concept(
    r"fail\w*|fell short|falls short|short of|not|didn't|couldn't|wasn't|isn't|unable|"
    r"echou\w*|pas|n'\w+|loin|incapable\w*"
)
_HUMBLE = concept(
    r"(?:our|my|notre|ma|mon|nos) (?:\w+ )?(?:humble|modest\w*|lowly|simple|petite? "
    r"modeste|pauvre|little)"
)
# Care out of all proportion: counsellors on standby for a cold coffee.
_MOCK_CARE = concept(
    r"counsell?ors?|counsell?ing|support group|crisis (?:team|unit|line)|"
    r"cellule (?:psychologique|de crise|d'ecoute)|psychologues?|soutien psychologique|"
    r"groupe de parole"
)
_STANDBY = concept(
    r"on standby|standing by|(?:are|is|stand) ready|on call|dispatched|on their way|"
    r"mobilis\w*|en alerte|de garde|en route|a votre chevet|a votre disposition|pretes?"
)
# The reader held up as a lesson in what not to do.
_NOT_TO_DO = concept(
    r"example of (?:how|what) not|lesson in (?:how|what) not|how not to (?:behave|act|write|"
    r"review|enjoy|live|eat|travel|be)|exemple (?:a ne pas suivre|de ce qu'il ne faut pas)|"
    r"comment ne pas (?:se comporter|ecrire|agir|profiter|vivre|voyager|manger)"
)


# Thanks or praise: "who knew a little bakery could get so many lovely reviews?" is joy.
WARMTH = concept(
    r"thanks?|thank you|merci|love|lovely|kind|wonderful|glad|happy|delighted|proud|congrat\w*|"
    r"ravie?s?|heureu\w*|fiere?s?|felicit\w*|welcome|bienvenue|plaisir|hate to see you"
)


# Mock deference (rounds 41-59, six writers): the reader's expertise set against the staff's
# years or said to surpass ours — "thank you for teaching us electrical work after our 25
# years in the field", "your insightful clinical assessment … against the mere twenty years of
# training", "vos compétences fiscales manifestement supérieures aux nôtres", "vous qui avez
# manifestement tant d'expérience", "you, unlike our qualified instructors with twenty years
# of experience, know exactly how". Either alone is earnest ("thank you for your expert
# advice", "our team has twenty years of experience").
_READER_EXPERT = concept(
    r"(?:your|vos|votre|ton|ta|tes) (?:\w+ )?(?:expert\w*|insightful|learned|competences?|"
    r"connaissances|savoir|science|lumieres)|"
    r"teach\w* us|(?:nous|nous avoir) (?:appris|apprendre|enseign\w*|explique\w*|expliquer) "
    r"(?:\w+ )?(?:comment|notre|le|la|les)|explain\w* to us how|"
    r"(?:vous|toi) qui (?:avez|as|etes|es|savez|sais)|"
    r"(?:you|u) (?:\w+ )?know (?:exactly|precisely|better)|(?<!we )(?<!i )(?<!they )know exactly how|(?:vous|tu) (?:savez|sais) (?:exactement|mieux)"
)
_OUR_STANDING = concept(
    r"(?:our|nos|notre|mere|simple|seulement|petites?|modeste?s?|\d+|ten|fifteen|twenty|thirty|"
    r"forty|dix|quinze|vingt|trente|quarante) (?:\w+ ){0,3}?(?:years?|ans|annees) "
    r"(?:of |d'|de )?(?:\w+ )?(?:experience|training|practice|in the (?:field|trade|business)|"
    r"metier|formation|pratique)|"
    r"(?:superieure?s?|better|superior|greater) (?:aux notres|to ours|than ours|than (?:those of )?our|"
    r"a (?:celles|ceux) de nos)|unlike our|contrairement a nos|"
    r"manifestement|(?:tant|autant) d'experience|so much experience"
)


def sarcasm(folded: str) -> list[Span]:
    out = []
    for start, end, s in _sentences(folded):
        relief = (
            _has(IRONIC_LEAD, s)
            and (_has(SUFFERING, s) or _has(_TRIVIAL, s))
            and not _has(WARMTH, s)
        )
        trivial_harm = _has(SUFFERING, s) and _has(_TRIVIAL, s) and _has(YOU, s)
        hyperbole = _has(HYPERBOLE, s) and (_has(_FUTURE, s) or _has(YOU, s))
        of_course = _has(_OF_COURSE, s[:30]) and _has(_PERFECTLY, s) and _has(_REASONABLE, s)
        exaggerated = (_has(_RUINED_LIFE, s) and _has(YOU, s)) or (
            _has(_OF_THE_CENTURY, s) and _has(_ORDEAL, s)
        )
        mocking = any(_has(rx, s) for rx in (_CHILDISH, _MIND_READING, _WHOLE_STAR, _SO_KINDLY))
        # aimed at the reader, or said with mock humility ("our humble bakery")
        aimed = _has(YOU, s) or _has(_HUMBLE, s)
        grand = _has(_GRAND, s) and _has(_STANDARD, s) and _has(_FAILED, s) and aimed
        mock_care = _has(_MOCK_CARE, s) and _has(_STANDBY, s) and (aimed or _has(_FUTURE, s))
        example = _has(_NOT_TO_DO, s) and _has(YOU, s)
        deference = _has(_READER_EXPERT, s) and _has(_OUR_STANDING, s)
        mocking = mocking or grand or mock_care or example or deference
        if relief or trivial_harm or hyperbole or of_course or exaggerated or mocking:
            out.append((start, end))
    return out


# -- blaming a named employee --------------------------------------------------------------

_NAME = re.compile(r"(?<![\w'])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?![\w'])")
_TRACED = concept(
    r"came down to|comes down to|was down to|down to|came from|comes from|due to|because of|"
    r"caused by|blame (?:lies )?with|lies with|venait de|vient de|venu\w* de|"
    r"etait due? a|est due? a|a cause de|la faute (?:de|a)|imputable a|provient de|"
    r"provenait de|revient a|la responsabilite de|"
    # the fault laid on someone: "l'erreur incombe à notre comptable, Mme Girard"
    r"incomb\w* a|rests? with|rested with|falls? (?:on|to)|fell (?:on|to)|attributable to|"
    r"is on|was on|lies at the door of|sits with|est imputable a|tient a|tenait a"
)

_FAULT_WORD = concept(r"fault|mistake|error|blame|faute|erreur|made by|commise? par|caused by|causee? par")


def traces_fault(folded: str) -> bool:
    """Whether the text lays a fault on someone ("was down to", "la faute revient à")."""
    return _has(_TRACED, folded) or _has(_FAULT_WORD, folded)


_NEGATIVE_EVENT = concept(
    r"rude\w*|delay\w*|slow\w*|mistake\w*|error\w*|problem\w*|issue\w*|mix-?up|confusion|"
    r"late|cold|wrong\w*|mess|fault|not showing|no-?show|absence|careless\w*|"
    r"impolitesse|retard\w*|lenteur\w*|erreur\w*|probleme\w*|souci\w*|oubli\w*|malentendu|"
    r"froid\w*|faute|desagrement\w*|incident"
)
_MISDEED = concept(
    r"should have|should've|could have|ought to have|aurait du|aurait pu|n'aurait pas du|"
    r"wrong|wrongly|badly|incorrectly|de travers|not showing up|didn't show|did not show|"
    r"didn't turn up|never turned up|no-?show|forgot|forgotten|overcooked|burnt|dropped|"
    r"mixed up|messed up|ne s'est pas presente\w*|n'est pas venu\w*|pas venue?|a oublie|"
    r"s'est trompe\w*|lost|a perdu|avait perdu|mal (?:\w+ )?(?:dresse|servi|cuit|fait|prepare|compris|note|emball\w*|"
    r"gere|rempli)\w*|a brule|a renverse|a melange|"
    # Québécois "échapper" for dropping a thing: "C'est Steve qui a échappé le bureau"
    r"a echappe (?:le|la|les|un|une|votre|vos|ton|ta|tes|notre)\b"
)
_SANCTION = concept(
    r"won't be (?:back|seen again)|(?:ne|n') (?:le |la |les )?(?:reverr\w*|verr\w*) plus|"
    r"earful|told off|telling-off|talking-to|dressing-down|reprimand\w*|disciplin\w*|"
    r"(?:been|was|were|got|get|being) let go|"
    r"(?:a|written|final|formal) warning|won't be (?:using|hiring|keeping|employing|working "
    r"with|booking)|no longer (?:with us|works|employed|part of)|let (?:him|her|them) go|"
    r"(?:was|been|got|get|being) fired|sacked|dismissed|remont\w* les bretelles|passe un savon|"
    r"recadr\w*|sanction\w*|avertissement|ne (?:le |la |les )?(?:reprendrons|reprendra|"
    r"garderons|gardera|rappellerons|rappellera)|ne fait plus partie|ne travaille plus|"
    r"licenci\w*|vire|viree|virer|mise? a pied|on ne (?:le |la )?reprendra|"
    r"passe un (?:\w+ ){0,2}savons?|"
    r"(?:was|been|has been|got|being) (?:moved|transferred|reassigned|taken off)|"
    r"(?:a ete|ete|est) (?:mutee?|deplacee?|retiree? du service)|back-?office|"
    r"mise? a l'ecart|sidelined|"
    # moved off the post: "on va la changer de poste", "we're moving him to another role"
    r"(?:la|le|les|l') (?:changer|change\w*|mettre|mettons) (?:de poste|a un autre poste)|"
    r"(?:moving|move|moved) (?:him|her|them) (?:to|into) (?:another|a different) (?:role|post|position|job)|"
    # shown the door politely: "invited to reconsider his future with the practice" (round 51)
    r"reconsider (?:his|her|their) (?:future|position|place)|(?:invited|asked|encouraged) to "
    r"(?:leave|look elsewhere|move on|find another)|shown the door|"
    r"(?:reconsiderer|repenser|revoir) (?:son|sa) (?:avenir|place)|(?:prie|invitee?) a (?:partir|"
    r"chercher ailleurs)|pris la porte|"
    # a sanction by deed (round 54): "Dave no longer makes wraps", "n'anime plus de cours",
    # "removed from member-facing duties", "we've had words"
    r"no longer (?:makes?|does|handles?|runs?|serves?|cooks?|teaches|leads?|takes?|deals? with|"
    r"looks? after|works? (?:on|in|at|the|with))|"
    r"n'(?:anime|assure|donne|fait|prepare|sert|gere|encadre|enseigne|conduit|livre|coupe|"
    r"s'occupe|accueille|travaille (?:sur|en|au|a|avec))\w* plus|"
    r"removed from (?:\w+[- ]?){0,3}?(?:duties|duty|the rota|the floor|(?:his|her|their) (?:role|post|position))|"
    r"relieved of (?:his|her|their) (?:\w+ )?duties|retiree? de ses fonctions|"
    # more sanctions by deed (rounds 41-56): "nous l'avons retiré du planning", "pulled off the
    # floor", "ne fera plus partie de l'équipe", "ne donnera plus de cours", "ne sera plus
    # affectée à ce rayon", "on la rebooke plus", "ne plus faire appel à elle", "a right tellin' aff"
    r"retire\w* (?:du|de la|des) (?:planning|rota|rotation|programme|cours|equipe)|"
    r"(?:pulled|taken|stood down) (?:off|from) (?:the )?(?:floor|rota|schedule|repairs|bookings|"
    r"classes|shifts?|jobs?|counter)|"
    r"ne (?:fera|sera) plus (?:partie|affecte\w*|charge\w*|responsable)|ne fera plus (?:la|le|les) \w+|"
    r"ne (?:donnera|assurera|animera|encadrera|enseignera|travaillera|interviendra|conduira|"
    r"coupera|servira) plus|(?:re)?book\w* plus|ne plus faire appel a (?:lui|elle|ses services)|"
    r"(?:right |proper )?tellin'? (?:off|aff)|"
    # 18fb13: kept from the work "after what happened" (rounds 42, 58: "Tuesday evenings will no
    # longer be taught by Chloe, after what happened"; "Dave won't be driving the van for us
    # again after what he did"), or the person's future in doubt ("while we decide whether he
    # stays", round 45)
    r"(?:won't|wont|will not|will no longer|no longer|ne \w+ plus|n'\w+ plus) (?:be |pas )?\w+(?: [\w',]+){0,6}? "
    r"(?:again after|after what|apres ce qu)|"
    r"(?:decide|deciding|decides|decided|see|seeing) (?:whether|if) (?:he|she|they) (?:stays?|keeps?|remains?)|"
    r"(?:decider|decidons|voir) s'(?:il|ils) (?:reste|restera|garde)|(?:decider|decidons|voir) si elle (?:reste|restera)|"
    r"(?:we've|we have|we|i've|i) had (?:a )?(?:few )?words(?! of| for| with the)|on (?:lui )?a eu (?:deux|quelques) mots"
)
# The reader sent to the named employee to complain ("…done by Cam. Take it up with her."):
# said with a pronoun right after a sentence that names someone (round 52).
_SENT_TO_THEM = concept(
    r"take it up with (?:him|her)|complain to (?:him|her)|(?:talk|speak) to (?:him|her) about it|"
    r"adressez-vous (?:directement )?a (?:lui|elle)|voyez (?:ca |cela )?(?:directement )?avec "
    r"(?:lui|elle)|plaignez-vous (?:a|aupres d') ?(?:lui|elle)"
)
_FUTURE_CARE = concept(
    r"will|make sure|to ensure|veillera|s'assurera|veille|to avoid|pour eviter|never|jamais"
)
# Apologies and interjections that open a sentence before a comma: "Pardon, le rappel… aurait
# dû partir" is no person in apposition (round 60). Shared with `conduct.blames_employee`.
# fmt: off
INTERJECTIONS = frozenset((
    "Pardon", "Apologies", "Désolé", "Désolée", "Désolés", "Oops", "Oups", "Honestly",
    "Franchement", "Honnêtement", "Hélas", "Alas", "Well", "Oh", "Ah", "Bref", "Enfin",
    "Voilà", "Indeed", "Effectivement", "Okay", "Ok", "Sincerely", "Sincèrement",
))
# fmt: on
# Capitalised words that open sentences, greet or date, never an employee's name.
# fmt: off
_NOT_NAMES = frozenset((
    "It", "This", "That", "There", "He", "She", "They", "We", "You", "Our", "Your", "Their",
    "Which", "Who", "What", "Everything", "Nothing", "Everyone", "Nobody", "Unfortunately",
    "Sadly", "Today", "Yesterday", "Here", "However", "Also", "And", "But", "So", "Then",
    "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "On", "Ce", "Cela", "Ceci", "Cet",
    "Cette", "Tout", "Rien", "Personne", "Chacun", "Qui", "Malheureusement", "Aujourd",
    "Hier", "Ici", "Pourtant", "Mais", "Donc", "Alors", "Et", "Le", "La", "Les", "Un",
    "Une", "Notre", "Votre", "Thank", "Thanks", "Merci", "Sorry", "Please", "Hi", "Hello",
    "Dear", "Bonjour", "Bonsoir", "Madame", "Monsieur", "Mr", "Mrs", "Ms", "Staff",
    "Service", "Team", "Management", "Kitchen", "Bar", "Equipe", "Équipe", "Personnel",
    "Cuisine", "Direction", "Google", "Trustpilot", "Tripadvisor", "Yelp", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Lundi", "Mardi",
    "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août",
    "Septembre", "Octobre", "Novembre", "Décembre", "Christmas", "Noël", "Easter", "Pâques",
    "Our", "Nos", "Mes", "My", "Mon", "Ma", "Des", "Du", "De", "Au", "Aux", "In", "At",
    "On", "For", "With", "Sans", "Avec", "Pour", "Dans", "Sur", "Of", "The", "A", "An",
    "As", "If", "Si", "When", "Quand", "Lorsque", "Since", "Depuis", "After", "Before",
    "Après", "Avant", "Once", "Yes", "No", "Oui", "Non", "Good", "Great", "Bonne", "Bon",
    "Belle", "Best", "Kind", "Regards", "Cordialement", "Cheers", "Warm", "Lovely",
    "Wonderful",
)) | INTERJECTIONS
# fmt: on
_APPOSITION = re.compile(
    r"\s*(?:,|\(|in the |at the |from the |on the |en |au |a la |à la |de l'|du |"
    r"(?:our|notre|the|le|la|l'|a|an|un|une) )",
    re.IGNORECASE,
)


# What a counterfactual about a person regrets: "none of this would have happened".
_NEG_OUTCOME = concept(
    r"none of (?:this|that)|wouldn't|would not|would never|never have|avoided|spared|"
    r"rien de (?:tout )?(?:cela|ca|ceci)|n'aurai\w*|ne serai\w*|pas eu lieu|evit\w*|epargn\w*"
)
# "That was all Jake, he never checks the orders": the problem attributed to a name.
_ATTRIBUTED = re.compile(
    r"(?:that|this|it|which|ca|c'|cela)(?: was|'s| is| etait|est|'etait) (?:all |entirely |"
    r"totally |purely |100% |tout |entierement |clairement |clearly )?(?:on |down to |a cause de "
    r"|la faute de |de la faute de )?$"
)
# "If Rob had looked at the ticket properly…": the care a person did not take.
_DILIGENCE = concept(
    r"properly|correctly|carefully|right|bothered|paid attention|listened|checked|"
    r"double-checked|read|followed|comme il faut|correctement|attentivement|bien|"
    r"fait attention|pris la peine|verifie|ecoute|regarde|lu|suivi|relu"
)
# What spoils the credit of a cleft: a negation, "badly", an apology.
_CREDIT_SPOILED = concept(r"not|n't|pas|plus|jamais|never|mal|badly|sorry|desole\w*|navre\w*|apolog\w*|excuse\w*")
_CREDIT_CLEFT = concept(
    r"(?:c'est|c'etait|it was|it's) \w+ (?:\w+ )?(?:qui|who) (?:vous |t'|nous )?(?:a |avait |had |has )?"
    r"(?:compose|prepare|fait|realise|cree|cuisine|coiffe|dessine|arrange|confectionne|choisi|"
    r"emballe|decore|tatoue|peint|cousu|monte|imagine|concu|made|baked|iced|prepared|designed|"
    r"created|styled|painted|arranged|wrapped|chose|picked|built|cooked|planted|sewn|knitted)\b"
)
_CLEFT = concept(r"the one who|c'est \w+ (?:\w+ )?qui|c'etait \w+ (?:\w+ )?qui|it was \w+ who")
_HABITUAL_FAULT = concept(
    # a slip said as a habit: "elle mélange toujours les commandes", "he always forgets"
    # or as what the person has yet to learn: "il a encore beaucoup à apprendre"
    r"(?:encore|still) (?:\w+ )?(?:beaucoup|tout|a lot|lots|much|everything) (?:a apprendre|to learn)|"
    r"(?:has|have|a) (?:\w+ )?(?:a lot|lots|much|beaucoup) (?:to learn|a apprendre)|"
    r"fai\w* n'importe quoi|pris (?:le|la) mauvaise?|"
    r"(?:melange|oublie|confond|perd|rate|se trompe)\w* toujours|always (?:\w+ )?(?:mix\w*|"
    r"forget\w*|mess\w*|los\w*|gets? (?:\w+ ){0,2}wrong)|"
    r"never|jamais|useless|hopeless|clueless|nul|nulle|incapable|"
    r"doesn't|does not|can't|ne \w+ (?:jamais|pas|rien)|n'\w+ (?:jamais|pas|rien)"
)
_PRONOUN = concept(r"he|she|him|her|il|elle|lui|they|them|l'(?:avons|avions|ont)")
# "If Damien had bothered…", "si Léa avait vérifié…": a person's failure said as a regret.
_IF_BEFORE = re.compile(r"(?:\bif|\bsi|\bhad|\bs'il) $")
_COUNTERFACTUAL = re.compile(
    r" (?:had|'d|avait|had only|had just|avait seulement|avait juste|would have|aurait)\b"
)


# A name that only owns or qualifies a thing is not the one who acted: "Oscar's booster should
# have gone out", "le rappel pour le vaccin de Rex aurait dû partir" (round 60, a pet) — the
# booster or the reminder is the subject. After "'s" an adverb or an auxiliary keeps the name
# the subject ("Kevin's just dropped", "Kevin's been"); after "de" the fault itself is read by
# the rules that trace a fault ("la faute de Marc", "à cause de Marc").
_OWNED_THING = re.compile(
    r"['’]s\s+(?!(?:just|already|always|never|still|really|also|clearly|obviously|been|not|got|"
    r"gone|done|made|had|left|taken|forgotten|lost|dropped|messed|mixed|broken|new|on|off|"
    r"responsible|the|a|an|very|so|too|quite|rather|"
    # what a person answers for stays theirs: "Aroha's responsibility", "Chloe's first week"
    r"responsibility|fault|mistake|error|job|doing|watch|shift|first|second|call|section|area|"
    r"department|task|duty|duties|side|station|decision|idea|oversight|slip|part|table|"
    r"tables|order|orders|booking|bookings|team|work|attitude|behaviou?r|manner|tone)\b)[a-z]"
)
_OF_THING = re.compile(r"(?:\w{3,} (?:de|du|d'|pour le|pour la|pour les|for|of)\s*)$", re.IGNORECASE)
_NOT_OF_THING = re.compile(
    r"(?:faute|erreur|cause|part|vient|venait|venu\w*|provient|provenait|responsabilite|"
    r"responsabilité|fault|mistake|error|because|care|charge|instead|behalf|sake|one|some|"
    r"none|all|each|both|most|many|part)\s+(?:de|du|d'|pour le|pour la|pour les|for|of)\s*$",
    re.IGNORECASE,
)


def owns_a_thing(sentence: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` of `sentence` only owns or qualifies a thing ("Oscar's
    booster", "le vaccin de Rex"), so that a slip said after it is the thing's, not theirs."""
    if _OWNED_THING.match(sentence, end):
        return True
    before = sentence[max(0, start - 40) : start]
    # "le gérant du magasin de Metz, M. Roth, n'a pas…": a comma opens an apposition that
    # names who acted, so the slip after it is theirs
    apposed = sentence[end : end + 2].lstrip().startswith(",")
    return bool(_OF_THING.search(before)) and not _NOT_OF_THING.search(before) and not apposed


def blames_employee(draft: str, folded: str, skip: frozenset[str] = frozenset()) -> list[Span]:
    """`draft` keeps the capitals that make a name; `folded` the same text folded; `skip`
    the names that greet or sign (the reviewer, the owner)."""
    out = []
    named_before = False  # the previous sentence named someone: "he/elle" may be them
    known = _known_names(draft, folded, skip)
    for start, end, s in _sentences(folded):
        original = draft[start:end]
        names = [
            m for m in _NAME.finditer(original)
            if m.group(0) not in skip and (_is_name(m, original) or m.group(0) in known)
        ]
        if not names:
            if named_before and ((_has(_PRONOUN, s) and _has(_SANCTION, s)) or _has(_SENT_TO_THEM, s)):
                out.append((start, end))
            named_before = False
            continue
        named_before = True
        attributed = any(_ATTRIBUTED.search(s, 0, m.start()) for m in names)
        # a cleft that gives credit for something made, with nothing negative besides, is no
        # fault: "C'est Margaux qui a composé votre bouquet, elle a le sourire" (round 59);
        # "c'est Sophie qui était à l'accueil ce jour-là, …" stays one (rounds 6-54)
        cue = s
        if _has(_CREDIT_CLEFT, s):
            unclefted = blanked(_CLEFT, s)
            if not any(_has(rx, unclefted) for rx in (_CREDIT_SPOILED, _HABITUAL_FAULT)) and not fault_cue(unclefted):
                cue = unclefted
        if attributed and (fault_cue(cue) or _has(_HABITUAL_FAULT, cue)):
            out.append((start, end))
            continue
        regret = _has(_NEG_OUTCOME, s) or fault_cue(s) or _has(_DILIGENCE, s)
        if regret and any(
            _COUNTERFACTUAL.match(s, m.end()) and _IF_BEFORE.search(s, 0, m.start())
            for m in names
        ):
            out.append((start, end))
            continue
        traced = (
            _has(_TRACED, s)
            and _has(_NEGATIVE_EVENT, s)
            and any(_follows(_TRACED, s, m.start()) for m in names)
        )
        # the person's own clause, or "he/she" later in the sentence ("Marco was on the
        # grill and he overcooked everything")
        doers = [m.end() for m in names if not owns_a_thing(original, m.start(), m.end())] + [
            p.end() for p in _PRONOUN.finditer(s) if p.start() > names[0].end()
        ]
        misdeed = any(_has(_MISDEED, _clause_after(s, at)) for at in doers) and not _has(
            _FUTURE_CARE, s
        )
        if traced or misdeed or _has(_SANCTION, s):
            out.append((start, end))
    return out


def _known_names(draft: str, folded: str, skip: frozenset[str]) -> frozenset[str]:
    """Names the draft uses: found as a name in one sentence, or opening two sentences ("Dave
    made your wrap. Dave no longer makes wraps.", round 54) — so a sentence that opens with
    one is about that person too."""
    found: set[str] = set()
    openers: list[str] = []
    for start, end, _s in _sentences(folded):
        original = draft[start:end]
        for m in _NAME.finditer(original):
            if m.group(0) in skip or m.group(0) in _NOT_NAMES:
                continue
            if _is_name(m, original):
                found.add(m.group(0))
            elif not original[: m.start()].strip():
                openers.append(m.group(0))
    found.update(word for word in openers if openers.count(word) >= 2)
    return frozenset(found)


_BLAME_CUE = concept(
    r"new|nouveau|nouvelle|training|formation|stagiaire|trainee|temp|interimaire|"
    r"inexperien\w*|inexperiment\w*|responsible|responsable|fault|blame\w*|didn't|did not|"
    r"n'a pas|n'avait pas|couldn't|could not|should have|aurait du|not|pas|never|jamais|"
    r"rude\w*|impoli\w*|forgot|oubli\w*|careless\w*|lazy|paresseu\w*|distrait\w*|"
    r"mistake\w*|error\w*|erreur\w*|wrong\w*|mal|bad|badly|late|retard\w*|slow\w*|"
    r"issue\w*|problem\w*|probleme\w*|souci\w*|fault|faute|apolog\w*|sorry|desole\w*|"
    r"navre\w*|excuse\w*|complain\w*|plainte\w*|lost|perdu\w*|overcharg\w*|factur\w*|"
    r"skipp\w*|left early|parti\w* tot|won't be working|ne travaillera plus|rush\w*|bacl\w*|"
    r"ignor\w*|trop cuit|overcook\w*|desagreable|mauvais\w*|s'en est pris|tendance|"
    r"dealt with|warned|avertie?|the one who|c'est \w+ (?:\w+ )?qui|which is why|d'ou|"
    r"typical|typique|shouldn't|n'aurait pas|again|encore"
)


_ANY_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?![\w-])")
_STAFF_ROLES = (
    r"waiter|waitress|server|chef|cook|barista|barman|bartender|receptionist|manager|driver|"
    r"courier|staff|employee|colleague|stylist|hairdresser|cleaner|housekeep\w*|porter|host|"
    r"hostess|cashier|trainee|intern|apprentice|temp|technician|mechanic|agent|advisor|"
    r"adviser|therapist|instructor|guide|valet|sommelier|serveur|serveuse|cuisinier\w*|"
    r"livreu\w*|coiffeu\w*|vendeu\w*|caissi\w*|employee?s?|salariee?s?|stagiaire|apprentie?|"
    r"receptionniste|commis|plongeur|femme de chambre|gouvernante|technicien\w*|conseill\w*|"
    r"responsable|gerante?|interimaire|collegue|moniteur|monitrice|estheticienne"
)
_STAFF_ROLE = concept(_STAFF_ROLES)
_ROLE = concept(_STAFF_ROLES + r"|he|she|him|her|il|elle|lui")
_PRAISE = concept(
    r"delighted|thrilled|happy|pleased|proud|loved|loves|enjoyed|glad|touched|grateful|"
    r"compliments?|praise\w*|kind words|passed on|pass on|thank\w*|great|wonderful|lovely|"
    r"ravie?s?|heureu\w*|fiere?s?|touchee?s?|content\w*|enchantee?s?|compliments?|"
    r"transmis|transmettrons|merci\w*|remerci\w*|adore\w*|plaisir|felicit\w*"
)


def blame_cue(draft_sentence: str, folded_sentence: str) -> bool:
    """Whether a sentence can blame an employee at all: it points at a person (a name or a
    role) and does not read as praise unless it also says something negative. Gates the
    classifier, whose "blames an employee" also fired on "our stylist Anna was delighted"."""
    # Lenient on names (any capitalised word but the usual openers, "qu'Harry" included):
    # this only keeps what the model found, it finds nothing by itself.
    person = _has(_ROLE, folded_sentence) or any(
        m.group(0) not in _NOT_NAMES and not compound_word(m.group(0))
        for m in _ANY_NAME.finditer(draft_sentence)
    )
    negative = any(
        _has(rx, folded_sentence)
        for rx in (_BLAME_CUE, _NEGATIVE_EVENT, _MISDEED, _SANCTION, _TRACED)
    )
    return person and (negative or not _has(_PRAISE, folded_sentence))


# A newcomer's status is a fault cue only where nothing is praised: "our new trainee forgot
# the order" traces a fault, "Lucas, notre stagiaire, a adoré préparer votre commande" does not.
_STATUS_WORDS = concept(r"new|nouveau|nouvelle|training|formation|stagiaire|trainee|temp|interimaire")
_FAULT_WORDS = concept(
    r"inexperien\w*|inexperiment\w*|responsible|responsable|fault|faute|blame\w*|"
    r"should have|aurait du|shouldn't|n'aurait pas|rude\w*|impoli\w*|forgot\w*|oubli\w*|"
    r"careless\w*|lazy|paresseu\w*|distrait\w*|mistake\w*|error\w*|erreur\w*|"
    r"lost|perdu\w*|overcharg\w*|skipp\w*|left early|parti\w* tot|rush\w*|bacl\w*|"
    r"ignor\w*|desagreable|warned|avertie?|the one who|c'est \w+ (?:\w+ )?qui|typical|typique"
)


def tells_sanction(folded_sentence: str) -> bool:
    """Whether a sentence tells of a sanction (a warning, a dismissal, a telling-off)."""
    return _has(_SANCTION, folded_sentence)


def names_person(draft_sentence: str, folded_sentence: str) -> bool:
    """Whether a sentence names a person: a capitalised name (not a usual opener) or a
    staff role. Pronouns do not count: "he" may be a goat."""
    return _has(_STAFF_ROLE, folded_sentence) or any(
        m.group(0) not in _NOT_NAMES and not compound_word(m.group(0))
        for m in _ANY_NAME.finditer(draft_sentence)
    )


def names_role(folded_text: str) -> bool:
    """Whether a text names a staff role ("waiter", "serveuse", "our chef")."""
    return _has(_STAFF_ROLE, folded_text)


def fault_cue(folded_sentence: str) -> bool:
    """Whether a sentence says something went wrong through someone: a fault word, a
    misdeed, a sanction or a cause traced. A plain "not" or an apology is no fault."""
    return any(
        _has(rx, folded_sentence)
        for rx in (_FAULT_WORDS, _NEGATIVE_EVENT, _MISDEED, _SANCTION, _TRACED)
    ) or (_has(_STATUS_WORDS, folded_sentence) and not _has(_PRAISE, folded_sentence))


# Short capitalised syllables joined by hyphens are a word, not a first name: "Wi-Fi",
# "Hi-Fi". A hyphenated first name holds a name of three letters or more ("Jean-Pierre",
# "Marie-Jo", "Jo-Ann").
_SHORT_COMPOUND = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{0,1}(?:-[A-ZÀ-Ý][a-zà-ÿ]{0,1})+")


def compound_word(word: str) -> bool:
    """Whether a capitalised hyphenated word is a short compound ("Wi-Fi"), not a name."""
    return _SHORT_COMPOUND.fullmatch(word) is not None


def _is_name(m: re.Match[str], sentence: str) -> bool:
    word = m.group(0)
    if word in _NOT_NAMES:
        # a word that is also a name is a person before "who": "down to Mai, who has been
        # given a formal warning" (round 60; "Mai" is also the French month)
        return word not in _PRONOUNS_NOT_NAMES and _PERSON_RELATIVE.match(sentence, m.end()) is not None
    if compound_word(word):
        return False
    before = sentence[: m.start()].rstrip()
    if before and before[-1] not in '.!?:;\n"«“':
        return True
    # At the start of a sentence any word has a capital: a name there is a person in
    # apposition ("Liam in the kitchen…", "Léa, notre serveuse…").
    return bool(_APPOSITION.match(sentence, m.end()))


_PERSON_RELATIVE = re.compile(r", (?:who|qui) (?:has|had|was|is|a|avait|est|etait|a ete)\b")
_PRONOUNS_NOT_NAMES = frozenset(("It", "This", "That", "There", "Which", "Who", "What", "Everyone", "Nobody"))


_CLAUSE_END = re.compile(r"[,;:]| and | et | but | mais ")


def _clause_after(s: str, at: int) -> str:
    """What follows a name up to the end of its clause (at most 50 characters): the name's
    own predicate, not "Hi Jo, … sorry the order was wrong"."""
    tail = s[at : at + 50]
    m = _CLAUSE_END.search(tail, 1)
    return tail[: m.start()] if m else tail


def _follows(rx: re.Pattern[str], s: str, at: int) -> bool:
    """Whether a match of `rx` ends within a few words before position `at`."""
    return any(0 <= at - m.end() <= 25 for m in rx.finditer(s))


# -- personal data -------------------------------------------------------------------------

HEALTH_WORDS = (
    r"(?:(?:test|lab|blood|medical) results?|resultats? (?:d'analyses?|medicaux)|"
    r"analyses? (?:de sang|medicales?)|prises? de sang|blood tests?|"
    r"allerg(?:y|ies|ie|ique|iques)|intoleran\w*|pregnan\w*|grossesse|diabet\w*|"
    r"coeliac|celiac|coeliaque|celiaque|asthma|asthme|epilep\w*|medication|medicaments?|"
    r"traitement medical|disabilit\w*|handicap\w*|wheelchair|fauteuil roulant|surgery|"
    r"operation chirurgicale|chirurgie|cancer|chemo\w*|chimio\w*|depression|anxiety|anxiete|"
    r"diagnos\w*|hospital(?:s|ised|ized|isation|ization)?|hopital|hospitalis\w*|autis\w*|"
    r"dementia|alzheimer|"
    r"insulin\w*|pacemaker|crohn)"
)
_NOT_OWNER_WORD = r"(?!about|for|on|with|regarding|any|concernant|pour|sur|avec|sans|des|d')"
HEALTH_OF_YOURS = concept(
    rf"(?:your|votre|vos|ton|ta|tes) (?:{_NOT_OWNER_WORD}[\w'-]+ ){{0,3}}{HEALTH_WORDS}"
    rf"|{HEALTH_WORDS} (?:[\w'-]+ ){{0,3}}(?:of|de|d') ?(?:your|votre|vos|ton|ta|tes) [\w'-]+"
)
HOUSE_NUMBER = concept(r"(?:at|au|to|a) (?:number|numero|n°|no\.?|house) \d{1,4}")


# Declining to speak of it in public protects the reader's privacy: "we can't discuss your
# medication here", "nous ne pouvons pas parler de votre traitement ici".
_DECLINED = re.compile(
    r"(?:can(?:no|')t|cannot|won't|will not|would rather not|are not able to|aren't able to|"
    r"ne (?:pouvons|peux|pourrons|souhaitons|voulons) pas|preferons ne pas)\s+"
    r"(?:\w+\s+){0,2}?(?:discuss|talk about|comment on|go into|mention|share|parler de|"
    r"evoquer|discuter de|commenter|aborder)\s+[^.!?\n]{0,10}$"
)


def declined_before(folded: str, at: int) -> bool:
    """Whether the words just before `at` decline to speak of what follows in public."""
    return _DECLINED.search(folded, max(0, at - 60), at) is not None


def personal_data(folded: str) -> list[Span]:
    out = []
    for start, end, s in _sentences(folded):
        health = any(not declined_before(s, m.start()) for m in HEALTH_OF_YOURS.finditer(s))
        house = _has(HOUSE_NUMBER, s) and _has(YOU, s)
        if health or house:
            out.append((start, end))
    return out


# -- helpers -------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _sentences(folded: str) -> tuple[tuple[int, int, str], ...]:
    """Sentences of the folded draft; cached because five detectors read the same draft."""
    return tuple((s.start, s.end, s.text) for s in split_sentences(folded[:SCAN_CHARS]))


def sentences_of(folded: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each sentence of the folded draft (shared with the rule checks)."""
    return _sentences(folded)


def _has(rx: re.Pattern[str], text: str) -> bool:
    return rx.search(text) is not None


def _all(rx: re.Pattern[str], text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start()]


def _inside(span: Span, regions: list[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in regions)


DETECTORS: dict[str, Callable[[str], list[Span]]] = {
    "incentive": incentive,
    "intimidation": intimidation,
    "accusation": accusation,
    "sarcasm": sarcasm,
    "personal_data": personal_data,
}

"""Content checks: excessive justification, customer personal data, review incentives."""

from __future__ import annotations

import re

from ..model import Finding, Severity
from .base import CheckContext, finding, match_findings, words

JUSTIFICATION = "excessive_justification"
PERSONAL_DATA = "personal_data"
INCENTIVE = "review_incentive"

_JUST_MSG = (
    "Excessive justification: many 'because'/long explanation sounds like excuses. Keep it short.",
    "Justification excessive : trop de « car »/« parce que » sonne comme des excuses. Soyez bref.",
)
_REASONS = words(
    r"because|since|due to|owing to|as a result of|the reason (is|was|why)|that's why|"
    r"that is why|given that|this is why|which is why|caused by|on account of|"
    r"car|parce que|parce qu'|puisque|puisqu'|en raison d(?:e|u|es|')|étant donné|c'est pourquoi|"
    r"vu que|du fait que|à cause d(?:e|u|es|')|la raison (est|était)|ce qui explique|"
    r"s'explique par|dû à|due à|dus à"
)
# Three reasons anywhere, or two in a long reply, read as a list of excuses.
_MAX_REASONS = 3
_LONG_CHARS = 900

_DATA_MSG = (
    "Personal data of the customer (contact, address, order number or health details) must not "
    "be posted publicly.",
    "Donnée personnelle du client (coordonnées, adresse, n° de commande ou santé) : ne la publiez pas.",
)
# Anchored at the start of a token: without it a long run of letters costs O(n²).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{1,5}\)?[\s.-]?){2,5}\d{2,4}(?!\w)")
_ADDRESS = words(
    r"\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){0,3}(?:street|st\.|road|rd\.|avenue|ave\.|lane|"
    r"ln\.|boulevard|blvd\.?|drive|dr\.|court|way|close|crescent|terrace)"
    r"|\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|"
    r"route|cours|square|rés\.|résidence)\s+[\w'-]+"
)
_ORDER = words(
    r"(?:order|booking|reservation|invoice|ticket|case|reference|ref\.?|account|tracking|"
    r"commande|réservation|facture|dossier|référence|réf\.?|compte|suivi|colis)"
    r"\s*(?:number|no\.?|nr\.?|#|n°|numéro|id)?\s*[:#]?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}"
)
_HEALTH = words(
    r"your (?:son's |daughter's |child's |wife's |husband's |partner's )?(?:allerg(?:y|ies)|"
    r"pregnancy|diabetes|diagnosis|medication|medical (?:condition|history|file|records)|illness|"
    r"disability|surgery|celiac disease|coeliac disease|asthma|epilepsy|cancer|depression|"
    r"miscarriage|chemotherapy|HIV|hospital stay|hospitali[sz]ation|eating disorder)"
    r"|you (?:are|were) (?:pregnant|diabetic|celiac|coeliac|epileptic|disabled|hospitali[sz]ed|"
    r"HIV positive|on medication)"
    r"|(?:votre|ta) (?:allergie|grossesse|diabète|diagnostic|traitement|maladie|handicap|"
    r"opération|pathologie|intolérance|dépression|asthme|épilepsie|chimiothérapie|"
    r"hospitalisation|fausse couche|maladie cœliaque|dossier médical)"
    r"|vous (?:êtes|étiez) (?:enceinte|diabétique|allergique|handicapée?|cœliaque|coeliaque|"
    r"épileptique|hospitalisée?|sous traitement)"
)
# Wording that introduces the business's own contact details, which may be posted.
_OWN_CONTACT_LEAD = re.compile(
    # Present/imperative forms only: "we called 06…" is about the customer's number.
    r"(?<!\w)(?:contact(?:ing)?|e-?mail(?:ing)?|writ(?:e|ing)|call(?:ing)?|reach(?:ing)?|"
    r"text(?:ing)?|phone|ring|message|hear|talk|speak|joindre|joignez|joignable|contacte[rz]|écri(?:re|vez)|"
    r"appele[rz]|mail|téléphone[rz]|parler)(?!\w)\W+"
    r"(?:(?!(?:you|your|vous|votre|te|toi)\b)[\w']+\W+){0,3}$",
    re.IGNORECASE,
)
_TO_CUSTOMER = re.compile(
    r"(?:\bvous\s+|\bte\s+|\bt'|\byour\s+|\bvotre\s+|\bton\s+)$", re.IGNORECASE
)

_INCENTIVE_MSG = (
    "Review incentive: offering a discount or gift for a review or a changed rating breaks "
    "platform rules.",
    "Incitation à l'avis : offrir une remise ou un cadeau contre un avis ou une meilleure note est "
    "interdit par les plateformes.",
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_REWARD = words(
    r"discount|voucher|coupon|promo code|gift card|gift|free (?:meal|drink|dessert|coffee|month|"
    r"night|upgrade|item|delivery|starter|round)|\d{1,3} ?% off|cashback|cash back|reward|prize|"
    r"loyalty points|bonus points|on the house|"
    r"réduction|remise|bon d'achat|bon de réduction|code promo|carte cadeau|cadeau|offert|offerte|"
    r"gratuit|gratuite|\d{1,3} ?% de réduction|récompense|points de fidélité|lot à gagner"
)
_REVIEW_ACT = words(
    r"reviews?|ratings?|rate us|stars?|5-star|five-star|feedback on (?:google|tripadvisor|"
    r"trustpilot|yelp)|avis|(?:votre|une|la|bonne|meilleure) note|étoiles?|noter|évaluation"
)
_CONDITION = words(
    r"for|in exchange|in return|if you|when you|once you|and (?:get|receive|enjoy|we'll|we will)|"
    r"to (?:get|receive|earn|claim)|gets|receives|earns|wins|will (?:get|receive|earn)|"
    r"pour|en échange|contre|si vous|quand vous|dès que vous|une fois (?:que )?vous|reçoit|"
    r"recevra|obtient|obtiendra|gagne|et (?:recevez|obtenez|profitez|nous vous)|afin de recevoir"
)


# A sentence opening on an order about the review, or a reward for "everyone who" reviews.
_REVIEW_ORDER = words(
    r"^\s*(?:change|update|edit|delete|remove|post|leave|write|give|rate|modify|changez|modifiez|"
    r"mettez|supprimez|publiez|laissez|notez|donnez|retirez)|everyone who|anyone who|"
    r"(?:each|every) (?:customer|guest|client|person) who|chaque (?:client|personne) qui|"
    r"tous ceux qui|toute personne qui|quiconque"
)


def justification(ctx: CheckContext) -> list[Finding]:
    found = list(_REASONS.finditer(ctx.text, 0, 20_000))
    if len(found) >= _MAX_REASONS or (len(found) >= 2 and len(ctx.text) > _LONG_CHARS):
        return [finding(JUSTIFICATION, Severity.WARN, _JUST_MSG, found[0].start(), found[-1].end())]
    return []


def _is_own_contact(ctx: CheckContext, start: int, value: str) -> bool:
    norm = value.replace(" ", "").casefold()
    if any(norm and norm in c.replace(" ", "").casefold() for c in ctx.own_contacts if c):
        return True
    window = ctx.text[max(0, start - 60) : start]
    lead = _OWN_CONTACT_LEAD.search(window)
    # French puts the object first ("vous joindre au …"): that is the customer's number.
    return lead is not None and not _TO_CUSTOMER.search(window[: lead.start()])


def personal_data(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for rx in (_EMAIL, _PHONE):
        for m in rx.finditer(ctx.text):
            digits = sum(ch.isdigit() for ch in m.group(0))
            if rx is _PHONE and not 9 <= digits <= 15:
                continue
            if not _is_own_contact(ctx, m.start(), m.group(0)):
                out.append(finding(PERSONAL_DATA, Severity.BLOCK, _DATA_MSG, m.start(), m.end()))
    out += match_findings(
        PERSONAL_DATA, Severity.BLOCK, _DATA_MSG, ctx.text, _ADDRESS, _ORDER, _HEALTH
    )
    out.sort(key=lambda f: f.start)
    kept: list[Finding] = []
    for f in out:  # an order number and a phone pattern may cover the same digits
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept[:20]


def incentive(ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    for s in _SENTENCE.finditer(ctx.text[:50_000]):
        sentence = s.group(0)
        reward = _REWARD.search(sentence)
        conditional = _CONDITION.search(sentence) or _REVIEW_ORDER.search(sentence)
        if reward and _REVIEW_ACT.search(sentence) and conditional:
            out.append(
                finding(
                    INCENTIVE,
                    Severity.BLOCK,
                    _INCENTIVE_MSG,
                    s.start(),
                    s.start() + len(sentence.rstrip()),
                )
            )
            if len(out) >= 20:
                break
    return out

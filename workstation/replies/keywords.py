"""Light keyword fallback: categories, topics and polarity of a bare review text (EN/FR).

Only used when the caller gives no triage result, so `reply suggest` on a raw review
still picks sensible templates. Deliberately small; the triage engine does the real job.
"""

from __future__ import annotations

import re

_CATEGORY_WORDS: dict[str, str] = {
    "health_safety": r"food poisoning|poisoned|(?:got|was|were|been|felt|made (?:me|us|him|her)) sick|sick (?:all night|after)|fell ill|vomit\w*|allerg\w*|injur\w*|"
    r"intoxication|intoxiqu\w*|malade|vomi\w*|bless[ée]\w*|dangerous|dangereu\w*",
    "legal_threat": r"lawyer|attorney|sue\b|suing|lawsuit|legal action|court|"
    r"avocat|plainte|porter plainte|tribunal|poursuites?|mise en demeure|justice",
    "discrimination": r"racis\w*|discriminat\w*|sexis\w*|homophob\w*|because i'?m (black|gay|"
    r"muslim|disabled)|handicap\w*|wheelchair|fauteuil roulant",
    "fraud_billing": r"scam|fraud\w*|overcharg\w*|charged twice|double charge\w*|arnaque|escroc\w*|"
    r"débité deux fois|facturé deux fois|surfactur\w*|vol[ée]s?\b",
    "escalation": r"\bmanager\b|responsable|directeur|director|head office|siège|"
    r"never coming back|plus jamais|tell everyone|report you|signaler",
    "staff_behaviour": r"\brude\b|insult\w*|yelled|shouted|disrespect\w*|impoli\w*|"
    r"désagréable|méprisant\w*|agressi\w*|aggressive|arrogan\w*",
    "minors_safety": r"my (son|daughter|kid|child)\b.{0,40}(hurt|alone|unsafe|lost)|"
    r"enfant.{0,40}(seul|bless|danger|perdu)|mineur\w*|underage",
}

# Faults that are complaints in themselves: the product point's words here, and criticism wherever
# they stand (complaints._CRITICISM).
FAULT_WORDS = (
    r"broken|faulty|defect\w*|stopped working|out of order|out of service|hors service|en panne|"
    r"(?:won'?t|wouldn'?t) work|marchai\w* pas"
)

# What a guest expects to find in a room (18tone): its absence is a complaint in itself ("pas de frigo
# dans la chambre", "no kettle"), even in a five-star review (`complaints.MISSING_AMENITY`).
ROOM_AMENITIES = (
    r"fridge|mini-?fridge|kettle|bouilloire|mini-?bar|frigo|mini-?frigo|r[ée]frig[ée]rateur|cafeti[èe]re|machine [àa] caf[ée]|coffee (?:maker|machine)|"
    r"hair ?dryers?|s[èe]che-?cheveux|towels?|bath ?robes?|peignoirs?|shampo+\w*|gel douche|toiletries|"
    r"produits d'accueil|articles de toilette|peignes?|tv|t[ée]l[ée]vis\w*|t[ée]l[ée]\b|safes? box|coffre-?fort|"
    r"mirrors?|miroirs?|sockets?|plugs?|cintres?|hangers?|rideaux|curtains?|blackout|volets?|shutters?|"
    # Not "four" (the English number) nor "vaisselle" (a restaurant's dishes): the room point is
    # worded for a room.
    r"savon|soap|micro-?ondes?|microwave|oven|ustensiles"
)

# "Sèche-cheveux dans la salle de bain" names a hair dryer, not hair lying somewhere: read before
# hair, by the cleanliness and the hygiene words alike.
NOT_A_HAIR_DRYER = r"(?<!sèche-)(?<!sèche )(?<!seche-)(?<!seche )"

_TOPIC_WORDS: dict[str, str] = {
    "food": r"food|meal|dish\w*|tast\w*|bland|cold food|plat\w*|repas|cuisine|goût|nourriture|"
    r"pizza|burger|dessert|menu",
    # The service as a whole (the reply points' "service"): who serves, customer support and
    # whether it answers, how things are organised, running out of what was offered.
    # "Out of service", "hors service": a machine that fails (the product point), not the service.
    "service": r"(?<!out of )(?<!hors )service|serveu\w*|waiter|waitress|server|customer care|support\b|communicat\w*|"
    r"no (?:answer|response|reply)|never (?:heard|got) back|organi[sz](?:ed|ation|e)\b|disorgani[sz]\w*|"
    r"ran out|run out|running out|chaotic|chaos|shambles|crowded|overcrowded|"
    r"sav\b|injoignable\w*|(?:pas|aucune|sans) (?:de )?réponse|organis\w*|désorganis\w*|gestion\b|bondé\w*|"
    r"rupture\b|unreachable|(?:impossible|unable) to (?:reach|contact|get through)|can'?t (?:reach|contact|get through)|"
    r"(?:personne|rien) ne (?:répond|bouge)\w*|jamais (?:été )?rappel\w*|impossible de (?:les )?(?:joindre|contacter)",
    "price": r"price\w*|pricy|expensive|overpriced|over ?price\w*|pricey|costs?\b|prix|cher\b|chers\b|chère|chères|"
    r"tarif\w*|co[ûu]ts?\b|addition|"
    # 18raise: value for money is the price too ("no value for money", "not worth the money paid").
    r"value for (?:the )?money|worth (?:for )?the (?:money|price|cost)|worth paying",
    # "Sale de bains" is a misspelt bathroom, not a dirty one.
    # Since 18clean: what was not cleaned and what a dirty place shows — dust, stains, mould, a room's
    # smell, someone's hair left in the room ("le ménage n'a pas été fait", "taches sur les draps", "sentait
    # le renfermé"). Not the cleaning staff ("femme de ménage", "personnel de nettoyage": the staff's
    # point), nor appliances ("électroménager"), nor a product's or a dish's smell, nor hair in food
    # (hygiene) or at the hairdresser's.
    "cleanliness": r"dirty|filthy|clean\w*|sales?\b(?!\s+de\s+bains?)|propre\w*|saleté|crasseu\w*|"
    r"(?<!de )(?<!du )nettoy\w*|(?<!de )(?<!du )ménage\b|poussi[eè]r\w*|dust\w*|tach[ée]\w*|taches\b|stain(?!less)\w*|"
    r"moisi\w*|mou?ldy?\b|musty|smelly|odeurs?|sentai\w* (?:mauvais|le |l['’])|"
    r"smell\w* (?:of|like) (?:smoke|cigarettes?|mou?ld|damp|urine|pee|sewage|bleach)|"
    r"(?:room|bathroom|toilet|hallway|corridor|carpet|lobby|place)s? (?:\w+ ){0,2}smell\w*|"
    + NOT_A_HAIR_DRYER + r"(?:cheveux|poils) (?:dans|sur) (?:la |le |les |l['’])?(?:douche|baignoire|lavabo|lit|draps|serviettes?|sol|chambre|salle de bains?|oreillers?|moquette)|"
    r"hairs? (?:in|on) (?:the )?(?:bath\w*|shower|sink|bed|sheets|towels?|floor|room|carpet|pillows?)",
    # Not what a customer expected ("répondu à mes attentes", "je ne savais pas quoi attendre").
    "waiting_time": r"wait(?!er|ress)\w*|slow|took (forever|ages)|(?<!mes )(?<!nos )(?<!vos )(?<!leurs )attente|attendu|"
    r"(?<!quoi )(?<!m['’]y )(?<!s['’]y )(?<!m['’])(?<!s['’])attendre|lent\w*|"
    r"retard\w*|une heure|an hour",
    # "équipe" but not "équipement": the staff, not the fittings.
    # Incompetence is the staff's (the labellers' "staff": incompetent, unhelpful): "personnes
    # incompétentes", "des nuls et incompétents" name no staff word (18combo).
    "staff": r"staff|employee\w*|team\b|personnel|équipes?\b|employé\w*|vendeu\w*|"
    r"incomp[ée]ten\w*|unprofessional|(?:pas|non|peu) professionnel\w*|unhelpful",
    "delivery": r"deliver\w*|courier|parcel|package|shipping|livr\w*|colis|expédi\w*",
    "booking": r"booking|reservation|booked|réserv\w*",
    # A website or app criticised as such (18site): "la page de paiement ne s'ouvre pas", "the website is
    # confusing", "le site est mal organisé" — the labellers' app_crash ("an app or website that does not work").
    "app_crash": r"crash\w*|freez\w*|bug\w*|plant\w*|se ferme|ferme tout seul|bloqu\w*|"
    r"(?:web ?)?sites? (?:internet|web)|website|(?<!sur )(?:le|ce|votre|leur|du) site\b|your site|their site|the site\b|"
    r"applis?\b|application|\bapps?\b|pages? (?:de|du|web)|checkout|interface",
    "login": r"log ?in|sign ?in|password|account locked|connexion|mot de passe|identifi\w*",
    "billing": r"bill\w*|invoice|refund\w*|charged|factur\w*|rembours\w*|prélève\w*|débit\w*",
    "product_defect": FAULT_WORDS + r"|cassé\w*|défectu\w*|ne fonctionne plus|"
    # An order that came incomplete, leaking or not as described (18kit): "missing meals", "il manque
    # une pièce", "non conforme", "the container leaked".
    r"missing (?:\w+ ){0,2}(?:meals?|items?|ingredients?|parts?|pieces?|add-?ons?|products?|spices)|"
    r"incomplete|incomplet\w*|leak\w*|packaging|containers?|ice ?packs?|unusable|inutilisable\w*|"
    r"(?:non|pas) conforme\w*|pi[eè]ces? manquantes?|manquant\w*|il manqu\w*|not as (?:described|advertised)|"
    r"contrefa[cç]on\w*|counterfeit|(?:doesn'?t|does not|don'?t|did not|didn'?t) work|ne (?:marche|fonctionn)\w* pas|"
    # Equipment of other trades that fails (18broken): out of order, the wifi, the lift, the cash
    # machine, the kiosk, the card reader, the key card.
    r"hs\b|wi-?fi|lifts?\b|elevators?|ascenseurs?|cash (?:machine|point)s?|atms?\b|distributeurs?|kiosks?|bornes?\b|"
    r"card (?:reader|machine)s?|terminal de paiement|(?:room )?keys? ?cards?|cartes? (?:de (?:la )?chambre|magnétiques?)",
    # A hotel room and what is in it; a dining room's noise is the noise point (complaints.py).
    # "Room" but not a restaurant's or a hotel's shared rooms ("the dining room was too noisy").
    "room": r"(?<!dining )(?<!breakfast )(?<!waiting )(?<!living )(?<!function )(?<!meeting )(?<!private )(?<!back )"
    r"rooms?\b(?! service| rate)|beds?\b|bedding|mattress\w*|pillows?|sheets\b|showers?\b|bathroom|bath\b|bathtub|"
    r"heating|heater|radiator|air[- ]?con\w*|soundproof\w*|thin walls|"
    r"(?<!tarif de la )(?<!prix de la )(?<!service de )(?<!service en )chambres?|lits?\b|literie|matelas|oreillers?|draps|douches?|salle de bains?|salle d'eau|baignoire|"
    r"chauffage|radiateur|climatisation|clim\b|insonoris\w*|isolation (?:phonique|acoustique)|moquette|"
    # A place worn by age (18tone): "un peu vieillot", "établissement vieillissant", "dated", "run-down".
    r"vieillot\w*|vieillissant\w*|d[ée]labr[ée]\w*|d[ée]fra[îi]chi\w*|rudimentaire\w*|spartiate\w*|dated|outdated|run-?down|"
    + ROOM_AMENITIES
    + r"|eau chaude|hot water",
    "hygiene": r"hygien\w*|cockroach\w*|rat\b|rats\b|mice|hair in|cafard\w*|souris|"
    + NOT_A_HAIR_DRYER + r"cheveu\w* dans",
}

_NEGATIVE = re.compile(
    r"\b(bad|terrible|awful|worst|horrible|disappoint\w*|never again|rude|cold|dirty|"
    r"mauvais\w*|nul(le)?|horrible|déçu\w*|décevant\w*|pire|jamais plus|inadmissible|"
    r"honteu\w*)\b",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"\b(great|excellent|amazing|lovely|perfect|delicious|friendly|recommend\w*|best|"
    r"super|génial\w*|parfait\w*|délicieu\w*|excellent\w*|recommande\w*|top|merci|bravo)\b",
    re.IGNORECASE,
)


def _compile(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {k: re.compile(rf"\b(?:{v})", re.IGNORECASE) for k, v in table.items()}


_CATS = _compile(_CATEGORY_WORDS)
_TOPS = _compile(_TOPIC_WORDS)


# Read by `complaints`, which decides per clause whether a topic is praised or criticised.
TOPIC_PATTERNS = _TOPS
NEGATIVE_WORDS = _NEGATIVE
POSITIVE_WORDS = _POSITIVE

# Praise of a topic, for the composer's thanks ("personnel très sympathique", "the staff were so
# helpful"): wider than POSITIVE_WORDS, which also guesses a rating and spares a staff mention
# on a low rating, and is read only after the clause showed no criticism (complaints._clause_tone).
PRAISE_WORDS = re.compile(
    r"\b(good|nice|friendly|helpful|kind|lovely|wonderful|fantastic|awesome|brilliant|outstanding|"
    r"superb|tasty|clean|spotless|comfortable|comfy|attentive|welcoming|professional|polite|"
    r"courteous|efficient|fresh|cosy|cozy|beautiful|pleasant|fabulous|exceptional|impeccable|"
    r"loved|enjoyed|pleased|"
    r"bon|bonne|bons|bonnes|sympa\w*|gentil\w*|aimables?|agr[ée]ables?|chaleureu\w*|accueillant\w*|"
    r"adorables?|formidables?|magnifiques?|propres?|confortables?|efficaces?|serviables?|souriant\w*|"
    r"professionnel\w*|exceptionnel(?:le)?s?|impeccables?|savoureu\w*|copieu\w*|attentionn[ée]\w*|"
    r"ador[ée]\w*|appr[ée]ci[ée]\w*|nickel|ravie?s?)\b",
    re.IGNORECASE,
)


def guess_categories(text: str) -> tuple[str, ...]:
    sample = text[:4000]
    return tuple(sorted(k for k, rx in _CATS.items() if rx.search(sample)))


def guess_topics(text: str) -> tuple[str, ...]:
    """Topics mentioned, most mentioned first (ties by name)."""
    sample = text[:4000]
    counts = {k: len(rx.findall(sample)) for k, rx in _TOPS.items()}
    return tuple(k for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n)


def guess_stars(text: str) -> int | None:
    """Rough polarity as a star rating (2, 3 or 5) when the platform gave none."""
    neg = len(_NEGATIVE.findall(text[:4000]))
    pos = len(_POSITIVE.findall(text[:4000]))
    if neg == pos == 0:
        return None
    if neg > pos:
        return 2
    return 5 if pos > neg + 1 else 3

"""What a review complains about, most serious first: the points a reply must answer.

Categories come from the triage (or the keyword fallback), plus those the words of a
not-positive review point at (`complaint_cues`, more generous than the triage); topics count as complaints only
where the reviewer criticises them. A topic is judged per clause ("great food but slow
service" praises the food and criticises the service), so a four-star review with one
gripe gets that gripe answered and its praise thanked. Last, the learned reply points
(`point_model.py`) add what the labellers read in the whole review in words no list holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .complaint_cues import complaint_cues
from .complaint_model import learned_complaints
from .keywords import (
    FAULT_WORDS,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
    PRAISE_WORDS,
    ROOM_AMENITIES,
    TOPIC_PATTERNS,
)
from .model import ReviewInput
from .point_model import clause_points, learned_points, with_additions, with_named

# Most serious first: health & safety, money, staff, then the rest (issue 18).
ISSUE_ORDER: tuple[str, ...] = (
    "health_safety",
    "minors_safety",
    "hygiene",
    "fraud_billing",
    "billing",
    "discrimination",
    "staff_behaviour",
    "staff",
    "legal_threat",
    "escalation",
    "waiting_time",
    "food",
    "service",
    "noise",
    "cleanliness",
    "room",
    "delivery",
    "booking",
    "product_defect",
    "app_crash",
    "login",
    "price",
    # Criticism that names none of the points above (18rest): answered last, by blocks that
    # acknowledge "everything else that fell short" rather than guess what it is.
    "other",
)
# The room point: found by our own room words only (review_points), never the engine's alone.
_ROOM = "room"
# A category's blocks already answer these topics; answering both would repeat ourselves.
COVERS: dict[str, tuple[str, ...]] = {
    "health_safety": ("hygiene",),
    "fraud_billing": ("billing",),
    "staff_behaviour": ("staff",),
    # The room's blocks speak of the room and its fittings: a broken shower is one of them.
    "room": ("product_defect",),
}
# On a low rating a criticised bill or refund is a money complaint (the severity guide's
# "wrong bill, refund refused or never received"): the category's blocks answer it fully (the
# transaction checked, refunded), ranked as the guide ranks it. Criticised staff become a
# complaint about how the customer was treated only with a word of attitude: slowness or
# forgetfulness alone is not rudeness (the guide again), and the topic's blocks answer that.
PROMOTED_ON_LOW_RATING = {"billing": "fraud_billing", "staff": "staff_behaviour"}
_ATTITUDE = re.compile(
    r"\b(?:rude\w*|impoli\w*|d[ée]sagr[ée]able\w*|aggressi\w*|agressi\w*|arrogan\w*|condescend\w*|"
    r"dismissive|m[ée]pris\w*|insult\w*|yell\w*|shout\w*|hurl\w*|cri[ée]\w*|moqu\w*|mock\w*|"
    r"ignor\w*|unfriendly|unhelpful|unprofessional|pas professionnel\w*|(?:pas|peu) aimable\w*|"
    r"(?:pas|peu) sympa\w*|disrespect\w*|irrespectu\w*|hautain\w*|snob\w*|lied|menti\w*|"
    r"refus\w*|attitude|ton sec|sèchement|sarcas\w*|laughed at|rigol\w*)",
    re.IGNORECASE,
)
# Likewise a bill or a refund becomes a money complaint only with a word saying something went
# wrong with the money ("the waiter brought the bill" is not one); otherwise its topic blocks
# answer it, and the reply does not apologise for a payment problem nobody raised.
_MONEY_DISPUTE = re.compile(
    r"\b(?:not|never|still|no|pas|jamais|toujours|aucun\w*|twice|deux fois|again|encore|wrong|erreur|"
    r"refus\w*|kept|gard[ée]\w*|bloqu\w*|blocked|perdu|lost|charged|d[ée]bit[ée]\w*|pr[ée]lev\w*|factur[ée]\w*)\b",
    re.IGNORECASE,
)
# Severity categories a five-star review's draft does not apologise for (see review_points).
_NOT_ON_FIVE_STARS = frozenset({"staff_behaviour", "fraud_billing", "escalation"})
# The triage engine's category and topic ids where they differ from the reply assistant's.
ALIASES = {"discrimination_harassment": "discrimination", "escalation_threat": "escalation"}
TOPIC_ALIASES = {
    "app_bug": "app_crash",
    "product_quality": "product_defect",
    "returns_refund": "billing",
    "customer_service": "service",
}

_CLAUSE = re.compile(
    # " / " separates Booking's "liked / disliked" halves.
    # A full stop between two digits is a decimal point ("£7.40"), not the end of a clause.
    r"(?:[!?;\n]|(?<!\d)\.|\.(?!\d))+|\s/\s|,\s*(?=(?:but|mais)\b)|\b(?:but|however|although|though|except|mais|cependant|"
    r"par contre|pourtant|sauf|en revanche|malheureusement|unfortunately)\b",
    re.IGNORECASE,
)
# Words that are themselves a complaint about a price (18pricey): criticism (`_CRITICISM`), and a
# price's judgement beside an amount (`_PRICE_JUDGED`).
_PRICE_COMPLAINTS = (
    # "Easy to steep" is tea, not a price.
    r"cheeky|(?<!to )steep|ça pique|ca pique|rip[- ]?off|ripped off|daylight robbery|extortionate|hors de prix|"
    r"wish (?:it|they|the \w+) (?:was|were) (?:a (?:little|bit|tad) )?cheaper"
)
# English contracted negation ("isn't", "didn’t", "can't"): the whole word, since a "n't" after \b
# could never match inside one (it did not, until 18nt: "it isn't very clean" was no criticism).
_CONTRACTED_NEGATION = r"\w+n['’]t"
# What a thing is criticised for in words of its own quality (18tone): food that is bland, dry or
# overcooked, a room that is dated, worn or musty, a map that is imprecise, a selection that is poor or
# limited. Each is a complaint in itself, so it counts in a five-star review too.
QUALITY_FAULTS = (
    r"bland|tasteless|flavou?rless|over-?cooked|under-?cooked|burnt|rubbery|chewy|stale|soggy|greasy|"
    r"watery|lukewarm|tepid|spoil(?:ed|t)|rotten|mou?ldy|wilted|mushy|poor|poorly|mediocre|sub-?par|meh|"
    r"so-?so|lacking|insufficient|inadequate|dated|outdated|worn|run-?down|dingy|musty|smelly|stinky|"
    r"stuffy|lumpy|saggy|creaky|squeaky|flimsy|clogged|stained|dusty|sticky|disgusting|gross|nasty|"
    r"horrendous|atrocious|appalling|dreadful|abysmal|shocking|unacceptable|unpleasant|useless|"
    r"confusing|inaccurate|imprecise|unreliable|buggy|glitchy|laggy|clunky|frustrating|annoying|"
    r"understaffed|short-?staffed|overwhelmed|incorrect|damaged|crushed|expired|incomp[ée]tent\w*|"
    r"unprofessional|"
    r"fade|insipide\w*|trop cuit\w*|pas assez cuit\w*|cram[ée]\w*|caoutchouteu\w*|rassis\w*|d[ée]tremp[ée]\w*|"
    r"huileu\w*|pourri\w*|moisi\w*|avari[ée]\w*|p[ée]rim[ée]\w*|m[ée]diocre\w*|passable|basique\w*|"
    r"insuffisant\w*|vieillot\w*|vieilli\w*|vieillissant\w*|usée?s?|usag[ée]\w*|d[ée]fra[îi]chi\w*|"
    r"d[ée]labr[ée]\w*|d[ée]cr[ée]pit\w*|miteu\w*|glauque\w*|puant\w*|malodorant\w*|humidit[ée]|"
    r"bouch[ée]e?s?|grin[cç]\w*|d[ée]go[ûu]tant\w*|d[ée]gueu\w*|infecte?s?|immonde\w*|catastroph\w*|"
    r"lamentable\w*|d[ée]plorable\w*|minable\w*|pitoyable\w*|inacceptable\w*|inutile\w*|"
    r"impr[ée]cis\w*|approximati\w*|inexistant\w*|d[ée]faillant\w*|endommag\w*|ab[îi]m[ée]\w*|"
    r"[ée]cras[ée]\w*|erron[ée]\w*|"
    # What could be better, said as such: "laisse à désirer", "à améliorer", "could be cleaner", "needs
    # updating", "mal entretenu", "surfait", "limité", "small portions", "petite chambre".
    r"laiss\w* (?:un peu |beaucoup |grandement |fortement )?[àa] d[ée]sirer|"
    r"leaves? (?:a lot |much |something |a little )?to be desired|(?:points? )?[àa] am[ée]liorer|"
    r"could (?:be|do with|use) (?:a bit |a little |much |some )?(?:better|cleaner|improv\w+|bigger|warmer|more)|"
    r"needs? (?:some |a bit of )?(?:improv\w+|updat\w+|replac\w+|renovat\w+|refurbish\w+|a refresh|a makeover)|"
    r"room for improvement|besoin d['’](?:un )?(?:rafra[îi]chissement|r[ée]novation|coup de neuf)|"
    r"mal (?:\w+[ée]e?s?)|surfait\w*|overrated|limit[ée]e?s?|limited(?! time| edition)|c['’]est limite|compliqu[ée]\w*|complicated|"
    r"(?:small|smaller|tiny|petites?|plus petites?) (?:portions?|rooms?|chambres?|beds?|lits?|salles? de bains?|bathrooms?)|"
    r"(?:portions?|rooms?|chambres?|beds?|lits?|salles? de bains?|bathrooms?) (?:\w+ ){0,3}?(?:small|smaller|petites?|plus petites?)"
)
# A room's amenity said to be missing (18tone): "pas de frigo", "no kettle in the room", "sans sèche-cheveux".
MISSING_AMENITY = (
    r"(?:pas d['’]|pas de|plus de|aucune?|sans|manque de|no|without|lack of|there (?:was|were|is|are) no|(?:did|does)n['’]?t have (?:a|any))\s+"
    r"(?:\w+[\s-]+){0,2}?(?:" + ROOM_AMENITIES + r")"
)
# Criticism beyond the polarity words: negation, excess, lack, and common complaint adjectives.
_CRITICISM = re.compile(
    # First, so that its negation is not matched alone (in a five-star review a bare negation is no criticism).
    r"\b(?:" + MISSING_AMENITY + r"|not|no|never|" + _CONTRACTED_NEGATION + r"|without|lack\w*|too|cold|late|slow|long|rude|dirty|missing|wrong|"
    r"forgot\w*|inedible|overpriced|expensive|waited|ne|n'|pas|jamais|aucune?|sans|manqu\w*|trop|"
    r"froid\w*|tiède\w*|lent\w*|long\w*|retard\w*|sales?(?!\s+de\s+bains?)|oubli\w*|immangeable|cher|chère|"
    r"attendu\w*|désagréable|impoli\w*|moyen\w*|bof|décev\w*|déçu\w*|nul\w*|mauvais\w*|"
    # What a price is criticised for (18price): high, excessive, not worth it.
    r"high(?:er)? (?:prices?|costs?)|(?:prices?|costs?|prix|tarifs?|co[ûu]ts?) (?:\w+ ){0,2}(?:high|élevé\w*)|"
    r"excessi\w*|exorbitant\w*|absurd\w*|ridiculous\w*|not worth|over ?pric\w*|pricey|pricy|"
    # What an order is criticised for (18kit): leaking, incomplete, unusable.
    r"leak\w*|fuit\w*|fuite\w*|incomplete|incomplet\w*|unusable|inutilisable\w*|"
    # A price's own complaint words (18pricey): cheeky, steep, "ça pique", abusé.
    + _PRICE_COMPLAINTS
    + r"|abus[ée]\w*|"
    # Faults that are complaints in themselves (18broken): broken, out of order, stopped working,
    # "kept dropping", "stuck on", "le wifi coupe", "avale les cartes".
    + FAULT_WORDS
    + r"|cass[ée]\w*|kept (?:dropping|cutting|crashing|freezing|failing)\w*|"
    r"stuck on|coupe (?:tout le temps|sans arr[êe]t|toutes les)|aval\w* (?:les|la|ma|mes|ta) cartes?|"
    # What a room is criticised for: comfort, size, wear, noise.
    r"uncomfortable|inconfortable\w*|cramped|tiny|exigu\w*|minuscule\w*|shabby|vétuste\w*|noisy|bruyant\w*|"
    + QUALITY_FAULTS
    + r")\b",
    re.IGNORECASE,
)
# The part of that list that only negates, intensifies or notes an absence. In a five-star
# review these words praise as often as they criticise ("ne changez rien", "no
# waiting", "sans frais de port", "without being snobby", "trop aimable", "a bit pricey but
# worth it"): there a clause is critical only with a word that is itself a complaint.
# Matched whole against one word of `_CRITICISM` (no \b: "n'" ends on a non-word character).
_NEGATION_OR_DEGREE = re.compile(
    r"(?:not|no|never|" + _CONTRACTED_NEGATION + r"|without|too|ne|n'|pas|jamais|aucune?|sans|trop|cher|chère|expensive|pricey|pricy|long\w*)",
    re.IGNORECASE,
)
# "pas mal", "not bad", "no problem": negations that praise.
_PRAISING_NEGATION = re.compile(
    r"\b(?:pas mal|not bad|no problem|aucun problème|rien à redire|nothing to complain|"
    r"never disappoint\w*|jamais (?:été )?d[ée]çu\w*|sans faute|no complaints?|nothing (?:was |is )?missing|rien ne manqu\w*|"
    # Their contracted forms (18nt): "can't fault", "couldn't be better", "wasn't bad", "didn't
    # disappoint", "don't hesitate", "can't wait", "can't recommend it enough", "won't be disappointed".
    r"(?:isn|wasn|aren|weren|ain)['’]t (?:too |that |so |half )?bad|"
    r"(?:ca|could)n['’]t (?:fault|complain|ask for (?:more|better|a better)|have asked for|"
    r"(?:have )?(?:be|been) (?:better|happier|nicer|more)|recommend|say enough|wait|speak highly enough|"
    r"praise|thank)|"
    r"(?:did|does|do)n['’]t (?:disappoint|hesitate|miss|regret|think twice)|"
    r"won['’]t (?:be disappointed|regret|disappoint|go anywhere else|hesitate)|"
    # A bad thing denied is praise (review mend, session t): "I haven't had a bad meal yet", "not one
    # bad meal", "not bland at all".
    r"\w+n['’]t (?:yet )?(?:had|received|got|found|seen|tasted|eaten) (?:a|one|a single|any) (?:bad|poor|disappointing)|"
    r"(?:not|never) (?:had )?(?:one|a single|a) bad|"
    r"not (?:bland|greasy|salty|dry|overcooked|late|slow|rude|disappointing) at all|"
    # ...and so is a fault said to be small or absent on four stars (review mend, session t): "not too
    # loud", "the price is not high", "didn't take long", "never had any issues", "without a musty
    # smell", "pas eu trop à attendre", "pas de problème de VMC", "so nice to not have to worry".
    r"(?:not|\w+n['’]t|never) (?:too|that|so|very|overly) (?:loud|noisy|bad|long|far|expensive|pricey|busy|crowded|"
    r"complicated|difficult|hard|salty|spicy|sweet|greasy|slow)|not (?:expensive|pricey|far|crowded|noisy|loud)|"
    r"(?:prices?|costs?|prix|tarifs?) (?:is |are |was |were |est |sont )?(?:not|pas) (?:too |so |very |très |trop |si )?(?:high|[ée]lev[ée]e?s?)|"
    r"no (?:bad |musty |strange |unpleasant )?(?:smell|odou?r)s?|"
    r"(?:did|does|do)n['’]?t take (?:too |very |that )?long|did not take (?:too |very )?long|"
    r"never (?:had|encountered|experienced) (?:any |a single )?(?:issues?|problems?)|"
    # French negation in two words: "je n'ai jamais rencontré de problème", "n'ai pas eu trop à attendre".
    r"(?:(?:n['’]|ne )\w+ )?(?:jamais (?:rencontr[ée]|eu) (?:de |aucun )?(?:probl[èe]me|souci)s?|"
    r"pas (?:eu )?(?:trop |beaucoup |longtemps )?[àa] attendre|pas (?:eu )?de probl[èe]mes?)|"
    r"sans (?:aucun )?(?:probl[èe]me|souci)s?|"
    r"without (?:a |any )?(?:\w+ )?(?:smell|odou?r|wait|waiting|problems?|issues?|hassle|fuss)|"
    r"(?:not|\w+n['’]t) (?:have|having) to (?:worry|bother|cook|prepare|shop)|"
    r"(?:(?:was|were|am|are|is|been|i['’]m) )?not (?:been )?disappointed|(?:pratiquement |quasiment |presque )?pas d['’]attente|"
    r"\w+n['’]t leave (?:me|us|you) (?:hungry|wanting)|"
    # A question tag asks for agreement and criticises nothing ("above average, isn't it?").
    r"\w+n['’]t (?:it|they|he|she|we|you|there|that)\s*(?:\?|$)|(?:do|did)n['’]t you (?:think|agree)|"
    # Colloquial French "trop" before praise means "very" ("personnel trop aimable").
    r"trop (?:bien|bon\w*|beau\w*|belle\w*|sympa\w*|gentil\w*|aimable\w*|mignon\w*|cool|top|chouette|"
    r"agr[ée]able\w*|d[ée]licieu\w*|adorable\w*|g[ée]nial\w*|styl[ée]\w*|pratique\w*))\b",
    re.IGNORECASE,
)


def covered_by(points: Iterable[str]) -> set[str]:
    """The topics that a category among `points` answers in full (hygiene under health &
    safety): answering or naming them beside it would say one thing twice."""
    return {topic for category in set(points) for topic in COVERS.get(category, ())}


@dataclass(frozen=True, slots=True)
class Points:
    """The points a reply answers: complaints in order of seriousness, and praised topics."""

    complaints: tuple[str, ...]
    praised: tuple[str, ...]


def _criticises(clause: str, happy: bool) -> bool:
    """A word of criticism in `clause`; in a happy review, one that is more than a negation or
    a degree word (see `_NEGATION_OR_DEGREE`)."""
    if NEGATIVE_WORDS.search(clause):
        return True
    if not happy:
        return bool(_CRITICISM.search(clause))
    return any(not _NEGATION_OR_DEGREE.fullmatch(m.group(0)) for m in _CRITICISM.finditer(clause))


# Phrases made of words of complaint that complain of nothing, blanked before a clause's tone is read.
# "À deux pas du métro", "à quelques pas", "pas à pas": steps, not a negation (review mend, session s:
# "lits très confortables et à deux pas du parc" was read as criticising the beds).
_NOT_A_COMPLAINT = re.compile(
    r"\b(?:[àa]\s+(?:deux|2|quelques|trois|3|cinq|5|dix|10)\s+pas|pas\s+[àa]\s+pas"
    # Nor is a time of day, a loyal customer's "depuis longtemps", a kind of drink or a town a complaint
    # (review mend, session t: "after a late night hangout", "hot and cold beverages", "try the cold
    # coffee", "Noisy-le-Sec" on five stars).
    r"|late[- ](?:night|evening|lunch|dinner|breakfast|check-?out|opening|hours)|open (?:until )?late"
    r"|depuis (?:tr[èe]s |si |aussi |bien |fort )?longtemps"
    # A clause's last "too" is "as well" ("the food is ok too"), and food kept cold is packed well.
    r"|too(?=\s*$)|keeps? (?:\w+ ){0,2}(?:cold|frozen|fresh|chilled|warm|hot)"
    r"|cold (?:brew|coffee|drinks?|beverages?|beers?|cuts|press\w*)|hot (?:and|or|&) cold|noisy-le-\w+)\b",
    re.IGNORECASE,
)


# A denial wished for is a complaint: "I wish shipping wasn't so expensive".
_WISHED = re.compile(r"\b(?:wish\w*|if only)\b", re.IGNORECASE)


def _clause_tone(clause: str, happy: bool = False) -> int:
    """-1 critical, +1 praising, 0 neither; `happy`: the review has five stars."""
    clause = _NOT_A_COMPLAINT.sub(" ", clause)
    if _PRAISING_NEGATION.search(clause) and not _WISHED.search(clause):
        clause = _PRAISING_NEGATION.sub(" ", clause)
        if not _CRITICISM.search(clause) and not NEGATIVE_WORDS.search(clause):
            return 1
    if _criticises(clause, happy):
        return -1
    return 1 if POSITIVE_WORDS.search(clause) or PRAISE_WORDS.search(clause) else 0


def _clauses(text: str) -> Iterator[str]:
    """The non-blank clauses of the first 4,000 characters of `text`, as every reading splits them."""
    return (clause for clause in _CLAUSE.split(text[:4000]) if clause and clause.strip())


# English "sale(s)" — a shop's offers, its sales agent — is French "dirty" (sale, sales) to the word
# lists. In a review read as English it is no complaint (review mend, session t: "Your sales agent
# was very helpful" and "Love the sales!" on five stars were answered with an apology for the dirt).
_ENGLISH_SALE = re.compile(r"\bsales?\b", re.IGNORECASE)


def as_read(text: str, lang: str | None) -> str:
    """`text` as the word lists read it in `lang`: an English review's "sale(s)" reads "offer(s)"."""
    return _ENGLISH_SALE.sub(lambda m: "offer" + m.group(0)[4:], text) if lang == "en" else text


def clauses_by_criticism(
    text: str, stars: int | None, lang: str | None = None
) -> tuple[list[str], list[str]]:
    """The clauses of `text` that criticise something and those that do not, judged as the points
    are (in a five-star review only a word that is itself a complaint counts)."""
    happy = stars == 5
    critical: list[str] = []
    other: list[str] = []
    for clause in _clauses(as_read(text, lang)):
        (critical if _clause_tone(clause, happy) == -1 else other).append(clause)
    return critical, other


# Noise and music outside a room (a dining room's, a lobby's), answered by blocks of its own
# (resources/compose/noise): "the service you describe" does not answer a loud room. Labellers
# file it under "service". Only when criticised ("great music" praises nothing we answer); in a
# clause about the room, noise is the room's (thin walls), answered by the room's blocks.
_NOISE_POINT = "noise"
_NOISE = re.compile(r"\b(?:noisy|noise|loud|music|karaoke|bruit\w*|bruyant\w*|musique|tapage)\b", re.IGNORECASE)
# What is eaten and drunk, by name (breakfast, chicken, coffee, petit déjeuner, légumes…): the food
# point only in a clause that criticises it and names no other topic ("petit déjeuner trop cher"
# criticises the price, "la queue pour le petit déjeuner" the wait). On a low rating a mere mention
# is not enough ("I ordered the chicken and it never came" is about the delivery).
_FOOD_ITEMS = re.compile(
    r"\b(?:breakfast|brunch|lunch|dinner|buffet|coffee|drinks?|beverages?|chicken|beef|pork|meat|fish|"
    r"seafood|shrimps?|prawns?|rice|noodles?|sushi|sashimi|pho|soup|salad|bread|vegetables?|veggies?|"
    r"ingredients?|produce|fruits?|portions?|sandwich\w*|pancakes?|sauce|flavou?rs?|spices?|recipes?|"
    r"petit[- ]d[ée]jeuner|d[îi]ner|d[ée]jeuner|go[ûu]ter|boissons?|poulet|b[œo]euf|viande|poisson|riz|"
    # "Pain" only as French bread: "what a pain" is not the food.
    r"nouilles|soupe|salade|(?:du|le|les|de|des) pains?|pains? au|l[ée]gumes|ingr[ée]dients?|viennoiseries?|croissants?|"
    r"saveurs?|assiettes?|choix)\b",
    re.IGNORECASE,
)
# An amount of money or a fee ("£4.20", "32€", "7.50 CHF", "service fee", "les frais de tenue de
# compte") is the price point only beside words that judge a price (18pricey): "£4.20 for a
# croissant is a lot", "5,50€ le cappuccino faut pas abuser", "for £180 I expected more", "les frais ont
# augmenté". An amount in a dispute ("récupérer 8€50", "charged £64 twice") is the money point's.
_PRICE_MENTION = re.compile(
    r"(?:[£$€]\s?\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?\s?(?:€|\$|£|chf\b|francs?\b|euros?\b|balles\b|dollars?\b|"
    r"quid\b|bucks\b|p\b))|\b(?:fees?|surcharges?|supplements?|suppléments?|commissions?|cotisations?|agios|"
    r"service charges?|(?:les|des|vos|ces) frais|frais (?:de|bancaires)\w*)\b",
    re.IGNORECASE,
)
_PRICE_JUDGED = re.compile(
    r"\b(?:"
    + _PRICE_COMPLAINTS
    + r"|a bit much|too much|(?:is|was|seems?|that's|it's) a lot|abus\w*|"
    r"exag[ée]r[ée]\w*|expensive|pricey|pricy|overpriced|"
    r"cher|chère|chers|chères|(?:i|we|you|one|on) (?:\w+ )?(?:expect\w*|s'attend\w*|attend\w*)|"
    r"(?:gone|went|crept|go|goes) up|augment[ée]\w*|increased|hikes?|a grimp[ée]\w*|pass[ée]s? (?:de|à|a) \d|"
    # 18fees: a fee judged in everyday words ("fees are too high", "ridiculous fees", "des frais exorbitants").
    r"(?:too|so|very|really|crazy|insanely|ridiculously|extremely) high|high(?:er)? (?:\w+ )?(?:fees?|charges?)|"
    r"ridiculous|insane|outrageous|excessive|exorbitant\w*|absurd|"
    r"(?:trop |très |tr[èe]s )?[ée]lev[ée]s?|abusi(?:f|fs|ve|ves)|excessi(?:f|fs|ve|ves))",
    re.IGNORECASE,
)
# 18raise: a price, a tariff or a bill raised is criticised even in a clause with no word of tone ("now
# it's increased to £72 for a different tariff", "they tripled the prices for the same quality").
_PRICE_RAISED = re.compile(
    r"\b(?:increased|increases?|raised|hiked|hikes?|doubled|tripled|quadrupled|(?:gone|went|goes|go|going) up|"
    r"put up|augment[ée]\w*)\b",
    re.IGNORECASE,
)
_PRICE_NOT_RAISED = re.compile(
    r"(?:\b(?:not|never|no|pas|jamais)|n['’]t)\W+(?:\w+\W+){0,2}?(?:increased|raised|hiked|doubled|tripled|"
    r"(?:gone|went|goes|go) up|put up|augment)",
    re.IGNORECASE,
)
_PRICE_POINT = "price"
# Points read from words of their own, and only where the clause criticises them.
_CRITICISED_ONLY: dict[str, re.Pattern[str]] = {_NOISE_POINT: _NOISE, "food": _FOOD_ITEMS}
# 18rest: a reply to a mixed or unhappy review answers every gripe, even one in words no point
# knows ("the parking is hellish", "pas de coordination entre le guichet et le bureau", "only
# breakfast from 7:30"). The labellers file most of these under "service"; the composer does not
# guess a name for them but acknowledges them as "everything else that fell short", last.
_OTHER_POINT = "other"
_OTHER_MAX_STARS = 3  # four and five stars: a gripe is thanked for (compose's `gripe` blocks)


def unnamed_criticism(text: str, stars: int | None) -> list[str]:
    """The clauses of a review of at most three stars that criticise something no point names
    (two words at least: "Bof." alone is a verdict on the whole, which the draft answers)."""
    if stars is None or stars > _OTHER_MAX_STARS:
        return []
    unnamed: list[str] = []
    _topic_tones(text, stars == 5, unnamed=unnamed)
    return unnamed


def toneless_topic_clauses(
    text: str, stars: int | None, lang: str | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """The clauses that name topics with no word of praise or criticism, with those topics: what
    the learned reading (`point_model.clause_points`) reads in `review_points`; for the training
    script's mirror of the composer."""
    unsure: list[tuple[str, tuple[str, ...]]] = []
    _topic_tones(as_read(text, lang), stars == 5, unsure)
    return unsure


def _topic_tones(
    text: str,
    happy: bool = False,
    unsure: list[tuple[str, tuple[str, ...]]] | None = None,
    unnamed: list[str] | None = None,
) -> dict[str, list[int]]:
    """Each topic's tones, one per clause naming it. Read in the same pass, for the points that
    need them: `unsure` collects the clauses that name topics with no word of praise or criticism
    ("La douche bouchée", "Lit un petit peu dur"), for the learned reading
    (`point_model.clause_points`); `unnamed` the clauses of two words or more that criticise and
    name no point at all — no topic, no noise or food by name, no amount (18rest)."""
    tones: dict[str, list[int]] = {}
    for clause in _clauses(text):
        found = [topic for topic, rx in TOPIC_PATTERNS.items() if rx.search(clause)]
        price_mention = _PRICE_MENTION.search(clause)
        if _PRICE_POINT not in found and price_mention and _PRICE_JUDGED.search(clause):
            tones.setdefault(_PRICE_POINT, []).append(-1)  # "£4.20 for a croissant is a lot"
        elif (
            (_PRICE_POINT in found or price_mention)
            and _PRICE_RAISED.search(clause)
            and not _PRICE_NOT_RAISED.search(clause)
        ):
            tones.setdefault(_PRICE_POINT, []).append(-1)  # "they tripled the prices", "increased to £72"
        criticised_only = [point for point, rx in _CRITICISED_ONLY.items() if rx.search(clause)]
        if not found and not criticised_only:
            if (
                unnamed is not None
                and not price_mention
                and len(clause.split()) >= 2
                and _clause_tone(clause, happy) == -1
            ):
                unnamed.append(clause)
            continue
        if _ROOM in found and _NOISE_POINT in criticised_only:
            criticised_only.remove(_NOISE_POINT)  # thin walls: the room's point
        if found and "food" in criticised_only:
            criticised_only.remove("food")  # "petit déjeuner trop cher": the price's point
        tone = _clause_tone(clause, happy)
        if tone == -1:
            found += criticised_only
        elif tone == 0 and unsure is not None:
            unsure.append((clause, (*found, *(p for p in criticised_only if p == "food"))))
        for topic in found:
            tones.setdefault(topic, []).append(tone)
    return tones


_HYGIENE = "hygiene"
# Pests stay a hygiene point whatever else the review says (the hygiene words' other half).
_PESTS = re.compile(
    r"\b(?:cockroach\w*|roach(?:es)?|rats?|mice|mouse|rodents?|vermin|bed ?bugs?|cafards?|blattes?|souris|"
    r"rongeurs?|punaises?|nuisibles?)\b",
    re.IGNORECASE,
)


def _dirt_told_as_hygiene(complaints: set[str], text: str) -> bool:
    """Whether the hygiene point only repeats the cleanliness one: hair left in the bathtub, "the
    hygiene is unacceptable" of dirty toilets (18dirt). On every reply-labelled review where both
    were read, the labellers named cleanliness and no health matter, and the draft apologised
    twice for the dirt, once as "a hygiene problem we take very seriously". Food, pests and a
    reported health incident keep the hygiene point: there it is the serious one."""
    return (
        _HYGIENE in complaints
        and "cleanliness" in complaints
        and not complaints & {"health_safety", "food"}
        and not _PESTS.search(text[:4000])
    )


def review_points(review: ReviewInput) -> Points:
    """Complaints (categories then criticised topics, most serious first) and praised topics."""
    stars = review.stars
    low = stars is not None and stars <= 2
    # Five stars only: a four-star review's negation is usually its one complaint ("the wait
    # was too long"), which the five-star reading would drop.
    happy = stars == 5
    complaints: set[str] = {ALIASES.get(c, c) for c in review.categories}
    if happy and not NEGATIVE_WORDS.search(review.text[:4000]):
        # Five stars, no word of complaint, and a staff, money or escalation "complaint" is the
        # triage misreading praise ("without being snobby", "refunded within ten minutes"): a
        # thank-you must not apologise for it. A five-star review that says "rude" is a rating
        # given by mistake and keeps its complaint; a reported incident (health, a child,
        # discrimination, a legal threat) always stays.
        complaints -= _NOT_ON_FIVE_STARS
    unsure: list[tuple[str, tuple[str, ...]]] = []
    # Criticism no point names is answered on three stars or less only: no need to read it above.
    unnamed: list[str] | None = [] if stars is not None and stars <= _OTHER_MAX_STARS else None
    tones = _topic_tones(as_read(review.text, review.lang), happy, unsure, unnamed)
    praised: list[str] = []
    for topic in dict.fromkeys((*review.topics, *tones)):
        seen = tones.get(topic)
        if seen is None:
            # Named by the triage but not found by our words: trust the rating (not for a
            # room: the engine's room words — "view", "suite" — are too often something else).
            if low and topic != _ROOM:
                complaints.add(topic)
            continue
        if -1 in seen or (low and 1 not in seen):
            complaints.add(topic)
        elif 1 in seen:
            praised.append(topic)
    if low:
        promoted = complaints & PROMOTED_ON_LOW_RATING.keys()
        if "staff" in promoted and not _ATTITUDE.search(review.text[:4000]):
            promoted.discard("staff")
        if "billing" in promoted and not _MONEY_DISPUTE.search(review.text[:4000]):
            promoted.discard("billing")
        complaints |= {PROMOTED_ON_LOW_RATING[t] for t in promoted}
    # The words of a not-positive review can name a complaint the triage did not flag as
    # urgent: a draft that answers it too costs a sentence, one that ignores it costs more.
    complaints |= {cue.category for cue in complaint_cues(review.text, stars)}
    # A complaint in words the lists never saw: a sentence the learned model is sure of (off:
    # measured and not kept, see complaint_model.py).
    complaints |= learned_complaints(review.text, stars, review.lang)
    # What is left: criticism no point names, unless the service (the labellers' word for most of
    # it) is already answered or praised; a learned service point replaces it below.
    if (
        not complaints & {"service", _NOISE_POINT}
        and "service" not in praised
        and unnamed
    ):
        complaints.add(_OTHER_POINT)
    # What the labellers read in the whole review, in words no list holds: the learned reply
    # points (point_model.py). Never a topic the review praises, nor a happy review's lone
    # gripe: thanks answer those.
    complaints = with_additions(learned_points(review.text, stars, review.lang), complaints, praised, stars)
    # A topic named in a clause with no word of tone, that the learned points read as a complaint
    # when they read that clause alone (18clause): located, so on any rating, never a praised topic.
    complaints = with_named(complaints, clause_points(unsure, stars, review.lang) - set(praised))
    complaints -= covered_by(complaints)
    if _dirt_told_as_hygiene(complaints, review.text):
        complaints.discard(_HYGIENE)
    ordered = tuple(i for i in ISSUE_ORDER if i in complaints)
    return Points(complaints=ordered, praised=tuple(p for p in praised if p not in complaints))

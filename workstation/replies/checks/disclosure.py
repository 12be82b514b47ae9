"""Personal data as the shape of a disclosure (18pd2): a sentence that tells the reader, in
public, a specific fact about their own person, visit, account, money, health, family, legal
status or use of the business.

Lists of sensitive facts did not carry to new blind rounds (18pd: each round disclosed other
facts). What stays the same is the shape: the business *holds* something about the reader and
says it. A sentence is a disclosure when it is about the reader (or someone of theirs) and

- cites what the business holds on them ("according to our file", "on file", "your file
  mentions", "we've noted that", "as you'll recall", "pour rappel", "dont tu nous as parlé")
  together with a specific detail (a date, a weekday, a clock time, an amount, a count, a
  condition, a name);
- or counts the reader's own history with the business ("you've had 23 lessons", "four of your
  twelve lessons", "vous avez raté le code trois fois");
- or names a condition of the reader's life: their health, money, family or legal situation
  ("your debt ratio", "since the divorce", "le placement de votre fils", "ta tendinite"),
  where the condition is told of the reader (owned by them, or dated in their life), not a
  topic of the business ("our mortgage advice", "the treatment room");
- or says where the reader lives ("vous habitez au chemin des Vignes 12").

Apologies that say what went wrong ("your order arrived cold"), refunds, "your visit" without
specifics and the business's own details have none of these shapes. A disclosure declined
("we can't discuss your treatment here") is not one.
"""

from __future__ import annotations

import re

from .concepts import SCAN_CHARS, concept
from .sentences import split_sentences

Span = tuple[int, int]

_NUM_WORD = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"
)
NUM = rf"(?:\d+|{_NUM_WORD})"

# The reader, or someone or something of theirs.
READER = concept(
    r"you|your|yours|you're|you've|you'd|you'll|ur|u|vous|votre|vos|tu|ton|ta|tes|te|t'|t"
)
# The reader as the one who did something, counted after it: "you've missed seven
# appointments", "vous avez raté le code trois fois" (not "gives you a coffee after nine visits").
_READER_DID = (
    r"(?:you(?:'ve| have| did)?|vous avez|tu as|t'as) (?:only |just |already |deja |seulement )?"
    r"(?:had|attended|missed|taken|took|cancel\w*|booked|rebooked|done|did|come|came|skipped|used|failed|"
    r"eu|suivi|manque|rate|annule|pris|fait|reserve|utilise|loupe|saute)"
)

# What the business holds on the reader, and says it holds.
_RECORD = concept(
    r"(?:according to|as per|per|from|in|on|selon|d'apres|dans|sur) (?:our|notre|nos|your|votre|ton) "
    r"(?:files?|records?|fichiers?|dossiers?|system|systeme|notes|logs?|registre|data|donnees|fiche)"
    r"|on file|au dossier|figurent? (?:bien )?(?:a|dans) (?:votre|ton|son|sa|le) (?:dossier|fiche)"
    r"|(?:your|votre|ton|ta|vos|tes) (?:\w+ ){0,2}(?:file|dossier|records?|notes|chart|history|historique|fiche|"
    r"journal(?: entries)?|entries|readings|results|resultats|scores|carnet|releves?)"
    r"(?: \w+){0,3} (?:shows?|says|mentions?|indicates?|suggests?|lists?|mentionne\w*|indique\w*|montre\w*|"
    r"precise\w*|fait etat)"
    r"|we(?:'ve| have)? (?:already |also )*(?:noted|logged|recorded|made a note|got it logged|see from|can see from)"
    r"|we note that|nous notons que|(?:nous avons|on a|j'ai) (?:bien |d'ailleurs |deja |aussi )*"
    r"(?:note|pris note|enregistre|consigne) que"
    r"|as (?:we )?(?:discussed|agreed|explained)|as you(?:'ll| will)? (?:recall|remember)"
    r"|as you told us|tu nous as (?:dit|parle)|vous nous avez (?:dit|parle|confie)"
    r"|dont (?:tu nous as|vous nous avez) (?:parle|fait part)|pour rappel|je vous rappelle|rappelons que"
    r"|comme (?:nous en avons discute|vous le savez|convenu|tu le sais)"
    r"|on connait (?:ton|ta|tes|votre|vos)"
)

_MONTH = (
    r"jan\w*|feb\w*|march|apr\w*|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|"
    r"janv\w*|fev\w*|mars|avril|mai|juin|juil\w*|aout"
)
_WEEKDAY = (
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|s)?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?"
)
# A specific detail: when, how much, how many, which place.
_WHEN = concept(
    rf"\d{{1,2}}(?:st|nd|rd|th|er)? (?:of )?(?:{_MONTH})|(?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?"
    rf"|the \d{{1,2}}(?:st|nd|rd|th)|le \d{{1,2}}(?:er)?\b|(?:since|in|en|depuis|from|last) (?:{_MONTH})"
    rf"|(?:on|le|last|this|ce|from|at|a) (?:{_WEEKDAY})|(?:{_WEEKDAY}) \d{{1,2}}[:h]\d\d"
    r"|\d{1,2}[h:]\d{2}|\d{1,2} ?(?:pm|am)|\d{1,2}h\b|du \d{1,2} au \d{1,2}|(?:the )?same day|le meme jour"
)
_AMOUNT = concept(r"[£$€] ?\d[\d,. ]{0,12}|\d[\d,. ]{0,12}\d ?(?:€|£|\$|eur|euros|k)|\d ?(?:€|£|\$)")
_PLACE = concept(
    r"(?:emplacement|pitch|room|chambre|cabin|cabine|locker|casier|bay|stall|mobil-home|chalet|bungalow)"
    r" (?:n°|no|#|numero)? ?\d{1,4}"
)
_EVENTS = (
    r"lessons?|classes|sessions?|appointments?|visits?|times|fois|cours|seances|lecons|rendez-vous|rdv|"
    r"consultations?|attempts?|tentatives|absences|no-shows?|cancellations?|annulations|retards|late payments?"
)
# The reader's own history counted: "you've had 23 lessons", "four of your twelve lessons".
_COUNT = concept(
    rf"{_READER_DID} (?:[\w'-]+ ){{0,3}}?(?:only |just |seulement )?{NUM} (?:\w+ )?(?:{_EVENTS})"
    rf"|{NUM} (?:of your|de vos|sur vos|de tes|sur tes) (?:{NUM} )?\w+"
    r"|(?:vos|tes|your|ses|his|her) (?:absences|retards|annulations|no-shows|late (?:arrivals|payments)|cancellations)"
    r" (?:repetee?s|repeated|nombreu\w+|multiples?)"
)

# Conditions of a person's life: health, money, family, legal status. Word classes rather
# than a list of facts: a medical suffix ("-itis", "-algie", "-pathie") stands for many diseases.
_HEALTH = (
    r"allerg\w*|intoleran\w*|pregnan\w*|grossesse|enceinte|diabet\w*|coeliac|celiac|coeliaque|celiaque|"
    r"asthm\w*|epilep\w*|medication|meds|medicaments?|sertraline|refill|"
    r"traitement (?:contre|pour) \w+|treatment for \w+|therapy|therapie|disabilit\w*|handicap\w*|surgery|chirurgie|"
    r"cancer|chemo\w*|chimio\w*|depression|anxiety|anxiete|angoisse|panic attacks?|crises? d'\w+|"
    r"diagnos\w*(?! (?:fee|charge|check|service|offert|gratuit|payant))|hospitali\w*|autis\w*|dementia|alzheimer|insulin\w*|crohn|"
    r"\w{3,}itis|tendinite|arthrite|sinusite|bronchite|otite|gastrite|cystite|dermatite|hepatite|"
    r"arthrose|scoliose|sclerose|thrombose|endometriose|\w{3,}osis|"
    r"\w{2,}(?:algia|algie|pathy|pathie|emia|emie)|"
    r"sciati\w*|slipped disc|hernie\w*|fractur\w*|sprain\w*|entorse|injur\w*|blessure|"
    r"disorder|syndrom\w*|trouble (?:de l'|de la |du |des |de )\w+|adhd|tdah|dyslex\w*|orthophon\w*|speech therap\w*|"
    r"eczema|psoriasis|migraines?|back pain|mal de dos|cesarienne|c-section|caesarean|cicatrice|scar|"
    r"bruxisme|bruxism|glaucom\w*|pressure readings?|cholesterol|insuffisance \w+|"
    r"weight problem|surpoids|obes\w*|sterilisation|sterilization|spay\w*|neuter\w*|castration|test scores"
)
_MONEY = (
    r"overdrawn|in the red|(?:a|en|votre|ton) decouvert|decouvert bancaire|debiteur|arrears|impaye\w*|debts?|dettes?|endettement|debt ratio|"
    r"loans?|pret immobilier|demande de pret|credit score|mortgage\w*|hypothe\w*|salary|salaire|income|"
    r"revenus|redressement|reassessment|controle fiscal|tax audit|bankrupt\w*|faillite|liquidation|"
    r"under asking|(?:paid|regle\w*|paye\w*) (?:\w+ ){0,3}(?:late|en retard|de retard)"
)
_LIFE = (
    r"divorce\w*|separated|separation|separee?s?|split up|custody|garde alternee|placement|social services|"
    r"services sociaux|aide sociale|assistante? sociale?|social worker|foster\w*|"
    r"licenci\w*|laid off|redundan\w*|lost (?:your|his|her|their) job|chomage|unemploy\w*|"
    r"every other weekend|un week-end sur deux"
)
_LEGAL = (
    r"visa|residence permit|work permit|titre de sejour|asile|asylum|immigration status|sans-papiers|"
    r"custody order|criminal record|casier judiciaire|probation|conditional discharge"
)
CONDITION = concept(rf"{_HEALTH}|{_MONEY}|{_LIFE}|{_LEGAL}")
# An examination of the reader: a detail when the business cites what it holds ("as you'll
# recall, your hearing test showed…"), not on its own ("your blood test went smoothly").
_EXAM = concept(
    r"(?:hearing|eye|blood|sight|vision|lab|dna|urine|pregnancy|allergy|mri|ct) (?:tests?|exams?|scans?|results?)"
    r"|x-rays?|blood pressure|tension arterielle|echograph\w*|prises? de sang"
)
_HEALTH_ONLY = concept(_HEALTH)
# Words that end like a condition but are not one.
_NOT_CONDITION = concept(
    r"sympath\w*|empath\w*|telepath\w*|academia|bohemia|diagnose"
)

# The reader's, or their relative's or pet's: "your debt ratio", "ta tendinite", "Max's weight
# problem", "son trouble de l'attention"; or after it: "de votre fils", "chez Pâquerette".
_OWNER_BEFORE = re.compile(
    r"(?<!\w)(?:your|ur|votre|vos|ton|ta|tes|his|her|son|sa|ses|[a-z]{3,}'s) (?:[\w'-]+ ){0,3}$"
)
_NOT_OWNER = re.compile(
    r"(?<!\w)(?:our|notre|nos|my|mon|ma|mes|any|(?:it|that|what|there|here|let|who|she|he|one|everyone|anyone|"
    r"someone|nobody)'s|concerns?|questions?|inquietudes?|worr\w+|remarques?|messages?|avis|reviews?|feedback|"
    r"commentaires?|retours?)\b"
)
# Spoken of as a topic, not told as a fact: "about your allergy concern", "vos questions sur".
_TOPIC_BEFORE = re.compile(r"(?<!\w)(?:about|regarding|concerning|concernant|au sujet de) $")
_TOPIC_AFTER = re.compile(r"'?s? ?(?:concerns?|questions?|inquietudes?|needs|requirements|info|information|policy|menu)\b")
_OWNED_AFTER = re.compile(
    r"(?: [\w'-]+){0,3}? (?:of|de|du|chez|d') ?(?:your|votre|vos|ton|ta|tes)\b"
)
_OWNED_BY_NAME = re.compile(r"(?: [\w'-]+){0,2}? (?:of|de|chez|d') ?[A-ZÀ-Ý][a-zà-ÿ]+")
_SINCE = re.compile(r"(?<!\w)(?:since|depuis) (?:the |your |votre |ton |ta |le |la |l'|vos )?$")
# The business's own: "our chalet 12", "nos conseillers en prêt immobilier".
_OURS = re.compile(r"(?<!\w)(?:our|notre|nos|we|we're|we've|nous)\b(?:\W+\w+){0,3}?\W*$")
_HOPE = re.compile(r"(?<!\w)(?:hope|espere|esperons|espérons) (?:que |that )?(?:the|your|ton|ta|votre|le|la|l')\s?$")
_RELATIVE = concept(
    r"(?:your|votre|vos|ton|ta|tes) (?:son|daughter|child|children|kids?|boy|girl|wife|husband|partner|mum|mom|dad|"
    r"mother|father|baby|dog|cat|fils|fille|enfants?|garcon|femme|mari|conjointe?|mere|pere|bebe|chien|chienne|"
    r"chat|chatte|ex)"
)
_DECLINED = re.compile(
    r"(?:can(?:no|')t|cannot|won't|will not|would rather not|are not able to|aren't able to|never|jamais|"
    r"ne (?:pouvons|peux|pourrons|souhaitons|voulons) pas|preferons ne pas|without|sans|no need)\s+"
    r"(?:\w+\s+){0,3}?(?:discuss|talk about|comment on|go into|mention|share|ask|disclose|parler de|parlons de|"
    r"evoquer|discuter de|commenter|aborder|divulguer|demander|publier)\b"
)
# Where the reader lives: "vous habitez au chemin des Vignes 12", "you live at 4 Elm Road".
_HOME = concept(
    r"(?:vous habitez|tu habites|you live|you're living|vous residez|your home is|votre domicile est)"
    r" (?:at|on|au|a) (?:\d+|(?:the |le |la )?(?:rue|chemin|avenue|route|allee|impasse|boulevard|place)\b"
    r"|\w+ (?:road|street|lane|avenue|close|drive|grove)\b)"
)


def _condition_spans(s: str) -> list[Span]:
    return [
        (m.start(), m.end())
        for m in CONDITION.finditer(s)
        if not _NOT_CONDITION.fullmatch(m.group(0))
    ]


def _owned(s: str, draft_s: str, start: int, end: int) -> bool:
    """Whether the condition at `start:end` is the reader's, their relative's or pet's."""
    before = s[max(0, start - 40) : start]
    if _TOPIC_AFTER.match(s, end):
        return False
    owner = _OWNER_BEFORE.search(before)
    if (owner is not None and not _NOT_OWNER.search(before[owner.start() :])
            and not _TOPIC_BEFORE.search(before[: owner.start()])):
        return True
    if _SINCE.search(before) or _HOPE.search(before):
        return True
    return bool(_OWNED_AFTER.match(s, end) or _OWNED_BY_NAME.match(draft_s, end))


def _specific(s: str) -> bool:
    return bool(_WHEN.search(s) or _AMOUNT.search(s) or _COUNT.search(s) or _PLACE.search(s))


def _discloses(s: str, draft_s: str) -> bool:
    if _DECLINED.search(s):
        return False
    conditions = _condition_spans(s)
    # a condition of the reader's life, theirs or their family's
    if any(_owned(s, draft_s, a, b) for a, b in conditions):
        return True
    # a place and a date of a stay ("merci d'être restés au chalet 12 du 3 au 10 août")
    place = _PLACE.search(s)
    if place is not None and _WHEN.search(s) and not _OURS.search(s, max(0, place.start() - 40), place.start()):
        return True
    if READER.search(s) is None and _RELATIVE.search(s) is None:
        return False
    if _HOME.search(s) or _COUNT.search(s):
        return True
    record = _RECORD.search(s)
    rest = s[: record.start()] + " " + s[record.end() :] if record is not None else ""
    if record is not None and (_specific(rest) or conditions or _RELATIVE.search(rest) or _EXAM.search(rest)):
        return True
    # a condition with a specific detail ("overdrawn since August", "£38,000 under asking"),
    # unless it is the business's service ("nos conseillers en prêt immobilier … le samedi")
    theirs = [c for c in conditions if not _OURS.search(s, max(0, c[0] - 40), c[0])]
    return bool(theirs) and _specific(s)


def disclosures(draft: str, folded: str) -> list[Span]:
    """Sentences of the draft (spans of the folded draft, same offsets) that disclose a
    specific fact about the reader."""
    out = []
    for sentence in split_sentences(folded[:SCAN_CHARS]):
        if _discloses(sentence.text, draft[sentence.start : sentence.end]):
            out.append((sentence.start, sentence.end))
    return out

"""Tone checks: categorical denial, defensive/blaming tone, personal attack, shouting."""

from __future__ import annotations

import re

from ..model import Finding, Severity
from .base import CheckContext, finding, match_findings, words
from .denial import denial as closed_denials
from .shapes import belittling

DENIAL = "categorical_denial"
DEFENSIVE = "defensive_tone"
ATTACK = "personal_attack"
SHOUTING = "shouting"

DENIAL_MSG = (
    "Categorical denial: readers side with the reviewer. Say what you checked instead.",
    "Démenti catégorique : les lecteurs donnent raison au client. Dites plutôt ce que vous avez vérifié.",
)
_DENIAL = words(
    r"(this|that|it|which|what you describe|none of this|such a thing) (simply |just |has )?"
    r"(never|did not|didn't|could not|couldn't|cannot|can't) (have )?(happen(ed)?|occur(red)?)"
    r"|never happened|did not happen|didn't happen"
    r"|(this|that|it|your review|your story|your claim|this review|everything you say) is "
    r"(simply |completely |totally |absolutely |just |entirely )?(false|untrue|not true|a lie|lies|"
    r"made up|fabricated|fiction|nonsense|impossible(?! to))"
    r"|(that's|that is|this is|it's) (simply |completely |totally |just )?"
    r"(not true|untrue|false|impossible(?! to)|a lie|nonsense)"
    r"|(simply|completely|totally|absolutely|categorically) (false|untrue|impossible|wrong)"
    r"|we (categorically |firmly |strongly )?(deny|reject) (this|these|that|your|all|the)"
    r"|we (would|will) never (do|serve|allow) (that|such|this|anything)"
    r"|there is no way (this|that|it)|no way (this|that) happened"
    r"|we did nothing wrong|we have nothing to apologi[sz]e for|not our fault"
    r"|nothing (of the sort|of the kind|like (this|that)) (ever )?(happened|took place|occurred)"
    r"|(did not|didn't|never|has never|have never) (ever )?(occur(red)?|take place|took place)"
    r"|(pure|complete|total|utter) (fiction|fabrication|invention|fantasy)"
    r"|(we|our staff|our team|our (chef|waiters?|drivers?)) (would|will) never do (that|this|such|"
    r"anything like)"
    # French
    r"|c'est (tout simplement |totalement |complètement |absolument |archi)?(faux|"
    r"mensonger|un mensonge|impossible(?! de| d'))"
    r"|(ce|cela|ça) (n'est|est) (pas vrai|faux)|ce n'est pas vrai|c'est pas vrai"
    r"|(ne s'est|n'est) jamais (produit|arrivé)e?|jamais (produit|arrivé)"
    r"|(ça|cela|ceci) n'a jamais eu lieu|n'a jamais eu lieu"
    r"|(vos|ces|les) (propos|accusations|affirmations|allégations|dires) sont (totalement |"
    r"complètement |parfaitement )?(faux|fausses|mensongers|mensongères|infondés|infondées|"
    r"diffamatoires)"
    r"|nous (démentons|contestons|réfutons|nions)( formellement| catégoriquement)?"
    r"|(totalement|complètement|absolument|archi) faux"
    r"|nous n'avons (rien|aucun tort) (fait de mal|à nous reprocher)"
    r"|rien à nous reprocher|(ce n'est|c'est) pas (de )?notre faute|en aucun cas (notre|de notre)"
    r"|vous (mentez|inventez)|pure invention|mensonges?"
    r"|rien de (tout )?(cela|ceci|ça) (ne s'est|n'est) (jamais )?(passé|produit|arrivé)"
    r"|ne (ferait|feraient|ferions|fera|feront) jamais (une chose pareille|cela|ça|ceci|ce genre)"
    r"|(pure|totale|complète) (invention|fiction|affabulation)|affabulations?"
)

_DEFENSIVE_MSG = (
    "Defensive or blaming tone: it puts the fault on the customer. Focus on what you will do.",
    "Ton défensif ou accusateur : la faute est rejetée sur le client. Dites ce que vous allez faire.",
)
LECTURE = words(
    r"you (should|could|would|might) (have|'ve)(?! (received|got|gotten|been|had)\b)( just)?( \w+)?"
    r"|you should've|you could've"
    r"|if you had (only |just |actually |bothered|read|asked|checked|looked|followed|told|called)"
    r"|had you (only |just |bothered|read|asked|checked|looked|followed|told|called)"
    r"|as (was |is )?(clearly|plainly|explicitly) (stated|written|indicated|explained|shown|mentioned)"
    r"|as (we|our staff|the sign|the menu|the website) (clearly|plainly) "
    r"|you (failed|neglected|forgot) to|you didn't (even )?bother|you did not (even )?bother"
    r"|(it's|it is|that's|that is|this is) (entirely |totally |completely )?your (own )?"
    r"(fault|responsibility|problem|mistake)"
    r"|not our (problem|responsibility)|your own fault"
    r"|you were (clearly |duly )?(told|warned|informed)|you (need|have) to understand"
    r"|next time,? (read|try|make sure|check|think|learn)|learn to (read|wait)"
    r"|you obviously|you clearly (did|do|have|were|didn't)|(perhaps|maybe) you should"
    r"|(some|certain) customers (need|have) to|unlike you"
    r"|(it was|it's|it is|that was|that's) (entirely |simply )?(up to you|your job|your call)"
    r"|you were the one (who|that)|you (arrived|came|turned up|showed up) (\w+ ){0,3}late"
    # French
    r"|(vous|tu) (auriez|aurais) (dû|du|pu)(?! (recevoir|être|avoir|obtenir)\b)"
    r"|il (vous )?(fallait|aurait fallu)"
    r"|si (vous aviez|tu avais) (lu|demandé|pris la peine|vérifié|regardé|suivi|appelé|prévenu)"
    r"|comme (c'est |c'était |cela est |il est )?(clairement |bien |pourtant )?"
    r"(indiqué|écrit|précisé|affiché|mentionné|expliqué)"
    r"|(c'est|c'était) (entièrement |bien |uniquement )?(de )?(votre|ta) "
    r"(faute|responsabilité|problème)"
    r"|(ce n'est|c'est) pas (notre|mon) problème|vous n'aviez qu'à|tu n'avais qu'à"
    r"|vous avez (oublié|omis|négligé) de|vous (êtes|étiez) censée?s? "
    r"|la prochaine fois,? (lisez|pensez|vérifiez|renseignez|réfléchissez|venez)"
    r"|à vous de (lire|vérifier|vous renseigner)|vous n'avez (même )?pas pris la peine"
    r"|(apprenez|apprends) à|vous (ne savez|ne sauriez) pas|contrairement à vous"
    r"|(c'était|c'est|c'étais) (bien |simplement )?à (vous|toi) de"
    r"|vous (êtes|étiez) arrivée?s? (\w+ ){0,4}(en )?retard"
)

ATTACK_MSG = (
    "Personal attack or insult: never answer the person, answer the problem.",
    "Attaque personnelle ou insulte : ne visez jamais la personne, répondez sur le fond.",
)
INSULT = words(
    r"idiot(s|ic)?|stupid(ity)?|moron(s|ic)?|imbecile|dumb|liars?|pathetic|trolls?|"
    r"jerks?|losers?|lunatic|nutcase|psycho|childish|immature|"
    r"(you|you've) (clearly |obviously |simply |just )?(have|got) no (taste|manners|clue|idea|class)|"
    r"(your|this|what a) ([\w-]+,? ){0,2}rant|"
    r"shut up|get a life|grow up|how dare you|who do you think you are|you people|"
    r"(you are|you're|you sound|you seem) (a |an |so |clearly |just |obviously )?(rude|liar|joke|"
    r"disgrace|nobody|lying|delusional|bitter|jealous|unhinged|clueless|brat|spoiled|crazy|insane|"
    r"entitled(?! to\b)|ignorant|clown|rude person)|"  # "you're entitled to a refund": a right
    r"(bitter|jealous|professional) (ex-)?(competitor|complainer|reviewer)|freeloader|"
    # French
    r"idiote?s?|imbéciles?|crétins?|crétines?|abrutie?s?|connard|connasse|pauvre (con|type|fille|"
    r"mec)|débiles?|menteu(r|se|rs|ses)|minables?|pathétiques?|mytho(mane)?|bouffon(ne)?s?|"
    r"gros nul|vous mentez|tu mens|taisez-vous|tais-toi|honte à vous|espèce de|"
    r"(vous êtes|tu es) (de mauvaise foi|ridicule|malhonnête|jaloux|jalouse|aigri|aigrie|"
    r"un menteur|une menteuse|pénible|odieux|odieuse)|"
    r"(votre|ton) (avis|commentaire|message) est (ridicule|pathétique|minable|débile|stupide)|"
    r"concurrent jaloux|râleu(r|se)s?|puérile?s?|"
    r"vous n'avez (visiblement |manifestement |clairement |vraiment )?aucun (goût|savoir-vivre|"
    r"respect|humour)"
)

# "People like you…" insults unless it thanks: "people like you make it worth it, thank you!"
_PEOPLE_LIKE_YOU = words(r"people like you|les gens comme vous|des gens comme vous")
_THANKS_IN_SENTENCE = re.compile(
    r"thank|merci|worth|love|make (?:it|this|our)|grateful|reconnaissant|plaisir|"
    r"font (?:vivre|notre)|rendent", re.IGNORECASE
)

_SENTENCE_STOP = re.compile(r"[.!?\n]")

# First names that are also slang for a type of customer ("a Karen"). Written as a name —
# capitalised, after a role or alone ("our manager, Karen, will call you") — they are a
# person; the epithet is the name used as a common noun: lowercase, plural, or after an
# article or a judging word ("such a Karen", "typical Karen", "une vraie Karen").
_EPITHET_NAMES = r"(?:karen)"
_INTENSIFIER = (
    r"(?i:real|true|total|proper|complete|absolute|classic|typical|right|vraie|véritable|"
    r"sacrée|parfaite|belle|grosse|petite)"
)
NAME_AS_EPITHET = re.compile(
    rf"(?<![\w-])(?:(?i:an?|such an?|what an?|typical|total|real|proper|classic|full-on|ok|okay|"
    rf"une?|vraie?|quelle?|typique|sacrée?|espèce de|genre)\s+(?:{_INTENSIFIER}\s+)?"
    rf"(?i:{_EPITHET_NAMES})s?"
    rf"|{_EPITHET_NAMES}s?|{_EPITHET_NAMES.upper()}S?|(?i:{_EPITHET_NAMES})s)(?!\w)"
)

_SHOUT_MSG = (
    "Shouting: capitals or repeated '!' read as anger. Write in normal case.",
    "Ton criard : majuscules ou « !!! » se lisent comme de la colère. Écrivez normalement.",
)
# Runs of "!"/"?"; a run shouts when it has two marks or more, one of them "!".
_MARKS = re.compile(r"[!?]{2,}")
_CAPS_RUN = re.compile(r"\b[^\W\d_a-zà-ÿ]{2,}(?:[\s,.'-]+[^\W\d_a-zà-ÿ]{2,}\b)+")
_CAPS_WORD = re.compile(r"\b[^\W\d_a-zà-ÿ]{5,}\b")
# Short acronyms and brand-like capitals that are not shouting.
# fmt: off
_ACRONYMS = frozenset((
    "USA", "UK", "EU", "SNCF", "RATP", "SARL", "SAS", "TVA", "HT", "TTC", "CB", "RIB", "SMS",
    "GPS", "WIFI", "PDF", "FAQ", "VIP", "ASAP", "IT", "DJ", "TV", "PMR", "RGPD", "GDPR", "CEO",
    "SAV", "OK", "NB", "PS", "IOS", "APP", "API", "URL", "ID", "QR",
))
# fmt: on


def denial(ctx: CheckContext) -> list[Finding]:
    """The phrase list, plus a denied fact said as a closed matter (`denial.py`)."""
    found = match_findings(DENIAL, Severity.WARN, DENIAL_MSG, ctx.text, _DENIAL)
    covered = [(f.start, f.end) for f in found]
    for start, end in closed_denials(ctx.folded):
        if not any(start < e and s < end for s, e in covered):
            found.append(finding(DENIAL, Severity.WARN, DENIAL_MSG, start, end))
    return sorted(found, key=lambda f: f.start)


def defensive(ctx: CheckContext) -> list[Finding]:
    return match_findings(DEFENSIVE, Severity.WARN, _DEFENSIVE_MSG, ctx.text, LECTURE)


def attack(ctx: CheckContext) -> list[Finding]:
    """Insults, plus accusing the customer of lying, bad faith or wanting something free."""
    from .conduct import accusation

    insults = match_findings(
        ATTACK, Severity.BLOCK, ATTACK_MSG, ctx.text, INSULT, NAME_AS_EPITHET
    )
    for m in _PEOPLE_LIKE_YOU.finditer(ctx.text):
        stop = _SENTENCE_STOP.search(ctx.text, m.end())
        if not _THANKS_IN_SENTENCE.search(ctx.text, m.start(), stop.start() if stop else len(ctx.text)):
            insults.append(finding(ATTACK, Severity.BLOCK, ATTACK_MSG, m.start(), m.end()))
    covered = [(f.start, f.end) for f in insults]
    for start, end in belittling(ctx.folded):
        if not any(start < e and s < end for s, e in covered):
            insults.append(finding(ATTACK, Severity.BLOCK, ATTACK_MSG, start, end))
    covered = [(f.start, f.end) for f in insults]
    more = [f for f in accusation(ctx) if not any(f.start < e and s < f.end for s, e in covered)]
    return sorted(insults + more, key=lambda f: f.start)


def shouting(ctx: CheckContext) -> list[Finding]:
    out = [
        finding(SHOUTING, Severity.WARN, _SHOUT_MSG, m.start(), m.end())
        for m in _MARKS.finditer(ctx.text)
        if "!" in m.group(0)
    ][:20]
    for rx in (_CAPS_RUN, _CAPS_WORD):
        for m in rx.finditer(ctx.text):
            tokens = re.findall(r"[^\W\d_]+", m.group(0))
            shouted = [t for t in tokens if t.upper() not in _ACRONYMS]
            letters = sum(len(t) for t in shouted)
            big = (len(shouted) >= 2 and letters >= 6) or (rx is _CAPS_WORD and letters >= 5)
            if big and not any(f.start <= m.start() < f.end for f in out):
                out.append(finding(SHOUTING, Severity.WARN, _SHOUT_MSG, m.start(), m.end()))
            if len(out) >= 20:
                break
    return sorted(out, key=lambda f: f.start)

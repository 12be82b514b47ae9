"""More sentence shapes of the wording categories, found missing by the blind rounds 8 to 10.

Each is a kind of sentence, not a phrase: the check must catch the next wording of the same
kind, in English and French, formal, casual or texted, with or without accents.

- sarcasm: mock deference and mock prizes ("since you're clearly the expert", "your trophy
  ships Monday"), nature spoken to as if it could be told off ("we'll have a word with the
  ocean"), thanks for a lesson in running one's own business, the reader feigned a VIP
  ("we had no idea a food critic was coming"), outrage feigned at something ordinary next to
  a feigned surprise ("truly outrageous… who could have predicted it?"), lavish service
  promised in mockery (an orchestra to announce each course), a dismissive interjection
  ("yeah right", "voyons donc");
- accusation: the reader called a competitor, a troll, a fake account or a former employee;
- intimidation: trouble promised ("keep it up and you'll be in trouble"), something held
  over the reader until the review goes ("unless this review disappears");
- personal attack (round 10): the reader belittled without an insult word ("more your
  speed", "anyone with half a brain", "votre manque de savoir-vivre");
- excessive justification: the fault disowned, then a list of outside causes; the record
  "set straight", then a point-by-point list of facts (round 10).

Every function reads the accent-folded draft and returns spans (same offsets as the draft).
"""

from __future__ import annotations

import re

from . import structure
from .concepts import concept

Span = tuple[int, int]

# -- sarcasm -------------------------------------------------------------------------------

_NATURE = (
    r"(?:(?:the )?(?:ocean|sea|sun|moon|rain|weather|sky|wind|snow|clouds?|tide|gods?|universe|"
    r"laws? of physics|gravity|calendar|seasons?|winter|summer|"
    # animals and things that cannot be told anything either (rounds 42, 48, 50): "we shall ask
    # the sheep to keep their voices down", "we'll let the wall know"
    r"sheep|cows?|birds|seagulls|gulls|cicadas|crickets|frogs|dolphins|mosquito(?:e?s)?|wasps|"
    r"wall|mountains?|waves|(?:mother )?nature)|(?:l'|la |le |les |au |a la |aux |a l')?(?:ocean|"
    r"mer|soleil|lune|pluie|meteo|ciel|vent|neige|nuages?|maree|bon dieu|univers|gravite|"
    r"calendrier|saisons?|hiver|ete|moutons|vaches|oiseaux|mouettes|goelands|cigales|grillons|"
    r"grenouilles|dauphins|moustiques|guepes|mur|montagne|vagues|(?:dame |mere )?nature))"
    # a compound names people or a place, not nature: "the sea kayak team", "the weather
    # station", "the sun lounger staff", "l'équipe de la plage" (look-alikes, 18fb11)
    r"(?![ -](?:kayak|view|front|side|lounger|room|team|staff|crew|warden|station|forecast|"
    r"rescue|guard|shop|bar|cafe|deck|garden|instructors?|guides?|hide|safety|school|club|"
    r"cent(?:re|er)|service|desk|art|artists?|mural|painting|clock|chart|map)\b)"
)
# Nature addressed as someone who could be told off or asked to behave.
_TALK_TO_NATURE = concept(
    r"(?:a (?:\w+ )?word|words|a (?:quick |little |stern |serious |quiet )?(?:chat|talk|conversation)|"
    r"(?:a )?complaint|a letter|speak\w*|talk\w*|complain\w*|negotiat\w*|ask\w*|tell\w*|"
    r"email\w*|writ\w*|call\w*|warn\w*|remind\w*|inform\w*)"
    rf" (?:with |to )?(?:{_NATURE})"
    rf"|let (?:{_NATURE}) know"
    # French verbs that take nature as their direct object: "nous préviendrons la mer"
    rf"|(?:previen\w*|preveni\w*|avert\w*|gronder\w*|sermonn\w*) (?:{_NATURE})"
    r"|(?:un mot|deux mots|un petit mot|parl\w*|dire|dirons|demand\w*|se plaindre|"
    r"nous plaindre|ecri\w*|une plainte|une lettre|negoci\w*|touch\w* un mot|discut\w*|"
    r"passer un savon|transmett\w*|transmis|previen\w*|preveni\w*|rappel\w*|"
    # "la demande a été transmise", "notre négociatrice a été bloquée": "a été" is a verb
    rf"faire la lecon) (?:\w+ )?(?:a|au|aux|avec) (?!ete\b)(?:{_NATURE})"
)
# Thanks for a lesson in running one's own business, or gratitude for the obvious.
_LESSON = concept(
    r"(?:expert|valuable|precious|priceless|brilliant|wise|professional|insightful|"
    r"precieux|judicieux|savants?|brillants?|sages?|avise\w*|eclaire\w*|d'expert|de pro)"
    r" (?:\w+ )?(?:advice|tips?|lesson|input|insights?|guidance|opinion|conseils?|lecons?|"
    r"cours|avis|lumieres)"
    r"|how to (?:run|manage|operate|cook|bake|brew|do our job)|comment (?:gerer|tenir|"
    r"diriger|faire tourner|faire notre metier|cuisiner|faire notre travail)"
)
_THANKS = concept(r"thanks?|thank you|thx|cheers|gee|merci|grateful|reconnaissant\w*")
_WITHOUT_YOU = concept(
    r"(?:never|not) (?:\w+ ){0,2}(?:figured|worked|known|guessed|managed|thought of|realised|"
    r"realized)\w* (?:\w+ ){0,3}without (?:you|u|your)"
    r"|(?:jamais|pas) (?:\w+ ){0,2}(?:pense|trouve|su|devine|compris|reussi|imagine|vu)\w* "
    r"(?:\w+ ){0,3}sans (?:vous|toi|votre|tes|vos)"
    r"|what would we do without (?:you|your)|que ferions-nous sans (?:vous|vos)"
)
# The reader feigned a VIP: "we had no idea a Michelin inspector was coming".
_VIP = (
    r"(?:michelin|gault|ramsay|food critic|critique gastronomique|inspector|inspecteur|"
    r"critic|critique|royalty|royal\w*|celebrity|celebrite|vip|star|gourmet|gastronome|"
    r"expert|connoisseur|connaisseu\w*|princesse?|prince|reine|queen|king|roi)"
)
_FEIGNED_VIP = concept(
    r"(?:didn't|did not|had no|ignor\w*|ne savions pas|ne savait pas|n'avions pas|n'avait pas)"
    rf" (?:\w+ ){{0,3}}(?:idea|realis\w*|realiz\w*|know|knew|compris|su|vu|recevoir|receiving|"
    rf"serving|servir|accueillir|hosting|had)\w* (?:\w+ ){{0,5}}{_VIP}"
    rf"|{_VIP} (?:\w+ ){{0,2}}(?:michelin|gault|ramsay)"
)
# Outrage feigned at something ordinary, with a feigned surprise beside it.
_FEIGNED_OUTRAGE = concept(
    r"(?:truly|absolutely|utterly|simply|so|such an?|quite|positively|vraiment|absolument|"
    r"tellement|franchement|carrement|proprement|totalement) (?:\w+ )?(?:outrag\w*|scandal\w*|"
    r"criminal|a crime|un crime|crime|monstrous|monstrueux|scandaleu\w*|criminel\w*|"
    r"revoltant\w*|intolerable|insupportable|barbar\w*|atroc\w*)"
)
_FEIGNED_SURPRISE = concept(
    r"who (?:could|would|might) (?:ever )?have (?:predicted|guessed|foreseen|imagined|known|"
    r"thought|expected)|who'd have (?:guessed|thought|known)|who knew|big surprise|"
    r"what a (?:shock|surprise)|surprise,? surprise|shocking,? (?:i|we) know|"
    r"qui (?:l'aurait|aurait|l'eut|aurait pu) (?:cru|pu (?:prevoir|deviner|imaginer)|prevu|"
    r"devine|imagine|pense)|qui l'eut cru|quelle surprise|grosse surprise|"
    r"on (?:ne s'y|s'y) attendait (?:pas|vraiment pas)"
)
# Lavish service promised in mockery: props no reply means in earnest, with a promise.
_PROPS = concept(
    r"string quartet|quartet|orchestr\w*|brass band|marching band|fanfare|fireworks|"
    r"trumpets?|trumpeters?|harpist|herald|town crier|limousine|limo|helicopter|"
    r"champagne fountain|bodyguards?|choir|quatuor|feux? d'artifice|trompettes?|"
    r"trompettistes?|harpiste|heraut|crieur public|helicoptere|fontaine de champagne|"
    r"gardes? du corps|chorale|cortege|parade|defile|carrosse|chariot"
)
_PROP_USE = concept(
    r"announce\w*|herald\w*|escort\w*|accompany\w*|greet\w*|welcome\w*|each|every|"
    r"just for you|especially for you|in your honou?r|on your arrival|annonc\w*|escort\w*|"
    r"accompagn\w*|accueill\w*|chaque|rien que pour (?:vous|toi)|specialement pour (?:vous|"
    r"toi)|en (?:votre|ton) honneur|a (?:votre|ton) arrivee|deroul\w*|hire|engag\w*|book\w*"
)
_FUTURE = concept(
    r"next time|we'll|we will|we shall|we're going to|la prochaine fois|on va|nous allons|"
    r"promis|c'est promis|\w{4,}(?:erons|irons|era|ira)"
)
# "We forgot you were the most important customer in the world": the reader crowned.
_CROWNED = concept(
    r"(?:forgot|forgotten|didn't realise|didn't realize|didn't know|had no idea|oublie\w*|"
    r"ignorions|ignorait|ne savions pas|ne savait pas)\W+(?:\w+\W+){0,2}?(?:you|u|vous|tu) "
    r"(?:were|are|was|etiez|etes|etais|es) (?:\w+ ){0,3}?(?:most|plus|centre|center|only|seul\w*|"
    r"vip|king|queen|roi|reine|nombril|god|dieu)"
)
# The reader addressed as a know-all: "…, genius", "merci Einstein".
_MOCK_VOCATIVE = re.compile(
    r"(?:,|\b(?:thanks?|thank you|merci|ok|okay|sure|bien sur)) (?:\w+ )?(?:genius|einstein|"
    r"sherlock|captain obvious|smart guy|smarty ?pants|professor|mister know-it-all|le genie|"
    r"(?:monsieur|madame) je-sais-tout|(?:monsieur|madame) l'expert\w*)\b"
)
# Grief feigned over a trivial shortfall: "devastated that the parking wasn't close enough".
_GRIEF = concept(
    r"devastated|heartbroken|inconsolable|gutted|shattered|crushed|distraught|"
    r"(?:deeply|profoundly|terribly) (?:hurt|wounded|shaken|moved|upset)|"
    r"bouleverse\w*|effondre\w*|devaste\w*|inconsolable\w*|le coeur brise|aneanti\w*|"
    r"profondement (?:touche|blesse|meurtri|affecte)\w*"
)
_SHORTFALL = concept(
    r"(?:wasn't|was not|weren't|isn't|not) (?:\w+ )?(?:\w+ )?enough|not to your (?:taste|liking)|"
    r"too (?:hot|cold|loud|quiet|bright|dark|salty|sweet|big|small|far|close|slow|fast)|"
    r"pas (?:assez|a votre gout|a votre convenance|a la hauteur de vos)|trop (?:chaud|froid|fort|"
    r"sucre|sale|loin|pres|lent|rapide|grand|petit)"
)
# Absurd hyperbole: "not hot enough to melt steel", "de quoi nourrir un régiment" said back.
_ABSURD = concept(
    r"melt (?:steel|iron|glass|lead)|wake the dead|feed an army|sink a (?:ship|battleship)|"
    r"power a (?:city|small town)|surface of the sun|(?:like|as hot as) lava|"
    r"reveiller les morts|nourrir (?:un regiment|une armee)|faire fondre (?:l'acier|le fer)|"
    r"couler un (?:navire|bateau)|surface du soleil|comme de la lave"
)
_SORRY_OR_PROMISE = concept(
    r"sorry|apolog\w*|pardon|excus\w*|desole\w*|navre\w*|next time|we'll|we will|"
    r"la prochaine fois|on va|nous allons|promis"
)
# An apology for "daring": "pardon d'avoir osé vous servir une pizza ronde".
_DARED = concept(
    r"(?:sorry|pardon|excuse\w*|forgive|apolog\w*|desole\w*|navre\w*) (?:\w+ ){0,3}?"
    r"(?:for )?(?:daring|having dared|to have dared|we dared|d'avoir ose|d'oser|"
    r"qu'on ait ose|que nous ayons ose)"
)
# Mock deference to the reader's expertise: "since you're clearly the expert", "vous qui
# êtes visiblement un spécialiste", "we'll consult you before we change the menu".
_MOCK_EXPERT = concept(
    r"(?:you're|you are|ur|u r|vous etes|vous qui etes|tu es|t'es|toi qui es) (?:so |such )?"
    r"(?:clearly|obviously|evidently|apparently|visiblement|manifestement|de toute evidence|"
    r"bien sur|evidemment) (?:the|an|a|such an?|l'|le|la|un|une|un grand|une grande|so) ?"
    r"(?:expert|specialist|authority|connoisseur|pro|professional|genius|chef|critic|"
    r"experte?|specialiste|connaisseu\w*|professionnel\w*|genie|critique)"
    r"|(?:consult|ask|check with|run it by) (?:you|u) (?:first )?before (?:we|changing|making|"
    r"touching)|(?:vous|te) consulter (?:\w+ )?avant (?:de|d'|chaque|toute)"
)
# A mock prize: "your award is in the mail", "congratulations on being the first guest in ten
# years to…", "votre médaille est en route".
_MOCK_AWARD = concept(
    r"(?:your|ur|votre|ta|ton) (?:\w+ )?(?:award|medal|trophy|prize|certificate|medaille|trophee|"
    r"prix|diplome|coupe) (?:is|est|will be|sera|arrive\w*|ships?|part) (?:\w+ ){0,2}?(?:mail|post|"
    r"way|route|courrier|chemin|poste|soon|bientot)"
    r"|(?:congratulations|congrats|felicitations|bravo) (?:\w+ )?(?:on|for|pour) "
    r"(?:being|etre|avoir ete) (?:the|le|la) (?:first|only|premiere?|seule?)"
)
# Dismissive interjections: said to a complaint they mock it; said warmly they may not.
_DISMISSIVE = concept(
    r"yeah,? right|yeah,? sure|oh,? sure|as if|sure,? because|of course,? because|"
    r"voyons donc|mais bien sur|c'est ca,? oui|ouais,? c'est ca|bah oui|ben oui|"
    r"mais oui,? bien sur|bien sur,? parce que|evidemment,? parce que|pfff+|tsss+"
)


def _either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern matching where any of `patterns` does: one pass over a sentence."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


# Shapes that mock on their own, and the first ingredient of those that need a second one:
# most sentences match none, and one pass tells.
_MOCKS_ALONE = _either(
    _TALK_TO_NATURE, _WITHOUT_YOU, _FEIGNED_VIP, _CROWNED, _MOCK_VOCATIVE, _DARED, _MOCK_EXPERT,
    _MOCK_AWARD,
)
_SARCASM_CUE = _either(
    _MOCKS_ALONE, _LESSON, _FEIGNED_OUTRAGE, _PROPS, _GRIEF, _ABSURD, _DISMISSIVE,
    _FEIGNED_SURPRISE,
)


def sarcasm(folded: str) -> tuple[list[Span], list[Span]]:
    """(spans that mock, spans that may mock: a warning) of the folded draft."""
    blocks: list[Span] = []
    warns: list[Span] = []
    sentences = structure.sentences_of(folded)
    for i, (start, end, s) in enumerate(sentences):
        if not _has(_SARCASM_CUE, s):
            continue
        near_s = " ".join(sentences[j][2] for j in (i - 1, i, i + 1) if 0 <= j < len(sentences))
        lesson = _has(_LESSON, s) and (_has(_THANKS, s) or _has(_WITHOUT_YOU, s))
        outrage = _has(_FEIGNED_OUTRAGE, s) and _has(_FEIGNED_SURPRISE, near_s)
        props = _has(_PROPS, s) and _has(_PROP_USE, s) and _has(_FUTURE, s)
        mocks = (
            _has(_MOCKS_ALONE, s)
            or (_has(_GRIEF, s) and _has(_SHORTFALL, s))
            or (_has(_ABSURD, s) and _has(_SORRY_OR_PROMISE, s))
        )
        if lesson or outrage or props or mocks:
            blocks.append((start, end))
        elif not _has(_WARMTH, near_s) and any(
            _has(rx, s) for rx in (_DISMISSIVE, _FEIGNED_SURPRISE, _FEIGNED_OUTRAGE)
        ):
            warns.append((start, end))
    return blocks, warns


_WARMTH = structure.WARMTH

# -- accusation ----------------------------------------------------------------------------

_IMPOSTOR = concept(
    r"(?:a|an|un|une|some|the|le|la|ce|cet|this|that|another|un autre|une autre) "
    r"(?:\w+ ){0,2}?(?:competitor|rival|troll|bot|ex-?employee|former (?:employee|staff)|"
    r"disgruntled \w+|concurrente?|ancien(?:ne)? (?:employee?|salariee?|serveur|serveuse)|"
    r"ex-?(?:employee?|salariee?|collegue))"
    r"|(?:for|pour) (?:the|la) (?:competition|concurrence)|fake (?:account|profile|name|review\w*)|throwaway(?: account)?|burner account|"
    r"sock ?puppet|paid review\w*|faux (?:compte|profil|nom|avis)|compte (?:bidon|jetable|"
    r"fake|anonyme cree|cree hier|cree pour l'occasion)|avis (?:achete|paye|commande)s?|"
    r"faux nez|concurrence deloyale|a la solde d"
)
# What pins it on the reader or their review ("you're", "c'est", "written by").
_PINNED_ON = concept(
    r"you're|you are|you were|you must be|are you|u r|ur a|you (?:\w+ )?work\w* for|"
    r"this is|this was|that's|it's|it is|written by|"
    r"(?:this|that|the|your|cet|cette|ce|votre) (?:\w+ )?(?:review|post|comment|account|profile|"
    r"avis|commentaire|compte|profil) (?:\w+ )?(?:is|was|comes|came|est|vient|provient|venait)|posted by|wrote (?:this|it)|"
    r"behind (?:this|a|an|that)|hiding|smells? like|reeks of|reads like|sounds like|"
    r"vous etes|etes-vous|tu es|t'es|c'est|c'etait|ecrit par|publie par|redige par|"
    r"qui a ecrit|qui a poste|qui a publie|derriere|cache\w*|on dirait|sent (?:le|la)|"
    r"ressemble|travaillez pour|bosses? pour"
)


def accusation(folded: str) -> list[Span]:
    """Sentences calling the reader an impostor: a competitor, a troll, a fake account."""
    return _sentences_with(folded, _IMPOSTOR, _PINNED_ON)


# The reader belittled without a listed insult: their intelligence, manners, education or
# spelling mocked, their level ("a drive-through is more your level"), "the worst customer",
# "a customer as rude as you", "go cry somewhere else".
_YOUR = r"(?:your|ur|votre|ta|ton)"
_BELITTLING = concept(
    rf"(?:more|closer to|just|about) {_YOUR} (?:level|speed|league)|"
    r"(?:plus|davantage|bien) (?:a|de) votre (?:niveau|portee)|"
    rf"(?:isn't|is not|wasn't|was not|not exactly|not) {_YOUR} (?:strong suit|forte?)|"
    r"(?:n'est|n'etait) (?:\w+ )?pas (?:\w+ )?(?:votre|ton) (?:fort|point fort)|"
    rf"of {_YOUR} (?:evident|obvious|considerable|limited|remarkable) (?:intelligence|intellect|"
    r"sophistication|taste|calibre|caliber|refinement)|"
    r"anyone with (?:a bit of|half a|an ounce of|any|a shred of|some|basic|a little) "
    r"(?:common )?(?:sense|brains?|intelligence)|"
    r"(?:n'importe qui|quiconque|toute personne) (?:\w+ )?(?:avec|dote\w* d'|ayant) (?:un peu de |"
    r"un minimum de |un brin de |du )?(?:bon sens|jugeote|cervelle|intelligence)|"
    r"(?:the|le|la) (?:\w+ )?(?:worst|rudest|pire) (?:customer|guest|client|cliente|diner)s?"
    r"(?! service| experience| care| support)|"
    r"(?:a|an|un|une) (?:client|cliente|customer|guest|personne|person) (?:aussi|si|tellement|as|so) "
    r"(?:\w+ )?(?:penible|impoli\w*|desagreable|grossier\w*|rude|unpleasant|obnoxious|odieu\w*)|"
    rf"{_YOUR} (?:\w+ )?(?:grossierete|impolitesse|rudeness|arrogance|betise|stupidity|ignorance|"
    r"orthographe|spelling|grammar|grammaire)|"
    rf"(?:l'orthographe|the spelling|the grammar|la grammaire) (?:de|d'|of) {_YOUR}|"
    rf"{_YOUR} (?:\w+ )?(?:absence|manque|lack) (?:\w+ )?(?:d'education|de savoir-vivre|de politesse|"
    r"de bon sens|de jugeote|de classe|of manners|of education|of sense|of class|of intelligence)|"
    r"chialeu\w*|pleurnich\w*|whiner|whinger|crybaby|cry-baby|go (?:and )?cry|"
    r"(?:allez|va|aller) pleurer|(?:te|vous) revoir la face"
)


def belittling(folded: str) -> list[Span]:
    """Sentences belittling the reader: their mind, manners or level mocked."""
    return _sentences_with(folded, _BELITTLING)


# -- intimidation --------------------------------------------------------------------------

_TROUBLE = concept(
    r"(?:you|u)(?:'ll| will| are going to| gonna|'re going to|'re gonna) (?:\w+ )?"
    r"(?:have|get|be in|run into|find yourself in|land (?:yourself )?in|face) "
    r"(?:(?!no\b|any\b)\w+ )?(?:trouble|problems|issues|consequences)"
    r"|see what happens|you(?:'ve| have) been warned|consider (?:yourself|this) (?:warned|a warning)|"
    r"at your (?:own )?peril|watch yourself|be careful what you (?:post|write|say)|"
    r"you don't want (?:to find out|to know|trouble)|"
    r"(?:vous|tu) (?:allez|vas|risquez|risques) (?:\w+ )?(?:avoir|au-devant|vous attirer|"
    r"t'attirer|trouver) (?:\w+ )?(?:des|de gros|de serieux|des gros) (?:ennuis|problemes|"
    r"soucis|emmerdes)|gare a (?:vous|toi)|a vos risques et perils|a tes risques|"
    r"(?:vous etes|t'es|tu es) prevenue?s?|tenez-vous le pour dit|tiens-toi le pour dit|"
    r"faites attention a ce que vous (?:ecrivez|publiez|dites)|vous allez voir ce qui va"
)
# Something held over the reader until the review is gone: "unless this review disappears".
_UNTIL_REMOVED = concept(
    r"(?:unless|until|or else|otherwise|if not|as long as|so long as|sinon|faute de quoi|"
    r"a moins que|sans quoi|tant que|jusqu'a ce que) (?:\w+ ){0,4}?(?:review|post|comment|"
    r"rating|avis|commentaire|publication|message|note|ca|cela|it|this)\w* "
    r"(?:\w+ ){0,3}?(?:disappear\w*|removed|deleted|taken down|comes? down|goes|gone|edited|"
    r"changed|stays?|remains?|dispar\w*|retire\w*|supprime\w*|efface\w*|modifie\w*|reste\w*|"
    r"enleve\w*)"
    r"|(?:unless|until|or else|if not|sinon|a moins que|tant que|jusqu'a ce que) (?:\w+ ){0,3}?"
    r"(?:remove|delete|take down|withdraw|edit|change|retir\w*|supprim\w*|effac\w*|enlev\w*|"
    r"modifi\w*)\w* (?:\w+ ){0,2}?(?:review|post|comment|rating|avis|commentaire|publication|"
    r"note|this|it|that|ca|cela)"
    # the same condition negated: "if you don't take it down", "si vous retirez pas ce commentaire"
    r"|(?:if (?:you|u) (?:don't|do not|dont|won't|will not|refuse to) (?:remove|delete|take|"
    r"withdraw|edit|change)\w*|si (?:vous|tu) (?:ne |n')?(?:retir|supprim|effac|enlev|modifi)\w* pas)"
    r" (?:\w+ ){0,2}?(?:review|post|comment|rating|avis|commentaire|publication|note|"
    r"it|this|that|ca|cela)\w*"
)


# The reader named or shown in public by the business: "we'll name you on our page".
_NAME_YOU = concept(
    r"(?:we'll|we will|we're going to|we are going to|i'll|i will|gonna|happy to|won't hesitate to)"
    r" (?:\w+ ){0,2}?(?:name|shame|expose|out|identify|post|publish|share) (?:you|u|your (?:name|"
    r"face|photo|picture|details))\b"
    r"|name and shame|(?:on|nous|je) (?:va|allons|vais|n'hesiterons pas a|n'hesiterai pas a) "
    r"(?:\w+ )?(?:vous|te|t') ?(?:afficher|nommer|denoncer|exposer|citer|identifier)"
    r"|(?:afficher|nommer|denoncer|exposer|identifier|publier) (?:publiquement )?(?:votre|ton) "
    r"(?:nom|visage|photo|identite)"
)


# Evidence kept against the reader: "we've screenshotted everything, our lawyer will love
# it", "on garde les images, au cas où vous voudriez continuer".
_KEPT_EVIDENCE = concept(
    r"screenshot\w*|screen-?cap\w*|captures? d'ecran|copies|copy of|saved|archiv\w*|"
    r"collect\w*|gather\w*|recordings?|footage|cctv|camera\w*|video\w*|images|"
    r"enregistr\w*|garde\w*|conserv\w*|sauvegard\w*"
)
_IN_CASE = concept(
    r"(?:just )?in case (?:you|u)|should you|if (?:you|u) (?:\w+ )?(?:continue|keep|carry on|"
    r"persist|try|post|write)|au cas ou (?:vous|tu)|si jamais (?:vous|tu)|si (?:vous|tu) "
    r"(?:\w+ )?(?:continu\w*|persist\w*|recommenc\w*|insist\w*)"
)


# A veiled threat: news travels, the reader can be found. "Be careful, this is a small
# town and people talk"; "il est facile de retrouver quelqu'un en ligne".
_WORD_TRAVELS = concept(
    r"small town|small village|people talk|word (?:gets|travels) (?:around|fast)|"
    r"everyone knows everyone|everybody knows everybody|news travels|"
    r"petite ville|petit village|les gens parlent|tout se sait|ca (?:va )?se sai\w*|"
    r"le monde est petit|tout le monde se connait|"
    # "if word got round the trade", "locksmiths do talk to one another" (round 51)
    r"word (?:gets|got|goes|went|going|getting|travels|travelled) (?:a)?round|"
    r"(?:do |all )?talk to (?:one another|each other)|(?:ca|le bouche-a-oreille) (?:circule|tourne) vite|"
    r"(?:se parlent|discutent) entre (?:eux|nous)"
)
_BEWARE = concept(
    r"careful|watch (?:out|it|yourself)|think (?:carefully|twice)|if i were you|be wise|"
    r"prudent\w*|attention|reflechi\w*|a votre place|mefiez|gare|"
    # the mock regret of a threat: "it would be a terrible shame if…", "ce serait dommage que…"
    r"(?:shame|pity) if|(?:customers|people|clients|gens) (?:like|comme) (?:you|vous|toi)|"
    r"(?:dommage|regrettable) (?:si|que|qu')"
)
_FINDABLE = concept(
    r"(?:easy|simple|not hard|facile|simple|pas difficile) (?:\w+ ){0,3}(?:to find|to track|"
    r"to trace|de retrouver|de trouver|de pister|de remonter) (?:\w+ )?(?:you|u|someone|"
    r"anyone|people|a person|vous|quelqu'un|les gens|une personne)"
    r"|track (?:you|u) down|find (?:you|u) (?:online|easily)|(?:vous|te) retrouver "
    r"(?:facilement|en ligne|sans peine)"
)


_THREATS_ALONE = _either(_TROUBLE, _UNTIL_REMOVED, _NAME_YOU, _FINDABLE)
_INTIMIDATION_CUE = _either(_THREATS_ALONE, _KEPT_EVIDENCE, _WORD_TRAVELS)


def intimidation(folded: str) -> list[Span]:
    """Sentences promising trouble, holding something over the reader until the review is
    removed, naming them in public, or keeping evidence for a lawyer or for next time."""
    out = []
    for start, end, s in structure.sentences_of(folded):
        if not _has(_INTIMIDATION_CUE, s):
            continue
        kept = _has(_KEPT_EVIDENCE, s) and (_has(structure.LEGAL, s) or _has(_IN_CASE, s))
        veiled = _has(_WORD_TRAVELS, s) and _has(_BEWARE, s)
        if kept or veiled or _has(_THREATS_ALONE, s):
            out.append((start, end))
    return out


# -- excessive justification ---------------------------------------------------------------

_DISOWNED = concept(
    r"not (?:our|my) fault|n't (?:our|my) fault|none of (?:this|it|that) (?:was|is) (?:our|my) "
    r"fault|no fault of (?:ours|our own)|(?:rien|aucun\w*) (?:\w+ ){0,3}n'(?:est|etait) "
    r"(?:de )?(?:notre|ma) faute|not down to us|beyond our control|"
    r"out of our (?:hands|control)|outside (?:of )?our control|nothing (?:we|anyone) could"
    r"|not (?:something )?we (?:could|can) control|not on us|wasn't on us|"
    r"pas (?:de )?(?:notre|ma) faute|pas (?:de )?notre ressort|independant\w* de notre volonte|"
    r"hors de notre (?:controle|portee)|(?:nous|on) n'y (?:pouvons|pouvions|peut|pouvait) rien|"
    r"rien a voir avec nous|ne depend(?:ait)? pas de nous|pas de notre cote|"
    # or the reader asked to excuse it: "please understand that…"
    r"please understand|you (?:must|have to|need to|should) (?:understand|know)|try to understand|"
    r"il faut savoir|(?:vous )?devez (?:comprendre|savoir)|"
    r"bear in mind|keep in mind|put yourself in our shoes|comprenez (?:bien )?que|sachez que|"
    r"il faut comprendre|veuillez comprendre|mettez-vous a notre place|"
    # the terse verdict after a list: "Delay: system crash, short-staffed, peak week. Not us."
    r"not us(?=[.!]*\s*$)|not our doing|pas (?:de )?notre fait|pas (?:a )?cause de nous|pas nous(?=[.!]*\s*$)"
    # ... or a shrug after it: "So.", "Voilà.", "bref pas de chance", "we literally did our best"
    r"|(?<=^)(?:so|voila|bref|voila tout|that's that|that's it)(?=[.!]*\s*$)|bref,? pas de chance|"
    r"what can you do|que voulez-vous|qu'est-ce que vous voulez|did our (?:very )?best|"
    r"(?:fait|faisons|fais) (?:de )?(?:notre|mon) (?:mieux|possible)"
)
_LIST_MARK = re.compile(r",|;|:| and | et | plus | then | puis | also | aussi | \+ ")
_LISTED = 3  # separators: the fault disowned, then three causes or more
# 18fb13: the reader told to be reminded, or an explanation announced, then a long list in the
# same sentence: "we want to explain: our vet was on a call, the receptionist …, the card
# machine froze, …"; "Nous nous permettons de rappeler que …, que …, que … et que …" (rounds
# 53, 60). A longer list is needed than after a disowned fault (four separators).
_EXPLAINED = concept(
    r"(?:want|wanted|would like|'d like|need|have) to explain|just to explain|to explain:|"
    r"(?:nous nous permettons|permettez-nous|je me permets|permettez-moi|il convient|tenons a|tiens a) "
    r"(?:de |d')?(?:rappeler|preciser|souligner)|rappelons que|"
    r"(?:we|i) (?:would|must|should|have to|need to) (?:point out|remind you)|for context"
)
_EXPLAINED_LISTED = 4


def justification(folded: str) -> list[Span]:
    """The fault disowned, then a list of causes in the same sentence or the next."""
    sentences = structure.sentences_of(folded)
    out = []
    for i, (start, end, s) in enumerate(sentences):
        if not _has(_DISOWNED, s):
            opener = _EXPLAINED.search(s)
            if opener is not None and len(_LIST_MARK.findall(s, opener.end())) >= _EXPLAINED_LISTED:
                out.append((start, end))
            continue
        following = sentences[i + 1][2] if i + 1 < len(sentences) else ""
        # or the list said first and the verdict after it: "Delay: crash, strike, rain. Not us."
        previous = sentences[i - 1] if i > 0 else None
        if len(_LIST_MARK.findall(s + " " + following)) >= _LISTED:
            out.append((start, end))
        elif previous is not None and len(s.split()) <= 6 and len(_LIST_MARK.findall(previous[2])) >= _LISTED:
            out.append((previous[0], end))
        elif len(s.split()) <= 8 and i > 0:
            # causes joined by "+" and split by emoji into fragments: "chauffage en panne 🥶 +
            # technicien pas dispo 📵 + … bref pas de chance 😅" (round 53)
            first = max(0, i - 6)
            chain = " ".join(x[2] for x in sentences[first : i + 1])
            if chain.count("+") >= _LISTED:
                out.append((sentences[first][0], end))
    return out


# A point-by-point rebuttal: the record "set straight", then a long list of facts in the
# business's favour ("Here are the facts. You were quoted… You signed…"; "On va remettre les
# pendules à l'heure. Le contrat disait…"). An apology in it makes it an explanation.
_RECORD = concept(
    r"(?:here are|these are|just|stick to) the facts|(?:for|to set) the record(?: straight)?|"
    r"set(?:ting)? the record straight|point[- ]by[- ]point|line by line|"
    r"to be (?:absolutely |perfectly |very |crystal |completely )?clear|"
    r"let (?:us|me) explain|allow (?:us|me) to explain|"
    r"(?:some|a few|several|certain) (?:clarifications|explanations|facts|corrections)|"
    r"retablir (?:les faits|la verite)|point par point|remettre les pendules a l'heure|"
    r"met\w* les choses au (?:clair|point)|voici les faits|les faits sont (?:les suivants|simples)|"
    r"(?:quelques|plusieurs|certaines) (?:precisions|explications|clarifications|mises au point)|"
    r"laissez-(?:nous|moi) (?:vous )?expliquer|permettez-(?:nous|moi) de (?:vous )?"
    r"(?:expliquer|preciser)"
)
_APOLOGY = concept(r"sorry|apolog\w*|desole\w*|excus\w*|regrett?\w*|pardon")
_REBUTTAL_SENTENCES = 7  # the opener and the six sentences after it
_REBUTTAL_ITEMS = 5  # sentences after the opener plus list separators
_REBUTTAL_WORDS = 45


def rebuttal(folded: str) -> list[Span]:
    """The record set straight, then a long list of facts, with no apology in it."""
    sentences = structure.sentences_of(folded)
    for i, (start, end, s) in enumerate(sentences):
        if not _has(_RECORD, s):
            continue
        window = sentences[i : i + _REBUTTAL_SENTENCES]
        text = " ".join(w[2] for w in window)
        items = len(window) - 1 + len(_LIST_MARK.findall(text))
        if (
            items >= _REBUTTAL_ITEMS
            and len(text.split()) >= _REBUTTAL_WORDS
            and not _has(_APOLOGY, text)
        ):
            return [(start, end)]
    return []


def _sentences_with(folded: str, *concepts: re.Pattern[str]) -> list[Span]:
    """Spans of the sentences holding every one of `concepts`."""
    return [
        (start, end)
        for start, end, s in structure.sentences_of(folded)
        if all(_has(rx, s) for rx in concepts)
    ]


def _has(rx: re.Pattern[str], text: str) -> bool:
    return rx.search(text) is not None

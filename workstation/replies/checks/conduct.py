"""Conduct checks written as concepts: intimidation, accusing the customer of lying or of
wanting something free, sarcasm and mockery, blaming a named employee.

Every pattern reads the accent-folded draft (`CheckContext.folded`), except the names of
employees, which need the capital letters of the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Finding, Severity
from . import shapes, structure, tone
from .base import CheckContext, finding
from .concepts import SCAN_CHARS, Tokens, blanked, concept, fold_same_length, near, spans, without

INTIMIDATION = "intimidation"
SARCASM = "sarcasm"
BLAMES_EMPLOYEE = "blames_employee"

INTIMIDATION_MSG = (
    "Intimidation: threatening the reviewer (legal action, exposing them) looks terrible in "
    "public and can break platform rules. Take it offline calmly.",
    "Intimidation : menacer le client (poursuites, exposition publique) fait très mauvaise "
    "impression et peut enfreindre les règles des plateformes. Réglez cela calmement en privé.",
)
ACCUSE_MSG = (
    "Accusing the customer of lying, of bad faith or of wanting something for free: readers "
    "side with them. Describe what you checked instead.",
    "Accuser le client de mentir, d'être de mauvaise foi ou de vouloir quelque chose gratuitement : "
    "les lecteurs lui donnent raison. Dites plutôt ce que vous avez vérifié.",
)
SARCASM_MSG = (
    "Sarcasm or mockery: it reads as contempt for the customer. Answer plainly.",
    "Sarcasme ou moquerie : cela se lit comme du mépris pour le client. Répondez simplement.",
)
BLAME_MSG = (
    "Blaming an employee in public: the business answers for its team. Say what you changed, "
    "without naming or exposing anyone.",
    "Rejeter la faute sur un employé en public : l'établissement répond de son équipe. Dites ce "
    "que vous avez changé, sans nommer ni exposer personne.",
)

# -- intimidation -----------------------------------------------------------------------

LEGAL = concept(
    r"solicitors?|lawyers?|attorneys?|legal (?:action|team|department|proceedings|steps|advice|"
    r"counsel|route|recourse)|sue|suing|lawsuit|courts?|small claims|police|authorities|"
    r"avocats?|juristes?|huissiers?|plainte|poursuites?|poursuivre|tribunal|tribunaux|justice|"
    r"gendarmerie|commissariat|proces|service juridique|contentieux|procedure judiciaire|"
    r"legal|legally|juridique\w*|judiciaire\w*|en justice|barristers?|conseil juridique|juges?|judge|"
    r"actionable|attaquable\w*|litigation|litige"
)
# The authorities told of the reader or their review: "the police will hear about your review",
# "la police entendra parler de votre avis" (issue 18: a classifier trained on more rounds, where
# the police often help the customer, read these as help; they are threats in any context).
_TOLD_OF_READER = (
    r"(?:will|shall|'ll|are going to|is going to|gonna) (?:\w+ )?(?:hear|know|learn|be told|be informed) "
    r"(?:about|of) (?:you|your|this review|ce que vous)|"
    r"entendr\w* parler (?:de|d') ?(?:vous|votre|vos|cet avis|ce commentaire|toi|ton|ta|tes)"
)
THREAT = concept(
    rf"{_TOLD_OF_READER}|"
    r"or else|otherwise|unless|or we|or you|will hear from|hear from (?:our|my)|be hearing|"
    r"(?:we|i)(?: will|'ll| shall| are going to| intend to| reserve| won't hesitate)|"
    r"reserve (?:the|our|all) rights?|take (?:this|it|that) (?:down|off)|remove (?:this|your|it)|"
    r"consequences|don't make us|forwarded to|cost\w* (?:\w+ ){0,2}?(?:dearly|a lot)|couter cher|"
    r"coute cher|risk\w*|risqu\w*|amendes?|fines?|penalt\w*|condamn\w*|(?:will|shall) be in touch|be in touch with you|"
    r"vous (?:contacteront|contactera|recontacteront)|prendr\w* contact|"
    r"(?:review|examin|etudi|analys|look)\w* (?:\w+ )?(?:your|votre|vos|this|cet|ce|ces) "
    r"(?:post|review|avis|publication|comment|commentaire|message|propos)\w*|further|plus loin|if (?:this|the|your) (?:\w+ )?(?:is not|isn't|not) (?:\w+ )?(?:removed|deleted|taken down|withdrawn)|si (?:cet|ce|votre|le) \w+ "
    r"(?:n'est pas|n'a pas ete|n'est|reste) (?:\w+ )?(?:supprime|retire|efface|modifie)\w*|passed (?:on )?to|sinon|faute de quoi|a defaut|"
    r"(?:nous|je) (?:allons|reservons|engagerons|porterons|saisirons|transmettrons|transmettons|"
    r"n'hesiterons pas|n'hesiterai pas|vais|irons)|nous nous reservons|(?:nous|je) (?:nous )?"
    r"reserv\w+ le droit|affaire a|retirez|supprimez|des suites|transmis a|retirer (?:votre|cet|ce)"
)
THREAT_ALONE = concept(
    r"defamat\w*|libel\w*|slander\w*|cease and desist|diffamat\w*|calomni\w*|mise en demeure|"
    r"we know where you (?:live|work)|(?:on|nous) sai[st]\w* ou vous (?:habitez|vivez|travaillez)|"
    r"we have your (?:address|details|number|photo|plate|name)|"
    r"(?:nous avons|on a) (?:votre|vos) (?:adresse|coordonnees|photo|plaque|nom)|"
    r"(?:publish|post|share|expose|release|circulate|put)\w* (?:\w+ ){0,2}(?:your|the) "
    r"(?:name|photos?|pictures?|details|address|identity|cctv|footage|video)|"
    r"(?:publier|diffuser|partager|afficher|poster|devoiler)\w* (?:\w+ ){0,2}(?:votre|vos|la|les) "
    r"(?:nom|photos?|coordonnees|adresse|identite|video|images)|"
    r"you(?:'ll| will) regret|vous (?:allez|allez le|le) regrett\w*|watch your back|"
    r"(?:complaint|plainte|action|proceedings|procedure|case|lawsuit|signalement|poursuites?) "
    r"(?:\w+ )?(?:against|contre) (?:you|vous)|"
    r"faites attention a vous|(?:we|nous) (?:will|'ll|allons|vous) (?:find|retrouver\w*) (?:you|vous)?|"
    # the reader's conduct reported to the rest of the trade: "nous allons signaler votre
    # comportement à toutes les auto-écoles de la région" (round 51)
    r"(?:signal\w*|report\w*|denonc\w*|warn\w*|alert\w*|avert\w*|previen\w*|blacklist\w*) "
    r"(?:(?:votre|your|vos|ton|ta) (?:\w+ )?(?:comportement|behaviou?r|conduct|attitude|agissements)|"
    r"(?:you|vous|te)) (?:\w+ ){0,2}?(?:a|aux|to|with|aupres d\w*) (?:toutes? |tous |all |every |other |"
    r"les autres |d'autres |the other |the rest of )(?:\w+ )?(?:the )?(?:\w+)|"
    # the law coming for the reader: "the law will catch up with you", "la justice vous rattrapera"
    r"(?:the law|justice|the police) (?:will |'ll |is going to |is gonna )?(?:\w+ )?(?:catch(?:es)? up (?:with|on)|"
    r"come(?:s)? for|deal with) (?:you|u)|(?:la loi|la justice|la police) (?:va |finira par )?(?:vous|te) "
    r"(?:rattrap\w*|retrouv\w*)"
)


# Exposure: recordings of the customer next to showing them to others.
RECORDING = concept(
    r"cctv|camera\w*|footage|video\w*|recording\w*|images? (?:de|of) (?:vous|you|votre|your)|"
    # "photo ID" is a document, not a picture of the reader (round 52)
    r"photos?(?! ?(?:id|ids|identification|card|cards|d'identite)\b)|pictures?|enregistrement\w*|"
    r"videosurveillance"
)
_SHOWING = concept(
    r"share|sharing|post|posting|publish\w*|release|circulate|show (?:it|them|everyone)|online|"
    r"diffus\w*|publi\w*|partag\w*|montrer|montrerons|afficher|afficherons|en ligne|reseaux|"
    r"use (?:it|them|this)|les utiliser|l'utiliser|not afraid|pas peur|hesitat\w*|hesiter\w*|"
    # where it would be shown, and to whom
    r"facebook|instagram|insta|tiktok|twitter|social media|socials|reseaux sociaux|"
    r"(?:our|notre) (?:page|website|site|wall|story|stories)|goes (?:on|up)|(?:va|ira) sur|"
    # "for everyone's safety / privacy" is a purpose, not an audience (rounds 42, 47)
    r"neighbou?rs?|neighbou?rhood|the whole (?:street|town|village|city)|everyone(?!'s)|everybody(?!'s)|"
    r"quartier|voisins?|tout le monde|(?:du|de) monde|toute la (?:rue|ville)|tout le village|"
    r"interess\w* (?:\w+ ){0,3}(?:monde|gens|voisins|quartier)|"
    # the reader's employers (round 54: "elles pourraient intéresser vos futurs employeurs")
    r"(?:your|votre|vos|ton|tes) (?:\w+ )?(?:employers?|employeurs?|recruiters?|recruteurs?)|"
    r"(?:people|folks) (?:\w+ )?(?:might|would|could) (?:be )?(?:interested|like to see)"
)


# Sharing the reader is thanked for is theirs: "the photos of the sunset are stunning. Thanks
# for sharing them!", "merci d'avoir partagé vos photos" (round 51).
_THANKED_FOR = re.compile(
    r"(?:thanks?|thank you|grateful|merci)(?: (?:so|very) much)?(?: (?:a lot|again|beaucoup|infiniment))?"
    # ... after other thanks in the same sentence: "thank you for your lovely review and for
    # sharing your photos", "merci pour votre avis et pour le partage de vos photos" (real owner
    # replies, 18rp)
    r"(?: (?:for|pour|de|d') [^.!?]{0,80}? (?:and|et))?"
    # ... in other wordings: "merci de les partager", "thanks for posting these", "merci de nous
    # les avoir montrées" (round 54)
    r" (?:for|de|d'|d'avoir|pour)(?:\W+(?:le|la|les|l|the|nous|us|them|these|those|it|avoir|having))*\W*$",
    re.IGNORECASE,
)
# A display celebrating what the reader did ("your team photo is up on our wall of fame",
# "votre photo rejoint notre tableau d'honneur"): showing their picture there honours them.
_CELEBRATION_DISPLAY = concept(
    r"(?:wall|hall|board) of (?:fame|champions|honou?r|legends)|leader ?board|winners'? (?:wall|board)|"
    r"record (?:wall|board)|mur des (?:champions|records|vainqueurs|gagnants|legendes)|"
    r"tableau d'honneur|palmares|hall of fame"
)


# The business itself as the one taking legal steps ("we are consulting a barrister"), and not
# the reviewer's own right ("you may contact the mediator").
_WE = concept(r"we|we're|we've|we'll|we are|we have|our|us|nous|notre|nos|on|je|j'ai|i|i've|i'll")
_YOUR_RIGHT = concept(
    r"you (?:can|may|could|are free to|have the right|are welcome to)|if you (?:wish|prefer|want)|"
    r"vous (?:pouvez|etes libre|avez le droit|pourrez)|si vous le (?:souhaitez|preferez)|"
    r"your (?:right|rights)|votre droit|vos droits"
)
# Acting in general is what a good reply promises too ("we are reviewing what happened and
# will take the necessary measures"): it threatens only when the reader or their review is
# in the sentence.
_MEASURES = concept(
    r"prepared to act|ready to act|will act|take (?:action|measures|steps|it further)|"
    r"prets? a agir|agirons|prendrons (?:des|les) mesures"
)
_ACT_AGAINST = concept(
    r"reported your (?:account|profile|review)|"
    r"avons signale votre (?:compte|profil|avis)|passed (?:on )?your (?:details|name|identity)|"
    r"transmis votre (?:identite|nom|adresse|coordonnees)|(?:keep|continue|continuez|continue to)"
    r"\w* (?:\w+ ){0,2}(?:posting|writing|publier|ecrire)"
)
IDENTITY = concept(
    r"who you (?:are|really are)|qui vous etes|your (?:identity|real name|face|full name)|"
    r"votre (?:identite|vrai nom|visage|nom complet)"
)
_AUDIENCE = concept(
    r"everyone|everybody|the whole|all your|public\w*|online|reveal\w*|expose\w*|tout le monde|"
    r"chacun|revel\w*|saura|sauront|en ligne"
)


# What turns "our solicitor" into a threat: a consequence or a step, or the reader's review,
# words or person as its object ("a copy of this review", "about you").
AIMED_AT_READER = concept(
    r"(?:your|votre|vos|this|that|these|cet|cette|ce|ces) (?:\w+ )?(?:review|post|comments?|"
    r"words|statements?|allegations?|claims?|avis|commentaires?|propos|publication|message|"
    r"accusations?|affirmations?|declarations?)|cop(?:y|ie|ies)|screenshots?|captures? d'ecran|"
    r"(?:against|about|after) you|(?:contre|sur) vous|what you|ce que vous|costly|expensive|"
    r"couteu\w*|cout\w* (?:tres )?cher"
)


def _in_sentences(
    found: list[tuple[int, int]], text: str, test: Callable[[str], bool], *, keep: bool
) -> list[tuple[int, int]]:
    """The spans of `found` whose sentence passes `test` (`keep`), or those whose does not."""
    passing = [(s, e) for s, e, sentence in structure.sentences_of(text) if test(sentence)]
    return [(a, b) for a, b in found if any(s <= a < e for s, e in passing) == keep]


def _with_next(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the sentence followed by the next one) for each sentence of `text`."""
    sentences = structure.sentences_of(text)
    return [
        (start, end, sentence + " " + (sentences[i + 1][2] if i + 1 < len(sentences) else ""))
        for i, (start, end, sentence) in enumerate(sentences)
    ]


def _dropped_with_next(
    found: list[tuple[int, int]], text: str, test: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """`found` without the spans whose sentence, read with the next one, passes `test`."""
    passing = [(start, end) for start, end, pair in _with_next(text) if test(pair)]
    return [(a, b) for a, b in found if not any(s <= a < e for s, e in passing)]


def _aimed(found: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The spans of `found` whose sentence aims the legal word at the reader."""
    rules = (structure.CONSEQUENCE, THREAT, AIMED_AT_READER)
    return _in_sentences(
        found, text, lambda s: any(rx.search(s) is not None for rx in rules), keep=True
    )


# The reader invited to use a recording themselves: "our video is on our page if you'd like
# to share it with your friends" shows nothing against them.
_INVITED = concept(
    r"if you(?:'d| would)? (?:like|want|wish)|feel free|you(?:'re| are) welcome to|you can|"
    r"you may|n'hesitez pas|si vous (?:le )?(?:souhaitez|voulez|desirez)|vous pouvez|"
    r"libre a vous"
)


def invites_reader(folded_sentence: str) -> bool:
    """Whether a sentence leaves the reader free to act themselves ("our video is on our page
    if you'd like to share it with your friends") and threatens nothing."""
    return (
        _INVITED.search(folded_sentence) is not None
        and THREAT.search(folded_sentence) is None
        and _WE_SHOW_ALL.search(folded_sentence) is None
    )


# The business itself showing it to all, whatever the "if you'd like": "we'd be happy to post it
# for everyone if you'd like" (round 54).
_WE_SHOW_ALL = concept(
    r"(?:we|we'd|we'll|we would|we will|nous|on) (?:\w+ ){0,4}?(?:post|share|publish|show|put|"
    r"publier|partager|diffuser|montrer|mettre) (?:\w+ ){0,2}?(?:for|to|with|a|avec|pour) "
    r"(?:everyone|everybody|all to see|the world|tout le monde|le monde entier)"
)


def _not_invited(found: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    if _CONSENTED.search(text) is not None and THREAT.search(text) is None:
        return []  # photos shared with the consent of those pictured expose nobody
    return _in_sentences(found, text, invites_reader, keep=False)


_CONSENTED = concept(
    r"(?:with|after) (?:\w+ ){0,3}(?:permission|consent)|(?:consented|agreed) to (?:be )?(?:\w+ )?"
    r"(?:photographed|filmed|pictured|shared)|avec (?:l'|\w+ ){0,3}(?:accord|autorisation|consentement)"
)


# The police told of a crime the customer suffered, with the paperwork offered for their
# insurer ("we've given our camera footage to the police, and if you need a letter for your
# insurance, just ask"): help to a victim, not a threat — unless the sentence also turns on
# what the reader wrote or names a threat on its own.
_VICTIM = concept(
    r"stolen|theft|thie(?:f|ves)|break-?in|broken into|burglar\w*|vandal\w*|vol|volee?s?|"
    r"cambriol\w*|degradee?s?|degradation\w*|happened to your|damage to your|"
    r"arrive a (?:votre|vos)|degats sur (?:votre|vos)|"
    # a thing lost or left behind, an incident on the premises (lost property goes to the police)
    r"lost|left behind|forgotten|perdue?s?|oubliee?s?|incidents?|pertes?|"
    # gone without a trace: "your bike went missing", "was taken from our yard", "a disparu"
    r"missing|disappear\w*|dispar\w*|effraction\w*|(?:was|were) taken from|"
    # taken or hit, however told: "your bag was taken while you queued", "got nicked", "someone
    # clipped your car", "break-ins", "vous être fait voler", "la rayure sur votre véhicule" (18fb17)
    r"(?:was|were|got|been) (?:\w+ )?(?:taken|nicked|pinched|snatched|swiped|lifted|clipped|keyed|"
    r"smashed|robbed|mugged)|clipped|keyed|break-?ins?|robbed|mugged|pickpocket\w*|"
    r"voler|derobee?s?|arrachee?s?|rayures?|accroch\w*|"
    # damage to what the customer owns or brought (a scratched table, a dented car)
    r"scratched|dented|chipped|stained|damaged|broken|rayee?s?|abimee?s?|cassee?s?|"
    r"endommagee?s?|tachee?s?|cabossee?s?|ebrechee?s?"
)
# What shows the police or the insurer are there for the customer: the paperwork of a claim,
# lost property handed in, a procedure followed, a report made on the business's side.
_VICTIMS_PAPERS = concept(
    r"(?:your|votre|vos|our|notre|nos) (?:\w+ )?(?:insurance|insurers?|assurances?|assureurs?)|"
    r"attestations?|a letter for|(?:crime|incident) (?:number|reference)|"
    r"numero de (?:plainte|proces-verbal|pv)|recepisse|"
    r"anything found|found items?|lost property|objets? trouves?|"
    r"procedures?|comme le prevoit|as (?:the law|our procedure) requires|"
    r"on our side|de notre cote|reported the (?:theft|loss|incident)|signale (?:le vol|la perte)|"
    # the business's cameras helping the police find who did it
    r"(?:footage|videos?|images|recordings?|enregistrements?) (?:\w+ ){0,6}?(?:with|to|a|aux?) (?:the |la )?"
    r"(?:\w+ )?(?:police|gendarmerie|enqueteurs|investigators)|a la demande de la police|"
    r"at the (?:police's|polices) request|so (?:they|the police) can (?:follow up|investigate)|"
    r"pour (?:l'|leur |son )?enquete|for (?:the|their) investigation|"
    # the footage offered or given to the police for the customer's case
    r"(?:give|hand|pass|send|share)\w* (?:\w+ ){0,2}(?:our|the) (?:\w+ ){0,2}(?:footage|videos?|recordings?)|"
    # our own photo offered for the reader's report: "if it helps with a report to the Gardaí,
    # we can share our driver's delivery photo", "si cela peut aider pour votre plainte" (round 53)
    r"(?:if it helps|if that helps|to help|si (?:ca|cela) (?:peut )?aide\w*|pour (?:vous )?aider)"
    r" (?:\w+ ){0,2}?(?:a |your |the |votre |la |une |vos )?(?:police )?(?:reports?|complaint|claim|"
    r"plainte|declaration|depot de plainte)|"
    r"(?:footage|videos?|images|recordings?|enregistrements?|cctv|videosurveillance)\W+(?:\w+\W+){0,8}?"
    r"(?:to|a|aux?) (?:the |la |les )?(?:police|gendarmerie|enqueteurs)|"
    r"a la disposition (?:de la |des |du )?(?:police|gendarmerie|enqueteurs|commissariat)|"
    r"(?:available to|at the disposal of) the police|"
    r"(?:handing|handed|hand) (?:\w+ ){0,2}over to the police|"
    r"(?:help|aider) (?:to )?(?:find|retrouver|l'enquete|a l'enquete|the investigation)|"
    # the reader helped to report it, or left free to: "heureuse de vous aider à porter plainte",
    # "if you'd like to report it to the police, our staff can give you the reference", "si vous
    # le souhaitez, la gendarmerie peut enregistrer une déclaration de perte" (rounds 47, 50)
    r"(?:help|helped|helping|assist\w*|aider|aide|aidee?s?|accompagn\w*) (?:\w+ ){0,2}?(?:you|vous|te)\W+"
    r"(?:\w+\W+){0,2}?(?:report|file|make a (?:police )?report|porter plainte|deposer (?:une )?plainte|"
    r"faire (?:une|votre) declaration|signaler|declarer)|"
    r"(?:if you(?:'d| would)? (?:like|want|wish)|should you wish|si vous (?:le )?(?:souhaitez|voulez|desirez)|"
    r"vous pouvez|you can|you may)\W+(?:\w+\W+){0,10}?(?:report|plainte|declaration|police|gendarm\w*)|"
    r"(?:vous|te) (?:aider|aide|accompagner|accompagne) (?:a|pour|dans) (?:\w+ ){0,1}?(?:porter plainte|"
    r"deposer|declarer|signaler|faire (?:une|votre|la) declaration|vos demarches)|"
    r"declarations? de (?:perte|vol)|(?:loss|theft|crime|police) reports?"
)
# The customer's own insurance claim is not "your claims" about the business: beside an
# insurer or a certificate, "for your own claim", "pour votre déclaration" are paperwork.
_OUR_COPY = concept(r"cop(?:y|ie|ies) (?:of|de|du|des) (?:our|notre|nos|the|la|le|les) (?:\w+ ){0,2}?"
                    r"(?:records?|reports?|invoices?|receipts?|certificates?|dossiers?|factures?|fiches?|"
                    r"rapports?|attestations?|recus?|constats?|carnets?|bons?)")
# ... and a picture of the business's own ("la photo de livraison de notre coursier")
_OUR_PICTURE = concept(r"(?:la|les|the) (?:photos?|images?|videos?|pictures?) (?:\w+ ){0,3}?(?:de|du|of) (?:our|notre|nos)\b")
_INSURANCE = concept(r"insur\w*|assur\w*|attestations?|certificate")
_YOUR_CLAIM = concept(
    r"(?:your|votre|vos) (?:own |propre )?(?:insurance )?(?:claims?|declarations?(?: de (?:vol|sinistre))?)"
)


# Who can help a customer who was robbed or whose things were damaged: the police, an insurer,
# the business's recordings. Beside such a harm, naming one of them is help however the offer is
# worded ("we'll hand it straight to Merseyside Police when they ask"), unless the sentence aims
# at the reader or makes the step a condition on them (18fb17: the list of offers above grew with
# every blind round and the next round's wording was never in it).
_HELPERS = concept(
    r"police|polices|gardai|garda|constabulary|gendarm\w*|commissariat|insur\w*|assur\w*|cctv|footage|"
    r"cameras?|cams?|videosurveillance|recordings?|enregistrements?|images|videos?"
)
_CONDITION_ON_READER = concept(
    r"unless|or else|otherwise|if you (?:do not|don't|keep|continue|persist|post|leave)|sinon|a moins que|"
    r"faute de quoi|si vous (?:ne|n'|continuez|persistez|maintenez)|take (?:this|it) down|remove (?:this|your)|"
    r"retirez|supprimez|retirer (?:votre|cet|ce)|"
    # the authorities told of the reader's doing: "the police will hear about this"
    r"(?:will|shall|'ll|are going to) (?:\w+ )?(?:hear|know|learn|be told) (?:about|of) (?:this|it|that|you)|"
    rf"{_TOLD_OF_READER}|"
    r"(?:va|vont|allez|va en) (?:\w+ )?entendre parler|en entendr\w* parler"
)


def helps_victim(folded_draft: str, folded_sentence: str) -> bool:
    """Whether the sentence tells of the police or the insurer helping with a crime or damage
    the customer suffered (named anywhere in the draft); the classifier's intimidation
    verdict on it is not reported either (`learned.model_findings`)."""
    # "a copy of our service record" is the business's paper for the reader, not their words
    aimed = blanked(_OUR_PICTURE, blanked(_OUR_COPY, folded_sentence))
    if _INSURANCE.search(folded_sentence):
        aimed = blanked(_YOUR_CLAIM, aimed)
    return (
        _VICTIM.search(folded_draft) is not None
        and (_VICTIMS_PAPERS.search(folded_sentence) is not None or _HELPERS.search(folded_sentence) is not None)
        and not any(rx.search(aimed) for rx in (THREAT_ALONE, AIMED_AT_READER, _YOU_CAUSED, _CONDITION_ON_READER))
    )


def helps_victim_at(folded_draft: str, position: int) -> bool:
    """Whether the sentence at `position`, read with the next one, tells of help to a victim
    (`helps_victim`): "please report it to the police. We'll gladly give them our footage."
    The rules drop such a sentence's intimidation spans (`intimidation`), and the classifier's
    verdict on it is dropped the same way (`learned.model_findings`)."""
    return any(
        start <= position < end and helps_victim(folded_draft, pair)
        for start, end, pair in _with_next(folded_draft[:SCAN_CHARS])
    )


_YOU_CAUSED = concept(
    r"you (?:caused|did|broke|damaged|stole)|vous avez (?:cause|casse|abime|vole|degrade)|your fault|"
    r"votre faute"
)


def intimidation(ctx: CheckContext) -> list[Finding]:
    text = ctx.folded[:SCAN_CHARS]
    tokens = Tokens.of(text)
    legal = without(spans(LEGAL, text), _spread(spans(_YOUR_RIGHT, text), 40))
    found = near(tokens, legal, spans(THREAT, text), 8)
    # "our lawyer" alone is no threat ("Our lawyer has reviewed our cancellation terms"):
    # the business's legal word counts when its sentence also aims it at the reader.
    found += _aimed(near(tokens, legal, spans(_WE, text), 5), text)
    found += spans(_ACT_AGAINST, text)
    found += [
        (start, end)
        for start, end, sentence in structure.sentences_of(text)
        if _MEASURES.search(sentence)
        and (structure.YOU.search(sentence) or AIMED_AT_READER.search(sentence))
    ]
    found += near(tokens, spans(IDENTITY, text), spans(_AUDIENCE, text), 8)
    showing = [(a, b) for a, b in spans(_SHOWING, text) if not _THANKED_FOR.search(text[max(0, a - 140) : a])]
    shown = _not_invited(near(tokens, spans(RECORDING, text), showing, 14), text)
    found += _in_sentences(
        shown, text, lambda s: _CELEBRATION_DISPLAY.search(s) is not None and THREAT.search(s) is None,
        keep=False,
    )
    found += spans(THREAT_ALONE, text)
    found += structure.intimidation(ctx.folded) + shapes.intimidation(ctx.folded)
    # The help may be told in the next sentence: "please report it to the police; we'll
    # gladly give them our camera footage".
    found = _dropped_with_next(found, text, lambda sentences: helps_victim(text, sentences))
    return _findings(INTIMIDATION, Severity.BLOCK, INTIMIDATION_MSG, found)


# -- accusing the customer ----------------------------------------------------------------

_YOU = concept(r"you|you've|you're|your|vous|tu|this customer|ce client|cette cliente|the reviewer")
_LIE = concept(
    r"lie|lied|lies|lying|liar|liars|made (?:this|it|that|all this|the whole thing) up|make (?:this|it|"
    r"things|stuff) up|making (?:this|it|things|stuff) up|invent(?:ed|ing|s|e|ez|er|es|ee|ees|ent)?|fabricat\w*|exaggerat\w*|embellish\w*|"
    r"pretend\w*|mentez|mentir|menti|mensong\w*|exager\w*|affabul\w*|fantasm\w*|"
    r"racont\w* (?:n'importe quoi|des histoires|des salades)|bluff\w*"
)
_SEEMED_TO_YOU = concept(
    r"vous (?:ont|aient|a|ait|avaient|avait|auraient|aurait)(?: pu)? (?:paru|semble|sembler|paraitre)"
)
_BAD_FAITH = concept(
    r"mauvaise foi|bad faith|dishonest\w*|malhonnet\w*|(?:this|your|a|ce|votre|un) (?:fake|false) "
    r"review|(?:faux|cet) avis (?:mensonger|bidon)|avis bidon|your story (?:doesn't|does not|"
    r"won't) (?:add up|hold)|votre (?:histoire|version) ne tient pas|fairy ?tale|conte de fees|"
    r"tissu de|pack of lies"
    r"|(?:none|nothing|not a word|rien|pas un mot) (?:\w+ ){0,6}?(?:is|was|est|etait|n'est|n'etait) "
    r"(?:\w+ )?(?:honest|true|truthful|sincere|honnete|vrai|sincere|exact)"
    r"|(?:and|et) (?:you know it|vous le savez)|as you (?:well|very well) know|"
    r"vous le savez (?:tres )?bien|comme par hasard|how convenient"
)
# The review as the subject of a sentence about its real motive ("this review has more to do
# with…", "cet avis tient surtout à…"): shared by the motives below (money owed, a rival).
_REVIEW_SUBJECT = r"(?:review|rating|post|comment|avis|note|commentaire)\w* (?:\w+ ){0,3}?"
_PAST_WANT = concept(
    r"(?:you|vous|they|ils|people|gens|customers|clients|ceux|certains|some|someone|quelqu'un|"
    r"this|cela|ca)\W+(?:\w+\W+){0,8}?"
    r"(?:angling|fishing|were after|are after|after|wanted|were looking|were hoping|were trying|"
    r"hoping|espere|vouliez|cherchiez|esperiez|visiez|cherchent|veulent|voulaient|visent|"
    r"(?:viennent|venez|vient|come|comes|show up|turn up) (?:\w+ )?(?:chercher|for|looking for))"
    r"\W+(?:\w+\W+){0,4}?"
    r"(?:free|freebies?|refund|compensation|discount|money|gratuit\w*|rembours\w*|dedommag\w*|"
    r"remise|geste|reduction|ristourne|paid for|payer|pay for)"
    r"|(?:suspect|soupconn\w*|doutons que|doute que|doubt (?:that|whether|you))\W+(?:\w+\W+){0,3}?"
    r"(?:you|vous)"
    r"|(?:not the first time|pas la premiere fois)\W+(?:\w+\W+){0,4}?(?:you|vous)"
    r"|(?:this|the same|that|ce|le meme|ce petit|votre petit) (?:little )?(?:trick|stunt|scam|game|"
    r"coup|cinema|manege|jeu|numero|combine)"
    r"|(?:no|aucun\w*|nothing|rien) (?:\w+ ){0,3}?(?:relation|rapport|lien|to do) (?:\w+ ){0,2}?"
    r"(?:reality|realite|truth|verite|faits|facts)"
    # the review's real motive said to be money owed: "this review has rather more to do with
    # the unpaid balance on your invoice" (round 51), "cet avis tient surtout à votre facture impayée"
    rf"|{_REVIEW_SUBJECT}(?:(?:more|less) to do with|"
    r"has (?:\w+ )?to do with|is (?:really|actually|more|mostly|all) about|(?:plus|davantage|surtout) "
    r"(?:a voir|affaire) avec|tient (?:surtout|plutot|davantage) a|s'explique (?:surtout|plutot) par)"
    r" (?:\w+ ){0,4}?(?:unpaid|outstanding|overdue|balance|debt|money you owe|impaye\w*|solde|"
    r"ardoise|dette|facture (?:impayee|en souffrance)|relance\w*|deposit you lost|caution)"
    # ... or a rival said to be behind it: "has less to do with our shop than with a certain
    # competitor", "posting under various names" (round 53)
    rf"|{_REVIEW_SUBJECT}(?:(?:more|less) to do with|"
    r"has (?:\w+ )?to do with|(?:plus|moins|davantage) (?:a voir|affaire) avec)"
    r" (?:\w+ ){0,8}?(?:competitor|rival|concurren\w*)"
    r"|(?:posting|posted|writing|written|publie\w*|ecri\w*) (?:\w+ )?(?:under|sous) (?:\w+ )?"
    r"(?:various|different|several|multiple|fake|other|differents|plusieurs|faux|autres) "
    r"(?:names|accounts|profiles|pseudonyms|noms|comptes|profils|pseudos)"
    # the problem said to lie with the reader: "Perhaps the room was not the problem."
    r"|(?:perhaps|maybe|possibly|peut-etre que|peut-etre) (?:the |le |la |les |our |notre |nos )?\w+ "
    r"(?:was|were|is|wasn't|weren't|isn't|n'etait|n'etaient|n'est) (?:not |pas |never |jamais )?"
    r"(?:really |vraiment )?(?:the |le |la )?(?:problem|issue|probleme|souci)"
)
_DISBELIEF = concept(
    r"(?:don't|do not|can't|cannot|ne|n') (?:\w+ )?(?:believe|croy\w*|croire|buy) (?:\w+ ){0,2}?"
    r"(?:a word|un (?:seul )?mot|any of|your story|votre histoire|votre recit|ce recit|it for a)"
)
_STORY = concept(
    r"(?:your|votre|vos|this|that|these|such an?|ce|cet|cette|ces) (?:\w+ )?(?:version|story|"
    r"account|histoire|recit|review|avis|"
    r"description|tale|propos|claims?|allegations?|accusations)"
)
FALSEHOOD = concept(
    r"fantas\w*|fiction|imaginaire|imagin(?:ed|ary|e)|fairy ?tales?|contes?|fables?|romans?|"
    r"mensong\w*|untrue|nonsense|n'importe quoi|made up|fabricat\w*|exagere\w*|exaggerat\w*|"
    r"invente\w*|bogus|bidon|pipeau|bullshit|conneries"
)
# "Funny how this appeared right after we refused your discount": a revenge review insinuated.
_INSINUATION = concept(
    r"funny|curious|strange|interesting|odd|convenient|conveniently|coincidence|curieux|curieuse|"
    r"etrange|bizarre|drole|amusant|etonnant|coincidence"
)
_REFUSAL = concept(
    r"refus\w*|declin\w*|denied|turned down|wouldn't give|would not give|said no|"
    r"n'avons pas (?:accepte|accorde)|avons dit non"
)
_FREE_WANT = concept(
    r"(?:just|only|simply|clearly|obviously|all you|really|evidemment|visiblement|manifestement|"
    r"uniquement|juste|seulement|tout ce que vous|ce que vous)\W+(?:\w+\W+){0,5}?(?:want\w*|after|"
    r"looking for|hoping (?:for|to get)|trying to (?:get|obtain|score|blag|wangle)|fishing for|"
    r"angling for|cherch\w*|voul\w*|esper\w*|obtenir|tent\w*|essay\w*|vis\w*|recherch\w*)"
    r"\W+(?:\w+\W+){0,4}?(?:free|freebies?|refund|discount|something for nothing|money back|"
    r"compensation|gratuit\w*|rembours\w*|geste commercial|reduction|ristourne|dedommag\w*|"
    r"repas offert|a l'oeil)"
    r"|freeloader\w*|scroung\w*|profiteu\w*|pique-assiette|chantage|blackmail\w*|extort\w*|"
    r"|(?:cherch\w*|voul\w*|want\w*|tent\w*|essay\w*|trying)\W+(?:juste|just|only|simply|uniquement|"
    r"seulement|surtout)\W+(?:\w+\W+){0,4}?(?:free|freebies?|refund|discount|gratuit\w*|"
    r"rembours\w*|geste commercial|reduction|dedommag\w*)"
    r"|resquill\w*|something for nothing|a free meal out of|un repas gratuit sur notre dos|"
    r"(?:gratter|soutirer|extorquer) (?:\w+ ){0,2}(?:un|une|des|quelque)"
)


# The reader attacked through a generic third person: "certain customers consider it acceptable
# to invent grievances", "a parent of such evident musical ignorance", "a client so consistently
# unable … his disorganisation", "certaines personnes confondent un avis avec un exutoire",
# "certains clients entretiennent un rapport créatif avec la vérité" (rounds 48, 49, 50, 57, 58).
# "Some customers were unable to park" names no fault of character: the trait must be one.
_VEILED_READER = concept(
    r"(?:certain|some|certaines?|certains|quelques|those|such|ces) (?:[\w'-]+ )?(?:customers|clients|"
    r"clientes|people|personnes|gens|guests|parents|reviewers|individus|individuals|patients)"
    r"|(?:a|an|un|une|this|ce|cette) (?:[\w'-]+ )?(?:client|customer|cliente|parent|guest|person|"
    r"personne|reviewer|individual|individu|patient) (?:so|of such|aussi|si|d'une telle|d'une si|"
    r"with such)"
)
_CHARACTER_FAULT = concept(
    # "inventory" / "inventaire" is stock, not a lie
    r"invent(?:ed|ing|s|e|es|er|ent|ez|ions?)?|fabricat\w*|(?:make|makes|making|made) (?:things|stuff|"
    r"it all|stories|complaints) up|make up (?:stories|complaints|grievances)|ignoran\w*|exutoire|outlet for|"
    r"creati\w* (?:[\w'-]+ ){0,2}?(?:avec|with) (?:la verite|the truth)|cerveau|brain ?cells?|"
    r"disorgani[sz]\w*|desorganis\w*|goodwill (?:payment|gesture)|something for nothing|mensong\w*|"
    r"lying|liars?|menteu\w*|grossier\w*|arrogan\w*|entitled|mauvaise foi|bad faith|vague facile|"
    r"(?:feel|think|believe|se croi\w*|s'estim\w*) (?:\w+ )?(?:qualified|competent\w*|experts?|"
    r"qualifie\w*)"
)
_RECOGNISE_YOURSELF = concept(
    r"(?:nous vous laissons|libre a vous de) vous reconnaitre|(?:ils|elles) se reconnaitront|"
    r"(?:you|they) know who (?:you|they) are|will recogni[sz]e (?:yourself|themselves)"
)


def _veiled_attack(text: str) -> list[tuple[int, int]]:
    return spans(_RECOGNISE_YOURSELF, text) + [
        (start, end)
        for start, end, sentence in structure.sentences_of(text)
        if _VEILED_READER.search(sentence) and _CHARACTER_FAULT.search(sentence)
    ]


def accusation(ctx: CheckContext) -> list[Finding]:
    text = ctx.folded[:SCAN_CHARS]
    tokens = Tokens.of(text)
    # "nos délais affichés vous aient paru mensongers": the reader's view of *our* wording, not
    # an accusation of the reader (round 46).
    you = without(spans(_YOU, text), spans(_SEEMED_TO_YOU, text))
    lies = _after(tokens, you, spans(_LIE, text), 4)
    found = lies + spans(_BAD_FAITH, text) + spans(_FREE_WANT, text)
    found += near(tokens, spans(_INSINUATION, text), spans(_REFUSAL, text), 12)
    found += spans(_PAST_WANT, text) + spans(_DISBELIEF, text)
    found += near(tokens, spans(_STORY, text), spans(FALSEHOOD, text), 9)
    found += structure.accusation(ctx.folded) + shapes.accusation(ctx.folded)
    found += _veiled_attack(text)
    return _findings("personal_attack", Severity.BLOCK, ACCUSE_MSG, found)


# -- sarcasm and mockery -----------------------------------------------------------------

# Laughter alone is ambiguous: owners laugh with a customer about their own dog or queue.
# It mocks when it laughs at the reader's review or complaint — a review word, a lecture
# ("learn to read"), feigned suffering or another irony ingredient in the same sentence. A
# second person alone is not enough ("Haha, our cat says hello to you!"); a lone marker
# is a warning.
LAUGHTER = concept(r"lol|lmao|rofl|mdr|ptdr|haha\w*|hihi\w*|xd")
_LAUGHED_AT = (structure.REVIEW_REF, structure.HYPERBOLE, structure.SUFFERING)
_LAUGH_WINDOW = 8
_LONE_IRONY_MSG = (
    "Laughter or irony can read as mockery of the customer: make sure it laughs with them.",
    "Un rire ou une ironie peut se lire comme de la moquerie envers le client : vérifiez "
    "qu'il rit avec lui.",
)
MOCK = concept(
    r"(?:your|votre|sa|his|her) (?:royal )?(?:highness|majesty|majeste|altesse|lordship|seigneurie)"
    r"|(?:monsieur|madame|cher|chere|dear|our|notre|grand|great|fin|true|real|vrai|un vrai|a true|"
    r"a real|self-proclaimed|autoproclame\w*|armchair|apparent|clearly an?|obviously an?|"
    r"visiblement un|evidemment un) (?:\w+ )?(?:connoisseur|gourmet|connaisseur|expert|specialist|"
    r"specialiste|critique|critic|gastronome|inspector|inspecteur|food critic)s?"
    r"|(?:michelin|ramsay|top chef|gault)\W+(?:\w+\W+){0,3}?(?:inspector|critic|expectations|"
    r"standards|judge|juge|critique|inspecteur|exigences|palate|palais)"
    r"|(?:your|vos|votre|ton|tes) (?:\w+ )?(?:lofty|exquisite|refined|sophisticated|delicate|"
    r"discerning|impossible|royal|exacting|precious|raffine\w*|delicat\w*|exquis\w*|"
    r"impossibles?|sophistiqu\w*|precieu\w*|si (?:hautes?|elevee?s?)|tres (?:hautes?|elevee?s?)"
    r"|so (?:high|lofty|refined)) (?:standards|tastes?|palate|expectations|exigences|palais|gouts?|"
    r"attentes|criteres|standing)"
    r"|(?:vos|votre|ton|tes) (?:\w+ )?(?:exigences|palais|gouts?|attentes|criteres|standards?) "
    r"(?:si |tres |tellement |bien |trop )?(?:raffine\w*|delicat\w*|exquis\w*|sophistiqu\w*|"
    r"impossibles?|precieu\w*|royal\w*|princi\w*|distingu\w*)"
    r"|(?:vos|votre) (?:\w+ )?(?:exigences|attentes|palais) (?:si|tellement) (?:hautes?|elevee?s?)"
    r"|(?:try|go to|stick to|stick with|head to|allez|essayez|contentez-vous|retournez|filez)"
    r"\W+(?:\w+\W+){0,3}?(?:mcdonald\w*|mcdo|burger king|kfc|fast[- ]?food|a chain|une chaine|"
    r"cantine|kebab|somewhere else|ailleurs|the competition|la concurrence|another restaurant|"
    r"un autre restaurant)"
    r"|(?:un |a )?(?:fast[- ]?food|mcdo|mcdonald\w*|kebab)\W+(?:\w+\W+){0,3}?(?:conviendrait|"
    r"suit\w*|would suit|better for you|mieux a votre|plus a votre)"
    r"|(?:cook|cooking|cuisinez|cuisiner|faites|make it) (?:\w+ ){0,2}(?:at home|yourself|"
    r"vous-meme|chez vous)"
    r"|(?:stay|restez) (?:at )?(?:home|chez vous)"
    r"|(?:congratulations|congrats|bravo|felicitations|well done|chapeau)\W+(?:\w+\W+){0,6}?"
    r"(?:review|avis|writing|ecrire|redaction|commentaire|essay|novel|roman|imagination|"
    r"creativit\w*|talent|prose|masterpiece|chef-d'oeuvre)"
    r"|thanks? (?:you )?for the (?:lesson|lecture|advice|essay|novel|free advertising|publicity|"
    r"masterclass|sermon)|merci pour (?:la |cette |le |ce )(?:lecon|pub|publicite|roman|sermon|"
    r"cours|conseil avise)"
    r"|(?:what|quelle) (?:a )?(?:surprise|shock|drama|drame|tragedy|tragedie)|quel drame"
    r"|(?:we|nous) (?:are|sommes) (?:\w+ )?(?:devastated|heartbroken|inconsolable\w*|effondre\w*|"
    r"devaste\w*)"
    r"|(?:poor|pauvre) (?:you|thing|baby|petit\w*|chou|choupinet|de vous|vous)|bless your heart"
    r"|how(?:ever)? (?:will|would|did|can|could) you (?:ever |possibly )?(?:recover|survive|cope|go on|"
    r"get over)|(?:vous allez|allez-vous|pourrez-vous|comment allez-vous) (?:\w+ )?(?:vous en "
    r"remettre|survivre|y survivre|tenir le coup)"
    r"|(?:your|votre|vos) (?:\w+ )?(?:expert (?:opinion|advice|view)|avis d'expert|"
    r"conseils? d'expert|expertise|lumieres)"
    r"|(?:your|votre|vos) (?:\w+ )?(?:imagination|fantasies|fantasmes|reves|dreams)"
    r"|oh la la|(?:the|la) realite\W+(?:\w+\W+){0,8}?imagination"
    r"|red carpet|tapis rouge|have a word with (?:it|the sun|the weather|the rain)|"
    r"(?:nous|on) lui en (?:parlerons|toucherons un mot)|"
    r"(?:cherish|treasure|frame|cherir\w*|encadr\w*)\W+(?:\w+\W+){0,3}?(?:forever|a jamais|"
    r"pour toujours|toujours)|judging by (?:the|your) (?:spelling|grammar)|"
    r"a en juger par (?:l'|votre )(?:orthographe|grammaire)"
    r"|end of the world|fin du monde|how (?:dreadful|terrible|awful|shocking|remiss|careless) of us|"
    r"quelle honte pour nous|quel scandale|what a scandal|how dare we|"
    r"(?:your|votre) (?:\w+ ){0,2}?(?:wisdom|sagesse|genius|genie|brilliance|lumieres)|"
    # someone laughing ("we had a good laugh"), not a fun time ("the class was a good laugh")
    r"(?:could use|had|have) (?:a )?(?:good )?laugh|(?:le|la|les|nous|vous) (?:fera|a fait|fait) rire|"
    r"(?:an|une|un) (?:\w+ )?(?:authority|autorite|expert|experte|specialist|specialiste) (?:on|en|in) "
    r"(?:everything|tout|all)|know-it-all|je-sais-tout"
    r"|the horror|l'horreur|quelle horreur|first world problem\w*|(?:just|so) deal with it|get over it|"
    r"sorry not sorry|boo[- ]?hoo|cry me a river|ouin[- ]?ouin|drama queen|"
    r"we'll (?:alert|inform|notify) the (?:media|press|un)|on va pleurer|sortez les mouchoirs|"
    r"(?:sincerely|truly|deeply) sorry (?:\w+ ){0,3}(?:your|the) (?:delicate|refined|precious) "
    # our own thing given the nerve to be what it is: "nos plantes ont eu l'audace d'être
    # mouillées", "our scissors had the audacity to cut your hair" (rounds 46, 55)
    r"|(?:nos|notre|our|the|le|la|les) [\w'-]+(?: [\w'-]+){0,2}? (?:ai(?:en)?t|avai(?:en)?t|ont|a|ait|"
    r"had|has|have) (?:eu |ose )?(?:l'audace|le culot|l'outrecuidance|the (?:audacity|nerve|cheek|gall))"
    r"|(?:maybe|perhaps|peut-etre) (?:\w+ ){0,3}(?:reading|learn|lire|apprendre) (?:\w+ ){0,3}"
    r"(?:glasses|lunettes)|(?:as|like) (?:a |un |une )?(?:true|vrai|real|vraie) (?:expert|pro)"
)
# Thanks for a lesson the reader gave us, in a subject: "merci infiniment pour cette leçon de
# droit du bail", "nous vous remercions pour ce cours magistral de dermatologie", "deeply
# grateful for this masterclass in insurance law", "merci de nous avoir appris notre métier"
# (rounds 49, 52, 54, 57, 58). "Thank you for joining the lesson" thanks for our own class: the
# lesson must be "this / your" one and be *in* something, or teach us our own trade.
_LESSON_THANKED = concept(
    r"(?:thank\w*|grateful|merci|remerci\w*|honou?red|honore\w*|appreciat\w*|reconnaissant\w*)"
    r"(?: [\w'-]+){0,4}? (?:for|pour|de) (?:this|that|your|such an?|cette|ce|cet|votre|une? telle?) "
    r"(?:[\w'-]+ ){0,2}?(?:lesson|lecture|masterclass|master class|tutorial|crash course|seminar|"
    r"lecon|cours|conference|expose|seminaire)s?(?: magistra\w*| particulier| gratuit)? "
    r"(?:in|on|about|de|d'|du|des|en|sur)(?!\w)"
    r"|(?:taught|teaching|teach(?:es)?|appris|apprendre|apprenez|enseigne\w*) (?:us|nous) "
    r"(?:[\w'-]+ ){0,2}?(?:our|notre|nos) (?:own )?(?:job|trade|business|work|craft|metier|travail|"
    r"boulot|profession)"
    r"|(?:nous|us) (?:avoir |d'avoir )?(?:appris|apprendre|enseigne\w*) (?:[\w'-]+ ){0,2}?(?:notre|nos) "
    r"(?:propre )?(?:metier|travail|boulot|profession)"
)
# Mock note-taking: the reader's complaint restated as a proposition "noted" ("Nous prenons
# bonne note qu'un croissant au beurre contient du beurre", "…de votre étonnement qu'un piano
# pèse…", "Noted: waiting four minutes is apparently a human rights violation"; rounds 42, 45,
# 47, 51, 53, 56). A note taken "of your remark" is an answer; one taken "that …" warns, and
# blocks with an ironic marker in its sentence.
_NOTED_THAT = concept(
    r"(?:prenons|prenez|prend|prendre|avons pris|a pris|ai pris|pris) (?:bien |bonne |tres bonne |"
    r"acte et )?(?:note|acte) (?:que|qu'\w+|de (?:votre|ton|vos|tes) (?:[\w'-]+ )?(?:etonnement|surprise|"
    r"decouverte|conviction|ambition|theorie|certitude|indignation|revelation|stupefaction))"
    r"|(?:^|[.!?] )noted[:,] (?!(?:and|with|thanks|thank|we|we've|we'll|we're|i|i've|i'll)\b)[\w'-]+"
    r"|(?:bringing|brought) (?:it |this )?to our attention that"
)
# Mock agreement: a sentence opened by "Sure," / "Oh yes," / "Bien sûr," / "Effectivement," that
# goes on to the impossible, to "obviously our fault", to a rhetorical tag or to the reader
# knowing better ("Sure, next time we'll just fix the boiler with the power of positive
# thinking, will we?", "Bien sûr, votre cousin … connaît mieux le métier que nos vétérinaires",
# "Effectivement, nous aurions dû faire disparaître les bouchons d'un coup de baguette
# magique"; rounds 43, 44, 46, 48, 53, 57). "Yes, our stairs are a workout!" agrees in earnest:
# the opener alone is nothing.
_AGREEING_OPENER = re.compile(
    r"^\W*(?:(?:oh|ah|well|mais|eh) )?(?:sure|yes|yeah|of course|right|absolutely|bien sur|"
    r"effectivement|evidemment|naturellement|oui|mais oui|c'est ca)(?: (?:sure|yes|of course|bien sur|right|"
    r"god love (?:ya|you)|c'est sur|c'est vrai|pardon))?\W*(?:[,!.]|\W\s)"
)
_AGREED_MOCKERY = concept(
    r"(?:obviously|clearly|evidently|of course|naturally|bien sur|evidemment|forcement|"
    r"manifestement|surely) (?:[\w'-]+ ){0,2}?(?:our|notre|nos) (?:fault|faute|responsibility|responsabilite)"
    # the magic of a wand, not of a show ("the magic show was loud")
    r"|(?:by|with|through) magic|magically|magic wand|baguette magique|(?:comme )?par magie|"
    r"miracles?|telepath\w*|superpow\w*|super-?pouvoirs?|surnaturel\w*|"
    r"clairvoyan\w*|positive thinking|pensee positive|one hand tied|les doigts dans le nez|"
    # a rhetorical tag ("…, will we?"); "Ça vous irait ?" after "Bien sûr, nous pouvons décaler
    # votre rendez-vous" is a real question and is not one
    r"(?:will|won't) we ?\?|"
    r"n'en dout\w* pas une (?:seule )?seconde|don't doubt (?:it|that|you) for a (?:single )?second|"
    r"(?:knows?|knew) (?:\w+ ){0,3}?(?:better|more) (?:than|about)|(?:connai\w*|sai\w*) (?:\w+ ){0,3}?"
    r"mieux (?:\w+ ){0,3}?que (?:nos|notre|nous)|en sai\w* plus que (?:nous|nos|notre)"
)


def _mock_agreement(text: str) -> list[tuple[int, int]]:
    """Sentences of mock agreement (`_AGREEING_OPENER` and `_AGREED_MOCKERY`)."""
    return [
        (start, end)
        for start, end, sentence in structure.sentences_of(text)
        if _AGREEING_OPENER.search(sentence) and _AGREED_MOCKERY.search(sentence)
    ]


_IRONIC_MARKER = concept(
    r"apparently|in fact|of course|obviously|evidently|clearly|naturally|selon vous|apparemment|"
    r"manifestement|a l'evidence|evidemment|naturellement|bien sur|en fait|visiblement"
)
_SCARE_QUOTES = re.compile(
    r"(?<!\w)(?:your|yours|votre|vos|ce|cette|this|ces|these)\s+[\"“«]\s?[^\"”»]{2,30}?\s?[\"”»]"
)
# Eye-rolling, smirking, upside-down faces mock whoever reads them; the tears-of-joy faces
# are laughter, which may be shared ("best review ever, we're framing it 😂").
_MOCK_EMOJI = re.compile("[\U0001f644\U0001f60f\U0001f643]")
_LAUGH_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f92d]")
# Thanks or praise in the laugh's sentence: the owner laughs with a pleased customer. Said
# to a review of one or two stars, the same words are the mockery, so they only count when
# the review is not known to be negative.
WARM = concept(
    r"thanks?|thank you|thx|ty|merci|love[ds]?|loving|best|favou?rite|awesome|amazing|"
    r"brilliant|great|fantastic|wonderful|delighted|glad|happy|cheers|adore\w*|meilleure?s?|"
    r"genial\w*|super|trop (?:bien|cool|mignon)|ravie?s?|heureu\w*|content\w*|bravo a vous"
)
_NEGATIVE_REVIEW = 2  # stars


def sarcasm(ctx: CheckContext) -> list[Finding]:
    text = ctx.folded[:SCAN_CHARS]
    found = spans(MOCK, text) + spans(_SCARE_QUOTES, text) + spans(_MOCK_EMOJI, text)
    found += spans(_LESSON_THANKED, text)
    found += _mock_agreement(text)
    found += structure.sarcasm(ctx.folded)
    shaped, doubtful = shapes.sarcasm(ctx.folded)
    noted = _in_sentences(spans(_NOTED_THAT, text), text, lambda s: _IRONIC_MARKER.search(s) is not None, keep=True)
    found += noted
    doubtful = doubtful + [span for span in spans(_NOTED_THAT, text) if span not in noted]
    found += shaped
    laughs = sorted(spans(LAUGHTER, text) + spans(_LAUGH_EMOJI, text))
    targets = [span for rx in _LAUGHED_AT for span in spans(rx, text)] + found
    targets += spans(tone.LECTURE, ctx.text[:SCAN_CHARS])
    warm_ok = ctx.stars is None or ctx.stars > _NEGATIVE_REVIEW
    at_reader = [
        laugh
        for laugh in laughs
        if _laughs_at(text, laugh, targets) and not (warm_ok and _warm_sentence(text, laugh))
    ]
    blocks = _findings(SARCASM, Severity.BLOCK, SARCASM_MSG, found + at_reader)
    shared = [laugh for laugh in laughs if warm_ok and _warm_around(text, laugh)]
    lone = without(
        [laugh for laugh in laughs if laugh not in at_reader and laugh not in shared] + doubtful,
        [(f.start, f.end) for f in blocks],
    )
    warns = _findings(SARCASM, Severity.WARN, _LONE_IRONY_MSG, lone)
    return sorted(blocks + warns, key=lambda f: f.start)


_SENTENCE_END = re.compile(r"[.!?\n]")


def _warm_around(text: str, laugh: tuple[int, int]) -> bool:
    """Thanks or praise in the laugh's sentence or the next: laughter shared, not aimed."""
    sentences = structure.sentences_of(text)
    for i, (start, end, sentence) in enumerate(sentences):
        if start <= laugh[0] < end + 2:
            following = sentences[i + 1][2] if i + 1 < len(sentences) else ""
            return WARM.search(sentence + " " + following) is not None
    return False


def _warm_sentence(text: str, laugh: tuple[int, int]) -> bool:
    """Thanks or praise in the sentence holding the laugh."""
    for start, end, sentence in structure.sentences_of(text):
        if start <= laugh[0] < end + 2:
            return WARM.search(sentence) is not None
    return False


def _laughs_at(text: str, laugh: tuple[int, int], targets: list[tuple[int, int]]) -> bool:
    """A target (the reader, their review, irony) in the laugh's sentence, a few words away."""
    tokens = Tokens.of(text)
    for start, end in targets:
        between = text[min(laugh[1], start) : max(laugh[0], end)]
        gap = abs(tokens.index(start) - tokens.index(laugh[0]))
        if (start, end) != laugh and gap <= _LAUGH_WINDOW and not _SENTENCE_END.search(between):
            return True
    return False


# -- blaming an employee -----------------------------------------------------------------

_ROLE = concept(
    r"(?:our|the|this|that|notre|le|la|l'|un|une|ce|cette|cet) (?:new |young |junior |nouveau |"
    r"nouvelle |jeune )?(?:waiter|waitress|server|chef|cook|receptionist|employee|staff member|"
    r"member of (?:staff|the team)|barman|bartender|barista|driver|delivery (?:guy|driver|man)|"
    r"trainee|intern|apprentice|cashier|serveur|serveuse|cuisinier\w*|employee?|salariee?|"
    r"stagiaire|apprentie?|receptionniste|livreur|livreuse|vendeu\w*|caissier\w*|commis|"
    r"saisonnier\w*|interimaire|extra|jeune homme|jeune femme|colleague|collegue)"
)
_NAME = r"(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
# Capitalised words that start sentences or greet, never an employee's name.
# fmt: off
_NOT_NAMES = frozenset((
    "It", "This", "That", "There", "He", "She", "They", "We", "You", "Our", "Your", "Their",
    "Which", "Who", "What", "Everything", "Nothing", "Everyone", "Nobody", "Unfortunately",
    "Sadly", "Today", "Yesterday", "Here", "However", "Also", "And", "But", "So", "Then", "Il",
    "Elle", "Ils", "Elles", "Nous", "Vous", "On", "Ce", "Cela", "Ceci", "Cet", "Cette", "Tout",
    "Rien", "Personne", "Chacun", "Qui", "Malheureusement", "Aujourd", "Hier", "Ici",
    "Pourtant", "Mais", "Donc", "Alors", "Et", "Le", "La", "Les", "Un", "Une", "Notre", "Votre",
    "Thank", "Thanks", "Merci", "Sorry", "Please", "Hi", "Hello", "Dear", "Bonjour", "Bonsoir",
    "Madame", "Monsieur",
    # articles and determiners ("The grill broke halfway through the evening.")
    "The", "A", "An", "My", "His", "Her", "Its", "Some", "Each", "Every", "Des", "Du", "Au",
    "Aux", "Mon", "Ma", "Mes", "Son", "Sa", "Ses", "Nos", "Vos", "Leur", "Leurs",
    # days and months ("Our dryer was down on Saturday and we should have told you")
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
    "Dimanche", "Janvier", "Février", "Mars", "Avril", "Juin", "Juillet", "Août", "Septembre",
    "Octobre", "Novembre", "Décembre", "Christmas", "Noël", "Easter", "Pâques",
)) | structure.INTERJECTIONS  # "Pardon, …" (18fb12)
# fmt: on
_FAULT_OF = re.compile(
    r"\b(?i:fault|mistake|error|blame|faute|erreur|souci|problème|probleme|problem|issue|that|"
    r"this|it|ça|cela)\s+(?:\w+\s+){0,2}?(?i:of|is on|was on|lies with|(?:was|is) down to|"
    r"down to|due to|because of|de|d'|revient à|revient a|incombe à|incombe a|vient de|venait de|"
    r"est dû à|est due à|à cause de|a cause de|imputable à|imputable a|attributable to)"
    rf"\s*(?:(?i:our|notre|the|le|la|l')\s+(?:\w+\s+){{0,2}}?)?({_NAME})\b"
    rf"|\b({_NAME})(?:'s|’s)\s+(?:fault|mistake|error)"
    # "Error by dispatcher Sandra K.", "erreur commise par la réceptionniste Julie" (round 56)
    rf"|\b(?i:error|mistake|fault|erreur|faute)\s+(?i:made by|by|commise par)\s+(?i:our\s+|the\s+|notre\s+|la\s+|le\s+)?"
    rf"(?:[a-z]+\s+)?({_NAME})\b"
    rf"|\b(?i:blame|blâmez|c'est la faute à|la faute à|because of|à cause de|a cause de|"
    rf"caused by|causée? par|provoquée? par|commise? par|(?:that|this|it)(?:'s| is| was) "
    rf"(?:all |entirely )?on|(?:serious|stern|firm|sérieuse|ferme|sévère) (?:talk|word|discussion|"
    rf"conversation|entretien) with|(?:serious|stern|firm|sérieuse|ferme|sévère) (?:talk|word|"
    rf"discussion|conversation|entretien) avec|(?:discussion|conversation|entretien|mise au point)"
    rf"(?: sérieuse| ferme| sévère)? avec)\s+({_NAME})\b"
)
_BLAME_PREDICATE = concept(
    r"(?:was|is|were|has been|had been|'s been|est|etait|a ete|avait ete)\s+(?:\w+\s+){0,2}?(?:new|"
    r"nouveaux?|nouvelles?|en formation|stagiaire|debutant\w*|inexperienc\w*|inexperiment\w*|"
    r"in training|untrained|responsible|to blame|at fault|en tort|fauti\w*|responsable|"
    r"incompetent\w*|lazy|careless|negligent\w*|distrait\w*|paresseu\w*|maladroit\w*|"
    r"fired|sacked|let go|dismissed|disciplined|reprimanded|written up|suspended|warned|"
    r"cautioned|spoken to|given a warning|retrained|"
    r"licencie\w*|renvoye\w*|vire\w*|sanctionne\w*|recadre\w*|mise? a pied|suspendu\w*|"
    r"remercie\w*|averti\w*|useless|hopeless|clueless|nul|nulle|incapable|a la ramasse|"
    r"bon a rien|bonne a rien)"
    r"|(?:made|a fait|a commis|did|a)\s+(?:a|an|une|un|une grosse|a big|a serious|une grave)?\s*"
    r"(?:mistake|error|erreur|faute|betise|boulette)"
    r"|(?:messed|screwed|mucked) up|just started|first (?:day|week|shift)|premier jour|"
    r"premiere semaine|vient (?:d'arriver|de commencer)|ne (?:fait|travaille) plus (?:partie|ici|"
    r"chez nous|avec nous)|no longer (?:works|with us|part of)"
)
_NAMED_SLIP = concept(
    r"forgot|forgotten|failed to|didn't|did not|got (?:\w+ ){0,2}?(?:wrong|mixed up)|mixed up|"
    r"dropped|burnt|burned|overcooked|ruined|spilled|broke|should have|should've|"
    r"was supposed to|aurait du|aurait pu|devait|etait cense\w*|a brule|a casse|a gache|"
    r"cut corners|botched|rushed|slacked|messed up|a oublie|n'a pas|s'est trompe\w*|a melange|"
    r"a renverse|a bacle|bacle\w*|a neglige|a sabote|a rate|a loupe|a mal fait|ignored|"
    r"neglected|skipped|overlooked|a ignore|a zappe|a saute|got lost|s'est perdu\w*|"
    r"n'a pas repondu|didn't answer|wasn't answering|never answered|"
    # a lasting incompetence or disdain pinned on the name (round 52): "Chantal n'a toujours pas
    # compris le plan de salle", "Cam, who apparently thinks stencils are optional"
    r"n'(?:a|ont|avait) toujours pas (?:compris|appris|retenu|saisi|integre|assimile)|"
    r"still (?:hasn't|has not|doesn't|does not|can't|cannot|hadn't) (?:\w+ )?(?:learned|learnt|"
    r"understood|figured|grasped|got the hang|get the hang|mastered)|"
    r"thinks? (?:\w+ ){1,3}(?:are|is) optional|(?:croit|pense) que (?:\w+ ){1,3}(?:sont|est) "
    r"(?:facultati\w*|optionnel\w*)"
)
# What a role did wrong, said of the role ("our new waitress mixed up the orders"): the
# plain misdeeds only, not "didn't" ("the chef didn't want you to wait").
_ROLE_SLIP = concept(
    r"forgot|mixed up|got (?:\w+ ){0,2}?(?:wrong|mixed up)|dropped|burnt|burned|overcooked|"
    r"ruined|spilled|messed up|screwed up|botched|a oublie|s'est trompe\w*|a melange|"
    r"a renverse|a bacle|a brule|a rate|a loupe|a gache"
)
_OWN_FAULT = concept(
    r"(?:our|my|notre|ma|mon) (?:own )?(?:fault|mistake|error|faute|erreur)|de notre part|"
    r"on our (?:side|part)|we made|nous avons (?:fait|commis)"
)


# "Hi Anna," / "Marie, bonjour," / a line that is only "Tom,": the reviewer greeted, not blamed.
_GREETED = re.compile(
    rf"\s*(?:(?i:hi|hello|dear|hey|bonjour|bonsoir|cher|chère|chere|salut)\s+({_NAME})"
    rf"|({_NAME})\s*,\s*(?:$|(?i:bonjour|bonsoir|hello|hi|merci|thank|thanks|sorry|désolé|"
    rf"desole|nous|we|je|i)\b))"
)


# The reader called by name after an apology or thanks: "Sorry about Friday night, Owen."
_ADDRESSED = re.compile(
    r"(?:^|[.!?\n]\s*)(?i:[^.!?\n]{0,60}?\b(?:sorry|apolog\w*|thanks?|thank you|merci|d[ée]sol[ée]e?s?|"
    r"pardon|excuses|welcome|bienvenue))[^.!?\n]{0,60}?,\s+" + _NAME + r"\s*[.!?]"
)


def _addressed_names(draft: str) -> set[str]:
    """Names the draft calls the reader by after an apology or thanks — not a colleague in
    apposition ("… down to our waiter, Kevin.", "la faute revient à notre serveur, Kevin.")."""
    out = set()
    for m in _ADDRESSED.finditer(draft[:SCAN_CHARS]):
        before, name = m.group(0).rsplit(",", 1)
        folded = fold_same_length(before[-60:])
        if not (_ROLE.search(folded) or structure.traces_fault(folded)):
            out.add(name.strip(" .!?\n"))
    return out


def _greeting_and_signature_names(draft: str) -> set[str]:
    names = _addressed_names(draft)
    lines = [line for line in draft.strip().splitlines() if line.strip()]
    if lines:
        m = _GREETED.match(lines[0])
        if m:
            names.add(m.group(1) or m.group(2))
        if len(lines) > 1 and len(lines[-1]) <= 60:  # a signature line
            names.update(re.findall(_NAME, lines[-1]))
    return names


_APPOSITION = re.compile(
    r"\s*,?\s*(?i:who|qui|our|notre|the|le|la|l'|one of|l'un|l'une|un de|une de|from|de l'|on|"
    r"at|in|à|au|en)\b"
)


# After an article, only a staff role makes the opener a person ("Tom the waiter…"): any
# word opens a sentence with a capital ("Glad the karaoke didn't scare you off").
_ARTICLE = re.compile(r"\s+(?i:the|le|la|l'|a|an|un|une|our|notre)\b")
_ROLE_SOON = 30  # characters after the article


def _in_apposition(draft: str, folded: str, at: int) -> bool:
    m = _APPOSITION.match(draft, at)
    if m is None:
        return False
    if _ARTICLE.match(draft, at):
        return structure.names_role(folded[at : at + _ROLE_SOON])
    return True


# The customer's own words quoted back ("'the slowest locksmith in Kent' is a new one"): a
# capital inside them is no employee the business names (round 51).
_QUOTED = re.compile(r"(?<!\w)'[^'\n]{3,80}'(?!\w)|\"[^\"\n]{3,80}\"|“[^”\n]{3,80}”|«[^»\n]{3,80}»")
# A capital right after a place preposition is a place: "in Kent", "near Leeds", "en Provence".
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|near|around|across|throughout|en)\s+\Z")


def _quoted_spans(draft: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(draft)]


def blames_employee(ctx: CheckContext) -> list[Finding]:
    draft = ctx.text[:SCAN_CHARS]
    text = ctx.folded[:SCAN_CHARS]
    tokens = Tokens.of(text)
    own = spans(_OWN_FAULT, text)
    skip = _greeting_and_signature_names(draft) | _NOT_NAMES
    found: list[tuple[int, int]] = []
    for m in _FAULT_OF.finditer(draft):
        name = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if name not in skip and not structure.compound_word(name):
            found.append((m.start(), m.end()))
    # A capital at the start of a sentence may be any word ("Apologies that…"): there it only
    # counts as a name right before the act ("Kevin forgot…", "Thomas s'est trompé").
    names: list[tuple[int, int]] = []
    openers: list[tuple[int, int]] = []
    quoted = _quoted_spans(draft)
    for m in re.finditer(rf"\b{_NAME}\b", draft):
        if m.group(0) in skip or structure.compound_word(m.group(0)):
            continue
        if any(a <= m.start() < b for a, b in quoted) or _PLACE_BEFORE.search(draft[max(0, m.start() - 16) : m.start()]):
            continue  # the customer's quoted words, or a place ("the slowest locksmith in Kent")
        if structure.owns_a_thing(draft, m.start(), m.end()):
            continue  # "Oscar's booster should have gone out": the booster is the subject
        before = draft[: m.start()].rstrip()
        opener = not before or before[-1] in ".!?\n"
        # "Mark, who was on the till, …" / "Léa, notre serveuse, …": a person in apposition.
        if opener and _in_apposition(draft, text, m.end()):
            opener = False
        (openers if opener else names).append((m.start(), m.end()))
    predicates = without(spans(_BLAME_PREDICATE, text), own)
    slips = spans(_NAMED_SLIP, text)
    found += _after(tokens, names, predicates, 6) + _after(tokens, openers, predicates, 2)
    found += _after(tokens, names, slips, 6) + _after(tokens, openers, slips, 2)
    found += _after(tokens, spans(_ROLE, text), predicates, 6)
    found += _after(tokens, spans(_ROLE, text), spans(_ROLE_SLIP, text), 3)
    found += structure.blames_employee(ctx.text, ctx.folded, frozenset(skip))
    before_owned = list(found)
    # The business may take the slip on in the next sentence: "Liam should have wrapped the
    # table. That's on us as a company, not on you."
    found = _dropped_with_next(found, text, business_owns_it)
    # ... unless a sanction follows right after ("It was our mistake to hire him; he has been
    # let go." — the clause after ";" is a sentence of its own)
    found += [span for span in before_owned if span not in found and _sanction_soon_after(text, span[0])]
    return _findings(BLAMES_EMPLOYEE, Severity.BLOCK, BLAME_MSG, found)


# The business owning a named colleague's mistake ("Connor gave you the wrong tee time, and
# that's our responsibility as a club, not his") names the slip to take it on, not to blame.
_OWNS_IT = concept(
    r"(?:that's|that is|it's|it is|this is|c'est|c'etait|"
    # owned in the past tense: "That was our mistake", "ça a été notre erreur" (round 56)
    r"that was|it was|this was|ca a ete|cela a ete|ce fut) (?:all |entirely |totally |bien |entierement )?"
    # "That's our planning failure, not his" (round 58): a word may stand before the fault
    r"(?:on us|our (?:[\w-]+ )?(?:responsibility|fault|mistake|error|job|failure|oversight)|a nous|"
    r"notre (?:responsabilite|faute|erreur|echec|oubli)(?: (?:de|d')\w+)?)|"
    r"(?:we|nous) (?:\w+ )?(?:take|accept|own|assum\w*|prenons|endoss\w*) (?:\w+ ){0,3}"
    r"(?:responsibility|responsabilite|blame|faute)|"
    r"(?:not|pas) (?:his|hers|theirs|la sienne|le sien|la leur|sa faute|leur faute)|"
    r"d'en assumer (?:\w+ )?responsabilite|on us as (?:a|the)|"
    # "c'est notre entreprise qui en porte la responsabilité", "we bear full responsibility"
    r"(?:porte|portons|porter|assume|assumons|assumer) (?:toute |l'entiere |pleinement )?(?:la )?responsabilite|"
    r"(?:bear|bears|carry|carries) (?:full |the |all )?responsibility|"
    # the business answering for it: "nous en sommes responsables", "we are responsible for it",
    # "the shop is responsible for its own checks", "c'est le salon qui est responsable de ses
    # procédures" (a common noun for the business, never a name: "Inès est responsable" is blame)
    r"(?:nous|we) (?:en )?(?:sommes|are) (?:\w+ )?(?:responsables?|responsible)|"
    r"(?<!\w)(?:c'est |it's |it is )?(?:(?:la|le|the|our|notre) \w+|l'\w+|nous|us) (?:qui |who |that )?(?:est|is|sommes|are) "
    r"(?:\w+ )?(?:responsables?|responsible) (?:de|des|du|for) (?:ses|nos|leurs|its|our|their) (?:own |propres )?"
    r"(?:procedures?|process\w*|checks|controles?|verifications?|systems?|systemes?|organisation|"
    r"organization|training|formation|methodes?|methods)|"
    # the responsibility, the fault or the error said to be the business's (18owns): "la responsabilité
    # est la nôtre / nous revient / en revient au cabinet", "l'erreur est celle du magasin", "that
    # responsibility is ours", "the responsibility is entirely mine as the owner"
    r"(?:responsabilite|responsibility|faute|erreur|fault|error|mistake|blame) (?:\w+ ){0,3}?"
    r"(?:est|is|lies|rests|sits|revient|reste|incombe|en revient|nous revient|nous incombe)\w* (?:\w+ ){0,2}?"
    r"(?:la notre|le notre|la mienne|le mien|ours|mine|a nous|with us|on us|nous\b|"
    # ... or to the business by its kind, never to a person: "celle du magasin", not "celle de Kevin"
    r"(?:au|a la|a l'|aux|du|de la|de l'|celle du|celle de la|celle de l') ?(?:"
    r"magasin|boutique|cabinet|entreprise|societe|maison|agence|salon|restaurant|hotel|equipe|direction|"
    r"etablissement|atelier|garage|clinique|pharmacie|ecole|club|studio|centre|commerce|service|organisation))|"
    r"(?:and|et) (?:our|notre) (?:\w+ )?(?:responsibility|responsabilite)|"
    # "that one's on us rather than him", "à nous, pas à lui"
    r"(?:on us|a nous),? (?:rather than|not|and not|pas|et pas|plutot qu'a) (?:on )?(?:him|her|them|lui|elle|eux)|"
    # the business's way of working as the cause: "c'est notre méthode qui n'était pas assez solide",
    # "c'est nous qui n'avions pas prévu", "c'est au magasin de bien former", "down to our planning",
    # "a failing of our stock system"
    r"c'est (?:notre|nous) (?:\w+ )?qui|c'est (?:au|a la|a l')\s?\w+ de|"
    # ... the way of working, never a person: "down to our waiter" and "the fault of our receptionist"
    # are blame
    r"(?:down to|(?:failing|failure|fault|flaw|shortcoming) (?:of|in|with)) (?:us\b|our (?:[\w-]+ )?"
    r"(?:planning|organisation|organization|systems?|process\w*|procedures?|rota|scheduling|staffing|training|"
    r"methods?|checks|labelling|labeling|set-?up))|"
    r"our (?:[\w-]+ )?slip|(?:we|nous) (?:\w+ ){1,3}(?:take|accept|prenons|assumons) (?:\w+ ){0,2}"
    r"(?:responsibility|responsabilite)"
)


def _sanction_soon_after(text: str, at: int) -> bool:
    """Whether one of the three sentences from the one holding `at` tells a sanction."""
    sentences = structure.sentences_of(text)
    for i, (start, end, _sentence) in enumerate(sentences):
        if start <= at < end:
            return any(structure.tells_sanction(s) for _a, _b, s in sentences[i : i + 3])
    return False


def business_owns_it(folded_sentence: str) -> bool:
    """Whether the business takes the named colleague's mistake on itself, with no sanction
    told (a warning or a dismissal made public is blame whatever else is said)."""
    return _OWNS_IT.search(folded_sentence) is not None and not structure.tells_sanction(folded_sentence)


def owned_at(folded_draft: str, position: int) -> bool:
    """Whether the sentence at `position`, read with the next one, has the business take the
    colleague's slip on ("Our driver Sione arrived late because we gave him the wrong run sheet.
    That's our planning failure, not his.") with no sanction told soon after: the rules drop
    such a sentence's blame (`blames_employee`); the classifier's verdict on it is only a
    warning (`learned.model_findings`)."""
    return any(
        start <= position < end and business_owns_it(pair) and not _sanction_soon_after(folded_draft, start)
        for start, end, pair in _with_next(folded_draft[:SCAN_CHARS])
    )


def _spread(found: list[tuple[int, int]], chars: int) -> list[tuple[int, int]]:
    """Spans widened to the right, to cover what a lead-in such as "you may" governs."""
    return [(start, end + chars) for start, end in found]


def _after(
    tokens: Tokens, subjects: list[tuple[int, int]], acts: list[tuple[int, int]], window: int
) -> list[tuple[int, int]]:
    """Subject followed by the act within `window` words ("Kevin … was new")."""
    out = []
    for s in subjects:
        i = tokens.index(s[0])
        for a in acts:
            j = tokens.index(a[0])
            if a[0] >= s[1] and 0 < j - i <= window:
                out.append((s[0], a[1]))
                break
    return out


def _findings(
    code: str, sev: Severity, msg: tuple[str, str], found: list[tuple[int, int]]
) -> list[Finding]:
    out: list[Finding] = []
    last_end = -1
    for start, end in sorted(found):
        if start < last_end:
            continue
        out.append(finding(code, sev, msg, start, end))
        last_end = end
        if len(out) >= 20:
            break
    return out

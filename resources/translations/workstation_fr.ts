<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="46"/>
        <source>Package name (e.g. com.example.app):</source>
        <translation>Nom du paquet (par ex. com.exemple.appli) :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="47"/>
        <source>App ids (comma-separated):</source>
        <translation>Identifiants des applis (séparés par des virgules) :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="48"/>
        <source>Business unit id:</source>
        <translation>Identifiant « business unit » :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="49"/>
        <source>Locations (optional):</source>
        <translation>Établissements (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="55"/>
        <source>Sign-in file: your own OAuth client (Google Cloud console → Credentials → OAuth client ID → Desktop app), or an authorized-user file. Scope: business.manage.</source>
        <translation>Fichier de connexion : votre propre client OAuth (console Google Cloud → Identifiants → ID client OAuth → Application de bureau), ou un fichier « authorized user ». Portée : business.manage.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="57"/>
        <source>Key: a service-account JSON key with access to the app in Play Console. The Google Play API only returns reviews from the last 7 days: for older reviews, import the monthly review export from Play Console with File → Import.</source>
        <translation>Clé : une clé JSON de compte de service ayant accès à l’appli dans la Play Console. L’API Google Play ne renvoie que les avis des 7 derniers jours : pour les plus anciens, importez l’export mensuel des avis de la Play Console avec Fichier → Importer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="60"/>
        <source>Key: a small JSON with key_id, issuer_id and the .p8 private key (path or contents), from App Store Connect → Users and Access → Integrations.</source>
        <translation>Clé : un petit JSON avec key_id, issuer_id et la clé privée .p8 (chemin ou contenu), depuis App Store Connect → Utilisateurs et accès → Intégrations.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="62"/>
        <source>Key: a JSON with api_key and api_secret (and user name/password to post replies).</source>
        <translation>Clé : un JSON avec api_key et api_secret (et identifiant/mot de passe pour publier les réponses).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="63"/>
        <source>A pretend platform served inside the app: try sync and replies without any account.</source>
        <translation>Une plateforme fictive intégrée à l’appli : essayez la synchronisation et les réponses sans aucun compte.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="66"/>
        <source>No usable API: %1 Import or paste these reviews, reply on the site, then mark them replied.</source>
        <translation>Pas d’API utilisable : %1 Importez ou collez ces avis, répondez sur le site, puis marquez-les comme répondus.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="170"/>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="182"/>
        <source>Choose the credentials file for this platform.</source>
        <translation>Choisissez le fichier d’identifiants de cette plateforme.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="226"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="228"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="228"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="228"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="229"/>
        <source>Every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="232"/>
        <source>Review sources</source>
        <translation>Sources d’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="238"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="240"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="242"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="244"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="272"/>
        <source>files and pasted reviews</source>
        <translation>fichiers et avis collés</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="276"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="277"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="291"/>
        <source>Source added. Press Test connection, then Sync now.</source>
        <translation>Source ajoutée. Cliquez sur « Tester la connexion », puis « Synchroniser ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="298"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="304"/>
        <source>Connection works: %1</source>
        <translation>La connexion fonctionne : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="305"/>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="78"/>
        <source>Add a review source</source>
        <translation>Ajouter une source d’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="81"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="85"/>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="88"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="90"/>
        <location filename="../../workstation/ui/accounts.py" line="142"/>
        <source>Credentials file</source>
        <translation>Fichier d’identifiants</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="91"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="96"/>
        <source>Credentials file:</source>
        <translation>Fichier d’identifiants :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="103"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="104"/>
        <source>only when I press Sync</source>
        <translation>seulement quand je clique sur Synchroniser</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="105"/>
        <source>Sync interval</source>
        <translation>Fréquence de synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="106"/>
        <source>Sync every:</source>
        <translation>Synchroniser toutes les :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="108"/>
        <source>(advanced) another API host, e.g. a proxy</source>
        <translation>(avancé) un autre hôte d’API, par ex. un proxy</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="109"/>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="110"/>
        <source>API address:</source>
        <translation>Adresse de l’API :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="143"/>
        <source>Key files (*.json *.p8);;All files (*)</source>
        <translation>Fichiers de clés (*.json *.p8);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="30"/>
        <source>Analysing %v/%m</source>
        <translation>Analyse %v/%m</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="31"/>
        <source>Analysis progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../workstation/ui/composer.py" line="73"/>
        <source>Suggested replies</source>
        <translation>Réponses suggérées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="81"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="82"/>
        <source>Pick a suggestion above or write your reply…</source>
        <translation>Choisissez une suggestion ci-dessus ou écrivez votre réponse…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="91"/>
        <source>Problems found in the reply</source>
        <translation>Problèmes trouvés dans la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="93"/>
        <source>Double-click a problem to dismiss it for this reply</source>
        <translation>Double-cliquez sur un problème pour l’ignorer pour cette réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="98"/>
        <source>Mark ready</source>
        <translation>Marquer prête</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="101"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="102"/>
        <source>Queue the reply for posting (Ctrl+Enter); you can undo for 10 seconds</source>
        <translation>Mettre la réponse en file pour publication (Ctrl+Entrée) ; annulable pendant 10 secondes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="104"/>
        <source>Copy and open page</source>
        <translation>Copier et ouvrir la page</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="106"/>
        <source>Mark as replied</source>
        <translation>Marquer comme répondu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="108"/>
        <source>Undo send</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="141"/>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="141"/>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="168"/>
        <source>This review came from a file or a platform without a reply API: copy the reply, post it on the review&apos;s page, then mark it as replied.</source>
        <translation>Cet avis vient d’un fichier ou d’une plateforme sans API de réponse : copiez la réponse, publiez-la sur la page de l’avis, puis marquez-le comme répondu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="238"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="246"/>
        <source>Must fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="247"/>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="248"/>
        <source>Tip</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="280"/>
        <source>Sending in %1 seconds — press Undo send to stop.</source>
        <translation>Envoi dans %1 secondes — cliquez sur « Annuler l’envoi » pour l’arrêter.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="289"/>
        <source>Sending cancelled; the reply is still a draft.</source>
        <translation>Envoi annulé ; la réponse reste un brouillon.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="304"/>
        <source>Reply queued: it will be posted when online.</source>
        <translation>Réponse en file : elle sera publiée dès que la connexion le permet.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="317"/>
        <source>Reply copied: paste it on the review&apos;s page, then mark it as replied.</source>
        <translation>Réponse copiée : collez-la sur la page de l’avis, puis marquez-le comme répondu.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="325"/>
        <source>Marked as replied.</source>
        <translation>Marqué comme répondu.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../workstation/ui/crash.py" line="55"/>
        <source>Review Workstation</source>
        <translation>Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="56"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="57"/>
        <source>Your data is safe. The details were saved in the log file.</source>
        <translation>Vos données sont intactes. Les détails ont été enregistrés dans le journal.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="58"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="32"/>
        <source>Show the reviews</source>
        <translation>Voir les avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="35"/>
        <source>Hide this alert; it will not come back for this spike</source>
        <translation>Masquer cette alerte ; elle ne reviendra pas pour ce pic</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="40"/>
        <source>Crisis alert</source>
        <translation>Alerte de crise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="51"/>
        <source>Possible crisis: %1 negative reviews about “%2” in %3 h (usually %4 a day).</source>
        <translation>Crise possible : %1 avis négatifs sur « %2 » en %3 h (habituellement %4 par jour).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="55"/>
        <source>Shared words: %1.</source>
        <translation>Mots en commun : %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="57"/>
        <source>(+%1 more)</source>
        <translation>(+%1 autres)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../workstation/ui/detail.py" line="50"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="50"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="50"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="51"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="51"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="51"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="60"/>
        <source>Why this review needs attention</source>
        <translation>Pourquoi cet avis demande de l’attention</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="65"/>
        <source>Review text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="68"/>
        <location filename="../../workstation/ui/detail.py" line="69"/>
        <source>Open review online</source>
        <translation>Ouvrir l’avis en ligne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="73"/>
        <location filename="../../workstation/ui/detail.py" line="77"/>
        <source>Replies and edit history</source>
        <translation>Réponses et historique des modifications</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="84"/>
        <source>No review selected</source>
        <translation>Aucun avis sélectionné</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="93"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="113"/>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyée : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="119"/>
        <source>No reply yet, no earlier version.</source>
        <translation>Pas encore de réponse, pas de version antérieure.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="128"/>
        <source>Not analysed yet.</source>
        <translation>Pas encore analysé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="132"/>
        <source>Urgency: %1 (%2)</source>
        <translation>Urgence : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="156"/>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="156"/>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="157"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="160"/>
        <source>Topics: %1</source>
        <translation>Sujets : %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="32"/>
        <source>Search reviews (press /)</source>
        <translation>Rechercher des avis (touche /)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="34"/>
        <source>Search reviews</source>
        <translation>Rechercher des avis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="43"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="44"/>
        <source>Only reviews with %n star(s)</source>
        <translation>
            <numerusform>Seulement les avis à %n étoile</numerusform>
            <numerusform>Seulement les avis à %n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="50"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="51"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="58"/>
        <source>Category or topic</source>
        <translation>Catégorie ou sujet</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="59"/>
        <source>Only reviews with this severity category, topic or flag</source>
        <translation>Seulement les avis avec cette catégorie de gravité, ce sujet ou ce signalement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="66"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="68"/>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="68"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="68"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="69"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="69"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="76"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="76"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="85"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="86"/>
        <source>Save this view</source>
        <translation>Enregistrer cette vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="101"/>
        <source>All categories and topics</source>
        <translation>Toutes catégories et sujets</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="23"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="25"/>
        <source>Tell us about your business. You can change this later in Settings.</source>
        <translation>Présentez-nous votre entreprise. Vous pourrez modifier ces informations plus tard dans les réglages.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="30"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="34"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="36"/>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="37"/>
        <source>e.g. Maison Dupont</source>
        <translation>par ex. Maison Dupont</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="38"/>
        <source>Business name:</source>
        <translation>Nom de l’entreprise :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="40"/>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="41"/>
        <source>One location per line, e.g.
Paris 11e
Lyon</source>
        <translation>Un établissement par ligne, par ex.
Paris 11e
Lyon</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="43"/>
        <source>Locations:</source>
        <translation>Établissements :</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="51"/>
        <source>Reading files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="52"/>
        <location filename="../../workstation/ui/import_flow.py" line="161"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="74"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="113"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="152"/>
        <source>cancelled, nothing imported</source>
        <translation>annulé, rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="156"/>
        <source>Imported %1, updated %2, unchanged %3, errors %4</source>
        <translation>%1 importés, %2 mis à jour, %3 inchangés, %4 erreurs</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="163"/>
        <source>Some rows or files could not be imported. Good rows were kept.</source>
        <translation>Certaines lignes ou certains fichiers n’ont pas pu être importés. Les lignes valides ont été conservées.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="133"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="134"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="135"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="136"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="137"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="138"/>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="139"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="140"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="141"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="151"/>
        <source>(unavailable)</source>
        <translation>(indisponible)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/inbox_model.py" line="165"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="185"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="65"/>
        <location filename="../../workstation/ui/main_window.py" line="515"/>
        <source>Review Workstation</source>
        <translation>Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="69"/>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="78"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="145"/>
        <source>Analysis failed: %1</source>
        <translation>Échec de l’analyse : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="167"/>
        <source>&amp;Import reviews…</source>
        <translation>&amp;Importer des avis…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="170"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="172"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="179"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="182"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="184"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="186"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="189"/>
        <source>&amp;Review</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="190"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="191"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="192"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="194"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="196"/>
        <source>No reply &amp;needed</source>
        <translation>Pas de réponse &amp;nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="200"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="201"/>
        <source>Close the reply</source>
        <translation>Fermer la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="203"/>
        <source>Reply settings…</source>
        <translation>Réglages des réponses…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="205"/>
        <source>Reply templates…</source>
        <translation>Modèles de réponse…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="207"/>
        <source>Retry failed replies</source>
        <translation>Réessayer les réponses en échec</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="208"/>
        <source>Back to &amp;inbox</source>
        <translation>Remettre dans la &amp;boîte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="216"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="226"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="228"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="236"/>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="243"/>
        <source>%n reply(ies) posted</source>
        <translation>
            <numerusform>%n réponse publiée</numerusform>
            <numerusform>%n réponses publiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="267"/>
        <source>%n failed reply(ies) queued again.</source>
        <translation>
            <numerusform>%n réponse en échec remise en file.</numerusform>
            <numerusform>%n réponses en échec remises en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="288"/>
        <source>%1: negative</source>
        <translation>%1 : négatif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="329"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n avis</numerusform>
            <numerusform>%n avis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="332"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="332"/>
        <source>Name of this view:</source>
        <translation>Nom de cette vue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="395"/>
        <source>Some reply templates could not be loaded: %1</source>
        <translation>Certains modèles de réponse n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="450"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="450"/>
        <source>Marked “no reply needed”</source>
        <translation>Marqué « pas de réponse nécessaire »</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="451"/>
        <source>Moved back to the inbox</source>
        <translation>Remis dans la boîte de réception</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="453"/>
        <source>%1: %n review(s). Press U to undo.</source>
        <translation>
            <numerusform>%1 : %n avis. Appuyez sur U pour annuler.</numerusform>
            <numerusform>%1 : %n avis. Appuyez sur U pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="459"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="472"/>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="483"/>
        <source>Import reviews</source>
        <translation>Importer des avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="484"/>
        <source>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>Fichiers d’avis (*.csv *.tsv *.txt *.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="519"/>
        <source>next / previous review</source>
        <translation>avis suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="520"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="520"/>
        <source>open the review</source>
        <translation>ouvrir l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="521"/>
        <source>archive</source>
        <translation>archiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="522"/>
        <source>no reply needed</source>
        <translation>pas de réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="523"/>
        <source>back to the inbox</source>
        <translation>remettre dans la boîte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="524"/>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="525"/>
        <source>search</source>
        <translation>rechercher</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="526"/>
        <source>switch view</source>
        <translation>changer de vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="527"/>
        <source>import files</source>
        <translation>importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="529"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="533"/>
        <source>About Review Workstation</source>
        <translation>À propos de Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="534"/>
        <source>Review Workstation %1
All your customer reviews in one offline inbox.</source>
        <translation>Poste Avis Clients %1
Tous vos avis clients dans une seule boîte, hors ligne.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="25"/>
        <source>Which column is which?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="29"/>
        <source>We could not recognise every column of “%1”. Check the choices below; at least the review text is needed.</source>
        <translation>Nous n’avons pas reconnu toutes les colonnes de « %1 ». Vérifiez les choix ci-dessous ; il faut au moins le texte de l’avis.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="38"/>
        <source>File preview</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="48"/>
        <source>Review text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="48"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="49"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="49"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="49"/>
        <source>Review id</source>
        <translation>Identifiant de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="50"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="50"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="51"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="51"/>
        <source>Reply date</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="56"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="58"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="13"/>
        <source>Review Workstation</source>
        <translation>Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="14"/>
        <source>The damaged file will be kept (renamed), not deleted. What would you like to do?</source>
        <translation>Le fichier endommagé sera conservé (renommé), pas supprimé. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="16"/>
        <source>Restore the last backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="18"/>
        <source>Choose a backup…</source>
        <translation>Choisir une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="20"/>
        <source>Start with an empty inbox</source>
        <translation>Repartir d’une boîte vide</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="28"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="28"/>
        <source>Backup:</source>
        <translation>Sauvegarde :</translation>
    </message>
</context>
<context>
    <name>ReplySettingsDialog</name>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="28"/>
        <source>Reply settings</source>
        <translation>Réglages des réponses</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="31"/>
        <source>Used to fill the {signature} and {contact} of reply templates. A location&apos;s own values win over the ones for all locations.</source>
        <translation>Servent à remplir {signature} et {contact} dans les modèles de réponse. Les valeurs propres à un établissement l’emportent sur celles de tous les établissements.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="37"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="38"/>
        <source>All locations</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="41"/>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="43"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="45"/>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="47"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="48"/>
        <source>e.g. contact@example.com or 01 23 45 67 89</source>
        <translation>par ex. contact@exemple.fr ou 01 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="49"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="26"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="38"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="39"/>
        <source>Urgent</source>
        <translation>Urgents</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="40"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="41"/>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="42"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="43"/>
        <source>No reply needed</source>
        <translation>Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="44"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="62"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="71"/>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="76"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="139"/>
        <source>Delete saved view “%1”</source>
        <translation>Supprimer la vue « %1 »</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="36"/>
        <source>Removed on platform</source>
        <translation>Supprimé de la plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="38"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="40"/>
        <source>No reply needed</source>
        <translation>Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="42"/>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="43"/>
        <source>Reply queued</source>
        <translation>Réponse en file</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="44"/>
        <source>Reply failed</source>
        <translation>Échec de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="45"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="46"/>
        <source>Reply ready</source>
        <translation>Réponse prête</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="47"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="67"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="116"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="132"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="133"/>
        <source>The network is unreachable; sync resumes on its own.</source>
        <translation>Le réseau est injoignable ; la synchronisation reprendra d’elle-même.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="135"/>
        <location filename="../../workstation/ui/sync_controller.py" line="144"/>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="138"/>
        <source>Synced %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="42"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="42"/>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="67"/>
        <source>Hi {first_name}, … {signature}</source>
        <translation>Bonjour {first_name}, … {signature}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="69"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="69"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="69"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Kinds:</source>
        <translation>Types :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Stars (from, to):</source>
        <translation>Étoiles (de, à) :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="71"/>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="71"/>
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="72"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="102"/>
        <source>Reply templates</source>
        <translation>Modèles de réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="107"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="108"/>
        <source>Filter templates</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="112"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="113"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="121"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="127"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="133"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="133"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="134"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="134"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="193"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="135"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="135"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="136"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="143"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="169"/>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="193"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="210"/>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="246"/>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="252"/>
        <source>Import templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="253"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="265"/>
        <source>Templates (*.toml)</source>
        <translation>Modèles (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/templates_dialog.py" line="257"/>
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n modèle importé.</numerusform>
            <numerusform>%n modèles importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="264"/>
        <source>Export templates</source>
        <translation>Exporter des modèles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/templates_dialog.py" line="269"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n modèle exporté.</numerusform>
            <numerusform>%n modèles exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="42"/>
        <source>Text and stars disagree</source>
        <translation>Le texte et la note ne concordent pas</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="43"/>
        <source>Mentions a person by name</source>
        <translation>Cite une personne par son nom</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="44"/>
        <source>Near-duplicate of another review</source>
        <translation>Quasi-doublon d’un autre avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="45"/>
        <source>Possible review bombing</source>
        <translation>Possible vague d’avis malveillants</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="51"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="52"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="53"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="54"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
</TS>

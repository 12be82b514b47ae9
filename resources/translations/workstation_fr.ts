<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountGuides</name>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="42"/>
        <source>How to connect Google (about 10 minutes, once)</source>
        <translation>Comment connecter Google (environ 10 minutes, une seule fois)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="43"/>
        <source>Open %1 with the Google account that manages your business.</source>
        <translation>Ouvrez %1 avec le compte Google qui gère votre établissement.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="44"/>
        <source>Google Cloud: Credentials</source>
        <translation>Google Cloud : Identifiants</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="45"/>
        <source>Click “Create credentials”, then “OAuth client ID”, type “Desktop app”, then Create.</source>
        <translation>Cliquez sur « Créer des identifiants », puis « ID client OAuth », type « Application de bureau », puis Créer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="46"/>
        <source>Click “Download JSON”: a file named client_secret_….json is saved.</source>
        <translation>Cliquez sur « Télécharger le fichier JSON » : un fichier client_secret_….json est enregistré.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="48"/>
        <source>Press “Sign in with Google…” and click Allow in your browser.</source>
        <translation>Appuyez sur « Se connecter avec Google… » et cliquez sur Autoriser dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="49"/>
        <source>Google must first open its review access to your project: %1.</source>
        <translation>Google doit d’abord ouvrir l’accès aux avis pour votre projet : %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="50"/>
        <source>see Google’s access request page</source>
        <translation>voir la page de demande d’accès de Google</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="52"/>
        <source>How to connect Google Play (about 10 minutes, once)</source>
        <translation>Comment connecter Google Play (environ 10 minutes, une seule fois)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="53"/>
        <source>Turn on the %1 in Google Cloud.</source>
        <translation>Activez l’%1 dans Google Cloud.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="54"/>
        <source>Google Play Android Developer API</source>
        <translation>API Google Play Android Developer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="55"/>
        <source>In %1, create a service account, open it, then Keys → Add key → JSON: a .json file is saved.</source>
        <translation>Dans %1, créez un compte de service, ouvrez-le, puis Clés → Ajouter une clé → JSON : un fichier .json est enregistré.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="56"/>
        <source>Google Cloud: Service accounts</source>
        <translation>Google Cloud : Comptes de service</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="57"/>
        <source>In %1, open Users and permissions → Invite new users, paste the service account’s e-mail and tick “Reply to reviews” for your app.</source>
        <translation>Dans la %1, ouvrez Utilisateurs et autorisations → Inviter de nouveaux utilisateurs, collez l’e-mail du compte de service et cochez « Répondre aux avis » pour votre application.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="58"/>
        <source>Play Console</source>
        <translation>Play Console</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="60"/>
        <source>Type the app’s package name, or paste the app’s Google Play address.</source>
        <translation>Saisissez le nom de package de l’application, ou collez son adresse Google Play.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="61"/>
        <source>Google Play only gives the reviews of the last 7 days: import older ones from Play Console’s monthly file (File → Import reviews…). %1.</source>
        <translation>Google Play ne donne que les avis des 7 derniers jours : importez les plus anciens depuis le fichier mensuel de la Play Console (Fichier → Importer des avis…). %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="62"/>
        <source>Google’s guide</source>
        <translation>Le guide de Google</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="64"/>
        <source>How to connect the App Store (about 5 minutes, once)</source>
        <translation>Comment connecter l’App Store (environ 5 minutes, une seule fois)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="65"/>
        <source>Open %1 (Users and Access → Integrations).</source>
        <translation>Ouvrez %1 (Utilisateurs et accès → Intégrations).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="66"/>
        <source>App Store Connect: API keys</source>
        <translation>App Store Connect : clés d’API</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="67"/>
        <source>Click +, give the key a name and the “Customer Support” role (Admin if replies are refused), then Generate.</source>
        <translation>Cliquez sur +, donnez un nom à la clé et le rôle « Support client » (Admin si les réponses sont refusées), puis Générer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="70"/>
        <source>Click “Download”: a file AuthKey_….p8 is saved (Apple lets you download it only once).</source>
        <translation>Cliquez sur « Télécharger » : un fichier AuthKey_….p8 est enregistré (Apple ne le laisse télécharger qu’une fois).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="72"/>
        <source>Apple’s guide to API keys</source>
        <translation>Le guide d’Apple sur les clés d’API</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="74"/>
        <source>How to connect Trustpilot (about 5 minutes, once)</source>
        <translation>Comment connecter Trustpilot (environ 5 minutes, une seule fois)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="75"/>
        <source>Open %1 and go to Integrations → API.</source>
        <translation>Ouvrez %1 et allez dans Intégrations → API.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="76"/>
        <source>Trustpilot Business</source>
        <translation>Trustpilot Business</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="77"/>
        <source>Create an application (it needs the Connect add-on or an Enterprise plan).</source>
        <translation>Créez une application (il faut l’option Connect ou une offre Enterprise).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="47"/>
        <source>Choose that file on the right, under “Sign-in file”.</source>
        <translation>Choisissez ce fichier ci-contre, dans « Fichier de connexion ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="59"/>
        <source>Choose the .json file on the right, under “Key file”.</source>
        <translation>Choisissez le fichier .json ci-contre, dans « Fichier de clé ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="69"/>
        <source>Copy the Issuer ID (above the list) and the new key’s Key ID into the fields on the right.</source>
        <translation>Copiez l’Issuer ID (au-dessus de la liste) et le Key ID de la nouvelle clé dans les champs ci-contre.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="71"/>
        <source>Choose that file on the right, press “Find my apps” and pick your app.</source>
        <translation>Choisissez ce fichier ci-contre, appuyez sur « Trouver mes applications » et choisissez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="78"/>
        <source>Copy its API key and its Secret into the fields on the right.</source>
        <translation>Copiez sa clé d’API (API key) et son secret (Secret) dans les champs ci-contre.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="79"/>
        <source>Type your website as it appears on Trustpilot (e.g. www.example.com), or paste your Trustpilot page’s address.</source>
        <translation>Saisissez votre site tel qu’il apparaît sur Trustpilot (par ex. www.exemple.fr), ou collez l’adresse de votre page Trustpilot.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="81"/>
        <source>Trustpilot’s guide</source>
        <translation>Le guide de Trustpilot</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="83"/>
        <source>The demo platform</source>
        <translation>La plateforme de démonstration</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="84"/>
        <source>Nothing to copy: it is a pretend platform inside the app.</source>
        <translation>Rien à copier : c’est une plateforme fictive, dans l’application.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="85"/>
        <source>Use it to try syncing and replying without any account.</source>
        <translation>Elle permet d’essayer la synchronisation et les réponses sans aucun compte.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="93"/>
        <source>Yelp shows only 3 review excerpts to apps and does not let them reply.</source>
        <translation>Yelp ne montre que 3 extraits d’avis aux applications et ne les laisse pas répondre.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="94"/>
        <source>Tripadvisor does not let apps reply and forbids keeping its reviews.</source>
        <translation>Tripadvisor ne laisse pas les applications répondre et interdit de conserver ses avis.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="95"/>
        <source>Facebook no longer lets apps read Page recommendations.</source>
        <translation>Facebook ne laisse plus les applications lire les recommandations des Pages.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="97"/>
        <source>%1 Import or paste these reviews (File → Import reviews…), reply on the site, then mark them replied.</source>
        <translation>%1 Importez ou collez ces avis (Fichier → Importer des avis…), répondez sur le site, puis marquez-les comme répondus.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="104"/>
        <source>Choose the client_secret_….json file you downloaded in step 3.</source>
        <translation>Choisissez le fichier client_secret_….json téléchargé à l’étape 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="105"/>
        <source>Choose the service account’s .json key file (step 2).</source>
        <translation>Choisissez le fichier de clé .json du compte de service (étape 2).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="106"/>
        <source>For example com.example.app — it is in the app’s Google Play address, after “id=”.</source>
        <translation>Par exemple com.exemple.app — il figure dans l’adresse Google Play de l’application, après « id= ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="107"/>
        <source>10 letters and digits, e.g. 2X9R4HXF34, shown next to the key.</source>
        <translation>10 lettres et chiffres, par ex. 2X9R4HXF34, affichés à côté de la clé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="108"/>
        <source>Shown above the list of keys, e.g. 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation>Affiché au-dessus de la liste des clés, par ex. 57246542-96fe-1a63-e053-0824d011072a.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="109"/>
        <source>Choose the AuthKey_….p8 file you downloaded (step 4).</source>
        <translation>Choisissez le fichier AuthKey_….p8 téléchargé (étape 4).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="110"/>
        <source>Copy the API key of your Trustpilot application.</source>
        <translation>Copiez la clé d’API de votre application Trustpilot.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="111"/>
        <source>Copy the Secret shown next to the API key.</source>
        <translation>Copiez le Secret affiché à côté de la clé d’API.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="112"/>
        <source>Your website as on Trustpilot (e.g. www.example.com), or your business unit ID.</source>
        <translation>Votre site tel que sur Trustpilot (par ex. www.exemple.fr), ou votre identifiant « business unit ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="119"/>
        <source>A Key ID is exactly 10 capital letters and digits, e.g. 2X9R4HXF34.</source>
        <translation>Un Key ID compte exactement 10 lettres majuscules et chiffres, par ex. 2X9R4HXF34.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="120"/>
        <source>An Issuer ID has 5 groups of letters and digits separated by dashes, e.g. 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation>Un Issuer ID compte 5 groupes de lettres et de chiffres séparés par des tirets, par ex. 57246542-96fe-1a63-e053-0824d011072a.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="122"/>
        <source>A package name is words joined by dots, e.g. com.example.app.</source>
        <translation>Un nom de package est fait de mots reliés par des points, par ex. com.exemple.app.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="123"/>
        <source>This address does not name an app: open the app’s own page on Google Play and copy that address.</source>
        <translation>Cette adresse ne désigne pas une application : ouvrez la page de l’application sur Google Play et copiez son adresse.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="125"/>
        <source>An API key has only letters and digits: copy it again from Trustpilot.</source>
        <translation>Une clé d’API ne contient que des lettres et des chiffres : copiez-la de nouveau depuis Trustpilot.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="126"/>
        <source>A Secret has only letters and digits: copy it again from Trustpilot.</source>
        <translation>Un Secret ne contient que des lettres et des chiffres : copiez-le de nouveau depuis Trustpilot.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="127"/>
        <source>This key is too short: it was probably cut when copied.</source>
        <translation>Cette clé est trop courte : elle a sans doute été coupée à la copie.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="128"/>
        <source>This Secret is too short: it was probably cut when copied.</source>
        <translation>Ce Secret est trop court : il a sans doute été coupé à la copie.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="129"/>
        <source>Type a website such as www.example.com, or the 24-character business unit ID.</source>
        <translation>Saisissez un site comme www.exemple.fr, ou l’identifiant « business unit » de 24 caractères.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="131"/>
        <source>Paste the address of your own page on Trustpilot (…trustpilot.com/review/www.example.com).</source>
        <translation>Collez l’adresse de votre propre page sur Trustpilot (…trustpilot.com/review/www.exemple.fr).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="137"/>
        <source>This field is needed.</source>
        <translation>Ce champ est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="138"/>
        <source>Remove the spaces: they came with the copy.</source>
        <translation>Retirez les espaces : ils sont venus avec la copie.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="139"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="140"/>
        <source>This is a folder: choose the file inside it.</source>
        <translation>C’est un dossier : choisissez le fichier qu’il contient.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="141"/>
        <source>This file is not there any more: choose it again.</source>
        <translation>Ce fichier n’est plus là : choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="142"/>
        <source>This file cannot be opened: check that it is on this computer and choose it again.</source>
        <translation>Impossible d’ouvrir ce fichier : vérifiez qu’il est sur cet ordinateur et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="143"/>
        <source>This file is far too large to be a key: choose the one you downloaded.</source>
        <translation>Ce fichier est bien trop gros pour être une clé : choisissez celui que vous avez téléchargé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="144"/>
        <source>This is not the .json file the platform gave you.</source>
        <translation>Ce n’est pas le fichier .json donné par la plateforme.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="145"/>
        <source>This is not a private key file: choose the AuthKey_….p8 file from Apple.</source>
        <translation>Ce n’est pas un fichier de clé privée : choisissez le fichier AuthKey_….p8 d’Apple.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="146"/>
        <source>This key is not an App Store Connect key: choose the AuthKey_….p8 file from Apple.</source>
        <translation>Cette clé n’est pas une clé App Store Connect : choisissez le fichier AuthKey_….p8 d’Apple.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="147"/>
        <source>This is a sign-in file for Google Business, not a service-account key: create a key as in step 2.</source>
        <translation>C’est un fichier de connexion pour Google Business, pas une clé de compte de service : créez une clé comme à l’étape 2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="149"/>
        <source>This file is not a service-account key: create one as in step 2.</source>
        <translation>Ce fichier n’est pas une clé de compte de service : créez-en une comme à l’étape 2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="150"/>
        <source>The key inside this file is damaged: download a new key (step 2).</source>
        <translation>La clé de ce fichier est abîmée : téléchargez une nouvelle clé (étape 2).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="151"/>
        <source>This is a Google Play service-account key: for Google Business choose the file of step 3 instead.</source>
        <translation>C’est une clé de compte de service Google Play : pour Google Business, choisissez plutôt le fichier de l’étape 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="153"/>
        <source>This file is not a Google sign-in file: download it again as in steps 2 and 3.</source>
        <translation>Ce fichier n’est pas un fichier de connexion Google : téléchargez-le de nouveau comme aux étapes 2 et 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="154"/>
        <location filename="../../workstation/ui/account_guides.py" line="157"/>
        <source>This does not look right: copy it again.</source>
        <translation>Cela ne semble pas correct : copiez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="155"/>
        <source>This is too short: it was probably cut when copied.</source>
        <translation>C’est trop court : cela a sans doute été coupé à la copie.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="57"/>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="70"/>
        <source>Choose the credentials file for this platform.</source>
        <translation>Choisissez le fichier d’identifiants de cette plateforme.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="91"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="93"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="93"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="93"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="94"/>
        <source>Every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="97"/>
        <source>Review sources</source>
        <translation>Sources d’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="103"/>
        <source>Connect an account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="150"/>
        <source>No account connected yet: press “Connect an account…” and follow the steps.</source>
        <translation>Aucun compte connecté pour l’instant : appuyez sur « Connecter un compte… » et suivez les étapes.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="171"/>
        <source>Offline at the last sync</source>
        <translation>Hors ligne à la dernière synchro</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="174"/>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="174"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="185"/>
        <source>Account added. Press “Sync now” to bring its reviews in.</source>
        <translation>Compte ajouté. Appuyez sur « Synchroniser » pour récupérer ses avis.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="209"/>
        <source>The test could not finish because of an unexpected problem. Try again; if it goes on, the details are in the log.</source>
        <translation>Le test n’a pas pu aboutir à cause d’un problème inattendu. Réessayez ; si cela continue, les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="105"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="107"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="109"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="169"/>
        <source>files and pasted reviews</source>
        <translation>fichiers et avis collés</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="144"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="145"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="173"/>
        <source>Last sync failed: test the connection</source>
        <translation>Échec de la dernière synchro : testez la connexion</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="196"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="144"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="164"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="259"/>
        <source>Sign in with Google…</source>
        <translation>Se connecter avec Google…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="260"/>
        <source>Opens your browser to allow access to your Business Profile</source>
        <translation>Ouvre votre navigateur pour autoriser l’accès à votre fiche d’établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="168"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="141"/>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="148"/>
        <source>Where are your reviews?</source>
        <translation>Où sont vos avis ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="169"/>
        <source>only when I press Sync</source>
        <translation>seulement quand je clique sur Synchroniser</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="170"/>
        <source>Sync interval</source>
        <translation>Fréquence de synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="171"/>
        <source>Advanced (for IT staff)</source>
        <translation>Avancé (pour l’informaticien)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="173"/>
        <source>another API address, e.g. a company proxy</source>
        <translation>une autre adresse d’API, par ex. un proxy d’entreprise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="209"/>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="255"/>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Fichiers de clé (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="257"/>
        <source>Sign-in file:</source>
        <translation>Fichier de connexion :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="268"/>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="270"/>
        <source>Package name:</source>
        <translation>Nom de package :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="273"/>
        <source>Issuer ID:</source>
        <translation>Issuer ID :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="275"/>
        <source>Key ID:</source>
        <translation>Key ID :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="276"/>
        <source>Key file (.p8):</source>
        <translation>Fichier de clé (.p8) :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="277"/>
        <source>App Store Connect keys (*.p8);;All files (*)</source>
        <translation>Clés App Store Connect (*.p8);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="279"/>
        <source>Find my apps</source>
        <translation>Trouver mes applications</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="282"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="283"/>
        <source>press “Find my apps” first</source>
        <translation>appuyez d’abord sur « Trouver mes applications »</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="286"/>
        <source>App:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="288"/>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="290"/>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="292"/>
        <source>Your business:</source>
        <translation>Votre entreprise :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="361"/>
        <source>Use an address starting with https:// (http:// only for this computer).</source>
        <translation>Utilisez une adresse qui commence par https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="386"/>
        <source>The test could not finish because of an unexpected problem. Try again; if it goes on, the details are in the log.</source>
        <translation>Le test n’a pas pu aboutir à cause d’un problème inattendu. Réessayez ; si cela continue, les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="412"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="427"/>
        <source>Asking Apple which apps this key sees…</source>
        <translation>Demande à Apple des applications visibles avec cette clé…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="441"/>
        <source>This key sees no app yet: check its role in App Store Connect.</source>
        <translation>Cette clé ne voit encore aucune application : vérifiez son rôle dans App Store Connect.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/account_setup.py" line="450"/>
        <source>This key sees %n app(s): pick yours in the list.</source>
        <translation>
            <numerusform>Cette clé voit %n application : choisissez la vôtre dans la liste.</numerusform>
            <numerusform>Cette clé voit %n applications : choisissez la vôtre dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="457"/>
        <source>First choose the sign-in file you downloaded in step 3.</source>
        <translation>Choisissez d’abord le fichier de connexion téléchargé à l’étape 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="494"/>
        <source>Google did not give access. Press “Sign in with Google…” again and click Allow.</source>
        <translation>Google n’a pas donné l’accès. Appuyez de nouveau sur « Se connecter avec Google… » et cliquez sur Autoriser.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="498"/>
        <source>Signed in. You can test the connection, then add the account.</source>
        <translation>Connecté. Vous pouvez tester la connexion, puis ajouter le compte.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="516"/>
        <source>The account could not be saved: check each field, or the computer’s keychain, and try again.</source>
        <translation>Le compte n’a pas pu être enregistré : vérifiez chaque champ, ou le trousseau de l’ordinateur, et réessayez.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="174"/>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="178"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="183"/>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="189"/>
        <source>Name in the app:</source>
        <translation>Nom dans l’application :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="190"/>
        <source>Check for new reviews every:</source>
        <translation>Chercher de nouveaux avis toutes les :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="192"/>
        <source>API address:</source>
        <translation>Adresse de l’API :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="463"/>
        <source>This file already holds a sign-in: no need to sign in again.</source>
        <translation>Ce fichier contient déjà une connexion : inutile de vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="483"/>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>En attente de votre autorisation dans le navigateur…</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="42"/>
        <source>Analysing %v/%m</source>
        <translation>Analyse %v/%m</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="43"/>
        <source>Analysis progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="57"/>
        <source>Note for the author</source>
        <translation>Note pour l’auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="58"/>
        <source>Note for the author (why it goes back)</source>
        <translation>Note pour l’auteur (pourquoi elle est renvoyée)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="60"/>
        <source>Approval</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="61"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="62"/>
        <source>Send this reply to the shared outbox in its author’s name</source>
        <translation>Mettre cette réponse dans la boîte d’envoi partagée, au nom de son auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="64"/>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="65"/>
        <source>Return the reply to its author as a draft, with your note</source>
        <translation>Rendre la réponse à son auteur comme brouillon, avec votre note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="95"/>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="97"/>
        <source>Approved: the reply goes to the shared outbox with the next update from the team server.</source>
        <translation>Validée : la réponse part dans la boîte d’envoi partagée à la prochaine mise à jour avec le serveur d’équipe.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="99"/>
        <source>Sent back to %1 with your note (with the next update from the team server).</source>
        <translation>Renvoyée à %1 avec votre note (à la prochaine mise à jour avec le serveur d’équipe).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="102"/>
        <source>Waiting for approval: you wrote this reply, so another approver must check it.</source>
        <translation>En attente de validation : vous avez écrit cette réponse, un autre valideur doit donc la vérifier.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="104"/>
        <source>Waiting for approval: %1’s reply is sent once an approver accepts it.</source>
        <translation>En attente de validation : la réponse de %1 partira dès qu’un valideur l’aura acceptée.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="106"/>
        <source>Waiting for approval: %1 wrote this reply. Approve it or send it back.</source>
        <translation>En attente de validation : %1 a écrit cette réponse. Validez-la ou renvoyez-la.</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="60"/>
        <source>Automatic replies</source>
        <translation>Réponses automatiques</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="70"/>
        <source>Automatic replies thank customers who leave 4 or 5 stars and raise no problem, in your words and signed with your signature, during opening hours. Reviews of 3 stars or less, urgent reviews, and any reply the check has doubts about are always left to you. A rule does nothing until you switch it on, and only answers reviews that arrive after that.</source>
        <translation>Les réponses automatiques remercient les clients qui laissent 4 ou 5 étoiles sans signaler de problème, avec vos mots et votre signature, pendant les heures d’ouverture. Les avis de 3 étoiles ou moins, les avis urgents et toute réponse que la vérification met en doute vous sont toujours laissés. Une règle ne fait rien tant que vous ne l’avez pas activée, et ne répond qu’aux avis arrivés ensuite.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="79"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="86"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="87"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="115"/>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="117"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="119"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="119"/>
        <source>Every location</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="120"/>
        <source>Location:</source>
        <translation>Établissement :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="121"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="121"/>
        <source>Every platform</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="123"/>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="124"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="124"/>
        <source>4 and 5 stars</source>
        <translation>4 et 5 étoiles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="124"/>
        <source>5 stars only</source>
        <translation>5 étoiles seulement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="125"/>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="126"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="127"/>
        <source>With or without text</source>
        <translation>Avec ou sans texte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="127"/>
        <source>Only ratings without text</source>
        <translation>Seulement les notes sans texte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="128"/>
        <source>Only reviews with text</source>
        <translation>Seulement les avis avec texte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="129"/>
        <source>Reviews:</source>
        <translation>Avis :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="130"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="131"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="131"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="131"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="132"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="137"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="138"/>
        <source>Wait before posting</source>
        <translation>Attente avant publication</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="140"/>
        <source>Wait before posting:</source>
        <translation>Attendre avant de publier :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="142"/>
        <source>Replies wait for the location to be open (opening hours and time zone in Edit → Preferences → Locations).</source>
        <translation>Les réponses attendent que l&apos;établissement soit ouvert (heures d&apos;ouverture et fuseau horaire dans Édition → Préférences → Établissements).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="146"/>
        <source>Save the rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="155"/>
        <source>Before switching on</source>
        <translation>Avant d&apos;activer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="157"/>
        <source>Try it on your past reviews</source>
        <translation>Tester sur vos avis passés</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="165"/>
        <source>Replies it would have posted</source>
        <translation>Réponses qu&apos;elle aurait publiées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="185"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="185"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="223"/>
        <source>Thank happy customers</source>
        <translation>Remercier les clients satisfaits</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="271"/>
        <source>See what this rule would have posted before switching it on.</source>
        <translation>Voyez ce que cette règle aurait publié avant de l&apos;activer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="283"/>
        <source>Trying the rule on your past reviews…</source>
        <translation>Essai de la règle sur vos avis passés…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="303"/>
        <source>The preview could not be made: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être fait : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="314"/>
        <source>There are no past reviews to try it on yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;avis passés pour l&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="318"/>
        <source>Of your last %1 reviews, %2 (%3) would have been answered automatically; the others stay with you.</source>
        <translation>Sur vos %1 derniers avis, %2 (%3) auraient reçu une réponse automatique ; les autres restent pour vous.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="323"/>
        <source>No past review would have been answered by this rule.</source>
        <translation>Aucun avis passé n&apos;aurait reçu de réponse avec cette règle.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="330"/>
        <source>Save the rule, then try it on your past reviews.</source>
        <translation>Enregistrez la règle, puis essayez-la sur vos avis passés.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="332"/>
        <source>On: new 4- and 5-star reviews it covers are answered automatically. Changing its conditions switches it off until you try it again.</source>
        <translation>Activée : les nouveaux avis à 4 et 5 étoiles qu&apos;elle couvre reçoivent une réponse automatique. Changer ses conditions la désactive jusqu&apos;à un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="335"/>
        <source>Off. You have seen what it would post: you can switch it on.</source>
        <translation>Désactivée. Vous avez vu ce qu&apos;elle publierait : vous pouvez l&apos;activer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="337"/>
        <source>Off. Try it on your past reviews before switching it on.</source>
        <translation>Désactivée. Essayez-la sur vos avis passés avant de l&apos;activer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="338"/>
        <source>Switch off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="338"/>
        <source>Switch on</source>
        <translation>Activer</translation>
    </message>
</context>
<context>
    <name>BusinessKind</name>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="18"/>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="19"/>
        <source>Restaurant or café</source>
        <translation>Restaurant ou café</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="20"/>
        <source>Hotel or lodging</source>
        <translation>Hôtel ou hébergement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="21"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="22"/>
        <source>Online shop or delivery</source>
        <translation>Boutique en ligne ou livraison</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="23"/>
        <source>Services (bank, agency, office…)</source>
        <translation>Services (banque, agence, cabinet…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="24"/>
        <source>Health care (practice, pharmacy, vet…)</source>
        <translation>Santé et soins (cabinet, pharmacie, vétérinaire…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="28"/>
        <source>Kind of business</source>
        <translation>Type d’établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="30"/>
        <source>Drafts use words that fit it: no kitchen or dishes for a shop or a bank.</source>
        <translation>Les brouillons emploient des mots qui lui conviennent : ni cuisine ni plats pour une boutique ou une banque.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="93"/>
        <source>A few questions so deadlines and replies fit your business.</source>
        <translation>Quelques questions pour que les délais et les réponses soient adaptés à votre commerce.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="94"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="95"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="96"/>
        <source>Business name:</source>
        <translation>Nom du commerce :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="97"/>
        <source>Business name</source>
        <translation>Nom du commerce</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="98"/>
        <source>e.g. Maison Dupont</source>
        <translation>ex. Maison Dupont</translation>
    </message>
</context>
<context>
    <name>CheckedField</name>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="87"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="103"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="111"/>
        <source>Looks right.</source>
        <translation>Semble correct.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../workstation/ui/composer.py" line="127"/>
        <source>Suggested replies</source>
        <translation>Réponses suggérées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="142"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="143"/>
        <source>Pick a suggestion above or write your reply…</source>
        <translation>Choisissez une suggestion ci-dessus ou écrivez votre réponse…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="152"/>
        <source>Problems found in the reply</source>
        <translation>Problèmes trouvés dans la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="184"/>
        <source>Mark ready</source>
        <translation>Marquer prête</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="70"/>
        <location filename="../../workstation/ui/composer.py" line="189"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="156"/>
        <source>If a problem is wrong about your reply, select it and choose Ignore (or press Delete)</source>
        <translation>Si un problème signalé ne concerne pas vraiment votre réponse, sélectionnez-le et choisissez Ignorer (ou appuyez sur Suppr)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="170"/>
        <source>Ignore for this reply</source>
        <translation>Ignorer pour cette réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="171"/>
        <source>The selected problem is wrong about this reply: stop checking for it</source>
        <translation>Le problème sélectionné ne concerne pas cette réponse : ne plus le vérifier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="175"/>
        <source>Check again for the problems you ignored</source>
        <translation>Vérifier de nouveau les problèmes ignorés</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="187"/>
        <source>The reply is finished but not sent: the list shows it as &apos;Reply ready&apos;, to find and send it later</source>
        <translation>La réponse est terminée mais pas envoyée : la liste l’affiche comme « Réponse prête », pour la retrouver et l’envoyer plus tard</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="190"/>
        <source>Queue the reply for posting (Ctrl+Enter); you can undo for 10 seconds</source>
        <translation>Mettre la réponse en file pour publication (Ctrl+Entrée) ; annulable pendant 10 secondes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="192"/>
        <source>Copy and open page</source>
        <translation>Copier et ouvrir la page</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="194"/>
        <source>Mark as replied</source>
        <translation>Marquer comme répondu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="196"/>
        <location filename="../../workstation/ui/composer.py" line="510"/>
        <source>Undo send</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="232"/>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="232"/>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="296"/>
        <source>Reply to every point</source>
        <translation>Réponse à chaque point</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="296"/>
        <source>Same, other wording</source>
        <translation>Même réponse, autre formulation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="296"/>
        <source>Shorter version</source>
        <translation>Version plus courte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="307"/>
        <source>answers: no specific complaint</source>
        <translation>répond à : aucune plainte précise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="308"/>
        <source>answers: %1</source>
        <translation>répond à : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="378"/>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="382"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="393"/>
        <source>Tip</source>
        <translation>Conseil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="433"/>
        <source>Show ignored problems (%n)</source>
        <translation>
            <numerusform>Afficher le problème ignoré (%n)</numerusform>
            <numerusform>Afficher les problèmes ignorés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="530"/>
        <source>Reply queued: it will be posted when online.</source>
        <translation>Réponse en file : elle sera publiée dès que la connexion le permet.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="543"/>
        <source>Reply copied: paste it on the review&apos;s page, then mark it as replied.</source>
        <translation>Réponse copiée : collez-la sur la page de l’avis, puis marquez-le comme répondu.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="551"/>
        <source>Marked as replied.</source>
        <translation>Marqué comme répondu.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="72"/>
        <source>Use suggestion %1</source>
        <translation>Utiliser la suggestion %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="266"/>
        <source>This review came from a file, or from a platform where the app cannot post replies: copy the reply, post it on the review&apos;s page, then mark it as replied.</source>
        <translation>Cet avis vient d’un fichier, ou d’une plateforme où l’application ne peut pas publier de réponse : copiez la réponse, publiez-la sur la page de l’avis, puis marquez-le comme répondu.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="391"/>
        <source>Must fix before sending</source>
        <translation>À corriger avant l’envoi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="392"/>
        <source>Check (you can still send)</source>
        <translation>À vérifier (vous pouvez quand même envoyer)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="474"/>
        <source>Undo send (%1)</source>
        <translation>Annuler l’envoi (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="475"/>
        <source>Sending in %n second(s) — press U or Undo send to stop.</source>
        <translation>
            <numerusform>Envoi dans %n seconde — appuyez sur U ou « Annuler l’envoi » pour l’arrêter.</numerusform>
            <numerusform>Envoi dans %n secondes — appuyez sur U ou « Annuler l’envoi » pour l’arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="501"/>
        <source>Sending cancelled: your reply is back in the editor.</source>
        <translation>Envoi annulé : votre réponse est de retour dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="503"/>
        <source>Sending cancelled: your reply is kept as a draft.</source>
        <translation>Envoi annulé : votre réponse est gardée comme brouillon.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../workstation/ui/crash.py" line="30"/>
        <source>Review Workstation</source>
        <translation>Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="31"/>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="32"/>
        <source>Your data is safe. The details were saved in the log file.</source>
        <translation>Vos données sont intactes. Les détails ont été enregistrés dans le journal.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="33"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="27"/>
        <source>Open the crisis room</source>
        <translation>Ouvrir la cellule de crise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="29"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="30"/>
        <source>Hide this alert; it will not come back for this spike</source>
        <translation>Masquer cette alerte ; elle ne reviendra pas pour ce pic</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="35"/>
        <source>Crisis alert</source>
        <translation>Alerte de crise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="52"/>
        <source>Shared words: %1.</source>
        <translation>Mots en commun : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_banner.py" line="55"/>
        <source>(and %n other possible crisis: see the crisis room)</source>
        <translation>
            <numerusform>(et %n autre crise possible : voir la cellule de crise)</numerusform>
            <numerusform>(et %n autres crises possibles : voir la cellule de crise)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_banner.py" line="46"/>
        <source>Possible crisis: %n negative review(s) about %1 in %2 h (usually %3 a day).</source>
        <translation>
            <numerusform>Crise possible : %n avis négatif sur %1 en %2 h (habituellement %3 par jour).</numerusform>
            <numerusform>Crise possible : %n avis négatifs sur %1 en %2 h (habituellement %3 par jour).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisRoom</name>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="71"/>
        <source>Assess the severity and gather the facts</source>
        <translation>Évaluer la gravité et rassembler les faits</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="72"/>
        <source>Publish a holding statement quickly</source>
        <translation>Publier rapidement une déclaration d’attente</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="74"/>
        <source>Acknowledge, and apologise where it is due</source>
        <translation>Reconnaître les faits et s’excuser quand c’est justifié</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="75"/>
        <source>State the corrective action</source>
        <translation>Annoncer l’action corrective</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="76"/>
        <source>Answer every affected review</source>
        <translation>Répondre à chaque avis concerné</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="77"/>
        <source>Monitor new reviews and mentions</source>
        <translation>Surveiller les nouveaux avis et mentions</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="78"/>
        <source>Post-crisis review: causes, what changed, rating recovery</source>
        <translation>Bilan après crise : causes, changements, remontée de la note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="85"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="86"/>
        <source>Handled</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="87"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="93"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="94"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="95"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="175"/>
        <source>Crisis room</source>
        <translation>Cellule de crise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="187"/>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="204"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="208"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="211"/>
        <source>Show in the inbox</source>
        <translation>Afficher dans la boîte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="226"/>
        <source>%v of %m reviews answered</source>
        <translation>%v avis sur %m ont une réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="230"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="230"/>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="230"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="231"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="231"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="231"/>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="239"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="251"/>
        <source>Prefill from the crisis template</source>
        <translation>Préremplir avec le modèle de crise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="253"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="266"/>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="266"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="271"/>
        <source>Rating recovery</source>
        <translation>Remontée de la note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="275"/>
        <location filename="../../workstation/ui/crisis_room.py" line="277"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="282"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="286"/>
        <source>No crisis has been detected. The triage raises one when negative reviews about one subject rise well above the usual.</source>
        <translation>Aucune crise détectée. Le tri en signale une quand les avis négatifs sur un même sujet dépassent nettement la normale.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="355"/>
        <source>Shared evidence: %1</source>
        <translation>Éléments communs : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="356"/>
        <source>No shared phrase was found.</source>
        <translation>Aucune expression commune trouvée.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="381"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="381"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="394"/>
        <source>Timeline of the reviews involved (stars)</source>
        <translation>Chronologie des avis concernés (étoiles)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="445"/>
        <source>30 days before: %1 · during: %2 · 30 days after: %3</source>
        <translation>30 jours avant : %1 · pendant : %2 · 30 jours après : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_room.py" line="342"/>
        <source>%n negative review(s) in %2 h (usually %3 a day), from %4 to %5.</source>
        <translation>
            <numerusform>%n avis négatif en %2 h (habituellement %3 par jour), du %4 au %5.</numerusform>
            <numerusform>%n avis négatifs en %2 h (habituellement %3 par jour), du %4 au %5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="347"/>
        <source>Severity: %1</source>
        <translation>Gravité : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_room.py" line="388"/>
        <source>%1 of %n affected review(s) answered</source>
        <translation>
            <numerusform>Réponse à %1 avis sur %n concerné</numerusform>
            <numerusform>Réponse à %1 avis sur %n concernés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="69"/>
        <source>%1 of %2 reviews</source>
        <translation>%1 avis sur %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="70"/>
        <source>%1 of %2 negative reviews</source>
        <translation>%1 avis négatifs sur %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="71"/>
        <source>%1 of %2 reviews due so far</source>
        <translation>%1 sur %2 avis arrivés à échéance</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="80"/>
        <source>The period&apos;s reviews that have a reply, out of all the period&apos;s reviews.</source>
        <translation>Les avis de la période qui ont une réponse, sur tous les avis de la période.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="82"/>
        <source>The same for the negative reviews: low ratings, and reviews the triage marks critical or high.</source>
        <translation>La même chose pour les avis négatifs : notes basses, et avis que le tri marque critiques ou d’urgence élevée.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="84"/>
        <source>Reviews answered before their reply deadline, out of the reviews that were answered or whose deadline has passed. Reviews still within their deadline are not counted yet.</source>
        <translation>Les avis répondus avant leur échéance, sur les avis répondus ou dont l’échéance est passée. Les avis encore dans leur délai ne sont pas encore comptés.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="95"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="96"/>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="97"/>
        <source>Response rate, negative reviews</source>
        <translation>Taux de réponse, avis négatifs</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="98"/>
        <source>Median response time</source>
        <translation>Délai de réponse médian</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="99"/>
        <source>90% answered within</source>
        <translation>90 % des réponses en moins de</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="100"/>
        <source>Median, business hours</source>
        <translation>Médiane, heures ouvrées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="101"/>
        <source>90%, business hours</source>
        <translation>90 %, heures ouvrées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="102"/>
        <source>Answered in time</source>
        <translation>Réponses à temps</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="103"/>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="169"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="179"/>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="182"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="183"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="184"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="185"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="186"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="187"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="192"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="203"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="204"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="205"/>
        <source>Trend by:</source>
        <translation>Regrouper par :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="207"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="208"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="209"/>
        <source>Trend by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="212"/>
        <location filename="../../workstation/ui/dashboard.py" line="417"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="257"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="259"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="261"/>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="263"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="267"/>
        <source>Compare before and after:</source>
        <translation>Comparer avant et après :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="271"/>
        <source>Pivot date</source>
        <translation>Date pivot</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="273"/>
        <source>First reply from the app</source>
        <translation>Première réponse depuis l’appli</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="282"/>
        <source>Before / after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="390"/>
        <source>Could not compute the figures: %1</source>
        <translation>Impossible de calculer les chiffres : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="445"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="446"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="480"/>
        <source>Average rating by week</source>
        <translation>Note moyenne par semaine</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="480"/>
        <source>Average rating by month</source>
        <translation>Note moyenne par mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="481"/>
        <source>Reviews by sentiment, by week</source>
        <translation>Avis par tonalité, par semaine</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="481"/>
        <source>Reviews by sentiment, by month</source>
        <translation>Avis par tonalité, par mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="482"/>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="482"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="482"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="499"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="499"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="499"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="500"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="504"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="522"/>
        <source>(no location)</source>
        <translation>(sans établissement)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="522"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="535"/>
        <source>No reply has been sent yet: choose a date to compare.</source>
        <translation>Aucune réponse envoyée pour l’instant : choisissez une date pour comparer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="539"/>
        <source>All reviews before and after %1.</source>
        <translation>Tous les avis avant et après le %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="296"/>
        <location filename="../../workstation/ui/dashboard.py" line="300"/>
        <source>Automatic replies</source>
        <translation>Réponses automatiques</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="315"/>
        <source>%1 of %2 replies</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="455"/>
        <source>%n review(s) without a date, left out of times.</source>
        <translation>
            <numerusform>%n avis sans date, exclu des délais.</numerusform>
            <numerusform>%n avis sans date, exclus des délais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="457"/>
        <source>%n reply(ies) dated before their review: counted as replied, left out of times.</source>
        <translation>
            <numerusform>%n réponse datée avant son avis : comptée comme répondue, exclue des délais.</numerusform>
            <numerusform>%n réponses datées avant leur avis : comptées comme répondues, exclues des délais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="460"/>
        <source>%n older review(s) arrived more than a day after publication (for example from an imported file): the deadline counts from the arrival, so age alone never makes one overdue.</source>
        <translation>
            <numerusform>%n avis ancien est arrivé plus d’un jour après sa publication (par exemple depuis un fichier importé) : l’échéance compte depuis son arrivée, son âge seul ne le met donc jamais en retard.</numerusform>
            <numerusform>%n avis anciens sont arrivés plus d’un jour après leur publication (par exemple depuis un fichier importé) : l’échéance compte depuis leur arrivée, leur âge seul ne les met donc jamais en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="464"/>
        <source>%n older review(s) arrived more than 14 days after publication (for example from an imported file): no deadline, left out of deadline figures; answer when you can.</source>
        <translation>
            <numerusform>%n avis ancien est arrivé plus de 14 jours après sa publication (par exemple depuis un fichier importé) : sans échéance, hors des chiffres d’échéances ; répondez-y quand vous pouvez.</numerusform>
            <numerusform>%n avis anciens sont arrivés plus de 14 jours après leur publication (par exemple depuis un fichier importé) : sans échéance, hors des chiffres d’échéances ; répondez-y quand vous pouvez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="468"/>
        <source>%n review(s) without a publication date: timed from when first seen.</source>
        <translation>
            <numerusform>%n avis sans date de publication : délai compté depuis sa première apparition.</numerusform>
            <numerusform>%n avis sans date de publication : délai compté depuis leur première apparition.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="60"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../workstation/ui/detail.py" line="62"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="62"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="62"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="63"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="63"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="72"/>
        <source>Why this review needs attention</source>
        <translation>Pourquoi cet avis demande de l’attention</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="77"/>
        <source>Review text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="80"/>
        <location filename="../../workstation/ui/detail.py" line="81"/>
        <source>Open review online</source>
        <translation>Ouvrir l’avis en ligne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="85"/>
        <location filename="../../workstation/ui/detail.py" line="89"/>
        <source>Replies and edit history</source>
        <translation>Réponses et historique des modifications</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="96"/>
        <source>No review selected</source>
        <translation>Aucun avis sélectionné</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="107"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="130"/>
        <source>Automatic reply (rule %3, %1, %2)</source>
        <translation>Réponse automatique (règle %3, %1, %2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="135"/>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyée : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="142"/>
        <source>No reply yet, no earlier version.</source>
        <translation>Pas encore de réponse, pas de version antérieure.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="163"/>
        <source>Not analysed yet.</source>
        <translation>Pas encore analysé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="194"/>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="194"/>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="195"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="198"/>
        <source>Topics: %1</source>
        <translation>Sujets : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="169"/>
        <source>Urgency: %1</source>
        <translation>Urgence : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="169"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="131"/>
        <source>Reply (%1, %2)</source>
        <translation>Réponse (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="138"/>
        <source>Earlier version (%1, %2)</source>
        <translation>Version précédente (%1, %2)</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="110"/>
        <source>due in %1</source>
        <translation>à traiter dans %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="111"/>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="118"/>
        <source>older review: no deadline</source>
        <translation>avis ancien : sans échéance</translation>
    </message>
</context>
<context>
    <name>EmptyInboxHint</name>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="42"/>
        <source>No reviews yet</source>
        <translation>Pas encore d’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="43"/>
        <source>&lt;a href=&apos;import&apos;&gt;Import a file of reviews&lt;/a&gt; (a CSV or Excel export, Ctrl+O)</source>
        <translation>&lt;a href=&apos;import&apos;&gt;Importez un fichier d’avis&lt;/a&gt; (un export CSV ou Excel, Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="44"/>
        <source>or &lt;a href=&apos;connect&apos;&gt;connect an account&lt;/a&gt; (Google, App Store, Google Play, Trustpilot).</source>
        <translation>ou &lt;a href=&apos;connect&apos;&gt;connectez un compte&lt;/a&gt; (Google, App Store, Google Play, Trustpilot).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="45"/>
        <source>Business, locations and signature: &lt;a href=&apos;preferences&apos;&gt;Preferences&lt;/a&gt;.</source>
        <translation>Commerce, établissements et signature : &lt;a href=&apos;preferences&apos;&gt;Préférences&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="31"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="50"/>
        <source>No review matches “%1”.</source>
        <translation>Aucun avis ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="51"/>
        <source>Check the spelling, try fewer words, or clear the filters to search every review.</source>
        <translation>Vérifiez l’orthographe, essayez avec moins de mots, ou effacez les filtres pour chercher dans tous les avis.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="53"/>
        <source>No review matches these filters.</source>
        <translation>Aucun avis ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="54"/>
        <source>Remove a filter above, or clear them all.</source>
        <translation>Retirez un filtre ci-dessus, ou effacez-les tous.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="56"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="57"/>
        <source>No review is in this view right now. Other views are on the left; File → Import reviews… brings reviews in from a file.</source>
        <translation>Aucun avis dans cette vue pour l’instant. Les autres vues sont à gauche ; Fichier → Importer des avis… ajoute des avis depuis un fichier.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="72"/>
        <source>Search reviews (press /)</source>
        <translation>Rechercher des avis (touche /)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="74"/>
        <source>Search reviews</source>
        <translation>Rechercher des avis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="83"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="84"/>
        <source>Only reviews with %n star(s)</source>
        <translation>
            <numerusform>Seulement les avis à %n étoile</numerusform>
            <numerusform>Seulement les avis à %n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="90"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="91"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="98"/>
        <source>Category or topic</source>
        <translation>Catégorie ou sujet</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="99"/>
        <source>Only reviews with this severity category, topic or flag</source>
        <translation>Seulement les avis avec cette catégorie de gravité, ce sujet ou ce signalement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="108"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="110"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="110"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="110"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="111"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="111"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="118"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="118"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="127"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="128"/>
        <source>Save this view</source>
        <translation>Enregistrer cette vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="199"/>
        <source>Reasons and topics</source>
        <translation>Motifs et sujets</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="134"/>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="153"/>
        <source>Search: “%1”</source>
        <translation>Recherche : « %1 »</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="173"/>
        <source>Filtered by:</source>
        <translation>Filtré par :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="179"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="180"/>
        <source>Remove the filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="183"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="77"/>
        <location filename="../../workstation/ui/import_flow.py" line="244"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="102"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="166"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="223"/>
        <source>cancelled, nothing imported</source>
        <translation>annulé, rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="236"/>
        <source>Imported %1, updated %2, unchanged %3, errors %4</source>
        <translation>%1 importés, %2 mis à jour, %3 inchangés, %4 erreurs</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="248"/>
        <source>Some rows or files could not be imported. Good rows were kept.</source>
        <translation>Certaines lignes ou certains fichiers n’ont pas pu être importés. Les lignes valides ont été conservées.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="229"/>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="243"/>
        <source>…and %1 more (Show Details…)</source>
        <translation>… et %1 de plus (Afficher les détails…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="249"/>
        <source>Left out:</source>
        <translation>Non importé :</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="145"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="146"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="147"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="148"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="149"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="150"/>
        <source>Reply due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="151"/>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="152"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="153"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="154"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="164"/>
        <source>(unavailable)</source>
        <translation>(indisponible)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/inbox_model.py" line="184"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="187"/>
        <source>Published more than 14 days before it reached the app (for example from an imported file). Answer it when you can: it does not count as late.</source>
        <translation>Publié plus de 14 jours avant d’arriver dans l’application (par exemple depuis un fichier importé). Répondez-y quand vous pouvez : il ne compte pas comme en retard.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="221"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="143"/>
        <source>Your shops or sites. Reply deadlines count only the hours you are open, in each location&apos;s time zone.</source>
        <translation>Vos boutiques ou sites. Les délais de réponse ne comptent que vos heures d’ouverture, dans le fuseau horaire de chaque établissement.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="145"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="145"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="145"/>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="146"/>
        <source>Add a location</source>
        <translation>Ajouter un établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="147"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="148"/>
        <source>Only a location added just now can be removed: saved ones keep their reviews.</source>
        <translation>Seul un établissement ajouté à l’instant peut être retiré : ceux déjà enregistrés gardent leurs avis.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="88"/>
        <location filename="../../workstation/ui/main_window.py" line="957"/>
        <source>Review Workstation</source>
        <translation>Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="92"/>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="101"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="94"/>
        <source>Analysis failed: %1</source>
        <translation>Échec de l’analyse : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="214"/>
        <source>&amp;Import reviews…</source>
        <translation>&amp;Importer des avis…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="217"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="219"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="224"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="228"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="229"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="232"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="234"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="236"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="239"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="244"/>
        <source>&amp;Review</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="245"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="246"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="248"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="250"/>
        <source>No reply &amp;needed</source>
        <translation>Pas de réponse &amp;nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="255"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="257"/>
        <source>Close the reply</source>
        <translation>Fermer la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="259"/>
        <source>Reply settings…</source>
        <translation>Réglages des réponses…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="261"/>
        <source>Reply templates…</source>
        <translation>Modèles de réponse…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="265"/>
        <source>Retry failed replies</source>
        <translation>Réessayer les réponses en échec</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="266"/>
        <source>Take back the queued reply…</source>
        <translation>Reprendre la réponse en attente…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="268"/>
        <source>Delete the reply on the platform…</source>
        <translation>Supprimer la réponse sur la plateforme…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="275"/>
        <source>Back to &amp;inbox</source>
        <translation>Remettre dans la &amp;boîte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="278"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="283"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="284"/>
        <source>&amp;Crisis room</source>
        <translation>&amp;Cellule de crise</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="287"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="296"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="297"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="299"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="316"/>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="327"/>
        <source>%n reply(ies) posted</source>
        <translation>
            <numerusform>%n réponse publiée</numerusform>
            <numerusform>%n réponses publiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="338"/>
        <source>Sync finished: %n new review(s).</source>
        <translation>
            <numerusform>Synchronisation terminée : %n nouvel avis.</numerusform>
            <numerusform>Synchronisation terminée : %n nouveaux avis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="341"/>
        <source>%n source(s) failed: details under “%1”, bottom right.</source>
        <translation>
            <numerusform>%n source en échec : détails sous « %1 », en bas à droite.</numerusform>
            <numerusform>%n sources en échec : détails sous « %1 », en bas à droite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="344"/>
        <source>%n reply(ies) posted.</source>
        <translation>
            <numerusform>%n réponse publiée.</numerusform>
            <numerusform>%n réponses publiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="371"/>
        <source>This review has no queued reply to take back.</source>
        <translation>Cet avis n’a pas de réponse en attente à reprendre.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="375"/>
        <source>This deletion is being sent right now: it can no longer be taken back.</source>
        <translation>Cette suppression est en cours d’envoi : elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="376"/>
        <source>This reply is being sent right now: it can no longer be taken back.</source>
        <translation>Cette réponse est en cours d’envoi : elle ne peut plus être reprise.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="380"/>
        <source>Take back the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="381"/>
        <source>Take back the deletion of the reply to %1? The reply stays on the platform.</source>
        <translation>Annuler la suppression de la réponse à %1 ? La réponse reste sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="383"/>
        <source>Take back the queued reply</source>
        <translation>Reprendre la réponse en attente</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="384"/>
        <source>Take back the reply to %1 before it is posted? It becomes a draft again.</source>
        <translation>Reprendre la réponse à %1 avant sa publication ? Elle redevient un brouillon.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="394"/>
        <source>Deletion taken back: the reply stays on the platform.</source>
        <translation>Suppression annulée : la réponse reste sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="395"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>Réponse reprise : elle est de nouveau un brouillon.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="411"/>
        <source>This review’s reply is being sent right now: delete it once it is online.</source>
        <translation>La réponse à cet avis est en cours d’envoi : supprimez-la une fois qu’elle sera en ligne.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="413"/>
        <source>The deletion of this reply is already waiting to be sent.</source>
        <translation>La suppression de cette réponse attend déjà d’être envoyée.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="416"/>
        <source>This review has no reply posted from the app to delete.</source>
        <translation>Cet avis n’a pas de réponse publiée depuis l’appli à supprimer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="420"/>
        <source>Delete your reply to %1 on the platform? The review will need a reply again.</source>
        <translation>Supprimer votre réponse à %1 sur la plateforme ? L’avis devra de nouveau recevoir une réponse.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="378"/>
        <location filename="../../workstation/ui/main_window.py" line="421"/>
        <source>this review</source>
        <translation>cet avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="434"/>
        <source>The reply will be deleted on the platform; the review will then need a reply again.</source>
        <translation>La réponse sera supprimée sur la plateforme ; l’avis devra ensuite de nouveau recevoir une réponse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="448"/>
        <source>%n failed reply(ies) queued again.</source>
        <translation>
            <numerusform>%n réponse en échec remise en file.</numerusform>
            <numerusform>%n réponses en échec remises en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="507"/>
        <source>%1: negative</source>
        <translation>%1 : négatif</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="573"/>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="580"/>
        <source>Preparing the report… %1 of %2 steps</source>
        <translation>Préparation du rapport… étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="589"/>
        <source>The report could not be saved to %1 (%2).</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="593"/>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="597"/>
        <source>The report could not be prepared: %1</source>
        <translation>Le rapport n’a pas pu être préparé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="681"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n avis</numerusform>
            <numerusform>%n avis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="694"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="694"/>
        <source>Name of this view:</source>
        <translation>Nom de cette vue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="773"/>
        <source>Some reply templates could not be loaded: %1</source>
        <translation>Certains modèles de réponse n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="889"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="889"/>
        <source>Marked “no reply needed”</source>
        <translation>Marqué « pas de réponse nécessaire »</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="890"/>
        <source>Moved back to the inbox</source>
        <translation>Remis dans la boîte de réception</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="892"/>
        <source>%1: %n review(s). Press U to undo.</source>
        <translation>
            <numerusform>%1 : %n avis. Appuyez sur U pour annuler.</numerusform>
            <numerusform>%1 : %n avis. Appuyez sur U pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="901"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="914"/>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="920"/>
        <source>Import reviews</source>
        <translation>Importer des avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="921"/>
        <source>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>Fichiers d’avis (*.csv *.tsv *.txt *.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="983"/>
        <source>About Review Workstation</source>
        <translation>À propos de Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="984"/>
        <source>Review Workstation %1
All your customer reviews in one offline inbox.</source>
        <translation>Poste Avis Clients %1
Tous vos avis clients dans une seule boîte, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="263"/>
        <source>Automatic replies…</source>
        <translation>Réponses automatiques…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="221"/>
        <source>&amp;Export a report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="271"/>
        <source>Reply targets and opening hours…</source>
        <translation>Délais de réponse et horaires d’ouverture…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="273"/>
        <source>Invite customers to review…</source>
        <translation>Inviter les clients à laisser un avis…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="419"/>
        <source>Delete the reply on the platform</source>
        <translation>Supprimer la réponse sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="509"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="509"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="510"/>
        <source>Complaints by topic</source>
        <translation>Plaintes par sujet</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="510"/>
        <source>Flags</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="975"/>
        <source>Reply view</source>
        <translation>Vue de réponse</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="49"/>
        <source>Which column is which?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="63"/>
        <source>Review text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="63"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="64"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="64"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="64"/>
        <source>Review id</source>
        <translation>Identifiant de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="65"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="65"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="66"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="66"/>
        <source>Reply date</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="74"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="119"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="54"/>
        <source>We could not recognise every column of “%1”. Check the choices below: the preview shows the first rows as they will be imported. Only the review text is required.</source>
        <translation>Nous n’avons pas reconnu toutes les colonnes de « %1 ». Vérifiez les choix ci-dessous : l’aperçu montre les premières lignes telles qu’elles seront importées. Seul le texte de l’avis est indispensable.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="81"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="93"/>
        <source>Preview of the import</source>
        <translation>Aperçu de l’import</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="99"/>
        <source>Remember these choices for files with the same columns</source>
        <translation>Retenir ces choix pour les fichiers ayant les mêmes colonnes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="107"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="139"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="139"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="148"/>
        <source>Choose the column that holds the review text to see a preview.</source>
        <translation>Choisissez la colonne qui contient le texte de l’avis pour voir un aperçu.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="161"/>
        <source>Preview: the first %1 rows as they will be imported</source>
        <translation>Aperçu : les %1 premières lignes telles qu’elles seront importées</translation>
    </message>
</context>
<context>
    <name>PointChooser</name>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="47"/>
        <source>Change points…</source>
        <translation>Changer les points…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="48"/>
        <source>Change the points the drafts answer</source>
        <translation>Changer les points auxquels répondent les brouillons</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="50"/>
        <source>Leave out a point the review never raised, or add one it did: the drafts are written again</source>
        <translation>Retirer un point que l&apos;avis ne soulève pas, ou ajouter un point qu&apos;il soulève : les brouillons sont réécrits</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="85"/>
        <source>Points to answer: %1</source>
        <translation>Points à traiter : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="86"/>
        <source>Points to answer: none found (the drafts thank or answer in general)</source>
        <translation>Points à traiter : aucun trouvé (les brouillons remercient ou répondent de façon générale)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="88"/>
        <source>Points to answer, as you chose: %1</source>
        <translation>Points à traiter, selon votre choix : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="89"/>
        <source>Points to answer, as you chose: none (the drafts answer in general)</source>
        <translation>Points à traiter, selon votre choix : aucun (les brouillons répondent de façon générale)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="104"/>
        <source>Found in the review</source>
        <translation>Trouvés dans l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="106"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="111"/>
        <source>Add a point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="115"/>
        <source>Use the points found</source>
        <translation>Revenir aux points trouvés</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="50"/>
        <source>Business</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="51"/>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="52"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="57"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="95"/>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="96"/>
        <source>The change takes effect the next time you open the app.</source>
        <translation>Le changement prendra effet à la prochaine ouverture de l’application.</translation>
    </message>
</context>
<context>
    <name>PresenceBanner</name>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="43"/>
        <source>Someone else is answering</source>
        <translation>Quelqu&apos;un d&apos;autre répond</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="77"/>
        <source>%1 is answering this review since %2.</source>
        <translation>%1 répond à cet avis depuis %2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="79"/>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="81"/>
        <source>%1 are answering this review: agree on who replies.</source>
        <translation>%1 répondent à cet avis : mettez-vous d&apos;accord sur qui répond.</translation>
    </message>
</context>
<context>
    <name>PreventionDialog</name>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="39"/>
        <source>Invite customers to review</source>
        <translation>Inviter les clients à laisser un avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="47"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="49"/>
        <source>The page where customers write a review, https://…</source>
        <translation>La page où les clients écrivent un avis, https://…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="50"/>
        <source>Review link</source>
        <translation>Lien vers les avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="57"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="57"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="57"/>
        <source>Printed card</source>
        <translation>Carte imprimée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="60"/>
        <source>Message for</source>
        <translation>Message pour</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="76"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="77"/>
        <source>Save QR code (PNG)…</source>
        <translation>Enregistrer le QR code (PNG)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="78"/>
        <source>Save QR code (SVG)…</source>
        <translation>Enregistrer le QR code (SVG)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="79"/>
        <source>Save the link</source>
        <translation>Enregistrer le lien</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="112"/>
        <source>No QR code: %1</source>
        <translation>Pas de QR code : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="113"/>
        <source>Enter the location&apos;s review link (https://…) to get its QR code.</source>
        <translation>Saisissez le lien vers les avis de l’établissement (https://…) pour obtenir son QR code.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="140"/>
        <source>Save QR code</source>
        <translation>Enregistrer le QR code</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="147"/>
        <source>The QR code could not be saved to %1: check the folder exists and that you can write in it.</source>
        <translation>Le QR code n’a pas pu être enregistré dans %1 : vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
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
        <translation>Le fichier endommagé sera conservé (renommé), pas supprimé. Que souhaitez-vous faire ?</translation>
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
        <translation>Sauvegarde :</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="234"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="231"/>
        <source>How your replies end. The contact is public: give an address or phone number customers may use, never a private one.</source>
        <translation>La fin de vos réponses. Le contact est public : donnez une adresse ou un numéro que vos clients peuvent utiliser, jamais un contact privé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="230"/>
        <source>Kind of business:</source>
        <translation>Type d’établissement :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="233"/>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="235"/>
        <source>e.g. Marie, Maison Dupont</source>
        <translation>ex. Marie, Maison Dupont</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="236"/>
        <source>Public contact:</source>
        <translation>Contact public :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="237"/>
        <source>Public contact</source>
        <translation>Contact public</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="238"/>
        <source>e.g. contact@example.com or 01 23 45 67 89</source>
        <translation>ex. contact@exemple.fr ou 01 23 45 67 89</translation>
    </message>
</context>
<context>
    <name>ReplySettingsDialog</name>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="32"/>
        <source>Reply settings</source>
        <translation>Réglages des réponses</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="35"/>
        <source>Used to fill the {signature} and {contact} of reply templates. A location&apos;s own values win over the ones for all locations.</source>
        <translation>Servent à remplir {signature} et {contact} dans les modèles de réponse. Les valeurs propres à un établissement l’emportent sur celles de tous les établissements.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="41"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="42"/>
        <source>All locations</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="45"/>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="47"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="49"/>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="51"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="52"/>
        <source>e.g. contact@example.com or 01 23 45 67 89</source>
        <translation>par ex. contact@exemple.fr ou 01 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="53"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="56"/>
        <source>Kind of business:</source>
        <translation>Type d’établissement :</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="92"/>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="105"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="105"/>
        <source>This month so far</source>
        <translation>Ce mois-ci jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="106"/>
        <source>Everything</source>
        <translation>Tout l’historique</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="107"/>
        <source>Choose the dates</source>
        <translation>Choisir les dates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="109"/>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="116"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="118"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="135"/>
        <source>Locations:</source>
        <translation>Établissements :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="141"/>
        <source>Language of the report:</source>
        <translation>Langue du rapport :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="145"/>
        <source>PDF report: figures, charts and tables, ready to print</source>
        <translation>Rapport PDF : chiffres, graphiques et tableaux, prêt à imprimer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="146"/>
        <source>Spreadsheet (CSV): one line per review</source>
        <translation>Tableur (CSV) : une ligne par avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="147"/>
        <source>Spreadsheet (CSV): the figures only</source>
        <translation>Tableur (CSV) : les chiffres seulement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="153"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="159"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="163"/>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="170"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="214"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="214"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="215"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="243"/>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="246"/>
        <source>Tick at least one location.</source>
        <translation>Cochez au moins un établissement.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="249"/>
        <source>This folder does not exist: %1</source>
        <translation>Ce dossier n’existe pas : %1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="72"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="77"/>
        <source>First page of the report</source>
        <translation>Première page du rapport</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="81"/>
        <source>First lines of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="99"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="147"/>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="158"/>
        <source>First page of the PDF.</source>
        <translation>Première page du PDF.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="163"/>
        <source>First lines of the file.</source>
        <translation>Premières lignes du fichier.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="50"/>
        <source>Mon–Fri, 9:00–18:00</source>
        <translation>Lun–ven, 9:00–18:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="51"/>
        <source>Mon–Sat, 9:00–19:00</source>
        <translation>Lun–sam, 9:00–19:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="52"/>
        <source>Tue–Sat, 9:00–18:00</source>
        <translation>Mar–sam, 9:00–18:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="53"/>
        <source>Every day, 9:00–19:00</source>
        <translation>Tous les jours, 9:00–19:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="54"/>
        <source>As set in opening hours</source>
        <translation>Selon les horaires saisis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="56"/>
        <source>Not set yet (Mon–Fri, 9:00–18:00)</source>
        <translation>Pas encore indiqué (lun–ven, 9:00–18:00)</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="109"/>
        <source>Set up Review Workstation</source>
        <translation>Configurer Review Workstation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="110"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="111"/>
        <source>Welcome! Five short steps so that deadlines and replies fit your business. Everything can be changed later in Preferences.</source>
        <translation>Bienvenue ! Cinq courtes étapes pour que les délais et les réponses soient adaptés à votre commerce. Tout reste modifiable ensuite dans les Préférences.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="113"/>
        <source>All set. What would you like to do first?</source>
        <translation>C’est prêt. Par quoi voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="114"/>
        <source>Import a file of reviews (CSV or Excel export)</source>
        <translation>Importer un fichier d’avis (export CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="115"/>
        <source>Connect an account (Google, App Store, Trustpilot…)</source>
        <translation>Connecter un compte (Google, App Store, Trustpilot…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="116"/>
        <source>Explore the demo first (sample reviews, nothing is sent)</source>
        <translation>Découvrir d’abord la démo (avis d’exemple, rien n’est envoyé)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="120"/>
        <source>Your business</source>
        <translation>Votre commerce</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="120"/>
        <source>Your locations</source>
        <translation>Vos établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="121"/>
        <source>Your replies</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="121"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="127"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="133"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="120"/>
        <source>How you work</source>
        <translation>Votre façon de travailler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="133"/>
        <source>Join the team</source>
        <translation>Rejoindre l’équipe</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="78"/>
        <location filename="../../workstation/ui/shortcuts_help.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="81"/>
        <source>Keys work in the main window; press Escape to close this window.</source>
        <translation>Les touches agissent dans la fenêtre principale ; Échap ferme cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="86"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="86"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="101"/>
        <source> or </source>
        <translation> ou </translation>
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
        <source>Due or overdue</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="41"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="42"/>
        <source>Replied</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="43"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="44"/>
        <source>No reply needed</source>
        <translation>Rien à répondre</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="45"/>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="63"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="73"/>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="78"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="156"/>
        <source>Delete saved view “%1”</source>
        <translation>Supprimer la vue « %1 »</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="56"/>
        <source>Reply targets and opening hours</source>
        <translation>Délais de réponse et horaires d’ouverture</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="59"/>
        <source>Deadlines count from a review&apos;s publication. A review that arrives more than a day after it was published (for example from an imported file) counts from its arrival instead: its age alone never makes it overdue.</source>
        <translation>Les échéances comptent depuis la publication de l’avis. Un avis qui arrive plus d’un jour après sa publication (par exemple depuis un fichier importé) compte plutôt depuis son arrivée : son ancienneté seule ne le met jamais en retard.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="64"/>
        <source>Reply targets (business time)</source>
        <translation>Délais de réponse (temps ouvré)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="69"/>
        <source>Critical reviews</source>
        <translation>Avis critiques</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="69"/>
        <source>Negative reviews (1–2★ or high urgency)</source>
        <translation>Avis négatifs (1–2★ ou urgence élevée)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="70"/>
        <source>Other reviews</source>
        <translation>Autres avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="78"/>
        <source>business hours</source>
        <translation>heures ouvrées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="79"/>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="89"/>
        <location filename="../../workstation/ui/sla_settings.py" line="95"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="99"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="103"/>
        <source>Country (public holidays)</source>
        <translation>Pays (jours fériés)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="105"/>
        <source>e.g. ON, QC, 57 (optional)</source>
        <translation>par ex. ON, QC, 57 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="106"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="108"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="108"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="108"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="113"/>
        <source>closed — or e.g. 09:00-12:00, 14:00-18:00</source>
        <translation>fermé — ou par ex. 09:00-12:00, 14:00-18:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="118"/>
        <source>Mon–Fri 9–18</source>
        <translation>Lun–ven 9–18</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="118"/>
        <source>Open 24/7</source>
        <translation>Ouvert 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="126"/>
        <source>One date per line, e.g. 2026-12-24</source>
        <translation>Une date par ligne, par ex. 2026-12-24</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="129"/>
        <source>Closed days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="132"/>
        <source>Review link</source>
        <translation>Lien vers les avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="196"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="206"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="48"/>
        <source>%1 (files)</source>
        <translation>%1 (fichiers)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="88"/>
        <source>Removed on platform</source>
        <translation>Supprimé de la plateforme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="90"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="92"/>
        <source>No reply needed</source>
        <translation>Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="94"/>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="95"/>
        <source>Reply queued</source>
        <translation>Réponse en file</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="96"/>
        <source>Reply failed</source>
        <translation>Échec de la réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="97"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="98"/>
        <source>Reply ready</source>
        <translation>Réponse prête</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="99"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="172"/>
        <source>Sync status</source>
        <extracomment>A send problem&apos;s parts by its index in `send_problems` (`SendResult.problem_parts`): the controller says those lines in the window&apos;s language, the others in their English.</extracomment>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="227"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="250"/>
        <location filename="../../workstation/ui/team_actions.py" line="264"/>
        <source>Syncing %1: %n review(s)</source>
        <translation>
            <numerusform>Synchronisation de %1 : %n avis</numerusform>
            <numerusform>Synchronisation de %1 : %n avis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="255"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="257"/>
        <source>%1: the platform does not answer; sync resumes on its own.</source>
        <translation>%1 : la plateforme ne répond pas ; la synchronisation reprendra d’elle-même.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="259"/>
        <location filename="../../workstation/ui/sync_controller.py" line="267"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="260"/>
        <source>%n new review(s)</source>
        <translation>
            <numerusform>%n nouvel avis</numerusform>
            <numerusform>%n nouveaux avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="260"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="262"/>
        <source>%n removed from the platform</source>
        <translation>
            <numerusform>%n retiré de la plateforme</numerusform>
            <numerusform>%n retirés de la plateforme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="264"/>
        <source>%n reply(ies) found on the platform</source>
        <translation>
            <numerusform>%n réponse trouvée sur la plateforme</numerusform>
            <numerusform>%n réponses trouvées sur la plateforme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="266"/>
        <source>%n unreadable review(s) skipped</source>
        <translation>
            <numerusform>%n avis illisible ignoré</numerusform>
            <numerusform>%n avis illisibles ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="279"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="280"/>
        <source>The network is unreachable; sync resumes on its own.</source>
        <translation>Le réseau est injoignable ; la synchronisation reprendra d’elle-même.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="340"/>
        <location filename="../../workstation/ui/sync_controller.py" line="282"/>
        <location filename="../../workstation/ui/sync_controller.py" line="292"/>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="285"/>
        <source>Synced %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="51"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="53"/>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1 : %2 nouveaux, %3 mis à jour</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="56"/>
        <source>%1: another computer of the team is syncing it right now; its reviews will appear here when it is done.</source>
        <translation>%1 : un autre ordinateur de l’équipe la synchronise en ce moment ; ses avis apparaîtront ici dès qu’il aura fini.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="60"/>
        <source>%1: this computer does not have the account’s sign-in details, so the team computer that has them syncs it. To sync it from here too, save them once with: workstation source credentials --source %2 --credentials FILE</source>
        <translation>%1 : cet ordinateur n’a pas les identifiants du compte ; c’est l’ordinateur de l’équipe qui les a qui la synchronise. Pour la synchroniser aussi d’ici, enregistrez-les une fois avec : workstation source credentials --source %2 --credentials FICHIER</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="65"/>
        <source>%1: the platform does not answer; it will be tried again.</source>
        <translation>%1 : la plateforme ne répond pas ; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="68"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="78"/>
        <source>The team server does not answer: nothing was synced or sent. Your replies stay queued on this computer and go when the server is back.</source>
        <translation>Le serveur de l’équipe ne répond pas : rien n’a été synchronisé ni envoyé. Vos réponses restent en attente sur cet ordinateur et partiront dès le retour du serveur.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="89"/>
        <source>Synced: %1 new, %2 updated</source>
        <translation>Synchronisé : %1 nouveaux, %2 mis à jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="93"/>
        <source>%n source(s) being synced by another team computer</source>
        <translation>
            <numerusform>%n source synchronisée par un autre poste</numerusform>
            <numerusform>%n sources synchronisées par d’autres postes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="96"/>
        <source>%n source(s) without sign-in details on this computer</source>
        <translation>
            <numerusform>%n source sans identifiants sur ce poste</numerusform>
            <numerusform>%n sources sans identifiants sur ce poste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="99"/>
        <source>%n platform(s) not answering</source>
        <translation>
            <numerusform>%n plateforme ne répond pas</numerusform>
            <numerusform>%n plateformes ne répondent pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="102"/>
        <source>%n source(s) with a problem</source>
        <translation>
            <numerusform>%n source en difficulté</numerusform>
            <numerusform>%n sources en difficulté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="120"/>
        <source>%n reply(ies) wait for a team computer that has the account’s sign-in details.</source>
        <translation>
            <numerusform>%n réponse attend un ordinateur de l’équipe qui a les identifiants du compte.</numerusform>
            <numerusform>%n réponses attendent un ordinateur de l’équipe qui a les identifiants du compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="145"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="234"/>
        <source>Syncing with the team server…</source>
        <translation>Synchronisation avec le serveur de l’équipe…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="234"/>
        <source>Sending replies…</source>
        <translation>Envoi des réponses…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="288"/>
        <location filename="../../workstation/ui/team_actions.py" line="306"/>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="295"/>
        <source>Waiting for the team server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="300"/>
        <source>The team server does not answer: nothing was synced or sent.</source>
        <translation>Le serveur de l’équipe ne répond pas : rien n’a été synchronisé ni envoyé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="308"/>
        <source>Synced %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="310"/>
        <source>Replies sent %1</source>
        <translation>Réponses envoyées à %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="311"/>
        <source>Nothing waiting to send</source>
        <translation>Rien en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="321"/>
        <source>Sign-in details not on this computer</source>
        <translation>Identifiants absents de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="349"/>
        <source>Nothing of this file was imported; import it again when the server answers.</source>
        <translation>Rien de ce fichier n’a été importé ; importez-le de nouveau quand le serveur répondra.</translation>
    </message>
</context>
<context>
    <name>TeamMirrorController</name>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="65"/>
        <source>Team server status</source>
        <translation>État du serveur d’équipe</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="85"/>
        <source>Team server: connecting…</source>
        <translation>Serveur d’équipe : connexion…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="150"/>
        <source>Team server: problem</source>
        <translation>Serveur d’équipe : problème</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="160"/>
        <source>Team server: up to date</source>
        <translation>Serveur d’équipe : à jour</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="163"/>
        <source>Working offline — your replies will be sent when the server is back</source>
        <translation>Hors ligne — vos réponses partiront dès que le serveur sera revenu</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="167"/>
        <source>The team server does not answer: you are working on this computer’s copy of the inbox.</source>
        <translation>Le serveur d’équipe ne répond pas : vous travaillez sur la copie de la boîte de réception gardée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="170"/>
        <source>Team server: connection refused</source>
        <translation>Serveur d’équipe : connexion refusée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="197"/>
        <source>The team server kept its version</source>
        <translation>Le serveur de l’équipe a gardé sa version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_link.py" line="198"/>
        <source>%n of your changes was not made on the team server: a colleague had already answered the review, or the reply was already being sent. Nothing is ever posted twice. Your text is kept below.</source>
        <translation>
            <numerusform>%n de vos modifications n’a pas été faite sur le serveur de l’équipe : un collègue avait déjà répondu à l’avis, ou la réponse était déjà en cours d’envoi. Rien n’est jamais publié deux fois. Votre texte est gardé ci-dessous.</numerusform>
            <numerusform>%n de vos modifications n’ont pas été faites sur le serveur de l’équipe : un collègue avait déjà répondu aux avis, ou les réponses étaient déjà en cours d’envoi. Rien n’est jamais publié deux fois. Votre texte est gardé ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="203"/>
        <source>Review %1: %2
Your text: %3</source>
        <translation>Avis %1 : %2
Votre texte : %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="231"/>
        <source>Shared with your team: everyone sees these settings once saved. If two people change the same one, the last one saved wins.</source>
        <translation>Partagés avec votre équipe : chacun voit ces réglages dès qu’ils sont enregistrés. Si deux personnes modifient le même, le dernier enregistré l’emporte.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="235"/>
        <source>The language and the Team tab stay on this computer.</source>
        <translation>La langue et l’onglet Équipe restent propres à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="238"/>
        <source>Rules that are on answer for the whole team while the app is open on at least one team computer, and never answer a review twice.</source>
        <translation>Les règles activées répondent pour toute l’équipe tant que l’application est ouverte sur au moins un ordinateur de l’équipe, et ne répondent jamais deux fois au même avis.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="132"/>
        <source>The server refused this user name or password. Type them again.</source>
        <translation>Le serveur a refusé ce nom d’utilisateur ou ce mot de passe. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="135"/>
        <source>The server does not offer encryption (TLS). Ask its administrator to enable it.</source>
        <translation>Le serveur ne propose pas de chiffrement (TLS). Demandez à son administrateur de l’activer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="138"/>
        <source>The server’s certificate could not be checked. If your administrator uses a self-signed certificate, tick “Accept the server’s self-signed certificate”.</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié. Si votre administrateur utilise un certificat auto-signé, cochez « Accepter le certificat auto-signé du serveur ».</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="142"/>
        <source>The server has no database with this name.</source>
        <translation>Le serveur n’a pas de base de données de ce nom.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="145"/>
        <source>The server does not answer. Check the address and that the server is running.</source>
        <translation>Le serveur ne répond pas. Vérifiez l’adresse et que le serveur est en marche.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="148"/>
        <source>This team server was set up by a newer version of the app. Update the app first; nothing was changed on the server.</source>
        <translation>Ce serveur d’équipe a été installé par une version plus récente de l’application. Mettez d’abord l’application à jour ; rien n’a été modifié sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="152"/>
        <source>A team server on another computer must be reached with encryption (TLS).</source>
        <translation>Un serveur d’équipe situé sur un autre ordinateur doit être joint avec chiffrement (TLS).</translation>
    </message>
</context>
<context>
    <name>TeamServerPage</name>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="236"/>
        <source>Work on your own with the reviews kept on this computer, or join your team’s server to share one inbox with your colleagues.</source>
        <translation>Travaillez seul avec les avis gardés sur cet ordinateur, ou rejoignez le serveur de votre équipe pour partager une même boîte de réception avec vos collègues.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="238"/>
        <source>Work alone on this computer</source>
        <translation>Travailler seul sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="239"/>
        <source>Join a team server</source>
        <translation>Rejoindre un serveur d’équipe</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="240"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="240"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="240"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="241"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="241"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="242"/>
        <source>Your name in the team</source>
        <translation>Votre nom dans l’équipe</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="244"/>
        <source>Accept the server’s self-signed certificate (only if your administrator told you so)</source>
        <translation>Accepter le certificat auto-signé du serveur (seulement si votre administrateur vous l’a demandé)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="246"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="313"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="324"/>
        <source>Connected: the team server answers and is ready.</source>
        <translation>Connecté : le serveur d’équipe répond et il est prêt.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="43"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="43"/>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="68"/>
        <source>Hi {first_name}, … {signature}</source>
        <translation>Bonjour {first_name}, … {signature}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="71"/>
        <source>Kinds:</source>
        <translation>Types :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="71"/>
        <source>Stars (from, to):</source>
        <translation>Étoiles (de, à) :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="72"/>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="72"/>
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="73"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="103"/>
        <source>Reply templates</source>
        <translation>Modèles de réponse</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="108"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="109"/>
        <source>Filter templates</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="113"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="114"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="122"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="128"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="134"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="134"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="135"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="135"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="194"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="136"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="136"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="137"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="144"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="170"/>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="194"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="211"/>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="247"/>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="253"/>
        <source>Import templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="254"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="266"/>
        <source>Templates (*.toml)</source>
        <translation>Modèles (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/templates_dialog.py" line="258"/>
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n modèle importé.</numerusform>
            <numerusform>%n modèles importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="265"/>
        <source>Export templates</source>
        <translation>Exporter des modèles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/templates_dialog.py" line="270"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n modèle exporté.</numerusform>
            <numerusform>%n modèles exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../workstation/ui/tray.py" line="138"/>
        <location filename="../../workstation/ui/tray.py" line="237"/>
        <source>Review digest</source>
        <translation>Récapitulatif des avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/tray.py" line="215"/>
        <source>Critical review</source>
        <translation>Avis critique</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/tray.py" line="222"/>
        <source>Possible crisis</source>
        <translation>Crise possible</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/tray.py" line="249"/>
        <source>No urgent review waiting</source>
        <translation>Aucun avis urgent en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/tray.py" line="139"/>
        <source>%n new urgent review(s) waiting for a reply.</source>
        <translation>
            <numerusform>%n nouvel avis urgent attend une réponse.</numerusform>
            <numerusform>%n nouveaux avis urgents attendent une réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/tray.py" line="223"/>
        <source>%n negative review(s) about “%1”.</source>
        <translation>
            <numerusform>%n avis négatif sur « %1 ».</numerusform>
            <numerusform>%n avis négatifs sur « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/tray.py" line="248"/>
        <source>%n urgent review(s) waiting for a reply</source>
        <translation>
            <numerusform>%n avis urgent attend une réponse</numerusform>
            <numerusform>%n avis urgents attendent une réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <location filename="../../workstation/ui/window_keys.py" line="15"/>
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
</context>
</TS>

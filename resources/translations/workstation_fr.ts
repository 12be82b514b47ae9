<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../workstation/ui/detail.py" line="45"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="45"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="45"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="46"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="46"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="46"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="56"/>
        <source>Review text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="59"/>
        <location filename="../../workstation/ui/detail.py" line="60"/>
        <source>Open review online</source>
        <translation>Ouvrir l’avis en ligne</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="64"/>
        <location filename="../../workstation/ui/detail.py" line="68"/>
        <source>Replies and edit history</source>
        <translation>Réponses et historique des modifications</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="75"/>
        <source>No review selected</source>
        <translation>Aucun avis sélectionné</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="82"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="105"/>
        <source>No reply yet, no earlier version.</source>
        <translation>Pas encore de réponse, pas de version antérieure.</translation>
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
        <location filename="../../workstation/ui/filter_bar.py" line="42"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="43"/>
        <source>Only reviews with %n star(s)</source>
        <translation>
            <numerusform>Seulement les avis à %n étoile</numerusform>
            <numerusform>Seulement les avis à %n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="49"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="50"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="57"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="59"/>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="59"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="59"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="60"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="60"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="67"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="67"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="76"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="77"/>
        <source>Save this view</source>
        <translation>Enregistrer cette vue</translation>
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
        <location filename="../../workstation/ui/inbox_model.py" line="126"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="127"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="128"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="129"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="130"/>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="131"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="132"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="133"/>
        <source>Location</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="143"/>
        <source>(unavailable)</source>
        <translation>(indisponible)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/inbox_model.py" line="155"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="173"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="58"/>
        <location filename="../../workstation/ui/main_window.py" line="348"/>
        <source>Review Workstation</source>
        <translation>Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="62"/>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="71"/>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="138"/>
        <source>&amp;Import reviews…</source>
        <translation>&amp;Importer des avis…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="146"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="150"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="152"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="154"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="157"/>
        <source>&amp;Review</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="158"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="159"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="160"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="162"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="164"/>
        <source>No reply &amp;needed</source>
        <translation>Pas de réponse &amp;nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="167"/>
        <source>Back to &amp;inbox</source>
        <translation>Remettre dans la &amp;boîte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="175"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="187"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="222"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n avis</numerusform>
            <numerusform>%n avis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="225"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="225"/>
        <source>Name of this view:</source>
        <translation>Nom de cette vue :</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="285"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="285"/>
        <source>Marked “no reply needed”</source>
        <translation>Marqué « pas de réponse nécessaire »</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="286"/>
        <source>Moved back to the inbox</source>
        <translation>Remis dans la boîte de réception</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="288"/>
        <source>%1: %n review(s). Press U to undo.</source>
        <translation>
            <numerusform>%1 : %n avis. Appuyez sur U pour annuler.</numerusform>
            <numerusform>%1 : %n avis. Appuyez sur U pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="294"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="307"/>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="318"/>
        <source>Import reviews</source>
        <translation>Importer des avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="319"/>
        <source>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>Fichiers d’avis (*.csv *.tsv *.txt *.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="352"/>
        <source>next / previous review</source>
        <translation>avis suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="353"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="353"/>
        <source>open the review</source>
        <translation>ouvrir l’avis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="354"/>
        <source>archive</source>
        <translation>archiver</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="355"/>
        <source>no reply needed</source>
        <translation>pas de réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="356"/>
        <source>back to the inbox</source>
        <translation>remettre dans la boîte</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="357"/>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="358"/>
        <source>search</source>
        <translation>rechercher</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="359"/>
        <source>switch view</source>
        <translation>changer de vue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="360"/>
        <source>import files</source>
        <translation>importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="362"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="366"/>
        <source>About Review Workstation</source>
        <translation>À propos de Poste Avis Clients</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="367"/>
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
        <source>No reply needed</source>
        <translation>Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="43"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="61"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="70"/>
        <source>Locations</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="75"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="138"/>
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
</TS>

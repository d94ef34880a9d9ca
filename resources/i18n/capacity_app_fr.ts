<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AggregationDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="318"/>
        <source>Aggregate country workbooks</source>
        <translation>Agréger les classeurs des pays</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="320"/>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Déposez ici des classeurs exportés ou des dossiers, ou ajoutez-les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="322"/>
        <source>Workbooks and folders to aggregate</source>
        <translation>Classeurs et dossiers à agréger</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="326"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="327"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="328"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="335"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="376"/>
        <source>Output workbook</source>
        <translation>Classeur de sortie</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="336"/>
        <source>aggregate.xlsx</source>
        <translation>agregat.xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="337"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="338"/>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="347"/>
        <source>Aggregate</source>
        <translation>Agréger</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="367"/>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="367"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="377"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="371"/>
        <source>Folder of workbooks</source>
        <translation>Dossier de classeurs</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="383"/>
        <source>Add at least one workbook or folder.</source>
        <translation>Ajoutez au moins un classeur ou un dossier.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="387"/>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Choisissez où enregistrer le classeur agrégé.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="82"/>
        <source>answer %s</source>
        <translation>réponse %s</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="78"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="78"/>
        <source>Last edit</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="82"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="82"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="83"/>
        <source>Final</source>
        <translation>Finalisée</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="161"/>
        <source>Questionnaire navigator</source>
        <translation>Navigateur du questionnaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="178"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="179"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="180"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="61"/>
        <source>Variables this question needs: %s</source>
        <translation>Variables requises par cette question&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="132"/>
        <source>● main source</source>
        <translation>● source principale</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="132"/>
        <source>○ supporting source</source>
        <translation>○ source complémentaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="133"/>
        <source>not an expected source (may still be used)</source>
        <translation>source non prévue (utilisable malgré tout)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="137"/>
        <source>Derived level: %s of 3</source>
        <translation>Niveau calculé&#xa0;: %s sur 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="139"/>
        <source>Derived level: shown when scoring is available</source>
        <translation>Niveau calculé&#xa0;: affiché lorsque la notation est disponible</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="141"/>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Niveau calculé&#xa0;: pas encore (répondez d&apos;abord «&#xa0;existe&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="39"/>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Commentaire (qui a dit quoi, réserves, suivi)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="40"/>
        <source>Comment on %s</source>
        <translation>Commentaire sur %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="45"/>
        <source>Evidence for %s</source>
        <translation>Justificatifs pour %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="49"/>
        <source>Evidence kind</source>
        <translation>Type de justificatif</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="50"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="50"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="51"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="51"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="55"/>
        <source>Document title, web address or institution</source>
        <translation>Titre du document, adresse web ou institution</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="56"/>
        <source>Evidence text</source>
        <translation>Texte du justificatif</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="57"/>
        <source>Add evidence</source>
        <translation>Ajouter un justificatif</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="58"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="59"/>
        <source>Remove selected evidence</source>
        <translation>Retirer le justificatif sélectionné</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="38"/>
        <source>Type a country name or ISO code</source>
        <translation>Saisissez un nom de pays ou un code ISO</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="39"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="182"/>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="185"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="197"/>
        <source>Section scores (0–100)</source>
        <translation>Scores par section (0–100)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="198"/>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Questions de politique A–O&#xa0;: besoin, disponibilité et écart (0–3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="201"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="205"/>
        <source>Ranked gaps and recommended actions</source>
        <translation>Lacunes classées et actions recommandées</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="208"/>
        <source>Answers marked don&apos;t know, to follow up</source>
        <translation>Réponses «&#xa0;ne sait pas&#xa0;» à suivre</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="213"/>
        <source>&quot;Don&apos;t know&quot; answers to follow up (Enter opens)</source>
        <translation>Réponses «&#xa0;ne sait pas&#xa0;» à suivre (Entrée pour ouvrir)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="240"/>
        <source>Scores are not available</source>
        <translation>Les scores ne sont pas disponibles</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="241"/>
        <source>The scoring module is not installed in this version.</source>
        <translation>Le module de notation n&apos;est pas installé dans cette version.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="253"/>
        <source>Completion %1 % · reference date %2 · scoring rules %3</source>
        <translation>Avancement %1&#xa0;% · date de référence %2 · règles de notation %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="275"/>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="278"/>
        <source>quick win</source>
        <translation>gain rapide</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="286"/>
        <source>No gap between needs and availability.</source>
        <translation>Aucun écart entre besoins et disponibilité.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="290"/>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="307"/>
        <source>Nothing marked &quot;don&apos;t know&quot;.</source>
        <translation>Aucune réponse «&#xa0;ne sait pas&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="423"/>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="425"/>
        <source>Don&apos;t know: %s</source>
        <translation>Ne sait pas&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="430"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="432"/>
        <source>Not applicable: %s</source>
        <translation>Sans objet&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="441"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="55"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="57"/>
        <source>question text, item id or comment</source>
        <translation>texte de question, identifiant ou commentaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="58"/>
        <source>Find in questions, ids and comments</source>
        <translation>Rechercher dans les questions, identifiants et commentaires</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="64"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="66"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="68"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="102"/>
        <source>%1 found</source>
        <translation>%1 résultat(s)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="114"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="172"/>
        <source>don&apos;t know</source>
        <translation>ne sait pas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="174"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="367"/>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="369"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="370"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="40"/>
        <location filename="../../capacity_app/gui/home.py" line="65"/>
        <location filename="../../capacity_app/gui/home.py" line="143"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="49"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="49"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="50"/>
        <source>Next &amp;round</source>
        <translation>Cycle &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="51"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="52"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="53"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="54"/>
        <source>Show t&amp;rash</source>
        <translation>Afficher la cor&amp;beille</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="80"/>
        <source>No assessment yet. Press Ctrl+N to start one, or import a workbook.</source>
        <translation>Aucune évaluation pour l&apos;instant. Appuyez sur Ctrl+N pour en commencer une, ou importez un classeur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="106"/>
        <source>Trash: %n assessment(s); restore one to work on it again.</source>
        <translation>
            <numerusform>Corbeille&#xa0;: %n évaluation&#xa0;; restaurez-la pour y travailler de nouveau.</numerusform>
            <numerusform>Corbeille&#xa0;: %n évaluations&#xa0;; restaurez-en une pour y travailler de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="108"/>
        <source>%n assessment(s). Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n évaluation. Entrée ou double-clic pour l&apos;ouvrir.</numerusform>
            <numerusform>%n évaluations. Entrée ou double-clic pour en ouvrir une.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="143"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="243"/>
        <source>Import %s</source>
        <translation>Importer %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="245"/>
        <source>The workbook would make these changes:</source>
        <translation>Le classeur apporterait ces modifications&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="248"/>
        <source>Changes the import would make</source>
        <translation>Modifications que l&apos;importation apporterait</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="251"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="412"/>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Saisissez ou appuyez sur F2 pour modifier une cellule&#xa0;; Suppr l&apos;efface&#xa0;; le menu contextuel (Maj+F10) la marque «&#xa0;ne sait pas&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="425"/>
        <source>Open the policy question × source matrix</source>
        <translation>Ouvrir la matrice questions de politique × sources</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="438"/>
        <source>Show comment and evidence</source>
        <translation>Afficher le commentaire et les justificatifs</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="451"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/items.py" line="453"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="454"/>
        <source>Comment and evidence</source>
        <translation>Commentaire et justificatifs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="75"/>
        <location filename="../../capacity_app/gui/main_window.py" line="355"/>
        <location filename="../../capacity_app/gui/main_window.py" line="384"/>
        <source>Migration data capacity assessment</source>
        <translation>Évaluation des capacités en matière de données migratoires</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="89"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="148"/>
        <source>Loading the questionnaire</source>
        <translation>Chargement du questionnaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="168"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="169"/>
        <location filename="../../capacity_app/gui/main_window.py" line="541"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="171"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="173"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="174"/>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exporter le classeur…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="170"/>
        <source>&amp;Duplicate as next round</source>
        <translation>Dupliquer pour le cycle &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="172"/>
        <source>S&amp;how the trash</source>
        <translation>Afficher la cor&amp;beille</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="175"/>
        <source>PD&amp;F report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="176"/>
        <source>&amp;Aggregate workbooks…</source>
        <translation>&amp;Agréger des classeurs…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="177"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="178"/>
        <source>&amp;Close assessment</source>
        <translation>Fer&amp;mer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="180"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="183"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="188"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="189"/>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="190"/>
        <source>Find &amp;previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="191"/>
        <source>Next un&amp;answered</source>
        <translation>&amp;Question sans réponse suivante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="192"/>
        <source>Previous unans&amp;wered</source>
        <translation>Question sans réponse pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="193"/>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="194"/>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="195"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="196"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="197"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="198"/>
        <source>Focus the na&amp;vigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="199"/>
        <source>Next &amp;language</source>
        <translation>Langue &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="200"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="207"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une évaluation &amp;récente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="224"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="227"/>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Langue du questionnaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="240"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="246"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="253"/>
        <source>Previous gap</source>
        <translation>Préc. sans réponse</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="254"/>
        <source>Next unanswered</source>
        <translation>Suiv. sans réponse</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="257"/>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="264"/>
        <source>Language: </source>
        <translation>Langue&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="267"/>
        <source>Questionnaire language</source>
        <translation>Langue du questionnaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="301"/>
        <source>Saved %s</source>
        <translation>Enregistré à %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="307"/>
        <source>Not saved: %s</source>
        <translation>Non enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="336"/>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Cette évaluation est dans la corbeille&#xa0;: restaurez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="364"/>
        <source>Last change %s</source>
        <translation>Dernière modification&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="433"/>
        <source>Created round %s with the previous answers.</source>
        <translation>Cycle %s créé avec les réponses précédentes.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="451"/>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Mise à la corbeille. Affichez la corbeille pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="465"/>
        <source>Restored.</source>
        <translation>Restaurée.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="488"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="527"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="542"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="565"/>
        <source>Could not open %s</source>
        <translation>Impossible d&apos;ouvrir %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="583"/>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;opération «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="589"/>
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="589"/>
        <location filename="../../capacity_app/gui/main_window.py" line="630"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="598"/>
        <source>Export failed: %s</source>
        <translation>Échec de l&apos;exportation&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="600"/>
        <source>Exporting the workbook</source>
        <translation>Exportation du classeur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="601"/>
        <source>Workbook written: %s</source>
        <translation>Classeur enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="602"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="603"/>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="610"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="610"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="617"/>
        <source>Writing the PDF report</source>
        <translation>Création du rapport PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="619"/>
        <source>Report written: %s</source>
        <translation>Rapport enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="620"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="621"/>
        <source>Report cancelled.</source>
        <translation>Rapport annulé.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="630"/>
        <source>Import workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="635"/>
        <source>Reading the workbook</source>
        <translation>Lecture du classeur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="637"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="638"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="647"/>
        <location filename="../../capacity_app/gui/main_window.py" line="658"/>
        <source>Import failed: %s</source>
        <translation>Échec de l&apos;importation&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="650"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="664"/>
        <source>Imported %s.</source>
        <translation>%s importé.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="679"/>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Une nouvelle évaluation&#xa0;: %1 %2, %3 réponses.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="682"/>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Met à jour l&apos;évaluation existante %1 %2 (id %3).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="685"/>
        <source>Warning: cells were edited outside the application (listed below).</source>
        <translation>Attention&#xa0;: des cellules ont été modifiées en dehors de l&apos;application (voir la liste ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="689"/>
        <source>No change: the workbook matches this database.</source>
        <translation>Aucune modification&#xa0;: le classeur correspond à cette base de données.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="694"/>
        <source>Aggregation is not available in this version.</source>
        <translation>L&apos;agrégation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="703"/>
        <source>Aggregating workbooks</source>
        <translation>Agrégation des classeurs</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="704"/>
        <source>Aggregate written: %s</source>
        <translation>Classeur agrégé enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="705"/>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="706"/>
        <source>Aggregation cancelled.</source>
        <translation>Agrégation annulée.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="740"/>
        <source>Stopping background work…</source>
        <translation>Arrêt des tâches en arrière-plan…</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="429"/>
        <source>main source</source>
        <translation>source principale</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="429"/>
        <source>supporting source</source>
        <translation>source complémentaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="430"/>
        <source>not an expected source</source>
        <translation>source non prévue</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="431"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="431"/>
        <source>no level yet</source>
        <translation>pas encore de niveau</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="188"/>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● source principale   ○ source complémentaire   couleur et chiffre&#xa0;: niveau calculé de 0 (aucun) à 3 (adapté à l&apos;usage). Les flèches déplacent, Entrée modifie, Échap revient.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="197"/>
        <source>Policy question by data source matrix</source>
        <translation>Matrice questions de politique par source de données</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="214"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="214"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="244"/>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="245"/>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="261"/>
        <source>Policy questions A–O</source>
        <translation>Questions de politique A–O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="272"/>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Besoin %1, disponibilité %2, écart %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="279"/>
        <source>gap %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="279"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="285"/>
        <source>skip</source>
        <translation>ignorée</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="75"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="83"/>
        <source>Round (year)</source>
        <translation>Cycle (année)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="85"/>
        <source>optional: made from the country and round</source>
        <translation>facultatif&#xa0;: formé à partir du pays et du cycle</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="86"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="88"/>
        <source>Mission start</source>
        <translation>Début de la mission</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="90"/>
        <source>Mission end</source>
        <translation>Fin de la mission</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="91"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="92"/>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="93"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="94"/>
        <source>Mission &amp;start:</source>
        <translation>&amp;Début de la mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="95"/>
        <source>Mission &amp;end:</source>
        <translation>&amp;Fin de la mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="97"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="97"/>
        <source>Role / contact</source>
        <translation>Rôle / contact</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="99"/>
        <source>Institutions interviewed</source>
        <translation>Institutions rencontrées</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="101"/>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="108"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="113"/>
        <source>Institutions interviewed:</source>
        <translation>Institutions rencontrées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="86"/>
        <source>Availability and gap by policy question</source>
        <translation>Disponibilité et écart par question de politique</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="133"/>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="138"/>
        <source>availability</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="143"/>
        <source>gap</source>
        <translation>écart</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="152"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="157"/>
        <source>Operator name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="158"/>
        <source>your name, recorded with every change</source>
        <translation>votre nom, enregistré avec chaque modification</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="160"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="163"/>
        <source>Default report language</source>
        <translation>Langue par défaut des rapports</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="168"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="171"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="176"/>
        <source>&amp;Operator name:</source>
        <translation>Nom de l&apos;&amp;opérateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="177"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="178"/>
        <source>Default &amp;report language:</source>
        <translation>Langue par défaut des &amp;rapports&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="179"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="180"/>
        <source>Interface &amp;language:</source>
        <translation>Langue de l&apos;&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="181"/>
        <source>A new data folder and a new interface language apply from the next start.</source>
        <translation>Un nouveau dossier des données et une nouvelle langue d&apos;interface s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="200"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="201"/>
        <source>Browse for %s</source>
        <translation>Parcourir&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="34"/>
        <source>Section scores chart</source>
        <translation>Graphique des scores par section</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="396"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="397"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="398"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="399"/>
        <source>Open the selected assessment (home)</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée (accueil)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="400"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="401"/>
        <source>Close the assessment, back to the list</source>
        <translation>Fermer l&apos;évaluation, retour à la liste</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="402"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="403"/>
        <source>Undo the last answer</source>
        <translation>Annuler la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="404"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Maj+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="405"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="406"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="407"/>
        <source>Find in questions, ids and comments</source>
        <translation>Rechercher dans les questions, identifiants et commentaires</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="408"/>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Maj+F3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="409"/>
        <source>Next / previous match</source>
        <translation>Occurrence suivante / précédente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="410"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="411"/>
        <source>Next unanswered item</source>
        <translation>Question sans réponse suivante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="412"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Maj+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="413"/>
        <source>Previous unanswered item</source>
        <translation>Question sans réponse précédente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="414"/>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="415"/>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Questions / Matrice / Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="416"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="417"/>
        <source>Focus the navigator</source>
        <translation>Aller au navigateur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="418"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Maj+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="419"/>
        <source>Next questionnaire language</source>
        <translation>Langue suivante du questionnaire</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="420"/>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Bas / Alt+Haut</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="421"/>
        <source>Next / previous section</source>
        <translation>Section suivante / précédente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="422"/>
        <source>Enter (matrix)</source>
        <translation>Entrée (matrice)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="423"/>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Modifier les champs de la cellule courante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="424"/>
        <source>Esc (matrix panel)</source>
        <translation>Échap (panneau de la matrice)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="425"/>
        <source>Back to the grid</source>
        <translation>Retour à la grille</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="426"/>
        <source>Delete (grid)</source>
        <translation>Suppr (grille)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="427"/>
        <source>Clear a cell</source>
        <translation>Effacer une cellule</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="428"/>
        <source>Shift+F10 (grid)</source>
        <translation>Maj+F10 (grille)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="429"/>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>Ne sait pas / sans objet / effacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="430"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="431"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="432"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="433"/>
        <source>Export the workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="434"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="435"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="436"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="437"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="444"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="446"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="446"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../capacity_app/gui/app.py" line="146"/>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/app.py" line="147"/>
        <source>{error}

Restore the newest good backup?
{backup}

The damaged file is kept next to it with the suffix .damaged.</source>
        <translation>{error}

Restaurer la sauvegarde valide la plus récente&#xa0;?
{backup}

Le fichier endommagé est conservé à côté, avec le suffixe .damaged.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="193"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="199"/>
        <source>Progress of %s</source>
        <translation>Progression&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="180"/>
        <source>A year from %d to %d</source>
        <translation>Une année de %d à %d</translation>
    </message>
</context>
</TS>

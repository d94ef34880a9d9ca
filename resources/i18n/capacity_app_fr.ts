<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from resources/i18n/window.fr.yaml by tools/translations.py release: edit the catalogue, not this file. -->
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface</source>
        <translation>interface utilisateur</translation>
    </message>
    <message>
        <source>language runtime</source>
        <translation>environnement d’exécution du langage</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>rapports PDF</translation>
    </message>
    <message>
        <source>report templates</source>
        <translation>modèles de rapport</translation>
    </message>
    <message>
        <source>Excel workbooks (writing)</source>
        <translation>classeurs Excel (écriture)</translation>
    </message>
    <message>
        <source>report charts</source>
        <translation>graphiques du rapport</translation>
    </message>
    <message>
        <source>questionnaire files</source>
        <translation>fichiers du questionnaire</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>dates et nombres dans les langues de l’application (%1)</translation>
    </message>
    <message>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>noms et codes des pays et des régions dans les six langues officielles de l’ONU, monnaies, listes des PMA, des PDSL et des PEID (resources/data/m49.SOURCE.md)</translation>
    </message>
    <message>
        <source>the report&apos;s font</source>
        <translation>la police du rapport</translation>
    </message>
    <message>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>l’arabe, le chinois, le japonais et le coréen dans les rapports et la fenêtre</translation>
    </message>
    <message>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1 : traduction révisée par %2, %3</translation>
    </message>
    <message>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1 : première traduction, qui doit encore être révisée par un traducteur de l’Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Évaluation des capacités en statistiques migratoires</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Version %s</translation>
    </message>
    <message>
        <source>Questionnaire version %s</source>
        <translation>Version du questionnaire %s</translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation>Dossier de données&#xa0;: %s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Base de données&#xa0;: %s</translation>
    </message>
    <message>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>Fondée sur la boîte à outils de la DSNU pour évaluer les capacités nationales en statistiques migratoires (2018). Fonctionne hors ligne&#xa0;: elle n’utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>What the application ships, and under which licence</source>
        <translation>Ce que l’application contient, et sous quelle licence</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>What the earlier plan achieved</source>
        <translation>Ce que le plan précédent a permis de réaliser</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>Les actions du plan précédent et les lacunes qu&apos;elles visaient</translation>
    </message>
    <message>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>Le plan du cycle %1&#xa0;: le résultat de chaque action et, en dessous, les lacunes qu&apos;elle visait, avec leur écart alors et aujourd&apos;hui (0&#xa0;: aucun, 3&#xa0;: le plus grand).</translation>
    </message>
    <message>
        <source>no progress report</source>
        <translation>aucun rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>action %s</translation>
    </message>
    <message>
        <source>removing action %s</source>
        <translation>suppression de l&apos;action %s</translation>
    </message>
    <message>
        <source>new action %s</source>
        <translation>nouvelle action %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Currenc&amp;y…</source>
        <translation>Monna&amp;ie…</translation>
    </message>
    <message>
        <source>Re&amp;sults chain…</source>
        <translation>Chaîne de ré&amp;sultats…</translation>
    </message>
    <message>
        <source>Fund&amp;ing request…</source>
        <translation>Demande de finan&amp;cement…</translation>
    </message>
    <message>
        <source>Funding request f&amp;or a partner…</source>
        <translation>Demande de financement p&amp;our un partenaire…</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>A&amp;vancement…</translation>
    </message>
    <message>
        <source>Earlier p&amp;lan…</source>
        <translation>Plan pr&amp;écédent…</translation>
    </message>
    <message>
        <source>Priority action (plan at a glance)</source>
        <translation>Choisie comme action prioritaire (le plan en bref)</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>&amp;Nouvelle action</translation>
    </message>
    <message>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>Ajouter une action manuellement (Inser dans le tableau)</translation>
    </message>
    <message>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>Ajouter une action pour chaque recommandation de la notation qui ne figure pas encore dans le plan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>Ctrl+Maj+Haut dans le tableau</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>Ctrl+Maj+Bas dans le tableau</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>Supprimer l&apos;action sélectionnée (Suppr dans le tableau)</translation>
    </message>
    <message>
        <source>Attach do&amp;cument…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Actions du plan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Responsible institutions:</source>
        <translation>Institutions responsables&#xa0;:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Resources or technical assistance:</source>
        <translation>Ressources ou assistance technique&#xa0;:</translation>
    </message>
    <message>
        <source>Milestone or indicator of success:</source>
        <translation>Jalon ou indicateur de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Policy questions:</source>
        <translation>Questions de politique&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;alidation…</source>
        <translation>Va&amp;lidation…</translation>
    </message>
    <message>
        <source>Record the v&amp;alidation…</source>
        <translation>Enregistrer la va&amp;lidation…</translation>
    </message>
    <message>
        <source>Draft from &amp;recommendations</source>
        <translation>Préparer &amp;à partir des recommandations</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Vers le haut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Ce que le pays fera pour combler les lacunes&#xa0;: qui porte chaque action, dans quel délai, à quel coût et avec quel financement. Préparez les actions à partir des recommandations, cochez les quelques actions prioritaires, chiffrez-les, puis enregistrez la validation par le gouvernement. Chaque modification est enregistrée aussitôt&#xa0;; Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>La monnaie du plan et ses taux de change en dollars des États-Unis</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>C&amp;hiffrage…</translation>
    </message>
    <message>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>Le coût par année, par institution et par source de financement, et le déficit de financement</translation>
    </message>
    <message>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>Ce que le plan du cycle précédent a permis de réaliser, en regard des lacunes qu&apos;il visait et de leurs notes actuelles</translation>
    </message>
    <message>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>Le suivi du plan après son financement&#xa0;: état, motif et montants de chaque action par période de rapport (sans jamais modifier le plan validé)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>Une ligne de coût&#xa0;: année, montant, source de financement (Inser dans la liste)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>Modifier la ligne de coût sélectionnée (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>Supprimer la ligne de coût sélectionnée (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Cost lines of the action</source>
        <translation>Lignes de coût de l&apos;action</translation>
    </message>
    <message>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>L&apos;une des quelques actions choisies par le gouvernement&#xa0;: %d au plus, présentées sur la page «&#xa0;Le plan en bref&#xa0;» du rapport</translation>
    </message>
    <message>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>par exemple SNDS 2025-2029, objectif 3.2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>Objectif de la straté&amp;gie nationale (SNDS)&#xa0;:</translation>
    </message>
    <message>
        <source>Results framework: indicator:</source>
        <translation>Cadre de résultats : indicateur :</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Valeur de référence :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Valeur cible :</translation>
    </message>
    <message>
        <source>Means of verification:</source>
        <translation>Moyens de vérification :</translation>
    </message>
    <message>
        <source>Risks and assumptions:</source>
        <translation>Risques et hypothèses :</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>Lignes de coût&#xa0;:</translation>
    </message>
    <message>
        <source>SDG target:</source>
        <translation>Cible des ODD :</translation>
    </message>
    <message>
        <source>e.g. 17.18</source>
        <translation>p. ex. 17.18</translation>
    </message>
    <message>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>La cible des ODD que sert l&apos;action : objectif, un point, numéro ou lettre de la cible</translation>
    </message>
    <message>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>La valeur actuelle de l&apos;indicateur, avec son année</translation>
    </message>
    <message>
        <source>The value to reach, with its year</source>
        <translation>La valeur à atteindre, avec son année</translation>
    </message>
    <message>
        <source>end:</source>
        <translation>fin&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>Une institution par ligne</translation>
    </message>
    <message>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>Un trimestre (%1) ou une date (%2)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Letters, e.g. A, C</source>
        <translation>Lettres, par exemple A, C</translation>
    </message>
    <message>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>Aucune action pour l&apos;instant&#xa0;: préparez-les à partir des recommandations, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Add from the assessment:</source>
        <translation>Ajouter depuis l&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Dépend de&#xa0;:</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(choisir une institution)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>ce qui doit être fait</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>institutions responsables</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>results framework</source>
        <translation>cadre de résultats</translation>
    </message>
    <message>
        <source>risks and assumptions</source>
        <translation>risques et hypothèses</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>cible des ODD</translation>
    </message>
    <message>
        <source>dependencies on other actions</source>
        <translation>dépendances envers d&apos;autres actions</translation>
    </message>
    <message>
        <source>cost categories</source>
        <translation>catégories de coûts</translation>
    </message>
    <message>
        <source>cost bases</source>
        <translation>bases de calcul des coûts</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>pérennité</translation>
    </message>
    <message>
        <source>Added after the validation</source>
        <translation>Ajoutée après la validation</translation>
    </message>
    <message>
        <source>Changed after the validation: %s</source>
        <translation>Modifiée après la validation&#xa0;: %s</translation>
    </message>
    <message>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>Plan proposé&#xa0;: pas encore validé. Lorsque le gouvernement l&apos;aura approuvé, enregistrez la validation.</translation>
    </message>
    <message>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>Validé le %1 (%2), approuvé par %3, %4.</translation>
    </message>
    <message>
        <source>Changed since (✎): %s.</source>
        <translation>Modifiées depuis (✎)&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>Actions prioritaires&#xa0;: %1 sur %2 au plus.</translation>
    </message>
    <message>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>Date, événement, institutions présentes, approbation (nom et fonction)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Plan currency: %s.</source>
        <translation>Monnaie du plan&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Drafted from the recommendation %s.</source>
        <translation>Préparée à partir de la recommandation %s.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Ajoutée manuellement.</translation>
    </message>
    <message>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>Ni un trimestre ni une date : « %1 ». Saisissez par exemple %2 ou %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>Toutes les recommandations de la notation figurent déjà dans le plan.</translation>
    </message>
    <message numerus="yes">
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>préparation de %n action</numerusform>
            <numerusform>préparation de %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>moving action %s</source>
        <translation>déplacement de l&apos;action %s</translation>
    </message>
    <message>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>L’objectif global, les effets, leurs indicateurs avec les valeurs cibles annuelles, et l’effet auquel contribue chaque action</translation>
    </message>
    <message>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>Qui engage la part du budget national et qui signe la demande</translation>
    </message>
    <message>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>La demande de financement adressée à un partenaire de développement, en PDF ou Word</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <source>Aggregate country workbooks</source>
        <translation>Agréger les classeurs des pays</translation>
    </message>
    <message>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Déposez ici des classeurs exportés ou des dossiers, ou ajoutez-les&#xa0;:</translation>
    </message>
    <message>
        <source>Workbooks and folders to aggregate</source>
        <translation>Classeurs et dossiers à agréger</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Vérifier les fichiers</translation>
    </message>
    <message>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>Lire les fichiers sans rien écrire : lesquels seraient refusés, remplacés ou en conflit, et pourquoi</translation>
    </message>
    <message>
        <source>Files not used, with the reason</source>
        <translation>Fichiers non utilisés, avec le motif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>the latest round of each country</source>
        <translation>le cycle le plus récent de chaque pays</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle :</translation>
    </message>
    <message>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>Évaluations &amp;définitives seulement (projets et évaluations en cours exclus)</translation>
    </message>
    <message>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>la dernière année rapportée (une année, 2026, ou un semestre, 2026-H1)</translation>
    </message>
    <message>
        <source>Implementation p&amp;eriod:</source>
        <translation>Période de &amp;mise en œuvre&#xa0;:</translation>
    </message>
    <message>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>Liste M49 de l&apos;ONU (53 pays et zones)</translation>
    </message>
    <message>
        <source>UN-OHRLLS list</source>
        <translation>Liste de l&apos;UN-OHRLLS</translation>
    </message>
    <message>
        <source>SIDS &amp;list:</source>
        <translation>&amp;Liste des PEID :</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Libellés en :</translation>
    </message>
    <message>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>Écrire aussi la synthèse &amp;PDF (à côté du classeur)</translation>
    </message>
    <message>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>Écrire aussi les fichiers pour l&apos;analyse : CSV avec un dictionnaire des données, &amp;Stata et SPSS (un dossier à côté du classeur)</translation>
    </message>
    <message>
        <source>Output workbook</source>
        <translation>Classeur de sortie</translation>
    </message>
    <message>
        <source>aggregate.xlsx</source>
        <translation>agregat.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agréger</translation>
    </message>
    <message>
        <source>Checking the workbooks</source>
        <translation>Vérification des classeurs</translation>
    </message>
    <message>
        <source>The files could not be checked: %1</source>
        <translation>Les fichiers n&apos;ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>Tick the assessment to use for this country and round</source>
        <translation>Cochez l&apos;évaluation à utiliser pour ce pays et ce cycle</translation>
    </message>
    <message>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>%1 classeurs utilisés, %2 remplacés, %3 refusés, %4 en conflit ; %5 pays dans les agrégats.</translation>
    </message>
    <message>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>Cochez un fichier de chaque conflit pour l&apos;utiliser, puis vérifiez à nouveau ou agrégez.</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of workbooks</source>
        <translation>Dossier de classeurs</translation>
    </message>
    <message>
        <source>Add at least one workbook or folder.</source>
        <translation>Ajoutez au moins un classeur ou un dossier.</translation>
    </message>
    <message>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>&amp;Inclure les scores provisoires (sans niveau : complétude inférieure à 80 % ou pas de date de référence valable) ; les agrégats indiquent combien</translation>
    </message>
    <message>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Choisissez où enregistrer le classeur agrégé.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>answer %s</source>
        <translation>réponse %s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Réponses archivées</translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>Réponses aux questions que cette version du questionnaire ne pose plus : conservées dans l&apos;évaluation telles qu&apos;elles ont été données, exportées dans la feuille Archived answers du classeur et imprimées en annexe du rapport. Elles ne sont pas notées.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Identifiant de la question</translation>
    </message>
    <message>
        <source>Asked in version</source>
        <translation>Posée dans la version</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivée le</translation>
    </message>
    <message>
        <source>Archived answers, in the order archived</source>
        <translation>Réponses archivées, dans l&apos;ordre de leur archivage</translation>
    </message>
    <message>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>Aucune réponse n&apos;est archivée : chaque réponse a sa question dans cette version du questionnaire.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of %1 %2</source>
        <translation>Détails de %1 %2</translation>
    </message>
    <message>
        <source>empty: made from the country and round</source>
        <translation>vide&#xa0;: formé du pays et du cycle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Cycle (année)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>Les dates de la mission et les institutions rencontrées sont les réponses de la section S0 (Mission et répondants)&#xa0;: corrigez-les là.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The assessment&apos;s details typed are not saved.</source>
        <translation>Les détails de l’évaluation saisis ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Détails enregistrés.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>Non enregistré&#xa0;: %s. Ce que vous avez saisi est conservé ici&#xa0;; réessayez une fois le problème réglé.</translation>
    </message>
    <message>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>la base de données est endommagée (ouverte en lecture seule)&#xa0;: rien ne peut être modifié avant la restauration de la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>la base de données n&apos;est pas accessible en écriture (elle est ouverte en lecture seule)&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>cette évaluation a été validée pour l&apos;Institut national de la statistique par %1 (%2, %3) le %4&#xa0;: rouvrez-la, avec une raison, pour la modifier</translation>
    </message>
    <message>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>cette évaluation est finalisée&#xa0;: remettez son statut sur «&#xa0;En cours&#xa0;» pour la modifier</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>Brouillon&#xa0;: la mission a commencé&#xa0;; le rapport porte la mention PROJET.</translation>
    </message>
    <message>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>En cours&#xa0;: les réponses sont recueillies et vérifiées&#xa0;; le rapport porte la mention PROJET.</translation>
    </message>
    <message>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>Finalisée&#xa0;: les réponses, commentaires, justificatifs et le plan d&apos;action sont en lecture seule jusqu&apos;à ce que le statut soit remis sur En cours&#xa0;; le rapport ne porte plus la mention PROJET.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Questions listed</source>
        <translation>Questions affichées</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revues</translation>
    </message>
    <message>
        <source>Follow-up or disputed</source>
        <translation>À suivre ou contestées</translation>
    </message>
    <message>
        <source>Questionnaire navigator</source>
        <translation>Navigateur du questionnaire</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Plan d&apos;action</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>L&apos;évaluation %1 (%2 %3) reste sur le questionnaire %4&#xa0;: elle n&apos;a pas pu être reportée sur le questionnaire %5 ici (%6).</translation>
    </message>
    <message>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>L&apos;évaluation %1 (%2 %3) est passée du questionnaire %4 au questionnaire %5. Réponses à des questions que %5 ne pose plus, mises en archive (conservées dans l&apos;évaluation, listées par Édition ▸ Réponses mises en archive, exportées sur la feuille Archived answers de son classeur)&#xa0;: %6 (%7).</translation>
    </message>
    <message>
        <source>Stopped: the assessments not yet moved stay on the earlier questionnaire; the next start of the application moves them.</source>
        <translation>Interrompu&#xa0;: les évaluations qui ne sont pas encore passées au nouveau questionnaire restent sur le questionnaire antérieur&#xa0;; le passage reprendra au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Moving assessments to questionnaire %1</source>
        <translation>Passage des évaluations au questionnaire %1</translation>
    </message>
    <message>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>Évaluations passées au questionnaire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Assessments of an earlier questionnaire</source>
        <translation>Évaluations d&apos;un questionnaire antérieur</translation>
    </message>
    <message>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>Les réponses mises en archive à des questions d&apos;un questionnaire antérieur figurent sur la feuille Archived answers du classeur, et non parmi ses réponses&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Variables this question needs: %s</source>
        <translation>Variables requises par cette question&#xa0;: %s</translation>
    </message>
    <message>
        <source>● main source</source>
        <translation>● source principale</translation>
    </message>
    <message>
        <source>○ supporting source</source>
        <translation>○ source complémentaire</translation>
    </message>
    <message>
        <source>not an expected source (may still be used)</source>
        <translation>source non prévue (utilisable malgré tout)</translation>
    </message>
    <message>
        <source>Derived level: %s of 3</source>
        <translation>Niveau calculé&#xa0;: %s sur 3</translation>
    </message>
    <message>
        <source>Derived level: shown when scoring is available</source>
        <translation>Niveau calculé&#xa0;: affiché lorsque la notation est disponible</translation>
    </message>
    <message>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Niveau calculé&#xa0;: pas encore (répondez d&apos;abord «&#xa0;existe&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Commentaire (qui a dit quoi, réserves, suivi)</translation>
    </message>
    <message>
        <source>Comment on %s</source>
        <translation>Commentaire sur %s</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>Justificatifs pour %s</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Type de justificatif</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Document title, web address or institution</source>
        <translation>Titre du document, adresse web ou institution</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Texte du justificatif</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter un justificatif</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>Retirer le justificatif sélectionné</translation>
    </message>
    <message>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>« %1 » n’est pas encore ajouté : Entrée dans son champ ou Ajouter un justificatif l’ajoute.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the two rounds</source>
        <translation>Changements entre les deux cycles</translation>
    </message>
    <message>
        <source>No change between the two rounds.</source>
        <translation>Aucun changement entre les deux cycles.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparer les cycles</translation>
    </message>
    <message>
        <source>The rounds cannot be compared.</source>
        <translation>Les cycles ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <source>Compare rounds %1 and %2</source>
        <translation>Comparer les cycles %1 et %2</translation>
    </message>
    <message>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>Cycle %1 (date de référence %2) → cycle %3 (date de référence %4)</translation>
    </message>
    <message>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>Les deux cycles sont notés maintenant selon les règles de notation en vigueur (version %s) : les changements viennent donc des seules réponses.</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>Score global : %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Round %s</source>
        <translation>Cycle %s</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>Reculs</translation>
    </message>
    <message>
        <source>Section %s</source>
        <translation>Section %s</translation>
    </message>
    <message>
        <source>Policy question %s</source>
        <translation>Question politique %s</translation>
    </message>
    <message>
        <source>availability %1, gap %2</source>
        <translation>disponibilité %1, lacune %2</translation>
    </message>
    <message>
        <source>Matrix %1 × %2</source>
        <translation>Matrice %1 × %2</translation>
    </message>
    <message>
        <source>level %s</source>
        <translation>niveau %s</translation>
    </message>
    <message>
        <source>Done since round %s: %s</source>
        <translation>Réalisée depuis le cycle %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Dropped since round %s: %s</source>
        <translation>Abandonnée depuis le cycle %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Late (end passed) since round %s: %s</source>
        <translation>En retard (échéance passée) depuis le cycle %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>Coût exécuté par rapport au coût prévu, sur les lignes où une dépense est saisie</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or ISO code</source>
        <translation>Saisissez un nom de pays ou un code ISO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <source>Cross-country view</source>
        <translation>Vue multipays</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>Aucun dossier ouvert.</translation>
    </message>
    <message>
        <source>Show countries of</source>
        <translation>Afficher les pays de</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Countries and the availability of data by policy question</source>
        <translation>Pays et disponibilité des données par question de politique</translation>
    </message>
    <message>
        <source>Country detail</source>
        <translation>Détail du pays</translation>
    </message>
    <message>
        <source>Select a country to see its detail.</source>
        <translation>Sélectionnez un pays pour en voir le détail.</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exporter le &amp;classeur…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Folder of country workbooks</source>
        <translation>Dossier des classeurs de pays</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>Lecture des classeurs…</translation>
    </message>
    <message>
        <source>Reading country workbooks</source>
        <translation>Lecture des classeurs de pays</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Échec de la lecture : %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>À lire avec prudence</translation>
    </message>
    <message>
        <source>edited after export</source>
        <translation>modifié après l&apos;export</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>%1 pays ; %2 classeurs utilisés, %3 remplacés, %4 rejetés, %5 en conflit.</translation>
    </message>
    <message>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>%1 modifiés après l&apos;exportation (notes recalculées).</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>%1 (%2), round %3</source>
        <translation>%1 (%2), cycle %3</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>Global : %1 (%2)</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>Évolution depuis le cycle précédent : %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>%1 not final (draft or in progress).</source>
        <translation>%1 non définitive(s) (projet ou en cours).</translation>
    </message>
    <message>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>Exclus de tous les chiffres (codes fictifs ou de formation) : %1.</translation>
    </message>
    <message>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>Les évaluations en conflit sont exclues ; choisissez-en une dans Fichier ▸ Agréger des classeurs…</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>À lire avec prudence : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>Question de politique : besoin / disponibilité / écart / priorité, type d&apos;écart</translation>
    </message>
    <message>
        <source>Consolidated workbook</source>
        <translation>Classeur consolidé</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cross-country PDF summary</source>
        <translation>Synthèse multipays en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Writing the cross-country export</source>
        <translation>Écriture de l&apos;exportation multipays</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Section scores (0–100)</source>
        <translation>Scores par section (0–100)</translation>
    </message>
    <message>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Questions de politique A–O&#xa0;: besoin, disponibilité et écart (0–3)</translation>
    </message>
    <message>
        <source>Ranked gaps and recommended actions</source>
        <translation>Lacunes classées et actions recommandées</translation>
    </message>
    <message>
        <source>Answers to follow up (Enter opens)</source>
        <translation>Réponses à suivre (Entrée ouvre)</translation>
    </message>
    <message>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>Réponses « sans objet », avec leurs raisons</translation>
    </message>
    <message>
        <source>Scores are not available</source>
        <translation>Les scores ne sont pas disponibles</translation>
    </message>
    <message>
        <source>The scoring module is not installed in this version.</source>
        <translation>Le module de notation n&apos;est pas installé dans cette version.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>Avancement %1 · date de référence %2 · règles de notation %3</translation>
    </message>
    <message>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>Avec la pondération propre à cette évaluation : %1 sur 100 (%2) ; le niveau repose sur la pondération documentée.</translation>
    </message>
    <message>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>Aucune réponse « sans objet » n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>« Sans objet » n&apos;est accepté que là où le questionnaire le prévoit, pour la raison qu&apos;il indique ; les propos des interlocuteurs suivent en italique. Il n&apos;augmente jamais un score.</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>gain rapide</translation>
    </message>
    <message>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>Aucune réponse pour l&apos;instant : les lacunes apparaissent ici à mesure que les questions politiques et la matrice (S3) sont renseignées.</translation>
    </message>
    <message>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>Aucune lacune ne peut encore être établie : la matrice (S3) n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>No gap between needs and availability.</source>
        <translation>Aucun écart entre besoins et disponibilité.</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <source>Review: no answer to review yet</source>
        <translation>Revue&#xa0;: aucune réponse à revoir pour l&apos;instant</translation>
    </message>
    <message>
        <source>Review: %1 of %2 answers validated</source>
        <translation>Revue&#xa0;: %1 sur %2 réponses validées</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>à suivre&#xa0;: %1</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>contestées&#xa0;: %1</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>non revues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>Cycle %1 : %2 %3 (chiffres en gris et repères sur les barres)</translation>
    </message>
    <message>
        <source>C&amp;ompare with round %s…</source>
        <translation>C&amp;omparer avec le cycle %s…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or %s</source>
        <translation>AAAA-MM-JJ ou %s</translation>
    </message>
    <message>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>Saisissez une date sous la forme 2026-05-15 ou %s ; F4 ouvre le calendrier.</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>Ouvrir le calendrier (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>« %1 » n’est pas une date : saisissez-la sous la forme 2026-05-15 ou %2.</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>Indiquez une date comprise entre le %1 et le %2.</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <source>No other action in the plan yet.</source>
        <translation>Aucune autre action dans le plan pour l’instant.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents attached to %s</source>
        <translation>Documents joints à %s</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Joindre un document…</translation>
    </message>
    <message>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>Conserver un fichier avec cette réponse comme justificatif (PDF, documents bureautiques, tableaux, images ; %1 Mo au plus)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Ouvrir le document sélectionné</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Retirer le document sélectionné</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre %1.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save what is entered here again</source>
        <translation>Enregistrer de nouveau ce qui est saisi ici</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Don&apos;t know: %s</source>
        <translation>Ne sait pas&#xa0;: %s</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not applicable: %s</source>
        <translation>Sans objet&#xa0;: %s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>question text, item id or comment</source>
        <translation>texte de question, identifiant ou commentaire</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Rechercher dans les questions, identifiants et commentaires</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 résultat(s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>Réponses à suivre&#xa0;: «&#xa0;Ne sait pas&#xa0;», puis sans réponse, par section</translation>
    </message>
    <message>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>Rien à suivre&#xa0;: aucune réponse «&#xa0;Ne sait pas&#xa0;» et aucune question laissée sans réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>Contestée à la revue&#xa0;: %n réponse</numerusform>
            <numerusform>Contestées à la revue&#xa0;: %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>Contestée à la revue&#xa0;: %n réponse</numerusform>
            <numerusform>Contestées à la revue&#xa0;: %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>À suivre (revue)&#xa0;: %n réponse</numerusform>
            <numerusform>À suivre (revue)&#xa0;: %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>À suivre (revue)&#xa0;: %n réponse</numerusform>
            <numerusform>À suivre (revue)&#xa0;: %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>Ne sait pas&#xa0;: %n réponse à suivre</numerusform>
            <numerusform>Ne sait pas&#xa0;: %n réponses à suivre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>Ne sait pas&#xa0;: %n réponse à suivre</numerusform>
            <numerusform>Ne sait pas&#xa0;: %n réponses à suivre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>Sans réponse pour l&apos;instant&#xa0;: %n question</numerusform>
            <numerusform>Sans réponse pour l&apos;instant&#xa0;: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>Sans réponse pour l&apos;instant&#xa0;: %n question</numerusform>
            <numerusform>Sans réponse pour l&apos;instant&#xa0;: %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FundingRequestDialog</name>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Ministry of Finance</source>
        <translation>Ministère des finances</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Partenaire de développement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>De&amp;mande</translation>
    </message>
    <message>
        <source>National part &amp;committed by:</source>
        <translation>Part nationale &amp;engagée par&#xa0;:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Signe pour</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>&amp;Ajouter un signataire</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Demande de financement</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicateurs</translation>
    </message>
    <message>
        <source>&amp;Procurement</source>
        <translation>Passation des mar&amp;chés</translation>
    </message>
    <message>
        <source>The funding request typed is not saved.</source>
        <translation>La demande de financement saisie n’est pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>don&apos;t know</source>
        <translation>ne sait pas</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>Cette cellule n’est pas demandée : une réponse précédente de sa ligne (par exemple « Disponible : non ») l’exclut.</translation>
    </message>
    <message>
        <source>Cell %s</source>
        <translation>Cellule %s</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>The help page could not be read: %s</source>
        <translation>La page d’aide n’a pas pu être lue&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the answer</source>
        <translation>Historique de la réponse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Versions of the answer, newest first</source>
        <translation>Versions de la réponse, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Rétablir cette valeur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>personne inconnue</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>Cycle &amp;suivant…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation>Afficher la cor&amp;beille</translation>
    </message>
    <message>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>La corbeille est vide&#xa0;: une évaluation placée dans la corbeille peut être restaurée à partir d&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>Corbeille&#xa0;: %n évaluation&#xa0;; restaurez-la pour y travailler de nouveau.</numerusform>
            <numerusform>Corbeille&#xa0;: %n évaluations&#xa0;; restaurez-en une pour y travailler de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>Corbeille&#xa0;: %n évaluation&#xa0;; restaurez-la pour y travailler de nouveau.</numerusform>
            <numerusform>Corbeille&#xa0;: %n évaluations&#xa0;; restaurez-en une pour y travailler de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>Aucune évaluation pour l&apos;instant. Appuyez sur Ctrl+N (Nouvelle…) pour créer la première, ou sur Ctrl+I pour importer un classeur envoyé par un collègue.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n évaluation. Entrée ou double-clic pour l’ouvrir.</numerusform>
            <numerusform>%n évaluations. Entrée ou double-clic pour en ouvrir une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n évaluation. Entrée ou double-clic pour l’ouvrir.</numerusform>
            <numerusform>%n évaluations. Entrée ou double-clic pour en ouvrir une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation>Importer %s</translation>
    </message>
    <message>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Une nouvelle évaluation : %1 %2, %3 réponses.</translation>
    </message>
    <message>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Met à jour l&apos;évaluation existante %1 %2 (id %3).</translation>
    </message>
    <message>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>Cette évaluation est finalisée (lecture seule). L&apos;importation la rouvre&#xa0;: son statut est remis sur «&#xa0;En cours&#xa0;».</translation>
    </message>
    <message>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>Cellules du classeur modifiées hors de l&apos;application : %1 (signalées ci-dessous).</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>Attention : %s</translation>
    </message>
    <message>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>Réponses modifiées ici depuis l&apos;export de ce classeur : %1. Elles sont conservées telles qu&apos;ici, sauf si vous cochez leur case dans la colonne « Dans le classeur ».</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>&amp;Conserver nos valeurs pour tous les conflits</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>Prendre leurs &amp;valeurs pour tous les conflits</translation>
    </message>
    <message>
        <source>&amp;Keep all newer answers</source>
        <translation>&amp;Conserver toutes les réponses plus récentes</translation>
    </message>
    <message>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>Utiliser les valeurs du &amp;classeur pour toutes</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Modifications que l&apos;importation apporterait</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>Dans cette base</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>Dans le classeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>No change: the workbook matches this database.</source>
        <translation>Aucun changement : le classeur correspond à cette base.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reopen and import</source>
        <translation>Rouvrir et importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>Informations sur l&apos;évaluation</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>personne inconnue</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>conflit : modifiée ici et dans le classeur depuis la version commune</translation>
    </message>
    <message>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>modifiée ici depuis l&apos;export de ce classeur (%s)</translation>
    </message>
    <message>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>Réponses modifiées à la fois ici et dans le classeur depuis la version commune (conflits) : %1. Sous chaque valeur, l&apos;auteur et la date de la modification. Chacune est conservée telle qu&apos;ici, sauf si vous cochez sa case dans la colonne « Dans le classeur ».</translation>
    </message>
    <message>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>Garder les &amp;deux pour tous les conflits de commentaire et de justificatifs</translation>
    </message>
    <message>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>Garder les deux (fusionnés, chacun avec son auteur et l&apos;heure)</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>modifiée par %1</translation>
    </message>
    <message>
        <source>edited outside the application</source>
        <translation>modifiée hors de l&apos;application</translation>
    </message>
    <message>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>L&apos;évaluation est dans la corbeille : l&apos;importation la restaure.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>justificatifs</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Order of the actions</source>
        <translation>Ordre des actions</translation>
    </message>
    <message>
        <source>Currency and exchange rates of the plan</source>
        <translation>Monnaie et taux de change du plan</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>Validation du plan</translation>
    </message>
    <message>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>Réponses archivées que l&apos;import ajoute (questions que cette version du questionnaire ne pose plus) : %1 (listées ci-dessous).</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>Réponses archivées</translation>
    </message>
    <message>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>réponse archivée, posée par la version %1 du questionnaire</translation>
    </message>
    <message>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>réponse archivée (la version qui l&apos;a posée n&apos;est pas enregistrée)</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>(non validé)</translation>
    </message>
    <message>
        <source>New action: %s</source>
        <translation>Nouvelle action&#xa0;: %s</translation>
    </message>
    <message>
        <source>Action removed: %s</source>
        <translation>Action supprimée&#xa0;: %s</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>policy questions</source>
        <translation>questions de politique</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>institutions responsables</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority action</source>
        <translation>action prioritaire</translation>
    </message>
    <message>
        <source>strategy objective</source>
        <translation>objectif de la stratégie</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>coûts</translation>
    </message>
    <message>
        <source>Action “%1” — %2</source>
        <translation>Action «&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Début de la mission</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fin de la mission</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>Accepter les signatures sans contrôle que porte ce classeur</translation>
    </message>
    <message>
        <source>Validation for the national statistics office</source>
        <translation>Validation pour l&apos;Institut national de la statistique</translation>
    </message>
    <message>
        <source>Reviews signed off by the supervisor</source>
        <translation>Revues approuvées par le superviseur</translation>
    </message>
    <message>
        <source>its check holds</source>
        <translation>son contrôle est valide</translation>
    </message>
    <message>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>sans contrôle (classeur écrit avant que les signatures n&apos;en comportent un)&#xa0;: reprise seulement si vous l&apos;acceptez ci-dessous</translation>
    </message>
    <message>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>refusée&#xa0;: elle ne correspond pas à son contrôle (modifiée hors de l&apos;application)&#xa0;; rien ne peut être importé de ce classeur</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Disbursement-linked: partner</source>
        <translation>Lié aux décaissements&#xa0;: partenaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Send questions to institutions</source>
        <translation>Envoyer les questions aux institutions</translation>
    </message>
    <message>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>Chaque institution reçoit un classeur avec ses seules questions, dans la langue choisie ci-dessous, où figure déjà ce que la mission sait. Sa réponse, importée avec Importer un classeur…, devient des propositions : aucune réponse ne change tant que vous ne les acceptez pas.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>Réponse avant le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>Contact pour les questions</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <source>Language of the workbooks:</source>
        <translation>Langue des classeurs :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Write the workbooks</source>
        <translation>É&amp;crire les classeurs</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Dossier des classeurs</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>Choisissez au moins une institution.</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2</source>
        <translation>%1 classeurs écrits dans %2</translation>
    </message>
    <message>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>Écriture des classeurs des institutions</translation>
    </message>
    <message>
        <source>The workbooks were not written: %1</source>
        <translation>Les classeurs n&apos;ont pas été écrits : %1</translation>
    </message>
    <message>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>Annulé : les classeurs déjà écrits restent dans le dossier.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Réponse actuelle</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Institutions&apos; proposals</source>
        <translation>Propositions des institutions</translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>Les valeurs proposées par les institutions dans leurs réponses. Aucune ne change une réponse tant que vous ne l&apos;acceptez pas ; les propositions d&apos;institutions en désaccord sont présentées ensemble et signalées.</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Show those decided</source>
        <translation>Afficher celles déjà traitées</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Modifier et accepter…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Accept all of this &amp;institution</source>
        <translation>Tout accepter de cette &amp;institution</translation>
    </message>
    <message>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>Toutes les propositions en attente de l&apos;institution choisie ci-dessus, en une fois (refusé tant qu&apos;une autre institution propose autre chose)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Another institution proposes something else for this answer</source>
        <translation>Une autre institution propose autre chose pour cette réponse</translation>
    </message>
    <message>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>En attente : %1. Réponses sur lesquelles les institutions divergent : %2.</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Modifier et accepter</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ne sait pas</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Saisissez ou appuyez sur F2 pour modifier une cellule&#xa0;; Suppr l&apos;efface&#xa0;; le menu contextuel (Maj+F10) la marque «&#xa0;ne sait pas&#xa0;».</translation>
    </message>
    <message>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>Répondre à la ligne en cours dans un formulaire (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Open the policy question × source matrix</source>
        <translation>Ouvrir la matrice questions de politique × sources</translation>
    </message>
    <message>
        <source>Show comment and evidence</source>
        <translation>Afficher le commentaire et les justificatifs</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>Chaque version de cette réponse : qui l&apos;a donnée, quand ; en rétablir une</translation>
    </message>
    <message>
        <source>Review of “%s”:</source>
        <translation>Revue de «&#xa0;%s&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n justificatif</numerusform>
            <numerusform>%n justificatifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and evidence</source>
        <translation>Commentaire et justificatifs</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>Proposé par les institutions : %n…</numerusform>
            <numerusform>Proposé par les institutions : %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>Valeurs proposées par les institutions dans leurs réponses : acceptez-les, modifiez-les ou rejetez-les</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Évaluation des capacités en matière de données migratoires</translation>
    </message>
    <message>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>Cette base de données n&apos;est pas accessible en écriture (%1&#xa0;: dossier ou support en lecture seule)&#xa0;; elle est donc ouverte en lecture seule. Vous pouvez consulter toutes les évaluations, exporter les classeurs et les rapports PDF, et déplacer le dossier des données (Fichier ▸ Préférences ▸ Dossier des données, appliqué au prochain démarrage).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>La base de données %1 est endommagée (%2)&#xa0;; elle est donc ouverte en lecture seule&#xa0;: plus rien n&apos;y est écrit. Vous pouvez toujours lire toutes les évaluations et exporter classeurs et rapports. Pour la réparer, restaurez la dernière sauvegarde saine&#xa0;: redémarrez l&apos;application, qui la propose, ou exécutez capacity-app --db &quot;%1&quot; check --restore (le fichier endommagé est conservé à côté).</translation>
    </message>
    <message>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>La base de données est endommagée&#xa0;: elle est désormais ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation>&amp;Réessayer d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>Enregistrer de nouveau ce qui n&apos;a pas pu l&apos;être (c&apos;est conservé dans son champ)</translation>
    </message>
    <message>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>Les modifications qui n&apos;ont pas pu être enregistrées lors de la dernière fermeture de l&apos;application se trouvent dans %1 : saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Loading the questionnaire</source>
        <translation>Chargement du questionnaire</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exporter le classeur…</translation>
    </message>
    <message>
        <source>S&amp;how the trash</source>
        <translation>Afficher la cor&amp;beille</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>Cycle &amp;suivant…</translation>
    </message>
    <message>
        <source>PD&amp;F report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Aggregate workbooks…</source>
        <translation>&amp;Agréger des classeurs…</translation>
    </message>
    <message>
        <source>Cross-country &amp;view…</source>
        <translation>&amp;Vue multipays…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>Fer&amp;mer l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Détails de l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Export assessment pac&amp;kage…</source>
        <translation>Exporter le paque&amp;t d&apos;évaluation…</translation>
    </message>
    <message>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>Formulaires pour ODK et &amp;Kobo…</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Enregistrer en document &amp;Word…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Next un&amp;answered</source>
        <translation>&amp;Question sans réponse suivante</translation>
    </message>
    <message>
        <source>Previous unans&amp;wered</source>
        <translation>Question sans réponse pré&amp;cédente</translation>
    </message>
    <message>
        <source>Re&amp;view this answer</source>
        <translation>Rev&amp;oir cette réponse</translation>
    </message>
    <message>
        <source>Answer &amp;history…</source>
        <translation>Historiqu&amp;e de la réponse…</translation>
    </message>
    <message>
        <source>Ar&amp;chived answers…</source>
        <translation>Réponses &amp;mises en archive…</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>Réponse s&amp;uivante non revue</translation>
    </message>
    <message>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>Valider les revues de la sectio&amp;n</translation>
    </message>
    <message>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>Approuver &amp;les revues (superviseur)…</translation>
    </message>
    <message>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>Valider pour l&apos;&amp;Institut national de la statistique…</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>Écart sui&amp;vant</translation>
    </message>
    <message>
        <source>Previ&amp;ous gap</source>
        <translation>Écart précé&amp;dent</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Focus the na&amp;vigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <source>Next &amp;language</source>
        <translation>Langue &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Sommaire de l’aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une évaluation &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Langue du questionnaire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Previous unanswered</source>
        <translation>Préc. sans réponse</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Suiv. sans réponse</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>Langue&#xa0;: </translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>Langue du questionnaire</translation>
    </message>
    <message>
        <source>Interface: </source>
        <translation>Interface : </translation>
    </message>
    <message>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>La fenêtre sera en %1 à son prochain démarrage ; la langue du questionnaire se choisit à côté.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Enregistré à %s</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Non enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>No policy question has a gap between need and availability.</source>
        <translation>Aucune question de politique ne présente d’écart entre besoin et disponibilité.</translation>
    </message>
    <message>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Cette évaluation est dans la corbeille&#xa0;: restaurez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Last change %s</source>
        <translation>Dernière modification&#xa0;: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu être enregistrée&#xa0;: %1. Elle est toujours dans la fenêtre, marquée «&#xa0;Non enregistré&#xa0;».</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu être enregistrées&#xa0;: %1. Elles sont toujours dans la fenêtre, marquées «&#xa0;Non enregistré&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>Fermer quand même et les perdre&#xa0;? Vous pouvez d&apos;abord les copier pour les coller ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <source>&amp;Copy them and close</source>
        <translation>&amp;Copier et fermer</translation>
    </message>
    <message>
        <source>C&amp;lose and lose them</source>
        <translation>&amp;Fermer et les perdre</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Mise à la corbeille. Affichez la corbeille pour la restaurer.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurée.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>Impossible d&apos;ouvrir %s</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;opération «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>Cette évaluation a %n document joint comme justificatif. Le classeur ne transporte pas les documents : un collègue qui le reçoit ne l&apos;aura pas. Le paquet d&apos;évaluation transporte le classeur et le document.</translation>
    </message>
    <message>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>Cette évaluation a %n documents joints comme justificatifs. Le classeur ne transporte pas les documents : un collègue qui le reçoit n&apos;en aura aucun. Le paquet d&apos;évaluation transporte le classeur et tous les documents.</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <source>Export the &amp;package…</source>
        <translation>Exporter le &amp;paquet…</translation>
    </message>
    <message>
        <source>&amp;Workbook only…</source>
        <translation>&amp;Classeur seul…</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>Échec de l&apos;exportation&#xa0;: %s</translation>
    </message>
    <message>
        <source>Exporting the workbook</source>
        <translation>Exportation du classeur</translation>
    </message>
    <message>
        <source>Workbook written: %s</source>
        <translation>Classeur enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Export assessment package</source>
        <translation>Exporter le paquet d&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessment packages (*.zip)</source>
        <translation>Paquets d&apos;évaluation (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Exportation du paquet</translation>
    </message>
    <message>
        <source>Package written: %s</source>
        <translation>Paquet enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Dossier des formulaires</translation>
    </message>
    <message>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>Formulaires pour ODK et Kobo enregistrés : %s</translation>
    </message>
    <message>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>Écriture des formulaires pour ODK et Kobo</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>Création du document Word</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>Lecture du paquet</translation>
    </message>
    <message>
        <source>Documents attached: %1.</source>
        <translation>Documents joints : %1.</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>Importation du classeur</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Refusés :</translation>
    </message>
    <message>
        <source>Superseded (a later export is used):</source>
        <translation>Remplacés (un export plus récent est utilisé) :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>Création du rapport PDF</translation>
    </message>
    <message>
        <source>Report written: %s</source>
        <translation>Rapport enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Rapport annulé.</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Lecture du classeur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Classeurs, paquets d&apos;évaluation et exports ODK ou Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>Export de %1 soumissions importé : %2 valeurs proposées, aucune réponse modifiée.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>%s importé.</translation>
    </message>
    <message>
        <source>Aggregating workbooks</source>
        <translation>Agrégation des classeurs</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>%1 acceptés, %2 refusés, %3 remplacés.</translation>
    </message>
    <message>
        <source>Aggregate written: %s</source>
        <translation>Classeur agrégé enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Ce classeur ne peut pas être importé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Kept %s answers changed here since the export.</source>
        <translation>%s réponses modifiées ici depuis l&apos;export ont été conservées.</translation>
    </message>
    <message>
        <source>Aggregation cancelled.</source>
        <translation>Agrégation annulée.</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Arrêt des tâches en arrière-plan…</translation>
    </message>
    <message>
        <source>&amp;Send questions to institutions…</source>
        <translation>Envo&amp;yer les questions aux institutions…</translation>
    </message>
    <message>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>Propositions des instit&amp;utions…</translation>
    </message>
    <message>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>Réponse de %1 importée : %2 valeurs proposées, aucune réponse modifiée.</translation>
    </message>
    <message>
        <source>Funding request for %1</source>
        <translation>Demande de financement au partenaire %1</translation>
    </message>
    <message>
        <source>Writing the funding request for %1</source>
        <translation>Création de la demande de financement au partenaire %1</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <source>gap</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>à renforcer</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>Sections : la tranche de leur score. Questions de politique : l’écart entre le besoin et les données disponibles ; non évaluées tant qu’aucune cellule de leur ligne de la matrice n’a de réponse.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>main source</source>
        <translation>source principale</translation>
    </message>
    <message>
        <source>supporting source</source>
        <translation>source complémentaire</translation>
    </message>
    <message>
        <source>not an expected source</source>
        <translation>source non prévue</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>pas encore de niveau</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● source principale   ○ source complémentaire   couleur et chiffre&#xa0;: niveau calculé de 0 (aucun) à 3 (adapté à l&apos;usage). Les flèches déplacent, Entrée modifie, Échap revient.</translation>
    </message>
    <message>
        <source>Policy question by data source matrix</source>
        <translation>Matrice questions de politique par source de données</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
    <message>
        <source>Policy questions A–O</source>
        <translation>Questions de politique A–O</translation>
    </message>
    <message>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>Pas encore évaluée : aucune cellule de sa ligne de la matrice n’a de réponse.</translation>
    </message>
    <message>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Besoin %1, disponibilité %2, écart %3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorée</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Cycle (année)</translation>
    </message>
    <message>
        <source>optional: made from the country and round</source>
        <translation>facultatif&#xa0;: formé à partir du pays et du cycle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Début de la mission</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fin de la mission</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ference date:</source>
        <translation>Date de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Début de la mission&#xa0;:</translation>
    </message>
    <message>
        <source>Mission &amp;end:</source>
        <translation>&amp;Fin de la mission&#xa0;:</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interrogée</translation>
    </message>
    <message>
        <source>Role of the respondent</source>
        <translation>Fonction du répondant</translation>
    </message>
    <message>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>Ces informations sont les réponses de la section S0 (Mission et répondants)&#xa0;: corrigez-les ou complétez-les là à tout moment.</translation>
    </message>
    <message>
        <source>Institutions interviewed</source>
        <translation>Institutions rencontrées</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Institutions interviewed:</source>
        <translation>Institutions rencontrées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Next round of %1 %2</source>
        <translation>Cycle suivant de %1 %2</translation>
    </message>
    <message>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>Une nouvelle évaluation de %1 part du cycle %2.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Cycle :</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Début de la mission</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fin de la mission</translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>Date de &amp;référence :</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Début de la mission :</translation>
    </message>
    <message>
        <source>Mission e&amp;nd:</source>
        <translation>&amp;Fin de la mission :</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>Co&amp;pier les réponses du cycle %s (commentaires et justificatifs compris) pour les revoir</translation>
    </message>
    <message>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>&amp;Garder les dates de référence et de mission du cycle %s si aucune n&apos;est donnée ici</translation>
    </message>
    <message>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>Sont aussi copiés : les institutions, les pondérations des sections et le plan d&apos;action. Les dates laissées vides peuvent être saisies plus tard dans S0.</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Créer le cycle</translation>
    </message>
    <message>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>Cycle %s créé à partir du précédent ; « Mettre à la corbeille » le retire.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>Votre nom est enregistré avec chaque modification, afin que l’équipe de mission sache qui a répondu quoi. Vous pourrez le modifier plus tard dans Fichier ▸ Préférences.</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nom de l’opérateur</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Skip: ask nothing now</source>
        <translation>Passer&#xa0;: ne rien demander maintenant</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document</source>
        <translation>Document &amp;Word</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>Aucune ligne de coût du plan ne nomme encore de partenaire de développement&#xa0;: l&apos;édition pour un partenaire lui demande de financer ses lignes.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Funding request for a partner</source>
        <translation>Demande de financement pour un partenaire</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>Rapport de %1</translation>
    </message>
    <message>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>Ce que le rapport de mise en œuvre de %1 imprime dans les mots mêmes de la cellule de planification : le résumé avant les chiffres, les décisions demandées au ministre et, en regard de chaque action à risque ou hors trajectoire, sa mesure corrective.</translation>
    </message>
    <message>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>Résumé de la cellule de &amp;planification (un paragraphe par ligne) :</translation>
    </message>
    <message>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>&amp;Décisions demandées au ministre, une par ligne, dans leur ordre :</translation>
    </message>
    <message>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>&amp;Mesures correctives des actions à risque ou hors trajectoire :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif indiqué</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Mesure corrective</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The planning unit&apos;s summary</source>
        <translation>Résumé de la cellule de planification</translation>
    </message>
    <message>
        <source>Decisions asked of the minister</source>
        <translation>Décisions demandées au ministre</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Mesures correctives</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The report of %1 typed is not saved.</source>
        <translation>Le rapport de %1 saisi n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>%n action chiffrée sur %1.</numerusform>
            <numerusform>%n actions chiffrées sur %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>National budget</source>
        <translation>Budget national</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Partenaire de développement</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Autre source</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Survey operations</source>
        <translation>Opérations d&apos;enquête</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifié</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>engagé</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>décaissé</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Ligne de coût</translation>
    </message>
    <message>
        <source>Edit the cost line</source>
        <translation>Modifier la ligne de coût</translation>
    </message>
    <message>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>par exemple 45000000 ou 1250.50</translation>
    </message>
    <message>
        <source>The development partner, or what the other source is</source>
        <translation>Le partenaire de développement, ou la nature de l&apos;autre source</translation>
    </message>
    <message>
        <source>Funding &amp;secured</source>
        <translation>Financement a&amp;cquis</translation>
    </message>
    <message>
        <source>Amount spent, when known</source>
        <translation>Montant dépensé, s&apos;il est connu</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;nnaie&#xa0;:</translation>
    </message>
    <message>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>Base de calcul : coût &amp;unitaire × quantité :</translation>
    </message>
    <message>
        <source>Cost ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie de coût :</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>Source de &amp;financement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partner or other source:</source>
        <translation>&amp;Partenaire ou autre source&#xa0;:</translation>
    </message>
    <message>
        <source>Funding sta&amp;ge:</source>
        <translation>Sta&amp;de du financement :</translation>
    </message>
    <message>
        <source>Amount &amp;executed:</source>
        <translation>Montant &amp;exécuté&#xa0;:</translation>
    </message>
    <message>
        <source>National budget takes o&amp;ver from:</source>
        <translation>Pris en charge par le &amp;budget national à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>Facultatif : le coût d&apos;une unité et le nombre d&apos;unités ; leur produit est le montant (rempli si le montant est laissé vide)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>Un financement engagé ou décaissé est acquis ; un financement identifié ou annoncé ne l&apos;est pas</translation>
    </message>
    <message>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>Coût &amp;récurrent (se poursuit après l&apos;action)</translation>
    </message>
    <message>
        <source>(not taken over)</source>
        <translation>(non pris en charge)</translation>
    </message>
    <message>
        <source>Year the national budget takes it over</source>
        <translation>Année de prise en charge par le budget national</translation>
    </message>
    <message>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>Montant annuel, dans la monnaie de la ligne</translation>
    </message>
    <message>
        <source>Amount a year taken over</source>
        <translation>Montant annuel pris en charge</translation>
    </message>
    <message>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>À la fin du financement du partenaire : l&apos;année à partir de laquelle le budget national prend en charge ce coût récurrent, et le montant annuel (après la dernière année financée par le partenaire)</translation>
    </message>
    <message>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1 : écrivez des chiffres, avec « %2 » pour les décimales, par exemple 45000000 ou %3 (sans séparateur de milliers).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount executed</source>
        <translation>Montant exécuté</translation>
    </message>
    <message>
        <source>Currency and exchange rates</source>
        <translation>Monnaie et taux de change</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>aucune connue</translation>
    </message>
    <message>
        <source>The country&apos;s (%s)</source>
        <translation>Celle du pays (%s)</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>Monnaie du &amp;plan&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>Les taux de change donnent les équivalents en dollars des États-Unis&#xa0;: unités de chaque monnaie pour un dollar, avec la date du taux et sa source (par exemple le taux de change opérationnel de l&apos;ONU). F2 modifie une cellule.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unités pour un dollar</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>&amp;Taux de change&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a rate</source>
        <translation>Ajo&amp;uter un taux</translation>
    </message>
    <message>
        <source>&amp;Remove the rate</source>
        <translation>&amp;Supprimer le taux</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Record the validation</source>
        <translation>Enregistrer la &amp;validation</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>Ligne %d&#xa0;: %s</translation>
    </message>
    <message>
        <source>The cost line typed is not saved.</source>
        <translation>La ligne de coût saisie n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>The exchange rates typed are not saved.</source>
        <translation>Les taux de change saisis ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s n&apos;est pas une monnaie ISO 4217 de la table des pays</translation>
    </message>
    <message>
        <source>Validation of the action plan</source>
        <translation>Validation du plan d&apos;action</translation>
    </message>
    <message>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>Enregistrer que le gouvernement a validé le plan tel qu&apos;il est maintenant. Une action modifiée ensuite est signalée comme modifiée après la validation, ici, dans le classeur et dans le rapport.</translation>
    </message>
    <message>
        <source>e.g. National validation workshop, the capital</source>
        <translation>par exemple Atelier national de validation, la capitale</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>Une institution par ligne</translation>
    </message>
    <message>
        <source>Name of the person who approved the plan</source>
        <translation>Nom de la personne qui a approuvé le plan</translation>
    </message>
    <message>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>par exemple Directeur général, Institut national de la statistique</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institutions present:</source>
        <translation>&amp;Institutions présentes&#xa0;:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Appro&amp;uvé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for withdrawing the validation</source>
        <translation>Motif du retrait de la validation</translation>
    </message>
    <message>
        <source>&amp;Withdraw the validation</source>
        <translation>&amp;Retirer la validation</translation>
    </message>
    <message>
        <source>The validation typed is not saved.</source>
        <translation>La validation saisie n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>Indiquez le motif du retrait de la validation.</translation>
    </message>
    <message>
        <source>Cost of the plan and financing gap</source>
        <translation>Coût du plan et déficit de financement</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>Par &amp;année</translation>
    </message>
    <message>
        <source>By &amp;institution</source>
        <translation>Par &amp;institution</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(pas encore de responsable)</translation>
    </message>
    <message>
        <source>By funding &amp;source</source>
        <translation>Par &amp;source de financement</translation>
    </message>
    <message>
        <source>By &amp;currency</source>
        <translation>Par &amp;monnaie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Exchange rates: %s.</source>
        <translation>Taux de change&#xa0;: %s.</translation>
    </message>
    <message>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>Aucun taux de change&#xa0;: pas d&apos;équivalents en dollars.</translation>
    </message>
    <message>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>Aucun taux pour %s&#xa0;: les montants en dollars sont omis.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Financing gap</source>
        <translation>Déficit de financement</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>Gap (USD)</source>
        <translation>Déficit (USD)</translation>
    </message>
    <message>
        <source>No action is costed yet.</source>
        <translation>Aucune action n&apos;est encore chiffrée.</translation>
    </message>
    <message>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>Coût total %1&#xa0;; acquis %2&#xa0;; déficit de financement %3.</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <source>Availability and gap by policy question</source>
        <translation>Disponibilité et écart par question de politique</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>écart</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translation>votre nom, enregistré avec chaque modification</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>Où se trouvent la base de données et ses sauvegardes (indiqué dans %s, lu par la fenêtre comme par la ligne de commande).</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Langue par défaut des rapports</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>the bundled template</source>
        <translation>le modèle fourni</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>Un document Word (.docx) dont le rapport Word reprend les styles : le modèle propre à l’institut national de statistique.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>Nom de l&apos;&amp;opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>Langue par défaut des &amp;rapports&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>Modèle &amp;Word :</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Langue de l&apos;&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>A new interface language applies from the next start.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>Cette base de données n&apos;est pas accessible en écriture&#xa0;: seuls le dossier des données (pour déplacer les données là où elles peuvent être écrites) et la langue de l&apos;interface peuvent être modifiés.</translation>
    </message>
    <message>
        <source>The preferences typed are not saved.</source>
        <translation>Les préférences saisies ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The database and its backups are in this folder.</source>
        <translation>La base de données et ses sauvegardes sont dans ce dossier.</translation>
    </message>
    <message>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>Au prochain démarrage, la base de données et ses sauvegardes seront déplacées vers %s.</translation>
    </message>
    <message>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>Une base de données se trouve déjà dans %1 : elle sera utilisée dès le prochain démarrage ; la base actuelle reste dans %2.</translation>
    </message>
    <message>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>Au prochain démarrage, la base de données et ses %1 sauvegardes seront déplacées vers %2 (l&apos;ancien fichier est conservé, renommé « capacity.sqlite3.moved »).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %s</source>
        <translation>Parcourir&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimatif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Add packa&amp;ge</source>
        <translation>A&amp;jouter un marché</translation>
    </message>
    <message>
        <source>Remove pac&amp;kage</source>
        <translation>Retirer le marc&amp;hé</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing the workbook</source>
        <translation>préparation du classeur</translation>
    </message>
    <message>
        <source>writing answers</source>
        <translation>écriture des réponses</translation>
    </message>
    <message>
        <source>writing scores</source>
        <translation>écriture des scores</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>vérification du fichier</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>lecture des réponses</translation>
    </message>
    <message>
        <source>checking values</source>
        <translation>vérification des valeurs</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>reading the answers</source>
        <translation>lecture des réponses</translation>
    </message>
    <message>
        <source>drawing the charts</source>
        <translation>tracé des graphiques</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>tracé de la carte</translation>
    </message>
    <message>
        <source>composing the pages</source>
        <translation>composition des pages</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>mise en page</translation>
    </message>
    <message>
        <source>writing the PDF file</source>
        <translation>écriture du fichier PDF</translation>
    </message>
    <message>
        <source>numbering the pages of the contents</source>
        <translation>numérotation des pages du sommaire</translation>
    </message>
    <message>
        <source>writing the Word file</source>
        <translation>écriture du fichier Word</translation>
    </message>
    <message>
        <source>writing the consolidated workbook</source>
        <translation>écriture du classeur consolidé</translation>
    </message>
    <message>
        <source>writing the PDF summary</source>
        <translation>écriture du résumé PDF</translation>
    </message>
    <message>
        <source>writing the analyst files</source>
        <translation>écriture des fichiers pour l&apos;analyse</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>making the forms</source>
        <translation>préparation des formulaires</translation>
    </message>
    <message>
        <source>writing the form</source>
        <translation>écriture du formulaire</translation>
    </message>
    <message>
        <source>checking the form with pyxform</source>
        <translation>vérification du formulaire avec pyxform</translation>
    </message>
    <message>
        <source>writing the questions</source>
        <translation>écriture des questions</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>lecture des soumissions</translation>
    </message>
    <message>
        <source>reading the repeated rows</source>
        <translation>lecture des lignes répétées</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading one file</source>
        <translation>lecture d’un fichier</translation>
    </message>
    <message>
        <source>reading %1 files</source>
        <translation>lecture de %1 fichiers</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>The progress typed for %1 is not saved.</source>
        <translation>L’avancement saisi pour %1 n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avancement du plan</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Période de rapport&#xa0;:</translation>
    </message>
    <message>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>Une année, par exemple 2026, ou un semestre, par exemple 2026-H1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Poste de coût</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Montants</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicateurs</translation>
    </message>
    <message>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>Réponses des &amp;institutions…</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>&amp;Rédiger le rapport…</translation>
    </message>
    <message>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>Le résumé, les décisions demandées au ministre et les mesures correctives que le rapport de mise en œuvre de la période imprime</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Each action&apos;s status in the period</source>
        <translation>État de chaque action pendant la période</translation>
    </message>
    <message>
        <source>Money of each cost line in the period</source>
        <translation>Montants de chaque poste de coût pendant la période</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Valeur cible %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>La date de la mesure, écrite AAAA-MM-JJ (par exemple 2026-10-15)</translation>
    </message>
    <message>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>Valeur mesurée de chaque indicateur pendant la période</translation>
    </message>
    <message>
        <source>Output of action %1</source>
        <translation>Produit de l&apos;action %1</translation>
    </message>
    <message>
        <source>(value of %1)</source>
        <translation>(valeur de %1)</translation>
    </message>
    <message>
        <source>(no target this year)</source>
        <translation>(pas de valeur cible cette année)</translation>
    </message>
    <message>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>indicateur %1&#xa0;: saisissez la valeur mesurée (une valeur enregistrée peut être remplacée, jamais effacée)</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1 en bonne voie, %2 à risque, %3 hors trajectoire, %4 non évaluées</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <source>Progress reported by the institutions</source>
        <translation>Avancement communiqué par les institutions</translation>
    </message>
    <message>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>Chaque institution chef de file d&apos;actions rend compte de leur avancement dans un classeur&#xa0;: envoyez-lui le classeur d&apos;une période, puis recevez sa réponse. Les lignes de la réponse sont des propositions&#xa0;: rien n&apos;est enregistré tant que vous n&apos;en acceptez pas une.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Période de rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send a workbook…</source>
        <translation>&amp;Envoyer un classeur…</translation>
    </message>
    <message>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>Sous forme de formulaire &amp;XLSForm pour ODK ou Kobo</translation>
    </message>
    <message>
        <source>&amp;Receive a reply…</source>
        <translation>&amp;Recevoir une réponse…</translation>
    </message>
    <message>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>Un classeur renvoyé, ou l&apos;export KoboToolbox (.xlsx) des soumissions du formulaire</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accep&amp;t all</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>Propositions en attente sur l&apos;avancement du plan</translation>
    </message>
    <message>
        <source>(replaces what is recorded)</source>
        <translation>(remplace ce qui est enregistré)</translation>
    </message>
    <message>
        <source>Action %1, %2</source>
        <translation>Action %1, %2</translation>
    </message>
    <message>
        <source>Indicator %1, %2</source>
        <translation>Indicateur %1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>No action names the institution leading it.</source>
        <translation>Aucune action ne nomme l&apos;institution qui la conduit.</translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>Enregistrer le classeur d&apos;avancement</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the progress workbook</source>
        <translation>Écriture du classeur d&apos;avancement</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receive an institution&apos;s reply</source>
        <translation>Recevoir la réponse d&apos;une institution</translation>
    </message>
    <message>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Classeurs et exports ODK ou Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>Lecture de la réponse</translation>
    </message>
    <message>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1 pour %2&#xa0;: cette réponse, remplie le %3, est plus ancienne que celle du %4 reçue avant elle&#xa0;: mise de côté, rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1 pour %2&#xa0;: cette réponse n&apos;indique pas quand elle a été remplie, contrairement à celle du %3 reçue avant elle&#xa0;: mise de côté, rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1 pour %2&#xa0;: %3 proposé(s), %4 identique(s) à ce qui est enregistré.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>%1 réponses pour la période&#xa0;: celle-ci est retenue sur votre décision, et non d&apos;après l&apos;heure qu&apos;elle indique (celle reçue avant elle est du %2).</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>%1 réponses pour la période&#xa0;: celle-ci, du %2, est la plus récente.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>%1 réponses pour la période&#xa0;: celle-ci est retenue comme la dernière reçue (aucune date qu&apos;elles indiquent ne les départage).</translation>
    </message>
    <message>
        <source>Reply set aside</source>
        <translation>Réponse mise de côté</translation>
    </message>
    <message>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>Retenir tout de même cette réponse&#xa0;? Ses propositions remplacent alors celles, encore ouvertes, de la réponse reçue avant elle.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Regarder &amp;dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %s.</source>
        <translation>Lecture seule&#xa0;: %s.</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <source>Overall objective</source>
        <translation>Objectif global</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>Chaîne de résultats</translation>
    </message>
    <message>
        <source>Overall objective (impact)</source>
        <translation>Objectif global (impact)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ssumptions:</source>
        <translation>H&amp;ypothèses&#xa0;:</translation>
    </message>
    <message>
        <source>Outcomes (specific objectives)</source>
        <translation>Effets (objectifs spécifiques)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>&amp;Add outcome</source>
        <translation>&amp;Ajouter un effet</translation>
    </message>
    <message>
        <source>&amp;Remove outcome</source>
        <translation>&amp;Supprimer l’effet</translation>
    </message>
    <message>
        <source>Add &amp;indicator of</source>
        <translation>Ajouter un &amp;indicateur pour</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>Supprimer l’in&amp;dicateur</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>Valeurs cibles (%1)</translation>
    </message>
    <message>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>L’effet auquel contribue chaque action (une action est un produit)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome it serves</source>
        <translation>Effet auquel elle contribue</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(aucun effet pour l’instant)</translation>
    </message>
    <message>
        <source>The results chain typed is not saved.</source>
        <translation>La chaîne de résultats saisie n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nouvel effet</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non revue</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>Revue&#xa0;: ✓ validée, ? à suivre, ✗ contestée.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>marked for follow-up</source>
        <translation>marquée à suivre</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestée</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>la réponse a changé après avoir été %1 par %2 le %3</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review:</source>
        <translation>Revue&#xa0;:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Note: what is disputed, what to follow up</source>
        <translation>Note&#xa0;: ce qui est contesté, ce qu&apos;il faut suivre</translation>
    </message>
    <message>
        <source>Review of this answer: %s</source>
        <translation>Revue de cette réponse&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigating measure</source>
        <translation>Mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable du risque</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>Ajouter un r&amp;isque</translation>
    </message>
    <message>
        <source>Remo&amp;ve risk</source>
        <translation>Re&amp;tirer le risque</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores chart</source>
        <translation>Graphique des scores par section</translation>
    </message>
    <message>
        <source>(round %1: %2)</source>
        <translation>(cycle %1 : %2)</translation>
    </message>
    <message>
        <source>Click to open the section.</source>
        <translation>Cliquez pour ouvrir la section.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>la base de données se trouve dans un dossier partagé en réseau, où SQLite ne peut pas la verrouiller de façon sûre&#xa0;: copiez-la sur cet ordinateur et ouvrez la copie</translation>
    </message>
    <message>
        <source>the title is one line (it holds a line break)</source>
        <translation>le titre tient sur une ligne (il contient un saut de ligne)</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>est un dossier, et non un classeur</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>la base de données est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>la base de données est fermée</translation>
    </message>
    <message>
        <source>no permission to read the database</source>
        <translation>pas d&apos;autorisation de lire la base de données</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>l&apos;évaluation %1 (%2) est finalisée : remettez son statut à « En cours » pour la modifier</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>l&apos;évaluation %1 (%2) est finalisée : rien n&apos;a été importé ; remettez son statut à « En cours » pour y importer</translation>
    </message>
    <message>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>le cycle doit être une année comprise entre %1 et %2, et non %3</translation>
    </message>
    <message>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>clé de réponse inconnue pour le questionnaire %1 %2</translation>
    </message>
    <message>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>la version %1 du questionnaire ne peut pas être importée : aucune correspondance déclarée vers la version %2 (assessments/mappings)</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>le champ %1 est absent</translation>
    </message>
    <message>
        <source>unknown country code %1</source>
        <translation>code de pays inconnu : %1</translation>
    </message>
    <message>
        <source>round must be a year, got %1</source>
        <translation>le cycle doit être une année, et non %1</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1 figure deux fois (lignes %2 et %3)</translation>
    </message>
    <message>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>contient l&apos;erreur de tableur %1, et non une valeur (saisissez la valeur)</translation>
    </message>
    <message>
        <source>backup folder %1: %2</source>
        <translation>dossier de sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>impossible d&apos;écrire la sauvegarde faite avant une importation (%1)</translation>
    </message>
    <message>
        <source>cannot write the daily backup (%1)</source>
        <translation>impossible d&apos;écrire la sauvegarde quotidienne (%1)</translation>
    </message>
    <message>
        <source>cannot write the backup (%1)</source>
        <translation>impossible d&apos;écrire la sauvegarde (%1)</translation>
    </message>
    <message>
        <source>cannot create the lock file (%1)</source>
        <translation>impossible de créer le fichier de verrouillage (%1)</translation>
    </message>
    <message>
        <source>cannot open the database (%1)</source>
        <translation>impossible d&apos;ouvrir la base de données (%1)</translation>
    </message>
    <message>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>les fichiers .%1 ne peuvent pas être joints (acceptés : %2)</translation>
    </message>
    <message>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>un fichier sans extension ne peut pas être joint (acceptés : %1)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>le fichier fait %1 Mo ; la limite est de %2 Mo par document</translation>
    </message>
    <message>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>les documents de l&apos;évaluation occuperaient %1 Mo ; la limite est de %2 Mo par évaluation</translation>
    </message>
    <message>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>ce document est déjà joint à %1 (sous le nom %2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>le paquet est trop volumineux (%1 Mo ; la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>le paquet est endommagé ou tronqué (zip : %1)</translation>
    </message>
    <message>
        <source>too many members (%1; the limit is %2)</source>
        <translation>trop d&apos;éléments (%1 ; la limite est de %2)</translation>
    </message>
    <message>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>l&apos;élément %1 est un dossier qui contient des données ou dont le nom n&apos;est pas sûr (un paquet ne contient que des fichiers)</translation>
    </message>
    <message>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>l&apos;élément %1 est refusé : chemin absolu ou chemin contenant « \ »</translation>
    </message>
    <message>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>l&apos;élément %1 est refusé : chemin contenant « .. », « . » ou une partie vide</translation>
    </message>
    <message>
        <source>member %1 is refused: a control character in its name</source>
        <translation>l&apos;élément %1 est refusé : son nom contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>two members are named %1</source>
        <translation>deux éléments portent le nom %1</translation>
    </message>
    <message>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>l&apos;élément %1 est un dossier (un paquet ne contient que des fichiers)</translation>
    </message>
    <message>
        <source>member %1 is a link or a special file</source>
        <translation>l&apos;élément %1 est un lien ou un fichier spécial</translation>
    </message>
    <message>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>l&apos;élément %1 est compressé %2 fois (limite : %3 ; bombe de décompression possible)</translation>
    </message>
    <message>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>le paquet occuperait %1 Mo une fois décompressé (bombe de décompression possible)</translation>
    </message>
    <message>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>manifest.json est trop volumineux (%1 Mo)</translation>
    </message>
    <message>
        <source>member %1 is not in the manifest</source>
        <translation>l&apos;élément %1 ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>member %1 of the manifest is missing</source>
        <translation>l&apos;élément %1 du manifeste est absent</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>l&apos;élément %1 ne correspond pas au manifeste (taille %2, déclarée %3 ; la limite est de %4 Mo)</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>l&apos;élément %1 ne correspond pas au manifeste (son SHA-256 diffère)</translation>
    </message>
    <message>
        <source>the documents take more than %1 MB</source>
        <translation>les documents occupent plus de %1 Mo</translation>
    </message>
    <message>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>l&apos;élément %1 n&apos;a pas pu être extrait (%2)</translation>
    </message>
    <message>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>le manifeste joint un document que le paquet ne contient pas (%1)</translation>
    </message>
    <message>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>le document %1 n&apos;est joint à rien dans le manifeste</translation>
    </message>
    <message>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>l&apos;élément %1 occupe plus que sa taille déclarée une fois décompressé (bombe de décompression possible)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>le paquet est endommagé (l&apos;élément %1 est plus court que déclaré)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1: %2)</source>
        <translation>le paquet est endommagé (élément %1 : %2)</translation>
    </message>
    <message>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>le document enregistré %1 ne correspond pas à son SHA-256 (base de données endommagée ?) ; aucun paquet n&apos;a été écrit</translation>
    </message>
    <message>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>manifest.json n&apos;est pas valide : version %1 (cette application lit la version %2)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>manifest.json n&apos;est pas valide : l&apos;élément %1 n&apos;est ni workbook.xlsx ni documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>manifest.json n&apos;est pas valide : l&apos;élément %1 ne porte pas le nom de son SHA-256</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>manifest.json n&apos;est pas valide : l&apos;élément %1 n&apos;est pas d&apos;un type qui peut être joint</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>manifest.json n&apos;est pas valide : l&apos;élément %1 est un document vide (un document joint n&apos;est jamais vide)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>manifest.json n&apos;est pas valide : le champ « %1 » d&apos;une pièce jointe dépasse %2 caractères</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>manifest.json n&apos;est pas valide : pièce jointe %1 : son heure %2 n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>manifest.json n&apos;est pas valide : la pièce jointe %1 à %2 figure deux fois</translation>
    </message>
    <message>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>manifest.json n&apos;est pas valide : %1 figure deux fois</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>manifest.json n&apos;est pas valide : pièce jointe %1 : %2</translation>
    </message>
    <message>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>l&apos;année %1 doit être comprise entre %2 et %3</translation>
    </message>
    <message>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>le montant %1 comporte des décimales : le %2 n&apos;en a pas</translation>
    </message>
    <message>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>le montant %1 comporte plus de décimales que le %2 n&apos;en a (%3)</translation>
    </message>
    <message>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>le montant exécuté %1 comporte des décimales : le %2 n&apos;en a pas</translation>
    </message>
    <message>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>le montant exécuté %1 comporte plus de décimales que le %2 n&apos;en a (%3)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 n&apos;est pas une monnaie ISO 4217 de la table des pays (par exemple XOF, EUR ou USD)</translation>
    </message>
    <message>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>la monnaie %1 n&apos;est pas un code ISO 4217 (trois lettres majuscules, par exemple XOF ou USD)</translation>
    </message>
    <message>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>le montant %1 est trop élevé : les montants sont inférieurs à 10000000000000 (dix mille milliards)</translation>
    </message>
    <message>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>le montant exécuté %1 est trop élevé : les montants sont inférieurs à 10000000000000 (dix mille milliards)</translation>
    </message>
    <message>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>le montant %1 comporte %2 décimales : %3 au plus</translation>
    </message>
    <message>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>le montant exécuté %1 comporte %2 décimales : %3 au plus</translation>
    </message>
    <message>
        <source>the amount %1 has more than %2 digits</source>
        <translation>le montant %1 comporte plus de %2 chiffres</translation>
    </message>
    <message>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>le montant exécuté %1 comporte plus de %2 chiffres</translation>
    </message>
    <message>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>le taux de change %1 n&apos;est pas un nombre : écrivez-le avec une virgule pour les décimales, par exemple 605,25</translation>
    </message>
    <message>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>le taux de change doit être un nombre supérieur à zéro, et non %1</translation>
    </message>
    <message>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>le taux de change %1 comporte trop de chiffres : %2 au plus, dont %3 décimales</translation>
    </message>
    <message>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>la date du taux de change du %1 doit être une date AAAA-MM-JJ, et non %2</translation>
    </message>
    <message>
        <source>two exchange rates for %1: keep one</source>
        <translation>deux taux de change pour %1 : n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>a plan has at most %1 exchange rates</source>
        <translation>un plan comporte au plus %1 taux de change</translation>
    </message>
    <message>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>le nom du bailleur de fonds dépasse %1 caractères (%2)</translation>
    </message>
    <message>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>la source du taux de change dépasse %1 caractères (%2)</translation>
    </message>
    <message>
        <source>cost line %1: %2</source>
        <translation>ligne de coût %1 : %2</translation>
    </message>
    <message>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>l&apos;évaluation contiendrait %1&#xa0;Mo de texte (réponses, commentaires, sources, plan d&apos;action, notes de revue), plus qu&apos;un classeur n&apos;en porte (%2&#xa0;Mo)&#xa0;: raccourcissez les textes les plus longs ou joignez les longs documents comme fichiers</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>la période de rapport %1 n&apos;est ni une année, par exemple 2026, ni un semestre, par exemple 2026-H1</translation>
    </message>
    <message>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>la période %1 précède le plan, qui commence en %2</translation>
    </message>
    <message>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>la période %1 n&apos;a pas commencé (nous sommes le %2)</translation>
    </message>
    <message>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>la période %1 est en dehors des années du plan (%2–%3)</translation>
    </message>
    <message>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>indiquez la date à laquelle la valeur de l&apos;indicateur %1 a été mesurée</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>la date de la valeur de l&apos;indicateur %1 n&apos;est pas une date AAAA-MM-JJ&#xa0;: %2</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>la date de la valeur de l&apos;indicateur %1 (%2) est postérieure à aujourd&apos;hui (%3)</translation>
    </message>
    <message>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>la valeur de l&apos;indicateur %1 (%2) n&apos;est pas un nombre&#xa0;: écrivez des chiffres, par exemple 42 ou 37,5</translation>
    </message>
    <message>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>l’action %1 a un avancement enregistré pour %2 : elle reste dans le plan pour que ses montants restent comptés ; déclarez-la abandonnée, avec le motif, ou supprimez d’abord son avancement</translation>
    </message>
    <message>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>le poste de coût %1 de l’action %2 (%3, %4) porte des montants enregistrés pour %5 : il garde sa place, son année, sa monnaie et son bailleur (modifiez son montant, ou ajoutez un poste après lui)</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>le titre dépasse %1 caractères (%2)&#xa0;: raccourcissez-le</translation>
    </message>
    <message>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>%1 a déjà une évaluation pour le cycle %2 (%4)&#xa0;: ouvrez-la ou choisissez un autre cycle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>est la base de données ou l’un de ses fichiers ; un tel fichier n’est jamais joint comme document</translation>
    </message>
    <message>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>est une sauvegarde de la base de données ; une sauvegarde n’est jamais jointe comme document</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected assessment (home)</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée (accueil)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Maj+D</translation>
    </message>
    <message>
        <source>Assessment details: title, round, country</source>
        <translation>Détails de l&apos;évaluation&#xa0;: titre, cycle, pays</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the assessment, back to the list</source>
        <translation>Fermer l&apos;évaluation, retour à la liste</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Annuler la dernière réponse</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Maj+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Rechercher dans les questions, identifiants et commentaires</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Maj+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Occurrence suivante / précédente</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Question sans réponse suivante</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Maj+J</translation>
    </message>
    <message>
        <source>Previous unanswered item</source>
        <translation>Question sans réponse précédente</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>Revoir la réponse courante (une question, une ligne de tableau, une cellule de la matrice)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>Historique de la réponse en cours : qui, quand, rétablir une valeur</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Next answer not reviewed</source>
        <translation>Réponse suivante non revue</translation>
    </message>
    <message>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Questions / Matrice / Tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Focus the navigator</source>
        <translation>Aller au navigateur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Maj+L</translation>
    </message>
    <message>
        <source>Next questionnaire language</source>
        <translation>Langue suivante du questionnaire</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Bas / Alt+Haut</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Section suivante / précédente</translation>
    </message>
    <message>
        <source>Enter (matrix)</source>
        <translation>Entrée (matrice)</translation>
    </message>
    <message>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Modifier les champs de la cellule courante</translation>
    </message>
    <message>
        <source>Esc (matrix panel)</source>
        <translation>Échap (panneau de la matrice)</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>Retour à la grille</translation>
    </message>
    <message>
        <source>F4 (grid)</source>
        <translation>F4 (grille)</translation>
    </message>
    <message>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>Ouvrir la liste ou le calendrier d&apos;une cellule</translation>
    </message>
    <message>
        <source>Delete (grid)</source>
        <translation>Suppr (grille)</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>Effacer une cellule</translation>
    </message>
    <message>
        <source>Shift+F10 (grid)</source>
        <translation>Maj+F10 (grille)</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>Ne sait pas / sans objet / effacer</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help (offline)</source>
        <translation>Aide (hors ligne)</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>Complétude : %1 des questions principales renseignées ou sans objet, pondérées par section (la méthode demande au moins %2).</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>Suivis en cours : %1.</translation>
    </message>
    <message>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>Réponses non revues : %1 sur %2.</translation>
    </message>
    <message>
        <source>Disputed answers: %1.</source>
        <translation>Réponses contestées : %1.</translation>
    </message>
    <message>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>Réponses citant un document non joint : %1.</translation>
    </message>
    <message>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>Le score est provisoire : trop peu est connu pour attribuer un niveau.</translation>
    </message>
    <message>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>Le superviseur n&apos;a pas approuvé les revues (Édition ▸ Approuver les revues).</translation>
    </message>
    <message>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>Réponses revues : %1 sur %2.</translation>
    </message>
    <message>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>Les revues ne peuvent pas encore être approuvées : revoyez d&apos;abord chaque réponse (F8 va à la suivante) et réglez chaque suivi.</translation>
    </message>
    <message>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>Les revues peuvent être approuvées. Les réponses contestées et les documents manquants sont inscrits dans l&apos;historique et imprimés sur la couverture du rapport.</translation>
    </message>
    <message>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>Revues approuvées par %1 (%2) le %3.</translation>
    </message>
    <message>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>Elle ne peut pas encore être validée : portez d&apos;abord la complétude au seuil et réglez chaque suivi.</translation>
    </message>
    <message>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>Elle peut être validée. Ce qui reste en suspens ci-dessus est inscrit dans l&apos;historique de la validation et imprimé sous la validation, sur la couverture du rapport.</translation>
    </message>
    <message>
        <source>It can be validated: nothing stands open.</source>
        <translation>Elle peut être validée : rien ne reste en suspens.</translation>
    </message>
    <message>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>Validée pour l&apos;Institut national de la statistique par %1 (%2, %3) le %4.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Validate for the national statistics office</source>
        <translation>Valider pour l&apos;Institut national de la statistique</translation>
    </message>
    <message>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>Indiquez qui valide cette évaluation pour l&apos;Institut national de la statistique. Elle devient finalisée&#xa0;: en lecture seule jusqu&apos;à ce qu&apos;elle soit rouverte, avec une raison. La validation est imprimée sur la couverture du rapport et figure dans le classeur.</translation>
    </message>
    <message>
        <source>e.g. Director-General</source>
        <translation>par exemple Directeur général</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>Indiquez le nom, la fonction et l&apos;institution de la personne qui valide, ainsi que la date.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Sign off the reviews</source>
        <translation>Approuver les revues</translation>
    </message>
    <message>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>Le superviseur de la mission certifie que chaque réponse a été revue. Ce n&apos;est pas la validation de l&apos;Institut national de la statistique, qui vient après. Le superviseur est nommé ici ; l&apos;opérateur de l&apos;ordinateur est enregistré comme celui qui l&apos;a saisie.</translation>
    </message>
    <message>
        <source>e.g. Mission supervisor</source>
        <translation>p. ex. superviseur de la mission</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>Indiquez le nom et la fonction du superviseur, et la date.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Rouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>Rouvrir retire la validation : la couverture du rapport et le classeur indiqueront qu&apos;elle a été retirée, quand, par qui et pourquoi, et listeront les réponses modifiées ensuite. Elle pourra être validée de nouveau une fois les modifications faites.</translation>
    </message>
    <message>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>Elle retire aussi l&apos;approbation des revues par le superviseur : les revues sont approuvées à nouveau avant la prochaine validation.</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>Cette évaluation est finalisée. Indiquez pourquoi elle est rouverte&#xa0;: la rai&amp;son est enregistrée avec votre nom et l&apos;heure.</translation>
    </message>
    <message>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>Indiquez pourquoi l&apos;évaluation est rouverte&#xa0;: une raison est requise.</translation>
    </message>
    <message>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>Cette évaluation est déjà finalisée&#xa0;: rouvrez-la (Statut), avec une raison, pour la valider à nouveau.</translation>
    </message>
    <message>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>Cette évaluation est définitive : les revues sont approuvées avant la validation. Rouvrez-la (État), avec un motif, pour les approuver à nouveau.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
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
    <name>StatusControl</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Status of the assessment</source>
        <translation>Statut de l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress of %s</source>
        <translation>Progression&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Save before going on?</source>
        <translation>Enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>le dossier des données n&apos;est pas accessible en écriture (il est en lecture seule, ou sur un support en lecture seule)</translation>
    </message>
    <message>
        <source>the disk is full (free some space)</source>
        <translation>le disque est plein (libérez de la place)</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>un autre programme utilise la base de données</translation>
    </message>
    <message>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>le disque n&apos;a pas pu être écrit (le support a-t-il été retiré&#xa0;?)</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>la base de données est fermée</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>la base de données n&apos;a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>A year from %d to %d</source>
        <translation>Une année de %d à %d</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The window&apos;s preferences cannot be read</source>
        <translation>Les préférences de la fenêtre ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>{file}

This is not a file the window can read its preferences from (a named pipe, a device or a folder, or a file larger than 1 MB). Move it away or delete it, then start the application again.</source>
        <translation>{file}

La fenêtre ne peut pas lire ses préférences dans ce fichier (un tube nommé, un périphérique ou un dossier, ou un fichier de plus de 1&#xa0;Mo). Déplacez-le ou supprimez-le, puis relancez l’application.</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>Déplacement du dossier des données</translation>
    </message>
    <message>
        <source>Moving the data folder chosen in Preferences (the database and its backups are copied, then checked)…</source>
        <translation>Déplacement du dossier des données choisi dans les Préférences (la base de données et ses sauvegardes sont copiées, puis vérifiées)…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>Mise à niveau de la base de données</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the application (a backup of it is taken first)…</source>
        <translation>Mise à niveau de la base de données pour cette version de l&apos;application (une sauvegarde est d&apos;abord effectuée)…</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Le dossier des données ne peut pas être utilisé</translation>
    </message>
</context>
</TS>

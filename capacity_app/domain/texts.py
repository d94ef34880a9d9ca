"""Every fixed sentence the scoring engine writes: English, French and Spanish here; Arabic,
Chinese and Russian in one catalogue file per language (``resources/sentences/strings.<lang>.yaml``,
the same entries with the English each was translated from; docs/questionnaire-format.md,
"Translations"). Those files are data: the domain reads no file, so ``catalog.sentences`` gives
this module its reader (``set_catalogue_reader``) and each language is read once, when first used.

Placeholders use ``str.format`` names. A test checks that every language of each entry carries
the same placeholders, so a translation can never drop a number a statistician needs to check.
"""
from __future__ import annotations

from collections.abc import Callable

from .languages import CATALOGUED
from .placeholders import fill

# the catalogued languages' sentences read so far, by language then key: {"en": source, "<lang>": text}
CATALOGUES: dict[str, dict[str, dict[str, str]]] = {}
_reader: Callable[[str], dict[str, dict[str, str]]] | None = None


def set_catalogue_reader(reader: Callable[[str], dict[str, dict[str, str]]] | None) -> None:
    """``reader(lang)`` gives the sentences of a catalogued language (catalog.sentences sets it);
    what was read before is forgotten, so a changed file is read again."""
    global _reader
    _reader = reader
    CATALOGUES.clear()


def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """The sentences of the catalogued language ``lang`` ({} for a language written inline, or
    while no reader is set: English shows)."""
    if lang not in CATALOGUES and lang in CATALOGUED and _reader is not None:
        CATALOGUES[lang] = _reader(lang)
    return CATALOGUES.get(lang, {})

TEXTS: dict[str, dict[str, str]] = {
    # --- bands and gap types --------------------------------------------------------------------
    # band codes are stable identifiers; the names describe the capacity the score measures
    "band.requires_further_progress": {"en": "Limited capacity", "fr": "Capacité limitée",
                                       "es": "Capacidad limitada"},
    "band.partially_meets": {"en": "Developing capacity", "fr": "Capacité en développement",
                             "es": "Capacidad en desarrollo"},
    "band.meets": {"en": "Established capacity", "fr": "Capacité établie", "es": "Capacidad consolidada"},
    "band.fully_meets": {"en": "Advanced capacity", "fr": "Capacité avancée", "es": "Capacidad avanzada"},
    "band.provisional": {"en": "Provisional: no band yet", "fr": "Provisoire : pas encore de niveau",
                         "es": "Provisional: aún sin nivel"},
    "band.custom_weights": {"en": "Custom weights: no band", "fr": "Pondération propre : sans niveau",
                            "es": "Ponderación propia: sin nivel"},
    "noband.incomplete": {
        "en": "only {share}% of the primary questions are known (answered, or not applicable where allowed); a band needs {threshold}%",
        "fr": "seules {share} % des questions principales sont connues (renseignées, ou sans objet là où c'est admis) ; un niveau exige {threshold} %",
        "es": "solo se conoce el {share} % de las preguntas principales (respondidas, o no aplicables donde se admite); un nivel exige el {threshold} %"},
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions answered or not applicable; a band needs every area assessed",
        "fr": "{sections} : moins de {threshold} % des questions principales renseignées ou sans objet ; un niveau exige que chaque domaine soit évalué",
        "es": "{sections}: menos del {threshold} % de las preguntas principales están respondidas o no son aplicables; un nivel exige que cada área esté evaluada"},
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band",
        "fr": "aucune date de référence en S0 : l’ancienneté des données n’est pas évaluée, donc aucun niveau",
        "es": "no hay fecha de referencia en S0: no se evalúa la antigüedad de los datos, por lo que no hay nivel"},
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year",
        "fr": "la date de référence {ref} précède des données déjà enregistrées pour {year} ({where}) : toutes les données compteraient comme récentes ; corrigez la date ou cette année",
        "es": "la fecha de referencia {ref} es anterior a datos ya registrados para {year} ({where}): todos los datos contarían como recientes; corrija la fecha o ese año"},
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band",
        "fr": "la date de référence {ref} est antérieure à des données de {year} ({where}) : elle n’est pas utilisée, l’ancienneté des données n’est pas évaluée, donc aucun niveau",
        "es": "la fecha de referencia {ref} es anterior a datos de {year} ({where}): no se utiliza, no se evalúa la antigüedad de los datos, por lo que no hay nivel"},
    "gap.data": {"en": "Data gap", "fr": "Lacune de données", "es": "Brecha de datos"},
    "gap.processing_access": {"en": "Processing or access gap", "fr": "Lacune de traitement ou d'accès",
                              "es": "Brecha de procesamiento o de acceso"},
    "gap.reporting": {"en": "Reporting gap", "fr": "Lacune de diffusion", "es": "Brecha de difusión"},
    "gap.disaggregation": {"en": "Disaggregation gap", "fr": "Lacune de ventilation",
                           "es": "Brecha de desglose"},
    "gap.none": {"en": "No gap", "fr": "Aucune lacune", "es": "Sin brecha"},
    "gap.not_rated": {"en": "Need not rated", "fr": "Besoin non évalué", "es": "Necesidad no valorada"},
    "gap.not_assessed": {"en": "Not yet assessed", "fr": "Pas encore évaluée", "es": "Aún no evaluada"},
    # --- answer states used inside sentences ----------------------------------------------------
    "state.empty": {"en": "not stated", "fr": "non renseigné", "es": "no indicado"},
    "state.dont_know": {"en": "don't know", "fr": "ne sait pas", "es": "no sabe"},
    "state.not_applicable": {"en": "not applicable", "fr": "sans objet", "es": "no aplicable"},
    # --- cells of the S3 matrix -----------------------------------------------------------------
    "cell.not_assessed": {"en": "{src}: not assessed yet", "fr": "{src} : pas encore évalué",
                          "es": "{src}: aún no evaluado"},
    "cell.not_applicable": {"en": "{src}: marked not applicable, left out",
                            "fr": "{src} : marqué sans objet, non pris en compte",
                            "es": "{src}: marcado como no aplicable, excluido"},
    "cell.exists_no": {"en": "{src}: the source does not exist → level 0",
                       "fr": "{src} : la source n’existe pas → niveau 0",
                       "es": "{src}: la fuente no existe → nivel 0"},
    "cell.exists_planned": {"en": "{src}: the source is only planned → level 0",
                            "fr": "{src} : la source est seulement prévue → niveau 0",
                            "es": "{src}: la fuente solo está prevista → nivel 0"},
    "cell.exists_unknown": {"en": "{src}: existence of the source {state} → not described yet, no level",
                            "fr": "{src} : existence de la source {state} → pas encore décrite, sans niveau",
                            "es": "{src}: existencia de la fuente {state} → aún no descrita, sin nivel"},
    "cell.variables_no": {"en": "{src}: does not collect the variables the question needs → level 0",
                          "fr": "{src} : ne collecte pas les variables nécessaires à la question → niveau 0",
                          "es": "{src}: no recoge las variables que requiere la pregunta → nivel 0"},
    "cell.variables_unknown": {"en": "{src}: variables collected {state} → treated as lacking → level 0",
                               "fr": "{src} : variables collectées {state} → considérées comme absentes → niveau 0",
                               "es": "{src}: variables recogidas {state} → se consideran ausentes → nivel 0"},
    "cell.variables_partly": {"en": "{src}: collects only some of the variables needed → content shortfall → level 2",
                              "fr": "{src} : ne collecte qu’une partie des variables nécessaires → insuffisance de contenu → niveau 2",
                              "es": "{src}: recoge solo parte de las variables necesarias → deficiencia de contenido → nivel 2"},
    "cell.not_tabulated": {"en": "{src}: not processed or tabulated for this question → level 1",
                           "fr": "{src} : non traitée ni tabulée pour cette question → niveau 1",
                           "es": "{src}: no se procesa ni tabula para esta pregunta → nivel 1"},
    "cell.tabulated_unknown": {"en": "{src}: tabulation {state} → treated as not tabulated → level 1",
                               "fr": "{src} : tabulation {state} → considérée comme non tabulée → niveau 1",
                               "es": "{src}: tabulación {state} → se considera no tabulada → nivel 1"},
    "cell.one_off": {"en": "{src}: one-off collection → periodicity shortfall → level 1",
                     "fr": "{src} : collecte ponctuelle → périodicité insuffisante → niveau 1",
                     "es": "{src}: recolección única → periodicidad insuficiente → nivel 1"},
    "cell.periodicity_unknown": {"en": "{src}: periodicity {state} → treated as one-off → level 1",
                                 "fr": "{src} : périodicité {state} → considérée comme ponctuelle → niveau 1",
                                 "es": "{src}: periodicidad {state} → se considera única → nivel 1"},
    "cell.flow_not_annual": {"en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2",
                             "fr": "{src} : {periodicity}, alors qu’un flux exige des données annuelles ou continues → périodicité insuffisante → niveau 2",
                             "es": "{src}: {periodicity}, pero un flujo requiere datos anuales o continuos → periodicidad insuficiente → nivel 2"},
    "cell.stock_infrequent": {"en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2",
                              "fr": "{src} : {periodicity}, alors qu’une enquête ou un registre exige une édition au moins tous les 5 ans → périodicité insuffisante → niveau 2",
                              "es": "{src}: {periodicity}, pero una encuesta o registro requiere una ronda al menos cada 5 años → periodicidad insuficiente → nivel 2"},
    "cell.too_old": {"en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1",
                     "fr": "{src} {year} : plus de {limit} ans à la date de référence {ref} → récence insuffisante → niveau 1",
                     "es": "{src} {year}: más de {limit} años en la fecha de referencia {ref} → actualidad insuficiente → nivel 1"},
    "cell.no_reference_date": {"en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1",
                               "fr": "{src} {year} : ancienneté non évaluée (pas de date de référence valable en S0) → récence non démontrée → niveau 1",
                               "es": "{src} {year}: antigüedad no evaluada (no hay fecha de referencia válida en S0) → actualidad no demostrada → nivel 1"},
    "cell.year_unknown": {"en": "{src}: latest reference year {state} → recency cannot be shown → level 1",
                          "fr": "{src} : dernière année de référence {state} → récence non démontrée → niveau 1",
                          "es": "{src}: último año de referencia {state} → actualidad no demostrada → nivel 1"},
    "cell.late": {"en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2",
                  "fr": "{src} : diffusée plus de 24 mois après la période de référence → actualité insuffisante → niveau 2",
                  "es": "{src}: difundida más de 24 meses después del período de referencia → oportunidad insuficiente → nivel 2"},
    "cell.timeliness_unknown": {"en": "{src}: timeliness {state} → treated as late → level 2",
                                "fr": "{src} : délai de diffusion {state} → considéré comme tardif → niveau 2",
                                "es": "{src}: plazo de difusión {state} → se considera tardío → nivel 2"},
    "cell.breakdown_unknown": {"en": "{src}: breakdowns {state} → cannot be shown → level 2",
                               "fr": "{src} : ventilations {state} → non démontrées → niveau 2",
                               "es": "{src}: desgloses {state} → no demostrados → nivel 2"},
    "cell.breakdown_missing": {"en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2",
                               "fr": "{src} : pas de ventilation par {missing} → ventilation insuffisante → niveau 2",
                               "es": "{src}: sin desglose por {missing} → desglose insuficiente → nivel 2"},
    "cell.internal": {"en": "{src}: results for internal use only → no access → level 1",
                      "fr": "{src} : résultats à usage interne uniquement → pas d’accès → niveau 1",
                      "es": "{src}: resultados solo para uso interno → sin acceso → nivel 1"},
    "cell.access_unknown": {"en": "{src}: accessibility {state} → treated as internal only → level 1",
                            "fr": "{src} : accessibilité {state} → considérée comme interne → niveau 1",
                            "es": "{src}: accesibilidad {state} → se considera de uso interno → nivel 1"},
    "cell.on_request": {"en": "{src}: results only on request, not public → access shortfall → level 2",
                        "fr": "{src} : résultats seulement sur demande, non publics → accès insuffisant → niveau 2",
                        "es": "{src}: resultados solo a pedido, no públicos → acceso insuficiente → nivel 2"},
    "cell.not_aligned": {"en": "{src}: definitions not aligned with the UN recommendations → level 1",
                         "fr": "{src} : définitions non conformes aux recommandations des Nations Unies → niveau 1",
                         "es": "{src}: definiciones no conformes con las recomendaciones de las Naciones Unidas → nivel 1"},
    "cell.aligned_unknown": {"en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1",
                             "fr": "{src} : conformité aux recommandations des Nations Unies {state} → considérée comme non conforme → niveau 1",
                             "es": "{src}: conformidad con las recomendaciones de las Naciones Unidas {state} → se considera no conforme → nivel 1"},
    "cell.partly_aligned": {"en": "{src}: definitions only partly aligned with the UN recommendations → level 2",
                            "fr": "{src} : définitions partiellement conformes aux recommandations des Nations Unies → niveau 2",
                            "es": "{src}: definiciones parcialmente conformes con las recomendaciones de las Naciones Unidas → nivel 2"},
    "cell.fit": {"en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3",
                 "fr": "{src} : régulière, à jour, conforme, par sexe, âge et statut migratoire, publiée → niveau 3",
                 "es": "{src}: regular, oportuna, conforme, por sexo, edad y condición migratoria, publicada → nivel 3"},
    "cell.result": {"en": "{src}: level {level}", "fr": "{src} : niveau {level}", "es": "{src}: nivel {level}"},
    "breakdown.sex": {"en": "sex", "fr": "sexe", "es": "sexo"},
    "breakdown.age": {"en": "age", "fr": "âge", "es": "edad"},
    "breakdown.origin": {"en": "migratory status or origin", "fr": "statut migratoire ou origine",
                         "es": "condición migratoria u origen"},
    "and": {"en": "and", "fr": "et", "es": "y"},
    # --- policy questions ------------------------------------------------------------------------
    "pq.need": {"en": "need {need} (S2 rating); weighs {weight} in S3",
                "fr": "besoin {need} (note S2) ; pèse {weight} dans S3",
                "es": "necesidad {need} (valoración S2); pesa {weight} en S3"},
    "pq.need_dont_know": {"en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3",
                          "fr": "besoin inconnu (ne sait pas) → ni lacune, ni priorité, ni rang tant qu’il n’est pas évalué ; pèse {weight} dans S3",
                          "es": "necesidad desconocida (no sabe) → sin brecha, prioridad ni puesto hasta que se valore; pesa {weight} en S3"},
    "pq.need_missing": {"en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3",
                        "fr": "besoin pas encore évalué en S2 → ni lacune, ni priorité, ni rang ; pèse {weight} dans S3",
                        "es": "necesidad aún no valorada en S2 → sin brecha, prioridad ni puesto; pesa {weight} en S3"},
    "pq.need_na": {"en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3",
                   "fr": "besoin marqué sans objet, avec sa raison (la question ne se pose pas) → besoin 0 ; pèse tout de même {weight} dans S3",
                   "es": "necesidad marcada como no aplicable, con su motivo (la pregunta no se plantea) → necesidad 0; pesa igualmente {weight} en S3"},
    "pq.need_na_no_reason": {"en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3",
                             "fr": "besoin marqué sans objet sans raison donnée en commentaire → non évalué ; pèse {weight} dans S3",
                             "es": "necesidad marcada como no aplicable sin motivo en el comentario → no valorada; pesa {weight} en S3"},
    "pq.not_assessed": {"en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action",
                        "fr": "aucune source encore décrite (existence non renseignée) → pas encore évaluée : ni disponibilité, ni lacune, ni rang, ni action",
                        "es": "ninguna fuente descrita aún (existencia sin indicar) → aún no evaluada: sin disponibilidad, brecha, puesto ni acción"},
    "pq.unconfirmed": {"en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them",
                       "fr": "sans confirmation par une réponse (non renseigné ou ne sait pas) : {factors} → à suivre, aucune action n’en découle",
                       "es": "sin confirmación por una respuesta (sin indicar o no sabe): {factors} → en seguimiento, no se deriva ninguna acción"},
    "pq.to_confirm": {"en": "(to confirm)", "fr": "(à confirmer)", "es": "(por confirmar)"},
    # S1's row names are labels, not noun phrases: each sentence puts the name before a colon, so no
    # article or agreement depends on it ("S1 ne confirme pas Ressortissants vivant à l'étranger")
    "pq.s1_not_available": {"en": "S1, {stat}: not available; the sources do not yet give the statistic",
                            "fr": "S1, {stat} : statistique non disponible ; les sources ne la donnent pas encore",
                            "es": "S1, {stat}: estadística no disponible; las fuentes aún no la dan"},
    "pq.s1_unknown": {"en": "S1, {stat}: availability not confirmed ({state})",
                      "fr": "S1, {stat} : disponibilité non confirmée ({state})",
                      "es": "S1, {stat}: disponibilidad no confirmada ({state})"},
    "pq.s1_not_12_months": {"en": "S1, {stat}: not measured by the 12-month usual-residence rule",
                            "fr": "S1, {stat} : pas de mesure selon la règle de la résidence habituelle de 12 mois",
                            "es": "S1, {stat}: sin medición según la regla de residencia habitual de 12 meses"},
    "pq.availability": {"en": "availability {availability} = best source level ({sources})",
                        "fr": "disponibilité {availability} = meilleur niveau de source ({sources})",
                        "es": "disponibilidad {availability} = mejor nivel de fuente ({sources})"},
    "pq.availability_none": {"en": "availability 0: no source scores above 0",
                             "fr": "disponibilité 0 : aucune source ne dépasse le niveau 0",
                             "es": "disponibilidad 0: ninguna fuente supera el nivel 0"},
    "pq.gap": {"en": "gap = need − availability = {need} − {availability} = {gap} (never below 0); priority = need × gap = {need} × {gap} = {priority}",
               "fr": "lacune = besoin − disponibilité = {need} − {availability} = {gap} (jamais inférieure à 0) ; priorité = besoin × lacune = {need} × {gap} = {priority}",
               "es": "brecha = necesidad − disponibilidad = {need} − {availability} = {gap} (nunca inferior a 0); prioridad = necesidad × brecha = {need} × {gap} = {priority}"},
    "pq.limiting": {"en": "what limits the best data available: {factors}",
                   "fr": "ce qui limite les meilleures données disponibles : {factors}",
                   "es": "lo que limita los mejores datos disponibles: {factors}"},
    "pq.type.not_rated": {"en": "need not rated: no gap type, no rank", "fr": "besoin non évalué : ni type de lacune, ni rang",
                          "es": "necesidad no valorada: sin tipo de brecha ni puesto"},
    "factor.exists": {"en": "no source", "fr": "aucune source", "es": "ninguna fuente"},
    "factor.variables": {"en": "variables", "fr": "variables", "es": "variables"},
    "factor.tabulation": {"en": "tabulation", "fr": "tabulation", "es": "tabulación"},
    "factor.periodicity": {"en": "periodicity", "fr": "périodicité", "es": "periodicidad"},
    "factor.recency": {"en": "recency", "fr": "récence", "es": "actualidad"},
    "factor.timeliness": {"en": "timeliness", "fr": "actualité", "es": "oportunidad"},
    "factor.breakdown": {"en": "breakdown", "fr": "ventilation", "es": "desglose"},
    "factor.access": {"en": "access", "fr": "accès", "es": "acceso"},
    "factor.alignment": {"en": "alignment with the UN Recommendations", "fr": "conformité aux recommandations des Nations Unies",
                         "es": "conformidad con las recomendaciones de las Naciones Unidas"},
    "rec.answers_pq": {"en": "question {code}: gap {gap}, priority {priority}, held back by {factors}",
                       "fr": "question {code} : lacune {gap}, priorité {priority}, limitée par : {factors}",
                       "es": "pregunta {code}: brecha {gap}, prioridad {priority}, limitada por: {factors}"},
    "pq.type.data": {"en": "data gap: no source collects usable data for this question",
                     "fr": "lacune de données : aucune source ne collecte de données utilisables pour cette question",
                     "es": "brecha de datos: ninguna fuente recoge datos utilizables para esta pregunta"},
    "pq.type.processing_access": {"en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned",
                                  "fr": "lacune de traitement ou d'accès : les données sont collectées, mais elles ne sont pas tabulées ou pas accessibles, ou bien elles sont ponctuelles ou non conformes",
                                  "es": "brecha de procesamiento o de acceso: los datos se recogen pero no se tabulan, no son accesibles, son únicos o no conformes"},
    "pq.type.reporting": {"en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment",
                          "fr": "lacune de diffusion : la meilleure source est limitée par sa périodicité, sa récence, son actualité, sa diffusion ou sa conformité",
                          "es": "brecha de difusión: la mejor fuente está limitada por su periodicidad, actualidad, oportunidad, publicación o conformidad"},
    "pq.type.disaggregation": {"en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)",
                               "fr": "lacune de ventilation : il manque à la meilleure source une ventilation clé (sexe, âge, statut migratoire)",
                               "es": "brecha de desglose: a la mejor fuente le falta un desglose clave (sexo, edad, condición migratoria)"},
    "pq.type.not_assessed": {"en": "not yet assessed: describe the sources in S3",
                             "fr": "pas encore évaluée : décrire les sources en S3",
                             "es": "aún no evaluada: describir las fuentes en S3"},
    "pq.type.none": {"en": "no gap: the need is met", "fr": "aucune lacune : le besoin est couvert",
                     "es": "sin brecha: la necesidad está cubierta"},
    "pq.triangulation": {"en": "triangulation possible: {count} sources at level 2 or more ({sources})",
                         "fr": "triangulation possible : {count} sources au niveau 2 ou plus ({sources})",
                         "es": "triangulación posible: {count} fuentes en nivel 2 o más ({sources})"},
    "pq.quick_win": {"en": "quick win (data already collected, level 1): {sources}",
                    "fr": "gain rapide (données déjà collectées, niveau 1) : {sources}",
                    "es": "logro rápido (datos ya recogidos, nivel 1): {sources}"},
    # the count after the sources it counts indicators of ("3 (six sources)" read as 3 sources)
    "pq.sdg_links": {"en": "SDG indicators in S4 that rely on these sources ({sources}): {count}",
                    "fr": "indicateurs ODD de S4 qui reposent sur ces sources ({sources}) : {count}",
                    "es": "indicadores ODS de S4 que dependen de estas fuentes ({sources}): {count}"},
    "pq.rank": {"en": "rank {rank} of {total}", "fr": "rang {rank} sur {total}", "es": "puesto {rank} de {total}"},
    # --- sections ----------------------------------------------------------------------------------
    "sec.points": {"en": "{points} of {max_points} points from {count} scored items → {score}",
                   "fr": "{points} sur {max_points} points pour {count} éléments notés → {score}",
                   "es": "{points} de {max_points} puntos de {count} elementos puntuados → {score}"},
    "sec.none": {"en": "no question of this section is scored for this country → no score",
                 "fr": "aucune question de cette section n’est notée pour ce pays → pas de score",
                 "es": "ninguna pregunta de esta sección se puntúa para este país → sin puntuación"},
    "sec.not_assessed": {"en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score",
                         "fr": "rien de connu pour l’instant (aucune question principale renseignée) → pas encore évaluée, pas de score ; compte 0 dans le score global",
                         "es": "nada conocido todavía (ninguna pregunta principal respondida) → aún no evaluada, sin puntuación; cuenta 0 en la puntuación global"},
    "sec.closed": {"en": "follow-up questions closed by a 'no' in this section, which earn nothing: {count}",
                  "fr": "questions de suivi fermées par un « non » dans cette section, qui ne rapportent rien : {count}",
                  "es": "preguntas de seguimiento cerradas por un «no» en esta sección, que no aportan nada: {count}"},
    "sec.not_judged": {"en": "age checks not judged for want of a valid reference date, which earn nothing: {count}",
                      "fr": "contrôles d’ancienneté non évalués faute de date de référence valable, qui ne rapportent rien : {count}",
                      "es": "controles de antigüedad no evaluados a falta de fecha de referencia válida, que no aportan nada: {count}"},
    "sec.blank": {"en": "answers not given yet, scored 0 and listed for follow-up: {count}",
                 "fr": "réponses pas encore données, notées 0 et à suivre : {count}",
                 "es": "respuestas aún sin dar, puntuadas con 0 y pendientes de seguimiento: {count}"},
    "sec.completeness": {"en": "completeness: {given} of {units} primary questions answered or not applicable ({share}%)",
                         "fr": "exhaustivité : {given} questions principales renseignées ou sans objet sur {units} ({share} %)",
                         "es": "exhaustividad: {given} de {units} preguntas principales respondidas o no aplicables ({share} %)"},
    "sec.s3": {"en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}",
               "fr": "disponibilité pondérée par le besoin pour {count} questions de politique : ({terms}) = {points} sur {max_points} → {score}",
               "es": "disponibilidad ponderada por la necesidad de {count} preguntas de política: ({terms}) = {points} de {max_points} → {score}"},
    "sec.s3_unassessed": {"en": "policy questions with no source described yet, counted as 0: {count}",
                         "fr": "questions de politique sans source encore décrite, comptées 0 : {count}",
                         "es": "preguntas de política sin fuente descrita aún, contadas como 0: {count}"},
    "sec.dont_know": {"en": "answers 'don't know', scored 0 and listed for follow-up: {count}",
                     "fr": "réponses « ne sait pas », notées 0 et à suivre : {count}",
                     "es": "respuestas «no sabe», puntuadas con 0 y pendientes de seguimiento: {count}"},
    "sec.not_applicable": {"en": "answers 'not applicable' by the country's own statement (for example no such register by design), which earn nothing: {count}",
                          "fr": "réponses « sans objet » déclarées par le pays (par exemple pas de tel registre par choix), qui ne rapportent rien : {count}",
                          "es": "respuestas «no aplicable» declaradas por el país (por ejemplo, no existe tal registro por diseño), que no aportan nada: {count}"},
    "sec.matrix_not_applicable": {"en": "sources marked not applicable (absent by design), left out so that the best source decides: {count}",
                                 "fr": "sources marquées sans objet (absentes par choix), non prises en compte pour que la meilleure source décide : {count}",
                                 "es": "fuentes marcadas como no aplicables (ausentes por diseño), excluidas para que decida la mejor fuente: {count}"},
    "sec.weight": {"en": "weight {weight} in the overall score", "fr": "poids {weight} dans le score global",
                   "es": "peso {weight} en la puntuación global"},
    # --- section-specific findings ---------------------------------------------------------------
    "find.s1_not_available": {"en": "{stat}: not available", "fr": "{stat} : non disponible",
                              "es": "{stat}: no disponible"},
    "find.s1_old_stock": {"en": "{stat} ({year}): stock figure more than 10 years old at {ref} (reference date)",
                          "fr": "{stat} ({year}) : chiffre de stock datant de plus de dix ans au {ref} (date de référence)",
                          "es": "{stat} ({year}): cifra de stock con más de diez años de antigüedad al {ref} (fecha de referencia)"},
    "find.s1_old_flow": {"en": "{stat} ({year}): flow figure more than 2 years old at {ref} (reference date)",
                         "fr": "{stat} ({year}) : chiffre de flux datant de plus de deux ans au {ref} (date de référence)",
                         "es": "{stat} ({year}): cifra de flujo con más de dos años de antigüedad al {ref} (fecha de referencia)"},
    "find.s1_definition": {"en": "{stat}: definition is neither country of birth nor citizenship",
                           "fr": "{stat} : la définition n’est ni le pays de naissance ni la nationalité",
                           "es": "{stat}: la definición no es ni el país de nacimiento ni la ciudadanía"},
    "find.s1_definition_flow": {"en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations",
                                "fr": "{stat} : flux non mesuré selon la règle de la résidence habituelle de 12 mois des recommandations des Nations Unies",
                                "es": "{stat}: flujo no medido según la regla de residencia habitual de 12 meses de las recomendaciones de las Naciones Unidas"},
    "find.s1_breakdown": {"en": "{stat}: no breakdown by {missing}", "fr": "{stat} : pas de ventilation par {missing}",
                          "es": "{stat}: sin desglose por {missing}"},
    "find.s1_internal": {"en": "{stat}: internal use only", "fr": "{stat} : usage interne uniquement",
                         "es": "{stat}: solo uso interno"},
    "find.s1_remittances": {"en": "{stat}: no balance-of-payments remittance figure",
                            "fr": "{stat} : pas de chiffre des envois de fonds dans la balance des paiements",
                            "es": "{stat}: no hay cifra de remesas en la balanza de pagos"},
    "find.s6a_old_census": {"en": "census of {year}: more than 10 years old at {ref} (reference date)",
                            "fr": "recensement de {year} : plus de dix ans au {ref} (date de référence)",
                            "es": "censo de {year}: más de diez años de antigüedad al {ref} (fecha de referencia)"},
    "find.s6a_census_unknown": {"en": "year of the last census {state}", "fr": "année du dernier recensement {state}",
                                "es": "año del último censo {state}"},
    "find.s6a_core_missing": {"en": "core topics the census lacks: {missing}",
                             "fr": "thèmes de base absents du recensement : {missing}",
                             "es": "temas básicos que faltan en el censo: {missing}"},
    "find.s6b_no_survey": {"en": "no household survey identifies migrants",
                           "fr": "aucune enquête auprès des ménages n’identifie les migrants",
                           "es": "ninguna encuesta de hogares identifica a los migrantes"},
    "find.s6b_old_survey": {"en": "no household survey identifying migrants in the last 5 years (latest {year})",
                            "fr": "aucune enquête identifiant les migrants au cours des 5 dernières années (dernière : {year})",
                            "es": "ninguna encuesta que identifique a los migrantes en los últimos 5 años (última: {year})"},
    "find.s6c_no_access": {"en": "{register}: the source exists, but the statistical office has no access",
                           "fr": "{register} : la source existe, mais l’office statistique n’y a pas accès",
                           "es": "{register}: la fuente existe, pero la oficina de estadística no tiene acceso"},
    "find.s6c_not_used": {"en": "{register}: the source exists, but is not used for statistics",
                          "fr": "{register} : la source existe, mais n’est pas utilisée à des fins statistiques",
                          "es": "{register}: la fuente existe, pero no se utiliza con fines estadísticos"},
    "find.s9_no_mechanism": {"en": "no interagency coordination mechanism on migration statistics",
                             "fr": "aucun mécanisme de coordination interinstitutionnelle sur les statistiques migratoires",
                             "es": "ningún mecanismo de coordinación interinstitucional sobre estadísticas migratorias"},
    "find.s10_origin_no_exchange": {"en": "country of origin with neither data exchange nor use of mirror data",
                                    "fr": "pays d’origine sans échange de données ni utilisation de données miroirs",
                                    "es": "país de origen sin intercambio de datos ni uso de datos espejo"},
    "find.s2_no_policy": {"en": "{item} ({answer})", "fr": "{item} ({answer})", "es": "{item} ({answer})"},
    "find.s4_quick_win": {"en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status",
                          "fr": "ODD {number} {label} : produit à partir d’une source qui identifie les migrants, non publié par statut migratoire",
                          "es": "ODS {number} {label}: producido a partir de una fuente que identifica a los migrantes, no publicado por condición migratoria"},
    "find.s5_no_strategy": {"en": "{item} ({answer})", "fr": "{item} ({answer})", "es": "{item} ({answer})"},
    "find.s7_no_new_sources": {"en": "no new data source is used or piloted for migration statistics",
                               "fr": "aucune nouvelle source de données n’est utilisée ni testée pour les statistiques migratoires",
                               "es": "ninguna fuente de datos nueva se utiliza ni se ensaya para las estadísticas migratorias"},
    "find.s8_not_online": {"en": "{item} ({answer})", "fr": "{item} ({answer})", "es": "{item} ({answer})"},
    "find.s8_not_machine_readable": {"en": "{item} ({answer})", "fr": "{item} ({answer})", "es": "{item} ({answer})"},
    "find.s11_children_stock": {"en": "migrant stock of children (age 0-17) by sex: {answer}",
                                "fr": "stock de migrants enfants (0 à 17 ans) par sexe : {answer}",
                                "es": "stock de migrantes niños (0 a 17 años) por sexo: {answer}"},
    "find.s11_left_behind": {"en": "children left behind by migrant parents: {answer}",
                             "fr": "enfants laissés au pays par des parents migrants : {answer}",
                             "es": "niños que se quedan en el país cuando sus padres migran: {answer}"},
    "find.s11_unaccompanied": {"en": "unaccompanied and separated children recorded as such: {answer}",
                               "fr": "enfants non accompagnés et séparés enregistrés comme tels : {answer}",
                               "es": "niños no acompañados y separados registrados como tales: {answer}"},
    "find.s12_no_unit": {"en": "{item} ({answer})", "fr": "{item} ({answer})", "es": "{item} ({answer})"},
    "find.s12_no_budget": {"en": "{item} ({answer})", "fr": "{item} ({answer})", "es": "{item} ({answer})"},
    # --- derived checks scored inside sections --------------------------------------------------
    "chk.recency_ok": {"en": "{what} {year}: within {limit} years of reference date {ref}",
                       "fr": "{what} {year} : moins de {limit} ans avant la date de référence {ref}",
                       "es": "{what} {year}: dentro de los {limit} años anteriores a la fecha de referencia {ref}"},
    "chk.core_topics": {"en": "census core topics: {count} of 3", "fr": "thèmes de base du recensement : {count} sur 3",
                        "es": "temas básicos del censo: {count} de 3"},
    # --- SDG ----------------------------------------------------------------------------------------
    "sdg.produced": {"en": "Produced, not by migratory status", "fr": "Produit, mais non ventilé par statut migratoire",
                     "es": "Se produce, pero sin desglose por condición migratoria"},
    "sdg.identifies_migrants": {"en": "Source identifies migrants", "fr": "La source identifie les migrants",
                                "es": "La fuente identifica a los migrantes"},
    "sdg.published": {"en": "Published by migratory status", "fr": "Publié par statut migratoire",
                      "es": "Publicado por condición migratoria"},
    "sdg.partly_published": {"en": "Partly published by migratory status", "fr": "Publié en partie par statut migratoire",
                             "es": "Publicado en parte por condición migratoria"},
    "sdg.produced_not_applicable": {"en": "Produced (disaggregation not applicable)",
                                    "fr": "Produit (ventilation sans objet)",
                                    "es": "Se produce (desglose no aplicable)"},
    "sdg.quick_win": {"en": "Quick win", "fr": "Gain rapide", "es": "Logro rápido"},
    "sdg.not_produced": {"en": "Not produced", "fr": "Non produit", "es": "No se produce"},
    "sdg.unknown": {"en": "Unknown", "fr": "Inconnu", "es": "Desconocido"},
    "sdg.not_applicable": {"en": "Compiled globally", "fr": "Compilé au niveau mondial", "es": "Compilado a nivel mundial"},
    "sdg.r_not_applicable": {"en": "not applicable: {reason}", "fr": "sans objet : {reason}", "es": "no aplicable: {reason}"},
    "sdg.r_not_by_status": {"en": "cannot be disaggregated by migratory status (not measured on persons)",
                            "fr": "ne peut pas être ventilé par statut migratoire (ne porte pas sur des personnes)",
                            "es": "no puede desglosarse por condición migratoria (no se mide sobre personas)"},
    "sdg.r_not_produced": {"en": "not produced nationally", "fr": "non produit au niveau national",
                           "es": "no se produce a nivel nacional"},
    "sdg.r_unknown": {"en": "production {state}", "fr": "production {state}", "es": "producción {state}"},
    "sdg.r_produced": {"en": "produced", "fr": "produit", "es": "se produce"},
    "sdg.r_identifies": {"en": "its source identifies migrants", "fr": "sa source identifie les migrants",
                         "es": "su fuente identifica a los migrantes"},
    "sdg.r_not_identifies": {"en": "its source does not identify migrants",
                             "fr": "sa source n’identifie pas les migrants",
                             "es": "su fuente no identifica a los migrantes"},
    "sdg.r_identifies_unknown": {"en": "whether its source identifies migrants: {state}",
                                 "fr": "la source identifie-t-elle les migrants : {state}",
                                 "es": "si su fuente identifica a los migrantes: {state}"},
    "sdg.r_published": {"en": "published by migratory status", "fr": "publié par statut migratoire",
                        "es": "publicado por condición migratoria"},
    "sdg.r_partly_published": {"en": "partly published by migratory status (some years or on request)",
                               "fr": "partiellement publié par statut migratoire (certaines années ou sur demande)",
                               "es": "publicado parcialmente por condición migratoria (algunos años o a pedido)"},
    "sdg.r_not_published": {"en": "not published by migratory status → quick win",
                            "fr": "non publié par statut migratoire → gain rapide",
                            "es": "no publicado por condición migratoria → logro rápido"},
    "sdg.r_published_unknown": {"en": "publication by migratory status {state}",
                                "fr": "publication par statut migratoire {state}",
                                "es": "publicación por condición migratoria {state}"},
    "sdg.r_source": {"en": "source: {source}", "fr": "source : {source}", "es": "fuente: {source}"},
    "overall.mean": {"en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}",
                     "fr": "moyenne pondérée de {count} scores de section : {terms} ÷ {weights} = {score} → {band}",
                     "es": "media ponderada de {count} puntuaciones de sección: {terms} ÷ {weights} = {score} → {band}"},
    "overall.completeness": {"en": "completeness {share}% (weighted share of the primary questions answered or not applicable; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band",
                             "fr": "exhaustivité {share} % (part pondérée des questions principales renseignées ou sans objet ; « ne sait pas » {dont_know} %) ; en dessous de {threshold} %, le score est provisoire et sans niveau",
                             "es": "exhaustividad {share} % (proporción ponderada de preguntas principales respondidas o no aplicables; «no sabe» {dont_know} %); por debajo del {threshold} %, la puntuación es provisional y no tiene nivel"},
    "overall.not_assessed": {"en": "not yet assessed, counted 0: {sections}", "fr": "pas encore évaluées, comptées 0 : {sections}",
                             "es": "aún no evaluadas, contadas como 0: {sections}"},
    "overall.custom_weights": {"en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights",
                               "fr": "avec la pondération propre de l’évaluation ({weights}) : {score} — {label} ; seul le score selon la pondération documentée reçoit un niveau",
                               "es": "con la ponderación propia de la evaluación ({weights}): {score} — {label}; solo la puntuación con la ponderación documentada recibe un nivel"},
    "overall.na_refused": {"en": "answers 'not applicable' where the questionnaire does not allow it, scored as not given: {count} ({keys})",
                          "fr": "réponses « sans objet » là où le questionnaire ne l’autorise pas, notées comme non données : {count} ({keys})",
                          "es": "respuestas «no aplicable» donde el cuestionario no lo admite, puntuadas como no dadas: {count} ({keys})"},
    "overall.none": {"en": "no section has a score yet", "fr": "aucune section n’a encore de score",
                     "es": "ninguna sección tiene aún puntuación"},
    "overall.left_out": {"en": "left out (weight 0, or nothing scored for this country): {sections}",
                         "fr": "non prises en compte (poids 0, ou rien de noté pour ce pays) : {sections}",
                         "es": "excluidas (peso 0, o nada puntuado para este país): {sections}"},
    "cmp.overall": {"en": "Overall {before} → {after} ({trend})", "fr": "Score global {before} → {after} ({trend})",
                    "es": "Puntuación global {before} → {after} ({trend})"},
    "cmp.pq": {"en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}",
               "fr": "disponibilité {a_before} → {a_after}, lacune {g_before} → {g_after}",
               "es": "disponibilidad {a_before} → {a_after}, brecha {g_before} → {g_after}"},
    "cmp.summary": {"en": "improvements: {improvements}, regressions: {regressions}",
                    "fr": "améliorations : {improvements}, reculs : {regressions}",
                    "es": "mejoras: {improvements}, retrocesos: {regressions}"},
    # --- headings of the printed result (CLI) ------------------------------------------------------
    "hdr.overall": {"en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})",
                    "fr": "Score global {score}/100  {band}  (date de référence {ref}, règles {rules})",
                    "es": "Puntuación global {score}/100  {band}  (fecha de referencia {ref}, reglas {rules})"},
    "hdr.sections": {"en": "Sections", "fr": "Sections", "es": "Secciones"},
    "hdr.policy_questions": {"en": "Policy questions, by priority", "fr": "Questions de politique, par priorité",
                             "es": "Preguntas de política, por prioridad"},
    "hdr.pq_line": {"en": "need {need}  availability {availability}  priority {priority}",
                    "fr": "besoin {need}  disponibilité {availability}  priorité {priority}",
                    "es": "necesidad {need}  disponibilidad {availability}  prioridad {priority}"},
    "hdr.sdg": {"en": "SDG indicators by migratory status", "fr": "Indicateurs ODD par statut migratoire",
                "es": "Indicadores ODS por condición migratoria"},
    "hdr.recommendations": {"en": "Recommendations, most urgent first", "fr": "Recommandations, les plus urgentes d’abord",
                            "es": "Recomendaciones, las más urgentes primero"},
    "hdr.none": {"en": "(none)", "fr": "(aucune)", "es": "(ninguna)"},
    "hdr.follow_up": {"en": "To follow up (don't know or not answered yet)",
                      "fr": "À suivre (« ne sait pas » ou pas encore renseigné)",
                      "es": "Pendiente de seguimiento («no sabe» o aún sin responder)"},
    "hdr.completeness": {"en": "Completeness {share}%", "fr": "Exhaustivité {share} %", "es": "Exhaustividad {share} %"},
    "hdr.not_answered": {"en": "not answered yet", "fr": "pas encore renseigné", "es": "aún sin responder"},
    "hdr.no_reason": {"en": "not applicable without a reason", "fr": "sans objet sans raison donnée",
                      "es": "no aplicable sin motivo"},
    "hdr.custom": {"en": "{label}: {score}/100 (weights {weights})", "fr": "{label} : {score}/100 (pondération {weights})",
                   "es": "{label}: {score}/100 (ponderación {weights})"},
    "hdr.not_applicable": {"en": "Not applicable, with the reason", "fr": "Sans objet, avec la raison",
                           "es": "No aplicable, con el motivo"},
    # --- the command line's refusals and notices (cli/said.py translates a line written
    # in English by matching these; the code writes the English through them) -------------------
    "cli.template_not_docx": {
        "en": "cannot use {file} as the Word template: it is not a Word document (.docx), or it is damaged",
        "fr": "impossible d'utiliser {file} comme modèle Word : ce n'est pas un document Word (.docx), ou il est "
              "endommagé",
        "es": "no se puede usar {file} como plantilla de Word: no es un documento de Word (.docx) o está dañado"},
    "cli.template_unpacks_too_much": {
        "en": "cannot use {file} as the Word template: it would unpack to far more than a Word document does "
              "(a possible zip bomb)",
        "fr": "impossible d'utiliser {file} comme modèle Word : une fois décompressé, il occuperait bien plus "
              "qu'un document Word (peut-être une bombe de décompression)",
        "es": "no se puede usar {file} como plantilla de Word: al descomprimirse ocuparía mucho más que un "
              "documento de Word (posible bomba de descompresión)"},
    "cli.template_encrypted": {
        "en": "cannot use {file} as the Word template: it is protected by a password",
        "fr": "impossible d'utiliser {file} comme modèle Word : il est protégé par un mot de passe",
        "es": "no se puede usar {file} como plantilla de Word: está protegido con contraseña"},
    "cli.template_missing": {
        "en": "the Word template {file} does not exist",
        "fr": "le modèle Word {file} n'existe pas",
        "es": "la plantilla de Word {file} no existe"},
    "cli.template_not_file": {
        "en": "the Word template {file} is not a file (a folder or a special file)",
        "fr": "le modèle Word {file} n'est pas un fichier (c'est un dossier ou un fichier spécial)",
        "es": "la plantilla de Word {file} no es un archivo (es una carpeta o un archivo especial)"},
    "cli.template_too_large": {
        "en": "the Word template {file} is too large (the limit is {mb} MB)",
        "fr": "le modèle Word {file} est trop volumineux (la limite est de {mb} Mo)",
        "es": "la plantilla de Word {file} es demasiado grande (el límite es de {mb} MB)"},
    "cli.template_unreadable": {
        "en": "the Word template {file} cannot be read",
        "fr": "le modèle Word {file} ne peut pas être lu",
        "es": "no se puede leer la plantilla de Word {file}"},
    "cli.instance_twice": {
        "en": "submission {instance}: its instance ID is given twice in the export (edited by hand: a platform "
              "exports each submission once); nothing imported",
        "fr": "soumission {instance} : son identifiant d'instance figure deux fois dans l'export (modifié à la "
              "main : une plateforme exporte chaque soumission une seule fois) ; rien n'a été importé",
        "es": "envío {instance}: su identificador de instancia figura dos veces en la exportación (editada a "
              "mano: una plataforma exporta cada envío una sola vez); no se importó nada"},
    "cli.sent_to_credits": {
        "en": "submission {instance}: the form was sent to {to}, but the export credits {column} (its "
              "institution column edited?); nothing imported",
        "fr": "soumission {instance} : le formulaire a été envoyé à {to}, mais l'export l'attribue à {column} "
              "(sa colonne d'institution modifiée ?) ; rien n'a été importé",
        "es": "envío {instance}: el formulario se envió a {to}, pero la exportación lo atribuye a {column} "
              "(¿su columna de institución editada?); no se importó nada"},
    "cli.picked_credits": {
        "en": "submission {instance}: the respondent picked {picked}, but the export credits {column} (its "
              "institution column edited?); nothing imported",
        "fr": "soumission {instance} : le répondant a choisi {picked}, mais l'export l'attribue à {column} "
              "(sa colonne d'institution modifiée ?) ; rien n'a été importé",
        "es": "envío {instance}: el encuestado eligió {picked}, pero la exportación lo atribuye a {column} "
              "(¿su columna de institución editada?); no se importó nada"},
    "cli.no_identity_check": {
        "en": "the form carries no identity check (cap_check): a form written before capacity-app checked whose "
              "form an export is; send the institution the form exported now; nothing imported",
        "fr": "le formulaire ne porte pas de contrôle d'identité (cap_check) : un formulaire écrit avant que "
              "capacity-app ne vérifie à qui appartient un export ; envoyez à l'institution le formulaire exporté "
              "maintenant ; rien n'a été importé",
        "es": "el formulario no lleva control de identidad (cap_check): un formulario escrito antes de que "
              "capacity-app comprobara de quién es una exportación; envíe a la institución el formulario exportado "
              "ahora; no se importó nada"},
    "cli.form_id_assessment": {
        "en": "the export's form id {form} is of another assessment than its identity columns say ({assessment}; "
              "edited?); nothing imported",
        "fr": "l'identifiant de formulaire {form} de l'export est celui d'une autre évaluation que celle indiquée "
              "par ses colonnes d'identité ({assessment} ; modifié ?) ; rien n'a été importé",
        "es": "el identificador de formulario {form} de la exportación es de otra evaluación que la indicada por "
              "sus columnas de identidad ({assessment}; ¿editado?); no se importó nada"},
    "cli.form_id_institution": {
        "en": "the export's form id names {named}, but the form was sent to {to} (its name or its identity "
              "edited?); nothing imported",
        "fr": "l'identifiant de formulaire de l'export nomme {named}, mais le formulaire a été envoyé à {to} (son "
              "nom ou son identité modifiés ?) ; rien n'a été importé",
        "es": "el identificador de formulario de la exportación nombra a {named}, pero el formulario se envió a "
              "{to} (¿su nombre o su identidad editados?); no se importó nada"},
    "cli.form_version": {
        "en": "submission {instance}: the platform's form version {given} is not the form's own {own} (edited by "
              "hand?); nothing imported",
        "fr": "soumission {instance} : la version de formulaire {given} de la plateforme n'est pas celle du "
              "formulaire, {own} (modifiée à la main ?) ; rien n'a été importé",
        "es": "envío {instance}: la versión de formulario {given} de la plataforma no es la del formulario, {own} "
              "(¿editada a mano?); no se importó nada"},
    "cli.identity_edited": {
        "en": "the form's hidden identity columns (cap_*) were changed: this is not the export of a form as it "
              "was sent; nothing imported",
        "fr": "les colonnes d'identité masquées du formulaire (cap_*) ont été modifiées : ce n'est pas l'export "
              "d'un formulaire tel qu'il a été envoyé ; rien n'a été importé",
        "es": "las columnas de identidad ocultas del formulario (cap_*) se modificaron: no es la exportación de "
              "un formulario tal como se envió; no se importó nada"},
    "cli.form_edited": {
        "en": "the form's hidden identity sheet was changed: this is not the file as it was sent (ask the institution for the file it received, filled in)",
        "fr": "la feuille d'identité masquée du formulaire a été modifiée : ce n'est pas le fichier tel qu'il a été envoyé (demandez à l'institution le fichier qu'elle a reçu, rempli)",
        "es": "la hoja de identidad oculta del formulario se modificó: no es el archivo tal como se envió (pida a la institución el archivo que recibió, rellenado)"},
    # the reader's and the submissions export's refusals met on the doors (said again by cli/said.py)
    "cli.reader.empty": {
        "en": "the file is empty",
        "fr": "le fichier est vide",
        "es": "el archivo está vacío"},
    "cli.reader.not_zip": {
        "en": "not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)",
        "fr": "ce n'est pas un classeur Excel .xlsx (le fichier n'est pas une archive zip ; un ancien .xls ou un fichier endommagé ?)",
        "es": "no es un libro de Excel .xlsx (el archivo no es un archivo zip; ¿un .xls antiguo o un archivo dañado?)"},
    "cli.reader.no_types": {
        "en": "not an Excel .xlsx workbook ({part} is missing)",
        "fr": "ce n'est pas un classeur Excel .xlsx ({part} est absent)",
        "es": "no es un libro de Excel .xlsx (falta {part})"},
    "cli.reader.part_too_large": {
        "en": "part {part} is too large when decompressed ({size}; possible zip bomb)",
        "fr": "la partie {part} est trop volumineuse une fois décompressée ({size} ; peut-être une bombe de décompression)",
        "es": "la parte {part} es demasiado grande al descomprimirse ({size}; posible bomba de descompresión)"},
    "cli.reader.beyond": {
        "en": "a value at {cell}, beyond column {column} or row {row} (refused: too large to read)",
        "fr": "une valeur en {cell}, au-delà de la colonne {column} ou de la ligne {row} (refusé : trop grand pour être lu)",
        "es": "un valor en {cell}, más allá de la columna {column} o de la fila {row} (rechazado: demasiado grande para leerlo)"},
    "cli.sub.no_repeats": {
        "en": "the grids and the matrix (repeat groups) are not in this file: to import them, import ODK Central's .zip or KoboToolbox's .xlsx export",
        "fr": "les grilles et la matrice (groupes répétés) ne sont pas dans ce fichier : pour les importer, importez le .zip d'ODK Central ou l'export .xlsx de KoboToolbox",
        "es": "las cuadrículas y la matriz (grupos repetidos) no están en este archivo: para importarlas, importe el .zip de ODK Central o la exportación .xlsx de KoboToolbox"},
    "cli.sub.left_out": {
        "en": "submission {instance}: {why}: left out",
        "fr": "soumission {instance} : {why} : écartée",
        "es": "envío {instance}: {why}: se omite"},
    "cli.sub.rejected": {
        "en": "rejected on {platform} ({state})",
        "fr": "rejetée sur {platform} ({state})",
        "es": "rechazado en {platform} ({state})"},
    "cli.sub.no_data": {
        "en": "no data in the export ({status})",
        "fr": "aucune donnée dans l'export ({status})",
        "es": "sin datos en la exportación ({status})"},
    "cli.sub.none": {
        "en": "the export holds no submission",
        "fr": "l'export ne contient aucune soumission",
        "es": "la exportación no contiene ningún envío"},
    "cli.sub.problem": {
        "en": "submission {instance}, {name}: {problem}{more}; nothing imported",
        "fr": "soumission {instance}, {name} : {problem}{more} ; rien n'a été importé",
        "es": "envío {instance}, {name}: {problem}{more}; no se importó nada"},
    "cli.sub.control": {
        "en": "holds the control character {code} (refused)",
        "fr": "contient le caractère de contrôle {code} (refusé)",
        "es": "contiene el carácter de control {code} (rechazado)"},
    "cli.two_replies": {
        "en": "{institution}: {n} replies, the one of {when} taken ({instance}); the older one superseded",
        "fr": "{institution} : {n} réponses, celle du {when} retenue ({instance}) ; la plus ancienne remplacée",
        "es": "{institution}: {n} respuestas, se tomó la del {when} ({instance}); la anterior queda sustituida"},
    "cli.several_replies": {
        "en": "{institution}: {n} replies, the one of {when} taken ({instance}); the older ones superseded",
        "fr": "{institution} : {n} réponses, celle du {when} retenue ({instance}) ; les plus anciennes remplacées",
        "es": "{institution}: {n} respuestas, se tomó la del {when} ({instance}); las anteriores quedan "
              "sustituidas"},
    "cli.signature_unchecked": {
        "en": "{name}: it carries a {what} without a check ({detail}){more}: taken only when you accept it "
              "(import --accept-signatures; in the window, tick 'Accept the signatures this workbook carries "
              "without a check'); nothing imported",
        "fr": "{name} : il porte une signature sans contrôle, {what} ({detail}){more} : prise seulement si vous "
              "l'acceptez (import --accept-signatures ; dans la fenêtre, cochez « Accepter les signatures sans "
              "contrôle que porte ce classeur ») ; rien n'a été importé",
        "es": "{name}: lleva una firma sin verificación, {what} ({detail}){more}: solo se toma si usted la acepta "
              "(import --accept-signatures; en la ventana, marque «Aceptar las firmas sin verificación que "
              "contiene este libro»); no se importó nada"},
    "cli.signature_broken": {
        "en": "{name}: its {what} ({detail}) is refused: {why}; nothing imported",
        "fr": "{name} : sa signature, {what} ({detail}), est refusée : {why} ; rien n'a été importé",
        "es": "{name}: su firma, {what} ({detail}), se rechaza: {why}; no se importó nada"},
    "cli.sig.check_edited": {
        "en": "the signatures do not match their check (a sign-off or validation edited outside the application)",
        "fr": "les signatures ne correspondent pas à leur contrôle (une validation ou une approbation modifiée hors de l'application)",
        "es": "las firmas no coinciden con su verificación (una validación o aprobación modificada fuera de la aplicación)"},
    "cli.sig.answers_changed": {
        "en": "the answers are not those it signed (changed outside the application since the export)",
        "fr": "les réponses ne sont pas celles qui ont été signées (modifiées hors de l'application depuis l'export)",
        "es": "las respuestas no son las que se firmaron (modificadas fuera de la aplicación desde la exportación)"},
    # the parts of that line (cli/said.py says each value again when it is one of these)
    "cli.sig.more": {"en": " (and {n} more)", "fr": " (et {n} de plus)", "es": " (y {n} más)"},
    "cli.sig.signoff": {"en": "sign-off", "fr": "validation de l'Institut national de la statistique",
                        "es": "validación de la oficina nacional de estadística"},
    "cli.sig.review": {"en": "review sign-off", "fr": "approbation de la revue", "es": "aprobación de la revisión"},
    "cli.sig.plan_validation": {"en": "plan validation", "fr": "validation du plan", "es": "validación del plan"},
    "cli.sig.signed": {"en": "{what} by {name} ({position}) on {date}{recorded}",
                       "fr": "{what} par {name} ({position}) le {date}{recorded}",
                       "es": "{what} por {name} ({position}) el {date}{recorded}"},
    "cli.sig.recorded_by": {"en": "; recorded {at} by {operator}", "fr": " ; enregistrée le {at} par {operator}",
                            "es": "; registrada el {at} por {operator}"},
    "cli.sig.recorded": {"en": "; recorded {at}", "fr": " ; enregistrée le {at}", "es": "; registrada el {at}"},
    "cli.sig.nso": {"en": "validated for the national statistics office",
                    "fr": "validé pour l'Institut national de la statistique",
                    "es": "validado para la oficina nacional de estadística"},
    "cli.sig.reviews": {"en": "reviews signed off", "fr": "revues approuvées", "es": "revisiones aprobadas"},
    "cli.sig.plan": {
        "en": "validated on {date} at {event}, approved by {name} ({position}); present: {present}; {n} actions "
              "approved",
        "fr": "validé le {date} lors de {event}, approuvé par {name} ({position}) ; présents : {present} ; {n} "
              "actions approuvées",
        "es": "validado el {date} en {event}, aprobado por {name} ({position}); presentes: {present}; {n} "
              "acciones aprobadas"},
    "cli.sig.nobody": {"en": "no institution named", "fr": "aucune institution nommée",
                       "es": "ninguna institución nombrada"},
    "cli.newer_workbook": {
        "en": "made by a newer version of capacity-app (workbook format {format}; this version reads up to "
              "{newest}): update capacity-app to import it",
        "fr": "créé par une version plus récente de capacity-app (format de classeur {format} ; cette version lit "
              "jusqu'au format {newest}) : mettez capacity-app à jour pour l'importer",
        "es": "creado por una versión más reciente de capacity-app (formato de libro {format}; esta versión lee "
              "hasta el formato {newest}): actualice capacity-app para importarlo"},
    "cli.archived": {  # the count after its label, never "answer(s)" (tests/reports/test_report_language.py)
        "en": "assessment {id} ({country} {round}), questionnaire {was} -> {now}: answers archived because "
              "version {now} no longer asks their questions (kept in the assessment, not exported as answers): "
              "{n} ({keys})",
        "fr": "évaluation {id} ({country} {round}), questionnaire {was} -> {now} : réponses archivées parce que "
              "la version {now} ne pose plus leurs questions (gardées dans l'évaluation, non exportées comme "
              "réponses) : {n} ({keys})",
        "es": "evaluación {id} ({country} {round}), cuestionario {was} -> {now}: respuestas archivadas porque "
              "la versión {now} ya no plantea sus preguntas (guardadas en la evaluación, no se exportan como "
              "respuestas): {n} ({keys})"},
    "cli.translations_none": {
        "en": "{where}: error: {language}: {n} of {total} texts missing or empty (the catalogue translates none of "
              "them)",
        "fr": "{where} : erreur : {language} : {n} textes sur {total} manquants ou vides (le catalogue n'en traduit "
              "aucun)",
        "es": "{where}: error: {language}: {n} de {total} textos faltan o están vacíos (el catálogo no traduce "
              "ninguno)"},
    "cli.translations_some": {
        "en": "{where}: warning: {language}: {n} of {total} texts missing or empty (English shows for them; the "
              "first: {first})",
        "fr": "{where} : avertissement : {language} : {n} textes sur {total} manquants ou vides (l'anglais s'affiche "
              "à leur place ; le premier : {first})",
        "es": "{where}: aviso: {language}: {n} de {total} textos faltan o están vacíos (se muestra el inglés en su "
              "lugar; el primero: {first})"},
    "cli.translations_errors": {
        "en": "errors: {n}; nothing was written",
        "fr": "erreurs : {n} ; rien n'a été écrit",
        "es": "errores: {n}; no se escribió nada"},
    "cli.translations_changed": {
        "en": "{file}: {n} texts of {language} changed{files}",
        "fr": "{file} : textes de {language} modifiés : {n}{files}",
        "es": "{file}: textos de {language} modificados: {n}{files}"},
    "cli.translations_would": {
        "en": "{file}: {n} texts of {language} would change{files}",
        "fr": "{file} : textes de {language} qui seraient modifiés : {n}{files}",
        "es": "{file}: textos de {language} que se modificarían: {n}{files}"},
    "cli.translations_in": {
        "en": " in {files}",
        "fr": " dans {files}",
        "es": " en {files}"},
    "cli.placeholder_not_bare": {
        "en": "{where}: {text}: placeholder {placeholder} is not a bare {bare} (a translation carries no "
              "format, attribute or index)",
        "fr": "{where} : {text} : le paramètre {placeholder} n'est pas un simple {bare} (une traduction ne porte "
              "ni format, ni attribut, ni indice)",
        "es": "{where}: {text}: el marcador {placeholder} no es un simple {bare} (una traducción no lleva "
              "formato, atributo ni índice)"},
    "cli.placeholder_missing": {
        "en": "{where}: {text}: placeholder {placeholder} missing from the translation",
        "fr": "{where} : {text} : le paramètre {placeholder} manque dans la traduction",
        "es": "{where}: {text}: falta el marcador {placeholder} en la traducción"},
    "cli.placeholder_extra": {
        "en": "{where}: {text}: placeholder {placeholder} is not in the English",
        "fr": "{where} : {text} : le paramètre {placeholder} ne figure pas dans l'anglais",
        "es": "{where}: {text}: el marcador {placeholder} no figura en el inglés"},
    # --- the import's differences (services/differences.Difference.describe) and its own lines on the
    # command line (cli/exchange.py) in the six languages: a count after its label where a
    # language would need a plural
    "diff.question": {
        "en": "\"{wording}\" ({code})",
        "fr": "« {wording} » ({code})",
        "es": "«{wording}» ({code})"},
    "diff.edited_outside": {
        "en": "{where}({name}) {what} edited outside the application",
        "fr": "{where}({name}) {what} modifié hors de l'application",
        "es": "{where}({name}) {what} modificado fuera de la aplicación"},
    "diff.restore": {
        "en": "assessment {code} is in the trash: it will be restored",
        "fr": "l'évaluation {code} est dans la corbeille : elle sera restaurée",
        "es": "la evaluación {code} está en la papelera: se restaurará"},
    "diff.line_plain": {
        "en": "{where}{what}: {new}",
        "fr": "{where}{what} : {new}",
        "es": "{where}{what}: {new}"},
    "diff.metadata": {
        "en": "{what}: {old} -> {new}",
        "fr": "{what} : {old} -> {new}",
        "es": "{what}: {old} -> {new}"},
    "diff.never_cut": {
        "en": "{where}{what}: {old} -> {new}",
        "fr": "{where}{what} : {old} -> {new}",
        "es": "{where}{what}: {old} -> {new}"},
    "diff.changed": {
        "en": "{where}{name} {what}: {old} -> {new}",
        "fr": "{where}{name} {what} : {old} -> {new}",
        "es": "{where}{name} {what}: {old} -> {new}"},
    "diff.empty": {
        "en": "(empty)",
        "fr": "(vide)",
        "es": "(vacío)"},
    "diff.unknown": {
        "en": "(unknown)",
        "fr": "(inconnu)",
        "es": "(desconocido)"},
    "diff.mark_outside": {
        "en": " [edited outside the application]",
        "fr": " [modifié hors de l'application]",
        "es": " [modificado fuera de la aplicación]"},
    "diff.mark_conflict": {
        "en": " [conflict: changed on both sides since the common version; here by {here_by} at {here_at}, in the workbook by {by} at {at}]",
        "fr": " [conflit : modifié des deux côtés depuis la version commune ; ici par {here_by} le {here_at}, dans le classeur par {by} le {at}]",
        "es": " [conflicto: modificado en ambos lados desde la versión común; aquí por {here_by} el {here_at}, en el libro por {by} el {at}]"},
    "diff.mark_newer": {
        "en": " [changed here since this workbook was exported, at {at}]",
        "fr": " [modifié ici depuis l'export de ce classeur, le {at}]",
        "es": " [modificado aquí desde la exportación de este libro, el {at}]"},
    "diff.mark_newer_by": {
        "en": " [changed here since this workbook was exported, at {at} by {by}]",
        "fr": " [modifié ici depuis l'export de ce classeur, le {at} par {by}]",
        "es": " [modificado aquí desde la exportación de este libro, el {at} por {by}]"},
    "diff.mark_by": {
        "en": " [by {by} at {at}]",
        "fr": " [par {by} le {at}]",
        "es": " [por {by} el {at}]"},
    "diff.sig_checked": {
        "en": " [its check holds]",
        "fr": " [son contrôle est valide]",
        "es": " [su verificación es válida]"},
    "diff.sig_unchecked": {
        "en": " [NO CHECK (a workbook written before signatures carried one): taken only if you accept it]",
        "fr": " [SANS CONTRÔLE (un classeur écrit avant que les signatures n'en portent) : prise seulement si vous l'acceptez]",
        "es": " [SIN VERIFICACIÓN (un libro escrito antes de que las firmas la llevaran): solo se toma si usted la acepta]"},
    "diff.sig_broken": {
        "en": " [REFUSED: {why}]",
        "fr": " [REFUSÉE : {why}]",
        "es": " [RECHAZADA: {why}]"},
    "diff.review_of": {
        "en": "review of {unit}",
        "fr": "revue de {unit}",
        "es": "revisión de {unit}"},
    "diff.action_field": {
        "en": "action {field}",
        "fr": "action : {field}",
        "es": "acción: {field}"},
    "diff.what.value": {
        "en": "value",
        "fr": "valeur",
        "es": "valor"},
    "diff.what.comment": {
        "en": "comment",
        "fr": "commentaire",
        "es": "comentario"},
    "diff.what.evidence": {
        "en": "evidence",
        "fr": "justificatifs",
        "es": "evidencia"},
    "diff.what.review": {
        "en": "review",
        "fr": "revue",
        "es": "revisión"},
    "diff.what.row": {
        "en": "row",
        "fr": "ligne",
        "es": "fila"},
    "diff.what.action": {
        "en": "action",
        "fr": "action",
        "es": "acción"},
    "diff.what.action_order": {
        "en": "action order",
        "fr": "ordre des actions",
        "es": "orden de las acciones"},
    "diff.what.plan_currency_and_exchange_rates": {
        "en": "plan currency and exchange rates",
        "fr": "monnaie et taux de change du plan",
        "es": "moneda y tipos de cambio del plan"},
    "diff.what.plan_validation": {
        "en": "plan validation",
        "fr": "validation du plan",
        "es": "validación del plan"},
    "diff.what.results_chain": {
        "en": "results chain",
        "fr": "chaîne des résultats",
        "es": "cadena de resultados"},
    "diff.what.funding_request": {
        "en": "funding request",
        "fr": "demande de financement",
        "es": "solicitud de financiación"},
    "diff.what.sign-off": {
        "en": "sign-off",
        "fr": "validation de l'Institut national de la statistique",
        "es": "validación de la oficina nacional de estadística"},
    "diff.what.review_sign-off": {
        "en": "review sign-off",
        "fr": "approbation de la revue",
        "es": "aprobación de la revisión"},
    "diff.what.title": {
        "en": "title",
        "fr": "titre",
        "es": "título"},
    "diff.what.round": {
        "en": "round",
        "fr": "cycle",
        "es": "ronda"},
    "diff.what.status": {
        "en": "status",
        "fr": "statut",
        "es": "estado"},
    "diff.what.mission_start": {
        "en": "mission start",
        "fr": "début de la mission",
        "es": "inicio de la misión"},
    "diff.what.mission_end": {
        "en": "mission end",
        "fr": "fin de la mission",
        "es": "fin de la misión"},
    "diff.what.reference_date": {
        "en": "reference date",
        "fr": "date de référence",
        "es": "fecha de referencia"},
    "diff.what.country": {
        "en": "country",
        "fr": "pays",
        "es": "país"},
    "diff.what.institutions": {
        "en": "institutions",
        "fr": "institutions",
        "es": "instituciones"},
    "diff.what.recommendation_id": {
        "en": "recommendation",
        "fr": "recommandation",
        "es": "recomendación"},
    "diff.what.policy_questions": {
        "en": "policy questions",
        "fr": "questions de politique",
        "es": "preguntas de política"},
    "diff.what.start": {
        "en": "start",
        "fr": "début",
        "es": "inicio"},
    "diff.what.end": {
        "en": "end",
        "fr": "fin",
        "es": "fin"},
    "diff.what.resources": {
        "en": "resources",
        "fr": "ressources",
        "es": "recursos"},
    "diff.what.milestone": {
        "en": "milestone",
        "fr": "jalon",
        "es": "hito"},
    "diff.what.priority": {
        "en": "priority",
        "fr": "priorité",
        "es": "prioridad"},
    "diff.what.priority_action": {
        "en": "priority action",
        "fr": "action prioritaire",
        "es": "acción prioritaria"},
    "diff.what.strategy": {
        "en": "strategy objective",
        "fr": "objectif de la stratégie",
        "es": "objetivo de la estrategia"},
    "diff.what.costs": {
        "en": "costs",
        "fr": "coûts",
        "es": "costos"},
    "diff.what.indicator": {
        "en": "indicator",
        "fr": "indicateur",
        "es": "indicador"},
    "diff.what.baseline": {
        "en": "baseline",
        "fr": "valeur de référence",
        "es": "línea de base"},
    "diff.what.target": {
        "en": "target",
        "fr": "cible",
        "es": "meta"},
    "diff.what.verification": {
        "en": "means of verification",
        "fr": "moyens de vérification",
        "es": "medios de verificación"},
    "diff.what.risks": {
        "en": "risks and assumptions",
        "fr": "risques et hypothèses",
        "es": "riesgos y supuestos"},
    "diff.what.depends_on": {
        "en": "depends on",
        "fr": "dépend de",
        "es": "depende de"},
    "diff.what.sdg_target": {
        "en": "SDG target",
        "fr": "cible des ODD",
        "es": "meta de los ODS"},
    "cli.progress.older": {
        "en": "{file}: reply of {institution} ({who}) for {period}, filled {filled}: older than the reply of {taken} received before; nothing stored (--take takes it all the same)",
        "fr": "{file} : réponse de {institution} ({who}) pour {period}, remplie le {filled} : plus ancienne que la réponse du {taken} reçue avant elle ; rien n'est enregistré (--take la retient tout de même)",
        "es": "{file}: respuesta de {institution} ({who}) para {period}, completada el {filled}: anterior a la respuesta del {taken} recibida antes; no se guarda nada (--take la toma de todos modos)"},
    "cli.progress.undated": {
        "en": "{file}: reply of {institution} ({who}) for {period}: states no time it was filled, unlike the reply of {taken} received before; nothing stored (--take takes it all the same)",
        "fr": "{file} : réponse de {institution} ({who}) pour {period} : n'indique pas quand elle a été remplie, contrairement à la réponse du {taken} reçue avant elle ; rien n'est enregistré (--take la retient tout de même)",
        "es": "{file}: respuesta de {institution} ({who}) para {period}: no indica cuándo se completó, a diferencia de la respuesta del {taken} recibida antes; no se guarda nada (--take la toma de todos modos)"},
    "cli.progress.not_a_count": {
        "en": "{file}: the form's hidden identity gives {field} as {value}, not a count (edited by hand?); nothing was received",
        "fr": "{file} : l'identité masquée du formulaire donne pour {field} la valeur {value}, qui n'est pas un nombre (modifiée à la main ?) ; rien n'a été reçu",
        "es": "{file}: la identidad oculta del formulario da para {field} el valor {value}, que no es un número (¿editada a mano?); no se recibió nada"},
    "cli.progress.not_an_export": {
        "en": "not a progress form of capacity-app, nor the export of its XLSForm's submissions",
        "fr": "ni un formulaire de suivi de capacity-app, ni l'export des soumissions de son XLSForm",
        "es": "no es un formulario de seguimiento de capacity-app ni la exportación de los envíos de su XLSForm"},
    "cli.progress.formula": {
        "en": "a formula (the export was edited)",
        "fr": "une formule (l'export a été modifié)",
        "es": "una fórmula (la exportación fue editada)"},
    "cli.progress.no_main": {
        "en": "no table of the progress form's submissions in the export (its main CSV, with the cap_check column, is missing): export the form's submissions again from ODK Central, as a .zip of CSV files",
        "fr": "aucune table des soumissions du formulaire de suivi dans l'export (son CSV principal, avec la colonne cap_check, manque) : exportez de nouveau les soumissions du formulaire depuis ODK Central, en .zip de fichiers CSV",
        "es": "ninguna tabla de los envíos del formulario de seguimiento en la exportación (falta su CSV principal, con la columna cap_check): exporte de nuevo los envíos del formulario desde ODK Central, como .zip de archivos CSV"},
    "cli.progress.two_tables": {
        "en": "two tables of submissions ({first}, {second}): the export was edited or joins two forms' exports",
        "fr": "deux tables de soumissions ({first}, {second}) : l'export a été modifié ou réunit les exports de deux formulaires",
        "es": "dos tablas de envíos ({first}, {second}): la exportación fue editada o junta las exportaciones de dos formularios"},
    "cli.progress.two_columns": {
        "en": "two columns for one question (edited by hand?)",
        "fr": "deux colonnes pour une question (modifié à la main ?)",
        "es": "dos columnas para una pregunta (¿editado a mano?)"},
    "cli.progress.mixed": {
        "en": "the submissions come from different forms",
        "fr": "les soumissions viennent de formulaires différents",
        "es": "los envíos proceden de formularios distintos"},
    "cli.progress.no_submission": {
        "en": "no submission in the export",
        "fr": "aucune soumission dans l'export",
        "es": "ningún envío en la exportación"},
    "cli.progress.none_kept": {
        "en": "no submission in the export but {n} the platform's review rejected or left without data",
        "fr": "aucune soumission dans l'export, sinon {n} que la revue de la plateforme a rejetées ou laissées sans données",
        "es": "ningún envío en la exportación, salvo {n} que la revisión de la plataforma rechazó o dejó sin datos"},
    "cli.progress.sent": {
        "en": "{file}: the progress workbook of {institution} for {period}: {actions} actions, {lines} cost lines, {indicators} indicators.",
        "fr": "{file} : le classeur de suivi de {institution} pour {period} : actions : {actions}, lignes de coût : {lines}, indicateurs : {indicators}.",
        "es": "{file}: el libro de seguimiento de {institution} para {period}: acciones: {actions}, líneas de costo: {lines}, indicadores: {indicators}."},
    "cli.progress.sent_xlsform": {
        "en": "{file}: the progress form (XLSForm) of {institution} for {period}: {actions} actions, {lines} cost lines, {indicators} indicators.",
        "fr": "{file} : le formulaire de suivi (XLSForm) de {institution} pour {period} : actions : {actions}, lignes de coût : {lines}, indicateurs : {indicators}.",
        "es": "{file}: el formulario de seguimiento (XLSForm) de {institution} para {period}: acciones: {actions}, líneas de costo: {lines}, indicadores: {indicators}."},
    "cli.progress.rejected": {
        "en": "Rejected proposal {n}.",
        "fr": "Proposition {n} rejetée.",
        "es": "Propuesta {n} rechazada."},
    "cli.answer.whole": {
        "en": "expected a whole number, got {got}",
        "fr": "un nombre entier est attendu, et non {got}",
        "es": "se espera un número entero, no {got}"},
    "cli.answer.number": {
        "en": "expected a number, got {got}",
        "fr": "un nombre est attendu, et non {got}",
        "es": "se espera un número, no {got}"},
    "cli.answer.below": {
        "en": "{value} is below the minimum {lo}",
        "fr": "{value} est inférieur au minimum ({lo})",
        "es": "{value} es inferior al mínimo ({lo})"},
    "cli.answer.above": {
        "en": "{value} is above the maximum {hi}",
        "fr": "{value} est supérieur au maximum ({hi})",
        "es": "{value} es superior al máximo ({hi})"},
    "cli.answer.choice": {
        "en": "{got} is not one of the choices ({codes})",
        "fr": "{got} ne fait pas partie des choix ({codes})",
        "es": "{got} no es una de las opciones ({codes})"},
    "cli.answer.list": {
        "en": "expected a list of choice codes, got {got}",
        "fr": "une liste de codes de choix est attendue, et non {got}",
        "es": "se espera una lista de códigos de opciones, no {got}"},
    "cli.answer.date": {
        "en": "expected a date YYYY-MM-DD, got {got}",
        "fr": "une date AAAA-MM-JJ est attendue, et non {got}",
        "es": "se espera una fecha AAAA-MM-DD, no {got}"},
    "cli.answer.serial": {
        "en": "{got} looks like a spreadsheet date serial: type the date as YYYY-MM-DD",
        "fr": "{got} ressemble à un numéro de date de tableur\u00a0: saisissez la date sous la forme AAAA-MM-JJ",
        "es": "{got} parece un número de fecha de hoja de cálculo: escriba la fecha como AAAA-MM-DD"},
    "cli.answer.text": {
        "en": "expected text, got {got}",
        "fr": "un texte est attendu, et non {got}",
        "es": "se espera un texto, no {got}"},
    "cli.answer.empty": {
        "en": "an empty text is not an answer (clear the answer to remove its value)",
        "fr": "un texte vide n'est pas une réponse (effacez la réponse pour retirer sa valeur)",
        "es": "un texto vacío no es una respuesta (borre la respuesta para quitar su valor)"},
    "cli.answer.none": {
        "en": "no value given",
        "fr": "aucune valeur n'est donnée",
        "es": "no se ha dado ningún valor"},
    "cli.answer.ambiguous": {
        "en": "{got} reads two ways: type {whole} (without a thousands separator) or {decimal}",
        "fr": "{got} se lit de deux façons\u00a0: saisissez {whole} (sans séparateur de milliers) ou {decimal}",
        "es": "{got} se lee de dos maneras: escriba {whole} (sin separador de miles) o {decimal}"},
    "cli.answer.ambiguous_whole": {
        "en": "{got} reads two ways: type {whole} (without a thousands separator)",
        "fr": "{got} se lit de deux façons\u00a0: saisissez {whole} (sans séparateur de milliers)",
        "es": "{got} se lee de dos maneras: escriba {whole} (sin separador de miles)"},
    "cli.answer.too_large": {
        "en": "{got} is too large a number",
        "fr": "{got} est un nombre trop grand",
        "es": "{got} es un número demasiado grande"},
    "cli.answer.negative_zero": {
        "en": "{got} is a negative zero: type 0",
        "fr": "{got} est un zéro négatif\u00a0: saisissez 0",
        "es": "{got} es un cero negativo: escriba 0"},
    "cli.overrun.spent_over_budget": {
        "en": "cost line {line} of action {n}: {amount} {currency} spent to date is above the line's budget of {limit}{share}",
        "fr": "ligne de coût {line} de l'action {n} : les {amount} {currency} dépensés à ce jour dépassent le budget de la ligne, {limit}{share}",
        "es": "partida de costos {line} de la acción {n}: los {amount} {currency} gastados hasta la fecha superan el presupuesto de la partida, {limit}{share}"},
    "cli.overrun.disbursed_over_budget": {
        "en": "cost line {line} of action {n}: {amount} {currency} disbursed to date is above the line's budget of {limit}{share}",
        "fr": "ligne de coût {line} de l'action {n} : les {amount} {currency} décaissés à ce jour dépassent le budget de la ligne, {limit}{share}",
        "es": "partida de costos {line} de la acción {n}: los {amount} {currency} desembolsados hasta la fecha superan el presupuesto de la partida, {limit}{share}"},
    "cli.overrun.spent_over_disbursed": {
        "en": "cost line {line} of action {n}: {amount} {currency} spent to date is above the {limit} disbursed{note}",
        "fr": "ligne de coût {line} de l'action {n} : les {amount} {currency} dépensés à ce jour dépassent les {limit} décaissés{note}",
        "es": "partida de costos {line} de la acción {n}: los {amount} {currency} gastados hasta la fecha superan los {limit} desembolsados{note}"},
    "cli.overrun.disbursed_over_committed": {
        "en": "cost line {line} of action {n}: {amount} {currency} disbursed to date is above the {limit} committed",
        "fr": "ligne de coût {line} de l'action {n} : les {amount} {currency} décaissés à ce jour dépassent les {limit} engagés",
        "es": "partida de costos {line} de la acción {n}: los {amount} {currency} desembolsados hasta la fecha superan los {limit} comprometidos"},
    "cli.overrun.note": {
        "en": "; note: {text}",
        "fr": " ; note : {text}",
        "es": "; nota: {text}"},
    "cli.progress.head": {
        "en": "Progress in {period} (judged on {date}): {on_track} on track, {at_risk} at risk, {off_track} off track, {not_judged} not judged; {unreported} actions without a report.",
        "fr": "Suivi de {period} (évalué au {date}) : en bonne voie : {on_track}, à risque : {at_risk}, en retard : {off_track}, sans évaluation : {not_judged} ; actions sans rapport : {unreported}.",
        "es": "Seguimiento de {period} (evaluado al {date}): según lo previsto: {on_track}, en riesgo: {at_risk}, desviadas: {off_track}, sin evaluar: {not_judged}; acciones sin informe: {unreported}."},
    "cli.progress.head_one": {
        "en": "Progress in {period} (judged on {date}): {on_track} on track, {at_risk} at risk, {off_track} off track, {not_judged} not judged; {unreported} action without a report.",
        "fr": "Suivi de {period} (évalué au {date}) : en bonne voie : {on_track}, à risque : {at_risk}, en retard : {off_track}, sans évaluation : {not_judged} ; actions sans rapport : {unreported}.",
        "es": "Seguimiento de {period} (evaluado al {date}): según lo previsto: {on_track}, en riesgo: {at_risk}, desviadas: {off_track}, sin evaluar: {not_judged}; acciones sin informe: {unreported}."},
    "cli.progress.row": {
        "en": "{number}. {title} - {status}; {standing}",
        "fr": "{number}. {title} - {status} ; {standing}",
        "es": "{number}. {title}: {status}; {standing}"},
    "cli.progress.row_plan": {
        "en": "{number}. {title} - {status} (no report: the plan's status); {standing}",
        "fr": "{number}. {title} - {status} (pas de rapport : statut du plan) ; {standing}",
        "es": "{number}. {title} - {status} (sin informe: estado del plan); {standing}"},
    "cli.progress.status.planned": {
        "en": "planned",
        "fr": "prévue",
        "es": "prevista"},
    "cli.progress.status.in_progress": {
        "en": "in progress",
        "fr": "en cours",
        "es": "en curso"},
    "cli.progress.status.done": {
        "en": "done",
        "fr": "réalisée",
        "es": "realizada"},
    "cli.progress.status.dropped": {
        "en": "dropped",
        "fr": "abandonnée",
        "es": "descartada"},
    "cli.progress.standing.on_track": {
        "en": "on track",
        "fr": "en bonne voie",
        "es": "según lo previsto"},
    "cli.progress.standing.at_risk": {
        "en": "at risk",
        "fr": "à risque",
        "es": "en riesgo"},
    "cli.progress.standing.off_track": {
        "en": "off track",
        "fr": "en retard",
        "es": "desviada"},
    "cli.progress.standing.not_judged": {
        "en": "not judged",
        "fr": "sans évaluation",
        "es": "sin evaluar"},
    "cli.progress.reason": {
        "en": "Reason: {reason}",
        "fr": "Motif : {reason}",
        "es": "Motivo: {reason}"},
    "cli.progress.money": {
        "en": "committed {committed}; disbursed {disbursed}; spent {spent}",
        "fr": "engagé : {committed} ; décaissé : {disbursed} ; dépensé : {spent}",
        "es": "comprometido: {committed}; desembolsado: {disbursed}; gastado: {spent}"},
    "cli.progress.overrun": {
        "en": "Overrun: {text}",
        "fr": "Dépassement : {text}",
        "es": "Exceso: {text}"},
    "cli.progress.total": {
        "en": "Total ({currency}): pledged {pledged}, committed {committed}, disbursed {disbursed}, spent {spent}",
        "fr": "Total ({currency}) : annoncé : {pledged}, engagé : {committed}, décaissé : {disbursed}, dépensé : {spent}",
        "es": "Total ({currency}): anunciado: {pledged}, comprometido: {committed}, desembolsado: {disbursed}, gastado: {spent}"},
    "cli.progress.partner": {
        "en": "{who} ({currency}): pledged {pledged}, committed {committed}, disbursed {disbursed}, spent {spent}",
        "fr": "{who} ({currency}) : annoncé : {pledged}, engagé : {committed}, décaissé : {disbursed}, dépensé : {spent}",
        "es": "{who} ({currency}): anunciado: {pledged}, comprometido: {committed}, desembolsado: {disbursed}, gastado: {spent}"},
    "cli.progress.funding.national": {
        "en": "national budget",
        "fr": "budget national",
        "es": "presupuesto nacional"},
    "cli.progress.funding.partner": {
        "en": "partner",
        "fr": "partenaire",
        "es": "socio"},
    "cli.progress.funding.other": {
        "en": "other source",
        "fr": "autre source",
        "es": "otra fuente"},
    "cli.progress.indicator": {
        "en": "Indicator {id} ({name}): target {target}, {value} on {date}; {standing}",
        "fr": "Indicateur {id} ({name}) : valeur cible {target}, {value} au {date} ; {standing}",
        "es": "Indicador {id} ({name}): meta {target}, {value} al {date}; {standing}"},
    "cli.progress.indicator_no_target": {
        "en": "Indicator {id} ({name}): no target for the year, {value} on {date}; {standing}",
        "fr": "Indicateur {id} ({name}) : pas de valeur cible pour l'année, {value} au {date} ; {standing}",
        "es": "Indicador {id} ({name}): sin meta para el año, {value} al {date}; {standing}"},
    "cli.progress.indicator_no_value": {
        "en": "Indicator {id} ({name}): target {target}, no value; {standing}",
        "fr": "Indicateur {id} ({name}) : valeur cible {target}, aucune valeur ; {standing}",
        "es": "Indicador {id} ({name}): meta {target}, sin valor; {standing}"},
    "cli.progress.indicator_nothing": {
        "en": "Indicator {id} ({name}): no target for the year, no value; {standing}",
        "fr": "Indicateur {id} ({name}) : pas de valeur cible pour l'année, aucune valeur ; {standing}",
        "es": "Indicador {id} ({name}): sin meta para el año, sin valor; {standing}"},
    "cli.progress.indicator_outside_source": {
        "en": "Indicator {id} (not in the results chain): {value} on {date} ({source})",
        "fr": "Indicateur {id} (hors de la chaîne de résultats) : {value} au {date} ({source})",
        "es": "Indicador {id} (fuera de la cadena de resultados): {value} al {date} ({source})"},
    "cli.progress.indicator_outside": {
        "en": "Indicator {id} (not in the results chain): {value} on {date}",
        "fr": "Indicateur {id} (hors de la chaîne de résultats) : {value} au {date}",
        "es": "Indicador {id} (fuera de la cadena de resultados): {value} al {date}"},
    "cli.progress.nothing_yet": {
        "en": "assessment {id} has no progress recorded yet: {command}",
        "fr": "l'évaluation {id} n'a encore aucun suivi enregistré : {command}",
        "es": "la evaluación {id} aún no tiene ningún seguimiento registrado: {command}"},
    "cli.progress.warning": {
        "en": "Warning: {text}",
        "fr": "Avertissement : {text}",
        "es": "Aviso: {text}"},
    "cli.progress.recorded": {
        "en": "Recorded the progress of \"{title}\" for {period} ({n} cost lines).",
        "fr": "Suivi de « {title} » pour {period} enregistré (lignes de coût : {n}).",
        "es": "Seguimiento de «{title}» para {period} registrado (partidas de costos: {n})."},
    "cli.progress.recorded_one": {
        "en": "Recorded the progress of \"{title}\" for {period} ({n} cost line).",
        "fr": "Suivi de « {title} » pour {period} enregistré (lignes de coût : {n}).",
        "es": "Seguimiento de «{title}» para {period} registrado (partidas de costos: {n})."},
    "cli.progress.replaced": {
        "en": "Replaced the progress of \"{title}\" for {period} ({n} cost lines).",
        "fr": "Suivi de « {title} » pour {period} remplacé (lignes de coût : {n}).",
        "es": "Seguimiento de «{title}» para {period} sustituido (partidas de costos: {n})."},
    "cli.progress.replaced_one": {
        "en": "Replaced the progress of \"{title}\" for {period} ({n} cost line).",
        "fr": "Suivi de « {title} » pour {period} remplacé (lignes de coût : {n}).",
        "es": "Seguimiento de «{title}» para {period} sustituido (partidas de costos: {n})."},
    "cli.progress.value_recorded": {
        "en": "Recorded the value of indicator {id} for {period}.",
        "fr": "Valeur de l'indicateur {id} pour {period} enregistrée.",
        "es": "Valor del indicador {id} para {period} registrado."},
    "cli.progress.value_replaced": {
        "en": "Replaced the value of indicator {id} for {period}.",
        "fr": "Valeur de l'indicateur {id} pour {period} remplacée.",
        "es": "Valor del indicador {id} para {period} sustituido."},
    "cli.progress.removed": {
        "en": "Removed the progress of \"{title}\" for {period}.",
        "fr": "Suivi de « {title} » pour {period} supprimé.",
        "es": "Seguimiento de «{title}» para {period} eliminado."},
    "cli.progress.already_recorded": {
        "en": "action {n} already has its progress for {period}: replace it to change it (the entry replaced stays in the history)",
        "fr": "l'action {n} a déjà son suivi pour {period} : remplacez-le pour le modifier (l'entrée remplacée reste dans l'historique)",
        "es": "la acción {n} ya tiene su seguimiento para {period}: sustitúyalo para modificarlo (la entrada sustituida queda en el historial)"},
    "cli.progress.overlaps": {
        "en": "action {n} already has its progress for {period}, which overlaps {new}: report a year or its half-years, not both",
        "fr": "l'action {n} a déjà son suivi pour {period}, qui recouvre {new} : rendez compte d'une année ou de ses semestres, pas des deux",
        "es": "la acción {n} ya tiene su seguimiento para {period}, que se superpone con {new}: informe de un año o de sus semestres, no de ambos"},
    "cli.progress.value_already": {
        "en": "indicator {id} already has its value for {period}: replace it to change it (the value replaced stays in the history)",
        "fr": "l'indicateur {id} a déjà sa valeur pour {period} : remplacez-la pour la modifier (la valeur remplacée reste dans l'historique)",
        "es": "el indicador {id} ya tiene su valor para {period}: sustitúyalo para modificarlo (el valor sustituido queda en el historial)"},
    "cli.progress.no_progress": {
        "en": "action {action} has no progress for {period}",
        "fr": "l'action {action} n'a pas de suivi pour {period}",
        "es": "la acción {action} no tiene seguimiento para {period}"},
    "cli.progress.no_action": {
        "en": "assessment {id} has no action {action} in its plan",
        "fr": "l'évaluation {id} n'a pas d'action {action} dans son plan",
        "es": "la evaluación {id} no tiene ninguna acción {action} en su plan"},
    # --- the planning unit's own words in the implementation report (domain/plan/period_report.py,
    # cli/progress_report.py)
    "cli.period.long.summary": {
        "en": "the summary of {period} is longer than {limit} characters ({length})",
        "fr": "le résumé de {period} dépasse {limit} caractères ({length})",
        "es": "el resumen de {period} supera los {limit} caracteres ({length})"},
    "cli.period.long.decision": {
        "en": "decision {n} asked for {period} is longer than {limit} characters ({length})",
        "fr": "la décision {n} demandée pour {period} dépasse {limit} caractères ({length})",
        "es": "la decisión {n} solicitada para {period} supera los {limit} caracteres ({length})"},
    "cli.period.long.measure": {
        "en": "the corrective measure of action {n} for {period} is longer than {limit} characters ({length})",
        "fr": "la mesure corrective de l'action {n} pour {period} dépasse {limit} caractères ({length})",
        "es": "la medida correctiva de la acción {n} para {period} supera los {limit} caracteres ({length})"},
    "cli.period.long.who": {
        "en": "who takes the corrective measure of action {n} for {period} is longer than {limit} characters ({length})",
        "fr": "le responsable de la mesure corrective de l'action {n} pour {period} dépasse {limit} caractères ({length})",
        "es": "el responsable de la medida correctiva de la acción {n} para {period} supera los {limit} caracteres ({length})"},
    "cli.period.control.summary": {
        "en": "the summary of {period} holds the control character {code} (refused)",
        "fr": "le résumé de {period} contient le caractère de contrôle {code} (refusé)",
        "es": "el resumen de {period} contiene el carácter de control {code} (rechazado)"},
    "cli.period.control.decision": {
        "en": "decision {n} asked for {period} holds the control character {code} (refused)",
        "fr": "la décision {n} demandée pour {period} contient le caractère de contrôle {code} (refusé)",
        "es": "la decisión {n} solicitada para {period} contiene el carácter de control {code} (rechazado)"},
    "cli.period.control.measure": {
        "en": "the corrective measure of action {n} for {period} holds the control character {code} (refused)",
        "fr": "la mesure corrective de l'action {n} pour {period} contient le caractère de contrôle {code} (refusé)",
        "es": "la medida correctiva de la acción {n} para {period} contiene el carácter de control {code} (rechazado)"},
    "cli.period.control.who": {
        "en": "who takes the corrective measure of action {n} for {period} holds the control character {code} (refused)",
        "fr": "le responsable de la mesure corrective de l'action {n} pour {period} contient le caractère de contrôle {code} (refusé)",
        "es": "el responsable de la medida correctiva de la acción {n} para {period} contiene el carácter de control {code} (rechazado)"},
    "cli.period.unstorable.summary": {
        "en": "the summary of {period} holds a character that is not text: retype it",
        "fr": "le résumé de {period} contient un caractère qui n'est pas du texte : ressaisissez-le",
        "es": "el resumen de {period} contiene un carácter que no es texto: vuelva a escribirlo"},
    "cli.period.unstorable.decision": {
        "en": "decision {n} asked for {period} holds a character that is not text: retype it",
        "fr": "la décision {n} demandée pour {period} contient un caractère qui n'est pas du texte : ressaisissez-la",
        "es": "la decisión {n} solicitada para {period} contiene un carácter que no es texto: vuelva a escribirla"},
    "cli.period.unstorable.measure": {
        "en": "the corrective measure of action {n} for {period} holds a character that is not text: retype it",
        "fr": "la mesure corrective de l'action {n} pour {period} contient un caractère qui n'est pas du texte : ressaisissez-la",
        "es": "la medida correctiva de la acción {n} para {period} contiene un carácter que no es texto: vuelva a escribirla"},
    "cli.period.unstorable.who": {
        "en": "who takes the corrective measure of action {n} for {period} holds a character that is not text: retype it",
        "fr": "le responsable de la mesure corrective de l'action {n} pour {period} contient un caractère qui n'est pas du texte : ressaisissez-le",
        "es": "el responsable de la medida correctiva de la acción {n} para {period} contiene un carácter que no es texto: vuelva a escribirlo"},
    "cli.period.too_many": {
        "en": "{count} decisions asked for {period}: at most {limit}",
        "fr": "{count} décisions demandées pour {period} : {limit} au plus",
        "es": "{count} decisiones solicitadas para {period}: {limit} como máximo"},
    "cli.period.empty_decision": {
        "en": "decision {n} asked for {period} is empty: write it or leave it out",
        "fr": "la décision {n} demandée pour {period} est vide : rédigez-la ou retirez-la",
        "es": "la decisión {n} solicitada para {period} está vacía: redáctela o quítela"},
    "cli.period.measure_empty": {
        "en": "the corrective measure of action {n} for {period} says nothing: write what will be done (who and by when go with it)",
        "fr": "la mesure corrective de l'action {n} pour {period} est vide : écrivez ce qui sera fait (le responsable et l'échéance l'accompagnent)",
        "es": "la medida correctiva de la acción {n} para {period} está vacía: escriba lo que se hará (el responsable y el plazo la acompañan)"},
    "cli.period.by": {
        "en": "the date of the corrective measure of action {n} for {period} is not a date YYYY-MM-DD: {got}",
        "fr": "l'échéance de la mesure corrective de l'action {n} pour {period} n'est pas une date AAAA-MM-JJ : {got}",
        "es": "el plazo de la medida correctiva de la acción {n} para {period} no es una fecha AAAA-MM-DD: {got}"},
    "cli.period.saved": {
        "en": "Recorded the report of {period}: a summary of {chars} characters and {n} decisions asked.",
        "fr": "Rapport de {period} enregistré : un résumé de {chars} caractères ; décisions demandées : {n}.",
        "es": "Informe de {period} registrado: un resumen de {chars} caracteres; decisiones solicitadas: {n}."},
    "cli.period.saved_one": {
        "en": "Recorded the report of {period}: a summary of {chars} characters and {n} decision asked.",
        "fr": "Rapport de {period} enregistré : un résumé de {chars} caractères ; décisions demandées : {n}.",
        "es": "Informe de {period} registrado: un resumen de {chars} caracteres; decisiones solicitadas: {n}."},
    "cli.period.cleared": {
        "en": "Removed the summary and the decisions of {period} (the history keeps them).",
        "fr": "Résumé et décisions de {period} supprimés (l'historique les conserve).",
        "es": "Resumen y decisiones de {period} eliminados (el historial los conserva)."},
    "cli.period.none": {
        "en": "No summary or decision written for {period} yet.",
        "fr": "Aucun résumé ni aucune décision rédigés pour {period} à ce jour.",
        "es": "Aún no hay resumen ni decisiones redactados para {period}."},
    "cli.period.summary": {
        "en": "Summary of {period}: {text}",
        "fr": "Résumé de {period} : {text}",
        "es": "Resumen de {period}: {text}"},
    "cli.period.decision": {
        "en": "Decision asked {n}: {text}",
        "fr": "Décision demandée {n} : {text}",
        "es": "Decisión solicitada {n}: {text}"},
    "cli.period.measure": {
        "en": "Corrective measure of action {n}: {text}",
        "fr": "Mesure corrective de l'action {n} : {text}",
        "es": "Medida correctiva de la acción {n}: {text}"},
    "cli.period.measure_who": {
        "en": "Who: {who}",
        "fr": "Responsable : {who}",
        "es": "Responsable: {who}"},
    "cli.period.measure_by": {
        "en": "By: {date}",
        "fr": "Échéance : {date}",
        "es": "Plazo: {date}"},
    "cli.period.no_measure": {
        "en": "Action {n} is {standing} in {period} and has no corrective measure.",
        "fr": "L'action {n} est {standing} en {period} et n'a pas de mesure corrective.",
        "es": "La acción {n} está {standing} en {period} y no tiene medida correctiva."},
    "cli.period.measure_saved": {
        "en": "Recorded the corrective measure of \"{title}\" for {period}.",
        "fr": "Mesure corrective de « {title} » pour {period} enregistrée.",
        "es": "Medida correctiva de «{title}» para {period} registrada."},
    "cli.period.measure_removed": {
        "en": "Removed the corrective measure of \"{title}\" for {period} (the history keeps it).",
        "fr": "Mesure corrective de « {title} » pour {period} supprimée (l'historique la conserve).",
        "es": "Medida correctiva de «{title}» para {period} eliminada (el historial la conserva)."},
    "cli.period.no_measure_to_remove": {
        "en": "action {n} has no corrective measure for {period}",
        "fr": "l'action {n} n'a pas de mesure corrective pour {period}",
        "es": "la acción {n} no tiene medida correctiva para {period}"},
    "cli.progress.submissions": {
        "en": "; {n} submissions, the newest taken",
        "fr": " ; soumissions : {n}, la plus récente retenue",
        "es": "; envíos: {n}, se toma el más reciente"},
    "cli.progress.left_out_one": {
        "en": "; {n} submission left out (rejected in the platform's review, or without data)",
        "fr": " ; soumissions écartées : {n} (rejetées lors de la revue de la plateforme, ou sans données)",
        "es": "; envíos descartados: {n} (rechazados en la revisión de la plataforma, o sin datos)"},
    "cli.progress.left_out": {
        "en": "; {n} submissions left out (rejected in the platform's review, or without data)",
        "fr": " ; soumissions écartées : {n} (rejetées lors de la revue de la plateforme, ou sans données)",
        "es": "; envíos descartados: {n} (rechazados en la revisión de la plataforma, o sin datos)"},
    "cli.progress.received": {
        "en": "{file}: reply of {institution} ({who}) for {period}: {proposed}{earlier}, {same} as recorded{superseded}.",
        "fr": "{file} : réponse de {institution} ({who}) pour {period} : {proposed}{earlier}, identiques à ce qui est enregistré : {same}{superseded}.",
        "es": "{file}: respuesta de {institution} ({who}) para {period}: {proposed}{earlier}, iguales a lo registrado: {same}{superseded}."},
    "cli.progress.proposed_one": {
        "en": "{n} entry proposed",
        "fr": "entrées proposées : {n}",
        "es": "entradas propuestas: {n}"},
    "cli.progress.proposed": {
        "en": "{n} entries proposed",
        "fr": "entrées proposées : {n}",
        "es": "entradas propuestas: {n}"},
    "cli.progress.would_one": {
        "en": "{n} entry would propose",
        "fr": "entrées qui seraient proposées : {n}",
        "es": "entradas que se propondrían: {n}"},
    "cli.progress.would": {
        "en": "{n} entries would propose",
        "fr": "entrées qui seraient proposées : {n}",
        "es": "entradas que se propondrían: {n}"},
    "cli.progress.earlier": {
        "en": " ({n} already proposed)",
        "fr": " (déjà proposées : {n})",
        "es": " (ya propuestas: {n})"},
    "cli.progress.superseded_one": {
        "en": "; {n} older proposal superseded",
        "fr": " ; propositions plus anciennes remplacées : {n}",
        "es": "; propuestas anteriores sustituidas: {n}"},
    "cli.progress.superseded": {
        "en": "; {n} older proposals superseded",
        "fr": " ; propositions plus anciennes remplacées : {n}",
        "es": "; propuestas anteriores sustituidas: {n}"},
    "cli.progress.rejected_before_one": {
        "en": "{n} entry of this reply was rejected before: not proposed again ({command}).",
        "fr": "Entrées de cette réponse déjà rejetées : {n} ; elles ne sont pas proposées de nouveau ({command}).",
        "es": "Entradas de esta respuesta ya rechazadas: {n}; no se proponen de nuevo ({command})."},
    "cli.progress.rejected_before": {
        "en": "{n} entries of this reply were rejected before: not proposed again ({command}).",
        "fr": "Entrées de cette réponse déjà rejetées : {n} ; elles ne sont pas proposées de nouveau ({command}).",
        "es": "Entradas de esta respuesta ya rechazadas: {n}; no se proponen de nuevo ({command})."},
    "cli.progress.replies.older": {
        "en": "{institution}: {n} replies for {period}, the one of {taken} taken; this one, of {filled}, is older: set aside, nothing stored",
        "fr": "{institution} : réponses pour {period} : {n} ; celle du {taken} est retenue ; celle-ci, du {filled}, est plus ancienne : écartée, rien n'est enregistré",
        "es": "{institution}: respuestas para {period}: {n}; se toma la del {taken}; esta, del {filled}, es anterior: se descarta, no se guarda nada"},
    "cli.progress.replies.undated": {
        "en": "{institution}: {n} replies for {period}, the one of {taken} taken; this one states no time it was filled: set aside, nothing stored",
        "fr": "{institution} : réponses pour {period} : {n} ; celle du {taken} est retenue ; celle-ci n'indique pas quand elle a été remplie : écartée, rien n'est enregistré",
        "es": "{institution}: respuestas para {period}: {n}; se toma la del {taken}; esta no indica cuándo se completó: se descarta, no se guarda nada"},
    "cli.progress.replies.forced": {
        "en": "{institution}: {n} replies for {period}, this one, of {filled}, taken on the officer's word (--take) although the one of {taken} received before is newer",
        "fr": "{institution} : réponses pour {period} : {n} ; celle-ci, du {filled}, est retenue sur décision de l'agent (--take) bien que celle du {taken} reçue avant soit plus récente",
        "es": "{institution}: respuestas para {period}: {n}; se toma esta, del {filled}, por decisión del responsable (--take) aunque la del {taken} recibida antes es más reciente"},
    "cli.progress.replies.forced_undated": {
        "en": "{institution}: {n} replies for {period}, this one taken on the officer's word (--take) although it states no time it was filled and the one of {taken} received before does",
        "fr": "{institution} : réponses pour {period} : {n} ; celle-ci est retenue sur décision de l'agent (--take) bien qu'elle n'indique pas quand elle a été remplie et que celle du {taken} reçue avant l'indique",
        "es": "{institution}: respuestas para {period}: {n}; se toma esta por decisión del responsable (--take) aunque no indica cuándo se completó y la del {taken} recibida antes sí lo indica"},
    "cli.progress.replies.tie": {
        "en": "{institution}: {n} replies for {period}, this one taken as the one received last (it states the same time as one received before, {filled})",
        "fr": "{institution} : réponses pour {period} : {n} ; celle-ci est retenue comme la dernière reçue (elle indique la même heure qu'une réponse reçue avant, {filled})",
        "es": "{institution}: respuestas para {period}: {n}; se toma esta como la última recibida (indica la misma hora que una recibida antes, {filled})"},
    "cli.progress.replies.no_time_here": {
        "en": "{institution}: {n} replies for {period}, this one taken as the one received last (the time it was filled is not in this file)",
        "fr": "{institution} : réponses pour {period} : {n} ; celle-ci est retenue comme la dernière reçue (l'heure à laquelle elle a été remplie ne figure pas dans ce fichier)",
        "es": "{institution}: respuestas para {period}: {n}; se toma esta como la última recibida (la hora en que se completó no figura en este archivo)"},
    "cli.progress.replies.no_time_before": {
        "en": "{institution}: {n} replies for {period}, this one taken as the one received last (the time it was filled is not in the one received before)",
        "fr": "{institution} : réponses pour {period} : {n} ; celle-ci est retenue comme la dernière reçue (l'heure à laquelle elle a été remplie ne figure pas dans celle reçue avant)",
        "es": "{institution}: respuestas para {period}: {n}; se toma esta como la última recibida (la hora en que se completó no figura en la recibida antes)"},
    "cli.progress.replies.newer": {
        "en": "{institution}: {n} replies for {period}, the one of {taken} taken (this one); the older superseded",
        "fr": "{institution} : réponses pour {period} : {n} ; celle du {taken} est retenue (celle-ci) ; la plus ancienne est remplacée",
        "es": "{institution}: respuestas para {period}: {n}; se toma la del {taken} (esta); la anterior queda sustituida"},
    "cli.progress.none_open": {
        "en": "No open proposal of the plan's progress in assessment {id}.",
        "fr": "Aucune proposition ouverte sur le suivi du plan dans l'évaluation {id}.",
        "es": "Ninguna propuesta abierta sobre el seguimiento del plan en la evaluación {id}."},
    "cli.progress.none_accepted": {
        "en": "No accepted proposal of the plan's progress in assessment {id}.",
        "fr": "Aucune proposition acceptée sur le suivi du plan dans l'évaluation {id}.",
        "es": "Ninguna propuesta aceptada sobre el seguimiento del plan en la evaluación {id}."},
    "cli.progress.none_rejected": {
        "en": "No rejected proposal of the plan's progress in assessment {id}.",
        "fr": "Aucune proposition rejetée sur le suivi du plan dans l'évaluation {id}.",
        "es": "Ninguna propuesta rechazada sobre el seguimiento del plan en la evaluación {id}."},
    "cli.progress.none_superseded": {
        "en": "No superseded proposal of the plan's progress in assessment {id}.",
        "fr": "Aucune proposition remplacée sur le suivi du plan dans l'évaluation {id}.",
        "es": "Ninguna propuesta sustituida sobre el seguimiento del plan en la evaluación {id}."},
    "cli.progress.none_all": {
        "en": "No proposal of the plan's progress in assessment {id}.",
        "fr": "Aucune proposition sur le suivi du plan dans l'évaluation {id}.",
        "es": "Ninguna propuesta sobre el seguimiento del plan en la evaluación {id}."},
    "cli.progress.p_action": {
        "en": "action {n} {period}: {status}",
        "fr": "action {n} {period} : {status}",
        "es": "acción {n} {period}: {status}"},
    "cli.progress.p_started": {
        "en": ", started {date}",
        "fr": ", commencée le {date}",
        "es": ", iniciada el {date}"},
    "cli.progress.p_completed": {
        "en": ", completed {date}",
        "fr": ", achevée le {date}",
        "es": ", terminada el {date}"},
    "cli.progress.p_line": {
        "en": "; line {line}: {money} {currency}",
        "fr": " ; ligne {line} : {money} {currency}",
        "es": "; partida {line}: {money} {currency}"},
    "cli.progress.p_line_bare": {
        "en": "; line {line}: {money}",
        "fr": " ; ligne {line} : {money}",
        "es": "; partida {line}: {money}"},
    "cli.progress.p_committed": {
        "en": "committed {amount}",
        "fr": "engagé {amount}",
        "es": "comprometido {amount}"},
    "cli.progress.p_disbursed": {
        "en": "disbursed {amount}",
        "fr": "décaissé {amount}",
        "es": "desembolsado {amount}"},
    "cli.progress.p_spent": {
        "en": "spent {amount}",
        "fr": "dépensé {amount}",
        "es": "gastado {amount}"},
    "cli.progress.p_reason": {
        "en": "; reason: {reason}",
        "fr": " ; motif : {reason}",
        "es": "; motivo: {reason}"},
    "cli.progress.p_indicator_source": {
        "en": "indicator {id} {period}: {value} on {date} ({source})",
        "fr": "indicateur {id} {period} : {value} au {date} ({source})",
        "es": "indicador {id} {period}: {value} al {date} ({source})"},
    "cli.progress.p_indicator": {
        "en": "indicator {id} {period}: {value} on {date}",
        "fr": "indicateur {id} {period} : {value} au {date}",
        "es": "indicador {id} {period}: {value} al {date}"},
    "cli.progress.p_row_respondent": {
        "en": "{id}. {what} - {institution} ({respondent})",
        "fr": "{id}. {what} - {institution} ({respondent})",
        "es": "{id}. {what} - {institution} ({respondent})"},
    "cli.progress.p_row": {
        "en": "{id}. {what} - {institution}",
        "fr": "{id}. {what} - {institution}",
        "es": "{id}. {what} - {institution}"},
    "cli.progress.p_accepted": {
        "en": " [accepted]",
        "fr": " [acceptée]",
        "es": " [aceptada]"},
    "cli.progress.p_rejected": {
        "en": " [rejected]",
        "fr": " [rejetée]",
        "es": " [rechazada]"},
    "cli.progress.p_superseded": {
        "en": " [superseded]",
        "fr": " [remplacée]",
        "es": " [sustituida]"},
    "cli.progress.p_replaces": {
        "en": " (replaces what is recorded)",
        "fr": " (remplace ce qui est enregistré)",
        "es": " (sustituye lo registrado)"},
    "cli.progress.number_or_all": {
        "en": "give a proposal's number or --all (not both)",
        "fr": "indiquez le numéro d'une proposition ou --all (pas les deux)",
        "es": "indique el número de una propuesta o --all (no ambos)"},
    "cli.progress.accepted_one": {
        "en": "Accepted {n} proposal ({ids}).",
        "fr": "Propositions acceptées : {n} ({ids}).",
        "es": "Propuestas aceptadas: {n} ({ids})."},
    "cli.progress.accepted": {
        "en": "Accepted {n} proposals ({ids}).",
        "fr": "Propositions acceptées : {n} ({ids}).",
        "es": "Propuestas aceptadas: {n} ({ids})."},
    "cli.progress.accepted_none": {
        "en": "Accepted {n} proposals.",
        "fr": "Propositions acceptées : {n}.",
        "es": "Propuestas aceptadas: {n}."},
    "cli.progress.no_proposal": {
        "en": "no proposal {n} of the plan's progress",
        "fr": "aucune proposition {n} sur le suivi du plan",
        "es": "no hay ninguna propuesta {n} sobre el seguimiento del plan"},
    "cli.progress.no_proposal_in": {
        "en": "no proposal {n} of the plan's progress in assessment {id}",
        "fr": "aucune proposition {n} sur le suivi du plan dans l'évaluation {id}",
        "es": "no hay ninguna propuesta {n} sobre el seguimiento del plan en la evaluación {id}"},
    "cli.progress.is_accepted": {
        "en": "proposal {n} is accepted already",
        "fr": "la proposition {n} est déjà acceptée",
        "es": "la propuesta {n} ya está aceptada"},
    "cli.progress.is_rejected": {
        "en": "proposal {n} is rejected already",
        "fr": "la proposition {n} est déjà rejetée",
        "es": "la propuesta {n} ya está rechazada"},
    "cli.progress.is_superseded": {
        "en": "proposal {n} is superseded already",
        "fr": "la proposition {n} est déjà remplacée",
        "es": "la propuesta {n} ya está sustituida"},
    "cli.answer.unknown": {
        "en": "unknown item id",
        "fr": "identifiant de question inconnu",
        "es": "identificador de pregunta desconocido"},
    "cli.answer.give_value": {
        "en": "give a value, or {options}",
        "fr": "donnez une valeur, ou {options}",
        "es": "indique un valor, o {options}"},
    "cli.answer.no_dont_know": {
        "en": "'don't know' is not accepted for this item",
        "fr": "« ne sait pas » n'est pas accepté pour cette question",
        "es": "«no sabe» no se acepta para esta pregunta"},
    "cli.answer.final": {
        "en": "assessment {id} ({country} {round}) is final: reopen it (status in progress) to change it",
        "fr": "l'évaluation {id} ({country} {round}) est définitive : rouvrez-la (statut en cours) pour la modifier",
        "es": "la evaluación {id} ({country} {round}) es definitiva: reábrala (estado en curso) para modificarla"},
    "cli.request.empty_name": {
        "en": "the signatory's name is empty",
        "fr": "le nom du signataire est vide",
        "es": "el nombre del firmante está vacío"},
    "cli.request.empty_title": {
        "en": "the signatory's title is empty",
        "fr": "la fonction du signataire est vide",
        "es": "el cargo del firmante está vacío"},
    "cli.request.empty_partner": {
        "en": "the partner's name is empty",
        "fr": "le nom du partenaire est vide",
        "es": "el nombre del socio está vacío"},
    "cli.request.control_name": {
        "en": "the signatory's name holds a control character",
        "fr": "le nom du signataire contient un caractère de contrôle",
        "es": "el nombre del firmante contiene un carácter de control"},
    "cli.request.control_title": {
        "en": "the signatory's title holds a control character",
        "fr": "la fonction du signataire contient un caractère de contrôle",
        "es": "el cargo del firmante contiene un carácter de control"},
    "cli.request.control_partner": {
        "en": "the partner's name holds a control character",
        "fr": "le nom du partenaire contient un caractère de contrôle",
        "es": "el nombre del socio contiene un carácter de control"},
    "cli.request.control_committed": {
        "en": "the institution committing the national budget holds a control character",
        "fr": "le nom de l'institution qui engage le budget national contient un caractère de contrôle",
        "es": "el nombre de la institución que compromete el presupuesto nacional contiene un carácter de control"},
    "cli.request.role": {
        "en": "a signatory's role must be one of {roles} (the government, the ministry of finance, a development partner), got {got}",
        "fr": "le rôle d'un signataire doit être l'un de {roles} (le gouvernement, le ministère des Finances, un partenaire de développement), et non {got}",
        "es": "el rol de un firmante debe ser uno de {roles} (el gobierno, el ministerio de hacienda, un socio para el desarrollo), no {got}"},
    "cli.request.partner_only": {
        "en": "only a partner's signatory names a partner",
        "fr": "seul le signataire d'un partenaire nomme un partenaire",
        "es": "solo el firmante de un socio nombra a un socio"},
    "cli.request.at_most": {
        "en": "a funding request has at most {n} signatories",
        "fr": "une demande de financement compte au plus {n} signataires",
        "es": "una solicitud de financiación tiene como máximo {n} firmantes"},
    "cli.request.unknown_partner": {
        "en": "{partner} funds no line of the plan; the partners are: {partners}",
        "fr": "{partner} ne finance aucune ligne du plan ; les partenaires sont : {partners}",
        "es": "{partner} no financia ninguna partida del plan; los socios son: {partners}"},
    "cli.request.none_yet": {
        "en": "none yet",
        "fr": "aucun pour l'instant",
        "es": "ninguno por ahora"},
    "cli.request.format": {
        "en": "signatory {text}: write ROLE; NAME; TITLE, ROLE one of government, finance or partner=PARTNER, e.g. \"finance; A. Diallo; Minister of Finance\"",
        "fr": "signataire {text} : écrivez RÔLE ; NOM ; FONCTION, où RÔLE est government, finance ou partner=PARTENAIRE, par exemple « finance; Aminata Diallo; ministre des Finances »",
        "es": "firmante {text}: escriba ROL; NOMBRE; CARGO, donde ROL es government, finance o partner=SOCIO, por ejemplo «finance; Aminata Diallo; Ministra de Hacienda»"},
    # the donors' structures of the funding request (domain/plan/donors.py)
    "cli.donors.empty_risk": {
        "en": "the risk is not described",
        "fr": "le risque n'est pas décrit",
        "es": "el riesgo no está descrito"},
    "cli.donors.empty_mitigation": {
        "en": "the mitigating measure is empty",
        "fr": "la mesure d'atténuation est vide",
        "es": "la medida de mitigación está vacía"},
    "cli.donors.empty_owner": {
        "en": "the institution that owns the risk is not named",
        "fr": "l'institution responsable du risque n'est pas nommée",
        "es": "no se indica la institución responsable del riesgo"},
    "cli.donors.empty_responsibility": {
        "en": "the institution responsible for the indicator is not named",
        "fr": "l'institution responsable de l'indicateur n'est pas nommée",
        "es": "no se indica la institución responsable del indicador"},
    "cli.donors.empty_description": {
        "en": "the package's description is empty",
        "fr": "la description du marché est vide",
        "es": "la descripción del paquete está vacía"},
    "cli.donors.control_risk": {
        "en": "the risk holds a control character",
        "fr": "la description du risque contient un caractère de contrôle",
        "es": "la descripción del riesgo contiene un carácter de control"},
    "cli.donors.control_mitigation": {
        "en": "the mitigating measure holds a control character",
        "fr": "la mesure d'atténuation contient un caractère de contrôle",
        "es": "la medida de mitigación contiene un carácter de control"},
    "cli.donors.control_owner": {
        "en": "the institution that owns the risk holds a line break or control character: keep it on one line",
        "fr": "le nom de l'institution responsable du risque contient un saut de ligne ou un caractère de contrôle : écrivez-le sur une seule ligne",
        "es": "el nombre de la institución responsable del riesgo contiene un salto de línea o un carácter de control: escríbalo en una sola línea"},
    "cli.donors.control_responsibility": {
        "en": "the institution responsible for the indicator holds a line break or control character: keep it on one line",
        "fr": "le nom de l'institution responsable de l'indicateur contient un saut de ligne ou un caractère de contrôle : écrivez-le sur une seule ligne",
        "es": "el nombre de la institución responsable del indicador contiene un salto de línea o un carácter de control: escríbalo en una sola línea"},
    "cli.donors.control_description": {
        "en": "the package's description holds a line break or control character: keep it on one line",
        "fr": "la description du marché contient un saut de ligne ou un caractère de contrôle : écrivez-la sur une seule ligne",
        "es": "la descripción del paquete contiene un salto de línea o un carácter de control: escríbala en una sola línea"},
    "cli.donors.control_partner": {
        "en": "the partner's name holds a line break or control character: keep it on one line",
        "fr": "le nom du partenaire contient un saut de ligne ou un caractère de contrôle : écrivez-le sur une seule ligne",
        "es": "el nombre del socio contiene un salto de línea o un carácter de control: escríbalo en una sola línea"},
    "cli.donors.long_risk": {
        "en": "the risk is longer than {n} characters: shorten it",
        "fr": "la description du risque dépasse {n} caractères : abrégez-la",
        "es": "la descripción del riesgo supera los {n} caracteres: acórtela"},
    "cli.donors.long_mitigation": {
        "en": "the mitigating measure is longer than {n} characters: shorten it",
        "fr": "la mesure d'atténuation dépasse {n} caractères : abrégez-la",
        "es": "la medida de mitigación supera los {n} caracteres: acórtela"},
    "cli.donors.long_owner": {
        "en": "the institution that owns the risk is longer than {n} characters: shorten it",
        "fr": "le nom de l'institution responsable du risque dépasse {n} caractères : abrégez-le",
        "es": "el nombre de la institución responsable del riesgo supera los {n} caracteres: acórtelo"},
    "cli.donors.long_responsibility": {
        "en": "the institution responsible for the indicator is longer than {n} characters: shorten it",
        "fr": "le nom de l'institution responsable de l'indicateur dépasse {n} caractères : abrégez-le",
        "es": "el nombre de la institución responsable del indicador supera los {n} caracteres: acórtelo"},
    "cli.donors.long_description": {
        "en": "the package's description is longer than {n} characters: shorten it",
        "fr": "la description du marché dépasse {n} caractères : abrégez-la",
        "es": "la descripción del paquete supera los {n} caracteres: acórtela"},
    "cli.donors.long_partner": {
        "en": "the partner's name is longer than {n} characters: shorten it",
        "fr": "le nom du partenaire dépasse {n} caractères : abrégez-le",
        "es": "el nombre del socio supera los {n} caracteres: acórtelo"},
    "cli.donors.likelihood": {
        "en": "the likelihood must be one of {codes}, got {got}",
        "fr": "la probabilité doit être l'une des valeurs {codes}, et non {got}",
        "es": "la probabilidad debe ser uno de los valores {codes}, no {got}"},
    "cli.donors.impact": {
        "en": "the impact must be one of {codes}, got {got}",
        "fr": "l'impact doit être l'une des valeurs {codes}, et non {got}",
        "es": "el impacto debe ser uno de los valores {codes}, no {got}"},
    "cli.donors.frequency": {
        "en": "the frequency must be one of {codes}, got {got}",
        "fr": "la fréquence doit être l'une des valeurs {codes}, et non {got}",
        "es": "la frecuencia debe ser uno de los valores {codes}, no {got}"},
    "cli.donors.method": {
        "en": "the procurement method must be one of {codes}, got {got}",
        "fr": "la méthode de passation doit être l'une des valeurs {codes}, et non {got}",
        "es": "el método de adquisición debe ser uno de los valores {codes}, no {got}"},
    "cli.donors.review": {
        "en": "the review must be one of {codes} (before or after the contract), got {got}",
        "fr": "l'examen doit être l'une des valeurs {codes} (avant ou après le contrat), et non {got}",
        "es": "la revisión debe ser uno de los valores {codes} (antes o después del contrato), no {got}"},
    "cli.donors.unknown_action": {
        "en": "the plan has no action {action}",
        "fr": "le plan ne comporte aucune action {action}",
        "es": "el plan no tiene ninguna acción {action}"},
    "cli.donors.no_line": {
        "en": "action {action} has no cost line {line}",
        "fr": "l'action {action} n'a pas de ligne de coût {line}",
        "es": "la acción {action} no tiene la partida de costo {line}"},
    "cli.donors.risk_actions_max": {
        "en": "a risk concerns at most {n} actions",
        "fr": "un risque concerne au plus {n} actions",
        "es": "un riesgo afecta como máximo a {n} acciones"},
    "cli.donors.risks_max": {
        "en": "the risk matrix has at most {n} risks",
        "fr": "la matrice des risques compte au plus {n} risques",
        "es": "la matriz de riesgos tiene como máximo {n} riesgos"},
    "cli.donors.packages_max": {
        "en": "the procurement plan has at most {n} packages",
        "fr": "le plan de passation des marchés compte au plus {n} marchés",
        "es": "el plan de adquisiciones tiene como máximo {n} paquetes"},
    "cli.donors.risk_row": {
        "en": "risk {n} — {problem}",
        "fr": "risque {n} — {problem}",
        "es": "riesgo {n} — {problem}"},
    "cli.donors.indicator_row": {
        "en": "indicator {n} — {problem}",
        "fr": "indicateur {n} — {problem}",
        "es": "indicador {n} — {problem}"},
    "cli.donors.package_row": {
        "en": "procurement package {n} — {problem}",
        "fr": "marché {n} du plan de passation — {problem}",
        "es": "paquete de adquisición {n} — {problem}"},
    "cli.donors.unknown_indicator": {
        "en": "the results chain has no indicator {id}",
        "fr": "la chaîne de résultats ne comporte aucun indicateur {id}",
        "es": "la cadena de resultados no tiene ningún indicador {id}"},
    "cli.donors.indicator_twice": {
        "en": "indicator {id} is detailed twice: keep one entry",
        "fr": "l'indicateur {id} est précisé deux fois : n'en gardez qu'une",
        "es": "el indicador {id} se detalla dos veces: conserve una sola entrada"},
    "cli.donors.dli_both": {
        "en": "a disbursement-linked indicator needs both the partner and the amount it releases (or neither)",
        "fr": "un indicateur lié aux décaissements exige à la fois le partenaire et le montant qu'il débloque (ou ni l'un ni l'autre)",
        "es": "un indicador vinculado a desembolsos requiere tanto el socio como el monto que libera (o ninguno de los dos)"},
    "cli.donors.dli_currencies": {
        "en": "{partner} funds lines in several currencies: an amount released cannot be set against them; enter its lines in one currency",
        "fr": "{partner} finance des lignes en plusieurs monnaies : un montant débloqué ne peut leur être rapporté ; saisissez ses lignes dans une seule monnaie",
        "es": "{partner} financia partidas en varias monedas: un monto liberado no puede compararse con ellas; registre sus partidas en una sola moneda"},
    "cli.donors.dli_over": {
        "en": "the indicators linked to {partner}'s disbursements release {amount} {currency}, more than its lines in the plan ({lines} {currency})",
        "fr": "les indicateurs liés aux décaissements de {partner} débloquent {amount} {currency}, plus que ses lignes du plan ({lines} {currency})",
        "es": "los indicadores vinculados a los desembolsos de {partner} liberan {amount} {currency}, más que sus partidas del plan ({lines} {currency})"},
    "cli.donors.amount": {
        "en": "the amount {got} is not an amount above zero: write digits with a point for decimals, such as 25000 or 1250.50",
        "fr": "le montant {got} n'est pas un montant supérieur à zéro : écrivez des chiffres avec un point pour les décimales, par exemple 25000 ou 1250.50",
        "es": "el monto {got} no es un monto mayor que cero: escriba cifras con un punto para los decimales, por ejemplo 25000 o 1250.50"},
    "cli.donors.currency": {
        "en": "the currency {got} is not an ISO 4217 code (three capital letters, such as XOF or USD)",
        "fr": "la monnaie {got} n'est pas un code ISO 4217 (trois lettres majuscules, par exemple XOF ou USD)",
        "es": "la moneda {got} no es un código ISO 4217 (tres letras mayúsculas, por ejemplo XOF o USD)"},
    "cli.donors.start": {
        "en": "the planned start {got} is not a date such as 2027-03-01",
        "fr": "le début prévu {got} n'est pas une date telle que 2027-03-01",
        "es": "el inicio previsto {got} no es una fecha como 2027-03-01"},
    "cli.donors.end": {
        "en": "the planned end {got} is not a date such as 2027-09-30",
        "fr": "la fin prévue {got} n'est pas une date telle que 2027-09-30",
        "es": "el final previsto {got} no es una fecha como 2027-09-30"},
    "cli.donors.order": {
        "en": "the planned end {end} comes before the planned start {start}",
        "fr": "la fin prévue {end} précède le début prévu {start}",
        "es": "el final previsto {end} es anterior al inicio previsto {start}"},
    "cli.donors.no_years": {
        "en": "the plan has no years yet: give its actions a timeline or costs before planning their procurement",
        "fr": "le plan n'a pas encore d'années : donnez à ses actions un calendrier ou des coûts avant d'en planifier la passation des marchés",
        "es": "el plan aún no tiene años: dé a sus acciones un calendario o costos antes de planificar sus adquisiciones"},
    "cli.donors.outside": {
        "en": "the dates {start} to {end} fall outside the plan's years, {first} to {last}",
        "fr": "les dates du {start} au {end} sortent des années du plan, de {first} à {last}",
        "es": "las fechas del {start} al {end} quedan fuera de los años del plan, de {first} a {last}"},
    "cli.donors.line_number": {
        "en": "the cost line {got} is not a line number such as 1 or 2",
        "fr": "la ligne de coût {got} n'est pas un numéro de ligne tel que 1 ou 2",
        "es": "la partida de costo {got} no es un número de partida como 1 o 2"},
    "cli.donors.modality": {
        "en": "the implementation modality must be one of {codes} (or none), got {got}",
        "fr": "la modalité de mise en œuvre doit être l'une des valeurs {codes} (ou aucune), et non {got}",
        "es": "la modalidad de ejecución debe ser uno de los valores {codes} (o ninguno), no {got}"},
    "cli.donors.eu_line": {
        "en": "the EU budget line must be one of {codes} (or none), got {got}",
        "fr": "la rubrique du budget de l'UE doit être l'une des valeurs {codes} (ou aucune), et non {got}",
        "es": "la partida del presupuesto de la UE debe ser uno de los valores {codes} (o ninguno), no {got}"},
    "cli.donors.file_shape": {
        "en": "the file does not hold a funding request's record: write it as {command} prints it (an object with {keys})",
        "fr": "le fichier ne contient pas la fiche d'une demande de financement : écrivez-la comme l'affiche {command} (un objet avec {keys})",
        "es": "el archivo no contiene el registro de una solicitud de financiación: escríbalo como lo muestra {command} (un objeto con {keys})"},
    "cli.donors.file_part": {
        "en": "{part} in the file must be a list of entries, as {command} prints it",
        "fr": "{part} doit être, dans le fichier, une liste d'entrées, comme l'affiche {command}",
        "es": "{part} debe ser, en el archivo, una lista de entradas, como la muestra {command}"},
    "cli.donors.file_read": {
        "en": "{file}: not a JSON file ({reason})",
        "fr": "{file} : ce n'est pas un fichier JSON ({reason})",
        "es": "{file}: no es un archivo JSON ({reason})"},
    # --- the plan's commands in the user's language: actions request, achieved and compare, and the
    # refusals of the plan's options, services and rounds (cli/actionplan/, cli/progress.py,
    # services/plan/actions.py, services/rounds.py); shown.*: a line printed only, never read back
    # by cli/said.py (its English, mostly values, would take in other lines)
    "cli.request.committed": {
        "en": "National part committed by: {who}",
        "fr": "Part nationale engagée par : {who}",
        "es": "Parte nacional comprometida por: {who}"},
    "cli.request.not_said": {
        "en": "not said",
        "fr": "non précisé",
        "es": "no indicado"},
    "cli.request.signatory": {
        "en": "Signatory, {role}: {name}, {title}",
        "fr": "Signataire, {role} : {name}, {title}",
        "es": "Firmante, {role}: {name}, {title}"},
    "cli.request.as.government": {
        "en": "government",
        "fr": "gouvernement",
        "es": "gobierno"},
    "cli.request.as.finance": {
        "en": "finance",
        "fr": "ministère des Finances",
        "es": "ministerio de hacienda"},
    "cli.request.as_partner": {
        "en": "partner ({partner})",
        "fr": "partenaire ({partner})",
        "es": "socio ({partner})"},
    "cli.achieved.head": {
        "en": "What the {round} plan achieved (assessment {id}), seen from round {later} (assessment {later_id}):",
        "fr": "Réalisations du plan {round} (évaluation {id}), vues depuis le cycle {later} (évaluation {later_id}) :",
        "es": "Logros del plan {round} (evaluación {id}), vistos desde la ronda {later} (evaluación {later_id}):"},
    "shown.achieved.row": {
        "en": "{number}. {title} - {outcome}{when}{late}{spent}",
        "fr": "{number}. {title} - {outcome}{when}{late}{spent}",
        "es": "{number}. {title}: {outcome}{when}{late}{spent}"},
    "cli.achieved.no_report": {
        "en": " (no progress report)",
        "fr": " (aucun rapport de suivi)",
        "es": " (sin informe de seguimiento)"},
    "cli.achieved.late": {
        "en": "; late: its end, {end}, passed",
        "fr": " ; en retard : son échéance, {end}, est dépassée",
        "es": "; con retraso: su plazo, {end}, ha vencido"},
    "cli.achieved.spent": {
        "en": "; spent {spent}",
        "fr": " ; dépensé : {spent}",
        "es": "; gastado: {spent}"},
    "cli.achieved.reason": {
        "en": "Reason: {reason}",
        "fr": "Motif : {reason}",
        "es": "Motivo: {reason}"},
    "cli.achieved.gap": {
        "en": "{label}: gap {gap_before} -> {gap_after}, availability {availability_before} -> {availability_after} ({trend})",
        "fr": "{label} : lacune {gap_before} -> {gap_after}, disponibilité {availability_before} -> {availability_after} ({trend})",
        "es": "{label}: brecha {gap_before} -> {gap_after}, disponibilidad {availability_before} -> {availability_after} ({trend})"},
    "cli.achieved.not_scored": {
        "en": "not scored",
        "fr": "non noté",
        "es": "sin puntuar"},
    "cli.achieved.trend.improved": {
        "en": "better",
        "fr": "en progrès",
        "es": "mejor"},
    "cli.achieved.trend.regressed": {
        "en": "worse",
        "fr": "en recul",
        "es": "peor"},
    "cli.achieved.trend.unchanged": {
        "en": "unchanged",
        "fr": "inchangé",
        "es": "sin cambios"},
    "cli.achieved.trend.new": {
        "en": "new",
        "fr": "nouveau",
        "es": "nuevo"},
    "cli.achieved.trend.gone": {
        "en": "gone",
        "fr": "disparu",
        "es": "desaparecido"},
    "cli.achieved.spent_to_date": {
        "en": "spent to date {spent} of {planned} planned on those lines",
        "fr": "dépensé à ce jour : {spent} sur {planned} prévus sur ces lignes",
        "es": "gastado hasta la fecha: {spent} de {planned} previstos en esas partidas"},
    "cli.achieved.no_spending": {
        "en": "no spending recorded yet",
        "fr": "aucune dépense enregistrée à ce jour",
        "es": "aún no se ha registrado ningún gasto"},
    "cli.achieved.total": {
        "en": "In all: {done} done, {dropped} dropped, {open} still open ({late} late); {spent}.",
        "fr": "Au total : réalisées : {done}, abandonnées : {dropped}, encore en cours : {open} (en retard : {late}) ; {spent}.",
        "es": "En total: realizadas: {done}, abandonadas: {dropped}, aún abiertas: {open} (con retraso: {late}); {spent}."},
    "cli.compare.head": {
        "en": "Round {round} (assessment {id}) -> round {later} (assessment {later_id}, reference date {date})",
        "fr": "Cycle {round} (évaluation {id}) -> cycle {later} (évaluation {later_id}, date de référence {date})",
        "es": "Ronda {round} (evaluación {id}) -> ronda {later} (evaluación {later_id}, fecha de referencia {date})"},
    "cli.compare.done": {
        "en": "Done since: {n}",
        "fr": "Réalisées depuis : {n}",
        "es": "Realizadas desde entonces: {n}"},
    "cli.compare.dropped": {
        "en": "Dropped since: {n}",
        "fr": "Abandonnées depuis : {n}",
        "es": "Abandonadas desde entonces: {n}"},
    "cli.compare.late": {
        "en": "Late (still open, end passed): {n}",
        "fr": "En retard (en cours, échéance dépassée) : {n}",
        "es": "Con retraso (abiertas, plazo vencido): {n}"},
    "cli.compare.still_open": {
        "en": "Still open: {n}",
        "fr": "Encore en cours : {n}",
        "es": "Aún abiertas: {n}"},
    "cli.compare.new": {
        "en": "New in this round: {n}",
        "fr": "Nouvelles dans ce cycle : {n}",
        "es": "Nuevas en esta ronda: {n}"},
    "cli.compare.removed": {
        "en": "No longer in the plan: {n}",
        "fr": "Retirées du plan : {n}",
        "es": "Ya no figuran en el plan: {n}"},
    "cli.compare.already_done": {
        "en": "Done before: {n}",
        "fr": "Déjà réalisées : {n}",
        "es": "Ya realizadas antes: {n}"},
    "cli.compare.ended": {
        "en": "{title} (end {end})",
        "fr": "{title} (échéance {end})",
        "es": "{title} (plazo {end})"},
    "cli.compare.spent": {
        "en": "Spent to date: {spent} of {planned} planned on those lines (the plan costs {cost}).",
        "fr": "Dépensé à ce jour : {spent} sur {planned} prévus sur ces lignes (coût du plan : {cost}).",
        "es": "Gastado hasta la fecha: {spent} de {planned} previstos en esas partidas (costo del plan: {cost})."},
    "cli.compare.no_spending": {
        "en": "No spending recorded yet (no progress report gives money spent, no cost line an amount executed).",
        "fr": "Aucune dépense enregistrée à ce jour (aucun rapport de suivi n'indique de dépenses, aucune ligne de coût de montant exécuté).",
        "es": "Aún no se ha registrado ningún gasto (ningún informe de seguimiento indica gastos y ninguna partida un importe ejecutado)."},
    "cli.plan.nothing": {
        "en": "nothing",
        "fr": "rien",
        "es": "nada"},
    "cli.plan.give_title": {
        "en": "give the action a --title",
        "fr": "donnez un intitulé à l'action (--title)",
        "es": "indique un título para la acción (--title)"},
    "cli.plan.nothing_to_change": {
        "en": "nothing to change: give at least one field option (see --help)",
        "fr": "rien à modifier : indiquez au moins une option de champ (voir --help)",
        "es": "nada que modificar: indique al menos una opción de campo (véase --help)"},
    "cli.plan.validation_needs": {
        "en": "a validation needs {options}",
        "fr": "une validation exige {options}",
        "es": "una validación requiere {options}"},
    "cli.plan.ambiguous_id": {
        "en": "{ref} starts the ids of {n} actions: give more of the id",
        "fr": "{ref} est le début des identifiants de plusieurs actions ({n}) : donnez une plus grande partie de l'identifiant",
        "es": "{ref} es el comienzo de los identificadores de varias acciones ({n}): indique una parte mayor del identificador"},
    "cli.plan.no_action": {
        "en": "no action {ref} in the plan: give its number (1 to {last}), its id, or the id's first four characters or more",
        "fr": "aucune action {ref} dans le plan : indiquez son numéro (de 1 à {last}), son identifiant ou au moins les quatre premiers caractères de celui-ci",
        "es": "ninguna acción {ref} en el plan: indique su número (de 1 a {last}), su identificador o al menos los cuatro primeros caracteres de este"},
    "cli.plan.cost_head": {
        "en": "cost {cost}: start with YEAR=AMOUNT [CURRENCY], e.g. 2027=45000000 XOF",
        "fr": "coût {cost} : commencez par ANNÉE=MONTANT [MONNAIE], par exemple 2027=45000000 XOF",
        "es": "costo {cost}: comience por AÑO=IMPORTE [MONEDA], por ejemplo 2027=45000000 XOF"},
    "cli.plan.cost_problem": {
        "en": "cost {cost}: {problem}",
        "fr": "coût {cost} : {problem}",
        "es": "costo {cost}: {problem}"},
    "cli.plan.cost_currency": {
        "en": "cost {cost}: give the currency (the plan has none: set it with '{command}')",
        "fr": "coût {cost} : indiquez la monnaie (le plan n'en a pas : fixez-la avec '{command}')",
        "es": "costo {cost}: indique la moneda (el plan no tiene ninguna: fíjela con '{command}')"},
    "cli.plan.cost_part": {
        "en": "cost {cost}: {part} is not one of national, partner=NAME, other[=TEXT], secured, executed=AMOUNT, a cost category ({categories}), a pipeline status ({pipeline}), recurrent or takeover=YEAR:AMOUNT",
        "fr": "coût {cost} : {part} n'est ni national, ni partner=NOM, ni other[=TEXTE], ni secured, ni executed=MONTANT, ni une catégorie de coûts ({categories}), ni un stade de mobilisation ({pipeline}), ni recurrent, ni takeover=ANNÉE:MONTANT",
        "es": "costo {cost}: {part} no es national, partner=NOMBRE, other[=TEXTO], secured, executed=IMPORTE, una categoría de costos ({categories}), una etapa de movilización ({pipeline}), recurrent ni takeover=AÑO:IMPORTE"},
    "cli.plan.takeover_form": {
        "en": "cost {cost}: write the takeover as takeover=YEAR:AMOUNT [CURRENCY], e.g. takeover=2029:12000000",
        "fr": "coût {cost} : écrivez la prise en charge sous la forme takeover=ANNÉE:MONTANT [MONNAIE], par exemple takeover=2029:12000000",
        "es": "costo {cost}: escriba la asunción como takeover=AÑO:IMPORTE [MONEDA], por ejemplo takeover=2029:12000000"},
    "cli.plan.takeover_amount": {
        "en": "write the amount taken over a year as AMOUNT [CURRENCY]",
        "fr": "écrivez le montant annuel pris en charge sous la forme MONTANT [MONNAIE]",
        "es": "escriba el importe anual asumido como IMPORTE [MONEDA]"},
    "cli.plan.takeover_rate": {
        "en": "cost {cost}: the takeover is in {code} and the line in {line}, and the plan has no rate for both: give it in {line}, or the rate ({command})",
        "fr": "coût {cost} : la prise en charge est en {code} et la ligne en {line}, et le plan n'a pas de taux pour les deux : indiquez-la en {line}, ou le taux ({command})",
        "es": "costo {cost}: la asunción está en {code} y la partida en {line}, y el plan no tiene tipo de cambio para ambas: indíquela en {line}, o el tipo de cambio ({command})"},
    "cli.plan.rate_form": {
        "en": "rate {rate}: write CODE=UNITS_PER_USD@DATE[; SOURCE], e.g. \"XOF=605.25@2026-05-01; UN operational rate\"",
        "fr": "taux {rate} : écrivez CODE=UNITÉS_PAR_USD@DATE_DU_TAUX[; SOURCE], par exemple « XOF=605.25@2026-05-01; taux de change opérationnel de l'ONU »",
        "es": "tipo de cambio {rate}: escriba CÓDIGO=UNIDADES_POR_USD@FECHA[; FUENTE], por ejemplo «XOF=605.25@2026-05-01; tipo de cambio operacional de las Naciones Unidas»"},
    "cli.plan.rate_problem": {
        "en": "rate {rate}: {problem}",
        "fr": "taux {rate} : {problem}",
        "es": "tipo de cambio {rate}: {problem}"},
    "cli.plan.priority": {
        "en": "priority {value}: high, medium or low (1, 2 or 3)",
        "fr": "priorité {value} : high, medium ou low (1, 2 ou 3)",
        "es": "prioridad {value}: high, medium o low (1, 2 o 3)"},
    "cli.plan.status": {
        "en": "status {value}: one of {statuses}",
        "fr": "statut {value} : l'un de {statuses}",
        "es": "estado {value}: uno de {statuses}"},
    "cli.plan.cost_line": {
        "en": "cost line {n}: {problem}",
        "fr": "ligne de coût {n} : {problem}",
        "es": "partida de costo {n}: {problem}"},
    "cli.plan.same_line": {
        "en": "cost lines {first} and {second} are the same line twice ({line}): enter it once, or the sum on one line",
        "fr": "les lignes de coût {first} et {second} sont deux fois la même ligne ({line}) : saisissez-la une seule fois, ou la somme sur une ligne",
        "es": "las partidas de costo {first} y {second} son dos veces la misma partida ({line}): introdúzcala una sola vez, o la suma en una partida"},
    "cli.plan.full": {
        "en": "the plan already holds {n} actions, the most it can",
        "fr": "le plan compte déjà {n} actions, le maximum possible",
        "es": "el plan ya tiene {n} acciones, el máximo posible"},
    "cli.plan.id_taken": {
        "en": "the plan already has an action with id {id}",
        "fr": "le plan a déjà une action d'identifiant {id}",
        "es": "el plan ya tiene una acción con el identificador {id}"},
    "cli.plan.depended_on": {
        "en": "actions {actions} depend on action {n}: remove that dependency first (the action stays in the plan)",
        "fr": "les actions {actions} dépendent de l'action {n} : supprimez d'abord cette dépendance (l'action reste dans le plan)",
        "es": "las acciones {actions} dependen de la acción {n}: elimine primero esa dependencia (la acción sigue en el plan)"},
    "cli.plan.depended_on_one": {
        "en": "action {actions} depends on action {n}: remove that dependency first (the action stays in the plan)",
        "fr": "l'action {actions} dépend de l'action {n} : supprimez d'abord cette dépendance (l'action reste dans le plan)",
        "es": "la acción {actions} depende de la acción {n}: elimine primero esa dependencia (la acción sigue en el plan)"},
    "cli.plan.no_action_id": {
        "en": "assessment {id} has no action {action}",
        "fr": "l'évaluation {id} n'a pas d'action {action}",
        "es": "la evaluación {id} no tiene ninguna acción {action}"},
    "cli.plan.draft_full": {
        "en": "drafting would add {n} actions to a plan of {plan}: at most {most} in all",
        "fr": "l'ébauche ajouterait {n} actions à un plan qui en compte {plan} : {most} au plus en tout",
        "es": "el borrador añadiría {n} acciones a un plan de {plan}: {most} como máximo en total"},
    "cli.plan.no_rate": {
        "en": "the plan has no exchange rate for {code}",
        "fr": "le plan n'a pas de taux de change pour {code}",
        "es": "el plan no tiene tipo de cambio para {code}"},
    "cli.plan.rate_future": {
        "en": "the {code} rate is dated {date}, in the future (today is {today}): give a rate already published, with its date",
        "fr": "le taux {code} est daté du {date}, dans le futur (nous sommes le {today}) : indiquez un taux déjà publié, avec sa date",
        "es": "el tipo de cambio {code} tiene fecha {date}, en el futuro (hoy es {today}): indique un tipo ya publicado, con su fecha"},
    "cli.plan.not_iso": {
        "en": "{code} is not an ISO 4217 currency of the country table",
        "fr": "{code} n'est pas une monnaie ISO 4217 de la table des pays",
        "es": "{code} no es una moneda ISO 4217 de la tabla de países"},
    "cli.plan.nothing_to_validate": {
        "en": "the plan has no actions to validate",
        "fr": "le plan n'a aucune action à valider",
        "es": "el plan no tiene acciones que validar"},
    "cli.plan.no_validation": {
        "en": "assessment {id}'s plan has no validation to withdraw",
        "fr": "le plan de l'évaluation {id} n'a pas de validation à retirer",
        "es": "el plan de la evaluación {id} no tiene validación que retirar"},
    "cli.plan.withdraw_reason": {
        "en": "give the reason for withdrawing the validation (it is kept in the history)",
        "fr": "indiquez le motif du retrait de la validation (il est conservé dans l'historique)",
        "es": "indique el motivo de la retirada de la validación (se conserva en el historial)"},
    "cli.plan.withdraw_long": {
        "en": "the reason for withdrawing holds more than 500 characters",
        "fr": "le motif du retrait dépasse 500 caractères",
        "es": "el motivo de la retirada supera los 500 caracteres"},
    # the plan's validation (domain/plan/validation.py): its refusals and what keeps the plan from
    # being validated, said one by one (cli.gap.*: domain/retold.py, a list of them)
    "cli.validation.gaps": {
        "en": "the plan cannot be validated yet: {gaps}",
        "fr": "le plan ne peut pas encore être validé : {gaps}",
        "es": "el plan todavía no puede validarse: {gaps}"},
    "cli.gap.action": {
        "en": "action {n} ({title}) has {lacks}",
        "fr": "il manque à l'action {n} ({title}) : {lacks}",
        "es": "a la acción {n} ({title}) le falta: {lacks}"},
    "cli.gap.no_owner": {"en": "no owner", "fr": "une institution responsable", "es": "una institución responsable"},
    "cli.gap.no_start": {"en": "no start", "fr": "une date de début", "es": "una fecha de inicio"},
    "cli.gap.no_end": {"en": "no end", "fr": "une date de fin", "es": "una fecha de finalización"},
    "cli.gap.no_cost": {"en": "no cost", "fr": "une ligne de coût", "es": "una partida de costo"},
    "cli.gap.outcome": {
        "en": "outcome {n} ({title}) has no indicator",
        "fr": "le résultat {n} ({title}) n'a aucun indicateur",
        "es": "el resultado {n} ({title}) no tiene ningún indicador"},
    "cli.gap.rate": {
        "en": "no exchange rate to the US dollar for {codes} (add it: {command}, or Currency and rates in the window)",
        "fr": "aucun taux de change en dollars des États-Unis pour {codes} (ajoutez-le : {command}, ou Devise et taux dans la fenêtre)",
        "es": "no hay tipo de cambio con respecto al dólar de los Estados Unidos para {codes} (agréguelo: {command}, o Moneda y tipos de cambio en la ventana)"},
    "cli.gap.future": {
        "en": "the validation date {date} is in the future (today is {today}): record it once it has happened",
        "fr": "la date de validation {date} est dans le futur (nous sommes le {today}) : enregistrez-la une fois la validation faite",
        "es": "la fecha de validación {date} es futura (hoy es {today}): regístrela una vez realizada la validación"},
    "cli.gap.before_mission": {
        "en": "the validation date {date} is before the assessment's mission ({mission})",
        "fr": "la date de validation {date} est antérieure à la mission d'évaluation ({mission})",
        "es": "la fecha de validación {date} es anterior a la misión de evaluación ({mission})"},
    "cli.gap.more": {"en": "and {n} more", "fr": "et {n} de plus", "es": "y {n} más"},
    "list.semicolon": {"en": "; ", "fr": " ; ", "es": "; "},
    "list.comma": {"en": ", ", "fr": ", ", "es": ", "},
    "cli.what.validation_event": {
        "en": "the event (e.g. a national validation workshop)",
        "fr": "l'événement (par exemple un atelier national de validation)",
        "es": "el evento (por ejemplo, un taller nacional de validación)"},
    "cli.what.validation_approver": {
        "en": "the name of the person who approved the plan",
        "fr": "le nom de la personne qui a approuvé le plan",
        "es": "el nombre de la persona que aprobó el plan"},
    "cli.what.validation_position": {
        "en": "the position of the person who approved the plan",
        "fr": "la fonction de la personne qui a approuvé le plan",
        "es": "el cargo de la persona que aprobó el plan"},
    "cli.what.validation_institution": {
        "en": "an institution's name",
        "fr": "le nom d'une institution",
        "es": "el nombre de una institución"},
    "cli.validation.needs": {
        "en": "the validation needs {what}",
        "fr": "la validation doit indiquer {what}",
        "es": "la validación debe indicar {what}"},
    "cli.validation.control": {
        "en": "{what} holds a control character",
        "fr": "{what} contient un caractère de contrôle",
        "es": "{what} contiene un carácter de control"},
    "cli.validation.date": {
        "en": "the validation date: {detail}",
        "fr": "la date de validation : {detail}",
        "es": "la fecha de validación: {detail}"},
    "cli.validation.before_2000": {
        "en": "the validation date {date} is before 2000",
        "fr": "la date de validation {date} est antérieure à 2000",
        "es": "la fecha de validación {date} es anterior a 2000"},
    "cli.validation.no_institutions": {
        "en": "the validation needs the institutions present",
        "fr": "la validation doit indiquer les institutions présentes",
        "es": "la validación debe indicar las instituciones presentes"},
    "cli.validation.institutions_max": {
        "en": "at most {n} institutions present",
        "fr": "{n} institutions présentes au plus",
        "es": "{n} instituciones presentes como máximo"},
    "cli.validation.too_many": {
        "en": "the validation lists {n} actions: a plan holds at most {max}",
        "fr": "la validation énumère {n} actions : un plan en compte au plus {max}",
        "es": "la validación enumera {n} acciones: un plan tiene como máximo {max}"},
    "cli.validation.twice": {
        "en": "the validated action {id} is listed twice",
        "fr": "l'action validée {id} figure deux fois",
        "es": "la acción validada {id} figura dos veces"},
    "cli.validation.not_id": {
        "en": "the validated action id {id} is not an id",
        "fr": "l'identifiant d'action validée {id} n'est pas un identifiant",
        "es": "el identificador de acción validada {id} no es un identificador"},
    "cli.validation.fingerprint": {
        "en": "the fingerprint of validated action {id} is not one this application writes (do not edit it)",
        "fr": "l'empreinte de l'action validée {id} n'a pas été écrite par cette application (ne la modifiez pas)",
        "es": "la huella de la acción validada {id} no es una de las que escribe esta aplicación (no la modifique)"},
    # an action's SDG target, its dates, the plan's actions (domain/plan/actions.py)
    "cli.sdg.form": {
        "en": "the SDG target {value} is not a target such as 17.18 or 10.c (goal, a point, the target's number or letter)",
        "fr": "la cible ODD {value} n'est pas une cible telle que 17.18 ou 10.c (l'objectif, un point, puis le numéro ou la lettre de la cible)",
        "es": "la meta ODS {value} no es una meta como 17.18 o 10.c (el objetivo, un punto y el número o la letra de la meta)"},
    "cli.sdg.goals": {
        "en": "the SDG target {value}: there are 17 goals",
        "fr": "la cible ODD {value} : il y a 17 objectifs",
        "es": "la meta ODS {value}: hay 17 objetivos"},
    "cli.sdg.missing": {
        "en": "the SDG target {value} does not exist (goal {goal}'s targets are {goal}.1 to {goal}.{last})",
        "fr": "la cible ODD {value} n'existe pas (les cibles de l'objectif {goal} vont de {goal}.1 à {goal}.{last})",
        "es": "la meta ODS {value} no existe (las metas del objetivo {goal} van de la {goal}.1 a la {goal}.{last})"},
    "cli.sdg.missing_letters": {
        "en": "the SDG target {value} does not exist (goal {goal}'s targets are {goal}.1 to {goal}.{last} and "
              "{goal}.a to {goal}.{letter})",
        "fr": "la cible ODD {value} n'existe pas (les cibles de l'objectif {goal} vont de {goal}.1 à {goal}.{last} "
              "et de {goal}.a à {goal}.{letter})",
        "es": "la meta ODS {value} no existe (las metas del objetivo {goal} van de la {goal}.1 a la {goal}.{last} "
              "y de la {goal}.a a la {goal}.{letter})"},
    "cli.when.form": {
        "en": "expected a date YYYY-MM-DD or a quarter such as 2027-Q1, got {value}",
        "fr": "une date AAAA-MM-JJ ou un trimestre tel que 2027-Q1 était attendu, et non {value}",
        "es": "se esperaba una fecha AAAA-MM-DD o un trimestre como 2027-Q1, no {value}"},
    "cli.when.start": {"en": "the start: {detail}", "fr": "la date de début : {detail}", "es": "la fecha de inicio: {detail}"},
    "cli.when.end": {"en": "the end: {detail}", "fr": "la date de fin : {detail}", "es": "la fecha de finalización: {detail}"},
    "cli.plan.actions_max": {
        "en": "{n} actions: a plan holds at most {max}",
        "fr": "{n} actions : un plan en compte au plus {max}",
        "es": "{n} acciones: un plan tiene como máximo {max}"},
    "cli.plan.id_twice": {
        "en": "the action id {id} is used twice",
        "fr": "l'identifiant d'action {id} est utilisé deux fois",
        "es": "el identificador de acción {id} se usa dos veces"},
    # an action's costs, a cost basis and the plan's exchange rates (domain/plan/cost.py); what a refusal names (cli.what.*: domain/retold.py)
    # the progress follow-up's refusals (domain/plan/progress.py, results.py, services/plan/progress_replies.py)
    "cli.followup.period": {
        "en": "the reporting period {period} is not a year such as 2026 or a half-year such as 2026-H1",
        "fr": "la période de suivi {period} n'est ni une année (par exemple 2026) ni un semestre (par exemple 2026-H1)",
        "es": "el período de seguimiento {period} no es un año (por ejemplo, 2026) ni un semestre (por ejemplo, 2026-H1)"},
    "cli.followup.start_bad": {
        "en": "the start of action {n}: {problem}",
        "fr": "début de l'action {n} : {problem}",
        "es": "inicio de la acción {n}: {problem}"},
    "cli.followup.completion_bad": {
        "en": "the completion of action {n}: {problem}",
        "fr": "achèvement de l'action {n} : {problem}",
        "es": "conclusión de la acción {n}: {problem}"},
    "cli.followup.value_date_bad": {
        "en": "the date of the value of indicator {id}: {problem}",
        "fr": "date de la valeur de l'indicateur {id} : {problem}",
        "es": "fecha del valor del indicador {id}: {problem}"},
    "cli.followup.start_future": {
        "en": "the start of action {n} ({date}) is after today ({today})",
        "fr": "le début de l'action {n} ({date}) est postérieur à aujourd'hui ({today})",
        "es": "el inicio de la acción {n} ({date}) es posterior a hoy ({today})"},
    "cli.followup.completion_future": {
        "en": "the completion of action {n} ({date}) is after today ({today})",
        "fr": "l'achèvement de l'action {n} ({date}) est postérieur à aujourd'hui ({today})",
        "es": "la conclusión de la acción {n} ({date}) es posterior a hoy ({today})"},
    "cli.followup.value_date_future": {
        "en": "the date of the value of indicator {id} ({date}) is after today ({today})",
        "fr": "la date de la valeur de l'indicateur {id} ({date}) est postérieure à aujourd'hui ({today})",
        "es": "la fecha del valor del indicador {id} ({date}) es posterior a hoy ({today})"},
    "cli.followup.before_plan": {
        "en": "the period {period} is before the plan, which starts in {year}",
        "fr": "la période {period} précède le plan, qui commence en {year}",
        "es": "el período {period} es anterior al plan, que comienza en {year}"},
    "cli.followup.not_begun": {
        "en": "the period {period} has not begun (today is {today})",
        "fr": "la période {period} n'a pas encore commencé (nous sommes le {today})",
        "es": "el período {period} aún no ha comenzado (hoy es {today})"},
    "cli.followup.no_line": {
        "en": "action {n} has lines 1 to {last}: there is no cost line {line}",
        "fr": "l'action {n} a les lignes de coût 1 à {last} : il n'y a pas de ligne de coût {line}",
        "es": "la acción {n} tiene las partidas de costo 1 a {last}: no existe la partida de costo {line}"},
    "cli.followup.no_lines": {
        "en": "action {n} has no cost line: there is no cost line {line}",
        "fr": "l'action {n} n'a aucune ligne de coût : il n'y a pas de ligne de coût {line}",
        "es": "la acción {n} no tiene ninguna partida de costo: no existe la partida de costo {line}"},
    "cli.followup.currency": {
        "en": "cost line {line} of action {n} is in {currency}, not {given}",
        "fr": "la ligne de coût {line} de l'action {n} est en {currency}, et non en {given}",
        "es": "la partida de costo {line} de la acción {n} está en {currency}, no en {given}"},
    "cli.followup.overspent": {
        "en": "cost line {line} of action {n}: {spent} {currency} spent is more than the {disbursed} disbursed: add a note saying why",
        "fr": "ligne de coût {line} de l'action {n} : les {spent} {currency} dépensés dépassent les {disbursed} décaissés : ajoutez une note qui en explique la raison",
        "es": "partida de costo {line} de la acción {n}: los {spent} {currency} gastados superan los {disbursed} desembolsados: añada una nota que explique el motivo"},
    "cli.followup.status": {
        "en": "the status {status} of action {n} is not one of {statuses}",
        "fr": "le statut {status} de l'action {n} ne fait pas partie des suivants : {statuses}",
        "es": "el estado {status} de la acción {n} no es ninguno de los siguientes: {statuses}"},
    "cli.followup.completed_not_done": {
        "en": "action {n} has a completion date but its status is {status}, not done",
        "fr": "l'action {n} a une date d'achèvement, mais son statut est {status} et non done",
        "es": "la acción {n} tiene fecha de conclusión, pero su estado es {status} y no done"},
    "cli.followup.completed_before": {
        "en": "action {n} is completed on {completed}, before it started ({started})",
        "fr": "l'action {n} est achevée le {completed}, avant d'avoir commencé ({started})",
        "es": "la acción {n} concluye el {completed}, antes de haber comenzado ({started})"},
    "cli.followup.dropped": {
        "en": "action {n} is dropped: give the reason",
        "fr": "l'action {n} est abandonnée : indiquez-en la raison",
        "es": "la acción {n} se ha abandonado: indique el motivo"},
    "cli.followup.twice": {
        "en": "cost line {line} of action {n} is given twice for {period}",
        "fr": "la ligne de coût {line} de l'action {n} est indiquée deux fois pour {period}",
        "es": "la partida de costo {line} de la acción {n} figura dos veces para {period}"},
    "cli.followup.not_number": {
        "en": "the {what} {value} is not a number: write digits with a point for decimals, such as 42 or 37.5",
        "fr": "{what} {value} n'est pas un nombre : écrivez des chiffres avec un point pour les décimales, par exemple 42 ou 37.5",
        "es": "{what} {value} no es un número: escriba cifras con un punto para los decimales, por ejemplo 42 o 37.5"},
    "cli.followup.too_large": {
        "en": "the {what} is not a number below ten trillion",
        "fr": "{what} n'est pas un nombre inférieur à dix mille milliards",
        "es": "{what} no es un número inferior a diez billones"},
    "cli.followup.indicator_id": {
        "en": "the indicator id {id} must be 1 to {max} letters, digits, '_', '.', ':' or '-'",
        "fr": "l'identifiant d'indicateur {id} doit compter de 1 à {max} lettres, chiffres, '_', '.', ':' ou '-'",
        "es": "el identificador de indicador {id} debe tener de 1 a {max} letras, cifras, '_', '.', ':' o '-'"},
    "cli.followup.no_indicator": {
        "en": "the plan's results chain has no indicator {id} (its indicators: {known})",
        "fr": "la chaîne de résultats du plan n'a pas d'indicateur {id} (ses indicateurs : {known})",
        "es": "la cadena de resultados del plan no tiene ningún indicador {id} (sus indicadores: {known})"},
    "cli.followup.no_indicator_yet": {
        "en": "the plan's results chain has no indicator {id} (it has no indicator yet)",
        "fr": "la chaîne de résultats du plan n'a pas d'indicateur {id} (elle n'en a encore aucun)",
        "es": "la cadena de resultados del plan no tiene ningún indicador {id} (aún no tiene ninguno)"},
    "cli.followup.outside_years": {
        "en": "the period {period} is outside the plan's years ({first}–{last})",
        "fr": "la période {period} est en dehors des années du plan ({first}–{last})",
        "es": "el período {period} está fuera de los años del plan ({first}–{last})"},
    "cli.followup.undated": {
        "en": "give the date the value of indicator {id} was measured",
        "fr": "indiquez la date à laquelle la valeur de l'indicateur {id} a été mesurée",
        "es": "indique la fecha en que se midió el valor del indicador {id}"},
    "cli.followup.not_amount": {
        "en": "{value} is not an amount",
        "fr": "{value} n'est pas un montant",
        "es": "{value} no es un importe"},
    "cli.what.indicator_value": {
        "en": "value of indicator {id}",
        "fr": "la valeur de l'indicateur {id}",
        "es": "el valor del indicador {id}"},
    "cli.what.value": {
        "en": "value",
        "fr": "la valeur",
        "es": "el valor"},
    "cli.what.baseline": {
        "en": "baseline",
        "fr": "la valeur de référence",
        "es": "el valor de referencia"},
    "cli.what.baseline_year": {
        "en": "baseline year",
        "fr": "l'année de référence",
        "es": "el año de referencia"},
    "cli.what.target_year": {
        "en": "target year",
        "fr": "l'année de la cible",
        "es": "el año de la meta"},
    "cli.what.target_for": {
        "en": "target for {year}",
        "fr": "la cible pour {year}",
        "es": "la meta para {year}"},
    "cli.what.year": {
        "en": "year",
        "fr": "l'année",
        "es": "el año"},
    "cli.results.not_number": {
        "en": "the {what} {value} is not a number: write digits with a point for decimals, such as 45 or 87.5 (no thousands separators, no unit)",
        "fr": "{what} {value} n'est pas un nombre : écrivez des chiffres avec un point pour les décimales, par exemple 45 ou 87.5 (sans séparateur de milliers ni unité)",
        "es": "{what} {value} no es un número: escriba cifras con un punto para los decimales, por ejemplo 45 o 87.5 (sin separadores de millares ni unidad)"},
    "cli.results.not_year": {
        "en": "the {what} {value} is not a year such as 2027",
        "fr": "{what} {value} n'est pas une année (par exemple 2027)",
        "es": "{what} {value} no es un año (por ejemplo, 2027)"},
    "cli.results.year_range": {
        "en": "the {what} {value} is not between {min} and {max}",
        "fr": "{what} {value} n'est pas comprise entre {min} et {max}",
        "es": "{what} {value} no está comprendido entre {min} y {max}"},
    "cli.results.target_form": {
        "en": "the target {target} is not written YEAR=VALUE, such as 2027=40",
        "fr": "la cible {target} n'est pas écrite sous la forme ANNÉE=VALEUR, par exemple 2027=40",
        "es": "la meta {target} no está escrita en la forma AÑO=VALOR, por ejemplo 2027=40"},
    "cli.results.objective": {
        "en": "the overall objective cannot be emptied while indicators measure it: remove them first",
        "fr": "l'objectif global ne peut pas être vidé tant que des indicateurs le mesurent : supprimez-les d'abord",
        "es": "el objetivo general no puede dejarse vacío mientras haya indicadores que lo midan: elimínelos primero"},
    "cli.results.outcome_exists": {
        "en": "there is already an outcome {id}",
        "fr": "il existe déjà un effet {id}",
        "es": "ya existe un efecto {id}"},
    "cli.results.served_one": {
        "en": "outcome {id} is served by action {names}: link it to another outcome first",
        "fr": "l'effet {id} est servi par l'action {names} : rattachez-la d'abord à un autre effet",
        "es": "el efecto {id} está servido por la acción {names}: vincúlela primero a otro efecto"},
    "cli.results.served": {
        "en": "outcome {id} is served by actions {names}: link them to another outcome first",
        "fr": "l'effet {id} est servi par les actions {names} : rattachez-les d'abord à un autre effet",
        "es": "el efecto {id} está servido por las acciones {names}: vincúlelas primero a otro efecto"},
    "cli.results.indicator_exists": {
        "en": "there is already an indicator {id}",
        "fr": "il existe déjà un indicateur {id}",
        "es": "ya existe un indicador {id}"},
    "cli.results.no_indicator": {
        "en": "there is no indicator {id}",
        "fr": "il n'existe pas d'indicateur {id}",
        "es": "no existe ningún indicador {id}"},
    "cli.results.id_fixed": {
        "en": "an indicator's id does not change",
        "fr": "l'identifiant d'un indicateur ne change pas",
        "es": "el identificador de un indicador no cambia"},
    "cli.results.no_outcome": {
        "en": "there is no outcome {id} (the outcomes: {known})",
        "fr": "il n'existe pas d'effet {id} (les effets : {known})",
        "es": "no existe ningún efecto {id} (los efectos: {known})"},
    "cli.replies.several": {
        "en": "{name} names several leading institutions ({found}): give the name",
        "fr": "{name} désigne plusieurs institutions chefs de file ({found}) : indiquez le nom",
        "es": "{name} designa varias instituciones responsables ({found}): indique el nombre"},
    "cli.replies.no_lead": {
        "en": "no action of assessment {id} is led by {name} (the leading institutions: {listed})",
        "fr": "aucune action de l'évaluation {id} n'est pilotée par {name} (les institutions chefs de file : {listed})",
        "es": "ninguna acción de la evaluación {id} está a cargo de {name} (las instituciones responsables: {listed})"},
    "cli.replies.no_names": {
        "en": "none: no action names its institutions",
        "fr": "aucune : aucune action ne nomme ses institutions",
        "es": "ninguna: ninguna acción nombra a sus instituciones"},
    "cli.replies.refused": {
        "en": "{cell}: {problem}; nothing was received",
        "fr": "{cell} : {problem} ; rien n'a été reçu",
        "es": "{cell}: {problem}; no se ha recibido nada"},
    "cli.replies.other_assessment": {
        "en": "{file}: a reply for another assessment ({country} {round}), not for assessment {id}; nothing was received",
        "fr": "{file} : une réponse destinée à une autre évaluation ({country} {round}), et non à l'évaluation {id} ; rien n'a été reçu",
        "es": "{file}: una respuesta para otra evaluación ({country} {round}), no para la evaluación {id}; no se ha recibido nada"},
    "cli.replies.ahead": {
        "en": "{file}: it states it was filled on {when}, after now (more than {hours} hours ahead): the clock of the computer that saved it is wrong; nothing was received (receive it with --take to take it without that time)",
        "fr": "{file} : elle indique avoir été remplie le {when}, après l'heure actuelle (plus de {hours} heures d'avance) : l'horloge de l'ordinateur qui l'a enregistrée est fausse ; rien n'a été reçu (recevez-la avec --take pour la prendre sans cette heure)",
        "es": "{file}: indica que se rellenó el {when}, después de la hora actual (más de {hours} horas de adelanto): el reloj del ordenador que la guardó está mal; no se ha recibido nada (recíbala con --take para tomarla sin esa hora)"},
    "cli.replies.state": {
        "en": "{state}: a proposal's state is one of {states}",
        "fr": "{state} : l'état d'une proposition est l'un des suivants : {states}",
        "es": "{state}: el estado de una propuesta es uno de los siguientes: {states}"},
    "cli.replies.damaged": {
        "en": "proposal {n} cannot be read (damaged?)",
        "fr": "la proposition {n} ne peut pas être lue (endommagée ?)",
        "es": "la propuesta {n} no puede leerse (¿dañada?)"},
    "cli.replies.proposal": {
        "en": "proposal {n}: {problem}",
        "fr": "proposition {n} : {problem}",
        "es": "propuesta {n}: {problem}"},
    "cli.replies.action_gone": {
        "en": "proposal {n}: its action is no longer in the plan; reject it",
        "fr": "proposition {n} : son action ne figure plus dans le plan ; rejetez-la",
        "es": "propuesta {n}: su acción ya no figura en el plan; recházela"},
    "cli.replies.new_lead": {
        "en": "proposal {n}: action {action} is now led by {lead}, not by {sender}, who sent it; reject it, or send the new lead a form",
        "fr": "proposition {n} : l'action {action} est désormais pilotée par {lead}, et non par {sender}, qui l'a envoyée ; rejetez-la, ou envoyez un formulaire au nouveau chef de file",
        "es": "propuesta {n}: la acción {action} está ahora a cargo de {lead}, no de {sender}, que la envió; recházela o envíe un formulario a la nueva institución responsable"},
    "cli.replies.indicator_gone": {
        "en": "proposal {n}: indicator {id} is no longer one of the actions {sender} leads (or the outcomes they serve); reject it",
        "fr": "proposition {n} : l'indicateur {id} ne relève plus des actions que pilote {sender} (ni des effets qu'elles servent) ; rejetez-la",
        "es": "propuesta {n}: el indicador {id} ya no corresponde a las acciones a cargo de {sender} (ni a los efectos a los que sirven); recházela"},
    "cli.replies.differ": {
        "en": "proposals {first} and {second} differ for {entry} {period}: accept or reject them one by one",
        "fr": "les propositions {first} et {second} diffèrent pour {entry} {period} : acceptez-les ou rejetez-les une par une",
        "es": "las propuestas {first} y {second} difieren para {entry} {period}: acéptelas o recházelas una a una"},
    "cli.what.amount_committed": {
        "en": "amount committed",
        "fr": "le montant engagé",
        "es": "el importe comprometido"},
    "cli.what.amount_disbursed": {
        "en": "amount disbursed",
        "fr": "le montant décaissé",
        "es": "el importe desembolsado"},
    "cli.what.amount_spent": {
        "en": "amount spent",
        "fr": "le montant dépensé",
        "es": "el importe gastado"},
    "cli.replies.stray_line": {
        "en": "a cost line of an action the form does not list",
        "fr": "une ligne de coût d'une action que le formulaire ne mentionne pas",
        "es": "una partida de costo de una acción que el formulario no incluye"},
    "cli.replies.give_status": {
        "en": "give the status of action {n}",
        "fr": "indiquez le statut de l'action {n}",
        "es": "indique el estado de la acción {n}"},
    "cli.replies.action_left": {
        "en": "this action is no longer in the plan (send the institution a new form)",
        "fr": "cette action ne figure plus dans le plan (envoyez un nouveau formulaire à l'institution)",
        "es": "esta acción ya no figura en el plan (envíe un nuevo formulario a la institución)"},
    "cli.replies.led_by_other": {
        "en": "action {n} is led by {lead}, not by {sender}, to whom this form was sent",
        "fr": "l'action {n} est pilotée par {lead}, et non par {sender}, à qui ce formulaire a été envoyé",
        "es": "la acción {n} está a cargo de {lead}, no de {sender}, a quien se envió este formulario"},
    "cli.replies.indicator_not_theirs": {
        "en": "indicator {id} is not one of the actions {sender} leads (or the outcomes they serve) any more",
        "fr": "l'indicateur {id} ne relève plus des actions que pilote {sender} (ni des effets qu'elles servent)",
        "es": "el indicador {id} ya no corresponde a las acciones a cargo de {sender} (ni a los efectos a los que sirven)"},
    "cli.replies.give_value": {
        "en": "give the value of indicator {id}, or leave its row as it was sent",
        "fr": "indiquez la valeur de l'indicateur {id}, ou laissez sa ligne telle qu'elle a été envoyée",
        "es": "indique el valor del indicador {id} o deje su fila tal como se envió"},
    "cli.replies.language": {
        "en": "unknown language {code} ({codes})",
        "fr": "langue inconnue : {code} ({codes})",
        "es": "idioma desconocido: {code} ({codes})"},
    "cli.what.amount": {
        "en": "amount",
        "fr": "le montant",
        "es": "el importe"},
    "cli.what.executed": {
        "en": "amount executed",
        "fr": "le montant exécuté",
        "es": "el importe ejecutado"},
    "cli.what.unit_cost": {
        "en": "unit cost",
        "fr": "le coût unitaire",
        "es": "el costo unitario"},
    "cli.what.takeover": {
        "en": "amount taken over a year",
        "fr": "le montant annuel pris en charge",
        "es": "el importe anual asumido"},
    "cli.what.basis": {
        "en": "amount (unit cost × quantity)",
        "fr": "le montant (coût unitaire × quantité)",
        "es": "el importe (costo unitario × cantidad)"},
    "cli.cost.not_decimal": {
        "en": "the {what} must be given as a decimal number, not {type}",
        "fr": "{what} s'écrit sous forme de nombre décimal, et non de {type}",
        "es": "{what} se indica como número decimal, no como {type}"},
    "cli.cost.negative": {
        "en": "the {what} {value} is negative: enter a cost as a positive amount (a saving or a refund is not a cost line)",
        "fr": "{what} {value} est une valeur négative : saisissez un coût sous forme de montant positif (une économie ou un remboursement n'est pas une ligne de coût)",
        "es": "{what} {value} es un valor negativo: introduzca el costo como importe positivo (un ahorro o un reembolso no es una partida de costo)"},
    "cli.cost.not_amount": {
        "en": "the {what} {value} is not an amount: write digits with a point for decimals, such as 45000000 or 1250.50 (no thousands separators)",
        "fr": "{what} {value} n'est pas un montant : écrivez des chiffres, avec un point pour les décimales, par exemple 45000000 ou 1250.50 (sans séparateur de milliers)",
        "es": "{what} {value} no es un importe: escriba cifras, con un punto para los decimales, por ejemplo 45000000 o 1250.50 (sin separadores de miles)"},
    "cli.cost.nan": {
        "en": "the {what} is not a number",
        "fr": "{what} n'est pas un nombre",
        "es": "{what} no es un número"},
    "cli.cost.too_large": {
        "en": "the {what} {value} is too large: amounts are below 10000000000000 (ten trillion)",
        "fr": "{what} {value} est trop élevé : les montants restent inférieurs à 10000000000000 (dix mille milliards)",
        "es": "{what} {value} es demasiado alto: los importes son inferiores a 10000000000000 (diez billones)"},
    "cli.cost.decimals": {
        "en": "the {what} {value} has {decimals} decimals: at most {limit}",
        "fr": "{what} {value} compte {decimals} décimales : {limit} au plus",
        "es": "{what} {value} tiene {decimals} decimales: {limit} como máximo"},
    "cli.cost.digits": {
        "en": "the {what} {value} has more than {limit} digits",
        "fr": "{what} {value} compte plus de {limit} chiffres",
        "es": "{what} {value} tiene más de {limit} cifras"},
    "cli.cost.year": {
        "en": "the year {got} must be a year from {low} to {high}",
        "fr": "l'année {got} doit être comprise entre {low} et {high}",
        "es": "el año {got} debe estar entre {low} y {high}"},
    "cli.cost.funding": {
        "en": "the funding source must be one of {codes} (national budget, a development partner, other), got {got}",
        "fr": "la source de financement doit être l'une des suivantes : {codes} (budget national, partenaire de développement, autre), et non {got}",
        "es": "la fuente de financiación debe ser una de estas: {codes} (presupuesto nacional, socio para el desarrollo, otra), no {got}"},
    "cli.cost.partner_unnamed": {
        "en": "a cost funded by a development partner must name the partner",
        "fr": "un coût financé par un partenaire de développement doit nommer ce partenaire",
        "es": "un costo financiado por un socio para el desarrollo debe indicar el nombre del socio"},
    "cli.cost.national_funder": {
        "en": "a cost funded by the national budget names no partner (choose partner or other)",
        "fr": "un coût financé par le budget national ne nomme aucun partenaire (choisissez partenaire ou autre)",
        "es": "un costo financiado por el presupuesto nacional no indica ningún socio (elija socio u otra fuente)"},
    "cli.cost.funder_line": {
        "en": "the funder's name holds a line break or control character: keep it on one line",
        "fr": "le nom du bailleur contient un saut de ligne ou un caractère de contrôle : écrivez-le sur une seule ligne",
        "es": "el nombre del financiador contiene un salto de línea o un carácter de control: escríbalo en una sola línea"},
    "cli.cost.takeover_both": {
        "en": "a takeover by the national budget needs both the year and the amount a year (or neither)",
        "fr": "une prise en charge par le budget national exige l'année et le montant annuel (ou ni l'un ni l'autre)",
        "es": "la asunción por el presupuesto nacional requiere el año y el importe anual (o ninguno de los dos)"},
    "cli.cost.takeover_recurrent": {
        "en": "only a recurrent cost is taken over by the national budget: mark the line recurrent",
        "fr": "seul un coût récurrent est pris en charge par le budget national : marquez la ligne comme récurrente",
        "es": "solo un costo recurrente pasa al presupuesto nacional: marque la partida como recurrente"},
    "cli.cost.takeover_national": {
        "en": "a line the national budget already pays is not taken over: the takeover is for a partner's or another source's line",
        "fr": "une ligne que le budget national paie déjà n'est pas prise en charge : la prise en charge concerne la ligne d'un partenaire ou d'une autre source",
        "es": "una partida que ya paga el presupuesto nacional no se asume: la asunción es para la partida de un socio o de otra fuente"},
    "cli.cost.takeover_year": {
        "en": "the takeover year {got} must be a year from {low} to {high}",
        "fr": "l'année de prise en charge {got} doit être comprise entre {low} et {high}",
        "es": "el año de asunción {got} debe estar entre {low} y {high}"},
    "cli.cost.takeover_more": {
        "en": "cost line {n}: the national budget would take over {amount} {currency} a year, more than the line itself ({line} {currency}): give the amount a year in the line's currency ({currency}), or in another with its code (takeover=YEAR:AMOUNT CURRENCY), at most the line's amount",
        "fr": "ligne de coût {n} : le budget national prendrait en charge {amount} {currency} par an, plus que la ligne elle-même ({line} {currency}) : indiquez le montant annuel dans la monnaie de la ligne ({currency}), ou dans une autre avec son code (takeover=ANNÉE:MONTANT MONNAIE), au plus le montant de la ligne",
        "es": "partida de costo {n}: el presupuesto nacional asumiría {amount} {currency} al año, más que la propia partida ({line} {currency}): indique el importe anual en la moneda de la partida ({currency}), o en otra con su código (takeover=AÑO:IMPORTE MONEDA), como máximo el importe de la partida"},
    "cli.cost.takeover_early": {
        "en": "cost line {n}: the national budget takes it over from {year}, but {who} still funds the action in {last}: give a year after {last}",
        "fr": "ligne de coût {n} : le budget national la prend en charge à partir de {year}, mais {who} finance encore l'action en {last} : indiquez une année postérieure à {last}",
        "es": "partida de costo {n}: el presupuesto nacional la asume a partir de {year}, pero {who} todavía financia la acción en {last}: indique un año posterior a {last}"},
    "cli.cost.category": {
        "en": "the cost category must be one of {codes} (or none), got {got}",
        "fr": "la catégorie de coûts doit être l'une des suivantes : {codes} (ou aucune), et non {got}",
        "es": "la categoría de costos debe ser una de estas: {codes} (o ninguna), no {got}"},
    "cli.cost.basis_both": {
        "en": "a cost basis needs both the unit cost and the quantity (or neither)",
        "fr": "une base de calcul exige le coût unitaire et la quantité (ou ni l'un ni l'autre)",
        "es": "una base de cálculo requiere el costo unitario y la cantidad (o ninguno de los dos)"},
    "cli.cost.basis_differs": {
        "en": "the amount {amount} is not the unit cost {unit} × the quantity {quantity} = {product}: correct one of them",
        "fr": "le montant {amount} n'est pas égal au coût unitaire {unit} × la quantité {quantity} = {product} : corrigez l'un d'eux",
        "es": "el importe {amount} no es el costo unitario {unit} × la cantidad {quantity} = {product}: corrija uno de ellos"},
    "cli.cost.pipeline": {
        "en": "the pipeline status must be one of {codes} (or none), got {got}",
        "fr": "le stade de mobilisation doit être l'un des suivants : {codes} (ou aucun), et non {got}",
        "es": "la etapa de movilización debe ser una de estas: {codes} (o ninguna), no {got}"},
    "cli.cost.pipeline_secured": {
        "en": "funding {pipeline} is secured: mark the line secured, or give another pipeline status",
        "fr": "un financement au stade {pipeline} est acquis : marquez la ligne comme acquise, ou indiquez un autre stade de mobilisation",
        "es": "una financiación en la etapa {pipeline} está asegurada: marque la partida como asegurada o indique otra etapa de movilización"},
    "cli.cost.pipeline_unsecured": {
        "en": "funding {pipeline} is not secured: mark the line not secured, or give another pipeline status",
        "fr": "un financement au stade {pipeline} n'est pas acquis : marquez la ligne comme non acquise, ou indiquez un autre stade de mobilisation",
        "es": "una financiación en la etapa {pipeline} no está asegurada: marque la partida como no asegurada o indique otra etapa de movilización"},
    "cli.cost.too_many": {
        "en": "an action has at most {limit} cost lines, got {count}",
        "fr": "une action compte au plus {limit} lignes de coût (ici : {count})",
        "es": "una acción tiene como máximo {limit} partidas de costo (aquí: {count})"},
    "cli.rate.not_decimal": {
        "en": "the exchange rate must be given as a decimal number, not {type}",
        "fr": "le taux de change s'écrit sous forme de nombre décimal, et non de {type}",
        "es": "el tipo de cambio se indica como número decimal, no como {type}"},
    "cli.rate.not_number": {
        "en": "the exchange rate {value} is not a number: write it with a point for decimals, such as 605.25",
        "fr": "le taux de change {value} n'est pas un nombre : écrivez-le avec un point pour les décimales, par exemple 605.25",
        "es": "el tipo de cambio {value} no es un número: escríbalo con un punto para los decimales, por ejemplo 605.25"},
    "cli.rate.not_positive": {
        "en": "the exchange rate must be a number above zero, got {value}",
        "fr": "le taux de change doit être un nombre supérieur à zéro, et non {value}",
        "es": "el tipo de cambio debe ser un número mayor que cero, no {value}"},
    "cli.rate.digits": {
        "en": "the exchange rate {value} has too many digits: at most {digits}, {decimals} of them decimals",
        "fr": "le taux de change {value} compte trop de chiffres : {digits} au plus, dont {decimals} décimales",
        "es": "el tipo de cambio {value} tiene demasiadas cifras: {digits} como máximo, {decimals} de ellas decimales"},
    "cli.rate.usd": {
        "en": "no exchange rate is needed for US dollars",
        "fr": "aucun taux de change n'est nécessaire pour le dollar des États-Unis",
        "es": "no se necesita tipo de cambio para el dólar de los Estados Unidos"},
    "cli.rate.date": {
        "en": "the date of the {currency} rate must be a date YYYY-MM-DD, got {got}",
        "fr": "la date du taux du {currency} doit être une date AAAA-MM-JJ, et non {got}",
        "es": "la fecha del tipo de cambio de {currency} debe ser una fecha AAAA-MM-DD, no {got}"},
    "cli.rate.too_many": {
        "en": "a plan has at most {limit} exchange rates",
        "fr": "un plan compte au plus {limit} taux de change",
        "es": "un plan tiene como máximo {limit} tipos de cambio"},
    "cli.rate.twice": {
        "en": "two exchange rates for {currency}: keep one",
        "fr": "deux taux de change pour {currency} : n'en gardez qu'un",
        "es": "dos tipos de cambio para {currency}: conserve uno"},
    "cli.quantity.nan": {
        "en": "the quantity is not a number",
        "fr": "la quantité n'est pas un nombre",
        "es": "la cantidad no es un número"},
    "cli.quantity.zero": {
        "en": "the quantity {value} must be above zero",
        "fr": "la quantité {value} doit être supérieure à zéro",
        "es": "la cantidad {value} debe ser mayor que cero"},
    "cli.quantity.too_large": {
        "en": "the quantity {value} is too large: below 1000000000",
        "fr": "la quantité {value} est trop élevée : elle doit rester inférieure à 1000000000",
        "es": "la cantidad {value} es demasiado alta: debe ser inferior a 1000000000"},
    "cli.quantity.decimals": {
        "en": "the quantity {value} has more than {limit} decimals",
        "fr": "la quantité {value} compte plus de {limit} décimales",
        "es": "la cantidad {value} tiene más de {limit} decimales"},
    "cli.quantity.not_decimal": {
        "en": "the quantity must be given as a decimal number, not {type}",
        "fr": "la quantité s'écrit sous forme de nombre décimal, et non de {type}",
        "es": "la cantidad se indica como número decimal, no como {type}"},
    "cli.quantity.not_number": {
        "en": "the quantity {value} is not a number above zero: write digits with a point for decimals, such as 12 or 2.5",
        "fr": "la quantité {value} n'est pas un nombre supérieur à zéro : écrivez des chiffres, avec un point pour les décimales, par exemple 12 ou 2.5",
        "es": "la cantidad {value} no es un número mayor que cero: escriba cifras, con un punto para los decimales, por ejemplo 12 o 2.5"},
    "cli.rounds.no_earlier": {
        "en": "assessment {id} ({country} {round}) has no earlier round to compare with",
        "fr": "l'évaluation {id} ({country} {round}) n'a pas de cycle antérieur avec lequel la comparer",
        "es": "la evaluación {id} ({country} {round}) no tiene ninguna ronda anterior con la que compararla"},
    "cli.rounds.not_two": {
        "en": "assessments {id} and {other} are not two rounds of one country",
        "fr": "les évaluations {id} et {other} ne sont pas deux cycles d'un même pays",
        "es": "las evaluaciones {id} y {other} no son dos rondas de un mismo país"},
    "cli.rounds.trash_next": {
        "en": "assessment {id} is in the trash: restore it before starting its next round",
        "fr": "l'évaluation {id} est dans la corbeille : restaurez-la avant d'en commencer le cycle suivant",
        "es": "la evaluación {id} está en la papelera: restáurela antes de iniciar su ronda siguiente"},
    "cli.rounds.round_year": {
        "en": "round must be a year, got {got}",
        "fr": "le cycle doit être une année, et non {got}",
        "es": "la ronda debe ser un año, no {got}"},
    "cli.rounds.taken": {
        "en": "{country} already has an assessment for round {round} (id {id}, {title}): open it, or choose another round",
        "fr": "{country} a déjà une évaluation pour le cycle {round} (identifiant {id}, {title}) : ouvrez-la, ou choisissez un autre cycle",
        "es": "{country} ya tiene una evaluación para la ronda {round} (identificador {id}, {title}): ábrala o elija otra ronda"},
    "cli.rounds.reference_date": {
        "en": "reference date: {detail}",
        "fr": "date de référence : {detail}",
        "es": "fecha de referencia: {detail}"},
    "cli.rounds.mission_start": {
        "en": "mission start: {detail}",
        "fr": "début de la mission : {detail}",
        "es": "inicio de la misión: {detail}"},
    "cli.rounds.mission_end": {
        "en": "mission end: {detail}",
        "fr": "fin de la mission : {detail}",
        "es": "fin de la misión: {detail}"},
    "cli.rounds.trash_compare": {
        "en": "assessment {id} ({country} {round}) is in the trash: restore it to compare",
        "fr": "l'évaluation {id} ({country} {round}) est dans la corbeille : restaurez-la pour la comparer",
        "es": "la evaluación {id} ({country} {round}) está en la papelera: restáurela para compararla"},
    "cli.rounds.same": {
        "en": "assessment {id}: choose another round to compare with",
        "fr": "évaluation {id} : choisissez un autre cycle avec lequel la comparer",
        "es": "evaluación {id}: elija otra ronda con la que compararla"},
    "cli.rounds.other_country": {
        "en": "assessments {id} ({country}) and {other} ({other_country}) are not of the same country",
        "fr": "les évaluations {id} ({country}) et {other} ({other_country}) ne portent pas sur le même pays",
        "es": "las evaluaciones {id} ({country}) y {other} ({other_country}) no son del mismo país"},
    "cli.date.outside": {
        "en": "the date {date} is outside the years {first} to {last}",
        "fr": "la date {date} est en dehors des années {first} à {last}",
        "es": "la fecha {date} está fuera de los años {first} a {last}"},
    "cli.import.read": {
        "en": "{file}: {country} {round}, {n} answers, questionnaire {version}",
        "fr": "{file} : {country} {round}, réponses : {n}, questionnaire {version}",
        "es": "{file}: {country} {round}, respuestas: {n}, cuestionario {version}"},
    "cli.import.warning": {
        "en": "warning: {text}",
        "fr": "avertissement : {text}",
        "es": "aviso: {text}"},
    "cli.import.mapped": {
        "en": "mapped {chain}: {kept} kept, {recoded} recoded, {archived} archived",
        "fr": "correspondance {chain} : conservées : {kept}, recodées : {recoded}, archivées : {archived}",
        "es": "correspondencia {chain}: conservadas: {kept}, recodificadas: {recoded}, archivadas: {archived}"},
    "cli.import.recoded": {
        "en": "recoded {old_key} -> {new_key}: {old} -> {new}",
        "fr": "recodée {old_key} -> {new_key} : {old} -> {new}",
        "es": "recodificada {old_key} -> {new_key}: {old} -> {new}"},
    "cli.import.archived": {
        "en": "archived {code}: {value}",
        "fr": "archivée {code} : {value}",
        "es": "archivada {code}: {value}"},
    "cli.import.outside": {
        "en": "checksum mismatch: {n} cells were edited outside the application:",
        "fr": "somme de contrôle différente : cellules modifiées hors de l'application : {n} :",
        "es": "la suma de control no coincide: celdas modificadas fuera de la aplicación: {n}:"},
    "cli.import.exists": {
        "en": "assessment {id} ({uid}) exists: {n} differences",
        "fr": "l'évaluation {id} ({uid}) existe : différences : {n}",
        "es": "la evaluación {id} ({uid}) existe: diferencias: {n}"},
    "cli.import.no_change": {
        "en": "no change: the workbook matches this database",
        "fr": "aucun changement : le classeur correspond à cette base de données",
        "es": "ningún cambio: el libro coincide con esta base de datos"},
    "cli.import.would_refuse": {
        "en": "the import would be refused: {refusal}",
        "fr": "l'import serait refusé : {refusal}",
        "es": "la importación se rechazaría: {refusal}"},
    "cli.import.dry_run": {
        "en": "dry run: nothing written",
        "fr": "essai à blanc : rien n'a été écrit",
        "es": "simulación: no se escribió nada"},
    "cli.import.updated": {
        "en": "updated assessment {id} ({uid})",
        "fr": "évaluation {id} ({uid}) mise à jour",
        "es": "evaluación {id} ({uid}) actualizada"},
    "cli.import.created": {
        "en": "created assessment {id} ({uid})",
        "fr": "évaluation {id} ({uid}) créée",
        "es": "evaluación {id} ({uid}) creada"},
    "cli.import.kept_stale": {
        "en": "kept the answers changed here since the workbook's version: {n}",
        "fr": "réponses modifiées ici depuis la version du classeur, conservées : {n}",
        "es": "respuestas modificadas aquí desde la versión del libro, conservadas: {n}"},
    "cli.import.final": {
        "en": "assessment {id} ({country} {round}) is final (read-only until reopened)",
        "fr": "l'évaluation {id} ({country} {round}) est définitive (en lecture seule jusqu'à sa réouverture)",
        "es": "la evaluación {id} ({country} {round}) es definitiva (de solo lectura hasta que se reabra)"},
    "cli.import.final_reopen": {
        "en": "{final}: --reopen would reopen it (status in progress)",
        "fr": "{final} : --reopen la rouvrirait (statut en cours)",
        "es": "{final}: --reopen la reabriría (estado en curso)"},
    "cli.import.final_refused": {
        "en": "{final}: the import would be refused (add --reopen to reopen it)",
        "fr": "{final} : l'import serait refusé (ajoutez --reopen pour la rouvrir)",
        "es": "{final}: la importación se rechazaría (añada --reopen para reabrirla)"},
    "cli.import.final_nothing": {
        "en": "{final}: nothing imported (add --reopen to reopen it and import)",
        "fr": "{final} : rien n'a été importé (ajoutez --reopen pour la rouvrir et importer)",
        "es": "{final}: no se importó nada (añada --reopen para reabrirla e importar)"},
    "cli.import.conflict_one": {
        "en": "{n} conflict",
        "fr": "conflits : {n}",
        "es": "conflictos: {n}"},
    "cli.import.conflict_many": {
        "en": "{n} conflicts",
        "fr": "conflits : {n}",
        "es": "conflictos: {n}"},
    "cli.import.conflicts": {
        "en": "{count} (changed both here and in the workbook since the common version): {choice}",
        "fr": "{count} (modifiées ici et dans le classeur depuis la version commune) : {choice}",
        "es": "{count} (modificadas aquí y en el libro desde la versión común): {choice}"},
    "cli.import.prefer_theirs": {
        "en": "the workbook's would be taken (--prefer theirs)",
        "fr": "celles du classeur seraient retenues (--prefer theirs)",
        "es": "se tomarían las del libro (--prefer theirs)"},
    "cli.import.prefer_ours": {
        "en": "this database's would be kept (--prefer ours)",
        "fr": "celles de cette base de données seraient conservées (--prefer ours)",
        "es": "se conservarían las de esta base de datos (--prefer ours)"},
    "cli.import.prefer_both": {
        "en": "this database's value would be kept, comments and evidence of both sides merged (--prefer both)",
        "fr": "la valeur de cette base de données serait conservée, les commentaires et justificatifs des deux côtés fusionnés (--prefer both)",
        "es": "se conservaría el valor de esta base de datos, con los comentarios y la evidencia de ambos lados combinados (--prefer both)"},
    "cli.import.prefer_none": {
        "en": "the import would be refused (add --prefer theirs or --prefer ours)",
        "fr": "l'import serait refusé (ajoutez --prefer theirs ou --prefer ours)",
        "es": "la importación se rechazaría (añada --prefer theirs o --prefer ours)"},
    "cli.import.conflict_line": {
        "en": "\"{wording}\" ({code}): here {ours}; in the workbook {theirs}",
        "fr": "« {wording} » ({code}) : ici {ours} ; dans le classeur {theirs}",
        "es": "«{wording}» ({code}): aquí {ours}; en el libro {theirs}"},
    "cli.import.side": {
        "en": "{value} (by {by}, {at})",
        "fr": "{value} (par {by}, {at})",
        "es": "{value} (por {by}, {at})"},
    "cli.import.time_unknown": {
        "en": "time unknown",
        "fr": "heure inconnue",
        "es": "hora desconocida"},
    "cli.import.stale": {
        "en": "answers changed here since the workbook's version (its sender did not change them): {n}; {then}",
        "fr": "réponses modifiées ici depuis la version du classeur (son expéditeur ne les a pas modifiées) : {n} ; {then}",
        "es": "respuestas modificadas aquí desde la versión del libro (su remitente no las modificó): {n}; {then}"},
    "cli.import.newer": {
        "en": "{n} answers were changed here after this workbook was exported: {then}",
        "fr": "réponses modifiées ici après l'export de ce classeur : {n} ; {then}",
        "es": "respuestas modificadas aquí después de exportar este libro: {n}; {then}"},
    "cli.import.then_replaced": {
        "en": "they would be replaced (--overwrite-newer)",
        "fr": "elles seraient remplacées (--overwrite-newer)",
        "es": "se reemplazarían (--overwrite-newer)"},
    "cli.import.then_kept": {
        "en": "they would be kept",
        "fr": "elles seraient conservées",
        "es": "se conservarían"},
    "cli.import.then_refused": {
        "en": "they would be refused (add --overwrite-newer to replace them)",
        "fr": "elles seraient refusées (ajoutez --overwrite-newer pour les remplacer)",
        "es": "se rechazarían (añada --overwrite-newer para reemplazarlas)"},
    "cli.import.exists_no_yes": {
        "en": "the assessment exists; run again with --yes to apply these differences",
        "fr": "l'évaluation existe ; relancez avec --yes pour appliquer ces différences",
        "es": "la evaluación existe; ejecute de nuevo con --yes para aplicar estas diferencias"},
    "cli.import.conflicts_nothing": {
        "en": "{count} (changed both here and in the workbook since the common version): nothing imported (add --prefer theirs or --prefer ours, or choose one by one in the window; --dry-run lists them)",
        "fr": "{count} (modifiées ici et dans le classeur depuis la version commune) : rien n'a été importé (ajoutez --prefer theirs ou --prefer ours, ou choisissez une à une dans la fenêtre ; --dry-run les énumère)",
        "es": "{count} (modificadas aquí y en el libro desde la versión común): no se importó nada (añada --prefer theirs o --prefer ours, o elija una por una en la ventana; --dry-run las enumera)"},
    "cli.import.newer_nothing": {
        "en": "\"{wording}\" ({code}){others} changed here after this workbook was exported ({at}); nothing imported (add --overwrite-newer to replace them with the workbook's values)",
        "fr": "« {wording} » ({code}){others} modifiée ici après l'export de ce classeur ({at}) ; rien n'a été importé (ajoutez --overwrite-newer pour les remplacer par les valeurs du classeur)",
        "es": "«{wording}» ({code}){others} modificada aquí después de exportar este libro ({at}); no se importó nada (añada --overwrite-newer para reemplazarlas por los valores del libro)"},
    "cli.import.and_others": {
        "en": " and {n} more",
        "fr": " et {n} autres",
        "es": " y {n} más"},
    "cli.import.not_a_form": {
        "en": "{file}: not an institution's form (--institution is for those); nothing imported",
        "fr": "{file} : ce n'est pas le formulaire d'une institution (--institution est fait pour ceux-ci) ; rien n'a été importé",
        "es": "{file}: no es el formulario de una institución (--institution es para ellos); no se importó nada"},
    "cli.import.reply": {
        "en": "{file}: reply of {institution} ({who}) for assessment {id}: {n} values proposed{already}, {unchanged} left as sent",
        "fr": "{file} : réponse de {institution} ({who}) pour l'évaluation {id} : valeurs proposées : {n}{already}, laissées telles qu'envoyées : {unchanged}",
        "es": "{file}: respuesta de {institution} ({who}) para la evaluación {id}: valores propuestos: {n}{already}, dejados como se enviaron: {unchanged}"},
    "cli.import.reply_dry": {
        "en": "{file}: reply of {institution} ({who}) for assessment {id}: {n} values would be proposed{already}, {unchanged} left as sent",
        "fr": "{file} : réponse de {institution} ({who}) pour l'évaluation {id} : valeurs qui seraient proposées : {n}{already}, laissées telles qu'envoyées : {unchanged}",
        "es": "{file}: respuesta de {institution} ({who}) para la evaluación {id}: valores que se propondrían: {n}{already}, dejados como se enviaron: {unchanged}"},
    "cli.import.already_proposed": {
        "en": ", {n} already proposed",
        "fr": ", déjà proposées : {n}",
        "es": ", ya propuestos: {n}"},
    "cli.import.no_respondent": {
        "en": "respondent not named",
        "fr": "répondant non nommé",
        "es": "encuestado no nombrado"},
    "cli.import.reply_next": {
        "en": "no answer changed: accept or reject them in the window or with `capacity-app proposals {id}`",
        "fr": "aucune réponse modifiée : acceptez-les ou rejetez-les dans la fenêtre ou avec `capacity-app proposals {id}`",
        "es": "ninguna respuesta modificada: acéptelos o rechácelos en la ventana o con `capacity-app proposals {id}`"},
    "cli.import.export_one": {
        "en": "{file}: {platform} export of form version {version}, {n} submission, {values} values",
        "fr": "{file} : export {platform} de la version de formulaire {version}, soumissions : {n}, valeurs : {values}",
        "es": "{file}: exportación de {platform} de la versión de formulario {version}, envíos: {n}, valores: {values}"},
    "cli.import.export_many": {
        "en": "{file}: {platform} export of form version {version}, {n} submissions, {values} values",
        "fr": "{file} : export {platform} de la version de formulaire {version}, soumissions : {n}, valeurs : {values}",
        "es": "{file}: exportación de {platform} de la versión de formulario {version}, envíos: {n}, valores: {values}"},
    "cli.import.proposals_one": {
        "en": "{institution}: {n} proposal",
        "fr": "{institution} : propositions : {n}",
        "es": "{institution}: propuestas: {n}"},
    "cli.import.proposals_many": {
        "en": "{institution}: {n} proposals",
        "fr": "{institution} : propositions : {n}",
        "es": "{institution}: propuestas: {n}"},
    "cli.import.same_as_answer": {
        "en": "{n} values are the answer already: not proposed",
        "fr": "valeurs qui sont déjà la réponse, non proposées : {n}",
        "es": "valores que ya son la respuesta, no propuestos: {n}"},
    "cli.import.stored": {
        "en": "assessment {id}: {n} proposals stored{already}; no answer changed (capacity-app proposals to accept or reject them)",
        "fr": "évaluation {id} : propositions enregistrées : {n}{already} ; aucune réponse modifiée (capacity-app proposals pour les accepter ou les rejeter)",
        "es": "evaluación {id}: propuestas guardadas: {n}{already}; ninguna respuesta modificada (capacity-app proposals para aceptarlas o rechazarlas)"},
    "cli.import.already_there": {
        "en": ", {n} already there",
        "fr": ", déjà présentes : {n}",
        "es": ", ya presentes: {n}"},
    "cli.import.docs_line": {
        "en": "documents: {what}{tail}",
        "fr": "documents : {what}{tail}",
        "es": "documentos: {what}{tail}"},
    "cli.import.docs_to_attach": {
        "en": "{n} documents to attach{before}",
        "fr": "à joindre : {n}{before}",
        "es": "por adjuntar: {n}{before}"},
    "cli.import.docs_present": {
        "en": " ({n} attached already)",
        "fr": " (déjà joints : {n})",
        "es": " (ya adjuntos: {n})"},
    "cli.import.docs_all_present": {
        "en": "the {n} documents are attached already",
        "fr": "déjà tous joints : {n}",
        "es": "ya están todos adjuntos: {n}"},
    "cli.import.docs_none": {
        "en": "no documents",
        "fr": "aucun document",
        "es": "ningún documento"},
    "cli.import.docs_refused": {
        "en": " (refused: the assessment is final; add --reopen to reopen it and attach them)",
        "fr": " (refusé : l'évaluation est définitive ; ajoutez --reopen pour la rouvrir et les joindre)",
        "es": " (rechazado: la evaluación es definitiva; añada --reopen para reabrirla y adjuntarlos)"},
    "cli.import.docs_would": {
        "en": " (would be attached)",
        "fr": " (seraient joints)",
        "es": " (se adjuntarían)"},
    "cli.import.docs_attached": {
        "en": "documents: attached {n}{before}",
        "fr": "documents : joints : {n}{before}",
        "es": "documentos: adjuntados: {n}{before}"},
    "cli.import.docs_final": {
        "en": "assessment {id} ({country} {round}) is final: nothing written (add --reopen to reopen it and attach the package's documents: {n})",
        "fr": "l'évaluation {id} ({country} {round}) est définitive : rien n'a été écrit (ajoutez --reopen pour la rouvrir et joindre les documents du paquet : {n})",
        "es": "la evaluación {id} ({country} {round}) es definitiva: no se escribió nada (añada --reopen para reabrirla y adjuntar los documentos del paquete: {n})"},
    "cli.import.reopened": {
        "en": "assessment {id} reopened (status in progress)",
        "fr": "évaluation {id} rouverte (statut en cours)",
        "es": "evaluación {id} reabierta (estado en curso)"},
    "cli.import.no_database": {
        "en": "no database yet at {path}: compared with an empty one",
        "fr": "pas encore de base de données à {path} : comparé avec une base vide",
        "es": "todavía no hay base de datos en {path}: comparado con una vacía"},
    # --- a score stored under earlier scoring rules: both figures, what changed -------
    "rules.earlier": {
        "en": "Scored {was} ({band_was}) under rules {rules_was}; {now} ({band}) under rules {rules}. "
              "What changed: {changes}",
        "fr": "Score de {was} ({band_was}) selon les règles {rules_was} ; {now} ({band}) selon les règles "
              "{rules}. Ce qui a changé : {changes}",
        "es": "Puntuación de {was} ({band_was}) según las reglas {rules_was}; {now} ({band}) según las "
              "reglas {rules}. Qué cambió: {changes}"},
    "rules.changed_in": {"en": "{rules}: {what}", "fr": "{rules} : {what}", "es": "{rules}: {what}"},
    # the English is domain/labels.RULES_CHANGES (a test holds them equal)
    "rules.changed.2.0": {
        "en": "one reference date; blank and don't know earn nothing; N/A only where allowed; S3 "
              "need-weighted; default section weights",
        "fr": "une seule date de référence ; une réponse vide ou « ne sait pas » ne rapporte rien ; "
              "« sans objet » seulement là où il est permis ; S3 pondérée par le besoin ; pondération "
              "des sections par défaut",
        "es": "una sola fecha de referencia; una respuesta vacía o «no sabe» no suma nada; «no "
              "aplicable» solo donde se permite; S3 ponderada según la necesidad; ponderación de las "
              "secciones por defecto"},
    "rules.changed.3.0": {
        "en": "only the documented weights give a band; completeness counts what is known (80 % for a "
              "band); N/A never an advantage; no reference date, no age judged; one rounding; a question "
              "with no source described is not yet assessed",
        "fr": "seule la pondération documentée donne un niveau ; l'exhaustivité compte ce qui est connu "
              "(80 % pour un niveau) ; « sans objet » n'est jamais un avantage ; sans date de référence, "
              "aucune ancienneté n'est jugée ; un seul arrondi ; une question sans source décrite n'est "
              "pas encore évaluée",
        "es": "solo la ponderación documentada da un nivel; la exhaustividad cuenta lo que se sabe (80 % "
              "para un nivel); «no aplicable» nunca es una ventaja; sin fecha de referencia no se juzga "
              "ninguna antigüedad; un solo redondeo; una pregunta sin fuente descrita aún no está "
              "evaluada"},
    # --- round comparison -----------------------------------------------------------------------
    "cmp.improved": {"en": "improved", "fr": "amélioré", "es": "mejorado"},
    "cmp.regressed": {"en": "regressed", "fr": "en recul", "es": "retroceso"},
    "cmp.unchanged": {"en": "unchanged", "fr": "inchangé", "es": "sin cambios"},
    # --- the exchange workbook's Plan validation sheet: its Notes column ------------------------
    "wb.plan_currency": {"en": "The plan's currency; empty: the country's.",
                         "fr": "La monnaie du plan ; vide : celle du pays.",
                         "es": "La moneda del plan; vacía: la del país."},
    # the source of a rate when it is the UN's (stored in English: domain.plancost.UN_RATE_SOURCE), as
    # the workbook writes it in its language; the same words as the report's (rate_source_un)
    "wb.rate_source_un": {"en": "UN operational rate of exchange",
                          "fr": "taux de change opérationnel de l’Organisation des Nations Unies",
                          "es": "tipo de cambio operacional de las Naciones Unidas"},
    "wb.exchange_rate": {"en": "1 US dollar = {rate} {currency} on {date}",
                         "fr": "1 dollar des États-Unis = {rate} {currency} au {date}",
                         "es": "1 dólar de los Estados Unidos = {rate} {currency} al {date}"},
    "wb.validated_on": {"en": "The day the government validated the plan.",
                        "fr": "Le jour où le gouvernement a validé le plan.",
                        "es": "El día en que el gobierno validó el plan."},
    "wb.validated_action": {"en": "The action as validated (do not edit: an edit since is listed as such).",
                            "fr": "L'action telle que validée (ne pas modifier : toute modification ultérieure "
                                  "est signalée comme telle).",
                            "es": "La acción tal como se validó (no modificar: toda modificación posterior se "
                                  "señala como tal)."},
    "wb.committed_by": {"en": "The institution that commits the national budget's part of the plan.",
                        "fr": "L'institution qui engage la part du plan financée par le budget national.",
                        "es": "La institución que compromete la parte del plan financiada por el presupuesto "
                              "nacional."},
    "wb.signatory": {"en": "Signs for | name | title | the partner, for a partner's signatory.",
                     "fr": "Signe pour | nom | fonction | le partenaire, pour le signataire d'un partenaire.",
                     "es": "Firma por | nombre | cargo | el asociado, para el firmante de un asociado."},
    # who signs the funding request (Plan validation sheet, signatory rows; exchange/workbook/vocab.py)
    "wb.signs.government": {"en": "government", "fr": "gouvernement", "es": "gobierno"},
    "wb.signs.finance": {"en": "ministry of finance", "fr": "ministère des finances",
                         "es": "ministerio de finanzas"},
    "wb.signs.partner": {"en": "development partner", "fr": "partenaire de développement",
                         "es": "asociado para el desarrollo"},
    # --- the exchange workbook's Plan totals sheet (computed at export, never read back) ---------
    "wb.totals.col.by": {"en": "Totals by", "fr": "Totaux par", "es": "Totales por"},
    "wb.totals.col.item": {"en": "Year, institution or source", "fr": "Année, institution ou source",
                           "es": "Año, institución o fuente"},
    "wb.totals.col.currency": {"en": "Currency", "fr": "Monnaie", "es": "Moneda"},
    "wb.totals.col.cost": {"en": "Cost", "fr": "Coût", "es": "Costo"},
    "wb.totals.col.secured": {"en": "Secured", "fr": "Acquis", "es": "Asegurado"},
    "wb.totals.col.gap": {"en": "Financing gap", "fr": "Déficit de financement", "es": "Déficit de financiación"},
    "wb.totals.col.cost_usd": {"en": "Cost in US dollars", "fr": "Coût en dollars des États-Unis",
                               "es": "Costo en dólares de los Estados Unidos"},
    "wb.totals.col.gap_usd": {"en": "Financing gap in US dollars",
                              "fr": "Déficit de financement en dollars des États-Unis",
                              "es": "Déficit de financiación en dólares de los Estados Unidos"},
    "wb.totals.col.cost_plan": {"en": "Cost in the plan's currency", "fr": "Coût dans la monnaie du plan",
        "es": "Costo en la moneda del plan"},
    "wb.totals.col.gap_plan": {"en": "Financing gap in the plan's currency", "fr": "Déficit de financement dans la monnaie du plan",
        "es": "Déficit de financiación en la moneda del plan"},
    "wb.totals.all_in": {"en": "All, in {code}", "fr": "Toutes, en {code}",
        "es": "Todas, en {code}"},
    "wb.totals.plan_note": {"en": "The plan's currency is {code}: each row is converted into it at the exchange rates of the Plan validation sheet, rounded to its decimals.", "fr": "La monnaie du plan est {code} : chaque ligne y est convertie aux taux de change de la feuille Plan validation, arrondie à ses décimales.",
        "es": "La moneda del plan es {code}: cada fila se convierte a ella con los tipos de cambio de la hoja Plan validation, redondeada a sus decimales."},
    # only when the sheet has such a row (the note named a row the sheet did not have)
    "wb.totals.all_in_note": {"en": "A row 'All, in {code}' adds up an item's currencies, converted into {code}.",
        "fr": "Une ligne « Toutes, en {code} » additionne les monnaies d'un élément, converties en {code}.",
        "es": "Una fila «Todas, en {code}» suma las monedas de un elemento, convertidas a {code}."},
    "wb.totals.all": {"en": "Whole plan", "fr": "Ensemble du plan", "es": "Todo el plan"},
    "wb.totals.total": {"en": "Total", "fr": "Total", "es": "Total"},
    "wb.totals.year": {"en": "Year", "fr": "Année", "es": "Año"},
    "wb.totals.institution": {"en": "Lead institution", "fr": "Institution chef de file",
                              "es": "Institución principal"},
    "wb.totals.source": {"en": "Funding source", "fr": "Source de financement", "es": "Fuente de financiación"},
    "wb.totals.no_owner": {"en": "No institution yet", "fr": "Pas encore d'institution",
                           "es": "Aún sin institución"},
    "wb.totals.national": {"en": "National budget", "fr": "Budget national", "es": "Presupuesto nacional"},
    "wb.totals.partner": {"en": "Development partner: {name}", "fr": "Partenaire de développement : {name}",
                          "es": "Asociado para el desarrollo: {name}"},
    "wb.totals.other": {"en": "Other source", "fr": "Autre source", "es": "Otra fuente"},
    "wb.totals.other_named": {"en": "Other source: {name}", "fr": "Autre source : {name}",
                              "es": "Otra fuente: {name}"},
    "wb.totals.read_only": {
        "en": "Read-only summary, computed at the export from the Action plan and Action costs sheets. "
              "The import does not read this sheet: to change a cost, edit the Action costs sheet.",
        "fr": "Récapitulatif en lecture seule, calculé à l'exportation à partir des feuilles Action plan et "
              "Action costs. L'importation ne lit pas cette feuille : pour modifier un coût, modifiez la "
              "feuille Action costs.",
        "es": "Resumen de solo lectura, calculado en la exportación a partir de las hojas Action plan y "
              "Action costs. La importación no lee esta hoja: para cambiar un costo, modifique la hoja "
              "Action costs."},
    "wb.totals.gap_note": {
        "en": "The financing gap is the cost whose funding is not yet secured.",
        "fr": "Le déficit de financement est le coût dont le financement n'est pas encore acquis.",
        "es": "El déficit de financiación es el costo cuya financiación aún no está asegurada."},
    "wb.totals.costed": {"en": "Actions costed: {costed} of {actions}.",
                         "fr": "Actions chiffrées : {costed} sur {actions}.",
                         "es": "Acciones con costo: {costed} de {actions}."},
    "wb.totals.lead_note": {
        "en": "An action's cost is counted under its lead institution, the first one named.",
        "fr": "Le coût d'une action est compté pour son institution chef de file, la première nommée.",
        "es": "El costo de una acción se cuenta para su institución principal, la primera nombrada."},
    "wb.totals.dropped": {"en": "Dropped actions, not counted: {n}.",
                          "fr": "Actions abandonnées, non comptées : {n}.",
                          "es": "Acciones descartadas, no contabilizadas: {n}."},
    "wb.totals.usd_note": {
        "en": "US dollar equivalents at the exchange rates of the Plan validation sheet, rounded to the cent.",
        "fr": "Équivalents en dollars des États-Unis aux taux de change de la feuille Plan validation, "
              "arrondis au cent.",
        "es": "Equivalentes en dólares de los Estados Unidos a los tipos de cambio de la hoja Plan "
              "validation, redondeados al centavo."},
    "wb.totals.no_rate": {
        "en": "No exchange rate to the US dollar for {currencies}: their US dollar equivalents are left empty.",
        "fr": "Aucun taux de change en dollars des États-Unis pour {currencies} : leurs équivalents en "
              "dollars sont laissés vides.",
        "es": "No hay tipo de cambio en dólares de los Estados Unidos para {currencies}: sus equivalentes en "
              "dólares se dejan vacíos."},
    "wb.change.head": {"en": "{title}: ", "fr": "{title} : ",
        "es": "{title}: "},
    "wb.change.changed": {"en": "{head}{what}: {old} → {new}", "fr": "{head}{what} : {old} → {new}",
        "es": "{head}{what}: {old} → {new}"},
    "wb.change.added": {"en": "{head}{what} added: {new}", "fr": "{head}{what} (ajout) : {new}",
        "es": "{head}{what} (adición): {new}"},
    "wb.change.removed": {"en": "{head}{what} removed: {old}", "fr": "{head}{what} (suppression) : {old}",
        "es": "{head}{what} (supresión): {old}"},
    "wb.change.action_added": {"en": "{title}: added", "fr": "{title} : ajoutée",
        "es": "{title}: añadida"},
    "wb.change.action_removed": {"en": "{title}: removed", "fr": "{title} : supprimée",
        "es": "{title}: eliminada"},
    "wb.change.yes": {"en": "yes", "fr": "oui",
        "es": "sí"},
    "wb.change.no": {"en": "no", "fr": "non",
        "es": "no"},
    "wb.what.amount": {"en": "amount", "fr": "montant",
        "es": "importe"},
    "wb.what.secured": {"en": "funding secured", "fr": "financement acquis",
        "es": "financiación asegurada"},
    "wb.what.funding": {"en": "funding source", "fr": "source de financement",
        "es": "fuente de financiación"},
    "wb.what.year": {"en": "year", "fr": "année",
        "es": "año"},
    "wb.what.line": {"en": "cost line", "fr": "ligne de coût",
        "es": "línea de costo"},
    "wb.what.rate": {"en": "exchange rate", "fr": "taux de change",
        "es": "tipo de cambio"},
    "wb.what.plan_currency": {"en": "plan currency", "fr": "monnaie du plan",
        "es": "moneda del plan"},
    "wb.what.total_cost": {"en": "total cost", "fr": "coût total",
        "es": "costo total"},
    "wb.what.total_gap": {"en": "total financing gap", "fr": "déficit de financement total",
        "es": "déficit de financiación total"},
    "wb.what.pipeline": {"en": "funding stage", "fr": "stade du financement",
        "es": "etapa del financiamiento"},
    "wb.what.indicator": {"en": "indicator", "fr": "indicateur",
        "es": "indicador"},
    "wb.what.baseline": {"en": "baseline", "fr": "valeur de référence",
        "es": "línea de base"},
    "wb.what.target": {"en": "target", "fr": "valeur cible",
        "es": "valor meta"},
    "wb.what.verification": {"en": "means of verification", "fr": "moyens de vérification",
        "es": "medios de verificación"},
    "wb.what.sdg_target": {"en": "SDG target", "fr": "cible des ODD",
        "es": "meta de los ODS"},
    "wb.pipe.identified": {"en": "identified", "fr": "identifié",
        "es": "identificado"},
    "wb.pipe.pledged": {"en": "pledged", "fr": "annoncé",
        "es": "prometido"},
    "wb.pipe.committed": {"en": "committed", "fr": "engagé",
        "es": "comprometido"},
    "wb.pipe.disbursed": {"en": "disbursed", "fr": "décaissé",
        "es": "desembolsado"},
    # --- the workbook's coded cells written as labels, read back in any language (exchange/workbook/vocab.py)
    "wb.status.planned": {"en": "planned", "fr": "prévue", "es": "prevista"},
    "wb.status.in_progress": {"en": "in progress", "fr": "en cours", "es": "en curso"},
    "wb.status.done": {"en": "done", "fr": "réalisée", "es": "realizada"},
    "wb.status.dropped": {"en": "dropped", "fr": "abandonnée", "es": "descartada"},
    "wb.funding.national": {"en": "national budget", "fr": "budget national", "es": "presupuesto nacional"},
    "wb.funding.partner": {"en": "development partner", "fr": "partenaire de développement",
        "es": "asociado para el desarrollo"},
    "wb.funding.other": {"en": "other source", "fr": "autre source", "es": "otra fuente"},
    "wb.cat.staff": {"en": "staff", "fr": "personnel", "es": "personal"},
    "wb.cat.consultants": {"en": "consultants", "fr": "consultants", "es": "consultores"},
    "wb.cat.equipment": {"en": "equipment", "fr": "équipement", "es": "equipo"},
    "wb.cat.travel": {"en": "travel", "fr": "voyages", "es": "viajes"},
    "wb.cat.training": {"en": "training", "fr": "formation", "es": "capacitación"},
    "wb.cat.survey_operations": {"en": "survey operations", "fr": "opérations d'enquête",
        "es": "operaciones de encuesta"},
    "wb.kind.overall": {"en": "Overall", "fr": "Score global", "es": "Puntuación global"},
    "wb.kind.section": {"en": "Section", "fr": "Section", "es": "Sección"},
    "wb.kind.policy_question": {"en": "Policy question", "fr": "Question de politique", "es": "Pregunta de política"},
    "wb.kind.sdg": {"en": "SDG indicator", "fr": "Indicateur des ODD", "es": "Indicador de los ODS"},
    # a question's type in the Answers sheet's Type column, read by people (the importer reads the
    # answer key, never this column; exchange.vocab.QUESTION_TYPE)
    "wb.qtype.text": {"en": "text", "fr": "texte", "es": "texto"},
    "wb.qtype.integer": {"en": "whole number", "fr": "nombre entier", "es": "número entero"},
    "wb.qtype.decimal": {"en": "decimal number", "fr": "nombre décimal", "es": "número decimal"},
    "wb.qtype.date": {"en": "date", "fr": "date", "es": "fecha"},
    "wb.qtype.select_one": {"en": "one choice", "fr": "choix unique", "es": "opción única"},
    "wb.qtype.select_multiple": {"en": "several choices", "fr": "choix multiple", "es": "opción múltiple"},
    "wb.qtype.note": {"en": "note", "fr": "note", "es": "nota"},
    "wb.qtype.year": {"en": "year", "fr": "année", "es": "año"},
    "wb.qtype.rating": {"en": "rating", "fr": "notation", "es": "calificación"},
    "wb.qtype.grid": {"en": "table", "fr": "tableau", "es": "cuadro"},
    "wb.qtype.matrix": {"en": "matrix", "fr": "matrice", "es": "matriz"},
    "wb.astatus.draft": {"en": "Draft", "fr": "Projet", "es": "Borrador"},
    "wb.astatus.in_progress": {"en": "In progress", "fr": "En cours", "es": "En curso"},
    "wb.astatus.final": {"en": "Final", "fr": "Définitive", "es": "Definitiva"},
    # what a cell of the workbook accepts, its drop-down messages, the Matrix note and the Scores chart
    "wb.allowed.multiple": {"en": "codes separated by commas: {choices}", "fr": "codes séparés par des virgules : {choices}",
        "es": "códigos separados por comas: {choices}"},
    "wb.allowed.whole": {"en": "whole number", "fr": "nombre entier",
        "es": "número entero"},
    "wb.allowed.number": {"en": "number", "fr": "nombre",
        "es": "número"},
    "wb.allowed.year": {"en": "year", "fr": "année",
        "es": "año"},
    "wb.allowed.between": {"en": "{what} {lo} to {hi}", "fr": "{what} de {lo} à {hi}",
        "es": "{what} de {lo} a {hi}"},
    "wb.allowed.date": {"en": "date YYYY-MM-DD", "fr": "date AAAA-MM-JJ",
        "es": "fecha AAAA-MM-DD"},
    "wb.allowed.text": {"en": "text", "fr": "texte",
        "es": "texto"},
    "wb.dv.allowed": {"en": "Allowed values", "fr": "Valeurs admises",
        "es": "Valores admitidos"},
    "wb.dv.not_allowed": {"en": "Value not allowed", "fr": "Valeur non admise",
        "es": "Valor no admitido"},
    "wb.dv.choose_code": {"en": "Choose one of the codes in the list.", "fr": "Choisissez l’un des codes de la liste.",
        "es": "Elija uno de los códigos de la lista."},
    "wb.dv.in_range": {"en": "Type a number in the allowed range (see Allowed values).", "fr": "Saisissez un nombre dans la plage admise (voir Valeurs admises).",
        "es": "Escriba un número dentro del intervalo admitido (véase Valores admitidos)."},
    "wb.dv.priority": {"en": "1 (high), 2 or 3 (low)", "fr": "1 (haute), 2 ou 3 (basse)",
        "es": "1 (alta), 2 o 3 (baja)"},
    "wb.dv.year": {"en": "a year from 2000 to 2100", "fr": "une année de 2000 à 2100",
        "es": "un año de 2000 a 2100"},
    # the report's level definitions (resources/report/strings: level_0 … level_3), the same words
    "wb.matrix.note": {"en": "Levels, as the report defines them: 0 absent or lacks the variables; 1 collected, not usable yet; 2 produced with a shortfall; 3 fit for purpose. Bold cells are the main expected sources. Sources:",
        "fr": "Niveaux, tels que le rapport les définit : 0 absente ou sans les variables ; 1 collectée, pas encore exploitable ; 2 produite avec des lacunes ; 3 adaptée à l'usage. Les cellules en gras sont les principales sources attendues. Sources :",
        "es": "Niveles, tal como los define el informe: 0 ausente o sin las variables; 1 recogida, aún no utilizable; 2 producida con deficiencias; 3 adecuada para el uso. Las celdas en negrita son las principales fuentes esperadas. Fuentes:"},
    "wb.chart.sections": {"en": "Section scores (0-100)", "fr": "Scores par section (0 à 100)",
        "es": "Puntuaciones por sección (0 a 100)"},
    # the title an assessment gets when none is typed, as a workbook in the language writes it
    # (domain/assessment.default_title is the English, as stored)
    "wb.title": {"en": "{country}: migration data capacity assessment {round}",
        "fr": "{country}\u00a0: évaluation des capacités en matière de données migratoires, {round}",
        "es": "{country}: evaluación de la capacidad en materia de datos migratorios, {round}"},
    "wb.totals.changed": {"en": "Changed since the validation of {date} (value approved → value now): {changes}",
                          "fr": "Modifié depuis la validation du {date} (valeur approuvée → valeur actuelle) : {changes}",
                          "es": "Modificado desde la validación del {date} (valor aprobado → valor actual): {changes}"},
    "wb.totals.funding_progress": {
        "en": "Funding progress since the validation of {date}, not a change of the plan (value approved → value now): {changes}",
        "fr": "Avancement du financement depuis la validation du {date}, non une modification du plan (valeur approuvée → valeur actuelle) : {changes}",
        "es": "Avance de la financiación desde la validación del {date}, no un cambio del plan (valor aprobado → valor actual): {changes}"},
    "wb.totals.none": {"en": "No action of the plan is costed yet.",
                       "fr": "Aucune action du plan n'est encore chiffrée.",
                       "es": "Aún no se ha calculado el costo de ninguna acción del plan."},
    # --- the exchange workbook's column headers (machine keys: the English; exchange/workbook/format.py) and README
    "wb.col.Field": {"en": "Field", "fr": "Champ",
        "es": "Campo"},
    "wb.col.Value": {"en": "Value", "fr": "Valeur",
        "es": "Valor"},
    "wb.col.Section": {"en": "Section", "fr": "Section",
        "es": "Sección"},
    "wb.col.Answer key": {"en": "Answer key", "fr": "Clé de la réponse",
        "es": "Clave de la respuesta"},
    "wb.col.Question": {"en": "Question", "fr": "Question",
        "es": "Pregunta"},
    "wb.col.Row": {"en": "Row", "fr": "Ligne",
        "es": "Fila"},
    "wb.col.Type": {"en": "Type", "fr": "Type",
        "es": "Tipo"},
    "wb.col.Code": {"en": "Code", "fr": "Code",
        "es": "Código"},
    "wb.col.Value label": {"en": "Value label", "fr": "Libellé de la valeur",
        "es": "Etiqueta del valor"},
    "wb.col.Don't know": {"en": "Don't know", "fr": "Ne sait pas",
        "es": "No sabe"},
    "wb.col.Not applicable": {"en": "Not applicable", "fr": "Sans objet",
        "es": "No aplicable"},
    "wb.col.Comment": {"en": "Comment", "fr": "Commentaire",
        "es": "Comentario"},
    "wb.col.Evidence": {"en": "Evidence", "fr": "Justificatifs",
        "es": "Pruebas"},
    "wb.col.Row check": {"en": "Row check", "fr": "Contrôle de la ligne",
        "es": "Control de la fila"},
    "wb.col.Policy question": {"en": "Policy question", "fr": "Question de politique",
        "es": "Pregunta de política"},
    "wb.col.Label": {"en": "Label", "fr": "Libellé",
        "es": "Etiqueta"},
    "wb.col.Kind": {"en": "Kind", "fr": "Nature",
        "es": "Clase"},
    "wb.col.Score": {"en": "Score", "fr": "Score",
        "es": "Puntuación"},
    "wb.col.Need": {"en": "Need", "fr": "Besoin",
        "es": "Necesidad"},
    "wb.col.Availability": {"en": "Availability", "fr": "Disponibilité",
        "es": "Disponibilidad"},
    "wb.col.Gap": {"en": "Gap", "fr": "Écart",
        "es": "Brecha"},
    "wb.col.Priority": {"en": "Priority", "fr": "Priorité",
        "es": "Prioridad"},
    # the Priority of a gap (need × gap, 0 to 9) in the Scores and Recommendations sheets, which
    # Chinese names apart from an action's high/medium/low priority (优先度, 优先级)
    "wb.col.gap priority": {"en": "Priority", "fr": "Priorité",
        "es": "Prioridad"},
    "wb.col.Gap type": {"en": "Gap type", "fr": "Type d'écart",
        "es": "Tipo de brecha"},
    "wb.col.Status": {"en": "Status", "fr": "Statut",
        "es": "Estado"},
    "wb.col.Rank": {"en": "Rank", "fr": "Rang",
        "es": "Posición"},
    "wb.col.Notes": {"en": "Notes", "fr": "Notes",
        "es": "Notas"},
    "wb.col.Id": {"en": "Id", "fr": "Identifiant",
        "es": "Identificador"},
    "wb.col.Title": {"en": "Title", "fr": "Titre",
        "es": "Título"},
    "wb.col.Recommendation": {"en": "Recommendation", "fr": "Recommandation",
        "es": "Recomendación"},
    "wb.col.Policy questions": {"en": "Policy questions", "fr": "Questions de politique",
        "es": "Preguntas de política"},
    "wb.col.Responsible institutions": {"en": "Responsible institutions", "fr": "Institutions responsables",
        "es": "Instituciones responsables"},
    "wb.col.Start": {"en": "Start", "fr": "Début",
        "es": "Inicio"},
    "wb.col.End": {"en": "End", "fr": "Fin",
        "es": "Fin"},
    "wb.col.Resources or technical assistance": {"en": "Resources or technical assistance", "fr": "Ressources ou assistance technique",
        "es": "Recursos o asistencia técnica"},
    "wb.col.Milestone": {"en": "Milestone", "fr": "Étape clé",
        "es": "Hito"},
    "wb.col.Priority action": {"en": "Priority action", "fr": "Action prioritaire",
        "es": "Acción prioritaria"},
    "wb.col.Strategy objective": {"en": "Strategy objective", "fr": "Objectif de la stratégie",
        "es": "Objetivo de la estrategia"},
    "wb.col.Action id": {"en": "Action id", "fr": "Identifiant de l'action",
        "es": "Identificador de la acción"},
    "wb.col.Action": {"en": "Action", "fr": "Action",
        "es": "Acción"},
    # the planning unit's words (Period reports, Corrective measures sheets)
    "wb.col.Decision": {"en": "Decision", "fr": "Décision", "es": "Decisión"},
    "wb.col.Text": {"en": "Text", "fr": "Texte", "es": "Texto"},
    "wb.col.Measure": {"en": "Measure", "fr": "Mesure", "es": "Medida"},
    "wb.col.Responsible": {"en": "Responsible", "fr": "Responsable", "es": "Responsable"},
    "wb.col.By": {"en": "By", "fr": "Échéance", "es": "Plazo"},
    "wb.col.Year": {"en": "Year", "fr": "Année",
        "es": "Año"},
    "wb.col.Amount": {"en": "Amount", "fr": "Montant",
        "es": "Importe"},
    "wb.col.Currency": {"en": "Currency", "fr": "Monnaie",
        "es": "Moneda"},
    "wb.col.Funding source": {"en": "Funding source", "fr": "Source de financement",
        "es": "Fuente de financiación"},
    "wb.col.Partner or other source": {"en": "Partner or other source", "fr": "Partenaire ou autre source",
        "es": "Asociado u otra fuente"},
    "wb.col.Secured": {"en": "Secured", "fr": "Acquis",
        "es": "Asegurado"},
    "wb.col.Executed": {"en": "Executed", "fr": "Exécuté",
        "es": "Ejecutado"},
    "wb.col.Indicator": {"en": "Indicator", "fr": "Indicateur",
        "es": "Indicador"},
    "wb.col.Baseline": {"en": "Baseline", "fr": "Valeur de référence",
        "es": "Línea de base"},
    "wb.col.Target": {"en": "Target", "fr": "Valeur cible",
        "es": "Valor meta"},
    "wb.col.Means of verification": {"en": "Means of verification", "fr": "Moyens de vérification",
        "es": "Medios de verificación"},
    "wb.col.Risks and assumptions": {"en": "Risks and assumptions", "fr": "Risques et hypothèses",
        "es": "Riesgos y supuestos"},
    "wb.col.Depends on": {"en": "Depends on", "fr": "Dépend de",
        "es": "Depende de"},
    "wb.col.Level": {"en": "Level", "fr": "Niveau",
        "es": "Nivel"},
    "wb.col.Of": {"en": "Of", "fr": "Rattaché à",
        "es": "Vinculado a"},
    "wb.col.Result": {"en": "Result", "fr": "Résultat",
        "es": "Resultado"},
    "wb.col.Unit": {"en": "Unit", "fr": "Unité",
        "es": "Unidad"},
    "wb.col.Baseline year": {"en": "Baseline year", "fr": "Année de référence",
        "es": "Año de referencia"},
    "wb.col.Targets": {"en": "Targets", "fr": "Valeurs cibles",
        "es": "Valores meta"},
    "wb.col.Assumptions": {"en": "Assumptions", "fr": "Hypothèses",
        "es": "Supuestos"},
    "wb.col.SDG target": {"en": "SDG target", "fr": "Cible des ODD",
        "es": "Meta de los ODS"},
    "wb.col.Cost category": {"en": "Cost category", "fr": "Catégorie de coût",
        "es": "Categoría de costo"},
    "wb.col.Unit cost": {"en": "Unit cost", "fr": "Coût unitaire",
        "es": "Costo unitario"},
    "wb.col.Quantity": {"en": "Quantity", "fr": "Quantité",
        "es": "Cantidad"},
    "wb.col.Pipeline status": {"en": "Pipeline status", "fr": "Stade du financement",
        "es": "Estado del financiamiento"},
    "wb.col.Value 2": {"en": "Value 2", "fr": "Valeur 2",
        "es": "Valor 2"},
    "wb.col.Value 3": {"en": "Value 3", "fr": "Valeur 3",
        "es": "Valor 3"},
    "wb.col.Value 4": {"en": "Value 4", "fr": "Valeur 4",
        "es": "Valor 4"},
    "wb.col.Review": {"en": "Review", "fr": "Examen",
        "es": "Examen"},
    "wb.col.Reviewer": {"en": "Reviewer", "fr": "Examinateur",
        "es": "Revisor"},
    "wb.col.Reviewed at": {"en": "Reviewed at", "fr": "Examiné le",
        "es": "Revisado el"},
    "wb.col.Review note": {"en": "Review note", "fr": "Note d'examen",
        "es": "Nota de revisión"},
    "wb.col.Answer check": {"en": "Answer check", "fr": "Contrôle de la réponse",
        "es": "Control de la respuesta"},
    "wb.col.Changed by": {"en": "Changed by", "fr": "Modifié par",
        "es": "Modificado por"},
    "wb.col.Changed at": {"en": "Changed at", "fr": "Modifié le",
        "es": "Modificado el"},
    "wb.col.Earlier versions": {"en": "Earlier versions", "fr": "Versions antérieures",
        "es": "Versiones anteriores"},
    "wb.col.Questionnaire version": {"en": "Questionnaire version", "fr": "Version du questionnaire",
        "es": "Versión del cuestionario"},
    "wb.col.Archived at": {"en": "Archived at", "fr": "Archivée le", "es": "Archivada el"},
    "wb.col.Stored answer": {"en": "Stored answer", "fr": "Réponse enregistrée", "es": "Respuesta guardada"},
    "wb.readme.title": {"en": "capacity-app assessment workbook", "fr": "Classeur d'évaluation capacity-app",
        "es": "Libro de evaluación de capacity-app"},
    "wb.readme.intro": {"en": "This workbook holds one country's migration data capacity assessment, exported by capacity-app.", "fr": "Ce classeur contient l'évaluation des capacités d'un pays en matière de données migratoires, exportée par capacity-app.",
        "es": "Este libro contiene la evaluación de la capacidad de un país en materia de datos migratorios, exportada por capacity-app."},
    "wb.readme.sheets": {"en": "Sheets (their names are the same in every language): Metadata (who, when, which questionnaire, checksums; protected), Answers (one row per answer: edit only the white columns {code}, {dont_know}, {not_applicable}, {comment}, {evidence}; selecting a {code} cell shows the values it accepts), Matrix (levels 0-3 per policy question and source), Scores, Recommendations, Action plan (the actions, editable), Action costs (one row per year and funding source of an action), Plan validation (the plan's currency, exchange rates to the US dollar and the validation record), Plan totals (computed at the export, read-only, not read back), Review (each answer's review; edit only the white columns), Changes (who changed each answer, when, and the versions it descends from; do not edit).", "fr": "Feuilles (leur nom est le même dans toutes les langues) : Metadata (qui, quand, quel questionnaire, sommes de contrôle ; protégée), Answers (une ligne par réponse : ne modifiez que les colonnes blanches {code}, {dont_know}, {not_applicable}, {comment}, {evidence} ; une cellule {code} sélectionnée indique les valeurs admises), Matrix (niveaux 0 à 3 par question de politique et par source), Scores, Recommendations, Action plan (les actions, modifiables), Action costs (une ligne par année et par source de financement d'une action), Plan validation (la monnaie du plan, les taux de change en dollars des États-Unis et la validation), Plan totals (calculée à l'exportation, en lecture seule, jamais relue), Review (l'examen de chaque réponse ; ne modifiez que les colonnes blanches), Changes (qui a modifié chaque réponse, quand, et les versions dont elle découle ; ne pas modifier).",
        "es": "Hojas (su nombre es el mismo en todos los idiomas): Metadata (quién, cuándo, qué cuestionario, sumas de control; protegida), Answers (una fila por respuesta: modifique solo las columnas blancas {code}, {dont_know}, {not_applicable}, {comment}, {evidence}; al seleccionar una celda de {code} se muestran los valores admitidos), Matrix (niveles 0 a 3 por pregunta de política y fuente), Scores, Recommendations, Action plan (las acciones, modificables), Action costs (una fila por año y fuente de financiación de una acción), Plan validation (la moneda del plan, los tipos de cambio en dólares de los Estados Unidos y la validación), Plan totals (calculada en la exportación, de solo lectura, no se vuelve a leer), Review (la revisión de cada respuesta; modifique solo las columnas blancas), Changes (quién modificó cada respuesta, cuándo y las versiones de las que procede; no modificar)."},
    "wb.readme.edit": {"en": "To correct or complete answers offline: fill the {code} column (choose from the drop-down list, or type a number, a date as YYYY-MM-DD, or several codes separated by commas), or choose '{yes}' under {dont_know} / {not_applicable} ('yes' in any of the six languages is read). {evidence}: one line per item, 'document: title', 'url: address', 'institution: name' or 'note: text'.", "fr": "Pour corriger ou compléter des réponses hors ligne : remplissez la colonne {code} (choisissez dans la liste déroulante, ou saisissez un nombre, une date au format AAAA-MM-JJ, ou plusieurs codes séparés par des virgules), ou choisissez « {yes} » sous {dont_know} / {not_applicable} (« oui » dans l’une des six langues, ou « yes », est lu). {evidence} : une ligne par élément, « document: titre », « url: adresse », « institution: nom » ou « note: texte ».",
        "es": "Para corregir o completar respuestas sin conexión: rellene la columna {code} (elija en la lista desplegable, o escriba un número, una fecha como AAAA-MM-DD, o varios códigos separados por comas), o elija «{yes}» bajo {dont_know} / {not_applicable} (se lee «sí» en cualquiera de los seis idiomas, o «yes»). {evidence}: una línea por elemento, «document: título», «url: dirección», «institution: nombre» o «note: texto»."},
    "wb.readme.labels": {"en": "The plan sheets (Action plan, Action costs) and the status in Metadata show labels in this workbook's language: choose them from the drop-down lists. A label in any of the six languages, or its code (planned, in_progress, national, yes ...), is read too; a quarter or a date may be typed as the language writes it (Q3 2026) or as 2026-Q3 / YYYY-MM-DD.", "fr": "Les feuilles du plan (Action plan, Action costs) et le statut dans Metadata affichent des libellés dans la langue de ce classeur : choisissez-les dans les listes déroulantes. Un libellé dans l'une des six langues, ou son code (planned, in_progress, national, yes…), est aussi lu ; un trimestre ou une date peut être saisi tel que la langue l'écrit (T3 2026) ou sous la forme 2026-Q3 / AAAA-MM-JJ.",
        "es": "Las hojas del plan (Action plan, Action costs) y el estado en Metadata muestran etiquetas en el idioma de este libro: elíjalas en las listas desplegables. También se lee una etiqueta en cualquiera de los seis idiomas, o su código (planned, in_progress, national, yes...); un trimestre o una fecha puede escribirse como lo escribe el idioma (T3 2026) o como 2026-Q3 / AAAA-MM-DD."},
    "wb.readme.import": {"en": "Then import the file with capacity-app (capacity-app import FILE): every value is checked, the cells edited outside the application are listed, and nothing is saved unless the whole file is valid. Scores, Matrix and Recommendations are recomputed by the application. A workbook in any of the six languages imports in any other.", "fr": "Importez ensuite le fichier avec capacity-app (capacity-app import FICHIER) : chaque valeur est vérifiée, les cellules modifiées hors de l'application sont listées et rien n'est enregistré si le fichier n'est pas entièrement valide. Scores, Matrix et Recommendations sont recalculées par l'application. Un classeur dans l'une des six langues s'importe dans toutes les autres.",
        "es": "Después importe el archivo con capacity-app (capacity-app import ARCHIVO): se comprueba cada valor, se enumeran las celdas modificadas fuera de la aplicación y no se guarda nada si el archivo no es válido en su totalidad. La aplicación vuelve a calcular Scores, Matrix y Recommendations. Un libro en cualquiera de los seis idiomas se importa en cualquier otro."},
    "wb.readme.formulas": {"en": "Formulas are never evaluated: type values, not formulas.", "fr": "Les formules ne sont jamais évaluées : saisissez des valeurs, pas des formules.",
        "es": "Las fórmulas nunca se evalúan: escriba valores, no fórmulas."},
    "wb.readme.format": {"en": "Format: docs/workbook-format.md in the capacity-app source.", "fr": "Format : docs/workbook-format.md dans les sources de capacity-app.",
        "es": "Formato: docs/workbook-format.md en el código fuente de capacity-app."},
    "wb.what.risks": {"en": "risks and assumptions", "fr": "risques et hypothèses",
        "es": "riesgos y supuestos"},
    "wb.what.dependencies": {"en": "actions it depends on", "fr": "actions préalables",
        "es": "acciones de las que depende"},
    "wb.what.category": {"en": "cost category", "fr": "catégorie de coûts",
        "es": "categoría de costos"},
    "wb.what.basis": {"en": "cost basis", "fr": "base de calcul du coût",
        "es": "base de cálculo del costo"},
    "wb.what.sustainability": {"en": "sustainability", "fr": "pérennité",
        "es": "sostenibilidad"},
    "wb.what.title": {"en": "title", "fr": "intitulé",
        "es": "título"},
    "wb.what.timeline": {"en": "timeline", "fr": "calendrier",
        "es": "calendario"},
    "wb.what.institutions": {"en": "responsible institutions", "fr": "institutions responsables",
        "es": "instituciones responsables"},
    "wb.sust.recurrent": {"en": "recurrent cost", "fr": "coût récurrent",
        "es": "costo recurrente"},
    "wb.sust.takeover": {"en": "recurrent cost, taken over by the national budget from {year}: {amount} a year", "fr": "coût récurrent, pris en charge par le budget national à partir de {year} : {amount} par an",
        "es": "costo recurrente, asumido por el presupuesto nacional a partir de {year}: {amount} al año"},
    "wb.col.Recurrent": {"en": "Recurrent", "fr": "Récurrent",
        "es": "Recurrente"},
    "wb.col.Taken over from": {"en": "National budget takes over from", "fr": "Pris en charge par le budget national à partir de",
        "es": "Asumido por el presupuesto nacional a partir de"},
    "wb.col.Amount a year taken over": {"en": "Amount a year taken over", "fr": "Montant annuel pris en charge",
        "es": "Importe anual asumido"},
    # the funding request's donor structures (exchange/workbook/donors_sheet.py, the donor workbook, the report)
    "wb.col.Risk": {"en": "Risk", "fr": "Risque", "es": "Riesgo"},
    "wb.col.Likelihood": {"en": "Likelihood", "fr": "Probabilité", "es": "Probabilidad"},
    "wb.col.Impact": {"en": "Impact", "fr": "Impact", "es": "Impacto"},
    "wb.col.Mitigating measure": {"en": "Mitigating measure", "fr": "Mesure d'atténuation",
        "es": "Medida de mitigación"},
    "wb.col.Risk owner": {"en": "Risk owner", "fr": "Responsable du risque", "es": "Responsable del riesgo"},
    "wb.col.Actions concerned": {"en": "Actions concerned", "fr": "Actions concernées", "es": "Acciones afectadas"},
    "wb.col.Indicator id": {"en": "Indicator id", "fr": "Identifiant de l'indicateur",
        "es": "Identificador del indicador"},
    "wb.col.Frequency": {"en": "Frequency", "fr": "Fréquence", "es": "Frecuencia"},
    "wb.col.Responsible institution": {"en": "Responsible institution", "fr": "Institution responsable",
        "es": "Institución responsable"},
    "wb.col.Disbursement-linked partner": {"en": "Partner whose disbursement it releases",
        "fr": "Partenaire dont il déclenche le décaissement", "es": "Socio cuyo desembolso libera"},
    "wb.col.Amount released": {"en": "Amount released", "fr": "Montant décaissé", "es": "Monto desembolsado"},
    "wb.col.Cost line": {"en": "Cost line", "fr": "Ligne de coût", "es": "Partida de costo"},
    "wb.col.Package": {"en": "Package", "fr": "Marché", "es": "Paquete"},
    "wb.col.Method": {"en": "Method", "fr": "Méthode", "es": "Método"},
    "wb.col.Estimated cost": {"en": "Estimated cost", "fr": "Coût estimatif", "es": "Costo estimado"},
    "wb.col.Planned start": {"en": "Planned start", "fr": "Début prévu", "es": "Inicio previsto"},
    "wb.col.Planned end": {"en": "Planned end", "fr": "Fin prévue", "es": "Finalización prevista"},
    "wb.col.Prior or post review": {"en": "Prior or post review", "fr": "Examen préalable ou a posteriori",
        "es": "Revisión previa o posterior"},
    # what ``actions request`` prints of the donors' structures, a line each
    "cli.request.risk": {
        "en": "Risk: {risk} (likelihood: {likelihood}, impact: {impact}); mitigation: {mitigation}; owner: {owner}",
        "fr": "Risque\u00a0: {risk} (probabilité\u00a0: {likelihood}, incidence\u00a0: {impact})\u00a0; atténuation\u00a0: "
              "{mitigation}\u00a0; responsable\u00a0: {owner}",
        "es": "Riesgo: {risk} (probabilidad: {likelihood}, incidencia: {impact}); mitigación: {mitigation}; "
              "responsable: {owner}"},
    "cli.request.indicator": {
        "en": "Indicator {indicator} — frequency: {frequency}; responsible: {who}",
        "fr": "Indicateur {indicator} — fréquence\u00a0: {frequency}\u00a0; responsable\u00a0: {who}",
        "es": "Indicador {indicator} — frecuencia: {frequency}; responsable: {who}"},
    "cli.request.dli": {
        "en": "; releases {amount} of {partner}'s funding when its target is met",
        "fr": "\u00a0; déclenche le décaissement de {amount} du financement de {partner} lorsque sa cible est atteinte",
        "es": "; libera {amount} de la financiación de {partner} cuando se alcanza su meta"},
    "cli.request.package": {
        "en": "Package: {description} — {method}; {amount}; {start} to {end}; {review} review",
        "fr": "Marché\u00a0: {description} — {method}\u00a0; {amount}\u00a0; du {start} au {end}\u00a0; examen {review}",
        "es": "Paquete: {description} — {method}; {amount}; del {start} al {end}; revisión {review}"},
    "wb.level.low": {"en": "low", "fr": "faible", "es": "bajo"},
    "wb.level.medium": {"en": "medium", "fr": "moyen", "es": "medio"},
    "wb.level.high": {"en": "high", "fr": "élevé", "es": "alto"},
    "wb.freq.monthly": {"en": "monthly", "fr": "mensuelle", "es": "mensual"},
    "wb.freq.quarterly": {"en": "quarterly", "fr": "trimestrielle", "es": "trimestral"},
    "wb.freq.semi_annual": {"en": "twice a year", "fr": "semestrielle", "es": "semestral"},
    "wb.freq.annual": {"en": "yearly", "fr": "annuelle", "es": "anual"},
    "wb.freq.biennial": {"en": "every two years", "fr": "tous les deux ans", "es": "cada dos años"},
    "wb.freq.mid_and_end": {"en": "at mid-term and at the end", "fr": "à mi-parcours et en fin de plan",
        "es": "a mitad de período y al final"},
    "wb.method.rfb": {"en": "Request for Bids (RFB)", "fr": "Appel d'offres (AO)", "es": "Solicitud de Ofertas (SDO)"},
    "wb.method.rfp": {"en": "Request for Proposals (RFP)", "fr": "Demande de propositions (DP)",
        "es": "Solicitud de Propuestas (SDP)"},
    "wb.method.rfq": {"en": "Request for Quotations (RFQ)", "fr": "Demande de prix (DPX)",
        "es": "Solicitud de Cotizaciones (SDC)"},
    "wb.method.qcbs": {"en": "Quality- and Cost-Based Selection (QCBS)",
        "fr": "Sélection fondée sur la qualité et le coût (SFQC)", "es": "Selección Basada en la Calidad y el Costo (SBCC)"},
    "wb.method.qbs": {"en": "Quality-Based Selection (QBS)", "fr": "Sélection fondée sur la qualité (SFQ)",
        "es": "Selección Basada en la Calidad (SBC)"},
    "wb.method.fbs": {"en": "Fixed-Budget Selection (FBS)", "fr": "Sélection dans le cadre d'un budget déterminé (SCBD)",
        "es": "Selección Basada en un Presupuesto Fijo (SBPF)"},
    "wb.method.lcs": {"en": "Least-Cost Selection (LCS)", "fr": "Sélection au moindre coût (SMC)",
        "es": "Selección Basada en el Menor Costo (SBMC)"},
    "wb.method.cqs": {"en": "Selection Based on the Consultants' Qualifications (CQS)",
        "fr": "Sélection fondée sur les qualifications des consultants (SQC)",
        "es": "Selección Basada en las Calificaciones de los Consultores (SCC)"},
    "wb.method.individual": {"en": "Individual consultant", "fr": "Consultant individuel", "es": "Consultor individual"},
    "wb.method.direct": {"en": "Direct selection", "fr": "Sélection directe", "es": "Selección directa"},
    "wb.review.prior": {"en": "prior", "fr": "préalable", "es": "previa"},
    "wb.review.post": {"en": "post", "fr": "a posteriori", "es": "posterior"},
    "wb.col.Implementation modality": {"en": "Implementation modality", "fr": "Modalité de mise en œuvre",
        "es": "Modalidad de ejecución"},
    "wb.col.EU budget line": {"en": "EU budget line", "fr": "Rubrique du budget de l'UE",
        "es": "Partida del presupuesto de la UE"},
    "wb.modality.grants": {"en": "direct management: grants", "fr": "gestion directe : subventions",
        "es": "gestión directa: subvenciones"},
    "wb.modality.procurement": {"en": "direct management: procurement", "fr": "gestion directe : marchés publics",
        "es": "gestión directa: contratación pública"},
    "wb.modality.indirect_entity": {"en": "indirect management with an international organisation",
        "fr": "gestion indirecte avec une organisation internationale",
        "es": "gestión indirecta con una organización internacional"},
    "wb.modality.indirect_country": {"en": "indirect management with the partner country",
        "fr": "gestion indirecte avec le pays partenaire", "es": "gestión indirecta con el país socio"},
    "wb.modality.budget_support": {"en": "budget support", "fr": "appui budgétaire", "es": "apoyo presupuestario"},
    "wb.euline.evaluation": {"en": "evaluation", "fr": "évaluation", "es": "evaluación"},
    "wb.euline.audit": {"en": "audit and expenditure verification", "fr": "audit et vérification des dépenses",
        "es": "auditoría y verificación del gasto"},
    "wb.euline.communication": {"en": "communication and visibility", "fr": "communication et visibilité",
        "es": "comunicación y visibilidad"},
    "wb.euline.contingencies": {"en": "contingencies", "fr": "imprévus", "es": "imprevistos"},
    "wb.euline.indirect_costs": {"en": "indirect costs", "fr": "coûts indirects", "es": "costos indirectos"},
    # the donors' own workbook (services/plan/donor_workbook.py): sheets and headers in the user's language
    "dw.sheet.budget": {"en": "Budget {currency}", "fr": "Budget {currency}", "es": "Presupuesto {currency}"},
    "dw.sheet.logframe": {"en": "Logframe", "fr": "Cadre logique", "es": "Marco lógico"},
    "dw.sheet.risks": {"en": "Risks", "fr": "Risques", "es": "Riesgos"},
    "dw.sheet.framework": {"en": "Results framework", "fr": "Cadre de résultats", "es": "Marco de resultados"},
    "dw.sheet.procurement": {"en": "Procurement plan", "fr": "Plan de passation", "es": "Plan de adquisiciones"},
    "dw.lead.budget": {
        "en": "Indicative budget of {partner} by outcome and implementation modality, in {currency}: the figures of the funding request, each rounded once, every row and column adding up to its total",
        "fr": "Budget indicatif de {partner} par résultat et modalité de mise en œuvre, en {currency} : les montants de la demande de financement, chacun arrondi une seule fois, chaque ligne et chaque colonne égale à son total",
        "es": "Presupuesto indicativo de {partner} por resultado y modalidad de ejecución, en {currency}: los montos de la solicitud de financiación, cada uno redondeado una sola vez, cada fila y cada columna igual a su total"},
    "dw.corner": {"en": "Outcome or budget line", "fr": "Résultat ou rubrique budgétaire", "es": "Resultado o partida presupuestaria"},
    "dw.no_modality": {"en": "Modality not given", "fr": "Modalité non précisée", "es": "Modalidad no indicada"},
    "dw.total": {"en": "Total", "fr": "Total", "es": "Total"},
    "dw.unlinked": {"en": "Actions not linked to an outcome", "fr": "Actions non rattachées à un résultat",
                    "es": "Acciones no vinculadas a un resultado"},
    "dw.outcome": {"en": "Outcome {n}: {outcome}", "fr": "Résultat {n} : {outcome}", "es": "Resultado {n}: {outcome}"},
    "dw.level": {"en": "Level", "fr": "Niveau", "es": "Nivel"},
    "dw.results_chain": {"en": "Results chain", "fr": "Chaîne des résultats", "es": "Cadena de resultados"},
    "dw.target": {"en": "Target", "fr": "Cible", "es": "Meta"},
    "dw.target_year": {"en": "Target year", "fr": "Année de la cible", "es": "Año de la meta"},
    "dw.sources": {"en": "Sources of data", "fr": "Sources des données", "es": "Fuentes de datos"},
    "dw.assumptions": {"en": "Assumptions", "fr": "Hypothèses", "es": "Supuestos"},
    "dw.lv_impact": {"en": "Impact (overall objective)", "fr": "Impact (objectif global)", "es": "Impacto (objetivo general)"},
    "dw.lv_outcome": {"en": "Outcome {n}", "fr": "Résultat {n}", "es": "Resultado {n}"},
    "dw.lv_output": {"en": "Output", "fr": "Produit", "es": "Producto"},
    "dw.pdo": {"en": "Development objective indicator", "fr": "Indicateur de l'objectif de développement",
               "es": "Indicador del objetivo de desarrollo"},
    "dw.intermediate": {"en": "Intermediate results indicator", "fr": "Indicateur de résultat intermédiaire",
                        "es": "Indicador de resultados intermedios"},
    "dw.end_target": {"en": "End target", "fr": "Cible finale", "es": "Meta final"},
    "dw.data_source": {"en": "Data source", "fr": "Source des données", "es": "Fuente de datos"},
    "dw.reference": {"en": "Reference", "fr": "Référence", "es": "Referencia"},
    "dw.whole_plan": {"en": "the whole plan", "fr": "l'ensemble du plan", "es": "todo el plan"},
    "cli.donors.no_partner": {
        "en": "no line of the plan is funded by {partner}; the partners are: {partners}",
        "fr": "aucune ligne du plan n'est financée par {partner} ; les partenaires sont : {partners}",
        "es": "ninguna partida del plan está financiada por {partner}; los socios son: {partners}"},
    "cli.donors.workbook_written": {
        "en": "{file}: the tables for {partner}, to paste into its templates",
        "fr": "{file} : les tableaux destinés à {partner}, à coller dans ses modèles",
        "es": "{file}: los cuadros para {partner}, para pegar en sus plantillas"},
    "wb.totals.category": {"en": "Cost category", "fr": "Catégorie de coûts",
        "es": "Categoría de costos"},
    "wb.totals.year_category": {"en": "Year and cost category", "fr": "Année et catégorie de coûts",
        "es": "Año y categoría de costos"},
    "wb.totals.year_source": {"en": "Year and funding source", "fr": "Année et source de financement",
        "es": "Año y fuente de financiación"},
    "wb.totals.no_category": {"en": "Category not given", "fr": "Catégorie non précisée",
        "es": "Categoría no indicada"},
}


def text(key: str, lang: str = "en", **params: object) -> str:
    """The sentence ``key`` in ``lang`` (English while its translation is missing: the tests list
    those), with ``params`` filled in."""
    entry = TEXTS[key]
    template = entry.get(lang) or catalogue(lang).get(key, {}).get(lang) or entry["en"]
    return fill(template, **params) if params else template

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from resources/i18n/window.es.yaml by tools/translations.py release: edit the catalogue, not this file. -->
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface</source>
        <translation>interfaz de usuario</translation>
    </message>
    <message>
        <source>language runtime</source>
        <translation>entorno de ejecución del lenguaje</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>informes PDF</translation>
    </message>
    <message>
        <source>report templates</source>
        <translation>plantillas de informe</translation>
    </message>
    <message>
        <source>Excel workbooks (writing)</source>
        <translation>libros de Excel (escritura)</translation>
    </message>
    <message>
        <source>report charts</source>
        <translation>gráficos del informe</translation>
    </message>
    <message>
        <source>questionnaire files</source>
        <translation>archivos del cuestionario</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>fechas y números en los idiomas de la aplicación (%1)</translation>
    </message>
    <message>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>nombres y códigos de países y regiones en los seis idiomas oficiales de las Naciones Unidas, monedas, listas de PMA, PDSL y PEID (resources/data/m49.SOURCE.md)</translation>
    </message>
    <message>
        <source>the report&apos;s font</source>
        <translation>la fuente del informe</translation>
    </message>
    <message>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>el árabe, el chino, el japonés y el coreano en los informes y la ventana</translation>
    </message>
    <message>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1: traducción revisada por %2, %3</translation>
    </message>
    <message>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1: primera traducción, pendiente de revisión por un traductor de las Naciones Unidas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Evaluación de la capacidad en estadísticas de migración</translation>
    </message>
    <message>
        <source>Version %s</source>
        <translation>Versión %s</translation>
    </message>
    <message>
        <source>Questionnaire version %s</source>
        <translation>Versión del cuestionario %s</translation>
    </message>
    <message>
        <source>Data folder: %s</source>
        <translation>Carpeta de datos: %s</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Base de datos: %s</translation>
    </message>
    <message>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>Basada en el conjunto de herramientas de la DENU para evaluar la capacidad nacional en estadísticas de migración (2018). Funciona sin conexión: nunca usa la red.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>What the application ships, and under which licence</source>
        <translation>Lo que incluye la aplicación y con qué licencia</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>What the earlier plan achieved</source>
        <translation>Lo que logró el plan anterior</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>Las acciones del plan anterior y las brechas a las que apuntaban</translation>
    </message>
    <message>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>El plan de la ronda %1: el resultado de cada acción y, debajo, las brechas a las que apuntaba, con su brecha antes y ahora (0: ninguna; 3: la mayor).</translation>
    </message>
    <message>
        <source>no progress report</source>
        <translation>sin informe de avance</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>acción %s</translation>
    </message>
    <message>
        <source>removing action %s</source>
        <translation>eliminación de la acción %s</translation>
    </message>
    <message>
        <source>new action %s</source>
        <translation>nueva acción %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Currenc&amp;y…</source>
        <translation>Moneda y cam&amp;bio…</translation>
    </message>
    <message>
        <source>Re&amp;sults chain…</source>
        <translation>Cadena de re&amp;sultados…</translation>
    </message>
    <message>
        <source>Fund&amp;ing request…</source>
        <translation>S&amp;olicitud de financiación…</translation>
    </message>
    <message>
        <source>Funding request f&amp;or a partner…</source>
        <translation>Solicitud de financiación para un asocia&amp;do…</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>Se&amp;guimiento…</translation>
    </message>
    <message>
        <source>Earlier p&amp;lan…</source>
        <translation>Plan anter&amp;ior…</translation>
    </message>
    <message>
        <source>Priority action (plan at a glance)</source>
        <translation>Elegida como acción prioritaria (el plan en síntesis)</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>A&amp;ñadir acción</translation>
    </message>
    <message>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>Añadir una acción manualmente (Insert en la tabla)</translation>
    </message>
    <message>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>Añadir una acción por cada recomendación de la puntuación que aún no figure en el plan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>Ctrl+Mayús+Arriba en la tabla</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Hacia abajo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>Ctrl+Mayús+Abajo en la tabla</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>Eliminar la acción seleccionada (Supr en la tabla)</translation>
    </message>
    <message>
        <source>Attach do&amp;cument…</source>
        <translation>Ane&amp;xar documento…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Acciones del plan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Responsible institutions:</source>
        <translation>Instituciones responsables:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Resources or technical assistance:</source>
        <translation>Recursos o asistencia técnica:</translation>
    </message>
    <message>
        <source>Milestone or indicator of success:</source>
        <translation>Hito o indicador de éxito:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Policy questions:</source>
        <translation>Preguntas de política:</translation>
    </message>
    <message>
        <source>V&amp;alidation…</source>
        <translation>Va&amp;lidación…</translation>
    </message>
    <message>
        <source>Record the v&amp;alidation…</source>
        <translation>Registrar la va&amp;lidación…</translation>
    </message>
    <message>
        <source>Draft from &amp;recommendations</source>
        <translation>P&amp;reparar a partir de las recomendaciones</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Hacia arriba</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Lo que el país hará para cerrar las brechas: quién se encarga de cada acción, en qué plazo, a qué costo y con qué financiación. Prepare las acciones a partir de las recomendaciones, marque las pocas acciones prioritarias, cuantifique su costo y registre la validación por el gobierno. Cada cambio se guarda de inmediato; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>La moneda del plan y sus tipos de cambio respecto del dólar de los Estados Unidos</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>Costos y &amp;financiación…</translation>
    </message>
    <message>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>El costo por año, por institución y por fuente de financiación, y el déficit de financiación</translation>
    </message>
    <message>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>Lo que logró el plan de la ronda anterior, junto a las brechas a las que apuntaba y sus puntuaciones actuales</translation>
    </message>
    <message>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>El seguimiento del plan tras su financiación: estado, motivo y fondos de cada acción por período de informe (nunca modifica el plan validado)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>Una partida de costo: año, monto, fuente de financiación (Insert en la lista)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>Modificar la partida de costo seleccionada (Intro en la lista)</translation>
    </message>
    <message>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>Eliminar la partida de costo seleccionada (Supr en la lista)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Cost lines of the action</source>
        <translation>Partidas de costo de la acción</translation>
    </message>
    <message>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>Una de las pocas acciones elegidas por el gobierno: %d como máximo, presentadas en la página «El plan en síntesis» del informe</translation>
    </message>
    <message>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>por ejemplo ENDE 2025-2029, objetivo 3.2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>Ob&amp;jetivo de la estrategia nacional (ENDE):</translation>
    </message>
    <message>
        <source>Results framework: indicator:</source>
        <translation>Marco de resultados: indicador:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Línea de base:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Valor meta:</translation>
    </message>
    <message>
        <source>Means of verification:</source>
        <translation>Medios de verificación:</translation>
    </message>
    <message>
        <source>Risks and assumptions:</source>
        <translation>Riesgos y supuestos:</translation>
    </message>
    <message>
        <source>Cost lines:</source>
        <translation>Partidas de costo:</translation>
    </message>
    <message>
        <source>SDG target:</source>
        <translation>Meta de los ODS:</translation>
    </message>
    <message>
        <source>e.g. 17.18</source>
        <translation>p. ej., 17.18</translation>
    </message>
    <message>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>La meta de los ODS a la que sirve la acción: objetivo, un punto, número o letra de la meta</translation>
    </message>
    <message>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>El valor actual del indicador, con su año</translation>
    </message>
    <message>
        <source>The value to reach, with its year</source>
        <translation>El valor que se debe alcanzar, con su año</translation>
    </message>
    <message>
        <source>end:</source>
        <translation>fin:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>Una institución por línea</translation>
    </message>
    <message>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>Un trimestre (%1) o una fecha (%2)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Letters, e.g. A, C</source>
        <translation>Letras, por ejemplo A, C</translation>
    </message>
    <message>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>Aún no hay acciones: prepárelas a partir de las recomendaciones, o añada una.</translation>
    </message>
    <message>
        <source>Add from the assessment:</source>
        <translation>Añadir desde la evaluación:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Depende de:</translation>
    </message>
    <message>
        <source>(choose an institution)</source>
        <translation>(elegir una institución)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>what is to be done</source>
        <translation>lo que debe hacerse</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>instituciones responsables</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>results framework</source>
        <translation>marco de resultados</translation>
    </message>
    <message>
        <source>risks and assumptions</source>
        <translation>riesgos y supuestos</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>meta de los ODS</translation>
    </message>
    <message>
        <source>dependencies on other actions</source>
        <translation>dependencias de otras acciones</translation>
    </message>
    <message>
        <source>cost categories</source>
        <translation>categorías de costos</translation>
    </message>
    <message>
        <source>cost bases</source>
        <translation>bases de cálculo de los costos</translation>
    </message>
    <message>
        <source>sustainability</source>
        <translation>sostenibilidad</translation>
    </message>
    <message>
        <source>Added after the validation</source>
        <translation>Añadida después de la validación</translation>
    </message>
    <message>
        <source>Changed after the validation: %s</source>
        <translation>Modificada después de la validación: %s</translation>
    </message>
    <message>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>Plan propuesto: aún no validado. Cuando el gobierno lo haya aprobado, registre la validación.</translation>
    </message>
    <message>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>Validado el %1 (%2), aprobado por %3, %4.</translation>
    </message>
    <message>
        <source>Changed since (✎): %s.</source>
        <translation>Modificadas desde entonces (✎): %s.</translation>
    </message>
    <message>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>Acciones prioritarias: %1 de %2 como máximo.</translation>
    </message>
    <message>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>Fecha, evento, instituciones presentes, aprobación (nombre y cargo)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Plan currency: %s.</source>
        <translation>Moneda del plan: %s.</translation>
    </message>
    <message>
        <source>Drafted from the recommendation %s.</source>
        <translation>Preparada a partir de la recomendación %s.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Añadida manualmente.</translation>
    </message>
    <message>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>No es un trimestre ni una fecha: «%1». Escriba, por ejemplo, %2 o %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>Todas las recomendaciones de la puntuación ya figuran en el plan.</translation>
    </message>
    <message numerus="yes">
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>preparación de %n acción</numerusform>
            <numerusform>preparación de %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>moving action %s</source>
        <translation>desplazamiento de la acción %s</translation>
    </message>
    <message>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>El objetivo general, los efectos, sus indicadores con metas anuales y el efecto al que contribuye cada acción</translation>
    </message>
    <message>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>Quién compromete la parte del presupuesto nacional y quién firma la solicitud</translation>
    </message>
    <message>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>La solicitud de financiación dirigida a un asociado para el desarrollo, en PDF o Word</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <source>Aggregate country workbooks</source>
        <translation>Consolidar los libros de los países</translation>
    </message>
    <message>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Suelte aquí libros exportados o carpetas, o añádalos:</translation>
    </message>
    <message>
        <source>Workbooks and folders to aggregate</source>
        <translation>Libros y carpetas que se consolidarán</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Comprobar archivos</translation>
    </message>
    <message>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>Leer los archivos sin escribir nada: cuáles se rechazarían, sustituirían o estarían en conflicto, y por qué</translation>
    </message>
    <message>
        <source>Files not used, with the reason</source>
        <translation>Archivos no utilizados, con el motivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>the latest round of each country</source>
        <translation>la ronda más reciente de cada país</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>Solo evaluaciones &amp;definitivas (borradores y evaluaciones en curso excluidos)</translation>
    </message>
    <message>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>el último año informado (un año, 2026, o un semestre, 2026-H1)</translation>
    </message>
    <message>
        <source>Implementation p&amp;eriod:</source>
        <translation>Período de e&amp;jecución:</translation>
    </message>
    <message>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>Lista M49 de las Naciones Unidas (53 países y zonas)</translation>
    </message>
    <message>
        <source>UN-OHRLLS list</source>
        <translation>Lista de la UN-OHRLLS</translation>
    </message>
    <message>
        <source>SIDS &amp;list:</source>
        <translation>&amp;Lista de PEID:</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Etiquetas en:</translation>
    </message>
    <message>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>Escribir también el resumen en &amp;PDF (junto al libro)</translation>
    </message>
    <message>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>Escribir también los archivos para el análisis: CSV con un diccionario de datos, &amp;Stata y SPSS (una carpeta junto al libro)</translation>
    </message>
    <message>
        <source>Output workbook</source>
        <translation>Libro de salida</translation>
    </message>
    <message>
        <source>aggregate.xlsx</source>
        <translation>consolidado.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <source>Checking the workbooks</source>
        <translation>Comprobando los libros</translation>
    </message>
    <message>
        <source>The files could not be checked: %1</source>
        <translation>No se pudieron comprobar los archivos: %1</translation>
    </message>
    <message>
        <source>Tick the assessment to use for this country and round</source>
        <translation>Marque la evaluación que se utilizará para este país y esta ronda</translation>
    </message>
    <message>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>%1 libros utilizados, %2 sustituidos, %3 rechazados, %4 en conflicto; %5 países en los agregados.</translation>
    </message>
    <message>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>Marque un archivo de cada conflicto para utilizarlo y luego vuelva a comprobar o consolide.</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Libros</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of workbooks</source>
        <translation>Carpeta de libros</translation>
    </message>
    <message>
        <source>Add at least one workbook or folder.</source>
        <translation>Añada al menos un libro o una carpeta.</translation>
    </message>
    <message>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>&amp;Incluir las puntuaciones provisionales (sin nivel: completitud inferior al 80 % o sin fecha de referencia válida); los agregados indican cuántas</translation>
    </message>
    <message>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Elija dónde guardar el libro consolidado.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <source>answer %s</source>
        <translation>respuesta %s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived answers</source>
        <translation>Respuestas archivadas</translation>
    </message>
    <message>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>Respuestas a preguntas que esta versión del cuestionario ya no formula: se conservan en la evaluación tal como se dieron, se exportan en la hoja Archived answers del libro y se imprimen en el anexo del informe. No se puntúan.</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Identificador de la pregunta</translation>
    </message>
    <message>
        <source>Asked in version</source>
        <translation>Formulada en la versión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivada el</translation>
    </message>
    <message>
        <source>Archived answers, in the order archived</source>
        <translation>Respuestas archivadas, en el orden en que se archivaron</translation>
    </message>
    <message>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>No hay respuestas archivadas: cada respuesta tiene su pregunta en esta versión del cuestionario.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of %1 %2</source>
        <translation>Detalles de %1 %2</translation>
    </message>
    <message>
        <source>empty: made from the country and round</source>
        <translation>vacío: se forma con el país y la ronda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Ronda (año)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>Las fechas de la misión y las instituciones entrevistadas son las respuestas de la sección S0 (Misión y encuestados): corríjalas allí.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The assessment&apos;s details typed are not saved.</source>
        <translation>Los detalles de la evaluación introducidos no se han guardado.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Detalles guardados.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Última modificación</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>No guardado: %s. Lo que ha introducido se conserva aquí; vuelva a intentarlo cuando se haya resuelto.</translation>
    </message>
    <message>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>la base de datos está dañada (abierta en solo lectura): no se puede cambiar nada hasta restaurar la última copia de seguridad válida</translation>
    </message>
    <message>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>no se puede escribir en la base de datos (está abierta en modo de solo lectura): no se puede modificar nada</translation>
    </message>
    <message>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>esta evaluación fue validada para la Oficina Nacional de Estadística por %1 (%2, %3) el %4: reábrala, indicando un motivo, para modificarla</translation>
    </message>
    <message>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>esta evaluación está finalizada: vuelva a poner su estado en «En curso» para modificarla</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>Borrador: la misión ha comenzado; el informe lleva la mención BORRADOR.</translation>
    </message>
    <message>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>En curso: se recogen y verifican las respuestas; el informe lleva la mención BORRADOR.</translation>
    </message>
    <message>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>Finalizada: las respuestas, los comentarios, las pruebas y el plan de acción son de solo lectura hasta que el estado vuelva a «En curso»; el informe ya no lleva la mención BORRADOR.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Questions listed</source>
        <translation>Preguntas mostradas</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Follow-up or disputed</source>
        <translation>Con seguimiento o impugnadas</translation>
    </message>
    <message>
        <source>Questionnaire navigator</source>
        <translation>Navegador del cuestionario</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Plan de a&amp;cción</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>La evaluación %1 (%2 %3) sigue en el cuestionario %4: no se pudo trasladar al cuestionario %5 aquí (%6).</translation>
    </message>
    <message>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>La evaluación %1 (%2 %3) pasó del cuestionario %4 al %5. Respuestas a preguntas que %5 ya no formula, archivadas (se conservan en la evaluación, se listan en Editar ▸ Respuestas archivadas y se exportan en la hoja Archived answers de su libro): %6 (%7).</translation>
    </message>
    <message>
        <source>Stopped: the assessments not yet moved stay on the earlier questionnaire; the next start of the application moves them.</source>
        <translation>Detenido: las evaluaciones que aún no se han trasladado siguen en el cuestionario anterior; se trasladarán la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Moving assessments to questionnaire %1</source>
        <translation>Traslado de las evaluaciones al cuestionario %1</translation>
    </message>
    <message>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>Evaluaciones trasladadas al cuestionario %1: %2.</translation>
    </message>
    <message>
        <source>Assessments of an earlier questionnaire</source>
        <translation>Evaluaciones de un cuestionario anterior</translation>
    </message>
    <message>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>Las respuestas archivadas a preguntas de un cuestionario anterior están en la hoja Archived answers del libro, no entre sus respuestas: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Variables this question needs: %s</source>
        <translation>Variables que requiere esta pregunta: %s</translation>
    </message>
    <message>
        <source>● main source</source>
        <translation>● fuente principal</translation>
    </message>
    <message>
        <source>○ supporting source</source>
        <translation>○ fuente complementaria</translation>
    </message>
    <message>
        <source>not an expected source (may still be used)</source>
        <translation>fuente no prevista (puede utilizarse de todos modos)</translation>
    </message>
    <message>
        <source>Derived level: %s of 3</source>
        <translation>Nivel calculado: %s de 3</translation>
    </message>
    <message>
        <source>Derived level: shown when scoring is available</source>
        <translation>Nivel calculado: se muestra cuando la puntuación está disponible</translation>
    </message>
    <message>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Nivel calculado: todavía no (responda primero «existe»)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Comentario (quién dijo qué, salvedades, seguimiento)</translation>
    </message>
    <message>
        <source>Comment on %s</source>
        <translation>Comentario sobre %s</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>Evidencias para %s</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Document title, web address or institution</source>
        <translation>Título del documento, dirección web o institución</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Texto de la evidencia</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove selected evidence</source>
        <translation>Quitar la evidencia seleccionada</translation>
    </message>
    <message>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>«%1» aún no está añadida: Intro en su campo o Añadir evidencia la añade.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the two rounds</source>
        <translation>Cambios entre las dos rondas</translation>
    </message>
    <message>
        <source>No change between the two rounds.</source>
        <translation>Ningún cambio entre las dos rondas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>The rounds cannot be compared.</source>
        <translation>No se pueden comparar las rondas.</translation>
    </message>
    <message>
        <source>Compare rounds %1 and %2</source>
        <translation>Comparar las rondas %1 y %2</translation>
    </message>
    <message>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>Ronda %1 (fecha de referencia %2) → ronda %3 (fecha de referencia %4)</translation>
    </message>
    <message>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>Ambas rondas se puntúan ahora con las reglas de puntuación vigentes (versión %s): los cambios provienen solo de las respuestas.</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>Puntuación global: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Round %s</source>
        <translation>Ronda %s</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Mejoras</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>Retrocesos</translation>
    </message>
    <message>
        <source>Section %s</source>
        <translation>Sección %s</translation>
    </message>
    <message>
        <source>Policy question %s</source>
        <translation>Pregunta de política %s</translation>
    </message>
    <message>
        <source>availability %1, gap %2</source>
        <translation>disponibilidad %1, brecha %2</translation>
    </message>
    <message>
        <source>Matrix %1 × %2</source>
        <translation>Matriz %1 × %2</translation>
    </message>
    <message>
        <source>level %s</source>
        <translation>nivel %s</translation>
    </message>
    <message>
        <source>Done since round %s: %s</source>
        <translation>Realizada desde la ronda %s: %s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped since round %s: %s</source>
        <translation>Descartada desde la ronda %s: %s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Late (end passed) since round %s: %s</source>
        <translation>Atrasada (plazo vencido) desde la ronda %s: %s</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>Costo ejecutado frente al costo previsto, en las partidas con gasto registrado</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or ISO code</source>
        <translation>Escriba el nombre de un país o un código ISO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <source>Cross-country view</source>
        <translation>Vista multipaís</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Abrir una carpeta…</translation>
    </message>
    <message>
        <source>No folder open.</source>
        <translation>Ninguna carpeta abierta.</translation>
    </message>
    <message>
        <source>Show countries of</source>
        <translation>Mostrar los países de</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Countries and the availability of data by policy question</source>
        <translation>Países y disponibilidad de datos por pregunta de política</translation>
    </message>
    <message>
        <source>Country detail</source>
        <translation>Detalle del país</translation>
    </message>
    <message>
        <source>Select a country to see its detail.</source>
        <translation>Seleccione un país para ver su detalle.</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>Exportar el &amp;libro…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Folder of country workbooks</source>
        <translation>Carpeta de libros de países</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>Lectura de los libros…</translation>
    </message>
    <message>
        <source>Reading country workbooks</source>
        <translation>Lectura de los libros de países</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Leer con cautela</translation>
    </message>
    <message>
        <source>edited after export</source>
        <translation>editado tras la exportación</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>%1 países; %2 libros utilizados, %3 reemplazados, %4 rechazados, %5 en conflicto.</translation>
    </message>
    <message>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>%1 modificados después de la exportación (puntuaciones recalculadas).</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>%1 (%2), round %3</source>
        <translation>%1 (%2), ronda %3</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>Global: %1 (%2)</translation>
    </message>
    <message>
        <source>Change since the previous round: %1</source>
        <translation>Cambio desde la ronda anterior: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>%1 not final (draft or in progress).</source>
        <translation>%1 no definitiva(s) (borrador o en curso).</translation>
    </message>
    <message>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>Excluidos de todas las cifras (códigos ficticios o de formación): %1.</translation>
    </message>
    <message>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>Las evaluaciones en conflicto quedan fuera; elija una en Archivo ▸ Consolidar libros…</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>Leer con cautela: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>Pregunta de política: necesidad / disponibilidad / brecha / prioridad, tipo de brecha</translation>
    </message>
    <message>
        <source>Consolidated workbook</source>
        <translation>Libro consolidado</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cross-country PDF summary</source>
        <translation>Resumen multipaís en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Writing the cross-country export</source>
        <translation>Escritura de la exportación multipaís</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error de exportación: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Section scores (0–100)</source>
        <translation>Puntuaciones por sección (0–100)</translation>
    </message>
    <message>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Preguntas de política A–O: necesidad, disponibilidad y brecha (0–3)</translation>
    </message>
    <message>
        <source>Ranked gaps and recommended actions</source>
        <translation>Brechas ordenadas y acciones recomendadas</translation>
    </message>
    <message>
        <source>Answers to follow up (Enter opens)</source>
        <translation>Respuestas por revisar (Intro abre)</translation>
    </message>
    <message>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>Respuestas «no aplicable», con sus motivos</translation>
    </message>
    <message>
        <source>Scores are not available</source>
        <translation>Las puntuaciones no están disponibles</translation>
    </message>
    <message>
        <source>The scoring module is not installed in this version.</source>
        <translation>El módulo de puntuación no está instalado en esta versión.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>Avance %1 · fecha de referencia %2 · reglas de puntuación %3</translation>
    </message>
    <message>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>Con la ponderación propia de esta evaluación: %1 sobre 100 (%2); el nivel se basa en la ponderación documentada.</translation>
    </message>
    <message>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>No se registró ninguna respuesta «no aplicable».</translation>
    </message>
    <message>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>«No aplicable» solo se acepta donde el cuestionario lo prevé, por el motivo que indica; las palabras de los interlocutores siguen en cursiva. Nunca aumenta una puntuación.</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>logro rápido</translation>
    </message>
    <message>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>Aún no hay respuestas: las brechas aparecen aquí a medida que se responden las preguntas de política y la matriz (S3).</translation>
    </message>
    <message>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>Aún no se puede establecer ninguna brecha: la matriz (S3) no tiene respuestas.</translation>
    </message>
    <message>
        <source>No gap between needs and availability.</source>
        <translation>No hay brecha entre necesidades y disponibilidad.</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <source>Review: no answer to review yet</source>
        <translation>Revisión: aún no hay respuestas que revisar</translation>
    </message>
    <message>
        <source>Review: %1 of %2 answers validated</source>
        <translation>Revisión: %1 de %2 respuestas validadas</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>requieren seguimiento: %1</translation>
    </message>
    <message>
        <source>disputed: %1</source>
        <translation>impugnadas: %1</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>sin revisar: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>Ronda %1: %2 %3 (cifras en gris y marcas en las barras)</translation>
    </message>
    <message>
        <source>C&amp;ompare with round %s…</source>
        <translation>C&amp;omparar con la ronda %s…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD or %s</source>
        <translation>AAAA-MM-DD o %s</translation>
    </message>
    <message>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>Escriba una fecha como 2026-05-15 o %s; F4 abre el calendario.</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>Abrir el calendario (F4)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>«%1» no es una fecha: escríbala como 2026-05-15 o %2.</translation>
    </message>
    <message>
        <source>Give a date between %1 and %2.</source>
        <translation>Indique una fecha entre el %1 y el %2.</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <source>No other action in the plan yet.</source>
        <translation>Todavía no hay otra acción en el plan.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents attached to %s</source>
        <translation>Documentos adjuntos a %s</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Adjuntar documento…</translation>
    </message>
    <message>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>Conservar un archivo con esta respuesta como evidencia (PDF, documentos de oficina, tablas, imágenes; %1 MB como máximo)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Abrir el documento seleccionado</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Quitar el documento seleccionado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Adjuntar documento</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Ningún programa de este equipo abre %1.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save what is entered here again</source>
        <translation>Volver a guardar lo que se ha introducido aquí</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Don&apos;t know: %s</source>
        <translation>No sabe: %s</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Not applicable: %s</source>
        <translation>No aplicable: %s</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>question text, item id or comment</source>
        <translation>texto de la pregunta, identificador o comentario</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Buscar en preguntas, identificadores y comentarios</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 resultado(s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>Respuestas por revisar: «No sabe», luego sin responder, por sección</translation>
    </message>
    <message>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>Nada por revisar: ninguna respuesta «No sabe» y ninguna pregunta sin responder.</translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>Impugnada en la revisión: %n respuesta</numerusform>
            <numerusform>Impugnadas en la revisión: %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>Impugnada en la revisión: %n respuesta</numerusform>
            <numerusform>Impugnadas en la revisión: %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>Requiere seguimiento (revisión): %n respuesta</numerusform>
            <numerusform>Requieren seguimiento (revisión): %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>Requiere seguimiento (revisión): %n respuesta</numerusform>
            <numerusform>Requieren seguimiento (revisión): %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>No sabe: %n respuesta por revisar</numerusform>
            <numerusform>No sabe: %n respuestas por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>No sabe: %n respuesta por revisar</numerusform>
            <numerusform>No sabe: %n respuestas por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>Sin responder todavía: %n pregunta</numerusform>
            <numerusform>Sin responder todavía: %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>Sin responder todavía: %n pregunta</numerusform>
            <numerusform>Sin responder todavía: %n preguntas</numerusform>
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
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Ministry of Finance</source>
        <translation>Ministerio de Finanzas</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Asociado para el desarrollo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>National part &amp;committed by:</source>
        <translation>Parte nacional &amp;comprometida por:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Firma por</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>&amp;Add signatory</source>
        <translation>&amp;Añadir un firmante</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Solicitud de financiación</translation>
    </message>
    <message>
        <source>R&amp;isks</source>
        <translation>&amp;Riesgos</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <source>&amp;Procurement</source>
        <translation>Adq&amp;uisiciones</translation>
    </message>
    <message>
        <source>The funding request typed is not saved.</source>
        <translation>La solicitud de financiación introducida no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>don&apos;t know</source>
        <translation>no sabe</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>Esta celda no se pregunta: una respuesta anterior de su fila (por ejemplo, «Disponible: no») la excluye.</translation>
    </message>
    <message>
        <source>Cell %s</source>
        <translation>Celda %s</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>The help page could not be read: %s</source>
        <translation>No se pudo leer la página de ayuda: %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the answer</source>
        <translation>Historial de la respuesta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Versions of the answer, newest first</source>
        <translation>Versiones de la respuesta, la más reciente primero</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Restablecer este valor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>persona desconocida</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>Ronda si&amp;guiente…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar libro…</translation>
    </message>
    <message>
        <source>Show t&amp;rash</source>
        <translation>Mostrar pape&amp;lera</translation>
    </message>
    <message>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>La papelera está vacía: una evaluación enviada a la papelera puede restaurarse desde aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>Papelera: %n evaluación; restáurela para seguir trabajando en ella.</numerusform>
            <numerusform>Papelera: %n evaluaciones; restaure una para seguir trabajando en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>Papelera: %n evaluación; restáurela para seguir trabajando en ella.</numerusform>
            <numerusform>Papelera: %n evaluaciones; restaure una para seguir trabajando en ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>Todavía no hay evaluaciones. Pulse Ctrl+N (Nueva…) para crear la primera, o Ctrl+I para importar un libro enviado por un colega.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n evaluación. Intro o doble clic para abrirla.</numerusform>
            <numerusform>%n evaluaciones. Intro o doble clic para abrir una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n evaluación. Intro o doble clic para abrirla.</numerusform>
            <numerusform>%n evaluaciones. Intro o doble clic para abrir una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation>Importar %s</translation>
    </message>
    <message>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Una nueva evaluación: %1 %2, %3 respuestas.</translation>
    </message>
    <message>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Actualiza la evaluación existente %1 %2 (id %3).</translation>
    </message>
    <message>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>Esta evaluación está finalizada (solo lectura). Al importar se reabre: su estado vuelve a «En curso».</translation>
    </message>
    <message>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>Celdas del libro modificadas fuera de la aplicación: %1 (señaladas abajo).</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>Advertencia: %s</translation>
    </message>
    <message>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>Respuestas modificadas aquí desde que se exportó este libro: %1. Se conservan tal como están aquí, salvo que marque su casilla en la columna «En el libro».</translation>
    </message>
    <message>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>&amp;Conservar nuestros valores en todos los conflictos</translation>
    </message>
    <message>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>&amp;Tomar sus valores en todos los conflictos</translation>
    </message>
    <message>
        <source>&amp;Keep all newer answers</source>
        <translation>&amp;Conservar todas las respuestas más recientes</translation>
    </message>
    <message>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>Usar los valores del &amp;libro para todas</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Cambios que haría la importación</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>En esta base de datos</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>En el libro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No change: the workbook matches this database.</source>
        <translation>Ningún cambio: el libro coincide con esta base de datos.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reopen and import</source>
        <translation>Reabrir e importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>Datos de la evaluación</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>persona desconocida</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>conflicto: modificada aquí y en el libro desde la versión común</translation>
    </message>
    <message>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>modificada aquí desde que se exportó este libro (%s)</translation>
    </message>
    <message>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>Respuestas modificadas tanto aquí como en el libro desde la versión común (conflictos): %1. Bajo cada valor, quién la modificó y cuándo. Cada una se conserva tal como está aquí, salvo que marque su casilla en la columna «En el libro».</translation>
    </message>
    <message>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>Conservar &amp;ambos en todos los conflictos de comentario y evidencias</translation>
    </message>
    <message>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>Conservar ambos (combinados, cada uno con su autor y hora)</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>modificada por %1</translation>
    </message>
    <message>
        <source>edited outside the application</source>
        <translation>modificada fuera de la aplicación</translation>
    </message>
    <message>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>La evaluación está en la papelera: la importación la restaura.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Order of the actions</source>
        <translation>Orden de las acciones</translation>
    </message>
    <message>
        <source>Currency and exchange rates of the plan</source>
        <translation>Moneda y tipos de cambio del plan</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>Validación del plan</translation>
    </message>
    <message>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>Respuestas archivadas que la importación añade (preguntas que esta versión del cuestionario ya no formula): %1 (indicadas abajo).</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>Respuestas archivadas</translation>
    </message>
    <message>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>respuesta archivada, formulada por la versión %1 del cuestionario</translation>
    </message>
    <message>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>respuesta archivada (no consta la versión que la formuló)</translation>
    </message>
    <message>
        <source>(not validated)</source>
        <translation>(no validado)</translation>
    </message>
    <message>
        <source>New action: %s</source>
        <translation>Nueva acción: %s</translation>
    </message>
    <message>
        <source>Action removed: %s</source>
        <translation>Acción eliminada: %s</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>policy questions</source>
        <translation>preguntas de política</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>instituciones responsables</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority action</source>
        <translation>acción prioritaria</translation>
    </message>
    <message>
        <source>strategy objective</source>
        <translation>objetivo de la estrategia</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>costos</translation>
    </message>
    <message>
        <source>Action “%1” — %2</source>
        <translation>Acción «%1» — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>Aceptar las firmas sin verificación que contiene este libro</translation>
    </message>
    <message>
        <source>Validation for the national statistics office</source>
        <translation>Validación para la Oficina Nacional de Estadística</translation>
    </message>
    <message>
        <source>Reviews signed off by the supervisor</source>
        <translation>Revisiones aprobadas por el supervisor</translation>
    </message>
    <message>
        <source>its check holds</source>
        <translation>su verificación es válida</translation>
    </message>
    <message>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>sin verificación (un libro escrito antes de que las firmas la incluyeran): solo se incorpora si la acepta más abajo</translation>
    </message>
    <message>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>rechazada: no coincide con su verificación (modificada fuera de la aplicación); no se puede importar nada de este libro</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Disbursement-linked: partner</source>
        <translation>Vinculado a desembolsos: socio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Send questions to institutions</source>
        <translation>Enviar las preguntas a las instituciones</translation>
    </message>
    <message>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>Cada institución recibe un libro solo con sus preguntas, en el idioma elegido abajo, con lo que la misión ya sabe completado. Su respuesta, importada con Importar libro…, se convierte en propuestas: ninguna respuesta cambia hasta que usted las acepte.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>Responder antes del (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Contact for questions</source>
        <translation>Contacto para consultas</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>Language of the workbooks:</source>
        <translation>Idioma de los libros:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Write the workbooks</source>
        <translation>E&amp;scribir los libros</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Carpeta de los libros</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>Elija al menos una institución.</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2</source>
        <translation>%1 libros escritos en %2</translation>
    </message>
    <message>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>Escribiendo los libros de las instituciones</translation>
    </message>
    <message>
        <source>The workbooks were not written: %1</source>
        <translation>No se escribieron los libros: %1</translation>
    </message>
    <message>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>Cancelado: los libros ya escritos quedan en la carpeta.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Respuesta actual</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Persona que respondió</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Institutions&apos; proposals</source>
        <translation>Propuestas de las instituciones</translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>Los valores que las instituciones propusieron en sus respuestas. Ninguno cambia una respuesta hasta que usted lo acepte; las propuestas de instituciones que discrepan se muestran juntas y marcadas.</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show those decided</source>
        <translation>Mostrar las ya decididas</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Modificar y aceptar…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Accept all of this &amp;institution</source>
        <translation>Aceptar todo de esta &amp;institución</translation>
    </message>
    <message>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>Todas las propuestas pendientes de la institución elegida arriba, de una vez (se rechaza mientras otra institución proponga otra cosa)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Another institution proposes something else for this answer</source>
        <translation>Otra institución propone otra cosa para esta respuesta</translation>
    </message>
    <message>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>Pendientes: %1. Respuestas en las que las instituciones discrepan: %2.</translation>
    </message>
    <message>
        <source>Edit and accept</source>
        <translation>Modificar y aceptar</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>no sabe</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Escriba o pulse F2 para editar una celda; Supr la borra; el menú contextual (Mayús+F10) la marca como «no sabe».</translation>
    </message>
    <message>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>Responder a la fila actual en un formulario (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Open the policy question × source matrix</source>
        <translation>Abrir la matriz preguntas de política × fuentes</translation>
    </message>
    <message>
        <source>Show comment and evidence</source>
        <translation>Mostrar el comentario y las evidencias</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>Cada versión de esta respuesta: quién la dio, cuándo; restablecer una</translation>
    </message>
    <message>
        <source>Review of “%s”:</source>
        <translation>Revisión de «%s»:</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment and evidence</source>
        <translation>Comentario y evidencias</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>Propuesto por las instituciones: %n…</numerusform>
            <numerusform>Propuesto por las instituciones: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>Valores que las instituciones propusieron en sus respuestas: acéptelos, modifíquelos o recháselos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Migration data capacity assessment</source>
        <translation>Evaluación de la capacidad en datos migratorios</translation>
    </message>
    <message>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>No se puede escribir en esta base de datos (%1: carpeta o unidad de solo lectura), por lo que está abierta en modo de solo lectura. Puede consultar todas las evaluaciones, exportar los libros y los informes PDF, y trasladar la carpeta de datos (Archivo ▸ Preferencias ▸ Carpeta de datos, aplicado en el próximo inicio).</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>La base de datos %1 está dañada (%2), por lo que está abierta en solo lectura: ya no se escribe nada en ella. Puede seguir leyendo todas las evaluaciones y exportando libros e informes. Para repararla, restaure la última copia de seguridad válida: reinicie la aplicación, que la ofrece, o ejecute capacity-app --db &quot;%1&quot; check --restore (el archivo dañado se conserva a su lado).</translation>
    </message>
    <message>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>La base de datos está dañada: ahora está abierta en solo lectura.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Try saving again</source>
        <translation>&amp;Volver a intentar guardar</translation>
    </message>
    <message>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>Volver a guardar lo que no se pudo guardar (se conserva en su campo)</translation>
    </message>
    <message>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>Los cambios que no se pudieron guardar al cerrarse la aplicación la última vez están en %1: vuelva a introducirlos.</translation>
    </message>
    <message>
        <source>Loading the questionnaire</source>
        <translation>Cargando el cuestionario</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar libro…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exportar libro…</translation>
    </message>
    <message>
        <source>S&amp;how the trash</source>
        <translation>&amp;Mostrar la papelera</translation>
    </message>
    <message>
        <source>Ne&amp;xt round…</source>
        <translation>Ronda si&amp;guiente…</translation>
    </message>
    <message>
        <source>PD&amp;F report…</source>
        <translation>Informe P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Aggregate workbooks…</source>
        <translation>&amp;Consolidar libros…</translation>
    </message>
    <message>
        <source>Cross-country &amp;view…</source>
        <translation>Vis&amp;ta multipaís…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>Cerrar la e&amp;valuación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>Deta&amp;lles de la evaluación…</translation>
    </message>
    <message>
        <source>Export assessment pac&amp;kage…</source>
        <translation>Exportar pa&amp;quete de evaluación…</translation>
    </message>
    <message>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>Formularios para ODK y &amp;Kobo…</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Guardar como documento &amp;Word…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Next un&amp;answered</source>
        <translation>Siguiente sin res&amp;puesta</translation>
    </message>
    <message>
        <source>Previous unans&amp;wered</source>
        <translation>Anterior sin respues&amp;ta</translation>
    </message>
    <message>
        <source>Re&amp;view this answer</source>
        <translation>Re&amp;visar esta respuesta</translation>
    </message>
    <message>
        <source>Answer &amp;history…</source>
        <translation>&amp;Historial de la respuesta…</translation>
    </message>
    <message>
        <source>Ar&amp;chived answers…</source>
        <translation>Respuestas ar&amp;chivadas…</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>Sig&amp;uiente respuesta no revisada</translation>
    </message>
    <message>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>Va&amp;lidar las revisiones de la sección</translation>
    </message>
    <message>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>Aprobar las r&amp;evisiones (supervisor)…</translation>
    </message>
    <message>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>Validar para la &amp;Oficina Nacional de Estadística…</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>Brecha si&amp;guiente</translation>
    </message>
    <message>
        <source>Previ&amp;ous gap</source>
        <translation>Brecha a&amp;nterior</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <source>Focus the na&amp;vigator</source>
        <translation>Ir al na&amp;vegador</translation>
    </message>
    <message>
        <source>Next &amp;language</source>
        <translation>&amp;Siguiente idioma</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Contenido de la ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Evaluaciones &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Idioma del cuestionario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Previous unanswered</source>
        <translation>Ant. sin respuesta</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translation>Sig. sin respuesta</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <source>Language: </source>
        <translation>Idioma: </translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>Idioma del cuestionario</translation>
    </message>
    <message>
        <source>Interface: </source>
        <translation>Interfaz: </translation>
    </message>
    <message>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>La ventana estará en %1 a partir de su próximo inicio; el idioma del cuestionario se elige al lado.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado a las %s</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>No guardado: %s</translation>
    </message>
    <message>
        <source>No policy question has a gap between need and availability.</source>
        <translation>Ninguna pregunta de política presenta una brecha entre necesidad y disponibilidad.</translation>
    </message>
    <message>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Esa evaluación está en la papelera: restáurela primero.</translation>
    </message>
    <message>
        <source>Last change %s</source>
        <translation>Último cambio: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>%n cambio no se pudo guardar: %1. Sigue en la ventana, marcado «No guardado».</numerusform>
            <numerusform>%n cambios no se pudieron guardar: %1. Siguen en la ventana, marcados «No guardado».</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>¿Cerrar de todos modos y perderlos? Puede copiarlos antes para pegarlos en otro lugar.</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Mantener la ventana abierta</translation>
    </message>
    <message>
        <source>&amp;Copy them and close</source>
        <translation>&amp;Copiar y cerrar</translation>
    </message>
    <message>
        <source>C&amp;lose and lose them</source>
        <translation>C&amp;errar y perderlos</translation>
    </message>
    <message>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Movida a la papelera. Muestre la papelera para restaurarla.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la ca&amp;rpeta</translation>
    </message>
    <message>
        <source>Could not open %s</source>
        <translation>No se pudo abrir %s</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en la operación «%1»: %2</translation>
    </message>
    <message>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>Esta evaluación tiene %n documento adjunto como evidencia. El libro no lleva documentos: un colega que lo reciba no lo tendrá. El paquete de evaluación lleva el libro y el documento.</translation>
    </message>
    <message>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>Esta evaluación tiene %n documentos adjuntos como evidencia. El libro no lleva documentos: un colega que lo reciba no tendrá ninguno. El paquete de evaluación lleva el libro y todos los documentos.</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <source>Export the &amp;package…</source>
        <translation>Exportar el &amp;paquete…</translation>
    </message>
    <message>
        <source>&amp;Workbook only…</source>
        <translation>Solo el &amp;libro…</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed: %s</source>
        <translation>Error al exportar: %s</translation>
    </message>
    <message>
        <source>Exporting the workbook</source>
        <translation>Exportando el libro</translation>
    </message>
    <message>
        <source>Workbook written: %s</source>
        <translation>Libro guardado: %s</translation>
    </message>
    <message>
        <source>Export assessment package</source>
        <translation>Exportar paquete de evaluación</translation>
    </message>
    <message>
        <source>Assessment packages (*.zip)</source>
        <translation>Paquetes de evaluación (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Exportando el paquete</translation>
    </message>
    <message>
        <source>Package written: %s</source>
        <translation>Paquete guardado: %s</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Carpeta de los formularios</translation>
    </message>
    <message>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>Formularios para ODK y Kobo guardados: %s</translation>
    </message>
    <message>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>Escribiendo los formularios para ODK y Kobo</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document</source>
        <translation>Generando el documento de Word</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>Lectura del paquete</translation>
    </message>
    <message>
        <source>Documents attached: %1.</source>
        <translation>Documentos adjuntos: %1.</translation>
    </message>
    <message>
        <source>Importing the workbook</source>
        <translation>Importando el libro</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Superseded (a later export is used):</source>
        <translation>Reemplazados (se usa una exportación posterior):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>Generando el informe PDF</translation>
    </message>
    <message>
        <source>Report written: %s</source>
        <translation>Informe guardado: %s</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Informe cancelado.</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importar libro</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Leyendo el libro</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Libros, paquetes de evaluación y exportaciones de ODK o Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>Exportación de %1 envíos importada: %2 valores propuestos, ninguna respuesta cambiada.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported %s.</source>
        <translation>%s importado.</translation>
    </message>
    <message>
        <source>Aggregating workbooks</source>
        <translation>Consolidando los libros</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>%1 aceptados, %2 rechazados, %3 reemplazados.</translation>
    </message>
    <message>
        <source>Aggregate written: %s</source>
        <translation>Libro consolidado guardado: %s</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Consolidación</translation>
    </message>
    <message>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Este libro no se puede importar. No se modificó nada.</translation>
    </message>
    <message>
        <source>Kept %s answers changed here since the export.</source>
        <translation>Se conservaron %s respuestas modificadas aquí desde la exportación.</translation>
    </message>
    <message>
        <source>Aggregation cancelled.</source>
        <translation>Consolidación cancelada.</translation>
    </message>
    <message>
        <source>Stopping background work…</source>
        <translation>Deteniendo las tareas en segundo plano…</translation>
    </message>
    <message>
        <source>&amp;Send questions to institutions…</source>
        <translation>Enviar preg&amp;untas a las instituciones…</translation>
    </message>
    <message>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>Pr&amp;opuestas de las instituciones…</translation>
    </message>
    <message>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>Respuesta de %1 importada: %2 valores propuestos, ninguna respuesta cambiada.</translation>
    </message>
    <message>
        <source>Funding request for %1</source>
        <translation>Solicitud de financiación al asociado %1</translation>
    </message>
    <message>
        <source>Writing the funding request for %1</source>
        <translation>Generando la solicitud de financiación al asociado %1</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <source>gap</source>
        <translation>brecha</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>por reforzar</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>satisfactorio</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>Secciones: la franja de su puntuación. Preguntas de política: la brecha entre la necesidad y los datos disponibles; sin evaluar mientras ninguna celda de su fila de la matriz tenga respuesta.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>main source</source>
        <translation>fuente principal</translation>
    </message>
    <message>
        <source>supporting source</source>
        <translation>fuente complementaria</translation>
    </message>
    <message>
        <source>not an expected source</source>
        <translation>fuente no prevista</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>no level yet</source>
        <translation>sin nivel todavía</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● fuente principal   ○ fuente complementaria   color y número: nivel calculado de 0 (ninguno) a 3 (adecuado para el fin). Las flechas mueven, Intro edita, Esc vuelve.</translation>
    </message>
    <message>
        <source>Policy question by data source matrix</source>
        <translation>Matriz de preguntas de política por fuente de datos</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Respondidas: %1 de %2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>Policy questions A–O</source>
        <translation>Preguntas de política A–O</translation>
    </message>
    <message>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>Aún sin evaluar: ninguna celda de su fila de la matriz tiene respuesta.</translation>
    </message>
    <message>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Necesidad %1, disponibilidad %2, brecha %3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>brecha %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>omitida</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Round (year)</source>
        <translation>Ronda (año)</translation>
    </message>
    <message>
        <source>optional: made from the country and round</source>
        <translation>opcional: se forma con el país y la ronda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Re&amp;ference date:</source>
        <translation>F&amp;echa de referencia:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Inicio de la misión:</translation>
    </message>
    <message>
        <source>Mission &amp;end:</source>
        <translation>&amp;Fin de la misión:</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Entrevistada</translation>
    </message>
    <message>
        <source>Role of the respondent</source>
        <translation>Cargo de la persona entrevistada</translation>
    </message>
    <message>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>Estos datos son las respuestas de la sección S0 (Misión y personas entrevistadas): corríjalos o complételos allí en cualquier momento.</translation>
    </message>
    <message>
        <source>Institutions interviewed</source>
        <translation>Instituciones entrevistadas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Institutions interviewed:</source>
        <translation>Instituciones entrevistadas:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Next round of %1 %2</source>
        <translation>Ronda siguiente de %1 %2</translation>
    </message>
    <message>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>Una nueva evaluación de %1 parte de la ronda %2.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <source>R&amp;eference date:</source>
        <translation>Fecha de r&amp;eferencia:</translation>
    </message>
    <message>
        <source>Mission &amp;start:</source>
        <translation>&amp;Inicio de la misión:</translation>
    </message>
    <message>
        <source>Mission e&amp;nd:</source>
        <translation>&amp;Fin de la misión:</translation>
    </message>
    <message>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>Co&amp;piar las respuestas de la ronda %s (comentarios y evidencias incluidos) para revisarlas</translation>
    </message>
    <message>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>&amp;Mantener las fechas de referencia y de misión de la ronda %s si no se indica ninguna aquí</translation>
    </message>
    <message>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>También se copian: las instituciones, las ponderaciones de las secciones y el plan de acción. Las fechas que se dejen vacías pueden introducirse más tarde en S0.</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Crear la ronda</translation>
    </message>
    <message>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>Ronda %s creada a partir de la anterior; «Mover a la papelera» la retira.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido/a</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>Su nombre se registra con cada cambio que haga, para que el equipo de la misión sepa quién respondió qué. Puede cambiarlo más tarde en Archivo ▸ Preferencias.</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Skip: ask nothing now</source>
        <translation>Omitir: no preguntar nada ahora</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Asociado:</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document</source>
        <translation>Documento de &amp;Word</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>Ninguna partida de costo del plan nombra todavía a un asociado para el desarrollo: la edición para un asociado le solicita que financie sus partidas.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Funding request for a partner</source>
        <translation>Solicitud de financiación para un asociado</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <source>Report of %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>Lo que el informe de ejecución de %1 imprime con las propias palabras de la unidad de planificación: el resumen antes de las cifras, las decisiones solicitadas al ministro y, junto a cada acción en riesgo o desviada, su medida correctiva.</translation>
    </message>
    <message>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>Resumen de la unidad de &amp;planificación (un párrafo por línea):</translation>
    </message>
    <message>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>&amp;Decisiones solicitadas al ministro, una por línea, en su orden:</translation>
    </message>
    <message>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>&amp;Medidas correctivas de las acciones en riesgo o desviadas:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo señalado</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Medida correctiva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>By (YYYY-MM-DD)</source>
        <translation>Plazo (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The planning unit&apos;s summary</source>
        <translation>Resumen de la unidad de planificación</translation>
    </message>
    <message>
        <source>Decisions asked of the minister</source>
        <translation>Decisiones solicitadas al ministro</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Medidas correctivas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The report of %1 typed is not saved.</source>
        <translation>El informe de %1 escrito no está guardado.</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <source>%n of %1 actions costed.</source>
        <translation>
            <numerusform>%n de %1 acciones con costo.</numerusform>
            <numerusform>%n de %1 acciones con costo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>National budget</source>
        <translation>Presupuesto nacional</translation>
    </message>
    <message>
        <source>Development partner</source>
        <translation>Asociado para el desarrollo</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Otra fuente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultores</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Survey operations</source>
        <translation>Operaciones de encuesta</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>prometido</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>comprometido</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>desembolsado</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Partida de costo</translation>
    </message>
    <message>
        <source>Edit the cost line</source>
        <translation>Modificar la partida de costo</translation>
    </message>
    <message>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>por ejemplo 45000000 o 1250.50</translation>
    </message>
    <message>
        <source>The development partner, or what the other source is</source>
        <translation>El asociado para el desarrollo, o cuál es la otra fuente</translation>
    </message>
    <message>
        <source>Funding &amp;secured</source>
        <translation>Financiación a&amp;segurada</translation>
    </message>
    <message>
        <source>Amount spent, when known</source>
        <translation>Monto gastado, si se conoce</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>Base de cálculo: costo &amp;unitario × cantidad:</translation>
    </message>
    <message>
        <source>Cost ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría de costo:</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>&amp;Fuente de financiación:</translation>
    </message>
    <message>
        <source>&amp;Partner or other source:</source>
        <translation>Asociado u &amp;otra fuente:</translation>
    </message>
    <message>
        <source>Funding sta&amp;ge:</source>
        <translation>Eta&amp;pa del financiamiento:</translation>
    </message>
    <message>
        <source>Amount &amp;executed:</source>
        <translation>Monto &amp;ejecutado:</translation>
    </message>
    <message>
        <source>National budget takes o&amp;ver from:</source>
        <translation>Asum&amp;ido por el presupuesto nacional a partir de:</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>Opcional: el costo de una unidad y el número de unidades; su producto es el monto (se completa si el monto se deja vacío)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(sin precisar)</translation>
    </message>
    <message>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>La financiación comprometida o desembolsada está asegurada; la identificada o prometida no lo está</translation>
    </message>
    <message>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>Costo &amp;recurrente (continúa después de la acción)</translation>
    </message>
    <message>
        <source>(not taken over)</source>
        <translation>(no asumido)</translation>
    </message>
    <message>
        <source>Year the national budget takes it over</source>
        <translation>Año en que lo asume el presupuesto nacional</translation>
    </message>
    <message>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>Monto anual, en la moneda de la partida</translation>
    </message>
    <message>
        <source>Amount a year taken over</source>
        <translation>Monto anual asumido</translation>
    </message>
    <message>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>Cuando termina la financiación del asociado: el año a partir del cual el presupuesto nacional asume este costo recurrente y el monto anual (después del último año financiado por el asociado)</translation>
    </message>
    <message>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1: escriba cifras, con «%2» para los decimales, por ejemplo 45000000 o %3 (sin separadores de miles).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Amount executed</source>
        <translation>Monto ejecutado</translation>
    </message>
    <message>
        <source>Currency and exchange rates</source>
        <translation>Moneda y tipos de cambio</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>ninguna conocida</translation>
    </message>
    <message>
        <source>The country&apos;s (%s)</source>
        <translation>La del país (%s)</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>Moneda del &amp;plan:</translation>
    </message>
    <message>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>Los tipos de cambio dan los equivalentes en dólares de los Estados Unidos: unidades de cada moneda por un dólar, con la fecha del tipo y su fuente (por ejemplo, el tipo de cambio operacional de las Naciones Unidas). F2 modifica una celda.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>&amp;Tipos de cambio:</translation>
    </message>
    <message>
        <source>&amp;Add a rate</source>
        <translation>Aña&amp;dir un tipo</translation>
    </message>
    <message>
        <source>&amp;Remove the rate</source>
        <translation>&amp;Eliminar el tipo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Record the validation</source>
        <translation>Registrar la &amp;validación</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>Fila %d: %s</translation>
    </message>
    <message>
        <source>The cost line typed is not saved.</source>
        <translation>La partida de costo introducida no se ha guardado.</translation>
    </message>
    <message>
        <source>The exchange rates typed are not saved.</source>
        <translation>Los tipos de cambio introducidos no se han guardado.</translation>
    </message>
    <message>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s no es una moneda ISO 4217 de la tabla de países</translation>
    </message>
    <message>
        <source>Validation of the action plan</source>
        <translation>Validación del plan de acción</translation>
    </message>
    <message>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>Registrar que el gobierno validó el plan tal como está ahora. Una acción modificada después se señala como modificada tras la validación, aquí, en el libro y en el informe.</translation>
    </message>
    <message>
        <source>e.g. National validation workshop, the capital</source>
        <translation>por ejemplo Taller nacional de validación, la capital</translation>
    </message>
    <message>
        <source>One institution per line</source>
        <translation>Una institución por línea</translation>
    </message>
    <message>
        <source>Name of the person who approved the plan</source>
        <translation>Nombre de la persona que aprobó el plan</translation>
    </message>
    <message>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>por ejemplo Director General, Oficina Nacional de Estadística</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Institutions present:</source>
        <translation>&amp;Instituciones presentes:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Apro&amp;bado por:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Reason for withdrawing the validation</source>
        <translation>Motivo de la retirada de la validación</translation>
    </message>
    <message>
        <source>&amp;Withdraw the validation</source>
        <translation>&amp;Retirar la validación</translation>
    </message>
    <message>
        <source>The validation typed is not saved.</source>
        <translation>La validación introducida no se ha guardado.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>Indique el motivo de la retirada de la validación.</translation>
    </message>
    <message>
        <source>Cost of the plan and financing gap</source>
        <translation>Costo del plan y déficit de financiación</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>Por &amp;año</translation>
    </message>
    <message>
        <source>By &amp;institution</source>
        <translation>Por &amp;institución</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(aún sin responsable)</translation>
    </message>
    <message>
        <source>By funding &amp;source</source>
        <translation>Por &amp;fuente de financiación</translation>
    </message>
    <message>
        <source>By &amp;currency</source>
        <translation>Por &amp;moneda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Exchange rates: %s.</source>
        <translation>Tipos de cambio: %s.</translation>
    </message>
    <message>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>Sin tipo de cambio: no hay equivalentes en dólares.</translation>
    </message>
    <message>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>Sin tipo para %s: se omiten las cifras en dólares.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>Financing gap</source>
        <translation>Déficit de financiación</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Costo (USD)</translation>
    </message>
    <message>
        <source>Gap (USD)</source>
        <translation>Déficit (USD)</translation>
    </message>
    <message>
        <source>No action is costed yet.</source>
        <translation>Todavía no hay ninguna acción con costo.</translation>
    </message>
    <message>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>Costo total %1; asegurado %2; déficit de financiación %3.</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <source>Availability and gap by policy question</source>
        <translation>Disponibilidad y brecha por pregunta de política</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>brecha</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <source>your name, recorded with every change</source>
        <translation>su nombre, registrado con cada cambio</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>Dónde están la base de datos y sus copias de seguridad (indicado en %s, leído tanto por la ventana como por la línea de comandos).</translation>
    </message>
    <message>
        <source>Default report language</source>
        <translation>Idioma predeterminado de los informes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>the bundled template</source>
        <translation>la plantilla incluida</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>Un documento de Word (.docx) cuyos estilos usa el informe en Word: la plantilla propia de la oficina nacional de estadística.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>Nombre del &amp;operador:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Default &amp;report language:</source>
        <translation>&amp;Idioma predeterminado de los informes:</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Carpeta de copias de &amp;seguridad:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>Plantilla de &amp;Word:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
    <message>
        <source>A new interface language applies from the next start.</source>
        <translation>Un nuevo idioma de la interfaz se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>No se puede escribir en esta base de datos: solo se pueden cambiar la carpeta de datos (para trasladar los datos a un lugar donde se puedan escribir) y el idioma de la interfaz.</translation>
    </message>
    <message>
        <source>The preferences typed are not saved.</source>
        <translation>Las preferencias introducidas no se han guardado.</translation>
    </message>
    <message>
        <source>The database and its backups are in this folder.</source>
        <translation>La base de datos y sus copias de seguridad están en esta carpeta.</translation>
    </message>
    <message>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>En el próximo inicio, la base de datos y sus copias de seguridad se trasladarán a %s.</translation>
    </message>
    <message>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>Ya hay una base de datos en %1: se usará a partir del próximo inicio; la actual se queda en %2.</translation>
    </message>
    <message>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>En el próximo inicio, la base de datos y sus %1 copias de seguridad se trasladarán a %2 (el archivo anterior se conserva, con el nombre «capacity.sqlite3.moved»).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %s</source>
        <translation>Examinar: %s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Add packa&amp;ge</source>
        <translation>Añadir &amp;paquete</translation>
    </message>
    <message>
        <source>Remove pac&amp;kage</source>
        <translation>Quitar paque&amp;te</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing the workbook</source>
        <translation>preparación del libro</translation>
    </message>
    <message>
        <source>writing answers</source>
        <translation>escritura de las respuestas</translation>
    </message>
    <message>
        <source>writing scores</source>
        <translation>escritura de las puntuaciones</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>verificación del archivo</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>lectura de las respuestas</translation>
    </message>
    <message>
        <source>checking values</source>
        <translation>verificación de los valores</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>reading the answers</source>
        <translation>lectura de las respuestas</translation>
    </message>
    <message>
        <source>drawing the charts</source>
        <translation>trazado de los gráficos</translation>
    </message>
    <message>
        <source>drawing the map</source>
        <translation>trazado del mapa</translation>
    </message>
    <message>
        <source>composing the pages</source>
        <translation>composición de las páginas</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>maquetación de las páginas</translation>
    </message>
    <message>
        <source>writing the PDF file</source>
        <translation>escritura del archivo PDF</translation>
    </message>
    <message>
        <source>numbering the pages of the contents</source>
        <translation>numeración de las páginas del índice</translation>
    </message>
    <message>
        <source>writing the Word file</source>
        <translation>escribiendo el archivo de Word</translation>
    </message>
    <message>
        <source>writing the consolidated workbook</source>
        <translation>escritura del libro consolidado</translation>
    </message>
    <message>
        <source>writing the PDF summary</source>
        <translation>escritura del resumen en PDF</translation>
    </message>
    <message>
        <source>writing the analyst files</source>
        <translation>escritura de los archivos para el análisis</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>making the forms</source>
        <translation>preparación de los formularios</translation>
    </message>
    <message>
        <source>writing the form</source>
        <translation>escritura del formulario</translation>
    </message>
    <message>
        <source>checking the form with pyxform</source>
        <translation>verificación del formulario con pyxform</translation>
    </message>
    <message>
        <source>writing the questions</source>
        <translation>escritura de las preguntas</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>lectura de los envíos</translation>
    </message>
    <message>
        <source>reading the repeated rows</source>
        <translation>lectura de las filas repetidas</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leído: %1</translation>
    </message>
    <message>
        <source>reading one file</source>
        <translation>lectura de un archivo</translation>
    </message>
    <message>
        <source>reading %1 files</source>
        <translation>lectura de %1 archivos</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>The progress typed for %1 is not saved.</source>
        <translation>Los avances introducidos para %1 no se han guardado.</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de informe:</translation>
    </message>
    <message>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>Un año, como 2026, o un semestre, como 2026-H1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Partida de costo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>&amp;Money</source>
        <translation>&amp;Fondos</translation>
    </message>
    <message>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>Respuestas de las &amp;instituciones…</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>&amp;Redactar el informe…</translation>
    </message>
    <message>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>El resumen, las decisiones solicitadas al ministro y las medidas correctivas que imprime el informe de ejecución del período</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Each action&apos;s status in the period</source>
        <translation>Estado de cada acción en el período</translation>
    </message>
    <message>
        <source>Money of each cost line in the period</source>
        <translation>Fondos de cada partida de costo en el período</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>La fecha de la medición, escrita AAAA-MM-DD (por ejemplo, 2026-10-15)</translation>
    </message>
    <message>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>Valor medido de cada indicador en el período</translation>
    </message>
    <message>
        <source>Output of action %1</source>
        <translation>Producto de la acción %1</translation>
    </message>
    <message>
        <source>(value of %1)</source>
        <translation>(valor de %1)</translation>
    </message>
    <message>
        <source>(no target this year)</source>
        <translation>(sin meta este año)</translation>
    </message>
    <message>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>indicador %1: escriba el valor medido (un valor registrado se reemplaza, nunca se deja vacío)</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1 según lo previsto, %2 en riesgo, %3 desviadas, %4 sin evaluar</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <source>Progress reported by the institutions</source>
        <translation>Avance comunicado por las instituciones</translation>
    </message>
    <message>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>Cada institución que dirige acciones informa de su avance en un libro de Excel: envíele el libro de un período y reciba después su respuesta. Las filas de la respuesta son propuestas: no se registra nada hasta que acepte una.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de informe:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Send a workbook…</source>
        <translation>&amp;Enviar un libro…</translation>
    </message>
    <message>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>Como formulario &amp;XLSForm para ODK o Kobo</translation>
    </message>
    <message>
        <source>&amp;Receive a reply…</source>
        <translation>&amp;Recibir una respuesta…</translation>
    </message>
    <message>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>Un libro devuelto, o la exportación de KoboToolbox (.xlsx) de los envíos del formulario</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accep&amp;t all</source>
        <translation>Acep&amp;tar todas</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Encuestado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>Propuestas pendientes sobre el avance del plan</translation>
    </message>
    <message>
        <source>(replaces what is recorded)</source>
        <translation>(sustituye lo registrado)</translation>
    </message>
    <message>
        <source>Action %1, %2</source>
        <translation>Acción %1, %2</translation>
    </message>
    <message>
        <source>Indicator %1, %2</source>
        <translation>Indicador %1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>No action names the institution leading it.</source>
        <translation>Ninguna acción indica la institución que la dirige.</translation>
    </message>
    <message>
        <source>Save the progress workbook</source>
        <translation>Guardar el libro de avance</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the progress workbook</source>
        <translation>Escribiendo el libro de avance</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Receive an institution&apos;s reply</source>
        <translation>Recibir la respuesta de una institución</translation>
    </message>
    <message>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Libros y exportaciones de ODK o Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <source>Reading the reply</source>
        <translation>Leyendo la respuesta</translation>
    </message>
    <message>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1 para %2: esta respuesta, completada el %3, es anterior a la del %4 recibida antes: se deja aparte, no se guarda nada.</translation>
    </message>
    <message>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1 para %2: esta respuesta no indica cuándo se completó, a diferencia de la del %3 recibida antes: se deja aparte, no se guarda nada.</translation>
    </message>
    <message>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1 para %2: %3 propuestas, %4 iguales a lo ya registrado.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>%1 respuestas para el período: esta se toma por decisión suya, no por la hora que indica (la recibida antes es del %2).</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>%1 respuestas para el período: esta, del %2, es la más reciente.</translation>
    </message>
    <message>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>%1 respuestas para el período: se toma esta como la última recibida (ninguna fecha que indiquen las distingue).</translation>
    </message>
    <message>
        <source>Reply set aside</source>
        <translation>Respuesta dejada aparte</translation>
    </message>
    <message>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>¿Tomar esta respuesta de todos modos? Sus propuestas sustituyen entonces a las abiertas de la respuesta recibida antes.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %s.</source>
        <translation>Solo lectura: %s.</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <source>Overall objective</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Results chain</source>
        <translation>Cadena de resultados</translation>
    </message>
    <message>
        <source>Overall objective (impact)</source>
        <translation>Objetivo general (impacto)</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>A&amp;ssumptions:</source>
        <translation>&amp;Supuestos:</translation>
    </message>
    <message>
        <source>Outcomes (specific objectives)</source>
        <translation>Efectos (objetivos específicos)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>&amp;Add outcome</source>
        <translation>&amp;Añadir un efecto</translation>
    </message>
    <message>
        <source>&amp;Remove outcome</source>
        <translation>&amp;Quitar el efecto</translation>
    </message>
    <message>
        <source>Add &amp;indicator of</source>
        <translation>Añadir un &amp;indicador de</translation>
    </message>
    <message>
        <source>Remove in&amp;dicator</source>
        <translation>Quitar el in&amp;dicador</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mide</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>Metas (%1)</translation>
    </message>
    <message>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>El efecto al que contribuye cada acción (una acción es un producto)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome it serves</source>
        <translation>Efecto al que contribuye</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(aún sin efecto)</translation>
    </message>
    <message>
        <source>The results chain typed is not saved.</source>
        <translation>La cadena de resultados introducida no se ha guardado.</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nuevo efecto</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>Revisión: ✓ validada, ? requiere seguimiento, ✗ impugnada.</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>marked for follow-up</source>
        <translation>marcada para seguimiento</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>impugnada</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>la respuesta cambió después de ser %1 por %2 el %3</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Note: what is disputed, what to follow up</source>
        <translation>Nota: qué se impugna, qué hay que seguir</translation>
    </message>
    <message>
        <source>Review of this answer: %s</source>
        <translation>Revisión de esta respuesta: %s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Mitigating measure</source>
        <translation>Medida de mitigación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable del riesgo</translation>
    </message>
    <message>
        <source>Add &amp;risk</source>
        <translation>Añadir r&amp;iesgo</translation>
    </message>
    <message>
        <source>Remo&amp;ve risk</source>
        <translation>&amp;Quitar riesgo</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <source>Section scores chart</source>
        <translation>Gráfico de puntuaciones por sección</translation>
    </message>
    <message>
        <source>(round %1: %2)</source>
        <translation>(ronda %1: %2)</translation>
    </message>
    <message>
        <source>Click to open the section.</source>
        <translation>Haga clic para abrir la sección.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>la base de datos está en una carpeta compartida en red, donde SQLite no puede bloquearla de forma segura: cópiela en este equipo y abra la copia</translation>
    </message>
    <message>
        <source>the title is one line (it holds a line break)</source>
        <translation>el título es de una sola línea (contiene un salto de línea)</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>es una carpeta, no un libro</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>la base de datos está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>la base de datos está cerrada</translation>
    </message>
    <message>
        <source>no permission to read the database</source>
        <translation>no hay permiso para leer la base de datos</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>la evaluación %1 (%2) está finalizada: vuelva a poner su estado en «En curso» para modificarla</translation>
    </message>
    <message>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>la evaluación %1 (%2) está finalizada: no se importó nada; vuelva a poner su estado en «En curso» para importar en ella</translation>
    </message>
    <message>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>la ronda debe ser un año entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>clave de respuesta desconocida para el cuestionario %1 %2</translation>
    </message>
    <message>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>la versión %1 del cuestionario no se puede importar: no hay ninguna correspondencia declarada con la versión %2 (assessments/mappings)</translation>
    </message>
    <message>
        <source>the field %1 is missing</source>
        <translation>falta el campo %1</translation>
    </message>
    <message>
        <source>unknown country code %1</source>
        <translation>código de país desconocido: %1</translation>
    </message>
    <message>
        <source>round must be a year, got %1</source>
        <translation>la ronda debe ser un año, no %1</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1 aparece dos veces (filas %2 y %3)</translation>
    </message>
    <message>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>contiene el error de hoja de cálculo %1, no un valor (escriba el valor)</translation>
    </message>
    <message>
        <source>backup folder %1: %2</source>
        <translation>carpeta de copias de seguridad %1: %2</translation>
    </message>
    <message>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>no se puede escribir la copia de seguridad previa a una importación (%1)</translation>
    </message>
    <message>
        <source>cannot write the daily backup (%1)</source>
        <translation>no se puede escribir la copia de seguridad diaria (%1)</translation>
    </message>
    <message>
        <source>cannot write the backup (%1)</source>
        <translation>no se puede escribir la copia de seguridad (%1)</translation>
    </message>
    <message>
        <source>cannot create the lock file (%1)</source>
        <translation>no se puede crear el archivo de bloqueo (%1)</translation>
    </message>
    <message>
        <source>cannot open the database (%1)</source>
        <translation>no se puede abrir la base de datos (%1)</translation>
    </message>
    <message>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>no se pueden adjuntar archivos .%1 (se aceptan: %2)</translation>
    </message>
    <message>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>no se puede adjuntar un archivo sin extensión (se aceptan: %1)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>el archivo ocupa %1 MB; el límite es de %2 MB por documento</translation>
    </message>
    <message>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>los documentos de la evaluación ocuparían %1 MB; el límite es de %2 MB por evaluación</translation>
    </message>
    <message>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>este documento ya está adjunto a %1 (como %2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>el paquete es demasiado grande (%1 MB; el límite es %2 MB)</translation>
    </message>
    <message>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>el paquete está dañado o truncado (zip: %1)</translation>
    </message>
    <message>
        <source>too many members (%1; the limit is %2)</source>
        <translation>demasiados elementos (%1; el límite es %2)</translation>
    </message>
    <message>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>el elemento %1 es una carpeta que contiene datos o tiene un nombre no seguro (un paquete solo contiene archivos)</translation>
    </message>
    <message>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>se rechaza el elemento %1: ruta absoluta o ruta con «\»</translation>
    </message>
    <message>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>se rechaza el elemento %1: ruta con «..», «.» o una parte vacía</translation>
    </message>
    <message>
        <source>member %1 is refused: a control character in its name</source>
        <translation>se rechaza el elemento %1: su nombre contiene un carácter de control</translation>
    </message>
    <message>
        <source>two members are named %1</source>
        <translation>dos elementos se llaman %1</translation>
    </message>
    <message>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>el elemento %1 es una carpeta (un paquete solo contiene archivos)</translation>
    </message>
    <message>
        <source>member %1 is a link or a special file</source>
        <translation>el elemento %1 es un enlace o un archivo especial</translation>
    </message>
    <message>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>el elemento %1 está comprimido %2 veces (límite: %3; posible bomba de descompresión)</translation>
    </message>
    <message>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>el paquete ocuparía %1 MB una vez descomprimido (posible bomba de descompresión)</translation>
    </message>
    <message>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>manifest.json es demasiado grande (%1 MB)</translation>
    </message>
    <message>
        <source>member %1 is not in the manifest</source>
        <translation>el elemento %1 no figura en el manifiesto</translation>
    </message>
    <message>
        <source>member %1 of the manifest is missing</source>
        <translation>falta el elemento %1 del manifiesto</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>el elemento %1 no coincide con el manifiesto (tamaño %2, declarado %3; el límite es %4 MB)</translation>
    </message>
    <message>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>el elemento %1 no coincide con el manifiesto (su SHA-256 es distinto)</translation>
    </message>
    <message>
        <source>the documents take more than %1 MB</source>
        <translation>los documentos ocupan más de %1 MB</translation>
    </message>
    <message>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>no se pudo extraer el elemento %1 (%2)</translation>
    </message>
    <message>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>el manifiesto adjunta un documento que el paquete no contiene (%1)</translation>
    </message>
    <message>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>el documento %1 no está adjunto a nada en el manifiesto</translation>
    </message>
    <message>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>el elemento %1 ocupa más de lo declarado una vez descomprimido (posible bomba de descompresión)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>el paquete está dañado (el elemento %1 es más corto de lo declarado)</translation>
    </message>
    <message>
        <source>the package is damaged (member %1: %2)</source>
        <translation>el paquete está dañado (elemento %1: %2)</translation>
    </message>
    <message>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>el documento guardado %1 no coincide con su SHA-256 (¿base de datos dañada?); no se ha escrito ningún paquete</translation>
    </message>
    <message>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>manifest.json no es válido: versión %1 (esta aplicación lee la versión %2)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>manifest.json no es válido: el elemento %1 no es workbook.xlsx ni documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>manifest.json no es válido: el elemento %1 no lleva el nombre de su SHA-256</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>manifest.json no es válido: el elemento %1 no es de un tipo que pueda adjuntarse</translation>
    </message>
    <message>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>manifest.json no es válido: el elemento %1 es un documento vacío (un documento adjunto nunca está vacío)</translation>
    </message>
    <message>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>manifest.json no es válido: el campo «%1» de un adjunto supera los %2 caracteres</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>manifest.json no es válido: adjunto %1: su hora %2 no es una fecha y hora</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>manifest.json no es válido: el adjunto %1 a %2 figura dos veces</translation>
    </message>
    <message>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>manifest.json no es válido: %1 figura dos veces</translation>
    </message>
    <message>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>manifest.json no es válido: adjunto %1: %2</translation>
    </message>
    <message>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>el año %1 debe estar comprendido entre %2 y %3</translation>
    </message>
    <message>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>el monto %1 tiene decimales: el %2 no tiene</translation>
    </message>
    <message>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>el monto %1 tiene más decimales que el %2 (%3)</translation>
    </message>
    <message>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>el monto ejecutado %1 tiene decimales: el %2 no tiene</translation>
    </message>
    <message>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>el monto ejecutado %1 tiene más decimales que el %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 no es una moneda ISO 4217 de la tabla de países (por ejemplo, XOF, EUR o USD)</translation>
    </message>
    <message>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>la moneda %1 no es un código ISO 4217 (tres letras mayúsculas, por ejemplo, XOF o USD)</translation>
    </message>
    <message>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>el monto %1 es demasiado elevado: los montos son inferiores a 10000000000000 (diez billones)</translation>
    </message>
    <message>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>el monto ejecutado %1 es demasiado elevado: los montos son inferiores a 10000000000000 (diez billones)</translation>
    </message>
    <message>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>el monto %1 tiene %2 decimales: como máximo %3</translation>
    </message>
    <message>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>el monto ejecutado %1 tiene %2 decimales: como máximo %3</translation>
    </message>
    <message>
        <source>the amount %1 has more than %2 digits</source>
        <translation>el monto %1 tiene más de %2 dígitos</translation>
    </message>
    <message>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>el monto ejecutado %1 tiene más de %2 dígitos</translation>
    </message>
    <message>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>el tipo de cambio %1 no es un número: escríbalo con una coma para los decimales, por ejemplo, 605,25</translation>
    </message>
    <message>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>el tipo de cambio debe ser un número mayor que cero, no %1</translation>
    </message>
    <message>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>el tipo de cambio %1 tiene demasiados dígitos: como máximo %2, de ellos %3 decimales</translation>
    </message>
    <message>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>la fecha del tipo de cambio de %1 debe ser una fecha AAAA-MM-DD, no %2</translation>
    </message>
    <message>
        <source>two exchange rates for %1: keep one</source>
        <translation>dos tipos de cambio para %1: conserve uno solo</translation>
    </message>
    <message>
        <source>a plan has at most %1 exchange rates</source>
        <translation>un plan tiene como máximo %1 tipos de cambio</translation>
    </message>
    <message>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>el nombre del financiador supera los %1 caracteres (%2)</translation>
    </message>
    <message>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>la fuente del tipo de cambio supera los %1 caracteres (%2)</translation>
    </message>
    <message>
        <source>cost line %1: %2</source>
        <translation>partida de costo %1: %2</translation>
    </message>
    <message>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>la evaluación tendría %1 MB de texto (respuestas, comentarios, fuentes, plan de acción, notas de revisión), más de lo que admite un libro (%2 MB): acorte los textos más largos o adjunte los documentos largos como archivos</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>el período de informe %1 no es un año, como 2026, ni un semestre, como 2026-H1</translation>
    </message>
    <message>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>el período %1 es anterior al plan, que comienza en %2</translation>
    </message>
    <message>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>el período %1 no ha comenzado (hoy es %2)</translation>
    </message>
    <message>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>el período %1 está fuera de los años del plan (%2–%3)</translation>
    </message>
    <message>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>indique la fecha en que se midió el valor del indicador %1</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>la fecha del valor del indicador %1 no es una fecha AAAA-MM-DD: %2</translation>
    </message>
    <message>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>la fecha del valor del indicador %1 (%2) es posterior a hoy (%3)</translation>
    </message>
    <message>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>el valor del indicador %1 (%2) no es un número: escriba cifras, como 42 o 37,5</translation>
    </message>
    <message>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>la acción %1 tiene avances registrados para %2: permanece en el plan para que sus montos sigan contabilizados; declárela abandonada, con el motivo, o elimine antes sus avances</translation>
    </message>
    <message>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>la partida de costo %1 de la acción %2 (%3, %4) tiene montos registrados para %5: conserva su lugar, su año, su moneda y su financiador (cambie su monto o agregue una partida después de ella)</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>el título tiene más de %1 caracteres (%2): acórtelo</translation>
    </message>
    <message>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>%1 ya tiene una evaluación para la ronda %2 (%4): ábrala o elija otra ronda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>es la base de datos o uno de sus archivos; un archivo así nunca se adjunta como documento</translation>
    </message>
    <message>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>es una copia de seguridad de la base de datos; una copia de seguridad nunca se adjunta como documento</translation>
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
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected assessment (home)</source>
        <translation>Abrir la evaluación seleccionada (inicio)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Mayús+D</translation>
    </message>
    <message>
        <source>Assessment details: title, round, country</source>
        <translation>Detalles de la evaluación: título, ronda, país</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the assessment, back to the list</source>
        <translation>Cerrar la evaluación y volver a la lista</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last answer</source>
        <translation>Deshacer la última respuesta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find in questions, ids and comments</source>
        <translation>Buscar en preguntas, identificadores y comentarios</translation>
    </message>
    <message>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Mayús+F3</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Siguiente pregunta sin respuesta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Mayús+J</translation>
    </message>
    <message>
        <source>Previous unanswered item</source>
        <translation>Pregunta anterior sin respuesta</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>Revisar la respuesta actual (una pregunta, una fila de tabla, una celda de la matriz)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>Historial de la respuesta actual: quién, cuándo, restablecer un valor</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Next answer not reviewed</source>
        <translation>Siguiente respuesta no revisada</translation>
    </message>
    <message>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Preguntas / Matriz / Panel</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Focus the navigator</source>
        <translation>Ir al navegador</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Mayús+L</translation>
    </message>
    <message>
        <source>Next questionnaire language</source>
        <translation>Siguiente idioma del cuestionario</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Abajo / Alt+Arriba</translation>
    </message>
    <message>
        <source>Next / previous section</source>
        <translation>Sección siguiente / anterior</translation>
    </message>
    <message>
        <source>Enter (matrix)</source>
        <translation>Intro (matriz)</translation>
    </message>
    <message>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Editar los campos de la celda actual</translation>
    </message>
    <message>
        <source>Esc (matrix panel)</source>
        <translation>Esc (panel de la matriz)</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>Volver a la cuadrícula</translation>
    </message>
    <message>
        <source>F4 (grid)</source>
        <translation>F4 (cuadrícula)</translation>
    </message>
    <message>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>Abrir la lista o el calendario de una celda</translation>
    </message>
    <message>
        <source>Delete (grid)</source>
        <translation>Supr (cuadrícula)</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>Borrar una celda</translation>
    </message>
    <message>
        <source>Shift+F10 (grid)</source>
        <translation>Mayús+F10 (cuadrícula)</translation>
    </message>
    <message>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>No sabe / no aplicable / borrar</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>Exportar el libro</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help (offline)</source>
        <translation>Ayuda (sin conexión)</translation>
    </message>
    <message>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>Completitud: %1 de las preguntas principales respondidas o no aplicables, ponderadas por sección (el método exige al menos %2).</translation>
    </message>
    <message>
        <source>Open follow-ups: %1.</source>
        <translation>Seguimientos pendientes: %1.</translation>
    </message>
    <message>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>Respuestas sin revisar: %1 de %2.</translation>
    </message>
    <message>
        <source>Disputed answers: %1.</source>
        <translation>Respuestas impugnadas: %1.</translation>
    </message>
    <message>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>Respuestas que citan un documento no adjunto: %1.</translation>
    </message>
    <message>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>La puntuación es provisional: se conoce demasiado poco para asignar un nivel.</translation>
    </message>
    <message>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>El supervisor no ha aprobado las revisiones (Edición ▸ Aprobar las revisiones).</translation>
    </message>
    <message>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>Respuestas revisadas: %1 de %2.</translation>
    </message>
    <message>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>Las revisiones aún no pueden aprobarse: revise primero cada respuesta (F8 va a la siguiente) y resuelva cada seguimiento.</translation>
    </message>
    <message>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>Las revisiones pueden aprobarse. Las respuestas impugnadas y los documentos que faltan se anotan en el historial y se imprimen en la portada del informe.</translation>
    </message>
    <message>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>Revisiones aprobadas por %1 (%2) el %3.</translation>
    </message>
    <message>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>Todavía no puede validarse: primero eleve la completitud hasta el umbral y resuelva cada seguimiento.</translation>
    </message>
    <message>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>Puede validarse. Lo que queda pendiente arriba se registra en el historial de la validación y se imprime bajo la validación en la portada del informe.</translation>
    </message>
    <message>
        <source>It can be validated: nothing stands open.</source>
        <translation>Puede validarse: no queda nada pendiente.</translation>
    </message>
    <message>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>Validada para la Oficina Nacional de Estadística por %1 (%2, %3) el %4.</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>Validate for the national statistics office</source>
        <translation>Validar para la Oficina Nacional de Estadística</translation>
    </message>
    <message>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>Registre quién valida esta evaluación para la Oficina Nacional de Estadística. Pasa a estar finalizada: de solo lectura hasta que se reabra, indicando un motivo. La validación se imprime en la portada del informe y figura en el libro.</translation>
    </message>
    <message>
        <source>e.g. Director-General</source>
        <translation>por ejemplo Director General</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>Indique el nombre, el cargo y la institución de la persona que valida, y la fecha.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Sign off the reviews</source>
        <translation>Aprobar las revisiones</translation>
    </message>
    <message>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>El supervisor de la misión certifica que cada respuesta fue revisada. No es la validación de la Oficina Nacional de Estadística, que viene después. Aquí se nombra al supervisor; el operador del ordenador queda registrado como quien la introdujo.</translation>
    </message>
    <message>
        <source>e.g. Mission supervisor</source>
        <translation>p. ej., supervisor de la misión</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>Indique el nombre y el cargo del supervisor, y la fecha.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Reabrir la evaluación</translation>
    </message>
    <message>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>Reabrir retira la validación: la portada del informe y el libro de trabajo indicarán que se retiró, cuándo, por quién y por qué, y enumerarán las respuestas modificadas después. Podrá validarse de nuevo una vez hechos los cambios.</translation>
    </message>
    <message>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>También retira la aprobación de las revisiones por el supervisor: las revisiones se aprueban de nuevo antes de la próxima validación.</translation>
    </message>
    <message>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>Esta evaluación está finalizada. Indique por qué se reabre: el m&amp;otivo se registra con su nombre y la hora.</translation>
    </message>
    <message>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>Indique por qué se reabre la evaluación: el motivo es obligatorio.</translation>
    </message>
    <message>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>Esta evaluación ya está finalizada: reábrala (Estado), indicando un motivo, para validarla de nuevo.</translation>
    </message>
    <message>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>Esta evaluación es definitiva: las revisiones se aprueban antes de la validación. Reábrala (Estado), con un motivo, para aprobarlas de nuevo.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>{error}

Restore the newest good backup?
{backup}

The damaged file is kept next to it with the suffix .damaged.</source>
        <translation>{error}

¿Restaurar la copia de seguridad válida más reciente?
{backup}

El archivo dañado se conserva a su lado con el sufijo .damaged.</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Status of the assessment</source>
        <translation>Estado de la evaluación</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress of %s</source>
        <translation>Progreso: %s</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Save before going on?</source>
        <translation>¿Guardar antes de continuar?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>no se puede escribir en la carpeta de datos (es de solo lectura, o está en una unidad de solo lectura)</translation>
    </message>
    <message>
        <source>the disk is full (free some space)</source>
        <translation>el disco está lleno (libere espacio)</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>otro programa está usando la base de datos</translation>
    </message>
    <message>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>no se pudo escribir en el disco (¿se retiró la unidad?)</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>la base de datos está cerrada</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>no se pudo escribir en la base de datos</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>A year from %d to %d</source>
        <translation>Un año de %d a %d</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The window&apos;s preferences cannot be read</source>
        <translation>No se pueden leer las preferencias de la ventana</translation>
    </message>
    <message>
        <source>{file}

This is not a file the window can read its preferences from (a named pipe, a device or a folder, or a file larger than 1 MB). Move it away or delete it, then start the application again.</source>
        <translation>{file}

La ventana no puede leer sus preferencias de este archivo (una canalización con nombre, un dispositivo o una carpeta, o un archivo de más de 1 MB). Muévalo a otro lugar o elimínelo y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>Traslado de la carpeta de datos</translation>
    </message>
    <message>
        <source>Moving the data folder chosen in Preferences (the database and its backups are copied, then checked)…</source>
        <translation>Trasladando la carpeta de datos elegida en Preferencias (la base de datos y sus copias de seguridad se copian y después se comprueban)…</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>Actualización de la base de datos</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the application (a backup of it is taken first)…</source>
        <translation>Actualizando la base de datos para esta versión de la aplicación (antes se hace una copia de seguridad)…</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="29"/>
        <source>user interface</source>
        <translation>interfaz de usuario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="30"/>
        <source>language runtime</source>
        <translation>entorno de ejecución del lenguaje</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="31"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="32"/>
        <source>PDF reports</source>
        <translation>informes PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="33"/>
        <source>report templates</source>
        <translation>plantillas de informe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="34"/>
        <source>Excel workbooks (writing)</source>
        <translation>libros de Excel (escritura)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="35"/>
        <source>report charts</source>
        <translation>gráficos del informe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="37"/>
        <source>questionnaire files</source>
        <translation>archivos del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="38"/>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="39"/>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="36"/>
        <source>dates and numbers in the application&apos;s languages (%1)</source>
        <translation>fechas y números en los idiomas de la aplicación (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="41"/>
        <source>country and region names and codes in the six official UN languages, currencies, LDC, LLDC and SIDS lists (resources/data/m49.SOURCE.md)</source>
        <translation>nombres y códigos de países y regiones en los seis idiomas oficiales de las Naciones Unidas, monedas, listas de PMA, PDSL y PEID (resources/data/m49.SOURCE.md)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="43"/>
        <source>the report&apos;s font</source>
        <translation>la fuente del informe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="45"/>
        <source>Arabic, Chinese, Japanese and Korean in the reports and the window</source>
        <translation>el árabe, el chino, el japonés y el coreano en los informes y la ventana</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="75"/>
        <source>%1: translation reviewed by %2, %3</source>
        <translation>%1: traducción revisada por %2, %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="78"/>
        <source>%1: a first translation, to be reviewed by a United Nations translator</source>
        <translation>%1: primera traducción, pendiente de revisión por un traductor de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="108"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="110"/>
        <source>Migration data capacity assessment</source>
        <translation>Evaluación de la capacidad en estadísticas de migración</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="111"/>
        <source>Version %s</source>
        <translation>Versión %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="112"/>
        <source>Questionnaire version %s</source>
        <translation>Versión del cuestionario %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="113"/>
        <source>Data folder: %s</source>
        <translation>Carpeta de datos: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="114"/>
        <source>Database: %s</source>
        <translation>Base de datos: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="115"/>
        <source>Built on the UNSD toolkit to assess national migration data capacity (2018). Works offline: it never uses the network.</source>
        <translation>Basada en el conjunto de herramientas de la DENU para evaluar la capacidad nacional en estadísticas de migración (2018). Funciona sin conexión: nunca usa la red.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="128"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/about.py" line="130"/>
        <source>What the application ships, and under which licence</source>
        <translation>Lo que incluye la aplicación y con qué licencia</translation>
    </message>
</context>
<context>
    <name>AchievedDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="380"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="383"/>
        <source>What the earlier plan achieved</source>
        <translation>Lo que logró el plan anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="384"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="384"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="384"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="385"/>
        <source>The earlier plan&apos;s actions and the gaps they targeted</source>
        <translation>Las acciones del plan anterior y las brechas a las que apuntaban</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="391"/>
        <source>The plan of round %1: each action&apos;s outcome, and under it the gaps it targeted, their gap then and now (0 none, 3 the largest).</source>
        <translation>El plan de la ronda %1: el resultado de cada acción y, debajo, las brechas a las que apuntaba, con su brecha antes y ahora (0: ninguna; 3: la mayor).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="395"/>
        <source>no progress report</source>
        <translation>sin informe de avance</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="406"/>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="65"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="66"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="67"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="68"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="59"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="60"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="61"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="96"/>
        <source>action %s</source>
        <translation>acción %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="110"/>
        <source>removing action %s</source>
        <translation>eliminación de la acción %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="110"/>
        <source>new action %s</source>
        <translation>nueva acción %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="595"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="604"/>
        <source>Currenc&amp;y…</source>
        <translation>Moneda y cam&amp;bio…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="605"/>
        <source>Re&amp;sults chain…</source>
        <translation>Cadena de re&amp;sultados…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="608"/>
        <source>Fund&amp;ing request…</source>
        <translation>S&amp;olicitud de financiación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="610"/>
        <source>Funding request f&amp;or a partner…</source>
        <translation>Solicitud de financiación para un asocia&amp;do…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="615"/>
        <source>Pro&amp;gress…</source>
        <translation>Se&amp;guimiento…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="616"/>
        <source>Earlier p&amp;lan…</source>
        <translation>Plan anter&amp;ior…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="630"/>
        <source>Priority action (plan at a glance)</source>
        <translation>Elegida como acción prioritaria (el plan en síntesis)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="635"/>
        <source>&amp;New action</source>
        <translation>A&amp;ñadir acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="636"/>
        <source>Add an action by hand (Insert in the table)</source>
        <translation>Añadir una acción manualmente (Insert en la tabla)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="639"/>
        <source>Add an action for each recommendation of the scoring that the plan does not have yet</source>
        <translation>Añadir una acción por cada recomendación de la puntuación que aún no figure en el plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="641"/>
        <source>Ctrl+Shift+Up in the table</source>
        <translation>Ctrl+Mayús+Arriba en la tabla</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="642"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Hacia abajo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="643"/>
        <source>Ctrl+Shift+Down in the table</source>
        <translation>Ctrl+Mayús+Abajo en la tabla</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="645"/>
        <source>Remove the selected action (Delete in the table)</source>
        <translation>Eliminar la acción seleccionada (Supr en la tabla)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="647"/>
        <source>Attach do&amp;cument…</source>
        <translation>Ane&amp;xar documento…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Timeline</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="655"/>
        <source>Actions of the plan</source>
        <translation>Acciones del plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="671"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="671"/>
        <source>Responsible institutions:</source>
        <translation>Instituciones responsables:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="672"/>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="672"/>
        <source>Resources or technical assistance:</source>
        <translation>Recursos o asistencia técnica:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="673"/>
        <source>Milestone or indicator of success:</source>
        <translation>Hito o indicador de éxito:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="673"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="674"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="674"/>
        <source>Policy questions:</source>
        <translation>Preguntas de política:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="821"/>
        <source>V&amp;alidation…</source>
        <translation>Va&amp;lidación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="821"/>
        <source>Record the v&amp;alidation…</source>
        <translation>Registrar la va&amp;lidación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="637"/>
        <source>Draft from &amp;recommendations</source>
        <translation>P&amp;reparar a partir de las recomendaciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="640"/>
        <source>Move up</source>
        <translation>Hacia arriba</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="625"/>
        <location filename="../../capacity_app/gui/plan/view.py" line="644"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="597"/>
        <source>What the country will do about the gaps: who owns each action, by when, at what cost and funded by whom. Draft the actions from the recommendations, tick the few priority actions, cost them, then record the government&apos;s validation. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Lo que el país hará para cerrar las brechas: quién se encarga de cada acción, en qué plazo, a qué costo y con qué financiación. Prepare las acciones a partir de las recomendaciones, marque las pocas acciones prioritarias, cuantifique su costo y registre la validación por el gobierno. Cada cambio se guarda de inmediato; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="612"/>
        <source>The plan&apos;s currency and its exchange rates to the US dollar</source>
        <translation>La moneda del plan y sus tipos de cambio respecto del dólar de los Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="613"/>
        <source>&amp;Budget…</source>
        <translation>Costos y &amp;financiación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="614"/>
        <source>The cost by year, institution and funding source, and the financing gap</source>
        <translation>El costo por año, por institución y por fuente de financiación, y el déficit de financiación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="617"/>
        <source>What the previous round&apos;s plan achieved, beside the gaps it targeted and their scores now</source>
        <translation>Lo que logró el plan de la ronda anterior, junto a las brechas a las que apuntaba y sus puntuaciones actuales</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="619"/>
        <source>The plan followed after its funding: each action&apos;s status, reason and money per reporting period (never amends the validated plan)</source>
        <translation>El seguimiento del plan tras su financiación: estado, motivo y fondos de cada acción por período de informe (nunca modifica el plan validado)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="621"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="622"/>
        <source>A cost line: year, amount, funding source (Insert in the list)</source>
        <translation>Una línea de costo: año, importe, fuente de financiación (Insert en la lista)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="623"/>
        <source>Edit…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="624"/>
        <source>Edit the selected cost line (Enter in the list)</source>
        <translation>Modificar la línea de costo seleccionada (Intro en la lista)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="626"/>
        <source>Remove the selected cost line (Delete in the list)</source>
        <translation>Eliminar la línea de costo seleccionada (Supr en la lista)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="627"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="627"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="627"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="628"/>
        <source>Secured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="629"/>
        <source>Cost lines of the action</source>
        <translation>Líneas de costo de la acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="632"/>
        <source>One of the few actions the government chose: at most %d, shown on the report&apos;s one-page plan at a glance</source>
        <translation>Una de las pocas acciones elegidas por el gobierno: %d como máximo, presentadas en la página «El plan en síntesis» del informe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="634"/>
        <source>e.g. NSDS 2025-2029, objective 3.2</source>
        <translation>por ejemplo ENDE 2025-2029, objetivo 3.2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="649"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="675"/>
        <source>National strategy ob&amp;jective (NSDS):</source>
        <translation>Ob&amp;jetivo de la estrategia nacional (ENDE):</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="768"/>
        <source>Results framework: indicator:</source>
        <translation>Marco de resultados: indicador:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="768"/>
        <source>Baseline:</source>
        <translation>Línea de base:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="769"/>
        <source>Target:</source>
        <translation>Valor meta:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="769"/>
        <source>Means of verification:</source>
        <translation>Medios de verificación:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="770"/>
        <source>Risks and assumptions:</source>
        <translation>Riesgos y supuestos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="676"/>
        <source>Cost lines:</source>
        <translation>Líneas de costo:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="770"/>
        <source>SDG target:</source>
        <translation>Meta de los ODS:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="678"/>
        <source>e.g. 17.18</source>
        <translation>p. ej., 17.18</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="679"/>
        <source>The SDG target the action serves: goal, a point, the target&apos;s number or letter</source>
        <translation>La meta de los ODS a la que sirve la acción: objetivo, un punto, número o letra de la meta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="680"/>
        <source>The indicator&apos;s value now, with its year</source>
        <translation>El valor actual del indicador, con su año</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="681"/>
        <source>The value to reach, with its year</source>
        <translation>El valor que se debe alcanzar, con su año</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="682"/>
        <source>end:</source>
        <translation>fin:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="683"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="684"/>
        <source>One institution per line</source>
        <translation>Una institución por línea</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="691"/>
        <source>A quarter (%1) or a date (%2)</source>
        <translation>Un trimestre (%1) o una fecha (%2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="693"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="694"/>
        <source>Letters, e.g. A, C</source>
        <translation>Letras, por ejemplo A, C</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="663"/>
        <source>No actions yet: draft them from the recommendations, or add one.</source>
        <translation>Aún no hay acciones: prepárelas a partir de las recomendaciones, o añada una.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="671"/>
        <source>Add from the assessment:</source>
        <translation>Añadir desde la evaluación:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="676"/>
        <source>Depends on:</source>
        <translation>Depende de:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="713"/>
        <source>(choose an institution)</source>
        <translation>(elegir una institución)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="746"/>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="775"/>
        <source>what is to be done</source>
        <translation>lo que debe hacerse</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="775"/>
        <source>responsible institutions</source>
        <translation>instituciones responsables</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="776"/>
        <source>timeline</source>
        <translation>calendario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="776"/>
        <source>cost</source>
        <translation>costo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="776"/>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="778"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="778"/>
        <source>results framework</source>
        <translation>marco de resultados</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="779"/>
        <source>risks and assumptions</source>
        <translation>riesgos y supuestos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="779"/>
        <source>SDG target</source>
        <translation>meta de los ODS</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="780"/>
        <source>dependencies on other actions</source>
        <translation>dependencias de otras acciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="780"/>
        <source>cost categories</source>
        <translation>categorías de costos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="781"/>
        <source>cost bases</source>
        <translation>bases de cálculo de los costos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="781"/>
        <source>sustainability</source>
        <translation>sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="783"/>
        <source>Added after the validation</source>
        <translation>Añadida después de la validación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="785"/>
        <source>Changed after the validation: %s</source>
        <translation>Modificada después de la validación: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="796"/>
        <source>Proposed plan: not validated yet. When the government has approved it, record the validation.</source>
        <translation>Plan propuesto: aún no validado. Cuando el gobierno lo haya aprobado, registre la validación.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="799"/>
        <source>Validated on %1 (%2), approved by %3, %4.</source>
        <translation>Validado el %1 (%2), aprobado por %3, %4.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="803"/>
        <source>Changed since (✎): %s.</source>
        <translation>Modificadas desde entonces (✎): %s.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="805"/>
        <source>Priority actions: %1 of at most %2.</source>
        <translation>Acciones prioritarias: %1 de %2 como máximo.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="822"/>
        <source>Date, event, institutions present, approved by (name and position)</source>
        <translation>Fecha, evento, instituciones presentes, aprobación (nombre y cargo)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="823"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="825"/>
        <source>Plan currency: %s.</source>
        <translation>Moneda del plan: %s.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="882"/>
        <source>Drafted from the recommendation %s.</source>
        <translation>Preparada a partir de la recomendación %s.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="884"/>
        <source>Added by hand.</source>
        <translation>Añadida manualmente.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="926"/>
        <source>Not a quarter or a date: “%1”. Type, for example, %2 or %3.</source>
        <translation>No es un trimestre ni una fecha: «%1». Escriba, por ejemplo, %2 o %3.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="950"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="950"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="1150"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="1163"/>
        <source>Every recommendation of the scoring is already in the plan.</source>
        <translation>Todas las recomendaciones de la puntuación ya figuran en el plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/plan/view.py" line="1166"/>
        <source>drafting %n action(s)</source>
        <translation>
            <numerusform>preparación de %n acción</numerusform>
            <numerusform>preparación de %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="1196"/>
        <source>moving action %s</source>
        <translation>desplazamiento de la acción %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="606"/>
        <source>The overall objective, the outcomes, their indicators with yearly targets, and the outcome each action serves</source>
        <translation>El objetivo general, los efectos, sus indicadores con metas anuales y el efecto al que contribuye cada acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="609"/>
        <source>Who commits the national budget&apos;s part and who signs the request</source>
        <translation>Quién compromete la parte del presupuesto nacional y quién firma la solicitud</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/view.py" line="611"/>
        <source>The funding request for one development partner, as PDF or Word</source>
        <translation>La solicitud de financiación dirigida a un asociado para el desarrollo, en PDF o Word</translation>
    </message>
</context>
<context>
    <name>AggregationDialog</name>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="73"/>
        <source>Aggregate country workbooks</source>
        <translation>Consolidar los libros de los países</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="84"/>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Suelte aquí libros exportados o carpetas, o añádalos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="86"/>
        <source>Workbooks and folders to aggregate</source>
        <translation>Libros y carpetas que se consolidarán</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="90"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="91"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="92"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="93"/>
        <source>&amp;Check files</source>
        <translation>&amp;Comprobar archivos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="94"/>
        <source>Read the files without writing anything: which would be rejected, superseded or in conflict, and why</source>
        <translation>Leer los archivos sin escribir nada: cuáles se rechazarían, sustituirían o estarían en conflicto, y por qué</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="109"/>
        <source>Files not used, with the reason</source>
        <translation>Archivos no utilizados, con el motivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="110"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="110"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="110"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="130"/>
        <source>the latest round of each country</source>
        <translation>la ronda más reciente de cada país</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="132"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="133"/>
        <source>&amp;Final assessments only (drafts and assessments in progress left out)</source>
        <translation>Solo evaluaciones &amp;definitivas (borradores y evaluaciones en curso excluidos)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="140"/>
        <source>the latest year reported (a year, 2026, or a half-year, 2026-H1)</source>
        <translation>el último año informado (un año, 2026, o un semestre, 2026-H1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="141"/>
        <source>Implementation p&amp;eriod:</source>
        <translation>Período de e&amp;jecución:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="143"/>
        <source>UN M49 list (53 countries and areas)</source>
        <translation>Lista M49 de las Naciones Unidas (53 países y zonas)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="144"/>
        <source>UN-OHRLLS list</source>
        <translation>Lista de la UN-OHRLLS</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="145"/>
        <source>SIDS &amp;list:</source>
        <translation>&amp;Lista de PEID:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="150"/>
        <source>&amp;Labels in:</source>
        <translation>&amp;Etiquetas en:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="151"/>
        <source>Also write the &amp;PDF summary (next to the workbook)</source>
        <translation>Escribir también el resumen en &amp;PDF (junto al libro)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="152"/>
        <source>Also write the analyst&apos;s files: CSV with a data dictionary, &amp;Stata and SPSS (a folder next to the workbook)</source>
        <translation>Escribir también los archivos para el análisis: CSV con un diccionario de datos, &amp;Stata y SPSS (una carpeta junto al libro)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="166"/>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="307"/>
        <source>Output workbook</source>
        <translation>Libro de salida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="167"/>
        <source>aggregate.xlsx</source>
        <translation>consolidado.xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="168"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="169"/>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="175"/>
        <source>Aggregate</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="239"/>
        <source>Checking the workbooks</source>
        <translation>Comprobando los libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="247"/>
        <source>The files could not be checked: %1</source>
        <translation>No se pudieron comprobar los archivos: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="267"/>
        <source>Tick the assessment to use for this country and round</source>
        <translation>Marque la evaluación que se utilizará para este país y esta ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="279"/>
        <source>%1 workbooks used, %2 superseded, %3 rejected, %4 in conflict; %5 countries in the roll-ups.</source>
        <translation>%1 libros utilizados, %2 sustituidos, %3 rechazados, %4 en conflicto; %5 países en los agregados.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="283"/>
        <source>Tick one file of each conflict to use it, then check again or aggregate.</source>
        <translation>Marque un archivo de cada conflicto para utilizarlo y luego vuelva a comprobar o consolide.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="298"/>
        <source>Workbooks</source>
        <translation>Libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="298"/>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="308"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="302"/>
        <source>Folder of workbooks</source>
        <translation>Carpeta de libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="229"/>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="314"/>
        <source>Add at least one workbook or folder.</source>
        <translation>Añada al menos un libro o una carpeta.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="136"/>
        <source>&amp;Include provisional scores (no band: completeness below 80 % or no valid reference date); the roll-ups say how many</source>
        <translation>&amp;Incluir las puntuaciones provisionales (sin nivel: completitud inferior al 80 % o sin fecha de referencia válida); los agregados indican cuántas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/dialog.py" line="318"/>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Elija dónde guardar el libro consolidado.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="99"/>
        <source>answer %s</source>
        <translation>respuesta %s</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="28"/>
        <source>Archived answers</source>
        <translation>Respuestas archivadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="30"/>
        <source>Answers to questions this questionnaire version no longer asks: kept in the assessment as they were given, exported on the workbook&apos;s Archived answers sheet and printed in the report&apos;s annex. They are not scored.</source>
        <translation>Respuestas a preguntas que esta versión del cuestionario ya no formula: se conservan en la evaluación tal como se dieron, se exportan en la hoja Archived answers del libro y se imprimen en el anexo del informe. No se puntúan.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="42"/>
        <source>Question id</source>
        <translation>Identificador de la pregunta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="42"/>
        <source>Asked in version</source>
        <translation>Formulada en la versión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="42"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="43"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="43"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="43"/>
        <source>Archived on</source>
        <translation>Archivada el</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="44"/>
        <source>Archived answers, in the order archived</source>
        <translation>Respuestas archivadas, en el orden en que se archivaron</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="46"/>
        <source>No answer is archived: every answer has its question in this questionnaire version.</source>
        <translation>No hay respuestas archivadas: cada respuesta tiene su pregunta en esta versión del cuestionario.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/archived.py" line="67"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="52"/>
        <source>Details of %1 %2</source>
        <translation>Detalles de %1 %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="63"/>
        <source>empty: made from the country and round</source>
        <translation>vacío: se forma con el país y la ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="64"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="72"/>
        <source>Round (year)</source>
        <translation>Ronda (año)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="77"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="78"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="80"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="81"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="82"/>
        <source>The mission&apos;s dates and the institutions met are the answers of section S0 (Mission and respondents): correct them there.</source>
        <translation>Las fechas de la misión y las instituciones entrevistadas son las respuestas de la sección S0 (Misión y encuestados): corríjalas allí.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="95"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="111"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/details.py" line="147"/>
        <source>Details saved.</source>
        <translation>Detalles guardados.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="91"/>
        <source>Completion</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="92"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="92"/>
        <source>Last edit</source>
        <translation>Última modificación</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="58"/>
        <source>Not saved: %s. What you entered is kept here; try again when this is fixed.</source>
        <translation>No guardado: %s. Lo que ha introducido se conserva aquí; vuelva a intentarlo cuando se haya resuelto.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="378"/>
        <source>the database is damaged (it is open read-only): nothing can be changed until the last good backup is restored</source>
        <translation>la base de datos está dañada (abierta en solo lectura): no se puede cambiar nada hasta restaurar la última copia de seguridad válida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="381"/>
        <source>the database cannot be written (it is open read-only): nothing can be changed</source>
        <translation>no se puede escribir en la base de datos (está abierta en modo de solo lectura): no se puede modificar nada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="386"/>
        <source>this assessment was validated for the national statistics office by %1 (%2, %3) on %4: reopen it, with a reason, to change it</source>
        <translation>esta evaluación fue validada para la Oficina Nacional de Estadística por %1 (%2, %3) el %4: reábrala, indicando un motivo, para modificarla</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="391"/>
        <source>this assessment is final: set its status back to “In progress” to change it</source>
        <translation>esta evaluación está finalizada: vuelva a poner su estado en «En curso» para modificarla</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="20"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="21"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="22"/>
        <source>Final</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="29"/>
        <source>Draft: the mission has started; the report is marked DRAFT.</source>
        <translation>Borrador: la misión ha comenzado; el informe lleva la mención BORRADOR.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="31"/>
        <source>In progress: answers are being collected and checked; the report is marked DRAFT.</source>
        <translation>En curso: se recogen y verifican las respuestas; el informe lleva la mención BORRADOR.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="33"/>
        <source>Final: the answers, comments, evidence and action plan are read-only until the status is set back to In progress; the report no longer carries the DRAFT mark.</source>
        <translation>Finalizada: las respuestas, los comentarios, las pruebas y el plan de acción son de solo lectura hasta que el estado vuelva a «En curso»; el informe ya no lleva la mención BORRADOR.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="406"/>
        <source>Questions listed</source>
        <translation>Preguntas mostradas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="407"/>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="407"/>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="408"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="408"/>
        <source>Follow-up or disputed</source>
        <translation>Con seguimiento o impugnadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="417"/>
        <source>Questionnaire navigator</source>
        <translation>Navegador del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="451"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="452"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="453"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="457"/>
        <source>Action &amp;plan</source>
        <translation>Plan de a&amp;cción</translation>
    </message>
</context>
<context>
    <name>CarriedAssessments</name>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="22"/>
        <source>Assessment %1 (%2 %3) stays on questionnaire %4: it could not be carried to %5 here (%6).</source>
        <translation>La evaluación %1 (%2 %3) sigue en el cuestionario %4: no se pudo trasladar al cuestionario %5 aquí (%6).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="30"/>
        <source>Assessment %1 (%2 %3) moved from questionnaire %4 to %5. Answers to questions %5 no longer asks, archived (kept in the assessment, listed by Edit ▸ Archived answers, exported on its workbook&apos;s Archived answers sheet): %6 (%7).</source>
        <translation>La evaluación %1 (%2 %3) pasó del cuestionario %4 al %5. Respuestas a preguntas que %5 ya no formula, archivadas (se conservan en la evaluación, se listan en Editar ▸ Respuestas archivadas y se exportan en la hoja Archived answers de su libro): %6 (%7).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="55"/>
        <source>Assessments moved to questionnaire %1: %2.</source>
        <translation>Evaluaciones trasladadas al cuestionario %1: %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="60"/>
        <source>Assessments of an earlier questionnaire</source>
        <translation>Evaluaciones de un cuestionario anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/carried.py" line="80"/>
        <source>Archived answers to questions an earlier questionnaire asked are on the workbook&apos;s Archived answers sheet, not among its answers: %1 (%2).</source>
        <translation>Las respuestas archivadas a preguntas de un cuestionario anterior están en la hoja Archived answers del libro, no entre sus respuestas: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="77"/>
        <source>Variables this question needs: %s</source>
        <translation>Variables que requiere esta pregunta: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="167"/>
        <source>● main source</source>
        <translation>● fuente principal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="167"/>
        <source>○ supporting source</source>
        <translation>○ fuente complementaria</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="168"/>
        <source>not an expected source (may still be used)</source>
        <translation>fuente no prevista (puede utilizarse de todos modos)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="172"/>
        <source>Derived level: %s of 3</source>
        <translation>Nivel calculado: %s de 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="174"/>
        <source>Derived level: shown when scoring is available</source>
        <translation>Nivel calculado: se muestra cuando la puntuación está disponible</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="176"/>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Nivel calculado: todavía no (responda primero «existe»)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="57"/>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Comentario (quién dijo qué, salvedades, seguimiento)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="58"/>
        <source>Comment on %s</source>
        <translation>Comentario sobre %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="62"/>
        <source>Evidence for %s</source>
        <translation>Evidencias para %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="66"/>
        <source>Evidence kind</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="67"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="67"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="68"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="68"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="72"/>
        <source>Document title, web address or institution</source>
        <translation>Título del documento, dirección web o institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="73"/>
        <source>Evidence text</source>
        <translation>Texto de la evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="74"/>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="75"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="76"/>
        <source>Remove selected evidence</source>
        <translation>Quitar la evidencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/comments.py" line="192"/>
        <source>“%1” is not added yet: Enter in its field or Add evidence adds it.</source>
        <translation>«%1» aún no está añadida: Intro en su campo o Añadir evidencia la añade.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="56"/>
        <source>Changes between the two rounds</source>
        <translation>Cambios entre las dos rondas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="61"/>
        <source>No change between the two rounds.</source>
        <translation>Ningún cambio entre las dos rondas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="66"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="73"/>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="74"/>
        <source>The rounds cannot be compared.</source>
        <translation>No se pueden comparar las rondas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="84"/>
        <source>Compare rounds %1 and %2</source>
        <translation>Comparar las rondas %1 y %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="85"/>
        <source>Round %1 (reference date %2) → round %3 (reference date %4)</source>
        <translation>Ronda %1 (fecha de referencia %2) → ronda %3 (fecha de referencia %4)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="88"/>
        <source>Both rounds are scored now under the current scoring rules (version %s), so the changes come from the answers only.</source>
        <translation>Ambas rondas se puntúan ahora con las reglas de puntuación vigentes (versión %s): los cambios provienen solo de las respuestas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="91"/>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>Puntuación global: %1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="93"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="93"/>
        <location filename="../../capacity_app/gui/plan/compare.py" line="94"/>
        <source>Round %s</source>
        <translation>Ronda %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="101"/>
        <source>Improvements</source>
        <translation>Mejoras</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="102"/>
        <source>Regressions</source>
        <translation>Retrocesos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="106"/>
        <source>Section %s</source>
        <translation>Sección %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="112"/>
        <source>Policy question %s</source>
        <translation>Pregunta de política %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="113"/>
        <location filename="../../capacity_app/gui/plan/compare.py" line="114"/>
        <source>availability %1, gap %2</source>
        <translation>disponibilidad %1, brecha %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="119"/>
        <source>Matrix %1 × %2</source>
        <translation>Matriz %1 × %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="120"/>
        <source>level %s</source>
        <translation>nivel %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="161"/>
        <source>Done since round %s: %s</source>
        <translation>Realizada desde la ronda %s: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="161"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="162"/>
        <source>Dropped since round %s: %s</source>
        <translation>Descartada desde la ronda %s: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="162"/>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="163"/>
        <source>Late (end passed) since round %s: %s</source>
        <translation>Atrasada (plazo vencido) desde la ronda %s: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="166"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/compare.py" line="172"/>
        <source>Cost executed against cost planned, on the lines with spending entered</source>
        <translation>Costo ejecutado frente al costo previsto, en las líneas con gasto registrado</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="66"/>
        <source>Type a country name or ISO code</source>
        <translation>Escriba el nombre de un país o un código ISO</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="67"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>CrossCountryView</name>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="49"/>
        <source>Cross-country view</source>
        <translation>Vista multipaís</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="54"/>
        <source>&amp;Open folder…</source>
        <translation>&amp;Abrir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="56"/>
        <source>No folder open.</source>
        <translation>Ninguna carpeta abierta.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="59"/>
        <source>Show countries of</source>
        <translation>Mostrar los países de</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="63"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="77"/>
        <source>Countries and the availability of data by policy question</source>
        <translation>Países y disponibilidad de datos por pregunta de política</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="85"/>
        <source>Country detail</source>
        <translation>Detalle del país</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="86"/>
        <source>Select a country to see its detail.</source>
        <translation>Seleccione un país para ver su detalle.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="93"/>
        <source>Export &amp;workbook…</source>
        <translation>Exportar el &amp;libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="95"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="97"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="115"/>
        <source>Folder of country workbooks</source>
        <translation>Carpeta de libros de países</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="125"/>
        <source>Reading the workbooks…</source>
        <translation>Lectura de los libros…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="127"/>
        <source>Reading country workbooks</source>
        <translation>Lectura de los libros de países</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="129"/>
        <source>Reading failed: %1</source>
        <translation>Error de lectura: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="130"/>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="142"/>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="143"/>
        <source>Read with care</source>
        <translation>Leer con cautela</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="181"/>
        <source>edited after export</source>
        <translation>editado tras la exportación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="185"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="213"/>
        <source>%1 countries; %2 workbooks used, %3 superseded, %4 rejected, %5 in conflict.</source>
        <translation>%1 países; %2 libros utilizados, %3 reemplazados, %4 rechazados, %5 en conflicto.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="218"/>
        <source>%1 edited after export (scores recomputed).</source>
        <translation>%1 modificados después de la exportación (puntuaciones recalculadas).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="244"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="289"/>
        <source>%1 (%2), round %3</source>
        <translation>%1 (%2), ronda %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="292"/>
        <source>Overall: %1 (%2)</source>
        <translation>Global: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="296"/>
        <source>Change since the previous round: %1</source>
        <translation>Cambio desde la ronda anterior: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="183"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="220"/>
        <source>%1 not final (draft or in progress).</source>
        <translation>%1 no definitiva(s) (borrador o en curso).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="222"/>
        <source>Left out of every figure (fictional or training codes): %1.</source>
        <translation>Excluidos de todas las cifras (códigos ficticios o de formación): %1.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="225"/>
        <source>Conflicting assessments are left out; choose one in File ▸ Aggregate workbooks…</source>
        <translation>Las evaluaciones en conflicto quedan fuera; elija una en Archivo ▸ Consolidar libros…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="299"/>
        <source>Read with care: %1</source>
        <translation>Leer con cautela: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="300"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="302"/>
        <source>Policy question: need / availability / gap / priority, gap type</source>
        <translation>Pregunta de política: necesidad / disponibilidad / brecha / prioridad, tipo de brecha</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="319"/>
        <source>Consolidated workbook</source>
        <translation>Libro consolidado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="320"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="322"/>
        <source>Cross-country PDF summary</source>
        <translation>Resumen multipaís en PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="323"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="331"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="340"/>
        <source>Writing the cross-country export</source>
        <translation>Escritura de la exportación multipaís</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="341"/>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="342"/>
        <source>Export failed: %1</source>
        <translation>Error de exportación: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/aggregation/view.py" line="343"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="348"/>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="351"/>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="315"/>
        <source>Section scores (0–100)</source>
        <translation>Puntuaciones por sección (0–100)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="316"/>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Preguntas de política A–O: necesidad, disponibilidad y brecha (0–3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="317"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="318"/>
        <source>Ranked gaps and recommended actions</source>
        <translation>Brechas ordenadas y acciones recomendadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="321"/>
        <source>Answers to follow up (Enter opens)</source>
        <translation>Respuestas por revisar (Intro abre)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="323"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="324"/>
        <source>Answers “not applicable”, with their reasons</source>
        <translation>Respuestas «no aplicable», con sus motivos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="430"/>
        <source>Scores are not available</source>
        <translation>Las puntuaciones no están disponibles</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="431"/>
        <source>The scoring module is not installed in this version.</source>
        <translation>El módulo de puntuación no está instalado en esta versión.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="447"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="448"/>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="452"/>
        <source>Completion %1 · reference date %2 · scoring rules %3</source>
        <translation>Avance %1 · fecha de referencia %2 · reglas de puntuación %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="477"/>
        <source>With the weights set for this assessment: %1 out of 100 (%2); the band uses the documented weights.</source>
        <translation>Con la ponderación propia de esta evaluación: %1 sobre 100 (%2); el nivel se basa en la ponderación documentada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="500"/>
        <source>No answer was recorded as “not applicable”.</source>
        <translation>No se registró ninguna respuesta «no aplicable».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="508"/>
        <source>“Not applicable” is accepted only where the questionnaire allows it, for the reason it states; the respondents&apos; own words follow in italics. It never raises a score.</source>
        <translation>«No aplicable» solo se acepta donde el cuestionario lo prevé, por el motivo que indica; las palabras de los interlocutores siguen en cursiva. Nunca aumenta una puntuación.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="521"/>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="524"/>
        <source>quick win</source>
        <translation>logro rápido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="536"/>
        <source>No answers yet: gaps appear here as the policy questions and the matrix (S3) are answered.</source>
        <translation>Aún no hay respuestas: las brechas aparecen aquí a medida que se responden las preguntas de política y la matriz (S3).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="539"/>
        <source>No gap can be stated yet: the matrix (S3) has no answer.</source>
        <translation>Aún no se puede establecer ninguna brecha: la matriz (S3) no tiene respuestas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="541"/>
        <source>No gap between needs and availability.</source>
        <translation>No hay brecha entre necesidades y disponibilidad.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="545"/>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="570"/>
        <source>Review: no answer to review yet</source>
        <translation>Revisión: aún no hay respuestas que revisar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="572"/>
        <source>Review: %1 of %2 answers validated</source>
        <translation>Revisión: %1 de %2 respuestas validadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="574"/>
        <source>follow-up: %1</source>
        <translation>requieren seguimiento: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="574"/>
        <source>disputed: %1</source>
        <translation>impugnadas: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="575"/>
        <source>not reviewed: %1</source>
        <translation>sin revisar: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="610"/>
        <source>Round %1: %2 %3 (grey numbers and ticks on the bars)</source>
        <translation>Ronda %1: %2 %3 (cifras en gris y marcas en las barras)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="615"/>
        <source>C&amp;ompare with round %s…</source>
        <translation>C&amp;omparar con la ronda %s…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="175"/>
        <source>YYYY-MM-DD or %s</source>
        <translation>AAAA-MM-DD o %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="176"/>
        <source>Type a date as 2026-05-15 or %s; F4 opens the calendar.</source>
        <translation>Escriba una fecha como 2026-05-15 o %s; F4 abre el calendario.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="184"/>
        <source>Open the calendar (F4)</source>
        <translation>Abrir el calendario (F4)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="185"/>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="258"/>
        <source>“%1” is not a date: type it as 2026-05-15 or %2.</source>
        <translation>«%1» no es una fecha: escríbala como 2026-05-15 o %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/datefield.py" line="263"/>
        <source>Give a date between %1 and %2.</source>
        <translation>Indique una fecha entre el %1 y el %2.</translation>
    </message>
</context>
<context>
    <name>DependsList</name>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="124"/>
        <source>No other action in the plan yet.</source>
        <translation>Todavía no hay otra acción en el plan.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="42"/>
        <location filename="../../capacity_app/gui/documents.py" line="93"/>
        <source>Documents attached to %s</source>
        <translation>Documentos adjuntos a %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="49"/>
        <source>Attach document…</source>
        <translation>Adjuntar documento…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="51"/>
        <source>Keep a file with this answer as evidence (PDF, office documents, tables, images; at most %1 MB)</source>
        <translation>Conservar un archivo con esta respuesta como evidencia (PDF, documentos de oficina, tablas, imágenes; %1 MB como máximo)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="53"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="55"/>
        <source>Open the selected document</source>
        <translation>Abrir el documento seleccionado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="56"/>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="58"/>
        <source>Remove the selected document</source>
        <translation>Quitar el documento seleccionado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="110"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="114"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="131"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="133"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="134"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="161"/>
        <source>Attach document</source>
        <translation>Adjuntar documento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="162"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/documents.py" line="194"/>
        <source>No program on this computer opens %1.</source>
        <translation>Ningún programa de este equipo abre %1.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="618"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="620"/>
        <source>Save what is entered here again</source>
        <translation>Volver a guardar lo que se ha introducido aquí</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="721"/>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="723"/>
        <source>Don&apos;t know: %s</source>
        <translation>No sabe: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="728"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="730"/>
        <source>Not applicable: %s</source>
        <translation>No aplicable: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="736"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="238"/>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="240"/>
        <source>question text, item id or comment</source>
        <translation>texto de la pregunta, identificador o comentario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="241"/>
        <source>Find in questions, ids and comments</source>
        <translation>Buscar en preguntas, identificadores y comentarios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="247"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="249"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="251"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="285"/>
        <source>%1 found</source>
        <translation>%1 resultado(s)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="297"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>FollowUpTree</name>
    <message>
        <location filename="../../capacity_app/gui/follow_up.py" line="40"/>
        <source>Answers to follow up: don&apos;t know, then not answered yet, by section</source>
        <translation>Respuestas por revisar: «No sabe», luego sin responder, por sección</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/follow_up.py" line="63"/>
        <source>Nothing to follow up: no &quot;don&apos;t know&quot; answer and nothing left blank.</source>
        <translation>Nada por revisar: ninguna respuesta «No sabe» y ninguna pregunta sin responder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="87"/>
        <source>Disputed in review: %n answer</source>
        <translation>
            <numerusform>Impugnada en la revisión: %n respuesta</numerusform>
            <numerusform>Impugnadas en la revisión: %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="88"/>
        <source>Disputed in review: %n answers</source>
        <translation>
            <numerusform>Impugnada en la revisión: %n respuesta</numerusform>
            <numerusform>Impugnadas en la revisión: %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="90"/>
        <source>Needs follow-up (review): %n answer</source>
        <translation>
            <numerusform>Requiere seguimiento (revisión): %n respuesta</numerusform>
            <numerusform>Requieren seguimiento (revisión): %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="91"/>
        <source>Needs follow-up (review): %n answers</source>
        <translation>
            <numerusform>Requiere seguimiento (revisión): %n respuesta</numerusform>
            <numerusform>Requieren seguimiento (revisión): %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="93"/>
        <source>Don&apos;t know: %n answer to follow up</source>
        <translation>
            <numerusform>No sabe: %n respuesta por revisar</numerusform>
            <numerusform>No sabe: %n respuestas por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="94"/>
        <source>Don&apos;t know: %n answers to follow up</source>
        <translation>
            <numerusform>No sabe: %n respuesta por revisar</numerusform>
            <numerusform>No sabe: %n respuestas por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="96"/>
        <source>Not answered yet: %n item</source>
        <translation>
            <numerusform>Sin responder todavía: %n pregunta</numerusform>
            <numerusform>Sin responder todavía: %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/follow_up.py" line="97"/>
        <source>Not answered yet: %n items</source>
        <translation>
            <numerusform>Sin responder todavía: %n pregunta</numerusform>
            <numerusform>Sin responder todavía: %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/follow_up.py" line="109"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FundingRequestDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="37"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="38"/>
        <source>Ministry of Finance</source>
        <translation>Ministerio de Finanzas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="39"/>
        <source>Development partner</source>
        <translation>Asociado para el desarrollo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="66"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="103"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="160"/>
        <source>National part &amp;committed by:</source>
        <translation>Parte nacional &amp;comprometida por:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="162"/>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Signs for</source>
        <translation>Firma por</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="165"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="170"/>
        <source>&amp;Add signatory</source>
        <translation>&amp;Añadir un firmante</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="113"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="114"/>
        <source>Ca&amp;ncel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="118"/>
        <source>Funding request</source>
        <translation>Solicitud de financiación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="189"/>
        <source>R&amp;isks</source>
        <translation>&amp;Riesgos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="190"/>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="191"/>
        <source>&amp;Procurement</source>
        <translation>Adq&amp;uisiciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="206"/>
        <source>The funding request typed is not saved.</source>
        <translation>La solicitud de financiación introducida no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="109"/>
        <source>don&apos;t know</source>
        <translation>no sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="111"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="722"/>
        <source>This cell is not asked: an earlier answer in its row (for example “Available: no”) leaves it out.</source>
        <translation>Esta celda no se pregunta: una respuesta anterior de su fila (por ejemplo, «Disponible: no») la excluye.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="831"/>
        <source>Cell %s</source>
        <translation>Celda %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="833"/>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="835"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/grid.py" line="836"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/help.py" line="46"/>
        <location filename="../../capacity_app/gui/window/help.py" line="52"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/help.py" line="56"/>
        <source>The help page could not be read: %s</source>
        <translation>No se pudo leer la página de ayuda: %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="35"/>
        <source>History of the answer</source>
        <translation>Historial de la respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="48"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="49"/>
        <source>Versions of the answer, newest first</source>
        <translation>Versiones de la respuesta, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="51"/>
        <source>No change recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="55"/>
        <source>&amp;Restore this value</source>
        <translation>&amp;Restablecer este valor</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="79"/>
        <location filename="../../capacity_app/gui/questions/history.py" line="85"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="81"/>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="83"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="98"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="98"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/history.py" line="100"/>
        <source>unknown person</source>
        <translation>persona desconocida</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="194"/>
        <location filename="../../capacity_app/gui/home.py" line="219"/>
        <location filename="../../capacity_app/gui/home.py" line="400"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="203"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="203"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="204"/>
        <source>Ne&amp;xt round…</source>
        <translation>Ronda si&amp;guiente…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="205"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="206"/>
        <source>&amp;Restore</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="207"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="208"/>
        <location filename="../../capacity_app/gui/home.py" line="402"/>
        <source>Show t&amp;rash</source>
        <translation>Mostrar pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="320"/>
        <source>The trash is empty: an assessment moved to the trash can be restored from here.</source>
        <translation>La papelera está vacía: una evaluación enviada a la papelera puede restaurarse desde aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="322"/>
        <source>Trash: %n assessment; restore it to work on it again.</source>
        <translation>
            <numerusform>Papelera: %n evaluación; restáurela para seguir trabajando en ella.</numerusform>
            <numerusform>Papelera: %n evaluaciones; restaure una para seguir trabajando en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="323"/>
        <source>Trash: %n assessments; restore one to work on it again.</source>
        <translation>
            <numerusform>Papelera: %n evaluación; restáurela para seguir trabajando en ella.</numerusform>
            <numerusform>Papelera: %n evaluaciones; restaure una para seguir trabajando en ella.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="325"/>
        <source>No assessment yet. Press Ctrl+N (New…) to create the first one, or Ctrl+I to import a workbook a colleague sent.</source>
        <translation>Todavía no hay evaluaciones. Pulse Ctrl+N (Nueva…) para crear la primera, o Ctrl+I para importar un libro enviado por un colega.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="328"/>
        <source>%n assessment. Enter or double-click opens it.</source>
        <translation>
            <numerusform>%n evaluación. Intro o doble clic para abrirla.</numerusform>
            <numerusform>%n evaluaciones. Intro o doble clic para abrir una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="329"/>
        <source>%n assessments. Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n evaluación. Intro o doble clic para abrirla.</numerusform>
            <numerusform>%n evaluaciones. Intro o doble clic para abrir una.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="400"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="402"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="60"/>
        <source>Import %s</source>
        <translation>Importar %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="104"/>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Una nueva evaluación: %1 %2, %3 respuestas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="107"/>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Actualiza la evaluación existente %1 %2 (id %3).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="116"/>
        <source>This assessment is final (read-only). Importing reopens it: its status is set back to “In progress”.</source>
        <translation>Esta evaluación está finalizada (solo lectura). Al importar se reabre: su estado vuelve a «En curso».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="122"/>
        <source>Cells of the workbook edited outside the application: %1 (marked below).</source>
        <translation>Celdas del libro modificadas fuera de la aplicación: %1 (señaladas abajo).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="134"/>
        <source>Warning: %s</source>
        <translation>Advertencia: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="158"/>
        <source>Answers changed here since this workbook was exported: %1. They are kept as they are here unless you tick their box in the column “In the workbook”.</source>
        <translation>Respuestas modificadas aquí desde que se exportó este libro: %1. Se conservan tal como están aquí, salvo que marque su casilla en la columna «En el libro».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="167"/>
        <source>&amp;Keep ours for all conflicts</source>
        <translation>&amp;Conservar nuestros valores en todos los conflictos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="168"/>
        <source>Take &amp;theirs for all conflicts</source>
        <translation>&amp;Tomar sus valores en todos los conflictos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="170"/>
        <source>&amp;Keep all newer answers</source>
        <translation>&amp;Conservar todas las respuestas más recientes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="171"/>
        <source>Use the &amp;workbook&apos;s values for all</source>
        <translation>Usar los valores del &amp;libro para todas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="203"/>
        <source>Changes the import would make</source>
        <translation>Cambios que haría la importación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="204"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="204"/>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="204"/>
        <source>In this database</source>
        <translation>En esta base de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="205"/>
        <source>In the workbook</source>
        <translation>En el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="205"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="74"/>
        <source>No change: the workbook matches this database.</source>
        <translation>Ningún cambio: el libro coincide con esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="85"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="85"/>
        <source>Reopen and import</source>
        <translation>Reabrir e importar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="88"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="229"/>
        <source>Assessment details</source>
        <translation>Datos de la evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="231"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="299"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="299"/>
        <source>unknown person</source>
        <translation>persona desconocida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="300"/>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="309"/>
        <source>conflict: changed here and in the workbook since the common version</source>
        <translation>conflicto: modificada aquí y en el libro desde la versión común</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="311"/>
        <source>changed here since this workbook was exported (%s)</source>
        <translation>modificada aquí desde que se exportó este libro (%s)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="150"/>
        <source>Answers changed both here and in the workbook since the common version (conflicts): %1. Under each value, who changed it and when. Each is kept as it is here unless you tick its box in the column “In the workbook”.</source>
        <translation>Respuestas modificadas tanto aquí como en el libro desde la versión común (conflictos): %1. Bajo cada valor, quién la modificó y cuándo. Cada una se conserva tal como está aquí, salvo que marque su casilla en la columna «En el libro».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="178"/>
        <source>Keep &amp;both for all comment and evidence conflicts</source>
        <translation>Conservar &amp;ambos en todos los conflictos de comentario y evidencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="262"/>
        <source>Keep both (merged, each with its author and time)</source>
        <translation>Conservar ambos (combinados, cada uno con su autor y hora)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="313"/>
        <source>changed by %1</source>
        <translation>modificada por %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="315"/>
        <source>edited outside the application</source>
        <translation>modificada fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="318"/>
        <source>The assessment is in the trash: importing restores it.</source>
        <translation>La evaluación está en la papelera: la importación la restaura.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="289"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="325"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="326"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="336"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="337"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="339"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="365"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="373"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="374"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="381"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="329"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="329"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="367"/>
        <source>Don&apos;t know</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="369"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="383"/>
        <source>Order of the actions</source>
        <translation>Orden de las acciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="385"/>
        <source>Currency and exchange rates of the plan</source>
        <translation>Moneda y tipos de cambio del plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="353"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="388"/>
        <source>Validation of the plan</source>
        <translation>Validación del plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="128"/>
        <source>Archived answers the import adds (questions this questionnaire version no longer asks): %1 (listed below).</source>
        <translation>Respuestas archivadas que la importación añade (preguntas que esta versión del cuestionario ya no formula): %1 (indicadas abajo).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="279"/>
        <source>Archived answers</source>
        <translation>Respuestas archivadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="286"/>
        <source>archived answer, asked by questionnaire version %1</source>
        <translation>respuesta archivada, formulada por la versión %1 del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="287"/>
        <source>archived answer (the version that asked it is not recorded)</source>
        <translation>respuesta archivada (no consta la versión que la formuló)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="388"/>
        <location filename="../../capacity_app/gui/import_preview.py" line="389"/>
        <source>(not validated)</source>
        <translation>(no validado)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="392"/>
        <source>New action: %s</source>
        <translation>Nueva acción: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="394"/>
        <source>Action removed: %s</source>
        <translation>Acción eliminada: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="395"/>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="398"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="398"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="409"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="409"/>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="410"/>
        <source>policy questions</source>
        <translation>preguntas de política</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="410"/>
        <source>responsible institutions</source>
        <translation>instituciones responsables</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="411"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="411"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="411"/>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="412"/>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="412"/>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="412"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="413"/>
        <source>priority action</source>
        <translation>acción prioritaria</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="413"/>
        <source>strategy objective</source>
        <translation>objetivo de la estrategia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="414"/>
        <source>costs</source>
        <translation>costos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="416"/>
        <source>Action “%1” — %2</source>
        <translation>Acción «%1» — %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="421"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="421"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="421"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="422"/>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="422"/>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="423"/>
        <source>Reference date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="423"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="424"/>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="190"/>
        <source>Accept the signatures this workbook carries without a check</source>
        <translation>Aceptar las firmas sin verificación que contiene este libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="351"/>
        <source>Validation for the national statistics office</source>
        <translation>Validación para la Oficina Nacional de Estadística</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="352"/>
        <source>Reviews signed off by the supervisor</source>
        <translation>Revisiones aprobadas por el supervisor</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="354"/>
        <source>its check holds</source>
        <translation>su verificación es válida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="355"/>
        <source>no check (a workbook written before signatures carried one): taken only if you accept it below</source>
        <translation>sin verificación (un libro escrito antes de que las firmas la incluyeran): solo se incorpora si la acepta más abajo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/import_preview.py" line="357"/>
        <source>refused: it does not match its check (edited outside the application); nothing can be imported from this workbook</source>
        <translation>rechazada: no coincide con su verificación (modificada fuera de la aplicación); no se puede importar nada de este libro</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="221"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="221"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="221"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="222"/>
        <source>Disbursement-linked: partner</source>
        <translation>Vinculado a desembolsos: socio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="222"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="50"/>
        <source>Send questions to institutions</source>
        <translation>Enviar las preguntas a las instituciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="54"/>
        <source>Each institution receives a workbook with only its questions, in the language chosen below, with what the mission already knows filled in. Its reply, imported with Import workbook…, becomes proposals: no answer changes until you accept them.</source>
        <translation>Cada institución recibe un libro solo con sus preguntas, en el idioma elegido abajo, con lo que la misión ya sabe completado. Su respuesta, importada con Importar libro…, se convierte en propuestas: ninguna respuesta cambia hasta que usted las acepte.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="59"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="59"/>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="203"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="59"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="60"/>
        <source>Reply by (YYYY-MM-DD)</source>
        <translation>Responder antes del (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="60"/>
        <source>Contact for questions</source>
        <translation>Contacto para consultas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="69"/>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="90"/>
        <source>Language of the workbooks:</source>
        <translation>Idioma de los libros:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="101"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="105"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="115"/>
        <source>&amp;Write the workbooks</source>
        <translation>E&amp;scribir los libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="122"/>
        <source>Folder for the workbooks</source>
        <translation>Carpeta de los libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="147"/>
        <source>Choose at least one institution.</source>
        <translation>Elija al menos una institución.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="185"/>
        <source>%1 workbooks written to %2</source>
        <translation>%1 libros escritos en %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="192"/>
        <source>Writing the institutions&apos; workbooks</source>
        <translation>Escribiendo los libros de las instituciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="194"/>
        <source>The workbooks were not written: %1</source>
        <translation>No se escribieron los libros: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="196"/>
        <source>Cancelled: the workbooks written so far stay in the folder.</source>
        <translation>Cancelado: los libros ya escritos quedan en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="202"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="202"/>
        <source>Current answer</source>
        <translation>Respuesta actual</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="203"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="204"/>
        <source>Respondent</source>
        <translation>Persona que respondió</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="204"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="205"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="205"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="212"/>
        <source>Institutions&apos; proposals</source>
        <translation>Propuestas de las instituciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="215"/>
        <source>Values the institutions proposed in their replies. None changes an answer until you accept it; proposals of institutions that disagree are shown together and marked.</source>
        <translation>Los valores que las instituciones propusieron en sus respuestas. Ninguno cambia una respuesta hasta que usted lo acepte; las propuestas de instituciones que discrepan se muestran juntas y marcadas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="219"/>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="222"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="228"/>
        <source>Show those decided</source>
        <translation>Mostrar las ya decididas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="254"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="255"/>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Modificar y aceptar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="256"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="257"/>
        <source>Accept all of this &amp;institution</source>
        <translation>Aceptar todo de esta &amp;institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="258"/>
        <source>Every open proposal of the institution chosen above, at once (refused while another institution proposes something else)</source>
        <translation>Todas las propuestas pendientes de la institución elegida arriba, de una vez (se rechaza mientras otra institución proponga otra cosa)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="259"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="317"/>
        <source>Another institution proposes something else for this answer</source>
        <translation>Otra institución propone otra cosa para esta respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="321"/>
        <source>Open: %1. Answers on which institutions disagree: %2.</source>
        <translation>Pendientes: %1. Respuestas en las que las instituciones discrepan: %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="399"/>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="405"/>
        <source>Edit and accept</source>
        <translation>Modificar y aceptar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="399"/>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="405"/>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="435"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="435"/>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="435"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="436"/>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="442"/>
        <source>don&apos;t know</source>
        <translation>no sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/institutions/dialogs.py" line="442"/>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="103"/>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Escriba o pulse F2 para editar una celda; Supr la borra; el menú contextual (Mayús+F10) la marca como «no sabe».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="110"/>
        <source>Answer the current row as a form (Ctrl+Enter)</source>
        <translation>Responder a la fila actual en un formulario (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="67"/>
        <source>Open the policy question × source matrix</source>
        <translation>Abrir la matriz preguntas de política × fuentes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="139"/>
        <source>Show comment and evidence</source>
        <translation>Mostrar el comentario y las evidencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="151"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="152"/>
        <source>Every version of this answer: who gave it, when; restore one</source>
        <translation>Cada versión de esta respuesta: quién la dio, cuándo; restablecer una</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="252"/>
        <source>Review of “%s”:</source>
        <translation>Revisión de «%s»:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="266"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="268"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="271"/>
        <source>%n document</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="272"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="273"/>
        <source>Comment and evidence</source>
        <translation>Comentario y evidencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="279"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/questions/page.py" line="181"/>
        <source>Proposed by institutions: %n…</source>
        <translation>
            <numerusform>Propuesto por las instituciones: %n…</numerusform>
            <numerusform>Propuesto por las instituciones: %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/page.py" line="182"/>
        <source>Values the institutions proposed in their replies: accept, edit or reject them</source>
        <translation>Valores que las instituciones propusieron en sus respuestas: acéptelos, modifíquelos o recháselos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="117"/>
        <location filename="../../capacity_app/gui/window/main_window.py" line="341"/>
        <source>Migration data capacity assessment</source>
        <translation>Evaluación de la capacidad en datos migratorios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="178"/>
        <source>This database cannot be written (%1: read-only folder or drive), so it is open read-only. You can read every assessment, export workbooks and PDF reports, and move the data folder (File ▸ Preferences ▸ Data folder, applied at the next start).</source>
        <translation>No se puede escribir en esta base de datos (%1: carpeta o unidad de solo lectura), por lo que está abierta en modo de solo lectura. Puede consultar todas las evaluaciones, exportar los libros y los informes PDF, y trasladar la carpeta de datos (Archivo ▸ Preferencias ▸ Carpeta de datos, aplicado en el próximo inicio).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="186"/>
        <source>The database %1 is damaged (%2), so it is open read-only: nothing more is written to it. You can still read every assessment and export workbooks and reports. To repair it, restore the last good backup: restart the application, which offers it, or run capacity-app --db &quot;%1&quot; check --restore (the damaged file is kept beside it).</source>
        <translation>La base de datos %1 está dañada (%2), por lo que está abierta en solo lectura: ya no se escribe nada en ella. Puede seguir leyendo todas las evaluaciones y exportando libros e informes. Para repararla, restaure la última copia de seguridad válida: reinicie la aplicación, que la ofrece, o ejecute capacity-app --db &quot;%1&quot; check --restore (el archivo dañado se conserva a su lado).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="203"/>
        <source>The database is damaged: it is now open read-only.</source>
        <translation>La base de datos está dañada: ahora está abierta en solo lectura.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="209"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="210"/>
        <source>&amp;Try saving again</source>
        <translation>&amp;Volver a intentar guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="212"/>
        <source>Save again what could not be saved (it is kept in its field)</source>
        <translation>Volver a guardar lo que no se pudo guardar (se conserva en su campo)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="223"/>
        <source>Changes that could not be saved when the application last ended are in %1: enter them again.</source>
        <translation>Los cambios que no se pudieron guardar al cerrarse la aplicación la última vez están en %1: vuelva a introducirlos.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="324"/>
        <source>Loading the questionnaire</source>
        <translation>Cargando el cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="40"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="41"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="44"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="46"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="47"/>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exportar libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="45"/>
        <source>S&amp;how the trash</source>
        <translation>&amp;Mostrar la papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="42"/>
        <source>Ne&amp;xt round…</source>
        <translation>Ronda si&amp;guiente…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="52"/>
        <source>PD&amp;F report…</source>
        <translation>Informe P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="54"/>
        <source>&amp;Aggregate workbooks…</source>
        <translation>&amp;Consolidar libros…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="55"/>
        <source>Cross-country &amp;view…</source>
        <translation>Vis&amp;ta multipaís…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="56"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="57"/>
        <source>&amp;Close assessment</source>
        <translation>Cerrar la e&amp;valuación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="59"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="43"/>
        <source>Assessment &amp;details…</source>
        <translation>Deta&amp;lles de la evaluación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="48"/>
        <source>Export assessment pac&amp;kage…</source>
        <translation>Exportar pa&amp;quete de evaluación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="51"/>
        <source>For&amp;ms for ODK and Kobo…</source>
        <translation>Formularios para ODK y &amp;Kobo…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="53"/>
        <source>Save as &amp;Word document…</source>
        <translation>Guardar como documento &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="60"/>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="61"/>
        <source>Find &amp;previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="62"/>
        <source>Next un&amp;answered</source>
        <translation>Siguiente sin res&amp;puesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="63"/>
        <source>Previous unans&amp;wered</source>
        <translation>Anterior sin respues&amp;ta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="64"/>
        <source>Re&amp;view this answer</source>
        <translation>Re&amp;visar esta respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="65"/>
        <source>Answer &amp;history…</source>
        <translation>&amp;Historial de la respuesta…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="66"/>
        <source>Ar&amp;chived answers…</source>
        <translation>Respuestas ar&amp;chivadas…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="67"/>
        <source>Ne&amp;xt answer not reviewed</source>
        <translation>Sig&amp;uiente respuesta no revisada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="68"/>
        <source>Va&amp;lidate the section&apos;s reviews</source>
        <translation>Va&amp;lidar las revisiones de la sección</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="69"/>
        <source>Sign off the r&amp;eviews (supervisor)…</source>
        <translation>Aprobar las r&amp;evisiones (supervisor)…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="70"/>
        <source>Validate for the national &amp;statistics office…</source>
        <translation>Validar para la &amp;Oficina Nacional de Estadística…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="71"/>
        <source>Next &amp;gap</source>
        <translation>Brecha si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="72"/>
        <source>Previ&amp;ous gap</source>
        <translation>Brecha a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="73"/>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="74"/>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="75"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="76"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="77"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="78"/>
        <source>Focus the na&amp;vigator</source>
        <translation>Ir al na&amp;vegador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="79"/>
        <source>Next &amp;language</source>
        <translation>&amp;Siguiente idioma</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="80"/>
        <source>&amp;Help contents</source>
        <translation>&amp;Contenido de la ayuda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="81"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="82"/>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="136"/>
        <source>Undo</source>
        <comment>toolbar button: short</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="137"/>
        <source>Redo</source>
        <comment>toolbar button: short</comment>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="154"/>
        <source>Open &amp;recent</source>
        <translation>Evaluaciones &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="185"/>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Idioma del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="194"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="201"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="207"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="214"/>
        <source>Previous unanswered</source>
        <translation>Ant. sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="215"/>
        <source>Next unanswered</source>
        <translation>Sig. sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="218"/>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="229"/>
        <source>Language: </source>
        <translation>Idioma: </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="232"/>
        <source>Questionnaire language</source>
        <translation>Idioma del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="249"/>
        <source>Interface: </source>
        <translation>Interfaz: </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="280"/>
        <source>The window will be in %1 from its next start; the questionnaire&apos;s language is chosen beside it.</source>
        <translation>La ventana estará en %1 a partir de su próximo inicio; el idioma del cuestionario se elige al lado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="252"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="358"/>
        <source>Saved %s</source>
        <translation>Guardado a las %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="366"/>
        <source>Not saved: %s</source>
        <translation>No guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="391"/>
        <source>No policy question has a gap between need and availability.</source>
        <translation>Ninguna pregunta de política presenta una brecha entre necesidad y disponibilidad.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="429"/>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Esa evaluación está en la papelera: restáurela primero.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="457"/>
        <source>Last change %s</source>
        <translation>Último cambio: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/window/main_window.py" line="524"/>
        <source>%n change(s) could not be saved: %1. They are still in the window, marked “Not saved”.</source>
        <translation>
            <numerusform>%n cambio no se pudo guardar: %1. Sigue en la ventana, marcado «No guardado».</numerusform>
            <numerusform>%n cambios no se pudieron guardar: %1. Siguen en la ventana, marcados «No guardado».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="528"/>
        <source>Close anyway and lose them? You can copy them first, to paste them elsewhere.</source>
        <translation>¿Cerrar de todos modos y perderlos? Puede copiarlos antes para pegarlos en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="530"/>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Mantener la ventana abierta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="531"/>
        <source>&amp;Copy them and close</source>
        <translation>&amp;Copiar y cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="532"/>
        <source>C&amp;lose and lose them</source>
        <translation>C&amp;errar y perderlos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="656"/>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Movida a la papelera. Muestre la papelera para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="668"/>
        <source>Restored.</source>
        <translation>Restaurada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="689"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="712"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="92"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la ca&amp;rpeta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="116"/>
        <source>Could not open %s</source>
        <translation>No se pudo abrir %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="72"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="399"/>
        <source>%1 failed: %2</source>
        <translation>Error en la operación «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="142"/>
        <source>This assessment has %n document attached as evidence. The workbook does not carry documents: a colleague who receives it does not get it. The assessment package carries the workbook and the document.</source>
        <translation>Esta evaluación tiene %n documento adjunto como evidencia. El libro no lleva documentos: un colega que lo reciba no lo tendrá. El paquete de evaluación lleva el libro y el documento.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="145"/>
        <source>This assessment has %n documents attached as evidence. The workbook does not carry documents: a colleague who receives it gets none of them. The assessment package carries the workbook and every document.</source>
        <translation>Esta evaluación tiene %n documentos adjuntos como evidencia. El libro no lleva documentos: un colega que lo reciba no tendrá ninguno. El paquete de evaluación lleva el libro y todos los documentos.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="149"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="178"/>
        <source>Export workbook</source>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="153"/>
        <source>Export the &amp;package…</source>
        <translation>Exportar el &amp;paquete…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="155"/>
        <source>&amp;Workbook only…</source>
        <translation>Solo el &amp;libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="180"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="187"/>
        <source>Export failed: %s</source>
        <translation>Error al exportar: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="189"/>
        <source>Exporting the workbook</source>
        <translation>Exportando el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="192"/>
        <source>Workbook written: %s</source>
        <translation>Libro guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="204"/>
        <source>Export assessment package</source>
        <translation>Exportar paquete de evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="206"/>
        <source>Assessment packages (*.zip)</source>
        <translation>Paquetes de evaluación (*.zip)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="210"/>
        <source>Exporting the package</source>
        <translation>Exportando el paquete</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="213"/>
        <source>Package written: %s</source>
        <translation>Paquete guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="230"/>
        <source>Folder for the forms</source>
        <translation>Carpeta de los formularios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="240"/>
        <source>Forms for ODK and Kobo written: %s</source>
        <translation>Formularios para ODK y Kobo guardados: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="243"/>
        <source>Writing the forms for ODK and Kobo</source>
        <translation>Escribiendo los formularios para ODK y Kobo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="275"/>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="277"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="300"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="281"/>
        <source>Writing the Word document</source>
        <translation>Generando el documento de Word</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="339"/>
        <source>Reading the package</source>
        <translation>Lectura del paquete</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="457"/>
        <source>Documents attached: %1.</source>
        <translation>Documentos adjuntos: %1.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="471"/>
        <source>Importing the workbook</source>
        <translation>Importando el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="514"/>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="515"/>
        <source>Superseded (a later export is used):</source>
        <translation>Reemplazados (se usa una exportación posterior):</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="181"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="194"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="207"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="215"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="225"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="195"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="216"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="245"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="253"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="255"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="301"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="260"/>
        <source>Writing the PDF report</source>
        <translation>Generando el informe PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="263"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="284"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="309"/>
        <source>Report written: %s</source>
        <translation>Informe guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="256"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="264"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="278"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="285"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="302"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="310"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="265"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="286"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="311"/>
        <source>Report cancelled.</source>
        <translation>Informe cancelado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="320"/>
        <source>Import workbook</source>
        <translation>Importar libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="329"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="351"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="374"/>
        <source>Reading the workbook</source>
        <translation>Leyendo el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="398"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="333"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="343"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="356"/>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="322"/>
        <source>Workbooks, assessment packages and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Libros, paquetes de evaluación y exportaciones de ODK o Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="367"/>
        <source>Export of %1 submissions imported: %2 values proposed, no answer changed.</source>
        <translation>Exportación de %1 envíos importada: %2 valores propuestos, ninguna respuesta cambiada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="436"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="445"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="450"/>
        <source>Imported %s.</source>
        <translation>%s importado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="493"/>
        <source>Aggregating workbooks</source>
        <translation>Consolidando los libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="503"/>
        <source>%1 accepted, %2 rejected, %3 superseded.</source>
        <translation>%1 aceptados, %2 rechazados, %3 reemplazados.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="507"/>
        <source>Aggregate written: %s</source>
        <translation>Libro consolidado guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="491"/>
        <location filename="../../capacity_app/gui/window/flows.py" line="496"/>
        <source>Aggregation</source>
        <translation>Consolidación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="405"/>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Este libro no se puede importar. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="452"/>
        <source>Kept %s answers changed here since the export.</source>
        <translation>Se conservaron %s respuestas modificadas aquí desde la exportación.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="498"/>
        <source>Aggregation cancelled.</source>
        <translation>Consolidación cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/main_window.py" line="804"/>
        <source>Stopping background work…</source>
        <translation>Deteniendo las tareas en segundo plano…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="49"/>
        <source>&amp;Send questions to institutions…</source>
        <translation>Enviar preg&amp;untas a las instituciones…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/actions.py" line="50"/>
        <source>Institutions&apos; proposa&amp;ls…</source>
        <translation>Pr&amp;opuestas de las instituciones…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="386"/>
        <source>Reply of %1 imported: %2 values proposed, no answer changed.</source>
        <translation>Respuesta de %1 importada: %2 valores propuestos, ninguna respuesta cambiada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="298"/>
        <source>Funding request for %1</source>
        <translation>Solicitud de financiación al asociado %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/flows.py" line="306"/>
        <source>Writing the funding request for %1</source>
        <translation>Generando la solicitud de financiación al asociado %1</translation>
    </message>
</context>
<context>
    <name>MarkerLegend</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>gap</source>
        <translation>brecha</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>needs work</source>
        <translation>por reforzar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>fine</source>
        <translation>satisfactorio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="201"/>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="213"/>
        <source>Sections: the band of their score. Policy questions: the gap between the need and the data available; not assessed while no cell of their matrix row is answered.</source>
        <translation>Secciones: la franja de su puntuación. Preguntas de política: la brecha entre la necesidad y los datos disponibles; sin evaluar mientras ninguna celda de su fila de la matriz tenga respuesta.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="364"/>
        <source>main source</source>
        <translation>fuente principal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="364"/>
        <source>supporting source</source>
        <translation>fuente complementaria</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="365"/>
        <source>not an expected source</source>
        <translation>fuente no prevista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="366"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="366"/>
        <source>no level yet</source>
        <translation>sin nivel todavía</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="228"/>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● fuente principal   ○ fuente complementaria   color y número: nivel calculado de 0 (ninguno) a 3 (adecuado para el fin). Las flechas mueven, Intro edita, Esc vuelve.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/matrix.py" line="241"/>
        <source>Policy question by data source matrix</source>
        <translation>Matriz de preguntas de política por fuente de datos</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="125"/>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="125"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="154"/>
        <location filename="../../capacity_app/gui/questions/models.py" line="159"/>
        <source>%1 of %2 answered</source>
        <translation>Respondidas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="161"/>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="178"/>
        <source>Policy questions A–O</source>
        <translation>Preguntas de política A–O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="188"/>
        <source>Not assessed yet: no cell of its row in the matrix is answered.</source>
        <translation>Aún sin evaluar: ninguna celda de su fila de la matriz tiene respuesta.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="190"/>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Necesidad %1, disponibilidad %2, brecha %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="197"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="199"/>
        <source>gap %1</source>
        <translation>brecha %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="199"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/questions/models.py" line="205"/>
        <source>skip</source>
        <translation>omitida</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="115"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="128"/>
        <source>Round (year)</source>
        <translation>Ronda (año)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="131"/>
        <source>optional: made from the country and round</source>
        <translation>opcional: se forma con el país y la ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="132"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="134"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="228"/>
        <source>Reference date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="136"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="228"/>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="138"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="229"/>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="142"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="143"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="144"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="145"/>
        <source>Re&amp;ference date:</source>
        <translation>F&amp;echa de referencia:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="146"/>
        <source>Mission &amp;start:</source>
        <translation>&amp;Inicio de la misión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="147"/>
        <source>Mission &amp;end:</source>
        <translation>&amp;Fin de la misión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="152"/>
        <source>Interviewed</source>
        <translation>Entrevistada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="152"/>
        <source>Role of the respondent</source>
        <translation>Cargo de la persona entrevistada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="174"/>
        <source>These details are the answers of section S0 (Mission and respondents): correct or complete them there at any time.</source>
        <translation>Estos datos son las respuestas de la sección S0 (Misión y personas entrevistadas): corríjalos o complételos allí en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="157"/>
        <source>Institutions interviewed</source>
        <translation>Instituciones entrevistadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="179"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="184"/>
        <source>Institutions interviewed:</source>
        <translation>Instituciones entrevistadas:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="51"/>
        <source>Next round of %1 %2</source>
        <translation>Ronda siguiente de %1 %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="55"/>
        <source>A new assessment of %1 starts from round %2.</source>
        <translation>Una nueva evaluación de %1 parte de la ronda %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="63"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="64"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="66"/>
        <source>Reference date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="68"/>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="70"/>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="71"/>
        <source>R&amp;eference date:</source>
        <translation>Fecha de r&amp;eferencia:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="72"/>
        <source>Mission &amp;start:</source>
        <translation>&amp;Inicio de la misión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="73"/>
        <source>Mission e&amp;nd:</source>
        <translation>&amp;Fin de la misión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="74"/>
        <source>&amp;Copy the answers of round %s (comments and evidence included) to review them</source>
        <translation>Co&amp;piar las respuestas de la ronda %s (comentarios y evidencias incluidos) para revisarlas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="78"/>
        <source>&amp;Keep round %s&apos;s reference and mission dates where none is given here</source>
        <translation>&amp;Mantener las fechas de referencia y de misión de la ronda %s si no se indica ninguna aquí</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="81"/>
        <source>Also copied: the institutions, the section weights and the action plan. Dates left empty can be entered later in S0.</source>
        <translation>También se copian: las instituciones, las ponderaciones de las secciones y el plan de acción. Las fechas que se dejen vacías pueden introducirse más tarde en S0.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="94"/>
        <source>Create round</source>
        <translation>Crear la ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/rounds.py" line="131"/>
        <source>Created round %s from the previous one; Move to trash removes it again.</source>
        <translation>Ronda %s creada a partir de la anterior; «Mover a la papelera» la retira.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="30"/>
        <source>Welcome</source>
        <translation>Bienvenido/a</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="31"/>
        <source>Your name is recorded with every change you make, so that a mission team can tell who answered what. You can change it later in File ▸ Preferences.</source>
        <translation>Su nombre se registra con cada cambio que haga, para que el equipo de la misión sepa quién respondió qué. Puede cambiarlo más tarde en Archivo ▸ Preferencias.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="37"/>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="38"/>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="39"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="46"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/first_start.py" line="47"/>
        <source>Skip: ask nothing now</source>
        <translation>Omitir: no preguntar nada ahora</translation>
    </message>
</context>
<context>
    <name>PartnerEditionDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="291"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Asociado:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="292"/>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="293"/>
        <source>&amp;Word document</source>
        <translation>Documento de &amp;Word</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="295"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="298"/>
        <source>No cost line of the plan names a development partner yet: a partner&apos;s edition asks a partner to fund its lines.</source>
        <translation>Ninguna línea de costo del plan nombra todavía a un asociado para el desarrollo: la edición para un asociado le solicita que financie sus líneas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="305"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="306"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/request.py" line="315"/>
        <source>Funding request for a partner</source>
        <translation>Solicitud de financiación para un asociado</translation>
    </message>
</context>
<context>
    <name>PeriodReportDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="104"/>
        <source>Report of %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="105"/>
        <source>What the implementation report of %1 prints in the planning unit&apos;s own words: the summary before the figures, the decisions asked of the minister, and beside each action at risk or off track its corrective measure.</source>
        <translation>Lo que el informe de ejecución de %1 imprime con las propias palabras de la unidad de planificación: el resumen antes de las cifras, las decisiones solicitadas al ministro y, junto a cada acción en riesgo o desviada, su medida correctiva.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="109"/>
        <source>The planning unit&apos;s s&amp;ummary (a paragraph a line):</source>
        <translation>Resumen de la unidad de &amp;planificación (un párrafo por línea):</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="110"/>
        <source>&amp;Decisions asked of the minister, one a line, in their order:</source>
        <translation>&amp;Decisiones solicitadas al ministro, una por línea, en su orden:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="111"/>
        <source>Corrective &amp;measures of the actions at risk or off track:</source>
        <translation>&amp;Medidas correctivas de las acciones en riesgo o desviadas:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="112"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="112"/>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="112"/>
        <source>Reason given</source>
        <translation>Motivo señalado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="113"/>
        <source>Corrective measure</source>
        <translation>Medida correctiva</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="113"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="114"/>
        <source>By (YYYY-MM-DD)</source>
        <translation>Plazo (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="115"/>
        <source>The planning unit&apos;s summary</source>
        <translation>Resumen de la unidad de planificación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="116"/>
        <source>Decisions asked of the minister</source>
        <translation>Decisiones solicitadas al ministro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="117"/>
        <source>Corrective measures</source>
        <translation>Medidas correctivas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="120"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="122"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/period_report.py" line="225"/>
        <source>The report of %1 typed is not saved.</source>
        <translation>El informe de %1 escrito no está guardado.</translation>
    </message>
</context>
<context>
    <name>PlanCount</name>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="869"/>
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
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="161"/>
        <source>National budget</source>
        <translation>Presupuesto nacional</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="161"/>
        <source>Development partner</source>
        <translation>Asociado para el desarrollo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="162"/>
        <source>Other source</source>
        <translation>Otra fuente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="167"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="168"/>
        <source>Consultants</source>
        <translation>Consultores</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="169"/>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="170"/>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="171"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="172"/>
        <source>Survey operations</source>
        <translation>Operaciones de encuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="177"/>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="178"/>
        <source>pledged</source>
        <translation>prometido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="179"/>
        <source>committed</source>
        <translation>comprometido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="180"/>
        <source>disbursed</source>
        <translation>desembolsado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="325"/>
        <source>Cost line</source>
        <translation>Línea de costo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="325"/>
        <source>Edit the cost line</source>
        <translation>Modificar la línea de costo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="334"/>
        <source>e.g. 45000000 or 1250.50</source>
        <translation>por ejemplo 45000000 o 1250.50</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="342"/>
        <source>The development partner, or what the other source is</source>
        <translation>El asociado para el desarrollo, o cuál es la otra fuente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="343"/>
        <source>Funding &amp;secured</source>
        <translation>Financiación a&amp;segurada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="346"/>
        <source>Amount spent, when known</source>
        <translation>Importe gastado, si se conoce</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="349"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="349"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="349"/>
        <source>&amp;Currency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="350"/>
        <source>Cost basis: &amp;unit cost × quantity:</source>
        <translation>Base de cálculo: costo &amp;unitario × cantidad:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="351"/>
        <source>Cost ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría de costo:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="352"/>
        <source>&amp;Funding source:</source>
        <translation>&amp;Fuente de financiación:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="352"/>
        <source>&amp;Partner or other source:</source>
        <translation>Asociado u &amp;otra fuente:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="353"/>
        <source>Funding sta&amp;ge:</source>
        <translation>Eta&amp;pa del financiamiento:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="354"/>
        <source>Amount &amp;executed:</source>
        <translation>Importe &amp;ejecutado:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="356"/>
        <source>National budget takes o&amp;ver from:</source>
        <translation>Asu&amp;mido por el presupuesto nacional a partir de:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="227"/>
        <source>Ca&amp;ncel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="364"/>
        <source>&amp;OK</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="394"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="395"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="493"/>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="397"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="398"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="405"/>
        <source>Optional: the cost of one unit and the number of units; their product is the amount (filled in when the amount is left empty)</source>
        <translation>Opcional: el costo de una unidad y el número de unidades; su producto es el importe (se completa si el importe se deja vacío)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="409"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="414"/>
        <source>(not said)</source>
        <translation>(sin precisar)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="418"/>
        <source>Committed and disbursed funding is secured; identified and pledged funding is not</source>
        <translation>La financiación comprometida o desembolsada está asegurada; la identificada o prometida no lo está</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="424"/>
        <source>&amp;Recurrent cost (goes on after the action)</source>
        <translation>Costo &amp;recurrente (continúa después de la acción)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="429"/>
        <source>(not taken over)</source>
        <translation>(no asumido)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="431"/>
        <source>Year the national budget takes it over</source>
        <translation>Año en que lo asume el presupuesto nacional</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="434"/>
        <source>Amount a year, in the line&apos;s currency</source>
        <translation>Importe anual, en la moneda de la línea</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="435"/>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="458"/>
        <source>Amount a year taken over</source>
        <translation>Importe anual asumido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="441"/>
        <source>When the partner&apos;s funding ends: from which year the national budget pays this recurrent cost, and how much a year (after the partner&apos;s last funded year)</source>
        <translation>Cuando termina la financiación del asociado: el año a partir del cual el presupuesto nacional asume este costo recurrente y el importe anual (después del último año financiado por el asociado)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="485"/>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="173"/>
        <source>%1: write digits, with “%2” for decimals, such as 45000000 or %3 (no thousands separators).</source>
        <translation>%1: escriba cifras, con «%2» para los decimales, por ejemplo 45000000 o %3 (sin separadores de miles).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="504"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="505"/>
        <source>Amount executed</source>
        <translation>Importe ejecutado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="536"/>
        <source>Currency and exchange rates</source>
        <translation>Moneda y tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="541"/>
        <source>none known</source>
        <translation>ninguna conocida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="542"/>
        <source>The country&apos;s (%s)</source>
        <translation>La del país (%s)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="543"/>
        <source>Plan &amp;currency:</source>
        <translation>Moneda del &amp;plan:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="547"/>
        <source>Exchange rates give the USD equivalents: units of each currency for one US dollar, with the date of the rate and its source (e.g. the UN operational rate of exchange). F2 edits a cell.</source>
        <translation>Los tipos de cambio dan los equivalentes en dólares de los Estados Unidos: unidades de cada moneda por un dólar, con la fecha del tipo y su fuente (por ejemplo, el tipo de cambio operacional de las Naciones Unidas). F2 modifica una celda.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="554"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="554"/>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="554"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="555"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="558"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="562"/>
        <source>E&amp;xchange rates:</source>
        <translation>&amp;Tipos de cambio:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="567"/>
        <source>&amp;Add a rate</source>
        <translation>Aña&amp;dir un tipo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="568"/>
        <source>&amp;Remove the rate</source>
        <translation>&amp;Eliminar el tipo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="575"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="709"/>
        <source>&amp;Record the validation</source>
        <translation>Registrar la &amp;validación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="804"/>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="643"/>
        <source>Row %d: %s</source>
        <translation>Fila %d: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="389"/>
        <source>The cost line typed is not saved.</source>
        <translation>La línea de costo introducida no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="591"/>
        <source>The exchange rates typed are not saved.</source>
        <translation>Los tipos de cambio introducidos no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="648"/>
        <source>%s is not an ISO 4217 currency of the country table</source>
        <translation>%s no es una moneda ISO 4217 de la tabla de países</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="667"/>
        <source>Validation of the action plan</source>
        <translation>Validación del plan de acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="671"/>
        <source>Record that the government validated the plan as it is now. An action edited afterwards is shown as changed after validation, here, in the workbook and in the report.</source>
        <translation>Registrar que el gobierno validó el plan tal como está ahora. Una acción modificada después se señala como modificada tras la validación, aquí, en el libro y en el informe.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="683"/>
        <source>e.g. National validation workshop, the capital</source>
        <translation>por ejemplo Taller nacional de validación, la capital</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="687"/>
        <source>One institution per line</source>
        <translation>Una institución por línea</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="690"/>
        <source>Name of the person who approved the plan</source>
        <translation>Nombre de la persona que aprobó el plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="692"/>
        <source>e.g. Director-General, National Statistics Office</source>
        <translation>por ejemplo Director General, Oficina Nacional de Estadística</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="693"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="693"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="694"/>
        <source>&amp;Institutions present:</source>
        <translation>&amp;Instituciones presentes:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="694"/>
        <source>Approved &amp;by:</source>
        <translation>Apro&amp;bado por:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="695"/>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="712"/>
        <source>Reason for withdrawing the validation</source>
        <translation>Motivo de la retirada de la validación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="716"/>
        <source>&amp;Withdraw the validation</source>
        <translation>&amp;Retirar la validación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="732"/>
        <source>The validation typed is not saved.</source>
        <translation>La validación introducida no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="740"/>
        <source>Give the reason for withdrawing the validation.</source>
        <translation>Indique el motivo de la retirada de la validación.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="764"/>
        <source>Cost of the plan and financing gap</source>
        <translation>Costo del plan y déficit de financiación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="777"/>
        <source>By &amp;year</source>
        <translation>Por &amp;año</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="778"/>
        <source>By &amp;institution</source>
        <translation>Por &amp;institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="779"/>
        <source>(no owner yet)</source>
        <translation>(aún sin responsable)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="780"/>
        <source>By funding &amp;source</source>
        <translation>Por &amp;fuente de financiación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="783"/>
        <source>By &amp;currency</source>
        <translation>Por &amp;moneda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="786"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="797"/>
        <source>Exchange rates: %s.</source>
        <translation>Tipos de cambio: %s.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="798"/>
        <source>No exchange rate: no USD equivalents.</source>
        <translation>Sin tipo de cambio: no hay equivalentes en dólares.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="799"/>
        <source>No rate for %s: the USD figures are left out.</source>
        <translation>Sin tipo para %s: se omiten las cifras en dólares.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="814"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="815"/>
        <source>Secured</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="816"/>
        <source>Financing gap</source>
        <translation>Déficit de financiación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="817"/>
        <source>Cost (USD)</source>
        <translation>Costo (USD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="818"/>
        <source>Gap (USD)</source>
        <translation>Déficit (USD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="850"/>
        <source>No action is costed yet.</source>
        <translation>Todavía no hay ninguna acción con costo.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/dialogs.py" line="856"/>
        <source>Total cost %1; secured %2; financing gap %3.</source>
        <translation>Costo total %1; asegurado %2; déficit de financiación %3.</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="209"/>
        <source>Availability and gap by policy question</source>
        <translation>Disponibilidad y brecha por pregunta de política</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="257"/>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="262"/>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="267"/>
        <source>gap</source>
        <translation>brecha</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="245"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="253"/>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="254"/>
        <source>your name, recorded with every change</source>
        <translation>su nombre, registrado con cada cambio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="257"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="258"/>
        <source>Where the database and its backups live (kept in %s, read by the window and the command line alike).</source>
        <translation>Dónde están la base de datos y sus copias de seguridad (indicado en %s, leído tanto por la ventana como por la línea de comandos).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="266"/>
        <source>Default report language</source>
        <translation>Idioma predeterminado de los informes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="271"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="274"/>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="275"/>
        <source>the bundled template</source>
        <translation>la plantilla incluida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="276"/>
        <source>A Word document (.docx) whose styles the Word report uses: the national statistics office&apos;s own template.</source>
        <translation>Un documento de Word (.docx) cuyos estilos usa el informe en Word: la plantilla propia de la oficina nacional de estadística.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="279"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="284"/>
        <source>&amp;Operator name:</source>
        <translation>Nombre del &amp;operador:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="285"/>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="289"/>
        <source>Default &amp;report language:</source>
        <translation>&amp;Idioma predeterminado de los informes:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="291"/>
        <source>&amp;Backup folder:</source>
        <translation>Carpeta de copias de &amp;seguridad:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="292"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="293"/>
        <source>&amp;Word template:</source>
        <translation>Plantilla de &amp;Word:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="294"/>
        <source>Interface &amp;language:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="295"/>
        <source>A new interface language applies from the next start.</source>
        <translation>Un nuevo idioma de la interfaz se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="302"/>
        <source>This database cannot be written: only the data folder (to move the data somewhere it can be written) and the interface language can be changed.</source>
        <translation>No se puede escribir en esta base de datos: solo se pueden cambiar la carpeta de datos (para trasladar los datos a un lugar donde se puedan escribir) y el idioma de la interfaz.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="330"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="348"/>
        <source>The database and its backups are in this folder.</source>
        <translation>La base de datos y sus copias de seguridad están en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="331"/>
        <source>At the next start, the database and its backups move to %s.</source>
        <translation>En el próximo inicio, la base de datos y sus copias de seguridad se trasladarán a %s.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="340"/>
        <source>A database is already in %1: it is used from the next start; the current one stays in %2.</source>
        <translation>Ya hay una base de datos en %1: se usará a partir del próximo inicio; la actual se queda en %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="344"/>
        <source>At the next start, the database and its %1 backups move to %2 (the old file is kept, renamed “capacity.sqlite3.moved”).</source>
        <translation>En el próximo inicio, la base de datos y sus %1 copias de seguridad se trasladarán a %2 (el archivo anterior se conserva, con el nombre «capacity.sqlite3.moved»).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="357"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="358"/>
        <source>Browse for %s</source>
        <translation>Examinar: %s</translation>
    </message>
</context>
<context>
    <name>ProcurementTab</name>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="254"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="254"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="254"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="255"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="256"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="256"/>
        <source>Add packa&amp;ge</source>
        <translation>Añadir &amp;paquete</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="256"/>
        <source>Remove pac&amp;kage</source>
        <translation>Quitar paque&amp;te</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="21"/>
        <source>preparing the workbook</source>
        <translation>preparación del libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="22"/>
        <source>writing answers</source>
        <translation>escritura de las respuestas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="23"/>
        <source>writing scores</source>
        <translation>escritura de las puntuaciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="24"/>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="25"/>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="27"/>
        <source>checking the file</source>
        <translation>verificación del archivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="28"/>
        <source>reading answers</source>
        <translation>lectura de las respuestas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="29"/>
        <source>checking values</source>
        <translation>verificación de los valores</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="30"/>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="32"/>
        <source>reading the answers</source>
        <translation>lectura de las respuestas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="33"/>
        <source>drawing the charts</source>
        <translation>trazado de los gráficos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="34"/>
        <source>drawing the map</source>
        <translation>trazado del mapa</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="35"/>
        <source>composing the pages</source>
        <translation>composición de las páginas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="36"/>
        <source>laying out the pages</source>
        <translation>maquetación de las páginas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="37"/>
        <source>writing the PDF file</source>
        <translation>escritura del archivo PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="38"/>
        <source>numbering the pages of the contents</source>
        <translation>numeración de las páginas del índice</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="39"/>
        <source>writing the Word file</source>
        <translation>escribiendo el archivo de Word</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="41"/>
        <source>writing the consolidated workbook</source>
        <translation>escritura del libro consolidado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="42"/>
        <source>writing the PDF summary</source>
        <translation>escritura del resumen en PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="43"/>
        <source>writing the analyst files</source>
        <translation>escritura de los archivos para el análisis</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="44"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="46"/>
        <source>making the forms</source>
        <translation>preparación de los formularios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="47"/>
        <source>writing the form</source>
        <translation>escritura del formulario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="48"/>
        <source>checking the form with pyxform</source>
        <translation>verificación del formulario con pyxform</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="49"/>
        <source>writing the questions</source>
        <translation>escritura de las preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="50"/>
        <source>reading the submissions</source>
        <translation>lectura de los envíos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="51"/>
        <source>reading the repeated rows</source>
        <translation>lectura de las filas repetidas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="52"/>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="57"/>
        <source>read %1</source>
        <translation>leído: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="83"/>
        <source>reading one file</source>
        <translation>lectura de un archivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/progress_text.py" line="84"/>
        <source>reading %1 files</source>
        <translation>lectura de %1 archivos</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="170"/>
        <source>The progress typed for %1 is not saved.</source>
        <translation>Los avances introducidos para %1 no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="199"/>
        <source>Progress of the plan</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="200"/>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de informe:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="201"/>
        <source>A year such as 2026 or a half-year such as 2026-H1</source>
        <translation>Un año, como 2026, o un semestre, como 2026-H1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="202"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="202"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="202"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="203"/>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="77"/>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="204"/>
        <source>Cost line</source>
        <translation>Partida de costo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="204"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="204"/>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="205"/>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="205"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="207"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="208"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="210"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="210"/>
        <source>&amp;Money</source>
        <translation>&amp;Fondos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="210"/>
        <source>In&amp;dicators</source>
        <translation>In&amp;dicadores</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="212"/>
        <source>&amp;Institutions&apos; replies…</source>
        <translation>Respuestas de las &amp;instituciones…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="213"/>
        <source>&amp;Write the report…</source>
        <translation>&amp;Redactar el informe…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="214"/>
        <source>The summary, the decisions asked of the minister and the corrective measures that the period&apos;s implementation report prints</source>
        <translation>El resumen, las decisiones solicitadas al ministro y las medidas correctivas que imprime el informe de ejecución del período</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="216"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="217"/>
        <source>Each action&apos;s status in the period</source>
        <translation>Estado de cada acción en el período</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="218"/>
        <source>Money of each cost line in the period</source>
        <translation>Fondos de cada partida de costo en el período</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="37"/>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="38"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="39"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="40"/>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="69"/>
        <source>Target %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="70"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="72"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="73"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="74"/>
        <source>Value measured</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="75"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="76"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="80"/>
        <source>The date the value was measured, written YYYY-MM-DD (such as 2026-10-15)</source>
        <translation>La fecha de la medición, escrita AAAA-MM-DD (por ejemplo, 2026-10-15)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="82"/>
        <source>Each indicator&apos;s value measured in the period</source>
        <translation>Valor medido de cada indicador en el período</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="89"/>
        <source>Output of action %1</source>
        <translation>Producto de la acción %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="124"/>
        <source>(value of %1)</source>
        <translation>(valor de %1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="126"/>
        <source>(no target this year)</source>
        <translation>(sin meta este año)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_values.py" line="154"/>
        <source>indicator %1: type the value measured (a value recorded is replaced, never emptied)</source>
        <translation>indicador %1: escriba el valor medido (un valor registrado se reemplaza, nunca se deja vacío)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress.py" line="264"/>
        <source>%1 on track, %2 at risk, %3 off track, %4 not judged</source>
        <translation>%1 según lo previsto, %2 en riesgo, %3 desviadas, %4 sin evaluar</translation>
    </message>
</context>
<context>
    <name>ProgressRepliesDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="116"/>
        <source>Progress reported by the institutions</source>
        <translation>Avance comunicado por las instituciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="117"/>
        <source>Each institution leading actions reports their progress in a workbook: send it the workbook of a period, then receive its reply. The reply&apos;s rows are proposals: no progress changes until you accept one.</source>
        <translation>Cada institución que dirige acciones informa de su avance en un libro de Excel: envíele el libro de un período y reciba después su respuesta. Las filas de la respuesta son propuestas: no se registra nada hasta que acepte una.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="120"/>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Período de informe:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="121"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="123"/>
        <source>&amp;Send a workbook…</source>
        <translation>&amp;Enviar un libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="124"/>
        <source>As an &amp;XLSForm for ODK or Kobo</source>
        <translation>Como formulario &amp;XLSForm para ODK o Kobo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="125"/>
        <source>&amp;Receive a reply…</source>
        <translation>&amp;Recibir una respuesta…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="126"/>
        <source>A returned workbook, or a KoboToolbox export (.xlsx) of the form&apos;s submissions</source>
        <translation>Un libro devuelto, o la exportación de KoboToolbox (.xlsx) de los envíos del formulario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="128"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="129"/>
        <source>Accep&amp;t all</source>
        <translation>Acep&amp;tar todas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="130"/>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="132"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="132"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="132"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="133"/>
        <source>Respondent</source>
        <translation>Encuestado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="133"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="134"/>
        <source>Open proposals of the plan&apos;s progress</source>
        <translation>Propuestas pendientes sobre el avance del plan</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="144"/>
        <source>(replaces what is recorded)</source>
        <translation>(sustituye lo registrado)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="158"/>
        <source>Action %1, %2</source>
        <translation>Acción %1, %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="160"/>
        <source>Indicator %1, %2</source>
        <translation>Indicador %1, %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="165"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="181"/>
        <source>No action names the institution leading it.</source>
        <translation>Ninguna acción indica la institución que la dirige.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="183"/>
        <source>Save the progress workbook</source>
        <translation>Guardar el libro de avance</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="184"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="187"/>
        <source>Writing the progress workbook</source>
        <translation>Escribiendo el libro de avance</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="189"/>
        <source>Written: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="194"/>
        <source>Receive an institution&apos;s reply</source>
        <translation>Recibir la respuesta de una institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="195"/>
        <source>Workbooks and ODK or Kobo exports (*.xlsx *.zip *.csv)</source>
        <translation>Libros y exportaciones de ODK o Kobo (*.xlsx *.zip *.csv)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="198"/>
        <source>Reading the reply</source>
        <translation>Leyendo la respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="208"/>
        <source>%1 for %2: this reply, filled %3, is older than the one of %4 received before: set aside, nothing stored.</source>
        <translation>%1 para %2: esta respuesta, completada el %3, es anterior a la del %4 recibida antes: se deja aparte, no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="212"/>
        <source>%1 for %2: this reply states no time it was filled, unlike the one of %3 received before: set aside, nothing stored.</source>
        <translation>%1 para %2: esta respuesta no indica cuándo se completó, a diferencia de la del %3 recibida antes: se deja aparte, no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="219"/>
        <source>%1 for %2: %3 proposed, %4 as recorded already.</source>
        <translation>%1 para %2: %3 propuestas, %4 iguales a lo ya registrado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="222"/>
        <source>%1 replies for the period: this one taken on your word, not by the time it states (the one received before is of %2).</source>
        <translation>%1 respuestas para el período: esta se toma por decisión suya, no por la hora que indica (la recibida antes es del %2).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="226"/>
        <source>%1 replies for the period: this one, of %2, is the newest.</source>
        <translation>%1 respuestas para el período: esta, del %2, es la más reciente.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="229"/>
        <source>%1 replies for the period: this one taken as the one received last (no time they state tells them apart).</source>
        <translation>%1 respuestas para el período: se toma esta como la última recibida (ninguna fecha que indiquen las distingue).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="238"/>
        <source>Reply set aside</source>
        <translation>Respuesta dejada aparte</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/progress_replies.py" line="239"/>
        <source>Take this reply all the same? Its proposals then supersede the open ones of the reply received before.</source>
        <translation>¿Tomar esta respuesta de todos modos? Sus propuestas sustituyen entonces a las abiertas de la respuesta recibida antes.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="33"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="34"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="38"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="116"/>
        <source>Read-only: %s.</source>
        <translation>Solo lectura: %s.</translation>
    </message>
</context>
<context>
    <name>ResultsChainDialog</name>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="36"/>
        <source>Overall objective</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="37"/>
        <location filename="../../capacity_app/gui/plan/results.py" line="97"/>
        <source>Outcome</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="38"/>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="72"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="78"/>
        <source>Results chain</source>
        <translation>Cadena de resultados</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="84"/>
        <source>Overall objective (impact)</source>
        <translation>Objetivo general (impacto)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="88"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="89"/>
        <source>A&amp;ssumptions:</source>
        <translation>&amp;Supuestos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="95"/>
        <source>Outcomes (specific objectives)</source>
        <translation>Efectos (objetivos específicos)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="97"/>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="97"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="101"/>
        <source>&amp;Add outcome</source>
        <translation>&amp;Añadir un efecto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="102"/>
        <source>&amp;Remove outcome</source>
        <translation>&amp;Quitar el efecto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="123"/>
        <source>Add &amp;indicator of</source>
        <translation>Añadir un &amp;indicador de</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="124"/>
        <source>Remove in&amp;dicator</source>
        <translation>Quitar el in&amp;dicador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="112"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Measures</source>
        <translation>Mide</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="114"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="115"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="115"/>
        <source>Baseline year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="116"/>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="116"/>
        <source>Targets (%1)</source>
        <translation>Metas (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="134"/>
        <source>The outcome each action serves (an action is an output)</source>
        <translation>El efecto al que contribuye cada acción (una acción es un producto)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="136"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="136"/>
        <source>Outcome it serves</source>
        <translation>Efecto al que contribuye</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="193"/>
        <location filename="../../capacity_app/gui/plan/results.py" line="210"/>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="219"/>
        <source>(no outcome yet)</source>
        <translation>(aún sin efecto)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="286"/>
        <source>The results chain typed is not saved.</source>
        <translation>La cadena de resultados introducida no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="333"/>
        <source>New outcome</source>
        <translation>Nuevo efecto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/results.py" line="356"/>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="23"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="24"/>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="25"/>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="26"/>
        <source>Disputed</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="39"/>
        <source>Review: ✓ validated, ? needs follow-up, ✗ disputed.</source>
        <translation>Revisión: ✓ validada, ? requiere seguimiento, ✗ impugnada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="45"/>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="46"/>
        <source>marked for follow-up</source>
        <translation>marcada para seguimiento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="47"/>
        <source>disputed</source>
        <translation>impugnada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="56"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="58"/>
        <source>the answer changed after it was %1 by %2 on %3</source>
        <translation>la respuesta cambió después de ser %1 por %2 el %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="60"/>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="81"/>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="95"/>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="144"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="145"/>
        <source>Note: what is disputed, what to follow up</source>
        <translation>Nota: qué se impugna, qué hay que seguir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/review.py" line="149"/>
        <source>Review of this answer: %s</source>
        <translation>Revisión de esta respuesta: %s</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="188"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="188"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="188"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="189"/>
        <source>Mitigating measure</source>
        <translation>Medida de mitigación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="189"/>
        <source>Owner</source>
        <translation>Responsable del riesgo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="190"/>
        <source>Add &amp;risk</source>
        <translation>Añadir r&amp;iesgo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/plan/donor_tabs.py" line="190"/>
        <source>Remo&amp;ve risk</source>
        <translation>&amp;Quitar riesgo</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="88"/>
        <source>Section scores chart</source>
        <translation>Gráfico de puntuaciones por sección</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="105"/>
        <source>(round %1: %2)</source>
        <translation>(ronda %1: %2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="139"/>
        <source>Click to open the section.</source>
        <translation>Haga clic para abrir la sección.</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="30"/>
        <source>a file of that name is in the way</source>
        <translation>un archivo con ese nombre ocupa ya ese lugar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="31"/>
        <location filename="../../capacity_app/gui/service_text.py" line="32"/>
        <location filename="../../capacity_app/gui/service_text.py" line="40"/>
        <source>no permission to write there</source>
        <translation>no hay permiso para escribir allí</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="33"/>
        <source>the drive is read-only</source>
        <translation>la unidad es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="34"/>
        <location filename="../../capacity_app/gui/service_text.py" line="39"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="35"/>
        <source>a file is in the way of the folder</source>
        <translation>un archivo ocupa el lugar de la carpeta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="36"/>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="37"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="46"/>
        <source>the database is on a network share, where SQLite cannot lock it safely: copy it to this computer and open the copy</source>
        <translation>la base de datos está en una carpeta compartida en red, donde SQLite no puede bloquearla de forma segura: cópiela en este equipo y abra la copia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="48"/>
        <source>the title is one line (it holds a line break)</source>
        <translation>el título es de una sola línea (contiene un salto de línea)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="49"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="50"/>
        <source>is a folder, not a workbook</source>
        <translation>es una carpeta, no un libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="52"/>
        <source>not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)</source>
        <translation>no es un libro de Excel .xlsx (el archivo no es un archivo zip; ¿un antiguo .xls o un archivo dañado?)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="55"/>
        <source>not an Excel .xlsx workbook ([Content_Types].xml is missing)</source>
        <translation>no es un libro de Excel .xlsx (falta [Content_Types].xml)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="57"/>
        <source>an OpenDocument file, not an Excel .xlsx workbook</source>
        <translation>un archivo OpenDocument, no un libro de Excel .xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="59"/>
        <source>the sheet is missing (is this a capacity-app workbook?)</source>
        <translation>falta la hoja (¿es un libro de capacity-app?)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="61"/>
        <source>contains a formula; formulas are never evaluated (type the value)</source>
        <translation>contiene una fórmula; las fórmulas nunca se evalúan (escriba el valor)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="63"/>
        <source>the assessment identifier is missing or malformed</source>
        <translation>falta el identificador de la evaluación o está mal formado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="64"/>
        <source>the database is open read-only</source>
        <translation>la base de datos está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="65"/>
        <source>the database is closed</source>
        <translation>la base de datos está cerrada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="66"/>
        <source>no permission to read the database</source>
        <translation>no hay permiso para leer la base de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="67"/>
        <source>the mission ends before it starts</source>
        <translation>la misión termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="68"/>
        <source>no such question in this questionnaire</source>
        <translation>esta pregunta no existe en este cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="75"/>
        <source>“don&apos;t know” is not accepted for this question</source>
        <translation>«no sabe» no se acepta para esta pregunta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="77"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="78"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="80"/>
        <source>the package is empty (a zip archive without members)</source>
        <translation>el paquete está vacío (archivo zip sin ningún elemento)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="82"/>
        <source>not an assessment package (not a zip archive)</source>
        <translation>no es un paquete de evaluación (no es un archivo zip)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="83"/>
        <source>the package is empty</source>
        <translation>el paquete está vacío</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="85"/>
        <source>the package is encrypted or password-protected</source>
        <translation>el paquete está cifrado o protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="87"/>
        <source>an Excel workbook, not an assessment package (import it under its .xlsx name)</source>
        <translation>un libro de Excel, no un paquete de evaluación (impórtelo con su nombre .xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="90"/>
        <source>no manifest.json in the package (not an assessment package)</source>
        <translation>el paquete no contiene manifest.json (no es un paquete de evaluación)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="92"/>
        <source>manifest.json is not valid: not UTF-8 JSON</source>
        <translation>manifest.json no es válido: no es JSON en UTF-8</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="94"/>
        <source>manifest.json is not valid: its format is not capacity-app-package</source>
        <translation>manifest.json no es válido: su formato no es capacity-app-package</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="96"/>
        <source>manifest.json is not valid: assessment, members or attachments missing</source>
        <translation>manifest.json no es válido: falta la evaluación, los elementos o los adjuntos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="98"/>
        <source>manifest.json is not valid: a member without a name, a SHA-256 or a size</source>
        <translation>manifest.json no es válido: un elemento sin nombre, SHA-256 o tamaño</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="100"/>
        <source>manifest.json is not valid: no workbook.xlsx</source>
        <translation>manifest.json no es válido: no hay workbook.xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="102"/>
        <source>manifest.json is not valid: an attachment without a target, a SHA-256 or a name</source>
        <translation>manifest.json no es válido: un adjunto sin destino, SHA-256 o nombre</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="106"/>
        <source>no exchange rate is needed for US dollars</source>
        <translation>no se necesita tipo de cambio para el dólar de los Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="108"/>
        <source>a cost funded by a development partner must name the partner</source>
        <translation>un costo financiado por un asociado para el desarrollo debe indicar el nombre del asociado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="110"/>
        <source>a cost funded by the national budget names no partner (choose a development partner or other)</source>
        <translation>un costo financiado por el presupuesto nacional no indica ningún asociado (elija asociado para el desarrollo u otra fuente)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="113"/>
        <source>the funder&apos;s name holds a line break or control character: keep it on one line</source>
        <translation>el nombre del financiador contiene un salto de línea o un carácter de control: escríbalo en una sola línea</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="120"/>
        <source>assessment %1 (%2) is final: set its status back to “In progress” to change it</source>
        <translation>la evaluación %1 (%2) está finalizada: vuelva a poner su estado en «En curso» para modificarla</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="124"/>
        <source>assessment %1 (%2) is final: nothing was imported; set its status back to “In progress” to import into it</source>
        <translation>la evaluación %1 (%2) está finalizada: no se importó nada; vuelva a poner su estado en «En curso» para importar en ella</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="127"/>
        <source>the round must be a year from %1 to %2, not %3</source>
        <translation>la ronda debe ser un año entre %1 y %2, no %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="129"/>
        <source>unknown answer key for questionnaire %1 %2</source>
        <translation>clave de respuesta desconocida para el cuestionario %1 %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="132"/>
        <source>questionnaire version %1 cannot be imported: no declared mapping to version %2 (assessments/mappings)</source>
        <translation>la versión %1 del cuestionario no se puede importar: no hay ninguna correspondencia declarada con la versión %2 (assessments/mappings)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="134"/>
        <source>the field %1 is missing</source>
        <translation>falta el campo %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="135"/>
        <source>unknown country code %1</source>
        <translation>código de país desconocido: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="136"/>
        <source>round must be a year, got %1</source>
        <translation>la ronda debe ser un año, no %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="138"/>
        <source>%1 appears twice (rows %2 and %3)</source>
        <translation>%1 aparece dos veces (filas %2 y %3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="140"/>
        <source>holds the spreadsheet error %1, not a value (type the value)</source>
        <translation>contiene el error de hoja de cálculo %1, no un valor (escriba el valor)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="141"/>
        <source>backup folder %1: %2</source>
        <translation>carpeta de copias de seguridad %1: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="143"/>
        <source>cannot write the backup taken before an import (%1)</source>
        <translation>no se puede escribir la copia de seguridad previa a una importación (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="145"/>
        <source>cannot write the daily backup (%1)</source>
        <translation>no se puede escribir la copia de seguridad diaria (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="147"/>
        <source>cannot write the backup (%1)</source>
        <translation>no se puede escribir la copia de seguridad (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="149"/>
        <source>cannot create the lock file (%1)</source>
        <translation>no se puede crear el archivo de bloqueo (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="151"/>
        <source>cannot open the database (%1)</source>
        <translation>no se puede abrir la base de datos (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="154"/>
        <source>.%1 files cannot be attached (allowed: %2)</source>
        <translation>no se pueden adjuntar archivos .%1 (se aceptan: %2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="156"/>
        <source>a file without an extension cannot be attached (allowed: %1)</source>
        <translation>no se puede adjuntar un archivo sin extensión (se aceptan: %1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="158"/>
        <source>the file is %1 MB; the limit is %2 MB per document</source>
        <translation>el archivo ocupa %1 MB; el límite es de %2 MB por documento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="160"/>
        <source>the assessment&apos;s documents would take %1 MB; the limit is %2 MB per assessment</source>
        <translation>los documentos de la evaluación ocuparían %1 MB; el límite es de %2 MB por evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="163"/>
        <source>this document is already attached to %1 (as %2, SHA-256 %3)</source>
        <translation>este documento ya está adjunto a %1 (como %2, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="165"/>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="167"/>
        <source>the package is too large (%1 MB; the limit is %2 MB)</source>
        <translation>el paquete es demasiado grande (%1 MB; el límite es %2 MB)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="169"/>
        <source>the package is damaged or truncated (zip: %1)</source>
        <translation>el paquete está dañado o truncado (zip: %1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="171"/>
        <source>too many members (%1; the limit is %2)</source>
        <translation>demasiados elementos (%1; el límite es %2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="173"/>
        <source>member %1 is a folder that holds data or is named unsafely (a package holds files only)</source>
        <translation>el elemento %1 es una carpeta que contiene datos o tiene un nombre no seguro (un paquete solo contiene archivos)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="176"/>
        <source>member %1 is refused: an absolute path or a path with “\”</source>
        <translation>se rechaza el elemento %1: ruta absoluta o ruta con «\»</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="178"/>
        <source>member %1 is refused: a path with “..”, “.” or an empty part</source>
        <translation>se rechaza el elemento %1: ruta con «..», «.» o una parte vacía</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="180"/>
        <source>member %1 is refused: a control character in its name</source>
        <translation>se rechaza el elemento %1: su nombre contiene un carácter de control</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="181"/>
        <source>two members are named %1</source>
        <translation>dos elementos se llaman %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="183"/>
        <source>member %1 is a folder (a package holds files only)</source>
        <translation>el elemento %1 es una carpeta (un paquete solo contiene archivos)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="185"/>
        <source>member %1 is a link or a special file</source>
        <translation>el elemento %1 es un enlace o un archivo especial</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="187"/>
        <source>member %1 is compressed %2 times (limit %3; possible zip bomb)</source>
        <translation>el elemento %1 está comprimido %2 veces (límite: %3; posible bomba de descompresión)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="189"/>
        <source>the package would decompress to %1 MB (possible zip bomb)</source>
        <translation>el paquete ocuparía %1 MB una vez descomprimido (posible bomba de descompresión)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="191"/>
        <source>manifest.json is too large (%1 MB)</source>
        <translation>manifest.json es demasiado grande (%1 MB)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="193"/>
        <source>member %1 is not in the manifest</source>
        <translation>el elemento %1 no figura en el manifiesto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="195"/>
        <source>member %1 of the manifest is missing</source>
        <translation>falta el elemento %1 del manifiesto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="197"/>
        <source>member %1 does not match the manifest (size %2, listed %3; the limit is %4 MB)</source>
        <translation>el elemento %1 no coincide con el manifiesto (tamaño %2, declarado %3; el límite es %4 MB)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="200"/>
        <source>member %1 does not match the manifest (its SHA-256 differs)</source>
        <translation>el elemento %1 no coincide con el manifiesto (su SHA-256 es distinto)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="202"/>
        <source>the documents take more than %1 MB</source>
        <translation>los documentos ocupan más de %1 MB</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="204"/>
        <source>member %1 could not be unpacked (%2)</source>
        <translation>no se pudo extraer el elemento %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="206"/>
        <source>the manifest attaches a document it does not hold (%1)</source>
        <translation>el manifiesto adjunta un documento que el paquete no contiene (%1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="208"/>
        <source>document %1 is attached to nothing in the manifest</source>
        <translation>el documento %1 no está adjunto a nada en el manifiesto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="210"/>
        <source>member %1 decompresses to more than it declares (possible zip bomb)</source>
        <translation>el elemento %1 ocupa más de lo declarado una vez descomprimido (posible bomba de descompresión)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="212"/>
        <source>the package is damaged (member %1 is shorter than declared)</source>
        <translation>el paquete está dañado (el elemento %1 es más corto de lo declarado)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="214"/>
        <source>the package is damaged (member %1: %2)</source>
        <translation>el paquete está dañado (elemento %1: %2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="216"/>
        <source>the stored document %1 does not match its SHA-256 (damaged database?); no package written</source>
        <translation>el documento guardado %1 no coincide con su SHA-256 (¿base de datos dañada?); no se ha escrito ningún paquete</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="219"/>
        <source>manifest.json is not valid: version %1 (this application reads version %2)</source>
        <translation>manifest.json no es válido: versión %1 (esta aplicación lee la versión %2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="222"/>
        <source>manifest.json is not valid: member %1 is neither workbook.xlsx nor documents/&lt;sha256&gt;.&lt;ext&gt;</source>
        <translation>manifest.json no es válido: el elemento %1 no es workbook.xlsx ni documents/&lt;sha256&gt;.&lt;ext&gt;</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="225"/>
        <source>manifest.json is not valid: member %1 is not named by its SHA-256</source>
        <translation>manifest.json no es válido: el elemento %1 no lleva el nombre de su SHA-256</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="227"/>
        <source>manifest.json is not valid: member %1 is not a kind that may be attached</source>
        <translation>manifest.json no es válido: el elemento %1 no es de un tipo que pueda adjuntarse</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="230"/>
        <source>manifest.json is not valid: member %1 is an empty document (a document attached is never empty)</source>
        <translation>manifest.json no es válido: el elemento %1 es un documento vacío (un documento adjunto nunca está vacío)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="233"/>
        <source>manifest.json is not valid: an attachment&apos;s field “%1” is longer than %2 characters</source>
        <translation>manifest.json no es válido: el campo «%1» de un adjunto supera los %2 caracteres</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="236"/>
        <source>manifest.json is not valid: attachment %1: its time %2 is not a date and time</source>
        <translation>manifest.json no es válido: adjunto %1: su hora %2 no es una fecha y hora</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="239"/>
        <source>manifest.json is not valid: attachment %1 to %2 listed twice</source>
        <translation>manifest.json no es válido: el adjunto %1 a %2 figura dos veces</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="241"/>
        <source>manifest.json is not valid: %1 listed twice</source>
        <translation>manifest.json no es válido: %1 figura dos veces</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="243"/>
        <source>manifest.json is not valid: attachment %1: %2</source>
        <translation>manifest.json no es válido: adjunto %1: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="246"/>
        <source>the year %1 must be a year from %2 to %3</source>
        <translation>el año %1 debe estar comprendido entre %2 y %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="248"/>
        <source>the amount %1 has decimals: %2 has none</source>
        <translation>el importe %1 tiene decimales: el %2 no tiene</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="250"/>
        <source>the amount %1 has more decimals than %2 has (%3)</source>
        <translation>el importe %1 tiene más decimales que el %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="252"/>
        <source>the amount executed %1 has decimals: %2 has none</source>
        <translation>el importe ejecutado %1 tiene decimales: el %2 no tiene</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="254"/>
        <source>the amount executed %1 has more decimals than %2 has (%3)</source>
        <translation>el importe ejecutado %1 tiene más decimales que el %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="256"/>
        <source>%1 is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)</source>
        <translation>%1 no es una moneda ISO 4217 de la tabla de países (por ejemplo, XOF, EUR o USD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="259"/>
        <source>the currency %1 is not an ISO 4217 code (three capital letters, such as XOF or USD)</source>
        <translation>la moneda %1 no es un código ISO 4217 (tres letras mayúsculas, por ejemplo, XOF o USD)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="262"/>
        <source>the amount %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>el importe %1 es demasiado elevado: los importes son inferiores a 10000000000000 (diez billones)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="265"/>
        <source>the amount executed %1 is too large: amounts are below 10000000000000 (ten trillion)</source>
        <translation>el importe ejecutado %1 es demasiado elevado: los importes son inferiores a 10000000000000 (diez billones)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="268"/>
        <source>the amount %1 has %2 decimals: at most %3</source>
        <translation>el importe %1 tiene %2 decimales: como máximo %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="270"/>
        <source>the amount executed %1 has %2 decimals: at most %3</source>
        <translation>el importe ejecutado %1 tiene %2 decimales: como máximo %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="272"/>
        <source>the amount %1 has more than %2 digits</source>
        <translation>el importe %1 tiene más de %2 dígitos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="274"/>
        <source>the amount executed %1 has more than %2 digits</source>
        <translation>el importe ejecutado %1 tiene más de %2 dígitos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="276"/>
        <source>the exchange rate %1 is not a number: write it with a point for decimals, such as 605.25</source>
        <translation>el tipo de cambio %1 no es un número: escríbalo con una coma para los decimales, por ejemplo, 605,25</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="279"/>
        <source>the exchange rate must be a number above zero, not %1</source>
        <translation>el tipo de cambio debe ser un número mayor que cero, no %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="281"/>
        <source>the exchange rate %1 has too many digits: at most %2, %3 of them decimals</source>
        <translation>el tipo de cambio %1 tiene demasiados dígitos: como máximo %2, de ellos %3 decimales</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="284"/>
        <source>the date of the %1 rate must be a date YYYY-MM-DD, not %2</source>
        <translation>la fecha del tipo de cambio de %1 debe ser una fecha AAAA-MM-DD, no %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="286"/>
        <source>two exchange rates for %1: keep one</source>
        <translation>dos tipos de cambio para %1: conserve uno solo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="288"/>
        <source>a plan has at most %1 exchange rates</source>
        <translation>un plan tiene como máximo %1 tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="290"/>
        <source>the funder&apos;s name is longer than %1 characters (%2)</source>
        <translation>el nombre del financiador supera los %1 caracteres (%2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="292"/>
        <source>the rate&apos;s source is longer than %1 characters (%2)</source>
        <translation>la fuente del tipo de cambio supera los %1 caracteres (%2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="293"/>
        <source>cost line %1: %2</source>
        <translation>línea de costo %1: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="298"/>
        <source>the assessment would hold %1 MB of text (answers, comments, evidence, the action plan, review notes), more than a workbook carries (%2 MB): shorten the longest texts or attach long documents as files</source>
        <translation>la evaluación tendría %1 MB de texto (respuestas, comentarios, fuentes, plan de acción, notas de revisión), más de lo que admite un libro (%2 MB): acorte los textos más largos o adjunte los documentos largos como archivos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="301"/>
        <source>nothing imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="304"/>
        <source>the reporting period %1 is not a year such as 2026 or a half-year such as 2026-H1</source>
        <translation>el período de informe %1 no es un año, como 2026, ni un semestre, como 2026-H1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="307"/>
        <source>the period %1 is before the plan, which starts in %2</source>
        <translation>el período %1 es anterior al plan, que comienza en %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="309"/>
        <source>the period %1 has not begun (today is %2)</source>
        <translation>el período %1 no ha comenzado (hoy es %2)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="311"/>
        <source>the period %1 is outside the plan&apos;s years (%2–%3)</source>
        <translation>el período %1 está fuera de los años del plan (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="313"/>
        <source>give the date the value of indicator %1 was measured</source>
        <translation>indique la fecha en que se midió el valor del indicador %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="315"/>
        <source>the date of the value of indicator %1 is not a date YYYY-MM-DD: %2</source>
        <translation>la fecha del valor del indicador %1 no es una fecha AAAA-MM-DD: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="317"/>
        <source>the date of the value of indicator %1 (%2) is after today (%3)</source>
        <translation>la fecha del valor del indicador %1 (%2) es posterior a hoy (%3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="320"/>
        <source>the value of indicator %1 (%2) is not a number: write digits, such as 42 or 37.5</source>
        <translation>el valor del indicador %1 (%2) no es un número: escriba cifras, como 42 o 37,5</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="327"/>
        <source>action %1 has progress recorded for %2: it stays in the plan so that its money stays counted; report it as dropped, with the reason, or remove its progress first</source>
        <translation>la acción %1 tiene avances registrados para %2: permanece en el plan para que sus importes sigan contabilizados; declárela abandonada, con el motivo, o elimine antes sus avances</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="333"/>
        <source>cost line %1 of action %2 (%3, %4) holds money recorded for %5: it keeps its place, year, currency and funder (change its amount, or add a new line after it)</source>
        <translation>la partida de costo %1 de la acción %2 (%3, %4) tiene importes registrados para %5: conserva su lugar, su año, su moneda y su financiador (cambie su importe o agregue una partida después de ella)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="338"/>
        <source>the title is longer than %1 characters (%2): shorten it</source>
        <translation>el título tiene más de %1 caracteres (%2): acórtelo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="340"/>
        <source>%1 already has an assessment for round %2 (%4): open it, or choose another round</source>
        <translation>%1 ya tiene una evaluación para la ronda %2 (%4): ábrala o elija otra ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="394"/>
        <source>(other problems: %1)</source>
        <translation>(otros problemas: %1)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="71"/>
        <source>is the database or one of its files; it is never attached as a document</source>
        <translation>es la base de datos o uno de sus archivos; un archivo así nunca se adjunta como documento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/service_text.py" line="73"/>
        <source>is a backup of the database; it is never attached as a document</source>
        <translation>es una copia de seguridad de la base de datos; una copia de seguridad nunca se adjunta como documento</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="402"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="403"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="404"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="405"/>
        <source>Open the selected assessment (home)</source>
        <translation>Abrir la evaluación seleccionada (inicio)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="406"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Mayús+D</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="407"/>
        <source>Assessment details: title, round, country</source>
        <translation>Detalles de la evaluación: título, ronda, país</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="408"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="409"/>
        <source>Close the assessment, back to the list</source>
        <translation>Cerrar la evaluación y volver a la lista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="410"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="411"/>
        <source>Undo the last answer</source>
        <translation>Deshacer la última respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="412"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="413"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="414"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="415"/>
        <source>Find in questions, ids and comments</source>
        <translation>Buscar en preguntas, identificadores y comentarios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="416"/>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Mayús+F3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="417"/>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="418"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="419"/>
        <source>Next unanswered item</source>
        <translation>Siguiente pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="420"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Mayús+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="421"/>
        <source>Previous unanswered item</source>
        <translation>Pregunta anterior sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="422"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="423"/>
        <source>Review the current answer (a question, a grid row, a matrix cell)</source>
        <translation>Revisar la respuesta actual (una pregunta, una fila de tabla, una celda de la matriz)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="424"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="425"/>
        <source>History of the current answer: who, when, restore a value</source>
        <translation>Historial de la respuesta actual: quién, cuándo, restablecer un valor</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="426"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="427"/>
        <source>Next answer not reviewed</source>
        <translation>Siguiente respuesta no revisada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="428"/>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="429"/>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Preguntas / Matriz / Panel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="430"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="431"/>
        <source>Focus the navigator</source>
        <translation>Ir al navegador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="432"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Mayús+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="433"/>
        <source>Next questionnaire language</source>
        <translation>Siguiente idioma del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="434"/>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Abajo / Alt+Arriba</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="435"/>
        <source>Next / previous section</source>
        <translation>Sección siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="436"/>
        <source>Enter (matrix)</source>
        <translation>Intro (matriz)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="437"/>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Editar los campos de la celda actual</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="438"/>
        <source>Esc (matrix panel)</source>
        <translation>Esc (panel de la matriz)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="439"/>
        <source>Back to the grid</source>
        <translation>Volver a la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="440"/>
        <source>F4 (grid)</source>
        <translation>F4 (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="441"/>
        <source>Open a cell&apos;s list or calendar</source>
        <translation>Abrir la lista o el calendario de una celda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="442"/>
        <source>Delete (grid)</source>
        <translation>Supr (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="443"/>
        <source>Clear a cell</source>
        <translation>Borrar una celda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="444"/>
        <source>Shift+F10 (grid)</source>
        <translation>Mayús+F10 (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="445"/>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>No sabe / no aplicable / borrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="446"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="447"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="448"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="449"/>
        <source>Export the workbook</source>
        <translation>Exportar el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="450"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="451"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="452"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="453"/>
        <source>Help (offline)</source>
        <translation>Ayuda (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="454"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="455"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="462"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="464"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="464"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="35"/>
        <source>Completeness: %1 of the primary questions answered or not applicable, weighted by section (the method asks at least %2).</source>
        <translation>Completitud: %1 de las preguntas principales respondidas o no aplicables, ponderadas por sección (el método exige al menos %2).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="38"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="57"/>
        <source>Open follow-ups: %1.</source>
        <translation>Seguimientos pendientes: %1.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="39"/>
        <source>Answers not reviewed: %1 of %2.</source>
        <translation>Respuestas sin revisar: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="41"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="58"/>
        <source>Disputed answers: %1.</source>
        <translation>Respuestas impugnadas: %1.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="42"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="59"/>
        <source>Answers citing a document that is not attached: %1.</source>
        <translation>Respuestas que citan un documento no adjunto: %1.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="45"/>
        <source>The score is provisional: too little is known for a band.</source>
        <translation>La puntuación es provisional: se conoce demasiado poco para asignar un nivel.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="47"/>
        <source>The supervisor has not signed the reviews off (Edit ▸ Sign off the reviews).</source>
        <translation>El supervisor no ha aprobado las revisiones (Edición ▸ Aprobar las revisiones).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="54"/>
        <source>Answers reviewed: %1 of %2.</source>
        <translation>Respuestas revisadas: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="66"/>
        <source>The reviews cannot be signed off yet: review every answer (F8 goes to the next one) and settle every follow-up first.</source>
        <translation>Las revisiones aún no pueden aprobarse: revise primero cada respuesta (F8 va a la siguiente) y resuelva cada seguimiento.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="68"/>
        <source>The reviews can be signed off. Disputed answers and missing documents are written into the record and printed on the report&apos;s cover.</source>
        <translation>Las revisiones pueden aprobarse. Las respuestas impugnadas y los documentos que faltan se anotan en el historial y se imprimen en la portada del informe.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="74"/>
        <source>Reviews signed off by %1 (%2) on %3.</source>
        <translation>Revisiones aprobadas por %1 (%2) el %3.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="82"/>
        <source>It cannot be validated yet: bring completeness up to the threshold and settle every follow-up first.</source>
        <translation>Todavía no puede validarse: primero eleve la completitud hasta el umbral y resuelva cada seguimiento.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="85"/>
        <source>It can be validated. What stands open above is written into the validation&apos;s record and printed under the validation on the report&apos;s cover.</source>
        <translation>Puede validarse. Lo que queda pendiente arriba se registra en el historial de la validación y se imprime bajo la validación en la portada del informe.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="88"/>
        <source>It can be validated: nothing stands open.</source>
        <translation>Puede validarse: no queda nada pendiente.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="94"/>
        <source>Validated for the national statistics office by %1 (%2, %3) on %4.</source>
        <translation>Validada para la Oficina Nacional de Estadística por %1 (%2, %3) el %4.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="163"/>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="165"/>
        <source>Validate for the national statistics office</source>
        <translation>Validar para la Oficina Nacional de Estadística</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="167"/>
        <source>Record who validates this assessment for the national statistics office. It becomes final: read-only until it is reopened, with a reason. The validation is printed on the report&apos;s cover and carried in the workbook.</source>
        <translation>Registre quién valida esta evaluación para la Oficina Nacional de Estadística. Pasa a estar finalizada: de solo lectura hasta que se reabra, indicando un motivo. La validación se imprime en la portada del informe y figura en el libro.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="184"/>
        <source>e.g. Director-General</source>
        <translation>por ejemplo Director General</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="190"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="254"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="191"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="255"/>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="192"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="256"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="193"/>
        <location filename="../../capacity_app/gui/team/signoff.py" line="257"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="220"/>
        <source>Give the name, position and institution of the person who validates, and the date.</source>
        <translation>Indique el nombre, el cargo y la institución de la persona que valida, y la fecha.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="229"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="231"/>
        <source>Sign off the reviews</source>
        <translation>Aprobar las revisiones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="232"/>
        <source>The mission&apos;s supervisor certifies that every answer was reviewed. This is not the national statistics office&apos;s validation, which comes after it. The supervisor is named here; the laptop&apos;s operator is recorded as who entered it.</source>
        <translation>El supervisor de la misión certifica que cada respuesta fue revisada. No es la validación de la Oficina Nacional de Estadística, que viene después. Aquí se nombra al supervisor; el operador del ordenador queda registrado como quien la introdujo.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="247"/>
        <source>e.g. Mission supervisor</source>
        <translation>p. ej., supervisor de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="250"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="281"/>
        <source>Give the supervisor&apos;s name and position, and the date.</source>
        <translation>Indique el nombre y el cargo del supervisor, y la fecha.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="288"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="290"/>
        <source>Reopen the assessment</source>
        <translation>Reabrir la evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="296"/>
        <source>Reopening withdraws the validation: the report&apos;s cover and the workbook will say it was withdrawn, when, by whom and why, and list the answers changed afterwards. It can be validated again once the changes are made.</source>
        <translation>Reabrir retira la validación: la portada del informe y el libro de trabajo indicarán que se retiró, cuándo, por quién y por qué, y enumerarán las respuestas modificadas después. Podrá validarse de nuevo una vez hechos los cambios.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="303"/>
        <source>It withdraws the supervisor&apos;s review sign-off too: the reviews are signed off again before the next validation.</source>
        <translation>También retira la aprobación de las revisiones por el supervisor: las revisiones se aprueban de nuevo antes de la próxima validación.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="309"/>
        <source>This assessment is final. Say why it is reopened: the rea&amp;son is recorded with your name and the time.</source>
        <translation>Esta evaluación está finalizada. Indique por qué se reabre: el m&amp;otivo se registra con su nombre y la hora.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="333"/>
        <source>Say why the assessment is reopened: a reason is required.</source>
        <translation>Indique por qué se reabre la evaluación: el motivo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="342"/>
        <source>This assessment is already final: reopen it (Status), with a reason, to validate it again.</source>
        <translation>Esta evaluación ya está finalizada: reábrala (Estado), indicando un motivo, para validarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/team/signoff.py" line="361"/>
        <source>This assessment is final: the reviews are signed off before the validation. Reopen it (Status), with a reason, to sign them off again.</source>
        <translation>Esta evaluación es definitiva: las revisiones se aprueban antes de la validación. Reábrala (Estado), con un motivo, para aprobarlas de nuevo.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="149"/>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="150"/>
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
        <location filename="../../capacity_app/gui/status.py" line="49"/>
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/status.py" line="52"/>
        <source>Status of the assessment</source>
        <translation>Estado de la evaluación</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="251"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="260"/>
        <source>Progress of %s</source>
        <translation>Progreso: %s</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="25"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="29"/>
        <source>Save it before going on?</source>
        <translation>¿Guardarlos antes de continuar?</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="31"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/widgets/unsaved.py" line="32"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="53"/>
        <source>the data folder cannot be written (it is read-only, or on a read-only drive)</source>
        <translation>no se puede escribir en la carpeta de datos (es de solo lectura, o está en una unidad de solo lectura)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="55"/>
        <source>the disk is full (free some space)</source>
        <translation>el disco está lleno (libere espacio)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="56"/>
        <source>another program is using the database</source>
        <translation>otro programa está usando la base de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="57"/>
        <source>the disk could not be written (was the drive removed?)</source>
        <translation>no se pudo escribir en el disco (¿se retiró la unidad?)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="58"/>
        <source>the database is closed</source>
        <translation>la base de datos está cerrada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/writes.py" line="60"/>
        <source>the database could not be written</source>
        <translation>no se pudo escribir en la base de datos</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../../capacity_app/gui/widgets/editors.py" line="403"/>
        <source>A year from %d to %d</source>
        <translation>Un año de %d a %d</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../capacity_app/gui/window/app.py" line="271"/>
        <source>The data folder cannot be used</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
</context>
</TS>

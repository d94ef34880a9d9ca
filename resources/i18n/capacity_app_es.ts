<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AggregationDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="318"/>
        <source>Aggregate country workbooks</source>
        <translation>Consolidar los libros de los países</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="320"/>
        <source>Drop exported workbooks or folders here, or add them:</source>
        <translation>Suelte aquí libros exportados o carpetas, o añádalos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="322"/>
        <source>Workbooks and folders to aggregate</source>
        <translation>Libros y carpetas que se consolidarán</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="326"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="327"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="328"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="335"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="376"/>
        <source>Output workbook</source>
        <translation>Libro de salida</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="336"/>
        <source>aggregate.xlsx</source>
        <translation>consolidado.xlsx</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="337"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="338"/>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="347"/>
        <source>Aggregate</source>
        <translation>Consolidar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="367"/>
        <source>Workbooks</source>
        <translation>Libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="367"/>
        <location filename="../../capacity_app/gui/dialogs.py" line="377"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="371"/>
        <source>Folder of workbooks</source>
        <translation>Carpeta de libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="383"/>
        <source>Add at least one workbook or folder.</source>
        <translation>Añada al menos un libro o una carpeta.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="387"/>
        <source>Choose where to write the aggregate workbook.</source>
        <translation>Elija dónde guardar el libro consolidado.</translation>
    </message>
</context>
<context>
    <name>AnswerCommand</name>
    <message>
        <location filename="../../capacity_app/gui/session.py" line="82"/>
        <source>answer %s</source>
        <translation>respuesta %s</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="77"/>
        <source>Completion</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="78"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="78"/>
        <source>Last edit</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="82"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="82"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="83"/>
        <source>Final</source>
        <translation>Finalizada</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="161"/>
        <source>Questionnaire navigator</source>
        <translation>Navegador del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="178"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="179"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="180"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="61"/>
        <source>Variables this question needs: %s</source>
        <translation>Variables que requiere esta pregunta: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="132"/>
        <source>● main source</source>
        <translation>● fuente principal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="132"/>
        <source>○ supporting source</source>
        <translation>○ fuente complementaria</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="133"/>
        <source>not an expected source (may still be used)</source>
        <translation>fuente no prevista (puede utilizarse de todos modos)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="137"/>
        <source>Derived level: %s of 3</source>
        <translation>Nivel calculado: %s de 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="139"/>
        <source>Derived level: shown when scoring is available</source>
        <translation>Nivel calculado: se muestra cuando la puntuación está disponible</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="141"/>
        <source>Derived level: not yet (answer &apos;exists&apos; first)</source>
        <translation>Nivel calculado: todavía no (responda primero «existe»)</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="39"/>
        <source>Comment (who said what, caveats, follow-up)</source>
        <translation>Comentario (quién dijo qué, salvedades, seguimiento)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="40"/>
        <source>Comment on %s</source>
        <translation>Comentario sobre %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="45"/>
        <source>Evidence for %s</source>
        <translation>Evidencias para %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="49"/>
        <source>Evidence kind</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="50"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="50"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="51"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="51"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="55"/>
        <source>Document title, web address or institution</source>
        <translation>Título del documento, dirección web o institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="56"/>
        <source>Evidence text</source>
        <translation>Texto de la evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="57"/>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="58"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="59"/>
        <source>Remove selected evidence</source>
        <translation>Quitar la evidencia seleccionada</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="38"/>
        <source>Type a country name or ISO code</source>
        <translation>Escriba el nombre de un país o un código ISO</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="39"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="182"/>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="185"/>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="197"/>
        <source>Section scores (0–100)</source>
        <translation>Puntuaciones por sección (0–100)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="198"/>
        <source>Policy questions A–O: need, availability and gap (0–3)</source>
        <translation>Preguntas de política A–O: necesidad, disponibilidad y brecha (0–3)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="201"/>
        <location filename="../../capacity_app/gui/dashboard.py" line="205"/>
        <source>Ranked gaps and recommended actions</source>
        <translation>Brechas ordenadas y acciones recomendadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="208"/>
        <source>Answers marked don&apos;t know, to follow up</source>
        <translation>Respuestas «no sabe» pendientes de seguimiento</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="213"/>
        <source>&quot;Don&apos;t know&quot; answers to follow up (Enter opens)</source>
        <translation>Respuestas «no sabe» pendientes de seguimiento (Intro para abrir)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="240"/>
        <source>Scores are not available</source>
        <translation>Las puntuaciones no están disponibles</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="241"/>
        <source>The scoring module is not installed in this version.</source>
        <translation>El módulo de puntuación no está instalado en esta versión.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="253"/>
        <source>Completion %1 % · reference date %2 · scoring rules %3</source>
        <translation>Avance %1 % · fecha de referencia %2 · reglas de puntuación %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="275"/>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="278"/>
        <source>quick win</source>
        <translation>logro rápido</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="286"/>
        <source>No gap between needs and availability.</source>
        <translation>No hay brecha entre necesidades y disponibilidad.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="290"/>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="307"/>
        <source>Nothing marked &quot;don&apos;t know&quot;.</source>
        <translation>Ninguna respuesta «no sabe».</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="423"/>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="425"/>
        <source>Don&apos;t know: %s</source>
        <translation>No sabe: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="430"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="432"/>
        <source>Not applicable: %s</source>
        <translation>No aplicable: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="441"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="55"/>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="57"/>
        <source>question text, item id or comment</source>
        <translation>texto de la pregunta, identificador o comentario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="58"/>
        <source>Find in questions, ids and comments</source>
        <translation>Buscar en preguntas, identificadores y comentarios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="64"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="66"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="68"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="102"/>
        <source>%1 found</source>
        <translation>%1 resultado(s)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/assessment_view.py" line="114"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="172"/>
        <source>don&apos;t know</source>
        <translation>no sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="174"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>GridTable</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="367"/>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="369"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="370"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="40"/>
        <location filename="../../capacity_app/gui/home.py" line="65"/>
        <location filename="../../capacity_app/gui/home.py" line="143"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="49"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="49"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="50"/>
        <source>Next &amp;round</source>
        <translation>Siguiente &amp;ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="51"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="52"/>
        <source>&amp;Restore</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="53"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="54"/>
        <source>Show t&amp;rash</source>
        <translation>Mostrar pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="80"/>
        <source>No assessment yet. Press Ctrl+N to start one, or import a workbook.</source>
        <translation>Todavía no hay evaluaciones. Pulse Ctrl+N para iniciar una o importe un libro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="106"/>
        <source>Trash: %n assessment(s); restore one to work on it again.</source>
        <translation>
            <numerusform>Papelera: %n evaluación; restáurela para volver a trabajar en ella.</numerusform>
            <numerusform>Papelera: %n evaluaciones; restaure una para volver a trabajar en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/home.py" line="108"/>
        <source>%n assessment(s). Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n evaluación. Intro o doble clic para abrirla.</numerusform>
            <numerusform>%n evaluaciones. Intro o doble clic para abrir una.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/home.py" line="143"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="243"/>
        <source>Import %s</source>
        <translation>Importar %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="245"/>
        <source>The workbook would make these changes:</source>
        <translation>El libro haría estos cambios:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="248"/>
        <source>Changes the import would make</source>
        <translation>Cambios que haría la importación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="251"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="412"/>
        <source>Type or press F2 to edit a cell; Delete clears it; the context menu (Shift+F10) marks don&apos;t know.</source>
        <translation>Escriba o pulse F2 para editar una celda; Supr la borra; el menú contextual (Mayús+F10) la marca como «no sabe».</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="425"/>
        <source>Open the policy question × source matrix</source>
        <translation>Abrir la matriz preguntas de política × fuentes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="438"/>
        <source>Show comment and evidence</source>
        <translation>Mostrar el comentario y las evidencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="451"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../capacity_app/gui/items.py" line="453"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/items.py" line="454"/>
        <source>Comment and evidence</source>
        <translation>Comentario y evidencias</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="75"/>
        <location filename="../../capacity_app/gui/main_window.py" line="355"/>
        <location filename="../../capacity_app/gui/main_window.py" line="384"/>
        <source>Migration data capacity assessment</source>
        <translation>Evaluación de la capacidad en datos migratorios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="89"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="148"/>
        <source>Loading the questionnaire</source>
        <translation>Cargando el cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="168"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="169"/>
        <location filename="../../capacity_app/gui/main_window.py" line="541"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="171"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="173"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importar libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="174"/>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exportar libro…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="170"/>
        <source>&amp;Duplicate as next round</source>
        <translation>D&amp;uplicar como siguiente ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="172"/>
        <source>S&amp;how the trash</source>
        <translation>&amp;Mostrar la papelera</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="175"/>
        <source>PD&amp;F report…</source>
        <translation>Informe P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="176"/>
        <source>&amp;Aggregate workbooks…</source>
        <translation>&amp;Consolidar libros…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="177"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="178"/>
        <source>&amp;Close assessment</source>
        <translation>Cerrar la e&amp;valuación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="180"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="183"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="188"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="189"/>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="190"/>
        <source>Find &amp;previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="191"/>
        <source>Next un&amp;answered</source>
        <translation>Siguiente sin res&amp;puesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="192"/>
        <source>Previous unans&amp;wered</source>
        <translation>Anterior sin respues&amp;ta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="193"/>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="194"/>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="195"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="196"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matriz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="197"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="198"/>
        <source>Focus the na&amp;vigator</source>
        <translation>Ir al na&amp;vegador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="199"/>
        <source>Next &amp;language</source>
        <translation>&amp;Siguiente idioma</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="200"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="207"/>
        <source>Open &amp;recent</source>
        <translation>Evaluaciones &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="224"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="227"/>
        <source>Questionnaire &amp;language</source>
        <translation>&amp;Idioma del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="240"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="246"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="253"/>
        <source>Previous gap</source>
        <translation>Ant. sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="254"/>
        <source>Next unanswered</source>
        <translation>Sig. sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="257"/>
        <source>Export workbook</source>
        <comment>toolbar button: short</comment>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="264"/>
        <source>Language: </source>
        <translation>Idioma: </translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="267"/>
        <source>Questionnaire language</source>
        <translation>Idioma del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="301"/>
        <source>Saved %s</source>
        <translation>Guardado a las %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="307"/>
        <source>Not saved: %s</source>
        <translation>No guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="336"/>
        <source>That assessment is in the trash: restore it first.</source>
        <translation>Esa evaluación está en la papelera: restáurela primero.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="364"/>
        <source>Last change %s</source>
        <translation>Último cambio: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="433"/>
        <source>Created round %s with the previous answers.</source>
        <translation>Ronda %s creada con las respuestas anteriores.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="451"/>
        <source>Moved to the trash. Show the trash to restore it.</source>
        <translation>Movida a la papelera. Muestre la papelera para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="465"/>
        <source>Restored.</source>
        <translation>Restaurada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="488"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="527"/>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="542"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la ca&amp;rpeta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="565"/>
        <source>Could not open %s</source>
        <translation>No se pudo abrir %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="583"/>
        <source>%1 failed: %2</source>
        <translation>Error en la operación «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="589"/>
        <source>Export workbook</source>
        <translation>Exportar libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="589"/>
        <location filename="../../capacity_app/gui/main_window.py" line="630"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libros (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="598"/>
        <source>Export failed: %s</source>
        <translation>Error al exportar: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="600"/>
        <source>Exporting the workbook</source>
        <translation>Exportando el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="601"/>
        <source>Workbook written: %s</source>
        <translation>Libro guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="602"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="603"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="610"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="610"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="617"/>
        <source>Writing the PDF report</source>
        <translation>Generando el informe PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="619"/>
        <source>Report written: %s</source>
        <translation>Informe guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="620"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="621"/>
        <source>Report cancelled.</source>
        <translation>Informe cancelado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="630"/>
        <source>Import workbook</source>
        <translation>Importar libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="635"/>
        <source>Reading the workbook</source>
        <translation>Leyendo el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="637"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="638"/>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="647"/>
        <location filename="../../capacity_app/gui/main_window.py" line="658"/>
        <source>Import failed: %s</source>
        <translation>Error al importar: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="650"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="664"/>
        <source>Imported %s.</source>
        <translation>%s importado.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="679"/>
        <source>A new assessment: %1 %2, %3 answers.</source>
        <translation>Una evaluación nueva: %1 %2, %3 respuestas.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="682"/>
        <source>Updates the existing assessment %1 %2 (id %3).</source>
        <translation>Actualiza la evaluación existente %1 %2 (id %3).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="685"/>
        <source>Warning: cells were edited outside the application (listed below).</source>
        <translation>Advertencia: se editaron celdas fuera de la aplicación (se enumeran a continuación).</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="689"/>
        <source>No change: the workbook matches this database.</source>
        <translation>Sin cambios: el libro coincide con esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="694"/>
        <source>Aggregation is not available in this version.</source>
        <translation>La consolidación no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="703"/>
        <source>Aggregating workbooks</source>
        <translation>Consolidando los libros</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="704"/>
        <source>Aggregate written: %s</source>
        <translation>Libro consolidado guardado: %s</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="705"/>
        <source>Aggregation</source>
        <translation>Consolidación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="706"/>
        <source>Aggregation cancelled.</source>
        <translation>Consolidación cancelada.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/main_window.py" line="740"/>
        <source>Stopping background work…</source>
        <translation>Deteniendo las tareas en segundo plano…</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="429"/>
        <source>main source</source>
        <translation>fuente principal</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="429"/>
        <source>supporting source</source>
        <translation>fuente complementaria</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="430"/>
        <source>not an expected source</source>
        <translation>fuente no prevista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="431"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="431"/>
        <source>no level yet</source>
        <translation>sin nivel todavía</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="188"/>
        <source>● main source   ○ supporting source   colour and number: derived level 0 (none) to 3 (fit for purpose). Arrow keys move, Enter edits, Esc returns.</source>
        <translation>● fuente principal   ○ fuente complementaria   color y número: nivel calculado de 0 (ninguno) a 3 (adecuado para el fin). Las flechas mueven, Intro edita, Esc vuelve.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/matrix_view.py" line="197"/>
        <source>Policy question by data source matrix</source>
        <translation>Matriz de preguntas de política por fuente de datos</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="214"/>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="214"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="244"/>
        <source>%1 of %2 answered</source>
        <translation>Respondidas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="245"/>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="261"/>
        <source>Policy questions A–O</source>
        <translation>Preguntas de política A–O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="272"/>
        <source>Need %1, availability %2, gap %3</source>
        <translation>Necesidad %1, disponibilidad %2, brecha %3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="279"/>
        <source>gap %1</source>
        <translation>brecha %1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="279"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/models.py" line="285"/>
        <source>skip</source>
        <translation>omitida</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="75"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="83"/>
        <source>Round (year)</source>
        <translation>Ronda (año)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="85"/>
        <source>optional: made from the country and round</source>
        <translation>opcional: se forma con el país y la ronda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="86"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="88"/>
        <source>Mission start</source>
        <translation>Inicio de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="90"/>
        <source>Mission end</source>
        <translation>Fin de la misión</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="91"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="92"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="93"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="94"/>
        <source>Mission &amp;start:</source>
        <translation>&amp;Inicio de la misión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="95"/>
        <source>Mission &amp;end:</source>
        <translation>&amp;Fin de la misión:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="97"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="97"/>
        <source>Role / contact</source>
        <translation>Función / contacto</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="99"/>
        <source>Institutions interviewed</source>
        <translation>Instituciones entrevistadas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="101"/>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="108"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="113"/>
        <source>Institutions interviewed:</source>
        <translation>Instituciones entrevistadas:</translation>
    </message>
</context>
<context>
    <name>PolicyChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="86"/>
        <source>Availability and gap by policy question</source>
        <translation>Disponibilidad y brecha por pregunta de política</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="133"/>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="138"/>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="143"/>
        <source>gap</source>
        <translation>brecha</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="152"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="157"/>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="158"/>
        <source>your name, recorded with every change</source>
        <translation>su nombre, registrado con cada cambio</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="160"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="163"/>
        <source>Default report language</source>
        <translation>Idioma predeterminado de los informes</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="168"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="171"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="176"/>
        <source>&amp;Operator name:</source>
        <translation>Nombre del &amp;operador:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="177"/>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="178"/>
        <source>Default &amp;report language:</source>
        <translation>&amp;Idioma predeterminado de los informes:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="179"/>
        <source>&amp;Backup folder:</source>
        <translation>Carpeta de copias de &amp;seguridad:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="180"/>
        <source>Interface &amp;language:</source>
        <translation>Idioma de la inter&amp;faz:</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="181"/>
        <source>A new data folder and a new interface language apply from the next start.</source>
        <translation>Una nueva carpeta de datos y un nuevo idioma de la interfaz se aplican a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="200"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="201"/>
        <source>Browse for %s</source>
        <translation>Examinar: %s</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../../capacity_app/gui/dashboard.py" line="34"/>
        <source>Section scores chart</source>
        <translation>Gráfico de puntuaciones por sección</translation>
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
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="398"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="399"/>
        <source>Open the selected assessment (home)</source>
        <translation>Abrir la evaluación seleccionada (inicio)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="400"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="401"/>
        <source>Close the assessment, back to the list</source>
        <translation>Cerrar la evaluación y volver a la lista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="402"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="403"/>
        <source>Undo the last answer</source>
        <translation>Deshacer la última respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="404"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="405"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="406"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="407"/>
        <source>Find in questions, ids and comments</source>
        <translation>Buscar en preguntas, identificadores y comentarios</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="408"/>
        <source>F3 / Shift+F3</source>
        <translation>F3 / Mayús+F3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="409"/>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="410"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="411"/>
        <source>Next unanswered item</source>
        <translation>Siguiente pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="412"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Mayús+J</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="413"/>
        <source>Previous unanswered item</source>
        <translation>Pregunta anterior sin respuesta</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="414"/>
        <source>Ctrl+1 / 2 / 3</source>
        <translation>Ctrl+1 / 2 / 3</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="415"/>
        <source>Questions / Matrix / Dashboard</source>
        <translation>Preguntas / Matriz / Panel</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="416"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="417"/>
        <source>Focus the navigator</source>
        <translation>Ir al navegador</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="418"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Mayús+L</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="419"/>
        <source>Next questionnaire language</source>
        <translation>Siguiente idioma del cuestionario</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="420"/>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Abajo / Alt+Arriba</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="421"/>
        <source>Next / previous section</source>
        <translation>Sección siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="422"/>
        <source>Enter (matrix)</source>
        <translation>Intro (matriz)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="423"/>
        <source>Edit the current cell&apos;s fields</source>
        <translation>Editar los campos de la celda actual</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="424"/>
        <source>Esc (matrix panel)</source>
        <translation>Esc (panel de la matriz)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="425"/>
        <source>Back to the grid</source>
        <translation>Volver a la cuadrícula</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="426"/>
        <source>Delete (grid)</source>
        <translation>Supr (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="427"/>
        <source>Clear a cell</source>
        <translation>Borrar una celda</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="428"/>
        <source>Shift+F10 (grid)</source>
        <translation>Mayús+F10 (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="429"/>
        <source>Don&apos;t know / not applicable / clear</source>
        <translation>No sabe / no aplicable / borrar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="430"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="431"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="432"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="433"/>
        <source>Export the workbook</source>
        <translation>Exportar el libro</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="434"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="435"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="436"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="437"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="444"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="446"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/dialogs.py" line="446"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../capacity_app/gui/app.py" line="146"/>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/app.py" line="147"/>
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
    <name>TaskRunner</name>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="193"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../capacity_app/gui/tasks.py" line="199"/>
        <source>Progress of %s</source>
        <translation>Progreso: %s</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <location filename="../../capacity_app/gui/editors.py" line="180"/>
        <source>A year from %d to %d</source>
        <translation>Un año de %d a %d</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Grader</source>
        <translation>Acerca de Grader</translation>
    </message>
    <message>
        <source>About Grader and keyboard keys</source>
        <translation>Acerca de Grader y las teclas</translation>
    </message>
    <message>
        <source>What Grader is, the models it uses, and every keyboard key</source>
        <translation>Qué es Grader, qué modelos usa y todas sus teclas</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>student&apos;s answer</source>
        <translation>respuesta del estudiante</translation>
    </message>
    <message>
        <source>The model&apos;s probability per score</source>
        <translation>Probabilidad del modelo para cada puntuación</translation>
    </message>
    <message>
        <source>Question {question}</source>
        <translation>Pregunta {question}</translation>
    </message>
    <message>
        <source>(Grader has no text for this question)</source>
        <translation>(Grader no tiene el texto de esta pregunta)</translation>
    </message>
    <message>
        <source>Rubric:</source>
        <translation>Rúbrica:</translation>
    </message>
    <message>
        <source>Scores: {scores}</source>
        <translation>Puntuaciones: {scores}</translation>
    </message>
    <message>
        <source>No model for this question: type any score 0–9.</source>
        <translation>No hay modelo para esta pregunta: escribe cualquier puntuación de 0 a 9.</translation>
    </message>
    <message>
        <source>type a score from 0 to {top}</source>
        <translation>escribe una puntuación de 0 a {top}</translation>
    </message>
    <message>
        <source>This question is marked on your model&apos;s scale: {how}.</source>
        <translation>Esta pregunta se puntúa en la escala de tu modelo: {how}.</translation>
    </message>
    <message>
        <source>Any score on this question&apos;s scale can be given, not only the scores its model learned from: {how}.</source>
        <translation>Puedes dar cualquier puntuación de la escala de esta pregunta, no solo las que aprendió su modelo: {how}.</translation>
    </message>
    <message>
        <source>No shipped model for this question: {how}. A model learns from your marks and takes over the answers it is sure of.</source>
        <translation>No hay un modelo incluido para esta pregunta: {how}. Un modelo aprende de tus correcciones y se encarga de las respuestas de las que está seguro.</translation>
    </message>
    <message>
        <source>No shipped model for this question: type a score from 0 to 9. A model learns from your marks and takes over the answers it is sure of.</source>
        <translation>No hay un modelo incluido para esta pregunta: escribe una puntuación de 0 a 9. Un modelo aprende de tus correcciones y se encarga de las respuestas de las que está seguro.</translation>
    </message>
    <message>
        <source>No shipped model for this question: type a score from 0 to {top}, or a higher one up to 9. A model learns from your marks and takes over the answers it is sure of.</source>
        <translation>No hay un modelo incluido para esta pregunta: escribe una puntuación de 0 a {top}, o una más alta hasta 9. Un modelo aprende de tus correcciones y se encarga de las respuestas de las que está seguro.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more words of the question before this)</source>
        <translation>
            <numerusform>(%n palabra más de la pregunta antes de esto)</numerusform>
            <numerusform>(%n palabras más de la pregunta antes de esto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the model holds a reading passage of %n words and no question)</source>
        <translation>
            <numerusform>(el modelo contiene un texto de lectura de %n palabra y ninguna pregunta)</numerusform>
            <numerusform>(el modelo contiene un texto de lectura de %n palabras y ninguna pregunta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the question (Q)</source>
        <translation>Mostrar solo la pregunta (Q)</translation>
    </message>
    <message>
        <source>Show the whole question (Q)</source>
        <translation>Mostrar la pregunta completa (Q)</translation>
    </message>
    <message>
        <source>Show the reading passage (Q)</source>
        <translation>Mostrar el texto de lectura (Q)</translation>
    </message>
    <message>
        <source>(blank answer)</source>
        <translation>(respuesta en blanco)</translation>
    </message>
    <message numerus="yes">
        <source>[%n more characters are not shown here. The graded sheet you export keeps the whole answer.]</source>
        <translation>
            <numerusform>[%n carácter más no se muestra aquí. La hoja corregida que exportas contiene la respuesta entera.]</numerusform>
            <numerusform>[%n caracteres más no se muestran aquí. La hoja corregida que exportas contiene la respuesta entera.]</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s probability per score, for the answer chosen</source>
        <translation>Probabilidad del modelo para cada puntuación, en la respuesta elegida</translation>
    </message>
    <message>
        <source>The model&apos;s probability per score, for the typical answer</source>
        <translation>Probabilidad del modelo para cada puntuación, en la respuesta típica</translation>
    </message>
</context>
<context>
    <name>BlindMarking</name>
    <message>
        <source>&amp;Hide student names (blind marking)</source>
        <translation>&amp;Ocultar los nombres (corrección anónima)</translation>
    </message>
    <message>
        <source>Show “Student 17” instead of names and ids while you mark; exports keep the names</source>
        <translation>Mostrar «Estudiante 17» en lugar de nombres e ID mientras corriges; las exportaciones conservan los nombres</translation>
    </message>
    <message>
        <source>Blind marking: names and ids are hidden until you turn it off ({key}); exports still carry them.</source>
        <translation>Corrección anónima: los nombres y los ID quedan ocultos hasta que la desactives ({key}); las exportaciones los siguen incluyendo.</translation>
    </message>
    <message>
        <source>Names and ids are shown again.</source>
        <translation>Los nombres y los ID vuelven a mostrarse.</translation>
    </message>
    <message>
        <source>Blind marking could not be saved in the project file: {problem}</source>
        <translation>No se pudo guardar la corrección anónima en el archivo del proyecto: {problem}</translation>
    </message>
</context>
<context>
    <name>CloseWithUnsaved</name>
    <message>
        <source>Saving your decisions once more before closing…</source>
        <translation>Guardando tus decisiones una vez más antes de cerrar…</translation>
    </message>
    <message>
        <source>Saving your changes once more before closing…</source>
        <translation>Guardando tus cambios una vez más antes de cerrar…</translation>
    </message>
    <message numerus="yes">
        <source>your %n decisions</source>
        <translation>
            <numerusform>tu decisión</numerusform>
            <numerusform>tus %n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Changes not saved to {file}, even when tried again just now: {what}. If you close, they are lost.</source>
        <translation>No se pudo guardar en {file}, ni siquiera al intentarlo de nuevo ahora: {what}. Si cierras, se pierde.</translation>
    </message>
    <message>
        <source>Close and &amp;lose them</source>
        <translation>Cerrar y &amp;perderlos</translation>
    </message>
    <message>
        <source>Decisions not saved</source>
        <translation>Decisiones sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions could not be saved to {file}, even when tried again just now; if you close, they are lost.</source>
        <translation>
            <numerusform>Una de tus decisiones no se pudo guardar en {file}, ni siquiera al intentarlo de nuevo ahora; si cierras, se pierde.</numerusform>
            <numerusform>%n de tus decisiones no se pudieron guardar en {file}, ni siquiera al intentarlo de nuevo ahora; si cierras, se pierden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on it and try again, or export the graded sheet to another drive to keep your decisions there.</source>
        <translation>El disco está lleno: libera espacio en él y vuelve a intentarlo, o exporta la hoja corregida a otra unidad para conservar allí tus decisiones.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on it and try again, or export the graded sheet to another drive to keep your comments and scores there.</source>
        <translation>El disco está lleno: libera espacio en él y vuelve a intentarlo, o exporta la hoja corregida a otra unidad para conservar allí tus comentarios y notas.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on it and try again.</source>
        <translation>El disco está lleno: libera espacio en él y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Try again once the file can be written, or export the graded sheet to another drive to keep your decisions there.</source>
        <translation>Vuelve a intentarlo cuando se pueda escribir el archivo, o exporta la hoja corregida a otra unidad para conservar allí tus decisiones.</translation>
    </message>
    <message>
        <source>Try again once the file can be written, or export the graded sheet to another drive to keep your comments and scores there.</source>
        <translation>Vuelve a intentarlo cuando se pueda escribir el archivo, o exporta la hoja corregida a otra unidad para conservar allí tus comentarios y notas.</translation>
    </message>
    <message>
        <source>Try again once the file can be written.</source>
        <translation>Vuelve a intentarlo cuando se pueda escribir el archivo.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Export the graded sheet elsewhere…</source>
        <translation>&amp;Exportar la hoja corregida a otro sitio…</translation>
    </message>
    <message>
        <source>The sheet stays open; your changes are kept in this window.</source>
        <translation>La hoja sigue abierta; tus cambios se conservan en esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>Close and &amp;lose %n decisions</source>
        <translation>
            <numerusform>Cerrar y &amp;perder la decisión</numerusform>
            <numerusform>Cerrar y &amp;perder %n decisiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment on {who}&apos;s answer</source>
        <translation>Comentario a la respuesta de {who}</translation>
    </message>
    <message>
        <source>The student will see this comment: it is printed on their feedback (PDF and feedback sheet) and goes into the graded sheet and a Moodle upload&apos;s feedback column. Write no note meant only for you here.</source>
        <translation>El estudiante verá este comentario: se imprime en sus comentarios (PDF y hoja de comentarios) y va a la hoja corregida y a la columna de comentarios de retroalimentación de un archivo para subir a Moodle. No escribas aquí ninguna nota solo para ti.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>comment bank</source>
        <translation>banco de comentarios</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Add to &amp;bank (Ctrl+B)</source>
        <translation>Añadir al &amp;banco (Ctrl+B)</translation>
    </message>
    <message>
        <source>Keep this comment (or the part you selected) for this question, in this project and the next time you mark it</source>
        <translation>Guardar este comentario (o la parte seleccionada) para esta pregunta, en este proyecto y la próxima vez que la corrijas</translation>
    </message>
    <message>
        <source>&amp;Remove from bank</source>
        <translation>&amp;Quitar del banco</translation>
    </message>
    <message>
        <source>Take the chosen comment out of this question&apos;s bank (Delete)</source>
        <translation>Quitar el comentario elegido del banco de esta pregunta (Supr)</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Save the comment (Ctrl+Enter)</source>
        <translation>Guardar el comentario (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The bank has no comment {n} for this question.</source>
        <translation>El banco no tiene un comentario {n} para esta pregunta.</translation>
    </message>
    <message>
        <source>Comment bank for question {item}</source>
        <translation>Banco de comentarios de la pregunta {item}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>No comments kept for this question yet: write one and press Ctrl+B to keep it; it is offered here, and the next time you mark this question.</source>
        <translation>Todavía no hay comentarios guardados para esta pregunta: escribe uno y pulsa Ctrl+B para guardarlo; aparecerá aquí y la próxima vez que corrijas esta pregunta.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 (or Enter in the list) insert a comment; Delete in the list removes it. The most used come first.</source>
        <translation>Ctrl+1 … Ctrl+9 (o Intro en la lista) insertan un comentario; Supr en la lista lo quita. Los más usados aparecen primero.</translation>
    </message>
    <message>
        <source>Write the comment first, then keep it in the bank.</source>
        <translation>Escribe primero el comentario y luego guárdalo en el banco.</translation>
    </message>
    <message>
        <source>Kept in the bank for this question.</source>
        <translation>Guardado en el banco de esta pregunta.</translation>
    </message>
    <message>
        <source>That comment is already in the bank.</source>
        <translation>Ese comentario ya está en el banco.</translation>
    </message>
    <message>
        <source>Choose a comment in the list first, then remove it.</source>
        <translation>Elige primero un comentario de la lista y luego quítalo.</translation>
    </message>
    <message>
        <source>Removed from the bank: {text}</source>
        <translation>Quitado del banco: {text}</translation>
    </message>
    <message>
        <source>Discard this comment?</source>
        <translation>¿Descartar este comentario?</translation>
    </message>
    <message>
        <source>You changed this comment. Discarding it keeps the comment as it was before.</source>
        <translation>Cambiaste este comentario. Si lo descartas, el comentario queda como estaba antes.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>Seguir &amp;escribiendo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>DifferingScores</name>
    <message numerus="yes">
        <source>%n answers to question {question} are identical to others but got another score.</source>
        <translation>
            <numerusform>%n respuesta a la pregunta {question} es idéntica a otras, pero recibió otra puntuación.</numerusform>
            <numerusform>%n respuestas a la pregunta {question} son idénticas a otras, pero recibieron otra puntuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in question {question}</source>
        <translation>
            <numerusform>%n en la pregunta {question}</numerusform>
            <numerusform>%n en la pregunta {question}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers identical to others got another score ({questions}).</source>
        <translation>
            <numerusform>%n respuesta idéntica a otras recibió otra puntuación ({questions}).</numerusform>
            <numerusform>%n respuestas idénticas a otras recibieron otra puntuación ({questions}).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export; to see them first, close this dialog and choose “{filter}” above the results.</source>
        <translation>Puedes exportar igualmente; para verlas antes, cierra este diálogo y elige «{filter}» encima de los resultados.</translation>
    </message>
    <message>
        <source>Press Esc and choose “{filter}” above the table to see them.</source>
        <translation>Para verlas, pulsa Esc y elige «{filter}» encima de la tabla.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>List in the table below the identical answers whose scores differ</source>
        <translation>Lista en la tabla de abajo las respuestas idénticas cuyas puntuaciones difieren</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a sheet of answers here
(Excel .xlsx or CSV)</source>
        <translation>Suelta aquí una hoja de respuestas
(Excel .xlsx o CSV)</translation>
    </message>
    <message>
        <source>or drop a .gradebundle model to add it to the library</source>
        <translation>o suelta un modelo .gradebundle para añadirlo a la biblioteca</translation>
    </message>
    <message>
        <source>Drop zone for sheets of answers and model bundles</source>
        <translation>Zona para soltar hojas de respuestas y modelos</translation>
    </message>
    <message>
        <source>Release to open “{name}”</source>
        <translation>Suelta para abrir «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Release to add the models to the library</source>
        <translation>
            <numerusform>Suelta para añadir el modelo a la biblioteca</numerusform>
            <numerusform>Suelta para añadir los modelos a la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader cannot open this; release to see why</source>
        <translation>Grader no puede abrir esto; suelta para ver por qué</translation>
    </message>
</context>
<context>
    <name>EarlierProject</name>
    <message>
        <source>Use your earlier decisions?</source>
        <translation>¿Usar tus decisiones anteriores?</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has no project file of its own, but {file} in the same folder holds %n decisions on its answers (it was made for {made_for}).</source>
        <translation>
            <numerusform>{sheet} no tiene archivo de proyecto propio, pero {file}, en la misma carpeta, guarda %n decisión sobre sus respuestas (se hizo para {made_for}).</numerusform>
            <numerusform>{sheet} no tiene archivo de proyecto propio, pero {file}, en la misma carpeta, guarda %n decisiones sobre sus respuestas (se hizo para {made_for}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has no project file of its own. It holds {found} of the {stored} answers of {made_for}, and {file} in the same folder holds %n decisions on them.</source>
        <translation>
            <numerusform>{sheet} no tiene archivo de proyecto propio. La hoja contiene {found} de las {stored} respuestas de {made_for}, y {file}, en la misma carpeta, guarda %n decisión sobre ellas.</numerusform>
            <numerusform>{sheet} no tiene archivo de proyecto propio. La hoja contiene {found} de las {stored} respuestas de {made_for}, y {file}, en la misma carpeta, guarda %n decisiones sobre ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use them to go on where you stopped: Grader makes {own} with the decisions on this sheet&apos;s answers only, and each goes back to the same student, question and answer text. {file} is left as it was either way, with all its decisions.</source>
        <translation>Úsalas para seguir donde lo dejaste: Grader crea {own} solo con las decisiones sobre las respuestas de esta hoja y cada una vuelve al mismo estudiante, la misma pregunta y el mismo texto de respuesta. {file} queda como estaba en cualquier caso, con todas sus decisiones.</translation>
    </message>
    <message>
        <source>Use them to go on where you stopped: Grader copies {file} to {own}, and each decision goes back to the same student, question and answer text. {file} is left as it was either way.</source>
        <translation>Úsalas para seguir donde lo dejaste: Grader copia {file} en {own} y cada decisión vuelve al mismo estudiante, la misma pregunta y el mismo texto de respuesta. {file} queda como estaba en cualquier caso.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use the %n decisions</source>
        <translation>
            <numerusform>&amp;Usar la %n decisión</numerusform>
            <numerusform>&amp;Usar las %n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start afresh</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>You graded most of these answers before, on {date} in {folder}: {decisions}; {new}. Continue from them?</source>
        <translation>Ya calificaste la mayoría de estas respuestas el {date} en {folder}: {decisions}; {new}. ¿Quieres continuar a partir de ahí?</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions come over</source>
        <translation>
            <numerusform>%n decisión se traslada</numerusform>
            <numerusform>%n decisiones se trasladan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers are new or changed</source>
        <translation>
            <numerusform>%n respuesta es nueva o ha cambiado</numerusform>
            <numerusform>%n respuestas son nuevas o han cambiado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You graded these answers before, on {date} in {folder}: %n decisions. Continue from them?</source>
        <translation>
            <numerusform>Ya calificaste estas respuestas el {date} en {folder}: %n decisión. ¿Quieres continuar a partir de ella?</numerusform>
            <numerusform>Ya calificaste estas respuestas el {date} en {folder}: %n decisiones. ¿Quieres continuar a partir de ellas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue where you stopped?</source>
        <translation>¿Seguir donde lo dejaste?</translation>
    </message>
    <message>
        <source>Continuing copies them into {own} beside this sheet. {file} in {folder} is left as it was either way.</source>
        <translation>Al continuar, Grader las copia en {own}, junto a esta hoja. {file} en {folder} queda como estaba en cualquier caso.</translation>
    </message>
    <message>
        <source>Continuing copies them into {own}, as this sheet&apos;s folder cannot be written to. {file} in {folder} is left as it was either way.</source>
        <translation>Al continuar, Grader las copia en {own}, ya que no se puede escribir en la carpeta de esta hoja. {file} en {folder} queda como estaba en cualquier caso.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue from the %n decisions</source>
        <translation>
            <numerusform>&amp;Continuar con la %n decisión</numerusform>
            <numerusform>&amp;Continuar con las %n decisiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>{name} could not be written because of an unexpected problem ({problem}); your grading is unchanged, try exporting again</source>
        <translation>No se pudo escribir {name} por un problema inesperado ({problem}); tu corrección no ha cambiado, vuelve a exportar</translation>
    </message>
    <message>
        <source>Export grades</source>
        <translation>Exportar las notas</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>destination file</source>
        <translation>archivo de destino</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>export problem</source>
        <translation>problema al exportar</translation>
    </message>
    <message>
        <source>Students not in the file: enter their grades by hand</source>
        <translation>Estudiantes que no están en el archivo: introduce sus notas a mano</translation>
    </message>
    <message>
        <source>students that could not be matched</source>
        <translation>estudiantes que no se pudieron asignar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message numerus="yes">
        <source>%n answers still have no score: score them in the review first, or export now and their scores are left empty.</source>
        <translation>
            <numerusform>%n respuesta aún no tiene puntuación: puntúala antes en la revisión, o exporta ahora y su puntuación queda vacía.</numerusform>
            <numerusform>%n respuestas aún no tienen puntuación: puntúalas antes en la revisión, o exporta ahora y sus puntuaciones quedan vacías.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers still have no score; they are exported with an empty score.</source>
        <translation>
            <numerusform>%n respuesta aún no tiene puntuación; se exporta con la puntuación vacía.</numerusform>
            <numerusform>%n respuestas aún no tienen puntuación; se exportan con la puntuación vacía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students get no total in the points sheet because of them.</source>
        <translation>
            <numerusform>Por eso, %n estudiante no tiene total en la hoja de puntos.</numerusform>
            <numerusform>Por eso, %n estudiantes no tienen total en la hoja de puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model for question {question} is still learning from your marks, so its answers have no score yet: wait until this note goes to export them with its scores.</source>
        <translation>El modelo de la pregunta {question} aún está aprendiendo de tus correcciones, así que sus respuestas todavía no tienen puntuación: espera a que desaparezca esta nota para exportarlas con sus puntuaciones.</translation>
    </message>
    <message numerus="yes">
        <source>The models for %n questions ({questions}) are still learning from your marks, so their answers have no score yet: wait until this note goes to export them with their scores.</source>
        <translation>
            <numerusform>El modelo de %n pregunta ({questions}) aún está aprendiendo de tus correcciones, así que sus respuestas todavía no tienen puntuación: espera a que desaparezca esta nota para exportarlas con sus puntuaciones.</numerusform>
            <numerusform>Los modelos de %n preguntas ({questions}) aún están aprendiendo de tus correcciones, así que sus respuestas todavía no tienen puntuación: espera a que desaparezca esta nota para exportarlas con sus puntuaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet came from {system}, so “{format}” is chosen to give the grades back to it.</source>
        <translation>Esta hoja viene de {system}, así que se ha elegido «{format}» para devolverle las notas.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>No file name was given; type where to save the export or press Choose….</source>
        <translation>No se indicó ningún nombre de archivo; escribe dónde guardar la exportación o pulsa Elegir….</translation>
    </message>
    <message>
        <source>{name} does not end in {suffix}; this format is saved as a {suffix} file.</source>
        <translation>{name} no termina en {suffix}; este formato se guarda como archivo {suffix}.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} guardado en {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} in {folder}, with %n students.</source>
        <translation>
            <numerusform>{name} guardado en {folder}, con %n estudiante.</numerusform>
            <numerusform>{name} guardado en {folder}, con %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some students need a check before the import (different scores for one question, or ids or names that look alike): turn off blind marking (View menu) to see who.</source>
        <translation>Hay estudiantes que revisar antes de importar (puntuaciones distintas en una pregunta, o identificadores o nombres que se parecen): desactiva la corrección anónima (menú Ver) para ver quiénes.</translation>
    </message>
    <message numerus="yes">
        <source>%n students got no grade in {file}, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n estudiante no tiene nota en {file}, porque una de sus respuestas aún no tiene puntuación.</numerusform>
            <numerusform>%n estudiantes no tienen nota en {file}, porque una de sus respuestas aún no tiene puntuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students got no grade in {file}, because an answer of theirs still has no score: {students}.</source>
        <translation>
            <numerusform>%n estudiante no tiene nota en {file}, porque una de sus respuestas aún no tiene puntuación: {students}.</numerusform>
            <numerusform>%n estudiantes no tienen nota en {file}, porque una de sus respuestas aún no tiene puntuación: {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are listed in {list}.</source>
        <translation>Todos figuran en {list}.</translation>
    </message>
    <message numerus="yes">
        <source>%n students have an empty score in {file}, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n estudiante tiene una puntuación vacía en {file}, porque una de sus respuestas aún no tiene puntuación.</numerusform>
            <numerusform>%n estudiantes tienen una puntuación vacía en {file}, porque una de sus respuestas aún no tiene puntuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students have an empty score in {file}, because an answer of theirs still has no score: {students}.</source>
        <translation>
            <numerusform>%n estudiante tiene una puntuación vacía en {file}, porque una de sus respuestas aún no tiene puntuación: {students}.</numerusform>
            <numerusform>%n estudiantes tienen una puntuación vacía en {file}, porque una de sus respuestas aún no tiene puntuación: {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed with their scores in {file}.</source>
        <translation>Aparecen con sus puntuaciones en {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n students could not be matched, so they are not in {file}.</source>
        <translation>
            <numerusform>%n estudiante no se pudo asignar, así que no está en {file}.</numerusform>
            <numerusform>%n estudiantes no se pudieron asignar, así que no están en {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students are in {file} without a grade, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n estudiante está en {file} sin nota, porque una de sus respuestas aún no tiene puntuación.</numerusform>
            <numerusform>%n estudiantes están en {file} sin nota, porque una de sus respuestas aún no tiene puntuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students without a grade in the file: enter their grades by hand</source>
        <translation>Estudiantes sin nota en el archivo: introduce sus notas a mano</translation>
    </message>
    <message>
        <source>Students who could not be matched</source>
        <translation>Estudiantes que no se pudieron asignar</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: none of the %n students could be matched. Why, for each of them:</source>
        <translation>
            <numerusform>No se guardó nada: no se pudo asignar a %n estudiante. El motivo:</numerusform>
            <numerusform>No se guardó nada: no se pudo asignar a ninguno de los %n estudiantes. Los motivos, uno por uno:</numerusform>
        </translation>
    </message>
    <message>
        <source>{student} (row {row}): {reason}</source>
        <translation>{student} (fila {row}): {reason}</translation>
    </message>
    <message>
        <source>{name} was not replaced, and nothing was saved; type another name or press Choose….</source>
        <translation>No se sustituyó {name} y no se guardó nada; escribe otro nombre o pulsa Elegir….</translation>
    </message>
    <message>
        <source>Still saving; the dialog closes when you press Close after it finishes.</source>
        <translation>Todavía se está guardando; el cuadro se cierra si pulsas Cerrar cuando termine.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with this export?</source>
        <translation>{name} ya existe en {folder}. ¿Sustituirlo por esta exportación?</translation>
    </message>
    <message>
        <source>What is in it now is lost, changes you made to it too. To keep it, cancel and type another name.</source>
        <translation>Lo que contiene ahora se pierde, también los cambios que hayas hecho en él. Para conservarlo, cancela y escribe otro nombre.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message numerus="yes">
        <source>%n cells were longer than Excel allows and were cut in {file}, ending in “…”: {cells}. Saved as CSV, they are kept whole.</source>
        <translation>
            <numerusform>%n celda era más larga de lo que admite Excel y se cortó en {file}; termina en «…»: {cells}. Guardada como CSV, se conserva entera.</numerusform>
            <numerusform>%n celdas eran más largas de lo que admite Excel y se cortaron en {file}; terminan en «…»: {cells}. Guardadas como CSV, se conservan enteras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotes</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>In Canvas open Grades, choose Import, and upload this file; each question becomes an assignment column, and empty cells leave a grade unchanged.</source>
        <translation>En Canvas abre «Calificaciones», elige «Importar» y sube este archivo; cada pregunta pasa a ser una columna de tarea, y las celdas vacías dejan la nota como está.</translation>
    </message>
    <message>
        <source>The sheet&apos;s student ids are email addresses. Canvas finds a student by SIS User ID, else by SIS Login ID; an email address is seldom the SIS User ID but usually the SIS Login ID (the address the student logs in with), so this file gives each address in both columns. Check that Canvas&apos;s import found every student.</source>
        <translation>Los ID de estudiante de la hoja son direcciones de correo. Canvas busca a cada estudiante por SIS User ID y, si no, por SIS Login ID; una dirección de correo rara vez es el SIS User ID, pero suele ser el SIS Login ID (la dirección con la que el estudiante inicia sesión), así que este archivo pone cada dirección en las dos columnas. Comprueba que la importación de Canvas encontró a todos los estudiantes.</translation>
    </message>
    <message>
        <source>Canvas matches the students of this file by SIS User ID, and the sheet&apos;s id {ids} holds a space, as SIS User IDs seldom do: Canvas may not find that student. Enter the SIS User IDs in the sheet&apos;s id column, or export from a Canvas download.</source>
        <translation>Canvas empareja a los estudiantes de este archivo por SIS User ID, y el identificador {ids} de la hoja tiene un espacio, cosa rara en un SIS User ID: puede que Canvas no encuentre a ese estudiante. Escribe los SIS User ID en la columna de identificadores de la hoja, o exporta desde una descarga de Canvas.</translation>
    </message>
    <message>
        <source>Canvas matches the students of this file by SIS User ID, and the sheet&apos;s ids {ids} hold a space, as SIS User IDs seldom do: Canvas may not find those students. Enter the SIS User IDs in the sheet&apos;s id column, or export from a Canvas download.</source>
        <translation>Canvas empareja a los estudiantes de este archivo por SIS User ID, y los identificadores {ids} de la hoja tienen un espacio, cosa rara en un SIS User ID: puede que Canvas no encuentre a esos estudiantes. Escribe los SIS User ID en la columna de identificadores de la hoja, o exporta desde una descarga de Canvas.</translation>
    </message>
    <message>
        <source>{student} on {question} ({scores})</source>
        <translation>{student} en {question} ({scores})</translation>
    </message>
    <message numerus="yes">
        <source>%n cells were left empty because a student&apos;s attempts at a question got different scores: {cells}. Decide which attempt counts and enter that grade in Canvas by hand.</source>
        <translation>
            <numerusform>%n celda quedó vacía porque los intentos de un estudiante en una pregunta recibieron puntuaciones distintas: {cells}. Decide qué intento cuenta e introduce esa nota en Canvas a mano.</numerusform>
            <numerusform>%n celdas quedaron vacías porque los intentos de un estudiante en una pregunta recibieron puntuaciones distintas: {cells}. Decide qué intento cuenta e introduce esas notas en Canvas a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some student names differ only in spaces or invisible characters ({names}), so each kept a row of its own with the name exactly as in the sheet; check them in the sheet before importing into Canvas.</source>
        <translation>Algunos nombres de estudiantes solo se distinguen por espacios o caracteres invisibles ({names}), así que cada uno conserva su propia fila con el nombre tal como está en la hoja; revísalos en la hoja antes de importar en Canvas.</translation>
    </message>
    <message>
        <source>Some student ids differ only in spaces or invisible characters ({ids}), so each kept a row of its own with the id exactly as in the sheet; check them in the sheet before importing into Canvas.</source>
        <translation>Algunos identificadores de estudiantes solo se distinguen por espacios o caracteres invisibles ({ids}), así que cada uno conserva su propia fila con el identificador tal como está en la hoja; revísalos en la hoja antes de importar en Canvas.</translation>
    </message>
    <message>
        <source>In Moodle choose Grades &gt; Import &gt; CSV file, map from “{column}” to Moodle&apos;s username field, and map each question column to a grade item (or a new grade item).</source>
        <translation>En Moodle elige «Calificaciones &gt; Importar &gt; Archivo CSV», asigna «{column}» al campo del nombre de usuario de Moodle y cada columna de pregunta a un elemento de calificación (o a uno nuevo).</translation>
    </message>
    <message>
        <source>In Moodle choose Grades &gt; Import &gt; CSV file, map from “{column}” to Moodle&apos;s ID number field, and map each question column to a grade item (or a new grade item).</source>
        <translation>En Moodle elige «Calificaciones &gt; Importar &gt; Archivo CSV», asigna «{column}» al campo del número de ID de Moodle y cada columna de pregunta a un elemento de calificación (o a uno nuevo).</translation>
    </message>
    <message>
        <source>In Moodle choose Grades &gt; Import &gt; CSV file, map from “{column}” to Moodle&apos;s email address field, and map each question column to a grade item (or a new grade item).</source>
        <translation>En Moodle elige «Calificaciones &gt; Importar &gt; Archivo CSV», asigna «{column}» al campo de la dirección de correo de Moodle y cada columna de pregunta a un elemento de calificación (o a uno nuevo).</translation>
    </message>
    <message>
        <source>A grade item that Moodle makes in the import has a maximum grade of 100: make each question&apos;s grade item first with its maximum grade from your marking scheme, or edit it after the import without rescaling existing grades.</source>
        <translation>Un elemento de calificación que Moodle crea en la importación tiene una calificación máxima de 100: crea primero el elemento de calificación de cada pregunta con su calificación máxima según tu esquema de corrección, o edítalo después de la importación sin reescalar las calificaciones existentes.</translation>
    </message>
    <message>
        <source>A grade item that Moodle makes in the import has a maximum grade of 100: make each question&apos;s grade item first with its maximum grade ({points}), or edit it after the import without rescaling existing grades.</source>
        <translation>Un elemento de calificación que Moodle crea en la importación tiene una calificación máxima de 100: crea primero el elemento de calificación de cada pregunta con su calificación máxima ({points}), o edítalo después de la importación sin reescalar las calificaciones existentes.</translation>
    </message>
    <message>
        <source>In Moodle open the assignment, choose View all submissions &gt; Upload grading worksheet, and tick &apos;Allow updating records that have been modified more recently in Moodle than in the spreadsheet&apos; if Moodle holds newer grades.</source>
        <translation>En Moodle abre la tarea, elige «Ver todos los envíos &gt; Subir hoja de calificaciones» y marca «Permitir la actualización de los registros que se han modificado recientemente en Moodle…» si Moodle tiene notas más recientes.</translation>
    </message>
    <message>
        <source>In Brightspace open Grades, choose Import, and upload this file; students are matched on {id_header}, and a question&apos;s item is created if it does not exist yet.</source>
        <translation>En Brightspace abre «Calificaciones», elige «Importar» y sube este archivo; los estudiantes se emparejan por {id_header}, y el elemento de una pregunta se crea si aún no existe.</translation>
    </message>
    <message>
        <source>Google Classroom matches students by email address: copy a question&apos;s column into the assignment&apos;s grades, or into your Classroom grade sheet.</source>
        <translation>Google Classroom empareja a los estudiantes por su correo electrónico: copia la columna de una pregunta en las notas de la tarea, o en tu hoja de notas de Classroom.</translation>
    </message>
    <message>
        <source>Every student has a row with their points per question and their total.</source>
        <translation>Cada estudiante tiene una fila con sus puntos por pregunta y su total.</translation>
    </message>
    <message numerus="yes">
        <source>Every student has a row with their points per question; %n of them has no total yet, because an answer of theirs has no score.</source>
        <translation>
            <numerusform>Cada estudiante tiene una fila con sus puntos por pregunta; %n de ellos aún no tiene total, porque una de sus respuestas no tiene puntuación.</numerusform>
            <numerusform>Cada estudiante tiene una fila con sus puntos por pregunta; %n de ellos aún no tienen total, porque una de sus respuestas no tiene puntuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>In Blackboard open the Grade Center, choose Work Offline &gt; Upload, pick this file (comma delimiter) and tick the question columns; students are matched on Username.</source>
        <translation>En Blackboard abre el «Grade Center», elige «Work Offline &gt; Upload», escoge este archivo (delimitador coma) y marca las columnas de las preguntas; los estudiantes se emparejan por «Username».</translation>
    </message>
    <message>
        <source>Blackboard adds each new column as a text column worth 0 points: edit each one (Edit Column Information), choose Score as its primary display and set its points possible.</source>
        <translation>Blackboard añade cada columna nueva como columna de texto con 0 puntos: edita cada una («Edit Column Information»), elige «Score» como visualización principal y fija sus puntos posibles.</translation>
    </message>
    <message>
        <source>Blackboard adds each new column as a text column worth 0 points: edit each one (Edit Column Information), choose Score as its primary display and set its points possible ({points}).</source>
        <translation>Blackboard añade cada columna nueva como columna de texto con 0 puntos: edita cada una («Edit Column Information»), elige «Score» como visualización principal y fija sus puntos posibles ({points}).</translation>
    </message>
    <message>
        <source>The points possible of {questions} are not known (no model scores it, the sheet does not give them and no mark above 0 was given), so the header gives none; set them from your marking scheme.</source>
        <translation>No se conocen los puntos posibles de {questions} (ningún modelo la puntúa, la hoja no los indica y no se dio ninguna nota por encima de 0), así que el encabezado no indica ninguno; fíjalos según tu esquema de corrección.</translation>
    </message>
    <message>
        <source>The points possible of {questions} are not known (no model scores them, the sheet does not give them and no mark above 0 was given), so the header gives none; set them from your marking scheme.</source>
        <translation>No se conocen los puntos posibles de {questions} (ningún modelo las puntúa, la hoja no los indica y no se dio ninguna nota por encima de 0), así que el encabezado no indica ninguno; fíjalos según tu esquema de corrección.</translation>
    </message>
    <message>
        <source>The earlier list of students left out, {file}, was deleted: every student is in this file.</source>
        <translation>Se borró la lista anterior de estudiantes que faltaban, {file}: todos los estudiantes están en este archivo.</translation>
    </message>
    <message>
        <source>The earlier list of students left out, {file}, could not be deleted; delete it yourself, as every student is in this file now.</source>
        <translation>No se pudo borrar la lista anterior de estudiantes que faltaban, {file}; bórrala tú, ya que ahora todos los estudiantes están en este archivo.</translation>
    </message>
    <message>
        <source>The row {rows} of the downloaded report is not a student, so it is not in this file.</source>
        <translation>La fila {rows} del informe descargado no es un estudiante, así que no está en este archivo.</translation>
    </message>
    <message>
        <source>The rows {rows} of the downloaded report are not students, so they are not in this file.</source>
        <translation>Las filas {rows} del informe descargado no son estudiantes, así que no están en este archivo.</translation>
    </message>
    <message>
        <source>{question} 0–{top} to 0–{points} ({score} → {scaled})</source>
        <translation>{question} de 0–{top} a 0–{points} ({score} → {scaled})</translation>
    </message>
    <message>
        <source>Scores were scaled to the points {system} gives each question (score ÷ highest score × points, rounded to 2 decimals): {questions}.</source>
        <translation>Las puntuaciones se ajustaron a los puntos que {system} da a cada pregunta (puntuación ÷ puntuación más alta × puntos, redondeado a 2 decimales): {questions}.</translation>
    </message>
</context>
<context>
    <name>ExportReasons</name>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Canvas user ID</source>
        <translation>Canvas user ID</translation>
    </message>
    <message>
        <source>SIS User ID</source>
        <translation>SIS User ID</translation>
    </message>
    <message>
        <source>SIS Login ID</source>
        <translation>SIS Login ID</translation>
    </message>
    <message>
        <source>OrgDefinedId</source>
        <translation>OrgDefinedId</translation>
    </message>
    <message>
        <source>student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>número de ID</translation>
    </message>
    <message>
        <source>participant identifier</source>
        <translation>identificador de participante</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>student id</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
    <message numerus="yes">
        <source>{count} answers to {item} and %n more questions (more than one attempt?); enter this student&apos;s grade by hand</source>
        <translation>
            <numerusform>{count} respuestas a {item} y a %n pregunta más (¿más de un intento?); introduce a mano la nota de este estudiante</numerusform>
            <numerusform>{count} respuestas a {item} y a %n preguntas más (¿más de un intento?); introduce a mano la nota de este estudiante</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} answers to {item} (more than one attempt?); enter this student&apos;s grade by hand</source>
        <translation>{count} respuestas a {item} (¿más de un intento?); introduce a mano la nota de este estudiante</translation>
    </message>
    <message>
        <source>no {what} for this student, so {system} could not match them</source>
        <translation>sin {what} para este estudiante, así que {system} no pudo asignarlo</translation>
    </message>
    <message>
        <source>the {field} {value} begins or ends with a space or tab, which {system} would not match; remove the space or tab in the sheet, open the sheet again and export again</source>
        <translation>el valor {value} de {field} empieza o termina con un espacio o tabulador, que {system} no reconocería; quita el espacio o el tabulador en la hoja, vuelve a abrir la hoja y exporta de nuevo</translation>
    </message>
    <message>
        <source>the {field} {value} has a line break in it, which {system} would not match; remove the line break in the sheet, open the sheet again and export again</source>
        <translation>el valor {value} de {field} contiene un salto de línea, que {system} no reconocería; quita el salto de línea en la hoja, vuelve a abrir la hoja y exporta de nuevo</translation>
    </message>
    <message>
        <source>the {field} {value} has an invisible character before “{sign}”, so a spreadsheet could read it as a formula and it cannot be written safely; type the {field} again in the sheet, open the sheet again and export again</source>
        <translation>el valor {value} de {field} tiene un carácter invisible antes de «{sign}», así que una hoja de cálculo podría leerlo como fórmula y no se puede escribir de forma segura; vuelve a escribir el valor de {field} en la hoja, vuelve a abrir la hoja y exporta de nuevo</translation>
    </message>
    <message>
        <source>the {field} {value} starts with “{sign}”, which a spreadsheet could read as a formula, so it cannot be written safely; correct it in the sheet, open the sheet again and export again, or, if {system} has it so, enter this student&apos;s grade in {system} by hand</source>
        <translation>el valor {value} de {field} empieza por «{sign}», que una hoja de cálculo podría leer como fórmula, así que no se puede escribir de forma segura; corrígelo en la hoja, vuelve a abrir la hoja y exporta de nuevo o, si {system} lo tiene así, introduce a mano la nota de este estudiante en {system}</translation>
    </message>
    <message>
        <source>the {field} {value} has “{sign}” after a comma, semicolon or tab, where a spreadsheet could start a cell and read a formula, so it cannot be written safely; correct it in the sheet, open the sheet again and export again, or, if {system} has it so, enter this student&apos;s grade in {system} by hand</source>
        <translation>el valor {value} de {field} tiene «{sign}» tras una coma, un punto y coma o un tabulador, donde una hoja de cálculo podría empezar una celda y leer una fórmula, así que no se puede escribir de forma segura; corrígelo en la hoja, vuelve a abrir la hoja y exporta de nuevo o, si {system} lo tiene así, introduce a mano la nota de este estudiante en {system}</translation>
    </message>
    <message>
        <source>the same {field} ({value}) as the student on row {rows} (a second attempt?); they were not merged, enter these grades by hand</source>
        <translation>el mismo valor de {field} ({value}) que el estudiante de la fila {rows} (¿un segundo intento?); no se unieron, introduce estas notas a mano</translation>
    </message>
    <message>
        <source>{name} was not saved, because {system} could not match any student of this sheet; the list says why for each: correct the sheet, open it again and export again</source>
        <translation>{name} no se guardó porque {system} no pudo asignar a ningún estudiante de esta hoja; la lista dice por qué en cada caso: corrige la hoja, vuelve a abrirla y vuelve a exportar</translation>
    </message>
    <message>
        <source>{name} was not saved, because {system} matches a grading worksheet by each student&apos;s participant identifier (“Participant 123”), which only the grading worksheet downloaded from {system} gives; in {system} open the assignment, choose View all submissions &gt; Download grading worksheet, and open that file here instead</source>
        <translation>{name} no se guardó porque {system} asigna una hoja de calificación por el identificador de participante de cada estudiante («Participant 123»), que solo da la hoja de calificación descargada de {system}; en {system} abre la tarea, elige «Ver todos los envíos &gt; Descargar hoja de calificaciones» y abre aquí ese archivo en su lugar</translation>
    </message>
    <message>
        <source>{name} was not saved, because {system} matches students by their {what} and this sheet gives none (no {columns} column, or an empty one); add such a column with each student&apos;s {what}, open the sheet again and export again, or choose “{points}”, which needs no identifier</source>
        <translation>{name} no se guardó porque {system} asigna a los estudiantes por este dato: {what}, y esta hoja no lo da (no hay columna {columns}, o está vacía); añade esa columna con ese dato de cada estudiante ({what}), vuelve a abrir la hoja y vuelve a exportar, o elige «{points}», que no necesita identificador</translation>
    </message>
    <message>
        <source>in this file without a grade: no score yet for {questions}; score it in the review and export again, or enter the grade by hand</source>
        <translation>en este archivo sin nota: aún sin puntuación para {questions}; puntúala en la revisión y exporta de nuevo, o introduce la nota a mano</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Row in sheet</source>
        <translation>Fila en la hoja</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Why a grade is missing in {system}</source>
        <translation>Por qué falta una nota en {system}</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>{name} is the sheet of answers itself, and saving “{kind}” there would replace it; choose another file name, such as {suggestion}</source>
        <translation>{name} es la propia hoja de respuestas, y guardar ahí «{kind}» la sustituiría; elige otro nombre de archivo, como {suggestion}</translation>
    </message>
</context>
<context>
    <name>ExportTitles</name>
    <message>
        <source>Canvas puts a column into the assignment that already has its title, replacing that assignment&apos;s grades.</source>
        <translation>Canvas pone una columna en la tarea que ya tiene su título y reemplaza las calificaciones de esa tarea.</translation>
    </message>
    <message>
        <source>Brightspace puts a column into the grade item that already has its name, replacing that item&apos;s grades.</source>
        <translation>Brightspace pone una columna en el elemento de calificación que ya tiene su nombre y reemplaza las calificaciones de ese elemento.</translation>
    </message>
    <message>
        <source>Blackboard makes a new column of each one, even beside a column of the same name.</source>
        <translation>Blackboard crea una columna nueva con cada una, aunque ya haya otra con el mismo nombre.</translation>
    </message>
    <message>
        <source>Moodle&apos;s import asks which grade item each column goes into: choose “New grade item” unless it is this quiz&apos;s own.</source>
        <translation>La importación de Moodle pregunta a qué elemento de calificación va cada columna: elige «Nuevo elemento de calificación», salvo que sea el de este cuestionario.</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <source>{score} out of {out_of}</source>
        <translation>{score} de {out_of}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Feedback · {title}</source>
        <translation>Comentarios · {title}</translation>
    </message>
    <message>
        <source>Your answer ({number} of {count})</source>
        <translation>Tu respuesta ({number} de {count})</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>No answer of yours to this question is in the sheet.</source>
        <translation>En la hoja no hay ninguna respuesta tuya a esta pregunta.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Score: not scored yet</source>
        <translation>Puntuación: aún sin puntuar</translation>
    </message>
    <message>
        <source>Scores: {scores}</source>
        <translation>Puntuaciones: {scores}</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Puntuación: {score}</translation>
    </message>
    <message>
        <source>Total: not added up, as a question has more than one answer of yours</source>
        <translation>Total: sin sumar, porque una pregunta tiene más de una respuesta tuya</translation>
    </message>
    <message>
        <source>Total: not added up, as not every score is a number</source>
        <translation>Total: sin sumar, porque no todas las puntuaciones son números</translation>
    </message>
    <message>
        <source>Student ID: {id}</source>
        <translation>ID del estudiante: {id}</translation>
    </message>
    <message>
        <source>Username: {name}</source>
        <translation>Nombre de usuario: {name}</translation>
    </message>
    <message>
        <source>Row {row} of the sheet</source>
        <translation>Fila {row} de la hoja</translation>
    </message>
    <message>
        <source>Total: {score}</source>
        <translation>Total: {score}</translation>
    </message>
    <message numerus="yes">
        <source>Total: not final yet (%n answers still have no score)</source>
        <translation>
            <numerusform>Total: aún no es definitivo (%n respuesta todavía no tiene puntuación)</numerusform>
            <numerusform>Total: aún no es definitivo (%n respuestas todavía no tienen puntuación)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (your answer goes on for %Ln more characters, not printed here; your teacher&apos;s sheet has it whole)</source>
        <translation>
            <numerusform>… (tu respuesta sigue con %Ln carácter más, que no se imprime aquí; la hoja de tu docente la tiene entera)</numerusform>
            <numerusform>… (tu respuesta sigue con %Ln caracteres más, que no se imprimen aquí; la hoja de tu docente la tiene entera)</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Comentario del docente:</translation>
    </message>
    <message>
        <source>{name} · page {number} of {count}</source>
        <translation>{name} · página {number} de {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n students&apos; pages have characters that the PDF&apos;s fonts cannot show (for example {characters}): they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) keeps them.</source>
        <translation>
            <numerusform>La página de un estudiante tiene caracteres que las fuentes del PDF no pueden mostrar (por ejemplo {characters}): se imprimen como recuadros vacíos o espacios en blanco. Tu hoja corregida (XLSX o CSV) los conserva.</numerusform>
            <numerusform>Las páginas de %n estudiantes tienen caracteres que las fuentes del PDF no pueden mostrar (por ejemplo {characters}): se imprimen como recuadros vacíos o espacios en blanco. Tu hoja corregida (XLSX o CSV) los conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {name}: feedback for students is a .pdf file; choose a name ending in .pdf</source>
        <translation>no se puede escribir {name}: los comentarios para los estudiantes son un archivo .pdf; elige un nombre que termine en .pdf</translation>
    </message>
    <message>
        <source>there are no students in this sheet, so there is no feedback to write</source>
        <translation>no hay estudiantes en esta hoja, así que no hay comentarios que escribir</translation>
    </message>
</context>
<context>
    <name>FeedbackSheet</name>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Q{n} question</source>
        <translation>P{n} pregunta</translation>
    </message>
    <message>
        <source>Q{n} answer</source>
        <translation>P{n} respuesta</translation>
    </message>
    <message>
        <source>Q{n} score</source>
        <translation>P{n} puntuación</translation>
    </message>
    <message>
        <source>Q{n} out of</source>
        <translation>P{n} puntuación máxima</translation>
    </message>
    <message>
        <source>Q{n} rubric</source>
        <translation>P{n} rúbrica</translation>
    </message>
    <message>
        <source>Q{n} comment</source>
        <translation>P{n} comentario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Puntuación máxima</translation>
    </message>
</context>
<context>
    <name>FlagChips</name>
    <message>
        <source>Flagged answers always come to you, whatever the model&apos;s confidence.</source>
        <translation>Las respuestas con aviso siempre te llegan, sea cual sea la confianza del modelo.</translation>
    </message>
    <message>
        <source>The answer&apos;s cell holds a formula whose value was never saved (a program that does not compute formulas wrote the file), so Grader sees it empty. Open the file in Excel or LibreOffice, save it and open it again: the answer is there then.</source>
        <translation>La celda de la respuesta tiene una fórmula cuyo valor nunca se guardó (escribió el archivo un programa que no calcula fórmulas), así que Grader la ve vacía. Abre el archivo en Excel o LibreOffice, guárdalo y vuelve a abrirlo: entonces la respuesta estará ahí.</translation>
    </message>
    <message>
        <source>The answer lists terms without explaining them, and the model gave it credit: a model that counts key words can be fooled by a list.</source>
        <translation>La respuesta enumera términos sin explicarlos y el modelo le dio puntos: un modelo que cuenta palabras clave puede dejarse engañar por una lista.</translation>
    </message>
    <message>
        <source>The answer says “not”, “none”, “false” or the like, and the model would have accepted it with credit: a model that counts key words cannot tell “uses energy” from “does not use energy”. The model&apos;s score is kept; check that the answer means it.</source>
        <translation>La respuesta dice «no», «ninguno», «falso» o algo parecido, y el modelo la habría aceptado con puntos: un modelo que cuenta palabras clave no distingue «usa energía» de «no usa energía». Se mantiene la puntuación del modelo; comprueba que la respuesta quiere decir eso.</translation>
    </message>
</context>
<context>
    <name>FormatChooser</name>
    <message>
        <source>Blackboard&apos;s Grade Center matches each student by their username, and your sheet gives none: add a “Username” column with each student&apos;s username, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>El Grade Center de Blackboard asigna a cada estudiante por su nombre de usuario, y tu hoja no da ninguno: añade una columna «Username» con el nombre de usuario de cada estudiante, abre la hoja de nuevo y vuelve a exportar, o elige «{choice}», que no necesita ningún identificador.</translation>
    </message>
    <message>
        <source>Brightspace matches each student by their OrgDefinedId or username, and your sheet gives neither: add an “OrgDefinedId” or “Username” column with them, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Brightspace asigna a cada estudiante por su OrgDefinedId o su nombre de usuario, y tu hoja no da ninguno de los dos: añade una columna «OrgDefinedId» o «Username» con ellos, abre la hoja de nuevo y vuelve a exportar, o elige «{choice}», que no necesita ningún identificador.</translation>
    </message>
    <message>
        <source>Google Classroom matches each student by their email address, and your sheet gives none: add an “Email” column with each student&apos;s email address, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Google Classroom asigna a cada estudiante por su dirección de correo electrónico, y tu hoja no da ninguna: añade una columna «Email» con la dirección de correo de cada estudiante, abre la hoja de nuevo y vuelve a exportar, o elige «{choice}», que no necesita ningún identificador.</translation>
    </message>
    <message>
        <source>Moodle&apos;s gradebook matches each student by their email address, username or ID number, and your sheet gives none: add an “Email”, “Username” or “ID number” column with them, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Las calificaciones de Moodle asignan a cada estudiante por su dirección de correo electrónico, nombre de usuario o número de ID, y tu hoja no da ninguno: añade una columna «Email», «Username» o «ID number» con ellos, abre la hoja de nuevo y vuelve a exportar, o elige «{choice}», que no necesita ningún identificador.</translation>
    </message>
    <message>
        <source>Blackboard needs usernames, and your sheet has none.</source>
        <translation>Blackboard necesita nombres de usuario y tu hoja no tiene ninguno.</translation>
    </message>
    <message>
        <source>Brightspace needs OrgDefinedIds or usernames, and your sheet has neither.</source>
        <translation>Brightspace necesita OrgDefinedIds o nombres de usuario y tu hoja no tiene ninguno de los dos.</translation>
    </message>
    <message>
        <source>Google Classroom needs email addresses, and your sheet has none.</source>
        <translation>Google Classroom necesita direcciones de correo electrónico y tu hoja no tiene ninguna.</translation>
    </message>
    <message>
        <source>“{format}” is not offered, as your sheet has no email addresses, usernames or ID numbers.</source>
        <translation>«{format}» no se ofrece porque tu hoja no tiene direcciones de correo, nombres de usuario ni números de ID.</translation>
    </message>
    <message>
        <source>“{format}” is not offered, as your sheet has no participant identifiers.</source>
        <translation>«{format}» no se ofrece porque tu hoja no tiene identificadores de participante.</translation>
    </message>
    <message>
        <source>Moodle&apos;s grading worksheet matches each student by the participant identifier (“Participant 123”) that only a grading worksheet downloaded from Moodle gives, and your sheet has none: in Moodle open the assignment, choose View all submissions &gt; Download grading worksheet and open that file here, or choose “{choice}”.</source>
        <translation>La hoja de calificación de Moodle asigna a cada estudiante por el identificador de participante («Participant 123») que solo da una hoja de calificación descargada de Moodle, y tu hoja no tiene ninguno: en Moodle abre la tarea, elige «Ver todos los envíos &gt; Descargar hoja de calificaciones» y abre aquí ese archivo, o elige «{choice}».</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no email address and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene correo electrónico y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen correo electrónico y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no username and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene nombre de usuario y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen nombre de usuario y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no OrgDefinedId and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene OrgDefinedId y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen OrgDefinedId y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no ID number and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene número de ID y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen número de ID y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no student id and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene ID de estudiante y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen ID de estudiante y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no participant identifier and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene identificador de participante y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen identificador de participante y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no Canvas id, SIS User ID or student id and are left out.</source>
        <translation>
            <numerusform>%n de {total} estudiantes no tiene ID de Canvas, SIS User ID ni ID de estudiante y queda fuera.</numerusform>
            <numerusform>%n de {total} estudiantes no tienen ID de Canvas, SIS User ID ni ID de estudiante y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their email address, and %n of the {total} students in your sheet have none. {left_out} To include them, add their email addresses to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} asigna a los estudiantes por su dirección de correo electrónico, y %n de los {total} estudiantes de tu hoja no tiene ninguna. {left_out} Para incluirlos, añade a la hoja las direcciones que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
            <numerusform>{system} asigna a los estudiantes por su dirección de correo electrónico, y %n de los {total} estudiantes de tu hoja no tienen ninguna. {left_out} Para incluirlos, añade a la hoja las direcciones que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their username, and %n of the {total} students in your sheet have none. {left_out} To include them, add their usernames to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} asigna a los estudiantes por su nombre de usuario, y %n de los {total} estudiantes de tu hoja no tiene ninguno. {left_out} Para incluirlos, añade a la hoja los nombres de usuario que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
            <numerusform>{system} asigna a los estudiantes por su nombre de usuario, y %n de los {total} estudiantes de tu hoja no tienen ninguno. {left_out} Para incluirlos, añade a la hoja los nombres de usuario que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their OrgDefinedId, and %n of the {total} students in your sheet have none. {left_out} To include them, add their OrgDefinedIds to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} asigna a los estudiantes por su OrgDefinedId, y %n de los {total} estudiantes de tu hoja no tiene ninguno. {left_out} Para incluirlos, añade a la hoja los OrgDefinedIds que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
            <numerusform>{system} asigna a los estudiantes por su OrgDefinedId, y %n de los {total} estudiantes de tu hoja no tienen ninguno. {left_out} Para incluirlos, añade a la hoja los OrgDefinedIds que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their ID number, and %n of the {total} students in your sheet have none. {left_out} To include them, add their ID numbers to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} asigna a los estudiantes por su número de ID, y %n de los {total} estudiantes de tu hoja no tiene ninguno. {left_out} Para incluirlos, añade a la hoja los números de ID que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
            <numerusform>{system} asigna a los estudiantes por su número de ID, y %n de los {total} estudiantes de tu hoja no tienen ninguno. {left_out} Para incluirlos, añade a la hoja los números de ID que faltan, ábrela de nuevo y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file gives {system} your student id column, and %n of the {total} students in your sheet have no id in it. {left_out} To include them, fill in their ids in the sheet, open it again and export again.</source>
        <translation>
            <numerusform>Este archivo le da a {system} tu columna de ID de estudiante, y %n de los {total} estudiantes de tu hoja no tiene ID en ella. {left_out} Para incluirlos, completa los ID que faltan en la hoja, ábrela de nuevo y vuelve a exportar.</numerusform>
            <numerusform>Este archivo le da a {system} tu columna de ID de estudiante, y %n de los {total} estudiantes de tu hoja no tienen ID en ella. {left_out} Para incluirlos, completa los ID que faltan en la hoja, ábrela de nuevo y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches the grading worksheet by each student&apos;s participant identifier (“Participant 123”), and %n of the {total} students in your sheet have none. {left_out} To include them, download the grading worksheet from {system} again, open it and export again.</source>
        <translation>
            <numerusform>{system} asigna la hoja de calificación por el identificador de participante de cada estudiante («Participant 123»), y %n de los {total} estudiantes de tu hoja no tiene ninguno. {left_out} Para incluirlos, descarga de nuevo la hoja de calificación de {system}, ábrela y vuelve a exportar.</numerusform>
            <numerusform>{system} asigna la hoja de calificación por el identificador de participante de cada estudiante («Participant 123»), y %n de los {total} estudiantes de tu hoja no tienen ninguno. {left_out} Para incluirlos, descarga de nuevo la hoja de calificación de {system}, ábrela y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their Canvas id or SIS User ID, or by your student id column given as SIS User ID, and %n of the {total} students in your sheet have none of them. {left_out} To include them, add their ids to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} asigna a los estudiantes por su ID de Canvas o SIS User ID, o por tu columna de ID de estudiante dada como SIS User ID, y %n de los {total} estudiantes de tu hoja no tiene ninguno de ellos. {left_out} Para incluirlos, añade sus ID a la hoja, ábrela de nuevo y vuelve a exportar.</numerusform>
            <numerusform>{system} asigna a los estudiantes por su ID de Canvas o SIS User ID, o por tu columna de ID de estudiante dada como SIS User ID, y %n de los {total} estudiantes de tu hoja no tienen ninguno de ellos. {left_out} Para incluirlos, añade sus ID a la hoja, ábrela de nuevo y vuelve a exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever is left out is listed here after saving, with their scores, and in a small “-unmatched.csv” beside the file, so that you can enter those grades in {system} by hand.</source>
        <translation>Quien quede fuera aparece aquí después de guardar, con sus puntuaciones, y en un pequeño «-unmatched.csv» junto al archivo, para que puedas introducir esas calificaciones en {system} a mano.</translation>
    </message>
    <message>
        <source>Counting which of your students each of these files can take…</source>
        <translation>Contando cuáles de tus estudiantes puede recibir cada uno de estos archivos…</translation>
    </message>
    <message>
        <source>your sheet came from here</source>
        <translation>tu hoja viene de aquí</translation>
    </message>
    <message>
        <source>takes the grades of your {system} sheet</source>
        <translation>admite las notas de tu hoja de {system}</translation>
    </message>
    <message>
        <source>Choose the Canvas gradebook under “{group}”.</source>
        <translation>Elige el libro de calificaciones de Canvas en «{group}».</translation>
    </message>
    <message>
        <source>Your sheet has no Canvas ids, so both Canvas gradebooks would be the same file: “{choice}” matches students by your student id column.</source>
        <translation>Tu hoja no tiene identificadores de Canvas, así que los dos libros de calificaciones de Canvas serían el mismo archivo: «{choice}» empareja a los estudiantes por tu columna de identificador de estudiante.</translation>
    </message>
</context>
<context>
    <name>GradedSheet</name>
    <message>
        <source>needs review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>puntuada por ti</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>sin modelo</translation>
    </message>
    <message>
        <source>model_score</source>
        <translation>Nota del modelo</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>final_score</source>
        <translation>Nota final</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Each ⟦U+…⟧ is a hidden character in the answer (one that reverses the text after it, or an invisible one), shown where the student&apos;s text holds it.</source>
        <translation>Cada ⟦U+…⟧ es un carácter oculto de la respuesta (uno que invierte el texto que le sigue, o uno invisible), mostrado donde lo tiene el texto del estudiante.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank answers</source>
        <translation>
            <numerusform>%n respuesta en blanco</numerusform>
            <numerusform>%n respuestas en blanco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical answers</source>
        <translation>
            <numerusform>%n respuesta idéntica</numerusform>
            <numerusform>%n respuestas idénticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers that look alike</source>
        <translation>
            <numerusform>%n respuesta parecida</numerusform>
            <numerusform>%n respuestas parecidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Most typical answer</source>
        <translation>Respuesta más típica</translation>
    </message>
    <message>
        <source>the group&apos;s most typical answer</source>
        <translation>la respuesta más típica del grupo</translation>
    </message>
    <message>
        <source>the answers in this group</source>
        <translation>las respuestas de este grupo</translation>
    </message>
    <message>
        <source>{group}: a digit or a score button scores them all, except any that differ, which stay open; pull out any that deserves another score.</source>
        <translation>{group}: un dígito o un botón de puntuación las puntúa todas, salvo las que difieren, que quedan abiertas; saca la que merezca otra puntuación.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters: click this answer in the list below, or choose it with ↑/↓, to read all of it)</source>
        <translation>
            <numerusform>(%n carácter más: haz clic en esta respuesta en la lista de abajo, o elígela con ↑/↓, para leerla entera)</numerusform>
            <numerusform>(%n caracteres más: haz clic en esta respuesta en la lista de abajo, o elígela con ↑/↓, para leerla entera)</numerusform>
        </translation>
    </message>
    <message>
        <source>(blank answer)</source>
        <translation>(respuesta en blanco)</translation>
    </message>
    <message>
        <source>{student}: {words}</source>
        <translation>{student}: {words}</translation>
    </message>
    <message numerus="yes">
        <source>The model scores %n of them otherwise than the rest: they are marked with ≠ in the list below. One key scores the others and leaves those answers open, to check and score next.</source>
        <translation>
            <numerusform>El modelo puntúa %n de ellas de otra forma que el resto: está marcada con ≠ en la lista de abajo. Una tecla puntúa las demás y deja abierta esa respuesta, para que la revises y la puntúes a continuación.</numerusform>
            <numerusform>El modelo puntúa %n de ellas de otra forma que el resto: están marcadas con ≠ en la lista de abajo. Una tecla puntúa las demás y deja abiertas esas respuestas, para que las revises y las puntúes a continuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: a digit scores all but those that differ; P pulls one out.</source>
        <translation>{group}: un dígito las puntúa todas salvo las que difieren; P saca una.</translation>
    </message>
    <message>
        <source>{group}: a digit or a score button scores them all; pull out any that deserves another score.</source>
        <translation>{group}: un dígito o un botón de puntuación las puntúa todas; saca la que merezca otra puntuación.</translation>
    </message>
    <message>
        <source>{group}: a digit scores them all; P pulls one out.</source>
        <translation>{group}: un dígito las puntúa todas; P saca una.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the typical answer in words (their own words shown in bold, underlined, in the list below): {members}. One key scores the others and leaves those answers open, to read and score next.</source>
        <translation>
            <numerusform>%n de ellas se distingue de la respuesta típica en sus palabras (las suyas propias, en negrita y subrayadas en la lista de abajo): {members}. Una tecla puntúa las demás y deja abierta esa respuesta, para que la leas y la puntúes a continuación.</numerusform>
            <numerusform>%n de ellas se distinguen de la respuesta típica en sus palabras (las suyas propias, en negrita y subrayadas en la lista de abajo): {members}. Una tecla puntúa las demás y deja abiertas esas respuestas, para que las leas y las puntúes a continuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the typical answer in words: {members}. One key scores the others and leaves those answers open, to read and score next.</source>
        <translation>
            <numerusform>%n de ellas se distingue de la respuesta típica en sus palabras: {members}. Una tecla puntúa las demás y deja abierta esa respuesta, para que la leas y la puntúes a continuación.</numerusform>
            <numerusform>%n de ellas se distinguen de la respuesta típica en sus palabras: {members}. Una tecla puntúa las demás y deja abiertas esas respuestas, para que las leas y las puntúes a continuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n answers in the group ({scored} scored)</source>
        <translation>
            <numerusform>La única respuesta del grupo ({scored} puntuadas)</numerusform>
            <numerusform>Las %n respuestas del grupo ({scored} puntuadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>model {score} ({percent} sure)</source>
        <translation>modelo {score} (con un {percent} de seguridad)</translation>
    </message>
    <message>
        <source>the model scores it otherwise than the group</source>
        <translation>el modelo la puntúa de otra forma que al grupo</translation>
    </message>
    <message>
        <source>your score {score}</source>
        <translation>tu puntuación {score}</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>aún sin puntuar</translation>
    </message>
    <message>
        <source>the typical answer</source>
        <translation>la respuesta típica</translation>
    </message>
    <message>
        <source>differs: {words}</source>
        <translation>se distingue: {words}</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters: click this answer, or choose it with ↑/↓, to read all of it)</source>
        <translation>
            <numerusform>(%n carácter más: haz clic en esta respuesta, o elígela con ↑/↓, para leerla entera)</numerusform>
            <numerusform>(%n caracteres más: haz clic en esta respuesta, o elígela con ↑/↓, para leerla entera)</numerusform>
        </translation>
    </message>
    <message>
        <source>{student}, answer {member} of {count} in the group</source>
        <translation>{student}, respuesta {member} de {count} en el grupo</translation>
    </message>
    <message>
        <source>Chosen (↑/↓ choose another).</source>
        <translation>Elegida (↑/↓ elige otra).</translation>
    </message>
    <message>
        <source>The group&apos;s most typical answer.</source>
        <translation>La respuesta más típica del grupo.</translation>
    </message>
    <message>
        <source>It differs from the typical answer in words: {words}.</source>
        <translation>Se distingue de la respuesta típica en palabras: {words}.</translation>
    </message>
    <message>
        <source>The model scores this answer otherwise than the rest of the group.</source>
        <translation>El modelo puntúa esta respuesta de otra forma que al resto del grupo.</translation>
    </message>
    <message>
        <source>In the group; P pulls it out to score it on its own.</source>
        <translation>En el grupo; P la saca para puntuarla por separado.</translation>
    </message>
    <message>
        <source>In the group; its Pull out button takes it out to score it on its own.</source>
        <translation>En el grupo; su botón Sacar la saca para puntuarla por separado.</translation>
    </message>
    <message>
        <source>Pull {student}&apos;s answer out of the group</source>
        <translation>Sacar del grupo la respuesta de {student}</translation>
    </message>
    <message>
        <source>The model has no score for these answers.</source>
        <translation>El modelo no tiene puntuación para estas respuestas.</translation>
    </message>
    <message>
        <source>{score} for {count}</source>
        <translation>{score} para {count}</translation>
    </message>
    <message>
        <source>The model&apos;s scores: {scores}.</source>
        <translation>Puntuaciones del modelo: {scores}.</translation>
    </message>
    <message>
        <source>instead of {typical}</source>
        <translation>en lugar de {typical}</translation>
    </message>
    <message>
        <source>{words} instead of {typical}</source>
        <translation>{words} en lugar de {typical}</translation>
    </message>
    <message>
        <source>also says {words}</source>
        <translation>también dice {words}</translation>
    </message>
    <message>
        <source>leaves out {typical}</source>
        <translation>omite {typical}</translation>
    </message>
</context>
<context>
    <name>GroupSplit</name>
    <message numerus="yes">
        <source>Score {score} given to %n answers in the group.</source>
        <translation>
            <numerusform>Puntuación {score} dada a %n respuesta del grupo.</numerusform>
            <numerusform>Puntuación {score} dada a %n respuestas del grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers that differ from the typical answer (marked in the list) are left open for you to read and score next; undo the group&apos;s score with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>%n respuesta que difiere de la respuesta típica (marcada en la lista) queda abierta para que la leas y puntúes a continuación; la puntuación del grupo se deshace con Ctrl+Z o {menu}.</numerusform>
            <numerusform>%n respuestas que difieren de la respuesta típica (marcadas en la lista) quedan abiertas para que las leas y puntúes a continuación; la puntuación del grupo se deshace con Ctrl+Z o {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n that agree:</source>
        <comment>before the score buttons: the score goes to the answers of the group that agree with its typical answer; the others stay open</comment>
        <translation>
            <numerusform>Puntuar la que coincide:</numerusform>
            <numerusform>Puntuar las %n que coinciden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s score {score} given to {student}. %n answers that differ from the typical answer are still open: Enter gives the next one its own model score, a digit gives them all one score.</source>
        <translation>
            <numerusform>Puntuación {score} del modelo dada a {student}. Queda abierta %n respuesta que difiere de la respuesta típica: Intro le da su propia puntuación del modelo, un dígito la puntúa.</numerusform>
            <numerusform>Puntuación {score} del modelo dada a {student}. Quedan abiertas %n respuestas que difieren de la respuesta típica: Intro da a la siguiente su propia puntuación del modelo, un dígito las puntúa todas con una misma puntuación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdenticalAsk</name>
    <message numerus="yes">
        <source>%n of these {total} identical answers have another score of yours ({scores}). Press Ctrl+G again to give all {total} of them {score}.</source>
        <translation>
            <numerusform>%n de estas {total} respuestas idénticas tiene otra puntuación tuya ({scores}). Pulsa Ctrl+G otra vez para dar {score} a las {total}.</numerusform>
            <numerusform>%n de estas {total} respuestas idénticas tienen otra puntuación tuya ({scores}). Pulsa Ctrl+G otra vez para dar {score} a las {total}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnSheetDialog</name>
    <message>
        <source>(let Grader find it)</source>
        <translation>(que Grader la encuentre)</translation>
    </message>
    <message>
        <source>Make models from a marked sheet</source>
        <translation>Crear modelos a partir de una hoja corregida</translation>
    </message>
    <message>
        <source>Grader learns one model per question from the answers in “{sheet}” that have a score, checks each one and adds it to your models. Rows without a score are left out.</source>
        <translation>Grader aprende un modelo por pregunta a partir de las respuestas de «{sheet}» que tienen puntuación, comprueba cada uno y lo añade a tus modelos. Las filas sin puntuación se omiten.</translation>
    </message>
    <message numerus="yes">
        <source>A question needs at least %n marked answers to make a model: a model learned from fewer could not take any answer on its own. A question with fewer is skipped, and Grader says how many more to mark.</source>
        <translation>
            <numerusform>Una pregunta necesita al menos %n respuesta puntuada para crear un modelo: un modelo aprendido de menos no podría aceptar ninguna respuesta por sí solo. Una pregunta con menos se omite, y Grader dice cuántas más hay que puntuar.</numerusform>
            <numerusform>Una pregunta necesita al menos %n respuestas puntuadas para crear un modelo: un modelo aprendido de menos no podría aceptar ninguna respuesta por sí solo. Una pregunta con menos se omite, y Grader dice cuántas más hay que puntuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work&amp;sheet with the marks:</source>
        <translation>&amp;Hoja con las notas:</translation>
    </message>
    <message>
        <source>the worksheet with the marks</source>
        <translation>la hoja con las notas</translation>
    </message>
    <message>
        <source>&amp;Which column holds your scores?</source>
        <translation>¿&amp;Qué columna contiene tus puntuaciones?</translation>
    </message>
    <message>
        <source>the column of scores</source>
        <translation>la columna de puntuaciones</translation>
    </message>
    <message>
        <source>Which column holds the &amp;answers?</source>
        <translation>¿Qué columna contiene las &amp;respuestas?</translation>
    </message>
    <message>
        <source>the column of answers</source>
        <translation>la columna de respuestas</translation>
    </message>
    <message>
        <source>The answers and the scores cannot be in the same column: choose the column with the answers.</source>
        <translation>Las respuestas y las puntuaciones no pueden estar en la misma columna: elige la columna con las respuestas.</translation>
    </message>
    <message>
        <source>Make the models</source>
        <translation>Crear los modelos</translation>
    </message>
</context>
<context>
    <name>LearningController</name>
    <message numerus="yes">
        <source>The model for question {question} now takes fewer answers: %n answers it had taken are back with you.</source>
        <translation>
            <numerusform>El modelo de la pregunta {question} ahora se encarga de menos respuestas: %n respuesta de la que se había encargado vuelve a estar a tu cargo.</numerusform>
            <numerusform>El modelo de la pregunta {question} ahora se encarga de menos respuestas: %n respuestas de las que se había encargado vuelven a estar a tu cargo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model for question {question} no longer takes answers: %n answers it had taken are back with you.</source>
        <translation>
            <numerusform>El modelo de la pregunta {question} ya no se encarga de ninguna respuesta: %n respuesta de la que se había encargado vuelve a estar a tu cargo.</numerusform>
            <numerusform>El modelo de la pregunta {question} ya no se encarga de ninguna respuesta: %n respuestas de las que se había encargado vuelven a estar a tu cargo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {question} is scored by your model as it is, but your marks here do not teach it: {problem}</source>
        <translation>La pregunta {question} se puntúa con tu modelo tal como está, pero tus correcciones aquí no le enseñan: {problem}</translation>
    </message>
    <message>
        <source>The model for question {question} could not learn from your marks: {problem}</source>
        <translation>El modelo de la pregunta {question} no pudo aprender de tus correcciones: {problem}</translation>
    </message>
    <message>
        <source>Question {question}: {why}</source>
        <translation>Pregunta {question}: {why}</translation>
    </message>
    <message>
        <source>Question {question} (its model file could not be loaded): {progress}</source>
        <translation>Pregunta {question} (no se pudo cargar el archivo de su modelo): {progress}</translation>
    </message>
    <message>
        <source>Question {question} (no shipped model): {progress}</source>
        <translation>Pregunta {question} (sin modelo incluido): {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Question {question} (your model, learning from {counted} of your %n earlier marks and {now} of this sheet): {progress}</source>
        <translation>
            <numerusform>Pregunta {question} (tu modelo, que aprende de {counted} de tu %n corrección anterior y de {now} de esta hoja): {progress}</numerusform>
            <numerusform>Pregunta {question} (tu modelo, que aprende de {counted} de tus %n correcciones anteriores y de {now} de esta hoja): {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question {question} (your model, learning from your %n earlier marks and {now} of this sheet): {progress}</source>
        <translation>
            <numerusform>Pregunta {question} (tu modelo, que aprende de tu %n corrección anterior y de {now} de esta hoja): {progress}</numerusform>
            <numerusform>Pregunta {question} (tu modelo, que aprende de tus %n correcciones anteriores y de {now} de esta hoja): {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier marks are of answers worded word for word as answers of this sheet: the model does not learn from them, so it never takes on its own an answer it learned; the mark you give such an answer here is the one that counts.</source>
        <translation>
            <numerusform>%n corrección anterior es de una respuesta que es palabra por palabra una respuesta de esta hoja: el modelo no aprende de ella, para que nunca acepte por sí solo una respuesta de la que aprendió; la corrección que des aquí a una respuesta así es la que cuenta.</numerusform>
            <numerusform>%n correcciones anteriores son de respuestas que son palabra por palabra respuestas de esta hoja: el modelo no aprende de ellas, para que nunca acepte por sí solo una respuesta de la que aprendió; la corrección que des aquí a una respuesta así es la que cuenta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningWords</name>
    <message>
        <source>blank answers: one decision for all of them</source>
        <translation>respuestas en blanco: una decisión para todas</translation>
    </message>
    <message>
        <source>the biggest group still open</source>
        <translation>el grupo más grande aún pendiente</translation>
    </message>
    <message>
        <source>a fair sample, so the model&apos;s guarantee can be checked</source>
        <translation>una muestra imparcial, para poder comprobar la garantía del modelo</translation>
    </message>
    <message>
        <source>the model is least sure of these</source>
        <translation>el modelo está menos seguro de estas</translation>
    </message>
    <message>
        <source>{question} (learned from your marks)</source>
        <translation>{question} (aprendido de tus correcciones)</translation>
    </message>
    <message>
        <source>whole sheet</source>
        <translation>toda la hoja</translation>
    </message>
    <message numerus="yes">
        <source>Only marks on the answers Grader suggests count towards that; the %n answers you chose yourself teach the model but do not.</source>
        <translation>
            <numerusform>Para eso solo cuentan las correcciones de las respuestas que Grader sugiere; la %n respuesta que elegiste tú enseña al modelo, pero no cuenta.</numerusform>
            <numerusform>Para eso solo cuentan las correcciones de las respuestas que Grader sugiere; las %n respuestas que elegiste tú enseñan al modelo, pero no cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to this question.</source>
        <translation>No hay respuestas a esta pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>; %n need you.</source>
        <translation>
            <numerusform>; %n te necesita.</numerusform>
            <numerusform>; %n te necesitan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every answer to this question is decided.</source>
        <translation>Todas las respuestas de esta pregunta están decididas.</translation>
    </message>
    <message>
        <source>The model has not learned from your latest changes to your marks yet; it does when you pause.</source>
        <translation>El modelo aún no ha aprendido de los últimos cambios en tus correcciones; lo hará cuando hagas una pausa.</translation>
    </message>
    <message numerus="yes">
        <source>The model has not learned from your newest %n marks yet; it does when you pause.</source>
        <translation>
            <numerusform>El modelo aún no ha aprendido de tu corrección más reciente; lo hará cuando hagas una pausa.</numerusform>
            <numerusform>El modelo aún no ha aprendido de tus %n correcciones más recientes; lo hará cuando hagas una pausa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model has taken this question&apos;s other %n answers on its own; check them in the table, or keep marking.</source>
        <translation>
            <numerusform>El modelo ya se encargó por sí solo de la otra respuesta de esta pregunta; revísala en la tabla, o sigue corrigiendo.</numerusform>
            <numerusform>El modelo ya se encargó por sí solo de las otras %n respuestas de esta pregunta; revísalas en la tabla, o sigue corrigiendo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model can take {auto} of this question&apos;s %n answers left (expected at least {percent} right)</source>
        <translation>
            <numerusform>El modelo puede encargarse de {auto} de la única respuesta que le queda a esta pregunta (se espera al menos un {percent} de aciertos)</numerusform>
            <numerusform>El modelo puede encargarse de {auto} de las %n respuestas que le quedan a esta pregunta (se espera al menos un {percent} de aciertos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model can take {auto} of this question&apos;s %n answers left</source>
        <translation>
            <numerusform>El modelo puede encargarse de {auto} de la única respuesta que le queda a esta pregunta</numerusform>
            <numerusform>El modelo puede encargarse de {auto} de las %n respuestas que le quedan a esta pregunta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question has only %n answers left, too few for the model to learn enough to take any; mark them yourself.</source>
        <translation>
            <numerusform>A esta pregunta solo le queda una respuesta, y no basta para que el modelo llegue a encargarse de ella; puntúala tú.</numerusform>
            <numerusform>A esta pregunta solo le quedan %n respuestas, demasiado pocas para que el modelo llegue a encargarse de alguna; puntúalas tú.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark at least %n more answers to this question; if the model agrees with you on them, it can take about {take} of the rest.</source>
        <translation>
            <numerusform>Corrige al menos %n respuesta más de esta pregunta; si el modelo coincide contigo, podrá asumir unas {take} de las restantes.</numerusform>
            <numerusform>Corrige al menos %n respuestas más de esta pregunta; si el modelo coincide contigo, podrá asumir unas {take} de las restantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a few answers with different scores and the model starts learning from them.</source>
        <translation>Corrige algunas respuestas con puntuaciones distintas y el modelo empezará a aprender de ellas.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers can be taken by the shipped model; keep marking and the model learns from you.</source>
        <translation>
            <numerusform>El modelo incluido puede encargarse de %n respuesta; sigue corrigiendo y el modelo aprenderá de ti.</numerusform>
            <numerusform>El modelo incluido puede encargarse de %n respuestas; sigue corrigiendo y el modelo aprenderá de ti.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your marks so far are {score}: mark an answer that deserves another score and the model starts learning.</source>
        <translation>Todas tus correcciones hasta ahora son {score}: corrige una respuesta que merezca otra puntuación y el modelo empezará a aprender.</translation>
    </message>
    <message>
        <source>The model will probably not take answers to this question: on answers it had not learned from, it agreed with {agreed} of your {checked} marks, and what it takes must be at least {percent} right. You will most likely mark the rest yourself; the model keeps learning from your marks and will take answers if it gets good enough.</source>
        <translation>Probablemente el modelo no se encargará de respuestas en esta pregunta: en respuestas de las que no había aprendido, coincidió con {agreed} de tus {checked} correcciones, y debe acertar al menos el {percent} de las respuestas de las que se encargue. Lo más probable es que corrijas tú el resto; el modelo sigue aprendiendo de tus correcciones y se encargará de respuestas si llega a ser lo bastante bueno.</translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since your marks so far fall in only %n groups of similar answers or answers marked together, each counted once</source>
        <translation>
            <numerusform>Sigue corrigiendo, porque tus correcciones hasta ahora caen en solo %n grupo de respuestas parecidas o corregidas juntas, cada uno contado una vez</numerusform>
            <numerusform>Sigue corrigiendo, porque tus correcciones hasta ahora caen en solo %n grupos de respuestas parecidas o corregidas juntas, cada uno contado una vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the model needs marks on at least %n more answers unlike these before it can take one.</source>
        <translation>
            <numerusform>; el modelo necesita correcciones de al menos %n respuesta más distinta de estas antes de poder encargarse de una.</numerusform>
            <numerusform>; el modelo necesita correcciones de al menos %n respuestas más distintas de estas antes de poder encargarse de una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, but the model cannot promise when it will take an answer: your last %n marks brought it little or no closer</source>
        <translation>
            <numerusform>Sigue corrigiendo, pero el modelo no puede prometer cuándo se encargará de una respuesta: tu última corrección (%n) lo acercó poco o nada</numerusform>
            <numerusform>Sigue corrigiendo, pero el modelo no puede prometer cuándo se encargará de una respuesta: tus últimas %n correcciones lo acercaron poco o nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; even if every further mark helps, it needs at least %n more marks.</source>
        <translation>
            <numerusform>; aunque cada corrección más ayude, necesita al menos %n corrección más.</numerusform>
            <numerusform>; aunque cada corrección más ayude, necesita al menos %n correcciones más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer, more than before: on answers it had not learned from, it was right less often or less sure than it had seemed.</source>
        <translation>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n corrección más antes de poder encargarse de una respuesta, más que antes: en respuestas de las que no había aprendido, acertó menos a menudo o estuvo menos seguro de lo que parecía.</numerusform>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n correcciones más antes de poder encargarse de una respuesta, más que antes: en respuestas de las que no había aprendido, acertó menos a menudo o estuvo menos seguro de lo que parecía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer, and marks on more answers unlike each other, with more than one score, before it can tell how often it agrees with you.</source>
        <translation>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n corrección más antes de poder encargarse de una respuesta, y correcciones de más respuestas distintas entre sí, con más de una puntuación, antes de poder decir con qué frecuencia coincide contigo.</numerusform>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n correcciones más antes de poder encargarse de una respuesta, y correcciones de más respuestas distintas entre sí, con más de una puntuación, antes de poder decir con qué frecuencia coincide contigo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer.</source>
        <translation>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n corrección más antes de poder encargarse de una respuesta.</numerusform>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n correcciones más antes de poder encargarse de una respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer; on answers it had not learned from, it agreed with {agreed} of your {checked} marks and must be at least {percent} right.</source>
        <translation>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n corrección más antes de poder encargarse de una respuesta; en respuestas de las que no había aprendido, coincidió con {agreed} de tus {checked} correcciones y debe acertar al menos el {percent}.</numerusform>
            <numerusform>Sigue corrigiendo, porque el modelo necesita al menos %n correcciones más antes de poder encargarse de una respuesta; en respuestas de las que no había aprendido, coincidió con {agreed} de tus {checked} correcciones y debe acertar al menos el {percent}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep marking, since the model cannot yet take any answer with a guarantee.</source>
        <translation>Sigue corrigiendo, porque el modelo aún no puede encargarse de ninguna respuesta con garantía.</translation>
    </message>
    <message>
        <source>Learning is still starting, which takes longer on a busy computer; your marks are kept, and until the model has learned from them, the scores shown are those of the model learned before.</source>
        <translation>El aprendizaje aún se está iniciando, lo que tarda más en un ordenador ocupado; tus correcciones se conservan y, hasta que el modelo haya aprendido de ellas, las puntuaciones que se muestran son las del modelo aprendido antes.</translation>
    </message>
    <message>
        <source>Learning is still starting, which takes longer on a busy computer; your marks are kept, and the model scores the answers once it has learned from them.</source>
        <translation>El aprendizaje aún se está iniciando, lo que tarda más en un ordenador ocupado; tus correcciones se conservan y el modelo puntuará las respuestas en cuanto haya aprendido de ellas.</translation>
    </message>
    <message>
        <source>The model is learning again from your marks; until it is done, the scores shown are those of the model learned before.</source>
        <translation>El modelo vuelve a aprender de tus correcciones; hasta que termine, las puntuaciones que se muestran son las del modelo aprendido antes.</translation>
    </message>
    <message>
        <source>The model is learning from your marks; it scores the answers when it is done.</source>
        <translation>El modelo está aprendiendo de tus correcciones; puntúa las respuestas cuando termine.</translation>
    </message>
</context>
<context>
    <name>LibraryLoading</name>
    <message>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message>
        <source>Grader could not read its models: {problem}</source>
        <translation>Grader no pudo leer sus modelos: {problem}</translation>
    </message>
    <message>
        <source>Close Grader and open it again; if this comes back, install a fresh copy of Grader.</source>
        <translation>Cierra Grader y vuelve a abrirlo; si vuelve a pasar, instala de nuevo Grader.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Agrees with teachers</source>
        <translation>Coincide con los docentes</translation>
    </message>
    <message>
        <source>Takes on its own</source>
        <translation>Asume por sí solo</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelos en este ordenador</translation>
    </message>
    <message>
        <source>Add a model…</source>
        <translation>Añadir un modelo…</translation>
    </message>
    <message>
        <source>Add a .gradebundle file to the library (you can also drop it above)</source>
        <translation>Añadir un archivo .gradebundle a la biblioteca (también puedes soltarlo arriba)</translation>
    </message>
    <message>
        <source>Make models from a marked sheet…</source>
        <translation>Crear modelos a partir de una hoja corregida…</translation>
    </message>
    <message>
        <source>Learn a model per question from a sheet whose answers you have already scored</source>
        <translation>Aprender un modelo por pregunta de una hoja cuyas respuestas ya has puntuado</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>How closely the model&apos;s scores match teachers&apos; on answers it never saw (quadratic weighted kappa {figures}; 1 is perfect, {bar} is the usual bar)</source>
        <translation>Cuánto se parecen las puntuaciones del modelo a las de los docentes en respuestas que nunca vio (kappa ponderado cuadrático {figures}; 1 es perfecto, {bar} es el mínimo habitual)</translation>
    </message>
    <message>
        <source>Checked on your own marks: each answer was scored by a model that had learned from the others, and it gave your mark on {share} of them ({measured}); quadratic weighted kappa {figures}, which counts a mark one off as nearly right</source>
        <translation>Comprobado con tus propias correcciones: cada respuesta la puntuó un modelo que había aprendido de las demás, y dio tu nota en el {share} de ellas ({measured}); kappa ponderado cuadrático {figures}, que cuenta una nota que difiere en uno como casi correcta</translation>
    </message>
    <message>
        <source>Answers the model scores without you at its own threshold, and how many of them could be wrong at most; the rest come to you</source>
        <translation>Respuestas que el modelo puntúa sin ti con su propio umbral, y cuántas de ellas podrían estar mal como máximo; el resto te llega a ti</translation>
    </message>
    <message>
        <source>your own file, used instead of the model that came with Grader</source>
        <translation>tu propio archivo, usado en lugar del modelo que venía con Grader</translation>
    </message>
    <message>
        <source>a second teacher agrees {kappa}</source>
        <translation>un segundo docente coincide {kappa}</translation>
    </message>
    <message>
        <source>Agreeing with teachers over a whole class is not the same as being sure of each answer: this model is not sure enough of any answer to score it without you, so every answer comes to you and its score is only a suggestion.</source>
        <translation>Coincidir con los docentes en toda una clase no es lo mismo que estar seguro de cada respuesta: este modelo no está lo bastante seguro de ninguna respuesta para puntuarla sin ti, así que todas te llegan a ti y su puntuación es solo una sugerencia.</translation>
    </message>
    <message>
        <source>{name} was not loaded: {why}</source>
        <translation>{name} no se cargó: {why}</translation>
    </message>
    <message>
        <source>none yet: drop a .gradebundle file to add one</source>
        <translation>ninguno todavía: suelta un archivo .gradebundle para añadir uno</translation>
    </message>
    <message numerus="yes">
        <source>%n files in your models folder could not be loaded (marked ⚠ in the list): choose one and Remove… it, or put a fresh copy from whoever made it in its place. The folder: {folder}.</source>
        <translation>
            <numerusform>%n archivo de tu carpeta de modelos no se pudo cargar (marcado con ⚠ en la lista): elígelo y quítalo con «Quitar…», o pon en su lugar una copia nueva de quien lo hizo. La carpeta: {folder}.</numerusform>
            <numerusform>%n archivos de tu carpeta de modelos no se pudieron cargar (marcados con ⚠ en la lista): elige uno y quítalo con «Quitar…», o pon en su lugar una copia nueva de quien lo hizo. La carpeta: {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files that came with Grader could not be loaded (marked ⚠ in the list): install a fresh copy of Grader.</source>
        <translation>
            <numerusform>%n archivo que venía con Grader no se pudo cargar (marcado con ⚠ en la lista): instala de nuevo Grader.</numerusform>
            <numerusform>%n archivos que venían con Grader no se pudieron cargar (marcados con ⚠ en la lista): instala de nuevo Grader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the chosen file, which could not be loaded, from your models folder</source>
        <translation>Quitar de tu carpeta de modelos el archivo elegido, que no se pudo cargar</translation>
    </message>
    <message>
        <source>This file came with Grader and cannot be removed; get a fresh copy of Grader</source>
        <translation>Este archivo venía con Grader y no se puede quitar; instala de nuevo Grader</translation>
    </message>
    <message>
        <source>“{title}” ({id}) is a file in your models folder ({folder}) and takes the place of the model that came with Grader, “{shipped}”, which has the same id; to use that one again, remove yours.</source>
        <translation>«{title}» ({id}) es un archivo de tu carpeta de modelos ({folder}) y ocupa el lugar del modelo que venía con Grader, «{shipped}», que tiene el mismo identificador; para volver a usar ese, quita el tuyo.</translation>
    </message>
    <message>
        <source>Remove the chosen model, one of your own, from this computer</source>
        <translation>Quitar de este ordenador el modelo elegido, uno de los tuyos</translation>
    </message>
    <message>
        <source>The models that came with Grader cannot be removed</source>
        <translation>Los modelos que vienen con Grader no se pueden quitar</translation>
    </message>
    <message>
        <source>Choose one of your own models in the list to remove it</source>
        <translation>Elige uno de tus modelos en la lista para quitarlo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grader</source>
        <translation>Grader</translation>
    </message>
    <message>
        <source>Grader cannot save its settings in {folder}, so the recent sheets, the language and the window size are forgotten when it closes.</source>
        <translation>Grader no puede guardar su configuración en {folder}, así que las hojas recientes, el idioma y el tamaño de la ventana se olvidan al cerrarlo.</translation>
    </message>
    <message>
        <source>Open a sheet of answers</source>
        <translation>Abrir una hoja de respuestas</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>Abriendo «{name}»…</translation>
    </message>
    <message>
        <source>The filter or search hides what it changed.</source>
        <translation>El filtro o la búsqueda ocultan lo que se cambió.</translation>
    </message>
    <message>
        <source>Grader is still scoring the open sheet; cancel it or wait, then open another.</source>
        <translation>Grader todavía está puntuando la hoja abierta; cancélalo o espera y luego abre otra.</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Leyendo «{name}»…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Could not open {name}</source>
        <translation>No se pudo abrir {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} abierto</translation>
    </message>
    <message>
        <source>Scoring failed: {problem}</source>
        <translation>La puntuación falló: {problem}</translation>
    </message>
    <message>
        <source>No decisions yet; Grader saves each one in {file}, beside your sheet, the moment you make it.</source>
        <translation>Todavía no hay decisiones; Grader guarda cada una en {file}, junto a tu hoja, en el momento en que la tomas.</translation>
    </message>
    <message numerus="yes">
        <source>All %n decisions are saved in {file}, beside your sheet; Grader saves each one the moment you make it.</source>
        <translation>
            <numerusform>Tu única decisión está guardada en {file}, junto a tu hoja; Grader guarda cada una en el momento en que la tomas.</numerusform>
            <numerusform>Las %n decisiones están guardadas en {file}, junto a tu hoja; Grader guarda cada una en el momento en que la tomas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet} — Grader</source>
        <translation>{sheet} — Grader</translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <comment>status bar: decisions the project file could not take yet</comment>
        <translation>
            <numerusform>%n sin guardar</numerusform>
            <numerusform>%n sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>changes not saved</source>
        <comment>status bar: no decision, but a threshold, a comment… the project file could not take yet</comment>
        <translation>cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n decided by you</source>
        <translation>
            <numerusform>%n decidida por ti</numerusform>
            <numerusform>%n decididas por ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n te necesita</numerusform>
            <numerusform>%n te necesitan</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader&apos;s settings file {file} is {size} MB, far larger than any Grader writes, so it was not read: Grader starts with its usual settings, leaves that file as it is and forgets what you set now when it closes. Move or delete that file to have Grader keep its settings again.</source>
        <translation>El archivo de configuración de Grader {file} ocupa {size} MB, mucho más que cualquiera que escriba Grader, así que no se ha leído: Grader empieza con su configuración habitual, deja ese archivo como está y olvida lo que configure ahora al cerrarlo. Mueva o elimine ese archivo para que Grader vuelva a guardar su configuración.</translation>
    </message>
    <message>
        <source>Grader&apos;s settings file {file} did not answer within {seconds} seconds (a network drive that is slow or gone?), so Grader starts with its usual settings and forgets what you set now when it closes. Start Grader again once that drive answers.</source>
        <translation>El archivo de configuración de Grader {file} no respondió en {seconds} segundos (¿una unidad de red lenta o desconectada?), así que Grader empieza con su configuración habitual y olvida lo que configure ahora al cerrarlo. Vuelva a iniciar Grader cuando esa unidad responda.</translation>
    </message>
    <message>
        <source>(the system&apos;s)</source>
        <translation>(la del sistema)</translation>
    </message>
    <message>
        <source>saved</source>
        <comment>status bar: every decision is on disk</comment>
        <translation>guardado</translation>
    </message>
    <message>
        <source>Export is not available in this build of Grader.</source>
        <translation>La exportación no está disponible en esta versión de Grader.</translation>
    </message>
    <message>
        <source>Still saving the export; Grader closes as soon as it is written.</source>
        <translation>Todavía se está guardando la exportación; Grader se cierra en cuanto el archivo esté escrito.</translation>
    </message>
    <message>
        <source>{name} was saved, but its list of students left out was not, so Grader stayed open; the export window says why.</source>
        <translation>{name} se guardó, pero la lista de estudiantes que quedaron fuera no, así que Grader sigue abierto; la ventana de exportación dice por qué.</translation>
    </message>
    <message>
        <source>The export could not be saved, so Grader stayed open.</source>
        <translation>No se pudo guardar la exportación, así que Grader sigue abierto.</translation>
    </message>
    <message>
        <source>The project file could not be saved completely: {problem}</source>
        <translation>El archivo del proyecto no se pudo guardar por completo: {problem}</translation>
    </message>
    <message>
        <source>{name} is no longer in {folder}: it was deleted, moved or renamed while open. Your decisions are safe in {project}, but Grader needs the sheet to show them again: put it back under its name, or, if you moved or renamed it, open it from its new place (Grader offers it these decisions); or export the graded sheet now (Ctrl+E).</source>
        <translation>{name} ya no está en {folder}: se borró, se movió o se renombró mientras estaba abierta. Tus decisiones están a salvo en {project}, pero Grader necesita la hoja para volver a mostrarlas: vuelve a ponerla con su nombre o, si la moviste o la renombraste, ábrela desde su nuevo sitio (Grader le ofrece estas decisiones); o exporta ahora la hoja corregida (Ctrl+E).</translation>
    </message>
    <message>
        <source>{name} is gone: see the note above.</source>
        <translation>{name} ya no está: mira la nota de arriba.</translation>
    </message>
    <message>
        <source>{name} is back: nothing is lost.</source>
        <translation>{name} ha vuelto: no se perdió nada.</translation>
    </message>
    <message>
        <source>The sheet is gone</source>
        <translation>La hoja ya no está</translation>
    </message>
    <message>
        <source>{name} is no longer in {folder}. If you close now, your decisions stay in {project}, but Grader can show them again only once the sheet is back.</source>
        <translation>{name} ya no está en {folder}. Si cierras ahora, tus decisiones se quedan en {project}, pero Grader solo podrá volver a mostrarlas cuando la hoja vuelva a estar allí.</translation>
    </message>
    <message>
        <source>Export the graded sheet now to keep the scores and comments in a file of their own, or put the sheet back first.</source>
        <translation>Exporta ahora la hoja corregida para conservar las notas y los comentarios en un archivo propio, o vuelve a poner la hoja primero.</translation>
    </message>
    <message>
        <source>&amp;Export the graded sheet…</source>
        <translation>&amp;Exportar la hoja corregida…</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(choose the answers&apos; column)</source>
        <translation>(elige la columna de las respuestas)</translation>
    </message>
    <message>
        <source>Check the columns and models</source>
        <translation>Revisar las columnas y los modelos</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Esta hoja</translation>
    </message>
    <message numerus="yes">
        <source>%n rows, {columns} columns. Check what each column holds, then start scoring.</source>
        <translation>
            <numerusform>%n fila, {columns} columnas. Revisa qué contiene cada columna y empieza a puntuar.</numerusform>
            <numerusform>%n filas, {columns} columnas. Revisa qué contiene cada columna y empieza a puntuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Google Classroom&apos;s row of points, “Points: …”).</source>
        <translation>
            <numerusform>Se ha omitido %n fila que no es de un estudiante (la fila de puntos de Google Classroom, «Points: …»).</numerusform>
            <numerusform>Se han omitido %n filas que no son de estudiantes (la fila de puntos de Google Classroom, «Points: …»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (in Canvas&apos;s gradebook: {rows}).</source>
        <translation>
            <numerusform>Se ha omitido %n fila que no es de un estudiante (en el libro de calificaciones de Canvas: {rows}).</numerusform>
            <numerusform>Se han omitido %n filas que no son de estudiantes (en el libro de calificaciones de Canvas: {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Canvas&apos;s “Test Student”, your Student View).</source>
        <translation>
            <numerusform>Se ha omitido %n fila que no es de un estudiante («Test Student» de Canvas, tu vista de estudiante).</numerusform>
            <numerusform>Se han omitido %n filas que no son de estudiantes («Test Student» de Canvas, tu vista de estudiante).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Moodle&apos;s “Overall average”).</source>
        <translation>
            <numerusform>Se ha omitido %n fila que no es de un estudiante («Overall average» de Moodle).</numerusform>
            <numerusform>Se han omitido %n filas que no son de estudiantes («Overall average» de Moodle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Where this sheet comes from</source>
        <translation>De dónde viene esta hoja</translation>
    </message>
    <message>
        <source>{sheet} — saved work</source>
        <translation>{sheet} — trabajo guardado</translation>
    </message>
    <message>
        <source>{sheet} — saved work: columns chosen, no answer decided yet</source>
        <translation>{sheet} — trabajo guardado: columnas elegidas, aún ninguna respuesta decidida</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} — saved work: %n answers decided by you</source>
        <translation>
            <numerusform>{sheet} — trabajo guardado: %n respuesta decidida por ti</numerusform>
            <numerusform>{sheet} — trabajo guardado: %n respuestas decididas por ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} — saved work: {decided} of %n answers decided by you</source>
        <translation>
            <numerusform>{sheet} — trabajo guardado: {decided} de %n respuesta decidida por ti</numerusform>
            <numerusform>{sheet} — trabajo guardado: {decided} de %n respuestas decididas por ti</numerusform>
        </translation>
    </message>
    <message>
        <source>Worksheet with the answers</source>
        <translation>Hoja con las respuestas</translation>
    </message>
    <message>
        <source>This workbook has several worksheets; choose the one that holds the students&apos; answers.</source>
        <translation>Este libro tiene varias hojas; elige la que contiene las respuestas de los estudiantes.</translation>
    </message>
    <message>
        <source>&amp;One row per answer (a question column says which question)</source>
        <translation>&amp;Una fila por respuesta (una columna indica la pregunta)</translation>
    </message>
    <message>
        <source>One &amp;column per question (one row per student)</source>
        <translation>Una &amp;columna por pregunta (una fila por estudiante)</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Student &amp;ID:</source>
        <translation>&amp;ID del estudiante:</translation>
    </message>
    <message>
        <source>Student &amp;name:</source>
        <translation>&amp;Nombre del estudiante:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>N&amp;ombre de pila:</translation>
    </message>
    <message>
        <source>Also grade closed questions</source>
        <translation>Calificar también las preguntas cerradas</translation>
    </message>
    <message>
        <source>Questions whose answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself: ticked, Grader grades them too.</source>
        <translation>Preguntas cuyas respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), que tu plataforma de aprendizaje califica por sí misma: marcada la casilla, Grader también las califica.</translation>
    </message>
    <message>
        <source>When the sheet gives the first name in a column of its own (“First name” and “Surname”), choose it here: the student is then shown by first name and surname.</source>
        <translation>Si la hoja da el nombre de pila en una columna propia («Nombre» y «Apellidos»), elígela aquí: así el estudiante se muestra con nombre y apellidos.</translation>
    </message>
    <message>
        <source>Student sur&amp;name:</source>
        <translation>Ap&amp;ellidos del estudiante:</translation>
    </message>
    <message>
        <source>Columns that hold answers</source>
        <translation>Columnas con respuestas</translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation>ID del estudiante:</translation>
    </message>
    <message>
        <source>Student name:</source>
        <translation>Nombre del estudiante:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre de pila:</translation>
    </message>
    <message>
        <source>Student surname:</source>
        <translation>Apellidos del estudiante:</translation>
    </message>
    <message>
        <source>Answer columns
(one per question):</source>
        <translation>Columnas de respuestas
(una por pregunta):</translation>
    </message>
    <message>
        <source>Blind marking is on: the cells of the columns that say who the student is are hidden in this preview.</source>
        <translation>La corrección anónima está activada: las celdas de las columnas que dicen quién es el estudiante están ocultas en esta vista previa.</translation>
    </message>
    <message>
        <source>The first rows of the sheet</source>
        <translation>Las primeras filas de la hoja</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
    <message>
        <source>Which model scores each question</source>
        <translation>Qué modelo puntúa cada pregunta</translation>
    </message>
    <message>
        <source>Start scoring</source>
        <translation>Empezar a puntuar</translation>
    </message>
    <message>
        <source>What the columns hold</source>
        <translation>Qué contienen las columnas</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Hidden while blind marking is on (View ▸ Hide student names)</source>
        <translation>Oculto mientras la corrección anónima está activada (Ver ▸ Ocultar los nombres)</translation>
    </message>
    <message>
        <source>Choose the column that holds the students&apos; answers.</source>
        <translation>Elige la columna que contiene las respuestas de los estudiantes.</translation>
    </message>
    <message numerus="yes">
        <source>the question column “{column}” has %n different values; choose the column that names the question of each answer</source>
        <translation>
            <numerusform>la columna de preguntas «{column}» tiene %n valor distinto; elige la columna que indica la pregunta de cada respuesta</numerusform>
            <numerusform>la columna de preguntas «{column}» tiene %n valores distintos; elige la columna que indica la pregunta de cada respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score %n answers</source>
        <translation>
            <numerusform>Puntuar %n respuesta</numerusform>
            <numerusform>Puntuar %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>QWK {qwk} on held-out answers</source>
        <translation>QWK {qwk} en respuestas reservadas</translation>
    </message>
    <message>
        <source>No model — you score it, and a model learns from your marks</source>
        <translation>Sin modelo: la puntúas tú, y un modelo aprende de tus correcciones</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Model for question {question}</source>
        <translation>Modelo para la pregunta {question}</translation>
    </message>
    <message numerus="yes">
        <source>{written} + %n blank</source>
        <translation>
            <numerusform>{written} + %n vacía</numerusform>
            <numerusform>{written} + %n vacías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions without a model ({questions}): their answers stay in the results, marked for you to score; a model learns from your marks as you go.</source>
        <translation>
            <numerusform>%n pregunta sin modelo ({questions}): sus respuestas se quedan en los resultados, marcadas para que las puntúes tú; un modelo aprende de tus correcciones sobre la marcha.</numerusform>
            <numerusform>%n preguntas sin modelo ({questions}): sus respuestas se quedan en los resultados, marcadas para que las puntúes tú; un modelo aprende de tus correcciones sobre la marcha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Models learned from your marks exist for %n questions ({questions}) but cannot take any answer on their own yet, so here these questions learn from your marks instead. To have a question&apos;s learned model suggest scores for you to confirm, choose it in that question&apos;s model list.</source>
        <translation>
            <numerusform>Hay un modelo aprendido de tus correcciones para %n pregunta ({questions}), pero todavía no puede aceptar ninguna respuesta por sí solo, así que aquí la pregunta aprende de tus correcciones. Para que te sugiera puntuaciones que tú confirmes, elígelo en la lista de modelos de la pregunta.</numerusform>
            <numerusform>Hay modelos aprendidos de tus correcciones para %n preguntas ({questions}), pero todavía no pueden aceptar ninguna respuesta por sí solos, así que aquí esas preguntas aprenden de tus correcciones. Para que el modelo aprendido de una pregunta te sugiera puntuaciones que tú confirmes, elígelo en la lista de modelos de esa pregunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has a model.</source>
        <translation>Todas las preguntas tienen modelo.</translation>
    </message>
    <message>
        <source>The final scores also go into your column “{column}” in the graded sheet.</source>
        <translation>Las puntuaciones finales van también a tu columna «{column}» en la hoja corregida.</translation>
    </message>
    <message>
        <source>A model of yours, “{model}”, has a similar question: choose it if it is the same question.</source>
        <translation>Un modelo tuyo, «{model}», tiene una pregunta parecida: elígelo si es la misma pregunta.</translation>
    </message>
    <message>
        <source>A model of yours, “{model}”, has a question like “{question}”: choose it for that question if it is the same question.</source>
        <translation>Un modelo tuyo, «{model}», tiene una pregunta como «{question}»: elígelo para esa pregunta si es la misma pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions hold their model&apos;s whole question, followed by more text ({questions}): check that this text asks for nothing more, as the model scores only what its own question asks.</source>
        <translation>
            <numerusform>%n pregunta contiene la pregunta entera de su modelo, seguida de más texto ({questions}): comprueba que ese texto no pide nada más, ya que el modelo puntúa solo lo que pide su propia pregunta.</numerusform>
            <numerusform>%n preguntas contienen la pregunta entera de su modelo, seguida de más texto ({questions}): comprueba que ese texto no pide nada más, ya que el modelo puntúa solo lo que pide su propia pregunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{column}” is empty.</source>
        <translation>«{column}» está vacía.</translation>
    </message>
    <message>
        <source>Every cell of “{column}” says “{value}”.</source>
        <translation>Todas las celdas de «{column}» dicen «{value}».</translation>
    </message>
    <message>
        <source>“{column}” holds dates or times.</source>
        <translation>«{column}» contiene fechas u horas.</translation>
    </message>
    <message>
        <source>“{column}” holds a different code in each row, like student numbers.</source>
        <translation>«{column}» contiene un código distinto en cada fila, como números de estudiante.</translation>
    </message>
    <message>
        <source>“{column}” holds only numbers, like marks or student numbers.</source>
        <translation>«{column}» contiene solo números, como notas o números de estudiante.</translation>
    </message>
    <message>
        <source>Keep it if these are the answers; if not, choose their column.</source>
        <translation>Mantenla si son las respuestas; si no, elige su columna.</translation>
    </message>
    <message>
        <source>Untick it unless it holds answers.</source>
        <translation>Desmárcala a menos que contenga respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>%n other ticked columns look wrong too.</source>
        <translation>
            <numerusform>%n columna marcada más también parece errónea.</numerusform>
            <numerusform>%n columnas marcadas más también parecen erróneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{column}” is chosen for the answers and also says who the student is (name or id): choose another column for one of them.</source>
        <translation>«{column}» está elegida para las respuestas y también dice quién es el estudiante (nombre o identificador): elige otra columna para una de las dos cosas.</translation>
    </message>
    <message>
        <source>“{column}” is chosen as both the student ID and the student&apos;s name: choose “(none)” for the one the sheet does not have, or the column that holds it.</source>
        <translation>«{column}» está elegida como ID y como nombre del estudiante: elige «(ninguna)» para el que la hoja no tiene, o la columna que lo contiene.</translation>
    </message>
    <message>
        <source>What question {question} is out of</source>
        <translation>Puntuación máxima de la pregunta {question}</translation>
    </message>
    <message>
        <source>{out_of} ({source})</source>
        <translation>{out_of} ({source})</translation>
    </message>
    <message>
        <source>“Out of”: nothing in the sheet says, so Grader takes {top} until you set it.</source>
        <translation>«Puntuación máxima»: la hoja no la indica, así que Grader toma {top} hasta que la fijes.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the sheet says what %n questions are out of ({questions}): Grader takes {top} until you set it under “Out of”.</source>
        <translation>
            <numerusform>La hoja no indica la puntuación máxima de %n pregunta ({questions}): Grader toma {top} hasta que la fijes en «Puntuación máxima».</numerusform>
            <numerusform>La hoja no indica la puntuación máxima de %n preguntas ({questions}): Grader toma {top} hasta que la fijes en «Puntuación máxima».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Mostrar filas</translation>
    </message>
    <message>
        <source>Show the first rows of the sheet here; the column choices above them scroll. You can also drag the bar above the heading.</source>
        <translation>Muestra aquí las primeras filas de la hoja; la elección de columnas de arriba se desplaza. También puedes arrastrar hacia arriba la barra que hay sobre el título.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Grader models (*.gradebundle)</source>
        <translation>Modelos de Grader (*.gradebundle)</translation>
    </message>
    <message>
        <source>Sheets of answers (*.xlsx *.xlsm *.csv *.tsv *.txt *.xls);;All files (*)</source>
        <translation>Hojas de respuestas (*.xlsx *.xlsm *.csv *.tsv *.txt *.xls);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Añadir un modelo</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>Comprobando «{name}»…</translation>
    </message>
    <message>
        <source>Added the model “{title}” ({id}) to the library.</source>
        <translation>Se añadió el modelo «{title}» ({id}) a la biblioteca.</translation>
    </message>
    <message>
        <source>It takes the place of the model that came with Grader, “{title}”, which has the same id.</source>
        <translation>Sustituye al modelo incluido con Grader, «{title}», que tiene el mismo identificador.</translation>
    </message>
    <message>
        <source>Your own model “{title}” ({id}) has the same id, so it stays as it is and the one added is listed beside it: to score a sheet with it, choose it when you check the columns.</source>
        <translation>Tu propio modelo «{title}» ({id}) tiene el mismo identificador, así que se queda como está y el añadido aparece a su lado: para puntuar una hoja con él, elígelo cuando revises las columnas.</translation>
    </message>
    <message>
        <source>It takes the place of your model “{title}”, added before, which has the same id.</source>
        <translation>Sustituye a tu modelo «{title}», añadido antes, que tiene el mismo identificador.</translation>
    </message>
    <message>
        <source>It takes no answer on its own: its file carries no seal of its settings (a model file of an older Grader, or one whose seal was removed), so every answer it scores comes to you; install a fresh copy of it to have it take answers.</source>
        <translation>No acepta ninguna respuesta por sí solo: su archivo no lleva sello de sus ajustes (un archivo de modelo de un Grader anterior, o uno al que se le quitó el sello), así que cada respuesta que puntúa llega a ti; instala una copia nueva de él para que acepte respuestas.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied into the library ({problem}); check the disk and try again.</source>
        <translation>No se pudo copiar «{name}» a la biblioteca ({problem}); revisa el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Make models from a marked sheet</source>
        <translation>Crear modelos a partir de una hoja corregida</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Leyendo «{name}»…</translation>
    </message>
    <message>
        <source>Learning a model per question from the scores in “{column}”…</source>
        <translation>Aprendiendo un modelo por pregunta con las puntuaciones de «{column}»…</translation>
    </message>
    <message numerus="yes">
        <source>Made %n models and added them to the library: {made}.</source>
        <translation>
            <numerusform>Se creó %n modelo y se añadió a la biblioteca: {made}.</numerusform>
            <numerusform>Se crearon %n modelos y se añadieron a la biblioteca: {made}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions keep the model they already had ({questions}): to score one with the model learned from your marks, choose that model for it when you check the columns of a sheet.</source>
        <translation>
            <numerusform>%n pregunta conserva el modelo que ya tenía ({questions}): para puntuarla con el modelo aprendido de tus correcciones, elige ese modelo para ella al revisar las columnas de una hoja.</numerusform>
            <numerusform>%n preguntas conservan el modelo que ya tenían ({questions}): para puntuar una con el modelo aprendido de tus correcciones, elige ese modelo para ella al revisar las columnas de una hoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them take no answer on their own yet: a sheet with one of their questions is scored with its model, and the marks you give there go on teaching it together with these.</source>
        <translation>
            <numerusform>%n de ellos aún no acepta ninguna respuesta por sí solo: una hoja con su pregunta se puntúa con él, y las correcciones que hagas allí le siguen enseñando junto con estas.</numerusform>
            <numerusform>%n de ellos aún no aceptan ninguna respuesta por sí solos: una hoja con una de sus preguntas se puntúa con su modelo, y las correcciones que hagas allí le siguen enseñando junto con estas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models. It cannot take any answer on its own yet: a sheet with question “{title}” is scored with it, and the marks you give there go on teaching it together with these.</source>
        <translation>Se guardó «{name}» y se añadió a tus modelos. Aún no puede aceptar ninguna respuesta por sí solo: una hoja con la pregunta «{title}» se puntúa con él, y las correcciones que hagas allí le siguen enseñando junto con estas.</translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models. It cannot take any answer on its own yet, so a sheet with question “{title}” goes on learning from your marks; to score one with it, choose it when you check the columns of a sheet.</source>
        <translation>Se guardó «{name}» y se añadió a tus modelos. Aún no puede aceptar ninguna respuesta por sí solo, así que una hoja con la pregunta «{title}» sigue aprendiendo de tus correcciones; para puntuar una con él, elígelo al revisar las columnas de una hoja.</translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models. Question “{question}” keeps “{model}” as its model: to score it with yours, choose yours for it when you check the columns of a sheet.</source>
        <translation>Se guardó «{name}» y se añadió a tus modelos. La pregunta «{question}» conserva «{model}» como modelo: para puntuarla con el tuyo, elige el tuyo para ella al revisar las columnas de una hoja.</translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models: a sheet with question “{title}” is scored by it from now on.</source>
        <translation>Se guardó «{name}» y se añadió a tus modelos: a partir de ahora puntúa las hojas con la pregunta «{title}».</translation>
    </message>
    <message>
        <source>A sheet with its question is scored with it, and the marks you give there go on teaching it together with these.</source>
        <translation>Una hoja con su pregunta se puntúa con él, y las correcciones que hagas allí le siguen enseñando junto con estas.</translation>
    </message>
    <message>
        <source>A sheet with its question is not scored with it but goes on learning from your marks; to score one with this model, choose it when you check the columns of a sheet.</source>
        <translation>Una hoja con su pregunta no se puntúa con él, sino que sigue aprendiendo de tus correcciones; para puntuar una con este modelo, elígelo al revisar las columnas de una hoja.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them take no answer on its own, so a sheet with one of their questions goes on learning from your marks instead; to score one with such a model, choose it when you check the columns of a sheet.</source>
        <translation>
            <numerusform>%n de ellos no acepta ninguna respuesta por sí solo, así que una hoja con su pregunta sigue aprendiendo de tus correcciones; para puntuar una con ese modelo, elígelo al revisar las columnas de una hoja.</numerusform>
            <numerusform>%n de ellos no aceptan ninguna respuesta por sí solos, así que una hoja con una de sus preguntas sigue aprendiendo de tus correcciones; para puntuar una con uno de esos modelos, elígelo al revisar las columnas de una hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {skipped}.</source>
        <translation>Omitidas: {skipped}.</translation>
    </message>
    <message>
        <source>question {question}: {why}</source>
        <translation>pregunta {question}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Made %n models and added them to the library.</source>
        <translation>
            <numerusform>Se creó %n modelo y se añadió a la biblioteca.</numerusform>
            <numerusform>Se crearon %n modelos y se añadieron a la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>No question has a model learned from your marks yet.</source>
        <translation>Ninguna pregunta tiene todavía un modelo aprendido de tus correcciones.</translation>
    </message>
    <message>
        <source>Save the model learned for question {question}</source>
        <translation>Guardar el modelo aprendido para la pregunta {question}</translation>
    </message>
    <message>
        <source>Saving and checking the model for question {question}…</source>
        <translation>Guardando y comprobando el modelo de la pregunta {question}…</translation>
    </message>
    <message>
        <source>Name the question</source>
        <translation>Nombra la pregunta</translation>
    </message>
    <message>
        <source>This sheet does not name its question. Name it (its wording, say): the model is saved under that name, and a later sheet whose question is headed so finds it.</source>
        <translation>Esta hoja no nombra su pregunta. Dale un nombre (su enunciado, por ejemplo): el modelo se guarda con ese nombre, y una hoja posterior cuya pregunta lleve ese encabezado lo encuentra.</translation>
    </message>
    <message>
        <source>Remove the model?</source>
        <translation>¿Quitar el modelo?</translation>
    </message>
    <message>
        <source>Remove “{title}” ({id}) from your models?</source>
        <translation>¿Quitar «{title}» ({id}) de tus modelos?</translation>
    </message>
    <message>
        <source>Its file is deleted from this computer. Sheets it scored keep your decisions.</source>
        <translation>Su archivo se borra de este ordenador. Las hojas que puntuó conservan tus decisiones.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removed “{title}” from your models.</source>
        <translation>Se quitó «{title}» de tus modelos.</translation>
    </message>
    <message>
        <source>The model that came with Grader, “{title}”, is used again.</source>
        <translation>Se vuelve a usar el modelo que vino con Grader, «{title}».</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>¿Quitar el archivo?</translation>
    </message>
    <message>
        <source>Remove “{name}”, which could not be loaded, from your models folder?</source>
        <translation>¿Quitar «{name}», que no se pudo cargar, de tu carpeta de modelos?</translation>
    </message>
    <message>
        <source>Its file is deleted from this computer.</source>
        <translation>Su archivo se borra de este ordenador.</translation>
    </message>
    <message>
        <source>Removed “{name}” from your models folder.</source>
        <translation>Se quitó «{name}» de tu carpeta de modelos.</translation>
    </message>
    <message>
        <source>“{name}” could not be removed ({problem}); check that its folder is writable and try again.</source>
        <translation>No se pudo quitar «{name}» ({problem}); comprueba que se puede escribir en su carpeta e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ModelKeeping</name>
    <message numerus="yes">
        <source>The models of %n questions ({question}) learned from your marks on this sheet, but your models do not keep that yet: to score later sheets with what they learned, save each one now (File ▸ Save as model…, on one of its answers).</source>
        <translation>
            <numerusform>El modelo de la pregunta {question} aprendió de tus correcciones en esta hoja, pero tus modelos aún no lo conservan: para puntuar una hoja posterior con lo que aprendió, guárdalo ahora (Archivo ▸ Guardar como modelo…).</numerusform>
            <numerusform>Los modelos de %n preguntas ({question}) aprendieron de tus correcciones en esta hoja, pero tus modelos aún no lo conservan: para puntuar hojas posteriores con lo que aprendieron, guarda cada uno ahora (Archivo ▸ Guardar como modelo…, en una de sus respuestas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnMarksOffer</name>
    <message>
        <source>Your marks are there already</source>
        <translation>Tus correcciones ya están</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {answers} answers to question {question} are word for word answers your model “{model}” learned from, with your marks: this sheet looks like the one it was made from.</source>
        <translation>
            <numerusform>%n de las {answers} respuestas a la pregunta {question} es palabra por palabra una respuesta de la que aprendió tu modelo «{model}», con tus correcciones: esta hoja parece la misma de la que se hizo.</numerusform>
            <numerusform>%n de las {answers} respuestas a la pregunta {question} son palabra por palabra respuestas de las que aprendió tu modelo «{model}», con tus correcciones: esta hoja parece la misma de la que se hizo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take your marks of %n answers as your decisions here, rather than mark them again? The model takes none of them on its own either way: it learned them, so it cannot vouch for them.</source>
        <translation>
            <numerusform>¿Usar aquí tus correcciones de %n respuesta como tus decisiones, en lugar de corregirla de nuevo? El modelo no acepta ninguna por sí solo en ningún caso: las aprendió, así que no puede responder por ellas.</numerusform>
            <numerusform>¿Usar aquí tus correcciones de %n respuestas como tus decisiones, en lugar de corregirlas de nuevo? El modelo no acepta ninguna por sí solo en ningún caso: las aprendió, así que no puede responder por ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take my marks</source>
        <translation>&amp;Usar mis correcciones</translation>
    </message>
    <message>
        <source>&amp;Mark them again</source>
        <translation>&amp;Corregirlas de nuevo</translation>
    </message>
    <message>
        <source>Your marks were taken, but could not all be saved: {problem}</source>
        <translation>Se usaron tus correcciones, pero no se pudieron guardar todas: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Your marks of %n answers are your decisions here; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Se usa tu corrección de %n respuesta; se deshace con Ctrl+Z o {menu}.</numerusform>
            <numerusform>Se usan tus %n correcciones; se deshacen con Ctrl+Z o {menu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>the PDF could not be started; try exporting again</source>
        <translation>no se pudo iniciar el PDF; vuelve a exportar</translation>
    </message>
</context>
<context>
    <name>PointsSheet</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No model score for this answer: type the score yourself.</source>
        <translation>El modelo no puntúa esta respuesta: escribe tú la puntuación.</translation>
    </message>
    <message>
        <source>probability of score {score}</source>
        <translation>probabilidad de la puntuación {score}</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>your score</source>
        <translation>tu puntuación</translation>
    </message>
    <message>
        <source>no marks yet</source>
        <translation>aún sin corregir</translation>
    </message>
    <message>
        <source>No answer has been marked {scores} yet, so the model gives no probability for it and cannot suggest it; it learns a score from the answers you mark with it.</source>
        <translation>Aún no has corregido ninguna respuesta con {scores}, así que el modelo no le da ninguna probabilidad y no puede sugerirla; aprende una puntuación de las respuestas que corriges con ella.</translation>
    </message>
    <message>
        <source>score {score}: no marks yet</source>
        <translation>puntuación {score}: aún sin corregir</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot write {name}: a folder has that name; choose another file name</source>
        <translation>No se puede escribir {name}: hay una carpeta con ese nombre; elige otro nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write {name}: its folder does not exist; choose an existing folder</source>
        <translation>No se puede escribir {name}: su carpeta no existe; elige una carpeta que exista</translation>
    </message>
    <message>
        <source>cannot write {name}: there is a file named {folder} where its folder should be; choose another folder</source>
        <translation>No se puede escribir {name}: donde debería estar su carpeta hay un archivo llamado {folder}; elige otra carpeta</translation>
    </message>
    <message>
        <source>cannot write {name}: the file name is too long; choose a shorter name</source>
        <translation>No se puede escribir {name}: el nombre del archivo es demasiado largo; elige un nombre más corto</translation>
    </message>
    <message>
        <source>cannot write {name}: that file is read-only; choose another file name, or make the file writable and export again</source>
        <translation>No se puede escribir {name}: el archivo es de solo lectura; elige otro nombre de archivo, o permite escribir en él y vuelve a exportar</translation>
    </message>
    <message>
        <source>{name} could not be written because of an unexpected problem ({what}); the old file was not changed, try exporting again</source>
        <translation>No se pudo escribir {name} por un problema inesperado ({what}); el archivo anterior no ha cambiado, vuelve a exportar</translation>
    </message>
    <message>
        <source>the disk is full, so {name} was not saved; free some space or export to another drive</source>
        <translation>El disco está lleno, así que {name} no se guardó; libera espacio o exporta a otra unidad</translation>
    </message>
    <message>
        <source>cannot write {name} because you may not save files in that folder; choose another folder such as Documents</source>
        <translation>No se puede escribir {name} porque no puedes guardar archivos en esa carpeta; elige otra carpeta, como Documentos</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it and export again</source>
        <translation>{name} está abierto en otro programa; ciérralo y vuelve a exportar</translation>
    </message>
    <message>
        <source>{name} is probably open in another program, such as Excel, so it was not saved; close it there and export again (nothing is lost: your grading is kept, and the old {name} was not changed)</source>
        <translation>{name} probablemente está abierto en otro programa, como Excel, así que no se guardó; ciérralo allí y vuelve a exportar (no se pierde nada: tu corrección se conserva y el archivo {name} anterior no ha cambiado)</translation>
    </message>
    <message>
        <source>{name} was saved, but the list of students left out of it, {list}, was not: {list} is probably open in another program, such as Excel; close it there and export again (the {list} you have open is the old list)</source>
        <translation>{name} se guardó, pero la lista de estudiantes que quedaron fuera, {list}, no: {list} probablemente está abierto en otro programa, como Excel; ciérralo allí y vuelve a exportar (el {list} que tienes abierto es la lista antigua)</translation>
    </message>
    <message>
        <source>{name} was saved, but the list of students left out of it, {list}, was not: {list} is open in another program; close it and export again</source>
        <translation>{name} se guardó, pero la lista de estudiantes que quedaron fuera, {list}, no: {list} está abierto en otro programa; ciérralo y vuelve a exportar</translation>
    </message>
    <message>
        <source>cannot write {name} because the drive is read-only; choose another folder</source>
        <translation>No se puede escribir {name} porque la unidad es de solo lectura; elige otra carpeta</translation>
    </message>
    <message>
        <source>{name} could not be saved ({why}); the old file was not changed, choose another folder and export again</source>
        <translation>No se pudo guardar {name} ({why}); el archivo anterior no ha cambiado, elige otra carpeta y vuelve a exportar</translation>
    </message>
    <message>
        <source>{name} could not be saved ({why}); choose another folder and export again</source>
        <translation>No se pudo guardar {name} ({why}); elige otra carpeta y vuelve a exportar</translation>
    </message>
    <message>
        <source>{name} could not be written because of an unexpected problem ({what}); try exporting again</source>
        <translation>No se pudo escribir {name} por un problema inesperado ({what}); vuelve a exportar</translation>
    </message>
    <message>
        <source>{name} is the sheet of answers itself, and writing the graded sheet there would replace it; choose another file name, such as {suggestion}</source>
        <translation>{name} es la propia hoja de respuestas, y guardar ahí la hoja corregida la sustituiría; elige otro nombre de archivo, como {suggestion}</translation>
    </message>
    <message>
        <source>{name} was not found; check that the file still exists and choose it again</source>
        <translation>No se encontró {name}; comprueba que el archivo sigue existiendo y vuelve a elegirlo</translation>
    </message>
    <message>
        <source>{name} cannot be opened because you do not have permission to open the folder it is in; copy it to your Documents folder or ask for access</source>
        <translation>No se puede abrir {name} porque no tienes permiso para abrir la carpeta en la que está; cópialo a tu carpeta Documentos o pide acceso</translation>
    </message>
    <message>
        <source>{name} cannot be opened because you do not have permission to read it; copy it to your Documents folder or ask for access</source>
        <translation>No se puede abrir {name} porque no tienes permiso para leerlo; cópialo a tu carpeta Documentos o pide acceso</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}); copy it to this computer and try again</source>
        <translation>No se pudo leer {name} ({why}); cópialo a este ordenador y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{name} is a folder, not a sheet; choose an Excel workbook (.xlsx) or a CSV file inside it</source>
        <translation>{name} es una carpeta, no una hoja; elige dentro un libro de Excel (.xlsx) o un archivo CSV</translation>
    </message>
    <message>
        <source>{name} is empty; choose the file that holds the students&apos; answers</source>
        <translation>{name} está vacío; elige el archivo que contiene las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>{name} is in the old Excel 97-2003 (.xls) format; open it in Excel and save it as .xlsx or CSV from Excel, then open that</source>
        <translation>{name} está en el antiguo formato Excel 97-2003 (.xls); ábrelo en Excel, guárdalo como .xlsx o CSV y abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is in the old Excel 97-2003 (.xls) format and protected by a password; open it in Excel with the password, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, and clear it), save it as .xlsx, then open that</source>
        <translation>{name} está en el antiguo formato Excel 97-2003 (.xls) y protegido con contraseña; ábrelo en Excel con la contraseña, quita la contraseña (Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña, y déjala en blanco), guárdalo como .xlsx y abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is password-protected; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again, or save it as CSV</source>
        <translation>{name} está protegido con contraseña; ábrelo en Excel, quita la contraseña (Archivo &gt; Información &gt; Proteger libro) y vuelve a guardarlo, o guárdalo como CSV</translation>
    </message>
    <message>
        <source>{name} is not a real Excel workbook; open it in Excel and save it as .xlsx or CSV from Excel, then open that</source>
        <translation>{name} no es un libro de Excel de verdad; ábrelo en Excel, guárdalo como .xlsx o CSV y abre ese archivo</translation>
    </message>
    <message>
        <source>{name} has a broken line ({why}); open it in Excel, check the quotes, and save it as CSV again</source>
        <translation>{name} tiene una línea rota ({why}); ábrelo en Excel, revisa las comillas y vuelve a guardarlo como CSV</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text; open it in Excel and save it as CSV UTF-8 again</source>
        <translation>{name} no es texto {encoding} válido; ábrelo en Excel y vuelve a guardarlo como CSV UTF-8</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook or other zip file, not a CSV text file; if it is a workbook, rename it to end in .xlsx and open it again</source>
        <translation>{name} es un libro de Excel u otro archivo zip, no un archivo de texto CSV; si es un libro, cámbiale el nombre para que termine en .xlsx y vuelve a abrirlo</translation>
    </message>
    <message>
        <source>{name} is a web page (HTML) or XML file, not a CSV text file; open it in Excel and save it as .xlsx or CSV from Excel, then open that</source>
        <translation>{name} es una página web (HTML) o un archivo XML, no un archivo de texto CSV; ábrelo en Excel, guárdalo desde Excel como .xlsx o CSV y luego abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is an old Excel (.xls) or other Office file, not a CSV text file; save it as .xlsx or CSV from Excel and open that</source>
        <translation>{name} es un archivo antiguo de Excel (.xls) u otro archivo de Office, no un archivo de texto CSV; guárdalo como .xlsx o CSV desde Excel y abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is not complete: its end is blank filler (zero bytes) instead of text, as in a file still being copied or cut short while it was saved; wait until the copy has finished, or save or copy the file again, then open it again</source>
        <translation>{name} no está completo: su final es relleno vacío (bytes cero) en lugar de texto, como en un archivo que aún se está copiando o que se cortó mientras se guardaba; espera a que termine la copia, o vuelve a guardar o copiar el archivo, y después ábrelo de nuevo</translation>
    </message>
    <message>
        <source>{name} is not complete: it ends in the middle of a letter, as a file still being copied or cut short while it was saved does; wait until the copy has finished, or save or copy the file again, then open it again</source>
        <translation>{name} no está completo: termina en mitad de una letra, como un archivo que aún se está copiando o que se cortó mientras se guardaba; espera a que termine la copia, o vuelve a guardar o copiar el archivo, y después ábrelo de nuevo</translation>
    </message>
    <message>
        <source>{name} holds binary data, not CSV text; export the answers from your spreadsheet program as CSV or .xlsx and open that</source>
        <translation>{name} contiene datos binarios, no texto CSV; exporta las respuestas desde tu programa de hojas de cálculo como CSV o .xlsx y abre ese archivo</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n cells holding formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</source>
        <translation>
            <numerusform>{name} tiene %n celda con una fórmula cuyo valor nunca se calculó ({cells}), así que Grader no puede ver lo que muestra; abre y guarda la hoja primero en Excel o LibreOffice y luego vuelve a abrirla</numerusform>
            <numerusform>{name} tiene %n celdas con fórmulas cuyo valor nunca se calculó ({cells}), así que Grader no puede ver lo que muestran; abre y guarda la hoja primero en Excel o LibreOffice y luego vuelve a abrirla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells in the columns chosen hold formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</source>
        <translation>
            <numerusform>%n celda de las columnas elegidas tiene una fórmula cuyo valor nunca se calculó ({cells}), así que Grader no puede ver lo que muestra; abre y guarda la hoja primero en Excel o LibreOffice y luego vuelve a abrirla</numerusform>
            <numerusform>%n celdas de las columnas elegidas tienen fórmulas cuyo valor nunca se calculó ({cells}), así que Grader no puede ver lo que muestran; abre y guarda la hoja primero en Excel o LibreOffice y luego vuelve a abrirla</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a complete Excel workbook; open it in Excel and save it again, or save it as CSV</source>
        <translation>{name} está dañado o no es un libro de Excel completo; ábrelo en Excel y vuelve a guardarlo, o guárdalo como CSV</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not an Excel workbook; choose the .xlsx file that holds the answers, or save them as CSV</source>
        <translation>{name} es un archivo zip pero no un libro de Excel; elige el archivo .xlsx que contiene las respuestas, o guárdalas como CSV</translation>
    </message>
    <message>
        <source>{name} is too large to read: a worksheet in it unpacks to more than {cap} MB, far more than a sheet of answers needs (it may be padded with blank space or damaged); open it in Excel, delete unused rows and columns, and save it again, or save the answers as CSV</source>
        <translation>{name} es demasiado grande para leerlo: una hoja de cálculo dentro ocupa más de {cap} MB al descomprimirse, mucho más de lo que necesita una hoja de respuestas (quizá esté rellena de espacio vacío o dañada); ábrelo en Excel, borra las filas y columnas sin usar y vuelve a guardarlo, o guarda las respuestas como CSV</translation>
    </message>
    <message>
        <source>{name} is too large to read: its contents unpack to more than {cap} MB, far more than a sheet of answers needs (it may be padded with blank space or damaged); open it in Excel, delete unused rows and columns, and save it again, or save the answers as CSV</source>
        <translation>{name} es demasiado grande para leerlo: su contenido ocupa más de {cap} MB al descomprimirse, mucho más de lo que necesita una hoja de respuestas (quizá esté rellena de espacio vacío o dañada); ábrelo en Excel, borra las filas y columnas sin usar y vuelve a guardarlo, o guarda las respuestas como CSV</translation>
    </message>
    <message>
        <source>{name} is saved as a Strict Open XML Spreadsheet, which Grader cannot read; open it in Excel and save it as an Excel Workbook (.xlsx), then open that</source>
        <translation>{name} está guardado como «Hoja de cálculo Strict Open XML», que Grader no puede leer; ábrelo en Excel, guárdalo como «Libro de Excel (.xlsx)» y luego abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is {what}, which Grader cannot read; save the answers as an Excel workbook (.xlsx) or a CSV file and open that</source>
        <translation>{name} es {what}, que Grader no puede leer; guarda las respuestas como libro de Excel (.xlsx) o archivo CSV y abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which Grader cannot read; open it in LibreOffice or OpenOffice, save it as Excel 2007-365 (.xlsx) or as CSV, then open that</source>
        <translation>{name} es una hoja de cálculo OpenDocument, que Grader no puede leer; ábrela en LibreOffice u OpenOffice, guárdala como Excel 2007-365 (.xlsx) o como CSV y luego abre ese archivo</translation>
    </message>
    <message>
        <source>{name} is an Apple Numbers spreadsheet, which Grader cannot read; open it in Numbers, choose File &gt; Export To &gt; Excel (or CSV), then open that</source>
        <translation>{name} es una hoja de cálculo de Apple Numbers, que Grader no puede leer; ábrela en Numbers, elige Archivo &gt; Exportar a &gt; Excel (o CSV) y luego abre ese archivo</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>a text document</source>
        <translation>un documento de texto</translation>
    </message>
    <message>
        <source>a PowerPoint file</source>
        <translation>un archivo de PowerPoint</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>un archivo JSON</translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation>un archivo XML</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivo zip</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a {suffix} file</source>
        <translation>un archivo {suffix}</translation>
    </message>
    <message>
        <source>{name} has no worksheets; add the answers to a sheet and save it again</source>
        <translation>{name} no tiene hojas de cálculo; añade las respuestas a una hoja y vuelve a guardarlo</translation>
    </message>
    <message>
        <source>{name} holds only charts, no table of answers; open the workbook that holds the answers, or copy the answers into a worksheet of this one, save it, and open it again</source>
        <translation>{name} solo contiene gráficos, ninguna tabla de respuestas; abre el libro que contiene las respuestas, o copia las respuestas en una hoja de cálculo de este libro, guárdalo y vuelve a abrirlo</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}”; choose one of {titles}</source>
        <translation>{name} no tiene ninguna hoja llamada «{sheet}»; elige una de {titles}</translation>
    </message>
    <message>
        <source>{name} has no data; choose the file (or sheet) that holds the students&apos; answers</source>
        <translation>{name} no tiene datos; elige el archivo (u hoja) que contiene las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>{name} (sheet “{sheet}”) has no data; choose the file (or sheet) that holds the students&apos; answers</source>
        <translation>{name} (hoja «{sheet}») no tiene datos; elige el archivo (u hoja) que contiene las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>{name} has a header row but no answers below it; add the students&apos; answers under the header and open it again</source>
        <translation>{name} tiene una fila de encabezado pero ninguna respuesta debajo; añade las respuestas de los estudiantes bajo el encabezado y vuelve a abrirlo</translation>
    </message>
    <message>
        <source>{name} (sheet “{sheet}”) has a header row but no answers below it; add the students&apos; answers under the header and open it again</source>
        <translation>{name} (hoja «{sheet}») tiene una fila de encabezado pero ninguna respuesta debajo; añade las respuestas de los estudiantes bajo el encabezado y vuelve a abrirlo</translation>
    </message>
    <message>
        <source>no column in this sheet holds text answers; check that you opened the sheet with the students&apos; answers, with one answer per cell and a header row on top (a column of numbers is taken for answers when its header says Answer or Response)</source>
        <translation>Ninguna columna de esta hoja contiene respuestas de texto; comprueba que abriste la hoja con las respuestas de los estudiantes, con una respuesta por celda y una fila de encabezado arriba (una columna de números se toma como respuestas cuando su encabezado dice Respuesta o Answer)</translation>
    </message>
    <message>
        <source>the column “{column}” is empty: no student&apos;s answer is written in it; check that you opened the sheet that holds the answers, or write them under that header and open the sheet again</source>
        <translation>la columna «{column}» está vacía: no tiene ninguna respuesta; comprueba que abriste la hoja que contiene las respuestas, o escríbelas bajo ese encabezado y vuelve a abrir la hoja</translation>
    </message>
    <message>
        <source>this sheet was graded with Grader before, but its column “{column}” is gone, so your earlier decisions in it cannot be read safely; put that column back (undo the deletion in Excel), or delete all of Grader&apos;s grading columns to grade the sheet afresh</source>
        <translation>Esta hoja ya se calificó con Grader, pero falta su columna «{column}», así que tus decisiones anteriores en ella no se pueden leer con seguridad; vuelve a poner esa columna (deshaz el borrado en Excel) o borra todas las columnas de calificación de Grader para calificar la hoja de nuevo</translation>
    </message>
    <message>
        <source>this file holds the points per question that Grader wrote, not the students&apos; answers; open the sheet of the students&apos; answers instead</source>
        <translation>Este archivo contiene los puntos por pregunta que escribió Grader, no las respuestas de los estudiantes; abre en su lugar la hoja con las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>this file is the grading worksheet Grader wrote for you to upload to Moodle (the assignment&apos;s Upload grading worksheet), with your grades and comments, not a worksheet to grade; to grade, open the worksheet you downloaded from Moodle, with the students&apos; online text</source>
        <translation>este archivo es la hoja de calificaciones que Grader escribió para que la subas a Moodle («Subir hoja de calificaciones» en la tarea), con las calificaciones y los comentarios que pusiste, no una hoja para calificar; para calificar, abre la hoja de calificaciones que descargaste de Moodle, con el texto en línea de los estudiantes</translation>
    </message>
    <message>
        <source>this file is Grader&apos;s list of the students {system} could not take from an export (their grades are to be entered in {system} by hand), not the students&apos; answers; open the sheet of the students&apos; answers instead</source>
        <translation>este archivo es la lista de Grader de los estudiantes que {system} no pudo tomar de una exportación (sus notas se introducen a mano en {system}), no las respuestas de los estudiantes; abre en su lugar la hoja con las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>this file is the feedback sheet Grader wrote for your students (their answers, scores and your comments, for a mail merge), not a sheet to grade; open the sheet of the students&apos; answers instead, or the graded sheet Grader saved to go on grading</source>
        <translation>este archivo es la hoja de comentarios que Grader escribió para tus estudiantes (sus respuestas, puntuaciones y tus comentarios, para una combinación de correspondencia), no una hoja para corregir; abre en su lugar la hoja con las respuestas de los estudiantes o, para seguir corrigiendo, la hoja corregida que guardó Grader</translation>
    </message>
    <message>
        <source>no answer column was chosen; name the column that holds the students&apos; answers</source>
        <translation>no se ha elegido la columna de respuestas; elige la columna que contiene las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>no question column was chosen; name it, or choose the question&apos;s model for the whole sheet</source>
        <translation>no se ha elegido la columna de preguntas; elígela, o elige el modelo de la pregunta para toda la hoja</translation>
    </message>
    <message>
        <source>no answer columns were chosen for this one-column-per-question sheet</source>
        <translation>no se ha elegido ninguna columna de respuestas para esta hoja de una columna por pregunta</translation>
    </message>
    <message>
        <source>this is a Canvas item analysis report: it has each question&apos;s statistics but not the students&apos; answers; in Canvas open the quiz, choose Quiz Statistics (or Reports in New Quizzes), download the Student Analysis and open that file instead</source>
        <translation>esto es un informe Item Analysis de Canvas: tiene las estadísticas de cada pregunta, pero no las respuestas de los estudiantes; en Canvas abre el cuestionario, elige «Estadísticas del cuestionario» («Informes» en New Quizzes), descarga el informe Student Analysis y abre ese archivo en su lugar</translation>
    </message>
    <message>
        <source>this is a gradebook exported from Moodle (grades, not the students&apos; answers); in Moodle open the quiz, choose Results › Responses, download the report and open that file instead (for an assignment, download its grading worksheet with the students&apos; online text)</source>
        <translation>esto es un libro de calificaciones exportado de Moodle (notas, no las respuestas de los estudiantes); en Moodle abre el cuestionario, elige «Resultados» › «Respuestas», descarga el informe y abre ese archivo en su lugar (en una tarea, descarga su hoja de calificaciones con el texto en línea de los estudiantes)</translation>
    </message>
    <message>
        <source>this is a Moodle grading worksheet without the students&apos; text; in Moodle let the assignment take online text, or download the submissions, and open the file with the answers</source>
        <translation>esto es una hoja de calificaciones de Moodle sin el texto de los estudiantes; en Moodle permite que la tarea admita texto en línea, o descarga las entregas, y abre el archivo con las respuestas</translation>
    </message>
    <message>
        <source>the sheet says “{title}” is out of {lms}, but it has marks up to {marked} and no model scores it, so Grader cannot tell what its marks are out of and will not write grades above {system}&apos;s points; mark it out of {lms}, or score it with a model, and export again</source>
        <translation>la hoja dice que «{title}» es sobre {lms}, pero tiene correcciones de hasta {marked} y ningún modelo la puntúa, así que Grader no puede saber sobre cuánto son sus correcciones y no escribirá calificaciones por encima de los puntos de {system}; corrígela sobre {lms}, o puntúala con un modelo, y vuelve a exportar</translation>
    </message>
    <message>
        <source>the Canvas gradebook needs to know who each student is; choose the student id column in the column mapping and export again</source>
        <translation>el libro de calificaciones de Canvas necesita saber quién es cada estudiante; elige la columna del ID de estudiante en «Revisar las columnas y los modelos» y vuelve a exportar</translation>
    </message>
    <message>
        <source>the Moodle gradebook by your student id column needs the sheet&apos;s student id column; choose it in the column mapping and export again</source>
        <translation>las calificaciones de Moodle por ID de estudiante necesitan la columna del ID de estudiante de la hoja; elígela en «Revisar las columnas y los modelos» y vuelve a exportar</translation>
    </message>
    <message>
        <source>your comment bank {name} cannot be read ({why}); check the file is not open elsewhere</source>
        <translation>no se puede leer tu banco de comentarios {name} ({why}); comprueba que el archivo no esté abierto en otro programa</translation>
    </message>
    <message>
        <source>your comment bank could not be saved in {folder} ({why}); check the disk has room and the folder is writable</source>
        <translation>no se pudo guardar tu banco de comentarios en {folder} ({why}); comprueba que el disco tiene espacio y que puedes escribir en la carpeta</translation>
    </message>
    <message>
        <source>{name} is a folder, not a project file; choose the .grader-project file</source>
        <translation>{name} es una carpeta, no un archivo de proyecto; elige el archivo .grader-project</translation>
    </message>
    <message>
        <source>the project file is already closed; open the sheet again</source>
        <translation>El archivo del proyecto ya está cerrado; vuelve a abrir la hoja</translation>
    </message>
    <message>
        <source>{name} was opened read-only here, so nothing was written; open the sheet itself to make changes</source>
        <translation>{name} se abrió aquí solo para lectura, así que no se escribió nada; abre la hoja misma para hacer cambios</translation>
    </message>
    <message>
        <source>{name} is already open in another Grader window; close the sheet there first, then open it here again</source>
        <translation>{name} ya está abierto en otra ventana de Grader; cierra allí la hoja y luego vuelve a abrirla aquí</translation>
    </message>
    <message>
        <source>the project file {name} cannot be opened ({why}); check that its folder is writable</source>
        <translation>No se puede abrir el archivo del proyecto {name} ({why}); comprueba que se puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>the project file {name} cannot be written ({why}); copy the sheet to a folder you can write to, such as Documents, and open it from there</source>
        <translation>No se puede escribir en el archivo del proyecto {name} ({why}); copia la hoja a una carpeta en la que puedas escribir, como Documentos, y ábrela desde allí</translation>
    </message>
    <message>
        <source>the disk is full, so the project file {name}, which keeps your decisions, cannot be written; free some space on the disk and open the sheet again, or copy the sheet to another drive and open it from there</source>
        <translation>el disco está lleno, así que el archivo de proyecto {name}, que guarda tus decisiones, no se puede escribir; libera espacio en el disco y vuelve a abrir la hoja, o copia la hoja a otra unidad y ábrela desde allí</translation>
    </message>
    <message>
        <source>{name} is not a Grader project file or is damaged; move it aside and open the sheet again</source>
        <translation>{name} no es un archivo de proyecto de Grader o está dañado; apártalo y vuelve a abrir la hoja</translation>
    </message>
    <message>
        <source>{name} is damaged: it was written with its latest changes in the file {wal}, which is not beside it; if you copied {name} from somewhere, copy {wal} from there beside it too and open the sheet again; otherwise move {name} aside and open the sheet again</source>
        <translation>{name} está dañado: sus últimos cambios estaban en el archivo {wal}, que no está a su lado; si copiaste {name} de algún sitio, copia también {wal} de allí a su lado y vuelve a abrir la hoja; si no, aparta {name} y vuelve a abrir la hoja</translation>
    </message>
    <message>
        <source>{name} holds no decisions, not even its tables: they were left behind in the file {wal}, which was not copied with it; if you copied it from another computer, copy {wal} beside it too and open the sheet again; to start afresh instead, move {name} aside</source>
        <translation>{name} no contiene ninguna decisión, ni siquiera sus tablas: se quedaron en el archivo {wal}, que no se copió con él; si lo copiaste de otro ordenador, copia también {wal} a su lado y vuelve a abrir la hoja; para empezar de cero, aparta {name}</translation>
    </message>
    <message>
        <source>the project {name} was saved with other column choices; choose the same columns again, or save the sheet under a new name to start a new project</source>
        <translation>El proyecto {name} se guardó con otra elección de columnas; elige de nuevo las mismas columnas, o guarda la hoja con otro nombre para empezar un proyecto nuevo</translation>
    </message>
    <message>
        <source>the project {name} belongs to another sheet (fewer than half of its answers are in this one); open the sheet it was made for, or save this sheet under a new name to start a new project</source>
        <translation>El proyecto {name} pertenece a otra hoja (menos de la mitad de sus respuestas están en esta); abre la hoja para la que se hizo, o guarda esta hoja con otro nombre para empezar un proyecto nuevo</translation>
    </message>
    <message>
        <source>the project {name} belongs to {other}, another sheet in this folder with the same name but another ending, and {sheet} holds fewer than half of its answers; a project is named after its sheet without the ending, so the two sheets cannot both have one: rename this sheet, for example to {suggestion}, and open it again</source>
        <translation>el proyecto {name} pertenece a {other}, otra hoja de esta carpeta con el mismo nombre pero otra extensión, y {sheet} tiene menos de la mitad de sus respuestas; un proyecto lleva el nombre de su hoja sin la extensión, así que las dos hojas no pueden tener uno cada una: cambia el nombre de esta hoja, por ejemplo a {suggestion}, y ábrela de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>this sheet has no column {gone} any more, which {name} was made with; {found} holds the same answers and is chosen in its place: check the columns and start scoring, and your %n decisions stay with their answers</source>
        <translation>
            <numerusform>esta hoja ya no tiene la columna {gone}, con la que se hizo {name}; {found} tiene las mismas respuestas y se ha elegido en su lugar: revisa las columnas y empieza a puntuar, y tu %n decisión se queda con su respuesta</numerusform>
            <numerusform>esta hoja ya no tiene la columna {gone}, con la que se hizo {name}; {found} tiene las mismas respuestas y se ha elegido en su lugar: revisa las columnas y empieza a puntuar, y tus %n decisiones se quedan con sus respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has no column {gone} any more, which {name} was made with; choose the columns above again, and your %n decisions stay with their answers, or rename the column back to {gone} in the sheet and open it again</source>
        <translation>
            <numerusform>esta hoja ya no tiene la columna {gone}, con la que se hizo {name}; vuelve a elegir las columnas de arriba y tu %n decisión se quedará con su respuesta, o cambia el nombre de la columna a {gone} en la hoja y vuelve a abrirla</numerusform>
            <numerusform>esta hoja ya no tiene la columna {gone}, con la que se hizo {name}; vuelve a elegir las columnas de arriba y tus %n decisiones se quedarán con sus respuestas, o cambia el nombre de la columna a {gone} en la hoja y vuelve a abrirla</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet has no column {gone} any more, which {name} was made with; check the columns chosen above and start scoring</source>
        <translation>esta hoja ya no tiene la columna {gone}, con la que se hizo {name}; revisa las columnas elegidas arriba y empieza a puntuar</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n decisions or comments on answers that the columns chosen do not hold as they were (the same student, question and text), so nothing was changed; choose the columns that hold those answers, or rename the column back to {gone} in the sheet and open it again</source>
        <translation>
            <numerusform>{name} tiene %n decisión o comentario sobre una respuesta que las columnas elegidas no tienen tal como era (el mismo estudiante, pregunta y texto), así que no se ha cambiado nada; elige la columna que tiene esa respuesta, o cambia el nombre de la columna a {gone} en la hoja y vuelve a abrirla</numerusform>
            <numerusform>{name} tiene %n decisiones o comentarios sobre respuestas que las columnas elegidas no tienen tal como eran (el mismo estudiante, pregunta y texto), así que no se ha cambiado nada; elige las columnas que tienen esas respuestas, o cambia el nombre de la columna a {gone} en la hoja y vuelve a abrirla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids, so students who share a name are told apart by it: start scoring, and your %n decisions stay with their answers, or choose no id column to keep the students as before</source>
        <translation>
            <numerusform>esta hoja tiene una columna nueva {column} de identificadores de estudiantes, sin la que se creó {name}; está elegida arriba para los identificadores de los estudiantes, así que los estudiantes que comparten un nombre se distinguen por ella: empieza a puntuar, y tu %n decisión se queda con su respuesta, o no elijas ninguna columna de identificadores para dejar a los estudiantes como antes</numerusform>
            <numerusform>esta hoja tiene una columna nueva {column} de identificadores de estudiantes, sin la que se creó {name}; está elegida arriba para los identificadores de los estudiantes, así que los estudiantes que comparten un nombre se distinguen por ella: empieza a puntuar, y tus %n decisiones se quedan con sus respuestas, o no elijas ninguna columna de identificadores para dejar a los estudiantes como antes</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids: check the columns and start scoring</source>
        <translation>esta hoja tiene una columna nueva {column} de identificadores de estudiantes, sin la que se creó {name}; está elegida arriba para los identificadores de los estudiantes: revisa las columnas y empieza a puntuar</translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and {question} is ticked as a question to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick {question} to grade the sheet as before</source>
        <translation>
            <numerusform>esta hoja tiene una columna nueva {column} de identificadores de estudiantes y una columna nueva {question}, sin las que se creó {name}; {column} está elegida arriba para los identificadores de los estudiantes, así que los estudiantes que comparten un nombre se distinguen por ella, y {question} está marcada como pregunta que calificar: empieza a puntuar, y tu %n decisión se queda con su respuesta, o no elijas ninguna columna de identificadores y desmarca {question} para calificar la hoja como antes</numerusform>
            <numerusform>esta hoja tiene una columna nueva {column} de identificadores de estudiantes y una columna nueva {question}, sin las que se creó {name}; {column} está elegida arriba para los identificadores de los estudiantes, así que los estudiantes que comparten un nombre se distinguen por ella, y {question} está marcada como pregunta que calificar: empieza a puntuar, y tus %n decisiones se quedan con sus respuestas, o no elijas ninguna columna de identificadores y desmarca {question} para calificar la hoja como antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and the new columns are ticked as questions to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick those that are not questions</source>
        <translation>
            <numerusform>esta hoja tiene una columna nueva {column} de identificadores de estudiantes y columnas nuevas {question}, sin las que se creó {name}; {column} está elegida arriba para los identificadores de los estudiantes, así que los estudiantes que comparten un nombre se distinguen por ella, y las columnas nuevas están marcadas como preguntas que calificar: empieza a puntuar, y tu %n decisión se queda con su respuesta, o no elijas ninguna columna de identificadores y desmarca las que no sean preguntas</numerusform>
            <numerusform>esta hoja tiene una columna nueva {column} de identificadores de estudiantes y columnas nuevas {question}, sin las que se creó {name}; {column} está elegida arriba para los identificadores de los estudiantes, así que los estudiantes que comparten un nombre se distinguen por ella, y las columnas nuevas están marcadas como preguntas que calificar: empieza a puntuar, y tus %n decisiones se quedan con sus respuestas, o no elijas ninguna columna de identificadores y desmarca las que no sean preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids and {question} is ticked as a question to grade: check the columns and start scoring</source>
        <translation>esta hoja tiene una columna nueva {column} de identificadores de estudiantes y una columna nueva {question}, sin las que se creó {name}; {column} está elegida arriba para los identificadores de los estudiantes y {question} está marcada como pregunta que calificar: revisa las columnas y empieza a puntuar</translation>
    </message>
    <message>
        <source>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids and the new columns are ticked as questions to grade: check the columns and start scoring</source>
        <translation>esta hoja tiene una columna nueva {column} de identificadores de estudiantes y columnas nuevas {question}, sin las que se creó {name}; {column} está elegida arriba para los identificadores de los estudiantes y las columnas nuevas están marcadas como preguntas que calificar: revisa las columnas y empieza a puntuar</translation>
    </message>
    <message>
        <source>this sheet has a new column {column}, which {name} was made without; it is ticked above as a question to grade: start scoring to grade it too, or untick it to leave it out</source>
        <translation>esta hoja tiene una columna nueva {column}, sin la que se creó {name}; está marcada arriba como pregunta que calificar: empieza a puntuar para calificarla también, o desmárcala para dejarla fuera</translation>
    </message>
    <message>
        <source>this sheet has new columns {column}, which {name} was made without; they are ticked above as questions to grade: start scoring to grade them too, or untick those that are not questions</source>
        <translation>esta hoja tiene columnas nuevas {column}, sin las que se creó {name}; están marcadas arriba como preguntas que calificar: empieza a puntuar para calificarlas también, o desmarca las que no sean preguntas</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n decisions in {name} are on answers in this {sheet}: it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</source>
        <translation>
            <numerusform>la %n decisión de {name} no es sobre ninguna respuesta de esta hoja {sheet}: se creó para otra hoja (¿otra clase?); abre esa hoja, o mueve {name} a otra carpeta para corregir esta desde cero</numerusform>
            <numerusform>ninguna de las %n decisiones de {name} es sobre respuestas de esta hoja {sheet}: se creó para otra hoja (¿otra clase?); abre esa hoja, o mueve {name} a otra carpeta para corregir esta desde cero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>almost none of the %n decisions in {name} are on answers in this {sheet} ({found} of them): it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</source>
        <translation>
            <numerusform>la %n decisión de {name} apenas es sobre respuestas de esta hoja {sheet} ({found} de ellas): se creó para otra hoja (¿otra clase?); abre esa hoja, o mueve {name} a otra carpeta para corregir esta desde cero</numerusform>
            <numerusform>casi ninguna de las %n decisiones de {name} es sobre respuestas de esta hoja {sheet} ({found} de ellas): se creó para otra hoja (¿otra clase?); abre esa hoja, o mueve {name} a otra carpeta para corregir esta desde cero</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not a Grader project; choose another file name</source>
        <translation>{name} es un archivo SQLite, pero no un proyecto de Grader; elige otro nombre de archivo</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Grader (project version {version}); update Grader to open it</source>
        <translation>{name} se guardó con una versión más nueva de Grader (versión de proyecto {version}); actualiza Grader para abrirlo</translation>
    </message>
    <message>
        <source>{name} cannot be read ({why}); it may not be a Grader project file</source>
        <translation>no se puede leer {name} ({why}); puede que no sea un archivo de proyecto de Grader</translation>
    </message>
    <message>
        <source>the project file {name} could not be read ({why}); check the disk, then open the sheet again</source>
        <translation>no se pudo leer el archivo del proyecto {name} ({why}); comprueba el disco y vuelve a abrir la hoja</translation>
    </message>
    <message>
        <source>{name} is not a Grader project this version can read; open the sheet of answers instead</source>
        <translation>{name} no es un proyecto de Grader que esta versión pueda leer; abre en su lugar la hoja de respuestas</translation>
    </message>
    <message numerus="yes">
        <source>this project already holds %n decisions made with other column choices; keep the earlier columns or save the sheet under a new name to start again</source>
        <translation>
            <numerusform>este proyecto ya tiene %n decisión tomada con otra elección de columnas; conserva las columnas anteriores o guarda la hoja con otro nombre para empezar de nuevo</numerusform>
            <numerusform>este proyecto ya tiene %n decisiones tomadas con otra elección de columnas; conserva las columnas anteriores o guarda la hoja con otro nombre para empezar de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no project file “{name}”; open the sheet of answers instead</source>
        <translation>no existe el archivo de proyecto «{name}»; abre en su lugar la hoja de respuestas</translation>
    </message>
    <message>
        <source>“{name}” holds no graded sheet yet; open the sheet of answers itself</source>
        <translation>«{name}» aún no contiene ninguna hoja corregida; abre la propia hoja de respuestas</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” that “{name}” belongs to is missing; put it back beside the project file and open it again, or, if you renamed it, open the renamed sheet itself: Grader offers it the decisions of “{name}”</source>
        <translation>falta la hoja «{sheet}» a la que pertenece «{name}»; vuelve a ponerla junto al archivo de proyecto y ábrela de nuevo o, si le cambiaste el nombre, abre la hoja con el nombre nuevo: Grader le ofrece las decisiones de «{name}»</translation>
    </message>
    <message>
        <source>{name} graded the worksheet “{sheet}”, which could not be read ({why}); put it back, or move the project file aside to start again</source>
        <translation>{name} corrigió la hoja de cálculo «{sheet}», que no se pudo leer ({why}); vuelve a ponerla, o aparta el archivo de proyecto para empezar de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions and {what} are kept but could not be saved to {name}; check the disk has room and the file is not read-only</source>
        <translation>
            <numerusform>tu decisión y {what} se conservan, pero no se pudieron guardar en {name} (%n decisión sin guardar); comprueba que el disco tiene espacio y que el archivo no es de solo lectura</numerusform>
            <numerusform>%n de tus decisiones y {what} se conservan, pero no se pudieron guardar en {name}; comprueba que el disco tiene espacio y que el archivo no es de solo lectura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>
            <numerusform>%n decisión no se pudo guardar en {name} antes de cerrarlo ({why}); comprueba que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y vuelve a tomarla</numerusform>
            <numerusform>%n decisiones no se pudieron guardar en {name} antes de cerrarlo ({why}); comprueba que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y vuelve a tomarlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions and {what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>
            <numerusform>%n decisión y {what} no se pudieron guardar en {name} antes de cerrarlo ({why}); comprueba que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y repítelo todo</numerusform>
            <numerusform>%n decisiones y {what} no se pudieron guardar en {name} antes de cerrarlo ({why}); comprueba que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y repítelo todo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grader was still writing to {name} when it closed (%n changes waiting); check the disk, and open the sheet again later to see what was saved</source>
        <translation>
            <numerusform>Grader aún estaba escribiendo en {name} cuando se cerró (%n cambio pendiente); comprueba el disco y abre la hoja más tarde para ver qué se guardó</numerusform>
            <numerusform>Grader aún estaba escribiendo en {name} cuando se cerró (%n cambios pendientes); comprueba el disco y abre la hoja más tarde para ver qué se guardó</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} could not take your latest decisions itself ({why}): they are safe in the file {wal} beside it; keep the two files together (copy both if you copy the project) and free some space on the disk</source>
        <translation>{name} no pudo recibir tus últimas decisiones ({why}): están a salvo en el archivo {wal}, a su lado; mantén juntos los dos archivos (copia ambos si copias el proyecto) y libera espacio en el disco</translation>
    </message>
    <message>
        <source>{name} holds all your decisions itself again: it no longer needs the file {wal} beside it</source>
        <translation>{name} vuelve a tener todas tus decisiones: ya no necesita el archivo {wal} a su lado</translation>
    </message>
    <message>
        <source>the sheet&apos;s earlier decisions</source>
        <translation>las decisiones anteriores de la hoja</translation>
    </message>
    <message>
        <source>what the graded sheet says</source>
        <translation>lo que dice la hoja corregida</translation>
    </message>
    <message>
        <source>the quiz&apos;s name for its columns</source>
        <translation>el nombre del cuestionario para sus columnas</translation>
    </message>
    <message>
        <source>the answer pulled out of its group</source>
        <translation>la respuesta sacada de su grupo</translation>
    </message>
    <message>
        <source>what the model learned so far</source>
        <translation>lo que el modelo ha aprendido hasta ahora</translation>
    </message>
    <message>
        <source>what the question is out of</source>
        <translation>la puntuación máxima de la pregunta</translation>
    </message>
    <message>
        <source>the undo steps</source>
        <translation>los pasos para deshacer</translation>
    </message>
    <message>
        <source>{name} was refused: its model asks for more than {mb} MB of memory to score a batch of test answers, far more than a model of short answers needs; ask whoever made it for a fixed copy</source>
        <translation>{name} se rechazó: su modelo pide más de {mb} MB de memoria para puntuar un lote de respuestas de prueba, mucho más de lo que necesita un modelo de respuestas cortas; pide una copia corregida a quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model that asked for more than {mb} MB of memory while scoring answers, far more than a model of short answers needs, so Grader stopped it; remove it from your models and ask whoever made it for a fixed copy</source>
        <translation>{name} contiene un modelo que pidió más de {mb} MB de memoria al puntuar las respuestas, mucho más de lo que necesita un modelo de respuestas cortas, así que Grader lo detuvo; quítalo de tus modelos y pide una copia corregida a quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model that would need more than {mb} MB of memory to score an extremely long answer (a whole pasted document, perhaps), so Grader stopped it; shorten that answer in the sheet and try again</source>
        <translation>{name} contiene un modelo que necesitaría más de {mb} MB de memoria para puntuar una respuesta extremadamente larga (quizá un documento entero pegado), así que Grader lo detuvo; acorta esa respuesta en la hoja y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{name} holds a model that took more than {seconds} seconds to score one batch of answers, where a model of short answers needs a fraction of a second, so Grader stopped it and left the answers it had not scored for you; remove it from your models and ask whoever made it for a fixed copy</source>
        <translation>{name} contiene un modelo que tardó más de {seconds} segundos en puntuar un lote de respuestas, cuando un modelo de respuestas cortas necesita una fracción de segundo, así que Grader lo detuvo y te dejó las respuestas que no había puntuado; quítalo de tus modelos y pide una copia corregida a quien lo hizo</translation>
    </message>
    <message>
        <source>{name} was not saved, as the model learned from your marks for question {question} failed Grader&apos;s check ({detail}); your marks are kept: mark one more answer or change a mark so that it learns again, then save it again</source>
        <translation>{name} no se guardó, porque el modelo de la pregunta {question}, aprendido de tus correcciones, no pasó la comprobación de Grader ({detail}); tus correcciones se conservan: corrige una respuesta más o cambia una corrección para que vuelva a aprender, y luego guárdalo de nuevo</translation>
    </message>
    <message>
        <source>{name} was not saved, as Grader could not finish checking the model learned from your marks for question {question} ({detail}); your marks are kept and nothing is lost: save it again when the computer is less busy, and if it fails each time, install Grader again or update it</source>
        <translation>{name} no se guardó, porque Grader no pudo terminar de comprobar el modelo de la pregunta {question}, aprendido de tus correcciones ({detail}); tus correcciones se conservan y no se pierde nada: guárdalo de nuevo cuando el ordenador esté menos ocupado y, si falla cada vez, instala Grader de nuevo o actualízalo</translation>
    </message>
    <message>
        <source>{name} cannot be used: {detail}</source>
        <translation>{name} no se puede usar: {detail}</translation>
    </message>
    <message>
        <source>{name} is larger than any bundle should be, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} es más grande de lo que debería ser un paquete de modelo, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} has no {member}, so it is not a complete bundle; get a fresh copy from whoever made it</source>
        <translation>{name} no tiene {member}, así que no es un paquete de modelo completo; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a file named “{member}” that points outside the bundle, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un archivo llamado «{member}» que apunta fuera del paquete de modelo, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds an unexpected file “{member}”; a bundle holds only manifest.json and model.onnx, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un archivo inesperado, «{member}»; un paquete de modelo solo contiene manifest.json y model.onnx, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} lists more files than a bundle holds, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enumera más archivos de los que contiene un paquete de modelo, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds {member} twice, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene {member} dos veces, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} uses a compression method bundles do not use, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} usa un método de compresión que los paquetes de modelo no usan, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a {member} larger than any bundle should, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un archivo {member} más grande de lo que puede ser en un paquete de modelo, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model.onnx that is not a readable model, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un model.onnx que no es un modelo legible, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model that needs data files kept outside the bundle, which bundles may not use, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo que necesita archivos de datos fuera del paquete de modelo, algo que los paquetes de modelo no pueden usar, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model that defines operations of its own, which bundles may not use, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo que define operaciones propias, algo que los paquetes de modelo no pueden usar, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model that gives Grader no scores, so it was refused; get a fresh copy from whoever made it (its model has no output named “probabilities”)</source>
        <translation>{name} contiene un modelo que no le da puntuaciones a Grader, así que se rechazó; consigue una copia nueva de quien lo hizo (el modelo no tiene ninguna salida llamada «probabilities»)</translation>
    </message>
    <message>
        <source>{name} holds a model that gives an output of shape {shape}, not one row of scores per answer; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo cuya salida tiene la forma {shape}, no una fila de puntuaciones por respuesta; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model that does not give one row of scores per answer (rows: {given}, answers: {answers}); get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo que no da una fila de puntuaciones por respuesta (filas: {given}, respuestas: {answers}); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it is not valid JSON: it is not UTF-8 text)</source>
        <translation>{name} contiene un manifest.json que no se puede leer, así que se rechazó; consigue una copia nueva de quien lo hizo (no es JSON válido: no es texto UTF-8)</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it is not valid JSON)</source>
        <translation>{name} contiene un manifest.json que no se puede leer, así que se rechazó; consigue una copia nueva de quien lo hizo (no es JSON válido)</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it is nested too deeply to be a manifest)</source>
        <translation>{name} contiene un manifest.json que no se puede leer, así que se rechazó; consigue una copia nueva de quien lo hizo (está anidado a demasiada profundidad para ser un manifiesto)</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it holds NaN or Infinity, which a manifest may not use)</source>
        <translation>{name} contiene un manifest.json que no se puede leer, así que se rechazó; consigue una copia nueva de quien lo hizo (contiene NaN o Infinity, que un manifiesto no puede usar)</translation>
    </message>
    <message>
        <source>it was made by a newer version of Grader (bundle format {version}, newer than format {known}, which this one reads); update Grader</source>
        <translation>se hizo con una versión más nueva de Grader (formato de paquete {version}, más nuevo que el formato {known}, que es el que lee esta versión); actualiza Grader</translation>
    </message>
    <message>
        <source>its bundle format {version} is not one this Grader reads (it reads format {known}); get a fresh copy from whoever made it</source>
        <translation>su formato de paquete {version} no es uno que este Grader lea (lee el formato {known}); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>it prepares the answers&apos; text in a way this version of Grader does not know, the text normalisation {normalisation} (it knows {known}); update Grader, or get a fresh copy from whoever made it</source>
        <translation>prepara el texto de las respuestas de una forma que esta versión de Grader no conoce, la normalización de texto {normalisation} (conoce {known}); actualiza Grader o consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>it asks for a decision rule this version of Grader does not know, {rule} (it knows {known}); update Grader, or get a fresh copy from whoever made it</source>
        <translation>pide una regla de decisión que esta versión de Grader no conoce, {rule} (conoce {known}); actualiza Grader o consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review threshold must be a number between 0 and 1, not {value}; get a fresh copy from whoever made it</source>
        <translation>su umbral de revisión (review threshold) debe ser un número entre 0 y 1, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review field “qualified” must be true or false; get a fresh copy from whoever made it</source>
        <translation>su campo de revisión «qualified» debe ser true o false; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review coverage_at_threshold must be a number between 0 and 1, not {value}; get a fresh copy from whoever made it</source>
        <translation>su valor de revisión coverage_at_threshold debe ser un número entre 0 y 1, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review target_error must be a number between 0 and 1, not {value}; get a fresh copy from whoever made it</source>
        <translation>su valor de revisión target_error debe ser un número entre 0 y 1, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review table must be a list of rows; get a fresh copy from whoever made it</source>
        <translation>su tabla de riesgo de la revisión debe ser una lista de filas; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>each row of its review table must give threshold, coverage, error and error_upper as numbers between 0 and 1; get a fresh copy from whoever made it</source>
        <translation>cada fila de su tabla de riesgo debe dar threshold, coverage, error y error_upper como números entre 0 y 1; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} accepts answers, yet the bundle says no threshold qualified (every answer should come to you); its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>su umbral de revisión (review threshold) de {threshold} acepta respuestas, pero el paquete de modelo dice que ningún umbral pasó la prueba (toda respuesta debería llegarte a ti); su manifiesto se editó o se construyó mal; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} is below every row of its own risk table, which says nothing about the answers it accepts; its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>su umbral de revisión (review threshold) de {threshold} está por debajo de todas las filas de su propia tabla de riesgo, que no dice nada de las respuestas que acepta; su manifiesto se editó o se construyó mal; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} accepts answers, yet no row of its own risk table keeps the error within its target of {target}; its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>su umbral de revisión (review threshold) de {threshold} acepta respuestas, pero ninguna fila de su propia tabla de riesgo mantiene el error dentro de su objetivo de {target}; su manifiesto se editó o se construyó mal; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} is below {point}, the lowest its own risk table supports at its target error of {target}; its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>su umbral de revisión (review threshold) de {threshold} está por debajo de {point}, el más bajo que su propia tabla de riesgo respalda con su error objetivo de {target}; su manifiesto se editó o se construyó mal; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest has a key that is not text, which no bundle manifest has; get a fresh copy from whoever made it</source>
        <translation>su manifiesto tiene una clave que no es texto, algo que ningún manifiesto de paquete de modelo tiene; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest holds a value of type {type}, which is not JSON; get a fresh copy from whoever made it</source>
        <translation>su manifiesto contiene un valor de tipo {type}, que no es JSON; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest.json is not a bundle manifest (it is not a JSON object); get a fresh copy from whoever made it</source>
        <translation>su manifest.json no es el manifiesto de un paquete de modelo (no es un objeto JSON); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest.json is not a complete bundle manifest (it has no “{key}” field); get a fresh copy from whoever made it</source>
        <translation>su manifest.json no es un manifiesto completo de paquete de modelo (no tiene el campo «{key}»); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest.json is not a bundle manifest Grader can read (its field “{key}” should be a JSON {type}); get a fresh copy from whoever made it</source>
        <translation>su manifest.json no es un manifiesto de paquete de modelo que Grader pueda leer (su campo «{key}» debería ser de tipo JSON {type}); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its id {id} is not one Grader can keep as a file name; get a fresh copy from whoever made it (an id is up to 64 lower-case letters, digits, “.”, “_” or “-”)</source>
        <translation>su identificador {id} no es uno que Grader pueda usar como nombre de archivo; consigue una copia nueva de quien lo hizo (un identificador tiene hasta 64 letras minúsculas, dígitos, «.», «_» o «-»)</translation>
    </message>
    <message>
        <source>its id {id} is a name Windows keeps for a device, so Grader cannot keep it as a file name; get a fresh copy from whoever made it</source>
        <translation>su identificador {id} es un nombre que Windows reserva para un dispositivo, así que Grader no puede usarlo como nombre de archivo; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its title is empty; get a fresh copy from whoever made it</source>
        <translation>su título está vacío; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its title is not one line of at most {most} characters without control characters; get a fresh copy from whoever made it</source>
        <translation>su título no es una sola línea de como máximo {most} caracteres sin caracteres de control; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its labels must be a list of at least two numeric scores (at most {most}); get a fresh copy from whoever made it</source>
        <translation>sus puntuaciones (labels) deben ser una lista de al menos dos números (como máximo {most}); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its labels contain the same score twice; get a fresh copy from whoever made it</source>
        <translation>sus puntuaciones (labels) repiten la misma puntuación; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its calibration temperature must be a positive number from {low} to {high}, not {value}; get a fresh copy from whoever made it</source>
        <translation>su temperatura de calibración debe ser un número positivo de {low} a {high}, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its {field} field is not a SHA-256 hex digest; get a fresh copy from whoever made it</source>
        <translation>su campo {field} no es una suma de control SHA-256 en hexadecimal; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its parameters field must be a count of parameters, not {value}; get a fresh copy from whoever made it</source>
        <translation>su campo parameters debe ser un número de parámetros, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its question (item prompt) must be text; get a fresh copy from whoever made it</source>
        <translation>su pregunta (item prompt) debe ser texto; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its rubric must give each score a description in text; get a fresh copy from whoever made it</source>
        <translation>su rúbrica debe dar a cada puntuación una descripción en texto; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its reference answers must be a list of texts; get a fresh copy from whoever made it</source>
        <translation>sus respuestas de referencia deben ser una lista de textos; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its figure of the raters&apos; agreement (human_human_qwk) is {value}, where it must be a number from -1 to 1 or null; get a fresh copy from whoever made it</source>
        <translation>su cifra de acuerdo entre evaluadores (human_human_qwk) es {value}, pero debe ser un número de -1 a 1 o null; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its metrics for the {who} must be a table of figures, not {value}; get a fresh copy from whoever made it</source>
        <translation>sus métricas para {who} deben ser una tabla de cifras, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its metrics give {who} the {metric} {value}, where it must be a number from {low} to {high} or null; get a fresh copy from whoever made it</source>
        <translation>sus métricas dan a {who} el valor {value} en {metric}, pero debe ser un número de {low} a {high} o null; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its metrics give {who} an answer count n of {value}, where it must be a whole number or null; get a fresh copy from whoever made it</source>
        <translation>sus métricas dan a {who} un número de respuestas n de {value}, pero debe ser un número entero o null; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its decision rule has a cutpoint that is not a finite number; get a fresh copy from whoever made it</source>
        <translation>su regla de decisión tiene un punto de corte (cutpoint) que no es un número finito; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its decision rule has a cutpoint too large to use, {value}; get a fresh copy from whoever made it</source>
        <translation>su regla de decisión tiene un punto de corte (cutpoint) demasiado grande para usarlo, {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its decision must be a table that names its rule, not {value}; get a fresh copy from whoever made it</source>
        <translation>su decisión (decision) debe ser una tabla que nombre su regla, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its decision names no rule (it should be one of {known}); get a fresh copy from whoever made it</source>
        <translation>su decisión (decision) no nombra ninguna regla (debería ser una de {known}); consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its argmax decision rule takes no cutpoints, yet it gives some; get a fresh copy from whoever made it</source>
        <translation>su regla de decisión argmax no lleva puntos de corte (cutpoints), pero da algunos; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its expected-score decision rule needs its cutpoints as a list of {need} numbers, it has none; get a fresh copy from whoever made it</source>
        <translation>su regla de decisión expected-score necesita sus puntos de corte (cutpoints) como una lista de {need} números, y no tiene ninguno; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its expected-score decision rule needs its cutpoints as a list of {need} numbers, not {value}; get a fresh copy from whoever made it</source>
        <translation>su regla de decisión expected-score necesita sus puntos de corte (cutpoints) como una lista de {need} números, no {value}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest.json is nested more than {most} levels deep, which no bundle manifest is; get a fresh copy from whoever made it</source>
        <translation>su manifest.json está anidado a más de {most} niveles de profundidad, y ningún manifiesto de paquete de modelo lo está; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest.json holds text that is not valid Unicode; get a fresh copy from whoever made it</source>
        <translation>su manifest.json contiene texto que no es Unicode válido; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its manifest.json holds a number too large to be finite (NaN or Infinity), which a manifest may not use; get a fresh copy from whoever made it</source>
        <translation>su manifest.json contiene un número demasiado grande para ser finito (NaN o Infinity), que un manifiesto no puede usar; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its expected-score decision rule needs {need} cutpoints for {labels} scores, not {given}; get a fresh copy from whoever made it</source>
        <translation>su regla de decisión expected-score necesita {need} puntos de corte (cutpoints) para {labels} puntuaciones, no {given}; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>its expected-score decision rule&apos;s cutpoints must be strictly increasing; get a fresh copy from whoever made it</source>
        <translation>los puntos de corte (cutpoints) de su regla de decisión expected-score deben ser estrictamente crecientes; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} changed while it was being added; add it again</source>
        <translation>{name} cambió mientras se añadía; añádelo de nuevo</translation>
    </message>
    <message>
        <source>{name} could not be kept beside your own model of that id; add it again</source>
        <translation>{name} no se pudo guardar junto a tu propio modelo con ese identificador; añádelo de nuevo</translation>
    </message>
    <message>
        <source>{name} is not one of your own models; only those can be removed</source>
        <translation>{name} no es uno de tus propios modelos; solo esos se pueden quitar</translation>
    </message>
    <message>
        <source>the model in {name} does not match its recorded hash, so the file is damaged or was altered; get a fresh copy from whoever made it</source>
        <translation>El modelo de {name} no coincide con su suma de control guardada, así que el archivo está dañado o se modificó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>the manifest in {name} does not match its recorded hash, so its scores, thresholds or calibration were altered or damaged; get a fresh copy from whoever made it, or rebuild the bundle</source>
        <translation>El manifiesto de {name} no coincide con su suma de control guardada, así que sus puntuaciones, umbrales o calibración se modificaron o están dañados; consigue una copia nueva de quien lo hizo, o vuelve a crear el paquete de modelo</translation>
    </message>
    <message>
        <source>{name} could not be tried out, so it was not added: Grader could not start the program that tries a model on test answers; add it again, and if that fails too, install Grader again or update it ({detail})</source>
        <translation>{name} no se pudo probar, así que no se añadió: Grader no pudo iniciar el programa que prueba un modelo con respuestas de prueba; vuelve a añadirlo y, si vuelve a fallar, instala Grader de nuevo o actualízalo ({detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that crashed, or needed more than {mb} MB of memory, on Grader&apos;s test answers, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo que se bloqueó o necesitó más de {mb} MB de memoria con las respuestas de prueba de Grader, así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model this version of Grader cannot load, so it was refused; update Grader, or get a fresh copy from whoever made it (onnxruntime: {detail})</source>
        <translation>{name} contiene un modelo que esta versión de Grader no puede cargar, así que se rechazó; actualiza Grader o consigue una copia nueva de quien lo hizo (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that failed on one of Grader&apos;s test answers, so it was refused; get a fresh copy from whoever made it, or update Grader (onnxruntime: {detail})</source>
        <translation>{name} contiene un modelo que dio un error con una de las respuestas de prueba de Grader, así que se rechazó; consigue una copia nueva de quien lo hizo o actualiza Grader (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that gives something other than numbers where scores should be, so it was refused; get a fresh copy from whoever made it (its output is of type {dtype})</source>
        <translation>{name} contiene un modelo que da algo que no son números donde deberían ir las puntuaciones, así que se rechazó; consigue una copia nueva de quien lo hizo (su salida es de tipo {dtype})</translation>
    </message>
    <message>
        <source>{name} holds a model whose scores for test answer {answer} of {answers} are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo cuyas puntuaciones para la respuesta de prueba {answer} de {answers} no son probabilidades (NaN, infinitas, negativas, mayores que 1 o que no suman 1), así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model whose scores for an empty answer are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo cuyas puntuaciones para una respuesta vacía no son probabilidades (NaN, infinitas, negativas, mayores que 1 o que no suman 1), así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model whose scores for long answer {answer} of {answers} in a batch of test answers are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} contiene un modelo cuyas puntuaciones para la respuesta larga {answer} de {answers} de un lote de respuestas de prueba no son probabilidades (NaN, infinitas, negativas, mayores que 1 o que no suman 1), así que se rechazó; consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} holds a model this version of Grader cannot load, so its answers were not scored: they are left for you, and your decisions are kept; update Grader, or get a fresh copy from whoever made it (onnxruntime: {detail})</source>
        <translation>{name} contiene un modelo que esta versión de Grader no puede cargar, así que sus respuestas no se puntuaron: te quedan a ti, y tus decisiones se conservan; actualiza Grader o consigue una copia nueva de quien lo hizo (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that failed while scoring answers, so Grader stopped it: the answers it had not scored are left for you, and your decisions are kept; get a fresh copy from whoever made it, or update Grader (onnxruntime: {detail})</source>
        <translation>{name} contiene un modelo que dio un error al puntuar las respuestas, así que Grader lo detuvo: las respuestas que no había puntuado te quedan a ti, y tus decisiones se conservan; consigue una copia nueva de quien lo hizo o actualiza Grader (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name}, the marks the model learned from, is missing</source>
        <translation>falta {name}, las correcciones de las que aprendió el modelo</translation>
    </message>
    <message>
        <source>{name}, the marks the model learned from, cannot be read</source>
        <translation>no se puede leer {name}, las correcciones de las que aprendió el modelo</translation>
    </message>
    <message>
        <source>{name} is larger than a model&apos;s marks should be, so it was not read</source>
        <translation>{name} es más grande de lo que deberían ser las correcciones de un modelo, así que no se leyó</translation>
    </message>
    <message>
        <source>{name} is not the file of marks model {id} learned from (it was changed or replaced), so it was not used</source>
        <translation>{name} no es el archivo de correcciones de las que aprendió el modelo {id} (se cambió o se reemplazó), así que no se usó</translation>
    </message>
    <message>
        <source>{name} does not hold the marks of a model; make the model again from its marked sheet</source>
        <translation>{name} no contiene las correcciones de un modelo; vuelve a crear el modelo a partir de su hoja corregida</translation>
    </message>
    <message>
        <source>{name} is an unsealed copy of {id}, the model that came with Grader: Grader keeps using its own, which is sealed and scores answers without you (an unsealed model takes none on its own); get a sealed copy from whoever made it</source>
        <translation>{name} es una copia sin sello de {id}, el modelo que viene con Grader: Grader sigue usando el suyo, que está sellado y puntúa respuestas sin ti (un modelo sin sello no acepta ninguna por sí solo); consigue una copia sellada de quien lo hizo</translation>
    </message>
    <message>
        <source>{name} was refused: its model took more than {seconds} seconds to score a batch of test answers, where a model of short answers needs a fraction of a second; ask whoever made it for a fixed copy</source>
        <translation>{name} se rechazó: su modelo tardó más de {seconds} segundos en puntuar un lote de respuestas de prueba, cuando un modelo de respuestas cortas necesita una fracción de segundo; pide una copia corregida a quien lo hizo</translation>
    </message>
    <message>
        <source>{name} was refused: its model copies or makes text ({op}), and Grader cannot limit the memory that takes; ask whoever made it for a model that only reads the answers&apos; text</source>
        <translation>{name} se rechazó: su modelo copia o crea texto ({op}), y Grader no puede limitar la memoria que eso ocupa; pide a quien lo hizo un modelo que solo lea el texto de las respuestas</translation>
    </message>
    <message>
        <source>{name} was refused: its model holds a packed table that would be unpacked in memory before Grader could limit it; ask whoever made it to save the model without packed tables</source>
        <translation>{name} se rechazó: su modelo contiene una tabla comprimida que se descomprimiría en memoria antes de que Grader pudiera limitarla; pide a quien lo hizo que guarde el modelo sin tablas comprimidas</translation>
    </message>
    <message>
        <source>the score column “{column}” of {name} is empty; give the column that holds the scores</source>
        <translation>La columna de puntuaciones «{column}» de {name} está vacía; indica la columna que contiene las puntuaciones</translation>
    </message>
    <message>
        <source>every score in column “{column}” is {score}; a model needs answers with at least two different scores</source>
        <translation>Todas las puntuaciones de la columna «{column}» son {score}; un modelo necesita respuestas con al menos dos puntuaciones distintas</translation>
    </message>
    <message>
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number; write each score as a number (such as 2 or 1.5), or clear the cell to leave that answer out, and learn again</source>
        <translation>La columna de puntuaciones «{column}» contiene «{value}» en la fila {row}, que no es un número; escribe cada puntuación como un número (como 2 o 1,5), o vacía la celda para dejar fuera esa respuesta, y vuelve a aprender</translation>
    </message>
    <message numerus="yes">
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number (nor are %n more of its cells); write each score as a number (such as 2 or 1.5), or clear those cells to leave their answers out, and learn again</source>
        <translation>
            <numerusform>La columna de puntuaciones «{column}» contiene «{value}» en la fila {row}, que no es un número (ni lo es %n celda más); escribe cada puntuación como un número (como 2 o 1,5), o vacía esas celdas para dejar fuera sus respuestas, y vuelve a aprender</numerusform>
            <numerusform>La columna de puntuaciones «{column}» contiene «{value}» en la fila {row}, que no es un número (ni lo son %n celdas más); escribe cada puntuación como un número (como 2 o 1,5), o vacía esas celdas para dejar fuera sus respuestas, y vuelve a aprender</numerusform>
        </translation>
    </message>
    <message>
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number; give the column that holds numeric scores</source>
        <translation>La columna de puntuaciones «{column}» contiene «{value}» en la fila {row}, que no es un número; indica la columna que contiene puntuaciones numéricas</translation>
    </message>
    <message>
        <source>the score column “{column}” of {name} holds no number, only words written instead of scores, such as “{value}” in row {row}, so there is nothing to learn from; give the column that holds the scores, or write each score as a number (such as 2 or 1.5) and learn again</source>
        <translation>La columna de puntuaciones «{column}» de {name} no contiene ningún número, solo palabras en lugar de puntuaciones, como «{value}» en la fila {row}, así que no hay nada de lo que aprender; indica la columna que contiene las puntuaciones, o escribe cada puntuación como un número (como 2 o 1,5) y vuelve a aprender</translation>
    </message>
    <message>
        <source>the score column “{column}” of {name} reads empty because its formulas have no saved results (the program that wrote the file does not save them); open the file in Excel or LibreOffice, save it, and learn again</source>
        <translation>La columna de puntuaciones «{column}» de {name} parece vacía porque sus fórmulas no tienen resultados guardados (el programa que escribió el archivo no los guarda); abre el archivo en Excel o LibreOffice, guárdalo y vuelve a aprender</translation>
    </message>
    <message>
        <source>no column of {name} other than the scores holds text answers; make the models again and choose the column with the answers under “Which column holds the answers?”</source>
        <translation>Ninguna columna de {name} aparte de las puntuaciones contiene respuestas de texto; vuelve a crear los modelos y elige la columna con las respuestas en «¿Qué columna contiene las respuestas?»</translation>
    </message>
    <message>
        <source>{name} has several answer columns ({columns}); make the models again and choose the one the scores are for under “Which column holds the answers?”</source>
        <translation>{name} tiene varias columnas de respuestas ({columns}); vuelve a crear los modelos y elige en «¿Qué columna contiene las respuestas?» aquella a la que corresponden las puntuaciones</translation>
    </message>
    <message>
        <source>cannot write {file} into {folder}: {why}</source>
        <translation>No se puede escribir {file} en {folder}: {why}</translation>
    </message>
    <message>
        <source>question “{question}” of {name} cannot teach a model: {why}</source>
        <translation>La pregunta «{question}» de {name} no puede enseñar un modelo: {why}</translation>
    </message>
    <message>
        <source>no question of {name} can teach a model (question “{question}”: {why})</source>
        <translation>Ninguna pregunta de {name} puede enseñar un modelo (pregunta «{question}»: {why})</translation>
    </message>
    <message numerus="yes">
        <source>it has {marks} of the {need} marked answers a model needs before it can take any answer on its own; mark at least %n more answers of this question (another class&apos;s answers in the same sheet count too) and learn again</source>
        <translation>
            <numerusform>tiene {marks} de las {need} respuestas puntuadas que un modelo necesita antes de poder aceptar una respuesta por sí solo; puntúa al menos %n respuesta más de esta pregunta (las respuestas de otra clase en la misma hoja también cuentan) y vuelve a aprender</numerusform>
            <numerusform>tiene {marks} de las {need} respuestas puntuadas que un modelo necesita antes de poder aceptar una respuesta por sí solo; puntúa al menos %n respuestas más de esta pregunta (las respuestas de otra clase en la misma hoja también cuentan) y vuelve a aprender</numerusform>
        </translation>
    </message>
    <message>
        <source>all its {marks} scored answers have the score {score}, so there is nothing to learn the difference from</source>
        <translation>sus {marks} respuestas puntuadas tienen todas la puntuación {score}, así que no hay ninguna diferencia de la que aprender</translation>
    </message>
    <message>
        <source>its score {score} in row {row} is far from its other scores ({low} to {high}); correct it, or clear the cell to leave that answer out, and learn again</source>
        <translation>su puntuación {score} en la fila {row} está lejos de sus otras puntuaciones (de {low} a {high}); corrígela, o vacía la celda para dejar fuera esa respuesta, y vuelve a aprender</translation>
    </message>
    <message>
        <source>its score {score} in row {row} is far from its other scores (all {other}); correct it, or clear the cell to leave that answer out, and learn again</source>
        <translation>su puntuación {score} en la fila {row} está lejos de sus otras puntuaciones (todas {other}); corrígela, o vacía la celda para dejar fuera esa respuesta, y vuelve a aprender</translation>
    </message>
    <message>
        <source>the model learned from its marks failed Grader&apos;s check ({detail}), so it was not added; your sheet and its marks are unchanged: check this question&apos;s marks there, or change one so that it learns anew, then learn again</source>
        <translation>el modelo aprendido de sus puntuaciones no pasó la comprobación de Grader ({detail}), por lo que no se añadió; tu hoja y sus puntuaciones no cambian: revisa allí las puntuaciones de esta pregunta, o cambia una para que aprenda de nuevo, y luego vuelve a aprender</translation>
    </message>
    <message>
        <source>Grader could not finish checking the model learned from its marks ({detail}), so it was not added; your sheet and its marks are unchanged and nothing is lost: learn again when the computer is less busy, and if it fails each time, install Grader again or update it</source>
        <translation>Grader no pudo terminar de comprobar el modelo aprendido de sus puntuaciones ({detail}), por lo que no se añadió; tu hoja y sus puntuaciones no cambian y no se pierde nada: vuelve a aprender cuando el ordenador esté menos ocupado y, si falla cada vez, instala Grader de nuevo o actualízalo</translation>
    </message>
    <message numerus="yes">
        <source>the model of question {question} has learned from {marks} of the {need} marked answers a model needs before it can take any answer on its own, so it is not saved; mark at least %n more answers of this question, then save it again</source>
        <translation>
            <numerusform>El modelo de la pregunta {question} ha aprendido de {marks} de las {need} respuestas puntuadas que un modelo necesita antes de poder aceptar una respuesta por sí solo, así que no se guarda; puntúa al menos %n respuesta más de esta pregunta y vuelve a guardarlo</numerusform>
            <numerusform>El modelo de la pregunta {question} ha aprendido de {marks} de las {need} respuestas puntuadas que un modelo necesita antes de poder aceptar una respuesta por sí solo, así que no se guarda; puntúa al menos %n respuestas más de esta pregunta y vuelve a guardarlo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>question {question} has %n answers here, fewer than the {need} marked answers a model needs before it can take any answer on its own, so its model is not saved; to keep one, make models from a marked sheet that holds at least {need} marked answers of this question (the graded sheets of two classes in one, say)</source>
        <translation>
            <numerusform>La pregunta {question} tiene aquí %n respuesta, menos que las {need} respuestas puntuadas que un modelo necesita antes de poder aceptar una respuesta por sí solo, así que su modelo no se guarda; para conservar uno, crea modelos a partir de una hoja puntuada con al menos {need} respuestas puntuadas de esta pregunta (las hojas calificadas de dos clases en una, por ejemplo)</numerusform>
            <numerusform>La pregunta {question} tiene aquí %n respuestas, menos que las {need} respuestas puntuadas que un modelo necesita antes de poder aceptar una respuesta por sí solo, así que su modelo no se guarda; para conservar uno, crea modelos a partir de una hoja puntuada con al menos {need} respuestas puntuadas de esta pregunta (las hojas calificadas de dos clases en una, por ejemplo)</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet names no question, so a model saved from it would score every later sheet that names none, whatever its question; give the question a name (its wording, say) when you save the model</source>
        <translation>Esta hoja no nombra ninguna pregunta, así que un modelo guardado a partir de ella puntuaría toda hoja posterior que no nombre ninguna, sea cual sea su pregunta; ponle un nombre a la pregunta (su enunciado, por ejemplo) al guardar el modelo</translation>
    </message>
    <message>
        <source>{what} could not be saved to {name} yet (it is kept and tried again with your next change); check the disk has room and the file is not read-only</source>
        <translation>Aún no se pudo guardar en {name}: {what} (se conserva y se vuelve a intentar con tu próximo cambio); comprueba que el disco tiene espacio y que el archivo no es de solo lectura</translation>
    </message>
    <message>
        <source>this file is a gradebook for {system} (grades, not the students&apos; answers); open the sheet of the students&apos; answers instead</source>
        <translation>Este archivo es un libro de calificaciones de {system} (notas, no las respuestas de los estudiantes); abre en su lugar la hoja con las respuestas de los estudiantes</translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions are kept but could not be saved to {name}; check the disk has room and the file is not read-only</source>
        <translation>
            <numerusform>tu decisión se conserva, pero no se pudo guardar en {name} (%n decisión sin guardar); comprueba que el disco tiene espacio y que el archivo no es de solo lectura</numerusform>
            <numerusform>%n de tus decisiones se conservan, pero no se pudieron guardar en {name}; comprueba que el disco tiene espacio y que el archivo no es de solo lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>Antes de cerrar {name} no se pudo guardar: {what} ({why}); comprueba que el disco tiene espacio y que el archivo no es de solo lectura, luego abre la hoja de nuevo y repítelo</translation>
    </message>
    <message>
        <source>{what} could not be saved to {name} ({why}); the other changes are saved</source>
        <translation>No se pudo guardar en {name}: {what} ({why}); los demás cambios están guardados</translation>
    </message>
    <message>
        <source>the project file {name} could not be written ({why}); check the disk has room and the file is not read-only</source>
        <translation>no se pudo escribir el archivo de proyecto {name} ({why}); comprueba que el disco tiene espacio y que el archivo no es de solo lectura</translation>
    </message>
    <message>
        <source>{name} was deleted while open and could not be written again ({why}); your decisions are kept while Grader stays open: check the disk has room and the file is not read-only</source>
        <translation>{name} se borró mientras estaba abierto y no se pudo volver a escribir ({why}); tus decisiones se conservan mientras Grader siga abierto: comprueba que el disco tiene espacio y que el archivo no es de solo lectura</translation>
    </message>
    <message>
        <source>{name} was replaced by another file while open and could not be written again ({why}); your decisions are kept while Grader stays open: check the disk has room and the file is not read-only</source>
        <translation>{name} se reemplazó por otro archivo mientras estaba abierto y no se pudo volver a escribir ({why}); tus decisiones se conservan mientras Grader siga abierto: comprueba que el disco tiene espacio y que el archivo no es de solo lectura</translation>
    </message>
    <message>
        <source>{name} was deleted while open; Grader wrote it again with every decision, nothing is lost</source>
        <translation>{name} se borró mientras estaba abierto; Grader lo volvió a escribir con todas las decisiones, no se perdió nada</translation>
    </message>
    <message>
        <source>{name} was replaced by another file while open; Grader left that file alone and saves your work in {recovered} beside it</source>
        <translation>{name} se reemplazó por otro archivo mientras estaba abierto; Grader dejó ese archivo como estaba y guarda tu trabajo en {recovered}, a su lado</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>un cambio</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>tu decisión</translation>
    </message>
    <message>
        <source>your comment</source>
        <translation>tu comentario</translation>
    </message>
    <message>
        <source>the thresholds</source>
        <translation>los umbrales</translation>
    </message>
    <message>
        <source>the comment bank</source>
        <translation>el banco de comentarios</translation>
    </message>
    <message>
        <source>the blind-marking switch</source>
        <translation>el interruptor de corrección anónima</translation>
    </message>
    <message>
        <source>{what} and {more}</source>
        <translation>{what} y {more}</translation>
    </message>
    <message>
        <source>no bundle at {name}; check the file name</source>
        <translation>No hay ningún modelo en {name}; comprueba el nombre del archivo</translation>
    </message>
    <message>
        <source>{name} is a folder, not a bundle file</source>
        <translation>{name} es una carpeta, no un archivo de modelo</translation>
    </message>
    <message>
        <source>{name} cannot be read; check that the file is there and readable</source>
        <translation>No se puede leer {name}; comprueba que el archivo está ahí y se puede leer</translation>
    </message>
    <message>
        <source>{name} is not a readable bundle (not a zip file); get a fresh copy</source>
        <translation>{name} no es un modelo legible (no es un archivo zip); consigue una copia nueva</translation>
    </message>
    <message>
        <source>{name} holds a model that does not read answers the way Grader gives them, so it was refused; get a fresh copy from whoever made it (its model should take one input named “text”, it takes {inputs})</source>
        <translation>{name} contiene un modelo que no lee las respuestas como Grader se las da, así que se rechazó; consigue una copia nueva de quien lo hizo (el modelo debería tener una sola entrada llamada «text», tiene {inputs})</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds a model whose scores do not match the scores its manifest lists, so it was refused; get a fresh copy from whoever made it (its model gives %n scores per answer but its manifest lists {labels} labels)</source>
        <translation>
            <numerusform>{name} contiene un modelo cuyas puntuaciones no coinciden con las que indica su manifiesto, así que se rechazó; consigue una copia nueva de quien lo hizo (el modelo da %n puntuación por respuesta, pero su manifiesto indica {labels})</numerusform>
            <numerusform>{name} contiene un modelo cuyas puntuaciones no coinciden con las que indica su manifiesto, así que se rechazó; consigue una copia nueva de quien lo hizo (el modelo da %n puntuaciones por respuesta, pero su manifiesto indica {labels})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds a model that gives %n scores per answer but its manifest lists {labels} labels; get a fresh copy from whoever made it</source>
        <translation>
            <numerusform>{name} contiene un modelo que da %n puntuación por respuesta, pero su manifiesto indica {labels}; consigue una copia nueva de quien lo hizo</numerusform>
            <numerusform>{name} contiene un modelo que da %n puntuaciones por respuesta, pero su manifiesto indica {labels}; consigue una copia nueva de quien lo hizo</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged (a file inside cannot be read); get a fresh copy</source>
        <translation>{name} está dañado (no se puede leer un archivo de dentro); consigue una copia nueva</translation>
    </message>
</context>
<context>
    <name>ProblemAdvice</name>
    <message>
        <source>get a fresh copy from whoever made it</source>
        <translation>consigue una copia nueva de quien lo hizo</translation>
    </message>
    <message>
        <source>get a fresh copy</source>
        <translation>consigue una copia nueva</translation>
    </message>
    <message>
        <source>ask whoever made it for a fixed copy</source>
        <translation>pide una copia corregida a quien lo hizo</translation>
    </message>
    <message>
        <source>ask whoever made it for a model that only reads the answers&apos; text</source>
        <translation>pide a quien lo hizo un modelo que solo lea el texto de las respuestas</translation>
    </message>
    <message>
        <source>ask whoever made it to save the model without packed tables</source>
        <translation>pide a quien lo hizo que guarde el modelo sin tablas comprimidas</translation>
    </message>
    <message>
        <source>add it again</source>
        <translation>añádelo de nuevo</translation>
    </message>
    <message>
        <source>add it again, and if that fails too, install Grader again or update it</source>
        <translation>vuelve a añadirlo y, si vuelve a fallar, instala Grader de nuevo o actualízalo</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {item} — {title}</source>
        <translation>Pregunta {item} — {title}</translation>
    </message>
    <message>
        <source>Question {item}</source>
        <translation>Pregunta {item}</translation>
    </message>
    <message>
        <source>No model scores this question; you scored {reviewed}</source>
        <translation>Ningún modelo puntúa esta pregunta; puntuaste {reviewed}</translation>
    </message>
    <message numerus="yes">
        <source>You scored {reviewed}, and a model learned from your scores; %n were accepted automatically</source>
        <translation>
            <numerusform>Puntuaste {reviewed} y un modelo aprendió de tus puntuaciones; %n se aceptó automáticamente</numerusform>
            <numerusform>Puntuaste {reviewed} y un modelo aprendió de tus puntuaciones; %n se aceptaron automáticamente</numerusform>
        </translation>
    </message>
    <message>
        <source>You reviewed none of them</source>
        <translation>No revisaste ninguna</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n; you changed the model&apos;s score on none of them</source>
        <translation>
            <numerusform>Revisaste %n; no cambiaste la puntuación del modelo</numerusform>
            <numerusform>Revisaste %n; no cambiaste la puntuación del modelo en ninguna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reviewed {reviewed}; you changed the model&apos;s score on %n of them</source>
        <translation>
            <numerusform>Revisaste {reviewed}; cambiaste la puntuación del modelo en %n de ellas</numerusform>
            <numerusform>Revisaste {reviewed}; cambiaste la puntuación del modelo en %n de ellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were accepted automatically</source>
        <translation>
            <numerusform>; %n se aceptó automáticamente</numerusform>
            <numerusform>; %n se aceptaron automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still have no score</source>
        <translation>
            <numerusform>; %n aún no tiene puntuación</numerusform>
            <numerusform>; %n aún no tienen puntuación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers.</source>
        <translation>
            <numerusform>%n respuesta.</numerusform>
            <numerusform>%n respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n answers you decided, the model agreed with you on {share}.</source>
        <translation>
            <numerusform>En la única respuesta que decidiste, el modelo coincidió contigo en el {share}.</numerusform>
            <numerusform>En las %n respuestas que decidiste, el modelo coincidió contigo en el {share}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the {decided} answers you decided, %n had a score from the model before yours; on those the model agreed with you on {share}.</source>
        <translation>
            <numerusform>De las {decided} respuestas que decidiste, una tenía una puntuación del modelo antes que la tuya; en ella el modelo coincidió contigo en el {share}.</numerusform>
            <numerusform>De las {decided} respuestas que decidiste, %n tenían una puntuación del modelo antes que la tuya; en ellas el modelo coincidió contigo en el {share}.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Grade report: {source}</source>
        <translation>Informe de notas: {source}</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Scores per student</source>
        <translation>Puntuaciones por estudiante</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Made by Grader on this computer; no answer left it. “{open}” means the answer still needs a score from you; “{no_answer}” that the sheet has no answer of the student to that question; “—” under “{total}” that the total waits for a score still open.</source>
        <translation>Hecho por Grader en este ordenador; ninguna respuesta salió de él. «{open}» significa que la respuesta aún necesita una puntuación tuya; «{no_answer}», que la hoja no tiene respuesta del estudiante a esa pregunta; «—» bajo «{total}», que el total espera una puntuación aún pendiente.</translation>
    </message>
    <message>
        <source>Rounded to whole percentages, so that equal counts show the same share, these add up to {total}.</source>
        <translation>Redondeadas a porcentajes enteros, para que cantidades iguales muestren la misma proporción, estas proporciones suman {total}.</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>página {number} de {count}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Student (names hidden)</source>
        <translation>Estudiante (nombres ocultos)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message numerus="yes">
        <source>[%n characters in all]</source>
        <translation>
            <numerusform>[%n carácter en total]</numerusform>
            <numerusform>[%n caracteres en total]</numerusform>
        </translation>
    </message>
    <message>
        <source>(blank answer)</source>
        <translation>(respuesta en blanco)</translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation>Con aviso: {flags}</translation>
    </message>
    <message>
        <source>The model&apos;s likeliest score reaches the threshold, but the rest of its probability lies on scores far from it; please check it</source>
        <translation>La puntuación más probable del modelo alcanza el umbral, pero el resto de su probabilidad está en puntuaciones lejos de ella; revísala, por favor</translation>
    </message>
    <message>
        <source>The model is not sure enough; please check it</source>
        <translation>El modelo no está lo bastante seguro; revísala, por favor</translation>
    </message>
    <message>
        <source>No model scores this question; you give the score</source>
        <translation>Ningún modelo puntúa esta pregunta; la puntuación la pones tú</translation>
    </message>
    <message>
        <source>Its question&apos;s model is scoring the sheet; this answer&apos;s score follows</source>
        <translation>El modelo de su pregunta está puntuando la hoja; la puntuación de esta respuesta llegará enseguida</translation>
    </message>
    <message>
        <source>This question&apos;s model learns from your marks, your mark on this answer among them: its score for this answer is fitted to that mark, so agreeing with it checks nothing and it is not shown</source>
        <translation>El modelo de esta pregunta aprende de tus correcciones, también de tu corrección de esta respuesta: su puntuación para esta respuesta está ajustada a esa corrección, así que coincidir con ella no comprueba nada y no se muestra</translation>
    </message>
    <message>
        <source>Model&apos;s probability per score: {scores}</source>
        <translation>Probabilidad del modelo para cada puntuación: {scores}</translation>
    </message>
    <message>
        <source>Waits for a score: it goes with the score you give this answer, and no export holds it until then.</source>
        <translation>Espera una puntuación: irá con la puntuación que des a esta respuesta, y hasta entonces ninguna exportación lo incluye.</translation>
    </message>
    <message>
        <source>Q.</source>
        <comment>column title: short for “Question”, where the column is narrow</comment>
        <translation>Preg.</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column title: short for “Model” (the model&apos;s score), where narrow</comment>
        <translation>Mod.</translation>
    </message>
    <message>
        <source>Conf.</source>
        <comment>column title: short for “Confidence”, where the column is narrow</comment>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Flags</source>
        <comment>column title: short for “Flags”, where the column is narrow</comment>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column title: short for “Status”, where the column is narrow</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Final</source>
        <comment>column title: short for “Final” (score), where the column is narrow</comment>
        <translation>Final</translation>
    </message>
    <message>
        <source>Comm.</source>
        <comment>column title: short for “Comment”, where the column is narrow</comment>
        <translation>Com.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;All answers</source>
        <translation>&amp;Todas las respuestas</translation>
    </message>
    <message>
        <source>&amp;Needs review</source>
        <translation>Po&amp;r revisar</translation>
    </message>
    <message>
        <source>F&amp;lagged</source>
        <translation>Con avi&amp;so</translation>
    </message>
    <message>
        <source>&amp;Changed by you</source>
        <translation>&amp;Cambiadas por ti</translation>
    </message>
    <message>
        <source>&amp;Decided by you</source>
        <translation>&amp;Decididas por ti</translation>
    </message>
    <message>
        <source>&amp;Identical, other scores</source>
        <translation>&amp;Idénticas, otra puntuación</translation>
    </message>
    <message numerus="yes">
        <source>%n scored by you</source>
        <translation>
            <numerusform>%n puntuada por ti</numerusform>
            <numerusform>%n puntuadas por ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need review</source>
        <translation>
            <numerusform>%n por revisar</numerusform>
            <numerusform>%n por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n te necesita</numerusform>
            <numerusform>%n te necesitan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-accepted</source>
        <translation>
            <numerusform>%n aceptada automáticamente</numerusform>
            <numerusform>%n aceptadas automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by you</source>
        <translation>
            <numerusform>%n confirmada por ti</numerusform>
            <numerusform>%n confirmadas por ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by you</source>
        <translation>
            <numerusform>%n cambiada por ti</numerusform>
            <numerusform>%n cambiadas por ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the model that learns from your marks</source>
        <translation>
            <numerusform>%n espera al modelo que aprende de tus correcciones</numerusform>
            <numerusform>%n esperan al modelo que aprende de tus correcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a model</source>
        <translation>
            <numerusform>%n sin modelo</numerusform>
            <numerusform>%n sin modelo</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to grade yet.</source>
        <translation>Todavía no hay respuestas que corregir.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message numerus="yes">
        <source>{scored} of %n answers scored</source>
        <translation>
            <numerusform>{scored} de %n respuesta puntuada</numerusform>
            <numerusform>{scored} de %n respuestas puntuadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning from your marks… the summary follows when the model has scored the answers.</source>
        <translation>Aprendiendo de tus correcciones… el resumen aparece cuando el modelo haya puntuado las respuestas.</translation>
    </message>
    <message>
        <source>Go through the answers that need you, one at a time (Enter)</source>
        <translation>Revisar una a una las respuestas que te necesitan (Intro)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <comment>filter: short for “All answers”; the same Alt+letter</comment>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Changed</source>
        <comment>filter: short for “Changed by you”; the same Alt+letter</comment>
        <translation>&amp;Cambiadas</translation>
    </message>
    <message>
        <source>&amp;Decided</source>
        <comment>filter: short for “Decided by you”; the same Alt+letter</comment>
        <translation>&amp;Decididas</translation>
    </message>
    <message>
        <source>D&amp;iffer</source>
        <comment>filter: short for “Identical, other scores”; the same Alt+letter</comment>
        <translation>D&amp;istintas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Which answers the table lists; the arrow keys choose another filter</source>
        <translation>Qué respuestas muestra la tabla; con las flechas eliges otro filtro</translation>
    </message>
    <message>
        <source>Search students, answers, comments (Ctrl+F)</source>
        <translation>Buscar estudiantes, respuestas, comentarios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Results table</source>
        <translation>Tabla de resultados</translation>
    </message>
    <message>
        <source>Scoring… the summary follows when every answer has its score.</source>
        <translation>Puntuando… el resumen aparece cuando todas las respuestas tengan puntuación.</translation>
    </message>
    <message numerus="yes">
        <source>Review %n answers</source>
        <translation>
            <numerusform>Revisar %n respuesta</numerusform>
            <numerusform>Revisar %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the grades…</source>
        <translation>Exportar las notas…</translation>
    </message>
    <message>
        <source>Every answer has a score: write the graded sheet or a report (Ctrl+E)</source>
        <translation>Todas las respuestas tienen puntuación: guarda la hoja corregida o un informe (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n answers</source>
        <translation>
            <numerusform>Se muestran {shown} de %n respuesta</numerusform>
            <numerusform>Se muestran {shown} de %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer needs you: every answer has its score. Export the grades with File ▸ Export… (Ctrl+E).</source>
        <translation>Ninguna respuesta te necesita: todas tienen su puntuación. Exporta las notas con Archivo ▸ Exportar… (Ctrl+E).</translation>
    </message>
    <message>
        <source>Show the threshold panel</source>
        <translation>Mostrar el panel del umbral</translation>
    </message>
    <message>
        <source>The panel that sets how sure the model must be to take an answer on its own, beside the table</source>
        <translation>El panel junto a la tabla donde eliges qué seguridad necesita el modelo para asumir una respuesta por sí solo</translation>
    </message>
    <message>
        <source>Hide the threshold panel</source>
        <translation>Ocultar el panel del umbral</translation>
    </message>
    <message>
        <source>More room for the table: the students&apos; names and the columns&apos; titles whole in a narrow window</source>
        <translation>Más espacio para la tabla: los nombres de los estudiantes y los títulos de las columnas enteros en una ventana estrecha</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>score {score} for {student}</source>
        <translation>puntuación {score} para {student}</translation>
    </message>
    <message numerus="yes">
        <source>score {score} for %n answers in a group</source>
        <translation>
            <numerusform>puntuación {score} para %n respuesta de un grupo</numerusform>
            <numerusform>puntuación {score} para %n respuestas de un grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score {score} given to %n answers in the group; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Puntuación {score} dada a %n respuesta del grupo; se deshace con Ctrl+Z o {menu}.</numerusform>
            <numerusform>Puntuación {score} dada a %n respuestas del grupo; se deshace con Ctrl+Z o {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave the answers in this group different scores ({scores}). Press {score} again to give all %n of them {score}; to change one answer alone, choose it with ↓ and pull it out with P.</source>
        <translation>
            <numerusform>Diste puntuaciones distintas a las respuestas de este grupo ({scores}). Pulsa {score} otra vez para puntuar %n respuesta con {score}; para cambiar una sola respuesta, elígela con ↓ y sácala con P.</numerusform>
            <numerusform>Diste puntuaciones distintas a las respuestas de este grupo ({scores}). Pulsa {score} otra vez para puntuar las %n con {score}; para cambiar una sola respuesta, elígela con ↓ y sácala con P.</numerusform>
        </translation>
    </message>
    <message>
        <source>This question&apos;s model learned from your mark on this answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to change yours.</source>
        <translation>El modelo de esta pregunta aprendió de tu corrección de esta respuesta: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para cambiar la tuya.</translation>
    </message>
    <message>
        <source>This answer has no model score to accept; type the score instead.</source>
        <translation>Esta respuesta no tiene puntuación del modelo que aceptar; escribe tú la puntuación.</translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to all %n answers of the group.</source>
        <translation>
            <numerusform>El modelo de esta pregunta aprendió de tu corrección de la respuesta típica de este grupo: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para dársela a la %n respuesta del grupo.</numerusform>
            <numerusform>El modelo de esta pregunta aprendió de tu corrección de la respuesta típica de este grupo: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para dársela a las %n respuestas del grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open that agree with the typical answer; the others, marked in the list, stay open for you to read.</source>
        <translation>
            <numerusform>El modelo de esta pregunta aprendió de tu corrección de la respuesta típica de este grupo: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para dársela a la única respuesta del grupo aún abierta que coincide con la respuesta típica; las demás, marcadas en la lista, quedan abiertas para que las leas.</numerusform>
            <numerusform>El modelo de esta pregunta aprendió de tu corrección de la respuesta típica de este grupo: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para dársela a las %n respuestas del grupo aún abiertas que coinciden con la respuesta típica; las demás, marcadas en la lista, quedan abiertas para que las leas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open.</source>
        <translation>
            <numerusform>El modelo de esta pregunta aprendió de tu corrección de la respuesta típica de este grupo: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para dársela a la única respuesta del grupo aún abierta.</numerusform>
            <numerusform>El modelo de esta pregunta aprendió de tu corrección de la respuesta típica de este grupo: su puntuación para ella está ajustada a esa corrección, así que no hay una puntuación propia que aceptar; escribe una puntuación para dársela a las %n respuestas del grupo aún abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>You gave this answer {mine}; the model says {score}. Press Enter again to give it the model&apos;s {score}, or → to keep yours and go on.</source>
        <translation>Le diste a esta respuesta {mine}; el modelo dice {score}. Pulsa Intro otra vez para darle el {score} del modelo, o → para conservar la tuya y seguir.</translation>
    </message>
    <message>
        <source>This answer was pulled out of its group to be scored on its own: Ctrl+G gives its score to no other answer, and no score for the group reaches it.</source>
        <translation>Esta respuesta se sacó de su grupo para puntuarla por separado: Ctrl+G no pasa su puntuación a ninguna otra respuesta y ninguna puntuación del grupo le llega.</translation>
    </message>
    <message>
        <source>No other answer to this question is identical to this one.</source>
        <translation>Ninguna otra respuesta a esta pregunta es idéntica a esta.</translation>
    </message>
    <message>
        <source>Type a score for this answer first, then apply it to the identical answers.</source>
        <translation>Primero escribe una puntuación para esta respuesta y luego aplícala a las idénticas.</translation>
    </message>
    <message numerus="yes">
        <source>Score {score} given to %n identical answers; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Puntuación {score} dada a %n respuesta idéntica; se deshace con Ctrl+Z o {menu}.</numerusform>
            <numerusform>Puntuación {score} dada a %n respuestas idénticas; se deshace con Ctrl+Z o {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n identical answers have score {score} already; nothing was changed.</source>
        <translation>
            <numerusform>La %n respuesta idéntica ya tiene la puntuación {score}; no se ha cambiado nada.</numerusform>
            <numerusform>Las %n respuestas idénticas ya tienen la puntuación {score}; no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer is not in a group; there is nothing to pull it out of.</source>
        <translation>Esta respuesta no está en un grupo; no hay de dónde sacarla.</translation>
    </message>
    <message>
        <source>pull {student} out of the group</source>
        <translation>sacar a {student} del grupo</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own; the group&apos;s score is taken off it: type its own score (← goes back to the other answer).</source>
        <translation>La respuesta de {student} ha salido del grupo y se muestra sola; se le ha quitado la puntuación del grupo: escribe su propia puntuación (← vuelve a la otra respuesta).</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own; the group&apos;s score is taken off it: type its own score (← goes back to the group).</source>
        <translation>La respuesta de {student} ha salido del grupo y se muestra sola; se le ha quitado la puntuación del grupo: escribe su propia puntuación (← vuelve al grupo).</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own: type its own score (← goes back to the other answer).</source>
        <translation>La respuesta de {student} ha salido del grupo y se muestra sola: escribe su propia puntuación (← vuelve a la otra respuesta).</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own: type its own score (← goes back to the group).</source>
        <translation>La respuesta de {student} ha salido del grupo y se muestra sola: escribe su propia puntuación (← vuelve al grupo).</translation>
    </message>
    <message>
        <source>Suggested next: {reason}.</source>
        <translation>Siguiente sugerida: {reason}.</translation>
    </message>
    <message>
        <source>Nothing else is left to decide in question {done}: on to question {question}.</source>
        <translation>No queda nada más por decidir en la pregunta {done}: pasamos a la pregunta {question}.</translation>
    </message>
    <message>
        <source>No suggestion here (Grader suggests what to mark next only for a question without a shipped model, while it has answers left): this is the next answer left to decide in this question.</source>
        <translation>Aquí no hay sugerencia (Grader sugiere qué corregir a continuación solo en las preguntas sin modelo incluido, mientras les queden respuestas): esta es la siguiente respuesta por decidir de esta pregunta.</translation>
    </message>
    <message>
        <source>This is the last answer left to decide here.</source>
        <translation>Esta es la última respuesta por decidir aquí.</translation>
    </message>
    <message>
        <source>Nothing left to suggest: every answer here is decided.</source>
        <translation>No queda nada que sugerir: todas las respuestas de aquí están decididas.</translation>
    </message>
    <message>
        <source>This answer is accepted with the model&apos;s score {score} without your review; the comment is saved with that score.</source>
        <translation>Esta respuesta se acepta sin tu revisión con la puntuación {score} del modelo; el comentario se guarda con esa puntuación.</translation>
    </message>
    <message>
        <source>Saving the comment gives no score: the answer stays undecided and the comment goes with the score you give it next (Enter accepts the model&apos;s {score}); until then no export holds it.</source>
        <translation>Guardar el comentario no da ninguna puntuación: la respuesta sigue sin decidir y el comentario irá con la puntuación que le des a continuación (Intro acepta el {score} del modelo); hasta entonces ninguna exportación lo incluye.</translation>
    </message>
    <message>
        <source>The comment is saved with the score you type next.</source>
        <translation>El comentario se guarda con la puntuación que escribas a continuación.</translation>
    </message>
    <message>
        <source>comment on {student}</source>
        <translation>comentario a {student}</translation>
    </message>
    <message>
        <source>⚠ The comment is saved, but the comment bank could not count its use: {problem}</source>
        <translation>⚠ El comentario está guardado, pero el banco de comentarios no pudo contar su uso: {problem}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Deshecho: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rehecho: {what}.</translation>
    </message>
</context>
<context>
    <name>ReviewEnd</name>
    <message>
        <source>the review is done</source>
        <translation>la revisión ha terminado</translation>
    </message>
    <message>
        <source>Export the grades… (Ctrl+E)</source>
        <translation>Exportar las notas… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Write the graded sheet, a gradebook for your school&apos;s system or a printable report (File ▸ Export…)</source>
        <translation>Guardar la hoja corregida, un libro de calificaciones para el sistema de tu centro o un informe para imprimir (Archivo ▸ Exportar…)</translation>
    </message>
    <message numerus="yes">
        <source>✓ Every answer here is decided, but %n more answers in the sheet need you: press Esc to go back to the table and review them (Ctrl+2).</source>
        <translation>
            <numerusform>✓ Todas las respuestas de aquí están decididas, pero %n respuesta más de la hoja te necesita: pulsa Esc para volver a la tabla y revisarla (Ctrl+2).</numerusform>
            <numerusform>✓ Todas las respuestas de aquí están decididas, pero %n respuestas más de la hoja te necesitan: pulsa Esc para volver a la tabla y revisarlas (Ctrl+2).</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Review done: every answer that needed you is decided. Next step: export the grades (File ▸ Export…, Ctrl+E). You can still go through the answers and change a score; Esc goes back to the table.</source>
        <translation>✓ Revisión terminada: todas las respuestas que te necesitaban están decididas. Siguiente paso: exportar las notas (Archivo ▸ Exportar…, Ctrl+E). Aún puedes recorrer las respuestas y cambiar una puntuación; Esc vuelve a la tabla.</translation>
    </message>
    <message>
        <source>✓ Keep what it learned: File ▸ Save as model…</source>
        <translation>✓ Guarda tu modelo: Archivo ▸ Guardar como modelo…</translation>
    </message>
</context>
<context>
    <name>ReviewScale</name>
    <message>
        <source>This question&apos;s model scores it {scores}: no half points.</source>
        <translation>El modelo de esta pregunta la puntúa con {scores}: sin medios puntos.</translation>
    </message>
    <message>
        <source>This question is {out_of} ({source}), in whole points; Change… beside the score buttons sets half points.</source>
        <translation>Esta pregunta es {out_of} ({source}), en puntos enteros; «Cambiar…» junto a los botones de puntuación permite medios puntos.</translation>
    </message>
    <message>
        <source>Type the score&apos;s digits first, then the comma or point: 4, then “,”, then 5.</source>
        <translation>Escribe primero las cifras de la puntuación y luego la coma o el punto: 4, luego «,», luego 5.</translation>
    </message>
    <message>
        <source>“{question}” is {out_of} from now on, in the review and in every export.</source>
        <translation>«{question}» es {out_of} a partir de ahora, al revisar y en cada exportación.</translation>
    </message>
</context>
<context>
    <name>ReviewSpeech</name>
    <message>
        <source>Review: nothing to review</source>
        <translation>Revisión: nada que revisar</translation>
    </message>
    <message>
        <source>No answer is waiting for you here; press Esc to go back to the table.</source>
        <translation>Aquí no te espera ninguna respuesta; pulsa Esc para volver a la tabla.</translation>
    </message>
    <message>
        <source>Answers {first}–{last} of {count}: a group of {group}; {student}, answer {member} of the group, question {question}</source>
        <translation>Respuestas {first}–{last} de {count}: un grupo de {group}; {student}, respuesta {member} del grupo, pregunta {question}</translation>
    </message>
    <message numerus="yes">
        <source>{scored} of the group&apos;s %n answers are scored.</source>
        <translation>
            <numerusform>{scored} de la única respuesta del grupo está puntuada.</numerusform>
            <numerusform>{scored} de las %n respuestas del grupo están puntuadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the group&apos;s most typical answer.</source>
        <translation>Esta es la respuesta más típica del grupo.</translation>
    </message>
    <message>
        <source>Answer {position} of {count}: {student}, question {question}</source>
        <translation>Respuesta {position} de {count}: {student}, pregunta {question}</translation>
    </message>
    <message>
        <source>The answer is blank.</source>
        <translation>La respuesta está en blanco.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message>
        <source>No model scores this answer.</source>
        <translation>Ningún modelo puntúa esta respuesta.</translation>
    </message>
    <message>
        <source>The model gave no usable score.</source>
        <translation>El modelo no dio una puntuación utilizable.</translation>
    </message>
    <message>
        <source>The model suggests {score}, {percent} sure.</source>
        <translation>El modelo sugiere {score}, con un {percent} de seguridad.</translation>
    </message>
    <message>
        <source>The model says {score}, {percent} sure.</source>
        <translation>El modelo dice {score}, con un {percent} de seguridad.</translation>
    </message>
    <message>
        <source>Your score: {score}.</source>
        <translation>Tu puntuación: {score}.</translation>
    </message>
    <message>
        <source>Accepted with the model&apos;s score, without your review.</source>
        <translation>Aceptada con la puntuación del modelo, sin tu revisión.</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Aún sin puntuar.</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Comentario: {comment}</translation>
    </message>
    <message>
        <source>Comment, waiting for the score you give next: {comment}</source>
        <translation>Comentario, en espera de la puntuación que des a continuación: {comment}</translation>
    </message>
    <message>
        <source>Flagged: {flags}.</source>
        <translation>Marcada: {flags}.</translation>
    </message>
    <message>
        <source>Question {question}: {text}</source>
        <translation>Pregunta {question}: {text}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>what the model learned from your marks</source>
        <translation>lo que el modelo aprendió de tus correcciones</translation>
    </message>
    <message>
        <source>why every answer to this question comes to you</source>
        <translation>por qué todas las respuestas a esta pregunta te llegan a ti</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>Previous (←)</source>
        <translation>Anterior (←)</translation>
    </message>
    <message>
        <source>Accept the model&apos;s score (Enter)</source>
        <translation>Aceptar la puntuación del modelo (Intro)</translation>
    </message>
    <message>
        <source>Comment… (C)</source>
        <translation>Comentar… (C)</translation>
    </message>
    <message>
        <source>Apply to the identical answers (Ctrl+G)</source>
        <translation>Aplicar a las respuestas idénticas (Ctrl+G)</translation>
    </message>
    <message>
        <source>Next suggested (N)</source>
        <translation>Siguiente sugerida (N)</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>Siguiente (→)</translation>
    </message>
    <message>
        <source>Back to the table (Esc)</source>
        <translation>Volver a la tabla (Esc)</translation>
    </message>
    <message>
        <source>Previous answer (left arrow key)</source>
        <translation>Respuesta anterior (tecla de flecha izquierda)</translation>
    </message>
    <message>
        <source>Next answer (right arrow key)</source>
        <translation>Respuesta siguiente (tecla de flecha derecha)</translation>
    </message>
    <message>
        <source>keyboard shortcuts</source>
        <translation>atajos de teclado</translation>
    </message>
    <message>
        <source>Learning from your marks: {progress}</source>
        <translation>Aprendiendo de tus correcciones: {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Learning from your %n earlier marks and {now} of this sheet: {progress}</source>
        <translation>
            <numerusform>Aprendiendo de tu %n corrección anterior y {now} de esta hoja: {progress}</numerusform>
            <numerusform>Aprendiendo de tus %n correcciones anteriores y {now} de esta hoja: {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning from {counted} of your %n earlier marks and {now} of this sheet: {progress}</source>
        <translation>
            <numerusform>Aprendiendo de {counted} de tu %n corrección anterior y {now} de esta hoja: {progress}</numerusform>
            <numerusform>Aprendiendo de {counted} de tus %n correcciones anteriores y {now} de esta hoja: {progress}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>No answer is waiting for you here; press Esc to go back to the table.</source>
        <translation>Aquí no te espera ninguna respuesta; pulsa Esc para volver a la tabla.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to all %n identical answers (Ctrl+G)</source>
        <translation>
            <numerusform>Aplicar a la respuesta idéntica (Ctrl+G)</numerusform>
            <numerusform>Aplicar a todas las %n respuestas idénticas (Ctrl+G)</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment for {student} only: {comment}</source>
        <translation>Comentario solo para {student}: {comment}</translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n answers left to decide</source>
        <translation>
            <numerusform>{left} de %n respuesta por decidir</numerusform>
            <numerusform>{left} de %n respuestas por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n left</source>
        <translation>
            <numerusform>{left} de %n pendiente</numerusform>
            <numerusform>{left} de %n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n te necesita</numerusform>
            <numerusform>%n te necesitan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers left already have a score a model accepted, which you may keep or change: they do not need you, and the status bar does not count them.</source>
        <translation>
            <numerusform>%n de las respuestas pendientes ya tiene una puntuación que un modelo aceptó, que puedes mantener o cambiar: no te necesita y la barra de estado no la cuenta.</numerusform>
            <numerusform>%n de las respuestas pendientes ya tienen una puntuación que un modelo aceptó, que puedes mantener o cambiar: no te necesitan y la barra de estado no las cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Done here</source>
        <translation>✓ Terminado aquí</translation>
    </message>
    <message>
        <source>✓ Review done</source>
        <translation>✓ Revisión terminada</translation>
    </message>
    <message>
        <source>No answer here is left to decide; you can still go through them and change a score.</source>
        <translation>Aquí no queda ninguna respuesta por decidir; aún puedes recorrerlas y cambiar una puntuación.</translation>
    </message>
    <message>
        <source>Your place among the answers to review: a group of answers that look alike takes as many places as it has answers.</source>
        <translation>Tu lugar entre las respuestas por revisar: un grupo de respuestas parecidas ocupa tantos lugares como respuestas tiene.</translation>
    </message>
    <message>
        <source>{first}–{last} of {count} to review</source>
        <translation>Respuestas {first}–{last} de {count} para revisar</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} de {count}</translation>
    </message>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} de {count}</translation>
    </message>
    <message numerus="yes">
        <source>Give all %n:</source>
        <translation>
            <numerusform>Puntuar la última:</numerusform>
            <numerusform>Puntuar las %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n answers</source>
        <translation>
            <numerusform>Un grupo de %n respuesta</numerusform>
            <numerusform>Un grupo de %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>{position} of {count} to review</source>
        <translation>Respuesta {position} de {count} para revisar</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Grupo de %n</numerusform>
            <numerusform>Grupo de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{scored} of {count} scored</source>
        <translation>{scored} de {count} puntuadas</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Names and ids are hidden while you mark (blind marking: View menu, Ctrl+Shift+B)</source>
        <translation>Los nombres y los ID están ocultos mientras corriges (corrección anónima: menú Ver, Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Give {score} to every open answer of the group</source>
        <translation>Puntuar con {score} todas las respuestas pendientes del grupo</translation>
    </message>
    <message>
        <source>Give {score}</source>
        <translation>Puntuar con {score}</translation>
    </message>
    <message>
        <source>Grader chooses the next answer from what the model learned from your marks, so the answers here have no fixed order: this counts those left to decide.</source>
        <translation>Grader elige la siguiente respuesta según lo que el modelo aprendió de tus correcciones, así que aquí las respuestas no tienen un orden fijo: esto cuenta las que quedan por decidir.</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Comentario: {comment}</translation>
    </message>
    <message>
        <source>the question the review moved on to</source>
        <translation>la pregunta a la que pasó la revisión</translation>
    </message>
    <message>
        <source>Now question {number} of {total}: {question} (no answer left to decide).</source>
        <translation>Ahora la pregunta {number} de {total}: {question} (ninguna respuesta por decidir).</translation>
    </message>
    <message numerus="yes">
        <source>Now question {number} of {total}: {question} (%n answers left to decide).</source>
        <translation>
            <numerusform>Ahora la pregunta {number} de {total}: {question} (%n respuesta por decidir).</numerusform>
            <numerusform>Ahora la pregunta {number} de {total}: {question} (%n respuestas por decidir).</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s probability:</source>
        <translation>Probabilidad:</translation>
    </message>
    <message>
        <source>{scores} score (in a group, answers that differ stay open) · Enter accept the model&apos;s score · ←/→ or K/J previous/next · N next suggested · ↑/↓ choose in a group · P pull out of the group · C comment · Q whole question text · Ctrl+G apply to identical answers · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc back to the table</source>
        <translation>{scores} puntuar (en un grupo, las que difieren quedan abiertas) · Intro aceptar la puntuación del modelo · ←/→ o K/J anterior/siguiente · N siguiente sugerida · ↑/↓ elegir en un grupo · P sacar del grupo · C comentar · Q pregunta completa · Ctrl+G aplicar a las idénticas · Ctrl+Z deshacer · Ctrl+Mayús+Z rehacer · Esc volver a la tabla</translation>
    </message>
    <message>
        <source>{scores} score · ↑/↓ choose in a group · Q whole question · every key: Help menu</source>
        <translation>{scores} puntuar · ↑/↓ elegir en un grupo · Q pregunta completa · todas las teclas: menú Ayuda</translation>
    </message>
</context>
<context>
    <name>RiskPlot</name>
    <message>
        <source>takes none</source>
        <translation>no asume ninguna</translation>
    </message>
    <message>
        <source>takes none: every answer to you</source>
        <translation>no asume ninguna: todas las respuestas te llegan</translation>
    </message>
    <message>
        <source>takes {share}, at most {wrong} wrong</source>
        <translation>asume el {share}, como mucho un {wrong} mal</translation>
    </message>
    <message>
        <source>takes {share}, ≤ {wrong} wrong</source>
        <translation>asume el {share}, ≤ {wrong} mal</translation>
    </message>
    <message>
        <source>{share}, ≤ {wrong} wrong</source>
        <translation>{share}, ≤ {wrong} mal</translation>
    </message>
    <message>
        <source>How many answers are accepted without you (across) against how often those could be wrong at most (up), from the model&apos;s calibration data. The ring marks the current threshold.</source>
        <translation>Cuántas respuestas se aceptan sin ti (horizontal) frente a cuántas de ellas podrían estar mal como máximo (vertical), según los datos de calibración del modelo. El círculo marca el umbral actual.</translation>
    </message>
    <message>
        <source>Risk and coverage plot</source>
        <translation>Gráfico de riesgo y cobertura</translation>
    </message>
    <message>
        <source>No calibration data for this question</source>
        <translation>No hay datos de calibración para esta pregunta</translation>
    </message>
    <message>
        <source>No calibration data for these questions</source>
        <translation>No hay datos de calibración para estas preguntas</translation>
    </message>
    <message>
        <source>↑ wrong among those taken, at most</source>
        <translation>↑ erróneas entre las asumidas, como máximo</translation>
    </message>
    <message>
        <source>taken by the model →</source>
        <translation>asumidas por el modelo →</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message numerus="yes">
        <source>%n answers have a score above {top} (the highest: {highest}): choose at least {highest}, or change those scores first.</source>
        <translation>
            <numerusform>%n respuesta tiene una puntuación mayor que {top} (la más alta: {highest}): elige al menos {highest}, o cambia antes esa puntuación.</numerusform>
            <numerusform>%n respuestas tienen una puntuación mayor que {top} (la más alta: {highest}): elige al menos {highest}, o cambia antes esas puntuaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers have half points ({score}): keep half points, or change those scores first.</source>
        <translation>
            <numerusform>%n respuesta tiene medios puntos ({score}): mantén los medios puntos, o cambia antes esa puntuación.</numerusform>
            <numerusform>%n respuestas tienen medios puntos ({score}): mantén los medios puntos, o cambia antes esas puntuaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is this question out of?</source>
        <translation>¿Sobre cuántos puntos es esta pregunta?</translation>
    </message>
    <message>
        <source>“{question}” is {out_of} now ({source}). What is it out of?</source>
        <translation>«{question}» es ahora {out_of} ({source}). ¿Sobre cuántos puntos es?</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>The review&apos;s buttons and keys, the graded sheet, the points, the students&apos; feedback, the report and the LMS files use it.</source>
        <translation>La usan los botones y las teclas de la revisión, la hoja calificada, los puntos, la retroalimentación de los estudiantes, el informe y los archivos del LMS.</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>half points ({half})</source>
        <translation>medios puntos ({half})</translation>
    </message>
    <message>
        <source>½</source>
        <translation>½</translation>
    </message>
    <message>
        <source>Scores in half points, such as {score}</source>
        <translation>Puntuaciones en medios puntos, como {score}</translation>
    </message>
</context>
<context>
    <name>ScaleWords</name>
    <message>
        <source>the model&apos;s scale</source>
        <translation>la escala del modelo</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>fijada por ti</translation>
    </message>
    <message>
        <source>as the sheet says</source>
        <translation>según la hoja</translation>
    </message>
    <message>
        <source>as the marks its model learned from</source>
        <translation>según las notas de las que aprendió su modelo</translation>
    </message>
    <message>
        <source>Grader&apos;s guess, as the sheet does not say</source>
        <translation>estimación de Grader, ya que la hoja no lo indica</translation>
    </message>
    <message>
        <source>out of {top}, in half points</source>
        <translation>sobre {top}, en medios puntos</translation>
    </message>
    <message>
        <source>out of {top}</source>
        <translation>sobre {top}</translation>
    </message>
    <message numerus="yes">
        <source>Grader&apos;s guess, but your %n marks go no higher than {highest}; Change… sets it</source>
        <translation>
            <numerusform>estimación de Grader, pero %n corrección tuya no pasa de {highest}; Cambiar… lo fija</numerusform>
            <numerusform>estimación de Grader, pero tus %n correcciones no pasan de {highest}; Cambiar… lo fija</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader&apos;s guess from your highest mark so far; Change… sets it</source>
        <translation>estimación de Grader según tu nota más alta hasta ahora; Cambiar… lo fija</translation>
    </message>
    <message>
        <source>Grader&apos;s guess, as the sheet does not say; Change… sets it</source>
        <translation>estimación de Grader, ya que la hoja no lo indica; Cambiar… lo fija</translation>
    </message>
    <message>
        <source>type a score&apos;s digits one after another (1 then 0 for 10) and a comma or point for a half (4,5); Enter gives it at once</source>
        <translation>escribe las cifras de la puntuación una tras otra (1 y luego 0 para 10) y una coma o un punto para medio punto (4,5); Intro la da al momento</translation>
    </message>
    <message>
        <source>type a score&apos;s digits one after another (1 then 0 for 10); Enter gives it at once</source>
        <translation>escribe las cifras de la puntuación una tras otra (1 y luego 0 para 10); Intro la da al momento</translation>
    </message>
    <message>
        <source>type a comma or point after the digit for a half point (4,5); Enter gives it at once</source>
        <translation>escribe una coma o un punto tras la cifra para medio punto (4,5); Intro la da al momento</translation>
    </message>
    <message>
        <source>{score} is not a score here: type a score from 0 to {top}, or set what this question is out of with Change… beside the score buttons</source>
        <translation>{score} no es una puntuación aquí: escribe una puntuación de 0 a {top}, o fija sobre cuántos puntos es esta pregunta con «Cambiar…» junto a los botones de puntuación</translation>
    </message>
    <message>
        <source>{score} is not a score for this question, which is {out_of} ({source}); Change… beside the score buttons sets another scale</source>
        <translation>{score} no es una puntuación de esta pregunta, que es {out_of} ({source}); «Cambiar…» junto a los botones de puntuación fija otra escala</translation>
    </message>
    <message numerus="yes">
        <source>Nothing says what %n questions are out of ({questions}): each is exported on Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</source>
        <translation>
            <numerusform>Nada indica sobre cuántos puntos es %n pregunta ({questions}): se exporta con la estimación de Grader; «Cambiar…» junto a los botones de puntuación de la revisión la fija.</numerusform>
            <numerusform>Nada indica sobre cuántos puntos son %n preguntas ({questions}): cada una se exporta con la estimación de Grader; «Cambiar…» junto a los botones de puntuación de la revisión la fija.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing says what %n questions are out of ({questions}): they are exported {out_of}, Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</source>
        <translation>
            <numerusform>Nada indica sobre cuántos puntos es %n pregunta ({questions}): se exporta {out_of}, estimación de Grader; «Cambiar…» junto a los botones de puntuación de la revisión la fija.</numerusform>
            <numerusform>Nada indica sobre cuántos puntos son %n preguntas ({questions}): se exportan {out_of}, estimación de Grader; «Cambiar…» junto a los botones de puntuación de la revisión la fija.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Set what this question is out of</source>
        <translation>Fijar sobre cuántos puntos es esta pregunta</translation>
    </message>
    <message>
        <source>(given)</source>
        <translation>(dada)</translation>
    </message>
    <message>
        <source>Typing: {score}…</source>
        <translation>Escribiendo: {score}…</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message numerus="yes">
        <source>Your %n decisions that could not be saved are in {name} after all.</source>
        <translation>
            <numerusform>Tu decisión sin guardar está por fin en {name}.</numerusform>
            <numerusform>Tus %n decisiones sin guardar están por fin en {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: your %n decisions are saved.</source>
        <translation>
            <numerusform>No se perdió nada: %n decisión guardada.</numerusform>
            <numerusform>No se perdió nada: %n decisiones guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: saved after all.</source>
        <translation>No se perdió nada: guardado por fin.</translation>
    </message>
    <message>
        <source>The comment bank is saved in {name} after all.</source>
        <translation>El banco de comentarios se ha guardado por fin en {name}.</translation>
    </message>
    <message>
        <source>The blind-marking setting is saved in {name} after all.</source>
        <translation>El ajuste de corrección anónima se ha guardado por fin en {name}.</translation>
    </message>
    <message>
        <source>Nothing is lost: the scores are saved.</source>
        <translation>No se perdió nada: puntuaciones guardadas.</translation>
    </message>
    <message>
        <source>Nothing is lost: the thresholds are saved.</source>
        <translation>No se perdió nada: umbrales guardados.</translation>
    </message>
    <message>
        <source>Nothing is lost: your comment is saved.</source>
        <translation>No se perdió nada: comentario guardado.</translation>
    </message>
    <message>
        <source>Nothing is lost: the comment bank is saved.</source>
        <translation>No se perdió nada: banco de comentarios guardado.</translation>
    </message>
    <message>
        <source>Nothing is lost: blind marking is saved.</source>
        <translation>No se perdió nada: corrección anónima guardada.</translation>
    </message>
    <message>
        <source>Nothing is lost: saved in {recovered}.</source>
        <translation>No se perdió nada: se guarda en {recovered}.</translation>
    </message>
    <message>
        <source>Nothing is lost: {name} is back.</source>
        <translation>No se perdió nada: {name} ha vuelto.</translation>
    </message>
    <message numerus="yes">
        <source>your %n decisions</source>
        <translation>
            <numerusform>tu decisión</numerusform>
            <numerusform>tus %n decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in {name} after all: {what}.</source>
        <translation>Lo que faltaba por guardar está por fin en {name}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n answers in {seconds} s</source>
        <translation>
            <numerusform>%n respuesta puntuada en {seconds} s</numerusform>
            <numerusform>%n respuestas puntuadas en {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blank answers are left for you to decide</source>
        <translation>
            <numerusform>; %n respuesta en blanco queda para que la decidas tú</numerusform>
            <numerusform>; %n respuestas en blanco quedan para que las decidas tú</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring stopped: {scored} of %n answers have a score; the rest are yours to score.</source>
        <translation>
            <numerusform>Puntuación detenida: {scored} de %n respuesta tiene puntuación; el resto te toca puntuarlo a ti.</numerusform>
            <numerusform>Puntuación detenida: {scored} de %n respuestas tienen puntuación; el resto te toca puntuarlo a ti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scores could not be saved in the project file: {problem}</source>
        <translation>Las puntuaciones no se pudieron guardar en el archivo del proyecto: {problem}</translation>
    </message>
    <message>
        <source>The scores are saved in {name} after all.</source>
        <translation>Las puntuaciones se han guardado por fin en {name}.</translation>
    </message>
    <message>
        <source>The threshold could not be saved: {problem}</source>
        <translation>No se pudo guardar el umbral: {problem}</translation>
    </message>
    <message>
        <source>Not saved yet: {name} was replaced; keep Grader open.</source>
        <translation>Sin guardar: {name} sustituido; deja Grader abierto.</translation>
    </message>
    <message>
        <source>Not saved yet: {name} is gone; keep Grader open.</source>
        <translation>Sin guardar: falta {name}; deja Grader abierto.</translation>
    </message>
    <message>
        <source>Not saved yet: {name} was replaced; keep Grader open or you lose {what}.</source>
        <translation>Sin guardar: {name} sustituido; deja Grader abierto o perderás {what}.</translation>
    </message>
    <message>
        <source>Not saved yet: {name} is gone; keep Grader open or you lose {what}.</source>
        <translation>Sin guardar: falta {name}; deja Grader abierto o perderás {what}.</translation>
    </message>
</context>
<context>
    <name>ScoringStrip</name>
    <message>
        <source>Scoring…</source>
        <translation>Puntuando…</translation>
    </message>
    <message>
        <source>%v of %m answers</source>
        <translation>%v de %m respuestas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop scoring; the answers scored so far keep their scores</source>
        <translation>Detener la puntuación; las respuestas ya puntuadas conservan su puntuación</translation>
    </message>
    <message>
        <source>Scoring the answers…</source>
        <translation>Puntuando las respuestas…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>SheetNotes</name>
    <message>
        <source>comma</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>quiz responses export</source>
        <translation>una exportación de respuestas del cuestionario</translation>
    </message>
    <message>
        <source>assignment grading worksheet</source>
        <translation>una hoja de calificación de una tarea</translation>
    </message>
    <message>
        <source>test results download (by user)</source>
        <translation>una descarga de resultados de la prueba (por usuario)</translation>
    </message>
    <message>
        <source>test results download (by question and user)</source>
        <translation>una descarga de resultados de la prueba (por pregunta y usuario)</translation>
    </message>
    <message>
        <source>quiz question details export</source>
        <translation>una exportación de los detalles de las preguntas del cuestionario</translation>
    </message>
    <message>
        <source>quiz Student Analysis report</source>
        <translation>un informe Student Analysis del cuestionario</translation>
    </message>
    <message>
        <source>responses export</source>
        <translation>una exportación de respuestas</translation>
    </message>
    <message>
        <source>responses workbook</source>
        <translation>un libro con las respuestas</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {separator}-separated text.</source>
        <translation>Leído como texto separado por {separator}.</translation>
    </message>
    <message>
        <source>Read as {encoding} text, {separator}-separated.</source>
        <translation>Leído como texto {encoding}, separado por {separator}.</translation>
    </message>
    <message>
        <source>Row {row} opens a quote that is never closed, so everything after it was read into one cell; add the missing closing quote in the file and open it again.</source>
        <translation>La fila {row} abre unas comillas que nunca se cierran, así que todo lo que sigue se leyó en una sola celda; añade las comillas de cierre que faltan en el archivo y vuelve a abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>Row {row} opens a quote that is closed only %n lines further down, so those lines (other students&apos; rows?) were read into row {row}, not as rows of their own; add the missing closing quote in the file and open it again.</source>
        <translation>
            <numerusform>La fila {row} abre unas comillas que solo se cierran en la línea siguiente, así que esa línea (¿la fila de otro estudiante?) se leyó dentro de la fila {row}, no como una fila propia; añade las comillas de cierre que faltan en el archivo y vuelve a abrirlo.</numerusform>
            <numerusform>La fila {row} abre unas comillas que solo se cierran %n líneas más abajo, así que esas líneas (¿filas de otros estudiantes?) se leyeron dentro de la fila {row}, no como filas propias; añade las comillas de cierre que faltan en el archivo y vuelve a abrirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells of the table show an Excel error instead of a value ({cells}), read as that text; an answer typed beginning with =, + or - becomes a formula in Excel: put an apostrophe before it there (the formula bar shows the student&apos;s words), save, and open the sheet again.</source>
        <translation>
            <numerusform>%n celda de la tabla muestra un error de Excel en lugar de un valor ({cells}) y se lee como ese texto; una respuesta escrita empezando por =, + o - se convierte en una fórmula en Excel: pon un apóstrofo delante allí (la barra de fórmulas muestra las palabras del estudiante), guarda y vuelve a abrir la hoja.</numerusform>
            <numerusform>%n celdas de la tabla muestran un error de Excel en lugar de un valor ({cells}) y se leen como ese texto; una respuesta escrita empezando por =, + o - se convierte en una fórmula en Excel: pon un apóstrofo delante allí (la barra de fórmulas muestra las palabras del estudiante), guarda y vuelve a abrir la hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell, in row {row}: it may still have been being saved or copied, so its last answer may be cut short; if so, wait until the file is complete and open it again.</source>
        <translation>El archivo termina dentro de una celda entre comillas, en la fila {row}: quizá aún se estaba guardando o copiando, así que su última respuesta puede estar cortada; si es así, espere a que el archivo esté completo y vuelva a abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n NUL characters (invisible control characters) from the text.</source>
        <translation>
            <numerusform>Se quitó %n carácter NUL (carácter de control invisible) del texto.</numerusform>
            <numerusform>Se quitaron %n caracteres NUL (caracteres de control invisibles) del texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file are not UTF-8 and were read as Windows-1252 ({lines}); check the accented letters there.</source>
        <translation>
            <numerusform>%n línea del archivo no está en UTF-8 y se leyó como Windows-1252 ({lines}); revisa ahí las letras con tilde.</numerusform>
            <numerusform>%n líneas del archivo no están en UTF-8 y se leyeron como Windows-1252 ({lines}); revisa ahí las letras con tilde.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not saved as UTF-8, so Grader guessed that its accented letters are {encoding} (as Excel for Mac or MS-DOS saves a CSV); if any look wrong, save the sheet as “CSV UTF-8” in Excel and open that.</source>
        <translation>Este archivo no está guardado como UTF-8, así que Grader ha leído sus letras acentuadas como {encoding} (así guardan un CSV Excel para Mac y MS-DOS); si alguna se ve mal, guarda la hoja como «CSV UTF-8» en Excel y abre ese archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows below the header that only label its columns as survey tools export them (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>Se ha omitido %n fila bajo los encabezados que solo rotula sus columnas, como las exportan las herramientas de encuestas (fila {rows}): no contiene respuestas de estudiantes; la hoja corregida la conserva tal cual.</numerusform>
            <numerusform>Se han omitido %n filas bajo los encabezados que solo rotulan sus columnas, como las exportan las herramientas de encuestas (filas {rows}): no contienen respuestas de estudiantes; la hoja corregida las conserva tal cual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n total rows of Excel tables {tables} (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them where they were.</source>
        <translation>
            <numerusform>Se ha omitido la fila de totales de la tabla de Excel {tables} (fila {rows}): no contiene respuestas de estudiantes; la hoja corregida la conserva en su lugar.</numerusform>
            <numerusform>Se han omitido %n filas de totales de las tablas de Excel {tables} (filas {rows}): no contienen respuestas de estudiantes; la hoja corregida las conserva en su lugar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n title rows above the header (row {row}).</source>
        <translation>
            <numerusform>Se omitió %n fila de título sobre el encabezado (fila {row}).</numerusform>
            <numerusform>Se omitieron %n filas de título sobre el encabezado (fila {row}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed columns with an empty or repeated header: {names}.</source>
        <translation>Se renombraron columnas con encabezado vacío o repetido: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have more fields than the header row (an answer with an unquoted comma?): rows {rows}; the extra fields are in {columns}.</source>
        <translation>
            <numerusform>%n fila tiene más campos que la fila de encabezado (¿una respuesta con una coma sin comillas?): fila {rows}; los campos de más están en {columns}.</numerusform>
            <numerusform>%n filas tienen más campos que la fila de encabezado (¿una respuesta con una coma sin comillas?): filas {rows}; los campos de más están en {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Used sheet “{title}” of {count}.</source>
        <translation>Se usó la hoja «{title}» de {count}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the sheet are hidden or filtered out (rows {rows}); they are graded and exported like the others, and the graded workbook keeps them hidden.</source>
        <translation>
            <numerusform>%n fila de la hoja está oculta o filtrada (fila {rows}); se corrige y se exporta como las demás, y la hoja corregida la mantiene oculta.</numerusform>
            <numerusform>%n filas de la hoja están ocultas o filtradas (filas {rows}); se corrigen y se exportan como las demás, y la hoja corregida las mantiene ocultas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranges of cells are merged down over several rows ({ranges}), so each of those rows reads the merged cell&apos;s text (rows {rows}); if those students answered separately, unmerge the cells in Excel, type each one&apos;s answer, and open the sheet again.</source>
        <translation>
            <numerusform>%n rango de celdas está combinado a lo largo de varias filas ({ranges}), así que cada una de esas filas lee el texto de la celda combinada (filas {rows}); si esos estudiantes respondieron por separado, separa las celdas en Excel, escribe la respuesta de cada uno y vuelve a abrir la hoja.</numerusform>
            <numerusform>%n rangos de celdas están combinados a lo largo de varias filas ({ranges}), así que cada una de esas filas lee el texto de su celda combinada (filas {rows}); si esos estudiantes respondieron por separado, separa las celdas en Excel, escribe la respuesta de cada uno y vuelve a abrir la hoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns of the sheet are hidden ({columns}); they are read like the others, and the graded workbook keeps them hidden.</source>
        <translation>
            <numerusform>%n columna de la hoja está oculta ({columns}); se lee como las demás, y la hoja corregida la mantiene oculta.</numerusform>
            <numerusform>%n columnas de la hoja están ocultas ({columns}); se leen como las demás, y la hoja corregida las mantiene ocultas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n cells far away from the table ({cells}).</source>
        <translation>
            <numerusform>Se dejó fuera %n celda lejos de la tabla ({cells}).</numerusform>
            <numerusform>Se dejaron fuera %n celdas lejos de la tabla ({cells}).</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like {export} from {system}; the columns are mapped for you.</source>
        <translation>Parece {export} de {system}; las columnas ya están asignadas.</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} o {other}</translation>
    </message>
    <message numerus="yes">
        <source>%n cells in column “{column}” (rows {rows}) are dates that Excel made from what was typed: {shown}, as Grader reads it, may have been typed as {typed}. Check those answers in the sheet; to keep answers such as 3/4 as typed, format the column as Text in Excel before they are typed.</source>
        <translation>
            <numerusform>%n celda de la columna «{column}» (fila {rows}) es una fecha que Excel creó a partir de lo escrito: {shown}, tal como lo lee Grader, puede haberse escrito como {typed}. Revisa esas respuestas en la hoja; para que respuestas como 3/4 se queden tal como se escriben, da a la columna el formato Texto en Excel antes de que se escriban.</numerusform>
            <numerusform>%n celdas de la columna «{column}» (filas {rows}) son fechas que Excel creó a partir de lo escrito: {shown}, tal como lo lee Grader, puede haberse escrito como {typed}. Revisa esas respuestas en la hoja; para que respuestas como 3/4 se queden tal como se escriben, da a la columna el formato Texto en Excel antes de que se escriban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question “{question}” has %n answers marked {scores} (rows {rows}), which are not on the scale of its other marks ({scale}): they are left out of learning. Correct them, or give such marks to at least {few} answers if they belong to your scale, and learn again.</source>
        <translation>
            <numerusform>La pregunta «{question}» tiene %n respuesta calificada con {scores} (fila {rows}), que no está en la escala de sus demás notas ({scale}): se deja fuera del aprendizaje. Corrígela, o da esa nota a al menos {few} respuestas si forma parte de tu escala, y vuelve a aprender.</numerusform>
            <numerusform>La pregunta «{question}» tiene %n respuestas calificadas con {scores} (filas {rows}), que no están en la escala de sus demás notas ({scale}): se dejan fuera del aprendizaje. Corrígelas, o da esas notas a al menos {few} respuestas si forman parte de tu escala, y vuelve a aprender.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read {spellings} as one question, “{name}”.</source>
        <translation>Se leyeron {spellings} como una sola pregunta, «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with an empty cell in column “{column}” were read as the question above them (rows {rows}).</source>
        <translation>
            <numerusform>%n fila con la celda vacía en la columna «{column}» se leyó como la pregunta de arriba (fila {rows}).</numerusform>
            <numerusform>%n filas con la celda vacía en la columna «{column}» se leyeron como la pregunta de arriba (filas {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that sum up the marks (a total or an average), not an answer&apos;s score (rows {rows}).</source>
        <translation>
            <numerusform>Se omitió %n fila que resume las notas (un total o una media), no la puntuación de una respuesta (fila {rows}).</numerusform>
            <numerusform>Se omitieron %n filas que resumen las notas (un total o una media), no la puntuación de una respuesta (filas {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet was graded with Grader before.</source>
        <translation>Esta hoja ya se calificó antes con Grader.</translation>
    </message>
    <message>
        <source>This sheet was graded with Grader before and holds no decisions of yours.</source>
        <translation>Esta hoja ya se calificó con Grader y no tiene decisiones tuyas.</translation>
    </message>
    <message numerus="yes">
        <source>This sheet was graded with Grader before: %n final scores typed into the sheet are taken as your decisions where they are scores of their questions.</source>
        <translation>
            <numerusform>Esta hoja ya se calificó con Grader: %n puntuación final escrita en la hoja se toma como decisión tuya si es una puntuación de su pregunta.</numerusform>
            <numerusform>Esta hoja ya se calificó con Grader: %n puntuaciones finales escritas en la hoja se toman como decisiones tuyas cuando son puntuaciones de sus preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sheet was graded with Grader before: your %n earlier decisions are kept.</source>
        <translation>
            <numerusform>Esta hoja ya se calificó con Grader: se conserva tu %n decisión anterior.</numerusform>
            <numerusform>Esta hoja ya se calificó con Grader: se conservan tus %n decisiones anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model scores the other answers again.</source>
        <translation>El modelo vuelve a puntuar las demás respuestas.</translation>
    </message>
    <message>
        <source>The model scores its answers again.</source>
        <translation>El modelo vuelve a puntuar sus respuestas.</translation>
    </message>
    <message>
        <source>The model chosen for each question scores the other answers.</source>
        <translation>El modelo elegido para cada pregunta puntúa las demás respuestas.</translation>
    </message>
    <message>
        <source>The model chosen for each question scores its answers.</source>
        <translation>El modelo elegido para cada pregunta puntúa sus respuestas.</translation>
    </message>
    <message>
        <source>The other answers are scored by the model chosen for their question; those of questions without a model wait for you.</source>
        <translation>Las demás respuestas las puntúa el modelo elegido para su pregunta; las de preguntas sin modelo te esperan a ti.</translation>
    </message>
    <message>
        <source>Its answers are scored by the model chosen for their question; those of questions without a model wait for you.</source>
        <translation>Sus respuestas las puntúa el modelo elegido para su pregunta; las de preguntas sin modelo te esperan a ti.</translation>
    </message>
    <message>
        <source>No model is chosen, so the other answers wait for you to score them.</source>
        <translation>No hay ningún modelo elegido, así que las demás respuestas esperan a que las puntúes tú.</translation>
    </message>
    <message>
        <source>No model is chosen, so its answers wait for you to score them.</source>
        <translation>No hay ningún modelo elegido, así que sus respuestas esperan a que las puntúes tú.</translation>
    </message>
    <message>
        <source>{model}, the model that scored question “{question}” before, is not installed: add it to your models to score that question&apos;s other answers as before.</source>
        <translation>{model}, el modelo que puntuó antes la pregunta «{question}», no está instalado: añádelo a tus modelos para puntuar las demás respuestas de esa pregunta como antes.</translation>
    </message>
    <message>
        <source>The installed {model} is not the version that scored question “{question}” before, so some of its scores may differ from those in the sheet.</source>
        <translation>El {model} instalado no es la versión que puntuó antes la pregunta «{question}», así que algunas de sus puntuaciones pueden diferir de las de la hoja.</translation>
    </message>
    <message>
        <source>The installed {model} is not the version that scored question “{question}” before, so it is not chosen for that question again: its scores may differ from those in the sheet.</source>
        <translation>El {model} instalado no es la versión que puntuó antes la pregunta «{question}», así que no se vuelve a elegir para esa pregunta: sus puntuaciones pueden diferir de las de la hoja.</translation>
    </message>
    <message numerus="yes">
        <source>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), not written answers; tick them to grade them here too.</source>
        <translation>
            <numerusform>%n columna de pregunta no está marcada ({columns}): sus respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), no respuestas escritas; márcala para calificarla aquí también.</numerusform>
            <numerusform>%n columnas de preguntas no están marcadas ({columns}): sus respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), no respuestas escritas; márcalas para calificarlas aquí también.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; tick them to grade them here too.</source>
        <translation>
            <numerusform>%n columna de pregunta no está marcada ({columns}): sus respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), que tu plataforma de aprendizaje califica por sí misma; márcala para calificarla aquí también.</numerusform>
            <numerusform>%n columnas de preguntas no están marcadas ({columns}): sus respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), que tu plataforma de aprendizaje califica por sí misma; márcalas para calificarlas aquí también.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{question}: %n different questions</source>
        <translation>
            <numerusform>{question}: %n pregunta</numerusform>
            <numerusform>{question}: %n preguntas distintas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions of this quiz are random questions: different students were given different questions there ({questions}). Grader grades each of them as one question all the same, with one scale and one model, and groups alike answers together even where they answer different questions. To grade each question a student was given on its own, make a sheet with one row per answer and a column that names its question, and open that instead.</source>
        <translation>
            <numerusform>%n pregunta de este cuestionario es aleatoria: a distintos estudiantes les tocaron preguntas distintas en ese lugar ({questions}). Aun así, Grader la califica como una sola pregunta, con una escala y un modelo, y agrupa las respuestas iguales aunque respondan a preguntas distintas. Para calificar por separado cada pregunta que le tocó a un estudiante, haz una hoja con una fila por respuesta y una columna que nombre su pregunta, y abre esa en su lugar.</numerusform>
            <numerusform>%n preguntas de este cuestionario son aleatorias: a distintos estudiantes les tocaron preguntas distintas en ese lugar ({questions}). Aun así, Grader califica cada una como una sola pregunta, con una escala y un modelo, y agrupa las respuestas iguales aunque respondan a preguntas distintas. Para calificar por separado cada pregunta que le tocó a un estudiante, haz una hoja con una fila por respuesta y una columna que nombre su pregunta, y abre esa en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>filas {rows}</translation>
    </message>
    <message>
        <source>{student} (rows {rows})</source>
        <translation>{student} (filas {rows})</translation>
    </message>
    <message numerus="yes">
        <source>%n students are in this sheet more than once, under the same email address, username or id (a second attempt, or a form sent twice): {students}.</source>
        <translation>
            <numerusform>%n estudiante aparece más de una vez en esta hoja, con el mismo correo electrónico, nombre de usuario o ID (un segundo intento, o un formulario enviado dos veces): {students}.</numerusform>
            <numerusform>%n estudiantes aparecen más de una vez en esta hoja, con el mismo correo electrónico, nombre de usuario o ID (un segundo intento, o un formulario enviado dos veces): {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader marks every row, but no learning platform&apos;s file can take them: their grades would have to be entered by hand.</source>
        <translation>Grader califica cada fila, pero ningún archivo para una plataforma de aprendizaje puede recibirlos: tendrías que introducir sus calificaciones a mano.</translation>
    </message>
    <message>
        <source>Before you mark, keep one attempt of each: in Moodle&apos;s report, tick “Show at most one finished attempt per user” and download the responses again, or delete the extra rows from the sheet; then open it again.</source>
        <translation>Antes de calificar, deja un solo intento de cada estudiante: en el informe de Moodle, marca la opción de mostrar como máximo un intento finalizado por usuario y vuelve a descargar las respuestas, o borra las filas sobrantes de la hoja; luego ábrela de nuevo.</translation>
    </message>
    <message>
        <source>Before you mark, keep one attempt of each: delete the extra rows from the sheet, then open it again.</source>
        <translation>Antes de calificar, deja un solo intento de cada estudiante: borra las filas sobrantes de la hoja y luego ábrela de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n final scores typed into the sheet are taken as your decisions too, where they are scores of their questions.</source>
        <translation>
            <numerusform>También %n puntuación final escrita en la hoja se toma como decisión tuya si es una puntuación de su pregunta.</numerusform>
            <numerusform>También %n puntuaciones finales escritas en la hoja se toman como decisiones tuyas cuando son puntuaciones de sus preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that repeat the header row (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>Se ha omitido %n fila que repite la fila de encabezados (fila {rows}): no contiene respuestas de estudiantes; la hoja corregida la conserva tal cual.</numerusform>
            <numerusform>Se han omitido %n filas que repiten la fila de encabezados (filas {rows}): no contienen respuestas de estudiantes; la hoja corregida las conserva tal cual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows with neither a question nor an answer (rows {rows}), such as a heading between two lists (“Class 9B”), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>Se ha omitido %n fila sin pregunta ni respuesta (fila {rows}), como un título entre dos listas («Clase 9B»): no contiene respuestas de estudiantes; la hoja corregida la conserva tal cual.</numerusform>
            <numerusform>Se han omitido %n filas sin pregunta ni respuesta (filas {rows}), como un título entre dos listas («Clase 9B»): no contienen respuestas de estudiantes; la hoja corregida las conserva tal cual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells with a formula but no saved result read as empty in Grader ({cells}), and the graded workbook keeps them as formulas; to see their values here, open the file in Excel, save it, and open it again.</source>
        <translation>
            <numerusform>%n celda con una fórmula pero sin resultado guardado se lee como vacía en Grader ({cells}), y la hoja corregida la conserva como fórmula; para ver su valor aquí, abre el archivo en Excel, guárdalo y vuelve a abrirlo.</numerusform>
            <numerusform>%n celdas con una fórmula pero sin resultado guardado se leen como vacías en Grader ({cells}), y la hoja corregida las conserva como fórmulas; para ver sus valores aquí, abre el archivo en Excel, guárdalo y vuelve a abrirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the score “-” as no mark: left out %n rows of column “{column}” (rows {rows}).</source>
        <translation>
            <numerusform>Se leyó la puntuación «-» como sin nota: se omitió %n fila de la columna «{column}» (fila {rows}).</numerusform>
            <numerusform>Se leyó la puntuación «-» como sin nota: se omitieron %n filas de la columna «{column}» (filas {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows of column “{column}” whose score is not a number ({words}): they are not used for learning (rows {rows}).</source>
        <translation>
            <numerusform>Se omitió %n fila de la columna «{column}» cuya puntuación no es un número ({words}): no se usa para aprender (fila {rows}).</numerusform>
            <numerusform>Se omitieron %n filas de la columna «{column}» cuya puntuación no es un número ({words}): no se usan para aprender (filas {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message numerus="yes">
        <source>%n comments typed beside the model&apos;s score are kept with that score as your decisions.</source>
        <translation>
            <numerusform>%n comentario escrito junto a la puntuación del modelo se conserva con esa puntuación como decisión tuya.</numerusform>
            <numerusform>%n comentarios escritos junto a la puntuación del modelo se conservan con esa puntuación como decisiones tuyas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments typed on answers with no score wait for their scores.</source>
        <translation>
            <numerusform>%n comentario escrito en una respuesta sin puntuación espera su puntuación.</numerusform>
            <numerusform>%n comentarios escritos en respuestas sin puntuación esperan sus puntuaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns hold text but are not taken as questions ({columns}); to grade their answers, tick them among the questions.</source>
        <translation>
            <numerusform>%n columna contiene texto pero no se toma como pregunta ({columns}); para calificar sus respuestas, márcala entre las preguntas.</numerusform>
            <numerusform>%n columnas contienen texto pero no se toman como preguntas ({columns}); para calificar sus respuestas, márcalas entre las preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not graded ({questions}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; to grade them here too, tick “Also grade closed questions”.</source>
        <translation>
            <numerusform>%n pregunta no se califica ({questions}): sus respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), que tu plataforma de aprendizaje califica por sí misma; para calificarla aquí también, marca «Calificar también las preguntas cerradas».</numerusform>
            <numerusform>%n preguntas no se califican ({questions}): sus respuestas son solo opciones o números (opción múltiple, verdadero/falso, numérica), que tu plataforma de aprendizaje califica por sí misma; para calificarlas aquí también, marca «Calificar también las preguntas cerradas».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names in this sheet belong to more than one student ({names}), and the sheet&apos;s column {column} is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</source>
        <translation>
            <numerusform>%n nombre de esta hoja pertenece a más de un estudiante ({names}), y la columna {column} de la hoja no está elegida para los identificadores de los estudiantes: Grader los mantiene separados por la fila donde empiezan las respuestas de cada uno, como «{example}». Elígela para los identificadores (Archivo ▸ Elegir columnas…) antes de subir las notas a una plataforma de aprendizaje.</numerusform>
            <numerusform>%n nombres de esta hoja pertenecen a más de un estudiante ({names}), y la columna {column} de la hoja no está elegida para los identificadores de los estudiantes: Grader los mantiene separados por la fila donde empiezan las respuestas de cada uno, como «{example}». Elígela para los identificadores (Archivo ▸ Elegir columnas…) antes de subir las notas a una plataforma de aprendizaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names in this sheet belong to more than one student ({names}), and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Add a column of student ids to the sheet before you upload grades to a learning platform.</source>
        <translation>
            <numerusform>%n nombre de esta hoja pertenece a más de un estudiante ({names}) y la hoja no tiene columna de identificador de estudiante: Grader los distingue por la fila donde empiezan las respuestas de cada uno, como «{example}». Añade a la hoja una columna de identificadores de estudiante antes de subir las calificaciones a una plataforma de aprendizaje.</numerusform>
            <numerusform>%n nombres de esta hoja pertenecen a más de un estudiante ({names}) y la hoja no tiene columna de identificador de estudiante: Grader los distingue por la fila donde empiezan las respuestas de cada uno, como «{example}». Añade a la hoja una columna de identificadores de estudiante antes de subir las calificaciones a una plataforma de aprendizaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers of {names} could not be paired into students (a question is answered more than once and their rows are not together), so each of those rows counts as a student of its own.</source>
        <translation>Las respuestas de {names} no se pudieron agrupar por estudiante (una pregunta se responde más de una vez y sus filas no están juntas), así que cada una de esas filas cuenta como un estudiante aparte.</translation>
    </message>
</context>
<context>
    <name>SheetNotices</name>
    <message numerus="yes">
        <source>%n notes about this sheet are shown above the results.</source>
        <translation>
            <numerusform>%n nota sobre esta hoja aparece encima de los resultados.</numerusform>
            <numerusform>%n notas sobre esta hoja aparecen encima de los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes about this sheet</source>
        <translation>Notas sobre esta hoja</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close these notes; they come back when you open the sheet again</source>
        <translation>Cierra estas notas; vuelven cuando abras la hoja de nuevo</translation>
    </message>
    <message>
        <source>Close the notes about this sheet</source>
        <translation>Cerrar las notas sobre esta hoja</translation>
    </message>
</context>
<context>
    <name>SheetOpener</name>
    <message>
        <source>There is no {sheet} beside {file}, so Grader opened the one in {folder}.</source>
        <translation>No hay ningún {sheet} junto a {file}, así que Grader abrió el de {folder}.</translation>
    </message>
    <message>
        <source>The sheet&apos;s folder cannot be written to, so Grader keeps your decisions in its own folder: {file}. They come back when you open the sheet from here again.</source>
        <translation>No se puede escribir en la carpeta de la hoja, así que Grader guarda tus decisiones en su propia carpeta: {file}. Vuelven cuando abres la hoja de nuevo desde aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n decisions from {file}.</source>
        <translation>
            <numerusform>Se recuperó %n decisión de {file}.</numerusform>
            <numerusform>Se recuperaron %n decisiones de {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over your %n earlier decisions from the sheet.</source>
        <translation>
            <numerusform>Se tomó tu decisión anterior de la hoja.</numerusform>
            <numerusform>Se tomaron tus %n decisiones anteriores de la hoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier decisions in the sheet were not taken over because their final score is not a score of their question; score those answers again.</source>
        <translation>
            <numerusform>%n decisión anterior de la hoja no se tomó porque su puntuación final no es una puntuación de su pregunta; vuelve a puntuar esa respuesta.</numerusform>
            <numerusform>%n decisiones anteriores de la hoja no se tomaron porque su puntuación final no es una puntuación de su pregunta; vuelve a puntuar esas respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n comments typed into the sheet beside the model&apos;s score as your decisions, with that score.</source>
        <translation>
            <numerusform>Se tomó %n comentario escrito en la hoja junto a la puntuación del modelo como decisión tuya, con esa puntuación.</numerusform>
            <numerusform>Se tomaron %n comentarios escritos en la hoja junto a la puntuación del modelo como decisiones tuyas, con esa puntuación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n comments typed into the sheet on answers with no score yet: each waits for its answer&apos;s score, shown with ◷ in the comment column ({answers}).</source>
        <translation>
            <numerusform>Se conservó %n comentario escrito en la hoja en una respuesta aún sin puntuación: espera la puntuación de la respuesta y aparece con ◷ en la columna de comentarios ({answers}).</numerusform>
            <numerusform>Se conservaron %n comentarios escritos en la hoja en respuestas aún sin puntuación: cada uno espera la puntuación de su respuesta y aparece con ◷ en la columna de comentarios ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n final scores or comments changed in the sheet since Grader last saved or read it as your decisions ({answers}).</source>
        <translation>
            <numerusform>Se tomó %n puntuación final o comentario cambiado en la hoja desde que Grader la guardó o leyó por última vez como decisión tuya ({answers}).</numerusform>
            <numerusform>Se tomaron %n puntuaciones finales o comentarios cambiados en la hoja desde que Grader la guardó o leyó por última vez como decisiones tuyas ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores of your decisions were cleared in the sheet since Grader last saved or read it, so those decisions are taken back ({answers}); their answers are scored by the model as ones you have not decided.</source>
        <translation>
            <numerusform>%n puntuación final de tus decisiones se borró en la hoja desde que Grader la guardó o leyó por última vez, así que esa decisión se retira ({answers}); el modelo puntúa su respuesta como una que aún no has decidido.</numerusform>
            <numerusform>%n puntuaciones finales de tus decisiones se borraron en la hoja desde que Grader la guardó o leyó por última vez, así que esas decisiones se retiran ({answers}); el modelo puntúa sus respuestas como unas que aún no has decidido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores or comments in the sheet differ from what {file} holds, and Grader cannot tell which are newer, so it kept the project&apos;s ({answers}); check those answers.</source>
        <translation>
            <numerusform>%n puntuación final o comentario de la hoja difiere de lo que guarda {file} y Grader no puede saber cuál es más reciente, así que conservó lo del proyecto ({answers}); revisa esa respuesta.</numerusform>
            <numerusform>%n puntuaciones finales o comentarios de la hoja difieren de lo que guarda {file} y Grader no puede saber cuáles son más recientes, así que conservó lo del proyecto ({answers}); revisa esas respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier decisions in the sheet were not taken over because they belong to no answer of the columns chosen.</source>
        <translation>
            <numerusform>%n decisión anterior de la hoja no se tomó porque no pertenece a ninguna respuesta de las columnas elegidas.</numerusform>
            <numerusform>%n decisiones anteriores de la hoja no se tomaron porque no pertenecen a ninguna respuesta de las columnas elegidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some students in this sheet share a name, and the sheet&apos;s column “{column}” is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</source>
        <translation>Algunos estudiantes de esta hoja comparten un nombre, y la columna «{column}» de la hoja no está elegida para los identificadores de los estudiantes: Grader los mantiene separados por la fila donde empiezan las respuestas de cada uno. Elígela para los identificadores (Archivo ▸ Elegir columnas…) antes de subir las notas a una plataforma de aprendizaje.</translation>
    </message>
    <message>
        <source>Some students in this sheet share a name, and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start. Add a column of student ids to the sheet before you upload grades to a learning platform.</source>
        <translation>Algunos estudiantes de esta hoja comparten nombre y la hoja no tiene columna de identificador de estudiante: Grader los distingue por la fila donde empiezan las respuestas de cada uno. Añade a la hoja una columna de identificadores de estudiante antes de subir las calificaciones a una plataforma de aprendizaje.</translation>
    </message>
    <message numerus="yes">
        <source>Models {models} not installed; those questions are yours to score.</source>
        <translation>
            <numerusform>El modelo {models} no está instalado; esas preguntas las puntúas tú.</numerusform>
            <numerusform>Los modelos {models} no están instalados; esas preguntas las puntúas tú.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was saved for %n answers could not be read: if you had scored them, score them again.</source>
        <translation>
            <numerusform>Lo guardado para %n respuesta no se pudo leer: si la habías puntuado, vuelve a puntuarla.</numerusform>
            <numerusform>Lo guardado para %n respuestas no se pudo leer: si las habías puntuado, vuelve a puntuarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>an answer to {item}</source>
        <translation>una respuesta a {item}</translation>
    </message>
    <message>
        <source>{student} on {item}</source>
        <translation>{student} en {item}</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n final scores typed into the sheet as your decisions, with their comments.</source>
        <translation>
            <numerusform>Se tomó %n puntuación final escrita en la hoja como decisión tuya, con su comentario.</numerusform>
            <numerusform>Se tomaron %n puntuaciones finales escritas en la hoja como decisiones tuyas, con sus comentarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers are the model&apos;s again, not your decisions: what you had added to the model&apos;s score was cleared in the sheet since Grader last saved or read it ({answers}).</source>
        <translation>
            <numerusform>%n respuesta vuelve a ser del modelo, no decisión tuya: lo que habías añadido a la puntuación del modelo se borró en la hoja desde que Grader la guardó o leyó por última vez ({answers}).</numerusform>
            <numerusform>%n respuestas vuelven a ser del modelo, no decisiones tuyas: lo que habías añadido a la puntuación del modelo se borró en la hoja desde que Grader la guardó o leyó por última vez ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model files could not be loaded ({files}), so their questions are yours to score for now; replace them with good copies (install Grader again for models that came with it) and open this sheet again.</source>
        <translation>
            <numerusform>No se pudo cargar un archivo de modelo ({files}), así que por ahora sus preguntas las puntúas tú; sustitúyelo por una copia en buen estado (si el modelo venía con Grader, vuelve a instalar Grader) y vuelve a abrir esta hoja.</numerusform>
            <numerusform>No se pudieron cargar %n archivos de modelo ({files}), así que por ahora sus preguntas las puntúas tú; sustitúyelos por copias en buen estado (si los modelos venían con Grader, vuelve a instalar Grader) y vuelve a abrir esta hoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} was damaged, so Grader kept it as {kept} and made a new {file} of the %n decisions it could still read.</source>
        <translation>
            <numerusform>{file} estaba dañado, así que Grader lo guardó como {kept} e hizo un {file} nuevo con la %n decisión que aún se podía leer.</numerusform>
            <numerusform>{file} estaba dañado, así que Grader lo guardó como {kept} e hizo un {file} nuevo con las %n decisiones que aún se podían leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the worksheet {sheet}, the one you worked on last; to grade another worksheet of this workbook, choose File ▸ Choose columns… and pick it.</source>
        <translation>Grader abrió la hoja {sheet}, la última en la que trabajaste; para calificar otra hoja de este libro, elige Archivo ▸ Elegir columnas… y selecciona allí la hoja.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the worksheet {sheet}, the one you worked on last. Your work on %n other worksheets is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the worksheet.</source>
        <translation>
            <numerusform>Grader abrió la hoja {sheet}, la última en la que trabajaste. Tu trabajo en %n hoja más también está guardado ({others}): para seguir allí, elige Archivo ▸ Elegir columnas… y selecciona la hoja.</numerusform>
            <numerusform>Grader abrió la hoja {sheet}, la última en la que trabajaste. Tu trabajo en %n hojas más también está guardado ({others}): para seguir allí, elige Archivo ▸ Elegir columnas… y selecciona la hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, {item}</source>
        <translation>fila {row}, {item}</translation>
    </message>
    <message>
        <source>row {row}: “{said}” for {item}, whose scores are {labels}</source>
        <translation>fila {row}: «{said}» en {item}, cuyas puntuaciones son {labels}</translation>
    </message>
    <message numerus="yes">
        <source>%n final scores typed into the sheet were not taken because they are not scores of their questions ({answers}); score those answers in the review.</source>
        <translation>
            <numerusform>%n puntuación final escrita en la hoja no se tomó porque no es una puntuación de su pregunta ({answers}); puntúa esa respuesta en la revisión.</numerusform>
            <numerusform>%n puntuaciones finales escritas en la hoja no se tomaron porque no son puntuaciones de sus preguntas ({answers}); puntúa esas respuestas en la revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be restored because their answers changed in the sheet ({answers}); score them again.</source>
        <translation>
            <numerusform>No se pudo restaurar %n decisión porque su respuesta cambió en la hoja ({answers}); vuelve a puntuarla.</numerusform>
            <numerusform>No se pudieron restaurar %n decisiones porque sus respuestas cambiaron en la hoja ({answers}); vuelve a puntuarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be restored because their answers are no longer in the sheet as they were: their rows were deleted, or their student, question or answer was changed.</source>
        <translation>
            <numerusform>No se pudo restaurar %n decisión porque su respuesta ya no está en la hoja tal como estaba: se borró su fila, o se cambió su estudiante, su pregunta o su respuesta.</numerusform>
            <numerusform>No se pudieron restaurar %n decisiones porque sus respuestas ya no están en la hoja tal como estaban: se borraron sus filas, o se cambiaron sus estudiantes, sus preguntas o sus respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row {rows} of the downloaded report is not a student, so Grader no longer grades it or puts it in any file; what you marked on it (%n decisions or comments) is kept aside in {file}.</source>
        <translation>
            <numerusform>La fila {rows} del informe descargado no es un estudiante, así que Grader ya no la califica ni la pone en ningún archivo; lo que marcaste en ella (%n decisión o comentario) se guarda aparte en {file}.</numerusform>
            <numerusform>La fila {rows} del informe descargado no es un estudiante, así que Grader ya no la califica ni la pone en ningún archivo; lo que marcaste en ella (%n decisiones o comentarios) se guarda aparte en {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows {rows} of the downloaded report are not students, so Grader no longer grades them or puts them in any file; what you marked on them (%n decisions or comments) is kept aside in {file}.</source>
        <translation>
            <numerusform>Las filas {rows} del informe descargado no son estudiantes, así que Grader ya no las califica ni las pone en ningún archivo; lo que marcaste en ellas (%n decisión o comentario) se guarda aparte en {file}.</numerusform>
            <numerusform>Las filas {rows} del informe descargado no son estudiantes, así que Grader ya no las califica ni las pone en ningún archivo; lo que marcaste en ellas (%n decisiones o comentarios) se guarda aparte en {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n decisions are kept in {project}; they come back when the sheet opens again.</source>
        <translation>
            <numerusform>Tu decisión se guarda en {project}; vuelve cuando la hoja se pueda abrir de nuevo.</numerusform>
            <numerusform>Tus %n decisiones se guardan en {project}; vuelven cuando la hoja se pueda abrir de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>Copiando {file}…</translation>
    </message>
    <message>
        <source>The columns of this sheet could not be guessed.</source>
        <translation>No se pudieron adivinar las columnas de esta hoja.</translation>
    </message>
    <message>
        <source>Choose the worksheet of the answers above, or Cancel.</source>
        <translation>Elige arriba la hoja con las respuestas o pulsa Cancelar.</translation>
    </message>
    <message>
        <source>Choose the columns above, or Cancel.</source>
        <translation>Elige las columnas de arriba o pulsa Cancelar.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Apertura cancelada</translation>
    </message>
    <message>
        <source>Reading worksheet {sheet} of {name}…</source>
        <translation>Leyendo la hoja {sheet} de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n rows of {name}…</source>
        <translation>
            <numerusform>Preparando %n fila de {name}…</numerusform>
            <numerusform>Preparando %n filas de {name}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved decisions in {file} could not be read, so they were left out ({answers}): score those answers again; your other decisions are back.</source>
        <translation>
            <numerusform>No se pudo leer %n decisión guardada en {file}, así que se dejó fuera ({answers}): vuelve a puntuar esa respuesta; tus demás decisiones están de vuelta.</numerusform>
            <numerusform>No se pudieron leer %n decisiones guardadas en {file}, así que se dejaron fuera ({answers}): vuelve a puntuar esas respuestas; tus demás decisiones están de vuelta.</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: “{said}” for {item}</source>
        <translation>fila {row}: «{said}» en {item}</translation>
    </message>
    <message numerus="yes">
        <source>%n saved decisions in {file} were left out because their score is not a score of their question ({answers}): score those answers again; your other decisions are back.</source>
        <translation>
            <numerusform>Se dejó fuera %n decisión guardada en {file} porque su puntuación no es una puntuación de su pregunta ({answers}): vuelve a puntuar esa respuesta; tus demás decisiones están de vuelta.</numerusform>
            <numerusform>Se dejaron fuera %n decisiones guardadas en {file} porque sus puntuaciones no son puntuaciones de sus preguntas ({answers}): vuelve a puntuar esas respuestas; tus demás decisiones están de vuelta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threshold saved in {file} for %n questions could not be read ({questions}), so they use their model&apos;s own threshold again.</source>
        <translation>
            <numerusform>No se pudo leer el umbral guardado en {file} para %n pregunta ({questions}), así que vuelve a usar el umbral propio de su modelo.</numerusform>
            <numerusform>No se pudieron leer los umbrales guardados en {file} para %n preguntas ({questions}), así que vuelven a usar el umbral propio de su modelo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own changed for %n answers.</source>
        <translation>
            <numerusform>El modelo de la pregunta {question} ha cambiado desde la última vez que se abrió esta hoja, así que Grader volvió a puntuar sus respuestas (tus decisiones se quedan como están); la puntuación que acepta por sí solo cambió en %n respuesta.</numerusform>
            <numerusform>El modelo de la pregunta {question} ha cambiado desde la última vez que se abrió esta hoja, así que Grader volvió a puntuar sus respuestas (tus decisiones se quedan como están); la puntuación que acepta por sí solo cambió en %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own is the same for every answer.</source>
        <translation>El modelo de la pregunta {question} ha cambiado desde la última vez que se abrió esta hoja, así que Grader volvió a puntuar sus respuestas (tus decisiones se quedan como están); la puntuación que acepta por sí solo es la misma en todas las respuestas.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Grade a class&apos;s short answers</source>
        <translation>Corrige las respuestas cortas de una clase</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The models score every answer; you check only the ones they are unsure of.</source>
        <translation>Todo se queda en este ordenador. Los modelos puntúan todas las respuestas; tú solo revisas aquellas de las que no están seguros.</translation>
    </message>
    <message>
        <source>Open a sheet…</source>
        <translation>Abrir una hoja…</translation>
    </message>
    <message>
        <source>Choose an Excel or CSV sheet of answers (Ctrl+O)</source>
        <translation>Elige una hoja de respuestas de Excel o CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recent sheets</source>
        <translation>Hojas recientes</translation>
    </message>
    <message>
        <source>{name}  —  in {folder}</source>
        <translation>{name}  —  en {folder}</translation>
    </message>
    <message>
        <source>{name}  —  (moved or deleted)</source>
        <translation>{name}  —  (movida o eliminada)</translation>
    </message>
    <message>
        <source>Drop one sheet at a time; Grader opens one class sheet per window.</source>
        <translation>Suelta las hojas de una en una; Grader abre una hoja de clase por ventana.</translation>
    </message>
</context>
<context>
    <name>StudentNames</name>
    <message>
        <source>Student {n}</source>
        <translation>Estudiante {n}</translation>
    </message>
</context>
<context>
    <name>SummarySheet</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Grading summary of {source}</source>
        <translation>Resumen de la corrección: {source}</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>la hoja</translation>
    </message>
    <message>
        <source>Review counts</source>
        <translation>Recuento de la revisión</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Model–teacher agreement on the answers you decided</source>
        <translation>Acuerdo entre el modelo y tú en las respuestas que decidiste</translation>
    </message>
    <message>
        <source>Decided by you</source>
        <translation>Decididas por ti</translation>
    </message>
    <message>
        <source>Of them, scored by the model before you</source>
        <translation>De ellas, puntuadas antes por el modelo</translation>
    </message>
    <message>
        <source>Model agreed (share)</source>
        <translation>El modelo coincidió (proporción)</translation>
    </message>
    <message>
        <source>Closeness to your scores (kappa: 1 = the same, 0 = chance)</source>
        <translation>Cercanía a tus puntuaciones (kappa: 1 = iguales, 0 = azar)</translation>
    </message>
    <message>
        <source>Scores you changed</source>
        <translation>Puntuaciones que cambiaste</translation>
    </message>
    <message>
        <source>Models that scored the answers</source>
        <translation>Modelos que puntuaron las respuestas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Id. del modelo</translation>
    </message>
    <message>
        <source>Version check code</source>
        <translation>Código de comprobación de la versión</translation>
    </message>
    <message>
        <source>No model: you scored it</source>
        <translation>Sin modelo: la puntuaste tú</translation>
    </message>
    <message>
        <source>A model learned from your marks</source>
        <translation>Un modelo aprendido de tus correcciones</translation>
    </message>
    <message>
        <source>Final score distribution per question</source>
        <translation>Distribución de las puntuaciones finales por pregunta</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún pendiente</translation>
    </message>
    <message>
        <source>Final scores: {item}</source>
        <translation>Puntuaciones finales: {item}</translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message>
        <source>Which questions the threshold applies to</source>
        <translation>A qué preguntas se aplica el umbral</translation>
    </message>
    <message>
        <source>Confidence needed to accept an answer without you</source>
        <translation>Confianza necesaria para aceptar una respuesta sin ti</translation>
    </message>
    <message>
        <source>Confidence needed, in percent</source>
        <translation>Confianza necesaria, en porcentaje</translation>
    </message>
    <message>
        <source>Use this for every question</source>
        <translation>Para todas las preguntas</translation>
    </message>
    <message>
        <source>Give every question the confidence shown here</source>
        <translation>Dar a todas las preguntas la confianza que se muestra aquí</translation>
    </message>
    <message>
        <source>Use the models&apos; own thresholds</source>
        <translation>Umbral de cada modelo</translation>
    </message>
    <message>
        <source>Each model&apos;s threshold was chosen on its calibration answers so that the answers it accepts stay within the model&apos;s error target</source>
        <translation>El umbral de cada modelo se eligió con sus respuestas de calibración para que las respuestas que acepta no superen el error objetivo del modelo</translation>
    </message>
    <message>
        <source>what this threshold gives</source>
        <translation>lo que da este umbral</translation>
    </message>
    <message>
        <source>Higher: fewer answers accepted automatically, and fewer mistakes among them.</source>
        <translation>Más alto: menos respuestas aceptadas automáticamente y menos errores entre ellas.</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Its model learns from your marks and has not been checked on them yet</source>
        <translation>Su modelo aprende de tus correcciones y aún no se ha comprobado con ellas</translation>
    </message>
    <message>
        <source>Its model learned from too few marks to be checked on them</source>
        <translation>Su modelo aprendió de demasiado pocas correcciones para comprobarlo con ellas</translation>
    </message>
    <message>
        <source>its model, learned from your marks, could not vouch for any answer in its check on them, so it takes none on its own and its scores are suggestions (the plot shows that check)</source>
        <translation>su modelo, aprendido de tus correcciones, no pudo garantizar ninguna respuesta en su comprobación con ellas, así que no acepta ninguna por sí solo y sus puntuaciones son sugerencias (el gráfico muestra esa comprobación)</translation>
    </message>
    <message>
        <source>its model learned from too few of your marks to be checked on them, so it takes none on its own and its scores are suggestions</source>
        <translation>su modelo aprendió de demasiado pocas de tus correcciones para comprobarlo con ellas, así que no acepta ninguna por sí solo y sus puntuaciones son sugerencias</translation>
    </message>
    <message>
        <source>its model learned from your marks but could not vouch for any answer, so it took none on its own; every answer to this question is decided, so nothing is left to mark here, and marks on more answers to this question, on a later sheet, are what it needs to vouch for some</source>
        <translation>su modelo aprendió de tus correcciones pero no pudo garantizar ninguna respuesta, así que no aceptó ninguna por sí solo; todas las respuestas de esta pregunta están decididas, así que aquí no queda nada por corregir, y lo que necesita para garantizar algunas son correcciones de más respuestas de esta pregunta, en una hoja posterior</translation>
    </message>
    <message>
        <source>its model learns from your marks and cannot vouch for any answer yet, so it takes none on its own and its scores are suggestions (the plot shows how it did in its check on your marks); keep marking, and once a check of your marks vouches for it, the threshold can be set</source>
        <translation>su modelo aprende de tus correcciones y aún no puede garantizar ninguna respuesta, así que no acepta ninguna por sí solo y sus puntuaciones son sugerencias (el gráfico muestra cómo le fue en la comprobación con tus correcciones); sigue corrigiendo, y cuando una comprobación de tus correcciones dé esa garantía, podrás fijar el umbral</translation>
    </message>
    <message>
        <source>its model&apos;s file carries no seal of its settings, so it takes none on its own and its scores are suggestions; install a fresh copy of the model to set a threshold</source>
        <translation>el archivo de su modelo no lleva sello de sus ajustes, así que no acepta ninguna respuesta por sí solo y sus puntuaciones son sugerencias; instala una copia nueva del modelo para fijar un umbral</translation>
    </message>
    <message>
        <source>its model learns from your marks and cannot vouch for any answer yet, so it takes none on its own and its scores are suggestions; keep marking, and once a check of your marks vouches for it, the threshold can be set</source>
        <translation>su modelo aprende de tus correcciones y aún no puede garantizar ninguna respuesta, así que no acepta ninguna por sí solo y sus puntuaciones son sugerencias; sigue corrigiendo, y cuando una comprobación de tus correcciones dé esa garantía, podrás fijar el umbral</translation>
    </message>
    <message>
        <source>its model is not sure enough of any answer to score it without you, so every answer comes to you and its scores are suggestions</source>
        <translation>su modelo no está lo bastante seguro de ninguna respuesta para puntuarla sin ti, así que todas te llegan a ti y sus puntuaciones son sugerencias</translation>
    </message>
    <message numerus="yes">
        <source>the model takes {taken} of this question&apos;s %n answers on its own (of the answers it was checked on, it took {share}, at most {wrong} of those wrong)</source>
        <translation>
            <numerusform>el modelo acepta por sí solo {taken} de la única respuesta de esta pregunta (de las respuestas con que se comprobó, aceptó {share}, como mucho {wrong} de ellas mal)</numerusform>
            <numerusform>el modelo acepta por sí solo {taken} de las %n respuestas de esta pregunta (de las respuestas con que se comprobó, aceptó {share}, como mucho {wrong} de ellas mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>no calibration data for this model</source>
        <translation>no hay datos de calibración para este modelo</translation>
    </message>
    <message>
        <source>its model learned again from your marks and uses its own threshold again (yours was for the model before); {effect}</source>
        <translation>su modelo volvió a aprender de tus correcciones y usa otra vez su propio umbral (el tuyo era para el modelo anterior); {effect}</translation>
    </message>
    <message>
        <source>Question {question}: {effect}.</source>
        <translation>Pregunta {question}: {effect}.</translation>
    </message>
    <message>
        <source>Each question now needs: {thresholds}.</source>
        <translation>Cada pregunta necesita ahora: {thresholds}.</translation>
    </message>
</context>
<context>
    <name>TitlesBox</name>
    <message>
        <source>&amp;Name for this quiz:</source>
        <translation>&amp;Nombre de este cuestionario:</translation>
    </message>
    <message>
        <source>name for this quiz</source>
        <translation>nombre de este cuestionario</translation>
    </message>
    <message>
        <source>Written before each question title that is only a number (“Q1”), so that this quiz&apos;s columns are not taken for another quiz&apos;s.</source>
        <translation>Va delante de cada título de pregunta que es solo un número («Q1»), para que las columnas de este cuestionario no se tomen por las de otro.</translation>
    </message>
    <message>
        <source>Each t&amp;itle…</source>
        <translation>Cada &amp;título…</translation>
    </message>
    <message>
        <source>Type any column title in full.</source>
        <translation>Escribe completo el título de cualquier columna.</translation>
    </message>
    <message>
        <source>Column titles: {titles}.</source>
        <translation>Títulos de las columnas: {titles}.</translation>
    </message>
    <message numerus="yes">
        <source>Column titles: {titles} and %n more.</source>
        <translation>
            <numerusform>Títulos de las columnas: {titles} y %n más.</numerusform>
            <numerusform>Títulos de las columnas: {titles} y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitlesEditor</name>
    <message>
        <source>Column titles</source>
        <translation>Títulos de las columnas</translation>
    </message>
    <message>
        <source>The title of each question&apos;s column in the file. An empty field takes the title your quiz&apos;s name gives it.</source>
        <translation>El título de la columna de cada pregunta en el archivo. Un campo vacío toma el título que le da el nombre de tu cuestionario.</translation>
    </message>
    <message>
        <source>title of question {question}</source>
        <translation>título de la pregunta {question}</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>That step cannot be undone or redone any more: an answer it changed is no longer in the sheet as it was (edited or removed since), so Grader leaves the scores as they are.</source>
        <translation>Ese paso ya no se puede deshacer ni rehacer: una respuesta que cambió ya no está en la hoja como estaba (se editó o se quitó desde entonces), así que Grader deja las puntuaciones como están.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ninguna puntuación</translation>
    </message>
    <message>
        <source>That step cannot be undone or redone any more: the model&apos;s score for {student}&apos;s answer is {now} now, where it was {then}, so taking your score off would not bring back what you saw.</source>
        <translation>Ese paso ya no se puede deshacer ni rehacer: el modelo da ahora {now} a la respuesta de {student}, y entonces daba {then}, así que quitar tu puntuación no devolvería lo que viste.</translation>
    </message>
    <message>
        <source>it has no score now</source>
        <translation>ahora no tiene puntuación</translation>
    </message>
    <message>
        <source>its score is now {score}</source>
        <translation>su puntuación es ahora {score}</translation>
    </message>
    <message>
        <source>its comment is not the same now</source>
        <translation>su comentario ahora es otro</translation>
    </message>
    <message>
        <source>That step cannot be undone or redone any more: {student}&apos;s answer was changed after it ({change}), so Grader leaves it as it is.</source>
        <translation>Ese paso ya no se puede deshacer ni rehacer: la respuesta de {student} se cambió después ({change}), así que Grader la deja como está.</translation>
    </message>
    <message>
        <source>an answer changed in the sheet since</source>
        <translation>una respuesta cambiada en la hoja desde entonces</translation>
    </message>
</context>
<context>
    <name>_Member</name>
    <message>
        <source>Pull out (P)</source>
        <translation>Sacar (P)</translation>
    </message>
    <message>
        <source>Take this answer out of the group: it gets its own score</source>
        <translation>Sacar esta respuesta del grupo: recibe su propia puntuación</translation>
    </message>
</context>
<context>
    <name>_MemberList</name>
    <message numerus="yes">
        <source>Show the answers before these (%n more answers above)</source>
        <translation>
            <numerusform>Mostrar las respuestas anteriores (%n respuesta más arriba)</numerusform>
            <numerusform>Mostrar las respuestas anteriores (%n respuestas más arriba)</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows a few of the group&apos;s answers at a time; ↑ on the first one here shows the one before it too.</source>
        <translation>La lista muestra las respuestas del grupo por partes; ↑ en la primera de aquí muestra también la anterior.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>No data leaves this computer. Grader opens no network connection: your sheets, the scores, your decisions and comments stay in files on this computer (the project file sits beside your sheet).</source>
        <translation>Ningún dato sale de este ordenador. Grader no abre ninguna conexión de red: tus hojas, las puntuaciones, tus decisiones y tus comentarios se quedan en archivos de este ordenador (el archivo del proyecto está junto a tu hoja).</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>open a sheet</source>
        <translation>abrir una hoja</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the graded sheet or a report</source>
        <translation>exportar la hoja corregida o un informe</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>save (every decision is already saved the moment you make it)</source>
        <translation>guardar (cada decisión ya se guarda en el momento en que la tomas)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>review the answers that need you / accept the model&apos;s score</source>
        <translation>revisar las respuestas que te necesitan / aceptar la puntuación del modelo</translation>
    </message>
    <message>
        <source>0–9</source>
        <translation>0–9</translation>
    </message>
    <message>
        <source>give a score while reviewing (in a group: to every answer except those that differ from the typical answer, which stay open to read)</source>
        <translation>puntuar al revisar (en un grupo, todas sus respuestas salvo las que difieren de la respuesta típica, que quedan abiertas para leerlas)</translation>
    </message>
    <message>
        <source>← → or K J</source>
        <translation>← → o K J</translation>
    </message>
    <message>
        <source>previous / next answer</source>
        <translation>respuesta anterior / siguiente</translation>
    </message>
    <message>
        <source>↑ ↓ / P</source>
        <translation>↑ ↓ / P</translation>
    </message>
    <message>
        <source>choose an answer in a group / pull it out to score it on its own</source>
        <translation>elegir una respuesta de un grupo / sacarla para puntuarla aparte</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>the answers Grader suggests marking next (a question whose model learns from you)</source>
        <translation>las respuestas que Grader sugiere corregir a continuación (una pregunta cuyo modelo aprende de ti)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>give the score to the identical answers</source>
        <translation>aplicar la puntuación a las respuestas idénticas</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>comment on the answer</source>
        <translation>comentar la respuesta</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>show the question&apos;s whole text while reviewing (Q again: only the question)</source>
        <translation>mostrar el texto completo de la pregunta al revisar (Q otra vez: solo la pregunta)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>deshacer / rehacer</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>search the results</source>
        <translation>buscar en los resultados</translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+0</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+0</translation>
    </message>
    <message>
        <source>the results table / the review / the start screen</source>
        <translation>la tabla de resultados / la revisión / la pantalla de inicio</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Mayús+B</translation>
    </message>
    <message>
        <source>hide student names (blind marking)</source>
        <translation>ocultar los nombres (corrección anónima)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>close the sheet</source>
        <translation>cerrar la hoja</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the results table (in its search box: clear the search)</source>
        <translation>volver a la tabla de resultados (en su cuadro de búsqueda: borrar la búsqueda)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>esta ventana</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <source>Scores students&apos; short written answers with small models that run on this computer&apos;s processor, and puts only the answers the models are unsure of in front of you.</source>
        <translation>Puntúa las respuestas cortas escritas de los estudiantes con modelos pequeños que funcionan en el procesador de este ordenador, y solo te presenta las respuestas de las que los modelos no están seguros.</translation>
    </message>
    <message>
        <source>{model} ({id}) for {questions}</source>
        <translation>{model} ({id}) para {questions}</translation>
    </message>
    <message>
        <source>agreement with teachers on held-out answers (QWK) {qwk}</source>
        <translation>coincidencia con los docentes en respuestas reservadas (QWK) {qwk}</translation>
    </message>
    <message>
        <source>Models scoring this sheet</source>
        <translation>Modelos que puntúan esta hoja</translation>
    </message>
    <message>
        <source>None: you score every answer of this sheet.</source>
        <translation>Ninguno: tú puntúas todas las respuestas de esta hoja.</translation>
    </message>
    <message>
        <source>Models installed</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>None installed yet.</source>
        <translation>Todavía no hay ninguno instalado.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Made with Qt for Python (PySide6) and ONNX Runtime. Models trained on public data (ASAP Short Answer Scoring, Hewlett Foundation); see each model&apos;s card for its provenance.</source>
        <translation>Hecho con Qt for Python (PySide6) y ONNX Runtime. Modelos entrenados con datos públicos (ASAP Short Answer Scoring, Hewlett Foundation); consulta la ficha de cada modelo para ver su procedencia.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{score} is not a score for this question; use one of {allowed}</source>
        <translation>{score} no es una puntuación de esta pregunta; usa una de estas: {allowed}</translation>
    </message>
    <message numerus="yes">
        <source>your marks of %n answers taken as your decisions</source>
        <translation>
            <numerusform>tus correcciones de %n respuesta usadas como tus decisiones</numerusform>
            <numerusform>tus correcciones de %n respuestas usadas como tus decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>clear the score of {student}</source>
        <translation>borrar la puntuación de {student}</translation>
    </message>
    <message numerus="yes">
        <source>score {score} for %n identical answers</source>
        <translation>
            <numerusform>puntuación {score} para %n respuesta idéntica</numerusform>
            <numerusform>puntuación {score} para %n respuestas idénticas</numerusform>
        </translation>
    </message>
    <message>
        <source>score {score} for {student}</source>
        <translation>puntuación {score} para {student}</translation>
    </message>
</context>
<context>
    <name>drop_zone</name>
    <message>
        <source>“{name}” is a folder; drop the sheet of answers itself (an .xlsx or .csv file).</source>
        <translation>«{name}» es una carpeta; suelta la propia hoja de respuestas (un archivo .xlsx o .csv).</translation>
    </message>
    <message>
        <source>“{name}” is a {suffix} file, which Grader cannot open; drop an Excel (.xlsx) or CSV sheet of answers, or a .gradebundle model.</source>
        <translation>«{name}» es un archivo {suffix}, que Grader no puede abrir; suelta una hoja de respuestas de Excel (.xlsx) o CSV, o un modelo .gradebundle.</translation>
    </message>
    <message>
        <source>“{name}” is a file without a type, which Grader cannot open; drop an Excel (.xlsx) or CSV sheet of answers, or a .gradebundle model.</source>
        <translation>«{name}» es un archivo sin tipo, que Grader no puede abrir; suelta una hoja de respuestas de Excel (.xlsx) o CSV, o un modelo .gradebundle.</translation>
    </message>
</context>
<context>
    <name>export_formats</name>
    <message>
        <source>Your sheet, graded</source>
        <translation>Tu hoja, corregida</translation>
    </message>
    <message>
        <source>Feedback for students</source>
        <translation>Comentarios para los estudiantes</translation>
    </message>
    <message>
        <source>Grades back to your learning platform</source>
        <translation>Devolver las notas a tu plataforma educativa</translation>
    </message>
    <message>
        <source>{kind} file (*{suffix})</source>
        <translation>Archivo {kind} (*{suffix})</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Students it cannot match are not left out silently: they are listed here after saving, and in a small “-unmatched.csv” beside the file.</source>
        <translation>Los estudiantes que no se puedan asignar no se omiten sin avisar: aparecen aquí después de guardar y en un pequeño «-unmatched.csv» junto al archivo.</translation>
    </message>
    <message>
        <source>Canvas gradebook (CSV import)</source>
        <translation>Libro de calificaciones de Canvas (importación CSV)</translation>
    </message>
    <message>
        <source>In Canvas: Grades &gt; Import, then choose this file.</source>
        <translation>En Canvas abre «Calificaciones», elige «Importar» y luego este archivo.</translation>
    </message>
    <message>
        <source>Moodle gradebook (CSV import)</source>
        <translation>Calificaciones de Moodle (importación CSV)</translation>
    </message>
    <message>
        <source>In Moodle: Grades &gt; Import &gt; CSV file.</source>
        <translation>En Moodle: «Calificaciones &gt; Importar &gt; Archivo CSV».</translation>
    </message>
    <message>
        <source>Moodle gradebook by your student id column (CSV import)</source>
        <translation>Calificaciones de Moodle por ID de estudiante (CSV)</translation>
    </message>
    <message>
        <source>In Moodle: Grades &gt; Import &gt; CSV file; your student ids go in as ID numbers.</source>
        <translation>En Moodle: «Calificaciones &gt; Importar &gt; Archivo CSV»; tus ID de estudiante entran como números de ID.</translation>
    </message>
    <message>
        <source>Moodle assignment grading worksheet</source>
        <translation>Hoja de calificación de una tarea de Moodle</translation>
    </message>
    <message>
        <source>In Moodle: the assignment&apos;s View all submissions &gt; Upload grading worksheet.</source>
        <translation>En Moodle: en la tarea, «Ver todos los envíos &gt; Subir hoja de calificaciones».</translation>
    </message>
    <message>
        <source>Blackboard Grade Center (CSV upload)</source>
        <translation>Grade Center de Blackboard (subida CSV)</translation>
    </message>
    <message>
        <source>In Blackboard: Grade Center &gt; Work Offline &gt; Upload.</source>
        <translation>En Blackboard, en Grade Center &gt; Work Offline &gt; Upload.</translation>
    </message>
    <message>
        <source>Brightspace (D2L) grades (CSV import)</source>
        <translation>Calificaciones de Brightspace (D2L) (importación CSV)</translation>
    </message>
    <message>
        <source>In Brightspace: Grades &gt; Import.</source>
        <translation>En Brightspace abre «Calificaciones» y elige «Importar».</translation>
    </message>
    <message>
        <source>Google Classroom grades (CSV by email)</source>
        <translation>Calificaciones de Google Classroom (CSV por correo electrónico)</translation>
    </message>
    <message>
        <source>In Google Classroom: the grades by email address, one column per question.</source>
        <translation>Para Google Classroom: las calificaciones por dirección de correo, una columna por pregunta.</translation>
    </message>
    <message>
        <source>Points per question (CSV)</source>
        <translation>Puntos por pregunta (CSV)</translation>
    </message>
    <message>
        <source>any system</source>
        <translation>cualquier sistema</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet, or paste the columns into any gradebook.</source>
        <translation>Ábrelo en una hoja de cálculo o pega las columnas en cualquier libro de calificaciones.</translation>
    </message>
    <message>
        <source>-graded</source>
        <translation>-corregida</translation>
    </message>
    <message>
        <source>-canvas</source>
        <translation>-canvas</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-informe</translation>
    </message>
    <message>
        <source>-feedback</source>
        <translation>-comentarios</translation>
    </message>
    <message>
        <source>-canvas-gradebook</source>
        <translation>-canvas-calificaciones</translation>
    </message>
    <message>
        <source>-moodle-gradebook</source>
        <translation>-moodle-calificaciones</translation>
    </message>
    <message>
        <source>-moodle-gradebook-by-id</source>
        <translation>-moodle-calificaciones-por-id</translation>
    </message>
    <message>
        <source>-moodle-worksheet</source>
        <translation>-moodle-hoja-de-calificaciones</translation>
    </message>
    <message>
        <source>-blackboard-grade-center</source>
        <translation>-blackboard-grade-center</translation>
    </message>
    <message>
        <source>-brightspace-grades</source>
        <translation>-brightspace-calificaciones</translation>
    </message>
    <message>
        <source>-google-classroom</source>
        <translation>-google-classroom</translation>
    </message>
    <message>
        <source>-points</source>
        <translation>-puntos</translation>
    </message>
    <message>
        <source>&amp;Graded spreadsheet (.xlsx) with a Summary sheet and a chart per question</source>
        <translation>&amp;Hoja corregida (.xlsx) con una hoja de resumen y un gráfico por pregunta</translation>
    </message>
    <message>
        <source>Your original columns are kept; the grading columns and a Summary sheet are added.</source>
        <translation>Se conservan tus columnas originales; se añaden las columnas de corrección y una hoja de resumen.</translation>
    </message>
    <message>
        <source>Graded sheet as &amp;CSV (.csv)</source>
        <translation>Hoja corregida en &amp;CSV (.csv)</translation>
    </message>
    <message>
        <source>Your original columns are kept; the grading columns are added. UTF-8, opens in Excel.</source>
        <translation>Se conservan tus columnas originales; se añaden las columnas de corrección. UTF-8, se abre en Excel.</translation>
    </message>
    <message>
        <source>C&amp;anvas gradebook by your student id column (.csv)</source>
        <translation>Libro de calificaciones de C&amp;anvas por tu columna de ID de estudiante (.csv)</translation>
    </message>
    <message>
        <source>Import it in Canvas under Grades ▸ Import. Students are matched by the SIS User ID (your student id column); empty cells leave Canvas&apos;s grade unchanged.</source>
        <translation>En Canvas abre «Calificaciones», elige «Importar» y súbelo. Los estudiantes se asignan por el SIS User ID (tu columna de ID de estudiante); las celdas vacías dejan la nota de Canvas sin cambios.</translation>
    </message>
    <message>
        <source>&amp;Printable grade report (.pdf)</source>
        <translation>&amp;Informe de notas para imprimir (.pdf)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A report to print: score distribution per question, what you reviewed and changed, and every student&apos;s scores.</source>
        <translation>Un informe para imprimir: distribución de puntuaciones por pregunta, lo que revisaste y cambiaste, y las puntuaciones de cada estudiante.</translation>
    </message>
    <message>
        <source>&amp;Feedback for each student (.xlsx)</source>
        <translation>Co&amp;mentarios para cada estudiante (.xlsx)</translation>
    </message>
    <message>
        <source>One row per student with their own answers, scores, rubric words and your comments, ready for a mail merge.</source>
        <translation>Una fila por estudiante con sus propias respuestas, puntuaciones, descriptores de la rúbrica y tus comentarios, lista para una combinación de correspondencia.</translation>
    </message>
    <message>
        <source>Feedback for each student (.csv)</source>
        <translation>Comentarios para cada estudiante (.csv)</translation>
    </message>
    <message>
        <source>One row per student with their own answers, scores, rubric words and your comments, ready for a mail merge. UTF-8, opens in Excel.</source>
        <translation>Una fila por estudiante con sus propias respuestas, puntuaciones, descriptores de la rúbrica y tus comentarios, lista para una combinación de correspondencia. UTF-8, se abre en Excel.</translation>
    </message>
    <message>
        <source>Feedback for students, one printable page each (P&amp;DF)</source>
        <translation>Comentarios para los estudiantes, una página imprimible por estudiante (P&amp;DF)</translation>
    </message>
    <message>
        <source>One page per student to print or hand out: each question, their answer, the score, the rubric&apos;s words, your comment.</source>
        <translation>Una página por estudiante para imprimir o entregar: cada pregunta, su respuesta, la puntuación, los descriptores de la rúbrica y tu comentario.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (fila {row})</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>A new language applies when Grader starts again</source>
        <translation>El nuevo idioma se aplica cuando Grader se vuelva a abrir</translation>
    </message>
    <message>
        <source>Grader cannot save its settings in {folder}, so the language you chose is forgotten when it closes and does not apply the next time it starts.</source>
        <translation>Grader no puede guardar su configuración en {folder}, así que el idioma elegido se olvida al cerrarlo y no se aplica la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Grader will be in {language} the next time it starts.</source>
        <translation>Grader estará en {language} la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Grader will follow the system&apos;s language the next time it starts.</source>
        <translation>Grader usará el idioma del sistema la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>&amp;Abrir hoja…</translation>
    </message>
    <message>
        <source>Open an Excel or CSV sheet of students&apos; answers</source>
        <translation>Abrir una hoja de Excel o CSV con las respuestas de los estudiantes</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Every decision is saved as you make it; this confirms it</source>
        <translation>Cada decisión se guarda al tomarla; esto lo confirma</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write the graded sheet, a Canvas gradebook or a printable report</source>
        <translation>Guardar la hoja corregida, un libro de calificaciones de Canvas o un informe para imprimir</translation>
    </message>
    <message>
        <source>&amp;Add a model…</source>
        <translation>Añadir un mo&amp;delo…</translation>
    </message>
    <message>
        <source>Add a .gradebundle model to the library</source>
        <translation>Añadir un modelo .gradebundle a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Make models from a marked sheet…</source>
        <translation>Crear &amp;modelos a partir de una hoja corregida…</translation>
    </message>
    <message>
        <source>Learn a model per question from a sheet whose answers you have already scored</source>
        <translation>Aprender un modelo por pregunta de una hoja cuyas respuestas ya has puntuado</translation>
    </message>
    <message>
        <source>Save as mo&amp;del…</source>
        <translation>G&amp;uardar como modelo…</translation>
    </message>
    <message>
        <source>Save the model learned from your marks on this question, and add it to your models</source>
        <translation>Guardar el modelo aprendido de tus correcciones en esta pregunta y añadirlo a tus modelos</translation>
    </message>
    <message>
        <source>C&amp;hoose columns…</source>
        <translation>Elegir co&amp;lumnas…</translation>
    </message>
    <message>
        <source>Choose again which columns hold the students, questions and answers; your decisions stay with their answers</source>
        <translation>Volver a elegir qué columnas contienen los estudiantes, las preguntas y las respuestas; tus decisiones se quedan con sus respuestas</translation>
    </message>
    <message>
        <source>&amp;Close sheet</source>
        <translation>&amp;Cerrar hoja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <source>Search students, answers and comments</source>
        <translation>Buscar estudiantes, respuestas y comentarios</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Results table</source>
        <translation>Tabla de &amp;resultados</translation>
    </message>
    <message>
        <source>Re&amp;view answers that need you</source>
        <translation>Re&amp;visar las respuestas que te necesitan</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>Pantalla de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Grader and keyboard keys</source>
        <translation>&amp;Acerca de Grader y las teclas</translation>
    </message>
    <message>
        <source>No recent sheets</source>
        <translation>No hay hojas recientes</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Auto-accepted</source>
        <translation>Aceptada automáticamente</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Cambiada por ti</translation>
    </message>
    <message>
        <source>Yours to score (no model)</source>
        <translation>La puntúas tú (sin modelo)</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>auto-accepted</source>
        <translation>aceptada automáticamente</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>cambiada por ti</translation>
    </message>
    <message>
        <source>yours to score (no model)</source>
        <translation>la puntúas tú (sin modelo)</translation>
    </message>
    <message>
        <source>formula without a saved value</source>
        <translation>fórmula sin valor guardado</translation>
    </message>
    <message>
        <source>not prose or another language</source>
        <translation>no es texto o está en otro idioma</translation>
    </message>
    <message>
        <source>To review</source>
        <comment>status in a word or two, for “Needs review”</comment>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>status in one short word, for “Auto-accepted”</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status in one short word, for “Confirmed by you”</comment>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>status in one short word, for “Changed by you”</comment>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Scored</source>
        <comment>status in one short word, for “Scored by you”</comment>
        <translation>Puntuada</translation>
    </message>
    <message>
        <source>To score</source>
        <comment>status in one short word, for “Yours to score (no model)”</comment>
        <translation>Por puntuar</translation>
    </message>
    <message>
        <source>no value</source>
        <comment>flag in a word or two (results table), for “formula without a saved value”</comment>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>blank</source>
        <comment>flag in a word or two (results table), for “blank”</comment>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>too short</source>
        <comment>flag in a word or two (results table), for “too short”</comment>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <source>copies task</source>
        <comment>flag in a word or two (results table), for “copied from prompt”</comment>
        <translation>copia enunciado</translation>
    </message>
    <message>
        <source>identical</source>
        <comment>flag in a word or two (results table), for “identical to another answer”</comment>
        <translation>idéntica</translation>
    </message>
    <message>
        <source>not prose</source>
        <comment>flag in a word or two (results table), for “not prose or another language”</comment>
        <translation>no es prosa</translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>flag in a word or two (results table), for “hidden characters”</comment>
        <translation>caracteres ocultos</translation>
    </message>
    <message>
        <source>repetitive</source>
        <comment>flag in a word or two (results table), for “repeats itself”</comment>
        <translation>se repite</translation>
    </message>
    <message>
        <source>very long</source>
        <comment>flag in a word or two (results table), for “much longer than the others”</comment>
        <translation>muy larga</translation>
    </message>
    <message>
        <source>just terms</source>
        <comment>flag in a word or two (results table), for “only a list of terms”</comment>
        <translation>solo términos</translation>
    </message>
    <message>
        <source>negates</source>
        <comment>flag in a word or two (results table), for “denies or negates”</comment>
        <translation>niega</translation>
    </message>
    <message>
        <source>model fault</source>
        <comment>flag in a word or two (results table), for “invalid model output”</comment>
        <translation>error del modelo</translation>
    </message>
    <message>
        <source>{flag} +{more}</source>
        <comment>results table&apos;s Flags cell: the most serious flag in a word or two, and how many more flags the answer has (the cell&apos;s tooltip names them all)</comment>
        <translation>{flag} +{more}</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Puntuando…</translation>
    </message>
    <message>
        <source>Confirmed by you</source>
        <translation>Confirmada por ti</translation>
    </message>
    <message>
        <source>Scored by you</source>
        <translation>Puntuada por ti</translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation>confirmada por ti</translation>
    </message>
    <message>
        <source>scored by you</source>
        <translation>puntuada por ti</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <source>copied from prompt</source>
        <translation>copiada del enunciado</translation>
    </message>
    <message>
        <source>identical to another answer</source>
        <translation>idéntica a otra respuesta</translation>
    </message>
    <message>
        <source>hidden characters</source>
        <translation>caracteres ocultos</translation>
    </message>
    <message>
        <source>repeats itself</source>
        <translation>se repite</translation>
    </message>
    <message>
        <source>much longer than the others</source>
        <translation>mucho más larga que las demás</translation>
    </message>
    <message>
        <source>only a list of terms</source>
        <translation>solo una lista de términos</translation>
    </message>
    <message>
        <source>denies or negates</source>
        <translation>niega o desmiente</translation>
    </message>
    <message>
        <source>invalid model output</source>
        <translation>salida del modelo no válida</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>a question on the reading “{passage}” (%n words)</source>
        <translation>
            <numerusform>una pregunta sobre la lectura «{passage}» (%n palabra)</numerusform>
            <numerusform>una pregunta sobre la lectura «{passage}» (%n palabras)</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>closely</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>fairly well</source>
        <translation>bastante bien</translation>
    </message>
    <message>
        <source>weakly</source>
        <translation>poco</translation>
    </message>
    <message>
        <source>poorly</source>
        <translation>mal</translation>
    </message>
    <message>
        <source>the model takes no answer on its own: every answer comes to you</source>
        <translation>el modelo no asume ninguna respuesta por sí solo: todas te llegan a ti</translation>
    </message>
    <message>
        <source>the model takes {share} of answers, at most {wrong} wrong</source>
        <translation>el modelo asume el {share} de las respuestas, como mucho un {wrong} mal</translation>
    </message>
    <message numerus="yes">
        <source>the model takes {taken} of this question&apos;s %n answers on its own, but no error rate was measured for a threshold this low (the lowest it was checked at is {lowest})</source>
        <translation>
            <numerusform>el modelo acepta por sí solo {taken} de la única respuesta de esta pregunta, pero no se midió ninguna tasa de error para un umbral tan bajo (el más bajo comprobado es {lowest})</numerusform>
            <numerusform>el modelo acepta por sí solo {taken} de las %n respuestas de esta pregunta, pero no se midió ninguna tasa de error para un umbral tan bajo (el más bajo comprobado es {lowest})</numerusform>
        </translation>
    </message>
    <message>
        <source>none on its own: its file carries no seal of its settings</source>
        <translation>ninguna por sí solo: su archivo no lleva sello de sus ajustes</translation>
    </message>
    <message>
        <source>none on its own: every answer comes to you</source>
        <translation>ninguna por sí solo: todas te llegan a ti</translation>
    </message>
    <message>
        <source>some answers on its own; its risk table does not say how many</source>
        <translation>algunas respuestas por sí solo; su tabla de riesgo no dice cuántas</translation>
    </message>
    <message>
        <source>{share} of answers, at most {wrong} wrong</source>
        <translation>el {share} de las respuestas, como mucho un {wrong} mal</translation>
    </message>
    <message numerus="yes">
        <source>your mark on {agreed} of %n answers</source>
        <translation>
            <numerusform>tu nota en {agreed} de %n respuesta</numerusform>
            <numerusform>tu nota en {agreed} de %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {question}: its model&apos;s file carries no seal of its settings (a model file of an older Grader, or one whose seal was removed), so Grader cannot tell whether its thresholds were changed and does not let it score any answer without you; the model&apos;s score is only a suggestion. Install a fresh copy of the model, or learn it again, to have it take answers.</source>
        <translation>Pregunta {question}: el archivo de su modelo no lleva sello de sus ajustes (un archivo de modelo de un Grader anterior, o uno al que se le quitó el sello), así que Grader no puede saber si se cambiaron sus umbrales y no le deja puntuar ninguna respuesta sin ti; la puntuación del modelo es solo una sugerencia. Instala una copia nueva del modelo, o haz que aprenda de nuevo, para que acepte respuestas.</translation>
    </message>
    <message>
        <source>Question {question}: its model is not sure enough of any answer to score it without you, so every answer to this question is yours to check; the model&apos;s score is only a suggestion.</source>
        <translation>Pregunta {question}: su modelo no está lo bastante seguro de ninguna respuesta para puntuarla sin ti, así que te toca revisar todas las respuestas a esta pregunta; la puntuación del modelo es solo una sugerencia.</translation>
    </message>
    <message>
        <source>Question {question}: at the {needed} you asked for, the model scores no answer to this question without you, so every answer is yours to check; the model&apos;s score is only a suggestion.</source>
        <translation>Pregunta {question}: con el {needed} que pediste, el modelo no puntúa ninguna respuesta a esta pregunta sin ti, así que te toca revisarlas todas; la puntuación del modelo es solo una sugerencia.</translation>
    </message>
    <message>
        <source>No model scores this question yet.</source>
        <translation>Ningún modelo puntúa todavía esta pregunta.</translation>
    </message>
    <message>
        <source>Flagged answers always come to you.</source>
        <translation>Las respuestas con aviso siempre te llegan.</translation>
    </message>
    <message>
        <source>Every answer to this question comes to you: its model&apos;s file carries no seal of its settings, so Grader does not let it score alone.</source>
        <translation>Todas las respuestas a esta pregunta llegan a ti: el archivo de su modelo no lleva sello de sus ajustes, así que Grader no le deja puntuar solo.</translation>
    </message>
    <message>
        <source>Every answer to this question comes to you: its model is not sure enough of any answer to score it alone.</source>
        <translation>Todas las respuestas a esta pregunta te llegan a ti: su modelo no está lo bastante seguro de ninguna para puntuarla solo.</translation>
    </message>
    <message>
        <source>At the {needed} you asked for, the model scores no answer to this question alone.</source>
        <translation>Con el {needed} que pediste, el modelo no puntúa solo ninguna respuesta a esta pregunta.</translation>
    </message>
    <message>
        <source>The model learned from your marks cannot vouch for any answer yet, so it takes none.</source>
        <translation>El modelo de tus correcciones aún no garantiza ninguna respuesta, así que no asume ninguna.</translation>
    </message>
    <message>
        <source>Though {confidence} reaches the {needed} it needs, the model does not score this answer alone: the rest of its probability lies on scores far from {score}.</source>
        <translation>Aunque {confidence} alcanza el {needed} que necesita, el modelo no puntúa solo esta respuesta: el resto de su probabilidad está en puntuaciones lejos de {score}.</translation>
    </message>
    <message>
        <source>{how}, about as well as a second teacher</source>
        <translation>{how}, más o menos como un segundo docente</translation>
    </message>
    <message>
        <source>{how}, but not as well as a second teacher</source>
        <translation>{how}, pero no tanto como un segundo docente</translation>
    </message>
    <message numerus="yes">
        <source>on answers it had not learned from, it agreed with {agreed} of your %n marks</source>
        <translation>
            <numerusform>en respuestas de las que no había aprendido, coincidió con {agreed} de tus correcciones (%n en total)</numerusform>
            <numerusform>en respuestas de las que no había aprendido, coincidió con {agreed} de tus %n correcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gave your mark on {agreed} of %n answers it had not learned from</source>
        <translation>
            <numerusform>dio tu nota en {agreed} de %n respuesta de la que no había aprendido</numerusform>
            <numerusform>dio tu nota en {agreed} de %n respuestas de las que no había aprendido</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>answers a model takes on its own, in a narrow column</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>some</source>
        <comment>answers a model takes on its own, in a narrow column</comment>
        <translation>algunas</translation>
    </message>
    <message>
        <source>{share}, at most {wrong} wrong</source>
        <translation>{share}, como mucho un {wrong} mal</translation>
    </message>
    <message>
        <source>Every answer here is yours to check: the model&apos;s file has no seal.</source>
        <translation>Te toca revisar cada respuesta aquí: el archivo del modelo no lleva sello.</translation>
    </message>
    <message>
        <source>Every answer here is yours to check: the model is not sure enough.</source>
        <translation>Te toca revisar cada respuesta aquí: el modelo no está lo bastante seguro.</translation>
    </message>
    <message>
        <source>Every answer here is yours to check at the {needed} you asked for.</source>
        <translation>Con el {needed} que pediste, te toca revisar cada respuesta aquí.</translation>
    </message>
    <message>
        <source>This question&apos;s model learned from your mark on this answer: its score for it is fitted to that mark and checks nothing, so it is not shown.</source>
        <translation>El modelo de esta pregunta aprendió de tu corrección de esta respuesta: su puntuación para ella está ajustada a esa corrección y no comprueba nada, así que no se muestra.</translation>
    </message>
    <message>
        <source>The model is unsure: {confidence} is below the {needed} it needs to score alone.</source>
        <translation>El modelo no está seguro: {confidence} está por debajo del {needed} que necesita para puntuar solo.</translation>
    </message>
    <message>
        <source>The model scores this answer alone: at a threshold this low, it gives the score that weighs all its probabilities, not always the likeliest one; you may still change it.</source>
        <translation>El modelo puntúa solo esta respuesta: con un umbral tan bajo, da la puntuación que sopesa todas sus probabilidades, no siempre la más probable; aun así puedes cambiarla.</translation>
    </message>
    <message>
        <source>The model is confident; you may still change its score.</source>
        <translation>El modelo está seguro; aun así puedes cambiar su puntuación.</translation>
    </message>
    <message>
        <source>Your score: {score}</source>
        <translation>Tu puntuación: {score}</translation>
    </message>
    <message numerus="yes">
        <source>Your score for the typical answer: {score}. %n answers of the group are still open.</source>
        <translation>
            <numerusform>Tu puntuación para la respuesta típica: {score}. %n respuesta del grupo sigue abierta.</numerusform>
            <numerusform>Tu puntuación para la respuesta típica: {score}. %n respuestas del grupo siguen abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({percent} sure)</source>
        <translation>{score} (con un {percent} de seguridad)</translation>
    </message>
    <message>
        <source>Not decided yet. The model suggests {score} for the typical answer.</source>
        <translation>Aún sin decidir. El modelo sugiere {score} para la respuesta típica.</translation>
    </message>
    <message>
        <source>Not decided yet. The model suggests {score}.</source>
        <translation>Aún sin decidir. El modelo sugiere {score}.</translation>
    </message>
    <message>
        <source>Not decided yet. The model says {score} for the typical answer.</source>
        <translation>Aún sin decidir. El modelo le da {score} a la respuesta típica.</translation>
    </message>
    <message>
        <source>Not decided yet. The model says {score}.</source>
        <translation>Aún sin decidir. El modelo le da {score}.</translation>
    </message>
    <message>
        <source>Not decided yet. Type the score.</source>
        <translation>Aún sin decidir. Escribe la puntuación.</translation>
    </message>
    <message>
        <source>their models</source>
        <translation>sus modelos</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <source>the model of {questions}</source>
        <translation>el modelo de {questions}</translation>
    </message>
    <message numerus="yes">
        <source>Every answer has its score: you decided %n.</source>
        <translation>
            <numerusform>Cada respuesta tiene su puntuación: la decidiste tú.</numerusform>
            <numerusform>Cada respuesta tiene su puntuación: decidiste las %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to grade yet.</source>
        <translation>Todavía no hay respuestas que corregir.</translation>
    </message>
    <message numerus="yes">
        <source>You decided %n answers</source>
        <translation>
            <numerusform>Decidiste %n respuesta</numerusform>
            <numerusform>Decidiste %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n need you</source>
        <translation>
            <numerusform> y %n te necesita</numerusform>
            <numerusform> y %n te necesitan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n need you: no model scores them</source>
        <translation>
            <numerusform> y %n te necesita: ningún modelo la puntúa</numerusform>
            <numerusform> y %n te necesitan: ningún modelo las puntúa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need you</source>
        <translation>
            <numerusform>%n respuesta te necesita</numerusform>
            <numerusform>%n respuestas te necesitan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need you: no model scores them</source>
        <translation>
            <numerusform>%n respuesta te necesita: ningún modelo la puntúa</numerusform>
            <numerusform>%n respuestas te necesitan: ningún modelo las puntúa</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer needs you</source>
        <translation>Ninguna respuesta te necesita</translation>
    </message>
    <message numerus="yes">
        <source> (%n with no model to score them)</source>
        <translation>
            <numerusform> (%n sin modelo que la puntúe)</numerusform>
            <numerusform> (%n sin modelo que las puntúe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are accepted with no accuracy estimate for this model</source>
        <translation>
            <numerusform>; la otra se acepta sin estimación de acierto para este modelo</numerusform>
            <numerusform>; las otras %n se aceptan sin estimación de acierto para este modelo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are accepted with no accuracy estimate for {model}</source>
        <translation>
            <numerusform>; la otra se acepta sin estimación de acierto para {model}</numerusform>
            <numerusform>; las otras %n se aceptan sin estimación de acierto para {model}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are expected to be at least {percent} right</source>
        <translation>
            <numerusform>; en la otra se espera al menos un {percent} de acierto</numerusform>
            <numerusform>; en las otras %n se espera al menos un {percent} de aciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; of the other {total}, %n are expected to be at least {percent} right</source>
        <translation>
            <numerusform>; de las otras {total}, en %n se espera al menos un {percent} de acierto</numerusform>
            <numerusform>; de las otras {total}, en %n se espera al menos un {percent} de aciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n are accepted with no accuracy estimate for {model}</source>
        <translation>
            <numerusform> y %n se acepta sin estimación de acierto para {model}</numerusform>
            <numerusform> y %n se aceptan sin estimación de acierto para {model}</numerusform>
        </translation>
    </message>
</context>
</TS>

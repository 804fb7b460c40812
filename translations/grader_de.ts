<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Grader</source>
        <translation>Über Grader</translation>
    </message>
    <message>
        <source>About Grader and keyboard keys</source>
        <translation>Über Grader und Tastenkürzel</translation>
    </message>
    <message>
        <source>What Grader is, the models it uses, and every keyboard key</source>
        <translation>Was Grader ist, welche Modelle es verwendet und alle Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>student&apos;s answer</source>
        <translation>Antwort des Schülers</translation>
    </message>
    <message>
        <source>The model&apos;s probability per score</source>
        <translation>Wahrscheinlichkeit des Modells je Punktzahl</translation>
    </message>
    <message>
        <source>Question {question}</source>
        <translation>Frage {question}</translation>
    </message>
    <message>
        <source>(Grader has no text for this question)</source>
        <translation>(Grader hat keinen Text zu dieser Frage)</translation>
    </message>
    <message>
        <source>Rubric:</source>
        <translation>Bewertungsraster:</translation>
    </message>
    <message>
        <source>Scores: {scores}</source>
        <translation>Punktzahlen: {scores}</translation>
    </message>
    <message>
        <source>No model for this question: type any score 0–9.</source>
        <translation>Kein Modell für diese Frage: geben Sie eine beliebige Punktzahl von 0 bis 9 ein.</translation>
    </message>
    <message>
        <source>type a score from 0 to {top}</source>
        <translation>Geben Sie eine Punktzahl von 0 bis {top} ein</translation>
    </message>
    <message>
        <source>This question is marked on your model&apos;s scale: {how}.</source>
        <translation>Diese Frage wird auf der Skala Ihres Modells bewertet: {how}.</translation>
    </message>
    <message>
        <source>Any score on this question&apos;s scale can be given, not only the scores its model learned from: {how}.</source>
        <translation>Jede Punktzahl auf der Skala dieser Frage kann vergeben werden, nicht nur die, aus denen ihr Modell gelernt hat: {how}.</translation>
    </message>
    <message>
        <source>No shipped model for this question: {how}. A model learns from your marks and takes over the answers it is sure of.</source>
        <translation>Für diese Frage gibt es kein mitgeliefertes Modell: {how}. Ein Modell lernt aus Ihren Bewertungen und übernimmt die Antworten, bei denen es sicher ist.</translation>
    </message>
    <message>
        <source>No shipped model for this question: type a score from 0 to 9. A model learns from your marks and takes over the answers it is sure of.</source>
        <translation>Für diese Frage gibt es kein mitgeliefertes Modell: geben Sie eine Punktzahl von 0 bis 9 ein. Ein Modell lernt aus Ihren Bewertungen und übernimmt die Antworten, bei denen es sicher ist.</translation>
    </message>
    <message>
        <source>No shipped model for this question: type a score from 0 to {top}, or a higher one up to 9. A model learns from your marks and takes over the answers it is sure of.</source>
        <translation>Für diese Frage gibt es kein mitgeliefertes Modell: geben Sie eine Punktzahl von 0 bis {top} ein, oder eine höhere bis 9. Ein Modell lernt aus Ihren Bewertungen und übernimmt die Antworten, bei denen es sicher ist.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more words of the question before this)</source>
        <translation>
            <numerusform>(%n weiteres Wort der Frage steht davor)</numerusform>
            <numerusform>(%n weitere Wörter der Frage stehen davor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the model holds a reading passage of %n words and no question)</source>
        <translation>
            <numerusform>(das Modell enthält einen Lesetext mit %n Wort und keine Frage)</numerusform>
            <numerusform>(das Modell enthält einen Lesetext mit %n Wörtern und keine Frage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the question (Q)</source>
        <translation>Nur die Frage zeigen (Q)</translation>
    </message>
    <message>
        <source>Show the whole question (Q)</source>
        <translation>Die ganze Frage zeigen (Q)</translation>
    </message>
    <message>
        <source>Show the reading passage (Q)</source>
        <translation>Den Lesetext zeigen (Q)</translation>
    </message>
    <message>
        <source>(blank answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message numerus="yes">
        <source>[%n more characters are not shown here. The graded sheet you export keeps the whole answer.]</source>
        <translation>
            <numerusform>[%n weiteres Zeichen wird hier nicht gezeigt. Die bewertete Tabelle, die Sie exportieren, enthält die ganze Antwort.]</numerusform>
            <numerusform>[%n weitere Zeichen werden hier nicht gezeigt. Die bewertete Tabelle, die Sie exportieren, enthält die ganze Antwort.]</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s probability per score, for the answer chosen</source>
        <translation>Wahrscheinlichkeit des Modells je Punktzahl, für die ausgewählte Antwort</translation>
    </message>
    <message>
        <source>The model&apos;s probability per score, for the typical answer</source>
        <translation>Wahrscheinlichkeit des Modells je Punktzahl, für die typische Antwort</translation>
    </message>
</context>
<context>
    <name>BlindMarking</name>
    <message>
        <source>&amp;Hide student names (blind marking)</source>
        <translation>Schüler&amp;namen ausblenden (anonyme Bewertung)</translation>
    </message>
    <message>
        <source>Show “Student 17” instead of names and ids while you mark; exports keep the names</source>
        <translation>Beim Bewerten „Schüler 17“ statt Namen und IDs zeigen; Exporte behalten die Namen</translation>
    </message>
    <message>
        <source>Blind marking: names and ids are hidden until you turn it off ({key}); exports still carry them.</source>
        <translation>Anonyme Bewertung: Namen und IDs bleiben verborgen, bis Sie sie ausschalten ({key}); Exporte enthalten sie weiterhin.</translation>
    </message>
    <message>
        <source>Names and ids are shown again.</source>
        <translation>Namen und IDs werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>Blind marking could not be saved in the project file: {problem}</source>
        <translation>Die anonyme Bewertung konnte nicht in der Projektdatei gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>CloseWithUnsaved</name>
    <message>
        <source>Saving your decisions once more before closing…</source>
        <translation>Ihre Entscheidungen werden vor dem Schließen noch einmal gespeichert…</translation>
    </message>
    <message>
        <source>Saving your changes once more before closing…</source>
        <translation>Ihre Änderungen werden vor dem Schließen noch einmal gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>your %n decisions</source>
        <translation>
            <numerusform>Ihre Entscheidung</numerusform>
            <numerusform>Ihre %n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Changes not saved to {file}, even when tried again just now: {what}. If you close, they are lost.</source>
        <translation>Nicht in {file} gespeichert, auch nicht beim erneuten Versuch eben: {what}. Wenn Sie schließen, geht das verloren.</translation>
    </message>
    <message>
        <source>Close and &amp;lose them</source>
        <translation>Schließen und &amp;verlieren</translation>
    </message>
    <message>
        <source>Decisions not saved</source>
        <translation>Entscheidungen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions could not be saved to {file}, even when tried again just now; if you close, they are lost.</source>
        <translation>
            <numerusform>Eine Ihrer Entscheidungen konnte nicht in {file} gespeichert werden, auch nicht beim erneuten Versuch eben; wenn Sie schließen, geht sie verloren.</numerusform>
            <numerusform>%n Ihrer Entscheidungen konnten nicht in {file} gespeichert werden, auch nicht beim erneuten Versuch eben; wenn Sie schließen, gehen sie verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on it and try again, or export the graded sheet to another drive to keep your decisions there.</source>
        <translation>Der Datenträger ist voll: schaffen Sie dort Platz und versuchen Sie es erneut, oder exportieren Sie die bewertete Tabelle auf ein anderes Laufwerk, um Ihre Entscheidungen dort zu behalten.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on it and try again, or export the graded sheet to another drive to keep your comments and scores there.</source>
        <translation>Der Datenträger ist voll: schaffen Sie dort Platz und versuchen Sie es erneut, oder exportieren Sie die bewertete Tabelle auf ein anderes Laufwerk, um Ihre Kommentare und Punkte dort zu behalten.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on it and try again.</source>
        <translation>Der Datenträger ist voll: schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again once the file can be written, or export the graded sheet to another drive to keep your decisions there.</source>
        <translation>Versuchen Sie es erneut, sobald die Datei geschrieben werden kann, oder exportieren Sie die bewertete Tabelle auf ein anderes Laufwerk, um Ihre Entscheidungen dort zu behalten.</translation>
    </message>
    <message>
        <source>Try again once the file can be written, or export the graded sheet to another drive to keep your comments and scores there.</source>
        <translation>Versuchen Sie es erneut, sobald die Datei geschrieben werden kann, oder exportieren Sie die bewertete Tabelle auf ein anderes Laufwerk, um Ihre Kommentare und Punkte dort zu behalten.</translation>
    </message>
    <message>
        <source>Try again once the file can be written.</source>
        <translation>Versuchen Sie es erneut, sobald die Datei geschrieben werden kann.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Export the graded sheet elsewhere…</source>
        <translation>Bewertete Tabelle &amp;woandershin exportieren…</translation>
    </message>
    <message>
        <source>The sheet stays open; your changes are kept in this window.</source>
        <translation>Die Tabelle bleibt geöffnet; Ihre Änderungen bleiben in diesem Fenster erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Close and &amp;lose %n decisions</source>
        <translation>
            <numerusform>Schließen und die Entscheidung &amp;verlieren</numerusform>
            <numerusform>Schließen und %n Entscheidungen &amp;verlieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment on {who}&apos;s answer</source>
        <translation>Kommentar zur Antwort von {who}</translation>
    </message>
    <message>
        <source>The student will see this comment: it is printed on their feedback (PDF and feedback sheet) and goes into the graded sheet and a Moodle upload&apos;s feedback column. Write no note meant only for you here.</source>
        <translation>Die Schülerin oder der Schüler sieht diesen Kommentar: er wird auf die Rückmeldung gedruckt (PDF und Rückmeldungstabelle) und steht in der bewerteten Tabelle und in der Feedback-Spalte einer Moodle-Datei zum Hochladen. Schreiben Sie hier keine Notiz, die nur für Sie bestimmt ist.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>comment bank</source>
        <translation>Kommentarsammlung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Add to &amp;bank (Ctrl+B)</source>
        <translation>Zur &amp;Sammlung hinzufügen (Strg+B)</translation>
    </message>
    <message>
        <source>Keep this comment (or the part you selected) for this question, in this project and the next time you mark it</source>
        <translation>Diesen Kommentar (oder den markierten Teil) für diese Frage behalten, in diesem Projekt und beim nächsten Bewerten</translation>
    </message>
    <message>
        <source>&amp;Remove from bank</source>
        <translation>Aus der Sammlung &amp;entfernen</translation>
    </message>
    <message>
        <source>Take the chosen comment out of this question&apos;s bank (Delete)</source>
        <translation>Den gewählten Kommentar aus der Sammlung dieser Frage entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save the comment (Ctrl+Enter)</source>
        <translation>Kommentar speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The bank has no comment {n} for this question.</source>
        <translation>Die Sammlung hat für diese Frage keinen Kommentar {n}.</translation>
    </message>
    <message>
        <source>Comment bank for question {item}</source>
        <translation>Kommentarsammlung für Frage {item}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Strg+{n}</translation>
    </message>
    <message>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>No comments kept for this question yet: write one and press Ctrl+B to keep it; it is offered here, and the next time you mark this question.</source>
        <translation>Für diese Frage sind noch keine Kommentare gesammelt: schreiben Sie einen und drücken Sie Strg+B, um ihn zu behalten; er wird hier angeboten und beim nächsten Bewerten dieser Frage.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 (or Enter in the list) insert a comment; Delete in the list removes it. The most used come first.</source>
        <translation>Strg+1 … Strg+9 (oder Eingabe in der Liste) fügen einen Kommentar ein; Entf in der Liste entfernt ihn. Die meistverwendeten stehen oben.</translation>
    </message>
    <message>
        <source>Write the comment first, then keep it in the bank.</source>
        <translation>Schreiben Sie zuerst den Kommentar und nehmen Sie ihn dann in die Sammlung auf.</translation>
    </message>
    <message>
        <source>Kept in the bank for this question.</source>
        <translation>In der Sammlung dieser Frage gespeichert.</translation>
    </message>
    <message>
        <source>That comment is already in the bank.</source>
        <translation>Dieser Kommentar ist schon in der Sammlung.</translation>
    </message>
    <message>
        <source>Choose a comment in the list first, then remove it.</source>
        <translation>Wählen Sie zuerst einen Kommentar in der Liste und entfernen Sie ihn dann.</translation>
    </message>
    <message>
        <source>Removed from the bank: {text}</source>
        <translation>Aus der Sammlung entfernt: {text}</translation>
    </message>
    <message>
        <source>Discard this comment?</source>
        <translation>Diesen Kommentar verwerfen?</translation>
    </message>
    <message>
        <source>You changed this comment. Discarding it keeps the comment as it was before.</source>
        <translation>Sie haben diesen Kommentar geändert. Wenn Sie ihn verwerfen, bleibt der Kommentar so, wie er vorher war.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Weiterschreiben</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>DifferingScores</name>
    <message numerus="yes">
        <source>%n answers to question {question} are identical to others but got another score.</source>
        <translation>
            <numerusform>%n Antwort auf Frage {question} ist mit anderen identisch, hat aber eine andere Punktzahl bekommen.</numerusform>
            <numerusform>%n Antworten auf Frage {question} sind mit anderen identisch, haben aber eine andere Punktzahl bekommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in question {question}</source>
        <translation>
            <numerusform>%n in Frage {question}</numerusform>
            <numerusform>%n in Frage {question}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers identical to others got another score ({questions}).</source>
        <translation>
            <numerusform>%n Antwort ist mit anderen identisch, hat aber eine andere Punktzahl bekommen ({questions}).</numerusform>
            <numerusform>%n Antworten sind mit anderen identisch, haben aber eine andere Punktzahl bekommen ({questions}).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export; to see them first, close this dialog and choose “{filter}” above the results.</source>
        <translation>Sie können trotzdem exportieren; um sie vorher anzusehen, schließen Sie diesen Dialog und wählen Sie „{filter}“ über den Ergebnissen.</translation>
    </message>
    <message>
        <source>Press Esc and choose “{filter}” above the table to see them.</source>
        <translation>Um sie anzusehen, drücken Sie Esc und wählen Sie „{filter}“ über der Tabelle.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>List in the table below the identical answers whose scores differ</source>
        <translation>Die identischen Antworten mit unterschiedlicher Punktzahl in der Tabelle darunter auflisten</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a sheet of answers here
(Excel .xlsx or CSV)</source>
        <translation>Tabelle mit Antworten hierher ziehen
(Excel .xlsx oder CSV)</translation>
    </message>
    <message>
        <source>or drop a .gradebundle model to add it to the library</source>
        <translation>oder ein .gradebundle-Modell hierher ziehen, um es der Bibliothek hinzuzufügen</translation>
    </message>
    <message>
        <source>Drop zone for sheets of answers and model bundles</source>
        <translation>Ablagefläche für Tabellen mit Antworten und Modelle</translation>
    </message>
    <message>
        <source>Release to open “{name}”</source>
        <translation>Loslassen, um „{name}“ zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Release to add the models to the library</source>
        <translation>
            <numerusform>Loslassen, um das Modell der Bibliothek hinzuzufügen</numerusform>
            <numerusform>Loslassen, um die Modelle der Bibliothek hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader cannot open this; release to see why</source>
        <translation>Grader kann das nicht öffnen; loslassen, um den Grund zu sehen</translation>
    </message>
</context>
<context>
    <name>EarlierProject</name>
    <message>
        <source>Use your earlier decisions?</source>
        <translation>Ihre früheren Entscheidungen verwenden?</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has no project file of its own, but {file} in the same folder holds %n decisions on its answers (it was made for {made_for}).</source>
        <translation>
            <numerusform>{sheet} hat keine eigene Projektdatei, aber {file} im selben Ordner enthält %n Entscheidung zu ihren Antworten (sie wurde für {made_for} angelegt).</numerusform>
            <numerusform>{sheet} hat keine eigene Projektdatei, aber {file} im selben Ordner enthält %n Entscheidungen zu ihren Antworten (sie wurde für {made_for} angelegt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has no project file of its own. It holds {found} of the {stored} answers of {made_for}, and {file} in the same folder holds %n decisions on them.</source>
        <translation>
            <numerusform>{sheet} hat keine eigene Projektdatei. Die Tabelle enthält {found} der {stored} Antworten aus {made_for}, und {file} im selben Ordner enthält %n Entscheidung zu diesen Antworten.</numerusform>
            <numerusform>{sheet} hat keine eigene Projektdatei. Die Tabelle enthält {found} der {stored} Antworten aus {made_for}, und {file} im selben Ordner enthält %n Entscheidungen zu diesen Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use them to go on where you stopped: Grader makes {own} with the decisions on this sheet&apos;s answers only, and each goes back to the same student, question and answer text. {file} is left as it was either way, with all its decisions.</source>
        <translation>Verwenden Sie sie, um dort weiterzumachen, wo Sie aufgehört haben: Grader legt {own} nur mit den Entscheidungen zu den Antworten dieser Tabelle an, und jede kommt wieder zur selben Schülerin oder zum selben Schüler, zur selben Frage und zum selben Antworttext. {file} bleibt in jedem Fall, wie es ist, mit allen seinen Entscheidungen.</translation>
    </message>
    <message>
        <source>Use them to go on where you stopped: Grader copies {file} to {own}, and each decision goes back to the same student, question and answer text. {file} is left as it was either way.</source>
        <translation>Verwenden Sie sie, um dort weiterzumachen, wo Sie aufgehört haben: Grader kopiert {file} nach {own}, und jede Entscheidung kommt wieder zur selben Schülerin oder zum selben Schüler, zur selben Frage und zum selben Antworttext. {file} bleibt in jedem Fall, wie es ist.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use the %n decisions</source>
        <translation>
            <numerusform>Die %n Entscheidung &amp;verwenden</numerusform>
            <numerusform>Die %n Entscheidungen &amp;verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start afresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>You graded most of these answers before, on {date} in {folder}: {decisions}; {new}. Continue from them?</source>
        <translation>Sie haben die meisten dieser Antworten schon am {date} in {folder} bewertet: {decisions}; {new}. Möchten Sie damit weitermachen?</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions come over</source>
        <translation>
            <numerusform>%n Entscheidung wird übernommen</numerusform>
            <numerusform>%n Entscheidungen werden übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers are new or changed</source>
        <translation>
            <numerusform>%n Antwort ist neu oder geändert</numerusform>
            <numerusform>%n Antworten sind neu oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You graded these answers before, on {date} in {folder}: %n decisions. Continue from them?</source>
        <translation>
            <numerusform>Sie haben diese Antworten schon am {date} in {folder} bewertet: %n Entscheidung. Möchten Sie damit weitermachen?</numerusform>
            <numerusform>Sie haben diese Antworten schon am {date} in {folder} bewertet: %n Entscheidungen. Möchten Sie damit weitermachen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue where you stopped?</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>Continuing copies them into {own} beside this sheet. {file} in {folder} is left as it was either way.</source>
        <translation>Zum Weitermachen kopiert Grader sie nach {own} neben dieser Tabelle. {file} in {folder} bleibt in jedem Fall, wie es ist.</translation>
    </message>
    <message>
        <source>Continuing copies them into {own}, as this sheet&apos;s folder cannot be written to. {file} in {folder} is left as it was either way.</source>
        <translation>Zum Weitermachen kopiert Grader sie nach {own}, da in den Ordner dieser Tabelle nicht geschrieben werden kann. {file} in {folder} bleibt in jedem Fall, wie es ist.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue from the %n decisions</source>
        <translation>
            <numerusform>Mit der %n Entscheidung &amp;weitermachen</numerusform>
            <numerusform>Mit den %n Entscheidungen &amp;weitermachen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>{name} could not be written because of an unexpected problem ({problem}); your grading is unchanged, try exporting again</source>
        <translation>{name} konnte wegen eines unerwarteten Problems ({problem}) nicht geschrieben werden; Ihre Bewertung ist unverändert, exportieren Sie bitte erneut</translation>
    </message>
    <message>
        <source>Export grades</source>
        <translation>Noten exportieren</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>destination file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>export problem</source>
        <translation>Problem beim Export</translation>
    </message>
    <message>
        <source>Students not in the file: enter their grades by hand</source>
        <translation>Schülerinnen und Schüler, die nicht in der Datei stehen: tragen Sie ihre Noten von Hand ein</translation>
    </message>
    <message>
        <source>students that could not be matched</source>
        <translation>Schülerinnen und Schüler, die nicht zugeordnet werden konnten</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n answers still have no score: score them in the review first, or export now and their scores are left empty.</source>
        <translation>
            <numerusform>%n Antwort hat noch keine Punktzahl: bewerten Sie sie zuerst beim Prüfen, oder exportieren Sie jetzt, und ihre Punktzahl bleibt leer.</numerusform>
            <numerusform>%n Antworten haben noch keine Punktzahl: bewerten Sie sie zuerst beim Prüfen, oder exportieren Sie jetzt, und ihre Punktzahlen bleiben leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers still have no score; they are exported with an empty score.</source>
        <translation>
            <numerusform>%n Antwort hat noch keine Punktzahl; sie wird mit leerer Punktzahl exportiert.</numerusform>
            <numerusform>%n Antworten haben noch keine Punktzahl; sie werden mit leerer Punktzahl exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students get no total in the points sheet because of them.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler erhält deshalb in der Punkteliste keine Summe.</numerusform>
            <numerusform>%n Schülerinnen und Schüler erhalten deshalb in der Punkteliste keine Summe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model for question {question} is still learning from your marks, so its answers have no score yet: wait until this note goes to export them with its scores.</source>
        <translation>Das Modell für Frage {question} lernt noch aus Ihren Bewertungen, daher haben ihre Antworten noch keine Punktzahl: warten Sie, bis dieser Hinweis verschwindet, um sie mit ihren Punktzahlen zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>The models for %n questions ({questions}) are still learning from your marks, so their answers have no score yet: wait until this note goes to export them with their scores.</source>
        <translation>
            <numerusform>Das Modell für %n Frage ({questions}) lernt noch aus Ihren Bewertungen, daher haben ihre Antworten noch keine Punktzahl: warten Sie, bis dieser Hinweis verschwindet, um sie mit ihren Punktzahlen zu exportieren.</numerusform>
            <numerusform>Die Modelle für %n Fragen ({questions}) lernen noch aus Ihren Bewertungen, daher haben deren Antworten noch keine Punktzahl: warten Sie, bis dieser Hinweis verschwindet, um sie mit ihren Punktzahlen zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet came from {system}, so “{format}” is chosen to give the grades back to it.</source>
        <translation>Diese Tabelle stammt aus {system}, daher ist „{format}“ gewählt, um die Noten dorthin zurückzugeben.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>No file name was given; type where to save the export or press Choose….</source>
        <translation>Es wurde kein Dateiname angegeben; geben Sie ein, wo der Export gespeichert werden soll, oder klicken Sie auf Auswählen….</translation>
    </message>
    <message>
        <source>{name} does not end in {suffix}; this format is saved as a {suffix} file.</source>
        <translation>{name} endet nicht auf {suffix}; dieses Format wird als {suffix}-Datei gespeichert.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} wurde in {folder} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} in {folder}, with %n students.</source>
        <translation>
            <numerusform>{name} wurde in {folder} gespeichert, mit %n Schülerin oder Schüler.</numerusform>
            <numerusform>{name} wurde in {folder} gespeichert, mit %n Schülerinnen und Schülern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some students need a check before the import (different scores for one question, or ids or names that look alike): turn off blind marking (View menu) to see who.</source>
        <translation>Einige Schülerinnen und Schüler sind vor dem Import zu prüfen (verschiedene Punktzahlen für eine Frage oder IDs bzw. Namen, die sich ähneln): schalten Sie die anonyme Bewertung aus (Menü Ansicht), um zu sehen, wer.</translation>
    </message>
    <message numerus="yes">
        <source>%n students got no grade in {file}, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler hat in {file} keine Note bekommen, weil eine Antwort noch keine Punktzahl hat.</numerusform>
            <numerusform>%n Schülerinnen und Schüler haben in {file} keine Note bekommen, weil eine ihrer Antworten noch keine Punktzahl hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students got no grade in {file}, because an answer of theirs still has no score: {students}.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler hat in {file} keine Note bekommen, weil eine Antwort noch keine Punktzahl hat: {students}.</numerusform>
            <numerusform>%n Schülerinnen und Schüler haben in {file} keine Note bekommen, weil eine ihrer Antworten noch keine Punktzahl hat: {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are listed in {list}.</source>
        <translation>Alle stehen in {list}.</translation>
    </message>
    <message numerus="yes">
        <source>%n students have an empty score in {file}, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler hat in {file} eine leere Punktzahl, weil eine Antwort noch keine Punktzahl hat.</numerusform>
            <numerusform>%n Schülerinnen und Schüler haben in {file} eine leere Punktzahl, weil eine ihrer Antworten noch keine Punktzahl hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students have an empty score in {file}, because an answer of theirs still has no score: {students}.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler hat in {file} eine leere Punktzahl, weil eine Antwort noch keine Punktzahl hat: {students}.</numerusform>
            <numerusform>%n Schülerinnen und Schüler haben in {file} eine leere Punktzahl, weil eine ihrer Antworten noch keine Punktzahl hat: {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed with their scores in {file}.</source>
        <translation>Sie stehen mit ihren Punktzahlen in {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n students could not be matched, so they are not in {file}.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler konnte nicht zugeordnet werden und steht daher nicht in {file}.</numerusform>
            <numerusform>%n Schülerinnen und Schüler konnten nicht zugeordnet werden und stehen daher nicht in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students are in {file} without a grade, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler steht ohne Note in {file}, weil eine Antwort noch keine Punktzahl hat.</numerusform>
            <numerusform>%n Schülerinnen und Schüler stehen ohne Note in {file}, weil eine ihrer Antworten noch keine Punktzahl hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students without a grade in the file: enter their grades by hand</source>
        <translation>Schülerinnen und Schüler ohne Note in der Datei: tragen Sie ihre Noten von Hand ein</translation>
    </message>
    <message>
        <source>Students who could not be matched</source>
        <translation>Schülerinnen und Schüler, die nicht zugeordnet werden konnten</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: none of the %n students could be matched. Why, for each of them:</source>
        <translation>
            <numerusform>Nichts wurde gespeichert: %n Schülerin oder Schüler konnte nicht zugeordnet werden. Der Grund:</numerusform>
            <numerusform>Nichts wurde gespeichert: keine der %n Schülerinnen und Schüler konnte zugeordnet werden. Die Gründe, für jede und jeden einzeln:</numerusform>
        </translation>
    </message>
    <message>
        <source>{student} (row {row}): {reason}</source>
        <translation>{student} (Zeile {row}): {reason}</translation>
    </message>
    <message>
        <source>{name} was not replaced, and nothing was saved; type another name or press Choose….</source>
        <translation>{name} wurde nicht ersetzt, und nichts wurde gespeichert; geben Sie einen anderen Namen ein oder klicken Sie auf Auswählen….</translation>
    </message>
    <message>
        <source>Still saving; the dialog closes when you press Close after it finishes.</source>
        <translation>Es wird noch gespeichert; das Fenster schließt sich, wenn Sie danach auf Schließen klicken.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with this export?</source>
        <translation>{name} ist in {folder} bereits vorhanden. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>What is in it now is lost, changes you made to it too. To keep it, cancel and type another name.</source>
        <translation>Was jetzt darin steht, geht verloren, auch Ihre Änderungen daran. Um die Datei zu behalten, brechen Sie ab und geben Sie einen anderen Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n cells were longer than Excel allows and were cut in {file}, ending in “…”: {cells}. Saved as CSV, they are kept whole.</source>
        <translation>
            <numerusform>%n Zelle war länger, als Excel erlaubt, und wurde in {file} gekürzt; sie endet auf „…“: {cells}. Als CSV gespeichert bleibt sie ganz.</numerusform>
            <numerusform>%n Zellen waren länger, als Excel erlaubt, und wurden in {file} gekürzt; sie enden auf „…“: {cells}. Als CSV gespeichert bleiben sie ganz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotes</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>In Canvas open Grades, choose Import, and upload this file; each question becomes an assignment column, and empty cells leave a grade unchanged.</source>
        <translation>Öffnen Sie in Canvas „Noten“, wählen Sie „Importieren“ und laden Sie diese Datei hoch; jede Frage wird eine Aufgabenspalte, und leere Zellen lassen eine Note unverändert.</translation>
    </message>
    <message>
        <source>The sheet&apos;s student ids are email addresses. Canvas finds a student by SIS User ID, else by SIS Login ID; an email address is seldom the SIS User ID but usually the SIS Login ID (the address the student logs in with), so this file gives each address in both columns. Check that Canvas&apos;s import found every student.</source>
        <translation>Die Schüler-IDs der Tabelle sind E-Mail-Adressen. Canvas findet Schülerinnen und Schüler über die SIS User ID, sonst über die SIS Login ID; eine E-Mail-Adresse ist selten die SIS User ID, meist aber die SIS Login ID (die Adresse, mit der man sich anmeldet), daher steht jede Adresse in dieser Datei in beiden Spalten. Prüfen Sie, ob der Import in Canvas alle gefunden hat.</translation>
    </message>
    <message>
        <source>Canvas matches the students of this file by SIS User ID, and the sheet&apos;s id {ids} holds a space, as SIS User IDs seldom do: Canvas may not find that student. Enter the SIS User IDs in the sheet&apos;s id column, or export from a Canvas download.</source>
        <translation>Canvas ordnet die Lernenden dieser Datei über die SIS User ID zu, und die Kennung {ids} der Tabelle enthält ein Leerzeichen, was SIS User IDs selten tun: Canvas findet diese Person vielleicht nicht. Tragen Sie die SIS User IDs in die Kennungsspalte der Tabelle ein, oder exportieren Sie aus einem Canvas-Download.</translation>
    </message>
    <message>
        <source>Canvas matches the students of this file by SIS User ID, and the sheet&apos;s ids {ids} hold a space, as SIS User IDs seldom do: Canvas may not find those students. Enter the SIS User IDs in the sheet&apos;s id column, or export from a Canvas download.</source>
        <translation>Canvas ordnet die Lernenden dieser Datei über die SIS User ID zu, und die Kennungen {ids} der Tabelle enthalten ein Leerzeichen, was SIS User IDs selten tun: Canvas findet diese Lernenden vielleicht nicht. Tragen Sie die SIS User IDs in die Kennungsspalte der Tabelle ein, oder exportieren Sie aus einem Canvas-Download.</translation>
    </message>
    <message>
        <source>{student} on {question} ({scores})</source>
        <translation>{student} bei {question} ({scores})</translation>
    </message>
    <message numerus="yes">
        <source>%n cells were left empty because a student&apos;s attempts at a question got different scores: {cells}. Decide which attempt counts and enter that grade in Canvas by hand.</source>
        <translation>
            <numerusform>%n Zelle blieb leer, weil die Versuche einer Schülerin oder eines Schülers bei einer Frage verschiedene Punktzahlen erhielten: {cells}. Entscheiden Sie, welcher Versuch zählt, und tragen Sie diese Note in Canvas von Hand ein.</numerusform>
            <numerusform>%n Zellen blieben leer, weil die Versuche einer Schülerin oder eines Schülers bei einer Frage verschiedene Punktzahlen erhielten: {cells}. Entscheiden Sie, welcher Versuch zählt, und tragen Sie diese Noten in Canvas von Hand ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some student names differ only in spaces or invisible characters ({names}), so each kept a row of its own with the name exactly as in the sheet; check them in the sheet before importing into Canvas.</source>
        <translation>Einige Namen unterscheiden sich nur in Leerzeichen oder unsichtbaren Zeichen ({names}), daher hat jeder eine eigene Zeile mit dem Namen genau wie in der Tabelle; prüfen Sie sie in der Tabelle, bevor Sie in Canvas importieren.</translation>
    </message>
    <message>
        <source>Some student ids differ only in spaces or invisible characters ({ids}), so each kept a row of its own with the id exactly as in the sheet; check them in the sheet before importing into Canvas.</source>
        <translation>Einige Schüler-IDs unterscheiden sich nur in Leerzeichen oder unsichtbaren Zeichen ({ids}), daher hat jede eine eigene Zeile mit der ID genau wie in der Tabelle; prüfen Sie sie in der Tabelle, bevor Sie in Canvas importieren.</translation>
    </message>
    <message>
        <source>In Moodle choose Grades &gt; Import &gt; CSV file, map from “{column}” to Moodle&apos;s username field, and map each question column to a grade item (or a new grade item).</source>
        <translation>Wählen Sie in Moodle „Bewertungen &gt; Import &gt; CSV-Datei“, ordnen Sie „{column}“ dem Moodle-Feld für den Benutzernamen zu und jede Fragenspalte einem Bewertungsaspekt (oder einem neuen).</translation>
    </message>
    <message>
        <source>In Moodle choose Grades &gt; Import &gt; CSV file, map from “{column}” to Moodle&apos;s ID number field, and map each question column to a grade item (or a new grade item).</source>
        <translation>Wählen Sie in Moodle „Bewertungen &gt; Import &gt; CSV-Datei“, ordnen Sie „{column}“ dem Moodle-Feld für die ID-Nummer zu und jede Fragenspalte einem Bewertungsaspekt (oder einem neuen).</translation>
    </message>
    <message>
        <source>In Moodle choose Grades &gt; Import &gt; CSV file, map from “{column}” to Moodle&apos;s email address field, and map each question column to a grade item (or a new grade item).</source>
        <translation>Wählen Sie in Moodle „Bewertungen &gt; Import &gt; CSV-Datei“, ordnen Sie „{column}“ dem Moodle-Feld für die E-Mail-Adresse zu und jede Fragenspalte einem Bewertungsaspekt (oder einem neuen).</translation>
    </message>
    <message>
        <source>A grade item that Moodle makes in the import has a maximum grade of 100: make each question&apos;s grade item first with its maximum grade from your marking scheme, or edit it after the import without rescaling existing grades.</source>
        <translation>Ein Bewertungsaspekt, den Moodle beim Import anlegt, hat die Bestwertung 100: legen Sie den Bewertungsaspekt jeder Frage zuerst mit seiner Bestwertung aus Ihrem Bewertungsschema an, oder ändern Sie ihn nach dem Import, ohne vorhandene Bewertungen umzurechnen.</translation>
    </message>
    <message>
        <source>A grade item that Moodle makes in the import has a maximum grade of 100: make each question&apos;s grade item first with its maximum grade ({points}), or edit it after the import without rescaling existing grades.</source>
        <translation>Ein Bewertungsaspekt, den Moodle beim Import anlegt, hat die Bestwertung 100: legen Sie den Bewertungsaspekt jeder Frage zuerst mit seiner Bestwertung an ({points}), oder ändern Sie ihn nach dem Import, ohne vorhandene Bewertungen umzurechnen.</translation>
    </message>
    <message>
        <source>In Moodle open the assignment, choose View all submissions &gt; Upload grading worksheet, and tick &apos;Allow updating records that have been modified more recently in Moodle than in the spreadsheet&apos; if Moodle holds newer grades.</source>
        <translation>Öffnen Sie in Moodle die Aufgabe, wählen Sie „Alle Abgaben anzeigen &gt; Bewertungstabelle hochladen“ und setzen Sie das Häkchen bei „Update von Datensätzen zulassen, die seit dem letzten Upload angepasst wurden“, falls Moodle neuere Noten hat.</translation>
    </message>
    <message>
        <source>In Brightspace open Grades, choose Import, and upload this file; students are matched on {id_header}, and a question&apos;s item is created if it does not exist yet.</source>
        <translation>Öffnen Sie in Brightspace „Grades“, wählen Sie „Import“ und laden Sie diese Datei hoch; Schülerinnen und Schüler werden über {id_header} zugeordnet, und der Bewertungspunkt einer Frage wird angelegt, falls es ihn noch nicht gibt.</translation>
    </message>
    <message>
        <source>Google Classroom matches students by email address: copy a question&apos;s column into the assignment&apos;s grades, or into your Classroom grade sheet.</source>
        <translation>Google Classroom ordnet Schülerinnen und Schüler über ihre E-Mail-Adresse zu: kopieren Sie die Spalte einer Frage in die Noten der Aufgabe oder in Ihre Classroom-Notentabelle.</translation>
    </message>
    <message>
        <source>Every student has a row with their points per question and their total.</source>
        <translation>Jede Schülerin und jeder Schüler hat eine Zeile mit den Punkten pro Frage und der Summe.</translation>
    </message>
    <message numerus="yes">
        <source>Every student has a row with their points per question; %n of them has no total yet, because an answer of theirs has no score.</source>
        <translation>
            <numerusform>Jede Schülerin und jeder Schüler hat eine Zeile mit den Punkten pro Frage; %n davon hat noch keine Summe, weil eine ihrer Antworten noch keine Punktzahl hat.</numerusform>
            <numerusform>Jede Schülerin und jeder Schüler hat eine Zeile mit den Punkten pro Frage; %n davon haben noch keine Summe, weil eine ihrer Antworten noch keine Punktzahl hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>In Blackboard open the Grade Center, choose Work Offline &gt; Upload, pick this file (comma delimiter) and tick the question columns; students are matched on Username.</source>
        <translation>Öffnen Sie in Blackboard das „Grade Center“, wählen Sie „Work Offline &gt; Upload“, wählen Sie diese Datei (Trennzeichen Komma) und haken Sie die Fragenspalten an; Schülerinnen und Schüler werden über „Username“ zugeordnet.</translation>
    </message>
    <message>
        <source>Blackboard adds each new column as a text column worth 0 points: edit each one (Edit Column Information), choose Score as its primary display and set its points possible.</source>
        <translation>Blackboard legt jede neue Spalte als Textspalte mit 0 Punkten an: bearbeiten Sie jede („Edit Column Information“), wählen Sie „Score“ als Hauptanzeige und setzen Sie die erreichbaren Punkte.</translation>
    </message>
    <message>
        <source>Blackboard adds each new column as a text column worth 0 points: edit each one (Edit Column Information), choose Score as its primary display and set its points possible ({points}).</source>
        <translation>Blackboard legt jede neue Spalte als Textspalte mit 0 Punkten an: bearbeiten Sie jede („Edit Column Information“), wählen Sie „Score“ als Hauptanzeige und setzen Sie die erreichbaren Punkte ({points}).</translation>
    </message>
    <message>
        <source>The points possible of {questions} are not known (no model scores it, the sheet does not give them and no mark above 0 was given), so the header gives none; set them from your marking scheme.</source>
        <translation>Die erreichbaren Punkte von {questions} sind nicht bekannt (kein Modell bewertet sie, die Tabelle nennt sie nicht, und es wurde keine Note über 0 vergeben), daher nennt die Kopfzeile keine; setzen Sie sie nach Ihrem Bewertungsschema.</translation>
    </message>
    <message>
        <source>The points possible of {questions} are not known (no model scores them, the sheet does not give them and no mark above 0 was given), so the header gives none; set them from your marking scheme.</source>
        <translation>Die erreichbaren Punkte von {questions} sind nicht bekannt (kein Modell bewertet sie, die Tabelle nennt sie nicht, und es wurde keine Note über 0 vergeben), daher nennt die Kopfzeile keine; setzen Sie sie nach Ihrem Bewertungsschema.</translation>
    </message>
    <message>
        <source>The earlier list of students left out, {file}, was deleted: every student is in this file.</source>
        <translation>Die frühere Liste der ausgelassenen Schülerinnen und Schüler, {file}, wurde gelöscht: alle sind in dieser Datei.</translation>
    </message>
    <message>
        <source>The earlier list of students left out, {file}, could not be deleted; delete it yourself, as every student is in this file now.</source>
        <translation>Die frühere Liste der ausgelassenen Schülerinnen und Schüler, {file}, konnte nicht gelöscht werden; löschen Sie sie selbst, denn alle sind jetzt in dieser Datei.</translation>
    </message>
    <message>
        <source>The row {rows} of the downloaded report is not a student, so it is not in this file.</source>
        <translation>Die Zeile {rows} des heruntergeladenen Berichts ist keine Schülerin und kein Schüler und steht daher nicht in dieser Datei.</translation>
    </message>
    <message>
        <source>The rows {rows} of the downloaded report are not students, so they are not in this file.</source>
        <translation>Die Zeilen {rows} des heruntergeladenen Berichts sind keine Schülerinnen und Schüler und stehen daher nicht in dieser Datei.</translation>
    </message>
    <message>
        <source>{question} 0–{top} to 0–{points} ({score} → {scaled})</source>
        <translation>{question} von 0–{top} auf 0–{points} ({score} → {scaled})</translation>
    </message>
    <message>
        <source>Scores were scaled to the points {system} gives each question (score ÷ highest score × points, rounded to 2 decimals): {questions}.</source>
        <translation>Die Punktzahlen wurden auf die Punkte umgerechnet, die {system} jeder Frage gibt (Punktzahl ÷ höchste Punktzahl × Punkte, auf 2 Nachkommastellen gerundet): {questions}.</translation>
    </message>
</context>
<context>
    <name>ExportReasons</name>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
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
        <translation>Schüler-ID</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-Nummer</translation>
    </message>
    <message>
        <source>participant identifier</source>
        <translation>Teilnehmerkennung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>student id</source>
        <translation>Schüler-ID</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} oder {other}</translation>
    </message>
    <message numerus="yes">
        <source>{count} answers to {item} and %n more questions (more than one attempt?); enter this student&apos;s grade by hand</source>
        <translation>
            <numerusform>{count} Antworten auf {item} und %n weitere Frage (mehr als ein Versuch?); tragen Sie die Note dieser Schülerin oder dieses Schülers von Hand ein</numerusform>
            <numerusform>{count} Antworten auf {item} und %n weitere Fragen (mehr als ein Versuch?); tragen Sie die Note dieser Schülerin oder dieses Schülers von Hand ein</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} answers to {item} (more than one attempt?); enter this student&apos;s grade by hand</source>
        <translation>{count} Antworten auf {item} (mehr als ein Versuch?); tragen Sie die Note dieser Schülerin oder dieses Schülers von Hand ein</translation>
    </message>
    <message>
        <source>no {what} for this student, so {system} could not match them</source>
        <translation>die Angabe „{what}“ fehlt für diese Schülerin oder diesen Schüler, daher konnte {system} sie oder ihn nicht zuordnen</translation>
    </message>
    <message>
        <source>the {field} {value} begins or ends with a space or tab, which {system} would not match; remove the space or tab in the sheet, open the sheet again and export again</source>
        <translation>der Wert {value} für „{field}“ beginnt oder endet mit einem Leerzeichen oder Tabulator, den {system} nicht zuordnen würde; entfernen Sie das Leerzeichen oder den Tabulator in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie noch einmal</translation>
    </message>
    <message>
        <source>the {field} {value} has a line break in it, which {system} would not match; remove the line break in the sheet, open the sheet again and export again</source>
        <translation>der Wert {value} für „{field}“ enthält einen Zeilenumbruch, den {system} nicht zuordnen würde; entfernen Sie den Zeilenumbruch in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie noch einmal</translation>
    </message>
    <message>
        <source>the {field} {value} has an invisible character before “{sign}”, so a spreadsheet could read it as a formula and it cannot be written safely; type the {field} again in the sheet, open the sheet again and export again</source>
        <translation>der Wert {value} für „{field}“ hat ein unsichtbares Zeichen vor „{sign}“, daher könnte eine Tabellenkalkulation ihn als Formel lesen, und er kann nicht sicher geschrieben werden; geben Sie den Wert für „{field}“ in der Tabelle neu ein, öffnen Sie die Tabelle erneut und exportieren Sie noch einmal</translation>
    </message>
    <message>
        <source>the {field} {value} starts with “{sign}”, which a spreadsheet could read as a formula, so it cannot be written safely; correct it in the sheet, open the sheet again and export again, or, if {system} has it so, enter this student&apos;s grade in {system} by hand</source>
        <translation>der Wert {value} für „{field}“ beginnt mit „{sign}“, das eine Tabellenkalkulation als Formel lesen könnte, daher kann er nicht sicher geschrieben werden; korrigieren Sie ihn in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie noch einmal, oder tragen Sie, falls er in {system} so steht, die Note dieser Schülerin oder dieses Schülers von Hand in {system} ein</translation>
    </message>
    <message>
        <source>the {field} {value} has “{sign}” after a comma, semicolon or tab, where a spreadsheet could start a cell and read a formula, so it cannot be written safely; correct it in the sheet, open the sheet again and export again, or, if {system} has it so, enter this student&apos;s grade in {system} by hand</source>
        <translation>der Wert {value} für „{field}“ enthält „{sign}“ nach einem Komma, Semikolon oder Tabulator, wo eine Tabellenkalkulation eine neue Zelle beginnen und eine Formel lesen könnte, daher kann er nicht sicher geschrieben werden; korrigieren Sie ihn in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie noch einmal, oder tragen Sie, falls er in {system} so steht, die Note dieser Schülerin oder dieses Schülers von Hand in {system} ein</translation>
    </message>
    <message>
        <source>the same {field} ({value}) as the student on row {rows} (a second attempt?); they were not merged, enter these grades by hand</source>
        <translation>derselbe Wert für „{field}“ ({value}) wie bei der Schülerin oder dem Schüler in Zeile {rows} (ein zweiter Versuch?); sie wurden nicht zusammengeführt, tragen Sie diese Noten von Hand ein</translation>
    </message>
    <message>
        <source>{name} was not saved, because {system} could not match any student of this sheet; the list says why for each: correct the sheet, open it again and export again</source>
        <translation>{name} wurde nicht gespeichert, weil {system} keine Schülerin und keinen Schüler dieser Tabelle zuordnen konnte; die Liste nennt für alle den Grund: korrigieren Sie die Tabelle, öffnen Sie sie erneut und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>{name} was not saved, because {system} matches a grading worksheet by each student&apos;s participant identifier (“Participant 123”), which only the grading worksheet downloaded from {system} gives; in {system} open the assignment, choose View all submissions &gt; Download grading worksheet, and open that file here instead</source>
        <translation>{name} wurde nicht gespeichert, weil {system} eine Bewertungstabelle über die Teilnehmerkennung jeder Schülerin und jedes Schülers („Participant 123“) zuordnet, die nur die aus {system} heruntergeladene Bewertungstabelle enthält; öffnen Sie in {system} die Aufgabe, wählen Sie „Alle Abgaben anzeigen &gt; Bewertungstabelle herunterladen“ und öffnen Sie stattdessen diese Datei hier</translation>
    </message>
    <message>
        <source>{name} was not saved, because {system} matches students by their {what} and this sheet gives none (no {columns} column, or an empty one); add such a column with each student&apos;s {what}, open the sheet again and export again, or choose “{points}”, which needs no identifier</source>
        <translation>{name} wurde nicht gespeichert, weil {system} Schülerinnen und Schüler anhand der Angabe „{what}“ zuordnet und diese Tabelle keine solche Angabe enthält (keine Spalte {columns}, oder eine leere); fügen Sie eine Spalte mit der Angabe „{what}“ aller Schülerinnen und Schüler hinzu, öffnen Sie die Tabelle erneut und exportieren Sie erneut, oder wählen Sie „{points}“, das keine Kennung braucht</translation>
    </message>
    <message>
        <source>in this file without a grade: no score yet for {questions}; score it in the review and export again, or enter the grade by hand</source>
        <translation>in dieser Datei ohne Note: noch keine Punktzahl für {questions}; bewerten Sie beim Prüfen und exportieren Sie erneut, oder tragen Sie die Note von Hand ein</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Row in sheet</source>
        <translation>Zeile in der Tabelle</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schülerin oder Schüler</translation>
    </message>
    <message>
        <source>Why a grade is missing in {system}</source>
        <translation>Warum in {system} eine Note fehlt</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>{name} is the sheet of answers itself, and saving “{kind}” there would replace it; choose another file name, such as {suggestion}</source>
        <translation>{name} ist die Tabelle mit den Antworten selbst, und „{kind}“ dort zu speichern würde sie ersetzen; wählen Sie einen anderen Dateinamen, etwa {suggestion}</translation>
    </message>
</context>
<context>
    <name>ExportTitles</name>
    <message>
        <source>Canvas puts a column into the assignment that already has its title, replacing that assignment&apos;s grades.</source>
        <translation>Canvas trägt eine Spalte in die Aufgabe ein, die schon ihren Titel hat, und ersetzt die Noten dieser Aufgabe.</translation>
    </message>
    <message>
        <source>Brightspace puts a column into the grade item that already has its name, replacing that item&apos;s grades.</source>
        <translation>Brightspace trägt eine Spalte in das Notenelement ein, das schon ihren Namen hat, und ersetzt die Noten dieses Elements.</translation>
    </message>
    <message>
        <source>Blackboard makes a new column of each one, even beside a column of the same name.</source>
        <translation>Blackboard legt aus jeder eine neue Spalte an, auch neben einer Spalte gleichen Namens.</translation>
    </message>
    <message>
        <source>Moodle&apos;s import asks which grade item each column goes into: choose “New grade item” unless it is this quiz&apos;s own.</source>
        <translation>Der Import von Moodle fragt, in welchen Bewertungsaspekt jede Spalte kommt: wählen Sie „Neuer Bewertungsaspekt“, außer es ist der dieses Tests.</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <source>{score} out of {out_of}</source>
        <translation>{score} von {out_of}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Feedback · {title}</source>
        <translation>Rückmeldung · {title}</translation>
    </message>
    <message>
        <source>Your answer ({number} of {count})</source>
        <translation>Deine Antwort ({number} von {count})</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>No answer of yours to this question is in the sheet.</source>
        <translation>In der Tabelle steht keine Antwort von dir auf diese Frage.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Score: not scored yet</source>
        <translation>Punktzahl: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Scores: {scores}</source>
        <translation>Punktzahlen: {scores}</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Punktzahl: {score}</translation>
    </message>
    <message>
        <source>Total: not added up, as a question has more than one answer of yours</source>
        <translation>Gesamt: nicht zusammengezählt, da du auf eine Frage mehr als eine Antwort gegeben hast</translation>
    </message>
    <message>
        <source>Total: not added up, as not every score is a number</source>
        <translation>Gesamt: nicht zusammengezählt, da nicht jede Punktzahl eine Zahl ist</translation>
    </message>
    <message>
        <source>Student ID: {id}</source>
        <translation>Schüler-ID: {id}</translation>
    </message>
    <message>
        <source>Username: {name}</source>
        <translation>Benutzername: {name}</translation>
    </message>
    <message>
        <source>Row {row} of the sheet</source>
        <translation>Zeile {row} der Tabelle</translation>
    </message>
    <message>
        <source>Total: {score}</source>
        <translation>Gesamt: {score}</translation>
    </message>
    <message numerus="yes">
        <source>Total: not final yet (%n answers still have no score)</source>
        <translation>
            <numerusform>Gesamt: noch nicht endgültig (%n Antwort hat noch keine Punktzahl)</numerusform>
            <numerusform>Gesamt: noch nicht endgültig (%n Antworten haben noch keine Punktzahl)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… (your answer goes on for %Ln more characters, not printed here; your teacher&apos;s sheet has it whole)</source>
        <translation>
            <numerusform>… (hier nicht gedruckt: noch %Ln weiteres Zeichen deiner Antwort; die Tabelle deiner Lehrkraft enthält sie ganz)</numerusform>
            <numerusform>… (hier nicht gedruckt: noch %Ln weitere Zeichen deiner Antwort; die Tabelle deiner Lehrkraft enthält sie ganz)</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Kommentar der Lehrkraft:</translation>
    </message>
    <message>
        <source>{name} · page {number} of {count}</source>
        <translation>{name} · Seite {number} von {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n students&apos; pages have characters that the PDF&apos;s fonts cannot show (for example {characters}): they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) keeps them.</source>
        <translation>
            <numerusform>Die Seite einer Schülerin oder eines Schülers enthält Zeichen, die die Schriften des PDFs nicht darstellen können (zum Beispiel {characters}): sie erscheinen als leere Kästchen oder Lücken. Ihre bewertete Tabelle (XLSX oder CSV) behält sie.</numerusform>
            <numerusform>Die Seiten von %n Schülerinnen und Schülern enthalten Zeichen, die die Schriften des PDFs nicht darstellen können (zum Beispiel {characters}): sie erscheinen als leere Kästchen oder Lücken. Ihre bewertete Tabelle (XLSX oder CSV) behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {name}: feedback for students is a .pdf file; choose a name ending in .pdf</source>
        <translation>{name} kann nicht geschrieben werden: die Rückmeldung für die Schülerinnen und Schüler ist eine .pdf-Datei; wählen Sie einen Namen, der auf .pdf endet</translation>
    </message>
    <message>
        <source>there are no students in this sheet, so there is no feedback to write</source>
        <translation>in dieser Tabelle stehen keine Schülerinnen und Schüler, daher gibt es keine Rückmeldung zu schreiben</translation>
    </message>
</context>
<context>
    <name>FeedbackSheet</name>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Schüler-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Q{n} question</source>
        <translation>F{n} Frage</translation>
    </message>
    <message>
        <source>Q{n} answer</source>
        <translation>F{n} Antwort</translation>
    </message>
    <message>
        <source>Q{n} score</source>
        <translation>F{n} Punkte</translation>
    </message>
    <message>
        <source>Q{n} out of</source>
        <translation>F{n} Höchstpunktzahl</translation>
    </message>
    <message>
        <source>Q{n} rubric</source>
        <translation>F{n} Bewertungsraster</translation>
    </message>
    <message>
        <source>Q{n} comment</source>
        <translation>F{n} Kommentar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Höchstpunktzahl</translation>
    </message>
</context>
<context>
    <name>FlagChips</name>
    <message>
        <source>Flagged answers always come to you, whatever the model&apos;s confidence.</source>
        <translation>Antworten mit Hinweis kommen immer zu Ihnen, egal wie sicher das Modell ist.</translation>
    </message>
    <message>
        <source>The answer&apos;s cell holds a formula whose value was never saved (a program that does not compute formulas wrote the file), so Grader sees it empty. Open the file in Excel or LibreOffice, save it and open it again: the answer is there then.</source>
        <translation>Die Zelle der Antwort enthält eine Formel, deren Wert nie gespeichert wurde (ein Programm, das keine Formeln berechnet, hat die Datei geschrieben), daher sieht Grader sie leer. Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie und öffnen Sie sie erneut: dann ist die Antwort da.</translation>
    </message>
    <message>
        <source>The answer lists terms without explaining them, and the model gave it credit: a model that counts key words can be fooled by a list.</source>
        <translation>Die Antwort zählt Begriffe auf, ohne sie zu erklären, und das Modell hat Punkte dafür gegeben: ein Modell, das Schlüsselwörter zählt, lässt sich von einer Liste täuschen.</translation>
    </message>
    <message>
        <source>The answer says “not”, “none”, “false” or the like, and the model would have accepted it with credit: a model that counts key words cannot tell “uses energy” from “does not use energy”. The model&apos;s score is kept; check that the answer means it.</source>
        <translation>Die Antwort sagt „nicht“, „keine“, „falsch“ oder Ähnliches, und das Modell hätte sie mit Punkten angenommen: ein Modell, das Schlüsselwörter zählt, kann „braucht Energie“ nicht von „braucht keine Energie“ unterscheiden. Die Punktzahl des Modells bleibt; prüfen Sie, ob die Antwort das auch meint.</translation>
    </message>
</context>
<context>
    <name>FormatChooser</name>
    <message>
        <source>Blackboard&apos;s Grade Center matches each student by their username, and your sheet gives none: add a “Username” column with each student&apos;s username, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Das Grade Center von Blackboard ordnet jede Schülerin und jeden Schüler über den Benutzernamen zu, und Ihre Tabelle enthält keinen: fügen Sie eine Spalte „Username“ mit dem Benutzernamen jeder Person hinzu, öffnen Sie die Tabelle erneut und exportieren Sie erneut, oder wählen Sie „{choice}“, das keine Kennung braucht.</translation>
    </message>
    <message>
        <source>Brightspace matches each student by their OrgDefinedId or username, and your sheet gives neither: add an “OrgDefinedId” or “Username” column with them, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Brightspace ordnet jede Schülerin und jeden Schüler über die OrgDefinedId oder den Benutzernamen zu, und Ihre Tabelle enthält keins von beiden: fügen Sie eine Spalte „OrgDefinedId“ oder „Username“ damit hinzu, öffnen Sie die Tabelle erneut und exportieren Sie erneut, oder wählen Sie „{choice}“, das keine Kennung braucht.</translation>
    </message>
    <message>
        <source>Google Classroom matches each student by their email address, and your sheet gives none: add an “Email” column with each student&apos;s email address, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Google Classroom ordnet jede Schülerin und jeden Schüler über die E-Mail-Adresse zu, und Ihre Tabelle enthält keine: fügen Sie eine Spalte „Email“ mit der E-Mail-Adresse jeder Person hinzu, öffnen Sie die Tabelle erneut und exportieren Sie erneut, oder wählen Sie „{choice}“, das keine Kennung braucht.</translation>
    </message>
    <message>
        <source>Moodle&apos;s gradebook matches each student by their email address, username or ID number, and your sheet gives none: add an “Email”, “Username” or “ID number” column with them, open the sheet again and export again, or choose “{choice}”, which needs no identifier.</source>
        <translation>Die Bewertungen von Moodle ordnen jede Schülerin und jeden Schüler über die E-Mail-Adresse, den Benutzernamen oder die ID-Nummer zu, und Ihre Tabelle enthält nichts davon: fügen Sie eine Spalte „Email“, „Username“ oder „ID number“ damit hinzu, öffnen Sie die Tabelle erneut und exportieren Sie erneut, oder wählen Sie „{choice}“, das keine Kennung braucht.</translation>
    </message>
    <message>
        <source>Blackboard needs usernames, and your sheet has none.</source>
        <translation>Blackboard braucht Benutzernamen, und Ihre Tabelle hat keine.</translation>
    </message>
    <message>
        <source>Brightspace needs OrgDefinedIds or usernames, and your sheet has neither.</source>
        <translation>Brightspace braucht OrgDefinedIds oder Benutzernamen, und Ihre Tabelle hat keins von beiden.</translation>
    </message>
    <message>
        <source>Google Classroom needs email addresses, and your sheet has none.</source>
        <translation>Google Classroom braucht E-Mail-Adressen, und Ihre Tabelle hat keine.</translation>
    </message>
    <message>
        <source>“{format}” is not offered, as your sheet has no email addresses, usernames or ID numbers.</source>
        <translation>„{format}“ wird nicht angeboten, da Ihre Tabelle keine E-Mail-Adressen, Benutzernamen oder ID-Nummern hat.</translation>
    </message>
    <message>
        <source>“{format}” is not offered, as your sheet has no participant identifiers.</source>
        <translation>„{format}“ wird nicht angeboten, da Ihre Tabelle keine Teilnehmerkennungen hat.</translation>
    </message>
    <message>
        <source>Moodle&apos;s grading worksheet matches each student by the participant identifier (“Participant 123”) that only a grading worksheet downloaded from Moodle gives, and your sheet has none: in Moodle open the assignment, choose View all submissions &gt; Download grading worksheet and open that file here, or choose “{choice}”.</source>
        <translation>Die Moodle-Bewertungstabelle ordnet jede Schülerin und jeden Schüler über die Teilnehmerkennung („Participant 123“) zu, die nur eine aus Moodle heruntergeladene Bewertungstabelle enthält, und Ihre Tabelle hat keine: öffnen Sie in Moodle die Aufgabe, wählen Sie „Alle Abgaben anzeigen &gt; Bewertungstabelle herunterladen“ und öffnen Sie diese Datei hier, oder wählen Sie „{choice}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no email address and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne E-Mail-Adresse fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne E-Mail-Adresse fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no username and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne Benutzernamen fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne Benutzernamen fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no OrgDefinedId and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne OrgDefinedId fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne OrgDefinedId fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no ID number and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne ID-Nummer fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne ID-Nummer fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no student id and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne Schüler-ID fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne Schüler-ID fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no participant identifier and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne Teilnehmerkennung fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne Teilnehmerkennung fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no Canvas id, SIS User ID or student id and are left out.</source>
        <translation>
            <numerusform>%n von {total} ohne Canvas-ID, SIS User ID oder Schüler-ID fehlt in der Datei.</numerusform>
            <numerusform>%n von {total} ohne Canvas-ID, SIS User ID oder Schüler-ID fehlen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their email address, and %n of the {total} students in your sheet have none. {left_out} To include them, add their email addresses to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die E-Mail-Adresse zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat keine. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden E-Mail-Adressen in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die E-Mail-Adresse zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben keine. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden E-Mail-Adressen in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their username, and %n of the {total} students in your sheet have none. {left_out} To include them, add their usernames to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} ordnet Schülerinnen und Schüler über den Benutzernamen zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat keinen. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden Benutzernamen in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
            <numerusform>{system} ordnet Schülerinnen und Schüler über den Benutzernamen zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben keinen. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden Benutzernamen in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their OrgDefinedId, and %n of the {total} students in your sheet have none. {left_out} To include them, add their OrgDefinedIds to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die OrgDefinedId zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat keine. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden OrgDefinedIds in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die OrgDefinedId zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben keine. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden OrgDefinedIds in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their ID number, and %n of the {total} students in your sheet have none. {left_out} To include them, add their ID numbers to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die ID-Nummer zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat keine. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden ID-Nummern in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die ID-Nummer zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben keine. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden ID-Nummern in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file gives {system} your student id column, and %n of the {total} students in your sheet have no id in it. {left_out} To include them, fill in their ids in the sheet, open it again and export again.</source>
        <translation>
            <numerusform>Diese Datei gibt {system} Ihre Spalte mit Schüler-IDs, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat dort keine ID. {left_out} Um sie einzubeziehen, tragen Sie die fehlenden IDs in der Tabelle ein, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
            <numerusform>Diese Datei gibt {system} Ihre Spalte mit Schüler-IDs, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben dort keine ID. {left_out} Um sie einzubeziehen, tragen Sie die fehlenden IDs in der Tabelle ein, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches the grading worksheet by each student&apos;s participant identifier (“Participant 123”), and %n of the {total} students in your sheet have none. {left_out} To include them, download the grading worksheet from {system} again, open it and export again.</source>
        <translation>
            <numerusform>{system} ordnet die Bewertungstabelle über die Teilnehmerkennung jeder Schülerin und jedes Schülers („Participant 123“) zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat keine. {left_out} Um sie einzubeziehen, laden Sie die Bewertungstabelle erneut aus {system} herunter, öffnen Sie sie und exportieren Sie erneut.</numerusform>
            <numerusform>{system} ordnet die Bewertungstabelle über die Teilnehmerkennung jeder Schülerin und jedes Schülers („Participant 123“) zu, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben keine. {left_out} Um sie einzubeziehen, laden Sie die Bewertungstabelle erneut aus {system} herunter, öffnen Sie sie und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their Canvas id or SIS User ID, or by your student id column given as SIS User ID, and %n of the {total} students in your sheet have none of them. {left_out} To include them, add their ids to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die Canvas-ID oder SIS User ID zu, oder über Ihre Spalte mit Schüler-IDs als SIS User ID, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle hat nichts davon. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden IDs in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
            <numerusform>{system} ordnet Schülerinnen und Schüler über die Canvas-ID oder SIS User ID zu, oder über Ihre Spalte mit Schüler-IDs als SIS User ID, und %n der {total} Schülerinnen und Schüler in Ihrer Tabelle haben nichts davon. {left_out} Um sie einzubeziehen, ergänzen Sie die fehlenden IDs in der Tabelle, öffnen Sie die Tabelle erneut und exportieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever is left out is listed here after saving, with their scores, and in a small “-unmatched.csv” beside the file, so that you can enter those grades in {system} by hand.</source>
        <translation>Wer ausgelassen wird, steht nach dem Speichern mit den Punkten hier und in einer kleinen „-unmatched.csv“ neben der Datei, sodass Sie diese Noten in {system} von Hand eintragen können.</translation>
    </message>
    <message>
        <source>Counting which of your students each of these files can take…</source>
        <translation>Es wird gezählt, welche Ihrer Schülerinnen und Schüler jede dieser Dateien aufnehmen kann…</translation>
    </message>
    <message>
        <source>your sheet came from here</source>
        <translation>Ihre Tabelle stammt von hier</translation>
    </message>
    <message>
        <source>takes the grades of your {system} sheet</source>
        <translation>übernimmt die Noten Ihrer Tabelle aus {system}</translation>
    </message>
    <message>
        <source>Choose the Canvas gradebook under “{group}”.</source>
        <translation>Das Canvas-Notenbuch wählen Sie unter „{group}“.</translation>
    </message>
    <message>
        <source>Your sheet has no Canvas ids, so both Canvas gradebooks would be the same file: “{choice}” matches students by your student id column.</source>
        <translation>Ihre Tabelle hat keine Canvas-IDs, daher wären beide Canvas-Notenbücher dieselbe Datei: „{choice}“ ordnet die Lernenden über Ihre Spalte mit der Schüler-ID zu.</translation>
    </message>
</context>
<context>
    <name>GradedSheet</name>
    <message>
        <source>needs review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>selbst bewertet</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>ohne Modell</translation>
    </message>
    <message>
        <source>model_score</source>
        <translation>Modellpunkte</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>final_score</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Each ⟦U+…⟧ is a hidden character in the answer (one that reverses the text after it, or an invisible one), shown where the student&apos;s text holds it.</source>
        <translation>Jedes ⟦U+…⟧ ist ein verstecktes Zeichen in der Antwort (eines, das den Text danach umkehrt, oder ein unsichtbares), gezeigt an der Stelle, an der es im Text der Schülerin oder des Schülers steht.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank answers</source>
        <translation>
            <numerusform>%n leere Antwort</numerusform>
            <numerusform>%n leere Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical answers</source>
        <translation>
            <numerusform>%n identische Antwort</numerusform>
            <numerusform>%n identische Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers that look alike</source>
        <translation>
            <numerusform>%n ähnliche Antwort</numerusform>
            <numerusform>%n ähnliche Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Most typical answer</source>
        <translation>Typischste Antwort</translation>
    </message>
    <message>
        <source>the group&apos;s most typical answer</source>
        <translation>die typischste Antwort der Gruppe</translation>
    </message>
    <message>
        <source>the answers in this group</source>
        <translation>die Antworten in dieser Gruppe</translation>
    </message>
    <message>
        <source>{group}: a digit or a score button scores them all, except any that differ, which stay open; pull out any that deserves another score.</source>
        <translation>{group}: eine Ziffer oder eine Punktzahl-Schaltfläche bewertet alle außer den abweichenden, die offen bleiben; nehmen Sie jede heraus, die eine andere Punktzahl verdient.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters: click this answer in the list below, or choose it with ↑/↓, to read all of it)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen: klicken Sie diese Antwort in der Liste unten an oder wählen Sie sie mit ↑/↓, um sie ganz zu lesen)</numerusform>
            <numerusform>(%n weitere Zeichen: klicken Sie diese Antwort in der Liste unten an oder wählen Sie sie mit ↑/↓, um sie ganz zu lesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(blank answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>{student}: {words}</source>
        <translation>{student}: {words}</translation>
    </message>
    <message numerus="yes">
        <source>The model scores %n of them otherwise than the rest: they are marked with ≠ in the list below. One key scores the others and leaves those answers open, to check and score next.</source>
        <translation>
            <numerusform>%n davon bewertet das Modell anders als die übrigen: sie ist in der Liste unten mit ≠ markiert. Eine Taste bewertet die anderen und lässt diese Antwort offen, damit Sie sie als Nächstes prüfen und bewerten.</numerusform>
            <numerusform>%n davon bewertet das Modell anders als die übrigen: sie sind in der Liste unten mit ≠ markiert. Eine Taste bewertet die anderen und lässt diese Antworten offen, damit Sie sie als Nächstes prüfen und bewerten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{group}: a digit scores all but those that differ; P pulls one out.</source>
        <translation>{group}: eine Ziffer bewertet alle außer den abweichenden; P nimmt eine heraus.</translation>
    </message>
    <message>
        <source>{group}: a digit or a score button scores them all; pull out any that deserves another score.</source>
        <translation>{group}: eine Ziffer oder eine Punktzahl-Schaltfläche bewertet alle; nehmen Sie jede heraus, die eine andere Punktzahl verdient.</translation>
    </message>
    <message>
        <source>{group}: a digit scores them all; P pulls one out.</source>
        <translation>{group}: eine Ziffer bewertet alle; P nimmt eine heraus.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the typical answer in words (their own words shown in bold, underlined, in the list below): {members}. One key scores the others and leaves those answers open, to read and score next.</source>
        <translation>
            <numerusform>%n davon unterscheidet sich im Wortlaut von der typischen Antwort (ihre eigenen Wörter in der Liste unten fett und unterstrichen): {members}. Eine Taste bewertet die anderen und lässt diese Antwort offen, damit Sie sie als Nächstes lesen und bewerten.</numerusform>
            <numerusform>%n davon unterscheiden sich im Wortlaut von der typischen Antwort (ihre eigenen Wörter in der Liste unten fett und unterstrichen): {members}. Eine Taste bewertet die anderen und lässt diese Antworten offen, damit Sie sie als Nächstes lesen und bewerten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the typical answer in words: {members}. One key scores the others and leaves those answers open, to read and score next.</source>
        <translation>
            <numerusform>%n davon unterscheidet sich im Wortlaut von der typischen Antwort: {members}. Eine Taste bewertet die anderen und lässt diese Antwort offen, damit Sie sie als Nächstes lesen und bewerten.</numerusform>
            <numerusform>%n davon unterscheiden sich im Wortlaut von der typischen Antwort: {members}. Eine Taste bewertet die anderen und lässt diese Antworten offen, damit Sie sie als Nächstes lesen und bewerten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n answers in the group ({scored} scored)</source>
        <translation>
            <numerusform>Die einzige Antwort der Gruppe ({scored} bewertet)</numerusform>
            <numerusform>Alle %n Antworten der Gruppe ({scored} bewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source>model {score} ({percent} sure)</source>
        <translation>Modell {score} (zu {percent} sicher)</translation>
    </message>
    <message>
        <source>the model scores it otherwise than the group</source>
        <translation>das Modell bewertet sie anders als die Gruppe</translation>
    </message>
    <message>
        <source>your score {score}</source>
        <translation>Ihre Punktzahl {score}</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>the typical answer</source>
        <translation>die typische Antwort</translation>
    </message>
    <message>
        <source>differs: {words}</source>
        <translation>unterscheidet sich: {words}</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters: click this answer, or choose it with ↑/↓, to read all of it)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen: klicken Sie diese Antwort an oder wählen Sie sie mit ↑/↓, um sie ganz zu lesen)</numerusform>
            <numerusform>(%n weitere Zeichen: klicken Sie diese Antwort an oder wählen Sie sie mit ↑/↓, um sie ganz zu lesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{student}, answer {member} of {count} in the group</source>
        <translation>{student}, Antwort {member} von {count} in der Gruppe</translation>
    </message>
    <message>
        <source>Chosen (↑/↓ choose another).</source>
        <translation>Ausgewählt (↑/↓ eine andere wählen).</translation>
    </message>
    <message>
        <source>The group&apos;s most typical answer.</source>
        <translation>Die typischste Antwort der Gruppe.</translation>
    </message>
    <message>
        <source>It differs from the typical answer in words: {words}.</source>
        <translation>Sie unterscheidet sich in Wörtern von der typischen Antwort: {words}.</translation>
    </message>
    <message>
        <source>The model scores this answer otherwise than the rest of the group.</source>
        <translation>Das Modell bewertet diese Antwort anders als den Rest der Gruppe.</translation>
    </message>
    <message>
        <source>In the group; P pulls it out to score it on its own.</source>
        <translation>In der Gruppe; P nimmt sie heraus, um sie einzeln zu bewerten.</translation>
    </message>
    <message>
        <source>In the group; its Pull out button takes it out to score it on its own.</source>
        <translation>In der Gruppe; ihre Schaltfläche Herausnehmen nimmt sie heraus, um sie einzeln zu bewerten.</translation>
    </message>
    <message>
        <source>Pull {student}&apos;s answer out of the group</source>
        <translation>Die Antwort von {student} aus der Gruppe nehmen</translation>
    </message>
    <message>
        <source>The model has no score for these answers.</source>
        <translation>Das Modell hat für diese Antworten keine Punktzahl.</translation>
    </message>
    <message>
        <source>{score} for {count}</source>
        <translation>{score} für {count}</translation>
    </message>
    <message>
        <source>The model&apos;s scores: {scores}.</source>
        <translation>Punktzahlen des Modells: {scores}.</translation>
    </message>
    <message>
        <source>instead of {typical}</source>
        <translation>statt {typical}</translation>
    </message>
    <message>
        <source>{words} instead of {typical}</source>
        <translation>{words} statt {typical}</translation>
    </message>
    <message>
        <source>also says {words}</source>
        <translation>sagt auch {words}</translation>
    </message>
    <message>
        <source>leaves out {typical}</source>
        <translation>lässt {typical} weg</translation>
    </message>
</context>
<context>
    <name>GroupSplit</name>
    <message numerus="yes">
        <source>Score {score} given to %n answers in the group.</source>
        <translation>
            <numerusform>Punktzahl {score} an %n Antwort der Gruppe vergeben.</numerusform>
            <numerusform>Punktzahl {score} an %n Antworten der Gruppe vergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers that differ from the typical answer (marked in the list) are left open for you to read and score next; undo the group&apos;s score with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>%n Antwort, die sich von der typischen Antwort unterscheidet (in der Liste markiert), bleibt offen, damit Sie sie als Nächstes lesen und bewerten; die Punktzahl der Gruppe nehmen Sie mit Strg+Z oder {menu} zurück.</numerusform>
            <numerusform>%n Antworten, die sich von der typischen Antwort unterscheiden (in der Liste markiert), bleiben offen, damit Sie sie als Nächstes lesen und bewerten; die Punktzahl der Gruppe nehmen Sie mit Strg+Z oder {menu} zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n that agree:</source>
        <comment>before the score buttons: the score goes to the answers of the group that agree with its typical answer; the others stay open</comment>
        <translation>
            <numerusform>Die übereinstimmende Antwort bewerten:</numerusform>
            <numerusform>Die %n übereinstimmenden Antworten bewerten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s score {score} given to {student}. %n answers that differ from the typical answer are still open: Enter gives the next one its own model score, a digit gives them all one score.</source>
        <translation>
            <numerusform>Die Punktzahl {score} des Modells an {student} vergeben. %n Antwort, die von der typischen Antwort abweicht, ist noch offen: die Eingabetaste gibt ihr die eigene Punktzahl des Modells, eine Ziffer bewertet sie.</numerusform>
            <numerusform>Die Punktzahl {score} des Modells an {student} vergeben. %n Antworten, die von der typischen Antwort abweichen, sind noch offen: die Eingabetaste gibt der nächsten ihre eigene Punktzahl des Modells, eine Ziffer bewertet alle mit einer Punktzahl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdenticalAsk</name>
    <message numerus="yes">
        <source>%n of these {total} identical answers have another score of yours ({scores}). Press Ctrl+G again to give all {total} of them {score}.</source>
        <translation>
            <numerusform>%n dieser {total} identischen Antworten hat eine andere Punktzahl von Ihnen ({scores}). Drücken Sie noch einmal Strg+G, um allen {total} die Punktzahl {score} zu geben.</numerusform>
            <numerusform>%n dieser {total} identischen Antworten haben eine andere Punktzahl von Ihnen ({scores}). Drücken Sie noch einmal Strg+G, um allen {total} die Punktzahl {score} zu geben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnSheetDialog</name>
    <message>
        <source>(let Grader find it)</source>
        <translation>(Grader findet sie selbst)</translation>
    </message>
    <message>
        <source>Make models from a marked sheet</source>
        <translation>Modelle aus einer bewerteten Tabelle erstellen</translation>
    </message>
    <message>
        <source>Grader learns one model per question from the answers in “{sheet}” that have a score, checks each one and adds it to your models. Rows without a score are left out.</source>
        <translation>Grader lernt aus den bewerteten Antworten in „{sheet}“ ein Modell pro Frage, prüft jedes und fügt es Ihren Modellen hinzu. Zeilen ohne Punktzahl werden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>A question needs at least %n marked answers to make a model: a model learned from fewer could not take any answer on its own. A question with fewer is skipped, and Grader says how many more to mark.</source>
        <translation>
            <numerusform>Eine Frage braucht mindestens %n bewertete Antwort, um ein Modell zu erstellen: ein Modell aus weniger könnte keine Antwort selbst übernehmen. Eine Frage mit weniger wird übersprungen, und Grader sagt, wie viele Sie noch bewerten müssen.</numerusform>
            <numerusform>Eine Frage braucht mindestens %n bewertete Antworten, um ein Modell zu erstellen: ein Modell aus weniger könnte keine Antwort selbst übernehmen. Eine Frage mit weniger wird übersprungen, und Grader sagt, wie viele Sie noch bewerten müssen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work&amp;sheet with the marks:</source>
        <translation>&amp;Tabellenblatt mit den Punkten:</translation>
    </message>
    <message>
        <source>the worksheet with the marks</source>
        <translation>das Tabellenblatt mit den Punkten</translation>
    </message>
    <message>
        <source>&amp;Which column holds your scores?</source>
        <translation>&amp;Welche Spalte enthält Ihre Punktzahlen?</translation>
    </message>
    <message>
        <source>the column of scores</source>
        <translation>die Spalte mit den Punktzahlen</translation>
    </message>
    <message>
        <source>Which column holds the &amp;answers?</source>
        <translation>Welche Spalte enthält die &amp;Antworten?</translation>
    </message>
    <message>
        <source>the column of answers</source>
        <translation>die Spalte mit den Antworten</translation>
    </message>
    <message>
        <source>The answers and the scores cannot be in the same column: choose the column with the answers.</source>
        <translation>Antworten und Punktzahlen können nicht in derselben Spalte stehen: wählen Sie die Spalte mit den Antworten.</translation>
    </message>
    <message>
        <source>Make the models</source>
        <translation>Modelle erstellen</translation>
    </message>
</context>
<context>
    <name>LearningController</name>
    <message numerus="yes">
        <source>The model for question {question} now takes fewer answers: %n answers it had taken are back with you.</source>
        <translation>
            <numerusform>Das Modell für Frage {question} übernimmt jetzt weniger Antworten: %n Antwort, die es übernommen hatte, liegt wieder bei Ihnen.</numerusform>
            <numerusform>Das Modell für Frage {question} übernimmt jetzt weniger Antworten: %n Antworten, die es übernommen hatte, liegen wieder bei Ihnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model for question {question} no longer takes answers: %n answers it had taken are back with you.</source>
        <translation>
            <numerusform>Das Modell für Frage {question} übernimmt keine Antworten mehr: %n Antwort, die es übernommen hatte, liegt wieder bei Ihnen.</numerusform>
            <numerusform>Das Modell für Frage {question} übernimmt keine Antworten mehr: %n Antworten, die es übernommen hatte, liegen wieder bei Ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {question} is scored by your model as it is, but your marks here do not teach it: {problem}</source>
        <translation>Frage {question} wird mit Ihrem Modell bewertet, wie es ist, aber Ihre Bewertungen hier lehren es nicht: {problem}</translation>
    </message>
    <message>
        <source>The model for question {question} could not learn from your marks: {problem}</source>
        <translation>Das Modell für Frage {question} konnte nicht aus Ihren Bewertungen lernen: {problem}</translation>
    </message>
    <message>
        <source>Question {question}: {why}</source>
        <translation>Frage {question}: {why}</translation>
    </message>
    <message>
        <source>Question {question} (its model file could not be loaded): {progress}</source>
        <translation>Frage {question} (seine Modelldatei ließ sich nicht laden): {progress}</translation>
    </message>
    <message>
        <source>Question {question} (no shipped model): {progress}</source>
        <translation>Frage {question} (kein mitgeliefertes Modell): {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Question {question} (your model, learning from {counted} of your %n earlier marks and {now} of this sheet): {progress}</source>
        <translation>
            <numerusform>Frage {question} (Ihr Modell, das aus {counted} Ihrer %n früheren Bewertung und {now} dieser Tabelle lernt): {progress}</numerusform>
            <numerusform>Frage {question} (Ihr Modell, das aus {counted} Ihrer %n früheren Bewertungen und {now} dieser Tabelle lernt): {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question {question} (your model, learning from your %n earlier marks and {now} of this sheet): {progress}</source>
        <translation>
            <numerusform>Frage {question} (Ihr Modell, das aus Ihrer %n früheren Bewertung und {now} dieser Tabelle lernt): {progress}</numerusform>
            <numerusform>Frage {question} (Ihr Modell, das aus Ihren %n früheren Bewertungen und {now} dieser Tabelle lernt): {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier marks are of answers worded word for word as answers of this sheet: the model does not learn from them, so it never takes on its own an answer it learned; the mark you give such an answer here is the one that counts.</source>
        <translation>
            <numerusform>%n frühere Bewertung gilt einer Antwort, die wörtlich eine Antwort dieser Tabelle ist: das Modell lernt nicht aus ihr, damit es nie eine Antwort selbst übernimmt, aus der es gelernt hat; die Bewertung, die Sie einer solchen Antwort hier geben, ist die, die zählt.</numerusform>
            <numerusform>%n frühere Bewertungen gelten Antworten, die wörtlich Antworten dieser Tabelle sind: das Modell lernt nicht aus ihnen, damit es nie eine Antwort selbst übernimmt, aus der es gelernt hat; die Bewertung, die Sie einer solchen Antwort hier geben, ist die, die zählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningWords</name>
    <message>
        <source>blank answers: one decision for all of them</source>
        <translation>leere Antworten: eine Entscheidung für alle</translation>
    </message>
    <message>
        <source>the biggest group still open</source>
        <translation>die größte noch offene Gruppe</translation>
    </message>
    <message>
        <source>a fair sample, so the model&apos;s guarantee can be checked</source>
        <translation>eine faire Stichprobe, damit die Garantie des Modells geprüft werden kann</translation>
    </message>
    <message>
        <source>the model is least sure of these</source>
        <translation>bei diesen ist sich das Modell am wenigsten sicher</translation>
    </message>
    <message>
        <source>{question} (learned from your marks)</source>
        <translation>{question} (aus Ihren Bewertungen gelernt)</translation>
    </message>
    <message>
        <source>whole sheet</source>
        <translation>ganze Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>Only marks on the answers Grader suggests count towards that; the %n answers you chose yourself teach the model but do not.</source>
        <translation>
            <numerusform>Dafür zählen nur Bewertungen der Antworten, die Grader vorschlägt; die %n Antwort, die Sie selbst gewählt haben, lehrt das Modell, zählt dafür aber nicht.</numerusform>
            <numerusform>Dafür zählen nur Bewertungen der Antworten, die Grader vorschlägt; die %n Antworten, die Sie selbst gewählt haben, lehren das Modell, zählen dafür aber nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to this question.</source>
        <translation>Keine Antworten auf diese Frage.</translation>
    </message>
    <message numerus="yes">
        <source>; %n need you.</source>
        <translation>
            <numerusform>; %n wartet auf Sie.</numerusform>
            <numerusform>; %n warten auf Sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every answer to this question is decided.</source>
        <translation>Jede Antwort dieser Frage ist entschieden.</translation>
    </message>
    <message>
        <source>The model has not learned from your latest changes to your marks yet; it does when you pause.</source>
        <translation>Aus Ihren letzten Änderungen an den Bewertungen hat das Modell noch nicht gelernt; das tut es, sobald Sie eine Pause machen.</translation>
    </message>
    <message numerus="yes">
        <source>The model has not learned from your newest %n marks yet; it does when you pause.</source>
        <translation>
            <numerusform>Aus Ihrer neuesten Bewertung hat das Modell noch nicht gelernt; das tut es, sobald Sie eine Pause machen.</numerusform>
            <numerusform>Aus Ihren %n neuesten Bewertungen hat das Modell noch nicht gelernt; das tut es, sobald Sie eine Pause machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model has taken this question&apos;s other %n answers on its own; check them in the table, or keep marking.</source>
        <translation>
            <numerusform>Das Modell hat die andere Antwort dieser Frage selbst übernommen; prüfen Sie sie in der Tabelle, oder bewerten Sie weiter.</numerusform>
            <numerusform>Das Modell hat die anderen %n Antworten dieser Frage selbst übernommen; prüfen Sie sie in der Tabelle, oder bewerten Sie weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model can take {auto} of this question&apos;s %n answers left (expected at least {percent} right)</source>
        <translation>
            <numerusform>Das Modell kann {auto} der %n übrigen Antwort dieser Frage übernehmen (voraussichtlich zu mindestens {percent} richtig)</numerusform>
            <numerusform>Das Modell kann {auto} der %n übrigen Antworten dieser Frage übernehmen (voraussichtlich zu mindestens {percent} richtig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model can take {auto} of this question&apos;s %n answers left</source>
        <translation>
            <numerusform>Das Modell kann {auto} der %n übrigen Antwort dieser Frage übernehmen</numerusform>
            <numerusform>Das Modell kann {auto} der %n übrigen Antworten dieser Frage übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question has only %n answers left, too few for the model to learn enough to take any; mark them yourself.</source>
        <translation>
            <numerusform>Diese Frage hat nur noch %n offene Antwort, zu wenig, als dass das Modell sie noch übernehmen könnte; bewerten Sie sie selbst.</numerusform>
            <numerusform>Diese Frage hat nur noch %n offene Antworten, zu wenige, als dass das Modell noch eine übernehmen könnte; bewerten Sie sie selbst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark at least %n more answers to this question; if the model agrees with you on them, it can take about {take} of the rest.</source>
        <translation>
            <numerusform>Bewerten Sie noch mindestens %n Antwort dieser Frage; bewertet das Modell sie wie Sie, übernimmt es etwa {take} der übrigen.</numerusform>
            <numerusform>Bewerten Sie noch mindestens %n Antworten dieser Frage; bewertet das Modell sie wie Sie, übernimmt es etwa {take} der übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a few answers with different scores and the model starts learning from them.</source>
        <translation>Bewerten Sie einige Antworten mit unterschiedlichen Punktzahlen, dann beginnt das Modell, daraus zu lernen.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers can be taken by the shipped model; keep marking and the model learns from you.</source>
        <translation>
            <numerusform>%n Antwort kann das mitgelieferte Modell übernehmen; bewerten Sie weiter, dann lernt das Modell von Ihnen.</numerusform>
            <numerusform>%n Antworten kann das mitgelieferte Modell übernehmen; bewerten Sie weiter, dann lernt das Modell von Ihnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All your marks so far are {score}: mark an answer that deserves another score and the model starts learning.</source>
        <translation>Alle Ihre bisherigen Bewertungen sind {score}: bewerten Sie eine Antwort, die eine andere Punktzahl verdient, dann beginnt das Modell zu lernen.</translation>
    </message>
    <message>
        <source>The model will probably not take answers to this question: on answers it had not learned from, it agreed with {agreed} of your {checked} marks, and what it takes must be at least {percent} right. You will most likely mark the rest yourself; the model keeps learning from your marks and will take answers if it gets good enough.</source>
        <translation>Das Modell wird bei dieser Frage wahrscheinlich keine Antworten übernehmen: bei Antworten, aus denen es nicht gelernt hatte, stimmte es bei {agreed} Ihrer {checked} Bewertungen mit Ihnen überein, und was es übernimmt, muss mindestens zu {percent} richtig sein. Die übrigen Antworten bewerten Sie sehr wahrscheinlich selbst; das Modell lernt weiter aus Ihren Bewertungen und übernimmt Antworten, wenn es gut genug wird.</translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since your marks so far fall in only %n groups of similar answers or answers marked together, each counted once</source>
        <translation>
            <numerusform>Bewerten Sie weiter, denn Ihre bisherigen Bewertungen fallen in nur %n Gruppe ähnlicher oder gemeinsam bewerteter Antworten, jede einmal gezählt</numerusform>
            <numerusform>Bewerten Sie weiter, denn Ihre bisherigen Bewertungen fallen in nur %n Gruppen ähnlicher oder gemeinsam bewerteter Antworten, jede einmal gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the model needs marks on at least %n more answers unlike these before it can take one.</source>
        <translation>
            <numerusform>; das Modell braucht Bewertungen von mindestens %n weiteren Antwort, die diesen nicht ähnelt, bevor es eine übernehmen kann.</numerusform>
            <numerusform>; das Modell braucht Bewertungen von mindestens %n weiteren Antworten, die diesen nicht ähneln, bevor es eine übernehmen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, but the model cannot promise when it will take an answer: your last %n marks brought it little or no closer</source>
        <translation>
            <numerusform>Bewerten Sie weiter, aber das Modell kann nicht versprechen, wann es eine Antwort übernehmen wird: Ihre letzte Bewertung (%n) brachte es kaum oder gar nicht näher</numerusform>
            <numerusform>Bewerten Sie weiter, aber das Modell kann nicht versprechen, wann es eine Antwort übernehmen wird: Ihre letzten %n Bewertungen brachten es kaum oder gar nicht näher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; even if every further mark helps, it needs at least %n more marks.</source>
        <translation>
            <numerusform>; selbst wenn jede weitere Bewertung hilft, braucht es mindestens %n weitere Bewertung.</numerusform>
            <numerusform>; selbst wenn jede weitere Bewertung hilft, braucht es mindestens %n weitere Bewertungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer, more than before: on answers it had not learned from, it was right less often or less sure than it had seemed.</source>
        <translation>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertung, bevor es eine Antwort übernehmen kann, mehr als zuvor: bei Antworten, aus denen es nicht gelernt hatte, lag es seltener richtig oder war sich weniger sicher, als es schien.</numerusform>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertungen, bevor es eine Antwort übernehmen kann, mehr als zuvor: bei Antworten, aus denen es nicht gelernt hatte, lag es seltener richtig oder war sich weniger sicher, als es schien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer, and marks on more answers unlike each other, with more than one score, before it can tell how often it agrees with you.</source>
        <translation>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertung, bevor es eine Antwort übernehmen kann, und Bewertungen weiterer Antworten, die einander nicht ähneln, mit mehr als einer Punktzahl, bevor es sagen kann, wie oft es mit Ihnen übereinstimmt.</numerusform>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertungen, bevor es eine Antwort übernehmen kann, und Bewertungen weiterer Antworten, die einander nicht ähneln, mit mehr als einer Punktzahl, bevor es sagen kann, wie oft es mit Ihnen übereinstimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer.</source>
        <translation>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertung, bevor es eine Antwort übernehmen kann.</numerusform>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertungen, bevor es eine Antwort übernehmen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer; on answers it had not learned from, it agreed with {agreed} of your {checked} marks and must be at least {percent} right.</source>
        <translation>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertung, bevor es eine Antwort übernehmen kann; bei Antworten, aus denen es nicht gelernt hatte, stimmte es bei {agreed} Ihrer {checked} Bewertungen mit Ihnen überein und muss mindestens {percent} richtig liegen.</numerusform>
            <numerusform>Bewerten Sie weiter, denn das Modell braucht mindestens %n weitere Bewertungen, bevor es eine Antwort übernehmen kann; bei Antworten, aus denen es nicht gelernt hatte, stimmte es bei {agreed} Ihrer {checked} Bewertungen mit Ihnen überein und muss mindestens {percent} richtig liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep marking, since the model cannot yet take any answer with a guarantee.</source>
        <translation>Bewerten Sie weiter, denn das Modell kann noch keine Antwort mit Garantie übernehmen.</translation>
    </message>
    <message>
        <source>Learning is still starting, which takes longer on a busy computer; your marks are kept, and until the model has learned from them, the scores shown are those of the model learned before.</source>
        <translation>Das Lernen startet noch, was auf einem ausgelasteten Computer länger dauert; Ihre Bewertungen bleiben erhalten, und bis das Modell aus ihnen gelernt hat, stammen die angezeigten Punktzahlen vom zuvor gelernten Modell.</translation>
    </message>
    <message>
        <source>Learning is still starting, which takes longer on a busy computer; your marks are kept, and the model scores the answers once it has learned from them.</source>
        <translation>Das Lernen startet noch, was auf einem ausgelasteten Computer länger dauert; Ihre Bewertungen bleiben erhalten, und das Modell bewertet die Antworten, sobald es aus ihnen gelernt hat.</translation>
    </message>
    <message>
        <source>The model is learning again from your marks; until it is done, the scores shown are those of the model learned before.</source>
        <translation>Das Modell lernt erneut aus Ihren Bewertungen; bis es fertig ist, stammen die angezeigten Punktzahlen vom zuvor gelernten Modell.</translation>
    </message>
    <message>
        <source>The model is learning from your marks; it scores the answers when it is done.</source>
        <translation>Das Modell lernt aus Ihren Bewertungen; es bewertet die Antworten, sobald es fertig ist.</translation>
    </message>
</context>
<context>
    <name>LibraryLoading</name>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Grader could not read its models: {problem}</source>
        <translation>Grader konnte seine Modelle nicht lesen: {problem}</translation>
    </message>
    <message>
        <source>Close Grader and open it again; if this comes back, install a fresh copy of Grader.</source>
        <translation>Schließen Sie Grader und öffnen Sie es wieder; wenn das wieder vorkommt, installieren Sie Grader neu.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Agrees with teachers</source>
        <translation>Stimmt mit Lehrkräften überein</translation>
    </message>
    <message>
        <source>Takes on its own</source>
        <translation>Übernimmt selbst</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <source>Add a model…</source>
        <translation>Modell hinzufügen…</translation>
    </message>
    <message>
        <source>Add a .gradebundle file to the library (you can also drop it above)</source>
        <translation>Eine .gradebundle-Datei zur Bibliothek hinzufügen (Sie können sie auch oben ablegen)</translation>
    </message>
    <message>
        <source>Make models from a marked sheet…</source>
        <translation>Modelle aus einer bewerteten Tabelle erstellen…</translation>
    </message>
    <message>
        <source>Learn a model per question from a sheet whose answers you have already scored</source>
        <translation>Ein Modell pro Frage aus einer Tabelle lernen, deren Antworten Sie schon bewertet haben</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>How closely the model&apos;s scores match teachers&apos; on answers it never saw (quadratic weighted kappa {figures}; 1 is perfect, {bar} is the usual bar)</source>
        <translation>Wie gut die Punktzahlen des Modells bei Antworten, die es nie gesehen hat, mit denen von Lehrkräften übereinstimmen (quadratisch gewichtetes Kappa {figures}; 1 ist perfekt, {bar} die übliche Schwelle)</translation>
    </message>
    <message>
        <source>Checked on your own marks: each answer was scored by a model that had learned from the others, and it gave your mark on {share} of them ({measured}); quadratic weighted kappa {figures}, which counts a mark one off as nearly right</source>
        <translation>An Ihren eigenen Bewertungen geprüft: jede Antwort wurde von einem Modell bewertet, das aus den anderen gelernt hatte, und es gab bei {share} davon Ihre Bewertung ({measured}); quadratisch gewichtetes Kappa {figures}, das eine um eins abweichende Bewertung als fast richtig zählt</translation>
    </message>
    <message>
        <source>Answers the model scores without you at its own threshold, and how many of them could be wrong at most; the rest come to you</source>
        <translation>Antworten, die das Modell bei seiner eigenen Schwelle ohne Sie bewertet, und wie viele davon höchstens falsch sein könnten; der Rest kommt zu Ihnen</translation>
    </message>
    <message>
        <source>your own file, used instead of the model that came with Grader</source>
        <translation>Ihre eigene Datei, verwendet statt des Modells, das mit Grader kam</translation>
    </message>
    <message>
        <source>a second teacher agrees {kappa}</source>
        <translation>eine zweite Lehrkraft stimmt zu {kappa} überein</translation>
    </message>
    <message>
        <source>Agreeing with teachers over a whole class is not the same as being sure of each answer: this model is not sure enough of any answer to score it without you, so every answer comes to you and its score is only a suggestion.</source>
        <translation>Mit Lehrkräften über eine ganze Klasse übereinzustimmen ist nicht dasselbe, wie sich bei jeder Antwort sicher zu sein: dieses Modell ist sich bei keiner Antwort sicher genug, um sie ohne Sie zu bewerten; daher kommt jede Antwort zu Ihnen, und seine Punktzahl ist nur ein Vorschlag.</translation>
    </message>
    <message>
        <source>{name} was not loaded: {why}</source>
        <translation>{name} wurde nicht geladen: {why}</translation>
    </message>
    <message>
        <source>none yet: drop a .gradebundle file to add one</source>
        <translation>noch keine: ziehen Sie eine .gradebundle-Datei hierher, um eines hinzuzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n files in your models folder could not be loaded (marked ⚠ in the list): choose one and Remove… it, or put a fresh copy from whoever made it in its place. The folder: {folder}.</source>
        <translation>
            <numerusform>%n Datei in Ihrem Modellordner konnte nicht geladen werden (in der Liste mit ⚠ markiert): wählen Sie sie aus und entfernen Sie sie mit „Entfernen…“, oder legen Sie eine frische Kopie von der Person, die sie erstellt hat, an ihre Stelle. Der Ordner: {folder}.</numerusform>
            <numerusform>%n Dateien in Ihrem Modellordner konnten nicht geladen werden (in der Liste mit ⚠ markiert): wählen Sie eine aus und entfernen Sie sie mit „Entfernen…“, oder legen Sie eine frische Kopie von der Person, die sie erstellt hat, an ihre Stelle. Der Ordner: {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files that came with Grader could not be loaded (marked ⚠ in the list): install a fresh copy of Grader.</source>
        <translation>
            <numerusform>%n Datei, die mit Grader kam, konnte nicht geladen werden (in der Liste mit ⚠ markiert): installieren Sie Grader neu.</numerusform>
            <numerusform>%n Dateien, die mit Grader kamen, konnten nicht geladen werden (in der Liste mit ⚠ markiert): installieren Sie Grader neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the chosen file, which could not be loaded, from your models folder</source>
        <translation>Die gewählte Datei, die nicht geladen werden konnte, aus Ihrem Modellordner entfernen</translation>
    </message>
    <message>
        <source>This file came with Grader and cannot be removed; get a fresh copy of Grader</source>
        <translation>Diese Datei kam mit Grader und kann nicht entfernt werden; installieren Sie Grader neu</translation>
    </message>
    <message>
        <source>“{title}” ({id}) is a file in your models folder ({folder}) and takes the place of the model that came with Grader, “{shipped}”, which has the same id; to use that one again, remove yours.</source>
        <translation>„{title}“ ({id}) ist eine Datei in Ihrem Modellordner ({folder}) und tritt an die Stelle des Modells, das mit Grader kam, „{shipped}“, das dieselbe Kennung hat; um wieder jenes zu verwenden, entfernen Sie Ihres.</translation>
    </message>
    <message>
        <source>Remove the chosen model, one of your own, from this computer</source>
        <translation>Das gewählte Modell, eines Ihrer eigenen, von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>The models that came with Grader cannot be removed</source>
        <translation>Die mit Grader gelieferten Modelle können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Choose one of your own models in the list to remove it</source>
        <translation>Wählen Sie eines Ihrer eigenen Modelle in der Liste, um es zu entfernen</translation>
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
        <translation>Grader kann seine Einstellungen nicht in {folder} speichern, daher werden die zuletzt geöffneten Tabellen, die Sprache und die Fenstergröße beim Schließen vergessen.</translation>
    </message>
    <message>
        <source>Open a sheet of answers</source>
        <translation>Tabelle mit Antworten öffnen</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>„{name}“ wird geöffnet…</translation>
    </message>
    <message>
        <source>The filter or search hides what it changed.</source>
        <translation>Der Filter oder die Suche blendet aus, was dabei geändert wurde.</translation>
    </message>
    <message>
        <source>Grader is still scoring the open sheet; cancel it or wait, then open another.</source>
        <translation>Grader bewertet noch die geöffnete Tabelle; brechen Sie ab oder warten Sie, und öffnen Sie dann eine andere.</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>„{name}“ wird gelesen…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Could not open {name}</source>
        <translation>{name} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>Scoring failed: {problem}</source>
        <translation>Die Bewertung ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>No decisions yet; Grader saves each one in {file}, beside your sheet, the moment you make it.</source>
        <translation>Noch keine Entscheidungen; Grader speichert jede in {file} neben Ihrer Tabelle, sobald Sie sie treffen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n decisions are saved in {file}, beside your sheet; Grader saves each one the moment you make it.</source>
        <translation>
            <numerusform>Ihre %n Entscheidung ist in {file} neben Ihrer Tabelle gespeichert; Grader speichert jede sofort, wenn Sie sie treffen.</numerusform>
            <numerusform>Alle %n Entscheidungen sind in {file} neben Ihrer Tabelle gespeichert; Grader speichert jede sofort, wenn Sie sie treffen.</numerusform>
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
            <numerusform>%n nicht gespeichert</numerusform>
            <numerusform>%n nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>changes not saved</source>
        <comment>status bar: no decision, but a threshold, a comment… the project file could not take yet</comment>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n decided by you</source>
        <translation>
            <numerusform>%n von Ihnen entschieden</numerusform>
            <numerusform>%n von Ihnen entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n wartet auf Sie</numerusform>
            <numerusform>%n warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader&apos;s settings file {file} is {size} MB, far larger than any Grader writes, so it was not read: Grader starts with its usual settings, leaves that file as it is and forgets what you set now when it closes. Move or delete that file to have Grader keep its settings again.</source>
        <translation>Die Einstellungsdatei {file} von Grader ist {size} MB groß, weit größer als jede, die Grader schreibt, und wurde daher nicht gelesen: Grader startet mit seinen üblichen Einstellungen, lässt diese Datei unverändert und vergisst beim Schließen, was Sie jetzt einstellen. Verschieben oder löschen Sie diese Datei, damit Grader seine Einstellungen wieder behält.</translation>
    </message>
    <message>
        <source>Grader&apos;s settings file {file} did not answer within {seconds} seconds (a network drive that is slow or gone?), so Grader starts with its usual settings and forgets what you set now when it closes. Start Grader again once that drive answers.</source>
        <translation>Die Einstellungsdatei {file} von Grader hat nicht innerhalb von {seconds} Sekunden geantwortet (ein langsames oder getrenntes Netzlaufwerk?), daher startet Grader mit seinen üblichen Einstellungen und vergisst beim Schließen, was Sie jetzt einstellen. Starten Sie Grader erneut, sobald dieses Laufwerk antwortet.</translation>
    </message>
    <message>
        <source>(the system&apos;s)</source>
        <translation>(die des Systems)</translation>
    </message>
    <message>
        <source>saved</source>
        <comment>status bar: every decision is on disk</comment>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Export is not available in this build of Grader.</source>
        <translation>Der Export ist in dieser Version von Grader nicht verfügbar.</translation>
    </message>
    <message>
        <source>Still saving the export; Grader closes as soon as it is written.</source>
        <translation>Der Export wird noch gespeichert; Grader schließt sich, sobald die Datei geschrieben ist.</translation>
    </message>
    <message>
        <source>{name} was saved, but its list of students left out was not, so Grader stayed open; the export window says why.</source>
        <translation>{name} wurde gespeichert, die Liste der darin ausgelassenen Schülerinnen und Schüler aber nicht, daher bleibt Grader geöffnet; das Exportfenster sagt, warum.</translation>
    </message>
    <message>
        <source>The export could not be saved, so Grader stayed open.</source>
        <translation>Der Export konnte nicht gespeichert werden, daher bleibt Grader geöffnet.</translation>
    </message>
    <message>
        <source>The project file could not be saved completely: {problem}</source>
        <translation>Die Projektdatei konnte nicht vollständig gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>{name} is no longer in {folder}: it was deleted, moved or renamed while open. Your decisions are safe in {project}, but Grader needs the sheet to show them again: put it back under its name, or, if you moved or renamed it, open it from its new place (Grader offers it these decisions); or export the graded sheet now (Ctrl+E).</source>
        <translation>{name} ist nicht mehr in {folder}: die Tabelle wurde gelöscht, verschoben oder umbenannt, während sie geöffnet war. Ihre Entscheidungen sind in {project} sicher, aber Grader braucht die Tabelle, um sie wieder anzuzeigen: legen Sie sie unter ihrem Namen zurück oder öffnen Sie sie, falls Sie sie verschoben oder umbenannt haben, an ihrem neuen Ort (Grader bietet ihr diese Entscheidungen an); oder exportieren Sie die bewertete Tabelle jetzt (Strg+E).</translation>
    </message>
    <message>
        <source>{name} is gone: see the note above.</source>
        <translation>{name} ist weg: siehe Hinweis oben.</translation>
    </message>
    <message>
        <source>{name} is back: nothing is lost.</source>
        <translation>{name} ist wieder da: nichts verloren.</translation>
    </message>
    <message>
        <source>The sheet is gone</source>
        <translation>Die Tabelle ist weg</translation>
    </message>
    <message>
        <source>{name} is no longer in {folder}. If you close now, your decisions stay in {project}, but Grader can show them again only once the sheet is back.</source>
        <translation>{name} ist nicht mehr in {folder}. Wenn Sie jetzt schließen, bleiben Ihre Entscheidungen in {project}, aber Grader kann sie erst wieder anzeigen, wenn die Tabelle zurück ist.</translation>
    </message>
    <message>
        <source>Export the graded sheet now to keep the scores and comments in a file of their own, or put the sheet back first.</source>
        <translation>Exportieren Sie die bewertete Tabelle jetzt, um Punkte und Kommentare in einer eigenen Datei zu behalten, oder legen Sie die Tabelle zuerst zurück.</translation>
    </message>
    <message>
        <source>&amp;Export the graded sheet…</source>
        <translation>Bewertete Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Trotzdem s&amp;chließen</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(choose the answers&apos; column)</source>
        <translation>(Spalte der Antworten wählen)</translation>
    </message>
    <message>
        <source>Check the columns and models</source>
        <translation>Spalten und Modelle prüfen</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Diese Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>%n rows, {columns} columns. Check what each column holds, then start scoring.</source>
        <translation>
            <numerusform>%n Zeile, {columns} Spalten. Prüfen Sie, was jede Spalte enthält, und starten Sie dann die Bewertung.</numerusform>
            <numerusform>%n Zeilen, {columns} Spalten. Prüfen Sie, was jede Spalte enthält, und starten Sie dann die Bewertung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Google Classroom&apos;s row of points, “Points: …”).</source>
        <translation>
            <numerusform>%n Zeile ausgelassen, die kein Schüler ist (die Punktezeile von Google Classroom, „Points: …“).</numerusform>
            <numerusform>%n Zeilen ausgelassen, die keine Schüler sind (die Punktezeile von Google Classroom, „Points: …“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (in Canvas&apos;s gradebook: {rows}).</source>
        <translation>
            <numerusform>%n Zeile ausgelassen, die kein Schüler ist (im Notenbuch von Canvas: {rows}).</numerusform>
            <numerusform>%n Zeilen ausgelassen, die keine Schüler sind (im Notenbuch von Canvas: {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Canvas&apos;s “Test Student”, your Student View).</source>
        <translation>
            <numerusform>%n Zeile ausgelassen, die kein Schüler ist („Test Student“ von Canvas, Ihre Studentenansicht).</numerusform>
            <numerusform>%n Zeilen ausgelassen, die keine Schüler sind („Test Student“ von Canvas, Ihre Studentenansicht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Moodle&apos;s “Overall average”).</source>
        <translation>
            <numerusform>%n Zeile ausgelassen, die kein Schüler ist (Moodles „Gesamtdurchschnitt“).</numerusform>
            <numerusform>%n Zeilen ausgelassen, die keine Schüler sind (Moodles „Gesamtdurchschnitt“).</numerusform>
        </translation>
    </message>
    <message>
        <source>Where this sheet comes from</source>
        <translation>Woher diese Tabelle stammt</translation>
    </message>
    <message>
        <source>{sheet} — saved work</source>
        <translation>{sheet} — gespeicherte Arbeit</translation>
    </message>
    <message>
        <source>{sheet} — saved work: columns chosen, no answer decided yet</source>
        <translation>{sheet} — gespeicherte Arbeit: Spalten gewählt, noch keine Antwort entschieden</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} — saved work: %n answers decided by you</source>
        <translation>
            <numerusform>{sheet} — gespeicherte Arbeit: %n Antwort von Ihnen entschieden</numerusform>
            <numerusform>{sheet} — gespeicherte Arbeit: %n Antworten von Ihnen entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} — saved work: {decided} of %n answers decided by you</source>
        <translation>
            <numerusform>{sheet} — gespeicherte Arbeit: {decided} von %n Antwort von Ihnen entschieden</numerusform>
            <numerusform>{sheet} — gespeicherte Arbeit: {decided} von %n Antworten von Ihnen entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Worksheet with the answers</source>
        <translation>Arbeitsblatt mit den Antworten</translation>
    </message>
    <message>
        <source>This workbook has several worksheets; choose the one that holds the students&apos; answers.</source>
        <translation>Diese Arbeitsmappe hat mehrere Arbeitsblätter; wählen Sie das mit den Antworten der Schülerinnen und Schüler.</translation>
    </message>
    <message>
        <source>&amp;One row per answer (a question column says which question)</source>
        <translation>&amp;Eine Zeile pro Antwort (eine Spalte nennt die Frage)</translation>
    </message>
    <message>
        <source>One &amp;column per question (one row per student)</source>
        <translation>Eine &amp;Spalte pro Frage (eine Zeile pro Schüler)</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Student &amp;ID:</source>
        <translation>Schüler-&amp;ID:</translation>
    </message>
    <message>
        <source>Student &amp;name:</source>
        <translation>Schüler&amp;name:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Also grade closed questions</source>
        <translation>Auch geschlossene Fragen bewerten</translation>
    </message>
    <message>
        <source>Questions whose answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself: ticked, Grader grades them too.</source>
        <translation>Fragen, deren Antworten nur vorgegebene Antworten oder Zahlen sind (Multiple Choice, wahr/falsch, numerisch), die Ihre Lernplattform selbst bewertet: angehakt bewertet Grader sie auch.</translation>
    </message>
    <message>
        <source>When the sheet gives the first name in a column of its own (“First name” and “Surname”), choose it here: the student is then shown by first name and surname.</source>
        <translation>Wenn die Tabelle den Vornamen in einer eigenen Spalte führt („Vorname“ und „Nachname“), wählen Sie sie hier: dann wird die Schülerin oder der Schüler mit Vor- und Nachnamen angezeigt.</translation>
    </message>
    <message>
        <source>Student sur&amp;name:</source>
        <translation>Nach&amp;name:</translation>
    </message>
    <message>
        <source>Columns that hold answers</source>
        <translation>Spalten mit Antworten</translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation>Schüler-ID:</translation>
    </message>
    <message>
        <source>Student name:</source>
        <translation>Schülername:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Student surname:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Answer columns
(one per question):</source>
        <translation>Antwortspalten
(eine pro Frage):</translation>
    </message>
    <message>
        <source>Blind marking is on: the cells of the columns that say who the student is are hidden in this preview.</source>
        <translation>Die anonyme Bewertung ist an: die Zellen der Spalten, die sagen, wer der Schüler ist, sind in dieser Vorschau verborgen.</translation>
    </message>
    <message>
        <source>The first rows of the sheet</source>
        <translation>Die ersten Zeilen der Tabelle</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Which model scores each question</source>
        <translation>Welches Modell jede Frage bewertet</translation>
    </message>
    <message>
        <source>Start scoring</source>
        <translation>Bewertung starten</translation>
    </message>
    <message>
        <source>What the columns hold</source>
        <translation>Was die Spalten enthalten</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>Arbeits&amp;blatt:</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Erste Zeilen der Tabelle</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Hidden while blind marking is on (View ▸ Hide student names)</source>
        <translation>Verborgen, solange die anonyme Bewertung an ist (Ansicht ▸ Schülernamen ausblenden)</translation>
    </message>
    <message>
        <source>Choose the column that holds the students&apos; answers.</source>
        <translation>Wählen Sie die Spalte mit den Antworten der Schülerinnen und Schüler.</translation>
    </message>
    <message numerus="yes">
        <source>the question column “{column}” has %n different values; choose the column that names the question of each answer</source>
        <translation>
            <numerusform>die Fragespalte „{column}“ hat %n verschiedenen Wert; wählen Sie die Spalte, die zu jeder Antwort die Frage nennt</numerusform>
            <numerusform>die Fragespalte „{column}“ hat %n verschiedene Werte; wählen Sie die Spalte, die zu jeder Antwort die Frage nennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score %n answers</source>
        <translation>
            <numerusform>%n Antwort bewerten</numerusform>
            <numerusform>%n Antworten bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>QWK {qwk} on held-out answers</source>
        <translation>QWK {qwk} bei zurückgehaltenen Antworten</translation>
    </message>
    <message>
        <source>No model — you score it, and a model learns from your marks</source>
        <translation>Kein Modell – Sie bewerten, und ein Modell lernt aus Ihren Bewertungen</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Höchstpunktzahl</translation>
    </message>
    <message>
        <source>Model for question {question}</source>
        <translation>Modell für Frage {question}</translation>
    </message>
    <message numerus="yes">
        <source>{written} + %n blank</source>
        <translation>
            <numerusform>{written} + %n leer</numerusform>
            <numerusform>{written} + %n leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions without a model ({questions}): their answers stay in the results, marked for you to score; a model learns from your marks as you go.</source>
        <translation>
            <numerusform>%n Frage ohne Modell ({questions}): ihre Antworten bleiben in den Ergebnissen, zum Bewerten durch Sie markiert; ein Modell lernt laufend aus Ihren Bewertungen.</numerusform>
            <numerusform>%n Fragen ohne Modell ({questions}): ihre Antworten bleiben in den Ergebnissen, zum Bewerten durch Sie markiert; ein Modell lernt laufend aus Ihren Bewertungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Models learned from your marks exist for %n questions ({questions}) but cannot take any answer on their own yet, so here these questions learn from your marks instead. To have a question&apos;s learned model suggest scores for you to confirm, choose it in that question&apos;s model list.</source>
        <translation>
            <numerusform>Für %n Frage ({questions}) gibt es ein aus Ihren Bewertungen gelerntes Modell, das aber noch keine Antwort selbst übernehmen kann; hier lernt die Frage deshalb stattdessen aus Ihren Bewertungen. Soll es Ihnen Punktzahlen zum Bestätigen vorschlagen, wählen Sie es in der Modellliste der Frage.</numerusform>
            <numerusform>Für %n Fragen ({questions}) gibt es aus Ihren Bewertungen gelernte Modelle, die aber noch keine Antwort selbst übernehmen können; hier lernen diese Fragen deshalb stattdessen aus Ihren Bewertungen. Soll das gelernte Modell einer Frage Ihnen Punktzahlen zum Bestätigen vorschlagen, wählen Sie es in der Modellliste dieser Frage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question has a model.</source>
        <translation>Jede Frage hat ein Modell.</translation>
    </message>
    <message>
        <source>The final scores also go into your column “{column}” in the graded sheet.</source>
        <translation>Die Endbewertungen kommen in der bewerteten Tabelle auch in Ihre Spalte „{column}“.</translation>
    </message>
    <message>
        <source>A model of yours, “{model}”, has a similar question: choose it if it is the same question.</source>
        <translation>Ein Modell von Ihnen, „{model}“, hat eine ähnliche Frage: wählen Sie es, wenn es dieselbe Frage ist.</translation>
    </message>
    <message>
        <source>A model of yours, “{model}”, has a question like “{question}”: choose it for that question if it is the same question.</source>
        <translation>Ein Modell von Ihnen, „{model}“, hat eine Frage wie „{question}“: wählen Sie es für diese Frage, wenn es dieselbe Frage ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions hold their model&apos;s whole question, followed by more text ({questions}): check that this text asks for nothing more, as the model scores only what its own question asks.</source>
        <translation>
            <numerusform>%n Frage enthält die ganze Frage ihres Modells, gefolgt von weiterem Text ({questions}): prüfen Sie, dass dieser Text nichts weiter verlangt, denn das Modell bewertet nur, was seine eigene Frage verlangt.</numerusform>
            <numerusform>%n Fragen enthalten die ganze Frage ihres Modells, gefolgt von weiterem Text ({questions}): prüfen Sie, dass dieser Text nichts weiter verlangt, denn das Modell bewertet nur, was seine eigene Frage verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{column}” is empty.</source>
        <translation>„{column}“ ist leer.</translation>
    </message>
    <message>
        <source>Every cell of “{column}” says “{value}”.</source>
        <translation>Jede Zelle von „{column}“ enthält „{value}“.</translation>
    </message>
    <message>
        <source>“{column}” holds dates or times.</source>
        <translation>„{column}“ enthält Datums- oder Zeitangaben.</translation>
    </message>
    <message>
        <source>“{column}” holds a different code in each row, like student numbers.</source>
        <translation>„{column}“ enthält in jeder Zeile einen anderen Code, wie Schülernummern.</translation>
    </message>
    <message>
        <source>“{column}” holds only numbers, like marks or student numbers.</source>
        <translation>„{column}“ enthält nur Zahlen, wie Noten oder Schülernummern.</translation>
    </message>
    <message>
        <source>Keep it if these are the answers; if not, choose their column.</source>
        <translation>Behalten Sie sie, wenn das die Antworten sind; sonst wählen Sie deren Spalte.</translation>
    </message>
    <message>
        <source>Untick it unless it holds answers.</source>
        <translation>Entfernen Sie das Häkchen, wenn sie keine Antworten enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n other ticked columns look wrong too.</source>
        <translation>
            <numerusform>%n weitere angehakte Spalte sieht ebenfalls falsch aus.</numerusform>
            <numerusform>%n weitere angehakte Spalten sehen ebenfalls falsch aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{column}” is chosen for the answers and also says who the student is (name or id): choose another column for one of them.</source>
        <translation>„{column}“ ist für die Antworten gewählt und sagt zugleich, wer die Person ist (Name oder Kennung): wählen Sie für eines von beiden eine andere Spalte.</translation>
    </message>
    <message>
        <source>“{column}” is chosen as both the student ID and the student&apos;s name: choose “(none)” for the one the sheet does not have, or the column that holds it.</source>
        <translation>„{column}“ ist sowohl als Schüler-ID als auch als Name gewählt: wählen Sie „(keine)“ für das, was die Tabelle nicht enthält, oder die Spalte, die es enthält.</translation>
    </message>
    <message>
        <source>What question {question} is out of</source>
        <translation>Höchstpunktzahl der Frage {question}</translation>
    </message>
    <message>
        <source>{out_of} ({source})</source>
        <translation>{out_of} ({source})</translation>
    </message>
    <message>
        <source>“Out of”: nothing in the sheet says, so Grader takes {top} until you set it.</source>
        <translation>„Höchstpunktzahl“: die Tabelle nennt keine, daher nimmt Grader {top}, bis Sie sie festlegen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the sheet says what %n questions are out of ({questions}): Grader takes {top} until you set it under “Out of”.</source>
        <translation>
            <numerusform>Die Tabelle nennt für %n Frage keine Höchstpunktzahl ({questions}): Grader nimmt {top}, bis Sie sie unter „Höchstpunktzahl“ festlegen.</numerusform>
            <numerusform>Die Tabelle nennt für %n Fragen keine Höchstpunktzahl ({questions}): Grader nimmt {top}, bis Sie sie unter „Höchstpunktzahl“ festlegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Show the first rows of the sheet here; the column choices above them scroll. You can also drag the bar above the heading.</source>
        <translation>Zeigt hier die ersten Zeilen der Tabelle; die Auswahl der Spalten darüber wird dann gescrollt. Sie können auch die Leiste über der Überschrift nach oben ziehen.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Grader models (*.gradebundle)</source>
        <translation>Grader-Modelle (*.gradebundle)</translation>
    </message>
    <message>
        <source>Sheets of answers (*.xlsx *.xlsm *.csv *.tsv *.txt *.xls);;All files (*)</source>
        <translation>Tabellen mit Antworten (*.xlsx *.xlsm *.csv *.tsv *.txt *.xls);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Checking “{name}”…</source>
        <translation>„{name}“ wird geprüft…</translation>
    </message>
    <message>
        <source>Added the model “{title}” ({id}) to the library.</source>
        <translation>Das Modell „{title}“ ({id}) wurde der Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>It takes the place of the model that came with Grader, “{title}”, which has the same id.</source>
        <translation>Es ersetzt das mit Grader gelieferte Modell „{title}“, das dieselbe Kennung hat.</translation>
    </message>
    <message>
        <source>Your own model “{title}” ({id}) has the same id, so it stays as it is and the one added is listed beside it: to score a sheet with it, choose it when you check the columns.</source>
        <translation>Ihr eigenes Modell „{title}“ ({id}) hat dieselbe Kennung; es bleibt also, wie es ist, und das hinzugefügte wird daneben aufgeführt: um eine Tabelle damit zu bewerten, wählen Sie es, wenn Sie die Spalten prüfen.</translation>
    </message>
    <message>
        <source>It takes the place of your model “{title}”, added before, which has the same id.</source>
        <translation>Es ersetzt Ihr zuvor hinzugefügtes Modell „{title}“, das dieselbe Kennung hat.</translation>
    </message>
    <message>
        <source>It takes no answer on its own: its file carries no seal of its settings (a model file of an older Grader, or one whose seal was removed), so every answer it scores comes to you; install a fresh copy of it to have it take answers.</source>
        <translation>Es übernimmt keine Antwort selbst: seine Datei trägt kein Siegel seiner Einstellungen (eine Modelldatei eines älteren Grader oder eine, deren Siegel entfernt wurde), daher kommt jede Antwort, die es bewertet, zu Ihnen; installieren Sie eine frische Kopie davon, damit es Antworten übernimmt.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied into the library ({problem}); check the disk and try again.</source>
        <translation>„{name}“ konnte nicht in die Bibliothek kopiert werden ({problem}); prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Make models from a marked sheet</source>
        <translation>Modelle aus einer bewerteten Tabelle erstellen</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>„{name}“ wird gelesen…</translation>
    </message>
    <message>
        <source>Learning a model per question from the scores in “{column}”…</source>
        <translation>Ein Modell pro Frage wird aus den Punktzahlen in „{column}“ gelernt…</translation>
    </message>
    <message numerus="yes">
        <source>Made %n models and added them to the library: {made}.</source>
        <translation>
            <numerusform>%n Modell erstellt und der Bibliothek hinzugefügt: {made}.</numerusform>
            <numerusform>%n Modelle erstellt und der Bibliothek hinzugefügt: {made}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions keep the model they already had ({questions}): to score one with the model learned from your marks, choose that model for it when you check the columns of a sheet.</source>
        <translation>
            <numerusform>%n Frage behält das Modell, das sie schon hatte ({questions}): um sie mit dem aus Ihren Bewertungen gelernten Modell zu bewerten, wählen Sie dieses Modell für sie, wenn Sie die Spalten einer Tabelle prüfen.</numerusform>
            <numerusform>%n Fragen behalten das Modell, das sie schon hatten ({questions}): um eine davon mit dem aus Ihren Bewertungen gelernten Modell zu bewerten, wählen Sie dieses Modell für sie, wenn Sie die Spalten einer Tabelle prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them take no answer on their own yet: a sheet with one of their questions is scored with its model, and the marks you give there go on teaching it together with these.</source>
        <translation>
            <numerusform>%n davon übernimmt noch keine Antwort selbst: eine Tabelle mit seiner Frage wird damit bewertet, und Ihre Bewertungen dort lehren es zusammen mit diesen weiter.</numerusform>
            <numerusform>%n davon übernehmen noch keine Antwort selbst: eine Tabelle mit einer ihrer Fragen wird mit ihrem Modell bewertet, und Ihre Bewertungen dort lehren es zusammen mit diesen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models. It cannot take any answer on its own yet: a sheet with question “{title}” is scored with it, and the marks you give there go on teaching it together with these.</source>
        <translation>„{name}“ gespeichert und zu Ihren Modellen hinzugefügt. Es kann noch keine Antwort selbst übernehmen: eine Tabelle mit der Frage „{title}“ wird damit bewertet, und Ihre Bewertungen dort lehren es zusammen mit diesen weiter.</translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models. It cannot take any answer on its own yet, so a sheet with question “{title}” goes on learning from your marks; to score one with it, choose it when you check the columns of a sheet.</source>
        <translation>„{name}“ gespeichert und zu Ihren Modellen hinzugefügt. Es kann noch keine Antwort selbst übernehmen, daher lernt eine Tabelle mit der Frage „{title}“ weiter aus Ihren Bewertungen; um eine damit zu bewerten, wählen Sie es, wenn Sie die Spalten einer Tabelle prüfen.</translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models. Question “{question}” keeps “{model}” as its model: to score it with yours, choose yours for it when you check the columns of a sheet.</source>
        <translation>„{name}“ gespeichert und zu Ihren Modellen hinzugefügt. Frage „{question}“ behält „{model}“ als Modell: um sie mit Ihrem zu bewerten, wählen Sie Ihres für sie, wenn Sie die Spalten einer Tabelle prüfen.</translation>
    </message>
    <message>
        <source>Saved “{name}” and added it to your models: a sheet with question “{title}” is scored by it from now on.</source>
        <translation>„{name}“ wurde gespeichert und Ihren Modellen hinzugefügt: Tabellen mit der Frage „{title}“ bewertet es ab jetzt.</translation>
    </message>
    <message>
        <source>A sheet with its question is scored with it, and the marks you give there go on teaching it together with these.</source>
        <translation>Eine Tabelle mit seiner Frage wird damit bewertet, und Ihre Bewertungen dort lehren es zusammen mit diesen weiter.</translation>
    </message>
    <message>
        <source>A sheet with its question is not scored with it but goes on learning from your marks; to score one with this model, choose it when you check the columns of a sheet.</source>
        <translation>Eine Tabelle mit seiner Frage wird nicht damit bewertet, sondern lernt weiter aus Ihren Bewertungen; um eine mit diesem Modell zu bewerten, wählen Sie es, wenn Sie die Spalten einer Tabelle prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them take no answer on its own, so a sheet with one of their questions goes on learning from your marks instead; to score one with such a model, choose it when you check the columns of a sheet.</source>
        <translation>
            <numerusform>%n davon übernimmt keine Antwort selbst, daher lernt eine Tabelle mit seiner Frage stattdessen weiter aus Ihren Bewertungen; um eine mit einem solchen Modell zu bewerten, wählen Sie es, wenn Sie die Spalten einer Tabelle prüfen.</numerusform>
            <numerusform>%n davon übernehmen keine Antwort selbst, daher lernt eine Tabelle mit einer ihrer Fragen stattdessen weiter aus Ihren Bewertungen; um eine mit einem solchen Modell zu bewerten, wählen Sie es, wenn Sie die Spalten einer Tabelle prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {skipped}.</source>
        <translation>Ausgelassen: {skipped}.</translation>
    </message>
    <message>
        <source>question {question}: {why}</source>
        <translation>Frage {question}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Made %n models and added them to the library.</source>
        <translation>
            <numerusform>%n Modell erstellt und der Bibliothek hinzugefügt.</numerusform>
            <numerusform>%n Modelle erstellt und der Bibliothek hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No question has a model learned from your marks yet.</source>
        <translation>Noch keine Frage hat ein Modell, das aus Ihren Bewertungen gelernt hat.</translation>
    </message>
    <message>
        <source>Save the model learned for question {question}</source>
        <translation>Das für Frage {question} gelernte Modell speichern</translation>
    </message>
    <message>
        <source>Saving and checking the model for question {question}…</source>
        <translation>Das Modell für Frage {question} wird gespeichert und geprüft…</translation>
    </message>
    <message>
        <source>Name the question</source>
        <translation>Frage benennen</translation>
    </message>
    <message>
        <source>This sheet does not name its question. Name it (its wording, say): the model is saved under that name, and a later sheet whose question is headed so finds it.</source>
        <translation>Diese Tabelle nennt ihre Frage nicht. Benennen Sie sie (etwa mit ihrem Wortlaut): das Modell wird unter diesem Namen gespeichert, und eine spätere Tabelle, deren Frage so überschrieben ist, findet es.</translation>
    </message>
    <message>
        <source>Remove the model?</source>
        <translation>Modell entfernen?</translation>
    </message>
    <message>
        <source>Remove “{title}” ({id}) from your models?</source>
        <translation>„{title}“ ({id}) aus Ihren Modellen entfernen?</translation>
    </message>
    <message>
        <source>Its file is deleted from this computer. Sheets it scored keep your decisions.</source>
        <translation>Seine Datei wird von diesem Computer gelöscht. Tabellen, die es bewertet hat, behalten Ihre Entscheidungen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed “{title}” from your models.</source>
        <translation>„{title}“ wurde aus Ihren Modellen entfernt.</translation>
    </message>
    <message>
        <source>The model that came with Grader, “{title}”, is used again.</source>
        <translation>Das mit Grader gelieferte Modell „{title}“ wird wieder verwendet.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>Datei entfernen?</translation>
    </message>
    <message>
        <source>Remove “{name}”, which could not be loaded, from your models folder?</source>
        <translation>„{name}“, das nicht geladen werden konnte, aus Ihrem Modellordner entfernen?</translation>
    </message>
    <message>
        <source>Its file is deleted from this computer.</source>
        <translation>Die Datei wird von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Removed “{name}” from your models folder.</source>
        <translation>„{name}“ wurde aus Ihrem Modellordner entfernt.</translation>
    </message>
    <message>
        <source>“{name}” could not be removed ({problem}); check that its folder is writable and try again.</source>
        <translation>„{name}“ konnte nicht entfernt werden ({problem}); prüfen Sie, ob sein Ordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ModelKeeping</name>
    <message numerus="yes">
        <source>The models of %n questions ({question}) learned from your marks on this sheet, but your models do not keep that yet: to score later sheets with what they learned, save each one now (File ▸ Save as model…, on one of its answers).</source>
        <translation>
            <numerusform>Das Modell der Frage {question} hat aus Ihren Bewertungen in diesem Blatt gelernt, aber Ihre Modelle behalten das noch nicht: um ein späteres Blatt mit dem Gelernten zu bewerten, speichern Sie es jetzt (Datei ▸ Als Modell speichern…).</numerusform>
            <numerusform>Die Modelle von %n Fragen ({question}) haben aus Ihren Bewertungen in diesem Blatt gelernt, aber Ihre Modelle behalten das noch nicht: um spätere Blätter mit dem Gelernten zu bewerten, speichern Sie jedes jetzt (Datei ▸ Als Modell speichern…, bei einer seiner Antworten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnMarksOffer</name>
    <message>
        <source>Your marks are there already</source>
        <translation>Ihre Bewertungen gibt es schon</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {answers} answers to question {question} are word for word answers your model “{model}” learned from, with your marks: this sheet looks like the one it was made from.</source>
        <translation>
            <numerusform>%n der {answers} Antworten auf Frage {question} ist wörtlich eine Antwort, aus der Ihr Modell „{model}“ gelernt hat, mit Ihrer Bewertung: diese Tabelle sieht aus wie die, aus der es erstellt wurde.</numerusform>
            <numerusform>%n der {answers} Antworten auf Frage {question} sind wörtlich Antworten, aus denen Ihr Modell „{model}“ gelernt hat, mit Ihren Bewertungen: diese Tabelle sieht aus wie die, aus der es erstellt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take your marks of %n answers as your decisions here, rather than mark them again? The model takes none of them on its own either way: it learned them, so it cannot vouch for them.</source>
        <translation>
            <numerusform>Ihre Bewertung von %n Antwort hier als Ihre Entscheidung übernehmen, statt sie erneut zu bewerten? Das Modell übernimmt so oder so keine davon selbst: es hat sie gelernt und kann daher nicht für sie bürgen.</numerusform>
            <numerusform>Ihre Bewertungen von %n Antworten hier als Ihre Entscheidungen übernehmen, statt sie erneut zu bewerten? Das Modell übernimmt so oder so keine davon selbst: es hat sie gelernt und kann daher nicht für sie bürgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take my marks</source>
        <translation>Meine Bewertungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Mark them again</source>
        <translation>&amp;Erneut bewerten</translation>
    </message>
    <message>
        <source>Your marks were taken, but could not all be saved: {problem}</source>
        <translation>Ihre Bewertungen wurden übernommen, konnten aber nicht alle gespeichert werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Your marks of %n answers are your decisions here; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Ihre Bewertung übernommen; rückgängig mit Strg+Z oder {menu}.</numerusform>
            <numerusform>%n Bewertungen übernommen; rückgängig mit Strg+Z oder {menu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>the PDF could not be started; try exporting again</source>
        <translation>das PDF konnte nicht angelegt werden; exportieren Sie bitte erneut</translation>
    </message>
</context>
<context>
    <name>PointsSheet</name>
    <message>
        <source>Student</source>
        <translation>Schülerin oder Schüler</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Schüler-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Höchstpunktzahl</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No model score for this answer: type the score yourself.</source>
        <translation>Keine Punktzahl des Modells für diese Antwort: geben Sie die Punktzahl selbst ein.</translation>
    </message>
    <message>
        <source>probability of score {score}</source>
        <translation>Wahrscheinlichkeit der Punktzahl {score}</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>your score</source>
        <translation>Ihre Punktzahl</translation>
    </message>
    <message>
        <source>no marks yet</source>
        <translation>noch nicht vergeben</translation>
    </message>
    <message>
        <source>No answer has been marked {scores} yet, so the model gives no probability for it and cannot suggest it; it learns a score from the answers you mark with it.</source>
        <translation>Noch keine Antwort wurde mit {scores} bewertet, daher gibt das Modell dafür keine Wahrscheinlichkeit an und kann es nicht vorschlagen; eine Punktzahl lernt es aus den Antworten, die Sie damit bewerten.</translation>
    </message>
    <message>
        <source>score {score}: no marks yet</source>
        <translation>Punktzahl {score}: noch nicht vergeben</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot write {name}: a folder has that name; choose another file name</source>
        <translation>{name} kann nicht geschrieben werden: ein Ordner hat diesen Namen; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write {name}: its folder does not exist; choose an existing folder</source>
        <translation>{name} kann nicht geschrieben werden: sein Ordner existiert nicht; wählen Sie einen vorhandenen Ordner</translation>
    </message>
    <message>
        <source>cannot write {name}: there is a file named {folder} where its folder should be; choose another folder</source>
        <translation>{name} kann nicht geschrieben werden: wo sein Ordner sein sollte, liegt eine Datei namens {folder}; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot write {name}: the file name is too long; choose a shorter name</source>
        <translation>{name} kann nicht geschrieben werden: der Dateiname ist zu lang; wählen Sie einen kürzeren Namen</translation>
    </message>
    <message>
        <source>cannot write {name}: that file is read-only; choose another file name, or make the file writable and export again</source>
        <translation>{name} kann nicht geschrieben werden: die Datei ist schreibgeschützt; wählen Sie einen anderen Dateinamen oder heben Sie den Schreibschutz auf und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>{name} could not be written because of an unexpected problem ({what}); the old file was not changed, try exporting again</source>
        <translation>{name} konnte wegen eines unerwarteten Problems nicht geschrieben werden ({what}); die alte Datei ist unverändert, exportieren Sie erneut</translation>
    </message>
    <message>
        <source>the disk is full, so {name} was not saved; free some space or export to another drive</source>
        <translation>Der Datenträger ist voll, daher wurde {name} nicht gespeichert; schaffen Sie Platz oder exportieren Sie auf ein anderes Laufwerk</translation>
    </message>
    <message>
        <source>cannot write {name} because you may not save files in that folder; choose another folder such as Documents</source>
        <translation>{name} kann nicht geschrieben werden, weil Sie in diesem Ordner keine Dateien speichern dürfen; wählen Sie einen anderen Ordner, etwa Dokumente</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it and export again</source>
        <translation>{name} ist in einem anderen Programm geöffnet; schließen Sie die Datei dort und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>{name} is probably open in another program, such as Excel, so it was not saved; close it there and export again (nothing is lost: your grading is kept, and the old {name} was not changed)</source>
        <translation>{name} ist wahrscheinlich in einem anderen Programm geöffnet, etwa in Excel, und wurde deshalb nicht gespeichert; schließen Sie die Datei dort und exportieren Sie erneut (es geht nichts verloren: Ihre Bewertung bleibt erhalten, und die alte Datei {name} ist unverändert)</translation>
    </message>
    <message>
        <source>{name} was saved, but the list of students left out of it, {list}, was not: {list} is probably open in another program, such as Excel; close it there and export again (the {list} you have open is the old list)</source>
        <translation>{name} wurde gespeichert, die Liste der darin ausgelassenen Schülerinnen und Schüler, {list}, aber nicht: {list} ist wahrscheinlich in einem anderen Programm geöffnet, etwa in Excel; schließen Sie die Datei dort und exportieren Sie erneut (die geöffnete Datei {list} ist die alte Liste)</translation>
    </message>
    <message>
        <source>{name} was saved, but the list of students left out of it, {list}, was not: {list} is open in another program; close it and export again</source>
        <translation>{name} wurde gespeichert, die Liste der darin ausgelassenen Schülerinnen und Schüler, {list}, aber nicht: {list} ist in einem anderen Programm geöffnet; schließen Sie die Datei und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>cannot write {name} because the drive is read-only; choose another folder</source>
        <translation>{name} kann nicht geschrieben werden, weil das Laufwerk schreibgeschützt ist; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>{name} could not be saved ({why}); the old file was not changed, choose another folder and export again</source>
        <translation>{name} konnte nicht gespeichert werden ({why}); die alte Datei ist unverändert, wählen Sie einen anderen Ordner und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>{name} could not be saved ({why}); choose another folder and export again</source>
        <translation>{name} konnte nicht gespeichert werden ({why}); wählen Sie einen anderen Ordner und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>{name} could not be written because of an unexpected problem ({what}); try exporting again</source>
        <translation>{name} konnte wegen eines unerwarteten Problems nicht geschrieben werden ({what}); exportieren Sie erneut</translation>
    </message>
    <message>
        <source>{name} is the sheet of answers itself, and writing the graded sheet there would replace it; choose another file name, such as {suggestion}</source>
        <translation>{name} ist die Tabelle mit den Antworten selbst, und die bewertete Tabelle dort zu speichern würde sie ersetzen; wählen Sie einen anderen Dateinamen, etwa {suggestion}</translation>
    </message>
    <message>
        <source>{name} was not found; check that the file still exists and choose it again</source>
        <translation>{name} wurde nicht gefunden; prüfen Sie, ob die Datei noch existiert, und wählen Sie sie erneut</translation>
    </message>
    <message>
        <source>{name} cannot be opened because you do not have permission to open the folder it is in; copy it to your Documents folder or ask for access</source>
        <translation>{name} kann nicht geöffnet werden, weil Sie den Ordner, in dem die Datei liegt, nicht öffnen dürfen; kopieren Sie sie in Ihren Ordner Dokumente oder bitten Sie um Zugriff</translation>
    </message>
    <message>
        <source>{name} cannot be opened because you do not have permission to read it; copy it to your Documents folder or ask for access</source>
        <translation>{name} kann nicht geöffnet werden, weil Sie die Datei nicht lesen dürfen; kopieren Sie sie in Ihren Ordner Dokumente oder bitten Sie um Zugriff</translation>
    </message>
    <message>
        <source>{name} could not be read ({why}); copy it to this computer and try again</source>
        <translation>{name} konnte nicht gelesen werden ({why}); kopieren Sie die Datei auf diesen Computer und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{name} is a folder, not a sheet; choose an Excel workbook (.xlsx) or a CSV file inside it</source>
        <translation>{name} ist ein Ordner, keine Tabelle; wählen Sie darin eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei</translation>
    </message>
    <message>
        <source>{name} is empty; choose the file that holds the students&apos; answers</source>
        <translation>{name} ist leer; wählen Sie die Datei mit den Antworten der Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>{name} is in the old Excel 97-2003 (.xls) format; open it in Excel and save it as .xlsx or CSV from Excel, then open that</source>
        <translation>{name} ist im alten Format Excel 97-2003 (.xls); öffnen Sie die Datei in Excel, speichern Sie sie als .xlsx oder CSV und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} is in the old Excel 97-2003 (.xls) format and protected by a password; open it in Excel with the password, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, and clear it), save it as .xlsx, then open that</source>
        <translation>{name} ist im alten Format Excel 97-2003 (.xls) und kennwortgeschützt; öffnen Sie die Datei in Excel mit dem Kennwort, entfernen Sie das Kennwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen &gt; Mit Kennwort verschlüsseln, und leeren Sie das Feld), speichern Sie sie als .xlsx und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} is password-protected; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again, or save it as CSV</source>
        <translation>{name} ist kennwortgeschützt; öffnen Sie die Datei in Excel, entfernen Sie das Kennwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen) und speichern Sie sie erneut, oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>{name} is not a real Excel workbook; open it in Excel and save it as .xlsx or CSV from Excel, then open that</source>
        <translation>{name} ist keine echte Excel-Arbeitsmappe; öffnen Sie die Datei in Excel, speichern Sie sie als .xlsx oder CSV und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} has a broken line ({why}); open it in Excel, check the quotes, and save it as CSV again</source>
        <translation>{name} enthält eine fehlerhafte Zeile ({why}); öffnen Sie die Datei in Excel, prüfen Sie die Anführungszeichen und speichern Sie sie erneut als CSV</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text; open it in Excel and save it as CSV UTF-8 again</source>
        <translation>{name} ist kein gültiger {encoding}-Text; öffnen Sie die Datei in Excel und speichern Sie sie erneut als CSV UTF-8</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook or other zip file, not a CSV text file; if it is a workbook, rename it to end in .xlsx and open it again</source>
        <translation>{name} ist eine Excel-Arbeitsmappe oder eine andere ZIP-Datei, keine CSV-Textdatei; ist es eine Arbeitsmappe, benennen Sie sie so um, dass sie auf .xlsx endet, und öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>{name} is a web page (HTML) or XML file, not a CSV text file; open it in Excel and save it as .xlsx or CSV from Excel, then open that</source>
        <translation>{name} ist eine Webseite (HTML) oder XML-Datei, keine CSV-Textdatei; öffnen Sie sie in Excel und speichern Sie sie dort als .xlsx oder CSV, und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} is an old Excel (.xls) or other Office file, not a CSV text file; save it as .xlsx or CSV from Excel and open that</source>
        <translation>{name} ist eine alte Excel-Datei (.xls) oder eine andere Office-Datei, keine CSV-Textdatei; speichern Sie sie in Excel als .xlsx oder CSV und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} is not complete: its end is blank filler (zero bytes) instead of text, as in a file still being copied or cut short while it was saved; wait until the copy has finished, or save or copy the file again, then open it again</source>
        <translation>{name} ist unvollständig: am Ende stehen Null-Bytes (leere Füllung) statt Text, wie bei einer Datei, die noch kopiert wird oder beim Speichern abgebrochen wurde; warten Sie, bis das Kopieren abgeschlossen ist, oder speichern oder kopieren Sie die Datei erneut und öffnen Sie sie dann wieder</translation>
    </message>
    <message>
        <source>{name} is not complete: it ends in the middle of a letter, as a file still being copied or cut short while it was saved does; wait until the copy has finished, or save or copy the file again, then open it again</source>
        <translation>{name} ist unvollständig: sie endet mitten in einem Buchstaben, wie eine Datei, die noch kopiert wird oder beim Speichern abgebrochen wurde; warten Sie, bis das Kopieren abgeschlossen ist, oder speichern oder kopieren Sie die Datei erneut und öffnen Sie sie dann wieder</translation>
    </message>
    <message>
        <source>{name} holds binary data, not CSV text; export the answers from your spreadsheet program as CSV or .xlsx and open that</source>
        <translation>{name} enthält Binärdaten, keinen CSV-Text; exportieren Sie die Antworten aus Ihrem Tabellenprogramm als CSV oder .xlsx und öffnen Sie dann diese</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n cells holding formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</source>
        <translation>
            <numerusform>{name} hat %n Zelle mit einer Formel, deren Wert nie berechnet wurde ({cells}), daher kann Grader nicht sehen, was sie zeigt; öffnen und speichern Sie die Tabelle zuerst in Excel oder LibreOffice und öffnen Sie sie dann erneut</numerusform>
            <numerusform>{name} hat %n Zellen mit Formeln, deren Wert nie berechnet wurde ({cells}), daher kann Grader nicht sehen, was sie zeigen; öffnen und speichern Sie die Tabelle zuerst in Excel oder LibreOffice und öffnen Sie sie dann erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells in the columns chosen hold formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</source>
        <translation>
            <numerusform>%n Zelle der gewählten Spalten enthält eine Formel, deren Wert nie berechnet wurde ({cells}), daher kann Grader nicht sehen, was sie zeigt; öffnen und speichern Sie die Tabelle zuerst in Excel oder LibreOffice und öffnen Sie sie dann erneut</numerusform>
            <numerusform>%n Zellen der gewählten Spalten enthalten Formeln, deren Wert nie berechnet wurde ({cells}), daher kann Grader nicht sehen, was sie zeigen; öffnen und speichern Sie die Tabelle zuerst in Excel oder LibreOffice und öffnen Sie sie dann erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged or not a complete Excel workbook; open it in Excel and save it again, or save it as CSV</source>
        <translation>{name} ist beschädigt oder keine vollständige Excel-Arbeitsmappe; öffnen Sie die Datei in Excel und speichern Sie sie erneut, oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not an Excel workbook; choose the .xlsx file that holds the answers, or save them as CSV</source>
        <translation>{name} ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe; wählen Sie die .xlsx-Datei mit den Antworten oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>{name} is too large to read: a worksheet in it unpacks to more than {cap} MB, far more than a sheet of answers needs (it may be padded with blank space or damaged); open it in Excel, delete unused rows and columns, and save it again, or save the answers as CSV</source>
        <translation>{name} ist zu groß zum Lesen: ein Arbeitsblatt darin wird entpackt größer als {cap} MB, weit mehr, als eine Tabelle mit Antworten braucht (sie ist vielleicht mit Leerraum aufgefüllt oder beschädigt); öffnen Sie sie in Excel, löschen Sie ungenutzte Zeilen und Spalten und speichern Sie sie erneut, oder speichern Sie die Antworten als CSV</translation>
    </message>
    <message>
        <source>{name} is too large to read: its contents unpack to more than {cap} MB, far more than a sheet of answers needs (it may be padded with blank space or damaged); open it in Excel, delete unused rows and columns, and save it again, or save the answers as CSV</source>
        <translation>{name} ist zu groß zum Lesen: ihr Inhalt wird entpackt größer als {cap} MB, weit mehr, als eine Tabelle mit Antworten braucht (sie ist vielleicht mit Leerraum aufgefüllt oder beschädigt); öffnen Sie sie in Excel, löschen Sie ungenutzte Zeilen und Spalten und speichern Sie sie erneut, oder speichern Sie die Antworten als CSV</translation>
    </message>
    <message>
        <source>{name} is saved as a Strict Open XML Spreadsheet, which Grader cannot read; open it in Excel and save it as an Excel Workbook (.xlsx), then open that</source>
        <translation>{name} ist als „Strict Open XML-Tabelle“ gespeichert, die Grader nicht lesen kann; öffnen Sie sie in Excel, speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} is {what}, which Grader cannot read; save the answers as an Excel workbook (.xlsx) or a CSV file and open that</source>
        <translation>{name} ist {what} und kann von Grader nicht gelesen werden; speichern Sie die Antworten als Excel-Arbeitsmappe (.xlsx) oder CSV-Datei und öffnen Sie diese</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which Grader cannot read; open it in LibreOffice or OpenOffice, save it as Excel 2007-365 (.xlsx) or as CSV, then open that</source>
        <translation>{name} ist eine OpenDocument-Tabelle und kann von Grader nicht gelesen werden; öffnen Sie sie in LibreOffice oder OpenOffice, speichern Sie sie als Excel 2007-365 (.xlsx) oder als CSV und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>{name} is an Apple Numbers spreadsheet, which Grader cannot read; open it in Numbers, choose File &gt; Export To &gt; Excel (or CSV), then open that</source>
        <translation>{name} ist eine Apple-Numbers-Tabelle und kann von Grader nicht gelesen werden; öffnen Sie sie in Numbers, wählen Sie Ablage &gt; Exportieren &gt; Excel (oder CSV) und öffnen Sie dann diese</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <source>a text document</source>
        <translation>ein Textdokument</translation>
    </message>
    <message>
        <source>a PowerPoint file</source>
        <translation>eine PowerPoint-Datei</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>eine JSON-Datei</translation>
    </message>
    <message>
        <source>an XML file</source>
        <translation>eine XML-Datei</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>a {suffix} file</source>
        <translation>eine {suffix}-Datei</translation>
    </message>
    <message>
        <source>{name} has no worksheets; add the answers to a sheet and save it again</source>
        <translation>{name} hat keine Arbeitsblätter; fügen Sie die Antworten in ein Blatt ein und speichern Sie erneut</translation>
    </message>
    <message>
        <source>{name} holds only charts, no table of answers; open the workbook that holds the answers, or copy the answers into a worksheet of this one, save it, and open it again</source>
        <translation>{name} enthält nur Diagramme, keine Tabelle mit Antworten; öffnen Sie die Arbeitsmappe mit den Antworten, oder kopieren Sie die Antworten in ein Arbeitsblatt dieser Mappe, speichern Sie sie und öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}”; choose one of {titles}</source>
        <translation>{name} hat kein Blatt namens „{sheet}“; wählen Sie eines von {titles}</translation>
    </message>
    <message>
        <source>{name} has no data; choose the file (or sheet) that holds the students&apos; answers</source>
        <translation>{name} enthält keine Daten; wählen Sie die Datei (oder das Blatt) mit den Antworten der Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>{name} (sheet “{sheet}”) has no data; choose the file (or sheet) that holds the students&apos; answers</source>
        <translation>{name} (Blatt „{sheet}“) enthält keine Daten; wählen Sie die Datei (oder das Blatt) mit den Antworten der Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>{name} has a header row but no answers below it; add the students&apos; answers under the header and open it again</source>
        <translation>{name} hat eine Kopfzeile, aber keine Antworten darunter; tragen Sie die Antworten unter der Kopfzeile ein und öffnen Sie die Datei erneut</translation>
    </message>
    <message>
        <source>{name} (sheet “{sheet}”) has a header row but no answers below it; add the students&apos; answers under the header and open it again</source>
        <translation>{name} (Blatt „{sheet}“) hat eine Kopfzeile, aber keine Antworten darunter; tragen Sie die Antworten unter der Kopfzeile ein und öffnen Sie die Datei erneut</translation>
    </message>
    <message>
        <source>no column in this sheet holds text answers; check that you opened the sheet with the students&apos; answers, with one answer per cell and a header row on top (a column of numbers is taken for answers when its header says Answer or Response)</source>
        <translation>Keine Spalte dieser Tabelle enthält Antworten als Text; prüfen Sie, ob Sie die Tabelle mit den Antworten der Schülerinnen und Schüler geöffnet haben, mit einer Antwort pro Zelle und einer Kopfzeile darüber (eine Spalte mit Zahlen gilt als Antworten, wenn ihre Kopfzeile Antwort oder Answer sagt)</translation>
    </message>
    <message>
        <source>the column “{column}” is empty: no student&apos;s answer is written in it; check that you opened the sheet that holds the answers, or write them under that header and open the sheet again</source>
        <translation>die Spalte „{column}“ ist leer: es steht keine Antwort darin; prüfen Sie, ob Sie die Tabelle mit den Antworten geöffnet haben, oder tragen Sie die Antworten unter dieser Überschrift ein und öffnen Sie die Tabelle erneut</translation>
    </message>
    <message>
        <source>this sheet was graded with Grader before, but its column “{column}” is gone, so your earlier decisions in it cannot be read safely; put that column back (undo the deletion in Excel), or delete all of Grader&apos;s grading columns to grade the sheet afresh</source>
        <translation>Diese Tabelle wurde schon einmal mit Grader bewertet, aber ihre Spalte „{column}“ fehlt, sodass Ihre früheren Entscheidungen darin nicht sicher gelesen werden können; fügen Sie die Spalte wieder ein (machen Sie das Löschen in Excel rückgängig) oder löschen Sie alle Bewertungsspalten von Grader, um die Tabelle neu zu bewerten</translation>
    </message>
    <message>
        <source>this file holds the points per question that Grader wrote, not the students&apos; answers; open the sheet of the students&apos; answers instead</source>
        <translation>Diese Datei enthält die Punkte pro Frage, die Grader geschrieben hat, nicht die Antworten der Schülerinnen und Schüler; öffnen Sie stattdessen die Tabelle mit den Antworten der Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>this file is the grading worksheet Grader wrote for you to upload to Moodle (the assignment&apos;s Upload grading worksheet), with your grades and comments, not a worksheet to grade; to grade, open the worksheet you downloaded from Moodle, with the students&apos; online text</source>
        <translation>diese Datei ist die Bewertungstabelle, die Grader für den Upload nach Moodle geschrieben hat („Bewertungstabelle hochladen“ in der Aufgabe), mit Ihren Noten und Kommentaren, keine Tabelle zum Bewerten; zum Bewerten öffnen Sie die Bewertungstabelle, die Sie aus Moodle heruntergeladen haben, mit der Texteingabe online der Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>this file is Grader&apos;s list of the students {system} could not take from an export (their grades are to be entered in {system} by hand), not the students&apos; answers; open the sheet of the students&apos; answers instead</source>
        <translation>diese Datei ist Graders Liste der Schülerinnen und Schüler, die {system} aus einem Export nicht übernehmen konnte (ihre Noten sind in {system} von Hand einzutragen), nicht die Antworten der Schülerinnen und Schüler; öffnen Sie stattdessen die Tabelle mit ihren Antworten</translation>
    </message>
    <message>
        <source>this file is the feedback sheet Grader wrote for your students (their answers, scores and your comments, for a mail merge), not a sheet to grade; open the sheet of the students&apos; answers instead, or the graded sheet Grader saved to go on grading</source>
        <translation>diese Datei ist die Rückmeldungstabelle, die Grader für Ihre Schülerinnen und Schüler geschrieben hat (ihre Antworten, Punktzahlen und Ihre Kommentare, für einen Serienbrief), keine Tabelle zum Bewerten; öffnen Sie stattdessen die Tabelle mit den Antworten der Schülerinnen und Schüler oder, um weiter zu bewerten, die bewertete Tabelle, die Grader gespeichert hat</translation>
    </message>
    <message>
        <source>no answer column was chosen; name the column that holds the students&apos; answers</source>
        <translation>es ist keine Antwortspalte gewählt; wählen Sie die Spalte mit den Antworten der Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>no question column was chosen; name it, or choose the question&apos;s model for the whole sheet</source>
        <translation>es ist keine Fragenspalte gewählt; wählen Sie sie aus, oder wählen Sie das Modell der Frage für die ganze Tabelle</translation>
    </message>
    <message>
        <source>no answer columns were chosen for this one-column-per-question sheet</source>
        <translation>es sind keine Antwortspalten für diese Tabelle mit einer Spalte pro Frage gewählt</translation>
    </message>
    <message>
        <source>this is a Canvas item analysis report: it has each question&apos;s statistics but not the students&apos; answers; in Canvas open the quiz, choose Quiz Statistics (or Reports in New Quizzes), download the Student Analysis and open that file instead</source>
        <translation>diese Datei ist ein Item-Analysis-Bericht aus Canvas: er enthält die Statistik jeder Frage, aber nicht die Antworten der Schülerinnen und Schüler; öffnen Sie in Canvas den Test, wählen Sie „Quiz-Statistik“ (in New Quizzes „Berichte“), laden Sie die „Student Analysis“ herunter und öffnen Sie stattdessen die heruntergeladene Datei</translation>
    </message>
    <message>
        <source>this is a gradebook exported from Moodle (grades, not the students&apos; answers); in Moodle open the quiz, choose Results › Responses, download the report and open that file instead (for an assignment, download its grading worksheet with the students&apos; online text)</source>
        <translation>diese Datei ist ein aus Moodle exportiertes Notenbuch (Bewertungen, nicht die Antworten der Schülerinnen und Schüler); öffnen Sie in Moodle den Test, wählen Sie „Ergebnisse“ › „Antworten“, laden Sie den Bericht herunter und öffnen Sie stattdessen diese Datei (bei einer Aufgabe laden Sie ihre Bewertungstabelle mit der Texteingabe online herunter)</translation>
    </message>
    <message>
        <source>this is a Moodle grading worksheet without the students&apos; text; in Moodle let the assignment take online text, or download the submissions, and open the file with the answers</source>
        <translation>diese Datei ist eine Bewertungstabelle aus Moodle ohne die Texte der Schülerinnen und Schüler; erlauben Sie in Moodle für die Aufgabe die Texteingabe online oder laden Sie die Abgaben herunter, und öffnen Sie die Datei mit den Antworten</translation>
    </message>
    <message>
        <source>the sheet says “{title}” is out of {lms}, but it has marks up to {marked} and no model scores it, so Grader cannot tell what its marks are out of and will not write grades above {system}&apos;s points; mark it out of {lms}, or score it with a model, and export again</source>
        <translation>die Tabelle gibt für „{title}“ {lms} Punkte an, doch die Frage hat Bewertungen bis {marked}, und kein Modell bewertet sie, daher kann Grader nicht erkennen, von wie vielen Punkten ihre Bewertungen ausgehen, und schreibt keine Noten über den Punkten von {system}; vergeben Sie dort höchstens {lms} Punkte oder lassen Sie sie von einem Modell bewerten, und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>the Canvas gradebook needs to know who each student is; choose the student id column in the column mapping and export again</source>
        <translation>das Canvas-Notenbuch muss wissen, wer jede Schülerin und jeder Schüler ist; wählen Sie unter „Spalten und Modelle prüfen“ die Spalte mit der Schüler-ID und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>the Moodle gradebook by your student id column needs the sheet&apos;s student id column; choose it in the column mapping and export again</source>
        <translation>die Moodle-Bewertungen nach Schüler-ID brauchen die Spalte mit der Schüler-ID der Tabelle; wählen Sie sie unter „Spalten und Modelle prüfen“ und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>your comment bank {name} cannot be read ({why}); check the file is not open elsewhere</source>
        <translation>Ihre Kommentarsammlung {name} kann nicht gelesen werden ({why}); prüfen Sie, ob die Datei in einem anderen Programm geöffnet ist</translation>
    </message>
    <message>
        <source>your comment bank could not be saved in {folder} ({why}); check the disk has room and the folder is writable</source>
        <translation>Ihre Kommentarsammlung konnte nicht in {folder} gespeichert werden ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und ob Sie in den Ordner schreiben dürfen</translation>
    </message>
    <message>
        <source>{name} is a folder, not a project file; choose the .grader-project file</source>
        <translation>{name} ist ein Ordner, keine Projektdatei; wählen Sie die .grader-project-Datei</translation>
    </message>
    <message>
        <source>the project file is already closed; open the sheet again</source>
        <translation>Die Projektdatei ist bereits geschlossen; öffnen Sie die Tabelle erneut</translation>
    </message>
    <message>
        <source>{name} was opened read-only here, so nothing was written; open the sheet itself to make changes</source>
        <translation>{name} wurde hier nur zum Lesen geöffnet, daher wurde nichts geschrieben; öffnen Sie die Tabelle selbst, um etwas zu ändern</translation>
    </message>
    <message>
        <source>{name} is already open in another Grader window; close the sheet there first, then open it here again</source>
        <translation>{name} ist bereits in einem anderen Grader-Fenster geöffnet; schließen Sie die Tabelle dort und öffnen Sie sie dann hier erneut</translation>
    </message>
    <message>
        <source>the project file {name} cannot be opened ({why}); check that its folder is writable</source>
        <translation>Die Projektdatei {name} kann nicht geöffnet werden ({why}); prüfen Sie, ob in ihren Ordner geschrieben werden darf</translation>
    </message>
    <message>
        <source>the project file {name} cannot be written ({why}); copy the sheet to a folder you can write to, such as Documents, and open it from there</source>
        <translation>In die Projektdatei {name} kann nicht geschrieben werden ({why}); kopieren Sie die Tabelle in einen Ordner, in den Sie schreiben dürfen, etwa Dokumente, und öffnen Sie sie dort</translation>
    </message>
    <message>
        <source>the disk is full, so the project file {name}, which keeps your decisions, cannot be written; free some space on the disk and open the sheet again, or copy the sheet to another drive and open it from there</source>
        <translation>der Datenträger ist voll, daher kann die Projektdatei {name}, die Ihre Entscheidungen speichert, nicht geschrieben werden; schaffen Sie Platz auf dem Datenträger und öffnen Sie die Tabelle erneut, oder kopieren Sie die Tabelle auf ein anderes Laufwerk und öffnen Sie sie von dort</translation>
    </message>
    <message>
        <source>{name} is not a Grader project file or is damaged; move it aside and open the sheet again</source>
        <translation>{name} ist keine Grader-Projektdatei oder ist beschädigt; legen Sie sie beiseite und öffnen Sie die Tabelle erneut</translation>
    </message>
    <message>
        <source>{name} is damaged: it was written with its latest changes in the file {wal}, which is not beside it; if you copied {name} from somewhere, copy {wal} from there beside it too and open the sheet again; otherwise move {name} aside and open the sheet again</source>
        <translation>{name} ist beschädigt: ihre letzten Änderungen standen in der Datei {wal}, die nicht daneben liegt; wenn Sie {name} von irgendwo kopiert haben, kopieren Sie auch {wal} von dort daneben und öffnen Sie die Tabelle erneut; sonst legen Sie {name} beiseite und öffnen Sie die Tabelle erneut</translation>
    </message>
    <message>
        <source>{name} holds no decisions, not even its tables: they were left behind in the file {wal}, which was not copied with it; if you copied it from another computer, copy {wal} beside it too and open the sheet again; to start afresh instead, move {name} aside</source>
        <translation>{name} enthält keine Entscheidungen, nicht einmal ihre Tabellen: sie sind in der Datei {wal} geblieben, die nicht mitkopiert wurde; wenn Sie die Projektdatei von einem anderen Computer kopiert haben, kopieren Sie auch {wal} daneben und öffnen Sie die Tabelle erneut; um stattdessen neu anzufangen, legen Sie {name} beiseite</translation>
    </message>
    <message>
        <source>the project {name} was saved with other column choices; choose the same columns again, or save the sheet under a new name to start a new project</source>
        <translation>Das Projekt {name} wurde mit einer anderen Spaltenwahl gespeichert; wählen Sie dieselben Spalten erneut oder speichern Sie die Tabelle unter einem neuen Namen, um ein neues Projekt zu beginnen</translation>
    </message>
    <message>
        <source>the project {name} belongs to another sheet (fewer than half of its answers are in this one); open the sheet it was made for, or save this sheet under a new name to start a new project</source>
        <translation>Das Projekt {name} gehört zu einer anderen Tabelle (weniger als die Hälfte seiner Antworten steht in dieser); öffnen Sie die Tabelle, für die es angelegt wurde, oder speichern Sie diese Tabelle unter einem neuen Namen, um ein neues Projekt zu beginnen</translation>
    </message>
    <message>
        <source>the project {name} belongs to {other}, another sheet in this folder with the same name but another ending, and {sheet} holds fewer than half of its answers; a project is named after its sheet without the ending, so the two sheets cannot both have one: rename this sheet, for example to {suggestion}, and open it again</source>
        <translation>Das Projekt {name} gehört zu {other}, einer anderen Tabelle in diesem Ordner mit demselben Namen, aber einer anderen Endung, und {sheet} enthält weniger als die Hälfte seiner Antworten; ein Projekt ist nach seiner Tabelle ohne die Endung benannt, daher können nicht beide Tabellen eines haben: benennen Sie diese Tabelle um, zum Beispiel in {suggestion}, und öffnen Sie sie erneut</translation>
    </message>
    <message numerus="yes">
        <source>this sheet has no column {gone} any more, which {name} was made with; {found} holds the same answers and is chosen in its place: check the columns and start scoring, and your %n decisions stay with their answers</source>
        <translation>
            <numerusform>diese Tabelle hat keine Spalte {gone} mehr, mit der {name} angelegt wurde; {found} enthält dieselben Antworten und ist an ihrer Stelle gewählt: prüfen Sie die Spalten und starten Sie die Bewertung; Ihre %n Entscheidung bleibt bei ihrer Antwort</numerusform>
            <numerusform>diese Tabelle hat keine Spalte {gone} mehr, mit der {name} angelegt wurde; {found} enthält dieselben Antworten und ist an ihrer Stelle gewählt: prüfen Sie die Spalten und starten Sie die Bewertung; Ihre %n Entscheidungen bleiben bei ihren Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has no column {gone} any more, which {name} was made with; choose the columns above again, and your %n decisions stay with their answers, or rename the column back to {gone} in the sheet and open it again</source>
        <translation>
            <numerusform>diese Tabelle hat keine Spalte {gone} mehr, mit der {name} angelegt wurde; wählen Sie die Spalten oben erneut, dann bleibt Ihre %n Entscheidung bei ihrer Antwort, oder benennen Sie die Spalte in der Tabelle wieder in {gone} um und öffnen Sie sie erneut</numerusform>
            <numerusform>diese Tabelle hat keine Spalte {gone} mehr, mit der {name} angelegt wurde; wählen Sie die Spalten oben erneut, dann bleiben Ihre %n Entscheidungen bei ihren Antworten, oder benennen Sie die Spalte in der Tabelle wieder in {gone} um und öffnen Sie sie erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet has no column {gone} any more, which {name} was made with; check the columns chosen above and start scoring</source>
        <translation>diese Tabelle hat keine Spalte {gone} mehr, mit der {name} angelegt wurde; prüfen Sie die oben gewählten Spalten und starten Sie die Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n decisions or comments on answers that the columns chosen do not hold as they were (the same student, question and text), so nothing was changed; choose the columns that hold those answers, or rename the column back to {gone} in the sheet and open it again</source>
        <translation>
            <numerusform>{name} enthält %n Entscheidung oder Kommentar zu einer Antwort, die die gewählten Spalten nicht mehr unverändert enthalten (dieselbe Person, Frage und derselbe Text), daher wurde nichts geändert; wählen Sie die Spalte, die diese Antwort enthält, oder benennen Sie die Spalte in der Tabelle wieder in {gone} um und öffnen Sie sie erneut</numerusform>
            <numerusform>{name} enthält %n Entscheidungen oder Kommentare zu Antworten, die die gewählten Spalten nicht mehr unverändert enthalten (dieselbe Person, Frage und derselbe Text), daher wurde nichts geändert; wählen Sie die Spalten, die diese Antworten enthalten, oder benennen Sie die Spalte in der Tabelle wieder in {gone} um und öffnen Sie sie erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids, so students who share a name are told apart by it: start scoring, and your %n decisions stay with their answers, or choose no id column to keep the students as before</source>
        <translation>
            <numerusform>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs, ohne die {name} angelegt wurde; sie ist oben für die IDs der Schülerinnen und Schüler gewählt, sodass Schülerinnen und Schüler mit gleichem Namen daran unterschieden werden: starten Sie die Bewertung, und Ihre %n Entscheidung bleibt bei ihrer Antwort, oder wählen Sie keine ID-Spalte, um die Schülerinnen und Schüler wie bisher zu behalten</numerusform>
            <numerusform>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs, ohne die {name} angelegt wurde; sie ist oben für die IDs der Schülerinnen und Schüler gewählt, sodass Schülerinnen und Schüler mit gleichem Namen daran unterschieden werden: starten Sie die Bewertung, und Ihre %n Entscheidungen bleiben bei ihren Antworten, oder wählen Sie keine ID-Spalte, um die Schülerinnen und Schüler wie bisher zu behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids: check the columns and start scoring</source>
        <translation>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs, ohne die {name} angelegt wurde; sie ist oben für die IDs der Schülerinnen und Schüler gewählt: prüfen Sie die Spalten und starten Sie die Bewertung</translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and {question} is ticked as a question to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick {question} to grade the sheet as before</source>
        <translation>
            <numerusform>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs und eine neue Spalte {question}, ohne die {name} angelegt wurde; {column} ist oben für die IDs der Schülerinnen und Schüler gewählt, sodass Schülerinnen und Schüler mit gleichem Namen daran unterschieden werden, und {question} ist als zu bewertende Frage angehakt: starten Sie die Bewertung, und Ihre %n Entscheidung bleibt bei ihrer Antwort, oder wählen Sie keine ID-Spalte und entfernen Sie den Haken bei {question}, um die Tabelle wie bisher zu bewerten</numerusform>
            <numerusform>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs und eine neue Spalte {question}, ohne die {name} angelegt wurde; {column} ist oben für die IDs der Schülerinnen und Schüler gewählt, sodass Schülerinnen und Schüler mit gleichem Namen daran unterschieden werden, und {question} ist als zu bewertende Frage angehakt: starten Sie die Bewertung, und Ihre %n Entscheidungen bleiben bei ihren Antworten, oder wählen Sie keine ID-Spalte und entfernen Sie den Haken bei {question}, um die Tabelle wie bisher zu bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and the new columns are ticked as questions to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick those that are not questions</source>
        <translation>
            <numerusform>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs und neue Spalten {question}, ohne die {name} angelegt wurde; {column} ist oben für die IDs der Schülerinnen und Schüler gewählt, sodass Schülerinnen und Schüler mit gleichem Namen daran unterschieden werden, und die neuen Spalten sind als zu bewertende Fragen angehakt: starten Sie die Bewertung, und Ihre %n Entscheidung bleibt bei ihrer Antwort, oder wählen Sie keine ID-Spalte und entfernen Sie den Haken bei denen, die keine Fragen sind</numerusform>
            <numerusform>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs und neue Spalten {question}, ohne die {name} angelegt wurde; {column} ist oben für die IDs der Schülerinnen und Schüler gewählt, sodass Schülerinnen und Schüler mit gleichem Namen daran unterschieden werden, und die neuen Spalten sind als zu bewertende Fragen angehakt: starten Sie die Bewertung, und Ihre %n Entscheidungen bleiben bei ihren Antworten, oder wählen Sie keine ID-Spalte und entfernen Sie den Haken bei denen, die keine Fragen sind</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids and {question} is ticked as a question to grade: check the columns and start scoring</source>
        <translation>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs und eine neue Spalte {question}, ohne die {name} angelegt wurde; {column} ist oben für die IDs der Schülerinnen und Schüler gewählt und {question} als zu bewertende Frage angehakt: prüfen Sie die Spalten und starten Sie die Bewertung</translation>
    </message>
    <message>
        <source>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids and the new columns are ticked as questions to grade: check the columns and start scoring</source>
        <translation>diese Tabelle hat eine neue Spalte {column} mit Schüler-IDs und neue Spalten {question}, ohne die {name} angelegt wurde; {column} ist oben für die IDs der Schülerinnen und Schüler gewählt, und die neuen Spalten sind als zu bewertende Fragen angehakt: prüfen Sie die Spalten und starten Sie die Bewertung</translation>
    </message>
    <message>
        <source>this sheet has a new column {column}, which {name} was made without; it is ticked above as a question to grade: start scoring to grade it too, or untick it to leave it out</source>
        <translation>diese Tabelle hat eine neue Spalte {column}, ohne die {name} angelegt wurde; sie ist oben als zu bewertende Frage angehakt: starten Sie die Bewertung, um sie mitzubewerten, oder entfernen Sie den Haken, um sie auszulassen</translation>
    </message>
    <message>
        <source>this sheet has new columns {column}, which {name} was made without; they are ticked above as questions to grade: start scoring to grade them too, or untick those that are not questions</source>
        <translation>diese Tabelle hat neue Spalten {column}, ohne die {name} angelegt wurde; sie sind oben als zu bewertende Fragen angehakt: starten Sie die Bewertung, um sie mitzubewerten, oder entfernen Sie den Haken bei denen, die keine Fragen sind</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n decisions in {name} are on answers in this {sheet}: it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</source>
        <translation>
            <numerusform>die %n Entscheidung in {name} betrifft keine Antwort in dieser Tabelle {sheet}: die Projektdatei wurde für eine andere Tabelle angelegt (eine andere Klasse?); öffnen Sie jene Tabelle, oder verschieben Sie {name} in einen anderen Ordner, um diese neu zu bewerten</numerusform>
            <numerusform>keine der %n Entscheidungen in {name} betrifft eine Antwort in dieser Tabelle {sheet}: die Projektdatei wurde für eine andere Tabelle angelegt (eine andere Klasse?); öffnen Sie jene Tabelle, oder verschieben Sie {name} in einen anderen Ordner, um diese neu zu bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>almost none of the %n decisions in {name} are on answers in this {sheet} ({found} of them): it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</source>
        <translation>
            <numerusform>die %n Entscheidung in {name} betrifft kaum eine Antwort in dieser Tabelle {sheet} ({found} davon): die Projektdatei wurde für eine andere Tabelle angelegt (eine andere Klasse?); öffnen Sie jene Tabelle, oder verschieben Sie {name} in einen anderen Ordner, um diese neu zu bewerten</numerusform>
            <numerusform>fast keine der %n Entscheidungen in {name} betrifft eine Antwort in dieser Tabelle {sheet} ({found} davon): die Projektdatei wurde für eine andere Tabelle angelegt (eine andere Klasse?); öffnen Sie jene Tabelle, oder verschieben Sie {name} in einen anderen Ordner, um diese neu zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not a Grader project; choose another file name</source>
        <translation>{name} ist eine SQLite-Datei, aber kein Grader-Projekt; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Grader (project version {version}); update Grader to open it</source>
        <translation>{name} wurde von einem neueren Grader gespeichert (Projektversion {version}); aktualisieren Sie Grader, um es zu öffnen</translation>
    </message>
    <message>
        <source>{name} cannot be read ({why}); it may not be a Grader project file</source>
        <translation>{name} kann nicht gelesen werden ({why}); vielleicht ist es keine Grader-Projektdatei</translation>
    </message>
    <message>
        <source>the project file {name} could not be read ({why}); check the disk, then open the sheet again</source>
        <translation>die Projektdatei {name} konnte nicht gelesen werden ({why}); prüfen Sie den Datenträger und öffnen Sie dann die Tabelle erneut</translation>
    </message>
    <message>
        <source>{name} is not a Grader project this version can read; open the sheet of answers instead</source>
        <translation>{name} ist kein Grader-Projekt, das diese Version lesen kann; öffnen Sie stattdessen die Tabelle mit den Antworten</translation>
    </message>
    <message numerus="yes">
        <source>this project already holds %n decisions made with other column choices; keep the earlier columns or save the sheet under a new name to start again</source>
        <translation>
            <numerusform>dieses Projekt enthält schon %n Entscheidung, die mit einer anderen Spaltenwahl getroffen wurde; behalten Sie die bisherigen Spalten oder speichern Sie die Tabelle unter einem neuen Namen, um neu zu beginnen</numerusform>
            <numerusform>dieses Projekt enthält schon %n Entscheidungen, die mit einer anderen Spaltenwahl getroffen wurden; behalten Sie die bisherigen Spalten oder speichern Sie die Tabelle unter einem neuen Namen, um neu zu beginnen</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no project file “{name}”; open the sheet of answers instead</source>
        <translation>es gibt keine Projektdatei „{name}“; öffnen Sie stattdessen die Tabelle mit den Antworten</translation>
    </message>
    <message>
        <source>“{name}” holds no graded sheet yet; open the sheet of answers itself</source>
        <translation>„{name}“ enthält noch keine bewertete Tabelle; öffnen Sie die Tabelle mit den Antworten selbst</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” that “{name}” belongs to is missing; put it back beside the project file and open it again, or, if you renamed it, open the renamed sheet itself: Grader offers it the decisions of “{name}”</source>
        <translation>die Tabelle „{sheet}“, zu der „{name}“ gehört, fehlt; legen Sie sie wieder neben die Projektdatei und öffnen Sie sie erneut, oder öffnen Sie die umbenannte Tabelle selbst, wenn Sie sie umbenannt haben: Grader bietet ihr die Entscheidungen aus „{name}“ an</translation>
    </message>
    <message>
        <source>{name} graded the worksheet “{sheet}”, which could not be read ({why}); put it back, or move the project file aside to start again</source>
        <translation>{name} hat das Arbeitsblatt „{sheet}“ bewertet, das nicht gelesen werden konnte ({why}); legen Sie es zurück, oder verschieben Sie die Projektdatei, um neu zu beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions and {what} are kept but could not be saved to {name}; check the disk has room and the file is not read-only</source>
        <translation>
            <numerusform>Ihre Entscheidung und {what} bleiben erhalten, konnten aber nicht in {name} gespeichert werden (%n Entscheidung nicht gespeichert); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</numerusform>
            <numerusform>%n Ihrer Entscheidungen und {what} bleiben erhalten, konnten aber nicht in {name} gespeichert werden; prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>
            <numerusform>%n Entscheidung konnte vor dem Schließen nicht in {name} gespeichert werden ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen Sie dann die Tabelle erneut und treffen Sie sie noch einmal</numerusform>
            <numerusform>%n Entscheidungen konnten vor dem Schließen nicht in {name} gespeichert werden ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen Sie dann die Tabelle erneut und treffen Sie sie noch einmal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions and {what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>
            <numerusform>%n Entscheidung und {what} konnten vor dem Schließen nicht in {name} gespeichert werden ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen Sie dann die Tabelle erneut und wiederholen Sie alles</numerusform>
            <numerusform>%n Entscheidungen und {what} konnten vor dem Schließen nicht in {name} gespeichert werden ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen Sie dann die Tabelle erneut und wiederholen Sie alles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grader was still writing to {name} when it closed (%n changes waiting); check the disk, and open the sheet again later to see what was saved</source>
        <translation>
            <numerusform>Grader schrieb noch in {name}, als es geschlossen wurde (%n wartende Änderung); prüfen Sie den Datenträger und öffnen Sie die Tabelle später erneut, um zu sehen, was gespeichert wurde</numerusform>
            <numerusform>Grader schrieb noch in {name}, als es geschlossen wurde (%n wartende Änderungen); prüfen Sie den Datenträger und öffnen Sie die Tabelle später erneut, um zu sehen, was gespeichert wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} could not take your latest decisions itself ({why}): they are safe in the file {wal} beside it; keep the two files together (copy both if you copy the project) and free some space on the disk</source>
        <translation>{name} konnte Ihre letzten Entscheidungen nicht selbst aufnehmen ({why}): sie sind sicher in der Datei {wal} daneben; lassen Sie die beiden Dateien zusammen (kopieren Sie beide, wenn Sie das Projekt kopieren) und schaffen Sie Platz auf dem Datenträger</translation>
    </message>
    <message>
        <source>{name} holds all your decisions itself again: it no longer needs the file {wal} beside it</source>
        <translation>{name} enthält wieder selbst alle Ihre Entscheidungen: die Datei {wal} daneben wird nicht mehr gebraucht</translation>
    </message>
    <message>
        <source>the sheet&apos;s earlier decisions</source>
        <translation>die früheren Entscheidungen der Tabelle</translation>
    </message>
    <message>
        <source>what the graded sheet says</source>
        <translation>was die bewertete Tabelle sagt</translation>
    </message>
    <message>
        <source>the quiz&apos;s name for its columns</source>
        <translation>der Name des Tests für seine Spalten</translation>
    </message>
    <message>
        <source>the answer pulled out of its group</source>
        <translation>die aus ihrer Gruppe genommene Antwort</translation>
    </message>
    <message>
        <source>what the model learned so far</source>
        <translation>was das Modell bisher gelernt hat</translation>
    </message>
    <message>
        <source>what the question is out of</source>
        <translation>die Höchstpunktzahl der Frage</translation>
    </message>
    <message>
        <source>the undo steps</source>
        <translation>die Rückgängig-Schritte</translation>
    </message>
    <message>
        <source>{name} was refused: its model asks for more than {mb} MB of memory to score a batch of test answers, far more than a model of short answers needs; ask whoever made it for a fixed copy</source>
        <translation>{name} wurde abgelehnt: sein Modell fordert mehr als {mb} MB Arbeitsspeicher an, um eine Reihe von Testantworten zu bewerten, weit mehr, als ein Modell für Kurzantworten braucht; bitten Sie die Person, die es erstellt hat, um eine korrigierte Kopie</translation>
    </message>
    <message>
        <source>{name} holds a model that asked for more than {mb} MB of memory while scoring answers, far more than a model of short answers needs, so Grader stopped it; remove it from your models and ask whoever made it for a fixed copy</source>
        <translation>{name} enthält ein Modell, das beim Bewerten der Antworten mehr als {mb} MB Arbeitsspeicher angefordert hat, weit mehr, als ein Modell für Kurzantworten braucht, daher hat Grader es angehalten; entfernen Sie es aus Ihren Modellen und bitten Sie die Person, die es erstellt hat, um eine korrigierte Kopie</translation>
    </message>
    <message>
        <source>{name} holds a model that would need more than {mb} MB of memory to score an extremely long answer (a whole pasted document, perhaps), so Grader stopped it; shorten that answer in the sheet and try again</source>
        <translation>{name} enthält ein Modell, das mehr als {mb} MB Arbeitsspeicher bräuchte, um eine extrem lange Antwort (vielleicht ein ganzes eingefügtes Dokument) zu bewerten, daher hat Grader es angehalten; kürzen Sie diese Antwort in der Tabelle und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{name} holds a model that took more than {seconds} seconds to score one batch of answers, where a model of short answers needs a fraction of a second, so Grader stopped it and left the answers it had not scored for you; remove it from your models and ask whoever made it for a fixed copy</source>
        <translation>{name} enthält ein Modell, das mehr als {seconds} Sekunden brauchte, um eine Reihe von Antworten zu bewerten, wo ein Modell für Kurzantworten nur den Bruchteil einer Sekunde braucht, daher hat Grader es angehalten und die Antworten, die es noch nicht bewertet hatte, Ihnen überlassen; entfernen Sie es aus Ihren Modellen und bitten Sie die Person, die es erstellt hat, um eine korrigierte Kopie</translation>
    </message>
    <message>
        <source>{name} was not saved, as the model learned from your marks for question {question} failed Grader&apos;s check ({detail}); your marks are kept: mark one more answer or change a mark so that it learns again, then save it again</source>
        <translation>{name} wurde nicht gespeichert, da das aus Ihren Bewertungen gelernte Modell für Frage {question} die Prüfung von Grader nicht bestanden hat ({detail}); Ihre Bewertungen bleiben erhalten: bewerten Sie eine weitere Antwort oder ändern Sie eine Bewertung, damit es erneut lernt, und speichern Sie es dann noch einmal</translation>
    </message>
    <message>
        <source>{name} was not saved, as Grader could not finish checking the model learned from your marks for question {question} ({detail}); your marks are kept and nothing is lost: save it again when the computer is less busy, and if it fails each time, install Grader again or update it</source>
        <translation>{name} wurde nicht gespeichert, da Grader das aus Ihren Bewertungen gelernte Modell für Frage {question} nicht fertig prüfen konnte ({detail}); Ihre Bewertungen bleiben erhalten, und nichts geht verloren: speichern Sie es noch einmal, wenn der Computer weniger ausgelastet ist, und wenn es jedes Mal misslingt, installieren Sie Grader neu oder aktualisieren Sie es</translation>
    </message>
    <message>
        <source>{name} cannot be used: {detail}</source>
        <translation>{name} kann nicht verwendet werden: {detail}</translation>
    </message>
    <message>
        <source>{name} is larger than any bundle should be, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} ist größer, als ein Modellpaket sein sollte, und wurde deshalb abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} has no {member}, so it is not a complete bundle; get a fresh copy from whoever made it</source>
        <translation>{name} enthält kein {member} und ist daher kein vollständiges Modellpaket; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a file named “{member}” that points outside the bundle, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält eine Datei namens „{member}“, die aus dem Modellpaket hinauszeigt, und wurde deshalb abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds an unexpected file “{member}”; a bundle holds only manifest.json and model.onnx, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält eine unerwartete Datei „{member}“; ein Modellpaket enthält nur manifest.json und model.onnx, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} lists more files than a bundle holds, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} führt mehr Dateien auf, als ein Modellpaket enthält, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds {member} twice, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält {member} zweimal, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} uses a compression method bundles do not use, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} verwendet ein Komprimierungsverfahren, das Modellpakete nicht verwenden, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a {member} larger than any bundle should, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält eine Datei {member}, die größer ist, als sie in einem Modellpaket sein darf, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model.onnx that is not a readable model, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält eine Datei model.onnx, die kein lesbares Modell ist, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model that needs data files kept outside the bundle, which bundles may not use, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, das Dateien außerhalb des Modellpakets braucht, was Modellpakete nicht dürfen, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model that defines operations of its own, which bundles may not use, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, das eigene Operationen definiert, was Modellpakete nicht dürfen, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model that gives Grader no scores, so it was refused; get a fresh copy from whoever made it (its model has no output named “probabilities”)</source>
        <translation>{name} enthält ein Modell, das Grader keine Punktzahlen liefert, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (das Modell hat keine Ausgabe namens „probabilities“)</translation>
    </message>
    <message>
        <source>{name} holds a model that gives an output of shape {shape}, not one row of scores per answer; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, dessen Ausgabe die Form {shape} hat statt einer Zeile von Punktzahlen je Antwort; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model that does not give one row of scores per answer (rows: {given}, answers: {answers}); get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, das nicht je Antwort eine Zeile von Punktzahlen gibt (Zeilen: {given}, Antworten: {answers}); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it is not valid JSON: it is not UTF-8 text)</source>
        <translation>{name} enthält eine Datei manifest.json, die sich nicht lesen lässt, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (es ist kein gültiges JSON: es ist kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it is not valid JSON)</source>
        <translation>{name} enthält eine Datei manifest.json, die sich nicht lesen lässt, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (es ist kein gültiges JSON)</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it is nested too deeply to be a manifest)</source>
        <translation>{name} enthält eine Datei manifest.json, die sich nicht lesen lässt, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (es ist zu tief verschachtelt, um ein Manifest zu sein)</translation>
    </message>
    <message>
        <source>{name} holds a manifest.json that cannot be read, so it was refused; get a fresh copy from whoever made it (it holds NaN or Infinity, which a manifest may not use)</source>
        <translation>{name} enthält eine Datei manifest.json, die sich nicht lesen lässt, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (es enthält NaN oder Infinity, was ein Manifest nicht verwenden darf)</translation>
    </message>
    <message>
        <source>it was made by a newer version of Grader (bundle format {version}, newer than format {known}, which this one reads); update Grader</source>
        <translation>es wurde mit einer neueren Version von Grader erstellt (Paketformat {version}, neuer als Format {known}, das diese Version liest); aktualisieren Sie Grader</translation>
    </message>
    <message>
        <source>its bundle format {version} is not one this Grader reads (it reads format {known}); get a fresh copy from whoever made it</source>
        <translation>sein Paketformat {version} kann dieser Grader nicht lesen (er liest Format {known}); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>it prepares the answers&apos; text in a way this version of Grader does not know, the text normalisation {normalisation} (it knows {known}); update Grader, or get a fresh copy from whoever made it</source>
        <translation>es bereitet den Text der Antworten auf eine Weise vor, die diese Version von Grader nicht kennt, die Textnormalisierung {normalisation} (sie kennt {known}); aktualisieren Sie Grader oder holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>it asks for a decision rule this version of Grader does not know, {rule} (it knows {known}); update Grader, or get a fresh copy from whoever made it</source>
        <translation>es verlangt eine Entscheidungsregel, die diese Version von Grader nicht kennt, {rule} (sie kennt {known}); aktualisieren Sie Grader oder holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review threshold must be a number between 0 and 1, not {value}; get a fresh copy from whoever made it</source>
        <translation>seine Prüfschwelle (review threshold) muss eine Zahl zwischen 0 und 1 sein, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review field “qualified” must be true or false; get a fresh copy from whoever made it</source>
        <translation>sein Feld „qualified“ der Prüfung muss true oder false sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review coverage_at_threshold must be a number between 0 and 1, not {value}; get a fresh copy from whoever made it</source>
        <translation>sein Wert coverage_at_threshold der Prüfung muss eine Zahl zwischen 0 und 1 sein, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review target_error must be a number between 0 and 1, not {value}; get a fresh copy from whoever made it</source>
        <translation>sein Wert target_error der Prüfung muss eine Zahl zwischen 0 und 1 sein, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review table must be a list of rows; get a fresh copy from whoever made it</source>
        <translation>seine Risikotabelle der Prüfung muss eine Liste von Zeilen sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>each row of its review table must give threshold, coverage, error and error_upper as numbers between 0 and 1; get a fresh copy from whoever made it</source>
        <translation>jede Zeile seiner Risikotabelle muss threshold, coverage, error und error_upper als Zahlen zwischen 0 und 1 angeben; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} accepts answers, yet the bundle says no threshold qualified (every answer should come to you); its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>seine Prüfschwelle (review threshold) von {threshold} nimmt Antworten an, obwohl das Modellpaket angibt, dass keine Schwelle die Prüfung bestanden hat (jede Antwort sollte zu Ihnen kommen); sein Manifest wurde bearbeitet oder falsch erstellt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} is below every row of its own risk table, which says nothing about the answers it accepts; its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>seine Prüfschwelle (review threshold) von {threshold} liegt unter jeder Zeile seiner eigenen Risikotabelle, die daher nichts über die Antworten sagt, die es annimmt; sein Manifest wurde bearbeitet oder falsch erstellt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} accepts answers, yet no row of its own risk table keeps the error within its target of {target}; its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>seine Prüfschwelle (review threshold) von {threshold} nimmt Antworten an, obwohl keine Zeile seiner eigenen Risikotabelle den Fehler innerhalb seines Ziels von {target} hält; sein Manifest wurde bearbeitet oder falsch erstellt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its review threshold of {threshold} is below {point}, the lowest its own risk table supports at its target error of {target}; its manifest was edited or built wrongly; get a fresh copy from whoever made it</source>
        <translation>seine Prüfschwelle (review threshold) von {threshold} liegt unter {point}, dem niedrigsten Wert, den seine eigene Risikotabelle bei seiner Zielfehlerrate von {target} stützt; sein Manifest wurde bearbeitet oder falsch erstellt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest has a key that is not text, which no bundle manifest has; get a fresh copy from whoever made it</source>
        <translation>sein Manifest enthält einen Schlüssel, der kein Text ist, was kein Manifest eines Modellpakets hat; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest holds a value of type {type}, which is not JSON; get a fresh copy from whoever made it</source>
        <translation>sein Manifest enthält einen Wert vom Typ {type}, der kein JSON ist; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest.json is not a bundle manifest (it is not a JSON object); get a fresh copy from whoever made it</source>
        <translation>seine Datei manifest.json ist kein Manifest eines Modellpakets (sie ist kein JSON-Objekt); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest.json is not a complete bundle manifest (it has no “{key}” field); get a fresh copy from whoever made it</source>
        <translation>seine Datei manifest.json ist kein vollständiges Manifest eines Modellpakets (ihr fehlt das Feld „{key}“); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest.json is not a bundle manifest Grader can read (its field “{key}” should be a JSON {type}); get a fresh copy from whoever made it</source>
        <translation>seine Datei manifest.json ist kein Manifest eines Modellpakets, das Grader lesen kann (ihr Feld „{key}“ sollte vom JSON-Typ {type} sein); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its id {id} is not one Grader can keep as a file name; get a fresh copy from whoever made it (an id is up to 64 lower-case letters, digits, “.”, “_” or “-”)</source>
        <translation>seine ID {id} kann Grader nicht als Dateinamen verwenden; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (eine ID besteht aus bis zu 64 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“)</translation>
    </message>
    <message>
        <source>its id {id} is a name Windows keeps for a device, so Grader cannot keep it as a file name; get a fresh copy from whoever made it</source>
        <translation>seine ID {id} ist ein Name, den Windows für ein Gerät reserviert, daher kann Grader sie nicht als Dateinamen verwenden; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its title is empty; get a fresh copy from whoever made it</source>
        <translation>sein Titel ist leer; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its title is not one line of at most {most} characters without control characters; get a fresh copy from whoever made it</source>
        <translation>sein Titel ist nicht eine Zeile von höchstens {most} Zeichen ohne Steuerzeichen; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its labels must be a list of at least two numeric scores (at most {most}); get a fresh copy from whoever made it</source>
        <translation>seine Punktzahlen (labels) müssen eine Liste von mindestens zwei Zahlen sein (höchstens {most}); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its labels contain the same score twice; get a fresh copy from whoever made it</source>
        <translation>seine Punktzahlen (labels) enthalten dieselbe Punktzahl zweimal; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its calibration temperature must be a positive number from {low} to {high}, not {value}; get a fresh copy from whoever made it</source>
        <translation>seine Kalibrierungstemperatur muss eine positive Zahl von {low} bis {high} sein, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its {field} field is not a SHA-256 hex digest; get a fresh copy from whoever made it</source>
        <translation>sein Feld {field} ist keine SHA-256-Prüfsumme in Hexadezimalschreibweise; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its parameters field must be a count of parameters, not {value}; get a fresh copy from whoever made it</source>
        <translation>sein Feld parameters muss eine Anzahl von Parametern sein, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its question (item prompt) must be text; get a fresh copy from whoever made it</source>
        <translation>seine Frage (item prompt) muss Text sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its rubric must give each score a description in text; get a fresh copy from whoever made it</source>
        <translation>sein Bewertungsraster muss jeder Punktzahl eine Beschreibung als Text geben; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its reference answers must be a list of texts; get a fresh copy from whoever made it</source>
        <translation>seine Musterantworten müssen eine Liste von Texten sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its figure of the raters&apos; agreement (human_human_qwk) is {value}, where it must be a number from -1 to 1 or null; get a fresh copy from whoever made it</source>
        <translation>sein Wert für die Übereinstimmung der Bewertenden (human_human_qwk) ist {value}, muss aber eine Zahl von -1 bis 1 oder null sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its metrics for the {who} must be a table of figures, not {value}; get a fresh copy from whoever made it</source>
        <translation>seine Kennzahlen für {who} müssen eine Tabelle von Werten sein, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its metrics give {who} the {metric} {value}, where it must be a number from {low} to {high} or null; get a fresh copy from whoever made it</source>
        <translation>seine Kennzahlen geben {who} den Wert {value} für {metric}, er muss aber eine Zahl von {low} bis {high} oder null sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its metrics give {who} an answer count n of {value}, where it must be a whole number or null; get a fresh copy from whoever made it</source>
        <translation>seine Kennzahlen geben {who} die Antwortanzahl n {value}, sie muss aber eine ganze Zahl oder null sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its decision rule has a cutpoint that is not a finite number; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidungsregel hat einen Schwellenwert (cutpoint), der keine endliche Zahl ist; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its decision rule has a cutpoint too large to use, {value}; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidungsregel hat einen Schwellenwert (cutpoint), der zu groß ist, um ihn zu verwenden, {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its decision must be a table that names its rule, not {value}; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidung (decision) muss eine Tabelle sein, die ihre Regel nennt, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its decision names no rule (it should be one of {known}); get a fresh copy from whoever made it</source>
        <translation>seine Entscheidung (decision) nennt keine Regel (sie sollte eine von {known} sein); holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its argmax decision rule takes no cutpoints, yet it gives some; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidungsregel argmax nimmt keine Schwellenwerte (cutpoints), gibt aber welche an; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its expected-score decision rule needs its cutpoints as a list of {need} numbers, it has none; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidungsregel expected-score braucht ihre Schwellenwerte (cutpoints) als Liste von {need} Zahlen, hat aber keine; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its expected-score decision rule needs its cutpoints as a list of {need} numbers, not {value}; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidungsregel expected-score braucht ihre Schwellenwerte (cutpoints) als Liste von {need} Zahlen, nicht {value}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest.json is nested more than {most} levels deep, which no bundle manifest is; get a fresh copy from whoever made it</source>
        <translation>seine Datei manifest.json ist mehr als {most} Ebenen tief verschachtelt, was kein Manifest eines Modellpakets ist; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest.json holds text that is not valid Unicode; get a fresh copy from whoever made it</source>
        <translation>seine Datei manifest.json enthält Text, der kein gültiges Unicode ist; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its manifest.json holds a number too large to be finite (NaN or Infinity), which a manifest may not use; get a fresh copy from whoever made it</source>
        <translation>seine Datei manifest.json enthält eine Zahl, die zu groß ist, um endlich zu sein (NaN oder Infinity), was ein Manifest nicht verwenden darf; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its expected-score decision rule needs {need} cutpoints for {labels} scores, not {given}; get a fresh copy from whoever made it</source>
        <translation>seine Entscheidungsregel expected-score braucht {need} Schwellenwerte (cutpoints) für {labels} Punktzahlen, nicht {given}; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>its expected-score decision rule&apos;s cutpoints must be strictly increasing; get a fresh copy from whoever made it</source>
        <translation>die Schwellenwerte (cutpoints) seiner Entscheidungsregel expected-score müssen streng aufsteigend sein; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} changed while it was being added; add it again</source>
        <translation>{name} hat sich geändert, während es hinzugefügt wurde; fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>{name} could not be kept beside your own model of that id; add it again</source>
        <translation>{name} konnte nicht neben Ihrem eigenen Modell mit dieser ID gespeichert werden; fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>{name} is not one of your own models; only those can be removed</source>
        <translation>{name} ist keines Ihrer eigenen Modelle; nur diese können entfernt werden</translation>
    </message>
    <message>
        <source>the model in {name} does not match its recorded hash, so the file is damaged or was altered; get a fresh copy from whoever made it</source>
        <translation>Das Modell in {name} passt nicht zu seiner gespeicherten Prüfsumme, die Datei ist also beschädigt oder wurde verändert; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>the manifest in {name} does not match its recorded hash, so its scores, thresholds or calibration were altered or damaged; get a fresh copy from whoever made it, or rebuild the bundle</source>
        <translation>Das Manifest in {name} passt nicht zu seiner gespeicherten Prüfsumme, seine Punktwerte, Schwellen oder Kalibrierung wurden also verändert oder beschädigt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat, oder erstellen Sie das Modellpaket neu</translation>
    </message>
    <message>
        <source>{name} could not be tried out, so it was not added: Grader could not start the program that tries a model on test answers; add it again, and if that fails too, install Grader again or update it ({detail})</source>
        <translation>{name} konnte nicht ausprobiert werden und wurde daher nicht hinzugefügt: Grader konnte das Programm nicht starten, das ein Modell an Testantworten ausprobiert; fügen Sie es erneut hinzu, und wenn das wieder nicht gelingt, installieren Sie Grader neu oder aktualisieren Sie es ({detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that crashed, or needed more than {mb} MB of memory, on Grader&apos;s test answers, so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, das bei den Testantworten von Grader abgestürzt ist oder mehr als {mb} MB Arbeitsspeicher gebraucht hat, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model this version of Grader cannot load, so it was refused; update Grader, or get a fresh copy from whoever made it (onnxruntime: {detail})</source>
        <translation>{name} enthält ein Modell, das diese Version von Grader nicht laden kann, daher wurde es abgelehnt; aktualisieren Sie Grader oder holen Sie sich eine frische Kopie von der Person, die es erstellt hat (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that failed on one of Grader&apos;s test answers, so it was refused; get a fresh copy from whoever made it, or update Grader (onnxruntime: {detail})</source>
        <translation>{name} enthält ein Modell, das bei einer der Testantworten von Grader einen Fehler hatte, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat, oder aktualisieren Sie Grader (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that gives something other than numbers where scores should be, so it was refused; get a fresh copy from whoever made it (its output is of type {dtype})</source>
        <translation>{name} enthält ein Modell, das statt Punktzahlen etwas anderes als Zahlen gibt, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (seine Ausgabe hat den Typ {dtype})</translation>
    </message>
    <message>
        <source>{name} holds a model whose scores for test answer {answer} of {answers} are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, dessen Punktzahlen für Testantwort {answer} von {answers} sind keine Wahrscheinlichkeiten (NaN, unendlich, negativ, über 1 oder nicht 1 in der Summe), daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model whose scores for an empty answer are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, dessen Punktzahlen für eine leere Antwort sind keine Wahrscheinlichkeiten (NaN, unendlich, negativ, über 1 oder nicht 1 in der Summe), daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model whose scores for long answer {answer} of {answers} in a batch of test answers are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh copy from whoever made it</source>
        <translation>{name} enthält ein Modell, dessen Punktzahlen für die lange Antwort {answer} von {answers} in einer Reihe von Testantworten sind keine Wahrscheinlichkeiten (NaN, unendlich, negativ, über 1 oder nicht 1 in der Summe), daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} holds a model this version of Grader cannot load, so its answers were not scored: they are left for you, and your decisions are kept; update Grader, or get a fresh copy from whoever made it (onnxruntime: {detail})</source>
        <translation>{name} enthält ein Modell, das diese Version von Grader nicht laden kann, daher wurden seine Antworten nicht bewertet: diese bleiben Ihnen überlassen, und Ihre Entscheidungen bleiben erhalten; aktualisieren Sie Grader oder holen Sie sich eine frische Kopie von der Person, die es erstellt hat (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name} holds a model that failed while scoring answers, so Grader stopped it: the answers it had not scored are left for you, and your decisions are kept; get a fresh copy from whoever made it, or update Grader (onnxruntime: {detail})</source>
        <translation>{name} enthält ein Modell, das beim Bewerten der Antworten einen Fehler hatte, daher hat Grader es angehalten: die Antworten, die es noch nicht bewertet hatte, bleiben Ihnen überlassen, und Ihre Entscheidungen bleiben erhalten; holen Sie sich eine frische Kopie von der Person, die es erstellt hat, oder aktualisieren Sie Grader (onnxruntime: {detail})</translation>
    </message>
    <message>
        <source>{name}, the marks the model learned from, is missing</source>
        <translation>{name}, die Bewertungen, aus denen das Modell gelernt hat, fehlt</translation>
    </message>
    <message>
        <source>{name}, the marks the model learned from, cannot be read</source>
        <translation>{name}, die Bewertungen, aus denen das Modell gelernt hat, kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{name} is larger than a model&apos;s marks should be, so it was not read</source>
        <translation>{name} ist größer, als die Bewertungen eines Modells sein sollten, und wurde daher nicht gelesen</translation>
    </message>
    <message>
        <source>{name} is not the file of marks model {id} learned from (it was changed or replaced), so it was not used</source>
        <translation>{name} ist nicht die Datei der Bewertungen, aus denen das Modell {id} gelernt hat (sie wurde geändert oder ersetzt), und wurde daher nicht verwendet</translation>
    </message>
    <message>
        <source>{name} does not hold the marks of a model; make the model again from its marked sheet</source>
        <translation>{name} enthält nicht die Bewertungen eines Modells; erstellen Sie das Modell erneut aus seiner bewerteten Tabelle</translation>
    </message>
    <message>
        <source>{name} is an unsealed copy of {id}, the model that came with Grader: Grader keeps using its own, which is sealed and scores answers without you (an unsealed model takes none on its own); get a sealed copy from whoever made it</source>
        <translation>{name} ist eine Kopie ohne Siegel von {id}, dem Modell, das mit Grader geliefert wurde: Grader verwendet weiterhin sein eigenes, das versiegelt ist und Antworten ohne Sie bewertet (ein Modell ohne Siegel übernimmt keine Antwort selbst); besorgen Sie sich eine versiegelte Kopie bei der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>{name} was refused: its model took more than {seconds} seconds to score a batch of test answers, where a model of short answers needs a fraction of a second; ask whoever made it for a fixed copy</source>
        <translation>{name} wurde abgelehnt: sein Modell brauchte mehr als {seconds} Sekunden, um eine Reihe von Testantworten zu bewerten, wo ein Modell für Kurzantworten nur den Bruchteil einer Sekunde braucht; bitten Sie die Person, die es erstellt hat, um eine korrigierte Kopie</translation>
    </message>
    <message>
        <source>{name} was refused: its model copies or makes text ({op}), and Grader cannot limit the memory that takes; ask whoever made it for a model that only reads the answers&apos; text</source>
        <translation>{name} wurde abgelehnt: sein Modell kopiert oder erzeugt Text ({op}), und Grader kann den Speicher, den das braucht, nicht begrenzen; bitten Sie die Person, die es erstellt hat, um ein Modell, das den Text der Antworten nur liest</translation>
    </message>
    <message>
        <source>{name} was refused: its model holds a packed table that would be unpacked in memory before Grader could limit it; ask whoever made it to save the model without packed tables</source>
        <translation>{name} wurde abgelehnt: sein Modell enthält eine gepackte Tabelle, die im Arbeitsspeicher entpackt würde, bevor Grader ihn begrenzen kann; bitten Sie die Person, die es erstellt hat, das Modell ohne gepackte Tabellen zu speichern</translation>
    </message>
    <message>
        <source>the score column “{column}” of {name} is empty; give the column that holds the scores</source>
        <translation>Die Punktespalte „{column}“ von {name} ist leer; geben Sie die Spalte an, die die Punktzahlen enthält</translation>
    </message>
    <message>
        <source>every score in column “{column}” is {score}; a model needs answers with at least two different scores</source>
        <translation>Jede Punktzahl in der Spalte „{column}“ ist {score}; ein Modell braucht Antworten mit mindestens zwei verschiedenen Punktzahlen</translation>
    </message>
    <message>
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number; write each score as a number (such as 2 or 1.5), or clear the cell to leave that answer out, and learn again</source>
        <translation>Die Punktespalte „{column}“ enthält in Zeile {row} „{value}“, und das ist keine Zahl; schreiben Sie jede Punktzahl als Zahl (etwa 2 oder 1,5) oder leeren Sie die Zelle, um diese Antwort auszulassen, und lernen Sie erneut</translation>
    </message>
    <message numerus="yes">
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number (nor are %n more of its cells); write each score as a number (such as 2 or 1.5), or clear those cells to leave their answers out, and learn again</source>
        <translation>
            <numerusform>Die Punktespalte „{column}“ enthält in Zeile {row} „{value}“, und das ist keine Zahl (ebenso wenig wie %n weitere ihrer Zellen); schreiben Sie jede Punktzahl als Zahl (etwa 2 oder 1,5) oder leeren Sie diese Zellen, um ihre Antworten auszulassen, und lernen Sie erneut</numerusform>
            <numerusform>Die Punktespalte „{column}“ enthält in Zeile {row} „{value}“, und das ist keine Zahl (ebenso wenig wie %n weitere ihrer Zellen); schreiben Sie jede Punktzahl als Zahl (etwa 2 oder 1,5) oder leeren Sie diese Zellen, um ihre Antworten auszulassen, und lernen Sie erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number; give the column that holds numeric scores</source>
        <translation>Die Punktespalte „{column}“ enthält in Zeile {row} „{value}“, und das ist keine Zahl; geben Sie die Spalte an, die Punktzahlen als Zahlen enthält</translation>
    </message>
    <message>
        <source>the score column “{column}” of {name} holds no number, only words written instead of scores, such as “{value}” in row {row}, so there is nothing to learn from; give the column that holds the scores, or write each score as a number (such as 2 or 1.5) and learn again</source>
        <translation>Die Punktespalte „{column}“ von {name} enthält keine Zahl, nur Wörter anstelle von Punktzahlen, etwa „{value}“ in Zeile {row}, daher gibt es nichts zu lernen; geben Sie die Spalte an, die die Punktzahlen enthält, oder schreiben Sie jede Punktzahl als Zahl (etwa 2 oder 1,5) und lernen Sie erneut</translation>
    </message>
    <message>
        <source>the score column “{column}” of {name} reads empty because its formulas have no saved results (the program that wrote the file does not save them); open the file in Excel or LibreOffice, save it, and learn again</source>
        <translation>Die Punktespalte „{column}“ von {name} ist scheinbar leer, weil ihre Formeln keine gespeicherten Ergebnisse haben (das Programm, das die Datei geschrieben hat, speichert sie nicht); öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie und lernen Sie erneut</translation>
    </message>
    <message>
        <source>no column of {name} other than the scores holds text answers; make the models again and choose the column with the answers under “Which column holds the answers?”</source>
        <translation>Außer der Punktespalte enthält keine Spalte von {name} Antworttexte; erstellen Sie die Modelle erneut und wählen Sie die Spalte mit den Antworten unter „Welche Spalte enthält die Antworten?“</translation>
    </message>
    <message>
        <source>{name} has several answer columns ({columns}); make the models again and choose the one the scores are for under “Which column holds the answers?”</source>
        <translation>{name} hat mehrere Antwortspalten ({columns}); erstellen Sie die Modelle erneut und wählen Sie unter „Welche Spalte enthält die Antworten?“ die, zu der die Punktzahlen gehören</translation>
    </message>
    <message>
        <source>cannot write {file} into {folder}: {why}</source>
        <translation>{file} kann nicht in {folder} geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>question “{question}” of {name} cannot teach a model: {why}</source>
        <translation>Frage „{question}“ von {name} kann kein Modell lehren: {why}</translation>
    </message>
    <message>
        <source>no question of {name} can teach a model (question “{question}”: {why})</source>
        <translation>Keine Frage von {name} kann ein Modell lehren (Frage „{question}“: {why})</translation>
    </message>
    <message numerus="yes">
        <source>it has {marks} of the {need} marked answers a model needs before it can take any answer on its own; mark at least %n more answers of this question (another class&apos;s answers in the same sheet count too) and learn again</source>
        <translation>
            <numerusform>sie hat {marks} der {need} bewerteten Antworten, die ein Modell braucht, bevor es eine Antwort selbst übernehmen kann; bewerten Sie mindestens %n weitere Antwort dieser Frage (Antworten einer anderen Klasse in derselben Tabelle zählen auch) und lernen Sie erneut</numerusform>
            <numerusform>sie hat {marks} der {need} bewerteten Antworten, die ein Modell braucht, bevor es eine Antwort selbst übernehmen kann; bewerten Sie mindestens %n weitere Antworten dieser Frage (Antworten einer anderen Klasse in derselben Tabelle zählen auch) und lernen Sie erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>all its {marks} scored answers have the score {score}, so there is nothing to learn the difference from</source>
        <translation>alle ihre {marks} bewerteten Antworten haben die Punktzahl {score}, es gibt also keinen Unterschied, aus dem es lernen könnte</translation>
    </message>
    <message>
        <source>its score {score} in row {row} is far from its other scores ({low} to {high}); correct it, or clear the cell to leave that answer out, and learn again</source>
        <translation>ihre Punktzahl {score} in Zeile {row} liegt weit weg von ihren anderen Punktzahlen ({low} bis {high}); korrigieren Sie sie oder leeren Sie die Zelle, um diese Antwort auszulassen, und lernen Sie erneut</translation>
    </message>
    <message>
        <source>its score {score} in row {row} is far from its other scores (all {other}); correct it, or clear the cell to leave that answer out, and learn again</source>
        <translation>ihre Punktzahl {score} in Zeile {row} liegt weit weg von ihren anderen Punktzahlen (alle {other}); korrigieren Sie sie oder leeren Sie die Zelle, um diese Antwort auszulassen, und lernen Sie erneut</translation>
    </message>
    <message>
        <source>the model learned from its marks failed Grader&apos;s check ({detail}), so it was not added; your sheet and its marks are unchanged: check this question&apos;s marks there, or change one so that it learns anew, then learn again</source>
        <translation>das aus ihren Bewertungen gelernte Modell hat die Prüfung von Grader nicht bestanden ({detail}) und wurde daher nicht hinzugefügt; Ihre Tabelle und ihre Bewertungen bleiben unverändert: prüfen Sie dort die Bewertungen dieser Frage oder ändern Sie eine, damit es neu lernt, und lernen Sie dann erneut</translation>
    </message>
    <message>
        <source>Grader could not finish checking the model learned from its marks ({detail}), so it was not added; your sheet and its marks are unchanged and nothing is lost: learn again when the computer is less busy, and if it fails each time, install Grader again or update it</source>
        <translation>Grader konnte das aus ihren Bewertungen gelernte Modell nicht fertig prüfen ({detail}) und hat es daher nicht hinzugefügt; Ihre Tabelle und ihre Bewertungen bleiben unverändert, und nichts geht verloren: lernen Sie erneut, wenn der Computer weniger ausgelastet ist, und wenn es jedes Mal misslingt, installieren Sie Grader neu oder aktualisieren Sie es</translation>
    </message>
    <message numerus="yes">
        <source>the model of question {question} has learned from {marks} of the {need} marked answers a model needs before it can take any answer on its own, so it is not saved; mark at least %n more answers of this question, then save it again</source>
        <translation>
            <numerusform>Das Modell der Frage {question} hat aus {marks} der {need} bewerteten Antworten gelernt, die ein Modell braucht, bevor es eine Antwort selbst übernehmen kann, daher wird es nicht gespeichert; bewerten Sie mindestens %n weitere Antwort dieser Frage und speichern Sie es dann erneut</numerusform>
            <numerusform>Das Modell der Frage {question} hat aus {marks} der {need} bewerteten Antworten gelernt, die ein Modell braucht, bevor es eine Antwort selbst übernehmen kann, daher wird es nicht gespeichert; bewerten Sie mindestens %n weitere Antworten dieser Frage und speichern Sie es dann erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>question {question} has %n answers here, fewer than the {need} marked answers a model needs before it can take any answer on its own, so its model is not saved; to keep one, make models from a marked sheet that holds at least {need} marked answers of this question (the graded sheets of two classes in one, say)</source>
        <translation>
            <numerusform>Frage {question} hat hier %n Antwort, weniger als die {need} bewerteten Antworten, die ein Modell braucht, bevor es eine Antwort selbst übernehmen kann, daher wird ihr Modell nicht gespeichert; um eines zu behalten, erstellen Sie Modelle aus einer bewerteten Tabelle mit mindestens {need} bewerteten Antworten dieser Frage (etwa die bewerteten Tabellen zweier Klassen in einer)</numerusform>
            <numerusform>Frage {question} hat hier %n Antworten, weniger als die {need} bewerteten Antworten, die ein Modell braucht, bevor es eine Antwort selbst übernehmen kann, daher wird ihr Modell nicht gespeichert; um eines zu behalten, erstellen Sie Modelle aus einer bewerteten Tabelle mit mindestens {need} bewerteten Antworten dieser Frage (etwa die bewerteten Tabellen zweier Klassen in einer)</numerusform>
        </translation>
    </message>
    <message>
        <source>this sheet names no question, so a model saved from it would score every later sheet that names none, whatever its question; give the question a name (its wording, say) when you save the model</source>
        <translation>Diese Tabelle nennt keine Frage, daher würde ein daraus gespeichertes Modell jede spätere Tabelle ohne Frage bewerten, egal welche Frage sie hat; geben Sie der Frage beim Speichern des Modells einen Namen (etwa ihren Wortlaut)</translation>
    </message>
    <message>
        <source>{what} could not be saved to {name} yet (it is kept and tried again with your next change); check the disk has room and the file is not read-only</source>
        <translation>Noch nicht in {name} gespeichert: {what} (bleibt erhalten und wird bei Ihrer nächsten Änderung erneut versucht); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</translation>
    </message>
    <message>
        <source>this file is a gradebook for {system} (grades, not the students&apos; answers); open the sheet of the students&apos; answers instead</source>
        <translation>Diese Datei ist ein Notenbuch für {system} (Bewertungen, nicht die Antworten der Schülerinnen und Schüler); öffnen Sie stattdessen die Tabelle mit den Antworten der Schülerinnen und Schüler</translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions are kept but could not be saved to {name}; check the disk has room and the file is not read-only</source>
        <translation>
            <numerusform>Ihre Entscheidung bleibt erhalten, konnte aber nicht in {name} gespeichert werden (%n Entscheidung nicht gespeichert); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</numerusform>
            <numerusform>%n Ihrer Entscheidungen bleiben erhalten, konnten aber nicht in {name} gespeichert werden; prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>Vor dem Schließen von {name} konnte Folgendes nicht gespeichert werden: {what} ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist, öffnen Sie dann die Tabelle erneut und wiederholen Sie es</translation>
    </message>
    <message>
        <source>{what} could not be saved to {name} ({why}); the other changes are saved</source>
        <translation>Nicht in {name} gespeichert: {what} ({why}); die anderen Änderungen sind gespeichert</translation>
    </message>
    <message>
        <source>the project file {name} could not be written ({why}); check the disk has room and the file is not read-only</source>
        <translation>die Projektdatei {name} konnte nicht geschrieben werden ({why}); prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</translation>
    </message>
    <message>
        <source>{name} was deleted while open and could not be written again ({why}); your decisions are kept while Grader stays open: check the disk has room and the file is not read-only</source>
        <translation>{name} wurde gelöscht, während sie geöffnet war, und konnte nicht neu geschrieben werden ({why}); Ihre Entscheidungen bleiben erhalten, solange Grader geöffnet bleibt: prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</translation>
    </message>
    <message>
        <source>{name} was replaced by another file while open and could not be written again ({why}); your decisions are kept while Grader stays open: check the disk has room and the file is not read-only</source>
        <translation>{name} wurde durch eine andere Datei ersetzt, während sie geöffnet war, und konnte nicht neu geschrieben werden ({why}); Ihre Entscheidungen bleiben erhalten, solange Grader geöffnet bleibt: prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht schreibgeschützt ist</translation>
    </message>
    <message>
        <source>{name} was deleted while open; Grader wrote it again with every decision, nothing is lost</source>
        <translation>{name} wurde gelöscht, während sie geöffnet war; Grader hat sie mit allen Entscheidungen neu geschrieben, nichts ging verloren</translation>
    </message>
    <message>
        <source>{name} was replaced by another file while open; Grader left that file alone and saves your work in {recovered} beside it</source>
        <translation>{name} wurde durch eine andere Datei ersetzt, während sie geöffnet war; Grader hat diese Datei in Ruhe gelassen und speichert Ihre Arbeit daneben in {recovered}</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <source>the thresholds</source>
        <translation>die Schwellenwerte</translation>
    </message>
    <message>
        <source>the comment bank</source>
        <translation>die Kommentarsammlung</translation>
    </message>
    <message>
        <source>the blind-marking switch</source>
        <translation>der Schalter für anonymes Bewerten</translation>
    </message>
    <message>
        <source>{what} and {more}</source>
        <translation>{what} und {more}</translation>
    </message>
    <message>
        <source>no bundle at {name}; check the file name</source>
        <translation>Unter {name} gibt es kein Modell; prüfen Sie den Dateinamen</translation>
    </message>
    <message>
        <source>{name} is a folder, not a bundle file</source>
        <translation>{name} ist ein Ordner, keine Modelldatei</translation>
    </message>
    <message>
        <source>{name} cannot be read; check that the file is there and readable</source>
        <translation>{name} kann nicht gelesen werden; prüfen Sie, ob die Datei vorhanden und lesbar ist</translation>
    </message>
    <message>
        <source>{name} is not a readable bundle (not a zip file); get a fresh copy</source>
        <translation>{name} ist kein lesbares Modell (keine ZIP-Datei); besorgen Sie eine neue Kopie</translation>
    </message>
    <message>
        <source>{name} holds a model that does not read answers the way Grader gives them, so it was refused; get a fresh copy from whoever made it (its model should take one input named “text”, it takes {inputs})</source>
        <translation>{name} enthält ein Modell, das Antworten nicht so liest, wie Grader sie übergibt, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (das Modell sollte eine Eingabe namens „text“ haben, es hat {inputs})</translation>
    </message>
    <message numerus="yes">
        <source>{name} holds a model whose scores do not match the scores its manifest lists, so it was refused; get a fresh copy from whoever made it (its model gives %n scores per answer but its manifest lists {labels} labels)</source>
        <translation>
            <numerusform>{name} enthält ein Modell, dessen Punktzahlen nicht zu den Punktzahlen in seinem Manifest passen, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (das Modell gibt je Antwort %n Punktzahl, sein Manifest nennt aber {labels})</numerusform>
            <numerusform>{name} enthält ein Modell, dessen Punktzahlen nicht zu den Punktzahlen in seinem Manifest passen, daher wurde es abgelehnt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat (das Modell gibt je Antwort %n Punktzahlen, sein Manifest nennt aber {labels})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds a model that gives %n scores per answer but its manifest lists {labels} labels; get a fresh copy from whoever made it</source>
        <translation>
            <numerusform>{name} enthält ein Modell, das je Antwort %n Punktzahl gibt, obwohl sein Manifest {labels} nennt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</numerusform>
            <numerusform>{name} enthält ein Modell, das je Antwort %n Punktzahlen gibt, obwohl sein Manifest {labels} nennt; holen Sie sich eine frische Kopie von der Person, die es erstellt hat</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is damaged (a file inside cannot be read); get a fresh copy</source>
        <translation>{name} ist beschädigt (eine enthaltene Datei kann nicht gelesen werden); besorgen Sie eine neue Kopie</translation>
    </message>
</context>
<context>
    <name>ProblemAdvice</name>
    <message>
        <source>get a fresh copy from whoever made it</source>
        <translation>holen Sie sich eine frische Kopie von der Person, die es erstellt hat</translation>
    </message>
    <message>
        <source>get a fresh copy</source>
        <translation>besorgen Sie eine neue Kopie</translation>
    </message>
    <message>
        <source>ask whoever made it for a fixed copy</source>
        <translation>bitten Sie die Person, die es erstellt hat, um eine korrigierte Kopie</translation>
    </message>
    <message>
        <source>ask whoever made it for a model that only reads the answers&apos; text</source>
        <translation>bitten Sie die Person, die es erstellt hat, um ein Modell, das den Text der Antworten nur liest</translation>
    </message>
    <message>
        <source>ask whoever made it to save the model without packed tables</source>
        <translation>bitten Sie die Person, die es erstellt hat, das Modell ohne gepackte Tabellen zu speichern</translation>
    </message>
    <message>
        <source>add it again</source>
        <translation>fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>add it again, and if that fails too, install Grader again or update it</source>
        <translation>fügen Sie es erneut hinzu, und wenn das wieder nicht gelingt, installieren Sie Grader neu oder aktualisieren Sie es</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {item} — {title}</source>
        <translation>Frage {item} — {title}</translation>
    </message>
    <message>
        <source>Question {item}</source>
        <translation>Frage {item}</translation>
    </message>
    <message>
        <source>No model scores this question; you scored {reviewed}</source>
        <translation>Kein Modell bewertet diese Frage; Sie haben {reviewed} bewertet</translation>
    </message>
    <message numerus="yes">
        <source>You scored {reviewed}, and a model learned from your scores; %n were accepted automatically</source>
        <translation>
            <numerusform>Sie haben {reviewed} bewertet, und ein Modell hat aus Ihren Punktzahlen gelernt; %n wurde automatisch übernommen</numerusform>
            <numerusform>Sie haben {reviewed} bewertet, und ein Modell hat aus Ihren Punktzahlen gelernt; %n wurden automatisch übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>You reviewed none of them</source>
        <translation>Sie haben keine davon geprüft</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n; you changed the model&apos;s score on none of them</source>
        <translation>
            <numerusform>Sie haben %n geprüft und die Punktzahl des Modells dabei nicht geändert</numerusform>
            <numerusform>Sie haben %n geprüft und die Punktzahl des Modells bei keiner davon geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reviewed {reviewed}; you changed the model&apos;s score on %n of them</source>
        <translation>
            <numerusform>Sie haben {reviewed} geprüft und die Punktzahl des Modells bei %n davon geändert</numerusform>
            <numerusform>Sie haben {reviewed} geprüft und die Punktzahl des Modells bei %n davon geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were accepted automatically</source>
        <translation>
            <numerusform>; %n wurde automatisch übernommen</numerusform>
            <numerusform>; %n wurden automatisch übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still have no score</source>
        <translation>
            <numerusform>; %n hat noch keine Punktzahl</numerusform>
            <numerusform>; %n haben noch keine Punktzahl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers.</source>
        <translation>
            <numerusform>%n Antwort.</numerusform>
            <numerusform>%n Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n answers you decided, the model agreed with you on {share}.</source>
        <translation>
            <numerusform>Bei der einen Antwort, die Sie entschieden haben, stimmte das Modell in {share} mit Ihnen überein.</numerusform>
            <numerusform>Bei den %n Antworten, die Sie entschieden haben, stimmte das Modell in {share} mit Ihnen überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the {decided} answers you decided, %n had a score from the model before yours; on those the model agreed with you on {share}.</source>
        <translation>
            <numerusform>Von den {decided} Antworten, die Sie entschieden haben, hatte eine schon vor Ihnen eine Punktzahl des Modells; bei ihr stimmte das Modell in {share} mit Ihnen überein.</numerusform>
            <numerusform>Von den {decided} Antworten, die Sie entschieden haben, hatten %n schon vor Ihnen eine Punktzahl des Modells; bei ihnen stimmte das Modell in {share} mit Ihnen überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Grade report: {source}</source>
        <translation>Notenbericht: {source}</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Scores per student</source>
        <translation>Punktzahlen je Schüler</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Höchstpunktzahl</translation>
    </message>
    <message>
        <source>Made by Grader on this computer; no answer left it. “{open}” means the answer still needs a score from you; “{no_answer}” that the sheet has no answer of the student to that question; “—” under “{total}” that the total waits for a score still open.</source>
        <translation>Von Grader auf diesem Computer erstellt; keine Antwort hat ihn verlassen. „{open}“ heißt, dass die Antwort noch eine Punktzahl von Ihnen braucht; „{no_answer}“, dass die Tabelle keine Antwort des Schülers auf diese Frage enthält; „—“ unter „{total}“, dass die Summe noch auf eine offene Punktzahl wartet.</translation>
    </message>
    <message>
        <source>Rounded to whole percentages, so that equal counts show the same share, these add up to {total}.</source>
        <translation>Auf ganze Prozent gerundet, damit gleiche Anzahlen den gleichen Anteil zeigen, ergeben diese Anteile zusammen {total}.</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Student (names hidden)</source>
        <translation>Schüler (Namen verborgen)</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>[%n characters in all]</source>
        <translation>
            <numerusform>[%n Zeichen insgesamt]</numerusform>
            <numerusform>[%n Zeichen insgesamt]</numerusform>
        </translation>
    </message>
    <message>
        <source>(blank answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>Flagged: {flags}</source>
        <translation>Hinweis: {flags}</translation>
    </message>
    <message>
        <source>The model&apos;s likeliest score reaches the threshold, but the rest of its probability lies on scores far from it; please check it</source>
        <translation>Die wahrscheinlichste Punktzahl des Modells erreicht die Schwelle, aber der Rest seiner Wahrscheinlichkeit liegt auf Punktzahlen weit weg davon; bitte prüfen Sie sie</translation>
    </message>
    <message>
        <source>The model is not sure enough; please check it</source>
        <translation>Das Modell ist nicht sicher genug; bitte prüfen Sie sie</translation>
    </message>
    <message>
        <source>No model scores this question; you give the score</source>
        <translation>Kein Modell bewertet diese Frage; Sie vergeben die Punktzahl</translation>
    </message>
    <message>
        <source>Its question&apos;s model is scoring the sheet; this answer&apos;s score follows</source>
        <translation>Das Modell dieser Frage bewertet gerade die Tabelle; die Punktzahl dieser Antwort folgt</translation>
    </message>
    <message>
        <source>This question&apos;s model learns from your marks, your mark on this answer among them: its score for this answer is fitted to that mark, so agreeing with it checks nothing and it is not shown</source>
        <translation>Das Modell dieser Frage lernt aus Ihren Bewertungen, auch aus Ihrer Bewertung dieser Antwort: seine Punktzahl für diese Antwort ist an diese Bewertung angepasst; dass sie übereinstimmen, prüft also nichts, und sie wird nicht angezeigt</translation>
    </message>
    <message>
        <source>Model&apos;s probability per score: {scores}</source>
        <translation>Wahrscheinlichkeit des Modells je Punktzahl: {scores}</translation>
    </message>
    <message>
        <source>Waits for a score: it goes with the score you give this answer, and no export holds it until then.</source>
        <translation>Wartet auf eine Punktzahl: er gehört zu der Punktzahl, die Sie dieser Antwort geben, und bis dahin enthält ihn kein Export.</translation>
    </message>
    <message>
        <source>Q.</source>
        <comment>column title: short for “Question”, where the column is narrow</comment>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column title: short for “Model” (the model&apos;s score), where narrow</comment>
        <translation>Mod.</translation>
    </message>
    <message>
        <source>Conf.</source>
        <comment>column title: short for “Confidence”, where the column is narrow</comment>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Flags</source>
        <comment>column title: short for “Flags”, where the column is narrow</comment>
        <translation>Hinw.</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column title: short for “Status”, where the column is narrow</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Final</source>
        <comment>column title: short for “Final” (score), where the column is narrow</comment>
        <translation>Endg.</translation>
    </message>
    <message>
        <source>Comm.</source>
        <comment>column title: short for “Comment”, where the column is narrow</comment>
        <translation>Komm.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;All answers</source>
        <translation>A&amp;lle Antworten</translation>
    </message>
    <message>
        <source>&amp;Needs review</source>
        <translation>Zu &amp;prüfen</translation>
    </message>
    <message>
        <source>F&amp;lagged</source>
        <translation>Mit Hi&amp;nweis</translation>
    </message>
    <message>
        <source>&amp;Changed by you</source>
        <translation>Von Ihnen &amp;geändert</translation>
    </message>
    <message>
        <source>&amp;Decided by you</source>
        <translation>Von Ihnen &amp;entschieden</translation>
    </message>
    <message>
        <source>&amp;Identical, other scores</source>
        <translation>&amp;Identisch, andere Punktzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n scored by you</source>
        <translation>
            <numerusform>%n von Ihnen bewertet</numerusform>
            <numerusform>%n von Ihnen bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n wartet auf Sie</numerusform>
            <numerusform>%n warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-accepted</source>
        <translation>
            <numerusform>%n automatisch übernommen</numerusform>
            <numerusform>%n automatisch übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by you</source>
        <translation>
            <numerusform>%n von Ihnen bestätigt</numerusform>
            <numerusform>%n von Ihnen bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by you</source>
        <translation>
            <numerusform>%n von Ihnen geändert</numerusform>
            <numerusform>%n von Ihnen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the model that learns from your marks</source>
        <translation>
            <numerusform>%n wartet auf das Modell, das aus Ihren Bewertungen lernt</numerusform>
            <numerusform>%n warten auf das Modell, das aus Ihren Bewertungen lernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a model</source>
        <translation>
            <numerusform>%n ohne Modell</numerusform>
            <numerusform>%n ohne Modell</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to grade yet.</source>
        <translation>Noch keine Antworten zu bewerten.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message numerus="yes">
        <source>{scored} of %n answers scored</source>
        <translation>
            <numerusform>{scored} von %n Antwort bewertet</numerusform>
            <numerusform>{scored} von %n Antworten bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning from your marks… the summary follows when the model has scored the answers.</source>
        <translation>Lernt aus Ihren Bewertungen… die Zusammenfassung folgt, sobald das Modell die Antworten bewertet hat.</translation>
    </message>
    <message>
        <source>Go through the answers that need you, one at a time (Enter)</source>
        <translation>Die Antworten, die auf Sie warten, nacheinander durchgehen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <comment>filter: short for “All answers”; the same Alt+letter</comment>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;Changed</source>
        <comment>filter: short for “Changed by you”; the same Alt+letter</comment>
        <translation>&amp;Geändert</translation>
    </message>
    <message>
        <source>&amp;Decided</source>
        <comment>filter: short for “Decided by you”; the same Alt+letter</comment>
        <translation>&amp;Entschieden</translation>
    </message>
    <message>
        <source>D&amp;iffer</source>
        <comment>filter: short for “Identical, other scores”; the same Alt+letter</comment>
        <translation>Abwe&amp;ichend</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Which answers the table lists; the arrow keys choose another filter</source>
        <translation>Welche Antworten die Tabelle aufführt; mit den Pfeiltasten wählen Sie einen anderen Filter</translation>
    </message>
    <message>
        <source>Search students, answers, comments (Ctrl+F)</source>
        <translation>Schüler, Antworten, Kommentare suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the results</source>
        <translation>Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Results table</source>
        <translation>Ergebnistabelle</translation>
    </message>
    <message>
        <source>Scoring… the summary follows when every answer has its score.</source>
        <translation>Bewertung läuft… die Zusammenfassung folgt, sobald jede Antwort ihre Punktzahl hat.</translation>
    </message>
    <message numerus="yes">
        <source>Review %n answers</source>
        <translation>
            <numerusform>%n Antwort prüfen</numerusform>
            <numerusform>%n Antworten prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the grades…</source>
        <translation>Noten exportieren…</translation>
    </message>
    <message>
        <source>Every answer has a score: write the graded sheet or a report (Ctrl+E)</source>
        <translation>Jede Antwort hat eine Punktzahl: schreiben Sie die bewertete Tabelle oder einen Bericht (Strg+E)</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n answers</source>
        <translation>
            <numerusform>{shown} von %n Antwort angezeigt</numerusform>
            <numerusform>{shown} von %n Antworten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer needs you: every answer has its score. Export the grades with File ▸ Export… (Ctrl+E).</source>
        <translation>Keine Antwort wartet auf Sie: jede Antwort hat ihre Punktzahl. Exportieren Sie die Noten mit Datei ▸ Exportieren… (Strg+E).</translation>
    </message>
    <message>
        <source>Show the threshold panel</source>
        <translation>Schwellen-Bereich einblenden</translation>
    </message>
    <message>
        <source>The panel that sets how sure the model must be to take an answer on its own, beside the table</source>
        <translation>Der Bereich neben der Tabelle, in dem Sie festlegen, wie sicher das Modell sein muss, um eine Antwort selbst zu übernehmen</translation>
    </message>
    <message>
        <source>Hide the threshold panel</source>
        <translation>Schwellen-Bereich ausblenden</translation>
    </message>
    <message>
        <source>More room for the table: the students&apos; names and the columns&apos; titles whole in a narrow window</source>
        <translation>Mehr Platz für die Tabelle: die Namen der Schülerinnen und Schüler und die Spaltentitel ganz, auch in einem schmalen Fenster</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>score {score} for {student}</source>
        <translation>Punktzahl {score} für {student}</translation>
    </message>
    <message numerus="yes">
        <source>score {score} for %n answers in a group</source>
        <translation>
            <numerusform>Punktzahl {score} für %n Antwort einer Gruppe</numerusform>
            <numerusform>Punktzahl {score} für %n Antworten einer Gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score {score} given to %n answers in the group; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Punktzahl {score} für %n Antwort der Gruppe; rückgängig mit Strg+Z oder {menu}.</numerusform>
            <numerusform>Punktzahl {score} für %n Antworten der Gruppe; rückgängig mit Strg+Z oder {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave the answers in this group different scores ({scores}). Press {score} again to give all %n of them {score}; to change one answer alone, choose it with ↓ and pull it out with P.</source>
        <translation>
            <numerusform>Sie haben den Antworten dieser Gruppe unterschiedliche Punktzahlen gegeben ({scores}). Drücken Sie {score} noch einmal, um %n Antwort mit {score} zu bewerten; um eine Antwort einzeln zu ändern, wählen Sie sie mit ↓ und nehmen Sie sie mit P heraus.</numerusform>
            <numerusform>Sie haben den Antworten dieser Gruppe unterschiedliche Punktzahlen gegeben ({scores}). Drücken Sie {score} noch einmal, um alle %n mit {score} zu bewerten; um eine Antwort einzeln zu ändern, wählen Sie sie mit ↓ und nehmen Sie sie mit P heraus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This question&apos;s model learned from your mark on this answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to change yours.</source>
        <translation>Das Modell dieser Frage hat aus Ihrer Bewertung dieser Antwort gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um Ihre zu ändern.</translation>
    </message>
    <message>
        <source>This answer has no model score to accept; type the score instead.</source>
        <translation>Diese Antwort hat keine Punktzahl des Modells zum Übernehmen; geben Sie die Punktzahl selbst ein.</translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to all %n answers of the group.</source>
        <translation>
            <numerusform>Das Modell dieser Frage hat aus Ihrer Bewertung der typischen Antwort dieser Gruppe gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um sie der %n Antwort der Gruppe zu geben.</numerusform>
            <numerusform>Das Modell dieser Frage hat aus Ihrer Bewertung der typischen Antwort dieser Gruppe gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um sie allen %n Antworten der Gruppe zu geben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open that agree with the typical answer; the others, marked in the list, stay open for you to read.</source>
        <translation>
            <numerusform>Das Modell dieser Frage hat aus Ihrer Bewertung der typischen Antwort dieser Gruppe gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um sie der einen noch offenen Antwort der Gruppe zu geben, die mit der typischen Antwort übereinstimmt; die übrigen, in der Liste markiert, bleiben offen, damit Sie sie lesen.</numerusform>
            <numerusform>Das Modell dieser Frage hat aus Ihrer Bewertung der typischen Antwort dieser Gruppe gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um sie den %n noch offenen Antworten der Gruppe zu geben, die mit der typischen Antwort übereinstimmen; die übrigen, in der Liste markiert, bleiben offen, damit Sie sie lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open.</source>
        <translation>
            <numerusform>Das Modell dieser Frage hat aus Ihrer Bewertung der typischen Antwort dieser Gruppe gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um sie der einen noch offenen Antwort der Gruppe zu geben.</numerusform>
            <numerusform>Das Modell dieser Frage hat aus Ihrer Bewertung der typischen Antwort dieser Gruppe gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst, es gibt also keine eigene Punktzahl zum Übernehmen; geben Sie eine Punktzahl ein, um sie den %n noch offenen Antworten der Gruppe zu geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>You gave this answer {mine}; the model says {score}. Press Enter again to give it the model&apos;s {score}, or → to keep yours and go on.</source>
        <translation>Sie haben dieser Antwort {mine} gegeben; das Modell sagt {score}. Drücken Sie erneut die Eingabetaste, um ihr die {score} des Modells zu geben, oder →, um Ihre zu behalten und weiterzugehen.</translation>
    </message>
    <message>
        <source>This answer was pulled out of its group to be scored on its own: Ctrl+G gives its score to no other answer, and no score for the group reaches it.</source>
        <translation>Diese Antwort wurde aus ihrer Gruppe genommen, um einzeln bewertet zu werden: Strg+G überträgt ihre Punktzahl auf keine andere Antwort, und keine Punktzahl der Gruppe erreicht sie.</translation>
    </message>
    <message>
        <source>No other answer to this question is identical to this one.</source>
        <translation>Keine andere Antwort auf diese Frage ist mit dieser identisch.</translation>
    </message>
    <message>
        <source>Type a score for this answer first, then apply it to the identical answers.</source>
        <translation>Geben Sie zuerst eine Punktzahl für diese Antwort ein und übertragen Sie sie dann auf die identischen Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>Score {score} given to %n identical answers; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Punktzahl {score} für %n identische Antwort; rückgängig mit Strg+Z oder {menu}.</numerusform>
            <numerusform>Punktzahl {score} für %n identische Antworten; rückgängig mit Strg+Z oder {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n identical answers have score {score} already; nothing was changed.</source>
        <translation>
            <numerusform>Die %n identische Antwort hat bereits die Punktzahl {score}; es wurde nichts geändert.</numerusform>
            <numerusform>Alle %n identischen Antworten haben bereits die Punktzahl {score}; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer is not in a group; there is nothing to pull it out of.</source>
        <translation>Diese Antwort ist in keiner Gruppe; es gibt nichts, woraus man sie herausnehmen könnte.</translation>
    </message>
    <message>
        <source>pull {student} out of the group</source>
        <translation>{student} aus der Gruppe herausnehmen</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own; the group&apos;s score is taken off it: type its own score (← goes back to the other answer).</source>
        <translation>Die Antwort von {student} ist aus der Gruppe genommen und wird einzeln gezeigt; die Punktzahl der Gruppe wurde entfernt: tippen Sie ihre eigene Punktzahl (← geht zurück zur anderen Antwort).</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own; the group&apos;s score is taken off it: type its own score (← goes back to the group).</source>
        <translation>Die Antwort von {student} ist aus der Gruppe genommen und wird einzeln gezeigt; die Punktzahl der Gruppe wurde entfernt: tippen Sie ihre eigene Punktzahl (← geht zurück zur Gruppe).</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own: type its own score (← goes back to the other answer).</source>
        <translation>Die Antwort von {student} ist aus der Gruppe genommen und wird einzeln gezeigt: tippen Sie ihre eigene Punktzahl (← geht zurück zur anderen Antwort).</translation>
    </message>
    <message>
        <source>{student}&apos;s answer is out of the group and shown on its own: type its own score (← goes back to the group).</source>
        <translation>Die Antwort von {student} ist aus der Gruppe genommen und wird einzeln gezeigt: tippen Sie ihre eigene Punktzahl (← geht zurück zur Gruppe).</translation>
    </message>
    <message>
        <source>Suggested next: {reason}.</source>
        <translation>Nächster Vorschlag: {reason}.</translation>
    </message>
    <message>
        <source>Nothing else is left to decide in question {done}: on to question {question}.</source>
        <translation>In Frage {done} ist nichts anderes mehr zu entscheiden: weiter mit Frage {question}.</translation>
    </message>
    <message>
        <source>No suggestion here (Grader suggests what to mark next only for a question without a shipped model, while it has answers left): this is the next answer left to decide in this question.</source>
        <translation>Hier gibt es keinen Vorschlag (Grader schlägt nur bei Fragen ohne mitgeliefertes Modell vor, was als Nächstes zu bewerten ist, solange dort Antworten offen sind): dies ist die nächste noch zu entscheidende Antwort dieser Frage.</translation>
    </message>
    <message>
        <source>This is the last answer left to decide here.</source>
        <translation>Dies ist die letzte hier noch zu entscheidende Antwort.</translation>
    </message>
    <message>
        <source>Nothing left to suggest: every answer here is decided.</source>
        <translation>Nichts mehr vorzuschlagen: jede Antwort hier ist entschieden.</translation>
    </message>
    <message>
        <source>This answer is accepted with the model&apos;s score {score} without your review; the comment is saved with that score.</source>
        <translation>Diese Antwort wird ohne Ihre Prüfung mit der Punktzahl {score} des Modells übernommen; der Kommentar wird mit dieser Punktzahl gespeichert.</translation>
    </message>
    <message>
        <source>Saving the comment gives no score: the answer stays undecided and the comment goes with the score you give it next (Enter accepts the model&apos;s {score}); until then no export holds it.</source>
        <translation>Das Speichern des Kommentars vergibt keine Punktzahl: die Antwort bleibt unentschieden, und der Kommentar gehört zu der Punktzahl, die Sie ihr als Nächstes geben (Eingabe übernimmt die {score} des Modells); bis dahin enthält ihn kein Export.</translation>
    </message>
    <message>
        <source>The comment is saved with the score you type next.</source>
        <translation>Der Kommentar wird mit der Punktzahl gespeichert, die Sie als Nächstes eingeben.</translation>
    </message>
    <message>
        <source>comment on {student}</source>
        <translation>Kommentar zu {student}</translation>
    </message>
    <message>
        <source>⚠ The comment is saved, but the comment bank could not count its use: {problem}</source>
        <translation>⚠ Der Kommentar ist gespeichert, aber die Kommentarsammlung konnte seine Verwendung nicht zählen: {problem}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Rückgängig gemacht: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Wiederholt: {what}.</translation>
    </message>
</context>
<context>
    <name>ReviewEnd</name>
    <message>
        <source>the review is done</source>
        <translation>die Prüfung ist abgeschlossen</translation>
    </message>
    <message>
        <source>Export the grades… (Ctrl+E)</source>
        <translation>Noten exportieren… (Strg+E)</translation>
    </message>
    <message>
        <source>Write the graded sheet, a gradebook for your school&apos;s system or a printable report (File ▸ Export…)</source>
        <translation>Die bewertete Tabelle, ein Notenbuch für das System Ihrer Schule oder einen druckbaren Bericht schreiben (Datei ▸ Exportieren…)</translation>
    </message>
    <message numerus="yes">
        <source>✓ Every answer here is decided, but %n more answers in the sheet need you: press Esc to go back to the table and review them (Ctrl+2).</source>
        <translation>
            <numerusform>✓ Jede Antwort hier ist entschieden, aber %n weitere Antwort wartet noch auf Sie: drücken Sie Esc, um zur Tabelle zurückzukehren, und prüfen Sie sie (Strg+2).</numerusform>
            <numerusform>✓ Jede Antwort hier ist entschieden, aber %n weitere Antworten warten noch auf Sie: drücken Sie Esc, um zur Tabelle zurückzukehren, und prüfen Sie sie (Strg+2).</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Review done: every answer that needed you is decided. Next step: export the grades (File ▸ Export…, Ctrl+E). You can still go through the answers and change a score; Esc goes back to the table.</source>
        <translation>✓ Prüfung abgeschlossen: jede Antwort, die auf Sie wartete, ist entschieden. Nächster Schritt: die Noten exportieren (Datei ▸ Exportieren…, Strg+E). Sie können die Antworten weiter durchgehen und eine Punktzahl ändern; Esc führt zurück zur Tabelle.</translation>
    </message>
    <message>
        <source>✓ Keep what it learned: File ▸ Save as model…</source>
        <translation>✓ Gelerntes behalten: Datei ▸ Als Modell speichern…</translation>
    </message>
</context>
<context>
    <name>ReviewScale</name>
    <message>
        <source>This question&apos;s model scores it {scores}: no half points.</source>
        <translation>Das Modell dieser Frage bewertet sie mit {scores}: keine halben Punkte.</translation>
    </message>
    <message>
        <source>This question is {out_of} ({source}), in whole points; Change… beside the score buttons sets half points.</source>
        <translation>Diese Frage hat {out_of} ({source}), in ganzen Punkten; „Ändern…“ neben den Punktzahl-Schaltflächen erlaubt halbe Punkte.</translation>
    </message>
    <message>
        <source>Type the score&apos;s digits first, then the comma or point: 4, then “,”, then 5.</source>
        <translation>Tippen Sie zuerst die Ziffern der Punktzahl, dann das Komma oder den Punkt: 4, dann „,“, dann 5.</translation>
    </message>
    <message>
        <source>“{question}” is {out_of} from now on, in the review and in every export.</source>
        <translation>„{question}“ hat ab jetzt {out_of}, beim Prüfen und in jedem Export.</translation>
    </message>
</context>
<context>
    <name>ReviewSpeech</name>
    <message>
        <source>Review: nothing to review</source>
        <translation>Prüfung: nichts zu prüfen</translation>
    </message>
    <message>
        <source>No answer is waiting for you here; press Esc to go back to the table.</source>
        <translation>Hier wartet keine Antwort auf Sie; drücken Sie Esc, um zur Tabelle zurückzukehren.</translation>
    </message>
    <message>
        <source>Answers {first}–{last} of {count}: a group of {group}; {student}, answer {member} of the group, question {question}</source>
        <translation>Antworten {first}–{last} von {count}: eine Gruppe mit {group}; {student}, Antwort {member} der Gruppe, Frage {question}</translation>
    </message>
    <message numerus="yes">
        <source>{scored} of the group&apos;s %n answers are scored.</source>
        <translation>
            <numerusform>{scored} der %n Antwort der Gruppe ist bewertet.</numerusform>
            <numerusform>{scored} der %n Antworten der Gruppe sind bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the group&apos;s most typical answer.</source>
        <translation>Dies ist die typischste Antwort der Gruppe.</translation>
    </message>
    <message>
        <source>Answer {position} of {count}: {student}, question {question}</source>
        <translation>Antwort {position} von {count}: {student}, Frage {question}</translation>
    </message>
    <message>
        <source>The answer is blank.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message>
        <source>No model scores this answer.</source>
        <translation>Kein Modell bewertet diese Antwort.</translation>
    </message>
    <message>
        <source>The model gave no usable score.</source>
        <translation>Das Modell hat keine brauchbare Punktzahl gegeben.</translation>
    </message>
    <message>
        <source>The model suggests {score}, {percent} sure.</source>
        <translation>Das Modell schlägt {score} vor, zu {percent} sicher.</translation>
    </message>
    <message>
        <source>The model says {score}, {percent} sure.</source>
        <translation>Das Modell sagt {score}, zu {percent} sicher.</translation>
    </message>
    <message>
        <source>Your score: {score}.</source>
        <translation>Ihre Punktzahl: {score}.</translation>
    </message>
    <message>
        <source>Accepted with the model&apos;s score, without your review.</source>
        <translation>Mit der Punktzahl des Modells übernommen, ohne Ihre Prüfung.</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Kommentar: {comment}</translation>
    </message>
    <message>
        <source>Comment, waiting for the score you give next: {comment}</source>
        <translation>Kommentar, der auf die Punktzahl wartet, die Sie als Nächstes geben: {comment}</translation>
    </message>
    <message>
        <source>Flagged: {flags}.</source>
        <translation>Markiert: {flags}.</translation>
    </message>
    <message>
        <source>Question {question}: {text}</source>
        <translation>Frage {question}: {text}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>what the model learned from your marks</source>
        <translation>was das Modell aus Ihren Bewertungen gelernt hat</translation>
    </message>
    <message>
        <source>why every answer to this question comes to you</source>
        <translation>warum jede Antwort auf diese Frage zu Ihnen kommt</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Previous (←)</source>
        <translation>Vorherige (←)</translation>
    </message>
    <message>
        <source>Accept the model&apos;s score (Enter)</source>
        <translation>Punktzahl des Modells übernehmen (Eingabe)</translation>
    </message>
    <message>
        <source>Comment… (C)</source>
        <translation>Kommentar… (C)</translation>
    </message>
    <message>
        <source>Apply to the identical answers (Ctrl+G)</source>
        <translation>Auf identische Antworten übertragen (Strg+G)</translation>
    </message>
    <message>
        <source>Next suggested (N)</source>
        <translation>Nächster Vorschlag (N)</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>Nächste (→)</translation>
    </message>
    <message>
        <source>Back to the table (Esc)</source>
        <translation>Zurück zur Tabelle (Esc)</translation>
    </message>
    <message>
        <source>Previous answer (left arrow key)</source>
        <translation>Vorherige Antwort (Pfeiltaste links)</translation>
    </message>
    <message>
        <source>Next answer (right arrow key)</source>
        <translation>Nächste Antwort (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <source>keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Learning from your marks: {progress}</source>
        <translation>Lernt aus Ihren Bewertungen: {progress}</translation>
    </message>
    <message numerus="yes">
        <source>Learning from your %n earlier marks and {now} of this sheet: {progress}</source>
        <translation>
            <numerusform>Lernt aus Ihrer %n früheren Bewertung und {now} dieser Tabelle: {progress}</numerusform>
            <numerusform>Lernt aus Ihren %n früheren Bewertungen und {now} dieser Tabelle: {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning from {counted} of your %n earlier marks and {now} of this sheet: {progress}</source>
        <translation>
            <numerusform>Lernt aus {counted} Ihrer %n früheren Bewertung und {now} dieser Tabelle: {progress}</numerusform>
            <numerusform>Lernt aus {counted} Ihrer %n früheren Bewertungen und {now} dieser Tabelle: {progress}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>No answer is waiting for you here; press Esc to go back to the table.</source>
        <translation>Hier wartet keine Antwort auf Sie; drücken Sie Esc, um zur Tabelle zurückzukehren.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to all %n identical answers (Ctrl+G)</source>
        <translation>
            <numerusform>Auf die %n identische Antwort übertragen (Strg+G)</numerusform>
            <numerusform>Auf alle %n identischen Antworten übertragen (Strg+G)</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment for {student} only: {comment}</source>
        <translation>Kommentar nur für {student}: {comment}</translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n answers left to decide</source>
        <translation>
            <numerusform>{left} von %n Antwort noch zu entscheiden</numerusform>
            <numerusform>{left} von %n Antworten noch zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n left</source>
        <translation>
            <numerusform>{left} von %n offen</numerusform>
            <numerusform>{left} von %n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n wartet auf Sie</numerusform>
            <numerusform>%n warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers left already have a score a model accepted, which you may keep or change: they do not need you, and the status bar does not count them.</source>
        <translation>
            <numerusform>%n der offenen Antworten hat schon eine Punktzahl, die ein Modell übernommen hat; Sie können sie behalten oder ändern. Diese Antwort wartet nicht auf Sie, und die Statusleiste zählt sie nicht mit.</numerusform>
            <numerusform>%n der offenen Antworten haben schon eine Punktzahl, die ein Modell übernommen hat; Sie können sie behalten oder ändern. Diese Antworten warten nicht auf Sie, und die Statusleiste zählt sie nicht mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Done here</source>
        <translation>✓ Hier erledigt</translation>
    </message>
    <message>
        <source>✓ Review done</source>
        <translation>✓ Prüfung abgeschlossen</translation>
    </message>
    <message>
        <source>No answer here is left to decide; you can still go through them and change a score.</source>
        <translation>Hier ist keine Antwort mehr zu entscheiden; Sie können die Antworten weiter durchgehen und eine Punktzahl ändern.</translation>
    </message>
    <message>
        <source>Your place among the answers to review: a group of answers that look alike takes as many places as it has answers.</source>
        <translation>Ihre Stelle unter den zu prüfenden Antworten: eine Gruppe ähnlicher Antworten nimmt so viele Stellen ein, wie sie Antworten hat.</translation>
    </message>
    <message>
        <source>{first}–{last} of {count} to review</source>
        <translation>Antworten {first}–{last} von {count} zur Prüfung</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} von {count}</translation>
    </message>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} von {count}</translation>
    </message>
    <message numerus="yes">
        <source>Give all %n:</source>
        <translation>
            <numerusform>Die letzte bewerten:</numerusform>
            <numerusform>Alle %n bewerten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n answers</source>
        <translation>
            <numerusform>Eine Gruppe aus %n Antwort</numerusform>
            <numerusform>Eine Gruppe aus %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>{position} of {count} to review</source>
        <translation>Antwort {position} von {count} zur Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Gruppe aus %n</numerusform>
            <numerusform>Gruppe aus %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{scored} of {count} scored</source>
        <translation>{scored} von {count} bewertet</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Names and ids are hidden while you mark (blind marking: View menu, Ctrl+Shift+B)</source>
        <translation>Namen und IDs sind beim Bewerten verborgen (anonyme Bewertung: Menü Ansicht, Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <source>Give {score} to every open answer of the group</source>
        <translation>Jede offene Antwort der Gruppe mit {score} bewerten</translation>
    </message>
    <message>
        <source>Give {score}</source>
        <translation>Mit {score} bewerten</translation>
    </message>
    <message>
        <source>Grader chooses the next answer from what the model learned from your marks, so the answers here have no fixed order: this counts those left to decide.</source>
        <translation>Grader wählt die nächste Antwort nach dem, was das Modell aus Ihren Bewertungen gelernt hat, daher haben die Antworten hier keine feste Reihenfolge: dies zählt die noch zu entscheidenden.</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Kommentar: {comment}</translation>
    </message>
    <message>
        <source>the question the review moved on to</source>
        <translation>die Frage, zu der die Prüfung weitergegangen ist</translation>
    </message>
    <message>
        <source>Now question {number} of {total}: {question} (no answer left to decide).</source>
        <translation>Jetzt Frage {number} von {total}: {question} (keine Antwort mehr zu entscheiden).</translation>
    </message>
    <message numerus="yes">
        <source>Now question {number} of {total}: {question} (%n answers left to decide).</source>
        <translation>
            <numerusform>Jetzt Frage {number} von {total}: {question} (%n Antwort noch zu entscheiden).</numerusform>
            <numerusform>Jetzt Frage {number} von {total}: {question} (%n Antworten noch zu entscheiden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s probability:</source>
        <translation>Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>{scores} score (in a group, answers that differ stay open) · Enter accept the model&apos;s score · ←/→ or K/J previous/next · N next suggested · ↑/↓ choose in a group · P pull out of the group · C comment · Q whole question text · Ctrl+G apply to identical answers · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc back to the table</source>
        <translation>{scores} bewerten (in Gruppen bleiben Abweichende offen) · Eingabe Punktzahl des Modells übernehmen · ←/→ oder K/J zurück/weiter · N nächster Vorschlag · ↑/↓ in der Gruppe wählen · P herausnehmen · C Kommentar · Q ganzer Fragetext · Strg+G auf Identische · Strg+Z/Strg+Umschalt+Z rückgängig/wiederholen · Esc zur Tabelle</translation>
    </message>
    <message>
        <source>{scores} score · ↑/↓ choose in a group · Q whole question · every key: Help menu</source>
        <translation>{scores} bewerten · ↑/↓ in der Gruppe wählen · Q ganze Frage · alle Tasten: Menü Hilfe</translation>
    </message>
</context>
<context>
    <name>RiskPlot</name>
    <message>
        <source>takes none</source>
        <translation>übernimmt keine</translation>
    </message>
    <message>
        <source>takes none: every answer to you</source>
        <translation>übernimmt keine: jede Antwort kommt zu Ihnen</translation>
    </message>
    <message>
        <source>takes {share}, at most {wrong} wrong</source>
        <translation>übernimmt {share}, höchstens {wrong} falsch</translation>
    </message>
    <message>
        <source>takes {share}, ≤ {wrong} wrong</source>
        <translation>übernimmt {share}, ≤ {wrong} falsch</translation>
    </message>
    <message>
        <source>{share}, ≤ {wrong} wrong</source>
        <translation>{share}, ≤ {wrong} falsch</translation>
    </message>
    <message>
        <source>How many answers are accepted without you (across) against how often those could be wrong at most (up), from the model&apos;s calibration data. The ring marks the current threshold.</source>
        <translation>Wie viele Antworten ohne Sie übernommen werden (waagerecht) und wie viele davon höchstens falsch sein könnten (senkrecht), nach den Kalibrierdaten des Modells. Der Ring markiert die aktuelle Schwelle.</translation>
    </message>
    <message>
        <source>Risk and coverage plot</source>
        <translation>Diagramm zu Risiko und Abdeckung</translation>
    </message>
    <message>
        <source>No calibration data for this question</source>
        <translation>Keine Kalibrierdaten für diese Frage</translation>
    </message>
    <message>
        <source>No calibration data for these questions</source>
        <translation>Keine Kalibrierdaten für diese Fragen</translation>
    </message>
    <message>
        <source>↑ wrong among those taken, at most</source>
        <translation>↑ Falsche unter den übernommenen, höchstens</translation>
    </message>
    <message>
        <source>taken by the model →</source>
        <translation>vom Modell übernommen →</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message numerus="yes">
        <source>%n answers have a score above {top} (the highest: {highest}): choose at least {highest}, or change those scores first.</source>
        <translation>
            <numerusform>%n Antwort hat eine Punktzahl über {top} (die höchste: {highest}): wählen Sie mindestens {highest}, oder ändern Sie diese Punktzahl zuerst.</numerusform>
            <numerusform>%n Antworten haben eine Punktzahl über {top} (die höchste: {highest}): wählen Sie mindestens {highest}, oder ändern Sie diese Punktzahlen zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers have half points ({score}): keep half points, or change those scores first.</source>
        <translation>
            <numerusform>%n Antwort hat halbe Punkte ({score}): behalten Sie halbe Punkte bei, oder ändern Sie diese Punktzahl zuerst.</numerusform>
            <numerusform>%n Antworten haben halbe Punkte ({score}): behalten Sie halbe Punkte bei, oder ändern Sie diese Punktzahlen zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is this question out of?</source>
        <translation>Wie viele Punkte hat diese Frage?</translation>
    </message>
    <message>
        <source>“{question}” is {out_of} now ({source}). What is it out of?</source>
        <translation>„{question}“ hat jetzt {out_of} ({source}). Wie viele Punkte hat die Frage höchstens?</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Höchstpunktzahl</translation>
    </message>
    <message>
        <source>The review&apos;s buttons and keys, the graded sheet, the points, the students&apos; feedback, the report and the LMS files use it.</source>
        <translation>Die Schaltflächen und Tasten beim Prüfen, die bewertete Tabelle, die Punkte, die Rückmeldungen an die Schülerinnen und Schüler, der Bericht und die LMS-Dateien verwenden sie.</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>half points ({half})</source>
        <translation>halbe Punkte ({half})</translation>
    </message>
    <message>
        <source>½</source>
        <translation>½</translation>
    </message>
    <message>
        <source>Scores in half points, such as {score}</source>
        <translation>Punktzahlen in halben Punkten, etwa {score}</translation>
    </message>
</context>
<context>
    <name>ScaleWords</name>
    <message>
        <source>the model&apos;s scale</source>
        <translation>die Skala des Modells</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>as the sheet says</source>
        <translation>laut Tabelle</translation>
    </message>
    <message>
        <source>as the marks its model learned from</source>
        <translation>wie die Bewertungen, aus denen sein Modell gelernt hat</translation>
    </message>
    <message>
        <source>Grader&apos;s guess, as the sheet does not say</source>
        <translation>von Grader geschätzt, da die Tabelle es nicht angibt</translation>
    </message>
    <message>
        <source>out of {top}, in half points</source>
        <translation>max. {top} Punkte, in halben Punkten</translation>
    </message>
    <message>
        <source>out of {top}</source>
        <translation>max. {top} Punkte</translation>
    </message>
    <message numerus="yes">
        <source>Grader&apos;s guess, but your %n marks go no higher than {highest}; Change… sets it</source>
        <translation>
            <numerusform>von Grader geschätzt, aber Ihre %n Bewertung geht nicht über {highest} hinaus; Ändern… legt es fest</numerusform>
            <numerusform>von Grader geschätzt, aber Ihre %n Bewertungen gehen nicht über {highest} hinaus; Ändern… legt es fest</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader&apos;s guess from your highest mark so far; Change… sets it</source>
        <translation>von Grader nach Ihrer höchsten Bewertung geschätzt; Ändern… legt es fest</translation>
    </message>
    <message>
        <source>Grader&apos;s guess, as the sheet does not say; Change… sets it</source>
        <translation>von Grader geschätzt, da die Tabelle es nicht angibt; Ändern… legt es fest</translation>
    </message>
    <message>
        <source>type a score&apos;s digits one after another (1 then 0 for 10) and a comma or point for a half (4,5); Enter gives it at once</source>
        <translation>Tippen Sie die Ziffern einer Punktzahl nacheinander (1, dann 0 für 10) und für einen halben Punkt ein Komma oder einen Punkt (4,5); die Eingabetaste vergibt sie sofort</translation>
    </message>
    <message>
        <source>type a score&apos;s digits one after another (1 then 0 for 10); Enter gives it at once</source>
        <translation>Tippen Sie die Ziffern einer Punktzahl nacheinander (1, dann 0 für 10); die Eingabetaste vergibt sie sofort</translation>
    </message>
    <message>
        <source>type a comma or point after the digit for a half point (4,5); Enter gives it at once</source>
        <translation>Tippen Sie für einen halben Punkt nach der Ziffer ein Komma oder einen Punkt (4,5); die Eingabetaste vergibt sie sofort</translation>
    </message>
    <message>
        <source>{score} is not a score here: type a score from 0 to {top}, or set what this question is out of with Change… beside the score buttons</source>
        <translation>{score} ist hier keine Punktzahl: geben Sie eine Punktzahl von 0 bis {top} ein, oder legen Sie mit „Ändern…“ neben den Punktzahl-Schaltflächen fest, wie viele Punkte diese Frage hat</translation>
    </message>
    <message>
        <source>{score} is not a score for this question, which is {out_of} ({source}); Change… beside the score buttons sets another scale</source>
        <translation>{score} ist keine Punktzahl für diese Frage: sie hat {out_of} ({source}); „Ändern…“ neben den Punktzahl-Schaltflächen legt eine andere Skala fest</translation>
    </message>
    <message numerus="yes">
        <source>Nothing says what %n questions are out of ({questions}): each is exported on Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</source>
        <translation>
            <numerusform>Nirgends steht, wie viele Punkte %n Frage hat ({questions}): sie wird mit der Schätzung von Grader exportiert; „Ändern…“ neben den Punktzahl-Schaltflächen beim Prüfen legt es fest.</numerusform>
            <numerusform>Nirgends steht, wie viele Punkte %n Fragen haben ({questions}): jede wird mit der Schätzung von Grader exportiert; „Ändern…“ neben den Punktzahl-Schaltflächen beim Prüfen legt es fest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing says what %n questions are out of ({questions}): they are exported {out_of}, Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</source>
        <translation>
            <numerusform>Nirgends steht, wie viele Punkte %n Frage hat ({questions}): exportiert wird sie mit der Schätzung von Grader ({out_of}); „Ändern…“ neben den Punktzahl-Schaltflächen beim Prüfen legt es fest.</numerusform>
            <numerusform>Nirgends steht, wie viele Punkte %n Fragen haben ({questions}): exportiert werden sie mit der Schätzung von Grader ({out_of}); „Ändern…“ neben den Punktzahl-Schaltflächen beim Prüfen legt es fest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Set what this question is out of</source>
        <translation>Festlegen, wie viele Punkte diese Frage hat</translation>
    </message>
    <message>
        <source>(given)</source>
        <translation>(vergeben)</translation>
    </message>
    <message>
        <source>Typing: {score}…</source>
        <translation>Getippt: {score}…</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message numerus="yes">
        <source>Your %n decisions that could not be saved are in {name} after all.</source>
        <translation>
            <numerusform>Ihre Entscheidung, die nicht gespeichert werden konnte, ist jetzt doch in {name} gespeichert.</numerusform>
            <numerusform>Ihre %n Entscheidungen, die nicht gespeichert werden konnten, sind jetzt doch in {name} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: your %n decisions are saved.</source>
        <translation>
            <numerusform>Nichts verloren: jetzt gespeichert.</numerusform>
            <numerusform>Nichts verloren: alle %n gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: saved after all.</source>
        <translation>Nichts verloren: jetzt gespeichert.</translation>
    </message>
    <message>
        <source>The comment bank is saved in {name} after all.</source>
        <translation>Die Kommentarsammlung ist jetzt doch in {name} gespeichert.</translation>
    </message>
    <message>
        <source>The blind-marking setting is saved in {name} after all.</source>
        <translation>Die Einstellung für anonymes Bewerten ist jetzt doch in {name} gespeichert.</translation>
    </message>
    <message>
        <source>Nothing is lost: the scores are saved.</source>
        <translation>Nichts verloren: Punktzahlen sicher.</translation>
    </message>
    <message>
        <source>Nothing is lost: the thresholds are saved.</source>
        <translation>Nichts verloren: Schwellen sicher.</translation>
    </message>
    <message>
        <source>Nothing is lost: your comment is saved.</source>
        <translation>Nichts verloren: Kommentar sicher.</translation>
    </message>
    <message>
        <source>Nothing is lost: the comment bank is saved.</source>
        <translation>Nichts verloren: Kommentarsammlung sicher.</translation>
    </message>
    <message>
        <source>Nothing is lost: blind marking is saved.</source>
        <translation>Nichts verloren: anonymes Bewerten sicher.</translation>
    </message>
    <message>
        <source>Nothing is lost: saved in {recovered}.</source>
        <translation>Nichts verloren: gespeichert in {recovered}.</translation>
    </message>
    <message>
        <source>Nothing is lost: {name} is back.</source>
        <translation>Nichts verloren: {name} ist zurück.</translation>
    </message>
    <message numerus="yes">
        <source>your %n decisions</source>
        <translation>
            <numerusform>Ihre Entscheidung</numerusform>
            <numerusform>Ihre %n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in {name} after all: {what}.</source>
        <translation>Jetzt doch in {name} gespeichert: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n answers in {seconds} s</source>
        <translation>
            <numerusform>%n Antwort in {seconds} s bewertet</numerusform>
            <numerusform>%n Antworten in {seconds} s bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blank answers are left for you to decide</source>
        <translation>
            <numerusform>; über %n leere Antwort entscheiden Sie selbst</numerusform>
            <numerusform>; über %n leere Antworten entscheiden Sie selbst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring stopped: {scored} of %n answers have a score; the rest are yours to score.</source>
        <translation>
            <numerusform>Bewertung gestoppt: {scored} von %n Antwort hat eine Punktzahl; den Rest bewerten Sie selbst.</numerusform>
            <numerusform>Bewertung gestoppt: {scored} von %n Antworten haben eine Punktzahl; den Rest bewerten Sie selbst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scores could not be saved in the project file: {problem}</source>
        <translation>Die Punktzahlen konnten nicht in der Projektdatei gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>The scores are saved in {name} after all.</source>
        <translation>Die Punktzahlen sind jetzt doch in {name} gespeichert.</translation>
    </message>
    <message>
        <source>The threshold could not be saved: {problem}</source>
        <translation>Die Schwelle konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Not saved yet: {name} was replaced; keep Grader open.</source>
        <translation>Nicht gespeichert: {name} ersetzt; Grader offen lassen.</translation>
    </message>
    <message>
        <source>Not saved yet: {name} is gone; keep Grader open.</source>
        <translation>Nicht gespeichert: {name} fehlt; Grader offen lassen.</translation>
    </message>
    <message>
        <source>Not saved yet: {name} was replaced; keep Grader open or you lose {what}.</source>
        <translation>Nicht gespeichert: {name} ersetzt; Grader offen lassen, sonst verloren: {what}.</translation>
    </message>
    <message>
        <source>Not saved yet: {name} is gone; keep Grader open or you lose {what}.</source>
        <translation>Nicht gespeichert: {name} fehlt; Grader offen lassen, sonst verloren: {what}.</translation>
    </message>
</context>
<context>
    <name>ScoringStrip</name>
    <message>
        <source>Scoring…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <source>%v of %m answers</source>
        <translation>%v von %m Antworten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop scoring; the answers scored so far keep their scores</source>
        <translation>Bewertung anhalten; bereits bewertete Antworten behalten ihre Punktzahl</translation>
    </message>
    <message>
        <source>Scoring the answers…</source>
        <translation>Die Antworten werden bewertet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>SheetNotes</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>senkrechten Strich</translation>
    </message>
    <message>
        <source>quiz responses export</source>
        <translation>ein Export der Testantworten</translation>
    </message>
    <message>
        <source>assignment grading worksheet</source>
        <translation>eine Bewertungstabelle einer Aufgabe</translation>
    </message>
    <message>
        <source>test results download (by user)</source>
        <translation>ein Download der Testergebnisse (nach Benutzer)</translation>
    </message>
    <message>
        <source>test results download (by question and user)</source>
        <translation>ein Download der Testergebnisse (nach Frage und Benutzer)</translation>
    </message>
    <message>
        <source>quiz question details export</source>
        <translation>ein Export der Fragendetails eines Tests</translation>
    </message>
    <message>
        <source>quiz Student Analysis report</source>
        <translation>ein Student-Analysis-Bericht eines Tests</translation>
    </message>
    <message>
        <source>responses export</source>
        <translation>ein Export der Antworten</translation>
    </message>
    <message>
        <source>responses workbook</source>
        <translation>eine Arbeitsmappe mit den Antworten</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {separator}-separated text.</source>
        <translation>Als Text gelesen, getrennt durch {separator}.</translation>
    </message>
    <message>
        <source>Read as {encoding} text, {separator}-separated.</source>
        <translation>Als {encoding}-Text gelesen, getrennt durch {separator}.</translation>
    </message>
    <message>
        <source>Row {row} opens a quote that is never closed, so everything after it was read into one cell; add the missing closing quote in the file and open it again.</source>
        <translation>Zeile {row} öffnet ein Anführungszeichen, das nie geschlossen wird; daher wurde alles danach in eine Zelle gelesen. Ergänzen Sie das fehlende schließende Anführungszeichen in der Datei und öffnen Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Row {row} opens a quote that is closed only %n lines further down, so those lines (other students&apos; rows?) were read into row {row}, not as rows of their own; add the missing closing quote in the file and open it again.</source>
        <translation>
            <numerusform>Zeile {row} öffnet ein Anführungszeichen, das erst in der nächsten Zeile geschlossen wird; daher wurde diese Zeile (die einer anderen Schülerin oder eines anderen Schülers?) in Zeile {row} gelesen, nicht als eigene Zeile. Ergänzen Sie das fehlende schließende Anführungszeichen in der Datei und öffnen Sie sie erneut.</numerusform>
            <numerusform>Zeile {row} öffnet ein Anführungszeichen, das erst %n Zeilen weiter unten geschlossen wird; daher wurden diese Zeilen (die anderer Schülerinnen und Schüler?) in Zeile {row} gelesen, nicht als eigene Zeilen. Ergänzen Sie das fehlende schließende Anführungszeichen in der Datei und öffnen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells of the table show an Excel error instead of a value ({cells}), read as that text; an answer typed beginning with =, + or - becomes a formula in Excel: put an apostrophe before it there (the formula bar shows the student&apos;s words), save, and open the sheet again.</source>
        <translation>
            <numerusform>%n Zelle der Tabelle zeigt einen Excel-Fehler statt eines Werts ({cells}) und wird als dieser Text gelesen; eine Antwort, die mit =, + oder - beginnt, wird in Excel zur Formel: setzen Sie dort einen Apostroph davor (die Bearbeitungsleiste zeigt die Worte der Schülerin oder des Schülers), speichern Sie und öffnen Sie die Tabelle erneut.</numerusform>
            <numerusform>%n Zellen der Tabelle zeigen einen Excel-Fehler statt eines Werts ({cells}) und werden als dieser Text gelesen; eine Antwort, die mit =, + oder - beginnt, wird in Excel zur Formel: setzen Sie dort einen Apostroph davor (die Bearbeitungsleiste zeigt die Worte der Schülerin oder des Schülers), speichern Sie und öffnen Sie die Tabelle erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell, in row {row}: it may still have been being saved or copied, so its last answer may be cut short; if so, wait until the file is complete and open it again.</source>
        <translation>Die Datei endet mitten in einer Zelle in Anführungszeichen, in Zeile {row}: Sie wurde vielleicht noch gespeichert oder kopiert, daher kann ihre letzte Antwort abgeschnitten sein. Warten Sie in diesem Fall, bis die Datei vollständig ist, und öffnen Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n NUL characters (invisible control characters) from the text.</source>
        <translation>
            <numerusform>%n NUL-Zeichen (unsichtbares Steuerzeichen) aus dem Text entfernt.</numerusform>
            <numerusform>%n NUL-Zeichen (unsichtbare Steuerzeichen) aus dem Text entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file are not UTF-8 and were read as Windows-1252 ({lines}); check the accented letters there.</source>
        <translation>
            <numerusform>%n Zeile der Datei ist kein UTF-8 und wurde als Windows-1252 gelesen ({lines}); prüfen Sie dort die Umlaute und Akzente.</numerusform>
            <numerusform>%n Zeilen der Datei sind kein UTF-8 und wurden als Windows-1252 gelesen ({lines}); prüfen Sie dort die Umlaute und Akzente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not saved as UTF-8, so Grader guessed that its accented letters are {encoding} (as Excel for Mac or MS-DOS saves a CSV); if any look wrong, save the sheet as “CSV UTF-8” in Excel and open that.</source>
        <translation>Diese Datei ist nicht als UTF-8 gespeichert, daher hat Grader ihre Umlaute und Akzente als {encoding} gelesen (so speichern Excel für Mac und MS-DOS eine CSV-Datei); sieht ein Buchstabe falsch aus, speichern Sie die Tabelle in Excel als „CSV UTF-8“ und öffnen Sie diese.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows below the header that only label its columns as survey tools export them (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>%n Zeile unter der Kopfzeile ausgelassen, die nur deren Spalten beschriftet, wie Umfrage-Tools sie exportieren (Zeile {rows}): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie unverändert.</numerusform>
            <numerusform>%n Zeilen unter der Kopfzeile ausgelassen, die nur deren Spalten beschriften, wie Umfrage-Tools sie exportieren (Zeilen {rows}): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n total rows of Excel tables {tables} (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them where they were.</source>
        <translation>
            <numerusform>Die Ergebniszeile der Excel-Tabelle {tables} ausgelassen (Zeile {rows}): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie an ihrem Platz.</numerusform>
            <numerusform>%n Ergebniszeilen der Excel-Tabellen {tables} ausgelassen (Zeilen {rows}): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie an ihrem Platz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n title rows above the header (row {row}).</source>
        <translation>
            <numerusform>%n Titelzeile über der Kopfzeile übersprungen (Zeile {row}).</numerusform>
            <numerusform>%n Titelzeilen über der Kopfzeile übersprungen (Zeile {row}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed columns with an empty or repeated header: {names}.</source>
        <translation>Spalten mit leerer oder doppelter Überschrift umbenannt: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have more fields than the header row (an answer with an unquoted comma?): rows {rows}; the extra fields are in {columns}.</source>
        <translation>
            <numerusform>%n Zeile hat mehr Felder als die Kopfzeile (eine Antwort mit einem Komma ohne Anführungszeichen?): Zeile {rows}; die zusätzlichen Felder stehen in {columns}.</numerusform>
            <numerusform>%n Zeilen haben mehr Felder als die Kopfzeile (eine Antwort mit einem Komma ohne Anführungszeichen?): Zeilen {rows}; die zusätzlichen Felder stehen in {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Used sheet “{title}” of {count}.</source>
        <translation>Arbeitsblatt „{title}“ von {count} verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the sheet are hidden or filtered out (rows {rows}); they are graded and exported like the others, and the graded workbook keeps them hidden.</source>
        <translation>
            <numerusform>%n Zeile der Tabelle ist ausgeblendet oder herausgefiltert (Zeile {rows}); sie wird wie die anderen bewertet und exportiert, und die bewertete Tabelle lässt sie ausgeblendet.</numerusform>
            <numerusform>%n Zeilen der Tabelle sind ausgeblendet oder herausgefiltert (Zeilen {rows}); sie werden wie die anderen bewertet und exportiert, und die bewertete Tabelle lässt sie ausgeblendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranges of cells are merged down over several rows ({ranges}), so each of those rows reads the merged cell&apos;s text (rows {rows}); if those students answered separately, unmerge the cells in Excel, type each one&apos;s answer, and open the sheet again.</source>
        <translation>
            <numerusform>%n Zellbereich ist über mehrere Zeilen verbunden ({ranges}), daher liest jede dieser Zeilen den Text der verbundenen Zelle (Zeilen {rows}); falls diese Schülerinnen und Schüler getrennt geantwortet haben, heben Sie den Zellverbund in Excel auf, tragen Sie jede Antwort ein und öffnen Sie die Tabelle erneut.</numerusform>
            <numerusform>%n Zellbereiche sind über mehrere Zeilen verbunden ({ranges}), daher liest jede dieser Zeilen den Text ihrer verbundenen Zelle (Zeilen {rows}); falls diese Schülerinnen und Schüler getrennt geantwortet haben, heben Sie den Zellverbund in Excel auf, tragen Sie jede Antwort ein und öffnen Sie die Tabelle erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns of the sheet are hidden ({columns}); they are read like the others, and the graded workbook keeps them hidden.</source>
        <translation>
            <numerusform>%n Spalte der Tabelle ist ausgeblendet ({columns}); sie wird wie die anderen gelesen, und die bewertete Tabelle lässt sie ausgeblendet.</numerusform>
            <numerusform>%n Spalten der Tabelle sind ausgeblendet ({columns}); sie werden wie die anderen gelesen, und die bewertete Tabelle lässt sie ausgeblendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n cells far away from the table ({cells}).</source>
        <translation>
            <numerusform>%n Zelle weit entfernt von der Tabelle ausgelassen ({cells}).</numerusform>
            <numerusform>%n Zellen weit entfernt von der Tabelle ausgelassen ({cells}).</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like {export} from {system}; the columns are mapped for you.</source>
        <translation>Das ist offenbar {export} aus {system}; die Spalten sind für Sie zugeordnet.</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} oder {other}</translation>
    </message>
    <message numerus="yes">
        <source>%n cells in column “{column}” (rows {rows}) are dates that Excel made from what was typed: {shown}, as Grader reads it, may have been typed as {typed}. Check those answers in the sheet; to keep answers such as 3/4 as typed, format the column as Text in Excel before they are typed.</source>
        <translation>
            <numerusform>%n Zelle der Spalte „{column}“ (Zeile {rows}) ist ein Datum, das Excel aus der Eingabe gemacht hat: {shown}, wie Grader es liest, wurde vielleicht als {typed} eingegeben. Prüfen Sie diese Antworten in der Tabelle; damit Antworten wie 3/4 so bleiben, wie sie eingegeben werden, formatieren Sie die Spalte in Excel als Text, bevor sie eingegeben werden.</numerusform>
            <numerusform>%n Zellen der Spalte „{column}“ (Zeilen {rows}) sind Daten, die Excel aus der Eingabe gemacht hat: {shown}, wie Grader es liest, wurde vielleicht als {typed} eingegeben. Prüfen Sie diese Antworten in der Tabelle; damit Antworten wie 3/4 so bleiben, wie sie eingegeben werden, formatieren Sie die Spalte in Excel als Text, bevor sie eingegeben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question “{question}” has %n answers marked {scores} (rows {rows}), which are not on the scale of its other marks ({scale}): they are left out of learning. Correct them, or give such marks to at least {few} answers if they belong to your scale, and learn again.</source>
        <translation>
            <numerusform>Bei der Frage „{question}“ ist %n Antwort mit {scores} bewertet (Zeile {rows}); das liegt nicht auf der Skala ihrer übrigen Bewertungen ({scale}), daher wird sie beim Lernen ausgelassen. Korrigieren Sie sie, oder vergeben Sie solche Bewertungen an mindestens {few} Antworten, wenn sie zu Ihrer Skala gehören, und lernen Sie erneut.</numerusform>
            <numerusform>Bei der Frage „{question}“ sind %n Antworten mit {scores} bewertet (Zeilen {rows}); das liegt nicht auf der Skala ihrer übrigen Bewertungen ({scale}), daher werden sie beim Lernen ausgelassen. Korrigieren Sie sie, oder vergeben Sie solche Bewertungen an mindestens {few} Antworten, wenn sie zu Ihrer Skala gehören, und lernen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read {spellings} as one question, “{name}”.</source>
        <translation>{spellings} wurden als eine Frage gelesen, „{name}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with an empty cell in column “{column}” were read as the question above them (rows {rows}).</source>
        <translation>
            <numerusform>%n Zeile mit leerer Zelle in der Spalte „{column}“ wurde als die Frage darüber gelesen (Zeile {rows}).</numerusform>
            <numerusform>%n Zeilen mit leerer Zelle in der Spalte „{column}“ wurden als die Frage darüber gelesen (Zeilen {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that sum up the marks (a total or an average), not an answer&apos;s score (rows {rows}).</source>
        <translation>
            <numerusform>%n Zeile wurde ausgelassen, die die Punkte zusammenfasst (eine Summe oder ein Durchschnitt) und keine Bewertung einer Antwort ist (Zeile {rows}).</numerusform>
            <numerusform>%n Zeilen wurden ausgelassen, die die Punkte zusammenfassen (eine Summe oder ein Durchschnitt) und keine Bewertung einer Antwort sind (Zeilen {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet was graded with Grader before.</source>
        <translation>Diese Tabelle wurde schon einmal mit Grader bewertet.</translation>
    </message>
    <message>
        <source>This sheet was graded with Grader before and holds no decisions of yours.</source>
        <translation>Diese Tabelle wurde schon einmal mit Grader bewertet und enthält keine Entscheidungen von Ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>This sheet was graded with Grader before: %n final scores typed into the sheet are taken as your decisions where they are scores of their questions.</source>
        <translation>
            <numerusform>Diese Tabelle wurde schon einmal mit Grader bewertet: %n in die Tabelle eingetragene Endbewertung wird als Ihre Entscheidung übernommen, wenn sie eine Punktzahl ihrer Frage ist.</numerusform>
            <numerusform>Diese Tabelle wurde schon einmal mit Grader bewertet: %n in die Tabelle eingetragene Endbewertungen werden als Ihre Entscheidungen übernommen, soweit sie Punktzahlen ihrer Fragen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sheet was graded with Grader before: your %n earlier decisions are kept.</source>
        <translation>
            <numerusform>Diese Tabelle wurde schon einmal mit Grader bewertet: Ihre %n frühere Entscheidung bleibt erhalten.</numerusform>
            <numerusform>Diese Tabelle wurde schon einmal mit Grader bewertet: Ihre %n früheren Entscheidungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model scores the other answers again.</source>
        <translation>Das Modell bewertet die anderen Antworten neu.</translation>
    </message>
    <message>
        <source>The model scores its answers again.</source>
        <translation>Das Modell bewertet ihre Antworten neu.</translation>
    </message>
    <message>
        <source>The model chosen for each question scores the other answers.</source>
        <translation>Das für jede Frage gewählte Modell bewertet die anderen Antworten.</translation>
    </message>
    <message>
        <source>The model chosen for each question scores its answers.</source>
        <translation>Das für jede Frage gewählte Modell bewertet ihre Antworten.</translation>
    </message>
    <message>
        <source>The other answers are scored by the model chosen for their question; those of questions without a model wait for you.</source>
        <translation>Die anderen Antworten bewertet das für ihre Frage gewählte Modell; die Antworten von Fragen ohne Modell warten auf Sie.</translation>
    </message>
    <message>
        <source>Its answers are scored by the model chosen for their question; those of questions without a model wait for you.</source>
        <translation>Ihre Antworten bewertet das für ihre Frage gewählte Modell; die Antworten von Fragen ohne Modell warten auf Sie.</translation>
    </message>
    <message>
        <source>No model is chosen, so the other answers wait for you to score them.</source>
        <translation>Es ist kein Modell gewählt, daher warten die anderen Antworten darauf, dass Sie sie bewerten.</translation>
    </message>
    <message>
        <source>No model is chosen, so its answers wait for you to score them.</source>
        <translation>Es ist kein Modell gewählt, daher warten ihre Antworten darauf, dass Sie sie bewerten.</translation>
    </message>
    <message>
        <source>{model}, the model that scored question “{question}” before, is not installed: add it to your models to score that question&apos;s other answers as before.</source>
        <translation>{model}, das Modell, das die Frage „{question}“ damals bewertet hat, ist nicht installiert: fügen Sie es Ihren Modellen hinzu, um die anderen Antworten dieser Frage wie damals zu bewerten.</translation>
    </message>
    <message>
        <source>The installed {model} is not the version that scored question “{question}” before, so some of its scores may differ from those in the sheet.</source>
        <translation>Das installierte {model} ist nicht die Version, die die Frage „{question}“ damals bewertet hat; einige seiner Punktzahlen können daher von denen in der Tabelle abweichen.</translation>
    </message>
    <message>
        <source>The installed {model} is not the version that scored question “{question}” before, so it is not chosen for that question again: its scores may differ from those in the sheet.</source>
        <translation>Das installierte {model} ist nicht die Version, die die Frage „{question}“ damals bewertet hat, daher ist es für diese Frage nicht wieder gewählt: seine Punktzahlen können von denen in der Tabelle abweichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), not written answers; tick them to grade them here too.</source>
        <translation>
            <numerusform>%n Fragenspalte ist nicht angehakt ({columns}): ihre Antworten sind nur vorgegebene Antworten oder Zahlen (Multiple Choice, wahr/falsch, numerisch), keine geschriebenen Antworten; haken Sie sie an, um sie auch hier zu bewerten.</numerusform>
            <numerusform>%n Fragenspalten sind nicht angehakt ({columns}): ihre Antworten sind nur vorgegebene Antworten oder Zahlen (Multiple Choice, wahr/falsch, numerisch), keine geschriebenen Antworten; haken Sie sie an, um sie auch hier zu bewerten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; tick them to grade them here too.</source>
        <translation>
            <numerusform>%n Fragenspalte ist nicht angehakt ({columns}): ihre Antworten sind nur vorgegebene Antworten oder Zahlen (Multiple Choice, wahr/falsch, numerisch), die Ihre Lernplattform selbst bewertet; haken Sie sie an, um sie auch hier zu bewerten.</numerusform>
            <numerusform>%n Fragenspalten sind nicht angehakt ({columns}): ihre Antworten sind nur vorgegebene Antworten oder Zahlen (Multiple Choice, wahr/falsch, numerisch), die Ihre Lernplattform selbst bewertet; haken Sie sie an, um sie auch hier zu bewerten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{question}: %n different questions</source>
        <translation>
            <numerusform>{question}: %n Frage</numerusform>
            <numerusform>{question}: %n verschiedene Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions of this quiz are random questions: different students were given different questions there ({questions}). Grader grades each of them as one question all the same, with one scale and one model, and groups alike answers together even where they answer different questions. To grade each question a student was given on its own, make a sheet with one row per answer and a column that names its question, and open that instead.</source>
        <translation>
            <numerusform>%n Frage dieses Tests ist eine Zufallsfrage: verschiedene Schülerinnen und Schüler haben dort verschiedene Fragen bekommen ({questions}). Grader bewertet sie trotzdem als eine einzige Frage, mit einer Skala und einem Modell, und fasst gleichlautende Antworten zusammen, auch wo sie verschiedene Fragen beantworten. Um jede Frage, die jemand bekommen hat, für sich zu bewerten, legen Sie eine Tabelle mit einer Zeile je Antwort und einer Spalte an, die ihre Frage nennt, und öffnen Sie stattdessen diese.</numerusform>
            <numerusform>%n Fragen dieses Tests sind Zufallsfragen: verschiedene Schülerinnen und Schüler haben dort verschiedene Fragen bekommen ({questions}). Grader bewertet jede davon trotzdem als eine einzige Frage, mit einer Skala und einem Modell, und fasst gleichlautende Antworten zusammen, auch wo sie verschiedene Fragen beantworten. Um jede Frage, die jemand bekommen hat, für sich zu bewerten, legen Sie eine Tabelle mit einer Zeile je Antwort und einer Spalte an, die ihre Frage nennt, und öffnen Sie stattdessen diese.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>Zeilen {rows}</translation>
    </message>
    <message>
        <source>{student} (rows {rows})</source>
        <translation>{student} (Zeilen {rows})</translation>
    </message>
    <message numerus="yes">
        <source>%n students are in this sheet more than once, under the same email address, username or id (a second attempt, or a form sent twice): {students}.</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler steht mehr als einmal in dieser Tabelle, unter derselben E-Mail-Adresse, demselben Benutzernamen oder derselben ID (ein zweiter Versuch oder ein zweimal abgeschicktes Formular): {students}.</numerusform>
            <numerusform>%n Schülerinnen und Schüler stehen mehr als einmal in dieser Tabelle, unter derselben E-Mail-Adresse, demselben Benutzernamen oder derselben ID (ein zweiter Versuch oder ein zweimal abgeschicktes Formular): {students}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grader marks every row, but no learning platform&apos;s file can take them: their grades would have to be entered by hand.</source>
        <translation>Grader bewertet jede Zeile, aber keine Datei für eine Lernplattform kann sie aufnehmen: ihre Noten müssten Sie von Hand eintragen.</translation>
    </message>
    <message>
        <source>Before you mark, keep one attempt of each: in Moodle&apos;s report, tick “Show at most one finished attempt per user” and download the responses again, or delete the extra rows from the sheet; then open it again.</source>
        <translation>Behalten Sie vor dem Bewerten je Person nur einen Versuch: kreuzen Sie im Bericht von Moodle die Option an, höchstens einen beendeten Versuch pro Person anzuzeigen, und laden Sie die Antworten erneut herunter, oder löschen Sie die überzähligen Zeilen aus der Tabelle; öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Before you mark, keep one attempt of each: delete the extra rows from the sheet, then open it again.</source>
        <translation>Löschen Sie vor dem Bewerten die überzähligen Zeilen aus der Tabelle, sodass je Person nur ein Versuch bleibt, und öffnen Sie sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n final scores typed into the sheet are taken as your decisions too, where they are scores of their questions.</source>
        <translation>
            <numerusform>Auch %n in die Tabelle eingetragene Endbewertung wird als Ihre Entscheidung übernommen, wenn sie eine Punktzahl ihrer Frage ist.</numerusform>
            <numerusform>Auch %n in die Tabelle eingetragene Endbewertungen werden als Ihre Entscheidungen übernommen, soweit sie Punktzahlen ihrer Fragen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that repeat the header row (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>%n Zeile ausgelassen, die die Kopfzeile wiederholt (Zeile {rows}): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie unverändert.</numerusform>
            <numerusform>%n Zeilen ausgelassen, die die Kopfzeile wiederholen (Zeilen {rows}): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows with neither a question nor an answer (rows {rows}), such as a heading between two lists (“Class 9B”), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>%n Zeile ohne Frage und ohne Antwort ausgelassen (Zeile {rows}), etwa eine Überschrift zwischen zwei Listen („Klasse 9B“): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie unverändert.</numerusform>
            <numerusform>%n Zeilen ohne Frage und ohne Antwort ausgelassen (Zeilen {rows}), etwa eine Überschrift zwischen zwei Listen („Klasse 9B“): dort stehen keine Antworten von Schülerinnen und Schülern; die bewertete Tabelle behält sie unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells with a formula but no saved result read as empty in Grader ({cells}), and the graded workbook keeps them as formulas; to see their values here, open the file in Excel, save it, and open it again.</source>
        <translation>
            <numerusform>%n Zelle mit einer Formel, aber ohne gespeichertes Ergebnis, ist in Grader leer ({cells}), und die bewertete Tabelle behält sie als Formel; um ihren Wert hier zu sehen, öffnen Sie die Datei in Excel, speichern Sie sie und öffnen Sie sie erneut.</numerusform>
            <numerusform>%n Zellen mit einer Formel, aber ohne gespeichertes Ergebnis, sind in Grader leer ({cells}), und die bewertete Tabelle behält sie als Formeln; um ihre Werte hier zu sehen, öffnen Sie die Datei in Excel, speichern Sie sie und öffnen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the score “-” as no mark: left out %n rows of column “{column}” (rows {rows}).</source>
        <translation>
            <numerusform>Die Punktzahl „-“ wurde als „nicht bewertet“ gelesen: %n Zeile der Spalte „{column}“ wurde ausgelassen (Zeile {rows}).</numerusform>
            <numerusform>Die Punktzahl „-“ wurde als „nicht bewertet“ gelesen: %n Zeilen der Spalte „{column}“ wurden ausgelassen (Zeilen {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows of column “{column}” whose score is not a number ({words}): they are not used for learning (rows {rows}).</source>
        <translation>
            <numerusform>%n Zeile der Spalte „{column}“ wurde übersprungen, weil ihre Punktzahl keine Zahl ist ({words}): sie wird nicht zum Lernen verwendet (Zeile {rows}).</numerusform>
            <numerusform>%n Zeilen der Spalte „{column}“ wurden übersprungen, weil ihre Punktzahl keine Zahl ist ({words}): sie werden nicht zum Lernen verwendet (Zeilen {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <source>%n comments typed beside the model&apos;s score are kept with that score as your decisions.</source>
        <translation>
            <numerusform>%n neben der Punktzahl des Modells eingetragener Kommentar wird mit dieser Punktzahl als Ihre Entscheidung übernommen.</numerusform>
            <numerusform>%n neben der Punktzahl des Modells eingetragene Kommentare werden mit dieser Punktzahl als Ihre Entscheidungen übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments typed on answers with no score wait for their scores.</source>
        <translation>
            <numerusform>%n zu einer Antwort ohne Punktzahl eingetragener Kommentar wartet auf ihre Punktzahl.</numerusform>
            <numerusform>%n zu Antworten ohne Punktzahl eingetragene Kommentare warten auf deren Punktzahlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns hold text but are not taken as questions ({columns}); to grade their answers, tick them among the questions.</source>
        <translation>
            <numerusform>%n Spalte enthält Text, wird aber nicht als Frage genommen ({columns}); um ihre Antworten zu bewerten, haken Sie sie bei den Fragen an.</numerusform>
            <numerusform>%n Spalten enthalten Text, werden aber nicht als Fragen genommen ({columns}); um ihre Antworten zu bewerten, haken Sie sie bei den Fragen an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not graded ({questions}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; to grade them here too, tick “Also grade closed questions”.</source>
        <translation>
            <numerusform>%n Frage wird nicht bewertet ({questions}): ihre Antworten sind nur vorgegebene Antworten oder Zahlen (Multiple Choice, wahr/falsch, numerisch), die Ihre Lernplattform selbst bewertet; um sie auch hier zu bewerten, haken Sie „Auch geschlossene Fragen bewerten“ an.</numerusform>
            <numerusform>%n Fragen werden nicht bewertet ({questions}): ihre Antworten sind nur vorgegebene Antworten oder Zahlen (Multiple Choice, wahr/falsch, numerisch), die Ihre Lernplattform selbst bewertet; um sie auch hier zu bewerten, haken Sie „Auch geschlossene Fragen bewerten“ an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names in this sheet belong to more than one student ({names}), and the sheet&apos;s column {column} is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</source>
        <translation>
            <numerusform>%n Name in dieser Tabelle gehört zu mehr als einer Person ({names}), und die Spalte {column} der Tabelle ist nicht für die Schüler-IDs gewählt: Grader hält sie nach der Zeile auseinander, in der die Antworten jeder Person beginnen, etwa „{example}“. Wählen Sie sie für die Schüler-IDs (Datei ▸ Spalten wählen…), bevor Sie Noten auf eine Lernplattform hochladen.</numerusform>
            <numerusform>%n Namen in dieser Tabelle gehören zu mehr als einer Person ({names}), und die Spalte {column} der Tabelle ist nicht für die Schüler-IDs gewählt: Grader hält sie nach der Zeile auseinander, in der die Antworten jeder Person beginnen, etwa „{example}“. Wählen Sie sie für die Schüler-IDs (Datei ▸ Spalten wählen…), bevor Sie Noten auf eine Lernplattform hochladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names in this sheet belong to more than one student ({names}), and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Add a column of student ids to the sheet before you upload grades to a learning platform.</source>
        <translation>
            <numerusform>%n Name in dieser Tabelle gehört zu mehr als einer Schülerin oder einem Schüler ({names}), und die Tabelle hat keine Spalte mit Schüler-IDs: Grader hält sie über die Zeile auseinander, in der die Antworten der jeweiligen Person beginnen, etwa „{example}“. Fügen Sie der Tabelle eine Spalte mit Schüler-IDs hinzu, bevor Sie Noten in eine Lernplattform hochladen.</numerusform>
            <numerusform>%n Namen in dieser Tabelle gehören zu mehr als einer Schülerin oder einem Schüler ({names}), und die Tabelle hat keine Spalte mit Schüler-IDs: Grader hält sie über die Zeile auseinander, in der die Antworten der jeweiligen Person beginnen, etwa „{example}“. Fügen Sie der Tabelle eine Spalte mit Schüler-IDs hinzu, bevor Sie Noten in eine Lernplattform hochladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers of {names} could not be paired into students (a question is answered more than once and their rows are not together), so each of those rows counts as a student of its own.</source>
        <translation>Die Antworten von {names} ließen sich keinen Schülerinnen und Schülern zuordnen (eine Frage wird mehr als einmal beantwortet, und ihre Zeilen stehen nicht beieinander); daher zählt jede dieser Zeilen als eigene Schülerin oder eigener Schüler.</translation>
    </message>
</context>
<context>
    <name>SheetNotices</name>
    <message numerus="yes">
        <source>%n notes about this sheet are shown above the results.</source>
        <translation>
            <numerusform>%n Anmerkung zu dieser Tabelle steht über den Ergebnissen.</numerusform>
            <numerusform>%n Anmerkungen zu dieser Tabelle stehen über den Ergebnissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes about this sheet</source>
        <translation>Anmerkungen zu dieser Tabelle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close these notes; they come back when you open the sheet again</source>
        <translation>Diese Anmerkungen schließen; sie erscheinen wieder, wenn Sie die Tabelle erneut öffnen</translation>
    </message>
    <message>
        <source>Close the notes about this sheet</source>
        <translation>Die Anmerkungen zu dieser Tabelle schließen</translation>
    </message>
</context>
<context>
    <name>SheetOpener</name>
    <message>
        <source>There is no {sheet} beside {file}, so Grader opened the one in {folder}.</source>
        <translation>Neben {file} liegt keine {sheet}, daher hat Grader die in {folder} geöffnet.</translation>
    </message>
    <message>
        <source>The sheet&apos;s folder cannot be written to, so Grader keeps your decisions in its own folder: {file}. They come back when you open the sheet from here again.</source>
        <translation>In den Ordner der Tabelle kann nicht geschrieben werden, daher bewahrt Grader Ihre Entscheidungen in seinem eigenen Ordner auf: {file}. Wenn Sie die Tabelle wieder von hier aus öffnen, sind sie wieder da.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n decisions from {file}.</source>
        <translation>
            <numerusform>%n Entscheidung aus {file} wiederhergestellt.</numerusform>
            <numerusform>%n Entscheidungen aus {file} wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over your %n earlier decisions from the sheet.</source>
        <translation>
            <numerusform>Ihre %n frühere Entscheidung aus der Tabelle übernommen.</numerusform>
            <numerusform>Ihre %n früheren Entscheidungen aus der Tabelle übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier decisions in the sheet were not taken over because their final score is not a score of their question; score those answers again.</source>
        <translation>
            <numerusform>%n frühere Entscheidung in der Tabelle wurde nicht übernommen, weil ihre Endbewertung keine Punktzahl ihrer Frage ist; bewerten Sie diese Antwort neu.</numerusform>
            <numerusform>%n frühere Entscheidungen in der Tabelle wurden nicht übernommen, weil ihre Endbewertung keine Punktzahl ihrer Frage ist; bewerten Sie diese Antworten neu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n comments typed into the sheet beside the model&apos;s score as your decisions, with that score.</source>
        <translation>
            <numerusform>%n in die Tabelle neben der Punktzahl des Modells eingetragenen Kommentar als Ihre Entscheidung übernommen, mit dieser Punktzahl.</numerusform>
            <numerusform>%n in die Tabelle neben der Punktzahl des Modells eingetragene Kommentare als Ihre Entscheidungen übernommen, mit dieser Punktzahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n comments typed into the sheet on answers with no score yet: each waits for its answer&apos;s score, shown with ◷ in the comment column ({answers}).</source>
        <translation>
            <numerusform>%n in die Tabelle eingetragener Kommentar zu einer Antwort ohne Punktzahl wurde behalten: er wartet auf die Punktzahl der Antwort und steht mit ◷ in der Kommentarspalte ({answers}).</numerusform>
            <numerusform>%n in die Tabelle eingetragene Kommentare zu Antworten ohne Punktzahl wurden behalten: jeder wartet auf die Punktzahl seiner Antwort und steht mit ◷ in der Kommentarspalte ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n final scores or comments changed in the sheet since Grader last saved or read it as your decisions ({answers}).</source>
        <translation>
            <numerusform>%n Endbewertung oder Kommentar, seit dem letzten Speichern oder Lesen durch Grader in der Tabelle geändert, als Ihre Entscheidung übernommen ({answers}).</numerusform>
            <numerusform>%n Endbewertungen oder Kommentare, seit dem letzten Speichern oder Lesen durch Grader in der Tabelle geändert, als Ihre Entscheidungen übernommen ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores of your decisions were cleared in the sheet since Grader last saved or read it, so those decisions are taken back ({answers}); their answers are scored by the model as ones you have not decided.</source>
        <translation>
            <numerusform>%n Endbewertung einer Ihrer Entscheidungen wurde seit dem letzten Speichern oder Lesen durch Grader in der Tabelle gelöscht, daher ist diese Entscheidung zurückgenommen ({answers}); ihre Antwort bewertet das Modell wie eine, über die Sie noch nicht entschieden haben.</numerusform>
            <numerusform>%n Endbewertungen Ihrer Entscheidungen wurden seit dem letzten Speichern oder Lesen durch Grader in der Tabelle gelöscht, daher sind diese Entscheidungen zurückgenommen ({answers}); ihre Antworten bewertet das Modell wie solche, über die Sie noch nicht entschieden haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores or comments in the sheet differ from what {file} holds, and Grader cannot tell which are newer, so it kept the project&apos;s ({answers}); check those answers.</source>
        <translation>
            <numerusform>%n Endbewertung oder Kommentar in der Tabelle weicht von dem in {file} ab, und Grader kann nicht erkennen, was neuer ist; daher wurde das des Projekts behalten ({answers}). Prüfen Sie diese Antwort.</numerusform>
            <numerusform>%n Endbewertungen oder Kommentare in der Tabelle weichen von denen in {file} ab, und Grader kann nicht erkennen, was neuer ist; daher wurden die des Projekts behalten ({answers}). Prüfen Sie diese Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier decisions in the sheet were not taken over because they belong to no answer of the columns chosen.</source>
        <translation>
            <numerusform>%n frühere Entscheidung in der Tabelle wurde nicht übernommen, weil sie zu keiner Antwort der gewählten Spalten gehört.</numerusform>
            <numerusform>%n frühere Entscheidungen in der Tabelle wurden nicht übernommen, weil sie zu keiner Antwort der gewählten Spalten gehören.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some students in this sheet share a name, and the sheet&apos;s column “{column}” is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</source>
        <translation>Einige Schülerinnen und Schüler in dieser Tabelle haben denselben Namen, und die Spalte „{column}“ der Tabelle ist nicht für die Schüler-IDs gewählt: Grader hält sie nach der Zeile auseinander, in der die Antworten jeder Person beginnen. Wählen Sie sie für die Schüler-IDs (Datei ▸ Spalten wählen…), bevor Sie Noten auf eine Lernplattform hochladen.</translation>
    </message>
    <message>
        <source>Some students in this sheet share a name, and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start. Add a column of student ids to the sheet before you upload grades to a learning platform.</source>
        <translation>Einige Schülerinnen und Schüler in dieser Tabelle haben denselben Namen, und die Tabelle hat keine Spalte mit Schüler-IDs: Grader hält sie über die Zeile auseinander, in der die Antworten der jeweiligen Person beginnen. Fügen Sie der Tabelle eine Spalte mit Schüler-IDs hinzu, bevor Sie Noten in eine Lernplattform hochladen.</translation>
    </message>
    <message numerus="yes">
        <source>Models {models} not installed; those questions are yours to score.</source>
        <translation>
            <numerusform>Modell {models} ist nicht installiert; diese Fragen bewerten Sie selbst.</numerusform>
            <numerusform>Modelle {models} sind nicht installiert; diese Fragen bewerten Sie selbst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was saved for %n answers could not be read: if you had scored them, score them again.</source>
        <translation>
            <numerusform>Was für %n Antwort gespeichert war, ließ sich nicht lesen: falls Sie sie bewertet hatten, bewerten Sie sie neu.</numerusform>
            <numerusform>Was für %n Antworten gespeichert war, ließ sich nicht lesen: falls Sie sie bewertet hatten, bewerten Sie sie neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>an answer to {item}</source>
        <translation>eine Antwort zu {item}</translation>
    </message>
    <message>
        <source>{student} on {item}</source>
        <translation>{student} zu {item}</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n final scores typed into the sheet as your decisions, with their comments.</source>
        <translation>
            <numerusform>%n in die Tabelle eingetragene Endbewertung als Ihre Entscheidung übernommen, mit ihrem Kommentar.</numerusform>
            <numerusform>%n in die Tabelle eingetragene Endbewertungen als Ihre Entscheidungen übernommen, mit ihren Kommentaren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers are the model&apos;s again, not your decisions: what you had added to the model&apos;s score was cleared in the sheet since Grader last saved or read it ({answers}).</source>
        <translation>
            <numerusform>Bei %n Antwort gilt wieder das Modell, nicht mehr Ihre Entscheidung: was Sie zur Punktzahl des Modells hinzugefügt hatten, wurde seit dem letzten Speichern oder Lesen durch Grader in der Tabelle gelöscht ({answers}).</numerusform>
            <numerusform>Bei %n Antworten gilt wieder das Modell, nicht mehr Ihre Entscheidungen: was Sie zur Punktzahl des Modells hinzugefügt hatten, wurde seit dem letzten Speichern oder Lesen durch Grader in der Tabelle gelöscht ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model files could not be loaded ({files}), so their questions are yours to score for now; replace them with good copies (install Grader again for models that came with it) and open this sheet again.</source>
        <translation>
            <numerusform>Eine Modelldatei ließ sich nicht laden ({files}), daher bewerten Sie ihre Fragen vorerst selbst; ersetzen Sie sie durch eine intakte Kopie (bei einem Modell, das mit Grader kam, installieren Sie Grader erneut) und öffnen Sie diese Tabelle dann erneut.</numerusform>
            <numerusform>%n Modelldateien ließen sich nicht laden ({files}), daher bewerten Sie ihre Fragen vorerst selbst; ersetzen Sie sie durch intakte Kopien (bei Modellen, die mit Grader kamen, installieren Sie Grader erneut) und öffnen Sie diese Tabelle dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} was damaged, so Grader kept it as {kept} and made a new {file} of the %n decisions it could still read.</source>
        <translation>
            <numerusform>{file} war beschädigt; Grader hat die Datei als {kept} aufbewahrt und aus der %n Entscheidung, die sich noch lesen ließ, eine neue {file} angelegt.</numerusform>
            <numerusform>{file} war beschädigt; Grader hat die Datei als {kept} aufbewahrt und aus den %n Entscheidungen, die sich noch lesen ließen, eine neue {file} angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the worksheet {sheet}, the one you worked on last; to grade another worksheet of this workbook, choose File ▸ Choose columns… and pick it.</source>
        <translation>Grader hat das Arbeitsblatt {sheet} geöffnet, an dem Sie zuletzt gearbeitet haben; um ein anderes Arbeitsblatt dieser Arbeitsmappe zu bewerten, wählen Sie Datei ▸ Spalten wählen… und dort das Arbeitsblatt.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the worksheet {sheet}, the one you worked on last. Your work on %n other worksheets is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the worksheet.</source>
        <translation>
            <numerusform>Grader hat das Arbeitsblatt {sheet} geöffnet, an dem Sie zuletzt gearbeitet haben. Ihre Arbeit an %n weiteren Arbeitsblatt ist ebenfalls gespeichert ({others}): um dort weiterzumachen, wählen Sie Datei ▸ Spalten wählen… und dort das Arbeitsblatt.</numerusform>
            <numerusform>Grader hat das Arbeitsblatt {sheet} geöffnet, an dem Sie zuletzt gearbeitet haben. Ihre Arbeit an %n weiteren Arbeitsblättern ist ebenfalls gespeichert ({others}): um dort weiterzumachen, wählen Sie Datei ▸ Spalten wählen… und dort das Arbeitsblatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}, {item}</source>
        <translation>Zeile {row}, {item}</translation>
    </message>
    <message>
        <source>row {row}: “{said}” for {item}, whose scores are {labels}</source>
        <translation>Zeile {row}: „{said}“ bei {item}, dessen Punktzahlen {labels} sind</translation>
    </message>
    <message numerus="yes">
        <source>%n final scores typed into the sheet were not taken because they are not scores of their questions ({answers}); score those answers in the review.</source>
        <translation>
            <numerusform>%n in die Tabelle eingetragene Endbewertung wurde nicht übernommen, weil sie keine Punktzahl ihrer Frage ist ({answers}); bewerten Sie diese Antwort beim Prüfen.</numerusform>
            <numerusform>%n in die Tabelle eingetragene Endbewertungen wurden nicht übernommen, weil sie keine Punktzahlen ihrer Fragen sind ({answers}); bewerten Sie diese Antworten beim Prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be restored because their answers changed in the sheet ({answers}); score them again.</source>
        <translation>
            <numerusform>%n Entscheidung konnte nicht wiederhergestellt werden, weil sich ihre Antwort in der Tabelle geändert hat ({answers}); bewerten Sie sie erneut.</numerusform>
            <numerusform>%n Entscheidungen konnten nicht wiederhergestellt werden, weil sich ihre Antworten in der Tabelle geändert haben ({answers}); bewerten Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be restored because their answers are no longer in the sheet as they were: their rows were deleted, or their student, question or answer was changed.</source>
        <translation>
            <numerusform>%n Entscheidung konnte nicht wiederhergestellt werden, weil ihre Antwort nicht mehr so in der Tabelle steht wie zuvor: ihre Zeile wurde gelöscht, oder ihre Schülerin bzw. ihr Schüler, ihre Frage oder ihre Antwort wurde geändert.</numerusform>
            <numerusform>%n Entscheidungen konnten nicht wiederhergestellt werden, weil ihre Antworten nicht mehr so in der Tabelle stehen wie zuvor: ihre Zeilen wurden gelöscht, oder ihre Schülerinnen und Schüler, ihre Fragen oder ihre Antworten wurden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row {rows} of the downloaded report is not a student, so Grader no longer grades it or puts it in any file; what you marked on it (%n decisions or comments) is kept aside in {file}.</source>
        <translation>
            <numerusform>Die Zeile {rows} des heruntergeladenen Berichts ist kein Schüler, daher bewertet Grader sie nicht mehr und schreibt sie in keine Datei; was Sie darin festgelegt haben (%n Entscheidung oder Kommentar), wird in {file} aufbewahrt.</numerusform>
            <numerusform>Die Zeile {rows} des heruntergeladenen Berichts ist kein Schüler, daher bewertet Grader sie nicht mehr und schreibt sie in keine Datei; was Sie darin festgelegt haben (%n Entscheidungen oder Kommentare), wird in {file} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows {rows} of the downloaded report are not students, so Grader no longer grades them or puts them in any file; what you marked on them (%n decisions or comments) is kept aside in {file}.</source>
        <translation>
            <numerusform>Die Zeilen {rows} des heruntergeladenen Berichts sind keine Schüler, daher bewertet Grader sie nicht mehr und schreibt sie in keine Datei; was Sie darin festgelegt haben (%n Entscheidung oder Kommentar), wird in {file} aufbewahrt.</numerusform>
            <numerusform>Die Zeilen {rows} des heruntergeladenen Berichts sind keine Schüler, daher bewertet Grader sie nicht mehr und schreibt sie in keine Datei; was Sie darin festgelegt haben (%n Entscheidungen oder Kommentare), wird in {file} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n decisions are kept in {project}; they come back when the sheet opens again.</source>
        <translation>
            <numerusform>Ihre Entscheidung ist in {project} gespeichert; sie kommt zurück, sobald sich die Tabelle wieder öffnen lässt.</numerusform>
            <numerusform>Ihre %n Entscheidungen sind in {project} gespeichert; sie kommen zurück, sobald sich die Tabelle wieder öffnen lässt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>{file} wird kopiert…</translation>
    </message>
    <message>
        <source>The columns of this sheet could not be guessed.</source>
        <translation>Die Spalten dieser Tabelle konnten nicht erkannt werden.</translation>
    </message>
    <message>
        <source>Choose the worksheet of the answers above, or Cancel.</source>
        <translation>Wählen Sie oben das Arbeitsblatt mit den Antworten aus oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Choose the columns above, or Cancel.</source>
        <translation>Wählen Sie oben die Spalten aus oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>Reading worksheet {sheet} of {name}…</source>
        <translation>Arbeitsblatt {sheet} von {name} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n rows of {name}…</source>
        <translation>
            <numerusform>%n Zeile aus {name} wird vorbereitet…</numerusform>
            <numerusform>%n Zeilen aus {name} werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved decisions in {file} could not be read, so they were left out ({answers}): score those answers again; your other decisions are back.</source>
        <translation>
            <numerusform>%n gespeicherte Entscheidung in {file} konnte nicht gelesen werden und wurde deshalb ausgelassen ({answers}): bewerten Sie diese Antwort erneut; Ihre anderen Entscheidungen sind wieder da.</numerusform>
            <numerusform>%n gespeicherte Entscheidungen in {file} konnten nicht gelesen werden und wurden deshalb ausgelassen ({answers}): bewerten Sie diese Antworten erneut; Ihre anderen Entscheidungen sind wieder da.</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: “{said}” for {item}</source>
        <translation>Zeile {row}: „{said}“ bei {item}</translation>
    </message>
    <message numerus="yes">
        <source>%n saved decisions in {file} were left out because their score is not a score of their question ({answers}): score those answers again; your other decisions are back.</source>
        <translation>
            <numerusform>%n gespeicherte Entscheidung in {file} wurde ausgelassen, weil ihre Punktzahl keine Punktzahl ihrer Frage ist ({answers}): bewerten Sie diese Antwort erneut; Ihre anderen Entscheidungen sind wieder da.</numerusform>
            <numerusform>%n gespeicherte Entscheidungen in {file} wurden ausgelassen, weil ihre Punktzahlen keine Punktzahlen ihrer Fragen sind ({answers}): bewerten Sie diese Antworten erneut; Ihre anderen Entscheidungen sind wieder da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threshold saved in {file} for %n questions could not be read ({questions}), so they use their model&apos;s own threshold again.</source>
        <translation>
            <numerusform>Die in {file} gespeicherte Schwelle für %n Frage konnte nicht gelesen werden ({questions}); für diese Frage gilt deshalb wieder die eigene Schwelle ihres Modells.</numerusform>
            <numerusform>Die in {file} gespeicherten Schwellen für %n Fragen konnten nicht gelesen werden ({questions}); für diese Fragen gilt deshalb wieder die eigene Schwelle ihres jeweiligen Modells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own changed for %n answers.</source>
        <translation>
            <numerusform>Das Modell für Frage {question} hat sich geändert, seit diese Tabelle zuletzt geöffnet war, deshalb hat Grader ihre Antworten neu bewertet (Ihre Entscheidungen bleiben, wie sie sind); die Punktzahl, die es selbst übernimmt, hat sich bei %n Antwort geändert.</numerusform>
            <numerusform>Das Modell für Frage {question} hat sich geändert, seit diese Tabelle zuletzt geöffnet war, deshalb hat Grader ihre Antworten neu bewertet (Ihre Entscheidungen bleiben, wie sie sind); die Punktzahl, die es selbst übernimmt, hat sich bei %n Antworten geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own is the same for every answer.</source>
        <translation>Das Modell für Frage {question} hat sich geändert, seit diese Tabelle zuletzt geöffnet war, deshalb hat Grader ihre Antworten neu bewertet (Ihre Entscheidungen bleiben, wie sie sind); die Punktzahl, die es selbst übernimmt, ist bei allen Antworten dieselbe geblieben.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Grade a class&apos;s short answers</source>
        <translation>Kurzantworten einer Klasse bewerten</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The models score every answer; you check only the ones they are unsure of.</source>
        <translation>Alles bleibt auf diesem Computer. Die Modelle bewerten jede Antwort; Sie prüfen nur die, bei denen sie unsicher sind.</translation>
    </message>
    <message>
        <source>Open a sheet…</source>
        <translation>Tabelle öffnen…</translation>
    </message>
    <message>
        <source>Choose an Excel or CSV sheet of answers (Ctrl+O)</source>
        <translation>Eine Excel- oder CSV-Tabelle mit Antworten auswählen (Strg+O)</translation>
    </message>
    <message>
        <source>Recent sheets</source>
        <translation>Zuletzt geöffnete Tabellen</translation>
    </message>
    <message>
        <source>{name}  —  in {folder}</source>
        <translation>{name}  —  in {folder}</translation>
    </message>
    <message>
        <source>{name}  —  (moved or deleted)</source>
        <translation>{name}  —  (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>Drop one sheet at a time; Grader opens one class sheet per window.</source>
        <translation>Ziehen Sie jeweils nur eine Tabelle hierher; Grader öffnet eine Klassentabelle pro Fenster.</translation>
    </message>
</context>
<context>
    <name>StudentNames</name>
    <message>
        <source>Student {n}</source>
        <translation>Schüler {n}</translation>
    </message>
</context>
<context>
    <name>SummarySheet</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Grading summary of {source}</source>
        <translation>Bewertungsübersicht: {source}</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>Review counts</source>
        <translation>Prüfstatus in Zahlen</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Model–teacher agreement on the answers you decided</source>
        <translation>Übereinstimmung von Modell und Lehrkraft bei den von Ihnen entschiedenen Antworten</translation>
    </message>
    <message>
        <source>Decided by you</source>
        <translation>Von Ihnen entschieden</translation>
    </message>
    <message>
        <source>Of them, scored by the model before you</source>
        <translation>Davon vorher vom Modell bewertet</translation>
    </message>
    <message>
        <source>Model agreed (share)</source>
        <translation>Modell stimmte überein (Anteil)</translation>
    </message>
    <message>
        <source>Closeness to your scores (kappa: 1 = the same, 0 = chance)</source>
        <translation>Nähe zu Ihren Punktzahlen (Kappa: 1 = gleich, 0 = Zufall)</translation>
    </message>
    <message>
        <source>Scores you changed</source>
        <translation>Von Ihnen geänderte Punktzahlen</translation>
    </message>
    <message>
        <source>Models that scored the answers</source>
        <translation>Modelle, die die Antworten bewertet haben</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Version check code</source>
        <translation>Prüfcode der Version</translation>
    </message>
    <message>
        <source>No model: you scored it</source>
        <translation>Kein Modell: von Ihnen bewertet</translation>
    </message>
    <message>
        <source>A model learned from your marks</source>
        <translation>Ein aus Ihren Bewertungen gelerntes Modell</translation>
    </message>
    <message>
        <source>Final score distribution per question</source>
        <translation>Verteilung der endgültigen Punktzahlen je Frage</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Final scores: {item}</source>
        <translation>Endgültige Punktzahlen: {item}</translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message>
        <source>Which questions the threshold applies to</source>
        <translation>Für welche Fragen die Schwelle gilt</translation>
    </message>
    <message>
        <source>Confidence needed to accept an answer without you</source>
        <translation>Nötige Sicherheit, um eine Antwort ohne Sie zu übernehmen</translation>
    </message>
    <message>
        <source>Confidence needed, in percent</source>
        <translation>Nötige Sicherheit in Prozent</translation>
    </message>
    <message>
        <source>Use this for every question</source>
        <translation>Für alle Fragen verwenden</translation>
    </message>
    <message>
        <source>Give every question the confidence shown here</source>
        <translation>Allen Fragen die hier gezeigte Sicherheit geben</translation>
    </message>
    <message>
        <source>Use the models&apos; own thresholds</source>
        <translation>Modell-Schwellen verwenden</translation>
    </message>
    <message>
        <source>Each model&apos;s threshold was chosen on its calibration answers so that the answers it accepts stay within the model&apos;s error target</source>
        <translation>Die Schwelle jedes Modells wurde an seinen Kalibrierantworten so gewählt, dass die übernommenen Antworten innerhalb seiner Fehlergrenze bleiben</translation>
    </message>
    <message>
        <source>what this threshold gives</source>
        <translation>was diese Schwelle bewirkt</translation>
    </message>
    <message>
        <source>Higher: fewer answers accepted automatically, and fewer mistakes among them.</source>
        <translation>Höher: weniger automatisch übernommene Antworten und weniger Fehler darunter.</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Its model learns from your marks and has not been checked on them yet</source>
        <translation>Ihr Modell lernt aus Ihren Bewertungen und wurde an ihnen noch nicht geprüft</translation>
    </message>
    <message>
        <source>Its model learned from too few marks to be checked on them</source>
        <translation>Ihr Modell lernte aus zu wenigen Bewertungen, um an ihnen geprüft zu werden</translation>
    </message>
    <message>
        <source>its model, learned from your marks, could not vouch for any answer in its check on them, so it takes none on its own and its scores are suggestions (the plot shows that check)</source>
        <translation>ihr Modell, aus Ihren Bewertungen gelernt, konnte sich bei der Prüfung an ihnen für keine Antwort verbürgen, daher übernimmt es keine selbst, und seine Punktzahlen sind Vorschläge (das Diagramm zeigt diese Prüfung)</translation>
    </message>
    <message>
        <source>its model learned from too few of your marks to be checked on them, so it takes none on its own and its scores are suggestions</source>
        <translation>ihr Modell lernte aus zu wenigen Ihrer Bewertungen, um an ihnen geprüft zu werden, daher übernimmt es keine selbst, und seine Punktzahlen sind Vorschläge</translation>
    </message>
    <message>
        <source>its model learned from your marks but could not vouch for any answer, so it took none on its own; every answer to this question is decided, so nothing is left to mark here, and marks on more answers to this question, on a later sheet, are what it needs to vouch for some</source>
        <translation>ihr Modell hat aus Ihren Bewertungen gelernt, konnte sich aber für keine Antwort verbürgen, daher hat es keine selbst übernommen; jede Antwort auf diese Frage ist entschieden, hier ist also nichts mehr zu bewerten, und um sich für einige zu verbürgen, braucht es Bewertungen weiterer Antworten auf diese Frage, auf einem späteren Blatt</translation>
    </message>
    <message>
        <source>its model learns from your marks and cannot vouch for any answer yet, so it takes none on its own and its scores are suggestions (the plot shows how it did in its check on your marks); keep marking, and once a check of your marks vouches for it, the threshold can be set</source>
        <translation>ihr Modell lernt aus Ihren Bewertungen und kann sich noch für keine Antwort verbürgen, daher übernimmt es keine selbst, und seine Punktzahlen sind Vorschläge (das Diagramm zeigt, wie es bei der Prüfung an Ihren Bewertungen abschnitt); bewerten Sie weiter, und sobald eine Prüfung an Ihren Bewertungen sich für es verbürgt, lässt sich die Schwelle einstellen</translation>
    </message>
    <message>
        <source>its model&apos;s file carries no seal of its settings, so it takes none on its own and its scores are suggestions; install a fresh copy of the model to set a threshold</source>
        <translation>die Datei ihres Modells trägt kein Siegel ihrer Einstellungen, deshalb übernimmt es keine Antwort allein und seine Punktzahlen sind Vorschläge; installieren Sie eine frische Kopie des Modells, um eine Schwelle festzulegen</translation>
    </message>
    <message>
        <source>its model learns from your marks and cannot vouch for any answer yet, so it takes none on its own and its scores are suggestions; keep marking, and once a check of your marks vouches for it, the threshold can be set</source>
        <translation>ihr Modell lernt aus Ihren Bewertungen und kann sich noch für keine Antwort verbürgen, daher übernimmt es keine selbst, und seine Punktzahlen sind Vorschläge; bewerten Sie weiter, und sobald eine Prüfung an Ihren Bewertungen sich für es verbürgt, lässt sich die Schwelle einstellen</translation>
    </message>
    <message>
        <source>its model is not sure enough of any answer to score it without you, so every answer comes to you and its scores are suggestions</source>
        <translation>ihr Modell ist sich bei keiner Antwort sicher genug, um sie ohne Sie zu bewerten; daher kommt jede Antwort zu Ihnen, und seine Punktzahlen sind Vorschläge</translation>
    </message>
    <message numerus="yes">
        <source>the model takes {taken} of this question&apos;s %n answers on its own (of the answers it was checked on, it took {share}, at most {wrong} of those wrong)</source>
        <translation>
            <numerusform>das Modell übernimmt {taken} der einen Antwort dieser Frage selbst (von den Antworten, an denen es geprüft wurde, übernahm es {share}, davon höchstens {wrong} falsch)</numerusform>
            <numerusform>das Modell übernimmt {taken} der %n Antworten dieser Frage selbst (von den Antworten, an denen es geprüft wurde, übernahm es {share}, davon höchstens {wrong} falsch)</numerusform>
        </translation>
    </message>
    <message>
        <source>no calibration data for this model</source>
        <translation>keine Kalibrierdaten für dieses Modell</translation>
    </message>
    <message>
        <source>its model learned again from your marks and uses its own threshold again (yours was for the model before); {effect}</source>
        <translation>ihr Modell hat erneut aus Ihren Bewertungen gelernt und nutzt wieder seine eigene Schwelle (Ihre galt dem Modell davor); {effect}</translation>
    </message>
    <message>
        <source>Question {question}: {effect}.</source>
        <translation>Frage {question}: {effect}.</translation>
    </message>
    <message>
        <source>Each question now needs: {thresholds}.</source>
        <translation>Jede Frage braucht jetzt: {thresholds}.</translation>
    </message>
</context>
<context>
    <name>TitlesBox</name>
    <message>
        <source>&amp;Name for this quiz:</source>
        <translation>Na&amp;me dieses Tests:</translation>
    </message>
    <message>
        <source>name for this quiz</source>
        <translation>Name dieses Tests</translation>
    </message>
    <message>
        <source>Written before each question title that is only a number (“Q1”), so that this quiz&apos;s columns are not taken for another quiz&apos;s.</source>
        <translation>Steht vor jedem Fragentitel, der nur eine Nummer ist („Q1“), damit die Spalten dieses Tests nicht für die eines anderen Tests gehalten werden.</translation>
    </message>
    <message>
        <source>Each t&amp;itle…</source>
        <translation>T&amp;itel einzeln…</translation>
    </message>
    <message>
        <source>Type any column title in full.</source>
        <translation>Geben Sie jeden Spaltentitel vollständig selbst ein.</translation>
    </message>
    <message>
        <source>Column titles: {titles}.</source>
        <translation>Spaltentitel: {titles}.</translation>
    </message>
    <message numerus="yes">
        <source>Column titles: {titles} and %n more.</source>
        <translation>
            <numerusform>Spaltentitel: {titles} und %n weiterer.</numerusform>
            <numerusform>Spaltentitel: {titles} und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitlesEditor</name>
    <message>
        <source>Column titles</source>
        <translation>Spaltentitel</translation>
    </message>
    <message>
        <source>The title of each question&apos;s column in the file. An empty field takes the title your quiz&apos;s name gives it.</source>
        <translation>Der Titel der Spalte jeder Frage in der Datei. Ein leeres Feld erhält den Titel, den der Name Ihres Tests ihm gibt.</translation>
    </message>
    <message>
        <source>title of question {question}</source>
        <translation>Titel der Frage {question}</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>That step cannot be undone or redone any more: an answer it changed is no longer in the sheet as it was (edited or removed since), so Grader leaves the scores as they are.</source>
        <translation>Dieser Schritt lässt sich nicht mehr rückgängig machen oder wiederholen: eine Antwort, die er geändert hat, steht nicht mehr so in der Tabelle wie damals (seither bearbeitet oder entfernt), daher lässt Grader die Punktzahlen, wie sie sind.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Punktzahl</translation>
    </message>
    <message>
        <source>That step cannot be undone or redone any more: the model&apos;s score for {student}&apos;s answer is {now} now, where it was {then}, so taking your score off would not bring back what you saw.</source>
        <translation>Dieser Schritt lässt sich nicht mehr rückgängig machen oder wiederholen: das Modell gibt der Antwort von {student} jetzt {now}, damals {then}, daher brächte das Entfernen Ihrer Punktzahl nicht zurück, was Sie gesehen haben.</translation>
    </message>
    <message>
        <source>it has no score now</source>
        <translation>sie hat jetzt keine Punktzahl</translation>
    </message>
    <message>
        <source>its score is now {score}</source>
        <translation>ihre Punktzahl ist jetzt {score}</translation>
    </message>
    <message>
        <source>its comment is not the same now</source>
        <translation>ihr Kommentar ist jetzt ein anderer</translation>
    </message>
    <message>
        <source>That step cannot be undone or redone any more: {student}&apos;s answer was changed after it ({change}), so Grader leaves it as it is.</source>
        <translation>Dieser Schritt lässt sich nicht mehr rückgängig machen oder wiederholen: die Antwort von {student} wurde danach geändert ({change}), daher lässt Grader sie, wie sie ist.</translation>
    </message>
    <message>
        <source>an answer changed in the sheet since</source>
        <translation>eine seither in der Tabelle geänderte Antwort</translation>
    </message>
</context>
<context>
    <name>_Member</name>
    <message>
        <source>Pull out (P)</source>
        <translation>Herausnehmen (P)</translation>
    </message>
    <message>
        <source>Take this answer out of the group: it gets its own score</source>
        <translation>Diese Antwort aus der Gruppe nehmen: sie bekommt eine eigene Punktzahl</translation>
    </message>
</context>
<context>
    <name>_MemberList</name>
    <message numerus="yes">
        <source>Show the answers before these (%n more answers above)</source>
        <translation>
            <numerusform>Die Antworten davor zeigen (%n weitere Antwort darüber)</numerusform>
            <numerusform>Die Antworten davor zeigen (%n weitere Antworten darüber)</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows a few of the group&apos;s answers at a time; ↑ on the first one here shows the one before it too.</source>
        <translation>Die Liste zeigt die Antworten der Gruppe in Teilen; ↑ auf der ersten Antwort hier zeigt auch die davor.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>No data leaves this computer. Grader opens no network connection: your sheets, the scores, your decisions and comments stay in files on this computer (the project file sits beside your sheet).</source>
        <translation>Keine Daten verlassen diesen Computer. Grader öffnet keine Netzwerkverbindung: Ihre Tabellen, die Punktzahlen, Ihre Entscheidungen und Kommentare bleiben in Dateien auf diesem Computer (die Projektdatei liegt neben Ihrer Tabelle).</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Strg+O</translation>
    </message>
    <message>
        <source>open a sheet</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <source>export the graded sheet or a report</source>
        <translation>bewertete Tabelle oder Bericht exportieren</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>save (every decision is already saved the moment you make it)</source>
        <translation>speichern (jede Entscheidung wird schon gespeichert, sobald Sie sie treffen)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>review the answers that need you / accept the model&apos;s score</source>
        <translation>die Antworten prüfen, die auf Sie warten / Punktzahl des Modells übernehmen</translation>
    </message>
    <message>
        <source>0–9</source>
        <translation>0–9</translation>
    </message>
    <message>
        <source>give a score while reviewing (in a group: to every answer except those that differ from the typical answer, which stay open to read)</source>
        <translation>beim Prüfen bewerten (in einer Gruppe alle Antworten; die von der typischen Antwort abweichenden bleiben zum Lesen offen)</translation>
    </message>
    <message>
        <source>← → or K J</source>
        <translation>← → oder K J</translation>
    </message>
    <message>
        <source>previous / next answer</source>
        <translation>vorherige / nächste Antwort</translation>
    </message>
    <message>
        <source>↑ ↓ / P</source>
        <translation>↑ ↓ / P</translation>
    </message>
    <message>
        <source>choose an answer in a group / pull it out to score it on its own</source>
        <translation>eine Antwort in einer Gruppe wählen / herausnehmen, um sie einzeln zu bewerten</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>the answers Grader suggests marking next (a question whose model learns from you)</source>
        <translation>die Antworten, die Grader als Nächstes zum Bewerten vorschlägt (eine Frage, deren Modell von Ihnen lernt)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Strg+G</translation>
    </message>
    <message>
        <source>give the score to the identical answers</source>
        <translation>die Punktzahl auf die identischen Antworten übertragen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>comment on the answer</source>
        <translation>die Antwort kommentieren</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>show the question&apos;s whole text while reviewing (Q again: only the question)</source>
        <translation>beim Prüfen den ganzen Fragetext zeigen (noch einmal Q: nur die Frage)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Strg+Z / Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>rückgängig / wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>search the results</source>
        <translation>die Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+0</source>
        <translation>Strg+1 / Strg+2 / Strg+0</translation>
    </message>
    <message>
        <source>the results table / the review / the start screen</source>
        <translation>die Ergebnistabelle / die Prüfung / die Startseite</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Strg+Umschalt+B</translation>
    </message>
    <message>
        <source>hide student names (blind marking)</source>
        <translation>Schülernamen ausblenden (anonyme Bewertung)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Strg+W</translation>
    </message>
    <message>
        <source>close the sheet</source>
        <translation>die Tabelle schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the results table (in its search box: clear the search)</source>
        <translation>zurück zur Ergebnistabelle (im Suchfeld: die Suche leeren)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>dieses Fenster</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Scores students&apos; short written answers with small models that run on this computer&apos;s processor, and puts only the answers the models are unsure of in front of you.</source>
        <translation>Bewertet kurze schriftliche Antworten von Schülern mit kleinen Modellen, die auf dem Prozessor dieses Computers laufen, und legt Ihnen nur die Antworten vor, bei denen die Modelle unsicher sind.</translation>
    </message>
    <message>
        <source>{model} ({id}) for {questions}</source>
        <translation>{model} ({id}) für {questions}</translation>
    </message>
    <message>
        <source>agreement with teachers on held-out answers (QWK) {qwk}</source>
        <translation>Übereinstimmung mit Lehrkräften bei zurückgehaltenen Antworten (QWK) {qwk}</translation>
    </message>
    <message>
        <source>Models scoring this sheet</source>
        <translation>Modelle, die diese Tabelle bewerten</translation>
    </message>
    <message>
        <source>None: you score every answer of this sheet.</source>
        <translation>Keines: Sie bewerten jede Antwort dieser Tabelle selbst.</translation>
    </message>
    <message>
        <source>Models installed</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>None installed yet.</source>
        <translation>Noch keines installiert.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Made with Qt for Python (PySide6) and ONNX Runtime. Models trained on public data (ASAP Short Answer Scoring, Hewlett Foundation); see each model&apos;s card for its provenance.</source>
        <translation>Erstellt mit Qt for Python (PySide6) und ONNX Runtime. Die Modelle wurden mit öffentlichen Daten trainiert (ASAP Short Answer Scoring, Hewlett Foundation); die Herkunft steht in der Karte jedes Modells.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{score} is not a score for this question; use one of {allowed}</source>
        <translation>{score} ist keine Punktzahl für diese Frage; verwenden Sie eine von {allowed}</translation>
    </message>
    <message numerus="yes">
        <source>your marks of %n answers taken as your decisions</source>
        <translation>
            <numerusform>Ihre Bewertung von %n Antwort als Ihre Entscheidung übernommen</numerusform>
            <numerusform>Ihre Bewertungen von %n Antworten als Ihre Entscheidungen übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>clear the score of {student}</source>
        <translation>Punktzahl von {student} löschen</translation>
    </message>
    <message numerus="yes">
        <source>score {score} for %n identical answers</source>
        <translation>
            <numerusform>Punktzahl {score} für %n identische Antwort</numerusform>
            <numerusform>Punktzahl {score} für %n identische Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>score {score} for {student}</source>
        <translation>Punktzahl {score} für {student}</translation>
    </message>
</context>
<context>
    <name>drop_zone</name>
    <message>
        <source>“{name}” is a folder; drop the sheet of answers itself (an .xlsx or .csv file).</source>
        <translation>„{name}“ ist ein Ordner; ziehen Sie die Tabelle mit den Antworten selbst hierher (eine .xlsx- oder .csv-Datei).</translation>
    </message>
    <message>
        <source>“{name}” is a {suffix} file, which Grader cannot open; drop an Excel (.xlsx) or CSV sheet of answers, or a .gradebundle model.</source>
        <translation>„{name}“ ist eine {suffix}-Datei, die Grader nicht öffnen kann; ziehen Sie eine Excel- (.xlsx) oder CSV-Tabelle mit Antworten oder ein .gradebundle-Modell hierher.</translation>
    </message>
    <message>
        <source>“{name}” is a file without a type, which Grader cannot open; drop an Excel (.xlsx) or CSV sheet of answers, or a .gradebundle model.</source>
        <translation>„{name}“ ist eine Datei ohne Typ, die Grader nicht öffnen kann; ziehen Sie eine Excel- (.xlsx) oder CSV-Tabelle mit Antworten oder ein .gradebundle-Modell hierher.</translation>
    </message>
</context>
<context>
    <name>export_formats</name>
    <message>
        <source>Your sheet, graded</source>
        <translation>Ihre Tabelle, bewertet</translation>
    </message>
    <message>
        <source>Feedback for students</source>
        <translation>Rückmeldung für die Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>Grades back to your learning platform</source>
        <translation>Noten an Ihre Lernplattform zurückgeben</translation>
    </message>
    <message>
        <source>{kind} file (*{suffix})</source>
        <translation>{kind}-Datei (*{suffix})</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Students it cannot match are not left out silently: they are listed here after saving, and in a small “-unmatched.csv” beside the file.</source>
        <translation>Schülerinnen und Schüler, die nicht zugeordnet werden können, fallen nicht stillschweigend weg: sie werden nach dem Speichern hier aufgeführt und in einer kleinen „-unmatched.csv“ neben der Datei.</translation>
    </message>
    <message>
        <source>Canvas gradebook (CSV import)</source>
        <translation>Canvas-Notenbuch (CSV-Import)</translation>
    </message>
    <message>
        <source>In Canvas: Grades &gt; Import, then choose this file.</source>
        <translation>In Canvas: „Noten &gt; Importieren“, dann diese Datei wählen.</translation>
    </message>
    <message>
        <source>Moodle gradebook (CSV import)</source>
        <translation>Moodle-Bewertungen (CSV-Import)</translation>
    </message>
    <message>
        <source>In Moodle: Grades &gt; Import &gt; CSV file.</source>
        <translation>In Moodle: „Bewertungen &gt; Import &gt; CSV-Datei“.</translation>
    </message>
    <message>
        <source>Moodle gradebook by your student id column (CSV import)</source>
        <translation>Moodle-Bewertungen nach Schüler-ID (CSV-Import)</translation>
    </message>
    <message>
        <source>In Moodle: Grades &gt; Import &gt; CSV file; your student ids go in as ID numbers.</source>
        <translation>In Moodle: „Bewertungen &gt; Import &gt; CSV-Datei“; Ihre Schüler-IDs werden als ID-Nummern importiert.</translation>
    </message>
    <message>
        <source>Moodle assignment grading worksheet</source>
        <translation>Moodle-Bewertungstabelle einer Aufgabe</translation>
    </message>
    <message>
        <source>In Moodle: the assignment&apos;s View all submissions &gt; Upload grading worksheet.</source>
        <translation>In Moodle: in der Aufgabe „Alle Abgaben anzeigen &gt; Bewertungstabelle hochladen“.</translation>
    </message>
    <message>
        <source>Blackboard Grade Center (CSV upload)</source>
        <translation>Blackboard Grade Center (CSV-Upload)</translation>
    </message>
    <message>
        <source>In Blackboard: Grade Center &gt; Work Offline &gt; Upload.</source>
        <translation>In Blackboard unter Grade Center &gt; Work Offline &gt; Upload.</translation>
    </message>
    <message>
        <source>Brightspace (D2L) grades (CSV import)</source>
        <translation>Brightspace-(D2L-)Noten (CSV-Import)</translation>
    </message>
    <message>
        <source>In Brightspace: Grades &gt; Import.</source>
        <translation>In Brightspace unter Grades &gt; Import.</translation>
    </message>
    <message>
        <source>Google Classroom grades (CSV by email)</source>
        <translation>Google-Classroom-Noten (CSV nach E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>In Google Classroom: the grades by email address, one column per question.</source>
        <translation>Für Google Classroom: die Noten nach E-Mail-Adresse, eine Spalte pro Frage.</translation>
    </message>
    <message>
        <source>Points per question (CSV)</source>
        <translation>Punkte pro Frage (CSV)</translation>
    </message>
    <message>
        <source>any system</source>
        <translation>jedes System</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet, or paste the columns into any gradebook.</source>
        <translation>Öffnen Sie sie in einer Tabellenkalkulation oder fügen Sie die Spalten in ein beliebiges Notenbuch ein.</translation>
    </message>
    <message>
        <source>-graded</source>
        <translation>-bewertet</translation>
    </message>
    <message>
        <source>-canvas</source>
        <translation>-canvas</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-bericht</translation>
    </message>
    <message>
        <source>-feedback</source>
        <translation>-rueckmeldung</translation>
    </message>
    <message>
        <source>-canvas-gradebook</source>
        <translation>-canvas-notenbuch</translation>
    </message>
    <message>
        <source>-moodle-gradebook</source>
        <translation>-moodle-bewertungen</translation>
    </message>
    <message>
        <source>-moodle-gradebook-by-id</source>
        <translation>-moodle-bewertungen-nach-id</translation>
    </message>
    <message>
        <source>-moodle-worksheet</source>
        <translation>-moodle-bewertungstabelle</translation>
    </message>
    <message>
        <source>-blackboard-grade-center</source>
        <translation>-blackboard-grade-center</translation>
    </message>
    <message>
        <source>-brightspace-grades</source>
        <translation>-brightspace-noten</translation>
    </message>
    <message>
        <source>-google-classroom</source>
        <translation>-google-classroom</translation>
    </message>
    <message>
        <source>-points</source>
        <translation>-punkte</translation>
    </message>
    <message>
        <source>&amp;Graded spreadsheet (.xlsx) with a Summary sheet and a chart per question</source>
        <translation>&amp;Bewertete Tabelle (.xlsx) mit Übersichtsblatt und einem Diagramm pro Frage</translation>
    </message>
    <message>
        <source>Your original columns are kept; the grading columns and a Summary sheet are added.</source>
        <translation>Ihre ursprünglichen Spalten bleiben erhalten; die Bewertungsspalten und ein Übersichtsblatt kommen hinzu.</translation>
    </message>
    <message>
        <source>Graded sheet as &amp;CSV (.csv)</source>
        <translation>Bewertete Tabelle als &amp;CSV (.csv)</translation>
    </message>
    <message>
        <source>Your original columns are kept; the grading columns are added. UTF-8, opens in Excel.</source>
        <translation>Ihre ursprünglichen Spalten bleiben erhalten; die Bewertungsspalten kommen hinzu. UTF-8, lässt sich in Excel öffnen.</translation>
    </message>
    <message>
        <source>C&amp;anvas gradebook by your student id column (.csv)</source>
        <translation>C&amp;anvas-Notenbuch nach Ihrer Schüler-ID-Spalte (.csv)</translation>
    </message>
    <message>
        <source>Import it in Canvas under Grades ▸ Import. Students are matched by the SIS User ID (your student id column); empty cells leave Canvas&apos;s grade unchanged.</source>
        <translation>Importieren Sie sie in Canvas unter „Noten &gt; Importieren“. Schülerinnen und Schüler werden über die SIS User ID (Ihre Schüler-ID-Spalte) zugeordnet; leere Zellen lassen die Note in Canvas unverändert.</translation>
    </message>
    <message>
        <source>&amp;Printable grade report (.pdf)</source>
        <translation>Druckbarer &amp;Notenbericht (.pdf)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>A report to print: score distribution per question, what you reviewed and changed, and every student&apos;s scores.</source>
        <translation>Ein Bericht zum Drucken: Verteilung der Punktzahlen je Frage, was Sie geprüft und geändert haben, und die Punktzahlen aller Schülerinnen und Schüler.</translation>
    </message>
    <message>
        <source>&amp;Feedback for each student (.xlsx)</source>
        <translation>&amp;Rückmeldung für jede Person (.xlsx)</translation>
    </message>
    <message>
        <source>One row per student with their own answers, scores, rubric words and your comments, ready for a mail merge.</source>
        <translation>Eine Zeile pro Schülerin oder Schüler mit den eigenen Antworten, Punktzahlen, Texten des Bewertungsrasters und Ihren Kommentaren, bereit für einen Serienbrief.</translation>
    </message>
    <message>
        <source>Feedback for each student (.csv)</source>
        <translation>Rückmeldung für jede Person (.csv)</translation>
    </message>
    <message>
        <source>One row per student with their own answers, scores, rubric words and your comments, ready for a mail merge. UTF-8, opens in Excel.</source>
        <translation>Eine Zeile pro Schülerin oder Schüler mit den eigenen Antworten, Punktzahlen, Texten des Bewertungsrasters und Ihren Kommentaren, bereit für einen Serienbrief. UTF-8, lässt sich in Excel öffnen.</translation>
    </message>
    <message>
        <source>Feedback for students, one printable page each (P&amp;DF)</source>
        <translation>Rückmeldung, eine druckbare Seite pro Person (P&amp;DF)</translation>
    </message>
    <message>
        <source>One page per student to print or hand out: each question, their answer, the score, the rubric&apos;s words, your comment.</source>
        <translation>Eine Seite pro Schülerin oder Schüler zum Drucken oder Austeilen: jede Frage, die Antwort, die Punktzahl, die Worte des Bewertungsrasters, Ihr Kommentar.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (Zeile {row})</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>A new language applies when Grader starts again</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Grader</translation>
    </message>
    <message>
        <source>Grader cannot save its settings in {folder}, so the language you chose is forgotten when it closes and does not apply the next time it starts.</source>
        <translation>Grader kann seine Einstellungen nicht in {folder} speichern, daher wird die gewählte Sprache beim Schließen vergessen und gilt beim nächsten Start nicht.</translation>
    </message>
    <message>
        <source>Grader will be in {language} the next time it starts.</source>
        <translation>Grader erscheint beim nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>Grader will follow the system&apos;s language the next time it starts.</source>
        <translation>Grader verwendet beim nächsten Start die Sprache des Systems.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation>Tabelle ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an Excel or CSV sheet of students&apos; answers</source>
        <translation>Eine Excel- oder CSV-Tabelle mit Antworten von Schülern öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Every decision is saved as you make it; this confirms it</source>
        <translation>Jede Entscheidung wird gespeichert, sobald Sie sie treffen; dies bestätigt es</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the graded sheet, a Canvas gradebook or a printable report</source>
        <translation>Die bewertete Tabelle, ein Canvas-Notenbuch oder einen druckbaren Bericht schreiben</translation>
    </message>
    <message>
        <source>&amp;Add a model…</source>
        <translation>Modell &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a .gradebundle model to the library</source>
        <translation>Ein .gradebundle-Modell zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Make models from a marked sheet…</source>
        <translation>&amp;Modelle aus einer bewerteten Tabelle erstellen…</translation>
    </message>
    <message>
        <source>Learn a model per question from a sheet whose answers you have already scored</source>
        <translation>Ein Modell pro Frage aus einer Tabelle lernen, deren Antworten Sie schon bewertet haben</translation>
    </message>
    <message>
        <source>Save as mo&amp;del…</source>
        <translation>Als Mo&amp;dell speichern…</translation>
    </message>
    <message>
        <source>Save the model learned from your marks on this question, and add it to your models</source>
        <translation>Das aus Ihren Bewertungen zu dieser Frage gelernte Modell speichern und Ihren Modellen hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hoose columns…</source>
        <translation>Spalten &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose again which columns hold the students, questions and answers; your decisions stay with their answers</source>
        <translation>Noch einmal wählen, welche Spalten die Schülerinnen und Schüler, Fragen und Antworten enthalten; Ihre Entscheidungen bleiben bei ihren Antworten</translation>
    </message>
    <message>
        <source>&amp;Close sheet</source>
        <translation>Tabelle s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search students, answers and comments</source>
        <translation>Schüler, Antworten und Kommentare suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Results table</source>
        <translation>&amp;Ergebnistabelle</translation>
    </message>
    <message>
        <source>Re&amp;view answers that need you</source>
        <translation>Antworten &amp;prüfen, die auf Sie warten</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Grader and keyboard keys</source>
        <translation>Ü&amp;ber Grader und Tastenkürzel</translation>
    </message>
    <message>
        <source>No recent sheets</source>
        <translation>Keine zuletzt geöffneten Tabellen</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Auto-accepted</source>
        <translation>Automatisch übernommen</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Geändert (von Ihnen)</translation>
    </message>
    <message>
        <source>Yours to score (no model)</source>
        <translation>Zu bewerten (kein Modell)</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>auto-accepted</source>
        <translation>automatisch übernommen</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>geändert (von Ihnen)</translation>
    </message>
    <message>
        <source>yours to score (no model)</source>
        <translation>zu bewerten (kein Modell)</translation>
    </message>
    <message>
        <source>formula without a saved value</source>
        <translation>Formel ohne gespeicherten Wert</translation>
    </message>
    <message>
        <source>not prose or another language</source>
        <translation>kein Fließtext oder andere Sprache</translation>
    </message>
    <message>
        <source>To review</source>
        <comment>status in a word or two, for “Needs review”</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>status in one short word, for “Auto-accepted”</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status in one short word, for “Confirmed by you”</comment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>status in one short word, for “Changed by you”</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Scored</source>
        <comment>status in one short word, for “Scored by you”</comment>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>To score</source>
        <comment>status in one short word, for “Yours to score (no model)”</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>no value</source>
        <comment>flag in a word or two (results table), for “formula without a saved value”</comment>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>blank</source>
        <comment>flag in a word or two (results table), for “blank”</comment>
        <translation>leer</translation>
    </message>
    <message>
        <source>too short</source>
        <comment>flag in a word or two (results table), for “too short”</comment>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>copies task</source>
        <comment>flag in a word or two (results table), for “copied from prompt”</comment>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>identical</source>
        <comment>flag in a word or two (results table), for “identical to another answer”</comment>
        <translation>identisch</translation>
    </message>
    <message>
        <source>not prose</source>
        <comment>flag in a word or two (results table), for “not prose or another language”</comment>
        <translation>keine Prosa</translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>flag in a word or two (results table), for “hidden characters”</comment>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>repetitive</source>
        <comment>flag in a word or two (results table), for “repeats itself”</comment>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>very long</source>
        <comment>flag in a word or two (results table), for “much longer than the others”</comment>
        <translation>sehr lang</translation>
    </message>
    <message>
        <source>just terms</source>
        <comment>flag in a word or two (results table), for “only a list of terms”</comment>
        <translation>nur Begriffe</translation>
    </message>
    <message>
        <source>negates</source>
        <comment>flag in a word or two (results table), for “denies or negates”</comment>
        <translation>verneint</translation>
    </message>
    <message>
        <source>model fault</source>
        <comment>flag in a word or two (results table), for “invalid model output”</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>{flag} +{more}</source>
        <comment>results table&apos;s Flags cell: the most serious flag in a word or two, and how many more flags the answer has (the cell&apos;s tooltip names them all)</comment>
        <translation>{flag} +{more}</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <source>Confirmed by you</source>
        <translation>Bestätigt (von Ihnen)</translation>
    </message>
    <message>
        <source>Scored by you</source>
        <translation>Bewertet (von Ihnen)</translation>
    </message>
    <message>
        <source>confirmed by you</source>
        <translation>bestätigt (von Ihnen)</translation>
    </message>
    <message>
        <source>scored by you</source>
        <translation>bewertet (von Ihnen)</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>copied from prompt</source>
        <translation>aus der Aufgabe kopiert</translation>
    </message>
    <message>
        <source>identical to another answer</source>
        <translation>identisch mit einer anderen Antwort</translation>
    </message>
    <message>
        <source>hidden characters</source>
        <translation>versteckte Zeichen</translation>
    </message>
    <message>
        <source>repeats itself</source>
        <translation>wiederholt sich</translation>
    </message>
    <message>
        <source>much longer than the others</source>
        <translation>viel länger als die anderen</translation>
    </message>
    <message>
        <source>only a list of terms</source>
        <translation>nur eine Liste von Begriffen</translation>
    </message>
    <message>
        <source>denies or negates</source>
        <translation>verneint oder bestreitet</translation>
    </message>
    <message>
        <source>invalid model output</source>
        <translation>ungültige Modellausgabe</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>a question on the reading “{passage}” (%n words)</source>
        <translation>
            <numerusform>eine Frage zum Lesetext „{passage}“ (%n Wort)</numerusform>
            <numerusform>eine Frage zum Lesetext „{passage}“ (%n Wörter)</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>closely</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>well</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fairly well</source>
        <translation>ziemlich gut</translation>
    </message>
    <message>
        <source>weakly</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>poorly</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>the model takes no answer on its own: every answer comes to you</source>
        <translation>das Modell übernimmt keine Antwort selbst: jede Antwort kommt zu Ihnen</translation>
    </message>
    <message>
        <source>the model takes {share} of answers, at most {wrong} wrong</source>
        <translation>das Modell übernimmt {share} der Antworten, höchstens {wrong} falsch</translation>
    </message>
    <message numerus="yes">
        <source>the model takes {taken} of this question&apos;s %n answers on its own, but no error rate was measured for a threshold this low (the lowest it was checked at is {lowest})</source>
        <translation>
            <numerusform>das Modell übernimmt {taken} der %n Antwort dieser Frage selbst, aber für eine so niedrige Schwelle wurde keine Fehlerquote gemessen (die niedrigste geprüfte ist {lowest})</numerusform>
            <numerusform>das Modell übernimmt {taken} der %n Antworten dieser Frage selbst, aber für eine so niedrige Schwelle wurde keine Fehlerquote gemessen (die niedrigste geprüfte ist {lowest})</numerusform>
        </translation>
    </message>
    <message>
        <source>none on its own: its file carries no seal of its settings</source>
        <translation>keine selbst: seine Datei trägt kein Siegel seiner Einstellungen</translation>
    </message>
    <message>
        <source>none on its own: every answer comes to you</source>
        <translation>keine selbst: jede Antwort kommt zu Ihnen</translation>
    </message>
    <message>
        <source>some answers on its own; its risk table does not say how many</source>
        <translation>einige Antworten selbst; seine Risikotabelle sagt nicht, wie viele</translation>
    </message>
    <message>
        <source>{share} of answers, at most {wrong} wrong</source>
        <translation>{share} der Antworten, höchstens {wrong} falsch</translation>
    </message>
    <message numerus="yes">
        <source>your mark on {agreed} of %n answers</source>
        <translation>
            <numerusform>Ihre Bewertung bei {agreed} von %n Antwort</numerusform>
            <numerusform>Ihre Bewertung bei {agreed} von %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {question}: its model&apos;s file carries no seal of its settings (a model file of an older Grader, or one whose seal was removed), so Grader cannot tell whether its thresholds were changed and does not let it score any answer without you; the model&apos;s score is only a suggestion. Install a fresh copy of the model, or learn it again, to have it take answers.</source>
        <translation>Frage {question}: die Datei ihres Modells trägt kein Siegel ihrer Einstellungen (eine Modelldatei eines älteren Grader oder eine, deren Siegel entfernt wurde). Grader kann daher nicht erkennen, ob ihre Schwellen geändert wurden, und lässt es keine Antwort ohne Sie bewerten; die Punktzahl des Modells ist nur ein Vorschlag. Installieren Sie eine frische Kopie des Modells oder lassen Sie es neu lernen, damit es Antworten übernimmt.</translation>
    </message>
    <message>
        <source>Question {question}: its model is not sure enough of any answer to score it without you, so every answer to this question is yours to check; the model&apos;s score is only a suggestion.</source>
        <translation>Frage {question}: ihr Modell ist sich bei keiner Antwort sicher genug, um sie ohne Sie zu bewerten; daher prüfen Sie jede Antwort auf diese Frage selbst, und die Punktzahl des Modells ist nur ein Vorschlag.</translation>
    </message>
    <message>
        <source>Question {question}: at the {needed} you asked for, the model scores no answer to this question without you, so every answer is yours to check; the model&apos;s score is only a suggestion.</source>
        <translation>Frage {question}: bei den von Ihnen verlangten {needed} bewertet das Modell keine Antwort auf diese Frage ohne Sie; daher prüfen Sie jede Antwort selbst, und die Punktzahl des Modells ist nur ein Vorschlag.</translation>
    </message>
    <message>
        <source>No model scores this question yet.</source>
        <translation>Noch bewertet kein Modell diese Frage.</translation>
    </message>
    <message>
        <source>Flagged answers always come to you.</source>
        <translation>Antworten mit Hinweis kommen immer zu Ihnen.</translation>
    </message>
    <message>
        <source>Every answer to this question comes to you: its model&apos;s file carries no seal of its settings, so Grader does not let it score alone.</source>
        <translation>Jede Antwort auf diese Frage kommt zu Ihnen: die Datei ihres Modells trägt kein Siegel ihrer Einstellungen, deshalb lässt Grader es nicht allein bewerten.</translation>
    </message>
    <message>
        <source>Every answer to this question comes to you: its model is not sure enough of any answer to score it alone.</source>
        <translation>Jede Antwort auf diese Frage kommt zu Ihnen: ihr Modell ist sich bei keiner Antwort sicher genug, um sie allein zu bewerten.</translation>
    </message>
    <message>
        <source>At the {needed} you asked for, the model scores no answer to this question alone.</source>
        <translation>Bei den von Ihnen verlangten {needed} bewertet das Modell keine Antwort auf diese Frage allein.</translation>
    </message>
    <message>
        <source>The model learned from your marks cannot vouch for any answer yet, so it takes none.</source>
        <translation>Das Modell aus Ihren Bewertungen verbürgt sich noch für keine Antwort, übernimmt also keine.</translation>
    </message>
    <message>
        <source>Though {confidence} reaches the {needed} it needs, the model does not score this answer alone: the rest of its probability lies on scores far from {score}.</source>
        <translation>Obwohl {confidence} die {needed} erreicht, die es braucht, bewertet das Modell diese Antwort nicht allein: der Rest seiner Wahrscheinlichkeit liegt auf Punktzahlen weit weg von {score}.</translation>
    </message>
    <message>
        <source>{how}, about as well as a second teacher</source>
        <translation>{how}, etwa so gut wie eine zweite Lehrkraft</translation>
    </message>
    <message>
        <source>{how}, but not as well as a second teacher</source>
        <translation>{how}, aber nicht so gut wie eine zweite Lehrkraft</translation>
    </message>
    <message numerus="yes">
        <source>on answers it had not learned from, it agreed with {agreed} of your %n marks</source>
        <translation>
            <numerusform>bei Antworten, aus denen es nicht gelernt hatte, stimmte es bei {agreed} Ihrer %n Bewertung mit Ihnen überein</numerusform>
            <numerusform>bei Antworten, aus denen es nicht gelernt hatte, stimmte es bei {agreed} Ihrer %n Bewertungen mit Ihnen überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gave your mark on {agreed} of %n answers it had not learned from</source>
        <translation>
            <numerusform>gab bei {agreed} von %n Antwort, aus der es nicht gelernt hatte, Ihre Bewertung</numerusform>
            <numerusform>gab bei {agreed} von %n Antworten, aus denen es nicht gelernt hatte, Ihre Bewertung</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>answers a model takes on its own, in a narrow column</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>some</source>
        <comment>answers a model takes on its own, in a narrow column</comment>
        <translation>einige</translation>
    </message>
    <message>
        <source>{share}, at most {wrong} wrong</source>
        <translation>{share}, höchstens {wrong} falsch</translation>
    </message>
    <message>
        <source>Every answer here is yours to check: the model&apos;s file has no seal.</source>
        <translation>Jede Antwort hier prüfen Sie selbst: die Datei des Modells trägt kein Siegel.</translation>
    </message>
    <message>
        <source>Every answer here is yours to check: the model is not sure enough.</source>
        <translation>Jede Antwort hier prüfen Sie selbst: das Modell ist nicht sicher genug.</translation>
    </message>
    <message>
        <source>Every answer here is yours to check at the {needed} you asked for.</source>
        <translation>Bei den von Ihnen verlangten {needed} prüfen Sie jede Antwort hier selbst.</translation>
    </message>
    <message>
        <source>This question&apos;s model learned from your mark on this answer: its score for it is fitted to that mark and checks nothing, so it is not shown.</source>
        <translation>Das Modell dieser Frage hat aus Ihrer Bewertung dieser Antwort gelernt: seine Punktzahl für sie ist an diese Bewertung angepasst und prüft nichts, daher wird sie nicht angezeigt.</translation>
    </message>
    <message>
        <source>The model is unsure: {confidence} is below the {needed} it needs to score alone.</source>
        <translation>Das Modell ist unsicher: {confidence} liegt unter den {needed}, die es braucht, um allein zu bewerten.</translation>
    </message>
    <message>
        <source>The model scores this answer alone: at a threshold this low, it gives the score that weighs all its probabilities, not always the likeliest one; you may still change it.</source>
        <translation>Das Modell bewertet diese Antwort allein: bei einer so niedrigen Schwelle gibt es die Punktzahl, die alle seine Wahrscheinlichkeiten abwägt, nicht immer die wahrscheinlichste; Sie können sie trotzdem ändern.</translation>
    </message>
    <message>
        <source>The model is confident; you may still change its score.</source>
        <translation>Das Modell ist sicher; Sie können seine Punktzahl trotzdem ändern.</translation>
    </message>
    <message>
        <source>Your score: {score}</source>
        <translation>Ihre Punktzahl: {score}</translation>
    </message>
    <message numerus="yes">
        <source>Your score for the typical answer: {score}. %n answers of the group are still open.</source>
        <translation>
            <numerusform>Ihre Punktzahl für die typische Antwort: {score}. %n Antwort der Gruppe ist noch offen.</numerusform>
            <numerusform>Ihre Punktzahl für die typische Antwort: {score}. %n Antworten der Gruppe sind noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} ({percent} sure)</source>
        <translation>{score} (zu {percent} sicher)</translation>
    </message>
    <message>
        <source>Not decided yet. The model suggests {score} for the typical answer.</source>
        <translation>Noch nicht entschieden. Das Modell schlägt für die typische Antwort {score} vor.</translation>
    </message>
    <message>
        <source>Not decided yet. The model suggests {score}.</source>
        <translation>Noch nicht entschieden. Das Modell schlägt {score} vor.</translation>
    </message>
    <message>
        <source>Not decided yet. The model says {score} for the typical answer.</source>
        <translation>Noch nicht entschieden. Für die typische Antwort sagt das Modell {score}.</translation>
    </message>
    <message>
        <source>Not decided yet. The model says {score}.</source>
        <translation>Noch nicht entschieden. Das Modell sagt {score}.</translation>
    </message>
    <message>
        <source>Not decided yet. Type the score.</source>
        <translation>Noch nicht entschieden. Geben Sie die Punktzahl ein.</translation>
    </message>
    <message>
        <source>their models</source>
        <translation>ihre Modelle</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <source>the model of {questions}</source>
        <translation>das Modell von {questions}</translation>
    </message>
    <message numerus="yes">
        <source>Every answer has its score: you decided %n.</source>
        <translation>
            <numerusform>Jede Antwort hat ihre Punktzahl: Sie haben sie entschieden.</numerusform>
            <numerusform>Jede Antwort hat ihre Punktzahl: Sie haben alle %n entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to grade yet.</source>
        <translation>Noch keine Antworten zu bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>You decided %n answers</source>
        <translation>
            <numerusform>Sie haben %n Antwort entschieden</numerusform>
            <numerusform>Sie haben %n Antworten entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n need you</source>
        <translation>
            <numerusform> und %n wartet auf Sie</numerusform>
            <numerusform> und %n warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n need you: no model scores them</source>
        <translation>
            <numerusform> und %n wartet auf Sie: kein Modell bewertet sie</numerusform>
            <numerusform> und %n warten auf Sie: kein Modell bewertet sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need you</source>
        <translation>
            <numerusform>%n Antwort wartet auf Sie</numerusform>
            <numerusform>%n Antworten warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need you: no model scores them</source>
        <translation>
            <numerusform>%n Antwort wartet auf Sie: kein Modell bewertet sie</numerusform>
            <numerusform>%n Antworten warten auf Sie: kein Modell bewertet sie</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer needs you</source>
        <translation>Keine Antwort wartet auf Sie</translation>
    </message>
    <message numerus="yes">
        <source> (%n with no model to score them)</source>
        <translation>
            <numerusform> (%n davon ohne Modell, das sie bewertet)</numerusform>
            <numerusform> (%n davon ohne Modell, das sie bewertet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are accepted with no accuracy estimate for this model</source>
        <translation>
            <numerusform>; die übrige wird ohne Schätzung der Genauigkeit für dieses Modell übernommen</numerusform>
            <numerusform>; die übrigen %n werden ohne Schätzung der Genauigkeit für dieses Modell übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are accepted with no accuracy estimate for {model}</source>
        <translation>
            <numerusform>; die übrige wird ohne Schätzung der Genauigkeit für {model} übernommen</numerusform>
            <numerusform>; die übrigen %n werden ohne Schätzung der Genauigkeit für {model} übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are expected to be at least {percent} right</source>
        <translation>
            <numerusform>; die übrige ist voraussichtlich zu mindestens {percent} richtig</numerusform>
            <numerusform>; die übrigen %n sind voraussichtlich zu mindestens {percent} richtig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; of the other {total}, %n are expected to be at least {percent} right</source>
        <translation>
            <numerusform>; von den übrigen {total} ist %n voraussichtlich zu mindestens {percent} richtig</numerusform>
            <numerusform>; von den übrigen {total} sind %n voraussichtlich zu mindestens {percent} richtig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n are accepted with no accuracy estimate for {model}</source>
        <translation>
            <numerusform> und %n wird ohne Schätzung der Genauigkeit für {model} übernommen</numerusform>
            <numerusform> und %n werden ohne Schätzung der Genauigkeit für {model} übernommen</numerusform>
        </translation>
    </message>
</context>
</TS>

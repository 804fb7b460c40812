<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerCard</name>
    <message numerus="yes">
        <source>(%n more words of the question before this)</source>
        <translation>
            <numerusform>(%n more word of the question before this)</numerusform>
            <numerusform>(%n more words of the question before this)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the model holds a reading passage of %n words and no question)</source>
        <translation>
            <numerusform>(the model holds a reading passage of %n word and no question)</numerusform>
            <numerusform>(the model holds a reading passage of %n words and no question)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n more characters are not shown here. The graded sheet you export keeps the whole answer.]</source>
        <translation>
            <numerusform>[%n more character is not shown here. The graded sheet you export keeps the whole answer.]</numerusform>
            <numerusform>[%n more characters are not shown here. The graded sheet you export keeps the whole answer.]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseWithUnsaved</name>
    <message numerus="yes">
        <source>your %n decisions</source>
        <translation>
            <numerusform>your decision</numerusform>
            <numerusform>your %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions could not be saved to {file}, even when tried again just now; if you close, they are lost.</source>
        <translation>
            <numerusform>One of your decisions could not be saved to {file}, even when tried again just now; if you close, it is lost.</numerusform>
            <numerusform>%n of your decisions could not be saved to {file}, even when tried again just now; if you close, they are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close and &amp;lose %n decisions</source>
        <translation>
            <numerusform>Close and &amp;lose the decision</numerusform>
            <numerusform>Close and &amp;lose %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifferingScores</name>
    <message numerus="yes">
        <source>%n answers to question {question} are identical to others but got another score.</source>
        <translation>
            <numerusform>%n answer to question {question} is identical to others but got another score.</numerusform>
            <numerusform>%n answers to question {question} are identical to others but got another score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in question {question}</source>
        <translation>
            <numerusform>%n in question {question}</numerusform>
            <numerusform>%n in question {question}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers identical to others got another score ({questions}).</source>
        <translation>
            <numerusform>%n answer identical to others got another score ({questions}).</numerusform>
            <numerusform>%n answers identical to others got another score ({questions}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message numerus="yes">
        <source>Release to add the models to the library</source>
        <translation>
            <numerusform>Release to add the model to the library</numerusform>
            <numerusform>Release to add the models to the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarlierProject</name>
    <message numerus="yes">
        <source>{sheet} has no project file of its own. It holds {found} of the {stored} answers of {made_for}, and {file} in the same folder holds %n decisions on them.</source>
        <translation>
            <numerusform>{sheet} has no project file of its own. It holds {found} of the {stored} answers of {made_for}, and {file} in the same folder holds %n decision on them.</numerusform>
            <numerusform>{sheet} has no project file of its own. It holds {found} of the {stored} answers of {made_for}, and {file} in the same folder holds %n decisions on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has no project file of its own, but {file} in the same folder holds %n decisions on its answers (it was made for {made_for}).</source>
        <translation>
            <numerusform>{sheet} has no project file of its own, but {file} in the same folder holds %n decision on its answers (it was made for {made_for}).</numerusform>
            <numerusform>{sheet} has no project file of its own, but {file} in the same folder holds %n decisions on its answers (it was made for {made_for}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Use the %n decisions</source>
        <translation>
            <numerusform>&amp;Use the %n decision</numerusform>
            <numerusform>&amp;Use the %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions come over</source>
        <translation>
            <numerusform>%n decision comes over</numerusform>
            <numerusform>%n decisions come over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers are new or changed</source>
        <translation>
            <numerusform>%n answer is new or changed</numerusform>
            <numerusform>%n answers are new or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You graded these answers before, on {date} in {folder}: %n decisions. Continue from them?</source>
        <translation>
            <numerusform>You graded these answers before, on {date} in {folder}: %n decision. Continue from it?</numerusform>
            <numerusform>You graded these answers before, on {date} in {folder}: %n decisions. Continue from them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue from the %n decisions</source>
        <translation>
            <numerusform>&amp;Continue from the %n decision</numerusform>
            <numerusform>&amp;Continue from the %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n answers still have no score: score them in the review first, or export now and their scores are left empty.</source>
        <translation>
            <numerusform>%n answer still has no score: score it in the review first, or export now and its score is left empty.</numerusform>
            <numerusform>%n answers still have no score: score them in the review first, or export now and their scores are left empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers still have no score; they are exported with an empty score.</source>
        <translation>
            <numerusform>%n answer still has no score; they are exported with an empty score.</numerusform>
            <numerusform>%n answers still have no score; they are exported with an empty score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students get no total in the points sheet because of them.</source>
        <translation>
            <numerusform>%n student gets no total in the points sheet because of them.</numerusform>
            <numerusform>%n students get no total in the points sheet because of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The models for %n questions ({questions}) are still learning from your marks, so their answers have no score yet: wait until this note goes to export them with their scores.</source>
        <translation>
            <numerusform>The model for %n question ({questions}) is still learning from your marks, so its answers have no score yet: wait until this note goes to export them with its scores.</numerusform>
            <numerusform>The models for %n questions ({questions}) are still learning from your marks, so their answers have no score yet: wait until this note goes to export them with their scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} in {folder}, with %n students.</source>
        <translation>
            <numerusform>Saved {name} in {folder}, with %n student.</numerusform>
            <numerusform>Saved {name} in {folder}, with %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students got no grade in {file}, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n student got no grade in {file}, because an answer of theirs still has no score.</numerusform>
            <numerusform>%n students got no grade in {file}, because an answer of theirs still has no score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students got no grade in {file}, because an answer of theirs still has no score: {students}.</source>
        <translation>
            <numerusform>%n student got no grade in {file}, because an answer of theirs still has no score: {students}.</numerusform>
            <numerusform>%n students got no grade in {file}, because an answer of theirs still has no score: {students}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students have an empty score in {file}, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n student has an empty score in {file}, because an answer of theirs still has no score.</numerusform>
            <numerusform>%n students have an empty score in {file}, because an answer of theirs still has no score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students have an empty score in {file}, because an answer of theirs still has no score: {students}.</source>
        <translation>
            <numerusform>%n student has an empty score in {file}, because an answer of theirs still has no score: {students}.</numerusform>
            <numerusform>%n students have an empty score in {file}, because an answer of theirs still has no score: {students}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students could not be matched, so they are not in {file}.</source>
        <translation>
            <numerusform>%n student could not be matched, so this student is not in {file}.</numerusform>
            <numerusform>%n students could not be matched, so they are not in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students are in {file} without a grade, because an answer of theirs still has no score.</source>
        <translation>
            <numerusform>%n student is in {file} without a grade, because an answer of theirs still has no score.</numerusform>
            <numerusform>%n students are in {file} without a grade, because an answer of theirs still has no score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: none of the %n students could be matched. Why, for each of them:</source>
        <translation>
            <numerusform>Nothing was saved: the %n student could not be matched. Why:</numerusform>
            <numerusform>Nothing was saved: none of the %n students could be matched. Why, for each of them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells were longer than Excel allows and were cut in {file}, ending in “…”: {cells}. Saved as CSV, they are kept whole.</source>
        <translation>
            <numerusform>%n cell was longer than Excel allows and was cut in {file}, ending in “…”: {cells}. Saved as CSV, it is kept whole.</numerusform>
            <numerusform>%n cells were longer than Excel allows and were cut in {file}, ending in “…”: {cells}. Saved as CSV, they are kept whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotes</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells were left empty because a student&apos;s attempts at a question got different scores: {cells}. Decide which attempt counts and enter that grade in Canvas by hand.</source>
        <translation>
            <numerusform>%n cell was left empty because a student&apos;s attempts at a question got different scores: {cells}. Decide which attempt counts and enter that grade in Canvas by hand.</numerusform>
            <numerusform>%n cells were left empty because a student&apos;s attempts at a question got different scores: {cells}. Decide which attempt counts and enter that grade in Canvas by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every student has a row with their points per question; %n of them has no total yet, because an answer of theirs has no score.</source>
        <translation>
            <numerusform>Every student has a row with their points per question; %n of them has no total yet, because an answer of theirs has no score.</numerusform>
            <numerusform>Every student has a row with their points per question; %n of them have no total yet, because an answer of theirs has no score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReasons</name>
    <message numerus="yes">
        <source>{count} answers to {item} and %n more questions (more than one attempt?); enter this student&apos;s grade by hand</source>
        <translation>
            <numerusform>{count} answers to {item} and %n more question (more than one attempt?); enter this student&apos;s grade by hand</numerusform>
            <numerusform>{count} answers to {item} and %n more questions (more than one attempt?); enter this student&apos;s grade by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message numerus="yes">
        <source>… (your answer goes on for %Ln more characters, not printed here; your teacher&apos;s sheet has it whole)</source>
        <translation>
            <numerusform>… (your answer goes on for %Ln more character, not printed here; your teacher&apos;s sheet has it whole)</numerusform>
            <numerusform>… (your answer goes on for %Ln more characters, not printed here; your teacher&apos;s sheet has it whole)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: not final yet (%n answers still have no score)</source>
        <translation>
            <numerusform>Total: not final yet (%n answer still has no score)</numerusform>
            <numerusform>Total: not final yet (%n answers still have no score)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students&apos; pages have characters that the PDF&apos;s fonts cannot show (for example {characters}): they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) keeps them.</source>
        <translation>
            <numerusform>One student&apos;s page has characters that the PDF&apos;s fonts cannot show (for example {characters}): they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) keeps them.</numerusform>
            <numerusform>%n students&apos; pages have characters that the PDF&apos;s fonts cannot show (for example {characters}): they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatChooser</name>
    <message numerus="yes">
        <source>%n of {total} students have no email address and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no email address and is left out.</numerusform>
            <numerusform>%n of {total} students have no email address and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no username and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no username and is left out.</numerusform>
            <numerusform>%n of {total} students have no username and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no OrgDefinedId and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no OrgDefinedId and is left out.</numerusform>
            <numerusform>%n of {total} students have no OrgDefinedId and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no ID number and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no ID number and is left out.</numerusform>
            <numerusform>%n of {total} students have no ID number and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no student id and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no student id and is left out.</numerusform>
            <numerusform>%n of {total} students have no student id and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no participant identifier and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no participant identifier and is left out.</numerusform>
            <numerusform>%n of {total} students have no participant identifier and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} students have no Canvas id, SIS User ID or student id and are left out.</source>
        <translation>
            <numerusform>%n of {total} students has no Canvas id, SIS User ID or student id and is left out.</numerusform>
            <numerusform>%n of {total} students have no Canvas id, SIS User ID or student id and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their email address, and %n of the {total} students in your sheet have none. {left_out} To include them, add their email addresses to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} matches students by their email address, and %n of the {total} students in your sheet has none. {left_out} To include them, add their email addresses to the sheet, open it again and export again.</numerusform>
            <numerusform>{system} matches students by their email address, and %n of the {total} students in your sheet have none. {left_out} To include them, add their email addresses to the sheet, open it again and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their username, and %n of the {total} students in your sheet have none. {left_out} To include them, add their usernames to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} matches students by their username, and %n of the {total} students in your sheet has none. {left_out} To include them, add their usernames to the sheet, open it again and export again.</numerusform>
            <numerusform>{system} matches students by their username, and %n of the {total} students in your sheet have none. {left_out} To include them, add their usernames to the sheet, open it again and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their OrgDefinedId, and %n of the {total} students in your sheet have none. {left_out} To include them, add their OrgDefinedIds to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} matches students by their OrgDefinedId, and %n of the {total} students in your sheet has none. {left_out} To include them, add their OrgDefinedIds to the sheet, open it again and export again.</numerusform>
            <numerusform>{system} matches students by their OrgDefinedId, and %n of the {total} students in your sheet have none. {left_out} To include them, add their OrgDefinedIds to the sheet, open it again and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their ID number, and %n of the {total} students in your sheet have none. {left_out} To include them, add their ID numbers to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} matches students by their ID number, and %n of the {total} students in your sheet has none. {left_out} To include them, add their ID numbers to the sheet, open it again and export again.</numerusform>
            <numerusform>{system} matches students by their ID number, and %n of the {total} students in your sheet have none. {left_out} To include them, add their ID numbers to the sheet, open it again and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file gives {system} your student id column, and %n of the {total} students in your sheet have no id in it. {left_out} To include them, fill in their ids in the sheet, open it again and export again.</source>
        <translation>
            <numerusform>This file gives {system} your student id column, and %n of the {total} students in your sheet has no id in it. {left_out} To include them, fill in their ids in the sheet, open it again and export again.</numerusform>
            <numerusform>This file gives {system} your student id column, and %n of the {total} students in your sheet have no id in it. {left_out} To include them, fill in their ids in the sheet, open it again and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches the grading worksheet by each student&apos;s participant identifier (“Participant 123”), and %n of the {total} students in your sheet have none. {left_out} To include them, download the grading worksheet from {system} again, open it and export again.</source>
        <translation>
            <numerusform>{system} matches the grading worksheet by each student&apos;s participant identifier (“Participant 123”), and %n of the {total} students in your sheet has none. {left_out} To include them, download the grading worksheet from {system} again, open it and export again.</numerusform>
            <numerusform>{system} matches the grading worksheet by each student&apos;s participant identifier (“Participant 123”), and %n of the {total} students in your sheet have none. {left_out} To include them, download the grading worksheet from {system} again, open it and export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{system} matches students by their Canvas id or SIS User ID, or by your student id column given as SIS User ID, and %n of the {total} students in your sheet have none of them. {left_out} To include them, add their ids to the sheet, open it again and export again.</source>
        <translation>
            <numerusform>{system} matches students by their Canvas id or SIS User ID, or by your student id column given as SIS User ID, and %n of the {total} students in your sheet has none of them. {left_out} To include them, add their ids to the sheet, open it again and export again.</numerusform>
            <numerusform>{system} matches students by their Canvas id or SIS User ID, or by your student id column given as SIS User ID, and %n of the {total} students in your sheet have none of them. {left_out} To include them, add their ids to the sheet, open it again and export again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message numerus="yes">
        <source>%n blank answers</source>
        <translation>
            <numerusform>%n blank answer</numerusform>
            <numerusform>%n blank answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical answers</source>
        <translation>
            <numerusform>%n identical answer</numerusform>
            <numerusform>%n identical answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers that look alike</source>
        <translation>
            <numerusform>%n answer that looks alike</numerusform>
            <numerusform>%n answers that look alike</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters: click this answer in the list below, or choose it with ↑/↓, to read all of it)</source>
        <translation>
            <numerusform>(%n more character: click this answer in the list below, or choose it with ↑/↓, to read all of it)</numerusform>
            <numerusform>(%n more characters: click this answer in the list below, or choose it with ↑/↓, to read all of it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model scores %n of them otherwise than the rest: they are marked with ≠ in the list below. One key scores the others and leaves those answers open, to check and score next.</source>
        <translation>
            <numerusform>The model scores %n of them otherwise than the rest: it is marked with ≠ in the list below. One key scores the others and leaves that answer open, to check and score next.</numerusform>
            <numerusform>The model scores %n of them otherwise than the rest: they are marked with ≠ in the list below. One key scores the others and leaves those answers open, to check and score next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the typical answer in words (their own words shown in bold, underlined, in the list below): {members}. One key scores the others and leaves those answers open, to read and score next.</source>
        <translation>
            <numerusform>%n of them differs from the typical answer in words (its own words shown in bold, underlined, in the list below): {members}. One key scores the others and leaves that answer open, to read and score next.</numerusform>
            <numerusform>%n of them differ from the typical answer in words (their own words shown in bold, underlined, in the list below): {members}. One key scores the others and leaves those answers open, to read and score next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from the typical answer in words: {members}. One key scores the others and leaves those answers open, to read and score next.</source>
        <translation>
            <numerusform>%n of them differs from the typical answer in words: {members}. One key scores the others and leaves that answer open, to read and score next.</numerusform>
            <numerusform>%n of them differ from the typical answer in words: {members}. One key scores the others and leaves those answers open, to read and score next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n answers in the group ({scored} scored)</source>
        <translation>
            <numerusform>The %n answer in the group ({scored} scored)</numerusform>
            <numerusform>All %n answers in the group ({scored} scored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters: click this answer, or choose it with ↑/↓, to read all of it)</source>
        <translation>
            <numerusform>(%n more character: click this answer, or choose it with ↑/↓, to read all of it)</numerusform>
            <numerusform>(%n more characters: click this answer, or choose it with ↑/↓, to read all of it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupSplit</name>
    <message numerus="yes">
        <source>Score {score} given to %n answers in the group.</source>
        <translation>
            <numerusform>Score {score} given to %n answer in the group.</numerusform>
            <numerusform>Score {score} given to %n answers in the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers that differ from the typical answer (marked in the list) are left open for you to read and score next; undo the group&apos;s score with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>%n answer that differs from the typical answer (marked in the list) is left open for you to read and score next; undo the group&apos;s score with Ctrl+Z or {menu}.</numerusform>
            <numerusform>%n answers that differ from the typical answer (marked in the list) are left open for you to read and score next; undo the group&apos;s score with Ctrl+Z or {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n that agree:</source>
        <comment>before the score buttons: the score goes to the answers of the group that agree with its typical answer; the others stay open</comment>
        <translation>
            <numerusform>Give the one that agrees:</numerusform>
            <numerusform>Give the %n that agree:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s score {score} given to {student}. %n answers that differ from the typical answer are still open: Enter gives the next one its own model score, a digit gives them all one score.</source>
        <translation>
            <numerusform>The model&apos;s score {score} given to {student}. %n answer that differs from the typical answer is still open: Enter gives it its own model score, a digit gives it a score.</numerusform>
            <numerusform>The model&apos;s score {score} given to {student}. %n answers that differ from the typical answer are still open: Enter gives the next one its own model score, a digit gives them all one score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdenticalAsk</name>
    <message numerus="yes">
        <source>%n of these {total} identical answers have another score of yours ({scores}). Press Ctrl+G again to give all {total} of them {score}.</source>
        <translation>
            <numerusform>%n of these {total} identical answers has another score of yours ({scores}). Press Ctrl+G again to give all {total} of them {score}.</numerusform>
            <numerusform>%n of these {total} identical answers have another score of yours ({scores}). Press Ctrl+G again to give all {total} of them {score}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnSheetDialog</name>
    <message numerus="yes">
        <source>A question needs at least %n marked answers to make a model: a model learned from fewer could not take any answer on its own. A question with fewer is skipped, and Grader says how many more to mark.</source>
        <translation>
            <numerusform>A question needs at least %n marked answer to make a model: a model learned from fewer could not take any answer on its own. A question with fewer is skipped, and Grader says how many more to mark.</numerusform>
            <numerusform>A question needs at least %n marked answers to make a model: a model learned from fewer could not take any answer on its own. A question with fewer is skipped, and Grader says how many more to mark.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningController</name>
    <message numerus="yes">
        <source>The model for question {question} now takes fewer answers: %n answers it had taken are back with you.</source>
        <translation>
            <numerusform>The model for question {question} now takes fewer answers: %n answer it had taken is back with you.</numerusform>
            <numerusform>The model for question {question} now takes fewer answers: %n answers it had taken are back with you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model for question {question} no longer takes answers: %n answers it had taken are back with you.</source>
        <translation>
            <numerusform>The model for question {question} no longer takes answers: %n answer it had taken is back with you.</numerusform>
            <numerusform>The model for question {question} no longer takes answers: %n answers it had taken are back with you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question {question} (your model, learning from {counted} of your %n earlier marks and {now} of this sheet): {progress}</source>
        <translation>
            <numerusform>Question {question} (your model, learning from {counted} of your %n earlier mark and {now} of this sheet): {progress}</numerusform>
            <numerusform>Question {question} (your model, learning from {counted} of your %n earlier marks and {now} of this sheet): {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question {question} (your model, learning from your %n earlier marks and {now} of this sheet): {progress}</source>
        <translation>
            <numerusform>Question {question} (your model, learning from your %n earlier mark and {now} of this sheet): {progress}</numerusform>
            <numerusform>Question {question} (your model, learning from your %n earlier marks and {now} of this sheet): {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier marks are of answers worded word for word as answers of this sheet: the model does not learn from them, so it never takes on its own an answer it learned; the mark you give such an answer here is the one that counts.</source>
        <translation>
            <numerusform>%n earlier mark is of an answer worded word for word as an answer of this sheet: the model does not learn from it, so it never takes on its own an answer it learned; the mark you give such an answer here is the one that counts.</numerusform>
            <numerusform>%n earlier marks are of answers worded word for word as answers of this sheet: the model does not learn from them, so it never takes on its own an answer it learned; the mark you give such an answer here is the one that counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningWords</name>
    <message numerus="yes">
        <source>Only marks on the answers Grader suggests count towards that; the %n answers you chose yourself teach the model but do not.</source>
        <translation>
            <numerusform>Only marks on the answers Grader suggests count towards that; the %n answer you chose yourself teaches the model but does not.</numerusform>
            <numerusform>Only marks on the answers Grader suggests count towards that; the %n answers you chose yourself teach the model but do not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n need you.</source>
        <translation>
            <numerusform>; %n needs you.</numerusform>
            <numerusform>; %n need you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model has taken this question&apos;s other %n answers on its own; check them in the table, or keep marking.</source>
        <translation>
            <numerusform>The model has taken this question&apos;s other %n answer on its own; check it in the table, or keep marking.</numerusform>
            <numerusform>The model has taken this question&apos;s other %n answers on its own; check them in the table, or keep marking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model has not learned from your newest %n marks yet; it does when you pause.</source>
        <translation>
            <numerusform>The model has not learned from your newest mark yet; it does when you pause.</numerusform>
            <numerusform>The model has not learned from your newest %n marks yet; it does when you pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model can take {auto} of this question&apos;s %n answers left (expected at least {percent} right)</source>
        <translation>
            <numerusform>The model can take {auto} of this question&apos;s %n answer left (expected at least {percent} right)</numerusform>
            <numerusform>The model can take {auto} of this question&apos;s %n answers left (expected at least {percent} right)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model can take {auto} of this question&apos;s %n answers left</source>
        <translation>
            <numerusform>The model can take {auto} of this question&apos;s %n answer left</numerusform>
            <numerusform>The model can take {auto} of this question&apos;s %n answers left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question has only %n answers left, too few for the model to learn enough to take any; mark them yourself.</source>
        <translation>
            <numerusform>This question has only %n answer left, too few for the model to learn enough to take it; mark it yourself.</numerusform>
            <numerusform>This question has only %n answers left, too few for the model to learn enough to take any; mark them yourself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark at least %n more answers to this question; if the model agrees with you on them, it can take about {take} of the rest.</source>
        <translation>
            <numerusform>Mark at least %n more answer to this question; if the model agrees with you on it, it can take about {take} of the rest.</numerusform>
            <numerusform>Mark at least %n more answers to this question; if the model agrees with you on them, it can take about {take} of the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers can be taken by the shipped model; keep marking and the model learns from you.</source>
        <translation>
            <numerusform>%n answer can be taken by the shipped model; keep marking and the model learns from you.</numerusform>
            <numerusform>%n answers can be taken by the shipped model; keep marking and the model learns from you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since your marks so far fall in only %n groups of similar answers or answers marked together, each counted once</source>
        <translation>
            <numerusform>Keep marking, since your marks so far fall in only %n group of similar answers or answers marked together, each counted once</numerusform>
            <numerusform>Keep marking, since your marks so far fall in only %n groups of similar answers or answers marked together, each counted once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the model needs marks on at least %n more answers unlike these before it can take one.</source>
        <translation>
            <numerusform>; the model needs marks on at least %n more answer unlike these before it can take one.</numerusform>
            <numerusform>; the model needs marks on at least %n more answers unlike these before it can take one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, but the model cannot promise when it will take an answer: your last %n marks brought it little or no closer</source>
        <translation>
            <numerusform>Keep marking, but the model cannot promise when it will take an answer: your last %n mark brought it little or no closer</numerusform>
            <numerusform>Keep marking, but the model cannot promise when it will take an answer: your last %n marks brought it little or no closer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; even if every further mark helps, it needs at least %n more marks.</source>
        <translation>
            <numerusform>; even if every further mark helps, it needs at least %n more mark.</numerusform>
            <numerusform>; even if every further mark helps, it needs at least %n more marks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer, more than before: on answers it had not learned from, it was right less often or less sure than it had seemed.</source>
        <translation>
            <numerusform>Keep marking, since the model needs at least %n more mark before it can take an answer, more than before: on answers it had not learned from, it was right less often or less sure than it had seemed.</numerusform>
            <numerusform>Keep marking, since the model needs at least %n more marks before it can take an answer, more than before: on answers it had not learned from, it was right less often or less sure than it had seemed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer, and marks on more answers unlike each other, with more than one score, before it can tell how often it agrees with you.</source>
        <translation>
            <numerusform>Keep marking, since the model needs at least %n more mark before it can take an answer, and marks on more answers unlike each other, with more than one score, before it can tell how often it agrees with you.</numerusform>
            <numerusform>Keep marking, since the model needs at least %n more marks before it can take an answer, and marks on more answers unlike each other, with more than one score, before it can tell how often it agrees with you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer.</source>
        <translation>
            <numerusform>Keep marking, since the model needs at least %n more mark before it can take an answer.</numerusform>
            <numerusform>Keep marking, since the model needs at least %n more marks before it can take an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep marking, since the model needs at least %n more marks before it can take an answer; on answers it had not learned from, it agreed with {agreed} of your {checked} marks and must be at least {percent} right.</source>
        <translation>
            <numerusform>Keep marking, since the model needs at least %n more mark before it can take an answer; on answers it had not learned from, it agreed with {agreed} of your {checked} marks and must be at least {percent} right.</numerusform>
            <numerusform>Keep marking, since the model needs at least %n more marks before it can take an answer; on answers it had not learned from, it agreed with {agreed} of your {checked} marks and must be at least {percent} right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>%n files in your models folder could not be loaded (marked ⚠ in the list): choose one and Remove… it, or put a fresh copy from whoever made it in its place. The folder: {folder}.</source>
        <translation>
            <numerusform>%n file in your models folder could not be loaded (marked ⚠ in the list): choose it and Remove… it, or put a fresh copy from whoever made it in its place. The folder: {folder}.</numerusform>
            <numerusform>%n files in your models folder could not be loaded (marked ⚠ in the list): choose one and Remove… it, or put a fresh copy from whoever made it in its place. The folder: {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files that came with Grader could not be loaded (marked ⚠ in the list): install a fresh copy of Grader.</source>
        <translation>
            <numerusform>%n file that came with Grader could not be loaded (marked ⚠ in the list): install a fresh copy of Grader.</numerusform>
            <numerusform>%n files that came with Grader could not be loaded (marked ⚠ in the list): install a fresh copy of Grader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>All %n decisions are saved in {file}, beside your sheet; Grader saves each one the moment you make it.</source>
        <translation>
            <numerusform>Your %n decision is saved in {file}, beside your sheet; Grader saves each one the moment you make it.</numerusform>
            <numerusform>All %n decisions are saved in {file}, beside your sheet; Grader saves each one the moment you make it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided by you</source>
        <translation>
            <numerusform>%n decided by you</numerusform>
            <numerusform>%n decided by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <comment>status bar: decisions the project file could not take yet</comment>
        <translation>
            <numerusform>%n not saved</numerusform>
            <numerusform>%n not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n needs you</numerusform>
            <numerusform>%n need you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>%n rows, {columns} columns. Check what each column holds, then start scoring.</source>
        <translation>
            <numerusform>%n row, {columns} columns. Check what each column holds, then start scoring.</numerusform>
            <numerusform>%n rows, {columns} columns. Check what each column holds, then start scoring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Google Classroom&apos;s row of points, “Points: …”).</source>
        <translation>
            <numerusform>Left out %n row that is not a student (Google Classroom&apos;s row of points, “Points: …”).</numerusform>
            <numerusform>Left out %n rows that are not students (Google Classroom&apos;s row of points, “Points: …”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (in Canvas&apos;s gradebook: {rows}).</source>
        <translation>
            <numerusform>Left out %n row that is not a student (in Canvas&apos;s gradebook: {rows}).</numerusform>
            <numerusform>Left out %n rows that are not students (in Canvas&apos;s gradebook: {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Canvas&apos;s “Test Student”, your Student View).</source>
        <translation>
            <numerusform>Left out %n row that is not a student (Canvas&apos;s “Test Student”, your Student View).</numerusform>
            <numerusform>Left out %n rows that are not students (Canvas&apos;s “Test Student”, your Student View).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that are not students (Moodle&apos;s “Overall average”).</source>
        <translation>
            <numerusform>Left out %n row that is not a student (Moodle&apos;s “Overall average”).</numerusform>
            <numerusform>Left out %n rows that are not students (Moodle&apos;s “Overall average”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the question column “{column}” has %n different values; choose the column that names the question of each answer</source>
        <translation>
            <numerusform>the question column “{column}” has %n value; choose the column that names the question of each answer</numerusform>
            <numerusform>the question column “{column}” has %n different values; choose the column that names the question of each answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score %n answers</source>
        <translation>
            <numerusform>Score %n answer</numerusform>
            <numerusform>Score %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{written} + %n blank</source>
        <translation>
            <numerusform>{written} + %n blank</numerusform>
            <numerusform>{written} + %n blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions without a model ({questions}): their answers stay in the results, marked for you to score; a model learns from your marks as you go.</source>
        <translation>
            <numerusform>%n question without a model ({questions}): its answers stay in the results, marked for you to score; a model learns from your marks as you go.</numerusform>
            <numerusform>%n questions without a model ({questions}): their answers stay in the results, marked for you to score; a model learns from your marks as you go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Models learned from your marks exist for %n questions ({questions}) but cannot take any answer on their own yet, so here these questions learn from your marks instead. To have a question&apos;s learned model suggest scores for you to confirm, choose it in that question&apos;s model list.</source>
        <translation>
            <numerusform>A model learned from your marks exists for 1 question ({questions}) but cannot take any answer on its own yet, so here the question learns from your marks instead. To have it suggest scores for you to confirm, choose it in the question&apos;s model list.</numerusform>
            <numerusform>Models learned from your marks exist for %n questions ({questions}) but cannot take any answer on their own yet, so here these questions learn from your marks instead. To have a question&apos;s learned model suggest scores for you to confirm, choose it in that question&apos;s model list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions hold their model&apos;s whole question, followed by more text ({questions}): check that this text asks for nothing more, as the model scores only what its own question asks.</source>
        <translation>
            <numerusform>%n question holds its model&apos;s whole question, followed by more text ({questions}): check that this text asks for nothing more, as the model scores only what its own question asks.</numerusform>
            <numerusform>%n questions hold their model&apos;s whole question, followed by more text ({questions}): check that this text asks for nothing more, as the model scores only what its own question asks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other ticked columns look wrong too.</source>
        <translation>
            <numerusform>%n other ticked column looks wrong too.</numerusform>
            <numerusform>%n other ticked columns look wrong too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} — saved work: %n answers decided by you</source>
        <translation>
            <numerusform>{sheet} — saved work: %n answer decided by you</numerusform>
            <numerusform>{sheet} — saved work: %n answers decided by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} — saved work: {decided} of %n answers decided by you</source>
        <translation>
            <numerusform>{sheet} — saved work: {decided} of %n answer decided by you</numerusform>
            <numerusform>{sheet} — saved work: {decided} of %n answers decided by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the sheet says what %n questions are out of ({questions}): Grader takes {top} until you set it under “Out of”.</source>
        <translation>
            <numerusform>Nothing in the sheet says what %n question is out of ({questions}): Grader takes {top} until you set it under “Out of”.</numerusform>
            <numerusform>Nothing in the sheet says what %n questions are out of ({questions}): Grader takes {top} until you set it under “Out of”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message numerus="yes">
        <source>Made %n models and added them to the library: {made}.</source>
        <translation>
            <numerusform>Made %n model and added it to the library: {made}.</numerusform>
            <numerusform>Made %n models and added them to the library: {made}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions keep the model they already had ({questions}): to score one with the model learned from your marks, choose that model for it when you check the columns of a sheet.</source>
        <translation>
            <numerusform>%n question keeps the model it already had ({questions}): to score it with the model learned from your marks, choose that model for it when you check the columns of a sheet.</numerusform>
            <numerusform>%n questions keep the model they already had ({questions}): to score one with the model learned from your marks, choose that model for it when you check the columns of a sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them take no answer on their own yet: a sheet with one of their questions is scored with its model, and the marks you give there go on teaching it together with these.</source>
        <translation>
            <numerusform>%n of them takes no answer on its own yet: a sheet with its question is scored with it, and the marks you give there go on teaching it together with these.</numerusform>
            <numerusform>%n of them take no answer on their own yet: a sheet with one of their questions is scored with its model, and the marks you give there go on teaching it together with these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them take no answer on its own, so a sheet with one of their questions goes on learning from your marks instead; to score one with such a model, choose it when you check the columns of a sheet.</source>
        <translation>
            <numerusform>%n of them takes no answer on its own, so a sheet with its question goes on learning from your marks instead; to score one with such a model, choose it when you check the columns of a sheet.</numerusform>
            <numerusform>%n of them take no answer on its own, so a sheet with one of their questions goes on learning from your marks instead; to score one with such a model, choose it when you check the columns of a sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n models and added them to the library.</source>
        <translation>
            <numerusform>Made %n model and added it to the library.</numerusform>
            <numerusform>Made %n models and added them to the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelKeeping</name>
    <message numerus="yes">
        <source>The models of %n questions ({question}) learned from your marks on this sheet, but your models do not keep that yet: to score later sheets with what they learned, save each one now (File ▸ Save as model…, on one of its answers).</source>
        <translation>
            <numerusform>The model of question {question} learned from your marks on this sheet, but your models do not keep that yet: to score a later sheet with what it learned, save it now (File ▸ Save as model…).</numerusform>
            <numerusform>The models of %n questions ({question}) learned from your marks on this sheet, but your models do not keep that yet: to score later sheets with what they learned, save each one now (File ▸ Save as model…, on one of its answers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnMarksOffer</name>
    <message numerus="yes">
        <source>%n of the {answers} answers to question {question} are word for word answers your model “{model}” learned from, with your marks: this sheet looks like the one it was made from.</source>
        <translation>
            <numerusform>%n of the {answers} answers to question {question} is word for word an answer your model “{model}” learned from, with your mark: this sheet looks like the one it was made from.</numerusform>
            <numerusform>%n of the {answers} answers to question {question} are word for word answers your model “{model}” learned from, with your marks: this sheet looks like the one it was made from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take your marks of %n answers as your decisions here, rather than mark them again? The model takes none of them on its own either way: it learned them, so it cannot vouch for them.</source>
        <translation>
            <numerusform>Take your mark of %n answer as your decision here, rather than mark it again? The model takes none of them on its own either way: it learned them, so it cannot vouch for them.</numerusform>
            <numerusform>Take your marks of %n answers as your decisions here, rather than mark them again? The model takes none of them on its own either way: it learned them, so it cannot vouch for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your marks of %n answers are your decisions here; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Your mark of %n answer is your decision here; undo with Ctrl+Z or {menu}.</numerusform>
            <numerusform>Your marks of %n answers are your decisions here; undo with Ctrl+Z or {menu}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message numerus="yes">
        <source>{name} has %n cells holding formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</source>
        <translation>
            <numerusform>{name} has %n cell holding a formula whose value was never computed ({cells}), so Grader cannot see what it shows; open and save the sheet in Excel or LibreOffice first, then open it again</numerusform>
            <numerusform>{name} has %n cells holding formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells in the columns chosen hold formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</source>
        <translation>
            <numerusform>%n cell in the columns chosen holds a formula whose value was never computed ({cells}), so Grader cannot see what it shows; open and save the sheet in Excel or LibreOffice first, then open it again</numerusform>
            <numerusform>%n cells in the columns chosen hold formulas whose value was never computed ({cells}), so Grader cannot see what they show; open and save the sheet in Excel or LibreOffice first, then open it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has no column {gone} any more, which {name} was made with; {found} holds the same answers and is chosen in its place: check the columns and start scoring, and your %n decisions stay with their answers</source>
        <translation>
            <numerusform>this sheet has no column {gone} any more, which {name} was made with; {found} holds the same answers and is chosen in its place: check the columns and start scoring, and your %n decision stays with its answer</numerusform>
            <numerusform>this sheet has no column {gone} any more, which {name} was made with; {found} holds the same answers and is chosen in its place: check the columns and start scoring, and your %n decisions stay with their answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has no column {gone} any more, which {name} was made with; choose the columns above again, and your %n decisions stay with their answers, or rename the column back to {gone} in the sheet and open it again</source>
        <translation>
            <numerusform>this sheet has no column {gone} any more, which {name} was made with; choose the columns above again, and your %n decision stays with its answer, or rename the column back to {gone} in the sheet and open it again</numerusform>
            <numerusform>this sheet has no column {gone} any more, which {name} was made with; choose the columns above again, and your %n decisions stay with their answers, or rename the column back to {gone} in the sheet and open it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds %n decisions or comments on answers that the columns chosen do not hold as they were (the same student, question and text), so nothing was changed; choose the columns that hold those answers, or rename the column back to {gone} in the sheet and open it again</source>
        <translation>
            <numerusform>{name} holds %n decision or comment on an answer that the columns chosen do not hold as it was (the same student, question and text), so nothing was changed; choose the column that holds that answer, or rename the column back to {gone} in the sheet and open it again</numerusform>
            <numerusform>{name} holds %n decisions or comments on answers that the columns chosen do not hold as they were (the same student, question and text), so nothing was changed; choose the columns that hold those answers, or rename the column back to {gone} in the sheet and open it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids, so students who share a name are told apart by it: start scoring, and your %n decisions stay with their answers, or choose no id column to keep the students as before</source>
        <translation>
            <numerusform>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids, so students who share a name are told apart by it: start scoring, and your %n decision stays with its answer, or choose no id column to keep the students as before</numerusform>
            <numerusform>this sheet has a new column {column} of student ids, which {name} was made without; it is chosen above for the students&apos; ids, so students who share a name are told apart by it: start scoring, and your %n decisions stay with their answers, or choose no id column to keep the students as before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and {question} is ticked as a question to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick {question} to grade the sheet as before</source>
        <translation>
            <numerusform>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and {question} is ticked as a question to grade: start scoring, and your %n decision stays with its answer, or choose no id column and untick {question} to grade the sheet as before</numerusform>
            <numerusform>this sheet has a new column {column} of student ids and a new column {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and {question} is ticked as a question to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick {question} to grade the sheet as before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and the new columns are ticked as questions to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick those that are not questions</source>
        <translation>
            <numerusform>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and the new columns are ticked as questions to grade: start scoring, and your %n decision stays with its answer, or choose no id column and untick those that are not questions</numerusform>
            <numerusform>this sheet has a new column {column} of student ids and new columns {question}, which {name} was made without; {column} is chosen above for the students&apos; ids, so students who share a name are told apart by it, and the new columns are ticked as questions to grade: start scoring, and your %n decisions stay with their answers, or choose no id column and untick those that are not questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n decisions in {name} are on answers in this {sheet}: it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</source>
        <translation>
            <numerusform>the %n decision in {name} is not on an answer in this {sheet}: it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</numerusform>
            <numerusform>none of the %n decisions in {name} are on answers in this {sheet}: it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>almost none of the %n decisions in {name} are on answers in this {sheet} ({found} of them): it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</source>
        <translation>
            <numerusform>the %n decision in {name} is hardly on an answer in this {sheet} ({found} of them): it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</numerusform>
            <numerusform>almost none of the %n decisions in {name} are on answers in this {sheet} ({found} of them): it was made for another sheet (another class?); open that sheet, or move {name} to another folder to grade this one afresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this project already holds %n decisions made with other column choices; keep the earlier columns or save the sheet under a new name to start again</source>
        <translation>
            <numerusform>this project already holds %n decision made with other column choices; keep the earlier columns or save the sheet under a new name to start again</numerusform>
            <numerusform>this project already holds %n decisions made with other column choices; keep the earlier columns or save the sheet under a new name to start again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions are kept but could not be saved to {name}; check the disk has room and the file is not read-only</source>
        <translation>
            <numerusform>your decision is kept but could not be saved to {name} (%n unsaved); check the disk has room and the file is not read-only</numerusform>
            <numerusform>%n of your decisions are kept but could not be saved to {name}; check the disk has room and the file is not read-only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your decisions and {what} are kept but could not be saved to {name}; check the disk has room and the file is not read-only</source>
        <translation>
            <numerusform>your decision and {what} are kept but could not be saved to {name} (%n unsaved); check the disk has room and the file is not read-only</numerusform>
            <numerusform>%n of your decisions and {what} are kept but could not be saved to {name}; check the disk has room and the file is not read-only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>
            <numerusform>%n decision could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo it</numerusform>
            <numerusform>%n decisions could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions and {what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</source>
        <translation>
            <numerusform>%n decision and {what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</numerusform>
            <numerusform>%n decisions and {what} could not be saved to {name} before it was closed ({why}); check the disk has room and the file is not read-only, then open the sheet again and redo them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grader was still writing to {name} when it closed (%n changes waiting); check the disk, and open the sheet again later to see what was saved</source>
        <translation>
            <numerusform>Grader was still writing to {name} when it closed (%n change waiting); check the disk, and open the sheet again later to see what was saved</numerusform>
            <numerusform>Grader was still writing to {name} when it closed (%n changes waiting); check the disk, and open the sheet again later to see what was saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the score column “{column}” holds “{value}” in row {row}, which is not a number (nor are %n more of its cells); write each score as a number (such as 2 or 1.5), or clear those cells to leave their answers out, and learn again</source>
        <translation>
            <numerusform>the score column “{column}” holds “{value}” in row {row}, which is not a number (nor is %n more of its cells); write each score as a number (such as 2 or 1.5), or clear those cells to leave their answers out, and learn again</numerusform>
            <numerusform>the score column “{column}” holds “{value}” in row {row}, which is not a number (nor are %n more of its cells); write each score as a number (such as 2 or 1.5), or clear those cells to leave their answers out, and learn again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has {marks} of the {need} marked answers a model needs before it can take any answer on its own; mark at least %n more answers of this question (another class&apos;s answers in the same sheet count too) and learn again</source>
        <translation>
            <numerusform>it has {marks} of the {need} marked answers a model needs before it can take any answer on its own; mark at least %n more answer of this question (another class&apos;s answers in the same sheet count too) and learn again</numerusform>
            <numerusform>it has {marks} of the {need} marked answers a model needs before it can take any answer on its own; mark at least %n more answers of this question (another class&apos;s answers in the same sheet count too) and learn again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the model of question {question} has learned from {marks} of the {need} marked answers a model needs before it can take any answer on its own, so it is not saved; mark at least %n more answers of this question, then save it again</source>
        <translation>
            <numerusform>the model of question {question} has learned from {marks} of the {need} marked answers a model needs before it can take any answer on its own, so it is not saved; mark at least %n more answer of this question, then save it again</numerusform>
            <numerusform>the model of question {question} has learned from {marks} of the {need} marked answers a model needs before it can take any answer on its own, so it is not saved; mark at least %n more answers of this question, then save it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>question {question} has %n answers here, fewer than the {need} marked answers a model needs before it can take any answer on its own, so its model is not saved; to keep one, make models from a marked sheet that holds at least {need} marked answers of this question (the graded sheets of two classes in one, say)</source>
        <translation>
            <numerusform>question {question} has %n answer here, fewer than the {need} marked answers a model needs before it can take any answer on its own, so its model is not saved; to keep one, make models from a marked sheet that holds at least {need} marked answers of this question (the graded sheets of two classes in one, say)</numerusform>
            <numerusform>question {question} has %n answers here, fewer than the {need} marked answers a model needs before it can take any answer on its own, so its model is not saved; to keep one, make models from a marked sheet that holds at least {need} marked answers of this question (the graded sheets of two classes in one, say)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds a model whose scores do not match the scores its manifest lists, so it was refused; get a fresh copy from whoever made it (its model gives %n scores per answer but its manifest lists {labels} labels)</source>
        <translation>
            <numerusform>{name} holds a model whose scores do not match the scores its manifest lists, so it was refused; get a fresh copy from whoever made it (its model gives %n score per answer but its manifest lists {labels} labels)</numerusform>
            <numerusform>{name} holds a model whose scores do not match the scores its manifest lists, so it was refused; get a fresh copy from whoever made it (its model gives %n scores per answer but its manifest lists {labels} labels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} holds a model that gives %n scores per answer but its manifest lists {labels} labels; get a fresh copy from whoever made it</source>
        <translation>
            <numerusform>{name} holds a model that gives %n score per answer but its manifest lists {labels} labels; get a fresh copy from whoever made it</numerusform>
            <numerusform>{name} holds a model that gives %n scores per answer but its manifest lists {labels} labels; get a fresh copy from whoever made it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You scored {reviewed}, and a model learned from your scores; %n were accepted automatically</source>
        <translation>
            <numerusform>You scored {reviewed}, and a model learned from your scores; %n was accepted automatically</numerusform>
            <numerusform>You scored {reviewed}, and a model learned from your scores; %n were accepted automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n; you changed the model&apos;s score on none of them</source>
        <translation>
            <numerusform>You reviewed %n; you did not change the model&apos;s score</numerusform>
            <numerusform>You reviewed %n; you changed the model&apos;s score on none of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reviewed {reviewed}; you changed the model&apos;s score on %n of them</source>
        <translation>
            <numerusform>You reviewed {reviewed}; you changed the model&apos;s score on %n of them</numerusform>
            <numerusform>You reviewed {reviewed}; you changed the model&apos;s score on %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were accepted automatically</source>
        <translation>
            <numerusform>; %n was accepted automatically</numerusform>
            <numerusform>; %n were accepted automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still have no score</source>
        <translation>
            <numerusform>; %n still has no score</numerusform>
            <numerusform>; %n still have no score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers.</source>
        <translation>
            <numerusform>%n answer.</numerusform>
            <numerusform>%n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the %n answers you decided, the model agreed with you on {share}.</source>
        <translation>
            <numerusform>On the one answer you decided, the model agreed with you on {share}.</numerusform>
            <numerusform>On the %n answers you decided, the model agreed with you on {share}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the {decided} answers you decided, %n had a score from the model before yours; on those the model agreed with you on {share}.</source>
        <translation>
            <numerusform>Of the {decided} answers you decided, one had a score from the model before yours; on it the model agreed with you on {share}.</numerusform>
            <numerusform>Of the {decided} answers you decided, %n had a score from the model before yours; on those the model agreed with you on {share}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>[%n characters in all]</source>
        <translation>
            <numerusform>[%n character in all]</numerusform>
            <numerusform>[%n characters in all]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n need review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n needs you</numerusform>
            <numerusform>%n need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-accepted</source>
        <translation>
            <numerusform>%n auto-accepted</numerusform>
            <numerusform>%n auto-accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by you</source>
        <translation>
            <numerusform>%n confirmed by you</numerusform>
            <numerusform>%n confirmed by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by you</source>
        <translation>
            <numerusform>%n changed by you</numerusform>
            <numerusform>%n changed by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scored by you</source>
        <translation>
            <numerusform>%n scored by you</numerusform>
            <numerusform>%n scored by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the model that learns from your marks</source>
        <translation>
            <numerusform>%n waiting for the model that learns from your marks</numerusform>
            <numerusform>%n waiting for the model that learns from your marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a model</source>
        <translation>
            <numerusform>%n without a model</numerusform>
            <numerusform>%n without a model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n answers</source>
        <translation>
            <numerusform>Review %n answer</numerusform>
            <numerusform>Review %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scored} of %n answers scored</source>
        <translation>
            <numerusform>{scored} of %n answer scored</numerusform>
            <numerusform>{scored} of %n answers scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n answers</source>
        <translation>
            <numerusform>Showing {shown} of %n answer</numerusform>
            <numerusform>Showing {shown} of %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>score {score} for %n answers in a group</source>
        <translation>
            <numerusform>score {score} for %n answer in a group</numerusform>
            <numerusform>score {score} for %n answers in a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score {score} given to %n answers in the group; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Score {score} given to %n answer in the group; undo with Ctrl+Z or {menu}.</numerusform>
            <numerusform>Score {score} given to %n answers in the group; undo with Ctrl+Z or {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to all %n answers of the group.</source>
        <translation>
            <numerusform>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to all %n answer of the group.</numerusform>
            <numerusform>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to all %n answers of the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open that agree with the typical answer; the others, marked in the list, stay open for you to read.</source>
        <translation>
            <numerusform>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the one answer of the group still open that agrees with the typical answer; the others, marked in the list, stay open for you to read.</numerusform>
            <numerusform>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open that agree with the typical answer; the others, marked in the list, stay open for you to read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open.</source>
        <translation>
            <numerusform>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the one answer of the group still open.</numerusform>
            <numerusform>This question&apos;s model learned from your mark on this group&apos;s typical answer: its score for it is fitted to that mark, so there is no score of its own to accept; type a score to give it to the %n answers of the group still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score {score} given to %n identical answers; undo with Ctrl+Z or {menu}.</source>
        <translation>
            <numerusform>Score {score} given to %n identical answer; undo with Ctrl+Z or {menu}.</numerusform>
            <numerusform>Score {score} given to %n identical answers; undo with Ctrl+Z or {menu}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n identical answers have score {score} already; nothing was changed.</source>
        <translation>
            <numerusform>The %n identical answer has score {score} already; nothing was changed.</numerusform>
            <numerusform>All %n identical answers have score {score} already; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave the answers in this group different scores ({scores}). Press {score} again to give all %n of them {score}; to change one answer alone, choose it with ↓ and pull it out with P.</source>
        <translation>
            <numerusform>You gave the answers in this group different scores ({scores}). Press {score} again to give %n answer {score}; to change one answer alone, choose it with ↓ and pull it out with P.</numerusform>
            <numerusform>You gave the answers in this group different scores ({scores}). Press {score} again to give all %n of them {score}; to change one answer alone, choose it with ↓ and pull it out with P.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewEnd</name>
    <message numerus="yes">
        <source>✓ Every answer here is decided, but %n more answers in the sheet need you: press Esc to go back to the table and review them (Ctrl+2).</source>
        <translation>
            <numerusform>✓ Every answer here is decided, but %n more answer in the sheet needs you: press Esc to go back to the table and review it (Ctrl+2).</numerusform>
            <numerusform>✓ Every answer here is decided, but %n more answers in the sheet need you: press Esc to go back to the table and review them (Ctrl+2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSpeech</name>
    <message numerus="yes">
        <source>{scored} of the group&apos;s %n answers are scored.</source>
        <translation>
            <numerusform>{scored} of the group&apos;s %n answer is scored.</numerusform>
            <numerusform>{scored} of the group&apos;s %n answers are scored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>{left} of %n answers left to decide</source>
        <translation>
            <numerusform>{left} of %n answer left to decide</numerusform>
            <numerusform>{left} of %n answers left to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n left</source>
        <translation>
            <numerusform>{left} of %n left</numerusform>
            <numerusform>{left} of %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need you</source>
        <translation>
            <numerusform>%n needs you</numerusform>
            <numerusform>%n need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers left already have a score a model accepted, which you may keep or change: they do not need you, and the status bar does not count them.</source>
        <translation>
            <numerusform>%n of the answers left already has a score a model accepted, which you may keep or change: it does not need you, and the status bar does not count it.</numerusform>
            <numerusform>%n of the answers left already have a score a model accepted, which you may keep or change: they do not need you, and the status bar does not count them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning from your %n earlier marks and {now} of this sheet: {progress}</source>
        <translation>
            <numerusform>Learning from your %n earlier mark and {now} of this sheet: {progress}</numerusform>
            <numerusform>Learning from your %n earlier marks and {now} of this sheet: {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n answers</source>
        <translation>
            <numerusform>A group of %n answer</numerusform>
            <numerusform>A group of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Group of %n</numerusform>
            <numerusform>Group of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning from {counted} of your %n earlier marks and {now} of this sheet: {progress}</source>
        <translation>
            <numerusform>Learning from {counted} of your %n earlier mark and {now} of this sheet: {progress}</numerusform>
            <numerusform>Learning from {counted} of your %n earlier marks and {now} of this sheet: {progress}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give all %n:</source>
        <translation>
            <numerusform>Give the last one:</numerusform>
            <numerusform>Give all %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to all %n identical answers (Ctrl+G)</source>
        <translation>
            <numerusform>Apply to the %n identical answer (Ctrl+G)</numerusform>
            <numerusform>Apply to all %n identical answers (Ctrl+G)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now question {number} of {total}: {question} (%n answers left to decide).</source>
        <translation>
            <numerusform>Now question {number} of {total}: {question} (%n answer left to decide).</numerusform>
            <numerusform>Now question {number} of {total}: {question} (%n answers left to decide).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message numerus="yes">
        <source>%n answers have a score above {top} (the highest: {highest}): choose at least {highest}, or change those scores first.</source>
        <translation>
            <numerusform>%n answer has a score above {top} (the highest: {highest}): choose at least {highest}, or change that score first.</numerusform>
            <numerusform>%n answers have a score above {top} (the highest: {highest}): choose at least {highest}, or change those scores first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers have half points ({score}): keep half points, or change those scores first.</source>
        <translation>
            <numerusform>%n answer has half points ({score}): keep half points, or change that score first.</numerusform>
            <numerusform>%n answers have half points ({score}): keep half points, or change those scores first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleWords</name>
    <message numerus="yes">
        <source>Grader&apos;s guess, but your %n marks go no higher than {highest}; Change… sets it</source>
        <translation>
            <numerusform>Grader&apos;s guess, but your %n mark goes no higher than {highest}; Change… sets it</numerusform>
            <numerusform>Grader&apos;s guess, but your %n marks go no higher than {highest}; Change… sets it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing says what %n questions are out of ({questions}): each is exported on Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</source>
        <translation>
            <numerusform>Nothing says what %n question is out of ({questions}): it is exported on Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</numerusform>
            <numerusform>Nothing says what %n questions are out of ({questions}): each is exported on Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing says what %n questions are out of ({questions}): they are exported {out_of}, Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</source>
        <translation>
            <numerusform>Nothing says what %n question is out of ({questions}): it is exported {out_of}, Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</numerusform>
            <numerusform>Nothing says what %n questions are out of ({questions}): they are exported {out_of}, Grader&apos;s guess; Change… beside the review&apos;s score buttons sets it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message numerus="yes">
        <source>Your %n decisions that could not be saved are in {name} after all.</source>
        <translation>
            <numerusform>Your decision that could not be saved is in {name} after all.</numerusform>
            <numerusform>Your %n decisions that could not be saved are in {name} after all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: your %n decisions are saved.</source>
        <translation>
            <numerusform>Nothing is lost: your decision is saved.</numerusform>
            <numerusform>Nothing is lost: your %n decisions are saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your %n decisions</source>
        <translation>
            <numerusform>your decision</numerusform>
            <numerusform>your %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n answers in {seconds} s</source>
        <translation>
            <numerusform>Scored %n answer in {seconds} s</numerusform>
            <numerusform>Scored %n answers in {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blank answers are left for you to decide</source>
        <translation>
            <numerusform>; %n blank answer is left for you to decide</numerusform>
            <numerusform>; %n blank answers are left for you to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring stopped: {scored} of %n answers have a score; the rest are yours to score.</source>
        <translation>
            <numerusform>Scoring stopped: {scored} of %n answer has a score; the rest are yours to score.</numerusform>
            <numerusform>Scoring stopped: {scored} of %n answers have a score; the rest are yours to score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetNotes</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n NUL characters (invisible control characters) from the text.</source>
        <translation>
            <numerusform>Removed %n NUL character (an invisible control character) from the text.</numerusform>
            <numerusform>Removed %n NUL characters (invisible control characters) from the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file are not UTF-8 and were read as Windows-1252 ({lines}); check the accented letters there.</source>
        <translation>
            <numerusform>%n line of the file is not UTF-8 and was read as Windows-1252 ({lines}); check the accented letters there.</numerusform>
            <numerusform>%n lines of the file are not UTF-8 and were read as Windows-1252 ({lines}); check the accented letters there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that repeat the header row (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>Left out %n row that repeats the header row (row {rows}), so no student&apos;s answers are there; the graded sheet keeps it as it is.</numerusform>
            <numerusform>Left out %n rows that repeat the header row (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows with neither a question nor an answer (rows {rows}), such as a heading between two lists (“Class 9B”), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>Left out %n row with neither a question nor an answer (row {rows}), such as a heading between two lists (“Class 9B”), so no student&apos;s answers are there; the graded sheet keeps it as it is.</numerusform>
            <numerusform>Left out %n rows with neither a question nor an answer (rows {rows}), such as a heading between two lists (“Class 9B”), so no student&apos;s answers are there; the graded sheet keeps them as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n title rows above the header (row {row}).</source>
        <translation>
            <numerusform>Skipped %n title row above the header (row {row}).</numerusform>
            <numerusform>Skipped %n title rows above the header (row {row}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have more fields than the header row (an answer with an unquoted comma?): rows {rows}; the extra fields are in {columns}.</source>
        <translation>
            <numerusform>%n row has more fields than the header row (an answer with an unquoted comma?): row {rows}; the extra fields are in {columns}.</numerusform>
            <numerusform>%n rows have more fields than the header row (an answer with an unquoted comma?): rows {rows}; the extra fields are in {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the sheet are hidden or filtered out (rows {rows}); they are graded and exported like the others, and the graded workbook keeps them hidden.</source>
        <translation>
            <numerusform>%n row of the sheet is hidden or filtered out (row {rows}); it is graded and exported like the others, and the graded workbook keeps it hidden.</numerusform>
            <numerusform>%n rows of the sheet are hidden or filtered out (rows {rows}); they are graded and exported like the others, and the graded workbook keeps them hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n cells far away from the table ({cells}).</source>
        <translation>
            <numerusform>Left out %n cell far away from the table ({cells}).</numerusform>
            <numerusform>Left out %n cells far away from the table ({cells}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question “{question}” has %n answers marked {scores} (rows {rows}), which are not on the scale of its other marks ({scale}): they are left out of learning. Correct them, or give such marks to at least {few} answers if they belong to your scale, and learn again.</source>
        <translation>
            <numerusform>Question “{question}” has %n answer marked {scores} (row {rows}), which is not on the scale of its other marks ({scale}): it is left out of learning. Correct it, or give such marks to at least {few} answers if they belong to your scale, and learn again.</numerusform>
            <numerusform>Question “{question}” has %n answers marked {scores} (rows {rows}), which are not on the scale of its other marks ({scale}): they are left out of learning. Correct them, or give such marks to at least {few} answers if they belong to your scale, and learn again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with an empty cell in column “{column}” were read as the question above them (rows {rows}).</source>
        <translation>
            <numerusform>%n row with an empty cell in column “{column}” was read as the question above it (row {rows}).</numerusform>
            <numerusform>%n rows with an empty cell in column “{column}” were read as the question above them (rows {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows that sum up the marks (a total or an average), not an answer&apos;s score (rows {rows}).</source>
        <translation>
            <numerusform>Left out %n row that sums up the marks (a total or an average), not an answer&apos;s score (row {rows}).</numerusform>
            <numerusform>Left out %n rows that sum up the marks (a total or an average), not an answer&apos;s score (rows {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores typed into the sheet are taken as your decisions too, where they are scores of their questions.</source>
        <translation>
            <numerusform>%n final score typed into the sheet is taken as your decision too, where it is a score of its question.</numerusform>
            <numerusform>%n final scores typed into the sheet are taken as your decisions too, where they are scores of their questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells with a formula but no saved result read as empty in Grader ({cells}), and the graded workbook keeps them as formulas; to see their values here, open the file in Excel, save it, and open it again.</source>
        <translation>
            <numerusform>%n cell with a formula but no saved result reads as empty in Grader ({cells}), and the graded workbook keeps it as a formula; to see its value here, open the file in Excel, save it, and open it again.</numerusform>
            <numerusform>%n cells with a formula but no saved result read as empty in Grader ({cells}), and the graded workbook keeps them as formulas; to see their values here, open the file in Excel, save it, and open it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row {row} opens a quote that is closed only %n lines further down, so those lines (other students&apos; rows?) were read into row {row}, not as rows of their own; add the missing closing quote in the file and open it again.</source>
        <translation>
            <numerusform>Row {row} opens a quote that is closed only on the next line, so that line (another student&apos;s row?) was read into row {row}, not as a row of its own; add the missing closing quote in the file and open it again.</numerusform>
            <numerusform>Row {row} opens a quote that is closed only %n lines further down, so those lines (other students&apos; rows?) were read into row {row}, not as rows of their own; add the missing closing quote in the file and open it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells of the table show an Excel error instead of a value ({cells}), read as that text; an answer typed beginning with =, + or - becomes a formula in Excel: put an apostrophe before it there (the formula bar shows the student&apos;s words), save, and open the sheet again.</source>
        <translation>
            <numerusform>%n cell of the table shows an Excel error instead of a value ({cells}), read as that text; an answer typed beginning with =, + or - becomes a formula in Excel: put an apostrophe before it there (the formula bar shows the student&apos;s words), save, and open the sheet again.</numerusform>
            <numerusform>%n cells of the table show an Excel error instead of a value ({cells}), read as that text; an answer typed beginning with =, + or - becomes a formula in Excel: put an apostrophe before it there (the formula bar shows the student&apos;s words), save, and open the sheet again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n rows below the header that only label its columns as survey tools export them (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</source>
        <translation>
            <numerusform>Left out %n row below the header that only labels its columns as survey tools export them (row {rows}), so no student&apos;s answers are there; the graded sheet keeps it as it is.</numerusform>
            <numerusform>Left out %n rows below the header that only label its columns as survey tools export them (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n total rows of Excel tables {tables} (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them where they were.</source>
        <translation>
            <numerusform>Left out the total row of the Excel table {tables} (row {rows}), so no student&apos;s answers are there; the graded sheet keeps it where it was.</numerusform>
            <numerusform>Left out %n total rows of Excel tables {tables} (rows {rows}), so no student&apos;s answers are there; the graded sheet keeps them where they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranges of cells are merged down over several rows ({ranges}), so each of those rows reads the merged cell&apos;s text (rows {rows}); if those students answered separately, unmerge the cells in Excel, type each one&apos;s answer, and open the sheet again.</source>
        <translation>
            <numerusform>%n range of cells is merged down over several rows ({ranges}), so each of those rows reads the merged cell&apos;s text (rows {rows}); if those students answered separately, unmerge the cells in Excel, type each one&apos;s answer, and open the sheet again.</numerusform>
            <numerusform>%n ranges of cells are merged down over several rows ({ranges}), so each of those rows reads the merged cell&apos;s text (rows {rows}); if those students answered separately, unmerge the cells in Excel, type each one&apos;s answer, and open the sheet again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns of the sheet are hidden ({columns}); they are read like the others, and the graded workbook keeps them hidden.</source>
        <translation>
            <numerusform>%n column of the sheet is hidden ({columns}); it is read like the others, and the graded workbook keeps it hidden.</numerusform>
            <numerusform>%n columns of the sheet are hidden ({columns}); they are read like the others, and the graded workbook keeps them hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the score “-” as no mark: left out %n rows of column “{column}” (rows {rows}).</source>
        <translation>
            <numerusform>Read the score “-” as no mark: left out %n row of column “{column}” (row {rows}).</numerusform>
            <numerusform>Read the score “-” as no mark: left out %n rows of column “{column}” (rows {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells in column “{column}” (rows {rows}) are dates that Excel made from what was typed: {shown}, as Grader reads it, may have been typed as {typed}. Check those answers in the sheet; to keep answers such as 3/4 as typed, format the column as Text in Excel before they are typed.</source>
        <translation>
            <numerusform>%n cell in column “{column}” (row {rows}) is a date that Excel made from what was typed: {shown}, as Grader reads it, may have been typed as {typed}. Check those answers in the sheet; to keep answers such as 3/4 as typed, format the column as Text in Excel before they are typed.</numerusform>
            <numerusform>%n cells in column “{column}” (rows {rows}) are dates that Excel made from what was typed: {shown}, as Grader reads it, may have been typed as {typed}. Check those answers in the sheet; to keep answers such as 3/4 as typed, format the column as Text in Excel before they are typed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows of column “{column}” whose score is not a number ({words}): they are not used for learning (rows {rows}).</source>
        <translation>
            <numerusform>Skipped %n row of column “{column}” whose score is not a number ({words}): it is not used for learning (row {rows}).</numerusform>
            <numerusform>Skipped %n rows of column “{column}” whose score is not a number ({words}): they are not used for learning (rows {rows}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sheet was graded with Grader before: %n final scores typed into the sheet are taken as your decisions where they are scores of their questions.</source>
        <translation>
            <numerusform>This sheet was graded with Grader before: %n final score typed into the sheet is taken as your decision where it is a score of its question.</numerusform>
            <numerusform>This sheet was graded with Grader before: %n final scores typed into the sheet are taken as your decisions where they are scores of their questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sheet was graded with Grader before: your %n earlier decisions are kept.</source>
        <translation>
            <numerusform>This sheet was graded with Grader before: your %n earlier decision is kept.</numerusform>
            <numerusform>This sheet was graded with Grader before: your %n earlier decisions are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments typed beside the model&apos;s score are kept with that score as your decisions.</source>
        <translation>
            <numerusform>%n comment typed beside the model&apos;s score is kept with that score as your decision.</numerusform>
            <numerusform>%n comments typed beside the model&apos;s score are kept with that score as your decisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments typed on answers with no score wait for their scores.</source>
        <translation>
            <numerusform>%n comment typed on an answer with no score waits for its score.</numerusform>
            <numerusform>%n comments typed on answers with no score wait for their scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns hold text but are not taken as questions ({columns}); to grade their answers, tick them among the questions.</source>
        <translation>
            <numerusform>%n column holds text but is not taken as a question ({columns}); to grade its answers, tick it among the questions.</numerusform>
            <numerusform>%n columns hold text but are not taken as questions ({columns}); to grade their answers, tick them among the questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), not written answers; tick them to grade them here too.</source>
        <translation>
            <numerusform>%n question column is not ticked ({columns}): its answers are only choices or numbers (multiple choice, true/false, numeric), not written answers; tick it to grade it here too.</numerusform>
            <numerusform>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), not written answers; tick them to grade them here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; tick them to grade them here too.</source>
        <translation>
            <numerusform>%n question column is not ticked ({columns}): its answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; tick it to grade it here too.</numerusform>
            <numerusform>%n question columns are not ticked ({columns}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; tick them to grade them here too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not graded ({questions}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; to grade them here too, tick “Also grade closed questions”.</source>
        <translation>
            <numerusform>%n question is not graded ({questions}): its answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; to grade it here too, tick “Also grade closed questions”.</numerusform>
            <numerusform>%n questions are not graded ({questions}): their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform marks itself; to grade them here too, tick “Also grade closed questions”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names in this sheet belong to more than one student ({names}), and the sheet&apos;s column {column} is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</source>
        <translation>
            <numerusform>%n name in this sheet belongs to more than one student ({names}), and the sheet&apos;s column {column} is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</numerusform>
            <numerusform>%n names in this sheet belong to more than one student ({names}), and the sheet&apos;s column {column} is not chosen for the student ids: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Choose it for the student ids (File ▸ Choose columns…) before you upload grades to a learning platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names in this sheet belong to more than one student ({names}), and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Add a column of student ids to the sheet before you upload grades to a learning platform.</source>
        <translation>
            <numerusform>%n name in this sheet belongs to more than one student ({names}), and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Add a column of student ids to the sheet before you upload grades to a learning platform.</numerusform>
            <numerusform>%n names in this sheet belong to more than one student ({names}), and the sheet has no student id column: Grader keeps them apart by the row where each one&apos;s answers start, as “{example}”. Add a column of student ids to the sheet before you upload grades to a learning platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{question}: %n different questions</source>
        <translation>
            <numerusform>{question}: %n different question</numerusform>
            <numerusform>{question}: %n different questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions of this quiz are random questions: different students were given different questions there ({questions}). Grader grades each of them as one question all the same, with one scale and one model, and groups alike answers together even where they answer different questions. To grade each question a student was given on its own, make a sheet with one row per answer and a column that names its question, and open that instead.</source>
        <translation>
            <numerusform>%n question of this quiz is a random question: different students were given different questions there ({questions}). Grader grades it as one question all the same, with one scale and one model, and groups alike answers together even where they answer different questions. To grade each question a student was given on its own, make a sheet with one row per answer and a column that names its question, and open that instead.</numerusform>
            <numerusform>%n questions of this quiz are random questions: different students were given different questions there ({questions}). Grader grades each of them as one question all the same, with one scale and one model, and groups alike answers together even where they answer different questions. To grade each question a student was given on its own, make a sheet with one row per answer and a column that names its question, and open that instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students are in this sheet more than once, under the same email address, username or id (a second attempt, or a form sent twice): {students}.</source>
        <translation>
            <numerusform>%n student is in this sheet more than once, under the same email address, username or id (a second attempt, or a form sent twice): {students}.</numerusform>
            <numerusform>%n students are in this sheet more than once, under the same email address, username or id (a second attempt, or a form sent twice): {students}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetNotices</name>
    <message numerus="yes">
        <source>%n notes about this sheet are shown above the results.</source>
        <translation>
            <numerusform>%n note about this sheet is shown above the results.</numerusform>
            <numerusform>%n notes about this sheet are shown above the results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetOpener</name>
    <message numerus="yes">
        <source>Restored %n decisions from {file}.</source>
        <translation>
            <numerusform>Restored %n decision from {file}.</numerusform>
            <numerusform>Restored %n decisions from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over your %n earlier decisions from the sheet.</source>
        <translation>
            <numerusform>Took over your %n earlier decision from the sheet.</numerusform>
            <numerusform>Took over your %n earlier decisions from the sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier decisions in the sheet were not taken over because their final score is not a score of their question; score those answers again.</source>
        <translation>
            <numerusform>%n earlier decision in the sheet was not taken over because its final score is not a score of its question; score that answer again.</numerusform>
            <numerusform>%n earlier decisions in the sheet were not taken over because their final score is not a score of their question; score those answers again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n final scores typed into the sheet as your decisions, with their comments.</source>
        <translation>
            <numerusform>Took %n final score typed into the sheet as your decision, with its comment.</numerusform>
            <numerusform>Took %n final scores typed into the sheet as your decisions, with their comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n comments typed into the sheet beside the model&apos;s score as your decisions, with that score.</source>
        <translation>
            <numerusform>Took %n comment typed into the sheet beside the model&apos;s score as your decision, with that score.</numerusform>
            <numerusform>Took %n comments typed into the sheet beside the model&apos;s score as your decisions, with that score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n comments typed into the sheet on answers with no score yet: each waits for its answer&apos;s score, shown with ◷ in the comment column ({answers}).</source>
        <translation>
            <numerusform>Kept %n comment typed into the sheet on an answer with no score yet: it waits for the answer&apos;s score, shown with ◷ in the comment column ({answers}).</numerusform>
            <numerusform>Kept %n comments typed into the sheet on answers with no score yet: each waits for its answer&apos;s score, shown with ◷ in the comment column ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n final scores or comments changed in the sheet since Grader last saved or read it as your decisions ({answers}).</source>
        <translation>
            <numerusform>Took %n final score or comment changed in the sheet since Grader last saved or read it as your decision ({answers}).</numerusform>
            <numerusform>Took %n final scores or comments changed in the sheet since Grader last saved or read it as your decisions ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores of your decisions were cleared in the sheet since Grader last saved or read it, so those decisions are taken back ({answers}); their answers are scored by the model as ones you have not decided.</source>
        <translation>
            <numerusform>%n final score of your decision was cleared in the sheet since Grader last saved or read it, so that decision is taken back ({answers}); its answer is scored by the model as one you have not decided.</numerusform>
            <numerusform>%n final scores of your decisions were cleared in the sheet since Grader last saved or read it, so those decisions are taken back ({answers}); their answers are scored by the model as ones you have not decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers are the model&apos;s again, not your decisions: what you had added to the model&apos;s score was cleared in the sheet since Grader last saved or read it ({answers}).</source>
        <translation>
            <numerusform>%n answer is the model&apos;s again, not your decision: what you had added to the model&apos;s score was cleared in the sheet since Grader last saved or read it ({answers}).</numerusform>
            <numerusform>%n answers are the model&apos;s again, not your decisions: what you had added to the model&apos;s score was cleared in the sheet since Grader last saved or read it ({answers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores or comments in the sheet differ from what {file} holds, and Grader cannot tell which are newer, so it kept the project&apos;s ({answers}); check those answers.</source>
        <translation>
            <numerusform>%n final score or comment in the sheet differs from what {file} holds, and Grader cannot tell which is newer, so it kept the project&apos;s ({answers}); check that answer.</numerusform>
            <numerusform>%n final scores or comments in the sheet differ from what {file} holds, and Grader cannot tell which are newer, so it kept the project&apos;s ({answers}); check those answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier decisions in the sheet were not taken over because they belong to no answer of the columns chosen.</source>
        <translation>
            <numerusform>%n earlier decision in the sheet was not taken over because it belongs to no answer of the columns chosen.</numerusform>
            <numerusform>%n earlier decisions in the sheet were not taken over because they belong to no answer of the columns chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Models {models} not installed; those questions are yours to score.</source>
        <translation>
            <numerusform>Model {models} not installed; those questions are yours to score.</numerusform>
            <numerusform>Models {models} not installed; those questions are yours to score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model files could not be loaded ({files}), so their questions are yours to score for now; replace them with good copies (install Grader again for models that came with it) and open this sheet again.</source>
        <translation>
            <numerusform>A model file could not be loaded ({files}), so its questions are yours to score for now; replace it with a good copy (install Grader again for a model that came with it) and open this sheet again.</numerusform>
            <numerusform>%n model files could not be loaded ({files}), so their questions are yours to score for now; replace them with good copies (install Grader again for models that came with it) and open this sheet again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} was damaged, so Grader kept it as {kept} and made a new {file} of the %n decisions it could still read.</source>
        <translation>
            <numerusform>{file} was damaged, so Grader kept it as {kept} and made a new {file} of the %n decision it could still read.</numerusform>
            <numerusform>{file} was damaged, so Grader kept it as {kept} and made a new {file} of the %n decisions it could still read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was saved for %n answers could not be read: if you had scored them, score them again.</source>
        <translation>
            <numerusform>What was saved for %n answer could not be read: if you had scored it, score it again.</numerusform>
            <numerusform>What was saved for %n answers could not be read: if you had scored them, score them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the worksheet {sheet}, the one you worked on last. Your work on %n other worksheets is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the worksheet.</source>
        <translation>
            <numerusform>Opened the worksheet {sheet}, the one you worked on last. Your work on %n other worksheet is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the worksheet.</numerusform>
            <numerusform>Opened the worksheet {sheet}, the one you worked on last. Your work on %n other worksheets is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the worksheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved decisions in {file} could not be read, so they were left out ({answers}): score those answers again; your other decisions are back.</source>
        <translation>
            <numerusform>%n saved decision in {file} could not be read, so it was left out ({answers}): score that answer again; your other decisions are back.</numerusform>
            <numerusform>%n saved decisions in {file} could not be read, so they were left out ({answers}): score those answers again; your other decisions are back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved decisions in {file} were left out because their score is not a score of their question ({answers}): score those answers again; your other decisions are back.</source>
        <translation>
            <numerusform>%n saved decision in {file} was left out because its score is not a score of its question ({answers}): score that answer again; your other decisions are back.</numerusform>
            <numerusform>%n saved decisions in {file} were left out because their score is not a score of their question ({answers}): score those answers again; your other decisions are back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threshold saved in {file} for %n questions could not be read ({questions}), so they use their model&apos;s own threshold again.</source>
        <translation>
            <numerusform>The threshold saved in {file} for %n question could not be read ({questions}), so it uses its model&apos;s own threshold again.</numerusform>
            <numerusform>The threshold saved in {file} for %n questions could not be read ({questions}), so they use their model&apos;s own threshold again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores typed into the sheet were not taken because they are not scores of their questions ({answers}); score those answers in the review.</source>
        <translation>
            <numerusform>%n final score typed into the sheet was not taken because it is not a score of its question ({answers}); score that answer in the review.</numerusform>
            <numerusform>%n final scores typed into the sheet were not taken because they are not scores of their questions ({answers}); score those answers in the review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be restored because their answers changed in the sheet ({answers}); score them again.</source>
        <translation>
            <numerusform>%n decision could not be restored because its answer changed in the sheet ({answers}); score it again.</numerusform>
            <numerusform>%n decisions could not be restored because their answers changed in the sheet ({answers}); score them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions could not be restored because their answers are no longer in the sheet as they were: their rows were deleted, or their student, question or answer was changed.</source>
        <translation>
            <numerusform>%n decision could not be restored because its answer is no longer in the sheet as it was: its row was deleted, or its student, question or answer was changed.</numerusform>
            <numerusform>%n decisions could not be restored because their answers are no longer in the sheet as they were: their rows were deleted, or their student, question or answer was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row {rows} of the downloaded report is not a student, so Grader no longer grades it or puts it in any file; what you marked on it (%n decisions or comments) is kept aside in {file}.</source>
        <translation>
            <numerusform>The row {rows} of the downloaded report is not a student, so Grader no longer grades it or puts it in any file; what you marked on it (1 decision or comment) is kept aside in {file}.</numerusform>
            <numerusform>The row {rows} of the downloaded report is not a student, so Grader no longer grades it or puts it in any file; what you marked on it (%n decisions or comments) is kept aside in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows {rows} of the downloaded report are not students, so Grader no longer grades them or puts them in any file; what you marked on them (%n decisions or comments) is kept aside in {file}.</source>
        <translation>
            <numerusform>The rows {rows} of the downloaded report are not students, so Grader no longer grades them or puts them in any file; what you marked on them (1 decision or comment) is kept aside in {file}.</numerusform>
            <numerusform>The rows {rows} of the downloaded report are not students, so Grader no longer grades them or puts them in any file; what you marked on them (%n decisions or comments) is kept aside in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n decisions are kept in {project}; they come back when the sheet opens again.</source>
        <translation>
            <numerusform>Your decision is kept in {project}; it comes back when the sheet opens again.</numerusform>
            <numerusform>Your %n decisions are kept in {project}; they come back when the sheet opens again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n rows of {name}…</source>
        <translation>
            <numerusform>Preparing %n row of {name}…</numerusform>
            <numerusform>Preparing %n rows of {name}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own changed for %n answers.</source>
        <translation>
            <numerusform>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own changed for %n answer.</numerusform>
            <numerusform>The model for question {question} has changed since this sheet was last open, so Grader scored its answers again (your decisions stay as they are); the score it accepts on its own changed for %n answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdPanel</name>
    <message numerus="yes">
        <source>the model takes {taken} of this question&apos;s %n answers on its own (of the answers it was checked on, it took {share}, at most {wrong} of those wrong)</source>
        <translation>
            <numerusform>the model takes {taken} of this question&apos;s %n answer on its own (of the answers it was checked on, it took {share}, at most {wrong} of those wrong)</numerusform>
            <numerusform>the model takes {taken} of this question&apos;s %n answers on its own (of the answers it was checked on, it took {share}, at most {wrong} of those wrong)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TitlesBox</name>
    <message numerus="yes">
        <source>Column titles: {titles} and %n more.</source>
        <translation>
            <numerusform>Column titles: {titles} and %n more.</numerusform>
            <numerusform>Column titles: {titles} and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MemberList</name>
    <message numerus="yes">
        <source>Show the answers before these (%n more answers above)</source>
        <translation>
            <numerusform>Show the answers before these (%n more answer above)</numerusform>
            <numerusform>Show the answers before these (%n more answers above)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>your marks of %n answers taken as your decisions</source>
        <translation>
            <numerusform>your mark of %n answer taken as your decision</numerusform>
            <numerusform>your marks of %n answers taken as your decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>score {score} for %n identical answers</source>
        <translation>
            <numerusform>score {score} for %n identical answer</numerusform>
            <numerusform>score {score} for %n identical answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>a question on the reading “{passage}” (%n words)</source>
        <translation>
            <numerusform>a question on the reading “{passage}” (%n word)</numerusform>
            <numerusform>a question on the reading “{passage}” (%n words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the model takes {taken} of this question&apos;s %n answers on its own, but no error rate was measured for a threshold this low (the lowest it was checked at is {lowest})</source>
        <translation>
            <numerusform>the model takes {taken} of this question&apos;s %n answer on its own, but no error rate was measured for a threshold this low (the lowest it was checked at is {lowest})</numerusform>
            <numerusform>the model takes {taken} of this question&apos;s %n answers on its own, but no error rate was measured for a threshold this low (the lowest it was checked at is {lowest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on answers it had not learned from, it agreed with {agreed} of your %n marks</source>
        <translation>
            <numerusform>on answers it had not learned from, it agreed with {agreed} of your %n mark</numerusform>
            <numerusform>on answers it had not learned from, it agreed with {agreed} of your %n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gave your mark on {agreed} of %n answers it had not learned from</source>
        <translation>
            <numerusform>gave your mark on {agreed} of %n answer it had not learned from</numerusform>
            <numerusform>gave your mark on {agreed} of %n answers it had not learned from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your mark on {agreed} of %n answers</source>
        <translation>
            <numerusform>your mark on {agreed} of %n answer</numerusform>
            <numerusform>your mark on {agreed} of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your score for the typical answer: {score}. %n answers of the group are still open.</source>
        <translation>
            <numerusform>Your score for the typical answer: {score}. %n answer of the group is still open.</numerusform>
            <numerusform>Your score for the typical answer: {score}. %n answers of the group are still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every answer has its score: you decided %n.</source>
        <translation>
            <numerusform>Every answer has its score: you decided it.</numerusform>
            <numerusform>Every answer has its score: you decided all %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You decided %n answers</source>
        <translation>
            <numerusform>You decided %n answer</numerusform>
            <numerusform>You decided %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n need you</source>
        <translation>
            <numerusform> and %n needs you</numerusform>
            <numerusform> and %n need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n need you: no model scores them</source>
        <translation>
            <numerusform> and %n needs you: no model scores it</numerusform>
            <numerusform> and %n need you: no model scores them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need you</source>
        <translation>
            <numerusform>%n answer needs you</numerusform>
            <numerusform>%n answers need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers need you: no model scores them</source>
        <translation>
            <numerusform>%n answer needs you: no model scores it</numerusform>
            <numerusform>%n answers need you: no model scores them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with no model to score them)</source>
        <translation>
            <numerusform> (%n with no model to score it)</numerusform>
            <numerusform> (%n with no model to score them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are accepted with no accuracy estimate for this model</source>
        <translation>
            <numerusform>; the other %n is accepted with no accuracy estimate for this model</numerusform>
            <numerusform>; the other %n are accepted with no accuracy estimate for this model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are accepted with no accuracy estimate for {model}</source>
        <translation>
            <numerusform>; the other %n is accepted with no accuracy estimate for {model}</numerusform>
            <numerusform>; the other %n are accepted with no accuracy estimate for {model}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the other %n are expected to be at least {percent} right</source>
        <translation>
            <numerusform>; the other %n is expected to be at least {percent} right</numerusform>
            <numerusform>; the other %n are expected to be at least {percent} right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; of the other {total}, %n are expected to be at least {percent} right</source>
        <translation>
            <numerusform>; of the other {total}, %n is expected to be at least {percent} right</numerusform>
            <numerusform>; of the other {total}, %n are expected to be at least {percent} right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n are accepted with no accuracy estimate for {model}</source>
        <translation>
            <numerusform> and %n is accepted with no accuracy estimate for {model}</numerusform>
            <numerusform> and %n are accepted with no accuracy estimate for {model}</numerusform>
        </translation>
    </message>
</context>
</TS>

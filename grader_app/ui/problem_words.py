"""Problems in the teacher's language: what :func:`grader_app.ui.messages.plain` shows.

A problem raised with ``said(kind, ...)`` (:mod:`grader_app.problem_texts`) is shown through Qt's
translation of its English sentence, with its values filled in; a value that is itself such a problem
is translated the same way. Any other problem is shown as its English sentence.

A problem that counts something (its text has ``%n``: :func:`grader_app.problem_texts.counted`) is translated as
a plural text with n = its ``count``, so each language chooses its form: "1 decision could not be saved" (the
English catalogue holds the English plural forms, as for the rest of the window), "3 decisions ...".
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..errors import OPENERS, GraderError, sentence
from ..problem_texts import TEXTS, counted, english, window_text
from .i18n import QT_TRANSLATE_NOOP, Numerus, after_colon
from .problem_values import written_values
from .problem_words_bundles import BUNDLE_MARKED
from .problem_words_learning import LEARN_MARKED

CONTEXT = "Problem"


# every sentence the window says of grader_app.problem_texts (TEXTS, or WINDOW where the window says its own), marked
# for lupdate (a test holds the two the same); a sentence that counts (%n) is marked as a plural text (a test runs
# lupdate on this file and checks it takes them so)
MARKED = (
    QT_TRANSLATE_NOOP("Problem", "cannot write {name}: a folder has that name; choose another file name"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {name}: its folder does not exist; choose an existing folder"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {name}: there is a file named {folder} where its folder should be; choose "
                                 "another folder"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {name}: the file name is too long; choose a shorter name"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {name}: that file is read-only; choose another file name, or make the file "
                                 "writable and export again"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be written because of an unexpected problem ({what}); the old file was not "
                                 "changed, try exporting again"),
    QT_TRANSLATE_NOOP("Problem", "the disk is full, so {name} was not saved; free some space or export to another drive"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {name} because you may not save files in that folder; choose another folder "
                                 "such as Documents"),
    QT_TRANSLATE_NOOP("Problem", "{name} is open in another program; close it and export again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is probably open in another program, such as Excel, so it was not saved; close it "
                                 "there and export again (nothing is lost: your grading is kept, and the old {name} was "
                                 "not changed)"),
    QT_TRANSLATE_NOOP("Problem", "{name} was saved, but the list of students left out of it, {list}, was not: {list} is "
                                 "probably open in another program, such as Excel; close it there and export again (the "
                                 "{list} you have open is the old list)"),
    QT_TRANSLATE_NOOP("Problem", "{name} was saved, but the list of students left out of it, {list}, was not: {list} is "
                                 "open in another program; close it and export again"),
    QT_TRANSLATE_NOOP("Problem", "cannot write {name} because the drive is read-only; choose another folder"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be saved ({why}); the old file was not changed, choose another folder and "
                                 "export again"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be saved ({why}); choose another folder and export again"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be written because of an unexpected problem ({what}); try exporting "
                                 "again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is the sheet of answers itself, and writing the graded sheet there would replace it; "
                                 "choose another file name, such as {suggestion}"),
    QT_TRANSLATE_NOOP("Problem", "{name} was not found; check that the file still exists and choose it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} cannot be opened because you do not have permission to open the folder it is in; copy "
                                 "it to your Documents folder or ask for access"),
    QT_TRANSLATE_NOOP("Problem", "{name} cannot be opened because you do not have permission to read it; copy it to your "
                                 "Documents folder or ask for access"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be read ({why}); copy it to this computer and try again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is a folder, not a sheet; choose an Excel workbook (.xlsx) or a CSV file inside it"),
    QT_TRANSLATE_NOOP("Problem", "{name} is empty; choose the file that holds the students' answers"),
    QT_TRANSLATE_NOOP("Problem", "{name} is in the old Excel 97-2003 (.xls) format; open it in Excel and save it as .xlsx or "
                                 "CSV from Excel, then open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is in the old Excel 97-2003 (.xls) format and protected by a password; open it "
                                 "in Excel with the password, remove the password (File > Info > Protect Workbook > "
                                 "Encrypt with Password, and clear it), save it as .xlsx, then open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is password-protected; open it in Excel, remove the password (File > Info > Protect "
                                 "Workbook) and save it again, or save it as CSV"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not a real Excel workbook; open it in Excel and save it as .xlsx or CSV from "
                                 "Excel, then open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} has a broken line ({why}); open it in Excel, check the quotes, and save it as CSV "
                                 "again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not valid {encoding} text; open it in Excel and save it as CSV UTF-8 again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is an Excel workbook or other zip file, not a CSV text file; if it is a workbook, "
                                 "rename it to end in .xlsx and open it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is a web page (HTML) or XML file, not a CSV text file; open it in Excel and "
                                 "save it as .xlsx or CSV from Excel, then open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is an old Excel (.xls) or other Office file, not a CSV text file; save it as .xlsx or "
                                 "CSV from Excel and open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not complete: its end is blank filler (zero bytes) instead of text, as in a "
                                 "file still being copied or cut short while it was saved; wait until the copy has "
                                 "finished, or save or copy the file again, then open it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not complete: it ends in the middle of a letter, as a file still being copied "
                                 "or cut short while it was saved does; wait until the copy has finished, or save or "
                                 "copy the file again, then open it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds binary data, not CSV text; export the answers from your spreadsheet program as "
                                 "CSV or .xlsx and open that"),
    Numerus.translate("Problem", "{name} has %n cells holding formulas whose value was never computed ({cells}), so "
                                 "Grader cannot see what they show; open and save the sheet in Excel or LibreOffice "
                                 "first, then open it again", "", "count"),
    Numerus.translate("Problem", "%n cells in the columns chosen hold formulas whose value was never computed "
                                 "({cells}), so Grader cannot see what they show; open and save the sheet in Excel or "
                                 "LibreOffice first, then open it again", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{name} is damaged or not a complete Excel workbook; open it in Excel and save it again, or "
                                 "save it as CSV"),
    QT_TRANSLATE_NOOP("Problem", "{name} is a zip archive but not an Excel workbook; choose the .xlsx file that holds the "
                                 "answers, or save them as CSV"),
    QT_TRANSLATE_NOOP("Problem", "{name} is too large to read: a worksheet in it unpacks to more than {cap} MB, far more than "
                                 "a sheet of answers needs (it may be padded with blank space or damaged); open it in Excel, "
                                 "delete unused rows and columns, and save it again, or save the answers as CSV"),
    QT_TRANSLATE_NOOP("Problem", "{name} is too large to read: its contents unpack to more than {cap} MB, far more than a "
                                 "sheet of answers needs (it may be padded with blank space or damaged); open it in Excel, "
                                 "delete unused rows and columns, and save it again, or save the answers as CSV"),
    QT_TRANSLATE_NOOP("Problem", "{name} is saved as a Strict Open XML Spreadsheet, which Grader cannot read; open it in Excel "
                                 "and save it as an Excel Workbook (.xlsx), then open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is {what}, which Grader cannot read; save the answers as an Excel workbook "
                                 "(.xlsx) or a CSV file and open that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is an OpenDocument spreadsheet, which Grader cannot read; open it in "
                                 "LibreOffice or OpenOffice, save it as Excel 2007-365 (.xlsx) or as CSV, then open "
                                 "that"),
    QT_TRANSLATE_NOOP("Problem", "{name} is an Apple Numbers spreadsheet, which Grader cannot read; open it in "
                                 "Numbers, choose File > Export To > Excel (or CSV), then open that"),
    QT_TRANSLATE_NOOP("Problem", "a PDF document"),
    QT_TRANSLATE_NOOP("Problem", "a Word document"),
    QT_TRANSLATE_NOOP("Problem", "a text document"),
    QT_TRANSLATE_NOOP("Problem", "a PowerPoint file"),
    QT_TRANSLATE_NOOP("Problem", "a JSON file"),
    QT_TRANSLATE_NOOP("Problem", "an XML file"),
    QT_TRANSLATE_NOOP("Problem", "a web page"),
    QT_TRANSLATE_NOOP("Problem", "a zip archive"),
    QT_TRANSLATE_NOOP("Problem", "an image"),
    QT_TRANSLATE_NOOP("Problem", "a {suffix} file"),
    QT_TRANSLATE_NOOP("Problem", "{name} has no worksheets; add the answers to a sheet and save it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds only charts, no table of answers; open the workbook that holds the answers, "
                                 "or copy the answers into a worksheet of this one, save it, and open it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} has no sheet named “{sheet}”; choose one of {titles}"),
    QT_TRANSLATE_NOOP("Problem", "{name} has no data; choose the file (or sheet) that holds the students' answers"),
    QT_TRANSLATE_NOOP("Problem", "{name} (sheet “{sheet}”) has no data; choose the file (or sheet) that holds the students' "
                                 "answers"),
    QT_TRANSLATE_NOOP("Problem", "{name} has a header row but no answers below it; add the students' answers under the header "
                                 "and open it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} (sheet “{sheet}”) has a header row but no answers below it; add the students' answers "
                                 "under the header and open it again"),
    QT_TRANSLATE_NOOP("Problem", "no column in this sheet holds text answers; check that you opened the sheet with the "
                                 "students' answers, with one answer per cell and a header row on top (a column of numbers is "
                                 "taken for answers when its header says Answer or Response)"),
    QT_TRANSLATE_NOOP("Problem", "the column “{column}” is empty: no student's answer is written in it; check that you opened "
                                 "the sheet that holds the answers, or write them under that header and open the sheet "
                                 "again"),
    QT_TRANSLATE_NOOP("Problem", "this sheet was graded with Grader before, but its column “{column}” is gone, so your "
                                 "earlier decisions in it cannot be read safely; put that column back (undo the deletion "
                                 "in Excel), or delete all of Grader's grading columns to grade the sheet afresh"),
    QT_TRANSLATE_NOOP("Problem", "this file is a gradebook for {system} (grades, not the students' answers); open the sheet of "
                                 "the students' answers instead"),
    QT_TRANSLATE_NOOP("Problem", "this file holds the points per question that Grader wrote, not the students' answers; open "
                                 "the sheet of the students' answers instead"),
    QT_TRANSLATE_NOOP("Problem", "this file is the grading worksheet Grader wrote for you to upload to Moodle (the "
                                 "assignment's Upload grading worksheet), with your grades and comments, not a worksheet "
                                 "to grade; to grade, open the worksheet you downloaded from Moodle, with the students' "
                                 "online text"),
    QT_TRANSLATE_NOOP("Problem", "this file is Grader's list of the students {system} could not take from an export (their "
                                 "grades are to be entered in {system} by hand), not the students' answers; open the sheet "
                                 "of the students' answers instead"),
    QT_TRANSLATE_NOOP("Problem", "this file is the feedback sheet Grader wrote for your students (their answers, scores and "
                                 "your comments, for a mail merge), not a sheet to grade; open the sheet of the students' "
                                 "answers instead, or the graded sheet Grader saved to go on grading"),
    QT_TRANSLATE_NOOP("Problem", "no answer column was chosen; name the column that holds the students' answers"),
    QT_TRANSLATE_NOOP("Problem", "no question column was chosen; name it, or choose the question's model for the whole "
                                 "sheet"),
    QT_TRANSLATE_NOOP("Problem", "no answer columns were chosen for this one-column-per-question sheet"),
    QT_TRANSLATE_NOOP("Problem", "this is a Canvas item analysis report: it has each question's statistics but not the "
                                 "students' answers; in Canvas open the quiz, choose Quiz Statistics (or Reports in New "
                                 "Quizzes), download the Student Analysis and open that file instead"),
    QT_TRANSLATE_NOOP("Problem", "this is a gradebook exported from Moodle (grades, not the students' answers); in Moodle "
                                 "open the quiz, choose Results › Responses, download the report and open that file "
                                 "instead (for an assignment, download its grading worksheet with the students' online "
                                 "text)"),
    QT_TRANSLATE_NOOP("Problem", "this is a Moodle grading worksheet without the students' text; in Moodle let the "
                                 "assignment take online text, or download the submissions, and open the file with the "
                                 "answers"),
    QT_TRANSLATE_NOOP("Problem", "the sheet says “{title}” is out of {lms}, but it has marks up to {marked} and no "
                                 "model scores it, so Grader cannot tell what its marks are out of and will not write "
                                 "grades above {system}'s points; mark it out of {lms}, or score it with a model, and "
                                 "export again"),
    QT_TRANSLATE_NOOP("Problem", "the Canvas gradebook needs to know who each student is; choose the student id column in "
                                 "the column mapping and export again"),
    QT_TRANSLATE_NOOP("Problem", "the Moodle gradebook by your student id column needs the sheet's student id column; "
                                 "choose it in the column mapping and export again"),
    QT_TRANSLATE_NOOP("Problem", "your comment bank {name} cannot be read ({why}); check the file is not open elsewhere"),
    QT_TRANSLATE_NOOP("Problem", "your comment bank could not be saved in {folder} ({why}); check the disk has room and the "
                                 "folder is writable"),
    QT_TRANSLATE_NOOP("Problem", "{name} is a folder, not a project file; choose the .grader-project file"),
    QT_TRANSLATE_NOOP("Problem", "the project file is already closed; open the sheet again"),
    QT_TRANSLATE_NOOP("Problem", "{name} was opened read-only here, so nothing was written; open the sheet itself to make "
                                 "changes"),
    QT_TRANSLATE_NOOP("Problem", "{name} is already open in another Grader window; close the sheet there first, then open it "
                                 "here again"),
    QT_TRANSLATE_NOOP("Problem", "the project file {name} cannot be opened ({why}); check that its folder is writable"),
    QT_TRANSLATE_NOOP("Problem", "the project file {name} cannot be written ({why}); copy the sheet to a folder you can write "
                                 "to, such as Documents, and open it from there"),
    QT_TRANSLATE_NOOP("Problem", "the disk is full, so the project file {name}, which keeps your decisions, cannot be "
                                 "written; free some space on the disk and open the sheet again, or copy the sheet to "
                                 "another drive and open it from there"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not a Grader project file or is damaged; move it aside and open the sheet again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is damaged: it was written with its latest changes in the file {wal}, which "
                                 "is not beside it; if you copied {name} from somewhere, copy {wal} from there beside "
                                 "it too and open the sheet again; otherwise move {name} aside and open the sheet "
                                 "again"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds no decisions, not even its tables: they were left behind in the file "
                                 "{wal}, which was not copied with it; if you copied it from another computer, copy {wal} "
                                 "beside it too and open the sheet again; to start afresh instead, move {name} aside"),
    QT_TRANSLATE_NOOP("Problem", "the project {name} was saved with other column choices; choose the same columns again, or "
                                 "save the sheet under a new name to start a new project"),
    QT_TRANSLATE_NOOP("Problem", "the project {name} belongs to another sheet (fewer than half of its answers are in this "
                                 "one); open the sheet it was made for, or save this sheet under a new name to start a new "
                                 "project"),
    QT_TRANSLATE_NOOP("Problem", "the project {name} belongs to {other}, another sheet in this folder with the same name "
                                 "but another ending, and {sheet} holds fewer than half of its answers; a project is named "
                                 "after its sheet without the ending, so the two sheets cannot both have one: rename this "
                                 "sheet, for example to {suggestion}, and open it again"),
    Numerus.translate("Problem", "this sheet has no column {gone} any more, which {name} was made with; {found} "
                                 "holds the same answers and is chosen in its place: check the columns and start "
                                 "scoring, and your %n decisions stay with their answers", "", "count"),
    Numerus.translate("Problem", "this sheet has no column {gone} any more, which {name} was made with; choose the "
                                 "columns above again, and your %n decisions stay with their answers, or rename the "
                                 "column back to {gone} in the sheet and open it again", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "this sheet has no column {gone} any more, which {name} was made with; check the "
                                 "columns chosen above and start scoring"),
    Numerus.translate("Problem", "{name} holds %n decisions or comments on answers that the columns chosen do not "
                                 "hold as they were (the same student, question and text), so nothing was changed; "
                                 "choose the columns that hold those answers, or rename the column back to {gone} in "
                                 "the sheet and open it again", "", "count"),
    Numerus.translate("Problem", "this sheet has a new column {column} of student ids, which {name} was made without; it"
                                 " is chosen above for the students' ids, so students who share a name are told apart by"
                                 " it: start scoring, and your %n decisions stay with their answers, or choose no id "
                                 "column to keep the students as before", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "this sheet has a new column {column} of student ids, which {name} was made without; it"
                                 " is chosen above for the students' ids: check the columns and start scoring"),
    Numerus.translate("Problem", "this sheet has a new column {column} of student ids and a new column {question}, "
                                 "which {name} was made without; {column} is chosen above for the students' ids, so "
                                 "students who share a name are told apart by it, and {question} is ticked as a "
                                 "question to grade: start scoring, and your %n decisions stay with their answers, or "
                                 "choose no id column and untick {question} to grade the sheet as before", "", "count"),
    Numerus.translate("Problem", "this sheet has a new column {column} of student ids and new columns {question}, "
                                 "which {name} was made without; {column} is chosen above for the students' ids, so "
                                 "students who share a name are told apart by it, and the new columns are ticked as "
                                 "questions to grade: start scoring, and your %n decisions stay with their answers, "
                                 "or choose no id column and untick those that are not questions", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "this sheet has a new column {column} of student ids and a new column {question}, "
                                 "which {name} was made without; {column} is chosen above for the students' ids and "
                                 "{question} is ticked as a question to grade: check the columns and start scoring"),
    QT_TRANSLATE_NOOP("Problem", "this sheet has a new column {column} of student ids and new columns {question}, "
                                 "which {name} was made without; {column} is chosen above for the students' ids and "
                                 "the new columns are ticked as questions to grade: check the columns and start "
                                 "scoring"),
    QT_TRANSLATE_NOOP("Problem", "this sheet has a new column {column}, which {name} was made without; it is ticked "
                                 "above as a question to grade: start scoring to grade it too, or untick it to leave it out"),
    QT_TRANSLATE_NOOP("Problem", "this sheet has new columns {column}, which {name} was made without; they are ticked "
                                 "above as questions to grade: start scoring to grade them too, or untick those that "
                                 "are not questions"),
    Numerus.translate("Problem", "none of the %n decisions in {name} are on answers in this {sheet}: it was made for "
                                 "another sheet (another class?); open that sheet, or move {name} to another folder to "
                                 "grade this one afresh", "", "count"),
    Numerus.translate("Problem", "almost none of the %n decisions in {name} are on answers in this {sheet} ({found} of "
                                 "them): it was made for another sheet (another class?); open that sheet, or move {name}"
                                 " to another folder to grade this one afresh", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{name} is an SQLite file but not a Grader project; choose another file name"),
    QT_TRANSLATE_NOOP("Problem", "{name} was saved by a newer Grader (project version {version}); update Grader to open it"),
    QT_TRANSLATE_NOOP("Problem", "{name} cannot be read ({why}); it may not be a Grader project file"),
    QT_TRANSLATE_NOOP("Problem", "the project file {name} could not be read ({why}); check the disk, then open the sheet "
                                 "again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not a Grader project this version can read; open the sheet of answers instead"),
    Numerus.translate("Problem", "this project already holds %n decisions made with other column choices; keep the "
                                 "earlier columns or save the sheet under a new name to start again", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "there is no project file “{name}”; open the sheet of answers instead"),
    QT_TRANSLATE_NOOP("Problem", "“{name}” holds no graded sheet yet; open the sheet of answers itself"),
    QT_TRANSLATE_NOOP("Problem", "the sheet “{sheet}” that “{name}” belongs to is missing; put it back beside the project "
                                 "file and open it again, or, if you renamed it, open the renamed sheet itself: Grader "
                                 "offers it the decisions of “{name}”"),
    QT_TRANSLATE_NOOP("Problem", "{name} graded the worksheet “{sheet}”, which could not be read ({why}); put it back, or move "
                                 "the project file aside to start again"),
    Numerus.translate("Problem", "%n of your decisions are kept but could not be saved to {name}; check the disk has room "
                                 "and the file is not read-only", "", "count"),
    Numerus.translate("Problem", "%n of your decisions and {what} are kept but could not be saved to {name}; check the "
                                 "disk has room and the file is not read-only", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{what} could not be saved to {name} yet (it is kept and tried again with your next change); "
                                 "check the disk has room and the file is not read-only"),
    Numerus.translate("Problem", "%n decisions could not be saved to {name} before it was closed ({why}); check the disk "
                                 "has room and the file is not read-only, then open the sheet again and redo them", "",
                      "count"),
    Numerus.translate("Problem", "%n decisions and {what} could not be saved to {name} before it was closed ({why}); check "
                                 "the disk has room and the file is not read-only, then open the sheet again and redo "
                                 "them", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{what} could not be saved to {name} before it was closed ({why}); check the disk has room "
                                 "and the file is not read-only, then open the sheet again and redo them"),
    Numerus.translate("Problem", "Grader was still writing to {name} when it closed (%n changes waiting); check the disk, "
                                 "and open the sheet again later to see what was saved", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{what} could not be saved to {name} ({why}); the other changes are saved"),
    QT_TRANSLATE_NOOP("Problem", "the project file {name} could not be written ({why}); check the disk has room and the file "
                                 "is not read-only"),
    QT_TRANSLATE_NOOP("Problem", "{name} was deleted while open and could not be written again ({why}); your decisions are "
                                 "kept while Grader stays open: check the disk has room and the file is not read-only"),
    QT_TRANSLATE_NOOP("Problem", "{name} was replaced by another file while open and could not be written again ({why}); your "
                                 "decisions are kept while Grader stays open: check the disk has room and the file is not "
                                 "read-only"),
    QT_TRANSLATE_NOOP("Problem", "{name} was deleted while open; Grader wrote it again with every decision, nothing is lost"),
    QT_TRANSLATE_NOOP("Problem", "{name} was replaced by another file while open; Grader left that file alone and saves your "
                                 "work in {recovered} beside it"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not take your latest decisions itself ({why}): they are safe in the "
                                 "file {wal} beside it; keep the two files together (copy both if you copy the "
                                 "project) and free some space on the disk"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds all your decisions itself again: it no longer needs the file {wal} beside "
                                 "it"),
    QT_TRANSLATE_NOOP("Problem", "a change"),
    QT_TRANSLATE_NOOP("Problem", "your decision"),
    QT_TRANSLATE_NOOP("Problem", "your comment"),
    QT_TRANSLATE_NOOP("Problem", "the thresholds"),
    QT_TRANSLATE_NOOP("Problem", "the comment bank"),
    QT_TRANSLATE_NOOP("Problem", "the blind-marking switch"),
    QT_TRANSLATE_NOOP("Problem", "the sheet's earlier decisions"),
    QT_TRANSLATE_NOOP("Problem", "what the graded sheet says"),
    QT_TRANSLATE_NOOP("Problem", "the quiz's name for its columns"),
    QT_TRANSLATE_NOOP("Problem", "the answer pulled out of its group"),
    QT_TRANSLATE_NOOP("Problem", "what the model learned so far"),
    QT_TRANSLATE_NOOP("Problem", "what the question is out of"),
    QT_TRANSLATE_NOOP("Problem", "the undo steps"),
    QT_TRANSLATE_NOOP("Problem", "{what} and {more}"),
    *BUNDLE_MARKED,   # a model bundle's: problem_words_bundles
    QT_TRANSLATE_NOOP("Problem", "{name}, the marks the model learned from, is missing"),
    QT_TRANSLATE_NOOP("Problem", "{name}, the marks the model learned from, cannot be read"),
    QT_TRANSLATE_NOOP("Problem", "{name} is larger than a model's marks should be, so it was not read"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not the file of marks model {id} learned from (it was changed or replaced), so "
                                 "it was not used"),
    QT_TRANSLATE_NOOP("Problem", "{name} does not hold the marks of a model; make the model again from its marked sheet"),
    QT_TRANSLATE_NOOP("Problem", "{name} is an unsealed copy of {id}, the model that came with Grader: Grader keeps using "
                      "its own, which is sealed and scores answers without you (an unsealed model takes none on its "
                      "own); get a sealed copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} was refused: its model asks for more than {mb} MB of memory to score a batch of "
                      "test answers, far more than a model of short answers needs; ask whoever made it for a "
                      "fixed copy"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that asked for more than {mb} MB of memory while scoring answers, "
                      "far more than a model of short answers needs, so Grader stopped it; remove it from your "
                      "models and ask whoever made it for a fixed copy"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that would need more than {mb} MB of memory to score an "
                      "extremely long answer (a whole pasted document, perhaps), so Grader stopped it; shorten "
                      "that answer in the sheet and try again"),
    QT_TRANSLATE_NOOP("Problem", "{name} was refused: its model took more than {seconds} seconds to score a batch of "
                      "test answers, where a model of short answers needs a fraction of a second; ask whoever "
                      "made it for a fixed copy"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that took more than {seconds} seconds to score one batch of "
                      "answers, where a model of short answers needs a fraction of a second, so Grader stopped "
                      "it and left the answers it had not scored for you; remove it from your models and ask "
                      "whoever made it for a fixed copy"),
    QT_TRANSLATE_NOOP("Problem", "{name} was refused: its model copies or makes text ({op}), and Grader cannot limit "
                      "the memory that takes; ask whoever made it for a model that only reads the "
                      "answers' text"),
    QT_TRANSLATE_NOOP("Problem", "{name} was refused: its model holds a packed table that would be unpacked in "
                      "memory before Grader could limit it; ask whoever made it to save the model without "
                      "packed tables"),
    *LEARN_MARKED,   # learning models from marked answers: problem_words_learning
)


def _template(problem: GraderError, kind: str) -> str:
    """The sentence of a problem of ``kind``, in the interface's language, its values not filled in yet."""
    text = window_text(kind)   # not the command line's, where that names one of its options
    if counted(kind):    # a plural text: Qt chooses the form for n and writes n where %n is
        return QCoreApplication.translate(CONTEXT, text, "", int(problem.values["count"]))
    return QCoreApplication.translate(CONTEXT, text)


def words(problem: object) -> str:
    """The problem's sentence in the interface's language, before :func:`sentence` tidies it: as it is said inside
    another sentence (a question's reason for being skipped, in a list of them)."""
    kind = getattr(problem, "kind", None)
    if isinstance(problem, GraderError) and kind in TEXTS:
        template = _template(problem, kind)
        values = written_values(problem, kind, template, words)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):   # a translation whose placeholders went wrong: say it in English
            return english(kind, values, window=True)
    return str(problem)


def plain(problem: object) -> str:
    """The one sentence the window shows for ``problem``, in the interface's language."""
    return sentence(words(problem))


APP_NAME = "Grader"   # a name some problems' sentences begin with ("Grader was still writing to ...")
_VALUE_FIRST = re.compile(r"\{(\w+)\}")


def begins_with_a_name(problem: object) -> bool:
    """Whether the problem's sentence begins with a name whose capital is its own: a value such as a file's name
    ("Answers.csv is open in another program"), or Grader's. A problem without a kind (another library's, or a
    sentence) begins with one unless its first word is an ordinary word (:data:`grader_app.errors.OPENERS`)."""
    kind = getattr(problem, "kind", None)
    if isinstance(problem, GraderError) and kind in TEXTS:
        template = _template(problem, kind)
        value = _VALUE_FIRST.match(template)
        if value is not None:   # a part of the sentence ("the thresholds ...") begins as it does; a name is one
            part = problem.values.get(value.group(1))
            return begins_with_a_name(part) if isinstance(part, GraderError) else True
        return template.split(" ", 1)[0] == APP_NAME
    first = " ".join(str(problem).split()).split(" ", 1)[0].rstrip(".:;,!?…")
    return first.lower() not in OPENERS


def plain_after_colon(problem: object) -> str:
    """:func:`plain`, said after a colon in another of the window's sentences ("The scores could not be saved in the
    project file: the disk is full."): its first letter in lower case in English and Spanish
    (:func:`~grader_app.ui.i18n.after_colon`), unless it begins with a name (:func:`begins_with_a_name`)."""
    said = plain(problem)
    return said if begins_with_a_name(problem) else after_colon(said)

"""The English sentence of each problem the window can say in the teacher's language.

A Qt-free layer raises such a problem with ``SomeError.said(kind, **values)``: its ``str()`` is the English sentence below
with the values filled in (what the command line prints and the tests read), and it keeps ``kind`` and ``values`` so that
the window (``grader_app.ui.problem_words``) can say the same sentence in German or Spanish. A value that is itself a
problem (the detail of "cannot be used: ...") is said in the teacher's language too; one raised without a kind stays
English (docs/translations.md).

Each text is a sentence as :func:`grader_app.errors.sentence` takes it: it may begin with a small letter or a file name, and
has no full stop at the end. A few (``project.part_*``, ``project.parts``) are parts of a sentence, said in another.

A model bundle's problems are kept in :mod:`.problem_texts_bundles`, those of learning from the teacher's marks in
:mod:`.problem_texts_learning`, and merged here.

A text with ``%n`` (Qt's plural marker) counts something: ``%n`` stands for its value ``count``, the window translates it
as a plural text (the teacher's language chooses "1 decision" or "3 decisions"), and :data:`SINGULAR` (kept in
:mod:`.problem_singulars`) holds its English for a count of one, which :func:`english` uses outside Qt (the English
catalogue's singular form says the same). Such a text has no ``{count}``.

A few problems advise a command-line option (``--answer-column``), which means nothing in the window, and one says what the
window does that the command line does not (``bundle.run_slow``: the window keeps what was scored before and leaves the rest
to the teacher; ``grader score`` writes nothing): :data:`WINDOW` holds their window sentence, which the window says
instead (:func:`window_text`), while the command line keeps the one of :data:`TEXTS`.
"""
from __future__ import annotations

from collections.abc import Mapping

from .problem_singulars import SINGULAR   # each counted text's English for a count of one
from .problem_texts_bundles import BUNDLE_TEXTS, BUNDLE_WINDOW   # each model bundle's problem
from .problem_texts_learning import LEARN_TEXTS, LEARN_WINDOW   # each problem of learning from marks

COUNT = "%n"     # where a counted text's count stands (Qt's plural marker); the value is ``count``

TEXTS: dict[str, str] = {
    # writing a graded sheet, a report, an LMS file (io.writers)
    "write.is_folder": "cannot write {name}: a folder has that name; choose another file name",
    "write.no_folder": "cannot write {name}: its folder does not exist; choose an existing folder",
    "write.folder_is_file": "cannot write {name}: there is a file named {folder} where its folder should be; choose "
                            "another folder",
    "write.name_too_long": "cannot write {name}: the file name is too long; choose a shorter name",
    "write.read_only_file": "cannot write {name}: that file is read-only; choose another file name, or make the file "
                            "writable and export again",
    "write.unexpected": "{name} could not be written because of an unexpected problem ({what}); the old file was not "
                        "changed, try exporting again",
    "write.disk_full": "the disk is full, so {name} was not saved; free some space or export to another drive",
    "write.folder_forbidden": "cannot write {name} because you may not save files in that folder; choose another "
                              "folder such as Documents",
    "write.open_elsewhere": "{name} is open in another program; close it and export again",
    # the file was there and the system refused the new one's move over it: on Windows, a file Excel holds open
    "write.locked": "{name} is probably open in another program, such as Excel, so it was not saved; close it there and "
                    "export again (the old {name} was not changed)",
    # the import file was written, its list of students left out (<name>-unmatched.csv) could not replace the old one
    "write.list_locked": "{name} was saved, but the list of students left out of it, {list}, was not: {list} is "
                         "probably open in another program, such as Excel; close it there and export again (the {list} "
                         "you have open is the old list)",
    "write.list_open_elsewhere": "{name} was saved, but the list of students left out of it, {list}, was not: {list} "
                                 "is open in another program; close it and export again",
    "write.read_only_drive": "cannot write {name} because the drive is read-only; choose another folder",
    "write.failed": "{name} could not be saved ({why}); the old file was not changed, choose another folder and "
                    "export again",
    "write.failed_new": "{name} could not be saved ({why}); choose another folder and export again",
    "write.unexpected_new": "{name} could not be written because of an unexpected problem ({what}); try exporting "
                            "again",
    "write.is_input": "{name} is the sheet of answers itself, and writing the graded sheet there would replace it; "
                      "choose another file name, such as {suggestion}",
    # reading a sheet of answers (io.readers, io.csv_reader, io.xlsx_reader, io.sheet_detection)
    "read.not_found": "{name} was not found; check that the file still exists and choose it again",
    "read.folder_forbidden": "{name} cannot be opened because you do not have permission to open the folder it is "
                             "in; copy it to your Documents folder or ask for access",
    "read.file_forbidden": "{name} cannot be opened because you do not have permission to read it; copy it to your "
                           "Documents folder or ask for access",
    "read.failed": "{name} could not be read ({why}); copy it to this computer and try again",
    "read.is_folder": "{name} is a folder, not a sheet; choose an Excel workbook (.xlsx) or a CSV file inside it",
    "read.empty": "{name} is empty; choose the file that holds the students' answers",
    "read.old_excel": "{name} is in the old Excel 97-2003 (.xls) format; open it in Excel and save it as .xlsx or "
                      "CSV from Excel, then open that",
    "read.old_excel_password": "{name} is in the old Excel 97-2003 (.xls) format and protected by a password; open it "
                               "in Excel with the password, remove the password (File > Info > Protect Workbook > "
                               "Encrypt with Password, and clear it), save it as .xlsx, then open that",
    "read.password": "{name} is password-protected; open it in Excel, remove the password (File > Info > Protect "
                     "Workbook) and save it again, or save it as CSV",
    "read.not_real_xls": "{name} is not a real Excel workbook; open it in Excel and save it as .xlsx or CSV from "
                         "Excel, then open that",
    "read.broken_line": "{name} has a broken line ({why}); open it in Excel, check the quotes, and save it as CSV "
                        "again",
    "read.bad_text": "{name} is not valid {encoding} text; open it in Excel and save it as CSV UTF-8 again",
    "read.zip_not_csv": "{name} is an Excel workbook or other zip file, not a CSV text file; if it is a workbook, "
                        "rename it to end in .xlsx and open it again",
    "read.web_page_not_csv": "{name} is a web page (HTML) or XML file, not a CSV text file; open it in Excel and "
                             "save it as .xlsx or CSV from Excel, then open that",
    "read.office_not_csv": "{name} is an old Excel (.xls) or other Office file, not a CSV text file; save it as "
                           ".xlsx or CSV from Excel and open that",
    "read.unfinished": "{name} is not complete: its end is blank filler (zero bytes) instead of text, as in a file "
                       "still being copied or cut short while it was saved; wait until the copy has finished, or save "
                       "or copy the file again, then open it again",
    "read.cut_in_a_letter": "{name} is not complete: it ends in the middle of a letter, as a file still being copied or "
                            "cut short while it was saved does; wait until the copy has finished, or save or copy the "
                            "file again, then open it again",
    "read.binary": "{name} holds binary data, not CSV text; export the answers from your spreadsheet program as CSV "
                   "or .xlsx and open that",
    "read.formulas_without_results": "{name} has %n cells holding formulas whose value was never computed ({cells}), "
                                     "so Grader cannot see what they show; open and save the sheet in Excel or "
                                     "LibreOffice first, then open it again",
    "read.damaged_workbook": "{name} is damaged or not a complete Excel workbook; open it in Excel and save it "
                             "again, or save it as CSV",
    "read.zip_not_workbook": "{name} is a zip archive but not an Excel workbook; choose the .xlsx file that holds "
                             "the answers, or save them as CSV",
    "read.too_large_worksheet": "{name} is too large to read: a worksheet in it unpacks to more than {cap} MB, far "
                                "more than a sheet of answers needs (it may be padded with blank space or damaged); "
                                "open it in Excel, delete unused rows and columns, and save it again, or save the "
                                "answers as CSV",
    "read.too_large_workbook": "{name} is too large to read: its contents unpack to more than {cap} MB, far more "
                               "than a sheet of answers needs (it may be padded with blank space or damaged); open "
                               "it in Excel, delete unused rows and columns, and save it again, or save the "
                               "answers as CSV",
    "read.strict_xml": "{name} is saved as a Strict Open XML Spreadsheet, which Grader cannot read; open it in Excel "
                       "and save it as an Excel Workbook (.xlsx), then open that",
    # a file of another kind, by its name (io.readers); read.what_*: the part of read.foreign saying what it is
    "read.foreign": "{name} is {what}, which Grader cannot read; save the answers as an Excel workbook (.xlsx) or a "
                    "CSV file and open that",
    "read.ods": "{name} is an OpenDocument spreadsheet, which Grader cannot read; open it in LibreOffice or "
                "OpenOffice, save it as Excel 2007-365 (.xlsx) or as CSV, then open that",
    "read.numbers": "{name} is an Apple Numbers spreadsheet, which Grader cannot read; open it in Numbers, choose File "
                    "> Export To > Excel (or CSV), then open that",
    "read.what_pdf": "a PDF document",
    "read.what_word": "a Word document",
    "read.what_text": "a text document",
    "read.what_slides": "a PowerPoint file",
    "read.what_json": "a JSON file",
    "read.what_xml": "an XML file",
    "read.what_web_page": "a web page",
    "read.what_zip": "a zip archive",
    "read.what_image": "an image",
    "read.what_suffix": "a {suffix} file",
    "read.no_worksheets": "{name} has no worksheets; add the answers to a sheet and save it again",
    "read.only_charts": "{name} holds only charts, no table of answers; open the workbook that holds the answers, or "
                        "copy the answers into a worksheet of this one, save it, and open it again",
    "read.no_such_sheet": "{name} has no sheet named “{sheet}”; choose one of {titles}",
    "read.no_data": "{name} has no data; choose the file (or sheet) that holds the students' answers",
    "read.no_data_in_sheet": "{name} (sheet “{sheet}”) has no data; choose the file (or sheet) that holds the "
                             "students' answers",
    "read.header_only": "{name} has a header row but no answers below it; add the students' answers under the "
                        "header and open it again",
    "read.header_only_in_sheet": "{name} (sheet “{sheet}”) has a header row but no answers below it; add the "
                                 "students' answers under the header and open it again",
    # guessing which columns hold what (io.columns)
    "columns.no_answers": "no column in this sheet holds text answers; check that you opened the sheet with the "
                          "students' answers, with one answer per cell and a header row on top (a column of numbers "
                          "is taken for answers when its header says Answer or Response)",
    "columns.empty_answers": "the column “{column}” is empty: no student's answer is written in it; check that you "
                             "opened the sheet that holds the answers, or write them under that header and open the "
                             "sheet again",
    "columns.formulas_without_results": "%n cells in the columns chosen hold formulas whose value was never computed "
                                        "({cells}), so Grader cannot see what they show; open and save the sheet in "
                                        "Excel or LibreOffice first, then open it again",
    "columns.grades_file": "this file is a gradebook for {system} (grades, not the students' answers); open the sheet "
                           "of the students' answers instead",
    "columns.points_file": "this file holds the points per question that Grader wrote, not the students' answers; "
                           "open the sheet of the students' answers instead",
    "columns.moodle_upload": "this file is the grading worksheet Grader wrote for you to upload to Moodle (the "
                             "assignment's Upload grading worksheet), with your grades and comments, not a worksheet "
                             "to grade; to grade, open the worksheet you downloaded from Moodle, with the students' "
                             "online text",
    "columns.left_out_list": "this file is Grader's list of the students {system} could not take from an export "
                             "(their grades are to be entered in {system} by hand), not the students' answers; open "
                             "the sheet of the students' answers instead",
    "columns.feedback_file": "this file is the feedback sheet Grader wrote for your students (their answers, scores and "
                             "your comments, for a mail merge), not a sheet to grade; open the sheet of the students' "
                             "answers instead, or the graded sheet Grader saved to go on grading",
    # the columns chosen leave out one the sheet's layout needs (core.sheet.ColumnMapping.validate)
    "columns.no_answer_column": "no answer column was chosen; name the column that holds the students' answers",
    "columns.no_question_column": "no question column was chosen; name it, or choose the question's model for the whole "
                                  "sheet",
    "columns.no_answer_columns": "no answer columns were chosen for this one-column-per-question sheet",
    # an LMS's download that holds no answers (io.lms.canvas, io.lms.moodle): which file to download instead
    "columns.canvas_item_analysis": "this is a Canvas item analysis report: it has each question's statistics but not "
                                    "the students' answers; in Canvas open the quiz, choose Quiz Statistics (or Reports "
                                    "in New Quizzes), download the Student Analysis and open that file instead",
    "columns.moodle_gradebook": "this is a gradebook exported from Moodle (grades, not the students' answers); in Moodle open "
        "the quiz, choose Results › Responses, download the report and open that file instead (for an assignment, download "
        "its grading worksheet with the students' online text)",
    "columns.moodle_no_online_text": "this is a Moodle grading worksheet without the students' text; in Moodle let the "
                                     "assignment take online text, or download the submissions, and open the file with "
                                     "the answers",
    # an LMS file that cannot be written for the columns chosen (io.lms.canvas_file, io.lms.moodle)
    "lms.canvas_needs_students": "the Canvas gradebook needs to know who each student is; choose the student id column "
                                 "in the column mapping and export again",
    "lms.moodle_needs_id": "the Moodle gradebook by your student id column needs the sheet's student id column; choose "
                           "it in the column mapping and export again",
    # a question marked above the points the LMS gives it, with no model to tell its range (io.lms_points.LmsPoints)
    "lms.points_unknown": "the sheet says “{title}” is out of {lms}, but it has marks up to {marked} and no model scores "
                          "it, so Grader cannot tell what its marks are out of and will not write grades above "
                          "{system}'s points; mark it out of {lms}, or score it with a model, and export again",
    # the teacher's comment bank across projects (core.comment_bank.UserBank)
    "bank.unreadable": "your comment bank {name} cannot be read ({why}); check the file is not open elsewhere",
    "bank.not_saved": "your comment bank could not be saved in {folder} ({why}); check the disk has room and the folder "
                      "is writable",
    # a graded sheet opened again, one of its grading columns deleted in Excel (io.earlier_grading)
    "graded.column_missing": "this sheet was graded with Grader before, but its column “{column}” is gone, so your "
                             "earlier decisions in it cannot be read safely; put that column back (undo the deletion "
                             "in Excel), or delete all of Grader's grading columns to grade the sheet afresh",
    # the project file beside a sheet, which holds the teacher's decisions (io.project_store, io.project_writer)
    "project.is_folder": "{name} is a folder, not a project file; choose the .grader-project file",
    "project.closed": "the project file is already closed; open the sheet again",
    "project.read_only": "{name} was opened read-only here, so nothing was written; open the sheet itself to make "
                         "changes",
    "project.locked": "{name} is already open in another Grader window; close the sheet there first, then open it "
                      "here again",
    "project.cannot_open": "the project file {name} cannot be opened ({why}); check that its folder is writable",
    "project.cannot_write": "the project file {name} cannot be written ({why}); copy the sheet to a folder you can "
                            "write to, such as Documents, and open it from there",
    "project.disk_full": "the disk is full, so the project file {name}, which keeps your decisions, cannot be written; "
                         "free some space on the disk and open the sheet again, or copy the sheet to another drive and "
                         "open it from there",
    "project.damaged": "{name} is not a Grader project file or is damaged; move it aside and open the sheet again",
    "project.damaged_without_wal": "{name} is damaged: it was written with its latest changes in the file {wal}, "
                                   "which is not beside it; if you copied {name} from somewhere, copy {wal} from "
                                   "there beside it too and open the sheet again; otherwise move {name} aside and "
                                   "open the sheet again",
    "project.tables_in_wal": "{name} holds no decisions, not even its tables: they were left behind in the file "
                             "{wal}, which was not copied with it; if you copied it from another computer, copy {wal} "
                             "beside it too and open the sheet again; to start afresh instead, move {name} aside",
    "project.other_columns": "the project {name} was saved with other column choices; choose the same columns again, "
                             "or save the sheet under a new name to start a new project",
    "project.other_sheet": "the project {name} belongs to another sheet (fewer than half of its answers are in this "
                           "one); open the sheet it was made for, or save this sheet under a new name to start a new "
                           "project",
    "project.same_name_sheet": "the project {name} belongs to {other}, another sheet in this folder with the same name "
                               "but another ending, and {sheet} holds fewer than half of its answers; a project is named "
                               "after its sheet without the ending, so the two sheets cannot both have one: rename this "
                               "sheet, for example to {suggestion}, and open it again",
    # a sheet that no longer has a column its project was made with (workflow.open_sheet, io.project_columns)
    "project.columns_renamed": "this sheet has no column {gone} any more, which {name} was made with; {found} holds "
                               "the same answers and is chosen in its place: check the columns and start scoring, "
                               "and your %n decisions stay with their answers",
    "project.columns_gone": "this sheet has no column {gone} any more, which {name} was made with; choose the "
                            "columns above again, and your %n decisions stay with their answers, or rename the "
                            "column back to {gone} in the sheet and open it again",
    "project.columns_gone_undecided": "this sheet has no column {gone} any more, which {name} was made with; check "
                                      "the columns chosen above and start scoring",
    "project.columns_lose": "{name} holds %n decisions or comments on answers that the columns chosen do not hold as "
                            "they were (the same student, question and text), so nothing was changed; choose the "
                            "columns that hold those answers, or rename the column back to {gone} in the sheet and "
                            "open it again",
    # a sheet that gained a column of ids, or another sheet's project (io.project_columns.ask_again)
    "project.ids_new": "this sheet has a new column {column} of student ids, which {name} was made without; it is "
                       "chosen above for the students' ids, so students who share a name are told apart by it: start "
                       "scoring, and your %n decisions stay with their answers, or choose no id column to keep the "
                       "students as before",
    "project.ids_new_undecided": "this sheet has a new column {column} of student ids, which {name} was made without; "
                                 "it is chosen above for the students' ids: check the columns and start scoring",
    "project.ids_question_new": "this sheet has a new column {column} of student ids and a new column {question}, "
                                "which {name} was made without; {column} is chosen above for the students' ids, so "
                                "students who share a name are told apart by it, and {question} is ticked as a "
                                "question to grade: start scoring, and your %n decisions stay with their answers, or "
                                "choose no id column and untick {question} to grade the sheet as before",
    "project.ids_questions_new": "this sheet has a new column {column} of student ids and new columns {question}, "
                                 "which {name} was made without; {column} is chosen above for the students' ids, so "
                                 "students who share a name are told apart by it, and the new columns are ticked as "
                                 "questions to grade: start scoring, and your %n decisions stay with their answers, "
                                 "or choose no id column and untick those that are not questions",
    "project.ids_question_new_undecided": "this sheet has a new column {column} of student ids and a new column "
                                          "{question}, which {name} was made without; {column} is chosen above for the "
                                          "students' ids and {question} is ticked as a question to grade: check the "
                                          "columns and start scoring",
    "project.ids_questions_new_undecided": "this sheet has a new column {column} of student ids and new columns "
                                           "{question}, which {name} was made without; {column} is chosen above for "
                                           "the students' ids and the new columns are ticked as questions to grade: "
                                           "check the columns and start scoring",
    "project.question_new": "this sheet has a new column {column}, which {name} was made without; it is ticked above "
                            "as a question to grade: start scoring to grade it too, or untick it to leave it out",
    "project.questions_new": "this sheet has new columns {column}, which {name} was made without; they are ticked "
                             "above as questions to grade: start scoring to grade them too, or untick those that are "
                             "not questions",
    "project.none_in_sheet": "none of the %n decisions in {name} are on answers in this {sheet}: it was made for "
                             "another sheet (another class?); open that sheet, or move {name} to another folder to "
                             "grade this one afresh",
    "project.few_in_sheet": "almost none of the %n decisions in {name} are on answers in this {sheet} ({found} of "
                            "them): it was made for another sheet (another class?); open that sheet, or move {name} to "
                            "another folder to grade this one afresh",
    # a project opened from its file (workflow.sheet_of_project)
    # a project file that is not one, or not one this Grader reads (io.project_schema)
    "project.not_grader": "{name} is an SQLite file but not a Grader project; choose another file name",
    "project.newer": "{name} was saved by a newer Grader (project version {version}); update Grader to open it",
    "project.unreadable": "{name} cannot be read ({why}); it may not be a Grader project file",
    "project.read_failed": "the project file {name} could not be read ({why}); check the disk, then open the sheet again",
    "project.not_readable_here": "{name} is not a Grader project this version can read; open the sheet of answers "
                                 "instead",
    # the columns chosen again for a project that holds decisions made with others (io.project_setup)
    "project.decided_other_columns": "this project already holds %n decisions made with other column choices; keep the "
                                     "earlier columns or save the sheet under a new name to start again",
    "project.no_file": "there is no project file “{name}”; open the sheet of answers instead",
    "project.no_sheet_yet": "“{name}” holds no graded sheet yet; open the sheet of answers itself",
    "project.sheet_missing": "the sheet “{sheet}” that “{name}” belongs to is missing; put it back beside the project file and "
                             "open it again, or, if you renamed it, open the renamed sheet itself: Grader offers it the "
                             "decisions of “{name}”",
    "project.worksheet_unreadable": "{name} graded the worksheet “{sheet}”, which could not be read ({why}); put it "
                                    "back, or move the project file aside to start again",
    # the project's writer thread could not write a change (io.project_writer); {what} is one of the parts below
    "project.decisions_unsaved": "%n of your decisions are kept but could not be saved to {name}; check the disk "
                                 "has room and the file is not read-only",
    "project.decisions_and_more_unsaved": "%n of your decisions and {what} are kept but could not be saved to {name}; "
                                          "check the disk has room and the file is not read-only",
    "project.unsaved_yet": "{what} could not be saved to {name} yet (it is kept and tried again with your next "
                           "change); check the disk has room and the file is not read-only",
    "project.decisions_unsaved_at_close": "%n decisions could not be saved to {name} before it was closed "
                                          "({why}); check the disk has room and the file is not read-only, then open "
                                          "the sheet again and redo them",
    "project.decisions_and_more_unsaved_at_close": "%n decisions and {what} could not be saved to {name} before it was "
                                                   "closed ({why}); check the disk has room and the file is not "
                                                   "read-only, then open the sheet again and redo them",
    "project.unsaved_at_close": "{what} could not be saved to {name} before it was closed ({why}); check the disk has "
                                "room and the file is not read-only, then open the sheet again and redo them",
    "project.still_writing": "Grader was still writing to {name} when it closed (%n changes waiting); check the "
                             "disk, and open the sheet again later to see what was saved",
    "project.change_failed": "{what} could not be saved to {name} ({why}); the other changes are saved",
    "project.write_failed": "the project file {name} could not be written ({why}); check the disk has room and the "
                            "file is not read-only",
    "project.deleted_not_rewritten": "{name} was deleted while open and could not be written again ({why}); your "
                                     "decisions are kept while Grader stays open: check the disk has room and the "
                                     "file is not read-only",
    "project.replaced_not_rewritten": "{name} was replaced by another file while open and could not be written again "
                                      "({why}); your decisions are kept while Grader stays open: check the disk has "
                                      "room and the file is not read-only",
    # not a failure: the project file had gone and was written again (io.project_writer, ProjectRestored)
    "project.rewritten": "{name} was deleted while open; Grader wrote it again with every decision, nothing is lost",
    "project.rewritten_beside": "{name} was replaced by another file while open; Grader left that file alone and saves "
                                "your work in {recovered} beside it",
    # not a failure of a commit: the file itself is behind its -wal (io.project_writer, FileBehind)
    "project.file_behind": "{name} could not take your latest decisions itself ({why}): they are safe in the file "
                           "{wal} beside it; keep the two files together (copy both if you copy the project) and free "
                           "some space on the disk",
    # not a failure: after file_behind, the file took in everything (io.project_writer, FileCaughtUp)
    "project.file_caught_up": "{name} holds all your decisions itself again: it no longer needs the file {wal} beside it",
    # the parts of the sentences above: what could not be saved ({what}); not sentences, said inside one
    "project.part_change": "a change",
    "project.part_decision": "your decision",
    "project.part_comment": "your comment",
    "project.part_thresholds": "the thresholds",
    "project.part_comment_bank": "the comment bank",
    "project.part_blind_marking": "the blind-marking switch",
    "project.part_earlier_taken": "the sheet's earlier decisions",
    "project.part_sheet_said": "what the graded sheet says",
    "project.part_export_titles": "the quiz's name for its columns",
    "project.part_pulled_out": "the answer pulled out of its group",
    "project.part_fit_history": "what the model learned so far",
    "project.part_scale": "what the question is out of",
    "project.part_undo_steps": "the undo steps",
    "project.parts": "{what} and {more}",
    **BUNDLE_TEXTS,   # a model bundle (bundles.archive, scoring): problem_texts_bundles
    # the marks a learned model keeps beside it (bundles.kept_marks)
    "marks.missing": "{name}, the marks the model learned from, is missing",
    "marks.unreadable": "{name}, the marks the model learned from, cannot be read",
    "marks.too_big": "{name} is larger than a model's marks should be, so it was not read",
    "marks.changed": "{name} is not the file of marks model {id} learned from (it was changed or replaced), so it was "
                     "not used",
    "marks.not_marks": "{name} does not hold the marks of a model; make the model again from its marked sheet",
    "bundle.unsealed_copy": "{name} is an unsealed copy of {id}, the model that came with Grader: Grader keeps "
                            "using its own, which is sealed and scores answers without you (an unsealed model takes "
                            "none on its own); get a sealed copy from whoever made it",
    # a model that asks for more memory than the app's budget, or copies text (scoring.runtime, bundles.graph_rules)
    "bundle.probe_memory": "{name} was refused: its model asks for more than {mb} MB of memory to score a batch of "
                           "test answers, far more than a model of short answers needs; ask whoever made it for a "
                           "fixed copy",
    "bundle.run_memory": "{name} holds a model that asked for more than {mb} MB of memory while scoring answers, far "
                         "more than a model of short answers needs, so Grader stopped it; remove it from your models "
                         "and ask whoever made it for a fixed copy",
    "bundle.answer_memory": "{name} holds a model that would need more than {mb} MB of memory to score an extremely "
                            "long answer (a whole pasted document, perhaps), so Grader stopped it; shorten that answer "
                            "in the sheet and try again",
    # a model that runs past the time limit of a run (scoring.run_limit): refused when added, stopped while scoring
    "bundle.probe_slow": "{name} was refused: its model took more than {seconds} seconds to score a batch of test "
                         "answers, where a model of short answers needs a fraction of a second; ask whoever made it for "
                         "a fixed copy",
    "bundle.run_slow": "{name} holds a model that took more than {seconds} seconds to score one batch of answers, "
                       "where a model of short answers needs a fraction of a second, so Grader stopped it; remove it "
                       "from your models and ask whoever made it for a fixed copy",
    "bundle.text_copied": "{name} was refused: its model copies or makes text ({op}), and Grader cannot limit the "
                          "memory that takes; ask whoever made it for a model that only reads the answers' text",
    "bundle.sparse_table": "{name} was refused: its model holds a packed table that would be unpacked in memory "
                           "before Grader could limit it; ask whoever made it to save the model without packed "
                           "tables",
    **LEARN_TEXTS,   # learning models from the teacher's marks (learn.from_sheet, learn.in_session): problem_texts_learning
}

# the window's sentence of the problems whose sentence in TEXTS advises a command-line option: the window's dialog
# ("Make models from a marked sheet…") lets the teacher choose the column with the answers instead; and of a model
# stopped while scoring, whose answers not scored the window leaves to the teacher (grader score writes nothing)
WINDOW: dict[str, str] = {
    # the window keeps the teacher's grading whatever a file's writing does: she is told so
    "write.locked": "{name} is probably open in another program, such as Excel, so it was not saved; close it there and "
                    "export again (nothing is lost: your grading is kept, and the old {name} was not changed)",
    "bundle.run_slow": "{name} holds a model that took more than {seconds} seconds to score one batch of answers, "
                       "where a model of short answers needs a fraction of a second, so Grader stopped it and left the "
                       "answers it had not scored for you; remove it from your models and ask whoever made it for a "
                       "fixed copy",
    **LEARN_WINDOW,   # a marked sheet's answer column, chosen in the window's dialog (problem_texts_learning)
    **BUNDLE_WINDOW,   # a model that fails while scoring (problem_texts_bundles)
}


def counted(kind: str) -> bool:
    """Whether the problem ``kind`` counts something (its text has ``%n``, filled in from its ``count``)."""
    return COUNT in TEXTS[kind]


def window_text(kind: str) -> str:
    """The sentence the window says for the problem ``kind`` (translated): its :data:`WINDOW` sentence, if it has
    one, else the one of :data:`TEXTS`."""
    return WINDOW.get(kind, TEXTS[kind])


def english(kind: str, values: Mapping[str, object], window: bool = False) -> str:
    """The English sentence of the problem ``kind`` with ``values`` filled in: what ``str()`` of a problem raised
    with ``said(kind, **values)`` is, outside Qt (the command line, the logs); with ``window``, the window's
    (:func:`window_text`). A counted text is said in the singular for a count of one ("1 decision could not be
    saved"), in the plural for any other count."""
    text = window_text(kind) if window else TEXTS[kind]
    if counted(kind):
        n = int(str(values["count"]))
        text = (SINGULAR[kind] if n == 1 else text).replace(COUNT, str(n))
    return text.format(**values)

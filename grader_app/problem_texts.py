"""The English sentence of each problem the window can say in the teacher's language.

A Qt-free layer raises such a problem with ``SomeError.said(kind, **values)``: its ``str()`` is the
English sentence below with the values filled in (what the command line prints and the tests read),
and it keeps ``kind`` and ``values`` so that the window (``grader_app.ui.problem_words``) can say the
same sentence in German or Spanish. A value that is itself a problem (the detail of "cannot be used:
...") is said in the teacher's language too. Problems raised without a kind stay English
(docs/translations.md).

Each text is a sentence as :func:`grader_app.errors.sentence` takes it: it may begin with a small
letter or a file name, and has no full stop at the end.
"""
from __future__ import annotations

TEXTS: dict[str, str] = {
    # writing a graded sheet, a report, an LMS file (io.writers)
    "write.is_folder": "cannot write {name}: a folder has that name; choose another file name",
    "write.no_folder": "cannot write {name}: its folder does not exist; choose an existing folder",
    "write.read_only_file": "cannot write {name}: that file is read-only; choose another file name, or make the file "
                            "writable and export again",
    "write.unexpected": "{name} could not be written because of an unexpected problem ({what}); the old file was not "
                        "changed, try exporting again",
    "write.disk_full": "the disk is full, so {name} was not saved; free some space or export to another drive",
    "write.folder_forbidden": "cannot write {name} because you may not save files in that folder; choose another "
                              "folder such as Documents",
    "write.open_elsewhere": "{name} is open in another program; close it and export again",
    "write.read_only_drive": "cannot write {name} because the drive is read-only; choose another folder",
    "write.failed": "{name} could not be saved ({why}); the old file was not changed, choose another folder and "
                    "export again",
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
    "project.damaged": "{name} is not a Grader project file or is damaged; move it aside and open the sheet again",
    "project.other_columns": "the project {name} was saved with other column choices; choose the same columns again, "
                             "or save the sheet under a new name to start a new project",
    "project.other_sheet": "the project {name} belongs to another sheet (fewer than half of its answers are in this "
                           "one); open the sheet it was made for, or save this sheet under a new name to start a new "
                           "project",
    # a model bundle (bundles.archive, scoring)
    "bundle.unusable": "the model bundle '{bundle}' cannot be used: {detail}",
    "bundle.missing": "no bundle at {name}; check the file name",
    "bundle.is_folder": "{name} is a folder, not a bundle file",
    "bundle.unreadable": "{name} cannot be read; check that the file is there and readable",
    "bundle.too_big": "{name} is larger than any bundle should be; it was refused",
    "bundle.not_zip": "{name} is not a readable bundle (not a zip file); get a fresh copy",
    "bundle.incomplete": "{name} has no {member}; it is not a complete bundle",
    "bundle.damaged": "{name} is damaged (a file inside cannot be read); get a fresh copy",
    "bundle.altered": "the model in {name} does not match its recorded hash; the file is damaged or was altered",
}

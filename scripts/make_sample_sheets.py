"""Write the two sample sheets shipped in assets/: a class of 30 invented students answering three
ASAP science prompts.

* ``assets/sample-class.xlsx``: long layout (Student ID, Name, Question, Answer), one row per
  answer, under a title row "Year 9 Science — unit test answers".
* ``assets/sample-class-wide.csv``: wide layout (Student ID, Name, asap-sas-1, asap-sas-5,
  asap-sas-10), one row per student; UTF-8 with a BOM and CRLF line ends, as Excel writes
  "CSV UTF-8".

The students, names and answers are invented for this purpose (not taken from the ASAP data). They
vary in quality (full, partial, wrong) and include the cases the app must notice: blanks, answers
copied from the prompt, two identical answers, gibberish, and one answer starting with "=".

The output is byte-for-byte the same on every run (fixed workbook dates and zip time stamps).

    python scripts/make_sample_sheets.py [--out assets]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")
TITLE = "Year 9 Science — unit test answers"
FIXED_TIME = dt.datetime(2024, 9, 2, 8, 0, 0)

# (id, name, asap-sas-1: what else is needed to replicate the vinegar experiment,
#            asap-sas-5: four steps of protein synthesis after mRNA leaves the nucleus,
#            asap-sas-10: best doghouse paint colour from the lid-colour experiment)
CLASS = [
    ("S01", "Amara Okafor",
     "You would need to know how much vinegar to pour in each container, what kind of vinegar it was, "
     "and how big each sample should be. It would also help to know what size containers they used.",
     "The mRNA travels to a ribosome in the cytoplasm. The ribosome reads the mRNA three bases at a time "
     "(a codon). A tRNA with the matching anticodon brings the right amino acid. The amino acids are joined "
     "by peptide bonds until a stop codon is reached and the protein is released.",
     "They should paint the doghouse white. In the experiment the white lid kept the air in the jar the "
     "coolest because light colours reflect more light energy, so a white doghouse would stay cooler for "
     "the dog in the sun."),
    ("S02", "Ben Whitfield",
     "How much vinegar, what type of vinegar, and how long to rinse the samples.",
     "mRNA goes to the ribosome, tRNA brings amino acids, they make a protein.",
     "White because it stays cooler."),
    ("S03", "Chloé Martin",
     "I would need the amount of vinegar in each container, the size or surface area of the marble, "
     "limestone, wood and plastic pieces, and the temperature of the room while they sat for 24 hours.",
     "First the mRNA attaches to a ribosome. Then each codon on the mRNA is read. Next tRNA carrying an "
     "anticodon pairs with the codon and drops off its amino acid. Finally the amino acids link into a chain.",
     "If the doghouse is somewhere hot, paint it white or light gray, because the lighter lids absorbed "
     "less energy and the jar got less warm. Black would make it too hot inside."),
    ("S04", "Daniel Reyes",
     "They should tell what the samples are made of.",
     "The nucleus makes DNA and then the cell divides.",
     "Black because black is a cool colour for a dog."),
    ("S05", "Emily Nguyen",
     "The size of the containers, the amount of vinegar and the drying method they used.",
     "mRNA leaves through a nuclear pore and goes to a ribosome. The ribosome reads codons. tRNA anticodons "
     "match the codons. Amino acids bond together to make the protein.",
     "Light gray or white, because darker colours got hotter in the experiment."),
    ("S06", "Farid Haddad",
     "type of vinegar, amount of vinegar, size of sample pieces, kind of container, how long to rinse "
     "with distilled water",
     "ribosome reads the mRNA codons and tRNA brings amino acids that are linked by peptide bonds",
     "It depends where the dog lives. In a cold place a black doghouse would keep the dog warmer since the "
     "black lid heated the jar the most; in a hot place white is better because it heated the least."),
    ("S07", "Grace O'Brien",
     "you need to know what vinegar to use",
     "",
     "white"),
    ("S08", "Hiroshi Tanaka",
     "The students need to say how much vinegar they used, whether the containers were covered, and what "
     "size the pieces of each material were, otherwise someone else could not do it the same way.",
     "The mRNA is read by the ribosome in codons. Each tRNA has an anticodon that matches and carries an "
     "amino acid. The ribosome joins the amino acids. It stops at a stop codon.",
     "The best colour would be white, since the white lid had the smallest rise in temperature, so the "
     "inside of the doghouse would not heat up as much under the sun."),
    ("S09", "Isabela Costa",
     "More trials.",
     "Transcription and translation.",
     "dark gray"),
    ("S10", "Jamal Carter",
     "How much vinegar and the temperature.",
     "mRNA moves to the ribosome. tRNA comes. Protein is made.",
     "White, because white reflects the light instead of absorbing it, so the doghouse stays cool."),
    ("S11", "Katya Volkova",
     "describe what additional information you would need in order to replicate the experiment",
     "The mRNA goes out of the nucleus to a ribosome where it is translated. The codons are matched by "
     "anticodons on tRNA molecules.",
     "Use a light colour like white so it does not absorb as much energy from the sun."),
    ("S12", "Liam Murphy",
     "The kind of container, the volume of vinegar, and how big the samples were at the start.",
     "The mRNA binds to a ribosome, the start codon AUG begins translation, tRNAs bring amino acids "
     "matching each codon, and the chain grows until a stop codon ends it.",
     "Paint it black so it absorbs heat and the dog is warm in winter."),
    ("S13", "Maya Patel",
     "The amount of vinegar.",
     "Ribosomes make proteins.",
     "Light gray because it was in the middle."),
    ("S14", "Noah Schmidt",
     "What kind of vinegar, how much vinegar, and what size the containers were.",
     "mRNA goes to the ribosome, codons are read, tRNA anticodons bring amino acids, and peptide bonds "
     "link them into a protein.",
     "White, because it absorbs less energy so the doghouse stays cooler."),
    ("S15", "Olivia Bennett",
     "They did not say how much vinegar or what type, and they did not say how big the samples were.",
     "the mRNA leaves the nucleus and the ribosome reads it then the tRNA brings the amino acids",
     "White, because it absorbs less energy so the doghouse stays cooler."),
    ("S16", "Pedro Alves",
     "the mass",
     "DNA unzips and mRNA copies it.",
     "Black. The black lid made the most heat so black is the best."),
    ("S17", "Quinn Harper",
     "= the amount of vinegar, the size of the containers and how long they rinsed the samples",
     "The mRNA finds a ribosome. The ribosome moves along it codon by codon. tRNA brings the amino acid "
     "for each codon. The amino acids are bonded together into a polypeptide.",
     "White would be best in summer because the white lid kept the temperature lowest."),
    ("S18", "Rania Aziz",
     "Vinegar amount, vinegar type, sample size, container size.",
     "tRNA anticodons pair with mRNA codons at the ribosome and the amino acids are linked together.",
     "A light colour like white or light gray keeps the doghouse cooler because it absorbs less light."),
    ("S19", "Samuel Lee",
     "I would need to know the type of vinegar used, because different vinegars have different acid "
     "strength, and the amount poured into each container.",
     "mRNA attaches to ribosome, codon read, tRNA brings amino acid, amino acids join.",
     ""),
    ("S20", "Tara Singh",
     "How long they dried them for.",
     "The mRNA makes a copy of the DNA in the nucleus.",
     "White."),
    ("S21", "Umar Farouk",
     "They needed to say how much vinegar was put in, what containers were used, and the size and shape "
     "of each sample so the surface area is the same.",
     "First the mRNA is bound by the small ribosomal subunit. Second the start codon is found and a tRNA "
     "with methionine pairs with it. Third more tRNAs bring amino acids that are joined by peptide bonds. "
     "Fourth a stop codon releases the finished protein.",
     "The doghouse should be painted white because in the experiment the lid colour with the lowest "
     "temperature was white, which means white absorbs the least energy and will keep the dog cool."),
    ("S22", "Valentina Rossi",
     "container size",
     "proteins are made in the ribosome from amino acids",
     "The colour doesn't matter for a dog."),
    ("S23", "William Zhang",
     "The type of vinegar and how much of it, the size of the samples.",
     "Starting with mRNA leaving the nucleus list and describe four major steps involved in protein "
     "synthesis.",
     "white or light gray because darker colours absorb more energy and get hotter"),
    ("S24", "Xenia Petrova",
     "We need the amount of vinegar used and what type of container they were in.",
     "mRNA to ribosome, tRNA, amino acids, protein.",
     "Black, to keep the dog warm, because black absorbed the most energy in the experiment."),
    ("S25", "Yusuf Demir",
     "how much vinegar, the temperature, and what kind of water to rinse with",
     "mRNA goes into the cytoplasm and attaches to a ribosome. tRNA molecules bring amino acids. The "
     "anticodon on the tRNA matches the codon on the mRNA.",
     "Gray"),
    ("S26", "Zoe Kowalski",
     "",
     "The ribosome reads the mRNA and tRNA brings amino acids which bond into a protein.",
     "White because the jar with the white lid stayed the coolest."),
    ("S27", "Aiden Brooks",
     "the vinegar",
     "i dont know",
     "i dont know"),
    ("S28", "Beatriz Santos",
     "Amount and type of vinegar, container type and size, and the size of each sample.",
     "The mRNA reaches a ribosome, the ribosome reads each three-base codon, a tRNA with the complementary "
     "anticodon delivers its amino acid, and the ribosome links the amino acids with peptide bonds until a "
     "stop codon.",
     "In a hot climate white, since the white lid gave the smallest temperature increase; in a cold climate "
     "black would keep the doghouse warmer."),
    ("S29", "Connor Walsh",
     "the size of the pieces and how much vinegar",
     "asdf jkl qwerty zxcv bnm lol",
     "light gray"),
    ("S30", "Daria Ivanova",
     "They should state how much vinegar, which vinegar, and what the container was made of.",
     "mRNA leaves the nucleus and goes to the ribosome. The codons are read and tRNA brings amino acids.",
     "White, because lighter colours reflect more light, so the air inside stays cooler."),
]


def long_rows() -> list[list[str]]:
    return [[sid, name, item, text] for sid, name, *answers in CLASS for item, text in zip(ITEMS, answers)]


def wide_rows() -> list[list[str]]:
    return [[sid, name, *answers] for sid, name, *answers in CLASS]


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Answers"
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    header = ["Student ID", "Name", "Question", "Answer"]
    for j, h in enumerate(header, start=1):
        ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(long_rows(), start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j)
            c.value = v
            c.data_type = "s"          # the answer starting with "=" is text, not a formula
            if j == 4:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCD", (12, 18, 13, 90)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    wb.properties.creator = "Grader sample generator"
    wb.properties.created = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue()))


def _deterministic_zip(data: bytes) -> bytes:
    """Fix the time stamps openpyxl puts in the zip entries and in docProps/core.xml."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def write_wide_csv(path: Path) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Student ID", "Name", *ITEMS])
    w.writerows(wide_rows())
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "assets",
                    help="folder to write the two sheets into (default: the repository's assets/)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    write_xlsx(args.out / "sample-class.xlsx")
    write_wide_csv(args.out / "sample-class-wide.csv")
    print(f"wrote {len(CLASS)} students x {len(ITEMS)} questions to sample-class.xlsx and sample-class-wide.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Classes of five plain answers about osmosis and the cell membrane, one class a language (English, German, Spanish,
French), none of them denying anything: the tests of the denial cues and of a class's language add their own answers
to them (test_flags_denial.py, test_denial_de_es.py)."""
from __future__ import annotations

ENGLISH = ["Osmosis moves water across the cell membrane by diffusion.",
           "Active transport uses energy to pump molecules in the cell.",
           "Diffusion goes from high to low concentration in the cell.",
           "Proteins in the membrane let some molecules into the cell.",
           "Water crosses the membrane of the cell by osmosis here."]
GERMAN = ["Osmose bewegt Wasser durch die Zellmembran in die Zelle hinein.",
          "Aktiver Transport braucht Energie, um Stoffe zu pumpen, sagt das Buch.",
          "Diffusion geht von hoher zu niedriger Konzentration in der Zelle.",
          "Proteine in der Membran lassen manche Moleküle in die Zelle hinein.",
          "Wasser geht durch die Membran der Zelle, das nennt man Osmose."]
SPANISH = ["La ósmosis mueve el agua a través de la membrana de la célula.",
           "El transporte activo usa energía para bombear moléculas en la célula.",
           "La difusión va de una concentración alta a una baja en la célula.",
           "Las proteínas de la membrana dejan pasar algunas moléculas a la célula.",
           "El agua cruza la membrana de la célula por ósmosis, dice el libro."]
FRENCH = ["L'osmose déplace l'eau à travers la membrane de la cellule.",
          "Le transport actif utilise de l'énergie pour pomper des molécules dans la cellule.",
          "La diffusion va d'une concentration haute à une concentration basse dans la cellule.",
          "Les protéines de la membrane laissent entrer certaines molécules dans la cellule.",
          "L'eau traverse la membrane de la cellule par osmose, dit le livre."]

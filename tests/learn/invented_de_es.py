"""The invented class of invented.py ("why does ice float?", 0-2: one point per key idea) written in German and in
Spanish, as a German or Spanish teacher's class would answer: for the learning tests of classes that do not write
English. Written for the tests (not real students' answers)."""
from __future__ import annotations

import random

WORDS = {
    "de": {
        "density": ["Eis ist weniger dicht als Wasser", "seine Dichte ist geringer als die von flüssigem Wasser",
                    "Eis hat eine geringere Dichte"],
        "lattice": ["Wasserstoffbrücken halten die Moleküle in einem offenen Gitter",
                    "die Kristallstruktur hält die Moleküle auseinander",
                    "die Moleküle sind in einem sechseckigen Gitter verteilt"],
        "wrong": ["weil es kalt ist", "der Wind drückt es nach oben", "Fische halten es oben",
                  "Eis ist schwerer als Wasser", "weil es gefroren und hart ist", "die Sonne schmilzt es",
                  "Luftblasen heben es an", "das Wasser ist salzig"],
        "filler": ["also", "und", "deshalb", "das heißt", "eigentlich", "ich glaube", "am Ende", "außerdem"],
        "who": ["meine Lehrerin", "unser Buch", "das Video", "mein Bruder", "eine Forscherin", "das Arbeitsblatt",
                "mein Freund Sam", "das Laborblatt", "Opa", "die Webseite"],
        "said": ["hat das gesagt", "hat das gezeigt", "hat es erklärt", "hat es uns erzählt", "stimmt dem zu",
                 "hat ein Bild davon gemalt", "hat es zweimal erwähnt", "hat es bewiesen", "hat es aufgeschrieben",
                 "hat darüber gesprochen"],
        "floats": "es schwimmt",
    },
    "es": {
        "density": ["el hielo es menos denso que el agua", "su densidad es menor que la del agua líquida",
                    "el hielo tiene una densidad más baja"],
        "lattice": ["los puentes de hidrógeno mantienen las moléculas en una red abierta",
                    "la estructura cristalina mantiene separadas las moléculas",
                    "las moléculas están espaciadas en una red hexagonal"],
        "wrong": ["porque hace frío", "el viento lo empuja hacia arriba", "los peces lo mantienen a flote",
                  "el hielo pesa más que el agua", "porque está congelado y duro", "el sol lo derrite",
                  "las burbujas de aire lo levantan", "el agua es salada"],
        "filler": ["así que", "y", "por eso", "o sea", "básicamente", "creo que", "al final", "también"],
        "who": ["mi profesora", "nuestro libro", "el vídeo", "mi hermano", "una científica", "la ficha",
                "mi amigo Sam", "la hoja del laboratorio", "el abuelo", "la página web"],
        "said": ["lo dijo", "lo mostró", "lo explicó", "nos lo contó", "está de acuerdo", "hizo un dibujo",
                 "lo mencionó dos veces", "lo demostró", "lo escribió", "habló de ello"],
        "floats": "flota",
    },
}


def invented_class_in(lang: str, n: int, seed: int = 0) -> tuple[list[str], list[int]]:
    """``n`` answers in ``lang`` ("de", "es") to "why does ice float?" scored 0-2: one point per key idea."""
    w, rng = WORDS[lang], random.Random(seed)
    texts, scores = [], []
    for _ in range(n):
        score = rng.choice([0, 0, 1, 1, 2])
        ideas = rng.sample(["density", "lattice"], score)
        parts = [rng.choice(w[i]) for i in ideas] or [rng.choice(w["wrong"])]
        if score < 2 and rng.random() < 0.5:
            parts.append(rng.choice(w["wrong"]) if score == 0 else w["floats"])
        rng.shuffle(parts)
        if rng.random() < 0.8:
            parts.append(f"{rng.choice(w['who'])} {rng.choice(w['said'])}")
        text = f" {rng.choice(w['filler'])} ".join(parts)
        texts.append(text[0].upper() + text[1:] + rng.choice([".", "", "!"]))
        scores.append(score)
    return texts, scores

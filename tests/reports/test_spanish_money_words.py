"""The Spanish catalogues name each money concept with one word, as United Nations Spanish does:
"costo" for a cost (never the Spain-only "coste") and "monto" for an amount of money (never
"importe", which a reader took for a different figure beside "monto" in the same funding request).
Every Spanish catalogue is read: the report's, the workbook's and forms', the sentences', the
command line's, the window's, the questionnaire's. "importe" stays as the verb ("importe el
archivo": import the file)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted({*ROOT.glob("resources/*/strings.es.yaml"), *ROOT.glob("resources/i18n/*es.yaml"),
                *ROOT.glob("resources/i18n/*_es.ts"), *ROOT.glob("assessments/translations/es.yaml")})
NOT_UN = {"importe": "monto", "importes": "montos", "coste": "costo", "costes": "costos"}
VERB = re.compile(r"\bimporte\s+(el|la|los|las|un|una|su|sus|este|esta)\b", re.IGNORECASE)


def test_the_spanish_catalogues_exist():
    assert len(FILES) >= 5, FILES


def test_one_spanish_word_per_money_concept():
    found = []
    for path in FILES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("en:", "<source>")):
                continue
            for word in re.findall(r"\b\w+\b", VERB.sub("", line)):
                if word.casefold() in NOT_UN:
                    found.append(f"{path.relative_to(ROOT)}:{n}: {word} (UN Spanish: {NOT_UN[word.casefold()]})")
    assert not found, "\n".join(found)


def test_the_check_finds_a_noun_and_spares_the_verb():
    assert [w for w in re.findall(r"\b\w+\b", VERB.sub("", "Importe solicitado; importe el archivo"))
            if w.casefold() in NOT_UN] == ["Importe"]


def test_a_cost_line_is_a_partida_everywhere():
    """A cost line is a "partida de costo" in every Spanish text, as in the report's budget tables
    (a reader met "línea de costo" in the window and "partida" in the report for the same thing)."""
    found = [f"{path.relative_to(ROOT)}:{n}" for path in FILES
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if not line.lstrip().startswith(("en:", "<source>")) and re.search(r"\blíneas? de costo", line, re.I)]
    assert not found, found

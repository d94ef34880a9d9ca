"""The aggregation reads the national statistics office's validation from each workbook:
a validated final assessment is listed with who validated it and when, a final one without a
validation is named as such (Files sheet, reasons column), in the output's language."""
from __future__ import annotations

from capacity_app.exchange.aggregate.run import aggregate
from capacity_app.services.assessments import set_status
from capacity_app.services.exchange import export_workbook
from capacity_app.services.team.signoff import sign_off

from exchange_helpers import make_assessment, make_store, sheet_rows


def test_validated_and_not_validated_finals(qn, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    store = make_store(tmp_path / "s.sqlite3")
    try:
        ken = make_assessment(store, qn, "KEN", 2025)
        sign_off(store, ken.id, "Dr Amina Mensah", "Director-General", "KNBS", "2026-06-12")
        export_workbook(store, ken.id, inputs / "ken.xlsx")
        uga = make_assessment(store, qn, "UGA", 2025)
        set_status(store, uga.id, "final")
        export_workbook(store, uga.id, inputs / "uga.xlsx")
    finally:
        store.close()
    rep = aggregate([inputs], tmp_path / "en.xlsx", workers=0)
    by_country = {f.country: f for f in rep.files}
    ken_file = by_country["KEN"]
    assert ken_file.identity.signoff.name == "Dr Amina Mensah" and ken_file.identity.signoff.date == "2026-06-12"
    assert by_country["UGA"].identity.signoff is None
    rows = {r["Country code"]: r for r in sheet_rows(tmp_path / "en.xlsx", "Files")}
    reasons = {k: " ".join(str(v) for v in r.values() if v) for k, r in rows.items()}
    assert "Validated for the national statistics office by Dr Amina Mensah (Director-General, KNBS) on 2026-06-12" \
        in reasons["KEN"]
    assert "Final, but not validated for the national statistics office" in reasons["UGA"]
    aggregate([inputs], tmp_path / "fr.xlsx", workers=0, lang="fr")
    text = " ".join(str(v) for r in sheet_rows(tmp_path / "fr.xlsx", "Fichiers") for v in r.values() if v)
    assert "Validée pour l'Institut national de la statistique par Dr Amina Mensah (Director-General, KNBS) le " \
           "2026-06-12" in text
    assert "Finalisée, mais non validée" in text

"""The PDF report: its context built from the assessment (build.py, model.py), charts (charts.py,
matplotlib → SVG), rendering (pdf.py, jinja2 + WeasyPrint) and the URL fetcher that keeps rendering inside resources/ (fetcher.py).

Nothing here reads the database or imports WeasyPrint/matplotlib at import time; the service
``capacity_app.services.reports`` reads the data and calls these."""

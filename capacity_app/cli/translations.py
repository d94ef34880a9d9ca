"""The translator's file: every text of a catalogued language (every language but English)
exported to one XLIFF 1.2 or PO file for a CAT tool, and imported back with its checks and a
review record (catalog/translator.py; docs/languages.md, "One translator's file")."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..domain.languages import CATALOGUED
from ..domain.texts import text
from .text import cut, shown
from .said import LanguageChoice, language, say, translated


@click.group("translations")
def translations_group() -> None:
    """Export every text of a language for its translator, and import the translated file back."""


@translations_group.command("export")
@click.option("--lang", "lang", required=True, type=LanguageChoice(CATALOGUED), help="The language to translate.")
@click.option("--format", "fmt", type=click.Choice(("xliff", "po")), default=None,
              help="XLIFF 1.2 (default; read by Trados, memoQ, OmegaT, Phrase) or gettext PO; "
                   "by default told by OUT's extension (.po, .xlf / .xliff).")
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.pass_obj
def export_cmd(obj, lang: str, fmt: str | None, out: str) -> None:
    """Write every translatable text of LANG (questionnaire, recommendations, the engine's sentences,
    report, help, aggregation, window) to OUT: its id, the English, the current translation and
    notes."""
    from ..catalog.translator import export_file
    from ..paths import default_db_path
    from ..services.outputs import check_output_path

    # never written over the database, its side files or backups (OUT named the
    # database replaced it with XLIFF)
    check_output_path(out, getattr(obj, "db_path", None) or default_db_path(), what="the translator's file")

    fmt = fmt or ("po" if out.lower().endswith((".po", ".pot")) else "xliff")
    try:
        n = export_file(lang, fmt, Path(out))
    except OSError as exc:
        click.echo("capacity-app: " + say("shown.translations.unwritable", file=cut(shown(out)),
                                          reason=exc.strerror or exc), err=True)
        sys.exit(2)
    click.echo(say("shown.translations.written", file=shown(out), n=n, language=lang,
                   format="XLIFF 1.2" if fmt == "xliff" else "PO"))


@translations_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--lang", "lang", required=True, type=LanguageChoice(CATALOGUED), help="The file's language.")
@click.option("--reviewer", required=True, metavar="NAME", help='Who reviewed the file ("Name, service").')
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", help="The review's date (default: today).")
@click.option("--whole-language", is_flag=True,
              help="The reviewer has reviewed every text of the language: every catalogue's review is set "
                   "to NAME and the date (Help > About then no longer calls it a first translation).")
@click.option("--dry-run", is_flag=True, help="Check the file and say what it would change; write nothing.")
def import_cmd(file: str, lang: str, reviewer: str, date: str | None, whole_language: bool, dry_run: bool) -> None:
    """Check the translator's FILE (XLIFF or PO, as exported) and write the texts it changes into the
    catalogues, with a review record (who, when, which texts). On any error nothing is written and
    each error is told on its own line."""
    from ..catalog.translator import TranslationFileError, import_file

    try:
        result = import_file(Path(file), lang, reviewer, date, dry_run=dry_run, whole_review=whole_language)
    except OSError as exc:
        click.echo(f"capacity-app: {cut(shown(exc.filename or file))}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    except TranslationFileError as exc:
        for line in exc.errors:
            click.echo(translated(f"capacity-app: {cut(shown(line))}"), err=True)
        click.echo("capacity-app: " + text("cli.translations_errors", language(), n=len(exc.errors)), err=True)
        sys.exit(2)
    said = language()
    click.echo(text("cli.translations_would" if dry_run else "cli.translations_changed", said, file=shown(file),
                    n=len(result.changed), language=lang,
                    files=text("cli.translations_in", said, files=", ".join(result.files)) if result.files else ""))
    for uid in result.changed:
        click.echo(f"  {shown(uid)}")


def register(group: click.Group) -> None:
    group.add_command(translations_group)


@translations_group.command("status")
@click.option("--markdown", is_flag=True, help="The table as docs/languages.md prints it.")
def status_cmd(markdown: bool) -> None:
    """How many texts each language has of each kind (questionnaire, sentences, report, help,
    aggregation, institutions' forms, the command line's help, window) and the share translated,
    its review, and every language file or entry that could not be used, one line each."""
    from ..catalog import dropin
    from ..catalog.kinds import translation_review
    from ..catalog.shares import counts
    from ..domain.editorial import percent
    from ..domain.languages import BY_CODE, INLINE, LANGUAGES, problems

    kinds = ("questionnaire", "sentences", "report", "help", "aggregate", "forms", "cli", "interface")
    # the Markdown table is docs/languages.md's, in English; the lines in the command line's language
    said = "en" if markdown else language()
    if markdown:
        click.echo("| Language | Texts | " + " | ".join(kinds) + " | Translated |")
        click.echo("|---|---|" + "---|" * (len(kinds) + 1))
    for code in LANGUAGES:
        lang = BY_CODE[code]
        if code in INLINE:  # written beside the English: every text (the completeness tests hold it)
            where = text("shown.translations.source" if code == "en" else "shown.translations.inline", said)
            cells, share = [text("shown.translations.all", said)] * len(kinds), percent(100, said, 0)
        else:
            got = counts(code)   # the command line's help too (the kind "cli" of the translator's file)
            review = translation_review(code, {})
            where = text("shown.translations.its_catalogue" if lang.catalogue else "shown.translations.catalogues",
                         said)
            where += "" if review is None or review.reviewed else text("shown.translations.first", said)
            cells = [(text("shown.translations.of", said, done=got[k][0], total=got[k][1]) if got[k][0] < got[k][1]
                      else f"{got[k][0]}") if k in got else "0" for k in kinds]
            done, total = sum(v[0] for v in got.values()), sum(v[1] for v in got.values())
            share = percent(100 * done / total if total else 0, said, 0)
        if markdown:
            click.echo(f"| {lang.english_name} ({code}) | {where} | " + " | ".join(cells) + f" | {share} |")
        else:
            click.echo(text("shown.translations.line", said, code=code, name=lang.name,
                            where=where + (": " + lang.catalogue if lang.catalogue else ""), share=share,
                            kinds=text("list.comma", said).join(f"{k} {c}" for k, c in zip(kinds, cells, strict=True))))
    if not markdown:
        for line in problems():
            click.echo(f"  {translated(line)}")
        for code in LANGUAGES:
            if BY_CODE[code].catalogue:
                for line in dropin.read(code).problems:
                    click.echo(f"  {translated(line)}")


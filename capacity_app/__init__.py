"""capacity_app: assess a country's capacity to produce migration statistics (UNSD toolkit)."""

__version__ = "0.1.0"


def _read_languages() -> tuple[list, list[str]]:
    """The languages, read when first used (catalog.languages: languages.json and the catalogues of
    the languages folders)."""
    from .catalog.languages import read_all

    return read_all()


def _hand_languages_their_reader() -> None:
    from .domain import languages

    languages.set_reader(_read_languages)


_hand_languages_their_reader()

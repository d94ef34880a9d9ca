"""capacity_app.catalog"""
from . import sentences  # noqa: F401  (gives domain.texts the reader of the engine's sentences)
from . import hooks as _hooks


def _dropin_catalogue(path, lang):
    """The catalogue of a language added by its catalogue for the kind whose file ``path`` would
    be (None for any other language: the file is read as it is)."""
    from ..domain.languages import BY_CODE

    known = BY_CODE.get(lang)
    if known is None or not known.catalogue:
        return None
    from . import dropin
    from .kinds import KINDS

    folder = path.parent.name
    for name, kind in KINDS.items():
        if kind.path(lang).parent.name == folder:
            return dropin.catalogue(lang, name)
    return None


_hooks.dropin = _dropin_catalogue

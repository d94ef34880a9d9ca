"""The only URL fetcher WeasyPrint gets: bundled files under ``resources/`` and our own charts.

WeasyPrint's default fetcher reads any local file and the network: an answer holding
``<link rel=attachment href=file:///etc/passwd>`` would embed that file in the PDF if it ever reached
the HTML unescaped. Templates autoescape every value; this fetcher is the second wall:

* ``file:`` URLs are served only when the resolved path (symlinks followed) lies inside the
  resources folder;
* ``data:`` URLs are served only when the renderer registered that exact URL (the charts it drew,
  or will have drawn by the time WeasyPrint asks: :meth:`SafeFetcher.allow_deferred`);
* everything else (http, https, ftp, other files, unknown data URLs) is refused, and remembered in
  :attr:`SafeFetcher.refused` so tests and logs can see it.
"""
from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class FetchRefused(ValueError):
    """A resource outside the allowed set was requested."""


class SafeFetcher(URLFetcher):
    def __init__(self, root: Path, **kwargs):
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False, **kwargs)
        self.root = Path(root).resolve()
        self._data: dict[str, tuple[bytes, str]] = {}
        self._deferred: dict[str, tuple[Callable[[], bytes], str]] = {}
        self.refused: list[str] = []
        self.served: list[str] = []

    def allow_data(self, mime: str, payload: bytes) -> str:
        """Register generated content; returns the ``data:`` URL that will be served."""
        url = f"data:{mime};base64," + base64.b64encode(payload).decode("ascii")
        self._data[url] = (payload, mime)
        return url

    def allow_deferred(self, mime: str, name: str, produce: Callable[[], bytes]) -> str:
        """Register content produced only when first fetched (a chart still being drawn by
        the renderer when WeasyPrint asks for it); returns its ``data:`` URL, named after ``name``."""
        url = f"data:{mime},capacity-app-{quote(name)}"
        self._deferred[url] = (produce, mime)
        return url

    def _refuse(self, url: str, why: str):
        self.refused.append(url[:200])
        raise FetchRefused(f"refused to fetch {url[:80]!r}: {why}")

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            hit = self._data.get(url)
            if hit is None and url in self._deferred:
                produce, mime = self._deferred.pop(url)
                hit = self._data[url] = (produce(), mime)
            if hit is None:
                self._refuse(url, "unknown data URL")
            payload, mime = hit
            return URLFetcherResponse(url[:64], payload, {"Content-Type": mime})
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            self._refuse(url, "only bundled resources are allowed")
        path = Path(unquote(parts.path))
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            self._refuse(url, "no such resource")
        if not real.is_relative_to(self.root) or not real.is_file():
            self._refuse(url, "outside the resources folder")
        mime = mimetypes.guess_type(real.name)[0] or "application/octet-stream"
        if real.suffix == ".ttf":
            mime = "font/ttf"
        self.served.append(str(real))
        return URLFetcherResponse(real.as_uri(), real.read_bytes(), {"Content-Type": mime})

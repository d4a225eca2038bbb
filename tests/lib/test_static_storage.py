"""Static files are compressed with gzip only, even with Brotli installed (WeasyPrint brings it)."""

from __future__ import annotations

import brotli  # noqa: F401  (installed: the case this storage exists for)
from whitenoise.compress import Compressor

from cairn import settings
from cairn.lib.static_storage import StaticFilesStorage


def test_the_configured_storage_writes_gzip_and_never_brotli(tmp_path):
    assert (
        settings.STORAGES["staticfiles"]["BACKEND"] == "cairn.lib.static_storage.StaticFilesStorage"
    )
    compressor = StaticFilesStorage(location=tmp_path).create_compressor(quiet=True)
    assert compressor.use_gzip and not compressor.use_brotli
    assert Compressor(quiet=True).use_brotli  # without the override Brotli would be used
    css = tmp_path / "site.css"
    css.write_text("body { color: black; }\n" * 200)
    written = list(compressor.compress(str(css)))
    assert [p.rsplit(".", 1)[-1] for p in written] == ["gz"]

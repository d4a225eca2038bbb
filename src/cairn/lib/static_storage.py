"""Static files: WhiteNoise's hashed, compressed storage, compressing with gzip only.

WeasyPrint (the one-pager's PDF) installs Brotli, and WhiteNoise compresses every static file
with Brotli whenever it can import it: `collectstatic` then took about four times as long (it runs
when `cairn serve` starts after an upgrade, and in tests). Every browser Cairn supports reads
gzip, and the largest files (the Inter font) are already compressed.
"""

from __future__ import annotations

from typing import Any

from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed names and gzip copies of the static files, never Brotli copies."""

    def create_compressor(self, **kwargs: Any) -> Compressor:
        return super().create_compressor(**{**kwargs, "use_brotli": False})

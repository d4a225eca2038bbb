"""Cairn's WSGI app for the crash test: the first check-in of a run stops after writing.

The worker records the check-in (inside the request's transaction, not committed), writes its
process id to $CAIRN_TEST_PAUSE_FILE and sleeps $CAIRN_TEST_PAUSE_SECONDS, so the test can kill
it with SIGKILL exactly there. The file stays, so later check-ins do not pause.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from cairn.wsgi import application

PAUSE_FILE = Path(os.environ["CAIRN_TEST_PAUSE_FILE"])
PAUSE_SECONDS = float(os.environ.get("CAIRN_TEST_PAUSE_SECONDS", "120"))


def _pause_the_first_check_in() -> None:
    from cairn.okrs import services  # only once Django is set up (by cairn.wsgi)

    record = services.check_in_record_visible

    def record_then_pause(**kwargs: Any) -> Any:
        check_in = record(**kwargs)
        if not PAUSE_FILE.exists():
            PAUSE_FILE.write_text(str(os.getpid()))
            time.sleep(PAUSE_SECONDS)
        return check_in

    services.check_in_record_visible = record_then_pause


_pause_the_first_check_in()
__all__ = ["application"]

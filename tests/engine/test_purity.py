import subprocess
import sys
from pathlib import Path

import cairn.engine

ENGINE = Path(cairn.engine.__file__).parent


def test_engine_modules_do_not_import_django():
    for module in ENGINE.glob("*.py"):
        assert "django" not in module.read_text().lower(), module.name


def test_importing_the_engine_loads_no_django():
    code = "import sys, cairn.engine; print(any(m.startswith('django') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_every_public_name_is_exported():
    for name in cairn.engine.__all__:
        assert hasattr(cairn.engine, name)

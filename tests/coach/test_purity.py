"""The coach and the text package stay pure Python: no Django anywhere in them."""

import subprocess
import sys
from pathlib import Path

import pytest

import cairn.coach
import cairn.text

PACKAGES = [Path(cairn.coach.__file__).parent, Path(cairn.text.__file__).parent]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_modules_do_not_import_django(package):
    for module in package.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "import django" not in text and "from django" not in text, module.name


def test_importing_coach_and_text_loads_no_django():
    code = (
        "import sys, cairn.coach, cairn.text.document, cairn.text.markdown; "
        "print(any(m.startswith('django') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_every_public_name_is_exported():
    for name in cairn.coach.__all__:
        assert hasattr(cairn.coach, name)

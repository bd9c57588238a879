"""The bundle's nltk stand-in lets textstat import and refuses any download instead of going online."""

import runpy
import sys
from pathlib import Path

import pytest

HOOK = Path(__file__).resolve().parent.parent / "packaging" / "rthook_nltk_stub.py"


@pytest.fixture
def stub(monkeypatch):
    monkeypatch.delitem(sys.modules, "nltk", raising=False)
    runpy.run_path(str(HOOK))
    yield sys.modules["nltk"]
    monkeypatch.delitem(sys.modules, "nltk", raising=False)


@pytest.mark.parametrize("call", [
    lambda nltk: nltk.download("cmudict", quiet=True),
    lambda nltk: nltk.data.find("corpora/cmudict"),
    lambda nltk: nltk.corpus.cmudict.dict(),
])
def test_stub_refuses_downloads(stub, call):
    with pytest.raises(RuntimeError, match="nothing is ever downloaded"):
        call(stub)


def test_readability_works_with_the_stub(stub, monkeypatch):
    # textstat must import against the stub, and the app's syllable counter must not need nltk.
    for name in [m for m in sys.modules if m.startswith("textstat")]:
        monkeypatch.delitem(sys.modules, name)
    from reader_app.analysis import readability

    readability.textstat_offline.cache_clear()
    readability.syllables.cache_clear()
    try:
        assert readability.syllables("information") == 4
        assert sys.modules["nltk"] is stub
    finally:  # later tests get textstat as imported normally
        readability.textstat_offline.cache_clear()
        readability.syllables.cache_clear()

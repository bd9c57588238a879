"""Analysis never touches the network: each check runs in a fresh interpreter with sockets blocked,
an empty NLTK_DATA and an empty HOME, so no cached download can hide a network call."""

import os
import subprocess
import sys
import textwrap

import pytest

BLOCK_NETWORK = textwrap.dedent(
    """
    import socket

    def _blocked(*args, **kwargs):
        raise OSError("network access blocked by test_offline")

    socket.socket.connect = _blocked
    socket.socket.connect_ex = _blocked
    socket.create_connection = _blocked
    socket.getaddrinfo = _blocked
    """
)

SAMPLE = (
    "The river rose two metres overnight, flooding 40 homes. "
    "Officials said the dam would be repaired by June 2026. What happens next?"
)


def run_offline(code: str, tmp_path) -> subprocess.CompletedProcess:
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    env = dict(os.environ, NLTK_DATA=str(empty), HOME=str(empty), XDG_DATA_HOME=str(empty))
    script = BLOCK_NETWORK + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_network_block_really_blocks(tmp_path):
    """Guards the guard: a connection attempt fails inside the harness."""
    result = run_offline(
        """
        import socket
        socket.create_connection(("127.0.0.1", 9))
        """,
        tmp_path,
    )
    assert result.returncode != 0 and "blocked by test_offline" in result.stderr


def test_plain_textstat_needs_the_network(tmp_path):
    """The trap this project avoids: textstat 0.7.x alone downloads cmudict through NLTK."""
    result = run_offline(
        f"""
        import textstat
        print(textstat.flesch_reading_ease({SAMPLE!r}))
        """,
        tmp_path,
    )
    if result.returncode == 0:
        pytest.skip("textstat found its data without a download here (pyphen-only or NLTK data)")
    assert "LookupError" in result.stderr or "blocked" in result.stderr


def test_readability_and_tone_run_offline(tmp_path):
    result = run_offline(
        f"""
        from reader_app.analysis.readability import readability
        from reader_app.analysis.sentences import split_sentences
        from reader_app.analysis.tone import article_tone, sentence_tones

        text = {SAMPLE!r}
        sents = split_sentences(text)
        stats = readability(text, sents)
        assert stats["words"] > 10 and stats["flesch_reading_ease"] is not None, stats
        tones = sentence_tones(text, sents)
        assert len(tones) == 3
        print("ok", article_tone(sents, tones)["sentences"])
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok 3"


def test_whole_pipeline_runs_offline(tmp_path, seed_files):
    paths = [str(p) for p in seed_files]
    result = run_offline(
        f"""
        from pathlib import Path
        from reader_app.analysis.pipeline import analyze
        from reader_app.model import Article

        for i, path in enumerate({paths!r}):
            text = Path(path).read_text(encoding="utf-8")
            analysis = analyze(Article(id=str(i), path=path, raw_text=text, text=text))
            assert analysis.sentences and analysis.readability["words"] > 0
        print("ok")
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"

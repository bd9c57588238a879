"""The headless commands, run as a user runs them: a subprocess, real files, exit codes, stdout/stderr."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, env_db: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "reader_app", *args]
    if env_db:
        cmd[3:3] = ["--db", env_db]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=300)


def spans_of(article: dict) -> list[dict]:
    """Every span in an article's analysis, whatever part of the contract it sits in."""
    spans = list(article.get("claims", [])) + list(article.get("flags", []))
    for a in article.get("attributions", []):
        spans += list(a["content"]) + [s for s in (a["speaker_span"], a["cue"]) if s]
    return spans


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("reader-app ")


def test_analyze_json_on_raw_seeds(seed_files):
    result = run("analyze", *map(str, seed_files), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "reader-app/analysis/1"
    articles = {a["id"][:3]: a for a in doc["articles"]}
    assert sorted(articles) == ["000", "001", "002", "003", "004"]
    for article in doc["articles"]:
        assert set(article["meta"]) >= {"title", "outlet", "author", "date", "genre", "dateline"}
        for span in spans_of(article):
            assert article["text"][span["start"] : span["end"]] == span["text"], span
        for sentence in article.get("sentences", []):
            assert 0 <= sentence["start"] < sentence["end"] <= len(article["text"])
    meta = {k: a["meta"] for k, a in articles.items()}
    assert meta["001"]["author"] == "Khalid Taimur Akram" and meta["001"]["date"] == "2021-12-20"
    assert meta["001"]["title"].startswith("Azerbaijan towards National Prosperity")
    assert meta["002"]["author"] == "Vafa Ismayilova" and meta["002"]["date"] == "2021-01-06"
    assert meta["003"]["title"].startswith("Azerbaijani leader promises")
    assert meta["004"]["date"] == "2022-05-31" and meta["004"]["outlet"].lower() == "azernews"


def test_gold_boilerplate_removed_and_kept(seed_files, gold):
    result = run("analyze", *map(str, seed_files), "--json")
    by_file = {Path(a["path"]).name: a for a in json.loads(result.stdout)["articles"]}
    for entry in gold["articles"]:
        article = by_file[entry["file"]]
        removed = " ".join(r["text"] for r in article["removed"])
        for line in entry["boilerplate"]:
            assert line not in article["text"], line
            assert line in removed, line


def test_bad_files_are_reported_and_others_go_on(tmp_path, seed_files):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "missing.txt"
    result = run("analyze", str(empty), str(seed_files[2]), str(binary), str(missing), "--json")
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    for path in (empty, binary, missing):
        assert any(str(path) in line for line in errors), (path, errors)
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_import_twice_does_not_duplicate_and_list_shows_it(tmp_path, seed_files):
    db = f"sqlite:///{tmp_path / 'lib.sqlite3'}"
    first = run("import", *map(str, seed_files[:3]), "--collection", "Class 1", env_db=db)
    assert first.returncode == 0, first.stderr
    again = run("import", *map(str, seed_files[:3]), env_db=db)
    assert again.returncode == 0 and "already in the library" in again.stdout
    listed = run("list", "--json", env_db=db)
    rows = json.loads(listed.stdout)
    assert len(rows) == 3


def test_failed_import_leaves_library_unchanged(tmp_path, seed_files):
    db = f"sqlite:///{tmp_path / 'lib.sqlite3'}"
    run("import", str(seed_files[0]), env_db=db)
    result = run("import", str(tmp_path / "nope.pdf"), env_db=db)
    assert result.returncode == 2 and "nope.pdf" in result.stderr
    assert len(json.loads(run("list", "--json", env_db=db).stdout)) == 1


@pytest.mark.parametrize("args", [["import"], ["analyze"], ["bogus"]])
def test_usage_errors_exit_nonzero(args):
    assert run(*args).returncode != 0


def test_importing_a_folder_applies_its_collection_manifest(tmp_path, seeds_dir):
    db = f"sqlite:///{tmp_path / 'lib.sqlite3'}"
    result = run("import", str(seeds_dir), env_db=db)
    assert result.returncode == 0, result.stderr
    rows = json.loads(run("list", "--json", env_db=db).stdout)
    outlets = {Path(r["path"]).name[:3]: r["outlet"] for r in rows}
    assert outlets["003"] == "Global News" and outlets["002"] == "AzerNews"


def test_file_arguments_without_a_command_must_exist(tmp_path):
    result = run(str(tmp_path / "no-such-story.txt"))
    assert result.returncode == 2 and "no-such-story.txt" in result.stderr


def test_display_title_falls_back_to_the_opening_words():
    from reader_app.model import Article, Metadata, display_title

    untitled = Article("a1", "/x/000_abc.txt", "raw", "LAGOS - Flood waters rose again on Sunday as rain fell.")
    assert display_title(untitled, words=4) == "LAGOS - Flood waters…"
    titled = Article("a2", None, "raw", "Body.", meta=Metadata(title="Floods return"))
    assert display_title(titled) == "Floods return"


def test_an_analysis_bug_in_one_article_is_reported_and_the_others_still_print(
    tmp_path, seed_files, monkeypatch, capsys
):
    from reader_app import cli
    from reader_app.analysis import pipeline

    real = pipeline.analyze
    broken = tmp_path / "broken.txt"
    broken.write_text("The council met on Monday. It voted to close the bridge.", encoding="utf-8")

    def analyze(article, *args, **kwargs):
        if "bridge" in article.text:
            raise IndexError("tuple index out of range")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze", analyze)
    code = cli.main(["analyze", str(broken), str(seed_files[2]), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert str(broken) in err and "analysis failed (IndexError" in err
    assert len(json.loads(out)["articles"]) == 1

"""README's commands are the ones CI runs: keep them from drifting apart."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_COMMAND = "bash packaging/setup.sh test"
APP_COMMAND = "bash packaging/setup.sh app"


def test_readme_names_both_setup_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert TEST_COMMAND in readme and APP_COMMAND in readme


def test_ci_runs_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.startswith("#")]
    assert TEST_COMMAND in commands
    assert "export QT_QPA_PLATFORM=offscreen" in commands

"""Tip-off, comments, affiliate, newsletter-schedule and translator notes under a story; short breadcrumbs above it."""

import pytest

from reader_app.ingest import load_text

STORY = """Club signs striker on a three-year deal after long talks
By Jane Doe
The club confirmed on Friday that it had signed the striker for an undisclosed fee, its chairman said.
Fans get a free programme every Saturday, the club said.
"He is the player we wanted," said the head coach."""


@pytest.mark.parametrize("line,reason", [
    ("Got a story? Contact our newsdesk on 0123 456789.", "newsdesk prompt"),
    ("Do you have a story for the Valley Echo? Email us at news@example.org", "newsdesk prompt"),
    ("Do you have an opinion on the issues raised in this article? Write to the editor.", "newsdesk prompt"),
    ("Comments (42)", "comments prompt"),
    ("Comments have been disabled on this article.", "comments prompt"),
    ("Join the conversation", "comments prompt"),
    ("Published", "comments prompt"),
    ("We may earn a commission when you buy through links on our site.", "affiliate disclosure"),
    ("Get the week's biggest sports stories in one email every Friday.", "newsletter prompt"),
    ("Translator's note: titles are given as in the original.", "translator's note"),
])
def test_tail_prompt_is_removed(line, reason):
    article = load_text(f"{STORY}\n{line}")
    assert {r.text: r.reason for r in article.removed}.get(line) == reason
    assert line not in article.text
    assert "Fans get a free programme every Saturday" in article.text


@pytest.mark.parametrize("sentence", [
    "Readers get the paper every morning, the company said, and sales rose by 4%.",
    "The players have been published a new code of conduct, the league said.",
    "Officials said the scheme could earn the city a commission from each sale of the land.",
])
def test_body_sentences_like_prompts_stay(sentence):
    article = load_text(f"{STORY}\n{sentence}\nThe coach said the fee was fair.")
    assert sentence in article.text


@pytest.mark.parametrize("label,reason", [
    ("Home > World", "navigation"),
    ("News › Wearables", "navigation"),
    ("TRANSLATIONS / REGION", "section label"),
])
def test_short_breadcrumb_above_headline(label, reason):
    article = load_text(f"{label}\n{STORY}")
    assert article.meta.title == "Club signs striker on a three-year deal after long talks"
    assert {r.text: r.reason for r in article.removed}.get(label) == reason


def test_slash_headline_stays_title():
    article = load_text("Israel/Gaza talks resume in Cairo after weeks of delay\nBy Jane Doe\n"
                        "Negotiators met on Monday for the first time in weeks, officials said.\n"
                        "\"We are hopeful,\" said one diplomat.")
    assert article.meta.title == "Israel/Gaza talks resume in Cairo after weeks of delay"


@pytest.mark.parametrize("heading", ["More on this story", "Most read", "Related translations", "More from Sport"])
def test_headlines_under_bare_related_heading_go(heading):
    page = (f"{STORY}\n{heading}\nCouncil delays vote on new stadium\nWhy are bus fares rising?\n"
            "Mayor defends budget plan")
    article = load_text(page)
    removed = {r.text: r.reason for r in article.removed}
    for line in (heading, "Council delays vote on new stadium", "Why are bus fares rising?", "Mayor defends budget plan"):
        assert removed.get(line) == "related links"


def test_related_headlines_stop_at_prose_and_blank_lines():
    page = (f"{STORY}\nRead more\nCouncil delays vote on new stadium\n"
            "The club said it would appeal against the decision next month.\n\nWhat happens next\n"
            "The league will rule on the transfer in July.")
    article = load_text(page)
    assert "Council delays vote on new stadium" not in article.text
    assert "The club said it would appeal against the decision next month." in article.text
    assert "What happens next" in article.text

"""Sentence and paragraph splitting on tricky news text: abbreviations, quotes, datelines, lists."""

from itertools import pairwise

import pytest

from reader_app.analysis.sentences import paragraphs, split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


CASES = [
    # abbreviations and titles
    (
        "Mr. Smith met Dr. Jones at St. Mary's. They talked.",
        ["Mr. Smith met Dr. Jones at St. Mary's.", "They talked."],
    ),
    (
        "Gov. Ann Lee and Gen. Mark Ortiz spoke. Mrs. Lee left early.",
        ["Gov. Ann Lee and Gen. Mark Ortiz spoke.", "Mrs. Lee left early."],
    ),
    (
        "The U.N. Security Council met in New York. The U.S. delegation walked out.",
        ["The U.N. Security Council met in New York.", "The U.S. delegation walked out."],
    ),
    (
        "The deal was signed in the U.S. The next day, markets rose.",
        ["The deal was signed in the U.S.", "The next day, markets rose."],
    ),
    (
        "The novel by J. R. R. Tolkien sold well. Critics agreed.",
        ["The novel by J. R. R. Tolkien sold well.", "Critics agreed."],
    ),
    # dates and numbers
    (
        "Fighting broke out on Sept. 27 and stopped on Nov. 15. Talks resumed in Jan. 2021.",
        ["Fighting broke out on Sept. 27 and stopped on Nov. 15.", "Talks resumed in Jan. 2021."],
    ),
    (
        "Item No. 5 on the agenda passed. The vote was 7-2.",
        ["Item No. 5 on the agenda passed.", "The vote was 7-2."],
    ),
    (
        "Revenue rose 3.5 percent in 2020. Costs fell.",
        ["Revenue rose 3.5 percent in 2020.", "Costs fell."],
    ),
    # inner abbreviations
    (
        "Bring tools, e.g. shovels and pumps, i.e. what the crews need. Then wait.",
        ["Bring tools, e.g. shovels and pumps, i.e. what the crews need.", "Then wait."],
    ),
    (
        "It was Arsenal vs. Chelsea on Sunday. Arsenal won.",
        ["It was Arsenal vs. Chelsea on Sunday.", "Arsenal won."],
    ),
    (
        "They sold chairs, tables, etc. to the school.",
        ["They sold chairs, tables, etc. to the school."],
    ),
    # quotes
    (
        '"We will rebuild the bridge," the mayor said. "It will take a year."',
        ['"We will rebuild the bridge," the mayor said.', '"It will take a year."'],
    ),
    (
        "\u201cThe river is rising.\u201d Residents left at dawn.",
        ["\u201cThe river is rising.\u201d", "Residents left at dawn."],
    ),
    ('"Is it safe?" asked the driver.', ['"Is it safe?" asked the driver.']),
    ('"Why now?" Smith asked. Nobody answered.', ['"Why now?" Smith asked.', "Nobody answered."]),
    # datelines stay in the first sentence
    (
        "LONDON \u2013 The council voted on Monday. The plan passed.",
        ["LONDON \u2013 The council voted on Monday.", "The plan passed."],
    ),
    (
        "BERLIN, Jan. 5 (Reuters) - Factory orders fell. Economists were surprised.",
        ["BERLIN, Jan. 5 (Reuters) - Factory orders fell.", "Economists were surprised."],
    ),
    (
        "SPRINGFIELD, Ill. (AP) \u2014 The council voted. Taxes rose.",
        ["SPRINGFIELD, Ill. (AP) \u2014 The council voted.", "Taxes rose."],
    ),
    # Q:/A: turns
    (
        "Here is the interview: Q: Why did you sign? A: The fee was right. I wanted to play.",
        [
            "Here is the interview:",
            "Q: Why did you sign?",
            "A: The fee was right.",
            "I wanted to play.",
        ],
    ),
    # bullets and numbered items, one each
    (
        "The plan has three parts:\n- new pumps\n- higher levees\n\u2022 more staff",
        ["The plan has three parts:", "- new pumps", "- higher levees", "\u2022 more staff"],
    ),
    (
        "Steps\n1. Apply online\n2. Wait for a letter",
        ["Steps", "1. Apply online", "2. Wait for a letter"],
    ),
    # headings and page furniture lines
    (
        "Council approves budget\nThe city council approved the budget on Monday.",
        ["Council approves budget", "The city council approved the budget on Monday."],
    ),
    (
        "Story continues below advertisement\nClick to play video: 'Floods hit the valley'\nThe water rose.",
        [
            "Story continues below advertisement",
            "Click to play video: 'Floods hit the valley'",
            "The water rose.",
        ],
    ),
    # hard-wrapped prose joins across single newlines
    (
        "The striker, who joined the club in\n2019, scored twice. His contract runs\nuntil June.",
        [
            "The striker, who joined the club in\n2019, scored twice.",
            "His contract runs\nuntil June.",
        ],
    ),
    # Windows line ends, company suffixes, middle initials
    (
        "Title line\r\n\r\nThe council met. It voted.\r\nNew line here.\r\n",
        ["Title line", "The council met.", "It voted.", "New line here."],
    ),
    (
        "Shares of Acme Inc. The firm grew. John F. Kennedy spoke.",
        ["Shares of Acme Inc.", "The firm grew.", "John F. Kennedy spoke."],
    ),
    # whitespace, ellipsis, exclamations
    ("   Leading spaces.   Trailing spaces.   ", ["Leading spaces.", "Trailing spaces."]),
    ("Wait! Stop... Now go?", ["Wait!", "Stop...", "Now go?"]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split_sentences(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("  One.  \n \n\n\t\nTwo.\n", ["One.", "Two."]),
        ("Only one paragraph\nwith two lines.", ["Only one paragraph\nwith two lines."]),
        ("", []),
    ],
)
def test_paragraphs(text, expected):
    assert [text[a:b] for a, b in paragraphs(text)] == expected


def test_paragraph_breaks_always_end_sentences():
    text = "The flood reached the\n\nbridge. Then it fell."
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == [
        "The flood reached the",
        "bridge.",
        "Then it fell.",
    ]
    assert [s.paragraph for s in sents] == [0, 1, 1]


def test_offsets_point_into_text_and_are_stripped(seed_files):
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        sents = split_sentences(text)
        assert sents, path.name
        for prev, cur in pairwise(sents):
            assert prev.end <= cur.start and prev.paragraph <= cur.paragraph
        for s in sents:
            piece = text[s.start : s.end]
            assert piece and piece == piece.strip(), (path.name, piece)


def test_gold_claims_are_whole_sentences(gold, seeds_dir):
    """Every hand-marked claim in the gold file is exactly one sentence of the splitter."""
    missing = []
    for claim in gold["claims"]:
        text = (seeds_dir / claim["file"]).read_text(encoding="utf-8")
        if claim["text"] not in texts(text):
            missing.append(claim["text"])
    assert not missing

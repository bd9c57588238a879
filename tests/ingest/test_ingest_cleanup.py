"""Clean-up: furniture out (each piece with its rule), wrapped lines back together, restoring."""

import pytest

from reader_app.ingest import clean_text, load_text, restore

LEAD = "The city council approved the new budget on Tuesday after a three-hour debate."
TAIL = "Councillors will meet again in March to set the parking fees, the clerk said."


@pytest.mark.parametrize("furniture, reason", [
    ("Click to play video: 'Flood waters rise in the valley'", "video caption"),
    ("Play video: Mayor answers questions", "video caption"),
    ("WATCH: Storm damage across the county – Mar 3, 2024", "video caption"),
    ("Story continues below advertisement", "advertisement marker"),
    ("Article continues after this advertisement", "advertisement marker"),
    ("Advertisement", "advertisement marker"),
    ("ADVERTISEMENT", "advertisement marker"),
    ("Sponsored content", "advertisement marker"),
    ("Advertisement · Scroll to continue", "advertisement marker"),
    ("Sign up for our daily newsletter to get the top stories in your inbox.", "newsletter prompt"),
    ("Share this article", "share prompt"),
    ("Follow us on Twitter and Facebook", "share prompt"),
    ("We use cookies to improve your experience. By continuing you accept our policy.", "cookie notice"),
    ("Read more: Bridge repairs delayed until autumn", "related links"),
    ("Photo: Jane Roe/Valley Photo Agency", "photo credit"),
    ("© 2024 Valley Media Ltd. All rights reserved.", "licence footer"),
    ("This work is licensed under a Creative Commons Attribution 4.0 International License.", "licence footer"),
    ("Home > News > Local", "navigation"),
    ("Reporting by Jane Roe; Editing by Sam Lee", "credit line"),
    ("Updated 3 hours ago", "timestamp"),
    ("Image source, Valley Photo Agency", "photo credit"),
    ("Listen to this article", "navigation"),
    ("4 min read", "navigation"),
])
def test_furniture_lines_removed_with_reason(furniture, reason):
    raw = f"{LEAD}\n\n{furniture}\n\n{TAIL}"
    text, removed = clean_text(raw)
    assert text == f"{LEAD}\n\n{TAIL}"
    assert [(r.text, r.reason) for r in removed] == [(furniture, reason)]
    assert raw[removed[0].raw_start:removed[0].raw_end] == furniture


@pytest.mark.parametrize("prose", [
    "Advertisement revenue fell by a third last year, the publisher said in its annual report.",
    "Watch: that is what the coach shouted as the players left the pitch on Saturday.",
    "The regulator said cookies used for tracking must be switched off by default from June.",
    "Readers can share this article with friends, the editor wrote in a note on Monday.",
    "Copyright lawyers said the ruling would change how musicians are paid for streams.",
    "Writing by hand is a dying art, teachers at the village school said on Friday.",
    "Temperatures > 40 degrees are expected this week, forecasters warned.",
    "Budget 2024 | What the new tax rules mean for you",
    "Related research has shown that children who walk to school arrive more alert, the study found.",
    "Get ready for updates to the bus network, the council said on Monday.",
    "Join us at the town hall next week, the organisers wrote in a letter to residents.",
    "Email voting opens next week for members.",
    "The club is owned by American investor Tom Reed and his family.",
])
def test_prose_that_looks_like_furniture_stays(prose):
    text, removed = clean_text(f"{LEAD}\n\n{prose}\n\n{TAIL}")
    assert prose in text and removed == ()


def test_licence_footer_glued_to_last_paragraph():
    footer = "All content by Valley Weekly is licensed under a Creative Commons Attribution 4.0 International License."
    raw = f"{LEAD} {TAIL} \u00a0 {footer}"
    text, removed = clean_text(raw)
    assert text == f"{LEAD} {TAIL}"
    assert [(r.text, r.reason) for r in removed] == [(footer, "licence footer")]


def test_video_caption_echo_line_removed():
    raw = (f"Flood warning for the valley\n\nClick to play video: 'River bursts its banks'\n"
           f"River bursts its banks\n\n{LEAD}")
    text, removed = clean_text(raw)
    assert "River bursts" not in text
    assert [r.reason for r in removed] == ["video caption", "video caption"]


@pytest.mark.parametrize("raw, expected", [
    ("The dam has been badly damaged\n\n\n\nby the storm, engineers said.",
     "The dam has been badly damaged by the storm, engineers said."),
    ("The dam has been badly damaged\nby the storm, engineers said.",
     "The dam has been badly damaged by the storm, engineers said."),
    ("Repairs to the water-\ntreatment works and the trans-\nport depot begin today.",
     "Repairs to the water-treatment works and the transport depot begin today."),
    ("The mayor welcomed the visit of\n\n\nPresident Anna Berg to the new harbour on Friday.",
     "The mayor welcomed the visit of President Anna Berg to the new harbour on Friday."),
    ("Risks and plans for the\nNorth Sea wind farms were discussed.",
     "Risks and plans for the North Sea wind farms were discussed."),
    ("Repairs begin today.\n\nThe depot reopens in May.",
     "Repairs begin today.\n\nThe depot reopens in May."),
    ("Repairs begin today.\nThe depot reopens in May.",
     "Repairs begin today.\n\nThe depot reopens in May."),
    ("Key points:\n\n- Fees rise by 5%\n- Parking is free on Sundays\n- Buses run later",
     "Key points:\n\n- Fees rise by 5%\n- Parking is free on Sundays\n- Buses run later"),
    ("Q: When will it open?\nA: In May, if the weather holds.",
     "Q: When will it open?\nA: In May, if the weather holds."),
    ("Budget approved\n\nThe council voted 7-2.", "Budget approved\n\nThe council voted 7-2."),
    ("Spaces\u00a0and\ttabs   collapse\u200b here.", "Spaces and tabs collapse here."),
])
def test_paragraphs_rebuilt(raw, expected):
    assert clean_text(raw)[0] == expected


def test_hard_wrapped_prose_joined():
    raw = ("The transport committee agreed on Wednesday to extend the late-night bus\n"
           "service to the northern suburbs for a trial period of six months, after\n"
           "residents collected more than two thousand signatures.\n\n"
           "The first buses will run in April.")
    text, _ = clean_text(raw)
    assert text.split("\n\n")[0].count("\n") == 0
    assert "bus service to the northern suburbs" in text


def test_letterhead_and_byline_block_move_out():
    raw = ("НАЦИОНАЛЬНЫЙ ИНСТИТУТ\nNATIONAL INSTITUTE OF URBAN STUDIES\nCentre for Housing\n"
           "and Planning Policy\n\nWhy our towns need more trees\n\n"
           "By Dr. Maria Lopez, Senior Fellow,\nCentre for Housing and Planning\n\n"
           "Published on 4th April 2023\n\n"
           "Cities that plant more trees are cooler in summer, and I believe every council should act now.")
    text, removed = clean_text(raw)
    assert text.startswith("Why our towns need more trees\n\nCities that plant")
    reasons = [r.reason for r in removed]
    assert reasons.count("letterhead") == 4
    assert reasons.count("byline/date line (kept as metadata)") == 3


def test_single_capitalised_title_is_not_a_letterhead():
    raw = "CITY COUNCIL APPROVES BUDGET\n\nBy Jane Doe\n\nThe council approved the budget on Tuesday, 7-2."
    text, removed = clean_text(raw)
    assert text.startswith("CITY COUNCIL APPROVES BUDGET")
    assert [r.reason for r in removed] == ["byline/date line (kept as metadata)"]


def test_restore_puts_a_piece_back_and_keeps_metadata():
    raw = (f"Budget approved\n\nBy Jane Doe\n\n{LEAD}\n\nStory continues below advertisement\n\n"
           f"{TAIL}\n\nSponsored content")
    article = load_text(raw)
    assert article.meta.author == "Jane Doe"
    reasons = [r.reason for r in article.removed]
    ad = reasons.index("advertisement marker")
    once = restore(article, ad)
    assert "Story continues below advertisement" in once.text
    assert len(once.removed) == len(article.removed) - 1
    assert once.meta == article.meta and once.raw_text == article.raw_text
    twice = restore(once, [r.text for r in once.removed].index("Sponsored content"))
    assert "Story continues below advertisement" in twice.text and twice.text.endswith("Sponsored content")
    with pytest.raises(IndexError):
        restore(article, 99)


def test_clean_text_restored_set():
    raw = f"{LEAD}\n\nAdvertisement\n\n{TAIL}"
    _, removed = clean_text(raw)
    text, removed_again = clean_text(raw, {removed[0].raw_start})
    assert "Advertisement" in text and removed_again == ()


def test_running_headers_and_page_numbers_from_pages():
    pages = []
    topics = ["roads", "parks", "schools", "libraries"]
    for n, topic in enumerate(topics, start=1):
        pages.append(f"Valley Gazette | Annual report\n\nSection {n} covers {topic}.\n"
                     f"Spending on {topic} rose this year.\n\nPage {n} of 4")
    text, removed = clean_text("\n\f\n".join(pages))
    assert "Valley Gazette" not in text and "Page 2 of 4" not in text
    assert {r.reason for r in removed} == {"running header/footer", "page number"}
    assert "Section 3 covers schools." in text and "Spending on libraries" in text

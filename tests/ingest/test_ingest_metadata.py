"""Metadata from plain text, on varied articles written for these tests (not the seeds)."""

import pytest

from reader_app.ingest import load_text

COUNCIL = """Council approves riverside housing plan

By Jane Doe

Published: March 3, 2024

The city council voted 7-2 on Tuesday to approve 400 new homes along the river, ending a year of debate.

"This is a good day for families who need somewhere to live," Mayor Ann Smith said after the vote."""

WIRE = """LONDON (Reuters) - Floodwater forced hundreds of people from their homes in northern England on Sunday after two days of heavy rain, officials said.

The Environment Agency said 40 flood warnings were in place, and rail services were suspended on three lines.

"We expect river levels to peak overnight," an agency spokesperson told reporters."""

OPED = """Opinion: Our high streets deserve better than empty promises

By Prof. Mark Evans, Department of Economics,
Northfield University

I have lived in this town for thirty years, and I have never seen our high street look so tired. We were promised regeneration; what we got was a car park.

I believe the council should stop consulting and start building. Our shops cannot wait another decade for a plan that never arrives."""

TRANSFER = """Striker completes record move

date 2023-08-14 By Tom Walker

MANCHESTER – The club confirmed on Monday that it has signed the striker for a fee of 80 million euros, Example Sports Daily reports.

The player passed a medical on Sunday and signed a five-year contract, the club said in a statement."""

INTERVIEW = """MADRID — The new coach of the national team, Elena Ruiz Torres, who took over in June, spoke about her plans for the World Cup, the Example Herald has learned.

Ruiz Torres told the Example Herald that young players would get their chance.

Q: What changes will fans notice first?
A: A faster game. We will press higher and we will not be afraid of the ball.
Q: Is the squad ready?
A: Not yet, but in six months it will be."""

PRESS_RELEASE = """Northwind Energy reports record quarterly revenue

BERLIN, April 22, 2024 — Northwind Energy AG today announced revenue of 1.2 billion euros for the first quarter, up 18 percent on the same period last year, according to Reuters.

The company said new wind farms in the North Sea contributed most of the growth."""

RELAY = """date 2022-02-10 By EXAMPLENEWS

The regional governor and the visiting trade minister discussed new rail links, Coastline Agency has reported.

The two officials also exchanged views on port fees, ExampleNews writes."""


@pytest.mark.parametrize("text, expected", [
    (COUNCIL, {"title": "Council approves riverside housing plan", "author": "Jane Doe",
               "date": "2024-03-03", "genre": "news", "dateline": None, "outlet": None}),
    # a wire story naming no other outlet: the agency of the dateline is the best guess
    (WIRE, {"title": None, "dateline": "LONDON", "reporting_by": "Reuters", "genre": "news",
            "author": None, "outlet": "Reuters"}),
    (OPED, {"title": "Opinion: Our high streets deserve better than empty promises",
            "author": "Mark Evans", "genre": "opinion"}),
    (TRANSFER, {"title": "Striker completes record move", "author": "Tom Walker", "date": "2023-08-14",
                "dateline": "MANCHESTER", "outlet": "Example Sports Daily", "genre": "news"}),
    (INTERVIEW, {"dateline": "MADRID", "genre": "interview", "interviewee": "Elena Ruiz Torres",
                 "outlet": "Example Herald"}),
    (PRESS_RELEASE, {"title": "Northwind Energy reports record quarterly revenue", "dateline": "BERLIN",
                     "genre": "news", "outlet": None}),
    (RELAY, {"outlet": "ExampleNews", "reporting_by": "Coastline Agency", "date": "2022-02-10",
             "author": None}),
], ids=["council", "wire", "oped", "transfer", "interview", "press-release", "relay"])
def test_metadata_detected(text, expected):
    meta = load_text(text).meta
    got = {field: getattr(meta, field) for field in expected}
    assert got == expected
    for field, value in expected.items():
        if value:
            evidence = meta.evidence_for(field)
            assert evidence and evidence.source == "text" and evidence.evidence, field


@pytest.mark.parametrize("line, author", [
    ("By Mr. John Smith, Executive Director, Centre for Policy", "John Smith"),
    ("By Dr Maria de la Cruz | March 3, 2024", "Maria de la Cruz"),
    ("BY JANE DOE", "Jane Doe"),
    ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
    ("By Staff Reporter", None),
    ("By Example Daily News", None),
])
def test_byline_forms(line, author):
    text = f"{line}\n\nThe school board met on Monday and agreed to extend the lunch break by ten minutes."
    assert load_text(text).meta.author == author


def test_byline_naming_an_outlet_gives_the_outlet():
    text = "By Valleywire\n\nThe bridge reopened on Friday after repairs, the county said."
    meta = load_text(text).meta
    assert meta.author is None and meta.outlet == "Valleywire"


@pytest.mark.parametrize("line, iso", [
    ("date 2021-01-06", "2021-01-06"),
    ("Published on 20th December 2021", "2021-12-20"),
    ("Updated: Monday, 3 March 2024 10:45 GMT", "2024-03-03"),
    ("Posted Sept. 27, 2020", "2020-09-27"),
])
def test_date_lines(line, iso):
    text = f"Parking fees to rise\n\n{line}\n\nThe council will raise parking fees by 5% in April, the clerk said."
    article = load_text(text)
    assert article.meta.date == iso
    assert line not in article.text


def test_dates_in_the_body_are_not_publication_dates():
    text = ("Parking fees to rise\n\nThe council said on March 3, 2024 that fees will rise by 5% in April, "
            "and that the money would pay for new bus shelters across the city centre.")
    assert load_text(text).meta.date is None


@pytest.mark.parametrize("lead, outlet, reporting_by", [
    ("The port will close for a week, Harbour Times reports.", "Harbour Times", None),
    ("The port will close for a week, Harbour Agency has reported.", None, "Harbour Agency"),
    ("The port will close for a week, the manager told the Harbour Times.", "Harbour Times", None),
    ("The port will close for a week, the manager told The Associated Press.", None, "The Associated Press"),
    ("The port will close for a week, the manager told reporters.", None, None),
    ("The port will close for a week, according to Reuters.", None, None),
])
def test_outlet_cues(lead, outlet, reporting_by):
    meta = load_text(f"{lead}\n\nShips will be sent to the northern terminal instead, officials said.").meta
    assert (meta.outlet, meta.reporting_by) == (outlet, reporting_by)


def test_licence_footer_names_the_publisher_when_nothing_else_does():
    text = ("The library will open on Sundays from May, the city said.\n\n"
            "All content by Riverside Weekly is licensed under a Creative Commons Attribution 4.0 International License.")
    meta = load_text(text).meta
    assert meta.outlet == "Riverside Weekly"
    assert "licensed" in meta.evidence_for("outlet").evidence


def test_letterhead_names_the_issuing_body():
    text = ("NATIONAL INSTITUTE OF URBAN STUDIES\nCentre for Housing\nand Planning Policy\n\n"
            "Why our towns need more trees\n\nBy Dr. Maria Lopez\n\n"
            "Cities that plant more trees are cooler in summer. Councils must act now; delay is reckless, "
            "wasteful and unjust, and the evidence is overwhelming and clear.")
    meta = load_text(text).meta
    assert meta.outlet == "Centre for Housing and Planning Policy (National Institute of Urban Studies)"
    assert meta.title == "Why our towns need more trees"
    assert meta.author == "Maria Lopez"
    assert meta.genre == "commentary"


def test_pasted_text_id_and_format():
    article = load_text("The ferry timetable changes on Monday, the operator said.", "Pasted 10:00")
    assert article.id == f"pasted-{article.content_hash[:8]}"
    assert article.path is None and article.source_format == "paste"


@pytest.mark.parametrize("headline", ["Elections set for May 5, 2024", "Voters go to the polls on 3 March 2024"])
def test_headline_with_a_date_is_not_a_date_line(headline):
    article = load_text(f"{headline}\n\nPolling stations open at seven and close at ten, officials said.")
    assert article.text.startswith(headline)
    assert article.meta.title == headline and article.meta.date is None


@pytest.mark.parametrize("lead, place, agency", [
    ("KYIV, Ukraine (AP) — Air raid sirens sounded across the capital on Monday.", "KYIV", "The Associated Press"),
    ("NEW YORK, March 3 (Reuters) - Stocks rose on Monday as oil prices fell.", "NEW YORK", "Reuters"),
    ("PARIS (AFP) - Museum staff walked out on Sunday over pay.", "PARIS", "Agence France-Presse"),
    ("WASHINGTON — The Senate passed the spending bill late on Friday.", "WASHINGTON", None),
    ("U.S. officials said on Monday that talks would resume.", None, None),
])
def test_datelines(lead, place, agency):
    meta = load_text(f"{lead}\n\nMore details were expected later in the day, officials said.").meta
    assert (meta.dateline, meta.reporting_by) == (place, agency)


def test_genre_label_above_the_headline():
    text = ("Opinion\n\nWhy the bus cuts are a mistake\n\nBy Ann Lee\n\n"
            "I take the number 12 bus every morning, and I have watched it get slower and emptier every year.")
    meta = load_text(text).meta
    assert meta.title == "Why the bus cuts are a mistake"
    assert meta.genre == "opinion" and meta.author == "Ann Lee"


def test_name_line_above_date_line_is_the_byline():
    text = ("OP-ED\n\nThe four-day week is overdue\n\nSarah Khan\nTue 12 Mar 2024 06.00 GMT\n\nShare\n\n"
            "Last year my team tried a four-day week. I was sceptical, but I was wrong about it.")
    article = load_text(text)
    assert article.text.startswith("The four-day week is overdue\n\nLast year")
    meta = article.meta
    assert (meta.author, meta.date, meta.genre) == ("Sarah Khan", "2024-03-12", "opinion")
    assert {r.reason for r in article.removed} == {
        "genre label (kept as metadata)", "byline/date line (kept as metadata)", "share prompt"}


def test_interviewee_named_by_surname_in_the_introduction():
    text = ("'The pitch is our classroom'\n\nInterview by Kim Lowe\n\n"
            "Dana Okoro has coached the youth team since 2019. Last week Okoro spoke to the Valley Courier "
            "about funding and facilities.\n\nQ: What do you need most?\nA: A second pitch.\n"
            "Q: And from the council?\nA: Floodlights, so we can train in winter.")
    meta = load_text(text).meta
    assert (meta.genre, meta.interviewee, meta.author) == ("interview", "Dana Okoro", "Kim Lowe")
    assert meta.outlet == "Valley Courier"


@pytest.mark.parametrize("raw, title", [
    ("Floods hit Leeds\n\nResidents flee as the river bursts its banks\n\n" + "The river rose two metres overnight, officials said, and 300 homes were evacuated before dawn on Sunday.",
     "Floods hit Leeds"),
    ("World\n\nFloods hit Leeds again after record rain\n\n" + "The river rose two metres overnight, officials said, and 300 homes were evacuated before dawn on Sunday.",
     "Floods hit Leeds again after record rain"),
    ("Striker signs\n\nThe club confirmed on Monday that the striker had signed a five-year contract after passing a medical.",
     "Striker signs"),
])
def test_short_headlines_and_section_labels(raw, title):
    assert load_text(raw).meta.title == title

"""Round-2 shapes from many kinds of outlet: date lines, bylines, datelines, furniture, title, genre, outlet."""

import pytest

from reader_app.ingest import load_path, load_text

HEADLINE = "Council votes to rebuild the old river bridge"
BODY = (
    "The city council voted 7-2 on Tuesday to replace the crumbling bridge over the river, "
    "ending two years of argument about the cost of the project.\n\n"
    '"We cannot keep patching it," councillor Mary Brent said after the vote, adding that '
    "work would start in the spring.\n\n"
    "Opponents said the money should go to schools, according to a statement from the residents' group."
)


def article(*header: str, body: str = BODY, title: str = HEADLINE):
    return load_text("\n\n".join([title, *header, body]))


def removed_reasons(art):
    return {r.text.strip(): r.reason for r in art.removed}


# --- date lines ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, iso", [
    ("Updated 14:02 GMT, 3 May 2024", "2024-05-03"),
    ("Updated 09:30 BST, 21 June 2023", "2023-06-21"),
    ("May 3, 2024 at 2:02 p.m. EDT", "2024-05-03"),
    ("January 15, 2025 at 11:45 a.m. PST", "2025-01-15"),
    ("Published: Friday 3 May 2024", "2024-05-03"),
    ("Published: Tuesday, 9 January 2024", "2024-01-09"),
    ("3rd May 2024", "2024-05-03"),
    ("22nd November 2023", "2023-11-22"),
    ("Last modified on Fri 3 May 2024 09.14 BST", "2024-05-03"),
    ("Last modified on Mon 12 Feb 2024 17.40 GMT", "2024-02-12"),
    ("Posted on June 12, 2023", "2023-06-12"),
    ("Posted on 4 August 2022", "2022-08-04"),
    ("2024/05/03", "2024-05-03"),
    ("Published 2023/11/28 08:00", "2023-11-28"),
    ("03/05/2024 09:14 BST", "2024-05-03"),
    ("03/05/2024 2:02 p.m. EDT", "2024-03-05"),
    ("25/12/2023", "2023-12-25"),
    ("12/25/2023", "2023-12-25"),
])
def test_date_line_shapes(line, iso):
    art = article(line)
    assert art.meta.date == iso
    assert line not in art.text


@pytest.mark.parametrize("line", ["2 hours ago", "Updated 35 minutes ago", "Posted 3 days ago"])
def test_relative_dates_give_no_date_and_leave_the_text(line):
    art = article(line)
    assert art.meta.date is None
    assert line not in art.text


@pytest.mark.parametrize("line, body_hint, iso", [
    ("04/06/2024", "The minister spoke on 4 June in Cardiff.", "2024-06-04"),
    ("04/06/2024", "The minister spoke on April 6 in Denver.", "2024-04-06"),
])
def test_numeric_date_order_from_the_body_spelling(line, body_hint, iso):
    art = article(line, body=BODY + "\n\n" + body_hint)
    assert art.meta.date == iso


@pytest.mark.parametrize("line", ["04/06/2024", "10/11/2023", "07/08/2022"])
def test_ambiguous_numeric_date_is_marked_low_confidence(line):
    art = article(line)
    assert art.meta.date is not None
    assert "low confidence" in art.meta.evidence_for("date").evidence


# --- bylines ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lines, author", [
    (["By Ana Ruiz and Tom Hale"], "Ana Ruiz and Tom Hale"),
    (["By Kwame Mensah and Lucy Park"], "Kwame Mensah and Lucy Park"),
    (["Ana Ruiz, Political Editor"], "Ana Ruiz"),
    (["Derek Olsen, Transport Correspondent"], "Derek Olsen"),
    (["Ana Ruiz | Staff Writer"], "Ana Ruiz"),
    (["Words: Ana Ruiz"], "Ana Ruiz"),
    (["Words: Ben Carter"], "Ben Carter"),
    (["Posted by Ana Ruiz"], "Ana Ruiz"),
    (["Posted by Gita Rao"], "Gita Rao"),
    (["Written by Hannah Cole"], "Hannah Cole"),
    (["By ANA RUIZ"], "Ana Ruiz"),
    (["By SEAN O'NEILL-BRYCE"], "Sean O'Neill-Bryce"),
    (["Ana Ruiz", "Political Editor"], "Ana Ruiz"),
    (["Samir Haddad", "Health Reporter"], "Samir Haddad"),
    (["Interview by Nora Feld"], "Nora Feld"),
])
def test_byline_shapes(lines, author):
    art = article(*lines)
    assert art.meta.author == author
    for line in lines:
        assert line not in art.text


@pytest.mark.parametrize("footer, author", [
    ("Reporting by Ana Ruiz; Editing by Tom Hale", "Ana Ruiz"),
    ("Reporting by Li Wei in Shanghai; Editing by Mark Potter", "Li Wei"),
    ("Reporting by Omar Said and Jane Kerr; Writing by Paul Grey; Editing by Ed Osmond", "Omar Said and Jane Kerr"),
])
def test_wire_footer_names_the_reporter(footer, author):
    art = article(body=BODY + "\n\n" + footer)
    assert art.meta.author == author
    assert footer not in art.text


@pytest.mark.parametrize("line, agency", [
    ("By AFP", "Agence France-Presse"),
    ("By The Associated Press", "The Associated Press"),
    ("By Reuters", "Reuters"),
])
def test_agency_byline_is_reporting_by_not_author(line, agency):
    art = article(line)
    assert art.meta.author is None
    assert art.meta.reporting_by == agency


@pytest.mark.parametrize("line", ["Staff and agencies", "Staff and agencies in Paris", "Agencies"])
def test_staff_and_agencies_is_no_author(line):
    art = article(line)
    assert art.meta.author is None
    assert line not in art.text


# --- datelines ----------------------------------------------------------------------------------------

LEAD = ("Police said on Friday that heavy rain had flooded dozens of homes and cut power to "
        "thousands of people overnight, and more storms were expected.")


@pytest.mark.parametrize("prefix, place, agency", [
    ("BRUSSELS (AFP) - ", "BRUSSELS", "Agence France-Presse"),
    ("NAIROBI, Kenya — ", "NAIROBI", None),
    ("PARIS (AP) — ", "PARIS", "The Associated Press"),
    ("LONDON, May 3 (Reuters) - ", "LONDON", "Reuters"),
    ("BEIJING, May 3 (Xinhua) -- ", "BEIJING", "Xinhua"),
    ("GAZA CITY: ", "GAZA CITY", None),
    ("ISLAMABAD: ", "ISLAMABAD", None),
])
def test_dateline_shapes(prefix, place, agency):
    art = load_text(f"Storms flood homes across the region\n\n{prefix}{LEAD}\n\n{BODY}")
    assert art.meta.dateline == place
    assert art.meta.reporting_by == agency
    assert art.meta.title == "Storms flood homes across the region"


# --- furniture ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Image caption", "Image caption, Firefighters at the scene on Monday", "Image source, Getty Images",
    "Photo: Karl Moss/Reuters", "Read more:", "Related:", "Sign up for our newsletter", "Subscribe",
    "We use cookies to improve your experience on our site.", "Share this article", "Copy link",
    "Facebook Twitter LinkedIn Email", "Advertisement", "Continue reading", "Most read", "Topics",
    "Copyright 2024 Example Media. All rights reserved.",
    "This article was amended on 4 May 2024 to correct the spelling of a name.",
    "(c) 2024 Example Media", "Reuters/AP content may not be redistributed",
    "142 comments", "Home > World > Europe", "5 min read", "Get our morning briefing in your inbox",
])
def test_furniture_lines_are_removed(line):
    art = article(body=BODY + "\n\n" + line + "\n\n" + "The bridge will close for six months, officials said.")
    assert line not in art.text
    assert "The bridge will close" in art.text


@pytest.mark.parametrize("bio", [
    "Ana Ruiz is a political reporter at the Example Times.",
    "Tom Hale is the paper's transport correspondent and has covered the region since 2015.",
    "Li Wei is a freelance journalist based in Shanghai.",
])
def test_author_bio_box_at_the_end_is_removed(bio):
    art = article(body=BODY + "\n\n" + bio)
    assert bio not in art.text


@pytest.mark.parametrize("kicker", ["EXCLUSIVE", "ANALYSIS", "LIVE", "BREAKING"])
def test_kicker_above_headline_is_not_the_title(kicker):
    art = load_text(f"{kicker}\n\n{HEADLINE}\n\nBy Jane Doe\n\n{BODY}")
    assert art.meta.title == HEADLINE
    assert not art.text.startswith(kicker)


@pytest.mark.parametrize("title", [
    "Will the new bridge ever get built?",
    "Champions at last!",
    "Transfer window: five deals that could shape the season",
])
def test_title_may_end_in_question_or_exclamation(title):
    assert article("By Jane Doe", title=title).meta.title == title


# --- genre --------------------------------------------------------------------------------------------

INTRO = ("The architect Lena Kovac, who designed the new library, spoke to us about light, budgets "
         "and the city she grew up in.")


@pytest.mark.parametrize("turns", [
    "Q. Why glass?\n\nA. Because readers need daylight.\n\nQ. Was it expensive?\n\nA. Less than you would think.",
    ("KOVAC: I wanted daylight everywhere.\n\nINTERVIEWER: Was it expensive?\n\nKOVAC: Less than you would think.\n\n"
     "INTERVIEWER: What next?\n\nKOVAC: A school."),
    "TH: Why glass?\n\nLK: Because readers need daylight.\n\nTH: Was it expensive?\n\nLK: Less than you would think.",
])
def test_interview_turn_shapes(turns):
    art = load_text(f"The architect who let the light in\n\n{INTRO}\n\n{turns}")
    assert art.meta.genre == "interview"


@pytest.mark.parametrize("label, genre", [
    ("The Herald's view", "editorial"),  # the paper's own view: opinion family, value 'editorial'
    ("Editorial", "editorial"),
    ("Our view", "editorial"),
    ("Op-Ed", "opinion"),
    ("Comment", "opinion"),
])
def test_opinion_labels(label, genre):
    art = load_text(f"{label}\n\n{HEADLINE}\n\n{BODY}")
    assert art.meta.genre == genre
    assert art.meta.title == HEADLINE


PRESS = """FOR IMMEDIATE RELEASE

Brightwater Foods opens new bakery in Leeds

LEEDS, England, March 4, 2024 — Brightwater Foods today announced the opening of a bakery that will employ 120 people.

"We are proud to invest in the north," said chief executive Dana White.

About Brightwater Foods

Brightwater Foods makes bread and cakes for supermarkets across Britain.

Media contact:
Sam Green
press@brightwater.example

SOURCE Brightwater Foods"""


def test_press_release_shape():
    art = load_text(PRESS)
    assert art.meta.genre == "press release"
    assert art.meta.title == "Brightwater Foods opens new bakery in Leeds"
    assert "FOR IMMEDIATE RELEASE" not in art.text


@pytest.mark.parametrize("box", [
    "What we know\n\nQ: When will the bridge close?\nA: In April, for six months.\nQ: Who pays?\nA: The council and a national fund.",
    "Explained\n\nQ: Why replace it?\nA: Engineers found cracks in 2022.\nQ: What does it cost?\nA: About 40 million pounds.",
    "Q&A\n\nQ: Will buses run?\nA: Yes, on a diversion.\nQ: And cyclists?\nA: A temporary path opens in May.",
])
def test_qa_box_inside_news_is_not_an_interview(box):
    long_body = "\n\n".join([BODY] * 3)
    art = article("By Jane Doe", body=long_body + "\n\n" + box)
    assert art.meta.genre != "interview"


# --- outlet -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    (f"The Northern Echo's view\n\n{HEADLINE}\n\n{BODY}", "The Northern Echo"),
    (f"{HEADLINE}\n\n{BODY}\n\n© Lakeside Gazette 2024", "Lakeside Gazette"),
    (f"{HEADLINE}\n\n{BODY}\n\nValley Radio is a division of Valley Broadcasting Ltd.", "Valley Radio"),
    (f"{HEADLINE}\n\nThe mayor told the Harbour Times on Monday that the vote was close.\n\n{BODY}", "Harbour Times"),
])
def test_outlet_cues(text, outlet):
    assert load_text(text).meta.outlet == outlet


def test_agency_dateline_is_outlet_only_when_nothing_else_names_one():
    only_wire = load_text(f"Storms flood homes\n\nPARIS (AP) — {LEAD}\n\n{BODY}")
    assert only_wire.meta.outlet == "The Associated Press"
    with_outlet = load_text(f"Storms flood homes\n\nPARIS (AP) — {LEAD}\n\n{BODY}\n\n© Lakeside Gazette 2024")
    assert with_outlet.meta.outlet == "Lakeside Gazette"
    assert with_outlet.meta.reporting_by == "The Associated Press"


# --- PDF-like text ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, joined", [
    ("The council said the bridge would\n\nclose in April for repairs.", "The council said the bridge would close in April"),
    ("Water levels rose faster than\n\f\nforecasters had expected on Sunday.", "faster than forecasters"),
    ("The striker, who cost the club a record\n\nfee, scored twice.", "a record fee, scored"),
])
def test_page_break_inside_a_sentence_is_rejoined(raw, joined):
    assert joined in load_text(f"{HEADLINE}\n\n{raw}").text


def _column(x, texts, top=700):
    return [(x, top - 14 * i, t) for i, t in enumerate(texts) if t]


def test_two_column_pdf_with_footnote(tmp_path):
    from pdf_builder import write_pdf

    first = (_column(72, ["Flood defences tested as rivers rise", "", "By Ana Ruiz", "",
                          "Water levels on the River Ouse rose", "faster than forecasters had expected on",
                          "Sunday, and the agency said that the"])
             + _column(320, ["town's barriers would hold until the", "weekend if the rain eased as forecast.1", "",
                             "Residents were told to move cars and", "valuables upstairs before nightfall, and"])
             + [(72, 90, "1 Figures from the national flood forecasting centre."), (300, 60, "Page 1")])
    second = _column(72, ["schools in three villages were closed", "as a precaution, the council said."]) + [
        (300, 60, "Page 2")]
    art = load_path(write_pdf(tmp_path / "columns.pdf", [first, second]))
    assert art.text.split("\n\n") == [
        "Flood defences tested as rivers rise",
        ("Water levels on the River Ouse rose faster than forecasters had expected on Sunday, and the agency said "
        "that the town's barriers would hold until the weekend if the rain eased as forecast."),
        ("Residents were told to move cars and valuables upstairs before nightfall, and schools in three villages "
        "were closed as a precaution, the council said."),
    ]
    assert ("footnote", "1 Figures from the national flood forecasting centre.") in {
        (r.reason, r.text) for r in art.removed}
    assert art.meta.author == "Ana Ruiz"


@pytest.mark.parametrize("raw", [
    "Results\n\n1 Ana Ruiz won the race in record time.\n\n2 Tom Hale came second after a late charge.",
    "Steps the council will take:\n\n1 Repair the bridge.\n\n2 Reopen the road.",
])
def test_numbered_body_lines_without_pages_are_not_footnotes(raw):
    art = load_text(f"{HEADLINE}\n\n{raw}")
    assert all(r.reason != "footnote" for r in art.removed)


@pytest.mark.parametrize("line", [
    "The names of the victims may not be published until their families are told, police said.",
    "Mary Brent is a former editor of the local paper and said the plan was rushed.",
    "Topics at the summit included trade and migration",
    "Tags on the stolen cars had been changed, officers said.",
])
def test_body_lines_like_furniture_stay(line):
    art = article(body=BODY + "\n\n" + line)
    assert line in art.text

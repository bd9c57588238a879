"""Whole pages as readers paste them (single newlines, navigation, share bars, footers), in several house styles."""

import pytest

from reader_app.ingest import load_text

PAGES = {
"bbc": """Skip to content
Home
News
Sport
Flood defences fail as river bursts its banks in Yorkshire
3 hours ago
Share
Save
Ana Ruiz
BBC News, Leeds
Image source, Getty Images
Image caption, Residents were moved to a leisure centre overnight
Hundreds of people have been evacuated from their homes after the River Aire burst its banks following two days of heavy rain, the Environment Agency said.
The agency said 40 flood warnings were in place on Sunday morning.
"We have never seen water this high," said resident Mark Hill, 64.
Related topics
Flooding
Leeds
More on this story
Why are floods getting worse?
Copyright 2024 BBC. All rights reserved.""",
"guardian": """Transport
Rail fares to rise by 4.9% in March, government confirms
Commuters face another above-inflation increase as ministers say the money is needed for repairs
Gwyn Topham Transport correspondent
Wed 14 Feb 2024 12.01 GMT
Last modified on Wed 14 Feb 2024 13.20 GMT
Rail fares in England will rise by up to 4.9% from March, the government has confirmed, in a move unions called a "kick in the teeth" for passengers.
The increase is below July's retail price index inflation figure, the Department for Transport said.
Explore more on these topics
Rail transport
Transport policy
Share
Reuse this content""",
"reuters": """Business
March 3, 2024 2:02 PM GMT Updated ago
Copper hits 11-month high on China stimulus hopes
By Pratima Desai
LONDON, March 3 (Reuters) - Copper prices climbed to their highest in eleven months on Tuesday as investors bet that new stimulus in China, the top consumer, would lift demand for industrial metals, traders said.
Benchmark copper on the London Metal Exchange rose 1.2% to $9,120 a metric ton.
Reporting by Pratima Desai; Editing by Susan Fenton
Our Standards: The Thomson Reuters Trust Principles.""",
"ap": """Wildfire forces thousands to flee in Northern California
By THE ASSOCIATED PRESS
Updated 4:15 PM PDT, August 2, 2023
PARADISE, Calif. (AP) — A fast-moving wildfire forced thousands of people to flee their homes in Northern California on Wednesday, officials said, as crews battled flames whipped by gusty winds.
The fire had burned more than 10 square miles by the afternoon, according to the state fire agency.
Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.""",
"local_us": """THE RIVERTON COURIER
Local News
City council approves $12 million budget for new library
By Sam Ortiz sortiz@rivertoncourier.com
Posted on June 12, 2023 at 5:30 p.m.
The Riverton City Council voted 5-2 on Monday night to approve a $12 million budget for a new downtown library, ending months of debate over the project.
Council member Dana Price, who voted against the plan, said the city should have fixed its roads first.
"We are building a palace while our streets crumble," Price said.
Sam Ortiz covers city government for the Riverton Courier. Reach him at 555-0134.
Tags
Library
City Council""",
"blog": """Posted by Helen Marsh on 4 March 2024
Why I changed my mind about the four-day week
I used to think the four-day week was a gimmick. I was wrong, and I want to explain why.
When my own company tried it last year, I expected chaos. Instead, I saw people come back on Monday rested and sharper. I believe that every firm should at least try it for six months.
Share this:
Twitter
Facebook
12 comments""",
"xinhua": """BEIJING, May 3 (Xinhua) -- China's foreign trade grew 5.7 percent year on year in the first four months of 2024, official data showed Friday.
Exports rose 4.9 percent while imports grew 6.8 percent, according to the General Administration of Customs.
Enditem""",
"press": """NEWS RELEASE
GreenLeaf Robotics raises $40 million to expand farm automation
SAN JOSE, Calif., Jan. 9, 2024 /PRNewswire/ -- GreenLeaf Robotics, a maker of autonomous harvesters, today announced it has raised $40 million in Series B funding.
"This funding lets us bring our machines to more growers," said CEO Priya Shah.
About GreenLeaf Robotics
GreenLeaf Robotics builds robots for fruit and vegetable farms.
Media Contact:
Jordan Lee
press@greenleaf.example
SOURCE GreenLeaf Robotics""",
}

EXPECTED = {
    "bbc": {"title": "Flood defences fail as river bursts its banks in Yorkshire", "author": "Ana Ruiz",
                "date": None, "outlet": "BBC News"},
    "guardian": {"title": "Rail fares to rise by 4.9% in March, government confirms", "author": "Gwyn Topham",
                     "date": "2024-02-14"},
    "reuters": {"title": "Copper hits 11-month high on China stimulus hopes", "author": "Pratima Desai",
                    "date": "2024-03-03", "dateline": "LONDON", "reporting_by": "Reuters"},
    "ap": {"title": "Wildfire forces thousands to flee in Northern California", "author": None, "date": "2023-08-02",
               "dateline": "PARADISE", "reporting_by": "The Associated Press"},
    "local_us": {"title": "City council approves $12 million budget for new library", "author": "Sam Ortiz",
                     "date": "2023-06-12", "outlet": "The Riverton Courier"},
    "blog": {"title": "Why I changed my mind about the four-day week", "author": "Helen Marsh", "date": "2024-03-04",
                 "genre": "opinion"},
    "xinhua": {"dateline": "BEIJING", "reporting_by": "Xinhua", "outlet": "Xinhua"},
    "press": {"title": "GreenLeaf Robotics raises $40 million to expand farm automation", "genre": "press release",
                  "date": "2024-01-09"},
}
# Page furniture that must not reach the article text, per page.
NOT_IN_TEXT = {
    "bbc": ["Skip to content", "Sport", "Save", "Image source", "Related topics", "Copyright"],
    "guardian": ["Transport correspondent", "Last modified", "Explore more", "Reuse this content"],
    "reuters": ["Business", "Reporting by", "Our Standards"],
    "ap": ["By THE ASSOCIATED PRESS", "Updated 4:15", "Copyright"],
    "local_us": ["THE RIVERTON COURIER", "Local News", "covers city government", "Tags"],
    "blog": ["Posted by", "Share this", "12 comments"],
    "xinhua": ["Enditem"],
    "press": ["NEWS RELEASE", "Media Contact", "SOURCE GreenLeaf"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pasted_page_metadata(name):
    meta = load_text(PAGES[name]).meta
    assert {field: getattr(meta, field) for field in EXPECTED[name]} == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(NOT_IN_TEXT))
def test_pasted_page_furniture_removed(name):
    text = load_text(PAGES[name]).text
    assert [piece for piece in NOT_IN_TEXT[name] if piece in text] == []

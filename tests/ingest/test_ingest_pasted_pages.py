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

PAGES2 = {
"interview": """Culture
'I never wanted to be famous': the novelist who quit social media
Interview by Nora Feld
Sat 4 May 2024 08.00 BST
The novelist Karim Haddad, whose third book was shortlisted for three prizes this year, spoke to us at his home in Lisbon about fame, silence and writing in a second language.
Q: Why did you leave social media?
A: Because I was writing for strangers instead of for the book.
Q: Do you miss it?
A: Not for a second. I read more now.
Q: What are you working on?
A: A novel about my grandmother's village.""",
"oped": """Opinion
Cities must stop building car parks
By Ana Ruiz, Tom Hale and Li Wei
May 3, 2024
We have spent forty years designing our towns around the car, and we are paying for it in congestion, pollution and lonely high streets. It is time to admit that the experiment failed.
I believe the answer is simple: stop building car parks and start building homes above shops. Our own research shows that footfall rises when streets are given back to people.
Ana Ruiz is a columnist and urban planner. Tom Hale is a transport researcher.""",
"cnn_style": """By Ana Ruiz, CNN
Updated 2:02 PM EDT, Fri May 3, 2024
Storm knocks out power to 200,000 homes in Texas
(CNN) — A line of severe storms knocked out power to more than 200,000 homes and businesses across Texas on Friday, according to the utility tracking site, as forecasters warned of more rain.
The National Weather Service said winds reached 80 mph in some areas.
Most Read""",
"editorial": """The Riverside Herald's view
The council must publish the bridge report
Residents have waited two years to learn why the old bridge was closed. The council has the engineers' report and it should publish it now, in full.
Secrecy breeds suspicion. We urge councillors to vote for openness on Tuesday.""",
"guardian_agencies": """Europe
Dutch farmers block motorways in protest over nitrogen rules
Staff and agencies in The Hague
Fri 3 May 2024 14.02 BST
Thousands of Dutch farmers drove tractors onto motorways on Friday to protest against government plans to cut nitrogen emissions, police said.
The protests caused traffic jams of more than 1,000km, the traffic information service said.""",
"afp": """By AFP
Published: 03/05/2024 14:02 CET
EU agrees new rules on plastic packaging
BRUSSELS (AFP) - European Union negotiators agreed on Friday new rules to cut plastic packaging waste, the bloc's rotating presidency said, after months of difficult talks.
The rules will ban some single-use plastics from 2030.
(c) 2024 AFP""",
"tabloid": """EXCLUSIVE
Pop star's secret wedding on Greek island
By KATIE SHAW, SHOWBIZ EDITOR
Updated 14:02 GMT, 3 May 2024
142 comments
Pop star Jade Rivers secretly married her long-term partner in a tiny ceremony on a Greek island last weekend, friends have told the Daily Example.
"It was just the two of them and a few friends," one guest said.
Share this article
Facebook Twitter LinkedIn Email
Advertisement""",
"india": """NEW DELHI: The government on Friday announced a new scheme to provide free solar panels to ten million homes, officials said, in a bid to cut electricity bills and emissions.
The scheme will cost Rs 75,000 crore over five years, the power ministry said in a statement.
Updated: May 3, 2024, 14:02 IST""",
}
PAGES.update(PAGES2)
PAGES.update({
"nyt": """Ukraine Says It Shot Down 20 Drones Over Kyiv Overnight
The attack was the largest on the capital in weeks, officials said.
By Ana Ruiz and Tom Hale
Reporting from Kyiv, Ukraine
May 3, 2024, 2:02 p.m. ET
Ukraine's air defenses shot down 20 drones over Kyiv overnight, the city's military administration said on Friday, in what officials described as the largest attack on the capital in weeks.
No casualties were reported, the administration said.""",
"aljazeera": """News|Climate Crisis
Floods kill dozens in southern Brazil as rivers burst banks
Rescuers search for missing people as more rain is forecast in Rio Grande do Sul state.
Published On 3 May 2024
3 May 2024
Save articles to read later and create your own reading list.
Floods in southern Brazil have killed at least 39 people and left dozens missing, the state civil defence agency said on Friday, as rescuers used boats and helicopters to reach stranded residents.
The governor said the state was facing the worst disaster in its history.
Source: Al Jazeera and news agencies""",
})

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
EXPECTED.update({
    "interview": {"author": "Nora Feld", "interviewee": "Karim Haddad", "genre": "interview", "date": "2024-05-04"},
    "oped": {"author": "Ana Ruiz, Tom Hale and Li Wei", "genre": "opinion", "date": "2024-05-03"},
    "cnn_style": {"author": "Ana Ruiz", "outlet": "CNN", "date": "2024-05-03",
                  "title": "Storm knocks out power to 200,000 homes in Texas"},
    "editorial": {"outlet": "The Riverside Herald", "genre": "editorial", "title": "The council must publish the bridge report"},
    "guardian_agencies": {"author": None, "date": "2024-05-03"},
    "afp": {"author": None, "date": "2024-05-03", "reporting_by": "Agence France-Presse", "dateline": "BRUSSELS",
            "title": "EU agrees new rules on plastic packaging"},
    "tabloid": {"author": "Katie Shaw", "date": "2024-05-03", "outlet": "Daily Example",
                "title": "Pop star's secret wedding on Greek island"},
    "india": {"dateline": "NEW DELHI", "date": "2024-05-03"},
    "nyt": {"title": "Ukraine Says It Shot Down 20 Drones Over Kyiv Overnight", "author": "Ana Ruiz and Tom Hale",
            "date": "2024-05-03", "dateline": "Kyiv"},
    "aljazeera": {"title": "Floods kill dozens in southern Brazil as rivers burst banks", "outlet": "Al Jazeera",
                  "date": "2024-05-03"},
})
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
    "interview": ["Culture", "Interview by", "08.00 BST"],
    "oped": ["Opinion", "By Ana Ruiz", "is a columnist", "transport researcher"],
    "cnn_style": ["Updated 2:02", "Most Read"],
    "editorial": ["'s view"],
    "guardian_agencies": ["Europe", "Staff and agencies"],
    "afp": ["By AFP", "Published:", "(c) 2024"],
    "tabloid": ["EXCLUSIVE", "SHOWBIZ", "142 comments", "Share this", "LinkedIn", "Advertisement"],
    "india": ["Updated:"],
    "nyt": ["Reporting from", "p.m. ET"],
    "aljazeera": ["News|Climate", "Published On", "Save articles", "Source:"],
}


def test_a_data_source_line_is_not_the_outlet():
    meta = load_text(PAGES["reuters"] + "\n\nSource: Office for National Statistics").meta
    assert meta.outlet == "Reuters"
    meta = load_text("Prices rise again\n\nPrices rose 3% in May, the statistics office said on Friday.\n\n"
                     "Source: Office for National Statistics").meta
    assert meta.outlet is None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pasted_page_metadata(name):
    meta = load_text(PAGES[name]).meta
    assert {field: getattr(meta, field) for field in EXPECTED[name]} == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(NOT_IN_TEXT))
def test_pasted_page_furniture_removed(name):
    text = load_text(PAGES[name]).text
    assert [piece for piece in NOT_IN_TEXT[name] if piece in text] == []

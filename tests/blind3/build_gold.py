import json, os, sys, pathlib
D = str(pathlib.Path(__file__).parent / 'articles')
F = {
 'c01': 'c01_newswatch9_sawtooth_fire.txt',
 'c02': 'c02_moldovamatters_teachers_strike.txt',
 'c03': 'c03_novostimd_teachers_strike.txt',
 'c04': 'c04_techwire_nimbus_layoffs.txt',
 'c05': 'c05_tamesbury_gazette_cyclist_sentencing.txt',
 'c06': 'c06_review_salt_and_ember.txt',
 'c07': 'c07_harrowfield_today_measles_release.txt',
 'c08': 'c08_sportingweek_halima_yusuf_profile.txt',
}
TXT = {k: open(os.path.join(D, v), encoding='utf-8').read() for k, v in F.items()}
errors = []
def pos(k, text):
    i = TXT[k].find(text)
    if i < 0:
        errors.append((k, text)); return -1
    return i
def span(k, text):
    return {'file': F[k], 'text': text, 'start': pos(k, text)}
def lines_check(k, lines):
    L = set(l.strip() for l in TXT[k].split('\n'))
    for l in lines:
        if l not in L: errors.append((k, 'BOILERPLATE LINE: ' + l))
    return lines

articles = [
 dict(file=F['c01'], title="Thousands flee as wind-driven Sawtooth Fire jumps highway near Oregon town",
      outlet="NewsWatch 9", outlet_note="a local TV news site republishing a Continental Press (CP) wire story",
      outlet_aliases=["NewsWatch 9 | Southern Oregon", "Continental Press", "CP"],
      author="Marcus Delgado and Erin Pakulski", author_note="byline in capitals 'By MARCUS DELGADO and ERIN PAKULSKI Continental Press'; Hana Mori contributed; the photo credit (Lyle Brennan) is not an author",
      date="2025-08-14", date_note="'Published Aug. 14, 2025 at 6:47 AM PDT'; the fire crossed the highway 'late Wednesday' (13 Aug)",
      dateline="BRIGGS FLAT, Ore.", genre="news", genre_note="wire story (wildfire evacuation)",
      evidence=["By MARCUS DELGADO and ERIN PAKULSKI Continental Press", "Published Aug. 14, 2025 at 6:47 AM PDT | Updated 9:12 AM PDT",
                "BRIGGS FLAT, Ore. (CP) —", "told Continental Press", "Copyright 2025 Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."],
      boilerplate=lines_check('c01', ["NewsWatch 9 | Southern Oregon", "Home  Local  Weather  Traffic  Sports  Investigations  Watch Live", "NATIONAL",
        "Share this article", "Facebook  X  Email",
        "Photo: A firefighter watches the Sawtooth Fire burn along a ridge above Highway 199 on Wednesday, Aug. 13, 2025. (CP Photo/Lyle Brennan)",
        "Pakulski reported from Salem, Oregon. Continental Press writer Hana Mori in Seattle contributed to this report.",
        "Copyright 2025 Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Read more: Wildfire evacuation levels explained: What 'Go Now' means", "Sign up for NewsWatch 9 breaking news alerts"])),
 dict(file=F['c02'], title="‘We cannot live on applause’: tens of thousands of teachers walk out across Moldova",
      outlet="Moldova Matters", outlet_aliases=["MOLDOVA MATTERS"],
      outlet_note="independent, reader-funded, union-sympathetic framing; covers the same strike as c03",
      author="Ana Ciobanu", author_note="bare name line, no 'By'",
      date="2025-03-12", date_note="'12 March 2025, 19:40'; the strike was 'on Wednesday' (12 March)",
      dateline=None, dateline_note="no dateline; 'Chișinău' appears only in the masthead tagline and the text",
      genre="news", genre_note="strike report with human-interest colour",
      evidence=["Ana Ciobanu", "12 March 2025, 19:40", "told Moldova Matters", "© 2025 Moldova Matters. All rights reserved."],
      boilerplate=lines_check('c02', ["MOLDOVA MATTERS", "Independent journalism from Chișinău since 2011", "News | Politics | Society | Economy | Opinion | Support us", "SOCIETY",
        "Photo: Teachers hold placards reading “Dignity, not charity” outside the government building in Chișinău on Wednesday. (Moldova Matters/Dan Ursu)",
        "Share this article: Facebook · Telegram · X · Copy link",
        "Moldova Matters is reader-funded. If you value independent reporting, become a supporter from €3 a month.",
        "Read more: Why Moldova’s young teachers are leaving – and where they go",
        "© 2025 Moldova Matters. All rights reserved."])),
 dict(file=F['c03'], title="Teachers’ strike disrupts classes in some schools as government urges return to talks",
      outlet="NovostiMD", outlet_aliases=["NovostiMD | English edition", "Editorial staff NovostiMD"],
      outlet_note="English edition translated from Russian; government-friendly framing; covers the same strike as c02",
      author=None, author_note="'Author: Editorial staff NovostiMD' is a desk, not a person",
      date="2025-03-13", date_note="'13.03.2025 08:15' is day.month.year; dateline 'March 13'; the strike was 'on Wednesday' (12 March)",
      dateline="CHISINAU", genre="news", genre_note="translated; leans on official figures",
      evidence=["13.03.2025 08:15", "Author: Editorial staff NovostiMD", "Translated from the Russian original.", "CHISINAU, March 13 —",
                "All rights reserved. When using materials, a hyperlink to NovostiMD is required."],
      boilerplate=lines_check('c03', ["NovostiMD | English edition", "Politics  Economy  Business  Regions  World", "Home > Economy",
        "Translated from the Russian original.", "Tags: education, strike, salaries, budget",
        "All rights reserved. When using materials, a hyperlink to NovostiMD is required."])),
 dict(file=F['c04'], title="Exclusive: Nimbus to cut about 1,800 jobs as it bets big on AI, sources say",
      outlet="Techwire Daily", outlet_aliases=["TECHWIRE DAILY"],
      author="Sam Okoye", author_note="byline 'By Sam Okoye, Senior Reporter'",
      date="2025-03-14", date_note="ISO timestamp '2025-03-14 17:05 UTC'", dateline=None,
      genre="news", genre_note="exclusive built on anonymous sources and a leaked memo",
      evidence=["By Sam Okoye, Senior Reporter", "2025-03-14 17:05 UTC", "seen by Techwire Daily", "told Techwire Daily"],
      boilerplate=lines_check('c04', ["TECHWIRE DAILY", "Got a tip? Contact Sam Okoye securely on Signal at +1 415 555 0142.",
        "Related: Inside the AI hiring freeze at America's biggest software firms"])),
 dict(file=F['c05'], title="Driver who was scrolling social media when he killed cyclist jailed for six years",
      outlet="The Tamesbury Gazette", outlet_aliases=["Tamesbury Gazette", "the Gazette", "Midshires Media Group"],
      author="Laura Pennington", author_note="byline 'Laura Pennington, Crime Reporter'",
      date="2025-03-11", date_note="'Tuesday 11 March 2025 5:32 pm'; sentenced 'on Tuesday'", dateline=None,
      genre="news", genre_note="court sentencing report",
      evidence=["Laura Pennington, Crime Reporter", "Tuesday 11 March 2025 5:32 pm", "told the Gazette", "© 2025 Tamesbury Gazette. Part of Midshires Media Group."],
      boilerplate=lines_check('c05', ["The Tamesbury Gazette", "News  Sport  What's On  Property  Motors  Jobs  Announcements", "News > Crime",
        "Share this story", "Facebook  Twitter  WhatsApp  Email", "Comments are closed on this article.",
        "© 2025 Tamesbury Gazette. Part of Midshires Media Group."])),
 dict(file=F['c06'], title="Restaurant review: Salt & Ember, Leith – smoke, swagger and the best pie I have eaten this year",
      outlet=None, outlet_note="not named anywhere in the text (clean paste)", outlet_aliases=[],
      author="Fiona McTaggart", date="2025-03-16", date_note="'16.03.2025' is day.month.year", dateline=None,
      genre="review", genre_note="first-person restaurant review with scores",
      evidence=["By Fiona McTaggart", "16.03.2025", "told me that"],
      boilerplate=[]),
 dict(file=F['c07'], title="Measles: health chiefs urge parents to check children’s MMR jabs after cases confirmed in Harrowfield",
      outlet="Harrowfield Today", outlet_aliases=["Mercia Public Health Agency", "MPHA"],
      outlet_note="local news site republishing (and lightly adding to) a press release from the Mercia Public Health Agency",
      author=None, author_note="'By: Harrowfield Today Newsroom' (a desk)",
      date="2025-03-12", date_note="'Posted: March 12th, 2025'", dateline=None,
      genre="press release", genre_note="republished press release (public-health advice, with hedges) plus some local reporting",
      evidence=["Posted: March 12th, 2025", "By: Harrowfield Today Newsroom", "This article is based on a press release from the Mercia Public Health Agency.", "Notes to editors:", "ENDS"],
      boilerplate=lines_check('c07', ["Harrowfield Today", "Your town. Your news.", "Menu  |  News  |  Health  |  Schools  |  Community  |  Events  |  Contact us", "Health",
        "Notes to editors:", "The Mercia Public Health Agency is responsible for health protection across Mercia. For media enquiries contact press@mpha.example.org.uk or 01632 960 417.",
        "ENDS", "Photo caption: A nurse prepares an MMR vaccine at a clinic. Stock image.",
        "Got a story? Email newsdesk@harrowfieldtoday.co.uk", "Copyright © 2025 Harrowfield Today. All rights reserved."])),
 dict(file=F['c08'], title="“I had to learn to be slow”: Halima Yusuf on the injury that nearly ended her career",
      outlet="The Sporting Week", outlet_aliases=["THE SPORTING WEEK"],
      author="Tom Aldridge", author_note="'Words by Tom Aldridge'",
      date="2025-03-09", date_note="'Sunday 9 March 2025'", dateline=None,
      genre="profile", genre_note="athlete profile; long unframed quotes running over several paragraphs", interviewee="Halima Yusuf",
      evidence=["Words by Tom Aldridge", "Sunday 9 March 2025", "told The Sporting Week", "© The Sporting Week 2025"],
      boilerplate=lines_check('c08', ["THE SPORTING WEEK", "Athletics | Football | Cricket | Rugby | Tennis | Golf | Features", "FEATURES",
        "Share this article", "© The Sporting Week 2025"])),
]
for a in articles:
    k = [x for x, v in F.items() if v == a['file']][0]
    for e in a['evidence']:
        pos(k, e)

A = []
NOCUE = "none (unframed quote; speaker from context)"
def att(k, text, speaker, cue, kind):
    d = span(k, text); d.update(speaker=speaker, cue=cue, kind=kind); A.append(d)
    if cue != NOCUE: pos(k, cue)
# c01 wildfire
att('c01', "forcing roughly 6,000 people to flee their homes in the dark as flames raced toward the small timber town of Briggs Flat", "officials", "officials said", "indirect")
att('c01', "had burned about 31,000 acres (12,500 hectares) by Thursday morning and was 5% contained", "Oregon Department of Forestry", "according to", "indirect")
att('c01', "At least 40 homes and outbuildings have been destroyed", "Oregon Department of Forestry", "the agency said", "indirect")
att('c01', "We had maybe 20 minutes", "Dolores Amundsen", "said", "direct")
att('c01', "The sky went orange and then it went black. I didn't look back. I couldn't.", "Dolores Amundsen", "said", "direct")
att('c01', "she had no idea whether her house was still standing", "Dolores Amundsen", "She said", "indirect")
att('c01', "deputies went door to door through the night to warn residents who had not received the emergency alert on their phones", "Dale Whitcombe", "said", "indirect")
att('c01', "Some people refused to leave", "Dale Whitcombe", "he said", "indirect")
att('c01', "I understand people want to protect what they've built", "Dale Whitcombe", "told reporters", "direct")
att('c01', "But a garden hose is not going to stop this fire. If you are told to go, go now.", "Dale Whitcombe", "told reporters", "direct")
att('c01', "investigators were looking at \"all possibilities, including equipment use,\"", "Tamsin Ruiz", "said", "indirect")
att('c01', "Gusts of up to 45 mph (72 kph) pushed the fire across Highway 199 around 10 p.m. Wednesday", "fire officials", "fire officials said", "indirect")
att('c01', "the weather would be the deciding factor over the next 48 hours", "Ray Okonkwo", "said", "indirect")
att('c01', "the wind to ease on Friday", "Forecasters", "expect", "indirect")
att('c01', "This is a fire that is making its own weather", "Ray Okonkwo", "Okonkwo said", "direct")
att('c01', "We are throwing everything we have at it. We have more than 900 personnel on the line, we have air tankers flying when conditions allow, and we have more resources on the way from Washington and Idaho.", "Ray Okonkwo", "Okonkwo said", "direct")
att('c01', "firefighters were focused on protecting homes on the eastern edge of Briggs Flat", "Ray Okonkwo", "He added", "indirect")
att('c01', "it had invoked the state's Emergency Conflagration Act", "governor's office", "said in a statement", "indirect")
att('c01', "an extraordinary threat to life and property.", "governor's office", "The statement called the fire", "direct")
att('c01', "Smoke from the blaze pushed air quality into the \"hazardous\" range in Grants Pass and Medford on Thursday morning", "Department of Environmental Quality", "according to", "indirect")
att('c01', "urged people with heart or lung conditions to stay indoors", "Department of Environmental Quality", "urged", "indirect")
att('c01', "he had lost a storage barn to a fire in 2021", "Jesse Tran", "said", "indirect")
att('c01', "Last time we got lucky", "Jesse Tran", "Tran said by phone", "direct")
att('c01', "he had loaded the store's most valuable stock into a trailer before leaving but expected to lose the rest", "Jesse Tran", "He said", "indirect")
att('c01', "You rebuild, you tell yourself it won't happen again. And here we are.", "Jesse Tran", "He said", "direct")
att('c01', "the first alert reached her phone after her neighbors were already loading their trucks", "Kayla Brandt", "told Continental Press that", "indirect")
att('c01', "By the time the text came, you could see the glow over the ridge", "Kayla Brandt", "she said", "direct")
att('c01', "the alert system had worked as designed", "county emergency management office", "A spokesperson for the county's emergency management office said", "indirect")
att('c01', "coverage was patchy in the canyon", "county emergency management office", "acknowledged", "indirect")
att('c01', "climate change has made the West warmer and drier over the past three decades", "Scientists", "Scientists say", "indirect")
# c02 Moldova Matters
att('c02', "stop choosing between rent and medicine", "one union leader", "one union leader said", "direct")
att('c02', "more than 21,000 teachers in at least 640 schools had taken part", "Free Education Union", "said", "indirect")
att('c02', "about 9,500", "Ministry of Education", "put the number at", "indirect")
att('c02', "arithmetic by wishful thinking", "Free Education Union", "dismissed as", "direct")
att('c02', "years of inflation have eaten away the increases promised in 2022", "Free Education Union", "arguing", "indirect")
att('c02', "Teachers have been patient for too long", "Viorica Rusu", "told a rally", "direct")
att('c02', "They clap for us on Teachers’ Day and then hand us a salary you cannot raise a family on. We cannot live on applause.", "Viorica Rusu", "told a rally", "direct")
att('c02', "a newly qualified teacher in Moldova earns about 7,800 lei (€400) a month before tax, less than a supermarket manager", "Viorica Rusu", "Rusu said that", "indirect")
att('c02', "the union would call an open-ended strike from April if the government did not return to the table", "Viorica Rusu", "She warned that", "indirect")
att('c02', "he had never been on strike before", "Ion Lungu", "said", "indirect")
att('c02', "I am not a revolutionary. I am a tired man with a chalk allergy", "Ion Lungu", "Lungu said", "direct")
att('c02', "But half of my former students are in Germany or Italy now, and the young teachers leave after two years. Who will teach the children who stay?", "Ion Lungu", "Lungu said", "direct")
att('c02', "the school had been without a chemistry teacher since January", "Natalia Grosu", "said", "indirect")
att('c02', "We cover the lessons between us", "Natalia Grosu", "she said", "direct")
att('c02', "The children notice. They are not stupid.", "Natalia Grosu", "she said", "direct")
att('c02', "the strike was “premature and irresponsible”", "Cristian Botnaru", "said on Tuesday that", "indirect")
att('c02', "the budget could not stretch further without cutting other services", "Cristian Botnaru", "said on Tuesday that", "indirect")
att('c02', "the 8% offer remained “the maximum responsible offer in the current fiscal situation”", "Sergiu Popa", "said", "indirect")
att('c02', "teachers who joined the strike would not be paid for the day", "Sergiu Popa", "He added that", "indirect")
att('c02', "the government has found money elsewhere", "Critics", "Critics say", "indirect")
att('c02', "ministerial salaries were raised by 15% last year", "Lilia Cebotari", "pointed out that", "indirect")
att('c02', "When it is their own pay, there is always fiscal space", "Lilia Cebotari", "she wrote on Facebook", "direct")
att('c02', "she had taken the day off work to look after her two sons", "Maria Vrabie", "said", "indirect")
att('c02', "It is inconvenient, of course", "Maria Vrabie", "she said", "direct")
att('c02', "But I would rather lose one day of school than lose the teachers for good.", "Maria Vrabie", "she said", "direct")
att('c02', "the number of teachers in Moldova fell by nearly 12% between 2015 and 2023", "National Bureau of Statistics", "According to figures from", "indirect")
att('c02', "a 25% rise was unrealistic in one step", "Radu Mocanu", "said", "indirect")
att('c02', "does not even keep pace with prices", "Radu Mocanu", "said", "direct")
att('c02', "A phased increase over two years was the most likely compromise", "Radu Mocanu", "he said", "indirect")
att('c02', "with an open mind and a very long memory", "Viorica Rusu", "told Moldova Matters", "direct")
# c03 NovostiMD
att('c03', "A one-day strike called by one of the country’s teachers’ unions disrupted lessons in some schools on Wednesday, but most educational institutions operated normally", "Ministry of Education", "the Ministry of Education reported", "indirect")
att('c03', "4,870 teachers, or about 12% of the total, did not come to work", "Ministry of Education", "According to the ministry", "indirect")
att('c03', "around 15,000 people had joined the strike", "Free Education Union", "claimed that", "indirect")
att('c03', "Classes were suspended completely in 212 schools", "Ministry of Education", "the ministry said", "indirect")
att('c03', "the largest pay rise in the public sector this year", "officials", "which officials describe as", "indirect")
att('c03', "The state respects the work of teachers and has shown this in practice", "Cristian Botnaru", "told journalists", "direct")
att('c03', "But every leu we spend must be earned by the economy. We cannot promise money we do not have, and we will not borrow to pay salaries.", "Cristian Botnaru", "told journalists", "direct")
att('c03', "since 2021 the average teacher’s salary had risen by 41% in nominal terms", "Cristian Botnaru", "Botnaru said that", "indirect")
att('c03', "without ultimatums", "Cristian Botnaru", "He called on", "direct")
att('c03', "students preparing for the baccalaureate are the first victims of this action.", "Cristian Botnaru", "In his words", "direct")
att('c03', "meeting the union’s demand would cost the budget approximately 1.9 billion lei a year", "Ministry of Finance", "said in a statement", "indirect")
att('c03', "In Lyceum No. 4, only three of eleven classes held lessons", "local education department", "the local education department said", "indirect")
att('c03', "all schools worked as usual", "regional administration", "according to the regional administration", "indirect")
att('c03', "children are not to blame for politics", "anonymous mathematics teacher", "said she had come to work because", "direct")
att('c03', "Many colleagues were pressured by the union to stay at home", "anonymous mathematics teacher", "she claimed", "direct")
att('c03', "People were afraid to be called traitors.", "anonymous mathematics teacher", "she claimed", "direct")
att('c03', "the union could announce an indefinite strike in April", "Viorica Rusu", "has said that", "indirect")
att('c03', "such a step would be a mistake", "Andrei Vieru", "believes that", "indirect")
att('c03', "The union has already shown its strength, and public sympathy is on its side for now", "Andrei Vieru", "Vieru said", "direct")
att('c03', "But an indefinite strike in the exam period will turn parents against the teachers. The government knows this and is waiting.", "Andrei Vieru", "Vieru said", "direct")
att('c03', "inevitably push up inflation and taxes for those who create jobs", "Vasile Turcan", "warned that", "direct")
att('c03', "it is ready to discuss non-salary measures, including housing support for young teachers in rural areas", "Ministry of Education", "The ministry has said", "indirect")
att('c03', "about 38,000 teachers work in Moldova’s general education system", "official data", "According to official data", "indirect")
# c04 Techwire
att('c04', "Nimbus Systems plans to lay off about 1,800 employees, roughly 11% of its workforce, as it redirects spending toward artificial intelligence products", "two people familiar with the matter", "according to two people familiar with the matter", "indirect")
att('c04', "The cuts, which will fall most heavily on the company's sales and customer support teams, are expected to be announced to staff as early as Monday", "two people familiar with the matter", "said the people", "indirect")
att('c04', "We are always evaluating our organisation to make sure we are investing in the areas that matter most to our customers", "Nimbus Systems", "the company said in a statement", "direct")
att('c04', "We do not comment on rumour or speculation.", "Nimbus Systems", "the company said in a statement", "direct")
att('c04', "a one-time reset.", "Nimbus Systems", "describing the move at the time as", "direct")
att('c04', "the company needed to \"move faster and carry less weight\" in 2025", "Priyanka Hale", "told senior managers last week that", "indirect")
att('c04', "The next decade of enterprise software will be written by teams that are smaller, sharper and AI-native", "Priyanka Hale", "Hale wrote in the memo", "direct")
att('c04', "Some of the roles that got us here will not get us there.", "Priyanka Hale", "Hale wrote in the memo", "direct")
att('c04', "managers had been asked to rank their teams by \"AI readiness\" in February", "two people familiar with the matter", "One of the people familiar with the plans said that", "indirect")
att('c04', "confusing and demoralising", "several employees", "described as", "indirect")
att('c04', "Nobody could tell us what AI readiness actually meant", "anonymous customer support manager", "said", "direct")
att('c04', "We found out what it meant when half of the bottom quartile got calendar invites from HR.", "anonymous customer support manager", "said", "direct")
att('c04', "the company also planned to close its office in Austin, Texas, and move remaining staff there to remote contracts", "two people familiar with the matter", "A second person said", "indirect")
att('c04', "The company is expected to offer affected employees in the US 12 weeks of base pay plus one week for every year of service", "two people familiar with the matter", "the first person said", "indirect")
att('c04', "operating margins of 30% by 2026", "Priyanka Hale", "has promised investors", "indirect")
att('c04', "the cuts were unsurprising", "Analysts", "Analysts said", "indirect")
att('c04', "Nimbus was \"doing exactly what every board in the sector is being told to do\" by shareholders", "Wendy Farrow", "told Techwire Daily that", "indirect")
att('c04', "The AI story sells, but the margin story pays", "Wendy Farrow", "Farrow said", "direct")
att('c04', "Customer support is the first place they look, because that is where they think a chatbot can do the job. Whether it actually can is a different question.", "Wendy Farrow", "Farrow said", "direct")
att('c04', "cutting support staff \"is the fastest way to turn a loyal customer into a churn statistic.\"", "Marcus Feld", "wrote on LinkedIn", "indirect")
att('c04', "I've seen this movie before", "Marcus Feld", "Feld wrote", "direct")
att('c04', "The savings show up in one quarter. The damage shows up in the next four.", "Marcus Feld", "Feld wrote", "direct")
att('c04', "A private Slack channel set up by Nimbus workers had more than 2,000 members by Friday afternoon", "a screenshot shared with Techwire Daily", "according to a screenshot shared with Techwire Daily", "indirect")
att('c04', "The tech industry has shed more than 40,000 jobs so far this year", "Layoffs.fyi", "according to Layoffs.fyi", "indirect")
# c05 sentencing
att('c05', "Bailey was driving a Ford Transit at about 52mph on the morning of 3 September last year when he struck Peter Hollis", "the prosecution", "The court heard that", "indirect")
att('c05', "data recovered from Bailey's phone showed he had been using Instagram and TikTok for almost the whole of his 14-minute journey", "Amanda Reyes", "told the court that", "indirect")
att('c05', "This was not a momentary lapse", "Amanda Reyes", "Ms Reyes said", "direct")
att('c05', "The defendant was looking at his phone, not the road, for mile after mile.", "Amanda Reyes", "Ms Reyes said", "direct")
att('c05', "He was visible for at least 11 seconds before the impact.", "Amanda Reyes", "Ms Reyes said", "direct")
att('c05', "Bailey did not brake until after the collision", "Amanda Reyes", "She said that", "indirect")
att('c05', "I knew before they said anything. Peter was never late, and he had promised to be home for lunch.", "Margaret Hollis", "In a victim personal statement read to the court", "direct")
att('c05', "We had been married for 38 years.", "Margaret Hollis", "In a victim personal statement read to the court", "direct")
att('c05', "I keep his bike helmet on the hook by the door because I cannot bring myself to move it.", "Margaret Hollis", "In a victim personal statement read to the court", "direct")
att('c05', "I do not want Mr Bailey's life to be ruined. But I want every driver who reads about this to put their phone in the glove box. That is all I ask.", "Margaret Hollis", "In a victim personal statement read to the court", "direct")
att('c05', "his client was \"utterly ashamed\" and had pleaded guilty at the first opportunity", "Nathan Oduya", "said", "indirect")
att('c05', "had written a letter to the family which he hoped they would one day read", "Nathan Oduya", "Mr Oduya said", "indirect")
att('c05', "Bailey had been working 60-hour weeks as a delivery driver", "Nathan Oduya", "He told the court that", "indirect")
att('c05', "exhausted and under pressure to hit targets", "Nathan Oduya", "He told the court that", "direct")
att('c05', "an explanation, not an excuse", "Nathan Oduya", "adding that this was", "direct")
att('c05', "the case was \"among the most serious of its kind\" because of the length of time Bailey had been distracted", "Rosalind Achebe", "said that", "indirect")
att('c05', "You chose, again and again, to look at your phone rather than at the road in front of you", "Rosalind Achebe", "the judge told Bailey", "direct")
att('c05', "That choice cost a kind and much-loved man his life. No sentence I pass can reflect the loss his family has suffered.", "Rosalind Achebe", "the judge told Bailey", "direct")
att('c05', "she had given Bailey credit for his guilty plea and his genuine remorse, which she accepted", "Rosalind Achebe", "She said", "indirect")
att('c05', "the case should serve as a warning", "Kieran Walsh", "said", "indirect")
att('c05', "Using a handheld phone while driving is not a minor offence. It kills people", "Kieran Walsh", "he said", "direct")
att('c05', "Peter Hollis did everything right that morning, and he is not here any more.", "Kieran Walsh", "he said", "direct")
att('c05', "a reflection of how seriously the courts now take phone use at the wheel", "Cycling UK", "said in a statement", "direct")
att('c05', "a review of rural speed limits", "Cycling UK", "renewed its call for", "indirect")
att('c05', "87 cyclists were killed on roads in England in 2023", "Department for Transport", "According to Department for Transport figures", "indirect")
att('c05', "the family would continue his fundraising for a local hospice", "Sophie Hollis", "told the Gazette after the hearing that", "indirect")
att('c05', "Dad would have hated all this fuss", "Sophie Hollis", "she said", "direct")
att('c05', "He would have wanted us on our bikes.", "Sophie Hollis", "she said", "direct")
# c06 review
att('c06', "he burns only Scottish oak and birch", "Calum Reid", "told me that", "indirect")
att('c06', "because the smoke should taste like where you are", "Calum Reid", "told me that", "direct")
att('c06', "the kitchen makes only eight a night", "the server", "said", "indirect")
att('c06', "When they're gone, they're gone", "the server", "she said", "direct")
att('c06', "We had a man cry last Friday. Happy tears, I think.", "the server", "she said", "direct")
att('c06', "acoustic panels are \"on order\"", "Calum Reid", "Reid says", "indirect")
# c07 measles release
att('c07', "all five cases were in children under ten, and that two of them had been treated in hospital", "Mercia Public Health Agency", "said that", "indirect")
att('c07', "it was working closely with local schools and GP surgeries to identify anyone who may have been exposed", "Mercia Public Health Agency", "The agency said", "indirect")
att('c07', "Measles is one of the most infectious diseases we know of, and it can be very serious, particularly for babies, pregnant women and people with weakened immune systems.", "Helen Marwood", "said:", "direct")
att('c07', "The good news is that two doses of the MMR vaccine give around 99% protection. It is never too late to catch up, and the vaccine is free on the NHS at any age.", "Helen Marwood", "said:", "direct")
att('c07', "We are incredibly proud of the fantastic work our local teams are doing to get the message out, and I would encourage every parent to take a moment today to check their child’s red book or contact their GP.", "Helen Marwood", "said:", "direct")
att('c07', "anyone who thinks they or their child may have measles should phone their GP or NHS 111 before visiting", "Mercia Public Health Agency", "The agency said", "indirect")
att('c07', "it is likely that the virus was brought into the area by a traveller returning from abroad", "Mercia Public Health Agency", "According to the agency", "indirect")
att('c07', "Uptake of the second MMR dose among five-year-olds in Harrowfield stood at 81% last year", "Mercia Public Health Agency", "the agency said", "indirect")
att('c07', "is needed to prevent outbreaks", "World Health Organization", "says", "indirect")
att('c07', "a range of factors may be behind the fall, including disruption during the pandemic, difficulty getting appointments and, in some communities, misinformation about vaccine safety", "Experts", "Experts say", "indirect")
att('c07', "the council was “fully committed” to supporting the agency’s response", "Priya Sandhu", "said", "indirect")
att('c07', "This is a wake-up call", "Priya Sandhu", "she said", "direct")
att('c07', "We will be running pop-up vaccination sessions at the leisure centre and the market hall over the next four weeks, no appointment needed.", "Priya Sandhu", "she said", "direct")
att('c07', "they had received the letter and had checked their children’s records", "parents outside Brookfield Junior School", "Most said", "indirect")
att('c07', "her youngest had missed his second dose during lockdown", "anonymous mother", "said", "indirect")
att('c07', "I honestly thought he’d had it", "anonymous mother", "she said", "direct")
att('c07', "I’ve booked him in for Thursday.", "anonymous mother", "she said", "direct")
att('c07', "could have come a week earlier", "Daniel Okafor", "said he thought the letter", "direct")
att('c07', "the school had handled the situation calmly", "Daniel Okafor", "added that", "indirect")
att('c07', "larger outbreaks could follow if vaccination rates do not improve", "health officials", "have warned that", "indirect")
att('c07', "it could not rule out further cases in Harrowfield in the coming weeks", "Mercia Public Health Agency", "The MPHA said", "indirect")
# c08 profile
att('c08', "Sorry, I know we said eight", "Halima Yusuf", "she says", "direct")
att('c08', "I can’t sit at home. If I sit at home, I think.", "Halima Yusuf", "she says", "direct")
att('c08', "life after running", "the first surgeon", "told her to think about", "direct")
att('c08', "she is in the shape of her life", "The people around her", "The people around her say", "indirect")
att('c08', "The first three months I was angry all the time.", "Halima Yusuf", NOCUE, "direct")
att('c08', "I did not know who I was if I was not the girl who runs.", "Halima Yusuf", NOCUE, "direct")
att('c08', "And then my physio, Gemma, said something that changed everything.", "Halima Yusuf", NOCUE, "direct")
att('c08', "You have spent your whole life learning to be fast. Now you have to learn to be slow.", "Gemma (physio)", "She said,", "direct")
att('c08', "Learning to be slow meant everything.", "Halima Yusuf", NOCUE, "direct")
att('c08', "I thought pain was just the price.", "Halima Yusuf", NOCUE, "direct")
att('c08', "he made mistakes before the injury", "Mike Denholm", "admits", "indirect")
att('c08', "the two of them had stacked up too many races, too close together, chasing qualifying times and prize money", "Mike Denholm", "He says", "indirect")
att('c08', "I should have protected her better", "Mike Denholm", "told The Sporting Week", "direct")
att('c08', "She was winning, and when an athlete is winning, everyone stops asking questions. That’s on me as much as anyone.", "Mike Denholm", "told The Sporting Week", "direct")
att('c08', "a waste of good shoes", "Yusuf's mother", "thought running was", "direct")
att('c08', "My mum still doesn’t really understand it.", "Halima Yusuf", NOCUE, "direct")
att('c08', "Good, now you can finish your degree.", "Yusuf's mother", "she said,", "direct")
att('c08', "something to be good at that wasn’t my legs", "Halima Yusuf", "She says the degree gave her", "direct")
att('c08', "the longer event, with fewer races a year and less intense track speedwork, will be kinder to her feet", "Mike Denholm", "Denholm believes", "indirect")
att('c08', "the most talented British distance runner of her generation", "Sally Brennan", "said last week that Yusuf was", "direct")
att('c08', "a first marathon is a brutal place to rebuild confidence", "Sally Brennan", "warned that", "direct")
att('c08', "Sally is right. It will be brutal.", "Halima Yusuf", NOCUE, "direct")
att('c08', "I am not going to London to win.", "Halima Yusuf", NOCUE, "direct")
att('c08', "If it isn’t, I will still be a runner.", "Halima Yusuf", NOCUE, "direct")

aliases = [
 dict(file=F['c01'], speaker="Dolores Amundsen", spellings=["Amundsen"]),
 dict(file=F['c01'], speaker="Dale Whitcombe", spellings=["County Sheriff Dale Whitcombe", "Whitcombe"]),
 dict(file=F['c01'], speaker="Ray Okonkwo", spellings=["Incident commander Ray Okonkwo", "Okonkwo"]),
 dict(file=F['c01'], speaker="Tamsin Ruiz", spellings=["A U.S. Forest Service spokeswoman, Tamsin Ruiz"]),
 dict(file=F['c01'], speaker="Jesse Tran", spellings=["Tran"]),
 dict(file=F['c01'], speaker="Oregon Department of Forestry", spellings=["the agency"]),
 dict(file=F['c02'], speaker="Viorica Rusu", spellings=["Rusu", "the union’s president"]),
 dict(file=F['c02'], speaker="Free Education Union", spellings=["SEL", "the union"]),
 dict(file=F['c02'], speaker="Cristian Botnaru", spellings=["Education Minister Cristian Botnaru"]),
 dict(file=F['c02'], speaker="Sergiu Popa", spellings=["the ministry’s spokesman, Sergiu Popa"]),
 dict(file=F['c02'], speaker="Ion Lungu", spellings=["Lungu"]),
 dict(file=F['c02'], speaker="Lilia Cebotari", spellings=["Opposition MP Lilia Cebotari"]),
 dict(file=F['c03'], speaker="Cristian Botnaru", spellings=["Education Minister Cristian Botnaru", "Botnaru", "The minister"]),
 dict(file=F['c03'], speaker="Viorica Rusu", spellings=["Union leader Viorica Rusu"]),
 dict(file=F['c03'], speaker="Andrei Vieru", spellings=["Political analyst Andrei Vieru", "Vieru"]),
 dict(file=F['c03'], speaker="Vasile Turcan", spellings=["The head of the Association of Private Employers, Vasile Turcan"]),
 dict(file=F['c03'], speaker="Ministry of Education", spellings=["the ministry"]),
 dict(file=F['c04'], speaker="Priyanka Hale", spellings=["chief executive Priyanka Hale", "Hale"]),
 dict(file=F['c04'], speaker="Nimbus Systems", spellings=["Nimbus", "the company"]),
 dict(file=F['c04'], speaker="Wendy Farrow", spellings=["Farrow"]),
 dict(file=F['c04'], speaker="Marcus Feld", spellings=["Feld"]),
 dict(file=F['c04'], speaker="two people familiar with the matter", spellings=["the people", "One of the people familiar with the plans", "A second person", "the first person"]),
 dict(file=F['c05'], speaker="Rosalind Achebe", spellings=["Judge Rosalind Achebe", "the judge"]),
 dict(file=F['c05'], speaker="Amanda Reyes", spellings=["Prosecutor Amanda Reyes", "Ms Reyes"]),
 dict(file=F['c05'], speaker="Nathan Oduya", spellings=["Mr Oduya"]),
 dict(file=F['c05'], speaker="Margaret Hollis", spellings=["Mr Hollis's widow, Margaret"]),
 dict(file=F['c05'], speaker="Kieran Walsh", spellings=["Detective Sergeant Kieran Walsh"]),
 dict(file=F['c05'], speaker="Sophie Hollis", spellings=["Mr Hollis's daughter, Sophie"]),
 dict(file=F['c05'], speaker="Connor Bailey", spellings=["Bailey", "The defendant"]),
 dict(file=F['c06'], speaker="Calum Reid", spellings=["Chef-owner Calum Reid", "Reid"]),
 dict(file=F['c07'], speaker="Mercia Public Health Agency", spellings=["MPHA", "The agency"]),
 dict(file=F['c07'], speaker="Helen Marwood", spellings=["Dr Helen Marwood"]),
 dict(file=F['c07'], speaker="Priya Sandhu", spellings=["Councillor Priya Sandhu"]),
 dict(file=F['c08'], speaker="Halima Yusuf", spellings=["Yusuf", "Halima"]),
 dict(file=F['c08'], speaker="Mike Denholm", spellings=["Her coach, Mike Denholm", "Denholm"]),
 dict(file=F['c08'], speaker="Sally Brennan", spellings=["Former Olympic marathoner Sally Brennan"]),
]
for a in aliases:
    k = [x for x, v in F.items() if v == a['file']][0]
    for s in a['spellings']:
        pos(k, s)

EV = []
def ev(k, text, cat, voice):
    d = span(k, text); d.update(category=cat, voice=voice); EV.append(d)
# c01
ev('c01', "flames raced toward", "emotive", "either")
ev('c01', "a garden hose is not going to stop this fire", "emotive", "quoted")
ev('c01', "an extraordinary threat to life and property", "intensifier", "quoted")
ev('c01', "making its own weather", "emotive", "quoted")
# c02
ev('c02', "stop choosing between rent and medicine", "emotive", "quoted")
ev('c02', "arithmetic by wishful thinking", "pejorative", "quoted")
ev('c02', "meagre", "pejorative", "author")
ev('c02', "We cannot live on applause", "emotive", "quoted")
ev('c02', "a tired man with a chalk allergy", "emotive", "quoted")
ev('c02', "premature and irresponsible", "pejorative", "quoted")
ev('c02', "the maximum responsible offer", "puffery", "quoted")
ev('c02', "Dignity, not charity", "loaded label", "quoted")
ev('c02', "The government has struck a harder tone.", "loaded label", "author")
# c03
ev('c03', "an unprecedented 25%", "intensifier", "author")
ev('c03', "the largest pay rise in the public sector this year", "puffery", "quoted")
ev('c03', "without ultimatums", "loaded label", "quoted")
ev('c03', "the first victims of this action", "emotive", "quoted")
ev('c03', "traitors", "pejorative", "quoted")
ev('c03', "inevitably", "certainty marker", "quoted")
ev('c03', "those who create jobs", "loaded label", "quoted")
# c04
ev('c04', "bets big on AI", "loaded label", "author")
ev('c04', "move faster and carry less weight", "loaded label", "quoted")
ev('c04', "smaller, sharper and AI-native", "puffery", "quoted")
ev('c04', "confusing and demoralising", "pejorative", "quoted")
ev('c04', "churn statistic", "pejorative", "quoted")
ev('c04', "The AI story sells, but the margin story pays", "loaded label", "quoted")
# c05
ev('c05', "ploughed into", "emotive", "author")
ev('c05', "mile after mile", "intensifier", "quoted")
ev('c05', "utterly ashamed", "intensifier", "quoted")
ev('c05', "among the most serious of its kind", "intensifier", "quoted")
ev('c05', "a kind and much-loved man", "emotive", "quoted")
ev('c05', "It kills people", "emotive", "quoted")
ev('c05', "genuine remorse", "puffery", "quoted")
# c06
ev('c06', "the best pie I have eaten this year", "puffery", "author")
ev('c06', "my heart usually sinks", "emotive", "author")
ev('c06', "a joy", "puffery", "author")
ev('c06', "much-garlanded", "puffery", "author")
ev('c06', "blackened to the point of alarm", "emotive", "author")
ev('c06', "so good I considered drinking it", "puffery", "author")
ev('c06', "the best thing I have eaten for under a tenner", "puffery", "author")
ev('c06', "which feels stingy", "pejorative", "author")
ev('c06', "more interesting than delicious", "pejorative", "author")
ev('c06', "aggressively salty", "pejorative", "author")
ev('c06', "not every ancient technique deserves a revival", "pejorative", "author")
ev('c06', "a towering, glossy, slightly absurd thing", "emotive", "author")
ev('c06', "shatters like sugar glass", "puffery", "author")
ev('c06', "properly loud", "intensifier", "author")
ev('c06', "Service was warm but scattered", "pejorative", "author")
ev('c06', "fairly priced", "puffery", "author")
ev('c06', "a chef with the nerve to follow it all the way into the fire", "puffery", "author")
# c07
ev('c07', "incredibly proud", "intensifier", "quoted")
ev('c07', "the fantastic work", "puffery", "quoted")
ev('c07', "fully committed", "puffery", "quoted")
ev('c07', "This is a wake-up call", "emotive", "quoted")
ev('c07', "health chiefs", "loaded label", "author")
# c08
ev('c08', "one of the injuries distance runners fear most", "emotive", "author")
ev('c08', "the shape of her life", "puffery", "quoted")
ev('c08', "I hated her", "emotive", "quoted")
ev('c08', "a waste of good shoes", "pejorative", "quoted")
ev('c08', "the most talented British distance runner of her generation", "puffery", "quoted")
ev('c08', "a brutal place", "emotive", "quoted")
ev('c08', "amazing", "puffery", "quoted")

NE = [span(k, t) for k, t in [
 ('c01', "wind-driven wildfire"),
 ('c01', "hardest-hit areas"),
 ('c01', "\"hazardous\" range"),
 ('c01', "was 5% contained"),
 ('c01', "Some people refused to leave"),
 ('c02', "walked out"),
 ('c02', "open-ended strike"),
 ('c03', "did not come to work"),
 ('c03', "in nominal terms"),
 ('c04', "spoke on condition of anonymity"),
 ('c04', "rose 3.1% in extended trading"),
 ('c05', "causing death by dangerous driving"),
 ('c05', "no previous convictions"),
 ('c05', "pleaded guilty at the first opportunity"),
 ('c06', "Hand-dived scallops from Orkney"),
 ('c06', "wood-fired grill"),
 ('c06', "natural-leaning"),
 ('c07', "may have been exposed"),
 ('c07', "None is thought to be in a life-threatening condition."),
 ('c07', "well below the 95% level"),
 ('c08', "navicular stress fracture"),
]]

CL = [span(k, t) for k, t in [
 ('c01', "The Sawtooth Fire had burned about 31,000 acres (12,500 hectares) by Thursday morning and was 5% contained, according to the Oregon Department of Forestry."),
 ('c01', "Gusts of up to 45 mph (72 kph) pushed the fire across Highway 199 around 10 p.m. Wednesday, fire officials said."),
 ('c01', "The highway remains closed in both directions between Cave Junction and the California state line."),
 ('c01', "The fire started Monday afternoon near a logging road in the national forest."),
 ('c01', "Its cause is under investigation."),
 ('c02', "The Free Education Union (SEL), which called the one-day strike, said more than 21,000 teachers in at least 640 schools had taken part."),
 ('c02', "The Ministry of Education put the number at about 9,500, a figure the union dismissed as “arithmetic by wishful thinking”."),
 ('c02', "Rusu said that a newly qualified teacher in Moldova earns about 7,800 lei (€400) a month before tax, less than a supermarket manager."),
 ('c02', "According to figures from the National Bureau of Statistics, the number of teachers in Moldova fell by nearly 12% between 2015 and 2023, while the share of teachers over 60 rose to almost a quarter."),
 ('c02', "The union and the ministry are due to meet again on March 19."),
 ('c03', "According to the ministry, 4,870 teachers, or about 12% of the total, did not come to work."),
 ('c03', "Classes were suspended completely in 212 schools, the ministry said."),
 ('c03', "Botnaru said that since 2021 the average teacher’s salary had risen by 41% in nominal terms."),
 ('c03', "The Ministry of Finance said in a statement that meeting the union’s demand would cost the budget approximately 1.9 billion lei a year, equal to almost the entire annual spending on capital repairs of schools and hospitals."),
 ('c03', "According to official data, about 38,000 teachers work in Moldova’s general education system."),
 ('c04', "Shares of the San Francisco-based company rose 3.1% in extended trading after the report."),
 ('c04', "In January 2024 the company cut 700 roles, describing the move at the time as \"a one-time reset.\""),
 ('c04', "Nimbus reported revenue of $6.2 billion for its last fiscal year, up 9% from the year before, but growth has slowed for five consecutive quarters."),
 ('c04', "The tech industry has shed more than 40,000 jobs so far this year, according to Layoffs.fyi, a website that tracks job cuts."),
 ('c04', "Nimbus is scheduled to report its next quarterly results on April 24."),
 ('c05', "Connor Bailey, 29, of Marsh Lane, Wingrove, admitted causing death by dangerous driving at an earlier hearing."),
 ('c05', "Mr Hollis was thrown into a hedge and died at the scene."),
 ('c05', "He was also banned from driving for 10 years and will have to pass an extended test before he can drive again."),
 ('c05', "According to Department for Transport figures, 87 cyclists were killed on roads in England in 2023."),
 ('c06', "Salt & Ember, which opened in January on a cobbled lane behind the Shore, looks exactly like that kind of restaurant."),
 ('c06', "Dinner for two with a bottle of wine came to £142 before service."),
 ('c06', "The kitchen is built around a wood-fired grill that runs the length of the back wall, and almost everything on the short menu passes over it at some point."),
 ('c07', "Parents in Harrowfield are being urged to check that their children are up to date with their MMR vaccinations after five cases of measles were confirmed in the town over the past fortnight."),
 ('c07', "Letters have been sent to parents at two primary schools, St Aidan’s CE Primary and Brookfield Junior School, where cases have been linked."),
 ('c07', "Uptake of the second MMR dose among five-year-olds in Harrowfield stood at 81% last year, well below the 95% level the World Health Organization says is needed to prevent outbreaks, the agency said."),
 ('c07', "Nationally, the figure was 84%."),
 ('c07', "The good news is that two doses of the MMR vaccine give around 99% protection."),
 ('c08', "She graduated in pharmacology last summer, studying part-time through the long months when she could not train."),
 ('c08', "British Athletics has named her on its long list for the World Championships in Tokyo, subject to her time in London."),
 ('c08', "The London Marathon takes place on Sunday 27 April."),
]]

NC = [span(k, t) for k, t in [
 ('c01', "Share this article"),
 ('c01', "If you are told to go, go now."),
 ('c01', "Pakulski reported from Salem, Oregon."),
 ('c02', "Who will teach the children who stay?"),
 ('c02', "We cannot live on applause."),
 ('c03', "The union did not respond to a request for comment on these allegations."),
 ('c04', "Got a tip? Contact Sam Okoye securely on Signal at +1 415 555 0142."),
 ('c04', "I've seen this movie before"),
 ('c05', "That is all I ask."),
 ('c06', "I will be back for the pie. I will bring earplugs."),
 ('c06', "Food 9/10"),
 ('c06', "It is, for the most part, a joy."),
 ('c06', "I would move them up the list."),
 ('c07', "It is never too late to catch up"),
 ('c07', "ENDS"),
 ('c08', "Then she pulls the hood back down and jogs off, slowly, into the frost."),
 ('c08', "Sally is right. It will be brutal."),
]]

def m(k, t): return span(k, t)
EVENTS = [
 dict(id="moldova-strike", label="The one-day teachers' strike in Moldova on Wednesday 12 March 2025", mentions=[
   m('c02', "teachers walked out in the biggest education strike the country has seen in more than a decade"),
   m('c03', "A one-day strike called by one of the country’s teachers’ unions disrupted lessons in some schools on Wednesday")]),
 dict(id="strike-turnout-union", label="The union's count of strikers", mentions=[
   m('c02', "more than 21,000 teachers in at least 640 schools had taken part"),
   m('c03', "around 15,000 people had joined the strike")]),
 dict(id="strike-turnout-ministry", label="The ministry's count of strikers", mentions=[
   m('c02', "The Ministry of Education put the number at about 9,500"),
   m('c03', "4,870 teachers, or about 12% of the total, did not come to work")]),
 dict(id="pay-offer", label="The government's pay offer from September and the union's 25% demand", mentions=[
   m('c02', "the government offered a meagre 8% rise from September"),
   m('c03', "The government has offered teachers a 10% increase in salaries from September 1")]),
 dict(id="indefinite-strike-threat", label="The union's threat of an open-ended strike from April", mentions=[
   m('c02', "the union would call an open-ended strike from April if the government did not return to the table"),
   m('c03', "the union could announce an indefinite strike in April")]),
 dict(id="next-talks", label="Talks due on 19 March", mentions=[
   m('c02', "The union and the ministry are due to meet again on March 19"),
   m('c03', "The next round of negotiations between the ministry and the unions is scheduled for March 19")]),
 dict(id="balti-lyceum", label="The strike at Lyceum No. 4 in Bălți", mentions=[
   m('c02', "the picket outside Lyceum No. 4 began before dawn"),
   m('c03', "In Lyceum No. 4, only three of eleven classes held lessons")]),
 dict(id="cahul", label="The strike in Cahul", mentions=[
   m('c02', "Outside a kindergarten in Cahul, in the south, Maria Vrabie said she had taken the day off work to look after her two sons"),
   m('c03', "In Kagul, according to the regional administration, all schools worked as usual")]),
 dict(id="minister-criticism", label="Minister Botnaru's criticism of the strike", mentions=[
   m('c02', "the strike was “premature and irresponsible”"),
   m('c03', "The minister also criticised the timing of the protest")]),
 dict(id="pay-history", label="How teachers' pay has moved in recent years", mentions=[
   m('c02', "years of inflation have eaten away the increases promised in 2022"),
   m('c03', "since 2021 the average teacher’s salary had risen by 41% in nominal terms")]),
]

TV = [
 dict(referent="the 12 March 2025 walkout", variants=[
   m('c02', "the one-day strike"), m('c02', "the walkout"), m('c03', "A one-day strike"), m('c03', "this action"), m('c03', "the protest")]),
 dict(referent="the union that called the strike", variants=[
   m('c02', "The Free Education Union (SEL)"), m('c03', "one of the country’s teachers’ unions"), m('c03', "The Free Education Union")]),
 dict(referent="the threatened strike from April", variants=[
   m('c02', "open-ended strike"), m('c03', "indefinite strike")]),
 dict(referent="the government's pay offer", variants=[
   m('c02', "a meagre 8% rise"), m('c02', "the maximum responsible offer in the current fiscal situation"), m('c03', "a 10% increase in salaries"), m('c03', "the largest pay rise in the public sector this year")]),
 dict(referent="the union's 25% demand", variants=[
   m('c02', "The union is asking for 25%"), m('c03', "The union is demanding an unprecedented 25%"), m('c03', "ultimatums")]),
 dict(referent="the teachers who stayed away", variants=[
   m('c02', "had taken part"), m('c03', "did not come to work")]),
]

PS = [
 dict(place="Bălți", spellings=[m('c02', "Bălți"), m('c03', "Beltsy")]),
 dict(place="Cahul", spellings=[m('c02', "Cahul"), m('c03', "Kagul")]),
 dict(place="Chișinău", spellings=[m('c02', "Chișinău"), m('c03', "CHISINAU"), m('c03', "Chisinau")]),
]

DI = [
 dict(event="strike-turnout-ministry", detail="the ministry's count of striking teachers", values=[m('c02', "about 9,500"), m('c03', "4,870 teachers")]),
 dict(event="strike-turnout-union", detail="the union's count of striking teachers", values=[m('c02', "more than 21,000 teachers"), m('c03', "around 15,000 people")]),
 dict(event="pay-offer", detail="size of the government's pay offer from September", values=[m('c02', "8% rise"), m('c03', "10% increase")]),
 dict(event="cahul", detail="whether the strike was felt in Cahul (soft: a kindergarten parent vs 'all schools worked as usual')", values=[m('c02', "Outside a kindergarten in Cahul"), m('c03', "all schools worked as usual")]),
]

gold = {
 "about": "Blind test set 3: eight fictional articles written for this evaluation without reference to the engine; annotations made by hand. Offsets are character offsets into the file as stored (UTF-8 decoded). 'start' is the first occurrence of 'text'. c02 and c03 report the same (fictional) Moldovan teachers' strike from two outlets of opposite leaning. Attribution cue 'none (unframed quote; speaker from context)' marks profile quotes with no speech verb.",
 "articles": articles, "attributions": A, "speaker_aliases": aliases, "evaluative": EV,
 "not_evaluative": NE, "claims": CL, "not_claims": NC, "events": EVENTS, "term_variants": TV,
 "place_spellings": PS, "discrepancies": DI,
}
if errors:
    for e in errors: print('NOT FOUND', e)
    sys.exit(1)
def walk(o):
    if isinstance(o, dict):
        if 'file' in o and 'text' in o and 'start' in o:
            t = open(os.path.join(D, o['file']), encoding='utf-8').read()
            assert t[o['start']:o['start']+len(o['text'])] == o['text'], o
            assert t.find(o['text']) == o['start'], o
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(gold)
json.dump(gold, open(str(pathlib.Path(__file__).parent / 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print({k: len(v) for k, v in gold.items() if isinstance(v, list)})

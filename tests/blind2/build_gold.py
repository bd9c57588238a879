import json, os, sys, pathlib
D = str(pathlib.Path(__file__).parent / 'articles')
F = {
 'c01': 'c01_millbrook_ledger_budget.txt',
 'c02': 'c02_goalline_tavares_transfer.txt',
 'c03': 'c03_biopharma_pulse_veridane.txt',
 'c04': 'c04_cws_tarsania_floods.txt',
 'c05': 'c05_tarsania_today_dam_burst.txt',
 'c06': 'c06_clarion_ltn_column.txt',
 'c07': 'c07_screenline_adebayo_interview.txt',
 'c08': 'c08_fieldnotes_bumblebee_light.txt',
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
 dict(file=F['c01'], title="Millbrook council splits over $4.2M budget gap as pool, police overtime hang in balance",
      outlet="The Millbrook Ledger", outlet_aliases=["Millbrook Ledger", "the Ledger"],
      author="Dana Kowalski", author_note="byline 'By Dana Kowalski / Millbrook Ledger'",
      date="2025-03-04", date_note="'Published 6:47 p.m. ET March 4, 2025 | Updated 9:15 a.m. ET March 5, 2025'; the meeting was 'Tuesday night' (4 March 2025)",
      dateline="MILLBROOK, Ohio", genre="news", genre_note="US local politics report",
      evidence=["By Dana Kowalski", "Published 6:47 p.m. ET March 4, 2025", "MILLBROOK, Ohio —", "told the Ledger", "© 2025 Millbrook Ledger. All rights reserved."],
      boilerplate=lines_check('c01', ["Skip to content", "The Millbrook Ledger", "News | Local | Politics | Sports | Obituaries | Opinion | e-Edition",
        "Subscribe for $1", "LOCAL POLITICS", "Share this article", "Facebook | X | Email",
        "Photo: Residents hold signs supporting the Eastside Aquatic Center during Tuesday's council meeting at City Hall. (Dana Kowalski/Millbrook Ledger)",
        "Related: Tri-County Packaging closure leaves 600 without jobs", "Related: Eastside pool reopens after $300K repair (2022)",
        "Dana Kowalski covers City Hall for the Millbrook Ledger. Reach her at dkowalski@millbrookledger.com or 330-555-0148.",
        "Sign up for The Ledger's Morning Briefing newsletter", "Get Millbrook news in your inbox every weekday.",
        "© 2025 Millbrook Ledger. All rights reserved."])),
 dict(file=F['c02'], title="Tavares 'close' to Northbridge move as Almirante hold out for €70m",
      outlet="GoalLine", outlet_aliases=["GOALLINE", "GoalLine Media Ltd"],
      author="Jamie Holloway", author_note="byline 'By Jamie Holloway, Transfer Correspondent'",
      date="2025-08-14", date_note="'Last updated: 14/08/2025 22:31' is day/month/year", dateline=None,
      genre="news", genre_note="football transfer rumour story, mostly anonymous sourcing",
      evidence=["By Jamie Holloway, Transfer Correspondent", "Last updated: 14/08/2025 22:31", "GoalLine understands", "told GoalLine", "© GoalLine Media Ltd 2025"],
      boilerplate=lines_check('c02', ["GOALLINE", "Football | Transfers | Premier League | Europe | Women's | Podcasts | Betting", "TRANSFER CENTRE",
        "Share this article", "[Facebook] [X] [WhatsApp] [Copy link]",
        "Rafael Tavares scored 27 goals in all competitions for CD Almirante last season (Image: Getty)",
        "RELATED", "Northbridge set for busy deadline day as Calloway demands reinforcements",
        "Transfer news LIVE: all the latest deals and rumours", "Bet responsibly. 18+ | BeGambleAware.org", "© GoalLine Media Ltd 2025"])),
 dict(file=F['c03'], title="Veridane’s ‘game-changing’ colitis pill hits main goal in Phase 2, shares soar",
      outlet="BioPharma Pulse", outlet_aliases=["Pulse Trade Media LLC"],
      author="Leah Brandt", author_note="byline line 'Leah Brandt | 2025-06-02'",
      date="2025-06-02", date_note="ISO date in the byline; the company statement came 'on Monday' (2 June 2025)", dateline=None,
      genre="news", genre_note="trade-press rewrite of a company press release (puffery from the release carried into the copy)",
      evidence=["Leah Brandt | 2025-06-02", "told BioPharma Pulse", "This article includes information from a company press release.",
                "© 2025 Pulse Trade Media LLC."],
      boilerplate=lines_check('c03', ["BioPharma Pulse", "Home | Clinical | Deals | Regulatory | Manufacturing | Events | Jobs",
        "Subscribe to our free daily newsletter", "CLINICAL TRIALS", "[Share] [Post] [LinkedIn] [Email]",
        "Related: Oral IBD drugs: the race to dethrone the biologics", "Related: Veridane cuts 15% of staff to extend cash runway",
        "This article includes information from a company press release.",
        "Leah Brandt is a senior reporter at BioPharma Pulse covering immunology and gastroenterology.",
        "© 2025 Pulse Trade Media LLC. All rights reserved. Reproduction in whole or in part without permission is prohibited."])),
 dict(file=F['c04'], title="Flash floods kill 23 in southern Tarsania after dam gives way",
      outlet="CWS", outlet_note="a wire service named only by its initials", outlet_aliases=["CWS"],
      author="Nurlan Omarov", author_note="byline 'By Nurlan Omarov'; the credit line adds additional reporting by Aizada Bekova, writing by Clare Hendry, editing by Tom Ashby",
      date="2025-04-14", date_note="'April 14, 2025 10:42 AM GMT'; the dateline says April 14",
      dateline="ALTYNKALA", genre="news", genre_note="wire story on a (fictional) disaster; plain casualty language",
      evidence=["By Nurlan Omarov", "April 14, 2025 10:42 AM GMT", "ALTYNKALA, April 14 (CWS) -", "told CWS",
                "(Reporting by Nurlan Omarov in Altynkala; Additional reporting by Aizada Bekova; Writing by Clare Hendry; Editing by Tom Ashby)"],
      boilerplate=lines_check('c04', ["CWS", "World | Business | Markets | Sustainability | Legal | More", "Asia Pacific",
        "(Reporting by Nurlan Omarov in Altynkala; Additional reporting by Aizada Bekova; Writing by Clare Hendry; Editing by Tom Ashby)",
        "Our Standards: The CWS Trust Principles."])),
 dict(file=F['c05'], title="“The water came like a wall”: Kokzhar counts its dead as anger grows over dam burst",
      outlet="Tarsania Today", outlet_aliases=["TARSANIA TODAY"],
      author="Aida Kurmanova", author_note="byline 'Aida Kurmanova, Dzhalal-Oi region'",
      date="2025-04-15", date_note="'15.04.2025 | 09:12' is day.month.year", dateline=None,
      dateline_note="no dateline; the location is in the byline ('Dzhalal-Oi region')",
      genre="news", genre_note="on-the-ground report of the same (fictional) dam failure as c04, one day later",
      evidence=["15.04.2025 | 09:12", "Aida Kurmanova, Dzhalal-Oi region", "told Tarsania Today", "© Tarsania Today, 2025."],
      boilerplate=lines_check('c05', ["TARSANIA TODAY", "Independent news in English since 2011",
        "Politics | Society | Economy | Regions | Opinion | Русская версия", "REGIONS",
        "Photo: Residents of Kokzhar search through the remains of their houses on Monday, 14 April. Photo by Tarsania Today",
        "Tarsania Today will continue to report from Dzhalal-Oi. If you have information about the dam, write to us at tips@tarsaniatoday.org.",
        "Support independent journalism. Donate to Tarsania Today.",
        "© Tarsania Today, 2025. Republication is permitted with an active link to the source."])),
 dict(file=F['c06'], title="Low-traffic lunacy: Harbridge’s eco-zealots have declared war on the motorist",
      outlet="The Clarion", outlet_aliases=["THE CLARION", "Clarion", "The Clarion Newspapers Ltd"],
      author="Nigel Ashcombe", author_note="byline in capitals 'NIGEL ASHCOMBE'",
      date="2025-03-09", date_note="'Sunday, 9 March 2025, 6:00 am'", dateline=None,
      genre="opinion", genre_note="signed partisan opinion column",
      evidence=["NIGEL ASHCOMBE", "Sunday, 9 March 2025, 6:00 am", "OPINION › COLUMNISTS", "Nigel Ashcombe is a Clarion columnist", "The views expressed are his own."],
      boilerplate=lines_check('c06', ["THE CLARION", "News | Politics | Opinion | Money | Motoring | Sport | Puzzles", "OPINION › COLUMNISTS",
        "Share", "Facebook | X | Email | Comments (318)",
        "Nigel Ashcombe is a Clarion columnist and a former deputy editor of the Harbridge Evening Post. The views expressed are his own.",
        "MORE FROM NIGEL ASHCOMBE", "The TV licence is a tax on common sense", "Why I won’t be buying an electric car",
        "Comments are subject to our community guidelines, which can be viewed here.", "© The Clarion Newspapers Ltd 2025"])),
 dict(file=F['c07'], title="‘Lagos doesn’t wait for anybody’: Funmilayo Adebayo on making a thriller in 23 days",
      outlet="Screenline", outlet_aliases=["SCREENLINE", "Screenline Media"],
      author="Marcus Whitlow", author_note="'Interview by Marcus Whitlow'",
      date="2025-07-22", date_note="'Posted on 22 July 2025'", dateline=None,
      genre="interview", interviewee="Funmilayo Adebayo",
      evidence=["Interview by Marcus Whitlow", "Posted on 22 July 2025", "told Screenline", "© 2025 Screenline Media. All rights reserved."],
      boilerplate=lines_check('c07', ["SCREENLINE", "Film | TV | Festivals | Interviews | Reviews | Newsletter", "INTERVIEWS",
        "Photograph: Funmilayo Adebayo on set on Lagos Island. Courtesy of Blackgate Pictures",
        "Read more: Toronto 2025: the full lineup", "Read more: Inside the new wave of Lagos genre cinema",
        "Sign up for Screenline Weekly", "The best of film and TV, every Friday.", "© 2025 Screenline Media. All rights reserved."])),
 dict(file=F['c08'], title="City lights may be disrupting bumblebee foraging, study suggests",
      outlet="Field Notes", outlet_aliases=["Field Notes Media"],
      author="Sofia Lindqvist", date="2025-03-11", date_note="'11 Mar 2025 | 5 min read'", dateline=None,
      genre="news", genre_note="science news on a single (fictional) study, heavily hedged",
      evidence=["By Sofia Lindqvist", "11 Mar 2025 | 5 min read", "© 2025 Field Notes Media."],
      boilerplate=lines_check('c08', ["Field Notes", "Science news from the ground up", "Environment | Health | Space | Animals | Tech | Newsletter", "ANIMALS",
        "Image: A buff-tailed bumblebee on a lavender bed under a street lamp in Ghent. Credit: E. Van Damme / Flanders Institute of Ecology",
        "Related: Moths are drawn to light. Scientists may finally know why", "Related: Can 'bee hotels' really help wild pollinators?",
        "Sign up for the Field Notes newsletter, a weekly dose of discovery.",
        "© 2025 Field Notes Media. Text may not be reproduced without permission."])),
]
for a in articles:
    k = [x for x, v in F.items() if v == a['file']][0]
    for e in a['evidence']:
        pos(k, e)

A = []
def att(k, text, speaker, cue, kind):
    d = span(k, text); d.update(speaker=speaker, cue=cue, kind=kind); A.append(d)
    pos(k, cue)
# c01 -- straight quotes, multi-paragraph quote, title-only mentions, anonymous council member
att('c01', "We are out of easy options,", "Gloria Hendricks", "Mayor Gloria Hendricks said", "direct")
att('c01', "Every dollar we put back in one place comes out of somewhere else, and people in this room need to hear that honestly.", "Gloria Hendricks", "Mayor Gloria Hendricks said", "direct")
att('c01', "The shortfall stems largely from a drop in income tax receipts after the closure of the Tri-County Packaging plant last summer", "Robert Asante", "according to a memo from City Manager Robert Asante's office", "indirect")
att('c01', "a 9% increase in health insurance costs for city employees", "Robert Asante", "The memo also points to", "indirect")
att('c01', "the pool closure would fall hardest on families who cannot afford private swim clubs", "Teresa Lin", "said", "indirect")
att('c01', "This is the only place in my ward where a kid can learn to swim for two dollars,", "Teresa Lin", "Lin said", "direct")
att('c01', "We spent $300,000 repairing that pool three years ago.", "Teresa Lin", "Lin said", "direct")
att('c01', "Closing it now is not saving money. It is wasting the money we already spent.", "Teresa Lin", "Lin said", "direct")
att('c01', "she would propose drawing $700,000 from the city's rainy-day fund", "Teresa Lin", "She added", "indirect")
att('c01', "The rainy-day fund is for when it rains.", "Frank Deluca", "Deluca said:", "direct")
att('c01', "It is not for papering over a structural deficit that is going to be there next year and the year after.", "Frank Deluca", "Deluca said:", "direct")
att('c01', "the city's credit rating could suffer if reserves fell below 15% of general fund spending", "Frank Deluca", "He said", "indirect")
att('c01', "the department was already short nine officers", "Mike Rourke", "told council members", "indirect")
att('c01', "If you cap overtime at that number, there will be nights this summer when there are three cars covering the entire city,", "Mike Rourke", "Rourke said", "direct")
att('c01', "I am not saying that to scare anybody. I am saying it because I have looked at the schedule.", "Mike Rourke", "Rourke said", "direct")
att('c01', "Somebody is going to call 911 and wait longer than they should.", "Mike Rourke", "Rourke said", "direct")
att('c01', "will work with the city manager to maintain public safety within whatever budget council adopts.", "Millbrook Police Department", "the police department said", "direct")
att('c01', "the overtime figure was based on filling vacancies by July", "Robert Asante", "The city manager said", "indirect")
att('c01', "If we hire on schedule, the overtime need drops,", "Robert Asante", "he said", "direct")
att('c01', "If we don't, we'll come back to council.", "Robert Asante", "he said", "direct")
att('c01', "her children had learned to swim there", "Keisha Bradford", "said", "indirect")
att('c01', "My kids don't have a lake house,", "Keisha Bradford", "Bradford told the council", "direct")
att('c01', "They have that pool.", "Keisha Bradford", "Bradford told the council", "direct")
att('c01', "consider a modest property tax increase instead of cuts", "Harold Weiss", "urged the council to", "indirect")
att('c01', "not four votes on this council for any tax increase in an election year.", "anonymous council member", "one council member, who asked not to be named because negotiations were ongoing, said", "direct")
att('c01', "a 1-mill levy would raise about $850,000 a year in Millbrook but would need voter approval", "county auditor", "According to the county auditor", "indirect")
att('c01', "she favored a compromise: keeping the pool open on reduced hours and phasing in the overtime cap", "Gloria Hendricks", "told the Ledger", "indirect")
att('c01', "I'd rather have a pool that's open five days a week than no pool at all,", "Gloria Hendricks", "the mayor said", "direct")
att('c01', "Show me where the money comes from.", "Frank Deluca", "he replied:", "direct")
# c02 -- curly quotes, anonymous sources, "GoalLine understands", "according to" other outlets
att('c02', "an agreement on personal terms is \"all but done\"", "sources close to the player", "with sources close to the player saying", "indirect")
att('c02', "has told Almirante he wants to leave this summer", "GoalLine", "GoalLine understands", "indirect")
att('c02', "Almirante have rejected a second bid worth €58million (£50m) plus €6m in add-ons", "A Bola Hoje", "according to A Bola Hoje", "indirect")
att('c02', "the forward remained part of his plans", "Paulo Meireles", "insisted", "indirect")
att('c02', "He is an Almirante player. Until someone tells me otherwise, he trains with us on Monday,", "Paulo Meireles", "Meireles told reporters", "direct")
att('c02', "I understand that clubs want him. Good players attract attention.", "Paulo Meireles", "Meireles told reporters", "direct")
att('c02', "But nobody has come to me and said he is leaving.", "Paulo Meireles", "Meireles told reporters", "direct")
att('c02', "That is not true. He has a small muscle problem. Those are the facts.", "Paulo Meireles", "Meireles said:", "direct")
att('c02', "I don’t talk about players at other clubs. It’s disrespectful,", "Steve Calloway", "Calloway said", "direct")
att('c02', "What I will say is that we need another forward, everybody knows that, and the club is working very hard.", "Steve Calloway", "Calloway said", "direct")
att('c02', "We are confident. The player wants to come, the numbers are not far apart, and Almirante know it.", "A source at Northbridge", "A source at Northbridge told GoalLine:", "direct")
att('c02', "frustrated that the club blocked a move to Spain last summer", "unnamed sources", "is said to be", "indirect")
att('c02', "fed up", "One person familiar with his thinking", "described him as", "direct")
att('c02', "Rafael has given everything to this club for three years,", "Marcos Pinheiro", "Pinheiro wrote", "direct")
att('c02', "He has never asked for anything. Now he is asking for one thing, and the club must show respect.", "Marcos Pinheiro", "Pinheiro wrote", "direct")
att('c02', "his client had “no problem” with Meireles or the supporters", "Marcos Pinheiro", "He added", "indirect")
att('c02', "will not be pressured by agents or social media", "CD Almirante", "The club said in a statement", "direct")
att('c02', "Tavares was under contract until 2028 with a release clause of €90m", "CD Almirante", "The club said in a statement", "indirect")
att('c02', "The board will decide the future of our players, not intermediaries,", "CD Almirante", "the statement read", "direct")
att('c02', "FC Rheinstadt have made contact with Pinheiro and are prepared to match Northbridge’s offer", "Sportblatt", "according to German outlet Sportblatt", "indirect")
att('c02', "see Tavares as a replacement for their captain", "unnamed reports", "reportedly", "indirect")
att('c02', "We look at many players. I will not comment on one name,", "Lukas Brenner", "he said", "direct")
att('c02', "Northbridge would prefer to complete the deal before their opening Premier League fixture against Ashford on August 23", "unnamed sources", "It is understood", "indirect")
att('c02', "Almirante are in no hurry", "sources in Portugal", "sources in Portugal say", "indirect")
att('c02', "the club should cash in", "Nuno Valente", "believes", "indirect")
att('c02', "Seventy million for a boy who has played two seasons? Take it, and say thank you,", "Nuno Valente", "Valente said", "direct")
att('c02', "He is a world-class talent, but the club needs the money more than he needs the club.", "Nuno Valente", "Valente said", "direct")
# c03 -- company statement, executives, analyst "told Reuters", independent expert
att('c03', "its oral drug VRD-417 delivered “unprecedented” remission rates in moderate-to-severe ulcerative colitis", "Veridane Therapeutics", "Veridane Therapeutics says", "indirect")
att('c03', "landmark results", "Veridane Therapeutics", "what it calls", "indirect")
att('c03', "34.6% of patients taking the higher 200 mg dose achieved clinical remission at week 12, compared with 11.2% of those on placebo", "Veridane Therapeutics", "the Boston-based biotech said in a statement", "indirect")
att('c03', "These are transformative data for people living with ulcerative colitis,", "Karin Holm", "said Veridane chief executive Dr. Karin Holm", "direct")
att('c03', "We believe VRD-417 has the potential to redefine the standard of care and become the first truly convenient oral option that rivals injectable biologics.", "Karin Holm", "said Veridane chief executive Dr. Karin Holm", "direct")
att('c03', "the company plans to begin a Phase 3 program in the first half of 2026", "Karin Holm", "Holm added", "indirect")
att('c03', "remarkably clean.", "Anil Mehta", "called the drug’s safety profile", "direct")
att('c03', "serious adverse events occurred in 2.9% of patients on the high dose and 3.2% of those on placebo", "Veridane Therapeutics", "According to the company", "indirect")
att('c03', "We saw a rapid onset of effect, with many patients reporting symptom improvement within two weeks,", "Anil Mehta", "Mehta said", "direct")
att('c03', "That is something patients and physicians have been asking for.", "Anil Mehta", "Mehta said", "direct")
att('c03', "full results will be presented at a medical meeting later this year", "Veridane Therapeutics", "saying", "indirect")
att('c03', "The placebo-adjusted remission gap of about 23 points is at the top end of what we have seen with oral agents in this space,", "Priya Raman", "told Reuters", "direct")
att('c03', "If it holds up in Phase 3, this is a multibillion-dollar asset.", "Priya Raman", "told Reuters", "direct")
att('c03', "the trial was relatively small and that comparisons between trials were \"inherently risky.\"", "Priya Raman", "she cautioned", "indirect")
att('c03', "the headline numbers were encouraging but incomplete", "Tomasz Kowal", "said", "indirect")
att('c03', "Without the endoscopic data, it is hard to know how durable these remissions are,", "Tomasz Kowal", "Kowal told BioPharma Pulse", "direct")
att('c03', "I would want to see the 52-week maintenance results before using words like ‘best-in-class’.", "Tomasz Kowal", "Kowal told BioPharma Pulse", "direct")
att('c03', "the maintenance portion of the trial is ongoing and is expected to read out in early 2026", "Veridane Therapeutics", "A Veridane spokesperson said", "indirect")
att('c03', "affects about 1.25 million people in the US", "patient advocacy groups", "according to patient advocacy groups", "indirect")
att('c03', "limits the drug’s exposure in the rest of the body", "Veridane Therapeutics", "the company says", "indirect")
att('c03', "had $212 million in cash at the end of March, enough to fund operations into late 2026", "Veridane Therapeutics", "according to its most recent quarterly filing", "indirect")
att('c03', "it had cut 15% of its workforce", "Veridane Therapeutics", "The company said in January", "indirect")
att('c03', "open to all strategic options", "Karin Holm", "Holm said Veridane was", "direct")
att('c03', "We don’t comment on business development. What I can tell you is that the phone has been ringing.", "Karin Holm", "she said:", "direct")
# c04 -- wire: organisations as speakers, officials, "according to"
att('c04', "Flash floods triggered by the collapse of an irrigation dam have killed at least 23 people in southern Tarsania and forced more than 4,800 to leave their homes", "Ministry of Emergency Situations", "the Ministry of Emergency Situations said on Monday", "indirect")
att('c04', "The earthen dam on the Kara-Suu River near the village of Kok-Jar in Jalal-Oy province gave way early on Sunday after three days of heavy rain", "officials", "officials said", "indirect")
att('c04', "Rescuers recovered 17 bodies in Kok-Jar and six in the neighbouring district of Ak-Bulak", "Daniyar Seitkali", "told reporters in the capital", "indirect")
att('c04', "Eleven people remained missing", "Daniyar Seitkali", "he said", "indirect")
att('c04', "Search operations are continuing around the clock. We have deployed 640 personnel, four helicopters and heavy equipment,", "Daniyar Seitkali", "Seitkali said", "direct")
att('c04', "About 1,200 houses were flooded and 310 were destroyed or badly damaged", "Ministry of Emergency Situations", "according to preliminary figures from the ministry", "indirect")
att('c04', "declared Tuesday a national day of mourning and ordered the government to set up a commission to investigate the cause of the collapse", "President Asylbek Nurmanov's office", "his office said", "indirect")
att('c04', "The dam, built in 1974, was last inspected in 2021", "Ministry of Water Resources", "the Ministry of Water Resources said in a statement", "indirect")
att('c04', "in satisfactory condition", "Ministry of Water Resources", "It said", "direct")
att('c04', "the water arrived before dawn", "Residents", "Residents said", "indirect")
att('c04', "We heard a noise like thunder, then the water was at the windows,", "Gulnara Abdieva", "told CWS", "direct")
att('c04', "We climbed onto the roof. Our neighbours did not have time.", "Gulnara Abdieva", "told CWS", "direct")
att('c04', "it had set up 14 temporary shelters and was distributing drinking water, blankets and food", "Tarsanian Red Crescent Society", "said", "indirect")
att('c04', "the most urgent needs were clean water and medicine", "Tarsanian Red Crescent Society", "A spokeswoman for the society said", "indirect")
att('c04', "it was in contact with the authorities and ready to provide support if asked", "office of the United Nations resident coordinator", "said", "indirect")
att('c04', "more rain was expected in the south until Wednesday", "State Hydrometeorological Service", "said", "indirect")
att('c04', "further mudflows in mountain areas", "State Hydrometeorological Service", "warned of", "indirect")
att('c04', "floods in the same province killed 11 people", "government figures", "according to government figures", "indirect")
att('c04', "nearly 40% of Tarsania's irrigation structures needed urgent repair", "Asian Development Bank", "estimated", "indirect")
att('c04', "the government had ignored warnings about the dam", "Aibek Sultanov", "said", "indirect")
att('c04', "about 3,500 hectares of farmland had been flooded", "Bolot Zhumabaev", "said", "indirect")
att('c04', "the government would compensate farmers for lost crops", "Bolot Zhumabaev", "said", "indirect")
att('c04', "relies on irrigated farming for about a fifth of its economic output", "World Bank", "according to the World Bank", "indirect")
# c05 -- same event, other outlet; curly quotes, continuation after narration, denial
att('c05', "The death toll from the dam burst in Dzhalal-Oi region has risen to 27", "regional health department", "the regional health department said on Tuesday morning", "indirect")
att('c05', "were ignored", "residents", "residents say", "indirect")
att('c05', "Nine people are still missing", "Emergencies Ministry", "according to the Emergencies Ministry", "indirect")
att('c05', "heroic, selfless work", "Daniyar Seytkali", "praised what he called the", "direct")
att('c05', "Our rescuers have not slept for three days. Thanks to their courage, 212 people were brought out alive,", "Daniyar Seytkali", "he told journalists", "direct")
att('c05', "This was not a natural disaster. This was criminal negligence,", "Kubanych Toktogulov", "said", "direct")
att('c05', "Everyone in the village knew the dam was leaking. We wrote to the district akimat two years ago. Nobody came.", "Kubanych Toktogulov", "said", "direct")
att('c05', "they had complained to local officials about water seeping through the base of the dam", "Several other residents", "Several other residents told Tarsania Today", "indirect")
att('c05', "the complaints had been ignored", "Bakyt Osmonov", "denied", "indirect")
att('c05', "Specialists from the water resources ministry inspected the dam and found no danger,", "Bakyt Osmonov", "Osmonov said by telephone", "direct")
att('c05', "Nobody could have predicted this amount of rain.", "Bakyt Osmonov", "Osmonov said by telephone", "direct")
att('c05', "the dam was inspected in 2021", "Ministry of Water Resources", "The Ministry of Water Resources has said", "indirect")
att('c05', "every family will receive help and every guilty person will answer before the law", "Asylbek Nurmanov", "promised", "direct")
att('c05', "the president had ordered “decisive measures” to restore housing before winter", "presidential press service", "The presidential press service said", "indirect")
att('c05', "A government commission headed by First Deputy Prime Minister Rustam Aliev will report within a month", "presidential press service", "the press service said", "indirect")
att('c05', "We lost everything. The house, the cow, the documents, everything,", "Gulnara Abdieva", "she said", "direct")
att('c05', "I keep thinking: if the water had come one hour later, we would all be dead.", "Gulnara Abdieva", "she said", "direct")
att('c05', "clean drinking water remained the main need", "Red Crescent", "The Red Crescent said on its Telegram channel", "indirect")
att('c05', "a tragedy that was written in advance", "Aibek Sultanov", "called the disaster", "direct")
att('c05', "the resignation of the water resources minister", "Aibek Sultanov", "demanded", "indirect")
att('c05', "For ten years this government has spent money on monuments and fountains while the dams rotted,", "Aibek Sultanov", "he wrote on Facebook", "direct")
att('c05', "mudflows killed more than 40 people in the same region", "Emergencies Ministry", "according to the Emergencies Ministry", "indirect")
# c06 -- opinion column: quotes embedded in the author's argument
att('c06', "the council has issued 11,400 fines at £70 a time", "Harbridge council", "according to figures it was forced to release", "indirect")
att('c06', "the scheme had reduced traffic on residential roads by 38 per cent", "Harbridge council", "A spokeswoman told me", "indirect")
att('c06', "a last resort, not a revenue stream", "Harbridge council", "A spokeswoman told me", "direct")
att('c06', "The aim is to change behaviour, and the early data show that it is working,", "Harbridge council", "she said", "direct")
att('c06', "My takings are down by a third,", "Dev Patel", "he told me", "direct")
att('c06', "People used to stop on the way home. Now they can’t get here, so they go to the big supermarket instead.", "Dev Patel", "he told me", "direct")
att('c06', "14 of its 40 members have reported falling sales, and two have put their premises up for lease", "Westgate Traders’ Association", "The Westgate Traders’ Association says", "indirect")
att('c06', "more than 2,000 residents", "Harbridge council", "The council claims it heard from", "direct")
att('c06', "critics were “spreading misinformation”", "Imogen Tate", "told a public meeting", "indirect")
att('c06', "the scheme would be reviewed after six months", "Imogen Tate", "told a public meeting", "indirect")
att('c06', "low-traffic schemes cut car use across whole boroughs", "Institute for Urban Mobility", "which claims", "indirect")
att('c06', "rushed and badly explained", "anonymous Labour councillor", "admitted to me", "direct")
att('c06', "We are getting hammered on the doorstep,", "anonymous Labour councillor", "the councillor said", "direct")
att('c06', "the cameras to be switched off immediately pending a full review", "Martin Crowe", "has called for", "indirect")
# c07 -- interview with name-labelled turns
att('c07', "a breathless, furious ride through a city that never sleeps", "Toronto festival programmers", "have described it as", "direct")
att('c07', "Nothing about it was a choice. We had the money for 23 days, so we had 23 days.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "Badly, at first. The first week was a disaster.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "If they stop us again, we are putting the police in the film.", "Tunde Bakare", "said to me", "direct")
att('c07', "I'm not going to answer that. Everyone who has shot a film in Lagos knows the answer.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "a foreigner's idea of Nigeria", "One reviewer", "One reviewer called it", "direct")
att('c07', "Of course it hurt. I read it on my phone at the airport and I cried in the toilets.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "People outside think Nollywood is one thing. It is a hundred things.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "It terrifies me. Two years ago everybody wanted an African story.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "re-evaluating the region", "streaming executives", "the executives tell us they are", "direct")
att('c07', "Partly. Sixty per cent came from private investors in Lagos, the rest from a Canadian co-producer.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "the most decisive director I have worked with", "Claire Dubois", "says", "direct")
att('c07', "She knows what she wants before she walks on set,", "Claire Dubois", "Dubois told Screenline", "direct")
att('c07', "On a 23-day shoot, that is worth more than money.", "Claire Dubois", "Dubois told Screenline", "direct")
att('c07', "Northlight had already agreed to back Adebayo's next project", "Claire Dubois", "Dubois added", "indirect")
att('c07', "It is six years old and the fan sounds like a generator.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "Make the film with what you have. Don't wait for permission, and don't wait for a grant.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "Half of directing is knowing where the money went.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "Sleep. Then a comedy, I think.", "Funmilayo Adebayo", "ADEBAYO:", "interview answer")
att('c07', "I only make sad films", "Adebayo's mother", "My mother says", "indirect")
# c08 -- science news: study, authors, independent experts, council
att('c08', "Artificial light at night may be disrupting the daily rhythms of bumblebees, potentially reducing how much food their colonies gather", "Flanders Institute of Ecology researchers", "according to a new study from Belgium", "indirect")
att('c08', "Colonies at the brightest sites made about 18% fewer foraging trips per day than those in darker parks and gardens, and returning workers carried on average 12% less pollen", "Flanders Institute of Ecology researchers", "the team reports", "indirect")
att('c08', "Our results suggest that light pollution could be an underappreciated stress for pollinators in cities,", "Elise Van Damme", "said lead author Dr. Elise Van Damme", "direct")
att('c08', "But I want to be careful. We see an association, and we have some evidence for a mechanism, but this is one city and two summers.", "Elise Van Damme", "said lead author Dr. Elise Van Damme", "direct")
att('c08', "street lighting may shift the bees' internal clocks", "Flanders Institute of Ecology researchers", "The researchers propose", "indirect")
att('c08', "the effect appeared strongest under older orange sodium lamps and under white LEDs with a high blue component", "Elise Van Damme", "Van Damme said", "indirect")
att('c08', "they did not follow the colonies through the winter", "Flanders Institute of Ecology researchers", "The authors stress", "indirect")
att('c08', "the study was carefully done but could not yet separate light from other features of city life", "Martin Keane", "said", "indirect")
att('c08', "It's a neat study, and the tracking work is impressive,", "Martin Keane", "he said", "direct")
att('c08', "But brightly lit areas in a city are also busier, hotter and often have fewer flowers.", "Martin Keane", "he said", "direct")
att('c08', "Teasing light apart from everything else that comes with urbanisation is really hard.", "Martin Keane", "he said", "direct")
att('c08', "they controlled for flower density and temperature around each site", "Flanders Institute of Ecology researchers", "The authors say", "indirect")
att('c08', "they could not rule out other factors, such as traffic noise or pesticide use in nearby gardens", "Flanders Institute of Ecology researchers", "acknowledge", "indirect")
att('c08', "the findings were consistent with earlier work on moths", "Amara Osei", "said", "indirect")
att('c08', "If bumblebees turn out to be affected too, that would matter more, because they pollinate a lot of our crops,", "Amara Osei", "she said", "direct")
att('c08', "Nearly a quarter of Europe's bumblebee species are threatened with extinction", "continent-wide assessment published in 2014", "according to a continent-wide assessment published in 2014", "indirect")
att('c08', "it was already replacing about 3,000 street lamps with dimmable LEDs", "Ghent city council", "Ghent city council said in a statement", "indirect")
att('c08', "look closely", "Ghent city council", "Ghent city council said in a statement", "direct")
att('c08', "Lamps near parks could be dimmed after midnight under a revised lighting plan", "Ghent city council", "a council spokesman said", "indirect")
att('c08', "the next step was to repeat the experiment in several cities", "Elise Van Damme", "Van Damme said", "indirect")
att('c08', "The good news is that light pollution is one of the easiest environmental problems to fix,", "Elise Van Damme", "she said", "direct")
att('c08', "You can turn a light off tonight. You can't do that with a pesticide.", "Elise Van Damme", "she said", "direct")

aliases = [
 dict(file=F['c01'], speaker="Gloria Hendricks", spellings=["Mayor Gloria Hendricks", "Hendricks", "the mayor"]),
 dict(file=F['c01'], speaker="Robert Asante", spellings=["City Manager Robert Asante", "Asante", "The city manager"]),
 dict(file=F['c01'], speaker="Teresa Lin", spellings=["Councilwoman Teresa Lin", "Lin"]),
 dict(file=F['c01'], speaker="Frank Deluca", spellings=["Councilman Frank Deluca", "Deluca"]),
 dict(file=F['c01'], speaker="Mike Rourke", spellings=["Sgt. Mike Rourke", "Rourke"]),
 dict(file=F['c01'], speaker="Keisha Bradford", spellings=["Bradford"]),
 dict(file=F['c01'], speaker="Millbrook Police Department", spellings=["the police department"]),
 dict(file=F['c02'], speaker="Paulo Meireles", spellings=["Almirante coach Paulo Meireles", "Meireles"]),
 dict(file=F['c02'], speaker="Steve Calloway", spellings=["Manager Steve Calloway", "Calloway"]),
 dict(file=F['c02'], speaker="Marcos Pinheiro", spellings=["Tavares’s agent, Marcos Pinheiro", "Pinheiro"]),
 dict(file=F['c02'], speaker="CD Almirante", spellings=["Almirante", "The club", "the Portuguese club"]),
 dict(file=F['c02'], speaker="Lukas Brenner", spellings=["Rheinstadt sporting director Lukas Brenner"]),
 dict(file=F['c02'], speaker="Nuno Valente", spellings=["Former Almirante captain Nuno Valente", "Valente"]),
 dict(file=F['c03'], speaker="Karin Holm", spellings=["Veridane chief executive Dr. Karin Holm", "Holm"]),
 dict(file=F['c03'], speaker="Anil Mehta", spellings=["Chief medical officer Dr. Anil Mehta", "Mehta"]),
 dict(file=F['c03'], speaker="Priya Raman", spellings=["Jefferson Hale analyst Priya Raman"]),
 dict(file=F['c03'], speaker="Tomasz Kowal", spellings=["Dr. Tomasz Kowal", "Kowal"]),
 dict(file=F['c03'], speaker="Veridane Therapeutics", spellings=["Veridane", "the Boston-based biotech", "the company", "A Veridane spokesperson"]),
 dict(file=F['c04'], speaker="Daniyar Seitkali", spellings=["ministry spokesman Daniyar Seitkali", "Seitkali"]),
 dict(file=F['c04'], speaker="Ministry of Emergency Situations", spellings=["the ministry"]),
 dict(file=F['c04'], speaker="Tarsanian Red Crescent Society", spellings=["A spokeswoman for the society", "the society"]),
 dict(file=F['c04'], speaker="Aibek Sultanov", spellings=["Opposition lawmaker Aibek Sultanov"]),
 dict(file=F['c04'], speaker="Bolot Zhumabaev", spellings=["Agriculture Minister Bolot Zhumabaev"]),
 dict(file=F['c05'], speaker="Daniyar Seytkali", spellings=["Emergencies Ministry spokesman Daniyar Seytkali"]),
 dict(file=F['c05'], speaker="Bakyt Osmonov", spellings=["The head of the district administration, Bakyt Osmonov", "Osmonov"]),
 dict(file=F['c05'], speaker="Asylbek Nurmanov", spellings=["President Asylbek Nurmanov", "the president"]),
 dict(file=F['c05'], speaker="Aibek Sultanov", spellings=["Opposition MP Aibek Sultanov"]),
 dict(file=F['c05'], speaker="presidential press service", spellings=["the press service"]),
 dict(file=F['c06'], speaker="Imogen Tate", spellings=["Councillor Imogen Tate", "Ms Tate"]),
 dict(file=F['c06'], speaker="Harbridge council", spellings=["The council", "A spokeswoman"]),
 dict(file=F['c06'], speaker="anonymous Labour councillor", spellings=["One Labour councillor", "the councillor"]),
 dict(file=F['c07'], speaker="Funmilayo Adebayo", spellings=["ADEBAYO", "Adebayo"]),
 dict(file=F['c07'], speaker="Claire Dubois", spellings=["Dubois"]),
 dict(file=F['c07'], speaker="Tunde Bakare", spellings=["My producer, Tunde Bakare"]),
 dict(file=F['c08'], speaker="Elise Van Damme", spellings=["lead author Dr. Elise Van Damme", "Van Damme"]),
 dict(file=F['c08'], speaker="Martin Keane", spellings=["Prof. Martin Keane"]),
 dict(file=F['c08'], speaker="Amara Osei", spellings=["Dr. Amara Osei"]),
 dict(file=F['c08'], speaker="Flanders Institute of Ecology researchers", spellings=["Researchers at the Flanders Institute of Ecology", "the team", "The researchers", "The authors"]),
 dict(file=F['c08'], speaker="Ghent city council", spellings=["a council spokesman"]),
]
for a in aliases:
    k = [x for x, v in F.items() if v == a['file']][0]
    for s in a['spellings']:
        pos(k, s)

EV = []
def ev(k, text, cat, voice):
    d = span(k, text); d.update(category=cat, voice=voice); EV.append(d)
# c01
ev('c01', "pleaded", "emotive", "author")
ev('c01', "sharp response", "intensifier", "author")
ev('c01', "It is wasting the money we already spent", "pejorative", "quoted")
ev('c01', "papering over a structural deficit", "pejorative", "quoted")
# c02
ev('c02', "sensational", "puffery", "author")
ev('c02', "wonderkid", "puffery", "author")
ev('c02', "hijack", "loaded label", "author")
ev('c02', "disrespectful", "pejorative", "quoted")
ev('c02', "fed up", "emotive", "quoted")
ev('c02', "hit back", "emotive", "author")
ev('c02', "dramatic twist", "emotive", "author")
ev('c02', "lurking", "loaded label", "author")
ev('c02', "world-class talent", "puffery", "quoted")
# c03
ev('c03', "game-changing", "puffery", "quoted")
ev('c03', "shares soar", "intensifier", "author")
ev('c03', "unprecedented", "puffery", "quoted")
ev('c03', "landmark results", "puffery", "quoted")
ev('c03', "best-in-class", "puffery", "author")
ev('c03', "transformative data", "puffery", "quoted")
ev('c03', "redefine the standard of care", "puffery", "quoted")
ev('c03', "first truly convenient", "puffery", "quoted")
ev('c03', "remarkably clean", "puffery", "quoted")
ev('c03', "multibillion-dollar asset", "puffery", "quoted")
ev('c03', "critical time", "emotive", "author")
# c05
ev('c05', "grieving families", "emotive", "author")
ev('c05', "anger grew", "emotive", "author")
ev('c05', "heroic, selfless work", "puffery", "quoted")
ev('c05', "Thanks to their courage", "puffery", "quoted")
ev('c05', "criminal negligence", "loaded label", "quoted")
ev('c05', "the promises came too late", "pejorative", "author")
ev('c05', "a tragedy that was written in advance", "emotive", "quoted")
ev('c05', "while the dams rotted", "pejorative", "quoted")
ev('c05', "decisive measures", "puffery", "quoted")
# c06
ev('c06', "lunacy", "pejorative", "author")
ev('c06', "eco-zealots", "loaded label", "author")
ev('c06', "declared war on the motorist", "loaded label", "author")
ev('c06', "Make no mistake", "certainty marker", "author")
ev('c06', "so-called", "loaded label", "author")
ev('c06', "Everyone knows it", "certainty marker", "author")
ev('c06', "sanctimonious", "pejorative", "author")
ev('c06', "cheerleaders in the cycling lobby", "loaded label", "author")
ev('c06', "lecturing the rest of us", "pejorative", "author")
ev('c06', "The facts are brutal", "certainty marker", "author")
ev('c06', "squeezed out of ordinary drivers", "loaded label", "author")
ev('c06', "cash cow", "pejorative", "author")
ev('c06', "much-vaunted", "pejorative", "author")
ev('c06', "shambles", "pejorative", "author")
ev('c06', "spreading misinformation", "pejorative", "quoted")
ev('c06', "so-called experts", "loaded label", "author")
ev('c06', "Of course they do", "certainty marker", "author")
ev('c06', "bite the hand that feeds it", "pejorative", "author")
ev('c06', "The truth is", "certainty marker", "author")
ev('c06', "vanity project dressed up as environmentalism", "pejorative", "author")
ev('c06', "undeniably", "certainty marker", "author")
ev('c06', "getting cold feet", "emotive", "author")
ev('c06', "rushed and badly explained", "pejorative", "quoted")
ev('c06', "getting hammered on the doorstep", "emotive", "quoted")
ev('c06', "absolutely right", "intensifier", "author")
ev('c06', "divisive experiment", "pejorative", "author")
ev('c06', "ideological crusade", "loaded label", "author")
# c07
ev('c07', "a breathless, furious ride", "puffery", "quoted")
ev('c07', "The first week was a disaster", "pejorative", "quoted")
ev('c07', "celebrated abroad", "puffery", "author")
ev('c07', "harsh", "pejorative", "author")
ev('c07', "a foreigner's idea of Nigeria", "pejorative", "quoted")
ev('c07', "I cried in the toilets", "emotive", "quoted")
ev('c07', "brilliant, crazy films", "puffery", "quoted")
ev('c07', "It terrifies me", "emotive", "quoted")
ev('c07', "the most decisive director I have worked with", "puffery", "quoted")
# c08
ev('c08', "carefully done", "puffery", "quoted")
ev('c08', "neat study", "puffery", "quoted")
ev('c08', "the tracking work is impressive", "puffery", "quoted")
ev('c08', "really hard", "intensifier", "quoted")
ev('c08', "The good news", "emotive", "quoted")

NE = [span(k, t) for k, t in [
 ('c01', "failed Tuesday night to agree"),
 ('c01', "understaffed"),
 ('c01', "The council voted 4-3 to table the budget"),
 ('c02', "rejected a second bid"),
 ('c03', "serious adverse events"),
 ('c03', "boxed warnings for cardiovascular risks"),
 ('c03', "headache and nausea"),
 ('c04', "have killed at least 23 people"),
 ('c04', "forced more than 4,800 to leave their homes"),
 ('c04', "About 1,200 houses were flooded"),
 ('c04', "destroyed or badly damaged"),
 ('c04', "was washed away"),
 ('c04', "Eleven people remained missing"),
 ('c04', "a national day of mourning"),
 ('c04', "wells in the area had been contaminated"),
 ('c04', "needed urgent repair"),
 ('c05', "Nine people are still missing"),
 ('c05', "have been displaced"),
 ('c08', "may be disrupting the daily rhythms of bumblebees"),
 ('c08', "so that remains speculative"),
 ('c08', "Some experts urged caution."),
]]

CL = [span(k, t) for k, t in [
 ('c01', "The council voted 4-3 to table the budget until March 18, two weeks before the deadline set by the city charter."),
 ('c01', "The shortfall stems largely from a drop in income tax receipts after the closure of the Tri-County Packaging plant last summer, which employed about 600 people, according to a memo from City Manager Robert Asante's office."),
 ('c01', "Asante's proposed budget would close the Eastside Aquatic Center for the 2025 season, saving roughly $610,000, and cap police overtime at $1.1 million, down from $1.6 million last year."),
 ('c01', "She added that she would propose drawing $700,000 from the city's rainy-day fund, which stood at $5.3 million at the end of 2024."),
 ('c01', "Sgt. Mike Rourke, president of Fraternal Order of Police Lodge 14, told council members the department was already short nine officers."),
 ('c01', "According to the county auditor, a 1-mill levy would raise about $850,000 a year in Millbrook but would need voter approval."),
 ('c02', "Almirante have rejected a second bid worth €58million (£50m) plus €6m in add-ons, according to A Bola Hoje, and are holding out for close to €70m."),
 ('c02', "The club said in a statement that it “will not be pressured by agents or social media” and that Tavares was under contract until 2028 with a release clause of €90m."),
 ('c02', "Tavares joined Almirante from Brazilian side Juventude Paulista in 2022 for a reported €4m."),
 ('c02', "He scored 27 goals in 44 appearances last season and made his Brazil debut in March."),
 ('c03', "In the 312-patient trial, 34.6% of patients taking the higher 200 mg dose achieved clinical remission at week 12, compared with 11.2% of those on placebo, the Boston-based biotech said in a statement on Monday."),
 ('c03', "The lower 100 mg dose produced remission in 24.8% of patients."),
 ('c03', "According to the company, serious adverse events occurred in 2.9% of patients on the high dose and 3.2% of those on placebo."),
 ('c03', "Shares of Veridane (NASDAQ: VRDN) jumped 41% to $38.20 in premarket trading."),
 ('c03', "The results come at a critical time for Veridane, which had $212 million in cash at the end of March, enough to fund operations into late 2026, according to its most recent quarterly filing."),
 ('c03', "The company said in January it had cut 15% of its workforce."),
 ('c03', "Ulcerative colitis, a chronic inflammatory bowel disease, affects about 1.25 million people in the US, according to patient advocacy groups."),
 ('c04', "Flash floods triggered by the collapse of an irrigation dam have killed at least 23 people in southern Tarsania and forced more than 4,800 to leave their homes, the Ministry of Emergency Situations said on Monday."),
 ('c04', "Rescuers recovered 17 bodies in Kok-Jar and six in the neighbouring district of Ak-Bulak, ministry spokesman Daniyar Seitkali told reporters in the capital."),
 ('c04', "About 1,200 houses were flooded and 310 were destroyed or badly damaged, according to preliminary figures from the ministry."),
 ('c04', "The dam, built in 1974, was last inspected in 2021, the Ministry of Water Resources said in a statement."),
 ('c04', "In May 2019, floods in the same province killed 11 people, according to government figures."),
 ('c04', "A 2023 report by the Asian Development Bank estimated that nearly 40% of Tarsania's irrigation structures needed urgent repair."),
 ('c05', "Nine people are still missing, according to the Emergencies Ministry."),
 ('c05', "More than 5,000 people have been displaced and are staying in schools, mosques and tents or with relatives."),
 ('c05', "Tarsania Today has seen a copy of a letter dated 3 March 2023 and signed by 41 residents, asking the district administration to inspect the structure."),
 ('c05', "The Ministry of Water Resources has said the dam was inspected in 2021."),
 ('c05', "This is the deadliest flood in the country since 1998, when mudflows killed more than 40 people in the same region, according to the Emergencies Ministry."),
 ('c06', "Since the planters and cameras went up on 10 February, the council has issued 11,400 fines at £70 a time, according to figures it was forced to release after a freedom of information request."),
 ('c06', "The Westgate Traders’ Association says 14 of its 40 members have reported falling sales, and two have put their premises up for lease."),
 ('c06', "What it does not shout about is that 61 per cent of those who responded opposed the scheme."),
 ('c06', "The institute is part-funded by cycling charities."),
 ('c07', "She studied accountancy at the University of Ibadan, worked for four years at a bank on Victoria Island, and shot her first short film on a borrowed camera at weekends."),
 ('c07', "Her debut feature, Owo (2018), was made for about $40,000 and was bought by a streaming service after a festival screening in Durban."),
 ('c07', "Sixty per cent came from private investors in Lagos, the rest from a Canadian co-producer."),
 ('c07', "Danfo premieres at the Toronto International Film Festival on 7 September."),
 ('c08', "Researchers at the Flanders Institute of Ecology placed 48 commercially reared colonies of buff-tailed bumblebees (Bombus terrestris) at sites across Ghent with different levels of night-time lighting and tracked the bees' comings and goings with tiny radio tags over two summers."),
 ('c08', "Colonies at the brightest sites made about 18% fewer foraging trips per day than those in darker parks and gardens, and returning workers carried on average 12% less pollen, the team reports in the journal Urban Ecology Letters."),
 ('c08', "In a smaller laboratory experiment described in the same paper, bees kept under dim light at night began foraging on average 40 minutes later than controls."),
 ('c08', "Nearly a quarter of Europe's bumblebee species are threatened with extinction, according to a continent-wide assessment published in 2014."),
 ('c08', "Ghent city council said in a statement that it was already replacing about 3,000 street lamps with dimmable LEDs and would \"look closely\" at the study."),
]]

NC = [span(k, t) for k, t in [
 ('c01', "Show me where the money comes from."),
 ('c01', "I am not saying that to scare anybody."),
 ('c02', "Seventy million for a boy who has played two seasons?"),
 ('c02', "Take it, and say thank you,"),
 ('c03', "This article includes information from a company press release."),
 ('c05', "In Kokzhar, the mood was different."),
 ('c05', "If you have information about the dam, write to us at tips@tarsaniatoday.org."),
 ('c06', "Working for whom?"),
 ('c06', "Six months!"),
 ('c06', "By then, how many more shops will have shut their doors?"),
 ('c06', "Harbridge council should listen to the people who actually live and work in Westgate, scrap this divisive experiment, and give the streets back to those who pay for them."),
 ('c07', "SCREENLINE: You shot Danfo in 23 days. Was that a choice?"),
 ('c07', "I'm not going to answer that."),
 ('c07', "The conversation has been edited for length and clarity."),
 ('c08', "Sign up for the Field Notes newsletter, a weekly dose of discovery."),
]]

def m(k, t): return span(k, t)
EVENTS = [
 dict(id="tarsania-dam-failure", label="Failure of the irrigation dam above Kok-Jar/Kokzhar, April 2025", mentions=[
   m('c04', "The earthen dam on the Kara-Suu River near the village of Kok-Jar in Jalal-Oy province gave way early on Sunday"),
   m('c05', "The dam on the Karasu river burst late on Saturday night, 12 April")]),
 dict(id="tarsania-death-toll", label="Death toll of the floods", mentions=[
   m('c04', "have killed at least 23 people in southern Tarsania"),
   m('c05', "The death toll from the dam burst in Dzhalal-Oi region has risen to 27")]),
 dict(id="tarsania-missing", label="People missing after the floods", mentions=[
   m('c04', "Eleven people remained missing"), m('c05', "Nine people are still missing")]),
 dict(id="tarsania-displaced", label="People forced from their homes", mentions=[
   m('c04', "forced more than 4,800 to leave their homes"),
   m('c05', "More than 5,000 people have been displaced")]),
 dict(id="tarsania-dam-history", label="Age and last inspection of the dam", mentions=[
   m('c04', "The dam, built in 1974, was last inspected in 2021"),
   m('c05', "which was built in 1976"),
   m('c05', "The Ministry of Water Resources has said the dam was inspected in 2021")]),
 dict(id="tarsania-commission", label="The government commission into the collapse", mentions=[
   m('c04', "ordered the government to set up a commission to investigate the cause of the collapse"),
   m('c05', "A government commission headed by First Deputy Prime Minister Rustam Aliev will report within a month")]),
 dict(id="tarsania-opposition", label="Opposition lawmaker Aibek Sultanov blames the government", mentions=[
   m('c04', "Opposition lawmaker Aibek Sultanov said the government had ignored warnings about the dam"),
   m('c05', "Opposition MP Aibek Sultanov called the disaster")]),
 dict(id="tarsania-abdieva", label="Gulnara Abdieva sheltering at a school in Ak-Bulak/Akbulak", mentions=[
   m('c04', "told CWS by telephone from a school in Ak-Bulak where she was sheltering with her two children"),
   m('c05', "At the school in Akbulak, where about 600 people are sleeping on classroom floors, Gulnara Abdieva sat with her two children")]),
 dict(id="tarsania-red-crescent", label="Red Crescent relief and the need for clean water", mentions=[
   m('c04', "the most urgent needs were clean water and medicine"),
   m('c05', "clean drinking water remained the main need")]),
 dict(id="tarsania-rescue", label="The rescue operation", mentions=[
   m('c04', "We have deployed 640 personnel, four helicopters and heavy equipment"),
   m('c05', "Thanks to their courage, 212 people were brought out alive")]),
]

TV = [
 dict(referent="the failure of the Kara-Suu/Karasu dam", variants=[
   m('c04', "collapse of an irrigation dam"), m('c04', "gave way"),
   m('c05', "dam burst"), m('c05', "the disaster")]),
 dict(referent="people forced from their homes", variants=[
   m('c04', "forced more than 4,800 to leave their homes"), m('c05', "displaced")]),
 dict(referent="Tarsania's emergencies ministry", variants=[
   m('c04', "Ministry of Emergency Situations"), m('c05', "Emergencies Ministry")]),
 dict(referent="Aibek Sultanov's office", variants=[
   m('c04', "Opposition lawmaker"), m('c05', "Opposition MP")]),
 dict(referent="Harbridge's Westgate traffic scheme", variants=[
   m('c06', "low-traffic neighbourhood"), m('c06', "the scheme"), m('c06', "this shambles"),
   m('c06', "a vanity project"), m('c06', "this divisive experiment"), m('c06', "the rollout")]),
 dict(referent="VRD-417", variants=[
   m('c03', "colitis pill"), m('c03', "oral drug VRD-417"), m('c03', "once-daily pill VRD-417"), m('c03', "a multibillion-dollar asset")]),
]

PS = [
 dict(place="Kok-Jar", spellings=[m('c04', "Kok-Jar"), m('c05', "Kokzhar")]),
 dict(place="Jalal-Oy", spellings=[m('c04', "Jalal-Oy"), m('c05', "Dzhalal-Oi")]),
 dict(place="Kara-Suu River", spellings=[m('c04', "Kara-Suu River"), m('c05', "Karasu river")]),
 dict(place="Ak-Bulak", spellings=[m('c04', "Ak-Bulak"), m('c05', "Akbulak")]),
]

DI = [
 dict(event="tarsania-dam-failure", detail="when the dam failed", values=[m('c04', "early on Sunday"), m('c05', "late on Saturday night, 12 April")]),
 dict(event="tarsania-dam-history", detail="year the dam was built", values=[m('c04', "built in 1974"), m('c05', "built in 1976")]),
 dict(event="tarsania-death-toll", detail="number of dead (c05 is a day later and says the toll 'has risen')", values=[m('c04', "at least 23 people"), m('c05', "has risen to 27")]),
 dict(event="tarsania-missing", detail="number of missing", values=[m('c04', "Eleven people"), m('c05', "Nine people")]),
 dict(event="tarsania-displaced", detail="number forced from their homes", values=[m('c04', "more than 4,800"), m('c05', "More than 5,000 people")]),
]

gold = {
 "about": "Second blind test set: eight fictional articles written without reference to the engine; annotations made by hand. Offsets are character offsets into the file as stored (UTF-8 decoded). 'start' is the first occurrence of 'text'. c04 (a wire story) and c05 (an independent national outlet) report the same (fictional) dam failure in Tarsania, with different place spellings and some conflicting figures. Hedges ('may', 'could', 'suggests') are not an evaluative category in this format; a few are listed under not_evaluative.",
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

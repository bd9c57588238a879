import json, os, sys
import pathlib
D = str(pathlib.Path(__file__).parent / 'articles')
F = {
 'b01': 'b01_meridian_qadira_election.txt',
 'b02': 'b02_maghreb_monitor_qap_translation.txt',
 'b03': 'b03_chronicle_hospice_fraud_trial.txt',
 'b04': 'b04_nwn_kenya_drought_explainer.txt',
 'b05': 'b05_gadgetledger_lumora_halo.txt',
 'b06': 'b06_dailybuzz_carrington_split.txt',
 'b07': 'b07_folio_carvalho_interview.txt',
 'b08': 'b08_herald_view_library_closures.txt',
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
 dict(file=F['b01'], title="Qadira election: ruling party claims victory as turnout slumps and youth activists boycott vote",
      outlet="The Meridian", outlet_aliases=["Meridian", "The Meridian Media Group"],
      author="Ana Ruiz and Tom Hale", author_note="two authors; byline 'Ana Ruiz and Tom Hale in Qasr al-Bahr'",
      date="2024-05-13", dateline=None, dateline_note="no dateline; the location is in the byline ('in Qasr al-Bahr')",
      genre="news",
      evidence=["Ana Ruiz and Tom Hale in Qasr al-Bahr", "Updated 14:02 GMT, 13 May 2024", "told the Meridian", "© 2024 The Meridian Media Group. All rights reserved."],
      boilerplate=lines_check('b01', ["Skip to main content", "The Meridian", "World  UK  Business  Climate  Opinion  Sport  Culture  Lifestyle", "Africa",
        "Share this article", "Facebook  X  WhatsApp  Email  Copy link",
        "Image caption, Supporters of the National Renewal Party celebrate outside the party's headquarters in Qasr al-Bahr on Sunday night",
        "Image source, Reuters", "Advertisement", "Read more: Qadira's bread protests, two years on", "Read more: Who are the Karama Youth Movement?",
        "Sign up for our Africa Briefing newsletter", "Get the week's biggest stories from across the continent, every Friday.",
        "Topics", "Qadira", "Elections", "© 2024 The Meridian Media Group. All rights reserved."])),
 dict(file=F['b02'], title="National Renewal Party wins legislative elections; turnout “honourable”, electoral authority says",
      outlet="Maghreb Monitor", outlet_note="an aggregator republishing, in translation, a dispatch of the state agency Qadira Presse Agency (QAP)",
      outlet_aliases=["MAGHREB MONITOR", "Qadira Presse Agency", "QAP"],
      author=None, author_note="'Posted by Maghreb Monitor Desk' (a desk, not a person); the reporting is QAP's",
      date="2024-05-13", date_note="13/05/2024 is day/month; the dateline says May 13",
      dateline="KSAR EL BAHR", genre="news", genre_note="translated state-agency dispatch",
      evidence=["Posted by Maghreb Monitor Desk", "13/05/2024", "KSAR EL BAHR, May 13 (QAP) -", "the agency reported",
                "Source: Qadira Presse Agency (QAP). Unofficial translation from the French by Maghreb Monitor."],
      boilerplate=lines_check('b02', ["MAGHREB MONITOR", "North Africa and the Sahel, in translation",
        "Home | Qadira | Algeria | Libya | Morocco | Sahel | Translations | About",
        "This site uses cookies to analyse traffic and remember your preferences. By continuing to browse, you accept our use of cookies. [Accept] [Learn more]",
        "TRANSLATIONS / QADIRA",
        "Source: Qadira Presse Agency (QAP). Unofficial translation from the French by Maghreb Monitor.",
        "Translator’s note: QAP is Qadira’s state news agency. Maghreb Monitor publishes translations of official dispatches for information purposes; publication does not imply endorsement.",
        "Tags: Qadira, elections 2024, QAP, Interior Ministry", "Related translations",
        "Qadira: Head of Government receives IMF delegation (QAP, 02/05/2024)",
        "Qadira: Interior Ministry warns against “calls for chaos” (QAP, 10/05/2024)",
        "© 2024 Maghreb Monitor. All rights reserved. Translations may be reproduced with attribution."])),
 dict(file=F['b03'], title="Hospice finance chief ‘siphoned £1.4m to feed gambling habit’, jury told",
      outlet="The West Country Chronicle", outlet_aliases=["West Country Chronicle", "West Country Chronicle Ltd"],
      author="Gemma Pike", author_note="byline 'Gemma Pike, Courts Reporter'",
      date="2024-05-03", date_note="03/05/2024 is day/month (UK outlet); the case opened 'on Thursday' and the witness gave evidence 'on Friday'",
      dateline=None, genre="news", genre_note="court report",
      evidence=["Gemma Pike, Courts Reporter", "03/05/2024", "Copyright 2024 West Country Chronicle Ltd. All rights reserved."],
      boilerplate=lines_check('b03', ["The West Country Chronicle", "News | Sport | Business | Crime & Courts | What's On | Property | Jobs", "Crime & Courts",
        "Share", "Facebook  Twitter  Email", "Advertisement", "Got a story? Contact our newsdesk on 0117 496 0000.",
        "Comments have been disabled on this article for legal reasons.", "Most Read",
        "1. Roadworks to close M32 junction for six weekends", "2. Harbourside restaurant wins national award",
        "Copyright 2024 West Country Chronicle Ltd. All rights reserved."])),
 dict(file=F['b04'], title="Kenya drought: Why is the north running out of water?",
      outlet="NWN", outlet_aliases=["NWN News"],
      author="Wanjiru Kamau", author_note="byline 'Wanjiru Kamau / NWN News, Nairobi'",
      date="2024-04-08", dateline=None, dateline_note="no dateline; 'NWN News, Nairobi' is the byline's location",
      genre="explainer",
      evidence=["Published", "8 April 2024", "Wanjiru Kamau", "NWN News, Nairobi", "she told NWN"],
      boilerplate=lines_check('b04', ["NWN", "Home  News  Climate  Africa  Business  Health  Video  Sounds", "Africa", "Published", "Share", "Save",
        "Image source, Getty Images",
        "Image caption, Herders in Marsabit county say they now walk up to 20km a day to reach the few boreholes that still work",
        "Image source, Reuters", "Image caption, A water truck arrives at a village in Wajir county",
        "Related Topics", "Kenya", "Droughts", "Climate change", "More on this story",
        "Kenya's herders count the cost of a third failed season", "What is El Niño and how does it affect the weather?",
        "Copyright 2024 NWN. NWN is not responsible for the content of external sites."])),
 dict(file=F['b05'], title="Lumora Halo is here, and it might finally make smart glasses cool",
      outlet="GadgetLedger", outlet_aliases=["GADGETLEDGER", "GadgetLedger Media Inc."],
      author="Priya Natarajan", date="2024-05-03", date_note="'May 3, 2024 at 2:02 p.m. EDT'",
      dateline="SAN JOSE, Calif.", genre="news", genre_note="launch news mixed with a first-person hands-on verdict ('Our take')",
      evidence=["Posted by Priya Natarajan | May 3, 2024 at 2:02 p.m. EDT", "SAN JOSE, Calif. —"],
      boilerplate=lines_check('b05', ["We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. Accept all cookies | Manage preferences",
        "GADGETLEDGER", "Reviews  News  Deals  How-To  Podcasts  Newsletters", "News › Wearables",
        "GadgetLedger may earn a commission when you buy through links on our site.", "Share: Facebook | X | Reddit | Email",
        "Advertisement", "Read more: The best smart glasses of 2024, tested", "Read more: Lumora Band 3 review: the fitness tracker to beat",
        "Sign up for the GadgetLedger Daily newsletter", "The biggest tech stories, reviews and deals, in your inbox every morning.",
        "Comments (42)", "© 2024 GadgetLedger Media Inc. All rights reserved."])),
 dict(file=F['b06'], title="Pop princess Jade Carrington ‘devastated’ as footballer husband Tyler Brookes ‘moves out’ of £6m mansion after shock split",
      title_note="preceded by the kicker 'HEARTBREAK FOR JADE'",
      outlet="The Daily Buzz", outlet_aliases=["THE DAILY BUZZ", "The Buzz", "Buzz Media Group Ltd"],
      author="Kerry Dawes", author_note="byline 'Words: Kerry Dawes'",
      date="2024-04-21", date_note="'Updated: 09:41, 21 Apr 2024'", dateline=None,
      genre="news", genre_note="tabloid celebrity story",
      evidence=["Words: Kerry Dawes", "Updated: 09:41, 21 Apr 2024", "A pal told The Buzz"],
      boilerplate=lines_check('b06', ["THE DAILY BUZZ", "Showbiz | TV | Music | Royals | Fabulous | Puzzles", "SHOWBIZ",
        "Share on Facebook", "Share on X", "Share by email", "Advertisement",
        "Do you have a story for The Buzz Showbiz team? Email us at exclusive@thedailybuzz.co.uk or call 020 7946 0321.",
        "MOST READ IN SHOWBIZ", "Reality star’s secret wedding revealed", "Soap legend quits after 20 years",
        "Comments", "Join the conversation", "Copyright 2024 Buzz Media Group Ltd. All rights reserved."])),
 dict(file=F['b07'], title="‘The orchestra always knows when you are lying’: Inés Carvalho on fifty years with the baton",
      outlet="Folio", outlet_aliases=["FOLIO", "Folio Publishing Ltd"],
      author="Daniel Osei", author_note="'Interview by Daniel Osei'; 'Photographs by Lena Vogt' is a photo credit, not the author",
      date="2024-06-14", dateline=None, genre="interview", interviewee="Inés Carvalho",
      evidence=["Interview by Daniel Osei", "Published 14 June 2024 · 14 min read", "© Folio Publishing Ltd 2024"],
      boilerplate=lines_check('b07', ["FOLIO", "The magazine of ideas, art and life", "Subscribe | Sign in", "Music | The Long Read",
        "More from The Long Read", "The last lighthouse keepers of the Hebrides", "Why we still can’t agree on what a novel is for",
        "Sign up to the Folio weekly newsletter", "© Folio Publishing Ltd 2024"])),
 dict(file=F['b08'], title="The Herald's view on library closures: a false economy the city will regret",
      outlet="The Northport Herald", outlet_aliases=["THE NORTHPORT HERALD", "The Herald", "Northport Herald Media Ltd"],
      author=None, author_note="unsigned editorial: the paper's institutional voice",
      date="2024-05-04", dateline=None, genre="editorial",
      evidence=["The Herald's view on library closures", "Editorial", "Saturday 4 May 2024", "told this newspaper"],
      boilerplate=lines_check('b08', ["THE NORTHPORT HERALD", "News  Sport  Business  Opinion  Letters  Obituaries  Jobs", "Opinion > Editorials",
        "Editorial",
        "Do you have an opinion on the issues raised in this article? If you would like to submit a letter of up to 250 words to be considered for publication, email it to us at letters@northportherald.co.uk",
        "More from Opinion", "Letters: The bus lane debate is missing the point", "Our readers on the harbour redevelopment",
        "© 2024 Northport Herald Media Ltd. All rights reserved."])),
]
for a in articles:
    k = [x for x, v in F.items() if v == a['file']][0]
    for e in a['evidence']:
        pos(k, e)

A = []
def att(k, text, speaker, cue, kind):
    d = span(k, text); d.update(speaker=speaker, cue=cue, kind=kind); A.append(d)
    pos(k, cue)
# b01
att('b01', "put turnout at 41.2%", "Independent High Electoral Authority", "Preliminary figures released by", "indirect")
att('b01', "final results would be published on 16 May", "Independent High Electoral Authority", "The authority said", "indirect")
att('b01', "a clear mandate to finish the work we started", "Mehdi Ben Salah", "said", "direct")
att('b01', "Qadirans have chosen stability", "Mehdi Ben Salah", "he said", "direct")
att('b01', "They have chosen jobs, and they have chosen to look forward, not back.", "Mehdi Ben Salah", "he said", "direct")
att('b01', "gave it 118 of the 217 seats in the assembly", "National Renewal Party", "The party's own count, which it shared with reporters", "indirect")
att('b01', "her party's observers had recorded \"dozens of irregularities\"", "Leila Haddad", "told the Meridian", "indirect")
att('b01', "We are not going to pretend this was a normal election", "Leila Haddad", "Haddad said", "direct")
att('b01', "When fewer than half the people vote, nobody has a mandate for anything.", "Leila Haddad", "Haddad said", "direct")
att('b01', "The group urged Qadirans to stay at home", "Karama Youth Movement", "urged", "indirect")
att('b01', "new electoral rules had been drawn up to favour the ruling party", "Karama Youth Movement", "arguing", "indirect")
att('b01', "extremists", "Government ministers", "have repeatedly described the movement's leaders as", "direct")
att('b01', "accused them of taking money from abroad", "Government ministers", "accused", "indirect")
att('b01', "an accusation the group denies", "Karama Youth Movement", "denies", "indirect")
att('b01', "police fired tear gas to disperse several hundred protesters in Zitoun city", "witnesses", "witnesses said", "indirect")
att('b01', "At least 60 people were detained over the weekend", "Qadiran League for Human Rights", "according to", "indirect")
att('b01', "many of those held had been picked up at their homes before dawn", "Qadiran League for Human Rights", "which said", "indirect")
att('b01', "a limited number of individuals", "interior ministry", "said in a statement", "direct")
att('b01', "in a calm atmosphere across the national territory", "interior ministry", "said in a statement", "direct")
att('b01', "he had not voted and would not apologise for it", "Youssef Amrani", "said", "indirect")
att('b01', "They tell us voting is a duty", "Youssef Amrani", "he said", "direct")
att('b01', "But my duty is also not to put my signature on something that was decided before we woke up.", "Youssef Amrani", "he said", "direct")
att('b01', "She had voted", "Nour Amrani", "she said", "indirect")
att('b01', "only helps the people who are already in charge", "Nour Amrani", "she said", "direct")
att('b01', "voting had been \"generally orderly\"", "African Union observer mission", "said in a preliminary statement", "indirect")
att('b01', "a restrictive environment for campaigning", "African Union observer mission", "noted", "direct")
att('b01', "his team had visited 312 polling stations", "Kwame Asante", "told reporters", "indirect")
att('b01', "We saw no evidence of systematic fraud", "Kwame Asante", "Asante said", "direct")
att('b01', "but we did see an environment in which many citizens clearly felt their vote would not change anything", "Kwame Asante", "Asante said", "direct")
att('b01', "the result leaves the prime minister strong on paper but facing a legitimacy problem", "Analysts", "Analysts say", "indirect")
att('b01', "The numbers will give the NRP a majority, but they won't give it the street", "Sonia Mezghani", "said", "direct")
att('b01', "the government's first priority should be youth unemployment", "Sonia Mezghani", "She argued", "indirect")
att('b01', "the Citizens' Bloc would file challenges in at least seven constituencies", "Leila Haddad", "Haddad said", "indirect")
att('b01', "We will take our seats", "Leila Haddad", "she said", "direct")
att('b01', "but we will not be silent in them", "Leila Haddad", "she said", "direct")
# b02
att('b02', "The National Renewal Party won a comfortable majority in the legislative elections held on Sunday", "Qadira Presse Agency", "the agency reported", "indirect")
att('b02', "the National Renewal Party obtained 124 of the 217 seats", "High Independent Authority for Elections", "According to preliminary results proclaimed on Monday morning by", "indirect")
att('b02', "The national turnout reached 47.3 per cent", "High Independent Authority for Elections", "the HIAE said", "indirect")
att('b02', "honourable and a true reflection of the citizens’ attachment to the democratic path.", "Abdelkrim Zeroual", "described the figure as", "direct")
att('b02', "final results will be proclaimed on May 18", "Abdelkrim Zeroual", "stated", "indirect")
att('b02', "worked day and night to guarantee the transparency of the ballot.", "Abdelkrim Zeroual", "thanked", "direct")
att('b02', "This victory belongs to every Qadiran who chose the ballot box over chaos,", "Mehdi Ben Salah", "he declared", "direct")
att('b02', "Together, we will continue the great national project of reform, dignity and prosperity.", "Mehdi Ben Salah", "he declared", "direct")
att('b02', "sincere gratitude", "Mehdi Ben Salah", "renewed his", "direct")
att('b02', "their exemplary role in securing the electoral process.", "Mehdi Ben Salah", "renewed his", "direct")
att('b02', "security units arrested 23 extremist elements in the governorate of Oued Zitoun", "Ministry of the Interior", "According to the statement of the Ministry of the Interior", "indirect")
att('b02', "the individuals belonged to the so-called “Karama” group", "Khaled Mahjoub", "told QAP", "indirect")
att('b02', "which had called for a boycott of the elections", "Karama Youth Movement", "had called for", "indirect")
att('b02', "investigations are ongoing to determine the sources of financing of these suspicious activities, including possible links with foreign parties.", "Khaled Mahjoub", "told QAP", "direct")
att('b02', "with the utmost restraint and in full respect of the law,", "Khaled Mahjoub", "affirmed", "direct")
att('b02', "no injuries were recorded", "Khaled Mahjoub", "affirmed", "indirect")
att('b02', "false and tendentious information published on social networks by pages hostile to Qadira.", "Khaled Mahjoub", "He called on citizens not to circulate", "direct")
att('b02', "the electoral process took place normally in all the other governorates of the Republic", "Ministry of the Interior", "The statement added", "indirect")
att('b02', "orderly and transparent", "Kwame Asanti", "praised", "direct")
att('b02', "her party would lodge appeals in “certain constituencies”", "Leila Haddad", "announced", "indirect")
# b03
att('b03', "siphoned £1.4m to feed gambling habit", "the prosecution", "jury told", "direct")
att('b03', "A former finance director at a children’s hospice siphoned more than £1.4 million from the charity", "the prosecution", "a jury has heard", "indirect")
att('b03', "He denies all the charges", "Gareth Pryce", "denies", "indirect")
att('b03', "treated the charity’s bank account as his personal piggy bank", "Rebecca Thornton KC", "told jurors", "direct")
att('b03', "This was not a moment of madness,", "Rebecca Thornton KC", "she said", "direct")
att('b03', "It was a careful, sustained and deliberate deception of people who trusted him completely.", "Rebecca Thornton KC", "she said", "direct")
att('b03', "Pryce made 412 transfers from hospice accounts into three accounts he controlled", "the prosecution", "The court heard", "indirect")
att('b03', "the money had been spent on online betting sites", "Rebecca Thornton KC", "Ms Thornton said", "indirect")
att('b03', "was bought outright for £78,000 in 2019", "the prosecution", "the prosecution says", "indirect")
att('b03', "While families were being told there was no money for a second night nurse,", "Rebecca Thornton KC", "she told the jury", "direct")
att('b03', "Mr Pryce was placing bets of up to £5,000 at three o’clock in the morning.", "Rebecca Thornton KC", "she told the jury", "direct")
att('b03', "The fraud came to light in March 2022", "the prosecution", "the court heard", "indirect")
att('b03', "when he was confronted by the hospice’s chair of trustees, Pryce left the building and did not return", "the prosecution", "Jurors were told", "indirect")
att('b03', "he had “borrowed” money from the hospice and had always intended to pay it back", "Gareth Pryce", "Pryce said", "indirect")
att('b03', "deeply ashamed", "Gareth Pryce", "He told officers", "direct")
att('b03', "she had had “absolute faith” in Pryce and had never checked the supplier payments herself", "Helen Marsh", "She told the court", "indirect")
att('b03', "I still feel sick when I think about it,", "Helen Marsh", "Mrs Marsh said", "direct")
att('b03', "Every pound in that account was raised by somebody running a marathon or holding a cake sale.", "Helen Marsh", "Mrs Marsh said", "direct")
att('b03', "the charity had not had a functioning finance committee between 2017 and 2020", "Helen Marsh", "accepted", "indirect")
att('b03', "a scapegoat for a chaotic organisation", "Simon Okafor", "said", "direct")
att('b03', "Mr Price has never pretended to be a saint,", "Simon Okafor", "Mr Okafor told the jury", "direct")
att('b03', "He has a gambling problem, and he has admitted it. But a gambling problem is not proof of theft.", "Simon Okafor", "Mr Okafor told the jury", "direct")
att('b03', "the prosecution would have to prove that every one of the 412 payments was dishonest", "Simon Okafor", "He said", "indirect")
att('b03', "several had been legitimate reimbursements approved by other members of staff", "Simon Okafor", "suggested", "indirect")
att('b03', "an external auditor, Clarke Benning LLP, had examined the hospice’s books in 2019 and raised no concerns", "Simon Okafor", "told jurors", "indirect")
att('b03', "officers had traced about £960,000 of the missing money to gambling accounts", "Owen Lacey", "told the court", "indirect")
att('b03', "the rest had passed through a personal account before being withdrawn in cash or spent on property", "Owen Lacey", "He said", "indirect")
att('b03', "Not that we have been able to find.", "Owen Lacey", "replied", "direct")
att('b03', "they must decide the case on the evidence alone", "Maria Alvarez", "reminded jurors", "indirect")
att('b03', "Put out of your minds anything you may have read or heard about this case,", "Maria Alvarez", "the judge said", "direct")
att('b03', "the trial was expected to last three weeks", "Maria Alvarez", "adding", "indirect")
# b04
att('b04', "2.1 million people in 23 of the country's 47 counties now need food assistance", "National Drought Management Authority", "says", "indirect")
att('b04', "Rainfall between October and December was less than 40% of the long-term average in much of the north", "Kenya Meteorological Department", "according to", "indirect")
att('b04', "About 1.5 million livestock have died since last September", "National Drought Management Authority", "the authority estimates", "indirect")
att('b04', "he has lost 70 of his 110 goats since January", "Abdi Hassan Galgalo", "says", "indirect")
att('b04', "When I was a boy, we had a bad year maybe once in ten years.", "Abdi Hassan Galgalo", "says", "direct")
att('b04', "Now the bad years come one after another.", "Abdi Hassan Galgalo", "says", "direct")
att('b04', "the family now eats one meal a day", "Halima", "says", "indirect")
att('b04', "malnutrition among young children is rising", "Aid workers", "say", "indirect")
att('b04', "it had screened 9,400 children under five in March", "Rangeland Aid Kenya", "said", "indirect")
att('b04', "the poor short rains in late 2023 were linked to a negative phase of the Indian Ocean Dipole", "Scientists", "Scientists say", "indirect")
att('b04', "the forecast for the current long rains was also below average", "Faith Njeri", "said", "indirect")
att('b04', "We are looking at a real risk of a fifth failed season,", "Faith Njeri", "she told NWN", "direct")
att('b04', "That has never happened here in the instrumental record.", "Faith Njeri", "she told NWN", "direct")
att('b04', "no single drought can be blamed on climate change alone", "Scientists", "Scientists say", "indirect")
att('b04', "We cannot say climate change caused this particular drought,", "Faith Njeri", "Dr Njeri said", "direct")
att('b04', "What we can say is that a drought like this one is now more likely and more intense than it would have been in a cooler world.", "Faith Njeri", "Dr Njeri said", "direct")
att('b04', "droughts of this severity in the Horn of Africa had become about 100 times more likely", "an international group of climate researchers", "concluded", "indirect")
att('b04', "it has released 2.5 billion Kenyan shillings ($19m)", "The government", "The government says", "indirect")
att('b04', "trucks were delivering water to more than 600 villages", "Peter Wekesa", "said", "indirect")
att('b04', "the response is not keeping pace with need", "aid groups", "aid groups say", "indirect")
att('b04', "too little, too late", "Rangeland Aid Kenya", "said", "direct")
att('b04', "funding for its clinics would run out in June", "Rangeland Aid Kenya", "said", "indirect")
att('b04', "some areas could deteriorate quickly", "aid agencies", "aid agencies warn", "indirect")
# b05
att('b05', "The Halo will cost $1,299 and begins shipping on June 14 in the US, UK and Japan", "Lumora", "the company said", "indirect")
att('b05', "This is the most important product we have ever made,", "Dana Whitfield", "told", "direct")
att('b05', "For thirty years, computers have asked us to look down. Halo lets you look up.", "Dana Whitfield", "told", "direct")
att('b05', "nothing short of revolutionary", "Dana Whitfield", "called the glasses", "direct")
att('b05', "the world’s most advanced personal display.", "Dana Whitfield", "said", "direct")
att('b05', "reaches 1,600 nits of brightness", "Lumora", "Lumora says", "indirect")
att('b05', "all day", "Lumora", "Lumora says the battery lasts", "direct")
att('b05', "The charging case adds another 18 hours", "Lumora", "according to the company", "indirect")
att('b05', "The demo is impressive, but the price will keep this in the hands of early adopters for at least two years,", "Marcus Lee", "said", "direct")
att('b05', "Lumora to ship about 400,000 units in the Halo’s first twelve months", "Marcus Lee", "Lee expects", "indirect")
att('b05', "putting cameras on people’s faces raised “serious questions about consent in public spaces”", "Digital Rights Alliance", "said in a statement", "indirect")
att('b05', "called on regulators to set rules before the product ships", "Digital Rights Alliance", "called on", "indirect")
att('b05', "the recording light could not be disabled by software", "Dana Whitfield", "said", "indirect")
att('b05', "We designed Halo so that nobody is ever recorded without knowing it,", "Dana Whitfield", "she insisted", "direct")
att('b05', "video is processed on the device and is not uploaded to its servers unless the user chooses to back it up", "Lumora", "Lumora later confirmed", "indirect")
# b06
att('b06', "utterly heartbroken", "unnamed sources", "is said to be", "direct")
att('b06', "tensions had been simmering for months", "Sources close to the couple", "say", "indirect")
att('b06', "Jade is in absolute pieces. She gave everything to that marriage and she feels completely humiliated.", "A pal", "told The Buzz", "direct")
att('b06', "She kept telling herself it was just a rough patch, but deep down she knew.", "A pal", "told The Buzz", "direct")
att('b06', "Tyler was reportedly spotted leaving a Manchester nightclub at 3am last month with a mystery brunette", "unnamed reports", "according to reports", "indirect")
att('b06', "living like a single man", "an insider", "claimed", "direct")
att('b06', "Tyler has always loved the high life, and fame has gone to his head,", "an insider", "the insider said", "direct")
att('b06', "Jade’s friends are fuming. They think he has treated her appallingly.", "an insider", "the insider said", "direct")
att('b06', "has reportedly cancelled two promotional appearances this week", "unnamed reports", "reportedly", "indirect")
att('b06', "Jade deserves so much better. Absolute queen.", "a fan", "wrote on X", "direct")
att('b06', "Love rat behaviour. Disgraceful.", "a fan", "fumed", "direct")
att('b06', "Jade and Tyler have made the difficult decision to separate. They remain on good terms and ask for privacy at this time.", "spokesperson for Jade Carrington", "saying", "direct")
att('b06', "The wedding was reported to have cost more than £400,000", "unnamed reports", "was reported", "indirect")
att('b06', "Jade will keep the Cheshire property", "unnamed sources", "It is understood that", "indirect")
att('b06', "Lawyers are involved now. It’s going to get messy.", "A source", "added", "direct")
att('b06', "married life had been ‘the happiest time of my life’", "Jade Carrington", "told Glow magazine", "indirect")
att('b06', "Tyler is my rock. I honestly don’t know what I would do without him.", "Jade Carrington", "adding", "direct")
# b07
att('b07', "Completely true. I wanted to be a pianist.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "Inés, you spend more time telling the orchestra what to do than playing.", "Carvalho's piano teacher", "My teacher said", "direct")
att('b07', "Terrifying. The country had just woken up from 48 years of dictatorship", "Inés Carvalho", "IC:", "interview answer")
att('b07', "None that I knew of.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "It was nearly bankrupt.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "Not alone, please write that.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "ruthless", "some musicians", "Some have used the word", "direct")
att('b07', "Ruthless is a bit strong.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "Because it is a piece about saying goodbye without self-pity.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "Of course. Arts Council funding for orchestras outside London has fallen in real terms for more than a decade", "Inés Carvalho", "IC:", "interview answer")
att('b07', "Sleep. Learn to cook properly.", "Inés Carvalho", "IC:", "interview answer")
att('b07', "I will be back on a podium within a year", "Carvalho's husband", "says", "indirect")
att('b07', "Too many to list and none worth keeping.", "Inés Carvalho", "IC:", "interview answer")
# b08
att('b08', "No councillor came into politics to close libraries,", "David Ashworth", "he said", "direct")
att('b08', "But we cannot spend money we do not have.", "David Ashworth", "he said", "direct")
att('b08', "the closures would save just £2.1m a year", "the council's consultation document", "according to", "indirect")
att('b08', "the list was drawn up on the basis of visitor numbers and building costs alone", "Councillors", "insist", "indirect")
att('b08', "Library visits in the city rose by 11% last year, to 2.4 million", "the council's own figures", "according to", "indirect")
att('b08', "community-managed", "the council", "The council says it will offer", "direct")
att('b08', "cultural vandalism dressed up as prudence", "Ruth Adeyemi", "told this newspaper", "direct")

aliases = [
 dict(file=F['b01'], speaker="Mehdi Ben Salah", spellings=["Prime Minister Mehdi Ben Salah", "Ben Saleh", "the prime minister"]),
 dict(file=F['b01'], speaker="Kwame Asante", spellings=["Asante", "The head of the mission"]),
 dict(file=F['b01'], speaker="Leila Haddad", spellings=["Haddad"]),
 dict(file=F['b01'], speaker="Youssef Amrani", spellings=["Youssef Amrani, 24", "Amrani"]),
 dict(file=F['b02'], speaker="Khaled Mahjoub", spellings=["Colonel Khaled Mahjoub", "Colonel Khalid Mahjoub", "Khalid Mahjoub", "The ministry’s spokesman"]),
 dict(file=F['b02'], speaker="Mehdi Ben Salah", spellings=["His Excellency Mr. Mehdi Ben Salah", "The Head of Government"]),
 dict(file=F['b02'], speaker="Abdelkrim Zeroual", spellings=["Mr. Zeroual", "Its president"]),
 dict(file=F['b03'], speaker="Gareth Pryce", spellings=["Pryce", "Mr Pryce", "Mr Price"]),
 dict(file=F['b03'], speaker="Maria Alvarez", spellings=["Judge Maria Alvarez", "the judge"]),
 dict(file=F['b03'], speaker="Rebecca Thornton KC", spellings=["Ms Thornton"]),
 dict(file=F['b03'], speaker="Helen Marsh", spellings=["Mrs Marsh"]),
 dict(file=F['b03'], speaker="Simon Okafor", spellings=["Mr Okafor"]),
 dict(file=F['b03'], speaker="Owen Lacey", spellings=["Detective Sergeant Owen Lacey", "DS Lacey"]),
 dict(file=F['b04'], speaker="Faith Njeri", spellings=["Dr Faith Njeri", "Dr Njeri"]),
 dict(file=F['b04'], speaker="National Drought Management Authority", spellings=["NDMA", "the authority"]),
 dict(file=F['b05'], speaker="Dana Whitfield", spellings=["Whitfield", "Lumora chief executive Dana Whitfield"]),
 dict(file=F['b05'], speaker="Marcus Lee", spellings=["Lee"]),
 dict(file=F['b06'], speaker="Jade Carrington", spellings=["Jade", "Jayde", "The stunning singer"]),
 dict(file=F['b06'], speaker="Tyler Brookes", spellings=["Tyler", "Brookes", "the Salford Athletic ace", "the midfielder"]),
 dict(file=F['b07'], speaker="Inés Carvalho", spellings=["IC", "Carvalho", "Inés"]),
 dict(file=F['b08'], speaker="David Ashworth", spellings=["The council leader, David Ashworth"]),
]

EV = []
def ev(k, text, cat, voice):
    d = span(k, text); d.update(category=cat, voice=voice); EV.append(d)
# b01
ev('b01', "cast a shadow over", "emotive", "author")
ev('b01', "extremists", "loaded label", "quoted")
ev('b01', "heavily favoured", "intensifier", "author")
ev('b01', "deeply unpopular", "intensifier", "author")
# b02
ev('b02', "honourable", "puffery", "quoted")
ev('b02', "a climate of calm and responsibility", "puffery", "author")
ev('b02', "political maturity of the great Qadiran people", "puffery", "author")
ev('b02', "His Excellency", "honorific", "author")
ev('b02', "the ballot box over chaos", "loaded label", "quoted")
ev('b02', "great national project of reform, dignity and prosperity", "puffery", "quoted")
ev('b02', "exemplary role", "puffery", "quoted")
ev('b02', "extremist elements", "loaded label", "either")
ev('b02', "so-called", "loaded label", "either")
ev('b02', "suspicious activities", "loaded label", "quoted")
ev('b02', "utmost restraint", "puffery", "quoted")
ev('b02', "false and tendentious information", "pejorative", "quoted")
ev('b02', "pages hostile to Qadira", "loaded label", "quoted")
ev('b02', "orderly and transparent", "puffery", "quoted")
# b03
ev('b03', "siphoned", "loaded label", "either")
ev('b03', "personal piggy bank", "pejorative", "quoted")
ev('b03', "deliberate deception", "pejorative", "quoted")
ev('b03', "absolute faith", "intensifier", "quoted")
ev('b03', "I still feel sick", "emotive", "quoted")
ev('b03', "her voice breaking", "emotive", "author")
ev('b03', "scapegoat", "loaded label", "quoted")
ev('b03', "chaotic organisation", "pejorative", "quoted")
# b04
ev('b04', "those losses are devastating", "emotive", "author")
ev('b04', "too little, too late", "pejorative", "quoted")
# b05
ev('b05', "finally make smart glasses cool", "puffery", "author")
ev('b05', "the most stunning piece of wearable tech I have tried in years", "puffery", "author")
ev('b05', "the most important product we have ever made", "puffery", "quoted")
ev('b05', "nothing short of revolutionary", "puffery", "quoted")
ev('b05', "the world’s most advanced personal display", "puffery", "quoted")
ev('b05', "razor-sharp", "puffery", "author")
ev('b05', "gorgeous", "puffery", "author")
ev('b05', "like magic", "puffery", "author")
ev('b05', "The demo is impressive", "puffery", "quoted")
ev('b05', "clunky gadget", "pejorative", "author")
ev('b05', "genuinely excited", "emotive", "author")
ev('b05', "undoubtedly", "certainty marker", "author")
ev('b05', "the best-looking pair of smart glasses anyone has made", "puffery", "author")
# b06
ev('b06', "Pop princess", "puffery", "author")
ev('b06', "devastated", "emotive", "quoted")
ev('b06', "shock split", "emotive", "author")
ev('b06', "utterly heartbroken", "emotive", "quoted")
ev('b06', "stunning", "puffery", "author")
ev('b06', "in absolute pieces", "emotive", "quoted")
ev('b06', "completely humiliated", "emotive", "quoted")
ev('b06', "loved-up", "emotive", "author")
ev('b06', "mystery brunette", "loaded label", "author")
ev('b06', "living like a single man", "pejorative", "quoted")
ev('b06', "bumper", "intensifier", "author")
ev('b06', "fame has gone to his head", "pejorative", "quoted")
ev('b06', "fuming", "emotive", "quoted")
ev('b06', "treated her appallingly", "pejorative", "quoted")
ev('b06', "chart-topping hit", "puffery", "author")
ev('b06', "looking tearful", "emotive", "author")
ev('b06', "Absolute queen", "puffery", "quoted")
ev('b06', "Love rat", "pejorative", "quoted")
ev('b06', "lavish ceremony", "puffery", "author")
ev('b06', "rocketed to fame", "puffery", "author")
ev('b06', "the happiest time of my life", "emotive", "quoted")
# b07
ev('b07', "legendary", "puffery", "author")
ev('b07', "one of the most admired ensembles in Europe", "puffery", "author")
ev('b07', "Terrifying", "emotive", "quoted")
ev('b07', "drunk on freedom", "emotive", "quoted")
ev('b07', "acoustically a disaster", "pejorative", "quoted")
ev('b07', "magnificent evening", "puffery", "quoted")
ev('b07', "ruthless", "pejorative", "quoted")
ev('b07', "a scandal", "pejorative", "quoted")
# b08
ev('b08', "a false economy", "pejorative", "author")
ev('b08', "Nobody disputes", "certainty marker", "author")
ev('b08', "soaring demand", "intensifier", "author")
ev('b08', "especially troubling", "emotive", "author")
ev('b08', "the effect is plain", "certainty marker", "author")
ev('b08', "wishful thinking", "pejorative", "author")
ev('b08', "cultural vandalism dressed up as prudence", "pejorative", "quoted")
ev('b08', "short-sighted plan", "pejorative", "author")
ev('b08', "saves little and destroys much", "emotive", "author")
ev('b08', "Undoubtedly", "certainty marker", "author")

NE = [span(k, t) for k, t in [
 ('b01', "police fired tear gas to disperse several hundred protesters"),
 ('b01', "At least 60 people were detained over the weekend"),
 ('b01', "ballot boxes that arrived at counting centres with broken seals"),
 ('b01', "boycott"),
 ('b02', "no injuries were recorded"),
 ('b02', "security units arrested 23"),
 ('b03', "fraud by abuse of position and false accounting"),
 ('b03', "He denies all the charges"),
 ('b03', "He was arrested at Bristol Airport eleven days later"),
 ('b03', "The trial continues"),
 ('b03', "Under cross-examination"),
 ('b04', "acutely malnourished"),
 ('b04', "About 1.5 million livestock have died"),
 ('b04', "Famine is a technical term"),
 ('b04', "water trucking"),
 ('b04', "drought"),
]]

CL = [span(k, t) for k, t in [
 ('b01', "Preliminary figures released by the Independent High Electoral Authority (IHEA) just before midnight put turnout at 41.2%, down from 56% at the last election in 2019."),
 ('b01', "The party's own count, which it shared with reporters, gave it 118 of the 217 seats in the assembly, enough to govern without a coalition partner."),
 ('b01', "At least 60 people were detained over the weekend, according to the Qadiran League for Human Rights, which said many of those held had been picked up at their homes before dawn."),
 ('b01', "The head of the mission, former Ghanaian electoral commissioner Kwame Asante, told reporters that his team had visited 312 polling stations."),
 ('b01', "Ben Saleh, a 58-year-old former central bank governor, became prime minister in 2021 after his predecessor resigned during the bread protests."),
 ('b01', "His government has since secured a $2.4bn loan from the International Monetary Fund in exchange for cuts to fuel subsidies, a measure that remains deeply unpopular."),
 ('b02', "According to preliminary results proclaimed on Monday morning by the High Independent Authority for Elections (HIAE), the National Renewal Party obtained 124 of the 217 seats in the Assembly of People’s Representatives, followed by the Citizens’ Bloc with 31 seats and the Democratic Current with 19 seats."),
 ('b02', "The national turnout reached 47.3 per cent, the HIAE said."),
 ('b02', "According to the statement of the Ministry of the Interior, security units arrested 23 extremist elements in the governorate of Oued Zitoun who had attempted to obstruct the electoral process by blocking access to polling stations and destroying electoral material in two municipalities."),
 ('b02', "The Assembly of People’s Representatives will hold its inaugural session within fifteen days following the proclamation of the final results, in accordance with Article 58 of the Constitution."),
 ('b03', "Gareth Pryce, 52, of Clevedon Road, Portishead, is on trial at Bristol Crown Court accused of fraud by abuse of position and false accounting while he worked for Little Harbour Children’s Hospice between 2016 and 2022."),
 ('b03', "The court heard that Pryce made 412 transfers from hospice accounts into three accounts he controlled, disguising them in the charity’s ledgers as payments to suppliers of medical equipment and catering."),
 ('b03', "He was arrested at Bristol Airport eleven days later."),
 ('b03', "Mr Okafor also told jurors that an external auditor, Clarke Benning LLP, had examined the hospice’s books in 2019 and raised no concerns."),
 ('b03', "Detective Sergeant Owen Lacey, of Avon and Somerset Police’s economic crime unit, told the court that officers had traced about £960,000 of the missing money to gambling accounts."),
 ('b04', "The government's National Drought Management Authority (NDMA) says 2.1 million people in 23 of the country's 47 counties now need food assistance, up from 1.4 million in October."),
 ('b04', "Rainfall between October and December was less than 40% of the long-term average in much of the north, according to the Kenya Meteorological Department."),
 ('b04', "About 1.5 million livestock have died since last September, the authority estimates."),
 ('b04', "Rangeland Aid Kenya, which runs mobile clinics in Marsabit and Turkana, said it had screened 9,400 children under five in March and found that one in five was acutely malnourished."),
 ('b04', "An analysis published last year by an international group of climate researchers concluded that droughts of this severity in the Horn of Africa had become about 100 times more likely because of human-caused warming."),
 ('b04', "The government says it has released 2.5 billion Kenyan shillings ($19m) for water trucking, school feeding and the purchase of weak livestock from herders before they die, a scheme known as \"livestock offtake\"."),
 ('b04', "The UN's humanitarian office has appealed for $480m for Kenya this year."),
 ('b04', "By the end of March it had received 17% of that amount."),
 ('b05', "The Halo will cost $1,299 and begins shipping on June 14 in the US, UK and Japan, the company said."),
 ('b05', "Lumora says the battery lasts “all day”, though its own specification sheet lists six hours of mixed use."),
 ('b05', "Lee expects Lumora to ship about 400,000 units in the Halo’s first twelve months, a fraction of the 2.3 million Lumora Band fitness trackers the company sold last year."),
 ('b05', "Lumora shares rose 4.2% in after-hours trading on Thursday."),
 ('b06', "Jayde, whose chart-topping hit Paper Hearts was the most-streamed song in Britain in 2022, has reportedly cancelled two promotional appearances this week."),
 ('b06', "Tyler, who joined Salford Athletic from Bristol Rovers in 2019 for a reported fee of £8million, has scored nine goals in 31 appearances this season."),
 ('b06', "She has since sold more than four million records."),
 ('b07', "My first season, the average attendance was 54 per cent."),
 ('b07', "Arts Council funding for orchestras outside London has fallen in real terms for more than a decade, and music lessons in state schools have been disappearing."),
 ('b08', "It faces a budget gap of £38m next year, the result of a decade of shrinking grants from Whitehall and soaring demand for adult social care."),
 ('b08', "But the closures would save just £2.1m a year, according to the council's own consultation document."),
 ('b08', "That is about 0.4% of the council's net budget."),
 ('b08', "Seven of the nine libraries earmarked for closure are in wards ranked among the 10% most deprived in England."),
 ('b08', "Library visits in the city rose by 11% last year, to 2.4 million, according to the council's own figures, the third annual increase in a row."),
 ('b08', "Campaigners have already collected 14,000 signatures on a petition against the plan."),
]]

NC = [span(k, t) for k, t in [
 ('b01', "What happens next?"),
 ('b01', "They have chosen jobs, and they have chosen to look forward, not back."),
 ('b02', "Together, we will continue the great national project of reform, dignity and prosperity."),
 ('b03', "The trial continues."),
 ('b03', "I still feel sick when I think about it"),
 ('b04', "Here is what we know about the crisis."),
 ('b04', "How bad is it?"),
 ('b04', "Is climate change to blame?"),
 ('b05', "I went into the briefing expecting another clunky gadget in search of a purpose."),
 ('b05', "We will publish our full review once we have spent a week with a retail unit."),
 ('b06', "Do you have a story for The Buzz Showbiz team?"),
 ('b07', "Folio: Why Mahler’s Ninth for your farewell?"),
 ('b07', "Too many to list and none worth keeping."),
 ('b08', "Councillors should use the time to think again."),
 ('b08', "This should not be one of them."),
]]

def m(k, t): return span(k, t)
EVENTS = [
 dict(id="qadira-result", label="The National Renewal Party wins Qadira's 12 May 2024 parliamentary election", mentions=[
   m('b01', "The ruling National Renewal Party (NRP) claimed a decisive victory in Qadira's parliamentary election on Sunday night"),
   m('b02', "The National Renewal Party won a comfortable majority in the legislative elections held on Sunday")]),
 dict(id="qadira-turnout", label="Turnout in the election", mentions=[
   m('b01', "put turnout at 41.2%"), m('b02', "The national turnout reached 47.3 per cent")]),
 dict(id="qadira-seats", label="The ruling party's seat total", mentions=[
   m('b01', "gave it 118 of the 217 seats in the assembly"), m('b02', "the National Renewal Party obtained 124 of the 217 seats")]),
 dict(id="qadira-arrests", label="Arrests of Karama supporters around the vote", mentions=[
   m('b01', "At least 60 people were detained over the weekend"),
   m('b02', "security units arrested 23 extremist elements in the governorate of Oued Zitoun")]),
 dict(id="qadira-boycott", label="The Karama Youth Movement's boycott call", mentions=[
   m('b01', "a boycott led by young activists"), m('b01', "The group urged Qadirans to stay at home"),
   m('b02', "which had called for a boycott of the elections")]),
 dict(id="zitoun-unrest", label="Unrest in Wadi Zitoun on election day", mentions=[
   m('b01', "police fired tear gas to disperse several hundred protesters in Zitoun city"),
   m('b02', "attempted to obstruct the electoral process by blocking access to polling stations")]),
 dict(id="pm-victory-speech", label="Mehdi Ben Salah's election-night speech", mentions=[
   m('b01', "Speaking to cheering supporters in the capital, Qasr al-Bahr, Prime Minister Mehdi Ben Salah said"),
   m('b02', "addressed the nation from the headquarters of the Party in Ksar El Bahr on Sunday evening")]),
 dict(id="au-observers", label="The African Union observer mission's verdict", mentions=[
   m('b01', "A 40-member observer mission from the African Union said in a preliminary statement on Monday"),
   m('b02', "praised the “orderly and transparent” conduct of the ballot")]),
 dict(id="final-results", label="Date of the final results", mentions=[
   m('b01', "final results would be published on 16 May"), m('b02', "final results will be proclaimed on May 18")]),
 dict(id="opposition-appeals", label="The Citizens' Bloc's appeals", mentions=[
   m('b01', "the Citizens' Bloc would file challenges in at least seven constituencies"),
   m('b02', "her party would lodge appeals in “certain constituencies”")]),
 dict(id="first-session", label="The new assembly's first session", mentions=[
   m('b01', "The new assembly must hold its first session within 15 days of the results being confirmed"),
   m('b02', "will hold its inaugural session within fifteen days following the proclamation of the final results")]),
 dict(id="foreign-funding", label="Government allegation that Karama is funded from abroad", mentions=[
   m('b01', "accused them of taking money from abroad"),
   m('b02', "including possible links with foreign parties")]),
]

TV = [
 dict(referent="the Karama Youth Movement and its supporters", variants=[
   m('b01', "Karama Youth Movement"), m('b01', "young activists"), m('b01', "Karama's activists"), m('b01', "protesters"),
   m('b02', "extremist elements"), m('b02', "the so-called “Karama” group")]),
 dict(referent="the 12 May 2024 vote", variants=[
   m('b01', "parliamentary election"), m('b02', "legislative elections"), m('b02', "the ballot")]),
 dict(referent="Qadira's electoral commission", variants=[
   m('b01', "Independent High Electoral Authority (IHEA)"), m('b02', "High Independent Authority for Elections (HIAE)")]),
 dict(referent="Mehdi Ben Salah's office", variants=[
   m('b01', "Prime Minister"), m('b02', "The Head of Government")]),
 dict(referent="Qadira's parliament", variants=[
   m('b01', "the assembly"), m('b02', "Assembly of People’s Representatives")]),
 dict(referent="the people held by police", variants=[
   m('b01', "were detained"), m('b02', "arrested 23 extremist elements")]),
]

PS = [
 dict(place="Qasr al-Bahr", spellings=[m('b01', "Qasr al-Bahr"), m('b02', "KSAR EL BAHR"), m('b02', "Ksar El Bahr")]),
 dict(place="Wadi Zitoun", spellings=[m('b01', "Wadi Zitoun"), m('b02', "Oued Zitoun")]),
]

DI = [
 dict(event="qadira-turnout", detail="turnout figure from the same electoral authority", values=[m('b01', "41.2%"), m('b02', "47.3 per cent")]),
 dict(event="qadira-seats", detail="seats won by the National Renewal Party (of 217)", values=[m('b01', "118 of the 217 seats"), m('b02', "124 of the 217 seats")]),
 dict(event="qadira-arrests", detail="number of people arrested", values=[m('b01', "At least 60 people"), m('b02', "23 extremist elements")]),
 dict(event="qadira-arrests", detail="circumstances of the arrests", values=[m('b01', "picked up at their homes before dawn"), m('b02', "blocking access to polling stations and destroying electoral material")]),
 dict(event="final-results", detail="date of the final results", values=[m('b01', "on 16 May"), m('b02', "on May 18")]),
 dict(event="au-observers", detail="how the AU observers characterised the vote", values=[m('b01', "\"generally orderly\""), m('b02', "“orderly and transparent”")]),
]

gold = {
 "about": "Blind test set: eight fictional articles written without reference to the engine; annotations made by hand. Offsets are character offsets into the file as stored (UTF-8 decoded). 'start' is the first occurrence of 'text'. b01 and b02 report the same (fictional) Qadiran election from two outlets.",
 "articles": articles, "attributions": A, "speaker_aliases": aliases, "evaluative": EV,
 "not_evaluative": NE, "claims": CL, "not_claims": NC, "events": EVENTS, "term_variants": TV,
 "place_spellings": PS, "discrepancies": DI,
}
if errors:
    for e in errors: print('NOT FOUND', e)
    sys.exit(1)
# verify all spans
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

"""Everyday evaluative vocabulary (round 4) is flagged in new topics; plain reporting of the same topics is not."""

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.sentences import split_sentences


def _flags(text):
    return find_flags(text, split_sentences(text), ())


@pytest.mark.parametrize(
    ("text", "phrase", "category"),
    [
        # sport
        ("Rovers are lurking as the striker's move stalls.", "lurking", "loaded"),
        ("City want to hijack the deal at the last minute.", "hijack the deal", "loaded"),
        ("The keeper said he was fed up with sitting on the bench.", "fed up", "emotive"),
        ("United took a hammering in the derby and the fans were furious.", "took a hammering", "emotive"),
        ("His 30-yard thunderbolt settled a breathless derby.", "thunderbolt", "puffery"),
        ("The coach called the question disrespectful and left.", "disrespectful", "pejorative"),
        ("The winger is a club legend and a rising star rolled into one.", "club legend", "puffery"),
        # business
        ("Shares soared after the chain reported a profit.", "soared", "certainty"),
        ("The company says the headset will redefine the standard for home cinema.", "redefine the standard", "puffery"),
        ("The results come at a critical time for the retailer.", "critical time", "emotive"),
        ("Investors were dismayed by the lacklustre update.", "lacklustre update", "pejorative"),
        ("The board brushed aside questions about the chief executive's bonus.", "brushed aside", "pejorative"),
        ("Staff say the merger was badly handled from the start.", "badly handled", "pejorative"),
        ("The firm promised an unprecedented level of service.", "unprecedented", "puffery"),
        ("Landlords accused the big tech firms of squeezing every last penny from tenants.", "big tech", "loaded"),
        # health
        ("The clinic calls the injection a life-changing treatment.", "life-changing", "puffery"),
        ("Parents pleaded with the trust to keep the ward open.", "pleaded", "emotive"),
        ("One nurse said the staffing plan terrifies her.", "terrifies", "emotive"),
        ("The waiting list is a ticking time bomb, the union warned.", "ticking time bomb", "emotive"),
        ("Campaigners called the closure criminal negligence.", "criminal negligence", "loaded"),
        ("The supplement is marketed as clinically proven and immune-boosting.", "clinically proven", "puffery"),
        # local politics
        ("The sanctimonious tone of the leaflet annoyed residents.", "sanctimonious", "pejorative"),
        ("The parking scheme is lunacy, one trader said.", "lunacy", "pejorative"),
        ("Councillors are getting cold feet over the tram plan.", "cold feet", "emotive"),
        ("Anger grew as the bins went uncollected for a third week.", "anger grew", "emotive"),
        ("The levy is money squeezed out of ordinary motorists.", "squeezed out of", "loaded"),
        ("The much-vaunted consultation heard from 40 people.", "much-vaunted", "pejorative"),
        ("The mayor's critics accuse her of papering over the gap in the budget.", "papering over", "pejorative"),
        ("The new rules drew a sharp response from the opposition.", "sharp response", "certainty"),
        ("The green lobby has spent a month lecturing the rest of us.", "green lobby", "loaded"),
        ("The green lobby has spent a month lecturing the rest of us.", "lecturing the rest of us", "pejorative"),
        ("The minister praised the decisive measures taken by the police.", "decisive measures", "puffery"),
        ("Thanks to their courage, every child was brought out alive.", "thanks to their courage", "puffery"),
        ("No think tank will bite the hand that feeds it.", "bite the hand that feeds", "pejorative"),
        ("The plan was rammed through without a vote.", "rammed through", "pejorative"),
        # celebrity
        ("The celebrated actor wept as she accepted the award.", "celebrated actor", "puffery"),
        ("The celebrated actor wept as she accepted the award.", "wept", "emotive"),
        ("Fans called the reunion tour a complete flop.", "flop", "pejorative"),
        ("Critics were harsh about the singer's second album.", "harsh", "pejorative"),
        ("The couple's whirlwind romance ended in a heated row.", "whirlwind romance", "emotive"),
        # science
        ("It's a neat study, and the fieldwork is carefully done.", "neat study", "puffery"),
        ("The good news is that the damage can be reversed.", "the good news", "emotive"),
        ("The finding is a wake-up call for city planners.", "wake-up call", "emotive"),
        ("The harsh reality is that most trials fail.", "the harsh reality", "certainty"),
        ("The overhyped sequel was a crowd-pleaser all the same.", "overhyped sequel", "pejorative"),
        ("The new stadium is in a league of its own, the club said.", "in a league of its own", "puffery"),
        ("It is only a matter of time before the bridge fails.", "only a matter of time", "certainty"),
        ("Sceptics accused the authors of cherry-picking the data.", "cherry-picking", "pejorative"),
    ],
)
def test_everyday_evaluative_wording_is_flagged(text, phrase, category):
    hits = [f for f in _flags(text) if phrase.lower() in f.text.lower()]
    assert hits, f"{phrase!r} not flagged in {text!r}"
    assert any(f.category == category for f in hits), [(f.text, f.category) for f in hits]


@pytest.mark.parametrize(
    "text",
    [
        # the plain words of court, market, health, weather, police and sport reporting
        "The accountant pleaded guilty to six counts of fraud on Thursday.",
        "She pleaded not guilty to criminal damage and was released on bail.",
        "He was charged with criminal negligence after a worker died at the site.",
        "The Fraternal Order of Police said it would comment after the verdict.",
        "The trial enrols 240 patients with inflammatory bowel disease.",
        "Patients took anti-inflammatory drugs for joint pain.",
        "The index fell 1.2 percent as oil prices rose.",
        "Analysts pointed to a sharp rise in borrowing costs.",
        "Revenue fell 5 percent and the deficit widened to $84 billion.",
        "A harsh winter has caused damage to roads across the region.",
        "Rescue teams evacuated 300 residents as floodwaters rose.",
        "Two people were killed when a tree fell on their car.",
        "A hijacked lorry was found abandoned on the motorway.",
        "The company celebrated its 75th anniversary in April.",
        "Residents braved the cold to watch the parade.",
        "The striker scored in the 12th minute and was booked for a late challenge.",
        "The council voted 7-2 to approve the bus lane.",
        "The planet is about twice the size of Earth and orbits a red dwarf.",
        "Petty cash of $200 was missing from the office.",
        "The car has a turbocharged engine and a six-speed gearbox.",
        "Argon is a noble gas used in welding.",
        "The police chief said patrols had been increased.",
        "The singer will tour North America and Europe next year.",
        "The lawyer's pleadings were filed on Monday.",
        "The finale was choreographed by a former ballet dancer.",
        "The film is an epic about the building of a railway.",
        "The show's choreographed fight scenes took months to rehearse.",
        "Shares rose 2 percent after the results and the dollar was little changed.",
    ],
)
def test_plain_reporting_stays_unflagged(text):
    assert list(_flags(text)) == [], [(f.text, f.category) for f in _flags(text)]

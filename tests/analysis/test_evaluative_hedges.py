"""Hedge rules (modal on a claim of effect, vague group sources) and quoted voice, on sentences of many topics."""

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.sentences import split_sentences


def flags(text, regions=()):
    return find_flags(text, split_sentences(text), regions)


def hedges(text):
    return [f.text for f in flags(text) if f.category == "hedge"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Eating more fibre may reduce the risk of bowel cancer.", "may reduce"),
        ("The supplement could boost memory in older adults.", "could boost"),
        ("Red wine might protect against heart disease.", "might protect"),
        ("The policy may have contributed to the rise in rents.", "may have contributed"),
        ("The new rules may prove costly for small landlords.", "may prove"),
        ("Higher rates may also fuel unemployment.", "may also fuel"),
        ("Short walks might be a simple way to control blood sugar.", "might be a simple"),
        ("The benefits may be smaller for older people.", "may be smaller"),
        ("Some economists argue that the rise came too late.", "Some economists argue"),
        ("Many analysts believe the merger will fail.", "Many analysts believe"),
        ("A number of scientists warned the data were thin.", "A number of scientists warned"),
        ("Critics say the stadium is a waste of money.", "Critics say"),
        ("The tax, opponents argue, will hit renters.", "opponents argue"),
        ("Critics of the new stadium say it will never pay.", "Critics of the new stadium say"),
        ("The chief executive is understood to have resigned.", "is understood to"),
        ("A new study suggests that naps help memory.", "study suggests"),
        ("People who cycle are probably healthier in other ways.", "probably"),
        ("I am told the minister has already decided.", "I am told"),
        ("Locals fear the plant could poison the river.", "could poison"),
    ],
)
def test_hedges_on_claims_are_flagged(text, phrase):
    assert phrase in hedges(text)


@pytest.mark.parametrize(
    "text",
    [
        "Striker Tom Hale could make his debut against City on Sunday.",
        "The vote could be delayed until next month.",
        "The mayor may attend the ceremony on Friday.",
        "Police could not explain why the alarm failed.",
        "Visitors may park in the east car park.",
        "Three economists polled by the agency said rates would rise.",
        "Supporters said the money was needed to repair roads.",
        "Critics of the plan, led by Ms Ortiz, said it would fail.",
        "The court heard that the defendant could not read.",
        "Temperatures could reach 35C in parts of the south on Wednesday.",
        "The storm killed hundreds and possibly thousands of people.",
    ],
)
def test_ordinary_modals_and_named_sources_are_not_hedges(text):
    assert hedges(text) == []


@pytest.mark.parametrize(
    "text, phrase, voice",
    [
        ('What the mayor calls a "peaceful vigil" was a riot.', "peaceful vigil", "quoted"),
        ("The senator described the protesters as thugs.", "thugs", "quoted"),
        ("The minister dismissed the report as a witch hunt.", "witch hunt", "quoted"),
        ("The union called the offer a betrayal.", "a betrayal", "quoted"),
        ("Certain so-called experts were wrong.", "so-called experts", "author"),
        ("She called for an inquiry into the brutal beating.", "brutal beating", "author"),
        ('He called it "a disgrace" and the reform was shameless too.', "shameless", "author"),
        ("Villagers: \u2018They are lying to us\u2019", "They are lying", "quoted"),
        ("\u2018It\u2019s rotten,\u2019 she said of the residents\u2019 plan.", "rotten", "quoted"),
        ("The residents\u2019 shameless landlord sold up.", "shameless landlord", "author"),
    ],
)
def test_labels_in_quotation_marks_or_after_called_are_the_speakers(text, phrase, voice):
    got = {f.text: f.voice for f in flags(text)}
    assert got.get(phrase) == voice, got


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("A mob of rioters attacked the station.", "mob"),
        ("Paid agitators were bussed in.", "Paid agitators"),
        ("Hundreds of grieving residents gathered peacefully.", "gathered peacefully"),
        ("The regime's crackdown on dissent has intensified.", "crackdown"),
        ("Officials denied a cover-up.", "cover-up"),
        ("They are lying to us about the costs.", "They are lying"),
        ("The whole scheme is rotten.", "rotten"),
        ("The shameless minister is an incompetent disgrace.", "incompetent disgrace"),
        ("The love rat was stunned by the verdict.", "love rat"),
        ("The mayor showed a steady hand and rose to the occasion.", "rose to the occasion"),
        ("The vote was a welcome step and long overdue.", "long overdue"),
        ("This is a reckless gamble with public money.", "reckless gamble"),
        ("The firm did everything humanly possible.", "everything humanly possible"),
        ("Let us be clear about what happened.", "Let us be clear"),
        ("The fee makes it the fastest sale in our history.", "the fastest sale in our history"),
        ("Opposition leaders branded the plan a sticking plaster.", "sticking plaster"),
    ],
)
def test_round_two_classes_are_flagged(text, phrase):
    assert phrase in [f.text for f in flags(text)]

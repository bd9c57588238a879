"""Hand-written articles on other topics (a factory fire, a football transfer, a protest) for compare tests."""

from __future__ import annotations

from reader_app.compare.units import as_sentences, split_sentences_fallback
from reader_app.model import Analysis, Article, Attribution, Claim, Flag, Metadata, span_of

FIRE_WIRE = """A fire broke out at a garment factory in the industrial district of Narayangonj on June 4, killing at least 40 workers, officials said.

The blaze started on the third floor and spread quickly through the building, which housed nearly 2,000 workers, according to the fire service.

Firefighters needed six hours to bring the fire under control. The factory owner, Rahim Uddin, was arrested on Friday.

The city council voted to approve a new budget for road repairs last month."""

FIRE_LOCAL = """Forty-three workers died when fire gutted the Narayanganj garment factory on 4 June, the fire service said.

Witnesses said the fire started on the third floor. About 2,000 workers were inside the building when the flames spread.

It took firefighters six hours to put out the blaze. Police arrested factory owner Rahim Uddin on Friday.

In sports news, the local cricket team won its third match in a row."""

FIRE_TABLOID = """Horror in Narayangonj: a deadly inferno tore through a garment factory on June 5, leaving 41 workers dead.

Survivors told our reporter that the flames began on the third floor and raced through the packed building.

The owner, Rahim Uddin, was arrested by police on Friday after the blaze, officials confirmed.

Meanwhile, a heatwave is expected to hit the capital next week."""

TRANSFER_A = """Liverpool have agreed to sell Mohamed Salah to Al-Nassr for a fee of £60 million, the club confirmed on Tuesday.

Salah, 31, signed a three-year contract with the Saudi club. Manager Jurgen Klopp said the forward would be missed.

Gary Neville praised the deal on television."""

TRANSFER_B = """Mohammed Salah has completed his £60m move from Liverpool to Al-Nassr, signing a three-year deal.

Phil Neville, the former defender, criticised the transfer in a newspaper column.

Ticket prices at Anfield will rise by 5% next season."""

PROTEST_A = """Thousands of protesters marched through the capital on Saturday to demand lower fuel prices.

Police used tear gas to disperse the crowd near parliament."""

PROTEST_B = """Rioters rampaged through the capital on Saturday, demanding cheaper fuel.

Police fired tear gas at the mob outside parliament."""


QUAKE_WIRE = """MIRANO (Wire) — A magnitude 6.4 earthquake struck the hill town of Castelvero early Saturday, killing at least 12 people and injuring about 80, officials said.

The quake destroyed the medieval bell tower and forced some 3,000 residents from their homes.

Rescue teams searched the rubble for 48 hours before the operation was scaled back. The regional government released 5 million euros in emergency aid.

Mayor Elena Ruggeri said on Monday that the town would be rebuilt."""

QUAKE_LOCAL = """Castelvero is counting its dead after the earthquake that shook the town at around 3 a.m. on Saturday. Nineteen people died, according to the parish priest.

Around 3,100 residents have been evacuated, and the bell tower collapsed.

Rescuers dug through the debris for two days. The region has promised 5 million euros in aid, while a British charity pledged 5 million pounds.

Mayor Elena Ruggeri insisted on Tuesday that every family would get a new home."""

QUAKE_TABLOID = """Horror in Castelvaro: a killer quake flattened the town late on Saturday evening, leaving 12 people dead.

Thousands of terrified residents fled their homes.

The council voted on Sunday to hold a day of mourning."""


def quake_items() -> list[tuple[Article, Analysis]]:
    """One earthquake from three outlets (published Monday, Tuesday, Monday): tolls and times differ."""
    arts = [
        article("wire", QUAKE_WIRE, date="2024-05-13"),
        article("local", QUAKE_LOCAL, date="2024-05-14"),
        article("tabloid", QUAKE_TABLOID, date="2024-05-13"),
    ]
    return [(a, bare_analysis(a)) for a in arts]


def article(aid: str, text: str, outlet: str | None = None, date: str | None = None) -> Article:
    return Article(aid, None, text, text, meta=Metadata(outlet=outlet, date=date))


def bare_analysis(art: Article, **extra) -> Analysis:
    """An analysis with only sentences (what compare gets before the other engines land)."""
    return Analysis(art.id, sentences=as_sentences(split_sentences_fallback(art.text)), **extra)


def fire_items() -> list[tuple[Article, Analysis]]:
    arts = [
        article("wire", FIRE_WIRE, "Wire Agency", "2023-06-05"),
        article("local", FIRE_LOCAL, "Local Daily", "2023-06-05"),
        article("tabloid", FIRE_TABLOID, "The Tabloid", "2023-06-06"),
    ]
    return [(a, bare_analysis(a)) for a in arts]


def transfer_items() -> list[tuple[Article, Analysis]]:
    arts = [article("a", TRANSFER_A, "Sports Desk"), article("b", TRANSFER_B, "Football Weekly")]
    return [(a, bare_analysis(a)) for a in arts]


def flag_at(text: str, phrase: str, category: str, voice: str = "author") -> Flag:
    start = text.index(phrase)
    return Flag(start, start + len(phrase), phrase, category, voice, f"test: {category}")


def protest_items() -> list[tuple[Article, Analysis]]:
    a = article("calm", PROTEST_A, "Daily Record")
    b = article("loud", PROTEST_B, "The Shouter")
    flags = (flag_at(PROTEST_B, "Rioters", "loaded"), flag_at(PROTEST_B, "mob", "loaded"))
    return [(a, bare_analysis(a)), (b, bare_analysis(b, flags=flags))]


def profiled_item() -> tuple[Article, Analysis]:
    """An article with flags in both voices, one direct quote, one indirect report, two claims."""
    text = (
        'The mayor said the plan was "a historic triumph". Critics argue it is reckless. '
        "The budget grew by 12% this year."
    )
    art = article("p", text, None)
    quote = text.index('"a historic triumph"')
    direct = Attribution(
        "the mayor",
        span_of(text, 4, 9),
        span_of(text, 10, 14),
        (span_of(text, quote, quote + 20),),
        "direct",
    )
    critics = text.index("Critics")
    indirect = Attribution(
        "Critics",
        span_of(text, critics, critics + 7),
        None,
        (span_of(text, critics + 14, critics + 28),),
        "indirect",
        "group",
    )
    flags = (
        flag_at(text, "historic triumph", "puffery", "quoted"),
        flag_at(text, "reckless", "pejorative", "quoted"),
        flag_at(text, "grew", "reporting_verb"),
    )
    budget = text.index("The budget")
    claims = (
        Claim(0, 49, text[0:49], 0.5, ("attributed",), (), attribution=0),
        Claim(budget, len(text), text[budget:], 0.8, ("numeric",), ()),
    )
    return art, bare_analysis(art, flags=flags, attributions=(direct, indirect), claims=claims)


COUNCIL_A = """The Riverton city council voted 7-2 on Tuesday to raise parking fees by 15% from March 1.

Councillor Maria Lopez said the extra revenue, about $2 million a year, would pay for road repairs.

Shop owners on Main Street protested outside city hall before the vote."""

COUNCIL_B = """Riverton councillors approved a 15 percent increase in parking charges on Tuesday evening, in a 7-2 vote.

The rise takes effect on March 1 and is expected to raise nearly $2 million annually for fixing roads, Councillor Maria Lopez said.

Business owners rallied outside city hall ahead of the decision, calling the fees a tax on shoppers."""


def council_items() -> list[tuple[Article, Analysis]]:
    arts = [
        article("council-a", COUNCIL_A, "Riverton Herald"),
        article("council-b", COUNCIL_B, "Metro Radio"),
    ]
    return [(a, bare_analysis(a)) for a in arts]

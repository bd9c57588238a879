"""Runs every analysis step over an article in order and returns one Analysis."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader_app.analysis import Cancelled
from reader_app.analysis.claims import score_claims
from reader_app.analysis.readability import readability
from reader_app.analysis.sentences import split_sentences
from reader_app.analysis.tone import article_tone, sentence_tokens, sentence_tones
from reader_app.model import Analysis, Article, Sentence

# Bump whenever a rule, list or weight changes what analyze() returns: stored analyses carrying
# another version are recomputed.
ANALYZER_VERSION = "2026.11.3"

STEPS = ("sentences", "attributions", "flags", "claims", "tone", "readability")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class _Steps:
    """Reports ``progress(done, total)`` after each step and stops when ``cancel()`` says so."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, total: int):
        self.progress, self.cancel, self.total, self.done = progress, cancel, total, 0

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled(f"analysis cancelled after {self.done} of {self.total} steps")

    def finished(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()


def current_version(lexicon=None) -> str:
    """The analyser version plus the word lists' hash: editing a list makes cached analyses stale."""
    if lexicon is None:
        from reader_app.analysis.lexicon import load_lexicon

        lexicon = load_lexicon()
    return f"{ANALYZER_VERSION}+lex-{lexicon.version}"


def analyze(
    article: Article,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    lexicon=None,
) -> Analysis:
    """Sentences -> attributions -> flags -> claims -> tone -> readability for one article.

    ``lexicon`` (optional) is handed to the evaluative-wording step (user-edited word lists).
    Raises ``reader_app.analysis.Cancelled`` as soon as ``cancel()`` returns True.
    """
    # Imported here so a missing or broken step names itself in the error, and so importing the
    # pipeline stays cheap for callers that only need ANALYZER_VERSION.
    from reader_app.analysis.attribution import find_attributions, quoted_regions
    from reader_app.analysis.evaluative import find_flags
    from reader_app.analysis.lexicon import load_lexicon

    text, meta = article.text, article.meta
    steps = _Steps(progress, cancel, len(STEPS))
    steps.check()
    sentences = split_sentences(text)
    steps.finished()
    attributions = tuple(find_attributions(text, sentences, meta))
    steps.finished()
    # Loaded once for the flags step and the version: each load stats every list file.
    lexicon = lexicon if lexicon is not None else load_lexicon()
    flags = tuple(find_flags(text, sentences, quoted_regions(attributions), lexicon=lexicon))
    steps.finished()
    claims = score_claims(text, sentences, attributions, meta)
    steps.finished()
    # Lowercased tokens per sentence, made once: tone scores them, readability counts them.
    tokens = sentence_tokens(text, sentences)
    tones = sentence_tones(text, sentences, tokens)
    # Built directly: dataclasses.replace costs several times more per sentence.
    toned = tuple(
        Sentence(s.start, s.end, t, s.paragraph) for s, t in zip(sentences, tones, strict=True)
    )
    tone = article_tone(toned, tones)
    steps.finished()
    stats = readability(text, toned, tokens)
    steps.finished()
    version = current_version(lexicon)
    return Analysis(article.id, toned, claims, attributions, flags, tone, stats, version)


def analyze_many(
    articles: Iterable[Article],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    lexicon=None,
) -> list[Analysis]:
    """analyze() for each article; ``progress(done, total)`` counts articles."""
    from reader_app.analysis.lexicon import load_lexicon

    articles = list(articles)
    # One set of word lists for the whole batch: every article gets the same version.
    if lexicon is None and articles:
        lexicon = load_lexicon()
    out = []
    for i, article in enumerate(articles):
        out.append(analyze(article, cancel=cancel, lexicon=lexicon))
        if progress is not None:
            progress(i + 1, len(articles))
    return out

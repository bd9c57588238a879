"""reader_app: an offline reader for comparing how news sources report the same events."""

__version__ = "0.1.0"

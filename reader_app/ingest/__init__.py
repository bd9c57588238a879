"""reader_app.ingest"""

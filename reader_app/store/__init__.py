"""reader_app.store"""

"""reader_app.compare"""

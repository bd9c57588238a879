"""reader_app.ui"""

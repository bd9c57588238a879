"""reader_app.analysis"""

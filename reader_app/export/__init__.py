"""reader_app.export"""

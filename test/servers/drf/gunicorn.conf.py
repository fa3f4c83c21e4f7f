"""gunicorn settings for the tests: one process loads Django, prepares the database, then serves."""
workers = 1
threads = 4
preload_app = True
graceful_timeout = 2


def on_starting(server):
    from django.core.management import call_command
    from django.db import connections

    call_command("prepare")
    # The worker is forked from this process; it must not inherit an open SQLite connection.
    connections.close_all()

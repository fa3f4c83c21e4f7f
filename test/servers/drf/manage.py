#!/usr/bin/env python3
"""Django's command-line entry point for the camelAI-shaped test server."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "camelsite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)

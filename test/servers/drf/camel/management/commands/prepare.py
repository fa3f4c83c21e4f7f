import os

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from camel.models import APIKey


class Command(BaseCommand):
    help = "Creates the database and the API key named by CAMEL_API_KEY."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        user, _ = get_user_model().objects.get_or_create(username="camelgen")
        APIKey.objects.get_or_create(digest=APIKey.digest_of(os.environ["CAMEL_API_KEY"]), defaults={"name": "tests", "user": user})

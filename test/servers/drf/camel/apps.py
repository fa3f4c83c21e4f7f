from django.apps import AppConfig


class CamelConfig(AppConfig):
    name = "camel"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the OpenAPI description of the API-key authentication with drf-spectacular.
        from camel import schema_extensions  # noqa: F401

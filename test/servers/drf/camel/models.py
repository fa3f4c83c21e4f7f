import hashlib

from django.conf import settings
from django.db import models


class APIKey(models.Model):
    """An API key; only its SHA-256 is stored."""

    name = models.CharField(max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_keys")

    @staticmethod
    def digest_of(key):
        return hashlib.sha256(key.encode()).hexdigest()


class Connection(models.Model):
    class Type(models.TextChoices):
        SUPABASE = "SUPABASE", "Supabase"
        POSTGRES = "POSTGRES", "Postgres"
        MYSQL = "MYSQL", "MySQL"
        BIGQUERY = "BIGQUERY", "BigQuery"
        DATABRICKS = "DATABRICKS", "Databricks"
        FILE = "FILE", "File Upload"
        MOTHERDUCK = "MOTHERDUCK", "MotherDuck"
        CLICKHOUSE = "CLICKHOUSE", "ClickHouse"
        MONGODB = "MONGODB", "MongoDB"
        SNOWFLAKE = "SNOWFLAKE", "Snowflake"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="connections")
    account_name = models.CharField(max_length=255)
    type = models.CharField(max_length=32, choices=Type.choices)
    hostname = models.CharField(max_length=255, blank=True)
    port = models.PositiveIntegerField(null=True, blank=True)
    username = models.CharField(max_length=255, blank=True)
    password = models.CharField(max_length=255, blank=True)
    database_name = models.CharField(max_length=255, blank=True)
    file = models.FileField(upload_to="uploads/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    @property
    def is_fully_configured(self):
        if self.type == self.Type.FILE:
            return bool(self.file)
        return bool(self.hostname and self.database_name)


class Thread(models.Model):
    class Model(models.TextChoices):
        SONNET_4 = "sonnet-4", "Sonnet 4"
        SONNET_4_5 = "sonnet-4.5", "Sonnet 4.5"
        O3 = "o3", "o3"
        GPT_5 = "gpt-5", "GPT-5"

    class Source(models.TextChoices):
        UI = "UI", "Web UI"
        API = "API", "REST API"
        MCP = "MCP", "MCP Server"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(max_length=255)
    model = models.CharField(max_length=32, choices=Model.choices, default=Model.SONNET_4, help_text="The model used for this thread")
    source = models.CharField(max_length=8, choices=Source.choices, default=Source.API, help_text="How this thread was created")
    uid = models.CharField(max_length=64, null=True, blank=True)
    connections = models.ManyToManyField(Connection, blank=True, related_name="threads")
    created_at = models.DateTimeField(auto_now_add=True)
    last_modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Message(models.Model):
    class Role(models.TextChoices):
        USER = "user", "User"
        ASSISTANT = "assistant", "Assistant"
        SYSTEM = "system", "System"
        TOOL = "tool", "Tool"

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16, choices=Role.choices)
    content = models.JSONField()
    metadata = models.JSONField(default=dict, blank=True)
    source = models.CharField(max_length=8, choices=Thread.Source.choices, default=Thread.Source.API)
    created_at = models.DateTimeField(auto_now_add=True)

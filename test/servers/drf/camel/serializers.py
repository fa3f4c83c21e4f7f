from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from camel.models import Connection, Message, Thread


@extend_schema_field(OpenApiTypes.ANY)
class AnyJSONField(serializers.JSONField):
    """Any JSON value; drf-spectacular would describe a plain JSONField as an object."""


class ConnectionSerializer(serializers.ModelSerializer):
    """Serializer for Connection model."""

    is_fully_configured = serializers.BooleanField(read_only=True)

    class Meta:
        model = Connection
        fields = ["id", "account_name", "type", "created_at", "is_fully_configured", "hostname", "port", "username", "password", "database_name"]
        extra_kwargs = {"password": {"write_only": True}}


class SourceConfigUpdateSerializer(serializers.Serializer):
    account_name = serializers.CharField(required=False, max_length=255)
    hostname = serializers.CharField(required=False)
    port = serializers.IntegerField(required=False, min_value=1, max_value=65535)
    username = serializers.CharField(required=False)
    password = serializers.CharField(required=False, write_only=True)
    database_name = serializers.CharField(required=False)


class FileUploadSerializer(serializers.ModelSerializer):
    """A FILE connection created from an uploaded file."""

    file = serializers.FileField(write_only=True)

    class Meta:
        model = Connection
        fields = ["id", "account_name", "file", "created_at"]

    def create(self, validated_data):
        return Connection.objects.create(type=Connection.Type.FILE, **validated_data)


class ThreadSerializer(serializers.ModelSerializer):
    connection_ids = serializers.PrimaryKeyRelatedField(source="connections", many=True, read_only=True)
    connection_names = serializers.SerializerMethodField(help_text="List of connection names")
    message_count = serializers.SerializerMethodField()

    class Meta:
        model = Thread
        fields = ["id", "title", "created_at", "last_modified", "connection_ids", "connection_names", "message_count", "model", "source", "uid"]
        read_only_fields = ["source", "uid"]

    def get_connection_names(self, thread) -> list[str]:
        return [connection.account_name for connection in thread.connections.all()]

    @extend_schema_field(serializers.IntegerField())
    def get_message_count(self, thread):
        count = thread.messages.count()
        # The negative control: the server drifts from its own schema (a string where it says integer).
        return str(count) if settings.CAMEL_DRIFT else count


class MessageSerializer(serializers.ModelSerializer):
    content = AnyJSONField()
    class Meta:
        model = Message
        fields = ["id", "role", "content", "created_at", "metadata", "source"]
        read_only_fields = ["source"]


class ReferenceQuerySerializer(serializers.Serializer):
    title = serializers.CharField()
    query = serializers.CharField()


class AskCamelUnifiedSchemaSerializer(serializers.Serializer):
    message = serializers.CharField()
    source_id = serializers.IntegerField()
    knowledge_base_entries = serializers.ListField(child=serializers.CharField(), required=False)
    reference_queries = ReferenceQuerySerializer(many=True, required=False)
    stream = serializers.BooleanField(default=False)


class AskCamelResponseSerializer(serializers.Serializer):
    message = AnyJSONField()
    thread_id = serializers.IntegerField()

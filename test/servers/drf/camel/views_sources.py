from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view, inline_serializer
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle

from camel.models import Connection
from camel.pagination import SourcePagination
from camel.serializers import ConnectionSerializer, FileUploadSerializer, SourceConfigUpdateSerializer

NOT_FOUND = inline_serializer("NotFoundResponse", {"detail": serializers.CharField(help_text="Not found error message")})
CONNECTION_ERRORS = inline_serializer(
    "ConnectionValidationError",
    {
        "account_name": serializers.ListField(child=serializers.CharField(), required=False),
        "type": serializers.ListField(child=serializers.CharField(), required=False),
        "port": serializers.ListField(child=serializers.CharField(), required=False),
    },
)


@extend_schema_view(
    list=extend_schema(summary="List data sources", description="Return all available data sources for the current user with pagination support."),
    create=extend_schema(summary="Add connection", responses={201: ConnectionSerializer, 400: CONNECTION_ERRORS}),
    retrieve=extend_schema(summary="Get data source details", responses={200: ConnectionSerializer, 404: NOT_FOUND}),
    update=extend_schema(summary="Update data source", responses={200: ConnectionSerializer, 400: CONNECTION_ERRORS, 404: NOT_FOUND}),
    partial_update=extend_schema(summary="Partial update data source", responses={200: ConnectionSerializer, 400: CONNECTION_ERRORS, 404: NOT_FOUND}),
    destroy=extend_schema(summary="Delete data source", responses={204: None, 404: NOT_FOUND}),
)
class SourceViewSet(viewsets.ModelViewSet):
    serializer_class = ConnectionSerializer
    pagination_class = SourcePagination
    throttle_scope = None

    def get_queryset(self):
        return Connection.objects.filter(owner=self.request.user)

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    @extend_schema(
        summary="Update data source configuration",
        description="Update configuration for any type of data source. The required fields depend on the connection type.",
        # As camelAI publishes it: a `pk` path parameter that the `{id}` template does not name.
        parameters=[OpenApiParameter("pk", OpenApiTypes.INT, OpenApiParameter.PATH, description="ID of the source to update")],
        request=SourceConfigUpdateSerializer,
        responses={
            200: inline_serializer(
                "SourceConfigUpdateResponse",
                {
                    "id": serializers.IntegerField(help_text="Connection ID"),
                    "account_name": serializers.CharField(help_text="Connection name"),
                    "type": serializers.CharField(help_text="Connection type"),
                },
            ),
            400: CONNECTION_ERRORS,
            404: NOT_FOUND,
        },
    )
    @action(detail=True, methods=["patch"], url_path="update-config")
    def update_config(self, request, pk=None):
        connection = self.get_object()
        config = SourceConfigUpdateSerializer(data=request.data, partial=True)
        config.is_valid(raise_exception=True)
        for field, value in config.validated_data.items():
            setattr(connection, field, value)
        connection.save()
        return Response({"id": connection.id, "account_name": connection.account_name, "type": connection.type})

    @extend_schema(summary="Upload a file as a data source", request=FileUploadSerializer, responses={201: ConnectionSerializer})
    @action(
        detail=False,
        methods=["post"],
        parser_classes=[MultiPartParser],
        throttle_classes=[ScopedRateThrottle],
        throttle_scope="uploads",
    )
    def upload(self, request):
        upload = FileUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        connection = upload.save(owner=request.user)
        return Response(ConnectionSerializer(connection).data, status=status.HTTP_201_CREATED)

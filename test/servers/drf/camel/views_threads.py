from drf_spectacular.utils import extend_schema, extend_schema_view, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action

from camel.models import Thread
from camel.pagination import MessagePagination, ThreadPagination
from camel.serializers import MessageSerializer, ThreadSerializer

THREAD_NOT_FOUND = inline_serializer("ThreadNotFoundResponse", {"detail": serializers.CharField()})


@extend_schema_view(
    list=extend_schema(summary="List threads"),
    retrieve=extend_schema(summary="Get thread details", responses={200: ThreadSerializer, 404: THREAD_NOT_FOUND}),
    update=extend_schema(summary="Rename thread"),
    partial_update=extend_schema(summary="Rename thread (partial)"),
    destroy=extend_schema(summary="Delete thread"),
)
class ThreadViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = ThreadSerializer
    pagination_class = ThreadPagination

    def get_queryset(self):
        return Thread.objects.filter(owner=self.request.user).prefetch_related("connections")

    @extend_schema(
        summary="Get thread messages",
        description="Retrieve the messages of a thread in chronological order.",
        responses={200: MessageSerializer(many=True), 404: THREAD_NOT_FOUND},
    )
    @action(detail=True, methods=["get"], pagination_class=MessagePagination)
    def messages(self, request, pk=None):
        thread = self.get_object()
        page = self.paginate_queryset(thread.messages.all())
        return self.get_paginated_response(MessageSerializer(page, many=True).data)

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from camel.models import Connection, Message, Thread
from camel.serializers import AskCamelResponseSerializer, AskCamelUnifiedSchemaSerializer
from camel.views_sources import NOT_FOUND


class AskCamelView(APIView):
    """Answers a question about one data source; every call starts a new thread."""

    @extend_schema(
        summary="Ask Camel",
        request=AskCamelUnifiedSchemaSerializer,
        responses={200: AskCamelResponseSerializer, 404: NOT_FOUND},
    )
    def post(self, request):
        question = AskCamelUnifiedSchemaSerializer(data=request.data)
        question.is_valid(raise_exception=True)
        connection = get_object_or_404(Connection, pk=question.validated_data["source_id"], owner=request.user)
        text = question.validated_data["message"]
        thread = Thread.objects.create(owner=request.user, title=text[:255], source=Thread.Source.API)
        thread.connections.add(connection)
        sql = f"SELECT count(*) FROM {connection.database_name or 'data'}"
        answer = {"text": f"{connection.account_name} answered with one row.", "sql": sql}
        Message.objects.create(thread=thread, role=Message.Role.USER, content=text)
        Message.objects.create(thread=thread, role=Message.Role.TOOL, content={"sql": sql}, metadata={"rows": 1})
        Message.objects.create(thread=thread, role=Message.Role.ASSISTANT, content=answer["text"])
        return Response(AskCamelResponseSerializer({"message": answer, "thread_id": thread.id}).data)

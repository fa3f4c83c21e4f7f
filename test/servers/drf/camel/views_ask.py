import json

from django.http import StreamingHttpResponse
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
        if question.validated_data["stream"]:
            # The schema declares only the JSON answer, as camelAI's does: the client's config declares the stream.
            return StreamingHttpResponse(answer_events(answer["text"], thread.id), content_type="text/event-stream")
        return Response(AskCamelResponseSerializer({"message": answer, "thread_id": thread.id}).data)


def answer_events(text, thread_id):
    """The answer as server-sent events: one `delta` per word, then `done` with the thread."""
    words = text.split(" ")
    for index, word in enumerate(words):
        piece = word if index == len(words) - 1 else f"{word} "
        yield f"id: {index + 1}\nevent: delta\ndata: {json.dumps({'type': 'delta', 'content': piece})}\n\n"
    yield f": the answer is complete\nevent: done\ndata: {json.dumps({'type': 'done', 'thread_id': thread_id})}\n\n"

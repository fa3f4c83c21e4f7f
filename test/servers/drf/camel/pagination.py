from rest_framework.pagination import CursorPagination, LimitOffsetPagination, PageNumberPagination


class SourcePagination(PageNumberPagination):
    page_size = 2
    page_size_query_param = "page_size"
    max_page_size = 100


class ThreadPagination(LimitOffsetPagination):
    default_limit = 2
    max_limit = 50


class MessagePagination(CursorPagination):
    page_size = 2
    ordering = "created_at"

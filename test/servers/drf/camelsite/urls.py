from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from camel.views_ask import AskCamelView
from camel.views_sources import SourceViewSet
from camel.views_threads import ThreadViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("sources", SourceViewSet, basename="sources")
router.register("threads", ThreadViewSet, basename="threads")

urlpatterns = [
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/v1/ask_camel", AskCamelView.as_view(), name="ask-camel"),
    path("api/v1/", include(router.urls)),
]

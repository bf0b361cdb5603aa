from django.urls import path

from . import selfcheck_views

urlpatterns = [
    path("", selfcheck_views.start, name="selfcheck"),
    path("vragen/", selfcheck_views.questions, name="selfcheck_questions"),
]

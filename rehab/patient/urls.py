"""The patient's room: the public programme pages and "Mijn schema", included at the root."""

from django.urls import path

from . import views

app_name = "patient"

urlpatterns = [
    path("oefenprogramma/", views.programme, name="programme"),
    path("oefeningen/<slug:slug>/", views.exercise, name="exercise"),
    path("mijn-schema/", views.my_plan, name="my_plan"),
    path("mijn-schema/geschiedenis/", views.my_history, name="my_history"),
    path("mijn-schema/<int:plan_id>/sessie/", views.log_session, name="log_session"),
    path(
        "mijn-schema/sessies/<int:log_id>/ochtendpijn/",
        views.record_morning_pain,
        name="record_morning_pain",
    ),
    path("mijn-schema/metingen/<int:measurement_id>/", views.measurement, name="measurement"),
    path("mijn-schema/<int:plan_id>/volgende-fase/", views.advance, name="advance_phase"),
    path(
        "mijn-schema/<int:plan_id>/toestemming-vragen/",
        views.request_advance,
        name="request_advance",
    ),
]

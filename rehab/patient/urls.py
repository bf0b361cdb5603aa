"""The patient's room: the public programme pages and "Mijn schema", included at the root."""

from django.urls import path

from . import daily_views, views

app_name = "patient"

urlpatterns = [
    path("oefenprogramma/", views.programme, name="programme"),
    path("oefeningen/<slug:slug>/", views.exercise, name="exercise"),
    path("mijn-schema/", views.my_plan, name="my_plan"),
    path("mijn-schema/geschiedenis/", views.my_history, name="my_history"),
    path("mijn-schema/sessie-starten/", views.guided_session, name="guided_session"),
    path("mijn-schema/<int:plan_id>/sessie/", views.log_session, name="log_session"),
    path(
        "mijn-schema/sessies/<int:log_id>/ochtendpijn/",
        views.record_morning_pain,
        name="record_morning_pain",
    ),
    path("herinneringen/", daily_views.reminder_settings, name="reminder_settings"),
    path(
        "herinneringen/afmelden/<str:unsubscribe_token>/",
        daily_views.unsubscribe,
        name="unsubscribe",
    ),
    path("agenda/nieuw-adres/", daily_views.calendar_renew, name="calendar_renew"),
    path("agenda/<str:feed_token>.ics", daily_views.calendar_feed, name="calendar"),
    path("mijn-schema/metingen/<int:measurement_id>/", views.measurement, name="measurement"),
    path("mijn-schema/<int:plan_id>/volgende-fase/", views.advance, name="advance_phase"),
    path(
        "mijn-schema/<int:plan_id>/toestemming-vragen/",
        views.request_advance,
        name="request_advance",
    ),
]

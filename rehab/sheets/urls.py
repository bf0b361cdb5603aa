"""Printable sheets, included at "oefenblad/"."""

from django.urls import path

from . import views

app_name = "sheets"

urlpatterns = [
    path("fase/<int:phase>/", views.public_sheet, name="public"),
    path("fase/<int:phase>/afdrukken/", views.public_sheet_html, name="public_html"),
    path("schema/<int:plan_id>/", views.plan_sheet, name="plan"),
    path("schema/<int:plan_id>/afdrukken/", views.plan_sheet_html, name="plan_html"),
    path("schema/<int:plan_id>/sportcheck/", views.return_to_sport_sheet, name="return_to_sport"),
    path(
        "schema/<int:plan_id>/sportcheck/afdrukken/",
        views.return_to_sport_sheet_html,
        name="return_to_sport_html",
    ),
]

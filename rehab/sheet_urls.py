"""Printable sheets, included at "oefenblad/"."""

from django.urls import path

from . import sheet_views

urlpatterns = [
    path("fase/<int:phase>/", sheet_views.public_sheet, name="public_sheet"),
    path("fase/<int:phase>/afdrukken/", sheet_views.public_sheet_html, name="public_sheet_html"),
    path("schema/<int:plan_id>/", sheet_views.plan_sheet, name="plan_sheet"),
    path("schema/<int:plan_id>/afdrukken/", sheet_views.plan_sheet_html, name="plan_sheet_html"),
    path(
        "schema/<int:plan_id>/sportcheck/",
        sheet_views.return_to_sport_sheet,
        name="return_to_sport_sheet",
    ),
    path(
        "schema/<int:plan_id>/sportcheck/afdrukken/",
        sheet_views.return_to_sport_sheet_html,
        name="return_to_sport_sheet_html",
    ),
]

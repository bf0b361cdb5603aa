"""The physiotherapist's room, included at "fysio/"."""

from django.urls import path

from . import outcomes, views

app_name = "clinic"

urlpatterns = [
    path("", views.patient_list, name="patients"),
    path("patienten/nieuw/", views.patient_new, name="patient_new"),
    path("patienten/<int:patient_id>/", views.patient_record, name="patient"),
    path("patienten/<int:patient_id>/uitnodiging/", views.patient_invite, name="patient_invite"),
    path("patienten/<int:patient_id>/schema/nieuw/", views.plan_assign, name="plan_assign"),
    path("schema/<int:plan_id>/aanpassen/", views.plan_edit, name="plan_edit"),
    path(
        "schema/<int:plan_id>/oefeningen/<int:prescription_id>/",
        views.prescription_update,
        name="prescription_update",
    ),
    path(
        "schema/<int:plan_id>/oefeningen/<int:prescription_id>/verwijderen/",
        views.prescription_remove,
        name="prescription_remove",
    ),
    path(
        "schema/<int:plan_id>/fase/<int:phase>/oefening-toevoegen/",
        views.prescription_add,
        name="prescription_add",
    ),
    path(
        "schema/<int:plan_id>/fase/<int:phase>/criteria/",
        views.phase_criteria_update,
        name="phase_criteria",
    ),
    path("schema/<int:plan_id>/goedkeuren/", views.plan_approve, name="plan_approve"),
    path("schema/<int:plan_id>/fase/", views.plan_phase, name="plan_phase"),
    path("schema/<int:plan_id>/sportcheck/", views.return_to_sport, name="return_to_sport"),
    path(
        "schema/<int:plan_id>/meting-vragen/",
        outcomes.measurement_request,
        name="measurement_request",
    ),
    path(
        "schema/<int:plan_id>/activiteiten/<int:activity_id>/",
        outcomes.activity_rename,
        name="activity_rename",
    ),
    path("patienten/<int:patient_id>/fhir/", outcomes.patient_fhir, name="patient_fhir"),
]

from django.urls import path

from . import physio_views as views

urlpatterns = [
    path("", views.patient_list, name="physio_patients"),
    path("patienten/nieuw/", views.patient_new, name="physio_patient_new"),
    path("patienten/<int:patient_id>/", views.patient_record, name="physio_patient"),
    path(
        "patienten/<int:patient_id>/uitnodiging/",
        views.patient_invite,
        name="physio_patient_invite",
    ),
    path("patienten/<int:patient_id>/schema/nieuw/", views.plan_assign, name="physio_plan_assign"),
    path("schema/<int:plan_id>/aanpassen/", views.plan_edit, name="physio_plan_edit"),
    path(
        "schema/<int:plan_id>/oefeningen/<int:prescription_id>/",
        views.prescription_update,
        name="physio_prescription_update",
    ),
    path(
        "schema/<int:plan_id>/oefeningen/<int:prescription_id>/verwijderen/",
        views.prescription_remove,
        name="physio_prescription_remove",
    ),
    path(
        "schema/<int:plan_id>/fase/<int:phase>/oefening-toevoegen/",
        views.prescription_add,
        name="physio_prescription_add",
    ),
    path(
        "schema/<int:plan_id>/fase/<int:phase>/criteria/",
        views.phase_criteria_update,
        name="physio_phase_criteria",
    ),
    path("schema/<int:plan_id>/goedkeuren/", views.plan_approve, name="physio_plan_approve"),
    path("schema/<int:plan_id>/fase/", views.plan_phase, name="physio_plan_phase"),
    path("schema/<int:plan_id>/sportcheck/", views.return_to_sport, name="physio_return_to_sport"),
]

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("klachten/<slug:slug>/", views.condition, name="condition"),
    path("vergelijken/", views.comparison, name="comparison"),
    path("behandelingen/", views.treatments, name="treatments"),
    path("veelgestelde-vragen/", views.faq, name="faq"),
    path("bronnen/", views.references, name="references"),
]

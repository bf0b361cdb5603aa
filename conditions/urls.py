from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("veelgestelde-vragen/", views.faq, name="faq"),
    path("bronnen/", views.references, name="references"),
]

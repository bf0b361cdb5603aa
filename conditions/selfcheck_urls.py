from django.urls import path

from . import views

# Placeholder until the self-check lands; keeps the URL name stable.
urlpatterns = [path("", views.home, name="selfcheck")]

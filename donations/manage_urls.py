"""Donors' own pages, under the language prefix (/donations/manage/ and /es/donations/manage/)."""

from django.urls import path

from donations import manage_views

app_name = "donations_manage"

urlpatterns = [
    path("", manage_views.manage_request, name="request"),
    path("thanks/", manage_views.manage_from_thanks, name="thanks"),
    path("link/<str:token>/", manage_views.manage_open, name="open"),
    path("card/<str:token>/", manage_views.manage_card, name="card"),
]

from django.urls import path

from campaigns import following_views

app_name = "campaign_updates"

urlpatterns = [
    path("confirm/<str:token>/", following_views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", following_views.unsubscribe, name="unsubscribe"),
]

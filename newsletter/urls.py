from django.urls import path

from newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/thanks/", views.thanks, name="thanks"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]

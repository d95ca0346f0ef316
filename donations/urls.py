from django.urls import path

from donations import stripe_views

app_name = "donations"

urlpatterns = [
    path("stripe/webhook/", stripe_views.stripe_webhook, name="stripe_webhook"),
    path("test-checkout/<uuid:donation_id>/", stripe_views.test_checkout, name="test_checkout"),
    path("test-portal/<uuid:donation_id>/", stripe_views.test_portal, name="test_portal"),
]

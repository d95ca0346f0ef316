from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"

    def ready(self):
        # Connects the email provider's tracking events (bounces, complaints, unsubscribes) to subscribers.
        from newsletter import tracking  # noqa: F401

from django.apps import AppConfig


class LegislatorsConfig(AppConfig):
    name = "legislators"

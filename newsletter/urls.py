app_name = "newsletter"

urlpatterns: list = []  # filled by the newsletter work

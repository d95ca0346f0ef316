app_name = "donations"

urlpatterns: list = []  # filled by the donations work

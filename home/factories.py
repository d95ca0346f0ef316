import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Stand with our immigrant neighbours"
    hero_intro = "Three actions every week."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About us"
    intro = "Who we are."

    class Meta:
        model = StandardPage

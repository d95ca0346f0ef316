from .navigation import NavigationLink, NavigationMenu
from .pages import HomePage, StandardPage
from .site_settings import OrganisationSettings
from .site_text import SiteText

__all__ = ["HomePage", "StandardPage", "NavigationMenu", "NavigationLink", "OrganisationSettings", "SiteText"]

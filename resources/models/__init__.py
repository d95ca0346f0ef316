from .lookups import Language, Service
from .organisations import Organisation, OrganisationArea
from .pages import DirectoryPage, ResourceDocument, ResourceIndexPage, ResourceLink, ResourcePage

__all__ = [
    "Language",
    "Service",
    "Organisation",
    "OrganisationArea",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceDocument",
    "ResourceLink",
    "DirectoryPage",
]

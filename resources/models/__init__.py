from .lookups import Language, Service, Topic
from .organisations import Organisation, OrganisationArea
from .pages import DirectoryPage, ResourceDocument, ResourceIndexPage, ResourceLink, ResourcePage

__all__ = [
    "Language",
    "Service",
    "Topic",
    "Organisation",
    "OrganisationArea",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceDocument",
    "ResourceLink",
    "DirectoryPage",
]

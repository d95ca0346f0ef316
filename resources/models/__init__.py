from .documents import LanguageDocument
from .lookups import Language, Service
from .organisations import Organisation, OrganisationArea
from .pages import DirectoryPage, ResourceDocument, ResourceIndexPage, ResourceLink, ResourcePage

__all__ = [
    "LanguageDocument",
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

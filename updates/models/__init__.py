from .news import UpdatePage, UpdatesIndexPage
from .topics import Topic
from .weekly import WeeklyActionsIndexPage, WeeklyActionsPage

__all__ = ["Topic", "UpdatesIndexPage", "UpdatePage", "WeeklyActionsIndexPage", "WeeklyActionsPage"]

from .news import UpdatePage, UpdatesIndexPage
from .weekly import WeeklyActionsIndexPage, WeeklyActionsPage

__all__ = ["UpdatesIndexPage", "UpdatePage", "WeeklyActionsIndexPage", "WeeklyActionsPage"]

"""What a progress bar shows, shared by the campaign and petition pages and the donate block's preview."""


class Progress:
    """What a progress bar shows: how far `current` is towards `goal`, capped at 100%."""

    def __init__(self, current, goal):
        self.current, self.goal = current, goal

    @property
    def percent(self):
        if not self.goal:
            return 0
        return min(100, int(self.current * 100 / self.goal))

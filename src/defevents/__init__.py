"""defevents: typed, source-grounded defence events from news text."""

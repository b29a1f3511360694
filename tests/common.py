"""Constants shared by the tests."""
from datetime import date

#: The fixed "today" of the tests.
TODAY = date(2026, 11, 23)

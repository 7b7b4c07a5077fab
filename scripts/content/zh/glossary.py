"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {}

"""Signing in the window: the sign dialog, identities and trust, the signature's preview.

Only the Tools menu loads at start-up; the dialogs, and the signing layer with them, load when
they are opened.
"""

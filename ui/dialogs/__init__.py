"""Dialogs: first start, login, customer and car forms, users, shop profile, pickers."""

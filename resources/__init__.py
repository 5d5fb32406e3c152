"""Icons, fonts, translations and templates shipped with the program (data, no code)."""

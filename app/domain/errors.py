"""The one error type for input a person typed that the rules refuse."""

from __future__ import annotations

from typing import Any


class InputError(ValueError):
    """Input refused by a rule, with a message that says what is wrong and how to fix it.

    `field` names the input (e.g. "plate") so the UI can show the message next to it.
    `message` is the English source text with `{placeholders}`, marked for translation with
    `QT_TRANSLATE_NOOP("InputError", ...)`; `params` fills the placeholders.
    """

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The message in English with its placeholders filled."""
        return self.message.format(**self.params)

    def for_field(self, field: str) -> InputError:
        """The same refusal told about another input (e.g. the second of several phones)."""
        return InputError(field, self.message, **self.params)


class InputErrors(ValueError):
    """Several refused inputs at once (a form checked as a whole)."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.text() for e in errors))

    def by_field(self) -> dict[str, InputError]:
        return {e.field: e for e in self.errors}


def collect(errors: list[InputError], check, *args, field: str | None = None):  # type: ignore[no-untyped-def]
    """Run one check; keep its refusal in `errors` (renamed to `field`) and return None.

    Lets a form be checked as a whole so every wrong field is shown at once.
    """
    try:
        return check(*args)
    except InputError as e:
        errors.append(e.for_field(field) if field else e)
        return None

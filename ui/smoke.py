"""`garagedesk --smoke`: start the windowed program, open the main window and a print preview, quit.

It proves an installed program can open its windows (Qt's platform plugin, the PDF view, the
fonts, the translations) without anyone at the keyboard: it starts as the program does, logs in
as the first active administrator (as `ui.probe` does), shows the main window, opens the print
preview of the newest work order and renders its first page, then exits 0. Any failure prints
why and exits 1. Use it with QT_QPA_PLATFORM=offscreen on a machine without a screen.
"""

from __future__ import annotations

import sys

from ui import startup

GIVE_UP_MS = 60_000  # a preview that never reports is a failure, not a hang


def run_smoke(db_url: str | None, lang: str | None = None) -> int:
    startup.begin()
    from ui.probe import show_as_program

    shown = show_as_program(db_url, lang)
    startup.finished()
    if shown is None:
        return 1
    launched, window = shown
    app, context = launched.app, launched.context
    from PySide6.QtCore import QEventLoop, QTimer

    app.processEvents()
    print(f"smoke: main window '{window.windowTitle()}'", flush=True)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok, window)
    print(f"smoke: language {launched.languages.language}, Qt's OK button "
          f"'{box.button(QMessageBox.StandardButton.Ok).text()}'", flush=True)
    box.deleteLater()
    order_id = newest_order_id(context)
    if order_id is None:
        print("smoke: no work order to preview", flush=True)
    else:
        from ui.dialogs.print_preview import PrintPreview

        preview = PrintPreview(context, order_id, "workorder", window,
                               language=launched.languages.language)
        preview.show()
        loop = QEventLoop()
        preview.ready.connect(loop.quit)
        QTimer.singleShot(GIVE_UP_MS, loop.quit)
        if not preview.pdf:
            loop.exec()
        if not preview.pdf:
            print(f"smoke: the preview did not build: {preview.status.text()}", file=sys.stderr)
            return 1
        image = preview.page_image(0, 400)
        if image.isNull() or len({image.pixel(x, y) for x in range(0, 400, 7)
                                  for y in range(0, image.height(), 7)}) < 2:
            print("smoke: the preview's first page is blank", file=sys.stderr)
            return 1
        print(f"smoke: preview '{preview.windowTitle()}', "
              f"{preview.pdf_document.pageCount()} page(s)", flush=True)
        preview.close()
    window.close()
    app.processEvents()
    print("smoke: ok", flush=True)
    return 0


def newest_order_id(context):  # type: ignore[no-untyped-def]
    """The first car on the progress board (an order in the shop), or None on an empty shop."""
    from app.services import board

    return board.first_on_board(context.db)

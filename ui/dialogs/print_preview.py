"""Print preview of an order's paper: the real PDF on screen, then Print or Save as PDF.

The order is read on the UI thread (a few milliseconds); ReportLab builds the PDF on a worker
thread while the dialog shows that it is working, so the desk never freezes. What is shown is
exactly what prints: the same bytes go to the preview, the printer and the saved file.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.printing import DOCUMENTS
from app.services import documents
from ui.i18n import CHINESE, Retranslating
from ui.widgets import file_dialogs
from ui.widgets.why_not import allow


class _Signals(QObject):
    done = Signal(bytes)
    failed = Signal(str)


class _Build(QRunnable):
    def __init__(self, render, doc) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.render, self.doc, self.signals = render, doc, _Signals()

    def run(self) -> None:
        try:
            self.signals.done.emit(self.render(self.doc))
        except Exception as e:  # shown in the dialog: a paper that cannot be built says why
            logging.getLogger("garagedesk.ui").exception("a paper could not be built")
            self.signals.failed.emit(str(e))


class PrintPreview(Retranslating, QDialog):
    ready = Signal()

    def __init__(self, context: AppContext, order_id: uuid.UUID | None, document: str,
                 parent: QWidget | None = None, language: str = CHINESE,
                 version: int | None = None, data: object | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.document_name = document
        self.pdf: bytes = b""
        if data is not None:  # a paper that is not an order's (the daily close sheet)
            self.doc = data
        else:
            assert order_id is not None
            with context.read() as s:
                self.doc = documents.document_data(s, order_id, document, language,
                                                   version=version)
        self.status = QLabel(self)
        self.status.setObjectName("preview_status")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: ReportLab gives no steps
        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf_document)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("preview_print")
        self.print_button.clicked.connect(self.print_pages)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("preview_save")
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button):
            allow(button, self.tr("The paper is still being made…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pages)
        self.resize(QSize(860, 690))  # fits 1366×768 with a taskbar
        self._buffer: QBuffer | None = None
        self.retranslate()
        build = _Build(DOCUMENTS[document], self.doc)
        build.signals.done.connect(self._built)
        build.signals.failed.connect(self._failed)
        self._build = build  # keep the signals alive until the worker reports
        QThreadPool.globalInstance().start(build)

    def retranslate(self) -> None:
        title = {"workorder": self.tr("Work order"), "estimate": self.tr("Estimate"),
                 "checkin": self.tr("Check-in sheet"),
                 "keytag": self.tr("Key tag"), "receipt": self.tr("Settlement list"),
                 "receipt80": self.tr("Settlement list (80 mm)"),
                 "dailyclose": self.tr("Daily close sheet"),
                 "certificate": self.tr("Completion certificate"),
                 "pickup": self.tr("Pickup note")}.get(self.document_name, "")
        self.setWindowTitle(self.tr("Print preview — {doc} {number}").format(
            doc=title, number=self.doc.number))
        self.print_button.setText(self.tr("&Print… (Ctrl+P)"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        if not self.pdf:
            self.status.setText(self.tr("Preparing the document…"))

    def _built(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        self.progress.hide()
        self.status.setText(self.tr("{n} page(s)").format(n=self.pdf_document.pageCount()))
        for button in (self.print_button, self.save_button):
            allow(button, None)
        self.print_button.setFocus()
        self.ready.emit()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The document could not be made: {why}").format(
            why=message))

    def page_image(self, page: int, width: int = 800) -> QImage:
        """A page rendered on white (QPdfDocument renders onto transparency)."""
        size = self.pdf_document.pagePointSize(page)
        height = round(width * size.height() / size.width())
        rendered = self.pdf_document.render(page, QSize(width, height))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def print_pages(self) -> None:
        if not self.pdf:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(self.pdf_document.pageCount()):
            if page:
                printer.newPage()
            image = self.page_image(page, area.width())
            painter.drawImage(area.topLeft(), image.scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        painter.end()

    def save_pdf(self) -> None:
        if not self.pdf:
            return
        path = file_dialogs.save_file_name(
            self, self.tr("Save as PDF"), f"{self.doc.number}-{self.document_name}.pdf",
            self.tr("PDF files (*.pdf)"))
        if path:
            with open(path, "wb") as file:
                file.write(self.pdf)

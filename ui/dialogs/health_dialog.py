"""What the start-up check found, said in words before the program ends (app/services/health).

A damaged file is not opened: the message names what SQLite's check said and the newest good
backup, with a button that opens the backups folder and the command that puts the backup back
(`garagedesk restore FILE`). A read-only file or folder or a network share is told the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.config import APP_NAME
from app.services.health import Finding, Health
from ui.i18n import app_text


def finding_text(finding: Finding) -> str:
    return app_text("Health", finding.message, **finding.params)


class HealthDialog(QDialog):
    """The start-up check's findings; "Open the backups folder" when a backup could help."""

    def __init__(self, health: Health, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startup_health")
        self.setWindowTitle(APP_NAME)
        self.health = health
        advice = health.backup_advice()
        parts = [self.tr("GarageDesk cannot work with this database:"),
                 *(finding_text(f) for f in health.findings),
                 *([finding_text(advice)] if advice else [])]
        self.label = QLabel("\n\n".join(parts), self)
        self.label.setObjectName("health_message")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.label.text())
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_backups: QPushButton | None = None
        folder = health.backups_folder
        if advice is not None and folder is not None and folder.is_dir():
            self.open_backups = buttons.addButton(
                self.tr("Open the backups folder"), QDialogButtonBox.ButtonRole.ActionRole)
            self.open_backups.setObjectName("open_backups")
            self.open_backups.clicked.connect(self.show_backups)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def message(self) -> str:
        """Everything the box says (for tests and screen readers)."""
        return self.label.text()

    def show_backups(self) -> None:
        folder = self.health.backups_folder
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def tell(health: Health) -> None:
    """Show the findings and wait until the user closes the box."""
    HealthDialog(health).exec()

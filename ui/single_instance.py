"""One window per database file: a second start on the same file focuses the first.

The first instance listens on a local socket named after the database path;
a second instance that can connect asks it to come to the front and exits.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

FOCUS = b"focus\n"


def server_name(db_path: Path) -> str:
    digest = hashlib.sha1(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"crm-desktop-{digest}"


def connect_to_running_instance(db_path: Path, timeout_ms: int = 500) -> QLocalSocket | None:
    """A connection to the instance that has this database open, or None."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    return socket if socket.waitForConnected(timeout_ms) else None


def ask_to_focus(socket: QLocalSocket, timeout_ms: int = 500) -> None:
    socket.write(FOCUS)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()


class InstanceServer(QObject):
    """Listens for later instances; emits ``focus_requested`` when one starts."""

    focus_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(db_path)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(FOCUS.strip()):
            self.focus_requested.emit()

    def close(self) -> None:
        self._server.close()

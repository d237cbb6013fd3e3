"""A sender in its own process, for the crash test: ``python -m tests.core.email.flush_child DB PORT``."""

from __future__ import annotations

import sys

from crm_desktop.db.store import open_store
from crm_desktop.email.account import SmtpAccount
from crm_desktop.email.sender import flush


def main(db: str, port: int) -> int:
    with open_store(db):
        report = flush(account=SmtpAccount("127.0.0.1", port, "none", "", "shop@example.com"))
    print(f"sent {report.sent}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))

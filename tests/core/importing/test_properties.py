"""Whatever bytes a file holds, the engine answers with counts and problems or one clean refusal."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.db.store import Store
from crm_desktop.importing import ImportFile, ImportOptions, ImportRefused, run_import
from tests.core.importing.conftest import dump

_PIECES = st.sampled_from(
    [b",", b";", b"\t", b'"', b'""', b"\n", b"\r\n", b"\r", b"NULL", b"Name", b"Phone", b"Email", b"Tags",
     b"Birthday", b"01712345678", b"-1199", b"a@b.com", b"31/12/2020", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00",
     b"\xe0\xa6\xb0", b"\x80", b"=SUM(A1)", b"'=x", b" ::: ", b"BEGIN:VCARD", b"END:VCARD", b"FN:x", b"TEL:1"]
)  # fmt: skip
_FILES = st.one_of(st.binary(max_size=400), st.lists(_PIECES, max_size=60).map(b"".join))


@pytest.mark.parametrize("entity", ["customers", "purchases"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=_FILES, name=st.sampled_from(["data.csv", "contacts.vcf"]))
def test_arbitrary_bytes_never_crash_the_engine(store: Store, entity: str, raw: bytes, name: str) -> None:
    before = dump(store)
    try:
        result = run_import(
            ImportFile(raw, name=name), ImportOptions(entity=entity, skip_invalid=True), dry_run=True
        )
    except ImportRefused as exc:
        assert str(exc).strip()
        assert "Traceback" not in str(exc)
    else:
        total = result.created + result.updated + result.skipped + result.rejected
        assert total == result.rows
        assert all(p.line >= 0 and p.reason for p in result.problems)
        result.close()
    assert dump(store) == before

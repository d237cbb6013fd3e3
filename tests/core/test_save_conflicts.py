"""Two editors saving the same customer never lose an update (issue 16, item 3): a save over a
change made since the editor opened is merged when the fields differ, refused with "Changed by
another window or program since you opened it" when both changed the same field."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop.db.store import Store, open_store
from crm_desktop.services.conflicts import ConflictError
from crm_desktop.services.customers import CustomerInput, create_customer, load_input, update_customer

EDITOR = textwrap.dedent(
    """
    import dataclasses, json, sys
    from crm_desktop.db.store import open_store
    from crm_desktop.services.conflicts import ConflictError
    from crm_desktop.services.customers import load_input, update_customer

    db, cid, name, saves = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    done, refused = [], []
    with open_store(db):
        for i in range(saves):
            opened = load_input(cid)  # the dialog opens
            token = f"{name}-{i}"
            edited = dataclasses.replace(opened, notes=(opened.notes + " " + token).strip())
            try:
                update_customer(cid, edited, expected=opened)  # the dialog saves
                done.append(token)
            except ConflictError as exc:
                refused.append(str(exc))
    print(json.dumps({"done": done, "refused": refused}))
    """
)


def test_two_editors_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    with open_store(db):
        cid = create_customer(CustomerInput(display_name="Rahim")).value
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(db), str(cid), name, "150"], stdout=subprocess.PIPE, text=True
        )
        for name in ("left", "right")
    ]
    results = [json.loads(editor.communicate(timeout=600)[0]) for editor in editors]
    assert all(editor.returncode == 0 for editor in editors)
    with open_store(db):
        notes = load_input(cid).notes.split()
    saved = [token for r in results for token in r["done"]]
    lost = [token for token in saved if token not in notes]
    assert lost == []  # every save that said "saved" is there
    assert sorted(notes) == sorted(saved)
    refused = [message for r in results for message in r["refused"]]
    assert len(saved) + len(refused) == 300
    assert all("Changed by another window or program since you opened it" in m for m in refused)


def test_changes_to_different_fields_are_merged(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Rahim", city="Dhaka")).value
    mine = load_input(cid)
    theirs = load_input(cid)
    update_customer(cid, dataclasses.replace(theirs, city="Sylhet"), expected=theirs)
    update_customer(cid, dataclasses.replace(mine, notes="pays cash"), expected=mine)
    now = load_input(cid)
    assert (now.city, now.notes) == ("Sylhet", "pays cash")


def test_the_same_field_changed_by_both_is_refused_and_names_the_stored_value(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="Rahim", phones=["01712345678"])).value
    mine = load_input(cid)
    theirs = load_input(cid)
    update_customer(cid, dataclasses.replace(theirs, display_name="Rahim Uddin"), expected=theirs)
    with pytest.raises(ConflictError) as refused:
        update_customer(cid, dataclasses.replace(mine, display_name="Rahim Ahmed"), expected=mine)
    [error] = refused.value.errors
    assert error.field == "display_name" and "now 'Rahim Uddin'" in error.message
    assert load_input(cid).display_name == "Rahim Uddin"  # nothing written
    # saving again from the stored version keeps the user's value: a deliberate choice
    current = refused.value.current
    assert isinstance(current, CustomerInput)
    update_customer(cid, dataclasses.replace(mine, display_name="Rahim Ahmed"), expected=current)
    assert load_input(cid).display_name == "Rahim Ahmed"

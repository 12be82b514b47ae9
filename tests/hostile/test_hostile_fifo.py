"""Item 7 of issue 19: importing a FIFO, a device or a folder gives a plain message at once
instead of waiting for ever for a writer."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from workstation.__main__ import main
from workstation.importers import ImportFormatError, read_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_import_refuses_a_fifo_without_waiting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "reviews.csv"
    os.mkfifo(fifo)
    outcome: list[int] = []
    worker = threading.Thread(target=lambda: outcome.append(
        main(["import", str(fifo), "--data-dir", str(tmp_path / "data")])), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # blocked in open(): give it a writer so the test run can end
        with fifo.open("w"):
            pass
        worker.join(30)
        pytest.fail("import waited on a FIFO")
    assert outcome == [2]
    assert "not a regular file" in capsys.readouterr().out


@pytest.mark.parametrize(("target", "key"), [("/dev/null", "not_a_file"), ("{tmp}", "cannot_read")])
def test_devices_and_folders_are_refused(tmp_path: Path, target: str, key: str) -> None:
    path = Path(target.replace("{tmp}", str(tmp_path)))
    if not path.exists():
        pytest.skip(f"{path} does not exist here")
    with pytest.raises(ImportFormatError) as err:
        read_file(path)
    assert err.value.key == key

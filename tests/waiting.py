"""A call that must come back within seconds: a named pipe read or written like a file waits for
ever for the other end, and a test that waited with it would hang the suite instead of failing."""
from __future__ import annotations

import threading


def returned_within(call, seconds: float = 10) -> BaseException | None:
    """What ``call`` raised (None: it returned), asserting it came back within ``seconds``."""
    got: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            got.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            got.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "still waiting: a named pipe was read or written like a file"
    return got[0]

"""Run one of the window's worker jobs in a process spawned from the bundled executable, as the
window does when it writes a report (services.workers.tasks.child_main through a spawn context), and
print the job's last message as JSON.

    python spawn_probe.py BUNDLE_EXECUTABLE DATABASE ASSESSMENT_ID PDF

This interpreter plays the frozen window: with ``sys.frozen`` set and the bundle as the
executable, multiprocessing starts ``BUNDLE --multiprocessing-fork ...`` for the worker and
``BUNDLE -B -S -I -c 'from multiprocessing.resource_tracker import main; ...'`` for its resource
tracker, exactly the command lines a frozen parent uses (-B -S -I: the flags of PyInstaller's
interpreter, which a frozen parent passes on). The bundle's entry script must divert both.
Used by tests/bundle/test_bundle.py."""
import json
import multiprocessing
import multiprocessing.spawn
import multiprocessing.util
import sys

from capacity_app.services.workers.tasks import child_main, worker_ref


def main(bundle: str, db: str, ident: str, pdf: str) -> None:
    multiprocessing.util._args_from_interpreter_flags = lambda: ["-B", "-S", "-I"]
    ctx = multiprocessing.get_context("spawn")
    ctx.set_executable(bundle)
    sys.frozen = True
    prepared = multiprocessing.spawn.get_preparation_data

    def preparation_data(name):
        data = prepared(name)
        for key in ("sys_path", "init_main_from_path", "init_main_from_name"):
            data.pop(key, None)  # the worker keeps the bundle's own module path
        return data

    multiprocessing.spawn.get_preparation_data = preparation_data
    messages, cancel = ctx.Queue(), ctx.Event()
    process = ctx.Process(target=child_main, daemon=True,
                          args=(worker_ref("export_report_from_database"), (db, int(ident), pdf),
                                {"lang": "fr"}, messages, cancel))
    process.start()
    progress = 0
    while True:
        msg = messages.get(timeout=180)
        if msg[0] != "progress":
            break
        progress += 1
    process.join(timeout=30)
    print(json.dumps({"last": [str(part) for part in msg], "progress": progress, "exitcode": process.exitcode}))


if __name__ == "__main__":
    main(*sys.argv[1:5])

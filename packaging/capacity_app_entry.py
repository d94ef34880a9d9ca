"""Entry script of the standalone bundle (packaging/capacity_app.spec): the same entry point as the
installed ``capacity-app`` command. ``freeze_support`` lets the report and aggregation worker
processes, started with spawn or forkserver, run from the bundled executable."""
import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from capacity_app.launch import main

    main()

"""What tests that rewrite the demo's plan share: the demo's progress removed first, through the
services, as an officer would before replacing a plan whose actions have progress (an action with
progress stays in the plan, a line holding money keeps its place: docs/progress.md)."""


def forget_progress(store, aid: int) -> None:
    """Remove every progress entry of assessment ``aid`` (each kept in the history)."""
    from capacity_app.services.plan import progress as prog

    for e in store.action_progress(aid):
        prog.remove_progress(store, aid, e.action_id, e.period)

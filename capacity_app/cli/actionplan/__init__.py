"""The action plan's commands (``capacity-app actions``): the costed action plan of an assessment,
listed, drafted from the recommendations, edited field by field, costed, and validated.

    capacity-app actions ID [--json] [--draft]                 the plan (``actions list``)
    capacity-app actions add ID --title "..." [fields]         a new action
    capacity-app actions edit ID ACTION [fields]               change any field of one action
    capacity-app actions remove ID ACTION
    capacity-app actions finance ID [--currency XOF] [--rate "XOF=605.25@2026-05-01"]
    capacity-app actions validate ID --date ... --event ... --institution ... --approved-by ... --position ...
    capacity-app actions compare ID [--with OTHER_ID]          against another round: done, late, dropped, spent
    capacity-app actions donor-workbook ID --partner NAME --out FILE.xlsx   the tables for a donor's templates
    capacity-app actions progress set|value|remove|show ...    the plan followed per period (cli/progress.py)
    capacity-app actions progress send|receive|proposals|accept|reject ...   from the institutions (progress_replies.py)

The results chain above the actions (overall objective, outcomes, indicators, each action's
outcome) has its own verbs, in :mod:`.results`: ``actions results``, ``actions objective``,
``actions outcome add|edit|remove``, ``actions indicator add|edit|remove``, ``actions link``.

ACTION is the action's number in the plan (1, 2 ...), its id, or the id's first characters (at
least four). Every command takes ``--json`` and prints the whole plan as JSON (amounts as decimal
text); an error is one line and exit code 2.

This package makes the group (here) and its verbs: the plan's (list, add, edit, remove, finance,
request) in :mod:`.commands`, ``validate`` and ``compare`` in :mod:`.validation`, ``donor-workbook`` in
:mod:`.donors`; what they print is
in :mod:`.output`, what they read from their options in :mod:`.options`.
"""
from __future__ import annotations

import click

from .commands import add_cmd, edit_cmd, finance_cmd, list_cmd, remove_cmd, request_cmd
from .donors import donor_workbook_cmd
from .options import find_action, parse_cost
from .output import action_dict, plan_json, sums_text, totals_json
from .validation import compare_cmd, validate_cmd


class PlanGroup(click.Group):
    """``actions ID`` (no sub-command) lists the plan, as it always has."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["list", *args]
        return super().parse_args(ctx, args)


@click.group("actions", cls=PlanGroup)
def actions_group() -> None:
    """The costed action plan of an assessment: list it (actions ID), draft it from the
    recommendations, add, edit or remove actions (every field), set the currency and exchange
    rates, and record the government's validation; then follow it per reporting period
    (actions progress set, value, remove, show), apart from the plan validated, and collect it from
    the institutions leading the actions (actions progress send, receive, proposals, accept, reject).

    Its results chain, a programme a donor funds: the overall objective (actions objective ID
    TEXT), the outcomes (actions outcome add|edit|remove), the indicators of the objective, each
    outcome and each action's output with baseline, yearly targets and means of verification
    (actions indicator add|edit|remove), the outcome each action serves (actions link ID ACTION
    OUTCOME), and the whole chain as a logframe (actions results ID)."""


for _cmd in (list_cmd, add_cmd, edit_cmd, remove_cmd, finance_cmd, request_cmd, validate_cmd, compare_cmd,
             donor_workbook_cmd):
    actions_group.add_command(_cmd)


def register(group: click.Group) -> None:
    group.add_command(actions_group)


__all__ = ["action_dict", "actions_group", "find_action", "parse_cost", "plan_json", "register", "sums_text",
           "totals_json"]

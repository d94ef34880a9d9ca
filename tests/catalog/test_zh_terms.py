"""The Chinese editor's terminology (/work/review/zh.md): one word per concept, in the
report, the engine and workbook sentences and the window alike. Read on the files themselves:
the plan's validation at the workshop is 审定 (approval by the signatory is 批准,
withdrawing it 撤回审定), never 确认, 验证, 核可 or 核准 (the national statistics office's sign-off
keeps 核准). Each file is parsed once for the module (functools.cache: PyYAML's Python parser takes
about a second on the larger catalogues); the tests only read what it gives."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml
from i18n_status import flat_text

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "resources" / "report" / "strings.zh.yaml"
SENTENCES = ROOT / "resources" / "sentences" / "strings.zh.yaml"
COMMANDS = ROOT / "resources" / "cli" / "strings.zh.yaml"   # the command line's --help
WINDOW = ROOT / "resources" / "i18n" / "window.zh.yaml"

# the window's contexts of the action plan (its view, its dialogs, the import preview of a plan)
PLAN_CONTEXTS = {"ActionPlanView", "PlanDialogs"}


@functools.cache
def _yaml(path: Path) -> dict[str, tuple[str, str]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    return {k: (flat_text(v.get("en")), flat_text(v.get("zh"))) for k, v in entries.items()}


@functools.cache
def _window() -> list[tuple[str, str, str]]:
    """(context, English, Chinese) of every message of the window's catalogue."""
    from capacity_app.catalog import window

    messages = window.read(WINDOW, "zh", [])[1]
    return [(m.context, m.source, " ".join(m.text) if m.numerus else m.text) for m in messages]


def _plan_validation_texts() -> list[tuple[str, str, str]]:
    """(where, English, Chinese) of every text about the plan's validation (not the sheet's name
    'Plan validation', not the statistics office's sign-off)."""
    out = []
    for key, (en, zh) in _yaml(REPORT).items():
        if key.startswith("plan_") and re.search(r"validat", en, re.I):
            out.append((f"report:{key}", en, zh))
    for key, (en, zh) in _yaml(SENTENCES).items():
        if key.startswith("wb.") and re.search(r"validat", en.replace("Plan validation", ""), re.I):
            out.append((f"sentences:{key}", en, zh))
    for key, (en, zh) in _yaml(ROOT / "resources" / "aggregate" / "strings.zh.yaml").items():
        if re.search(r"plan", key + en, re.I) and re.search(r"validat", en, re.I) and "statistics office" not in en:
            out.append((f"aggregate:{key}", en, zh))
    for ctx, en, zh in _window():
        if (ctx in PLAN_CONTEXTS or en in {"Validation of the plan", "(not validated)"}) and re.search(r"validat|changed since", en, re.I):
            out.append((f"window:{ctx}", en, zh))
    return out


def test_the_plan_validation_is_shending_everywhere():
    texts = _plan_validation_texts()
    assert len(texts) > 30, texts  # report, workbook and window all found
    for where, en, zh in texts:
        for word in ("确认", "验证", "核可", "核准", "撤销审定", "撤销验证"):
            assert word not in zh, (where, en, zh, word)
        assert "审定" in zh, (where, en, zh)


def test_changes_after_the_validation_are_gaidong():
    """What changed since the validation is an 改动 (not 更改, 修改 or 编辑), 'changed after the
    validation: timeline' reads 审定后时间表有改动."""
    texts = [t for t in _plan_validation_texts() if re.search(r"chang\w* (since|after)|edited after", t[1], re.I)]
    assert texts
    for where, en, zh in texts:
        assert "改动" in zh, (where, en, zh)
        assert not re.search("更改|编辑", zh), (where, en, zh)
    mark = _yaml(REPORT)["plan_changed_mark"][1].format(parts="时间表")
    assert mark == "审定后时间表有改动"


CATALOGUE = ROOT / "assessments" / "translations" / "zh.yaml"
AGGREGATE = ROOT / "resources" / "aggregate" / "strings.zh.yaml"
SECTION = re.compile(r"\bsections?\b", re.I)


def test_a_section_is_lingyu_never_bufen():
    """A section of the questionnaire is 领域 in every text that names one (部分 is the answer
    'partly', and 'S2部分' reads as 'part of S2'): the report's tables, the window, the workbook's
    first column."""
    texts = [(f"report:{k}", en, zh) for k, (en, zh) in _yaml(REPORT).items()]
    texts += [(f"sentences:{k}", en, zh) for k, (en, zh) in _yaml(SENTENCES).items()]
    texts += [(f"cli:{k}", en, zh) for k, (en, zh) in _yaml(COMMANDS).items()]
    texts += [(f"catalogue:{k}", en, zh) for k, (en, zh) in _yaml(CATALOGUE).items()]
    texts += [(f"aggregate:{k}", en, zh) for k, (en, zh) in _yaml(AGGREGATE).items()]
    texts += [(f"window:{ctx}", en, zh) for ctx, en, zh in _window()]
    named = [t for t in texts if SECTION.search(t[1]) or "Not scored." in t[1] or "addition to the UNSD" in t[1]]
    assert len(named) > 20
    for where, en, zh in named:
        assert not re.search(r"(本|各|该|第|S\d+|[上下])部分|部分(得分|分数|权重|平均)|^部分$|部分[（(]", zh), (where, en, zh)
    for key in ("section",):
        assert _yaml(REPORT)[key][1] == "领域"
    assert _yaml(SENTENCES)["wb.col.Section"][1] == "领域"


def _everything() -> list[tuple[str, str, str]]:
    texts = [(f"report:{k}", en, zh) for k, (en, zh) in _yaml(REPORT).items()]
    texts += [(f"sentences:{k}", en, zh) for k, (en, zh) in _yaml(SENTENCES).items()]
    return texts + [(f"window:{ctx}", en, zh) for ctx, en, zh in _window()]


def test_one_word_each_for_the_review():
    """An answer is a 答复 (答案 only in the glossary's 'the answer to a policy question'), a review
    is 审核 (核实 is one of its outcomes, 审查 is not used), completeness is 完整性 and the review
    status is 需跟进 (待跟进 stays the 'don't know' list's word)."""
    for where, en, zh in _everything():
        if where != "report:glossary_terms":
            assert "答案" not in zh, (where, en, zh)
        if re.search(r"\breview", en, re.I):
            assert "审查" not in zh, (where, en, zh)
        if re.search(r"\bcomplet(eness|ion)\b", en, re.I):
            assert not re.search("完成度|完整度|完成情况", zh), (where, en, zh)
    window = {(ctx, en): zh for ctx, en, zh in _window()}
    assert window[("SignOff", "Open follow-ups: %1.")] == "审核中标为需跟进的答复：%1。"


def test_the_window_legend_names_the_report_bands():
    """The navigator's dots are the report's bands, not 差距 (the need less the availability)."""
    window = {(ctx, en): zh for ctx, en, zh in _window()}
    bands = _yaml(SENTENCES)
    assert window[("MarkerLegend", "gap")] == bands["band.requires_further_progress"][1]
    assert window[("MarkerLegend", "needs work")] == bands["band.partially_meets"][1]
    assert window[("MarkerLegend", "not assessed")] == bands["gap.not_assessed"][1]
    assert "差距" not in window[("MarkerLegend", "fine")]


def test_priority_of_a_gap_and_of_an_action():
    """优先度 is the 0-9 priority of a gap, 优先级 the high/medium/low of an action; the workbook's
    Scores headers say what the report says (可得性, 排序)."""
    report, sentences = _yaml(REPORT), _yaml(SENTENCES)
    assert report["priority"][1] == "优先度" and report["plan_part_priority"][1] == "优先级"
    assert sentences["wb.col.Availability"][1] == report["availability"][1] == "可得性"
    assert sentences["wb.col.Rank"][1] == report["rank"][1] == "排序"


def test_one_word_each_in_the_plan_and_the_questionnaire():
    """Who pays is the 资金来源 (not 出资方), the funding stage its 落实情况, the means of
    verification 核实手段, the window's column the report's 时间表; returning migrants are 回返移民
    who 重新融入 (not 回国公民, 重新融合), the ID number a 通用个人识别号."""
    report = _yaml(REPORT)
    assert report["plan_source"][1] == report["plan_funding"][1] == "资金来源"
    assert report["plan_pipeline"][1] == "落实情况"
    catalogue = " ".join(zh for _, zh in _yaml(CATALOGUE).values())
    for word in ("回国公民", "重新融合", "通用个人标识符"):
        assert word not in catalogue, word
    for where, _en, zh in _everything():
        assert "核实方式" not in zh and "时间安排" not in zh, (where, zh)


def test_a_source_row_of_the_workbook_takes_a_full_width_colon():
    from capacity_app.domain.editorial import code_colon_name

    assert code_colon_name("CEN", "人口普查", "zh") == "CEN：人口普查"
    assert code_colon_name("CEN", "Census", "en") == "CEN: Census"


def test_the_workbook_names_a_gaps_priority_apart_from_an_actions():
    """Scores and Recommendations hold a gap's 0-9 priority (优先度), the Action plan an action's
    high/medium/low (优先级); other languages write one word for both."""
    import capacity_app.catalog.sentences  # noqa: F401  (sets the catalogues' reader, as the application does)
    from capacity_app.exchange.workbook.format import (
        ACTION_PLAN,
        RECOMMENDATIONS,
        SCORES,
        column_label,
        column_labels,
    )

    assert column_label("Priority", "zh", SCORES) == column_label("Priority", "zh", RECOMMENDATIONS) == "优先度"
    assert column_label("Priority", "zh", ACTION_PLAN) == column_label("Priority", "zh") == "优先级"
    assert column_label("Priority", "en", SCORES) == column_label("Priority", "en", ACTION_PLAN) == "Priority"
    assert "优先级" in column_labels("Priority")


# the refusals of the plan's validation (the plan store, the checks before a validation is recorded)
VALIDATION_REFUSALS = re.compile(r"cli\.(validation\.|plan\.(validation_needs|nothing_to_validate|no_validation|withdraw_reason)$"
                                 r"|gap\.(future|before_mission)$|what\.validation_event$)")


def test_the_command_line_names_the_plans_validation_as_the_window_does():
    """The command line's --help (actions validate, list, progress) and its refusals say 审定, 撤回审定
    and 改动 as the report and the window do (the first translation said 确认, 验证 and 更改)."""
    texts = [(f"sentences:{k}", en, zh) for k, (en, zh) in _yaml(SENTENCES).items() if VALIDATION_REFUSALS.match(k)]
    texts += [(f"cli:{k}", en, zh) for k, (en, zh) in _yaml(COMMANDS).items() if k.startswith("actions")]
    texts = [t for t in texts if re.search(r"validat", t[1], re.I)]
    assert len(texts) > 20, texts
    for where, en, zh in texts:
        for word in ("确认", "验证", "核可", "核准", "撤销审定"):
            assert word not in zh, (where, en, zh, word)
        assert "审定" in zh, (where, en, zh)
        if re.search(r"chang\w* (since|after) (the )?validation", en, re.I):
            assert "改动" in zh, (where, en, zh)


def test_the_command_line_says_the_plans_and_the_missions_words():
    """The command line and its refusals: a cost line is a 费用项目 (the report's and the engine's
    word; not 费用明细), the mission is the 评估团 (the report's 评估团访问; not 访问团, 任务组 or
    评估工作团), a provisional score is 暂定 (not 临时), a gap's priority 优先度."""
    texts = [(f"cli:{k}", en, zh) for k, (en, zh) in _yaml(COMMANDS).items()]
    texts += [(f"sentences:{k}", en, zh) for k, (en, zh) in _yaml(SENTENCES).items() if k.startswith("cli.")]
    for where, en, zh in texts:
        assert not re.search("费用明细|访问团|任务组|评估工作团|临时得分|成本化", zh), (where, en, zh)
        if re.search(r"\bcost lines?\b", en) and where.startswith("cli:"):
            assert "费用项目" in zh, (where, en, zh)
    assert "费用项目" in _yaml(SENTENCES)["cli.wb.cost_line"][1]
    assert "优先度" in _yaml(COMMANDS)["score"][1]

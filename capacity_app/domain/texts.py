"""Every fixed sentence the scoring engine writes: English here, the source; every other language
(French, Spanish, Arabic, Chinese, Russian, Portuguese) in one catalogue file per language
(``resources/sentences/strings.<lang>.yaml``,
the same entries with the English each was translated from; docs/questionnaire-format.md,
"Translations"). Those files are data: the domain reads no file, so ``catalog.sentences`` gives
this module its reader (``set_catalogue_reader``) and each language is read once, when first used.

Placeholders use ``str.format`` names. A test checks that every language of each entry carries
the same placeholders, so a translation can never drop a number a statistician needs to check.
"""
from __future__ import annotations

from collections.abc import Callable

from .languages import CATALOGUED
from .placeholders import fill

# the catalogued languages' sentences read so far, by language then key: {"en": source, "<lang>": text}
CATALOGUES: dict[str, dict[str, dict[str, str]]] = {}
_reader: Callable[[str], dict[str, dict[str, str]]] | None = None


def set_catalogue_reader(reader: Callable[[str], dict[str, dict[str, str]]] | None) -> None:
    """``reader(lang)`` gives the sentences of a catalogued language (catalog.sentences sets it);
    what was read before is forgotten, so a changed file is read again."""
    global _reader
    _reader = reader
    CATALOGUES.clear()


def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """The sentences of the catalogued language ``lang`` ({} for English, written here, or
    while no reader is set: English shows)."""
    if lang not in CATALOGUES and lang in CATALOGUED and _reader is not None:
        CATALOGUES[lang] = _reader(lang)
    return CATALOGUES.get(lang, {})

TEXTS: dict[str, dict[str, str]] = {
    # --- bands and gap types --------------------------------------------------------------------
    # band codes are stable identifiers; the names describe the capacity the score measures
    "band.requires_further_progress": {"en": "Limited capacity"},
    "band.partially_meets": {"en": "Developing capacity"},
    "band.meets": {"en": "Established capacity"},
    "band.fully_meets": {"en": "Advanced capacity"},
    "band.provisional": {"en": "Provisional: no band yet"},
    "band.custom_weights": {"en": "Custom weights: no band"},
    "noband.incomplete": {
        "en": "only {share}% of the primary questions are known (answered, or not applicable where allowed); a band needs {threshold}%"},
    "noband.section_incomplete": {
        "en": "{sections}: less than {threshold}% of the primary questions answered or not applicable; a band needs every area assessed"},
    "noband.no_reference_date": {
        "en": "no reference date in S0: the age of the data is not judged, so no band"},
    "refused.reference_date": {
        "en": "the reference date {ref} comes before data already recorded for {year} ({where}): all data would count as recent; correct the date or that year"},
    "noband.reference_date_before_data": {
        "en": "the reference date {ref} is earlier than data of {year} ({where}): it is not used, the age of the data is not judged, so no band"},
    "gap.data": {"en": "Data gap"},
    "gap.processing_access": {"en": "Processing or access gap"},
    "gap.reporting": {"en": "Reporting gap"},
    "gap.disaggregation": {"en": "Disaggregation gap"},
    "gap.none": {"en": "No gap"},
    "gap.not_rated": {"en": "Need not rated"},
    "gap.not_assessed": {"en": "Not yet assessed"},
    # --- answer states used inside sentences ----------------------------------------------------
    "state.empty": {"en": "not stated"},
    "state.dont_know": {"en": "don't know"},
    "state.not_applicable": {"en": "not applicable"},
    # --- cells of the S3 matrix -----------------------------------------------------------------
    "cell.not_assessed": {"en": "{src}: not assessed yet"},
    "cell.not_applicable": {"en": "{src}: marked not applicable, left out"},
    "cell.exists_no": {"en": "{src}: the source does not exist → level 0"},
    "cell.exists_planned": {"en": "{src}: the source is only planned → level 0"},
    "cell.exists_unknown": {"en": "{src}: existence of the source {state} → not described yet, no level"},
    "cell.variables_no": {"en": "{src}: does not collect the variables the question needs → level 0"},
    "cell.variables_unknown": {"en": "{src}: variables collected {state} → treated as lacking → level 0"},
    "cell.variables_partly": {"en": "{src}: collects only some of the variables needed → content shortfall → level 2"},
    "cell.not_tabulated": {"en": "{src}: not processed or tabulated for this question → level 1"},
    "cell.tabulated_unknown": {"en": "{src}: tabulation {state} → treated as not tabulated → level 1"},
    "cell.one_off": {"en": "{src}: one-off collection → periodicity shortfall → level 1"},
    "cell.periodicity_unknown": {"en": "{src}: periodicity {state} → treated as one-off → level 1"},
    "cell.flow_not_annual": {"en": "{src}: {periodicity}, but a flow needs annual or continuous data → periodicity shortfall → level 2"},
    "cell.stock_infrequent": {"en": "{src}: {periodicity}, but a survey or register needs a round at least every 5 years → periodicity shortfall → level 2"},
    "cell.too_old": {"en": "{src} {year}: older than {limit} years at reference date {ref} → recency shortfall → level 1"},
    "cell.no_reference_date": {"en": "{src} {year}: age not judged (no valid reference date in S0) → recency cannot be shown → level 1"},
    "cell.year_unknown": {"en": "{src}: latest reference year {state} → recency cannot be shown → level 1"},
    "cell.late": {"en": "{src}: released more than 24 months after the reference period → timeliness shortfall → level 2"},
    "cell.timeliness_unknown": {"en": "{src}: timeliness {state} → treated as late → level 2"},
    "cell.breakdown_unknown": {"en": "{src}: breakdowns {state} → cannot be shown → level 2"},
    "cell.breakdown_missing": {"en": "{src}: no breakdown by {missing} → disaggregation shortfall → level 2"},
    "cell.internal": {"en": "{src}: results for internal use only → no access → level 1"},
    "cell.access_unknown": {"en": "{src}: accessibility {state} → treated as internal only → level 1"},
    "cell.on_request": {"en": "{src}: results only on request, not public → access shortfall → level 2"},
    "cell.not_aligned": {"en": "{src}: definitions not aligned with the UN recommendations → level 1"},
    "cell.aligned_unknown": {"en": "{src}: alignment with the UN recommendations {state} → treated as not aligned → level 1"},
    "cell.partly_aligned": {"en": "{src}: definitions only partly aligned with the UN recommendations → level 2"},
    "cell.fit": {"en": "{src}: regular, timely, aligned, by sex, age and migratory status, published → level 3"},
    "cell.result": {"en": "{src}: level {level}"},
    "breakdown.sex": {"en": "sex"},
    "breakdown.age": {"en": "age"},
    "breakdown.origin": {"en": "migratory status or origin"},
    "and": {"en": "and"},
    # --- policy questions ------------------------------------------------------------------------
    "pq.need": {"en": "need {need} (S2 rating); weighs {weight} in S3"},
    "pq.need_dont_know": {"en": "need not known (don't know) → no gap, priority or rank until it is rated; weighs {weight} in S3"},
    "pq.need_missing": {"en": "need not rated yet in S2 → no gap, priority or rank; weighs {weight} in S3"},
    "pq.need_na": {"en": "need marked not applicable, with its reason (the question does not arise) → need 0; still weighs {weight} in S3"},
    "pq.need_na_no_reason": {"en": "need marked not applicable without a reason in the comment → not rated; weighs {weight} in S3"},
    "pq.not_assessed": {"en": "no source described yet (existence not stated) → not yet assessed: no availability, gap, rank or action"},
    "pq.unconfirmed": {"en": "not confirmed by an answer (not stated or don't know): {factors} → followed up, no action drawn from them"},
    "pq.to_confirm": {"en": "(to confirm)"},
    # S1's row names are labels, not noun phrases: each sentence puts the name before a colon, so no
    # article or agreement depends on it ("S1 ne confirme pas Ressortissants vivant à l'étranger")
    "pq.s1_not_available": {"en": "S1, {stat}: not available; the sources do not yet give the statistic"},
    "pq.s1_unknown": {"en": "S1, {stat}: availability not confirmed ({state})"},
    "pq.s1_not_12_months": {"en": "S1, {stat}: not measured by the 12-month usual-residence rule"},
    "pq.availability": {"en": "availability {availability} = best source level ({sources})"},
    "pq.availability_none": {"en": "availability 0: no source scores above 0"},
    "pq.gap": {"en": "gap = need − availability = {need} − {availability} = {gap} (never below 0); priority = need × gap = {need} × {gap} = {priority}"},
    "pq.limiting": {"en": "what limits the best data available: {factors}"},
    "pq.type.not_rated": {"en": "need not rated: no gap type, no rank"},
    "factor.exists": {"en": "no source"},
    "factor.variables": {"en": "variables"},
    "factor.tabulation": {"en": "tabulation"},
    "factor.periodicity": {"en": "periodicity"},
    "factor.recency": {"en": "recency"},
    "factor.timeliness": {"en": "timeliness"},
    "factor.breakdown": {"en": "breakdown"},
    "factor.access": {"en": "access"},
    "factor.alignment": {"en": "alignment with the UN Recommendations"},
    "rec.answers_pq": {"en": "question {code}: gap {gap}, priority {priority}, held back by {factors}"},
    "pq.type.data": {"en": "data gap: no source collects usable data for this question"},
    "pq.type.processing_access": {"en": "processing or access gap: the data are collected but not tabulated, not accessible, one-off or not aligned"},
    "pq.type.reporting": {"en": "reporting gap: the best source is held back by periodicity, recency, timeliness, publication or alignment"},
    "pq.type.disaggregation": {"en": "disaggregation gap: the best source lacks a key breakdown (sex, age, migratory status)"},
    "pq.type.not_assessed": {"en": "not yet assessed: describe the sources in S3"},
    "pq.type.none": {"en": "no gap: the need is met"},
    "pq.triangulation": {"en": "triangulation possible: {count} sources at level 2 or more ({sources})"},
    "pq.quick_win": {"en": "quick win (data already collected, level 1): {sources}"},
    # the count after the sources it counts indicators of ("3 (six sources)" read as 3 sources)
    "pq.sdg_links": {"en": "SDG indicators in S4 that rely on these sources ({sources}): {count}"},
    "pq.rank": {"en": "rank {rank} of {total}"},
    # --- sections ----------------------------------------------------------------------------------
    "sec.points": {"en": "{points} of {max_points} points from {count} scored items → {score}"},
    "sec.none": {"en": "no question of this section is scored for this country → no score"},
    "sec.not_assessed": {"en": "nothing known yet (no primary question answered) → not yet assessed, no score; counts 0 in the overall score"},
    "sec.closed": {"en": "follow-up questions closed by a 'no' in this section, which earn nothing: {count}"},
    "sec.not_judged": {"en": "age checks not judged for want of a valid reference date, which earn nothing: {count}"},
    "sec.blank": {"en": "answers not given yet, scored 0 and listed for follow-up: {count}"},
    "sec.completeness": {"en": "completeness: {given} of {units} primary questions answered or not applicable ({share}%)"},
    "sec.s3": {"en": "need-weighted availability of {count} policy questions: ({terms}) = {points} of {max_points} → {score}"},
    "sec.s3_unassessed": {"en": "policy questions with no source described yet, counted as 0: {count}"},
    "sec.dont_know": {"en": "answers 'don't know', scored 0 and listed for follow-up: {count}"},
    "sec.not_applicable": {"en": "answers 'not applicable' by the country's own statement (for example no such register by design), which earn nothing: {count}"},
    "sec.matrix_not_applicable": {"en": "sources marked not applicable (absent by design), left out so that the best source decides: {count}"},
    "sec.weight": {"en": "weight {weight} in the overall score"},
    # --- section-specific findings ---------------------------------------------------------------
    "find.s1_not_available": {"en": "{stat}: not available"},
    "find.s1_old_stock": {"en": "{stat} ({year}): stock figure more than 10 years old at {ref} (reference date)"},
    "find.s1_old_flow": {"en": "{stat} ({year}): flow figure more than 2 years old at {ref} (reference date)"},
    "find.s1_definition": {"en": "{stat}: definition is neither country of birth nor citizenship"},
    "find.s1_definition_flow": {"en": "{stat}: flow not measured by the 12-month usual-residence rule of the UN Recommendations"},
    "find.s1_breakdown": {"en": "{stat}: no breakdown by {missing}"},
    "find.s1_internal": {"en": "{stat}: internal use only"},
    "find.s1_remittances": {"en": "{stat}: no balance-of-payments remittance figure"},
    "find.s6a_old_census": {"en": "census of {year}: more than 10 years old at {ref} (reference date)"},
    "find.s6a_census_unknown": {"en": "year of the last census {state}"},
    "find.s6a_core_missing": {"en": "core topics the census lacks: {missing}"},
    "find.s6b_no_survey": {"en": "no household survey identifies migrants"},
    "find.s6b_old_survey": {"en": "no household survey identifying migrants in the last 5 years (latest {year})"},
    "find.s6c_no_access": {"en": "{register}: the source exists, but the statistical office has no access"},
    "find.s6c_not_used": {"en": "{register}: the source exists, but is not used for statistics"},
    "find.s9_no_mechanism": {"en": "no interagency coordination mechanism on migration statistics"},
    "find.s10_origin_no_exchange": {"en": "country of origin with neither data exchange nor use of mirror data"},
    "find.s2_no_policy": {"en": "{item} ({answer})"},
    "find.s4_quick_win": {"en": "SDG {number} {label}: produced from a source that identifies migrants, not published by migratory status"},
    "find.s5_no_strategy": {"en": "{item} ({answer})"},
    "find.s7_no_new_sources": {"en": "no new data source is used or piloted for migration statistics"},
    "find.s8_not_online": {"en": "{item} ({answer})"},
    "find.s8_not_machine_readable": {"en": "{item} ({answer})"},
    "find.s11_children_stock": {"en": "migrant stock of children (age 0-17) by sex: {answer}"},
    "find.s11_left_behind": {"en": "children left behind by migrant parents: {answer}"},
    "find.s11_unaccompanied": {"en": "unaccompanied and separated children recorded as such: {answer}"},
    "find.s12_no_unit": {"en": "{item} ({answer})"},
    "find.s12_no_budget": {"en": "{item} ({answer})"},
    # --- derived checks scored inside sections --------------------------------------------------
    "chk.recency_ok": {"en": "{what} {year}: within {limit} years of reference date {ref}"},
    "chk.core_topics": {"en": "census core topics: {count} of 3"},
    # --- SDG ----------------------------------------------------------------------------------------
    "sdg.produced": {"en": "Produced, not by migratory status"},
    "sdg.identifies_migrants": {"en": "Source identifies migrants"},
    "sdg.published": {"en": "Published by migratory status"},
    "sdg.partly_published": {"en": "Partly published by migratory status"},
    "sdg.produced_not_applicable": {"en": "Produced (disaggregation not applicable)"},
    "sdg.quick_win": {"en": "Quick win"},
    "sdg.not_produced": {"en": "Not produced"},
    "sdg.unknown": {"en": "Unknown"},
    "sdg.not_applicable": {"en": "Compiled globally"},
    "sdg.r_not_applicable": {"en": "not applicable: {reason}"},
    "sdg.r_not_by_status": {"en": "cannot be disaggregated by migratory status (not measured on persons)"},
    "sdg.r_not_produced": {"en": "not produced nationally"},
    "sdg.r_unknown": {"en": "production {state}"},
    "sdg.r_produced": {"en": "produced"},
    "sdg.r_identifies": {"en": "its source identifies migrants"},
    "sdg.r_not_identifies": {"en": "its source does not identify migrants"},
    "sdg.r_identifies_unknown": {"en": "whether its source identifies migrants: {state}"},
    "sdg.r_published": {"en": "published by migratory status"},
    "sdg.r_partly_published": {"en": "partly published by migratory status (some years or on request)"},
    "sdg.r_not_published": {"en": "not published by migratory status → quick win"},
    "sdg.r_published_unknown": {"en": "publication by migratory status {state}"},
    "sdg.r_source": {"en": "source: {source}"},
    "overall.mean": {"en": "weighted mean of {count} section scores: {terms} ÷ {weights} = {score} → {band}"},
    "overall.completeness": {"en": "completeness {share}% (weighted share of the primary questions answered or not applicable; 'don't know' {dont_know}%); below {threshold}% the score is provisional and has no band"},
    "overall.not_assessed": {"en": "not yet assessed, counted 0: {sections}"},
    "overall.custom_weights": {"en": "with the assessment's own weights ({weights}): {score} — {label}; the band is given only by the documented weights"},
    "overall.na_refused": {"en": "answers 'not applicable' where the questionnaire does not allow it, scored as not given: {count} ({keys})"},
    "overall.none": {"en": "no section has a score yet"},
    "overall.left_out": {"en": "left out (weight 0, or nothing scored for this country): {sections}"},
    "cmp.overall": {"en": "Overall {before} → {after} ({trend})"},
    "cmp.pq": {"en": "availability {a_before} → {a_after}, gap {g_before} → {g_after}"},
    "cmp.summary": {"en": "improvements: {improvements}, regressions: {regressions}"},
    # --- headings of the printed result (CLI) ------------------------------------------------------
    "hdr.overall": {"en": "Overall {score}/100  {band}  (reference date {ref}, rules {rules})"},
    "hdr.sections": {"en": "Sections"},
    "hdr.policy_questions": {"en": "Policy questions, by priority"},
    "hdr.pq_line": {"en": "need {need}  availability {availability}  priority {priority}"},
    "hdr.sdg": {"en": "SDG indicators by migratory status"},
    "hdr.recommendations": {"en": "Recommendations, most urgent first"},
    "hdr.none": {"en": "(none)"},
    "hdr.follow_up": {"en": "To follow up (don't know or not answered yet)"},
    "hdr.completeness": {"en": "Completeness {share}%"},
    "hdr.not_answered": {"en": "not answered yet"},
    "hdr.no_reason": {"en": "not applicable without a reason"},
    "hdr.custom": {"en": "{label}: {score}/100 (weights {weights})"},
    "hdr.not_applicable": {"en": "Not applicable, with the reason"},
    # --- the command line's refusals and notices (cli/said.py translates a line written
    # in English by matching these; the code writes the English through them) -------------------
    "cli.template_not_docx": {
        "en": "cannot use {file} as the Word template: it is not a Word document (.docx), or it is damaged"},
    "cli.template_unpacks_too_much": {
        "en": "cannot use {file} as the Word template: it would unpack to far more than a Word document does "
              "(a possible zip bomb)"},
    "cli.template_encrypted": {
        "en": "cannot use {file} as the Word template: it is protected by a password"},
    "cli.template_missing": {
        "en": "the Word template {file} does not exist"},
    "cli.template_not_file": {
        "en": "the Word template {file} is not a file (a folder or a special file)"},
    "cli.template_too_large": {
        "en": "the Word template {file} is too large (the limit is {mb} MB)"},
    "cli.template_unreadable": {
        "en": "the Word template {file} cannot be read"},
    "cli.instance_twice": {
        "en": "submission {instance}: its instance ID is given twice in the export (edited by hand: a platform "
              "exports each submission once); nothing imported"},
    "cli.sent_to_credits": {
        "en": "submission {instance}: the form was sent to {to}, but the export credits {column} (its "
              "institution column edited?); nothing imported"},
    "cli.picked_credits": {
        "en": "submission {instance}: the respondent picked {picked}, but the export credits {column} (its "
              "institution column edited?); nothing imported"},
    "cli.no_identity_check": {
        "en": "the form carries no identity check (cap_check): a form written before capacity-app checked whose "
              "form an export is; send the institution the form exported now; nothing imported"},
    "cli.form_id_assessment": {
        "en": "the export's form id {form} is of another assessment than its identity columns say ({assessment}; "
              "edited?); nothing imported"},
    "cli.form_id_institution": {
        "en": "the export's form id names {named}, but the form was sent to {to} (its name or its identity "
              "edited?); nothing imported"},
    "cli.form_version": {
        "en": "submission {instance}: the platform's form version {given} is not the form's own {own} (edited by "
              "hand?); nothing imported"},
    "cli.identity_edited": {
        "en": "the form's hidden identity columns (cap_*) were changed: this is not the export of a form as it "
              "was sent; nothing imported"},
    "cli.form_edited": {
        "en": "the form's hidden identity sheet was changed: this is not the file as it was sent (ask the institution for the file it received, filled in)"},
    # the reader's and the submissions export's refusals met on the doors (said again by cli/said.py)
    "cli.reader.empty": {
        "en": "the file is empty"},
    "cli.reader.not_zip": {
        "en": "not an Excel .xlsx workbook (the file is not a zip archive; an old .xls or a damaged file?)"},
    "cli.reader.no_types": {
        "en": "not an Excel .xlsx workbook ({part} is missing)"},
    "cli.reader.part_too_large": {
        "en": "part {part} is too large when decompressed ({size}; possible zip bomb)"},
    "cli.reader.beyond": {
        "en": "a value at {cell}, beyond column {column} or row {row} (refused: too large to read)"},
    "cli.sub.no_repeats": {
        "en": "the grids and the matrix (repeat groups) are not in this file: to import them, import ODK Central's .zip or KoboToolbox's .xlsx export"},
    "cli.sub.left_out": {
        "en": "submission {instance}: {why}: left out"},
    "cli.sub.rejected": {
        "en": "rejected on {platform} ({state})"},
    "cli.sub.no_data": {
        "en": "no data in the export ({status})"},
    "cli.sub.none": {
        "en": "the export holds no submission"},
    "cli.sub.value_problem": {
        "en": "submission {instance}, {name}: {cause}"},
    "cli.sub.control": {
        "en": "holds the control character {code} (refused)"},
    "cli.two_replies": {
        "en": "{institution}: {n} replies, the one of {when} taken ({instance}); the older one superseded"},
    "cli.several_replies": {
        "en": "{institution}: {n} replies, the one of {when} taken ({instance}); the older ones superseded"},
    "cli.signature_unchecked": {
        "en": "{name}: it carries a {what} without a check ({detail}){more}: taken only when you accept it "
              "(import --accept-signatures; in the window, tick 'Accept the signatures this workbook carries "
              "without a check'); nothing imported"},
    "cli.signature_broken": {
        "en": "{name}: its {what} ({detail}) is refused: {why}; nothing imported"},
    "cli.sig.check_edited": {
        "en": "the signatures do not match their check (a sign-off or validation edited outside the application)"},
    "cli.sig.answers_changed": {
        "en": "the answers are not those it signed (changed outside the application since the export)"},
    # the parts of that line (cli/said.py says each value again when it is one of these)
    "cli.sig.more": {"en": " (and {n} more)"},
    "cli.sig.signoff": {"en": "sign-off"},
    "cli.sig.review": {"en": "review sign-off"},
    "cli.sig.plan_validation": {"en": "plan validation"},
    "cli.sig.signed": {"en": "{what} by {name} ({position}) on {date}{recorded}"},
    "cli.sig.recorded_by": {"en": "; recorded {at} by {operator}"},
    "cli.sig.recorded": {"en": "; recorded {at}"},
    "cli.sig.nso": {"en": "validated for the national statistics office"},
    "cli.sig.reviews": {"en": "reviews signed off"},
    "cli.sig.plan": {
        "en": "validated on {date} at {event}, approved by {name} ({position}); present: {present}; {n} actions "
              "approved"},
    "cli.sig.nobody": {"en": "no institution named"},
    "cli.newer_workbook": {
        "en": "made by a newer version of capacity-app (workbook format {format}; this version reads up to "
              "{newest}): update capacity-app to import it"},
    "cli.archived": {  # the count after its label, never "answer(s)" (tests/reports/test_report_language.py)
        "en": "assessment {id} ({country} {round}), questionnaire {was} -> {now}: answers archived because "
              "version {now} no longer asks their questions (kept in the assessment, not exported as answers): "
              "{n} ({keys})"},
    "cli.translations_none": {
        "en": "{where}: error: {language}: {n} of {total} texts missing or empty (the catalogue translates none of "
              "them)"},
    "cli.translations_some": {
        "en": "{where}: warning: {language}: {n} of {total} texts missing or empty (English shows for them; the "
              "first: {first})"},
    "cli.translations_errors": {
        "en": "errors: {n}; nothing was written"},
    "cli.translations_changed": {
        "en": "{file}: {n} texts of {language} changed{files}"},
    "cli.translations_would": {
        "en": "{file}: {n} texts of {language} would change{files}"},
    "cli.translations_in": {
        "en": " in {files}"},
    "cli.placeholder_not_bare": {
        "en": "{where}: {text}: placeholder {placeholder} is not a bare {bare} (a translation carries no "
              "format, attribute or index)"},
    "cli.placeholder_missing": {
        "en": "{where}: {text}: placeholder {placeholder} missing from the translation"},
    "cli.placeholder_extra": {
        "en": "{where}: {text}: placeholder {placeholder} is not in the English"},
    # --- the import's differences (services/differences.Difference.describe) and its own lines on the
    # command line (cli/exchange.py) in the six languages: a count after its label where a
    # language would need a plural
    "diff.question": {
        "en": "\"{wording}\" ({code})"},
    "diff.edited_outside": {
        "en": "{where}({name}) {what} edited outside the application"},
    "diff.restore": {
        "en": "assessment {code} is in the trash: it will be restored"},
    "diff.line_plain": {
        "en": "{where}{what}: {new}"},
    "diff.metadata": {
        "en": "{what}: {old} -> {new}"},
    "diff.never_cut": {
        "en": "{where}{what}: {old} -> {new}"},
    "diff.changed": {
        "en": "{where}{name} {what}: {old} -> {new}"},
    "diff.empty": {
        "en": "(empty)"},
    "diff.unknown": {
        "en": "(unknown)"},
    "diff.mark_outside": {
        "en": " [edited outside the application]"},
    "diff.mark_conflict": {
        "en": " [conflict: changed on both sides since the common version; here by {here_by} at {here_at}, in the workbook by {by} at {at}]"},
    "diff.mark_newer": {
        "en": " [changed here since this workbook was exported, at {at}]"},
    "diff.mark_newer_by": {
        "en": " [changed here since this workbook was exported, at {at} by {by}]"},
    "diff.mark_by": {
        "en": " [by {by} at {at}]"},
    "diff.sig_checked": {
        "en": " [its check holds]"},
    "diff.sig_unchecked": {
        "en": " [NO CHECK (a workbook written before signatures carried one): taken only if you accept it]"},
    "diff.sig_broken": {
        "en": " [REFUSED: {why}]"},
    "diff.review_of": {
        "en": "review of {unit}"},
    "diff.action_field": {
        "en": "action {field}"},
    "diff.what.value": {
        "en": "value"},
    "diff.what.comment": {
        "en": "comment"},
    "diff.what.evidence": {
        "en": "evidence"},
    "diff.what.review": {
        "en": "review"},
    "diff.what.row": {
        "en": "row"},
    "diff.what.action": {
        "en": "action"},
    "diff.what.action_order": {
        "en": "action order"},
    "diff.what.plan_currency_and_exchange_rates": {
        "en": "plan currency and exchange rates"},
    "diff.what.plan_validation": {
        "en": "plan validation"},
    "diff.what.results_chain": {
        "en": "results chain"},
    "diff.what.funding_request": {
        "en": "funding request"},
    "diff.what.progress": {
        "en": "progress"},
    "diff.what.indicator_value": {
        "en": "indicator value"},
    "diff.what.period_report": {
        "en": "period report"},
    "diff.what.corrective_measure": {
        "en": "corrective measure"},
    "diff.what.sign-off": {
        "en": "sign-off"},
    "diff.what.review_sign-off": {
        "en": "review sign-off"},
    "diff.what.title": {
        "en": "title"},
    "diff.what.round": {
        "en": "round"},
    "diff.what.status": {
        "en": "status"},
    "diff.what.mission_start": {
        "en": "mission start"},
    "diff.what.mission_end": {
        "en": "mission end"},
    "diff.what.reference_date": {
        "en": "reference date"},
    "diff.what.country": {
        "en": "country"},
    "diff.what.institutions": {
        "en": "institutions"},
    "diff.what.recommendation_id": {
        "en": "recommendation"},
    "diff.what.policy_questions": {
        "en": "policy questions"},
    "diff.what.start": {
        "en": "start"},
    "diff.what.end": {
        "en": "end"},
    "diff.what.resources": {
        "en": "resources"},
    "diff.what.milestone": {
        "en": "milestone"},
    "diff.what.priority": {
        "en": "priority"},
    "diff.what.priority_action": {
        "en": "priority action"},
    "diff.what.strategy": {
        "en": "strategy objective"},
    "diff.what.costs": {
        "en": "costs"},
    "diff.what.indicator": {
        "en": "indicator"},
    "diff.what.baseline": {
        "en": "baseline"},
    "diff.what.target": {
        "en": "target"},
    "diff.what.verification": {
        "en": "means of verification"},
    "diff.what.risks": {
        "en": "risks and assumptions"},
    "diff.what.depends_on": {
        "en": "depends on"},
    "diff.what.sdg_target": {
        "en": "SDG target"},
    # --- the normal lines of list, new, edit, answers, set, status, check, demo, score, backups,
    # attach, documents, detach, report and the plan's commands (actions list, add, edit, remove,
    # finance, validate, results, objective, outcome, indicator, link) in the user's language; shown.*:
    # a line printed only, never read back by cli/said.py; cli.core.*: the refusals of check
    "shown.core.questionnaire_ok": {
        "en": "{file}: ok ({id} {version}, {sections} sections, {items} items)"},
    "shown.core.edited": {
        "en": "assessment {id}: changed"},
    "shown.core.edit_nothing": {
        "en": "assessment {id}: nothing to change"},
    "shown.core.none": {
        "en": "no assessments"},
    "shown.core.none_in_trash": {
        "en": "no assessments in the trash"},
    "shown.core.flag": {
        "en": "[{state}]"},
    "shown.core.n_a": {
        "en": "n/a"},
    "shown.core.comment": {
        "en": "comment: {text}"},
    "shown.core.evidence": {
        "en": "evidence ({kind}): {text}"},
    "shown.core.saved": {
        "en": "saved {item} at {time}"},
    "shown.core.status_set": {
        "en": "assessment {id} ({country} {round}): {old} -> {new}"},
    "shown.core.healthy": {
        "en": "{path}: the database is healthy; nothing to restore"},
    "cli.core.no_good_backup": {
        "en": "{path}: no good backup to restore from"},
    "cli.core.hard_links": {
        "en": "{path}: the database file has {n} names (hard links); the application refuses to open it until the other links are removed"},
    "shown.core.restored": {
        "en": "restored:  {which}, the newest good backup: {path}"},
    "shown.core.restored_damaged": {
        "en": "restored:  {which}, the newest good backup ({n} newer ones are damaged): {path}"},
    "shown.core.check_database": {
        "en": "database:  {path}"},
    "shown.core.check_integrity": {
        "en": "integrity: {status}"},
    "shown.core.check_backups": {
        "en": "backups:   {n} (newest: {which}) in {folder}"},
    "shown.core.check_no_backups": {
        "en": "backups:   none yet"},
    "shown.core.demo_created": {
        "en": "demo assessment {id} created"},
    "shown.core.wrote": {
        "en": "wrote {file}"},
    "shown.backups.which": {
        "en": "the {kind} of {time}"},
    "shown.backups.which_no": {
        "en": "the {kind} no. {n} of {time}"},
    "shown.backups.which_schema": {
        "en": "the {kind} (schema version {schema}) of {time}"},
    "shown.backups.which_no_schema": {
        "en": "the {kind} no. {n} (schema version {schema}) of {time}"},
    "shown.backups.none": {
        "en": "{path}: no backups yet"},
    "shown.backups.head": {
        "en": "{path}: {n} backups, newest first (the {keep} newest daily and pre-import ones are kept; pre-migration ones until removed)"},
    "shown.backups.head_one": {
        "en": "{path}: {n} backups, newest first (the {keep} newest daily and pre-import ones are kept; pre-migration ones until removed)"},
    "shown.backups.row": {
        "en": "{which}: {name} ({size} bytes) in {folder}"},
    "shown.backups.kept": {
        "en": "kept"},
    "shown.backups.removed": {
        "en": "removed {which}: {path}"},
    "shown.documents.attached": {
        "en": "{sha256}  {name} ({size}) attached to {target} as attachment {id}"},
    "shown.documents.none": {
        "en": "assessment {id} ({country} {round}): no documents attached"},
    "shown.documents.unknown": {
        "en": "unknown"},
    "shown.documents.detached": {
        "en": "detached {name} ({sha256}) from {target}"},
    "shown.score.compare_head": {
        "en": "{country} {round} (id {id}, {date}) → {later_country} {later_round} (id {later_id}, {later_date}); rules {rules}"},
    "shown.plan.proposed": {
        "en": "Not validated: a proposed plan."},
    "shown.plan.validated": {
        "en": "Validated on {date} at {event}, approved by {approved_by}, {position} (present: {institutions})."},
    "shown.plan.recorded": {
        "en": "Recorded by {who}; plan version {version}."},
    "shown.plan.unnamed": {
        "en": "an unnamed operator"},
    "shown.plan.unknown_version": {
        "en": "unknown"},
    "shown.plan.changed": {
        "en": "Changed since the validation: {n} actions."},
    "shown.plan.changed_one": {
        "en": "Changed since the validation: {n} action."},
    "shown.plan.changed_value": {
        "en": "changed since the validation: {line}"},
    "shown.plan.funding_progress": {
        "en": "funding progress since the validation: {line}"},
    "shown.plan.results_changed": {
        "en": "results chain changed since the validation: {line}"},
    "shown.plan.objective": {
        "en": "Overall objective: {objective} ({n} outcomes; actions results ID for the whole chain)"},
    "shown.plan.objective_one": {
        "en": "Overall objective: {objective} ({n} outcomes; actions results ID for the whole chain)"},
    "shown.plan.currency": {
        "en": "Currency: {currency}"},
    "shown.plan.currency_rates": {
        "en": "Currency: {currency}; {rates}"},
    "shown.plan.not_set": {
        "en": "not set"},
    "shown.plan.rate_on": {
        "en": "{rate} on {date}"},
    "shown.plan.no_actions": {
        "en": "No actions in the plan (draft them with --draft, or add one with 'actions add')."},
    "shown.plan.no_dates": {
        "en": "no dates"},
    "shown.plan.no_owner": {
        "en": "NO OWNER"},
    "shown.plan.ids": {
        "en": "id {id}; owners: {owners}; {when}"},
    "shown.plan.outcome": {
        "en": "outcome {n}: {name}"},
    "shown.plan.strategy": {
        "en": "strategy"},
    "shown.plan.resources": {
        "en": "resources"},
    "shown.plan.milestone": {
        "en": "milestone"},
    "shown.size.bytes": {"en": "{n} B"},   # a document's size (domain/documents.size_amount)
    "shown.size.kb": {"en": "{n} KB"},
    "shown.size.mb": {"en": "{n} MB"},
    "shown.plan.labelled": {
        "en": "{label}: {text}"},
    "shown.plan.depends": {
        "en": "depends on: {actions}"},
    "shown.plan.depends_action": {
        "en": "action {n} ({title})"},
    "shown.plan.cost": {
        "en": "cost: {line}"},
    "shown.plan.other_funder": {
        "en": "other: {funder}"},
    "shown.plan.cost_secured": {
        "en": "{year} {amount} {who}, secured"},
    "shown.plan.cost_not_secured": {
        "en": "{year} {amount} {who}, not secured"},
    "shown.plan.recurrent": {
        "en": ", recurrent"},
    "shown.plan.takeover": {
        "en": ", taken over by the national budget from {year}: {amount} a year"},
    "shown.plan.executed": {
        "en": ", executed {amount}"},
    "shown.plan.kind_added": {
        "en": "added"},
    "shown.plan.kind_changed": {
        "en": "changed"},
    "shown.plan.kind_removed": {
        "en": "removed"},
    "shown.plan.changed_after": {
        "en": "CHANGED AFTER VALIDATION ({kind})"},
    "shown.plan.changed_after_what": {
        "en": "CHANGED AFTER VALIDATION ({kind}: {what})"},
    "shown.plan.removed_after": {
        "en": "REMOVED AFTER VALIDATION: {title}"},
    "shown.plan.total": {
        "en": "Total cost {cost}{cost_usd}; secured {secured}; financing gap {gap}{gap_usd}."},
    "shown.plan.no_rate": {
        "en": "No exchange rate to the US dollar for {currencies}."},
    "shown.plan.withdrawn": {
        "en": "The validation record is withdrawn: the plan is proposed again."},
    "shown.plan.recorded_validated": {
        "en": "The plan of {n} actions is recorded as validated."},
    "shown.plan.recorded_validated_one": {
        "en": "The plan of {n} action is recorded as validated."},
    "shown.plan.never_validated": {
        "en": "The plan has never been validated."},
    "shown.plan.history_withdrawn": {
        "en": "{at}: validation withdrawn by {who}"},
    "shown.plan.history_withdrawn_reason": {
        "en": "{at}: validation withdrawn by {who}: {reason}"},
    "shown.plan.history_validated": {
        "en": "{at}: validated on {date} at {event}, approved by {approved_by}, {position}; recorded by {who}; plan version {version}"},
    "shown.plan.history_revalidated": {
        "en": "{at}: validated again (the earlier record replaced, kept here) on {date} at {event}, approved by {approved_by}, {position}; recorded by {who}; plan version {version}"},
    "shown.plan.drafted": {
        "en": "Drafted {n} actions from the recommendations."},
    "shown.plan.drafted_one": {
        "en": "Drafted {n} action from the recommendations."},
    "shown.plan.saved": {
        "en": "Saved action {n}: {title}"},
    "shown.plan.removed": {
        "en": "Removed: {title}"},
    "shown.plan.part.what": {
        "en": "what is to be done"},
    "shown.plan.part.who": {
        "en": "responsible institutions"},
    "shown.plan.part.when": {
        "en": "timeline"},
    "shown.plan.part.cost": {
        "en": "cost"},
    "shown.plan.part.priority": {
        "en": "priority"},
    "shown.plan.part.title": {
        "en": "title"},
    "shown.plan.part.results": {
        "en": "results framework"},
    "shown.plan.part.risks": {
        "en": "risks and assumptions"},
    "shown.plan.part.sdg_target": {
        "en": "SDG target"},
    "shown.plan.part.dependencies": {
        "en": "dependencies on other actions"},
    "shown.plan.part.categories": {
        "en": "cost categories"},
    "shown.plan.part.bases": {
        "en": "cost bases"},
    "shown.plan.part.sustainability": {
        "en": "sustainability"},
    "shown.results.indicator": {
        "en": "indicator {id}: {name}{rest}"},
    "shown.results.baseline": {
        "en": "; baseline {value} in {year}"},
    "shown.results.targets": {
        "en": "; targets {targets}"},
    "shown.results.verified": {
        "en": "; verified by: {text}"},
    "shown.results.objective_line": {
        "en": "Overall objective: {objective}"},
    "shown.results.not_given": {
        "en": "not given yet"},
    "shown.results.assumptions": {
        "en": "assumptions: {text}"},
    "shown.results.outcome": {
        "en": "Outcome {n} ({id}): {name}"},
    "shown.results.output": {
        "en": "Output: action {n}, {title}"},
    "shown.results.unlinked": {
        "en": "Actions serving no outcome yet: {numbers}"},
    "shown.results.saved_outcome": {
        "en": "Saved outcome {id}"},
    "shown.results.removed_outcome": {
        "en": "Removed outcome {id}"},
    "shown.results.saved_indicator": {
        "en": "Saved indicator {id}"},
    "shown.results.removed_indicator": {
        "en": "Removed indicator {id}"},
    "shown.results.serves": {
        "en": "Action {title} serves outcome {id}"},
    "shown.results.serves_none": {
        "en": "Action {title} serves no outcome"},
    "cli.progress.older": {
        "en": "{file}: reply of {institution} ({who}) for {period}, filled {filled}: older than the reply of {taken} received before; nothing stored (--take takes it all the same)"},
    "cli.progress.undated": {
        "en": "{file}: reply of {institution} ({who}) for {period}: states no time it was filled, unlike the reply of {taken} received before; nothing stored (--take takes it all the same)"},
    "cli.progress.not_a_count": {
        "en": "{file}: the form's hidden identity gives {field} as {value}, not a count (edited by hand?); nothing was received"},
    "cli.progress.not_an_export": {
        "en": "not a progress form of capacity-app, nor the export of its XLSForm's submissions"},
    "cli.progress.formula": {
        "en": "a formula (the export was edited)"},
    "cli.progress.no_main": {
        "en": "no table of the progress form's submissions in the export (its main CSV, with the cap_check column, is missing): export the form's submissions again from ODK Central, as a .zip of CSV files"},
    "cli.progress.two_tables": {
        "en": "two tables of submissions ({first}, {second}): the export was edited or joins two forms' exports"},
    "cli.progress.two_columns": {
        "en": "two columns for one question (edited by hand?)"},
    "cli.progress.mixed": {
        "en": "the submissions come from different forms"},
    "cli.progress.no_submission": {
        "en": "no submission in the export"},
    "cli.progress.none_kept": {
        "en": "no submission in the export but {n} the platform's review rejected or left without data"},
    "cli.progress.sent": {
        "en": "{file}: the progress workbook of {institution} for {period}: {actions} actions, {lines} cost lines, {indicators} indicators."},
    "cli.progress.sent_xlsform": {
        "en": "{file}: the progress form (XLSForm) of {institution} for {period}: {actions} actions, {lines} cost lines, {indicators} indicators."},
    "cli.progress.rejected": {
        "en": "Rejected proposal {n}."},
    "cli.answer.whole": {
        "en": "expected a whole number, got {got}"},
    "cli.answer.number": {
        "en": "expected a number, got {got}"},
    "cli.answer.below": {
        "en": "{value} is below the minimum {lo}"},
    "cli.answer.above": {
        "en": "{value} is above the maximum {hi}"},
    "cli.answer.choice": {
        "en": "{got} is not one of the choices ({codes})"},
    "cli.answer.list": {
        "en": "expected a list of choice codes, got {got}"},
    "cli.answer.date": {
        "en": "expected a date YYYY-MM-DD, got {got}"},
    "cli.answer.serial": {
        "en": "{got} looks like a spreadsheet date serial: type the date as YYYY-MM-DD"},
    "cli.answer.text": {
        "en": "expected text, got {got}"},
    "cli.answer.empty": {
        "en": "an empty text is not an answer (clear the answer to remove its value)"},
    "cli.answer.none": {
        "en": "no value given"},
    "cli.answer.ambiguous": {
        "en": "{got} reads two ways: type {whole} (without a thousands separator) or {decimal}"},
    "cli.answer.ambiguous_whole": {
        "en": "{got} reads two ways: type {whole} (without a thousands separator)"},
    "cli.answer.too_large": {
        "en": "{got} is too large a number"},
    "cli.answer.negative_zero": {
        "en": "{got} is a negative zero: type 0"},
    "cli.overrun.spent_over_budget": {
        "en": "cost line {line} of action {n}: {amount} {currency} spent to date is above the line's budget of {limit}{share}"},
    "cli.overrun.disbursed_over_budget": {
        "en": "cost line {line} of action {n}: {amount} {currency} disbursed to date is above the line's budget of {limit}{share}"},
    "cli.overrun.spent_over_disbursed": {
        "en": "cost line {line} of action {n}: {amount} {currency} spent to date is above the {limit} disbursed{note}"},
    "cli.overrun.disbursed_over_committed": {
        "en": "cost line {line} of action {n}: {amount} {currency} disbursed to date is above the {limit} committed"},
    "cli.overrun.note": {
        "en": "; note: {text}"},
    "cli.progress.head": {
        "en": "Progress in {period} (judged on {date}): {on_track} on track, {at_risk} at risk, {off_track} off track, {not_judged} not judged; {unreported} actions without a report."},
    "cli.progress.head_one": {
        "en": "Progress in {period} (judged on {date}): {on_track} on track, {at_risk} at risk, {off_track} off track, {not_judged} not judged; {unreported} action without a report."},
    "cli.progress.row": {
        "en": "{number}. {title} - {status}; {standing}"},
    "cli.progress.row_plan": {
        "en": "{number}. {title} - {status} (no report: the plan's status); {standing}"},
    "cli.progress.status.planned": {
        "en": "planned"},
    "cli.progress.status.in_progress": {
        "en": "in progress"},
    "cli.progress.status.done": {
        "en": "done"},
    "cli.progress.status.dropped": {
        "en": "dropped"},
    "cli.progress.standing.on_track": {
        "en": "on track"},
    "cli.progress.standing.at_risk": {
        "en": "at risk"},
    "cli.progress.standing.off_track": {
        "en": "off track"},
    "cli.progress.standing.not_judged": {
        "en": "not judged"},
    "cli.progress.reason": {
        "en": "Reason: {reason}"},
    "cli.progress.money": {
        "en": "committed {committed}; disbursed {disbursed}; spent {spent}"},
    "cli.progress.line_note": {
        "en": "Note on cost line {line}: {note}"},
    "cli.progress.overrun": {
        "en": "Overrun: {text}"},
    "cli.progress.total": {
        "en": "Total ({currency}): pledged {pledged}, committed {committed}, disbursed {disbursed}, spent {spent}"},
    "cli.progress.partner": {
        "en": "{who} ({currency}): pledged {pledged}, committed {committed}, disbursed {disbursed}, spent {spent}"},
    # a half-year: its year's pledges beside the half-year's own money, each named (the report's
    # "Committed in 2026" counts the year to the half-year's end: these are the half-year's alone)
    "cli.progress.total_half": {
        "en": "Total ({currency}): pledged for {year} {pledged}; in {period} alone: committed {committed}, disbursed {disbursed}, spent {spent}"},
    "cli.progress.partner_half": {
        "en": "{who} ({currency}): pledged for {year} {pledged}; in {period} alone: committed {committed}, disbursed {disbursed}, spent {spent}"},
    "cli.progress.funding.national": {
        "en": "national budget"},
    "cli.progress.funding.partner": {
        "en": "partner"},
    "cli.progress.funding.other": {
        "en": "other source"},
    "cli.progress.indicator": {
        "en": "Indicator {id} ({name}): target {target}, {value} on {date}; {standing}"},
    "cli.progress.indicator_no_target": {
        "en": "Indicator {id} ({name}): no target for the year, {value} on {date}; {standing}"},
    "cli.progress.indicator_no_value": {
        "en": "Indicator {id} ({name}): target {target}, no value; {standing}"},
    "cli.progress.indicator_nothing": {
        "en": "Indicator {id} ({name}): no target for the year, no value; {standing}"},
    "cli.progress.indicator_outside_source": {
        "en": "Indicator {id} (not in the results chain): {value} on {date} ({source})"},
    "cli.progress.indicator_outside": {
        "en": "Indicator {id} (not in the results chain): {value} on {date}"},
    "cli.progress.nothing_yet": {
        "en": "assessment {id} has no progress recorded yet: {command}"},
    "cli.progress.warning": {
        "en": "Warning: {text}"},
    "cli.progress.recorded": {
        "en": "Recorded the progress of \"{title}\" for {period} ({n} cost lines)."},
    "cli.progress.recorded_one": {
        "en": "Recorded the progress of \"{title}\" for {period} ({n} cost line)."},
    "cli.progress.replaced": {
        "en": "Replaced the progress of \"{title}\" for {period} ({n} cost lines)."},
    "cli.progress.replaced_one": {
        "en": "Replaced the progress of \"{title}\" for {period} ({n} cost line)."},
    "cli.progress.value_recorded": {
        "en": "Recorded the value of indicator {id} for {period}."},
    "cli.progress.value_replaced": {
        "en": "Replaced the value of indicator {id} for {period}."},
    "cli.progress.removed": {
        "en": "Removed the progress of \"{title}\" for {period}."},
    "cli.progress.already_recorded": {
        "en": "action {n} already has its progress for {period}: replace it to change it (the entry replaced stays in the history)"},
    "cli.progress.overlaps": {
        "en": "action {n} already has its progress for {period}, which overlaps {new}: report a year or its half-years, not both"},
    "cli.progress.value_already": {
        "en": "indicator {id} already has its value for {period}: replace it to change it (the value replaced stays in the history)"},
    "cli.progress.no_progress": {
        "en": "action {action} has no progress for {period}"},
    "cli.progress.no_action": {
        "en": "assessment {id} has no action {action} in its plan"},
    # --- the planning unit's own words in the implementation report (domain/plan/period_report.py,
    # cli/progress_report.py)
    "cli.period.long.summary": {
        "en": "the summary of {period} is longer than {limit} characters ({length})"},
    "cli.period.long.decision": {
        "en": "decision {n} asked for {period} is longer than {limit} characters ({length})"},
    "cli.period.long.measure": {
        "en": "the corrective measure of action {n} for {period} is longer than {limit} characters ({length})"},
    "cli.period.long.who": {
        "en": "who takes the corrective measure of action {n} for {period} is longer than {limit} characters ({length})"},
    "cli.period.control.summary": {
        "en": "the summary of {period} holds the control character {code} (refused)"},
    "cli.period.control.decision": {
        "en": "decision {n} asked for {period} holds the control character {code} (refused)"},
    "cli.period.control.measure": {
        "en": "the corrective measure of action {n} for {period} holds the control character {code} (refused)"},
    "cli.period.control.who": {
        "en": "who takes the corrective measure of action {n} for {period} holds the control character {code} (refused)"},
    "cli.period.unstorable.summary": {
        "en": "the summary of {period} holds a character that is not text: retype it"},
    "cli.period.unstorable.decision": {
        "en": "decision {n} asked for {period} holds a character that is not text: retype it"},
    "cli.period.unstorable.measure": {
        "en": "the corrective measure of action {n} for {period} holds a character that is not text: retype it"},
    "cli.period.unstorable.who": {
        "en": "who takes the corrective measure of action {n} for {period} holds a character that is not text: retype it"},
    "cli.period.too_many": {
        "en": "{count} decisions asked for {period}: at most {limit}"},
    "cli.period.empty_decision": {
        "en": "decision {n} asked for {period} is empty: write it or leave it out"},
    "cli.period.measure_empty": {
        "en": "the corrective measure of action {n} for {period} says nothing: write what will be done (who and by when go with it)"},
    "cli.period.by": {
        "en": "the date of the corrective measure of action {n} for {period} is not a date YYYY-MM-DD: {got}"},
    "cli.period.by_outside": {
        "en": "the date of the corrective measure of action {n} for {period} ({date}) is outside the plan's "
              "bounds, {first} to {last}: the plan runs from {plan_first} to {plan_last}, and a date up to "
              "{margin} years before or after it is taken"},
    "cli.period.saved": {
        "en": "Recorded the report of {period}: a summary of {chars} characters and {n} decisions asked."},
    "cli.period.saved_one": {
        "en": "Recorded the report of {period}: a summary of {chars} characters and {n} decision asked."},
    "cli.period.cleared": {
        "en": "Removed the summary and the decisions of {period} (the history keeps them)."},
    "cli.period.none": {
        "en": "No summary or decision written for {period} yet."},
    "cli.period.summary": {
        "en": "Summary of {period}: {text}"},
    "cli.period.decision": {
        "en": "Decision asked {n}: {text}"},
    "cli.period.measure": {
        "en": "Corrective measure of action {n}: {text}"},
    "cli.period.measure_who": {
        "en": "Who: {who}"},
    "cli.period.measure_by": {
        "en": "By: {date}"},
    "cli.period.no_measure": {
        "en": "Action {n} is {standing} in {period} and has no corrective measure."},
    "cli.period.measure_saved": {
        "en": "Recorded the corrective measure of \"{title}\" for {period}."},
    "cli.period.measure_removed": {
        "en": "Removed the corrective measure of \"{title}\" for {period} (the history keeps it)."},
    "cli.period.no_measure_to_remove": {
        "en": "action {n} has no corrective measure for {period}"},
    "cli.progress.submissions": {
        "en": "; {n} submissions, the newest taken"},
    "cli.progress.left_out_one": {
        "en": "; {n} submission left out (rejected in the platform's review, or without data)"},
    "cli.progress.left_out": {
        "en": "; {n} submissions left out (rejected in the platform's review, or without data)"},
    "cli.progress.received": {
        "en": "{file}: reply of {institution} ({who}) for {period}: {proposed}{earlier}, {same} as recorded{superseded}."},
    "cli.progress.proposed_one": {
        "en": "{n} entry proposed"},
    "cli.progress.proposed": {
        "en": "{n} entries proposed"},
    "cli.progress.would_one": {
        "en": "{n} entry would propose"},
    "cli.progress.would": {
        "en": "{n} entries would propose"},
    "cli.progress.earlier": {
        "en": " ({n} already proposed)"},
    "cli.progress.superseded_one": {
        "en": "; {n} older proposal superseded"},
    "cli.progress.superseded": {
        "en": "; {n} older proposals superseded"},
    "cli.progress.rejected_before_one": {
        "en": "{n} entry of this reply was rejected before: not proposed again ({command})."},
    "cli.progress.rejected_before": {
        "en": "{n} entries of this reply were rejected before: not proposed again ({command})."},
    "cli.progress.replies.older": {
        "en": "{institution}: {n} replies for {period}, the one of {taken} taken; this one, of {filled}, is older: set aside, nothing stored"},
    "cli.progress.replies.undated": {
        "en": "{institution}: {n} replies for {period}, the one of {taken} taken; this one states no time it was filled: set aside, nothing stored"},
    "cli.progress.replies.forced": {
        "en": "{institution}: {n} replies for {period}, this one, of {filled}, taken on the officer's word (--take) although the one of {taken} received before is newer"},
    "cli.progress.replies.forced_undated": {
        "en": "{institution}: {n} replies for {period}, this one taken on the officer's word (--take) although it states no time it was filled and the one of {taken} received before does"},
    "cli.progress.replies.tie": {
        "en": "{institution}: {n} replies for {period}, this one taken as the one received last (it states the same time as one received before, {filled})"},
    "cli.progress.replies.no_time_here": {
        "en": "{institution}: {n} replies for {period}, this one taken as the one received last (the time it was filled is not in this file)"},
    "cli.progress.replies.no_time_before": {
        "en": "{institution}: {n} replies for {period}, this one taken as the one received last (the time it was filled is not in the one received before)"},
    "cli.progress.replies.newer": {
        "en": "{institution}: {n} replies for {period}, the one of {taken} taken (this one); the older superseded"},
    "cli.progress.none_open": {
        "en": "No open proposal of the plan's progress in assessment {id}."},
    "cli.progress.none_accepted": {
        "en": "No accepted proposal of the plan's progress in assessment {id}."},
    "cli.progress.none_rejected": {
        "en": "No rejected proposal of the plan's progress in assessment {id}."},
    "cli.progress.none_superseded": {
        "en": "No superseded proposal of the plan's progress in assessment {id}."},
    "cli.progress.none_all": {
        "en": "No proposal of the plan's progress in assessment {id}."},
    "cli.progress.p_action": {
        "en": "action {n} {period}: {status}"},
    "cli.progress.p_started": {
        "en": ", started {date}"},
    "cli.progress.p_completed": {
        "en": ", completed {date}"},
    "cli.progress.p_line": {
        "en": "; line {line}: {money} {currency}"},
    "cli.progress.p_line_bare": {
        "en": "; line {line}: {money}"},
    "cli.progress.p_committed": {
        "en": "committed {amount}"},
    "cli.progress.p_disbursed": {
        "en": "disbursed {amount}"},
    "cli.progress.p_spent": {
        "en": "spent {amount}"},
    "cli.progress.p_reason": {
        "en": "; reason: {reason}"},
    "cli.progress.p_indicator_source": {
        "en": "indicator {id} {period}: {value} on {date} ({source})"},
    "cli.progress.p_indicator": {
        "en": "indicator {id} {period}: {value} on {date}"},
    "cli.progress.p_row_respondent": {
        "en": "{id}. {what} - {institution} ({respondent})"},
    "cli.progress.p_row": {
        "en": "{id}. {what} - {institution}"},
    "cli.progress.p_accepted": {
        "en": " [accepted]"},
    "cli.progress.p_rejected": {
        "en": " [rejected]"},
    "cli.progress.p_superseded": {
        "en": " [superseded]"},
    "cli.progress.p_replaces": {
        "en": " (replaces what is recorded)"},
    "cli.progress.number_or_all": {
        "en": "give a proposal's number or --all (not both)"},
    "cli.progress.accepted_one": {
        "en": "Accepted {n} proposal ({ids})."},
    "cli.progress.accepted": {
        "en": "Accepted {n} proposals ({ids})."},
    "cli.progress.accepted_none": {
        "en": "Accepted {n} proposals."},
    "cli.progress.no_proposal": {
        "en": "no proposal {n} of the plan's progress"},
    "cli.progress.no_proposal_in": {
        "en": "no proposal {n} of the plan's progress in assessment {id}"},
    "cli.progress.is_accepted": {
        "en": "proposal {n} is accepted already"},
    "cli.progress.is_rejected": {
        "en": "proposal {n} is rejected already"},
    "cli.progress.is_superseded": {
        "en": "proposal {n} is superseded already"},
    # --- the normal lines of review, reviews, signoff, review-signoff, reopen, institutions, proposals,
    # export, aggregate, translations and the command line's own (cli/team.py, cli/institutions.py,
    # cli/exchange.py, cli/translations.py, cli/__init__.py); cli.signoff.*: the readiness's reasons,
    # said again (domain/team/signoff.py writes them in English)
    "shown.team.set": {
        "en": "{unit}: {status}"},
    "shown.team.set_at": {
        "en": "{unit}: {status} at {at}"},
    "shown.team.status.validated": {
        "en": "validated"},
    "shown.team.status.follow_up": {
        "en": "needs follow-up"},
    "shown.team.status.disputed": {
        "en": "disputed"},
    "shown.team.status.not_reviewed": {
        "en": "not reviewed"},
    "shown.team.unknown": {
        "en": "unknown"},
    "shown.team.by": {
        "en": " ({reviewer}, {at})"},
    "shown.team.changed": {
        "en": " [the answer changed since it was reviewed]"},
    "shown.team.note": {
        "en": " - {note}"},
    "shown.team.coverage": {
        "en": "{validated} of {total} answers validated; {follow_up} need follow-up, {disputed} disputed, {not_reviewed} not reviewed"},
    "shown.team.assessment": {
        "en": "assessment {id} ({country} {round}): {what}"},
    "shown.team.status_and": {
        "en": "{status}, {what}"},
    "shown.team.validated_by": {
        "en": "validated by {who}"},
    "shown.team.not_validated": {
        "en": "not validated for the national statistics office"},
    "shown.team.reviews_by": {
        "en": "reviews signed off by {who}"},
    "shown.team.reviews_not": {
        "en": "the supervisor has not signed the reviews off"},
    "shown.team.reviews_not_off": {
        "en": "the reviews are not signed off"},
    "shown.team.readiness": {
        "en": "readiness: {known} of the primary questions known (at least {needed} needed); {follow_up} follow-ups open, {not_reviewed} of {answers} answers not reviewed, {disputed} disputed, {missing} citing a document not attached"},
    "shown.team.not_yet": {
        "en": "; cannot be validated yet: {refusal}"},
    "shown.team.cannot_sign": {
        "en": "cannot be signed off yet: {refusal}"},
    "shown.team.reopened": {
        "en": "reopened: {reason}"},
    "shown.team.event": {
        "en": "  {at}  {operator}: {text}"},
    "shown.team.who": {
        "en": "{names}, on {date}"},
    "cli.signoff.only_known": {
        "en": "only {known} of the primary questions are known (the method asks at least {needed})"},
    "cli.signoff.follow_up_one": {
        "en": "{n} answer still needs follow-up"},
    "cli.signoff.follow_up": {
        "en": "{n} answers still need follow-up"},
    "cli.signoff.not_reviewed": {
        "en": "{n} of {total} answers are not reviewed"},
    "cli.signoff.nothing": {
        "en": "nothing is answered yet: there is nothing to review"},
    "cli.signoff.not_final": {
        "en": "assessment {id} ({country} {round}) is not final: nothing to reopen"},
    "shown.inst.not_answered": {
        "en": "not answered"},
    "shown.inst.request": {
        "en": " - by {deadline}, contact {contact}"},
    "shown.inst.asked": {
        "en": "{n} questions, grid rows and matrix cells for {institution}"},
    "shown.inst.accepted": {
        "en": "accepted proposal {id}: {keys}"},
    "shown.inst.accepted_edited": {
        "en": "accepted proposal {id} edited: {keys}"},
    "shown.inst.rejected_one": {
        "en": "rejected {n} proposal: {keys}"},
    "shown.inst.rejected": {
        "en": "rejected {n} proposals: {keys}"},
    "shown.inst.accepted_all": {
        "en": "accepted {n} proposals of {institution}"},
    "shown.inst.rejected_all": {
        "en": "rejected the open proposals of {institution} ({n} answers)"},
    "shown.inst.conflict": {
        "en": " CONFLICT"},
    "shown.inst.row": {
        "en": "#{id} [{state}]{mark} {item}: {proposed} (now: {now}) - {who}, {at}, {source}"},
    "shown.inst.state.open": {
        "en": "open"},
    "shown.inst.state.accepted": {
        "en": "accepted"},
    "shown.inst.state.rejected": {
        "en": "rejected"},
    "shown.inst.state.superseded": {
        "en": "superseded"},
    "shown.inst.none": {
        "en": "no proposals"},
    "shown.export.give_one": {
        "en": "give --xlsx FILE.xlsx, --package FILE.zip or --xlsform FILE.xlsx (one of them)"},
    "shown.export.give_institution": {
        "en": "give --institution KEY --xlsx FILE.xlsx, or --institutions FOLDER"},
    "shown.export.wrote": {
        "en": "wrote {path}"},
    "shown.export.archived_one": {
        "en": "note: {n} archived answer to questions an earlier questionnaire asked is on the workbook's Archived answers sheet, not among its answers ({keys})"},
    "shown.export.archived": {
        "en": "note: {n} archived answers to questions an earlier questionnaire asked are on the workbook's Archived answers sheet, not among its answers ({keys})"},
    "shown.export.left_one": {
        "en": "warning: the {n} document attached as evidence is not in the workbook; to send them too, use `{command}`"},
    "shown.export.left": {
        "en": "warning: the {n} documents attached as evidence are not in the workbook; to send them too, use `{command}`"},
    "shown.aggregate.status.rejected": {
        "en": "rejected"},
    "shown.aggregate.status.superseded": {
        "en": "superseded"},
    "shown.aggregate.status.conflict": {
        "en": "conflict"},
    "shown.aggregate.file": {
        "en": "{status}: {path}: {reason}"},
    "shown.aggregate.counted": {
        "en": " (provisional scores counted: {n})"},
    "shown.aggregate.not_counted": {
        "en": "; provisional scores not counted ({n}): {which}"},
    "shown.aggregate.countries_one": {
        "en": "{n} country"},
    "shown.aggregate.countries": {
        "en": "{n} countries"},
    "shown.aggregate.done": {
        "en": "{accepted} accepted, {rejected} rejected, {superseded} superseded, {conflicts} in conflict; {countries} in the roll-ups{provisional}; wrote {outputs}"},
    "shown.aggregate.implementation": {
        "en": "implementation: {period}, judged on {date}"},
    "shown.translations.unwritable": {
        "en": "{file}: cannot be written ({reason})"},
    "shown.translations.written": {
        "en": "{file}: {n} texts of {language} ({format})"},
    "shown.translations.source": {
        "en": "the source"},
    "shown.translations.inline": {
        "en": "inline"},
    "shown.translations.its_catalogue": {
        "en": "its catalogue"},
    "shown.translations.catalogues": {
        "en": "catalogues"},
    "shown.translations.first": {
        "en": ", first translation"},
    "shown.translations.all": {
        "en": "all"},
    "shown.translations.of": {
        "en": "{done} of {total}"},
    "shown.translations.line": {
        "en": "{code} {name} ({where}): {share} translated; {kinds}"},
    "shown.main.damaged": {
        "en": "warning: {damage}; opened read-only"},
    "shown.main.interrupted": {
        "en": "interrupted"},
    "shown.main.not_utf8": {
        "en": "the text given is not valid UTF-8 (check the terminal's encoding); nothing was written"},
    "shown.main.unexpected": {
        "en": "unexpected error: {kind}: {error}{details}"},
    "shown.main.details": {
        "en": " (details in {log})"},
    "cli.answer.unknown": {
        "en": "unknown item id"},
    "cli.answer.give_value": {
        "en": "give a value, or {options}"},
    "cli.answer.no_dont_know": {
        "en": "'don't know' is not accepted for this item"},
    "cli.answer.final": {
        "en": "assessment {id} ({country} {round}) is final: reopen it (status in progress) to change it"},
    "cli.request.empty_name": {
        "en": "the signatory's name is empty"},
    "cli.request.empty_title": {
        "en": "the signatory's title is empty"},
    "cli.request.empty_partner": {
        "en": "the partner's name is empty"},
    "cli.request.control_name": {
        "en": "the signatory's name holds a control character"},
    "cli.request.control_title": {
        "en": "the signatory's title holds a control character"},
    "cli.request.control_partner": {
        "en": "the partner's name holds a control character"},
    "cli.request.control_committed": {
        "en": "the institution committing the national budget holds a control character"},
    "cli.request.role": {
        "en": "a signatory's role must be one of {roles} (the government, the ministry of finance, a development partner), got {got}"},
    "cli.request.partner_only": {
        "en": "only a partner's signatory names a partner"},
    "cli.request.at_most": {
        "en": "a funding request has at most {n} signatories"},
    "cli.request.unknown_partner": {
        "en": "{partner} funds no line of the plan; the partners are: {partners}"},
    "cli.request.none_yet": {
        "en": "none yet"},
    "cli.request.format": {
        "en": "signatory {text}: write ROLE; NAME; TITLE, ROLE one of government, finance or partner=PARTNER, e.g. \"finance; A. Diallo; Minister of Finance\""},
    # the donors' structures of the funding request (domain/plan/donors.py)
    "cli.donors.empty_risk": {
        "en": "the risk is not described"},
    "cli.donors.empty_mitigation": {
        "en": "the mitigating measure is empty"},
    "cli.donors.empty_owner": {
        "en": "the institution that owns the risk is not named"},
    "cli.donors.empty_responsibility": {
        "en": "the institution responsible for the indicator is not named"},
    "cli.donors.empty_description": {
        "en": "the package's description is empty"},
    "cli.donors.control_risk": {
        "en": "the risk holds a control character"},
    "cli.donors.control_mitigation": {
        "en": "the mitigating measure holds a control character"},
    "cli.donors.control_owner": {
        "en": "the institution that owns the risk holds a line break or control character: keep it on one line"},
    "cli.donors.control_responsibility": {
        "en": "the institution responsible for the indicator holds a line break or control character: keep it on one line"},
    "cli.donors.control_description": {
        "en": "the package's description holds a line break or control character: keep it on one line"},
    "cli.donors.control_partner": {
        "en": "the partner's name holds a line break or control character: keep it on one line"},
    "cli.donors.long_risk": {
        "en": "the risk is longer than {n} characters: shorten it"},
    "cli.donors.long_mitigation": {
        "en": "the mitigating measure is longer than {n} characters: shorten it"},
    "cli.donors.long_owner": {
        "en": "the institution that owns the risk is longer than {n} characters: shorten it"},
    "cli.donors.long_responsibility": {
        "en": "the institution responsible for the indicator is longer than {n} characters: shorten it"},
    "cli.donors.long_description": {
        "en": "the package's description is longer than {n} characters: shorten it"},
    "cli.donors.long_partner": {
        "en": "the partner's name is longer than {n} characters: shorten it"},
    "cli.donors.likelihood": {
        "en": "the likelihood must be one of {codes}, got {got}"},
    "cli.donors.impact": {
        "en": "the impact must be one of {codes}, got {got}"},
    "cli.donors.frequency": {
        "en": "the frequency must be one of {codes}, got {got}"},
    "cli.donors.method": {
        "en": "the procurement method must be one of {codes}, got {got}"},
    "cli.donors.review": {
        "en": "the review must be one of {codes} (before or after the contract), got {got}"},
    "cli.donors.unknown_action": {
        "en": "the plan has no action {action}"},
    "cli.donors.no_line": {
        "en": "action {action} has no cost line {line}"},
    "cli.donors.risk_actions_max": {
        "en": "a risk concerns at most {n} actions"},
    "cli.donors.risks_max": {
        "en": "the risk matrix has at most {n} risks"},
    "cli.donors.packages_max": {
        "en": "the procurement plan has at most {n} packages"},
    "cli.donors.indicators_max": {
        "en": "the results framework has at most {n} indicators"},
    "cli.donors.file_large": {
        "en": "{file}: larger than {mb} MB, far more than a funding request's record holds; nothing was written"},
    "cli.donors.file_special": {
        "en": "{file}: not a regular file (a named pipe, a device or a folder); nothing was read or written"},
    "cli.donors.file_deep": {
        "en": "{file}: nested too deep to be a funding request's record; nothing was written"},
    "cli.donors.risk_row": {
        "en": "risk {n} — {problem}"},
    "cli.donors.indicator_row": {
        "en": "indicator {n} — {problem}"},
    "cli.donors.package_row": {
        "en": "procurement package {n} — {problem}"},
    "cli.donors.unknown_indicator": {
        "en": "the results chain has no indicator {id}"},
    "cli.donors.indicator_twice": {
        "en": "indicator {id} is detailed twice: keep one entry"},
    "cli.donors.dli_both": {
        "en": "a disbursement-linked indicator needs both the partner and the amount it releases (or neither)"},
    "cli.donors.dli_currencies": {
        "en": "{partner} funds lines in several currencies: an amount released cannot be set against them; enter its lines in one currency"},
    "cli.donors.dli_over": {
        "en": "the indicators linked to {partner}'s disbursements release {amount} {currency}, more than its lines in the plan ({lines} {currency})"},
    "cli.donors.amount": {
        "en": "the amount {got} is not an amount above zero: write digits with a point for decimals, such as 25000 or 1250.50"},
    "cli.donors.currency": {
        "en": "the currency {got} is not an ISO 4217 code (three capital letters, such as XOF or USD)"},
    "cli.donors.start": {
        "en": "the planned start {got} is not a date such as 2027-03-01"},
    "cli.donors.end": {
        "en": "the planned end {got} is not a date such as 2027-09-30"},
    "cli.donors.order": {
        "en": "the planned end {end} comes before the planned start {start}"},
    "cli.donors.no_years": {
        "en": "the plan has no years yet: give its actions a timeline or costs before planning their procurement"},
    "cli.donors.outside": {
        "en": "the dates {start} to {end} fall outside the plan's years, {first} to {last}"},
    "cli.donors.line_number": {
        "en": "the cost line {got} is not a line number such as 1 or 2"},
    "cli.donors.modality": {
        "en": "the implementation modality must be one of {codes} (or none), got {got}"},
    "cli.donors.eu_line": {
        "en": "the EU budget line must be one of {codes} (or none), got {got}"},
    "cli.donors.file_shape": {
        "en": "the file does not hold a funding request's record: write it as {command} prints it (an object with {keys})"},
    "cli.donors.file_part": {
        "en": "{part} in the file must be a list of entries, as {command} prints it"},
    "cli.donors.file_read": {
        "en": "{file}: not a JSON file ({reason})"},
    # --- the plan's commands in the user's language: actions request, achieved and compare, and the
    # refusals of the plan's options, services and rounds (cli/actionplan/, cli/progress.py,
    # services/plan/actions.py, services/rounds.py); shown.*: a line printed only, never read back
    # by cli/said.py (its English, mostly values, would take in other lines)
    "cli.request.committed": {
        "en": "National part committed by: {who}"},
    "cli.request.not_said": {
        "en": "not said"},
    "cli.request.signatory": {
        "en": "Signatory, {role}: {name}, {title}"},
    "cli.request.as.government": {
        "en": "government"},
    "cli.request.as.finance": {
        "en": "finance"},
    "cli.request.as_partner": {
        "en": "partner ({partner})"},
    "cli.achieved.head": {
        "en": "What the {round} plan achieved (assessment {id}), seen from round {later} (assessment {later_id}):"},
    "shown.achieved.row": {
        "en": "{number}. {title} - {outcome}{when}{late}{spent}"},
    "cli.achieved.no_report": {
        "en": " (no progress report)"},
    "cli.achieved.late": {
        "en": "; late: its end, {end}, passed"},
    "cli.achieved.spent": {
        "en": "; spent {spent}"},
    "cli.achieved.reason": {
        "en": "Reason: {reason}"},
    "cli.achieved.gap": {
        "en": "{label}: gap {gap_before} -> {gap_after}, availability {availability_before} -> {availability_after} ({trend})"},
    "cli.achieved.not_scored": {
        "en": "not scored"},
    "cli.achieved.trend.improved": {
        "en": "better"},
    "cli.achieved.trend.regressed": {
        "en": "worse"},
    "cli.achieved.trend.unchanged": {
        "en": "unchanged"},
    "cli.achieved.trend.new": {
        "en": "new"},
    "cli.achieved.trend.gone": {
        "en": "gone"},
    "cli.achieved.trend.assessed": {
        "en": "assessed for the first time"},
    "cli.achieved.trend.unassessed": {
        "en": "no longer assessed"},
    "cli.achieved.spent_to_date": {
        "en": "spent to date {spent} of {planned} planned on those lines"},
    "cli.achieved.no_spending": {
        "en": "no spending recorded yet"},
    "cli.achieved.total": {
        "en": "In all: {done} done, {dropped} dropped, {open} still open ({late} late); {spent}."},
    "cli.compare.head": {
        "en": "Round {round} (assessment {id}) -> round {later} (assessment {later_id}, reference date {date})"},
    "cli.compare.done": {
        "en": "Done since: {n}"},
    "cli.compare.dropped": {
        "en": "Dropped since: {n}"},
    "cli.compare.late": {
        "en": "Late (still open, end passed): {n}"},
    "cli.compare.still_open": {
        "en": "Still open: {n}"},
    "cli.compare.new": {
        "en": "New in this round: {n}"},
    "cli.compare.removed": {
        "en": "No longer in the plan: {n}"},
    "cli.compare.already_done": {
        "en": "Done before: {n}"},
    "cli.compare.ended": {
        "en": "{title} (end {end})"},
    "cli.compare.spent": {
        "en": "Spent to date: {spent} of {planned} planned on those lines (the plan costs {cost})."},
    "cli.compare.no_spending": {
        "en": "No spending recorded yet (no progress report gives money spent, no cost line an amount executed)."},
    "cli.plan.nothing": {
        "en": "nothing"},
    "cli.plan.give_title": {
        "en": "give the action a --title"},
    "cli.plan.nothing_to_change": {
        "en": "nothing to change: give at least one field option (see --help)"},
    "cli.plan.validation_needs": {
        "en": "a validation needs {options}"},
    "cli.plan.ambiguous_id": {
        "en": "{ref} starts the ids of {n} actions: give more of the id"},
    "cli.plan.no_action": {
        "en": "no action {ref} in the plan: give its number (1 to {last}), its id, or the id's first four characters or more"},
    "cli.plan.cost_head": {
        "en": "cost {cost}: start with YEAR=AMOUNT [CURRENCY], e.g. 2027=45000000 XOF"},
    "cli.plan.cost_problem": {
        "en": "cost {cost}: {problem}"},
    "cli.plan.cost_currency": {
        "en": "cost {cost}: give the currency (the plan has none: set it with '{command}')"},
    "cli.plan.cost_part": {
        "en": "cost {cost}: {part} is not one of national, partner=NAME, other[=TEXT], secured, executed=AMOUNT, a cost category ({categories}), a pipeline status ({pipeline}), recurrent or takeover=YEAR:AMOUNT"},
    "cli.plan.takeover_form": {
        "en": "cost {cost}: write the takeover as takeover=YEAR:AMOUNT [CURRENCY], e.g. takeover=2029:12000000"},
    "cli.plan.takeover_amount": {
        "en": "write the amount taken over a year as AMOUNT [CURRENCY]"},
    "cli.plan.takeover_rate": {
        "en": "cost {cost}: the takeover is in {code} and the line in {line}, and the plan has no rate for both: give it in {line}, or the rate ({command})"},
    "cli.plan.rate_form": {
        "en": "rate {rate}: write CODE=UNITS_PER_USD@DATE[; SOURCE], e.g. \"XOF=605.25@2026-05-01; UN operational rate\""},
    "cli.plan.rate_problem": {
        "en": "rate {rate}: {problem}"},
    "cli.plan.priority": {
        "en": "priority {value}: high, medium or low (1, 2 or 3)"},
    "cli.plan.status": {
        "en": "status {value}: one of {statuses}"},
    "cli.plan.cost_line": {
        "en": "cost line {n}: {problem}"},
    "cli.plan.same_line": {
        "en": "cost lines {first} and {second} are the same line twice ({line}): enter it once, or the sum on one line"},
    "cli.plan.full": {
        "en": "the plan already holds {n} actions, the most it can"},
    "cli.plan.id_taken": {
        "en": "the plan already has an action with id {id}"},
    "cli.plan.depended_on": {
        "en": "actions {actions} depend on action {n}: remove that dependency first (the action stays in the plan)"},
    "cli.plan.depended_on_one": {
        "en": "action {actions} depends on action {n}: remove that dependency first (the action stays in the plan)"},
    "cli.plan.no_action_id": {
        "en": "assessment {id} has no action {action}"},
    "cli.plan.draft_full": {
        "en": "drafting would add {n} actions to a plan of {plan}: at most {most} in all"},
    "cli.plan.no_rate": {
        "en": "the plan has no exchange rate for {code}"},
    "cli.plan.rate_future": {
        "en": "the {code} rate is dated {date}, in the future (today is {today}): give a rate already published, with its date"},
    "cli.plan.not_iso": {
        "en": "{code} is not an ISO 4217 currency of the country table"},
    "cli.plan.nothing_to_validate": {
        "en": "the plan has no actions to validate"},
    "cli.plan.no_validation": {
        "en": "assessment {id}'s plan has no validation to withdraw"},
    "cli.plan.withdraw_reason": {
        "en": "give the reason for withdrawing the validation (it is kept in the history)"},
    "cli.plan.withdraw_long": {
        "en": "the reason for withdrawing holds more than 500 characters"},
    # the plan's validation (domain/plan/validation.py): its refusals and what keeps the plan from
    # being validated, said one by one (cli.gap.*: domain/retold.py, a list of them)
    "cli.validation.gaps": {
        "en": "the plan cannot be validated yet: {gaps}"},
    "cli.gap.action": {
        "en": "action {n} ({title}) has {lacks}"},
    "cli.gap.no_owner": {"en": "no owner"},
    "cli.gap.no_start": {"en": "no start"},
    "cli.gap.no_end": {"en": "no end"},
    "cli.gap.no_cost": {"en": "no cost"},
    "cli.gap.outcome": {
        "en": "outcome {n} ({title}) has no indicator"},
    "cli.gap.rate": {
        "en": "no exchange rate to the US dollar for {codes} (add it: {command}, or Currency and rates in the window)"},
    "cli.gap.future": {
        "en": "the validation date {date} is in the future (today is {today}): record it once it has happened"},
    "cli.gap.before_mission": {
        "en": "the validation date {date} is before the assessment's mission ({mission})"},
    "cli.gap.more": {"en": "and {n} more"},
    "list.semicolon": {"en": "; "},
    "list.comma": {"en": ", "},
    "cli.what.validation_event": {
        "en": "the event (e.g. a national validation workshop)"},
    "cli.what.validation_approver": {
        "en": "the name of the person who approved the plan"},
    "cli.what.validation_position": {
        "en": "the position of the person who approved the plan"},
    "cli.what.validation_institution": {
        "en": "an institution's name"},
    "cli.validation.needs": {
        "en": "the validation needs {what}"},
    "cli.validation.control": {
        "en": "{what} holds a control character"},
    "cli.validation.date": {
        "en": "the validation date: {detail}"},
    "cli.validation.before_2000": {
        "en": "the validation date {date} is before 2000"},
    "cli.validation.outside": {
        "en": "the validation date {date} is outside its bounds, {first} to today ({today})"},
    "cli.validation.no_institutions": {
        "en": "the validation needs the institutions present"},
    "cli.validation.institutions_max": {
        "en": "at most {n} institutions present"},
    "cli.validation.too_many": {
        "en": "the validation lists {n} actions: a plan holds at most {max}"},
    "cli.validation.twice": {
        "en": "the validated action {id} is listed twice"},
    "cli.validation.not_id": {
        "en": "the validated action id {id} is not an id"},
    "cli.validation.fingerprint": {
        "en": "the fingerprint of validated action {id} is not one this application writes (do not edit it)"},
    # an action's SDG target, its dates, the plan's actions (domain/plan/actions.py)
    "cli.sdg.form": {
        "en": "the SDG target {value} is not a target such as 17.18 or 10.c (goal, a point, the target's number or letter)"},
    "cli.sdg.goals": {
        "en": "the SDG target {value}: there are 17 goals"},
    "cli.sdg.missing": {
        "en": "the SDG target {value} does not exist (goal {goal}'s targets are {goal}.1 to {goal}.{last})"},
    "cli.sdg.missing_letters": {
        "en": "the SDG target {value} does not exist (goal {goal}'s targets are {goal}.1 to {goal}.{last} and "
              "{goal}.a to {goal}.{letter})"},
    "cli.when.form": {
        "en": "expected a date YYYY-MM-DD or a quarter such as 2027-Q1, got {value}"},
    "cli.when.start": {"en": "the start: {detail}"},
    "cli.when.end": {"en": "the end: {detail}"},
    "cli.plan.actions_max": {
        "en": "{n} actions: a plan holds at most {max}"},
    "cli.plan.id_twice": {
        "en": "the action id {id} is used twice"},
    # an action's costs, a cost basis and the plan's exchange rates (domain/plan/cost.py); what a refusal names (cli.what.*: domain/retold.py)
    # the progress follow-up's refusals (domain/plan/progress.py, results.py, services/plan/progress_replies.py)
    "cli.followup.period": {
        "en": "the reporting period {period} is not a year such as 2026 or a half-year such as 2026-H1"},
    "cli.followup.start_bad": {
        "en": "the start of action {n}: {problem}"},
    "cli.followup.completion_bad": {
        "en": "the completion of action {n}: {problem}"},
    "cli.followup.value_date_bad": {
        "en": "the date of the value of indicator {id}: {problem}"},
    "cli.followup.start_future": {
        "en": "the start of action {n} ({date}) is after today ({today})"},
    "cli.followup.completion_future": {
        "en": "the completion of action {n} ({date}) is after today ({today})"},
    "cli.followup.value_date_future": {
        "en": "the date of the value of indicator {id} ({date}) is after today ({today})"},
    "cli.followup.start_early": {
        "en": "the start of action {n} ({date}) is outside the plan's bounds, {first} to today ({today}): "
              "the plan begins in {year}, and a date up to {margin} years before it is taken"},
    "cli.followup.completion_early": {
        "en": "the completion of action {n} ({date}) is outside the plan's bounds, {first} to today ({today}): "
              "the plan begins in {year}, and a date up to {margin} years before it is taken"},
    "cli.followup.value_date_early": {
        "en": "the date of the value of indicator {id} ({date}) is outside the plan's bounds, {first} to today "
              "({today}): the plan begins in {year}, and a date up to {margin} years before it is taken"},
    "cli.followup.before_plan": {
        "en": "the period {period} is before the plan, which starts in {year}"},
    "cli.followup.not_begun": {
        "en": "the period {period} has not begun (today is {today})"},
    "cli.followup.no_line": {
        "en": "action {n} has lines 1 to {last}: there is no cost line {line}"},
    "cli.followup.no_lines": {
        "en": "action {n} has no cost line: there is no cost line {line}"},
    "cli.followup.currency": {
        "en": "cost line {line} of action {n} is in {currency}, not {given}"},
    "cli.followup.overspent": {
        "en": "cost line {line} of action {n}: {spent} {currency} spent to date is more than the {disbursed} disbursed to date: add a note saying why"},
    "cli.followup.status": {
        "en": "the status {status} of action {n} is not one of {statuses}"},
    "cli.followup.completed_not_done": {
        "en": "action {n} has a completion date but its status is {status}, not done"},
    "cli.followup.completed_before": {
        "en": "action {n} is completed on {completed}, before it started ({started})"},
    "cli.followup.dropped": {
        "en": "action {n} is dropped: give the reason"},
    "cli.followup.twice": {
        "en": "cost line {line} of action {n} is given twice for {period}"},
    "cli.followup.not_number": {
        "en": "the {what} {value} is not a number: write digits with a point for decimals, such as 42 or 37.5"},
    "cli.followup.too_large": {
        "en": "the {what} is not a number below ten trillion"},
    "cli.followup.indicator_id": {
        "en": "the indicator id {id} must be 1 to {max} letters, digits, '_', '.', ':' or '-'"},
    "cli.followup.no_indicator": {
        "en": "the plan's results chain has no indicator {id} (its indicators: {known})"},
    "cli.followup.no_indicator_yet": {
        "en": "the plan's results chain has no indicator {id} (it has no indicator yet)"},
    "cli.followup.outside_years": {
        "en": "the period {period} is outside the plan's years ({first}–{last})"},
    "cli.followup.undated": {
        "en": "give the date the value of indicator {id} was measured"},
    "cli.followup.not_amount": {
        "en": "{value} is not an amount"},
    "cli.what.indicator_value": {
        "en": "value of indicator {id}"},
    "cli.what.value": {
        "en": "value"},
    # the texts an action declares (domain/plan/fields.py), as a refusal names them: their
    # "cli.what.<name>" entries are the declaration's ``what``, added by ``declare`` below
    # a text too long or not text, whatever it is (domain/celltext.py, domain/plan/actions.py)
    # the command line's own options refused (cli/__init__.py, cli/institutions.py)
    "cli.operator.blank": {"en": "is blank"},
    "cli.institutions.need_one": {"en": "{options} need --institution"},
    "cli.cell.longer": {
        "en": "the {what} is longer than {limit} characters ({length})"},
    "cli.cell.surrogate": {
        "en": "the {what} holds {code} at character {at}, half of a character pair and not text: retype it"},
    "cli.cell.too_wide": {
        "en": "the {what} takes {length} characters once its line breaks and control characters are written "
              "to a workbook cell, more than a cell holds ({most}): shorten it"},
    "cli.cell.one_line": {
        "en": "the {what} holds a line break or control character: keep it on one line"},
    "cli.what.baseline_year": {
        "en": "baseline year"},
    "cli.what.target_year": {
        "en": "target year"},
    "cli.what.target_for": {
        "en": "target for {year}"},
    "cli.what.year": {
        "en": "year"},
    "cli.results.not_number": {
        "en": "the {what} {value} is not a number: write digits with a point for decimals, such as 45 or 87.5 (no thousands separators, no unit)"},
    "cli.results.not_year": {
        "en": "the {what} {value} is not a year such as 2027"},
    "cli.results.year_range": {
        "en": "the {what} {value} is not between {min} and {max}"},
    "cli.results.target_form": {
        "en": "the target {target} is not written YEAR=VALUE, such as 2027=40"},
    "cli.results.objective": {
        "en": "the overall objective cannot be emptied while indicators measure it: remove them first"},
    "cli.results.outcome_exists": {
        "en": "there is already an outcome {id}"},
    "cli.results.served_one": {
        "en": "outcome {id} is served by action {names}: link it to another outcome first"},
    "cli.results.served": {
        "en": "outcome {id} is served by actions {names}: link them to another outcome first"},
    "cli.results.indicator_exists": {
        "en": "there is already an indicator {id}"},
    "cli.results.no_indicator": {
        "en": "there is no indicator {id}"},
    "cli.results.id_fixed": {
        "en": "an indicator's id does not change"},
    "cli.results.no_outcome": {
        "en": "there is no outcome {id} (the outcomes: {known})"},
    "cli.replies.several": {
        "en": "{name} names several leading institutions ({found}): give the name"},
    "cli.replies.no_lead": {
        "en": "no action of assessment {id} is led by {name} (the leading institutions: {listed})"},
    "cli.replies.no_names": {
        "en": "none: no action names its institutions"},
    "cli.replies.refused": {
        "en": "{cell}: {problem}; nothing was received"},
    "cli.replies.other_assessment": {
        "en": "{file}: a reply for another assessment ({country} {round}), not for assessment {id}; nothing was received"},
    "cli.replies.ahead": {
        "en": "{file}: it states it was filled on {when}, after now (more than {hours} hours ahead): the clock of the computer that saved it is wrong; nothing was received (receive it with --take to take it without that time)"},
    "cli.replies.state": {
        "en": "{state}: a proposal's state is one of {states}"},
    "cli.replies.damaged": {
        "en": "proposal {n} cannot be read (damaged?)"},
    "cli.replies.proposal": {
        "en": "proposal {n}: {problem}"},
    "cli.replies.action_gone": {
        "en": "proposal {n}: its action is no longer in the plan; reject it"},
    "cli.replies.new_lead": {
        "en": "proposal {n}: action {action} is now led by {lead}, not by {sender}, who sent it; reject it, or send the new lead a form"},
    "cli.replies.indicator_gone": {
        "en": "proposal {n}: indicator {id} is no longer one of the actions {sender} leads (or the outcomes they serve); reject it"},
    "cli.replies.differ": {
        "en": "proposals {first} and {second} differ for {entry} {period}: accept or reject them one by one"},
    "cli.what.amount_committed": {
        "en": "amount committed"},
    "cli.what.amount_disbursed": {
        "en": "amount disbursed"},
    "cli.what.amount_spent": {
        "en": "amount spent"},
    "cli.replies.stray_line": {
        "en": "a cost line of an action the form does not list"},
    "cli.replies.give_status": {
        "en": "give the status of action {n}"},
    "cli.replies.action_left": {
        "en": "this action is no longer in the plan (send the institution a new form)"},
    "cli.replies.led_by_other": {
        "en": "action {n} is led by {lead}, not by {sender}, to whom this form was sent"},
    "cli.replies.indicator_not_theirs": {
        "en": "indicator {id} is not one of the actions {sender} leads (or the outcomes they serve) any more"},
    "cli.replies.give_value": {
        "en": "give the value of indicator {id}, or leave its row as it was sent"},
    "cli.replies.language": {
        "en": "unknown language {code} ({codes})"},
    "cli.what.amount": {
        "en": "amount"},
    "cli.what.executed": {
        "en": "amount executed"},
    "cli.what.unit_cost": {
        "en": "unit cost"},
    "cli.what.takeover": {
        "en": "amount taken over a year"},
    "cli.what.basis": {
        "en": "amount (unit cost × quantity)"},
    "cli.cost.not_decimal": {
        "en": "the {what} must be given as a decimal number, not {type}"},
    "cli.cost.negative": {
        "en": "the {what} {value} is negative: enter a cost as a positive amount (a saving or a refund is not a cost line)"},
    "cli.cost.not_amount": {
        "en": "the {what} {value} is not an amount: write digits with a point for decimals, such as 45000000 or 1250.50 (no thousands separators)"},
    "cli.cost.nan": {
        "en": "the {what} is not a number"},
    "cli.cost.too_large": {
        "en": "the {what} {value} is too large: amounts are below 10000000000000 (ten trillion)"},
    "cli.cost.decimals": {
        "en": "the {what} {value} has {decimals} decimals: at most {limit}"},
    "cli.cost.digits": {
        "en": "the {what} {value} has more than {limit} digits"},
    "cli.cost.year": {
        "en": "the year {got} must be a year from {low} to {high}"},
    "cli.cost.funding": {
        "en": "the funding source must be one of {codes} (national budget, a development partner, other), got {got}"},
    "cli.cost.partner_unnamed": {
        "en": "a cost funded by a development partner must name the partner"},
    "cli.cost.national_funder": {
        "en": "a cost funded by the national budget names no partner (choose partner or other)"},
    "cli.cost.funder_line": {
        "en": "the funder's name holds a line break or control character: keep it on one line"},
    # a cost line's field declared after the first ones (domain/plan/fields.py), named by its cli.what.* word
    "cli.cost.choice": {
        "en": "the {what} must be one of {codes} (or none), got {got}"},
    "cli.cost.takeover_both": {
        "en": "a takeover by the national budget needs both the year and the amount a year (or neither)"},
    "cli.cost.takeover_recurrent": {
        "en": "only a recurrent cost is taken over by the national budget: mark the line recurrent"},
    "cli.cost.takeover_national": {
        "en": "a line the national budget already pays is not taken over: the takeover is for a partner's or another source's line"},
    "cli.cost.takeover_year": {
        "en": "the takeover year {got} must be a year from {low} to {high}"},
    "cli.cost.takeover_more": {
        "en": "cost line {n}: the national budget would take over {amount} {currency} a year, more than the line itself ({line} {currency}): give the amount a year in the line's currency ({currency}), or in another with its code (takeover=YEAR:AMOUNT CURRENCY), at most the line's amount"},
    "cli.cost.takeover_early": {
        "en": "cost line {n}: the national budget takes it over from {year}, but {who} still funds the action in {last}: give a year after {last}"},
    "cli.cost.category": {
        "en": "the cost category must be one of {codes} (or none), got {got}"},
    "cli.cost.basis_both": {
        "en": "a cost basis needs both the unit cost and the quantity (or neither)"},
    "cli.cost.basis_differs": {
        "en": "the amount {amount} is not the unit cost {unit} × the quantity {quantity} = {product}: correct one of them"},
    "cli.cost.pipeline": {
        "en": "the pipeline status must be one of {codes} (or none), got {got}"},
    "cli.cost.pipeline_secured": {
        "en": "funding {pipeline} is secured: mark the line secured, or give another pipeline status"},
    "cli.cost.pipeline_unsecured": {
        "en": "funding {pipeline} is not secured: mark the line not secured, or give another pipeline status"},
    "cli.cost.too_many": {
        "en": "an action has at most {limit} cost lines, got {count}"},
    "cli.rate.not_decimal": {
        "en": "the exchange rate must be given as a decimal number, not {type}"},
    "cli.rate.not_number": {
        "en": "the exchange rate {value} is not a number: write it with a point for decimals, such as 605.25"},
    "cli.rate.not_positive": {
        "en": "the exchange rate must be a number above zero, got {value}"},
    "cli.rate.digits": {
        "en": "the exchange rate {value} has too many digits: at most {digits}, {decimals} of them decimals"},
    "cli.rate.usd": {
        "en": "no exchange rate is needed for US dollars"},
    "cli.rate.date": {
        "en": "the date of the {currency} rate must be a date YYYY-MM-DD, got {got}"},
    "cli.rate.too_many": {
        "en": "a plan has at most {limit} exchange rates"},
    "cli.rate.twice": {
        "en": "two exchange rates for {currency}: keep one"},
    "cli.quantity.nan": {
        "en": "the quantity is not a number"},
    "cli.quantity.zero": {
        "en": "the quantity {value} must be above zero"},
    "cli.quantity.too_large": {
        "en": "the quantity {value} is too large: below 1000000000"},
    "cli.quantity.decimals": {
        "en": "the quantity {value} has more than {limit} decimals"},
    "cli.quantity.not_decimal": {
        "en": "the quantity must be given as a decimal number, not {type}"},
    "cli.quantity.not_number": {
        "en": "the quantity {value} is not a number above zero: write digits with a point for decimals, such as 12 or 2.5"},
    "cli.rounds.no_earlier": {
        "en": "assessment {id} ({country} {round}) has no earlier round to compare with"},
    "cli.rounds.not_two": {
        "en": "assessments {id} and {other} are not two rounds of one country"},
    "cli.rounds.trash_next": {
        "en": "assessment {id} is in the trash: restore it before starting its next round"},
    "cli.rounds.round_year": {
        "en": "round must be a year, got {got}"},
    "cli.rounds.taken": {
        "en": "{country} already has an assessment for round {round} (id {id}, {title}): open it, or choose another round"},
    "cli.rounds.reference_date": {
        "en": "reference date: {detail}"},
    "cli.rounds.mission_start": {
        "en": "mission start: {detail}"},
    "cli.rounds.mission_end": {
        "en": "mission end: {detail}"},
    "cli.rounds.trash_compare": {
        "en": "assessment {id} ({country} {round}) is in the trash: restore it to compare"},
    "cli.rounds.same": {
        "en": "assessment {id}: choose another round to compare with"},
    "cli.rounds.other_country": {
        "en": "assessments {id} ({country}) and {other} ({other_country}) are not of the same country"},
    "cli.date.outside": {
        "en": "the date {date} is outside the years {first} to {last}"},
    "cli.import.read": {
        "en": "{file}: {country} {round}, {n} answers, questionnaire {version}"},
    "cli.import.warning": {
        "en": "warning: {text}"},
    "cli.import.mapped": {
        "en": "mapped {chain}: {kept} kept, {recoded} recoded, {archived} archived"},
    "cli.import.recoded": {
        "en": "recoded {old_key} -> {new_key}: {old} -> {new}"},
    "cli.import.archived": {
        "en": "archived {code}: {value}"},
    "cli.import.outside": {
        "en": "checksum mismatch: {n} cells were edited outside the application:"},
    "cli.import.exists": {
        "en": "assessment {id} ({uid}) exists: {n} differences"},
    "cli.import.no_change": {
        "en": "no change: the workbook matches this database"},
    "cli.import.would_refuse": {
        "en": "the import would be refused: {refusal}"},
    "cli.import.dry_run": {
        "en": "dry run: nothing written"},
    "cli.import.updated": {
        "en": "updated assessment {id} ({uid})"},
    "cli.import.created": {
        "en": "created assessment {id} ({uid})"},
    "cli.import.kept_stale": {
        "en": "kept the answers changed here since the workbook's version: {n}"},
    "cli.import.archived_added": {
        "en": "archived answers added (to questions this questionnaire no longer asks): {n}"},
    "cli.import.final": {
        "en": "assessment {id} ({country} {round}) is final (read-only until reopened)"},
    "cli.import.final_reopen": {
        "en": "{final}: --reopen would reopen it (status in progress)"},
    "cli.import.final_refused": {
        "en": "{final}: the import would be refused (add --reopen to reopen it)"},
    "cli.import.final_nothing": {
        "en": "{final}: nothing imported (add --reopen to reopen it and import)"},
    "cli.import.conflict_one": {
        "en": "{n} conflict"},
    "cli.import.conflict_many": {
        "en": "{n} conflicts"},
    "cli.import.conflicts": {
        "en": "{count} (changed both here and in the workbook since the common version): {choice}"},
    "cli.import.prefer_theirs": {
        "en": "the workbook's would be taken (--prefer theirs)"},
    "cli.import.prefer_ours": {
        "en": "this database's would be kept (--prefer ours)"},
    "cli.import.prefer_both": {
        "en": "this database's value would be kept, comments and evidence of both sides merged (--prefer both)"},
    "cli.import.prefer_none": {
        "en": "the import would be refused (add --prefer theirs or --prefer ours)"},
    "cli.import.conflict_line": {
        "en": "\"{wording}\" ({code}): here {ours}; in the workbook {theirs}"},
    "cli.import.side": {
        "en": "{value} (by {by}, {at})"},
    "cli.import.time_unknown": {
        "en": "time unknown"},
    "cli.import.stale": {
        "en": "answers changed here since the workbook's version (its sender did not change them): {n}; {then}"},
    "cli.import.newer": {
        "en": "{n} answers were changed here after this workbook was exported: {then}"},
    "cli.import.then_replaced": {
        "en": "they would be replaced (--overwrite-newer)"},
    "cli.import.then_kept": {
        "en": "they would be kept"},
    "cli.import.then_refused": {
        "en": "they would be refused (add --overwrite-newer to replace them)"},
    "cli.import.exists_no_yes": {
        "en": "the assessment exists; run again with --yes to apply these differences"},
    "cli.import.conflicts_nothing": {
        "en": "{count} (changed both here and in the workbook since the common version): nothing imported (add --prefer theirs or --prefer ours, or choose one by one in the window; --dry-run lists them)"},
    "cli.import.newer_nothing": {
        "en": "\"{wording}\" ({code}){others} changed here after this workbook was exported ({at}); nothing imported (add --overwrite-newer to replace them with the workbook's values)"},
    "cli.import.and_others": {
        "en": " and {n} more"},
    "cli.import.not_a_form": {
        "en": "{file}: not an institution's form (--institution is for those); nothing imported"},
    "cli.import.reply": {
        "en": "{file}: reply of {institution} ({who}) for assessment {id}: {n} values proposed{already}, {unchanged} left as sent"},
    "cli.import.reply_dry": {
        "en": "{file}: reply of {institution} ({who}) for assessment {id}: {n} values would be proposed{already}, {unchanged} left as sent"},
    "cli.import.already_proposed": {
        "en": ", {n} already proposed"},
    "cli.import.no_respondent": {
        "en": "respondent not named"},
    "cli.import.reply_next": {
        "en": "no answer changed: accept or reject them in the window or with `capacity-app proposals {id}`"},
    "cli.import.export_one": {
        "en": "{file}: {platform} export of form version {version}, {n} submission, {values} values"},
    "cli.import.export_many": {
        "en": "{file}: {platform} export of form version {version}, {n} submissions, {values} values"},
    "cli.import.proposals_one": {
        "en": "{institution}: {n} proposal"},
    "cli.import.proposals_many": {
        "en": "{institution}: {n} proposals"},
    "cli.import.same_as_answer": {
        "en": "{n} values are the answer already: not proposed"},
    "cli.import.stored": {
        "en": "assessment {id}: {n} proposals stored{already}; no answer changed (capacity-app proposals to accept or reject them)"},
    "cli.import.already_there": {
        "en": ", {n} already there"},
    "cli.import.docs_line": {
        "en": "documents: {what}{tail}"},
    "cli.import.docs_to_attach": {
        "en": "{n} documents to attach{before}"},
    "cli.import.docs_present": {
        "en": " ({n} attached already)"},
    "cli.import.docs_all_present": {
        "en": "the {n} documents are attached already"},
    "cli.import.docs_none": {
        "en": "no documents"},
    "cli.import.docs_refused": {
        "en": " (refused: the assessment is final; add --reopen to reopen it and attach them)"},
    "cli.import.docs_would": {
        "en": " (would be attached)"},
    "cli.import.docs_attached": {
        "en": "documents: attached {n}{before}"},
    "cli.import.docs_final": {
        "en": "assessment {id} ({country} {round}) is final: nothing written (add --reopen to reopen it and attach the package's documents: {n})"},
    "cli.import.reopened": {
        "en": "assessment {id} reopened (status in progress)"},
    "cli.import.no_database": {
        "en": "no database yet at {path}: compared with an empty one"},
    # --- a score stored under earlier scoring rules: both figures, what changed -------
    "rules.earlier": {
        "en": "Scored {was} ({band_was}) under rules {rules_was}; {now} ({band}) under rules {rules}. "
              "What changed: {changes}"},
    "rules.changed_in": {"en": "{rules}: {what}"},
    # the English is domain/labels.RULES_CHANGES (a test holds them equal)
    "rules.changed.2.0": {
        "en": "one reference date; blank and don't know earn nothing; N/A only where allowed; S3 "
              "need-weighted; default section weights"},
    "rules.changed.3.0": {
        "en": "only the documented weights give a band; completeness counts what is known (80 % for a "
              "band); N/A never an advantage; no reference date, no age judged; one rounding; a question "
              "with no source described is not yet assessed"},
    # --- round comparison -----------------------------------------------------------------------
    "cmp.improved": {"en": "improved"},
    "cmp.regressed": {"en": "regressed"},
    "cmp.unchanged": {"en": "unchanged"},
    "cmp.assessed": {"en": "assessed for the first time"},
    "cmp.unassessed": {"en": "no longer assessed"},
    # --- the exchange workbook's Plan validation sheet: its Notes column ------------------------
    "wb.plan_currency": {"en": "The plan's currency; empty: the country's."},
    # the source of a rate when it is the UN's (stored in English: domain.plancost.UN_RATE_SOURCE), as
    # the workbook writes it in its language; the same words as the report's (rate_source_un)
    "wb.rate_source_un": {"en": "UN operational rate of exchange"},
    "wb.exchange_rate": {"en": "1 US dollar = {rate} {currency} on {date}"},
    "wb.validated_on": {"en": "The day the government validated the plan."},
    "wb.validated_action": {"en": "The action as validated (do not edit: an edit since is listed as such)."},
    "wb.committed_by": {"en": "The institution that commits the national budget's part of the plan."},
    "wb.signatory": {"en": "Signs for | name | title | the partner, for a partner's signatory."},
    # who signs the funding request (Plan validation sheet, signatory rows; exchange/workbook/vocab.py)
    "wb.signs.government": {"en": "government"},
    "wb.signs.finance": {"en": "ministry of finance"},
    "wb.signs.partner": {"en": "development partner"},
    # --- the exchange workbook's Plan totals sheet (computed at export, never read back) ---------
    "wb.totals.col.by": {"en": "Totals by"},
    "wb.totals.col.item": {"en": "Year, institution or source"},
    "wb.totals.col.currency": {"en": "Currency"},
    "wb.totals.col.cost": {"en": "Cost"},
    "wb.totals.col.secured": {"en": "Secured"},
    "wb.totals.col.gap": {"en": "Financing gap"},
    "wb.totals.col.cost_usd": {"en": "Cost in US dollars"},
    "wb.totals.col.gap_usd": {"en": "Financing gap in US dollars"},
    "wb.totals.col.cost_plan": {"en": "Cost in the plan's currency"},
    "wb.totals.col.gap_plan": {"en": "Financing gap in the plan's currency"},
    "wb.totals.all_in": {"en": "All, in {code}"},
    "wb.totals.plan_note": {"en": "The plan's currency is {code}: each row is converted into it at the exchange rates of the Plan validation sheet, rounded to its decimals."},
    # only when the sheet has such a row (the note named a row the sheet did not have)
    "wb.totals.all_in_note": {"en": "A row 'All, in {code}' adds up an item's currencies, converted into {code}."},
    "wb.totals.all": {"en": "Whole plan"},
    "wb.totals.total": {"en": "Total"},
    "wb.totals.year": {"en": "Year"},
    "wb.totals.institution": {"en": "Lead institution"},
    "wb.totals.source": {"en": "Funding source"},
    "wb.totals.no_owner": {"en": "No institution yet"},
    "wb.totals.national": {"en": "National budget"},
    "wb.totals.partner": {"en": "Development partner: {name}"},
    "wb.totals.other": {"en": "Other source"},
    "wb.totals.other_named": {"en": "Other source: {name}"},
    "wb.totals.read_only": {
        "en": "Read-only summary, computed at the export from the Action plan and Action costs sheets. "
              "The import does not read this sheet: to change a cost, edit the Action costs sheet."},
    "wb.totals.gap_note": {
        "en": "The financing gap is the cost whose funding is not yet secured."},
    "wb.totals.costed": {"en": "Actions costed: {costed} of {actions}."},
    "wb.totals.lead_note": {
        "en": "An action's cost is counted under its lead institution, the first one named."},
    "wb.totals.dropped": {"en": "Dropped actions, not counted: {n}."},
    "wb.totals.usd_note": {
        "en": "US dollar equivalents at the exchange rates of the Plan validation sheet, rounded to the cent."},
    "wb.totals.no_rate": {
        "en": "No exchange rate to the US dollar for {currencies}: their US dollar equivalents are left empty."},
    "wb.change.head": {"en": "{title}: "},
    "wb.change.changed": {"en": "{head}{what}: {old} → {new}"},
    "wb.change.added": {"en": "{head}{what} added: {new}"},
    "wb.change.removed": {"en": "{head}{what} removed: {old}"},
    "wb.change.action_added": {"en": "{title}: added"},
    "wb.change.action_removed": {"en": "{title}: removed"},
    "wb.change.yes": {"en": "yes"},
    "wb.change.no": {"en": "no"},
    "wb.what.amount": {"en": "amount"},
    "wb.what.secured": {"en": "funding secured"},
    "wb.what.funding": {"en": "funding source"},
    "wb.what.year": {"en": "year"},
    "wb.what.line": {"en": "cost line"},
    "wb.what.rate": {"en": "exchange rate"},
    "wb.what.plan_currency": {"en": "plan currency"},
    "wb.what.total_cost": {"en": "total cost"},
    "wb.what.total_gap": {"en": "total financing gap"},
    "wb.what.pipeline": {"en": "funding stage"},
    "wb.what.indicator": {"en": "indicator"},
    "wb.what.baseline": {"en": "baseline"},
    "wb.what.target": {"en": "target"},
    "wb.what.verification": {"en": "means of verification"},
    "wb.what.sdg_target": {"en": "SDG target"},
    "wb.pipe.identified": {"en": "identified"},
    "wb.pipe.pledged": {"en": "pledged"},
    "wb.pipe.committed": {"en": "committed"},
    "wb.pipe.disbursed": {"en": "disbursed"},
    # --- the workbook's coded cells written as labels, read back in any language (exchange/workbook/vocab.py)
    "wb.status.planned": {"en": "planned"},
    "wb.status.in_progress": {"en": "in progress"},
    "wb.status.done": {"en": "done"},
    "wb.status.dropped": {"en": "dropped"},
    "wb.funding.national": {"en": "national budget"},
    "wb.funding.partner": {"en": "development partner"},
    "wb.funding.other": {"en": "other source"},
    "wb.cat.staff": {"en": "staff"},
    "wb.cat.consultants": {"en": "consultants"},
    "wb.cat.equipment": {"en": "equipment"},
    "wb.cat.travel": {"en": "travel"},
    "wb.cat.training": {"en": "training"},
    "wb.cat.survey_operations": {"en": "survey operations"},
    "wb.kind.overall": {"en": "Overall"},
    "wb.kind.section": {"en": "Section"},
    "wb.kind.policy_question": {"en": "Policy question"},
    "wb.kind.sdg": {"en": "SDG indicator"},
    # a question's type in the Answers sheet's Type column, read by people (the importer reads the
    # answer key, never this column; exchange.vocab.QUESTION_TYPE)
    "wb.qtype.text": {"en": "text"},
    "wb.qtype.integer": {"en": "whole number"},
    "wb.qtype.decimal": {"en": "decimal number"},
    "wb.qtype.date": {"en": "date"},
    "wb.qtype.select_one": {"en": "one choice"},
    "wb.qtype.select_multiple": {"en": "several choices"},
    "wb.qtype.note": {"en": "note"},
    "wb.qtype.year": {"en": "year"},
    "wb.qtype.rating": {"en": "rating"},
    "wb.qtype.grid": {"en": "table"},
    "wb.qtype.matrix": {"en": "matrix"},
    "wb.astatus.draft": {"en": "Draft"},
    "wb.astatus.in_progress": {"en": "In progress"},
    "wb.astatus.final": {"en": "Final"},
    # what a cell of the workbook accepts, its drop-down messages, the Matrix note and the Scores chart
    "wb.allowed.multiple": {"en": "codes separated by commas: {choices}"},
    "wb.allowed.whole": {"en": "whole number"},
    "wb.allowed.number": {"en": "number"},
    "wb.allowed.year": {"en": "year"},
    "wb.allowed.between": {"en": "{what} {lo} to {hi}"},
    "wb.allowed.date": {"en": "date YYYY-MM-DD"},
    "wb.allowed.text": {"en": "text"},
    "wb.dv.allowed": {"en": "Allowed values"},
    "wb.dv.not_allowed": {"en": "Value not allowed"},
    "wb.dv.choose_code": {"en": "Choose one of the codes in the list."},
    "wb.dv.in_range": {"en": "Type a number in the allowed range (see Allowed values)."},
    "wb.dv.priority": {"en": "1 (high), 2 or 3 (low)"},
    "wb.dv.year": {"en": "a year from 2000 to 2100"},
    # the report's level definitions (resources/report/strings: level_0 … level_3), the same words
    "wb.matrix.note": {"en": "Levels, as the report defines them: 0 absent or lacks the variables; 1 collected, not usable yet; 2 produced with a shortfall; 3 fit for purpose. Bold cells are the main expected sources. Sources:"},
    "wb.chart.sections": {"en": "Section scores (0-100)"},
    # the title an assessment gets when none is typed, as a workbook in the language writes it
    # (domain/assessment.default_title is the English, as stored)
    "wb.title": {"en": "{country}: migration data capacity assessment {round}"},
    "wb.totals.changed": {"en": "Changed since the validation of {date} (value approved → value now): {changes}"},
    "wb.totals.funding_progress": {
        "en": "Funding progress since the validation of {date}, not a change of the plan (value approved → value now): {changes}"},
    "wb.totals.none": {"en": "No action of the plan is costed yet."},
    # --- the exchange workbook's column headers (machine keys: the English; exchange/workbook/format.py) and README
    "wb.col.Field": {"en": "Field"},
    "wb.col.Value": {"en": "Value"},
    "wb.col.Section": {"en": "Section"},
    "wb.col.Answer key": {"en": "Answer key"},
    "wb.col.Question": {"en": "Question"},
    "wb.col.Row": {"en": "Row"},
    "wb.col.Type": {"en": "Type"},
    "wb.col.Code": {"en": "Code"},
    "wb.col.Value label": {"en": "Value label"},
    "wb.col.Don't know": {"en": "Don't know"},
    "wb.col.Not applicable": {"en": "Not applicable"},
    "wb.col.Comment": {"en": "Comment"},
    "wb.col.Evidence": {"en": "Evidence"},
    "wb.col.Row check": {"en": "Row check"},
    "wb.col.Policy question": {"en": "Policy question"},
    "wb.col.Label": {"en": "Label"},
    "wb.col.Kind": {"en": "Kind"},
    "wb.col.Score": {"en": "Score"},
    "wb.col.Need": {"en": "Need"},
    "wb.col.Availability": {"en": "Availability"},
    "wb.col.Gap": {"en": "Gap"},
    "wb.col.Priority": {"en": "Priority"},
    # the Priority of a gap (need × gap, 0 to 9) in the Scores and Recommendations sheets, which
    # Chinese names apart from an action's high/medium/low priority (优先度, 优先级)
    "wb.col.gap priority": {"en": "Priority"},
    "wb.col.Gap type": {"en": "Gap type"},
    "wb.col.Status": {"en": "Status"},
    "wb.col.Rank": {"en": "Rank"},
    "wb.col.Notes": {"en": "Notes"},
    "wb.col.Id": {"en": "Id"},
    "wb.col.Title": {"en": "Title"},
    "wb.col.Recommendation": {"en": "Recommendation"},
    "wb.col.Policy questions": {"en": "Policy questions"},
    "wb.col.Responsible institutions": {"en": "Responsible institutions"},
    "wb.col.Start": {"en": "Start"},
    "wb.col.End": {"en": "End"},
    "wb.col.Resources or technical assistance": {"en": "Resources or technical assistance"},
    "wb.col.Milestone": {"en": "Milestone"},
    "wb.col.Priority action": {"en": "Priority action"},
    "wb.col.Strategy objective": {"en": "Strategy objective"},
    "wb.col.Action id": {"en": "Action id"},
    "wb.col.Action": {"en": "Action"},
    # the planning unit's words (Period reports, Corrective measures sheets)
    "wb.col.Decision": {"en": "Decision"},
    "wb.col.Text": {"en": "Text"},
    "wb.col.Measure": {"en": "Measure"},
    "wb.col.Responsible": {"en": "Responsible"},
    "wb.col.By": {"en": "By"},
    "wb.col.Depends on": {"en": "Depends on"},
    "wb.col.Level": {"en": "Level"},
    "wb.col.Of": {"en": "Of"},
    "wb.col.Result": {"en": "Result"},
    "wb.col.Unit": {"en": "Unit"},
    "wb.col.Baseline year": {"en": "Baseline year"},
    "wb.col.Targets": {"en": "Targets"},
    "wb.col.Assumptions": {"en": "Assumptions"},
    "wb.col.Value 2": {"en": "Value 2"},
    "wb.col.Value 3": {"en": "Value 3"},
    "wb.col.Value 4": {"en": "Value 4"},
    "wb.col.Review": {"en": "Review"},
    "wb.col.Reviewer": {"en": "Reviewer"},
    "wb.col.Reviewed at": {"en": "Reviewed at"},
    "wb.col.Review note": {"en": "Review note"},
    "wb.col.Answer check": {"en": "Answer check"},
    "wb.col.Changed by": {"en": "Changed by"},
    "wb.col.Changed at": {"en": "Changed at"},
    "wb.col.Earlier versions": {"en": "Earlier versions"},
    "wb.col.Questionnaire version": {"en": "Questionnaire version"},
    "wb.col.Archived at": {"en": "Archived at"},
    "wb.col.Stored answer": {"en": "Stored answer"},
    "wb.readme.title": {"en": "capacity-app assessment workbook"},
    "wb.readme.intro": {"en": "This workbook holds one country's migration data capacity assessment, exported by capacity-app."},
    "wb.readme.sheets": {"en": "Sheets (their names are the same in every language): Metadata (who, when, which questionnaire, checksums; protected), Answers (one row per answer: edit only the white columns {code}, {dont_know}, {not_applicable}, {comment}, {evidence}; selecting a {code} cell shows the values it accepts), Matrix (levels 0-3 per policy question and source), Scores, Recommendations, Action plan (the actions, editable), Action costs (one row per year and funding source of an action), Plan validation (the plan's currency, exchange rates to the US dollar and the validation record), Plan totals (computed at the export, read-only, not read back), Review (each answer's review; edit only the white columns), Changes (who changed each answer, when, and the versions it descends from; do not edit)."},
    "wb.readme.sheets_more": {"en": "Results (the plan's results chain: impact, outcomes, outputs and their indicators), Archived answers (answers to questions this version of the questionnaire no longer asks, with the version that asked them; read back, never changed), Plan progress (per action, period and cost line: what was done and spent), Indicator values (each indicator's values measured per period), Period reports (per period: the planning unit's summary and the decisions asked of the minister), Corrective measures (per action at risk and period: what will be done, who, by when), Risks (the risk matrix), Indicator details (frequency, responsibility, disbursement-linked amounts), Procurement plan (the packages of the funding request)."},
    "wb.readme.edit": {"en": "To correct or complete answers offline: fill the {code} column (choose from the drop-down list, or type a number, a date as YYYY-MM-DD, or several codes separated by commas), or choose '{yes}' under {dont_know} / {not_applicable} ('yes' in any of the six languages is read). {evidence}: one line per item, 'document: title', 'url: address', 'institution: name' or 'note: text'."},
    "wb.readme.labels": {"en": "The plan sheets (Action plan, Action costs) and the status in Metadata show labels in this workbook's language: choose them from the drop-down lists. A label in any of the six languages, or its code (planned, in_progress, national, yes ...), is read too; a quarter or a date may be typed as the language writes it (Q3 2026) or as 2026-Q3 / YYYY-MM-DD."},
    "wb.readme.import": {"en": "Then import the file with capacity-app (capacity-app import FILE): every value is checked, the cells edited outside the application are listed, and nothing is saved unless the whole file is valid. Scores, Matrix and Recommendations are recomputed by the application. A workbook in any of the six languages imports in any other."},
    "wb.readme.formulas": {"en": "Formulas are never evaluated: type values, not formulas."},
    "wb.readme.format": {"en": "Format: docs/workbook-format.md in the capacity-app source."},
    "wb.what.risks": {"en": "risks and assumptions"},
    "wb.what.dependencies": {"en": "actions it depends on"},
    "wb.what.category": {"en": "cost category"},
    "wb.what.basis": {"en": "cost basis"},
    "wb.what.sustainability": {"en": "sustainability"},
    "wb.what.title": {"en": "title"},
    "wb.what.timeline": {"en": "timeline"},
    "wb.what.institutions": {"en": "responsible institutions"},
    "wb.sust.recurrent": {"en": "recurrent cost"},
    "wb.sust.takeover": {"en": "recurrent cost, taken over by the national budget from {year}: {amount} a year"},
    # the funding request's donor structures (exchange/workbook/donors_sheet.py, the donor workbook, the report)
    "wb.col.Risk": {"en": "Risk"},
    "wb.col.Likelihood": {"en": "Likelihood"},
    "wb.col.Impact": {"en": "Impact"},
    "wb.col.Mitigating measure": {"en": "Mitigating measure"},
    "wb.col.Risk owner": {"en": "Risk owner"},
    "wb.col.Actions concerned": {"en": "Actions concerned"},
    "wb.col.Indicator id": {"en": "Indicator id"},
    "wb.col.Frequency": {"en": "Frequency"},
    "wb.col.Responsible institution": {"en": "Responsible institution"},
    "wb.col.Disbursement-linked partner": {"en": "Partner whose disbursement it releases"},
    "wb.col.Amount released": {"en": "Amount released"},
    "wb.col.Cost line": {"en": "Cost line"},
    "wb.col.Package": {"en": "Package"},
    "wb.col.Method": {"en": "Method"},
    "wb.col.Estimated cost": {"en": "Estimated cost"},
    "wb.col.Planned start": {"en": "Planned start"},
    "wb.col.Planned end": {"en": "Planned end"},
    "wb.col.Prior or post review": {"en": "Prior or post review"},
    # what ``actions request`` prints of the donors' structures, a line each
    "cli.request.risk": {
        "en": "Risk: {risk} (likelihood: {likelihood}, impact: {impact}); mitigation: {mitigation}; owner: {owner}"},
    "cli.request.indicator": {
        "en": "Indicator {indicator} — frequency: {frequency}; responsible: {who}"},
    "cli.request.dli": {
        "en": "; disbursement-linked: {amount} ({partner}) when its target is met"},
    "cli.request.package": {
        "en": "Package: {description} — {method}; {amount}; {start} to {end}; {review} review"},
    "wb.level.low": {"en": "low"},
    "wb.level.medium": {"en": "medium"},
    "wb.level.high": {"en": "high"},
    # a risk's likelihood said apart from its impact: "likelihood" is feminine where "impact" is
    # not (probabilidade, probabilité, probabilidad, вероятность), and the adjective agrees with it
    "wb.likelihood.low": {"en": "low"},
    "wb.likelihood.medium": {"en": "medium"},
    "wb.likelihood.high": {"en": "high"},
    # a risk's impact, its own words too: the adjective agrees with the impact's noun (impact moyen,
    # impacto médio, воздействие среднее), not with the likelihood's
    "wb.impact.low": {"en": "low"},
    "wb.impact.medium": {"en": "medium"},
    "wb.impact.high": {"en": "high"},
    "wb.freq.monthly": {"en": "monthly"},
    "wb.freq.quarterly": {"en": "quarterly"},
    "wb.freq.semi_annual": {"en": "twice a year"},
    "wb.freq.annual": {"en": "yearly"},
    "wb.freq.biennial": {"en": "every two years"},
    "wb.freq.mid_and_end": {"en": "at mid-term and at the end"},
    "wb.method.rfb": {"en": "Request for Bids (RFB)"},
    "wb.method.rfp": {"en": "Request for Proposals (RFP)"},
    "wb.method.rfq": {"en": "Request for Quotations (RFQ)"},
    "wb.method.qcbs": {"en": "Quality- and Cost-Based Selection (QCBS)"},
    "wb.method.qbs": {"en": "Quality-Based Selection (QBS)"},
    "wb.method.fbs": {"en": "Fixed-Budget Selection (FBS)"},
    "wb.method.lcs": {"en": "Least-Cost Selection (LCS)"},
    "wb.method.cqs": {"en": "Selection Based on the Consultants' Qualifications (CQS)"},
    "wb.method.individual": {"en": "Individual consultant"},
    "wb.method.direct": {"en": "Direct selection"},
    "wb.review.prior": {"en": "prior"},
    "wb.review.post": {"en": "post"},
    "wb.modality.grants": {"en": "direct management: grants"},
    "wb.modality.procurement": {"en": "direct management: procurement"},
    "wb.modality.indirect_entity": {"en": "indirect management with an international organisation"},
    "wb.modality.indirect_country": {"en": "indirect management with the partner country"},
    "wb.modality.budget_support": {"en": "budget support"},
    "wb.euline.evaluation": {"en": "evaluation"},
    "wb.euline.audit": {"en": "audit and expenditure verification"},
    "wb.euline.communication": {"en": "communication and visibility"},
    "wb.euline.contingencies": {"en": "contingencies"},
    "wb.euline.indirect_costs": {"en": "indirect costs"},
    # the donors' own workbook (services/plan/donor_workbook.py): sheets and headers in the user's language
    "dw.sheet.budget": {"en": "Budget {currency}"},
    "dw.sheet.logframe": {"en": "Logframe"},
    "dw.sheet.risks": {"en": "Risks"},
    "dw.sheet.framework": {"en": "Results framework"},
    # an EU partner's, in its edition's words (the report's donor_rf_eu)
    "dw.sheet.framework_eu": {"en": "Logframe indicators"},
    "dw.sheet.procurement": {"en": "Procurement plan"},
    "dw.lead.budget": {
        "en": "Indicative budget of {partner} by outcome and implementation modality, in {currency}: the figures of the funding request, each rounded once, every row and column adding up to its total"},
    "dw.lead.budget_year": {
        "en": "Cost of {partner} by outcome (component) and year, in {currency}: the figures of the funding request, each rounded once, every row and column adding up to its total"},
    "dw.corner_component": {"en": "Outcome (component)"},
    "dw.corner": {"en": "Outcome or budget line"},
    "dw.no_modality": {"en": "Modality not given"},
    "dw.total": {"en": "Total"},
    "dw.unlinked": {"en": "Actions not linked to an outcome"},
    "dw.outcome": {"en": "Outcome {n}: {outcome}"},
    "dw.level": {"en": "Level"},
    "dw.results_chain": {"en": "Results chain"},
    "dw.target": {"en": "Target"},
    "dw.target_year": {"en": "Target year"},
    "dw.sources": {"en": "Sources of data"},
    "dw.assumptions": {"en": "Assumptions"},
    "dw.lv_impact": {"en": "Impact (overall objective)"},
    "dw.lv_outcome": {"en": "Outcome {n}"},
    "dw.lv_output": {"en": "Output"},
    "dw.pdo": {"en": "Development objective indicator"},
    "dw.intermediate": {"en": "Intermediate results indicator"},
    "dw.end_target": {"en": "End target"},
    "dw.data_source": {"en": "Data source"},
    "dw.reference": {"en": "Reference"},
    "dw.whole_plan": {"en": "the whole plan"},
    "cli.donors.no_partner": {
        "en": "no line of the plan is funded by {partner}; the partners are: {partners}"},
    "cli.donors.workbook_written": {
        "en": "{file}: the tables for {partner}, to paste into its templates"},
    # --- a database that cannot be used (storage/db.py, storage/store.py): said in the user's
    # language by the command line and the window, the path and the system's reason as they are
    "cli.db.not_ours": {
        "en": "{path}: this SQLite file is not a capacity-app database ({detail}); it was left unchanged"},
    "cli.db.its_tables": {
        "en": "its tables: {tables}"},
    "cli.db.application_id": {
        "en": "application id {id}"},
    "cli.db.cannot_open_full": {
        "en": "{path}: cannot open the database ({detail}; is the disk full?)"},
    "cli.db.cannot_open": {
        "en": "{path}: cannot open the database ({detail})"},
    "cli.db.no_permission": {
        "en": "{path}: no permission to read the database"},
    "cli.db.unreadable": {
        "en": "{path}: cannot be read ({detail})"},
    "cli.db.cannot_be_opened": {
        "en": "{path}: cannot be opened ({detail})"},
    "cli.db.needs_upgrade": {
        "en": "{path}: the database needs an upgrade; open it once for writing"},
    "cli.db.upgrade_read_only": {
        "en": "{path}: the database was written by an earlier version of the application and needs an "
              "upgrade, which a read-only file or folder does not allow; copy it to a folder you can "
              "write to and open the copy"},
    "cli.db.no_folder": {
        "en": "{path}: cannot create the data folder ({detail})"},
    "cli.db.no_such": {
        "en": "{path}: no such database"},
    "cli.db.damaged": {
        "en": "{path}: the database is damaged ({detail}); nothing was written, and no backup is available"},
    "cli.db.damaged_backup": {
        "en": "{path}: the database is damaged ({detail}); nothing was written: restore the last good backup "
              "with '{command}' (newest backup: {backup})"},
    "cli.db.no_assessment": {
        "en": "no assessment with id {id}"},
    # --- a workbook's cell refused on import (exchange/workbook/: the plan, its costs, progress,
    # the period report, evidence)
    "cli.wb.priority": {
        "en": "the priority must be 1 (high), 2 or 3 (low)"},
    "cli.wb.priority_got": {
        "en": "the priority must be 1 (high), 2 or 3 (low), got {value}"},
    "cli.wb.date_number": {
        "en": "{value} is a number: type the date as YYYY-MM-DD or a quarter such as 2027-Q1"},
    "cli.wb.year": {
        "en": "the year must be a year such as 2027, got {value}"},
    "cli.wb.takeover_year": {
        "en": "the takeover year must be a year such as 2029, got {value}"},
    "cli.wb.must_be_number": {
        "en": "the {what} must be a number"},
    "cli.wb.quantity": {
        "en": "the quantity must be a number"},
    "cli.wb.cost_line": {
        "en": "the cost line must be its number in the action (1, 2 ...), got {value}"},
    "cli.wb.give_cost_line": {
        "en": "give the number of the cost line this money is for (1, 2 ... as the Action costs sheet lists "
              "the action's lines)"},
    "cli.wb.decision_number": {
        "en": "the decision's number must be 1, 2 … (or empty on the summary's row), got {value}"},
    "cli.wb.evidence_line": {
        "en": "evidence line {line} must start with one of {kinds}"},
    # the Action plan sheet's header, read by name (exchange/workbook/actionplan_sheet.py)
    "cli.wb.column_twice": {
        "en": "the column {column} is there twice (columns {first} and {second})"},
    "cli.wb.column_expected": {
        "en": "expected the column {column} here, found {got} (columns can be moved, not renamed)"},
    "cli.wb.column_unknown": {
        "en": "the column {got} is not one of this sheet's (columns can be moved, not renamed)"},
    "cli.wb.column_missing": {
        "en": "the column {column} is missing"},
    "cli.wb.unheaded": {
        "en": "this cell is under no column's header: give the column its header or clear the cell"},
    "cli.wb.formula": {
        "en": "contains a formula; formulas are never evaluated (type the value instead)"},
    # --- aggregation refused before any file is written (exchange/aggregate/run.py)
    "cli.agg.no_workbooks": {
        "en": "no workbooks to aggregate (give .xlsx files or folders holding them)"},
    "cli.agg.prefer": {
        "en": "--prefer {value} matches no assessment uid or workbook given; nothing was written (the uids are "
              "on the Files sheet of a run without it)"},
    "cli.agg.period": {
        "en": "--period: {detail}; nothing was written"},
    # --- the aggregation's warnings (exchange/aggregate/identity.py, run.py, implementation.py)
    "cli.agg.uid_identity": {
        "en": "one assessment ({uid}) is given in {n} files for different countries or rounds ({which}: {files}): a file's Metadata was edited; none is used until one is chosen (--prefer FILE)"},
    "cli.agg.edited_apart": {
        "en": "{country} {round}: {n} copies of the same export ({uid}) were edited apart and give different answers ({files}); none is used until one is chosen (--prefer FILE)"},
    "cli.agg.same_preferred": {
        "en": "{country} {round}: {n} workbooks of the same assessment ({uid}); using the preferred file {path}"},
    "cli.agg.same_newest": {
        "en": "{country} {round}: {n} workbooks of the same assessment ({uid}); using the newest edit {path}"},
    "cli.agg.preferred": {
        "en": "{country} {round}: {n} different assessments; using the preferred {uid} ({path})"},
    "cli.agg.conflict": {
        "en": "{country} {round}: {n} different assessments ({uids}) conflict; none is used until one is chosen (--prefer UID or FILE)"},
    "cli.agg.fictional": {
        "en": "{country}: a fictional or user-assigned code (training or demonstration), listed but left out of every roll-up"},
    "cli.agg.latest_conflict": {
        "en": "{country}: its latest round {round} is in conflict; the country is left out of the roll-ups until one assessment is chosen"},
    "cli.agg.not_final": {
        "en": "{country} {round}: not final ({status}); left out of the roll-ups (final assessments only)"},
    "cli.agg.provisional": {
        "en": "{country} {round}: {note} (--include-provisional)"},
    "cli.agg.future_date": {
        "en": "{path}: {country} {round}: reference date {date} is after today; grouped by the lists in force today ({today}): check the date"},
    "cli.agg.edited": {
        "en": "{path}: {country} {round}: answers edited outside the application after the export (edited cells: {n}): scored as they are now"},
    "cli.agg.draft": {
        "en": "{path}: {country} {round} is draft"},
    "cli.agg.in_progress": {
        "en": "{path}: {country} {round} is in progress"},
    "cli.agg.empty_round": {
        "en": "no accepted workbook is of round {round}: the roll-ups are empty"},
    "cli.agg.no_rate": {
        "en": "{path}: {country} {round}: the workbook gives no exchange rate for {currencies}: its money is left out of the US dollar sums of {period}"},
    # --- the database and its backups refused (storage/db.py, storage/store.py), the plan's, the
    # documents' and the proposals' rows (storage/actionplan.py, storage/documents.py, storage/proposals.py)
    "cli.db.hard_links": {
        "en": "{path}: the database file has {n} names (hard links); SQLite would keep a separate journal for each "
              "name and changes made under one would be lost under the other: keep one name (remove the other "
              "links) or open a copy"},
    "cli.db.moved": {
        "en": "{path}: this database was last written as {last}, and changes not yet written back to it are in "
              "{wal} there; open it as {last} once"},
    "cli.db.read_only_wal": {
        "en": "{path}: the folder is read-only and the database has changes not yet written back ({wal}); open it "
              "once where the folder can be written"},
    "cli.backup.not_one": {
        "en": "{name}: not a backup of {db} (capacity-app backups lists them by file name)"},
    "cli.backup.cannot_write": {
        "en": "{folder}: cannot write the {kind} ({detail})"},
    "cli.backup.cannot_remove": {
        "en": "{path}: cannot remove the backup ({detail})"},
    "cli.backup.damaged": {
        "en": "{path}: the backup itself is damaged"},
    "cli.backup.no_permission": {
        "en": "{folder}: no permission to write there; the backup was not restored"},
    "cli.backup.cannot_restore": {
        "en": "{path}: cannot restore {backup} ({detail})"},
    # the backup a refusal names (cli.backup.cannot_write)
    "cli.backup.kind_pre_import": {
        "en": "pre-import backup"},
    "cli.backup.kind_daily": {
        "en": "daily backup"},
    "cli.backup.kind_pre_migration": {
        "en": "pre-migration backup"},
    "cli.backup.kind_manual": {
        "en": "manual backup"},
    # a document's kind refused (domain/documents.kind_problem), in a package's manifest too
    "cli.docs.kind": {
        "en": ".{ext} files cannot be attached (allowed: {kinds})"},
    "cli.docs.no_extension": {
        "en": "a file without an extension cannot be attached (allowed: {kinds})"},
    # an operating system's reason, and the storage's own short ones (storage/db._reason), said
    # inside a line ("cannot restore … (Permission denied)")
    "cli.os.exists": {
        "en": "File exists"},
    "cli.os.denied": {
        "en": "Permission denied"},
    "cli.os.not_permitted": {
        "en": "Operation not permitted"},
    "cli.os.read_only": {
        "en": "Read-only file system"},
    "cli.os.full": {
        "en": "No space left on device"},
    "cli.os.not_folder": {
        "en": "Not a directory"},
    "cli.os.no_such": {
        "en": "No such file or directory"},
    "cli.os.is_folder": {
        "en": "Is a directory"},
    "cli.os.disk_full": {
        "en": "the disk is full"},
    "cli.os.no_permission": {
        "en": "no permission to write there"},
    # a service's refusal (services/, reports/, paths.py), written in these words by the code that
    # refuses and said in the user's language on the command line and in the window (domain/retold.py)
    "cli.svc.agg_missing": {
        "en": "{path}: no such file or folder; nothing was aggregated"},
    "cli.svc.country_unknown": {
        "en": "unknown country code {code} (use an ISO 3166-1 alpha-3 code such as KEN)"},
    "cli.svc.round_range": {
        "en": "round must be a year between 1990 and 2100, got {value}"},
    "cli.svc.mission_order": {
        "en": "the mission ends before it starts"},
    "cli.svc.status_one_of": {
        "en": "status must be one of {statuses}, got {value}"},
    "cli.svc.evidence_kind": {
        "en": "evidence kind must be one of {kinds}"},
    "cli.svc.evidence_text": {
        "en": "evidence needs a text (document title, web address or institution)"},
    "cli.svc.answer_status": {
        "en": "{answer}: unknown answer status {value}"},
    "cli.svc.assessment_id": {
        "en": "assessment id must be a number, got {value}"},
    "cli.svc.doc_unknown_item": {
        "en": "{item}: unknown item id (name a question's id, a grid row {row}, a matrix cell {cell} or an action {action})"},
    "cli.svc.doc_is_database": {
        "en": "{name}: is the database or one of its files; it is never attached as a document"},
    "cli.svc.doc_is_backup": {
        "en": "{name}: is a backup of the database; it is never attached as a document"},
    "cli.svc.doc_several": {
        "en": "{attachment} names {n} attachments of assessment {id}: give the attachment's id"},
    "cli.svc.doc_damaged": {
        "en": "{name}: the stored document does not match its SHA-256 (damaged database?)"},
    "cli.svc.doc_no_action": {
        "en": "{item}: the action plan of assessment {id} has no such action"},
    "cli.svc.doc_matrix_cell": {
        "en": "{item}: attach to a matrix cell ({matrix}.A.CEN)"},
    "cli.svc.doc_attached": {
        "en": "{name}: this document is already attached to {target} (as {attached}, SHA-256 {sha})"},
    "cli.svc.doc_limit": {
        "en": "{name}: assessment {id} already has {n} attachments (the limit)"},
    "cli.svc.doc_copy": {
        "en": "{name}: a copy to view could not be written ({detail})"},
    "cli.svc.import_nothing": {
        "en": "{name}: nothing imported: {detail}"},
    "cli.svc.import_indicator": {
        "en": "{name}: nothing imported: the Indicator values sheet gives a value for indicator {indicator}, which the plan's results chain does not have (its indicators: {known})"},
    "cli.svc.asked_institution": {
        "en": "{code} is not an institution of section S0 (one of {codes})"},
    "cli.svc.asked_target": {
        "en": "{target}: name a section ({section}), a question ({question}), a grid row ({row}) or a matrix cell ({cell})"},
    "cli.svc.asked_field": {
        "en": "{name} is not a field of a request (one of {names})"},
    "cli.svc.forms_nothing_asked": {
        "en": "{institution} is asked nothing in assessment {id}: give it questions first ({command})"},
    "cli.svc.reply_not_here": {
        "en": "{path}: a reply for an assessment not in this database ({country} {round}); nothing was imported"},
    "cli.svc.reply_in_trash": {
        "en": "{path}: a reply for assessment {id} ({country} {round}), which is in the trash: restore it first; nothing was imported"},
    "cli.svc.reply_other_institution": {
        "en": "{path}: this is the form sent to {institution}, not to {other} (the wrong institution's file?); nothing was imported"},
    "cli.svc.reply_old_form": {
        "en": "{path}: an old form (questionnaire {made}, the assessment now uses {now}): send {institution} a new form; nothing was imported"},
    "cli.svc.proposal_key": {
        "en": "{answer}: unknown answer key"},
    "cli.svc.proposal_two": {
        "en": "{answer}: two proposals for one answer: accept one of them"},
    "cli.svc.proposal_id": {
        "en": "proposal id must be a number, got {value}"},
    "cli.svc.proposal_gone": {
        "en": "{answer}: no longer in the questionnaire (reject the proposal)"},
    "cli.svc.proposal_value": {
        "en": "{answer}: a proposal is a value, 'don't know' or 'not applicable'"},
    "cli.svc.submission_not_here": {
        "en": "{path}: the form was made for assessment {id}, which is not in this database; nothing imported"},
    "cli.svc.submission_old_form": {
        "en": "{path}: an old form: it was made from questionnaire {made}, assessment {id} uses {now}; nothing imported (send the institution the form exported now)"},
    "cli.svc.submission_other": {
        "en": "{path}: submissions of {institution}, not of {other} (--institution); nothing imported"},
    "cli.svc.submission_no_institution": {
        "en": "{path}: submission {id}: no institution; nothing imported"},
    "cli.svc.submission_refused": {
        "en": "{path}: submission {instance}: {detail}; nothing imported"},
    "cli.svc.submission_changed": {
        "en": "{path}: the file changed while it was imported; nothing imported"},
    "cli.svc.xlsform_nothing_asked": {
        "en": "{institution}: this institution is asked no question in this assessment (capacity-app institutions gives it some)"},
    "cli.svc.package_zip": {
        "en": "{name}: an assessment package is a .zip file"},
    "cli.svc.package_manifest": {
        "en": "{path}: the manifest names assessment {uid}, the workbook {other}; nothing imported"},
    "cli.svc.package_size": {
        "en": "{path}: the assessment's documents would take {mb} MB; the limit is {limit} MB per assessment; nothing imported"},
    "cli.svc.package_count": {
        "en": "{path}: more than {n} attachments; nothing imported"},
    "cli.svc.package_target": {
        "en": "{path}: document {name} is attached to {target}, which is not a question, grid row, matrix cell or action of this assessment; nothing imported"},
    "cli.svc.report_language": {
        "en": "unknown report language {given} ({codes})"},
    "cli.svc.report_needs_id": {
        "en": "a report needs an assessment id (or use --blank)"},
    "cli.svc.template_preference": {
        "en": "the Word template {name} (the word_template preference) is not a file"},
    "cli.svc.template_missing": {
        "en": "the Word template {name} is not a file"},
    "cli.svc.language_one_of": {
        "en": "language must be one of {languages}, got {given}"},
    "cli.svc.weight_section": {
        "en": "{section}: not a scored section (use one of {sections})"},
    "cli.svc.weight_range": {
        "en": "{section}: weight must be between 0 and 100, got {value}"},
    "cli.svc.weight_number": {
        "en": "{section}: weight must be a number, got {value}"},
    "cli.svc.report_language_one_of": {
        "en": "report language must be one of {languages}, got {given}"},
    "cli.svc.template_docx": {
        "en": "the Word template {name} is not a .docx file ({guide})"},
    "cli.svc.data_folder_empty": {
        "en": "data folder: give a folder"},
    "cli.svc.data_folder_whole": {
        "en": "data folder {path}: give the whole path (it starts with / or a drive letter)"},
    "cli.svc.data_folder_file": {
        "en": "data folder {path}: a file of that name exists"},
    "cli.svc.backup_folder": {
        "en": "backup folder {path}: {detail}"},
    "cli.svc.nothing_changed": {
        "en": "{detail}; nothing was changed"},
    "cli.svc.data_folder": {
        "en": "data folder {path}: {detail}"},
    "cli.svc.settings_file": {
        "en": "settings file {path}: {detail}"},
    "cli.svc.copy_check": {
        "en": "the copy does not pass the check ({detail})"},
    "cli.svc.review_unknown_item": {
        "en": "{answer}: unknown item id (review a question's id, a grid row {row} or a matrix cell {cell})"},
    "cli.svc.review_section": {
        "en": "{section}: no such section"},
    "cli.svc.review_grid": {
        "en": "{answer}: review a grid row by row ({item}.{row})"},
    "cli.svc.review_matrix": {
        "en": "{answer}: review the matrix cell by cell ({item}.A.CEN)"},
    "cli.svc.signoff_trash": {
        "en": "assessment {id} is in the trash: restore it to sign its reviews off"},
    "cli.svc.signoff_final": {
        "en": "assessment {id} ({country} {round}) is final: the reviews are signed off before the validation; reopen it (with a reason) to sign them off again"},
    "cli.svc.signoff_not_yet": {
        "en": "the reviews of assessment {id} ({country} {round}) cannot be signed off yet: {detail}"},
    "cli.svc.validate_trash": {
        "en": "assessment {id} is in the trash: restore it to validate it"},
    "cli.svc.validate_final": {
        "en": "assessment {id} ({country} {round}) is already final: reopen it (with a reason) to validate it again"},
    "cli.svc.validate_not_yet": {
        "en": "assessment {id} ({country} {round}) cannot be validated yet: {detail}"},
    "cli.svc.reopen_status": {
        "en": "reopening sets the status to draft or in progress"},
    "cli.svc.blank_pdf_only": {
        "en": "the blank questionnaire is printed as a PDF only (use --pdf)"},
    "cli.svc.word_failed": {
        "en": "the Word report could not be written: {kind}: {detail}"},
    "cli.svc.pdf_folder": {
        "en": "cannot write {path}: the folder {folder} does not exist"},
    "cli.svc.pdf_layout": {
        "en": "cannot lay the report out on this machine: {detail}"},
    "cli.svc.pdf_machine": {
        "en": "cannot write PDF reports on this machine: {detail}"},
    "cli.svc.pdf_failed": {
        "en": "the PDF {name} could not be rendered: {kind}: {detail}"},
    "cli.svc.settings_not_object": {
        "en": "the settings file is damaged (not a JSON object); correct it, or remove it to use the default data folder"},
    "cli.svc.settings_folder_path": {
        "en": "\"data_folder\" must be the path of a folder, not {value}"},
    "cli.svc.settings_folder_absolute": {
        "en": "\"data_folder\" must be an absolute path, not {value}"},
    "cli.svc.settings_folder_file": {
        "en": "the data folder {folder} is a file, not a folder; choose a folder in Preferences or correct the file"},
    "cli.svc.data_folder_unusable": {
        "en": "the data folder {folder} cannot be used: {detail}"},
    "cli.svc.settings_unreadable": {
        "en": "the settings file cannot be read ({detail}); fix its permissions or remove it"},
    "cli.svc.settings_damaged": {
        "en": "the settings file is damaged ({detail}); correct it, or remove it to use the default data folder"},
    "cli.svc.import_overlap": {
        "en": "{name}: nothing imported: the Plan progress sheet reports {period} for an action that has its progress for {other} here, which overlaps: report a year or its half-years, not both"},
    "cli.svc.proposal_status": {
        "en": "proposal {id}: unknown answer status {value}"},
    "cli.svc.proposal_clash": {
        "en": "{n} answers have differing proposals from other institutions ({keys}): settle them one by one first"},
    "cli.svc.evidence_none": {
        "en": "{answer}: no evidence with id {id} on this item"},
    "cli.svc.no_attachment": {
        "en": "assessment {id} has no attachment {attachment} (see: {command})"},
    "cli.svc.proposal_other": {
        "en": "proposal {id} is not one of assessment {assessment}'s"},
    "cli.svc.proposal_plan": {
        "en": "proposal {id} is of the plan's progress, not of an answer: {command}"},
    "cli.svc.proposal_no_dont_know": {
        "en": "proposal {id}: {answer}: 'don't know' is not accepted for this item"},
    "cli.svc.plan_same_line": {
        "en": "action {n} ({title}): cost lines {first} and {second} are the same line twice: enter it once, or the sum on one line"},
    "cli.svc.progress_rows_overlap": {
        "en": "action {n} has rows for {period} and {other}, which overlap: report a year or its half-years, not both"},
    # a file from outside refused before it is read (files.open_regular), and more of the operating
    # system's own reasons
    "cli.in.no_such": {
        "en": "no such file"},
    "cli.in.folder": {
        "en": "is a folder, not a file"},
    "cli.in.not_regular": {
        "en": "is {kind}, not a regular file"},
    "cli.in.too_large": {
        "en": "is too large (more than {size})"},
    # a workbook from outside refused by the archive's and the reader's checks (exchange/outside): said
    # from the English line as it is written there
    "cli.in.too_large_mb": {
        "en": "the file is too large ({size} MB; the limit is {limit} MB)"},
    "cli.in.too_large_limit": {
        "en": "the file is too large (the limit is {limit} MB)"},
    "cli.in.damaged_zip": {
        "en": "the workbook is damaged or truncated (zip: {reason})"},
    "cli.in.too_many_parts": {
        "en": "too many parts in the archive ({n}; the limit is {limit})"},
    "cli.in.same_name": {
        "en": "the archive holds two parts with the same name"},
    "cli.in.same_name_case": {
        "en": "the archive holds two parts with the same name ({first} and {second}, which differ only in case)"},
    # zipfile's and zlib's own reasons inside those lines (a truncated download, a damaged part)
    "cli.in.zip_not_zip": {
        "en": "File is not a zip file"},
    "cli.in.zip_crc": {
        "en": "Bad CRC-32 for file {name}"},
    "cli.in.zlib": {
        "en": "Error {code} while decompressing data: {detail}"},
    "cli.in.zip_method": {
        "en": "{name} is compressed with {method}, which this application does not unpack (only stored or deflate)"},
    "cli.in.zip_multidisk": {
        "en": "zipfiles that span multiple disks are not supported"},
    "cli.in.zip_extra": {
        "en": "Corrupt extra field {field} (size={size})"},
    "cli.in.zip64_extra": {
        "en": "Corrupt zip64 extra field. {field} not found."},
    "cli.in.zip_directory_offset": {
        "en": "Bad offset for central directory"},
    "cli.in.zip_directory_truncated": {
        "en": "Truncated central directory"},
    "cli.in.zip_names_differ": {
        "en": "File name in directory {name} and header {header} differ."},
    "cli.in.zip_overlapped": {
        "en": "Overlapped entries: {name} (possible zip bomb)"},
    "cli.in.zip_patched": {
        "en": "compressed patched data (flag bit 5)"},
    "cli.in.zip_strong_encryption": {
        "en": "strong encryption (flag bit 6)"},
    "cli.in.zip_method_unsupported": {
        "en": "That compression method is not supported"},
    "cli.in.zip_type_named": {
        "en": "compression type {n} ({name})"},
    "cli.in.zip_type": {
        "en": "compression type {n}"},
    "cli.in.zip_password": {
        "en": "Bad password for file {name}"},
    "cli.in.ods": {
        "en": "an OpenDocument spreadsheet (.ods, e.g. from LibreOffice) renamed .xlsx; open it and save it as Excel 2007-365 (.xlsx)"},
    "cli.in.opendocument": {
        "en": "an OpenDocument file, not an Excel .xlsx workbook"},
    "cli.in.encrypted": {
        "en": "the workbook is encrypted or password-protected; save it without a password"},
    "cli.in.compressed": {
        "en": "part {part} is compressed {n} times (limit {limit}; possible zip bomb)"},
    "cli.in.would_exceed": {
        "en": "the decompressed workbook would exceed {size} MB (possible zip bomb)"},
    "cli.in.not_utf8": {
        "en": "part {part} is not UTF-8 XML"},
    "cli.in.declares": {
        "en": "part {part} is not UTF-8 XML (declares {encoding})"},
    "cli.in.dtd": {
        "en": "part {part} contains an XML {declaration} declaration (refused: entity expansion is never allowed)"},
    "cli.in.more_than_declared": {
        "en": "part {part} decompresses to more than it declares (possible zip bomb)"},
    "cli.in.shorter": {
        "en": "the workbook is damaged (part {part} is shorter than declared)"},
    "cli.in.not_xml": {
        "en": "the workbook is damaged (part {part} is not XML)"},
    "cli.in.not_well_formed": {
        "en": "the workbook is damaged (part {part} is not well-formed XML: {reason})"},
    "cli.in.sheet_damaged": {
        "en": "the sheet is damaged (not well-formed XML: {reason})"},
    "cli.in.sheet_damaged_near": {
        "en": "the sheet is damaged near {cell} (not well-formed XML: {reason})"},
    "cli.in.no_sheet_data": {
        "en": "the sheet holds no cells (no sheetData: is it a worksheet?)"},
    "cli.in.sheet_missing": {
        "en": "the sheet is missing"},
    "cli.in.sheet_unreadable": {
        "en": "the sheet cannot be read (it is not a worksheet, or its part is missing or not XML)"},
    "cli.in.two_sheets": {
        "en": "the workbook has two sheets named {name} (refused: it is not clear which one to read; rename or delete one)"},
    "cli.in.too_slow": {
        "en": "reading it took longer than {seconds} s (refused)"},
    "cli.in.symlink": {
        "en": "a symbolic link, not a regular file"},
    "cli.in.hard_links": {
        "en": "a file with other names (hard links)"},
    # an assessment package refused whole, before anything is written (exchange/workbook/package.py)
    "cli.package.stored_mismatch": {
        "en": "the stored document {name} does not match its SHA-256 (damaged database?); no package written"},
    "cli.package.too_large": {
        "en": "the package is too large ({size} MB; the limit is {limit} MB)"},
    "cli.package.empty_zip": {
        "en": "the package is empty (a zip archive without members)"},
    "cli.package.not_zip": {
        "en": "not an assessment package (not a zip archive)"},
    "cli.package.damaged_zip": {
        "en": "the package is damaged or truncated (zip: {reason})"},
    "cli.package.excel": {
        "en": "an Excel workbook, not an assessment package (import it under its .xlsx name)"},
    "cli.package.no_manifest": {
        "en": "no manifest.json in the package (not an assessment package)"},
    "cli.package.manifest_large": {
        "en": "manifest.json is too large ({size} MB)"},
    "cli.package.not_listed": {
        "en": "member {name} is not in the manifest"},
    "cli.package.missing_member": {
        "en": "member {name} of the manifest is missing"},
    "cli.package.not_held": {
        "en": "the manifest attaches a document it does not hold ({digest})"},
    "cli.package.loose": {
        "en": "document {digest} is attached to nothing in the manifest"},
    "cli.package.too_many": {
        "en": "too many members ({n}; the limit is {limit})"},
    "cli.package.no_members": {
        "en": "the package is empty"},
    "cli.package.unsafe_folder": {
        "en": "member {name} is a folder that holds data or is named unsafely (a package holds files only)"},
    "cli.package.two_named": {
        "en": "two members are named {name}"},
    "cli.package.folder": {
        "en": "member {name} is a folder (a package holds files only)"},
    "cli.package.link": {
        "en": "member {name} is a link or a special file"},
    "cli.package.encrypted": {
        "en": "the package is encrypted or password-protected"},
    "cli.package.compressed": {
        "en": "member {name} is compressed {n} times (limit {limit}; possible zip bomb)"},
    "cli.package.bomb_total": {
        "en": "the package would decompress to {size} MB (possible zip bomb)"},
    "cli.package.size_mismatch": {
        "en": "member {name} does not match the manifest (size {size}, listed {listed}; the limit is {limit} MB)"},
    "cli.package.sha_mismatch": {
        "en": "member {name} does not match the manifest (its SHA-256 differs)"},
    "cli.package.documents_large": {
        "en": "the documents take more than {size} MB"},
    "cli.package.unpack": {
        "en": "member {name} could not be unpacked ({reason})"},
    "cli.package.more_than_declared": {
        "en": "member {name} decompresses to more than it declares (possible zip bomb)"},
    "cli.package.damaged_member": {
        "en": "the package is damaged (member {name}: {reason})"},
    "cli.package.shorter": {
        "en": "the package is damaged (member {name} is shorter than declared)"},
    # the submissions of a form refused (exchange/institutions/submissions.py)
    "cli.sub.not_utf8": {
        "en": "{file}: not UTF-8 text (export the CSV again as UTF-8)"},
    "cli.sub.rows": {
        "en": "{file}: more than {n} rows"},
    "cli.sub.columns": {
        "en": "{file}: more than {n} columns"},
    "cli.sub.long_value": {
        "en": "{file}: row {row} holds a value longer than {n} characters"},
    "cli.sub.not_csv": {
        "en": "{file}: not a CSV file the export would write ({reason})"},
    "cli.sub.too_large": {
        "en": "{file}: too large once unpacked"},
    "cli.sub.unpack": {
        "en": "{file}: cannot be unpacked ({reason})"},
    "cli.sub.formula": {
        "en": "{cell}: a cell holds a formula; an export holds values only (refused)"},
    "cli.sub.no_question_column": {
        "en": "no column of the export is a question of the form (were the headers renamed, or exported as labels? export with 'XML values and headers')"},
    "cli.sub.two_columns": {
        "en": "{table}: two columns are the question {name} ({first} and {second})"},
    "cli.sub.nothing_imported": {
        "en": "{problem}{more}; nothing imported"},
    "cli.sub.not_capacity_kobo": {
        "en": "not the export of a form written by capacity-app (no cap_assessment column; in KoboToolbox, export with 'XML values and headers')"},
    "cli.sub.not_capacity": {
        "en": "not a submissions export of a form written by capacity-app (no cap_assessment column)"},
    "cli.sub.different_forms": {
        "en": "the submissions come from different forms ({name}: {values}); export one form at a time"},
    "cli.sub.other_questionnaire": {
        "en": "the form is not one of this questionnaire ({found}, expected {expected})"},
    "cli.results.objective_twice": {
        "en": "the overall objective is given twice (rows {first} and {second})"},
    # after a workbook's first problem, how many more there are (exchange/workbook/importer.py)
    "cli.wb.more_problems": {
        "en": " (and {n} more problems)"},
    # a workbook's import refused cell by cell (exchange/workbook: importer and the plan's sheets), said from
    # the English line as it is written there
    "cli.wb.approved_mismatch": {
        "en": "the plan approved (validation_approved) does not match its version: do not edit these rows"},
    "cli.wb.error_cell": {
        "en": "holds the spreadsheet error {error}, not a value (type the value, or clear the cell)"},
    "cli.wb.column_moved": {
        "en": "expected the column {name} here, found {found} (columns cannot be moved or renamed)"},
    "cli.wb.cost_lines": {
        "en": "more than {n} cost lines for one action"},
    "cli.wb.not_a_field": {
        "en": "{name} is not a field of this sheet (one of {fields})"},
    "cli.wb.given_twice": {
        "en": "{name} is given twice (rows {first} and {second})"},
    "cli.wb.sheet_missing": {
        "en": "the sheet is missing (is this a capacity-app workbook?)"},
    "cli.wb.formula_cell": {
        "en": "contains a formula; formulas are never evaluated (type the value)"},
    "cli.wb.header": {
        "en": "expected the header {header}"},
    "cli.wb.error_answer": {
        "en": "holds the spreadsheet error {error}, not a value (type the value, or clear the cell to leave the answer empty)"},
    "cli.wb.format": {
        "en": "not a capacity-app assessment workbook (format is {format})"},
    "cli.wb.no_format": {
        "en": "not a capacity-app assessment workbook (its format is not given)"},
    "cli.wb.other_questionnaire": {
        "en": "the workbook answers questionnaire {found}, not {expected}"},
    "cli.wb.no_mapping": {
        "en": "questionnaire version {version} cannot be imported: no declared mapping to version {target} (assessments/mappings)"},
    "cli.wb.uid": {
        "en": "the assessment identifier is missing or malformed"},
    "cli.wb.country": {
        "en": "unknown country code {code}"},
    "cli.wb.country_m49": {
        "en": "the country code {code} does not match the M49 code {m49} written beside it: the Metadata was edited (export the workbook again)"},
    "cli.wb.mission_dates": {
        "en": "the mission ends ({end}) before it starts ({start})"},
    "cli.wb.answers_column": {
        "en": "expected the column {name} here (the Answers columns were changed)"},
    "cli.wb.key_twice": {
        "en": "{answer} appears twice (rows {first} and {second})"},
    "cli.wb.unknown_key": {
        "en": "{answer}: unknown answer key for questionnaire {questionnaire} {version}"},
    "cli.wb.field_missing": {
        "en": "the field {name} is missing"},
    "cli.wb.key_empty": {
        "en": "the answer key is empty but the row holds values"},
    "cli.wb.report_row_twice": {
        "en": "{period} has this row already (row {row} and after): a summary and each decision once"},
    "cli.wb.decisions_numbered": {
        "en": "the decisions of {period} are numbered {numbers}: number them 1, 2 … in their order"},
    "cli.wb.measure_twice": {
        "en": "action {n} has a measure for {period} on row {row} already"},
    "cli.wb.entry_differs": {
        "en": "the status, dates and reason differ from row {row}, of the same action and period {period}: an entry has one of each"},
    "cli.wb.value_twice": {
        "en": "indicator {name} has a value for {period} on row {row} already"},
    # more lines of the same kind: a submission's problems, an import's warnings, a translator's review
    "cli.sub.no_parent": {
        "en": "{table} row {n}: no submission {link} in the export for it"},
    "cli.sub.no_grid_row": {
        "en": "submission {instance}, {item}: no row {code} in the grid"},
    "cli.import.checksum_rows": {
        "en": "the checksum does not match, but no single answer row differs: rows were deleted or row checks edited outside the application"},
    "cli.import.review_dropped": {
        "en": "the review of {unit} is dropped: no such answer in this questionnaire version"},
    "cli.po.file_language": {
        "en": "{file}: <file original={original}> is in language {found}, not {expected}"},
    "cli.po.reviewer_needed": {
        "en": "a review record needs the reviewer's name ({option})"},
    "cli.po.reviewer_line": {
        "en": "the reviewer's name must be one line of at most {n} characters"},
    "cli.po.review_date": {
        "en": "the review's date: {detail}"},
    "cli.po.review_future": {
        "en": "the review's date {date} is after today ({today}): a review is dated when it was made"},
    # a workbook refused before its sheets are read, and what the reader finds inside a sheet
    "cli.in.encrypted_ole": {
        "en": "the workbook is protected with a password (an encrypted Excel file); open it, remove the password (File > Info > Protect Workbook) and save it again as .xlsx"},
    "cli.in.old_xls": {
        "en": "an old Excel 97-2003 .xls workbook (or another Office binary file); open it and save it as Excel Workbook (.xlsx)"},
    "cli.in.text_bomb": {
        "en": "the cells read hold more than {size} MB of text once shared strings are expanded (refused: possible shared-string bomb)"},
    "cli.in.cell_too_long": {
        "en": "the cell holds more than {n} characters (a cell's limit)"},
    "cli.in.element_in_cell": {
        "en": "an element {name} inside a cell"},
    "cli.in.element_in_row": {
        "en": "an element {name} inside a row"},
    "cli.in.element_in_text": {
        "en": "an element {name} inside a cell's text"},
    # the XML parser's (expat's) reasons and where it found them; zipfile's
    "cli.in.xml_at": {
        "en": "{error} at line {line}, column {column}"},
    "cli.expat.syntax": {
        "en": "syntax error"},
    "cli.expat.no_element": {
        "en": "no element found"},
    "cli.expat.invalid_token": {
        "en": "not well-formed (invalid token)"},
    "cli.expat.unclosed_token": {
        "en": "unclosed token"},
    "cli.expat.partial_char": {
        "en": "partial character"},
    "cli.expat.mismatched_tag": {
        "en": "mismatched tag"},
    "cli.expat.duplicate_attribute": {
        "en": "duplicate attribute"},
    "cli.expat.junk_after": {
        "en": "junk after document element"},
    "cli.expat.undefined_entity": {
        "en": "undefined entity"},
    "cli.expat.bad_char_ref": {
        "en": "reference to invalid character number"},
    "cli.expat.misplaced_decl": {
        "en": "XML or text declaration not at start of entity"},
    "cli.expat.unknown_encoding": {
        "en": "unknown encoding"},
    "cli.expat.wrong_encoding": {
        "en": "encoding specified in XML declaration is incorrect"},
    "cli.expat.unclosed_cdata": {
        "en": "unclosed CDATA section"},
    "cli.expat.unbound_prefix": {
        "en": "unbound prefix"},
    "cli.expat.bad_decl": {
        "en": "XML declaration not well-formed"},
    "cli.in.zip_magic": {
        "en": "Bad magic number for file header"},
    "cli.in.zip_directory_magic": {
        "en": "Bad magic number for central directory"},
    "cli.in.zip_truncated_header": {
        "en": "Truncated file header"},
    "cli.in.zip_seek": {
        "en": "negative seek value {n}"},
    "cli.in.zip_version": {
        "en": "zip file version {version}"},
    # a member of a package refused for its name
    "cli.package.refused_member": {
        "en": "member {name} is refused: {reason}"},
    "cli.package.absolute": {
        "en": "an absolute path or a path with '\\'"},
    "cli.package.dots": {
        "en": "a path with '..', '.' or an empty part"},
    "cli.package.control": {
        "en": "a control character in its name"},
    # values refused in a reply, a form's submissions, a form, a mapping, a proposal, a plan, a sign-off
    "cli.reply.not_a_number": {
        "en": "{value} is not a number"},
    "cli.sub.not_a_date": {
        "en": "{value} is not a date YYYY-MM-DD"},
    "cli.sub.no_cell": {
        "en": "submission {instance}, {item}: no cell {code}"},
    "cli.xlsform.unknown_question": {
        "en": "no question {name} in questionnaire {questionnaire} {version}"},
    "cli.mapping.required": {
        "en": "{path}: '{field}' is required (text)"},
    "cli.svc.proposal_already": {
        "en": "proposal {id} is already {state}"},
    "cli.plan.no_field": {
        "en": "no field {names}"},
    "cli.signoff.final_problem": {
        "en": "assessment {id} is final: {problem}"},
    # an import's warnings on the questionnaire's text, an action the plan's sheets name without its id, a
    # workbook without its workbook part, a dropped-in language left out
    "cli.import.questionnaire_differs": {
        "en": "the questionnaire text differs from this application's (same version, different content hash)"},
    "cli.import.questionnaire_unrecorded": {
        "en": "the questionnaire text differs from the one released as {version} (a content hash not recorded for it in {file})"},
    "cli.wb.no_action_id_new": {
        "en": "no action with the id {id} in the Action plan sheet (a new action needs an id there first: type one, such as new1, in both sheets)"},
    "cli.wb.no_action_id": {
        "en": "no action with the id {id} in the Action plan sheet"},
    "cli.wb.give_cost_action": {
        "en": "give the id of the action this cost belongs to (from the Action plan sheet)"},
    "cli.wb.give_action": {
        "en": "give the id of the action (from the Action plan sheet)"},
    "cli.in.workbook_part_missing": {
        "en": "not an Excel .xlsx workbook (its workbook part {part} is missing)"},
    "cli.dropin.in_english": {
        "en": "{problem}; the language shows in English"},
    "cli.sub.none_to_import": {
        "en": "the export holds no submission to import"},
    "cli.sub.none_to_import_why": {
        "en": "the export holds no submission to import ({warning})"},
    # the database refusing a write or a second window, an institution's reply refused, the sheets the
    # application writes and checks again, values of dates and periods, the command line's own refusals
    "cli.store.not_saved": {
        "en": "{path}: the change was not saved ({reason})"},
    "cli.store.disk_full": {
        "en": "{path}: the disk is full; the change was not saved (free some space and try again)"},
    "cli.store.busy": {
        "en": "{path}: the database is busy in another program; the change was not saved"},
    "cli.store.read_only": {
        "en": "{path}: the database cannot be written (read-only file or folder)"},
    "cli.store.open_elsewhere": {
        "en": "{path}: the database is already open in another capacity-app instance; close it first"},
    "cli.store.open_elsewhere_pid": {
        "en": "{path}: the database is already open in another capacity-app instance (process {pid}); close it first"},
    "cli.reply.form_version": {
        "en": "a form of version {version}, which this version of capacity-app does not read (it reads {ours})"},
    "cli.reply.sheet_missing": {
        "en": "a sheet is missing or was renamed: send back the file as it was sent"},
    "cli.reply.formula": {
        "en": "a formula: type the value itself"},
    "cli.reply.progress_protected": {
        "en": "a protected cell was changed (the action, cost line or indicator, or the row's place): send back the file as it was sent, with only the yellow cells filled"},
    "cli.reply.identity": {
        "en": "the form's hidden identity sheet is not one this application wrote"},
    "cli.reply.identity_row": {
        "en": "the form's hidden identity sheet is not one this application wrote (a row it names cannot be)"},
    "cli.reply.not_progress_form": {
        "en": "not a progress form of capacity-app (the workbook an institution is sent by {command})"},
    "cli.reply.row_moved": {
        "en": "a row was added or moved: rows must stay as they were sent"},
    "cli.reply.outside_yellow": {
        "en": "a value outside the yellow cells (only they are read)"},
    "cli.reply.not_institution_form": {
        "en": "not an institution form of capacity-app"},
    "cli.reply.cover_missing": {
        "en": "the cover sheet is missing or was renamed"},
    "cli.reply.questions_missing": {
        "en": "the questions sheet is missing or was renamed"},
    "cli.reply.not_a_question": {
        "en": "{question} is not a question of this questionnaire (an old form?)"},
    "cli.reply.protected": {
        "en": "a protected cell was changed (the question, its section or explanation, or the row's place): send back the file as it was sent, with only the yellow cells filled"},
    "cli.reply.not_in_list": {
        "en": "{value} is not {kind} (leave it empty or choose it from the list)"},
    "cli.reply.answer_and_dont_know": {
        "en": "an answer and \"don't know\" both given: keep one of them"},
    "cli.reply.comment_only": {
        "en": "a comment without an answer: give the answer, or choose \"don't know\""},
    "cli.reply.outside_answers": {
        "en": "a value outside the answer cells (only the yellow cells are read)"},
    "cli.wb.too_many_actions": {
        "en": "more than {n} actions: a plan holds at most {max}"},
    "cli.wb.action_id_twice": {
        "en": "the action id {id} is used twice (rows {first} and {second}): give the new row an empty Id"},
    "cli.wb.archived_not_key": {
        "en": "{answer} is not an answer key (this sheet is written by the application)"},
    "cli.wb.archived_not_version": {
        "en": "{version} is not a questionnaire version"},
    "cli.wb.stored_answer": {
        "en": "the stored answer {problem} (this sheet is written by the application)"},
    "cli.wb.app_formula": {
        "en": "contains a formula; formulas are never evaluated (this sheet is written by the application)"},
    "cli.wb.app_error": {
        "en": "holds the spreadsheet error {error}, not a value (this sheet is written by the application)"},
    "cli.wb.archived_time": {
        "en": "the time it was archived must be a date and time such as 2026-03-01T10:00:00+00:00: {detail}"},
    "cli.wb.changes_not_key": {
        "en": "{answer} is not an answer key of this questionnaire"},
    "cli.wb.row_check_changed": {
        "en": "the row check was changed (this sheet is written by the application)"},
    "cli.wb.versions_changed": {
        "en": "the earlier versions were changed (this sheet is written by the application)"},
    "cli.wb.change_time": {
        "en": "the time of the change must be a date and time such as 2026-03-01T10:00:00+00:00: {detail}"},
    "cli.wb.comment_row": {
        "en": "{answer}: this row takes only a comment and evidence (the answers are on the rows below it)"},
    "cli.wb.dont_know_flag": {
        "en": "Don't know: write 'yes' or leave empty, got {value}"},
    "cli.wb.not_applicable_flag": {
        "en": "Not applicable: write 'yes' or leave empty, got {value}"},
    "cli.wb.both_flags": {
        "en": "both Don't know and Not applicable are marked"},
    "cli.wb.value_and_flag": {
        "en": "a value is given and Don't know / Not applicable is marked too: keep only one"},
    "cli.wb.no_not_applicable": {
        "en": "{answer}: 'not applicable' is not accepted for this item"},
    "cli.wb.review_status": {
        "en": "the review must be one of {statuses} (empty: not reviewed), got {value}"},
    "cli.wb.answer_check_changed": {
        "en": "the answer check was changed (do not edit it)"},
    "cli.wb.review_time": {
        "en": "the time of the review must be a date and time such as 2026-03-01T10:00:00+00:00: {detail}"},
    "cli.wb.review_not_answer": {
        "en": "{answer} is not an answer of this questionnaire (a question's id, a grid row {row} or a matrix cell {cell})"},
    "cli.date.time_problem": {
        "en": "the time {value} {problem}"},
    "cli.date.not_period": {
        "en": "{value} is neither a quarter nor a date"},
    "cli.date.quarter": {
        "en": "a quarter is 1 to 4, got {value}"},
    "cli.plan.unknown_language": {
        "en": "unknown language {code} (expected one of {codes})"},
    "cli.plan.scored_in": {
        "en": "the result was scored in {found}, not {expected}: score it in {expected}"},
    "cli.plan.no_rate_between": {
        "en": "no rate converts {source} into {target}"},
    "cli.compare.rules": {
        "en": "the rounds were scored under different rules ({first} and {second}): score both with the current rules before comparing"},
    "cli.progress.line_start": {
        "en": "line {n}: start with the cost line's number and a colon, e.g. {example}"},
    "cli.progress.line_field": {
        "en": "line {n}: {field} is not committed=, disbursed=, spent= or note="},
    "cli.progress.line_twice": {
        "en": "line {n}: {field} is given twice"},
    "cli.report.give_output": {
        "en": "give {pdf}, {docx} or both"},
    "cli.report.template_docx": {
        "en": "--template is for the Word document (--docx)"},
    "cli.report.partner_blank": {
        "en": "--partner is an edition of an assessment's funding request, not of the blank questionnaire"},
    "cli.report.give_id": {
        "en": "give an assessment id (see {command}), or --blank"},
    "cli.report.progress_blank": {
        "en": "the implementation report (--progress) is of an assessment: give its id, not --blank"},
    "cli.results.no_such_outcome": {
        "en": "no outcome {ref}: give its id or number (the outcomes: {outcomes})"},
    "cli.results.measures_what": {
        "en": "say what the indicator measures: one of {options}"},
    "cli.results.give_name": {
        "en": "give the indicator a --name"},
    "cli.answer.note": {
        "en": "a note takes no answer"},
    # what is wrong with a time stamp, said after the time (domain/dates.py)
    "cli.date.not_stamp": {
        "en": "is not a date and time (ISO 8601)"},
    "cli.date.no_offset": {
        "en": "has no time zone offset"},
    "cli.date.outside_years": {
        "en": "is outside the years {first} to {last}"},
    # a file whose reading ended the reading process, a reopening without its reason, a translator's file refused
    "cli.in.child_memory": {
        "en": "reading it needs more memory than a workbook may take (refused)"},
    "cli.in.child_cpu": {
        "en": "reading it took more than its share of processor time (refused)"},
    "cli.in.child_signal": {
        "en": "reading it ended the reading process ({signal}): the file is refused"},
    "cli.in.child_exit": {
        "en": "reading it ended the reading process (exit code {code}): the file is refused"},
    "cli.signoff.reason_needed": {
        "en": "a final assessment is reopened only with a reason (what must change, and why)"},
    "cli.po.too_big": {
        "en": "{file}: {size} MB, more than a translator's file ({max} MB at most)"},
    "cli.po.utf16": {
        "en": "{file}: saved in UTF-16; save it again as UTF-8 (XLIFF or PO)"},
    "cli.po.neither": {
        "en": "{file}: neither XLIFF nor a UTF-8 PO file"},
    "cli.po.not_po": {
        "en": "{file}: not a PO file ({detail})"},
    "cli.po.other_language": {
        "en": "{file}: a file of language {found}, not {expected}"},
    "cli.po.not_xml": {
        "en": "{file}: not XML ({detail})"},
    "cli.po.doctype": {
        "en": "{file}: a DOCTYPE (entity declarations) in a translator's file is refused"},
    "cli.po.not_xliff": {
        "en": "{file}: not an XLIFF file (its root is {root})"},
    "cli.po.xliff_version": {
        "en": "{file}: XLIFF {version}; this import reads XLIFF 1.2"},
    "cli.po.format": {
        "en": "{format}: not a format of the translator's file ({formats})"},
    "cli.po.not_catalogued": {
        "en": "{code}: not a language translated in catalogues ({languages}; English is the source, written inline)"},
    "cli.out.kind_socket": {
        "en": "a socket"},
    "cli.os.name_too_long": {
        "en": "File name too long"},
    "cli.os.io_error": {
        "en": "Input/output error"},
    "cli.os.invalid": {
        "en": "Invalid argument"},
    # the other reasons every write gives (files.write_reason)
    "cli.os.folder_missing": {
        "en": "the folder does not exist"},
    "cli.os.in_use": {
        "en": "the file is open in another program (close it there, then try again)"},
    "cli.os.too_large": {
        "en": "the file would be larger than this system allows (a file-size limit)"},
    # an output that could not be written, as files.refused_output writes the line (a write refused,
    # a place refused): the file, why, and which output; one line per output, so that each
    # language says "was not written" in agreement with what it names
    "cli.out.file": {
        "en": "{path}: {reason}; the file was not written"},
    "cli.out.report": {
        "en": "{path}: {reason}; the report was not written"},
    "cli.out.summary": {
        "en": "{path}: {reason}; the summary was not written"},
    "cli.out.workbook": {
        "en": "{path}: {reason}; the workbook was not written"},
    "cli.out.form": {
        "en": "{path}: {reason}; the form was not written"},
    "cli.out.package": {
        "en": "{path}: {reason}; the package was not written"},
    "cli.out.settings": {
        "en": "{path}: {reason}; the settings file was not written"},
    "cli.out.translator": {
        "en": "{path}: {reason}; the translator's file was not written"},
    "cli.out.backup_copy": {
        "en": "{path}: {reason}; the backup's copy was not written"},
    "cli.out.database_copy": {
        "en": "{path}: {reason}; the database's copy was not written"},
    "cli.out.files": {
        "en": "{path}: {reason}; the files were not written"},
    "cli.out.forms": {
        "en": "{path}: {reason}; the forms were not written"},
    "cli.out.institution_workbooks": {
        "en": "{path}: {reason}; the institutions' workbooks were not written"},
    "cli.out.analyst_files": {
        "en": "{path}: {reason}; the analyst's files were not written"},
    "cli.out.aggregation": {
        "en": "{path}: {reason}; nothing of the aggregation was written"},
    # why an output's place was refused, said as the reason of the lines above
    "cli.out.not_a_file": {
        "en": "is {kind}, not a file an output may replace"},
    "cli.out.not_a_folder": {
        "en": "is {kind}, not a folder"},
    "cli.out.kind_link": {
        "en": "a symbolic link"},
    "cli.out.kind_folder": {
        "en": "a folder"},
    "cli.out.kind_file": {
        "en": "a file"},
    "cli.out.kind_special": {
        "en": "a special file"},
    # an output that would destroy the database or its backups (services/outputs.py)
    "cli.out.is_database_file": {
        "en": "{path}: is {file} ({db}); an output never replaces it; choose another file"},
    "cli.out.side_database": {
        "en": "the database"},
    "cli.out.side_wal": {
        "en": "the database's -wal file"},
    "cli.out.side_shm": {
        "en": "the database's -shm file"},
    "cli.out.side_journal": {
        "en": "the database's -journal file"},
    "cli.out.side_lock": {
        "en": "the database's lock file"},
    "cli.out.side_damage": {
        "en": "the database's damage marker"},
    "cli.out.is_backup": {
        "en": "{path}: is a backup of the database ({backup}); an output never replaces it; choose another file"},
    "cli.out.in_backup_folder": {
        "en": "{path}: is in the backup folder of the database ({folder}); an output never goes there; choose "
              "another folder"},
    "cli.out.is_backup_folder": {
        "en": "{path}: is the backup folder of the database ({folder}); an output never goes there; choose "
              "another folder"},
    # SQLite's own, as storage/db._reason keeps them (a backup that could not be written)
    "cli.os.sqlite_io": {
        "en": "disk I/O error"},
    "cli.os.sqlite_locked": {
        "en": "database is locked"},
    "cli.os.sqlite_open": {
        "en": "unable to open database file"},
    "cli.db.lock_file": {
        "en": "{path}: cannot create the lock file ({detail})"},
    "cli.db.folder": {
        "en": "{path}: is a folder, not a database file"},
    "cli.db.not_file": {
        "en": "{path}: is {kind}, not a database file"},
    "cli.db.kind_fifo": {
        "en": "a FIFO (named pipe)"},
    "cli.db.kind_device": {
        "en": "a device"},
    "cli.db.kind_other": {
        "en": "not a regular file"},
    "cli.db.newer": {
        "en": "{path}: the database was written by a newer version of capacity-app (schema step {step}); update the "
              "application"},
    "cli.db.closed": {
        "en": "{path}: the database is closed"},
    "cli.db.read_only": {
        "en": "{path}: opened read-only"},
    "cli.planstore.order": {
        "en": "the new order of assessment {id}'s actions must name each of its {n} actions once"},
    "cli.planstore.twice": {
        "en": "the action id {id} is used twice in the new plan"},
    "cli.planstore.taken": {
        "en": "assessment {assessment} already has an action {id}"},
    "cli.docs.no_document": {
        "en": "no document with SHA-256 {sha256}"},
    "cli.docs.no_attachment": {
        "en": "assessment {assessment} has no attachment {id}"},
    "cli.proposal.none": {
        "en": "no proposal with id {id}"},
    "cli.db.no_evidence": {
        "en": "no evidence with id {id}"},
    # --- a form for the institutions that cannot be written (exchange/institutions/xlsform.py, xpath.py),
    # a reply's or a submission's cell refused (form.py, progress_reply.py, submissions.py)
    "cli.xlsform.quote": {
        "en": "{value}: a quote cannot be carried in the form's identity"},
    "cli.xlsform.language": {
        "en": "unknown language {code}"},
    "cli.xlsform.no_question": {
        "en": "the form would ask no question"},
    "cli.xlsform.list_twice": {
        "en": "two different choice lists would both be called {name}"},
    "cli.xlsform.pyxform": {
        "en": "pyxform refuses the form: {detail}"},
    "cli.xlsform.constraint": {
        "en": "{where}: its constraint cannot be written for ODK and Kobo: {detail}"},
    "cli.xlsform.relevance": {
        "en": "{where}: its relevance cannot be written for ODK and Kobo: {detail}"},
    "cli.xlsform.name_clash": {
        "en": "{field}: its name in the form, {name}, is also a question's id"},
    "cli.xlsform.no_cell": {
        "en": "{item}: no matrix cell {row} × {column} in the questionnaire"},
    "cli.xlsform.no_grid": {
        "en": "the questionnaire has no grid {grid} of institutions to credit the answers to"},
    "cli.xpath.quotes": {
        "en": "a text holding both kinds of quote cannot be written in XPath in {where}"},
    "cli.xpath.unknown_name": {
        "en": "${{{name}}} is neither asked in the form nor known to the mission in {text}"},
    "cli.xpath.function": {
        "en": "the function {name}() has no XPath equivalent here, in {text}"},
    "cli.xpath.text_compare": {
        "en": "{op} between texts compares them as text in the questionnaire but as numbers in XPath, in {text}"},
    "cli.xpath.date_compare": {
        "en": "{op} between a date and a number or a text in {text}"},
    "cli.reply.not_level": {
        "en": "{value} is not one of the levels ({levels})"},
    "cli.reply.not_date": {
        "en": "{value} is not a date: write it as YYYY-MM-DD"},
    "cli.reply.not_status": {
        "en": "{value} is not one of the statuses ({labels})"},
    "cli.reply.out_of_range": {
        "en": "{value} is out of range: write the number in digits, at most {n} digits before or after the point"},
    "cli.reply.not_number_write": {
        "en": "{value} is not a number: write digits, with a point for decimals"},
    "cli.reply.not_one_of": {
        "en": "{value} is not one of {codes}"},
    "cli.reply.not_whole": {
        "en": "{value} is not a whole number"},
    # --- a spreadsheet from outside refused by its reader (exchange/outside/reader.py)
    "cli.xlsx.not_date": {
        "en": "{value} is not a date this spreadsheet can show"},
    "cli.xlsx.negative_zero": {
        "en": "-0 is not a number a spreadsheet writes (a negative zero): write 0"},
    "cli.xlsx.too_large": {
        "en": "the number {start}… is too large"},
    "cli.xlsx.not_ref": {
        "en": "{value} is not a cell reference"},
    "cli.xlsx.ref_row": {
        "en": "the cell {cell} is written in row {row}"},
    "cli.xlsx.beyond_column": {
        "en": "{cell} is beyond the last column a spreadsheet has (XFD)"},
    "cli.xlsx.elements": {
        "en": "more than {n} XML elements"},
    "cli.xlsx.relationship_twice": {
        "en": "two relationships have the id {id}"},
    "cli.xlsx.element_in_text": {
        "en": "an element inside a cell's text"},
    "cli.xlsx.cell_elements": {
        "en": "the sheets hold more than {n} cell elements (refused: too large to read)"},
    "cli.xlsx.two_lists": {
        "en": "the sheet has two lists of cells (sheetData)"},
    "cli.xlsx.shared_reference": {
        "en": "refers to shared string {i}, but the workbook has {n}"},
    "cli.xlsx.boolean": {
        "en": "a true/false cell holds {value}"},
    "cli.xlsx.not_number": {
        "en": "{value} is not a number (write digits, one '.' and an optional exponent)"},
    "cli.xlsx.not_sst": {
        "en": "this is not a shared-string table"},
    "cli.xlsx.string_long": {
        "en": "shared string {i} is longer than a cell holds ({n} characters; possible shared-string bomb)"},
    "cli.xlsx.inline_value": {
        "en": "a value in an inline-string cell (its text belongs in <is>)"},
    "cli.xlsx.row_element": {
        "en": "an element {name} where a row belongs"},
    "cli.xlsx.not_sheet": {
        "en": "the part is not a worksheet"},
    "cli.xlsx.not_iso": {
        "en": "{value} is not an ISO 8601 date"},
    "cli.xlsx.not_workbook": {
        "en": "its root is not a SpreadsheetML workbook"},
    "cli.xlsx.format_id": {
        "en": "a number format has no valid id"},
    "cli.xlsx.strings_mb": {
        "en": "the shared strings hold more than {n} MB of text"},
    "cli.xlsx.cell_beyond": {
        "en": "a cell beyond the last column a spreadsheet has (XFD)"},
    "cli.xlsx.cell_type": {
        "en": "a cell of an unknown type {type}"},
    "cli.xlsx.row_order": {
        "en": "a row numbered {n} after row {last}"},
    "cli.xlsx.style_format": {
        "en": "a cell style has no valid number format id"},
    "cli.xlsx.strings_many": {
        "en": "more than {n} shared strings"},
    "cli.xlsx.two_values": {
        "en": "a cell with two values"},
    "cli.xlsx.inline_type": {
        "en": "inline text in a cell that is not of type inlineStr"},
    "cli.xlsx.cell_order": {
        "en": "a cell given twice, or out of order"},
    "cli.xlsx.damaged_part": {
        "en": "the workbook is damaged (part {part}: {reason})"},
    "cli.xlsx.part_refused": {
        "en": "part {part}: {reason} (refused)"},
    # --- the workbook's cells, a mapping file, an assessment package refused (exchange/workbook/)
    "cli.wb.yes_no": {
        "en": "{what} must be {yes}, {no} or empty, got {value}"},
    "cli.wb.vocabulary": {
        "en": "{coded} must be one of {shown}, got {value}"},
    "cli.wb.cell_too_long": {
        "en": "{cell}: the text takes {n} characters once written, more than a workbook cell holds ({most}); "
              "nothing was written (shorten it in the application)"},
    "cli.wb.not_again": {
        "en": "the workbook would not import again ({reason}): its answers, comments and evidence hold more text "
              "than a workbook carries; shorten the longest of them"},
    "cli.mapping.shape": {
        "en": "{path}: a mapping is a YAML mapping with {keys}"},
    "cli.mapping.unknown": {
        "en": "{path}: unknown entries {names}"},
    "cli.mapping.rename": {
        "en": "{path}: 'rename' maps old keys or item ids to new ones (text: text)"},
    "cli.mapping.recode": {
        "en": "{path}: 'recode' maps a key (pattern) to {{old code: new code}}"},
    "cli.mapping.archive": {
        "en": "{path}: 'archive' is a list of old keys (patterns allowed)"},
    "cli.mapping.versions": {
        "en": "{path}: each questionnaire id maps each version to a list of digests"},
    "cli.mapping.unreadable": {
        "en": "{path}: cannot read the mapping ({detail})"},
    "cli.mapping.versions_unreadable": {
        "en": "{path}: cannot read the recorded versions ({detail})"},
    "cli.package.invalid": {
        "en": "manifest.json is not valid: {why}"},
    "cli.package.not_json": {
        "en": "not UTF-8 JSON"},
    "cli.package.no_workbook": {
        "en": "no workbook.xlsx"},
    "cli.package.format": {
        "en": "its format is not {format}"},
    "cli.package.version": {
        "en": "version {version} (this application reads version {ours})"},
    "cli.package.missing": {
        "en": "assessment, members or attachments missing"},
    "cli.package.member_fields": {
        "en": "a member without a name, a SHA-256 or a size"},
    "cli.package.twice": {
        "en": "{name} listed twice"},
    "cli.package.attachment_fields": {
        "en": "an attachment without a target, a SHA-256 or a name"},
    "cli.package.long_field": {
        "en": "an attachment's {field} is longer than {n} characters"},
    "cli.package.attachment_twice": {
        "en": "attachment {name} to {target} listed twice"},
    "cli.package.attachment_problem": {
        "en": "attachment {name}: {problem}"},
    "cli.package.time": {
        "en": "attachment {name}: its time {at} {problem}"},
    "cli.package.member_name": {
        "en": "member {name} is neither {workbook} nor {documents}"},
    "cli.package.not_sha": {
        "en": "member {name} is not named by its SHA-256"},
    "cli.package.kind": {
        "en": "member {name} is not a kind that may be attached"},
    "cli.package.empty": {
        "en": "member {name} is an empty document (a document attached is never empty)"},
    # what a coded column's refusal names (exchange/workbook/vocab.py) and its optional codes
    "cli.wb.yes_no_codes": {
        "en": "{what} must be {yes}, {no} or empty (or {codes}), got {value}"},
    "cli.wb.vocabulary_codes": {
        "en": "{coded} must be one of {shown} (or the codes {codes}), got {value}"},
    "cli.vocab.status": {
        "en": "the status"},
    "cli.vocab.funding": {
        "en": "the funding source"},
    "cli.vocab.category": {
        "en": "the cost category"},
    "cli.vocab.pipeline": {
        "en": "the pipeline status (funding stage)"},
    "cli.vocab.kind": {
        "en": "the kind"},
    "cli.vocab.signs_for": {
        "en": "who the signatory signs for"},
    "cli.vocab.gap_type": {
        "en": "the gap type"},
    "cli.vocab.question_type": {
        "en": "the question type"},
    "cli.vocab.yes_no": {
        "en": "yes or no"},
    # --- a country's own language refused from its PO file (catalog/languages.py)
    "cli.po.no_header": {
        "en": "it does not start with a PO header (msgid \"\" then msgstr)"},
    "cli.po.not_code": {
        "en": "{code} is not a language code (two or three lower-case letters, ISO 639)"},
    "cli.po.known": {
        "en": "{code} is already a language of the application (its translations are imported with: {command})"},
    "cli.po.too_large": {
        "en": "the file is larger than 50 MB"},
    "cli.po.language": {
        "en": "its header says Language: {header}, its name says {code}"},
    "cli.po.not_locale": {
        "en": "X-Babel-Locale {locale} is not a locale (such as pt_MZ)"},
    "cli.po.locale_of": {
        "en": "X-Babel-Locale {locale} is not a locale of {code}"},
    "cli.po.direction": {
        "en": "X-Direction must be ltr or rtl, not {value}"},
    "cli.po.script": {
        "en": "X-Script must be an ISO 15924 code such as Latn or Geor, not {value}"},
    "cli.po.tag": {
        "en": "X-Language-Tag must be a BCP 47 tag such as pt-MZ, not {value}"},
    "cli.po.quotes": {
        "en": "X-Quotes must be two marks, the opening then the closing, not {value}"},
    "cli.po.not_utf8": {
        "en": "its header is not UTF-8 text"},
    "cli.po.cldr": {
        "en": "{code} (locale {locale}) is a language CLDR does not know"},
    "cli.po.name": {
        "en": "{what} must be a name of at most {n} characters, without control or direction characters"},
    # a catalogue left out at the start, its reason one of the above (catalog/languages.read_all)
    "cli.po.left_out": {
        "en": "left out: {reason}"},
    "wb.totals.category": {"en": "Cost category"},
    "wb.totals.year_category": {"en": "Year and cost category"},
    "wb.totals.year_source": {"en": "Year and funding source"},
    "wb.totals.no_category": {"en": "Category not given"},
    # --- "not applicable" refused (domain/applicability.py) -----------------------------------
    "na.not_allowed": {"en": "'not applicable' is not accepted for this question"},
    "na.not_in_row": {"en": "'not applicable' is accepted for this column only in the rows {rows}"},
    "na.condition": {
        "en": "'not applicable' is accepted only when {reason} (the answers given elsewhere, such as the migration profile, say otherwise)"},
    # --- country names no table has (catalog/countries.py) --------------------------------------
    "country.user_assigned": {"en": "User-assigned code {code}"},
    "country.XVL": {"en": "Republic of Veloria (fictional)"},
}


# The entries a declaration gives (``domain/plan/fields.py``: each declared text's and cost field's
# label ``wb.col.<header>`` and refusal's word ``cli.what.<name>``), key -> English, added to TEXTS
# by :func:`declare` when the declaration is imported (importing any module of ``domain.plan`` does):
# no entry is written for them above. Their translations are in the catalogues like every other's.
DECLARED: dict[str, str] = {}


def declare(english: dict[str, str]) -> None:
    """The entries ``english`` (key -> English) a declaration gives, added to TEXTS after the
    others (the catalogues list them in a part of their own). A key written above too (a word
    another part of the application names, such as "year") keeps its place and must have the
    same English."""
    for key, en in english.items():
        have = TEXTS.get(key)
        if have is not None and have["en"] != en:
            raise ValueError(f"{key}: declared with the English {en!r}, written in domain/texts.py as {have['en']!r}")
        if have is None or key in DECLARED:
            TEXTS[key] = {"en": en}
            DECLARED[key] = en


def text(key: str, lang: str = "en", **params: object) -> str:
    """The sentence ``key`` in ``lang`` (English while its translation is missing: the tests list
    those), with ``params`` filled in."""
    entry = TEXTS[key]
    template = entry.get(lang) or catalogue(lang).get(key, {}).get(lang) or entry["en"]
    return fill(template, **params) if params else template

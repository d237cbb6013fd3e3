"""The rules and email templates shipped with the app, installed switched off.

:func:`ensure_presets` installs them once per database (a setting remembers
it, so a preset the user deleted stays deleted). Their names and texts go
through ``translate`` (the window passes Qt's, so a Bengali shop gets them in
Bengali); one click in the Rules view switches a preset on.
"""

from __future__ import annotations

import json

from peewee import fn

from crm_desktop.automation.rules import RuleSpec, create_rule
from crm_desktop.db.models import AutomationRule, EmailTemplate, Pipeline, Setting, Stage, database_proxy
from crm_desktop.reports.text import QT_TRANSLATE_NOOP, Translate, no_translation
from crm_desktop.services.changes import Changes, Outcome

INSTALLED_SETTING = "automation_presets_installed"
CONTEXT = "Presets"

TEMPLATES = {
    "thank_you": (
        QT_TRANSLATE_NOOP("Presets", "Thank you for your purchase"),
        QT_TRANSLATE_NOOP("Presets", "Thank you, {first_name}!"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Dear {first_name},\n\nThank you for shopping with us. We hope you enjoy your purchase; "
            "if anything is not right, just reply to this email.\n\nWith thanks,\n{shop_name}",
        ),
    ),
    "birthday": (
        QT_TRANSLATE_NOOP("Presets", "Birthday greeting"),
        QT_TRANSLATE_NOOP("Presets", "Happy birthday, {first_name}!"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Dear {first_name},\n\nEveryone at {shop_name} wishes you a very happy birthday!\n\n"
            "Best wishes,\n{shop_name}",
        ),
    ),
    "complaint_ack": (
        QT_TRANSLATE_NOOP("Presets", "We received your complaint"),
        QT_TRANSLATE_NOOP("Presets", "We are looking into it: {ticket_subject}"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Dear {first_name},\n\nThank you for telling us about \u201c{ticket_subject}\u201d. "
            "We are sorry for the trouble and are looking into it now; we will get back to you soon.\n\n"
            "{shop_name}",
        ),
    ),
}


def _quote_stage() -> int | None:
    """The "Quote sent" stage of the first pipeline (else its third open stage)."""
    pipeline = Pipeline.select().order_by(Pipeline.position, Pipeline.id).first()
    if pipeline is None:
        return None
    open_stages = list(
        Stage.select()
        .where((Stage.pipeline == pipeline.id) & (Stage.kind == "open"))
        .order_by(Stage.position)
    )
    named = [s for s in open_stages if "quote" in s.name.lower()]
    chosen = named[0] if named else (open_stages[2] if len(open_stages) > 2 else None)
    return chosen.id if chosen else None


def _template(key: str, tr: Translate) -> int:
    existing = EmailTemplate.get_or_none(EmailTemplate.preset == key)
    if existing is not None:
        return int(existing.id)
    name, subject, body = (tr(CONTEXT, text) for text in TEMPLATES[key])
    if EmailTemplate.select().where(fn.lower(EmailTemplate.name) == name.lower()).exists():
        name = f"{name} ({key})"
    return int(EmailTemplate.create(name=name, subject=subject, body=body, preset=key).id)


def _rules(tr: Translate) -> dict[str, RuleSpec]:
    def t(text: str) -> str:
        return tr(CONTEXT, text)

    rules = {
        "thank_you_email": RuleSpec(
            t(QT_TRANSLATE_NOOP("Presets", "Thank-you email after a purchase")),
            "purchase_recorded",
            actions=[{"type": "send_email", "template_id": _template("thank_you", tr)}],
        ),
        "no_contact_30": RuleSpec(
            t(QT_TRANSLATE_NOOP("Presets", "No contact for 30 days \u2192 call task")),
            "no_interaction",
            {"days": 30},
            actions=[
                {
                    "type": "create_task",
                    "title": t(QT_TRANSLATE_NOOP("Presets", "Call {name}")),
                    "due_days": 0,
                }
            ],
        ),
        "birthday_greeting": RuleSpec(
            t(QT_TRANSLATE_NOOP("Presets", "Birthday greeting")),
            "birthday",
            {"days_before": 0},
            actions=[{"type": "send_email", "template_id": _template("birthday", tr)}],
        ),
        "complaint_ack": RuleSpec(
            t(QT_TRANSLATE_NOOP("Presets", "Acknowledge a complaint")),
            "ticket_opened",
            {"kind": "complaint"},
            actions=[{"type": "send_email", "template_id": _template("complaint_ack", tr)}],
        ),
    }
    stage_id = _quote_stage()
    if stage_id is not None:
        rules["quote_follow_up"] = RuleSpec(
            t(QT_TRANSLATE_NOOP("Presets", "Follow up 3 days after a quote")),
            "deal_stage_entered",
            {"stage_id": stage_id},
            actions=[
                {
                    "type": "create_task",
                    "title": t(QT_TRANSLATE_NOOP("Presets", "Follow up on the quote: {deal_title}")),
                    "due_days": 3,
                }
            ],
        )
    return rules


def localize_presets(translate: Translate) -> Outcome[int]:
    """Say the presets in the window's language where they still read as shipped in English.

    A database made in English (the demo, the command line) and opened in a Bengali window
    would otherwise show English rule names, task titles and emails. Only a text nobody
    changed is replaced: a rule or template the user edited keeps its words. Returns how
    many rules and templates changed.
    """
    english = _rules_without_templates(no_translation)
    local = _rules_without_templates(translate)
    changed = 0
    with database_proxy.atomic():
        for rule in AutomationRule.select().where(AutomationRule.preset.in_(list(english))):
            key = str(rule.preset)
            name, actions = str(rule.name), str(rule.actions)
            if name == english[key][0] and local[key][0] != name:
                name = local[key][0]
            title_en, title_local = english[key][1], local[key][1]
            if title_en and title_local and title_en != title_local:
                parsed = json.loads(actions)
                for action in parsed:
                    if action.get("type") == "create_task" and action.get("title") == title_en:
                        action["title"] = title_local
                actions = json.dumps(parsed, ensure_ascii=False)
            if (name, json.loads(actions)) != (str(rule.name), json.loads(str(rule.actions))):
                AutomationRule.update(name=name, actions=actions).where(
                    AutomationRule.id == rule.id
                ).execute()
                changed += 1
        for template in EmailTemplate.select().where(EmailTemplate.preset.in_(list(TEMPLATES))):
            shipped = TEMPLATES[str(template.preset)]
            now = (str(template.name), str(template.subject), str(template.body))
            if now != shipped:
                continue  # edited (or already in another language): left as it is
            said = tuple(translate(CONTEXT, text) for text in shipped)
            taken = (
                EmailTemplate.select()
                .where((fn.lower(EmailTemplate.name) == said[0].lower()) & (EmailTemplate.id != template.id))
                .exists()
            )
            if said != now and not taken:
                EmailTemplate.update(name=said[0], subject=said[1], body=said[2]).where(
                    EmailTemplate.id == template.id
                ).execute()
                changed += 1
    return Outcome(changed, Changes.of("rule", "email") if changed else Changes())


def _rules_without_templates(tr: Translate) -> dict[str, tuple[str, str]]:
    """Each preset rule's (name, task title or ""), said through ``tr``."""

    def t(text: str) -> str:
        return tr(CONTEXT, text)

    return {
        "thank_you_email": (t("Thank-you email after a purchase"), ""),
        "no_contact_30": (t("No contact for 30 days \u2192 call task"), t("Call {name}")),
        "birthday_greeting": (t("Birthday greeting"), ""),
        "complaint_ack": (t("Acknowledge a complaint"), ""),
        "quote_follow_up": (t("Follow up 3 days after a quote"), t("Follow up on the quote: {deal_title}")),
    }


def ensure_presets(translate: Translate = no_translation) -> Outcome[int]:
    """Install the preset rules (off) and their templates once; returns how many rules were added."""
    if Setting.get_or_none(Setting.key == INSTALLED_SETTING) is not None:
        return Outcome(0, Changes())
    added = 0
    with database_proxy.atomic():
        for key, spec in _rules(translate).items():
            if not AutomationRule.select().where(AutomationRule.preset == key).exists():
                create_rule(spec, enabled=False, preset=key)
                added += 1
        Setting.insert(key=INSTALLED_SETTING, value="1").on_conflict_replace().execute()
    return Outcome(added, Changes.of("rule", "email"))

"""Saved email templates: create, edit, delete, list."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import IntegrityError, fn

from crm_desktop.db.models import EmailTemplate, database_proxy
from crm_desktop.email import templates
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

NO_TEMPLATE = QT_TRANSLATE_NOOP("InputRules", "email template {id} does not exist")
LINE_TOO_LONG = QT_TRANSLATE_NOOP("InputRules", "is longer than 255 characters")
TEMPLATE_NEEDS_NAME = QT_TRANSLATE_NOOP("InputRules", "a template needs a name")
TEMPLATE_EXISTS = QT_TRANSLATE_NOOP("InputRules", "there is already a template called '{name}'")


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    subject: str
    body: str


def _row(t: EmailTemplate) -> TemplateRow:
    return TemplateRow(t.id, t.name, t.subject, t.body)


def list_templates() -> list[TemplateRow]:
    return [_row(t) for t in EmailTemplate.select().order_by(fn.lower(EmailTemplate.name))]


def get_template(template_id: int) -> TemplateRow:
    row = EmailTemplate.get_or_none(EmailTemplate.id == template_id)
    if row is None:
        raise NotFoundError(NO_TEMPLATE.format(id=template_id))
    return _row(row)


def save_template(name: str, subject: str, body: str, template_id: int | None = None) -> Outcome[int]:
    """Create (``template_id`` None) or change a template; unknown placeholders are refused."""
    errors = [FieldError(f, LINE_TOO_LONG) for f, v in (("name", name), ("subject", subject)) if len(v) > 255]
    if not name.strip():
        errors.append(FieldError("name", TEMPLATE_NEEDS_NAME))
    if not subject.strip():
        errors.append(FieldError("subject", input_rules.EMAIL_NEEDS_SUBJECT))
    if not body.strip():
        errors.append(FieldError("body", input_rules.EMAIL_EMPTY))
    try:
        templates.check(subject=subject, body=body)
    except ValidationError as exc:
        errors += exc.errors
    if errors:
        raise ValidationError(errors)
    values = {"name": name.strip(), "subject": subject.strip(), "body": body.strip(), "updated_at": utcnow()}
    try:
        with database_proxy.atomic():
            if template_id is None:
                template_id = EmailTemplate.create(**values).id
            elif not EmailTemplate.update(**values).where(EmailTemplate.id == template_id).execute():
                raise NotFoundError(NO_TEMPLATE.format(id=template_id))
    except IntegrityError as exc:
        raise ValidationError.single("name", TEMPLATE_EXISTS.format(name=name.strip())) from exc
    return Outcome(template_id, Changes.of("email"))


def delete_template(template_id: int) -> Outcome[int]:
    EmailTemplate.delete().where(EmailTemplate.id == template_id).execute()
    return Outcome(template_id, Changes.of("email"))

"""Saved email templates: create, edit, delete, list."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import IntegrityError, fn

from crm_desktop.db.models import EmailTemplate, database_proxy
from crm_desktop.email import templates
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow


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
        raise NotFoundError(f"email template {template_id} does not exist")
    return _row(row)


def save_template(name: str, subject: str, body: str, template_id: int | None = None) -> Outcome[int]:
    """Create (``template_id`` None) or change a template; unknown placeholders are refused."""
    errors = [
        FieldError(f, "is longer than 255 characters")
        for f, v in (("name", name), ("subject", subject))
        if len(v) > 255
    ]
    if not name.strip():
        errors.append(FieldError("name", "a template needs a name"))
    if not subject.strip():
        errors.append(FieldError("subject", "an email needs a subject"))
    if not body.strip():
        errors.append(FieldError("body", "the email is empty"))
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
                raise NotFoundError(f"email template {template_id} does not exist")
    except IntegrityError as exc:
        raise ValidationError.single("name", f"there is already a template called '{name.strip()}'") from exc
    return Outcome(template_id, Changes.of("email"))


def delete_template(template_id: int) -> Outcome[int]:
    EmailTemplate.delete().where(EmailTemplate.id == template_id).execute()
    return Outcome(template_id, Changes.of("email"))

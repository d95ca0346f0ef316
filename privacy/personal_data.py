"""What Wagtail itself keeps about supporters: audit-log labels and data, and form submissions."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from wagtail.models import ModelLogEntry, PageLogEntry

from privacy.registry import eraser, personal_data_models, purger


def _mentions(model, email):
    return model.objects.annotate(data_text=Cast("data", TextField())).filter(
        Q(label__icontains=email) | Q(data_text__icontains=email)
    )


def neutral_log_labels():
    """Log entries about personal-data rows are labelled "Signature 12", never with the person's name."""
    changed = 0
    for model in personal_data_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        entries = ModelLogEntry.objects.filter(content_type=content_type).only("pk", "object_id", "label")
        for entry in entries:
            label = f"{model._meta.verbose_name} {entry.object_id}"
            if entry.label != label:
                ModelLogEntry.objects.filter(pk=entry.pk).update(label=label)
                changed += 1
    return changed


@eraser("admin history")
def erase(email):
    email = email.strip()
    count = 0
    for model in (ModelLogEntry, PageLogEntry):
        count += _mentions(model, email).update(label="(erased)", data={})
    labels = neutral_log_labels()
    return {"admin log entries naming the email cleared": count, "log labels made neutral": labels}


@purger("admin history")
def purge(now):
    return {"log labels of supporters' records made neutral": neutral_log_labels()}

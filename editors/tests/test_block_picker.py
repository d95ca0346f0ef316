"""The block picker: plain labels that cannot be confused, and a description and a preview for every block."""

import re

import pytest
from django.urls import reverse

from editors.tests.streams import pickers


def _norm(label):
    return re.sub(r"[^a-z0-9 ]", "", str(label).lower()).strip()


PICKERS = list(pickers())


def test_every_stream_field_is_checked():
    names = {where for where, _block in PICKERS}
    assert {"CampaignPage.body", "WeeklyActionsPage.actions", "CallScriptPage.bills", "HomePage.body"} <= names


@pytest.mark.parametrize(("where", "stream"), PICKERS, ids=[where for where, _ in PICKERS])
def test_labels_in_one_picker_are_distinct_and_none_is_a_cut_down_other(where, stream):
    labels = [_norm(child.label) for child in stream.child_blocks.values()]
    assert len(labels) == len(set(labels)), f"{where}: duplicate labels {labels}"
    for label in labels:
        others = [other for other in labels if other != label and other.startswith(label)]
        assert not others, f"{where}: “{label}” reads like the start of {others}"
    assert not any(label in {"faq", "cta", "call to act"} for label in labels), f"{where}: jargon in {labels}"


@pytest.mark.parametrize(("where", "stream"), PICKERS, ids=[where for where, _ in PICKERS])
def test_every_block_has_icon_description_and_preview(where, stream):
    for name, child in stream.child_blocks.items():
        assert child.meta.icon and child.meta.icon != "placeholder", f"{where}.{name} has no icon"
        assert str(child.get_description()).strip(), f"{where}.{name} has no description"
        assert child.is_previewable, f"{where}.{name} has no preview"


@pytest.mark.django_db
def test_every_preview_renders_in_the_sites_own_styles(admin_client):
    for where, stream in PICKERS:
        for name, child in stream.child_blocks.items():
            response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": child.definition_prefix})
            html = response.content.decode()
            assert response.status_code == 200, f"{where}.{name}"
            assert "css/site.css" in html, f"{where}.{name} preview lacks the site's styles"
            body = re.sub(r"<[^>]+>", " ", html.split("<main>", 1)[1])
            assert len(body.split()) >= 2, f"{where}.{name} preview shows nothing: {html[-400:]}"

"""The email provider's tracking webhooks (django-anymail): bounces, complaints and unsubscribes stop the sending.

Payloads follow the providers' documented examples (as in django-anymail's own tests); each request is
authenticated the way production requires: the shared basic-auth secret, plus Mailgun's HMAC signature.
"""

import base64
import hashlib
import hmac
import json
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from config.urls import provider_webhook_urls
from newsletter.factories import SubscriberFactory
from newsletter.models import Delivery, Subscriber
from updates.factories import WeeklyActionsIndexPageFactory, WeeklyActionsPageFactory

SECRET = "amparo:webhook-test-secret"  # config/settings/test.py
MAILGUN_SIGNING_KEY = "mailgun-test-signing-key"
AUTH = {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(SECRET.encode()).decode()}


def post_json(client, esp, payload, auth=AUTH, content_type="application/json", **headers):
    return client.post(
        f"/anymail/{esp}/tracking/", data=json.dumps(payload), content_type=content_type, **auth, **headers
    )


def postmark_bounce(email, kind="HardBounce"):
    return {
        "RecordType": "Bounce",
        "ID": 901542550,
        "Type": kind,
        "TypeCode": 1,
        "Name": "Hard bounce",
        "MessageID": "2706ee8a-737c-4285-b032-ccd317af53ed",
        "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": email,
        "From": "hello@example.org",
        "BouncedAt": "2026-11-17T16:28:50.3963933-04:00",
        "Inactive": True,
        "Subject": "Take Action Now",
    }


def mailgun_signed(event_data, key=MAILGUN_SIGNING_KEY):
    token, timestamp = "1234567890abcdef1234567890abcdef", "1763400000"
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {"signature": {"token": token, "timestamp": timestamp, "signature": signature}, "event-data": event_data}


def mailgun_failed(email, severity="permanent"):
    return {
        "event": "failed",
        "severity": severity,
        "reason": "bounce" if severity == "permanent" else "generic",
        "recipient": email,
        "timestamp": 1763400000.389832,
        "message": {"headers": {"to": email, "message-id": "20261117.1.0DF563D0B3597700@example.org"}},
        "delivery-status": {
            "code": 550 if severity == "permanent" else 498,
            "description": "",
            "message": "5.1.1 The email account that you tried to reach does not exist.",
        },
    }


def sns_post(client, ses_event, auth=AUTH):
    message = {
        "Type": "Notification",
        "MessageId": "19ba9823-d7f2-53c1-860e-cb10e0d13dfc",
        "TopicArn": "arn:aws:sns:us-east-1:1234567890:SES_Events",
        "Message": json.dumps(ses_event),
        "Timestamp": "2026-11-17T17:58:59.675Z",
        "SignatureVersion": "1",
        "Signature": "EXAMPLE-SIGNATURE==",
    }
    return post_json(
        client,
        "amazon_ses",
        message,
        auth=auth,
        content_type="text/plain; charset=UTF-8",
        HTTP_X_AMZ_SNS_MESSAGE_ID=message["MessageId"],
        HTTP_X_AMZ_SNS_MESSAGE_TYPE="Notification",
    )


def ses_bounce(email, bounce_type="Permanent"):
    return {
        "notificationType": "Bounce",
        "bounce": {
            "bounceType": bounce_type,
            "bounceSubType": "General",
            "bouncedRecipients": [{"emailAddress": email, "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
            "timestamp": "2026-11-17T14:59:44.101Z",
            "feedbackId": "00000138111222aa-44455566-cccc-cccc-cccc-ddddaaaa068a-000000",
        },
        "mail": {"messageId": "0000013811-33322211", "destination": [email], "headers": []},
    }


def ses_complaint(email):
    return {
        "notificationType": "Complaint",
        "complaint": {
            "complainedRecipients": [{"emailAddress": email}],
            "complaintFeedbackType": "abuse",
            "timestamp": "2026-11-17T14:59:44.101Z",
            "feedbackId": "0000013786031775-fea503bc-7497-49e1-881b-a0379bb037d3-000000",
        },
        "mail": {"messageId": "0000013811-33322211", "destination": [email], "headers": []},
    }


def status_of(subscriber):
    subscriber.refresh_from_db()
    return subscriber.status


@pytest.mark.django_db
def test_a_postmark_hard_bounce_stops_sending_and_keeps_the_reason(client):
    subscriber = SubscriberFactory(email="gone@example.org")

    response = post_json(client, "postmark", postmark_bounce("Gone@Example.org"))

    assert response.status_code == 200
    assert status_of(subscriber) == Subscriber.Status.BOUNCED
    assert subscriber.status_reason.startswith("Postmark hard bounce: The server was unable to deliver")
    assert subscriber.unsubscribed_at is not None


@pytest.mark.django_db
def test_a_postmark_soft_bounce_changes_nothing(client):
    subscriber = SubscriberFactory(email="full-mailbox@example.org")

    assert post_json(client, "postmark", postmark_bounce(subscriber.email, kind="SoftBounce")).status_code == 200

    assert status_of(subscriber) == Subscriber.Status.CONFIRMED


@pytest.mark.django_db
def test_postmark_spam_complaint_and_unsubscribe(client):
    complainer = SubscriberFactory(email="spam@example.org")
    leaver = SubscriberFactory(email="leaver@example.org")
    complaint = {**postmark_bounce(complainer.email), "RecordType": "SpamComplaint", "Type": "SpamComplaint"}
    unsubscribe = {
        "RecordType": "SubscriptionChange",
        "MessageID": "a4909a96-73d7-4c49-b148-a54522d3f7ac",
        "ChangedAt": "2026-11-17T17:17:32Z",
        "Recipient": leaver.email,
        "Origin": "Recipient",
        "SuppressSending": True,
        "SuppressionReason": "ManualSuppression",
    }

    assert post_json(client, "postmark", complaint).status_code == 200
    assert post_json(client, "postmark", unsubscribe).status_code == 200

    assert status_of(complainer) == Subscriber.Status.COMPLAINED
    assert complainer.status_reason.startswith("Postmark spam complaint")
    assert status_of(leaver) == Subscriber.Status.UNSUBSCRIBED
    assert leaver.status_reason == "Postmark unsubscribed at the provider: unsubscribed"


@pytest.mark.django_db
def test_a_webhook_without_the_shared_secret_is_refused(client):
    subscriber = SubscriberFactory(email="target@example.org")
    wrong = {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(b"amparo:guess").decode()}

    assert post_json(client, "postmark", postmark_bounce(subscriber.email), auth={}).status_code == 400
    assert post_json(client, "postmark", postmark_bounce(subscriber.email), auth=wrong).status_code == 400

    assert status_of(subscriber) == Subscriber.Status.CONFIRMED


@pytest.mark.django_db
def test_signed_mailgun_events(client):
    bounced = SubscriberFactory(email="invalid@example.org")
    deferred = SubscriberFactory(email="slow@example.org")
    complainer = SubscriberFactory(email="complainer@example.org")
    leaver = SubscriberFactory(email="leaver@example.org")

    for event_data in [
        mailgun_failed(bounced.email),
        mailgun_failed(deferred.email, severity="temporary"),
        {"event": "complained", "recipient": complainer.email, "timestamp": 1763400000.0},
        {"event": "unsubscribed", "recipient": leaver.email, "timestamp": 1763400000.0},
    ]:
        assert post_json(client, "mailgun", mailgun_signed(event_data)).status_code == 200

    assert status_of(bounced) == Subscriber.Status.BOUNCED
    assert "5.1.1 The email account that you tried to reach does not exist" in bounced.status_reason
    assert status_of(deferred) == Subscriber.Status.CONFIRMED
    assert status_of(complainer) == Subscriber.Status.COMPLAINED
    assert status_of(leaver) == Subscriber.Status.UNSUBSCRIBED


@pytest.mark.django_db
def test_a_mailgun_event_with_a_forged_signature_is_refused(client):
    subscriber = SubscriberFactory(email="target@example.org")

    response = post_json(client, "mailgun", mailgun_signed(mailgun_failed(subscriber.email), key="not-the-key"))

    assert response.status_code == 400
    assert status_of(subscriber) == Subscriber.Status.CONFIRMED


@pytest.mark.django_db
def test_amazon_ses_bounces_and_complaints(client):
    bounced = SubscriberFactory(email="jane@example.org")
    transient = SubscriberFactory(email="away@example.org")
    complainer = SubscriberFactory(email="angry@example.org")

    assert sns_post(client, ses_bounce(bounced.email)).status_code == 200
    assert sns_post(client, ses_bounce(transient.email, bounce_type="Transient")).status_code == 200
    assert sns_post(client, ses_complaint(complainer.email)).status_code == 200

    assert status_of(bounced) == Subscriber.Status.BOUNCED
    assert bounced.status_reason == "Amazon SES hard bounce: Permanent: General"
    assert status_of(transient) == Subscriber.Status.CONFIRMED
    assert status_of(complainer) == Subscriber.Status.COMPLAINED
    # Amazon SNS only sends credentials after a 401 challenge.
    assert sns_post(client, ses_bounce(transient.email), auth={}).status_code == 401
    assert status_of(transient) == Subscriber.Status.CONFIRMED


@pytest.mark.django_db
def test_events_for_unknown_addresses_are_accepted_and_store_nothing(client):
    assert post_json(client, "postmark", postmark_bounce("stranger@example.org")).status_code == 200
    assert not Subscriber.objects.exists()


@pytest.mark.django_db
def test_nothing_more_is_sent_after_a_bounce(client, home_page):
    index = WeeklyActionsIndexPageFactory(parent=home_page)
    issue = WeeklyActionsPageFactory(parent=index)
    stays, bounces = SubscriberFactory(email="stays@example.org"), SubscriberFactory(email="bounces@example.org")
    # The issue was queued (one delivery each) before the bounce arrived, and goes out afterwards.
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        call_command("send_weekly_actions", stdout=StringIO())
    post_json(client, "postmark", postmark_bounce(bounces.email))

    call_command("send_weekly_actions", stdout=StringIO())

    assert [message.to for message in mail.outbox] == [[stays.email]]
    statuses = dict(Delivery.objects.filter(issue=issue).values_list("subscriber__email", "status"))
    assert statuses == {stays.email: Delivery.Status.SENT, bounces.email: Delivery.Status.SKIPPED}


@pytest.mark.django_db
def test_signing_up_again_after_a_bounce_needs_a_fresh_confirmation(client):
    subscriber = SubscriberFactory(email="back@example.org")
    post_json(client, "postmark", postmark_bounce(subscriber.email))

    response = client.post(
        "/newsletter/signup/", {"email": subscriber.email, "name": "Ana", "zip_code": "", "language": "en"}
    )

    assert response.status_code == 302
    assert status_of(subscriber) == Subscriber.Status.PENDING
    assert subscriber.status_reason == ""
    assert [message.to for message in mail.outbox] == [[subscriber.email]]


def test_the_webhooks_are_not_mounted_without_a_shared_secret():
    with override_settings(ANYMAIL={}):
        assert provider_webhook_urls() == []
    assert [str(pattern.pattern) for pattern in provider_webhook_urls()] == ["anymail/"]


@pytest.mark.django_db
def test_editors_see_why_sending_stopped(client, admin_client):
    subscriber = SubscriberFactory(email="gone@example.org")
    post_json(client, "postmark", postmark_bounce(subscriber.email))

    listing = admin_client.get("/admin/snippets/newsletter/subscriber/?status=bounced")
    edit = admin_client.get(f"/admin/snippets/newsletter/subscriber/edit/{subscriber.pk}/")

    assert listing.status_code == 200 and "gone@example.org" in listing.content.decode()
    assert "Address bounced" in listing.content.decode()
    assert edit.status_code == 200
    assert "Postmark hard bounce: The server was unable to deliver your message" in edit.content.decode()

"""Sign-up, confirmation (GET shows a button, only POST confirms) and unsubscribe (one click, RFC 8058)."""

from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.ratelimit import rate_limit
from newsletter.forms import SignupForm
from newsletter.models import Subscriber
from newsletter.subscriptions import request_subscription
from newsletter.tokens import InvalidToken, read_confirm_token, read_unsubscribe_token


@require_http_methods(["GET", "POST"])
@rate_limit("newsletter-signup", "NEWSLETTER_SIGNUP_RATE")
def signup(request):
    if request.method == "GET":
        return render(request, "newsletter/signup_page.html", {"form": SignupForm(auto_id="signup-%s")})

    form = SignupForm(request.POST, auto_id="signup-%s")
    if form.is_bot():
        return redirect("newsletter:thanks")  # looks like success; stores nothing
    if not form.is_valid():
        return render(request, "newsletter/signup_page.html", {"form": form}, status=400)

    data = form.cleaned_data
    request_subscription(data["email"], data["name"], data["zip_code"], data["language"])
    # The same answer whether or not the address was already on the list: nobody learns who subscribes.
    return redirect("newsletter:thanks")


def thanks(request):
    return render(request, "newsletter/thanks.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        key = read_confirm_token(token)
    except InvalidToken as error:
        return _invalid_link(request, expired=error.expired)
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None or subscriber.status in Subscriber.STOPPED:
        return _invalid_link(request)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return render(request, "newsletter/confirmed.html", {"already": True})
    if request.method == "GET":
        # Link scanners follow GET links: showing the button confirms nothing.
        return render(request, "newsletter/confirm.html", {"token": token})
    Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.CONFIRMED, confirmed_at=timezone.now(), unsubscribed_at=None
    )
    return render(request, "newsletter/confirmed.html", {"already": False})


@csrf_exempt  # RFC 8058: mail providers POST "List-Unsubscribe=One-Click" with no cookie; the signed URL is the proof.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        key = read_unsubscribe_token(token)
    except InvalidToken:
        return _invalid_link(request)
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        # The person was removed entirely: they are not subscribed, which is what they asked for.
        return render(request, "newsletter/unsubscribed.html")
    if request.method == "GET":
        already = subscriber.status == Subscriber.Status.UNSUBSCRIBED
        return render(request, "newsletter/unsubscribe.html", {"token": token, "already": already})
    subscriber.unsubscribe()
    return render(request, "newsletter/unsubscribed.html")


def _invalid_link(request, expired=False):
    return render(request, "newsletter/invalid_link.html", {"expired": expired}, status=400)

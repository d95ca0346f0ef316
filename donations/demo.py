"""Demo content: the donate page in English and Spanish, wired to the header's Donate button."""

from django.conf import settings
from django.utils import timezone
from wagtail.models import Site

from donations.factories import DonatePageFactory
from home.demo_tools import ensure_child, ensure_translation
from home.models import OrganisationSettings

THANK_YOU_EN = (
    "<p>Every gift goes to bond funds, rides to court and know-your-rights trainings run by our members. "
    "If you give monthly, you can change or cancel your gift at any time.</p>"
)
THANK_YOU_ES = (
    "<p>Cada donación se destina a fondos de fianza, traslados a la corte y talleres de conozca sus derechos "
    "que dirigen nuestros miembros. Si dona cada mes, puede cambiar o cancelar su donación cuando quiera.</p>"
)
BODY_EN = [
    (
        "faq",
        {
            "title": "About giving",
            "items": [
                {
                    "question": "Is my gift tax-deductible?",
                    "answer": "<p>Yes. Our fiscal sponsor sends a receipt you can use for your taxes.</p>",
                },
                {
                    "question": "Who sees my card details?",
                    "answer": "<p>Only Stripe, our payment processor. We keep your name, email and the amount.</p>",
                },
            ],
        },
    )
]
BODY_ES = [
    (
        "faq",
        {
            "title": "Sobre las donaciones",
            "items": [
                {
                    "question": "¿Mi donación es deducible de impuestos?",
                    "answer": "<p>Sí. Nuestro patrocinador fiscal le envía un recibo para sus impuestos.</p>",
                },
                {
                    "question": "¿Quién ve los datos de mi tarjeta?",
                    "answer": "<p>Solo Stripe, nuestro procesador de pagos. Guardamos su nombre, correo y monto.</p>",
                },
            ],
        },
    )
]


def load(ctx):
    donate = ensure_child(
        ctx["home_en"],
        DonatePageFactory,
        "donate",
        title="Donate",
        intro="Just $5 or $10 from each of you keeps families together. Give once or every month.",
        thank_you_text=THANK_YOU_EN,
        body=BODY_EN,
    )
    donate_es = ensure_translation(
        donate,
        ctx["locale_es"],
        title="Donar",
        slug="donar",
        intro="Solo $5 o $10 de cada uno de ustedes mantiene unidas a las familias. Done una vez o cada mes.",
        thank_you_text=THANK_YOU_ES,
        body=BODY_ES,
    )
    ctx["donate_page"], ctx["donate_page_es"] = donate, donate_es

    site = Site.objects.get(root_page=ctx["home_en"])
    organisation = OrganisationSettings.for_site(site)
    if not organisation.donate_page_id:
        organisation.donate_page = donate
        organisation.save()


DEMO_GIFTS = [5, 10, 10, 25, 5, 50, 10, 100, 20, 5]


def finish(ctx):
    """A few test gifts to the demo campaign, paid through the offline checkout's own fulfilment code."""
    from donations.checkout import OFFLINE_SESSION_PREFIX, offline_session
    from donations.fulfilment import fulfil_checkout_session
    from donations.models import Donation

    campaign = ctx.get("campaign")
    if not settings.DONATIONS_OFFLINE_CHECKOUT:
        return  # never record made-up gifts where real money is counted
    if campaign is None or Donation.objects.filter(campaign_id=campaign.pk).exists():
        return
    for dollars in DEMO_GIFTS:
        donation = Donation.objects.create(
            amount=dollars * 100,
            currency="usd",
            campaign_id=campaign.pk,
            donate_page=ctx["donate_page"],
            language="en",
            receipt_sent_at=timezone.now(),  # made-up gifts: no receipts printed by `make run`
        )
        donation.stripe_checkout_session_id = f"{OFFLINE_SESSION_PREFIX}{donation.id.hex}"
        donation.save(update_fields=["stripe_checkout_session_id"])
        fulfil_checkout_session(offline_session(donation))

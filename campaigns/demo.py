"""Demo content: a #FreeThemAll campaign with a petition, an organisations' letter, a day of action and signers.

Sets ctx["campaign_index"], ctx["campaign"], ctx["campaign_es"] and ctx["petition"] for the apps that follow.
"""

import datetime
import zoneinfo

from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, EventPageFactory, PetitionPageFactory
from campaigns.models import Signature
from home.demo import add_menu_link
from home.demo_tools import ensure_child, ensure_image, ensure_translation

CAMPAIGN_BODY = [
    ("heading", {"text": "Why now", "level": "h2"}),
    (
        "paragraph",
        "<p>Detention centres pack people into shared cells and dormitories with little soap, little "
        "ventilation and slow medical care. When an infection gets in, it spreads to the people held there, to the "
        "staff and to the towns around them. Release is the only safe public-health answer.</p>"
        "<p>We are asking for three things: release people from immigration detention, make testing and treatment "
        "available to everyone without fear of arrest, and move money from enforcement to community care.</p>",
    ),
    (
        "quote",
        {
            "quote": "My brother has asthma and shares a room with forty men. Every day he is inside is a risk.",
            "attribution": "A family member in our accompaniment programme",
        },
    ),
    ("heading", {"text": "How you can help this week", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Sign the petition and ask three friends to do the same.</li>"
        "<li>If you are part of a congregation, union or community group, add its name to the sign-on letter.</li>"
        "<li>Join the national day of action and write to your two senators and your representative.</li></ul>",
    ),
]

CAMPAIGN_BODY_ES = [
    ("heading", {"text": "Por qué ahora", "level": "h2"}),
    (
        "paragraph",
        "<p>Los centros de detención amontonan a las personas en celdas y dormitorios compartidos, con poco "
        "jabón, poca ventilación y una atención médica lenta. Cuando entra una infección, se propaga a las personas "
        "detenidas, al personal y a los pueblos de alrededor. La liberación es la única respuesta segura.</p>"
        "<p>Pedimos tres cosas: liberar a las personas en detención migratoria, garantizar pruebas y tratamiento "
        "para todos sin miedo a ser arrestados, y pasar el dinero de la aplicación de la ley al cuidado de la "
        "comunidad.</p>",
    ),
    (
        "quote",
        {
            "quote": "Mi hermano tiene asma y comparte un cuarto con cuarenta hombres. Cada día que pasa adentro es "
            "un riesgo.",
            "attribution": "Un familiar en nuestro programa de acompañamiento",
        },
    ),
    ("heading", {"text": "Cómo puede ayudar esta semana", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Firme la petición y pida a tres amistades que hagan lo mismo.</li>"
        "<li>Si forma parte de una congregación, un sindicato o un grupo comunitario, sume su nombre a la carta "
        "colectiva.</li>"
        "<li>Súmese al día nacional de acción y escriba a sus dos senadores y a su representante.</li></ul>",
    ),
]

PETITION_TEXT = (
    "<p>We, the undersigned, call on Immigration and Customs Enforcement to suspend all enforcement operations "
    "while the health emergency lasts, and to release the people in its custody so they can be safe with their "
    "families.</p><p>No one should avoid a clinic or a hospital because they fear arrest. Public health protects "
    "all of us only when it includes all of us.</p>"
)

PETITION_TEXT_ES = (
    "<p>Los abajo firmantes pedimos al Servicio de Inmigración y Control de Aduanas (ICE) que suspenda todas sus "
    "operaciones mientras dure la emergencia sanitaria, y que libere a las personas bajo su custodia para que "
    "puedan estar a salvo con sus familias.</p><p>Nadie debería evitar una clínica o un hospital por miedo a "
    "ser arrestado. La salud pública nos protege a todos solo cuando nos incluye a todos.</p>"
)

LETTER_TEXT = (
    "<p>Dear Acting Director,</p><p>Our organisations serve immigrant families in cities and towns across the "
    "country. We write together to ask you to suspend immigration enforcement during the census and the health "
    "emergency, so that every household can be counted and can seek care without fear. Data that leaves out our "
    "communities will shape funding and representation for the next ten years.</p><p>Respectfully,<br>The "
    "undersigned organisations</p>"
)

LETTER_TEXT_ES = (
    "<p>Estimado director interino:</p><p>Nuestras organizaciones atienden a familias inmigrantes en ciudades y "
    "pueblos de todo el país. Le escribimos juntas para pedirle que suspenda la aplicación de la ley migratoria "
    "durante el censo y la emergencia sanitaria, para que cada hogar pueda ser contado y buscar atención sin "
    "miedo. Los datos que dejan fuera a nuestras comunidades definirán los fondos y la representación de los "
    "próximos diez años.</p><p>Atentamente,<br>Las organizaciones firmantes</p>"
)

DEMO_SIGNERS = [
    ("Rosa Martínez", "Providence", "RI", "02907"),
    ("David Chen", "Oakland", "CA", "94607"),
    ("Fatima Diallo", "Columbus", "OH", "43205"),
    ("Miguel Ángel Torres", "El Paso", "TX", "79901"),
    ("Grace O'Neill", "Boston", "MA", "02130"),
    ("Samuel Okafor", "Minneapolis", "MN", "55406"),
    ("Lucía Herrera", "Tucson", "AZ", "85705"),
    ("Hannah Weiss", "Philadelphia", "PA", "19104"),
]

DEMO_ORGANISATIONS = [
    ("Neighbours United for Justice", "Carmen Ruiz", "Chicago", "IL"),
    ("First Parish Sanctuary Team", "Rev. Ellen Park", "Cambridge", "MA"),
    ("Valley Farmworkers' Alliance", "Jorge Medina", "Yakima", "WA"),
]


def load(ctx):
    home, home_es = ctx["home_en"], ctx["home_es"]
    english, spanish = ctx["locale_en"], ctx["locale_es"]
    rng = ctx["random"]
    image = ensure_image("Vigil outside a detention centre", colour=(30, 58, 95), accent=(179, 38, 30), seed=41)

    index = ensure_child(
        home,
        CampaignIndexPageFactory,
        "campaigns",
        title="Campaigns",
        intro="What we are fighting for right now, and the campaigns we have already won.",
    )
    campaign = ensure_child(
        index,
        CampaignPageFactory,
        "free-them-all",
        title="#FreeThemAll",
        summary="Release people from immigration detention before an outbreak does what neglect already does: "
        "put lives at risk.",
        hero_image=image,
        hero_image_alt="Candles and hand-painted signs at an evening vigil outside a detention centre",
        status="active",
        start_date=datetime.date(2026, 3, 16),
        fundraising_goal=15000,
        body=CAMPAIGN_BODY,
    )
    petition = ensure_child(
        campaign,
        PetitionPageFactory,
        "suspend-enforcement",
        title="Suspend immigration enforcement during the health emergency",
        intro="Everyone must be able to seek testing and care without fear of detention or deportation.",
        target="Immigration and Customs Enforcement",
        petition_text=PETITION_TEXT,
        signature_goal=5000,
        ask_postal_code=True,
        consent_text="We hand Immigration and Customs Enforcement the number of signatures, counted by state: "
        "never your name, email or ZIP code. Only our staff see those. We use your email to confirm your signature "
        "and, if you tick the box, to send you campaign updates. We never sell or share it.",
        thank_you_text="<p>Thank you. Now the most powerful thing you can do is ask three people you trust to "
        "sign too.</p>",
    )
    letter = ensure_child(
        campaign,
        PetitionPageFactory,
        "organisations-letter",
        title="Organisations: sign the letter to suspend enforcement during the census",
        intro="Congregations, unions, clinics and community groups: add your organisation's name to our letter.",
        target="Acting Director, Immigration and Customs Enforcement",
        petition_text=LETTER_TEXT,
        sign_on_mode="organisations",
        signature_goal=250,
        consent_text="Your organisation's name, city and state will appear on this page and on the delivered "
        "letter. We use the contact email only about this letter.",
    )
    starts = timezone.make_aware(datetime.datetime(2026, 4, 1, 12, 0), zoneinfo.ZoneInfo("America/New_York"))
    event = ensure_child(
        campaign,
        EventPageFactory,
        "national-day-of-action",
        title="#FreeThemAll national day of action",
        intro="One day, one message: write to your two senators and your representative and ask them to call "
        "for release.",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=8),
        time_zone="America/New_York",
        online_url="https://meet.example.org/free-them-all",
        venue_name="Online, and with local groups across the country",
        body=[
            (
                "paragraph",
                "<ol><li>Join the kick-off call at noon Eastern.</li><li>Send the sample email to your members of "
                "Congress, adding a line about your own town.</li><li>Post a photo with #FreeThemAll and tag a "
                "friend to do the same.</li></ol>",
            )
        ],
    )

    index_es = ensure_translation(
        index,
        spanish,
        title="Campañas",
        slug="campanas",
        intro="Por lo que luchamos ahora y las campañas que ya hemos ganado.",
    )
    campaign_es = ensure_translation(
        campaign,
        spanish,
        title="#LibérenlosATodos",
        slug="liberenlos-a-todos",
        summary="Liberar a las personas en detención migratoria antes de que un brote ponga aún más vidas en peligro.",
        hero_image_alt="Velas y carteles pintados a mano en una vigilia nocturna frente a un centro de detención",
        body=CAMPAIGN_BODY_ES,
    )
    ensure_translation(
        petition,
        spanish,
        title="Suspendan la aplicación de la ley migratoria durante la emergencia sanitaria",
        slug="suspendan-la-aplicacion",
        intro="Todas las personas deben poder hacerse pruebas y recibir atención sin miedo a la detención o la "
        "deportación.",
        target="Servicio de Inmigración y Control de Aduanas (ICE)",
        petition_text=PETITION_TEXT_ES,
        consent_text="A ICE le entregamos solo el número de firmas, contado por estado: nunca su nombre, su correo "
        "ni su código postal. Solo nuestro equipo los ve. Usamos su correo para confirmar su firma y, si marca la "
        "casilla, para enviarle novedades de la campaña. Nunca lo vendemos ni lo compartimos.",
        thank_you_text="<p>Gracias. Ahora lo más poderoso que puede hacer es pedir a tres personas de confianza que "
        "también firmen.</p>",
    )

    ensure_translation(
        letter,
        spanish,
        title="Organizaciones: firmen la carta para suspender la aplicación de la ley durante el censo",
        slug="carta-de-organizaciones",
        intro="Congregaciones, sindicatos, clínicas y grupos comunitarios: sumen el nombre de su organización a "
        "nuestra carta.",
        target="Director interino del Servicio de Inmigración y Control de Aduanas (ICE)",
        petition_text=LETTER_TEXT_ES,
        consent_text="El nombre, la ciudad y el estado de su organización aparecerán en esta página y en la carta "
        "entregada. Usamos el correo de contacto solo para asuntos de esta carta.",
    )
    ensure_translation(
        event,
        spanish,
        title="Día nacional de acción #LibérenlosATodos",
        slug="dia-nacional-de-accion",
        intro="Un día, un mensaje: escriba a sus dos senadores y a su representante y pídales que exijan la "
        "liberación.",
        venue_name="En línea y con grupos locales de todo el país",
        body=[
            (
                "paragraph",
                "<ol><li>Conéctese a la llamada de inicio al mediodía (hora del Este).</li><li>Envíe el correo de "
                "ejemplo a sus miembros del Congreso y añada una línea sobre su propio pueblo.</li><li>Publique una "
                "foto con #LibérenlosATodos e invite a una amistad a hacer lo mismo.</li></ol>",
            )
        ],
    )

    _ensure_signatures(petition, letter, rng)
    add_menu_link("main", english, index)
    add_menu_link("main", spanish, index_es)
    _feature_campaign(home, campaign)
    _feature_campaign(home_es, campaign_es)

    ctx.update(
        campaign_index=index,
        campaign_index_es=index_es,
        campaign=campaign,
        campaign_es=campaign_es,
        petition=petition,
        sign_on_letter=letter,
        day_of_action=event,
    )


def _ensure_signatures(petition, letter, rng):
    """The same signers every run: the random draws happen whether or not the rows already exist."""
    for name, city, state, postal_code in DEMO_SIGNERS:
        email = f"{name.split()[0].lower()}.{rng.randint(100, 999)}@example.org"
        keep_updated = rng.random() < 0.5
        _ensure_signature(
            petition,
            email,
            name=name,
            city=city,
            state=state,
            postal_code=postal_code,
            keep_updated=keep_updated,
        )
    demo_emails = []
    for organisation, contact, city, state in DEMO_ORGANISATIONS:
        email = f"contact{rng.randint(100, 999)}@{organisation.split()[0].lower()}.example.org"
        demo_emails.append(email)
        _ensure_signature(
            letter,
            email,
            kind=Signature.Kind.ORGANISATION,
            organisation=organisation,
            name=contact,
            city=city,
            state=state,
            approved=True,
        )
    # Demo databases made before moderation existed: the demo organisations were approved by the demo's author.
    Signature.objects.filter(petition=letter, email__in=demo_emails).update(approved=True)


def _ensure_signature(petition, email, **fields):
    try:
        with transaction.atomic():
            Signature.objects.get_or_create(petition=petition, email=email, defaults=fields)
    except IntegrityError:
        pass


def _feature_campaign(shared_home, campaign):
    home = type(shared_home).objects.get(pk=shared_home.pk)  # fresh: publishing a stale copy would undo numchild
    if not home.featured_campaign_id:
        home.featured_campaign = campaign
        home.save_revision().publish()
    shared_home.featured_campaign_id = home.featured_campaign_id  # keep the copy later apps get in step

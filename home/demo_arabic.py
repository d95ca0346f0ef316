"""The demo in Arabic, when SITE_LANGUAGES names it (`SITE_LANGUAGES=en,es,ar make run`): the home page, the
campaigns section, the #FreeThemAll campaign and its petition, translated through wagtail-localize like the
Spanish ones, and an Arabic main menu, so the right-to-left layout can be seen. Text only here, and nothing at
all when Arabic is not one of the site's languages. (First drafts, like the Arabic catalogues.)
"""

from django.conf import settings

from home.demo_tools import ensure_translation, get_locale

HOME = {
    "title": "الرئيسية",
    "slug": "ar",
    "hero_heading": "لنقف مع جيراننا المهاجرين",
    "hero_intro": "ثلاث خطوات كل أسبوع: عرائض، واتصالات بممثليك في الكونغرس، ومساعدة قريبة منك.",
    "hero_image_alt": "أشخاص يسيرون معًا حاملين لافتات",
    "hero_cta_label": "تحرّك الآن",
    "donate_heading": "5 أو 10 دولارات من كل واحد منكم تصنع فرقًا كبيرًا",
    "donate_text": "تبرّعك يدفع الكفالات، والتنقّل إلى المحاكم، وورش «اعرف حقوقك».",
}
CAMPAIGNS = {
    "title": "الحملات",
    "slug": "hamalat",
    "intro": "ما نناضل من أجله الآن، والحملات التي كسبناها من قبل.",
}
CAMPAIGN = {
    "title": "#حرّروهم_جميعًا",
    "slug": "harriruhum-jamian",
    "summary": "أطلقوا سراح المحتجزين في مراكز احتجاز الهجرة قبل أن يعرّض تفشّي المرض مزيدًا من الأرواح للخطر.",
    "hero_image_alt": "شموع ولافتات مرسومة باليد في وقفة مسائية أمام مركز احتجاز",
    "body": [
        ("heading", {"text": "لماذا الآن", "level": "h2"}),
        (
            "paragraph",
            "<p>تكدّس مراكز الاحتجاز الناس في زنازين ومهاجع مشتركة، مع قليل من الصابون وتهوية ضعيفة ورعاية طبية "
            "بطيئة. وعندما تدخل عدوى، تنتشر بين المحتجزين والعاملين والبلدات المجاورة. الإفراج هو الحل الآمن "
            "الوحيد.</p><p>نطالب بثلاثة أمور: الإفراج عن المحتجزين في مراكز احتجاز الهجرة، وضمان الفحص والعلاج "
            "للجميع دون خوف من الاعتقال، وتحويل أموال إنفاذ القانون إلى رعاية المجتمع.</p>",
        ),
        (
            "quote",
            {
                "quote": "أخي مصاب بالربو ويتقاسم غرفة مع أربعين رجلًا. كل يوم يقضيه في الداخل خطر عليه.",
                "attribution": "أحد أفراد عائلة في برنامج المرافقة لدينا",
            },
        ),
        ("heading", {"text": "كيف يمكنك المساعدة هذا الأسبوع", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>وقّع العريضة واطلب من ثلاثة من أصدقائك أن يفعلوا الشيء نفسه.</li>"
            "<li>إن كنت عضوًا في جماعة دينية أو نقابة أو مجموعة مجتمعية، فأضِف اسمها إلى الرسالة الجماعية.</li>"
            "<li>شارك في يوم العمل الوطني واكتب إلى عضوَي مجلس الشيوخ وإلى ممثلك في مجلس النواب.</li></ul>",
        ),
    ],
}
PETITION = {
    "title": "أوقفوا إنفاذ قوانين الهجرة خلال حالة الطوارئ الصحية",
    "slug": "awqifu-alinfath",
    "intro": "يجب أن يتمكن الجميع من إجراء الفحوص وتلقّي الرعاية دون خوف من الاحتجاز أو الترحيل.",
    "target": "إدارة الهجرة والجمارك الأمريكية (ICE)",
    "petition_text": "<p>نحن الموقّعين أدناه نطالب إدارة الهجرة والجمارك بتعليق جميع عمليات الإنفاذ طوال مدة حالة "
    "الطوارئ الصحية، وبالإفراج عن المحتجزين لديها ليكونوا في أمان مع عائلاتهم.</p><p>لا ينبغي لأحد أن يتجنّب "
    "عيادة أو مستشفى خوفًا من الاعتقال. فالصحة العامة لا تحمينا جميعًا إلا إذا شملتنا جميعًا.</p>",
    "consent_text": "لا نسلّم إدارة الهجرة والجمارك إلا عدد التوقيعات حسب الولاية: لا اسمك ولا بريدك ولا رمزك البريدي "
    "أبدًا. لا يراها إلا فريقنا. نستخدم بريدك لتأكيد توقيعك، وإذا حدّدت المربع، لنرسل إليك مستجدات الحملة. لا نبيعه "
    "ولا نشاركه أبدًا.",
    "thank_you_text": "<p>شكرًا لك. أقوى ما يمكنك فعله الآن هو أن تطلب من ثلاثة أشخاص تثق بهم أن يوقّعوا أيضًا.</p>",
}


def load(ctx):
    """Runs after every app's demo (home/management/commands/load_demo_content.py)."""
    if "ar" not in dict(settings.LANGUAGES):
        return
    from home.demo import _ensure_menu
    from home.models import NavigationMenu

    arabic = get_locale("ar")
    home_ar = ensure_translation(ctx["home_en"], arabic, **HOME)
    index_ar = ensure_translation(ctx["campaign_index"], arabic, **CAMPAIGNS)
    campaign_ar = ensure_translation(ctx["campaign"], arabic, **CAMPAIGN)
    ensure_translation(ctx["petition"], arabic, **PETITION)
    _ensure_menu(NavigationMenu.MAIN, arabic, [("", index_ar)])
    home = type(home_ar).objects.get(pk=home_ar.pk)
    # The hero's button leads to the Arabic campaign (the English one's weekly actions have no Arabic version).
    if home.featured_campaign_id != campaign_ar.pk or home.hero_cta_page_id != campaign_ar.pk:
        home.featured_campaign = home.hero_cta_page = campaign_ar
        home.save_revision().publish()
    ctx.update(home_ar=home, campaign_ar=campaign_ar)

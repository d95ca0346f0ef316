import factory
import wagtail_factories

from legislators.letters import as_stream
from legislators.models import CallScriptPage, CallTarget, LetterPage


class LetterPageFactory(wagtail_factories.PageFactory):
    title = "Write to your members of Congress"
    intro = "Ask your senators and representative to stand with immigrant neighbours."
    subject = "A constituent from {city} asks for your help"
    letter = factory.LazyFunction(
        lambda: as_stream("Dear {title} {last_name},\nI live in {city} ({zip}).\nSincerely,\n{name}")
    )

    class Meta:
        model = LetterPage


class CallScriptPageFactory(wagtail_factories.PageFactory):
    title = "Call your members of Congress"
    intro = "Five minutes on the phone, two bills."
    script = "Hello, my name is {name} and I live in {zip}. I am calling {title} {legislator}."

    class Meta:
        model = CallScriptPage


class CallTargetFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CallScriptPageFactory)
    name = "Massachusetts State House"
    title = "State Senator"
    phone = "(617) 722-2000"

    class Meta:
        model = CallTarget

import pytest

from legislators.placeholders import fill_placeholders, supporter_values

VALUES = {"name": "Ana", "city": "Chelsea", "zip": "02150", "legislator": "Elizabeth Warren", "title": "Senator"}


def test_known_placeholders_are_filled():
    text = "Dear {title} {legislator}, I am {name} from {city} ({zip})."
    assert fill_placeholders(text, VALUES) == "Dear Senator Elizabeth Warren, I am Ana from Chelsea (02150)."


@pytest.mark.parametrize(
    "template",
    [
        "{",
        "}",
        "{0}",
        "{}",
        "{__class__}",
        "{name.__class__}",
        "{name!r}",
        "{name:>10}",
        "{name[0]}",
        "{unknown}",
        "{{",
        "}}{",
        "100% {",
        "%(name)s",
    ],
)
def test_anything_else_in_braces_is_left_as_typed(template):
    assert fill_placeholders(template, VALUES) == template


def test_mixed_text_keeps_stray_braces_and_fills_the_rest():
    assert fill_placeholders("{ {name} } {0} {city}}", VALUES) == "{ Ana } {0} Chelsea}"


def test_values_are_not_expanded_again_nor_escaped():
    values = {**VALUES, "name": "{city} <script>alert(1)</script> & {0}"}
    assert fill_placeholders("I am {name}.", values) == "I am {city} <script>alert(1)</script> & {0}."


def test_names_outside_the_documented_list_are_never_filled():
    assert fill_placeholders("{secret}", {**VALUES, "secret": "x"}) == "{secret}"


def test_empty_supporter_values_show_a_visible_blank():
    values = supporter_values()
    assert fill_placeholders("My name is {name}, from {city}.", values) == (
        "My name is [your name], from [your city or town]."
    )


def test_none_template_gives_empty_text():
    assert fill_placeholders(None, VALUES) == ""

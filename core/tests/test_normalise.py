import pytest

from core.normalise import normalise_email, normalise_zip


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Rosa@Example.ORG", "rosa@example.org"),
        ("  rosa@example.org \n", "rosa@example.org"),
        ("ro sa@example.org", "rosa@example.org"),
        ("", ""),
        (None, ""),
    ],
)
def test_one_email_however_it_is_typed(typed, stored):
    assert normalise_email(typed) == stored


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("02139", "02139"),
        (" 02139-4307 ", "02139"),
        ("021394307", "02139"),
        ("02139 4307", "02139"),
        ("2139", None),
        ("abcde", None),
        ("0" * 40, None),
        (None, None),
    ],
)
def test_zip_codes_keep_five_digits(raw, expected):
    assert normalise_zip(raw) == expected

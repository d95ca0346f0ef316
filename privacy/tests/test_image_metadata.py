"""An uploaded photo's GPS position and camera details are gone from the stored original and its renditions."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (42.0, 21.0, 30.0),
    ExifTags.GPS.GPSLongitudeRef: "W",
    ExifTags.GPS.GPSLongitude: (71.0, 5.0, 20.0),
}


def photo(image_format, orientation=6):
    """A 40x20 photo as a phone writes it: GPS, camera make and model, a time, rotated by the Orientation tag."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    image = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 15"
    exif[ExifTags.Base.DateTime] = "2026:05:01 12:00:00"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = GPS
    output = io.BytesIO()
    image.save(output, format=image_format, exif=exif.tobytes())
    return output.getvalue()


def metadata_left(fileobj):
    image = Image.open(fileobj)
    exif = image.getexif()
    return {
        "exif": dict(exif),
        "gps": dict(exif.get_ifd(ExifTags.IFD.GPSInfo)),
        "info": sorted(
            key
            for key, value in image.info.items()
            if value and key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop")
        ),
        "size": image.size,
    }


@pytest.mark.parametrize(
    "image_format,extension", [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("HEIF", "heic")]
)
def test_an_upload_through_the_admin_keeps_no_metadata(admin_client, image_format, extension):
    data = photo(image_format)
    before = metadata_left(io.BytesIO(data))
    assert before["gps"] and before["exif"]  # the test photo really carries GPS

    upload = SimpleUploadedFile(f"march.{extension}", data, content_type=f"image/{extension}")
    response = admin_client.post("/admin/images/add/", {"title": "March", "file": upload})
    assert response.status_code == 302, response.content[:2000]

    image = get_image_model().objects.get(title="March")
    with image.open_file() as stored:
        after = metadata_left(stored)
    assert after["exif"] == {} and after["gps"] == {} and after["info"] == []
    assert after["size"] == (20, 40)  # the orientation was applied to the pixels
    assert (image.width, image.height) == (20, 40)
    assert image.file_size == image.file.size

    rendition = image.get_rendition("fill-1200x630")
    with rendition.file.open() as rendered:
        assert metadata_left(rendered)["gps"] == {}
        rendered.seek(0)
        assert metadata_left(rendered)["exif"] == {}


def test_an_image_already_stored_is_left_alone_on_later_saves(admin_client):
    upload = SimpleUploadedFile("march.jpg", photo("JPEG", orientation=1), content_type="image/jpeg")
    admin_client.post("/admin/images/add/", {"title": "March", "file": upload})
    image = get_image_model().objects.get(title="March")
    name = image.file.name
    image.title = "March on the State House"
    image.save()
    image.refresh_from_db()
    assert image.file.name == name


def test_images_stored_before_are_cleaned_by_the_command(home_page):
    from django.core.management import call_command
    from wagtail.images.tests.utils import get_test_image_file

    Image_ = get_image_model()
    image = Image_(title="Old", file=get_test_image_file())
    image.save()
    # Stand in for a file stored before stripping existed: write the GPS photo straight into storage.
    with image.file.storage.open(image.file.name, "wb") as stored:
        stored.write(photo("JPEG"))
    image.get_rendition("width-10")

    call_command("strip_image_metadata", stdout=io.StringIO())

    image.refresh_from_db()
    with image.open_file() as stored:
        after = metadata_left(stored)
    assert after["gps"] == {} and after["exif"] == {} and after["size"] == (20, 40)
    assert image.renditions.count() == 0

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


def animation(image_format, frames=3, **options):
    """A small animation (red, green, blue frames) carrying GPS and camera EXIF, as a phone's editor writes it."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.IFD.GPSInfo] = GPS
    colours = [(200, 30, 30), (30, 200, 30), (30, 30, 200), (200, 200, 30)][:frames]
    pictures = [Image.new("RGB", (24, 16), colour) for colour in colours]
    output = io.BytesIO()
    pictures[0].save(
        output,
        format=image_format,
        save_all=True,
        append_images=pictures[1:],
        duration=[120, 80, 200, 50][:frames],
        loop=0,
        exif=exif.tobytes(),
        **options,
    )
    return output.getvalue()


def frames_of(fileobj):
    image = Image.open(fileobj)
    colours = []
    for number in range(image.n_frames):
        image.seek(number)
        colours.append(image.convert("RGB").getpixel((5, 5)))
    return image.n_frames, colours


@pytest.mark.parametrize(
    "image_format,extension,lossless",
    [("WEBP", "webp", {"lossless": True}), ("GIF", "gif", {})],
)
def test_an_animation_with_gps_comes_out_without_it_and_keeps_every_frame(
    admin_client, image_format, extension, lossless
):
    data = animation(image_format, **lossless)
    if image_format != "GIF":  # GIF has no EXIF: its comment stands in for the hidden details
        assert metadata_left(io.BytesIO(data))["gps"]  # the test animation really carries GPS
    before_frames, before_colours = frames_of(io.BytesIO(data))
    assert before_frames == 3

    upload = SimpleUploadedFile(f"march.{extension}", data, content_type=f"image/{extension}")
    response = admin_client.post("/admin/images/add/", {"title": "March", "file": upload})
    assert response.status_code == 302, response.content[:2000]

    image = get_image_model().objects.get(title="March")
    with image.open_file() as stored:
        stored_bytes = stored.read()
    after = metadata_left(io.BytesIO(stored_bytes))
    assert after["exif"] == {} and after["gps"] == {} and after["info"] == []
    assert b"PhoneMaker" not in stored_bytes
    after_frames, after_colours = frames_of(io.BytesIO(stored_bytes))
    assert after_frames == 3
    for was, now in zip(before_colours, after_colours, strict=True):
        assert all(abs(a - b) <= 12 for a, b in zip(was, now, strict=True))
    assert (image.width, image.height) == (24, 16)


def test_a_gif_loses_its_comment(admin_client):
    output = io.BytesIO()
    Image.new("P", (10, 10), 3).save(output, format="GIF", comment=b"Taken at 42.35N 71.08W")
    upload = SimpleUploadedFile("march.gif", output.getvalue(), content_type="image/gif")
    assert admin_client.post("/admin/images/add/", {"title": "March", "file": upload}).status_code == 302
    with get_image_model().objects.get(title="March").open_file() as stored:
        assert b"42.35N" not in stored.read()


def test_an_image_that_cannot_be_rewritten_is_refused_with_a_message(admin_client, monkeypatch):
    from privacy import images

    def broken(*args, **kwargs):
        raise OSError("encoder not available")

    monkeypatch.setattr(images, "_animation", broken)
    upload = SimpleUploadedFile("march.webp", animation("WEBP"), content_type="image/webp")
    response = admin_client.post("/admin/images/add/", {"title": "March", "file": upload})
    assert response.status_code == 200
    assert "could not be saved without its hidden details" in response.content.decode()
    assert not get_image_model().objects.filter(title="March").exists()


def test_an_apng_is_refused_by_the_upload_form_and_would_be_stripped_frame_by_frame(admin_client):
    """Wagtail (Willow) does not take APNG: the upload is refused, so no GPS is stored. Should it ever be taken,
    the rewrite keeps its frames and drops its EXIF."""
    from privacy.images import without_metadata

    data = animation("PNG")
    assert metadata_left(io.BytesIO(data))["gps"]
    upload = SimpleUploadedFile("march.png", data, content_type="image/png")
    response = admin_client.post("/admin/images/add/", {"title": "March", "file": upload})
    assert response.status_code == 200 and not get_image_model().objects.filter(title="March").exists()

    rewritten, width, height = without_metadata(io.BytesIO(data))
    after = metadata_left(io.BytesIO(rewritten))
    assert after["exif"] == {} and after["gps"] == {} and b"PhoneMaker" not in rewritten
    assert frames_of(io.BytesIO(rewritten))[0] == 3 and (width, height) == (24, 16)

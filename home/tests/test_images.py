"""Light images: every picture is a set of WebP renditions the browser picks from (srcset and sizes), with its
width and height (no layout shift), and pictures below the first screen load only when scrolled to."""

import re

IMG = re.compile(r"<img\b[^>]*>")


def attributes(tag):
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def test_demo_pictures_are_responsive_webp_with_dimensions(client, demo_site):
    pages = {
        "/": "hero",
        "/campaigns/": "cards",
        "/campaigns/free-them-all/": "hero",
        "/updates/": "cards",
    }
    seen = 0
    for path, kind in pages.items():
        html = client.get(path, **demo_site).content.decode()
        images = [attributes(tag) for tag in IMG.findall(html) if "/media/" in tag or ".webp" in tag]
        assert images, path
        for image in images:
            seen += 1
            assert image["width"] and image["height"], (path, image)
            assert "sizes" in image and image["srcset"].count(".webp ") >= 2, (path, image)
        if kind == "cards":
            assert all(image.get("loading") == "lazy" for image in images), path
        else:  # the first picture is the hero: loaded at once
            assert images[0].get("loading") == "eager", path
    assert seen >= 6


def test_demo_alt_texts_describe_the_generated_illustrations(demo_site):
    from campaigns.models import CampaignPage
    from home.models import HomePage

    for page in [*HomePage.objects.all(), *CampaignPage.objects.all()]:
        assert "ilustración abstracta" in page.hero_image_alt or "abstract illustration" in page.hero_image_alt

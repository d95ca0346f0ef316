"""Media on S3-compatible storage, against moto's S3 server (a real S3 API over HTTP on a free loopback port).

The same settings the compose stack gives MinIO: images, renditions and documents land in the bucket; renditions
are linked straight from it; documents are streamed through the app, which checks a collection's privacy first.
"""

import json
import urllib.error
import urllib.request

import boto3
import pytest
from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import CollectionFactory, DocumentFactory, ImageFactory

from ops.storage import FILE_SYSTEM_BACKEND, S3_BACKEND, media_storage

BUCKET = "amparo-media"
# What compose.yaml's bucket-init step does with `mc anonymous set download`: only renditions are public.
PUBLIC_RENDITIONS_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"AWS": ["*"]},
            "Action": ["s3:GetObject"],
            "Resource": [f"arn:aws:s3:::{BUCKET}/images/*"],
        }
    ],
}
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": "us-east-1"}


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings):
    """An empty bucket, and the site's default storage pointed at it through the environment's variable names."""
    urllib.request.urlopen(urllib.request.Request(f"http://{s3_endpoint}/moto-api/reset", method="POST"))
    environment = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": f"http://{s3_endpoint}",
        "AWS_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
        "AWS_S3_REGION_NAME": CREDENTIALS["region_name"],
        # As in compose.yaml: browsers fetch renditions from the store's public address.
        "AWS_S3_CUSTOM_DOMAIN": f"{s3_endpoint}/{BUCKET}",
        "AWS_S3_URL_PROTOCOL": "http:",
    }
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}
    client = boto3.client("s3", endpoint_url=f"http://{s3_endpoint}", **CREDENTIALS)
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS_POLICY))
    return client


def keys(client):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


@pytest.mark.django_db
def test_images_and_renditions_are_stored_in_the_bucket_and_renditions_linked_from_it(bucket, s3_endpoint):
    image = ImageFactory(file__filename="march.png", file__width=640, file__height=480)

    rendition = image.get_rendition("fill-160x120")

    assert keys(bucket) == sorted([image.file.name, rendition.file.name])
    assert image.file.name.startswith("original_images/march")
    assert rendition.file.name.startswith("images/march.") and ".fill-160x120." in rendition.file.name
    assert rendition.url == f"http://{s3_endpoint}/{BUCKET}/{rendition.file.name}"
    stored = bucket.get_object(Bucket=BUCKET, Key=rendition.file.name)["Body"].read()
    with urllib.request.urlopen(rendition.url) as response:
        assert response.read() == stored and len(stored) > 100
    # The original upload is never public.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"http://{s3_endpoint}/{BUCKET}/{image.file.name}")
    assert refused.value.code == 403
    assert (rendition.width, rendition.height) == (160, 120)


@pytest.mark.django_db
def test_documents_are_stored_in_the_bucket_and_streamed_through_the_app(bucket, client, s3_endpoint):
    content = b"Know your rights: you may remain silent.\n"
    document = DocumentFactory(title="Know your rights", file=ContentFile(content, name="know-your-rights.txt"))

    response = client.get(document.url)

    assert keys(bucket) == [document.file.name]
    assert document.file.name.startswith("documents/know-your-rights")
    assert response.status_code == 200  # served by the app, not a redirect to the bucket
    assert b"".join(response.streaming_content) == content
    with pytest.raises(urllib.error.HTTPError) as refused:  # the bucket itself never hands documents out
        urllib.request.urlopen(f"http://{s3_endpoint}/{BUCKET}/{document.file.name}")
    assert refused.value.code == 403


@pytest.mark.django_db
def test_documents_in_a_private_collection_are_not_served_to_visitors(bucket, client):
    private = Collection.get_first_root_node().add_child(instance=CollectionFactory.build(name="Staff only"))
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = DocumentFactory(collection=private, file=ContentFile(b"Staff phone tree", name="phone-tree.txt"))

    response = client.get(document.url)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert BUCKET not in response["Location"]
    assert keys(bucket) == [document.file.name]


def test_without_a_bucket_media_stays_on_the_local_disk():
    assert media_storage({}) == {"BACKEND": FILE_SYSTEM_BACKEND}
    assert media_storage({"AWS_STORAGE_BUCKET_NAME": ""}) == {"BACKEND": FILE_SYSTEM_BACKEND}


def test_a_bucket_name_switches_to_django_storages_with_its_own_setting_names():
    storage = media_storage(
        {"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_ENDPOINT_URL": "http://minio:9000", "AWS_S3_REGION_NAME": ""}
    )

    assert storage["BACKEND"] == S3_BACKEND
    assert storage["OPTIONS"] == {
        "bucket_name": "media",
        "endpoint_url": "http://minio:9000",
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
    }

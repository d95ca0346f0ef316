"""Where uploaded images, renditions and documents live: an S3-compatible bucket, or MEDIA_ROOT on this disk.

Several app servers need one shared media store, so production sets AWS_STORAGE_BUCKET_NAME (django-storages'
own setting names, read from the environment) and every server reads and writes the same bucket. The bucket
stays private except for the `images/` prefix (renditions), which the operator makes publicly readable so pages
link straight to it (or to a CDN in front of it, AWS_S3_CUSTOM_DOMAIN). Original images and documents are
never linked: documents are streamed through the app (WAGTAILDOCS_SERVE_METHOD = "serve_view"), which checks
the collection's privacy first.
"""

S3_BACKEND = "storages.backends.s3.S3Storage"
FILE_SYSTEM_BACKEND = "django.core.files.storage.FileSystemStorage"

# Environment variable -> django-storages option.
S3_OPTIONS = {
    "AWS_STORAGE_BUCKET_NAME": "bucket_name",
    "AWS_S3_ENDPOINT_URL": "endpoint_url",
    "AWS_ACCESS_KEY_ID": "access_key",
    "AWS_SECRET_ACCESS_KEY": "secret_key",
    "AWS_S3_REGION_NAME": "region_name",
    "AWS_S3_CUSTOM_DOMAIN": "custom_domain",
    "AWS_S3_URL_PROTOCOL": "url_protocol",
    "AWS_LOCATION": "location",
}


def media_storage(environ):
    """The STORAGES["default"] entry for this environment (a mapping such as os.environ)."""
    if not environ.get("AWS_STORAGE_BUCKET_NAME"):
        return {"BACKEND": FILE_SYSTEM_BACKEND}
    options = {option: environ[name] for name, option in S3_OPTIONS.items() if environ.get(name)}
    options.update(
        # Pages link renditions by a stable, cacheable URL; nothing private is ever linked (see above).
        querystring_auth=False,
        # No per-object ACL: the bucket's policy decides what is public (MinIO and many S3 clones ignore ACLs).
        default_acl=None,
        # Two uploads with the same name never replace each other's file.
        file_overwrite=False,
    )
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}

"""moto's S3 server over real HTTP on a free local port, with one empty bucket: what the media
and deployment tests point the site's S3 settings at (never patched boto calls)."""

from contextlib import contextmanager
from types import SimpleNamespace

import boto3
from moto.server import ThreadedMotoServer


@contextmanager
def s3_bucket(bucket, region="eu-central-1", key="test-key", secret="test-secret"):
    """The running server: ``endpoint``, a boto3 ``client`` and ``env``, the environment
    variables that configure the site for this bucket (coalition/settings/base.py)."""
    # Port 0: the system picks a free one as the server binds. A port found free beforehand could
    # be taken by another test process's server meanwhile (this one's bind then fails in its
    # thread, and the client talks to the other server).
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        client = boto3.client(
            "s3", endpoint_url=endpoint, region_name=region, aws_access_key_id=key, aws_secret_access_key=secret
        )
        client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region})
        yield SimpleNamespace(
            endpoint=endpoint,
            client=client,
            env={
                "AWS_STORAGE_BUCKET_NAME": bucket,
                "AWS_S3_ENDPOINT_URL": endpoint,
                "AWS_S3_REGION_NAME": region,
                "AWS_ACCESS_KEY_ID": key,
                "AWS_SECRET_ACCESS_KEY": secret,
            },
        )
    finally:
        server.stop()

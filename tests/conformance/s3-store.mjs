// SPDX-License-Identifier: MIT
// The official AWS SDK for JavaScript against larder-cloud's media store, unchanged: the S3
// client and its presigner make the URLs (PutObject, GetObject, HeadObject, DeleteObject) for
// an object the cloud reserved, and plain HTTPS requests use them. Run by tst_media with:
//   LARDER_S3_ENDPOINT  https://127.0.0.1:PORT (the edge)
//   LARDER_S3_KEY_FILE  the cloud's media signing key (access key id, secret)
//   LARDER_S3_OBJECT    the reserved object's path (/media/{family}/…)
//   LARDER_S3_TYPE      its content type
//   LARDER_S3_FILE      the bytes to upload
//   NODE_EXTRA_CA_CERTS the cloud's CA
// `put` uploads; `read` (after the cloud checked the upload) downloads, heads, and tries a URL
// for another key. Prints one line per step ("put 201", …); non-zero on the first surprise.
import { S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { readFileSync } from 'node:fs';

const env = (name) => {
  const value = process.env[name];
  if (!value) { console.error(`s3-store: ${name} is not set`); process.exit(2); }
  return value;
};
const [accessKeyId, secretAccessKey] = readFileSync(env('LARDER_S3_KEY_FILE'), 'utf8').trim().split('\n');
const client = new S3Client({
  region: 'local', endpoint: env('LARDER_S3_ENDPOINT'), forcePathStyle: true,
  credentials: { accessKeyId, secretAccessKey },
  // Presigned uploads carry no checksum of a body the presigner never saw.
  requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
});
const path = env('LARDER_S3_OBJECT');
const [, bucket, ...rest] = path.split('/');
const Key = rest.join('/');
const body = readFileSync(env('LARDER_S3_FILE'));
const type = env('LARDER_S3_TYPE');

const step = mode => async (name, url, init, expect) => {
  const response = await fetch(url, init);
  const text = mode === 'bytes' ? Buffer.from(await response.arrayBuffer()) : await response.text();
  console.log(`${name} ${response.status}`);
  if (!expect(response, text)) {
    console.error(`s3-store: ${name} answered ${response.status}: ${String(text).slice(0, 300)}`);
    process.exit(1);
  }
  return text;
};

const putUrl = await getSignedUrl(client, new PutObjectCommand({ Bucket: bucket, Key, ContentType: type }),
  { expiresIn: 600 });
if (process.argv[2] === 'put') {
  await step('text')('put', putUrl, { method: 'PUT', body, headers: { 'content-type': type } },
    (r) => r.ok);
  process.exit(0);
}

const getUrl = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key }), { expiresIn: 600 });
await step('bytes')('get', getUrl, { method: 'GET' },
  (r, bytes) => r.ok && Buffer.compare(bytes, body) === 0 && r.headers.get('content-type') === type);
const headUrl = await getSignedUrl(client, new HeadObjectCommand({ Bucket: bucket, Key }), { expiresIn: 600 });
await step('text')('head', headUrl, { method: 'HEAD' },
  (r) => r.ok && Number(r.headers.get('content-length')) === body.length);
// A URL the SDK signed for another key is not this object's.
const otherUrl = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: Key.replace(/.\./, '0.') }),
  { expiresIn: 600 });
await step('text')('get-other', otherUrl, { method: 'GET' },
  (r, xml) => r.status === 404 && xml.includes('<Code>NoSuchKey</Code>'));
console.log('the AWS SDK used the store unchanged');

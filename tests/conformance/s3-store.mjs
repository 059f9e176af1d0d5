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
// for another key; `multipart` uploads in 5 MiB parts (CreateMultipartUpload, UploadPart,
// CompleteMultipartUpload, after completions the store must refuse); `abort` opens an upload,
// sends a part and gives it up (AbortMultipartUpload), after which its part URLs are refused.
// Prints one line per step ("put 201", …); non-zero on the first surprise.
import {
  S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand, CreateMultipartUploadCommand,
  UploadPartCommand, CompleteMultipartUploadCommand, AbortMultipartUploadCommand,
} from '@aws-sdk/client-s3';
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

const sign = (command) => getSignedUrl(client, command, { expiresIn: 600 });
const codeOf = (xml) => (/<Code>([^<]*)<\/Code>/.exec(xml) || [])[1];
const completion = (parts) => '<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
  parts.map(({ n, etag }) => `<Part><PartNumber>${n}</PartNumber><ETag>${etag}</ETag></Part>`).join('') +
  '</CompleteMultipartUpload>';
const create = async () => {
  const xml = await step('text')('create', await sign(new CreateMultipartUploadCommand({ Bucket: bucket, Key, ContentType: type })),
    { method: 'POST', headers: { 'content-type': type } },
    (r, text) => r.status === 200 && /<UploadId>[0-9a-f]{32}<\/UploadId>/.test(text));
  return /<UploadId>([^<]*)<\/UploadId>/.exec(xml)[1];
};
const sendPart = async (UploadId, n, bytes, expect = (r) => r.status === 201 || r.status === 200) => {
  let etag;
  await step('text')(`part ${n}`, await sign(new UploadPartCommand({ Bucket: bucket, Key, UploadId, PartNumber: n })),
    { method: 'PUT', body: bytes }, (r, text) => { etag = r.headers.get('etag'); return expect(r, text); });
  return etag;
};

if (process.argv[2] === 'multipart') {
  const UploadId = await create();
  const partBytes = 5 * 1024 * 1024;
  const parts = [];
  for (let n = 1, at = 0; at < body.length; ++n, at += partBytes)
    parts.push({ n, etag: await sendPart(UploadId, n, body.subarray(at, at + partBytes)) });
  if (parts.length < 2 || parts.some(p => !/^"[0-9a-f]{32}"$/.test(p.etag))) {
    console.error(`s3-store: parts answered ETags ${parts.map(p => p.etag)}`); process.exit(1);
  }
  const completeUrl = await sign(new CompleteMultipartUploadCommand({ Bucket: bucket, Key, UploadId }));
  const refused = (code) => (r, xml) => r.status === 400 && codeOf(xml) === code;
  await step('text')('complete-wrong-etag', completeUrl,
    { method: 'POST', body: completion([parts[0], { n: 2, etag: '"' + '0'.repeat(32) + '"' }]) }, refused('InvalidPart'));
  await step('text')('complete-out-of-order', completeUrl,
    { method: 'POST', body: completion([...parts].reverse()) }, refused('InvalidPartOrder'));
  await step('text')('complete-not-xml', completeUrl, { method: 'POST', body: '{"parts":1}' }, refused('MalformedXML'));
  await step('text')('complete', completeUrl, { method: 'POST', body: completion(parts) },
    (r, xml) => r.status === 200 && new RegExp(`<ETag>&quot;[0-9a-f]{32}-${parts.length}&quot;</ETag>|<ETag>"[0-9a-f]{32}-${parts.length}"</ETag>`).test(xml));
  await step('text')('complete-again', completeUrl, { method: 'POST', body: completion(parts) },
    (r, xml) => r.status === 404 && codeOf(xml) === 'NoSuchUpload');
  process.exit(0);
}
if (process.argv[2] === 'abort') {
  const UploadId = await create();
  await sendPart(UploadId, 1, body.subarray(0, 1024));
  await step('text')('abort', await sign(new AbortMultipartUploadCommand({ Bucket: bucket, Key, UploadId })),
    { method: 'DELETE' }, (r) => r.status === 204);
  await sendPart(UploadId, 2, body.subarray(0, 1024), (r, xml) => r.status === 404 && codeOf(xml) === 'NoSuchUpload');
  process.exit(0);
}

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
// A URL the SDK signed for another key (one character before the extension changed, never to
// itself) is not this object's.
const otherKey = Key.replace(/(.)\./, (_, c) => (c === '0' ? '1' : '0') + '.');
if (otherKey === Key) { console.error(`s3-store: no other key made from ${Key}`); process.exit(1); }
const otherUrl = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: otherKey }),
  { expiresIn: 600 });
await step('text')('get-other', otherUrl, { method: 'GET' },
  (r, xml) => r.status === 404 && xml.includes('<Code>NoSuchKey</Code>'));
console.log('the AWS SDK used the store unchanged');

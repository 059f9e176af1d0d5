// SPDX-License-Identifier: MIT
// Presigning parity: the official AWS SDK for JavaScript's presigner and Larder's SigV4 code sign
// the same requests at the same instant; every URL must match byte for byte.
// Usage: node presign-parity.mjs LARDER_SIGV4_CLI   (the CLI reads the cases as JSON on stdin
// and prints one URL per line)
import { S3Client, GetObjectCommand, PutObjectCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { S3RequestPresigner, getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { HttpRequest } from '@smithy/protocol-http';
import { createHash, createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';

const cli = process.argv[2];
if (!cli) {
  console.error('usage: node presign-parity.mjs LARDER_SIGV4_CLI');
  process.exit(2);
}

// The SDK's checksum interface over Node's crypto.
class Sha256 {
  constructor(secret) { this.h = secret ? createHmac('sha256', secret) : createHash('sha256'); }
  update(data) { this.h.update(data); }
  async digest() { return new Uint8Array(this.h.digest()); }
}

const credentials = { accessKeyId: 'LARDERKEY1', secretAccessKey: 'a-secret-only-the-cloud-holds' };
const signingDate = new Date('2026-11-27T12:34:56Z');
const presigner = new S3RequestPresigner({ credentials, region: 'eu-west-1', sha256: Sha256 });

// Raw requests: the path already encoded once (as S3 clients send it), query values raw.
const encodePath = (path) => path.split('/').map((s) => encodeURIComponent(s).replace(/[!'()*]/g,
  (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())).join('/');
const raw = [
  { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', query: {}, headers: {}, expires: 86400 },
  { method: 'PUT', host: '127.0.0.1:9443', path: '/media/fam-1/fridge-1/voice/2026 11 27.m4a', query: {}, headers: { 'content-type': 'audio/mp4' }, expires: 900 },
  { method: 'HEAD', host: '127.0.0.1:9443', path: '/media/fam-1/fridge-1/photo/crème brûlée (1).jpg', query: {}, headers: {}, expires: 60 },
  { method: 'DELETE', host: 'media.larder.example', path: "/media/fam-1/recipe/it's~ok_*.json", query: {}, headers: {}, expires: 1 },
  { method: 'PUT', host: '127.0.0.1:9443', path: '/media/fam-1/big.mp4', query: { partNumber: '7', uploadId: 'up/1+2=3' }, headers: {}, expires: 900 },
  { method: 'POST', host: '127.0.0.1:9443', path: '/media/fam-1/big.mp4', query: { uploads: '' }, headers: { 'content-type': 'video/mp4' }, expires: 604800 },
];

const cases = [];
const expected = [];
for (const c of raw) {
  const [hostname, port] = c.host.split(':');
  const request = new HttpRequest({
    method: c.method, protocol: 'https:', hostname, port: port ? Number(port) : undefined,
    path: encodePath(c.path), query: c.query, headers: { host: c.host, ...c.headers },
  });
  // Headers beyond host are signed when asked (the store holds an upload to its content type).
  const signableHeaders = new Set(Object.keys(c.headers));
  const signed = await presigner.presign(request, { signingDate, expiresIn: c.expires, signableHeaders });
  const query = Object.keys(signed.query).sort().map((k) =>
    `${encodeURIComponent(k)}=${encodeURIComponent(signed.query[k]).replace(/[!'()*]/g,
      (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase())}`).join('&');
  expected.push(`https://${c.host}${signed.path}?${query}`);
  cases.push({ ...c, query: Object.entries(c.query), headers: Object.entries(c.headers) });
}

// The S3 client's own commands, path style against a local endpoint: the URLs apps get.
const client = new S3Client({ region: 'eu-west-1', credentials, endpoint: 'https://127.0.0.1:9443', forcePathStyle: true });
const commands = [
  [new GetObjectCommand({ Bucket: 'media', Key: 'fam-1/fridge-1/shelf 2.jpg' }), 'GET'],
  [new PutObjectCommand({ Bucket: 'media', Key: 'fam-1/board/photo-9.jpg' }), 'PUT'],
  [new UploadPartCommand({ Bucket: 'media', Key: 'fam-1/big.mp4', UploadId: 'abc', PartNumber: 2 }), 'PUT'],
];
for (const [command, method] of commands) {
  const url = await getSignedUrl(client, command, { expiresIn: 900, signingDate });
  expected.push(url);
  // The same request for Larder's signer: the command's own parameters (x-id, the SDK's
  // checksum parameters, part and upload ids), without the signature's.
  const query = [...new URL(url).searchParams].filter(([k]) => !k.startsWith('X-Amz-'));
  cases.push({ method, host: '127.0.0.1:9443', path: `/media/${command.input.Key}`, query, headers: [], expires: 900 });
}

const ours = execFileSync(cli, [], {
  input: JSON.stringify({ accessKeyId: credentials.accessKeyId, secret: credentials.secretAccessKey,
    region: 'eu-west-1', at: signingDate.toISOString(), cases }),
}).toString().trim().split('\n');

let failed = 0;
expected.forEach((url, i) => {
  if (ours[i] === url) {
    console.log(`PASS ${cases[i].method} ${cases[i].path}`);
  } else {
    failed += 1;
    console.log(`FAIL ${cases[i].method} ${cases[i].path}\n  AWS SDK: ${url}\n  Larder:  ${ours[i]}`);
  }
});
console.log(`${expected.length - failed} of ${expected.length} URLs identical`);

// And the other way: Larder's verifier (the cloud's store) takes the SDK's URLs as they are,
// and refuses them once changed or late — S3's answers.
const checks = [];
const wanted = [];
expected.forEach((url, i) => {
  const host = cases[i].host;
  const headers = [['host', host], ...cases[i].headers];
  checks.push({ method: cases[i].method, url, headers });
  wanted.push('Valid');
  checks.push({ method: cases[i].method === 'GET' ? 'PUT' : 'GET', url, headers });
  wanted.push('SignatureDoesNotMatch');
});
checks.push({ method: 'GET', url: expected[0].replace('test.txt', 'other.txt'), headers: [['host', cases[0].host]] });
wanted.push('SignatureDoesNotMatch');
const verdicts = execFileSync(cli, ['--verify'], {
  input: JSON.stringify({ accessKeyId: credentials.accessKeyId, secret: credentials.secretAccessKey,
    region: 'eu-west-1', now: new Date(signingDate.getTime() + 1000).toISOString(), checks }),
}).toString().trim().split('\n');
let refused = 0;
wanted.forEach((verdict, i) => {
  if (verdicts[i] !== verdict) {
    refused += 1;
    console.log(`FAIL verify ${checks[i].method} ${checks[i].url}: ${verdicts[i]}, wanted ${verdict}`);
  }
});
console.log(`${wanted.length - refused} of ${wanted.length} verdicts on the SDK's URLs as S3 gives them`);
// Too late: the 1-second URL a few seconds after.
const late = execFileSync(cli, ['--verify'], {
  input: JSON.stringify({ accessKeyId: credentials.accessKeyId, secret: credentials.secretAccessKey,
    region: 'eu-west-1', now: new Date(signingDate.getTime() + 5000).toISOString(),
    checks: [{ method: cases[3].method, url: expected[3], headers: [['host', cases[3].host]] }] }),
}).toString().trim();
if (late !== 'AccessDenied') {
  refused += 1;
  console.log(`FAIL an expired URL: ${late}, wanted AccessDenied`);
}
process.exit(failed === 0 && refused === 0 && ours.length === expected.length ? 0 : 1);

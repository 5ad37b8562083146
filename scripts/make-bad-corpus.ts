#!/usr/bin/env node
/**
 * Writes the bad-input corpus deterministically (same bytes on every run):
 *   npx tsx scripts/make-bad-corpus.ts            → e2e/fixtures/bad/ (the small files, committed)
 *   npx tsx scripts/make-bad-corpus.ts --big DIR  → DIR/zip-bomb.zip, DIR/zip-bomb-streamed.zip, DIR/many/ (100,000 files)
 * The big ones are made at test time (tests import makeBig from here), never committed.
 * What each file must give is in e2e/fixtures/bad/expected.json.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync as nodeGzip } from "node:zlib";
import { Zip, ZipDeflate, zipSync } from "fflate";

const ROOT = path.resolve(import.meta.dirname, "..");
export const BAD_DIR = path.join(ROOT, "e2e/fixtures/bad");
const MTIME = new Date("2026-01-01T00:00:00Z");

/** A CloudTrail record with a fixed, distinct eventID. */
type Rec = Record<string, unknown>;

function record(n: number, overrides: Rec = {}): Rec {
  const rec: Rec = {
    eventVersion: "1.09",
    userIdentity: { type: "IAMUser", principalId: "AIDAEXAMPLEBAD000001", arn: "arn:aws:iam::123456789012:user/bad.input", accountId: "123456789012", userName: "bad.input" },
    eventTime: `2026-01-05T10:${String(n % 60).padStart(2, "0")}:00Z`,
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    awsRegion: "us-east-1",
    sourceIPAddress: "10.10.30.55",
    userAgent: "aws-cli/2.15.0",
    requestParameters: { bucketName: "faketshirtco-bad-input", key: `k/${n}` },
    eventID: `bad00000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    readOnly: true,
    eventType: "AwsApiCall",
    recipientAccountId: "123456789012",
  };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete rec[k];
    else rec[k] = v;
  }
  return rec;
}

const lines = (recs: Rec[], eol = "\n") => recs.map((r) => JSON.stringify(r)).join(eol) + eol;
const records = (recs: Rec[]) => JSON.stringify({ Records: recs });
const utf8 = (s: string) => Buffer.from(s, "utf8");
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from("\ufeff" + text, "utf16le");
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

/** Deterministic pseudo-random bytes (xorshift32) with NULs, like any binary file. */
function binary(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The small corpus: file name → bytes. */
export function smallCorpus(): Record<string, Uint8Array> {
  const truncatedDoc = records(range(100, 3).map((n) => record(n)));
  const gz = nodeGzip(utf8(lines(range(2000, 300).map((n) => record(n, { userAgent: `aws-cli/2.15.0 run-${n}-${"x".repeat(n % 89)}` })))), { level: 1 });
  const inner = zipSync({ "inner.json": utf8(records(range(300, 2).map((n) => record(n)))) }, { mtime: MTIME });
  const [before, after] = JSON.stringify(record(502, { userAgent: "agent-@@" })).split("@@");
  const invalid = Buffer.concat([utf8(JSON.stringify(record(501)) + "\n" + before), Buffer.from([0xc3, 0x28, 0xff]), utf8(after + "\n" + JSON.stringify(record(503)) + "\n")]);
  return {
    "empty.json": Buffer.alloc(0),
    "whitespace-only.json": utf8("  \n\t\r\n   \n"),
    "binary.dat": binary(2048),
    "truncated.json": utf8(truncatedDoc.slice(0, Math.floor(truncatedDoc.length * 0.8))),
    "truncated.jsonl.gz": gz.subarray(0, Math.floor(gz.length / 2)),
    "not-gzip.json.gz": utf8(lines([record(400), record(401)])),
    "corrupt-gzip.json.gz": Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]), binary(512)]),
    "nested.zip": Buffer.from(zipSync({ "inner.zip": inner, "top.jsonl": utf8(lines([record(310)])) }, { mtime: MTIME })),
    "utf8-bom.json": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(records([record(600), record(601)]))]),
    "utf16le.json": utf16(records([record(610), record(611)]), false),
    "utf16be.json": utf16(records([record(620), record(621)]), true),
    "crlf.jsonl": utf8(lines([record(700), record(701), record(702)], "\r\n")),
    "invalid-utf8.jsonl": invalid,
    "no-event-time.jsonl": utf8(lines([record(800), record(801, { eventTime: undefined }), record(802)])),
    "event-time-future.jsonl": utf8(lines([record(810), record(811, { eventTime: "2099-01-01T00:00:00Z" })])),
    "event-time-not-a-date.jsonl": utf8(lines([record(820), record(821, { eventTime: "yesterday at noon" }), record(822, { eventTime: "2026-02-30T00:00:00Z" })])),
    "duplicates-a.jsonl": utf8(lines(range(900, 3).map((n) => record(n)))),
    "duplicates-b.jsonl": utf8(lines(range(901, 3).map((n) => record(n)))),
  };
}

/**
 * The bomb's content: the start of a Records document, then blanks. It looks like CloudTrail, so
 * the reader keeps reading it (a file of only blanks would be dismissed as empty before expanding far).
 */
function bombContent(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes).fill(0x20);
  out.set(utf8('{"Records": ['));
  return out;
}

/** A zip whose one entry declares its sizes up front (refused before expanding). */
function declaredBomb(bytes: number): Buffer {
  return Buffer.from(zipSync({ "bomb.json": bombContent(bytes) }, { level: 9, mtime: MTIME }));
}

/** The same bomb written as a stream: sizes come only after the data, so the reader must stop while expanding. */
function streamedBomb(bytes: number): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    parts.push(data);
  });
  const f = new ZipDeflate("bomb.json", { level: 9 });
  f.mtime = MTIME;
  zip.add(f);
  const chunk = new Uint8Array(1 << 20).fill(0x20);
  f.push(bombContent(chunk.length), false);
  for (let done = chunk.length; done < bytes; done += chunk.length) f.push(chunk, done + chunk.length >= bytes);
  zip.end();
  return Buffer.concat(parts);
}

/** How many files the big folder holds. */
export const MANY_FILES = 100_000;

/** File `i` of the big folder: one record, its own eventID. */
export function manyFile(i: number): { name: string; bytes: Uint8Array } {
  return { name: `f${String(i).padStart(6, "0")}.jsonl`, bytes: utf8(JSON.stringify(record(1_000_000 + i)) + "\n") };
}

/** Writes both zip bombs into `dir`. */
export function makeBombs(dir: string): { bomb: string; streamed: string } {
  mkdirSync(dir, { recursive: true });
  const bombBytes = 256 * 1024 * 1024;
  const bomb = path.join(dir, "zip-bomb.zip");
  const streamed = path.join(dir, "zip-bomb-streamed.zip");
  writeFileSync(bomb, declaredBomb(bombBytes));
  writeFileSync(streamed, streamedBomb(bombBytes));
  return { bomb, streamed };
}

/** Writes the big inputs into `dir` and returns their paths. */
export function makeBig(dir: string): { bomb: string; streamed: string; many: string } {
  const bombs = makeBombs(dir);
  const many = path.join(dir, "many");
  rmSync(many, { recursive: true, force: true });
  mkdirSync(many);
  for (let i = 0; i < MANY_FILES; i++) {
    const f = manyFile(i);
    writeFileSync(path.join(many, f.name), f.bytes);
  }
  return { ...bombs, many };
}

/** Rewrites e2e/fixtures/bad/ with the small corpus (expected.json is kept). */
export function writeSmall(dir = BAD_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const files = smallCorpus();
  for (const name of readdirSync(dir)) if (name !== "expected.json" && !(name in files)) rmSync(path.join(dir, name));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  return Object.keys(files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const big = process.argv.indexOf("--big");
  if (big >= 0) console.log(JSON.stringify(makeBig(path.resolve(process.argv[big + 1] ?? "bad-big"))));
  else console.log(writeSmall().join("\n"));
}

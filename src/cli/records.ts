/**
 * Line-oriented record reading for the CLI: files (or stdin) as byte lines, each decoded as strict
 * UTF-8 (an invalid line is reported and passed through as bytes), CSV records per RFC 4180
 * (quoted fields, doubled quotes, newlines inside quotes), TSV, NDJSON or plain lines.
 */
import { createReadStream } from 'node:fs';

export type Format = 'csv' | 'tsv' | 'ndjson' | 'lines';

/** One input record: its first line number, raw bytes, and its decoded text (undefined when invalid UTF-8). */
export interface RawRecord {
  readonly line: number;
  readonly bytes: Buffer;
  readonly text: string | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Byte lines of a file or stdin, without their line ends (CRLF or LF), a leading BOM dropped. */
export async function* byteLines(path: string | undefined): AsyncGenerator<Buffer> {
  const stream = path === undefined ? process.stdin : createReadStream(path);
  let rest: Buffer = Buffer.alloc(0);
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    if (first && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    first = false;
    let start = 0;
    for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, start)) {
      const end = i > start && buf[i - 1] === 0x0d ? i - 1 : i;
      yield buf.subarray(start, end);
      start = i + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  if (rest.length > 0) yield rest[rest.length - 1] === 0x0d ? rest.subarray(0, rest.length - 1) : rest;
}

/** Records: one line each, except CSV records whose quoted fields span lines. */
export async function* records(path: string | undefined, format: Format): AsyncGenerator<RawRecord> {
  let lineNo = 0;
  let pending: Buffer[] = [];
  let pendingLine = 0;
  let quotes = 0;
  for await (const bytes of byteLines(path)) {
    lineNo++;
    if (format !== 'csv') {
      yield { line: lineNo, bytes, text: decode(bytes) };
      continue;
    }
    if (pending.length === 0) pendingLine = lineNo;
    pending.push(bytes);
    for (const b of bytes) if (b === 0x22) quotes++;
    if (quotes % 2 === 1) continue; // a quoted field goes on
    const all = Buffer.concat(pending.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from('\n'), p])));
    pending = [];
    quotes = 0;
    yield { line: pendingLine, bytes: all, text: decode(all) };
  }
  if (pending.length > 0) {
    const all = Buffer.concat(pending.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from('\n'), p])));
    yield { line: pendingLine, bytes: all, text: decode(all) };
  }
}

function decode(bytes: Buffer): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Splits one CSV record (RFC 4180) or TSV line into fields. */
export function splitFields(text: string, format: 'csv' | 'tsv'): string[] {
  if (format === 'tsv') return text.split('\t');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The format of a file by its name (default: lines). */
export function formatOf(path: string | undefined, explicit: string | undefined): Format {
  if (explicit === 'csv' || explicit === 'tsv' || explicit === 'ndjson' || explicit === 'lines') return explicit;
  if (explicit !== undefined) throw Object.assign(new Error(`--format must be csv, tsv, ndjson or lines; got ${JSON.stringify(explicit)}`), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' });
  if (!path) return 'lines';
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.tsv$/i.test(path)) return 'tsv';
  if (/\.(nd)?jsonl?$/i.test(path)) return 'ndjson';
  return 'lines';
}

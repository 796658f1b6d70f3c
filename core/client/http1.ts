/**
 * An HTTP/1.1 response reader for replies to GET and POST (RFC 9112): strict, incremental, bounded and
 * linear in its input. It accepts what a CCF node sends (a status line, headers, a body framed by
 * Content-Length or chunked, or read to the end of the connection) and refuses anything ambiguous (both
 * framings, conflicting lengths, obsolete line folding, control characters) with an HttpFramingError,
 * never by guessing.
 */
import type { IncomingHttpHeaders } from "node:http";

export class HttpFramingError extends Error {}

/** The connection ended before a single byte of a reply: a dropped connection rather than a malformed reply. */
export class ClosedBeforeReplyError extends HttpFramingError {
  constructor() {
    super("the connection closed before a reply");
  }
}

/** A reply body over `maxBodyBytes`: declared (Content-Length) or counted as it streamed. */
export class BodyTooLargeError extends Error {
  constructor(
    readonly declared: boolean,
    readonly bytes: number,
    readonly max: number,
  ) {
    super(declared ? `the reply declares ${bytes} bytes, over the ${max}-byte response cap` : `the reply is larger than the ${max}-byte response cap (abandoned after ${bytes} bytes)`);
  }
}

export interface Http1Response {
  status: number;
  /** Lower-case names; a repeated header's values in an array (as node:http gives them). */
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The connection may carry the next request (HTTP/1.1, no `Connection: close`, framed body). */
  reusable: boolean;
}

export interface Http1Limits {
  /** Status line and headers together (and a chunked body's trailers). */
  maxHeaderBytes: number;
  maxBodyBytes: number;
}

const CRLF = Buffer.from("\r\n");
const CRLF2 = Buffer.from("\r\n\r\n");
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9][0-9]{2})(?: [^\x00-\x08\x0a-\x1f\x7f]*)?$/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,15})(?:[ \t]*;[^\x00-\x08\x0a-\x1f\x7f]*)?$/;
const MAX_HEADERS = 256;

type State =
  | { kind: "head" }
  | { kind: "length"; left: number }
  | { kind: "chunk-size" }
  | { kind: "chunk-data"; left: number }
  | { kind: "chunk-crlf"; seen: number }
  | { kind: "trailers" }
  | { kind: "until-close" }
  | { kind: "done" };

/**
 * Received bytes not yet consumed, in one buffer that doubles as it grows (each byte is copied in once,
 * plus amortised regrowth, and out once). A delimiter search resumes where the last one stopped, so the
 * work is linear in what the peer sends however finely it splits it.
 */
class ByteQueue {
  private buf = Buffer.alloc(0);
  private start = 0;
  private end = 0;
  /** Bytes from `start` already searched for the current delimiter. */
  private searched = 0;

  get size(): number {
    return this.end - this.start;
  }

  push(chunk: Buffer): void {
    if (this.end + chunk.length > this.buf.length) {
      const live = this.size;
      const next = Buffer.allocUnsafe(Math.max(live + chunk.length, 2 * this.buf.length, 4096));
      this.buf.copy(next, 0, this.start, this.end);
      this.buf = next;
      this.start = 0;
      this.end = live;
    }
    chunk.copy(this.buf, this.end);
    this.end += chunk.length;
  }

  /** Removes and returns (a copy of) the first `n` bytes, n <= size. */
  take(n: number): Buffer {
    const out = Buffer.from(this.buf.subarray(this.start, this.start + n));
    this.start += n;
    this.searched = Math.max(0, this.searched - n);
    if (this.start === this.end) this.start = this.end = 0;
    return out;
  }

  /** The offset just past the first `delimiter`, or -1 when it has not arrived. */
  indexAfter(delimiter: Buffer): number {
    const live = this.buf.subarray(this.start, this.end);
    const at = live.indexOf(delimiter, Math.max(0, this.searched - delimiter.length + 1));
    if (at < 0) {
      this.searched = live.length;
      return -1;
    }
    this.searched = 0;
    return at + delimiter.length;
  }
}

/** Feed it the connection's bytes (`push`), then `end()` when the peer closes; a reply comes out once whole. */
export class ResponseReader {
  private state: State = { kind: "head" };
  private readonly queue = new ByteQueue();
  private headBytes = 0;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private keepAlive = true;
  private body: Buffer[] = [];
  private bodyBytes = 0;
  private response: Http1Response | undefined;
  private started = false;

  constructor(private readonly limits: Http1Limits) {}

  /** True once the status line and headers of the final reply have been read. */
  get inBody(): boolean {
    return this.state.kind !== "head";
  }

  /** Adds bytes; returns the reply when it is complete. Throws HttpFramingError or BodyTooLargeError. */
  push(chunk: Buffer): Http1Response | undefined {
    if (chunk.length) this.started = true;
    if (this.state.kind === "done") {
      // Bytes after a complete reply (nothing was asked for): the connection is not reused.
      if (chunk.length && this.response) this.response.reusable = false;
      return this.response;
    }
    this.queue.push(chunk);
    this.advance();
    return this.response;
  }

  /** The connection ended: completes a reply read to the end of the connection; else throws (truncated). */
  end(): Http1Response {
    if (this.state.kind === "until-close") this.finish(false);
    if (this.state.kind === "done") return this.response!;
    throw this.started ? new HttpFramingError("the connection closed in the middle of the reply") : new ClosedBeforeReplyError();
  }

  private advance(): void {
    for (;;) {
      const s = this.state;
      switch (s.kind) {
        case "head": {
          const block = this.line(CRLF2, this.limits.maxHeaderBytes - this.headBytes, "the reply's status line and headers are larger than");
          if (!block) return;
          this.readHead(block.subarray(0, block.length - 4).toString("latin1"));
          break;
        }
        case "length": {
          if (s.left > 0) {
            if (this.queue.size === 0) return;
            const part = this.queue.take(Math.min(s.left, this.queue.size));
            this.addBody(part);
            s.left -= part.length;
          }
          if (s.left === 0) return this.finish(this.keepAlive);
          break;
        }
        case "until-close": {
          if (this.queue.size === 0) return;
          this.addBody(this.queue.take(this.queue.size));
          break;
        }
        case "chunk-size": {
          const line = this.line(CRLF, 1024, "a chunk-size line is longer than");
          if (!line) return;
          const m = CHUNK_SIZE.exec(line.subarray(0, line.length - 2).toString("latin1"));
          if (!m) throw new HttpFramingError("a malformed chunk-size line");
          const size = parseInt(m[1]!, 16);
          if (this.bodyBytes + size > this.limits.maxBodyBytes) throw new BodyTooLargeError(false, this.bodyBytes + size, this.limits.maxBodyBytes);
          this.state = size === 0 ? { kind: "trailers" } : { kind: "chunk-data", left: size };
          break;
        }
        case "chunk-data": {
          if (this.queue.size === 0) return;
          const part = this.queue.take(Math.min(s.left, this.queue.size));
          this.addBody(part);
          s.left -= part.length;
          if (s.left === 0) this.state = { kind: "chunk-crlf", seen: 0 };
          break;
        }
        case "chunk-crlf": {
          if (this.queue.size === 0) return;
          if (this.queue.take(1)[0] !== (s.seen === 0 ? 0x0d : 0x0a)) throw new HttpFramingError("chunk data not followed by CRLF");
          if (++s.seen === 2) this.state = { kind: "chunk-size" };
          break;
        }
        case "trailers": {
          const line = this.line(CRLF, this.limits.maxHeaderBytes - this.headBytes, "the reply's trailers are larger than");
          if (!line) return;
          this.headBytes += line.length;
          if (line.length === 2) return this.finish(this.keepAlive);
          break;
        }
        case "done":
          return;
      }
    }
  }

  /** The bytes through `delimiter`, or undefined while it has not arrived; over `max` bytes without it: an error. */
  private line(delimiter: Buffer, max: number, tooLong: string): Buffer | undefined {
    const end = this.queue.indexAfter(delimiter);
    if ((end < 0 ? this.queue.size : end) > max) throw new HttpFramingError(`${tooLong} ${this.limits.maxHeaderBytes} bytes`);
    return end < 0 ? undefined : this.queue.take(end);
  }

  private readHead(text: string): void {
    const lines = text.split("\r\n");
    const m = STATUS_LINE.exec(lines[0]!);
    if (!m) throw new HttpFramingError("a malformed status line");
    if (lines.length - 1 > MAX_HEADERS) throw new HttpFramingError(`more than ${MAX_HEADERS} headers`);
    const status = Number(m[2]);
    const headers: IncomingHttpHeaders = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(":");
      const name = colon > 0 ? line.slice(0, colon) : "";
      if (!TOKEN.test(name)) throw new HttpFramingError(line.startsWith(" ") || line.startsWith("\t") ? "a folded header line" : "a malformed header line");
      const value = trimOws(line.slice(colon + 1));
      if (BAD_VALUE.test(value)) throw new HttpFramingError("a control character in a header value");
      const key = name.toLowerCase();
      const prior = headers[key];
      if (prior === undefined) headers[key] = value;
      else if (Array.isArray(prior)) prior.push(value);
      else headers[key] = [prior, value];
    }
    if (status < 200) {
      // 1xx: an interim reply; the final one follows (101 would switch protocols: never asked for).
      if (status === 101) throw new HttpFramingError("101 Switching Protocols, never asked for");
      return;
    }
    this.headBytes = text.length + 4;
    this.status = status;
    this.headers = headers;
    const connection = headerList(headers["connection"]);
    this.keepAlive = m[1] === "1" ? !connection.includes("close") : connection.includes("keep-alive");
    const te = headers["transfer-encoding"];
    const cl = headers["content-length"];
    if (status === 204 || status === 304) {
      if (te !== undefined) throw new HttpFramingError(`a ${status} reply with a body`);
      this.state = { kind: "length", left: 0 };
    } else if (te !== undefined) {
      if (cl !== undefined) throw new HttpFramingError("both Transfer-Encoding and Content-Length");
      const codings = headerList(te);
      if (codings.length !== 1 || codings[0] !== "chunked") throw new HttpFramingError("an unsupported Transfer-Encoding");
      this.state = { kind: "chunk-size" };
    } else if (cl !== undefined) {
      const values = headerList(cl);
      if (values.length === 0 || values.some((v) => !/^[0-9]{1,15}$/.test(v)) || new Set(values).size !== 1) throw new HttpFramingError("an invalid Content-Length");
      const length = Number(values[0]);
      if (length > this.limits.maxBodyBytes) throw new BodyTooLargeError(true, length, this.limits.maxBodyBytes);
      this.state = { kind: "length", left: length };
    } else {
      this.keepAlive = false;
      this.state = { kind: "until-close" };
    }
  }

  private addBody(part: Buffer): void {
    this.bodyBytes += part.length;
    if (this.bodyBytes > this.limits.maxBodyBytes) throw new BodyTooLargeError(false, this.bodyBytes, this.limits.maxBodyBytes);
    this.body.push(part);
  }

  private finish(reusable: boolean): void {
    this.state = { kind: "done" };
    const body = this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body, this.bodyBytes);
    this.response = { status: this.status, headers: this.headers, body, reusable: reusable && this.queue.size === 0 };
  }
}

/** Strips HTTP's optional whitespace (spaces and tabs) at both ends, in one pass each way. */
function trimOws(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === " " || value[start] === "\t")) start++;
  while (end > start && (value[end - 1] === " " || value[end - 1] === "\t")) end--;
  return value.slice(start, end);
}

/** A comma-separated header's elements, lower-cased and trimmed (repeated headers joined). */
function headerList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value.join(",") : value)
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== "");
}

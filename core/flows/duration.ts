import { InputError } from "../errors.js";

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** The longest wait a duration may ask for (24 h): a consortium's members vote within a day or run again. */
export const MAX_WAIT_MS = 24 * 3_600_000;

/**
 * A duration as users write it: `90` (seconds), `60s`, `5m`, `1h30m`, `500ms`, `0`. Returns milliseconds;
 * anything else is an InputError naming `input`.
 */
export function parseDuration(value: string | number, input: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) throw new InputError(input, `must be a duration of 0 or more seconds (got ${value})`);
    return check(Math.round(value * 1000), input, String(value));
  }
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return check(Math.round(Number(text) * 1000), input, value);
  if (text.length > 0 && text.length <= 32 && /^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) {
    let ms = 0;
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * UNITS[m[2]!]!;
    return check(Math.round(ms), input, value);
  }
  throw new InputError(input, `'${value.slice(0, 40)}' is not a duration (e.g. 90, 60s, 5m, 1h30m; 0 does not wait)`);
}

function check(ms: number, input: string, shown: string): number {
  if (ms > MAX_WAIT_MS) throw new InputError(input, `'${shown}' is longer than 24h`);
  return ms;
}

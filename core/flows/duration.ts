import { InputError } from "../errors.js";
import { parseDuration } from "../client/connection-inputs.js";

/**
 * How long to wait for other members' ballots: `0` (do not wait) or a duration as `--timeout` takes it
 * (`90` seconds, `60s`, `10m`, `1h`, at most 24h). Milliseconds; anything else is an InputError naming `input`.
 */
export function parseWaitDuration(value: string, input: string): number {
  if (/^\s*0+(\.0+)?\s*(ms|s|m|h)?\s*$/.test(value)) return 0;
  try {
    return parseDuration(value, input);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError(input, `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}' is not a duration (e.g. 90, 60s, 10m, 1h; at most 24h; 0 does not wait)`);
  }
}

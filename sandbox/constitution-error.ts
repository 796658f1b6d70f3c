/**
 * An error raised by constitution code, as the JavaScript would raise it: `name` is the JS error class
 * ("Error", or "InternalError" for one thrown by a native `ccf.*` function) and `fn` the function it is
 * thrown from (for the QuickJS-style stack trace CCF appends).
 */
export class ConstitutionError extends Error {
  readonly fn: string;
  constructor(message: string, fn: string, name = "Error") {
    super(message);
    this.name = name;
    this.fn = fn;
  }
}

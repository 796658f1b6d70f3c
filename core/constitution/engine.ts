/**
 * The JavaScript engine constitutions and ballots run in: QuickJS compiled to WebAssembly
 * (quickjs-emscripten, the sync release variant with the WASM embedded), the engine family CCF embeds.
 *
 * - The WASM is loaded lazily, once per process (`loadEngine()`); only commands that run a constitution
 *   pay for it. Everything after the load is synchronous.
 * - A `ScriptModule` is one ES module (`export function ...`) in its own runtime and context, evaluated
 *   once and reused for every call. Each call runs under a time limit (interrupt handler; time spent in
 *   host functions does not count) and the runtime's memory and stack limits. A call stopped by a limit
 *   throws a `ConstitutionError` saying which limit; the module is then rebuilt before its next call.
 * - Handles are disposed on every path: a leaked handle aborts the runtime when it is disposed.
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from "quickjs-emscripten-core";
import { CcfConsortiumError } from "../errors.js";

/** CCF's defaults (`JSRuntimeOptions`: max_heap_bytes 100 MiB, max_stack_bytes 1 MiB, max_execution_time_ms 1000). */
export interface EngineLimits {
  /** Time limit for one call (ms). */
  timeMs: number;
  /** Heap limit of the module's runtime (bytes). */
  memoryBytes: number;
  /** Stack limit (bytes). */
  stackBytes: number;
}

export const DEFAULT_ENGINE_LIMITS: EngineLimits = { timeMs: 1000, memoryBytes: 100 * 1024 * 1024, stackBytes: 1024 * 1024 };

/** CCF's text for a JS call stopped by its time limit. */
export const TOO_LONG = "Operation took too long to complete.";

/** A constitution/ballot failure: syntax, a thrown value, or a limit. `script` holds the JS error when there is one. */
export class ConstitutionError extends CcfConsortiumError {
  readonly script: ScriptException | undefined;
  readonly limit: "time" | "memory" | undefined;
  constructor(message: string, options: { script?: ScriptException; limit?: "time" | "memory"; cause?: unknown } = {}) {
    super("CONSTITUTION", message, { cause: options.cause });
    this.script = options.script;
    this.limit = options.limit;
  }
}

/** A JS exception as the script saw it (`${e}` is `name: message`; `stack` is QuickJS's frames). */
export interface ScriptException {
  name: string;
  message: string;
  stack?: string;
}

let loading: Promise<QuickJSWASMModule> | undefined;
let loaded: QuickJSWASMModule | undefined;

/** Loads the QuickJS WebAssembly module (once per process). */
export function loadEngine(): Promise<QuickJSWASMModule> {
  loading ??= (async () => {
    const [{ newQuickJSWASMModuleFromVariant }, variant] = await Promise.all([
      import("quickjs-emscripten-core"),
      import("@jitl/quickjs-singlefile-mjs-release-sync"),
    ]);
    loaded = await newQuickJSWASMModuleFromVariant(variant.default);
    return loaded;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Current size of the engine's WebAssembly memory (0 when it cannot be read). */
function heapBytes(): number {
  const module = (loaded as unknown as { module?: { HEAPU8?: Uint8Array } } | undefined)?.module;
  return module?.HEAPU8?.buffer.byteLength ?? 0;
}

/** The loaded engine; throws if `loadEngine()` has not completed. */
export function engine(): QuickJSWASMModule {
  if (!loaded) throw new ConstitutionError("the JavaScript engine is not loaded yet (await loadEngine() first)");
  return loaded;
}

/** A value that crosses the host/script boundary. */
export type HostValue = string | number | boolean | null | undefined | Uint8Array | HostValue[] | { [key: string]: unknown };

/** The native function a module's prelude receives: `native(op, ...args)`. */
export type NativeFunction = (op: string, args: NativeArgs) => HostValue;

export interface ScriptModuleOptions {
  /** Module name in stack traces (CCF: `public:ccf.gov.constitution[0]`). */
  name: string;
  limits?: Partial<EngineLimits>;
  /**
   * Global script run before the module: an expression evaluating to `function (native) {...}` that
   * installs globals; it is called with the host's native function.
   */
  prelude?: string;
  native?: NativeFunction;
}

function describeLimit(limit: "time" | "memory", limits: EngineLimits, what: string): string {
  return limit === "time"
    ? `${TOO_LONG} (${what} ran past the ${limits.timeMs} ms time limit and was stopped)`
    : `${what} ran out of memory (limit ${limits.memoryBytes} bytes) and was stopped`;
}

/** One evaluated ES module in its own QuickJS runtime; see the file comment. */
export class ScriptModule {
  readonly name: string;
  readonly limits: EngineLimits;
  private readonly source: string;
  private readonly options: ScriptModuleOptions;
  private runtime: QuickJSRuntime | undefined;
  private context: QuickJSContext | undefined;
  private exports: QuickJSHandle | undefined;
  private deadline = Infinity;
  private interrupted = false;
  /** WebAssembly heap size when the current call started, and whether the call grew it past the limit. */
  private heapAtStart = 0;
  private heapExceeded = false;
  private closed = false;

  /** Evaluates `source` as a module; throws a `ConstitutionError` if it does not compile or its top level throws. */
  constructor(source: string, options: ScriptModuleOptions) {
    this.source = source;
    this.options = options;
    this.name = options.name;
    this.limits = { ...DEFAULT_ENGINE_LIMITS, ...options.limits };
    this.build();
  }

  private build(): void {
    const runtime = engine().newRuntime();
    runtime.setMemoryLimit(this.limits.memoryBytes);
    runtime.setMaxStackSize(this.limits.stackBytes);
    runtime.setInterruptHandler(() => {
      // QuickJS's own heap accounting (setMemoryLimit) counts allocations, not their sizes, in this
      // WebAssembly build (malloc_usable_size is unavailable): large buffers escape it. The growth of the
      // WebAssembly heap during the call is checked here too.
      if (heapBytes() - this.heapAtStart > this.limits.memoryBytes) {
        this.heapExceeded = true;
        return true;
      }
      if (Date.now() <= this.deadline) return false;
      this.interrupted = true;
      return true;
    });
    const context = runtime.newContext();
    this.runtime = runtime;
    this.context = context;
    try {
      if (this.options.prelude !== undefined) this.installPrelude(context, this.options.prelude);
      const result = this.guard("the module's top-level code", () => context.evalCode(this.source, this.name, { type: "module" }));
      this.exports = result;
    } catch (err) {
      this.teardown();
      throw err;
    }
  }

  private installPrelude(context: QuickJSContext, prelude: string): void {
    const native = this.options.native;
    const fn = context.newFunction("native", (...handles) => {
      if (!native) throw new Error("no host functions are available here");
      const started = Date.now();
      try {
        const [opHandle, ...rest] = handles;
        const op = opHandle ? context.getString(opHandle) : "";
        return toHandle(context, native(op, nativeArgs(context, rest)));
      } finally {
        // Time spent in the host does not count against the script's time limit.
        if (this.deadline !== Infinity) this.deadline += Date.now() - started;
      }
    });
    try {
      const installer = this.guard("the engine prelude", () => context.evalCode(prelude, "<prelude>"));
      try {
        const r = this.guard("the engine prelude", () => context.callFunction(installer, context.undefined, fn));
        r.dispose();
      } finally {
        installer.dispose();
      }
    } finally {
      fn.dispose();
    }
  }

  /** Runs `run` with the time limit armed; unwraps the result or throws a `ConstitutionError`. */
  private guard(what: string, run: () => ReturnType<QuickJSContext["evalCode"]>): QuickJSHandle {
    const context = this.context!;
    this.interrupted = false;
    this.heapExceeded = false;
    this.heapAtStart = heapBytes();
    this.deadline = Date.now() + this.limits.timeMs;
    let result: ReturnType<QuickJSContext["evalCode"]>;
    try {
      result = run();
    } finally {
      this.deadline = Infinity;
    }
    if (!result.error) return result.value;
    const exception = dumpException(context, result.error);
    result.error.dispose();
    const limit = this.heapExceeded ? "memory" : this.interrupted ? "time" : /out of memory/i.test(exception.message) && exception.name === "InternalError" ? "memory" : undefined;
    if (limit) throw new ConstitutionError(describeLimit(limit, this.limits, what), { limit, script: exception });
    throw new ConstitutionError(`${exception.name}: ${exception.message}`, { script: exception });
  }

  /** True when the module exports a function of that name. */
  hasFunction(name: string): boolean {
    this.ensure();
    const context = this.context!;
    const fn = context.getProp(this.exports!, name);
    try {
      return context.typeof(fn) === "function";
    } finally {
      fn.dispose();
    }
  }

  /**
   * Calls the exported function `name` with JSON-compatible arguments and returns its result converted to
   * a host value (objects through JSON). Throws a `ConstitutionError`: the script's exception (`.script`),
   * a limit (`.limit`), or a missing export.
   */
  call(name: string, args: HostValue[]): unknown {
    this.ensure();
    const context = this.context!;
    let limitHit = false;
    const fn = context.getProp(this.exports!, name);
    const handles: QuickJSHandle[] = [];
    try {
      if (context.typeof(fn) !== "function") throw new ConstitutionError(`Export '${name}' of module '${this.name}' is not a function`);
      for (const a of args) handles.push(toHandle(context, a));
      const result = this.guard(`${name}()`, () => context.callFunction(fn, context.undefined, ...handles));
      try {
        return context.dump(result);
      } finally {
        result.dispose();
      }
    } catch (err) {
      limitHit = err instanceof ConstitutionError && err.limit !== undefined;
      throw err;
    } finally {
      for (const h of handles) h.dispose();
      fn.dispose();
      // After a limit the runtime is not trusted further: rebuilt before the next call.
      if (limitHit) this.teardown();
    }
  }

  private ensure(): void {
    if (this.closed) throw new ConstitutionError(`module '${this.name}' is closed`);
    if (!this.context) this.build();
  }

  private teardown(): void {
    const { exports, context, runtime } = this;
    this.exports = undefined;
    this.context = undefined;
    this.runtime = undefined;
    try {
      exports?.dispose();
      context?.dispose();
      runtime?.dispose();
    } catch {
      // A runtime that cannot be torn down cleanly is abandoned with its memory; the engine stays usable.
    }
  }

  /** Releases the runtime. */
  dispose(): void {
    this.closed = true;
    this.teardown();
  }
}

function dumpException(context: QuickJSContext, handle: QuickJSHandle): ScriptException {
  let value: unknown;
  try {
    value = context.dump(handle);
  } catch {
    value = undefined;
  }
  if (value && typeof value === "object" && "message" in value) {
    const v = value as { name?: unknown; message?: unknown; stack?: unknown };
    return { name: typeof v.name === "string" ? v.name : "Error", message: String(v.message), stack: typeof v.stack === "string" ? v.stack : undefined };
  }
  return { name: "Error", message: String(value) };
}

/** Host → script. Objects and arrays other than byte arrays go through JSON. */
function toHandle(context: QuickJSContext, value: HostValue): QuickJSHandle {
  if (value === undefined) return context.undefined;
  if (value === null) return context.null;
  if (typeof value === "string") return context.newString(value);
  if (typeof value === "number") return context.newNumber(value);
  if (typeof value === "boolean") return value ? context.true : context.false;
  if (value instanceof Uint8Array) return context.newArrayBuffer(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  if (Array.isArray(value) && value.some((v) => v instanceof Uint8Array || Array.isArray(v))) {
    const array = context.newArray();
    value.forEach((item, i) => {
      const h = toHandle(context, item);
      try {
        context.setProp(array, i, h);
      } finally {
        h.dispose();
      }
    });
    return array;
  }
  const json = context.getProp(context.global, "JSON");
  const parse = context.getProp(json, "parse");
  const text = context.newString(JSON.stringify(value));
  try {
    return context.unwrapResult(context.callFunction(parse, json, text));
  } finally {
    text.dispose();
    parse.dispose();
    json.dispose();
  }
}

/** Typed access to a native call's arguments; the prelude checks types before calling `native`. */
export interface NativeArgs {
  readonly length: number;
  isUndefined(i: number): boolean;
  string(i: number): string;
  number(i: number): number;
  /** An ArrayBuffer argument, copied. */
  bytes(i: number): Uint8Array;
}

function nativeArgs(context: QuickJSContext, handles: QuickJSHandle[]): NativeArgs {
  const at = (i: number): QuickJSHandle => {
    const h = handles[i];
    if (!h) throw new TypeError(`missing argument ${i}`);
    return h;
  };
  return {
    length: handles.length,
    isUndefined: (i) => handles[i] === undefined || context.typeof(handles[i]!) === "undefined",
    string: (i) => context.getString(at(i)),
    number: (i) => context.getNumber(at(i)),
    bytes: (i) => {
      const view = context.getArrayBuffer(at(i));
      try {
        return new Uint8Array(view.value);
      } finally {
        view.dispose();
      }
    },
  };
}

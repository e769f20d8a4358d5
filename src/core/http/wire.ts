/**
 * A value as it travels in JSON: what the server's response types say, seen from the browser.
 * A Date leaves the server as its ISO string; `undefined` members are dropped. Type-only, so the
 * web may import it.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Wire<U>[]
      : T extends object
        ? { [K in keyof T]: Wire<T[K]> }
        : T;

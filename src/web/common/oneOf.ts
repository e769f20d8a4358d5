/** Whether a string is one of a list of codes (a contract's enum), narrowing it. */
export function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A user's text as a literal inside a LIKE/ILIKE pattern: `%`, `_` and `\` lose their meaning. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

import { lazy, type ComponentType } from 'react';

/** React.lazy for modules that export the page by name rather than as default. */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

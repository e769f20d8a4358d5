import type { Config } from '../../core/config.js';
import { SealedBox } from '../../core/crypto/sm.js';

const boxes = new WeakMap<Buffer, SealedBox>();

/**
 * The sealed box of reporters' identities (name, phone, ID number, identifying channel details),
 * under its own key derived from the installation's data key; built once per key.
 */
export function reporterBox(config: Pick<Config, 'dataKey'>): SealedBox {
  let box = boxes.get(config.dataKey);
  if (!box) boxes.set(config.dataKey, (box = new SealedBox(config.dataKey, 'reporter')));
  return box;
}

// Writes files atomically: a temp file beside the target, then a rename, so a failure never
// leaves a half-written output.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, oneLine } from './messages.js';

export async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof CliError) throw e;
    const code = (e as { code?: unknown })?.code;
    const reason =
      typeof code === 'string' ? code : oneLine(e instanceof Error ? e.message : String(e)).slice(0, 160);
    throw new CliError('error.writeFailed', { file, reason });
  }
}

export function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

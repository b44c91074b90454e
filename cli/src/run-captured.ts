// Runs the CLI in-process with captured output (tests and the benchmark use it).
import { main, type CliIo } from './main.js';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCaptured(
  argv: readonly string[],
  opts: { env?: Record<string, string | undefined>; isTTY?: boolean; currentYear?: number } = {},
): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    currentYear: opts.currentYear ?? 2025,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

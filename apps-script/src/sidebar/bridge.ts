// A small typed promise bridge over google.script.run: `call('lampiranValidate', settings)`
// resolves with the server's value or rejects with its one-line message.
import type { Reply, SidebarApi } from '../api.js';

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

export type ServerName = keyof SidebarApi;
export type ServerArgs<K extends ServerName> = Parameters<SidebarApi[K]>;
export type ServerValue<K extends ServerName> = ReturnType<SidebarApi[K]> extends Reply<infer T> ? T : never;

export class ServerError extends Error {}

function isReply(v: unknown): v is Reply<unknown> {
  return !!v && typeof v === 'object' && typeof (v as { ok?: unknown }).ok === 'boolean';
}

export function call<K extends ServerName>(name: K, ...args: ServerArgs<K>): Promise<ServerValue<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((reply: unknown) => {
        if (!isReply(reply)) reject(new ServerError(String(name)));
        else if (reply.ok) resolve(reply.value as ServerValue<K>);
        else reject(new ServerError(reply.message));
      })
      .withFailureHandler((error: unknown) => {
        // An exception that escaped the server (timeout, authorisation): keep only its message.
        const message = error instanceof Error ? error.message : String(error);
        reject(new ServerError(message));
      });
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(String(name)));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

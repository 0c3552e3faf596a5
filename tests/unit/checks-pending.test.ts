/** Astro's loaders wait for npm run build's word that the checks passed only when it runs them beside Astro. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKED_ENV } from '../../src/check/check-all.ts';

const pending = () => import('../../src/check/checks-pending.ts');
const { send } = process;

describe('untilChecked', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    process.send = send;
  });

  it('resolves at once when the checks are not pending (astro dev, astro build, a build that ran them first)', async () => {
    await expect((await pending()).untilChecked()).resolves.toBeUndefined();
    vi.resetModules();
    vi.stubEnv(CHECKED_ENV, '1');
    await expect((await pending()).untilChecked()).resolves.toBeUndefined();
  });

  it('waits for the word on the channel, and then listens no more', async () => {
    vi.stubEnv(CHECKED_ENV, 'pending');
    process.send ??= () => true;
    const { CHECKS_PASSED, untilChecked } = await pending();
    const listeners = process.listenerCount('message');
    let passed = false;
    const waiting = untilChecked().then(() => (passed = true));
    process.emit('message', 'something else', undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(passed).toBe(false);
    process.emit('message', CHECKS_PASSED, undefined);
    await waiting;
    expect(process.listenerCount('message')).toBe(listeners);
  });

  it('refuses to wait for word that cannot come, in a process started without a channel', async () => {
    vi.stubEnv(CHECKED_ENV, 'pending');
    process.send = undefined;
    await expect((await pending()).untilChecked()).rejects.toThrow(`${CHECKED_ENV}=pending is for npm run build, which says over an IPC channel when the checks have passed`);
  });
});

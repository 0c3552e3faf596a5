/**
 * `npm run build` runs the content checks beside Astro, which meanwhile starts up: Astro's loaders wait here for
 * its word that the checks passed (a message on the IPC channel it starts Astro with) before reading any analysis.
 */
import { CHECKED_ENV } from './check-all.ts';

/** The value of CHECKED_ENV while `npm run build` runs the checks beside Astro. */
export const CHECKS_PENDING = 'pending';
/** What `npm run build` sends Astro once the checks have passed. */
export const CHECKS_PASSED = 'content checks passed';

let passed: Promise<void> | undefined;

/** Resolves once the content checks have passed: at once, unless `npm run build` is running them beside this process. */
export function untilChecked(): Promise<void> {
  passed ??= new Promise((resolve, reject) => {
    if (process.env[CHECKED_ENV] !== CHECKS_PENDING) return resolve();
    if (!process.send) return reject(new Error(`${CHECKED_ENV}=${CHECKS_PENDING} is for npm run build, which says over an IPC channel when the checks have passed`));
    const stopped = () => reject(new Error('npm run build stopped before its content checks ended'));
    const onMessage = (message: unknown) => {
      if (message !== CHECKS_PASSED) return;
      // Without listeners, the channel no longer keeps this process alive once Astro is done.
      process.off('message', onMessage);
      process.off('disconnect', stopped);
      resolve();
    };
    process.on('message', onMessage);
    process.once('disconnect', stopped);
  });
  return passed;
}

/** Module scripts deferred until the reader interacts (src/outputs/deferred-scripts.ts). */
import { describe, expect, it } from 'vitest';
import { deferModuleScripts } from '../../src/outputs/deferred-scripts.ts';

describe('deferModuleScripts', () => {
  it('turns every module script into a placeholder the loader restores', () => {
    const html = '<html><head><script type="module" src="/a.js"></script></head><body><p>x</p></body></html>';
    expect(deferModuleScripts(html)).toBe('<html><head><script type="text/plain" data-enhancement="/a.js"></script></head><body><p>x</p></body></html>');
  });

  it('moves a script left after </html> to the end of the body', () => {
    const html = '<html><body><main>x</main></body></html><script type="module" src="/search.js"></script>';
    expect(deferModuleScripts(html)).toBe('<html><body><main>x</main><script type="text/plain" data-enhancement="/search.js"></script></body></html>');
  });

  it('leaves a page with nothing after </html> as it is', () => {
    const html = '<html><body><p>x</p></body></html>\n';
    expect(deferModuleScripts(html)).toBe(html);
  });
});

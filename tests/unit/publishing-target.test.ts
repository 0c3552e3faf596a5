/** Where the site is published: SITE_URL, else the address the host's own build gives, else localhost with a warning. */
import { describe, expect, it } from 'vitest';
import { localhostWarning, publishingTarget } from '../../src/model/urls.ts';

describe('publishingTarget', () => {
  it('takes SITE_URL first, over any host’s address', () => {
    expect(publishingTarget({ SITE_URL: 'https://example.org', NETLIFY: 'true', URL: 'https://other.netlify.app' })).toEqual({ site: 'https://example.org', base: '/', from: 'SITE_URL' });
  });

  it.each([
    [{ NETLIFY: 'true', URL: 'https://verbatim.netlify.app' }, 'https://verbatim.netlify.app', "Netlify's URL"],
    [{ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.verbatim.pages.dev' }, 'https://abc123.verbatim.pages.dev', "Cloudflare Pages's CF_PAGES_URL"],
    [{ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'verbatim.vercel.app' }, 'https://verbatim.vercel.app', "Vercel's VERCEL_PROJECT_PRODUCTION_URL"],
  ])('reads the host’s own address where it gives one: %o', (env, site, from) => {
    const target = publishingTarget({ ...env, BASE_PATH: '/docs/' });
    expect(target).toEqual({ site, base: '/docs/', from });
    expect(localhostWarning(target as never)).toBeUndefined();
  });

  it('does not trust a variable named URL outside Netlify', () => {
    expect(publishingTarget({ URL: 'https://elsewhere.example' })).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('falls back to localhost and says what will point there, and the fix', () => {
    const target = publishingTarget({});
    expect(target).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(localhostWarning(target as never)).toMatch(/^SITE_URL is not set and no host gave the site's address, so canonical URLs, og:url, the sitemap, .* point at http:\/\/localhost:4321: set SITE_URL=/);
  });

  it('names the variable a bad address came from', () => {
    expect(publishingTarget({ NETLIFY: 'true', URL: 'https://example.org/sub/' })).toEqual({
      error: `Netlify's URL must be the site's http(s) origin, such as https://example.org (a sub-path goes in BASE_PATH); got "https://example.org/sub/"`,
    });
  });
});

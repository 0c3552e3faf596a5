import type { APIRoute } from 'astro';
import { claimSource, getClaimViews } from '../views/claims.ts';
import { toPublicClaim } from '../outputs/claim-export.ts';
import { jsonLines } from '../outputs/compact-json.ts';
import { gzipDownload } from '../outputs/gzip-download.ts';

/** Every claim: who claims what, with what status and when, and the sentence that carries it. */
export const GET: APIRoute = async () => {
  const claims = (await getClaimViews()).map((view) => toPublicClaim(claimSource(view, import.meta.env.BASE_URL)));
  return gzipDownload(jsonLines(claims, 'claims'));
};

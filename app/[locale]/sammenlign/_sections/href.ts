/** The URL of a comparison (its permalink), shared by the server sections and the client picker. */
export type Align = 'aar' | 'udpegning';

export function compareHref(slugs: readonly string[], align: Align): string {
  const params = new URLSearchParams();
  if (slugs.length) params.set('omraader', slugs.join(','));
  if (align === 'udpegning') params.set('align', 'udpegning');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `/sammenlign?${query}` : '/sammenlign';
}

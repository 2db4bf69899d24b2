/**
 * How the harmonised tiers look wherever they are drawn (timeline, map, legend): a colour and a
 * letter, so that no reader has to tell categories apart by colour alone. Their names are in the
 * messages (`labels.mapTier`).
 */
export const tierStyles: Record<string, { color: string; ink: string; letter: string }> = {
  prevention: { color: '#9ecae1', ink: '#08306b', letter: 'F' },
  vulnerable: { color: '#fdd49e', ink: '#4a2600', letter: 'U' },
  listed: { color: '#fc8d59', ink: '#2b0f00', letter: 'G' },
  parallel: { color: '#d7301f', ink: '#ffffff', letter: 'P' },
  transformation: { color: '#7f0000', ink: '#ffffff', letter: 'O' },
};

export const notListedStyle = { color: '#f3f4f7', ink: '#4a4a55', letter: '–' };
export const unknownStyle = { color: '#ffffff', ink: '#4a4a55', letter: '?' };

/**
 * How the harmonised tiers look wherever they are drawn (timeline, map, legend): a colour and a
 * letter, so that no reader has to tell categories apart by colour alone.
 */
export const tierStyles: Record<string, { color: string; ink: string; letter: string; name: string }> = {
  prevention: { color: '#9ecae1', ink: '#08306b', letter: 'F', name: 'forebyggelse' },
  vulnerable: { color: '#fdd49e', ink: '#4a2600', letter: 'U', name: 'udsat' },
  listed: { color: '#fc8d59', ink: '#2b0f00', letter: 'G', name: 'ghettoliste (2010–2017)' },
  parallel: { color: '#d7301f', ink: '#ffffff', letter: 'P', name: 'ghetto/parallelsamfund' },
  transformation: { color: '#7f0000', ink: '#ffffff', letter: 'O', name: 'hårdt ghetto/omdannelse' },
};

export const notListedStyle = { color: '#f3f4f7', ink: '#4a4a55', letter: '–', name: 'ikke på listen' };
export const unknownStyle = { color: '#ffffff', ink: '#4a4a55', letter: '?', name: 'ikke fundet (listen er ufuldstændig)' };

import { describe, expect, it, vi } from 'vitest';
import { BodyCache } from './respond';

describe('BodyCache', () => {
  it('builds a body once per data version and key, and again for a new version', () => {
    const cache = new BodyCache();
    const build = vi.fn(() => '{"n":1}');
    expect(cache.get('v1', 'interventions {}', build)).toBe('{"n":1}');
    expect(cache.get('v1', 'interventions {}', build)).toBe('{"n":1}');
    expect(build).toHaveBeenCalledTimes(1);
    cache.get('v1', 'interventions {"kind":["physical"]}', build);
    cache.get('v2', 'interventions {}', build);
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('drops the least recently used body past its size, and keeps no body over its limit', () => {
    const cache = new BodyCache(2, 10);
    cache.get('v', 'a', () => 'A');
    cache.get('v', 'b', () => 'B');
    cache.get('v', 'a', () => 'not built');
    cache.get('v', 'c', () => 'C');
    expect(cache.size).toBe(2);
    expect(cache.get('v', 'a', () => 'rebuilt')).toBe('A');
    expect(cache.get('v', 'b', () => 'rebuilt')).toBe('rebuilt');
    const big = vi.fn(() => 'x'.repeat(11));
    cache.get('v', 'big', big);
    cache.get('v', 'big', big);
    expect(big).toHaveBeenCalledTimes(2);
  });
});

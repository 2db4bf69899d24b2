import { describe, expect, it } from 'vitest';
import { limitFacetOptions } from './facet-limit';

const options = [
  { value: 'a', count: 1 },
  { value: 'b', count: 9 },
  { value: 'c', count: 5 },
  { value: 'd', count: 7 },
];

describe('limitFacetOptions', () => {
  it('keeps every option of a short facet', () => {
    expect(limitFacetOptions(options, [], 4)).toEqual({ options, hidden: 0 });
  });

  it('keeps the chosen ones and the most frequent others, in the given order, and says how many it left out', () => {
    expect(limitFacetOptions(options, ['a'], 2)).toEqual({ options: [options[0], options[1], options[3]], hidden: 1 });
    expect(limitFacetOptions(options, [], 1)).toEqual({ options: [options[1]], hidden: 3 });
  });
});

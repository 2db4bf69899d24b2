import { describe, expect, it } from 'vitest';
import { foldText, slugify } from './fold';

describe('foldText', () => {
  it('folds Danish spellings together', () => {
    expect(foldText('Tåstrupgård')).toBe(foldText('Taastrupgaard'));
    expect(foldText('Tåstrupgård')).toBe('tastrupgard');
    expect(foldText('Mjølnerparken')).toBe('mjolnerparken');
    expect(foldText('Mjoelnerparken')).toBe('mjolnerparken');
    expect(foldText('Æblehaven')).toBe('aeblehaven');
    expect(foldText('Sebbersundvej mv.')).toBe('sebbersundvej mv');
    expect(foldText('Gellerupparken/Toveshøj')).toBe('gellerupparken toveshoj');
  });
});

describe('slugify', () => {
  it('makes ASCII slugs with æ→ae, ø→oe, å→aa', () => {
    expect(slugify('Tåstrupgård')).toBe('taastrupgaard');
    expect(slugify('Mjølnerparken')).toBe('mjoelnerparken');
    expect(slugify('Sebbersundvej mv.')).toBe('sebbersundvej-mv');
    expect(slugify('Gellerupparken/Toveshøj')).toBe('gellerupparken-toveshoej');
    expect(slugify('Rønnebærparken/Æblehaven')).toBe('roennebaerparken-aeblehaven');
  });
});

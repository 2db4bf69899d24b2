import { describe, expect, it } from 'vitest';
import { formatIssue, loadData } from './load';
import { copyFixture, editYaml, validFixture, writeText } from './testing/fixture';

/** Loads a mutated fixture and returns its messages as the CLI prints them. */
function messagesAfter(change: (dir: string) => void): string[] {
  const dir = copyFixture();
  change(dir);
  return loadData(dir).issues.map(formatIssue);
}

describe('loadData', () => {
  it('accepts the valid fixture', () => {
    const { data, issues } = loadData(validFixture);
    expect(issues).toEqual([]);
    expect(data.areas.map((area) => area.slug).sort()).toEqual(['fixture-district', 'fixture-park', 'taastrupgaard']);
  });

  it('names file, record and field for a malformed year', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.built.from = '2019-05';
      }),
    );
    expect(messages).toEqual([
      'data/areas/fixture-park.yaml: [fixture-park] built.from: expected a year between 1900 and 2100, got "2019-05"',
    ]);
  });

  it('rejects a figure without a source', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        delete area.dwellings[0].sources;
      }),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/areas\/fixture-park\.yaml: \[fixture-park\] dwellings\[0\]\.sources: /);
  });

  it('rejects an empty source list: no source, no fact', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (intervention) => {
        intervention.quantities[0].sources = [];
      }),
    );
    expect(messages).toEqual([
      'data/interventions/fixture-plan.yaml: [fixture-plan] quantities[0].sources: expected at least one source id: no source, no fact',
    ]);
  });

  it('rejects an unknown source id', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.location.sources = ['fx-nowhere'];
      }),
    );
    expect(messages).toEqual(['data/areas/fixture-park.yaml: [fixture-park] location.sources[0]: unknown source id "fx-nowhere"']);
  });

  it('rejects an unknown area slug in an intervention', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (intervention) => {
        intervention.areas = ['no-such-area'];
      }),
    );
    expect(messages).toEqual(['data/interventions/fixture-plan.yaml: [fixture-plan] areas[0]: unknown area slug "no-such-area"']);
  });

  it('rejects an unknown area slug on a list', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'lists/2022-12-01.yaml', (list) => {
        list.categories[1].areas[0].area = 'ghost-park';
      }),
    );
    expect(messages).toEqual(['data/lists/2022-12-01.yaml: [2022-12-01] categories[1].areas[0].area: unknown area slug "ghost-park"']);
  });

  it('rejects a relation to a missing intervention', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-rehousing.yaml', (intervention) => {
        intervention.relations[0].target = 'fixture-gone';
      }),
    );
    expect(messages).toEqual([
      'data/interventions/fixture-rehousing.yaml: [fixture-rehousing] relations[0].target: relation to a missing intervention "fixture-gone"',
    ]);
  });

  it('rejects an accompanies relation that does not lead from a social to a physical intervention', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-rehousing.yaml', (intervention) => {
        intervention.relations[0].type = 'accompanies';
        intervention.relations[0].target = 'fixture-law';
      }),
    );
    expect(messages).toEqual([
      'data/interventions/fixture-rehousing.yaml: [fixture-rehousing] relations[0].type: accompanies links a social intervention to a physical one: this is social, "fixture-law" is policy',
    ]);
  });

  it('rejects a duplicate source id across files', () => {
    const messages = messagesAfter((dir) =>
      writeText(
        dir,
        'sources/more.yaml',
        '- { id: fx-wiki, url: "https://example.org/x", title: X, publisher: Y, published: null, accessed: "2026-11-27", language: da, kind: other, origin: primary }\n',
      ),
    );
    expect(messages).toEqual(['data/sources/test.yaml: [fx-wiki] id: duplicate source id (also in data/sources/more.yaml)']);
  });

  it('rejects a duplicate slug: the file name and the slug must agree', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'areas/taastrupgaard.yaml', (area) => {
        area.slug = 'fixture-park';
      }),
    );
    expect(messages).toContain(
      'data/areas/taastrupgaard.yaml: [taastrupgaard] slug: expected the slug to equal the file name "taastrupgaard", got "fixture-park"',
    );
  });

  it('names the record inside a multi-record file', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'sources/test.yaml', (sources) => {
        sources[1].url = 'not a url';
      }),
    );
    expect(messages[0]).toBe('data/sources/test.yaml: [fx-wiki] url: expected an http(s) URL, got "not a url"');
  });

  it('rejects a category that did not exist in the era of the list', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'lists/2022-12-01.yaml', (list) => {
        list.categories[0].code = 'haardt_ghetto';
      }),
    );
    expect(messages).toEqual([
      'data/lists/2022-12-01.yaml: [2022-12-01] categories[0].code: category "haardt_ghetto" did not exist under the 2021 criteria (expected one of forebyggelse, udsat, parallelsamfund, omdannelse)',
    ]);
  });

  it('rejects a list marked complete whose names do not match the published total', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'lists/2022-12-01.yaml', (list) => {
        list.categories[1].complete = true;
      }),
    );
    expect(messages).toEqual([
      'data/lists/2022-12-01.yaml: [2022-12-01] categories[1].complete: marked complete but names 1 of the published 3 areas',
    ]);
  });

  it('rejects an area in a category but not in the category the law makes it part of', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'lists/2022-12-01.yaml', (list) => {
        list.categories.unshift({ code: 'udsat', publishedTotal: null, complete: false, areas: [{ area: 'fixture-park', basis: 'printed' }] });
      }),
    );
    expect(messages).toEqual([
      'data/lists/2022-12-01.yaml: [2022-12-01] categories[1].areas[1].area: "taastrupgaard" is parallelsamfund but not udsat: by law every parallelsamfund area is also udsat; name it under udsat (basis: derived)',
    ]);
  });

  it('rejects a text without its English version, naming the file, record and field', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (plan) => {
        delete plan.titleEn;
        delete plan.description.textEn;
      }),
    );
    expect(messages).toEqual([
      'data/interventions/fixture-plan.yaml: [fixture-plan] titleEn: missing the English version of title (see data/README.md, Writing the English text)',
      'data/interventions/fixture-plan.yaml: [fixture-plan] description.textEn: missing the English version of text (see data/README.md, Writing the English text)',
    ]);
  });

  it('rejects a membership without its basis, and a derived one that does not say how', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'lists/2022-12-01.yaml', (list) => {
        delete list.categories[0].areas[0].basis;
        delete list.categories[0].areas[1].derivation;
      }),
    );
    expect(messages).toEqual([
      'data/lists/2022-12-01.yaml: [2022-12-01] categories[0].areas[0].basis: expected printed or derived, got undefined',
      'data/lists/2022-12-01.yaml: [2022-12-01] categories[0].areas[1].derivation: a derived membership must say how it was derived',
    ]);
  });

  it('rejects a part_of cycle', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (intervention) => {
        intervention.relations = [{ type: 'part_of', target: 'fixture-demolition', sources: ['fx-news'] }];
      }),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/interventions\/fixture-(plan|demolition)\.yaml: \[fixture-(plan|demolition)\] relations: part_of cycle: /);
  });

  it('keeps planned apart from done', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-plan.yaml', (intervention) => {
        intervention.status.value = 'planned';
        intervention.quantities[0].basis = 'completed';
      }),
    );
    expect(messages).toEqual([
      'data/interventions/fixture-plan.yaml: [fixture-plan] quantities[0].basis: a planned intervention cannot have completed quantities',
    ]);
  });

  it('requires an end date for a completed intervention', () => {
    const messages = messagesAfter((dir) =>
      editYaml(dir, 'interventions/fixture-demolition.yaml', (intervention) => {
        intervention.end = null;
      }),
    );
    expect(messages).toEqual(['data/interventions/fixture-demolition.yaml: [fixture-demolition] end: a completed intervention needs an end date']);
  });

  it('reports invalid YAML with its file', () => {
    const messages = messagesAfter((dir) => writeText(dir, 'areas/fixture-district.yaml', 'slug: [unclosed\n'));
    expect(messages[0]).toMatch(/^data\/areas\/fixture-district\.yaml: \[fixture-district\]: invalid YAML: /);
  });

  it('lists every problem at once', () => {
    const messages = messagesAfter((dir) => {
      editYaml(dir, 'areas/fixture-park.yaml', (area) => {
        area.municipality = 999;
        area.type = 'estate';
      });
      editYaml(dir, 'interventions/fixture-law.yaml', (intervention) => {
        intervention.kind = 'social';
      });
    });
    expect(messages).toEqual([
      expect.stringMatching(/^data\/areas\/fixture-park\.yaml: \[fixture-park\] type: /),
      'data/interventions/fixture-law.yaml: [fixture-law] category: category "law" is not a social category (expected one of helhedsplan, employment, education, youth, family, health, safety, community, resident_democracy, rehousing)',
      'data/interventions/fixture-law.yaml: [fixture-law] areas: a physical or social intervention needs at least one area',
    ]);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '@/db/build';
import { openDatabase } from '@/db/connection';
import { getArea } from '@/db/queries/areas';
import { copyFixture, editYaml } from '@/db/testing/fixture';
import messages from '@/app/_i18n/messages/da.json';
import { AreaTimeline } from './area-timeline';
import { InterventionCard } from './intervention-card';
import { Bibliography, footnoteIndex, Footnotes } from './source-refs';

const attack = '<script>window.__pwned = 1</script><img src=x onerror="alert(1)">';

describe('text from the data is never rendered as HTML', () => {
  it('shows a <script> put into titles, descriptions, notes and sources as text', () => {
    const dir = copyFixture();
    editYaml(dir, 'interventions/fixture-demolition.yaml', (doc) => {
      doc.title = `Nedrivning ${attack}`;
      doc.titleEn = `Demolition ${attack}`;
      doc.description = { text: `Beskrivelse ${attack}`, textEn: `Description ${attack}`, sources: ['fx-news'] };
      doc.quantities[0].note = `Note ${attack}`;
      doc.quantities[0].noteEn = `Note ${attack}`;
    });
    editYaml(dir, 'sources/test.yaml', (doc) => {
      doc[0].title = `Kilde ${attack}`;
    });
    const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-xss-')), 'x.sqlite');
    buildDatabase({ dataDir: dir, outPath });
    const area = getArea('fixture-park', openDatabase(outPath))!;
    const index = footnoteIndex(area.bibliography);
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="da" messages={messages} timeZone="Europe/Copenhagen">
        <Footnotes index={index}>
          <AreaTimeline interventions={area.interventions} statuses={area.statuses} lists={[{ date: '2022-12-01', complete: true }]} />
          {area.interventions.map((intervention) => (
            <InterventionCard key={intervention.slug} intervention={intervention} index={index} />
          ))}
          <Bibliography sources={area.bibliography} />
        </Footnotes>
      </NextIntlClientProvider>,
    );
    expect(html).toContain('Nedrivning &lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('Beskrivelse &lt;script&gt;');
    expect(html).toContain('Note &lt;script&gt;');
    expect(html).toContain('Kilde &lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
  });
});

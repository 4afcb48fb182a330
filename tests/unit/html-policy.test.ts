import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeName, everyElementAttributes, htmlAllowList, propertyName } from '../../src/lib/html-policy.ts';
import { outboundRel, withOutboundRel } from '../../src/lib/referrer-policy.ts';
import { offSiteHost, runsCode, urlScheme } from '../../src/lib/url-scheme.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

describe('the HTML a text may contain', () => {
  it('is listed in the staff guide exactly as the policy has it, group by group', async () => {
    const guide = await readFile(path.join(repoRoot, 'content/README.md'), 'utf8');
    const section = /^### HTML in a text\n([\s\S]*?)(?=^#)/m.exec(guide)?.[1] ?? '';
    const listed = [...section.matchAll(/^- ([^:\n]+): ((?:`<[^`]+>`(?:, )?)+)$/gm)].map(([, group, items]) => ({
      group,
      elements: Object.fromEntries([...(items ?? '').matchAll(/`<([^`]+)>`/g)].map(([, written]) => {
        const [name = '', ...attributes] = (written ?? '').split(' ');
        return [name, attributes];
      })),
    }));
    expect(listed).toEqual(htmlAllowList.map(({ group, elements }) => ({ group, elements })));
    for (const attribute of everyElementAttributes) expect(section).toContain(`\`${attribute}\``);
  });

  it('reads attribute names however HTML and React writers spell them', () => {
    for (const [written, property, attribute] of [
      ['class', 'className', 'class'], ['className', 'className', 'class'], ['http-equiv', 'httpEquiv', 'http-equiv'], ['httpEquiv', 'httpEquiv', 'http-equiv'],
      ['colspan', 'colSpan', 'colspan'], ['colSpan', 'colSpan', 'colspan'], ['onclick', 'onClick', 'onclick'], ['onClick', 'onClick', 'onclick'], ['ONCLICK', 'onClick', 'onclick'],
    ] as const) {
      expect([propertyName(written), attributeName(written)], written).toEqual([property, attribute]);
    }
  });

  it('reads the scheme of an address as a browser does, whatever its case, spaces, tabs or line breaks', () => {
    for (const written of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:x', 'vbscript:x', 'data:text/html,x']) {
      expect(runsCode(written), JSON.stringify(written)).toBe(true);
    }
    for (const written of ['https://www.hrw.org/', '#section', 'source:azattyq-31110144', 'mailto:info@iphronline.org', 'javascript&colon;x', '/cases/x/']) {
      expect(runsCode(written), written).toBe(false);
    }
    expect(urlScheme('HTTPS://www.hrw.org/')).toBe('https');
    expect([offSiteHost('https://evil.example/x.png'), offSiteHost('//evil.example/x'), offSiteHost('/images/x.png'), offSiteHost('x.png'), offSiteHost('mailto:a@b.example')]).toEqual(['evil.example', 'evil.example', undefined, undefined, undefined]);
  });
});

describe('links to other sites', () => {
  it('carry rel="noreferrer", and links within the site nothing', () => {
    expect([outboundRel('https://www.hrw.org/'), outboundRel('//www.hrw.org/'), outboundRel('/cases/x/'), outboundRel('#note'), outboundRel('mailto:a@b.example'), outboundRel(undefined)]).toEqual(['noreferrer', 'noreferrer', undefined, undefined, undefined, undefined]);
    expect(outboundRel('https://archive.test/briefings/x/', 'https://archive.test/')).toBeUndefined();
  });

  it('carry rel="noreferrer" in the citations Citation.js writes', () => {
    const apa = '<div class="csl-entry">Title. <a href="https://www.hrw.org/a?b=1&#38;c=2">https://www.hrw.org/a?b=1&#38;c=2</a> <a href="https://archive.test/briefings/x/">https://archive.test/briefings/x/</a></div>';
    expect(withOutboundRel(apa, 'https://archive.test/')).toBe('<div class="csl-entry">Title. <a href="https://www.hrw.org/a?b=1&#38;c=2" rel="noreferrer">https://www.hrw.org/a?b=1&#38;c=2</a> <a href="https://archive.test/briefings/x/">https://archive.test/briefings/x/</a></div>');
  });
});

import type { Law } from '../schemas/laws.ts';

const codeNames: Record<Law['code'], string> = {
  'criminal-code': 'Criminal Code',
  'administrative-code': 'Administrative Code',
  'criminal-code-1997': 'Criminal Code (1997)',
  'administrative-code-2001': 'Administrative Code (2001)',
};

/** The name readers know an article by: "Criminal Code, Article 405". */
export function lawLabel(law: Pick<Law, 'code' | 'article'>): string {
  return `${codeNames[law.code]}, Article ${law.article}`;
}

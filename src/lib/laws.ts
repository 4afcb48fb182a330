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

/** Looks up article labels by law id ("Criminal Code, Article 405"); unknown ids are shown as they are. */
export function lawLabeller(laws: Array<{ id: string; data: Pick<Law, 'code' | 'article'> }>): (id: string) => string {
  const byId = new Map(laws.map((law) => [law.id, law.data]));
  return (id) => {
    const law = byId.get(id);
    return law ? lawLabel(law) : id;
  };
}

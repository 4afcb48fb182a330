import Case from './Case.astro';
import Recommendations from './Recommendations.astro';

/** The components MDX content may use; the names match `contentComponentNames` in src/lib. */
export const contentComponents = { Case, Recommendations };

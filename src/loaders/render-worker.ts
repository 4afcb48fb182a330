/**
 * A child process of the content loader: renders one batch of texts (render-text.ts) and returns
 * what their entries keep. Started by mdxHtmlLoader through inChildProcesses (src/system/process-pool.ts).
 */
import type { Batch } from '../system/process-pool.ts';
import { textRenderer, type RenderedText, type RendererSettings, type TextJob } from './render-text.ts';

/** Renders a batch of texts, in order. */
export default async function renderBatch({ shared, jobs }: Batch<TextJob, RendererSettings>): Promise<RenderedText[]> {
  const render = await textRenderer(shared);
  const results: RenderedText[] = [];
  for (const job of jobs) results.push(await render(job));
  return results;
}

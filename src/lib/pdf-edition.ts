/** Where the PDF edition of a briefing is published inside the site: `pdf/<id>.pdf`. */
export function pdfPath(briefingId: string): string {
  return `pdf/${briefingId}.pdf`;
}

/** True when this build publishes the PDF edition (`npm run pdf` sets BRIEFINGS_PDF_EDITION=1). */
export function pdfEditionEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.BRIEFINGS_PDF_EDITION === '1';
}

/** The running footer of every PDF page: the title, and "page n of m". Chromium fills the spans. */
export function pdfFooterTemplate(title: string): string {
  const escaped = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  return `<div style="font-family: system-ui, sans-serif; font-size: 8pt; color: #444; width: 100%; padding: 0 2cm; display: flex; justify-content: space-between;">
    <span>${escaped}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

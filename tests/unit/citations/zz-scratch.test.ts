import { it } from 'vitest';
import { formatCitation } from '../../../src/lib/citations/formats.ts';
import { sourceRecord } from '../../../src/lib/citations/source-record.ts';
import { briefingRecord } from '../../../src/lib/citations/briefing-record.ts';
it('scratch', () => {
  const recs = [
  sourceRecord('amnesty', { title: 'Amnesty International document EUR 57/3375/2020', publisher: 'Amnesty International', date: '2020', url: 'https://www.amnesty.org/x', language: 'en', kind: 'ngo' }),
  sourceRecord('az', { title: 'Radio Azattyq report on a defamation case', publisher: 'Radio Azattyq (RFE/RL Kazakh service)', date: '2020', url: 'https://rus.azattyq.org/a/30651916.html', language: 'ru', kind: 'news' }),
  sourceRecord('az2', { title: 'Radio Azattyq report month', author: 'Ivan Ivanov', publisher: 'Radio Azattyq (RFE/RL Kazakh service)', date: '2021-11', url: 'https://rus.azattyq.org/a/1.html', language: 'ru', kind: 'news' }),
  sourceRecord('az3', { title: 'Radio Azattyq undated', publisher: 'Radio Azattyq (RFE/RL Kazakh service)', url: 'https://rus.azattyq.org/a/1.html', language: 'ru', kind: 'news' }),
  sourceRecord('az4', { title: 'Radio Azattyq undated accessed', publisher: 'Radio Azattyq (RFE/RL Kazakh service)', url: 'https://rus.azattyq.org/a/1.html', language: 'ru', kind: 'news', accessed: '2024-05-01' }),
  sourceRecord('law', { title: 'Criminal Code of the Republic of Kazakhstan (2014), Article 274', publisher: 'kodeksy-kz.com', url: 'https://kodeksy-kz.com/ka/274.htm', language: 'ru', kind: 'legislation' }),
  sourceRecord('fb', { title: 'Message', publisher: 'Facebook post by Aidana Aidarkhan', url: 'https://facebook.com/x', language: 'ru', kind: 'social-media', date: '2021-10-24' }),
  sourceRecord('yt', { title: 'Video about Aron Atabek', publisher: 'YouTube channel "АронАтабек"', url: 'https://youtube.com/x', language: 'kk', kind: 'video', date: '2021-10-18' }),
  briefingRecord({ id: 'p', title: 'Key concerns', subtitle: 'Briefing paper', kindLabel: 'Briefing paper', published: '2021-11', organisations: ['International Partnership for Human Rights', 'Kazakhstan International Bureau for Human Rights and Rule of Law'], authors: [], publisher: 'International Partnership for Human Rights', summary: 's', language: 'en', url: 'https://x.org/b/p/' }),
  briefingRecord({ id: 'c', title: 'Monitoring', kindLabel: 'Monitoring update', published: '2017-08', organisations: ['International Partnership for Human Rights', 'Kazakhstan International Bureau for Human Rights and Rule of Law'], authors: [], publisher: 'CIVICUS Monitor', summary: 's', language: 'en', url: 'https://x.org/b/c/' }),
  ];
  for (const r of recs) { console.log('APA: ' + formatCitation(r, 'apa', 'text')); console.log('CHI: ' + formatCitation(r, 'chicago-author-date', 'text')); }
}, 60000);

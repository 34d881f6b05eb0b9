/**
 * The city's printable report (A4), as HTML: the heading of an official document (issuer, national
 * motto, number, place and date, as src/components/letters/LetterHeading.astro lays it out and with
 * the same words), the city's totals, the table of wards and the wards not read. The hub is written
 * without Astro, so the letter components cannot be rendered here; their text comes from the same
 * dictionary. scripts/city-report.ts prints it to PDF with Chromium.
 */
import { t } from '../../i18n/index.ts';
import { formatDate } from '../site/dates.ts';
import type { CityConfig } from './config.ts';
import { escapeHtml, failureList, pageShell, summaryLines, wardTable } from './page.ts';
import type { CityRollup } from './rollup.ts';

export function cityReport(input: {
  config: CityConfig;
  rollup: CityRollup;
  policy: string;
  generated: { day: string; time: string };
}): string {
  const { config, rollup } = input;
  const report = config.report;
  const issuer = (report?.issuer ?? [config.city.name.toLocaleUpperCase('vi')])
    .map((line) => `<span class="block strong">${escapeHtml(line)}</span>`)
    .join('');
  const place = report?.place ?? config.city.name.replace(/^Thành phố\s+/, '');
  const date = rollup.newest ? formatDate(rollup.newest) : input.generated.day;
  const sample = rollup.rows.some((row) => row.feed.sample)
    ? `<p class="sample-mark">${t('report.sample')}</p>`
    : '';
  const failures = failureList(rollup).replace(
    /<h2 id="failures-title">[^<]*<\/h2>/,
    `<h2 id="failures-title">${t('city.report.failures')}</h2>`,
  );
  const main = `<article class="report">${sample}
<div class="letter-heading"><p class="issuer">${issuer}<span class="rule"></span></p>
<p class="motto strong"><span class="block">${t('letters.nation')}</span><span class="block underline">${t('letters.motto')}</span></p>
<p class="number">${t('letters.number', { number: '      /BC' })}</p>
<p class="date">${escapeHtml(t('report.dateLine', { place }))}</p></div>
<h1>${t('report.heading')}</h1><p class="subject strong">${t('city.report.subject', { date })}</p>
${report?.recipient ? `<p class="to">${escapeHtml(t('report.to', { recipient: report.recipient }))}</p>` : ''}
<p>${escapeHtml(t('city.report.intro', input.generated))}</p>
<h2>${t('city.report.summary')}</h2><ul>${summaryLines(rollup, config)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul>
<h2>${t('city.report.wards')}</h2>${wardTable(rollup, config)}
${failures}
<div class="signature"><p class="strong">${(report?.signer ?? []).map(escapeHtml).join('<br>')}</p><p class="muted">${t('city.report.signature')}</p></div>
</article>`;
  return pageShell({
    title: t('city.report.title'),
    description: t('city.report.title'),
    main,
    policy: input.policy,
    css: '../city.css',
    bodyClass: 'print-report',
  });
}

/**
 * `npm run new -- news "Tiêu đề"` (or letter, story, bulletin): creates a draft in the content
 * folder, named after the title folded to ASCII. Never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../src/lib/content-rules/content-errors.ts';
import { calendarDateIn } from '../src/lib/site/dates.ts';
import { contentPath, displayPath } from '../src/lib/site/paths.ts';
import { scaffold, ScaffoldError } from '../src/lib/content-rules/scaffold.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';
import { readGroups } from '../src/lib/tables/read.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [kind = '', ...words] = process.argv.slice(2);

let created;
try {
  const site = readSite();
  created = scaffold(kind, words.join(' '), {
    today: calendarDateIn(new Date(), site.campaign.timeZone),
    wardName: site.ward.name,
    groupCode: (await readGroups())[0]?.data.code ?? '',
    categoryCode: site.stories.categories[0]?.code ?? '',
  });
} catch (error) {
  // What the editor typed, or content the template is read from (site.yaml, groups.csv), is wrong.
  if (error instanceof ScaffoldError || error instanceof ContentError) fail(error.message);
  throw error;
}

const file = contentPath(created.folder, created.fileName);
mkdirSync(path.dirname(file), { recursive: true });
try {
  writeFileSync(file, created.text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(
      `Đã có tệp ${displayPath(file)}: lệnh này không ghi đè. Mở tệp đó để sửa, hoặc đặt một tiêu đề khác.`,
    );
  }
  throw error;
}
console.log(
  `Đã tạo ${displayPath(file)} (bản nháp). Mở tệp để viết nội dung; xem trước bằng npm run dev; xóa dòng "draft: true" khi muốn đăng.`,
);

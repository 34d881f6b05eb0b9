/**
 * The deploy workflow's issue (scripts/deploy-status.ts), against a stub of GitHub's API on
 * loopback that keeps issues and comments in memory and pages its answers as GitHub does: one
 * issue for refused saves, updated rather than duplicated, closed by the next publish; found
 * past the first page; and never an issue someone else opened, even one holding the marker.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownReport } from '../../scripts/checks/report.ts';
import {
  BOT,
  LABEL,
  MARKER,
  reportPublished,
  reportRefused,
  type GitHubContext,
} from '../../scripts/deploy-status.ts';

interface StubIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  comments: string[];
  user: { login: string };
  labels: { name: string }[];
  pull_request?: object;
}

/** An issue someone opened, as GitHub lists it. */
const issue = (number: number, login: string, body: string, more: Partial<StubIssue> = {}) => ({
  number,
  title: `Câu hỏi ${number}`,
  body,
  state: 'open' as const,
  comments: [],
  user: { login },
  labels: [],
  ...more,
});

const issues: StubIssue[] = [];
const calls: string[] = [];
let server: Server;
let context: GitHubContext;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      calls.push(`${request.method} ${request.url}`);
      expect(request.headers.authorization).toBe('Bearer secret');
      const body = text ? JSON.parse(text) : {};
      const url = new URL(request.url!, 'http://stub');
      const match = /^\/repos\/ward\/site\/issues(?:\/(\d+))?(\/comments)?$/.exec(url.pathname);
      const send = (value: unknown, status = 200) => {
        response.statusCode = status;
        response.end(JSON.stringify(value));
      };
      if (!match) return send({ message: 'Not Found' }, 404);
      const issue = match[1] ? issues.find((i) => i.number === Number(match[1])) : undefined;
      if (request.method === 'GET') {
        // Pages as GitHub does; its creator and labels filters are left to the client to check.
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const open = issues.filter((i) => i.state === url.searchParams.get('state'));
        return send(open.slice((page - 1) * perPage, page * perPage));
      }
      if (request.method === 'POST' && !match[1]) {
        const { labels = [], ...rest } = body as {
          labels?: string[];
          title: string;
          body: string;
        };
        const created: StubIssue = {
          number: issues.length + 1,
          state: 'open' as const,
          comments: [],
          user: { login: BOT },
          labels: labels.map((name) => ({ name })),
          ...rest,
        };
        issues.push(created);
        return send(created, 201);
      }
      if (request.method === 'POST' && issue && match[2]) {
        issue.comments.push(body.body);
        return send({}, 201);
      }
      if (request.method === 'PATCH' && issue) return send(Object.assign(issue, body));
      send({ message: 'Unexpected' }, 400);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  context = {
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token: 'secret',
    repository: 'ward/site',
    actor: 'chi-lan',
    sha: '0123456789abcdef',
    runUrl: 'https://github.com/ward/site/actions/runs/7',
  };
  // An unrelated open issue, a pull request, an outsider's issue holding the marker and the
  // label, and the bot's own issue of another workflow: none is the status issue. Then 150 open
  // issues of residents, so the status issue is on the second page of 100.
  issues.push(
    issue(1, 'nguoi-dan', 'Xin chào'),
    issue(2, BOT, MARKER, { pull_request: {}, labels: [{ name: LABEL }] }),
    issue(3, 'ke-la', `${MARKER}\nGiả làm thông báo`, { labels: [{ name: LABEL }] }),
    issue(4, BOT, `${MARKER}\nKhông có nhãn`),
    ...Array.from({ length: 150 }, (_, index) => issue(5 + index, 'nguoi-dan', 'Hỏi đáp')),
  );
});
const FIRST = 155;

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the status issue', () => {
  it('is opened on a refused save, in Vietnamese, naming who saved', async () => {
    expect(await reportRefused(context, '## Trang web chưa được cập nhật\n\n- lỗi 1')).toBe(FIRST);
    const opened = issues[FIRST - 1]!;
    expect(opened).toMatchObject({
      title: 'Trang web chưa được cập nhật',
      state: 'open',
      labels: [{ name: LABEL }],
    });
    expect(opened.body).toContain(MARKER);
    expect(opened.body).toContain('- lỗi 1');
    expect(opened.body).toContain('Lần lưu của @chi-lan (bản lưu 0123456)');
    expect(opened.body).toContain('https://github.com/ward/site/actions/runs/7');
    // Two pages read: the first full, the second not.
    expect(calls.filter((call) => call.startsWith('GET'))).toHaveLength(2);
  });

  it('is updated, not duplicated, on the next refused save', async () => {
    expect(await reportRefused(context, '## Trang web chưa được cập nhật\n\n- lỗi 2')).toBe(FIRST);
    expect(issues).toHaveLength(FIRST);
    expect(issues[FIRST - 1]!.body).toContain('- lỗi 2');
    expect(issues[FIRST - 1]!.body).not.toContain('- lỗi 1');
    expect(issues[FIRST - 1]!.comments).toEqual([
      'Lần lưu mới vẫn chưa được đăng: danh sách lỗi ở đầu trang đã được cập nhật. Lần lưu của @chi-lan (bản lưu 0123456). Nhật ký kiểm tra: https://github.com/ward/site/actions/runs/7',
    ]);
  });

  it('is closed with a comment by the next publish, and a publish with none open does nothing', async () => {
    expect(await reportPublished(context)).toBe(FIRST);
    expect(issues[FIRST - 1]!.state).toBe('closed');
    expect(issues[FIRST - 1]!.comments.at(-1)).toMatch(/^Đã sửa xong: nội dung đạt mọi kiểm tra/);
    calls.length = 0;
    expect(await reportPublished(context)).toBeUndefined();
    expect(calls.every((call) => call.startsWith('GET '))).toBe(true);
    expect(calls).toHaveLength(2);
    // Nobody else's issue was touched: no comment, still open, its text as it was.
    for (const other of issues.slice(0, FIRST - 1))
      expect([other.number, other.state, other.comments]).toEqual([other.number, 'open', []]);
    expect(issues[2]!.body).toBe(`${MARKER}\nGiả làm thông báo`);
  });

  it('is opened anew by a refusal after a publish', async () => {
    expect(await reportRefused(context, '- lỗi 3')).toBe(FIRST + 1);
    expect(issues.filter((each) => each.state === 'closed').map((i) => i.number)).toEqual([FIRST]);
  });

  it('says a refused update of the program is nobody’s save, mentioning no one', async () => {
    expect(await reportRefused(context, '- lỗi 4', { update: true })).toBe(FIRST + 1);
    const body = issues[FIRST]!.body;
    expect(body).toContain(
      'Phiên bản mới của chương trình dựng trang chưa được nhận: với phiên bản này, nội dung của phường chưa đạt các kiểm tra dưới đây. Trang web vẫn chạy phiên bản cũ, không có gì bị mất.',
    );
    expect(body).toContain('- lỗi 4');
    expect(body).not.toContain('@chi-lan');
    expect(issues[FIRST]!.comments.at(-1)).toBe(
      'Phiên bản mới của chương trình vẫn chưa được nhận: danh sách lỗi ở đầu trang đã được cập nhật.',
    );
  });
});

describe('a check that could not run', () => {
  it('still opens the issue (the workflow’s `report failed`), saying so and whom to tell', async () => {
    await reportPublished(context);
    const before = issues.length;
    await promisify(execFile)(process.execPath, ['scripts/deploy-status.ts', 'failed'], {
      env: {
        ...process.env,
        GITHUB_API_URL: context.api,
        GITHUB_TOKEN: 'secret',
        GITHUB_REPOSITORY: 'ward/site',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '8',
      },
    });
    expect(issues).toHaveLength(before + 1);
    const opened = issues.at(-1)!;
    expect(opened).toMatchObject({ title: 'Trang web chưa được cập nhật', state: 'open' });
    expect(opened.labels).toEqual([{ name: LABEL }]);
    expect(opened.body).toContain('chương trình kiểm tra nội dung không chạy được đến cuối');
    expect(opened.body).toContain('Đây không phải lỗi của cán bộ đã lưu bài');
    expect(opened.body).toContain(
      'Chuyển thông báo này cho người phụ trách kỹ thuật của phường, kèm đường link nhật ký: https://github.com/ward/site/actions/runs/8',
    );
  });
});

describe('text from content in the issue', () => {
  it('mentions, references and links nothing', () => {
    const report = markdownReport([
      {
        file: 'content/@octocat.csv',
        line: 2,
        field: '@acme',
        message:
          'Ảnh "https://dang-nhap.example/otp ~~gạch~~ :warning: GH-1 #1 www.lua-dao.example @ban-tin" không có.',
      },
    ]);
    const item = report.split('\n').find((line) => line.startsWith('- '))!;
    // What GitHub would turn into a mention, a reference, a link, struck text or an emoji.
    for (const live of [
      /@[\w-]/,
      /#\d/,
      /\bGH-\d/i,
      /https?:\/\//,
      /\bwww\./,
      /(^|[^\\])~/,
      /:[a-z_]+:/,
    ])
      expect([live, live.test(item)]).toEqual([live, false]);
    // The words are all still there, to the eye.
    expect(item.replace(/[\u2060\\]/g, '')).toContain(
      'content/@octocat.csv, dòng 2, trường "@acme": Ảnh "https://dang-nhap.example/otp ~~gạch~~ :warning: GH-1 #1 www.lua-dao.example @ban-tin" không có.',
    );
  });
});

/**
 * The deploy workflow's issue (scripts/deploy-status.ts), against a stub of GitHub's API on
 * loopback that keeps issues and comments in memory: one issue for refused saves, updated rather
 * than duplicated, closed by the next publish.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
  pull_request?: object;
}

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
      if (request.method === 'GET')
        return send(issues.filter((i) => i.state === url.searchParams.get('state')));
      if (request.method === 'POST' && !match[1]) {
        const created = {
          number: issues.length + 1,
          state: 'open' as const,
          comments: [],
          ...body,
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
  // An unrelated open issue and a pull request, which must never be taken for the status issue.
  issues.push(
    { number: 1, title: 'Hỏi về áp phích', body: 'Xin chào', state: 'open', comments: [] },
    { number: 2, title: 'PR', body: MARKER, state: 'open', comments: [], pull_request: {} },
  );
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the status issue', () => {
  it('is opened on a refused save, in Vietnamese, naming who saved', async () => {
    expect(await reportRefused(context, '## Trang web chưa được cập nhật\n\n- lỗi 1')).toBe(3);
    expect(issues[2]).toMatchObject({ title: 'Trang web chưa được cập nhật', state: 'open' });
    expect(issues[2]!.body).toContain(MARKER);
    expect(issues[2]!.body).toContain('- lỗi 1');
    expect(issues[2]!.body).toContain('Lần lưu của @chi-lan (bản lưu 0123456)');
    expect(issues[2]!.body).toContain('https://github.com/ward/site/actions/runs/7');
  });

  it('is updated, not duplicated, on the next refused save', async () => {
    expect(await reportRefused(context, '## Trang web chưa được cập nhật\n\n- lỗi 2')).toBe(3);
    expect(issues).toHaveLength(3);
    expect(issues[2]!.body).toContain('- lỗi 2');
    expect(issues[2]!.body).not.toContain('- lỗi 1');
    expect(issues[2]!.comments).toEqual([
      'Lần lưu mới vẫn chưa được đăng: danh sách lỗi ở đầu trang đã được cập nhật. Lần lưu của @chi-lan (bản lưu 0123456). Nhật ký kiểm tra: https://github.com/ward/site/actions/runs/7',
    ]);
  });

  it('is closed with a comment by the next publish, and a publish with none open does nothing', async () => {
    expect(await reportPublished(context)).toBe(3);
    expect(issues[2]!.state).toBe('closed');
    expect(issues[2]!.comments.at(-1)).toMatch(/^Đã sửa xong: nội dung đạt mọi kiểm tra/);
    calls.length = 0;
    expect(await reportPublished(context)).toBeUndefined();
    expect(calls).toEqual(['GET /repos/ward/site/issues?state=open&per_page=100']);
    expect(issues[0]!.state).toBe('open');
  });

  it('is opened anew by a refusal after a publish', async () => {
    expect(await reportRefused(context, '- lỗi 3')).toBe(4);
    expect(issues.filter((issue) => issue.state === 'open').map((i) => i.number)).toEqual([
      1, 2, 4,
    ]);
  });
});

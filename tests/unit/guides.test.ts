import { describe, expect, it } from 'vitest';
import { byOrder, duplicateOrders, neighbours } from '../../src/lib/site/guides.ts';

describe('guides in order', () => {
  it('sorts by order and finds the guides before and after', () => {
    const guides = [{ order: 3 }, { order: 1 }, { order: 2 }].sort(byOrder);
    expect(guides.map((guide) => guide.order)).toEqual([1, 2, 3]);
    expect(neighbours(guides, 0)).toEqual({ next: { order: 2 } });
    expect(neighbours(guides, 1)).toEqual({ previous: { order: 1 }, next: { order: 3 } });
    expect(neighbours(guides, 2)).toEqual({ previous: { order: 2 } });
  });

  it('names both files when two guides share an order', () => {
    expect(
      duplicateOrders([
        { file: 'content/guides/a.mdx', order: 1 },
        { file: 'content/guides/b.mdx', order: 2 },
        { file: 'content/guides/c.mdx', order: 1 },
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "order",
          "file": "content/guides/c.mdx",
          "message": "Số thứ tự 1 đã dùng cho a.mdx. Mỗi hướng dẫn cần một số riêng, ví dụ: order: 3",
        },
      ]
    `);
  });
});

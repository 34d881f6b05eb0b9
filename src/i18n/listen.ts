/**
 * The "Nghe" player's words: part of the one dictionary (vi.ts spreads them in, so `t()` knows
 * them), kept in a file of their own because the player, which runs in the browser, imports them
 * and must not carry the whole dictionary.
 */
export const listen = {
  'listen.play': 'Nghe',
  'listen.pause': 'Tạm dừng',
  'listen.resume': 'Nghe tiếp',
  'listen.stop': 'Dừng',
  'listen.slower': 'Đọc chậm hơn',
  'listen.status.reading': 'Đang đọc trang cho bạn nghe.',
  'listen.status.paused': 'Đã tạm dừng. Bấm “Nghe tiếp” để nghe tiếp.',
  'listen.status.stopped': 'Đã dừng đọc.',
  'listen.status.done': 'Đã đọc hết trang.',
} as const;

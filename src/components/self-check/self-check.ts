/**
 * <self-check>: shows a round of `data-count` questions drawn at random, scores the round and
 * shows, under each question, whether it was right; a wrong one gets its guide's link and its
 * answer opened. Every text comes from the page, so this holds no wording of its own.
 */
import { drawIndices } from '../../lib/site/draw.ts';

export function defineSelfCheck(): void {
  customElements.define(
    'self-check',
    class extends HTMLElement {
      connectedCallback() {
        const questions = [...this.querySelectorAll<HTMLElement>('[data-question]')];
        const status = this.querySelector('[role="status"]');
        if (!questions.length || !status) return;
        for (const part of this.querySelectorAll<HTMLElement>('[data-quiz]')) part.hidden = false;

        const draw = () => {
          const picked = new Set(drawIndices(questions.length, Number(this.dataset.count)));
          questions.forEach((question, index) => {
            question.hidden = !picked.has(index);
            for (const input of question.querySelectorAll('input')) input.checked = false;
            show(question, undefined);
          });
          status.textContent = '';
        };

        this.addEventListener('click', (event) => {
          const action = (event.target as HTMLElement).closest('button')?.dataset.action;
          if (action === 'again') {
            draw();
            questions
              .find((question) => !question.hidden)
              ?.querySelector('input')
              ?.focus();
          }
          if (action !== 'score') return;
          const shown = questions.filter((question) => !question.hidden);
          let right = 0;
          for (const question of shown) {
            const chosen = question.querySelector<HTMLInputElement>('input:checked')?.value;
            const ok = chosen === question.dataset.answer;
            if (ok) right++;
            show(question, ok);
          }
          status.textContent = (this.dataset.result ?? '')
            .replace('{right}', String(right))
            .replace('{total}', String(shown.length));
        });
        draw();
      }
    },
  );
}

/** Marks a question right, wrong (its answer opened) or not yet scored (undefined). */
function show(question: HTMLElement, ok: boolean | undefined): void {
  for (const result of question.querySelectorAll<HTMLElement>('[data-result]'))
    result.hidden = ok === undefined || (result.dataset.result === 'right') !== ok;
  const details = question.querySelector('details');
  if (details) details.open = ok === false;
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import interaction from '../../src/integrations/interaction-directive';

/** Runs the directive on a fresh element; resolves the count of hydrations so far, on demand. */
function mount(value: string): () => number {
  let hydrated = 0;
  const load = vi.fn(() => Promise.resolve(() => Promise.resolve(void (hydrated += 1))));
  const el = document.createElement('astro-island');
  // The directive returns nothing to wait for: hydration happens later, on its own.
  const run: (...args: Parameters<typeof interaction>) => unknown = interaction;
  run(load, { name: 'interaction', value }, el);
  return () => hydrated;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('client:interaction', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('waits for the first interaction, then hydrates once', async () => {
    const hydrated = mount('gloss:nothing-saved');
    await settle();
    expect(hydrated()).toBe(0);
    window.dispatchEvent(new Event('keydown'));
    window.dispatchEvent(new Event('pointerdown'));
    await settle();
    expect(hydrated()).toBe(1);
  });

  it('counts a scroll or focus anywhere on the page as an interaction', async () => {
    const scrolled = mount('');
    document.dispatchEvent(new Event('scroll', { bubbles: false }));
    await settle();
    expect(scrolled()).toBe(1);
    const focused = mount('');
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(focused()).toBe(1);
  });

  it('hydrates at once when the named key holds saved data', async () => {
    localStorage.setItem('gloss:saved', '{"version":1}');
    const hydrated = mount('gloss:saved');
    await settle();
    expect(hydrated()).toBe(1);
  });
});

import { useSyncExternalStore } from 'react';

const noSubscribe = (): (() => void) => () => undefined;

/**
 * False in the server render and while hydrating, true from the render after. Islands use it to show,
 * until their code runs, only what works without it: a control rendered on the server looks usable
 * before then, and React throws away whatever was typed or ticked in it during that time.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

import { useSyncExternalStore, type ReactNode } from 'react';

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

/** Props of {@link HydrationGate}. */
export interface HydrationGateProps {
  /** The group's name, for assistive technology (the legend is visually hidden). */
  legend: string;
  /** Class of the fieldset. */
  className?: string;
  /** The form's controls. */
  children: ReactNode;
}

/**
 * A fieldset that keeps a server-rendered form's controls disabled until the island has hydrated.
 * It holds the hydration state itself, so enabling the form re-renders only this fieldset: its
 * children are the same elements as before, and React skips them.
 */
export function HydrationGate({ legend, className, children }: HydrationGateProps) {
  const hydrated = useHydrated();
  return (
    <fieldset className={className} disabled={!hydrated}>
      <legend className="gl-visually-hidden">{legend}</legend>
      {children}
    </fieldset>
  );
}

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props<K extends string> {
  label: string;
  tabs: ReadonlyArray<{ key: K; label: string }>;
  current: K;
  onChange: (key: K) => void;
  children: ReactNode;
}

// Arrow keys move between tabs and show the one reached (the WAI-ARIA tabs pattern); Tab goes on to the
// panel, so the tab list is one stop in the focus order.
const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The popup's sections (Pin, Activity) as tabs over one panel. */
export function SectionTabs<K extends string>({ label, tabs, current, onChange, children }: Props<K>) {
  const base = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const tabId = (key: K) => `${base}-tab-${key}`;
  const panelId = `${base}-panel`;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(index, tabs.length);
    onChange(tabs[next]!.key);
    buttons.current[next]?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={label} className="segmented">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            id={tabId(tab.key)}
            role="tab"
            type="button"
            aria-selected={tab.key === current}
            aria-controls={panelId}
            tabIndex={tab.key === current ? 0 : -1}
            onClick={() => onChange(tab.key)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(current)}>
        {children}
      </div>
    </>
  );
}

import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ChoiceGroup } from '../../src/ui/components/ChoiceGroup';

/** A parent that re-renders on demand while the stored value has not caught up yet. */
function Harness({ stored }: { stored: string | null }) {
  const [renders, setRenders] = useState(0);
  return (
    <>
      <ChoiceGroup
        legend="Level"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value={stored}
        onChange={() => undefined}
      />
      <button type="button" onClick={() => setRenders(renders + 1)}>
        render {renders}
      </button>
    </>
  );
}

describe('a choice', () => {
  it('stays chosen while its save is on the way, and follows the stored value once it changes', () => {
    const { rerender } = render(<Harness stored={null} />);
    fireEvent.click(screen.getByRole('radio', { name: 'B' }));
    fireEvent.click(screen.getByRole('button', { name: /render/ }));
    expect((screen.getByRole('radio', { name: 'B' }) as HTMLInputElement).checked).toBe(true);

    // Another tab stores a different answer: that one shows.
    rerender(<Harness stored="a" />);
    expect((screen.getByRole('radio', { name: 'A' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'B' }) as HTMLInputElement).checked).toBe(false);
  });
});

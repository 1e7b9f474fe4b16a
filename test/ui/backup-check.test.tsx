import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createAssessment, lastBackupAt } from '../../src/storage';
import { renderApp } from '../helpers/render';

// A writer and a reader that disagree, as a bug would make them: the file must not be handed over.
vi.mock('../../src/domain/backup/check', async () => {
  const { BackupCheckFailed } = await import('../../src/domain/backup/format');
  return {
    checkBackup: () => {
      throw new BackupCheckFailed({ kind: 'invalid', number: 1, path: 'grid.cells' });
    },
  };
});

describe('saving a backup that does not read back', () => {
  it('hands over no file and tells the user why', async () => {
    await createAssessment({ name: 'Kaarna' });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await renderApp('/backup');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tallenna kaikkien arviointien varmuuskopio' }),
    );
    const message = await screen.findByText(/^Varmuuskopiota ei tallennettu/);
    expect(message.textContent).toContain('kohdassa grid.cells');
    expect(message.textContent).toContain('Vastauksesi ovat yhä tällä laitteella');
    expect(click).not.toHaveBeenCalled();
    expect(await lastBackupAt()).toBeNull();
  });
});

import { screen } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, MarkkinapajaDb } from '../../src/storage/db';
import { createAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

describe('another tab and the database', () => {
  it('tells this tab to reload when another tab opens a newer version of the database', async () => {
    await createAssessment({ name: 'Kaarna' });
    await renderApp('/');
    await screen.findByRole('link', { name: 'Kaarna' });
    // Another tab of a newer app version upgrades the same database.
    const newer = new Dexie(db().name);
    newer
      .version(99)
      .stores({ assessments: 'id, updatedAt', summaries: 'id, updatedAt', settings: 'key' });
    await newer.open();
    expect(
      await screen.findByText(
        /^Markkinapaja päivitettiin toisella välilehdellä\./,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lataa uudelleen' })).toBeTruthy();
    newer.close();
  });

  it('asks to close other tabs when one holds the database during an upgrade', async () => {
    await renderApp('/');
    const name = `blocked-${Math.random()}`;
    // An old tab of version 1 that does not let go of the database.
    const old = new Dexie(name);
    old.version(1).stores({ assessments: 'id, updatedAt', summaries: 'id, updatedAt' });
    await old.open();
    old.on('versionchange', () => false);
    const upgrading = new MarkkinapajaDb(name);
    const opening = upgrading.open();
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain(
      'Sulje Markkinapajan muut välilehdet tai ikkunat',
    );
    // Once the old tab is closed, the upgrade goes through.
    old.close();
    await opening;
    expect(upgrading.verno).toBe(4);
    upgrading.close();
  });
});

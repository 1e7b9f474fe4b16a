import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/storage';
import { renderApp } from '../helpers/render';

describe('the first screens', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'need only the texts downloaded at start (%s); a workshop screen loads the rest',
    async (lng) => {
      const a = await createAssessment({ name: 'Kaarna' });
      await renderApp('/', lng, { firstScreenOnly: true });
      await screen.findByRole('link', { name: 'Kaarna' });
      fireEvent.click(
        screen.getAllByRole('link', { name: /./ }).find((l) => l.getAttribute('href') === '/new')!,
      );
      await screen.findByRole('heading', { level: 1 });
      // Opening the assessment brings the workshop's texts; the missing-key check runs after each test.
      history.pushState(null, '', `/a/${a.id}`);
      dispatchEvent(new PopStateEvent('popstate'));
      expect(await screen.findByRole('heading', { level: 1, name: 'Kaarna' })).toBeTruthy();
    },
  );
});

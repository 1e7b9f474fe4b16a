import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliverFile } from '../../src/ui/components/deliver-file';

const pdf = () => new Blob(['%PDF-1.7'], { type: 'application/pdf' });

function homeScreenApp(share?: { canShare: boolean; share?: () => Promise<void> }) {
  Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
  Object.defineProperty(navigator, 'canShare', {
    value: () => share?.canShare ?? false,
    configurable: true,
  });
  Object.defineProperty(navigator, 'share', { value: share?.share, configurable: true });
}

afterEach(() => {
  for (const key of ['standalone', 'canShare', 'share']) {
    delete (navigator as unknown as Record<string, unknown>)[key];
  }
});

describe('handing over a file', () => {
  it('downloads it in a browser tab', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    expect(await deliverFile(pdf(), 'suunnitelma.pdf')).toBe('downloaded');
    expect(clicks).toEqual(['suunnitelma.pdf']);
  });

  it('uses the share sheet in an iOS home-screen app', async () => {
    const share = vi.fn(async () => undefined);
    homeScreenApp({ canShare: true, share });
    expect(await deliverFile(pdf(), 'plan.pdf')).toBe('shared');
    const [[data]] = share.mock.calls as unknown as [[{ files: File[] }]];
    expect(data.files[0].name).toBe('plan.pdf');
  });

  it('opens a new view when the app cannot share files, and says when that was blocked', async () => {
    homeScreenApp({ canShare: false });
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    expect(await deliverFile(pdf(), 'plan.pdf')).toBe('opened');
    expect(open.mock.calls[0][1]).toBe('_blank');
    open.mockReturnValue(null);
    expect(await deliverFile(pdf(), 'plan.pdf')).toBe('blocked');
  });
});

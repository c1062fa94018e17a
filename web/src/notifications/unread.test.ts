import { describe, expect, it } from 'vitest';
import { unreadLabel } from './unread';

describe('unreadLabel', () => {
  it('has no badge when nothing is unread', () => {
    expect(unreadLabel(0)).toEqual({ text: null, name: 'Notifications' });
  });

  it('says the exact count up to 99, in the badge and the name alike', () => {
    expect(unreadLabel(7)).toEqual({ text: '7', name: 'Notifications, 7 unread' });
    expect(unreadLabel(99)).toEqual({ text: '99', name: 'Notifications, 99 unread' });
  });

  it('above 99 the name says what the badge shows', () => {
    const label = unreadLabel(191);
    expect(label.text).toBe('99+');
    expect(label.name).toBe('Notifications, 99+ unread');
    expect(label.name).toContain(label.text);
  });
});

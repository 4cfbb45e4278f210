import { describe, expect, it } from 'vitest';
import { fourEyesRefusal, isSamePerson } from './rules.ts';

const controller = { userId: 2, name: 'controller' };
const admin = { userId: 1, name: 'admin' };
const cli = { userId: null, name: 'cli:root' };

describe('four eyes', () => {
  it('refuses the preparer with a Swedish 403 when the setting is on', () => {
    const err = fourEyesRefusal(true, controller, [controller, cli], 'budgetversionen Internbudget 2025');
    expect(err?.status).toBe(403);
    expect(err?.message).toMatch(
      /^Fyra ögon: beslutet måste fattas av någon annan än den som har förberett budgetversionen Internbudget 2025/,
    );
    expect(fourEyesRefusal(true, controller, [controller], 'handlingen', 'publish')?.message).toMatch(/publiceringen måste göras/);
  });

  it('lets a second person decide, and everyone when the setting is off', () => {
    expect(fourEyesRefusal(true, admin, [controller, cli], 'x')).toBeNull();
    expect(fourEyesRefusal(false, controller, [controller], 'x')).toBeNull();
    expect(fourEyesRefusal(true, controller, [], 'x')).toBeNull();
  });

  it('knows users by id and the CLI by name', () => {
    expect(isSamePerson(controller, { userId: 2, name: 'renamed' })).toBe(true);
    expect(isSamePerson(controller, { userId: null, name: 'controller' })).toBe(false);
    expect(isSamePerson(cli, { userId: null, name: 'cli:root' })).toBe(true);
    expect(isSamePerson(cli, { userId: 5, name: 'cli:root' })).toBe(false);
  });
});

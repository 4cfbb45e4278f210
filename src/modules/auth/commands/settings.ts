import { z } from '../../../core/validation.ts';
import { AppError } from '../../../core/errors.ts';
import { can, ensure } from '../../../core/permissions.ts';
import { defineCommand } from '../../../db/command.ts';
import { TOTP_REQUIRED_SETTING, type AuthSettings } from '../model.ts';
import { totpRequiredForAdmins } from '../store.ts';

/**
 * "TOTP required for admins". Turning it on makes the sessions of admins without TOTP enrol-only
 * at once; an admin must have TOTP themselves first, so they cannot shut themselves out.
 */
export const setAuthSettings = defineCommand({
  name: 'auth.settings',
  input: z.object({ totpRequiredForAdmins: z.boolean({ message: 'Ange ja eller nej' }) }),
  authorize: (actor) => ensure(can.administer(actor)),
  async run(
    tx,
    input,
    actor,
  ): Promise<{ result: AuthSettings; audit: { entityType: string; entityId: string; before: unknown; after: unknown }[] }> {
    const before = await totpRequiredForAdmins(tx);
    if (input.totpRequiredForAdmins && actor.userId !== null) {
      const [me] = await tx.query<{ has: boolean }>('select totp_secret is not null as has from app_user where id = $1', [actor.userId]);
      if (!me?.has)
        throw new AppError('conflict', 'Aktivera tvåstegsverifiering för ditt eget konto först, annars stänger du ute dig själv.');
    }
    await tx.query('insert into app_setting (key, value) values ($1, $2::jsonb) on conflict (key) do update set value = excluded.value', [
      TOTP_REQUIRED_SETTING,
      JSON.stringify(input.totpRequiredForAdmins),
    ]);
    if (input.totpRequiredForAdmins) {
      await tx.query(
        "update user_session set enrol_only = true where user_id in (select id from app_user where role = 'admin' and totp_secret is null)",
      );
    }
    return {
      result: input,
      audit: [{ entityType: 'app_setting', entityId: TOTP_REQUIRED_SETTING, before: { totpRequiredForAdmins: before }, after: input }],
    };
  },
});

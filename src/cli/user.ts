import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { roles, type Role } from '../core/actor.ts';
import { setPassword } from '../modules/auth/commands/sign-in.ts';
import { ensurePasswordAcceptable } from '../modules/auth/rules/password-policy.ts';
import { auditAuth, hashPassword, insertLocalUser } from '../modules/auth/store.ts';
import { cliActor, print, withDatabase } from './db.ts';

/** Reads a line without echoing it (a terminal), or the first line of stdin (a pipe). */
async function readSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(question, (answer) => {
        process.stderr.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  } finally {
    rl.close();
  }
}

async function newPassword(username: string): Promise<string> {
  const first = await readSecret(`Nytt lösenord för ${username}: `);
  ensurePasswordAcceptable(first, username);
  if (process.stdin.isTTY && (await readSecret('Upprepa lösenordet: ')) !== first)
    throw new AppError('validation', msg('cli.passwords_differ'));
  return first;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Lokala konton');

  user
    .command('passwd')
    .description('Byt lösenord för ett konto (läser det nya från stdin eller frågar); alla dess sessioner avslutas')
    .argument('<username>', 'användarnamn')
    .action(async (username: string) => {
      await withDatabase(
        async (db) => {
          const [row] = await db.query<{ id: number; username: string }>(
            "select id, username from app_user where username = lower($1) and auth_provider = 'local'",
            [username.trim()],
          );
          if (!row) throw new AppError('not_found', msg('cli.no_local_account', { username }));
          const { revokedSessions } = await setPassword(db, row.id, await newPassword(row.username), null);
          const actor = cliActor();
          await auditAuth(db, {
            command: 'auth.password_change',
            username: row.username,
            actor,
            client: null,
            details: { by: actor.name, revokedSessions },
          });
          print(`Lösenordet för ${row.username} är bytt; ${revokedSessions} session(er) avslutades.`);
        },
        { demo: false },
      );
    });

  user
    .command('add')
    .description('Skapa ett lokalt konto (lösenordet läses från stdin eller frågas efter)')
    .argument('<username>', 'användarnamn (a–z, 0–9, . _ -)')
    .requiredOption('--role <role>', `roll: ${roles.join(', ')}`)
    .requiredOption('--name <name>', 'namn som visas')
    .action(async (username: string, opts: { role: string; name: string }) => {
      if (!roles.includes(opts.role as Role))
        throw new AppError('validation', msg('cli.unknown_role', { role: String(opts.role), roles: roles.join(', ') }));
      const name = username.trim().toLowerCase();
      if (!/^[a-z0-9._-]{2,64}$/.test(name)) throw new AppError('validation', msg('cli.username_format'));
      await withDatabase(
        async (db) => {
          const [taken] = await db.query('select 1 from app_user where username = $1', [name]);
          if (taken) throw new AppError('conflict', msg('cli.account_exists', { name }));
          const hash = await hashPassword(await newPassword(name));
          const createdId = await insertLocalUser(db, {
            username: name,
            displayName: opts.name.trim(),
            role: opts.role as Role,
            passwordHash: hash,
          });
          const actor = cliActor();
          await db.query(
            `insert into audit_event (actor_id, actor_name, command, entity_type, entity_id, before, after) values (null, $1, 'user.create', 'app_user', $2, null, $3::jsonb)`,
            [actor.name, name, JSON.stringify({ id: createdId, username: name, displayName: opts.name.trim(), role: opts.role })],
          );
          print(`Kontot ${name} (${opts.role}) är skapat.`);
        },
        { demo: false },
      );
    });
}

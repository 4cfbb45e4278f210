import { z, shortText, id } from '../core/validation.ts';
import { AppError } from '../core/errors.ts';
import { defineCommand } from '../db/command.ts';
import { queryOne } from '../db/rows.ts';
import { authorizeDocument } from './commands.ts';
import { getDocument, publicPath } from './store.ts';

/**
 * Whoever may publish a document may withdraw its publication, with a reason. The public address
 * then answers 410 with the date and reason; the decided edition and the publication row stay
 * as they are (both are frozen), the withdrawal is a row of its own.
 */
export const withdrawPublication = defineCommand({
  name: 'document.withdraw',
  input: z.object({ id, reason: shortText(1000) }),
  authorize: (actor, input, tx) => authorizeDocument(actor, tx, input.id),
  async run(tx, input, actor) {
    const doc = await getDocument(tx, input.id);
    if (!doc.publishedSlug) throw new AppError('validation', 'Handlingen är inte publicerad; det finns ingen publicering att återkalla.');
    if (doc.withdrawnAt) throw new AppError('conflict', 'Publiceringen är redan återkallad.');
    const withdrawal = await queryOne(
      tx,
      `insert into document_withdrawal (document_publication_id, reason, withdrawn_by)
       select p.id, $2, $3 from document_publication p where p.document_version_id = $1
       returning withdrawn_at as "withdrawnAt", withdrawn_by as "withdrawnBy", reason`,
      [doc.versionId, input.reason, actor.name],
    );
    const url = publicPath(doc.committeeCode, doc.publishedSlug);
    return {
      result: await getDocument(tx, doc.id),
      audit: [
        {
          entityType: 'document_withdrawal',
          entityId: doc.id,
          before: { url, publishedSlug: doc.publishedSlug, withdrawnAt: null, withdrawnBy: null, reason: null },
          after: { url, publishedSlug: doc.publishedSlug, ...withdrawal },
        },
      ],
    };
  },
});

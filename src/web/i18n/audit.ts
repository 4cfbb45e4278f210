/** Strings of the audit log page; the English dictionary has the same keys. */
export const auditSv = {
  audit: {
    title: 'Ändringslogg',
    filters: 'Filter',
    entityType: 'Typ av post',
    entityId: 'Post-id',
    user: 'Användare',
    from: 'Från datum',
    to: 'Till datum',
    filter: 'Filtrera',
    clear: 'Rensa',
    caption: (n: number) => `Händelser, nyast först (${n} st)`,
    time: 'Tid',
    actor: 'Användare',
    command: 'Kommando',
    entity: 'Post',
    changes: 'Ändringar',
    created: 'skapad',
    removed: 'borttagen',
    noChanges: 'inga fältändringar',
    empty: 'Inga händelser matchar filtret.',
    chain: {
      title: 'Hashkedjan',
      whole: (n: number) => `Obruten: alla ${n} händelser stämmer med sina hashar.`,
      head: (seq: number) =>
        `Kedjans huvud efter händelse ${seq} (anteckna det utanför Styrbord, så syns det också om hela kedjan räknas om):`,
      broken: (kind: 'changed' | 'deleted' | 'inserted', eventId: number | null) =>
        `Ändringsloggen har manipulerats: ${
          kind === 'changed'
            ? `händelse #${eventId} har ändrats i efterhand.`
            : kind === 'inserted'
              ? `händelse #${eventId} har lagts in i efterhand.`
              : eventId === null
                ? 'de senaste händelserna har tagits bort.'
                : `händelser före #${eventId} har tagits bort.`
        }`,
    },
  },
};

export type AuditDict = typeof auditSv;

export const auditEn = {
  audit: {
    title: 'Audit log',
    filters: 'Filters',
    entityType: 'Entity type',
    entityId: 'Entity id',
    user: 'User',
    from: 'From date',
    to: 'To date',
    filter: 'Filter',
    clear: 'Clear',
    caption: (n) => `Events, newest first (${n})`,
    time: 'Time',
    actor: 'User',
    command: 'Command',
    entity: 'Entity',
    changes: 'Changes',
    created: 'created',
    removed: 'removed',
    noChanges: 'no field changes',
    empty: 'No events match the filter.',
    chain: {
      title: 'Hash chain',
      whole: (n) => `Unbroken: all ${n} events match their hashes.`,
      head: (seq) => `Head of the chain after event ${seq} (note it down outside Styrbord, so that a recomputed chain shows too):`,
      broken: (kind, eventId) =>
        `The audit log has been tampered with: ${
          kind === 'changed'
            ? `event #${eventId} was changed afterwards.`
            : kind === 'inserted'
              ? `event #${eventId} was inserted afterwards.`
              : eventId === null
                ? 'the newest events were removed.'
                : `events before #${eventId} were removed.`
        }`,
    },
  },
} satisfies AuditDict;

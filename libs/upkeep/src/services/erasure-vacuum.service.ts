import { type EventSubscriber, MikroORM, type TransactionEventArgs } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ContactErasureRepository } from '../repositories/contact-erasure.repository.js';

/**
 * Vacuums the tables an erasure changed once its transaction has committed: the old versions of the
 * swept rows (which still hold the erased values on their pages) become free space that PostgreSQL
 * reuses. VACUUM cannot run inside a transaction, so the erasure only notes its tables on its
 * transaction (vacuumAfterCommit); this subscriber to MikroORM's transaction events starts the VACUUM
 * after that transaction's COMMIT, in the background: the mutation answers without waiting, a rolled
 * back erasure vacuums nothing, and a failure is logged (without personal data) and never reaches the
 * caller. One VACUUM runs at a time. Best effort: a row version that a transaction still open at that
 * moment may see is kept until a later (auto)vacuum; backups and WAL archives keep what they hold.
 */
@Injectable()
export class ErasureVacuumService implements EventSubscriber, OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('ErasureVacuum');
  /** The tables to vacuum after each running transaction, by its transaction object. */
  private readonly pending = new WeakMap<object, Set<string>>();
  /** The vacuums started, one after another. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly repository: ContactErasureRepository,
  ) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  /** Notes `tables` to vacuum when the running transaction commits (at once when there is none). */
  vacuumAfterCommit(tables: Iterable<string>): void {
    const transaction = this.em.getTransactionContext<object>();
    if (!transaction) {
      this.start([...tables]);
      return;
    }
    const noted = this.pending.get(transaction) ?? new Set<string>();
    for (const table of tables) noted.add(table);
    this.pending.set(transaction, noted);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    const transaction = args.transaction as object | undefined;
    if (!transaction) return;
    const tables = this.pending.get(transaction);
    if (!tables) return;
    this.pending.delete(transaction);
    this.start([...tables].sort());
  }

  /** Resolves when every vacuum started so far has ended (tests; a graceful shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** A vacuum under way ends before the database connections close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.idle();
  }

  private start(tables: string[]): void {
    this.queue = this.queue.then(async () => {
      try {
        await this.repository.vacuum(tables);
      } catch (error) {
        this.logger.warn(`VACUUM after an erasure failed (${error instanceof Error ? error.name : 'error'}); autovacuum will reclaim the space later`);
      }
    });
  }
}

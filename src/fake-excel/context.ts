/** The fake `Excel.RequestContext`: a queue of commands that `sync()` hands to the host in one round trip. */
import type { FakeHost } from "./host";
import { WorkbookObject } from "./objects/workbook";
import type { Delivery } from "./proxy";

export interface QueueEntry {
  /** `Class.member`, as failure rules and `debugInfo.errorLocation` name it. */
  readonly label: string;
  /** Request bytes: the action and its arguments as JSON. */
  readonly bytes: number;
  /** The ExcelApi requirement set the command needs; a host below it fails with `ApiNotFound`. */
  readonly since?: string;
  /** Runs at sync, in queue order. A load returns what it read, delivered only if the whole sync succeeds. */
  run(): Delivery | void;
}

/** Bytes each new proxy path adds to the request (Office.js sends object paths along with the actions). */
const PATH_BYTES = 40;

export class FakeRequestContext {
  readonly workbook: WorkbookObject;
  readonly trackedObjects = { add() {}, remove() {} };
  private queue: QueueEntry[] = [];
  private pathBytes = 0;
  /** While the host runs the queue: proxies it makes for loaded items travel in the response, not a request. */
  executing = false;

  constructor(readonly host: FakeHost) {
    this.workbook = new WorkbookObject(this);
  }

  sync(): Promise<void> {
    return this.host.sync(this);
  }

  enqueue(entry: QueueEntry): void {
    this.queue.push(entry);
  }

  countObjectPath(): void {
    if (!this.executing) this.pathBytes += PATH_BYTES;
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** The commands queued since the last sync, and the request bytes they take. */
  take(): { entries: QueueEntry[]; bytes: number } {
    const entries = this.queue;
    const bytes = this.pathBytes + entries.reduce((sum, e) => sum + e.bytes, 0);
    this.queue = [];
    this.pathBytes = 0;
    return { entries, bytes };
  }
}

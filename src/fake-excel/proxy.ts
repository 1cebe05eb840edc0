/**
 * Proxy objects with Office.js semantics: methods and property writes queue until `context.sync()`; a
 * property can be read only after it was loaded and synced (or set locally), else `PropertyNotLoaded`;
 * `*OrNullObject` proxies learn `isNullObject` at sync; a missing item fails the sync with `ItemNotFound`
 * when the batch first uses it.
 */
import type { FakeRequestContext } from "./context";
import { jsonSize } from "../core/json-size";
import { officeError, propertyNotLoaded } from "./errors";

/** What a queued load produces: its response size, and how its results reach the proxies after a good sync. */
export interface Delivery {
  readonly bytes: number;
  deliver(): void;
}


/** Bytes a queued action costs in the request besides its arguments: ids, action type, object path. */
const ACTION_BYTES = 60;

/** A client result: `value` once the sync that fills it has run. */
export class FakeClientResult<T> {
  private filled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.filled) throw propertyNotLoaded("ClientResult", "value");
    return this.result as T;
  }

  fill(value: T): void {
    this.filled = true;
    this.result = value;
  }
}

export abstract class ClientObject<T> {
  private target: T | null | undefined;
  private nullState: boolean | undefined;
  private readonly fields = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly className: string,
    private readonly resolver: () => T | null,
    orNull = false,
  ) {
    context.countObjectPath();
    if (orNull) {
      // Office.js loads `isNullObject` of every *OrNullObject proxy at the next sync.
      context.enqueue({
        label: `${this.className}.isNullObject`,
        bytes: 0,
        run: () => {
          const isNull = this.resolve() === null;
          return { bytes: 20, deliver: () => (this.nullState = isNull) };
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.className, "isNullObject");
    return this.nullState;
  }

  /**
   * The model object, found when the batch first uses the proxy and kept (Office.js binds a proxy to its object):
   * once that object is gone (a deleted sheet), the proxy fails with `ItemNotFound`.
   */
  resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    if (this.target !== null && !this.isAlive(this.target)) throw officeError("ItemNotFound", this.className);
    return this.target;
  }

  /** The model object an action needs: a null object has none. */
  live(): T {
    const target = this.resolve();
    if (target === null) throw officeError("ItemNotFound", this.className);
    return target;
  }

  /** Whether the object still exists (a deleted sheet does not). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  protected read<V>(property: string): V {
    if (this.fields.has(property)) return this.fields.get(property) as V;
    if (this.nullState === true) return undefined as V;
    throw propertyNotLoaded(this.className, property);
  }

  /** A property write: readable at once, as Office.js keeps the value set; applied to the model at sync. */
  protected write(property: string, value: unknown, apply: (target: T) => void, since?: string): void {
    this.fields.set(property, value);
    this.act(property, [value], apply, since);
  }

  /** A queued method call or property write. */
  protected act(member: string, args: readonly unknown[], apply: (target: T) => void, since?: string): void {
    const label = `${this.className}.${member}`;
    this.context.enqueue({
      label,
      since,
      bytes: ACTION_BYTES + jsonSize(args.map(plainArgument)),
      run: () => {
        apply(this.live());
        this.context.host.markChanged();
      },
    });
  }

  /** Queues `load`: property names, `a/b` paths through navigation properties, or `{ select, expand }`. */
  load(option?: string | string[] | { select?: string | string[]; expand?: string | string[] }): this {
    const select = parseLoadOption(option);
    this.context.enqueue({ label: `${this.className}.load`, bytes: ACTION_BYTES + jsonSize(select), run: () => this.snapshot(select) });
    return this;
  }

  /** Reads the selected properties from the model now, to be delivered if the sync succeeds. */
  snapshot(select: readonly string[]): Delivery {
    this.context.host.recalculate();
    const target = this.resolve();
    if (target === null) return { bytes: 10, deliver: () => (this.nullState = true) };
    const { scalars, paths } = splitSelect(select, this.scalarNames);
    const values = scalars.map((name) => [name, this.scalar(target, name)] as const);
    const children = [...paths].map(([name, rest]) => {
      const child = this.navigation(name);
      if (child === undefined) throw officeError("InvalidArgument", `${this.className}.load`, `The property '${name}' does not exist.`);
      return child.snapshot(rest);
    });
    return {
      bytes: values.reduce((sum, [name, value]) => sum + name.length + 4 + jsonSize(value), 2) + children.reduce((s, c) => s + c.bytes, 0),
      deliver: () => {
        this.nullState = false;
        for (const [name, value] of values) this.fields.set(name, value);
        children.forEach((c) => c.deliver());
      },
    };
  }

  /** The scalar properties a bare `load()` reads. */
  protected abstract readonly scalarNames: readonly string[];

  /** A scalar property's value as Excel returns it. */
  protected abstract scalar(target: T, name: string): unknown;

  /** The navigation property of that name (`format`, `font`, `names`, …), if the class has one. */
  protected navigation(_name: string): ClientObject<unknown> | CollectionObject<unknown, unknown> | undefined {
    return undefined;
  }
}

/**
 * A collection: `items` once loaded; `load("name, type")` and `load("items/name")` load those properties of
 * every item; paths go on through the items' navigation properties (`items/names/items/formula`).
 */
export abstract class CollectionObject<M, P> {
  private loadedItems: P[] | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly className: string,
    private readonly list: () => M[],
  ) {
    context.countObjectPath();
  }

  /** The proxy of one model item, bound to it. */
  protected abstract itemProxy(model: M): P & { snapshot(select: readonly string[]): Delivery };

  /** A queued method call on the collection (`add`). */
  protected act(member: string, args: readonly unknown[], apply: () => void, since?: string): void {
    this.context.enqueue({
      label: `${this.className}.${member}`,
      since,
      bytes: ACTION_BYTES + jsonSize(args.map(plainArgument)),
      run: () => {
        apply();
        this.context.host.markChanged();
      },
    });
  }

  get items(): P[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.className, "items");
    return this.loadedItems;
  }

  load(option?: string | string[] | { select?: string | string[]; expand?: string | string[] }): this {
    const select = parseLoadOption(option);
    this.context.enqueue({ label: `${this.className}.load`, bytes: ACTION_BYTES + jsonSize(select), run: () => this.snapshot(select) });
    return this;
  }

  snapshot(select: readonly string[]): Delivery {
    const itemSelect = select.filter((s) => s !== "*" && s !== "items");
    const proxies = this.list().map((model) => this.itemProxy(model));
    const deliveries = proxies.map((p) => p.snapshot(itemSelect));
    return {
      bytes: deliveries.reduce((sum, d) => sum + d.bytes, 2),
      deliver: () => {
        this.loadedItems = proxies;
        deliveries.forEach((d) => d.deliver());
      },
    };
  }
}

type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** Property paths, with `items/` prefixes dropped and `a/items/b` read as `a/b`, as the real library does. */
function parseLoadOption(option: LoadOption): string[] {
  const list = (value: string | string[] | undefined) => (typeof value === "string" ? value.split(",") : (value ?? []));
  const raw = typeof option === "object" && option !== null && !Array.isArray(option) ? [...list(option.select), ...list(option.expand)] : list(option);
  return raw
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (/^items\/?$/i.test(p) ? "*" : p.replace(/^items[/.]/i, "").replace(/[/.]items[/.]/gi, "/")));
}

/** Scalars asked for directly, and the rest of each path per navigation property. */
function splitSelect(select: readonly string[], all: readonly string[]): { scalars: string[]; paths: Map<string, string[]> } {
  if (select.length === 0 || select.includes("*")) return { scalars: [...all], paths: new Map() };
  const scalars: string[] = [];
  const paths = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0 && all.includes(head)) scalars.push(head);
    else {
      const list = paths.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      paths.set(head, list);
    }
  }
  return { scalars, paths };
}

/** Proxy arguments travel as object paths; the fake counts them as a short reference. */
function plainArgument(arg: unknown): unknown {
  return arg instanceof ClientObject ? "#path" : arg;
}

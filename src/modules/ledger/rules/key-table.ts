import { required } from '../../../core/required.ts';

/**
 * A hash table keyed by cells of a CSV line, looked up straight from the decoded text: the key is
 * a list of cells given as ranges of the text, joined by the file's delimiter (which an unquoted
 * cell never holds, so the joined text identifies the cells). A lookup hashes and compares the
 * characters in place, so a row costs no string, no array and no call into the engine's string
 * hashing; a key string is only made when a new key is stored.
 */
/**
 * A copy of a string that shares no memory with the text it was cut from. V8 represents a slice
 * of 13 characters or more as a view into its parent, so a slice kept as a Map key would keep the
 * whole 64 KB chunk it came from alive; concatenating and slicing again flattens it into a string
 * of its own. Only for keys being stored, never per row.
 */
export const detach = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

/** The index of the k-th key cell; k runs below `cells.length`. */
export const cellAt = (cells: Int32Array, k: number): number => required(cells[k], 'key cell index');
/** Where cell c starts in the line; `bounds` holds a start and an end for every column read. */
export const cellStart = (bounds: Int32Array, c: number): number => required(bounds[2 * c], 'start of a cell');
export const cellEnd = (bounds: Int32Array, c: number): number => required(bounds[2 * c + 1], 'end of a cell');

export class KeyTable<V> {
  /** index + 1 into keys/values, 0 when free; open addressing with linear probing */
  private slots = new Int32Array(1 << 12);
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: V[] = [];

  constructor(private readonly delimiter: number) {}

  get size(): number {
    return this.keys.length;
  }

  /** FNV-1a over the cells `bounds[2c]..bounds[2c + 1]` for each c in `cells`, joined by the delimiter. */
  hash(text: string, bounds: Int32Array, cells: Int32Array): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < cells.length; k++) {
      if (k > 0) h = Math.imul(h ^ this.delimiter, 0x01000193);
      const c = cellAt(cells, k);
      const end = cellEnd(bounds, c);
      for (let i = cellStart(bounds, c); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
    return h >>> 0;
  }

  get(text: string, bounds: Int32Array, cells: Int32Array, hash: number): V | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === hash && this.matches(required(this.keys[entry - 1], 'key of a used slot'), text, bounds, cells))
        return this.values[entry - 1];
    }
  }

  /** The key as text: the cells joined by the delimiter, in a string of its own. */
  keyOf(text: string, bounds: Int32Array, cells: Int32Array): string {
    const parts: string[] = [];
    for (let k = 0; k < cells.length; k++) parts.push(text.slice(cellStart(bounds, cellAt(cells, k)), cellEnd(bounds, cellAt(cells, k))));
    return detach(parts.join(String.fromCharCode(this.delimiter)));
  }

  /** Stores a key that is not in the table yet. */
  set(key: string, hash: number, value: V): void {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.keys.push(key);
    this.hashes.push(hash);
    this.values.push(value);
    this.place(hash, this.keys.length);
  }

  private place(hash: number, entry: number) {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private grow() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.keys.length; i++) this.place(required(this.hashes[i], 'hash of a stored key'), i + 1);
  }

  private matches(key: string, text: string, bounds: Int32Array, cells: Int32Array): boolean {
    let at = 0;
    for (let k = 0; k < cells.length; k++) {
      if (k > 0) {
        if (key.charCodeAt(at) !== this.delimiter) return false;
        at += 1;
      }
      const c = cellAt(cells, k);
      const end = cellEnd(bounds, c);
      for (let i = cellStart(bounds, c); i < end; i++, at++) {
        if (key.charCodeAt(at) !== text.charCodeAt(i)) return false;
      }
    }
    return at === key.length;
  }
}

// A table whose rows are keyed (a task id, a project id): rows are built in one DocumentFragment, and an update
// touches only the cells whose value changed, so thousands of rows stay cheap to keep live.

import { h } from "./dom.js";

/**
 * columns: [{ label, value(item) -> comparable, cell(item) -> Node | string, class? }]
 * A cell is rebuilt only when its column's value(item) differs from the one it shows.
 */
export class KeyedTable {
  constructor(columns, keyOf, { caption = "", empty = "Nothing yet." } = {}) {
    this.columns = columns;
    this.keyOf = keyOf;
    this.rows = new Map();
    this.body = h("tbody");
    this.emptyRow = h("tr", { class: "empty" }, h("td", { colspan: columns.length }, empty));
    const head = h("thead", {}, h("tr", {}, columns.map((column) => h("th", { scope: "col", class: column.class }, column.label))));
    this.el = h("div", { class: "table-wrap" }, h("table", {}, caption ? h("caption", {}, caption) : null, head, this.body));
    this.body.append(this.emptyRow);
  }

  get size() {
    return this.rows.size;
  }

  has(key) {
    return this.rows.has(key);
  }

  item(key) {
    const row = this.rows.get(key);
    return row && row.item;
  }

  build(item) {
    const row = h("tr", { "data-key": this.keyOf(item) });
    row.item = item;
    row.values = this.columns.map((column) => column.value(item));
    row.append(...this.columns.map((column) => h("td", { class: column.class }, column.cell(item))));
    return row;
  }

  /** Replace every row by `items`, in their order, reusing the rows of the keys kept. */
  setRows(items) {
    const fragment = document.createDocumentFragment();
    const kept = new Map();
    for (const item of items) {
      const key = this.keyOf(item);
      let row = this.rows.get(key);
      if (row) this.refresh(row, item);
      else row = this.build(item);
      kept.set(key, row);
      fragment.append(row);
    }
    this.rows = kept;
    this.body.replaceChildren(kept.size ? fragment : this.emptyRow);
  }

  /** Change the row of `item`'s key in place; false when there is no such row. */
  update(item) {
    const row = this.rows.get(this.keyOf(item));
    if (!row) return false;
    this.refresh(row, item);
    return true;
  }

  refresh(row, item) {
    row.item = item;
    this.columns.forEach((column, index) => {
      const value = column.value(item);
      if (value === row.values[index]) return;
      row.values[index] = value;
      row.cells[index].replaceChildren(column.cell(item));
    });
  }

  /** New rows at the top (newest first), then rows past `limit` dropped from the bottom. */
  prepend(items, limit) {
    const fragment = document.createDocumentFragment();
    for (const item of items) {
      const row = this.build(item);
      this.rows.set(this.keyOf(item), row);
      fragment.prepend(row);
    }
    this.emptyRow.remove();
    this.body.prepend(fragment);
    while (this.rows.size > limit) {
      const last = this.body.lastElementChild;
      this.rows.delete(last.dataset.key);
      last.remove();
    }
  }

  mark(key, className, on) {
    const row = this.rows.get(key);
    if (row) row.classList.toggle(className, on);
  }
}

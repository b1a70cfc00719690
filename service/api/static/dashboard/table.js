// A table whose rows are keyed (a task id, a project id): rows are built in one DocumentFragment, and an update
// touches only the cells whose value changed, so thousands of rows stay cheap to keep live. It is a CSS grid of
// ARIA rows rather than a <table>: rows off screen then skip layout and paint (content-visibility), which table
// rows cannot do; every row shares the same column template, so the columns line up.

import { h } from "./dom.js";

/**
 * columns: [{ label, value(item) -> comparable, cell(item) -> Node | string, patch?(cell, item), width?, class? }]
 * A cell changes only when its column's value(item) differs from the one it shows: patch() edits it in place
 * where given, else cell() rebuilds it. `width` is a grid track ("7rem", "minmax(8rem, 2fr)").
 */
export class KeyedTable {
  constructor(columns, keyOf, { empty = "Nothing yet.", name = "" } = {}) {
    this.columns = columns;
    this.keyOf = keyOf;
    this.rows = new Map();
    this.body = h("div", { class: "rows", role: "rowgroup" });
    this.emptyRow = h("div", { class: "row empty", role: "row" }, h("div", { class: "cell", role: "cell" }, empty));
    const head = h(
      "div",
      { class: "row head", role: "row" },
      columns.map((column) => h("div", { class: `cell ${column.class || ""}`, role: "columnheader" }, column.label)),
    );
    const table = h("div", { class: `grid ${name}`, role: "table" }, head, this.body);
    table.style.setProperty("--columns", columns.map((column) => column.width || "minmax(6.5rem, 1fr)").join(" "));
    this.el = h("div", { class: "table-wrap" }, table);
    this.body.append(this.emptyRow);
  }

  get size() {
    return this.rows.size;
  }

  item(key) {
    const row = this.rows.get(key);
    return row && row.item;
  }

  build(item) {
    const row = h("div", { class: "row", role: "row", "data-key": this.keyOf(item) });
    row.item = item;
    row.values = this.columns.map((column) => column.value(item));
    row.append(
      ...this.columns.map((column) =>
        h("div", { class: `cell ${column.class || ""}`, role: "cell" }, column.cell(item)),
      ),
    );
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
      if (column.patch) column.patch(row.children[index], item);
      else row.children[index].replaceChildren(column.cell(item));
    });
  }

  /** New rows at the top (the last given on top), then rows past `limit` dropped from the bottom. */
  prepend(items, limit) {
    const fragment = document.createDocumentFragment();
    for (const item of items.slice(-limit)) {
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

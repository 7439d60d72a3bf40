package io.github.competency.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints rows as left-aligned columns two spaces apart; the last column is not padded. Cells are
 * escaped for the terminal ({@link Terminal#escape}) before they are measured.
 */
final class Table {

  private Table() {}

  static void print(List<List<String>> given, PrintWriter out) {
    List<List<String>> rows =
        given.stream().map(row -> row.stream().map(Terminal::escape).toList()).toList();
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        line.append(row.get(c));
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - row.get(c).length() + 2));
        }
      }
      out.println(line);
    }
  }
}

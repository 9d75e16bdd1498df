/// How wide a table column is.
///
/// Names and IDs need their full width (`fixed`), descriptive columns can grow into spare room
/// (`min`, `flex`). Fixed and minimum widths are served left to right; when the table is too
/// narrow, the rightmost columns shrink and then vanish, so the identifying columns on the left
/// survive (k9s and htop behave the same way). Spare room is then shared by the `min` columns
/// (weight 1 each) and the `flex` columns (their weight).
public enum ColumnWidth: Hashable, Sendable {
  /// Exactly this many columns.
  case fixed(Int)
  /// At least this many columns, growing with weight 1.
  case min(Int)
  /// No minimum; a share of the spare room in proportion to the weight.
  case flex(Int)
}

/// A table column: title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
  public var title: String
  public var width: ColumnWidth
  /// Numbers read best right-aligned; names left-aligned.
  public var alignment: Alignment

  public init(_ title: String, width: ColumnWidth = .flex(1), alignment: Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}

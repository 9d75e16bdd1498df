/// A sort key: numbers compare as numbers, text as text.
enum SortKey: Comparable {
  case number(Int64)
  case text(String)

  static func < (a: SortKey, b: SortKey) -> Bool {
    switch (a, b) {
    case (.number(let x), .number(let y)): x < y
    case (.text(let x), .text(let y)): x < y
    case (.number, .text): true
    case (.text, .number): false
    }
  }
}

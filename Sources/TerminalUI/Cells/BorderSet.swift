/// The characters a box is drawn with.
///
/// Unicode line drawing by default, with an ASCII set for terminals or fonts that draw box
/// characters as garbage (the same ladder as graph glyphs, docs/ux-conventions.md §1.8). All the
/// Unicode sets are in `displayWidth`'s allow-list, so they always count as one column.
public struct BorderSet: Hashable, Sendable {
  public var horizontal: Character
  public var vertical: Character
  public var topLeft: Character
  public var topRight: Character
  public var bottomLeft: Character
  public var bottomRight: Character

  public init(
    horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
    bottomLeft: Character, bottomRight: Character
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
  }

  /// `┌─┐ │ └─┘`
  public static let single = BorderSet(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
  /// `╭─╮ │ ╰─╯`
  public static let rounded = BorderSet(
    horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
  /// `╔═╗ ║ ╚═╝`
  public static let double = BorderSet(
    horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
  /// `┏━┓ ┃ ┗━┛`
  public static let heavy = BorderSet(
    horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
  /// `+-+ | +-+`, for terminals without line drawing.
  public static let ascii = BorderSet(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}

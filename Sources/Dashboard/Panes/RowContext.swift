import ECSSim
import TerminalUI

/// What a view needs to draw one row: the engine for the frame, the theme and the glyphs.
public struct RowContext {
  public let sim: Simulator
  public let theme: Theme
  public let glyphs: GraphGlyphs

  public init(sim: Simulator, theme: Theme, glyphs: GraphGlyphs) {
    self.sim = sim
    self.theme = theme
    self.glyphs = glyphs
  }
}

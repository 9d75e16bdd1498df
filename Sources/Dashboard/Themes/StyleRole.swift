import TerminalUI

/// Every place the dashboard applies a style, named by what it means rather than how it looks.
///
/// Themes (`Themes/*.yaml`) give each role a foreground, background and attributes; views ask
/// the theme for a role and never name a colour. `Themes/default.yaml` is the reference file that
/// lists every role with a comment, so the raw values here are also the YAML keys.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
  // Frame
  /// Ordinary text in panes.
  case text
  /// Secondary text: ages, ids' tails, units, empty-state hints.
  case muted
  /// The header line (scenario, clock, speed).
  case header
  /// The SIMULATION badge, so nobody mistakes the demo for real AWS.
  case badge
  /// The PAUSED marker in the header.
  case paused
  case border
  case borderFocused
  case title
  case titleFocused
  case columnHeader
  /// The selected row of the focused pane.
  case selection
  /// The selected row of a pane without focus.
  case selectionInactive
  // Statuses (always drawn with a word or glyph as well)
  case statusRunning
  case statusPending
  case statusStopped
  case statusDraining
  case statusHealthy
  case statusUnhealthy
  case statusWarning
  /// Spot capacity marker.
  case spot
  // Graphs
  case gaugeLow
  case gaugeMedium
  case gaugeHigh
  case progressOld
  case progressNew
  // Events pane
  case eventTime
  case eventText
  case eventWarning
  case eventError
  // Bottom lines
  case hintKey
  case hintLabel
  case statusLine
  case statusError
  case prompt
  case filter
  // Overlays
  case dialog
  case dialogTitle
  case dialogButton
  case dialogButtonFocused
  case help
  case helpKey
  case why
}

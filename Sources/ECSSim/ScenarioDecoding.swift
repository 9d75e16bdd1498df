/// STUB — replaced by the scenario decoder.
extension ScenarioSpec {
  /// Decodes a scenario document. Errors carry the line and column of the offending value.
  public static func decode(_ root: Node) throws(LocatedError) -> ScenarioSpec {
    throw LocatedError("not implemented", at: root.location)
  }
}

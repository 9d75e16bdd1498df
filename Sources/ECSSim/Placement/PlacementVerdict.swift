/// What the filter chain found on one instance: the check it stopped at and, where there is
/// one, the specific port, attribute or constraint.
struct PlacementVerdict: Equatable {
  var check: PlacementCheck
  var shortfall: PlacementShortfall = .none
}

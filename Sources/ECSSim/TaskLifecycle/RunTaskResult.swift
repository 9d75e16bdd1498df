/// RunTask's response: the tasks started and one failure per copy that could not be placed.
public struct RunTaskResult {
  public var tasks: [ECSTask] = []
  public var failures: [PlacementFailure] = []
  /// The first failure as placement saw it (for the "why" view; not part of the API response).
  var rejection: PlacementRejection?
}

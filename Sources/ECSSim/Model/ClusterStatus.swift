import OrderedCollections

public enum ClusterStatus: String, Sendable {
  case active = "ACTIVE"
  case provisioning = "PROVISIONING"
  case deprovisioning = "DEPROVISIONING"
  case failed = "FAILED"
  case inactive = "INACTIVE"
}

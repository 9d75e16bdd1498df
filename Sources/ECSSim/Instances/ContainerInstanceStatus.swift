/// `ACTIVE`, `DRAINING`, `INACTIVE`, … as DescribeContainerInstances reports.
public enum ContainerInstanceStatus: String, Sendable {
  case registering = "REGISTERING"
  case registrationFailed = "REGISTRATION_FAILED"
  case active = "ACTIVE"
  case draining = "DRAINING"
  case deregistering = "DEREGISTERING"
  case inactive = "INACTIVE"
}

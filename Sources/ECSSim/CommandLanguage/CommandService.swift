/// The AWS service a verb belongs to: the optional word after `aws` (`aws ecs run-task`).
/// `sim` holds the simulator's own verbs (the clock, images, agents), which have no AWS API.
public enum CommandService: String, Sendable, CaseIterable {
  case ecs, elbv2, scheduler, ecr, ec2, iam, sim
}
